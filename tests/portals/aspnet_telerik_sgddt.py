"""Sở Giáo dục và Đào tạo tỉnh Ninh Thuận: ASP.NET WebForms 4.0 + Telerik RadControls portal.

Platform
    A provincial software company's "cổng thông tin" product on ASP.NET WebForms 4.0 (IIS 7.5,
    UrlRewriter.NET), built from Telerik RadControls for ASP.NET AJAX: RadMenu for the top menu,
    RadRotator for the featured news, RadTabStrip + RadMultiPage on the home page and inside the
    article page, RadListView + RadDataPager (wrapped in a RadAjaxPanel) for every listing. Every
    page is one ``<form id="aspnetForm" method="post">`` with ``__VIEWSTATE``, ``__EVENTVALIDATION``
    and Telerik ``*_ClientState`` hidden fields; server control ids are the usual ``ctl00_…``.

URL scheme
    - ``/`` home (also ``/Default.aspx``, not linked);
    - ``/chuyen-muc/<slug>.aspx`` category listing, page 1 only by GET; pages 2+ only through the
      RadDataPager's postback (the form posts to the rewriter's internal target
      ``/Pages/List.aspx?CatID=<n>``; a POST to the friendly URL works too);
    - ``/tin-tuc/<slug>-<id>.aspx`` article (the rewriter matches ``-(\\d+)\\.aspx$`` only, so any
      slug serves the article);
    - ``/Pages/Detail.aspx?ItemID=<id>`` the pre-rewriting address, still served (200, same page);
    - ``/gioi-thieu.aspx``, ``/lien-he.aspx``, ``/co-cau-to-chuc.aspx`` static pages,
      ``/van-ban/<so>-<ky-hieu>.aspx`` a document entry, ``/thu-vien-anh/<slug>.aspx`` an album.

Page templates
    - chrome: header with logo and ``<h1>`` holding the department's name, today's date
      ("Thứ Bảy, 05/12/2026"), RadMenu with drop-downs, search box (a postback button), left
      sidebar "Tin xem nhiều" (old Detail.aspx links), "Văn bản mới", "Liên kết website", poll
      (a postback), visitor counter; footer with address/phone/email.
    - listing: breadcrumb, RadAjaxPanel > RadListView items (thumbnail, title, "(dd/MM/yyyy)",
      snippet), RadDataPager (First/Prev/numbers/Next/Last; "Trang 1 / 3 (7 tin)"); page size 3.
    - article: breadcrumb, tool bar ("Cập nhật lần cuối" on some), headline in
      ``<span id="…_lblTieuDe">``, info bar (posting date in vi-VN culture, views, CMS account),
      sapo ``<span id="…_lblMoTa">`` (some articles), RadTabStrip "Nội dung | Văn bản đính kèm |
      Ý kiến bạn đọc" over a RadMultiPage whose first view holds the editor's HTML, the others
      are hidden (``display:none``); then "Các tin khác" (newer articles of the category).

How each gold article is reached
    - "Tin tức - Sự kiện" has 7 articles over three listing pages (3/3/1): 2391, 2384, 2377 on
      page 1 (also on the home page); 2369, 2352, 2340 (page 2) and 2326 (page 3) only through
      the pager's postback (their "Các tin khác" lists link only newer articles, so the closed
      set {2369, 2352, 2340, 2326} is entered only by posting the pager).
    - "Giáo dục Trung học" (2388, 2361, 2333), "Giáo dục Mầm non - Tiểu học" (2380, 2347) and
      "Thông báo" (2393) fit on one page each; they are also linked from the home page tabs.

Traps
    1. Postback pagination: RadDataPager pages are ``javascript:__doPostBack('…$RadDataPager1$ctl01
       $ctl0N','')`` links and Next/Last ``<input type="submit">`` buttons; the form's own
       ``__VIEWSTATE``/``__EVENTVALIDATION`` must go with them (a stale or missing
       ``__EVENTVALIDATION`` answers the 500 "yellow screen"); ``?page=2`` on the listing is
       ignored (page 1 again). Gold: 2369, 2352, 2340, 2326 are found only this way.
    2. The form's action is the rewriter's internal target (``/Pages/List.aspx?CatID=1``,
       ``/Pages/Detail.aspx?ItemID=<id>``), not the friendly URL the page was fetched from.
       Gold: the Detail.aspx target is an alt_path of its article, never an article of its own.
    3. The same post under three addresses: friendly URL, the old ``/Pages/Detail.aspx?ItemID=``
       (sidebar "Tin xem nhiều", a "Xem thêm" line, every form action) and the RadRotator's
       truncated slug (``…-lop-1-2391.aspx``, served since only the id counts). Gold: one record
       on the friendly URL, the others in alt_paths; og:url names the friendly URL.
    4. The headline is a ``<span id="ctl00_…_lblTieuDe">``; the page's only ``<h1>`` is the
       header's "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NINH THUẬN" and ``<title>`` is the same
       "Sở GD&ĐT Ninh Thuận - Chi tiết tin" everywhere. Gold title: the span's text (og:title agrees).
    5. Dates in the server's vi-VN culture, 12-hour with "SA"/"CH" designators:
       "04/12/2026 3:45:00 CH" is 15:45, "01/12/2026 12:20:00 CH" is 12:20 (noon hour),
       "28/11/2026 12:00:00 SA" is midnight (the day alone). Gold: ISO with +07:00, day alone for
       midnight; the "Cập nhật lần cuối" stamp printed above the headline is never the date.
    6. "Người đăng: qtv_khaothi" in the info bar is the CMS account (nobody); the real byline is the
       right-aligned closing ``<p>`` whose unit comes after a ``<br />`` ("Trần Quốc Bảo<br />
       (Phòng Quản lý chất lượng)"). Gold authors: the name only.
    7. RadEditor's image tables: a photo and its caption in a two-row ``<table class="tbl-anh">``.
       The caption row is the image's caption, not a table-row paragraph of the body (while a real
       results table in 2352 is body, rows joined by " | ").
    8. RadMultiPage: the body is the first ``rmpView``; the hidden views hold the attachment
       list and readers' comments written as ``<p>`` paragraphs ("Ý kiến bạn đọc"), and the
       RadTabStrip's tab labels sit between sapo and text. Gold: none of that is body.
    9. Sapo printed twice: ``lblMoTa`` and again, by the editor, as the body's first paragraph
       (2377, 2361). Gold: the sapo is the summary and the body's first paragraph once.
    10. RadEditor in NewLineBr mode (2369): the whole text is one ``<div>`` with lines separated by
        ``<br />``. Gold: every line a paragraph.
    11. Word paste (2340): ``MsoNormal`` paragraphs with ``<o:p>&nbsp;</o:p>`` spacers. Gold: the
        spacers are nothing.
    12. RadEditor's ConvertCharactersToEntities (2326): Vietnamese written as ``&#7873;`` /
        ``&agrave;`` references. Gold: the decoded text.
    13. Official notice (2393): letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" + signer
        table; the posting date (03/12) differs from the letterhead's day (02/12). Gold: the
        letterhead day "2026-12-02", author the signer.
    14. Listing chrome that looks like text: the RadListView snippets, "Các tin khác" as ``<p>``
        items with "(dd/MM/yyyy)" after each, the "Tải về:" attachment line and "Xem thêm:" line in
        the body view. Gold: not body.

Gold decisions on ambiguous points
    - "Bài và ảnh: X" / "Bài, ảnh: X (unit)" -> X is author and photographer; "Tin: X - Ảnh: Y" ->
      [X], [Y]; a unit alone ("Phòng GDTrH", "Văn phòng Sở") is the author as printed.
    - A bold first paragraph (2384) is the sapo (summary = that paragraph).
    - The "Cập nhật lần cuối" stamp and the posting time of the notice are not its date.
    - "Nguồn: X" closing line -> source X; body sentences starting "Theo …" stay text.
    - Image captions: the line printed under the photo; "Ảnh: X" alone -> None and X is a
      photographer.
    - Category: the breadcrumb's last crumb ("Tin tức - Sự kiện", not the parent "Tin tức").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crawler.demo.server import Request, Response, html
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
)

NAME = "aspnet_telerik_sgddt"
PLATFORM = "ASP.NET WebForms 4.0 + Telerik RadControls (RadListView/RadDataPager, RadAjaxPanel, RadTabStrip), UrlRewriter.NET"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3
CP = "ctl00_ContentPlaceHolder1"
CPN = "ctl00$ContentPlaceHolder1"
PAGER = f"{CPN}$ucDanhSach$RadDataPager1"

#: slug -> (CatID, name as breadcrumb/menu print it, parent crumb)
CATS: dict[str, tuple[int, str, str | None]] = {
    "tin-tuc-su-kien": (1, "Tin tức - Sự kiện", "Tin tức"),
    "giao-duc-trung-hoc": (2, "Giáo dục Trung học", "Tin tức"),
    "mam-non-tieu-hoc": (3, "Giáo dục Mầm non - Tiểu học", "Tin tức"),
    "thong-bao": (4, "Thông báo", None),
}
CAT_BY_ID = {v[0]: k for k, v in CATS.items()}


def vi_time(stamp: str) -> str:
    """``"2026-12-04 15:45"`` as DateTime.ToString() prints it in the vi-VN culture."""
    day, clock = stamp.split()
    y, m, d = day.split("-")
    hh, mm = (int(x) for x in clock.split(":"))
    h12 = hh % 12 or 12
    return f"{d}/{m}/{y} {h12}:{mm:02d}:00 {'SA' if hh < 12 else 'CH'}"


def byline(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{inner}</strong></p>')


# --- the 13 articles ------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=2393,
        slug="thong-bao-ve-viec-tuyen-dung-vien-chuc-su-nghiep-giao-duc-nam-2026",
        title="Thông báo về việc tuyển dụng viên chức sự nghiệp giáo dục năm 2026",
        cat="thong-bao",
        published_at="2026-12-02",
        authors=["Nguyễn Văn Đức"],
        blocks=[
            Raw(
                '<table style="width:100%;border:none" cellpadding="0" cellspacing="0"><tbody><tr>'
                '<td style="width:40%;text-align:center;vertical-align:top">UBND TỈNH NINH THUẬN<br />'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 2210/TB-SGDĐT</td>"
                '<td style="text-align:center;vertical-align:top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
                "</strong><br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br /><br />"
                "<em>Ninh Thuận, ngày 02 tháng 12 năm 2026</em></td></tr></tbody></table>"
            ),
            Raw('<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'),
            Raw(
                '<p style="text-align:center"><strong>Về việc tuyển dụng viên chức sự nghiệp giáo dục '
                "năm 2026</strong></p>"
            ),
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển dụng, "
                "sử dụng và quản lý viên chức; căn cứ Kế hoạch số 5120/KH-UBND ngày 20/11/2026 của UBND tỉnh, "
                "Sở Giáo dục và Đào tạo thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2026 như sau:"
            ),
            P("1. Chỉ tiêu tuyển dụng: 64 chỉ tiêu giáo viên trung học phổ thông và 12 chỉ tiêu nhân viên.", "h"),
            P(
                "2. Điều kiện đăng ký dự tuyển: người có đủ tiêu chuẩn theo quy định tại Điều 22 Luật Viên "
                "chức, có trình độ chuẩn được đào tạo theo Luật Giáo dục năm 2019.",
                "h",
            ),
            P(
                "3. Thời gian nhận Phiếu đăng ký dự tuyển: từ ngày 07/12/2026 đến hết ngày 05/01/2027 (trong "
                "giờ hành chính), tại Văn phòng Sở, số 06 đường 16 Tháng 4, thành phố Phan Rang - Tháp Chàm.",
                "h",
            ),
            P(
                "Mọi chi tiết xin liên hệ Phòng Tổ chức cán bộ - Sở Giáo dục và Đào tạo, điện thoại "
                "0259.3822.437 để được hướng dẫn."
            ),
            Raw(
                '<table style="width:100%;border:none"><tbody><tr><td style="width:50%;vertical-align:top">'
                "<strong><em>Nơi nhận:</em></strong><br />- UBND tỉnh (b/c);<br />- Sở Nội vụ;<br />"
                "- Các đơn vị trực thuộc;<br />- Website Sở;<br />- Lưu: VT, TCCB.</td>"
                '<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC'
                "</strong><br /><br /><em>(đã ký)</em><br /><br /><strong>Nguyễn Văn Đức</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        opts={"printed": vi_time("2026-12-03 16:10"), "poster": "vanphong.sgd"},
    ),
    Story(
        id=2391,
        slug="ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027-dien-ra-nghiem-tuc-an-toan",
        title="Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027 diễn ra nghiêm túc, an toàn",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T15:45:00+07:00",
        authors=["Trần Quốc Bảo"],
        summary=(
            "Trong hai ngày 03 và 04/12/2026, Sở GD&ĐT tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 "
            "năm học 2026-2027 với 742 thí sinh dự thi ở 10 môn văn hóa."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi được tổ chức tại hai hội đồng thi đặt ở Trường THPT Chuyên Lê Quý Đôn và Trường THPT "
                "Tháp Chàm. Thí sinh là học sinh lớp 12 của 17 trường THPT, Trường Phổ thông Dân tộc nội trú "
                "tỉnh và Trung tâm Giáo dục thường xuyên tỉnh."
            ),
            Img(
                "/Upload/Images/2026/12/hsg12-khaimac.jpg",
                "Đồng chí Phó Giám đốc Sở kiểm tra công tác coi thi tại Hội đồng thi Trường THPT Chuyên Lê Quý Đôn",
                "Đồng chí Phó Giám đốc Sở kiểm tra công tác coi thi tại Hội đồng thi Trường THPT Chuyên Lê Quý Đôn",
                style="table",
            ),
            P(
                "Trước kỳ thi, Sở đã ban hành đầy đủ các quyết định thành lập hội đồng, tập huấn nghiệp vụ cho "
                "cán bộ coi thi và phối hợp với Công an tỉnh bảo đảm an ninh, an toàn tại các điểm thi."
            ),
            P(
                "Kết quả kỳ thi sẽ được công bố trước ngày 20/12/2026; các thí sinh đạt giải cao sẽ được chọn "
                "vào đội tuyển dự Kỳ thi chọn học sinh giỏi quốc gia năm 2027."
            ),
            byline("Trần Quốc Bảo<br />\n(Phòng Quản lý chất lượng)"),
        ],
        opts={
            "printed": vi_time("2026-12-04 15:45"),
            "updated": "05/12/2026 8:02:37 SA",
            "poster": "qtv_khaothi",
            "rotator": True,
            "comments": [
                ("Phụ huynh Hòa", "Xin hỏi khi nào có điểm thi môn Hóa học ạ?"),
                ("Lê Thị Mai", "Chúc các em học sinh đạt kết quả cao trong kỳ thi."),
            ],
        },
    ),
    Story(
        id=2388,
        slug="huong-dan-to-chuc-kiem-tra-cuoi-hoc-ky-i-cap-thcs-thpt-nam-hoc-2026-2027",
        title="Hướng dẫn tổ chức kiểm tra cuối học kỳ I cấp THCS, THPT năm học 2026-2027",
        cat="giao-duc-trung-hoc",
        published_at="2026-12-02T16:30:00+07:00",
        authors=["Phòng GDTrH"],
        blocks=[
            P(
                "Ngày 01/12/2026, Sở GD&ĐT ban hành Công văn số 2145/SGDĐT-GDTrH hướng dẫn tổ chức kiểm tra, "
                "đánh giá cuối học kỳ I năm học 2026-2027 đối với cấp THCS và THPT."
            ),
            P("Theo đó, các đơn vị cần thực hiện các nội dung sau:"),
            P("Xây dựng ma trận, bản đặc tả đề kiểm tra theo hướng dẫn của Bộ GD&ĐT;", "li"),
            P("Tổ chức kiểm tra tập trung các môn Toán, Ngữ văn, Tiếng Anh từ ngày 21/12 đến 26/12/2026;", "li"),
            P("Hoàn thành nhập điểm vào hệ thống quản lý trường học trước ngày 08/01/2027.", "li"),
            P(
                "Các phòng GD&ĐT huyện, thành phố chỉ đạo các trường THCS trên địa bàn triển khai thực hiện "
                "nghiêm túc; báo cáo kết quả về Sở (qua Phòng GDTrH) trước ngày 15/01/2027."
            ),
            Raw(
                '<p><img src="/App_Themes/SGD/images/icon_pdf.gif" alt="" /> Tải về: '
                '<a href="/Upload/Files/2026/12/CV2145-SGDDT-GDTrH.pdf">Công văn số 2145/SGDĐT-GDTrH</a></p>'
            ),
            Raw('<p style="text-align: right;"><strong><em>Phòng GDTrH</em></strong></p>'),
        ],
        opts={
            "printed": vi_time("2026-12-02 16:30"),
            "poster": "gdtrh.sgd",
            "attach": [("/van-ban/2145-sgddt-gdtrh.aspx", "Công văn số 2145/SGDĐT-GDTrH")],
            "rotator": True,
        },
    ),
    Story(
        id=2384,
        slug="so-gd-dt-lam-viec-voi-ubnd-huyen-ninh-phuoc-ve-cong-tac-pho-cap-giao-duc",
        title="Sở GD&ĐT làm việc với UBND huyện Ninh Phước về công tác phổ cập giáo dục",
        cat="tin-tuc-su-kien",
        published_at="2026-12-01T12:20:00+07:00",
        authors=["Phạm Thị Ngọc Lan"],
        photographers=["Phạm Thị Ngọc Lan"],
        summary=(
            "Sáng 01/12/2026, đoàn công tác của Sở GD&ĐT do Giám đốc Sở làm trưởng đoàn đã có buổi làm việc "
            "với UBND huyện Ninh Phước về kết quả phổ cập giáo dục, xóa mù chữ năm 2026."
        ),
        blocks=[
            P(
                "Sáng 01/12/2026, đoàn công tác của Sở GD&ĐT do Giám đốc Sở làm trưởng đoàn đã có buổi làm việc "
                "với UBND huyện Ninh Phước về kết quả phổ cập giáo dục, xóa mù chữ năm 2026.",
                "b",
            ),
            P(
                "Báo cáo tại buổi làm việc cho biết, huyện Ninh Phước duy trì đạt chuẩn phổ cập giáo dục mầm non "
                "cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3 và phổ cập giáo dục THCS mức độ 2."
            ),
            Img(
                "/Upload/Images/2026/12/ninhphuoc-lamviec-1.jpg",
                "Quang cảnh buổi làm việc",
                "Quang cảnh buổi làm việc",
            ),
            P(
                "Phát biểu kết luận, Giám đốc Sở đề nghị huyện tiếp tục rà soát, sắp xếp mạng lưới trường lớp, "
                "ưu tiên đầu tư phòng học cho các xã vùng đồng bào Chăm."
            ),
            Img(
                "/Upload/Images/2026/12/ninhphuoc-lamviec-2.jpg",
                "Giám đốc Sở phát biểu kết luận buổi làm việc",
                "Giám đốc Sở phát biểu kết luận buổi làm việc",
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/Pages/Detail.aspx?ItemID=2333">Triển khai giáo dục kỹ năng phòng, '
                "chống đuối nước cho học sinh THCS mùa mưa lũ</a></em></p>"
            ),
            byline("Bài và ảnh: Phạm Thị Ngọc Lan"),
        ],
        opts={"printed": vi_time("2026-12-01 12:20"), "poster": "btv_lan", "rotator": True},
    ),
    Story(
        id=2380,
        slug="ngay-hoi-be-vui-khoe-cua-cac-truong-mam-non-thanh-pho-phan-rang-thap-cham",
        title="Ngày hội “Bé vui khỏe” của các trường mầm non thành phố Phan Rang - Tháp Chàm",
        cat="mam-non-tieu-hoc",
        published_at="2026-11-30T09:00:00+07:00",
        authors=["Minh Thư"],
        blocks=[
            P(
                "Ngày 29/11/2026, Phòng GD&ĐT thành phố Phan Rang - Tháp Chàm tổ chức Ngày hội “Bé vui khỏe” "
                "năm học 2026-2027 với sự tham gia của hơn 400 trẻ mẫu giáo đến từ 22 trường mầm non."
            ),
            Img(
                "/Upload/Images/2026/11/bevuikhoe-01.jpg",
                "Các bé Trường Mầm non Hoa Sen trình diễn đồng diễn thể dục",
                "Các bé Trường Mầm non Hoa Sen trình diễn đồng diễn thể dục",
                style="table",
            ),
            P(
                "Ngày hội gồm các phần thi đồng diễn thể dục, trò chơi vận động “Bật qua suối nhỏ”, “Chuyền bóng "
                "qua đầu” và thi kể chuyện theo tranh."
            ),
            Img(
                "/Upload/Images/2026/11/bevuikhoe-02.jpg",
                "Phần thi trò chơi vận động",
                "Phần thi trò chơi vận động",
                style="table",
            ),
            P("Kết thúc ngày hội, Ban tổ chức trao 6 giải nhất, 8 giải nhì và 10 giải ba cho các đội."),
            Raw('<p style="text-align: right;"><em>Minh Thư</em></p>'),
        ],
        opts={"printed": vi_time("2026-11-30 09:00"), "poster": "admin"},
    ),
    Story(
        id=2377,
        slug="trao-150-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-vung-kho-khan",
        title="Trao 150 suất học bổng “Tiếp sức đến trường” cho học sinh vùng khó khăn",
        cat="tin-tuc-su-kien",
        published_at="2026-11-28",
        authors=["Hồng Lâm"],
        photographers=["Hồng Lâm"],
        source="Báo Ninh Thuận",
        summary=(
            "Sở GD&ĐT phối hợp với Hội Khuyến học tỉnh trao 150 suất học bổng “Tiếp sức đến trường”, mỗi "
            "suất trị giá 2 triệu đồng, cho học sinh có hoàn cảnh khó khăn vươn lên học tốt."
        ),
        blocks=[
            P(
                "Sở GD&ĐT phối hợp với Hội Khuyến học tỉnh trao 150 suất học bổng “Tiếp sức đến trường”, mỗi "
                "suất trị giá 2 triệu đồng, cho học sinh có hoàn cảnh khó khăn vươn lên học tốt."
            ),
            Img("../Upload/Images/2026/11/hocbong-tiepsuc.jpg", "Ảnh: Hồng Lâm", None),
            P(
                "Các em nhận học bổng đang học tại các trường THCS, THPT thuộc huyện Bác Ái, Thuận Bắc và "
                "Ninh Sơn, phần lớn là con em đồng bào Raglai."
            ),
            P(
                "Nguồn kinh phí do các doanh nghiệp năng lượng tái tạo trên địa bàn tỉnh tài trợ thông qua "
                "Quỹ Khuyến học tỉnh."
            ),
            Raw('<p style="text-align: right;"><strong>Hồng Lâm</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Ninh Thuận</em></p>'),
        ],
        opts={"printed": vi_time("2026-11-28 00:00"), "poster": "btv_lan", "sapo_twice": True},
    ),
    Story(
        id=2369,
        slug="long-trong-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T08:30:00+07:00",
        authors=["Văn phòng Sở"],
        blocks=[
            P(
                "Sáng 19/11/2026, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
                "20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026.",
                "br",
            ),
            P(
                "Dự buổi lễ có đại diện lãnh đạo Tỉnh ủy, UBND tỉnh cùng hơn 300 cán bộ quản lý, giáo viên "
                "tiêu biểu của toàn ngành.",
                "br",
            ),
            P(
                "Tại buổi lễ, 45 nhà giáo được tặng Bằng khen của Chủ tịch UBND tỉnh vì có thành tích xuất sắc "
                "trong sự nghiệp giáo dục.",
                "br",
            ),
            Img(
                "/Upload/Images/2026/11/20-11-tuyenduong.jpg",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                style="table",
            ),
            P(
                "Dịp này, Sở cũng phát động đợt thi đua cao điểm “Dạy tốt - Học tốt” chào mừng các ngày lễ lớn "
                "của đất nước.",
                "br",
            ),
            Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
        ],
        opts={
            "printed": vi_time("2026-11-20 08:30"),
            "poster": "vanphong.sgd",
            "comments": [("Cựu giáo viên", "Xin chúc mừng các thầy cô giáo nhân ngày 20/11!")],
        },
    ),
    Story(
        id=2361,
        slug="truong-thpt-ton-duc-thang-to-chuc-chuyen-de-day-hoc-theo-dinh-huong-stem",
        title="Trường THPT Tôn Đức Thắng tổ chức chuyên đề dạy học theo định hướng STEM",
        cat="giao-duc-trung-hoc",
        published_at="2026-11-16T07:45:00+07:00",
        authors=["Nguyễn Thị Hoa"],
        photographers=["Nguyễn Thị Hoa"],
        summary=(
            "Nhằm đổi mới phương pháp dạy học, Trường THPT Tôn Đức Thắng tổ chức chuyên đề “Dạy học theo "
            "định hướng giáo dục STEM” cho giáo viên tổ Khoa học tự nhiên."
        ),
        blocks=[
            P(
                "Nhằm đổi mới phương pháp dạy học, Trường THPT Tôn Đức Thắng tổ chức chuyên đề “Dạy học theo "
                "định hướng giáo dục STEM” cho giáo viên tổ Khoa học tự nhiên."
            ),
            P(
                "Tiết dạy minh họa bài “Thiết kế mô hình hệ thống tưới nhỏ giọt” được học sinh lớp 11A2 hào "
                "hứng thực hiện theo nhóm, vận dụng kiến thức Vật lí, Sinh học và Tin học."
            ),
            Img(
                "/Upload/Images/2026/11/stem-tdt.jpg",
                "Học sinh lớp 11A2 trình bày sản phẩm mô hình tưới nhỏ giọt",
                "Học sinh lớp 11A2 trình bày sản phẩm mô hình tưới nhỏ giọt",
                style="table",
            ),
            P(
                "Qua chuyên đề, giáo viên được trao đổi kinh nghiệm xây dựng kế hoạch bài dạy STEM phù hợp với "
                "điều kiện cơ sở vật chất của nhà trường."
            ),
            byline("Bài, ảnh: Nguyễn Thị Hoa (Trường THPT Tôn Đức Thắng)"),
        ],
        opts={"printed": vi_time("2026-11-16 07:45"), "poster": "gdtrh.sgd", "sapo_twice": True},
    ),
    Story(
        id=2352,
        slug="hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs-86-giao-vien-dat-giai",
        title="Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS: 86 giáo viên đạt giải",
        cat="tin-tuc-su-kien",
        published_at="2026-11-12T10:05:00+07:00",
        authors=["Đặng Minh Quân"],
        summary=(
            "Sau hai tuần tranh tài, Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS chu kỳ 2026-2029 đã khép "
            "lại với 86 giáo viên đạt giải trên tổng số 132 giáo viên dự thi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi được tổ chức từ ngày 26/10 đến 08/11/2026 tại Trường THCS Lê Hồng Phong và Trường THCS "
                "Trần Phú, thành phố Phan Rang - Tháp Chàm."
            ),
            P("Kết quả cụ thể theo đơn vị như sau:"),
            P("Đơn vị | Dự thi | Đạt giải", "row"),
            P("Phan Rang - Tháp Chàm | 34 | 27", "row"),
            P("Ninh Hải | 22 | 15", "row"),
            P("Ninh Phước | 24 | 14", "row"),
            P("Các đơn vị khác | 52 | 30", "row"),
            Img(
                "/Upload/Images/2026/11/gvdg-thcs.jpg",
                "Ban Giám khảo dự giờ tiết dạy môn Ngữ văn",
                "Ban Giám khảo dự giờ tiết dạy môn Ngữ văn",
                style="table",
            ),
            P("Hội thi là dịp để giáo viên giao lưu, học hỏi, lan tỏa các phương pháp dạy học tích cực."),
            byline("ThS. Đặng Minh Quân"),
        ],
        opts={"printed": vi_time("2026-11-12 10:05"), "poster": "gdtrh.sgd"},
    ),
    Story(
        id=2347,
        slug="nang-cao-chat-luong-day-hoc-tieng-viet-cho-hoc-sinh-dan-toc-thieu-so-cap-tieu-hoc",
        title="Nâng cao chất lượng dạy học Tiếng Việt cho học sinh dân tộc thiểu số cấp tiểu học",
        cat="mam-non-tieu-hoc",
        published_at="2026-11-06T10:30:00+07:00",
        authors=["Lưu Văn Thành"],
        blocks=[
            P(
                "Toàn tỉnh hiện có hơn 18.000 học sinh tiểu học là người dân tộc thiểu số, chủ yếu là đồng bào "
                "Chăm và Raglai, chiếm khoảng 27% tổng số học sinh cấp tiểu học."
            ),
            P("1. Kết quả đạt được", "h3"),
            P(
                "Các trường đã tổ chức tốt việc chuẩn bị tiếng Việt cho trẻ trước khi vào lớp 1, tăng cường "
                "hoạt động đọc sách tại thư viện thân thiện."
            ),
            P("2. Giải pháp trong thời gian tới", "h3"),
            P(
                "Tiếp tục bồi dưỡng giáo viên về phương pháp dạy tiếng Việt như ngôn ngữ thứ hai; phát huy vai "
                "trò của nhân viên hỗ trợ giáo viên biết tiếng dân tộc."
            ),
            byline("TS. Lưu Văn Thành - Trưởng phòng GDMN-GDTH"),
        ],
        opts={"printed": vi_time("2026-11-06 10:30"), "poster": "gdmntH.sgd"},
    ),
    Story(
        id=2340,
        slug="tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-cho-can-bo-quan-ly",
        title="Tập huấn chuyển đổi số trong quản lý trường học cho cán bộ quản lý",
        cat="tin-tuc-su-kien",
        published_at="2026-10-30T14:00:00+07:00",
        authors=["Nguyễn Hữu Phước"],
        photographers=["Chế Thị Mỹ"],
        blocks=[
            P(
                "Từ ngày 28 đến 30/10/2026, Sở GD&ĐT tổ chức lớp tập huấn chuyển đổi số trong quản lý trường "
                "học cho 180 hiệu trưởng, phó hiệu trưởng các trường phổ thông.",
                "word",
            ),
            P(
                "Học viên được hướng dẫn sử dụng hệ thống cơ sở dữ liệu ngành, học bạ số, sổ điểm điện tử và "
                "các giải pháp bảo đảm an toàn thông tin.",
                "word",
            ),
            Img(
                "/Upload/Images/2026/10/taphuan-cds.jpg",
                "Học viên thực hành trên hệ thống học bạ số",
                "Học viên thực hành trên hệ thống học bạ số",
            ),
            P(
                "Theo kế hoạch, đến hết năm 2026 toàn bộ các trường THPT trên địa bàn tỉnh triển khai học bạ số "
                "đối với học sinh lớp 10.",
                "word",
            ),
            byline("Tin: Nguyễn Hữu Phước - Ảnh: Chế Thị Mỹ"),
        ],
        opts={"printed": vi_time("2026-10-30 14:00"), "poster": "cntt.sgd"},
    ),
    Story(
        id=2333,
        slug="trien-khai-giao-duc-ky-nang-phong-chong-duoi-nuoc-cho-hoc-sinh-thcs-mua-mua-lu",
        title="Triển khai giáo dục kỹ năng phòng, chống đuối nước cho học sinh THCS mùa mưa lũ",
        cat="giao-duc-trung-hoc",
        published_at="2026-10-22T15:00:00+07:00",
        source="ninhthuan.gov.vn",
        blocks=[
            P(
                "Theo kế hoạch của Sở GD&ĐT, từ tháng 10/2026 các trường THCS trên địa bàn tỉnh lồng ghép nội "
                "dung giáo dục kỹ năng phòng, chống đuối nước vào hoạt động trải nghiệm."
            ),
            P(
                "Các trường phối hợp với Tỉnh đoàn, Hội Chữ thập đỏ tổ chức lớp dạy bơi an toàn, hướng dẫn học "
                "sinh nhận biết vùng nước nguy hiểm trong mùa mưa lũ."
            ),
            P(
                "Sở đề nghị phụ huynh tăng cường quản lý con em, không để trẻ tự ý đi tắm sông, suối, ao, hồ "
                "khi không có người lớn đi cùng."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: ninhthuan.gov.vn</em></p>'),
        ],
        opts={"printed": vi_time("2026-10-22 15:00"), "poster": "admin"},
    ),
    Story(
        id=2326,
        slug="ra-mat-cau-lac-bo-tieng-anh-hoc-sinh-thpt-tinh-ninh-thuan",
        title="Ra mắt Câu lạc bộ Tiếng Anh học sinh THPT tỉnh Ninh Thuận",
        cat="tin-tuc-su-kien",
        published_at="2026-10-16T09:10:00+07:00",
        blocks=[
            P(
                "Chiều 15/10/2026, Sở GD&ĐT tổ chức lễ ra mắt Câu lạc bộ Tiếng Anh học sinh THPT tỉnh Ninh "
                "Thuận với 120 thành viên đầu tiên.",
                "ent",
            ),
            P(
                "Câu lạc bộ sinh hoạt vào chiều thứ Bảy hằng tuần tại Trường THPT Chuyên Lê Quý Đôn, với các "
                "hoạt động hùng biện, kịch tiếng Anh và giao lưu cùng tình nguyện viên nước ngoài.",
                "ent",
            ),
            P("Đây là hoạt động thiết thực triển khai Đề án ngoại ngữ quốc gia trên địa bàn tỉnh.", "ent"),
        ],
        opts={"printed": vi_time("2026-10-16 09:10"), "poster": "admin"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def sorted_cat(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.id, reverse=True)


def story_path(s: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{slug or s.slug}-{s.id}.aspx"


def rotator_slug(s: Story) -> str:
    """The RadRotator's item template cuts the slug at 40 characters (mid-word)."""
    return s.slug[:40].rstrip("-")


def old_path(s: Story) -> str:
    return f"/Pages/Detail.aspx?ItemID={s.id}"


def pages_of(cat: str) -> int:
    n = len(sorted_cat(cat))
    return max(1, -(-n // PAGE_SIZE))


def viewstate(key: str) -> str:
    return "/wEPDwUKMTY" + opaque("vs:" + key, 220)


def evvalidation(key: str) -> str:
    return "/wEWDAL" + opaque("ev:" + key, 96)


#: every page-state's view state -> (category slug, page)
LIST_STATES = {viewstate(f"{c}:{p}"): (c, p) for c in CATS for p in range(1, pages_of(c) + 1)}


# --- chrome ---------------------------------------------------------------------------------

MOST_READ = [2361, 2347, 2333, 2391]


def head(title: str, extra: str = "") -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head id="ctl00_Head1"><title>\n\t'
        f"{esc(title)}\n</title>"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        '<meta name="keywords" content="Sở Giáo dục và Đào tạo Ninh Thuận, giáo dục, đào tạo" />'
        f"{extra}"
        '<link href="/App_Themes/SGD/style.css" type="text/css" rel="stylesheet" />'
        '<link href="/WebResource.axd?d=PwD3xR1ekT2&amp;t=638412345678901234" type="text/css" rel="stylesheet" />'
        "</head>\n"
    )


def form_open(action: str, state_key: str) -> str:
    return (
        f'<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">\n<div>\n'
        '<input type="hidden" name="ctl00_ScriptManager1_TSM" id="ctl00_ScriptManager1_TSM" value="" />\n'
        '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(state_key)}" />\n'
        "</div>\n"
        '<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'aspnetForm\'];\n'
        "if (!theForm) {\n    theForm = document.aspnetForm;\n}\n"
        "function __doPostBack(eventTarget, eventArgument) {\n"
        "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
        "        theForm.__EVENTTARGET.value = eventTarget;\n"
        "        theForm.__EVENTARGUMENT.value = eventArgument;\n"
        "        theForm.submit();\n    }\n}\n//]]>\n</script>\n"
        '<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=634604425351482412" '
        'type="text/javascript"></script>\n'
        '<script src="/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ctl00_ScriptManager1_TSM&amp;'
        'compress=1&amp;_TSM_CombinedScripts_=%3b%3bSystem.Web.Extensions" type="text/javascript"></script>\n'
        '<div>\n<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />\n'
        f'<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{evvalidation(state_key)}" />\n'
        "</div>\n"
        "<script type=\"text/javascript\">\n//<![CDATA[\nSys.WebForms.PageRequestManager._initialize("
        f"'ctl00$ScriptManager1', 'aspnetForm', ['t{CPN}$ucDanhSach$RadAjaxPanel1Panel',''], [], [], 90, 'ctl00');\n"
        "//]]>\n</script>\n"
    )


def menu() -> str:
    sub = "".join(
        f'<li class="rmItem"><a class="rmLink" href="/chuyen-muc/{slug}.aspx"><span class="rmText">{esc(name)}'
        "</span></a></li>"
        for slug, (_, name, parent) in CATS.items()
        if parent
    )
    return (
        '<div id="ctl00_ucMenu_RadMenu1" class="RadMenu RadMenu_SGD" style="z-index:7000;">'
        '<ul class="rmRootGroup rmHorizontal">'
        '<li class="rmItem rmFirst"><a class="rmLink" href="/"><span class="rmText">Trang chủ</span></a></li>'
        '<li class="rmItem"><a class="rmLink" href="/gioi-thieu.aspx"><span class="rmText">Giới thiệu</span></a>'
        '<div class="rmSlide"><ul class="rmVertical rmGroup rmLevel1">'
        '<li class="rmItem"><a class="rmLink" href="/gioi-thieu.aspx"><span class="rmText">Chức năng nhiệm vụ'
        "</span></a></li>"
        '<li class="rmItem"><a class="rmLink" href="/co-cau-to-chuc.aspx"><span class="rmText">Cơ cấu tổ chức'
        "</span></a></li></ul></div></li>"
        '<li class="rmItem"><a class="rmLink" href="#"><span class="rmText">Tin tức</span></a>'
        f'<div class="rmSlide"><ul class="rmVertical rmGroup rmLevel1">{sub}</ul></div></li>'
        '<li class="rmItem"><a class="rmLink" href="/chuyen-muc/thong-bao.aspx"><span class="rmText">Thông báo'
        "</span></a></li>"
        '<li class="rmItem"><a class="rmLink" href="#"><span class="rmText">Văn bản</span></a></li>'
        '<li class="rmItem"><a class="rmLink" href="http://thi.moet.gov.vn" target="_blank">'
        '<span class="rmText">Thi - Tuyển sinh</span></a></li>'
        '<li class="rmItem rmLast"><a class="rmLink" href="/lien-he.aspx"><span class="rmText">Liên hệ</span></a>'
        "</li></ul>"
        '<input id="ctl00_ucMenu_RadMenu1_ClientState" name="ctl00_ucMenu_RadMenu1_ClientState" type="hidden" />'
        "</div>"
    )


def header() -> str:
    return (
        '<div id="header"><table width="1000" cellpadding="0" cellspacing="0" align="center"><tr>'
        '<td width="110"><a href="/"><img src="/App_Themes/SGD/images/logo.png" alt="Logo" border="0" /></a></td>'
        '<td><h1 class="ten-don-vi">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NINH THUẬN</h1>'
        '<div class="slogan">Ninh Thuan Department of Education and Training</div></td>'
        f'<td align="right" valign="bottom"><span id="ctl00_ucHeader_lblNgay" class="ngay-hom-nay">{HEADER_TODAY}'
        "</span><br />"
        '<input name="ctl00$ucHeader$txtTimKiem" type="text" id="ctl00_ucHeader_txtTimKiem" class="txt-tim" />'
        '<input type="submit" name="ctl00$ucHeader$btnTimKiem" value="Tìm kiếm" id="ctl00_ucHeader_btnTimKiem" />'
        "</td></tr></table></div>" + menu()
    )


def sidebar() -> str:
    most = "".join(
        f'<li><a id="ctl00_ucXemNhieu_rptTin_ctl0{i}_hlTin" href="{old_path(BY_ID[sid])}">'
        f"{esc(BY_ID[sid].title)}</a></li>"
        for i, sid in enumerate(MOST_READ)
    )
    return (
        '<div id="cot-trai">'
        '<div class="khung"><div class="khung-tieude">TIN XEM NHIỀU</div>'
        f'<ul class="ds-xemnhieu">{most}</ul></div>'
        '<div class="khung"><div class="khung-tieude">VĂN BẢN MỚI</div><ul>'
        '<li><a href="/van-ban/2145-sgddt-gdtrh.aspx">2145/SGDĐT-GDTrH - Hướng dẫn kiểm tra cuối học kỳ I</a></li>'
        "</ul></div>"
        '<div class="khung"><div class="khung-tieude">THƯ VIỆN ẢNH</div>'
        '<a href="/thu-vien-anh/ngay-nha-giao-viet-nam-20-11.aspx"><img src="/Upload/Album/thumb/20-11.jpg" '
        'alt="Ngày Nhà giáo Việt Nam 20/11" width="200" /></a></div>'
        '<div class="khung"><div class="khung-tieude">THĂM DÒ Ý KIẾN</div>'
        "<p>Bạn đánh giá thế nào về giao diện mới của website?</p>"
        '<table id="ctl00_ucBinhChon_rblLuaChon"><tr><td><input id="ctl00_ucBinhChon_rblLuaChon_0" type="radio" '
        'name="ctl00$ucBinhChon$rblLuaChon" value="1" /><label>Đẹp, dễ sử dụng</label></td></tr>'
        '<tr><td><input type="radio" name="ctl00$ucBinhChon$rblLuaChon" value="2" /><label>Bình thường</label>'
        "</td></tr></table>"
        '<input type="submit" name="ctl00$ucBinhChon$btnBinhChon" value="Biểu quyết" /></div>'
        '<div class="khung"><div class="khung-tieude">LIÊN KẾT WEBSITE</div>'
        '<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://ninhthuan.gov.vn">Cổng TTĐT tỉnh Ninh Thuận</option></select></div>'
        '<div class="khung"><div class="khung-tieude">THỐNG KÊ TRUY CẬP</div>'
        '<div class="thongke">Đang online: <span id="ctl00_ucThongKe_lblOnline">37</span><br />'
        'Hôm nay: <span id="ctl00_ucThongKe_lblHomNay">1.204</span><br />'
        'Tổng truy cập: <span id="ctl00_ucThongKe_lblTong">3.418.926</span></div></div>'
        "</div>"
    )


def footer() -> str:
    return (
        '<div id="footer"><p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NINH THUẬN</strong></p>'
        "<p>Địa chỉ: Số 06 đường 16 Tháng 4, TP. Phan Rang - Tháp Chàm, tỉnh Ninh Thuận</p>"
        "<p>Điện thoại: 0259.3822.437 - Fax: 0259.3834.110 - Email: sgddt@ninhthuan.gov.vn</p>"
        "<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT. Giấy phép số 12/GP-STTTT.</p>"
        "<p>© 2012 - 2026 Bản quyền thuộc Sở GD&amp;ĐT Ninh Thuận. Thiết kế bởi Công ty TNHH Phần mềm "
        "Phan Rang Soft</p></div>"
    )


def page(
    title: str, action: str, state_key: str, main: str, breadcrumb: list[tuple[str, str | None]], extra_head: str = ""
) -> str:
    crumbs = " <span class='sep'>»</span> ".join(
        f'<a href="{href}">{esc(label)}</a>' if href else f'<span class="bc-hien-tai">{esc(label)}</span>'
        for label, href in breadcrumb
    )
    return (
        head(title, extra_head)
        + '<body>\n'
        + form_open(action, state_key)
        + '<div id="wrapper">'
        + header()
        + f'<div id="breadcrumb"><a href="/">Trang chủ</a> <span class=\'sep\'>»</span> {crumbs}</div>'
        + '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
        + f'<td valign="top" width="240">{sidebar()}</td>'
        + f'<td valign="top"><div id="noi-dung-chinh">{main}</div></td></tr></table>'
        + footer()
        + "</div>\n"
        + '<script type="text/javascript">\n//<![CDATA[\nSys.Application.add_init(function() {\n'
        + '    $create(Telerik.Web.UI.RadMenu, {"_childListElementCssClass":null,"clientStateFieldID":'
        + '"ctl00_ucMenu_RadMenu1_ClientState","collapseAnimation":"{\\"type\\":12}"}, null, null, '
        + '$get("ctl00_ucMenu_RadMenu1"));\n});\n//]]>\n</script>\n</form>\n</body>\n</html>\n'
    )


# --- article page ---------------------------------------------------------------------------


def render_img(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 500px;" />'
    if img.style == "table":
        return (
            '<table class="tbl-anh" align="center" border="0" cellpadding="3" cellspacing="0" style="width: 500px;">'
            f'<tbody><tr><td style="text-align: center;">{tag}</td></tr>'
            f'<tr><td style="text-align: center; background-color: #eeeeee;"><em>{esc(img.printed or "")}</em></td>'
            "</tr></tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(b))
        elif b.style in ("li", "row", "br"):
            run = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == b.style:
                i += 1
                run.append(blocks[i])
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in run) + "</ul>")
            elif b.style == "row":
                rows = []
                for n, p in enumerate(run):
                    cell = "th" if n == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in p.text.split(" | ")) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;">'
                    f"<tbody>{''.join(rows)}</tbody></table>"
                )
            else:
                out.append(
                    '<div style="text-align: justify;">' + "<br />\n".join(esc(p.text) for p in run) + "<br />\n</div>"
                )
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "h":
            out.append(f'<p style="text-align: justify; text-indent: 30px;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "h3":
            out.append(f'<h3><span style="font-size: 14px;">{esc(b.text)}</span></h3>')
        elif b.style == "word":
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:'
                '115%"><span lang="VI" style="font-size:13.0pt;line-height:115%;font-family:&quot;Times New Roman'
                f'&quot;,&quot;serif&quot;">{esc(b.text)}<o:p></o:p></span></p>\n'
                '<p class="MsoNormal" style="text-align:justify"><span lang="VI"><o:p>&nbsp;</o:p></span></p>'
            )
        elif b.style == "ent":
            out.append(f'<p style="text-align: justify;">{entity_mix(esc(b.text))}</p>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def tabstrip(labels: list[str], ident: str) -> str:
    items = "".join(
        f'<li class="rtsLI{" rtsFirst" if n == 0 else ""}{" rtsLast" if n == len(labels) - 1 else ""}">'
        f'<a class="rtsLink{" rtsSelected" if n == 0 else ""}" href="#"><span class="rtsOut"><span class="rtsIn">'
        f'<span class="rtsTxt">{esc(label)}</span></span></span></a></li>'
        for n, label in enumerate(labels)
    )
    return (
        f'<div id="{ident}" class="RadTabStrip RadTabStrip_Default RadTabStripTop">'
        f'<div class="rtsLevel rtsLevel1"><ul class="rtsUL">{items}</ul></div>'
        f'<input id="{ident}_ClientState" name="{ident}_ClientState" type="hidden" '
        'value="{&quot;selectedIndexes&quot;:[&quot;0&quot;],&quot;logEntries&quot;:[],&quot;scrollState&quot;:{}}" />'
        "</div>"
    )


def article_page(story: Story, request: Request) -> Response:
    _, cat_name, parent = CATS[story.cat]
    o = story.opts
    pre = f"{CP}_ucChiTiet"
    friendly = base_url(request) + story_path(story)
    extra = (
        f'<meta property="og:title" content="{esc(story.title)}" />'
        f'<meta property="og:url" content="{esc(friendly)}" />'
        '<meta property="og:type" content="article" />'
        f'<meta name="description" content="{esc((story.summary or story.title)[:160])}" />'
    )
    tool = '<div class="cong-cu">'
    if o.get("updated"):
        tool += f'<span class="cap-nhat">Cập nhật lần cuối: {o["updated"]}</span> | '
    tool += (
        '<a href="javascript:window.print();"><img src="/App_Themes/SGD/images/print.gif" alt="" /> In bài</a> | '
        '<a href="javascript:void(0)" onclick="guiEmail()"><img src="/App_Themes/SGD/images/email.gif" alt="" /> '
        "Gửi email</a> | Cỡ chữ: <a href=\"javascript:coChu(1)\">A+</a> <a href=\"javascript:coChu(-1)\">A-</a></div>"
    )
    sapo = ""
    if story.summary and (story.sapo_outside or o.get("sapo_twice")):
        sapo = f'<div class="mo-ta"><span id="{pre}_lblMoTa" class="sapo"><strong>{esc(story.summary)}</strong></span></div>'
    attach = "".join(
        f'<li><img src="/App_Themes/SGD/images/icon_doc.gif" alt="" /> <a href="{href}">{esc(label)}</a></li>'
        for href, label in o.get("attach", [])
    ) or "<li>Không có văn bản đính kèm.</li>"
    comments = "".join(
        f'<div class="y-kien"><p class="nguoi-gui"><b>{esc(who)}</b></p><p>{esc(what)}</p></div>'
        for who, what in o.get("comments", [])
    ) or "<p>Chưa có ý kiến nào.</p>"
    newer = [s for s in sorted_cat(story.cat) if s.id > story.id][-3:]
    others = ""
    if newer:
        items = "".join(
            f'<p class="tin-khac"><img src="/App_Themes/SGD/images/bullet.gif" alt="" /> '
            f'<a href="{story_path(s)}">{esc(s.title)}</a> <span class="ngay-nho">({s.opts["printed"][:10]})</span></p>'
            for s in newer
        )
        others = f'<div class="cac-tin-khac"><div class="tieude-khac">Các tin khác</div>{items}</div>'
    main = (
        tool
        + f'<div class="chi-tiet"><span id="{pre}_lblTieuDe" class="tieude-chitiet">{esc(story.title)}</span>'
        + f'<div class="thong-tin">Ngày đăng: <span id="{pre}_lblNgayDang">{o["printed"]}</span> | '
        + f'Lượt xem: <span id="{pre}_lblLuotXem">{story.views()}</span> | '
        + f'Người đăng: <span id="{pre}_lblNguoiDang">{esc(o["poster"])}</span></div>'
        + sapo
        + tabstrip(["Nội dung", "Văn bản đính kèm", "Ý kiến bạn đọc"], f"{pre}_RadTabStrip1")
        + f'<div id="{pre}_RadMultiPage1" class="RadMultiPage RadMultiPage_Default">'
        + f'<div id="{pre}_pvNoiDung" class="rmpView"><div id="{pre}_pnlNoiDung" class="noi-dung">\n'
        + render_blocks(story)
        + "\n</div></div>"
        + f'<div id="{pre}_pvDinhKem" class="rmpView rmpHiddenView" style="display:none;"><ul>{attach}</ul></div>'
        + f'<div id="{pre}_pvYKien" class="rmpView rmpHiddenView" style="display:none;">{comments}'
        + '<p>Họ tên: <input name="ctl00$ContentPlaceHolder1$ucChiTiet$txtHoTen" type="text" /></p>'
        + '<p>Nội dung: <textarea name="ctl00$ContentPlaceHolder1$ucChiTiet$txtNoiDung" rows="4" cols="60"></textarea></p>'
        + '<input type="submit" name="ctl00$ContentPlaceHolder1$ucChiTiet$btnGui" value="Gửi ý kiến" /></div>'
        + f'<input id="{pre}_RadMultiPage1_ClientState" name="{pre}_RadMultiPage1_ClientState" type="hidden" />'
        + "</div>"
        + '<div class="chia-se"><a href="https://www.facebook.com/sharer/sharer.php?u='
        + esc(friendly)
        + '" target="_blank"><img src="/App_Themes/SGD/images/facebook.png" alt="Chia sẻ Facebook" /></a></div>'
        + "</div>"
        + others
    )
    crumbs: list[tuple[str, str | None]] = []
    if parent:
        crumbs.append((parent, None))
    crumbs.append((cat_name, f"/chuyen-muc/{story.cat}.aspx"))
    body = page("Sở GD&ĐT Ninh Thuận - Chi tiết tin", old_path(story), f"d:{story.id}", main, crumbs, extra)
    return html(body)


# --- listings -------------------------------------------------------------------------------


def snippet(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return first[:140].rsplit(" ", 1)[0] + "..."


def pager(cat: str, current: int) -> str:
    total = pages_of(cat)
    if total == 1:
        return ""

    def btn(kind: str, part: str, enabled: bool, title: str) -> str:
        state = "" if enabled else ' disabled="disabled"'
        cls = f"rdpPage{kind}" + ("" if enabled else " rdpDisabled")
        return f'<input type="submit" name="{PAGER}${part}${kind}Button" value=" " title="{title}" class="{cls}"{state} />'

    nums = "".join(
        "<a" + (' class="rdpCurrentPage"' if k == current else "") + " "
        f"href=\"javascript:__doPostBack('{PAGER}$ctl01$ctl{k - 1:02d}','')\"><span>{k}</span></a>"
        for k in range(1, total + 1)
    )
    return (
        f'<div id="{CP}_ucDanhSach_RadDataPager1" class="RadDataPager RadDataPager_Default" style="width:100%;">'
        '<div class="rdpWrap rdpWrap-prev">'
        + btn("First", "ctl00", current > 1, "Trang đầu")
        + btn("Prev", "ctl00", current > 1, "Trang trước")
        + f'</div><div class="rdpWrap rdpNumPart">{nums}</div><div class="rdpWrap rdpWrap-next">'
        + btn("Next", "ctl02", current < total, "Trang sau")
        + btn("Last", "ctl02", current < total, "Trang cuối")
        + f'</div><div class="rdpWrap rdpWrap-info">Trang {current} / {total} ({len(sorted_cat(cat))} tin)</div>'
        f'<input id="{CP}_ucDanhSach_RadDataPager1_ClientState" name="{CP}_ucDanhSach_RadDataPager1_ClientState" '
        'type="hidden" /></div>'
    )


def listing_panel(cat: str, current: int) -> str:
    items = sorted_cat(cat)[(current - 1) * PAGE_SIZE : current * PAGE_SIZE]
    rows = []
    for n, s in enumerate(items):
        href = "../tin-tuc/" + f"{s.slug}-{s.id}.aspx"
        rows.append(
            '<div class="tin-item">'
            f'<a href="{href}"><img src="/Upload/Images/thumb/{s.id}.jpg" class="anh-dd" alt="" /></a>'
            f'<a id="{CP}_ucDanhSach_RadListView1_ctrl{n}_hlTieuDe" class="tieude-tin" href="{href}">{esc(s.title)}</a>'
            f' <span class="ngay">({s.opts["printed"][:10]})</span>'
            f'<div class="mota">{esc(snippet(s))}</div><div class="clear"></div></div>'
        )
    return (
        f'<div id="{CP}_ucDanhSach_RadAjaxPanel1Panel"><div id="{CP}_ucDanhSach_RadAjaxPanel1">'
        f'<div id="{CP}_ucDanhSach_RadListView1" class="RadListView RadListView_Default">'
        + "".join(rows)
        + "</div>"
        + pager(cat, current)
        + "</div></div>"
    )


def listing_page(cat: str, current: int) -> Response:
    cat_id, name, parent = CATS[cat]
    main = (
        f'<div class="tieude-chuyenmuc">{esc(name.upper())}</div>'
        + listing_panel(cat, current)
        + f'<div id="{CP}_ucDanhSach_RadAjaxLoadingPanel1" style="display:none;">'
        '<img src="/App_Themes/SGD/images/loading.gif" alt="Đang tải..." /></div>'
    )
    crumbs: list[tuple[str, str | None]] = [(parent, None)] if parent else []
    crumbs.append((name, None))
    return html(page(f"Sở GD&ĐT Ninh Thuận - {name}", f"/Pages/List.aspx?CatID={cat_id}", f"{cat}:{current}", main, crumbs))


def yellow_screen(message: str) -> Response:
    body = (
        "<html><head><title>" + esc(message) + "</title></head><body bgcolor=\"white\">"
        "<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>"
        f"<h2> <i>{esc(message)}</i> </h2></span>"
        "<b> Exception Details: </b>System.ArgumentException: " + esc(message) + "<br><br>"
        "<b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.0.30319.42000"
        "</body></html>"
    )
    return html(body, status=500)


def listing_post(cat: str, request: Request) -> Response:
    form = request.form
    if "ctl00$ucHeader$btnTimKiem" in form:
        return search_page(form.get("ctl00$ucHeader$txtTimKiem", ""))
    state = LIST_STATES.get(form.get("__VIEWSTATE", ""))
    if state is None or state[0] != cat:
        if "__VIEWSTATE" not in form and "__EVENTTARGET" not in form:
            return listing_page(cat, 1)
        return yellow_screen("Validation of viewstate MAC failed.")
    current = state[1]
    if form.get("__EVENTVALIDATION") != evvalidation(f"{cat}:{current}"):
        return yellow_screen("Invalid postback or callback argument.")
    total = pages_of(cat)
    target = form.get("__EVENTTARGET", "")
    new = current
    m = re.fullmatch(re.escape(PAGER) + r"\$ctl01\$ctl(\d\d)", target)
    if m:
        new = int(m.group(1)) + 1
    elif f"{PAGER}$ctl02$NextButton" in form:
        new = current + 1
    elif f"{PAGER}$ctl02$LastButton" in form:
        new = total
    elif f"{PAGER}$ctl00$PrevButton" in form:
        new = current - 1
    elif f"{PAGER}$ctl00$FirstButton" in form:
        new = 1
    elif target:
        return yellow_screen("Invalid postback or callback argument.")
    if not 1 <= new <= total:
        return yellow_screen("Invalid postback or callback argument.")
    ajax = {k.lower(): v for k, v in request.headers.items()}.get("x-microsoftajax", "")
    if ajax.startswith("Delta"):
        panel = listing_panel(cat, new)
        vs, ev = viewstate(f"{cat}:{new}"), evvalidation(f"{cat}:{new}")
        delta = (
            f"{len(panel)}|updatePanel|{CP}_ucDanhSach_RadAjaxPanel1Panel|{panel}|"
            f"{len(vs)}|hiddenField|__VIEWSTATE|{vs}|{len(ev)}|hiddenField|__EVENTVALIDATION|{ev}|"
        )
        return Response(200, delta, {"Content-Type": "text/plain; charset=utf-8"})
    return listing_page(cat, new)


# --- other pages ----------------------------------------------------------------------------


def home_page() -> Response:
    rot = [BY_ID[2391], BY_ID[2384], BY_ID[2388]]
    rot_html = "".join(
        f'<li class="rrItem"><div class="noibat"><a href="tin-tuc/{rotator_slug(s)}-{s.id}.aspx">'
        f'<img src="/Upload/Images/thumb/{s.id}.jpg" alt="" width="460" /></a>'
        f'<a class="noibat-tieude" href="tin-tuc/{rotator_slug(s)}-{s.id}.aspx">{esc(s.title[:60])}...</a></div></li>'
        for s in rot
    )

    def lst(ids: list[int]) -> str:
        return "<ul class=\"ds-tin\">" + "".join(
            f'<li><a href="tin-tuc/{BY_ID[i].slug}-{i}.aspx">{esc(BY_ID[i].title)}</a> '
            f'<span class="ngay-nho">({BY_ID[i].opts["printed"][:10]})</span></li>'
            for i in ids
        ) + "</ul>"

    views = [[2393, 2391, 2388, 2384, 2380, 2377], [2393], [2388, 2361, 2333], [2380, 2347]]
    multipage = "".join(
        f'<div id="{CP}_pvTab{n}" class="rmpView{"" if n == 0 else " rmpHiddenView"}"'
        + ("" if n == 0 else ' style="display:none;"')
        + f">{lst(ids)}</div>"
        for n, ids in enumerate(views)
    )
    main = (
        f'<div id="{CP}_RadRotator1" class="RadRotator RadRotator_Default" style="height:300px;width:480px;">'
        f'<div class="rrRelativeWrapper"><div class="rrClipRegion"><ul class="rrItemsList">{rot_html}</ul></div>'
        f'</div><input id="{CP}_RadRotator1_ClientState" name="{CP}_RadRotator1_ClientState" type="hidden" /></div>'
        + tabstrip(["Tin mới nhất", "Thông báo", "Giáo dục Trung học", "Mầm non - Tiểu học"], f"{CP}_RadTabStrip1")
        + f'<div id="{CP}_RadMultiPage1" class="RadMultiPage RadMultiPage_Default">{multipage}</div>'
        + '<div class="xem-tat-ca"><a href="/chuyen-muc/tin-tuc-su-kien.aspx">Xem tất cả tin tức »</a></div>'
    )
    body = page("Sở Giáo dục và Đào tạo tỉnh Ninh Thuận", "/Default.aspx", "home", main, [])
    body = body.replace(
        '<div id="breadcrumb"><a href="/">Trang chủ</a> <span class=\'sep\'>»</span> </div>', ""
    )
    return html(body)


def search_page(q: str) -> Response:
    main = (
        f'<div class="tieude-chuyenmuc">KẾT QUẢ TÌM KIẾM</div><p>Không tìm thấy kết quả nào cho từ khóa '
        f"“{esc(q)}”.</p>"
    )
    return html(page("Sở GD&ĐT Ninh Thuận - Tìm kiếm", "/Pages/Search.aspx", "search", main, [("Tìm kiếm", None)]))


def static_page(title: str, inner: str, key: str, action: str) -> Callable[[], Response]:
    def build() -> Response:
        main = f'<div class="tieude-chuyenmuc">{esc(title.upper())}</div><div class="noi-dung">{inner}</div>'
        return html(page(f"Sở GD&ĐT Ninh Thuận - {title}", action, key, main, [(title, None)]))

    return build


STATIC_PAGES: dict[str, Callable[[], Response]] = {
    "/gioi-thieu.aspx": static_page(
        "Giới thiệu",
        "<p>Sở Giáo dục và Đào tạo tỉnh Ninh Thuận là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp UBND "
        "tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>"
        "<p>Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, hướng dẫn về chuyên môn "
        "nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>",
        "gioithieu",
        "/gioi-thieu.aspx",
    ),
    "/co-cau-to-chuc.aspx": static_page(
        "Cơ cấu tổ chức",
        "<table border='1' cellpadding='4'><tr><th>Đơn vị</th><th>Trưởng đơn vị</th></tr>"
        "<tr><td>Văn phòng Sở</td><td>Chánh Văn phòng</td></tr>"
        "<tr><td>Phòng Giáo dục Trung học</td><td>Trưởng phòng</td></tr>"
        "<tr><td>Phòng Giáo dục Mầm non - Tiểu học</td><td>Trưởng phòng</td></tr></table>",
        "cocau",
        "/co-cau-to-chuc.aspx",
    ),
    "/lien-he.aspx": static_page(
        "Liên hệ",
        "<p>Sở Giáo dục và Đào tạo tỉnh Ninh Thuận</p><p>Địa chỉ: Số 06 đường 16 Tháng 4, TP. Phan Rang - Tháp "
        "Chàm</p><p>Điện thoại: 0259.3822.437 - Email: sgddt@ninhthuan.gov.vn</p>"
        '<p>Họ tên: <input name="ctl00$ContentPlaceHolder1$txtHoTen" type="text" /></p>'
        '<input type="submit" name="ctl00$ContentPlaceHolder1$btnGui" value="Gửi" />',
        "lienhe",
        "/lien-he.aspx",
    ),
    "/van-ban/2145-sgddt-gdtrh.aspx": static_page(
        "Văn bản",
        "<table class='tt-vanban' border='1' cellpadding='4'>"
        "<tr><td>Số ký hiệu</td><td>2145/SGDĐT-GDTrH</td></tr>"
        "<tr><td>Ngày ban hành</td><td>01/12/2026</td></tr>"
        "<tr><td>Loại văn bản</td><td>Công văn</td></tr>"
        "<tr><td>Trích yếu</td><td>Hướng dẫn tổ chức kiểm tra cuối học kỳ I cấp THCS, THPT năm học 2026-2027</td></tr>"
        "<tr><td>Người ký</td><td>Nguyễn Văn Đức</td></tr>"
        "<tr><td>Tệp đính kèm</td><td><a href='/Upload/Files/2026/12/CV2145-SGDDT-GDTrH.pdf'>CV2145.pdf</a></td></tr>"
        "</table>",
        "vanban2145",
        "/van-ban/2145-sgddt-gdtrh.aspx",
    ),
    "/thu-vien-anh/ngay-nha-giao-viet-nam-20-11.aspx": static_page(
        "Thư viện ảnh",
        "<h2>Ngày Nhà giáo Việt Nam 20/11</h2><div class='album'>"
        + "".join(f"<a href='/Upload/Album/20-11/{n}.jpg'><img src='/Upload/Album/20-11/thumb/{n}.jpg' alt='' /></a>" for n in range(1, 5))
        + "</div>",
        "album2011",
        "/thu-vien-anh/ngay-nha-giao-viet-nam-20-11.aspx",
    ),
}

_DETAIL = re.compile(r"/tin-tuc/[A-Za-z0-9-]*?-?(\d+)\.aspx")
_LIST = re.compile(r"/chuyen-muc/([a-z0-9-]+)\.aspx")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.lower().endswith(".axd"):
            return Response(200, b"/* telerik resource */", {"Content-Type": "application/javascript"})
        if path.lower().endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/Upload/", "/App_Themes/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/Default.aspx"):
            return home_page()
        if (m := _DETAIL.fullmatch(path)) and (story := BY_ID.get(int(m.group(1)))):
            return article_page(story, request)
        if path == "/Pages/Detail.aspx":
            item = request.params.get("ItemID", "")
            story = BY_ID.get(int(item)) if item.isdigit() else None
            return article_page(story, request) if story else None
        cat = None
        if (m := _LIST.fullmatch(path)) and m.group(1) in CATS:
            cat = m.group(1)
        elif path == "/Pages/List.aspx":
            cid = request.params.get("CatID", "")
            cat = CAT_BY_ID.get(int(cid)) if cid.isdigit() else None
            if cat is None:
                return None
        if cat:
            if request.method == "POST":
                return listing_post(cat, request)
            return listing_page(cat, 1)
        if path in STATIC_PAGES:
            return STATIC_PAGES[path]()
        if path == "/Pages/Search.aspx" and request.method == "POST":
            return search_page(request.form.get("ctl00$ucHeader$txtTimKiem", ""))
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alts = [old_path(story)]
    if story.opts.get("rotator"):
        alts.append(story_path(story, rotator_slug(story)))
    return gold_record(story, story_path(story), CATS[story.cat][1], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu.aspx",
    "/co-cau-to-chuc.aspx",
    "/lien-he.aspx",
    "/van-ban/2145-sgddt-gdtrh.aspx",
    "/thu-vien-anh/ngay-nha-giao-viet-nam-20-11.aspx",
]
