"""Fixture portal: Sở Giáo dục và Đào tạo tỉnh Bình Định on a vendor ASP.NET WebForms 4.x CMS.

Platform
--------
A Vietnamese vendor's WebForms 4.x portal (".NET Framework 4.0.30319", controls rendered with
``controlRenderingCompatibilityVersion="3.5"``, hence ``ctl00_…`` ids): one master page with a
single ``<form name="aspnetForm" method="post" action="./Page.aspx?…">`` holding __EVENTTARGET,
__EVENTARGUMENT, __VIEWSTATE ("/wEP…"), __VIEWSTATEGENERATOR and __EVENTVALIDATION ("/wEW…"), a
ScriptManager (``Sys.WebForms.PageRequestManager._initialize``) and, on category pages, an
UpdatePanel (``ctl00_ContentPlaceHolder1_ucDanhSachTin_upnTinTuc``) around a ListView of news and
a DataPager whose buttons are ``javascript:__doPostBack('ctl00$…$dpTinTuc$ctlNN$ctlNN','')``.
Left column: an ASP.NET TreeView of categories; right column: "Văn bản mới" (in a marquee),
"Lịch công tác" (today's rows), "Tin xem nhiều", a "Liên kết website" drop-down and the counter
"Đang online / Hôm nay / Lượt truy cập"; under the content an image-link banner strip; a footer
with address, phone, e-mail and licence. ``<sessionState cookieless="AutoDetect"/>``; IIS, so
paths and query keys are case-insensitive. Header clock "Thứ Bảy, 05/12/2026".

URL scheme
----------
- ``/Default.aspx`` (also ``/``): home. Start URL.
- ``/Pages/TinTuc.aspx?CatID=<n>``: category listing (ListView, 4 items a page, pages only by
  postback). CatID 2 "Tin hoạt động", 9 "Giáo dục Trung học", 14 "Khảo thí - Kiểm định chất
  lượng", 11 "Giáo dục Mầm non - Tiểu học" (empty), 1 "Giới thiệu" (not linked).
- ``/Pages/ChiTietTin.aspx?NewsID=<n>&CatID=<n>``: article (CatID optional, ignored for content).
- ``/Pages/InTin.aspx?NewsID=<n>``: print view (EnableSessionState=false: no cookie probe).
- ``/Pages/VanBan.aspx`` (list) and ``/Pages/VanBan.aspx?DocID=<n>``: document entries.
- ``/Pages/LichCongTac.aspx?Week=<n>``: weekly work calendar (weeks 48 and 49 have rows; each
  links only to the other).
- ``/Pages/LienHe.aspx`` contact; ``/Pages/TimKiem.aspx?TuKhoa=…`` search (reached by the search
  button's postback, which answers 302).
- ``/(X(1)S(k2mzq4vbn3xr1ydw0hpfej55))/…``: the same pages with the session id in the path.
- Images ``/Upload/Images/yyyy/mm/…``, listing thumbnails ``/Upload/Images/_thumbs/…``,
  attachments ``/Upload/Files/2026/…pdf`` and ``/Upload/VanBan/…pdf``.

Page templates
--------------
- Article: breadcrumb ``div.duong_dan`` "Trang chủ » Tin tức - Sự kiện » <category>"; panel
  ``div#…ucChiTiet_pnlChiTiet.khung_ct`` holding the headline ``span#…_lblTieuDe.tde_ct``, the
  date line ``div.ngay_ct`` ("Ngày đăng: 04/12/2026 4:15:00 CH | [Cập nhật: …] | Lượt xem: N"),
  the tool bar (A-/A+, "In tin" by window.open, e-mail, facebook), the sapo
  ``span#…_lblTomTat`` (bold), the text ``span#…_lblNoiDung.noidung_ct``, then optional
  ``div.tacgia_ct > span#…_lblTacGia``, ``div.nguon_ct > span#…_lblNguon``, ``div.dinhkem_ct``
  (attachments) and ``div.danhgia_ct`` (rating stars); after the panel "Các tin khác" (the 3
  newest others of the category) and the "Ý kiến bạn đọc" form.
- Listing: breadcrumb, category name, the UpdatePanel (table ``…_lvTinTuc_itemPlaceholderContainer``
  of rows: thumbnail link, title cut at ~72 characters + "...", "(dd/mm/yyyy)", lead cut at
  ~160 characters; "Trang i/n" and the DataPager span ``…_dpTinTuc``), a hidden UpdateProgress.
- Home: featured story (thumbnail, title, lead, "Xem tiếp »" LinkButton), "TIN MỚI" (4 links
  without CatID), one box of the 3 newest per category with "Xem thêm »".

How each gold article is reached
--------------------------------
- Tin hoạt động (CatID=2, 6 items): page 1 = 1287, 1283, 1279, 1274; page 2 (postback only) =
  1268, 1261. 1287 also featured on the home page (no CatID) and "Xem tiếp" postback; 1283 in
  "TIN MỚI"; 1274 in "Tin xem nhiều".
- Giáo dục Trung học (CatID=9, 5 items): page 1 = 1285, 1280, 1276, 1270; page 2 (postback only)
  = 1263. 1285, 1280 in "TIN MỚI"; 1280 in "Tin xem nhiều"; 1285, 1270 in 1276's related box.
- Khảo thí - Kiểm định chất lượng (CatID=14, 2 items): 1284, 1272 (1284 also in "TIN MỚI",
  both in "Tin xem nhiều").
No "Các tin khác", box, related list or search-free page links to 1268, 1261 or 1263.

Traps
-----
1. Pagination only by postback (DataPager). Page links are ``__doPostBack`` calls; page 2 is
   the answer to a POST of the whole form (__VIEWSTATE, __EVENTVALIDATION, __EVENTTARGET =
   ``ctl00$ContentPlaceHolder1$ucDanhSachTin$dpTinTuc$ctl01$ctl01`` or "Sau" ``…$ctl02$ctl00``).
   No GET parameter pages (``&Page=2`` is ignored). Gold: 1268, 1261 and 1263 exist only there;
   all 13 are gold.
2. (Not in the README's list: state-relative event targets.) The pager's control ids are
   positions whose meaning is read against the posted view state ("Sau"/"Trước"/"Cuối" mean
   current ± 1); a button disabled in that state, a missing or foreign __EVENTVALIDATION →
   500 "Invalid postback or callback argument"; a made-up view state or one from another page
   class → 500 "Validation of viewstate MAC failed" (the yellow screen). A crawler must post
   the hidden fields of the very page whose link it follows. Gold: error pages are nothing.
3. (Not in the README's list: form serialisation.) The one server form also holds the header's
   search box (prefilled "Nhập từ khóa...") and its submit button ``ctl00$ucTimKiem$btnTim``.
   ASP.NET raises a submit button named in the body before it looks at __EVENTTARGET, so a form
   serialiser that adds the first submit button gets a 302 to ``TimKiem.aspx?TuKhoa=`` (no
   result) instead of page 2. Gold: search pages are not articles.
4. (Not in the README's list: session probing.) cookieless="AutoDetect": a GET without cookies
   is 302'd to the same URL + ``AspxAutoDetectCookieSupport=1`` with a probe cookie (so the start
   page ends at ``/Default.aspx?AspxAutoDetectCookieSupport=1``); when the cookie does not come
   back, 302 to ``/(X(1)S(k2mz…))/<path>`` and every relative link keeps the session segment
   (rooted links lose it and probe again). Gold: the clean URL; the probe and cookieless forms of
   each article URL are in alt_paths.
5. Duplicate URLs of one article: listings print ``ChiTietTin.aspx?NewsID=n&CatID=m``, the home
   page's featured/"TIN MỚI" links drop CatID (``?NewsID=n``), the hand-made "Tin xem nhiều"
   control prints ``/Pages/ChiTietTin.aspx?catid=m&newsid=n`` (lower-case keys, other order),
   the print view ``InTin.aspx?NewsID=n`` sits in a ``window.open`` call, and the "Xem tiếp"
   LinkButton is a postback answered by a 302 to the article. Gold: path and canonical_path
   ``/Pages/ChiTietTin.aspx?NewsID=n&CatID=m``; the other forms in alt_paths.
6. (Not in the README's list: where the headline is.) ``<title>`` is the site's name on every
   page and the page's only ``<h1>`` is the header's unit name; the headline is a Label
   ``<span class="tde_ct">``. Listings and the home boxes print titles cut with "...". Gold
   title: the span's full text.
7. (Not in the README's list: text held by Label spans.) The text is inside an inline
   ``<span id="…_lblNoiDung">`` holding ``<p>``, ``<table>`` and ``<div>`` (block in inline); the
   sapo is a sibling ``<span id="…_lblTomTat"><b>``; the byline and source are sibling spans
   (lblTacGia, lblNguon) after it, then the attachment table and rating stars. Gold: the
   lblTomTat text is the summary and the body's first paragraph; bylines, "Nguồn:", "File đính
   kèm", the stars, "Các tin khác" and the comment form are not body.
8. Dates in the vi-VN culture's 12-hour clock: "4:15:00 CH" = 16:15, "8:05:00 SA" = 08:05,
   "12:20:00 CH" = 12:20 (noon), "12:35:00 CH" = 12:35, "7:45:00 CH" = 19:45, "12:00:00 SA" =
   midnight = the day alone (1274 → "2026-11-24"). 1276 prints "Cập nhật: 27/11/2026 9:02:00 SA"
   beside "Ngày đăng" (gold: Ngày đăng, 14:10). Listings print only "(dd/mm/yyyy)".
9. A widget inside the text's container: 1276 has the vendor's floated "TIN LIÊN QUAN" box
   inside lblNoiDung between its paragraphs. Gold: not body.
10. Bylines as this CMS prints them: unit right-aligned "Văn phòng Sở" (1287) and "Phòng
    KT&KĐCLGD" (1272) → authors as printed; "Tin, ảnh: Hoàng Yến" (1283) → author and
    photographer; "Tin: Ngọc Ánh - Ảnh: Thanh Tùng" (1280); lblTacGia "ThS. Trần Quốc Huy -
    Phòng GDTrH" (1285) → "Trần Quốc Huy"; "CN. Võ Thị Kim Oanh (Văn phòng Sở)" (1268) → "Võ Thị
    Kim Oanh"; "Nguyễn Thị Bích Liên (Trường THCS Nhơn Hưng)" (1263); 1279 "Thu Hiền" then
    "(Theo Báo Bình Định)" → author "Thu Hiền", source "Báo Bình Định"; 1270 lblNguon "Nguồn:
    Trung tâm GDNN-GDTX Tây Sơn" → source.
11. Captions in four shapes: CKEditor tables with a caption row (1287, 1280, 1276); an ``<em>``
    paragraph centred under the image (1283, 1272 — printed in parentheses, taken off); a
    ``div.khung_anh`` with ``span.ghichu_anh`` (1261); images with no line (1279, 1280's third).
    1274's line is only "Ảnh: Minh Châu" → caption null, photographer "Minh Châu". Listing and
    home thumbnails (``/_thumbs/``) are not article images.
12. Encodings: 1274's text was typed in decomposed Unicode (Unikey "Unicode tổ hợp"); 1261's
    went through the old editor's entity option (every second letter a named or numeric
    reference). Gold: NFC text.
13. Word paste (1268): ``MsoNormal`` paragraphs and ``MsoListParagraph`` bullets whose "·" is in
    ``mso-list:Ignore`` spans. Gold: the items without the bullet.
14. An official notice as an article (1284): letterhead table (UBND … / CỘNG HÒA …, "Số:
    2318/TB-SGDĐT", "Bình Định, ngày 01 tháng 12 năm 2026"), "THÔNG BÁO" / "Về việc …", then
    "Nơi nhận" and "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / (Đã ký) / Lê Văn Thành". Gold: date
    "2026-12-01" (not the Ngày đăng 02/12), author "Lê Văn Thành", none of those lines in body.
15. Intro pages on the article template: "Giới thiệu chung" and "Cơ cấu tổ chức" are news
    items of CatID=1 served by ChiTietTin.aspx (no date line). Gold: NON_ARTICLES.
16. Chrome: TreeView parent nodes are ``__doPostBack('ctl00$ucMenuTrai$tvDanhMuc','s2')`` (the
    children, real links, sit in ``display:none`` divs); a banner ``<a href="~/Pages/…">`` is
    never resolved (404 from any page); an async postback (``__ASYNCPOST=true`` or
    ``X-MicrosoftAjax: Delta=true``) is answered in the MicrosoftAjax delta format
    (``len|updatePanel|id|html|…``, text/plain), not HTML.

Gold decisions on ambiguous points
----------------------------------
- category: the category the breadcrumb and tree print ("Tin hoạt động"), not the tree's parent
  "Tin tức - Sự kiện".
- Table rows in the text (1285, 1272) are paragraphs, header row included, cells joined " | ".
- Headings typed as bold paragraphs ("1. Nội dung trọng tâm", "Chú thích") are paragraphs;
  1263's "[1]" stays in its sentence and its "Chú thích" entry is text. 1263 has no lblTomTat:
  its bold lead paragraph is the summary.
- 1270's ``<br />`` splits its second paragraph in two.
- "(Theo Báo Bình Định)": parentheses and "Theo" off → "Báo Bình Định".
- The print view is the same article (alt_path); the work calendar weeks, the document entries,
  the intro pages and the contact page are NON_ARTICLES; listings, the document list and the
  search page are not articles and are not listed.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, quote, urlencode

from crawler.demo.server import Request, Response, html, redirect
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

NAME = "aspnet_webforms_updatepanel_listview_sgddt"
PLATFORM = (
    "ASP.NET WebForms 4.x vendor portal (master page, ScriptManager + UpdatePanel around a "
    "ListView with a postback DataPager, TreeView left menu, cookieless=AutoDetect sessions)"
)
START_PATH = "/Default.aspx"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE_TITLE = "SỞ GIÁO DỤC VÀ ĐÀO TẠO BÌNH ĐỊNH - Cổng thông tin điện tử"
SESSION_ID = "k2mzq4vbn3xr1ydw0hpfej55"
COOKIELESS = f"/(X(1)S({SESSION_ID}))"
PAGE_SIZE = 4

CATS: dict[int, str] = {
    1: "Giới thiệu",
    2: "Tin hoạt động",
    9: "Giáo dục Trung học",
    11: "Giáo dục Mầm non - Tiểu học",
    14: "Khảo thí - Kiểm định chất lượng",
}
NEWS_CATS = (2, 9, 11, 14)

# --- the articles -------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1287,
        slug="giao-ban-thang-11",
        title="Sở GD&ĐT tổ chức giao ban công tác giáo dục và đào tạo tháng 11/2026",
        cat="2",
        published_at="2026-12-04T16:15:00+07:00",
        summary=(
            "Chiều 04/12, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến với 11 phòng "
            "GD&ĐT huyện, thị xã, thành phố và các đơn vị trực thuộc để đánh giá kết quả công tác "
            "tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12/2026."
        ),
        sapo_outside=True,
        authors=["Văn phòng Sở"],
        blocks=[
            P(
                "Dự hội nghị tại điểm cầu chính có ông Hồ Văn Dũng, Giám đốc Sở GD&ĐT; các Phó Giám "
                "đốc Sở và lãnh đạo các phòng chuyên môn, nghiệp vụ thuộc Sở. Tại các điểm cầu có lãnh "
                "đạo phòng GD&ĐT, hiệu trưởng các trường THPT và giám đốc các trung tâm GDNN-GDTX."
            ),
            Img(
                "/Upload/Images/2026/12/giaoban-t11-01.jpg",
                "Quang cảnh hội nghị giao ban tại điểm cầu Sở GD&ĐT",
                "Quang cảnh hội nghị giao ban tại điểm cầu Sở GD&ĐT",
                style="tbl",
            ),
            P(
                "Theo báo cáo của Văn phòng Sở, trong tháng 11, toàn ngành đã tổ chức nhiều hoạt động "
                "thiết thực chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026); "
                "hoàn thành việc rà soát, điều chỉnh kế hoạch giáo dục nhà trường sau đợt mưa lũ cuối "
                "tháng 10 làm ảnh hưởng đến 37 trường học ở các huyện Tuy Phước, Phù Cát và thị xã "
                "Hoài Nhơn."
            ),
            P(
                "Công tác kiểm tra nội bộ, sinh hoạt chuyên môn theo cụm trường được duy trì nền nếp. "
                "Tỷ lệ học sinh đi học chuyên cần ở các cấp học đạt trên 98%; số học sinh bỏ học giảm "
                "12 em so với cùng kỳ năm học trước."
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: việc cập nhật dữ "
                "liệu lên cơ sở dữ liệu ngành ở một số đơn vị còn chậm; tình trạng thiếu giáo viên môn "
                "Tin học, Tiếng Anh ở cấp tiểu học vùng miền núi chưa được khắc phục triệt để."
            ),
            Img(
                "/Upload/Images/2026/12/giaoban-t11-02.jpg",
                "Giám đốc Sở Hồ Văn Dũng phát biểu chỉ đạo tại hội nghị",
                "Giám đốc Sở Hồ Văn Dũng phát biểu chỉ đạo tại hội nghị",
                style="tbl",
            ),
            P(
                "Phát biểu chỉ đạo, Giám đốc Sở Hồ Văn Dũng đề nghị các đơn vị tập trung ôn tập, kiểm "
                "tra đánh giá cuối học kỳ I đúng quy định, bảo đảm khách quan, trung thực; chuẩn bị chu "
                "đáo các điều kiện cho Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 và các hội thi dành "
                "cho giáo viên."
            ),
            P(
                "Ông cũng yêu cầu các phòng GD&ĐT chủ động tham mưu UBND cấp huyện bố trí kinh phí sửa "
                "chữa phòng học bị hư hỏng do mưa lũ, hoàn thành trước ngày 31/12/2026 để học sinh yên "
                "tâm học tập."
            ),
            Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
        ],
        opts={"posted": "04/12/2026 4:15:00 CH", "views": 214},
    ),
    Story(
        id=1283,
        slug="gvdg-tieu-hoc",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học năm học 2026-2027",
        cat="2",
        published_at="2026-12-02T08:05:00+07:00",
        summary=(
            "Sáng 01/12, tại Trường Tiểu học số 2 Nhơn Bình (TP Quy Nhơn), Sở GD&ĐT khai mạc Hội "
            "thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học năm học 2026-2027 với sự tham gia của 148 "
            "giáo viên đến từ 11 huyện, thị xã, thành phố."
        ),
        sapo_outside=True,
        authors=["Hoàng Yến"],
        photographers=["Hoàng Yến"],
        blocks=[
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, tích "
                "cực đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018; đồng thời tạo "
                "cơ hội để đội ngũ giáo viên giao lưu, học hỏi kinh nghiệm lẫn nhau."
            ),
            Img(
                "/Upload/Images/2026/12/gvdg-tieuhoc-khaimac.jpg",
                "Các thí sinh tham dự lễ khai mạc hội thi",
                "Các thí sinh tham dự lễ khai mạc hội thi",
                style="pc",
            ),
            P(
                "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng "
                "giảng dạy, giáo dục học sinh và thực hành dạy hai tiết trên lớp, trong đó có một tiết "
                "môn Tiếng Việt hoặc Toán và một tiết do ban tổ chức bốc thăm."
            ),
            P(
                "Năm nay, lần đầu tiên ban tổ chức bổ sung nội dung đánh giá kỹ năng ứng dụng công nghệ "
                "thông tin, khai thác học liệu số trong bài dạy. Các tiết dạy được ghi hình để phục vụ "
                "công tác bồi dưỡng giáo viên sau hội thi."
            ),
            P(
                "Hội thi diễn ra đến hết ngày 12/12/2026 tại 4 điểm trường trên địa bàn TP Quy Nhơn. "
                "Kết quả sẽ được công bố và trao giải trong tháng 12."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Yến</strong></p>'),
        ],
        opts={"posted": "02/12/2026 8:05:00 SA", "views": 377},
    ),
    Story(
        id=1279,
        slug="binh-dang-gioi",
        title=(
            "Ngành Giáo dục hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực "
            "trên cơ sở giới năm 2026"
        ),
        cat="2",
        published_at="2026-11-28T12:20:00+07:00",
        summary=(
            "Ngày 27/11, tại Trường THPT Trưng Vương (TP Quy Nhơn), Sở GD&ĐT phối hợp với Tỉnh đoàn "
            "tổ chức lễ ra quân hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực "
            "trên cơ sở giới năm 2026."
        ),
        sapo_outside=True,
        authors=["Thu Hiền"],
        source="Báo Bình Định",
        blocks=[
            P(
                "Tháng hành động năm nay có chủ đề “Chung tay xây dựng trường học an toàn, bình đẳng, "
                "không bạo lực”. Hơn 1.200 học sinh, đoàn viên và giáo viên đã tham gia lễ ra quân."
            ),
            Img("/Upload/Images/2026/11/ra-quan-binh-dang-gioi.jpg", None, None, style="bare"),
            P(
                "Phát biểu tại buổi lễ, bà Nguyễn Thị Mỹ Lệ, Phó Giám đốc Sở GD&ĐT nhấn mạnh: nhà "
                "trường phải là nơi mỗi học sinh được tôn trọng, được lắng nghe và được bảo vệ."
            ),
            P(
                "“Mỗi thầy cô giáo cần gương mẫu trong lời nói, việc làm, kịp thời phát hiện và hỗ trợ "
                "những em có dấu hiệu bị bắt nạt, xâm hại”, bà Nguyễn Thị Mỹ Lệ nói.",
                style="quote",
            ),
            P(
                "Trong khuôn khổ tháng hành động, các trường THPT trên địa bàn tỉnh sẽ tổ chức diễn đàn "
                "học sinh, sân khấu hóa tình huống, cuộc thi vẽ tranh cổ động và thành lập thêm 25 "
                "phòng tham vấn tâm lý học đường."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Thu Hiền</strong></p>'
                '<p style="text-align: right;"><em>(Theo Báo Bình Định)</em></p>'
            ),
        ],
        opts={"posted": "28/11/2026 12:20:00 CH", "views": 529},
    ),
    Story(
        id=1274,
        slug="hoc-bong-vung-lu",
        title="Trao 120 suất học bổng cho học sinh có hoàn cảnh khó khăn vùng lũ",
        cat="2",
        published_at="2026-11-24",
        authors=["Minh Châu"],
        photographers=["Minh Châu"],
        blocks=[
            P(
                "Ngày 23/11, Sở GD&ĐT phối hợp với Quỹ Khuyến học tỉnh và nhà tài trợ tổ chức trao 120 "
                "suất học bổng cho học sinh có hoàn cảnh đặc biệt khó khăn bị ảnh hưởng bởi đợt mưa lũ "
                "vừa qua tại các huyện Tuy Phước, Phù Cát và An Nhơn."
            ),
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng tiền mặt kèm theo một bộ sách giáo khoa, cặp "
                "sách và áo ấm. Tổng giá trị các phần quà hơn 300 triệu đồng."
            ),
            Img(
                "/Upload/Images/2026/11/trao-hoc-bong-vung-lu.jpg",
                "Ảnh: Minh Châu",
                None,
                style="pc",
            ),
            P(
                "Em Lê Thị Kim Ngân, học sinh lớp 9A Trường THCS Phước Sơn, có nhà bị ngập sâu trong "
                "đợt lũ, xúc động chia sẻ: em sẽ cố gắng học thật tốt để không phụ lòng thầy cô và các "
                "nhà hảo tâm."
            ),
            P(
                "Dịp này, ngành Giáo dục tiếp tục vận động cán bộ, giáo viên ủng hộ một ngày lương để "
                "hỗ trợ các trường khắc phục hậu quả mưa lũ, sớm ổn định việc dạy và học."
            ),
        ],
        opts={"posted": "24/11/2026 12:00:00 SA", "views": 802, "enc": "nfd", "byline": "Minh Châu"},
    ),
    Story(
        id=1268,
        slug="tap-huan-chuyen-doi-so",
        title="Tập huấn chuyển đổi số trong quản lý trường học cho cán bộ quản lý các cấp",
        cat="2",
        published_at="2026-11-17T09:40:00+07:00",
        summary=(
            "Từ ngày 16 đến 18/11, Sở GD&ĐT tổ chức lớp tập huấn chuyển đổi số trong quản lý trường "
            "học cho hơn 350 cán bộ quản lý các trường mầm non, phổ thông trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        authors=["Võ Thị Kim Oanh"],
        blocks=[
            P(
                "Lớp tập huấn được tổ chức theo hình thức kết hợp trực tiếp và trực tuyến, do các "
                "chuyên gia của Cục Khoa học, Công nghệ và Thông tin (Bộ GD&ĐT) trực tiếp hướng dẫn.",
                style="mso",
            ),
            P("Học viên được trang bị các nội dung chính:", style="mso"),
            P(
                "Quản trị hồ sơ điện tử, học bạ số và chữ ký số trong nhà trường;",
                style="mso-li",
            ),
            P(
                "Khai thác cơ sở dữ liệu ngành phục vụ công tác thống kê, báo cáo;",
                style="mso-li",
            ),
            P(
                "Bảo đảm an toàn thông tin và bảo vệ dữ liệu cá nhân của học sinh.",
                style="mso-li",
            ),
            P(
                "Kết thúc lớp tập huấn, mỗi học viên xây dựng một kế hoạch chuyển đổi số của đơn vị "
                "giai đoạn 2026-2030 và nộp về Sở trước ngày 15/12/2026.",
                style="mso",
            ),
        ],
        opts={
            "posted": "17/11/2026 9:40:00 SA",
            "views": 463,
            "byline": "CN. Võ Thị Kim Oanh (Văn phòng Sở)",
        },
    ),
    Story(
        id=1261,
        slug="doan-bo-kiem-tra",
        title="Đoàn công tác Bộ GD&ĐT kiểm tra công tác chuẩn bị năm học tại huyện Hoài Ân",
        cat="2",
        published_at="2026-11-10T15:00:00+07:00",
        authors=["Quang Vinh"],
        blocks=[
            P(
                "Ngày 09/11, đoàn công tác của Bộ GD&ĐT do ông Phạm Ngọc Thưởng, Thứ trưởng Bộ GD&ĐT "
                "làm trưởng đoàn đã kiểm tra công tác chuẩn bị và triển khai nhiệm vụ năm học 2026-2027 "
                "tại huyện Hoài Ân."
            ),
            Img(
                "/Upload/Images/2026/11/doan-bo-hoai-an.jpg",
                "Đoàn công tác kiểm tra cơ sở vật chất tại Trường Tiểu học Ân Thạnh",
                "Đoàn công tác kiểm tra cơ sở vật chất tại Trường Tiểu học Ân Thạnh",
                style="span",
            ),
            P(
                "Đoàn đã đến thăm Trường Tiểu học Ân Thạnh, Trường THCS Ân Tín và Trường PTDTBT "
                "THCS Đak Mang, nơi có đông học sinh dân tộc Bana theo học."
            ),
            P(
                "Báo cáo với đoàn, lãnh đạo Phòng GD&ĐT Hoài Ân cho biết toàn huyện hiện có 54 trường "
                "học, trong đó 41 trường đạt chuẩn quốc gia; khó khăn lớn nhất là thiếu phòng học bộ "
                "môn và nhà bán trú cho học sinh vùng cao."
            ),
            P(
                "Thứ trưởng Phạm Ngọc Thưởng ghi nhận những nỗ lực của ngành Giáo dục địa phương, đồng "
                "thời đề nghị tỉnh quan tâm bố trí nguồn lực đầu tư trường lớp cho các xã miền núi, "
                "bảo đảm điều kiện thực hiện chương trình giáo dục phổ thông mới."
            ),
            Raw('<p align="right"><b>Quang Vinh</b></p>'),
        ],
        opts={"posted": "10/11/2026 3:00:00 CH", "views": 655, "enc": "ent"},
    ),
    Story(
        id=1285,
        slug="trai-nghiem-huong-nghiep",
        title="Hướng dẫn tổ chức hoạt động trải nghiệm, hướng nghiệp cấp THPT học kỳ I năm học 2026-2027",
        cat="9",
        published_at="2026-12-03T10:30:00+07:00",
        summary=(
            "Sở GD&ĐT vừa ban hành văn bản hướng dẫn các trường THPT tổ chức hoạt động trải nghiệm, "
            "hướng nghiệp học kỳ I năm học 2026-2027 theo hướng gắn với thực tiễn sản xuất, kinh "
            "doanh của địa phương."
        ),
        sapo_outside=True,
        authors=["Trần Quốc Huy"],
        blocks=[
            P(
                "Theo hướng dẫn, mỗi trường xây dựng ít nhất hai chủ đề trải nghiệm trong học kỳ, có sự "
                "tham gia của doanh nghiệp, cơ sở giáo dục nghề nghiệp và các trường đại học trên địa bàn."
            ),
            P("1. Nội dung trọng tâm", style="h"),
            P(
                "Tìm hiểu các ngành nghề thế mạnh của tỉnh như chế biến gỗ, nuôi trồng thủy sản, du lịch "
                "và công nghệ thông tin; tổ chức ngày hội tư vấn tuyển sinh, hướng nghiệp cho học sinh "
                "lớp 12."
            ),
            P("2. Phân bổ thời lượng", style="h"),
            P("Khối lớp | Số tiết/học kỳ | Hình thức chủ yếu", style="row"),
            P("Lớp 10 | 35 | Sinh hoạt dưới cờ, câu lạc bộ", style="row"),
            P("Lớp 11 | 35 | Tham quan, dự án học tập", style="row"),
            P("Lớp 12 | 35 | Hướng nghiệp, trải nghiệm tại doanh nghiệp", style="row"),
            P(
                "Các trường báo cáo kết quả thực hiện về Sở (qua Phòng GDTrH) trước ngày 10/01/2027 để "
                "tổng hợp."
            ),
        ],
        opts={
            "posted": "03/12/2026 10:30:00 SA",
            "views": 318,
            "byline": "ThS. Trần Quốc Huy - Phòng GDTrH",
            "attach": [
                ("2291_SGDDT-GDTrH_huong-dan-trai-nghiem.pdf", "Công văn số 2291/SGDĐT-GDTrH"),
                ("phu-luc-ke-hoach-trai-nghiem.pdf", "Phụ lục kèm theo"),
            ],
        },
    ),
    Story(
        id=1280,
        slug="khkt-le-quy-don",
        title="Trường THPT chuyên Lê Quý Đôn đạt 5 giải Nhất Cuộc thi Khoa học kỹ thuật cấp tỉnh",
        cat="9",
        published_at="2026-11-30T19:45:00+07:00",
        summary=(
            "Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027 đã "
            "khép lại với 96 dự án đạt giải; Trường THPT chuyên Lê Quý Đôn dẫn đầu với 5 giải Nhất."
        ),
        sapo_outside=True,
        authors=["Ngọc Ánh"],
        photographers=["Thanh Tùng"],
        blocks=[
            P(
                "Năm nay, cuộc thi thu hút 214 dự án của học sinh 68 trường THCS, THPT, thuộc 20 lĩnh "
                "vực như: kỹ thuật cơ khí, hệ thống nhúng, khoa học môi trường, khoa học xã hội và hành vi."
            ),
            Img(
                "/Upload/Images/2026/11/khkt-cham-thi.jpg",
                "Ban giám khảo chấm dự án tại khu trưng bày",
                "Ban giám khảo chấm dự án tại khu trưng bày",
                style="tbl",
            ),
            P(
                "Nhiều dự án có tính ứng dụng cao, gắn với thực tiễn địa phương như hệ thống cảnh báo "
                "sạt lở đất cho vùng núi An Lão, thiết bị đo độ mặn nước ao nuôi tôm hay ứng dụng hỗ "
                "trợ người khiếm thị đọc sách."
            ),
            Img(
                "/Upload/Images/2026/11/khkt-trao-giai.jpg",
                "Trao giải Nhất cho các nhóm tác giả",
                "Trao giải Nhất cho các nhóm tác giả",
                style="tbl",
            ),
            P(
                "Kết quả, ban tổ chức trao 11 giải Nhất, 22 giải Nhì, 29 giải Ba và 34 giải Tư. Trường "
                "THPT chuyên Lê Quý Đôn đạt 5 giải Nhất, Trường THPT số 1 Phù Cát và Trường THCS Lê "
                "Hồng Phong mỗi trường đạt 2 giải Nhất."
            ),
            Img("/Upload/Images/2026/11/khkt-du-an-sat-lo.jpg", None, None, style="bare"),
            P(
                "Sở GD&ĐT sẽ lựa chọn 6 dự án tiêu biểu để bồi dưỡng, tham dự Cuộc thi Khoa học kỹ "
                "thuật cấp quốc gia dành cho học sinh trung học vào tháng 3/2027."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Ngọc Ánh - Ảnh: Thanh Tùng</strong></p>'
            ),
        ],
        opts={"posted": "30/11/2026 7:45:00 CH", "views": 941},
    ),
    Story(
        id=1276,
        slug="nghien-cuu-bai-hoc-ngu-van",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn lớp 10 cụm trường phía Bắc",
        cat="9",
        published_at="2026-11-26T14:10:00+07:00",
        summary=(
            "Ngày 25/11, tại Trường THPT Tam Quan (thị xã Hoài Nhơn), Sở GD&ĐT tổ chức sinh hoạt "
            "chuyên môn theo nghiên cứu bài học môn Ngữ văn lớp 10 cho giáo viên các trường THPT "
            "cụm phía Bắc của tỉnh."
        ),
        sapo_outside=True,
        authors=["Thanh Hương"],
        blocks=[
            P(
                "Tham dự buổi sinh hoạt có gần 80 giáo viên Ngữ văn đến từ các trường THPT thuộc thị xã "
                "Hoài Nhơn, huyện Hoài Ân, An Lão và Phù Mỹ."
            ),
            P(
                "Giáo viên dự giờ tiết dạy minh họa bài “Văn bản nghị luận: Hiền tài là nguyên khí của "
                "quốc gia” do cô Phan Thị Thu Thảo, Trường THPT Tam Quan thực hiện."
            ),
            Img(
                "/Upload/Images/2026/11/nghien-cuu-bai-hoc-tam-quan.jpg",
                "Tiết dạy minh họa tại lớp 10A2 Trường THPT Tam Quan",
                "Tiết dạy minh họa tại lớp 10A2 Trường THPT Tam Quan",
                style="tbl",
            ),
            Raw("__WIDGET__"),
            P(
                "Trong phần thảo luận, giáo viên tập trung phân tích hoạt động học của học sinh: học "
                "sinh học như thế nào, gặp khó khăn ở đâu và giáo viên cần điều chỉnh gì để mọi em đều "
                "được tham gia."
            ),
            P(
                "Theo kế hoạch, Sở sẽ tiếp tục tổ chức sinh hoạt chuyên môn cụm trường phía Nam vào "
                "tháng 12 với môn Lịch sử và Địa lý."
            ),
        ],
        opts={
            "posted": "26/11/2026 2:10:00 CH",
            "updated": "27/11/2026 9:02:00 SA",
            "views": 287,
            "byline": "Thanh Hương",
        },
    ),
    Story(
        id=1270,
        slug="gdtx-day-nghe",
        title="Giáo dục thường xuyên: nâng cao chất lượng dạy văn hóa kết hợp học nghề",
        cat="9",
        published_at="2026-11-19T16:05:00+07:00",
        source="Trung tâm GDNN-GDTX Tây Sơn",
        blocks=[
            P(
                "Năm học 2026-2027, Trung tâm GDNN-GDTX huyện Tây Sơn có 412 học viên theo học chương "
                "trình giáo dục thường xuyên cấp THPT, trong đó hơn 90% học viên đồng thời học một nghề "
                "trình độ sơ cấp hoặc trung cấp."
            ),
            P(
                "Các nghề được học viên lựa chọn nhiều là điện công nghiệp, công nghệ ô tô, may thời "
                "trang và chế biến món ăn.",
                style="brnext",
            ),
            P(
                "Trung tâm ký kết hợp tác với 9 doanh nghiệp trên địa bàn để học viên thực tập và có việc "
                "làm sau khi tốt nghiệp."
            ),
            P(
                "Để nâng cao chất lượng dạy văn hóa, trung tâm tổ chức phụ đạo buổi chiều cho học viên "
                "yếu, phân công giáo viên kèm cặp theo nhóm nhỏ và tăng cường kiểm tra, đánh giá thường "
                "xuyên."
            ),
            P(
                "Nhờ vậy, tỷ lệ học viên tốt nghiệp THPT năm 2026 của trung tâm đạt 96,4%, cao hơn 5,1% "
                "so với năm trước."
            ),
        ],
        opts={"posted": "19/11/2026 4:05:00 CH", "views": 198, "source_label": True},
    ),
    Story(
        id=1263,
        slug="hoi-thao-lich-su-dia-ly",
        title="Hội thảo đổi mới phương pháp dạy học môn Lịch sử và Địa lý cấp THCS",
        cat="9",
        published_at="2026-11-12T12:35:00+07:00",
        summary=(
            "Hơn 150 cán bộ quản lý, giáo viên dạy môn Lịch sử và Địa lý cấp THCS trong tỉnh đã tham "
            "dự hội thảo do Sở GD&ĐT tổ chức tại TP Quy Nhơn ngày 11/11."
        ),
        authors=["Nguyễn Thị Bích Liên"],
        blocks=[
            P(
                "Hơn 150 cán bộ quản lý, giáo viên dạy môn Lịch sử và Địa lý cấp THCS trong tỉnh đã tham "
                "dự hội thảo do Sở GD&ĐT tổ chức tại TP Quy Nhơn ngày 11/11.",
                style="lead",
            ),
            P(
                "Hội thảo tập trung trao đổi những khó khăn khi một giáo viên phải dạy cả hai phân môn, "
                "việc xây dựng các chủ đề chung và cách kiểm tra, đánh giá theo yêu cầu cần đạt của "
                "chương trình.[1]"
            ),
            P(
                "Nhiều tham luận đề xuất tăng cường sử dụng bản đồ số, tư liệu lịch sử địa phương và tổ "
                "chức học tập tại các di tích như Bảo tàng Quang Trung, tháp Bánh Ít, thành Hoàng Đế."
            ),
            P(
                "Sở GD&ĐT đề nghị các phòng GD&ĐT đưa các giải pháp hiệu quả của hội thảo vào nội dung "
                "sinh hoạt tổ chuyên môn từ học kỳ II."
            ),
            P("Chú thích", style="h"),
            P(
                "[1] Chương trình giáo dục phổ thông môn Lịch sử và Địa lý ban hành kèm theo Thông tư số "
                "32/2018/TT-BGDĐT ngày 26/12/2018 của Bộ trưởng Bộ GD&ĐT."
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Nguyễn Thị Bích Liên</strong> '
                "(Trường THCS Nhơn Hưng)</em></p>"
            ),
        ],
        opts={"posted": "12/11/2026 12:35:00 CH", "views": 141},
    ),
    Story(
        id=1284,
        slug="thong-bao-hsg-12",
        title="Thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
        cat="14",
        published_at="2026-12-01",
        authors=["Lê Văn Thành"],
        blocks=[
            Raw("__LETTERHEAD__"),
            P(
                "Thực hiện Kế hoạch số 1875/KH-SGDĐT ngày 15/8/2026 của Sở GD&ĐT về tổ chức các kỳ thi "
                "năm học 2026-2027, Sở GD&ĐT thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp "
                "12 THPT như sau:"
            ),
            P("1. Thời gian thi", style="h"),
            P(
                "Ngày 23/12/2026: khai mạc, thi các môn Toán, Vật lí, Ngữ văn, Lịch sử; ngày 24/12/2026: "
                "thi các môn Hóa học, Sinh học, Địa lí, Tiếng Anh, Tin học."
            ),
            P("2. Địa điểm thi", style="h"),
            P("Trường THPT chuyên Lê Quý Đôn, số 02 Nguyễn Huệ, TP Quy Nhơn."),
            P("3. Hồ sơ đăng ký", style="h"),
            P(
                "Các đơn vị nhập danh sách thí sinh trên phần mềm quản lý thi và gửi hồ sơ về Phòng Khảo "
                "thí và Kiểm định chất lượng giáo dục trước 16 giờ 00 ngày 11/12/2026."
            ),
            P(
                "Nhận được Thông báo này, đề nghị thủ trưởng các đơn vị triển khai thực hiện nghiêm túc./."
            ),
            Raw("__CLOSING__"),
        ],
        opts={
            "posted": "02/12/2026 9:12:00 SA",
            "views": 1204,
            "attach": [("2318_TB-SGDDT.pdf", "Thông báo số 2318/TB-SGDĐT (bản PDF)")],
        },
    ),
    Story(
        id=1272,
        slug="kiem-dinh-dat-chuan-dot-2",
        title="Công nhận 17 trường đạt kiểm định chất lượng giáo dục và chuẩn quốc gia đợt 2 năm 2026",
        cat="14",
        published_at="2026-11-21T15:45:00+07:00",
        summary=(
            "Căn cứ kết quả đánh giá ngoài, Giám đốc Sở GD&ĐT vừa ký quyết định công nhận 17 trường "
            "mầm non, phổ thông đạt kiểm định chất lượng giáo dục và đạt chuẩn quốc gia đợt 2 năm 2026."
        ),
        sapo_outside=True,
        authors=["Phòng KT&KĐCLGD"],
        blocks=[
            P(
                "Trong đợt này có 6 trường mầm non, 5 trường tiểu học, 4 trường THCS và 2 trường THPT. "
                "Một số trường tiêu biểu được công nhận:"
            ),
            P("Tên trường | Cấp độ kiểm định | Mức chuẩn quốc gia", style="row"),
            P("Trường Tiểu học Cát Tân (Phù Cát) | Cấp độ 3 | Mức độ 2", style="row"),
            P("Trường THCS Nhơn Phúc (An Nhơn) | Cấp độ 2 | Mức độ 1", style="row"),
            P("Trường THPT Nguyễn Trân (Hoài Nhơn) | Cấp độ 2 | Mức độ 1", style="row"),
            Img(
                "/Upload/Images/2026/11/th-cat-tan.jpg",
                "(Trường Tiểu học Cát Tân, huyện Phù Cát được công nhận đạt chuẩn quốc gia mức độ 2)",
                "Trường Tiểu học Cát Tân, huyện Phù Cát được công nhận đạt chuẩn quốc gia mức độ 2",
                style="pc",
            ),
            P(
                "Đến nay, toàn tỉnh có 512/689 trường mầm non, phổ thông đạt chuẩn quốc gia, đạt tỷ lệ "
                "74,3%, vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh đề ra."
            ),
            P(
                "Sở GD&ĐT đề nghị các trường được công nhận tiếp tục duy trì, nâng cao các tiêu chuẩn; "
                "các trường chưa đạt xây dựng lộ trình cải tiến chất lượng cụ thể."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng KT&amp;KĐCLGD</strong></p>'),
        ],
        opts={"posted": "21/11/2026 3:45:00 CH", "views": 733},
    ),
]

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}

#: pages stored as "news" in the intro category (CatID=1), printed by the article template
INTRO_PAGES: list[Story] = [
    Story(
        id=12,
        slug="gioi-thieu-chung",
        title="Giới thiệu chung về Sở Giáo dục và Đào tạo Bình Định",
        cat="1",
        published_at=None,
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo tỉnh Bình Định là cơ quan chuyên môn thuộc UBND tỉnh, có chức "
                "năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh."
            ),
            P(
                "Sở chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND tỉnh, đồng thời "
                "chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo."
            ),
            P("Trụ sở: số 08 Trần Phú, phường Quy Nhơn, tỉnh Bình Định."),
        ],
    ),
    Story(
        id=13,
        slug="co-cau-to-chuc",
        title="Cơ cấu tổ chức",
        cat="1",
        published_at=None,
        blocks=[
            P("Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc.", style="h"),
            P("Giám đốc: ông Hồ Văn Dũng. Phó Giám đốc: bà Nguyễn Thị Mỹ Lệ, ông Lê Văn Thành."),
            P(
                "Các phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế "
                "hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học - Giáo "
                "dục thường xuyên; Phòng Khảo thí và Kiểm định chất lượng giáo dục."
            ),
        ],
    ),
]
INTRO_BY_ID = {s.id: s for s in INTRO_PAGES}

DOCS: dict[int, dict[str, str]] = {
    2150: {
        "so": "2305/SGDĐT-GDTrH",
        "loai": "Công văn",
        "ngay": "30/11/2026",
        "trich_yeu": "V/v hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027",
        "ky": "Nguyễn Thị Mỹ Lệ",
        "file": "2305_SGDDT-GDTrH.pdf",
    },
    2147: {
        "so": "2281/QĐ-SGDĐT",
        "loai": "Quyết định",
        "ngay": "25/11/2026",
        "trich_yeu": (
            "Quyết định công nhận trường đạt kiểm định chất lượng giáo dục và đạt chuẩn quốc gia "
            "đợt 2 năm 2026"
        ),
        "ky": "Hồ Văn Dũng",
        "file": "2281_QD-SGDDT.pdf",
    },
    2139: {
        "so": "2240/KH-SGDĐT",
        "loai": "Kế hoạch",
        "ngay": "18/11/2026",
        "trich_yeu": (
            "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học năm học 2026-2027"
        ),
        "ky": "Nguyễn Thị Mỹ Lệ",
        "file": "2240_KH-SGDDT.pdf",
    },
}

#: the work calendar: ISO weeks of 2026 that have entries (Monday's date, rows)
WEEKS: dict[int, tuple[str, str, list[tuple[str, str, str, str, str]]]] = {
    48: (
        "23/11/2026",
        "29/11/2026",
        [
            ("Thứ Hai 23/11", "Sáng", "Giao ban lãnh đạo Sở", "Giám đốc Sở", "Phòng họp tầng 3"),
            ("Thứ Ba 24/11", "Sáng", "Trao học bổng cho học sinh vùng lũ", "PGĐ Nguyễn Thị Mỹ Lệ",
             "Huyện Tuy Phước"),
            ("Thứ Năm 26/11", "Chiều", "Họp Hội đồng thẩm định kiểm định chất lượng", "PGĐ Lê Văn Thành",
             "Phòng họp tầng 2"),
            ("Thứ Sáu 27/11", "Sáng", "Lễ ra quân Tháng hành động vì bình đẳng giới",
             "PGĐ Nguyễn Thị Mỹ Lệ", "Trường THPT Trưng Vương"),
        ],
    ),
    49: (
        "30/11/2026",
        "06/12/2026",
        [
            ("Thứ Hai 30/11", "Sáng", "Giao ban lãnh đạo Sở", "Giám đốc Sở", "Phòng họp tầng 3"),
            ("Thứ Ba 01/12", "Sáng", "Khai mạc Hội thi GVDG cấp tỉnh bậc Tiểu học", "PGĐ Nguyễn Thị Mỹ Lệ",
             "Trường TH số 2 Nhơn Bình"),
            ("Thứ Năm 03/12", "Chiều", "Làm việc với Phòng GD&ĐT Phù Cát", "Giám đốc Sở", "Huyện Phù Cát"),
            ("Thứ Sáu 04/12", "Chiều", "Hội nghị giao ban trực tuyến tháng 11", "Giám đốc Sở",
             "Hội trường Sở"),
            ("Thứ Bảy 05/12", "Sáng", "Trực cơ quan", "Văn phòng Sở", "Trụ sở Sở"),
        ],
    ),
}
CURRENT_WEEK = 49

# --- links and small pieces ----------------------------------------------------------------


class Ctx:
    """Where the page being drawn lives: links are printed relative, as ResolveClientUrl does."""

    def __init__(self, in_pages: bool):
        self.in_pages = in_pages

    def href(self, app_path: str) -> str:
        """``app_path`` is app-relative ("Pages/TinTuc.aspx?CatID=2", "Default.aspx")."""
        if not self.in_pages:
            return esc(app_path)
        if app_path.startswith("Pages/"):
            return esc(app_path[len("Pages/"):])
        return esc("../" + app_path)


def news_path(story: Story, with_cat: bool = True) -> str:
    base = f"Pages/ChiTietTin.aspx?NewsID={story.id}"
    return f"{base}&CatID={story.cat}" if with_cat else base


def cat_list(cat: int) -> list[Story]:
    """The category's stories, newest first (the ListView's ORDER BY NgayDang DESC)."""
    items = [s for s in STORIES if int(s.cat) == cat] if cat != 1 else list(INTRO_PAGES)
    return sorted(items, key=lambda s: -s.id)


def shorten(value: str, limit: int) -> str:
    """The vendor's Eval("TieuDe").ToString().Substring(0, n) + "..." on listings."""
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + "..."


def day_of(story: Story) -> str:
    return story.opts.get("posted", "")[:10]


def lead_of(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b for b in story.blocks if isinstance(b, P))
    return first.text


def thumb_of(story: Story) -> str:
    imgs = story.images
    if imgs:
        return imgs[0].src.replace("/Upload/Images/", "/Upload/Images/_thumbs/")
    return "/Images/noimage.jpg"


def vs_value(key: str) -> str:
    return opaque("sgddt-viewstate|" + key, 1400, prefix=b"\xff\x01\x0f\x0f\x05\x0a-1283442761\x0f\x16\x04")


def ev_value(key: str) -> str:
    return opaque("sgddt-eventvalidation|" + key, 96, prefix=b"\xff\x01\x16\x09\x02")


VS_GENERATORS = {
    "home": "CA0B0334",
    "cat": "8F2F3CE5",
    "news": "5D1A9E07",
    "print": "2B6C4F11",
    "doc": "71E0D3A8",
    "week": "C4A7B9E2",
    "contact": "0E93F6D4",
    "search": "9A5B2C70",
}


def _page_kind(key: str) -> str:
    return key.split(":", 1)[0]


#: every view state the site hands out, back to the page that made it
VS_LOOKUP: dict[str, str] = {}


def _register_states() -> None:
    keys = ["home", "contact", "search"]
    keys += [f"cat:{c}:{p}" for c in CATS for p in range(1, 4)]
    keys += [f"news:{s.id}" for s in [*STORIES, *INTRO_PAGES]]
    keys += [f"doc:{d}" for d in [0, *DOCS]]
    keys += [f"week:{w}" for w in range(40, 54)]
    for key in keys:
        VS_LOOKUP[vs_value(key)] = key


_register_states()

PAGER = "ctl00$ContentPlaceHolder1$ucDanhSachTin$dpTinTuc"
PAGER_ID = PAGER.replace("$", "_")
UPDATE_PANEL = "ctl00$ContentPlaceHolder1$ucDanhSachTin$upnTinTuc"
UPDATE_PANEL_ID = UPDATE_PANEL.replace("$", "_")
XEM_TIEP = "ctl00$ContentPlaceHolder1$ucTinNoiBat$lbtXemTiep"
SEARCH_BOX = "ctl00$ucTimKiem$txtTuKhoa"
SEARCH_BUTTON = "ctl00$ucTimKiem$btnTim"
SEARCH_PLACEHOLDER = "Nhập từ khóa..."

# --- article text ---------------------------------------------------------------------------


def _tx(story: Story, value: str) -> str:
    enc = story.opts.get("enc")
    if enc == "nfd":
        return text(value, nfd=True)
    if enc == "ent":
        return text(value, entities=2)
    return text(value)


LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="width: 42%; text-align: center; vertical-align: top;">'
    '<span style="font-size: 13px;">UBND TỈNH BÌNH ĐỊNH</span><br />'
    "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />"
    '<span style="font-size: 13px;">Số: 2318/TB-SGDĐT</span></td>'
    '<td style="text-align: center; vertical-align: top;">'
    "<strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />"
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
    "<em>Bình Định, ngày 01 tháng 12 năm 2026</em></td>"
    "</tr></tbody></table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>\n'
    '<p style="text-align: center;"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh '
    "lớp 12 THPT năm học 2026-2027</strong></p>\n"
)
CLOSING = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các trường THPT, THPT chuyên;<br />- Các trung tâm GDNN-GDTX;<br />"
    "- Giám đốc, các PGĐ Sở;<br />- Lưu: VT, KT&amp;KĐCLGD.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />'
    "PHÓ GIÁM ĐỐC</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Lê Văn Thành</strong></td>"
    "</tr></tbody></table>\n"
)


def _related_widget(ctx: Ctx) -> str:
    """The vendor's "Tin liên quan" box, which its editor drops inside the text's own span."""
    items = "".join(
        f'<li><a href="{ctx.href(news_path(BY_ID[i]))}">{esc(BY_ID[i].title)}</a></li>'
        for i in (1285, 1270)
    )
    return (
        '<div class="tlq_trong" style="float: right; width: 230px; margin: 0 0 8px 10px; '
        'border: 1px solid #c9d7ea; padding: 5px;"><div class="tde_tlq"><b>TIN LIÊN QUAN</b></div>'
        f'<ul style="margin: 0; padding-left: 15px;">{items}</ul></div>\n'
    )


def _img(story: Story, img: Img) -> str:
    src = esc(img.src)
    line = _tx(story, img.printed) if img.printed else ""
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl_anh" '
            f'style="width: 500px;"><tbody><tr><td><img alt="" src="{src}" '
            'style="width: 500px; height: 333px;" /></td></tr>'
            f'<tr><td style="text-align: center;"><em>{line}</em></td></tr></tbody></table>\n'
        )
    if img.style == "pc":
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 480px;" /></p>\n'
            f'<p style="text-align: center;"><em><span style="font-size: 12px;">{line}</span></em></p>\n'
        )
    if img.style == "span":
        return (
            f'<div class="khung_anh" style="text-align: center;"><img src="{src}" border="0" '
            f'alt="{esc(img.printed or "")}" /><br /><span class="ghichu_anh">{line}</span></div>\n'
        )
    return f'<p style="text-align: center;"><img alt="" src="{src}" /></p>\n'


_MSO_LI = (
    '<p class="MsoListParagraphCxSpMiddle" style="margin-left:.5in;text-indent:-.25in;'
    'mso-list:l0 level1 lfo1;text-align:justify"><span style="font-family:Symbol;'
    'mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol"><span style="mso-list:Ignore">'
    '·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
    '</span></span></span><span lang="VI" style="font-size:13.0pt;font-family:&quot;Times New Roman'
    '&quot;,serif">{}<o:p></o:p></span></p>\n'
)
_MSO_P = (
    '<p class="MsoNormal" style="text-align:justify;text-indent:.5in;line-height:150%">'
    '<span lang="VI" style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman'
    '&quot;,serif">{}<o:p></o:p></span></p>\n'
)


def render_body(story: Story, ctx: Ctx) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "__WIDGET__":
                out.append(_related_widget(ctx))
            elif b.html == "__LETTERHEAD__":
                out.append(LETTERHEAD)
            elif b.html == "__CLOSING__":
                out.append(CLOSING)
            else:
                out.append('<p>&nbsp;</p>\n' + b.html + "\n")
        elif isinstance(b, Img):
            out.append(_img(story, b))
        elif b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                tag = "td"
                rows.append(
                    "<tr>"
                    + "".join(f'<{tag} style="border: 1px solid #999;">{_tx(story, c)}</{tag}>' for c in cells)
                    + "</tr>"
                )
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; '
                f'border-collapse: collapse;"><tbody>{"".join(rows)}</tbody></table>\n'
            )
            continue
        elif b.style == "mso-li":
            out.append(_MSO_LI.format(_tx(story, b.text)))
        elif b.style == "mso":
            out.append(_MSO_P.format(_tx(story, b.text)))
        elif b.style == "brnext":
            nxt = blocks[i + 1]
            assert isinstance(nxt, P)
            out.append(
                f'<p style="text-align: justify;">{_tx(story, b.text)}<br />\n{_tx(story, nxt.text)}</p>\n'
            )
            i += 2
            continue
        elif b.style == "h":
            out.append(f"<p><strong>{_tx(story, b.text)}</strong></p>\n")
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{_tx(story, b.text)}</strong></p>\n')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{_tx(story, b.text)}</em></p></blockquote>\n")
        else:
            out.append(f'<p style="text-align: justify;">{_tx(story, b.text)}</p>\n')
        i += 1
    return "".join(out)


# --- the master page ------------------------------------------------------------------------

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
</script>
"""

_TREE = [
    ("Giới thiệu", "s1", [("Giới thiệu chung", "Pages/ChiTietTin.aspx?NewsID=12&CatID=1"),
                          ("Cơ cấu tổ chức", "Pages/ChiTietTin.aspx?NewsID=13&CatID=1")]),
    ("Tin tức - Sự kiện", "s2", [(CATS[c], f"Pages/TinTuc.aspx?CatID={c}") for c in (2, 11, 9, 14)]),
    ("Văn bản - Chỉ đạo", "s3", [("Văn bản mới", "Pages/VanBan.aspx")]),
    ("Lịch công tác", None, f"Pages/LichCongTac.aspx?Week={CURRENT_WEEK}"),
    ("Liên hệ", None, "Pages/LienHe.aspx"),
]


def _tree(ctx: Ctx) -> str:
    tv = "ctl00_ucMenuTrai_tvDanhMuc"
    out = [
        f'<a href="#{tv}_SkipLink"><img alt="Bỏ qua liên kết điều hướng." '
        'src="/WebResource.axd?d=Qx7XyK2mV0bq1&amp;t=637453279000000000" width="0" height="0" '
        'style="border-width:0px;" /></a>',
        f'<div id="{tv}" class="cay_dm">',
    ]
    n = 0
    for label, value, children in _TREE:
        tid = f"{tv}t{n}"
        if value is None:
            out.append(
                '<table cellpadding="0" cellspacing="0" style="border-width:0;"><tr><td>'
                '<img src="/WebResource.axd?d=Lf0aQ1&amp;t=637453279000000000" alt="" /></td>'
                f'<td class="{tv}_2" style="white-space:nowrap;"><a class="{tv}_0 nut_la" '
                f'href="{ctx.href(children)}" id="{tid}">{esc(label)}</a></td></tr></table>'
            )
            n += 1
            continue
        out.append(
            '<table cellpadding="0" cellspacing="0" style="border-width:0;"><tr><td>'
            f'<a id="{tv}n{n}" href="javascript:TreeView_ToggleNode({tv}_Data,{n},'
            f"document.getElementById('{tv}n{n}'),' ',document.getElementById('{tv}n{n}Nodes'))\">"
            f'<img src="/WebResource.axd?d=Pl0sN1&amp;t=637453279000000000" alt="Mở rộng {esc(label)}" '
            'style="border-width:0;" /></a></td>'
            f'<td class="{tv}_2" style="white-space:nowrap;"><a class="{tv}_0 nut_cha" '
            f"href=\"javascript:__doPostBack('ctl00$ucMenuTrai$tvDanhMuc','{value}')\" "
            f"onclick=\"TreeView_SelectNode({tv}_Data, this,'{tid}');\" id=\"{tid}\">{esc(label)}</a>"
            "</td></tr></table>"
        )
        out.append(f'<div id="{tv}n{n}Nodes" style="display:none;">')
        n += 1
        for child, target in children:
            out.append(
                '<table cellpadding="0" cellspacing="0" style="border-width:0;"><tr>'
                '<td><div style="width:20px;height:1px"></div></td><td>'
                '<img src="/WebResource.axd?d=Lf0aQ1&amp;t=637453279000000000" alt="" /></td>'
                f'<td class="{tv}_2" style="white-space:nowrap;"><a class="{tv}_0 nut_con" '
                f'href="{ctx.href(target)}" id="{tv}t{n}">{esc(child)}</a></td></tr></table>'
            )
            n += 1
        out.append("</div>")
    out.append(f'</div><a id="{tv}_SkipLink"></a>')
    return "\n".join(out)


def _top_menu(ctx: Ctx) -> str:
    def sub(items: list[tuple[str, str]]) -> str:
        return "<ul>" + "".join(f'<li><a href="{ctx.href(t)}">{esc(x)}</a></li>' for x, t in items) + "</ul>"

    return (
        '<div id="menungang"><ul class="mn_cap1">'
        f'<li class="mn_dau"><a href="{ctx.href("Default.aspx")}">TRANG CHỦ</a></li>'
        f'<li><a href="{ctx.href("Pages/ChiTietTin.aspx?NewsID=12&CatID=1")}">GIỚI THIỆU</a>'
        + sub(_TREE[0][2])
        + "</li>"
        f'<li><a href="{ctx.href("Pages/TinTuc.aspx?CatID=2")}">TIN TỨC</a>'
        + sub(_TREE[1][2])
        + "</li>"
        f'<li><a href="{ctx.href("Pages/VanBan.aspx")}">VĂN BẢN</a></li>'
        f'<li><a href="{ctx.href(f"Pages/LichCongTac.aspx?Week={CURRENT_WEEK}")}">LỊCH CÔNG TÁC</a></li>'
        '<li><a href="http://thuvien.binhdinh.edu.vn" target="_blank">THƯ VIỆN BÀI GIẢNG</a></li>'
        '<li><a href="https://mail.binhdinh.edu.vn" target="_blank">THƯ ĐIỆN TỬ</a></li>'
        f'<li><a href="{ctx.href("Pages/LienHe.aspx")}">LIÊN HỆ</a></li>'
        "</ul></div>"
    )


def _box(title: str, inner: str, cls: str) -> str:
    return (
        f'<div class="khung_phai {cls}"><div class="tde_khung"><span>{esc(title)}</span></div>'
        f'<div class="nd_khung">{inner}</div></div>'
    )


def _right_column(ctx: Ctx) -> str:
    docs = "".join(
        f'<li><a href="{ctx.href(f"Pages/VanBan.aspx?DocID={d}")}" title="{esc(v["trich_yeu"])}">'
        f'<b>{esc(v["so"])}</b></a><br /><span class="ty_vb">{esc(shorten(v["trich_yeu"], 70))}</span>'
        f'<span class="ngay_vb"> ({v["ngay"]})</span></li>'
        for d, v in DOCS.items()
    )
    docs_box = _box(
        "Văn bản mới",
        f'<marquee direction="up" scrollamount="1" onmouseover="this.stop()" onmouseout="this.start()" '
        f'height="180"><ul class="ds_vb">{docs}</ul></marquee>'
        f'<div class="xemtat"><a href="{ctx.href("Pages/VanBan.aspx")}">Xem tất cả »</a></div>',
        "vbmoi",
    )
    today_rows = [r for r in WEEKS[CURRENT_WEEK][2] if r[0].endswith("05/12")]
    lich = "".join(f"<li><b>{esc(r[1])}:</b> {esc(r[2])} <i>({esc(r[3])})</i></li>" for r in today_rows)
    lich_box = _box(
        "Lịch công tác",
        f'<div class="ngay_lct">{HEADER_TODAY}</div><ul class="ds_lct">{lich}</ul>'
        f'<div class="xemtat"><a href="{ctx.href(f"Pages/LichCongTac.aspx?Week={CURRENT_WEEK}")}">'
        "Xem lịch cả tuần »</a></div>",
        "lct",
    )
    # the vendor's "most read" user control builds its links by hand: rooted, keys in lower
    # case and in the other order (ASP.NET's QueryString does not care about either)
    most = "".join(
        f'<li><a href="/Pages/ChiTietTin.aspx?catid={s.cat}&amp;newsid={s.id}">{esc(s.title)}</a></li>'
        for s in (BY_ID[1284], BY_ID[1280], BY_ID[1274], BY_ID[1272])
    )
    most_box = _box("Tin xem nhiều", f'<ul class="ds_xn">{most}</ul>', "xemnhieu")
    links = _box(
        "Liên kết website",
        '<select name="ctl00$ucLienKet$ddlLienKet" id="ctl00_ucLienKet_ddlLienKet" '
        "onchange=\"if(this.value!='0')window.open(this.value);\">"
        '<option selected="selected" value="0">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://binhdinh.gov.vn">Cổng TTĐT tỉnh Bình Định</option>'
        '<option value="https://baobinhdinh.vn">Báo Bình Định</option></select>',
        "lienket",
    )
    counter = _box(
        "Thống kê truy cập",
        '<table class="tk_tc" cellpadding="2"><tr><td>Đang online:</td><td><span id="ctl00_ucThongKe_lblOnline">'
        '87</span></td></tr><tr><td>Hôm nay:</td><td><span id="ctl00_ucThongKe_lblHomNay">2.318</span></td></tr>'
        '<tr><td>Lượt truy cập:</td><td><span id="ctl00_ucThongKe_lblTong">4.870.215</span></td></tr></table>',
        "thongke",
    )
    return docs_box + lich_box + most_box + links + counter


def _banners() -> str:
    items = [
        ("https://moet.gov.vn", "/Upload/QuangCao/bo-gddt.jpg", "Bộ Giáo dục và Đào tạo"),
        ("https://thisinh.thitotnghiepthpt.edu.vn", "/Upload/QuangCao/thi-tot-nghiep.jpg", "Thi tốt nghiệp THPT"),
        ("https://csdl.moet.gov.vn", "/Upload/QuangCao/csdl-nganh.png", "CSDL ngành"),
        # a plain <a> (not runat=server): the "~/" is never resolved, a 404 in any browser
        ("~/Pages/TinTuc.aspx?CatID=14", "/Upload/QuangCao/khao-thi.gif", "Khảo thí"),
        ("https://dichvucong.binhdinh.gov.vn", "/Upload/QuangCao/dich-vu-cong.jpg", "Dịch vụ công"),
    ]
    cells = "".join(
        f'<td><a href="{esc(h)}" target="_blank"><img src="{s}" alt="{esc(a)}" width="180" height="60" '
        'border="0" /></a></td>'
        for h, s, a in items
    )
    return f'<div class="dai_banner"><table cellpadding="2" cellspacing="0"><tr>{cells}</tr></table></div>'


def layout(
    request: Request,
    ctx: Ctx,
    main: str,
    *,
    action: str,
    state_key: str,
    with_panel: bool = False,
    extra_head: str = "",
) -> str:
    """The master page (Site.master) around a content page."""
    vs = vs_value(state_key)
    ev = ev_value(state_key)
    gen = VS_GENERATORS[_page_kind(state_key)]
    panel_init = ""
    if with_panel:
        panel_init = (
            '<script type="text/javascript">\n//<![CDATA[\n'
            "Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', "
            f"['t{UPDATE_PANEL}','{UPDATE_PANEL_ID}'], [], [], 90, 'ctl00');\n//]]>\n</script>\n"
        )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{esc(SITE_TITLE)}
</title><link href="/App_Themes/SoGD/giaodien.css" type="text/css" rel="stylesheet" /><link rel="shortcut icon" href="/favicon.ico" /><meta name="description" content="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Bình Định" /><meta name="keywords" content="giáo dục, Bình Định, sở giáo dục, tuyển sinh, thi cử" />{extra_head}</head>
<body>
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

{_DO_POSTBACK}
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=637453279000000000" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvgH3Y4Xp1&amp;t=ffffffffe8f46b29" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=dwY9oWetJoJoVpgL6Zq8OBQkNY2&amp;t=ffffffffe8f46b29" type="text/javascript"></script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{gen}" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', [], [], [], 90, 'ctl00');
//]]>
</script>
{panel_init}
<div id="bao_ngoai">
 <div id="dau_trang">
  <div class="ngay_ht"><span id="ctl00_lblNgay">{HEADER_TODAY}</span></div>
  <h1 class="ten_dv"><a href="{ctx.href("Default.aspx")}"><img src="/Images/logo_sgd.png" alt="Logo" border="0" />SỞ GIÁO DỤC VÀ ĐÀO TẠO BÌNH ĐỊNH</a></h1>
  <div class="tim_kiem">
   <input name="{SEARCH_BOX}" type="text" value="{SEARCH_PLACEHOLDER}" id="ctl00_ucTimKiem_txtTuKhoa" class="o_tim" onfocus="if(this.value=='{SEARCH_PLACEHOLDER}')this.value='';" onblur="if(this.value=='')this.value='{SEARCH_PLACEHOLDER}';" />
   <input type="submit" name="{SEARCH_BUTTON}" value="Tìm" id="ctl00_ucTimKiem_btnTim" class="nut_tim" />
  </div>
 </div>
 {_top_menu(ctx)}
 <table id="than_trang" cellpadding="0" cellspacing="0" width="1000"><tr>
  <td class="cot_trai" valign="top">
   <div class="tde_khung"><span>DANH MỤC</span></div>
   {_tree(ctx)}
  </td>
  <td class="cot_giua" valign="top">
{main}
  {_banners()}
  </td>
  <td class="cot_phai" valign="top">{_right_column(ctx)}</td>
 </tr></table>
 <div id="chan_trang">
  <p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH ĐỊNH</b></p>
  <p>Địa chỉ: 08 Trần Phú, TP Quy Nhơn, tỉnh Bình Định - Điện thoại: (0256) 3822 514 - Fax: (0256) 3822 917</p>
  <p>Email: sgddt@binhdinh.gov.vn - Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Hồ Văn Dũng</p>
  <p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 16/3/2021. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  <p class="ptk">Thiết kế và phát triển: QNSoft JSC - Bản quyền © 2012-2026</p>
 </div>
</div>
</form>
</body>
</html>
"""

# --- content pages --------------------------------------------------------------------------


def _breadcrumb(ctx: Ctx, *trail: tuple[str, str | None]) -> str:
    parts = [f'<a href="{ctx.href("Default.aspx")}">Trang chủ</a>']
    for label, target in trail:
        parts.append(f'<a href="{ctx.href(target)}">{esc(label)}</a>' if target else esc(label))
    return '<div class="duong_dan"><img src="/Images/icon_home.gif" alt="" /> ' + " » ".join(parts) + "</div>"


def home_main(ctx: Ctx) -> str:
    top = BY_ID[1287]
    newest = [BY_ID[i] for i in (1285, 1284, 1283, 1280)]
    feature = (
        '<div class="tin_noibat">'
        f'<a href="{ctx.href(news_path(top, with_cat=False))}"><img src="{thumb_of(top)}" class="anh_nb" '
        'alt="" border="0" /></a>'
        f'<a class="tde_nb" href="{ctx.href(news_path(top, with_cat=False))}">{esc(top.title)}</a>'
        f'<div class="tt_nb">{esc(lead_of(top))}</div>'
        '<a id="ctl00_ContentPlaceHolder1_ucTinNoiBat_lbtXemTiep" class="xemtiep" '
        f"href=\"javascript:__doPostBack('{XEM_TIEP}','')\">Xem tiếp »</a>"
        "</div>"
    )
    newest_html = "".join(
        f'<li><a href="{ctx.href(news_path(s, with_cat=False))}">{esc(s.title)}</a>'
        f' <span class="ngay_ds">({day_of(s)})</span></li>'
        for s in newest
    )
    boxes = []
    for cat in (2, 9, 14):
        items = cat_list(cat)[:3]
        lis = "".join(
            f'<li><a href="{ctx.href(news_path(s))}">{esc(shorten(s.title, 85))}</a></li>' for s in items
        )
        boxes.append(
            f'<div class="khung_cm"><div class="tde_cm"><a href="{ctx.href(f"Pages/TinTuc.aspx?CatID={cat}")}">'
            f"{esc(CATS[cat].upper())}</a></div><ul>{lis}</ul>"
            f'<div class="xemtat"><a href="{ctx.href(f"Pages/TinTuc.aspx?CatID={cat}")}">Xem thêm »</a></div></div>'
        )
    return (
        '<div class="khung_giua">'
        + feature
        + f'<div class="tin_moi"><div class="tde_cm">TIN MỚI</div><ul>{newest_html}</ul></div>'
        + "".join(boxes)
        + "</div>"
    )


def _pager(cat: int, page: int, pages: int) -> str:
    def link(suffix: str, label: str) -> str:
        return f"<a href=\"javascript:__doPostBack('{PAGER}${suffix}','')\">{label}</a>"

    def off(label: str) -> str:
        return f'<a disabled="disabled">{label}</a>'

    parts = []
    if page > 1:
        parts += [link("ctl00$ctl00", "Đầu"), link("ctl00$ctl01", "Trước")]
    else:
        parts += [off("Đầu"), off("Trước")]
    for n in range(1, pages + 1):
        parts.append(f"<span>{n}</span>" if n == page else link(f"ctl01$ctl{n - 1:02d}", str(n)))
    if page < pages:
        parts += [link("ctl02$ctl00", "Sau"), link("ctl02$ctl01", "Cuối")]
    else:
        parts += [off("Sau"), off("Cuối")]
    return f'<span id="{PAGER_ID}">' + "&nbsp;".join(parts) + "&nbsp;</span>"


def pages_of(cat: int) -> int:
    return max(1, -(-len(cat_list(cat)) // PAGE_SIZE))


def listing_panel(ctx: Ctx, cat: int, page: int) -> str:
    """The UpdatePanel's inner markup: the ListView and its DataPager."""
    items = cat_list(cat)
    chunk = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    pages = pages_of(cat)
    lv = "ctl00_ContentPlaceHolder1_ucDanhSachTin_lvTinTuc"
    if not chunk:
        rows = '<tr><td class="khong_co">Chưa có tin bài trong chuyên mục này.</td></tr>'
    else:
        rows = ""
        for k, s in enumerate(chunk):
            target = ctx.href(news_path(s))
            rows += (
                f'<tr><td class="anh_ds" valign="top"><a id="{lv}_ctrl{k}_hplAnh" href="{target}">'
                f'<img id="{lv}_ctrl{k}_imgAnh" src="{thumb_of(s)}" style="border-width:0px;width:130px;" />'
                "</a></td>"
                f'<td class="nd_ds" valign="top"><a id="{lv}_ctrl{k}_hplTieuDe" class="tde_ds" href="{target}">'
                f"{esc(shorten(s.title, 72))}</a>"
                + (f' <span class="ngay_ds">({day_of(s)})</span>' if s.opts.get("posted") else "")
                + f'<br /><span class="tt_ds">{esc(shorten(lead_of(s), 160))}</span></td></tr>'
            )
    return (
        f'<table id="{lv}_itemPlaceholderContainer" class="ds_tin" cellspacing="0" cellpadding="4" '
        f'width="100%">{rows}</table>'
        f'<div class="phan_trang">Trang {page}/{pages} &nbsp; {_pager(cat, page, pages)}</div>'
    )


def listing_main(ctx: Ctx, cat: int, page: int) -> str:
    trail = [("Tin tức - Sự kiện", None), (CATS[cat], None)] if cat != 1 else [(CATS[1], None)]
    return (
        '<div class="khung_giua">'
        + _breadcrumb(ctx, *trail)
        + f'<div class="tde_chuyenmuc"><span id="ctl00_ContentPlaceHolder1_lblTenCM">{esc(CATS[cat])}</span></div>'
        + f'<div id="{UPDATE_PANEL_ID}">\n'
        + listing_panel(ctx, cat, page)
        + "\n</div>"
        + '<div id="ctl00_ContentPlaceHolder1_ucDanhSachTin_upgTinTuc" style="display:none;">'
        '<img src="/Images/loading.gif" alt="" /> Đang tải dữ liệu...</div>'
        "</div>"
    )


def _date_line(story: Story) -> str:
    posted = story.opts.get("posted")
    if not posted:
        return ""
    line = f'<span id="ctl00_ContentPlaceHolder1_ucChiTiet_lblNgayDang">Ngày đăng: {posted}</span>'
    if story.opts.get("updated"):
        line += (
            ' &nbsp;|&nbsp; <span id="ctl00_ContentPlaceHolder1_ucChiTiet_lblNgayCapNhat">'
            f'Cập nhật: {story.opts["updated"]}</span>'
        )
    views = story.opts.get("views", story.views())
    return (
        f'<div class="ngay_ct"><img src="/Images/icon_lich.gif" alt="" /> {line} &nbsp;|&nbsp; Lượt xem: '
        f'<span id="ctl00_ContentPlaceHolder1_ucChiTiet_lblLuotXem">{views}</span></div>'
    )


def _tail(story: Story) -> str:
    out = ""
    if story.opts.get("byline"):
        out += (
            '<div class="tacgia_ct" style="text-align: right;"><span id="ctl00_ContentPlaceHolder1_ucChiTiet_'
            f'lblTacGia"><b>{esc(story.opts["byline"])}</b></span></div>'
        )
    if story.opts.get("source_label"):
        out += (
            '<div class="nguon_ct" style="text-align: right;"><span id="ctl00_ContentPlaceHolder1_ucChiTiet_'
            f'lblNguon"><i>Nguồn: {esc(story.source or "")}</i></span></div>'
        )
    if story.opts.get("attach"):
        rows = "".join(
            f'<tr><td><img src="/Images/icon_pdf.gif" alt="" /></td><td><a href="/Upload/Files/2026/{f}" '
            f'target="_blank">{esc(label)}</a></td></tr>'
            for f, label in story.opts["attach"]
        )
        out += (
            '<div class="dinhkem_ct"><b>File đính kèm:</b><table class="tbl_dinhkem" cellpadding="2">'
            f"{rows}</table></div>"
        )
    return out


def article_main(request: Request, ctx: Ctx, story: Story) -> str:
    uc = "ctl00_ContentPlaceHolder1_ucChiTiet"
    cat = int(story.cat)
    trail = (
        [("Tin tức - Sự kiện", None), (CATS[cat], f"Pages/TinTuc.aspx?CatID={cat}")]
        if cat != 1
        else [(CATS[1], None)]
    )
    abs_url = f"{request.headers.get('Host', '127.0.0.1')}/Pages/ChiTietTin.aspx?NewsID={story.id}"
    tools = (
        '<div class="congcu_ct"><a href="javascript:void(0);" onclick="CoChu(-1)">A-</a> '
        '<a href="javascript:void(0);" onclick="CoChu(1)">A+</a> | '
        f"<a href=\"javascript:window.open('InTin.aspx?NewsID={story.id}','InTin','width=760,height=600,"
        "scrollbars=yes');void(0);\"><img src=\"/Images/icon_print.gif\" alt=\"\" /> In tin</a> | "
        f'<a href="mailto:?subject={quote(story.title)}"><img src="/Images/icon_mail.gif" alt="" /> Gửi email</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2F{quote(abs_url, safe="")}" '
        'target="_blank"><img src="/Images/icon_fb.gif" alt="Chia sẻ" /></a></div>'
    )
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<span id="{uc}_lblTomTat" class="tomtat_ct"><b>{_tx(story, story.summary)}</b></span>'
    rating = ""
    others = ""
    feedback = ""
    if cat != 1:
        rating = (
            '<div class="danhgia_ct">Đánh giá bài viết: <span id="ctl00_ContentPlaceHolder1_ucChiTiet_rtDanhGia">'
            + "".join(
                f'<img src="/Images/sao_{"vang" if k < 4 else "xam"}.gif" alt="" />' for k in range(5)
            )
            + f"</span> ({story.id % 17 + 3} lượt đánh giá)</div>"
        )
        other = [s for s in cat_list(cat) if s.id != story.id][:3]
        others = (
            '<div class="tin_khac"><div class="tde_tk">Các tin khác</div><ul>'
            + "".join(
                f'<li><a href="{ctx.href(news_path(s))}">{esc(s.title)}</a> <span class="ngay_ds">'
                f"({day_of(s)})</span></li>"
                for s in other
            )
            + "</ul></div>"
        )
        feedback = (
            '<div class="ykien_bd"><div class="tde_tk">Ý kiến bạn đọc</div><table cellpadding="3">'
            '<tr><td>Họ tên:</td><td><input name="ctl00$ContentPlaceHolder1$ucYKien$txtHoTen" type="text" '
            'id="ctl00_ContentPlaceHolder1_ucYKien_txtHoTen" /></td></tr>'
            '<tr><td>Email:</td><td><input name="ctl00$ContentPlaceHolder1$ucYKien$txtEmail" type="text" '
            'id="ctl00_ContentPlaceHolder1_ucYKien_txtEmail" /></td></tr>'
            '<tr><td>Nội dung:</td><td><textarea name="ctl00$ContentPlaceHolder1$ucYKien$txtNoiDung" rows="4" '
            'cols="50" id="ctl00_ContentPlaceHolder1_ucYKien_txtNoiDung"></textarea></td></tr>'
            '<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$ucYKien$btnGui" value="Gửi ý kiến" '
            'id="ctl00_ContentPlaceHolder1_ucYKien_btnGui" /></td></tr></table></div>'
        )
    return (
        '<div class="khung_giua">'
        + _breadcrumb(ctx, *trail)
        + f'<div id="{uc}_pnlChiTiet" class="khung_ct">'
        + f'<span id="{uc}_lblTieuDe" class="tde_ct">{esc(story.title)}</span>'
        + _date_line(story)
        + tools
        + sapo
        + f'<span id="{uc}_lblNoiDung" class="noidung_ct">\n{render_body(story, ctx)}</span>'
        + _tail(story)
        + rating
        + "</div>"
        + others
        + feedback
        + "</div>"
    )


def print_page(story: Story) -> str:
    ctx = Ctx(in_pages=True)
    sapo = f"<p><b>{_tx(story, story.summary)}</b></p>" if story.summary and story.sapo_outside else ""
    posted = story.opts.get("posted", "")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>In tin</title>
<link href="/App_Themes/SoGD/intin.css" type="text/css" rel="stylesheet" /></head>
<body onload="window.print();">
<form name="form1" method="post" action="./InTin.aspx?NewsID={story.id}" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs_value(f"news:{story.id}")}" /></div>
<div class="dau_in"><img src="/Images/logo_in.png" alt="" /> SỞ GIÁO DỤC VÀ ĐÀO TẠO BÌNH ĐỊNH</div>
<div class="tde_in">{esc(story.title)}</div>
<div class="ngay_in">{posted}</div>
{sapo}
<div class="nd_in">
{render_body(story, ctx)}</div>
{_tail(story)}
<div class="cuoi_in"><a href="javascript:window.print();">[In trang]</a> <a href="javascript:window.close();">[Đóng cửa sổ]</a></div>
</form>
</body>
</html>
"""


def docs_main(ctx: Ctx, doc_id: int | None) -> str:
    if doc_id is None:
        rows = "".join(
            f'<tr><td>{esc(v["so"])}</td><td>{v["ngay"]}</td><td><a href="{ctx.href(f"Pages/VanBan.aspx?DocID={d}")}">'
            f'{esc(v["trich_yeu"])}</a></td></tr>'
            for d, v in DOCS.items()
        )
        return (
            '<div class="khung_giua">'
            + _breadcrumb(ctx, ("Văn bản - Chỉ đạo", None))
            + '<table class="bang_vb" border="1" cellspacing="0" cellpadding="4" width="100%">'
            "<tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>"
            + rows
            + "</table></div>"
        )
    v = DOCS[doc_id]
    return (
        '<div class="khung_giua">'
        + _breadcrumb(ctx, ("Văn bản - Chỉ đạo", "Pages/VanBan.aspx"), (v["so"], None))
        + '<table class="ct_vb" border="1" cellspacing="0" cellpadding="5" width="100%">'
        f'<tr><td width="30%"><b>Số/Ký hiệu</b></td><td>{esc(v["so"])}</td></tr>'
        f'<tr><td><b>Loại văn bản</b></td><td>{esc(v["loai"])}</td></tr>'
        f'<tr><td><b>Ngày ban hành</b></td><td>{v["ngay"]}</td></tr>'
        f'<tr><td><b>Trích yếu</b></td><td>{esc(v["trich_yeu"])}</td></tr>'
        f'<tr><td><b>Người ký</b></td><td>{esc(v["ky"])}</td></tr>'
        '<tr><td><b>Cơ quan ban hành</b></td><td>Sở Giáo dục và Đào tạo</td></tr>'
        f'<tr><td><b>File đính kèm</b></td><td><a href="/Upload/VanBan/{v["file"]}">'
        f'<img src="/Images/icon_pdf.gif" alt="" /> {v["file"]}</a></td></tr>'
        "</table></div>"
    )


def week_main(ctx: Ctx, week: int) -> str:
    data = WEEKS.get(week)
    nav = []
    if week - 1 in WEEKS:
        nav.append(f'<a href="{ctx.href(f"Pages/LichCongTac.aspx?Week={week - 1}")}">« Tuần trước</a>')
    if week + 1 in WEEKS:
        nav.append(f'<a href="{ctx.href(f"Pages/LichCongTac.aspx?Week={week + 1}")}">Tuần sau »</a>')
    if data is None:
        body = f'<p class="khong_co">Chưa có lịch công tác tuần {week}.</p>'
    else:
        start, end, rows = data
        body = (
            f'<div class="tde_lct">LỊCH CÔNG TÁC TUẦN {week} (Từ ngày {start} đến ngày {end})</div>'
            '<table class="bang_lct" border="1" cellspacing="0" cellpadding="4" width="100%">'
            "<tr><th>Thứ/Ngày</th><th>Buổi</th><th>Nội dung</th><th>Chủ trì</th><th>Địa điểm</th></tr>"
            + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
            + "</table>"
        )
    return (
        '<div class="khung_giua">'
        + _breadcrumb(ctx, ("Lịch công tác", None))
        + body
        + f'<div class="dieu_huong_tuan">{" | ".join(nav)}</div></div>'
    )


def contact_main(ctx: Ctx) -> str:
    return (
        '<div class="khung_giua">'
        + _breadcrumb(ctx, ("Liên hệ", None))
        + "<h3>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH ĐỊNH</h3>"
        "<p>Địa chỉ: 08 Trần Phú, TP Quy Nhơn, tỉnh Bình Định</p>"
        "<p>Điện thoại: (0256) 3822 514 - Fax: (0256) 3822 917</p>"
        "<p>Email: sgddt@binhdinh.gov.vn</p>"
        '<table cellpadding="3"><tr><td>Họ và tên:</td><td><input name="ctl00$ContentPlaceHolder1$txtHoTen" '
        'type="text" id="ctl00_ContentPlaceHolder1_txtHoTen" /></td></tr><tr><td>Nội dung:</td><td>'
        '<textarea name="ctl00$ContentPlaceHolder1$txtNoiDung" rows="5" cols="50" '
        'id="ctl00_ContentPlaceHolder1_txtNoiDung"></textarea></td></tr><tr><td></td><td>'
        '<input type="submit" name="ctl00$ContentPlaceHolder1$btnGui" value="Gửi liên hệ" '
        'id="ctl00_ContentPlaceHolder1_btnGui" /></td></tr></table></div>'
    )


def search_main(ctx: Ctx, keyword: str) -> str:
    kw = keyword.strip()
    if not kw:
        found: list[Story] = []
        msg = "Vui lòng nhập từ khóa cần tìm."
    else:
        found = [s for s in STORIES if kw.lower() in s.title.lower()]
        msg = f"Tìm thấy {len(found)} kết quả cho từ khóa «{esc(kw)}»." if found else (
            f"Không tìm thấy kết quả nào cho từ khóa «{esc(kw)}»."
        )
    lis = "".join(f'<li><a href="{ctx.href(news_path(s))}">{esc(s.title)}</a></li>' for s in found)
    return (
        '<div class="khung_giua">'
        + _breadcrumb(ctx, ("Tìm kiếm", None))
        + f'<div class="kq_tim">{msg}</div><ul class="ds_kq">{lis}</ul></div>'
    )

# --- the server -----------------------------------------------------------------------------

_COOKIELESS_RE = re.compile(r"^/\(X\(1\)S\(([a-z0-9]{24})\)\)(/.*)$")

_ROUTES = {
    "/": ("home", "./"),
    "/default.aspx": ("home", "./Default.aspx"),
    "/pages/tintuc.aspx": ("cat", "./TinTuc.aspx"),
    "/pages/chitiettin.aspx": ("news", "./ChiTietTin.aspx"),
    "/pages/intin.aspx": ("print", "./InTin.aspx"),
    "/pages/vanban.aspx": ("doc", "./VanBan.aspx"),
    "/pages/lichcongtac.aspx": ("week", "./LichCongTac.aspx"),
    "/pages/lienhe.aspx": ("contact", "./LienHe.aspx"),
    "/pages/timkiem.aspx": ("search", "./TimKiem.aspx"),
}


def _ysod(title: str, detail: str, exc: str) -> Response:
    """ASP.NET's "yellow screen" (customErrors Off on this vendor's server)."""
    body = f"""<!DOCTYPE html>
<html>
    <head>
        <title>{esc(title)}</title>
        <meta name="viewport" content="width=device-width" />
        <style>body {{font-family:"Verdana";font-weight:normal;font-size: .7em;color:black;}}</style>
    </head>
    <body bgcolor="white">
            <span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
            <h2> <i>{esc(title)}</i> </h2></span>
            <font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">
            <b> Description: </b>{esc(detail)}
            <br><br>
            <b> Exception Details: </b>{esc(exc)}<br><br>
            <hr width=100% size=1 color=silver>
            <b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4465.0
            </font>
    </body>
</html>
<!--
[{esc(exc)}]
   System.Web.UI.Page.ProcessRequestMain(Boolean includeStagesBeforeAsyncPoint, Boolean includeStagesAfterAsyncPoint)
-->"""
    return html(body, status=500)


def _mac_failed() -> Response:
    msg = (
        "Validation of viewstate MAC failed. If this application is hosted by a Web Farm or cluster, "
        "ensure that <machineKey> configuration specifies the same validationKey and validation "
        "algorithm. AutoGenerate cannot be used in a cluster."
    )
    return _ysod(
        msg,
        "An unhandled exception occurred during the execution of the current web request.",
        "System.Web.HttpException: " + msg,
    )


def _invalid_postback() -> Response:
    msg = (
        'Invalid postback or callback argument.  Event validation is enabled using <pages '
        'enableEventValidation="true"/> in configuration or <%@ Page EnableEventValidation="true" %> '
        "in a page."
    )
    return _ysod(
        msg,
        "An unhandled exception occurred during the execution of the current web request.",
        "System.ArgumentException: " + msg,
    )


def _delta(parts: list[tuple[str, str, str]]) -> Response:
    """The UpdatePanel's partial answer (MicrosoftAjax "delta" format): length|type|id|content|."""
    body = "".join(f"{len(content)}|{kind}|{ident}|{content}|" for kind, ident, content in parts)
    return Response(
        200,
        body.encode("utf-8"),
        {"Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private"},
    )


def _cookies(request: Request) -> dict[str, str]:
    raw = next((v for k, v in request.headers.items() if k.lower() == "cookie"), "")
    out = {}
    for part in raw.split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip()] = v.strip()
    return out


def _header(request: Request, name: str) -> str:
    return next((v for k, v in request.headers.items() if k.lower() == name.lower()), "")


class SgddtSite:
    """Sở GD&ĐT Bình Định on the vendor's WebForms CMS."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        prefix = ""
        m = _COOKIELESS_RE.match(path)
        if m:
            if m.group(1) != SESSION_ID:
                q = f"?{request.query}" if request.query else ""
                return redirect(COOKIELESS + m.group(2) + q)
            prefix, path = COOKIELESS, m.group(2)
        lower = path.lower()
        if lower.endswith(".axd"):
            return Response(200, b"/* Microsoft Ajax */", {"Content-Type": "application/x-javascript"})
        if lower.startswith("/upload/") and lower.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        static = static_file(path)
        if static is not None:
            return static
        route = _ROUTES.get(lower)
        if route is None:
            return None
        kind, action_file = route
        qp = {k.lower(): v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        state = self._state_key(kind, qp)
        if state is None:
            return None
        cookies = _cookies(request)
        has_cookie = "AspxAutoDetectCookieSupport" in cookies or "ASP.NET_SessionId" in cookies
        if request.method != "POST" and not prefix and not has_cookie and kind != "print":
            # <sessionState cookieless="AutoDetect" />: probe with a redirect, then fall back to
            # a session id in the path when the probe cookie does not come back
            if "aspxautodetectcookiesupport" in qp:
                rest = "&".join(
                    p for p in request.query.split("&") if not p.lower().startswith("aspxautodetectcookiesupport=")
                )
                return redirect(COOKIELESS + path + (f"?{rest}" if rest else ""))
            sep = "&" if request.query else "?"
            resp = redirect(request.target + sep + "AspxAutoDetectCookieSupport=1")
            resp.headers["Set-Cookie"] = "AspxAutoDetectCookieSupport=1; path=/"
            return resp
        action = action_file + (f"?{request.query}" if request.query else "")
        ctx = Ctx(in_pages=lower.startswith("/pages/"))
        if request.method == "POST":
            resp = self._postback(request, kind, state, qp, ctx, action, prefix)
        else:
            resp = self._render(request, kind, state, qp, ctx, action)
        if resp.status == 200 and not prefix and "ASP.NET_SessionId" not in cookies:
            resp.headers["Set-Cookie"] = f"ASP.NET_SessionId={SESSION_ID}; path=/; HttpOnly; SameSite=Lax"
        return resp

    @staticmethod
    def _state_key(kind: str, qp: dict[str, str]) -> str | None:
        def num(name: str) -> int | None:
            value = qp.get(name, "")
            return int(value) if value.isdigit() else None

        if kind in ("home", "contact", "search"):
            return kind
        if kind == "cat":
            cat = num("catid")
            return f"cat:{cat}:1" if cat in CATS else None
        if kind in ("news", "print"):
            nid = num("newsid")
            ok = nid in BY_ID or (kind == "news" and nid in INTRO_BY_ID)
            return f"{kind}:{nid}" if ok else None
        if kind == "doc":
            if "docid" not in qp:
                return "doc:0"
            d = num("docid")
            return f"doc:{d}" if d in DOCS else None
        if kind == "week":
            w = num("week") if "week" in qp else CURRENT_WEEK
            return f"week:{w}" if w is not None and 40 <= w <= 53 else None
        return None

    def _render(
        self, request: Request, kind: str, state: str, qp: dict[str, str], ctx: Ctx, action: str, page: int = 1
    ) -> Response:
        if kind == "print":
            return html(print_page(BY_ID[int(state.split(":")[1])]))
        with_panel = False
        if kind == "home":
            main = home_main(ctx)
        elif kind == "cat":
            cat = int(state.split(":")[1])
            state = f"cat:{cat}:{page}"
            main = listing_main(ctx, cat, page)
            with_panel = True
        elif kind == "news":
            nid = int(state.split(":")[1])
            main = article_main(request, ctx, BY_ID.get(nid) or INTRO_BY_ID[nid])
        elif kind == "doc":
            d = int(state.split(":")[1])
            main = docs_main(ctx, d or None)
        elif kind == "week":
            main = week_main(ctx, int(state.split(":")[1]))
        elif kind == "contact":
            main = contact_main(ctx)
        else:
            main = search_main(ctx, qp.get("tukhoa", ""))
        return html(layout(request, ctx, main, action=action, state_key=state, with_panel=with_panel))

    def _postback(
        self,
        request: Request,
        kind: str,
        state: str,
        qp: dict[str, str],
        ctx: Ctx,
        action: str,
        prefix: str,
    ) -> Response:
        form = request.form
        vs = form.get("__VIEWSTATE")
        if not vs:
            # no view state: not a postback for ASP.NET, the page is drawn as on a GET
            return self._render(request, kind, state, qp, ctx, action)
        posted = VS_LOOKUP.get(vs)
        page_kind = "news" if kind == "print" else kind
        if posted is None or _page_kind(posted) != page_kind:
            return _mac_failed()
        if SEARCH_BUTTON in form:
            # a submit button named in the body is raised before __EVENTTARGET is looked at
            keyword = form.get(SEARCH_BOX, "")
            if keyword == SEARCH_PLACEHOLDER:
                keyword = ""
            return redirect(prefix + "/Pages/TimKiem.aspx?" + urlencode({"TuKhoa": keyword}))
        target = form.get("__EVENTTARGET", "")
        if kind == "home" and target == XEM_TIEP:
            if form.get("__EVENTVALIDATION") != ev_value(posted):
                return _invalid_postback()
            return redirect(prefix + "/" + news_path(BY_ID[1287]))
        if kind != "cat":
            return self._render(request, kind, state, qp, ctx, action)
        cat = int(state.split(":")[1])
        pages = pages_of(cat)
        current = min(int(posted.split(":")[2]), pages)
        new_page = current
        if target.startswith(PAGER + "$"):
            if form.get("__EVENTVALIDATION") != ev_value(posted):
                return _invalid_postback()
            new_page = self._pager_target(target[len(PAGER) + 1 :], current, pages)
            if new_page is None:
                return _invalid_postback()
        is_async = form.get("__ASYNCPOST") == "true" or "Delta=true" in _header(request, "X-MicrosoftAjax")
        if not is_async:
            return self._render(request, kind, state, qp, ctx, action, page=new_page)
        key = f"cat:{cat}:{new_page}"
        return _delta(
            [
                ("#", "", "4"),
                ("updatePanel", UPDATE_PANEL_ID, "\n" + listing_panel(ctx, cat, new_page) + "\n"),
                ("hiddenField", "__EVENTTARGET", ""),
                ("hiddenField", "__EVENTARGUMENT", ""),
                ("hiddenField", "__VIEWSTATE", vs_value(key)),
                ("hiddenField", "__VIEWSTATEGENERATOR", VS_GENERATORS["cat"]),
                ("hiddenField", "__EVENTVALIDATION", ev_value(key)),
                ("asyncPostBackControlIDs", "", ""),
                ("postBackControlIDs", "", ""),
                ("updatePanelIDs", "", f"t{UPDATE_PANEL},{UPDATE_PANEL_ID}"),
                ("childUpdatePanelIDs", "", ""),
                ("panelsToRefreshIDs", "", f"{UPDATE_PANEL},{UPDATE_PANEL_ID}"),
                ("asyncPostBackTimeout", "", "90"),
                ("formAction", "", action),
                ("pageTitle", "", SITE_TITLE),
            ]
        )

    @staticmethod
    def _pager_target(suffix: str, current: int, pages: int) -> int | None:
        """Which page a DataPager button means: the ids are positions, read against the view state."""
        m = re.fullmatch(r"ctl(\d\d)\$ctl(\d\d)", suffix)
        if not m:
            return None
        field_no, button = int(m.group(1)), int(m.group(2))
        if field_no == 0 and current > 1:
            return {0: 1, 1: current - 1}.get(button)
        if field_no == 1 and button + 1 <= pages and button + 1 != current:
            return button + 1
        if field_no == 2 and current < pages:
            return {0: current + 1, 1: pages}.get(button)
        return None


def build_site() -> SgddtSite:
    return SgddtSite()


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    base = f"/Pages/ChiTietTin.aspx?NewsID={story.id}"
    full = f"{base}&CatID={story.cat}"
    swapped = f"/Pages/ChiTietTin.aspx?catid={story.cat}&newsid={story.id}"
    return [
        base,
        swapped,
        f"/Pages/InTin.aspx?NewsID={story.id}",
        f"{full}&AspxAutoDetectCookieSupport=1",
        f"{base}&AspxAutoDetectCookieSupport=1",
        f"{swapped}&AspxAutoDetectCookieSupport=1",
        COOKIELESS + full,
        COOKIELESS + base,
        COOKIELESS + swapped,
    ]


GOLD: list[dict] = [
    gold_record(
        story,
        f"/Pages/ChiTietTin.aspx?NewsID={story.id}&CatID={story.cat}",
        CATS[int(story.cat)],
        alt_paths=_alt_paths(story),
    )
    for story in STORIES
]

NON_ARTICLES: list[str] = [
    "/Pages/ChiTietTin.aspx?NewsID=12&CatID=1",
    "/Pages/ChiTietTin.aspx?NewsID=13&CatID=1",
    "/Pages/LienHe.aspx",
    f"/Pages/LichCongTac.aspx?Week={CURRENT_WEEK}",
    f"/Pages/LichCongTac.aspx?Week={CURRENT_WEEK - 1}",
    "/Pages/VanBan.aspx?DocID=2150",
    "/Pages/VanBan.aspx?DocID=2147",
    "/Pages/VanBan.aspx?DocID=2139",
]
