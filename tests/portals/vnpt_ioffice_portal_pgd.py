"""Phòng GD&ĐT huyện Tiên Du (Bắc Ninh) on a provincial telecom's hosted "cổng thông tin thành phần".

Platform
--------
The district offices of the province get a sub-portal of the provincial portal, hosted and run by
the telecom (an ASP.NET Core application with jQuery 3 on the client). Its CMS module "Tin bài"
prints articles and category lists; lists show a few items and a "Xem thêm" button that loads the
next items by AJAX (``/api/tin-bai/xem-them?cm=<catId>&p=<N>``, a JSON answer whose HTML is
escaped the way System.Text.Json escapes it: ``\\u003Ca href=\\u0022…``); the real page links to
the next pages are only printed inside a ``<noscript>`` pager. Markup uses the vendor's Vietnamese
abbreviations (``tb-`` = tin bài, ``cm-`` = chuyên mục, ``vb-`` = văn bản, ``ltc-`` = lịch công
tác).

URL scheme
----------
- ``/``                                          home: "Tin nổi bật" slider, one block per category
- ``/tin-bai/<slug>-<id>.html``                  article (``?cm=<catId>`` from the home blocks)
- ``/chuyen-muc/<slug>-<catId>.html?p=<N>``     category list, 4 items a page (noscript pager)
- ``/api/tin-bai/xem-them?cm=<catId>&p=<N>``     the "Xem thêm" AJAX answer (JSON)
- ``/van-ban``, ``/van-ban/<id>.html``           documents list and document entries
- ``/lich-cong-tac`` (``?tuan=48|50``)           the office's weekly work calendar (3 weeks)
- ``/gioi-thieu-<id>.html``                      intro pages
- ``/tim-kiem?q=``                               search (GET form, never any result)
- ``/Uploads/…``, ``/lib/…``, ``/js/…``, ``/css/…``, ``/images/…``  static files

Page templates
--------------
Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), the site's name as the page's
``<h1>`` inside the banner, a menu with drop-downs (Giới thiệu, Tin tức, Văn bản, Lịch công tác),
a breadcrumb, a right column (search form with an antiforgery token, "Tin đọc nhiều", "Liên
kết website", a poll, the visitor counter) and a footer with address, phone, e-mail, copyright.

The article page: ``div.tb-chitiet`` holding ``h2.tb-tieude`` (the headline), the info bar
``div.tb-ttin`` (``<time datetime="…Z">`` + the local date printed, "Người đăng", "Lượt xem"),
the sapo ``div.tb-tomtat`` (bold, when the story has one), the text ``div.tb-noidung``, an
optional ``div.tb-tacgia`` line, the tools (share, print) and "Các tin khác" (the three newest
other posts of the category).

How each gold article is reached
--------------------------------
- Home slider (old slug for the retitled post), home category blocks (``?cm=``), most-read box.
- Category page 1 (``/chuyen-muc/…``) lists the four newest of each category; A4 and B4 are
  not on the home page (A4 is also one of A1's "Các tin khác", B4 of B1's).
- Page 2 of "Tin tức - Sự kiện" (A5, A6) and of "Hoạt động chuyên môn" (B5) is reached only
  through the ``<noscript>`` pager (``?p=2``) or the escaped JSON of the "Xem thêm" button.

Traps
-----
1. Pagination behind "Xem thêm": the lists' button loads page N by AJAX from a JSON answer whose
   HTML is ``\\u003C``/``\\u0022``-escaped (no literal ``<a href=`` in it); the only real links
   to page 2 are inside ``<noscript>``. Gold: A5, A6, B5 exist and are reached through
   ``?p=2``; lists and the JSON answer are not articles.
2. The site's name is the ``<h1>`` of every page (the banner); the headline is
   ``<h2 class="tb-tieude">``, and the lists print headlines cut at 60 characters with "…".
   Gold: title = the h2 text, whole.
3. ``<time datetime>`` is written in UTC ("2026-12-02T23:15:00Z") while the text beside it
   prints the local time ("Thứ Năm, 03/12/2026 - 06:15"): for early-morning posts (A2, B2) the
   attribute's day is the day before. Gold: the local instant, "2026-12-03T06:15:00+07:00".
4. A post printed at "00:00" (A5) carries ``datetime="2026-11-04T17:00:00Z"``, a day earlier.
   Gold: the day alone, "2026-11-05".
5. Lazy-loaded photos (jQuery lazyload): ``src`` is the spinner ``/images/loading.gif``, the photo
   is in ``data-original``; in A1 a ``<noscript><img src=…></noscript>`` fallback prints the same
   photo again. Gold: the ``data-original`` path, each photo once, the spinner no image.
6. Photos framed in a two-row layout table (``table.tb-khung-anh``; the second row
   ``td.tb-ghichu`` is the caption, or "Ảnh: X", a photographer credit). Gold: caption, never a
   body "row"; the credit line gives a photographer and caption None.
7. A "Tin liên quan" box (``div.tb-lq-trong``) is inserted in the middle of the text (A2, B3);
   the text goes on after it. Gold: the paragraphs after the box are body, the box is not.
8. Retitled post (A1): the old slug's URL still answers 200 with the same article (canonical to
   the new slug) and is what the home slider links; the home blocks add ``?cm=<catId>``. Gold:
   path = the canonical URL, the old slug and the ``?cm=`` form are alt_paths.
9. The info bar's "Người đăng: pgdtiendu" is the CMS account, and "Lượt xem" a counter. Gold: no
   author from it; the authors are the bylines at the end of the text or in ``div.tb-tacgia``.
10. An official notice (C1) printed with the letterhead table, "Số: …/TB-PGDĐT", "Tiên Du, ngày 30
    tháng 11 năm 2026", "Nơi nhận" and the signer, while the info bar prints 01/12/2026 09:10.
    Gold: published_at "2026-11-30", author the signer's name; letterhead/closing not body.
11. C2 prints "Cập nhật: 02/12/2026 - 10:20" before "Ngày đăng" and ends with a "Tệp đính kèm"
    line linking a PDF. Gold: the publication date; the attachment line is not body.
12. The article's list items are its text: B1's bullet list and B5's results table (rows as
    "cell | cell") are body paragraphs; spacer paragraphs (``<p>&nbsp;</p>``) are nothing.

Gold decisions on ambiguous points
----------------------------------
- The sapo (``div.tb-tomtat``) is printed outside the text: it is the summary and the body's
  first paragraph. Stories without that element have no summary (the meta description is not one).
- Category = the breadcrumb's last item ("Tin tức - Sự kiện", "Hoạt động chuyên môn",
  "Thông báo").
- "Tin, ảnh: X" gives X as author and photographer; a unit printed alone at the right
  ("Trường THCS Nguyễn Đăng Đạo", "Bộ phận Tiểu học") is the author; "BBT" is nobody.
- "Nguồn: Báo Bắc Ninh" closing A6 is its source.
- The work calendar (one week a page, three weeks) is a non-article; its other weeks are not
  listed in NON_ARTICLES. Document entries are non-articles.
"""

from __future__ import annotations

import json
import re
import unicodedata

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
    opaque,
    static_file,
)

NAME = "vnpt_ioffice_portal_pgd"
PLATFORM = "VNPT cổng thông tin thành phần (ASP.NET Core + jQuery, module Tin bài)"
START_PATH = "/"

SITE_NAME = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TIÊN DU"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 4
UP = "/Uploads/pgdtiendu"

#: category id -> (slug, name as the menu and breadcrumb print it)
CATS: dict[int, tuple[str, str]] = {
    12: ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    15: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    21: ("thong-bao", "Thông báo"),
}
CAT_OF = {"tin": 12, "cm": 15, "tb": 21}


def slugify(value: str) -> str:
    s = value.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _story(id_: int, cat: int, title: str, published: str | None, printed: str, blocks, **kw) -> Story:
    """``printed``: the local time the info bar prints, "YYYY-MM-DD HH:MM"."""
    opts = kw.pop("opts", {})
    opts["printed"] = printed
    return Story(
        id=id_,
        slug=slugify(title),
        title=title,
        cat=str(cat),
        published_at=published,
        blocks=list(blocks),
        opts=opts,
        **kw,
    )


# --- the thirteen stories --------------------------------------------------------------------

A1 = _story(
    2871,
    12,
    "Trao 120 suất quà cho học sinh có hoàn cảnh khó khăn nhân dịp đầu đông",
    "2026-12-04T15:40:00+07:00",
    "2026-12-04 15:40",
    [
        P(
            "Chiều ngày 04/12/2026, Công đoàn ngành Giáo dục huyện Tiên Du phối hợp với Hội Khuyến học "
            "huyện trao 120 suất quà cho học sinh có hoàn cảnh đặc biệt khó khăn tại các trường Tiểu học "
            "và THCS trên địa bàn."
        ),
        P(
            "Mỗi suất quà gồm một áo ấm, một bộ sách giáo khoa, vở viết và 500.000 đồng tiền mặt, tổng trị "
            "giá hơn 110 triệu đồng, do cán bộ, giáo viên toàn ngành và các nhà hảo tâm đóng góp."
        ),
        Img(f"{UP}/2026/12/trao-qua-dau-dong-1.jpg", "Các em học sinh nhận quà tại Trường TH Lim", "Các em học sinh nhận quà tại Trường TH Lim", "lazyns"),
        P(
            "Phát biểu tại buổi trao quà, đồng chí Trưởng phòng GD&ĐT huyện mong các em vượt qua khó khăn, "
            "chăm ngoan, học tốt để không phụ lòng thầy cô và gia đình."
        ),
        Img(f"{UP}/2026/12/trao-qua-dau-dong-2.jpg", "Đại diện Hội Khuyến học huyện trao quà cho học sinh Trường THCS Hoàn Sơn", "Đại diện Hội Khuyến học huyện trao quà cho học sinh Trường THCS Hoàn Sơn", "lazy"),
        P(
            "Chương trình \"Áo ấm đến trường\" được duy trì từ năm 2019 đến nay, đã hỗ trợ hơn 700 lượt học "
            "sinh của huyện."
        ),
        Raw('<p style="text-align:right"><strong>Tin, ảnh: Nguyễn Thị Mai Hương</strong></p>'),
    ],
    authors=["Nguyễn Thị Mai Hương"],
    photographers=["Nguyễn Thị Mai Hương"],
    summary=(
        "Nhân dịp đầu đông, ngành Giáo dục huyện Tiên Du đã trao 120 suất quà tới học sinh có hoàn cảnh "
        "khó khăn, góp phần giúp các em yên tâm đến trường."
    ),
    sapo_outside=True,
    opts={"old_title": "Trao quà cho học sinh nghèo đầu đông"},
)

A2 = _story(
    2866,
    12,
    "Ngày hội Chuyển đổi số trong trường học huyện Tiên Du năm 2026",
    "2026-12-03T06:15:00+07:00",
    "2026-12-03 06:15",
    [
        P(
            "Sáng ngày 02/12/2026, tại Trường THCS Nguyễn Đăng Đạo, Phòng GD&ĐT huyện Tiên Du tổ chức Ngày "
            "hội Chuyển đổi số trong trường học năm 2026 với sự tham gia của hơn 600 cán bộ, giáo viên và "
            "học sinh."
        ),
        Img(f"{UP}/2026/12/ngay-hoi-cds-1.jpg", "Các đại biểu tham quan gian trưng bày sản phẩm số của Trường TH Việt Đoàn", "Các đại biểu tham quan gian trưng bày sản phẩm số của Trường TH Việt Đoàn", "tbl"),
        P(
            "Ngày hội có 28 gian trưng bày của các trường, giới thiệu hệ thống quản lý học sinh, học liệu "
            "số, thư viện điện tử và các sản phẩm lập trình robot do học sinh tự thiết kế."
        ),
        Raw("LQ"),
        P(
            "Bên cạnh phần trưng bày, Ban tổ chức còn tổ chức tọa đàm \"Ứng dụng công nghệ số trong đổi mới "
            "phương pháp dạy học\" với sự tham gia của các chuyên gia đến từ Sở GD&ĐT Bắc Ninh."
        ),
        Img(f"{UP}/2026/12/ngay-hoi-cds-2.jpg", "Ảnh: Vũ Hoàng Nam", None, "tbl"),
        P(
            "Kết thúc ngày hội, Phòng GD&ĐT trao giấy khen cho 6 tập thể có gian trưng bày ấn tượng và 10 sản "
            "phẩm số xuất sắc."
        ),
    ],
    authors=["Đỗ Văn Khải"],
    photographers=["Vũ Hoàng Nam"],
    summary=(
        "Ngày hội là dịp để các nhà trường trên địa bàn huyện giới thiệu những mô hình, sản phẩm chuyển đổi "
        "số tiêu biểu trong quản lý và dạy học."
    ),
    sapo_outside=True,
    opts={"tacgia": "Tác giả: ThS. Đỗ Văn Khải - Phó Trưởng phòng", "lq": ["A3", "B3"]},
)

A3 = _story(
    2859,
    12,
    "Trường THCS Nguyễn Đăng Đạo đón nhận Bằng công nhận trường đạt chuẩn Quốc gia mức độ 2",
    "2026-11-27T14:30:00+07:00",
    "2026-11-27 14:30",
    [
        P(
            "Chiều 27/11, Trường THCS Nguyễn Đăng Đạo long trọng tổ chức Lễ đón nhận Bằng công nhận trường đạt "
            "chuẩn Quốc gia mức độ 2 và Kiểm định chất lượng giáo dục cấp độ 3."
        ),
        P(
            "Năm học 2025-2026, nhà trường có 46 học sinh đạt giải học sinh giỏi cấp tỉnh, 3 học sinh đạt "
            "giải cấp quốc gia; tỷ lệ học sinh đỗ vào lớp 10 công lập đạt 92,4%."
        ),
        Img(f"{UP}/2026/11/thcs-ndd-chuan-qg.jpg", "Lãnh đạo UBND huyện trao Bằng công nhận cho nhà trường", "Lãnh đạo UBND huyện trao Bằng công nhận cho nhà trường", "lazy"),
        P("Phát huy kết quả đạt được, nhà trường tiếp tục:", "h"),
        P("Đổi mới phương pháp dạy học theo hướng phát triển năng lực học sinh;", "li"),
        P("Đầu tư cơ sở vật chất, thiết bị dạy học hiện đại;", "li"),
        P("Giữ vững danh hiệu trường chất lượng cao của tỉnh.", "li"),
        Raw('<p style="text-align:right"><em><strong>Trường THCS Nguyễn Đăng Đạo</strong></em></p>'),
    ],
    authors=["Trường THCS Nguyễn Đăng Đạo"],
    summary=(
        "Sau 5 năm nỗ lực, Trường THCS Nguyễn Đăng Đạo được công nhận đạt chuẩn Quốc gia mức độ 2, trở "
        "thành trường THCS thứ 9 của huyện đạt chuẩn mức độ này."
    ),
    sapo_outside=True,
)

A4 = _story(
    2852,
    12,
    "Mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
    "2026-11-20T10:05:00+07:00",
    "2026-11-20 10:05",
    [
        P(
            "Sáng 20/11, Phòng GD&ĐT huyện Tiên Du tổ chức Lễ mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) tại Hội trường UBND huyện."
        ),
        P(
            "Toàn huyện hiện có 68 trường học với 2.460 cán bộ, giáo viên, nhân viên và hơn 41.000 học sinh. "
            "Năm học vừa qua, ngành có 12 giáo viên được công nhận giáo viên dạy giỏi cấp tỉnh."
        ),
        Raw("<p>&nbsp;</p>"),
        P(
            "Dịp này, Chủ tịch UBND huyện tặng giấy khen cho 35 nhà giáo có thành tích xuất sắc trong sự "
            "nghiệp trồng người.",
            "br",
        ),
        P("Danh sách các nhà giáo được khen thưởng được đăng tải tại mục Văn bản của Cổng thông tin."),
        Img(f"{UP}/2026/11/mit-tinh-20-11.jpg", "Các nhà giáo được tặng giấy khen", "Các nhà giáo được tặng giấy khen", "fig"),
    ],
    summary=None,
)

A5 = _story(
    2840,
    12,
    "Khai mạc Giải bóng đá học sinh THCS huyện Tiên Du lần thứ XII",
    "2026-11-05",
    "2026-11-05 00:00",
    [
        P(
            "Giải có 18 đội bóng nam của các trường THCS trong huyện tham gia, thi đấu theo thể thức vòng "
            "bảng và loại trực tiếp tại sân vận động trung tâm huyện."
        ),
        P(
            "Trận khai mạc giữa Trường THCS Lim và Trường THCS Phật Tích diễn ra sôi nổi, kết thúc với tỷ "
            "số 2-1 nghiêng về đội chủ nhà."
        ),
        Img(f"{UP}/2026/11/bong-da-thcs-xii.jpg", "Pha tranh bóng trong trận khai mạc", "Pha tranh bóng trong trận khai mạc", "tbl"),
        P("Giải sẽ kết thúc vào ngày 20/11/2026, trận chung kết được tổ chức tại Trường THCS Lim."),
        Raw('<p style="text-align:right"><strong>Tin: Lê Quang Vinh - Ảnh: Phạm Thu Trang</strong></p>'),
    ],
    authors=["Lê Quang Vinh"],
    photographers=["Phạm Thu Trang"],
    summary="Sáng 04/11, Giải bóng đá học sinh THCS huyện Tiên Du lần thứ XII chính thức khai mạc.",
    sapo_outside=True,
)

A6 = _story(
    2833,
    12,
    "Đoàn công tác Sở GD&ĐT Bắc Ninh kiểm tra công tác đầu năm học tại Tiên Du",
    "2026-10-28T16:20:00+07:00",
    "2026-10-28 16:20",
    [
        P(
            "Ngày 28/10, đoàn công tác của Sở GD&ĐT Bắc Ninh do đồng chí Phó Giám đốc Sở làm trưởng đoàn đã "
            "kiểm tra công tác chuẩn bị và thực hiện nhiệm vụ đầu năm học 2026-2027 tại huyện Tiên Du."
        ),
        P(
            "Đoàn đã kiểm tra thực tế tại Trường MN Hoa Sen, Trường TH Tân Chi và Trường THCS Liên Bão, "
            "đánh giá cao việc bố trí đủ giáo viên các môn học mới và việc sử dụng sách giáo khoa."
        ),
        P(
            "Đồng chí trưởng đoàn đề nghị huyện tiếp tục rà soát cơ sở vật chất, sớm hoàn thành việc xây "
            "dựng phòng học bộ môn theo kế hoạch."
        ),
        Raw('<p style="text-align:right"><em>Nguồn: Báo Bắc Ninh</em></p>'),
    ],
    source="Báo Bắc Ninh",
    summary=None,
)

B1 = _story(
    2869,
    15,
    "Chuyên đề dạy học môn Tiếng Anh lớp 4 theo Chương trình GDPT 2018",
    "2026-12-04T08:30:00+07:00",
    "2026-12-04 08:30",
    [
        P(
            "Thực hiện kế hoạch chuyên môn năm học 2026-2027, ngày 03/12 Phòng GD&ĐT tổ chức chuyên đề dạy "
            "học môn Tiếng Anh lớp 4 tại Trường TH Lim."
        ),
        P("Tiết dạy minh họa tập trung vào các nội dung:", "h"),
        P("Tổ chức hoạt động nghe - nói theo cặp, nhóm;", "li"),
        P("Ứng dụng phần mềm học liệu số trong luyện phát âm;", "li"),
        P("Đánh giá thường xuyên bằng phiếu quan sát.", "li"),
        Img(f"{UP}/2026/12/chuyen-de-tieng-anh-4.jpg", "Tiết dạy minh họa của cô Nguyễn Thị Ngọc Ánh", "Tiết dạy minh họa của cô Nguyễn Thị Ngọc Ánh", "lazy"),
        P(
            "Sau tiết dạy, các giáo viên đã thảo luận, thống nhất cách tổ chức các hoạt động học tập nhằm "
            "phát triển năng lực giao tiếp cho học sinh."
        ),
        Raw('<p style="text-align:right"><strong>Nguyễn Thị Ngọc Ánh</strong> (Trường TH Lim)</p>'),
    ],
    authors=["Nguyễn Thị Ngọc Ánh"],
    summary=(
        "Chuyên đề thu hút 54 giáo viên dạy Tiếng Anh cấp Tiểu học trong toàn huyện tham dự, trao đổi kinh "
        "nghiệm đổi mới phương pháp dạy học."
    ),
    sapo_outside=True,
)

B2 = _story(
    2862,
    15,
    "Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
    "2026-12-01T05:50:00+07:00",
    "2026-12-01 05:50",
    [
        P(
            "Từ ngày 23/11 đến 28/11/2026, Phòng GD&ĐT huyện Tiên Du tổ chức Hội thi giáo viên dạy giỏi cấp "
            "huyện bậc Tiểu học năm học 2026-2027."
        ),
        P(
            "Hội thi có 84 giáo viên của 24 trường tham gia. Mỗi giáo viên trình bày biện pháp nâng cao chất "
            "lượng giáo dục và dạy 2 tiết thực hành."
        ),
        P(
            "Kết quả, 61 giáo viên được công nhận giáo viên dạy giỏi cấp huyện, trong đó 9 giáo viên được đề "
            "nghị dự thi cấp tỉnh."
        ),
        Img(f"{UP}/2026/11/gvdg-tieu-hoc.jpg", None, None, "lazy"),
        Raw('<p style="text-align:right"><strong>BBT</strong></p>'),
    ],
    summary=None,
)

B3 = _story(
    2855,
    15,
    "Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên THCS",
    "2026-11-24T14:00:00+07:00",
    "2026-11-24 14:00",
    [
        P(
            "Trong hai ngày 22 và 23/11/2026, Phòng GD&ĐT tổ chức lớp tập huấn ứng dụng trí tuệ nhân tạo "
            "(AI) trong soạn giảng cho 150 giáo viên THCS."
        ),
        P(
            "Học viên được hướng dẫn sử dụng các công cụ AI để xây dựng kế hoạch bài dạy, tạo câu hỏi trắc "
            "nghiệm và thiết kế học liệu minh họa."
        ),
        Raw("LQ"),
        P(
            "Báo cáo viên lưu ý giáo viên kiểm chứng nội dung do AI tạo ra, bảo đảm tính chính xác và phù "
            "hợp với đối tượng học sinh."
        ),
        Img(f"{UP}/2026/11/tap-huan-ai.jpg", "Giáo viên thực hành trên máy tính tại lớp tập huấn", "Giáo viên thực hành trên máy tính tại lớp tập huấn", "fig"),
    ],
    authors=["Trần Đức Minh"],
    summary="Lớp tập huấn giúp giáo viên THCS tiếp cận các công cụ trí tuệ nhân tạo phục vụ soạn giảng.",
    sapo_outside=True,
    opts={"tacgia": "Tác giả: Trần Đức Minh", "lq": ["A2", "B1"]},
)

B4 = _story(
    2847,
    15,
    "Sinh hoạt chuyên môn cụm trường theo hướng nghiên cứu bài học",
    "2026-11-13T09:15:00+07:00",
    "2026-11-13 09:15",
    [
        P(
            "Ngày 12/11, cụm trường Tiểu học số 2 gồm các trường TH Hoàn Sơn, TH Nội Duệ và TH Cảnh Hưng "
            "tổ chức sinh hoạt chuyên môn theo hướng nghiên cứu bài học.",
            "div",
        ),
        P(
            "Giáo viên dự giờ tập trung quan sát hoạt động học của học sinh thay vì nhận xét tiết dạy của "
            "giáo viên.",
            "div",
        ),
        P("Nhiều ý kiến đề xuất giải pháp giúp học sinh chưa tích cực tham gia hoạt động nhóm.", "div"),
        Raw('<div style="text-align:right"><b>Bộ phận Tiểu học</b></div>'),
    ],
    authors=["Bộ phận Tiểu học"],
    summary=None,
)

B5 = _story(
    2836,
    15,
    "Kết quả thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
    "2026-10-30T15:00:00+07:00",
    "2026-10-30 15:00",
    [
        P(
            "Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027 diễn ra ngày 25/10 với 1.126 thí "
            "sinh dự thi 10 môn văn hóa."
        ),
        P("Các trường dẫn đầu về số giải:"),
        P("Trường | Số giải | Giải Nhất", "row"),
        P("THCS Nguyễn Đăng Đạo | 118 | 21", "row"),
        P("THCS Lim | 64 | 7", "row"),
        P("THCS Hoàn Sơn | 41 | 3", "row"),
        P("Đội tuyển học sinh giỏi cấp tỉnh của huyện sẽ được tập huấn từ ngày 15/11/2026."),
    ],
    summary=None,
)

_NOTICE_BODY = [
    P(
        "Căn cứ Kế hoạch thời gian năm học 2026-2027 của UBND tỉnh Bắc Ninh, Phòng GD&ĐT huyện Tiên Du "
        "thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"
    ),
    P("1. Thời gian nghỉ: Thứ Sáu, ngày 01/01/2027 (01 ngày)."),
    P(
        "2. Các trường phân công trực bảo vệ, giữ gìn tài sản, bảo đảm an toàn trường học trong thời "
        "gian nghỉ và báo cáo về Phòng GD&ĐT trước ngày 29/12/2026."
    ),
    P("Phòng GD&ĐT đề nghị Thủ trưởng các đơn vị triển khai thực hiện./."),
]

C1 = _story(
    2864,
    21,
    "Thông báo lịch nghỉ Tết Dương lịch năm 2027",
    "2026-11-30",
    "2026-12-01 09:10",
    _NOTICE_BODY,
    authors=["Nguyễn Văn Hải"],
    summary=None,
    opts={"notice": True},
)

C2 = _story(
    2845,
    21,
    "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2026-2027",
    "2026-11-10T16:45:00+07:00",
    "2026-11-10 16:45",
    [
        P(
            "Theo kế hoạch của Sở GD&ĐT Bắc Ninh, Hội khỏe Phù Đổng cấp huyện năm học 2026-2027 được tổ "
            "chức từ ngày 08/3 đến 20/3/2027."
        ),
        P(
            "Hội khỏe gồm các môn: điền kinh, bơi, cờ vua, bóng bàn, cầu lông và võ cổ truyền, dành cho học "
            "sinh Tiểu học và THCS."
        ),
        P("Các trường đăng ký danh sách vận động viên về Phòng GD&ĐT trước ngày 15/02/2027."),
        Raw(
            '<p class="tb-dinhkem">Tệp đính kèm: <a href="/Uploads/pgdtiendu/files/ke-hoach-hkpd-2027.pdf">'
            "ke-hoach-hkpd-2027.pdf</a></p>"
        ),
    ],
    summary=None,
    opts={"updated": "2026-12-02 10:20"},
)

STORIES: dict[str, Story] = {
    "A1": A1, "A2": A2, "A3": A3, "A4": A4, "A5": A5, "A6": A6,
    "B1": B1, "B2": B2, "B3": B3, "B4": B4, "B5": B5,
    "C1": C1, "C2": C2,
}  # fmt: skip
BY_ID = {s.id: s for s in STORIES.values()}


def _printed_key(s: Story) -> str:
    return s.opts["printed"]


def cat_stories(cat: int) -> list[Story]:
    return sorted((s for s in STORIES.values() if int(s.cat) == cat), key=_printed_key, reverse=True)


def article_path(s: Story) -> str:
    return f"/tin-bai/{s.slug}-{s.id}.html"


def old_path(s: Story) -> str | None:
    old = s.opts.get("old_title")
    return f"/tin-bai/{slugify(old)}-{s.id}.html" if old else None


def cat_path(cat: int, page: int = 1) -> str:
    slug, _ = CATS[cat]
    return f"/chuyen-muc/{slug}-{cat}.html" + (f"?p={page}" if page > 1 else "")


def cat_pages(cat: int) -> int:
    return max(1, -(-len(cat_stories(cat)) // PAGE_SIZE))


# --- chrome ----------------------------------------------------------------------------------

MENU = [
    ("Giới thiệu", "/gioi-thieu-1.html", [("Giới thiệu chung", "/gioi-thieu-1.html"), ("Cơ cấu tổ chức", "/gioi-thieu-2.html")]),
    ("Tin tức", cat_path(12), [(name, cat_path(cid)) for cid, (_, name) in CATS.items()]),
    ("Văn bản", "/van-ban", []),
    ("Lịch công tác", "/lich-cong-tac", []),
]


def _menu() -> str:
    items = ['<li class="mn-cap1"><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
    for label, href, subs in MENU:
        sub = ""
        if subs:
            sub = '<ul class="mn-cap2">' + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in subs) + "</ul>"
        items.append(f'<li class="mn-cap1 dropdown"><a href="{href}">{esc(label)}</a>{sub}</li>')
    return '<nav id="mnChinh"><ul class="mn-ds">' + "".join(items) + "</ul></nav>"


def _most_read() -> str:
    rows = "".join(
        f'<li><a href="{article_path(STORIES[k])}">{esc(STORIES[k].title)}</a></li>' for k in ("A3", "B2", "C1")
    )
    return f'<div class="pl-box" id="pl_docnhieu"><div class="pl-tde">Tin đọc nhiều</div><ul>{rows}</ul></div>'


def _sidebar(request: Request) -> str:
    token = "CfDJ8" + opaque("antiforgery" + request.path, 60)[:90]
    return f"""
<aside class="col-md-3 cot-phai">
  <form action="/tim-kiem" method="get" class="frm-timkiem">
    <input type="hidden" name="__RequestVerificationToken" value="{token}">
    <input type="text" name="q" placeholder="Nhập từ khóa...">
    <button type="submit">Tìm kiếm</button>
  </form>
  {_most_read()}
  <div class="pl-box" id="pl_lienket"><div class="pl-tde">Liên kết website</div>
    <select onchange="window.open(this.value)">
      <option value="">-- Chọn liên kết --</option>
      <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
      <option value="https://sogddt.bacninh.gov.vn">Sở GD&amp;ĐT Bắc Ninh</option>
      <option value="https://tiendu.bacninh.gov.vn">UBND huyện Tiên Du</option>
    </select>
    <a href="https://dichvucong.gov.vn" target="_blank"><img src="/images/banner-dvc.png" alt="Dịch vụ công"></a>
  </div>
  <div class="pl-box" id="pl_binhchon"><div class="pl-tde">Thăm dò ý kiến</div>
    <form id="frmBinhChon" onsubmit="return false;">
      <p>Bạn đánh giá thế nào về giao diện cổng thông tin mới?</p>
      <label><input type="radio" name="bc" value="1"> Đẹp, dễ sử dụng</label>
      <label><input type="radio" name="bc" value="2"> Bình thường</label>
      <label><input type="radio" name="bc" value="3"> Khó sử dụng</label>
      <button type="button" onclick="binhChon(7)">Bình chọn</button>
    </form>
  </div>
  <div class="pl-box" id="pl_thongke"><div class="pl-tde">Thống kê truy cập</div>
    <ul class="tk-ds"><li>Đang online: <b>23</b></li><li>Hôm nay: <b>412</b></li>
    <li>Tổng truy cập: <b>1.284.517</b></li></ul>
  </div>
</aside>"""


def layout(request: Request, title: str, crumbs: list[tuple[str, str | None]], main: str, head: str = "") -> Response:
    crumb_html = " <span>›</span> ".join(
        f'<a href="{h}">{esc(t)}</a>' if h else f'<span class="bc-ht">{esc(t)}</span>'
        for t, h in [("Trang chủ", "/"), *crumbs]
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} - Phòng GD&amp;ĐT Tiên Du</title>
{head}
<link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/site.css?v=pHx3Kq9">
<link rel="shortcut icon" href="/images/favicon.ico">
</head>
<body>
<div class="top-bar"><div class="container"><span class="tb-homnay">{HEADER_DATE}</span>
  <span class="top-lk"><a href="/van-ban">Văn bản</a> | <a href="/lich-cong-tac">Lịch công tác</a></span></div></div>
<header class="banner"><div class="container">
  <a href="/"><img src="/images/logo-bacninh.png" alt="Logo" class="logo"></a>
  <h1 class="ten-dv">{SITE_NAME}</h1>
  <div class="ten-dv-phu">Cổng thông tin điện tử thành phần - UBND huyện Tiên Du, tỉnh Bắc Ninh</div>
</div></header>
{_menu()}
<div class="container"><div class="breadcrumb-vt">{crumb_html}</div>
<div class="row"><main class="col-md-9 cot-trai">
{main}
</main>
{_sidebar(request)}
</div></div>
<footer class="chan-trang"><div class="container">
  <p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TIÊN DU</b></p>
  <p>Địa chỉ: Đường Lý Thường Kiệt, thị trấn Lim, huyện Tiên Du, tỉnh Bắc Ninh</p>
  <p>Điện thoại: 0222.3837.159 - Email: pgdtiendu@bacninh.edu.vn</p>
  <p>Chịu trách nhiệm chính: Trưởng phòng GD&amp;ĐT huyện Tiên Du</p>
  <p>© Bản quyền thuộc Phòng GD&amp;ĐT Tiên Du. Thiết kế và vận hành bởi VNPT Bắc Ninh.</p>
</div></footer>
<script src="/lib/jquery/dist/jquery.min.js"></script>
<script src="/lib/jquery-lazyload/jquery.lazyload.min.js"></script>
<script src="/js/site.js?v=Zk81pQ"></script>
<script>$(function(){{ $("img.lazy").lazyload({{effect:"fadeIn"}}); }});</script>
</body></html>"""
    return html(page)


# --- dates -----------------------------------------------------------------------------------

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _parts(printed: str) -> tuple[int, int, int, int, int]:
    d, t = printed.split()
    y, m, dd = (int(x) for x in d.split("-"))
    hh, mm = (int(x) for x in t.split(":"))
    return y, m, dd, hh, mm


def _dmy(printed: str) -> str:
    y, m, d, _, _ = _parts(printed)
    return f"{d:02d}/{m:02d}/{y}"


def _local_line(printed: str) -> str:
    import datetime as _dt

    y, m, d, hh, mm = _parts(printed)
    wd = _WEEKDAYS[_dt.date(y, m, d).weekday()]
    return f"{wd}, {d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d}"


def _utc_attr(printed: str) -> str:
    import datetime as _dt

    y, m, d, hh, mm = _parts(printed)
    utc = _dt.datetime(y, m, d, hh, mm) - _dt.timedelta(hours=7)
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


# --- article page ----------------------------------------------------------------------------


def _img(img: Img) -> str:
    real = esc(img.src)
    if img.style in ("lazy", "lazyns"):
        tag = f'<img class="lazy img-responsive" src="/images/loading.gif" data-original="{real}" alt="">'
        if img.style == "lazyns":
            tag += f'<noscript><img src="{real}" alt=""></noscript>'
        line = f'<p class="tb-chuthich" style="text-align:center"><em>{esc(img.printed)}</em></p>' if img.printed else ""
        return f'<p style="text-align:center">{tag}</p>{line}'
    if img.style == "tbl":
        row2 = f'<tr><td class="tb-ghichu" style="text-align:center"><em>{esc(img.printed)}</em></td></tr>' if img.printed else ""
        return (
            '<table class="tb-khung-anh" align="center" border="0" cellpadding="3" cellspacing="0" style="width:100%">'
            f'<tbody><tr><td style="text-align:center"><img src="{real}" alt="" style="width:680px"></td></tr>{row2}</tbody></table>'
        )
    cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
    return f'<figure class="image"><img src="{real}" alt="">{cap}</figure>'


def _lq_box(keys: list[str]) -> str:
    rows = "".join(f'<li><a href="{article_path(STORIES[k])}">{esc(STORIES[k].title)}</a></li>' for k in keys)
    return f'<div class="tb-lq-trong"><p><b>Tin liên quan:</b></p><ul>{rows}</ul></div>'


def _blocks(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            out.append(_img(b))
        elif isinstance(b, Raw):
            out.append(_lq_box(s.opts["lq"]) if b.html == "LQ" else b.html)
        elif b.style in ("li", "row"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i].text)
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in group) + "</ul>")
            else:
                rows = []
                for n, t in enumerate(group):
                    cells = t.split(" | ")
                    cell = (lambda c: f"<td><strong>{esc(c)}</strong></td>") if n == 0 else (lambda c: f"<td>{esc(c)}</td>")
                    rows.append("<tr>" + "".join(cell(c) for c in cells) + "</tr>")
                out.append('<table border="1" cellpadding="4" style="border-collapse:collapse"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "h":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.style == "div":
            out.append(f"<div>{esc(b.text)}</div>")
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align:justify">{esc(b.text)}<br>\n{esc(nxt.text)}</p>')
            i += 2
            continue
        else:
            out.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _notice(s: Story) -> str:
    head = """<table class="vb-dau" style="width:100%" border="0"><tbody>
<tr><td style="text-align:center">UBND HUYỆN TIÊN DU<br><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b></td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b><u>Độc lập - Tự do - Hạnh phúc</u></b></td></tr>
<tr><td style="text-align:center">Số: 412/TB-PGDĐT</td>
<td style="text-align:right"><em>Tiên Du, ngày 30 tháng 11 năm 2026</em></td></tr>
</tbody></table>
<p style="text-align:center"><b>THÔNG BÁO</b></p>
<p style="text-align:center"><b>Về việc nghỉ Tết Dương lịch năm 2027</b></p>"""
    tail = """<table class="vb-cuoi" style="width:100%" border="0"><tbody><tr>
<td style="vertical-align:top"><b><em>Nơi nhận:</em></b><br>- Các trường MN, TH, THCS;<br>- Lãnh đạo phòng;<br>- Lưu: VT.</td>
<td style="text-align:center;vertical-align:top"><b>KT. TRƯỞNG PHÒNG<br>PHÓ TRƯỞNG PHÒNG</b><br><br><em>(Đã ký)</em><br><br><b>Nguyễn Văn Hải</b></td>
</tr></tbody></table>"""
    return head + "\n" + _blocks(s) + "\n" + tail


def _others(s: Story) -> str:
    others = [o for o in cat_stories(int(s.cat)) if o.id != s.id][:3]
    rows = "".join(
        f'<li><a href="{article_path(o)}">{esc(o.title)}</a> <span class="ngay">({_dmy(o.opts["printed"])})</span></li>'
        for o in others
    )
    return f'<div class="tb-tinkhac"><div class="pl-tde">Các tin khác</div><ul>{rows}</ul></div>'


def article_page(request: Request, s: Story) -> Response:
    cat = int(s.cat)
    canonical = base_url(request) + article_path(s)
    printed = s.opts["printed"]
    desc = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    head = (
        f'<meta name="description" content="{esc(desc[:160])}">\n'
        f'<link rel="canonical" href="{canonical}">\n'
        f'<meta property="og:title" content="{esc(s.title)}">\n'
        f'<meta property="og:url" content="{canonical}">\n'
        '<meta property="og:type" content="article">'
    )
    upd = ""
    if s.opts.get("updated"):
        u = s.opts["updated"]
        upd = f'<span class="tb-capnhat">Cập nhật: {_dmy(u)} - {u.split()[1]}</span> | '
    info = (
        f'<div class="tb-ttin">{upd}<span class="tb-ngay"><i class="fa fa-calendar"></i> '
        f'<time datetime="{_utc_attr(printed)}">{_local_line(printed)}</time></span>'
        ' | <span class="tb-nguoidang"><i class="fa fa-user"></i> Người đăng: pgdtiendu</span>'
        f' | <span class="tb-luotxem"><i class="fa fa-eye"></i> Lượt xem: {s.views()}</span></div>'
    )
    tomtat = f'<div class="tb-tomtat"><strong>{esc(s.summary)}</strong></div>' if s.summary and s.sapo_outside else ""
    body = _notice(s) if s.opts.get("notice") else _blocks(s)
    tacgia = f'<div class="tb-tacgia" style="text-align:right"><b>{esc(s.opts["tacgia"])}</b></div>' if s.opts.get("tacgia") else ""
    share_u = canonical.replace(":", "%3A").replace("/", "%2F")
    tools = (
        '<div class="tb-congcu">'
        f'<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={share_u}" target="_blank">Chia sẻ</a> '
        f'<div class="zalo-share-button" data-href="{canonical}" data-oaid="579745863508352884"></div> '
        '<a href="javascript:void(0)" onclick="window.print()"><i class="fa fa-print"></i> In bài</a> '
        '<a href="javascript:void(0)" onclick="history.back()">Quay lại</a></div>'
    )
    main = f"""<div class="tb-chitiet" id="tb_{s.id}">
<h2 class="tb-tieude">{esc(s.title)}</h2>
{info}
{tomtat}
<div class="tb-noidung" id="tbNoiDung_{s.id}">
{body}
</div>
{tacgia}
{tools}
{_others(s)}
</div>"""
    return layout(request, s.title, [("Tin tức", cat_path(12)), (CATS[cat][1], cat_path(cat))], main, head)


# --- lists -----------------------------------------------------------------------------------


def _short(title: str, n: int = 60) -> str:
    return title if len(title) <= n else title[: title.rfind(" ", 0, n)] + "…"


def _item(s: Story, href: str | None = None) -> str:
    href = href or article_path(s)
    mota = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return (
        f'<div class="cm-item"><a class="cm-anh" href="{href}"><img src="/Uploads/pgdtiendu/Thumbs/{s.id}.jpg" alt=""></a>'
        f'<div class="cm-nd"><a class="cm-td" href="{href}" title="{esc(s.title)}">{esc(_short(s.title))}</a>'
        f'<span class="cm-ngay">{_dmy(s.opts["printed"])}</span>'
        f'<p class="cm-mota">{esc(_short(mota, 140))}</p></div></div>'
    )


def _page_items(cat: int, page: int) -> list[Story]:
    return cat_stories(cat)[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]


def list_page(request: Request, cat: int, page: int) -> Response:
    name = CATS[cat][1]
    last = cat_pages(cat)
    items = "".join(_item(s) for s in _page_items(cat, page))
    more = ""
    noscript = ""
    if last > 1:
        if page < last:
            more = (
                f'<div class="cm-xemthem"><a href="javascript:void(0)" id="btnXemThem" class="btn btn-xemthem" '
                f'data-cm="{cat}" data-p="{page + 1}" data-max="{last}">Xem thêm <i class="fa fa-angle-down"></i></a></div>'
                "<script>$('#btnXemThem').on('click',function(){var b=$(this);"
                "$.getJSON('/api/tin-bai/xem-them',{cm:b.data('cm'),p:b.data('p')},function(r){"
                "$('#dsTinBai').append(r.html);if(!r.conTiep){b.hide();}else{b.data('p',b.data('p')+1);}});});</script>"
            )
        links = []
        for n in range(1, last + 1):
            links.append(f"<b>{n}</b>" if n == page else f'<a href="{cat_path(cat, n) if n > 1 else cat_path(cat) + "?p=1"}">{n}</a>')
        if page < last:
            links.append(f'<a href="{cat_path(cat, page + 1)}">Trang sau »</a>')
        noscript = '<noscript><div class="phantrang">' + " ".join(links) + "</div></noscript>"
    main = f"""<div class="cm-khung"><h2 class="cm-tde">{esc(name)}</h2>
<div id="dsTinBai" class="cm-ds">{items}</div>
{more}
{noscript}
</div>"""
    title = name if page == 1 else f"{name} - Trang {page}"
    return layout(request, title, [("Tin tức", cat_path(12)), (name, None)], main)


def xem_them(request: Request) -> Response | None:
    try:
        cat, page = int(request.params.get("cm", "")), int(request.params.get("p", ""))
    except ValueError:
        return None
    if cat not in CATS or not 2 <= page <= cat_pages(cat):
        return None
    fragment = "".join(_item(s) for s in _page_items(cat, page))
    # System.Text.Json's default encoder escapes <, >, &, ' and " inside strings
    body = json.dumps({"html": fragment, "conTiep": page < cat_pages(cat)}, ensure_ascii=False)
    for ch, rep in (("<", "\\u003C"), (">", "\\u003E"), ("&", "\\u0026"), ("'", "\\u0027"), ('\\"', "\\u0022")):
        body = body.replace(ch, rep)
    return Response(200, body, {"Content-Type": "application/json; charset=utf-8"})


def home_page(request: Request) -> Response:
    slider = "".join(
        f'<div class="sl-item"><a href="{old_path(s) or article_path(s)}"><img src="/Uploads/pgdtiendu/Thumbs/{s.id}.jpg" alt="">'
        f'<span class="sl-td">{esc(s.opts.get("old_title") or s.title)}</span></a></div>'
        for s in (A1, B1, A2)
    )
    blocks = []
    for cid, (_, name) in CATS.items():
        items = "".join(_item(s, f"{article_path(s)}?cm={cid}") for s in cat_stories(cid)[:3])
        blocks.append(
            f'<div class="tc-khoi" id="khoi_{cid}"><div class="tc-khoi-tde"><a href="{cat_path(cid)}">{esc(name)}</a></div>{items}'
            f'<a class="tc-xemtatca" href="{cat_path(cid)}">Xem tất cả »</a></div>'
        )
    main = f"""<div class="tc-noibat"><div class="pl-tde">Tin nổi bật</div><div class="owl-carousel">{slider}</div></div>
{"".join(blocks)}
<div class="tc-banner"><a href="/van-ban"><img src="/images/banner-van-ban.jpg" alt="Văn bản chỉ đạo điều hành"></a></div>"""
    return layout(request, "Trang chủ", [], main)


# --- non-articles ----------------------------------------------------------------------------

INTROS = {
    1: (
        "Giới thiệu chung",
        [
            "Phòng Giáo dục và Đào tạo huyện Tiên Du là cơ quan chuyên môn thuộc UBND huyện, tham mưu, giúp UBND "
            "huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn.",
            "Toàn huyện có 68 trường học gồm 25 trường mầm non, 24 trường tiểu học và 19 trường THCS.",
        ],
    ),
    2: (
        "Cơ cấu tổ chức",
        [
            "Trưởng phòng: Ông Phạm Văn Thắng.",
            "Phó Trưởng phòng: Ông Nguyễn Văn Hải; Ông Đỗ Văn Khải.",
            "Các bộ phận: Mầm non, Tiểu học, THCS, Tổ chức - Hành chính.",
        ],
    ),
}

DOCS = {
    1024: ("412/TB-PGDĐT", "30/11/2026", "Thông báo nghỉ Tết Dương lịch năm 2027", "Nguyễn Văn Hải"),
    1031: ("389/KH-PGDĐT", "10/11/2026", "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2026-2027", "Phạm Văn Thắng"),
    1037: ("365/QĐ-PGDĐT", "18/11/2026", "Quyết định khen thưởng các nhà giáo có thành tích xuất sắc nhân dịp 20/11", "Phạm Văn Thắng"),
}


def intro_page(request: Request, pid: int) -> Response:
    title, paras = INTROS[pid]
    main = f'<div class="gt-khung"><h2 class="gt-tde">{esc(title)}</h2>' + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</div>"
    return layout(request, title, [("Giới thiệu", None), (title, None)], main)


def doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(so)}</td><td>{day}</td><td><a href="/van-ban/{did}.html">{esc(ty)}</a></td></tr>'
        for did, (so, day, ty, _) in DOCS.items()
    )
    main = f'<h2 class="vb-tde">Văn bản</h2><table class="table vb-ds"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>'
    return layout(request, "Văn bản", [("Văn bản", None)], main)


def doc_page(request: Request, did: int) -> Response:
    so, day, ty, signer = DOCS[did]
    main = f"""<div class="vb-chitiet"><h2 class="vb-tde">{esc(ty)}</h2>
<table class="table vb-tt"><tbody>
<tr><th>Số/Ký hiệu</th><td>{esc(so)}</td></tr>
<tr><th>Ngày ban hành</th><td>{day}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Phòng GD&amp;ĐT huyện Tiên Du</td></tr>
<tr><th>Người ký</th><td>{esc(signer)}</td></tr>
<tr><th>Trích yếu</th><td>{esc(ty)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/Uploads/pgdtiendu/files/vb-{did}.pdf">vb-{did}.pdf</a></td></tr>
</tbody></table></div>"""
    return layout(request, ty, [("Văn bản", "/van-ban"), (so, None)], main)


WEEKS = {
    48: ("23/11/2026", "29/11/2026", [("Thứ Hai 23/11", "Sáng: Dự Hội thi GVDG Tiểu học tại TH Lim")]),
    49: (
        "30/11/2026",
        "06/12/2026",
        [
            ("Thứ Hai 30/11", "Sáng: Giao ban Lãnh đạo phòng"),
            ("Thứ Tư 02/12", "Sáng: Ngày hội Chuyển đổi số tại THCS Nguyễn Đăng Đạo"),
            ("Thứ Năm 03/12", "Sáng: Chuyên đề Tiếng Anh lớp 4 tại TH Lim"),
        ],
    ),
    50: ("07/12/2026", "13/12/2026", [("Thứ Ba 08/12", "Chiều: Kiểm tra nội bộ tại THCS Hoàn Sơn")]),
}


def calendar_page(request: Request, week: int) -> Response:
    start, end, rows = WEEKS[week]
    nav = []

    def href(w: int) -> str:
        return "/lich-cong-tac" if w == 49 else f"/lich-cong-tac?tuan={w}"

    if week - 1 in WEEKS:
        nav.append(f'<a href="{href(week - 1)}">« Tuần trước</a>')
    if week + 1 in WEEKS:
        nav.append(f'<a href="{href(week + 1)}">Tuần sau »</a>')
    body = "".join(f"<tr><td>{esc(d)}</td><td>{esc(c)}</td></tr>" for d, c in rows)
    main = (
        f'<div class="ltc-khung"><h2>Lịch công tác tuần {week} (từ {start} đến {end})</h2>'
        f'<div class="ltc-dh">{" | ".join(nav)}</div>'
        f'<table class="table ltc-bang"><thead><tr><th>Ngày</th><th>Nội dung</th></tr></thead><tbody>{body}</tbody></table></div>'
    )
    return layout(request, f"Lịch công tác tuần {week}", [("Lịch công tác", None)], main)


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    main = f'<h2>Kết quả tìm kiếm</h2><p>Không tìm thấy tin bài nào với từ khóa "{esc(q)}".</p>'
    return layout(request, "Tìm kiếm", [("Tìm kiếm", None)], main)


# --- routing ---------------------------------------------------------------------------------

_ART = re.compile(r"^/tin-bai/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/chuyen-muc/([a-z0-9-]+)-(\d+)\.html$")
_DOC = re.compile(r"^/van-ban/(\d+)\.html$")
_INTRO = re.compile(r"^/gioi-thieu-(\d+)\.html$")
_STATIC_PREFIXES = ("/Uploads/", "/lib/", "/js/", "/css/", "/images/")


class Site:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith(_STATIC_PREFIXES):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            return home_page(request) if not request.query else None
        if m := _ART.match(path):
            s = BY_ID.get(int(m.group(2)))
            if s is None:
                return None
            if m.group(1) == s.slug:
                if request.query and params != {"cm": s.cat}:
                    return None
                return article_page(request, s)
            if path == old_path(s) and not request.query:
                return article_page(request, s)
            return None
        if m := _CAT.match(path):
            cat = int(m.group(2))
            if cat not in CATS or CATS[cat][0] != m.group(1):
                return None
            if request.query and set(params) != {"p"}:
                return None
            try:
                page = int(params.get("p", "1"))
            except ValueError:
                return None
            return list_page(request, cat, page) if 1 <= page <= cat_pages(cat) else None
        if path == "/api/tin-bai/xem-them":
            return xem_them(request)
        if path == "/van-ban" and not request.query:
            return doc_list(request)
        if m := _DOC.match(path):
            did = int(m.group(1))
            return doc_page(request, did) if did in DOCS else None
        if m := _INTRO.match(path):
            pid = int(m.group(1))
            return intro_page(request, pid) if pid in INTROS else None
        if path == "/lich-cong-tac":
            if not request.query:
                return calendar_page(request, 49)
            week = params.get("tuan", "")
            return calendar_page(request, int(week)) if week.isdigit() and int(week) in WEEKS and int(week) != 49 else None
        if path == "/tim-kiem":
            return search_page(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    path = article_path(s)
    alts = [f"{path}?cm={s.cat}"]
    if old_path(s):
        alts.insert(0, old_path(s))
    return gold_record(s, path, CATS[int(s.cat)][1], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES.values()]

NON_ARTICLES = [
    "/gioi-thieu-1.html",
    "/gioi-thieu-2.html",
    "/lich-cong-tac",
    "/van-ban/1024.html",
    "/van-ban/1031.html",
    "/van-ban/1037.html",
]
