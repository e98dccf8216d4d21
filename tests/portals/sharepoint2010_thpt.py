"""Trường THPT Phan Đình Phùng (Hà Tĩnh): a school sub-site of the province's SharePoint 2010 portal.

Platform
    Microsoft SharePoint Server 2010, publishing site collection per school under the education
    department's portal (``/sites/<school>``), vi-VN locale (LCID 1066), a custom master page
    ("pdp.master") built on v4.master: ``s4-workspace``, ``s4-titlerow`` (h1 site name + h2 page
    title), AspMenu ``zz1_TopNavigationMenuV4`` with drop-downs, web part zones
    (``MSOZoneCell_WebPartWPQn``), one ``aspnetForm`` per page with ``__VIEWSTATE``,
    ``__REQUESTDIGEST`` and ``__doPostBack``. The province portal itself lives at ``/``.

URL scheme (SITE = ``/sites/thptphandinhphung``; IIS: paths and query keys case-insensitive)
    ``SITE/``                                  302 to ``SITE/Pages/default.aspx`` (START_PATH)
    ``SITE/Pages/default.aspx``                home: slider CQWP, "Tin mới" CQWP, blocks per section
    ``SITE/Pages/DanhMuc.aspx?CatID=1|2``      XsltListViewWebPart over list TinTuc, paged by
                                               ``&Paged=TRUE&p_NgayDang=…&p_ID=…&PageFirstRow=N&&View=…``
    ``SITE/Pages/GuongSang.aspx``              visual web part GridView, paged by ``__doPostBack``
    ``SITE/Pages/ChuyenMon.aspx``              CQWP over the Pages library (publishing articles)
    ``SITE/Pages/ChiTietTin.aspx?ItemID=n``    custom page showing one item of list TinTuc (article)
    ``SITE/Lists/TinTuc/DispForm.aspx?ID=n``   the list's own display form: the same item, as a form
    ``SITE/_layouts/CopyUtil.aspx?Use=id&Action=dispform&ItemId=n&ListId=…`` 302 to that DispForm
    ``SITE/Pages/<name>.aspx``                 publishing page, ArticleLeft layout (article)
    ``SITE/Pages/GioiThieu.aspx``, ``LienHe.aspx``, ``VanBan.aspx``, ``ChiTietVanBan.aspx?ItemID=n``,
    ``ThuVienAnh.aspx[?AlbumID=n]``, ``Video.aspx?VideoID=n``, ``LichCongTac.aspx[?Tuan=n&Nam=2026]``,
    ``KetQuaBinhChon.aspx?PollID=5``           the rest of the school site (not articles)
    ``SITE/_layouts/Authenticate.aspx?…``      401 (NTLM), the "Đăng nhập" link
    ``/``, ``/Pages/default.aspx``, ``/Pages/<name>.aspx``   the province portal (out of scope)

Page templates
    home; category listing (XLV, customised XSL); GridView listing (postback pager); CQWP listing;
    ChiTietTin (custom web part: span headline, "Ngày đăng" line, "Tóm tắt" box, ExternalClass
    body, "Tác giả"/"Tệp đính kèm" boxes, tools, "Các tin khác"); DispForm (``ms-formtable``
    rows, "Được tạo lúc … bởi" footer); publishing ArticleLeft (date-line, captioned-image,
    by-line, RichHtmlField); soft "deleted item" page; intro; contact; documents; albums; video;
    weekly calendar; poll result pop-up; province home and province article.

How each gold article is reached (13)
    Tin tức - Sự kiện (CatID=1, 3 a page): 33, 30, 27 on page 1 (also in "Tin mới" and "Các tin
    khác"; 33 in the slider); 21 and 24 on page 2 (21 also in "Tin đọc nhiều", "Các tin khác",
    a hand-typed "Xem thêm" link and, as DispForm, the slider); 24 only there. "Các tin khác"
    lists the four newest other items of the list, so it never reaches 24, 22 or 19.
    Hoạt động Đoàn trường (CatID=2, 2 a page): 31, 26 on page 1 and on the home page (31 in
    "Tin mới", 26 in "Tin đọc nhiều"); 22 only on page 2.
    Gương sáng học đường (GridView, 2 a page): 28, 23 on page 1 (28 also on the home page and in
    "Tin đọc nhiều"); 19 only on the postback page 2.
    Hoạt động chuyên môn (Pages library): the two publishing pages, on ChuyenMon.aspx and on the
    home page.

Traps
    1. Paging in script only: the XLV pager prints ``href="javascript:"`` and the next page's URL
       inside ``onclick="javascript:RefreshPageTo(event, &quot;\\u002fsites…\\u0026PageFirstRow=4
       \\u0026\\u0026View=%7b…%7d&quot;)"``: entity-escaped, then JS-escaped. Gold: articles 24
       and 22, linked nowhere else, are gold all the same.
    2. Postback pager: "Gương sáng học đường" is a GridView whose page 2 is only
       ``__doPostBack('ctl00$m$g_5c1f…$ctl00$gvGuongSang','Page$2')`` (POST of aspnetForm to
       GuongSang.aspx). Gold: article 19 is reached only by that form.
    3. Headline not in <title>/<h1>: on ChiTietTin every article's <title> and h2 say "Chi tiết
       tin", the h1 is the site name and the hidden ribbon breadcrumb says "THPT Phan Đình Phùng >
       Trang > Chi tiết tin"; the headline is ``<span id="…_lblTieuDe" class="tde_ct">``. On the
       publishing pages the h1 is the site name and the h2 the headline. Gold title = the headline;
       category = the visible custom trail ("Trang chủ » Tin tức - Sự kiện"), never "Trang".
    4. vi-VN SharePoint dates: "dd/mm/yyyy h:mm SA|CH" (12-hour, SA = a.m., CH = p.m.):
       "02/12/2026 3:40 CH" -> 2026-12-02T15:40, "29/11/2026 12:10 CH" -> 12:10 (noon, not 24:10);
       next to it "Cập nhật: 21/11/2026 8:14 SA", DispForm's "Được tạo lúc … / Sửa đổi lần cuối
       lúc …" and the publishing footer "Cập nhật lần cuối"; the publishing layout's date-line
       prints a day only ("28/10/2026" -> "2026-10-28"). Gold: "Ngày đăng"/date-line only.
    5. CMS accounts and signatures: every item prints "Người đăng: Quản trị viên" (or
       ``THPTPDP\\quantri``) -> nobody. Real bylines sit at the body's end, right-aligned
       ("Tin, ảnh: X" -> X and X; "Tin: X - Ảnh: Y"; "Phương Thảo (lớp 12A1)" -> "Phương Thảo";
       "ThS. Phan Văn Hùng - Phó Hiệu trưởng" -> "Phan Văn Hùng"; "BCH Đoàn trường", "Tổ Ngữ văn"
       as printed) or in the item's "Tác giả" box ("Tổ Văn phòng").
    6. Rich-text editor debris: ``<div class="ExternalClass…">`` wrappers, zero-width spaces
       (``&#8203;``) at paragraph ends and as whole ``<div>&#8203;</div>`` spacer paragraphs,
       ``&#160;``, Word paste (``MsoNormal``, ``<o:p>``), and one article typed in decomposed
       Unicode (NFD, Unikey "tổ hợp"). Gold: U+200B is no text (dropped, not a space), spacer
       paragraphs are no paragraphs, text NFC.
    7. Twins: the home slider is a stock Content Query web part whose links go through
       ``_layouts/CopyUtil.aspx`` -> 302 -> ``Lists/TinTuc/DispForm.aspx?ID=n`` (a form-table view
       of the same article); "Xem thêm" links are typed by hand in other cases
       (``/sites/thptphandinhphung/pages/chitiettin.aspx?itemid=21``,
       ``/sites/ThptPhanDinhPhung/Pages/Hoi-Giang-…``), which IIS serves as well. Gold: one
       record at the canonical ChiTietTin / page URL; DispForm and the other spellings in
       alt_paths (the CopyUtil URL itself serves only a redirect).
    8. Percent-encoded Vietnamese page name: SharePoint kept the diacritics of a publishing page's
       title in its URL; the home CQWP prints it raw (UTF-8 in the href), ChuyenMon.aspx
       percent-encoded. Gold path: the percent-encoded form (upper-case hex); raw form in
       alt_paths.
    9. Scope: the header links "Cổng TTĐT Sở GD&ĐT Hà Tĩnh" to ``/``, the province portal, whose
       own news articles (``/Pages/…aspx``) answer 200; its "Trường THPT" list links other schools'
       sub-sites (404). Gold: nothing outside ``/sites/thptphandinhphung`` is an article of this
       site (not in GOLD, not in NON_ARTICLES).
    10. Soft 404: the cached "Tin đọc nhiều" portlet still links ``ChiTietTin.aspx?ItemID=4``, a
        deleted item: 200 with the full chrome and "Tin bài không tồn tại hoặc đã bị gỡ bỏ!".
        Gold: not an article, not a page of the site's content.
    11. Content-like chrome and look-alikes: photo captions in two-row RTE tables (not text
        rows), "Ảnh: X" lines, "Xem thêm:" lines, the "Tệp đính kèm" box, the "Tóm tắt" box
        repeated as listing descriptions, documents (ChiTietVanBan: title, date, "Trích yếu")
        and the video page with its date: all not body / not articles.

Gold decisions on ambiguous points
    - ``path`` of a list item is ``SITE/Pages/ChiTietTin.aspx?ItemID=n`` (the URL the site's own
      listings use); the DispForm view of every list item serves it too and is in alt_paths
      (whether linked or not). The CopyUtil URLs the slider prints are not: they serve nothing
      but a 302 to DispForm.
    - A caption printed in the row under a photo inside an RTE table is that photo's caption; the
      table is layout, its rows are not body paragraphs. Data tables (results) are body, one
      paragraph a row, cells joined by " | ", the header row included.
    - "Ảnh: CLB Truyền thông PĐP" under a photo: caption None, the club is the photographer. A
      caption ending "(Ảnh: Lê Minh Đức)" keeps the parenthesis; Lê Minh Đức is in the byline too.
    - Sapo: the "Tóm tắt" box of ChiTietTin (and the DispForm row) is the summary and the body's
      first paragraph; a bold first paragraph of the body is the summary too; the truncated
      listing descriptions are not.
    - "Theo Báo Giáo dục & Thời đại" and "Nguồn: Báo Hà Tĩnh" as closing lines are sources;
      "Theo kế hoạch, …" inside the text is text.
    - Lines joined by <br> inside one paragraph ("- Tiếp tục …<br />- Quan tâm …") are paragraphs
      of their own.
    - Category = the section of the visible trail: "Tin tức - Sự kiện", "Hoạt động Đoàn trường",
      "Gương sáng học đường", "Hoạt động chuyên môn".
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, opaque, static_file, text

NAME = "sharepoint2010_thpt"
PLATFORM = "Microsoft SharePoint Server 2010 (publishing, custom master, XLV/CQWP/GridView)"
SITE = "/sites/thptphandinhphung"
START_PATH = SITE + "/"
HEADER_DATE = "Thứ Bảy, 05/12/2026"

LIST_ID = "8a3f1c2e-5b7d-4e19-a0c6-2d9f4b1e7c35"
WEB_ID = "c41d7e02-96ab-4f3e-8b25-0e6a9d13f7c4"
SITE_ID = "5e90b6a1-2c74-4d8f-9f13-b7a0e4c25d68"
GS_TARGET = "ctl00$m$g_5c1f0e7a_2b8d_4a61_9d3e_7f0c2a4b8e11$ctl00$gvGuongSang"
IMG = SITE + "/PublishingImages"

CATS = {
    "tt": ("Tin tức - Sự kiện", SITE + "/Pages/DanhMuc.aspx?CatID=1"),
    "doan": ("Hoạt động Đoàn trường", SITE + "/Pages/DanhMuc.aspx?CatID=2"),
    "gs": ("Gương sáng học đường", SITE + "/Pages/GuongSang.aspx"),
    "cm": ("Hoạt động chuyên môn", SITE + "/Pages/ChuyenMon.aspx"),
}
CAT_IDS = {1: "tt", 2: "doan"}
PAGE_SIZE = {"tt": 3, "doan": 2, "gs": 2}
VIEW_GUIDS = {
    "tt": "9C4E2F17-3B8A-4D61-A2E5-71F0B6C93D28",
    "doan": "2B7D90A4-E16C-4F35-8D02-C5A93E7F1B60",
}


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align:right">{inner}</p>')


# --- the thirteen articles ----------------------------------------------------------------------

A33 = Story(
    id=33,
    slug="hsg-tinh-lop-12",
    title="Học sinh Trường THPT Phan Đình Phùng giành 14 giải tại Kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026 - 2027",
    cat="tt",
    published_at="2026-12-04T10:05:00+07:00",
    summary=(
        "Tại Kỳ thi chọn học sinh giỏi tỉnh lớp 12 THPT năm học 2026 - 2027, đội tuyển của nhà "
        "trường có 14/18 học sinh đạt giải, trong đó có 2 giải Nhất, 4 giải Nhì, 5 giải Ba và 3 "
        "giải Khuyến khích, xếp thứ 3 toàn tỉnh."
    ),
    sapo_outside=True,
    authors=["Tổ Văn phòng"],
    blocks=[
        P(
            "Kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026 - 2027 do Sở GD&ĐT Hà Tĩnh tổ chức "
            "diễn ra trong hai ngày 18 và 19/11/2026 với gần 1.500 thí sinh đến từ các trường THPT, "
            "trung tâm GDNN - GDTX trên địa bàn tỉnh dự thi ở 13 môn."
        ),
        P(
            "Ngay từ đầu năm học, nhà trường đã xây dựng kế hoạch bồi dưỡng học sinh giỏi cụ thể, "
            "phân công những giáo viên có kinh nghiệm, tâm huyết phụ trách các đội tuyển. Các em "
            "học sinh được ôn luyện theo chuyên đề, làm quen với cấu trúc đề thi mới theo định "
            "hướng đánh giá năng lực."
        ),
        P("Kết quả cụ thể ở các môn như sau:"),
        P("TT | Môn thi | Số HS dự thi | Số HS đạt giải | Giải cao nhất", "hrow"),
        P("1 | Toán | 3 | 3 | Nhất", "row"),
        P("2 | Ngữ văn | 3 | 2 | Nhì", "row"),
        P("3 | Tiếng Anh | 4 | 4 | Nhất", "row"),
        P("4 | Vật lí | 2 | 1 | Ba", "row"),
        P("5 | Lịch sử | 3 | 2 | Nhì", "row"),
        P("6 | Địa lí | 3 | 2 | Ba", "row"),
        Img(
            IMG + "/TinTuc/2026/12/hsg-tinh-lop12-01.jpg",
            "Ban Giám hiệu nhà trường chúc mừng các em học sinh đạt giải cao",
            "Ban Giám hiệu nhà trường chúc mừng các em học sinh đạt giải cao",
            "tbl",
        ),
        P(
            "Với kết quả này, Trường THPT Phan Đình Phùng tiếp tục khẳng định vị thế là một trong "
            "những đơn vị dẫn đầu toàn tỉnh về chất lượng giáo dục mũi nhọn. Nhà trường sẽ lựa "
            "chọn các em có thành tích xuất sắc để thành lập đội tuyển tham dự Kỳ thi chọn học "
            "sinh giỏi quốc gia năm 2027."
        ),
    ],
    opts={
        "kind": "item",
        "posted": "04/12/2026 10:05 SA",
        "created": "04/12/2026 9:51 SA",
        "modified": "04/12/2026 10:22 SA",
        "tacgia": "Tổ Văn phòng",
        "flavor": "rte",
        "zw": True,
    },
)

A30 = Story(
    id=30,
    slug="kiem-tra-thi-tn-2027",
    title="Đoàn công tác Sở GD&ĐT kiểm tra công tác chuẩn bị Kỳ thi tốt nghiệp THPT năm 2027 tại nhà trường",
    cat="tt",
    published_at="2026-12-02T15:40:00+07:00",
    summary=(
        "Chiều ngày 01/12/2026, Đoàn công tác Sở GD&ĐT Hà Tĩnh do ông Trần Văn Khánh, Phó Giám "
        "đốc Sở làm trưởng đoàn đã đến kiểm tra, làm việc với Trường THPT Phan Đình Phùng về công "
        "tác chuẩn bị cho Kỳ thi tốt nghiệp THPT năm 2027."
    ),
    authors=["Trần Quốc Bảo"],
    photographers=["Lê Minh Đức"],
    blocks=[
        P(
            "Chiều ngày 01/12/2026, Đoàn công tác Sở GD&ĐT Hà Tĩnh do ông Trần Văn Khánh, Phó Giám "
            "đốc Sở làm trưởng đoàn đã đến kiểm tra, làm việc với Trường THPT Phan Đình Phùng về "
            "công tác chuẩn bị cho Kỳ thi tốt nghiệp THPT năm 2027.",
            "bold",
        ),
        P(
            "Tiếp và làm việc với đoàn có thầy Đặng Quốc Việt, Bí thư Chi bộ, Hiệu trưởng nhà "
            "trường cùng các đồng chí trong Ban Giám hiệu, tổ trưởng chuyên môn và giáo viên chủ "
            "nhiệm các lớp 12."
        ),
        P(
            "Báo cáo với đoàn, thầy Hiệu trưởng cho biết năm học 2026 - 2027 nhà trường có 14 lớp "
            "12 với 592 học sinh. Ngay từ tháng 9, nhà trường đã xây dựng kế hoạch ôn tập theo "
            "từng giai đoạn, tổ chức khảo sát chất lượng định kỳ và phân loại học sinh để có giải "
            "pháp phụ đạo phù hợp."
        ),
        Img(
            IMG + "/TinTuc/2026/12/kiem-tra-thi-tn-01.jpg",
            "Đồng chí Phó Giám đốc Sở GD&ĐT phát biểu tại buổi làm việc (Ảnh: Lê Minh Đức)",
            "Đồng chí Phó Giám đốc Sở GD&ĐT phát biểu tại buổi làm việc (Ảnh: Lê Minh Đức)",
            "next",
        ),
        P(
            "Phát biểu kết luận, đồng chí Trần Văn Khánh ghi nhận và đánh giá cao sự chủ động của "
            "nhà trường. Đồng chí đề nghị nhà trường:"
        ),
        P(
            "- Tiếp tục rà soát, điều chỉnh kế hoạch ôn tập sát với cấu trúc đề tham khảo của Bộ "
            "GD&ĐT;"
        ),
        P(
            "- Quan tâm phụ đạo học sinh yếu, học sinh có nguy cơ không đạt điểm xét tốt nghiệp;",
            "br",
        ),
        P(
            "- Làm tốt công tác tư vấn hướng nghiệp, hỗ trợ học sinh đăng ký dự thi và xét tuyển.",
            "br",
        ),
        Img(
            IMG + "/TinTuc/2026/12/kiem-tra-thi-tn-02.jpg",
            "Đoàn công tác dự giờ tiết ôn tập môn Toán lớp 12A5",
            "Đoàn công tác dự giờ tiết ôn tập môn Toán lớp 12A5",
            "next",
        ),
        _right("<strong>Tin: Trần Quốc Bảo - Ảnh: Lê Minh Đức</strong>"),
    ],
    opts={
        "kind": "item",
        "posted": "02/12/2026 3:40 CH",
        "created": "02/12/2026 3:31 CH",
        "modified": "03/12/2026 7:58 SA",
        "flavor": "rte",
        "zw": True,
        "nbsp": True,
    },
)

A27 = Story(
    id=27,
    slug="bong-da-nam-20-11",
    title="Sôi nổi Giải bóng đá nam học sinh chào mừng Ngày Nhà giáo Việt Nam 20/11",
    cat="tt",
    published_at="2026-11-24T15:10:00+07:00",
    authors=["Nguyễn Văn Toàn"],
    blocks=[
        P(
            "Nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), đồng "
            "thời đẩy mạnh phong trào rèn luyện thể dục thể thao trong học sinh, từ ngày 09/11 đến "
            "ngày 22/11/2026, Đoàn trường phối hợp với Tổ Thể dục - Quốc phòng tổ chức Giải bóng "
            "đá nam học sinh năm học 2026 - 2027."
        ),
        P(
            "Giải đấu có sự tham gia của 36 đội bóng đến từ các chi đoàn khối 10, 11 và 12 với "
            "hơn 400 cầu thủ. Các trận đấu được tổ chức theo thể thức đấu loại trực tiếp trên sân "
            "cỏ nhân tạo của nhà trường vào các buổi chiều trong tuần."
        ),
        Img(
            IMG + "/TinTuc/2026/11/bong-da-01.jpg",
            "Pha tranh bóng trong trận chung kết giữa 12A2 và 11A4",
            "Pha tranh bóng trong trận chung kết giữa 12A2 và 11A4",
            "next",
        ),
        P(
            "Trận chung kết diễn ra chiều 22/11 giữa hai đội 12A2 và 11A4 thu hút đông đảo thầy cô "
            "giáo và học sinh đến cổ vũ. Sau hai hiệp đấu chính thức hòa 1 - 1, đội 12A2 đã giành "
            "chiến thắng trên loạt sút luân lưu với tỉ số 4 - 3."
        ),
        P("Kết quả chung cuộc:"),
        P("Giải Nhất: Chi đoàn 12A2;", "li"),
        P("Giải Nhì: Chi đoàn 11A4;", "li"),
        P("Đồng giải Ba: Chi đoàn 12A7 và 10A1;", "li"),
        P("Cầu thủ xuất sắc nhất: em Hoàng Đức Anh (12A2).", "li"),
        Raw(
            '<div><strong>Xem thêm:</strong> <a href="/sites/thptphandinhphung/pages/'
            'chitiettin.aspx?itemid=21">Trường THPT Phan Đình Phùng tổ chức Lễ kỷ niệm 44 năm '
            "Ngày Nhà giáo Việt Nam 20/11</a></div>"
        ),
        Raw('<div style="text-align:right"><b>Nguyễn Văn Toàn (GV Thể dục - QP)</b>&#8203;</div>'),
    ],
    opts={
        "kind": "item",
        "posted": "24/11/2026 3:10 CH",
        "created": "24/11/2026 2:47 CH",
        "modified": "24/11/2026 3:10 CH",
        "flavor": "div",
        "zw": True,
    },
)

A21 = Story(
    id=21,
    slug="le-ky-niem-20-11",
    title="Trường THPT Phan Đình Phùng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tt",
    published_at="2026-11-20T09:15:00+07:00",
    summary=(
        "Sáng 20/11/2026, Trường THPT Phan Đình Phùng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
        "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tổng kết phong trào thi đua “Dạy tốt - "
        "Học tốt” đợt 1."
    ),
    sapo_outside=True,
    authors=["Nguyễn Thị Hoài Thu"],
    photographers=["Nguyễn Thị Hoài Thu"],
    blocks=[
        P(
            "Về dự buổi lễ có đồng chí Nguyễn Hữu Lâm, Phó Chủ tịch UBND phường Thành Sen; đại "
            "diện Ban đại diện Cha mẹ học sinh; các thế hệ thầy cô giáo nghỉ hưu cùng toàn thể cán "
            "bộ, giáo viên, nhân viên và hơn 1.700 học sinh nhà trường."
        ),
        P(
            "Trong không khí trang trọng, học sinh các lớp đã mang đến chương trình văn nghệ đặc "
            "sắc với những tiết mục ca ngợi công ơn thầy cô, tình cảm thầy trò và mái trường thân "
            "yêu."
        ),
        Img(
            IMG + "/TinTuc/2026/11/le-ky-niem-2011-01.jpg",
            "Thầy Đặng Quốc Việt, Hiệu trưởng nhà trường đọc diễn văn kỷ niệm",
            "Thầy Đặng Quốc Việt, Hiệu trưởng nhà trường đọc diễn văn kỷ niệm",
            "tbl",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Đặng Quốc Việt, Hiệu trưởng nhà trường ôn lại truyền thống "
            "vẻ vang của ngành Giáo dục Việt Nam và những thành tích nổi bật mà thầy và trò nhà "
            "trường đạt được trong năm học vừa qua: 98,7% học sinh đỗ tốt nghiệp THPT; 47 giải "
            "học sinh giỏi cấp tỉnh; 2 giải học sinh giỏi quốc gia."
        ),
        P(
            "Nhân dịp này, nhà trường đã khen thưởng 12 tập thể lớp và 86 cá nhân học sinh có "
            "thành tích xuất sắc trong đợt thi đua chào mừng ngày 20/11; trao 20 suất học bổng "
            "“Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập, mỗi "
            "suất trị giá 1.000.000 đồng."
        ),
        Img(
            IMG + "/TinTuc/2026/11/le-ky-niem-2011-02.jpg",
            "Trao học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
            "Trao học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
            "tbl",
        ),
        P(
            "Buổi lễ kết thúc trong không khí ấm áp, để lại nhiều ấn tượng sâu sắc trong lòng các "
            "thế hệ thầy và trò Trường THPT Phan Đình Phùng."
        ),
        _right("<em><strong>Tin, ảnh: Nguyễn Thị Hoài Thu</strong></em>"),
    ],
    opts={
        "kind": "item",
        "posted": "20/11/2026 9:15 SA",
        "created": "20/11/2026 9:02 SA",
        "modified": "21/11/2026 8:14 SA",
        "show_modified": True,
        "flavor": "rte",
        "zw": True,
    },
)

A24 = Story(
    id=24,
    slug="hoi-nghi-vien-chuc",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="tt",
    published_at="2026-10-16T14:00:00+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch số 1826/KH-SGDĐT ngày 15/9/2026 của Sở GD&ĐT Hà Tĩnh về việc tổ "
            "chức hội nghị viên chức, người lao động năm học 2026 - 2027, chiều ngày 15/10/2026, "
            "Trường THPT Phan Đình Phùng đã long trọng tổ chức Hội nghị viên chức, người lao động "
            "năm học 2026 - 2027."
        ),
        P(
            "Hội nghị vinh dự được đón đồng chí Võ Thị Hạnh, Phó Chủ tịch Công đoàn ngành Giáo dục "
            "tỉnh về dự và chỉ đạo. Tham dự hội nghị có 96 cán bộ, giáo viên, nhân viên nhà trường."
        ),
        P("Đánh giá kết quả năm học 2025 - 2026", "h"),
        P(
            "Hội nghị đã nghe báo cáo tổng kết việc thực hiện nhiệm vụ năm học 2025 - 2026, báo cáo "
            "kết quả thực hiện quy chế dân chủ, báo cáo tài chính công khai và báo cáo hoạt động "
            "của Ban Thanh tra nhân dân. Năm học qua, nhà trường được UBND tỉnh tặng Bằng khen vì "
            "có thành tích xuất sắc trong công tác giáo dục."
        ),
        P("Phương hướng nhiệm vụ năm học mới", "h"),
        P(
            "Năm học 2026 - 2027, nhà trường tập trung thực hiện hiệu quả Chương trình GDPT 2018 ở "
            "cả ba khối lớp, đẩy mạnh chuyển đổi số trong dạy học và quản lý, nâng cao chất lượng "
            "giáo dục mũi nhọn và tỉ lệ học sinh đỗ đại học."
        ),
        Img(IMG + "/TinTuc/2026/10/hoi-nghi-vc-2026.jpg", None, None, "bare"),
        P(
            "Hội nghị đã tiến hành bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí "
            "và thông qua Nghị quyết hội nghị với 100% đại biểu tán thành."
        ),
    ],
    opts={
        "kind": "item",
        "posted": "16/10/2026 2:00 CH",
        "created": "16/10/2026 1:38 CH",
        "modified": "02/11/2026 10:40 SA",
        "attach": [("NQ-HNVC-2026-2027.pdf", "245 KB")],
        "flavor": "rte",
        "zw": True,
    },
)

A31 = Story(
    id=31,
    slug="hien-mau-giot-hong",
    title="Hơn 150 đoàn viên, giáo viên tham gia Ngày hội hiến máu tình nguyện “Giọt hồng Phan Đình Phùng”",
    cat="doan",
    published_at="2026-11-29T12:10:00+07:00",
    authors=["Thu Hà"],
    source="Báo Hà Tĩnh",
    blocks=[
        P(
            "Sáng 28/11/2026, Đoàn trường THPT Phan Đình Phùng phối hợp với Hội Chữ thập đỏ phường "
            "Thành Sen và Bệnh viện Đa khoa tỉnh Hà Tĩnh tổ chức Ngày hội hiến máu tình nguyện "
            "“Giọt hồng Phan Đình Phùng” năm 2026."
        ),
        P(
            "Theo kế hoạch, ngày hội dự kiến tiếp nhận 120 đơn vị máu. Tuy nhiên, ngay từ 6 giờ 30 "
            "phút, đông đảo đoàn viên đủ 18 tuổi, giáo viên và cha mẹ học sinh đã có mặt để đăng "
            "ký, khám sàng lọc. Kết thúc ngày hội, Ban tổ chức đã tiếp nhận 156 đơn vị máu an toàn."
        ),
        Img(
            IMG + "/TinTuc/2026/11/hien-mau-01.jpg",
            "Các em đoàn viên khối 12 tham gia hiến máu",
            "Các em đoàn viên khối 12 tham gia hiến máu",
            "next",
        ),
        P(
            "Em Võ Thị Ngọc Ánh, lớp 12A6 lần đầu tham gia hiến máu cho biết: Lúc đầu em cũng hơi "
            "lo lắng, nhưng khi nghĩ đến những giọt máu của mình có thể giúp người bệnh vượt qua "
            "nguy kịch, em thấy rất vui và tự hào."
        ),
        P(
            "Ngày hội hiến máu tình nguyện là hoạt động ý nghĩa, thiết thực nhằm hưởng ứng Tháng "
            "Thanh niên và lan tỏa tinh thần “Mỗi giọt máu cho đi - Một cuộc đời ở lại” trong tuổi "
            "trẻ nhà trường."
        ),
        _right("<strong>Thu Hà</strong>"),
        _right("<em>Nguồn: Báo Hà Tĩnh</em>"),
    ],
    opts={
        "kind": "item",
        "posted": "29/11/2026 12:10 CH",
        "created": "29/11/2026 11:56 SA",
        "modified": "29/11/2026 12:10 CH",
        "flavor": "rte",
        "zw": True,
    },
)

A26 = Story(
    id=26,
    slug="rung-chuong-vang",
    title="Chung kết Hội thi “Rung chuông vàng” với chủ đề “Tự hào quê hương Hà Tĩnh”",
    cat="doan",
    published_at="2026-11-14T16:20:00+07:00",
    authors=["Nguyễn Khánh Linh"],
    photographers=["CLB Truyền thông PĐP"],
    blocks=[
        P(
            "Chiều 13/11/2026, tại hội trường lớn, Đoàn trường tổ chức vòng chung kết Hội thi "
            "“Rung chuông vàng” với chủ đề “Tự hào quê hương Hà Tĩnh” dành cho học sinh khối 10 và "
            "khối 11."
        ),
        P(
            "Vượt qua vòng loại tại các chi đoàn, 100 thí sinh xuất sắc nhất đã bước vào vòng chung "
            "kết với 30 câu hỏi thuộc các lĩnh vực lịch sử, địa lí, văn hóa, danh nhân và truyền "
            "thống cách mạng của quê hương Hà Tĩnh."
        ),
        Img(IMG + "/TinTuc/2026/11/rcv-01.jpg", "Ảnh: CLB Truyền thông PĐP", None, "inline"),
        P(
            "Sau gần hai giờ tranh tài căng thẳng, em Phạm Gia Huy, lớp 11A1 là thí sinh duy nhất "
            "vượt qua câu hỏi cuối cùng và trở thành người “rung chuông vàng” của hội thi."
        ),
        P(
            "“Em rất bất ngờ và hạnh phúc. Qua hội thi, em hiểu thêm nhiều điều về quê hương mình, "
            "về những người con ưu tú của Hà Tĩnh”, Gia Huy chia sẻ.",
            "quote",
        ),
        P(
            "Ban tổ chức đã trao giải Nhất cho em Phạm Gia Huy, 2 giải Nhì, 3 giải Ba và 5 giải "
            "Khuyến khích cho các thí sinh có thành tích cao."
        ),
        _right("<strong>Nguyễn Khánh Linh (lớp 11A1 - CLB Truyền thông)</strong>"),
    ],
    opts={
        "kind": "item",
        "posted": "14/11/2026 4:20 CH",
        "created": "14/11/2026 4:02 CH",
        "modified": "14/11/2026 4:20 CH",
        "flavor": "rte",
        "nfd": True,
    },
)

A22 = Story(
    id=22,
    slug="chu-nhat-xanh",
    title="Tuổi trẻ Phan Đình Phùng ra quân “Ngày Chủ nhật xanh” lần thứ III năm 2026",
    cat="doan",
    published_at="2026-10-25T07:30:00+07:00",
    authors=["BCH Đoàn trường"],
    blocks=[
        P(
            "Sáng ngày 25/10/2026, Đoàn trường THPT Phan Đình Phùng tổ chức ra quân “Ngày Chủ nhật "
            "xanh” lần thứ III năm 2026 với chủ đề “Vì một Hà Tĩnh xanh - sạch - đẹp”."
        ),
        P(
            "Hơn 600 đoàn viên thanh niên đến từ 42 chi đoàn đã tham gia dọn vệ sinh khuôn viên "
            "trường học, tuyến đường Phan Đình Phùng, đường Hà Huy Tập và khu vực hồ Bồng Sơn; "
            "trồng mới và chăm sóc hơn 200 cây xanh, bồn hoa."
        ),
        Img(
            IMG + "/TinTuc/2026/10/cn-xanh-01.jpg",
            "Đoàn viên chi đoàn 11A3 dọn vệ sinh tuyến đường Phan Đình Phùng",
            "Đoàn viên chi đoàn 11A3 dọn vệ sinh tuyến đường Phan Đình Phùng",
            "next",
        ),
        P(
            "Thông qua hoạt động, Đoàn trường mong muốn nâng cao ý thức bảo vệ môi trường, hình "
            "thành thói quen sống xanh trong mỗi đoàn viên, đồng thời lan tỏa tinh thần xung kích, "
            "tình nguyện của tuổi trẻ nhà trường tới cộng đồng."
        ),
        Raw('<div align="right"><strong>BCH Đoàn trường</strong></div>'),
    ],
    opts={
        "kind": "item",
        "posted": "25/10/2026 7:30 SA",
        "created": "25/10/2026 7:12 SA",
        "modified": "26/10/2026 9:05 SA",
        "flavor": "div",
        "zw": True,
    },
)

A28 = Story(
    id=28,
    slug="co-thanh-huong",
    title="Cô giáo Lê Thị Thanh Hương: 20 năm thắp lửa đam mê môn Hóa học",
    cat="gs",
    published_at="2026-11-18T15:00:00+07:00",
    summary=(
        "Hai mươi năm gắn bó với bục giảng, cô giáo Lê Thị Thanh Hương, Tổ trưởng Tổ Hóa - Sinh - "
        "Công nghệ đã có hàng trăm học trò đạt giải học sinh giỏi các cấp, nhiều em trở thành bác "
        "sĩ, kỹ sư, nhà khoa học."
    ),
    sapo_outside=True,
    authors=["Phương Thảo"],
    blocks=[
        P(
            "Tốt nghiệp loại giỏi Trường Đại học Sư phạm Vinh năm 2006, cô Lê Thị Thanh Hương về "
            "công tác tại Trường THPT Phan Đình Phùng. Từ đó đến nay, cô luôn là một trong những "
            "giáo viên có nhiều đóng góp cho phong trào bồi dưỡng học sinh giỏi môn Hóa học của nhà "
            "trường."
        ),
        P(
            "Với cô, mỗi giờ học phải là một giờ khám phá. Cô thường xuyên đổi mới phương pháp, "
            "tăng cường thí nghiệm thực hành, gắn kiến thức Hóa học với các vấn đề của đời sống để "
            "học sinh thấy môn học gần gũi và hứng thú hơn."
        ),
        Img(
            IMG + "/GuongSang/co-huong-01.jpg",
            "Cô Lê Thị Thanh Hương hướng dẫn học sinh làm thí nghiệm",
            "Cô Lê Thị Thanh Hương hướng dẫn học sinh làm thí nghiệm",
            "next",
        ),
        P(
            "“Điều làm tôi hạnh phúc nhất không phải là số giải thưởng, mà là khi học trò cũ trở về "
            "kể rằng các em đã chọn con đường khoa học vì những giờ Hóa năm ấy”, cô Hương tâm sự.",
            "quote",
        ),
        P(
            "Trong 20 năm công tác, cô đã bồi dưỡng 126 học sinh đạt giải học sinh giỏi cấp tỉnh, 5 "
            "học sinh đạt giải học sinh giỏi quốc gia; nhiều năm liền đạt danh hiệu Chiến sĩ thi "
            "đua cơ sở, được Chủ tịch UBND tỉnh tặng Bằng khen."
        ),
        _right("<strong>Phương Thảo (lớp 12A1)</strong>"),
    ],
    opts={
        "kind": "item",
        "posted": "18/11/2026 3:00 CH",
        "created": "18/11/2026 2:41 CH",
        "modified": "18/11/2026 3:00 CH",
        "flavor": "rte",
        "zw": True,
    },
)

A23 = Story(
    id=23,
    slug="minh-quan",
    title="Trần Minh Quân - cậu học trò nghèo vượt khó, học giỏi",
    cat="gs",
    published_at="2026-11-10T08:00:00+07:00",
    authors=["Lê Thị Mai Anh"],
    blocks=[
        P(
            "Sinh ra trong một gia đình thuần nông ở vùng quê Thạch Hà, bố mất sớm, mẹ làm nghề may "
            "thuê nuôi hai anh em ăn học, nhưng Trần Minh Quân, học sinh lớp 12A3 luôn nỗ lực vươn "
            "lên, trở thành tấm gương sáng về tinh thần vượt khó, học giỏi."
        ),
        P(
            "Mỗi ngày, Quân đạp xe gần 12 km đến trường. Buổi tối, sau khi phụ mẹ công việc nhà, em "
            "lại miệt mài bên trang sách đến khuya. Suốt hai năm học lớp 10 và lớp 11, Quân đều đạt "
            "danh hiệu Học sinh Xuất sắc, là thành viên đội tuyển học sinh giỏi môn Toán của nhà "
            "trường."
        ),
        Img(
            IMG + "/GuongSang/minh-quan-01.jpg",
            "Em Trần Minh Quân (bên phải) trong giờ học nhóm cùng các bạn lớp 12A3",
            "Em Trần Minh Quân (bên phải) trong giờ học nhóm cùng các bạn lớp 12A3",
            "next",
        ),
        P(
            "Năm học 2025 - 2026, Quân đạt giải Nhì Kỳ thi chọn học sinh giỏi tỉnh môn Toán lớp 11. "
            "Em ước mơ trở thành sinh viên ngành Công nghệ thông tin của Trường Đại học Bách khoa "
            "Hà Nội."
        ),
        P(
            "Ghi nhận những nỗ lực của em, Quân đã được nhà trường và Hội Khuyến học tỉnh trao học "
            "bổng “Vượt khó học giỏi” năm 2026."
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="margin-bottom:6pt;text-align:right"><b>'
            '<span lang="VI" style="font-size:14pt;font-family:&quot;Times New Roman&quot;,'
            '&quot;serif&quot;">Lê Thị Mai Anh - GVCN lớp 12A3<o:p></o:p></span></b></p>'
        ),
    ],
    opts={
        "kind": "item",
        "posted": "10/11/2026 8:00 SA",
        "created": "09/11/2026 4:45 CH",
        "modified": "10/11/2026 8:00 SA",
        "flavor": "word",
    },
)

A19 = Story(
    id=19,
    slug="bao-ngoc-olympic",
    title="Nguyễn Bảo Ngọc - nữ sinh giành Huy chương Bạc Olympic Tiếng Anh toàn quốc",
    cat="gs",
    published_at="2026-10-22T09:45:00+07:00",
    source="Báo Giáo dục & Thời đại",
    blocks=[
        P(
            "Vượt qua hơn 2.000 thí sinh đến từ 34 tỉnh, thành phố trong cả nước, em Nguyễn Bảo "
            "Ngọc, học sinh lớp 12A1 đã xuất sắc giành Huy chương Bạc tại Kỳ thi Olympic Tiếng Anh "
            "toàn quốc năm 2026."
        ),
        P(
            "Bảo Ngọc bắt đầu tự học tiếng Anh từ năm lớp 3 qua sách báo, phim ảnh và các chương "
            "trình trực tuyến. Lên THPT, em là thành viên đội tuyển học sinh giỏi môn Tiếng Anh, "
            "từng đạt giải Nhất cấp tỉnh năm học 2025 - 2026."
        ),
        Img(
            IMG + "/GuongSang/bao-ngoc-01.jpg",
            "Em Nguyễn Bảo Ngọc (thứ hai từ trái sang) nhận Huy chương Bạc",
            "Em Nguyễn Bảo Ngọc (thứ hai từ trái sang) nhận Huy chương Bạc",
            "next",
        ),
        P(
            "Chia sẻ bí quyết học tập, Bảo Ngọc cho biết em luôn dành ít nhất hai giờ mỗi ngày để "
            "luyện nghe và đọc, đồng thời ghi chép từ vựng theo chủ đề. Em dự định sẽ theo học "
            "ngành Quan hệ quốc tế sau khi tốt nghiệp THPT."
        ),
        _right("<em>Theo Báo Giáo dục &amp; Thời đại</em>"),
    ],
    opts={
        "kind": "item",
        "posted": "22/10/2026 9:45 SA",
        "created": "22/10/2026 9:30 SA",
        "modified": "22/10/2026 9:45 SA",
        "flavor": "rte",
        "zw": True,
    },
)

HOI_GIANG_URL = SITE + "/Pages/hoi-giang-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027.aspx"
NGU_VAN_URL = SITE + "/Pages/Tổ-Ngữ-văn-sinh-hoạt-chuyên-môn-theo-nghiên-cứu-bài-học.aspx"

P1 = Story(
    id=101,
    slug="hoi-giang",
    title="Hội giảng giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    cat="cm",
    published_at="2026-10-28",
    authors=["Phan Văn Hùng"],
    blocks=[
        Img(
            IMG + "/ChuyenMon/Hoi%20giang%202026%20(1).jpg",
            "Tiết dạy môn Ngữ văn của cô Nguyễn Thị Phương tại lớp 10A2",
            "Tiết dạy môn Ngữ văn của cô Nguyễn Thị Phương tại lớp 10A2",
            "lead",
        ),
        P(
            "Từ ngày 05/10 đến ngày 24/10/2026, Trường THPT Phan Đình Phùng tổ chức Hội giảng giáo "
            "viên dạy giỏi cấp trường năm học 2026 - 2027 nhằm đẩy mạnh đổi mới phương pháp dạy học "
            "theo định hướng phát triển phẩm chất, năng lực học sinh."
        ),
        P(
            "Hội giảng có 32 giáo viên thuộc 8 tổ chuyên môn tham gia. Mỗi giáo viên thực hiện một "
            "tiết dạy trên lớp và trình bày một biện pháp nâng cao chất lượng giảng dạy trước Ban "
            "Giám khảo."
        ),
        P("Nhiều tiết dạy sáng tạo, ứng dụng công nghệ", "h"),
        P(
            "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp, kĩ thuật dạy "
            "học tích cực như dạy học dự án, dạy học theo trạm, kĩ thuật khăn trải bàn. Nhiều giáo "
            "viên ứng dụng hiệu quả bảng tương tác, phần mềm mô phỏng và các công cụ trí tuệ nhân "
            "tạo trong thiết kế bài giảng."
        ),
        Img(
            IMG + "/ChuyenMon/Hoi%20giang%202026%20(2).jpg",
            "Ban Giám khảo góp ý sau tiết dạy",
            "Ban Giám khảo góp ý sau tiết dạy",
            "next",
        ),
        P("Kết quả", "h"),
        P(
            "Kết thúc hội giảng, Ban Tổ chức đã công nhận 24 giáo viên đạt danh hiệu Giáo viên dạy "
            "giỏi cấp trường, trong đó lựa chọn 6 giáo viên có thành tích xuất sắc nhất tham gia "
            "Hội thi giáo viên dạy giỏi cấp tỉnh:"
        ),
        P("Cô Nguyễn Thị Phương - Tổ Ngữ văn;", "li"),
        P("Thầy Hồ Sỹ Thắng - Tổ Toán - Tin;", "li"),
        P("Cô Trần Thị Lan Anh - Tổ Ngoại ngữ;", "li"),
        P("Thầy Lê Đình Khánh - Tổ Vật lí - Kĩ thuật;", "li"),
        P("Cô Phan Thị Hằng - Tổ Sử - Địa - GDKT&PL;", "li"),
        P("Cô Bùi Thị Thu Trang - Tổ Hóa - Sinh - Công nghệ.", "li"),
    ],
    opts={
        "kind": "page",
        "url": HOI_GIANG_URL,
        "dateline": "28/10/2026",
        "byline": "ThS. Phan Văn Hùng - Phó Hiệu trưởng",
        "modified": "03/12/2026 4:12 CH",
        "flavor": "rte",
    },
)

P2 = Story(
    id=102,
    slug="ngu-van-ncbh",
    title="Tổ Ngữ văn sinh hoạt chuyên môn theo nghiên cứu bài học",
    cat="cm",
    published_at="2026-11-12",
    authors=["Tổ Ngữ văn"],
    blocks=[
        P(
            "Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, ngày 11/11/2026, Tổ Ngữ văn tổ chức "
            "buổi sinh hoạt chuyên môn theo nghiên cứu bài học với bài dạy minh họa “Đọc hiểu văn "
            "bản Hai đứa trẻ của Thạch Lam” tại lớp 11A5."
        ),
        P(
            "Tiết dạy do cô Nguyễn Thị Minh Nguyệt thực hiện. Các giáo viên trong tổ tham gia dự "
            "giờ, tập trung quan sát hoạt động học của học sinh thay vì đánh giá tiết dạy của giáo "
            "viên."
        ),
        Img(
            IMG + "/ChuyenMon/nvan-ncbh-01.jpg",
            "Học sinh lớp 11A5 thảo luận nhóm trong tiết học minh họa",
            "Học sinh lớp 11A5 thảo luận nhóm trong tiết học minh họa",
            "next",
        ),
        P(
            "Trong phần thảo luận, các thầy cô đã chia sẻ những điều quan sát được: thời điểm học "
            "sinh hứng thú, thời điểm học sinh gặp khó khăn và nguyên nhân, từ đó đề xuất điều "
            "chỉnh câu hỏi gợi mở, cách tổ chức hoạt động nhóm cho phù hợp hơn với đối tượng học "
            "sinh."
        ),
        P(
            "Buổi sinh hoạt chuyên môn đã giúp giáo viên trong tổ có thêm kinh nghiệm trong việc "
            "thiết kế và tổ chức các hoạt động học tích cực, góp phần nâng cao chất lượng dạy học "
            "môn Ngữ văn theo Chương trình GDPT 2018."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="/sites/ThptPhanDinhPhung/Pages/Hoi-Giang-Giao-Vien-Day-'
            'Gioi-Cap-Truong-Nam-Hoc-2026-2027.aspx">Hội giảng giáo viên dạy giỏi cấp trường năm '
            "học 2026 - 2027</a></em></p>"
        ),
        _right("<strong>Tổ Ngữ văn</strong>"),
    ],
    opts={
        "kind": "page",
        "url": NGU_VAN_URL,
        "dateline": "12/11/2026",
        "byline": "",
        "modified": "13/11/2026 7:20 SA",
        "flavor": "rte",
        "zw": True,
    },
)

STORIES: list[Story] = [A33, A30, A27, A21, A24, A31, A26, A22, A28, A23, A19, P1, P2]
ITEMS = {s.id: s for s in STORIES if s.opts["kind"] == "item"}
PAGES = [s for s in STORIES if s.opts["kind"] == "page"]

#: the deleted item the cached most-read portlet still links
DELETED_ITEM = (4, "Kết quả tuyển sinh vào lớp 10 năm học 2026 - 2027", "1.926")
#: the slider (stock CQWP, CopyUtil links)
SLIDER = [33, 21]
MOST_READ = [21, 26, 28]


def _by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at or "", reverse=True)


def _in_cat(cat: str) -> list[Story]:
    return _by_date([s for s in STORIES if s.cat == cat])


def _enc(url: str) -> str:
    """A path the way it travels: UTF-8 percent-encoded, upper-case hex."""
    return quote(unicodedata.normalize("NFC", url), safe="/:?=&%()")


def _item_url(story: Story) -> str:
    if story.opts["kind"] == "page":
        return _enc(story.opts["url"])
    return f"{SITE}/Pages/ChiTietTin.aspx?ItemID={story.id}"


def _copyutil(item_id: int) -> str:
    return (
        f"{SITE}/_layouts/CopyUtil.aspx?Use=id&Action=dispform&ItemId={item_id}"
        f"&ListId={LIST_ID}&WebId={WEB_ID}&SiteId={SITE_ID}"
    )


def _title(story: Story) -> str:
    """The headline as the list stores it (decomposed when the editor typed it so), escaped."""
    return text(story.title, nfd=story.opts.get("nfd", False))


def _stored(value: str, story: Story) -> str:
    return unicodedata.normalize("NFD" if story.opts.get("nfd") else "NFC", value)


def _day(story: Story) -> str:
    return (story.opts.get("posted") or story.opts.get("dateline", "")).split(" ")[0]


# --- text rendering -------------------------------------------------------------------------


def _txt(story: Story, value: str) -> str:
    out = text(value, nfd=story.opts.get("nfd", False))
    if story.opts.get("nbsp"):
        out = out.replace(", ", ",&#160; ", 1)
    return out


def _zw(story: Story) -> str:
    return "&#8203;" if story.opts.get("zw") else ""


def _para(story: Story, style: str, inner: str) -> str:
    zw = _zw(story)
    flavor = story.opts.get("flavor", "rte")
    if style == "bold":
        return f'<p class="ms-rteElement-P" style="text-align:justify"><strong>{inner}</strong>{zw}</p>'
    if style == "h":
        return f'<h3 class="ms-rteElement-H3B">{inner}{zw}</h3>'
    if style == "quote":
        return (
            '<blockquote style="margin:0 0 0 40px;border:none;padding:0px"><p>'
            f"<em>{inner}</em>{zw}</p></blockquote>"
        )
    if flavor == "div":
        return f'<div style="text-align:justify">{inner}{zw}</div>\n<div>{zw or "&#160;"}</div>'
    if flavor == "word":
        return (
            '<p class="MsoNormal" style="margin-bottom:6pt;text-align:justify;text-indent:36pt;'
            'line-height:130%"><span lang="VI" style="font-size:14pt;line-height:130%;font-family:'
            f'&quot;Times New Roman&quot;,&quot;serif&quot;">{inner}<o:p></o:p></span></p>'
        )
    return f'<p class="ms-rteElement-P" style="text-align:justify">{inner}{zw}</p>'


def _img_tag(src: str, width: int = 560) -> str:
    return f'<img alt="" src="{esc(src)}" style="border:0px solid;margin:5px;width:{width}px" />'


def _img(story: Story, img: Img) -> str:
    line = _txt(story, img.printed) if img.printed else ""
    if img.style == "tbl":
        return (
            '<table class="ms-rteTable-default" align="center" cellspacing="0" style="width:85%">'
            '<tbody><tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableEvenCol-default" '
            f'style="text-align:center">{_img_tag(img.src)}</td></tr><tr class="ms-rteTableOddRow-'
            'default"><td class="ms-rteTableEvenCol-default" style="text-align:center"><span '
            f'style="font-size:9pt"><em>{line}</em></span></td></tr></tbody></table>'
        )
    if img.style == "inline":
        return (
            f'<p style="text-align:center">{_img_tag(img.src)}<br /><span style="font-size:8pt;'
            f'color:#666666"><em>{line}</em></span></p>'
        )
    if img.style == "bare":
        return f'<p style="text-align:center">{_img_tag(img.src)}{_zw(story)}</p>'
    return (
        f'<p style="text-align:center">{_img_tag(img.src)}</p>\n'
        f'<p style="text-align:center"><span style="font-size:9pt"><em>{line}</em></span></p>'
    )


def _body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    zw = _zw(story)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style != "lead":
                out.append(_img(story, b))
            i += 1
            continue
        if b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_txt(story, blocks[i].text)}{zw}</li>")
                i += 1
            out.append('<ul class="ms-rteElement-P">' + "".join(items) + "</ul>")
            continue
        if b.style in ("hrow", "row"):
            rows = []
            while (
                i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("hrow", "row")
            ):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "hrow":
                    row = "".join(
                        f'<th class="ms-rteTableHeaderEvenCol-default">{_txt(story, c)}</th>'
                        for c in cells
                    )
                    rows.append(f'<tr class="ms-rteTableHeaderRow-default">{row}</tr>')
                else:
                    row = "".join(
                        f'<td class="ms-rteTableOddCol-default">{_txt(story, c)}</td>'
                        for c in cells
                    )
                    rows.append(f'<tr class="ms-rteTableOddRow-default">{row}</tr>')
                i += 1
            out.append(
                '<table class="ms-rteTable-default" cellspacing="0" style="width:100%"><tbody>'
                + "\n".join(rows)
                + "</tbody></table>"
            )
            continue
        parts = [b]
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            parts.append(blocks[i])
            i += 1
        inner = "<br />".join(_txt(story, p.text) for p in parts)
        out.append(_para(story, b.style, inner))
    return "\n".join(out)


def _external_class(story: Story) -> str:
    cls = "ExternalClass" + opaque(f"ec{story.id}", 16).encode().hex()[:32].upper()
    return f'<div class="{cls}">{_body(story)}</div>'


def _desc(story: Story, limit: int = 170) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + " ..."


def _thumb(story: Story) -> str:
    src = story.images[0].src if story.images else IMG + "/no-image.jpg"
    folder, name = src.rsplit("/", 1)
    return f"{folder}/_t/{name.replace('.', '_')}.jpg"


# --- chrome ---------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", SITE + "/Pages/default.aspx", []),
    (
        "Giới thiệu",
        SITE + "/Pages/GioiThieu.aspx",
        [
            ("Lịch sử phát triển", SITE + "/Pages/GioiThieu.aspx#lichsu"),
            ("Cơ cấu tổ chức", SITE + "/Pages/GioiThieu.aspx#cocau"),
            ("Thành tích", SITE + "/Pages/GioiThieu.aspx#thanhtich"),
        ],
    ),
    (
        "Tin tức",
        CATS["tt"][1],
        [
            ("Tin tức - Sự kiện", CATS["tt"][1]),
            ("Hoạt động Đoàn trường", CATS["doan"][1]),
            ("Gương sáng học đường", CATS["gs"][1]),
        ],
    ),
    ("Chuyên môn", CATS["cm"][1], [("Hoạt động chuyên môn", CATS["cm"][1])]),
    ("Văn bản", SITE + "/Pages/VanBan.aspx", []),
    ("Lịch công tác", SITE + "/Pages/LichCongTac.aspx", []),
    (
        "Thư viện",
        SITE + "/Pages/ThuVienAnh.aspx",
        [
            ("Thư viện ảnh", SITE + "/Pages/ThuVienAnh.aspx"),
            ("Video clip", SITE + "/Pages/Video.aspx?VideoID=2"),
        ],
    ),
    ("Liên hệ", SITE + "/Pages/LienHe.aspx", []),
]


def _menu(selected: str) -> str:
    lis = []
    for label, href, subs in _MENU:
        cls = (
            "static"
            + (" dynamic-children" if subs else "")
            + (" selected" if label == selected else "")
        )
        hidden = '<span class="ms-hidden">Hiện được chọn</span>' if label == selected else ""
        sub = ""
        if subs:
            sub = (
                '<ul class="dynamic">'
                + "".join(
                    f'<li class="dynamic"><a class="dynamic menu-item" href="{esc(h)}"><span class="'
                    f'additional-background"><span class="menu-item-text">{esc(lbl)}</span></span></a></li>'
                    for lbl, h in subs
                )
                + "</ul>"
            )
        lis.append(
            f'<li class="{cls}"><a class="{cls} menu-item" href="{esc(href)}"><span class="additional-'
            f'background"><span class="menu-item-text">{esc(label)}</span>{hidden}</span></a>{sub}</li>'
        )
    return (
        '<div id="zz1_TopNavigationMenuV4" class="s4-tn"><div class="menu horizontal menu-horizontal">'
        '<ul class="root static">' + "".join(lis) + "</ul></div></div>"
    )


def _wp(n: int, title: str, content: str, *, noindex: bool = True, cls: str = "") -> str:
    head = ""
    if title:
        head = (
            f'<tr class="ms-WPHeader"><td title="{esc(title)}" id="WebPartTitleWPQ{n}" class="ms-'
            f'WPHeaderTd"><h3 style="text-align:justify;" class="ms-standardheader ms-WPTitle">'
            f'<nobr><span>{esc(title)}</span><span id="WebPartCaptionWPQ{n}"></span></nobr></h3>'
            "</td></tr>"
        )
    body_cls = "ms-WPBody" + (" noindex" if noindex else " ") + (f" {cls}" if cls else "")
    return (
        f'<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td id="MSOZoneCell_'
        f'WebPartWPQ{n}" valign="top" class="s4-wpcell-plain"><table class="s4-wpTopTable" border="0" '
        f'cellpadding="0" cellspacing="0" width="100%">{head}<tr><td valign="top"><div WebPartID="'
        f'{_guid("wp", n)}" HasPers="false" id="WebPartWPQ{n}" width="100%" class="{body_cls}" '
        f'allowDelete="false" style="">{content}</div></td></tr></table></td></tr></table>'
    )


def _guid(seed: str, n: int) -> str:
    h = opaque(f"{seed}{n}", 16).encode().hex()
    return f"{h[0:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _sidebar() -> str:
    notice = (
        '<marquee direction="up" scrollamount="1" height="150" onmouseover="this.stop()" '
        'onmouseout="this.start()"><ul class="pdp-tb">'
        f'<li><a href="{SITE}/Pages/ChiTietVanBan.aspx?ItemID=8">Kế hoạch kiểm tra cuối học kỳ I '
        'năm học 2026 - 2027</a> <img src="/_layouts/1066/images/new.gif" alt="Mới" /></li>'
        f'<li><a href="{SITE}/Pages/LichCongTac.aspx">Lịch công tác tuần 14 (30/11 - 06/12/2026)</a></li>'
        f'<li><a href="{SITE}/Pages/ChiTietVanBan.aspx?ItemID=6">Quyết định thành lập Ban tổ chức '
        "Hội giảng cấp trường</a></li></ul></marquee>"
        f'<div class="pdp-xemtiep"><a href="{SITE}/Pages/VanBan.aspx">Xem tất cả »</a></div>'
    )
    rows = []
    for item_id in MOST_READ:
        s = ITEMS[item_id]
        rows.append(
            f'<li><a href="{_item_url(s)}">{_title(s)}</a> <span class="pdp-lx">({s.views()} '
            "lượt xem)</span></li>"
        )
    did, dtitle, dviews = DELETED_ITEM
    rows.append(
        f'<li><a href="{SITE}/Pages/ChiTietTin.aspx?ItemID={did}">{esc(dtitle)}</a> <span '
        f'class="pdp-lx">({dviews} lượt xem)</span></li>'
    )
    most = '<ul class="pdp-dnn">' + "".join(rows) + "</ul>"
    video = (
        f'<a href="{SITE}/Pages/Video.aspx?VideoID=2"><img src="{SITE}/SiteAssets/video/'
        'vannghe-2011-thumb.jpg" alt="" width="280" /></a><div class="pdp-vd-t"><a href="'
        f'{SITE}/Pages/Video.aspx?VideoID=2">Tiết mục “Bụi phấn” chào mừng ngày 20/11</a></div>'
    )
    links = (
        '<select id="ctl00_g_lk_ddlLienKet" onchange="if(this.value!=\'\')window.open(this.value);">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>'
        '<option value="https://baohatinh.vn">Báo Hà Tĩnh</option>'
        '<option value="https://thisinh.thitotnghiepthpt.edu.vn">Hệ thống thi tốt nghiệp THPT</option>'
        "</select>"
    )
    poll = (
        '<div class="pdp-bc"><b>Bạn biết đến website của trường qua kênh nào?</b><br />'
        '<input type="radio" name="ctl00$g_poll$rdoTraLoi" id="rdo1" value="1" /><label for="rdo1">'
        "Giới thiệu của thầy cô, bạn bè</label><br />"
        '<input type="radio" name="ctl00$g_poll$rdoTraLoi" id="rdo2" value="2" /><label for="rdo2">'
        "Mạng xã hội (Facebook, Zalo)</label><br />"
        '<input type="radio" name="ctl00$g_poll$rdoTraLoi" id="rdo3" value="3" /><label for="rdo3">'
        "Công cụ tìm kiếm</label><br />"
        '<input type="submit" name="ctl00$g_poll$btnBieuQuyet" value="Biểu quyết" class="pdp-nut" /> '
        f"<a href=\"javascript:window.open('{SITE}/Pages/KetQuaBinhChon.aspx?PollID=5','KQ',"
        "'width=420,height=320');void(0);\">Xem kết quả</a></div>"
    )
    counter = (
        '<table class="pdp-tk" cellpadding="2"><tr><td><img src="/_layouts/images/pdp/online.gif" '
        'alt="" /> Đang online:</td><td align="right"><b>27</b></td></tr><tr><td><img src="/_layouts/'
        'images/pdp/today.gif" alt="" /> Hôm nay:</td><td align="right"><b>412</b></td></tr><tr><td>'
        '<img src="/_layouts/images/pdp/total.gif" alt="" /> Tổng truy cập:</td><td align="right">'
        "<b>1.284.517</b></td></tr></table>"
    )
    return "\n".join(
        [
            _wp(11, "Thông báo", notice),
            _wp(12, "Tin đọc nhiều", most),
            _wp(13, "Video clip", video),
            _wp(14, "Liên kết website", links),
            _wp(15, "Thăm dò ý kiến", poll),
            _wp(16, "Thống kê truy cập", counter),
        ]
    )


def _hidden(name: str, value: str) -> str:
    return f'<input type="hidden" name="{name}" id="{name}" value="{esc(value)}" />'


def _page(
    *,
    title_tag: str,
    h2: str,
    main: str,
    action: str,
    sp_crumb: list[str],
    selected: str = "",
    seed: str = "",
    sidebar: bool = True,
) -> str:
    viewstate = opaque("vs" + seed, 420, prefix=b"\xff\x01\x0f\x0f")
    digest = (
        "0x" + opaque("rd" + seed, 64).encode().hex()[:128].upper() + ",05 Dec 2026 03:12:44 -0000"
    )
    crumb = (
        '<span class="s4-breadcrumbRootNode"><span class="s4-breadcrumb-arrowcont">'
        + "".join(
            f'<li class="s4-breadcrumbNode"><span class="s4-breadcrumb-arrowcont"><span style="height:'
            f'16px;width:16px" class="s4-clust s4-breadcrumb"><img src="/_layouts/images/fgimg.png" '
            f'alt=":" style="left:-0px !important;top:-353px !important;" /></span></span>{esc(c)}</li>'
            for c in sp_crumb
        )
        + "</span></span>"
    )
    side = f'<td valign="top" class="pdp-cot-phai" width="290">{_sidebar()}</td>' if sidebar else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><meta http-equiv="Expires" content="0" /><title>
\t{esc(title_tag)}
</title><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=p63%2BuzTeSJc22nVGNZ5zwg%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=T%2Bhraxktc1A8EnaG5gGMHQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="{SITE}/Style%20Library/pdp/pdp-main.css"/>
<script type="text/javascript">var _fV4UI = true;</script>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=ck%2BHdHQ8ABQHif7kr%2Bj7iQ%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=bFxdCxcmvsKnPzhJZCmsU2VHpvTk6_bmlxCwTs3ltu01&amp;t=ffffffffec2d9970"></script>
<script type="text/javascript" src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%3D%3D"></script>
<script type="text/javascript" src="{SITE}/Style%20Library/pdp/jquery-1.4.2.min.js"></script>
<link rel="shortcut icon" href="/_layouts/images/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="keywords" content="THPT Phan Đình Phùng, Hà Tĩnh, trường THPT, tin tức giáo dục" />
<style type="text/css">.s4-skipribbonshortcut{{display:none;}}</style></head>
<body scroll="no" onload="if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();" class="v4master">
<form name="aspnetForm" method="post" action="{esc(action)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
{_hidden("MSOWebPartPage_PostbackSource", "")}
{_hidden("MSOTlPn_SelectedWpId", "")}
{_hidden("MSOTlPn_View", "0")}
{_hidden("MSOTlPn_ShowSettings", "False")}
{_hidden("MSOGallery_SelectedLibrary", "")}
{_hidden("MSOGallery_FilterString", "")}
{_hidden("MSOTlPn_Button", "none")}
{_hidden("__EVENTTARGET", "")}
{_hidden("__EVENTARGUMENT", "")}
{_hidden("__REQUESTDIGEST", digest)}
{_hidden("MSOSPWebPartManager_DisplayModeName", "Browse")}
{_hidden("MSOSPWebPartManager_ExitingDesignMode", "false")}
{_hidden("__VIEWSTATE", viewstate)}
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
<script type="text/javascript">
//<![CDATA[
var g_presenceEnabled = true;var _spPageContextInfo = {{webServerRelativeUrl: "\\u002fsites\\u002fthptphandinhphung", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{{{_guid("pl", 1)}}}",userId:0, alertsEnabled:false, siteServerRelativeUrl: "\\u002fsites\\u002fthptphandinhphung", allowSilverlightPrompt:'True'}};
//]]>
</script>
<div id="TurnOnAccessibility" style="display:none" class="s4-notdlg noindex"><a id="linkTurnOnAcc" href="#" class="ms-TurnOnAcc" onclick="SetIsAccessibilityFeatureEnabled(true);UpdateAccessibilityUI();document.getElementById('linkTurnOffAcc').focus();return false;">Bật chế độ trợ năng cao hơn</a></div>
<div class="s4-notdlg noindex"><a href="javascript:;" onclick="javascript:this.href='#mainContent';" class="ms-SkiptoMainContent" accesskey="X">Chuyển tới nội dung chính</a></div>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none"><div id="s4-ribboncont"><div class="ms-cui-ribbonTopBars"><div class="ms-cui-topBar2"><span class="ms-cui-tt-span">Duyệt</span> <span class="ms-cui-tt-span">Trang</span></div></div>
<div id="ctl00_PlaceHolderTitleBreadcrumb_ContentMap" class="s4-breadcrumb-menu"><span class="ms-hidden">Điều này là trang hiện tại của bạn:</span><ul class="s4-breadcrumb">{crumb}</ul></div>
<span class="ms-SPLink"><a href="{SITE}/_layouts/Authenticate.aspx?Source=%2Fsites%2Fthptphandinhphung%2FPages%2Fdefault%2Easpx" style="display:inline">Đăng nhập</a></span></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="pdp-top"><div class="pdp-top-inner"><span class="pdp-ngay">{HEADER_DATE}</span>
<span class="pdp-lkso"><a href="/" title="Cổng thông tin điện tử Sở Giáo dục và Đào tạo Hà Tĩnh">Cổng TTĐT Sở GD&amp;ĐT Hà Tĩnh</a> | <a href="{SITE}/_layouts/Authenticate.aspx?Source=%2Fsites%2Fthptphandinhphung%2FPages%2Fdefault%2Easpx">Đăng nhập</a></span>
<div class="pdp-timkiem"><table id="SRSB" class="s4-search" cellpadding="0" cellspacing="0" border="0"><tr><td><input name="ctl00$PlaceHolderSearchArea$ctl01$S6AE27B38_InputKeywords" type="text" maxlength="200" id="ctl00_PlaceHolderSearchArea_ctl01_S6AE27B38_InputKeywords" accesskey="S" title="Tìm kiếm..." class="ms-sbplain" alt="Tìm kiếm..." onkeypress="javascript: return S6AE27B38_OSBEK(event);" style="width:170px" /></td><td class="ms-sbgo ms-sbcell"><a id="onetIDGoSearch" title="Tìm kiếm" href="javascript: S6AE27B38_Submit()"><img title="Tìm kiếm" class="srch-gosearchimg" alt="Tìm kiếm" src="/_layouts/images/gosearch15.png" style="border-width:0px;" /></a></td></tr></table></div></div></div>
<div id="s4-titlerow" class="s4-pr s4-notdlg s4-titlerowhidetitle"><div class="s4-title s4-lp"><div class="s4-title-inner"><table class="s4-titletable" cellspacing="0"><tbody><tr>
<td class="s4-titlelogo"><a id="ctl00_onetidProjectPropertyTitleGraphic" href="{SITE}/Pages/default.aspx"><img id="ctl00_onetidHeadbnnr2" src="{SITE}/SiteAssets/logo-pdp.png" alt="THPT Phan Đình Phùng" style="border-width:0px;" /></a></td>
<td class="s4-titletext"><h1 name="onetidProjectPropertyTitle"><a id="ctl00_PlaceHolderSiteName_onetidProjectPropertyTitle" href="{SITE}/">THPT Phan Đình Phùng</a></h1>
<span class="s4-titlesep"><span style="height:11px;width:11px;position:relative;display:inline-block;overflow:hidden;" class="s4-clust"><img src="/_layouts/images/fgimg.png" alt=":" style="border-width:0px;position:absolute;left:-0px !important;top:-585px !important;" /></span></span>
<h2><span id="ctl00_PlaceHolderPageTitleInTitleArea_lblTitle">{esc(h2)}</span></h2><div class="s4-pagedescription" tabindex="0"></div></td>
</tr></tbody></table></div></div></div>
<div class="pdp-banner"><img src="{SITE}/SiteAssets/banner-2026.jpg" alt="Trường THPT Phan Đình Phùng - Hà Tĩnh" width="1000" height="180" /></div>
<div id="s4-topheader2" class="s4-pr s4-notdlg">{_menu(selected)}</div>
<div class="pdp-chaychu"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Nhiệt liệt chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) *** Thi đua dạy tốt - học tốt, lập thành tích chào mừng Đại hội Đoàn TNCS Hồ Chí Minh trường nhiệm kỳ 2026 - 2027 ***</marquee></div>
<a name="mainContent"></a>
<table class="pdp-main" width="1000" cellpadding="0" cellspacing="0" border="0"><tr>
<td valign="top" class="pdp-cot-giua" width="700">
{main}
</td>{side}</tr></table>
<div class="pdp-footer"><div class="pdp-footer-l"><b>TRƯỜNG THPT PHAN ĐÌNH PHÙNG - HÀ TĨNH</b><br />
Địa chỉ: Số 02 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh<br />
Điện thoại: 0239.3855.612 - Fax: 0239.3855.613 - Email: <a href="mailto:c3phandinhphung@hatinh.edu.vn">c3phandinhphung@hatinh.edu.vn</a><br />
Chịu trách nhiệm nội dung: Thầy Đặng Quốc Việt - Hiệu trưởng</div>
<div class="pdp-footer-r">© Bản quyền thuộc Trường THPT Phan Đình Phùng<br />Phát triển trên nền tảng Microsoft SharePoint Server 2010 - Sở GD&amp;ĐT Hà Tĩnh<br />
<a href="https://www.facebook.com/thptphandinhphung.hatinh" target="_blank">Facebook</a> | <a href="https://www.youtube.com/@thptphandinhphunght" target="_blank">YouTube</a></div></div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;var _fV4UI=true;
function WebForm_OnSubmit() {{UpdateFormDigest('\\u002fsites\\u002fthptphandinhphung', 1440000);return true;}}
//]]>
</script>
</form></body></html>"""


def _ok(markup: str) -> Response:
    return html(
        markup,
        headers={
            "Cache-Control": "private, max-age=0",
            "X-SharePointHealthScore": "0",
            "SPRequestGuid": _guid("req", len(markup)),
            "MicrosoftSharePointTeamServices": "14.0.0.7015",
            "X-Powered-By": "ASP.NET",
            "X-AspNet-Version": "2.0.50727",
        },
    )


# --- templates --------------------------------------------------------------------------------


def _other_news(current: Story) -> str:
    recent = [s for s in _by_date(list(ITEMS.values())) if s.id != current.id][:4]
    return (
        '<div class="tinkhac_ct"><div class="tde_tinkhac">Các tin khác</div><ul>'
        + "".join(
            f'<li><img src="/_layouts/images/pdp/bullet.gif" alt="" /> <a href="{_item_url(s)}">'
            f'{_title(s)}</a> <span class="ngay_tk">({_day(s)})</span></li>'
            for s in recent
        )
        + "</ul></div>"
    )


def _crumb(cat: str) -> str:
    label, href = CATS[cat]
    return (
        f'<div class="duongdan_ct"><a href="{SITE}/Pages/default.aspx">Trang chủ</a> &raquo; '
        f'<a href="{esc(href)}">{esc(label)}</a></div>'
    )


def _tools(story: Story, url: str) -> str:
    return (
        '<div class="congcu_ct"><a href="javascript:window.print();"><img src="/_layouts/images/'
        'pdp/print.gif" alt="" /> In bài</a> &nbsp; <a href="mailto:?subject='
        f'{quote(story.title)}&amp;body={quote(url)}"><img src="/_layouts/images/pdp/email.gif" '
        'alt="" /> Gửi email</a> &nbsp; <a href="http://www.facebook.com/sharer.php?u='
        f'{quote(url, safe="")}" target="_blank"><img src="/_layouts/images/pdp/fb.gif" alt="" /> '
        'Chia sẻ</a> &nbsp; <a href="javascript:history.back();">Quay lại</a></div>'
    )


def _chitiet(request: Request, story: Story) -> str:
    g = "ctl00_m_g_7d3a9c52_41e8_4b6f_a0d2_93c5e17f8b46_ctl00"
    nfd = story.opts.get("nfd", False)
    meta = f'<span id="{g}_lblNgayDang">Ngày đăng: {story.opts["posted"]}</span>'
    if story.opts.get("show_modified"):
        meta += f' | <span id="{g}_lblCapNhat">Cập nhật: {story.opts["modified"]}</span>'
    meta += (
        f' | <span id="{g}_lblLuotXem">Lượt xem: {story.views()}</span> | <span id="{g}_lblNguoiDang">'
        "Người đăng: Quản trị viên</span>"
    )
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = (
            f'<div id="{g}_pnlTomTat" class="tomtat_ct"><b>{text(story.summary, nfd=nfd)}</b></div>'
        )
    tacgia = ""
    if story.opts.get("tacgia"):
        tacgia = (
            f'<div id="{g}_pnlTacGia" class="tacgia_ct" style="text-align:right;font-weight:bold">'
            f"{esc(story.opts['tacgia'])}</div>"
        )
    attach = ""
    if story.opts.get("attach"):
        attach = (
            '<div class="dinhkem_ct"><b>Tệp đính kèm:</b> '
            + ", ".join(
                f'<a href="{SITE}/Lists/TinTuc/Attachments/{story.id}/{esc(f)}"><img src="/_layouts/'
                f'images/icpdf.png" alt="" /> {esc(f)}</a> ({esc(size)})'
                for f, size in story.opts["attach"]
            )
            + "</div>"
        )
    url = base_url(request) + _item_url(story)
    main = (
        f'<div id="{g}_pnlChiTiet" class="pdp-ctt">'
        f"{_crumb(story.cat)}"
        f'<span id="{g}_lblTieuDe" class="tde_ct" style="font-size:15pt;font-weight:bold;'
        f'color:#0b4c8c;display:block;margin:8px 0">{text(story.title, nfd=nfd)}</span>'
        f'<div class="ngaydang_ct">{meta}</div>'
        f"{sapo}"
        f'<div class="noidung_ct">{_external_class(story)}</div>'
        f"{tacgia}{attach}{_tools(story, url)}{_other_news(story)}</div>"
    )
    return _page(
        title_tag="Chi tiết tin",
        h2="Chi tiết tin",
        main=_wp(2, "", main, noindex=False),
        action=f"ChiTietTin.aspx?ItemID={story.id}",
        sp_crumb=["THPT Phan Đình Phùng", "Trang", "Chi tiết tin"],
        selected="Tin tức",
        seed=f"ct{story.id}",
    )


def _soft_missing(item: str) -> str:
    main = (
        '<div class="pdp-ctt"><div class="duongdan_ct"><a href="'
        f'{SITE}/Pages/default.aspx">Trang chủ</a> &raquo; Tin tức</div><div class="thongbao_loi" '
        'style="color:#c00;padding:30px 10px;font-weight:bold">Tin bài không tồn tại hoặc đã bị gỡ '
        f'bỏ!</div><a href="{SITE}/Pages/default.aspx">« Về trang chủ</a></div>'
    )
    return _page(
        title_tag="Chi tiết tin",
        h2="Chi tiết tin",
        main=_wp(2, "", main, noindex=False),
        action=f"ChiTietTin.aspx?ItemID={esc(item)}",
        sp_crumb=["THPT Phan Đình Phùng", "Trang", "Chi tiết tin"],
        selected="Tin tức",
        seed="ct-missing",
    )


def _dispform(story: Story) -> str:
    def row(label: str, internal: str, ftype: str, value: str) -> str:
        return (
            f'<tr><td nowrap="true" valign="top" width="190px" class="ms-formlabel"><h3 class="ms-'
            f'standardheader"><a name="SPBookmark_{internal}"></a>{label}</h3></td><td valign="top" '
            f'class="ms-formbody" width="400px"><!-- FieldName="{label}" FieldInternalName="{internal}" '
            f'FieldType="{ftype}" -->{value}&nbsp;</td></tr>'
        )

    nfd = story.opts.get("nfd", False)
    rows = [
        row("Tiêu đề", "Title", "SPFieldText", text(story.title, nfd=nfd)),
        row("Chuyên mục", "ChuyenMuc", "SPFieldChoice", esc(CATS[story.cat][0])),
        row(
            "Tóm tắt",
            "TomTat",
            "SPFieldNote",
            text(story.summary, nfd=nfd) if story.summary and story.sapo_outside else "",
        ),
        row("Nội dung", "NoiDung", "SPFieldNote", _external_class(story)),
        row(
            "Ảnh đại diện",
            "AnhDaiDien",
            "SPFieldURL",
            f'<img src="{esc(_thumb(story))}" alt="" border="0" />' if story.images else "",
        ),
        row("Tác giả", "TacGia", "SPFieldText", esc(story.opts.get("tacgia", ""))),
        row("Ngày đăng", "NgayDang", "SPFieldDateTime", story.opts["posted"]),
        row("Lượt xem", "LuotXem", "SPFieldNumber", str(story.views())),
    ]
    created = story.opts["created"]
    modified = story.opts["modified"]
    main = f"""<div class="ms-dispform"><table class="ms-toolbar" cellpadding="2" cellspacing="0" border="0" width="100%"><tr><td class="ms-toolbar" nowrap="nowrap"><table width="100%" cellpadding="0" cellspacing="0"><tr><td width="99%" class="ms-toolbar" nowrap="nowrap"><img src="/_layouts/images/blank.gif" width="1" height="18" alt="" /></td>
<td class="ms-toolbar" nowrap="true"><table cellpadding="0" cellspacing="0" width="100%"><tr><td align="right" width="100%" nowrap="nowrap"><input type="button" name="ctl00$m$g_1f2e$ctl00$toolBarTbltop$RightRptControls$ctl01$ctl00$diidIOGoBack" value="Đóng" onclick="STSNavigate('\\u002fsites\\u002fthptphandinhphung\\u002fLists\\u002fTinTuc\\u002fAllItems.aspx');return false;" class="ms-ButtonHeightWidth" accesskey="C" /></td></tr></table></td></tr></table></td></tr></table>
<table class="ms-formtable" style="margin-top: 8px;" border="0" cellpadding="0" cellspacing="0" width="100%">
{"".join(rows)}
<tr id="idAttachmentsRow"><td nowrap="true" valign="top" class="ms-formlabel" width="20%"><h3 class="ms-standardheader"><a name="SPBookmark_Attachments"></a>Tệp đính kèm</h3></td><td valign="top" class="ms-formbody" width="80%"><table border="0" cellpadding="0" cellspacing="0" id="idAttachmentsTable"></table></td></tr>
</table>
<table cellpadding="0" cellspacing="0" class="ms-formtoolbar" width="100%"><tr><td class="ms-descriptiontext" id="onetidinfoblock1" nowrap="nowrap">Được tạo lúc {created}&nbsp; bởi <span class="ms-peopleux-userdisplink">Quản trị viên</span></td></tr>
<tr><td class="ms-descriptiontext" id="onetidinfoblock2" nowrap="nowrap">Sửa đổi lần cuối lúc {modified}&nbsp; bởi <span class="ms-peopleux-userdisplink">Quản trị viên</span></td></tr></table></div>"""
    quick = (
        '<div class="ms-quicklaunch"><div class="menu vertical menu-vertical"><ul class="root static">'
        f'<li class="static"><a class="static menu-item" href="{SITE}/Pages/default.aspx"><span class="'
        'additional-background"><span class="menu-item-text">Trang chủ</span></span></a></li>'
        f'<li class="static"><a class="static menu-item" href="{CATS["tt"][1]}"><span class="'
        'additional-background"><span class="menu-item-text">Tin tức</span></span></a></li>'
        f'<li class="static"><a class="static menu-item" href="{SITE}/Pages/VanBan.aspx"><span '
        'class="additional-background"><span class="menu-item-text">Văn bản</span></span></a></li>'
        "</ul></div></div>"
    )
    return _page(
        title_tag=f"Tin tức - {_stored(story.title, story)}",
        h2=f"Tin tức - {_stored(story.title, story)}",
        main=quick + _wp(2, "", main, noindex=False),
        action=f"DispForm.aspx?ID={story.id}",
        sp_crumb=["THPT Phan Đình Phùng", "Tin tức", _stored(story.title, story)],
        seed=f"df{story.id}",
        sidebar=False,
    )


def _article_page(story: Story) -> str:
    lead = next((i for i in story.images if i.style == "lead"), None)
    captioned = ""
    if lead:
        captioned = (
            '<div class="captioned-image"><div class="image"><div id="ctl00_PlaceHolderMain_ctl02__'
            f'ControlWrapper_RichImageField" class="ms-rtestate-field" style="display:inline">'
            f'<div align="left" class="ms-rtestate-field">{_img_tag(lead.src, 300)}</div></div></div>'
            f'<div class="caption">{text(lead.printed or "")}</div></div>'
        )
    label, href = CATS[story.cat]
    others = [s for s in PAGES if s.id != story.id]
    more = "".join(f'<li><a href="{_item_url(s)}">{_title(s)}</a> ({_day(s)})</li>' for s in others)
    main = f"""<div class="duongdan_ct"><a href="{SITE}/Pages/default.aspx">Trang chủ</a> &raquo; <a href="{CATS["cm"][1]}">Chuyên môn</a> &raquo; <a href="{esc(href)}">{esc(label)}</a></div>
<div class="article article-left">
<div class="article-header">
<div class="date-line">{story.opts["dateline"]}</div>
{captioned}
<div class="by-line">{esc(story.opts.get("byline", ""))}</div>
</div>
<div class="article-content"><div id="ctl00_PlaceHolderMain_ctl01_label" style='display:none'>Nội dung trang</div><div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">{_body(story)}</div></div>
<div class="pdp-capnhat" style="text-align:right;color:#888;font-size:8pt">Cập nhật lần cuối: {story.opts["modified"]} bởi THPTPDP\\quantri</div>
</div>
<div class="tinkhac_ct"><div class="tde_tinkhac">Các bài khác</div><ul>{more}</ul></div>"""
    name = story.opts["url"].rsplit("/", 1)[1]
    return _page(
        title_tag=story.title,
        h2=story.title,
        main=main,
        action=_enc(name),
        sp_crumb=["THPT Phan Đình Phùng", "Trang", story.title],
        selected="Chuyên môn",
        seed=f"pg{story.id}",
    )


def _cqwp_items(stories: list[Story], *, copyutil: bool = False, raw_unicode: bool = False) -> str:
    items = []
    for s in stories:
        if copyutil:
            href = esc(_copyutil(s.id))
        elif raw_unicode and s.opts["kind"] == "page":
            href = esc(s.opts["url"])
        else:
            href = esc(_item_url(s))
        items.append(
            '<li class="dfwp-item"><div class="item"><div class="image-area-left"><a href="'
            f'{href}" target=""><img class="image" src="{esc(_thumb(s))}" alt="" /></a></div>'
            f'<div class="link-item"><a href="{href}" title="">{_title(s)}</a>'
            f'<span class="pdp-ngay-cq"> ({_day(s)})</span><div class="description">'
            f"{text(_desc(s))}</div></div></div></li>"
        )
    return (
        f'<div id="cbqwpctl00_m_g_{_guid("cq", len(stories)).replace("-", "_")}" class="cbq-layout-'
        'main"><ul class="dfwp-column dfwp-list" style="width:100%">'
        + "".join(items)
        + "</ul></div>"
    )


def _more(cat: str) -> str:
    return f'<div class="pdp-xemtiep"><a href="{esc(CATS[cat][1])}">Xem tất cả »</a></div>'


def _home() -> str:
    latest = _by_date(list(ITEMS.values()))[:4]
    slider = _cqwp_items([ITEMS[i] for i in SLIDER], copyutil=True)
    doan = _in_cat("doan")[:2]
    gs = _in_cat("gs")[:1]
    cm = _in_cat("cm")
    main = "\n".join(
        [
            _wp(2, "Tin nổi bật", slider, cls="pdp-slider"),
            _wp(3, "Tin mới", _cqwp_items(latest) + _more("tt")),
            _wp(4, "Hoạt động Đoàn trường", _cqwp_items(doan) + _more("doan")),
            _wp(5, "Gương sáng học đường", _cqwp_items(gs) + _more("gs")),
            _wp(6, "Hoạt động chuyên môn", _cqwp_items(cm, raw_unicode=True) + _more("cm")),
        ]
    )
    return _page(
        title_tag="Trang chủ",
        h2="Trang chủ",
        main=main,
        action="default.aspx",
        sp_crumb=["THPT Phan Đình Phùng", "Trang", "Trang chủ"],
        selected="Trang chủ",
        seed="home",
    )


def _paging_url(cat_id: int, cat: str, first_row: int, anchor: Story, prev: bool) -> str:
    stamp = anchor.published_at[:19].replace("-", "").replace("T", "%20").replace(":", "%3a")
    parts = [
        f"\\u002fsites\\u002fthptphandinhphung\\u002fPages\\u002fDanhMuc.aspx?CatID={cat_id}",
        "Paged=TRUE",
    ]
    if prev:
        parts.append("PagedPrev=TRUE")
    parts += [f"p_NgayDang={stamp}", f"p_ID={anchor.id}", f"PageFirstRow={first_row}", ""]
    return "\\u0026".join(parts) + f"\\u0026View=%7b{VIEW_GUIDS[cat]}%7d"


def _danhmuc(cat_id: int, first_row: int) -> str:
    cat = CAT_IDS[cat_id]
    label = CATS[cat][0]
    stories = _in_cat(cat)
    size = PAGE_SIZE[cat]
    start = max(first_row - 1, 0)
    shown = stories[start : start + size]
    rows = []
    for s in shown:
        new = (
            ' <img src="/_layouts/1066/images/new.gif" alt="Mới" class="ms-newgif" />'
            if s.id >= 30
            else ""
        )
        rows.append(
            f'<tr class="{"ms-alternating " if len(rows) % 2 else ""}ms-itmhover"><td class="pdp-ds-anh" '
            f'valign="top" width="130"><a href="{_item_url(s)}"><img src="{esc(_thumb(s))}" width="120" '
            f'height="80" border="0" alt="" /></a></td><td class="ms-vb2" valign="top"><a class="pdp-ds-tde" '
            f'onfocus="OnLink(this)" href="{_item_url(s)}">{_title(s)}</a>{new}<div class="pdp-ds-ngay">'
            f'Ngày đăng: {s.opts["posted"]}</div><div class="pdp-ds-mota">{text(_desc(s))}</div></td></tr>'
        )
    pager = []
    if start > 0:
        url = _paging_url(cat_id, cat, max(start - size + 1, 1), shown[0], prev=True)
        pager.append(
            f'<td id="pagingWPQ3prev"><a onclick="javascript:RefreshPageTo(event, &quot;{url}&quot;);'
            'javascript:return false;" href="javascript:"><img src="/_layouts/1066/images/prev.gif" '
            'border="0" alt="Trang trước" /></a></td>'
        )
    pager.append(f'<td class="ms-paging">{start + 1} - {start + len(shown)}</td>')
    if start + size < len(stories):
        url = _paging_url(cat_id, cat, start + size + 1, shown[-1], prev=False)
        pager.append(
            f'<td id="pagingWPQ3next"><a onclick="javascript:RefreshPageTo(event, &quot;{url}&quot;);'
            'javascript:return false;" href="javascript:"><img src="/_layouts/1066/images/next.gif" '
            'border="0" alt="Trang sau" /></a></td>'
        )
    view = VIEW_GUIDS[cat]
    content = (
        f'<div class="duongdan_ct"><a href="{SITE}/Pages/default.aspx">Trang chủ</a> &raquo; '
        f"{esc(label)}</div>"
        f'<table id="{{{LIST_ID.upper()}}}-{{{view}}}" Summary="Tin tức" xmlns:o="urn:schemas-'
        f'microsoft-com:office:office" o:WebQuerySourceHref="{SITE}/_vti_bin/owssvr.dll?CS=65001&amp;'
        f'XMLDATA=1&amp;RowLimit=0&amp;List={{{LIST_ID.upper()}}}&amp;View={{{view}}}" width="100%" '
        f'border="0" cellspacing="0" dir="None" class="ms-listviewtable pdp-dstin">{"".join(rows)}</table>'
        '<table class="ms-bottompaging" width="100%"><tr><td class="ms-bottompagingline1"><img src="'
        '/_layouts/images/blank.gif" width="1" height="1" alt="" /></td></tr><tr><td class="ms-vb" '
        'id="bottomPagingCellWPQ3" align="center"><table><tr>'
        + "".join(pager)
        + "</tr></table></td></tr></table>"
    )
    query = f"CatID={cat_id}"
    if first_row > 1:
        query += f"&Paged=TRUE&PageFirstRow={first_row}&View=%7b{view}%7d"
    return _page(
        title_tag=label,
        h2=label,
        main=_wp(3, label, content, noindex=False),
        action=f"DanhMuc.aspx?{query}",
        sp_crumb=["THPT Phan Đình Phùng", "Trang", label],
        selected="Tin tức",
        seed=f"dm{cat_id}-{first_row}",
    )


def _guongsang(page: int) -> str:
    stories = _in_cat("gs")
    size = PAGE_SIZE["gs"]
    pages = (len(stories) + size - 1) // size
    page = min(max(page, 1), pages)
    shown = stories[(page - 1) * size : page * size]
    rows = []
    for s in shown:
        rows.append(
            '<tr><td><div class="gs-muc"><a href="'
            f'{_item_url(s)}"><img src="{esc(_thumb(s))}" class="gs-anh" alt="" /></a><a class="gs-tde" '
            f'href="{_item_url(s)}">{_title(s)}</a><div class="gs-ngay">{_day(s)}</div><div '
            f'class="gs-mota">{text(_desc(s))}</div></div></td></tr>'
        )
    cells = []
    for n in range(1, pages + 1):
        if n == page:
            cells.append(f"<td><span>{n}</span></td>")
        else:
            cells.append(
                f"<td><a href=\"javascript:__doPostBack('{GS_TARGET}','Page${n}')\">{n}</a></td>"
            )
    grid_id = GS_TARGET.replace("$", "_")
    content = (
        f'<div class="duongdan_ct"><a href="{SITE}/Pages/default.aspx">Trang chủ</a> &raquo; Gương '
        'sáng học đường</div><div><table class="gvGS" cellspacing="0" rules="all" border="1" id="'
        f'{grid_id}" style="width:100%;border-collapse:collapse;">{"".join(rows)}<tr class="gs-pager">'
        f'<td colspan="1"><table border="0"><tr>{"".join(cells)}</tr></table></td></tr></table></div>'
    )
    return _page(
        title_tag="Gương sáng học đường",
        h2="Gương sáng học đường",
        main=_wp(3, "Gương sáng học đường", content, noindex=False),
        action="GuongSang.aspx",
        sp_crumb=["THPT Phan Đình Phùng", "Trang", "Gương sáng học đường"],
        selected="Tin tức",
        seed=f"gs{page}",
    )


def _chuyenmon() -> str:
    items = "".join(
        '<li class="dfwp-item"><div class="item"><div class="image-area-left"><a href="'
        f'{_item_url(s)}"><img class="image" src="{esc(_thumb(s))}" alt="" /></a></div><div class="'
        f'link-item"><a href="{_item_url(s)}" title="{esc(_desc(s))}">{_title(s)}</a><div class="'
        f'description">{_day(s)} - {text(_desc(s))}</div></div></div></li>'
        for s in _in_cat("cm")
    )
    content = (
        f'<div class="duongdan_ct"><a href="{SITE}/Pages/default.aspx">Trang chủ</a> &raquo; Chuyên '
        'môn &raquo; Hoạt động chuyên môn</div><div class="cbq-layout-main"><ul class="dfwp-column '
        f'dfwp-list" style="width:100%">{items}</ul></div>'
    )
    return _page(
        title_tag="Hoạt động chuyên môn",
        h2="Hoạt động chuyên môn",
        main=_wp(3, "Hoạt động chuyên môn", content),
        action="ChuyenMon.aspx",
        sp_crumb=["THPT Phan Đình Phùng", "Trang", "Hoạt động chuyên môn"],
        selected="Chuyên môn",
        seed="cm",
    )


# --- the rest of the school site ------------------------------------------------------------

DOCS = {
    8: {
        "so": "215/KH-THPTPĐP",
        "ngay": "25/11/2026",
        "loai": "Kế hoạch",
        "ky": "Đặng Quốc Việt",
        "trichyeu": "Kế hoạch tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "file": "215-KH-THPTPDP.pdf",
        "size": "312 KB",
    },
    6: {
        "so": "198/QĐ-THPTPĐP",
        "ngay": "30/09/2026",
        "loai": "Quyết định",
        "ky": "Đặng Quốc Việt",
        "trichyeu": (
            "Quyết định thành lập Ban tổ chức Hội giảng giáo viên dạy giỏi cấp trường năm học "
            "2026 - 2027"
        ),
        "file": "198-QD-THPTPDP.pdf",
        "size": "188 KB",
    },
}


def _vanban_list() -> str:
    rows = "".join(
        f'<tr><td class="ms-vb2">{esc(d["so"])}</td><td class="ms-vb2">{d["ngay"]}</td><td class="ms-vb2">'
        f'<a href="{SITE}/Pages/ChiTietVanBan.aspx?ItemID={i}">{esc(d["trichyeu"])}</a></td><td class="ms-vb2">'
        f'<a href="{SITE}/VanBan/{d["file"]}"><img src="/_layouts/images/icpdf.png" alt="Tải về" /></a></td></tr>'
        for i, d in sorted(DOCS.items(), reverse=True)
    )
    content = (
        '<table class="ms-listviewtable" width="100%" cellspacing="0"><tr class="ms-viewheadertr">'
        '<th class="ms-vh2">Số/Ký hiệu</th><th class="ms-vh2">Ngày ban hành</th><th class="ms-vh2">'
        f'Trích yếu</th><th class="ms-vh2">Tải về</th></tr>{rows}</table>'
    )
    return _page(
        title_tag="Văn bản",
        h2="Văn bản",
        main=_wp(3, "Văn bản nhà trường", content, noindex=False),
        action="VanBan.aspx",
        sp_crumb=["THPT Phan Đình Phùng", "Trang", "Văn bản"],
        selected="Văn bản",
        seed="vb",
    )


def _vanban(item_id: int) -> str:
    d = DOCS[item_id]
    content = (
        f'<div class="duongdan_ct"><a href="{SITE}/Pages/default.aspx">Trang chủ</a> &raquo; <a href="'
        f'{SITE}/Pages/VanBan.aspx">Văn bản</a></div><span class="tde_ct" style="font-size:13pt;'
        f'font-weight:bold">{esc(d["trichyeu"])}</span><table class="pdp-vb" cellpadding="4" border="1" '
        f'style="border-collapse:collapse;width:100%"><tr><td width="160"><b>Số/Ký hiệu</b></td><td>'
        f"{esc(d['so'])}</td></tr><tr><td><b>Ngày ban hành</b></td><td>{d['ngay']}</td></tr><tr><td><b>"
        f"Loại văn bản</b></td><td>{esc(d['loai'])}</td></tr><tr><td><b>Cơ quan ban hành</b></td><td>"
        f"Trường THPT Phan Đình Phùng</td></tr><tr><td><b>Người ký</b></td><td>{esc(d['ky'])}</td></tr>"
        f"<tr><td><b>Trích yếu</b></td><td>{esc(d['trichyeu'])}</td></tr><tr><td><b>Tệp đính kèm</b>"
        f'</td><td><a href="{SITE}/VanBan/{d["file"]}">{d["file"]}</a> ({d["size"]})</td></tr></table>'
    )
    return _page(
        title_tag="Chi tiết văn bản",
        h2="Chi tiết văn bản",
        main=_wp(3, "", content, noindex=False),
        action=f"ChiTietVanBan.aspx?ItemID={item_id}",
        sp_crumb=["THPT Phan Đình Phùng", "Trang", "Chi tiết văn bản"],
        selected="Văn bản",
        seed=f"vb{item_id}",
    )


ALBUMS = {
    3: (
        "Hội khỏe Phù Đổng cấp trường năm 2026",
        "08/11/2026",
        "hkpd-2026",
        [
            "Lễ khai mạc Hội khỏe Phù Đổng",
            "Thi đấu môn cầu lông đôi nam nữ",
            "Nội dung chạy tiếp sức 4x100m nữ",
            "Kéo co khối 10",
            "Trao giải toàn đoàn",
        ],
    ),
    2: (
        "Lễ khai giảng năm học 2026 - 2027",
        "05/09/2026",
        "khai-giang-2026",
        [
            "Học sinh khối 10 diễu hành vào lễ đài",
            "Thầy Hiệu trưởng đánh trống khai giảng",
            "Tiết mục văn nghệ chào mừng",
            "Học sinh đạt thành tích cao nhận phần thưởng",
        ],
    ),
}


def _albums(album_id: int | None) -> str:
    if album_id is None:
        cells = "".join(
            f'<td align="center" valign="top"><a href="{SITE}/Pages/ThuVienAnh.aspx?AlbumID={i}"><img src="'
            f'{SITE}/ThuVienAnh/{folder}/_t/01_jpg.jpg" width="200" alt="" /></a><br /><a href="'
            f'{SITE}/Pages/ThuVienAnh.aspx?AlbumID={i}">{esc(name)}</a><br />({len(caps)} ảnh - {day})</td>'
            for i, (name, day, folder, caps) in sorted(ALBUMS.items(), reverse=True)
        )
        content = f'<table class="pdp-album" width="100%"><tr>{cells}</tr></table>'
        title, action = "Thư viện ảnh", "ThuVienAnh.aspx"
    else:
        name, day, folder, caps = ALBUMS[album_id]
        cells = "".join(
            f'<td align="center" valign="top" width="33%"><a href="{SITE}/ThuVienAnh/{folder}/{n:02d}.jpg" '
            f'rel="lightbox[album]"><img src="{SITE}/ThuVienAnh/{folder}/_t/{n:02d}_jpg.jpg" width="200" '
            f'alt="{esc(cap)}" /></a><div class="album-cap">{esc(cap)}</div></td>'
            + ("</tr><tr>" if n % 3 == 0 else "")
            for n, cap in enumerate(caps, 1)
        )
        content = (
            f'<div class="duongdan_ct"><a href="{SITE}/Pages/ThuVienAnh.aspx">Thư viện ảnh</a> &raquo; '
            f'{esc(name)}</div><div class="album-tde"><b>{esc(name)}</b> - Ngày tạo: {day}</div>'
            f'<table class="pdp-album" width="100%"><tr>{cells}</tr></table>'
        )
        title, action = name, f"ThuVienAnh.aspx?AlbumID={album_id}"
    return _page(
        title_tag="Thư viện ảnh",
        h2=title,
        main=_wp(3, "Thư viện ảnh", content, noindex=False),
        action=action,
        sp_crumb=["THPT Phan Đình Phùng", "Trang", "Thư viện ảnh"],
        selected="Thư viện",
        seed=f"al{album_id}",
    )


def _video() -> str:
    content = (
        '<div class="video-tde"><b>Tiết mục “Bụi phấn” chào mừng ngày 20/11</b></div><div class="video-'
        'ngay">Ngày đăng: 21/11/2026 4:05 CH</div><iframe width="640" height="360" src="https://www.'
        'youtube.com/embed/Xk3pD9vL2qA" frameborder="0" allowfullscreen></iframe><div class="video-mota">'
        "Tiết mục hợp ca “Bụi phấn” do tập thể lớp 12A4 biểu diễn tại Lễ kỷ niệm 44 năm Ngày Nhà giáo "
        'Việt Nam.</div><div class="video-khac"><b>Video khác:</b><ul><li><a href="https://www.youtube.'
        'com/watch?v=Qm7rT2nB8sE" target="_blank">Phóng sự Lễ khai giảng năm học 2026 - 2027</a></li>'
        '<li><a href="https://www.youtube.com/watch?v=Hc4wZ6yK1dU" target="_blank">Giới thiệu Trường '
        "THPT Phan Đình Phùng</a></li></ul></div>"
    )
    return _page(
        title_tag="Video clip",
        h2="Video clip",
        main=_wp(3, "Video clip", content, noindex=False),
        action="Video.aspx?VideoID=2",
        sp_crumb=["THPT Phan Đình Phùng", "Trang", "Video clip"],
        selected="Thư viện",
        seed="video",
    )


_WEEKS = {
    48: ("23/11/2026", "29/11/2026", ["Thứ Hai 23/11", "Thứ Tư 25/11", "Thứ Sáu 27/11"]),
    49: (
        "30/11/2026",
        "06/12/2026",
        ["Thứ Hai 30/11", "Thứ Ba 01/12", "Thứ Năm 03/12", "Thứ Bảy 05/12"],
    ),
    50: ("07/12/2026", "13/12/2026", ["Thứ Hai 07/12", "Thứ Tư 09/12"]),
}
_TASKS = [
    (
        "Sáng",
        "7h00: Chào cờ đầu tuần; sinh hoạt dưới cờ chủ đề tháng 11 - 12",
        "BGH, Đoàn trường",
        "Sân trường",
    ),
    (
        "Chiều",
        "14h00: Họp tổ chuyên môn; thống nhất đề kiểm tra cuối học kỳ I",
        "Tổ trưởng CM",
        "Phòng họp",
    ),
    (
        "Sáng",
        "7h30: Dự giờ, kiểm tra hồ sơ chuyên môn tổ Toán - Tin",
        "PHT Phan Văn Hùng",
        "Các lớp",
    ),
    ("Chiều", "15h00: Giao ban Ban Giám hiệu", "Hiệu trưởng", "Phòng Hiệu trưởng"),
]


def _lich(week: int) -> str:
    start, end, days = _WEEKS[week]
    rows = "".join(
        f"<tr><td>{esc(day)}</td><td>{_TASKS[i % 4][0]}</td><td>{esc(_TASKS[i % 4][1])}</td>"
        f"<td>{esc(_TASKS[i % 4][2])}</td><td>{esc(_TASKS[i % 4][3])}</td></tr>"
        for i, day in enumerate(days)
    )
    nav = []
    if week - 1 in _WEEKS:
        target = "" if week - 1 == 49 else f"?Tuan={week - 1}&amp;Nam=2026"
        nav.append(f'<a href="{SITE}/Pages/LichCongTac.aspx{target}">« Tuần trước</a>')
    else:
        nav.append('<span class="pdp-mo">« Tuần trước</span>')
    nav.append(
        f'<a href="{SITE}/Pages/LichCongTac.aspx">Tuần hiện tại</a>'
        if week != 49
        else "<b>Tuần hiện tại</b>"
    )
    if week + 1 in _WEEKS:
        target = "" if week + 1 == 49 else f"?Tuan={week + 1}&amp;Nam=2026"
        nav.append(f'<a href="{SITE}/Pages/LichCongTac.aspx{target}">Tuần sau »</a>')
    else:
        nav.append('<span class="pdp-mo">Tuần sau »</span>')
    content = (
        f'<div class="lich-tde"><b>LỊCH CÔNG TÁC TUẦN {week - 35} (Từ ngày {start} đến ngày {end})</b></div>'
        f'<div class="lich-nav">{" | ".join(nav)}</div><table class="pdp-lich" border="1" cellpadding="4" '
        'style="border-collapse:collapse;width:100%"><tr><th>Thứ/Ngày</th><th>Buổi</th><th>Nội dung</th>'
        f"<th>Chủ trì</th><th>Địa điểm</th></tr>{rows}</table>"
    )
    return _page(
        title_tag="Lịch công tác",
        h2="Lịch công tác",
        main=_wp(3, "Lịch công tác tuần", content, noindex=False),
        action="LichCongTac.aspx" + ("" if week == 49 else f"?Tuan={week}&Nam=2026"),
        sp_crumb=["THPT Phan Đình Phùng", "Trang", "Lịch công tác"],
        selected="Lịch công tác",
        seed=f"lich{week}",
    )


def _gioithieu() -> str:
    content = """<div class="ms-rtestate-field"><h3 class="ms-rteElement-H3B"><a name="lichsu"></a>Lịch sử hình thành và phát triển</h3>
<p class="ms-rteElement-P">Trường THPT Phan Đình Phùng được thành lập năm 1974, mang tên nhà chí sĩ yêu nước Phan Đình Phùng, lãnh tụ cuộc khởi nghĩa Hương Khê. Trải qua hơn 50 năm xây dựng và trưởng thành, nhà trường đã trở thành một trong những trường THPT có chất lượng giáo dục hàng đầu của tỉnh Hà Tĩnh.&#8203;</p>
<h3 class="ms-rteElement-H3B"><a name="cocau"></a>Cơ cấu tổ chức</h3>
<p class="ms-rteElement-P">Năm học 2026 - 2027, nhà trường có 42 lớp với 1.736 học sinh; 96 cán bộ, giáo viên, nhân viên, trong đó 38 đồng chí có trình độ thạc sĩ. Ban Giám hiệu gồm Hiệu trưởng và 3 Phó Hiệu trưởng; nhà trường có 8 tổ chuyên môn và Tổ Văn phòng.&#8203;</p>
<h3 class="ms-rteElement-H3B"><a name="thanhtich"></a>Thành tích nổi bật</h3>
<ul><li>Huân chương Lao động hạng Nhất (2014)</li><li>Cờ thi đua của Chính phủ (2019, 2024)</li><li>Trường đạt chuẩn quốc gia mức độ 2 (2022)</li></ul></div>"""
    return _page(
        title_tag="Giới thiệu",
        h2="Giới thiệu",
        main=content,
        action="GioiThieu.aspx",
        sp_crumb=["THPT Phan Đình Phùng", "Trang", "Giới thiệu"],
        selected="Giới thiệu",
        seed="gt",
    )


def _lienhe() -> str:
    content = """<div class="lienhe"><p><b>TRƯỜNG THPT PHAN ĐÌNH PHÙNG</b></p>
<p>Địa chỉ: Số 02 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh</p>
<p>Điện thoại: 0239.3855.612 - Fax: 0239.3855.613</p><p>Email: c3phandinhphung@hatinh.edu.vn</p>
<table class="lh-form"><tr><td>Họ và tên (*)</td><td><input name="ctl00$m$g_lh$txtHoTen" type="text" /></td></tr>
<tr><td>Email (*)</td><td><input name="ctl00$m$g_lh$txtEmail" type="text" /></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="ctl00$m$g_lh$txtNoiDung" rows="5" cols="40"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$m$g_lh$btnGui" value="Gửi liên hệ" /></td></tr></table></div>"""
    return _page(
        title_tag="Liên hệ",
        h2="Liên hệ",
        main=_wp(3, "Liên hệ", content, noindex=False),
        action="LienHe.aspx",
        sp_crumb=["THPT Phan Đình Phùng", "Trang", "Liên hệ"],
        selected="Liên hệ",
        seed="lh",
    )


def _poll_result() -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Kết '
        'quả bình chọn</title></head><body><table cellpadding="3"><tr><td colspan="2"><b>Bạn biết đến '
        "website của trường qua kênh nào?</b></td></tr><tr><td>Giới thiệu của thầy cô, bạn bè</td><td>"
        "412 (46%)</td></tr><tr><td>Mạng xã hội (Facebook, Zalo)</td><td>356 (40%)</td></tr><tr><td>"
        'Công cụ tìm kiếm</td><td>125 (14%)</td></tr><tr><td colspan="2"><a href="javascript:'
        'window.close();">Đóng cửa sổ</a></td></tr></table></body></html>'
    )


# --- the province portal (out of scope) -----------------------------------------------------

PROVINCE = {
    "tap-huan-giao-vien-cot-can-mon-lich-su.aspx": (
        "Tập huấn giáo viên cốt cán môn Lịch sử cấp THPT năm 2026",
        "01/12/2026",
        "Trong hai ngày 30/11 và 01/12/2026, Sở GD&ĐT Hà Tĩnh tổ chức tập huấn cho 120 giáo viên "
        "cốt cán môn Lịch sử cấp THPT về dạy học phát triển năng lực theo Chương trình GDPT 2018.",
    ),
    "giao-ban-hieu-truong-thpt-thang-11.aspx": (
        "Hội nghị giao ban hiệu trưởng các trường THPT tháng 11/2026",
        "27/11/2026",
        "Chiều 26/11/2026, Sở GD&ĐT Hà Tĩnh tổ chức hội nghị giao ban trực tuyến với hiệu trưởng "
        "các trường THPT, đánh giá công tác tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12.",
    ),
}


def _province_shell(title: str, main: str) -> str:
    viewstate = _hidden("__VIEWSTATE", opaque("prov" + title, 180, prefix=b"\xff\x01\x0f\x0f"))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
\t{esc(title)}
</title><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css" /><link rel="stylesheet" type="text/css" href="/Style%20Library/sgd/sgd.css" /></head>
<body class="v4master"><form name="aspnetForm" method="post" action="default.aspx" id="aspnetForm">
{viewstate}
<div class="sgd-header"><img src="/SiteAssets/sgd-banner.jpg" alt="" /><span class="sgd-ngay">{HEADER_DATE}</span>
<div class="sgd-ten">CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</div></div>
<ul class="sgd-menu"><li><a href="/Pages/default.aspx">Trang chủ</a></li><li><a href="/Pages/default.aspx">Tin tức</a></li><li>Trường THPT<ul>
<li><a href="/sites/thptphandinhphung/">THPT Phan Đình Phùng</a></li><li><a href="/sites/thptnguyendu/">THPT Nguyễn Du</a></li><li><a href="/sites/thptcanloc/">THPT Can Lộc</a></li></ul></li></ul>
<div class="sgd-noidung">{main}</div>
<div class="sgd-footer">Sở Giáo dục và Đào tạo Hà Tĩnh - Số 68 đường Hải Thượng Lãn Ông, phường Thành Sen, tỉnh Hà Tĩnh - ĐT: 0239.3855.456</div>
</form></body></html>"""


def _province_home() -> str:
    items = "".join(
        f'<li><a href="/Pages/{name}">{esc(title)}</a> <span>({day})</span><div>{esc(lead)}</div></li>'
        for name, (title, day, lead) in PROVINCE.items()
    )
    return _province_shell(
        "Trang chủ", f'<h3>Tin hoạt động ngành</h3><ul class="sgd-tin">{items}</ul>'
    )


def _province_article(name: str) -> str:
    title, day, lead = PROVINCE[name]
    main = (
        f'<div class="article"><div class="date-line">{day}</div><h2 class="sgd-tde">{esc(title)}</h2>'
        f'<div class="ms-rtestate-field"><p>{esc(lead)}</p><p>Hội nghị yêu cầu các đơn vị tiếp tục '
        "thực hiện nghiêm túc các nhiệm vụ trọng tâm của năm học.</p>"
        '<p style="text-align:right"><b>Phòng GDTrH</b></p></div></div>'
    )
    return _province_shell(title, main)


# --- routing ----------------------------------------------------------------------------------


def _key(path: str) -> str:
    return unicodedata.normalize("NFC", unquote(path)).lower()


_PAGE_BY_KEY = {_key(s.opts["url"]): s for s in PAGES}
_SITE_KEY = SITE.lower()


class SharePointSchoolSite:
    """The province's SharePoint farm as this school sub-site (and the portal root) shows it."""

    def respond(self, request: Request) -> Response | None:
        path = _key(request.path)
        q = {k.lower(): v for k, v in request.params.items()}
        if path.endswith(".axd"):
            return Response(200, b"/* resource */", {"Content-Type": "application/x-javascript"})
        if path.endswith(".pdf"):
            if path.startswith(_SITE_KEY + "/vanban/") or path.startswith(
                _SITE_KEY + "/lists/tintuc/attachments/"
            ):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        static = static_file(path)
        if static is not None:
            return static
        if path == _SITE_KEY or path.startswith(_SITE_KEY + "/"):
            return self._school(request, path[len(_SITE_KEY) :], q)
        return self._province(path)

    def _province(self, path: str) -> Response | None:
        if path == "/":
            return redirect("/Pages/default.aspx")
        if path == "/pages/default.aspx":
            return _ok(_province_home())
        if path.startswith("/pages/"):
            name = path[len("/pages/") :]
            if name in PROVINCE:
                return _ok(_province_article(name))
        return None

    def _school(self, request: Request, rest: str, q: dict[str, str]) -> Response | None:
        if rest in ("", "/"):
            return redirect(SITE + "/Pages/default.aspx")
        full = _SITE_KEY + rest
        if full in _PAGE_BY_KEY:
            return _ok(_article_page(_PAGE_BY_KEY[full]))
        if rest == "/_layouts/authenticate.aspx":
            return Response(
                401,
                "<html><body><h1>401 UNAUTHORIZED</h1></body></html>",
                {"Content-Type": "text/html; charset=utf-8", "WWW-Authenticate": "NTLM"},
            )
        if rest == "/_layouts/copyutil.aspx":
            item = _int(q.get("itemid"))
            if item in ITEMS and q.get("action", "").lower() == "dispform":
                return redirect(f"{base_url(request)}{SITE}/Lists/TinTuc/DispForm.aspx?ID={item}")
            return None
        if rest == "/lists/tintuc/dispform.aspx":
            item = _int(q.get("id"))
            return _ok(_dispform(ITEMS[item])) if item in ITEMS else None
        handler = _ROUTES.get(rest)
        return handler(request, q) if handler else None


def _int(value: str | None) -> int | None:
    return int(value) if value and re.fullmatch(r"\d{1,6}", value) else None


def _r_home(request: Request, q: dict[str, str]) -> Response:
    return _ok(_home())


def _r_chitiet(request: Request, q: dict[str, str]) -> Response | None:
    raw = q.get("itemid")
    if raw is None:
        return None
    item = _int(raw)
    if item in ITEMS:
        return _ok(_chitiet(request, ITEMS[item]))
    return _ok(_soft_missing(raw))


def _r_danhmuc(request: Request, q: dict[str, str]) -> Response | None:
    cat_id = _int(q.get("catid"))
    if cat_id not in CAT_IDS:
        return None
    first = _int(q.get("pagefirstrow")) or 1
    if first > len(_in_cat(CAT_IDS[cat_id])):
        first = 1
    return _ok(_danhmuc(cat_id, first))


def _r_guongsang(request: Request, q: dict[str, str]) -> Response:
    page = 1
    if request.method == "POST":
        form = request.form
        arg = form.get("__EVENTARGUMENT", "")
        if form.get("__EVENTTARGET") == GS_TARGET and arg.startswith("Page$"):
            page = _int(arg[5:]) or 1
    return _ok(_guongsang(page))


def _r_vanban(request: Request, q: dict[str, str]) -> Response | None:
    item = _int(q.get("itemid"))
    return _ok(_vanban(item)) if item in DOCS else None


def _r_album(request: Request, q: dict[str, str]) -> Response | None:
    if "albumid" not in q:
        return _ok(_albums(None))
    album = _int(q.get("albumid"))
    return _ok(_albums(album)) if album in ALBUMS else None


def _r_video(request: Request, q: dict[str, str]) -> Response | None:
    return _ok(_video()) if q.get("videoid") == "2" else None


def _r_lich(request: Request, q: dict[str, str]) -> Response | None:
    week = _int(q.get("tuan")) or 49
    return _ok(_lich(week)) if week in _WEEKS else None


_ROUTES = {
    "/pages/default.aspx": _r_home,
    "/pages/chitiettin.aspx": _r_chitiet,
    "/pages/danhmuc.aspx": _r_danhmuc,
    "/pages/guongsang.aspx": _r_guongsang,
    "/pages/chuyenmon.aspx": lambda r, q: _ok(_chuyenmon()),
    "/pages/gioithieu.aspx": lambda r, q: _ok(_gioithieu()),
    "/pages/lienhe.aspx": lambda r, q: _ok(_lienhe()),
    "/pages/vanban.aspx": lambda r, q: _ok(_vanban_list()),
    "/pages/chitietvanban.aspx": _r_vanban,
    "/pages/thuvienanh.aspx": _r_album,
    "/pages/video.aspx": _r_video,
    "/pages/lichcongtac.aspx": _r_lich,
    "/pages/ketquabinhchon.aspx": lambda r, q: (
        _ok(_poll_result()) if q.get("pollid") == "5" else None
    ),
}


def build_site() -> SharePointSchoolSite:
    return SharePointSchoolSite()


# --- gold ---------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    if story.opts["kind"] == "page":
        alts = [story.opts["url"]] if story.opts["url"] != _item_url(story) else []
        if story is P1:
            alts.append(
                "/sites/ThptPhanDinhPhung/Pages/Hoi-Giang-Giao-Vien-Day-Gioi-Cap-Truong-Nam-Hoc-2026-2027.aspx"
            )
        return alts
    alts = [f"{SITE}/Lists/TinTuc/DispForm.aspx?ID={story.id}"]
    if story is A21:
        alts.append("/sites/thptphandinhphung/pages/chitiettin.aspx?itemid=21")
    return alts


GOLD = [
    gold_record(s, _item_url(s), CATS[s.cat][0], canonical_path=_item_url(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    SITE + "/Pages/GioiThieu.aspx",
    SITE + "/Pages/LienHe.aspx",
    SITE + "/Pages/ChiTietVanBan.aspx?ItemID=8",
    SITE + "/Pages/ChiTietVanBan.aspx?ItemID=6",
    SITE + "/Pages/ThuVienAnh.aspx?AlbumID=3",
    SITE + "/Pages/ThuVienAnh.aspx?AlbumID=2",
    SITE + "/Pages/Video.aspx?VideoID=2",
    SITE + "/Pages/LichCongTac.aspx",
]
