"""Sở GD&ĐT tỉnh Tuyên Quang as a sub-portal of the provincial e-government portal (CMC-style vendor).

Platform
--------
The vendor's "eGov Portal" product on ASP.NET WebForms 4.x (.NET Framework, culture vi-VN): the
province's Cổng TTĐT hosts one sub-portal per department under a path prefix; the Sở GD&ĐT lives at
``/sgddt/``. Every page is one WebForms ``<form id="aspnetForm" method="post">`` with __VIEWSTATE;
the layout is a table of zones (ZoneTop / ZoneLeft / ZoneRight) filled with numbered portlets
(``<div class="pl" id="pl_2041">`` with a ``pl-hd`` header and a ``pl-bd`` body). News categories
are numeric ids. The page clock in the top bar reads "Thứ Bảy, 05/12/2026".

URL scheme
----------
* ``/`` — the provincial portal's own home (a small page linking to the sub-portals).
* ``/sgddt/`` and ``/sgddt/Default.aspx`` — the sub-portal home (breadcrumbs print the latter).
* ``/sgddt/chuyen-muc/<cat-id>/<cat-slug>.html`` — a news category; GET pager ``?Page=2``, except
  the "Thông báo" category (14) whose DataPager pages by ``__doPostBack(..., 'Page$2')`` (POST).
* ``/sgddt/tin-tuc/<cat-id>/<slug>-<ItemID>.html`` — the friendly article URL. The router keys on
  the ItemID: any slug serves, and any cat-id the item is published in serves (the breadcrumb then
  follows the cat-id in the URL). It prints ``<link rel="canonical">`` to the primary-category URL.
* ``/sgddt/Pages/ChiTietTin.aspx?ItemID=<n>&CatID=<c>`` — the legacy detail page (old handler, still
  used by the "Tin đọc nhiều" portlet and the home "Tin ảnh" box): same article, no canonical,
  ``og:url`` = itself.
* ``/sgddt/(S(<24 chars>))/…`` — ASP.NET cookieless session: the home slider is rendered through
  ``ApplyAppPathModifier`` and prints its links with the session segment; the server strips it.
* ``/sgddt/van-ban.html``, ``/sgddt/van-ban/chi-tiet.html?vbid=<n>`` — documents module.
* ``/sgddt/lich-cong-tac.html`` (+ ``?tuan=<w>&nam=2026``, weeks 48–50 only) — work calendar.
* ``/sgddt/thu-vien-anh.html``, ``/sgddt/thu-vien-anh/album/<n>/<slug>.html`` — photo albums.
* ``/sgddt/video.html``, ``/sgddt/video/<n>/<slug>.html`` — video clips (YouTube iframe).
* ``/sgddt/gioi-thieu/<slug>.html``, ``/sgddt/lien-he.html`` — static pages.
* Files: ``/sgddt/Uploads/…`` (images, PDFs), ``/sgddt/Portals/…`` (skin), ``/sgddt/Images/…``.

Page templates
--------------
Home (slider "Tin nổi bật", a "Thông báo" marquee, one box per category, "Tin ảnh", documents,
album and video portlets, a hidden pop-up notice); category listing (thumbnail, title, "(dd/mm/yyyy)",
teaser; pager); article detail (breadcrumb, headline in ``span.cttin-td`` — the only ``<h1>`` on every
page is the banner's department name —, date line "dd/MM/yyyy h:mm:ss tt", sapo ``div.cttin-tt``,
body ``div.cttin-nd``, vendor fields Tác giả / Nguồn / Tệp đính kèm / Người duyệt / Người đăng /
Sửa lần cuối, tool bar, reader comments, "Các tin khác"); documents table and document record;
week calendar; album; video; static pages. Right column on every page: work calendar link,
"Tin đọc nhiều", web links (select), poll, visitor counter, banners.

How each gold article is reached
--------------------------------
* 4821, 4815, 4809, 4798 — "Tin hoạt động" page 1 (4815 there under cat-id 12, its second
  category), home boxes, slider (session links), "Tin đọc nhiều" (legacy links).
* 4776, 4752 — only "Tin hoạt động" page 2 (``?Page=2``); 4752 also from the "Xem thêm" line of
  4776. "Các tin khác" lists only the category's page-1 items, home boxes only the newest.
* 4808, 4805 — "Thông báo" page 1, home marquee; 4808 also in "Tin đọc nhiều".
* 4771 — only "Thông báo" page 2, reached by the DataPager's postback (POST of aspnetForm with
  ``__EVENTTARGET=ctl00$ContentPlaceHolder1$ctl01$dpgTrang`` / ``__EVENTARGUMENT=Page$2``).
* 4815, 4803, 4788 — "Giáo dục phổ thông"; 4811, 4779 — "Khảo thí - Kiểm định chất lượng giáo dục"
  (the home box prints 4811 under a stale slug).

Traps
-----
1. Times in .NET vi-VN 12-hour form: "04/12/2026 3:45:00 CH" (CH = chiều, p.m.) is 15:45,
   "27/11/2026 10:30:00 SA" is 10:30, "21/11/2026 12:20:00 CH" is 12:20 and "24/11/2026
   12:00:00 SA" is midnight (the editor set only a day). Gold: "2026-12-04T15:45:00+07:00",
   "2026-11-24" (midnight: a day set without a time, the house's convention; harmonised after
   the first crawl) … (never 03:45 or 12:00).
2. "Sửa lần cuối: 05/12/2026 9:02:11 SA" under some articles, the header clock and the dates of
   "Các tin khác" / listings: gold is the "Ngày đăng" line above the sapo only.
3. A notice printed as an official document (4808): letterhead table, "Số: 3127/TB-SGDĐT",
   "Tuyên Quang, ngày 30 tháng 11 năm 2026", THÔNG BÁO / Về việc …, then "Nơi nhận" and
   "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / (Đã ký) / Hoàng Văn Quyết". Posted "01/12/2026 7:45:00 SA".
   Gold: published_at "2026-11-30", authors ["Hoàng Văn Quyết"], body = the numbered
   paragraphs only.
4. Postback pager on "Thông báo": 4771 is only on page 2, which exists only as the answer to a
   POST of the page's form (``javascript:__doPostBack('…$dpgTrang','Page$2')``).
5. GET pager on "Tin hoạt động": 4776 and 4752 are only on ``?Page=2``; "Các tin khác" under an
   article lists page-1 items only.
6. Duplicates: the legacy ``Pages/ChiTietTin.aspx?ItemID=&CatID=`` (both parameter orders are
   linked), cookieless-session paths ``/sgddt/(S(kq3v2m55tyxw0m45ab1jq2rf))/tin-tuc/…`` from the
   slider, a stale slug (4811's title was edited from "4.000" to "4.800"), and 4815 published in
   two categories. Gold: one record each, path = friendly URL of the primary category, the others
   in ``alt_paths``; the legacy page prints no canonical at all.
7. Category follows the URL: 4815 under ``/tin-tuc/12/…`` prints the breadcrumb "Tin hoạt động",
   under its canonical ``/tin-tuc/16/…`` "Giáo dục phổ thông". Gold: "Giáo dục phổ thông".
8. The headline is no heading: ``<span class="cttin-td">``; the page's ``<h1>`` is the banner
   "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG", portlet headers are ``<h2>``. One headline is
   printed in capitals (4788) and is kept so.
9. Bylines in three places: vendor field "Tác giả: ThS. Nguyễn Minh Tuấn (Phòng GDTX - CN)"
   -> "Nguyễn Minh Tuấn"; right-aligned lines in the body ("Tin, ảnh: Vũ Thu Hà" -> author and
   photographer, "Tin: Thu Hà - Ảnh: Quang Minh", "Bùi Long (Trường THPT Chuyên tỉnh)" -> "Bùi
   Long", a unit alone "Phòng Giáo dục Trung học", "Phòng GDTH", "VĂN PHÒNG SỞ"); "Người duyệt:"
   (the approving deputy director) and "Người đăng: quantri_sgd" are nobody.
10. Captions four ways: centred ``<em>`` line under the photo (parenthesised: parentheses off),
    CKEditor ``<figure>/<figcaption>``, a two-row ``table.tplCaption``, and photos with only an
    ``alt`` (caption None) or only "Ảnh: Hoàng Anh" (caption None, photographer "Hoàng Anh").
11. Text boundaries: "Xem thêm:" line and an in-content "Tin liên quan" box inside ``cttin-nd``,
    "Nguồn:"/"Theo …" lines, the attachment line with a pdf icon, reader comments ("Ý kiến bạn
    đọc") and "Các tin khác" inside the same ``div.cttin``: none is body. Body sentences starting
    "Theo kế hoạch, …" and "Theo thầy giáo …" are text, not sources.
12. Encodings: 4752's body is FCKeditor entity soup (every second letter a reference), 4771's body
    and sapo are decomposed (NFD, typed on a Mac); 4809's body is one ``<div>`` of lines split by
    ``<br />`` (each line a paragraph); 4805 carries a table (rows as "cell | cell | cell").
13. Chrome that reads like content: a hidden pop-up notice on the home page, the "Lịch công tác"
    week page, album and video pages with a title, a date and a description, document records
    with a "Trích yếu": all non-articles.

Gold decisions on ambiguous points
----------------------------------
* ``path`` / ``canonical_path``: the friendly URL under the article's primary category (the one the
  friendly page's canonical names), even when a crawl meets a duplicate first.
* ``summary``: the ``div.cttin-tt`` sapo when printed; for 4776 and 4752 (empty ``cttin-tt``) the
  bold lead paragraph; otherwise null (the meta description is then the start of the body).
* A photo line that only credits ("Ảnh: Hoàng Anh") gives no caption but names the photographer.
* A unit signing alone is kept as printed: "Phòng GDTH" abbreviated, "VĂN PHÒNG SỞ" in capitals.
* Source: the vendor field "Nguồn: Báo Tuyên Quang điện tử" and the closing line
  "Theo baotuyenquang.com.vn" are sources ("Báo Tuyên Quang điện tử", "baotuyenquang.com.vn").
* The letterhead's "THÔNG BÁO" / "Về việc …" lines and the "Nơi nhận" / signature table are not
  body; the notice has no summary.
* Table rows count as paragraphs, the header row included.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "cmc_egov_sgddt"
PLATFORM = "CMC-style eGov Portal (ASP.NET WebForms 4.x, zones/portlets), department sub-portal"
START_PATH = "/sgddt/"

HEADER_DAY = "Thứ Bảy, 05/12/2026"
SUB = "/sgddt"
SESSION = "(S(kq3v2m55tyxw0m45ab1jq2rf))"
PAGE_SIZE = 4
NOTICE_PAGE_SIZE = 2
PAGER_TARGET = "ctl00$ContentPlaceHolder1$ctl01$dpgTrang"

# cat-id -> (name as printed, slug, parent menu)
CATS: dict[int, tuple[str, str, str | None]] = {
    12: ("Tin hoạt động", "tin-hoat-dong", "Tin tức - Sự kiện"),
    16: ("Giáo dục phổ thông", "giao-duc-pho-thong", "Tin tức - Sự kiện"),
    17: (
        "Khảo thí - Kiểm định chất lượng giáo dục",
        "khao-thi-kiem-dinh-chat-luong-giao-duc",
        "Tin tức - Sự kiện",
    ),
    19: ("GDTX - Giáo dục nghề nghiệp", "gdtx-giao-duc-nghe-nghiep", "Tin tức - Sự kiện"),
    14: ("Thông báo", "thong-bao", None),
}
CAT_ID = {v[0]: k for k, v in CATS.items()}


def slugify(value: str) -> str:
    s = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


UP = "/sgddt/Uploads/Images/2026"

# --- the articles ------------------------------------------------------------------------------

S4821 = Story(
    id=4821,
    slug="",
    title="Trao tặng 2.500 áo ấm cho học sinh vùng cao trước mùa đông giá rét",
    cat="Tin hoạt động",
    published_at="2026-12-04T15:45:00+07:00",
    summary=(
        "Ngày 04/12, Sở Giáo dục và Đào tạo phối hợp với Quỹ Bảo trợ trẻ em tỉnh và các nhà hảo tâm "
        "tổ chức trao tặng 2.500 áo ấm, 800 chăn bông cho học sinh các trường phổ thông dân tộc bán "
        "trú trên địa bàn các xã Đồng Văn, Mèo Vạc, Lũng Cú và Sơn Vĩ."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham dự buổi trao tặng có đồng chí Hoàng Văn Quyết, Phó Giám đốc Sở Giáo dục và Đào tạo; "
            "đại diện Ủy ban nhân dân các xã, Quỹ Bảo trợ trẻ em tỉnh cùng đông đảo thầy cô giáo và học sinh."
        ),
        Img(
            f"{UP}/12/04/trao-ao-am-01.jpg",
            "(Đồng chí Hoàng Văn Quyết, Phó Giám đốc Sở GD&ĐT trao áo ấm cho học sinh Trường PTDTBT TH&THCS Lũng Cú)",
            "Đồng chí Hoàng Văn Quyết, Phó Giám đốc Sở GD&ĐT trao áo ấm cho học sinh Trường PTDTBT TH&THCS Lũng Cú",
            "em",
        ),
        P(
            "Những năm gần đây, thời tiết tại các xã vùng cao phía Bắc của tỉnh diễn biến phức tạp, nhiều "
            "đợt rét đậm, rét hại kéo dài, nhiệt độ có thời điểm xuống dưới 0 độ C. Nhiều học sinh người "
            "dân tộc thiểu số có hoàn cảnh khó khăn còn thiếu áo ấm, chăn màn khi ở bán trú tại trường."
        ),
        P(
            "Phát biểu tại buổi trao quà, đồng chí Phó Giám đốc Sở đề nghị các nhà trường tiếp tục quan tâm "
            "chăm lo bữa ăn, chỗ ở cho học sinh bán trú; chủ động xây dựng phương án phòng, chống rét, không "
            "để học sinh bị ốm do thời tiết; đồng thời thực hiện nghiêm quy định cho học sinh nghỉ học khi "
            "nhiệt độ ngoài trời xuống dưới mức cho phép."
        ),
        Img(
            f"{UP}/12/04/trao-ao-am-02.jpg",
            "Các em học sinh Trường PTDTBT THCS Sơn Vĩ vui mừng nhận áo ấm",
            "Các em học sinh Trường PTDTBT THCS Sơn Vĩ vui mừng nhận áo ấm",
            "figure",
        ),
        P(
            "Dịp này, Công ty TNHH Thương mại Minh Phát cũng trao tặng 200 suất quà, mỗi suất trị giá "
            "300.000 đồng cho học sinh có hoàn cảnh đặc biệt khó khăn. Tổng trị giá các phần quà trong đợt "
            "trao tặng gần 900 triệu đồng."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Vũ Thu Hà</strong></p>'),
    ],
    authors=["Vũ Thu Hà"],
    photographers=["Vũ Thu Hà"],
    opts={
        "time": "04/12/2026 3:45:00 CH",
        "updated": "05/12/2026 9:02:11 SA",
        "nguoidang": "bientap01",
        "comments": [
            (
                "Phụ huynh Giàng Seo Chứ (xã Lũng Cú)",
                "04/12/2026 8:17:42 CH",
                "Cảm ơn các nhà hảo tâm và ngành giáo dục đã quan tâm đến các cháu học sinh vùng cao. "
                "Mong nhà trường sớm có thêm phòng ở bán trú cho các cháu.",
            )
        ],
    },
)

S4815 = Story(
    id=4815,
    slug="",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT năm học 2026 - 2027",
    cat="Giáo dục phổ thông",
    published_at="2026-12-03T09:20:00+07:00",
    summary=(
        "Sáng 03/12, tại Trường THPT Chuyên tỉnh, Sở Giáo dục và Đào tạo khai mạc Hội thi giáo viên dạy "
        "giỏi cấp tỉnh cấp trung học phổ thông năm học 2026 - 2027 với sự tham gia của 186 giáo viên đến "
        "từ 52 trường THPT và trung tâm GDNN - GDTX."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi nhằm đánh giá năng lực, trình độ chuyên môn, nghiệp vụ của giáo viên trong thực hiện "
            "Chương trình giáo dục phổ thông 2018; phát hiện, tôn vinh những giáo viên có thành tích xuất "
            "sắc, có phương pháp dạy học hiệu quả để nhân rộng trong toàn ngành."
        ),
        P("Nội dung thi gồm hai phần:"),
        P(
            "Phần thi năng lực: giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy, giáo dục học "
            "sinh trong thời gian không quá 15 phút;",
            "li",
        ),
        P(
            "Phần thi thực hành: mỗi giáo viên dạy 02 tiết trên lớp, trong đó 01 tiết do giáo viên tự chọn "
            "và 01 tiết do Ban Tổ chức bốc thăm.",
            "li",
        ),
        Img(
            f"{UP}/12/03/khai-mac-hoi-thi-gvdg-thpt.jpg",
            "Quang cảnh lễ khai mạc Hội thi",
            "Quang cảnh lễ khai mạc Hội thi",
            "table",
        ),
        P(
            "Phát biểu khai mạc, đồng chí Nguyễn Thị Thanh Hương, Phó Giám đốc Sở đề nghị Ban Giám khảo làm "
            "việc công tâm, khách quan, đánh giá đúng năng lực của từng giáo viên; các thí sinh phát huy "
            "tinh thần học hỏi, chia sẻ kinh nghiệm, coi Hội thi là dịp để trau dồi chuyên môn."
        ),
        P(
            "Hội thi diễn ra từ ngày 03/12 đến ngày 12/12/2026, dự kiến tổng kết và trao giải vào ngày "
            "15/12/2026."
        ),
        Raw('<p style="text-align: right;"><b>Phòng Giáo dục Trung học</b></p>'),
    ],
    authors=["Phòng Giáo dục Trung học"],
    opts={
        "time": "03/12/2026 9:20:00 SA",
        "also": [12],
        "duyet": "Nguyễn Thị Thanh Hương",
        "nguoidang": "quantri_sgd",
    },
)

S4809 = Story(
    id=4809,
    slug="",
    title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho cán bộ quản lý, giáo viên",
    cat="Tin hoạt động",
    published_at="2026-12-01T16:10:00+07:00",
    blocks=[
        P(
            "Trong hai ngày 30/11 và 01/12/2026, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn ứng dụng trí "
            "tuệ nhân tạo (AI) trong đổi mới phương pháp dạy học, kiểm tra, đánh giá cho hơn 350 cán bộ "
            "quản lý, giáo viên cốt cán các cấp học.",
            "br",
        ),
        P(
            "Lớp tập huấn được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, với điểm cầu chính tại "
            "Trường Cao đẳng Sư phạm tỉnh và 12 điểm cầu tại các trường THPT trên địa bàn.",
            "br",
        ),
        P(
            "Các học viên được giới thiệu tổng quan về trí tuệ nhân tạo tạo sinh; cách sử dụng một số công "
            "cụ AI hỗ trợ soạn kế hoạch bài dạy, thiết kế học liệu số, xây dựng ngân hàng câu hỏi; những "
            "lưu ý về đạo đức, bản quyền và bảo mật dữ liệu học sinh khi sử dụng AI trong nhà trường.",
            "br",
        ),
        Img(f"{UP}/12/01/tap-huan-ai-giao-vien.jpg", None, None, "br"),
        P(
            "Sau tập huấn, mỗi giáo viên cốt cán có trách nhiệm hướng dẫn lại cho đồng nghiệp tại đơn vị; "
            "các nhà trường xây dựng kế hoạch ứng dụng AI phù hợp với điều kiện thực tế, bảo đảm an toàn, "
            "hiệu quả.",
            "br",
        ),
    ],
    authors=["Nguyễn Minh Tuấn"],
    opts={
        "time": "01/12/2026 4:10:00 CH",
        "tacgia": "ThS. Nguyễn Minh Tuấn (Phòng GDTX - CN)",
        "alt": {f"{UP}/12/01/tap-huan-ai-giao-vien.jpg": "Tập huấn AI cho giáo viên cốt cán"},
        "nguoidang": "bientap01",
    },
)

S4798 = Story(
    id=4798,
    slug="",
    title="Giám đốc Sở Giáo dục và Đào tạo kiểm tra công tác bán trú tại các xã vùng cao",
    cat="Tin hoạt động",
    published_at="2026-11-27T10:30:00+07:00",
    summary=(
        "Từ ngày 25 đến 26/11, đoàn công tác của Sở Giáo dục và Đào tạo do đồng chí Vương Đức Thành, "
        "Giám đốc Sở làm trưởng đoàn đã kiểm tra công tác tổ chức nấu ăn, nuôi dưỡng học sinh bán trú tại "
        "một số trường học trên địa bàn xã Mèo Vạc và xã Sơn Vĩ."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại các điểm trường, đoàn đã kiểm tra bếp ăn, kho lương thực, khu nhà ở bán trú; việc thực "
            "hiện thực đơn, quy trình kiểm thực ba bước và lưu mẫu thức ăn; công tác quản lý học sinh "
            "ngoài giờ học."
        ),
        Img(f"{UP}/11/27/kiem-tra-ban-tru-meo-vac.jpg", "Ảnh: Hoàng Anh", None, "em"),
        P(
            "Qua kiểm tra, các nhà trường đã bố trí bếp ăn một chiều, có tủ lưu mẫu và sổ ghi chép đầy đủ; "
            "khẩu phần ăn bảo đảm định mức hỗ trợ theo quy định. Tuy nhiên, một số điểm trường còn thiếu "
            "nhà ở bán trú, học sinh phải ở ghép; nguồn nước sinh hoạt vào mùa khô chưa ổn định."
        ),
        P(
            "Kết luận buổi kiểm tra, đồng chí Giám đốc Sở ghi nhận sự cố gắng của đội ngũ cán bộ, giáo "
            "viên, nhân viên trong công tác chăm lo cho học sinh bán trú; yêu cầu các đơn vị tiếp tục rà "
            "soát cơ sở vật chất, đề xuất kịp thời nhu cầu sửa chữa, bổ sung trang thiết bị trước khi bước "
            "vào cao điểm mùa đông."
        ),
    ],
    authors=["Minh Khánh"],
    photographers=["Hoàng Anh"],
    source="Báo Tuyên Quang điện tử",
    opts={
        "time": "27/11/2026 10:30:00 SA",
        "tacgia": "Minh Khánh",
        "nguon": "Báo Tuyên Quang điện tử",
        "updated": "28/11/2026 2:41:07 CH",
    },
)

S4776 = Story(
    id=4776,
    slug="",
    title="Sở Giáo dục và Đào tạo gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="Tin hoạt động",
    published_at="2026-11-19T16:50:00+07:00",
    summary=(
        "Chiều 19/11, Sở Giáo dục và Đào tạo tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 - 20/11/2026), tôn vinh các nhà giáo tiêu biểu năm học 2025 - 2026."
    ),
    blocks=[
        P(
            "Chiều 19/11, Sở Giáo dục và Đào tạo tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026), tôn vinh các nhà giáo tiêu biểu năm học 2025 - 2026.",
            "lead",
        ),
        P(
            "Dự buổi gặp mặt có đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh; lãnh đạo các sở, ngành; các "
            "thế hệ nhà giáo nguyên là lãnh đạo ngành giáo dục qua các thời kỳ và 120 nhà giáo tiêu biểu "
            "được tuyên dương."
        ),
        P("Những con số ấn tượng", "h"),
        P(
            "Năm học 2025 - 2026, toàn ngành có 28 học sinh đạt giải trong Kỳ thi chọn học sinh giỏi quốc "
            "gia; tỷ lệ tốt nghiệp THPT đạt 98,6%; thêm 34 trường được công nhận đạt chuẩn quốc gia. Toàn "
            "tỉnh hiện có hơn 21.000 cán bộ quản lý, giáo viên, nhân viên, trong đó 99,2% đạt chuẩn trình độ "
            "đào tạo."
        ),
        P(
            "“Mỗi thầy giáo, cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng tạo; tận "
            "tâm với nghề, yêu thương học sinh, nhất là học sinh vùng đặc biệt khó khăn”, đồng chí Phó Chủ "
            "tịch UBND tỉnh nhấn mạnh.",
            "quote",
        ),
        Img(
            f"{UP}/11/19/gap-mat-20-11.jpg",
            "Lãnh đạo tỉnh tặng Bằng khen cho các nhà giáo tiêu biểu",
            "Lãnh đạo tỉnh tặng Bằng khen cho các nhà giáo tiêu biểu",
            "em",
        ),
        P(
            "Dịp này, 15 tập thể và 42 cá nhân được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh; 120 "
            "nhà giáo được Giám đốc Sở Giáo dục và Đào tạo tuyên dương."
        ),
        Raw("XEMTHEM:4752"),
        Raw('<p style="text-align: right;"><strong>Tin: Thu Hà - Ảnh: Quang Minh</strong></p>'),
    ],
    authors=["Thu Hà"],
    photographers=["Quang Minh"],
    opts={"time": "19/11/2026 4:50:00 CH", "nguoidang": "bientap01"},
)

S4752 = Story(
    id=4752,
    slug="",
    title="Khai mạc Giải Bóng đá học sinh THPT tỉnh Tuyên Quang năm 2026",
    cat="Tin hoạt động",
    published_at="2026-11-12T14:05:00+07:00",
    summary=(
        "Sáng 12/11, tại Sân vận động tỉnh, Sở Giáo dục và Đào tạo khai mạc Giải Bóng đá học sinh THPT "
        "tỉnh Tuyên Quang năm 2026."
    ),
    blocks=[
        P(
            "Sáng 12/11, tại Sân vận động tỉnh, Sở Giáo dục và Đào tạo khai mạc Giải Bóng đá học sinh THPT "
            "tỉnh Tuyên Quang năm 2026.",
            "lead",
        ),
        P(
            "Giải có 24 đội bóng nam với gần 500 vận động viên là học sinh đến từ các trường THPT, trường "
            "phổ thông dân tộc nội trú và trung tâm GDNN - GDTX trong tỉnh. Các đội được chia thành 6 bảng "
            "thi đấu vòng tròn một lượt tính điểm, chọn 8 đội vào vòng tứ kết."
        ),
        Img(f"{UP}/11/12/khai-mac-giai-bong-da-hs-thpt.jpg", None, None, "none"),
        P(
            "Giải nhằm đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại, góp phần phát triển "
            "thể lực, tầm vóc cho học sinh; đồng thời là dịp để tuyển chọn vận động viên năng khiếu tham "
            "gia các giải thể thao học sinh toàn quốc."
        ),
        P(
            "Trận khai mạc giữa đội Trường THPT Chuyên tỉnh và đội Trường THPT Hà Giang diễn ra sôi nổi, kết "
            "thúc với tỷ số 2 - 1 nghiêng về đội Trường THPT Chuyên tỉnh. Giải sẽ kéo dài đến ngày "
            "22/11/2026."
        ),
        Raw('<p style="text-align: right;"><em>Bùi Long (Trường THPT Chuyên tỉnh)</em></p>'),
    ],
    authors=["Bùi Long"],
    opts={"time": "12/11/2026 2:05:00 CH", "enc": "entities", "nguoidang": "quantri_sgd"},
)

LETTERHEAD_4808 = """<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;">
<tbody><tr>
<td style="width: 42%; text-align: center; vertical-align: top;">UBND TỈNH TUYÊN QUANG<br />
<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />
<span style="font-size: 10pt;">Số: 3127/TB-SGDĐT</span></td>
<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />
<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />
<em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></td>
</tr></tbody></table>
<p style="text-align: center;">&nbsp;</p>
<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>
<p style="text-align: center;"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT<br />
năm học 2026 - 2027</strong></p>
<p style="text-align: center;">_______________</p>"""

CLOSING_4808 = """<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;">
<tbody><tr>
<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />
<span style="font-size: 9pt;">- Như trên;<br />
- Giám đốc, các PGĐ Sở;<br />
- Cổng TTĐT Sở;<br />
- Lưu: VT, QLCL.</span></td>
<td style="text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />
PHÓ GIÁM ĐỐC</strong><br />
<br />
<em>(Đã ký)</em><br />
<br />
<strong>Hoàng Văn Quyết</strong></td>
</tr></tbody></table>"""

S4808 = Story(
    id=4808,
    slug="",
    title="Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027",
    cat="Thông báo",
    published_at="2026-11-30",
    blocks=[
        Raw(LETTERHEAD_4808),
        P(
            "Căn cứ Kế hoạch số 215/KH-SGDĐT ngày 15/9/2026 của Sở Giáo dục và Đào tạo về tổ chức các kỳ "
            "thi, hội thi năm học 2026 - 2027, Sở Giáo dục và Đào tạo thông báo tổ chức Kỳ thi chọn học "
            "sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027 như sau:"
        ),
        P(
            "1. Đối tượng dự thi: Học sinh lớp 12 đang học tại các trường THPT, trường phổ thông dân tộc "
            "nội trú, trung tâm GDNN - GDTX có kết quả học tập năm học lớp 11 đạt mức Tốt, được thủ trưởng "
            "đơn vị lựa chọn, đăng ký dự thi."
        ),
        P(
            "2. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, "
            "Giáo dục kinh tế và pháp luật."
        ),
        P(
            "3. Thời gian thi: Ngày 17 và 18/12/2026 (thí sinh có mặt tại điểm thi lúc 14 giờ 00 ngày "
            "16/12/2026 để làm thủ tục dự thi)."
        ),
        P("4. Địa điểm thi: Trường THPT Chuyên tỉnh Tuyên Quang."),
        P(
            "5. Hồ sơ đăng ký: Các đơn vị nhập danh sách thí sinh trên phần mềm quản lý thi và gửi danh "
            "sách có xác nhận của thủ trưởng đơn vị về Sở Giáo dục và Đào tạo (qua Phòng Khảo thí và Quản "
            "lý chất lượng giáo dục) trước ngày 08/12/2026."
        ),
        P("Sở Giáo dục và Đào tạo đề nghị thủ trưởng các đơn vị triển khai thực hiện./."),
        Raw(CLOSING_4808),
    ],
    authors=["Hoàng Văn Quyết"],
    opts={
        "time": "01/12/2026 7:45:00 SA",
        "files": [("3127-TB-SGDDT.pdf", "/sgddt/Uploads/VanBan/2026/12/3127-TB-SGDDT.pdf")],
        "nguoidang": "quantri_sgd",
    },
)

S4805 = Story(
    id=4805,
    slug="",
    title="Lịch tiếp công dân tháng 12 năm 2026 của Lãnh đạo Sở Giáo dục và Đào tạo",
    cat="Thông báo",
    published_at="2026-11-28T16:30:00+07:00",
    blocks=[
        P(
            "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của Sở Giáo dục và Đào tạo, Sở thông báo "
            "lịch tiếp công dân định kỳ tháng 12 năm 2026 của Lãnh đạo Sở như sau:"
        ),
        P("Ngày tiếp | Lãnh đạo tiếp công dân | Địa điểm", "row"),
        P(
            "Thứ Ba, 08/12/2026 | Đồng chí Vương Đức Thành - Giám đốc Sở | Phòng tiếp công dân, Sở GD&ĐT",
            "row",
        ),
        P(
            "Thứ Ba, 15/12/2026 | Đồng chí Hoàng Văn Quyết - Phó Giám đốc Sở | Phòng tiếp công dân, Sở GD&ĐT",
            "row",
        ),
        P(
            "Thứ Ba, 22/12/2026 | Đồng chí Nguyễn Thị Thanh Hương - Phó Giám đốc Sở | Phòng tiếp công dân, "
            "Sở GD&ĐT",
            "row",
        ),
        P(
            "Thời gian tiếp: Buổi sáng từ 7 giờ 30 đến 11 giờ 30; buổi chiều từ 13 giờ 30 đến 17 giờ 00."
        ),
        P(
            "Trường hợp lịch tiếp công dân có thay đổi, Văn phòng Sở sẽ thông báo trên Cổng thông tin điện "
            "tử của Sở."
        ),
        Raw('<p style="text-align: right;"><strong>VĂN PHÒNG SỞ</strong></p>'),
    ],
    authors=["VĂN PHÒNG SỞ"],
    opts={"time": "28/11/2026 4:30:00 CH", "nguoidang": "vanphong_sgd"},
)

S4771 = Story(
    id=4771,
    slug="",
    title="Hướng dẫn cho học sinh nghỉ học khi trời rét đậm, rét hại trong mùa đông năm 2026 - 2027",
    cat="Thông báo",
    published_at="2026-11-18T10:15:00+07:00",
    summary=(
        "Sở Giáo dục và Đào tạo hướng dẫn các cơ sở giáo dục trên địa bàn tỉnh thực hiện việc cho học sinh "
        "nghỉ học khi nhiệt độ ngoài trời xuống thấp trong mùa đông năm 2026 - 2027."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Để chủ động phòng, chống rét cho học sinh trong mùa đông, các cơ sở giáo dục thực hiện việc cho "
            "học sinh nghỉ học như sau:"
        ),
        P("Nhiệt độ ngoài trời dưới 10 độ C: học sinh mầm non, tiểu học được nghỉ học;", "li"),
        P(
            "Nhiệt độ ngoài trời dưới 7 độ C: học sinh trung học cơ sở, trung học phổ thông được nghỉ học.",
            "li",
        ),
        P(
            "Việc xác định nhiệt độ căn cứ bản tin dự báo thời tiết của Đài Khí tượng Thủy văn tỉnh phát lúc "
            "18 giờ ngày hôm trước trên sóng phát thanh, truyền hình của tỉnh. Đối với học sinh bán trú ở lại "
            "trường, nhà trường phải bố trí người trực, bảo đảm đủ chăn, áo ấm, nước nóng và bữa ăn cho học "
            "sinh."
        ),
        P(
            "Thủ trưởng các đơn vị có trách nhiệm thông báo kịp thời đến cha mẹ học sinh; xây dựng kế hoạch "
            "dạy bù bảo đảm thời lượng chương trình theo quy định."
        ),
    ],
    opts={"time": "18/11/2026 10:15:00 SA", "enc": "nfd", "nguoidang": "quantri_sgd"},
)

S4803 = Story(
    id=4803,
    slug="",
    title="Sôi nổi Ngày hội văn hóa các dân tộc tại Trường Phổ thông Dân tộc nội trú THPT tỉnh",
    cat="Giáo dục phổ thông",
    published_at="2026-11-26T14:20:00+07:00",
    summary=(
        "Ngày 25/11, Trường Phổ thông Dân tộc nội trú THPT tỉnh tổ chức Ngày hội văn hóa các dân tộc năm "
        "2026 với nhiều hoạt động trải nghiệm hấp dẫn, thu hút hơn 1.000 học sinh tham gia."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Ngày hội là dịp để học sinh các dân tộc Mông, Dao, Tày, Nùng, Lô Lô, Pà Thẻn… giới thiệu trang "
            "phục, ẩm thực, trò chơi dân gian và những làn điệu dân ca đặc sắc của dân tộc mình; qua đó giáo "
            "dục ý thức giữ gìn, phát huy bản sắc văn hóa truyền thống trong thế hệ trẻ."
        ),
        Img(
            f"{UP}/11/26/ngay-hoi-van-hoa-dtnt-01.jpg",
            "(Màn trình diễn trang phục truyền thống của học sinh dân tộc Lô Lô)",
            "Màn trình diễn trang phục truyền thống của học sinh dân tộc Lô Lô",
            "em",
        ),
        P(
            "Các hoạt động chính gồm: trình diễn trang phục dân tộc, thi gói bánh chưng, làm bánh tam giác "
            "mạch, hát then - đàn tính, ném còn, kéo co, đẩy gậy. Mỗi lớp học bố trí một gian trưng bày giới "
            "thiệu nét văn hóa của một dân tộc, thu hút đông đảo phụ huynh và khách mời tham quan."
        ),
        Img(
            f"{UP}/11/26/ngay-hoi-van-hoa-dtnt-02.jpg",
            "Học sinh thi gói bánh chưng",
            "Học sinh thi gói bánh chưng",
            "table",
        ),
        P(
            "Theo thầy giáo Trần Quang Vinh, Hiệu trưởng nhà trường, Ngày hội văn hóa các dân tộc được tổ "
            "chức thường niên, trở thành hoạt động giáo dục trải nghiệm ý nghĩa, giúp học sinh xa gia đình "
            "thêm gắn bó với trường lớp, bạn bè."
        ),
    ],
    authors=["Ma Thị Hồng Nhung"],
    opts={
        "time": "26/11/2026 2:20:00 CH",
        "tacgia": "Ma Thị Hồng Nhung - Trường PTDTNT THPT tỉnh",
        "nguoidang": "bientap02",
    },
)

S4788 = Story(
    id=4788,
    slug="",
    title="HƯỚNG DẪN KIỂM TRA, ĐÁNH GIÁ HỌC SINH TIỂU HỌC CUỐI HỌC KỲ I NĂM HỌC 2026 - 2027",
    cat="Giáo dục phổ thông",
    # (harmonised after the first crawl: midnight is how a CMS stores a day set without a time,
    # the house's convention, crawler/clean/steps.resolve_published; the day alone)
    published_at="2026-11-24",
    summary=(
        "Sở Giáo dục và Đào tạo hướng dẫn các cơ sở giáo dục tiểu học tổ chức kiểm tra, đánh giá học sinh "
        "cuối học kỳ I năm học 2026 - 2027 theo Thông tư số 27/2020/TT-BGDĐT."
    ),
    sapo_outside=True,
    blocks=[
        P("1. Thời gian kiểm tra", "h"),
        P(
            "Các nhà trường chủ động tổ chức kiểm tra định kỳ cuối học kỳ I trong khoảng thời gian từ ngày "
            "04/01/2027 đến ngày 09/01/2027; hoàn thành nhận xét, đánh giá và bàn giao kết quả trước ngày "
            "16/01/2027."
        ),
        P("2. Môn học kiểm tra", "h"),
        P(
            "Kiểm tra định kỳ bằng bài kiểm tra đối với các môn Tiếng Việt, Toán, Ngoại ngữ 1 (lớp 3, 4, 5), "
            "Lịch sử và Địa lí, Khoa học, Tin học và Công nghệ (lớp 4, 5)."
        ),
        P("3. Yêu cầu", "h"),
        P(
            "Đề kiểm tra phù hợp yêu cầu cần đạt của chương trình, gồm các câu hỏi, bài tập được thiết kế "
            "theo ba mức; không kiểm tra những nội dung đã được tinh giản. Đối với học sinh dân tộc thiểu số "
            "ở các điểm trường lẻ, giáo viên linh hoạt hình thức kiểm tra, có thể đọc đề cho học sinh."
        ),
        Raw('<p style="text-align: right;"><strong>Phòng GDTH</strong></p>'),
    ],
    authors=["Phòng GDTH"],
    opts={
        "time": "24/11/2026 12:00:00 SA",
        "files": [
            (
                "HD_KTDG_CuoiHKI_TieuHoc_2026-2027.pdf",
                "/sgddt/Uploads/VanBan/2026/11/HD_KTDG_CuoiHKI_TieuHoc_2026-2027.pdf",
            )
        ],
        "nguoidang": "quantri_sgd",
    },
)

S4811 = Story(
    id=4811,
    slug="",
    title="Hơn 4.800 học sinh lớp 12 tham gia khảo sát chất lượng đợt 1",
    cat="Khảo thí - Kiểm định chất lượng giáo dục",
    published_at="2026-12-02T17:30:00+07:00",
    summary=(
        "Trong hai ngày 01 - 02/12/2026, Sở Giáo dục và Đào tạo tổ chức khảo sát chất lượng học sinh lớp "
        "12 đợt 1 năm học 2026 - 2027 đối với các môn thi tốt nghiệp THPT."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo kế hoạch, kỳ khảo sát được tổ chức đồng loạt tại 52 điểm trường với hơn 4.800 học sinh "
            "tham gia. Đề khảo sát do Sở Giáo dục và Đào tạo ra theo định dạng đề thi tốt nghiệp THPT từ năm "
            "2025, gồm môn Toán, Ngữ văn và các môn lựa chọn."
        ),
        Img(
            f"{UP}/12/02/khao-sat-lop-12-dot-1.jpg",
            "Học sinh Trường THPT Yên Minh làm bài khảo sát môn Toán",
            "Học sinh Trường THPT Yên Minh làm bài khảo sát môn Toán",
            "figure",
        ),
        P(
            "Bài làm của học sinh được chấm tập trung tại Sở; kết quả khảo sát là căn cứ để các nhà trường "
            "đánh giá thực chất chất lượng dạy và học, điều chỉnh kế hoạch ôn tập, bồi dưỡng học sinh."
        ),
        P(
            "Kết quả khảo sát sẽ được công bố trước ngày 20/12/2026 trên hệ thống quản lý trường học."
        ),
        Raw('<p style="text-align: right;"><strong>Đức Anh</strong></p>'),
        Raw('<p style="text-align: right;"><em>Theo baotuyenquang.com.vn</em></p>'),
    ],
    authors=["Đức Anh"],
    source="baotuyenquang.com.vn",
    opts={
        "time": "02/12/2026 5:30:00 CH",
        "old_slug": "hon-4-000-hoc-sinh-lop-12-tham-gia-khao-sat-chat-luong-dot-1",
        "nguoidang": "bientap02",
    },
)

S4779 = Story(
    id=4779,
    slug="",
    title="Công nhận 15 trường học đạt kiểm định chất lượng giáo dục và chuẩn quốc gia",
    cat="Khảo thí - Kiểm định chất lượng giáo dục",
    published_at="2026-11-21T12:20:00+07:00",
    summary=(
        "Giám đốc Sở Giáo dục và Đào tạo vừa ký quyết định công nhận 15 trường mầm non, tiểu học, trung "
        "học cơ sở đạt kiểm định chất lượng giáo dục và đạt chuẩn quốc gia đợt 2 năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Trong số 15 trường được công nhận có 6 trường mầm non, 5 trường tiểu học và 4 trường trung học "
            "cơ sở; trong đó 4 trường đạt kiểm định chất lượng giáo dục cấp độ 3 và đạt chuẩn quốc gia mức "
            "độ 2."
        ),
        P(
            "Đến nay, toàn tỉnh có 612/1.034 trường đạt chuẩn quốc gia, đạt tỷ lệ 59,2%. Các xã vùng cao như "
            "Lũng Cú, Đồng Văn, Quản Bạ đã có nhiều trường lần đầu được công nhận đạt chuẩn, góp phần thu hẹp "
            "khoảng cách về chất lượng giáo dục giữa các vùng."
        ),
        P(
            "Sở Giáo dục và Đào tạo đề nghị các trường được công nhận tiếp tục duy trì, nâng cao các tiêu "
            "chuẩn; đồng thời tham mưu với Ủy ban nhân dân xã đầu tư cơ sở vật chất theo lộ trình."
        ),
        Raw("LIENQUAN:4811"),
    ],
    opts={"time": "21/11/2026 12:20:00 CH", "nguoidang": "bientap02"},
)

STORIES: list[Story] = [
    S4821,
    S4815,
    S4809,
    S4798,
    S4776,
    S4752,
    S4808,
    S4805,
    S4771,
    S4803,
    S4788,
    S4811,
    S4779,
]
for _s in STORIES:
    _s.slug = slugify(_s.title)
BY_ID = {s.id: s for s in STORIES}

# featured in the home slider (session links), in "Tin đọc nhiều" (legacy links), "Tin ảnh"
SLIDER = [4821, 4815, 4803, 4811]
MOST_READ = [4821, 4809, 4808, 4803, 4798]
TIN_ANH = 4803  # legacy link with CatID first


def primary_cat(s: Story) -> int:
    return CAT_ID[s.cat]


def cats_of(s: Story) -> list[int]:
    return [primary_cat(s), *s.opts.get("also", [])]


def art_url(s: Story, cat: int | None = None, slug: str | None = None) -> str:
    return f"{SUB}/tin-tuc/{cat or primary_cat(s)}/{slug or s.slug}-{s.id}.html"


def legacy_url(s: Story, cat_first: bool = False) -> str:
    c = primary_cat(s)
    if cat_first:
        return f"{SUB}/Pages/ChiTietTin.aspx?CatID={c}&ItemID={s.id}"
    return f"{SUB}/Pages/ChiTietTin.aspx?ItemID={s.id}&CatID={c}"


def cat_url(cat: int) -> str:
    return f"{SUB}/chuyen-muc/{cat}/{CATS[cat][1]}.html"


def day_of(s: Story) -> str:
    return s.opts["time"].split()[0]


def listing_items(cat: int) -> list[tuple[Story, str]]:
    """(story, the URL the listing prints), newest first by the posted time."""

    def key(s: Story) -> tuple[str, str]:
        d, m, y = day_of(s).split("/")
        return (f"{y}{m}{d}", str(s.id))

    items = [s for s in STORIES if cat in cats_of(s)]
    items.sort(key=key, reverse=True)
    return [(s, art_url(s, cat)) for s in items]


def thumb(s: Story) -> str:
    return (
        s.images[0].src.replace("/Images/", "/Images/thumb/")
        if s.images
        else (f"{SUB}/Portals/0/Images/no-image.jpg")
    )


def teaser(s: Story) -> str:
    lead = s.summary or s.paragraphs[0]
    return lead if len(lead) < 190 else lead[:180].rsplit(" ", 1)[0] + "..."


# --- static / module data ----------------------------------------------------------------------


@dataclass
class Doc:
    id: int
    so: str
    ngay: str
    loai: str
    trich_yeu: str
    nguoi_ky: str
    file: str


DOCS = [
    Doc(
        2231,
        "3120/SGDĐT-GDPT",
        "27/11/2026",
        "Công văn",
        "Về việc tăng cường công tác phòng, chống rét cho học sinh trong mùa đông năm 2026 - 2027",
        "Nguyễn Thị Thanh Hương",
        "/sgddt/Uploads/VanBan/2026/11/3120-SGDDT-GDPT.pdf",
    ),
    Doc(
        2228,
        "845/QĐ-SGDĐT",
        "20/11/2026",
        "Quyết định",
        "Về việc công nhận trường đạt kiểm định chất lượng giáo dục và đạt chuẩn quốc gia đợt 2 năm 2026",
        "Vương Đức Thành",
        "/sgddt/Uploads/VanBan/2026/11/845-QD-SGDDT.pdf",
    ),
    Doc(
        2219,
        "262/KH-SGDĐT",
        "10/11/2026",
        "Kế hoạch",
        "Tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh cấp trung học phổ thông năm học 2026 - 2027",
        "Nguyễn Thị Thanh Hương",
        "/sgddt/Uploads/VanBan/2026/11/262-KH-SGDDT.pdf",
    ),
]
DOC_BY_ID = {d.id: d for d in DOCS}

INTRO_PAGES = {
    "chuc-nang-nhiem-vu": "Chức năng, nhiệm vụ",
    "co-cau-to-chuc": "Cơ cấu tổ chức",
}
ALBUM_URL = f"{SUB}/thu-vien-anh/album/57/ngay-hoi-van-hoa-cac-dan-toc-nam-2026.html"
VIDEO_URL = f"{SUB}/video/23/trao-ao-am-cho-hoc-sinh-vung-cao.html"
CAL_URL = f"{SUB}/lich-cong-tac.html"

FILES = {d.file for d in DOCS} | {f[1] for s in STORIES for f in s.opts.get("files", [])}

# --- chrome ------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", f"{SUB}/Default.aspx", []),
    (
        "Giới thiệu",
        "javascript:;",
        [(v, f"{SUB}/gioi-thieu/{k}.html") for k, v in INTRO_PAGES.items()],
    ),
    (
        "Tin tức - Sự kiện",
        "javascript:;",
        [(CATS[c][0], cat_url(c)) for c in (12, 16, 17, 19)],
    ),
    ("Thông báo", cat_url(14), []),
    ("Văn bản", f"{SUB}/van-ban.html", []),
    ("Lịch công tác", CAL_URL, []),
    (
        "Thư viện",
        "javascript:;",
        [("Thư viện ảnh", f"{SUB}/thu-vien-anh.html"), ("Video", f"{SUB}/video.html")],
    ),
    ("Liên hệ", f"{SUB}/lien-he.html", []),
]


def menu_html() -> str:
    out = ['<ul id="cmcMnu" class="mnu-ngang">']
    for i, (label, href, subs) in enumerate(MENU):
        cls = ' class="mnu-cha"' if subs else ""
        out.append(f'<li{cls} id="mnu_{i + 1}"><a href="{esc(href)}">{esc(label)}</a>')
        if subs:
            out.append('<ul class="mnu-con" style="display:none">')
            out.extend(f'<li><a href="{esc(h)}">{esc(lab)}</a></li>' for lab, h in subs)
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


def portlet(pid: int, title: str, body: str, extra_cls: str = "") -> str:
    return (
        f'<div class="pl {extra_cls}" id="pl_{pid}">'
        f'<div class="pl-hd"><h2 class="pl-hd-t">{esc(title)}</h2></div>'
        f'<div class="pl-bd">{body}</div></div>'
    )


def sidebar() -> str:
    most = "\n".join(
        f'<tr><td class="dn-so">{i + 1}</td><td><a href="{esc(legacy_url(BY_ID[n]))}">'
        f"{esc(BY_ID[n].title)}</a></td></tr>"
        for i, n in enumerate(MOST_READ)
    )
    links = "\n".join(
        f'<option value="{esc(u)}">{esc(t)}</option>'
        for t, u in [
            ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
            ("Cổng TTĐT tỉnh Tuyên Quang", "https://tuyenquang.gov.vn"),
            ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
            ("Hệ thống quản lý trường học", "https://csdl.moet.gov.vn"),
            ("Báo Tuyên Quang điện tử", "https://baotuyenquang.com.vn"),
        ]
    )
    return "\n".join(
        [
            portlet(
                1102,
                "LỊCH CÔNG TÁC",
                f'<a href="{CAL_URL}"><img src="{SUB}/Portals/0/Images/lichcongtac.png" alt="Lịch công tác" /></a>'
                '<div class="lct-tuan">Tuần 49 (30/11/2026 - 06/12/2026)</div>',
            ),
            portlet(
                1087,
                "TIN ĐỌC NHIỀU",
                f'<table class="tbl-docnhieu" cellpadding="2" cellspacing="0">{most}</table>',
            ),
            portlet(
                1090,
                "LIÊN KẾT WEBSITE",
                '<select id="ddlLienKet" onchange="if(this.value!=\'\')window.open(this.value);">'
                f'<option value="">-- Chọn liên kết --</option>{links}</select>',
            ),
            portlet(
                1093,
                "THĂM DÒ Ý KIẾN",
                '<div class="bc-cauhoi">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</div>'
                '<input type="radio" name="rdBinhChon" value="1" id="bc1" /><label for="bc1">Đẹp, dễ sử dụng</label><br />'
                '<input type="radio" name="rdBinhChon" value="2" id="bc2" /><label for="bc2">Bình thường</label><br />'
                '<input type="radio" name="rdBinhChon" value="3" id="bc3" /><label for="bc3">Khó tìm thông tin</label><br />'
                '<input type="button" value="Bình chọn" onclick="CMC.BinhChon(12);" />'
                '<input type="button" value="Xem kết quả" onclick="CMC.KetQuaBinhChon(12);" />',
            ),
            portlet(
                1095,
                "THỐNG KÊ TRUY CẬP",
                '<table class="tk"><tr><td>Đang online:</td><td><b>37</b></td></tr>'
                "<tr><td>Hôm nay:</td><td><b>1.254</b></td></tr>"
                "<tr><td>Tháng này:</td><td><b>6.931</b></td></tr>"
                "<tr><td>Tổng truy cập:</td><td><b>3.418.907</b></td></tr></table>",
            ),
            portlet(
                1099,
                "BANNER",
                '<a href="https://dichvucong.tuyenquang.gov.vn" target="_blank">'
                f'<img src="{SUB}/Portals/0/Banner/dvc-tuyenquang.jpg" alt="Dịch vụ công trực tuyến" /></a>'
                '<a href="https://moet.gov.vn" target="_blank">'
                f'<img src="{SUB}/Portals/0/Banner/bo-gddt.jpg" alt="Bộ GD&amp;ĐT" /></a>',
            ),
        ]
    )


FOOTER = f"""<div id="footer">
<div class="ft-menu"><a href="{SUB}/Default.aspx">Trang chủ</a> | <a href="{SUB}/gioi-thieu/chuc-nang-nhiem-vu.html">Giới thiệu</a> | <a href="{SUB}/van-ban.html">Văn bản</a> | <a href="{SUB}/lien-he.html">Liên hệ</a></div>
<div class="ft-tt">
<b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</b><br />
Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Tuyên Quang<br />
Chịu trách nhiệm chính: Ông Vương Đức Thành - Giám đốc Sở<br />
Địa chỉ: Số 159, đường Trần Hưng Đạo, phường Minh Xuân, tỉnh Tuyên Quang<br />
Điện thoại: (0207) 3822 415 - Fax: (0207) 3822 416 - Email: sgddt@tuyenquang.gov.vn<br />
Ghi rõ nguồn "Cổng TTĐT Sở GD&amp;ĐT Tuyên Quang" khi phát hành lại thông tin từ website này.
</div>
<div class="ft-cp">© 2026 Sở GD&amp;ĐT Tuyên Quang. Phát triển trên nền tảng eGov Portal - CMC TS</div>
</div>"""


def page(
    request: Request,
    title: str,
    main: str,
    *,
    crumbs: list[tuple[str, str]] | None = None,
    description: str = "",
    head_extra: str = "",
    action: str | None = None,
    home: bool = False,
) -> Response:
    action = action or request.target
    bc = ""
    if crumbs is not None:
        parts = [f'<a href="{SUB}/Default.aspx" class="bc-home">Trang chủ</a>']
        for label, href in crumbs:
            parts.append(
                f'<a href="{esc(href)}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
            )
        bc = (
            '<div class="bc" id="ZoneTop_bc">'
            + ' <span class="bc-sep">»</span> '.join(parts)
            + "</div>"
        )
    popup = ""
    if home:
        popup = (
            '<div id="divThongBaoPopup" class="popup-tb" style="display:none">'
            '<div class="popup-td">THÔNG BÁO</div><p>Sở Giáo dục và Đào tạo thông báo: Từ ngày 01/12/2026, '
            "các đơn vị gửi văn bản điện tử qua Hệ thống quản lý văn bản và điều hành của tỉnh; không gửi "
            "văn bản giấy đối với các văn bản đã ký số.</p>"
            "<p>Mọi chi tiết xin liên hệ Văn phòng Sở, điện thoại (0207) 3822 415.</p>"
            '<a href="javascript:;" onclick="$(\'#divThongBaoPopup\').hide()">Đóng</a></div>'
        )
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="Head1"><title>
	{esc(title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE8" />
<meta name="keywords" content="Sở GD&amp;ĐT Tuyên Quang, giáo dục Tuyên Quang, tin tức giáo dục" />
<meta name="description" content="{esc(description or title)}" />
{head_extra}
<link rel="shortcut icon" href="{SUB}/Portals/0/favicon.ico" />
<link href="{SUB}/Portals/_default/Skins/eGovBlue/skin.css" rel="stylesheet" type="text/css" />
<script src="{SUB}/Scripts/jquery-1.8.2.min.js" type="text/javascript"></script>
<script src="{SUB}/Scripts/cmc.portal.js" type="text/javascript"></script>
</head>
<body class="sgddt">
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque(request.path, 420, b"/wEPDwUKLTk")}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{opaque(request.path + "ev", 96, b"/wEdAA")}" /></div>
<div id="wrapper">
<div id="topbar">
<span class="tb-ngay" id="ctl00_ucTop_lblNgay">{HEADER_DAY}</span>
<span class="tb-lk"><a href="/">Cổng TTĐT tỉnh Tuyên Quang</a> | <a href="https://mail.tuyenquang.gov.vn" target="_blank">Thư điện tử công vụ</a> | <a href="https://vpdt.tuyenquang.gov.vn" target="_blank">Văn phòng điện tử</a></span>
<span class="tb-tk"><input name="ctl00$ucTop$txtTuKhoa" type="text" id="ctl00_ucTop_txtTuKhoa" class="txt-tk" value="Nhập từ khóa..." onfocus="if(this.value=='Nhập từ khóa...')this.value='';" onkeypress="return CMC.EnterTimKiem(event,'ctl00_ucTop_txtTuKhoa');" />
<a href="javascript:void(0)" onclick="CMC.TimKiem('ctl00_ucTop_txtTuKhoa');return false;" class="btn-tk">Tìm kiếm</a></span>
</div>
<div id="banner"><a href="{SUB}/"><img src="{SUB}/Portals/0/Skins/banner-sgddt.jpg" alt="Sở Giáo dục và Đào tạo tỉnh Tuyên Quang" /></a>
<h1 class="bn-ten">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</h1>
<div class="bn-kh">Cổng thông tin điện tử thành phần - Cổng TTĐT tỉnh Tuyên Quang</div></div>
<div id="menu">{menu_html()}</div>
<div id="chaymarquee"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng! Ngành Giáo dục tỉnh Tuyên Quang thi đua dạy tốt, học tốt!</marquee></div>
{popup}
{bc}
<table id="tblLayout" cellpadding="0" cellspacing="0" width="100%"><tr>
<td id="ZoneLeft" valign="top">
{main}
</td>
<td id="ZoneRight" valign="top" width="285">
{sidebar()}
</td>
</tr></table>
{FOOTER}
</div>
</form>
</body>
</html>"""
    return html(
        body,
        headers={
            "X-AspNet-Version": "4.0.30319",
            "X-Powered-By": "ASP.NET",
            "Server": "Microsoft-IIS/8.5",
        },
    )


# --- article rendering -------------------------------------------------------------------------


def _t(s: Story, value: str) -> str:
    return text(value, nfd=s.opts.get("enc") == "nfd")


def _img_tag(s: Story, img: Img, style: str = "width: 600px; height: 400px;") -> str:
    alt = s.opts.get("alt", {}).get(img.src, "")
    return f'<img alt="{esc(alt)}" src="{esc(img.src)}" style="{style}" />'


def _render_img(s: Story, img: Img) -> str:
    tag = _img_tag(s, img)
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{_t(s, img.printed or "")}</em></p>'
        )
    if img.style == "figure":
        return (
            f'<figure class="image" style="display:inline-block">{tag}'
            f"<figcaption>{_t(s, img.printed or '')}</figcaption></figure>"
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tplCaption" style="width: 600px;">'
            f'<tbody><tr><td>{tag}</td></tr><tr><td class="Image" style="text-align: center;"><span style="font-size:12px;">'
            f"{_t(s, img.printed or '')}</span></td></tr></tbody></table>"
        )
    return f'<p style="text-align: center;">{tag}</p>'


def _xemthem(target: int) -> str:
    t = BY_ID[target]
    return (
        f'<p><strong>Xem thêm:</strong> <a href="{esc(art_url(t))}" style="color:#0000ff;">'
        f"{esc(t.title)}</a></p>"
    )


def _lienquan(target: int) -> str:
    t = BY_ID[target]
    return (
        '<div class="tinlienquan" style="border:1px solid #ccc;padding:5px;width:60%;">'
        "<b>Tin liên quan:</b><ul>"
        f'<li><a href="{esc(art_url(t))}">{esc(t.title)}</a> ({day_of(t)})</li></ul></div>'
    )


def render_body(s: Story) -> str:
    out: list[str] = []
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html.startswith("XEMTHEM:"):
                out.append(_xemthem(int(b.html.split(":")[1])))
            elif b.html.startswith("LIENQUAN:"):
                out.append(_lienquan(int(b.html.split(":")[1])))
            else:
                out.append(b.html)
            i += 1
            continue
        style = b.style
        if style in ("li", "row", "br"):
            group = []
            while i < len(blocks) and not isinstance(blocks[i], Raw) and blocks[i].style == style:
                group.append(blocks[i])
                i += 1
            if style == "li":
                out.append(
                    '<ul style="text-align: justify;">'
                    + "".join(f"<li>{_t(s, p.text)}</li>" for p in group)
                    + "</ul>"
                )
            elif style == "row":
                rows = []
                for n, p in enumerate(group):
                    cells = p.text.split(" | ")
                    if n == 0:
                        rows.append(
                            '<tr style="background:#dde7f3;">'
                            + "".join(
                                f'<td style="text-align:center;"><strong>{_t(s, c)}</strong></td>'
                                for c in cells
                            )
                            + "</tr>"
                        )
                    else:
                        rows.append(
                            "<tr>" + "".join(f"<td>{_t(s, c)}</td>" for c in cells) + "</tr>"
                        )
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
            else:  # one <div> of lines pasted from an e-mail
                lines = []
                for p in group:
                    if isinstance(p, Img):
                        lines.append(
                            _img_tag(s, p, "display: block; margin: 5px auto; width: 560px;")
                        )
                    else:
                        lines.append(_t(s, p.text))
                out.append(
                    '<div style="text-align: justify;">'
                    + "<br />\n<br />\n".join(lines)
                    + "<br />\n</div>"
                )
            continue
        if isinstance(b, Img):
            out.append(_render_img(s, b))
        elif style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{_t(s, b.text)}</strong></p>')
        elif style == "h":
            out.append(f"<p><strong>{_t(s, b.text)}</strong></p>")
        elif style == "quote":
            out.append(f"<blockquote><p><em>{_t(s, b.text)}</em></p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{_t(s, b.text)}</p>')
        i += 1
    markup = "\n".join(out)
    if s.opts.get("enc") == "entities":
        markup = entity_mix(markup, 2)
    return markup


def related_html(s: Story, cat: int) -> str:
    size = NOTICE_PAGE_SIZE if cat == 14 else PAGE_SIZE
    items = [(o, u) for o, u in listing_items(cat)[:size] if o.id != s.id]
    lis = "\n".join(
        f'<li><a href="{esc(u)}">{esc(o.title)}</a> <span class="tk-ngay">({day_of(o)})</span></li>'
        for o, u in items
    )
    return (
        '<div class="cttin-tinkhac"><div class="tinkhac-hd">Các tin khác</div>'
        f'<ul class="ul-tinkhac">{lis}</ul></div>'
    )


def article_page(request: Request, s: Story, cat: int, legacy: bool) -> Response:
    cid = "ctl00_ContentPlaceHolder1_ctl00"
    name, _, parent = CATS[cat]
    crumbs = ([(parent, "")] if parent else []) + [(name, cat_url(cat))]
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = f"<b>{_t(s, s.summary)}</b>"
    fields = []
    if "tacgia" in s.opts:
        fields.append(
            f'<div class="cttin-tacgia" align="right">Tác giả: <b>{esc(s.opts["tacgia"])}</b></div>'
        )
    if "nguon" in s.opts:
        fields.append(f'<div class="cttin-nguon" align="right">Nguồn: {esc(s.opts["nguon"])}</div>')
    for fname, fpath in s.opts.get("files", []):
        fields.append(
            '<div class="cttin-file">Tệp đính kèm: '
            f'<img src="{SUB}/Images/icon/pdf.gif" alt="" /> <a href="{esc(fpath)}" target="_blank">{esc(fname)}</a></div>'
        )
    foot = []
    if "duyet" in s.opts:
        foot.append(f"Người duyệt: {esc(s.opts['duyet'])}")
    if "nguoidang" in s.opts:
        foot.append(f"Người đăng: {esc(s.opts['nguoidang'])}")
    if "updated" in s.opts:
        foot.append(f"Sửa lần cuối: {s.opts['updated']}")
    comments = ""
    for who, when, what in s.opts.get("comments", []):
        comments += (
            f'<div class="yk-item"><div class="yk-ten"><b>{esc(who)}</b> <i>({when})</i></div>'
            f'<div class="yk-nd">{esc(what)}</div></div>'
        )
    main = f"""<div class="pl pl-chitiet" id="pl_2041">
<div id="{cid}_divChiTiet" class="cttin">
<span id="{cid}_lblTieuDe" class="cttin-td">{esc(s.title)}</span>
<div class="cttin-tg"><img src="{SUB}/Images/icon/clock.gif" alt="" /> <span id="{cid}_lblNgayDang" class="cttin-ngay">{s.opts["time"]}</span>&nbsp;|&nbsp;Lượt xem: <b>{s.views()}</b>
<span class="cttin-cochu">Cỡ chữ: <a href="javascript:CMC.CoChu(1)">A+</a> <a href="javascript:CMC.CoChu(-1)">A-</a></span></div>
<div id="{cid}_divTomTat" class="cttin-tt">{sapo}</div>
<div id="{cid}_divNoiDung" class="cttin-nd">
{render_body(s)}
</div>
{"".join(fields)}
<div class="cttin-ft">{" &nbsp;|&nbsp; ".join(foot)}</div>
<div class="cttin-cc">
<a href="javascript:void(0)" onclick="CMC.InBai('{cid}_divChiTiet');return false;"><img src="{SUB}/Images/icon/print.gif" alt="" /> In bài</a>
<a href="javascript:void(0)" onclick="CMC.GuiEmail({s.id});return false;"><img src="{SUB}/Images/icon/email.gif" alt="" /> Gửi email</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={esc(base_url(request) + art_url(s))}" target="_blank"><img src="{SUB}/Images/icon/facebook.png" alt="Facebook" /></a>
<a href="https://zalo.me/share/?url={esc(base_url(request) + art_url(s))}" target="_blank"><img src="{SUB}/Images/icon/zalo.png" alt="Zalo" /></a>
<a href="javascript:history.back()">Quay lại</a>
</div>
<div class="cttin-ykien"><div class="yk-hd">Ý kiến bạn đọc</div>{comments}
<table class="yk-form"><tr><td>Họ và tên (*)</td><td><input name="ctl00$ContentPlaceHolder1$ctl00$txtHoTen" type="text" /></td></tr>
<tr><td>Email</td><td><input name="ctl00$ContentPlaceHolder1$ctl00$txtEmail" type="text" /></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="ctl00$ContentPlaceHolder1$ctl00$txtNoiDung" rows="4" cols="50"></textarea></td></tr>
<tr><td></td><td><input type="button" value="Gửi ý kiến" onclick="CMC.GuiYKien({s.id});" /></td></tr></table></div>
{related_html(s, cat)}
</div>
</div>"""
    self_url = base_url(request) + request.target
    head = [
        f'<meta property="og:title" content="{esc(s.title)}" />',
        f'<meta property="og:url" content="{esc(self_url)}" />',
        '<meta property="og:type" content="article" />',
    ]
    if s.images:
        head.append(
            f'<meta property="og:image" content="{esc(base_url(request) + s.images[0].src)}" />'
        )
    if not legacy:
        head.insert(0, f'<link rel="canonical" href="{esc(base_url(request) + art_url(s))}" />')
    desc = s.summary or s.paragraphs[0][:160]
    return page(
        request,
        f"{s.title} - Sở Giáo dục và Đào tạo tỉnh Tuyên Quang",
        main,
        crumbs=crumbs,
        description=desc,
        head_extra="\n".join(head),
    )


# --- listings ----------------------------------------------------------------------------------


def _item_html(s: Story, url: str) -> str:
    return (
        '<div class="dst-item">'
        f'<a href="{esc(url)}"><img class="dst-anh" src="{esc(thumb(s))}" alt="" width="150" height="100" /></a>'
        f'<a class="dst-td" href="{esc(url)}">{esc(s.title)}</a> <span class="dst-ngay">({day_of(s)})</span>'
        f'<div class="dst-tt">{esc(teaser(s))}</div><div class="clear"></div></div>'
    )


def listing_page(request: Request, cat: int, page_no: int) -> Response:
    name, _, parent = CATS[cat]
    items = listing_items(cat)
    size = NOTICE_PAGE_SIZE if cat == 14 else PAGE_SIZE
    pages = max(1, (len(items) + size - 1) // size)
    if page_no > pages or page_no < 1:
        chunk: list[tuple[Story, str]] = []
    else:
        chunk = items[(page_no - 1) * size : page_no * size]
    if not items:
        listing = '<div class="dst-trong">Dữ liệu đang được cập nhật...</div>'
    elif not chunk:
        listing = '<div class="dst-trong">Không có dữ liệu.</div>'
    else:
        listing = "\n".join(_item_html(s, u) for s, u in chunk)
    pager = ""
    if pages > 1 and chunk:
        bits = []
        if cat == 14:
            # DataPager inside the WebForms form: every page number is a postback
            for n in range(1, pages + 1):
                if n == page_no:
                    bits.append(f'<span class="pg-cur">{n}</span>')
                else:
                    bits.append(
                        f"<a href=\"javascript:__doPostBack('{PAGER_TARGET}','Page${n}')\">{n}</a>"
                    )
            if page_no < pages:
                bits.append(
                    f"<a href=\"javascript:__doPostBack('{PAGER_TARGET}','Page${page_no + 1}')\">Sau »</a>"
                )
            pager = (
                '<div class="phantrang" id="ctl00_ContentPlaceHolder1_ctl01_dpgTrang">Trang: '
                + " ".join(bits)
                + "</div>"
            )
        else:
            base = cat_url(cat)

            def href(n: int) -> str:
                return base if n == 1 else f"{base}?Page={n}"

            if page_no > 1:
                bits.append(f'<a href="{href(1)}">Đầu</a>')
                bits.append(f'<a href="{href(page_no - 1)}">« Trước</a>')
            for n in range(1, pages + 1):
                bits.append(
                    f'<span class="pg-cur">{n}</span>'
                    if n == page_no
                    else f'<a href="{href(n)}">{n}</a>'
                )
            if page_no < pages:
                bits.append(f'<a href="{href(page_no + 1)}">Sau »</a>')
                bits.append(f'<a href="{href(pages)}">Cuối</a>')
            pager = '<div class="phantrang">' + " ".join(bits) + "</div>"
    main = portlet(2037, name.upper(), listing + pager, "pl-dstin")
    crumbs = ([(parent, "")] if parent else []) + [(name, cat_url(cat))]
    title = f"{name} - Sở Giáo dục và Đào tạo tỉnh Tuyên Quang"
    return page(request, title, main, crumbs=crumbs, action=cat_url(cat))


# --- home --------------------------------------------------------------------------------------


def home_page(request: Request) -> Response:
    slides = []
    for n in SLIDER:
        s = BY_ID[n]
        u = f"{SUB}/{SESSION}" + art_url(s)[len(SUB) :]
        slides.append(
            f'<div class="sl-item"><a href="{esc(u)}"><img src="{esc(s.images[0].src if s.images else thumb(s))}" alt="" width="480" height="300" /></a>'
            f'<a class="sl-td" href="{esc(u)}">{esc(s.title)}</a><div class="sl-tt">{esc(teaser(s))}</div></div>'
        )
    slider = portlet(
        2001, "TIN NỔI BẬT", '<div id="cmcSlider">' + "\n".join(slides) + "</div>", "pl-slider"
    )
    tb = " &nbsp;&nbsp; ".join(
        f'<img src="{SUB}/Images/icon/new.gif" alt="" /> <a href="{esc(u)}">{esc(s.title)}</a>'
        for s, u in listing_items(14)[:2]
    )
    notice = portlet(
        2003, "THÔNG BÁO", f'<marquee scrollamount="2" direction="left">{tb}</marquee>'
    )
    boxes = []
    for pid, cat, count in ((2005, 12, 4), (2007, 16, 3), (2009, 17, 2)):
        lis = []
        for s, u in listing_items(cat)[:count]:
            if s.opts.get("old_slug"):
                u = art_url(s, cat, s.opts["old_slug"])
            lis.append(
                f'<li><a href="{esc(u)}">{esc(s.title)}</a> <span class="ngay">({day_of(s)})</span></li>'
            )
        more = f'<div class="xemtiep"><a href="{cat_url(cat)}">Xem tiếp »</a></div>'
        boxes.append(
            portlet(
                pid, CATS[cat][0].upper(), '<ul class="ul-tin">' + "".join(lis) + "</ul>" + more
            )
        )
    ta = BY_ID[TIN_ANH]
    tin_anh = portlet(
        2011,
        "TIN ẢNH",
        f'<a href="{esc(legacy_url(ta, cat_first=True))}"><img src="{esc(ta.images[0].src)}" width="260" alt="" /></a>'
        f'<a href="{esc(legacy_url(ta, cat_first=True))}">{esc(ta.title)}</a>',
    )
    docs = "".join(
        f'<li><a href="{SUB}/van-ban/chi-tiet.html?vbid={d.id}">{esc(d.so)}</a>: {esc(d.trich_yeu)}</li>'
        for d in DOCS
    )
    vanban = portlet(
        2013,
        "VĂN BẢN MỚI",
        f'<ul class="ul-vb">{docs}</ul><a href="{SUB}/van-ban.html">Xem tất cả</a>',
    )
    album = portlet(
        2015,
        "THƯ VIỆN ẢNH",
        f'<a href="{ALBUM_URL}"><img src="{UP}/11/26/thumb/ngay-hoi-van-hoa-dtnt-01.jpg" alt="" /></a>'
        f'<a href="{SUB}/thu-vien-anh.html">Xem thêm album</a>',
    )
    video = portlet(
        2017,
        "VIDEO CLIP",
        f'<a href="{VIDEO_URL}"><img src="{SUB}/Uploads/Video/thumb-trao-ao-am.jpg" alt="" /></a>'
        f'<a href="{SUB}/video.html">Xem thêm video</a>',
    )
    main = slider + notice + "".join(boxes) + tin_anh + vanban + album + video
    return page(
        request,
        "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang - Cổng thông tin điện tử",
        main,
        description="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Tuyên Quang",
        home=True,
        action=f"{SUB}/Default.aspx",
    )


def province_home(request: Request) -> Response:
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8" /><title>Cổng thông tin điện tử tỉnh Tuyên Quang</title></head>
<body><div id="header"><h1>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG</h1><span>{HEADER_DAY}</span></div>
<div class="cong-tp"><h2>Cổng thông tin thành phần</h2><ul>
<li><a href="{SUB}/">Sở Giáo dục và Đào tạo</a></li>
<li><a href="https://syte.tuyenquang.gov.vn">Sở Y tế</a></li>
<li><a href="https://snv.tuyenquang.gov.vn">Sở Nội vụ</a></li>
</ul></div><div id="footer">© Ủy ban nhân dân tỉnh Tuyên Quang</div></body></html>"""
    return html(body)


# --- non-article pages -------------------------------------------------------------------------


def intro_page(request: Request, key: str) -> Response:
    title = INTRO_PAGES[key]
    if key == "chuc-nang-nhiem-vu":
        content = """<p><strong>I. VỊ TRÍ VÀ CHỨC NĂNG</strong></p>
<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Tuyên Quang, tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo, bao gồm: mục tiêu, chương trình, nội dung giáo dục; tiêu chuẩn nhà giáo và cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật chất, thiết bị trường học; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>
<p>Sở Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>
<p><strong>II. NHIỆM VỤ VÀ QUYỀN HẠN</strong></p>
<p>1. Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị; quy hoạch, kế hoạch dài hạn, 05 năm và hằng năm; chương trình, đề án, dự án về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p>2. Hướng dẫn, kiểm tra và tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch, chương trình, đề án, dự án sau khi được phê duyệt.</p>
<p>3. Quản lý các kỳ thi; cấp phát văn bằng, chứng chỉ; kiểm định chất lượng giáo dục đối với các cơ sở giáo dục trên địa bàn tỉnh theo quy định.</p>"""
    else:
        content = """<p><strong>LÃNH ĐẠO SỞ</strong></p>
<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse;">
<tr><td><b>Họ và tên</b></td><td><b>Chức vụ</b></td><td><b>Điện thoại</b></td></tr>
<tr><td>Vương Đức Thành</td><td>Giám đốc Sở</td><td>(0207) 3822 401</td></tr>
<tr><td>Hoàng Văn Quyết</td><td>Phó Giám đốc Sở</td><td>(0207) 3822 402</td></tr>
<tr><td>Nguyễn Thị Thanh Hương</td><td>Phó Giám đốc Sở</td><td>(0207) 3822 403</td></tr>
</table>
<p><strong>CÁC PHÒNG CHUYÊN MÔN, NGHIỆP VỤ</strong></p>
<ul><li>Văn phòng Sở</li><li>Thanh tra Sở</li><li>Phòng Tổ chức cán bộ</li><li>Phòng Kế hoạch - Tài chính</li>
<li>Phòng Giáo dục Mầm non</li><li>Phòng Giáo dục Tiểu học</li><li>Phòng Giáo dục Trung học</li>
<li>Phòng Giáo dục thường xuyên - Chuyên nghiệp</li><li>Phòng Khảo thí và Quản lý chất lượng giáo dục</li></ul>"""
    main = portlet(
        2051,
        title.upper(),
        f'<div class="tinh-td">{esc(title)}</div><div class="tinh-nd">{content}</div>',
    )
    return page(
        request,
        f"{title} - Sở Giáo dục và Đào tạo tỉnh Tuyên Quang",
        main,
        crumbs=[("Giới thiệu", ""), (title, "")],
    )


def contact_page(request: Request) -> Response:
    main = portlet(
        2055,
        "LIÊN HỆ",
        """<div class="lh-tt"><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</b><br />
Địa chỉ: Số 159, đường Trần Hưng Đạo, phường Minh Xuân, tỉnh Tuyên Quang<br />
Điện thoại: (0207) 3822 415 - Fax: (0207) 3822 416<br />
Email: sgddt@tuyenquang.gov.vn</div>
<table class="lh-form">
<tr><td>Họ và tên (*)</td><td><input name="ctl00$ContentPlaceHolder1$ctl00$txtHoTen" type="text" /></td></tr>
<tr><td>Địa chỉ</td><td><input name="ctl00$ContentPlaceHolder1$ctl00$txtDiaChi" type="text" /></td></tr>
<tr><td>Email (*)</td><td><input name="ctl00$ContentPlaceHolder1$ctl00$txtEmail" type="text" /></td></tr>
<tr><td>Tiêu đề (*)</td><td><input name="ctl00$ContentPlaceHolder1$ctl00$txtTieuDe" type="text" /></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="ctl00$ContentPlaceHolder1$ctl00$txtNoiDung" rows="6" cols="60"></textarea></td></tr>
<tr><td></td><td><input type="button" value="Gửi liên hệ" onclick="CMC.GuiLienHe();" /> <input type="reset" value="Nhập lại" /></td></tr>
</table>""",
    )
    return page(
        request, "Liên hệ - Sở Giáo dục và Đào tạo tỉnh Tuyên Quang", main, crumbs=[("Liên hệ", "")]
    )


def docs_page(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{i + 1}</td><td><a href="{SUB}/van-ban/chi-tiet.html?vbid={d.id}">{esc(d.so)}</a></td>'
        f"<td>{d.ngay}</td><td>{esc(d.trich_yeu)}</td>"
        f'<td><a href="{esc(d.file)}"><img src="{SUB}/Images/icon/pdf.gif" alt="Tải về" /></a></td></tr>'
        for i, d in enumerate(DOCS)
    )
    main = portlet(
        2061,
        "VĂN BẢN",
        '<div class="vb-loc">Loại văn bản: <select name="ctl00$ContentPlaceHolder1$ctl00$ddlLoai"><option value="0">-- Tất cả --</option>'
        '<option value="1">Công văn</option><option value="2">Quyết định</option><option value="3">Kế hoạch</option></select> '
        '<input type="button" value="Lọc" onclick="CMC.LocVanBan();" /></div>'
        '<table class="tbl-vb" border="1" cellpadding="3" cellspacing="0" width="100%">'
        "<tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>"
        f"{rows}</table>",
    )
    return page(
        request,
        "Văn bản - Sở Giáo dục và Đào tạo tỉnh Tuyên Quang",
        main,
        crumbs=[("Văn bản", f"{SUB}/van-ban.html")],
    )


def doc_page(request: Request, d: Doc) -> Response:
    fname = d.file.rsplit("/", 1)[1]
    main = portlet(
        2063,
        "CHI TIẾT VĂN BẢN",
        '<table class="tbl-vbct" border="1" cellpadding="4" cellspacing="0" width="100%">'
        f'<tr><td width="30%"><b>Số ký hiệu</b></td><td>{esc(d.so)}</td></tr>'
        f"<tr><td><b>Ngày ban hành</b></td><td>{d.ngay}</td></tr>"
        f"<tr><td><b>Ngày hiệu lực</b></td><td>{d.ngay}</td></tr>"
        f"<tr><td><b>Loại văn bản</b></td><td>{esc(d.loai)}</td></tr>"
        "<tr><td><b>Cơ quan ban hành</b></td><td>Sở Giáo dục và Đào tạo</td></tr>"
        f"<tr><td><b>Người ký</b></td><td>{esc(d.nguoi_ky)}</td></tr>"
        f"<tr><td><b>Trích yếu</b></td><td>{esc(d.trich_yeu)}</td></tr>"
        f'<tr><td><b>Tệp đính kèm</b></td><td><img src="{SUB}/Images/icon/pdf.gif" alt="" /> <a href="{esc(d.file)}">{esc(fname)}</a></td></tr>'
        "</table>"
        f'<div class="vb-quaylai"><a href="{SUB}/van-ban.html">« Quay lại danh sách văn bản</a></div>',
    )
    return page(
        request,
        f"{d.loai} {d.so} - Sở Giáo dục và Đào tạo tỉnh Tuyên Quang",
        main,
        crumbs=[("Văn bản", f"{SUB}/van-ban.html"), (d.so, "")],
    )


CALENDAR = {
    48: (
        "23/11/2026 - 29/11/2026",
        [
            (
                "Thứ Hai, 23/11",
                "Sáng: Giám đốc Sở dự giao ban Ủy ban nhân dân tỉnh.",
                "Chiều: Làm việc tại cơ quan.",
            ),
            (
                "Thứ Tư, 25/11",
                "Cả ngày: Giám đốc Sở kiểm tra công tác bán trú tại xã Mèo Vạc, xã Sơn Vĩ.",
                "",
            ),
            (
                "Thứ Năm, 26/11",
                "Cả ngày: Tiếp tục chương trình kiểm tra (Văn phòng chuẩn bị xe).",
                "",
            ),
        ],
    ),
    49: (
        "30/11/2026 - 06/12/2026",
        [
            (
                "Thứ Hai, 30/11",
                "Sáng: Giao ban Lãnh đạo Sở.",
                "Chiều: PGĐ Nguyễn Thị Thanh Hương dự khai mạc lớp tập huấn AI.",
            ),
            (
                "Thứ Năm, 03/12",
                "Sáng: PGĐ Nguyễn Thị Thanh Hương dự khai mạc Hội thi GVDG cấp THPT.",
                "Chiều: Làm việc tại cơ quan.",
            ),
            (
                "Thứ Sáu, 04/12",
                "Cả ngày: PGĐ Hoàng Văn Quyết trao áo ấm cho học sinh vùng cao.",
                "",
            ),
        ],
    ),
    50: (
        "07/12/2026 - 13/12/2026",
        [
            (
                "Thứ Ba, 08/12",
                "Sáng: Giám đốc Sở tiếp công dân định kỳ.",
                "Chiều: Họp Hội đồng thi đua.",
            ),
        ],
    ),
}


def calendar_page(request: Request, week: int) -> Response:
    span, rows = CALENDAR[week]
    trs = "".join(
        f"<tr><td><b>{d}</b></td><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for d, a, b in rows
    )
    nav = []
    if week - 1 in CALENDAR:
        nav.append(f'<a href="{CAL_URL}?tuan={week - 1}&amp;nam=2026">« Tuần trước</a>')
    if week + 1 in CALENDAR:
        nav.append(f'<a href="{CAL_URL}?tuan={week + 1}&amp;nam=2026">Tuần sau »</a>')
    main = portlet(
        2071,
        "LỊCH CÔNG TÁC",
        f'<div class="lct-hd">LỊCH CÔNG TÁC TUẦN {week} ({span}) CỦA LÃNH ĐẠO SỞ</div>'
        f'<div class="lct-nav">{" | ".join(nav)}</div>'
        '<table class="tbl-lct" border="1" cellpadding="4" cellspacing="0" width="100%">'
        f"<tr><th>Ngày</th><th>Buổi sáng</th><th>Buổi chiều</th></tr>{trs}</table>",
    )
    return page(
        request,
        "Lịch công tác - Sở Giáo dục và Đào tạo tỉnh Tuyên Quang",
        main,
        crumbs=[("Lịch công tác", CAL_URL)],
    )


ALBUM_PHOTOS = [
    (
        "ngay-hoi-van-hoa-dtnt-01.jpg",
        "Màn trình diễn trang phục truyền thống của học sinh dân tộc Lô Lô",
    ),
    ("ngay-hoi-van-hoa-dtnt-02.jpg", "Học sinh thi gói bánh chưng"),
    ("ngay-hoi-van-hoa-dtnt-03.jpg", "Gian trưng bày văn hóa dân tộc Mông của lớp 11A2"),
    ("ngay-hoi-van-hoa-dtnt-04.jpg", "Trò chơi ném còn thu hút đông đảo học sinh"),
]


def albums_page(request: Request) -> Response:
    main = portlet(
        2081,
        "THƯ VIỆN ẢNH",
        f'<div class="alb-item"><a href="{ALBUM_URL}"><img src="{UP}/11/26/thumb/ngay-hoi-van-hoa-dtnt-01.jpg" alt="" /></a>'
        f'<a href="{ALBUM_URL}">Ngày hội văn hóa các dân tộc năm 2026</a> <span>(4 ảnh)</span></div>',
    )
    return page(
        request,
        "Thư viện ảnh - Sở Giáo dục và Đào tạo tỉnh Tuyên Quang",
        main,
        crumbs=[("Thư viện ảnh", f"{SUB}/thu-vien-anh.html")],
    )


def album_page(request: Request) -> Response:
    photos = "".join(
        f'<div class="alb-anh"><a href="{UP}/11/26/{f}" rel="lightbox[album57]" title="{esc(c)}">'
        f'<img src="{UP}/11/26/thumb/{f}" alt="{esc(c)}" /></a><div class="alb-mt">{esc(c)}</div></div>'
        for f, c in ALBUM_PHOTOS
    )
    main = portlet(
        2083,
        "THƯ VIỆN ẢNH",
        '<div class="alb-td">Ngày hội văn hóa các dân tộc tại Trường PTDTNT THPT tỉnh năm 2026</div>'
        '<div class="alb-ngay">Ngày đăng: 26/11/2026 | Lượt xem: 412</div>'
        '<div class="alb-mota">Một số hình ảnh tại Ngày hội văn hóa các dân tộc do Trường Phổ thông Dân tộc nội trú THPT tỉnh tổ chức ngày 25/11/2026.</div>'
        f"{photos}",
    )
    return page(
        request,
        "Ngày hội văn hóa các dân tộc năm 2026 - Thư viện ảnh",
        main,
        crumbs=[("Thư viện ảnh", f"{SUB}/thu-vien-anh.html")],
    )


def videos_page(request: Request) -> Response:
    main = portlet(
        2085,
        "VIDEO CLIP",
        f'<div class="vd-item"><a href="{VIDEO_URL}"><img src="{SUB}/Uploads/Video/thumb-trao-ao-am.jpg" alt="" /></a>'
        f'<a href="{VIDEO_URL}">Phóng sự: Trao áo ấm cho học sinh vùng cao</a> <span>(04/12/2026)</span></div>',
    )
    return page(
        request,
        "Video - Sở Giáo dục và Đào tạo tỉnh Tuyên Quang",
        main,
        crumbs=[("Video", f"{SUB}/video.html")],
    )


def video_page(request: Request) -> Response:
    main = portlet(
        2087,
        "VIDEO CLIP",
        '<div class="vd-td">Phóng sự: Trao áo ấm cho học sinh vùng cao</div>'
        '<div class="vd-ngay">04/12/2026 5:12:00 CH | Lượt xem: 233</div>'
        '<div class="vd-khung"><iframe width="640" height="360" src="https://www.youtube.com/embed/q3Xw8VbT1kM" frameborder="0" allowfullscreen></iframe></div>'
        '<div class="vd-mota">Phóng sự của Đài Phát thanh - Truyền hình tỉnh ghi lại buổi trao tặng 2.500 áo ấm, 800 chăn bông cho học sinh các trường phổ thông dân tộc bán trú vùng cao phía Bắc của tỉnh.</div>',
    )
    return page(
        request,
        "Phóng sự: Trao áo ấm cho học sinh vùng cao - Video",
        main,
        crumbs=[("Video", f"{SUB}/video.html")],
    )


# --- routing -----------------------------------------------------------------------------------

_ART = re.compile(r"^/sgddt/tin-tuc/(\d+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/sgddt/chuyen-muc/(\d+)/([a-z0-9-]+)\.html$")
_SESSION = re.compile(r"^/sgddt/\(S\([a-z0-5]{24}\)\)(/.*)$")
_STATIC_PREFIXES = ("/sgddt/Uploads/", "/sgddt/Portals/", "/sgddt/Images/", "/sgddt/Scripts/")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        m = _SESSION.match(path)
        if m:
            path = SUB + m.group(1)
        if path.startswith(_STATIC_PREFIXES):
            if path in FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        params = request.params
        if path == "/":
            return province_home(request)
        if path == SUB:
            return redirect(SUB + "/", 301)
        if path in (SUB + "/", SUB + "/Default.aspx", SUB + "/default.aspx"):
            return home_page(request)
        m = _ART.match(path)
        if m:
            cat, item = int(m.group(1)), int(m.group(3))
            s = BY_ID.get(item)
            if s is None or cat not in cats_of(s):
                return None
            return article_page(request, s, cat, legacy=False)
        if path.lower() == "/sgddt/pages/chitiettin.aspx":
            try:
                s = BY_ID.get(int(params.get("ItemID", "")))
            except ValueError:
                return None
            if s is None:
                return None
            try:
                cat = int(params.get("CatID") or primary_cat(s))
            except ValueError:
                cat = primary_cat(s)
            if cat not in cats_of(s):
                cat = primary_cat(s)
            return article_page(request, s, cat, legacy=True)
        m = _CAT.match(path)
        if m:
            cat = int(m.group(1))
            if cat not in CATS:
                return None
            page_no = 1
            if cat == 14:
                if request.method == "POST":
                    form = parse_qs(request.body.decode("utf-8", "replace"))
                    target = form.get("__EVENTTARGET", [""])[0]
                    arg = form.get("__EVENTARGUMENT", [""])[0]
                    if target == PAGER_TARGET and arg.startswith("Page$"):
                        try:
                            page_no = int(arg[5:])
                        except ValueError:
                            page_no = 1
            else:
                try:
                    page_no = int(params.get("Page", "1") or 1)
                except ValueError:
                    page_no = 1
            return listing_page(request, cat, page_no)
        if path.startswith(SUB + "/gioi-thieu/") and path.endswith(".html"):
            key = path[len(SUB + "/gioi-thieu/") : -5]
            return intro_page(request, key) if key in INTRO_PAGES else None
        if path == SUB + "/lien-he.html":
            return contact_page(request)
        if path == SUB + "/van-ban.html":
            return docs_page(request)
        if path == SUB + "/van-ban/chi-tiet.html":
            try:
                d = DOC_BY_ID.get(int(params.get("vbid", "")))
            except ValueError:
                return None
            return doc_page(request, d) if d else None
        if path == CAL_URL:
            try:
                week = int(params.get("tuan", "49"))
            except ValueError:
                week = 49
            return calendar_page(request, week) if week in CALENDAR else None
        if path == SUB + "/thu-vien-anh.html":
            return albums_page(request)
        if path == ALBUM_URL:
            return album_page(request)
        if path == SUB + "/video.html":
            return videos_page(request)
        if path == VIDEO_URL:
            return video_page(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = [legacy_url(s)]
    if s.id == TIN_ANH:
        alts.append(legacy_url(s, cat_first=True))
    if s.id in SLIDER:
        alts.append(f"{SUB}/{SESSION}" + art_url(s)[len(SUB) :])
    if s.opts.get("old_slug"):
        alts.append(art_url(s, slug=s.opts["old_slug"]))
    alts.extend(art_url(s, c) for c in s.opts.get("also", []))
    return alts


GOLD = [
    gold_record(s, art_url(s), s.cat, canonical_path=art_url(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    f"{SUB}/gioi-thieu/chuc-nang-nhiem-vu.html",
    f"{SUB}/gioi-thieu/co-cau-to-chuc.html",
    f"{SUB}/lien-he.html",
    f"{SUB}/van-ban/chi-tiet.html?vbid=2231",
    f"{SUB}/van-ban/chi-tiet.html?vbid=2228",
    CAL_URL,
    ALBUM_URL,
    VIDEO_URL,
]
