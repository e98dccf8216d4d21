"""NukeViet 4.2 department portal, vendor "eGov" theme: Sở Giáo dục và Đào tạo tỉnh Bình Phước.

Platform
--------
NukeViet 4.2 (PHP, VINADES) with rewrite on (``rewrite_exturl`` ".html", ``rewrite_endurl`` "/")
and a vendor's three-column "egov" theme (24-column Bootstrap 3 grid of NukeViet: left
``col-md-6`` / main ``col-md-12`` / right ``col-md-6``). Modules: ``news`` installed as
``tin-tuc``, a clone of news as ``thong-bao``, ``laws`` as ``van-ban``, ``page`` as ``gioi-thieu``,
``contact`` as ``lien-he``, ``photos`` as ``thu-vien-anh``, ``videos`` as ``video``, plus
``voting`` and ``seek``.

URL scheme
----------
- ``/`` home (three columns: "Văn bản mới" left, news blocks centre, "Thông báo" right)
- ``/tin-tuc/`` module main (``viewcat_main_right``: newest 4 per category, no paging)
- ``/tin-tuc/<cat>/`` category listing (``viewcat_page_new``), ``/tin-tuc/<cat>/page-<n>``
  (5 per page; ``thong-bao`` uses ``viewcat_list_new`` with 3 per page); a page past the end
  302s back to the category
- ``/tin-tuc/<cat>/<alias>-<id>.html`` detail; ``/thong-bao/<cat>/<alias>-<id>.html`` likewise
  (the two modules have their own id counters)
- ``/tin-tuc/print/<cat>/<alias>-<id>.html`` print view, ``/tin-tuc/sendmail/…`` e-mail popup
  (both only in ``onclick="nv_open_browse('…')"``), ``/tin-tuc/tag/<alias>`` keyword pages
- ``/index.php?language=vi&nv=<module>&op=<cat>/<alias>-<id>`` legacy (pre-rewrite) links, still
  answered 200 with the same page
- ``/<module>/<cat>/<alias>-<id>.html?download=1&id=<n>``: the attachment of that article (PDF)
- ``/van-ban/`` and ``/van-ban/detail/<Alias>-<id>.html`` (laws), ``/gioi-thieu/<alias>.html``,
  ``/lien-he/``, ``/thu-vien-anh/`` + ``/thu-vien-anh/<cat>/<alias>-<id>.html`` (album),
  ``/video/`` + ``/video/<cat>/<alias>-<id>.html`` (clip), ``/seek/?q=``, ``/voting/`` (POST)
- images under ``/uploads/news/<yyyy_mm>/…`` (thumbnails of listings under ``/assets/news/…``),
  theme files under ``/themes/egov/…``

Page templates
--------------
Detail (``news/detail.tpl`` of 4.2 wrapped by the theme): ``h1.title`` inside
``div.news_column.panel`` → date row ``span.h5`` "Thứ sáu - 04/12/2026 16:20" with "Lượt xem"
and "Người đăng: <account>" → icon tool list (e-mail, print in onclick; font size) → the theme's
"Nghe đọc bài viết" text-to-speech player → ``div.clearfix`` with ``div.hometext`` (the sapo)
and, when the home image is shown full size, ``figure.article.center`` with its ``figcaption``
→ ``div#news-bodyhtml.bodytext`` (CKEditor 4 markup) → "Tệp tin đính kèm" panel →
``p.h5.text-right`` "Tác giả:" / "Nguồn tin:" → copyright alert → keyword panel ("Từ khóa") →
rating panel → share buttons → comments ("Ý kiến bạn đọc") → "Những tin mới hơn".
Breadcrumbs are NukeViet's: an empty visible ``ul.breadcrumbs`` that JS fills from a hidden
``ul.temp-breadcrumbs`` (schema.org BreadcrumbList).

How each gold article is reached
--------------------------------
Tin hoạt động (``/tin-tuc/tin-hoat-dong/``, 5 per page, 7 entries incl. one secondary entry):
- 318 hội thi GVDG THPT, 315 chuyển đổi số, 311 học bổng Bù Đốp, 306 STEM Lộc Ninh: home blocks,
  ``/tin-tuc/``, page 1
- 302 đoàn kiểm tra phổ cập: page 1 and ``/tin-tuc/`` (and "Những tin mới hơn" of 297)
- 297 giải điền kinh: ONLY page 2 (``/tin-tuc/tin-hoat-dong/page-2``)
- page 2 also lists 304 under its secondary category (``/tin-tuc/tin-hoat-dong/…-304.html``)
Chuyên môn - Nghiệp vụ (``/tin-tuc/chuyen-mon-nghiep-vu/``, one page):
- 313 hướng dẫn STEM, 304 tập huấn cốt cán, 299 nghiên cứu bài học: home block and listing
  (299 also through a legacy ``index.php?…&op=`` link in the "Xem thêm" line of 313)
Thông báo chung (``/thong-bao/thong-bao-chung/``, 3 per page):
- 315 nghỉ Tết Dương lịch, 311 tuyển dụng: right column on every page, home marquee (legacy
  ``index.php`` links), listing page 1
- 308 kết quả chọn đội tuyển HSG: right column, listing page 1
- 301 thi chứng chỉ CNTT: ONLY ``/thong-bao/thong-bao-chung/page-2``

Traps
-----
1. Two news modules, two id counters (not in the README's list): ``/tin-tuc/…-315.html`` and
   ``/thong-bao/…-315.html`` are different articles, as are the two ``-311.html``. Gold: four
   distinct records; an id taken from the URL alone is not a key.
2. The headline is not the page's first ``<h1>`` nor its ``<title>`` (not listed): the egov
   header prints the site name as ``<h1 class="egov-tendv">`` on every page, and NukeViet's
   ``titlesite`` (SEO title) fills ``<title>`` and ``og:title``; for 318, 315 and 302 it differs
   from the headline (abridged "GVDG", reworded). Gold title = ``h1.title`` inside the news panel.
3. Modules whose pages look like articles (not listed as a URL shape): the videos module and the
   photos module use the news URL shape ``/<module>/<cat>/<alias>-<id>.html`` and print an
   ``h1``, a date line, a description and (album) captioned photos; laws entries are
   ``/van-ban/detail/<Alias>-<id>.html``. Gold: all three kinds are NON_ARTICLES.
4. Photo grid as a layout table (not listed): in 306 two photos sit side by side in a table whose
   second row holds their captions. Gold: both images in order with the captions of the row
   below; that row is not a body paragraph (the README's "table rows are paragraphs" does not
   apply to captions).
5. What sits between the headline and the text (not listed): "Lượt xem", "Người đăng:
   sgd_bbt" (a CMS account: nobody), font-size tools, and a "Nghe đọc bài viết" text-to-speech
   widget with a voice ``<select>`` and an ``<audio>``; then the hometext (the sapo, in its own
   ``div.hometext``: summary and first body paragraph) and, for 315, the home image printed full
   size in ``figure.article.center`` with ``figcaption``. Gold: that figure is the article's
   first image with its caption; the ``/assets/news/…`` thumbnails of listings and ``og:image``
   are not (304 has an ``og:image`` but prints no home image: only its body photo counts).
6. NukeViet's ``article:published_time`` meta is ``date('Y-m-dTH:i:s')`` where PHP's ``T`` is
   the zone abbreviation: "2026-12-04+0716:20:00" (not listed). The printed date is
   "Thứ sáu - 04/12/2026 16:20". Gold: "2026-12-04T16:20:00+07:00". 299 prints "… 00:00": the
   day alone "2026-10-29".
7. Breadcrumb in a hidden template list (not listed): the visible ``ul.breadcrumbs`` is empty
   until JS runs; the path is in ``ul.temp-breadcrumbs.hidden``. Gold category = its last item
   ("Tin hoạt động", "Chuyên môn - Nghiệp vụ", "Thông báo chung"; never the module "Tin tức").
8. One article, several URLs (duplicates): 304 is filed under two categories (NukeViet copies
   the row into each category's table) and answers 200 under ``/tin-tuc/tin-hoat-dong/…-304.html``
   too, where the breadcrumb says "Tin hoạt động"; ``link rel=canonical`` names the primary.
   Print views and legacy ``index.php?language=vi&nv=…&op=…`` links answer 200 with the same
   article. Gold: path = canonical (primary category, "Chuyên môn - Nghiệp vụ"), the rest in
   ``alt_paths``.
9. The attachment link of an article is the article URL plus ``?download=1&id=0`` (313, 311):
   it answers a PDF, not the article. Gold: not an alt path, not an article; the "Tệp tin đính
   kèm" panel and its "Xem trực tuyến" viewer iframe are not text.
10. Bylines as NukeViet prints its author field: "Tác giả: Tin, ảnh: Hoàng Yến" (318 → Hoàng
    Yến as author and photographer), "Tác giả: ThS. Lê Văn Tâm - Phó Trưởng phòng Kế hoạch -
    Tài chính" (315 → Lê Văn Tâm), "Tác giả: Tin: Minh Thư - Ảnh: Đức Anh" (297), "Tác giả:
    BBT" (302 → nobody); units signing alone in the text, right-aligned (306 "Phòng GDTH", 311
    tb "Văn phòng Sở"); "Nguồn tin: <a>Báo Bình Phước</a>" (311 tin-tuc) and an italic closing
    "Theo Cổng TTĐT tỉnh Bình Phước" (302) are sources.
11. Widgets inside and after the text: a floated "TIN LIÊN QUAN" table inside 304's bodytext, a
    "Xem thêm:" line in 313, visitor comments with names and times (315, 313), the rating panel
    ("Tổng điểm của bài viết là: …"), the copyright alert. Gold: none of them is text, author or
    date.
12. Text encodings: 306's bodyhtml was saved by the old CKEditor with ``entities: true``
    (``&agrave;``, ``&#7897;``); 302's title and text were typed in decomposed Unicode (NFD,
    "Unicode tổ hợp"). Gold: NFC text.
13. The official notice (tb 315) printed as a document: letterhead table, "THÔNG BÁO / Về việc
    …", signer block with "Nơi nhận". Publication line says 04/12/2026 07:40, the letterhead
    "ngày 03 tháng 12 năm 2026". Gold: "2026-12-03", author the signer "Trần Văn Hòa", body the
    numbered paragraphs only.
14. Captions: CKEditor ``figure.image``/``figcaption`` (318), a centred ``<em>`` line after the
    photo (311, 304), a line in parentheses (315, 297: parentheses off), a line that only
    credits "Ảnh: Minh Khoa" (311: caption None, photographer), a photo with no line (302).
15. Emoji bullets (tb 301): lines started by ``<img class="emoji" alt="👉">`` (no text) and a
    typed "📌" (kept); a ``<br>`` splits 297's closing paragraph in two; 302's sapo is a bold
    first paragraph inside the text (hometext empty).

Gold decisions on ambiguous points
----------------------------------
- A full-size home image (``figure.article.center`` after the hometext) is an article photo.
- The footnote calls "[1]", "[2]" of 299 stay in their sentences; its "Tài liệu tham khảo"
  heading and entries are text (the README's rule on notes).
- The "Tác giả:" label belongs to the theme; what follows is read as a byline line.
- tb 315 has no hometext: summary null; its "Căn cứ"/numbered paragraphs are the body.
- The print view of an article is an alt path even though it is linked only from ``onclick``.
"""

from __future__ import annotations

import datetime as _dt
from urllib.parse import parse_qs, quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "nukeviet42_sgd_portal_sgddt"
PLATFORM = "NukeViet 4.2 (news, news clone, laws, photos, videos) with a vendor eGov theme"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Bình Phước"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

MODULES = {"tin-tuc": "Tin tức", "thong-bao": "Thông báo"}
#: (module, cat alias) -> (title, per page)
CATS = {
    ("tin-tuc", "tin-hoat-dong"): ("Tin hoạt động", 5),
    ("tin-tuc", "chuyen-mon-nghiep-vu"): ("Chuyên môn - Nghiệp vụ", 5),
    ("thong-bao", "thong-bao-chung"): ("Thông báo chung", 3),
}
TAGS = {
    "giao-vien-day-gioi": "giáo viên dạy giỏi",
    "chuyen-doi-so": "chuyển đổi số",
    "giao-duc-stem": "giáo dục STEM",
}


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


# --- the 13 articles ---------------------------------------------------------------------------

H1 = Story(
    id=318,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027",
    cat="tin-hoat-dong",
    published_at="2026-12-04T16:20:00+07:00",
    summary=(
        "Sáng 04/12, tại Trường THPT chuyên Quang Trung, Sở GD&ĐT tỉnh Bình Phước tổ chức khai "
        "mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027 với sự tham gia của "
        "186 giáo viên đến từ 45 trường THPT, trường phổ thông dân tộc nội trú và trung tâm "
        "GDNN-GDTX trên địa bàn tỉnh."
    ),
    sapo_outside=True,
    authors=["Hoàng Yến"],
    photographers=["Hoàng Yến"],
    blocks=[
        P(
            "Dự lễ khai mạc có ông Trần Văn Hòa, Phó Giám đốc Sở GD&ĐT; lãnh đạo các phòng "
            "chuyên môn thuộc Sở cùng đại diện ban giám hiệu các trường có giáo viên tham gia "
            "hội thi."
        ),
        Img(
            "/uploads/news/2026_12/khai-mac-hoi-thi-gvdg-thpt.jpg",
            "Ông Trần Văn Hòa, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc hội thi",
            "Ông Trần Văn Hòa, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc hội thi",
            style="fig",
        ),
        P(
            "Phát biểu khai mạc, ông Trần Văn Hòa nhấn mạnh hội thi là dịp để giáo viên trao "
            "đổi, học tập kinh nghiệm, lan tỏa các phương pháp dạy học tích cực theo định hướng "
            "phát triển phẩm chất, năng lực học sinh của Chương trình giáo dục phổ thông 2018. "
            "Qua hội thi, ngành giáo dục tỉnh phát hiện, tôn vinh những giáo viên có chuyên môn "
            "vững vàng, tâm huyết với nghề."
        ),
        P(
            "Theo kế hoạch, hội thi diễn ra từ ngày 04/12 đến ngày 12/12/2026, gồm hai phần: "
            "trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành dạy học trên lớp. "
            "Mỗi giáo viên dự thi dạy hai tiết, trong đó một tiết do giáo viên tự chọn và một "
            "tiết do ban tổ chức bốc thăm trước 3 ngày."
        ),
        Img(
            "/uploads/news/2026_12/gv-boc-tham-tiet-day.jpg",
            "Giáo viên dự thi bốc thăm tiết dạy thực hành",
            "Giáo viên dự thi bốc thăm tiết dạy thực hành",
            style="fig",
        ),
        P(
            "So với các kỳ trước, hội thi năm nay có nhiều điểm mới: giáo viên phải ứng dụng "
            "công nghệ thông tin, học liệu số trong tiết dạy; ban giám khảo đánh giá tiết dạy "
            "theo hướng dẫn tại Công văn 5512/BGDĐT-GDTrH, chú trọng hoạt động của học sinh "
            "thay vì chỉ quan sát người dạy."
        ),
        P(
            "Kết quả hội thi là một trong những căn cứ để xét công nhận danh hiệu giáo viên dạy "
            "giỏi cấp tỉnh chu kỳ 2026-2029, đồng thời lựa chọn những tiết dạy tiêu biểu để xây "
            "dựng kho học liệu dùng chung của ngành."
        ),
    ],
    opts={
        "module": "tin-tuc",
        "publ": "2026-12-04 16:20",
        "author_line": "Tin, ảnh: Hoàng Yến",
        "titlesite": "Khai mạc Hội thi GVDG cấp tỉnh bậc THPT 2026-2027",
        "tags": ["giao-vien-day-gioi"],
        "thumb": "/assets/news/2026_12/khai-mac-hoi-thi-gvdg-thpt.jpg",
    },
)

H2 = Story(
    id=315,
    slug="hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so-nganh-giao-duc-nam-hoc-2026-2027",
    title="Hội nghị triển khai nhiệm vụ chuyển đổi số ngành Giáo dục năm học 2026-2027",
    cat="tin-hoat-dong",
    published_at="2026-12-02T08:45:00+07:00",
    summary=(
        "Ngày 01/12, Sở GD&ĐT tổ chức hội nghị trực tuyến triển khai nhiệm vụ chuyển đổi số năm "
        "học 2026-2027 đến 11 điểm cầu phòng GD&ĐT các huyện, thị xã, thành phố và các trường "
        "THPT trực thuộc."
    ),
    sapo_outside=True,
    authors=["Lê Văn Tâm"],
    blocks=[
        Img(
            "/uploads/news/2026_12/hoi-nghi-chuyen-doi-so.jpg",
            "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
            "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
            style="home",
        ),
        P(
            "Tại hội nghị, đại diện Phòng Kế hoạch - Tài chính đã đánh giá kết quả triển khai "
            "chuyển đổi số năm học 2025-2026. Đến nay, 100% cơ sở giáo dục phổ thông trong tỉnh "
            "sử dụng sổ điểm điện tử, học bạ số; 92% trường đã kết nối dữ liệu với cơ sở dữ liệu "
            "ngành; thanh toán không dùng tiền mặt các khoản thu đạt trên 85%."
        ),
        P("Những nhiệm vụ trọng tâm", "h3"),
        P(
            "Hoàn thành triển khai học bạ số đối với cấp tiểu học, THCS và THPT trước ngày "
            "31/12/2026;",
            "li",
        ),
        P(
            "Chuẩn hóa, làm sạch dữ liệu học sinh, giáo viên trên cơ sở dữ liệu ngành, bảo đảm "
            "“đúng, đủ, sạch, sống”;",
            "li",
        ),
        P("Triển khai hồ sơ tuyển sinh đầu cấp trực tuyến trên toàn tỉnh;", "li"),
        P("Bồi dưỡng kỹ năng số cho 100% cán bộ quản lý, giáo viên.", "li"),
        Img(
            "/uploads/news/2026_12/bao-cao-vien-hoc-ba-so.jpg",
            "(Báo cáo viên hướng dẫn quy trình ký số học bạ)",
            "Báo cáo viên hướng dẫn quy trình ký số học bạ",
            style="em",
        ),
        P(
            "Phát biểu chỉ đạo, ông Nguyễn Minh Quang, Giám đốc Sở GD&ĐT đề nghị các đơn vị xác "
            "định chuyển đổi số là nhiệm vụ thường xuyên, gắn với trách nhiệm người đứng đầu; "
            "tăng cường bảo đảm an toàn thông tin, không để lộ lọt dữ liệu cá nhân của học sinh."
        ),
        P(
            "Cũng tại hội nghị, các đại biểu đã được hướng dẫn quy trình ký số học bạ và khai "
            "thác kho học liệu số dùng chung của tỉnh."
        ),
    ],
    opts={
        "module": "tin-tuc",
        "publ": "2026-12-02 08:45",
        "author_line": "ThS. Lê Văn Tâm - Phó Trưởng phòng Kế hoạch - Tài chính",
        "titlesite": "Triển khai chuyển đổi số ngành Giáo dục Bình Phước 2026-2027",
        "tags": ["chuyen-doi-so"],
        "thumb": "/assets/news/2026_12/hoi-nghi-chuyen-doi-so.jpg",
        "comments": [
            ("Trần Thị Mai", "02/12/2026 20:15",
             "Xin hỏi học bạ số cấp tiểu học có cần in bản giấy để lưu trữ nữa không ạ?"),
            ("Nguyễn Văn Hùng", "03/12/2026 07:42",
             "Trường tôi đã triển khai học bạ số từ năm ngoái, rất thuận tiện cho giáo viên."),
        ],
    },
)

H3 = Story(
    id=311,
    slug="trao-120-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-dan-toc-thieu-so-huyen-bu-dop",
    title="Trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh dân tộc thiểu số huyện Bù Đốp",
    cat="tin-hoat-dong",
    published_at="2026-11-27T10:00:00+07:00",
    summary=(
        "Sáng 26/11, Sở GD&ĐT phối hợp với Quỹ Khuyến học tỉnh và các nhà hảo tâm tổ chức trao "
        "120 suất học bổng “Tiếp sức đến trường” cho học sinh dân tộc thiểu số có hoàn cảnh khó "
        "khăn tại huyện Bù Đốp."
    ),
    sapo_outside=True,
    authors=["Thanh Hương"],
    photographers=["Minh Khoa"],
    source="Báo Bình Phước",
    blocks=[
        P(
            "Mỗi suất học bổng trị giá 2 triệu đồng tiền mặt, kèm theo một bộ sách giáo khoa, "
            "dụng cụ học tập và áo ấm. Tổng giá trị chương trình năm nay hơn 300 triệu đồng."
        ),
        Img(
            "/uploads/news/2026_11/trao-hoc-bong-bu-dop.jpg",
            "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
            "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
            style="em",
        ),
        P(
            "Các em nhận học bổng đều là học sinh người Xtiêng, Khmer, Tày, Nùng đang theo học "
            "tại các trường THCS, THPT trên địa bàn huyện, có thành tích học tập khá, giỏi nhưng "
            "gia đình thuộc diện hộ nghèo, cận nghèo."
        ),
        P(
            "Phát biểu tại buổi trao học bổng, bà Đỗ Thị Thu Trang, Trưởng phòng Giáo dục Trung "
            "học, Sở GD&ĐT mong muốn các em tiếp tục nỗ lực vượt khó, chăm ngoan, học giỏi để "
            "không phụ lòng gia đình, thầy cô và các nhà tài trợ."
        ),
        Img("/uploads/news/2026_11/hoc-sinh-nhan-qua.jpg", "Ảnh: Minh Khoa", None, style="em"),
        P(
            "Chương trình “Tiếp sức đến trường” được duy trì từ năm 2015 đến nay, đã trao hơn "
            "2.400 suất học bổng cho học sinh các huyện biên giới Lộc Ninh, Bù Đốp, Bù Gia Mập."
        ),
    ],
    opts={
        "module": "tin-tuc",
        "publ": "2026-11-27 10:00",
        "author_line": "Thanh Hương",
        "source_line": ("Báo Bình Phước", "https://baobinhphuoc.com.vn/news/4/175502/"),
        "thumb": "/assets/news/2026_11/trao-hoc-bong-bu-dop.jpg",
    },
)

H4 = Story(
    id=306,
    slug="ngay-hoi-stem-hoc-sinh-tieu-hoc-huyen-loc-ninh-lan-thu-ii",
    title="Ngày hội STEM học sinh tiểu học huyện Lộc Ninh lần thứ II",
    cat="tin-hoat-dong",
    published_at="2026-11-20T07:30:00+07:00",
    summary=(
        "Ngày 19/11, Phòng GD&ĐT huyện Lộc Ninh tổ chức Ngày hội STEM học sinh tiểu học lần thứ "
        "II, thu hút hơn 600 học sinh đến từ 22 trường tiểu học trên địa bàn huyện tham gia."
    ),
    sapo_outside=True,
    authors=["Phòng GDTH"],
    blocks=[
        P(
            "Ngày hội gồm các hoạt động: trưng bày sản phẩm STEM, thi thiết kế mô hình từ vật "
            "liệu tái chế, thi lắp ráp và lập trình robot, trải nghiệm các thí nghiệm khoa học "
            "vui."
        ),
        P(
            "Nhiều sản phẩm được các em đầu tư công phu, gắn với thực tiễn đời sống ở địa phương "
            "như mô hình tưới tiêu tự động cho vườn điều, máy phân loại hạt tiêu, đèn giao thông "
            "thông minh, nhà chống lũ…"
        ),
        Img(
            "/uploads/news/2026_11/stem-loc-ninh-1.jpg",
            "Học sinh Trường TH Lộc Thái giới thiệu mô hình tưới tự động cho vườn điều",
            "Học sinh Trường TH Lộc Thái giới thiệu mô hình tưới tự động cho vườn điều",
            style="grid",
        ),
        Img(
            "/uploads/news/2026_11/stem-loc-ninh-2.jpg",
            "Phần thi lắp ráp robot của học sinh khối lớp 5",
            "Phần thi lắp ráp robot của học sinh khối lớp 5",
            style="grid",
        ),
        P(
            "Theo đánh giá của ban tổ chức, chất lượng sản phẩm năm nay tiến bộ rõ rệt so với "
            "lần thứ nhất; nhiều trường đã đưa giáo dục STEM vào kế hoạch giáo dục nhà trường "
            "một cách bài bản, có sự phối hợp giữa giáo viên các môn Khoa học, Công nghệ, Tin học "
            "và Toán."
        ),
        P(
            "Kết thúc ngày hội, ban tổ chức trao 6 giải nhất, 10 giải nhì, 14 giải ba và 20 giải "
            "khuyến khích cho các đội thi xuất sắc."
        ),
        _right("Phòng GDTH"),
    ],
    opts={
        "module": "tin-tuc",
        "publ": "2026-11-20 07:30",
        "enc": "entities",
        "tags": ["giao-duc-stem"],
        "thumb": "/assets/news/2026_11/stem-loc-ninh-1.jpg",
    },
)

H5 = Story(
    id=302,
    slug="doan-kiem-tra-cua-bo-gd-dt-lam-viec-tai-binh-phuoc-ve-cong-tac-pho-cap-giao-duc",
    title=(
        "Đoàn kiểm tra của Bộ GD&ĐT làm việc tại Bình Phước về công tác phổ cập giáo dục, "
        "xóa mù chữ"
    ),
    cat="tin-hoat-dong",
    published_at="2026-11-12T14:00:00+07:00",
    summary=(
        "Từ ngày 10 đến 12/11, Đoàn kiểm tra của Bộ GD&ĐT do ông Vũ Đình Thành, Phó Vụ trưởng "
        "Vụ Giáo dục thường xuyên làm trưởng đoàn đã làm việc tại tỉnh Bình Phước về kết quả "
        "thực hiện công tác phổ cập giáo dục, xóa mù chữ năm 2026."
    ),
    source="Cổng TTĐT tỉnh Bình Phước",
    blocks=[
        P(
            "Từ ngày 10 đến 12/11, Đoàn kiểm tra của Bộ GD&ĐT do ông Vũ Đình Thành, Phó Vụ "
            "trưởng Vụ Giáo dục thường xuyên làm trưởng đoàn đã làm việc tại tỉnh Bình Phước về "
            "kết quả thực hiện công tác phổ cập giáo dục, xóa mù chữ năm 2026.",
            "b",
        ),
        P(
            "Đoàn đã kiểm tra thực tế hồ sơ phổ cập tại huyện Hớn Quản, thị xã Bình Long và một "
            "số xã vùng sâu của huyện Bù Gia Mập; làm việc với UBND tỉnh và Sở GD&ĐT."
        ),
        Img("/uploads/news/2026_11/doan-kiem-tra-pcgd.jpg", None, None, style="plain"),
        P(
            "Báo cáo với đoàn, Sở GD&ĐT cho biết đến nay tỉnh duy trì đạt chuẩn phổ cập giáo dục "
            "mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục THCS "
            "mức độ 2 và xóa mù chữ mức độ 2; 11/11 huyện, thị xã, thành phố đạt chuẩn."
        ),
        P(
            "Đoàn kiểm tra ghi nhận những nỗ lực của tỉnh, đặc biệt trong việc vận động người "
            "dân tộc thiểu số trong độ tuổi tham gia các lớp xóa mù chữ. Đồng thời đề nghị tỉnh "
            "tiếp tục rà soát, cập nhật dữ liệu phổ cập trên hệ thống thông tin điện tử, bảo đảm "
            "khớp đúng với dữ liệu dân cư."
        ),
        Raw(
            '<p style="text-align: right;"><em>Theo Cổng TTĐT tỉnh Bình Phước</em></p>'
        ),
    ],
    opts={
        "module": "tin-tuc",
        "publ": "2026-11-12 14:00",
        "enc": "nfd",
        "author_line": "BBT",
        "titlesite": "Bộ GD&ĐT kiểm tra công tác phổ cập giáo dục tại Bình Phước",
        "thumb": "/assets/news/2026_11/doan-kiem-tra-pcgd.jpg",
    },
)

H6 = Story(
    id=297,
    slug="khai-mac-giai-dien-kinh-hoc-sinh-pho-thong-tinh-binh-phuoc-nam-2026",
    title="Khai mạc Giải Điền kinh học sinh phổ thông tỉnh Bình Phước năm 2026",
    cat="tin-hoat-dong",
    published_at="2026-10-24T07:15:00+07:00",
    summary=(
        "Sáng 24/10, tại Sân vận động tỉnh, Sở GD&ĐT khai mạc Giải Điền kinh học sinh phổ thông "
        "tỉnh Bình Phước năm 2026 với sự tham gia của 512 vận động viên đến từ 11 đoàn huyện, "
        "thị xã, thành phố."
    ),
    sapo_outside=True,
    authors=["Minh Thư"],
    photographers=["Đức Anh"],
    blocks=[
        P(
            "Giải được tổ chức nhằm đẩy mạnh phong trào rèn luyện thân thể trong trường học, "
            "đồng thời tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng toàn quốc lần thứ XI "
            "năm 2028."
        ),
        P(
            "Các vận động viên tranh tài ở 36 nội dung thuộc hai nhóm tuổi tiểu học - THCS và "
            "THPT, gồm: chạy cự ly ngắn, chạy cự ly trung bình, nhảy xa, nhảy cao, ném bóng, đẩy "
            "tạ và chạy tiếp sức."
        ),
        Img(
            "/uploads/news/2026_10/giai-dien-kinh-hs-2026.jpg",
            "(Các vận động viên tranh tài ở nội dung chạy 100m nam lứa tuổi THPT)",
            "Các vận động viên tranh tài ở nội dung chạy 100m nam lứa tuổi THPT",
            style="em",
        ),
        P("Giải diễn ra đến hết ngày 26/10/2026.", "br"),
        P(
            "Ban tổ chức sẽ trao huy chương cho từng nội dung và cúp cho ba đoàn dẫn đầu toàn "
            "đoàn."
        ),
    ],
    opts={
        "module": "tin-tuc",
        "publ": "2026-10-24 07:15",
        "author_line": "Tin: Minh Thư - Ảnh: Đức Anh",
        "thumb": "/assets/news/2026_10/giai-dien-kinh-hs-2026.jpg",
    },
)

C1 = Story(
    id=313,
    slug="huong-dan-thuc-hien-giao-duc-stem-cap-trung-hoc-nam-hoc-2026-2027",
    title="Hướng dẫn thực hiện giáo dục STEM cấp trung học năm học 2026-2027",
    cat="chuyen-mon-nghiep-vu",
    published_at="2026-11-30T09:00:00+07:00",
    summary=(
        "Sở GD&ĐT vừa ban hành Kế hoạch số 2145/KH-SGDĐT hướng dẫn các trường trung học trên "
        "địa bàn tỉnh tổ chức thực hiện giáo dục STEM trong năm học 2026-2027."
    ),
    sapo_outside=True,
    authors=["Phòng Giáo dục Trung học"],
    blocks=[
        P(
            "Theo đó, mỗi trường THCS, THPT xây dựng ít nhất 4 bài học STEM cho mỗi khối lớp "
            "trong năm học; tổ chức hoạt động trải nghiệm STEM và tham gia nghiên cứu khoa học "
            "kỹ thuật dành cho học sinh trung học."
        ),
        P("1. Hình thức tổ chức", "h3"),
        P(
            "Dạy học các môn học theo phương thức giáo dục STEM; tổ chức hoạt động trải nghiệm "
            "STEM; tổ chức hoạt động nghiên cứu khoa học, kỹ thuật."
        ),
        P("2. Yêu cầu đối với bài học STEM", "h3"),
        P(
            "Bài học được xây dựng từ nội dung chương trình các môn Khoa học tự nhiên, Công "
            "nghệ, Tin học, Toán;",
            "li",
        ),
        P("Học sinh được giải quyết vấn đề thực tiễn, tạo ra sản phẩm cụ thể;", "li"),
        P("Kế hoạch bài dạy được tổ chuyên môn thông qua trước khi thực hiện.", "li"),
        P(
            "Sở GD&ĐT yêu cầu hiệu trưởng các trường báo cáo kết quả thực hiện học kỳ I trước "
            "ngày 15/01/2027 qua hệ thống quản lý văn bản điều hành."
        ),
        Raw("@XEMTHEM@"),
    ],
    opts={
        "module": "tin-tuc",
        "publ": "2026-11-30 09:00",
        "author_line": "Phòng Giáo dục Trung học",
        "tags": ["giao-duc-stem"],
        "files": [("KH 2145-KH-SGDDT STEM 2026-2027.pdf", 0)],
        "thumb": "/assets/news/2026_11/huong-dan-stem.jpg",
        "comments": [
            ("Lê Hoàng Phúc", "01/12/2026 21:03",
             "Đề nghị Sở tổ chức tập huấn xây dựng bài học STEM cho giáo viên vùng sâu."),
        ],
    },
)

C2 = Story(
    id=304,
    slug="tap-huan-giao-vien-cot-can-ve-doi-moi-kiem-tra-danh-gia-theo-chuong-trinh-gdpt-2018",
    title=(
        "Tập huấn giáo viên cốt cán về đổi mới kiểm tra, đánh giá theo Chương trình GDPT 2018"
    ),
    cat="chuyen-mon-nghiep-vu",
    published_at="2026-11-05T13:30:00+07:00",
    summary=(
        "Từ ngày 03 đến 05/11, Sở GD&ĐT tổ chức lớp tập huấn bồi dưỡng giáo viên cốt cán cấp "
        "THCS, THPT về đổi mới kiểm tra, đánh giá theo định hướng phát triển năng lực học sinh."
    ),
    sapo_outside=True,
    authors=["Nguyễn Thị Lan Anh"],
    blocks=[
        P(
            "Tham gia lớp tập huấn có 240 giáo viên cốt cán các môn Ngữ văn, Toán, Tiếng Anh, "
            "Khoa học tự nhiên, Lịch sử và Địa lí đến từ các trường THCS, THPT trong tỉnh."
        ),
        Raw("@TINLIENQUAN@"),
        P(
            "Các báo cáo viên là giảng viên Trường Đại học Sư phạm TP. Hồ Chí Minh đã hướng dẫn "
            "giáo viên cách xây dựng ma trận, bản đặc tả đề kiểm tra định kỳ; kỹ thuật biên soạn "
            "câu hỏi trắc nghiệm nhiều lựa chọn, câu hỏi đúng/sai và câu hỏi trả lời ngắn theo "
            "định dạng đề thi tốt nghiệp THPT từ năm 2025."
        ),
        Img(
            "/uploads/news/2026_11/tap-huan-cot-can.jpg",
            "Giáo viên thảo luận nhóm xây dựng ma trận đề kiểm tra",
            "Giáo viên thảo luận nhóm xây dựng ma trận đề kiểm tra",
            style="em",
        ),
        P(
            "Sau tập huấn, giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo viên trong tổ "
            "chuyên môn tại đơn vị, hoàn thành trước ngày 30/11/2026."
        ),
    ],
    opts={
        "module": "tin-tuc",
        "publ": "2026-11-05 13:30",
        "author_line": "Nguyễn Thị Lan Anh",
        "listcats": ["tin-hoat-dong"],
        "og_image": "/uploads/news/2026_11/tap-huan-cot-can-anh-dai-dien.jpg",
        "thumb": "/assets/news/2026_11/tap-huan-cot-can-anh-dai-dien.jpg",
    },
)

C3 = Story(
    id=299,
    slug="kinh-nghiem-to-chuc-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-o-truong-thcs-tan-phu",
    title="Kinh nghiệm tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học ở Trường THCS Tân Phú",
    cat="chuyen-mon-nghiep-vu",
    published_at="2026-10-29",
    authors=["Phạm Quốc Bảo"],
    blocks=[
        P(
            "Sinh hoạt chuyên môn theo nghiên cứu bài học là hình thức sinh hoạt chuyên môn tập "
            "trung vào việc phân tích các hoạt động học của học sinh, từ đó giáo viên tự điều "
            "chỉnh cách dạy cho phù hợp.[1] Trường THCS Tân Phú (TP. Đồng Xoài) triển khai hình "
            "thức này từ năm học 2022-2023 và đã thu được những kết quả bước đầu."
        ),
        P("Thay đổi cách dự giờ", "h3"),
        P(
            "Trước đây, khi dự giờ, giáo viên chủ yếu quan sát người dạy và đánh giá, xếp loại "
            "tiết dạy. Nay, người dự ngồi ở vị trí quan sát được nét mặt, thao tác của học sinh, "
            "ghi chép những biểu hiện học tập cụ thể: em nào hiểu bài, em nào gặp khó khăn, vì "
            "sao."
        ),
        P(
            "Sau tiết dạy, buổi thảo luận không nhằm phán xét giáo viên mà tập trung trả lời câu "
            "hỏi: học sinh đã học như thế nào, khi nào việc học diễn ra, khi nào không.[2]"
        ),
        P("Kết quả bước đầu", "h3"),
        P(
            "Sau ba năm thực hiện, không khí sinh hoạt tổ chuyên môn cởi mở hơn; giáo viên mạnh "
            "dạn chia sẻ khó khăn. Tỉ lệ học sinh khá, giỏi tăng từ 48,6% lên 57,2%; nhà trường "
            "có 7 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh."
        ),
        P(
            "Từ kinh nghiệm trên, chúng tôi cho rằng yếu tố quyết định là sự kiên trì của cán bộ "
            "quản lý và việc xây dựng được văn hóa tin cậy, hợp tác trong tập thể sư phạm."
        ),
        P("Tài liệu tham khảo", "h4"),
        P(
            "[1] Bộ GD&ĐT (2014), Tài liệu hướng dẫn sinh hoạt chuyên môn theo nghiên cứu bài "
            "học, NXB Giáo dục Việt Nam.",
            "small",
        ),
        P("[2] Sato Manabu (2015), Cách mạng trong nhà trường, NXB Đại học Sư phạm.", "small"),
    ],
    opts={
        "module": "tin-tuc",
        "publ": "2026-10-29 00:00",
        "author_line": "ThS. Phạm Quốc Bảo - Hiệu trưởng Trường THCS Tân Phú",
        "thumb": "/assets/news/2026_10/sinh-hoat-chuyen-mon-tan-phu.jpg",
    },
)

_LETTERHEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">'
    "<tbody><tr>"
    '<td style="text-align:center; width:42%">UBND TỈNH BÌNH PHƯỚC<br />'
    "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align:center">Số: 2381/TB-SGDĐT</td>'
    '<td style="text-align:right"><em>Bình Phước, ngày 03 tháng 12 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
)
_SIGNATURE = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
    '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các phòng thuộc Sở;<br />- Các đơn vị trực thuộc;<br />"
    "- Phòng GD&amp;ĐT các huyện, thị xã, thành phố;<br />- Lưu: VT, VP.</td>"
    '<td style="text-align:center; vertical-align:top"><strong>KT. GIÁM ĐỐC<br />'
    "PHÓ GIÁM ĐỐC</strong><br /><br /><em>(Đã ký)</em><br /><br />"
    "<strong>Trần Văn Hòa</strong></td></tr></tbody></table>"
)

T1 = Story(
    id=315,
    slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
    title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
    cat="thong-bao-chung",
    published_at="2026-12-03",
    authors=["Trần Văn Hòa"],
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Thực hiện Thông báo số 1234/TB-BNV ngày 15/11/2026 của Bộ Nội vụ về việc nghỉ Tết "
            "Dương lịch và Tết Nguyên đán năm 2027 đối với cán bộ, công chức, viên chức và người "
            "lao động, Sở Giáo dục và Đào tạo thông báo như sau:"
        ),
        P(
            "1. Cán bộ, công chức, viên chức và người lao động cơ quan Sở được nghỉ Tết Dương "
            "lịch 01 ngày vào thứ Sáu, ngày 01/01/2027 và nghỉ liên tục 03 ngày từ thứ Sáu ngày "
            "01/01/2027 đến hết Chủ nhật ngày 03/01/2027."
        ),
        P(
            "2. Các đơn vị trực thuộc, phòng GD&ĐT các huyện, thị xã, thành phố bố trí lịch nghỉ "
            "cho học sinh phù hợp với kế hoạch thời gian năm học đã được UBND tỉnh phê duyệt; "
            "phân công trực bảo vệ, phòng cháy chữa cháy, bảo đảm an toàn tài sản trong thời "
            "gian nghỉ."
        ),
        P(
            "3. Thủ trưởng các đơn vị thông báo đến cán bộ, giáo viên, nhân viên và học sinh "
            "biết, thực hiện; báo cáo tình hình trước, trong và sau Tết về Văn phòng Sở trước 09 "
            "giờ ngày 04/01/2027."
        ),
        Raw(_SIGNATURE),
    ],
    opts={
        "module": "thong-bao",
        "publ": "2026-12-04 07:40",
        "thumb": "/assets/thong-bao/2026_12/tet-duong-lich-2027.jpg",
    },
)

T2 = Story(
    id=311,
    slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026-dot-2",
    title="Thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
    cat="thong-bao-chung",
    published_at="2026-11-25T16:45:00+07:00",
    summary=(
        "Sở GD&ĐT thông báo tuyển dụng 48 chỉ tiêu viên chức giảng dạy tại các trường THPT, "
        "trường phổ thông dân tộc nội trú và trung tâm GDNN-GDTX trực thuộc Sở năm 2026 (đợt 2)."
    ),
    sapo_outside=True,
    authors=["Văn phòng Sở"],
    blocks=[
        P("Chỉ tiêu tuyển dụng cụ thể như sau:"),
        P("Vị trí việc làm | Số chỉ tiêu | Trình độ chuẩn", "tr"),
        P("Giáo viên THPT môn Toán | 9 | Cử nhân sư phạm Toán", "tr"),
        P("Giáo viên THPT môn Tiếng Anh | 12 | Cử nhân sư phạm Tiếng Anh", "tr"),
        P("Giáo viên THPT môn Tin học | 15 | Cử nhân sư phạm Tin học", "tr"),
        P("Giáo viên THPT môn Công nghệ | 12 | Cử nhân sư phạm Công nghệ", "tr"),
        P(
            "Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 26/11/2026 đến 17 giờ ngày "
            "25/12/2026 (trong giờ hành chính)."
        ),
        P(
            "Địa điểm nhận phiếu: Văn phòng Sở GD&ĐT tỉnh Bình Phước, số 758 Quốc lộ 14, phường "
            "Tân Bình, TP. Đồng Xoài. Điện thoại liên hệ: 0271.3879.228."
        ),
        Raw(
            '<p><img alt="" src="/themes/egov/images/icons/pdf.gif" /> <strong>Tải về:</strong> '
            '<a href="/uploads/thong-bao/2026_11/mau-phieu-dang-ky-du-tuyen.pdf">'
            "Mẫu phiếu đăng ký dự tuyển viên chức</a></p>"
        ),
        _right("Văn phòng Sở"),
    ],
    opts={
        "module": "thong-bao",
        "publ": "2026-11-25 16:45",
        "files": [("TB tuyen dung vien chuc 2026 dot 2.pdf", 0)],
        "thumb": "/assets/thong-bao/2026_11/tuyen-dung-2026.jpg",
    },
)

T3 = Story(
    id=308,
    slug="thong-bao-ket-qua-ky-thi-chon-doi-tuyen-hoc-sinh-gioi-quoc-gia-thpt-nam-2027",
    title="Thông báo kết quả kỳ thi chọn đội tuyển học sinh giỏi quốc gia THPT năm 2027",
    cat="thong-bao-chung",
    published_at="2026-11-18T10:20:00+07:00",
    summary=(
        "Sở GD&ĐT thông báo kết quả kỳ thi chọn đội tuyển dự thi chọn học sinh giỏi quốc gia "
        "THPT năm 2027, tổ chức ngày 14 và 15/11/2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Kỳ thi có 356 thí sinh của 13 trường THPT tham dự ở 10 môn thi: Toán, Vật lí, Hóa "
            "học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh và Tiếng Pháp."
        ),
        P(
            "Căn cứ kết quả chấm thi, Hội đồng chấm thi đã chọn 80 thí sinh vào đội tuyển của "
            "tỉnh. Trường THPT chuyên Quang Trung có 71 thí sinh, Trường THPT chuyên Bình Long "
            "có 9 thí sinh."
        ),
        P(
            "Thí sinh có nhu cầu phúc khảo bài thi nộp đơn tại Phòng Khảo thí và Quản lý chất "
            "lượng giáo dục, Sở GD&ĐT từ ngày 19/11 đến hết ngày 23/11/2026."
        ),
        P(
            "Đội tuyển sẽ tập trung bồi dưỡng tại Trường THPT chuyên Quang Trung từ ngày "
            "01/12/2026. Danh sách thí sinh được chọn vào đội tuyển được đăng tải tại mục Văn "
            "bản của Cổng thông tin điện tử Sở."
        ),
    ],
    opts={
        "module": "thong-bao",
        "publ": "2026-11-18 10:20",
        "thumb": "/assets/thong-bao/2026_11/hsg-quoc-gia-2027.jpg",
    },
)

T4 = Story(
    id=301,
    slug="thong-bao-to-chuc-thi-cap-chung-chi-ung-dung-cong-nghe-thong-tin-co-ban-thang-11-2026",
    title=(
        "Thông báo tổ chức thi cấp chứng chỉ ứng dụng công nghệ thông tin cơ bản đợt tháng "
        "11/2026"
    ),
    cat="thong-bao-chung",
    published_at="2026-10-30T08:00:00+07:00",
    summary=(
        "Trung tâm Ngoại ngữ - Tin học trực thuộc Sở GD&ĐT thông báo tổ chức kỳ thi cấp chứng "
        "chỉ ứng dụng công nghệ thông tin cơ bản đợt tháng 11/2026."
    ),
    sapo_outside=True,
    authors=["Ngọc Hân"],
    blocks=[
        P("Đối tượng: cán bộ, công chức, viên chức, học sinh, sinh viên và người có nhu cầu.",
          "emoji"),
        P(
            "Thời gian thi: ngày 22/11/2026 tại Trung tâm Ngoại ngữ - Tin học, số 12 đường Hùng "
            "Vương, phường Tân Phú, TP. Đồng Xoài.",
            "emoji",
        ),
        P("Lệ phí thi: 400.000 đồng/thí sinh.", "emoji"),
        P(
            "📌 Hạn chót nhận hồ sơ: 17 giờ ngày 15/11/2026. Hồ sơ gồm: phiếu đăng ký dự thi, 02 "
            "ảnh 3x4, bản sao căn cước công dân."
        ),
        P(
            "Mọi chi tiết xin liên hệ số điện thoại 0271.3881.456 (gặp cô Hân) trong giờ hành "
            "chính."
        ),
    ],
    opts={
        "module": "thong-bao",
        "publ": "2026-10-30 08:00",
        "author_line": "Ngọc Hân",
        "thumb": "/assets/thong-bao/2026_10/thi-chung-chi-cntt.jpg",
    },
)

STORIES = [H1, H2, H3, H4, H5, H6, C1, C2, C3, T1, T2, T3, T4]


def _mod(story: Story) -> str:
    return story.opts["module"]


def art_path(story: Story, cat: str | None = None) -> str:
    return f"/{_mod(story)}/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/{_mod(story)}/print/{story.cat}/{story.slug}-{story.id}.html"


def sendmail_path(story: Story) -> str:
    return f"/{_mod(story)}/sendmail/{story.cat}/{story.slug}-{story.id}.html"


def legacy_path(story: Story) -> str:
    return f"/index.php?language=vi&nv={_mod(story)}&op={story.cat}/{story.slug}-{story.id}"


#: legacy links printed somewhere on the site (home marquee, "Xem thêm" line)
LEGACY_LINKED = [T1, T2, C3]


def _publ(story: Story) -> _dt.datetime:
    return _dt.datetime.strptime(story.opts["publ"], "%Y-%m-%d %H:%M")


def _vn_time(story: Story) -> str:
    d = _publ(story)
    return f"{_WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def _in_cat(module: str, cat: str) -> list[tuple[Story, str]]:
    """Entries of a category listing, newest first: (story, link path)."""
    rows = []
    for s in STORIES:
        if _mod(s) != module:
            continue
        if s.cat == cat:
            rows.append((s, art_path(s)))
        elif cat in s.opts.get("listcats", []):
            rows.append((s, art_path(s, cat)))
    rows.sort(key=lambda r: _publ(r[0]), reverse=True)
    return rows


# --- rendering the text ------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    enc = story.opts.get("enc")
    if enc == "entities":
        return text(value, entities=1)
    if enc == "nfd":
        return text(value, nfd=True)
    return text(value)


def _title(story: Story) -> str:
    return _t(story, story.title)


def _img_tag(src: str, extra: str = "") -> str:
    return f'<img alt="" src="{esc(src)}" style="width: 100%; max-width: 700px;"{extra} />'


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "home")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_raw(story, b.html))
        elif isinstance(b, Img):
            if b.style == "grid":
                pair = [b]
                while i + 1 < len(blocks) and isinstance(blocks[i + 1], Img) and blocks[i + 1].style == "grid":
                    i += 1
                    pair.append(blocks[i])
                cells = "".join(
                    f'<td style="text-align:center; width:50%">{_img_tag(p.src)}</td>' for p in pair
                )
                caps = "".join(
                    f'<td style="text-align:center"><em>{_t(story, p.printed or "")}</em></td>'
                    for p in pair
                )
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="3" '
                    f'style="width:100%"><tbody><tr>{cells}</tr><tr>{caps}</tr></tbody></table>'
                )
            elif b.style == "fig":
                out.append(
                    '<figure class="image" style="display:inline-block">'
                    f'<img alt="{esc(b.printed or "")}" height="467" src="{esc(b.src)}" width="700" />'
                    f"<figcaption>{_t(story, b.printed or '')}</figcaption></figure>"
                )
            elif b.style == "plain":
                out.append(f'<p style="text-align:center">{_img_tag(b.src)}</p>')
            else:  # "em": the line under the photo, centred and italic
                out.append(f'<p style="text-align:center">{_img_tag(b.src)}</p>')
                out.append(
                    f'<p style="text-align:center"><span style="font-size:12px"><em>'
                    f"{_t(story, b.printed or '')}</em></span></p>"
                )
        else:
            style = b.style
            if style == "li":
                items = [b]
                while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "li":
                    i += 1
                    items.append(blocks[i])
                out.append("<ul>" + "".join(f"<li>{_t(story, it.text)}</li>" for it in items) + "</ul>")
            elif style == "tr":
                rows = [b]
                while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "tr":
                    i += 1
                    rows.append(blocks[i])
                trs = []
                for n, row in enumerate(rows):
                    tag = "th" if n == 0 else "td"
                    trs.append(
                        "<tr>"
                        + "".join(f"<{tag}>{_t(story, c)}</{tag}>" for c in row.text.split(" | "))
                        + "</tr>"
                    )
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%">'
                    f"<tbody>{''.join(trs)}</tbody></table>"
                )
            elif style == "br":
                nxt = blocks[i + 1]
                i += 1
                out.append(
                    f'<p style="text-align:justify">{_t(story, b.text)}<br />\n'
                    f"{_t(story, nxt.text)}</p>"
                )
            elif style in ("h3", "h4"):
                out.append(f"<{style}><strong>{_t(story, b.text)}</strong></{style}>")
            elif style == "b":
                out.append(f'<p style="text-align:justify"><strong>{_t(story, b.text)}</strong></p>')
            elif style == "small":
                out.append(f'<p><span style="font-size:12px">{_t(story, b.text)}</span></p>')
            elif style == "emoji":
                out.append(
                    '<p><img alt="👉" class="emoji" height="16" src="/images/emoji/1f449.png" '
                    f'width="16" /> {_t(story, b.text)}</p>'
                )
            else:
                out.append(f'<p style="text-align:justify">{_t(story, b.text)}</p>')
        i += 1
    return "\n".join(out)


def _raw(story: Story, markup: str) -> str:
    if markup == "@XEMTHEM@":
        return (
            '<p><strong>Xem thêm:</strong> <a href="'
            + esc(legacy_path(C3))
            + f'">{esc(C3.title)}</a></p>'
        )
    if markup == "@TINLIENQUAN@":
        rel = [C1, H1]
        lis = "".join(
            f'<tr><td>» <a href="{art_path(s)}">{esc(s.title)}</a></td></tr>' for s in rel
        )
        return (
            '<table align="right" border="1" cellpadding="5" cellspacing="0" '
            'style="width:40%; margin:0 0 8px 12px; border-color:#c9d7e8">'
            '<tbody><tr><td style="background:#e8f0fb"><strong>TIN LIÊN QUAN</strong></td></tr>'
            f"{lis}</tbody></table>"
        )
    if story.opts.get("enc") == "entities":
        return entity_mix(markup, 1)
    return markup


# --- chrome --------------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "/gioi-thieu/",
        [
            ("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu.html"),
            ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc.html"),
        ],
    ),
    (
        "Tin tức",
        "/tin-tuc/",
        [
            ("Tin hoạt động", "/tin-tuc/tin-hoat-dong/"),
            ("Chuyên môn - Nghiệp vụ", "/tin-tuc/chuyen-mon-nghiep-vu/"),
        ],
    ),
    ("Thông báo", "/thong-bao/", [("Thông báo chung", "/thong-bao/thong-bao-chung/")]),
    ("Văn bản", "/van-ban/", []),
    ("Thư viện", "#", [("Thư viện ảnh", "/thu-vien-anh/"), ("Video", "/video/")]),
    ("Liên hệ", "/lien-he/", []),
]


def _menu() -> str:
    items = []
    for label, href, subs in _MENU:
        if subs:
            sub = "".join(f'<li><a href="{h}" title="{esc(t)}">{esc(t)}</a></li>' for t, h in subs)
            items.append(
                f'<li class="dropdown mnu-cap1"><a class="dropdown-toggle" href="{href}" '
                f'title="{esc(label)}">{esc(label)} <b class="caret"></b></a>'
                f'<ul class="dropdown-menu mnu-cap2">{sub}</ul></li>'
            )
        else:
            items.append(f'<li class="mnu-cap1"><a href="{href}" title="{esc(label)}">{esc(label)}</a></li>')
    return (
        '<nav class="egov-mnungang navbar navbar-default" role="navigation">'
        '<ul class="nav navbar-nav" id="menu_egov">' + "".join(items) + "</ul>"
        '<form action="/seek/" method="get" class="egov-timkiem navbar-form navbar-right">'
        '<input type="text" name="q" maxlength="60" placeholder="Tìm kiếm..." />'
        '<button type="submit" class="btn"><em class="fa fa-search"></em></button></form></nav>'
    )


def _breadcrumbs(items: list[tuple[str, str]]) -> str:
    lis = []
    for n, (label, href) in enumerate([("Trang nhất", "/"), *items], start=1):
        lis.append(
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f'<a href="{href}" itemprop="item" title="{esc(label)}"><span itemprop="name">'
            f'{esc(label)}</span></a><i class="hidden" itemprop="position" content="{n}"></i></li>'
        )
    return (
        '<div class="breadcrumbs-wrap"><div class="display">'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);">'
        '<em class="fa fa-lg fa-angle-right"></em></a>'
        '<ul class="breadcrumbs list-none"></ul></div><ul class="subs-breadcrumbs"></ul>'
        '<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">'
        + "".join(lis)
        + "</ul></div>"
    )


def _left_col() -> str:
    docs = "".join(
        f'<li><a href="{d["path"]}" title="{esc(d["trichyeu"])}"><strong>{esc(d["so"])}</strong></a>'
        f'<p class="vb-ty">{esc(d["trichyeu"])}</p><span class="vb-ngay">{d["ngay"]}</span></li>'
        for d in LAWS
    )
    return (
        '<div class="col-sm-6 col-md-6 col-sm-pull-12 col-md-pull-12 egov-cot-trai">'
        '<div class="egov-khoi"><h3 class="egov-khoi-tieude"><span>Giới thiệu</span></h3>'
        '<div class="egov-khoi-nd"><ul class="dm-gioithieu">'
        '<li><a href="/gioi-thieu/chuc-nang-nhiem-vu.html">Chức năng, nhiệm vụ</a></li>'
        '<li><a href="/gioi-thieu/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li>'
        "</ul></div></div>"
        '<div class="egov-khoi"><h3 class="egov-khoi-tieude"><span>Văn bản mới</span></h3>'
        f'<div class="egov-khoi-nd"><ul class="vbmoi">{docs}</ul>'
        '<p class="text-right"><a href="/van-ban/">Xem tất cả »</a></p></div></div>'
        '<div class="egov-khoi"><h3 class="egov-khoi-tieude"><span>Liên kết</span></h3>'
        '<div class="egov-khoi-nd lk-banner">'
        '<a href="https://moet.gov.vn" target="_blank"><img src="/uploads/banners/bo-gddt.png" alt="Bộ GD&amp;ĐT" /></a>'
        '<a href="https://binhphuoc.gov.vn" target="_blank"><img src="/uploads/banners/cong-ttdt-tinh.png" alt="Cổng TTĐT tỉnh" /></a>'
        '<a href="https://dichvucong.binhphuoc.gov.vn" target="_blank"><img src="/uploads/banners/dvc.png" alt="Dịch vụ công" /></a>'
        '<a href="https://csdl.moet.gov.vn" target="_blank"><img src="/uploads/banners/csdl-nganh.png" alt="CSDL ngành" /></a>'
        "</div></div></div>"
    )


_MOST_READ = [H1, H2, C1, T2]


def _right_col() -> str:
    tb = "".join(
        f'<li><em class="fa fa-caret-right"></em> <a href="{art_path(s)}" title="{esc(s.title)}">'
        f"{_title(s)}</a> <span class=\"tb-ngay\">({_publ(s):%d/%m/%Y})</span></li>"
        for s in (T1, T2, T3)
    )
    hot = "".join(
        f'<li class="clearfix"><a href="{art_path(s)}" title="{esc(s.title)}">'
        f'<img src="{s.opts["thumb"]}" alt="" width="60" class="img-thumbnail pull-left" />'
        f"{_title(s)}</a></li>"
        for s in _MOST_READ
    )
    return (
        '<div class="col-sm-6 col-md-6 egov-cot-phai">'
        '<div class="egov-khoi tbao"><h3 class="egov-khoi-tieude"><span>Thông báo</span></h3>'
        f'<div class="egov-khoi-nd"><ul class="ds-tbao">{tb}</ul>'
        '<p class="text-right"><a href="/thong-bao/thong-bao-chung/">Xem thêm »</a></p></div></div>'
        '<div class="egov-khoi"><h3 class="egov-khoi-tieude"><span>Tin xem nhiều</span></h3>'
        f'<div class="egov-khoi-nd"><ul class="tinxemnhieu list-none">{hot}</ul></div></div>'
        '<div class="egov-khoi"><h3 class="egov-khoi-tieude"><span>Thăm dò ý kiến</span></h3>'
        '<div class="egov-khoi-nd"><form action="/voting/" method="post" id="voting_2">'
        "<p><strong>Bạn thường tìm thông tin gì trên Cổng thông tin của Sở?</strong></p>"
        '<input type="hidden" name="vid" value="2" />'
        '<div class="radio"><label><input type="radio" name="option" value="5" /> Tin tức, sự kiện</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="6" /> Văn bản chỉ đạo, điều hành</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="7" /> Thông báo tuyển sinh, thi cử</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="8" /> Thủ tục hành chính</label></div>'
        '<input type="submit" class="btn btn-primary btn-sm" value="Biểu quyết" /> '
        '<input type="button" class="btn btn-default btn-sm" value="Kết quả" '
        "onclick=\"nv_sendvoting(this.form, '2', 1, '7f3c1e', '');\" /></form></div></div>"
        '<div class="egov-khoi"><h3 class="egov-khoi-tieude"><span>Thống kê truy cập</span></h3>'
        '<div class="egov-khoi-nd"><ul class="counter list-none display-table">'
        '<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>37</span></li>'
        '<li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Hôm nay</span><span>1.482</span></li>'
        '<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>9.215</span></li>'
        '<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>3.862.407</span></li>'
        "</ul></div></div></div>"
    )


def layout(
    request: Request,
    title: str,
    main: str,
    *,
    head_extra: str = "",
    home: bool = False,
    description: str = "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Bình Phước",
) -> Response:
    marquee = ""
    if home:
        links = " &nbsp;|&nbsp; ".join(
            f'<a href="{esc(legacy_path(s))}">{_title(s)}</a>' for s in (T1, T2)
        )
        marquee = (
            '<div class="egov-chaytin"><span class="lbl">Tin mới:</span>'
            f'<marquee behavior="scroll" scrollamount="3" onmouseover="this.stop()" '
            f'onmouseout="this.start()">{links}</marquee></div>'
        )
    page = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}" />
<meta name="keywords" content="sở giáo dục, bình phước, giáo dục đào tạo" />
<meta name="news_keywords" content="" />
<meta name="author" content="{esc(SITE)}" />
<meta name="copyright" content="{esc(SITE)} [sgddt@binhphuoc.gov.vn]" />
<meta name="generator" content="NukeViet v4.2" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:site_name" content="{esc(SITE)}" />
{head_extra}
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/egov/css/bootstrap.min.css">
<link rel="StyleSheet" href="/themes/egov/css/style.css">
<link rel="StyleSheet" href="/themes/egov/css/egov.responsive.css">
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Vtg4a",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1;</script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/egov/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="egov-dautrang">
 <div class="wraper">
  <div class="egov-ngay"><em class="fa fa-calendar"></em> {HEADER_DATE}</div>
  <div class="egov-lienket-nhanh"><a href="https://mail.binhphuoc.gov.vn" target="_blank">Thư điện tử công vụ</a> | <a href="/users/login/" rel="nofollow">Đăng nhập</a></div>
  <div class="egov-banner"><a title="{esc(SITE)}" href="/"><img src="/uploads/logo-sgddt-binhphuoc.png" width="90" height="90" alt="{esc(SITE)}" /></a>
   <div class="egov-tendv"><span class="cq-chuquan">UBND TỈNH BÌNH PHƯỚC</span><h1 class="egov-tendv">SỞ GIÁO DỤC VÀ ĐÀO TẠO</h1><span class="egov-slogan">Cổng thông tin điện tử</span></div>
  </div>
 </div>
</div>
<div class="wraper">{_menu()}</div>
<div class="wraper">{marquee}
<div class="row egov-3cot">
<div class="col-sm-12 col-md-12 col-sm-push-6 col-md-push-6 egov-cot-giua">
{main}
</div>
{_left_col()}
{_right_col()}
</div>
</div>
<footer id="footer" class="egov-chantrang">
 <div class="wraper">
  <div class="row">
   <div class="col-md-16 ft-thongtin">
    <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH PHƯỚC</strong></p>
    <p>Chịu trách nhiệm chính: Ông Nguyễn Minh Quang - Giám đốc Sở</p>
    <p>Địa chỉ: Số 758 Quốc lộ 14, phường Tân Bình, TP. Đồng Xoài, tỉnh Bình Phước</p>
    <p>Điện thoại: 0271.3879.228 - Fax: 0271.3879.229 - Email: sgddt@binhphuoc.gov.vn</p>
    <p>Giấy phép số 05/GP-TTĐT ngày 12/3/2019 của Sở Thông tin và Truyền thông tỉnh Bình Phước</p>
   </div>
   <div class="col-md-8 ft-bq">
    <p>© Bản quyền thuộc về Sở GD&amp;ĐT tỉnh Bình Phước</p>
    <p>Ghi rõ nguồn "Cổng TTĐT Sở GD&amp;ĐT Bình Phước" khi phát hành lại thông tin từ website này.</p>
    <p class="ft-giaodien">Giao diện eGov v2.3 - Thiết kế: Công ty TNHH Giải pháp Tin học Sao Việt | Powered by <a href="https://nukeviet.vn" target="_blank">NukeViet CMS</a></p>
    <p><a href="https://www.facebook.com/sgddtbinhphuoc" target="_blank"><em class="fa fa-facebook-square fa-lg"></em></a> <a href="https://zalo.me/sgddtbinhphuoc" target="_blank">Zalo OA</a></p>
   </div>
  </div>
 </div>
</footer>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
</div>
<a id="totop" href="#" title="Về đầu trang"><em class="fa fa-angle-up fa-2x"></em></a>
<script src="/themes/egov/js/bootstrap.min.js"></script>
</body>
</html>
"""
    return html(page)


# --- pages ---------------------------------------------------------------------------------------


def _abs(request: Request, path: str) -> str:
    return base_url(request) + path


def _listing_item(story: Story, link: str) -> str:
    hometext = story.summary or collapse(" ".join(story.paragraphs))[:180] + "..."
    return (
        '<div class="news_column panel panel-default tin-ds"><div class="panel-body">'
        f'<a href="{link}" title="{esc(story.title)}"><img alt="{esc(story.title)}" '
        f'src="{story.opts["thumb"]}" width="140" class="img-thumbnail pull-left imghome" /></a>'
        f'<h3><a href="{link}" title="{esc(story.title)}">{_title(story)}</a></h3>'
        '<div class="text-muted"><ul class="list-unstyled list-inline">'
        f'<li><em class="fa fa-clock-o">&nbsp;</em> {_publ(story):%d/%m/%Y %H:%M}</li>'
        f'<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {story.views()}</li>'
        '<li><em class="fa fa-comment-o">&nbsp;</em> Phản hồi: '
        f"{len(story.opts.get('comments', []))}</li></ul></div>"
        f"<p>{_t(story, hometext)}</p></div></div>"
    )


def _list_row(story: Story, link: str) -> str:
    return (
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{link}" title="{esc(story.title)}">'
        f'{_title(story)}</a> <span class="text-muted">({_publ(story):%d/%m/%Y})</span></li>'
    )


def _pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}"

    lis = []
    if page > 1:
        lis.append(f'<li><a href="{href(page - 1)}" rel="prev">«</a></li>')
    else:
        lis.append('<li class="disabled"><a href="#">«</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            lis.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            lis.append(f'<li><a href="{href(n)}">{n}</a></li>')
    if page < pages:
        lis.append(f'<li><a href="{href(page + 1)}" rel="next">»</a></li>')
    else:
        lis.append('<li class="disabled"><a href="#">»</a></li>')
    return f'<div class="text-center"><ul class="pagination">{"".join(lis)}</ul></div>'


def cat_page(request: Request, module: str, cat: str, page: int) -> Response | None:
    title, per = CATS[(module, cat)]
    rows = _in_cat(module, cat)
    pages = (len(rows) + per - 1) // per
    base = f"/{module}/{cat}/"
    if page < 1:
        return None
    if page > pages:
        return redirect(base, 302)
    chunk = rows[(page - 1) * per : page * per]
    if module == "thong-bao":
        body = '<ul class="list-unstyled related tb-list">' + "".join(
            _list_row(s, link) for s, link in chunk
        ) + "</ul>"
    else:
        body = "".join(_listing_item(s, link) for s, link in chunk)
    main = (
        _breadcrumbs([(MODULES[module], f"/{module}/"), (title, base)])
        + f'<div class="egov-tieude-cm"><h2>{esc(title)}</h2></div>'
        + body
        + _pagination(base, page, pages)
    )
    suffix = f" - Trang {page}" if page > 1 else ""
    head = f'<link rel="canonical" href="{_abs(request, base if page == 1 else f"{base}page-{page}")}" />'
    return layout(request, f"{title}{suffix} - {MODULES[module]} - {SITE}", main, head_extra=head)


def module_main(request: Request, module: str) -> Response:
    parts = [_breadcrumbs([(MODULES[module], f"/{module}/")])]
    for (mod, cat), (title, _per) in CATS.items():  # numlinks of the block: at most 4
        if mod != module:
            continue
        rows = _in_cat(module, cat)
        # the main page lists each category's entries under their primary link only
        rows = [(s, link) for s, link in rows if s.cat == cat][: min(4, _per)]
        first, rest = rows[0], rows[1:]
        s, link = first
        others = "".join(_list_row(o, olink) for o, olink in rest)
        parts.append(
            '<div class="news_column panel panel-default cm-khoi"><div class="panel-heading">'
            f'<h2><a href="/{module}/{cat}/" title="{esc(title)}">{esc(title)}</a></h2></div>'
            '<div class="panel-body"><div class="row"><div class="col-md-12">'
            f'<a href="{link}"><img src="{s.opts["thumb"]}" alt="" class="img-thumbnail" width="200" /></a>'
            f'<h3><a href="{link}" title="{esc(s.title)}">{_title(s)}</a></h3>'
            f"<p>{_t(s, s.summary or '')}</p></div>"
            f'<div class="col-md-12"><ul class="related list-unstyled">{others}</ul></div></div>'
            "</div></div>"
        )
    return layout(request, f"{MODULES[module]} - {SITE}", "".join(parts))


def home(request: Request) -> Response:
    feat = H1
    feat_list = "".join(
        f'<li><a href="{art_path(s)}" title="{esc(s.title)}">{_title(s)}</a></li>' for s in (H2, C1, H3)
    )

    def block(title: str, href: str, items: list[Story]) -> str:
        lis = "".join(
            f'<li class="clearfix"><a href="{art_path(s)}"><img src="{s.opts["thumb"]}" '
            f'alt="{esc(s.title)}" width="90" class="img-thumbnail pull-left" /></a>'
            f'<a class="tt-tieude" href="{art_path(s)}" title="{esc(s.title)}">{_title(s)}</a>'
            f'<span class="tt-ngay">{_publ(s):%d/%m/%Y}</span></li>'
            for s in items
        )
        return (
            f'<div class="egov-khoitin"><h2 class="egov-khoitin-tieude"><a href="{href}">{esc(title)}</a>'
            f'<a class="xemtiep" href="{href}">Xem tiếp</a></h2><ul class="ds-tin">{lis}</ul></div>'
        )

    main = (
        '<div class="egov-noibat row"><div class="col-md-14 nb-lon">'
        f'<a href="{art_path(feat)}"><img src="{feat.blocks[1].src}" alt="{esc(feat.title)}" class="img-responsive" /></a>'
        f'<h2><a href="{art_path(feat)}" title="{esc(feat.title)}">{_title(feat)}</a></h2>'
        f"<p>{_t(feat, feat.summary or '')}</p></div>"
        f'<div class="col-md-10 nb-ds"><ul>{feat_list}</ul></div></div>'
        + block("Tin hoạt động", "/tin-tuc/tin-hoat-dong/", [H1, H2, H3, H4])
        + block("Chuyên môn - Nghiệp vụ", "/tin-tuc/chuyen-mon-nghiep-vu/", [C1, C2, C3])
        + '<div class="egov-khoitin video-home"><h2 class="egov-khoitin-tieude"><a href="/video/">Video</a></h2>'
        f'<a href="{VIDEO["path"]}"><img src="/uploads/video/2026_11/phong-su-20-11.jpg" alt="" width="300" /></a>'
        f'<p><a href="{VIDEO["path"]}">{esc(VIDEO["title"])}</a></p></div>'
    )
    return layout(request, SITE, main, home=True)


def _head_article(request: Request, story: Story, canonical: str, desc: str) -> str:
    d = _publ(story)
    og_img = story.opts.get("og_image") or next(
        (b.src for b in story.blocks if isinstance(b, Img)), story.opts["thumb"]
    )
    return (
        f'<meta property="og:title" content="{esc(story.opts.get("titlesite") or story.title)}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n'
        f'<meta property="og:image" content="{esc(_abs(request, og_img))}" />\n'
        f'<meta property="og:url" content="{esc(canonical)}" />\n'
        f'<meta property="article:published_time" content="{d:%Y-%m-%d}+07{d:%H:%M}:00" />\n'
        f'<meta property="article:modified_time" content="{d + _dt.timedelta(hours=26):%Y-%m-%d}+07{d:%H:%M}:00" />\n'
        f'<meta property="article:section" content="{esc(CATS[(_mod(story), story.cat)][0])}" />\n'
        f'<link rel="canonical" href="{esc(canonical)}" />'
    )


def _others(story: Story) -> str:
    newer = [
        s for s in STORIES
        if _mod(s) == _mod(story) and s.cat == story.cat and _publ(s) > _publ(story)
    ]
    newer.sort(key=_publ)
    newer = newer[:4]
    if not newer:
        return ""
    return (
        '<div class="news_column panel panel-default"><div class="panel-body other-news">'
        '<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix">'
        '<ul class="related list-items">'
        + "".join(_list_row(s, art_path(s)) for s in newer)
        + "</ul></div></div></div>"
    )


def _files(story: Story, link: str) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    rows = []
    for name, fid in files:
        dl = f"{link}?download=1&amp;id={fid}"
        rows.append(
            '<div class="list-group-item">'
            f'<span class="badge"><a role="button" data-toggle="collapse" href="#file-{story.id}-{fid}">Xem trực tuyến</a></span>'
            f'<span class="badge"><a href="{dl}" title="{esc(name)}">Tải về</a></span>'
            f'<em class="fa fa-file-pdf-o"></em> <a href="{dl}" title="{esc(name)}">{esc(name)}</a>'
            f'<div id="file-{story.id}-{fid}" class="collapse"><iframe frameborder="0" height="600" '
            'scrolling="yes" width="100%" src="https://docs.google.com/viewer?embedded=true&amp;url='
            f'{quote("http://sgddt.binhphuoc.gov.vn" + link)}%3Fdownload%3D1%26id%3D{fid}"></iframe></div></div>'
        )
    return (
        '<div class="news_column panel panel-default"><div class="panel-heading">'
        '<em class="fa fa-download"></em> <strong>Tệp tin đính kèm</strong></div>'
        f'<div class="list-group news-download-file">{"".join(rows)}</div></div>'
    )


def _comments(story: Story) -> str:
    items = story.opts.get("comments", [])
    lis = "".join(
        '<li class="media"><a class="pull-left" href="#"><img class="media-object bg-gainsboro" '
        'src="/themes/default/images/users/no_avatar.png" alt="" width="40" /></a>'
        f'<div class="media-body"><div><strong>{esc(name)}</strong> '
        f'<span class="small"><em class="fa fa-clock-o"></em> {when}</span></div>'
        f'<div class="ndung-bl">{esc(msg)}</div>'
        '<div class="comment-reply"><a href="#cm-form">Trả lời</a> · <em class="fa fa-thumbs-o-up"></em> 0</div>'
        "</div></li>"
        for name, when, msg in items
    )
    return (
        '<div id="idcomment" class="nv-fullbg"><div class="row clearfix margin-bottom-lg">'
        '<div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> '
        "Ý kiến bạn đọc</p></div></div>"
        f'<div id="showcomment" class="margin-bottom-lg"><ul class="comment-list">{lis}</ul></div>'
        '<div id="formcomment" class="comment-form"><form method="post" action="javascript:void(0);" id="cm-form">'
        '<input type="text" class="form-control" name="name" placeholder="Họ và tên" />'
        '<input type="email" class="form-control" name="email" placeholder="Email" />'
        '<textarea class="form-control" name="content" placeholder="Nội dung bình luận"></textarea>'
        '<input type="button" class="btn btn-primary" value="Gửi bình luận" onclick="nv_commment_submit(this.form);" />'
        "</form></div></div>"
    )


def article_page(request: Request, story: Story, via_cat: str) -> Response:
    module = _mod(story)
    link = art_path(story)
    canonical = _abs(request, link)
    cat_title = CATS[(module, via_cat)][0]
    views = story.views()
    home_img = next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)
    hometext = ""
    if story.summary and story.sapo_outside:
        fig = ""
        if home_img:
            fig = (
                '<figure class="article center"><img alt="'
                f'{esc(story.title)}" src="{esc(home_img.src)}" width="660" class="img-thumbnail" />'
                f"<figcaption>{_t(story, home_img.printed or '')}</figcaption></figure>"
            )
        hometext = (
            f'<div class="clearfix"><div class="hometext m-bottom">{_t(story, story.summary)}</div>'
            f"{fig}</div>"
        )
    byline = ""
    if story.opts.get("author_line") or story.opts.get("source_line"):
        parts = []
        if story.opts.get("author_line"):
            parts.append(
                f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(story.opts["author_line"])}</p>'
            )
        if story.opts.get("source_line"):
            name, url = story.opts["source_line"]
            parts.append(
                '<p class="h5 text-right"><strong>Nguồn tin: </strong>'
                f'<a title="{esc(name)}" rel="nofollow noopener noreferrer" href="{esc(url)}" target="_blank">{esc(name)}</a></p>'
            )
        byline = f'<div class="margin-bottom-lg">{"".join(parts)}</div>'
    tags = story.opts.get("tags", [])
    tag_html = ""
    if tags:
        tag_html = (
            '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
            '<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
            + ", ".join(
                f'<a title="{esc(TAGS[t])}" href="/{module}/tag/{t}"><em>{esc(TAGS[t])}</em></a>'
                for t in tags
            )
            + "</div></div></div>"
        )
    score = 3 + story.id % 3
    rating = (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        '<form id="form3B" action=""><div class="h5 clearfix">'
        f'<p>Tổng điểm của bài viết là: {score * 4} trong {4} đánh giá</p>'
        '<div style="padding: 5px;">'
        + "".join(
            f'<input class="hover-star" type="radio" value="{n}" title="Bài viết {n} sao" />'
            for n in range(1, 6)
        )
        + '<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span>'
        "</div></div></form></div></div>"
    )
    share = (
        '<div class="news_column panel panel-default"><div class="panel-body egov-chiase">'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(canonical)}" target="_blank" rel="nofollow">'
        '<em class="fa fa-facebook-square"></em> Chia sẻ</a> '
        f'<a href="https://sp.zalo.me/share_inline?u={quote(canonical)}" target="_blank" rel="nofollow">Zalo</a>'
        "</div></div>"
    )
    t_attr = esc(story.title)
    main = f"""{_breadcrumbs([(MODULES[module], f"/{module}/"), (cat_title, f"/{module}/{via_cat}/")])}
<div class="news_column panel panel-default egov-ctin">
 <div class="panel-body">
  <h1 class="title margin-bottom-lg">{_title(story)}</h1>
  <div class="row margin-bottom-lg">
   <div class="col-md-12">
    <span class="h5">{_vn_time(story)}</span>
    <span class="ct-luotxem"><em class="fa fa-eye"></em> Lượt xem: {views}</span>
    <span class="ct-nguoidang"><em class="fa fa-user"></em> Người đăng: {"tb_vanphong" if module == "thong-bao" else "sgd_bbt"}</span>
   </div>
   <div class="col-md-12">
    <ul class="list-inline text-right ct-congcu">
     <li class="cochu">Cỡ chữ: <a href="javascript:void(0);" onclick="nv_fontsize(-1);">A-</a> <a href="javascript:void(0);" onclick="nv_fontsize(0);">A</a> <a href="javascript:void(0);" onclick="nv_fontsize(1);">A+</a></li>
     <li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('{sendmail_path(story)}','{t_attr}',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
     <li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{print_path(story)}','{t_attr}',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
    </ul>
   </div>
  </div>
  <div class="egov-nghedoc clearfix">
   <span class="nd-nhan"><em class="fa fa-headphones"></em> Nghe đọc bài viết</span>
   <select class="nd-giong" name="voice"><option value="banmai">Giọng nữ miền Bắc</option><option value="lannhi">Giọng nữ miền Nam</option><option value="leminh">Giọng nam miền Bắc</option></select>
   <audio controls preload="none" src="/tts/{module}-{story.id}.mp3">Trình duyệt không hỗ trợ audio.</audio>
  </div>
  {hometext}
  <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_body(story)}
  </div>
  {_files(story, link)}
  {byline}
  <div class="alert alert-info margin-bottom-lg">Bản quyền thuộc về Sở GD&amp;ĐT tỉnh Bình Phước. Khi phát hành lại thông tin từ website này cần ghi rõ nguồn "Cổng TTĐT Sở GD&amp;ĐT Bình Phước".</div>
 </div>
</div>
{tag_html}
{rating}
{share}
{_comments(story) if story.opts.get("comments") else ""}
{_others(story)}
"""
    desc = story.summary or collapse(" ".join(story.paragraphs))[:160]
    title = f"{story.opts.get('titlesite') or story.title} - {cat_title} - {SITE}"
    return layout(
        request, title, main, head_extra=_head_article(request, story, canonical, desc), description=desc
    )


def print_page(request: Request, story: Story) -> Response:
    link = art_path(story)
    hometext = (
        f'<div class="m-bottom"><p class="hometext">{_t(story, story.summary)}</p></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    home_img = next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)
    fig = (
        f'<p class="text-center"><img src="{esc(home_img.src)}" alt="" width="500" /><br />'
        f"<em>{_t(story, home_img.printed or '')}</em></p>"
        if home_img
        else ""
    )
    author = (
        f'<div class="text-right"><strong>Tác giả: </strong>{esc(story.opts["author_line"])}</div>'
        if story.opts.get("author_line")
        else ""
    )
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" />
<title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="StyleSheet" href="/themes/egov/css/print.css">
</head><body>
<div id="print">
 <div id="hd_print"><h2 class="pull-left">{esc(SITE)}</h2>
  <p class="pull-right"><a title="In ra" href="javascript:;" onclick="window.print()"><em class="fa fa-print"></em> In ra</a></p></div>
 <div class="clear"></div><hr />
 <div id="content">
  <h1>{_title(story)}</h1>
  <ul class="list-inline"><li>{_vn_time(story)}</li><li class="hit">Lượt xem: {story.views()}</li></ul>
  <div class="clear"></div>
  {hometext}{fig}
  <div id="bodytext" class="clearfix">{render_body(story)}</div>
  {author}
 </div>
 <div id="footer" class="clearfix"><div id="url"><strong>URL của bài viết này: </strong>
  <a href="{link}" title="{esc(story.title)}">{esc(_abs(request, link))}</a></div>
  <div class="copyright">© {esc(SITE)}</div>
  <div id="contact"><a href="mailto:sgddt@binhphuoc.gov.vn">sgddt@binhphuoc.gov.vn</a></div></div>
</div></body></html>"""
    return html(page)


def sendmail_page(request: Request, story: Story) -> Response:
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />
<title>Gửi bài viết qua email</title><meta name="robots" content="noindex, nofollow" /></head>
<body><div class="sendmail"><p class="h3">Gửi bài viết qua email: {_title(story)}</p>
<form method="post" action="{sendmail_path(story)}">
<label>Tên của bạn</label><input type="text" name="name" />
<label>Email của bạn</label><input type="email" name="youremail" />
<label>Gửi tới email</label><input type="email" name="email" />
<label>Nội dung</label><textarea name="content"></textarea>
<input type="hidden" name="checkss" value="c52f1bd66cc19d05628bd8bf27af3ad6" />
<input type="submit" value="Gửi" /></form></div></body></html>"""
    return html(page)


def tag_page(request: Request, module: str, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    rows = [s for s in STORIES if _mod(s) == module and tag in s.opts.get("tags", [])]
    if not rows:
        return None
    rows.sort(key=_publ, reverse=True)
    main = (
        _breadcrumbs([(MODULES[module], f"/{module}/"), (TAGS[tag], f"/{module}/tag/{tag}")])
        + f'<div class="egov-tieude-cm"><h2>Từ khóa: {esc(TAGS[tag])}</h2></div>'
        + "".join(_listing_item(s, art_path(s)) for s in rows)
    )
    return layout(request, f"{TAGS[tag]} - {MODULES[module]} - {SITE}", main)


# --- the other modules ---------------------------------------------------------------------------

LAWS = [
    {
        "id": 45,
        "path": "/van-ban/detail/Ke-hoach-2145-KH-SGDDT-thuc-hien-giao-duc-STEM-cap-trung-hoc-45.html",
        "so": "2145/KH-SGDĐT",
        "trichyeu": "Kế hoạch thực hiện giáo dục STEM cấp trung học năm học 2026-2027",
        "ngay": "27/11/2026",
        "loai": "Kế hoạch",
        "nguoiky": "Trần Văn Hòa",
        "file": "/uploads/van-ban/2026_11/2145-kh-sgddt.pdf",
    },
    {
        "id": 44,
        "path": "/van-ban/detail/Cong-van-2098-SGDDT-GDTrH-huong-dan-kiem-tra-danh-gia-hoc-ky-I-44.html",
        "so": "2098/SGDĐT-GDTrH",
        "trichyeu": "Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027 cấp trung học",
        "ngay": "20/11/2026",
        "loai": "Công văn",
        "nguoiky": "Trần Văn Hòa",
        "file": "/uploads/van-ban/2026_11/2098-sgddt-gdtrh.pdf",
    },
]

ALBUM = {
    "path": "/thu-vien-anh/hoat-dong-nganh/hoi-thi-giao-vien-day-gioi-thpt-2026-2027-21.html",
    "title": "Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027",
    "date": "05/12/2026 08:10",
    "photos": [
        ("/uploads/thu-vien-anh/2026_12/gvdg-01.jpg", "Lễ khai mạc hội thi"),
        ("/uploads/thu-vien-anh/2026_12/gvdg-02.jpg", "Giáo viên dự thi tiết dạy môn Vật lí"),
        ("/uploads/thu-vien-anh/2026_12/gvdg-03.jpg", "Ban giám khảo chấm tiết dạy"),
    ],
}

VIDEO = {
    "path": "/video/phong-su/phong-su-chao-mung-ngay-nha-giao-viet-nam-20-11-2026-12.html",
    "title": "Phóng sự chào mừng Ngày Nhà giáo Việt Nam 20/11/2026",
    "date": "Thứ sáu - 20/11/2026 15:00",
}

PAGES = {
    "/gioi-thieu/chuc-nang-nhiem-vu.html": (
        "Chức năng, nhiệm vụ",
        [
            "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Bình Phước, "
            "tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục "
            "và đào tạo trên địa bàn tỉnh.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về "
            "tổ chức, biên chế và hoạt động của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, "
            "hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
        ],
    ),
    "/gioi-thieu/co-cau-to-chuc.html": (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở: Giám đốc và các Phó Giám đốc.",
            "Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - "
            "Tài chính; Phòng Giáo dục Mầm non; Phòng GDTH; Phòng Giáo dục Trung học; Phòng Giáo "
            "dục thường xuyên - Chuyên nghiệp; Phòng Khảo thí và Quản lý chất lượng giáo dục.",
            "Đơn vị sự nghiệp trực thuộc: 45 trường THPT, trường phổ thông dân tộc nội trú, trung "
            "tâm GDNN-GDTX và Trung tâm Ngoại ngữ - Tin học.",
        ],
    ),
}


def law_page(request: Request, law: dict) -> Response:
    rows = [
        ("Số ký hiệu", law["so"]),
        ("Ngày ban hành", law["ngay"]),
        ("Loại văn bản", law["loai"]),
        ("Cơ quan ban hành", "Sở Giáo dục và Đào tạo"),
        ("Người ký", law["nguoiky"]),
        ("Trích yếu", law["trichyeu"]),
        ("Tình trạng hiệu lực", "Còn hiệu lực"),
    ]
    table = "".join(f'<tr><td class="vb-nhan">{esc(k)}</td><td>{esc(v)}</td></tr>' for k, v in rows)
    main = (
        _breadcrumbs([("Văn bản", "/van-ban/")])
        + '<div class="panel panel-default laws-detail"><div class="panel-body">'
        + f'<h1 class="vb-tieude">{esc(law["trichyeu"])}</h1>'
        + f'<table class="table table-bordered table-striped">{table}</table>'
        + f'<p><em class="fa fa-download"></em> Tải về: <a href="{law["file"]}">{esc(law["so"])}.pdf</a></p>'
        + "</div></div>"
    )
    return layout(request, f"{law['so']} - Văn bản - {SITE}", main)


def laws_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td class="text-center">{n}</td><td><a href="{d["path"]}">{esc(d["so"])}</a></td>'
        f'<td>{d["ngay"]}</td><td>{esc(d["trichyeu"])}</td>'
        f'<td class="text-center"><a href="{d["file"]}" title="Tải về"><em class="fa fa-download"></em></a></td></tr>'
        for n, d in enumerate(LAWS, start=1)
    )
    main = (
        _breadcrumbs([("Văn bản", "/van-ban/")])
        + '<table class="table table-bordered laws-list"><thead><tr><th>STT</th><th>Số ký hiệu</th>'
        + f"<th>Ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return layout(request, f"Văn bản - {SITE}", main)


def album_page(request: Request) -> Response:
    photos = "".join(
        f'<div class="col-xs-12 col-md-8 anh-item"><a href="{src}" data-fancybox="album21">'
        f'<img src="{src}" alt="{esc(cap)}" class="img-thumbnail" /></a><p class="anh-mota">{esc(cap)}</p></div>'
        for src, cap in ALBUM["photos"]
    )
    main = (
        _breadcrumbs([("Thư viện ảnh", "/thu-vien-anh/"), ("Hoạt động ngành", "/thu-vien-anh/")])
        + '<div class="panel panel-default album-detail"><div class="panel-body">'
        + f'<h1 class="album-title">{esc(ALBUM["title"])}</h1>'
        + f'<p class="text-muted"><em class="fa fa-clock-o"></em> {ALBUM["date"]} · 3 ảnh</p>'
        + "<p>Một số hình ảnh tại Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027 "
        + "diễn ra tại Trường THPT chuyên Quang Trung.</p>"
        + f'<div class="row">{photos}</div></div></div>'
    )
    return layout(request, f"{ALBUM['title']} - Thư viện ảnh - {SITE}", main)


def albums_list(request: Request) -> Response:
    main = (
        _breadcrumbs([("Thư viện ảnh", "/thu-vien-anh/")])
        + '<div class="row album-list"><div class="col-md-8">'
        + f'<a href="{ALBUM["path"]}"><img src="{ALBUM["photos"][0][0]}" alt="" class="img-thumbnail" /></a>'
        + f'<h3><a href="{ALBUM["path"]}">{esc(ALBUM["title"])}</a></h3></div></div>'
    )
    return layout(request, f"Thư viện ảnh - {SITE}", main)


def video_page(request: Request) -> Response:
    main = (
        _breadcrumbs([("Video", "/video/"), ("Phóng sự", "/video/")])
        + '<div class="news_column panel panel-default video-detail"><div class="panel-body">'
        + f'<h1 class="title margin-bottom-lg">{esc(VIDEO["title"])}</h1>'
        + f'<div class="margin-bottom-lg"><span class="h5">{VIDEO["date"]}</span> · Lượt xem: 842</div>'
        + '<div class="hometext m-bottom">Phóng sự của Đài Phát thanh - Truyền hình và Báo Bình Phước '
        + "về những thầy cô giáo tận tụy với học trò vùng biên giới nhân kỷ niệm 44 năm Ngày Nhà "
        + "giáo Việt Nam.</div>"
        + '<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" '
        + 'src="https://www.youtube.com/embed/Qd9kH2xPmW4" allowfullscreen></iframe></div>'
        + "</div></div>"
    )
    return layout(request, f"{VIDEO['title']} - Video - {SITE}", main)


def videos_list(request: Request) -> Response:
    main = (
        _breadcrumbs([("Video", "/video/")])
        + f'<div class="video-list"><a href="{VIDEO["path"]}"><img src="/uploads/video/2026_11/phong-su-20-11.jpg" alt="" /></a>'
        + f'<h3><a href="{VIDEO["path"]}">{esc(VIDEO["title"])}</a></h3></div>'
    )
    return layout(request, f"Video - {SITE}", main)


def static_page(request: Request, path: str) -> Response:
    title, paras = PAGES[path]
    main = (
        _breadcrumbs([("Giới thiệu", "/gioi-thieu/"), (title, path)])
        + f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title">{esc(title)}</h1>'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + "</div></div>"
    )
    return layout(request, f"{title} - Giới thiệu - {SITE}", main)


def intro_main(request: Request) -> Response:
    lis = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, (t, _x) in PAGES.items())
    main = _breadcrumbs([("Giới thiệu", "/gioi-thieu/")]) + f'<ul class="page-list">{lis}</ul>'
    return layout(request, f"Giới thiệu - {SITE}", main)


def contact_page(request: Request) -> Response:
    main = (
        _breadcrumbs([("Liên hệ", "/lien-he/")])
        + '<div class="panel panel-default"><div class="panel-body"><h1 class="title">Liên hệ</h1>'
        + "<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH PHƯỚC</strong></p>"
        + "<p>Địa chỉ: Số 758 Quốc lộ 14, phường Tân Bình, TP. Đồng Xoài, tỉnh Bình Phước</p>"
        + "<p>Điện thoại: 0271.3879.228 - Email: sgddt@binhphuoc.gov.vn</p>"
        + '<form method="post" action="/lien-he/" class="form-lienhe">'
        + '<select name="fpart"><option value="1">Văn phòng Sở</option><option value="2">Phòng Giáo dục Trung học</option></select>'
        + '<input type="text" name="ftitle" placeholder="Tiêu đề" /><input type="text" name="fname" placeholder="Họ và tên" />'
        + '<input type="email" name="femail" placeholder="Email" /><textarea name="fcon"></textarea>'
        + '<input type="submit" value="Gửi thư" /></form></div></div>'
    )
    return layout(request, f"Liên hệ - {SITE}", main)


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    main = (
        _breadcrumbs([("Tìm kiếm", "/seek/")])
        + '<form action="/seek/" method="get"><input type="text" name="q" '
        + f'value="{esc(q)}" /><input type="submit" value="Tìm kiếm" /></form>'
        + "<p>Không tìm thấy kết quả nào phù hợp. Vui lòng nhập từ khóa có từ 3 ký tự trở lên.</p>"
    )
    return layout(request, f"Tìm kiếm - {SITE}", main)


def login_page(request: Request) -> Response:
    main = (
        _breadcrumbs([("Đăng nhập", "/users/login/")])
        + '<form action="/users/login/" method="post" class="form-dangnhap">'
        + '<input type="text" name="nv_login" placeholder="Tên đăng nhập" />'
        + '<input type="password" name="nv_password" placeholder="Mật khẩu" />'
        + '<input type="submit" value="Đăng nhập" /></form>'
    )
    return layout(request, f"Đăng nhập - {SITE}", main)


def voting_page(request: Request) -> Response:
    main = (
        _breadcrumbs([("Thăm dò ý kiến", "/voting/")])
        + "<p>Cảm ơn bạn đã tham gia biểu quyết.</p>"
        + "<p>Kết quả: Tin tức, sự kiện 41%; Văn bản chỉ đạo, điều hành 23%; Thông báo tuyển sinh, "
        + "thi cử 29%; Thủ tục hành chính 7%.</p>"
    )
    return layout(request, f"Thăm dò ý kiến - {SITE}", main)


# --- routing ------------------------------------------------------------------------------------

_BY_TARGET: dict[tuple[str, str, str, int], Story] = {}
for _s in STORIES:
    _BY_TARGET[(_mod(_s), _s.cat, _s.slug, _s.id)] = _s
    for _c in _s.opts.get("listcats", []):
        _BY_TARGET[(_mod(_s), _c, _s.slug, _s.id)] = _s


def _split_alias(rest: str) -> tuple[str, int] | None:
    alias, _, num = rest.rpartition("-")
    if not alias or not num.isdigit():
        return None
    return alias, int(num)


def _find(module: str, cat: str, alias_id: str) -> Story | None:
    parsed = _split_alias(alias_id)
    if not parsed:
        return None
    return _BY_TARGET.get((module, cat, parsed[0], parsed[1]))


class Site:
    def respond(self, request: Request) -> Response | None:
        path, query = request.path, request.query
        if path.startswith(("/uploads/", "/assets/", "/themes/", "/images/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path.startswith("/tts/") and path.endswith(".mp3"):
            return Response(200, b"ID3\x03\x00\x00\x00\x00\x00\x00", {"Content-Type": "audio/mpeg"})
        if path in ("/index.php", "/"):
            if path == "/" and not query:
                return home(request)
            params = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
            nv, op = params.get("nv"), params.get("op", "")
            if path == "/index.php" and not params:
                return home(request)
            if nv in MODULES and op and set(params) <= {"language", "nv", "op"}:
                cat, _, rest = op.partition("/")
                story = _find(nv, cat, rest)
                if story and story.cat == cat:
                    return article_page(request, story, cat)
            return None
        if path == "/users/login/" and not query:
            return login_page(request)
        if path in ("/seek/", "/seek"):
            return search_page(request)
        if path in ("/voting/", "/voting"):
            return voting_page(request)
        if query and not path.endswith(".html"):
            return None
        if path in PAGES and not query:
            return static_page(request, path)
        if path == "/gioi-thieu/":
            return intro_main(request)
        if path == "/lien-he/":
            return contact_page(request)
        if path == "/van-ban/":
            return laws_list(request)
        for law in LAWS:
            if path == law["path"] and not query:
                return law_page(request, law)
        if path == "/thu-vien-anh/":
            return albums_list(request)
        if path == ALBUM["path"] and not query:
            return album_page(request)
        if path == "/video/":
            return videos_list(request)
        if path == VIDEO["path"] and not query:
            return video_page(request)
        parts = path.strip("/").split("/")
        if not parts or parts[0] not in MODULES:
            return None
        module = parts[0]
        if len(parts) == 1 and path.endswith("/"):
            return module_main(request, module)
        if len(parts) == 3 and parts[1] == "tag" and not query:
            return tag_page(request, module, parts[2])
        if len(parts) == 4 and parts[1] in ("print", "sendmail") and parts[3].endswith(".html"):
            story = _find(module, parts[2], parts[3][:-5])
            if not story or story.cat != parts[2] or query:
                return None
            return print_page(request, story) if parts[1] == "print" else sendmail_page(request, story)
        if len(parts) >= 2 and (module, parts[1]) in CATS:
            cat = parts[1]
            if len(parts) == 2 and path.endswith("/") and not query:
                return cat_page(request, module, cat, 1)
            if len(parts) == 3 and parts[2].startswith("page-") and parts[2][5:].isdigit():
                return cat_page(request, module, cat, int(parts[2][5:]))
            if len(parts) == 3 and parts[2].endswith(".html"):
                story = _find(module, cat, parts[2][:-5])
                if not story:
                    return None
                if not query:
                    return article_page(request, story, cat)
                params = request.params
                files = story.opts.get("files", [])
                if params.get("download") == "1" and any(str(f) == params.get("id") for _n, f in files):
                    name = next(n for n, f in files if str(f) == params.get("id"))
                    return Response(
                        200,
                        PDF,
                        {
                            "Content-Type": "application/pdf",
                            "Content-Disposition": f'attachment; filename="{quote(name)}"',
                        },
                    )
                return None
        return None


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = [print_path(story)]
    alts += [art_path(story, c) for c in story.opts.get("listcats", [])]
    if story in LEGACY_LINKED:
        alts.append(legacy_path(story))
    return gold_record(
        story,
        art_path(story),
        CATS[(_mod(story), story.cat)][0],
        canonical_path=art_path(story),
        alt_paths=alts,
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/lien-he/",
    LAWS[0]["path"],
    LAWS[1]["path"],
    ALBUM["path"],
    VIDEO["path"],
]
