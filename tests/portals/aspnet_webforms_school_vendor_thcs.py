"""Trường THCS Lê Quý Đôn (TP Tuy Hòa, Phú Yên) on a 2011 ASP.NET WebForms school-site product.

Platform
--------
"eSchool Web 2.0", a product a local vendor (SaoVietSoft) sold to many schools of the province
around 2011: IIS 7.5 / ASP.NET 2.0, one master page (Site.master) in a 1000-px table layout
(banner in a Flash ``<object>``, a ``ul#nav_menu`` with drop-downs, a date bar with a
``<marquee>`` of notices and a search box, left column "DANH MỤC TIN / VĂN BẢN MỚI / LIÊN KẾT
WEBSITE / THỐNG KÊ TRUY CẬP", right column "TIN ĐỌC NHIỀU / THƯ VIỆN ẢNH / THĂM DÒ Ý KIẾN /
VIDEO CLIP", footer with address, phone, e-mail and "© 2011"). The whole page is one
``<form id="aspnetForm" method="post">`` with ``__VIEWSTATE`` / ``__EVENTVALIDATION``; a POST
(postback: poll, search, contact) answers the same page. Ids are the WebForms ones
(``ctl00_ContentPlaceHolder1_lblNoiDung``), classes are the vendor's Vietnamese abbreviations
(``tde_ct``, ``ngay_luotxem``, ``nguoiviet_ct``, ``ds_tinkhac``, ``phantrang``). IIS routing:
paths and query keys are case-insensitive. Links are relative as the master page resolves
``~/`` (``../Default.aspx`` from a sub-folder page).

URL scheme
----------
- ``/`` and ``/Default.aspx``: home (feature story, "TIN MỚI", one box per category).
- ``/TinTuc/DanhSach.aspx?MaLoai=<n>&Trang=<p>``: a category's listing, 4 items a page, pager
  "Trang: « 1 2 »". MaLoai 1 "Tin tức - Sự kiện", 2 "Hoạt động chuyên môn", 4 "Thông báo"
  (6 "Giới thiệu" has no listing).
- ``/TinTuc/ChiTiet.aspx?MaTin=<id>`` (also ``&MaLoai=<n>``, and ``?MaLoai=2&MaTin=<id>`` from
  the home page's "Hoạt động chuyên môn" box): an article.
- ``/ThuVienAnh/Album.aspx?id=<n>``: a photo album; ``/VanBan/DanhSach.aspx`` and
  ``/VanBan/ChiTiet.aspx?id=<n>``: the documents module; ``/LienHe.aspx``: contact form.
- ``/Upload/...``: images (placeholders), ``.pdf`` / ``.doc`` attachments.

Page templates
--------------
Article (ChiTiet.aspx): breadcrumb ``div.duongdan``; a box whose header is the category in
capitals; the headline in ``span#ctl00_ContentPlaceHolder1_lblTieuDe``; "Ngày cập nhật:
20/11/2026 9:30:00 SA | Lượt xem: 1.234"; a tool row (In bài, Gửi email, Quay lại, Cỡ chữ A+ A-);
for some articles the "Mô tả" field in ``div.mota_ct`` (bold); the stored HTML in
``span#ctl00_ContentPlaceHolder1_lblNoiDung`` (an asp:Label: a ``<span>`` holding ``<p>`` and
``<table>``), followed inside the same span by an AddThis toolbox; then "Người viết: …"
right-aligned; then "Các tin khác": the 3 newest other items of the URL's category, with dates.
The stored HTML is either pasted from Word 2007 (``form="word"``) or typed in FCKeditor 2
(``form="fck"``, Latin-1 letters as named entities: ``L&ecirc; Qu&yacute; &#272;&ocirc;n``).

How each gold article is reached (links from ``/``)
---------------------------------------------------
- 1195, 1192, 1190, 1187, 1184: home "TIN MỚI" (plain URL); 1187, 1192, 1181, 1195, 1175 also in
  "TIN ĐỌC NHIỀU" on every page; 1195 and 1184 in the notice marquee.
- 1181, 1175 and 1190, 1169: listing page 1 of MaLoai 1 / 2, the home boxes and "Các tin khác".
- 1155: listing page 1 of MaLoai 2 and "Các tin khác" of 1190/1181/1169.
- 1160: listing page 2 of MaLoai 1 and the "Xem thêm" line of 1149.
- 1149, 1138 (MaLoai 1) and 1142 (MaLoai 2): ONLY from listing page 2 (``&Trang=2``).

Traps
-----
1. Static master-page title. ``<title>`` is "Trường THCS Lê Quý Đôn - TP Tuy Hòa - Phú Yên" on
   every page, there is no og:title and no ``<h1>``: the headline is only the
   ``lblTieuDe`` span. Listings cut long titles at a word with "..." ("…Ngày hội “Em yêu biển
   đảo quê..."). Gold: ``title`` = the full headline of the article page.
2. One article, four URLs; the breadcrumb follows the URL. ``MaTin=<id>``, ``MaTin=<id>&MaLoai=<n>``
   (listings, "Các tin khác"), ``MaLoai=2&MaTin=<id>`` (home box, parameters swapped), and for
   1181 (filed under "Hoạt động chuyên môn", cross-listed in "Tin tức - Sự kiện")
   ``&MaLoai=1``, on which the platform prints "Tin tức - Sự kiện" in the breadcrumb, box header
   and "Các tin khác". Gold: ``canonical_path`` = ``/TinTuc/ChiTiet.aspx?MaTin=<id>``, every
   variant in ``alt_paths``; ``category`` = the article's own category (what the plain URL
   prints): 1181 is "Hoạt động chuyên môn".
3. The only date is "Ngày cập nhật" on a 12-hour Vietnamese clock ("h:mm:ss SA|CH", .NET's
   vi-VN designators): "4:15:00 CH" is 16:15, "12:10:00 CH" is 12:10 (noon, not midnight),
   "12:00:00 SA" is midnight = no time. The field is filled when the item is posted (the
   product has no separate publication date), so it is the publication date here. Nearby dates
   are not: "Các tin khác (14/11/2026)", listing dates, the header's "Thứ Bảy, 05/12/2026", dates
   in the text ("Sáng ngày 19/11/2026…"). Gold: 1192 "2026-11-28T16:15:00+07:00", 1175
   "2026-11-06T12:10:00+07:00", 1160 "2026-10-24", 1142 "2026-10-09".
4. Word paste debris inside the text: ``<meta>`` and ``<link rel="File-List" href="file:///C:…">``,
   ``<!--[if gte mso 9]><xml><w:WordDocument>…`` blocks, a ``<style>`` of Word's style
   definitions, ``<o:p></o:p>`` and ``<o:p>&nbsp;</o:p>`` spacer paragraphs, smart tags
   (``<st1:place><st1:City>Tuy Hòa</st1:City></st1:place>``), CRLF line breaks inside
   sentences, and runs of formatting that change in the middle of a word (``…trong ph</span><span
   …>ong trào…``). Gold: none of the debris is text; the words are whole ("phong trào", no space
   inserted at a span boundary), smart-tagged names stay in their sentence.
5. VML images. Word writes each picture twice: ``<!--[if gte vml 1]><v:imagedata
   src="file:///C:\\DOCUME~1\\…\\clip_image001.jpg">`` in a comment and ``<![if !vml]><img
   src="../Upload/Images/…">`` in a down-level-revealed conditional. One picture of 1175 was
   never uploaded: its ``<img src="file:///C:/DOCUME~1/…/clip_image002.jpg">`` points at the
   editor's disk. Gold: ``images`` = the uploaded ``<img>`` only (relative ``../Upload/…``
   resolved to ``/Upload/…``); the ``file:///`` picture is no image of the page (not in gold).
6. The "Mô tả" (sapo) printed twice: 1160 prints it bold in ``div.mota_ct`` above the text AND the
   editor pasted it again as the text's first paragraph. Gold: ``summary`` = the sapo, and the
   body starts with it once. (1190 prints its sapo only in ``div.mota_ct``: summary and first
   body paragraph; 1192's sapo is the text's bold first paragraph.)
7. Widgets in the text's container: the ``lblNoiDung`` span also holds the AddThis toolbox
   ("Chia sẻ bài viết:" + empty buttons + script) and, for 1190 and 1184, an attachment line
   "Tệp đính kèm: ChuyenDe_NguVan_HK1.doc" with an icon; 1149 ends with "Xem thêm: <link>".
   Gold: none of these is body, the icon is no image.
8. Bylines. "Người viết:" after the text carries whatever the poster typed: a name with a
   degree and post ("ThS. Lê Thị Thu Hà - Tổ trưởng tổ Ngữ văn" -> "Lê Thị Thu Hà"), an honorific
   ("Thầy Đặng Văn Lực - Tổ Toán - Tin" -> "Đặng Văn Lực"), a unit ("Tổ Khoa học xã hội",
   "Ban Giám hiệu" -> as printed), or the CMS account ("lqd_admin" -> nobody). When it is the
   account, the real credit is inside the text: 1192 ends with right-aligned bold "Tin, ảnh: Phạm
   Quốc Huy" (author and photographer), 1149 with "Theo Báo Phú Yên" (source "Báo Phú Yên";
   1175's "Theo báo cáo, …" is a sentence of the text). 1195 is a notice signed "HIỆU TRƯỞNG /
   (Đã ký) / Nguyễn Văn Thành": author "Nguyễn Văn Thành", date the letterhead's 28/11 although
   "Ngày cập nhật" says 30/11/2026 7:40:00 SA.
9. Captions in three shapes: a centred italic paragraph under the picture (Word and FCK), a
   two-row grey table (picture row, caption row) and a credit only: "(Ảnh: Trần Minh Khoa)",
   "(Ảnh: Nguyễn Văn Sang)". Gold: caption = the line (no parentheses); a credit-only line gives
   caption None and a photographer; a picture with no line has caption None (1192's second).
10. Pager that never ends by itself: "»" always links to ``Trang=<current+1>``, also on the last
    page, and a ``Trang`` past the end answers 200 with the last page again (same items, same
    pager, so ``Trang=3`` links to itself and to nothing new). Gold: nothing; the crawl must stop
    on repeated content, and 1149, 1138, 1142 are only on ``Trang=2``.
11. The intro is served by the article template: "Giới thiệu » Lịch sử nhà trường" is
    ``ChiTiet.aspx?MaTin=3&MaLoai=6`` with the same headline span, "Ngày cập nhật: 15/08/2011
    10:22:31 SA", "Lượt xem" and "Người viết: quantri". Gold: not an article (NON_ARTICLES), like
    the album pages (title, "Ngày đăng", captions) and the document entries.
12. Word lists and ``<br>``: 1149/1190's bullet points are Word list paragraphs whose marker
    ("·" in a Symbol ``mso-list:Ignore`` span inside ``<![if !supportLists]>``) is no text; 1184's
    "- " lines are typed dashes joined by ``<br />`` in one ``<p>`` (kept, one paragraph each).

Gold decisions on ambiguous points
----------------------------------
- "Ngày cập nhật" is the publication date (trap 3): this product has no other date and fills it
  on posting; an edit does not change it (the notice 1195 takes its letterhead's day instead).
- The duplicated sapo (trap 6) is one paragraph, not two.
- A picture whose ``src`` is a ``file:///`` path on the editor's machine is not an image of the
  article (trap 5); Word's VML copy of an uploaded picture is not a second image.
- "Thầy"/"Cô" before a name is dropped like a degree; a unit alone in "Người viết:" is the author.
- 1181's category is the one the canonical URL prints ("Hoạt động chuyên môn"), not the one of
  the listing it was also found in.
- A Word table (1181 results, 1195 timetable) is text: one paragraph per row, cells joined " | ";
  the letterhead table, the "THÔNG BÁO / Về lịch kiểm tra…" lines and the "Nơi nhận / HIỆU
  TRƯỞNG" table of 1195 are not.
- A caption that is only "(Ảnh: X)" names a photographer: caption None.
"""

from __future__ import annotations

import re
from datetime import datetime
from html.entities import codepoint2name

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

NAME = "aspnet_webforms_school_vendor_thcs"
PLATFORM = "ASP.NET WebForms school website product (2011, master page, table layout)"
START_PATH = "/"

HEADER_DAY = "Thứ Bảy, 05/12/2026"
SITE_TITLE = "Trường THCS Lê Quý Đôn - TP Tuy Hòa - Phú Yên"
PAGE_SIZE = 4

#: MaLoai -> category name as the menu and the breadcrumb print it
CATS = {1: "Tin tức - Sự kiện", 2: "Hoạt động chuyên môn", 4: "Thông báo", 6: "Giới thiệu"}
LISTED = (1, 2, 4)


# --- the articles ---------------------------------------------------------------------------
# opts: maloai (primary category), also (other MaLoai whose listing shows it), ngay (the
# "Ngày cập nhật" value as printed), form ("word": pasted from Word; "fck": typed in FCKeditor),
# nguoiviet (the "Người viết:" value), sapo_again (sapo printed above AND pasted as the first
# paragraph), attach (attachment line inside the text), swapped (home box links ?MaLoai=&MaTin=)

_ATTACH = (
    '<p style="text-align: left;"><img src="/Images/icon/icon_doc.gif" alt="" border="0" /> '
    '<b>T&#7879;p &#273;&iacute;nh k&egrave;m:</b> <a href="/Upload/VanBan/{file}" target="_blank">'
    "{file}</a></p>"
)

STORIES: list[Story] = [
    Story(
        id=1187,
        slug="le-ky-niem-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-20T09:30:00+07:00",
        authors=["Nguyễn Thị Hồng Nhung"],
        blocks=[
            P(
                "Sáng ngày 19/11/2026, Trường THCS Lê Quý Đôn, thành phố Tuy Hòa long trọng tổ chức "
                "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Đến dự buổi lễ có "
                "ông Huỳnh Tấn Phát, Phó Trưởng Phòng Giáo dục và Đào tạo thành phố Tuy Hòa; đại diện "
                "Đảng ủy, UBND phường 9; Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo đã "
                "từng công tác tại trường."
            ),
            P(
                "Mở đầu chương trình là các tiết mục văn nghệ đặc sắc do học sinh các lớp dàn dựng, với "
                "những ca khúc ca ngợi tình thầy trò như “Bụi phấn”, “Người thầy”, “Mái trường mến yêu”. "
                "Không khí buổi lễ vì thế trở nên ấm áp, xúc động ngay từ những phút đầu."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường ôn lại truyền thống "
                "vẻ vang của ngành Giáo dục Việt Nam và những thành tích mà tập thể cán bộ, giáo viên, "
                "nhân viên nhà trường đạt được trong năm học 2025 - 2026: 100% học sinh lớp 9 được xét "
                "công nhận tốt nghiệp THCS, 42 học sinh đạt giải trong kỳ thi học sinh giỏi cấp thành "
                "phố và 9 học sinh đạt giải cấp tỉnh."
            ),
            Img(
                "../Upload/Images/2026/11/1911_hieutruong.jpg",
                "Thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                "Thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                style="vml",
            ),
            P(
                "Thay mặt Phòng GD&ĐT, ông Huỳnh Tấn Phát ghi nhận những nỗ lực của nhà trường trong việc "
                "đổi mới phương pháp dạy học, triển khai Chương trình giáo dục phổ thông 2018 và đề nghị "
                "tập thể sư phạm tiếp tục giữ vững danh hiệu trường đạt chuẩn quốc gia mức độ 2."
            ),
            P(
                "Nhân dịp này, nhà trường đã trao giấy khen cho 12 giáo viên có thành tích xuất sắc trong "
                "phong trào thi đua “Dạy tốt - Học tốt” đợt 1 và trao 15 suất học bổng “Tiếp bước đến "
                "trường” cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập, mỗi suất trị giá "
                "1.000.000 đồng."
            ),
            Img(
                "/Upload/TinTuc/2026/11/1911_hocbong.jpg",
                "Đại diện Ban đại diện cha mẹ học sinh trao học bổng cho các em học sinh",
                "Đại diện Ban đại diện cha mẹ học sinh trao học bổng cho các em học sinh",
                style="table",
            ),
            P(
                "Buổi lễ khép lại trong không khí vui tươi, phấn khởi. Đây là dịp để mỗi thầy cô giáo nhìn "
                "lại chặng đường đã qua, tiếp tục rèn luyện phẩm chất, nâng cao năng lực chuyên môn, "
                "xứng đáng với sự tin yêu của học sinh và phụ huynh."
            ),
        ],
        opts={"maloai": 1, "ngay": "20/11/2026 9:30:00 SA", "form": "word",
              "nguoiviet": "Nguyễn Thị Hồng Nhung - GV Ngữ văn"},
    ),
    Story(
        id=1192,
        slug="hoi-khoe-phu-dong",
        title="Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-28T16:15:00+07:00",
        authors=["Phạm Quốc Huy"],
        photographers=["Phạm Quốc Huy"],
        summary=(
            "Từ ngày 24 đến 27/11/2026, Trường THCS Lê Quý Đôn tổ chức Hội khỏe Phù Đổng cấp trường "
            "năm học 2026 - 2027 với sự tham gia của gần 600 vận động viên là học sinh từ lớp 6 đến lớp 9."
        ),
        blocks=[
            P(
                "Từ ngày 24 đến 27/11/2026, Trường THCS Lê Quý Đôn tổ chức Hội khỏe Phù Đổng cấp trường "
                "năm học 2026 - 2027 với sự tham gia của gần 600 vận động viên là học sinh từ lớp 6 đến "
                "lớp 9.",
                style="lead",
            ),
            P(
                "Hội khỏe năm nay gồm 6 môn thi đấu: điền kinh, bóng đá mini nam, cầu lông, bóng bàn, cờ "
                "vua và kéo co. Các nội dung được tổ chức vào buổi chiều để không ảnh hưởng đến thời gian "
                "học tập chính khóa của học sinh."
            ),
            Img(
                "/Upload/TinTuc/2026/11/hkpd_bongda.jpg",
                "Trận chung kết bóng đá mini nam giữa lớp 9A2 và 9A5",
                "Trận chung kết bóng đá mini nam giữa lớp 9A2 và 9A5",
                style="fck",
            ),
            P(
                "Ngay từ những trận đấu đầu tiên, các vận động viên đã thể hiện tinh thần thi đấu quyết "
                "liệt nhưng trung thực, đoàn kết. Nhiều trận đấu bóng đá mini, kéo co diễn ra hấp dẫn, "
                "thu hút đông đảo học sinh đến cổ vũ."
            ),
            P(
                "Kết thúc hội khỏe, Ban tổ chức đã trao 48 huy chương vàng, 48 huy chương bạc và 62 huy "
                "chương đồng cho các vận động viên. Toàn đoàn, lớp 9A2 xếp thứ nhất, lớp 8A1 xếp thứ nhì, "
                "lớp 7A3 xếp thứ ba."
            ),
            Img("/Upload/TinTuc/2026/11/hkpd_keoco.jpg", None, None, style="fck"),
            P(
                "Qua hội khỏe, nhà trường đã chọn được 35 vận động viên xuất sắc để bồi dưỡng, chuẩn bị "
                "tham gia Hội khỏe Phù Đổng thành phố Tuy Hòa lần thứ X dự kiến diễn ra vào tháng 3/2027."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin, &#7843;nh: Ph&#7841;m Qu&#7889;c Huy'
                "</strong></p>"
            ),
        ],
        opts={"maloai": 1, "ngay": "28/11/2026 4:15:00 CH", "form": "fck", "nguoiviet": "lqd_admin"},
    ),
    Story(
        id=1175,
        slug="kiem-tra-pho-cap",
        title="Đón đoàn kiểm tra công tác phổ cập giáo dục THCS năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-06T12:10:00+07:00",
        authors=["Trần Minh Khoa"],
        photographers=["Trần Minh Khoa"],
        blocks=[
            P(
                "Ngày 05/11/2026, đoàn kiểm tra của Ban Chỉ đạo phổ cập giáo dục - xóa mù chữ thành phố "
                "Tuy Hòa do bà Lê Thị Mỹ Hạnh, Phó Trưởng Phòng GD&ĐT làm trưởng đoàn đã đến kiểm tra "
                "công tác phổ cập giáo dục THCS tại Trường THCS Lê Quý Đôn."
            ),
            P(
                "Đoàn đã nghe nhà trường báo cáo kết quả thực hiện công tác phổ cập năm 2026, kiểm tra hồ "
                "sơ phổ cập, sổ đăng bộ, sổ theo dõi kết quả kiểm tra đánh giá học sinh, danh sách học "
                "sinh tốt nghiệp THCS các năm học và đối chiếu số liệu điều tra trên hệ thống thông tin "
                "điện tử."
            ),
            Img("/Upload/TinTuc/2026/11/phocap_hoso.jpg", "(Ảnh: Trần Minh Khoa)", None, style="wcap"),
            P(
                "Theo báo cáo, trên địa bàn phường 9 và phường 7 do nhà trường phụ trách, tỷ lệ thanh "
                "thiếu niên từ 15 đến 18 tuổi có bằng tốt nghiệp THCS đạt 98,6%; tỷ lệ học sinh bỏ học "
                "giữa chừng năm học 2025 - 2026 chỉ còn 0,12%."
            ),
            P(
                "Kết luận buổi kiểm tra, đoàn đánh giá cao sự chuẩn bị chu đáo, khoa học của nhà trường; "
                "hồ sơ phổ cập được lưu trữ đầy đủ, số liệu khớp đúng với thực tế. Đoàn cũng đề nghị nhà "
                "trường tiếp tục phối hợp với các khu phố rà soát, vận động học sinh có nguy cơ bỏ học "
                "trở lại lớp."
            ),
            Raw(
                '<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI">'
                '<img width="320" height="213" '
                'src="file:///C:/DOCUME~1/ADMINI~1/LOCALS~1/Temp/msohtml1/01/clip_image002.jpg" '
                'v:shapes="_x0000_i1026" /></span></p>'
            ),
            P(
                "Đây là cơ sở để thành phố Tuy Hòa đề nghị tỉnh kiểm tra, công nhận duy trì đạt chuẩn "
                "phổ cập giáo dục THCS mức độ 3 năm 2026."
            ),
        ],
        opts={"maloai": 1, "ngay": "06/11/2026 12:10:00 CH", "form": "word", "nguoiviet": "Trần Minh Khoa"},
    ),
    Story(
        id=1160,
        slug="em-yeu-bien-dao",
        title="Học sinh THCS Lê Quý Đôn hưởng ứng Ngày hội “Em yêu biển đảo quê hương”",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-24",
        authors=["Lê Hoàng Yến"],
        summary=(
            "Nhằm giáo dục tình yêu quê hương, ý thức bảo vệ chủ quyền biển, đảo thiêng liêng của Tổ "
            "quốc, Liên đội Trường THCS Lê Quý Đôn đã tổ chức Ngày hội “Em yêu biển đảo quê hương” cho "
            "hơn 1.200 đội viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội gồm nhiều hoạt động phong phú: thi vẽ tranh về biển đảo, hội thi “Rung chuông "
                "vàng” tìm hiểu về chủ quyền biển đảo Việt Nam, triển lãm ảnh tư liệu về quần đảo Hoàng "
                "Sa, Trường Sa và trò chơi dân gian."
            ),
            P(
                "Tại phần thi “Rung chuông vàng”, 100 đội viên đại diện cho 28 chi đội đã trả lời các câu "
                "hỏi về lịch sử, địa lý, các mốc thời gian gắn với chủ quyền biển đảo. Sau 25 câu hỏi gay "
                "cấn, em Nguyễn Ngọc Bảo Trân, lớp 8A3 đã xuất sắc trở thành người rung chuông vàng."
            ),
            Img(
                "/Upload/TinTuc/2026/10/biendao_rcv.jpg",
                "Các đội viên tham gia hội thi “Rung chuông vàng” tìm hiểu về biển đảo",
                "Các đội viên tham gia hội thi “Rung chuông vàng” tìm hiểu về biển đảo",
                style="table",
            ),
            P(
                "Cũng trong ngày hội, các chi đội đã quyên góp được 8.650.000 đồng ủng hộ chương trình "
                "“Vì Trường Sa thân yêu”. Số tiền này được Liên đội chuyển đến Hội đồng Đội thành phố để "
                "gửi tặng cán bộ, chiến sĩ đang làm nhiệm vụ nơi đầu sóng ngọn gió."
            ),
            P(
                "Ngày hội đã để lại nhiều ấn tượng sâu sắc, góp phần bồi dưỡng lòng yêu nước, niềm tự hào "
                "dân tộc cho các em đội viên."
            ),
        ],
        opts={"maloai": 1, "ngay": "24/10/2026 12:00:00 SA", "form": "fck", "sapo_again": True,
              "nguoiviet": "Lê Hoàng Yến - TPT Đội"},
    ),
    Story(
        id=1149,
        slug="phong-chong-duoi-nuoc",
        title="Tuyên truyền phòng, chống đuối nước cho học sinh trong mùa mưa bão",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-15T15:20:00+07:00",
        source="Báo Phú Yên",
        blocks=[
            P(
                "Trước diễn biến phức tạp của thời tiết trong mùa mưa bão năm 2026, ngày 14/10, Trường "
                "THCS Lê Quý Đôn phối hợp với Trung tâm Văn hóa - Thể thao thành phố Tuy Hòa tổ chức buổi "
                "tuyên truyền kỹ năng phòng, chống đuối nước cho hơn 400 học sinh khối 6 và khối 7."
            ),
            P(
                "Tại buổi tuyên truyền, các hướng dẫn viên đã giới thiệu tình hình tai nạn đuối nước ở "
                "trẻ em trên địa bàn tỉnh Phú Yên thời gian qua, phân tích nguyên nhân và hướng dẫn các "
                "em những nguyên tắc an toàn khi đi học trong những ngày mưa lũ:"
            ),
            P("Không đi qua các đoạn đường, ngầm, tràn đang có nước chảy xiết;", style="li"),
            P(
                "Không tắm sông, tắm biển khi không có người lớn đi cùng, nhất là khi có cờ báo nguy hiểm;",
                style="li",
            ),
            P(
                "Khi thấy người bị đuối nước, phải kêu gọi người lớn giúp đỡ, không tự ý nhảy xuống cứu.",
                style="li",
            ),
            Img(
                "/Upload/TinTuc/2026/10/duoinuoc_phao.jpg",
                "Hướng dẫn học sinh cách sử dụng phao cứu sinh",
                "Hướng dẫn học sinh cách sử dụng phao cứu sinh",
                style="fck",
            ),
            P(
                "Các em học sinh cũng được thực hành cách sử dụng phao cứu sinh, cách nổi ngửa và kỹ thuật "
                "sơ cứu ban đầu cho người bị đuối nước. Nhiều em hào hứng tham gia trả lời câu hỏi, nhận "
                "quà từ Ban tổ chức."
            ),
            Raw(
                '<p style="text-align: right;"><em>Theo B&aacute;o Ph&uacute; Y&ecirc;n</em></p>'
            ),
            Raw(
                '<p><strong>Xem th&ecirc;m:</strong> <a href="ChiTiet.aspx?MaTin=1160&amp;MaLoai=1">'
                "H&#7885;c sinh THCS L&ecirc; Qu&yacute; &#272;&ocirc;n h&#432;&#7903;ng &#7913;ng "
                "Ng&agrave;y h&#7897;i &ldquo;Em y&ecirc;u bi&#7875;n &#273;&#7843;o qu&ecirc; "
                "h&#432;&#417;ng&rdquo;</a></p>"
            ),
        ],
        opts={"maloai": 1, "ngay": "15/10/2026 3:20:00 CH", "form": "fck", "nguoiviet": "lqd_admin"},
    ),
    Story(
        id=1138,
        slug="hoc-tap-suot-doi",
        title="Khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-05T07:45:00+07:00",
        authors=["Nguyễn Thị Hồng Nhung"],
        blocks=[
            P(
                "Sáng 02/10/2026, Trường THCS Lê Quý Đôn tổ chức lễ khai mạc Tuần lễ hưởng ứng học tập "
                "suốt đời năm 2026 với chủ đề “Chuyển đổi số trong học tập suốt đời”."
            ),
            P(
                "Trong tuần lễ, thư viện nhà trường mở cửa cả ngày thứ Bảy, trưng bày hơn 500 đầu sách "
                "tham khảo, truyện thiếu nhi và sách kỹ năng sống; tổ chức giới thiệu sách dưới cờ vào các "
                "buổi chào cờ đầu tuần."
            ),
            Img(
                "../Upload/Images/2026/10/tuanle_thuvien.jpg",
                "Học sinh đọc sách tại thư viện nhà trường trong Tuần lễ hưởng ứng học tập suốt đời",
                "Học sinh đọc sách tại thư viện nhà trường trong Tuần lễ hưởng ứng học tập suốt đời",
                style="vml",
            ),
            P(
                "Đặc biệt, nhà trường đã ra mắt “Tủ sách số” với hơn 300 đầu sách điện tử, giúp học sinh "
                "và phụ huynh có thể đọc sách mọi lúc, mọi nơi qua điện thoại hoặc máy tính có kết nối "
                "Internet."
            ),
            P(
                "Hưởng ứng tuần lễ, mỗi lớp sẽ xây dựng một “Góc đọc sách” và đăng ký tham gia cuộc thi "
                "“Đại sứ văn hóa đọc” cấp trường. Các sản phẩm xuất sắc sẽ được chọn dự thi cấp thành phố."
            ),
        ],
        opts={"maloai": 1, "ngay": "05/10/2026 7:45:00 SA", "form": "word",
              "nguoiviet": "Nguyễn Thị Hồng Nhung - GV Ngữ văn"},
    ),
    Story(
        id=1190,
        slug="chuyen-de-ngu-van",
        title="Chuyên đề “Dạy học môn Ngữ văn theo định hướng phát triển năng lực học sinh”",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-25T14:05:00+07:00",
        authors=["Lê Thị Thu Hà"],
        summary=(
            "Ngày 22/11/2026, tổ Ngữ văn Trường THCS Lê Quý Đôn tổ chức sinh hoạt chuyên đề cấp trường "
            "“Dạy học môn Ngữ văn theo định hướng phát triển năng lực học sinh” với sự tham dự của giáo "
            "viên Ngữ văn các trường THCS trong cụm thi đua số 2."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chuyên đề được tổ chức thông qua tiết dạy minh họa bài “Sang thu” (Hữu Thỉnh), Ngữ văn 9, "
                "do cô Trần Thị Bích Ngọc thực hiện tại lớp 9A4. Tiết dạy được thiết kế theo chuỗi hoạt "
                "động: khởi động, hình thành kiến thức, luyện tập và vận dụng."
            ),
            P("Sau tiết dạy, các thầy cô giáo đã tập trung thảo luận, phân tích tiết dạy theo các nội dung:"),
            P("Mức độ phù hợp của chuỗi hoạt động học với mục tiêu và nội dung bài học;", style="li"),
            P(
                "Mức độ rõ ràng của mục tiêu, nội dung, cách thức tổ chức và sản phẩm của mỗi nhiệm vụ;",
                style="li",
            ),
            P("Khả năng tiếp nhận và sẵn sàng học tập của học sinh trong từng hoạt động.", style="li"),
            Img(
                "../Upload/Images/2026/11/chuyende_nguvan.jpg",
                "Cô Trần Thị Bích Ngọc dạy minh họa tại lớp 9A4",
                "Cô Trần Thị Bích Ngọc dạy minh họa tại lớp 9A4",
                style="vml",
            ),
            P(
                "Nhiều ý kiến cho rằng việc tổ chức cho học sinh đọc diễn cảm, vẽ sơ đồ tư duy và thảo "
                "luận nhóm đã giúp các em cảm nhận được vẻ đẹp của khoảnh khắc giao mùa trong bài thơ, "
                "đồng thời phát triển năng lực đọc hiểu văn bản thơ."
            ),
            P(
                "Phát biểu kết luận, thầy Võ Thanh Tùng, Phó Hiệu trưởng nhà trường đề nghị các tổ chuyên "
                "môn tiếp tục đổi mới sinh hoạt chuyên môn theo hướng nghiên cứu bài học, chú trọng quan "
                "sát hoạt động của học sinh thay vì chỉ nhận xét giờ dạy của giáo viên."
            ),
            Raw(_ATTACH.format(file="ChuyenDe_NguVan_HK1.doc")),
        ],
        opts={"maloai": 2, "ngay": "25/11/2026 2:05:00 CH", "form": "word", "swapped": True,
              "nguoiviet": "ThS. Lê Thị Thu Hà - Tổ trưởng tổ Ngữ văn"},
    ),
    Story(
        id=1181,
        slug="giao-vien-day-gioi",
        title=(
            "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027: 18 giáo viên được công nhận "
            "giáo viên dạy giỏi"
        ),
        cat="Hoạt động chuyên môn",
        published_at="2026-11-14T10:00:00+07:00",
        authors=["Võ Thanh Tùng"],
        blocks=[
            P(
                "Thực hiện kế hoạch năm học 2026 - 2027, từ ngày 26/10 đến ngày 12/11/2026, Trường THCS Lê "
                "Quý Đôn tổ chức Hội thi giáo viên dạy giỏi cấp trường. Hội thi có 24 giáo viên đăng ký "
                "tham gia thuộc 6 tổ chuyên môn."
            ),
            Img(
                "/Upload/TinTuc/2026/11/gvdg_dugio.jpg",
                "Ban giám khảo dự giờ tiết dạy của thầy Đặng Văn Lực",
                "Ban giám khảo dự giờ tiết dạy của thầy Đặng Văn Lực",
                style="vml",
            ),
            P(
                "Mỗi giáo viên dự thi phải trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện "
                "hai tiết dạy thực hành, trong đó có một tiết dạy do Ban giám khảo bốc thăm ngẫu nhiên "
                "trước một ngày."
            ),
            P(
                "Kết quả, có 18 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp trường. Các giáo "
                "viên có kết quả cao nhất gồm:"
            ),
            P("TT | Họ và tên | Môn | Xếp loại", style="row"),
            P("1 | Trần Thị Bích Ngọc | Ngữ văn | Giỏi", style="row"),
            P("2 | Đặng Văn Lực | Toán | Giỏi", style="row"),
            P("3 | Nguyễn Thị Kim Oanh | Tiếng Anh | Giỏi", style="row"),
            P("4 | Phan Văn Định | Khoa học tự nhiên | Giỏi", style="row"),
            P(
                "Ban tổ chức đã chọn 8 giáo viên có kết quả cao nhất để tham dự Hội thi giáo viên dạy giỏi "
                "cấp thành phố Tuy Hòa sẽ diễn ra vào tháng 01/2027."
            ),
            P(
                "Hội thi là dịp để giáo viên học tập, trao đổi kinh nghiệm, góp phần nâng cao chất lượng "
                "dạy và học của nhà trường."
            ),
        ],
        opts={"maloai": 2, "also": (1,), "ngay": "14/11/2026 10:00:00 SA", "form": "word",
              "swapped": True, "nguoiviet": "Võ Thanh Tùng - Phó Hiệu trưởng"},
    ),
    Story(
        id=1169,
        slug="nghien-cuu-bai-hoc-toan",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tổ Toán - Tin",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-30T08:20:00+07:00",
        authors=["Đặng Văn Lực"],
        blocks=[
            P(
                "Chiều ngày 28/10/2026, tổ Toán - Tin Trường THCS Lê Quý Đôn tổ chức buổi sinh hoạt chuyên "
                "môn theo nghiên cứu bài học với tiết dạy bài “Hình thang cân” (Toán 8) tại lớp 8A2."
            ),
            P(
                "Trước khi dạy minh họa, nhóm giáo viên trong tổ đã cùng nhau nghiên cứu, thiết kế bài dạy, "
                "dự kiến những khó khăn mà học sinh có thể gặp phải khi phát hiện và chứng minh các tính "
                "chất của hình thang cân."
            ),
            P(
                "Trong tiết dạy, cô Huỳnh Thị Thanh Thảo đã tổ chức cho học sinh hoạt động nhóm, gấp giấy "
                "và đo đạc để tự rút ra tính chất về hai cạnh bên, hai đường chéo của hình thang cân."
            ),
            P(
                "Các giáo viên dự giờ được phân công quan sát từng nhóm học sinh, ghi chép lại quá trình "
                "học tập của các em.",
                style="br",
            ),
            Img(
                "/Upload/TinTuc/2026/10/nchb_toan8.jpg",
                "Học sinh lớp 8A2 hoạt động nhóm trong tiết học",
                "Học sinh lớp 8A2 hoạt động nhóm trong tiết học",
                style="table",
            ),
            P(
                "Buổi thảo luận sau giờ dạy tập trung vào việc học sinh đã học như thế nào, em nào chưa "
                "tham gia tích cực và nguyên nhân vì sao. Từ đó, tổ thống nhất điều chỉnh một số nhiệm vụ "
                "học tập để phù hợp hơn với đối tượng học sinh."
            ),
        ],
        opts={"maloai": 2, "ngay": "30/10/2026 8:20:00 SA", "form": "fck", "swapped": True,
              "nguoiviet": "Thầy Đặng Văn Lực - Tổ Toán - Tin"},
    ),
    Story(
        id=1155,
        slug="so-do-tu-duy",
        title="Hướng dẫn học sinh lớp 9 ôn tập bằng sơ đồ tư duy",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-20T09:00:00+07:00",
        authors=["Tổ Khoa học xã hội"],
        photographers=["Nguyễn Văn Sang"],
        blocks=[
            P(
                "Nhằm giúp học sinh lớp 9 chủ động trong việc ôn tập, chuẩn bị cho kỳ thi tuyển sinh vào "
                "lớp 10, tổ Khoa học xã hội đã triển khai chuyên đề hướng dẫn học sinh ôn tập bằng sơ đồ "
                "tư duy."
            ),
            P(
                "Sơ đồ tư duy giúp học sinh hệ thống hóa kiến thức một cách trực quan, dễ nhớ, dễ ôn. Từ "
                "một từ khóa trung tâm, các em phát triển thành các nhánh chính, nhánh phụ, kết hợp màu "
                "sắc và hình ảnh minh họa."
            ),
            Img("../Upload/Images/2026/10/sodotuduy_9a1.jpg", "(Ảnh: Nguyễn Văn Sang)", None, style="vml"),
            P(
                "Tại các buổi sinh hoạt lớp, giáo viên chủ nhiệm và giáo viên bộ môn hướng dẫn học sinh lập "
                "sơ đồ tư duy cho từng chủ đề của môn Lịch sử và Địa lý, Giáo dục công dân, sau đó tổ chức "
                "cho các nhóm trình bày, góp ý lẫn nhau."
            ),
            P(
                "Bước đầu, nhiều học sinh đã biết tự lập sơ đồ tư duy để ôn tập ở nhà. Một số sản phẩm "
                "đẹp, sáng tạo được nhà trường trưng bày tại thư viện để học sinh các lớp tham khảo."
            ),
        ],
        opts={"maloai": 2, "ngay": "20/10/2026 9:00:00 SA", "form": "word", "nguoiviet": "Tổ Khoa học xã hội"},
    ),
    Story(
        id=1142,
        slug="so-diem-dien-tu",
        title="Tập huấn sử dụng sổ điểm điện tử và học bạ số cho giáo viên",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-09",
        authors=["Trần Minh Khoa"],
        blocks=[
            P(
                "Chiều ngày 08/10/2026, Trường THCS Lê Quý Đôn tổ chức buổi tập huấn sử dụng sổ điểm điện "
                "tử và học bạ số cho toàn thể 68 cán bộ, giáo viên, nhân viên nhà trường."
            ),
            P(
                "Tại buổi tập huấn, thầy Trần Minh Khoa, giáo viên Tin học, phụ trách công tác chuyển đổi "
                "số của nhà trường đã hướng dẫn chi tiết quy trình nhập điểm, nhận xét, khóa sổ điểm theo "
                "từng học kỳ và ký số học bạ bằng chữ ký số cá nhân."
            ),
            P(
                "Giáo viên được thực hành trực tiếp trên máy tính tại phòng Tin học, trao đổi những vướng "
                "mắc thường gặp như sai sót khi nhập điểm, mở khóa sổ điểm, đồng bộ dữ liệu với hệ thống "
                "cơ sở dữ liệu ngành."
            ),
            P(
                "Từ học kỳ I năm học 2026 - 2027, nhà trường thực hiện sổ điểm điện tử ở tất cả các lớp, "
                "thay thế hoàn toàn sổ điểm giấy."
            ),
        ],
        opts={"maloai": 2, "ngay": "09/10/2026 12:00:00 SA", "form": "fck", "nguoiviet": "Trần Minh Khoa"},
    ),
    Story(
        id=1195,
        slug="lich-kiem-tra-hk1",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-11-28",
        authors=["Nguyễn Văn Thành"],
        blocks=[
            Raw("@LETTERHEAD@"),
            P(
                "Căn cứ Kế hoạch năm học 2026 - 2027 của Trường THCS Lê Quý Đôn; căn cứ tình hình thực tế "
                "thực hiện chương trình của các tổ chuyên môn, nhà trường thông báo lịch kiểm tra cuối học "
                "kỳ I như sau:"
            ),
            P("1. Thời gian kiểm tra: từ ngày 21/12/2026 đến ngày 26/12/2026."),
            P(
                "2. Môn kiểm tra tập trung theo đề chung của trường: Ngữ văn, Toán, Tiếng Anh, Khoa học tự "
                "nhiên, Lịch sử và Địa lý."
            ),
            P("Ngày | Buổi sáng | Buổi chiều", style="row"),
            P("21/12/2026 | Ngữ văn (90 phút) | Lịch sử và Địa lý (60 phút)", style="row"),
            P("22/12/2026 | Toán (90 phút) | Tiếng Anh (60 phút)", style="row"),
            P("23/12/2026 | Khoa học tự nhiên (60 phút) | Dự phòng", style="row"),
            P(
                "3. Các môn còn lại do giáo viên bộ môn tổ chức kiểm tra trên lớp theo phân phối chương "
                "trình, hoàn thành trước ngày 19/12/2026."
            ),
            P(
                "4. Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và phụ huynh; nhắc nhở học "
                "sinh ôn tập, có mặt đúng giờ, mang theo đầy đủ dụng cụ học tập."
            ),
            P(
                "Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên chủ nhiệm và cán bộ, giáo "
                "viên, nhân viên nhà trường nghiêm túc thực hiện."
            ),
            Raw("@CLOSING@"),
        ],
        opts={"maloai": 4, "ngay": "30/11/2026 7:40:00 SA", "form": "word", "nguoiviet": "lqd_admin"},
    ),
    Story(
        id=1184,
        slug="doi-tuyen-hsg9",
        title="Thông báo tuyển chọn học sinh vào đội tuyển học sinh giỏi lớp 9 cấp thành phố",
        cat="Thông báo",
        published_at="2026-11-16T15:00:00+07:00",
        authors=["Ban Giám hiệu"],
        blocks=[
            P(
                "Nhằm chuẩn bị lực lượng tham gia Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học "
                "2026 - 2027, nhà trường thông báo tuyển chọn học sinh vào các đội tuyển như sau:"
            ),
            P(
                "- Đối tượng: học sinh lớp 9 có kết quả học tập năm học lớp 8 đạt mức Tốt, điểm trung bình "
                "môn đăng ký dự tuyển từ 8,0 trở lên."
            ),
            P(
                "- Các môn tuyển chọn: Ngữ văn, Toán, Tiếng Anh, Vật lý, Hóa học, Sinh học, Lịch sử, Địa lý "
                "và Tin học.",
                style="br",
            ),
            P("- Thời gian kiểm tra tuyển chọn: 14 giờ 00 ngày 21/11/2026 tại các phòng học khu A.", style="br"),
            P(
                "Học sinh đăng ký dự tuyển với giáo viên chủ nhiệm trước ngày 19/11/2026. Danh sách học "
                "sinh trúng tuyển vào đội tuyển sẽ được công bố trên website của trường và bảng tin nhà "
                "trường."
            ),
            Raw(_ATTACH.format(file="Mau_dang_ky_HSG9.doc")),
        ],
        opts={"maloai": 4, "ngay": "16/11/2026 3:00:00 CH", "form": "fck", "nguoiviet": "Ban Giám hiệu"},
    ),
]

#: the intro page, served by the article template (not an article: see the traps)
INTRO = Story(
    id=3,
    slug="lich-su-nha-truong",
    title="Lịch sử hình thành và phát triển Trường THCS Lê Quý Đôn",
    cat="Giới thiệu",
    published_at=None,
    blocks=[
        P(
            "Trường THCS Lê Quý Đôn được thành lập năm 1994 trên cơ sở tách ra từ Trường PTCS Phường 9, "
            "thị xã Tuy Hòa (nay là thành phố Tuy Hòa). Những ngày đầu thành lập, trường chỉ có 12 phòng "
            "học cấp bốn với 18 lớp và 34 cán bộ, giáo viên."
        ),
        P(
            "Trải qua hơn 30 năm xây dựng và phát triển, đến nay trường có 28 lớp với hơn 1.200 học sinh, "
            "68 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn, trong đó 85% trên chuẩn về trình "
            "độ đào tạo."
        ),
        P(
            "Nhà trường được công nhận đạt chuẩn quốc gia năm 2008, đạt chuẩn quốc gia mức độ 2 năm 2021; "
            "nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc và được Chủ tịch nước tặng Huân chương "
            "Lao động hạng Ba năm 2019."
        ),
    ],
    opts={"maloai": 6, "ngay": "15/08/2011 10:22:31 SA", "form": "fck", "nguoiviet": "quantri"},
)

BY_ID = {s.id: s for s in [*STORIES, INTRO]}


# --- the text as the editors left it ---------------------------------------------------------

_FCK_NAMED = {ord(c) for c in "“”–…"}


def _fck(value: str) -> str:
    """FCKeditor 2's entity processing: Latin-1 letters and typographic marks as named entities."""
    out = []
    for ch in text(value):
        code = ord(ch)
        if (160 <= code < 256 or code in _FCK_NAMED) and code in codepoint2name:
            out.append(f"&{codepoint2name[code]};")
        else:
            out.append(ch)
    return "".join(out)


_WORD_PREAMBLE = (
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
    '<meta name="ProgId" content="Word.Document" /><meta name="Generator" content="Microsoft Word 12" />'
    '<meta name="Originator" content="Microsoft Word 12" />'
    '<link rel="File-List" href="file:///C:%5CDOCUME~1%5CADMINI~1%5CLOCALS~1%5CTemp%5Cmsohtmlclip1'
    '%5C01%5Cclip_filelist.xml" />'
    "<!--[if gte mso 9]><xml>\r\n <w:WordDocument>\r\n  <w:View>Normal</w:View>\r\n"
    "  <w:Zoom>0</w:Zoom>\r\n  <w:TrackMoves/>\r\n  <w:PunctuationKerning/>\r\n"
    "  <w:ValidateAgainstSchemas/>\r\n  <w:Compatibility>\r\n   <w:BreakWrappedTables/>\r\n"
    "  </w:Compatibility>\r\n </w:WordDocument>\r\n</xml><![endif]-->"
    "<!--[if gte mso 9]><xml>\r\n <w:LatentStyles DefLockedState=\"false\" LatentStyleCount=\"267\">\r\n"
    '  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>\r\n'
    " </w:LatentStyles>\r\n</xml><![endif]-->"
    '<style type="text/css">\r\n<!--\r\n /* Font Definitions */\r\n'
    ' @font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}\r\n'
    " /* Style Definitions */\r\n"
    " p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-unhide:no; margin:0in; "
    'margin-bottom:.0001pt; font-size:12.0pt; font-family:"Times New Roman","serif";}\r\n'
    " @page Section1 {size:8.5in 11.0in; margin:1.0in 1.0in 1.0in 1.25in;}\r\n"
    " div.Section1 {page:Section1;}\r\n-->\r\n</style>"
    "<!--[if gte mso 10]><style>\r\n /* Style Definitions */\r\n"
    ' table.MsoNormalTable {mso-style-name:"Table Normal"; mso-tstyle-rowband-size:0;}\r\n'
    "</style><![endif]-->"
)

_WSPAN = 'lang="VI" style="font-size:13.0pt;line-height:130%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;"'


def _word_wrap(value: str) -> str:
    """Word's HTML export breaks long lines at a space with CRLF."""
    out: list[str] = []
    col = 0
    for word in value.split(" "):
        if col and col + len(word) > 74:
            out.append("\r\n")
            col = 0
        elif out:
            out.append(" ")
            col += 1
        out.append(word)
        col += len(word)
    return "".join(out)


def _smart_tags(value: str) -> str:
    return re.sub(
        r"(Tuy\s+Hòa|Phú\s+Yên)",
        r'<st1:place w:st="on"><st1:City w:st="on">\1</st1:City></st1:place>',
        value,
    )


def _split_mid_word(value: str) -> str:
    """A run of formatting that changes in the middle of a word (Word's revision marks)."""
    words = list(re.finditer(r"[^\W\d_]{5,}", value))
    if not words:
        return value
    cut = words[len(words) // 2].start() + 2
    return (
        value[:cut]
        + '</span><span lang="VI" style="font-size:13.0pt;mso-bidi-font-weight:bold">'
        + value[cut:]
    )


def _word_inline(value: str, n: int) -> str:
    t = text(value)
    if n % 3 == 1:
        return _split_mid_word(t)
    return _smart_tags(_word_wrap(t))


def _word_p(parts: list[P], n: int) -> str:
    inner = "<br />\r\n".join(_word_inline(p.text, n + k) for k, p in enumerate(parts))
    return (
        '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:.5in;'
        f'line-height:130%"><span {_WSPAN}>{inner}</span><span lang="VI" style="font-size:13.0pt">'
        "<o:p></o:p></span></p>\r\n"
    )


def _word_li(items: list[P]) -> str:
    out = []
    for k, item in enumerate(items):
        pos = "First" if k == 0 else ("Last" if k == len(items) - 1 else "Middle")
        out.append(
            f'<p class="MsoListParagraphCxSp{pos}" style="margin-left:.5in;text-align:justify;'
            'text-indent:-.25in;mso-list:l0 level1 lfo1"><![if !supportLists]><span lang="VI" '
            'style="font-size:13.0pt;font-family:Symbol;mso-fareast-font-family:Symbol">'
            '<span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></span></span><![endif]>"
            f'<span lang="VI" style="font-size:13.0pt">{text(item.text)}<o:p></o:p></span></p>\r\n'
        )
    return "".join(out)


def _word_rows(rows: list[P]) -> str:
    out = [
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:'
        'collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;'
        'mso-padding-alt:0in 5.4pt 0in 5.4pt">\r\n'
    ]
    for r, row in enumerate(rows):
        out.append(f' <tr style="mso-yfti-irow:{r}">\r\n')
        for cell in row.text.split(" | "):
            inner = text(cell)
            if r == 0:
                inner = f"<b>{inner}</b>"
            out.append(
                '  <td valign="top" style="border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt">'
                f'<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI" '
                f'style="font-size:12.0pt">{inner}<o:p></o:p></span></p></td>\r\n'
            )
        out.append(" </tr>\r\n")
    out.append("</table>\r\n")
    return "".join(out)


def _fck_p(parts: list[P]) -> str:
    inner = "<br />\r\n".join(_fck(p.text) for p in parts)
    if parts[0].style == "lead":
        inner = f"<strong>{inner}</strong>"
    return f'<p style="text-align: justify;">{inner}</p>\r\n'


def _fck_li(items: list[P]) -> str:
    return "<ul>\r\n" + "".join(f"\t<li>{_fck(i.text)}</li>\r\n" for i in items) + "</ul>\r\n"


def _fck_rows(rows: list[P]) -> str:
    body = "".join(
        "\t\t<tr>\r\n" + "".join(f"\t\t\t<td>{_fck(c)}</td>\r\n" for c in row.text.split(" | "))
        + "\t\t</tr>\r\n"
        for row in rows
    )
    return (
        '<table border="1" cellpadding="1" cellspacing="1" style="width: 100%;">\r\n\t<tbody>\r\n'
        f"{body}\t</tbody>\r\n</table>\r\n"
    )


def _img(img: Img, n: int, form: str) -> str:
    src = esc(img.src)
    cap = text(img.printed) if img.printed else ""
    if form == "fck" and cap:
        cap = _fck(img.printed or "")
    if img.style == "vml":
        shape = f"_x0000_i10{25 + n}"
        out = (
            '<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI" '
            'style="font-size:13.0pt"><!--[if gte vml 1]><v:shape id="' + shape + '" type="#_x0000_t75" '
            'style="width:337.5pt;height:225pt"><v:imagedata src="file:///C:\\DOCUME~1\\ADMINI~1\\'
            f'LOCALS~1\\Temp\\msohtmlclip1\\01\\clip_image00{n + 1}.jpg" o:title="DSC_0{412 + n}"/>'
            "</v:shape><![endif]--><![if !vml]>"
            f'<img width="450" height="300" src="{src}" v:shapes="{shape}" /><![endif]></span></p>\r\n'
        )
    elif img.style == "wcap":
        out = f'<p class="MsoNormal" align="center" style="text-align:center"><img width="450" height="300" src="{src}" /></p>\r\n'
    elif img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 460px; '
            'background-color: rgb(238, 238, 238);">\r\n\t<tbody>\r\n\t\t<tr>\r\n'
            f'\t\t\t<td><img alt="" src="{src}" style="width: 450px; height: 300px;" /></td>\r\n'
            "\t\t</tr>\r\n\t\t<tr>\r\n"
            f'\t\t\t<td style="text-align: center;"><span style="font-size: 11px;"><em>{cap}</em></span></td>\r\n'
            "\t\t</tr>\r\n\t</tbody>\r\n</table>\r\n"
        )
    else:
        out = f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 450px; height: 300px;" /></p>\r\n'
    if cap:
        if form == "word":
            out += (
                '<p class="MsoNormal" align="center" style="text-align:center"><i><span lang="VI" '
                f'style="font-size:11.0pt">{cap}<o:p></o:p></span></i></p>\r\n'
            )
        else:
            out += f'<p style="text-align: center;"><em>{cap}</em></p>\r\n'
    return out


_SPACER = '<p class="MsoNormal" style="text-align:justify"><span lang="VI"><o:p>&nbsp;</o:p></span></p>\r\n'

_LETTERHEAD = (
    '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%" '
    'style="width:100.0%;border-collapse:collapse">\r\n <tr>\r\n'
    '  <td width="40%" valign="top" style="width:40.0%;padding:0in 5.4pt 0in 5.4pt">'
    '<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI">PHÒNG GD&amp;ĐT '
    "TP TUY HÒA</span></p>"
    '<p class="MsoNormal" align="center" style="text-align:center"><b><span lang="VI">TRƯỜNG THCS '
    "LÊ QUÝ ĐÔN</span></b></p>"
    '<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI">Số: '
    "112/TB-THCSLQĐ</span></p></td>\r\n"
    '  <td width="60%" valign="top" style="width:60.0%;padding:0in 5.4pt 0in 5.4pt">'
    '<p class="MsoNormal" align="center" style="text-align:center"><b><span lang="VI">CỘNG HÒA XÃ '
    "HỘI CHỦ NGHĨA VIỆT NAM</span></b></p>"
    '<p class="MsoNormal" align="center" style="text-align:center"><b><u><span lang="VI">Độc lập - '
    "Tự do - Hạnh phúc</span></u></b></p>"
    '<p class="MsoNormal" align="right" style="text-align:right"><i><span lang="VI">Tuy Hòa, ngày 28 '
    "tháng 11 năm 2026</span></i></p></td>\r\n </tr>\r\n</table>\r\n"
    '<p class="MsoNormal" align="center" style="text-align:center"><b><span lang="VI" '
    'style="font-size:14.0pt">THÔNG BÁO<o:p></o:p></span></b></p>\r\n'
    '<p class="MsoNormal" align="center" style="text-align:center"><b><span lang="VI">Về lịch kiểm '
    "tra cuối học kỳ I năm học 2026 - 2027<o:p></o:p></span></b></p>\r\n"
)

_CLOSING = (
    '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%" '
    'style="width:100.0%;border-collapse:collapse">\r\n <tr>\r\n'
    '  <td width="50%" valign="top"><p class="MsoNormal"><b><i><span lang="VI" style="font-size:11.0pt">'
    "Nơi nhận:</span></i></b></p>"
    '<p class="MsoNormal"><span lang="VI" style="font-size:10.0pt">- Các tổ chuyên môn;</span></p>'
    '<p class="MsoNormal"><span lang="VI" style="font-size:10.0pt">- GVCN các lớp;</span></p>'
    '<p class="MsoNormal"><span lang="VI" style="font-size:10.0pt">- Website trường;</span></p>'
    '<p class="MsoNormal"><span lang="VI" style="font-size:10.0pt">- Lưu: VT.</span></p></td>\r\n'
    '  <td width="50%" valign="top"><p class="MsoNormal" align="center" style="text-align:center"><b>'
    '<span lang="VI">HIỆU TRƯỞNG</span></b></p>'
    '<p class="MsoNormal" align="center" style="text-align:center"><i><span lang="VI">(Đã ký)</span></i></p>'
    '<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI"><o:p>&nbsp;</o:p></span></p>'
    '<p class="MsoNormal" align="center" style="text-align:center"><b><span lang="VI">Nguyễn Văn Thành'
    "</span></b></p></td>\r\n </tr>\r\n</table>\r\n"
)


def render_text(story: Story) -> str:
    """The content of ``lblNoiDung``: the stored HTML of the article as its editor left it."""
    form = story.opts.get("form", "fck")
    blocks: list = list(story.blocks)
    if story.opts.get("sapo_again") and story.summary:
        blocks.insert(0, P(story.summary))
    out: list[str] = [_WORD_PREAMBLE] if form == "word" else []
    i = n = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("li", "row"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == block.style:
                j += 1
            group = blocks[i:j]
            if block.style == "li":
                out.append(_word_li(group) if form == "word" else _fck_li(group))
            else:
                out.append(_word_rows(group) if form == "word" else _fck_rows(group))
            i = j
            continue
        if isinstance(block, P):
            j = i + 1
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
                j += 1
            parts = blocks[i:j]
            out.append(_word_p(parts, n) if form == "word" else _fck_p(parts))
            if form == "word" and n == 1:
                out.append(_SPACER)
            n += 1
            i = j
            continue
        if isinstance(block, Img):
            out.append(_img(block, n, form))
        elif block.html == "@LETTERHEAD@":
            out.append(_LETTERHEAD)
        elif block.html == "@CLOSING@":
            out.append(_CLOSING)
        else:
            out.append(block.html + "\r\n")
        i += 1
    if form == "fck":
        out.append("<p>&nbsp;</p>\r\n")
    return "".join(out)


# --- dates as the platform prints them -------------------------------------------------------


def _when(story: Story) -> datetime:
    """The "Ngày cập nhật" value (d/M/yyyy h:mm:ss SA|CH) as a datetime, for sorting."""
    day, clock, half = story.opts["ngay"].split()
    d, m, y = (int(x) for x in day.split("/"))
    hh, mm, ss = (int(x) for x in clock.split(":"))
    hh = hh % 12 + (12 if half == "CH" else 0)
    return datetime(y, m, d, hh, mm, ss)


def _day(story: Story) -> str:
    return story.opts["ngay"].split()[0]


def _views(story: Story) -> str:
    return f"{story.views() * 7:,}".replace(",", ".")


def _in_cat(story: Story, maloai: int) -> bool:
    return story.opts["maloai"] == maloai or maloai in story.opts.get("also", ())


def listing(maloai: int) -> list[Story]:
    """A category's listing, newest first by "Ngày cập nhật" (cross-filed articles included)."""
    return sorted((s for s in STORIES if _in_cat(s, maloai)), key=_when, reverse=True)


def _short(title: str, limit: int = 70) -> str:
    """The listing's title column: a long title is cut at a word and ends with "..."."""
    if len(title) <= limit:
        return title
    return title[: title.rfind(" ", 0, limit - 5)] + "..."


# --- the master page -------------------------------------------------------------------------

_MENU = (
    ("Trang chủ", "Default.aspx", ()),
    ("Giới thiệu", "TinTuc/ChiTiet.aspx?MaTin=3&amp;MaLoai=6",
     (("Lịch sử nhà trường", "TinTuc/ChiTiet.aspx?MaTin=3&amp;MaLoai=6"), ("Liên hệ", "LienHe.aspx"))),
    ("Tin tức", "TinTuc/DanhSach.aspx?MaLoai=1",
     (("Tin tức - Sự kiện", "TinTuc/DanhSach.aspx?MaLoai=1"),
      ("Hoạt động chuyên môn", "TinTuc/DanhSach.aspx?MaLoai=2"))),
    ("Thông báo", "TinTuc/DanhSach.aspx?MaLoai=4", ()),
    ("Văn bản", "VanBan/DanhSach.aspx", ()),
    ("Thư viện ảnh", "ThuVienAnh/Album.aspx?id=2", ()),
    ("Liên hệ", "LienHe.aspx", ()),
)

_MOST_READ = (1187, 1192, 1181, 1195, 1175)


def _menu(r: str) -> str:
    items = []
    for k, (label, href, subs) in enumerate(_MENU):
        sub = ""
        if subs:
            sub = '<ul class="sub_menu">' + "".join(
                f'<li><a href="{r}{h}">{esc(t)}</a></li>' for t, h in subs
            ) + "</ul>"
        items.append(f'<li id="mn{k + 1}"><a href="{r}{href}" class="mn_a">{esc(label)}</a>{sub}</li>')
    return '<ul id="nav_menu">' + "".join(items) + "</ul>"


def _left(r: str) -> str:
    cats = "".join(
        f'<tr><td class="dm_item"><img src="{r}Images/bullet_dm.gif" alt="" /> '
        f'<a href="{r}TinTuc/DanhSach.aspx?MaLoai={k}">{esc(CATS[k])}</a></td></tr>'
        for k in LISTED
    )
    docs = "".join(
        f'<tr><td class="vb_moi"><a href="{r}VanBan/ChiTiet.aspx?id={d["id"]}">{esc(d["so"])}</a>'
        f'<br /><span class="vb_ty">{esc(d["title"])}</span></td></tr>'
        for d in DOCS
    )
    return (
        '<table width="100%" cellpadding="0" cellspacing="0" class="khung_trai">'
        '<tr><td class="td_tieude_trai">DANH MỤC TIN</td></tr>' + cats + "</table>"
        '<table width="100%" cellpadding="0" cellspacing="0" class="khung_trai">'
        '<tr><td class="td_tieude_trai">VĂN BẢN MỚI</td></tr>' + docs + "</table>"
        '<table width="100%" cellpadding="0" cellspacing="0" class="khung_trai">'
        '<tr><td class="td_tieude_trai">LIÊN KẾT WEBSITE</td></tr><tr><td>'
        '<select name="ctl00$ddlLienKet" onchange="if(this.value!=\'\')window.open(this.value);" '
        'id="ctl00_ddlLienKet" style="width:180px;"><option value="">-- Chọn liên kết --</option>'
        '<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://phuyen.edu.vn">Sở GD&amp;ĐT Phú Yên</option>'
        '<option value="http://tuyhoa.phuyen.edu.vn">Phòng GD&amp;ĐT TP Tuy Hòa</option>'
        '<option value="http://baophuyen.vn">Báo Phú Yên</option></select></td></tr></table>'
        '<table width="100%" cellpadding="0" cellspacing="0" class="khung_trai">'
        '<tr><td class="td_tieude_trai">THỐNG KÊ TRUY CẬP</td></tr>'
        '<tr><td class="tk_truycap"><img src="' + r + 'Images/online.gif" alt="" /> Đang online: '
        '<span id="ctl00_lblOnline">14</span><br />Hôm nay: <span id="ctl00_lblHomNay">245</span><br />'
        'Tổng truy cập: <span id="ctl00_lblTong">1.284.567</span></td></tr></table>'
    )


def _right(r: str) -> str:
    most = "".join(
        f'<li><a href="{r}TinTuc/ChiTiet.aspx?MaTin={i}">{esc(BY_ID[i].title)}</a></li>'
        for i in _MOST_READ
    )
    albums = "".join(
        f'<a href="{r}ThuVienAnh/Album.aspx?id={a["id"]}"><img src="{r}Upload/ThuVienAnh/{a["id"]}/'
        f'thumb_{a["photos"][0][0]}" width="90" height="68" alt="" /></a> '
        for a in ALBUMS
    )
    return (
        '<table width="100%" cellpadding="0" cellspacing="0" class="khung_phai">'
        '<tr><td class="td_tieude_phai">TIN ĐỌC NHIỀU</td></tr><tr><td>'
        f'<ul class="ds_docnhieu">{most}</ul></td></tr></table>'
        '<table width="100%" cellpadding="0" cellspacing="0" class="khung_phai">'
        f'<tr><td class="td_tieude_phai">THƯ VIỆN ẢNH</td></tr><tr><td align="center">{albums}</td></tr></table>'
        '<table width="100%" cellpadding="0" cellspacing="0" class="khung_phai">'
        '<tr><td class="td_tieude_phai">THĂM DÒ Ý KIẾN</td></tr><tr><td class="binhchon">'
        "Bạn đánh giá thế nào về website của trường?<br />"
        '<input id="ctl00_rblBinhChon_0" type="radio" name="ctl00$rblBinhChon" value="1" />'
        '<label for="ctl00_rblBinhChon_0">Rất hữu ích</label><br />'
        '<input id="ctl00_rblBinhChon_1" type="radio" name="ctl00$rblBinhChon" value="2" />'
        '<label for="ctl00_rblBinhChon_1">Hữu ích</label><br />'
        '<input id="ctl00_rblBinhChon_2" type="radio" name="ctl00$rblBinhChon" value="3" />'
        '<label for="ctl00_rblBinhChon_2">Cần cải tiến thêm</label><br />'
        '<input type="submit" name="ctl00$btnBinhChon" value="Bình chọn" id="ctl00_btnBinhChon" /> '
        "<a href=\"javascript:__doPostBack('ctl00$lbtKetQua','')\">Xem kết quả</a></td></tr></table>"
        '<table width="100%" cellpadding="0" cellspacing="0" class="khung_phai">'
        '<tr><td class="td_tieude_phai">VIDEO CLIP</td></tr><tr><td align="center">'
        '<object width="200" height="165"><param name="movie" value="http://www.youtube.com/v/Qx7pLq2Vb0c'
        '&amp;hl=vi_VN&amp;fs=1"></param><embed src="http://www.youtube.com/v/Qx7pLq2Vb0c&amp;hl=vi_VN&amp;fs=1" '
        'type="application/x-shockwave-flash" width="200" height="165"></embed></object>'
        "<br />Lễ khai giảng năm học 2026 - 2027</td></tr></table>"
    )


def page(r: str, action: str, content: str, seed: str) -> str:
    """The master page (Site.master) around a content placeholder; ``r`` climbs to the root."""
    viewstate = opaque(NAME + seed, 1800 if "ChiTiet" in action else 900, b"\xff\x01")
    ticker = " &nbsp; &nbsp; ".join(
        f'<a href="{r}TinTuc/ChiTiet.aspx?MaTin={s.id}" class="chay_chu">{esc(s.title)}</a>'
        for s in sorted(STORIES, key=_when, reverse=True)
        if s.opts["maloai"] == 4
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{SITE_TITLE}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="THCS Lê Quý Đôn, Tuy Hòa, Phú Yên, trường học" /><meta name="description" content="Website Trường THCS Lê Quý Đôn - Thành phố Tuy Hòa - Tỉnh Phú Yên" /><link href="{r}App_Themes/XanhDuong/StyleSheet.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="{r}js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="{r}js/menu_ddsmooth.js"></script>
<link rel="shortcut icon" href="{r}favicon.ico" /></head>
<body>
    <form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>

<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center" class="tbl_tong">
  <tr>
    <td colspan="3" class="td_banner"><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="1000" height="180"><param name="movie" value="{r}Images/banner.swf" /><param name="wmode" value="transparent" /><embed src="{r}Images/banner.swf" width="1000" height="180" wmode="transparent" type="application/x-shockwave-flash"></embed></object><noscript><img src="{r}Images/banner_lqd.jpg" width="1000" height="180" alt="Trường THCS Lê Quý Đôn" /></noscript></td>
  </tr>
  <tr>
    <td colspan="3" class="td_menu">{_menu(r)}</td>
  </tr>
  <tr>
    <td colspan="3" class="td_ngay"><table width="100%" cellpadding="0" cellspacing="0"><tr>
      <td width="170" class="ngay_hientai"><span id="ctl00_lblNgayHienTai">{HEADER_DAY}</span></td>
      <td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{ticker}</marquee></td>
      <td width="230" align="right"><input name="ctl00$txtTimKiem" type="text" value="Nhập từ khóa..." id="ctl00_txtTimKiem" class="txt_tk" onfocus="this.value=''" /> <input type="submit" name="ctl00$btnTimKiem" value="Tìm" id="ctl00_btnTimKiem" class="btn_tk" /></td>
    </tr></table></td>
  </tr>
  <tr>
    <td width="200" valign="top" class="cot_trai">{_left(r)}</td>
    <td width="580" valign="top" class="cot_giua">
{content}
    </td>
    <td width="220" valign="top" class="cot_phai">{_right(r)}</td>
  </tr>
  <tr>
    <td colspan="3" class="td_footer"><b>TRƯỜNG THCS LÊ QUÝ ĐÔN - THÀNH PHỐ TUY HÒA - TỈNH PHÚ YÊN</b><br />
    Địa chỉ: 56 Nguyễn Hữu Thọ, Phường 9, TP Tuy Hòa, tỉnh Phú Yên - Điện thoại: (0257) 3 823 456 - Email: thcslequydon.tuyhoa@phuyen.edu.vn<br />
    Chịu trách nhiệm: Thầy Nguyễn Văn Thành - Hiệu trưởng<br />
    &copy; 2011 Bản quyền thuộc Trường THCS Lê Quý Đôn. Thiết kế bởi <a href="http://saovietsoft.vn" target="_blank">SaoVietSoft - eSchool Web 2.0</a></td>
  </tr>
</table>

<div>
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{opaque(seed, 96)}" />
</div></form>
</body>
</html>
"""


# --- the content pages -----------------------------------------------------------------------


def _breadcrumb(r: str, *crumbs: tuple[str, str | None]) -> str:
    parts = [f'<a href="{r}Default.aspx" class="lnk_dd">Trang chủ</a>']
    for label, href in crumbs:
        parts.append(f'<a href="{href}" class="lnk_dd">{esc(label)}</a>' if href else esc(label))
    return '<div class="duongdan"><img src="' + r + 'Images/home_icon.gif" alt="" /> ' + " &raquo; ".join(parts) + "</div>"


def _box(title: str, body: str) -> str:
    return (
        '<table width="100%" border="0" cellpadding="0" cellspacing="0" class="khung_giua">'
        f'<tr><td class="tieude_khung_giua"><span>{esc(title)}</span></td></tr>'
        f'<tr><td class="noidung_khung_giua">{body}</td></tr></table>'
    )


def article_page(story: Story, maloai: int | None) -> str:
    """ChiTiet.aspx: the breadcrumb and "Các tin khác" follow the MaLoai of the URL when given."""
    cat = maloai if maloai in CATS else story.opts["maloai"]
    r = "../"
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="mota_ct"><b>{esc(story.summary)}</b></div>'
    others = [s for s in listing(cat) if s.id != story.id][:3] if cat in LISTED else []
    tinkhac = ""
    if others:
        tinkhac = (
            '<div class="tieude_tinkhac"><img src="../Images/arrow_tk.gif" alt="" /> Các tin khác</div>'
            '<ul class="ds_tinkhac">' + "".join(
                f'<li><a href="ChiTiet.aspx?MaTin={s.id}&amp;MaLoai={cat}">{esc(s.title)}</a> '
                f'<span class="ngay_tk">({_day(s)})</span></li>'
                for s in others
            ) + "</ul>"
        )
    body = f"""<span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tde_ct">{esc(story.title)}</span>
<div class="ngay_luotxem">Ngày cập nhật: <span id="ctl00_ContentPlaceHolder1_lblNgayCapNhat">{story.opts["ngay"]}</span> &nbsp;|&nbsp; Lượt xem: <span id="ctl00_ContentPlaceHolder1_lblLuotXem">{_views(story)}</span></div>
<div class="congcu_ct"><a href="javascript:window.print();"><img src="../Images/icon_print.gif" alt="" border="0" /> In bài</a> &nbsp; <a href="mailto:?subject={esc(story.title)}"><img src="../Images/icon_email.gif" alt="" border="0" /> Gửi email</a> &nbsp; <a href="javascript:history.back();"><img src="../Images/icon_back.gif" alt="" border="0" /> Quay lại</a> &nbsp;|&nbsp; Cỡ chữ: <a href="javascript:CoChu(1);">A+</a> <a href="javascript:CoChu(-1);">A-</a></div>
{sapo}
<span id="ctl00_ContentPlaceHolder1_lblNoiDung" class="noidung_ct">{render_text(story)}<div class="addthis_toolbox addthis_default_style">Chia sẻ bài viết: <a class="addthis_button_facebook_like" fb:like:layout="button_count"></a><a class="addthis_button_tweet"></a><a class="addthis_button_email"></a><a class="addthis_counter addthis_pill_style"></a></div><script type="text/javascript" src="http://s7.addthis.com/js/250/addthis_widget.js#pubid=xa-4e8f1c2a3b9d7e10"></script></span>
<div class="nguoiviet_ct" style="text-align:right"><i>Người viết:</i> <b><span id="ctl00_ContentPlaceHolder1_lblNguoiViet">{esc(story.opts["nguoiviet"])}</span></b></div>
{tinkhac}"""
    crumb = _breadcrumb(r, (CATS[cat], f"DanhSach.aspx?MaLoai={cat}" if cat in LISTED else None))
    action = f"ChiTiet.aspx?MaTin={story.id}" + (f"&amp;MaLoai={maloai}" if maloai else "")
    return page(r, action, crumb + _box(CATS[cat].upper(), body), f"tin{story.id}")


def list_page(maloai: int, trang: int) -> str:
    """DanhSach.aspx: PAGE_SIZE items a page; a Trang past the end shows the last page."""
    items = listing(maloai)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    current = min(max(trang, 1), pages)
    rows = []
    for s in items[(current - 1) * PAGE_SIZE: current * PAGE_SIZE]:
        href = f"ChiTiet.aspx?MaTin={s.id}&amp;MaLoai={maloai}"
        teaser = (s.summary or next(b.text for b in s.blocks if isinstance(b, P)))
        teaser = teaser[: teaser.rfind(" ", 0, 160)] + "..." if len(teaser) > 160 else teaser
        rows.append(
            '<tr><td width="110" valign="top" class="anh_ds">'
            f'<a href="{href}"><img src="../Upload/TinTuc/thumb/t_{s.id}.jpg" width="100" height="75" '
            'border="0" alt="" /></a></td><td valign="top" class="nd_ds">'
            f'<a href="{href}" class="tde_ds">{esc(_short(s.title))}</a> '
            f'<span class="ngay_ds">({_day(s)})</span><div class="mota_ds">{esc(teaser)}</div>'
            f'<a href="{href}" class="xemtiep">Xem tiếp &raquo;</a></td></tr>'
        )
    pager = ""
    if pages > 1:
        links = []
        if current > 1:
            links.append(f'<a href="DanhSach.aspx?MaLoai={maloai}&amp;Trang={current - 1}" class="lnk_trang">&laquo;</a>')
        for p in range(1, pages + 1):
            if p == current:
                links.append(f'<span class="trang_ht">{p}</span>')
            else:
                links.append(f'<a href="DanhSach.aspx?MaLoai={maloai}&amp;Trang={p}" class="lnk_trang">{p}</a>')
        # the vendor's pager always offers "»" to Trang+1, on the last page too
        links.append(f'<a href="DanhSach.aspx?MaLoai={maloai}&amp;Trang={current + 1}" class="lnk_trang">&raquo;</a>')
        pager = '<div class="phantrang">Trang: ' + " ".join(links) + "</div>"
    body = (
        '<table width="100%" cellpadding="4" cellspacing="0" class="tbl_ds" id="ctl00_ContentPlaceHolder1_dlTinTuc">'
        + "".join(rows) + "</table>" + pager
    )
    crumb = _breadcrumb("../", ("Tin tức", None), (CATS[maloai], None))
    action = f"DanhSach.aspx?MaLoai={maloai}" + (f"&amp;Trang={trang}" if trang else "")
    return page("../", action, crumb + _box(CATS[maloai].upper(), body), f"ds{maloai}-{current}")


def home_page(path: str) -> str:
    newest = sorted(STORIES, key=_when, reverse=True)
    lead = BY_ID[1187]
    r = ""
    feature = (
        '<table width="100%" cellpadding="4" cellspacing="0"><tr><td width="210" valign="top">'
        f'<a href="TinTuc/ChiTiet.aspx?MaTin={lead.id}"><img src="Upload/TinTuc/thumb/t_{lead.id}.jpg" '
        'width="200" height="150" border="0" alt="" /></a></td><td valign="top">'
        f'<a href="TinTuc/ChiTiet.aspx?MaTin={lead.id}" class="tde_noibat">{esc(lead.title)}</a>'
        f'<div class="mota_noibat">{esc(lead.blocks[0].text[:180])}...</div></td></tr></table>'  # type: ignore[union-attr]
        '<div class="tinmoi"><b>TIN MỚI:</b><ul>' + "".join(
            f'<li><a href="TinTuc/ChiTiet.aspx?MaTin={s.id}">{esc(s.title)}</a> <span class="ngay_tm">({_day(s)})</span></li>'
            for s in newest[:5]
        ) + "</ul></div>"
    )
    boxes = [_box("TIN NỔI BẬT", feature)]
    for maloai in LISTED:
        items = listing(maloai)[:3]
        lis = []
        for s in items:
            if maloai == 2 and s.opts.get("swapped"):
                href = f"TinTuc/ChiTiet.aspx?MaLoai=2&amp;MaTin={s.id}"
            else:
                href = f"TinTuc/ChiTiet.aspx?MaTin={s.id}&amp;MaLoai={maloai}"
            lis.append(f'<li><a href="{href}">{esc(s.title)}</a> <span class="ngay_tm">({_day(s)})</span></li>')
        more = f'<div class="xemtatca"><a href="TinTuc/DanhSach.aspx?MaLoai={maloai}">Xem tất cả &raquo;</a></div>'
        boxes.append(_box(CATS[maloai].upper(), "<ul>" + "".join(lis) + "</ul>" + more))
    return page(r, path.lstrip("/") or "Default.aspx", "".join(boxes), "home")


# --- the "Văn bản" and "Thư viện ảnh" modules, the contact page ------------------------------

DOCS = (
    {"id": 21, "so": "98/KH-THCSLQĐ", "ngay": "10/11/2026", "loai": "Kế hoạch",
     "title": "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
     "ky": "Võ Thanh Tùng", "file": "KH_HKPD_2026.pdf"},
    {"id": 19, "so": "85/QĐ-THCSLQĐ", "ngay": "20/10/2026", "loai": "Quyết định",
     "title": "Quyết định thành lập Ban tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
     "ky": "Nguyễn Văn Thành", "file": "QD_BTC_GVDG_2026.pdf"},
    {"id": 16, "so": "71/KH-THCSLQĐ", "ngay": "25/09/2026", "loai": "Kế hoạch",
     "title": "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
     "ky": "Nguyễn Văn Thành", "file": "KH_NamHoc_2026_2027.pdf"},
)

ALBUMS = (
    {"id": 2, "title": "Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027", "ngay": "28/11/2026",
     "photos": (("hkpd_01.jpg", "Lễ khai mạc Hội khỏe Phù Đổng"),
                ("hkpd_02.jpg", "Nội dung chạy 100m nữ khối 8"),
                ("hkpd_03.jpg", "Thi đấu cờ vua"),
                ("hkpd_04.jpg", "Trao huy chương cho các vận động viên"))},
    {"id": 1, "title": "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", "ngay": "20/11/2026",
     "photos": (("2011_01.jpg", "Văn nghệ chào mừng"),
                ("2011_02.jpg", "Thầy Hiệu trưởng phát biểu"),
                ("2011_03.jpg", "Học sinh tặng hoa thầy cô"),
                ("2011_04.jpg", "Chụp ảnh lưu niệm"),
                ("2011_05.jpg", "Trao học bổng “Tiếp bước đến trường”"))},
)


def doc_list_page() -> str:
    rows = "".join(
        f'<tr><td align="center">{k + 1}</td><td><a href="ChiTiet.aspx?id={d["id"]}">{esc(d["so"])}</a></td>'
        f'<td align="center">{d["ngay"]}</td><td>{esc(d["title"])}</td>'
        f'<td align="center"><a href="../Upload/VanBan/{d["file"]}"><img src="../Images/icon_pdf.gif" '
        'alt="Tải về" border="0" /></a></td></tr>'
        for k, d in enumerate(DOCS)
    )
    body = (
        '<table width="100%" border="1" cellpadding="3" cellspacing="0" class="tbl_vanban" '
        'id="ctl00_ContentPlaceHolder1_gvVanBan" style="border-collapse:collapse;">'
        '<tr class="hd_vb"><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th>'
        f"<th>Tải về</th></tr>{rows}</table>"
    )
    return page("../", "DanhSach.aspx", _breadcrumb("../", ("Văn bản", None)) + _box("VĂN BẢN", body), "vb")


def doc_page(d: dict) -> str:
    body = (
        '<table width="100%" border="1" cellpadding="4" cellspacing="0" class="tbl_ctvb" style="border-collapse:collapse;">'
        f'<tr><td width="140" class="lbl_vb">Số/Ký hiệu:</td><td>{esc(d["so"])}</td></tr>'
        f'<tr><td class="lbl_vb">Ngày ban hành:</td><td>{d["ngay"]}</td></tr>'
        f'<tr><td class="lbl_vb">Loại văn bản:</td><td>{esc(d["loai"])}</td></tr>'
        '<tr><td class="lbl_vb">Cơ quan ban hành:</td><td>Trường THCS Lê Quý Đôn</td></tr>'
        f'<tr><td class="lbl_vb">Người ký:</td><td>{esc(d["ky"])}</td></tr>'
        f'<tr><td class="lbl_vb">Trích yếu:</td><td><span id="ctl00_ContentPlaceHolder1_lblTrichYeu">{esc(d["title"])}</span></td></tr>'
        f'<tr><td class="lbl_vb">Tệp đính kèm:</td><td><a href="../Upload/VanBan/{d["file"]}">{d["file"]}</a></td></tr>'
        "</table>"
        '<div class="quaylai"><a href="DanhSach.aspx">&laquo; Danh sách văn bản</a></div>'
    )
    crumb = _breadcrumb("../", ("Văn bản", "DanhSach.aspx"), (d["so"], None))
    return page("../", f"ChiTiet.aspx?id={d['id']}", crumb + _box("VĂN BẢN", body), f"vb{d['id']}")


def album_page(a: dict) -> str:
    cells = "".join(
        f'<td align="center" valign="top" width="33%"><a href="../Upload/ThuVienAnh/{a["id"]}/{f}" '
        f'target="_blank"><img src="../Upload/ThuVienAnh/{a["id"]}/thumb_{f}" width="160" height="120" '
        f'border="0" alt="" /></a><br /><span class="mota_anh">{esc(c)}</span></td>'
        + ("</tr><tr>" if k % 3 == 2 else "")
        for k, (f, c) in enumerate(a["photos"])
    )
    others = "".join(
        f'<li><a href="Album.aspx?id={o["id"]}">{esc(o["title"])}</a> ({o["ngay"]})</li>'
        for o in ALBUMS if o["id"] != a["id"]
    )
    body = (
        f'<div class="tde_album">{esc(a["title"])}</div>'
        f'<div class="ngay_album">Ngày đăng: {a["ngay"]} &nbsp;|&nbsp; Số ảnh: {len(a["photos"])}</div>'
        f'<table width="100%" cellpadding="5" cellspacing="0" id="ctl00_ContentPlaceHolder1_dlAnh"><tr>{cells}</tr></table>'
        f'<div class="tieude_tinkhac">Các album khác</div><ul class="ds_tinkhac">{others}</ul>'
    )
    crumb = _breadcrumb("../", ("Thư viện ảnh", None), (a["title"], None))
    return page("../", f"Album.aspx?id={a['id']}", crumb + _box("THƯ VIỆN ẢNH", body), f"al{a['id']}")


def contact_page() -> str:
    body = (
        '<div class="lienhe"><b>TRƯỜNG THCS LÊ QUÝ ĐÔN</b><br />Địa chỉ: 56 Nguyễn Hữu Thọ, Phường 9, '
        "TP Tuy Hòa, tỉnh Phú Yên<br />Điện thoại: (0257) 3 823 456 - Fax: (0257) 3 823 457<br />"
        "Email: thcslequydon.tuyhoa@phuyen.edu.vn</div>"
        '<table cellpadding="3" class="tbl_lienhe">'
        '<tr><td>Họ và tên (*):</td><td><input name="ctl00$ContentPlaceHolder1$txtHoTen" type="text" '
        'id="ctl00_ContentPlaceHolder1_txtHoTen" style="width:300px;" /></td></tr>'
        '<tr><td>Email (*):</td><td><input name="ctl00$ContentPlaceHolder1$txtEmail" type="text" '
        'id="ctl00_ContentPlaceHolder1_txtEmail" style="width:300px;" /></td></tr>'
        '<tr><td>Tiêu đề:</td><td><input name="ctl00$ContentPlaceHolder1$txtTieuDe" type="text" '
        'id="ctl00_ContentPlaceHolder1_txtTieuDe" style="width:300px;" /></td></tr>'
        '<tr><td valign="top">Nội dung (*):</td><td><textarea name="ctl00$ContentPlaceHolder1$txtNoiDung" '
        'rows="6" cols="20" id="ctl00_ContentPlaceHolder1_txtNoiDung" style="width:300px;"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$btnGui" value="Gửi liên hệ" '
        'id="ctl00_ContentPlaceHolder1_btnGui" /> <input type="reset" value="Nhập lại" /></td></tr></table>'
    )
    return page("", "LienHe.aspx", _breadcrumb("", ("Liên hệ", None)) + _box("LIÊN HỆ", body), "lh")


# --- the site --------------------------------------------------------------------------------

_DOCS_BY_ID = {d["id"]: d for d in DOCS}
_ALBUMS_BY_ID = {a["id"]: a for a in ALBUMS}


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() else None


class Site:
    """IIS routing: paths and query keys are case-insensitive; a postback answers the same page."""

    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        if path.startswith("/upload/") and path.endswith((".pdf", ".doc")):
            ctype = "application/pdf" if path.endswith(".pdf") else "application/msword"
            return Response(200, PDF, {"Content-Type": ctype})
        static = static_file(path)
        if static is not None:
            return static
        body = self._page(path, params, request.path)
        if body is None:
            return None
        return html(body, headers={
            "Server": "Microsoft-IIS/7.5", "X-AspNet-Version": "2.0.50727", "X-Powered-By": "ASP.NET",
            "Cache-Control": "private",
        })

    def _page(self, path: str, params: dict[str, str], raw_path: str) -> str | None:
        if path in ("/", "/default.aspx"):
            return home_page(raw_path)
        if path == "/tintuc/chitiet.aspx":
            story = BY_ID.get(_int(params.get("matin")) or -1)
            if story is None:
                return None
            return article_page(story, _int(params.get("maloai")))
        if path == "/tintuc/danhsach.aspx":
            maloai = _int(params.get("maloai"))
            if maloai not in LISTED:
                return None
            return list_page(maloai, _int(params.get("trang")) or 0)
        if path == "/vanban/danhsach.aspx":
            return doc_list_page()
        if path == "/vanban/chitiet.aspx":
            d = _DOCS_BY_ID.get(_int(params.get("id")) or -1)
            return doc_page(d) if d else None
        if path == "/thuvienanh/album.aspx":
            a = _ALBUMS_BY_ID.get(_int(params.get("id")) or -1)
            return album_page(a) if a else None
        if path == "/lienhe.aspx":
            return contact_page()
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _paths(story: Story) -> tuple[str, list[str]]:
    canonical = f"/TinTuc/ChiTiet.aspx?MaTin={story.id}"
    alts = [f"{canonical}&MaLoai={story.opts['maloai']}"]
    alts += [f"{canonical}&MaLoai={m}" for m in story.opts.get("also", ())]
    if story.opts.get("swapped"):
        alts.append(f"/TinTuc/ChiTiet.aspx?MaLoai={story.opts['maloai']}&MaTin={story.id}")
    return canonical, alts


def _gold(story: Story) -> dict:
    canonical, alts = _paths(story)
    return gold_record(story, canonical, story.cat, canonical_path=canonical, alt_paths=alts)


GOLD = [_gold(s) for s in sorted(STORIES, key=_when, reverse=True)]

NON_ARTICLES = [
    "/TinTuc/ChiTiet.aspx?MaTin=3&MaLoai=6",
    "/LienHe.aspx",
    "/VanBan/ChiTiet.aspx?id=21",
    "/VanBan/ChiTiet.aspx?id=19",
    "/VanBan/ChiTiet.aspx?id=16",
    "/ThuVienAnh/Album.aspx?id=2",
    "/ThuVienAnh/Album.aspx?id=1",
]
