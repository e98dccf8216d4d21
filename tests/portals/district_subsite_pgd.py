"""Phòng GD&ĐT huyện Đức Phổ (Quảng Ngãi) as a SUBSITE of the district's e-government portal.

Platform
--------
"Cổng thông tin điện tử huyện Đức Phổ" runs on a vendor's ASP.NET WebForms portal (the kind
provincial IT centres buy for every district): one host, one theme, one ``<form id="aspnetForm">``
with ``__VIEWSTATE`` around every page, and the district's agencies as *subsites* that live under
a path prefix of that host: ``/ubnd/`` (Văn phòng HĐND và UBND), ``/vhtt/`` (Phòng Văn hóa và
Thông tin), ``/tnmt/`` (Phòng Tài nguyên và Môi trường) and ``/pgddt/`` (Phòng Giáo dục và Đào tạo).

This fixture is the portal *of the Phòng GD&ĐT*: the crawl is given ``/pgddt/`` alone.
THE PORTAL'S BOUNDARY IS A PATH, NOT A HOST. Everything else on the host belongs to someone
else, even though it is one click away and printed with the very same templates.

Page chrome (every page of the host)
------------------------------------
- top bar: "Thứ Sáu, ngày 04/12/2026" (the server's today, never a publication date), links
  "Đăng nhập", "Sơ đồ cổng";
- the district banner "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC PHỔ" and the district menu: "Trang chủ
  huyện" (``/``), "Giới thiệu" (``/gioi-thieu.aspx``), "Tin tức - Sự kiện" (the district's news
  ``/danh-muc/tin-tuc-su-kien.aspx``), a "Các cơ quan" dropdown (``/ubnd/``, ``/vhtt/``,
  ``/tnmt/``, ``/pgddt/``), "Liên hệ";
- on ``/pgddt/`` pages, below it, the Phòng's own menu: "Trang chủ Phòng", "Giới thiệu",
  "Tin giáo dục", "Chỉ đạo điều hành", "Gương điển hình", "Văn bản", "Liên hệ";
- a search box whose button is a ``__doPostBack`` link (a POST answers the same page);
- sidebar: the district home's box "Tin nổi bật" (on EVERY page, Phòng pages included: it links
  to district articles ``/tin-tuc/…``), on Phòng pages "Tin đọc nhiều" of the Phòng, a
  "Liên kết website" dropdown, a poll "Ý kiến của bạn về Cổng thông tin" and the counter
  "Đang truy cập: 34 / Tổng: 1.234.567";
- footer: "Cơ quan chủ quản: Ủy ban nhân dân huyện Đức Phổ", the committee's address and phone;
  on Phòng pages the Phòng's own address line too.

URL scheme
----------
- ``/pgddt/``: the Phòng's home: "Tin mới" (the 5 newest) and one box per category (4 newest).
- ``/pgddt/tin-tuc/<slug>-<id>.aspx``: the Phòng's news (the 13 gold articles).
- ``/pgddt/danh-muc/<cat>.aspx`` (= ``?page=1``), ``?page=<n>``: 8 per page, newest first,
  pager "Trang: 1 2 Sau »".
- ``/pgddt/gioi-thieu.aspx``, ``/pgddt/lien-he.aspx``, ``/pgddt/van-ban.aspx`` (a table of
  documents with PDF links under ``/UploadFiles/pgddt/vanban/``): static pages.
- ``/``: the district's home; ``/tin-tuc/<slug>-<id>.aspx``: the DISTRICT's news (not the
  Phòng's); ``/danh-muc/tin-tuc-su-kien.aspx?page=<n>``: the district's list;
  ``/gioi-thieu.aspx``, ``/lien-he.aspx``: the district's static pages.
- ``/vhtt/``, ``/tnmt/``, ``/ubnd/``: other agencies' homes; ``/<agency>/tin-tuc/<slug>-<id>.aspx``
  their news.
- Uploads ``/UploadFiles/<agency>/<yyyy>/<mm>/<file>.jpg``; theme files ``/App_Themes/DucPho/…``.

Article template (Phòng, district and agencies alike)::

    <div class="breadcrumb">Trang chủ › Phòng GD&ĐT › Tin giáo dục</div>
    <div class="news-detail">
      <h1 class="news-title">…</h1>
      <div class="news-info">Ngày đăng: 18/11/2026 08:30 | Lượt xem: 512</div>
      <div class="news-tools"> In bài / Gửi email / Chia sẻ </div>
      <div class="news-sapo"><strong>…</strong></div>   (most articles)
      <div class="news-content"> CKEditor HTML: paragraphs, photos, captions, byline </div>
    </div>
    <div class="other-news"><h3>Tin cùng chuyên mục</h3> … </div>

How each gold article is reached
--------------------------------
- From ``/pgddt/``: the 5 newest ("Tin mới") and the 4 newest of each category.
- From the category lists ``/pgddt/danh-muc/<cat>.aspx``: Tin giáo dục has 9 articles, so its
  oldest ("Khai mạc lớp bồi dưỡng …", 20/10/2026) is only on ``tin-giao-duc.aspx?page=2``: the
  Phòng home, "Tin cùng chuyên mục" (the category's 5 newest) and "Tin đọc nhiều" never list it.
- "Tin cùng chuyên mục" on every article page (the category's 5 newest but the page's own).

Traps
-----
- The host carries four publishers; only ``/pgddt/tin-tuc/…`` pages are this portal's articles.
  District articles (``/tin-tuc/…``) and agency articles (``/vhtt/tin-tuc/…``, ``/tnmt/…``,
  ``/ubnd/…``) are reachable from every Phòng page (menu, "Các cơ quan", "Tin nổi bật") and use
  the same article template: they are NOT articles of this portal.
- Two Phòng articles are republished by the district under ``/tin-tuc/<slug>-<id2>.aspx``
  (same headline, sapo, text and photos, a later "Ngày đăng", breadcrumb "Tin tức - Sự kiện ›
  Giáo dục", a closing "Nguồn: Phòng GD&ĐT huyện Đức Phổ"); both copies are linked from "Tin nổi
  bật". That copy is the district's article, not the Phòng's (not an alt path; a non-article).
- The breadcrumb's "Trang chủ" goes to the district home ``/``, not to ``/pgddt/``.
- The header's date "Thứ Sáu, ngày 04/12/2026" is today, never a publication date; listing items
  print the day only "(18/11/2026)", the article page the day and time.
- Static pages (Giới thiệu, Liên hệ, Văn bản) share the chrome and an ``h1`` but no date.
- One article was pasted from a Mac (decomposed Unicode, NFD); one has a line break (``<br>``)
  inside a paragraph; one prints a results table; one has a timetable; photos are captioned
  three ways (``p.caption`` right under the photo, an italic centred line, the CKEditor
  "image table" cell ``td.image_desc``) or not at all.

Gold decisions
--------------
- title: ``h1.news-title``; published_at: "Ngày đăng: dd/mm/yyyy HH:MM" ->
  "yyyy-mm-ddTHH:MM:00+07:00".
- authors/photographers from the closing byline: "Võ Văn Tín - Phòng GD&ĐT" -> Võ Văn Tín;
  "Tổ Văn phòng" -> the unit as author; "Tin, ảnh: X" -> X both; "Tin: X - Ảnh: Y";
  "ThS. Trần Quốc Việt" -> Trần Quốc Việt; "BBT" and "Ảnh: Internet" -> nobody; a caption
  "…  (Ảnh: Đinh Văn Hòa)" credits the photographer (the caption is kept as displayed).
- source: "Nguồn: Báo Quảng Ngãi" -> "Báo Quảng Ngãi"; "Nguồn: Sở GD&ĐT Quảng Ngãi".
- summary: the bold ``div.news-sapo`` (also body's first paragraph), or a bold first paragraph of
  the content on one article; none on the others.
- body: ``div.news-content`` paragraphs, sub-headings, list items, table rows (cells " | ");
  not the captions, bylines, source lines, tools, "Tin cùng chuyên mục".
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "district_subsite_pgd"
PLATFORM = "Vendor ASP.NET WebForms e-government portal; the Phòng GD&ĐT is the /pgddt/ subsite"
START_PATH = "/pgddt/"

#: the header clock of this portal (its own today, a Friday)
HEADER_TODAY = "Thứ Sáu, ngày 04/12/2026"
COUNTER = "Đang truy cập: 34 / Tổng: 1.234.567"
PORTAL_TITLE = "Cổng thông tin điện tử huyện Đức Phổ"
PHONG = "Phòng GD&ĐT huyện Đức Phổ"
PER_PAGE = 8

CATEGORIES = {
    "tin-giao-duc": "Tin giáo dục",
    "chi-dao-dieu-hanh": "Chỉ đạo điều hành",
    "guong-dien-hinh": "Gương điển hình",
}

AGENCIES = {
    "ubnd": "Văn phòng HĐND và UBND",
    "vhtt": "Phòng Văn hóa và Thông tin",
    "tnmt": "Phòng Tài nguyên và Môi trường",
    "pgddt": "Phòng Giáo dục và Đào tạo",
}


def up(month: str, name: str, agency: str = "pgddt") -> str:
    return f"/UploadFiles/{agency}/2026/{month}/{name}"


# --- the Phòng's articles ---------------------------------------------------------------------
#
# opts: when ("dd/mm/yyyy HH:MM" as printed), views, nfd (text pasted decomposed).
# P styles: "" (paragraph), "h3", "li", "oli", "th"/"td" (table rows), "quote", "lead" (bold
# first paragraph inside the content), "br" (continues the previous paragraph after a <br>).
# Img styles: "caption" (p.caption), "em" (italic centred line), "desc" (td.image_desc), "none".


def _right(line: str, bold: bool = True) -> Raw:
    inner = f"<strong>{esc(line)}</strong>" if bold else esc(line)
    return Raw(f'<p style="text-align: right;">{inner}</p>')


STORIES: list[Story] = [
    Story(
        1647,
        "hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-huyen-bac-tieu-hoc",
        "Hội thi Giáo viên chủ nhiệm lớp giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
        "tin-giao-duc",
        "2026-12-03T09:15:00+07:00",
        [
            P(
                "Hội thi được tổ chức tại Trường Tiểu học số 1 Phổ Thạnh với sự tham gia của 46 giáo "
                "viên đến từ 23 trường tiểu học trên địa bàn huyện. Mỗi giáo viên trải qua hai phần "
                "thi: trình bày biện pháp giáo dục học sinh và xử lý tình huống sư phạm."
            ),
            Img(
                up("12", "gvcn-gioi-khai-mac.jpg"),
                "Quang cảnh lễ khai mạc hội thi",
                "Quang cảnh lễ khai mạc hội thi",
                "caption",
            ),
            P(
                "Ở phần thi trình bày biện pháp, nhiều thầy cô đã mạnh dạn chia sẻ những cách làm hay "
                "như xây dựng “Góc chia sẻ” trong lớp học, lập nhóm Zalo phối hợp với cha mẹ học sinh, "
                "tổ chức sinh hoạt lớp theo hướng để học sinh tự quản."
            ),
            P(
                "Phần xử lý tình huống được Ban Giám khảo đánh giá cao khi các giáo viên thể hiện sự "
                "bình tĩnh, thấu hiểu tâm lý học sinh, biết lắng nghe và phối hợp kịp thời với gia "
                "đình trong những trường hợp học sinh gặp khó khăn."
            ),
            Img(
                up("12", "gvcn-gioi-tinh-huong.jpg"),
                "Cô giáo Phạm Thị Kim Oanh (Trường TH Phổ Văn) xử lý tình huống sư phạm",
                "Cô giáo Phạm Thị Kim Oanh (Trường TH Phổ Văn) xử lý tình huống sư phạm",
                "caption",
            ),
            P(
                "Kết thúc hội thi, Ban Tổ chức đã trao giải cho 18 giáo viên đạt danh hiệu Giáo viên "
                "chủ nhiệm lớp giỏi cấp huyện, trong đó có 5 giải Nhất, 6 giải Nhì và 7 giải Ba."
            ),
            P(
                "Phát biểu bế mạc, ông Nguyễn Tấn Lực, Phó Trưởng phòng GD&ĐT, đề nghị các trường tiếp "
                "tục nhân rộng các biện pháp hay, xem đây là nội dung sinh hoạt chuyên môn thường "
                "xuyên trong năm học."
            ),
            _right("Võ Văn Tín - Phòng GD&ĐT"),
        ],
        authors=["Võ Văn Tín"],
        summary=(
            "Từ ngày 01 đến 02/12/2026, Phòng GD&ĐT huyện Đức Phổ tổ chức Hội thi Giáo viên chủ "
            "nhiệm lớp giỏi cấp huyện bậc Tiểu học năm học 2026-2027."
        ),
        sapo_outside=True,
        opts={"when": "03/12/2026 09:15", "views": 214},
    ),
    Story(
        1638,
        "phong-gd-dt-trien-khai-ke-hoach-kiem-tra-hoc-ky-i",
        "Phòng GD&ĐT triển khai kế hoạch kiểm tra cuối học kỳ I năm học 2026-2027",
        "chi-dao-dieu-hanh",
        "2026-12-01T10:00:00+07:00",
        [
            P(
                "Căn cứ Kế hoạch số 215/KH-PGDĐT ngày 28/11/2026, Phòng GD&ĐT huyện Đức Phổ hướng dẫn "
                "các trường THCS tổ chức kiểm tra cuối học kỳ I năm học 2026-2027 như sau:"
            ),
            P("1. Yêu cầu chung", "h3"),
            P(
                "Đề kiểm tra bảo đảm theo ma trận, bản đặc tả đã được tổ chuyên môn thống nhất.",
                "li",
            ),
            P("Tổ chức kiểm tra nghiêm túc, khách quan, đúng quy chế.", "li"),
            P("Chấm, trả bài và nhập điểm vào hệ thống cơ sở dữ liệu ngành đúng thời hạn.", "li"),
            P("2. Lịch kiểm tra các môn chung toàn huyện", "h3"),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "th"),
            P("22/12/2026 | Sáng | Ngữ văn | 90 phút", "td"),
            P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "td"),
            P("23/12/2026 | Sáng | Toán | 90 phút", "td"),
            P("23/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "td"),
            P("3. Tổ chức thực hiện", "h3"),
            P(
                "Hiệu trưởng các trường chịu trách nhiệm tổ chức kiểm tra tại đơn vị; báo cáo kết quả "
                "về Phòng GD&ĐT (qua bộ phận chuyên môn THCS) trước ngày 05/01/2027."
            ),
            _right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"when": "01/12/2026 10:00", "views": 388},
    ),
    Story(
        1633,
        "truong-thcs-pho-minh-to-chuc-chuyen-de-day-hoc-stem",
        "Trường THCS Phổ Minh tổ chức chuyên đề dạy học STEM",
        "tin-giao-duc",
        "2026-11-30T14:00:00+07:00",
        [
            P(
                "Chuyên đề được thực hiện qua bài học “Chế tạo hệ thống tưới nước tự động” môn Công "
                "nghệ lớp 8 do thầy giáo Lê Văn Hùng trực tiếp giảng dạy. Học sinh làm việc theo "
                "nhóm, thiết kế, lắp ráp và vận hành sản phẩm ngay tại lớp."
            ),
            Img(
                up("11", "stem-pho-minh.jpg"),
                "Học sinh lớp 8A giới thiệu sản phẩm hệ thống tưới nước tự động",
                "Học sinh lớp 8A giới thiệu sản phẩm hệ thống tưới nước tự động",
                "em",
            ),
            P(
                "Qua tiết dạy, các em không chỉ vận dụng kiến thức Vật lý, Toán học mà còn rèn luyện "
                "kỹ năng hợp tác, thuyết trình và giải quyết vấn đề thực tiễn."
            ),
            P(
                "Tại buổi thảo luận, giáo viên dự chuyên đề đã trao đổi về cách lựa chọn chủ đề STEM "
                "phù hợp với điều kiện cơ sở vật chất của nhà trường, cách đánh giá sản phẩm của học "
                "sinh theo tiêu chí rõ ràng."
            ),
            _right("Tin, ảnh: Nguyễn Thị Thu Hà"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Nguyễn Thị Thu Hà"],
        summary=(
            "Ngày 28/11/2026, Trường THCS Phổ Minh tổ chức chuyên đề dạy học theo định hướng giáo "
            "dục STEM cấp cụm với sự tham gia của hơn 60 giáo viên các trường THCS khu vực phía Bắc "
            "huyện."
        ),
        sapo_outside=True,
        opts={"when": "30/11/2026 14:00", "views": 175},
    ),
    Story(
        1629,
        "ket-qua-hoi-thi-tin-hoc-tre-cap-huyen-nam-2026",
        "Kết quả Hội thi Tin học trẻ cấp huyện năm 2026",
        "tin-giao-duc",
        "2026-11-26T08:00:00+07:00",
        [
            P(
                "Hội thi Tin học trẻ huyện Đức Phổ năm 2026 do Phòng GD&ĐT phối hợp với Huyện đoàn tổ "
                "chức vào ngày 22/11/2026 tại Trường THCS Nguyễn Nghiêm, thu hút 124 thí sinh ở hai "
                "bảng thi Tiểu học và THCS."
            ),
            P(
                "Ban Tổ chức đã trao 4 giải Nhất, 6 giải Nhì, 9 giải Ba và 12 giải Khuyến khích. Các "
                "thí sinh đạt giải Nhất được chọn tham gia Hội thi cấp tỉnh. Danh sách cụ thể:"
            ),
            P("TT | Họ và tên | Đơn vị | Bảng | Giải", "th"),
            P("1 | Trần Minh Khôi | TH số 1 Phổ Thạnh | A | Nhất", "td"),
            P("2 | Nguyễn Ngọc Bảo Anh | TH Phổ Ninh | A | Nhất", "td"),
            P("3 | Lê Hoàng Phúc | THCS Nguyễn Nghiêm | B | Nhất", "td"),
            P("4 | Võ Thị Thanh Trúc | THCS Phổ Văn | B | Nhất", "td"),
            P(
                "Phòng GD&ĐT đề nghị các trường có học sinh đạt giải tiếp tục bồi dưỡng, chuẩn bị tốt "
                "cho Hội thi cấp tỉnh dự kiến tổ chức vào tháng 01/2027."
            ),
            _right("Tổ Chuyên môn THCS"),
        ],
        authors=["Tổ Chuyên môn THCS"],
        opts={"when": "26/11/2026 08:00", "views": 623},
    ),
    Story(
        1626,
        "co-giao-nguyen-thi-lan-tan-tuy-voi-hoc-sinh-vung-kho",
        "Cô giáo Nguyễn Thị Lan - tấm gương tận tụy với học sinh vùng khó",
        "guong-dien-hinh",
        "2026-11-24T09:30:00+07:00",
        [
            P(
                "Hơn 20 năm gắn bó với Trường Tiểu học Phổ Khánh, một ngôi trường ven biển còn nhiều "
                "khó khăn, cô giáo Nguyễn Thị Lan được đồng nghiệp và phụ huynh trìu mến gọi là “người "
                "mẹ thứ hai” của học trò."
            ),
            P(
                "Nhiều học sinh của cô là con em ngư dân, cha mẹ đi biển dài ngày, các em ở với ông bà. "
                "Không ít lần cô đạp xe hàng cây số đến từng nhà vận động học sinh trở lại lớp sau "
                "những ngày nghỉ học phụ giúp gia đình."
            ),
            P(
                "“Mình chỉ nghĩ đơn giản, một ngày các em không đến lớp là một ngày các em thiệt thòi. "
                "Giữ được các em ở lại trường là niềm vui lớn nhất của mình”, cô Lan chia sẻ.",
                "quote",
            ),
            Img(up("11", "co-giao-lan.jpg"), None, None, "none"),
            P(
                "Không chỉ tận tụy, cô Lan còn là giáo viên giỏi chuyên môn: nhiều năm liền đạt danh "
                "hiệu Giáo viên dạy giỏi cấp huyện, có sáng kiến “Rèn kỹ năng đọc hiểu cho học sinh "
                "lớp 3 qua góc đọc sách lớp học” được Hội đồng khoa học ngành công nhận."
            ),
            P(
                "Với những đóng góp đó, cô vinh dự được Chủ tịch UBND tỉnh tặng Bằng khen năm học "
                "2025-2026 và được tuyên dương tại Lễ kỷ niệm Ngày Nhà giáo Việt Nam vừa qua."
            ),
            P(
                "Câu chuyện của cô Lan là minh chứng sinh động cho tinh thần “Mỗi thầy cô giáo là một "
                "tấm gương đạo đức, tự học và sáng tạo” mà ngành giáo dục Đức Phổ đang lan tỏa."
            ),
            _right("Huỳnh Thị Mỹ Duyên"),
        ],
        authors=["Huỳnh Thị Mỹ Duyên"],
        summary=(
            "Giữa những khó khăn của vùng bãi ngang ven biển, cô giáo Nguyễn Thị Lan vẫn lặng lẽ "
            "giữ lửa, giúp bao thế hệ học trò nghèo vững bước đến trường."
        ),
        sapo_outside=True,
        opts={"when": "24/11/2026 09:30", "views": 901},
    ),
    Story(
        1621,
        "hon-1200-hoc-sinh-tham-gia-ngay-hoi-doc-sach",
        "Đức Phổ: Hơn 1.200 học sinh tham gia Ngày hội đọc sách",
        "tin-giao-duc",
        "2026-11-21T16:45:00+07:00",
        [
            P(
                "Ngày hội có nhiều hoạt động hấp dẫn như: trưng bày sách, thi kể chuyện theo sách, vẽ "
                "tranh về nhân vật yêu thích, giới thiệu sách qua video và trò chơi “Rung chuông vàng” "
                "về kiến thức văn học."
            ),
            Img(up("11", "ngay-hoi-doc-sach-1.jpg"), None, None, "none"),
            P(
                "Đặc biệt, gian trưng bày “Sách cũ - Tri thức mới” thu hút đông đảo học sinh tham gia "
                "trao đổi sách; hơn 3.500 cuốn sách đã được quyên góp để bổ sung cho thư viện các "
                "điểm trường lẻ."
            ),
            Img(
                up("11", "ngay-hoi-doc-sach-2.jpg"),
                "Học sinh thi kể chuyện theo sách",
                "Học sinh thi kể chuyện theo sách",
                "desc",
            ),
            P(
                "Theo lãnh đạo Phòng GD&ĐT, ngày hội nhằm khơi dậy niềm đam mê đọc sách, góp phần xây "
                "dựng văn hóa đọc trong nhà trường; từ năm học này, các trường sẽ duy trì tiết đọc thư "
                "viện mỗi tuần một lần."
            ),
            _right("Tin: Lê Minh Quân - Ảnh: Phạm Thị Mai"),
        ],
        authors=["Lê Minh Quân"],
        photographers=["Phạm Thị Mai"],
        summary=(
            "Sáng 20/11/2026, tại Trường THCS Nguyễn Nghiêm, Phòng GD&ĐT huyện Đức Phổ tổ chức Ngày "
            "hội đọc sách năm 2026 với sự tham gia của hơn 1.200 học sinh tiểu học và THCS."
        ),
        sapo_outside=True,
        opts={"when": "21/11/2026 16:45", "views": 455},
    ),
    Story(
        1617,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Ngành Giáo dục Đức Phổ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "tin-giao-duc",
        "2026-11-18T08:30:00+07:00",
        [
            P(
                "Dự buổi lễ có đồng chí Phạm Văn Bình, Phó Chủ tịch UBND huyện; lãnh đạo các ban, "
                "ngành, đoàn thể của huyện cùng hơn 400 cán bộ quản lý, giáo viên đại diện các trường "
                "học trên địa bàn."
            ),
            P(
                "Báo cáo tại buổi lễ cho thấy, năm học 2025-2026 ngành Giáo dục huyện tiếp tục đạt "
                "nhiều kết quả nổi bật: tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99,9%; tốt "
                "nghiệp THCS đạt 99,6%; có 58 học sinh đạt giải học sinh giỏi cấp tỉnh; thêm 6 trường "
                "được công nhận đạt chuẩn quốc gia."
            ),
            Img(
                up("11", "le-ky-niem-20-11.jpg"),
                "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo (Ảnh: Đinh Văn Hòa)",
                "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo (Ảnh: Đinh Văn Hòa)",
                "caption",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện ghi nhận, biểu dương những "
                "đóng góp của đội ngũ nhà giáo; đề nghị ngành tiếp tục đổi mới phương pháp dạy học, "
                "nâng cao chất lượng giáo dục toàn diện, quan tâm hơn nữa đến học sinh vùng khó."
            ),
            P(
                "Nhân dịp này, UBND huyện tặng Giấy khen cho 12 tập thể và 65 cá nhân có thành tích "
                "xuất sắc trong năm học 2025-2026."
            ),
            _right("Võ Văn Tín - Phòng GD&ĐT"),
        ],
        authors=["Võ Văn Tín"],
        photographers=["Đinh Văn Hòa"],
        summary=(
            "Sáng 18/11/2026, Phòng GD&ĐT huyện Đức Phổ tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
            "Nam (20/11/1982 - 20/11/2026) và tuyên dương khen thưởng nhà giáo tiêu biểu."
        ),
        sapo_outside=True,
        opts={"when": "18/11/2026 08:30", "views": 1204},
    ),
    Story(
        1612,
        "huong-dan-phong-chong-dich-benh-mua-dong-xuan-trong-truong-hoc",
        "Hướng dẫn phòng, chống dịch bệnh mùa đông xuân trong trường học",
        "chi-dao-dieu-hanh",
        "2026-11-15T08:00:00+07:00",
        [
            P(
                "Thực hiện Công văn số 2468/SGDĐT-CTTT ngày 10/11/2026 của Sở GD&ĐT Quảng Ngãi, Phòng "
                "GD&ĐT yêu cầu các trường mầm non, tiểu học và THCS triển khai ngay các biện pháp "
                "phòng, chống dịch bệnh mùa đông xuân."
            ),
            P("Đối với nhà trường", "h3"),
            P("Vệ sinh lớp học, nhà vệ sinh, khu bán trú ít nhất một lần mỗi tuần.", "oli"),
            P("Bố trí đủ nước sạch, xà phòng rửa tay tại các điểm rửa tay.", "oli"),
            P(
                "Theo dõi sức khỏe học sinh hằng ngày; phát hiện sớm trường hợp sốt, ho, phát ban để "
                "thông báo gia đình và trạm y tế xã.",
                "oli",
            ),
            P("Đối với học sinh và cha mẹ học sinh", "h3"),
            P(
                "Giữ ấm cơ thể, ăn chín uống sôi, rửa tay thường xuyên bằng xà phòng; không đưa trẻ "
                "đến trường khi đang có biểu hiện bệnh."
            ),
            P(
                "Các đơn vị báo cáo tình hình dịch bệnh (nếu có) về Phòng GD&ĐT qua bộ phận Y tế "
                "trường học để tổng hợp, báo cáo UBND huyện và Sở GD&ĐT."
            ),
            Raw("<p><em>Nguồn: Sở GD&amp;ĐT Quảng Ngãi</em></p>"),
        ],
        source="Sở GD&ĐT Quảng Ngãi",
        opts={"when": "15/11/2026 08:00", "views": 340},
    ),
    Story(
        1608,
        "tap-huan-phong-chong-duoi-nuoc-cho-hoc-sinh-tieu-hoc",
        "Tập huấn kỹ năng phòng, chống đuối nước cho học sinh tiểu học",
        "tin-giao-duc",
        "2026-11-12T10:20:00+07:00",
        [
            P(
                "Trong hai ngày 9 và 10/11, gần 300 học sinh lớp 4, lớp 5 các trường tiểu học xã Phổ "
                "Châu, Phổ Khánh được tập huấn kỹ năng phòng, chống đuối nước tại hồ bơi di động của "
                "Trung tâm Văn hóa - Thể thao huyện.",
                "lead",
            ),
            P(
                "Các em được hướng dẫn cách nhận biết nơi nguy hiểm, kỹ năng tự cứu khi rơi xuống nước, "
                "cách sử dụng áo phao và cách hỗ trợ người bị đuối nước an toàn, không nhảy xuống "
                "cứu khi không biết bơi."
            ),
            Img(
                up("11", "tap-huan-duoi-nuoc.jpg"),
                "Huấn luyện viên hướng dẫn học sinh kỹ năng nổi trên mặt nước",
                "Huấn luyện viên hướng dẫn học sinh kỹ năng nổi trên mặt nước",
                "em",
            ),
            P(
                "Theo thống kê, Đức Phổ có đường bờ biển dài và nhiều sông suối, hồ đập; mùa mưa bão "
                "là thời điểm tiềm ẩn nguy cơ đuối nước cao đối với trẻ em."
            ),
            P(
                "Kế hoạch năm 2026-2027, huyện phấn đấu 100% học sinh tiểu học được trang bị kỹ năng "
                "an toàn trong môi trường nước, 70% học sinh lớp 5 biết bơi."
            ),
            _right("Bảo Trâm"),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Quảng Ngãi</em></p>'),
        ],
        authors=["Bảo Trâm"],
        source="Báo Quảng Ngãi",
        summary=(
            "Trong hai ngày 9 và 10/11, gần 300 học sinh lớp 4, lớp 5 các trường tiểu học xã Phổ "
            "Châu, Phổ Khánh được tập huấn kỹ năng phòng, chống đuối nước tại hồ bơi di động của "
            "Trung tâm Văn hóa - Thể thao huyện."
        ),
        opts={"when": "12/11/2026 10:20", "views": 287},
    ),
    Story(
        1603,
        "em-huynh-gia-bao-hoc-sinh-ngheo-vuot-kho-hoc-gioi",
        "Em Huỳnh Gia Bảo - học sinh nghèo vượt khó, học giỏi",
        "guong-dien-hinh",
        "2026-11-09T14:20:00+07:00",
        [
            P(
                "Nhà Bảo ở thôn Trà Câu, xã Phổ Văn. Bố mất sớm, mẹ làm thuê nuôi hai anh em. Ngoài "
                "giờ học, Bảo phụ mẹ bán rau ở chợ, tối về lại miệt mài bên trang sách dưới ánh đèn "
                "học được nhà trường tặng."
            ),
            P(
                "Năm học 2025-2026, Bảo đạt giải Nhì học sinh giỏi cấp tỉnh môn Toán lớp 9 và trúng "
                "tuyển vào lớp chuyên Toán Trường THPT chuyên Lê Khiết với số điểm cao."
            ),
            Img(
                up("11", "em-gia-bao.jpg"),
                "Em Huỳnh Gia Bảo nhận học bổng “Tiếp sức đến trường”",
                "Em Huỳnh Gia Bảo nhận học bổng “Tiếp sức đến trường”",
                "caption",
            ),
            P(
                "Cô Trần Thị Hồng, giáo viên chủ nhiệm của Bảo, cho biết: “Bảo rất tự giác, không "
                "bao giờ than khó. Em còn thường xuyên kèm bạn yếu trong lớp vào giờ ra chơi”."
            ),
            _right("Võ Văn Tín - Phòng GD&ĐT"),
        ],
        authors=["Võ Văn Tín"],
        summary=(
            "Hoàn cảnh gia đình khó khăn, nhưng em Huỳnh Gia Bảo, cựu học sinh Trường THCS Phổ Văn, "
            "luôn nỗ lực vươn lên và đạt nhiều thành tích đáng tự hào."
        ),
        sapo_outside=True,
        opts={"when": "09/11/2026 14:20", "views": 766},
    ),
    Story(
        1598,
        "truong-mam-non-pho-van-khai-truong-thu-vien-xanh",
        "Trường Mầm non Phổ Văn khai trương “Thư viện xanh”",
        "tin-giao-duc",
        "2026-11-05T07:50:00+07:00",
        [
            P(
                "Thư viện được bố trí ngay dưới tán cây bàng trong sân trường với các kệ sách thấp, "
                "thảm ngồi và nhiều góc đọc nhỏ, giúp trẻ được tự do chọn sách, xem tranh trong giờ "
                "hoạt động ngoài trời."
            ),
            P(
                "Hơn 800 đầu sách, truyện tranh phù hợp lứa tuổi mầm non do phụ huynh và các nhà hảo "
                "tâm đóng góp đã được nhà trường phân loại theo chủ đề."
            ),
            Img(up("11", "thu-vien-xanh.jpg"), None, None, "none"),
            P(
                "Ban Giám hiệu nhà trường cho biết sẽ duy trì hoạt động “Bé yêu sách” vào chiều thứ "
                "Sáu hằng tuần và mời phụ huynh cùng đọc sách với trẻ."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Internet</em></p>'),
            _right("BBT", bold=False),
        ],
        opts={"when": "05/11/2026 07:50", "views": 133, "nfd": True},
    ),
    Story(
        1591,
        "be-mac-giai-bong-da-hoc-sinh-thcs-huyen-duc-pho",
        "Bế mạc Giải Bóng đá học sinh THCS huyện Đức Phổ năm 2026",
        "tin-giao-duc",
        "2026-10-28T15:10:00+07:00",
        [
            P(
                "Sau gần hai tuần tranh tài sôi nổi, đội bóng Trường THCS Nguyễn Nghiêm đã xuất sắc "
                "giành chức vô địch sau khi thắng đội Trường THCS Phổ Quang với tỷ số 2-1 trong trận "
                "chung kết."
            ),
            P("Kết quả chung cuộc:"),
            P("Giải Nhất: Trường THCS Nguyễn Nghiêm.", "br"),
            P("Giải Nhì: Trường THCS Phổ Quang.", "br"),
            P("Giải Ba: Trường THCS Phổ Hòa và Trường THCS Phổ Cường.", "br"),
            P(
                "Ban Tổ chức cũng trao giải Vua phá lưới cho em Trương Văn Nam (THCS Nguyễn Nghiêm, 7 "
                "bàn thắng) và giải Thủ môn xuất sắc cho em Đỗ Minh Tâm (THCS Phổ Quang)."
            ),
            Img(
                up("10", "bong-da-be-mac.jpg"),
                "Trao cúp vô địch cho đội Trường THCS Nguyễn Nghiêm",
                "Trao cúp vô địch cho đội Trường THCS Nguyễn Nghiêm",
                "desc",
            ),
            _right("Tin, ảnh: Trương Công Định"),
        ],
        authors=["Trương Công Định"],
        photographers=["Trương Công Định"],
        summary=(
            "Chiều 27/10/2026, Phòng GD&ĐT phối hợp với Phòng Văn hóa và Thông tin huyện tổ chức bế "
            "mạc Giải Bóng đá học sinh THCS năm 2026 với sự tham gia của 16 đội bóng."
        ),
        sapo_outside=True,
        opts={"when": "28/10/2026 15:10", "views": 512},
    ),
    Story(
        1584,
        "khai-mac-lop-boi-duong-can-bo-quan-ly-truong-hoc",
        "Khai mạc lớp bồi dưỡng nghiệp vụ cán bộ quản lý trường học năm 2026",
        "tin-giao-duc",
        "2026-10-20T09:00:00+07:00",
        [
            P(
                "Lớp bồi dưỡng do Phòng GD&ĐT phối hợp với Trường Đại học Phạm Văn Đồng tổ chức, kéo "
                "dài 10 ngày, dành cho 72 hiệu trưởng, phó hiệu trưởng các trường mầm non, tiểu học và "
                "THCS trên địa bàn huyện."
            ),
            P(
                "Học viên được cập nhật các chuyên đề: quản trị nhà trường theo hướng tự chủ; xây dựng "
                "văn hóa nhà trường; chuyển đổi số trong quản lý và dạy học; kiểm định chất lượng giáo "
                "dục và xây dựng trường chuẩn quốc gia."
            ),
            Img(
                up("10", "boi-duong-cbql.jpg"),
                "Quang cảnh lễ khai mạc lớp bồi dưỡng",
                "Quang cảnh lễ khai mạc lớp bồi dưỡng",
                "caption",
            ),
            P(
                "Phát biểu khai mạc, lãnh đạo Phòng GD&ĐT đề nghị học viên nghiêm túc tham gia học tập, "
                "tích cực trao đổi, chia sẻ kinh nghiệm để vận dụng hiệu quả vào thực tiễn quản lý "
                "tại đơn vị."
            ),
            _right("ThS. Trần Quốc Việt"),
        ],
        authors=["Trần Quốc Việt"],
        opts={"when": "20/10/2026 09:00", "views": 141},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def story_path(story: Story) -> str:
    return f"/pgddt/tin-tuc/{story.slug}-{story.id}.aspx"


def by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at or "", reverse=True)


NEWEST = by_date(STORIES)
#: "Tin đọc nhiều" of the Phòng: picked by the editors' counter, fixed here
MOST_READ = [BY_ID[i] for i in (1617, 1626, 1603, 1629, 1591)]


# --- the district's and the other agencies' articles ----------------------------------------


class Other:
    """An article of the district or another agency: same template, other publisher."""

    def __init__(
        self, agency, id_, slug, title, when, cat, paras, sapo=None, tail="", copy_of=None
    ):
        self.agency, self.id, self.slug, self.title = agency, id_, slug, title
        self.when, self.cat, self.paras, self.sapo, self.tail = when, cat, paras, sapo, tail
        self.copy_of = copy_of

    @property
    def path(self) -> str:
        prefix = "" if self.agency == "district" else f"/{self.agency}"
        return f"{prefix}/tin-tuc/{self.slug}-{self.id}.aspx"


def _copy(story: Story, id2: int, when: str) -> Other:
    """The district's republication of a Phòng article (its own page, its own date)."""
    return Other(
        "district",
        id2,
        story.slug,
        story.title,
        when,
        "Giáo dục",
        [],
        story.summary,
        '<p style="text-align: right;"><em>Nguồn: Phòng GD&amp;ĐT huyện Đức Phổ</em></p>',
        copy_of=story,
    )


OTHERS: list[Other] = [
    _copy(BY_ID[1647], 2214, "03/12/2026 15:40"),
    Other(
        "district",
        2209,
        "hdnd-huyen-duc-pho-khai-mac-ky-hop-thu-12",
        "HĐND huyện Đức Phổ khai mạc Kỳ họp thứ 12, khóa XII",
        "02/12/2026 08:10",
        "Chính trị",
        [
            "Kỳ họp xem xét, quyết định nhiều nội dung quan trọng: tình hình kinh tế - xã hội năm "
            "2026, kế hoạch phát triển kinh tế - xã hội năm 2027; dự toán ngân sách năm 2027.",
            "Năm 2026, tổng giá trị sản xuất trên địa bàn huyện ước tăng 9,2%; thu ngân sách đạt "
            "112% dự toán; công tác an sinh xã hội được quan tâm thực hiện.",
            "Kỳ họp diễn ra trong 2 ngày, từ 02 đến 03/12/2026.",
        ],
        "Sáng 02/12/2026, HĐND huyện Đức Phổ khóa XII khai mạc Kỳ họp thứ 12 (kỳ họp thường lệ "
        "cuối năm 2026).",
        '<p style="text-align: right;"><strong>Thanh Tùng</strong></p>',
    ),
    _copy(BY_ID[1617], 2190, "19/11/2026 07:30"),
    Other(
        "district",
        2183,
        "duc-pho-ra-quan-ve-sinh-moi-truong-bien",
        "Đức Phổ ra quân vệ sinh môi trường biển",
        "15/11/2026 16:00",
        "Kinh tế - Xã hội",
        [
            "Hơn 1.500 đoàn viên, hội viên và người dân các xã ven biển Phổ Thạnh, Phổ Châu, Phổ "
            "Quang đã tham gia thu gom rác thải dọc bờ biển.",
            "Qua đợt ra quân, gần 12 tấn rác thải được thu gom, xử lý.",
        ],
        None,
        '<p style="text-align: right;"><strong>Minh Châu</strong></p>',
    ),
    Other(
        "vhtt",
        412,
        "giai-viet-da-mo-rong-huyen-duc-pho-nam-2026",
        "Giải Việt dã mở rộng huyện Đức Phổ năm 2026",
        "29/11/2026 10:30",
        "Văn hóa - Thể thao",
        [
            "Giải thu hút 320 vận động viên của 18 đơn vị tham gia ở các cự ly 3 km, 5 km và 10 km.",
            "Ban Tổ chức trao 36 bộ huy chương cho các vận động viên đạt thành tích cao.",
            "Giải nhằm đẩy mạnh cuộc vận động “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”.",
        ],
        "Sáng 29/11/2026, Phòng Văn hóa và Thông tin huyện tổ chức Giải Việt dã mở rộng năm 2026.",
        '<p style="text-align: right;"><strong>Phòng VH&amp;TT</strong></p>',
    ),
    Other(
        "tnmt",
        88,
        "cap-giay-chung-nhan-quyen-su-dung-dat-lan-dau",
        "Đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất lần đầu",
        "20/11/2026 14:15",
        "Đất đai",
        [
            "Đến nay, toàn huyện đã cấp 1.245 giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia "
            "đình, cá nhân, đạt 83% kế hoạch năm.",
            "Phòng TN&MT đề nghị UBND các xã, thị trấn rà soát hồ sơ tồn đọng để hoàn thành trong "
            "tháng 12/2026.",
        ],
    ),
    Other(
        "ubnd",
        305,
        "lich-tiep-cong-dan-cua-chu-tich-ubnd-huyen-thang-12-2026",
        "Lịch tiếp công dân của Chủ tịch UBND huyện tháng 12/2026",
        "30/11/2026 17:00",
        "Thông báo",
        [
            "Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15/12/2026 tại Trụ sở Tiếp công dân "
            "huyện, số 236 Nguyễn Nghiêm.",
            "Trường hợp ngày tiếp công dân trùng ngày lễ, việc tiếp công dân được chuyển sang ngày "
            "làm việc tiếp theo.",
        ],
    ),
]
DISTRICT_NEWS = [o for o in OTHERS if o.agency == "district"]
#: the district home's "Tin nổi bật": on every page of the host, Phòng pages included
HIGHLIGHTS = DISTRICT_NEWS
REPUBLISHED = {o.copy_of.id: o for o in OTHERS if o.copy_of}


# --- gold ----------------------------------------------------------------------------------

GOLD = [gold_record(s, story_path(s), CATEGORIES[s.cat]) for s in NEWEST]

NON_ARTICLES = [
    OTHERS[1].path,  # a district article
    REPUBLISHED[1647].path,  # the district's copy of a Phòng article
    OTHERS[4].path,  # an article of the Phòng Văn hóa và Thông tin
    "/danh-muc/tin-tuc-su-kien.aspx",  # the district's news list
    "/pgddt/gioi-thieu.aspx",
    "/pgddt/van-ban.aspx",
    "/pgddt/danh-muc/guong-dien-hinh.aspx",
]


# --- rendering -----------------------------------------------------------------------------


def day(when: str) -> str:
    return when.split(" ")[0]


def ptext(story: Story | None, p: P) -> str:
    return text(p.text, nfd=bool(story and story.opts.get("nfd")))


def _img(img: Img) -> str:
    return f'<img alt="" src="{img.src}" style="width: 600px; height: 400px;" />'


def render_content(story: Story) -> str:
    """The CKEditor HTML of an article's content."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "desc":
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image">'
                    f"<tbody><tr><td>{_img(b)}</td></tr>"
                    f'<tr><td class="image_desc">{esc(b.printed or "")}</td></tr></tbody></table>'
                )
            else:
                out.append(f'<p style="text-align: center;">{_img(b)}</p>')
                if b.printed and b.style == "caption":
                    out.append(f'<p class="caption">{esc(b.printed)}</p>')
                elif b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{ptext(story, blocks[i])}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="5" cellspacing="0" style="width: 100%;" '
                'class="table-data"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(ptext(story, blocks[i]))
                i += 1
            out.append('<p style="text-align: justify;">' + "<br />\n".join(lines) + "</p>")
            continue
        elif b.style == "h3":
            out.append(f"<h3><strong>{ptext(story, b)}</strong></h3>")
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{ptext(story, b)}</strong></p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p>{ptext(story, b)}</p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{ptext(story, b)}</p>')
        i += 1
    return "\n".join(out)


def viewstate(request: Request) -> str:
    return (
        '<div class="aspNetHidden">\n'
        '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque(request.path, 900)}" />\n'
        "</div>\n"
        "<script type=\"text/javascript\">\n//<![CDATA[\nvar theForm = document.forms['aspnetForm'];\n"
        "function __doPostBack(eventTarget, eventArgument) {\n"
        "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
        "        theForm.__EVENTTARGET.value = eventTarget;\n"
        "        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n"
        "//]]>\n</script>\n"
    )


def district_menu() -> str:
    agencies = "\n".join(
        f'<li><a href="/{key}/">{esc(name)}</a></li>' for key, name in AGENCIES.items()
    )
    return f"""<div id="menu-top" class="menu-district">
<ul class="nav-main">
<li><a href="/">Trang chủ huyện</a></li>
<li><a href="/gioi-thieu.aspx">Giới thiệu</a></li>
<li><a href="/danh-muc/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></li>
<li class="dropdown"><a href="javascript:void(0);">Các cơ quan</a>
<ul class="dropdown-menu">
{agencies}
</ul></li>
<li><a href="/lien-he.aspx">Liên hệ</a></li>
</ul>
</div>"""


def phong_menu() -> str:
    cats = "\n".join(
        f'<li><a href="/pgddt/danh-muc/{key}.aspx">{esc(name)}</a></li>'
        for key, name in CATEGORIES.items()
    )
    return f"""<div class="menu-subsite">
<div class="subsite-name"><a href="/pgddt/">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</a></div>
<ul class="nav-sub">
<li><a href="/pgddt/">Trang chủ Phòng</a></li>
<li><a href="/pgddt/gioi-thieu.aspx">Giới thiệu</a></li>
{cats}
<li><a href="/pgddt/van-ban.aspx">Văn bản</a></li>
<li><a href="/pgddt/lien-he.aspx">Liên hệ</a></li>
</ul>
</div>"""


def sidebar(agency: str | None) -> str:
    hot = "\n".join(
        f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="date">({day(o.when)})</span></li>'
        for o in HIGHLIGHTS
    )
    parts = [
        '<div class="box-side"><h3 class="box-title">Tin nổi bật</h3>'
        f'<ul class="list-hot">\n{hot}\n</ul></div>'
    ]
    if agency == "pgddt":
        read = "\n".join(
            f'<li><a href="{story_path(s)}">{esc(s.title)}</a></li>' for s in MOST_READ
        )
        parts.append(
            '<div class="box-side"><h3 class="box-title">Tin đọc nhiều</h3>'
            f'<ul class="list-most">\n{read}\n</ul></div>'
        )
    parts.append(
        """<div class="box-side"><h3 class="box-title">Liên kết website</h3>
<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://quangngai.gov.vn">Cổng TTĐT tỉnh Quảng Ngãi</option>
<option value="https://sgddt.quangngai.gov.vn">Sở GD&amp;ĐT Quảng Ngãi</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
</select></div>
<div class="box-side poll"><h3 class="box-title">Ý kiến của bạn về Cổng thông tin</h3>
<label><input type="radio" name="ctl00$Poll1$rdo" value="1" /> Rất hữu ích</label><br />
<label><input type="radio" name="ctl00$Poll1$rdo" value="2" /> Hữu ích</label><br />
<label><input type="radio" name="ctl00$Poll1$rdo" value="3" /> Bình thường</label><br />
<a class="btn" href="javascript:__doPostBack('ctl00$Poll1$lbtVote','')">Biểu quyết</a>
<a class="btn" href="javascript:__doPostBack('ctl00$Poll1$lbtResult','')">Xem kết quả</a></div>"""
    )
    parts.append(
        '<div class="box-side counter"><h3 class="box-title">Thống kê truy cập</h3>'
        f'<p class="counter-text">{esc(COUNTER)}</p></div>'
    )
    return "\n".join(parts)


def layout(request: Request, title: str, main: str, agency: str | None) -> str:
    sub = phong_menu() if agency == "pgddt" else ""
    if agency and agency != "pgddt":
        sub = (
            f'<div class="menu-subsite"><div class="subsite-name"><a href="/{agency}/">'
            f"{esc(AGENCIES[agency].upper())}</a></div></div>"
        )
    phong_foot = (
        '<p class="subsite-address">Phòng Giáo dục và Đào tạo huyện Đức Phổ - Địa chỉ: 02 Lê Thánh '
        "Tông, thị trấn Đức Phổ - Điện thoại: 0255.3859.456 - Email: pgddt@ducpho.quangngai.gov.vn</p>"
        if agency == "pgddt"
        else ""
    )
    action = esc(request.path + (f"?{request.query}" if request.query else ""))
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8" />
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link href="/App_Themes/DucPho/css/style.css" rel="stylesheet" type="text/css" />
<script src="/App_Themes/DucPho/js/jquery.min.js" type="text/javascript"></script>
<link rel="shortcut icon" href="/favicon.ico" />
</head>
<body>
<form method="post" action="{action}" id="aspnetForm">
{viewstate(request)}
<div id="wrapper">
<div class="top-bar"><span class="today">{HEADER_TODAY}</span>
<span class="top-links"><a href="/dang-nhap.aspx?ReturnUrl={quote(request.path)}">Đăng nhập</a> |
<a href="/so-do-cong.aspx">Sơ đồ cổng</a></span></div>
<div id="header"><a href="/"><img src="/App_Themes/DucPho/images/logo.png" alt="Logo" class="logo" /></a>
<img src="/App_Themes/DucPho/images/banner.jpg" alt="CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC PHỔ" class="banner" />
<div class="search-box"><input name="ctl00$Header1$txtSearch" type="text" placeholder="Nhập từ khóa..." />
<a id="ctl00_Header1_lbtSearch" href="javascript:__doPostBack('ctl00$Header1$lbtSearch','')">Tìm kiếm</a></div>
</div>
{district_menu()}
{sub}
<div id="content" class="row">
<div class="col-main col-md-8">
{main}
</div>
<div class="col-side col-md-4">
{sidebar(agency)}
</div>
</div>
<div id="footer">
<p class="owner">Cơ quan chủ quản: Ủy ban nhân dân huyện Đức Phổ</p>
<p>Địa chỉ: 236 Nguyễn Nghiêm, thị trấn Đức Phổ, huyện Đức Phổ, tỉnh Quảng Ngãi - Điện thoại:
0255.3859.123 - Fax: 0255.3859.124 - Email: ubnd@ducpho.quangngai.gov.vn</p>
{phong_foot}
<p>Giấy phép số 25/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Quảng Ngãi cấp ngày 12/3/2020.</p>
<p class="vendor">Thiết kế và phát triển bởi Trung tâm CNTT-TT tỉnh Quảng Ngãi</p>
</div>
</div>
</form>
</body></html>"""


def breadcrumb(*crumbs: tuple[str, str]) -> str:
    links = ['<a href="/">Trang chủ</a>'] + [f'<a href="{h}">{esc(t)}</a>' for h, t in crumbs]
    return '<div class="breadcrumb">' + " › ".join(links) + "</div>"


def tools(path: str, title: str) -> str:
    return (
        '<div class="news-tools">'
        '<a href="javascript:window.print();" class="print">In bài</a> | '
        f'<a href="mailto:?subject={quote(title)}" class="email">Gửi email</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(path)}" target="_blank" '
        'class="fb">Chia sẻ</a></div>'
    )


def article_page(
    request: Request,
    *,
    crumbs: list[tuple[str, str]],
    title: str,
    when: str,
    views: int,
    sapo: str | None,
    content: str,
    others_title: str,
    others: list[tuple[str, str, str]],
    agency: str | None,
    path: str,
) -> Response:
    sapo_html = f'<div class="news-sapo"><strong>{esc(sapo)}</strong></div>\n' if sapo else ""
    items = "\n".join(
        f'<li><a href="{h}">{esc(t)}</a> <span class="date">({d})</span></li>' for h, t, d in others
    )
    main = f"""{breadcrumb(*crumbs)}
<div class="news-detail">
<h1 class="news-title">{esc(title)}</h1>
<div class="news-info"><span class="date">Ngày đăng: {when}</span> | <span class="view">Lượt xem: {views}</span></div>
{tools(path, title)}
{sapo_html}<div class="news-content" id="ctl00_ContentPlaceHolder1_ctl00_divContent">
{content}
</div>
</div>
<div class="other-news"><h3>{esc(others_title)}</h3>
<ul>
{items}
</ul></div>"""
    site = "Phòng GD&ĐT huyện Đức Phổ" if agency == "pgddt" else PORTAL_TITLE
    return html(layout(request, f"{title} - {site}", main, agency))


def phong_article(request: Request, story: Story) -> Response:
    cat = story.cat
    others = [s for s in NEWEST if s.cat == cat and s is not story][:5]
    return article_page(
        request,
        crumbs=[("/pgddt/", "Phòng GD&ĐT"), (f"/pgddt/danh-muc/{cat}.aspx", CATEGORIES[cat])],
        title=story.title,
        when=story.opts["when"],
        views=story.opts["views"],
        sapo=story.summary if story.sapo_outside else None,
        content=render_content(story),
        others_title="Tin cùng chuyên mục",
        others=[(story_path(s), s.title, day(s.opts["when"])) for s in others],
        agency="pgddt",
        path=story_path(story),
    )


def other_article(request: Request, o: Other) -> Response:
    if o.copy_of is not None:
        content = render_content(o.copy_of) + "\n" + o.tail
    else:
        content = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in o.paras)
        content += "\n" + o.tail
    if o.agency == "district":
        crumbs = [
            ("/danh-muc/tin-tuc-su-kien.aspx", "Tin tức - Sự kiện"),
            ("/danh-muc/tin-tuc-su-kien.aspx", o.cat),
        ]
        agency = None
    else:
        crumbs = [(f"/{o.agency}/", AGENCIES[o.agency]), (f"/{o.agency}/", o.cat)]
        agency = o.agency
    siblings = [x for x in OTHERS if x.agency == o.agency and x is not o][:5]
    return article_page(
        request,
        crumbs=crumbs,
        title=o.title,
        when=o.when,
        views=180 + o.id % 700,
        sapo=o.sapo,
        content=content,
        others_title="Tin cùng chuyên mục",
        others=[(x.path, x.title, day(x.when)) for x in siblings],
        agency=agency,
        path=o.path,
    )


def _teaser(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b for b in story.blocks if isinstance(b, P))
    return first.text[:160].rsplit(" ", 1)[0] + "..."


def news_item(story: Story) -> str:
    thumb = story.images[0].src if story.images else "/App_Themes/DucPho/images/no-image.jpg"
    href = story_path(story)
    return f"""<div class="news-item">
<a href="{href}" class="thumb"><img src="{thumb}" alt="{esc(story.title)}" /></a>
<h3 class="title"><a href="{href}">{esc(story.title)}</a></h3>
<span class="date">({day(story.opts["when"])})</span>
<p class="desc">{esc(_teaser(story))}</p>
</div>"""


def page_number(request: Request) -> int | None:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    links = [
        f'<span class="current">{n}</span>' if n == page else f'<a href="{base}?page={n}">{n}</a>'
        for n in range(1, pages + 1)
    ]
    if page > 1:
        links.insert(0, f'<a href="{base}?page={page - 1}">« Trước</a>')
    if page < pages:
        links.append(f'<a href="{base}?page={page + 1}">Sau »</a>')
    return '<div class="pager">Trang: ' + " ".join(links) + "</div>"


def category_page(request: Request, key: str) -> Response | None:
    page = page_number(request)
    stories = [s for s in NEWEST if s.cat == key]
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page is None or page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    base = f"/pgddt/danh-muc/{key}.aspx"
    main = (
        breadcrumb(("/pgddt/", "Phòng GD&ĐT"), (base, CATEGORIES[key]))
        + f'\n<div class="list-news"><h2 class="cat-title">{esc(CATEGORIES[key])}</h2>\n'
        + "\n".join(news_item(s) for s in chunk)
        + "\n</div>\n"
        + pager(base, page, pages)
    )
    return html(layout(request, f"{CATEGORIES[key]} - {PHONG}", main, "pgddt"))


def phong_home(request: Request) -> Response:
    latest = "\n".join(news_item(s) for s in NEWEST[:5])
    boxes = []
    for key, name in CATEGORIES.items():
        items = "\n".join(
            f'<li><a href="{story_path(s)}">{esc(s.title)}</a> <span class="date">'
            f"({day(s.opts['when'])})</span></li>"
            for s in [s for s in NEWEST if s.cat == key][:4]
        )
        boxes.append(
            f'<div class="box-cat"><h2 class="box-title"><a href="/pgddt/danh-muc/{key}.aspx">'
            f"{esc(name)}</a></h2><ul>\n{items}\n</ul>"
            f'<a class="more" href="/pgddt/danh-muc/{key}.aspx">Xem thêm »</a></div>'
        )
    main = (
        '<div class="box-latest"><h2 class="box-title">Tin mới</h2>\n'
        + latest
        + "\n</div>\n"
        + "\n".join(boxes)
    )
    return html(layout(request, f"{PHONG} - {PORTAL_TITLE}", main, "pgddt"))


def district_list(request: Request) -> Response | None:
    page = page_number(request)
    if page != 1:
        return None
    items = "\n".join(
        f'<div class="news-item"><h3 class="title"><a href="{o.path}">{esc(o.title)}</a></h3>'
        f'<span class="date">({day(o.when)})</span><p class="desc">{esc(o.sapo or o.paras[0])}</p></div>'
        for o in DISTRICT_NEWS
    )
    main = (
        breadcrumb(("/danh-muc/tin-tuc-su-kien.aspx", "Tin tức - Sự kiện"))
        + f'\n<div class="list-news"><h2 class="cat-title">Tin tức - Sự kiện</h2>\n{items}\n</div>'
    )
    return html(layout(request, f"Tin tức - Sự kiện - {PORTAL_TITLE}", main, None))


def district_home(request: Request) -> Response:
    items = "\n".join(f'<li><a href="{o.path}">{esc(o.title)}</a></li>' for o in DISTRICT_NEWS)
    agencies = "\n".join(f'<li><a href="/{k}/">{esc(n)}</a></li>' for k, n in AGENCIES.items())
    main = (
        f'<div class="box-latest"><h2 class="box-title">Tin tức - Sự kiện</h2><ul>\n{items}\n</ul>'
        '<a class="more" href="/danh-muc/tin-tuc-su-kien.aspx">Xem thêm »</a></div>\n'
        f'<div class="box-agency"><h2 class="box-title">Các cơ quan, đơn vị</h2><ul>\n{agencies}\n</ul></div>'
    )
    return html(layout(request, PORTAL_TITLE, main, None))


def agency_home(request: Request, agency: str) -> Response:
    items = "\n".join(
        f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="date">({day(o.when)})</span></li>'
        for o in OTHERS
        if o.agency == agency
    )
    main = (
        f'<div class="box-latest"><h2 class="box-title">Tin hoạt động - {esc(AGENCIES[agency])}'
        f"</h2><ul>\n{items}\n</ul></div>"
    )
    return html(layout(request, f"{AGENCIES[agency]} - {PORTAL_TITLE}", main, agency))


STATIC_PAGES = {
    "/pgddt/gioi-thieu.aspx": (
        "Giới thiệu Phòng Giáo dục và Đào tạo",
        [
            "Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND huyện Đức Phổ, tham mưu, "
            "giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa "
            "bàn huyện.",
            "Lãnh đạo Phòng: Trưởng phòng Nguyễn Văn Thạnh; Phó Trưởng phòng Nguyễn Tấn Lực, "
            "Lê Thị Bích Ngọc.",
            "Phòng quản lý 21 trường mầm non, 23 trường tiểu học và 15 trường THCS với hơn 32.000 "
            "học sinh.",
        ],
        "pgddt",
    ),
    "/pgddt/lien-he.aspx": (
        "Liên hệ",
        [
            "Phòng Giáo dục và Đào tạo huyện Đức Phổ",
            "Địa chỉ: 02 Lê Thánh Tông, thị trấn Đức Phổ, huyện Đức Phổ, tỉnh Quảng Ngãi.",
            "Điện thoại: 0255.3859.456 - Email: pgddt@ducpho.quangngai.gov.vn",
        ],
        "pgddt",
    ),
    "/gioi-thieu.aspx": (
        "Giới thiệu huyện Đức Phổ",
        [
            "Huyện Đức Phổ nằm ở phía Nam tỉnh Quảng Ngãi, phía Bắc giáp huyện Mộ Đức, phía Nam giáp "
            "thị xã Hoài Nhơn (Bình Định), phía Đông giáp Biển Đông.",
            "Diện tích tự nhiên 372,5 km², dân số hơn 150.000 người.",
        ],
        None,
    ),
    "/lien-he.aspx": (
        "Liên hệ",
        ["Văn phòng HĐND và UBND huyện Đức Phổ - 236 Nguyễn Nghiêm, thị trấn Đức Phổ."],
        None,
    ),
}

DOCUMENTS = [
    (
        "215/KH-PGDĐT",
        "28/11/2026",
        "Kế hoạch kiểm tra cuối học kỳ I năm học 2026-2027",
        "215-kh-pgddt.pdf",
    ),
    (
        "198/PGDĐT-CM",
        "10/11/2026",
        "Về việc phòng, chống dịch bệnh mùa đông xuân",
        "198-pgddt-cm.pdf",
    ),
    (
        "176/KH-PGDĐT",
        "15/10/2026",
        "Kế hoạch tổ chức Hội thi Tin học trẻ cấp huyện năm 2026",
        "176-kh-pgddt.pdf",
    ),
]


def static_page(request: Request, path: str) -> Response:
    title, paras, agency = STATIC_PAGES[path]
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    crumbs = [("/pgddt/", "Phòng GD&ĐT")] if agency else []
    main = f'{breadcrumb(*crumbs)}\n<div class="page-detail"><h1 class="page-title">{esc(title)}</h1>\n{body}\n</div>'
    return html(layout(request, f"{title} - {PORTAL_TITLE}", main, agency))


def documents_page(request: Request) -> Response:
    rows = "\n".join(
        f"<tr><td>{esc(n)}</td><td>{d}</td><td>{esc(t)}</td>"
        f'<td><a href="/UploadFiles/pgddt/vanban/{f}">Tải về</a></td></tr>'
        for n, d, t, f in DOCUMENTS
    )
    main = (
        breadcrumb(("/pgddt/", "Phòng GD&ĐT"), ("/pgddt/van-ban.aspx", "Văn bản"))
        + '\n<div class="page-detail"><h1 class="page-title">Văn bản chỉ đạo, điều hành</h1>\n'
        '<table class="table-doc" border="1"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th><th>Tệp đính kèm</th></tr>\n{rows}\n</table></div>"
    )
    return html(layout(request, f"Văn bản - {PHONG}", main, "pgddt"))


def pdf(path: str) -> Response | None:
    if any(path.endswith(f) for *_, f in DOCUMENTS):
        return Response(200, PDF, {"Content-Type": "application/pdf"})
    return None


_ARTICLE = re.compile(r"/(?:(ubnd|vhtt|tnmt|pgddt)/)?tin-tuc/([a-z0-9-]+)-(\d+)\.aspx")


class DistrictPortal:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/UploadFiles/", "/App_Themes/")) or path == "/favicon.ico":
            return pdf(path) if path.endswith(".pdf") else static_file(path)
        if path in ("/", "/default.aspx"):
            return district_home(request)
        if path == "/pgddt/" or path == "/pgddt/default.aspx":
            return phong_home(request)
        if path == "/pgddt":
            return Response(301, b"", {"Location": "/pgddt/"})
        if path in ("/ubnd/", "/vhtt/", "/tnmt/"):
            return agency_home(request, path.strip("/"))
        if path in STATIC_PAGES:
            return static_page(request, path)
        if path == "/pgddt/van-ban.aspx":
            return documents_page(request)
        if path == "/danh-muc/tin-tuc-su-kien.aspx":
            return district_list(request)
        if m := re.fullmatch(r"/pgddt/danh-muc/([a-z-]+)\.aspx", path):
            if m.group(1) in CATEGORIES:
                return category_page(request, m.group(1))
            return None
        if m := _ARTICLE.fullmatch(path):
            agency, slug, id_ = m.group(1), m.group(2), int(m.group(3))
            if agency == "pgddt":
                story = BY_ID.get(id_)
                if story and story.slug == slug:
                    return phong_article(request, story)
                return None
            for o in OTHERS:
                if o.path == path:
                    return other_article(request, o)
        return None


def build_site() -> DistrictPortal:
    return DistrictPortal()
