"""Phòng Giáo dục và Đào tạo huyện Bảo Lâm (Lâm Đồng): an ASP.NET WebForms 4.5 vendor portal.

Platform
--------
A local vendor's ASP.NET WebForms 4.5 site on IIS (C#): one master page (``ctl00``) with a
``ScriptManager`` and UpdatePanels, one ``<form id="aspnetForm">`` wrapping every page, control ids
of the ``ctl00_cphMain_…`` kind, listings made of a ``Repeater`` (``rptTinTuc``) and a pager made of
LinkButtons (``rptTrang``'s ``lnkSoTrang``, ``lnkTruoc``, ``lnkSau``) that page by ``__doPostBack``:
a form POST of ``__EVENTTARGET``, ``__EVENTARGUMENT``, ``__VIEWSTATE``, ``__VIEWSTATEGENERATOR`` and
``__EVENTVALIDATION`` (the last one printed at the *end* of the form, as ASP.NET 4.5 does). The
listing sits in an UpdatePanel (``ctl00_cphMain_upDanhSach``): a browser pages it by an async
postback (``X-MicrosoftAjax: Delta=true``) that gets the ``1|#||4|…|updatePanel|…`` delta format;
a plain form POST gets the whole page.

URL scheme
----------
- ``/`` answers 302 to ``/Default.aspx`` (the home page).
- ``/Pages/DanhSachTin.aspx?CatID=<n>``: a listing, 3 items a page, newest first; page 2+ only by
  postback (GET ``&page=2`` / ``&Trang=2`` is ignored and gives page 1).
- ``/Pages/ChiTietTin.aspx?ItemID=<n>&CatID=<n>``: an article. The page reads ``ItemID`` only
  (query keys case-insensitive, other parameters ignored), so the same item answers under other
  parameter orders, another ``CatID``, no ``CatID`` or extra parameters.
- ``/Pages/InTin.aspx?ItemID=<n>``: print view (opened by ``javascript:window.open``).
- ``/Pages/GioiThieu.aspx?ID=1|2``, ``/Pages/LienHe.aspx``, ``/Pages/DanhSachVanBan.aspx``,
  ``/Pages/ChiTietVanBan.aspx?VBID=<n>``, ``/Pages/ThuVienAnh.aspx?AlbumID=3``,
  ``/Pages/TimKiem.aspx?tukhoa=…`` (the search button posts back and is redirected there).
- Paths are case-insensitive (IIS). Images under ``/Upload/…``, theme under ``/App_Themes/PGD/``.

Page templates
--------------
- Home: header (site banner ``<h1>``, today's date), menu with drop-downs, a ``<marquee>`` ticker,
  "Tin nổi bật" slider (links with ``CatID`` first), boxes per category, sidebars.
- Listing: breadcrumb ``div.duongdan``, Repeater items ``div.tin_ds`` (thumbnail, title cut to
  about 70 characters with "...", date in M/d/yyyy, sapo), pager ``div.phantrang``.
- Article: one layout ``<td class="o_noidung">`` holding kicker (``lblTieuDePhu``), headline
  (``span#ctl00_cphMain_lblTieuDe`` in ``div.tieude_ct``), info bar (``Ngày đăng: dd/MM/yyyy
  h:mm:ss SA|CH``, "Lượt xem", sometimes "Người đăng" and "Sửa lần cuối"), sapo (``lblMoTa``),
  the text (``div#ctl00_cphMain_divNoiDung``), author (``lblTacGia``), source (``lblNguon``),
  attachments, tools, "Tin liên quan", reader comments and the comment form, "Các tin mới".

How each gold article is reached (3 a page; category 2 has 3 pages, category 5 has 2)
-------------------------------------------------------------------------------------
- Tin tức - Sự kiện (CatID=2) p1: 1201, 1195, 1189; p2 (postback): 1180, 1171, 1166;
  p3 (postback): 1158.
- Chuyên môn - Nghiệp vụ (CatID=5) p1: 1198, 1183, 1180 (cross-listed, link ``CatID=5``);
  p2 (postback): 1174, 1161.
- Thông báo (CatID=8), one page: 1196, 1190.
- Home links 1201, 1198, 1196, 1195, 1190, 1189, 1183 (slider 1201, 1198, 1195 with ``CatID``
  first); "Tin đọc nhiều" links 1180, 1171, 1183 with ``&t=dn`` (and the deleted 1099);
  "Tin liên quan" links 1171 (from 1201) and 1180 (from 1189) as ``ChiTietTin.aspx?ItemID=n``.
- Reachable only through postback pages: 1166, 1158 (CatID=2), 1174, 1161 (CatID=5).

Traps
-----
1. Postback-only pagination (not in the README's list): pages 2+ exist only as the answer to a
   POST of the form with ``__EVENTTARGET=ctl00$cphMain$rptTrang$ctl01$lnkSoTrang`` (or
   ``ctl00$cphMain$lnkSau``) and the page's own ``__VIEWSTATE`` and ``__EVENTVALIDATION`` (the
   latter printed after the listing, near ``</form>``). "Sau »" is relative to the page held in
   the view state; a foreign or missing view state gives ASP.NET's 500 "Validation of viewstate
   MAC failed", an unregistered target 500 "Invalid postback or callback argument"; GET
   ``?page=2`` silently serves page 1. Gold: 1166, 1158, 1174, 1161 are in the gold and are only
   reachable that way; the POST answers are listings, not articles.
2. A canonical that lies (not listed): the master page hard-codes
   ``<link rel="canonical" href="http://<host>/">`` on every page, articles included. Gold: the
   canonical is ignored; ``canonical_path`` is each article's listing URL
   (``/Pages/ChiTietTin.aspx?ItemID=n&CatID=c``), and the thirteen articles stay thirteen.
3. Where the headline is (not listed): ``<title>`` is the same vendor string on every page, the
   only ``<h1>`` is the site banner, listings cut titles to about 70 characters with "...",
   and two articles print a kicker (``lblTieuDePhu``, capitals, "CHÀO MỪNG KỶ NIỆM …") above the
   headline. Gold: ``title`` is ``lblTieuDe`` in full, without the kicker.
4. Dates in two cultures (not listed as such): the article prints vi-VN ``dd/MM/yyyy h:mm:ss``
   with SA/CH for AM/PM (``3:20:00 CH`` = 15:20, ``12:10:00 CH`` = 12:10 noon, ``9:05:00 SA`` =
   09:05), the listings print the server's en-US ``M/d/yyyy`` ("(12/4/2026)" is 4 December),
   comments print their own times, "Sửa lần cuối" is an update. Gold: ``published_at`` from
   "Ngày đăng" with +07:00; "12:00:00 SA" (1171) is midnight, so the day alone.
5. A soft 404 (not listed): "Tin đọc nhiều" still links ``ItemID=1099`` (deleted); the page
   answers 200 with the full chrome and "Tin bạn yêu cầu không tồn tại hoặc đã bị xóa!". Gold:
   not an article, not in NON_ARTICLES, no record.
6. Reader comments inside the text's cell (not listed): "Ý kiến bạn đọc" (name, time, text in
   ``<p>``) and the comment form sit in the same ``<td class="o_noidung">`` as the text, after
   "Tin liên quan". Gold: no comment is body; the body ends with the article's last paragraph.
7. One item, many URLs: listing URL, ``CatID=…&ItemID=…`` (home slider), ``&t=dn`` (most
   read), ``CatID=5`` for the cross-listed 1180, ``ItemID`` alone ("Tin liên quan"), and the print
   view. The breadcrumb always prints the item's own category (1180 under ``CatID=5`` still says
   "Tin tức - Sự kiện"). Gold: one record each, the variants in ``alt_paths``, ``category`` the
   item's own.
8. An official notice (1196): letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận", "KT.
   TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG / (Đã ký) / Nguyễn Thị Lan"; posted 01/12 but dated "ngày 30
   tháng 11 năm 2026"; info bar "Người đăng: quantri". Gold: published_at "2026-11-30", author
   "Nguyễn Thị Lan", body the numbered points only.
9. Bylines, credits and captions as this vendor prints them: right-aligned bold line inside the
   text ("Tin, ảnh: Hoàng Nam", "Đinh Thị Thu Trang (Trường THCS Lộc An)", a unit "Bộ phận
   Chuyên môn"), ``lblTacGia`` ("Tác giả: ThS. Trần Văn Minh - Chuyên viên Phòng GD&ĐT", "Tin:
   Phạm Thị Mai - Ảnh: K’Brăm", "Người viết: Lê Quang Vinh - Tổ Tin học"), captions in the second
   row of a two-row table, in an italic centred ``<p>`` after the photo, in parentheses, a
   credit-only line "(Ảnh: K’Brăm)", and a caption with the credit appended "… (Ảnh: Thanh
   Hương)". Gold: names only; credits become photographers, never captions.
10. Sapo in three shapes: in ``lblMoTa`` outside the text (gold: summary and first body
    paragraph), as a bold first paragraph inside the text (summary), or none (summary null);
    the listing's sapo is a cut copy, not a source.
11. Old editor markup: Word paste (``MsoNormal``, ``<o:p>``, ``<o:p>&nbsp;</o:p>`` spacers), a
    text typed as one ``<div>`` with ``<br /><br />`` between paragraphs and in decomposed
    Unicode (NFD, 1171), a text saved with CKEditor's entities (``&agrave;``, ``&#7897;``, every
    second character, 1195), ``<p>&nbsp;</p>`` spacers. Gold: NFC text, spacers are nothing.
12. Lines that look like text: "Xem thêm: <link>", "File đính kèm:"/"Tải về:" lines, "Theo
    Báo Lâm Đồng" (source), "Nguồn:" in ``lblNguon``. Gold: not body; source "Báo Lâm Đồng" /
    "Sở GD&ĐT Lâm Đồng".

Gold decisions on ambiguous points
----------------------------------
- ``category`` is the last breadcrumb item (the parent "Tin tức" is printed as plain text).
- ``canonical_path`` = ``path`` = the URL the category listing links (trap 2).
- A caption line that carries a credit ("… (Ảnh: Thanh Hương)") gives the caption without the
  credit and the photographer from the credit.
- The print view, the home slider's ``CatID``-first URLs, ``&t=dn`` URLs, ``ItemID``-only URLs and
  the cross-listing ``CatID=5`` URL are ``alt_paths``.
- A table inside the text (1190) gives one paragraph per row, header row included.
- Pages that are not articles: the two intro pages, contact, two document entries, the photo
  album (NON_ARTICLES); listings, search and the soft 404 are neither.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote_plus

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

NAME = "aspnet_repeater_postback_pgd"
PLATFORM = "ASP.NET WebForms 4.5 (IIS, C#), vendor Repeater + LinkButton __doPostBack pager"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3
SITE_TITLE = "Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Bảo Lâm"

CATS = {2: "Tin tức - Sự kiện", 5: "Chuyên môn - Nghiệp vụ", 8: "Thông báo"}
#: the parent crumb printed (as text) before a category
PARENT = {2: "Tin tức", 5: "Tin tức", 8: None}

IMG_DIR = "../Upload/TinTuc/2026"


def _right(inner: str) -> Raw:
    """A byline the editor typed at the end of the text, right-aligned."""
    return Raw(f'<p style="text-align: right;"><strong>{inner}</strong></p>')


STORIES: list[Story] = [
    Story(
        id=1201,
        slug="giao-luu-tieng-viet",
        title="Giao lưu “Tiếng Việt của chúng em” dành cho học sinh dân tộc thiểu số cấp tiểu học năm học 2026 - 2027",
        cat=2,
        published_at="2026-12-04T15:20:00+07:00",
        summary="Sáng 04/12, tại Trường TH Lộc Bảo, Phòng GD&ĐT huyện Bảo Lâm tổ chức giao lưu “Tiếng Việt của chúng em” cho học sinh dân tộc thiểu số cấp tiểu học với sự tham gia của 18 đội đến từ các trường trên địa bàn huyện.",
        sapo_outside=True,
        blocks=[
            P("Đây là hoạt động thường niên nhằm tạo sân chơi bổ ích giúp các em học sinh người dân tộc thiểu số tự tin giao tiếp bằng tiếng Việt, đồng thời phát hiện và bồi dưỡng những học sinh có năng khiếu, góp phần nâng cao chất lượng giáo dục toàn diện ở vùng đồng bào dân tộc."),
            Img(f"{IMG_DIR}/12/04/1201_01.jpg", "Các đội tham gia giao lưu chụp ảnh lưu niệm cùng Ban tổ chức", "Các đội tham gia giao lưu chụp ảnh lưu niệm cùng Ban tổ chức", "tbl"),
            P("Mỗi đội gồm 3 học sinh lớp 4, lớp 5 tham gia bốn phần thi: chào hỏi, kể chuyện theo tranh, hùng biện và năng khiếu. Nhiều tiết mục được các em dàn dựng công phu, lồng ghép trang phục, nhạc cụ truyền thống của đồng bào K’Ho, Mạ, Tày, Nùng đang sinh sống trên địa bàn huyện."),
            P("Phát biểu tại buổi giao lưu, bà Nguyễn Thị Lan, Phó Trưởng phòng GD&ĐT huyện ghi nhận sự chuẩn bị chu đáo của các nhà trường và đề nghị giáo viên tiếp tục quan tâm tăng cường tiếng Việt cho học sinh ngay từ lớp Một, nhất là ở các điểm trường lẻ."),
            Img(f"{IMG_DIR}/12/04/1201_02.jpg", "(Phần thi kể chuyện theo tranh của đội Trường TH Lộc Bắc)", "Phần thi kể chuyện theo tranh của đội Trường TH Lộc Bắc", "next"),
            P("Kết quả, Ban tổ chức trao 2 giải Nhất cho đội Trường TH Lộc Bảo và Trường TH B’Lá; 4 giải Nhì, 6 giải Ba và 6 giải Khuyến khích cho các đội còn lại."),
            _right("Tin, ảnh: Hoàng Nam"),
        ],
        authors=["Hoàng Nam"],
        photographers=["Hoàng Nam"],
        opts={
            "ngay": "04/12/2026 3:20:00 CH",
            "related": [1171],
            "comments": [
                ("Lê Thị Hằng", "04/12/2026 8:17:32 CH", "Hoạt động rất ý nghĩa, mong Phòng tổ chức thường xuyên hơn để các cháu vùng sâu tự tin khi giao tiếp."),
            ],
        },
    ),
    Story(
        id=1198,
        slug="kiem-tra-noi-bo",
        title="Một số lưu ý khi triển khai kiểm tra nội bộ trường học năm học 2026 - 2027",
        cat=5,
        published_at="2026-12-02T09:45:00+07:00",
        summary="Kiểm tra nội bộ là nhiệm vụ thường xuyên của thủ trưởng các đơn vị trường học nhằm đánh giá đúng thực trạng, kịp thời điều chỉnh và nâng cao hiệu quả quản lý. Dưới đây là một số lưu ý của Phòng GD&ĐT đối với các trường mầm non, tiểu học và trung học cơ sở.",
        blocks=[
            P("Kiểm tra nội bộ là nhiệm vụ thường xuyên của thủ trưởng các đơn vị trường học nhằm đánh giá đúng thực trạng, kịp thời điều chỉnh và nâng cao hiệu quả quản lý. Dưới đây là một số lưu ý của Phòng GD&ĐT đối với các trường mầm non, tiểu học và trung học cơ sở.", "b"),
            P("1. Về xây dựng kế hoạch", "h"),
            P("Kế hoạch kiểm tra nội bộ phải được xây dựng ngay từ đầu năm học, bám sát hướng dẫn của Sở GD&ĐT và tình hình thực tế của đơn vị; xác định rõ nội dung, đối tượng, thời gian và người phụ trách từng nội dung kiểm tra."),
            P("2. Về nội dung kiểm tra", "h"),
            P("Kiểm tra hoạt động sư phạm của giáo viên: mỗi năm học kiểm tra ít nhất 1/3 tổng số giáo viên của trường;", "li"),
            P("Kiểm tra chuyên đề: tập trung vào việc thực hiện chương trình, hồ sơ chuyên môn, công tác chủ nhiệm;", "li"),
            P("Kiểm tra công tác quản lý tài chính, tài sản và việc thực hiện quy chế dân chủ ở cơ sở.", "li"),
            P("3. Về hồ sơ và báo cáo", "h"),
            P("Sau mỗi đợt kiểm tra, tổ kiểm tra lập biên bản, có kết luận rõ ràng và theo dõi việc khắc phục tồn tại. Báo cáo tổng hợp kết quả kiểm tra nội bộ học kỳ I gửi về Phòng GD&ĐT (qua bộ phận Chuyên môn) trước ngày 10/01/2027."),
            P("Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ bộ phận Thanh tra - Pháp chế của Phòng để được hướng dẫn."),
            Raw("<p>&nbsp;</p>"),
            _right("Bộ phận Chuyên môn"),
        ],
        authors=["Bộ phận Chuyên môn"],
        opts={
            "ngay": "02/12/2026 9:45:00 SA",
            "attach": [("HD_KTNB_2026-2027.pdf", "/Upload/VanBan/2026/HD_KTNB_2026-2027.pdf")],
        },
    ),
    Story(
        id=1196,
        slug="thong-bao-hsg9",
        title="Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        cat=8,
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="width:40%;text-align:center">UBND HUYỆN BẢO LÂM<br /><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />'
                "Số: 412/TB-PGDĐT</td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
                "<em>Bảo Lâm, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027</strong></p>"
            ),
            P("Căn cứ Kế hoạch số 178/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về thực hiện nhiệm vụ năm học 2026 - 2027;"),
            P("Phòng Giáo dục và Đào tạo thông báo tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện như sau:"),
            P("1. Môn thi: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học."),
            P("2. Đối tượng dự thi: học sinh đang học lớp 9 tại các trường THCS, TH&THCS trên địa bàn huyện, có kết quả học tập và rèn luyện năm học 2025 - 2026 đạt mức Tốt."),
            P("3. Thời gian thi: ngày 22/12/2026 (buổi sáng làm thủ tục dự thi, buổi chiều thi các môn theo lịch)."),
            P("4. Địa điểm thi: Trường THCS Lộc Thắng, thị trấn Lộc Thắng."),
            P("5. Hồ sơ đăng ký: các trường gửi danh sách học sinh dự thi (theo mẫu đính kèm) về Phòng GD&ĐT qua hệ thống quản lý văn bản trước ngày 12/12/2026."),
            P("Nhận được Thông báo này, đề nghị Hiệu trưởng các trường triển khai thực hiện nghiêm túc./."),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />'
                "- Các trường THCS, TH&amp;THCS;<br />- Lãnh đạo Phòng;<br />- Lưu: VT, CM.</td>"
                '<td style="text-align:center;vertical-align:top"><strong>KT. TRƯỞNG PHÒNG<br />PHÓ TRƯỞNG PHÒNG</strong><br /><br />'
                "<em>(Đã ký)</em><br /><br /><strong>Nguyễn Thị Lan</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={
            "ngay": "01/12/2026 8:15:00 SA",
            "nguoidang": "quantri",
            "attach": [("Mau_DK_HSG9_2026.doc", "/Upload/VanBan/2026/Mau_DK_HSG9_2026.doc")],
        },
    ),
    Story(
        id=1195,
        slug="ngay-hoi-doc-sach",
        title="Ngày hội đọc sách “Sách - Người bạn đồng hành” tại Trường THCS Lộc An",
        cat=2,
        published_at="2026-11-28T12:10:00+07:00",
        blocks=[
            P("Ngày 27/11, Trường THCS Lộc An tổ chức Ngày hội đọc sách với chủ đề “Sách - Người bạn đồng hành” nhằm khơi dậy niềm đam mê đọc sách, xây dựng văn hóa đọc trong học sinh."),
            P("Ngày hội gồm nhiều hoạt động sôi nổi như: trưng bày sách theo chủ đề, giới thiệu sách của các lớp, thi vẽ tranh minh họa nhân vật yêu thích, đố vui về tác phẩm văn học và trao đổi sách cũ giữa các khối lớp."),
            Img(f"{IMG_DIR}/11/28/1195_01.jpg", None, None, "none"),
            P("Thư viện nhà trường hiện có hơn 6.200 bản sách, trong đó gần 1.500 bản do phụ huynh, cựu học sinh và các nhà hảo tâm quyên góp trong hai năm gần đây. Ngoài phòng đọc chính, nhà trường bố trí thêm 12 tủ sách lớp học và một “góc đọc xanh” dưới tán cây trong sân trường."),
            P("Em Ka Huyền, học sinh lớp 8A3 chia sẻ: “Em thích nhất phần giới thiệu sách vì được kể cho các bạn nghe về cuốn Dế Mèn phiêu lưu ký. Em mong thư viện có thêm nhiều truyện tranh về lịch sử Việt Nam”."),
            P("Dịp này, Ban giám hiệu khen thưởng 15 học sinh có số lượt mượn sách nhiều nhất trong năm học 2025 - 2026."),
            Raw('<p><em>Xem thêm: <a href="ChiTietTin.aspx?ItemID=1171&amp;CatID=2">Trao 120 suất học bổng cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn</a></em></p>'),
            _right("Đinh Thị Thu Trang (Trường THCS Lộc An)"),
        ],
        authors=["Đinh Thị Thu Trang"],
        opts={"ngay": "28/11/2026 12:10:00 CH", "fmt": "ent"},
    ),
    Story(
        id=1190,
        slug="truong-chuan-quoc-gia",
        title="Danh sách trường học được công nhận lại đạt chuẩn quốc gia năm 2026",
        cat=8,
        published_at="2026-11-26T09:05:00+07:00",
        summary="Ngày 20/11/2026, UBND tỉnh Lâm Đồng ban hành Quyết định công nhận lại trường đạt chuẩn quốc gia đối với 5 trường học trên địa bàn huyện Bảo Lâm.",
        sapo_outside=True,
        blocks=[
            P("Phòng GD&ĐT huyện Bảo Lâm thông báo danh sách cụ thể như sau:"),
            P("TT | Tên trường | Mức độ | Số quyết định", "th"),
            P("1 | Trường MN Lộc Thắng | Mức độ 1 | 1825/QĐ-UBND", "tr"),
            P("2 | Trường TH Lộc Ngãi | Mức độ 2 | 1826/QĐ-UBND", "tr"),
            P("3 | Trường TH Lộc Phú | Mức độ 1 | 1826/QĐ-UBND", "tr"),
            P("4 | Trường THCS Lộc Quảng | Mức độ 1 | 1827/QĐ-UBND", "tr"),
            P("5 | Trường TH&THCS Lộc Lâm | Mức độ 1 | 1827/QĐ-UBND", "tr"),
            P("Các trường được công nhận lại có trách nhiệm duy trì và nâng cao các tiêu chuẩn đã đạt, xây dựng kế hoạch cải tiến chất lượng sau công nhận và báo cáo định kỳ về Phòng GD&ĐT."),
        ],
        source="Sở GD&ĐT Lâm Đồng",
        opts={"ngay": "26/11/2026 9:05:00 SA", "nguoidang": "admin", "nguon": "Sở GD&ĐT Lâm Đồng"},
    ),
    Story(
        id=1189,
        slug="doan-kiem-tra-so",
        title="Đoàn công tác Sở GD&ĐT Lâm Đồng kiểm tra công tác đầu năm học tại huyện Bảo Lâm",
        cat=2,
        published_at="2026-11-24T16:05:00+07:00",
        summary="Từ ngày 18 đến 21/11, đoàn công tác của Sở GD&ĐT Lâm Đồng do ông Phạm Quốc Hưng, Phó Giám đốc Sở làm trưởng đoàn đã kiểm tra công tác chuẩn bị và triển khai nhiệm vụ năm học 2026 - 2027 tại 9 trường học trên địa bàn huyện Bảo Lâm.",
        sapo_outside=True,
        blocks=[
            P("Đoàn đã kiểm tra cơ sở vật chất, hồ sơ quản lý, việc thực hiện Chương trình giáo dục phổ thông 2018, công tác bán trú và đảm bảo an toàn trường học; đồng thời dự giờ 24 tiết dạy ở các cấp học."),
            Img(f"{IMG_DIR}/11/24/1189_01.jpg", "Đoàn công tác dự giờ tại lớp 2A, Trường TH Lộc Quảng", "Đoàn công tác dự giờ tại lớp 2A, Trường TH Lộc Quảng", "tbl"),
            P("Qua kiểm tra, đoàn đánh giá các nhà trường đã chủ động xây dựng kế hoạch giáo dục phù hợp, huy động học sinh ra lớp đạt tỷ lệ cao: trẻ 5 tuổi ra lớp đạt 100%, học sinh lớp 1 đạt 100%, học sinh lớp 6 đạt 99,6%. Công tác phổ cập giáo dục, xóa mù chữ tiếp tục được duy trì vững chắc."),
            P("Bên cạnh đó, đoàn cũng chỉ ra một số hạn chế như: một số điểm trường lẻ còn thiếu phòng học bộ môn, thiết bị dạy học tối thiểu chưa đồng bộ; việc ứng dụng công nghệ thông tin trong quản lý hồ sơ điện tử ở một vài đơn vị còn chậm."),
            Img(f"{IMG_DIR}/11/24/1189_02.jpg", "(Ảnh: K’Brăm)", None, "next"),
            P("Phát biểu kết luận, ông Phạm Quốc Hưng đề nghị Phòng GD&ĐT tham mưu UBND huyện ưu tiên nguồn lực đầu tư cơ sở vật chất cho các trường vùng khó khăn, đẩy mạnh chuyển đổi số và quan tâm hơn nữa đến chất lượng dạy học ở các lớp có đông học sinh dân tộc thiểu số."),
        ],
        authors=["Phạm Thị Mai"],
        photographers=["K’Brăm"],
        opts={"ngay": "24/11/2026 4:05:00 CH", "tacgia": "Tin: Phạm Thị Mai - Ảnh: K’Brăm", "related": [1180], "sua": "25/11/2026 7:48:10 SA"},
    ),
    Story(
        id=1183,
        slug="chuyen-de-ngu-van",
        title="Sinh hoạt chuyên đề “Dạy học đọc hiểu văn bản theo thể loại” môn Ngữ văn cấp THCS",
        cat=5,
        published_at="2026-11-17T10:30:00+07:00",
        summary="Ngày 15/11, tại Trường THCS Lộc Thắng, Phòng GD&ĐT huyện Bảo Lâm tổ chức sinh hoạt chuyên đề “Dạy học đọc hiểu văn bản theo thể loại” môn Ngữ văn cấp THCS cho hơn 60 giáo viên cốt cán và tổ trưởng chuyên môn.",
        blocks=[
            P("Ngày 15/11, tại Trường THCS Lộc Thắng, Phòng GD&ĐT huyện Bảo Lâm tổ chức sinh hoạt chuyên đề “Dạy học đọc hiểu văn bản theo thể loại” môn Ngữ văn cấp THCS cho hơn 60 giáo viên cốt cán và tổ trưởng chuyên môn.", "b"),
            P("Chuyên đề được tổ chức nhằm tháo gỡ những khó khăn của giáo viên khi dạy học theo Chương trình giáo dục phổ thông 2018, đặc biệt là việc hướng dẫn học sinh hình thành kĩ năng đọc hiểu theo đặc trưng thể loại thay vì chỉ phân tích nội dung từng tác phẩm."),
            P("Tại buổi sinh hoạt, cô giáo Trần Thị Bích Ngọc, Trường THCS Lộc Thắng thực hiện tiết dạy minh họa bài “Truyện ngụ ngôn” lớp 7. Tiết dạy sử dụng phiếu học tập, sơ đồ tư duy và các nhiệm vụ nhóm giúp học sinh tự phát hiện đặc điểm của thể loại."),
            Img(f"{IMG_DIR}/11/17/1183_01.jpg", "Cô Trần Thị Bích Ngọc thực hiện tiết dạy minh họa.", "Cô Trần Thị Bích Ngọc thực hiện tiết dạy minh họa.", "next"),
            P("Sau tiết dạy, các đại biểu tập trung thảo luận về cách thiết kế câu hỏi đọc hiểu theo mức độ nhận biết, thông hiểu, vận dụng; cách sử dụng văn bản ngoài sách giáo khoa trong kiểm tra, đánh giá định kỳ."),
            P("“Đọc hiểu theo thể loại không phải là học thuộc khái niệm, mà là giúp học sinh có công cụ để tự đọc những văn bản mới” - ý kiến của một tổ trưởng chuyên môn được nhiều đồng nghiệp tán thành.", "q"),
            P("Chuyên đề sẽ tiếp tục được các trường triển khai ở cấp tổ chuyên môn trong tháng 12/2026."),
        ],
        authors=["Trần Văn Minh"],
        opts={"ngay": "17/11/2026 10:30:00 SA", "tacgia": "Tác giả: ThS. Trần Văn Minh - Chuyên viên Phòng GD&ĐT"},
    ),
    Story(
        id=1180,
        slug="tuyen-duong-nha-giao",
        title="Tuyên dương 45 nhà giáo tiêu biểu năm học 2025 - 2026",
        cat=2,
        published_at="2026-11-13T14:00:00+07:00",
        summary="Chiều 12/11, Phòng GD&ĐT phối hợp với Công đoàn Giáo dục huyện Bảo Lâm tổ chức lễ tuyên dương nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
        sapo_outside=True,
        blocks=[
            P("Dự buổi lễ có ông Lê Văn Hùng, Phó Chủ tịch UBND huyện; đại diện lãnh đạo các phòng, ban, ngành của huyện cùng gần 200 cán bộ quản lý, giáo viên, nhân viên tiêu biểu của các trường."),
            P("Năm học 2025 - 2026, toàn ngành có 112 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện, 19 giáo viên dạy giỏi cấp tỉnh; 31 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh. Tỷ lệ trường đạt chuẩn quốc gia toàn huyện đạt 62,5%."),
            Img(f"{IMG_DIR}/11/13/1180_01.jpg", "Lãnh đạo UBND huyện trao Giấy khen cho các nhà giáo tiêu biểu", "Lãnh đạo UBND huyện trao Giấy khen cho các nhà giáo tiêu biểu", "tbl"),
            P("Tại buổi lễ, 45 nhà giáo tiêu biểu được Chủ tịch UBND huyện tặng Giấy khen vì có thành tích xuất sắc trong công tác giảng dạy, giáo dục học sinh và tích cực tham gia các phong trào thi đua."),
            P("Nhiều thầy cô đã gắn bó hàng chục năm với các điểm trường vùng sâu, vùng xa như thầy Ka Sô Ha Phin (Trường TH Lộc Bắc), cô Nguyễn Thị Xuân (Trường MN Lộc Bảo), cô Điểu K’ Hạnh (Trường TH&THCS Lộc Lâm)."),
            P("Phát biểu tại buổi lễ, ông Lê Văn Hùng ghi nhận những đóng góp của đội ngũ nhà giáo và mong muốn mỗi thầy cô tiếp tục giữ gìn phẩm chất, đạo đức nhà giáo, không ngừng học tập, đổi mới phương pháp, xứng đáng với sự tin yêu của học sinh và nhân dân."),
            _right("<em>Minh Châu</em>"),
        ],
        authors=["Minh Châu"],
        opts={
            "ngay": "13/11/2026 2:00:00 CH",
            "kicker": "CHÀO MỪNG KỶ NIỆM 44 NĂM NGÀY NHÀ GIÁO VIỆT NAM (20/11/1982 - 20/11/2026)",
            "comments": [
                ("Nguyễn Văn Thành", "13/11/2026 8:42:15 CH", "Xin chúc mừng các thầy cô! Cảm ơn các thầy cô đã bám trường, bám lớp ở những điểm trường xa nhất của huyện."),
                ("Phụ huynh Lộc Bắc", "14/11/2026 6:05:51 SA", "Thầy Ha Phin dạy con tôi từ lớp 1 đến lớp 5, thầy rất tận tâm. Chúc thầy luôn mạnh khỏe."),
            ],
        },
    ),
    Story(
        id=1174,
        slug="hoi-thi-gvdg-tieu-hoc",
        title="68 giáo viên tham gia Hội thi giáo viên dạy giỏi cấp huyện bậc tiểu học",
        cat=5,
        published_at="2026-11-03T15:10:00+07:00",
        summary="Từ ngày 28/10 đến 01/11, Phòng GD&ĐT huyện Bảo Lâm tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc tiểu học năm học 2026 - 2027 với 68 giáo viên đến từ 24 trường tham gia.",
        blocks=[
            P("Từ ngày 28/10 đến 01/11, Phòng GD&ĐT huyện Bảo Lâm tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc tiểu học năm học 2026 - 2027 với 68 giáo viên đến từ 24 trường tham gia.", "b"),
            P("Các giáo viên trải qua hai phần thi: trình bày biện pháp nâng cao chất lượng giảng dạy, giáo dục học sinh và thực hành dạy 2 tiết trên lớp, trong đó 1 tiết môn Tiếng Việt hoặc Toán và 1 tiết do giáo viên tự chọn."),
            P("Điểm mới của hội thi năm nay là Ban tổ chức khuyến khích giáo viên ứng dụng công nghệ số và học liệu điện tử, nhưng không đánh giá cao những tiết dạy lạm dụng trình chiếu; trọng tâm là tổ chức hoạt động để học sinh được thực hành, trải nghiệm."),
            Img(f"{IMG_DIR}/11/03/1174_01.jpg", "Một tiết dạy môn Tiếng Việt tại hội thi (Ảnh: Thanh Hương)", "Một tiết dạy môn Tiếng Việt tại hội thi", "next"),
            P("Kết quả, 52 giáo viên được công nhận giáo viên dạy giỏi cấp huyện; Ban tổ chức đã chọn 6 giáo viên có kết quả cao nhất để bồi dưỡng tham dự hội thi cấp tỉnh vào tháng 3/2027."),
            _right("Thanh Hương"),
        ],
        authors=["Thanh Hương"],
        photographers=["Thanh Hương"],
        opts={"ngay": "03/11/2026 3:10:00 CH", "spacers": True},
    ),
    Story(
        id=1171,
        slug="trao-hoc-bong",
        title="Trao 120 suất học bổng cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn",
        cat=2,
        published_at="2026-10-29",
        blocks=[
            P("Ngày 28/10, Phòng GD&ĐT huyện Bảo Lâm phối hợp với Quỹ Khuyến học tỉnh Lâm Đồng và Công ty TNHH Chè Tâm Châu tổ chức trao 120 suất học bổng cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn, vươn lên trong học tập."),
            P("Mỗi suất học bổng trị giá 1.500.000 đồng kèm theo một bộ sách giáo khoa, đồ dùng học tập và áo ấm. Tổng giá trị các phần quà hơn 230 triệu đồng."),
            Img(f"{IMG_DIR}/10/29/1171_01.jpg", None, None, "none"),
            P("Các em nhận học bổng đang theo học tại 26 trường tiểu học và trung học cơ sở trên địa bàn huyện, phần lớn ở các xã Lộc Bắc, Lộc Bảo, Lộc Lâm và B’Lá - nơi đời sống của đồng bào còn nhiều khó khăn."),
            P("Thay mặt các em học sinh, em Ka Thị Nhung, lớp 9A1 Trường THCS Lộc Bảo bày tỏ lòng biết ơn và hứa sẽ cố gắng học tập tốt để không phụ sự quan tâm của các nhà hảo tâm."),
            Raw('<div style="text-align: right;"><b>Hữu Tâm</b></div>'),
            Raw('<div style="text-align: right;"><i>Theo Báo Lâm Đồng</i></div>'),
        ],
        authors=["Hữu Tâm"],
        source="Báo Lâm Đồng",
        opts={"ngay": "29/10/2026 12:00:00 SA", "fmt": "br", "nfd": True},
    ),
    Story(
        id=1166,
        slug="be-kheo-tay",
        title="Trường MN Lộc Thắng tổ chức Hội thi “Bé khéo tay” chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat=2,
        published_at="2026-10-20T17:40:00+07:00",
        blocks=[
            P("Sáng 19/10, Trường Mầm non Lộc Thắng tổ chức Hội thi “Bé khéo tay” cho trẻ mẫu giáo 4 - 5 tuổi nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026)."),
            P("Với đôi bàn tay nhỏ xinh, các bé đã làm thiệp, cắm hoa, xâu vòng tặng bà, tặng mẹ và cô giáo. Hội thi diễn ra trong không khí vui tươi, giúp trẻ rèn luyện sự khéo léo, tính kiên nhẫn và biết bày tỏ tình cảm với người thân."),
            Img("/Upload/TinTuc/2026/10/20/1166_01.jpg", "Các bé lớp Chồi 2 trang trí thiệp tặng mẹ", "Các bé lớp Chồi 2 trang trí thiệp tặng mẹ", "next"),
            Img("/Upload/TinTuc/2026/10/20/1166_02.jpg", "Sản phẩm dự thi của các bé", "Sản phẩm dự thi của các bé", "next"),
            P("Kết thúc hội thi, Ban giám hiệu nhà trường đã trao giấy khen và phần thưởng cho 12 bé đạt giải."),
            _right("Trường MN Lộc Thắng"),
        ],
        authors=["Trường MN Lộc Thắng"],
        opts={"ngay": "20/10/2026 5:40:00 CH", "fmt": "word"},
    ),
    Story(
        id=1161,
        slug="tap-huan-chuyen-doi-so",
        title="Tập huấn chuyển đổi số trong quản lý và dạy học cho cán bộ quản lý, giáo viên THCS",
        cat=5,
        published_at="2026-10-15T08:00:00+07:00",
        blocks=[
            P("Trong hai ngày 13 và 14/10, Phòng GD&ĐT huyện Bảo Lâm tổ chức lớp tập huấn chuyển đổi số trong quản lý và dạy học cho 135 cán bộ quản lý, giáo viên cốt cán của 14 trường THCS và TH&THCS trên địa bàn huyện."),
            P("Nội dung tập huấn tập trung vào: sử dụng phần mềm quản lý trường học và học bạ số; khai thác kho học liệu số của ngành; thiết kế bài giảng điện tử, bài kiểm tra trực tuyến và bảo đảm an toàn thông tin khi sử dụng mạng xã hội trong nhà trường."),
            P("Học bạ số được triển khai thí điểm từ năm học 2025 - 2026 tại 4 trường THCS và sẽ mở rộng ra tất cả các trường trong năm học này. Việc ký số học bạ giúp giảm đáng kể thời gian, chi phí in ấn, lưu trữ hồ sơ giấy của nhà trường."),
            Img(f"{IMG_DIR}/10/15/1161_01_thumb.jpg", "Quang cảnh lớp tập huấn", "Quang cảnh lớp tập huấn", "link"),
            P("Kết thúc lớp tập huấn, mỗi học viên hoàn thành một sản phẩm là bài giảng điện tử hoặc đề kiểm tra trực tuyến; các sản phẩm tốt sẽ được chia sẻ trên kho học liệu dùng chung của huyện."),
        ],
        authors=["Lê Quang Vinh"],
        opts={"ngay": "15/10/2026 8:00:00 SA", "tacgia": "Người viết: Lê Quang Vinh - Tổ Tin học PGD"},
    ),
    Story(
        id=1158,
        slug="hoi-khoe-phu-dong",
        title="Hơn 800 vận động viên tranh tài ở 9 môn thi đấu",
        cat=2,
        published_at="2026-10-12T11:15:00+07:00",
        summary="Sáng 11/10, tại Sân vận động huyện, UBND huyện Bảo Lâm khai mạc Hội khỏe Phù Đổng huyện lần thứ X năm 2026 với sự tham gia của hơn 800 vận động viên là học sinh các trường tiểu học và trung học cơ sở.",
        sapo_outside=True,
        blocks=[
            P("Hội khỏe Phù Đổng là hoạt động thể dục thể thao lớn nhất của ngành Giáo dục, được tổ chức 4 năm một lần nhằm đẩy mạnh phong trào rèn luyện thân thể trong học sinh, đồng thời tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng tỉnh Lâm Đồng năm 2027."),
            P("Các vận động viên tranh tài ở 9 môn: điền kinh, bơi, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ vua, đá cầu và võ cổ truyền. Các môn thi đấu diễn ra đến hết ngày 18/10 tại Sân vận động huyện, Nhà thi đấu đa năng và Trường THCS Lộc Thắng."),
            Img(f"{IMG_DIR}/10/12/1158_01.jpg", "Màn đồng diễn thể dục của học sinh Trường TH Lộc Thắng tại lễ khai mạc", "Màn đồng diễn thể dục của học sinh Trường TH Lộc Thắng tại lễ khai mạc", "tbl"),
            Img(f"{IMG_DIR}/10/12/1158_02.jpg", "Các vận động viên thi đấu môn cờ vua", "Các vận động viên thi đấu môn cờ vua", "tbl"),
            P("Phát biểu khai mạc, bà Trịnh Thị Hồng, Trưởng phòng GD&ĐT huyện, đề nghị các vận động viên thi đấu trung thực, đoàn kết, cao thượng; Ban tổ chức và trọng tài làm việc công tâm, khách quan, bảo đảm an toàn tuyệt đối cho học sinh."),
        ],
        authors=["Vũ Đức Anh"],
        opts={"ngay": "12/10/2026 11:15:00 SA", "tacgia": "Vũ Đức Anh", "kicker": "HỘI KHỎE PHÙ ĐỔNG HUYỆN BẢO LÂM LẦN THỨ X NĂM 2026"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: the deleted item "Tin đọc nhiều" still links (trap 5)
DELETED = {1099: "Kế hoạch tuyển sinh vào lớp 6 năm học 2026 - 2027"}
#: the listing's entries: own items plus cross-listings, newest first
CROSS = {5: [1180]}
#: home slider ("Tin nổi bật"): links with CatID first
SLIDER = [1201, 1198, 1195]
#: "Tin đọc nhiều": links with &t=dn
MOST_READ = [1180, 1171, 1183, 1099]


# --- paths ---------------------------------------------------------------------------------


def art_path(item: int, cat: int) -> str:
    """The URL a category listing links: the gold path of an article."""
    return f"/Pages/ChiTietTin.aspx?ItemID={item}&CatID={cat}"


def print_path(item: int) -> str:
    return f"/Pages/InTin.aspx?ItemID={item}"


def _rel(target: str) -> str:
    """A link printed page-relative from /Pages/ (the Repeaters' NavigateUrl), &-escaped."""
    return esc(target.removeprefix("/Pages/"))


_NGAY = re.compile(r"(\d\d)/(\d\d)/(\d{4}) (\d{1,2}):(\d\d):(\d\d) (SA|CH)")


def _when(story: Story) -> tuple[int, int, int, int, int]:
    """Sort key from the printed "Ngày đăng" (newest first in listings)."""
    d, m, y, hh, mm, _ss, half = _NGAY.fullmatch(story.opts["ngay"]).groups()
    hour = int(hh) % 12 + (12 if half == "CH" else 0)
    return int(y), int(m), int(d), hour, int(mm)


def _us_date(story: Story) -> str:
    """The listing's date: the server's en-US culture, M/d/yyyy (trap 4)."""
    y, m, d, _h, _mi = _when(story)
    return f"{m}/{d}/{y}"


def _short_vi(story: Story) -> str:
    y, m, d, _h, _mi = _when(story)
    return f"{d:02d}/{m:02d}/{y}"


NEWEST = sorted(STORIES, key=_when, reverse=True)


def entries(cat: int) -> list[tuple[Story, int]]:
    """(story, CatID printed in its link) of one listing, newest first."""
    items = [(s, cat) for s in STORIES if s.cat == cat]
    items += [(BY_ID[i], cat) for i in CROSS.get(cat, [])]
    return sorted(items, key=lambda e: _when(e[0]), reverse=True)


def npages(cat: int) -> int:
    return max(1, -(-len(entries(cat)) // PAGE_SIZE))


# --- ASP.NET state -------------------------------------------------------------------------

_VS_PREFIX = b"\xff\x01\x0f\x0f\x05\x0a-1379826201\x0f\x16\x02\x1e"


def viewstate(key: str) -> str:
    return opaque("vs:" + key, 360 + 7 * len(key), prefix=_VS_PREFIX)


def validation(key: str) -> str:
    return opaque("ev:" + key, 120, prefix=b"\xff\x01\x64\x00\x0b")


#: every view state the site prints for a listing page -> (CatID, page)
LISTING_STATES = {viewstate(f"ds{c}p{p}"): (c, p) for c in CATS for p in range(1, npages(c) + 1)}

PAGER_NUM = "ctl00$cphMain$rptTrang$ctl{:02d}$lnkSoTrang"
PAGER_PREV = "ctl00$cphMain$lnkTruoc"
PAGER_NEXT = "ctl00$cphMain$lnkSau"
SEARCH_BUTTON = "ctl00$ucTimKiem$btnTim"
SEARCH_BOX = "ctl00$ucTimKiem$txtTuKhoa"


def pager_targets(cat: int, page: int) -> dict[str, int]:
    """Registered postback targets of a listing page (event validation) -> the page they open."""
    total = npages(cat)
    targets = {PAGER_NUM.format(i): i + 1 for i in range(total) if i + 1 != page}
    if page > 1:
        targets[PAGER_PREV] = page - 1
    if page < total:
        targets[PAGER_NEXT] = page + 1
    return targets if total > 1 else {}


# --- chrome --------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/Default.aspx", []),
    ("Giới thiệu", "javascript:void(0);", [("Giới thiệu chung", "/Pages/GioiThieu.aspx?ID=1"), ("Cơ cấu tổ chức", "/Pages/GioiThieu.aspx?ID=2")]),
    ("Tin tức", "javascript:void(0);", [(CATS[2], "/Pages/DanhSachTin.aspx?CatID=2"), (CATS[5], "/Pages/DanhSachTin.aspx?CatID=5")]),
    ("Thông báo", "/Pages/DanhSachTin.aspx?CatID=8", []),
    ("Văn bản", "/Pages/DanhSachVanBan.aspx", []),
    ("Thư viện ảnh", "/Pages/ThuVienAnh.aspx?AlbumID=3", []),
    ("Liên hệ", "/Pages/LienHe.aspx", []),
]


def _menu() -> str:
    out = ['<div id="ctl00_ucMenu_pnlMenu" class="khung_menu"><ul class="mnu_ngang">']
    for label, href, subs in MENU:
        out.append(f'<li class="mnu_cap1"><a href="{esc(href)}">{esc(label)}</a>')
        if subs:
            out.append('<ul class="mnu_cap2">')
            out += [f'<li><a href="{esc(h)}">{esc(lab)}</a></li>' for lab, h in subs]
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul></div>")
    return "\n".join(out)


def _most_read() -> str:
    rows = []
    for i, item in enumerate(MOST_READ):
        title = BY_ID[item].title if item in BY_ID else DELETED[item]
        cat = BY_ID[item].cat if item in BY_ID else 2
        href = esc(f"/Pages/ChiTietTin.aspx?ItemID={item}&CatID={cat}&t=dn")
        rows.append(
            f'<tr><td class="so_tt">{i + 1}</td><td><a id="ctl00_ucTinDocNhieu_rptTin_ctl{i:02d}_hplTieuDe" '
            f'href="{href}">{esc(title)}</a></td></tr>'
        )
    return (
        '<div class="khung_phai"><div class="tieude_khung"><span>TIN ĐỌC NHIỀU</span></div>'
        '<table class="bang_docnhieu" cellspacing="0" cellpadding="2">' + "".join(rows) + "</table></div>"
    )


def _sidebar() -> str:
    return f"""
<td id="cot_phai" valign="top" style="width:260px">
  <div class="khung_phai"><div class="tieude_khung"><span>TÌM KIẾM</span></div>
    <input name="{SEARCH_BOX}" type="text" id="ctl00_ucTimKiem_txtTuKhoa" class="o_timkiem" />
    <input type="submit" name="{SEARCH_BUTTON}" value="Tìm" id="ctl00_ucTimKiem_btnTim" class="nut_tim" />
  </div>
  {_most_read()}
  <div class="khung_phai"><div class="tieude_khung"><span>VĂN BẢN MỚI</span></div>
    <ul class="ds_vb">
      <li><a href="/Pages/ChiTietVanBan.aspx?VBID=42">Kế hoạch số 205/KH-PGDĐT về tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS</a></li>
      <li><a href="/Pages/ChiTietVanBan.aspx?VBID=41">Công văn số 398/PGDĐT-CM về việc hướng dẫn kiểm tra, đánh giá học kỳ I</a></li>
    </ul></div>
  <div class="khung_phai"><div class="tieude_khung"><span>BÌNH CHỌN</span></div>
    <div id="ctl00_ucBinhChon_upBinhChon">
      <p class="cauhoi_bc">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
      <table id="ctl00_ucBinhChon_rblLuaChon"><tr><td><input id="ctl00_ucBinhChon_rblLuaChon_0" type="radio" name="ctl00$ucBinhChon$rblLuaChon" value="1" /><label for="ctl00_ucBinhChon_rblLuaChon_0">Đẹp, dễ sử dụng</label></td></tr>
      <tr><td><input id="ctl00_ucBinhChon_rblLuaChon_1" type="radio" name="ctl00$ucBinhChon$rblLuaChon" value="2" /><label for="ctl00_ucBinhChon_rblLuaChon_1">Bình thường</label></td></tr>
      <tr><td><input id="ctl00_ucBinhChon_rblLuaChon_2" type="radio" name="ctl00$ucBinhChon$rblLuaChon" value="3" /><label for="ctl00_ucBinhChon_rblLuaChon_2">Cần cải tiến</label></td></tr></table>
      <input type="submit" name="ctl00$ucBinhChon$btnBinhChon" value="Bình chọn" id="ctl00_ucBinhChon_btnBinhChon" />
      <a href="javascript:void(0);" onclick="window.open('/Pages/KetQuaBinhChon.aspx?ID=4','kq','width=420,height=300');">Xem kết quả</a>
    </div></div>
  <div class="khung_phai"><div class="tieude_khung"><span>LIÊN KẾT WEBSITE</span></div>
    <select name="ctl00$ucLienKet$ddlLienKet" id="ctl00_ucLienKet_ddlLienKet" onchange="if(this.value!='')window.open(this.value);">
      <option value="">-- Chọn liên kết --</option>
      <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
      <option value="https://sogddt.lamdong.gov.vn">Sở GD&amp;ĐT Lâm Đồng</option>
      <option value="https://baolam.lamdong.gov.vn">Cổng TTĐT huyện Bảo Lâm</option>
    </select>
    <p><a href="https://www.facebook.com/pgdbaolam" target="_blank"><img src="/Images/banner_facebook.png" alt="Facebook PGD Bảo Lâm" /></a></p>
  </div>
  <div class="khung_phai"><div class="tieude_khung"><span>THỐNG KÊ TRUY CẬP</span></div>
    <div id="ctl00_ucThongKe_upThongKe">
      <p>Đang online: <span id="ctl00_ucThongKe_lblOnline">27</span></p>
      <p>Hôm nay: <span id="ctl00_ucThongKe_lblHomNay">412</span></p>
      <p>Tổng truy cập: <span id="ctl00_ucThongKe_lblTong">1.287.530</span></p>
    </div></div>
</td>"""


_DO_POSTBACK = """<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>"""


def frame(request: Request, *, action: str, state: str, main: str, marquee: bool = False) -> str:
    """The master page (Site.master) around one page's ContentPlaceHolder."""
    ticker = ""
    if marquee:
        links = " &nbsp;|&nbsp; ".join(
            f'<a href="{esc(art_path(s.id, s.cat).removeprefix("/"))}">{esc(s.title)}</a>' for s in NEWEST[:3]
        )
        ticker = f'<div class="tinchay"><b>Tin mới:</b> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{links}</marquee></div>'
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{esc(SITE_TITLE)}
</title><meta name="keywords" content="giáo dục, Bảo Lâm, Lâm Đồng, phòng giáo dục" /><meta name="description" content="Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Bảo Lâm, tỉnh Lâm Đồng" /><link rel="canonical" href="{base_url(request)}/" /><link href="/App_Themes/PGD/style.css" type="text/css" rel="stylesheet" /><link href="/App_Themes/PGD/menu.css" type="text/css" rel="stylesheet" /><link rel="shortcut icon" href="/favicon.ico" /></head>
<body>
    <form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(state)}" />
</div>

{_DO_POSTBACK}

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZFoDJ8rVHGwM9x3kbzOE6ia8xJ2&amp;t=635588411600000000" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvtJXY3-dC4FsM9ewwV5PZ0w1&amp;t=ffffffffecf19baa" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', ['tctl00$cphMain$upDanhSach','ctl00_cphMain_upDanhSach','tctl00$ucBinhChon$upBinhChon','ctl00_ucBinhChon_upBinhChon','tctl00$ucThongKe$upThongKe','ctl00_ucThongKe_upThongKe'], [], [], 90, 'ctl00');
//]]>
</script>
<div id="bao_ngoai">
  <div id="dau_trang">
    <div class="ngay_gio">{HEADER_TODAY}</div>
    <a href="/Default.aspx"><img src="/Images/logo_pgd.png" alt="Logo" class="logo" /></a>
    <h1 class="ten_donvi">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN BẢO LÂM</h1>
    <div class="khauhieu">Dạy tốt - Học tốt - Đổi mới - Sáng tạo</div>
  </div>
  {_menu()}
  {ticker}
  <table id="than_trang" cellpadding="0" cellspacing="0" style="width:100%"><tr>
    <td id="cot_giua" valign="top">
{main}
    </td>
{_sidebar()}
  </tr></table>
  <div id="chan_trang">
    <p><b>CỔNG THÔNG TIN ĐIỆN TỬ PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN BẢO LÂM</b></p>
    <p>Địa chỉ: Số 18 Nguyễn Tất Thành, thị trấn Lộc Thắng, huyện Bảo Lâm, tỉnh Lâm Đồng</p>
    <p>Điện thoại: 0263.3877.215 - Fax: 0263.3877.216 - Email: pgd.baolam@lamdong.edu.vn</p>
    <p>Chịu trách nhiệm: Bà Trịnh Thị Hồng - Trưởng phòng. &copy; 2016 - 2026. Thiết kế bởi Công ty TNHH Giải pháp phần mềm Cao Nguyên</p>
  </div>
</div>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{validation(state)}" />
</div></form>
</body>
</html>
"""


def _crumbs(cat: int) -> str:
    parts = ['<a href="/Default.aspx">Trang chủ</a>']
    if PARENT[cat]:
        parts.append(f"<span>{esc(PARENT[cat])}</span>")
    parts.append(f'<a href="/Pages/DanhSachTin.aspx?CatID={cat}">{esc(CATS[cat])}</a>')
    return '<div class="duongdan">' + " &raquo; ".join(parts) + "</div>"


# --- article text --------------------------------------------------------------------------


def _img_tag(img: Img) -> str:
    return f'<img alt="" src="{esc(img.src)}" style="width: 500px; height: 333px;" />'


def _render_img(img: Img, fmt: str) -> str:
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" style="width:500px">'
            f"<tbody><tr><td>{_img_tag(img)}</td></tr>"
            f'<tr><td style="text-align:center"><em>{esc(img.printed or "")}</em></td></tr></tbody></table>'
        )
    if img.style == "link":
        big = img.src.replace("_thumb", "")
        out = f'<p style="text-align:center"><a href="{esc(big)}" target="_blank">{_img_tag(img)}</a></p>'
        if img.printed:
            out += f'<p style="text-align:center"><span style="font-size:12px"><em>{esc(img.printed)}</em></span></p>'
        return out
    if fmt == "word":
        out = f'<p class="MsoNormal" align="center" style="text-align:center"><span>{_img_tag(img)}<o:p></o:p></span></p>'
        if img.printed:
            out += f'<p class="MsoNormal" align="center" style="text-align:center"><i><span style="font-size:11.0pt">{esc(img.printed)}<o:p></o:p></span></i></p>'
        return out
    out = f'<div style="text-align: center;">{_img_tag(img)}</div>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def _para(p: P, fmt: str, nfd: bool) -> str:
    t = text(p.text, nfd=nfd)
    if fmt == "word":
        span = f'<span style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">{t}<o:p></o:p></span>'
        return f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">{span}</p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    if p.style == "b":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "h":
        return f'<p style="text-align: justify;"><strong><span style="color:#000080;">{t}</span></strong></p>'
    if p.style == "q":
        return f'<blockquote><p><em>{t}</em></p></blockquote>'
    return f'<p style="text-align: justify;">{t}</p>'


def content_html(story: Story) -> str:
    """The editor's HTML of the text (divNoiDung)."""
    fmt = story.opts.get("fmt", "p")
    nfd = story.opts.get("nfd", False)
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(b, fmt))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text, nfd=nfd)}</li>")
                i += 1
            out.append('<ul style="list-style-type:disc">' + "".join(items) + "</ul>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    tds = "".join(f'<td style="text-align:center"><strong>{text(c)}</strong></td>' for c in cells)
                else:
                    tds = "".join(f"<td>&nbsp;{text(c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            out.append('<table border="1" cellpadding="0" cellspacing="0" style="width:100%;border-collapse:collapse"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        elif fmt == "br":
            run = []
            while i < len(blocks) and isinstance(blocks[i], P):
                run.append(text(blocks[i].text, nfd=nfd))
                i += 1
            out.append('<div style="text-align: justify;">' + "<br />\n<br />\n".join(run) + "<br />\n&nbsp;</div>")
            continue
        else:
            out.append(_para(b, fmt, nfd))
            if story.opts.get("spacers"):
                out.append("<p>&nbsp;</p>")
        i += 1
    markup = "\n".join(out)
    if fmt == "ent":
        markup = entity_mix(markup, every=2)
    return markup


# --- pages ---------------------------------------------------------------------------------


def _tin_moi(exclude: int) -> str:
    rows = [
        f'<li><a href="{_rel(art_path(s.id, s.cat))}">{esc(s.title)}</a> <span class="ngay_tk">({_short_vi(s)})</span></li>'
        for s in NEWEST
        if s.id != exclude
    ][:5]
    return '<div class="tinkhac_ct"><div class="tieude_tk">Các tin mới</div><ul>' + "".join(rows) + "</ul></div>"


def article_main(story: Story) -> str:
    o = story.opts
    kicker = f'<div class="tieudephu_ct"><span id="ctl00_cphMain_lblTieuDePhu">{esc(o["kicker"])}</span></div>' if o.get("kicker") else ""
    info = [f'Ngày đăng: <span id="ctl00_cphMain_lblNgayDang">{o["ngay"]}</span>']
    if o.get("sua"):
        info.append(f'<span class="sua_ct">(Sửa lần cuối: {o["sua"]})</span>')
    if o.get("nguoidang"):
        info.append(f'Người đăng: <span id="ctl00_cphMain_lblNguoiDang">{esc(o["nguoidang"])}</span>')
    info.append(f'Lượt xem: <span id="ctl00_cphMain_lblLuotXem">{story.views()}</span>')
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="mota_ct"><span id="ctl00_cphMain_lblMoTa">{esc(story.summary)}</span></div>'
    tacgia = f'<div class="tacgia_ct"><span id="ctl00_cphMain_lblTacGia">{esc(o["tacgia"])}</span></div>' if o.get("tacgia") else ""
    nguon = f'<div class="nguon_ct">Nguồn: <span id="ctl00_cphMain_lblNguon">{esc(o["nguon"])}</span></div>' if o.get("nguon") else ""
    attach = ""
    if o.get("attach"):
        files = "".join(f'<li><img src="/Images/icon_file.gif" alt="" /> <a href="{esc(h)}">{esc(n)}</a></li>' for n, h in o["attach"])
        attach = f'<div class="dinhkem_ct"><b>File đính kèm:</b><ul>{files}</ul></div>'
    related = ""
    if o.get("related"):
        rows = "".join(
            f'<li><a href="ChiTietTin.aspx?ItemID={i}">{esc(BY_ID[i].title)}</a> <i>({_short_vi(BY_ID[i])})</i></li>'
            for i in o["related"]
        )
        related = f'<div class="tinlienquan_ct"><div class="tieude_tk">Tin liên quan</div><ul>{rows}</ul></div>'
    comments = o.get("comments", [])
    yk = "".join(
        f'<div class="yk_muc"><p><b>{esc(n)}</b> <i>({t})</i></p><p>{esc(c)}</p></div>' for n, t, c in comments
    )
    return f"""
{_crumbs(story.cat)}
<table class="bang_ct" cellpadding="0" cellspacing="0" style="width:100%"><tr>
<td class="o_noidung" valign="top">
  {kicker}
  <div class="tieude_ct"><span id="ctl00_cphMain_lblTieuDe">{esc(story.title)}</span></div>
  <div class="thongtin_ct">{" | ".join(info)}</div>
  {sapo}
  <div id="ctl00_cphMain_divNoiDung" class="noidung_ct">
{content_html(story)}
  </div>
  {tacgia}
  {nguon}
  {attach}
  <div class="congcu_ct">
    <a href="javascript:void(0);" onclick="window.open('InTin.aspx?ItemID={story.id}','InTin','width=800,height=600,scrollbars=yes');"><img src="/Images/icon_print.gif" alt="" /> In bài</a>
    <a href="javascript:void(0);" onclick="ShowGuiEmail({story.id});"><img src="/Images/icon_email.gif" alt="" /> Gửi email</a>
    <a href="javascript:history.back();"><img src="/Images/icon_back.gif" alt="" /> Quay lại</a>
    <a href="https://www.facebook.com/sharer/sharer.php?u=ChiTietTin.aspx%3FItemID%3D{story.id}" target="_blank"><img src="/Images/icon_fb.png" alt="Chia sẻ" /></a>
  </div>
  {related}
  <div class="ykien_bd">
    <div class="tieude_tk">Ý kiến bạn đọc ({len(comments)})</div>
    {yk}
    <div class="gui_yk">
      <p>Họ tên: <input name="ctl00$cphMain$txtHoTen" type="text" id="ctl00_cphMain_txtHoTen" /></p>
      <p>Email: <input name="ctl00$cphMain$txtEmail" type="text" id="ctl00_cphMain_txtEmail" /></p>
      <p>Nội dung: <textarea name="ctl00$cphMain$txtNoiDungYK" rows="4" cols="50" id="ctl00_cphMain_txtNoiDungYK"></textarea></p>
      <input type="submit" name="ctl00$cphMain$btnGuiYK" value="Gửi ý kiến" id="ctl00_cphMain_btnGuiYK" />
    </div>
  </div>
  {_tin_moi(story.id)}
</td></tr></table>
"""


def soft_404_main() -> str:
    return """
<div class="duongdan"><a href="/Default.aspx">Trang chủ</a></div>
<div class="thongbao_loi"><img src="/Images/icon_warning.gif" alt="" /> Tin bạn yêu cầu không tồn tại hoặc đã bị xóa!</div>
<p><a href="/Default.aspx">Về trang chủ</a></p>
"""


def _cut(title: str, limit: int = 70) -> str:
    """The Repeater's ``CatChuoi``: cut at a word and add "..." (trap 3)."""
    if len(title) <= limit:
        return title
    return title[:limit].rsplit(" ", 1)[0] + "..."


def _pager(cat: int, page: int) -> str:
    total = npages(cat)
    if total == 1:
        return ""
    out = ['<div class="phantrang">Trang: ']
    if page > 1:
        out.append(f'<a id="ctl00_cphMain_lnkTruoc" class="trang_nut" href="javascript:__doPostBack(&#39;{PAGER_PREV}&#39;,&#39;&#39;)">&laquo; Trước</a>')
    for i in range(total):
        target = PAGER_NUM.format(i)
        cid = target.replace("$", "_")
        if i + 1 == page:
            out.append(f'<a id="{cid}" class="aspNetDisabled trang_chon">{i + 1}</a>')
        else:
            out.append(f'<a id="{cid}" class="trang_so" href="javascript:__doPostBack(&#39;{target}&#39;,&#39;&#39;)">{i + 1}</a>')
    if page < total:
        out.append(f'<a id="ctl00_cphMain_lnkSau" class="trang_nut" href="javascript:__doPostBack(&#39;{PAGER_NEXT}&#39;,&#39;&#39;)">Sau &raquo;</a>')
    out.append("</div>")
    return "\n".join(out)


def listing_panel(cat: int, page: int) -> str:
    """The UpdatePanel's content: the Repeater and its pager."""
    rows = []
    items = entries(cat)[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    for n, (s, link_cat) in enumerate(items, start=1):
        href = _rel(art_path(s.id, link_cat))
        lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        rows.append(
            f"""<div class="tin_ds">
  <a id="ctl00_cphMain_rptTinTuc_ctl{n:02d}_hplAnh" href="{href}"><img class="anh_ds" src="/Upload/TinTuc/thumb/{s.id}.jpg" alt="" /></a>
  <a id="ctl00_cphMain_rptTinTuc_ctl{n:02d}_hplTieuDe" class="tieude_ds" href="{href}">{esc(_cut(s.title))}</a>
  <span class="ngay_ds">({_us_date(s)})</span>
  <div class="mota_ds">{esc(_cut(lead, 160))}</div>
  <a class="xemtiep" href="{href}">Chi tiết &gt;&gt;</a>
</div>"""
        )
    return "\n".join(rows) + "\n" + _pager(cat, page)


def listing_main(cat: int, page: int) -> str:
    crumbs = _crumbs(cat)
    return f"""
{crumbs}
<div class="tieude_chuyenmuc">{esc(CATS[cat].upper())}</div>
<div id="ctl00_cphMain_upDanhSach">
{listing_panel(cat, page)}
</div>
"""


def home_main() -> str:
    slide = NEWEST[0]
    small = "".join(
        f'<li><a href="Pages/ChiTietTin.aspx?CatID={BY_ID[i].cat}&amp;ItemID={i}">{esc(BY_ID[i].title)}</a></li>' for i in SLIDER[1:]
    )
    box = []
    for cat, count in ((2, 3), (5, 2), (8, 2)):
        items = [s for s in NEWEST if s.cat == cat][:count]
        lis = "".join(
            f'<li><a href="{esc(art_path(s.id, s.cat).removeprefix("/"))}">{esc(s.title)}</a> <span class="ngay_ds">({_us_date(s)})</span></li>'
            for s in items
        )
        box.append(
            f'<div class="khung_cm"><div class="tieude_cm"><a href="Pages/DanhSachTin.aspx?CatID={cat}">{esc(CATS[cat].upper())}</a></div><ul>{lis}</ul></div>'
        )
    return f"""
<div class="tinnoibat">
  <div class="tieude_cm"><span>TIN NỔI BẬT</span></div>
  <div class="tin_lon">
    <a href="Pages/ChiTietTin.aspx?CatID={slide.cat}&amp;ItemID={slide.id}"><img src="/Upload/TinTuc/thumb/{slide.id}.jpg" alt="" /></a>
    <a class="tieude_lon" href="Pages/ChiTietTin.aspx?CatID={slide.cat}&amp;ItemID={slide.id}">{esc(slide.title)}</a>
    <p>{esc(_cut(slide.summary or "", 160))}</p>
  </div>
  <ul class="tin_nho">{small}</ul>
</div>
{"".join(box)}
<div class="khung_cm"><div class="tieude_cm"><a href="Pages/ThuVienAnh.aspx?AlbumID=3">THƯ VIỆN ẢNH</a></div>
  <a href="Pages/ThuVienAnh.aspx?AlbumID=3"><img src="/Upload/Album/3/bia.jpg" alt="Hội khỏe Phù Đổng 2026" /></a></div>
"""


def print_page(story: Story) -> str:
    sapo = f"<p><b>{esc(story.summary)}</b></p>" if story.summary and story.sapo_outside else ""
    tacgia = f'<p style="text-align:right"><b>{esc(story.opts["tacgia"])}</b></p>' if story.opts.get("tacgia") else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>In tin</title></head>
<body onload="window.print();" style="font-family:'Times New Roman';width:700px">
<p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN BẢO LÂM</b></p><hr />
<h3>{esc(story.title)}</h3>
<p><i>Ngày đăng: {story.opts["ngay"]}</i></p>
{sapo}
{content_html(story)}
{tacgia}
<hr /><p>Địa chỉ bài viết: ChiTietTin.aspx?ItemID={story.id}&amp;CatID={story.cat}</p>
</body></html>"""


INTRO = {
    1: (
        "Giới thiệu chung",
        "<p>Phòng Giáo dục và Đào tạo huyện Bảo Lâm là cơ quan chuyên môn thuộc UBND huyện, tham mưu, giúp UBND huyện "
        "thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>"
        "<p>Toàn huyện hiện có 58 trường học với hơn 27.000 học sinh và gần 1.900 cán bộ, giáo viên, nhân viên; "
        "học sinh dân tộc thiểu số chiếm khoảng 38%.</p>",
    ),
    2: (
        "Cơ cấu tổ chức",
        '<table border="1" cellpadding="3" style="border-collapse:collapse"><tr><td><b>Họ và tên</b></td><td><b>Chức vụ</b></td><td><b>Điện thoại</b></td></tr>'
        "<tr><td>Trịnh Thị Hồng</td><td>Trưởng phòng</td><td>0263.3877.215</td></tr>"
        "<tr><td>Nguyễn Thị Lan</td><td>Phó Trưởng phòng</td><td>0263.3877.217</td></tr>"
        "<tr><td>Đặng Văn Lực</td><td>Phó Trưởng phòng</td><td>0263.3877.218</td></tr></table>",
    ),
}

DOCS = {
    41: ("398/PGDĐT-CM", "Công văn về việc hướng dẫn kiểm tra, đánh giá học kỳ I năm học 2026 - 2027", "18/11/2026", "Nguyễn Thị Lan", "CV398_PGDDT.pdf"),
    42: ("205/KH-PGDĐT", "Kế hoạch tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 - 2027", "25/11/2026", "Trịnh Thị Hồng", "KH205_PGDDT.pdf"),
}


def intro_main(pid: int) -> str:
    title, body = INTRO[pid]
    return f'<div class="duongdan"><a href="/Default.aspx">Trang chủ</a> &raquo; <span>Giới thiệu</span> &raquo; <span>{title}</span></div><div class="tieude_chuyenmuc">{title.upper()}</div><div class="noidung_gt">{body}</div>'


def contact_main() -> str:
    return """<div class="duongdan"><a href="/Default.aspx">Trang chủ</a> &raquo; <span>Liên hệ</span></div>
<div class="tieude_chuyenmuc">LIÊN HỆ</div>
<p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN BẢO LÂM</b></p>
<p>Địa chỉ: Số 18 Nguyễn Tất Thành, thị trấn Lộc Thắng, huyện Bảo Lâm, tỉnh Lâm Đồng</p>
<p>Điện thoại: 0263.3877.215 - Email: pgd.baolam@lamdong.edu.vn</p>
<table><tr><td>Họ tên (*):</td><td><input name="ctl00$cphMain$txtHoTen" type="text" /></td></tr>
<tr><td>Email (*):</td><td><input name="ctl00$cphMain$txtEmail" type="text" /></td></tr>
<tr><td>Nội dung (*):</td><td><textarea name="ctl00$cphMain$txtNoiDung" rows="6" cols="50"></textarea></td></tr></table>
<input type="submit" name="ctl00$cphMain$btnGui" value="Gửi liên hệ" />"""


def doc_list_main() -> str:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="ChiTietVanBan.aspx?VBID={vid}">{esc(so)}</a></td><td>{d}</td><td>{esc(t)}</td></tr>'
        for n, (vid, (so, t, d, _s, _f)) in enumerate(sorted(DOCS.items(), reverse=True), start=1)
    )
    return (
        '<div class="duongdan"><a href="/Default.aspx">Trang chủ</a> &raquo; <span>Văn bản</span></div>'
        '<div class="tieude_chuyenmuc">VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH</div>'
        '<table id="ctl00_cphMain_gvVanBan" class="bang_vb" rules="all" border="1" style="border-collapse:collapse">'
        "<tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>" + rows + "</table>"
    )


def doc_main(vid: int) -> str:
    so, title, day, signer, fname = DOCS[vid]
    return f"""<div class="duongdan"><a href="/Default.aspx">Trang chủ</a> &raquo; <a href="DanhSachVanBan.aspx">Văn bản</a></div>
<table class="bang_ctvb" border="1" cellpadding="4" style="border-collapse:collapse;width:100%">
<tr><td style="width:30%">Số/Ký hiệu</td><td>{esc(so)}</td></tr>
<tr><td>Ngày ban hành</td><td>{day}</td></tr>
<tr><td>Trích yếu</td><td>{esc(title)}</td></tr>
<tr><td>Người ký</td><td>{esc(signer)}</td></tr>
<tr><td>Cơ quan ban hành</td><td>Phòng GD&amp;ĐT huyện Bảo Lâm</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="/Upload/VanBan/2026/{fname}"><img src="/Images/icon_pdf.gif" alt="" /> {fname}</a></td></tr>
</table>"""


def album_main() -> str:
    pics = "".join(
        f'<td><a href="/Upload/Album/3/{n:02d}.jpg" rel="lightbox[album3]"><img src="/Upload/Album/3/thumb_{n:02d}.jpg" alt="" /></a></td>'
        for n in range(1, 7)
    )
    return f"""<div class="duongdan"><a href="/Default.aspx">Trang chủ</a> &raquo; <span>Thư viện ảnh</span></div>
<div class="tieude_chuyenmuc">HỘI KHỎE PHÙ ĐỔNG HUYỆN BẢO LÂM LẦN THỨ X NĂM 2026</div>
<table id="ctl00_cphMain_dlAnh" cellspacing="4"><tr>{pics}</tr></table>"""


def search_main(word: str) -> str:
    key = unicodedata.normalize("NFC", word).strip().lower()
    hits = [s for s in NEWEST if key and key in s.title.lower()]
    rows = "".join(f'<li><a href="{_rel(art_path(s.id, s.cat))}">{esc(s.title)}</a></li>' for s in hits)
    found = f"<ul>{rows}</ul>" if hits else "<p>Không tìm thấy kết quả nào phù hợp.</p>"
    return f'<div class="duongdan"><a href="/Default.aspx">Trang chủ</a> &raquo; <span>Tìm kiếm</span></div><p>Kết quả tìm kiếm cho từ khóa: <b>{esc(word)}</b></p>{found}'


YELLOW = """<html><head><title>{title}</title></head><body bgcolor="white">
<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
<h2> <i>{title}</i> </h2></span>
<b> Description: </b>An unhandled exception occurred during the execution of the current web request.<br><br>
<b> Exception Details: </b>System.Web.HttpException: {title}<br><br>
<hr width=100% size=1 color=silver>
<b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.7.3930.0
</body></html>"""

VS_MAC = (
    "Validation of viewstate MAC failed. If this application is hosted by a Web Farm or cluster, "
    "ensure that &lt;machineKey&gt; configuration specifies the same validationKey and validation algorithm."
)
BAD_POSTBACK = "Invalid postback or callback argument.  Event validation is enabled using &lt;pages enableEventValidation=&quot;true&quot;/&gt; in configuration."


def _yellow(title: str) -> Response:
    return html(YELLOW.format(title=title), status=500)


# --- the site ------------------------------------------------------------------------------


def _header(request: Request, name: str) -> str:
    for key, value in request.headers.items():
        if key.lower() == name.lower():
            return value
    return ""


def _params(request: Request) -> dict[str, str]:
    """Request.QueryString: keys case-insensitive."""
    return {k.lower(): v for k, v in request.params.items()}


def _delta(cat: int, page: int) -> Response:
    """An async postback's answer (ScriptManager's delta format)."""
    state = f"ds{cat}p{page}"
    parts = [
        ("#", "", "4"),
        ("updatePanel", "ctl00_cphMain_upDanhSach", "\r\n" + listing_panel(cat, page) + "\r\n"),
        ("hiddenField", "__EVENTTARGET", ""),
        ("hiddenField", "__EVENTARGUMENT", ""),
        ("hiddenField", "__VIEWSTATE", viewstate(state)),
        ("hiddenField", "__VIEWSTATEGENERATOR", "CA0B0334"),
        ("hiddenField", "__EVENTVALIDATION", validation(state)),
        ("asyncPostBackControlIDs", "", ""),
        ("postBackControlIDs", "", ""),
        ("updatePanelIDs", "", "tctl00$cphMain$upDanhSach,ctl00_cphMain_upDanhSach"),
        ("asyncPostBackTimeout", "", "90"),
        ("formAction", "", f"DanhSachTin.aspx?CatID={cat}"),
        ("pageTitle", "", SITE_TITLE),
    ]
    body = "".join(f"{len(content)}|{kind}|{ident}|{content}|" for kind, ident, content in parts)
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private"})


_PLACEHOLDER_JS = b"/* ASP.NET AJAX client library (Sys, Sys.WebForms.PageRequestManager) */"
_DOC = {".pdf": ("application/pdf", PDF), ".doc": ("application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 56)}


class Site:
    """IIS + the vendor's WebForms application."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        if low == "/":
            return redirect("/Default.aspx")
        if low in ("/webresource.axd", "/scriptresource.axd"):
            return Response(200, _PLACEHOLDER_JS, {"Content-Type": "application/x-javascript"})
        for ext, (ctype, body) in _DOC.items():
            if low.startswith("/upload/") and low.endswith(ext):
                return Response(200, body, {"Content-Type": ctype})
        if not low.endswith(".aspx"):
            return static_file(path)
        if request.method == "POST" and SEARCH_BUTTON in request.form:
            return redirect("/Pages/TimKiem.aspx?tukhoa=" + quote_plus(request.form.get(SEARCH_BOX, "")))
        q = _params(request)
        if low == "/default.aspx":
            return self._page(request, "Default.aspx", "home", home_main(), marquee=True)
        if low == "/pages/danhsachtin.aspx":
            return self._listing(request, q)
        if low == "/pages/chitiettin.aspx":
            item = int(q["itemid"]) if q.get("itemid", "").isdigit() else None
            if item is None:
                return _yellow("Input string was not in a correct format.")
            action = "ChiTietTin.aspx?" + request.query
            story = BY_ID.get(item)
            if story is None:  # trap 5: a soft 404
                return self._page(request, action, f"ct{item}", soft_404_main())
            return self._page(request, action, f"ct{item}", article_main(story))
        if low == "/pages/intin.aspx":
            story = BY_ID.get(int(q["itemid"])) if q.get("itemid", "").isdigit() else None
            return html(print_page(story)) if story else None
        if low == "/pages/gioithieu.aspx" and q.get("id") in ("1", "2"):
            return self._page(request, "GioiThieu.aspx?" + request.query, "gt" + q["id"], intro_main(int(q["id"])))
        if low == "/pages/lienhe.aspx":
            return self._page(request, "LienHe.aspx", "lh", contact_main())
        if low == "/pages/danhsachvanban.aspx":
            return self._page(request, "DanhSachVanBan.aspx", "dsvb", doc_list_main())
        if low == "/pages/chitietvanban.aspx" and q.get("vbid", "").isdigit() and int(q["vbid"]) in DOCS:
            return self._page(request, "ChiTietVanBan.aspx?" + request.query, "vb" + q["vbid"], doc_main(int(q["vbid"])))
        if low == "/pages/thuvienanh.aspx" and q.get("albumid") == "3":
            return self._page(request, "ThuVienAnh.aspx?AlbumID=3", "tva3", album_main())
        if low == "/pages/timkiem.aspx":
            return self._page(request, "TimKiem.aspx?" + request.query, "tk", search_main(q.get("tukhoa", "")))
        return None

    def _page(self, request: Request, action: str, state: str, main: str, marquee: bool = False) -> Response:
        body = frame(request, action=action, state=state, main=main, marquee=marquee)
        return html(body, headers={"Cache-Control": "private", "X-AspNet-Version": "4.0.30319", "X-Powered-By": "ASP.NET"})

    def _listing(self, request: Request, q: dict[str, str]) -> Response | None:
        cat = int(q["catid"]) if q.get("catid", "").isdigit() else None
        if cat not in CATS:
            return None
        action = f"DanhSachTin.aspx?CatID={cat}"
        page = 1  # a GET always shows page 1, whatever ?page= says (trap 1)
        if request.method == "POST":
            form = request.form
            state = LISTING_STATES.get(form.get("__VIEWSTATE", ""))
            if state is None or state[0] != cat:
                return _yellow(VS_MAC)
            current = state[1]
            if form.get("__EVENTVALIDATION") != validation(f"ds{cat}p{current}"):
                return _yellow(BAD_POSTBACK)
            target = form.get("__EVENTTARGET", "")
            targets = pager_targets(cat, current)
            if target and target not in targets:
                return _yellow(BAD_POSTBACK)
            page = targets.get(target, current)
            if _header(request, "X-MicrosoftAjax").lower().startswith("delta=true"):
                return _delta(cat, page)
        return self._page(request, action, f"ds{cat}p{page}", listing_main(cat, page))


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------

#: every other URL the site links for an article (trap 7), written out by hand
ALT_PATHS: dict[int, list[str]] = {
    1201: ["/Pages/ChiTietTin.aspx?CatID=2&ItemID=1201"],
    1198: ["/Pages/ChiTietTin.aspx?CatID=5&ItemID=1198"],
    1195: ["/Pages/ChiTietTin.aspx?CatID=2&ItemID=1195"],
    1183: ["/Pages/ChiTietTin.aspx?ItemID=1183&CatID=5&t=dn"],
    1180: [
        "/Pages/ChiTietTin.aspx?ItemID=1180&CatID=5",
        "/Pages/ChiTietTin.aspx?ItemID=1180&CatID=2&t=dn",
        "/Pages/ChiTietTin.aspx?ItemID=1180",
    ],
    1171: ["/Pages/ChiTietTin.aspx?ItemID=1171&CatID=2&t=dn", "/Pages/ChiTietTin.aspx?ItemID=1171"],
}

GOLD = [
    gold_record(
        s,
        art_path(s.id, s.cat),
        CATS[s.cat],
        canonical_path=art_path(s.id, s.cat),
        alt_paths=[*ALT_PATHS.get(s.id, []), print_path(s.id)],
    )
    for s in NEWEST
]

NON_ARTICLES = [
    "/Pages/GioiThieu.aspx?ID=1",
    "/Pages/GioiThieu.aspx?ID=2",
    "/Pages/LienHe.aspx",
    "/Pages/ChiTietVanBan.aspx?VBID=41",
    "/Pages/ChiTietVanBan.aspx?VBID=42",
    "/Pages/ThuVienAnh.aspx?AlbumID=3",
]
