"""Trường THCS Chu Văn An (thị xã Sa Pa, Lào Cai): a static site built from Dreamweaver templates.

Platform
--------
Plain ``.html`` files made with Adobe Dreamweaver from a template (``Templates/trang_con.dwt``):
every page carries the ``<!-- InstanceBegin template=… -->`` / ``<!-- InstanceBeginEditable
name="…" -->`` comment regions, the "MM_" JavaScript of Dreamweaver's behaviours (image
rollovers ``MM_swapImage``, ``MM_preloadImages``, the jump menu ``MM_jumpMenu``, pop-up windows
``MM_openBrWindow``), a Spry menu bar (``<ul id="MenuBar1" class="MenuBarHorizontal">``), a
980-px layout table and a few ``div`` boxes. The school's IT teacher has uploaded it by FTP since
2009 and makes each new page by copying the last one, so pages carry what the copy left behind.
The host is IIS: file names are matched case-insensitively and a folder serves its
``index.html``.

URL scheme
----------
- ``/`` (= ``/index.html``): home page — "Tin mới" (five newest news, hand-typed links), a
  "Thông báo" box, sidebar boxes.
- ``/tintuc/index.html`` (= ``/tintuc/``), ``/tintuc/index_2.html``, ``/tintuc/index_3.html``:
  the news list, kept by hand, newest first, five or four a page.
- ``/tintuc/<yyyy>/<file>.html``: news articles, file names typed by hand
  (``Hoi_giang_GVG_2026.html``, ``Ngoai%20khoa%20ATGT.html``, one in ``/tintuc/2025/``).
- ``/thongbao/index.html`` (= ``/thongbao/``) and ``/thongbao/<file>.html``: notices.
- ``/gioithieu.html``, ``/doi_ngu.html``, ``/lienhe.html``, ``/thuvienanh.html``: fixed pages.
- Images under ``/images/…`` (relative ``../../images/…`` links), scripts under ``/SpryAssets/``.

Page templates
--------------
- ``trang_con.dwt`` (most pages): banner cell with the school's name as the page's only ``<h1>``,
  rollover button row, Spry menu bar, left column (Library item "tinmoi.lbi", visitor counter,
  jump menu of links), centre cell with ``<h2>`` section name, breadcrumb, the editable region
  ``noidung`` holding the headline cell ``td.tieude_tin``, the date cell ``td.ngay_dang``, the text
  cell ``td#noidung_tin`` and then (same region, same font) "Các tin khác"; footer with the
  Dreamweaver auto date "Cập nhật lần cuối: <!-- #BeginDate … -->".
- the 2009 template (one article): HTML 4.01, ``charset=windows-1258`` in a meta tag only, tone
  marks stored as combining characters, ``<font>`` markup.
- a pop-up page (one notice): no template, no menu, opened by ``MM_openBrWindow``.

How each gold article is reached
--------------------------------
- The home page's "Tin mới" links the five newest (A2 as ``Ket_qua…``, A1 in lower case).
- ``/tintuc/index.html`` → ``index_2.html`` → ``index_3.html`` ("Tin cũ hơn »" links, plus a
  jump menu of pages). A4 and A5 are listed only on ``index_3.html``.
- ``/thongbao/index.html`` lists the official notice A11 and the copy of A10; the rét-đậm notice
  A12 is opened only through ``MM_openBrWindow('…')`` (home page's red box, ``onclick``; the
  notices list, ``href="javascript:MM_openBrWindow(…)"``): no plain link reaches it.

Traps
-----
1. Stale ``<title>`` from the copied page: A2's ``<title>`` is A10's headline, A13's is
   Dreamweaver's default "Untitled Document". Gold title = the headline cell ``td.tieude_tin``.
2. The page's only ``<h1>`` is the school's name in the banner and the ``<h2>`` is the section
   name ("TIN TỨC - SỰ KIỆN"); the headline is a table cell with ``<font>``. Gold title = the cell.
3. The footer's Dreamweaver auto date ("Cập nhật lần cuối: <!-- #BeginDate format:Vi1 -->…") is
   the day the file was last saved, printed on every page. Never the publication date; A7
   prints no other date: published_at null.
4. A3's headline cell ends with its date in a span, "… Ngày Nhà giáo Việt Nam 20/11
   <span>(20/11/2026)</span>": gold title without the span, published_at "2026-11-20".
5. Left-over of the copied page inside the editable region: A3 keeps the previous article (A9's
   text) in a ``<div style="display:none">`` and an old paragraph in an HTML comment; A1 keeps
   one in a comment. Not body.
6. IIS matches names case-insensitively and the teacher types links by hand: A1 is linked as
   ``Hoi_giang_GVG_2026.html`` (list) and ``hoi_giang_gvg_2026.html`` (home, other pages), A2
   as ``ket_qua_HSG_cap_thi_xa.html`` and ``Ket_qua_HSG_cap_thi_xa.html``. One article each:
   canonical = the list's spelling, the other in alt_paths.
7. A10 was uploaded twice by FTP: ``/tintuc/2026/lich_thi_HK1.html`` and a byte-identical copy
   ``/thongbao/lich_thi_HK1.html`` (breadcrumb still "Hoạt động chuyên môn"). One article:
   path = the news file, the copy in alt_paths. The copy's sibling-relative "Các tin khác"
   links point into ``/thongbao/`` and answer 404.
8. Discovery by Dreamweaver behaviour only: A12 (pop-up notice) is reachable only through
   ``MM_openBrWindow('thongbao/tb_nghi_ret.html', …)`` in ``onclick``/``javascript:`` hrefs.
9. Hand-kept pagination: ``index.html``'s pager prints "1 2" (stale: written before page 3
   existed) plus a jump menu ``<select onchange="MM_jumpMenu(…)">`` whose option values are the
   pages; "Tin cũ hơn »" links page 2 → page 3. A3 is listed on page 1 and left on page 2 too.
10. "Các tin khác" sits in the same editable region and the same ``<td>`` font as the text,
    after the byline, as ``<p>» <a>…</a></p>`` lines: not body.
11. Bylines with honorifics and posts: "Cô giáo Lò Thị Mai - Phó Hiệu trưởng" → "Lò Thị Mai";
    "TPT Đội: Thầy Vàng A Chư" → "Vàng A Chư"; "Bài và ảnh: Thầy Nguyễn Văn Hùng" → author and
    photographer "Nguyễn Văn Hùng"; a unit alone ("Tổ KHTN", "Tổ Xã hội", "Ban Giám hiệu") is
    the author as printed; "BBT" is nobody.
12. Dates printed five ways: "Ngày đăng: 28/11/2026 - 16h45", "Đăng lúc: 09h15' ngày
    06/11/2026", "Cập nhật: 12/10/2026 | Ngày đăng: 09/10/2026" (update first: gold the
    Ngày đăng), "[24/10/2026 - 11:00]", and A9's only date is the closing "Sa Pa, ngày 18 tháng
    11 năm 2026" above the signature (gold "2026-11-18"; that line is not body).
13. Captions as Dreamweaver lays them: a two-row table (image row, ``td.chuthich`` row), an
    ``<em>`` after a ``<br />`` in the image's own ``<p>``, a ``div.anh_chuthich``; "(Quang cảnh
    …)" loses its parentheses; "Ảnh: Sùng Thị Mỷ" is a credit (caption None, photographer). A4's
    photo is a thumbnail opening the big one with ``MM_openBrWindow``: gold = the ``<img src>``.
14. A8 is the 2009 template: ``charset=windows-1258`` in a meta tag only (the header says
    ``text/html``), decomposed tone marks; gold text is NFC. It also sits in ``/tintuc/2025/``
    though dated 14/11/2026.
15. A11 is an official document (letterhead table, Số, place-date line, "THÔNG BÁO / Về việc",
    Nơi nhận, signer): date = the letterhead day, author = the signer, those lines not body.
16. File names with a space (``Ngoai%20khoa%20ATGT.html``) and ``.JPG`` in upper case.

Gold decisions on ambiguous points
----------------------------------
- category = the last breadcrumb item of the article page ("Hoạt động chuyên môn", "Hoạt động
  Đội - Ngoại khóa", "Công tác bán trú", "Thông báo"); A12 (pop-up, no breadcrumb) is
  "Thông báo", the box and list that open it.
- A6's closing "(Nguồn: Đội CSGT - Công an thị xã Sa Pa)" and A13's "(Theo Báo Lào Cai)": the
  source without parentheses and label.
- A4's image: the thumbnail printed in ``<img src>``, not the pop-up's big file.
- A1's and A5's bold first paragraph is the sapo (summary); the others print none.
- Data tables in the text (A2, A10): each row a paragraph, cells joined by " | ", header included.
- NON_ARTICLES: intro, staff list, contact, photo album and a document entry (the school-year plan
  as a PDF to download). Listings are neither.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    cp1258_bytes,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "dreamweaver_static_thcs"
PLATFORM = "Adobe Dreamweaver templates (static HTML, Spry menu, MM_ behaviours) on IIS, FTP upload"
START_PATH = "/"

HEADER_DAY = "Thứ Bảy, 05/12/2026"

CAT_CM = "Hoạt động chuyên môn"
CAT_DOI = "Hoạt động Đội - Ngoại khóa"
CAT_BT = "Công tác bán trú"
CAT_TB = "Thông báo"


def _right(inner: str) -> Raw:
    return Raw(f'<p align="right" style="margin-right:20px">{inner}</p>')


# --- the stories --------------------------------------------------------------------------

A1 = Story(
    1,
    "hoi_giang",
    "Hội giảng giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    CAT_CM,
    "2026-11-28T16:45:00+07:00",
    [
        P(
            "Từ ngày 16 đến 27/11/2026, Trường THCS Chu Văn An tổ chức Hội giảng giáo viên dạy giỏi "
            "cấp trường với 18 giáo viên tham gia, chào mừng 44 năm Ngày Nhà giáo Việt Nam.",
            "bold",
        ),
        P(
            "Mỗi giáo viên dự thi dạy hai tiết: một tiết do giáo viên tự chọn và một tiết bốc thăm "
            "trước ba ngày. Ban giám khảo gồm Ban Giám hiệu và các tổ trưởng chuyên môn."
        ),
        Img(
            "../../images/tintuc/2026/hoigiang_01.JPG",
            "Cô giáo Lý Thị Sen dạy tiết Toán lớp 8A1",
            "Cô giáo Lý Thị Sen dạy tiết Toán lớp 8A1",
            "tbl",
        ),
        P(
            "Nhiều tiết dạy vận dụng tốt phương pháp dạy học tích cực, sử dụng bảng tương tác và "
            "phiếu học tập song ngữ cho học sinh người Mông, người Dao."
        ),
        Img(
            "../../images/tintuc/2026/hoigiang_02.JPG",
            "Ban giám khảo góp ý sau tiết dạy",
            "Ban giám khảo góp ý sau tiết dạy",
            "tbl",
        ),
        P("Kết quả: 7 giáo viên đạt giải Nhất, Nhì; 9 giáo viên được công nhận giáo viên dạy giỏi cấp trường."),
        P("Nhà trường chọn 4 giáo viên tham dự Hội thi giáo viên dạy giỏi cấp thị xã vào tháng 01/2027.", "br"),
        _right("<strong>Tổ KHTN</strong>"),
    ],
    authors=["Tổ KHTN"],
    summary=(
        "Từ ngày 16 đến 27/11/2026, Trường THCS Chu Văn An tổ chức Hội giảng giáo viên dạy giỏi "
        "cấp trường với 18 giáo viên tham gia, chào mừng 44 năm Ngày Nhà giáo Việt Nam."
    ),
    opts={
        "path": "/tintuc/2026/Hoi_giang_GVG_2026.html",
        "alts": ["/tintuc/2026/hoi_giang_gvg_2026.html"],
        "date": "Ngày đăng: 28/11/2026 - 16h45",
        "saved": "28/11/2026",
        "comment": "<!--<p>Sáng ngày 16/11/2026, nhà trường khai mạc Hội giảng (bản cũ)</p>-->",
        "related": [3, 9, 8, 6],
    },
)

A2 = Story(
    2,
    "hsg",
    "Kết quả thi học sinh giỏi cấp thị xã các môn văn hóa lớp 9",
    CAT_CM,
    "2026-12-03",
    [
        P(
            "Kỳ thi chọn học sinh giỏi cấp thị xã năm học 2026 - 2027 diễn ra ngày 28 và 29/11/2026 "
            "tại Trường THCS số 1 Sa Pa. Đội tuyển của trường có 15 em dự thi 8 môn."
        ),
        P("Kết quả, nhà trường có 11 em đạt giải, xếp thứ ba toàn thị xã:"),
        P("STT | Môn thi | Số dự thi | Số đạt giải", "th"),
        P("1 | Ngữ văn | 3 | 2", "tr"),
        P("2 | Toán | 3 | 3", "tr"),
        P("3 | Tiếng Anh | 2 | 2", "tr"),
        P("4 | Khoa học tự nhiên | 4 | 3", "tr"),
        P("5 | Lịch sử và Địa lí | 3 | 1", "tr"),
        P(
            "Em Thào Thị Mai lớp 9A đạt giải Nhất môn Ngữ văn, là học sinh người Mông đầu tiên của "
            "trường đạt giải Nhất cấp thị xã."
        ),
        P("Các em đạt giải sẽ tiếp tục được bồi dưỡng để dự thi cấp tỉnh vào tháng 3/2027."),
        _right("<em>Cô giáo Lò Thị Mai - Phó Hiệu trưởng</em>"),
    ],
    authors=["Lò Thị Mai"],
    opts={
        "path": "/tintuc/2026/ket_qua_HSG_cap_thi_xa.html",
        "alts": ["/tintuc/2026/Ket_qua_HSG_cap_thi_xa.html"],
        "date": "Ngày đăng: 03/12/2026",
        "saved": "04/12/2026",
        "title_tag": "Trường THCS Chu Văn An - Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "related": [10, 1, 3, 9],
    },
)

A3 = Story(
    3,
    "2011",
    "Mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    CAT_DOI,
    "2026-11-20",
    [
        P(
            "Sáng 20/11/2026, tại sân trường, Trường THCS Chu Văn An long trọng tổ chức mít tinh kỷ "
            "niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        Img("../../images/tintuc/2026/mittinh_2011_1.JPG", "(Quang cảnh buổi mít tinh)", "Quang cảnh buổi mít tinh", "p"),
        P(
            "Dự buổi lễ có đại diện lãnh đạo UBND phường Sa Pa, Hội Cha mẹ học sinh và các thế hệ "
            "thầy cô giáo đã nghỉ hưu."
        ),
        P(
            "Thầy Hiệu trưởng ôn lại truyền thống của ngày 20/11 và biểu dương những thầy cô có "
            "thành tích trong phong trào \u201cDạy tốt - Học tốt\u201d."
        ),
        Img(
            "../../images/tintuc/2026/mittinh_2011_2.JPG",
            "Học sinh tặng hoa các thầy cô giáo",
            "Học sinh tặng hoa các thầy cô giáo",
            "p",
        ),
        P("Buổi lễ khép lại bằng chương trình văn nghệ do Liên đội tự dàn dựng với các tiết mục khèn Mông, múa xòe."),
        _right("<b>Tin, ảnh: Giàng A Sử</b>"),
    ],
    authors=["Giàng A Sử"],
    photographers=["Giàng A Sử"],
    opts={
        "path": "/tintuc/2026/ngay_nha_giao_20-11.html",
        "title_span": "(20/11/2026)",
        "saved": "21/11/2026",
        "hidden": "9",
        "comment": "<!-- <p>Chiều 18/11/2026, trạm y tế phường phối hợp khám sức khỏe …</p> -->",
        "related": [9, 6, 8, 1],
    },
)

A4 = Story(
    4,
    "daihoi",
    "Đại hội Liên đội nhiệm kỳ 2026 - 2027",
    CAT_DOI,
    "2026-10-16",
    [
        P(
            "Chiều 15/10/2026, Liên đội Trường THCS Chu Văn An tổ chức Đại hội Liên đội nhiệm kỳ "
            "2026 - 2027 với sự tham gia của 86 đại biểu là chỉ huy các chi đội."
        ),
        P("Đại hội đã tổng kết công tác Đội năm học 2025 - 2026 và đề ra phương hướng, chỉ tiêu năm học mới."),
        Img(
            "../../images/tintuc/2026/daihoi_nho.jpg",
            "Liên đội trưởng khóa mới ra mắt đại hội",
            "Liên đội trưởng khóa mới ra mắt đại hội",
            "popup",
        ),
        P("Đại hội bầu Ban chỉ huy Liên đội gồm 9 em; em Sùng A Páo lớp 9B được bầu làm Liên đội trưởng."),
        _right("TPT Đội: <b>Thầy Vàng A Chư</b>"),
    ],
    authors=["Vàng A Chư"],
    opts={
        "path": "/tintuc/2026/Dai_hoi_Lien_doi.html",
        "date": "Thứ Sáu, 16/10/2026",
        "saved": "16/10/2026",
        "related": [5, 13],
    },
)

A5 = Story(
    5,
    "ruong",
    "Học sinh trải nghiệm mùa lúa chín trên ruộng bậc thang Tả Van",
    CAT_DOI,
    "2026-10-09",
    [
        Raw("<p><i>Bài và ảnh: Thầy Nguyễn Văn Hùng</i></p>"),
        P(
            "Trong hai ngày 7 và 8/10/2026, hơn 120 học sinh khối 6 và khối 7 tham gia chương trình "
            "trải nghiệm \u201cMùa vàng Tả Van\u201d.",
            "bold",
        ),
        P(
            "Các em được nghe nghệ nhân kể về cách làm ruộng bậc thang của người Mông, người Giáy và "
            "cùng bà con gặt lúa, tuốt lúa."
        ),
        Img(
            "../../images/tintuc/2026/tavan_01.jpg",
            "Học sinh lớp 6A tham quan ruộng bậc thang Tả Van",
            "Học sinh lớp 6A tham quan ruộng bậc thang Tả Van",
            "tbl",
        ),
        P("Sau chuyến đi, mỗi lớp làm một tập san ảnh và bài viết về quê hương Sa Pa."),
        Img("../../images/tintuc/2026/tavan_02.jpg", None, None, "bare"),
    ],
    authors=["Nguyễn Văn Hùng"],
    photographers=["Nguyễn Văn Hùng"],
    summary=(
        "Trong hai ngày 7 và 8/10/2026, hơn 120 học sinh khối 6 và khối 7 tham gia chương trình "
        "trải nghiệm \u201cMùa vàng Tả Van\u201d."
    ),
    opts={
        "path": "/tintuc/2026/trai_nghiem_ruong_bac_thang.html",
        "date": "Cập nhật: 12/10/2026 | Ngày đăng: 09/10/2026",
        "saved": "12/10/2026",
        "related": [4, 13],
    },
)

A6 = Story(
    6,
    "atgt",
    "Ngoại khóa tuyên truyền an toàn giao thông cho học sinh",
    CAT_DOI,
    "2026-11-06T09:15:00+07:00",
    [
        P(
            "Sáng 05/11/2026, nhà trường phối hợp với Đội Cảnh sát giao thông Công an thị xã tổ chức "
            "buổi ngoại khóa tuyên truyền an toàn giao thông cho toàn thể học sinh."
        ),
        Img("../../images/tintuc/2026/ATGT%20ngoai%20khoa.JPG", None, None, "bare"),
        P("Các em được hướng dẫn đội mũ bảo hiểm đúng cách, đi bộ an toàn trên đường đèo dốc và khi trời có sương mù."),
        P("- Không đi xe đạp điện, xe máy khi chưa đủ tuổi;"),
        P("- Không đùa nghịch, chơi trên lòng đường."),
        _right("Lương Văn Tuấn (GV GDCD)"),
        Raw('<p align="right"><i>(Nguồn: Đội CSGT - Công an thị xã Sa Pa)</i></p>'),
    ],
    authors=["Lương Văn Tuấn"],
    source="Đội CSGT - Công an thị xã Sa Pa",
    opts={
        "path": "/tintuc/2026/Ngoai%20khoa%20ATGT.html",
        "date": "Đăng lúc: 09h15' ngày 06/11/2026",
        "saved": "07/11/2026",
        "related": [3, 8, 7],
    },
)

A7 = Story(
    7,
    "stem",
    "Chuyên đề dạy học STEM môn Khoa học tự nhiên lớp 7",
    CAT_CM,
    None,
    [
        Raw("<p><em>Người viết: Thầy Phạm Quốc Toản</em></p>"),
        P(
            "Thực hiện kế hoạch sinh hoạt chuyên môn, tổ KHTN tổ chức chuyên đề dạy học STEM với "
            "bài học \u201cChế tạo mô hình máy sưởi năng lượng mặt trời\u201d tại lớp 7A2."
        ),
        P("Mục tiêu của chuyên đề:"),
        P("Vận dụng kiến thức về năng lượng nhiệt để giải quyết vấn đề thực tế của vùng cao."),
        P("Rèn kĩ năng làm việc nhóm, thuyết trình sản phẩm.", "br"),
        P("Sau tiết dạy, các thầy cô thảo luận về cách đánh giá sản phẩm học sinh theo tiêu chí."),
        Img("../../images/tintuc/2026/STEM_7a2.jpg", "Nhóm học sinh lớp 7A2 trình bày mô hình", "Nhóm học sinh lớp 7A2 trình bày mô hình", "div"),
    ],
    authors=["Phạm Quốc Toản"],
    opts={
        "path": "/tintuc/2026/chuyen_de_STEM.html",
        "saved": "02/11/2026",
        "related": [1, 8],
    },
)

A8 = Story(
    8,
    "cum",
    "Sinh hoạt chuyên môn cụm trường THCS vùng cao",
    CAT_CM,
    "2026-11-14",
    [
        P(
            "Ngày 13/11/2026, Trường THCS Chu Văn An đăng cai buổi sinh hoạt chuyên môn cụm các "
            "trường THCS vùng cao gồm Tả Van, Bản Hồ, Thanh Bình và Chu Văn An."
        ),
        P("Các thầy cô dự giờ hai tiết Ngữ văn và Lịch sử, thảo luận về dạy đọc hiểu cho học sinh dân tộc thiểu số."),
        Img(
            "../../images/tintuc/2025/cum_chuyenmon.jpg",
            "Các thầy cô dự giờ tại lớp 8A2",
            "Các thầy cô dự giờ tại lớp 8A2",
            "brem",
        ),
        P("Buổi sinh hoạt thống nhất xây dựng ngân hàng đề đọc hiểu dùng chung cho cả cụm."),
        _right("<font face=\"Times New Roman\"><b>Tổ Xã hội</b></font>"),
    ],
    authors=["Tổ Xã hội"],
    opts={
        "path": "/tintuc/2025/sinh_hoat_CM_cum.html",
        "date": "Ngày 14/11/2026",
        "tpl": "old",
        "related": [1, 6],
    },
)

A9 = Story(
    9,
    "ksk",
    "Khám sức khỏe định kỳ cho học sinh bán trú",
    CAT_BT,
    "2026-11-18",
    [
        P(
            "Nhà trường phối hợp với Trạm Y tế phường Sa Pa khám sức khỏe định kỳ cho 312 học sinh "
            "ở bán trú tại trường."
        ),
        P("Qua khám, phần lớn các em có sức khỏe tốt; 14 em suy dinh dưỡng nhẹ được theo dõi riêng về khẩu phần ăn."),
        Img("../../images/tintuc/2026/kham_suc_khoe.jpg", "Ảnh: Sùng Thị Mỷ", None, "p"),
        P("Nhà trường đề nghị cha mẹ học sinh cho các em mặc đủ ấm trong những ngày rét đậm."),
        Raw('<p align="right"><i>Sa Pa, ngày 18 tháng 11 năm 2026</i></p>'),
        _right("Người viết: Hoàng Thị Hoa - Nhân viên y tế"),
    ],
    authors=["Hoàng Thị Hoa"],
    photographers=["Sùng Thị Mỷ"],
    opts={"path": "/tintuc/2026/kham_SK_ban_tru.html", "saved": "19/11/2026", "related": [13, 3]},
)

A10 = Story(
    10,
    "lichthi",
    "Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
    CAT_CM,
    "2026-12-01T10:05:00+07:00",
    [
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I các môn tập trung như sau:"),
        P("Ngày | Buổi | Môn | Thời gian làm bài", "th"),
        P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("21/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
        P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("22/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
        P("Học sinh có mặt tại phòng thi trước giờ làm bài 15 phút, mang theo thẻ học sinh."),
        _right("<b>BBT</b>"),
    ],
    opts={
        "path": "/tintuc/2026/lich_thi_HK1.html",
        "alts": ["/thongbao/lich_thi_HK1.html"],
        "date": "Ngày đăng: 01/12/2026 - 10h05",
        "saved": "01/12/2026",
        "related": [2, 1, 3],
    },
)

_LETTERHEAD = Raw(
    '<table width="100%" border="0" cellspacing="0" cellpadding="2"><tr>'
    '<td width="42%" align="center" valign="top">PHÒNG GD&amp;ĐT THỊ XÃ SA PA<br />'
    "<b>TRƯỜNG THCS CHU VĂN AN</b><br />Số: 112/TB-THCSCVA</td>"
    '<td align="center" valign="top"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br />'
    "<b><u>Độc lập - Tự do - Hạnh phúc</u></b><br />"
    "<i>Sa Pa, ngày 30 tháng 11 năm 2026</i></td></tr></table>"
    '<p align="center"><b><font size="4">THÔNG BÁO</font></b><br />'
    "<b>Về việc tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027</b></p>"
)
_SIGNATURE = Raw(
    '<table width="100%" border="0"><tr><td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br />'
    "- Các tổ chuyên môn;<br />- GVCN các lớp;<br />- Lưu: VT.</td>"
    '<td align="center" valign="top"><b>HIỆU TRƯỞNG</b><br /><i>(Đã ký)</i><br /><br />'
    "<b>Vàng Thị Dung</b></td></tr></table>"
)

A11 = Story(
    11,
    "hkpd",
    "Thông báo tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
    CAT_TB,
    "2026-11-30",
    [
        _LETTERHEAD,
        P(
            "Căn cứ kế hoạch năm học 2026 - 2027, Trường THCS Chu Văn An thông báo tổ chức Hội khỏe "
            "Phù Đổng cấp trường như sau:"
        ),
        P("1. Thời gian: từ ngày 14/12/2026 đến ngày 18/12/2026."),
        P("2. Địa điểm: sân trường và nhà đa năng."),
        P("3. Các môn thi đấu: điền kinh, đá cầu, kéo co, đẩy gậy và bắn nỏ."),
        P("Giáo viên chủ nhiệm đăng ký danh sách vận động viên về Tổ Thể dục trước ngày 10/12/2026."),
        _SIGNATURE,
    ],
    authors=["Vàng Thị Dung"],
    opts={"path": "/thongbao/TB_Hoi_khoe_PD.html", "saved": "01/12/2026", "related": []},
)

A12 = Story(
    12,
    "ret",
    "Thông báo cho học sinh nghỉ học do rét đậm, rét hại",
    CAT_TB,
    "2026-12-04T06:30:00+07:00",
    [
        P(
            "Do nhiệt độ ngoài trời tại thị xã Sa Pa xuống dưới 4°C, thực hiện chỉ đạo của Phòng "
            "GD&ĐT, nhà trường cho học sinh nghỉ học ngày 04/12/2026."
        ),
        P("Học sinh ở bán trú vẫn được nhà trường nuôi ăn, sưởi ấm tại khu nội trú."),
        P("Lịch học bù sẽ được thông báo sau qua giáo viên chủ nhiệm."),
        _right("<i>Ban Giám hiệu</i>"),
    ],
    authors=["Ban Giám hiệu"],
    opts={"path": "/thongbao/tb_nghi_ret.html", "date": "Đăng lúc 06h30, ngày 04/12/2026", "tpl": "popup"},
)

A13 = Story(
    13,
    "buaan",
    "Nâng cao chất lượng bữa ăn bán trú cho học sinh dân tộc thiểu số",
    CAT_BT,
    "2026-10-24T11:00:00+07:00",
    [
        P(
            "Năm học này, bếp ăn bán trú của trường phục vụ 312 học sinh mỗi ngày, chủ yếu là con em "
            "người Mông, người Dao ở các bản xa."
        ),
        P("Nhà trường tăng thêm rau xanh từ vườn trường và bổ sung sữa vào bữa phụ buổi chiều."),
        Img("../../images/tintuc/2026/bep_ban_tru.jpg", "Giờ ăn trưa tại nhà ăn bán trú", "Giờ ăn trưa tại nhà ăn bán trú", "div"),
        P("Thực đơn được công khai hằng tuần trên bảng tin để cha mẹ học sinh cùng giám sát."),
        _right("<b>Thu Hằng</b>"),
        Raw('<p align="right"><i>(Theo Báo Lào Cai)</i></p>'),
    ],
    authors=["Thu Hằng"],
    source="Báo Lào Cai",
    opts={
        "path": "/tintuc/2026/Bua_an_ban_tru.html",
        "date": "[24/10/2026 - 11:00]",
        "saved": "25/10/2026",
        "title_tag": "Untitled Document",
        "related": [9, 7],
    },
)

STORIES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
BY_ID = {s.id: s for s in STORIES}

#: the hand-kept news list, newest first, as the pages print it (id, link spelling)
LIST_PAGES = [
    [2, 10, 1, 3, 9],
    [3, 8, 6, 7, 13],
    [4, 5],
]
LIST_NAMES = {1: "Hoi_giang_GVG_2026.html"}
HOME_NAMES = {1: "hoi_giang_gvg_2026.html", 2: "Ket_qua_HSG_cap_thi_xa.html"}
RELATED_NAMES = {1: "hoi_giang_gvg_2026.html"}

TEASERS = {
    1: "18 giáo viên tham gia hội giảng chào mừng ngày 20/11.",
    2: "Đội tuyển của trường có 11 em đạt giải, xếp thứ ba toàn thị xã.",
    3: "Nhà trường long trọng tổ chức mít tinh tại sân trường.",
    4: "86 đại biểu dự Đại hội Liên đội nhiệm kỳ mới.",
    5: "Chương trình trải nghiệm \u201cMùa vàng Tả Van\u201d cho khối 6 và 7.",
    6: "Học sinh học cách đi bộ an toàn trên đường đèo dốc.",
    7: "Chuyên đề chế tạo máy sưởi năng lượng mặt trời.",
    8: "Cụm bốn trường vùng cao sinh hoạt chuyên môn.",
    9: "312 học sinh bán trú được khám sức khỏe.",
    10: "Lịch kiểm tra tập trung các môn ngày 21 và 22/12/2026.",
    13: "Tăng rau xanh và bổ sung sữa cho bữa phụ.",
}


def _path(s: Story) -> str:
    return s.opts["path"]


def _file(s: Story) -> str:
    return _path(s).rsplit("/", 1)[1]


# --- the template -------------------------------------------------------------------------

_MM_SCRIPT = """<script type="text/javascript">
<!--
function MM_swapImgRestore() { //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}
function MM_preloadImages() { //v3.0
  var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}
}
function MM_findObj(n, d) { //v4.01
  var p,i,x;  if(!d) d=document; if((p=n.indexOf("?"))>0&&parent.frames.length) {
    d=parent.frames[n.substring(p+1)].document; n=n.substring(0,p);}
  if(!(x=d[n])&&d.all) x=d.all[n]; for (i=0;!x&&i<d.forms.length;i++) x=d.forms[i][n];
  for(i=0;!x&&d.layers&&i<d.layers.length;i++) x=MM_findObj(n,d.layers[i].document);
  if(!x && d.getElementById) x=d.getElementById(n); return x;
}
function MM_swapImage() { //v3.0
  var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3)
   if ((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}
}
function MM_jumpMenu(targ,selObj,restore){ //v3.0
  eval(targ+".location='"+selObj.options[selObj.selectedIndex].value+"'");
  if (restore) selObj.selectedIndex=0;
}
function MM_openBrWindow(theURL,winName,features) { //v2.0
  window.open(theURL,winName,features);
}
//-->
</script>"""

_BUTTONS = [
    ("index.html", "trangchu", "Trang chủ"),
    ("gioithieu.html", "gioithieu", "Giới thiệu"),
    ("tintuc/index.html", "tintuc", "Tin tức"),
    ("thongbao/index.html", "thongbao", "Thông báo"),
    ("thuvienanh.html", "thuvienanh", "Thư viện ảnh"),
    ("lienhe.html", "lienhe", "Liên hệ"),
]


def _buttons(root: str) -> str:
    cells = []
    for n, (href, img, alt) in enumerate(_BUTTONS, start=1):
        cells.append(
            f'<td><a href="{root}{href}" onmouseout="MM_swapImgRestore()" '
            f"onmouseover=\"MM_swapImage('Image{n}','','{root}images/nut_{img}_over.gif',1)\">"
            f'<img src="{root}images/nut_{img}.gif" alt="{esc(alt)}" name="Image{n}" width="120" '
            f'height="32" border="0" id="Image{n}" /></a></td>'
        )
    return '<table border="0" cellpadding="0" cellspacing="0"><tr>' + "".join(cells) + "</tr></table>"


def _menubar(root: str) -> str:
    return f"""<ul id="MenuBar1" class="MenuBarHorizontal">
  <li><a href="{root}index.html">Trang chủ</a></li>
  <li><a class="MenuBarItemSubmenu" href="#">Giới thiệu</a>
    <ul>
      <li><a href="{root}gioithieu.html">Lịch sử nhà trường</a></li>
      <li><a href="{root}doi_ngu.html">Đội ngũ giáo viên</a></li>
    </ul>
  </li>
  <li><a class="MenuBarItemSubmenu" href="{root}tintuc/">Tin tức - Sự kiện</a>
    <ul>
      <li><a href="{root}tintuc/index.html#chuyenmon">{esc(CAT_CM)}</a></li>
      <li><a href="{root}tintuc/index.html#doi">{esc(CAT_DOI)}</a></li>
      <li><a href="{root}tintuc/index.html#bantru">{esc(CAT_BT)}</a></li>
    </ul>
  </li>
  <li><a href="{root}thongbao/">Thông báo</a></li>
  <li><a href="{root}thuvienanh.html">Thư viện ảnh</a></li>
  <li><a href="{root}lienhe.html">Liên hệ</a></li>
</ul>
<script type="text/javascript">
<!--
var MenuBar1 = new Spry.Widget.MenuBar("MenuBar1", {{imgDown:"{root}SpryAssets/SpryMenuBarDownHover.gif", imgRight:"{root}SpryAssets/SpryMenuBarRightHover.gif"}});
//-->
</script>"""


def _sidebar(root: str) -> str:
    latest = "".join(
        f'<li><a href="{root}tintuc/{_path(BY_ID[i]).split("/tintuc/", 1)[1]}">{esc(BY_ID[i].title)}</a></li>'
        for i in LIST_PAGES[0][:4]
    ).replace("Hoi_giang_GVG_2026.html", "hoi_giang_gvg_2026.html")
    return f"""<!-- #BeginLibraryItem "/Library/tinmoi.lbi" -->
<div class="box_trai"><div class="box_tieude">TIN MỚI CẬP NHẬT</div>
<ul class="ds_tinmoi">{latest}</ul></div><!-- #EndLibraryItem -->
<div class="box_trai"><div class="box_tieude">THỐNG KÊ TRUY CẬP</div>
<table width="100%" class="thongke"><tr><td>Đang online:</td><td align="right">14</td></tr>
<tr><td>Hôm nay:</td><td align="right">236</td></tr>
<tr><td>Tổng truy cập:</td><td align="right">1.204.337</td></tr></table></div>
<div class="box_trai"><div class="box_tieude">LIÊN KẾT WEBSITE</div>
<form name="form_lienket" id="form_lienket">
<select name="jumpMenu" id="jumpMenu" onchange="MM_jumpMenu('parent',this,0)">
<option value="#">-- Chọn liên kết --</option>
<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://sgddt.laocai.gov.vn">Sở GD&amp;ĐT Lào Cai</option>
<option value="http://sapa.laocai.gov.vn">UBND thị xã Sa Pa</option>
</select></form></div>
<div class="box_trai"><a href="http://www.facebook.com/thcschuvanan.sapa" target="_blank">
<img src="{root}images/banner_facebook.gif" width="200" height="60" border="0" alt="Facebook" /></a></div>"""


def _page(root: str, title: str, section: str, crumbs: str, content: str, saved: str) -> str:
    """A page of trang_con.dwt; ``content`` fills the editable region "noidung"."""
    over = ",".join(f"'{root}images/nut_{img}_over.gif'" for _, img, _ in _BUTTONS)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><!-- InstanceBegin template="/Templates/trang_con.dwt" codeOutsideHTMLIsLocked="false" -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<!-- InstanceBeginEditable name="doctitle" -->
<title>{esc(title)}</title>
<!-- InstanceEndEditable -->
<meta name="keywords" content="THCS Chu Văn An, Sa Pa, Lào Cai, trường học" />
<link href="{root}css/chinh.css" rel="stylesheet" type="text/css" />
<script src="{root}SpryAssets/SpryMenuBar.js" type="text/javascript"></script>
<link href="{root}SpryAssets/SpryMenuBarHorizontal.css" rel="stylesheet" type="text/css" />
{_MM_SCRIPT}
<!-- InstanceBeginEditable name="head" --><!-- InstanceEndEditable -->
</head>
<body onload="MM_preloadImages({over})">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" id="khung" bgcolor="#FFFFFF">
  <tr>
    <td colspan="2" background="{root}images/banner_nen.jpg" height="150">
      <table width="100%" border="0"><tr>
        <td width="130"><img src="{root}images/logo_truong.png" width="110" height="110" alt="Logo" /></td>
        <td><h1 class="tentruong">TRƯỜNG THCS CHU VĂN AN</h1>
        <h3 class="diachi">Thị xã Sa Pa - Tỉnh Lào Cai</h3></td>
        <td align="right" valign="bottom"><span id="ngaythang" class="ngay_hientai">{HEADER_DAY}</span></td>
      </tr></table>
    </td>
  </tr>
  <tr><td colspan="2" bgcolor="#0B5E2B">{_buttons(root)}</td></tr>
  <tr><td colspan="2" class="nen_menu">{_menubar(root)}</td></tr>
  <tr>
    <td width="220" valign="top" class="cot_trai">{_sidebar(root)}</td>
    <td width="760" valign="top" class="cot_giua">
      <h2 class="tieude_muc">{esc(section)}</h2>
      <div class="duongdan">{crumbs}</div>
      <!-- InstanceBeginEditable name="noidung" -->
{content}
      <!-- InstanceEndEditable -->
    </td>
  </tr>
  <tr>
    <td colspan="2" class="chantrang" align="center">
      <div class="box_chantrang">
      <p><b>TRƯỜNG THCS CHU VĂN AN - THỊ XÃ SA PA - TỈNH LÀO CAI</b><br />
      Địa chỉ: Tổ 6, phường Sa Pa, thị xã Sa Pa, tỉnh Lào Cai<br />
      Điện thoại: 0214 3871 xxx - Email: c2chuvanan.sapa@laocai.edu.vn<br />
      Thiết kế: Thầy Đỗ Minh Khoa - Giáo viên Tin học. Bản quyền &copy; 2009 - 2026</p>
      <p class="capnhat">Cập nhật lần cuối: <!-- #BeginDate format:Br1 -->{saved}<!-- #EndDate --></p>
      </div>
    </td>
  </tr>
</table>
</body>
<!-- InstanceEnd --></html>
"""


def _root(path: str) -> str:
    return "../" * (path.count("/") - 1)


def _crumbs(root: str, cat: str) -> str:
    if cat == CAT_TB:
        return (
            f'<a href="{root}index.html">Trang chủ</a> &raquo; '
            f'<a href="{root}thongbao/index.html">Thông báo</a>'
        )
    return (
        f'<a href="{root}index.html">Trang chủ</a> &raquo; <a href="{root}tintuc/index.html">Tin tức</a>'
        f" &raquo; <span class=\"duongdan_hientai\">{esc(cat)}</span>"
    )


# --- article text -------------------------------------------------------------------------

_P_STYLE = 'class="MsoNormal" style="text-align:justify;text-indent:30px"'


def _img(img: Img, n: int) -> str:
    tag = f'<img src="{img.src}" width="480" height="320" border="0" alt="" />'
    printed = esc(img.printed) if img.printed else ""
    if img.style == "tbl":
        return (
            '<table width="500" border="0" align="center" cellpadding="2" cellspacing="0"><tr>'
            f'<td align="center">{tag}</td></tr><tr><td align="center" class="chuthich">'
            f"<em>{printed}</em></td></tr></table>"
        )
    if img.style == "p":
        return f'<p align="center">{tag}</p>\n<p align="center"><em>{printed}</em></p>'
    if img.style == "brem":
        return f'<p align="center">{tag}<br />\n<em>{printed}</em></p>'
    if img.style == "div":
        return f'<div class="khung_anh" align="center">{tag}<div class="anh_chuthich">{printed}</div></div>'
    if img.style == "popup":
        big = img.src.replace("_nho", "_lon")
        return (
            f'<p align="center"><a href="javascript:;" onclick="MM_openBrWindow(\'{big}\','
            f"'anh{n}','width=800,height=600')\">{tag}</a><br />\n<em>{printed}</em></p>"
        )
    return f'<p align="center">{tag}</p>'


def _text_html(s: Story) -> str:
    out: list[str] = []
    table: list[str] = []

    def flush() -> None:
        if table:
            out.append(
                '<table width="95%" border="1" align="center" cellpadding="3" cellspacing="0" '
                'bordercolor="#999999">' + "".join(table) + "</table>"
            )
            table.clear()

    n = 0
    for b in s.blocks:
        if isinstance(b, P) and b.style in ("th", "tr"):
            cells = b.text.split(" | ")
            if b.style == "th":
                row = "".join(f'<td align="center" bgcolor="#DDEEDD"><b>{text(c)}</b></td>' for c in cells)
            else:
                row = "".join(f"<td>{text(c)}</td>" for c in cells)
            table.append(f"<tr>{row}</tr>")
            continue
        flush()
        if isinstance(b, P):
            if b.style == "br" and out and out[-1].endswith("</span></p>"):
                out[-1] = out[-1][: -len("</span></p>")] + f"<br />\n{text(b.text)}</span></p>"
            elif b.style == "bold":
                out.append(f"<p {_P_STYLE}><strong>{text(b.text)}</strong></p>")
            else:
                out.append(f'<p {_P_STYLE}><span lang="VI">{text(b.text)}</span></p>')
        elif isinstance(b, Img):
            n += 1
            out.append(_img(b, n))
        else:
            out.append(b.html)
    flush()
    return "\n".join(out) + '\n<p class="MsoNormal">&nbsp;</p>'


def _related(s: Story, from_path: str) -> str:
    if not s.opts.get("related"):
        return ""
    lines = []
    here = from_path.rsplit("/", 1)[0]
    for rid in s.opts["related"]:
        r = BY_ID[rid]
        target = _path(r)
        name = RELATED_NAMES.get(rid, _file(r))
        folder = target.rsplit("/", 1)[0]
        href = name if folder == here else f"../{folder.rsplit('/', 1)[1]}/{name}"
        lines.append(f'<p style="margin:2px 0">&raquo; <a href="{href}" class="lienket_tin">{esc(r.title)}</a></p>')
    return '<p style="margin-top:12px"><strong><u>Các tin khác:</u></strong></p>\n' + "\n".join(lines)


def _hidden(s: Story) -> str:
    if not s.opts.get("hidden"):
        return ""
    old = BY_ID[int(s.opts["hidden"])]
    paras = "".join(f"<p>{text(b.text)}</p>" for b in old.blocks if isinstance(b, P))
    return f'<div style="display:none" id="tin_cu">\n<p class="tieude_tin">{esc(old.title)}</p>\n{paras}\n</div>'


def _article_content(s: Story, page_path: str) -> str:
    title_cell = esc(s.title)
    if s.opts.get("title_span"):
        title_cell += f' <span class="ngay_tieude">{esc(s.opts["title_span"])}</span>'
    date = s.opts.get("date")
    date_row = f'<tr><td class="ngay_dang" style="color:#888;font-size:11px">{esc(date)}</td></tr>' if date else ""
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
  <tr><td class="tieude_tin"><font color="#0B5E2B" size="4"><b>{title_cell}</b></font></td></tr>
  {date_row}
  <tr><td id="noidung_tin" class="noidung" style="font-family:'Times New Roman';font-size:15px">
{_text_html(s)}
{s.opts.get("comment", "")}
{_hidden(s)}
{_related(s, page_path)}
  </td></tr>
  <tr><td align="right" class="congcu"><a href="javascript:window.print()"><img src="../../images/icon_print.gif" border="0" alt="In" /> In trang</a>
  | <a href="#">Về đầu trang</a></td></tr>
</table>"""


def _article_page(s: Story, page_path: str) -> str:
    root = _root(_path(s))  # a byte-identical copy keeps the original's relative links
    title = s.opts.get("title_tag", f"Trường THCS Chu Văn An - {s.title}")
    section = "THÔNG BÁO" if s.cat == CAT_TB else "TIN TỨC - SỰ KIỆN"
    return _page(root, title, section, _crumbs(root, s.cat), _article_content(s, page_path), s.opts["saved"])


def _old_page(s: Story) -> bytes:
    """The 2009 template: windows-1258 declared in a meta tag only."""
    body = _text_html(s)
    links = "".join(
        f'<li><a href="../2026/{RELATED_NAMES.get(r, _file(BY_ID[r]))}">{esc(BY_ID[r].title)}</a></li>'
        for r in s.opts["related"]
    )
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><!-- InstanceBegin template="/Templates/mau_2009.dwt" codeOutsideHTMLIsLocked="false" -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<!-- InstanceBeginEditable name="doctitle" -->
<title>THCS Chu Van An - {esc(s.title)}</title>
<!-- InstanceEndEditable -->
<link href="../../css/cu.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#E8F4E8" leftmargin="0" topmargin="0">
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="../../images/banner_2009.jpg" width="900" height="120" alt="Truong THCS Chu Van An"></td></tr>
<tr><td colspan="2" bgcolor="#336633"><font color="#FFFFFF" face="Arial" size="2"><b>
<a href="../../index.html"><font color="#FFFFFF">Trang chủ</font></a> |
<a href="../index.html"><font color="#FFFFFF">Tin tức</font></a> |
<a href="../../thongbao/index.html"><font color="#FFFFFF">Thông báo</font></a> |
<a href="../../lienhe.html"><font color="#FFFFFF">Liên hệ</font></a></b></font>
&nbsp;&nbsp;<font color="#FFFF99" size="1">{HEADER_DAY}</font></td></tr>
<tr><td width="180" valign="top" bgcolor="#F0F8F0"><font size="2">
<b>Đang online:</b> 14<br><b>Hôm nay:</b> 236<br><b>Tổng truy cập:</b> 1.204.337</font></td>
<td valign="top"><font face="Arial" size="2"><a href="../../index.html">Trang chủ</a> &gt;
<a href="../index.html">Tin tức</a> &gt; {esc(s.cat)}</font>
<!-- InstanceBeginEditable name="noidung" -->
<p><font face="Times New Roman" size="4" color="#006600"><b>{esc(s.title)}</b></font><br>
<font size="1" color="#999999">{esc(s.opts["date"])}</font></p>
{body}
<p><b>Các tin khác:</b></p><ul>{links}</ul>
<!-- InstanceEndEditable --></td></tr>
<tr><td colspan="2" align="center" bgcolor="#336633"><font color="#FFFFFF" size="1">
Trường THCS Chu Văn An - thị xã Sa Pa - tỉnh Lào Cai. Điện thoại: 0214 3871 xxx<br>
Cập nhật: <!-- #BeginDate format:Br1 -->15/11/2026<!-- #EndDate --></font></td></tr>
</table>
</body>
<!-- InstanceEnd --></html>
"""
    return cp1258_bytes(page)


def _popup_page(s: Story) -> str:
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>THONG BAO</title>
<style type="text/css">body {{ background:#FFF8E0; font-family: Arial; }}</style>
</head>
<body>
<table width="600" border="0" align="center" cellpadding="6">
<tr><td align="center"><img src="../images/logo_truong.png" width="60" height="60" alt="" /></td></tr>
<tr><td align="center"><font color="#CC0000" size="4"><b>{esc(s.title)}</b></font></td></tr>
<tr><td align="center"><font size="2"><i>{esc(s.opts["date"])}</i></font></td></tr>
<tr><td>
{_text_html(s)}
</td></tr>
<tr><td align="center"><a href="javascript:window.close()">[ Đóng cửa sổ ]</a></td></tr>
</table>
</body>
</html>
"""


# --- listings and fixed pages --------------------------------------------------------------


def _list_row(s: Story, names: dict[int, str], prefix: str) -> str:
    href = prefix + _path(s).split("/tintuc/", 1)[1]
    for sid, name in names.items():
        if sid == s.id:
            href = href.rsplit("/", 1)[0] + "/" + name
    thumb = s.images[0].src.replace("../../", "../") if s.images else "../images/no_image.gif"
    if prefix == "tintuc/":
        thumb = thumb.replace("../", "", 1)
    return f"""<table width="100%" border="0" cellpadding="3" class="dong_tin"><tr>
<td width="110" valign="top"><a href="{href}"><img src="{thumb}" width="100" height="70" border="0" alt="" /></a></td>
<td valign="top"><a href="{href}" class="tieude_ds">{esc(s.title)}</a>
<span class="muc_ds">[{esc(s.cat)}]</span><br />
<span class="tomtat_ds">{esc(TEASERS[s.id])}</span> <a href="{href}">Xem tiếp &raquo;</a></td>
</tr></table>"""


def _list_file(n: int) -> str:
    return "index.html" if n == 1 else f"index_{n}.html"


def _news_list(n: int) -> str:
    rows = "\n".join(_list_row(BY_ID[i], LIST_NAMES, "") for i in LIST_PAGES[n - 1])
    # the pager was typed when there were two pages and never updated
    pager = '<a href="index.html">1</a> <a href="index_2.html">2</a>'
    nxt = f' | <a href="{_list_file(n + 1)}">Tin cũ hơn &raquo;</a>' if n < len(LIST_PAGES) else ""
    prev = f'<a href="{_list_file(n - 1)}">&laquo; Tin mới hơn</a> | ' if n > 1 else ""
    options = "".join(
        f'<option value="{_list_file(k)}"{" selected" if k == n else ""}>Trang {k}</option>'
        for k in range(1, len(LIST_PAGES) + 1)
    )
    content = f"""<a name="chuyenmon"></a><a name="doi"></a><a name="bantru"></a>
{rows}
<div class="phantrang" align="center">{prev}Trang: {pager}{nxt}
<form name="form_trang" style="display:inline"><select name="chontrang" onchange="MM_jumpMenu('parent',this,0)">{options}</select></form></div>"""
    crumbs = '<a href="../index.html">Trang chủ</a> &raquo; <span class="duongdan_hientai">Tin tức</span>'
    return _page("../", "Trường THCS Chu Văn An - Tin tức", "TIN TỨC - SỰ KIỆN", crumbs, content, "04/12/2026")


_POPUP_JS = "MM_openBrWindow('{href}','thongbao','scrollbars=yes,width=650,height=480')"


def _notices_list() -> str:
    rows = [
        f'<tr><td>&raquo; <a href="TB_Hoi_khoe_PD.html">{esc(A11.title)}</a> <i>(30/11/2026)</i></td></tr>',
        f'<tr><td>&raquo; <a href="javascript:{_POPUP_JS.format(href="tb_nghi_ret.html")}">'
        f"{esc(A12.title)}</a> <img src=\"../images/moi.gif\" alt=\"Mới\" /></td></tr>",
        f'<tr><td>&raquo; <a href="lich_thi_HK1.html">{esc(A10.title)}</a> <i>(01/12/2026)</i></td></tr>',
        '<tr><td>&raquo; <a href="vb_ke_hoach_nam_hoc.html">Kế hoạch năm học 2026 - 2027 (văn bản)</a></td></tr>',
    ]
    content = '<table width="100%" border="0" cellpadding="4" class="ds_thongbao">' + "".join(rows) + "</table>"
    crumbs = '<a href="../index.html">Trang chủ</a> &raquo; <span class="duongdan_hientai">Thông báo</span>'
    return _page("../", "Trường THCS Chu Văn An - Thông báo", "THÔNG BÁO", crumbs, content, "04/12/2026")


def _home() -> str:
    rows = "\n".join(_list_row(BY_ID[i], HOME_NAMES, "tintuc/") for i in LIST_PAGES[0])
    popup = _POPUP_JS.format(href="thongbao/tb_nghi_ret.html")
    content = f"""<div class="box_khan" style="border:2px solid #CC0000;padding:6px;margin-bottom:8px">
<img src="images/loa.gif" alt="" /> <b><font color="#CC0000">THÔNG BÁO KHẨN:</font></b>
<a href="#" onclick="{popup};return false">{esc(A12.title)}</a></div>
<table width="100%" border="0"><tr><td class="tieude_khoi">TIN MỚI</td></tr></table>
{rows}
<p align="right"><a href="tintuc/index.html">Xem tất cả tin tức &raquo;</a></p>
<table width="100%" border="0"><tr><td class="tieude_khoi">THÔNG BÁO</td></tr></table>
<ul class="ds_thongbao">
<li><a href="thongbao/TB_Hoi_khoe_PD.html">{esc(A11.title)}</a></li>
<li><a href="thongbao/lich_thi_HK1.html">{esc(A10.title)}</a></li>
</ul>"""
    crumbs = "Trang chủ"
    return _page("", "Trường THCS Chu Văn An - Thị xã Sa Pa - Lào Cai", "TRANG CHỦ", crumbs, content, "05/12/2026")


def _fixed(path: str, title: str, inner: str) -> str:
    root = _root(path)
    crumbs = f'<a href="{root}index.html">Trang chủ</a> &raquo; <span class="duongdan_hientai">{esc(title)}</span>'
    content = f'<div class="khung_trang"><p class="tieude_tin"><b>{esc(title)}</b></p>\n{inner}\n</div>'
    return _page(root, f"Trường THCS Chu Văn An - {title}", title.upper(), crumbs, content, "20/09/2026")


FIXED = {
    "/gioithieu.html": (
        "Giới thiệu",
        "<p>Trường THCS Chu Văn An được thành lập năm 1997, đóng tại trung tâm thị xã Sa Pa.</p>"
        "<p>Năm học 2026 - 2027 trường có 18 lớp với 684 học sinh, trong đó 71% là học sinh dân tộc thiểu số.</p>"
        '<p align="center"><img src="images/truong_toancanh.jpg" width="500" height="300" alt="" /></p>',
    ),
    "/doi_ngu.html": (
        "Đội ngũ giáo viên",
        '<table width="90%" border="1" cellpadding="3"><tr><td><b>Họ và tên</b></td><td><b>Chức vụ</b></td></tr>'
        "<tr><td>Vàng Thị Dung</td><td>Hiệu trưởng</td></tr>"
        "<tr><td>Lò Thị Mai</td><td>Phó Hiệu trưởng</td></tr>"
        "<tr><td>Phạm Quốc Toản</td><td>Tổ trưởng tổ KHTN</td></tr></table>",
    ),
    "/lienhe.html": (
        "Liên hệ",
        "<p>Địa chỉ: Tổ 6, phường Sa Pa, thị xã Sa Pa, tỉnh Lào Cai</p>"
        "<p>Điện thoại: 0214 3871 xxx</p><p>Email: c2chuvanan.sapa@laocai.edu.vn</p>",
    ),
    "/thuvienanh.html": (
        "Thư viện ảnh",
        '<table border="0" cellpadding="4"><tr>'
        + "".join(
            f'<td align="center"><a href="javascript:;" onclick="MM_openBrWindow(\'images/album/anh_{k:02d}_lon.jpg\','
            f"'album','width=800,height=600')\"><img src=\"images/album/anh_{k:02d}.jpg\" width=\"150\" "
            f'height="100" border="0" alt="" /></a><br />Ảnh {k}</td>'
            for k in range(1, 7)
        )
        + "</tr></table>",
    ),
    "/thongbao/vb_ke_hoach_nam_hoc.html": (
        "Kế hoạch năm học 2026 - 2027",
        "<p>Số hiệu: 01/KH-THCSCVA - Ngày ban hành: 05/09/2026 - Người ký: Vàng Thị Dung</p>"
        '<p><img src="../images/icon_pdf.gif" alt="" /> <a href="../files/KH_nam_hoc_2026-2027.pdf">Tải về: '
        "KH_nam_hoc_2026-2027.pdf</a></p>",
    ),
}


# --- the site ------------------------------------------------------------------------------


class DreamweaverSite:
    """Static files on IIS: names matched case-insensitively, folders serve their index.html."""

    def __init__(self) -> None:
        pages: dict[str, object] = {
            "/": _home,
            "/index.html": _home,
            "/tintuc/": lambda: _news_list(1),
            "/thongbao/": _notices_list,
            "/thongbao/index.html": _notices_list,
        }
        for n in range(1, len(LIST_PAGES) + 1):
            pages[f"/tintuc/{_list_file(n)}"] = lambda n=n: _news_list(n)
        for s in STORIES:
            tpl = s.opts.get("tpl")
            if tpl == "old":
                pages[unquote(_path(s))] = lambda s=s: html(_old_page(s), charset=None)
            elif tpl == "popup":
                pages[unquote(_path(s))] = lambda s=s: _popup_page(s)
            else:
                for p in [_path(s), *s.opts.get("alts", [])]:
                    # the FTP copy is the same file: its relative links are the original's
                    pages[unquote(p)] = lambda s=s: _article_page(s, _path(s))
        for path, (title, inner) in FIXED.items():
            pages[path] = lambda path=path, title=title, inner=inner: _fixed(path, title, inner)
        self.pages = {k.lower(): v for k, v in pages.items()}

    def respond(self, request: Request) -> Response | None:
        path = re.sub(r"/{2,}", "/", unquote(request.path))
        if path.lower().endswith(".pdf"):
            if path.lower() == "/files/kh_nam_hoc_2026-2027.pdf":
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        page = self.pages.get(path.lower())
        if page is None:
            return static_file(path) if path.lower().startswith(("/images/", "/css/", "/spryassets/")) else None
        result = page()
        return result if isinstance(result, Response) else html(result)


def build_site() -> DreamweaverSite:
    return DreamweaverSite()


def _gold(s: Story) -> dict:
    alts = list(s.opts.get("alts", []))
    return gold_record(s, _path(s), s.cat, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioithieu.html",
    "/doi_ngu.html",
    "/lienhe.html",
    "/thuvienanh.html",
    "/thongbao/vb_ke_hoach_nam_hoc.html",
]
