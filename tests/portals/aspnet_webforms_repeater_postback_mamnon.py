"""Trường Mầm non Sơn Ca (thành phố Thái Nguyên): a homemade ASP.NET WebForms 4.x school CMS.

Platform
--------
A school site written in-house around 2014 on ASP.NET WebForms 4.x (IIS, C#): one master page
(``Site.master``: every server id starts ``ctl00_``), one ``<form id="aspnetForm" method="post">``
around the whole page with ``__EVENTTARGET`` / ``__EVENTARGUMENT`` / ``__VIEWSTATE`` (top) and
``__VIEWSTATEGENERATOR`` / ``__EVENTVALIDATION`` (bottom) hidden fields, layout in tables, a
``<marquee>`` of notices, a left menu in a table, a footer visitor counter ("Đang truy cập",
"Hôm nay", "Tổng lượt truy cập"). Listings are a ``Repeater`` (``rptTinTuc``) with a custom pager
that is a second Repeater of ``LinkButton`` s (``rptPager``): **there is no query-string pager at
all**; page 2+ exist only as the answer to a form POST. ASP.NET 4 renders the LinkButton's href
with HTML-encoded quotes: ``href="javascript:__doPostBack(&#39;ctl00$ContentPlaceHolder1$rptPager
$ctl02$lnkPage&#39;,&#39;&#39;)"``; the current page is a disabled LinkButton
(``<a class="aspNetDisabled so-trang">``, no href).

URL scheme
----------
- ``/Default.aspx`` (start; ``/`` redirects there): banner, marquee, "Tin nổi bật" (LinkButtons +
  ImageButtons doing a postback that answers ``302 Location: /ChiTietTin.aspx?id=<n>``),
  "Tin mới nhất" (plain links), one box per category (3 newest), right column "Tin xem nhiều"
  (links written ``/chitiettin.aspx?ID=<n>`` by another developer), poll, links, counter.
- ``/DanhSachTin.aspx?cat=<n>``: the category listing, 3 items a page (thumbnail, title cut at
  60 characters with "...", "(dd/MM/yyyy)", a snippet). Page k (k >= 2) only through
  ``POST /DanhSachTin.aspx?cat=<n>`` with ``__EVENTTARGET=ctl00$ContentPlaceHolder1$rptPager$ctl0<j>
  $lnkPage``, ``__EVENTARGUMENT=`` and the page's own ``__VIEWSTATE`` + ``__EVENTVALIDATION``.
  The pager Repeater's items are ``«`` (ctl00, first page), ``1`` (ctl01), ``2`` (ctl02), …,
  ``»`` (last item, last page): page k is item ``ctl0<k>``, not ``ctl0<k-1>``.
- ``/ChiTietTin.aspx?id=<n>``: the article (listings link ``ChiTietTin.aspx?id=<n>&cat=<c>``;
  IIS paths and ASP.NET query keys are case-insensitive, so ``/chitiettin.aspx?ID=<n>`` is the same
  page). Print view ``/InTin.aspx?id=<n>`` opened by ``javascript:window.open(...)`` only.
- ``/ThuVienAnh.aspx`` (album list), ``/ThuVienAnh.aspx?album=<n>`` (album), ``/GioiThieu.aspx``,
  ``/LienHe.aspx``, ``/ThucDon.aspx`` (this week's menu); images ``/Upload/Images/<file>``,
  thumbnails ``/Upload/Images/Thumb/<file>``, attachments ``/Upload/Files/<file>``.

Page templates
--------------
- New detail control (categories "Tin tức - Sự kiện", "Hoạt động chuyên môn"): inside
  ``div#ctl00_ContentPlaceHolder1_pnlChiTiet``: breadcrumb, headline in
  ``span#ctl00_ContentPlaceHolder1_lblTieuDe`` (no h1/h2), info line "Ngày đăng: dd/MM/yyyy HH:mm |
  Lượt xem: N | Người đăng: sonca_admin", representative thumbnail ``img#…_imgAnhDaiDien``, sapo
  Label ``span#…_lblTomTat`` (empty when none), text ``div#…_divNoiDung`` (ends with a "Chia sẻ:"
  widget), tool bar, parents' comments (ucBinhLuan) with its form, "Các tin đã đưa" (3 newest of
  the category except this one).
- Old detail control ``ucChiTietCu`` ("Góc cha mẹ", "Thông báo"): a table; title in
  ``td.td_tin > span``, "Ngày đăng:" bound without a format string on an en-US server, text in
  ``td#…_tdNoiDung``; "Các tin đã đưa" after it.

How each gold article is reached (listing pages: 1 = GET, 2+ = postback)
-----------------------------------------------------------------------
- cat 1 "Tin tức - Sự kiện" (7): p1 = 258, 255, 249; p2 = 244, 238, 233; p3 = 229.
  258, 255, 249, 244 are also linked from the home page / "Các tin đã đưa"; **238, 233 (page 2)
  and 229 (page 3) are linked nowhere else**.
- cat 2 "Hoạt động chuyên môn" (3): p1 = 257, 251, 242 (no pager: one page).
- cat 3 "Góc cha mẹ" (2): p1 = 253, 246.   - cat 4 "Thông báo" (1): p1 = 256 (also in the marquee).

Traps
-----
1. **Postback-only pagination** (not a query pager): page 2+ of a listing are the answer to a POST
   carrying the page's ``__VIEWSTATE`` and ``__EVENTVALIDATION``; a POST without them, with the
   view state of another category, or naming a disabled/unknown pager item answers 500 (the
   yellow "Server Error in '/' Application." page); ``?page=2`` or any other query key is ignored
   (page 1 again). Gold: 238, 233 and 229 exist only behind the postback.
2. **Pager item index is not page - 1**: the pager Repeater starts with a "«" item, so page 2 is
   ``rptPager$ctl02``, page 3 ``ctl03``; ``ctl01`` is page 1. The href quotes are ``&#39;``.
3. **Home LinkButtons / ImageButtons** ("Tin nổi bật") are postbacks answered by ``302`` to
   ``/ChiTietTin.aspx?id=<n>``: no new page; the gold path is the redirect target.
4. **Headline only in a Label**: ``<title>`` is the site name on every page and the only ``<h1>`` is
   the school banner; listing anchors cut titles at 60 characters ("..."). Gold title = the
   Label's full text.
5. **en-US date in the old control**: "Ngày đăng: 11/25/2026 2:15:00 PM" (M/d/yyyy h:mm:ss tt)
   -> ``2026-11-25T14:15:00+07:00``; "Ngày đăng: 11/9/2026 7:30:00 PM" -> ``2026-11-09T19:30:00
   +07:00`` (9 November: the listing prints "(09/11/2026)", the site's clock is en-US there, and
   September would be outside the site's news). The new control prints "dd/MM/yyyy HH:mm".
6. **Sapo printed twice**: for 258 and 257 the editor pasted the lead both in the "Tóm tắt" field
   (``lblTomTat``, bold) and as the first paragraph of the text. Gold: summary = the lead, the
   body has it once (as its first paragraph). An empty ``lblTomTat`` -> summary null.
7. **Representative thumbnail above the text** (``imgAnhDaiDien``, ``/Upload/Images/Thumb/…``):
   the listing's thumbnail repeated, not an article photo. Gold images: only those in the text.
8. **Photo-with-caption tables**: some photos sit in a 2-row table whose second row is the
   caption; that row is the caption, not a table-row paragraph. A real data table (251's results)
   is body, rows as "cell | cell".
9. **Parents' comments inside the content panel** ("Ý kiến phụ huynh": name, time, text) plus
   the comment form, the "Chia sẻ: Facebook Zalo" widget inside the text's div, the tool bar and
   "Các tin đã đưa" (with dates) inside ``pnlChiTiet``. Gold: none of it is body.
10. **Soft 404**: the marquee links ``ChiTietTin.aspx?id=231`` (a deleted notice): 200 with the
    whole template, an empty title Label and "Tin tức không tồn tại hoặc đã bị gỡ bỏ!". Not an
    article, not in the gold.
11. **Duplicates**: ``?id=<n>&cat=<c>`` (listings), ``/chitiettin.aspx?ID=<n>`` ("Tin xem nhiều"),
    ``/InTin.aspx?id=<n>`` (print, JS only) -> ``alt_paths``; the home postbacks redirect to
    the canonical path.
12. Listed kinds, also present: midnight "20/11/2026 00:00" -> the day (249); an official notice
    (256) whose letterhead day 30/11 wins over "Ngày đăng" and whose signer is the author;
    Unikey "Unicode tổ hợp" (NFD) title and text (244) and FCKeditor entities (233) -> NFC gold;
    "Người đăng: sonca_admin" -> nobody; "Tin và ảnh: X" -> X both; "Tin: X - Ảnh: Y" at the top of
    the text; "Ảnh: X" under a photo -> photographer, caption None; "ThS.", "Cô" and posts after a
    dash stripped; a unit signing alone is the author; "Nguồn: X" -> source while a sentence
    "Theo đánh giá…"/"Theo kế hoạch…" stays text; "File đính kèm"/download lines are not body;
    a ``<br>`` splits a paragraph (242) and the editor's "- " stays.

Gold decisions on ambiguous points
----------------------------------
- Category = the breadcrumb's section (same on every URL form of the article).
- 253's closing lines "Nguyễn Thị Lụa - Nhân viên y tế" and "Nguồn: Trung tâm Kiểm soát bệnh tật
  tỉnh Thái Nguyên": author Nguyễn Thị Lụa and source, both not body.
- 246 is signed "Cô Bùi Thị Thanh Tâm - Giáo viên lớp Mẫu giáo bé C1": "Cô" is an honorific
  (a title) and the post follows a dash: author "Bùi Thị Thanh Tâm".
- 238's "Người viết: Đỗ Thị Hồng Nhung (Chủ tịch Công đoàn)" -> "Đỗ Thị Hồng Nhung".
- 253 and 244 print their lead as a bold first paragraph of the text: that is the summary.
- An image with no printed line (229) has caption None; image alt texts are never captions.
- 256: letterhead, "THÔNG BÁO / Về việc …", "Nơi nhận" and the signature block are not body; the
  download line is not body; published_at = "2026-11-30" (letterhead), author = the signer.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

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

NAME = "aspnet_webforms_repeater_postback_mamnon"
PLATFORM = "ASP.NET WebForms 4.x homemade school CMS (Repeater + LinkButton __doPostBack pager)"
START_PATH = "/Default.aspx"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường Mầm non Sơn Ca"
PAGE_SIZE = 3
CATS = {1: "Tin tức - Sự kiện", 2: "Hoạt động chuyên môn", 3: "Góc cha mẹ", 4: "Thông báo"}
#: categories rendered by the old detail control (dates bound without a format, en-US server)
OLD_CONTROL_CATS = {3, 4}
CP = "ctl00$ContentPlaceHolder1$"
CPI = "ctl00_ContentPlaceHolder1_"
DELETED_ID = 231

_R = 'style="text-align: right;"'

# --- the articles ------------------------------------------------------------------------------


def _story(sid, cat, title, posted, date_line, published_at, blocks, **kw) -> Story:
    opts = {"catno": cat, "posted": posted, "date_line": date_line}
    opts.update(kw.pop("opts", {}))
    return Story(sid, f"tin-{sid}", title, CATS[cat], published_at, blocks, opts=opts, **kw)


_SAPO_258 = (
    "Sáng ngày 04/12/2026, Trường Mầm non Sơn Ca tổ chức Hội thi “Bé khỏe – Bé ngoan” dành cho "
    "trẻ 4 – 5 tuổi, thu hút gần 300 bé và đông đảo phụ huynh đến cổ vũ."
)
_SAPO_257 = (
    "Nhằm nâng cao chất lượng giáo dục phát triển thể chất, ngày 01/12/2026 Trường Mầm non Sơn Ca "
    "tổ chức chuyên đề “Phát triển vận động cho trẻ mầm non” cấp trường."
)
_LEAD_244 = (
    "Trong tuần qua, các bé khối Mẫu giáo lớn đã có những giờ học thật thú vị khi được cùng cô "
    "giáo thu hoạch rau cải, su hào và cà rốt do chính tay mình chăm sóc tại vườn rau của trường."
)
_LEAD_253 = (
    "Những ngày cuối tháng 11, nhiệt độ ở Thái Nguyên giảm sâu, độ ẩm thay đổi thất thường. Đây là "
    "thời điểm trẻ mầm non dễ mắc các bệnh đường hô hấp, tiêu hóa. Nhà trường xin gửi tới cha mẹ "
    "một số lưu ý để phòng bệnh cho trẻ."
)

STORIES: list[Story] = [
    _story(
        258, 1,
        "Trường Mầm non Sơn Ca tổ chức Hội thi “Bé khỏe – Bé ngoan” năm học 2026 - 2027",
        "2026-12-04 15:20", "Ngày đăng: 04/12/2026 15:20", "2026-12-04T15:20:00+07:00",
        [
            P("Hội thi nhằm đánh giá kết quả thực hiện chuyên đề giáo dục phát triển vận động, đồng "
              "thời tạo sân chơi bổ ích giúp trẻ rèn luyện thể lực, tính mạnh dạn, tự tin và tinh "
              "thần đồng đội."),
            Img("Upload/Images/20261204_hoithi_01.jpg",
                "Các bé lớp Mẫu giáo lớn A1 trong phần thi đồng diễn thể dục nhịp điệu",
                "Các bé lớp Mẫu giáo lớn A1 trong phần thi đồng diễn thể dục nhịp điệu", "tbl"),
            P("Hội thi gồm ba phần: đồng diễn thể dục buổi sáng, thi vận động “Vượt chướng ngại vật” "
              "và phần thi năng khiếu. Mỗi lớp cử 10 bé tham gia phần thi vận động, các bé còn lại "
              "cùng cô giáo tham gia đồng diễn."),
            P("Ở phần thi “Vượt chướng ngại vật”, các bé lần lượt bò qua đường hầm, bật qua vòng, đi "
              "trên ghế thể dục và chuyền bóng về đích. Dù trời se lạnh, các bé vẫn thi đấu hăng say "
              "trong tiếng reo hò cổ vũ của bố mẹ và các bạn."),
            Img("Upload/Images/20261204_hoithi_02.jpg",
                "Phần thi “Vượt chướng ngại vật” của khối 4 tuổi",
                "Phần thi “Vượt chướng ngại vật” của khối 4 tuổi", "em"),
            P("Phần thi năng khiếu mang đến nhiều tiết mục hát, múa, đọc thơ đáng yêu. Nhiều phụ "
              "huynh bất ngờ khi thấy con mình tự tin biểu diễn trước đông người."),
            P("Kết thúc hội thi, Ban tổ chức đã trao giải Nhất cho lớp Mẫu giáo lớn A2, giải Nhì cho "
              "các lớp Mẫu giáo lớn A1 và Mẫu giáo nhỡ B3, giải Ba cho các lớp Mẫu giáo nhỡ B1, B2; "
              "100% các bé tham gia đều nhận được quà lưu niệm của nhà trường."),
            Raw(f"<p {_R}><strong>Tin và ảnh: Hoàng Thu Trang</strong></p>"),
        ],
        authors=["Hoàng Thu Trang"], photographers=["Hoàng Thu Trang"],
        summary=_SAPO_258, sapo_outside=True,
        opts={"sapo_dup": True, "thumb": "20261204_hoithi_thumb.jpg", "comments": [
            ("Phụ huynh bé Bảo Ngọc (A2)", "05/12/2026 08:12",
             "Cảm ơn các cô đã tổ chức hội thi rất chu đáo, con về nhà kể mãi không thôi ạ!"),
            ("Mẹ bé Gia Huy", "04/12/2026 20:47",
             "Hội thi rất vui, mong nhà trường tổ chức thường xuyên hơn để các con được vận động."),
        ]},
    ),
    _story(
        255, 1,
        "Đoàn công tác Phòng GD&ĐT thành phố kiểm tra công tác nuôi dưỡng, chăm sóc trẻ tại "
        "Trường Mầm non Sơn Ca",
        "2026-11-27 09:30", "Ngày đăng: 27/11/2026 09:30", "2026-11-27T09:30:00+07:00",
        [
            P("Đoàn đã kiểm tra hồ sơ sổ sách bán trú, hợp đồng cung cấp thực phẩm, sổ kiểm thực ba "
              "bước và việc lưu mẫu thức ăn hằng ngày; trực tiếp xem khu bếp một chiều, kho thực "
              "phẩm và giờ ăn, giờ ngủ của trẻ tại một số lớp."),
            P("Theo báo cáo của nhà trường, năm học 2026 - 2027 trường có 412 trẻ ăn bán trú tại 14 "
              "nhóm, lớp. Mức tiền ăn 28.000 đồng/trẻ/ngày, thực đơn được xây dựng theo mùa, thay "
              "đổi hằng tuần và được công khai trên bảng tin cũng như trên trang thông tin điện tử "
              "của trường."),
            Img("../Upload/Images/20261126_kiemtra_bep.jpg",
                "(Đoàn kiểm tra khu bếp một chiều của nhà trường)",
                "Đoàn kiểm tra khu bếp một chiều của nhà trường", "em"),
            P("Qua kiểm tra, đoàn đánh giá cao sự chủ động của nhà trường trong việc lựa chọn nhà "
              "cung cấp thực phẩm có nguồn gốc rõ ràng, bếp ăn sạch sẽ, đội ngũ nhân viên nuôi dưỡng "
              "có chứng chỉ nghề và được khám sức khỏe định kỳ."),
            P("Đoàn cũng đề nghị nhà trường tiếp tục tăng cường các món ăn chế biến từ rau, củ địa "
              "phương, chú ý khẩu phần của trẻ suy dinh dưỡng và thừa cân, béo phì; cập nhật kịp "
              "thời phần mềm dinh dưỡng."),
            P("Thay mặt nhà trường, bà Nguyễn Thị Minh Thu, Hiệu trưởng tiếp thu các ý kiến và cam "
              "kết khắc phục ngay những tồn tại trong tháng 12/2026."),
            Raw(f"<p {_R}><em>Phạm Thị Lan - Phó Hiệu trưởng</em></p>"),
        ],
        authors=["Phạm Thị Lan"],
        summary=(
            "Ngày 26/11/2026, đoàn công tác của Phòng Giáo dục và Đào tạo thành phố Thái Nguyên do "
            "bà Trần Thị Hải Yến, Phó Trưởng phòng làm trưởng đoàn đã đến kiểm tra công tác nuôi "
            "dưỡng, chăm sóc và bảo đảm an toàn thực phẩm tại Trường Mầm non Sơn Ca."
        ),
        sapo_outside=True,
        opts={"thumb": "20261126_kiemtra_thumb.jpg"},
    ),
    _story(
        249, 1,
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "2026-11-20 00:00", "Ngày đăng: 20/11/2026 00:00", "2026-11-20",
        [
            P("Sáng 20/11, Trường Mầm non Sơn Ca long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
              "Việt Nam (20/11/1982 - 20/11/2026). Tới dự có đại diện lãnh đạo UBND phường Phan Đình "
              "Phùng, Ban đại diện cha mẹ trẻ cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường.",
              "mso"),
            P("Tại buổi lễ, đồng chí Hiệu trưởng đã ôn lại truyền thống vẻ vang của ngày Nhà giáo Việt "
              "Nam, điểm lại những kết quả nổi bật của nhà trường trong năm học 2025 - 2026: trường "
              "duy trì danh hiệu Tập thể lao động xuất sắc, có 6 giáo viên đạt danh hiệu giáo viên "
              "dạy giỏi cấp thành phố.", "mso"),
            Img("/Upload/Images/20261120_le_kyniem.jpg",
                "Các bé lớp Mẫu giáo lớn A2 tặng hoa chúc mừng các cô giáo",
                "Các bé lớp Mẫu giáo lớn A2 tặng hoa chúc mừng các cô giáo", "tbl"),
            P("Nhân dịp này, nhà trường đã khen thưởng 12 cán bộ, giáo viên có thành tích xuất sắc "
              "trong phong trào thi đua “Hai tốt” đợt 1 và trao quà tri ân các thầy cô giáo đã nghỉ "
              "hưu.", "mso"),
            Img("/Upload/Images/20261120_vannghe.jpg", "Ảnh: Lê Văn Bình", None, "em"),
            P("Buổi lễ khép lại với chương trình văn nghệ do chính các cô giáo và các bé biểu diễn, để "
              "lại nhiều cảm xúc cho các vị đại biểu và phụ huynh.", "mso"),
        ],
        photographers=["Lê Văn Bình"],
        opts={"thumb": "20261120_le_thumb.jpg", "comments": [
            ("Cựu phụ huynh lớp A1 (2024)", "20/11/2026 21:03",
             "Chúc các cô giáo Trường Mầm non Sơn Ca luôn mạnh khỏe, hạnh phúc và yêu nghề!"),
        ]},
    ),
    _story(
        244, 1,
        "Bé khối Mẫu giáo lớn trải nghiệm thu hoạch rau tại vườn trường",
        "2026-11-12 10:05", "Ngày đăng: 12/11/2026 10:05", "2026-11-12T10:05:00+07:00",
        [
            P(_LEAD_244, "b"),
            P("Vườn rau “Bé yêu thiên nhiên” rộng gần 200 m² được nhà trường cải tạo từ đầu năm học. "
              "Mỗi lớp được giao một luống rau; hằng ngày các bé cùng cô tưới nước, nhổ cỏ và quan "
              "sát sự lớn lên của cây."),
            P("Trong buổi thu hoạch, các cô hướng dẫn trẻ cách nhổ rau nhẹ nhàng, rũ sạch đất, phân "
              "loại rau theo từng loại và đếm số lượng. Qua đó trẻ được làm quen với các biểu tượng "
              "toán sơ đẳng và vốn từ về các loại rau củ."),
            Img("Upload/Images/20261111_vuonrau.jpg",
                "Bé Minh Khang (lớp A3) khoe củ cà rốt vừa nhổ",
                "Bé Minh Khang (lớp A3) khoe củ cà rốt vừa nhổ", "em"),
            P("Số rau thu hoạch được chuyển xuống bếp để chế biến món canh cải nấu thịt băm cho bữa "
              "trưa. Nhiều bé hào hứng kể với bố mẹ: “Hôm nay con được ăn rau con trồng!”."),
            P("Hoạt động trải nghiệm không chỉ giúp trẻ hiểu về quá trình sinh trưởng của cây, mà còn "
              "giáo dục trẻ tình yêu lao động, biết quý trọng thành quả và thói quen ăn uống lành "
              "mạnh."),
            Raw(f"<p {_R}><strong>Tổ khối Mẫu giáo lớn</strong></p>"),
        ],
        authors=["Tổ khối Mẫu giáo lớn"], summary=_LEAD_244,
        opts={"nfd": True, "thumb": "20261111_vuonrau_thumb.jpg"},
    ),
    _story(
        238, 1,
        "Công đoàn trường tổ chức các hoạt động chào mừng Ngày Phụ nữ Việt Nam 20/10",
        "2026-10-21 08:15", "Ngày đăng: 21/10/2026 08:15", "2026-10-21T08:15:00+07:00",
        [
            P("Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
              "20/10/2026), Công đoàn Trường Mầm non Sơn Ca đã tổ chức nhiều hoạt động thiết thực, ý "
              "nghĩa dành cho 52 cán bộ, giáo viên, nhân viên nữ của nhà trường."),
            P("Điểm nhấn là hội thi “Cắm hoa nghệ thuật” với chủ đề “Hương sắc mùa thu”. Mỗi tổ công "
              "đoàn mang đến một tác phẩm, thể hiện sự khéo léo, sáng tạo và tình cảm gắn bó của các "
              "chị em."),
            Img("/Upload/Images/20261020_camhoa.jpg", "Tác phẩm đạt giải Nhất của tổ Mẫu giáo nhỡ",
                "Tác phẩm đạt giải Nhất của tổ Mẫu giáo nhỡ", "tbl"),
            P("Bên cạnh đó, Công đoàn phối hợp với Trạm Y tế phường tổ chức buổi nói chuyện chuyên đề "
              "“Chăm sóc sức khỏe sinh sản và phòng chống ung thư ở phụ nữ”, thu hút sự quan tâm của "
              "đông đảo chị em."),
            P("Kết quả hội thi: giải Nhất thuộc về tổ Mẫu giáo nhỡ, giải Nhì tổ Nhà trẻ, giải Ba tổ Văn "
              "phòng - Nuôi dưỡng; giải Khuyến khích tổ Mẫu giáo bé và tổ Mẫu giáo lớn."),
            Raw(f"<p {_R}>Người viết: <strong>Đỗ Thị Hồng Nhung</strong> (Chủ tịch Công đoàn)</p>"),
        ],
        authors=["Đỗ Thị Hồng Nhung"],
        opts={"thumb": "20261020_camhoa_thumb.jpg"},
    ),
    _story(
        233, 1,
        "Diễn tập phương án phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2026",
        "2026-10-15 14:00", "Ngày đăng: 15/10/2026 14:00", "2026-10-15T14:00:00+07:00",
        [
            P("Tình huống giả định: vào lúc 15 giờ, tại kho chứa đồ dùng đồ chơi tầng 1 xảy ra chập "
              "điện gây cháy, khói bốc lên nhiều, lan sang hành lang các lớp học. Người phát hiện đầu "
              "tiên đã hô hoán, ngắt cầu dao điện và báo cho Ban chỉ huy."),
            P("Ngay lập tức, đội PCCC cơ sở của nhà trường triển khai các bước: báo động, sơ tán trẻ "
              "theo lối thoát nạn, sử dụng bình chữa cháy xách tay và lăng vòi để dập đám cháy ban "
              "đầu, đồng thời gọi điện thoại đến số 114."),
            P("Các cô giáo bình tĩnh hướng dẫn trẻ dùng khăn ướt che mũi, đi cúi thấp người theo hàng "
              "ra sân trường. Chỉ sau 4 phút, toàn bộ 412 trẻ đã được sơ tán an toàn đến khu vực tập "
              "kết."),
            Img("Upload/Images/20261014_pccc.jpg",
                "Cán bộ Cảnh sát PCCC hướng dẫn giáo viên sử dụng bình chữa cháy",
                "Cán bộ Cảnh sát PCCC hướng dẫn giáo viên sử dụng bình chữa cháy", "em"),
            P("Theo đánh giá của cán bộ Cảnh sát PCCC, buổi diễn tập được chuẩn bị chu đáo, các lực "
              "lượng phối hợp nhịp nhàng, đúng phương án đã được phê duyệt."),
            Raw(f"<p {_R}><em>Nguồn: Phòng GD&amp;ĐT thành phố Thái Nguyên</em></p>"),
        ],
        source="Phòng GD&ĐT thành phố Thái Nguyên",
        summary=(
            "Chiều 14/10/2026, Trường Mầm non Sơn Ca phối hợp với Đội Cảnh sát PCCC&CNCH Công an "
            "thành phố Thái Nguyên tổ chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại chỗ."
        ),
        sapo_outside=True,
        opts={"entities": 2, "thumb": "20261014_pccc_thumb.jpg"},
    ),
    _story(
        229, 1,
        "Hội nghị viên chức, người lao động năm học 2026 - 2027",
        "2026-10-06 09:00", "Ngày đăng: 06/10/2026 09:00", "2026-10-06T09:00:00+07:00",
        [
            P("Ngày 05/10/2026, Trường Mầm non Sơn Ca tổ chức Hội nghị viên chức, người lao động năm "
              "học 2026 - 2027 với sự tham dự của 58 cán bộ, giáo viên, nhân viên."),
            P("Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026 và phương hướng, nhiệm vụ năm học "
              "mới với các chỉ tiêu cụ thể:"),
            P("Huy động 100% trẻ trong độ tuổi trên địa bàn ra lớp;", "li"),
            P("Tỷ lệ trẻ suy dinh dưỡng thể thấp còi dưới 2%;", "li"),
            P("Phấn đấu 8 giáo viên đạt giáo viên dạy giỏi cấp trường, 3 giáo viên cấp thành phố;",
              "li"),
            P("Giữ vững trường đạt chuẩn Quốc gia mức độ 2.", "li"),
            P("Hội nghị cũng thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở và phát động "
              "phong trào thi đua năm học. Toàn thể viên chức đã ký cam kết thực hiện nhiệm vụ năm học "
              "2026 - 2027."),
            Img("/Upload/Images/20261005_hoinghi.jpg", None, None, "em"),
            Raw('<p><img src="/Images/icon_pdf.gif" alt="" /> File đính kèm: '
                '<a href="/Upload/Files/NghiQuyet_HNVC_2026.pdf">NghiQuyet_HNVC_2026.pdf</a></p>'),
        ],
        opts={"thumb": "20261005_hoinghi_thumb.jpg"},
    ),
    _story(
        257, 2,
        "Chuyên đề “Phát triển vận động cho trẻ mầm non” cấp trường",
        "2026-12-02 10:10", "Ngày đăng: 02/12/2026 10:10", "2026-12-02T10:10:00+07:00",
        [
            P("Tham dự chuyên đề có Ban giám hiệu, tổ trưởng chuyên môn và 28 giáo viên các nhóm, lớp. "
              "Chuyên đề được tổ chức trong một buổi sáng với hai tiết dạy minh họa và phần thảo "
              "luận."),
            P("1. Tiết dạy minh họa", "hb"),
            P("Cô Vũ Thị Ngọc Ánh, lớp Mẫu giáo nhỡ B2 thực hiện hoạt động “Bật liên tục qua 5 vòng – "
              "Ném xa bằng một tay”. Cô Lương Thị Thảo, lớp Mẫu giáo lớn A1 thực hiện hoạt động "
              "“Trườn sấp kết hợp trèo qua ghế thể dục”."),
            Img("Upload/Images/20261201_chuyende_vandong.jpg",
                "Tiết dạy minh họa của cô Lương Thị Thảo, lớp Mẫu giáo lớn A1",
                "Tiết dạy minh họa của cô Lương Thị Thảo, lớp Mẫu giáo lớn A1", "tbl"),
            P("Các tiết dạy được chuẩn bị công phu, đồ dùng đa dạng, tận dụng nguyên vật liệu sẵn có "
              "như lốp xe cũ, chai nhựa, ống tre. Trẻ hứng thú, tích cực vận động, đảm bảo lượng vận "
              "động phù hợp với độ tuổi."),
            P("2. Thảo luận", "hb"),
            P("Các giáo viên đã thảo luận về cách xây dựng góc vận động trong lớp, tổ chức trò chơi dân "
              "gian trong giờ hoạt động ngoài trời và cách đánh giá sự phát triển vận động của trẻ "
              "theo Chương trình Giáo dục mầm non."),
            P("Kết thúc chuyên đề, đồng chí Phó Hiệu trưởng phụ trách chuyên môn đã đánh giá, rút kinh "
              "nghiệm và đề nghị các lớp áp dụng linh hoạt vào thực tế từ tháng 12/2026."),
            Raw(f"<p {_R}><strong>Tổ chuyên môn</strong></p>"),
        ],
        authors=["Tổ chuyên môn"], summary=_SAPO_257, sapo_outside=True,
        opts={"sapo_dup": True, "thumb": "20261201_chuyende_thumb.jpg"},
    ),
    _story(
        251, 2,
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        "2026-11-24 14:45", "Ngày đăng: 24/11/2026 14:45", "2026-11-24T14:45:00+07:00",
        [
            Raw("<p><em>Tin: Nguyễn Thị Hà - Ảnh: Trần Minh Đức</em></p>"),
            P("Từ ngày 16 đến 23/11/2026, Trường Mầm non Sơn Ca tổ chức Hội thi giáo viên dạy giỏi cấp "
              "trường năm học 2026 - 2027 với 14 giáo viên tham gia."),
            P("Theo kế hoạch, mỗi giáo viên thực hiện hai tiết dạy thực hành thuộc hai lĩnh vực giáo "
              "dục khác nhau và trình bày một biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ."),
            P("Ban giám khảo gồm Ban giám hiệu và các tổ trưởng chuyên môn. Các tiết dạy được đánh giá "
              "theo tiêu chí của Sở Giáo dục và Đào tạo, chú trọng việc lấy trẻ làm trung tâm và ứng "
              "dụng phương pháp STEAM."),
            Img("Upload/Images/20261120_gvdg.jpg",
                "Cô Đặng Thu Phương trong tiết dạy “Khám phá: Nước quanh bé”",
                "Cô Đặng Thu Phương trong tiết dạy “Khám phá: Nước quanh bé”", "em"),
            P("Kết quả, có 11/14 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, trong đó 4 giáo "
              "viên xuất sắc được chọn tham dự hội thi cấp thành phố:"),
            P("TT | Họ và tên | Lớp | Xếp loại", "tr"),
            P("1 | Đặng Thu Phương | MGL A2 | Xuất sắc", "tr"),
            P("2 | Vũ Thị Ngọc Ánh | MGN B2 | Xuất sắc", "tr"),
            P("3 | Lương Thị Thảo | MGL A1 | Xuất sắc", "tr"),
            P("4 | Ngô Thị Huyền | NT D1 | Xuất sắc", "tr"),
        ],
        authors=["Nguyễn Thị Hà"], photographers=["Trần Minh Đức"],
        opts={"thumb": "20261120_gvdg_thumb.jpg"},
    ),
    _story(
        242, 2,
        "Sinh hoạt chuyên môn cụm: tiết dạy mẫu “Làm quen chữ cái i, t, c”",
        "2026-11-05 14:30", "Ngày đăng: 05/11/2026 14:30", "2026-11-05T14:30:00+07:00",
        [
            P("Thực hiện kế hoạch sinh hoạt chuyên môn cụm số 3 của Phòng Giáo dục và Đào tạo, chiều "
              "04/11/2026, Trường Mầm non Sơn Ca đăng cai buổi sinh hoạt chuyên môn với nội dung “Làm "
              "quen chữ cái” cho trẻ 5 - 6 tuổi."),
            P("Về dự có cán bộ quản lý và giáo viên của 5 trường mầm non trong cụm: Sơn Ca, Hoa Hồng, "
              "Tuổi Thơ, Quang Trung và Túc Duyên."),
            P("Cô Trần Thị Mai Anh, lớp Mẫu giáo lớn A3 đã thực hiện tiết dạy mẫu “Làm quen chữ cái i, "
              "t, c”. Thông qua các trò chơi “Tìm chữ cái trong từ”, “Ghép nét tạo chữ”, “Về đúng "
              "nhà”, trẻ được nhận biết và phát âm đúng các chữ cái một cách nhẹ nhàng, tự nhiên."),
            Img("Upload/Images/20261104_cum3.jpg",
                "Trẻ lớp A3 hào hứng với trò chơi “Ghép nét tạo chữ”",
                "Trẻ lớp A3 hào hứng với trò chơi “Ghép nét tạo chữ”", "tbl"),
            P("Sau tiết dạy, các đại biểu đã góp ý, trao đổi sôi nổi về:"),
            P("- Cách tạo môi trường chữ viết trong lớp học;", "br"),
            P("- Việc lồng ghép làm quen chữ cái vào các hoạt động trong ngày.", "br"),
            P("Buổi sinh hoạt cụm là dịp để giáo viên các trường học hỏi, chia sẻ kinh nghiệm, góp phần "
              "nâng cao chất lượng chuẩn bị cho trẻ vào lớp Một."),
            Raw(f"<p {_R}><strong>ThS. Phạm Thị Lan</strong></p>"),
        ],
        authors=["Phạm Thị Lan"],
        opts={"thumb": "20261104_cum3_thumb.jpg"},
    ),
    _story(
        253, 3,
        "Phòng bệnh cho trẻ khi thời tiết chuyển lạnh",
        "2026-11-25 14:15", "Ngày đăng: 11/25/2026 2:15:00 PM", "2026-11-25T14:15:00+07:00",
        [
            P(_LEAD_253, "b"),
            P("Giữ ấm cơ thể đúng cách", "h"),
            P("Cho trẻ mặc đủ ấm, đặc biệt giữ ấm vùng cổ, ngực, bàn chân. Tuy nhiên không nên mặc quá "
              "nhiều lớp khiến trẻ ra mồ hôi, dễ bị nhiễm lạnh ngược."),
            P("Chế độ dinh dưỡng hợp lý", "h"),
            P("Tăng cường rau xanh, hoa quả giàu vitamin C như cam, bưởi, ổi; cho trẻ uống đủ nước ấm. "
              "Không cho trẻ uống nước đá, ăn kem trong những ngày lạnh."),
            P("Vệ sinh cá nhân và môi trường", "h"),
            Img("/Upload/Images/20261125_rua_tay.jpg", "Cô giáo hướng dẫn trẻ rửa tay bằng xà phòng",
                "Cô giáo hướng dẫn trẻ rửa tay bằng xà phòng", "em"),
            P("Hướng dẫn trẻ rửa tay bằng xà phòng trước khi ăn, sau khi đi vệ sinh; vệ sinh mũi họng "
              "bằng nước muối sinh lý. Giữ nhà cửa thông thoáng, tránh để trẻ tiếp xúc với khói thuốc "
              "lá."),
            P("Khi trẻ có biểu hiện sốt cao, ho nhiều, khó thở, bỏ ăn, cha mẹ cần đưa trẻ đến cơ sở y tế "
              "để được khám và điều trị kịp thời, không tự ý cho trẻ dùng kháng sinh."),
            Raw(f"<p {_R}><strong>Nguyễn Thị Lụa - Nhân viên y tế</strong></p>"),
            Raw(f"<p {_R}><em>Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh Thái Nguyên</em></p>"),
        ],
        authors=["Nguyễn Thị Lụa"], source="Trung tâm Kiểm soát bệnh tật tỉnh Thái Nguyên",
        summary=_LEAD_253,
        opts={"thumb": "20261125_phongbenh_thumb.jpg"},
    ),
    _story(
        246, 3,
        "Cha mẹ cùng con đọc sách mỗi tối: 15 phút gắn kết yêu thương",
        "2026-11-09 19:30", "Ngày đăng: 11/9/2026 7:30:00 PM", "2026-11-09T19:30:00+07:00",
        [
            P("Đọc sách cùng con là một trong những cách đơn giản mà hiệu quả nhất để phát triển ngôn "
              "ngữ, trí tưởng tượng và tình cảm cho trẻ mầm non. Chỉ cần 15 phút trước giờ đi ngủ, cha "
              "mẹ đã có thể tạo nên thói quen quý báu theo con suốt cuộc đời."),
            P("Với trẻ 3 - 4 tuổi, cha mẹ nên chọn những cuốn sách tranh khổ lớn, ít chữ, màu sắc tươi "
              "sáng, nội dung gần gũi như con vật, đồ dùng, gia đình. Trẻ 5 - 6 tuổi có thể nghe những "
              "câu chuyện dài hơn, có tình tiết và bài học rõ ràng."),
            P("Khi đọc, cha mẹ hãy chỉ vào tranh, thay đổi giọng cho từng nhân vật, dừng lại đặt câu "
              "hỏi “Con đoán xem chuyện gì sẽ xảy ra tiếp theo?” để trẻ được suy nghĩ và trả lời."),
            P("Đừng lo lắng nếu trẻ muốn nghe đi nghe lại một câu chuyện. Việc lặp lại giúp trẻ ghi nhớ "
              "từ ngữ, hiểu sâu nội dung và cảm thấy an toàn."),
            P("Hiện nay, thư viện thân thiện của trường có hơn 600 đầu sách thiếu nhi. Mỗi thứ Sáu, trẻ "
              "được mượn một cuốn sách mang về nhà đọc cùng bố mẹ. Nhà trường rất mong nhận được sự "
              "đồng hành của các gia đình."),
            Raw(f"<p {_R}><em>Cô Bùi Thị Thanh Tâm - Giáo viên lớp Mẫu giáo bé C1</em></p>"),
        ],
        authors=["Bùi Thị Thanh Tâm"],
        opts={"thumb": "20261109_docsach_thumb.jpg"},
    ),
    _story(
        256, 4,
        "Thông báo tuyển sinh bổ sung trẻ nhà trẻ 24 - 36 tháng tuổi năm học 2026 - 2027",
        "2026-12-01 08:10", "Ngày đăng: 12/1/2026 8:10:00 AM", "2026-11-30",
        [
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;"><tbody><tr>'
                '<td style="text-align:center;width:40%;">UBND THÀNH PHỐ THÁI NGUYÊN<br />'
                "<strong>TRƯỜNG MẦM NON SƠN CA</strong><br />Số: 45/TB-MNSC</td>"
                '<td style="text-align:center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
                "<em>Thái Nguyên, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
            ),
            Raw('<p style="text-align:center;"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc tuyển sinh bổ sung trẻ nhà trẻ 24 - 36 tháng tuổi</strong></p>"),
            P("Căn cứ Kế hoạch số 112/KH-MNSC ngày 15/8/2026 của Trường Mầm non Sơn Ca về công tác "
              "tuyển sinh năm học 2026 - 2027;"),
            P("Căn cứ tình hình thực tế số trẻ hiện có tại các nhóm trẻ, Trường Mầm non Sơn Ca thông báo "
              "tuyển sinh bổ sung như sau:"),
            P("1. Đối tượng: trẻ sinh từ tháng 12/2023 đến tháng 11/2024, có hộ khẩu thường trú hoặc tạm "
              "trú trên địa bàn phường Phan Đình Phùng và các phường lân cận."),
            P("2. Chỉ tiêu: 15 trẻ (nhóm trẻ 24 - 36 tháng tuổi D2)."),
            P("3. Hồ sơ gồm: đơn xin nhập học (theo mẫu của nhà trường); bản sao giấy khai sinh; bản sao "
              "sổ tiêm chủng của trẻ."),
            P("4. Thời gian nhận hồ sơ: từ ngày 02/12/2026 đến hết ngày 15/12/2026 (trong giờ hành "
              "chính) tại Văn phòng nhà trường."),
            P("Mọi chi tiết xin liên hệ: Văn phòng Trường Mầm non Sơn Ca, điện thoại 0208.3855.246."),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;"><tbody><tr>'
                '<td style="vertical-align:top;width:50%;"><strong><em>Nơi nhận:</em></strong><br />'
                "- Phòng GD&amp;ĐT (b/c);<br />- Phụ huynh học sinh;<br />- Lưu: VT.</td>"
                '<td style="text-align:center;vertical-align:top;"><strong>HIỆU TRƯỞNG</strong><br />'
                "<br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Thị Minh Thu</strong></td>"
                "</tr></tbody></table>"
            ),
            Raw('<p><a href="/Upload/Files/DonXinNhapHoc_2026.doc"><img src="/Images/icon_word.gif" '
                'alt="" /> Tải về mẫu đơn xin nhập học</a></p>'),
        ],
        authors=["Nguyễn Thị Minh Thu"],
        opts={"thumb": "20261201_tuyensinh_thumb.jpg"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _cat_stories(cat: int) -> list[Story]:
    return sorted((s for s in STORIES if s.opts["catno"] == cat), key=lambda s: s.opts["posted"],
                  reverse=True)


def _newest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["posted"], reverse=True)[:n]


FEATURED = [258, 249, 251, 244]  # "Tin nổi bật": postback LinkButtons
MOST_READ = [249, 257, 244, 253]  # "Tin xem nhiều": /chitiettin.aspx?ID=<n>

# --- rendering helpers -------------------------------------------------------------------------


def _day(story: Story) -> str:
    y, m, d = story.opts["posted"][:10].split("-")
    return f"{d}/{m}/{y}"


def _cut(value: str, limit: int) -> str:
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + "..."


def _tx(story: Story, value: str) -> str:
    return text(value, nfd=story.opts.get("nfd", False), entities=story.opts.get("entities", 0))


def _title(story: Story) -> str:
    return text(story.title, nfd=story.opts.get("nfd", False))


def _img(story: Story, img: Img) -> str:
    src = esc(img.src)
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 500px;">'
            f'<tbody><tr><td><img alt="" src="{src}" style="width: 500px; height: 333px;" /></td></tr>'
            '<tr><td style="text-align: center;"><span style="font-size:12px;"><em>'
            f"{_tx(story, img.printed or '')}</em></span></td></tr></tbody></table>"
        )
    out = (f'<p style="text-align: center;"><img alt="" src="{src}" '
           'style="width: 480px; height: 320px;" /></p>')
    if img.printed:
        out += f'<p style="text-align: center;"><em>{_tx(story, img.printed)}</em></p>'
    return out


def _para(story: Story, style: str, inner: str) -> str:
    if style == "mso":
        return ('<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
                '<span style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman'
                f'&quot;,serif">{inner}<o:p></o:p></span></p>')
    if style == "b":
        return f'<p style="text-align: justify;"><strong>{inner}</strong></p>'
    if style == "hb":
        return f"<p><b>{inner}</b></p>"
    if style == "h":
        return f'<h3 style="font-size:15px;color:#0b5394;">{inner}</h3>'
    return f'<p style="text-align: justify;">{inner}</p>'


def render_blocks(story: Story) -> str:
    """The text as the editor (CKEditor 3 / pasted Word) left it."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(story, b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_tx(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "<td><strong>{}</strong></td>" if first else "<td>{}</td>"
                rows.append("<tr>" + "".join(tag.format(_tx(story, c)) for c in cells) + "</tr>")
                first = False
                i += 1
            out.append('<table border="1" cellpadding="4" cellspacing="0" class="MsoTableGrid" '
                       'style="width:100%;border-collapse:collapse;"><tbody>'
                       + "".join(rows) + "</tbody></table>")
            continue
        else:
            inner = _tx(story, b.text)
            while (i + 1 < len(blocks) and isinstance(blocks[i + 1], P)
                   and blocks[i + 1].style == "br"):
                i += 1
                inner += "<br />\n" + _tx(story, blocks[i].text)
            out.append(_para(story, b.style, inner))
        i += 1
    return "\n".join(out)


# --- ASP.NET state ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _State:
    kind: str  # "ds" (listing) / "home" / "page"
    cat: int
    page: int


def _vs(key: str) -> str:
    return opaque("__VIEWSTATE|" + key, 2100, prefix=b"\xff\x01\x0f\x0f\x05\x0a")


def _ev(key: str) -> str:
    return opaque("__EVENTVALIDATION|" + key, 180, prefix=b"\xff\x01\x1d")


def _dopostback(target: str) -> str:
    return f"javascript:__doPostBack(&#39;{target}&#39;,&#39;&#39;)"


_YSOD = """<!DOCTYPE html>
<html>
    <head>
        <title>{title}</title>
        <meta name="viewport" content="width=device-width" />
        <style>
         body {{font-family:"Verdana";font-weight:normal;font-size: .7em;color:black;}}
         H1 {{ font-family:"Verdana";font-weight:normal;font-size:18pt;color:red }}
        </style>
    </head>
    <body bgcolor="white">
            <span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
            <h2> <i>{title}</i> </h2></span>
            <font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">
            <b> Description: </b>An unhandled exception occurred during the execution of the current
            web request. Please review the stack trace for more information about the error and where
            it originated in the code.
            <br><br>
            <b> Exception Details: </b>{exc}<br><br>
            <hr width=100% size=1 color=silver>
            <b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319;
            ASP.NET Version:4.8.4494.0
            </font>
    </body>
</html>
"""


def _ysod(title: str, exc: str) -> Response:
    return html(_YSOD.format(title=esc(title), exc=esc(exc)), status=500,
                headers={"X-AspNet-Version": "4.0.30319"})


_MAC_FAILED = (
    "Validation of viewstate MAC failed. If this application is hosted by a Web Farm or cluster, "
    "ensure that &lt;machineKey&gt; configuration specifies the same validationKey and validation "
    "algorithm.",
    "System.Web.HttpException: Validation of viewstate MAC failed.",
)
_BAD_POSTBACK = (
    "Invalid postback or callback argument.  Event validation is enabled using <pages "
    'enableEventValidation="true"/> in configuration or <%@ Page EnableEventValidation="true" %> '
    "in a page.",
    "System.ArgumentException: Invalid postback or callback argument.",
)


ALBUMS: dict[int, tuple[str, str, list[tuple[str, str]]]] = {
    1: ("Hội thi “Bé khỏe – Bé ngoan” 2026", "04/12/2026",
        [("20261204_hoithi_01.jpg", "Đồng diễn thể dục nhịp điệu"),
         ("20261204_hoithi_02.jpg", "Vượt chướng ngại vật"),
         ("20261204_hoithi_03.jpg", "Trao giải cho các lớp")]),
    2: ("Ngày Nhà giáo Việt Nam 20/11", "20/11/2026",
        [("20261120_le_kyniem.jpg", "Các bé tặng hoa cô giáo"),
         ("20261120_vannghe.jpg", "Văn nghệ chào mừng")]),
}


# --- the site ---------------------------------------------------------------------------------


class MamNonSonCaSite:
    def __init__(self) -> None:
        self.states: dict[str, _State] = {}

    # page frame ---------------------------------------------------------------------------
    def _state(self, kind: str, cat: int = 0, page: int = 1) -> tuple[str, str]:
        key = f"{kind}|{cat}|{page}"
        vs = _vs(key)
        self.states[vs] = _State(kind, cat, page)
        return vs, _ev(key)

    def _frame(self, request: Request, action: str, content: str, *, title: str | None = None,
               state: tuple[str, str] | None = None, home: bool = False) -> str:
        vs, ev = state or self._state("page", 0, zlib.crc32(action.encode()) % 997)
        page_title = f"{title} - {SCHOOL}" if title else "..:: Trường Mầm non Sơn Ca - TP. Thái Nguyên ::.."
        marquee_items = [
            ('ChiTietTin.aspx?id=256', "Thông báo tuyển sinh bổ sung trẻ nhà trẻ 24 - 36 tháng tuổi",
             "01/12/2026"),
            (f'ChiTietTin.aspx?id={DELETED_ID}', "Thông báo thu các khoản tiền tháng 11/2026",
             "03/11/2026"),
            (None, "Lịch nghỉ Tết Dương lịch 2027 (đang cập nhật)", "05/12/2026"),
        ]
        marquee = " &nbsp;&nbsp;&nbsp; ".join(
            (f'<a href="{href}" class="tb-chay"><img src="Images/new.gif" alt="" /> {esc(t)}</a> '
             f'<span class="ngay-tb">({d})</span>') if href else
            f'<span class="tb-chay">{esc(t)}</span> <span class="ngay-tb">({d})</span>'
            for href, t, d in marquee_items
        )
        most_read = "".join(
            f'<tr><td class="tx-item"><img src="Images/bullet_cam.gif" alt="" /> '
            f'<a href="/chitiettin.aspx?ID={sid}">{_title(BY_ID[sid])}</a></td></tr>'
            for sid in MOST_READ
        )
        cat_menu = "".join(
            f'<tr><td class="mt-item"><a href="DanhSachTin.aspx?cat={c}">&raquo; {esc(n)}</a></td></tr>'
            for c, n in CATS.items()
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
	{esc(page_title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="mầm non, Sơn Ca, Thái Nguyên, giáo dục mầm non" /><meta name="description" content="Trang thông tin điện tử Trường Mầm non Sơn Ca - thành phố Thái Nguyên" /><link href="Styles/Site.css" rel="stylesheet" type="text/css" /><link rel="shortcut icon" href="favicon.ico" />
<script src="Scripts/jquery-1.4.1.min.js" type="text/javascript"></script>
</head>
<body>
    <form method="post" action="./{esc(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
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

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZNZr42xUqmA1cu5uT6JWy71MV02kNwuLGL617JfsWitqyEH-aQ2&amp;t=638568892745067788" type="text/javascript"></script>
<table id="tblKhung" width="1000" border="0" cellpadding="0" cellspacing="0" align="center" class="khung">
  <tr><td colspan="3" class="banner">
    <div id="ctl00_ucHeader_pnlBanner">
      <a href="Default.aspx"><img id="ctl00_ucHeader_imgLogo" src="Images/logo_sonca.png" alt="Logo" style="float:left;height:90px;" /></a>
      <h1 class="ten-truong">TRƯỜNG MẦM NON SƠN CA</h1>
      <div class="dv-cq">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ THÁI NGUYÊN</div>
      <span id="ctl00_ucHeader_lblNgay" class="ngay-ht">{HEADER_DATE}</span>
      <div class="tim-kiem"><input name="ctl00$ucHeader$txtTuKhoa" type="text" id="ctl00_ucHeader_txtTuKhoa" class="o-tim" /><input type="submit" name="ctl00$ucHeader$btnTim" value="Tìm" id="ctl00_ucHeader_btnTim" class="nut-tim" /></div>
    </div>
  </td></tr>
  <tr><td colspan="3" class="menu-ngang">
    <ul id="nav">
      <li><a href="Default.aspx">Trang chủ</a></li>
      <li><a href="GioiThieu.aspx">Giới thiệu</a>
        <ul><li><a href="GioiThieu.aspx#lichsu">Lịch sử phát triển</a></li><li><a href="GioiThieu.aspx#cocau">Cơ cấu tổ chức</a></li></ul></li>
      <li><a href="DanhSachTin.aspx?cat=1">Tin tức</a>
        <ul><li><a href="DanhSachTin.aspx?cat=1">Tin tức - Sự kiện</a></li><li><a href="DanhSachTin.aspx?cat=2">Hoạt động chuyên môn</a></li></ul></li>
      <li><a href="DanhSachTin.aspx?cat=3">Góc cha mẹ</a>
        <ul><li><a href="ThucDon.aspx">Thực đơn của bé</a></li></ul></li>
      <li><a href="DanhSachTin.aspx?cat=4">Thông báo</a></li>
      <li><a href="ThuVienAnh.aspx">Thư viện ảnh</a></li>
      <li><a href="LienHe.aspx">Liên hệ</a></li>
    </ul>
  </td></tr>
  <tr><td colspan="3" class="thanh-tb"><b>Thông báo:</b>
    <marquee direction="left" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee>
  </td></tr>
  <tr>
    <td class="cot-trai" valign="top" width="200">
      <table id="ctl00_ucMenuTrai_tblMenu" class="menu-trai" cellpadding="0" cellspacing="0" width="100%">
        <tr><td class="hd-box">DANH MỤC</td></tr>
        <tr><td class="mt-item"><a href="GioiThieu.aspx">&raquo; Giới thiệu chung</a></td></tr>
        {cat_menu}
        <tr><td class="mt-item"><a href="ThuVienAnh.aspx">&raquo; Thư viện ảnh</a></td></tr>
        <tr><td class="mt-item"><a href="ThucDon.aspx">&raquo; Thực đơn của bé</a></td></tr>
        <tr><td class="mt-item"><a href="LienHe.aspx">&raquo; Liên hệ</a></td></tr>
      </table>
      <table class="menu-trai" cellpadding="0" cellspacing="0" width="100%">
        <tr><td class="hd-box">VIDEO CLIP</td></tr>
        <tr><td><a href="https://www.youtube.com/watch?v=q9kYt0Sonca" target="_blank"><img src="Images/video_sonca.jpg" alt="" width="190" /></a></td></tr>
      </table>
      <table class="menu-trai" cellpadding="0" cellspacing="0" width="100%">
        <tr><td class="hd-box">LIÊN KẾT WEBSITE</td></tr>
        <tr><td><select name="ctl00$ucLienKet$ddlLienKet" id="ctl00_ucLienKet_ddlLienKet" onchange="window.open(this.value)">
          <option value="">-- Chọn liên kết --</option>
          <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
          <option value="https://thainguyen.edu.vn">Sở GD&amp;ĐT Thái Nguyên</option>
          <option value="https://baothainguyen.vn">Báo Thái Nguyên</option>
        </select></td></tr>
      </table>
    </td>
    <td class="cot-giua" valign="top">
{content}
    </td>
    <td class="cot-phai" valign="top" width="220">
      <table class="box-phai" cellpadding="0" cellspacing="0" width="100%">
        <tr><td class="hd-box">TIN XEM NHIỀU</td></tr>
        {most_read}
      </table>
      <table class="box-phai" cellpadding="0" cellspacing="0" width="100%">
        <tr><td class="hd-box">THĂM DÒ Ý KIẾN</td></tr>
        <tr><td><span id="ctl00_ucBinhChon_lblCauHoi">Phụ huynh biết đến trường qua kênh thông tin nào?</span>
        <table id="ctl00_ucBinhChon_rblBinhChon"><tr><td><input id="ctl00_ucBinhChon_rblBinhChon_0" type="radio" name="ctl00$ucBinhChon$rblBinhChon" value="1" /><label for="ctl00_ucBinhChon_rblBinhChon_0">Người quen giới thiệu</label></td></tr>
        <tr><td><input id="ctl00_ucBinhChon_rblBinhChon_1" type="radio" name="ctl00$ucBinhChon$rblBinhChon" value="2" /><label for="ctl00_ucBinhChon_rblBinhChon_1">Trang web của trường</label></td></tr>
        <tr><td><input id="ctl00_ucBinhChon_rblBinhChon_2" type="radio" name="ctl00$ucBinhChon$rblBinhChon" value="3" /><label for="ctl00_ucBinhChon_rblBinhChon_2">Mạng xã hội Zalo, Facebook</label></td></tr></table>
        <input type="submit" name="ctl00$ucBinhChon$btnBinhChon" value="Bình chọn" id="ctl00_ucBinhChon_btnBinhChon" class="nut" /></td></tr>
      </table>
      <table class="box-phai" cellpadding="0" cellspacing="0" width="100%">
        <tr><td class="hd-box">HỖ TRỢ TRỰC TUYẾN</td></tr>
        <tr><td>Văn phòng: 0208.3855.246<br />Hiệu trưởng: 0912.345.680</td></tr>
      </table>
    </td>
  </tr>
  <tr><td colspan="3" class="chan-trang">
    <div id="ctl00_ucFooter_pnlFooter">
      <b>TRƯỜNG MẦM NON SƠN CA - THÀNH PHỐ THÁI NGUYÊN</b><br />
      Địa chỉ: Số 12, đường Phan Đình Phùng, phường Phan Đình Phùng, thành phố Thái Nguyên, tỉnh Thái Nguyên<br />
      Điện thoại: 0208.3855.246 - Email: mnsonca.tpthainguyen@thainguyen.edu.vn<br />
      Ghi rõ nguồn "Trường Mầm non Sơn Ca" khi phát hành lại thông tin từ website này.<br />
      <div id="ctl00_ucThongKe_pnlThongKe" class="thong-ke">
        Đang truy cập: <span id="ctl00_ucThongKe_lblOnline">17</span> |
        Hôm nay: <span id="ctl00_ucThongKe_lblHomNay">245</span> |
        Tổng lượt truy cập: <span id="ctl00_ucThongKe_lblTong">186.452</span>
      </div>
      &copy; 2014 Bản quyền thuộc Trường Mầm non Sơn Ca. Thiết kế: Nhóm CNTT trường.
    </div>
  </td></tr>
</table>

<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{'CA0B0334' if home else '2D7A1F6E'}" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div></form>
</body>
</html>
"""

    # home ---------------------------------------------------------------------------------
    def home(self, request: Request) -> str:
        state = self._state("home")
        featured = []
        for k, sid in enumerate(FEATURED):
            s = BY_ID[sid]
            featured.append(
                f'<div class="nb-item"><input type="image" name="{CP}rptNoiBat$ctl{k:02d}$ibtAnh" '
                f'id="{CPI}rptNoiBat_ctl{k:02d}_ibtAnh" class="anh-nb" '
                f'src="Upload/Images/Thumb/{s.opts["thumb"]}" />'
                f'<a id="{CPI}rptNoiBat_ctl{k:02d}_lnkTieuDe" class="tde-nb" '
                f'href="{_dopostback(f"{CP}rptNoiBat$ctl{k:02d}$lnkTieuDe")}">{_title(s)}</a>'
                f'<span class="ngay-nb">({_day(s)})</span></div>'
            )
        newest = "".join(
            f'<li><a href="ChiTietTin.aspx?id={s.id}">{_title(s)}</a> '
            f'<span class="ngay">({_day(s)})</span></li>'
            for s in _newest(5)
        )
        boxes = []
        for c in (1, 2, 3):
            items = "".join(
                f'<tr><td><img src="Images/bullet.gif" alt="" /> <a href="ChiTietTin.aspx?id={s.id}">'
                f"{_title(s)}</a></td></tr>"
                for s in _cat_stories(c)[:3]
            )
            boxes.append(
                f'<table class="box-dm" width="100%" cellpadding="2" cellspacing="0">'
                f'<tr><td class="hd-dm"><a href="DanhSachTin.aspx?cat={c}">{esc(CATS[c].upper())}</a>'
                f'</td></tr>{items}<tr><td align="right"><a href="DanhSachTin.aspx?cat={c}" '
                f'class="xem-them">Xem thêm &raquo;</a></td></tr></table>'
            )
        content = f"""<div id="{CPI}pnlTrangChu">
  <div class="hd-giua">TIN NỔI BẬT</div>
  <div class="khung-nb">{"".join(featured)}</div>
  <div class="hd-giua">TIN MỚI NHẤT</div>
  <ul class="ds-moi">{newest}</ul>
  {"".join(boxes)}
</div>"""
        return self._frame(request, "Default.aspx", content, state=state, home=True)

    def home_post(self, request: Request) -> Response:
        form = request.form
        state = self.states.get(form.get("__VIEWSTATE", ""))
        if state is None or state.kind != "home":
            return _ysod(*_MAC_FAILED)
        target = form.get("__EVENTTARGET", "")
        m = re.fullmatch(re.escape(CP) + r"rptNoiBat\$ctl(\d\d)\$lnkTieuDe", target)
        k = int(m[1]) if m else None
        if k is None:
            for key in form:
                mm = re.fullmatch(re.escape(CP) + r"rptNoiBat\$ctl(\d\d)\$ibtAnh\.x", key)
                if mm:
                    k = int(mm[1])
        if k is None:
            if target:
                return _ysod(*_BAD_POSTBACK)
            return html(self.home(request))
        if form.get("__EVENTVALIDATION") != _ev("home|0|1") or k >= len(FEATURED):
            return _ysod(*_BAD_POSTBACK)
        loc = f"/ChiTietTin.aspx?id={FEATURED[k]}"
        body = (f'<html><head><title>Object moved</title></head><body>\r\n<h2>Object moved to '
                f'<a href="{loc}">here</a>.</h2>\r\n</body></html>\r\n')
        return Response(302, body, {"Location": loc, "Content-Type": "text/html; charset=utf-8"})

    # listings -----------------------------------------------------------------------------
    @staticmethod
    def _pager_items(npages: int) -> list[tuple[str, int]]:
        return [("«", 1), *((str(p), p) for p in range(1, npages + 1)), ("»", npages)]

    def listing(self, request: Request, cat: int, page: int) -> str:
        stories = _cat_stories(cat)
        npages = max(1, -(-len(stories) // PAGE_SIZE))
        state = self._state("ds", cat, page)
        items = []
        for k, s in enumerate(stories[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]):
            href = f"ChiTietTin.aspx?id={s.id}&amp;cat={cat}"
            snippet = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
            items.append(f"""  <div class="item-tin">
    <a href="{href}"><img id="{CPI}rptTinTuc_ctl{k:02d}_imgAnh" class="anh-nho" src="Upload/Images/Thumb/{s.opts['thumb']}" style="border-width:0px;" /></a>
    <a id="{CPI}rptTinTuc_ctl{k:02d}_hlTieuDe" class="tde-ds" href="{href}">{text(_cut(s.title, 60), nfd=s.opts.get('nfd', False))}</a>
    <span class="ngay-ds">({_day(s)})</span>
    <div class="tt-ds">{text(_cut(snippet, 160), nfd=s.opts.get('nfd', False))}</div>
    <div class="clear"></div>
  </div>""")
        pager = ""
        if npages > 1:
            links = []
            for k, (label, p) in enumerate(self._pager_items(npages)):
                cid = f"{CPI}rptPager_ctl{k:02d}_lnkPage"
                if p == page:
                    links.append(f'<a id="{cid}" class="aspNetDisabled so-trang">{label}</a>')
                else:
                    target = f"{CP}rptPager$ctl{k:02d}$lnkPage"
                    links.append(f'<a id="{cid}" class="so-trang" href="{_dopostback(target)}">'
                                 f"{label}</a>")
            pager = ('<div class="phan-trang"><span class="lbl-tr">Trang:</span> '
                     + "\n".join(links) + f' <span class="tong-tr">({page}/{npages})</span></div>')
        content = f"""<div id="{CPI}pnlDanhSach">
  <div class="dd-link"><a href="Default.aspx">Trang chủ</a> &raquo; <span id="{CPI}lblDanhMuc">{esc(CATS[cat])}</span></div>
  <div class="hd-giua">{esc(CATS[cat].upper())}</div>
  <div class="ds-tin">
{chr(10).join(items)}
  </div>
  {pager}
</div>"""
        return self._frame(request, f"DanhSachTin.aspx?cat={cat}", content, title=CATS[cat],
                           state=state)

    def listing_post(self, request: Request, cat: int) -> Response:
        form = request.form
        vs = form.get("__VIEWSTATE", "")
        state = self.states.get(vs)
        if state is None or state.kind != "ds" or state.cat != cat:
            return _ysod(*_MAC_FAILED)
        target = form.get("__EVENTTARGET", "")
        if not target:  # a plain submit (search, poll): the same page again
            return html(self.listing(request, cat, state.page))
        if form.get("__EVENTVALIDATION") != _ev(f"ds|{cat}|{state.page}"):
            return _ysod(*_BAD_POSTBACK)
        m = re.fullmatch(re.escape(CP) + r"rptPager\$ctl(\d\d)\$lnkPage", target)
        npages = max(1, -(-len(_cat_stories(cat)) // PAGE_SIZE))
        items = self._pager_items(npages) if npages > 1 else []
        if not m or int(m[1]) >= len(items) or items[int(m[1])][1] == state.page:
            return _ysod(*_BAD_POSTBACK)
        return html(self.listing(request, cat, items[int(m[1])][1]))

    # articles -----------------------------------------------------------------------------
    @staticmethod
    def _others(story: Story) -> str:
        cat = story.opts["catno"]
        others = [s for s in _cat_stories(cat) if s.id != story.id][:3]
        lis = "".join(
            f'<li><a href="ChiTietTin.aspx?id={s.id}&amp;cat={cat}">{_title(s)}</a> '
            f'<span class="ngay-cu">({_day(s)})</span></li>'
            for s in others
        )
        return (f'<div class="tin-da-dua"><div class="hd-tdd">Các tin đã đưa</div>'
                f'<ul id="{CPI}ulTinDaDua">{lis}</ul></div>')

    @staticmethod
    def _comments(story: Story) -> str:
        rows = "".join(
            f'<div class="bl-item"><span class="bl-ten">{esc(n)}</span> '
            f'<span class="bl-ngay">{d}</span><div class="bl-nd">{esc(t)}</div></div>'
            for n, d, t in story.opts.get("comments", [])
        )
        return f"""<div id="{CPI}ucBinhLuan_pnlBinhLuan" class="binh-luan">
  <div class="hd-bl">Ý kiến phụ huynh ({len(story.opts.get("comments", []))})</div>
  {rows}
  <table class="form-bl"><tr><td>Họ tên:</td><td><input name="{CP}ucBinhLuan$txtHoTen" type="text" id="{CPI}ucBinhLuan_txtHoTen" /></td></tr>
  <tr><td>Email:</td><td><input name="{CP}ucBinhLuan$txtEmail" type="text" id="{CPI}ucBinhLuan_txtEmail" /></td></tr>
  <tr><td>Nội dung:</td><td><textarea name="{CP}ucBinhLuan$txtNoiDung" rows="4" cols="50" id="{CPI}ucBinhLuan_txtNoiDung"></textarea></td></tr>
  <tr><td></td><td><input type="submit" name="{CP}ucBinhLuan$btnGui" value="Gửi ý kiến" id="{CPI}ucBinhLuan_btnGui" /> <i>(Ý kiến của bạn sẽ được kiểm duyệt trước khi đăng)</i></td></tr></table>
</div>"""

    def article(self, request: Request, story: Story, action: str) -> str:
        cat = story.opts["catno"]
        crumb = (f'<div class="dd-link"><a href="Default.aspx">Trang chủ</a> &raquo; '
                 f'<a href="DanhSachTin.aspx?cat={cat}">{esc(CATS[cat])}</a></div>')
        tools = (f'<div class="cong-cu"><a href="javascript:void(0)" onclick="window.open(\'InTin.aspx?id='
                 f"{story.id}', 'InTin', 'width=760,height=600,scrollbars=yes')\"><img "
                 'src="Images/print.gif" alt="" /> In bài viết</a> | <a href="mailto:?subject=Tin%20'
                 f'tu%20MN%20Son%20Ca&amp;body=ChiTietTin.aspx%3Fid%3D{story.id}"><img src="Images/'
                 'email.gif" alt="" /> Gửi email</a> | <a href="javascript:history.back()">Quay lại'
                 "</a> | <a href=\"#\">Lên đầu trang</a></div>")
        body = render_blocks(story)
        if cat in OLD_CONTROL_CATS:
            p = f"{CPI}ucChiTietCu_"
            content = f"""<div id="{p}pnlTin" class="tin-cu">
  {crumb}
  <table width="100%" cellpadding="4" cellspacing="0" border="0">
    <tr><td class="td_tin"><span id="{p}lblTieuDe" style="font-size:16px;font-weight:bold;color:#c0392b;">{_title(story)}</span></td></tr>
    <tr><td class="ngay_tin"><span id="{p}lblNgay">{story.opts['date_line']}</span> &nbsp;&nbsp; <span id="{p}lblXem">Lượt xem: {story.views()}</span></td></tr>
    <tr><td id="{p}tdNoiDung" class="nd_tin">
{body}
    </td></tr>
  </table>
  {tools}
  {self._others(story)}
</div>"""
        else:
            sapo = ""
            if story.summary and story.sapo_outside:
                sapo = f"<b>{_tx(story, story.summary)}</b>"
            dup = (f'<p style="text-align: justify;">{_tx(story, story.summary)}</p>\n'
                   if story.opts.get("sapo_dup") else "")
            content = f"""<div id="{CPI}pnlChiTiet" class="khung-ct">
  {crumb}
  <span id="{CPI}lblTieuDe" class="tde_ct">{_title(story)}</span>
  <div class="ttin"><span id="{CPI}lblNgayDang">{story.opts['date_line']}</span> | <span id="{CPI}lblLuotXem">Lượt xem: {story.views()}</span> | <span id="{CPI}lblNguoiDang">Người đăng: sonca_admin</span></div>
  <img id="{CPI}imgAnhDaiDien" class="anh-dd" src="Upload/Images/Thumb/{story.opts['thumb']}" style="width:180px;float:left;margin:0 8px 4px 0;border-width:0px;" />
  <span id="{CPI}lblTomTat" class="tomtat_ct">{sapo}</span>
  <div class="clear"></div>
  <div id="{CPI}divNoiDung" class="nd_ct">
{dup}{body}
    <div class="chia-se">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=http%3a%2f%2fmnsonca.edu.vn%2fChiTietTin.aspx%3fid%3d{story.id}" target="_blank"><img src="Images/fb.png" alt="Facebook" /> Facebook</a> <a href="https://zalo.me/share?u=http%3a%2f%2fmnsonca.edu.vn%2fChiTietTin.aspx%3fid%3d{story.id}" target="_blank"><img src="Images/zalo.png" alt="Zalo" /> Zalo</a></div>
  </div>
  {tools}
  {self._comments(story)}
  {self._others(story)}
</div>"""
        return self._frame(request, action, content)

    def missing_article(self, request: Request, action: str) -> str:
        content = f"""<div id="{CPI}pnlChiTiet" class="khung-ct">
  <div class="dd-link"><a href="Default.aspx">Trang chủ</a> &raquo; </div>
  <span id="{CPI}lblTieuDe" class="tde_ct"></span>
  <div class="ttin"><span id="{CPI}lblNgayDang"></span></div>
  <span id="{CPI}lblThongBao" class="loi" style="color:Red;">Tin tức không tồn tại hoặc đã bị gỡ bỏ!</span>
  <div id="{CPI}divNoiDung" class="nd_ct"></div>
  <div class="cong-cu"><a href="javascript:history.back()">Quay lại</a></div>
</div>"""
        return self._frame(request, action, content)

    @staticmethod
    def print_view(story: Story) -> str:
        sapo = (f"<p><b>{_tx(story, story.summary)}</b></p>"
                if story.summary and story.sapo_outside else "")
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>In tin bài</title>
<link href="Styles/In.css" rel="stylesheet" type="text/css" /></head>
<body onload="window.print()">
<div class="in-dau"><img src="Images/logo_sonca.png" alt="" height="50" /> TRƯỜNG MẦM NON SƠN CA</div>
<h2 class="in-td">{_title(story)}</h2>
<div class="in-ngay">{story.opts['date_line']}</div>
{sapo}
{render_blocks(story)}
<hr /><div class="in-cuoi">Trường Mầm non Sơn Ca - mnsonca.edu.vn</div>
</body></html>"""

    # other pages --------------------------------------------------------------------------
    def simple(self, request: Request, action: str, title: str, inner: str) -> str:
        content = (f'<div id="{CPI}pnlTrang"><div class="dd-link"><a href="Default.aspx">Trang chủ'
                   f'</a> &raquo; {esc(title)}</div><div class="hd-giua">{esc(title.upper())}</div>'
                   f"{inner}</div>")
        return self._frame(request, action, content, title=title)

    def intro(self, request: Request) -> str:
        inner = """<div class="nd_ct">
<p><a name="lichsu"></a><strong>Lịch sử phát triển</strong></p>
<p>Trường Mầm non Sơn Ca được thành lập năm 1985 trên cơ sở sáp nhập nhà trẻ Liên cơ và mẫu giáo Phan Đình Phùng. Trải qua gần 40 năm xây dựng và trưởng thành, nhà trường đã được công nhận đạt chuẩn Quốc gia mức độ 2 năm 2019.</p>
<p>Năm học 2026 - 2027, trường có 14 nhóm, lớp với 412 trẻ; 58 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.</p>
<p><a name="cocau"></a><strong>Cơ cấu tổ chức</strong></p>
<p>Hiệu trưởng: Nguyễn Thị Minh Thu<br />Phó Hiệu trưởng: Phạm Thị Lan, Lê Thị Hương</p>
<p>Các tổ: Tổ Nhà trẻ, Tổ Mẫu giáo bé, Tổ Mẫu giáo nhỡ, Tổ Mẫu giáo lớn, Tổ Văn phòng - Nuôi dưỡng.</p>
<p><img src="Upload/Images/toan_canh_truong.jpg" alt="Toàn cảnh trường" width="500" /></p>
</div>"""
        return self.simple(request, "GioiThieu.aspx", "Giới thiệu", inner)

    def contact(self, request: Request) -> str:
        inner = f"""<table class="lien-he" cellpadding="4">
<tr><td colspan="2"><b>TRƯỜNG MẦM NON SƠN CA</b><br />Địa chỉ: Số 12, đường Phan Đình Phùng, phường Phan Đình Phùng, thành phố Thái Nguyên<br />Điện thoại: 0208.3855.246<br />Email: mnsonca.tpthainguyen@thainguyen.edu.vn</td></tr>
<tr><td>Họ và tên (*):</td><td><input name="{CP}txtHoTen" type="text" id="{CPI}txtHoTen" /></td></tr>
<tr><td>Điện thoại:</td><td><input name="{CP}txtDienThoai" type="text" id="{CPI}txtDienThoai" /></td></tr>
<tr><td>Nội dung (*):</td><td><textarea name="{CP}txtNoiDung" rows="6" cols="50" id="{CPI}txtNoiDung"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="{CP}btnGui" value="Gửi liên hệ" id="{CPI}btnGui" /></td></tr>
</table>"""
        return self.simple(request, "LienHe.aspx", "Liên hệ", inner)

    def menu_week(self, request: Request) -> str:
        days = [
            ("Thứ Hai 30/11", "Cháo thịt gà, sữa", "Cơm, thịt lợn rim, canh bí xanh", "Bánh flan"),
            ("Thứ Ba 01/12", "Phở bò", "Cơm, cá sốt cà chua, canh rau ngót", "Sữa chua"),
            ("Thứ Tư 02/12", "Bánh mì, sữa", "Cơm, trứng đúc thịt, canh cải", "Chuối tiêu"),
            ("Thứ Năm 03/12", "Mì nấu thịt", "Cơm, thịt bò xào su su, canh chua", "Cháo đậu xanh"),
            ("Thứ Sáu 04/12", "Xôi gấc, sữa", "Cơm, tôm rim, canh mồng tơi", "Thanh long"),
        ]
        rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>"
                       for a, b, c, d in days)
        inner = ('<p><b>Thực đơn tuần 1 tháng 12/2026 (khối Mẫu giáo)</b></p>'
                 '<table border="1" cellpadding="4" cellspacing="0" class="thuc-don"><tr><th>Ngày'
                 '</th><th>Bữa sáng</th><th>Bữa trưa</th><th>Bữa chiều</th></tr>'
                 f"{rows}</table><p><i>Thực đơn có thể thay đổi theo mùa.</i></p>")
        return self.simple(request, "ThucDon.aspx", "Thực đơn của bé", inner)

    def albums(self, request: Request) -> str:
        cells = "".join(
            f'<td align="center"><a href="ThuVienAnh.aspx?album={n}"><img src="Upload/Images/Album/'
            f'{imgs[0][0]}" width="180" alt="" /><br />{esc(t)}</a><br /><i>({d})</i></td>'
            for n, (t, d, imgs) in ALBUMS.items()
        )
        return self.simple(request, "ThuVienAnh.aspx", "Thư viện ảnh",
                           f'<table id="{CPI}dlAlbum" cellspacing="6"><tr>{cells}</tr></table>')

    def album(self, request: Request, n: int) -> str | None:
        if n not in ALBUMS:
            return None
        t, d, imgs = ALBUMS[n]
        cells = "".join(
            f'<td align="center"><a href="Upload/Images/Album/{f}" target="_blank"><img src="Upload/'
            f'Images/Album/{f}" width="200" alt="" /></a><br /><span class="cap-anh">{esc(c)}</span></td>'
            for f, c in imgs
        )
        inner = (f'<div class="td-album"><span id="{CPI}lblTenAlbum">{esc(t)}</span></div>'
                 f'<div class="ngay-album">Ngày tạo: {d} | Số ảnh: {len(imgs)}</div>'
                 f'<table id="{CPI}dlAnh" cellspacing="6"><tr>{cells}</tr></table>'
                 '<p><a href="ThuVienAnh.aspx">&laquo; Quay lại thư viện ảnh</a></p>')
        return self.simple(request, f"ThuVienAnh.aspx?album={n}", "Thư viện ảnh", inner)

    # routing ------------------------------------------------------------------------------
    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        post = request.method == "POST"
        if path == "/":
            return redirect("/Default.aspx")
        if path == "/default.aspx":
            return self.home_post(request) if post else html(self.home(request))
        if path == "/danhsachtin.aspx":
            raw = params.get("cat", "")
            if not raw.isdigit():
                return _ysod("Input string was not in a correct format.",
                             "System.FormatException: Input string was not in a correct format.")
            cat = int(raw)
            if cat not in CATS:
                return None
            return self.listing_post(request, cat) if post else html(self.listing(request, cat, 1))
        if path in ("/chitiettin.aspx", "/intin.aspx"):
            raw = params.get("id", "")
            if not raw.isdigit():
                return _ysod("Input string was not in a correct format.",
                             "System.FormatException: Input string was not in a correct format.")
            story = BY_ID.get(int(raw))
            action = request.target.lstrip("/")
            if path == "/intin.aspx":
                return html(self.print_view(story)) if story else html("<html><body></body></html>")
            if story is None:
                return html(self.missing_article(request, action))
            return html(self.article(request, story, action))
        if path == "/gioithieu.aspx":
            return html(self.intro(request))
        if path == "/lienhe.aspx":
            return html(self.contact(request))
        if path == "/thucdon.aspx":
            return html(self.menu_week(request))
        if path == "/thuvienanh.aspx":
            if "album" not in params:
                return html(self.albums(request))
            raw = params["album"]
            page = self.album(request, int(raw)) if raw.isdigit() else None
            return html(page) if page else None
        if path == "/webresource.axd":
            return Response(200, b"/* WebForms.js */", {"Content-Type": "application/x-javascript"})
        if path.startswith("/upload/files/"):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path.endswith(".doc"):
                return Response(200, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504,
                                {"Content-Type": "application/msword"})
            return None
        return static_file(request.path)


def build_site() -> MamNonSonCaSite:
    return MamNonSonCaSite()


def _alt(story: Story) -> list[str]:
    alts = [f"/ChiTietTin.aspx?id={story.id}&cat={story.opts['catno']}"]
    if story.id in MOST_READ:
        alts.append(f"/chitiettin.aspx?ID={story.id}")
    alts.append(f"/InTin.aspx?id={story.id}")
    return alts


GOLD = [
    gold_record(s, f"/ChiTietTin.aspx?id={s.id}", CATS[s.opts["catno"]], alt_paths=_alt(s))
    for s in sorted(STORIES, key=lambda s: s.opts["posted"], reverse=True)
]

NON_ARTICLES = [
    "/GioiThieu.aspx",
    "/LienHe.aspx",
    "/ThucDon.aspx",
    "/ThuVienAnh.aspx?album=1",
    "/ThuVienAnh.aspx?album=2",
]
