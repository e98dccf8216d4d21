"""Trường Chính trị tỉnh Quảng Ngãi: a Middleman 4 static site (middleman-blog, Slim templates).

Platform
--------
Built by a contractor in 2018 with Middleman 4 + middleman-blog + Slim (``activate :blog`` with
``prefix "tin-tuc"``, ``permalink "{year}/{month}/{day}/{title}.html"``, ``paginate true`` at
``per_page 4``, tag and calendar pages, ``activate :asset_hash``, ``activate :relative_assets``),
served by nginx with ``try_files $uri $uri.html $uri/ =404``; since then updated by the school's
staff, who write the articles in Markdown (kramdown) with YAML front matter.

URL scheme
----------
- ``/`` home (``index.html.slim``): "Tiêu điểm" slider from ``data/noibat.yml``, "Tin mới nhất",
  one box per section;
- ``/tin-tuc/`` blog index, ``/tin-tuc/page/<N>/`` its pages 2..4 (only "Mới hơn"/"Cũ hơn");
- ``/tin-tuc/<yyyy>/<mm>/<dd>/<slug>.html`` an article (nginx also serves it without ``.html``);
- ``/tin-tuc/tags/<tag>.html`` (+ ``/tin-tuc/tags/<tag>/page/<N>.html``): tag pages; the tag slug
  is Middleman's ``safe_parameterize``, which keeps Vietnamese letters (``đào-tạo-bồi-dưỡng``);
  the four sections (front matter ``chuyen_muc``) are tags too;
- ``/tin-tuc/<yyyy>/<mm>.html`` (+ ``/tin-tuc/<yyyy>/<mm>/page/<N>.html``) month pages,
  ``/tin-tuc/<yyyy>.html`` the year page;
- ``/tin-tuc/<yyyy>-<mm>-<dd>-<old-slug>.html``: Middleman ``redirect`` stubs of the 2018
  permalinks (meta refresh, empty body);
- ``/gioi-thieu.html``, ``/co-cau-to-chuc.html``, ``/lien-he.html``, ``/lich-hoc.html``,
  ``/van-ban/ke-hoach-dao-tao-2027.html``: plain pages; ``/tin-tuc/feed.xml`` Atom feed.

Page templates
--------------
Slim prints the chrome on one line without whitespace between tags; the article text is
kramdown's output (newlines between blocks, hard-wrapped source lines inside paragraphs). An
article page: ``ol.dd`` breadcrumb, ``article.bv`` with ``h2.bv-td`` (headline), ``div.bv-tt``
(date, time, "Đăng bởi" account), optional ``div.bv-sapo``, ``div.bv-nd`` (the Markdown text),
optional ``div.album-anh`` (front-matter gallery), ``div.bv-chude`` (tags), share bar,
``nav.bv-dh`` ("Bài trước"/"Bài sau") and ``div.tin-khac``.

How each gold article is reached
--------------------------------
Index ``/tin-tuc/`` pages 1..4 (4 per page, newest first), the month pages (Oct and Nov have a
page 2), the tag pages (section "Đào tạo - Bồi dưỡng" has a page 2), the home page (slider,
newest four, two per section). "Khai giảng lớp Trung cấp … khóa 46" (5/10) is only on page 2+
of every listing that holds it: index page 4, October page 2, "Đào tạo - Bồi dưỡng" page 2.

Traps
-----
1. The ``<title>`` and ``og:title`` of every article page are the layout's generic
   "Tin tức | Trường Chính trị tỉnh Quảng Ngãi" (the article layout never sets
   ``content_for :title``), and ``<h1>`` is the school's name in the header; the headline is
   ``<h2 class="bv-td">``. Gold title: the h2.
2. Dates are printed by rails-i18n's Vietnamese long format with the month as words
   ("25 Tháng mười một, 2026") and the time in a glued sibling span ("lúc 06:30"); the
   ``<time datetime>`` attribute is ``article.date.utc.iso8601`` because ``Time.zone`` was never
   set: "2026-11-24T23:30:00Z" for a post of 06:30 on the 25th (previous day in UTC). Gold:
   local time with +07:00 ("2026-11-25T06:30:00+07:00").
3. Front matter with a date and no time is midnight UTC: ``datetime="2026-12-02T00:00:00Z"``
   (07:00 local if converted) and no "lúc" span. Gold: the day alone ("2026-12-02").
4. Kramdown footnotes: the call is ``<sup id="fnref:1"><a class="footnote">1</a></sup>`` glued to
   the word; the notes are ``div.footnotes > ol > li > p`` each ending in a "↩" back-link.
   Gold: the number is dropped from the sentence; each note is a body paragraph, without "↩",
   after the byline.
5. Captions are kramdown-made: an ``<em>`` line inside the image's own ``<p>`` with no ``<br>``
   (``<p><img …>\\n<em>Quang cảnh …</em></p>``), or a centred ``<p class="text-center"><em>(…)
   </em></p>`` after it; a photo with only ``alt`` text prints no line; "Ảnh: Trần Phúc" after a
   ``<br />`` credits only. Gold: the ``em`` text (parentheses off) is the caption and not body;
   ``alt`` is no caption (None); the credit line gives caption None and a photographer.
6. The front-matter gallery ("Một số hình ảnh") is rendered by a partial *after* the text
   container (``div.album-anh``, lightbox links, ``span.ct`` captions). Gold: those photos are
   the article's, after the in-text ones, with their ``span.ct`` captions.
7. Listing pages render Middleman's ``article.body`` (the whole text, photos, byline) of the
   newest post on ``/tin-tuc/`` page 1 and ``article.summary`` (a cut paragraph with "…") for the
   others: page 1 looks like an article. Gold: listings are not articles.
8. The same post under several URLs: nginx ``try_files`` serves every article without
   ``.html`` (the home slider, from a hand-kept YAML, links that form); ``rel=canonical`` names
   the ``.html`` form. Gold: ``.html`` path, the extensionless form in ``alt_paths``.
9. The 2018 permalinks ``/tin-tuc/2026-11-20-hoi-thi-giang-vien-day-gioi.html`` are Middleman
   ``redirect`` stubs (200, meta refresh, rel=canonical, empty body), linked from an article's
   "Xem thêm" line and from the intro page. Gold: not an article and not an alias (it serves no
   text); the "Xem thêm" line is not body.
10. Hard-wrapped Markdown: long paragraphs keep the source's line breaks inside one ``<p>``
    (not a paragraph break), while two trailing spaces made ``<br />`` lines in another. Gold:
    one paragraph per ``<p>``, but each ``<br />`` line its own paragraph.
11. Kramdown typography and abbreviations: quotes and dashes come out as ``&ldquo;``,
    ``&ndash;``, ``&hellip;``; ``*[UBND]: …`` wraps every "UBND" in ``<abbr title="Ủy ban nhân
    dân">``. Gold: the characters as printed (“ – …), the abbreviation as printed, no title text.
12. Pagination prints only "« Mới hơn" / "Cũ hơn »" (``rel=prev/next``) and "Trang 2/4", and
    there is no ``/tin-tuc/page/1/``; tag and month pages paginate as ``…/page/2.html``. Tag
    links carry raw Vietnamese letters in ``href``. Gold: nothing (discovery only).
13. Every article prints "Đăng bởi: admin" (the front matter's default account) in its meta
    line; the real author is the right-aligned line the staff typed at the end of the text.
    Gold: the typed line ("Tin, ảnh: X", "Tin: X - Ảnh: Y", a unit alone, "BBT" = nobody).

Gold decisions on ambiguous points
----------------------------------
- ``summary``: the ``div.bv-sapo`` block (front matter ``mo_ta``) when printed, or a first
  paragraph typed all in bold (``**…**``); null otherwise (meta description is not a sapo).
- Tables (kramdown pipe tables): one paragraph per row, cells joined by " | ", header row
  included. Headings (``###``), list items and block quotes are paragraphs.
- The signer's post on the line after the name ("Phó Trưởng khoa Xây dựng Đảng") is not part of
  the author; a closing "Theo X" / "Nguồn: X" line is the source.
- The attachment line ("Tệp đính kèm: …") is not body.
- Images: the ``src`` as printed (relative with ``../``, asset-hashed), resolved against the
  article page.
- ``category``: the section as the breadcrumb prints it.
"""

from __future__ import annotations

import html as _html
import re
import textwrap
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "middleman_tct"
PLATFORM = "Middleman 4 + middleman-blog (Slim)"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Quảng Ngãi"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

HD = "Tin hoạt động"
DT = "Đào tạo - Bồi dưỡng"
NC = "Nghiên cứu khoa học"
DD = "Công tác Đảng - Đoàn thể"
SECTIONS = [HD, DT, NC, DD]
T_HV = "Học viên"
T_GV = "Giảng viên"
T_HT = "Hội thảo - Tọa đàm"

IMG = "../../../../images/tin-tuc"


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


def _s(
    sid, date, time, slug, title, cat, tags, blocks, *, authors=(), photographers=(), source=None,
    summary=None, sapo_outside=False, **opts,
) -> Story:
    published = f"{date}T{time}:00+07:00" if time else date
    return Story(
        id=sid, slug=slug, title=title, cat=cat, published_at=published, blocks=list(blocks),
        authors=list(authors), photographers=list(photographers), source=source, summary=summary,
        sapo_outside=sapo_outside, opts={"date": date, "time": time, "tags": [cat, *tags], **opts},
    )


STORIES: list[Story] = [
    _s(
        1, "2026-12-04", "15:20", "be-giang-lop-trung-cap-llct-hc-khoa-42",
        "Bế giảng lớp Trung cấp lý luận chính trị - hành chính khóa 42 hệ không tập trung", DT, [T_HV],
        [
            P("Chiều ngày 04/12/2026, Trường Chính trị tỉnh Quảng Ngãi tổ chức Lễ bế giảng lớp Trung cấp lý "
              "luận chính trị - hành chính khóa 42 hệ không tập trung mở tại huyện Bình Sơn cho 96 học viên.",
              "b"),
            Img(f"{IMG}/2026/12/be-giang-k42-1-7c2e91ab.jpg",
                "(Đồng chí Hiệu trưởng Nhà trường trao giấy chứng nhận tốt nghiệp cho học viên)",
                "Đồng chí Hiệu trưởng Nhà trường trao giấy chứng nhận tốt nghiệp cho học viên", "center"),
            P("Dự lễ bế giảng có đồng chí Nguyễn Thị Lan, Phó Hiệu trưởng Nhà trường; đại diện lãnh đạo Huyện "
              "ủy Bình Sơn, Trung tâm Chính trị huyện cùng toàn thể học viên của lớp."),
            P("Lớp học khai giảng từ tháng 3/2025, học viên được trang bị những kiến thức cơ bản về chủ nghĩa "
              "Mác - Lênin, tư tưởng Hồ Chí Minh; quan điểm, đường lối của Đảng, chính sách, pháp luật của Nhà "
              "nước và kỹ năng lãnh đạo, quản lý ở cơ sở."),
            P("Kết quả, 100% học viên đủ điều kiện tốt nghiệp, trong đó có 21 học viên đạt loại giỏi (chiếm "
              "21,9%), 73 học viên đạt loại khá và 2 học viên đạt loại trung bình."),
            P("Phát biểu bế giảng, đồng chí Phó Hiệu trưởng ghi nhận tinh thần học tập nghiêm túc của học viên "
              "và đề nghị mỗi học viên tiếp tục tự học, tự rèn luyện, vận dụng sáng tạo kiến thức đã học vào "
              "thực tiễn công tác tại địa phương, đơn vị."),
            Img(f"{IMG}/2026/12/be-giang-k42-2-0d44f1c3.jpg",
                "Học viên lớp chụp ảnh lưu niệm với lãnh đạo Nhà trường",
                "Học viên lớp chụp ảnh lưu niệm với lãnh đạo Nhà trường", "em"),
            _right("<strong>Tin, ảnh: Phạm Minh Tuấn</strong>"),
        ],
        authors=["Phạm Minh Tuấn"], photographers=["Phạm Minh Tuấn"],
        summary="Chiều ngày 04/12/2026, Trường Chính trị tỉnh Quảng Ngãi tổ chức Lễ bế giảng lớp Trung cấp "
        "lý luận chính trị - hành chính khóa 42 hệ không tập trung mở tại huyện Bình Sơn cho 96 học viên.",
    ),
    _s(
        2, "2026-12-02", None, "hoi-thao-van-dung-tu-tuong-ho-chi-minh-ve-can-bo",
        "Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng "
        "hiện nay”", NC, [T_HT],
        [
            P("Hội thảo nhận được 24 tham luận của giảng viên các khoa, phòng và báo cáo viên của các Trung tâm "
              "Chính trị cấp huyện. Các tham luận tập trung làm rõ những quan điểm cơ bản của Chủ tịch Hồ Chí "
              "Minh về cán bộ và công tác cán bộ, trong đó nhấn mạnh “cán bộ là cái gốc của mọi công việc”.",
              "call:mọi công việc”:1"),
            P("Nhiều giải pháp thiết thực", "h3"),
            P("Các ý kiến tại hội thảo cho rằng, công tác đào tạo, bồi dưỡng cán bộ phải gắn với quy hoạch, sử "
              "dụng cán bộ, khắc phục tình trạng học để “chuẩn hóa” bằng cấp.", "call:bằng cấp.:2"),
            P("Đổi mới nội dung, chương trình theo hướng tinh gọn, thiết thực, sát với yêu cầu vị trí việc làm;",
              "li"),
            P("Đẩy mạnh phương pháp dạy học tích cực, lấy người học làm trung tâm;", "li"),
            P("Nâng cao chất lượng đội ngũ giảng viên, tăng cường đi thực tế cơ sở.", "li"),
            P("“Muốn việc thành công hoặc thất bại, đều do cán bộ tốt hoặc kém.”", "quote"),
            P("Kết luận hội thảo, TS. Trần Văn Hòa, Hiệu trưởng Nhà trường đánh giá cao chất lượng các tham "
              "luận và giao Phòng Quản lý khoa học tổng hợp, biên tập để xuất bản kỷ yếu phục vụ công tác "
              "giảng dạy."),
            Raw('<p class="text-right"><em>TS. Võ Thị Kim Oanh</em><br />\n'
                "<em>Phó Trưởng khoa Xây dựng Đảng</em></p>"),
            P("Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309.", "fn"),
            P("Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb. Chính trị quốc "
              "gia Sự thật, Hà Nội, 2021, t.II, tr.235.", "fn"),
        ],
        authors=["Võ Thị Kim Oanh"], sapo_outside=True,
        summary="Ngày 02/12/2026, Trường Chính trị tỉnh Quảng Ngãi tổ chức Hội thảo khoa học cấp trường với "
        "chủ đề “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng hiện nay”.",
    ),
    _s(
        3, "2026-11-28", "09:00", "thong-bao-tuyen-sinh-cao-cap-llct-nam-2027",
        "Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027", DT, [],
        [
            P("Thực hiện Kế hoạch đào tạo của Học viện Chính trị khu vực III năm 2027, Trường Chính trị tỉnh "
              "Quảng Ngãi thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung, cụ thể như sau:"),
            P("1. Đối tượng, tiêu chuẩn", "h3"),
            P("Cán bộ, công chức, viên chức đang công tác trong hệ thống chính trị của tỉnh, đáp ứng tiêu chuẩn "
              "theo quy định của Ban Bí thư về chế độ bồi dưỡng, cập nhật kiến thức đối với cán bộ lãnh đạo, "
              "quản lý các cấp."),
            P("2. Thời gian và địa điểm", "h3"),
            P("TT | Nội dung | Thời gian", "th"),
            P("1 | Nhận hồ sơ dự tuyển | Từ 01/12/2026 đến 31/12/2026", "tr"),
            P("2 | Ôn tập, kiểm tra đầu vào | Tháng 01/2027", "tr"),
            P("3 | Khai giảng lớp học | Tháng 3/2027", "tr"),
            P("3. Hồ sơ dự tuyển", "h3"),
            P("Hồ sơ nộp tại Phòng Quản lý đào tạo, Trường Chính trị tỉnh Quảng Ngãi.", "br"),
            P("Địa chỉ: 54 Hùng Vương, phường Nghĩa Chánh, thành phố Quảng Ngãi; điện thoại: 0255 3822 651."),
            P("Mọi chi tiết xin liên hệ Phòng Quản lý đào tạo để được hướng dẫn."),
            Raw('<p>Tệp đính kèm: <a href="../../../../files/mau-ho-so-du-tuyen-cao-cap-2027.pdf">'
                "Mẫu hồ sơ dự tuyển (PDF, 212 KB)</a></p>"),
            _right("<strong>Phòng Quản lý đào tạo</strong>"),
        ],
        authors=["Phòng Quản lý đào tạo"],
    ),
    _s(
        4, "2026-11-25", "06:30", "hoc-vien-k45-nghien-cuu-thuc-te-tai-ly-son",
        "Học viên lớp Trung cấp LLCT-HC khóa 45 nghiên cứu thực tế tại huyện Lý Sơn", HD, [T_HV],
        [
            P("Từ ngày 21 đến 23/11/2026, Trường Chính trị tỉnh Quảng Ngãi tổ chức cho 68 học viên lớp Trung "
              "cấp lý luận chính trị - hành chính khóa 45 hệ tập trung đi nghiên cứu thực tế tại huyện Lý Sơn."),
            P("Tại đây, đoàn đã nghe lãnh đạo Huyện ủy Lý Sơn giới thiệu khái quát tình hình phát triển kinh tế "
              "- xã hội, công tác xây dựng Đảng, bảo đảm quốc phòng, an ninh và bảo vệ chủ quyền biển, đảo của "
              "huyện trong những năm qua."),
            P("Đoàn cũng đã đến dâng hương tại Nhà trưng bày Hải đội Hoàng Sa kiêm quản Bắc Hải, thăm mô hình "
              "trồng hành, tỏi theo hướng hữu cơ của Hợp tác xã nông nghiệp An Hải và tìm hiểu hoạt động của "
              "Đồn Biên phòng Lý Sơn."),
            P("Chuyến đi thực tế giúp học viên có thêm tư liệu, kiến thức thực tiễn để hoàn thành bài thu hoạch "
              "cuối khóa, đồng thời bồi đắp tình yêu quê hương, đất nước và ý thức trách nhiệm đối với chủ "
              "quyền biển, đảo của Tổ quốc."),
            _right("<strong>Tin: Nguyễn Thị Hạnh - Ảnh: Trần Phúc</strong>"),
            Img(f"{IMG}/2026/11/ly-son-k45-1-a81d03e2.jpg",
                "Đoàn học viên dâng hương tại Nhà trưng bày Hải đội Hoàng Sa kiêm quản Bắc Hải",
                "Đoàn học viên dâng hương tại Nhà trưng bày Hải đội Hoàng Sa kiêm quản Bắc Hải", "gallery"),
            Img(f"{IMG}/2026/11/ly-son-k45-2-5b7720fe.jpg",
                "Học viên tìm hiểu mô hình trồng tỏi hữu cơ tại xã An Hải",
                "Học viên tìm hiểu mô hình trồng tỏi hữu cơ tại xã An Hải", "gallery"),
            Img(f"{IMG}/2026/11/ly-son-k45-3-e90c6d14.jpg",
                "Chụp ảnh lưu niệm tại Đồn Biên phòng Lý Sơn",
                "Chụp ảnh lưu niệm tại Đồn Biên phòng Lý Sơn", "gallery"),
        ],
        authors=["Nguyễn Thị Hạnh"], photographers=["Trần Phúc"],
    ),
    _s(
        5, "2026-11-20", "08:15", "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026", HD, [T_GV],
        [
            P("Từ ngày 17 đến 19/11/2026, Trường Chính trị tỉnh Quảng Ngãi tổ chức Hội thi giảng viên dạy giỏi "
              "cấp trường năm 2026 với sự tham gia của 14 giảng viên đến từ 4 khoa chuyên môn."),
            Img(f"{IMG}/2026/11/hoi-thi-gvdg-1-3f09b2aa.jpg",
                "Quang cảnh Hội thi giảng viên dạy giỏi cấp trường năm 2026",
                "Quang cảnh Hội thi giảng viên dạy giỏi cấp trường năm 2026", "em"),
            P("Mỗi giảng viên trình bày một bài giảng lý thuyết trong thời gian 90 phút trước Ban Giám khảo và "
              "học viên lớp Trung cấp lý luận chính trị - hành chính khóa 45. Bài giảng được đánh giá trên các "
              "tiêu chí: nội dung khoa học, phương pháp sư phạm, ứng dụng công nghệ thông tin và liên hệ thực "
              "tiễn địa phương."),
            P("Kết quả, Ban Tổ chức trao 3 giải Nhất, 4 giải Nhì, 5 giải Ba và 2 giải Khuyến khích. Các giảng "
              "viên đạt giải Nhất sẽ được lựa chọn tham gia Hội thi giảng viên dạy giỏi các trường chính trị "
              "khu vực miền Trung - Tây Nguyên năm 2027."),
            Img(f"{IMG}/2026/11/hoi-thi-gvdg-2-c4e1d870.jpg", "Ảnh: Trần Phúc", None, "credit"),
            P("Hội thi là dịp để đội ngũ giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy, góp "
              "phần nâng cao chất lượng đào tạo, bồi dưỡng cán bộ của Nhà trường."),
            _right("<strong>Hồ Quang Vinh</strong> (Khoa Nhà nước và Pháp luật)"),
        ],
        authors=["Hồ Quang Vinh"], photographers=["Trần Phúc"],
        old="/tin-tuc/2026-11-20-hoi-thi-giang-vien-day-gioi.html",
    ),
    _s(
        6, "2026-11-18", None, "chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv",
        "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026", DD, [],
        [
            P("Ngày 18/11/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng "
              "cao tinh thần trách nhiệm, đổi mới phương pháp giảng dạy của đảng viên là giảng viên”."),
            P("Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ quán triệt các nội dung cơ bản của chuyên đề và gợi mở "
              "những vấn đề để đảng viên thảo luận. Nhiều ý kiến phát biểu thẳng thắn, chỉ ra những hạn chế "
              "trong việc cập nhật kiến thức mới, liên hệ thực tiễn trong bài giảng."),
            P("Chi bộ thống nhất đề ra 5 nhóm giải pháp, trong đó tập trung vào việc mỗi đảng viên đăng ký ít "
              "nhất một bài giảng áp dụng phương pháp dạy học tích cực trong năm học 2026 - 2027."),
            _right("<strong><em>Chi bộ Khoa Lý luận cơ sở</em></strong>"),
        ],
        authors=["Chi bộ Khoa Lý luận cơ sở"],
    ),
    _s(
        7, "2026-11-12", "14:00", "khai-giang-lop-boi-duong-qpan-doi-tuong-4",
        "Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026", DT, [],
        [
            P("Theo kế hoạch, lớp học diễn ra trong 5 ngày, từ ngày 12 đến 16/11/2026. Học viên được nghiên cứu "
              "các chuyên đề về quan điểm của Đảng về xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân "
              "dân; phòng, chống chiến lược “diễn biến hòa bình”; công tác bảo vệ chủ quyền biển, đảo và biên "
              "giới quốc gia."),
            Img(f"{IMG}/2026/11/qpan-dt4-1-9a0be3d5.jpg", None, None,
                "alt:Quang cảnh lễ khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh"),
            P("Phát biểu khai giảng, đồng chí Phó Hiệu trưởng Nhà trường đề nghị học viên chấp hành nghiêm nội "
              "quy lớp học, tích cực nghiên cứu, trao đổi để nâng cao nhận thức, trách nhiệm trong thực hiện "
              "nhiệm vụ quốc phòng, an ninh tại cơ quan, đơn vị."),
            _right("<strong>BBT</strong>"),
        ],
        sapo_outside=True,
        summary="Chiều 12/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng lớp "
        "bồi dưỡng kiến thức quốc phòng và an ninh cho 120 học viên là đối tượng 4 năm 2026.",
    ),
    _s(
        8, "2026-11-06", "10:45", "cong-doan-phat-dong-thi-dua-chao-mung-20-11",
        "Công đoàn Trường phát động đợt thi đua chào mừng 44 năm Ngày Nhà giáo Việt Nam", DD, [T_GV],
        [
            P("Nhằm thiết thực chào mừng 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), Công đoàn "
              "Trường Chính trị tỉnh Quảng Ngãi phát động đợt thi đua trong toàn thể cán bộ, giảng viên, nhân "
              "viên với các nội dung:"),
            P("👉 Thi đua dạy tốt, học tốt; đăng ký giờ giảng tốt trong tháng 11;", "br"),
            P("👉 Tổ chức Hội thao chào mừng với các môn bóng chuyền hơi, cầu lông, kéo co;", "br"),
            P("👉 Thăm hỏi, tặng quà các nhà giáo đã nghỉ hưu có hoàn cảnh khó khăn."),
            P("Ban Chấp hành Công đoàn đề nghị các tổ công đoàn chủ động triển khai, tạo không khí thi đua sôi "
              "nổi, góp phần hoàn thành thắng lợi nhiệm vụ năm học 2026 - 2027."),
        ],
    ),
    _s(
        9, "2026-10-31", "16:00", "nghiem-thu-de-tai-khoa-hoc-cap-truong-nam-2026",
        "Nghiệm thu đề tài khoa học cấp trường năm 2026", NC, [T_GV],
        [
            P("Chiều 31/10/2026, Hội đồng khoa học Trường Chính trị tỉnh Quảng Ngãi tổ chức nghiệm thu 6 đề tài "
              "khoa học cấp trường năm 2026."),
            P("Các đề tài tập trung nghiên cứu những vấn đề thực tiễn của địa phương như: nâng cao chất lượng "
              "hoạt động giám sát của HĐND cấp xã; đổi mới phương thức chỉ đạo, điều hành của UBND cấp huyện "
              "sau sắp xếp đơn vị hành chính; vận dụng phương pháp tình huống trong giảng dạy phần kỹ năng lãnh "
              "đạo, quản lý."),
            P("Hội đồng đánh giá các đề tài có tính ứng dụng cao, kết quả nghiên cứu có thể bổ sung vào bài "
              "giảng của giảng viên. Kết quả, 2 đề tài xếp loại xuất sắc, 4 đề tài xếp loại khá."),
            Raw('<p><em>Xem thêm: <a href="/tin-tuc/2026-11-20-hoi-thi-giang-vien-day-gioi.html">Hội thi giảng '
                "viên dạy giỏi cấp trường năm 2026</a></em></p>"),
            _right("<strong>ThS. Đặng Văn Lực</strong>"),
        ],
        authors=["Đặng Văn Lực"],
        updated="2026-11-25", abbr={"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"},
    ),
    _s(
        10, "2026-10-28", None, "boi-duong-nghiep-vu-dan-van-can-bo-co-so-son-tinh",
        "Bồi dưỡng nghiệp vụ công tác dân vận cho cán bộ cơ sở huyện Sơn Tịnh", DT, [],
        [
            P("Từ ngày 26 đến 28/10/2026, Trường Chính trị tỉnh phối hợp với Ban Dân vận Tỉnh ủy mở lớp bồi "
              "dưỡng nghiệp vụ công tác dân vận cho 85 cán bộ làm công tác dân vận ở các xã, thị trấn thuộc "
              "huyện Sơn Tịnh."),
            P("Học viên được truyền đạt các chuyên đề: tư tưởng Hồ Chí Minh về dân vận; kỹ năng tiếp xúc, đối "
              "thoại với Nhân dân; kỹ năng nắm bắt, giải quyết các vấn đề bức xúc phát sinh ở cơ sở; xây dựng "
              "mô hình “Dân vận khéo”."),
            P("Kết thúc lớp học, 100% học viên hoàn thành bài thu hoạch đạt yêu cầu."),
            _right("<em>Theo Ban Dân vận Tỉnh ủy Quảng Ngãi</em>"),
        ],
        source="Ban Dân vận Tỉnh ủy Quảng Ngãi",
    ),
    _s(
        11, "2026-10-20", "07:30", "toa-dam-ky-niem-96-nam-ngay-thanh-lap-hoi-lhpn-viet-nam",
        "Tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026)",
        DD, [T_HT],
        [
            P("Sáng 20/10/2026, Ban Nữ công Công đoàn Trường Chính trị tỉnh Quảng Ngãi tổ chức tọa đàm kỷ niệm "
              "96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam với chủ đề “Phụ nữ Trường Chính trị – tự "
              "tin, trách nhiệm, hạnh phúc”."),
            P("Tại buổi tọa đàm, các chị em đã cùng nhau ôn lại truyền thống vẻ vang của Hội Liên hiệp Phụ nữ "
              "Việt Nam, chia sẻ kinh nghiệm cân bằng giữa công việc chuyên môn và chăm lo gia đình…"),
            Img(f"{IMG}/2026/10/toa-dam-20-10-1-66f2a9d0.jpg",
                "Các nữ cán bộ, giảng viên tham dự tọa đàm", "Các nữ cán bộ, giảng viên tham dự tọa đàm", "em"),
            P("Dịp này, Ban Nữ công tặng hoa chúc mừng các nữ cán bộ, giảng viên, nhân viên và học viên nữ đang "
              "theo học tại Trường."),
            _right("<strong>Minh Thư</strong>"),
        ],
        authors=["Minh Thư"],
    ),
    _s(
        12, "2026-10-14", "09:30", "lam-viec-voi-hoc-vien-chinh-tri-khu-vuc-iii",
        "Trường Chính trị tỉnh làm việc với Học viện Chính trị khu vực III về liên kết đào tạo", HD, [],
        [
            P("Ngày 14/10/2026, đoàn công tác Học viện Chính trị khu vực III do PGS.TS Nguyễn Văn Hùng, Phó Giám "
              "đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Quảng Ngãi về công "
              "tác liên kết đào tạo."),
            Img(f"{IMG}/2026/10/hvct-kv3-1-18bd7c45.jpg", None, None, "alt:Toàn cảnh buổi làm việc"),
            P("Hai bên đã trao đổi, thống nhất kế hoạch mở lớp Cao cấp lý luận chính trị hệ không tập trung tại "
              "tỉnh năm 2027, phối hợp bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ giảng viên và hợp tác nghiên "
              "cứu khoa học."),
            P("Phát biểu tại buổi làm việc, đồng chí Hiệu trưởng Nhà trường cảm ơn sự quan tâm, hỗ trợ của Học "
              "viện và cam kết bảo đảm tốt các điều kiện về cơ sở vật chất, quản lý học viên đối với các lớp "
              "liên kết."),
            _right("<strong>Thanh Nhị</strong>"),
            _right("<em>Nguồn: Báo Quảng Ngãi</em>"),
        ],
        authors=["Thanh Nhị"], source="Báo Quảng Ngãi",
        old="/tin-tuc/2026-10-14-lam-viec-voi-hvct-khu-vuc-3.html",
    ),
    _s(
        13, "2026-10-05", None, "khai-giang-lop-trung-cap-llct-hc-khoa-46",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 46 hệ tập trung", DT, [],
        [
            P("Ngày 05/10/2026, Trường Chính trị tỉnh Quảng Ngãi tổ chức Lễ khai giảng lớp Trung cấp lý luận "
              "chính trị - hành chính khóa 46 hệ tập trung cho 72 học viên là cán bộ, công chức đến từ các sở, "
              "ban, ngành và các huyện, thị xã, thành phố trong tỉnh."),
            P("Trong thời gian 8 tháng, học viên sẽ nghiên cứu 4 phần học với 19 học phần theo chương trình của "
              "Học viện Chính trị quốc gia Hồ Chí Minh, kết hợp đi nghiên cứu thực tế và viết tiểu luận cuối "
              "khóa."),
            Img(f"{IMG}/2026/10/khai-giang-k46-1-b3c58e07.jpg",
                "Lãnh đạo Nhà trường tặng hoa chúc mừng Ban cán sự lớp",
                "Lãnh đạo Nhà trường tặng hoa chúc mừng Ban cán sự lớp", "center"),
            P("Nhà trường yêu cầu học viên thực hiện nghiêm quy chế học tập, rèn luyện; phát huy tinh thần tự "
              "học, tự nghiên cứu và tích cực tham gia các hoạt động phong trào của Trường."),
            _right("<strong>Lê Hoàng</strong>"),
        ],
        authors=["Lê Hoàng"],
    ),
]
BY_ID = {s.id: s for s in STORIES}


# --- Middleman helpers -------------------------------------------------------------------------

_MONTHS = ["một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai"]


def tag_slug(tag: str) -> str:
    """Middleman's ``safe_parameterize``: keeps Vietnamese letters, non-word runs to "-"."""
    return re.sub(r"[\W_]+", "-", tag.lower()).strip("-")


def tag_path(tag: str, page: int = 1) -> str:
    slug = tag_slug(tag)
    return f"/tin-tuc/tags/{slug}.html" if page == 1 else f"/tin-tuc/tags/{slug}/page/{page}.html"


def month_path(ym: str, page: int = 1) -> str:
    y, m = ym.split("-")
    return f"/tin-tuc/{y}/{m}.html" if page == 1 else f"/tin-tuc/{y}/{m}/page/{page}.html"


def index_path(page: int = 1) -> str:
    return "/tin-tuc/" if page == 1 else f"/tin-tuc/page/{page}/"


def article_path(story: Story) -> str:
    y, m, d = story.opts["date"].split("-")
    return f"/tin-tuc/{y}/{m}/{d}/{story.slug}.html"


def long_date(date: str) -> str:
    """rails-i18n ``vi`` long format "%d %B, %Y" with month names "Tháng mười một"."""
    y, m, d = date.split("-")
    return f"{d} Tháng {_MONTHS[int(m) - 1]}, {y}"


def utc_stamp(story: Story) -> str:
    """``article.date.utc.iso8601``: Time.zone left at UTC, so a day alone is midnight UTC."""
    y, m, d = (int(x) for x in story.opts["date"].split("-"))
    time = story.opts["time"]
    if not time:
        return f"{y:04d}-{m:02d}-{d:02d}T00:00:00Z"
    hh, mm = (int(x) for x in time.split(":"))
    hh -= 7
    if hh < 0:
        hh += 24
        d -= 1  # no post of these months falls on the 1st before 07:00
    return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00Z"


def rel_prefix(page_path: str) -> str:
    """``activate :relative_assets``: as many "../" as the page's folder is deep."""
    return "../" * (page_path.rstrip("/").count("/") if page_path.endswith("/") else page_path.count("/") - 1)


def asset(page_path: str, name: str) -> str:
    return f"{rel_prefix(page_path)}{name}"


def rebase(src: str, page_path: str) -> str:
    return src.replace("../../../../", rel_prefix(page_path), 1)


# --- kramdown ----------------------------------------------------------------------------------

_TYPO = {"“": "&ldquo;", "”": "&rdquo;", "‘": "&lsquo;", "’": "&rsquo;", "–": "&ndash;", "—": "&mdash;",
         "…": "&hellip;"}


def kd_text(value: str, story: Story, calls: dict[str, int] | None = None, wrap: bool = True) -> str:
    """Text as kramdown prints it: escaped, typographic entities, abbreviations, footnote calls,
    and the Markdown source's hard line breaks kept inside the paragraph."""
    marked = value
    for anchor, num in (calls or {}).items():
        marked = marked.replace(anchor, f"{anchor}\x01{num}\x02", 1)
    lines = textwrap.wrap(marked, 86, break_long_words=False, break_on_hyphens=False) if wrap else [marked]
    out = _html.escape("\n".join(lines), quote=False)
    for ch, ent in _TYPO.items():
        out = out.replace(ch, ent)
    for short, full in story.opts.get("abbr", {}).items():
        out = re.sub(rf"(?<!\w){re.escape(short)}(?!\w)", f'<abbr title="{esc(full)}">{short}</abbr>', out)
    return re.sub(
        "\x01(\\d+)\x02",
        r'<sup id="fnref:\1" role="doc-noteref"><a href="#fn:\1" class="footnote" rel="footnote">\1</a></sup>',
        out,
    )


def kd_id(heading: str) -> str:
    """kramdown's auto id: ASCII letters, digits, spaces and dashes kept, the rest dropped."""
    s = re.sub(r"^[^a-zA-Z]+", "", heading)
    s = re.sub(r"[^a-zA-Z0-9 -]", "", s)
    return s.replace(" ", "-").lower() or "section"


def _img_tag(src: str, alt: str = "") -> str:
    return f'<img src="{esc(src)}" alt="{esc(alt)}" />'


def render_body(story: Story, page_path: str) -> str:
    """The Markdown text as kramdown renders it (without the gallery, which a partial prints)."""
    parts: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "gallery")]
    notes = [b for b in blocks if isinstance(b, P) and b.style == "fn"]
    blocks = [b for b in blocks if b not in notes]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            parts.append(b.html)
        elif isinstance(b, Img):
            src = rebase(b.src, page_path)
            if b.style == "em":
                parts.append(f"<p>{_img_tag(src)}\n<em>{kd_text(b.printed, story, wrap=False)}</em></p>")
            elif b.style == "center":
                parts.append(f'<p class="text-center">{_img_tag(src)}</p>')
                parts.append(f'<p class="text-center"><em>{kd_text(b.printed, story, wrap=False)}</em></p>')
            elif b.style == "credit":
                parts.append(f"<p>{_img_tag(src)}<br />\n<em>{esc(b.printed)}</em></p>")
            elif b.style.startswith("alt:"):
                parts.append(f"<p>{_img_tag(src, b.style[4:])}</p>")
        elif b.style in ("li",):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"  <li>{kd_text(blocks[i].text, story, wrap=False)}</li>")
                i += 1
            parts.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cell = "th" if row.style == "th" else "td"
                cells = "".join(f"\n      <{cell}>{kd_text(c, story, wrap=False)}</{cell}>"
                                for c in row.text.split(" | "))
                rows.append((row.style, f"    <tr>{cells}\n    </tr>"))
                i += 1
            head = "\n".join(r for s, r in rows if s == "th")
            body = "\n".join(r for s, r in rows if s == "tr")
            parts.append(f"<table>\n  <thead>\n{head}\n  </thead>\n  <tbody>\n{body}\n  </tbody>\n</table>")
            continue
        elif b.style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(kd_text(blocks[i].text, story, wrap=False))
                i += 1
            lines.append(kd_text(blocks[i].text, story, wrap=False))
            parts.append("<p>" + "<br />\n".join(lines) + "</p>")
        elif b.style == "h3":
            parts.append(f'<h3 id="{kd_id(b.text)}">{kd_text(b.text, story, wrap=False)}</h3>')
        elif b.style == "b":
            parts.append(f"<p><strong>{kd_text(b.text, story)}</strong></p>")
        elif b.style == "quote":
            parts.append(f"<blockquote>\n  <p>{kd_text(b.text, story)}</p>\n</blockquote>")
        elif b.style.startswith("call:"):
            _, anchor, num = b.style.split(":")
            parts.append(f"<p>{kd_text(b.text, story, {anchor: int(num)})}</p>")
        else:
            parts.append(f"<p>{kd_text(b.text, story)}</p>")
        i += 1
    if notes:
        items = "".join(
            f'\n    <li id="fn:{n}" role="doc-endnote">\n      <p>{kd_text(p.text, story, wrap=False)}&nbsp;'
            f'<a href="#fnref:{n}" class="reversefootnote" role="doc-backlink">&#8617;&#xfe0e;</a></p>\n    </li>'
            for n, p in enumerate(notes, 1)
        )
        parts.append(f'<div class="footnotes" role="doc-endnotes">\n  <ol>{items}\n  </ol>\n</div>')
    return "\n\n".join(parts) + "\n"


def render_gallery(story: Story, page_path: str) -> str:
    imgs = [b for b in story.blocks if isinstance(b, Img) and b.style == "gallery"]
    if not imgs:
        return ""
    items = "".join(
        f'<div class="a-item"><a data-lightbox="album-{story.id}" href="{esc(rebase(b.src, page_path))}">'
        f'<img alt="" src="{esc(rebase(b.src, page_path))}"></a><span class="ct">{esc(b.printed)}</span></div>'
        for b in imgs
    )
    return f'<div class="album-anh"><h3 class="a-td">Một số hình ảnh</h3>{items}</div>'


def summary_of(story: Story) -> str:
    """middleman-blog's ``article.summary(220)``: the text cut on a word, then "…"."""
    first = story.summary if story.sapo_outside else next(b.text for b in story.blocks if isinstance(b, P))
    cut = first[:220].rsplit(" ", 1)[0] if len(first) > 220 else first
    return esc(cut) + ("&hellip;" if len(first) > 220 else "")


# --- the layout (Slim: no whitespace between tags) ---------------------------------------------

NEWEST = sorted(STORIES, key=lambda s: (s.opts["date"], s.opts["time"] or "00:00"), reverse=True)
MOST_READ = [1, 4, 5, 2, 7]
MONTHS = ["2026-12", "2026-11", "2026-10"]


def by_tag(tag: str) -> list[Story]:
    return [s for s in NEWEST if tag in s.opts["tags"]]


def by_month(ym: str) -> list[Story]:
    return [s for s in NEWEST if s.opts["date"].startswith(ym)]


def _pages(items: list[Story]) -> int:
    return max(1, -(-len(items) // PER_PAGE))


def page_classes(path: str) -> str:
    """Middleman's ``page_classes``: the path's folders and file joined by "_"."""
    parts = [p for p in path.strip("/").removesuffix(".html").split("/") if p] or ["index"]
    return " ".join("_".join(parts[: i + 1]) for i in range(len(parts)))


def _menu() -> str:
    sections = "".join(f'<li><a href="{tag_path(t)}">{esc(t)}</a></li>' for t in SECTIONS)
    return (
        '<nav class="mn" id="menu-chinh"><button class="mn-toggle" type="button">☰</button><ul class="mn-l1">'
        '<li><a href="/">Trang chủ</a></li>'
        '<li class="co-con"><a href="/gioi-thieu.html">Giới thiệu</a><ul class="mn-l2">'
        '<li><a href="/gioi-thieu.html">Lịch sử hình thành</a></li>'
        '<li><a href="/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li></ul></li>'
        f'<li class="co-con"><a href="/tin-tuc/">Tin tức</a><ul class="mn-l2">{sections}</ul></li>'
        '<li><a href="/lich-hoc.html">Lịch học</a></li>'
        '<li><a href="/van-ban/ke-hoach-dao-tao-2027.html">Văn bản</a></li>'
        '<li><a href="/lien-he.html">Liên hệ</a></li></ul></nav>'
    )


def _sidebar() -> str:
    read = "".join(f'<li><a href="{article_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ)
    months = "".join(
        f'<li><a href="{month_path(ym)}">Tháng {int(ym[5:])}/{ym[:4]}</a> ({len(by_month(ym))})</li>'
        for ym in MONTHS
    )
    tags = "".join(
        f'<a class="tag-{min(4, len(by_tag(t)))}" href="{tag_path(t)}">{esc(t)}</a>'
        for t in [*SECTIONS, T_HV, T_GV, T_HT]
    )
    return (
        '<aside class="cot-phai">'
        f'<section class="kh"><h4 class="kh-td">Tin đọc nhiều</h4><ol class="doc-nhieu">{read}</ol></section>'
        f'<section class="kh"><h4 class="kh-td">Lưu trữ</h4><ul class="luu-tru">{months}</ul>'
        '<a class="xem-nam" href="/tin-tuc/2026.html">Cả năm 2026</a></section>'
        f'<section class="kh"><h4 class="kh-td">Chủ đề</h4><div class="may-the">{tags}</div></section>'
        '<section class="kh"><h4 class="kh-td">Thăm dò ý kiến</h4>'
        '<form action="https://docs.google.com/forms/d/e/1FAIpQLSc-tct-qn/formResponse" method="post">'
        '<p>Bạn đánh giá thế nào về chất lượng giảng dạy của Nhà trường?</p>'
        '<label><input name="entry.1021" type="radio" value="Rất tốt">Rất tốt</label>'
        '<label><input name="entry.1021" type="radio" value="Tốt">Tốt</label>'
        '<label><input name="entry.1021" type="radio" value="Bình thường">Bình thường</label>'
        '<button type="submit">Biểu quyết</button></form></section>'
        '<section class="kh"><h4 class="kh-td">Liên kết website</h4><ul class="lk">'
        '<li><a href="https://www.quangngai.gov.vn" target="_blank">Cổng TTĐT tỉnh Quảng Ngãi</a></li>'
        '<li><a href="https://hcma.vn" target="_blank">Học viện CTQG Hồ Chí Minh</a></li>'
        '<li><a href="https://baoquangngai.vn" target="_blank">Báo Quảng Ngãi</a></li></ul></section>'
        '<section class="kh"><h4 class="kh-td">Thống kê truy cập</h4><ul class="tk">'
        '<li>Đang online: <b>17</b></li><li>Hôm nay: <b>312</b></li><li>Tổng truy cập: <b>1.284.905</b></li>'
        '</ul></section></aside>'
    )


def layout(request: Request, path: str, main: str, *, title: str = "Tin tức", canonical: str | None = None,
           description: str = "Trang thông tin điện tử Trường Chính trị tỉnh Quảng Ngãi") -> Response:
    base = base_url(request)
    canon = f'<link href="{base}{canonical}" rel="canonical">' if canonical else ""
    head = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        '<meta content="IE=edge" http-equiv="X-UA-Compatible">'
        '<meta content="width=device-width, initial-scale=1" name="viewport">'
        f"<title>{esc(title)} | {SITE_NAME}</title>"
        f'<meta content="{esc(description)}" name="description">'
        f'<meta content="{esc(title)} | {SITE_NAME}" property="og:title">'
        '<meta content="Middleman v4.2.1" name="generator">'
        f'{canon}<link href="{asset(path, "stylesheets/site-5e1c7a3b.css")}" rel="stylesheet">'
        '<link href="/tin-tuc/feed.xml" rel="alternate" title="Atom" type="application/atom+xml">'
        f'<link href="{asset(path, "images/favicon-2b9d0e11.ico")}" rel="icon"></head>'
    )
    top = (
        f'<body class="{page_classes(path)}"><div class="bao">'
        f'<div class="thanh-tren"><span class="ngay-hom-nay">{HEADER_DAY}</span>'
        '<span class="hotline">Điện thoại: 0255 3822 651</span>'
        '<form action="https://www.google.com/search" class="tim" method="get">'
        '<input name="sitesearch" type="hidden" value="truongchinhtri.quangngai.gov.vn">'
        '<input name="q" placeholder="Tìm kiếm..." type="text"><button type="submit">Tìm</button></form></div>'
        '<header class="dau-trang"><a class="logo" href="/">'
        f'<img alt="Logo" src="{asset(path, "images/logo-tct-8a3f2c1d.png")}"></a>'
        f'<h1 class="ten-truong"><small>Tỉnh ủy Quảng Ngãi</small>{SITE_NAME}</h1>'
        '<p class="khau-hieu">Đào tạo - Bồi dưỡng cán bộ vì sự nghiệp đổi mới</p></header>'
        f"{_menu()}"
    )
    foot = (
        '<footer class="chan-trang"><div class="ct-tt">'
        f"<p><strong>{SITE_NAME.upper()}</strong></p>"
        "<p>Địa chỉ: 54 Hùng Vương, phường Nghĩa Chánh, thành phố Quảng Ngãi, tỉnh Quảng Ngãi</p>"
        '<p>Điện thoại: 0255 3822 651 - Email: <a href="mailto:truongchinhtri@quangngai.gov.vn">'
        "truongchinhtri@quangngai.gov.vn</a></p>"
        "<p>Chịu trách nhiệm chính: TS. Trần Văn Hòa - Hiệu trưởng</p></div>"
        "<p class=\"ban-quyen\">© 2018 - 2026 Bản quyền thuộc Trường Chính trị tỉnh Quảng Ngãi. "
        "Thiết kế: Công ty TNHH Giải pháp Web Miền Trung</p></footer></div>"
        f'<script src="{asset(path, "javascripts/all-0f3e6b2c.js")}"></script></body></html>'
    )
    page = f'{head}{top}<div class="khung-chinh"><div class="cot-trai">{main}</div>{_sidebar()}</div>{foot}'
    return html(page)


def _crumbs(*links: tuple[str | None, str]) -> str:
    items = "".join(
        f'<li><a href="{href}">{esc(label)}</a></li>' if href else f"<li>{esc(label)}</li>"
        for href, label in (("/", "Trang chủ"), *links)
    )
    return f'<ol class="dd">{items}</ol>'


def _meta_line(story: Story) -> str:
    time = story.opts["time"]
    gio = f'<span class="bv-gio">lúc {time}</span>' if time else ""
    upd = (f'<span class="bv-cn">Cập nhật: {long_date(story.opts["updated"])}</span>'
           if story.opts.get("updated") else "")
    return (
        f'<div class="bv-tt"><span class="bv-ngay"><i class="fa fa-calendar"></i>'
        f'<time datetime="{utc_stamp(story)}">{long_date(story.opts["date"])}</time></span>{gio}{upd}'
        '<span class="bv-nd-dang">Đăng bởi: admin</span></div>'
    )


# --- pages ---------------------------------------------------------------------------------------


def article_page(request: Request, story: Story, path: str) -> Response:
    canonical = article_path(story)
    sapo = (f'<div class="bv-sapo"><p><strong>{kd_text(story.summary, story, wrap=False)}</strong></p></div>'
            if story.sapo_outside else "")
    tags = ", ".join(f'<a href="{tag_path(t)}" rel="tag">{esc(t)}</a>' for t in story.opts["tags"])
    pos = NEWEST.index(story)
    older = NEWEST[pos + 1] if pos + 1 < len(NEWEST) else None
    newer = NEWEST[pos - 1] if pos > 0 else None
    nav = '<nav class="bv-dh">'
    if older:
        nav += (f'<div class="bt"><span>« Bài trước</span><a href="{article_path(older)}" rel="prev">'
                f"{esc(older.title)}</a></div>")
    if newer:
        nav += (f'<div class="bs"><span>Bài sau »</span><a href="{article_path(newer)}" rel="next">'
                f"{esc(newer.title)}</a></div>")
    nav += "</nav>"
    others = [s for s in by_tag(story.cat) if s is not story][:4]
    other_html = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">({s.opts["date"][8:10]}/'
        f'{s.opts["date"][5:7]}/{s.opts["date"][:4]})</span></li>' for s in others
    )
    share = (
        '<div class="chia-se"><span>Chia sẻ:</span>'
        f'<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{canonical}" '
        'target="_blank"><img alt="Facebook" src="' + asset(path, "images/icon-fb-31c0aa2e.png") + '"></a>'
        '<a class="zalo" href="https://zalo.me/share" target="_blank"><img alt="Zalo" src="'
        + asset(path, "images/icon-zalo-d04e9f71.png") + '"></a>'
        '<a class="in" href="javascript:window.print()">In bài</a></div>'
    )
    main = (
        _crumbs(("/tin-tuc/", "Tin tức"), (tag_path(story.cat), story.cat))
        + f'<article class="bv bv-{story.opts["date"]}"><h2 class="bv-td">{esc(story.title)}</h2>'
        + _meta_line(story) + sapo
        + f'<div class="bv-nd">\n{render_body(story, path)}</div>'
        + render_gallery(story, path)
        + f'<div class="bv-chude"><span>Chủ đề:</span>{tags}</div>{share}{nav}'
        + f'<div class="tin-khac"><h3>Các tin khác</h3><ul>{other_html}</ul></div></article>'
    )
    return layout(request, path, main, canonical=canonical,
                  description=story.summary or "Tin tức - Trường Chính trị tỉnh Quảng Ngãi")


def _teaser(story: Story, path: str, full: bool = False) -> str:
    href = article_path(story)
    date = f'<time datetime="{utc_stamp(story)}">{long_date(story.opts["date"])}</time>'
    head = f'<h2 class="ds-td"><a href="{href}">{esc(story.title)}</a></h2><div class="ds-ngay">{date}</div>'
    if full:
        gallery = render_gallery(story, path)
        return (f'<article class="ds-muc ds-dau">{head}<div class="bv-nd">\n{render_body(story, path)}</div>'
                f"{gallery}</article>")
    first = next((b for b in story.blocks if isinstance(b, Img)), None)
    thumb = (f'<a class="ds-anh" href="{href}"><img alt="" src="{esc(rebase(first.src, path))}"></a>'
             if first else "")
    return (f'<article class="ds-muc">{thumb}{head}<p class="ds-tt">{summary_of(story)}</p>'
            f'<a class="doc-tiep" href="{href}#more">Đọc tiếp »</a></article>')


def _pager(page: int, pages: int, link) -> str:
    if pages == 1:
        return ""
    out = '<div class="phan-trang">'
    if page > 1:
        out += f'<a href="{link(page - 1)}" rel="prev">« Mới hơn</a>'
    out += f"<span>Trang {page}/{pages}</span>"
    if page < pages:
        out += f'<a href="{link(page + 1)}" rel="next">Cũ hơn »</a>'
    return out + "</div>"


def listing_page(request, path, items, page, link, heading, crumbs, full_first=False) -> Response | None:
    pages = _pages(items)
    if page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE: page * PER_PAGE]
    body = "".join(_teaser(s, path, full=full_first and page == 1 and i == 0) for i, s in enumerate(chunk))
    main = (_crumbs(*crumbs) + f'<div class="ds"><h2 class="ds-tieude">{esc(heading)}</h2>{body}</div>'
            + _pager(page, pages, link))
    return layout(request, path, main, title=heading)


def home_page(request: Request) -> Response:
    slider = [(f"{article_path(BY_ID[7]).removesuffix('.html')}", BY_ID[7]),
              (article_path(BY_ID[5]), BY_ID[5]), (article_path(BY_ID[1]), BY_ID[1])]
    slides = "".join(
        f'<div class="sl-muc"><a href="{href}"><img alt="" src="{esc(rebase(next(b for b in s.blocks if isinstance(b, Img)).src, "/"))}">'
        f'<span class="sl-td">{esc(s.title)}</span></a></div>' for href, s in slider
    )
    latest = "".join(_teaser(s, "/") for s in NEWEST[:4])
    boxes = "".join(
        f'<section class="hop-cm"><h3><a href="{tag_path(t)}">{esc(t)}</a></h3><ul>'
        + "".join(f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in by_tag(t)[:2])
        + "</ul></section>" for t in SECTIONS
    )
    main = (f'<div class="tieu-diem"><h2 class="td-tieude">Tiêu điểm</h2>{slides}</div>'
            f'<div class="tin-moi"><h2 class="td-tieude">Tin mới nhất</h2>{latest}'
            f'<a class="xem-tat-ca" href="/tin-tuc/">Xem tất cả tin tức »</a></div>{boxes}')
    return layout(request, "/", main, title="Trang chủ")


def redirect_stub(target: str) -> Response:
    """Middleman's ``redirect`` template, verbatim."""
    return html(
        "<html>\n  <head>\n"
        f'    <link rel="canonical" href="{target}" />\n'
        f'    <meta http-equiv=refresh content="0; url={target}" />\n'
        '    <meta name="robots" content="noindex,follow" />\n'
        '    <meta http-equiv="cache-control" content="no-cache" />\n'
        "  </head>\n  <body>\n  </body>\n</html>\n"
    )


_PLAIN = {
    "/gioi-thieu.html": (
        "Lịch sử hình thành và phát triển",
        "<p>Trường Chính trị tỉnh Quảng Ngãi là đơn vị sự nghiệp trực thuộc Tỉnh ủy Quảng Ngãi, có chức năng "
        "đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở.</p>"
        "<p>Tiền thân của Trường là Trường Đảng tỉnh Quảng Ngãi, được thành lập năm 1989 khi tỉnh được tái "
        "lập. Qua hơn 37 năm xây dựng và phát triển, Nhà trường đã đào tạo hàng chục nghìn cán bộ cho tỉnh.</p>"
        '<p>Một số hoạt động tiêu biểu: <a href="/tin-tuc/2026-11-20-hoi-thi-giang-vien-day-gioi.html">'
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026</a>.</p>",
    ),
    "/co-cau-to-chuc.html": (
        "Cơ cấu tổ chức",
        "<p><strong>Ban Giám hiệu:</strong> Hiệu trưởng và 02 Phó Hiệu trưởng.</p>"
        "<p><strong>Các phòng:</strong> Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo; Phòng Quản lý khoa "
        "học - Thông tin tư liệu.</p><p><strong>Các khoa:</strong> Khoa Xây dựng Đảng; Khoa Lý luận cơ sở; "
        "Khoa Nhà nước và Pháp luật; Khoa Dân vận.</p>"
        '<p>Xem thêm: <a href="/tin-tuc/2026-10-14-lam-viec-voi-hvct-khu-vuc-3.html">Làm việc với Học viện '
        "Chính trị khu vực III</a></p>",
    ),
    "/lien-he.html": (
        "Liên hệ",
        "<p>Trường Chính trị tỉnh Quảng Ngãi</p><p>Địa chỉ: 54 Hùng Vương, phường Nghĩa Chánh, thành phố Quảng "
        "Ngãi</p><p>Điện thoại: 0255 3822 651 - Fax: 0255 3822 652</p>"
        '<form action="https://formspree.io/f/tctqn" method="post"><input name="ho_ten" placeholder="Họ và tên">'
        '<textarea name="noi_dung"></textarea><button type="submit">Gửi</button></form>',
    ),
    "/lich-hoc.html": (
        "Lịch học các lớp tháng 12/2026",
        "<table><thead><tr><th>Lớp</th><th>Thời gian</th><th>Phòng</th></tr></thead><tbody>"
        "<tr><td>TC LLCT-HC K45 (tập trung)</td><td>Thứ Hai - Thứ Sáu</td><td>Hội trường A</td></tr>"
        "<tr><td>TC LLCT-HC K46 (tập trung)</td><td>Thứ Hai - Thứ Sáu</td><td>Phòng 201</td></tr>"
        "<tr><td>Bồi dưỡng đối tượng 4</td><td>07 - 11/12/2026</td><td>Hội trường B</td></tr>"
        "</tbody></table>",
    ),
    "/van-ban/ke-hoach-dao-tao-2027.html": (
        "Kế hoạch số 215-KH/TCT về đào tạo, bồi dưỡng năm 2027",
        "<table class=\"vb\"><tr><th>Số/Ký hiệu</th><td>215-KH/TCT</td></tr><tr><th>Ngày ban hành</th>"
        "<td>20/11/2026</td></tr><tr><th>Trích yếu</th><td>Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027</td></tr>"
        '<tr><th>Tệp đính kèm</th><td><a href="/files/ke-hoach-215-kh-tct.pdf">ke-hoach-215-kh-tct.pdf</a>'
        "</td></tr></table>",
    ),
}


def plain_page(request: Request, path: str) -> Response:
    title, content = _PLAIN[path]
    main = _crumbs((None, title)) + f'<div class="trang"><h2 class="tr-td">{esc(title)}</h2>{content}</div>'
    return layout(request, path, main, title=title, canonical=path)


def year_page(request: Request, path: str) -> Response:
    rows = "".join(
        f'<h3><a href="{month_path(ym)}">Tháng {int(ym[5:])}/{ym[:4]}</a></h3><ul>'
        + "".join(f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in by_month(ym))
        + "</ul>" for ym in MONTHS
    )
    main = _crumbs(("/tin-tuc/", "Tin tức"), (None, "Năm 2026")) + f'<div class="ds"><h2>Lưu trữ năm 2026</h2>{rows}</div>'
    return layout(request, path, main, title="Năm 2026")


def feed(request: Request) -> Response:
    base = base_url(request)
    entries = "".join(
        f"<entry><title>{esc(s.title)}</title><link href=\"{base}{article_path(s)}\"/>"
        f"<id>{base}{article_path(s)}</id><published>{utc_stamp(s)}</published>"
        f"<content type=\"html\">{esc(summary_of(s))}</content></entry>" for s in NEWEST[:10]
    )
    body = ('<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{SITE_NAME}</title><link href=\"{base}/tin-tuc/\"/><updated>{utc_stamp(NEWEST[0])}</updated>"
            f"{entries}</feed>")
    return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})


class MiddlemanSite:
    def __init__(self) -> None:
        self.routes: dict[str, object] = {"/": home_page, "/index.html": home_page, "/tin-tuc/feed.xml": feed}
        for path in _PLAIN:
            self.routes[path] = lambda r, p=path: plain_page(r, p)
        for story in STORIES:
            path = article_path(story)
            self.routes[path] = lambda r, s=story, p=path: article_page(r, s, p)
            bare = path.removesuffix(".html")
            self.routes[bare] = lambda r, s=story, p=bare: article_page(r, s, p)
            if story.opts.get("old"):
                self.routes[story.opts["old"]] = lambda r, p=path: redirect_stub(p)
        for n in range(1, _pages(NEWEST) + 1):
            self.routes[index_path(n)] = lambda r, n=n: listing_page(
                r, index_path(n), NEWEST, n, index_path, "Tin tức", [(None, "Tin tức")], full_first=True)
        self.routes["/tin-tuc/index.html"] = self.routes["/tin-tuc/"]
        for tag in [*SECTIONS, T_HV, T_GV, T_HT]:
            items = by_tag(tag)
            for n in range(1, _pages(items) + 1):
                self.routes[tag_path(tag, n)] = lambda r, t=tag, n=n, items=items: listing_page(
                    r, tag_path(t, n), items, n, lambda k, t=t: tag_path(t, k), t,
                    [("/tin-tuc/", "Tin tức"), (None, t)])
        for ym in MONTHS:
            items = by_month(ym)
            label = f"Tháng {int(ym[5:])}/{ym[:4]}"
            for n in range(1, _pages(items) + 1):
                self.routes[month_path(ym, n)] = lambda r, ym=ym, n=n, items=items, label=label: listing_page(
                    r, month_path(ym, n), items, n, lambda k, ym=ym: month_path(ym, k), f"Lưu trữ {label}",
                    [("/tin-tuc/", "Tin tức"), ("/tin-tuc/2026.html", "Năm 2026"), (None, label)])
        self.routes["/tin-tuc/2026.html"] = lambda r: year_page(r, "/tin-tuc/2026.html")

    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith(("/images/", "/stylesheets/", "/javascripts/")):
            return static_file(path)
        if path.startswith("/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/tin-tuc":
            return redirect("/tin-tuc/", 301)
        route = self.routes.get(path)
        return route(request) if route else None


def build_site() -> MiddlemanSite:
    return MiddlemanSite()


GOLD = [
    gold_record(s, article_path(s), s.cat, alt_paths=[article_path(s).removesuffix(".html")])
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/co-cau-to-chuc.html",
    "/lien-he.html",
    "/lich-hoc.html",
    "/van-ban/ke-hoach-dao-tao-2027.html",
]
