"""Sở GD&ĐT Hà Tĩnh on an ASP.NET WebForms portal built with DevExpress controls (blind fixture).

Platform
--------
A vendor's ASP.NET 4.x WebForms portal (master page ``ctl00``, content ``cphMain``) drawn with
DevExpress ASPx controls: ASPxMenu (drop-downs rendered as separate hidden ``dxm-popup`` divs,
top items with children have no href), ASPxNewsControl (``dxncItem`` tables) and ASPxDataView
(``dxdvItem`` cells) for listings with DevExpress's own pager (``dxp-num`` anchors carrying only
``onclick="ASPx.NCPagerClick(...)"``), ASPxCallbackPanel around the article, ASPxLabel
(``span.dxeBase``) for headline, date, lead and author, ASPxRoundPanel for "Tin mới hơn",
ASPxPopupControl for the hidden "send by e-mail" dialog. Every page is one ``aspnetForm`` with
``__VIEWSTATE``/``__EVENTVALIDATION``. IIS: paths and query keys are case-insensitive and the
site runs cookieless session state, so ``/(S(xxxxxxxxxxxxxxxxxxxxxxxx))/…`` serves any page.

URL scheme
----------
- ``/`` and ``/Default.aspx``: home (slider, latest news, category boxes, notices).
- ``/TinTuc/DanhMuc.aspx?cat=N``: a category listing; ``&page=K`` is the vendor's plain GET
  fallback; the DevExpress pager itself answers a POST callback (``__CALLBACKID`` /
  ``__CALLBACKPARAM=c0:PN1``) or a postback (``__EVENTTARGET``/``__EVENTARGUMENT=PN1``).
  cat=1 Tin tức - Sự kiện (NewsControl, 4 a page), cat=4 Giáo dục Trung học (NewsControl),
  cat=5 Giáo dục Mầm non (DataView), cat=7 Thông báo (DataView, 2 a page).
- ``/TinTuc/ChiTiet.aspx?id=N``: an article (canonical form); ``&cat=N`` variant from the
  NewsControl "Chi tiết »" tails; ``/TinTuc/InTin.aspx?id=N`` print view (window.open only).
- ``/GioiThieu.aspx?id=1``, ``/LienHe.aspx``, ``/LichCongTac.aspx``, ``/VanBan/DanhSach.aspx``,
  ``/VanBan/ChiTiet.aspx?id=N`` (document entries), ``/ThuVien/Album.aspx?id=15``,
  ``/ThuVien/Video.aspx?id=8``.
- Static: ``/Upload/…``, ``/App_Themes/…``, ``/Images/…``, ``/DXR.axd?r=…``, ``/WebResource.axd``.

How each gold article is reached
--------------------------------
- Home: slider 2869 and 2857 (session-prefixed links), 2861; "Tin mới cập nhật" 2870, 2869,
  2867, 2866; boxes: 2864, 2852 (GDTrH), 2862, 2850 (GDMN), 2870, 2867 (Thông báo);
  "Tin đọc nhiều" sidebar 2857, 2866, 2852, 2862 (lower-case links).
- Listings (from the menu's drop-downs / left navbar): cat=1 page 1 2869, 2866, 2861, 2857;
  **cat=1 page 2 only: 2843** (via "Trang sau »" GET fallback); cat=4 2864, 2852, **2847**;
  cat=5 2862, 2850; cat=7 page 1 2870, 2867; **cat=7 page 2 only: 2845** (via ``<noscript>``
  fallback links under the DataView pager).
- Article pages list only *newer* items of their category ("Tin mới hơn"); "Các tin đã đưa"
  is an empty ASPxCallbackPanel filled by a callback, so the oldest items stay on page 2.

Traps
-----
1. Pager without hrefs: DevExpress ``dxp-num`` anchors only call ``ASPx.NCPagerClick`` /
   ``ASPx.DVPagerClick`` (a POST callback). Page 2 of "Tin tức - Sự kiện" is reached by the
   vendor's separate "Trang: 1 2 Trang sau »" GET line, page 2 of "Thông báo" only by the
   ``<noscript>`` links. Gold: 2843 and 2845 are articles.
2. Cookieless session ids: two slider links are ``/(S(…))/TinTuc/ChiTiet.aspx?id=N``; any
   ``(S(…))`` prefix serves the page. Gold: those URLs are alt_paths of the canonical one.
3. IIS case-insensitivity: "Tin đọc nhiều" prints ``/tintuc/chitiet.aspx?ID=N``; the
   NewsControl tails add ``&cat=N``; there is no rel=canonical and ``og:url`` echoes whatever
   URL was asked. Gold: canonical is ``/TinTuc/ChiTiet.aspx?id=N``, the rest alt_paths (print
   view ``InTin.aspx`` too).
4. vi-VN ``DateTime.ToString()``: "20/11/2026 12:05:00 CH" is 12:05 noon (not 00:05),
   "2:30:00 CH" is 14:30, "28/11/2026 12:00:00 SA" is midnight: the day alone; in 2864 and
   2845 the "Cập nhật lúc" stamp is printed *before* "Ngày đăng". Gold: the Ngày đăng value.
   The header prints today "Thứ Bảy, 05/12/2026", which is also 2870's real day.
5. Headline in an ASPxLabel span (no h1); the header's ``<h1>`` is the site name and
   ``<title>`` is the same "Sở Giáo dục và Đào tạo Hà Tĩnh" on every page. Gold: the span's text.
6. Official notice 2867: letterhead dated "Hà Tĩnh, ngày 30 tháng 11 năm 2026" while Ngày đăng
   says 01/12/2026 9:10:00 SA. Gold: "2026-11-30", signer "Trần Quốc Khánh" the author;
   letterhead, "THÔNG BÁO / Về việc …", "Nơi nhận" and signature block are not body.
7. Chrome inside the content column: ASPxCallbackPanel "Đang tải…" loading panels, the hidden
   ASPxPopupControl "Gửi bài viết qua email", ASPxRoundPanel "Tin mới hơn", attachment box,
   tool bar. Gold: none of it is body.
8. Editor residue: 2852 pasted from Word (``mso-list:Ignore`` "-" markers are no text, the
   next paragraph's typed "- " is) and stored with HTML entities; 2850 is one ``<div>`` split
   by ``<br />`` and stored decomposed (NFD). Gold: NFC paragraphs, one per ``<br>`` line.
9. Bylines: "Tin, ảnh: X" (both lists), "Tin: X - Ảnh: Y", lblTacGia "ThS. Nguyễn Thị Minh Tâm
   - Văn phòng Sở" (name only), unit "Phòng GDTrH" (as printed), "BBT" and "Người đăng:
   qtv_sgd" / "admin" (nobody), "Nguồn: Báo Hà Tĩnh" (source, after a body sentence starting
   "Theo kế hoạch," that stays text).
10. Captions: "Ảnh: Hoàng Anh" under a photo is a credit (caption None); "(Lãnh đạo tỉnh …)"
   loses its parentheses; one photo has no line. Listing thumbnails, the ``icon_new.gif``
   badge, the PDF icon and share buttons are not images of the article.
11. Look-alike non-articles: ``/VanBan/ChiTiet.aspx?id=412`` has the article URL shape, a date
   and a "Trích yếu" text; the album and the video pages carry dates and captions; the intro
   page is long prose. Gold: NON_ARTICLES.

Gold decisions on ambiguous points
----------------------------------
- The sapo in ``lblMoTa`` (bold span above the text) is the summary and the body's first
  paragraph; 2864 has no lblMoTa but a bold first paragraph: that is its summary. 2847's meta
  description repeats its first sentence: not a sapo (summary None).
- A photo whose only line is "Ảnh: Hoàng Anh" has caption None; Hoàng Anh is the photographer
  anyway because the closing byline says "Ảnh: Hoàng Anh".
- 2862 "Tin, ảnh: Hồ Thị Mai Lan (Trường MN Hoa Sen)": the unit in parentheses is dropped.
- 2870 signed by the unit "Văn phòng Sở" alone (right-aligned): author "Văn phòng Sở".
- 2843's footnote call "[1]" stays in its sentence; the note "[1] Thông tư …" printed under a
  rule at the end of the text is the body's last paragraph.
- 2867's numbered points and "Căn cứ …" lines are body; "Nhận được Thông báo này, … ./."
  is the text's last sentence and stays body.
- Table rows: cells joined by " | ", the header row included.
"""

from __future__ import annotations

import json
import re

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
    text,
)

NAME = "aspnet_devexpress_sgddt"
PLATFORM = "ASP.NET WebForms + DevExpress (ASPxNewsControl/ASPxDataView, cookieless session)"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo Hà Tĩnh"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SESSION = "(S(k2bq1xrv0mw5d4tzh3yjfa55))"
DXV = "Zu2Sd"  # DevExpress resource version suffix

CATS = {
    1: ("Tin tức - Sự kiện", "Tin tức", "nc", 4),
    4: ("Giáo dục Trung học", "Hoạt động chuyên môn", "nc", 4),
    5: ("Giáo dục Mầm non", "Hoạt động chuyên môn", "dv", 6),
    7: ("Thông báo", "Tin tức", "dv", 2),
}


def vi_dt(d: int, mo: int, h: int, mi: int, y: int = 2026) -> str:
    """What ``DateTime.ToString()`` prints under the vi-VN culture: "04/12/2026 2:30:00 CH"."""
    tt = "SA" if h < 12 else "CH"
    return f"{d:02d}/{mo:02d}/{y} {h % 12 or 12}:{mi:02d}:00 {tt}"


# --- the articles ------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=2870,
        slug="nghi-tet-duong-lich-2027",
        title="Thông báo nghỉ Tết Dương lịch năm 2027",
        cat="Thông báo",
        published_at="2026-12-05T07:30:00+07:00",
        blocks=[
            P(
                "Thực hiện Thông báo của UBND tỉnh về việc nghỉ Tết Dương lịch năm 2027, Sở GD&ĐT "
                "thông báo đến cán bộ, công chức, viên chức, người lao động cơ quan Sở như sau:"
            ),
            P("1. Thời gian nghỉ: từ thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027."),
            P(
                "2. Các phòng chuyên môn bố trí cán bộ trực, bảo đảm an ninh, an toàn cơ quan trong "
                "thời gian nghỉ; danh sách trực gửi về Văn phòng Sở trước ngày 25/12/2026."
            ),
            P(
                "3. Các cơ sở giáo dục trực thuộc thực hiện lịch nghỉ theo quy định, thông báo cho "
                "cha mẹ học sinh và học sinh biết."
            ),
            Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
        ],
        authors=["Văn phòng Sở"],
        opts={"cat": 7, "posted": (5, 12, 7, 30), "updated": (5, 12, 7, 41), "poster": "vanphong"},
    ),
    Story(
        id=2869,
        slug="tong-ket-chuyen-doi-so-2026",
        title="Hội nghị tổng kết công tác chuyển đổi số trong ngành Giáo dục năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-12-04T14:30:00+07:00",
        summary=(
            "Chiều 04/12, Sở GD&ĐT tổ chức Hội nghị tổng kết công tác chuyển đổi số trong ngành "
            "Giáo dục năm 2026 và triển khai nhiệm vụ trọng tâm năm 2027. Đồng chí Nguyễn Thị Hải "
            "Yến, Phó Giám đốc Sở chủ trì hội nghị."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự hội nghị có đại diện lãnh đạo các phòng chuyên môn thuộc Sở, lãnh đạo các "
                "trường THPT, trung tâm GDNN-GDTX và đại diện Viettel Hà Tĩnh, VNPT Hà Tĩnh."
            ),
            Img("/Upload/TinTuc/2026/12/hn-cds-01.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị", "tbl"),
            P(
                "Năm 2026, toàn ngành đã triển khai đồng bộ cơ sở dữ liệu ngành, 100% cơ sở giáo dục "
                "sử dụng học bạ số, sổ điểm điện tử; 98,6% học sinh được cấp định danh điện tử phục vụ "
                "tuyển sinh đầu cấp. Hệ thống tuyển sinh trực tuyến vào lớp 10 THPT được vận hành ổn "
                "định với hơn 21.000 hồ sơ đăng ký."
            ),
            P("Một số tồn tại, hạn chế", "h"),
            P(
                "Bên cạnh kết quả đạt được, hạ tầng công nghệ thông tin ở một số trường vùng miền núi "
                "còn thiếu, đường truyền chưa ổn định; kỹ năng số của một bộ phận giáo viên còn hạn chế."
            ),
            Img(
                "/Upload/TinTuc/2026/12/hn-cds-02.jpg",
                "Phó Giám đốc Sở Nguyễn Thị Hải Yến phát biểu kết luận hội nghị",
                "Phó Giám đốc Sở Nguyễn Thị Hải Yến phát biểu kết luận hội nghị",
                "tbl",
            ),
            P(
                "Phát biểu kết luận, Phó Giám đốc Sở đề nghị các đơn vị tiếp tục rà soát, chuẩn hóa "
                "dữ liệu; đẩy mạnh ứng dụng trí tuệ nhân tạo trong quản lý và dạy học một cách an "
                "toàn, có trách nhiệm; hoàn thành việc số hóa hồ sơ văn bằng, chứng chỉ trước ngày "
                "30/6/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phạm Thu Hà</strong></p>'),
        ],
        authors=["Phạm Thu Hà"],
        photographers=["Phạm Thu Hà"],
        opts={"cat": 1, "posted": (4, 12, 14, 30), "updated": (4, 12, 16, 2), "poster": "phamthuha"},
    ),
    Story(
        id=2867,
        slug="tb-hsg-lop-12",
        title=(
            "Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT "
            "năm học 2026 - 2027"
        ),
        cat="Thông báo",
        published_at="2026-11-30",
        blocks=[
            Raw("@LETTERHEAD@"),
            P(
                "Căn cứ Quy chế thi chọn học sinh giỏi cấp quốc gia ban hành kèm theo Thông tư số "
                "17/2023/TT-BGDĐT ngày 10/10/2023 của Bộ trưởng Bộ GD&ĐT;"
            ),
            P(
                "Căn cứ Kế hoạch số 1987/KH-SGDĐT ngày 15/8/2026 của Sở GD&ĐT về tổ chức các kỳ thi "
                "năm học 2026 - 2027;"
            ),
            P(
                "Sở GD&ĐT thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học "
                "2026 - 2027 như sau:"
            ),
            P("1. Thời gian thi: ngày 22 và 23/12/2026."),
            P(
                "2. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
                "Tiếng Anh, Giáo dục kinh tế và pháp luật."
            ),
            P("3. Địa điểm thi: Trường THPT chuyên Hà Tĩnh và Trường THPT Thành Sen."),
            P(
                "4. Các đơn vị đăng ký dự thi trên phần mềm quản lý thi trước 17 giờ 00 ngày "
                "10/12/2026."
            ),
            P(
                "Nhận được Thông báo này, yêu cầu Thủ trưởng các đơn vị triển khai thực hiện "
                "nghiêm túc./."
            ),
            Raw("@CLOSING@"),
        ],
        authors=["Trần Quốc Khánh"],
        opts={
            "cat": 7,
            "posted": (1, 12, 9, 10),
            "updated": (1, 12, 9, 10),
            "poster": "qlt_sgd",
            "attach": "2318_TB_HSG12_2026.pdf",
            "doc": True,
        },
    ),
    Story(
        id=2866,
        slug="trao-thuong-olympic-2026",
        title="Trao thưởng cho học sinh đoạt huy chương tại các kỳ thi Olympic quốc tế năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-12-02T08:15:00+07:00",
        summary=(
            "Sáng 02/12, UBND tỉnh phối hợp với Sở GD&ĐT tổ chức lễ trao thưởng cho 5 học sinh "
            "Trường THPT chuyên Hà Tĩnh đoạt huy chương tại các kỳ thi Olympic quốc tế và khu vực "
            "năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm 2026, đội tuyển của tỉnh giành 1 Huy chương Vàng Olympic Vật lý quốc tế (IPhO), "
                "2 Huy chương Bạc Olympic Hóa học châu Á - Thái Bình Dương và 2 Huy chương Đồng "
                "Olympic Tin học quốc tế. Đây là năm thứ ba liên tiếp Hà Tĩnh có học sinh đạt huy "
                "chương Olympic quốc tế."
            ),
            Img("/Upload/TinTuc/2026/12/olympic-01.jpg", "Ảnh: Hoàng Anh", None, "pem"),
            P(
                "Tại buổi lễ, UBND tỉnh đã trao tổng số tiền thưởng hơn 1,2 tỷ đồng cho các em học "
                "sinh và giáo viên trực tiếp bồi dưỡng đội tuyển. Em Trần Minh Khôi, học sinh lớp 12 "
                "Lý, chia sẻ: “Em may mắn được các thầy cô đồng hành từ lớp 10, những buổi học đến "
                "10 giờ đêm là kỷ niệm em không bao giờ quên”."
            ),
            Img(
                "/Upload/TinTuc/2026/12/olympic-02.jpg",
                "(Lãnh đạo tỉnh trao thưởng cho các em học sinh đoạt huy chương)",
                "Lãnh đạo tỉnh trao thưởng cho các em học sinh đoạt huy chương",
                "pem",
            ),
            P(
                "Dịp này, Sở GD&ĐT cũng khen thưởng 12 tập thể, 37 cá nhân có thành tích xuất sắc "
                "trong công tác bồi dưỡng học sinh giỏi năm học 2025 - 2026."
            ),
            Raw('<p align="right"><b>Tin: Trần Đình Phúc - Ảnh: Hoàng Anh</b></p>'),
        ],
        authors=["Trần Đình Phúc"],
        photographers=["Hoàng Anh"],
        opts={"cat": 1, "posted": (2, 12, 8, 15), "updated": (2, 12, 10, 40), "poster": "trandinhphuc"},
    ),
    Story(
        id=2864,
        slug="huong-dan-kiem-tra-hk1",
        title="Hướng dẫn kiểm tra, đánh giá học sinh THCS, THPT học kỳ I năm học 2026 - 2027",
        cat="Giáo dục Trung học",
        published_at="2026-12-01T09:30:00+07:00",
        summary=(
            "Nhằm bảo đảm việc kiểm tra, đánh giá cuối học kỳ I nghiêm túc, khách quan, đúng quy "
            "định, Sở GD&ĐT hướng dẫn các đơn vị một số nội dung sau:"
        ),
        blocks=[
            P(
                "Nhằm bảo đảm việc kiểm tra, đánh giá cuối học kỳ I nghiêm túc, khách quan, đúng quy "
                "định, Sở GD&ĐT hướng dẫn các đơn vị một số nội dung sau:",
                "b",
            ),
            P("1. Thời gian kiểm tra", "h"),
            P(
                "Các trường chủ động xây dựng lịch kiểm tra cuối học kỳ I, hoàn thành trước ngày "
                "10/01/2027.",
                "li",
            ),
            P(
                "Đối với các môn kiểm tra theo đề chung của Sở: Ngữ văn, Toán, Tiếng Anh lớp 12 tổ "
                "chức ngày 06/01/2027.",
                "li",
            ),
            P("2. Hình thức, nội dung", "h"),
            P(
                "Đề kiểm tra bảo đảm tỉ lệ 40% nhận biết, 30% thông hiểu, 30% vận dụng; tăng cường "
                "câu hỏi gắn với thực tiễn.",
                "li",
            ),
            P(
                "Môn Ngữ văn không sử dụng lại văn bản đã học trong sách giáo khoa làm ngữ liệu đánh "
                "giá năng lực đọc hiểu.",
                "li",
            ),
            P("Khuyến khích tổ chức kiểm tra trên máy tính đối với môn Tin học và Tiếng Anh.", "li"),
            P(
                "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ Phòng Giáo dục Trung "
                "học, điện thoại 0239.3855.614 để được hướng dẫn."
            ),
            Raw('<p style="text-align:right"><strong>Phòng GDTrH</strong></p>'),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "cat": 4,
            "posted": (1, 12, 9, 30),
            "updated": (3, 12, 16, 5),
            "upd_first": True,
            "poster": "gdtrh",
        },
    ),
    Story(
        id=2862,
        slug="chuyen-de-mn-hoa-sen",
        title=(
            "Chuyên đề “Xây dựng môi trường giáo dục lấy trẻ làm trung tâm” tại Trường Mầm non "
            "Hoa Sen"
        ),
        cat="Giáo dục Mầm non",
        published_at="2026-11-29T07:45:00+07:00",
        summary=(
            "Ngày 28/11, Sở GD&ĐT phối hợp với Trường Mầm non Hoa Sen (phường Thành Sen) tổ chức "
            "chuyên đề cấp tỉnh về xây dựng môi trường giáo dục lấy trẻ làm trung tâm."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự chuyên đề có hơn 100 cán bộ quản lý, giáo viên các trường mầm non trên địa "
                "bàn tỉnh. Các đại biểu đã dự 4 hoạt động thực hành tại các nhóm, lớp: hoạt động góc, "
                "hoạt động ngoài trời, hoạt động khám phá khoa học và hoạt động âm nhạc."
            ),
            Img(
                "/Upload/TinTuc/2026/11/mn-hoasen-01.jpg",
                "Các bé hào hứng tham gia hoạt động khám phá khoa học",
                "Các bé hào hứng tham gia hoạt động khám phá khoa học",
                "div",
            ),
            Img(
                "/Upload/TinTuc/2026/11/mn-hoasen-02.jpg",
                "Góc thiên nhiên được bố trí gần gũi, an toàn cho trẻ",
                "Góc thiên nhiên được bố trí gần gũi, an toàn cho trẻ",
                "div",
            ),
            P(
                "Các bé hào hứng với những trò chơi dân gian, những góc chơi được làm từ nguyên vật "
                "liệu sẵn có ở địa phương 🌸🌸"
            ),
            P(
                "Qua chuyên đề, các trường có thêm kinh nghiệm trong việc tổ chức không gian, lựa chọn "
                "đồ dùng, đồ chơi và phối hợp với cha mẹ trẻ để xây dựng môi trường giáo dục thân "
                "thiện, phù hợp với đặc điểm phát triển của từng trẻ."
            ),
            Raw(
                '<div style="text-align: right;"><strong>Tin, ảnh: Hồ Thị Mai Lan</strong> '
                "(Trường MN Hoa Sen)</div>"
            ),
        ],
        authors=["Hồ Thị Mai Lan"],
        photographers=["Hồ Thị Mai Lan"],
        opts={"cat": 5, "posted": (29, 11, 7, 45), "updated": (29, 11, 7, 45), "poster": "gdmn"},
    ),
    Story(
        id=2861,
        slug="ngay-hoi-stem-lan-3",
        title="Ngày hội STEM học sinh trung học tỉnh Hà Tĩnh lần thứ III năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-28",
        summary=(
            "Ngày 27 - 28/11, tại Trường THPT Phan Đình Phùng, Sở GD&ĐT tổ chức Ngày hội STEM học "
            "sinh trung học lần thứ III với sự tham gia của hơn 1.500 học sinh đến từ 58 trường "
            "THCS, THPT trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội gồm các hoạt động: trưng bày sản phẩm STEM, thi thiết kế và lập trình robot, "
                "thi tên lửa nước, trải nghiệm thực tế ảo và các tọa đàm về định hướng nghề nghiệp "
                "trong lĩnh vực khoa học, công nghệ."
            ),
            Img(
                "/Upload/TinTuc/2026/11/stem-01.jpg",
                "Học sinh Trường THCS Lê Văn Thiêm giới thiệu mô hình “Nhà kính thông minh”",
                "Học sinh Trường THCS Lê Văn Thiêm giới thiệu mô hình “Nhà kính thông minh”",
                "pem",
            ),
            P(
                "Ban tổ chức đã trao 12 giải Nhất, 20 giải Nhì, 31 giải Ba và 40 giải Khuyến khích cho "
                "các sản phẩm xuất sắc. Nhiều sản phẩm có tính ứng dụng cao như hệ thống tưới tiêu tự "
                "động, thiết bị cảnh báo cháy sớm, cánh tay robot hỗ trợ người khuyết tật."
            ),
            P(
                "Theo kế hoạch, các sản phẩm đạt giải Nhất sẽ được lựa chọn tham gia Cuộc thi Khoa học "
                "kỹ thuật cấp quốc gia dành cho học sinh trung học năm học 2026 - 2027."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Hà Tĩnh</em></p>'),
        ],
        source="Báo Hà Tĩnh",
        opts={"cat": 1, "posted": (28, 11, 0, 0), "updated": (29, 11, 15, 12), "poster": "qtv_sgd"},
    ),
    Story(
        id=2857,
        slug="ky-niem-44-nam-20-11",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-20T12:05:00+07:00",
        summary=(
            "Sáng 20/11, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương "
            "nhà giáo tiêu biểu năm 2026. Đây cũng là năm đầu tiên Luật Nhà giáo có hiệu lực thi hành."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh; đại diện lãnh đạo các sở, ban, ngành; "
                "các thế hệ nhà giáo tiêu biểu và đại diện cán bộ, giáo viên các cơ sở giáo dục trực "
                "thuộc."
            ),
            Img("/Upload/TinTuc/2026/11/ky-niem-01.jpg", "Các đại biểu dự Lễ kỷ niệm", "Các đại biểu dự Lễ kỷ niệm", "pem"),
            P(
                "Ôn lại truyền thống vẻ vang của ngành, Giám đốc Sở GD&ĐT khẳng định: đội ngũ nhà giáo "
                "là lực lượng nòng cốt quyết định chất lượng giáo dục. Năm học 2025 - 2026, toàn tỉnh "
                "có 97,2% giáo viên đạt chuẩn trình độ đào tạo theo quy định; nhiều thầy cô đạt giải "
                "cao tại các hội thi cấp quốc gia."
            ),
            Img(
                "/Upload/TinTuc/2026/11/ky-niem-02.jpg",
                "Tuyên dương 44 nhà giáo tiêu biểu năm 2026",
                "Tuyên dương 44 nhà giáo tiêu biểu năm 2026",
                "pem",
            ),
            Img("/Upload/TinTuc/2026/11/ky-niem-03.jpg", None, None, "pem"),
            P(
                "Nhân dịp này, UBND tỉnh tặng Bằng khen cho 15 nhà giáo có thành tích xuất sắc; Giám "
                "đốc Sở GD&ĐT tặng Giấy khen cho 44 nhà giáo tiêu biểu."
            ),
        ],
        authors=["Nguyễn Thị Minh Tâm"],
        opts={
            "cat": 1,
            "posted": (20, 11, 12, 5),
            "updated": (21, 11, 8, 20),
            "poster": "vanphong",
            "tacgia": "ThS. Nguyễn Thị Minh Tâm - Văn phòng Sở",
        },
    ),
    Story(
        id=2852,
        slug="hoi-thao-ngu-van",
        title=(
            "Hội thảo chuyên đề “Đổi mới kiểm tra, đánh giá môn Ngữ văn theo hướng không sử dụng "
            "lại ngữ liệu đã học”"
        ),
        cat="Giáo dục Trung học",
        published_at="2026-11-14T16:10:00+07:00",
        summary=(
            "Ngày 13/11, tại Trường THPT Phan Đình Phùng, Sở GD&ĐT tổ chức hội thảo chuyên đề đổi "
            "mới kiểm tra, đánh giá môn Ngữ văn cấp THPT với sự tham gia của hơn 120 tổ trưởng, "
            "giáo viên cốt cán."
        ),
        sapo_outside=True,
        blocks=[
            P("Hội thảo tập trung thảo luận 3 nội dung chính:"),
            P("Thực trạng ra đề kiểm tra môn Ngữ văn theo định hướng phát triển năng lực;", "mso"),
            P("Kỹ thuật lựa chọn ngữ liệu ngoài sách giáo khoa phù hợp với từng khối lớp;", "mso"),
            P("Xây dựng ma trận, bản đặc tả và hướng dẫn chấm theo thang năng lực.", "mso"),
            P("- Cô giáo Nguyễn Thị Thanh Bình chia sẻ kinh nghiệm sử dụng ngữ liệu báo chí trong đề đọc hiểu."),
            P(
                "Ngữ liệu mới buộc học sinh phải thực sự đọc hiểu, không thể học thuộc văn mẫu. Đó là "
                "cách để trả môn Văn về đúng bản chất của nó.",
                "q",
            ),
            P(
                "Kết thúc hội thảo, các đại biểu thống nhất xây dựng ngân hàng ngữ liệu dùng chung toàn "
                "tỉnh, dự kiến đưa vào sử dụng từ học kỳ II năm học 2026 - 2027."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/TinTuc/ChiTiet.aspx?id=2864">Hướng dẫn kiểm tra, đánh '
                "giá học sinh THCS, THPT học kỳ I năm học 2026 - 2027</a></em></p>"
            ),
            Raw(
                '<p style="text-align: right;"><b>Võ Thị Thanh Hương - Trường THPT Phan Đình Phùng'
                "</b></p>"
            ),
        ],
        authors=["Võ Thị Thanh Hương"],
        opts={
            "cat": 4,
            "posted": (14, 11, 16, 10),
            "updated": (14, 11, 16, 10),
            "poster": "gdtrh",
            "entities": 1,
        },
    ),
    Story(
        id=2850,
        slug="boi-duong-gv-mn-vung-kho",
        title="Bồi dưỡng chuyên môn cho giáo viên mầm non các điểm trường vùng khó khăn",
        cat="Giáo dục Mầm non",
        published_at="2026-11-10T14:00:00+07:00",
        summary=(
            "Từ ngày 07 - 09/11, Sở GD&ĐT tổ chức lớp bồi dưỡng chuyên môn cho 150 giáo viên mầm non "
            "đang công tác tại các điểm trường lẻ thuộc các xã miền núi của tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Nội dung bồi dưỡng tập trung vào tổ chức hoạt động giáo dục trong nhóm lớp ghép nhiều "
                "độ tuổi; tăng cường tiếng Việt cho trẻ em người dân tộc thiểu số; phòng chống tai nạn "
                "thương tích cho trẻ.",
                "br",
            ),
            P(
                "Các giáo viên được thực hành làm đồ dùng, đồ chơi từ nguyên liệu tự nhiên như tre, "
                "nứa, lá cây, vỏ hạt; chia sẻ kinh nghiệm vận động trẻ ra lớp đều đặn.",
                "br",
            ),
            Img(
                "/Upload/TinTuc/2026/11/mn-boiduong-01.jpg",
                "Giáo viên thực hành làm đồ chơi từ nguyên liệu tự nhiên",
                "Giáo viên thực hành làm đồ chơi từ nguyên liệu tự nhiên",
                "div",
            ),
            P(
                "Đây là năm thứ hai Sở tổ chức bồi dưỡng tập trung cho giáo viên vùng khó khăn, kinh "
                "phí do Dự án hỗ trợ giáo dục mầm non vùng khó khăn tài trợ.",
                "br",
            ),
            P(
                "Kết thúc lớp học, 100% học viên hoàn thành bài thu hoạch và xây dựng kế hoạch áp dụng "
                "tại nhóm lớp của mình.",
                "br",
            ),
            Raw('<div align="right"><i>Phan Thị Lệ Thủy - Phòng GDMN-TH</i></div>'),
        ],
        authors=["Phan Thị Lệ Thủy"],
        opts={"cat": 5, "posted": (10, 11, 14, 0), "updated": (10, 11, 14, 0), "poster": "gdmn", "nfd": True},
    ),
    Story(
        id=2847,
        slug="hoi-thi-gvcn-thpt",
        title="Khai mạc Hội thi giáo viên chủ nhiệm lớp giỏi cấp THPT năm học 2026 - 2027",
        cat="Giáo dục Trung học",
        published_at="2026-11-03T10:00:00+07:00",
        blocks=[
            P(
                "Sáng 02/11, tại Trường THPT Nguyễn Du, Sở GD&ĐT khai mạc Hội thi giáo viên chủ nhiệm "
                "lớp giỏi cấp THPT năm học 2026 - 2027. Tham gia hội thi có 86 giáo viên đến từ 43 "
                "trường THPT và trung tâm GDNN-GDTX."
            ),
            P(
                "Hội thi gồm 2 phần: trình bày biện pháp giáo dục học sinh và xử lý tình huống sư phạm. "
                "Các tình huống được xây dựng từ thực tiễn như bạo lực học đường, nghiện mạng xã hội, "
                "học sinh có hoàn cảnh đặc biệt khó khăn."
            ),
            Img(
                "/Upload/TinTuc/2026/11/gvcn-01.jpg",
                "Thí sinh trình bày biện pháp giáo dục trước Ban giám khảo",
                "Thí sinh trình bày biện pháp giáo dục trước Ban giám khảo",
                "div",
            ),
            P("Số lượng thí sinh theo cụm thi:"),
            P("Cụm thi | Địa điểm | Số thí sinh", "rowh"),
            P("Cụm 1 | Trường THPT Nguyễn Du | 44", "row"),
            P("Cụm 2 | Trường THPT Hồng Lĩnh | 42", "row"),
            P("Hội thi diễn ra đến hết ngày 05/11/2026."),
            Raw(
                '<p>Tệp đính kèm: <a href="/Upload/Files/2026/11/KH_HoiThi_GVCN_THPT.pdf">'
                '<img src="/Images/icon_pdf.gif" alt="" border="0" /> KH_HoiThi_GVCN_THPT.pdf</a></p>'
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={
            "cat": 4,
            "posted": (3, 11, 10, 0),
            "updated": (3, 11, 10, 0),
            "poster": "admin",
            "desc": (
                "Sáng 02/11, tại Trường THPT Nguyễn Du, Sở GD&ĐT khai mạc Hội thi giáo viên chủ "
                "nhiệm lớp giỏi cấp THPT năm học 2026 - 2027..."
            ),
        },
    ),
    Story(
        id=2845,
        slug="kq-xet-tuyen-vc-dot2",
        title="Thông báo kết quả xét tuyển viên chức giáo dục năm 2026 (đợt 2)",
        cat="Thông báo",
        published_at="2026-10-30T16:30:00+07:00",
        blocks=[
            P(
                "Hội đồng xét tuyển viên chức Sở GD&ĐT thông báo kết quả xét tuyển viên chức giáo dục "
                "năm 2026 (đợt 2) như sau:"
            ),
            P("Vị trí việc làm | Chỉ tiêu | Số trúng tuyển", "rowh"),
            P("Giáo viên THPT môn Tin học | 12 | 12", "row"),
            P("Giáo viên THPT môn Tiếng Anh | 15 | 14", "row"),
            P("Giáo viên THPT môn Giáo dục kinh tế và pháp luật | 8 | 8", "row"),
            P(
                "Người trúng tuyển hoàn thiện hồ sơ và nộp về Văn phòng Sở (Phòng 204, tầng 2) từ ngày "
                "02/11/2026 đến hết ngày 16/11/2026. Quá thời hạn trên, người trúng tuyển không hoàn "
                "thiện hồ sơ sẽ bị hủy kết quả trúng tuyển."
            ),
            P(
                "Danh sách chi tiết được niêm yết tại trụ sở Sở GD&ĐT và đăng trên Cổng thông tin điện "
                "tử của Sở."
            ),
        ],
        opts={
            "cat": 7,
            "posted": (30, 10, 16, 30),
            "updated": (2, 11, 8, 0),
            "upd_first": True,
            "poster": "admin",
            "attach": "DS_TrungTuyen_VC_2026_Dot2.pdf",
        },
    ),
    Story(
        id=2843,
        slug="tap-huan-cot-can-tich-hop",
        title="Tập huấn giáo viên cốt cán về dạy học tích hợp theo Chương trình GDPT 2018",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-27T15:45:00+07:00",
        summary=(
            "Từ ngày 24 - 26/10, Sở GD&ĐT tổ chức tập huấn cho 240 giáo viên cốt cán cấp THCS, THPT "
            "về dạy học tích hợp các môn Khoa học tự nhiên, Lịch sử và Địa lý."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp tập huấn nhằm nâng cao năng lực thiết kế kế hoạch bài dạy tích hợp, kiểm tra đánh "
                "giá theo định hướng phát triển phẩm chất, năng lực học sinh theo Thông tư số "
                "32/2018/TT-BGDĐT.[1]",
                "fncall",
            ),
            Img(
                "../Upload/TinTuc/2026/10/tap-huan-01.jpg",
                "Giáo viên cốt cán thực hành thiết kế kế hoạch bài dạy",
                "Giáo viên cốt cán thực hành thiết kế kế hoạch bài dạy",
                "tbl",
            ),
            P("Phân bổ học viên theo môn học như sau:"),
            P("Môn học | Cấp học | Số học viên", "rowh"),
            P("Khoa học tự nhiên | THCS | 96", "row"),
            P("Lịch sử và Địa lý | THCS | 84", "row"),
            P("Hoạt động trải nghiệm, hướng nghiệp | THPT | 60", "row"),
            P(
                "Sau tập huấn, các giáo viên cốt cán có trách nhiệm hỗ trợ đồng nghiệp tại đơn vị thông "
                "qua sinh hoạt chuyên môn theo nghiên cứu bài học, hoàn thành trước ngày 30/11/2026."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Lê Văn Hùng</strong> (Phòng Tổ chức cán bộ)</p>'
            ),
            P(
                "[1] Thông tư số 32/2018/TT-BGDĐT ngày 26/12/2018 của Bộ GD&ĐT ban hành Chương trình "
                "giáo dục phổ thông.",
                "fn",
            ),
        ],
        authors=["Lê Văn Hùng"],
        opts={"cat": 1, "posted": (27, 10, 15, 45), "updated": (28, 10, 9, 0), "poster": "tccb"},
    ),
]

BY_ID = {s.id: s for s in STORIES}

#: home slider (the first and third carry the cookieless session prefix)
SLIDER = [(2869, True), (2861, False), (2857, True)]
#: "Tin đọc nhiều" sidebar, printed lower-case
MOST_READ = [2857, 2866, 2852, 2862]


def in_cat(cat: int) -> list[Story]:
    """A category's stories, newest first (STORIES is kept newest first)."""
    return [s for s in STORIES if s.opts["cat"] == cat]


def pages_of(cat: int) -> list[list[Story]]:
    size = CATS[cat][3]
    items = in_cat(cat)
    return [items[i : i + size] for i in range(0, len(items), size)]


# --- markup of the article text ----------------------------------------------------------------

LETTERHEAD = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody><tr>
<td style="width:40%;text-align:center;vertical-align:top">UBND TỈNH HÀ TĨNH<br />
<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />
<span style="font-size:9pt">―――――――</span><br />
Số: 2318/TB-SGDĐT</td>
<td style="width:60%;text-align:center;vertical-align:top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />
<strong>Độc lập - Tự do - Hạnh phúc</strong><br />
<span style="font-size:9pt">―――――――――――――</span><br />
<em>Hà Tĩnh, ngày 30 tháng 11 năm 2026</em></td>
</tr></tbody></table>
<p style="text-align:center">&nbsp;</p>
<p style="text-align:center"><strong>THÔNG BÁO</strong></p>
<p style="text-align:center"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT<br />
năm học 2026 - 2027</strong></p>
<p style="text-align:center">―――――</p>"""

CLOSING = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody><tr>
<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />
<span style="font-size:9pt">- Như trên;<br />
- Các trường THPT, TT GDNN-GDTX;<br />
- Giám đốc, các PGĐ Sở;<br />
- Lưu: VT, QLT.</span></td>
<td style="width:50%;text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br />
PHÓ GIÁM ĐỐC</strong><br />
<br />
<em>(Đã ký)</em><br />
<br />
<strong>Trần Quốc Khánh</strong></td>
</tr></tbody></table>"""


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=int(story.opts.get("entities", 0)))


def _img_html(story: Story, img: Img, n: int) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 500px; height: 333px;" />'
    if img.style == "tbl":
        cap = (
            f'<tr><td style="text-align: center;"><em>{_t(story, img.printed)}</em></td></tr>'
            if img.printed
            else ""
        )
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl_anh_tin" '
            f'style="width: 500px;"><tbody><tr><td>{tag}</td></tr>{cap}</tbody></table>'
        )
    if img.style == "div":
        cap = (
            '<div class="chuthich_anh" style="text-align:center;font-style:italic;font-size:11px;'
            f'color:#555">{_t(story, img.printed)}</div>'
            if img.printed
            else ""
        )
        return f'<div style="text-align: center;" id="anh{n}">{tag}</div>{cap}'
    # "pem": the picture in its own centred paragraph, the line under it in blue italics
    cap = (
        '<p style="text-align: center;"><span style="color:#0000cd;"><em>'
        f"{_t(story, img.printed)}</em></span></p>"
        if img.printed
        else ""
    )
    return f'<p style="text-align: center;">{tag}</p>{cap}'


def _mso(story: Story, value: str) -> str:
    return (
        '<p class="MsoListParagraph" style="margin-left:.5in;text-indent:-.25in;'
        'mso-list:l0 level1 lfo1"><span style="font-size:14.0pt;line-height:115%;'
        'font-family:&quot;Times New Roman&quot;,serif"><span style="mso-list:Ignore">-'
        '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
        "</span></span></span><span style=\"font-size:14.0pt;line-height:115%;font-family:"
        f'&quot;Times New Roman&quot;,serif">{_t(story, value)}<o:p></o:p></span></p>'
    )


def render_text(story: Story) -> str:
    """The article's text as the vendor's editor stored it (the ``divNoiDung`` contents)."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    n_img = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "@LETTERHEAD@":
                out.append(LETTERHEAD)
            elif b.html == "@CLOSING@":
                out.append(CLOSING)
            else:
                out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            n_img += 1
            out.append(_img_html(story, b, n_img))
            i += 1
            continue
        style = b.style
        if style in ("li", "row", "rowh", "br"):
            group = [b]
            kinds = ("row", "rowh") if style in ("row", "rowh") else (style,)
            j = i + 1
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in kinds:
                group.append(blocks[j])
                j += 1
            # "br" lines run past an image in 2850: the editor kept one <div> per run
            if style == "li":
                items = "".join(f"<li>{_t(story, g.text)}</li>\r\n" for g in group)
                out.append(f'<ul style="list-style-type:disc">\r\n{items}</ul>')
            elif style == "br":
                lines = "<br />\r\n<br />\r\n".join(_t(story, g.text) for g in group)
                out.append(f'<div style="text-align: justify;">{lines}</div>')
            else:
                rows = []
                for g in group:
                    cells = g.text.split(" | ")
                    if g.style == "rowh":
                        tds = "".join(
                            f'<td style="text-align:center;background:#dde7f3"><strong>{_t(story, c)}'
                            "</strong></td>"
                            for c in cells
                        )
                    else:
                        tds = "".join(f"<td>{_t(story, c)}</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:95%;'
                    'border-collapse:collapse" align="center"><tbody>'
                    + "\r\n".join(rows)
                    + "</tbody></table>"
                )
            i = j
            continue
        if style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{_t(story, b.text)}</strong></p>')
        elif style == "h":
            out.append(f'<h4 style="font-size:13px;margin:6px 0"><span style="color:#000080;">{_t(story, b.text)}</span></h4>')
        elif style == "mso":
            out.append(_mso(story, b.text))
        elif style == "q":
            out.append(
                '<blockquote style="border-left:3px solid #ccc;padding-left:10px">'
                f"<p><em>{_t(story, b.text)}</em></p></blockquote>"
            )
        elif style == "fncall":
            body = _t(story, b.text).replace(
                "[1]", '<a href="#_ftn1" name="_ftnref1" title="">[1]</a>'
            )
            out.append(f'<p style="text-align: justify;">{body}</p>')
        elif style == "fn":
            note = _t(story, b.text).replace(
                "[1]", '<a href="#_ftnref1" name="_ftn1" title="">[1]</a>', 1
            )
            out.append(
                '<div style="mso-element:footnote-list"><br clear="all" />\r\n<hr align="left" '
                'size="1" width="33%" />\r\n<div id="ftn1" style="mso-element:footnote">'
                f'<p class="MsoFootnoteText"><span style="font-size:10pt">{note}</span></p></div></div>'
            )
        else:
            out.append(f'<p style="text-align: justify;">{_t(story, b.text)}</p>')
        i += 1
    return "\r\n".join(out)


# --- page chrome -------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", None, [("Chức năng, nhiệm vụ", "/GioiThieu.aspx?id=1"), ("Liên hệ", "/LienHe.aspx")]),
    (
        "Tin tức",
        None,
        [("Tin tức - Sự kiện", "/TinTuc/DanhMuc.aspx?cat=1"), ("Thông báo", "/TinTuc/DanhMuc.aspx?cat=7")],
    ),
    (
        "Hoạt động chuyên môn",
        None,
        [
            ("Giáo dục Trung học", "/TinTuc/DanhMuc.aspx?cat=4"),
            ("Giáo dục Mầm non", "/TinTuc/DanhMuc.aspx?cat=5"),
        ],
    ),
    ("Văn bản", "/VanBan/DanhSach.aspx", []),
    ("Lịch công tác", "/LichCongTac.aspx", []),
    ("Thư viện", None, [("Thư viện ảnh", "/ThuVien/Album.aspx?id=15"), ("Video clip", "/ThuVien/Video.aspx?id=8")]),
]


def _menu() -> str:
    items = []
    popups = []
    for n, (label, href, children) in enumerate(MENU):
        if children:
            items.append(
                f'<li class="dxm-item dxm-subMenu" id="ctl00_mnuChinh_DXI{n}_"><div class="dxm-content '
                f'dxm-hasText"><span class="dx-vam">{esc(label)}</span></div><div class="dxm-popOut">'
                f'<img class="dxWeb_mHorizontalPopOut_SoGD" src="/DXR.axd?r=1_20-{DXV}" alt="v" /></div>'
                '<b class="dx-clear"></b></li><li class="dxm-spacing dxm-ami"></li>'
            )
            subs = "".join(
                f'<li class="dxm-item" id="ctl00_mnuChinh_DXI{n}i{k}_"><a class="dx dxm-content" '
                f'href="{esc(h)}"><span class="dx-vam">{esc(lab)}</span></a><b class="dx-clear"></b></li>'
                for k, (lab, h) in enumerate(children)
            )
            popups.append(
                f'<div id="ctl00_mnuChinh_DXM{n}_" style="z-index:20000;display:none;">'
                '<div class="dxm-shadow dxm-popup"><ul class="dx dxm-noImages dxm-gutter">'
                f"{subs}</ul></div></div>"
            )
        else:
            items.append(
                f'<li class="dxm-item" id="ctl00_mnuChinh_DXI{n}_"><a class="dx dxm-content" '
                f'href="{esc(href)}"><span class="dx-vam">{esc(label)}</span></a><b class="dx-clear"></b>'
                '</li><li class="dxm-spacing dxm-ami"></li>'
            )
    return (
        '<div class="dxmLite_SoGD dxm-ltr"><div class="dxm-main dxm-horizontal" id="ctl00_mnuChinh" '
        'style="width:1000px;"><ul class="dx dxm-image-l dxm-noImages">'
        + "".join(items)
        + '</ul><b class="dx-clear"></b></div>'
        + "".join(popups)
        + "</div>"
    )


def _box(title: str, inner: str, n: int) -> str:
    """A sidebar portlet as the vendor's ASPxRoundPanel prints it."""
    return (
        f'<table class="dxrpControl_SoGD khung_trai" cellspacing="0" cellpadding="0" '
        f'id="ctl00_rp{n}" border="0" style="width:100%;border-collapse:separate;">'
        f'<tr><td class="dxrpHeader_SoGD dxrp" style="white-space:nowrap;"><span class="dxrpHI">'
        f'<span class="dxrpHeaderText_SoGD dx-vam" id="ctl00_rp{n}_RPHT">{esc(title)}</span></span></td></tr>'
        f'<tr><td class="dxrp dxrpcontent" id="ctl00_rp{n}_RPC">{inner}</td></tr></table>'
    )


def _left() -> str:
    nav = []
    for cat, (label, _parent, _kind, _size) in CATS.items():
        nav.append(
            f'<li class="dxnb-item"><a class="dxnb-link" href="/TinTuc/DanhMuc.aspx?cat={cat}">'
            f'<img src="/App_Themes/SoGD/images/bullet_do.gif" alt="" /> {esc(label)}</a></li>'
        )
    navbar = (
        '<div class="dxnbLite_SoGD" id="ctl00_nbChuyenMuc"><div class="dxnb-gr">'
        '<div class="dxnb-ghtext">CHUYÊN MỤC</div><ul class="dxnb-content">'
        + "".join(nav)
        + '<li class="dxnb-item"><a class="dxnb-link" href="/VanBan/DanhSach.aspx">'
        '<img src="/App_Themes/SoGD/images/bullet_do.gif" alt="" /> Văn bản chỉ đạo</a></li>'
        "</ul></div></div>"
    )
    links = (
        '<select name="ctl00$ddlLienKet" id="ctl00_ddlLienKet" style="width:190px" '
        "onchange=\"if(this.value!='')window.open(this.value);\">"
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>'
        '<option value="https://baohatinh.vn">Báo Hà Tĩnh</option>'
        '<option value="https://thuvienhoclieu.hatinh.edu.vn">Kho học liệu số</option></select>'
    )
    poll = (
        '<div class="binhchon"><b>Bạn quan tâm nội dung nào trên Cổng thông tin?</b>'
        '<table id="ctl00_rblBinhChon" class="dxeBase_SoGD dxeRadioButtonList_SoGD"><tr><td>'
        '<input id="ctl00_rblBinhChon_RB0_I" type="radio" name="ctl00$rblBinhChon" value="1" />'
        '<label for="ctl00_rblBinhChon_RB0_I">Tin tức - Sự kiện</label></td></tr><tr><td>'
        '<input id="ctl00_rblBinhChon_RB1_I" type="radio" name="ctl00$rblBinhChon" value="2" />'
        '<label for="ctl00_rblBinhChon_RB1_I">Văn bản chỉ đạo, điều hành</label></td></tr><tr><td>'
        '<input id="ctl00_rblBinhChon_RB2_I" type="radio" name="ctl00$rblBinhChon" value="3" />'
        '<label for="ctl00_rblBinhChon_RB2_I">Tuyển sinh, thi cử</label></td></tr></table>'
        '<div class="dxbButton_SoGD dxbButtonSys" id="ctl00_btnBinhChon" '
        "onclick=\"__doPostBack('ctl00$btnBinhChon','')\"><div class=\"dxb\">"
        '<span class="dx-vam">Biểu quyết</span></div></div>'
        '<a href="javascript:void(0)" onclick="ASPx.GetControlCollection().Get(\'ctl00_pcKetQua\').Show();">'
        "Xem kết quả</a></div>"
    )
    counter = (
        '<table class="thongke" cellpadding="2"><tr><td><img src="/Images/online.gif" alt="" /> '
        'Đang online:</td><td><span id="ctl00_lblOnline" class="dxeBase_SoGD">37</span></td></tr>'
        '<tr><td>Hôm nay:</td><td><span id="ctl00_lblHomNay" class="dxeBase_SoGD">1.284</span></td></tr>'
        '<tr><td>Tổng truy cập:</td><td><span id="ctl00_lblTong" class="dxeBase_SoGD">3.907.215</span>'
        "</td></tr></table>"
    )
    return (
        navbar
        + _box("LIÊN KẾT WEBSITE", links, 11)
        + _box("THĂM DÒ Ý KIẾN", poll, 12)
        + _box("THỐNG KÊ TRUY CẬP", counter, 13)
    )


def _right() -> str:
    most = "".join(
        f'<li><a href="/tintuc/chitiet.aspx?ID={i}">{esc(BY_ID[i].title)}</a> '
        f'<span class="luotxem">({BY_ID[i].views()})</span></li>'
        for i in MOST_READ
    )
    docs = (
        '<ul class="ds_vanban">'
        '<li><a href="/VanBan/ChiTiet.aspx?id=412">Kế hoạch số 2275/KH-SGDĐT</a><br />'
        "<span>Kế hoạch tổ chức Hội khỏe Phù Đổng cấp tỉnh lần thứ XVI năm 2027</span></li>"
        '<li><a href="/VanBan/ChiTiet.aspx?id=409">Công văn số 2240/SGDĐT-GDTrH</a><br />'
        "<span>V/v hướng dẫn tổ chức hoạt động trải nghiệm, hướng nghiệp học kỳ I</span></li>"
        '</ul><div style="text-align:right"><a href="/VanBan/DanhSach.aspx">Xem tất cả &raquo;</a></div>'
    )
    album = (
        '<a href="/ThuVien/Album.aspx?id=15"><img src="/Upload/ThuVien/album15/bia.jpg" width="210" '
        'alt="Hình ảnh Ngày hội STEM lần thứ III" /></a><div class="ten_album">'
        '<a href="/ThuVien/Album.aspx?id=15">Hình ảnh Ngày hội STEM học sinh trung học lần thứ III</a></div>'
    )
    video = (
        '<a href="/ThuVien/Video.aspx?id=8"><img src="/Upload/ThuVien/video8.jpg" width="210" alt="" />'
        '</a><div><a href="/ThuVien/Video.aspx?id=8">Phóng sự: Nâng cao chất lượng giáo dục vùng '
        "khó khăn</a></div>"
    )
    hotline = (
        '<div style="color:#c00;font-weight:bold;text-align:center">ĐƯỜNG DÂY NÓNG</div>'
        '<div style="text-align:center">Tiếp nhận phản ánh về tuyển sinh, thu chi đầu năm học:<br />'
        "<b>0239.3855.888</b></div>"
    )
    lich = '<a href="/LichCongTac.aspx"><img src="/Images/lichcongtac.png" alt="Lịch công tác" /></a>'
    return (
        _box("TIN ĐỌC NHIỀU", f'<ul class="tin_docnhieu">{most}</ul>', 21)
        + _box("VĂN BẢN MỚI", docs, 22)
        + _box("LỊCH CÔNG TÁC", lich, 23)
        + _box("THƯ VIỆN ẢNH", album, 24)
        + _box("VIDEO CLIP", video, 25)
        + _box("THÔNG BÁO", hotline, 26)
    )


_HEAD_SCRIPT = """<script type="text/javascript">
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

_POPUP = """<div id="ctl00_pcGuiEmail_PW-1" class="dxpcLite_SoGD dxpclW" style="width:420px;display:none;visibility:hidden;">
<div class="dxpc-mainDiv dxpc-shadow"><div class="dxpc-header dxpc-withBtn" id="ctl00_pcGuiEmail_PWH-1">
<div class="dxpc-closeBtn" id="ctl00_pcGuiEmail_HCB-1"><img class="dxWeb_pcCloseButton_SoGD" src="/DXR.axd?r=1_11-ZU2SD" alt="[Đóng]" /></div>
<span class="dxpc-headerText dx-vam" id="ctl00_pcGuiEmail_PWH-1T">Gửi bài viết qua email</span></div>
<div class="dxpc-contentWrapper"><div class="dxpc-content" id="ctl00_pcGuiEmail_PWC-1">
<p>Bạn hãy nhập địa chỉ email của người nhận và lời nhắn. Bài viết sẽ được gửi kèm đường dẫn đến trang tin.</p>
<table><tr><td>Email người nhận:</td><td><input name="ctl00$pcGuiEmail$txtEmail" type="text" id="ctl00_pcGuiEmail_txtEmail" class="dxeEditArea_SoGD" /></td></tr>
<tr><td>Lời nhắn:</td><td><textarea name="ctl00$pcGuiEmail$txtLoiNhan" rows="4" cols="30" id="ctl00_pcGuiEmail_txtLoiNhan"></textarea></td></tr></table>
<div class="dxbButton_SoGD" id="ctl00_pcGuiEmail_btnGui"><div class="dxb"><span class="dx-vam">Gửi</span></div></div>
</div></div></div></div>
<div id="ctl00_pcKetQua_PW-1" class="dxpcLite_SoGD dxpclW" style="display:none;visibility:hidden;">
<div class="dxpc-header"><span class="dxpc-headerText">Kết quả bình chọn</span></div>
<div class="dxpc-content">Tin tức - Sự kiện: 48% | Văn bản chỉ đạo, điều hành: 31% | Tuyển sinh, thi cử: 21%</div></div>"""


def page(request: Request, main: str, *, desc: str = "", og: dict | None = None) -> Response:
    """One full WebForms page around ``main`` (the cphMain contents)."""
    last = request.path.rsplit("/", 1)[-1] or "Default.aspx"
    action = "./" + last + (f"?{request.query}" if request.query else "")
    og = og or {}
    og_meta = "".join(
        f'<meta property="og:{k}" content="{esc(v)}" />' for k, v in og.items()
    ) + f'<meta property="og:url" content="{esc(base_url(request) + request.target)}" />'
    vs = opaque("vs" + request.target, 1800, b"\xff\x01")
    ev = opaque("ev" + request.target, 180)
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{SITE_NAME}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=EmulateIE8" />
<meta name="keywords" content="Sở GD&amp;ĐT Hà Tĩnh, giáo dục Hà Tĩnh, tuyển sinh, thi cử" />
<meta name="description" content="{esc(desc or "Cổng thông tin điện tử Sở Giáo dục và Đào tạo Hà Tĩnh")}" />
{og_meta}
<link rel="shortcut icon" href="/favicon.ico" />
<link href="/App_Themes/SoGD/style.css" type="text/css" rel="stylesheet" />
<link href="/DXR.axd?r=1_74,1_66,1_69,1_68-{DXV}" type="text/css" rel="stylesheet" />
</head>
<body style="margin:0;background:#e9eef5 url(/App_Themes/SoGD/images/bg.jpg) repeat-x">
    <form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
{_HEAD_SCRIPT}
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHJZXLUkv2LZ0&amp;t=638459871600000000" type="text/javascript"></script>
<script id="dxis_1438207765" src="/DXR.axd?r=1_304,1_185,1_298,1_211,1_188,1_182,1_290-{DXV}" type="text/javascript"></script>
<div id="wrapper" style="width:1000px;margin:0 auto;background:#fff">
<div id="topbar"><span id="ctl00_lblNgayHienTai" class="dxeBase_SoGD ngay_ht">{HEADER_TODAY}</span>
&nbsp;|&nbsp;<a href="javascript:void(0)" onclick="window.external.AddFavorite(location.href,document.title)">Thêm vào yêu thích</a>
&nbsp;|&nbsp;<a href="javascript:__doPostBack('ctl00$lbtDangNhap','')" id="ctl00_lbtDangNhap">Đăng nhập</a></div>
<div id="banner"><a href="/Default.aspx"><img src="/App_Themes/SoGD/images/logo_sgd.png" alt="Logo" style="float:left" /></a>
<h1 class="tendv">SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</h1>
<div class="khauhieu">Cổng thông tin điện tử</div></div>
{_menu()}
<div class="thanh_timkiem"><table class="dxeButtonEditSys dxeButtonEdit_SoGD" cellspacing="1" cellpadding="0" id="ctl00_txtTimKiem" border="0" style="width:220px;"><tr>
<td class="dxic" style="width:100%;"><input class="dxeEditArea_SoGD dxeEditAreaSys" name="ctl00$txtTimKiem" value="Nhập từ khóa..." id="ctl00_txtTimKiem_I" type="text" /></td>
<td id="ctl00_txtTimKiem_B0" class="dxeButton dxeButtonEditButton_SoGD" onclick="__doPostBack('ctl00$txtTimKiem','B0')"><img src="/DXR.axd?r=1_89-{DXV}" alt="Tìm" /></td></tr></table></div>
<table id="khung_chinh" cellpadding="0" cellspacing="0" style="width:1000px"><tr>
<td class="cot_trai" valign="top" style="width:200px">{_left()}</td>
<td class="cot_giua" valign="top" style="width:570px;padding:0 8px">
<!-- noi dung -->
{main}
<!-- het noi dung -->
</td>
<td class="cot_phai" valign="top" style="width:214px">{_right()}</td>
</tr></table>
<div id="chantrang" style="background:#1f4e8c;color:#fff;padding:10px;font-size:11px">
<b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</b><br />
Cơ quan chủ quản: Sở Giáo dục và Đào tạo Hà Tĩnh<br />
Địa chỉ: Số 2, đường Nguyễn Thị Minh Khai, phường Thành Sen, tỉnh Hà Tĩnh<br />
Điện thoại: 0239.3855.614 - Fax: 0239.3856.109 - Email: sogd@hatinh.edu.vn<br />
Người chịu trách nhiệm: Giám đốc Sở GD&amp;ĐT Hà Tĩnh<br />
Ghi rõ nguồn "Sở GD&amp;ĐT Hà Tĩnh" khi phát hành lại thông tin từ website này.<br />
© Bản quyền thuộc Sở Giáo dục và Đào tạo Hà Tĩnh. Thiết kế bởi Trung tâm CNTT - Truyền thông.
<div style="float:right"><a href="https://www.facebook.com/sogddthatinh" target="_blank"><img src="/Images/fb.png" alt="Facebook" /></a>
<a href="https://www.youtube.com/@sogddthatinh" target="_blank"><img src="/Images/youtube.png" alt="YouTube" /></a></div></div>
</div>
{_POPUP}
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="2D4B9D4A" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
<script id="dxss_1177282145" type="text/javascript">
<!--
ASPx.AddHoverItems('ctl00_mnuChinh',[[['dxm-hovered','',''],['','',''],['DXI0_','DXI4_','DXI5_','DXI1i0_','DXI1i1_','DXI2i0_','DXI2i1_','DXI3i0_','DXI3i1_']]]);
var dxo = new ASPxClientMenu('ctl00_mnuChinh');
window['mnuChinh'] = dxo;
dxo.uniqueID = 'ctl00$mnuChinh';
dxo.InlineInitialize();
//-->
</script>
</form>
</body>
</html>"""
    return html(body, headers={"X-AspNet-Version": "4.0.30319", "X-Powered-By": "ASP.NET",
                               "Cache-Control": "private"})


def _crumb(*parts: tuple[str, str | None]) -> str:
    sep = ' <img src="/App_Themes/SoGD/images/muiten.gif" alt="&gt;" /> '
    out = ['<a href="/">Trang chủ</a>']
    for label, href in parts:
        out.append(f'<a href="{esc(href)}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return f'<div class="duongdan" id="ctl00_cphMain_pnlDuongDan">{sep.join(out)}</div>'


def _date_only(story: Story) -> str:
    d, mo, _h, _mi = story.opts["posted"]
    return f"{d:02d}/{mo:02d}/2026"


def _teaser(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b for b in story.blocks if isinstance(b, P))
    words = first.text.split()
    return " ".join(words[:30]) + ("..." if len(words) > 30 else "")


def _thumb(story: Story) -> str:
    return f"/Upload/TinTuc/thumb/{story.id}.jpg"


# --- listings ------------------------------------------------------------------------------------


def _pager(cat: int, index: int, total: int, count: int, control: str, kind: str) -> str:
    """DevExpress's pager: anchors with onclick only (no href)."""
    fn = "ASPx.NCPagerClick" if kind == "nc" else "ASPx.DVPagerClick"
    cid = f"ctl00_cphMain_{control}"
    parts = [f'<b class="dxp-lead dxp-summary">Trang {index + 1} / {total} ({count} tin)</b>']
    if index == 0:
        parts.append(
            '<b class="dxp-button dxp-bi dxp-disabledButton"><img class="dxWeb_pPrevDisabled_SoGD" '
            f'src="/DXR.axd?r=1_89-{DXV}" alt="Trước" /></b>'
        )
    else:
        parts.append(
            f"<a class=\"dxp-button dxp-bi\" onclick=\"{fn}('{cid}','PBP');\"><img "
            f'class="dxWeb_pPrev_SoGD" src="/DXR.axd?r=1_89-{DXV}" alt="Trước" /></a>'
        )
    for k in range(total):
        if k == index:
            parts.append(f'<b class="dxp-num dxp-current">[{k + 1}]</b>')
        else:
            parts.append(f"<a class=\"dxp-num\" onclick=\"{fn}('{cid}','PN{k}');\">{k + 1}</a>")
    if index == total - 1:
        parts.append(
            '<b class="dxp-button dxp-bi dxp-disabledButton"><img class="dxWeb_pNextDisabled_SoGD" '
            f'src="/DXR.axd?r=1_89-{DXV}" alt="Sau" /></b>'
        )
    else:
        parts.append(
            f"<a class=\"dxp-button dxp-bi\" onclick=\"{fn}('{cid}','PBN');\"><img "
            f'class="dxWeb_pNext_SoGD" src="/DXR.axd?r=1_89-{DXV}" alt="Sau" /></a>'
        )
    return (
        f'<div class="dxpLite_SoGD" id="{cid}_PGB"><div class="dxp-pager">'
        + "".join(parts)
        + '<b class="dx-clear"></b></div></div>'
    )


def _nc_items(cat: int, items: list[Story]) -> str:
    rows = []
    for k, s in enumerate(items):
        new = (
            ' <img src="/Images/icon_new.gif" alt="Mới" />' if s.opts["posted"][1] == 12 else ""
        )
        rows.append(
            f'<tr><td class="dxncItem_SoGD" id="ctl00_cphMain_ncDanhMuc_IT{k}">'
            '<table cellspacing="0" cellpadding="0" border="0" style="width:100%"><tr>'
            f'<td class="dxncItemLeftPanel_SoGD" style="width:130px"><a href="ChiTiet.aspx?id={s.id}">'
            f'<img class="dxncItemImage_SoGD" src="{_thumb(s)}" alt="" style="width:120px;height:80px" /></a></td>'
            '<td class="dxncItemContent_SoGD">'
            f'<div class="dxncItemDate_SoGD">{_date_only(s)}</div>'
            f'<div class="dxncItemHeader_SoGD"><a href="ChiTiet.aspx?id={s.id}">{esc(s.title)}</a>{new}</div>'
            f'<div class="dxncItemText_SoGD">{esc(_teaser(s))}</div>'
            f'<div class="dxncItemTailDiv_SoGD"><a class="dxncItemTail" href="ChiTiet.aspx?id={s.id}&amp;cat={cat}">'
            "Chi tiết &raquo;</a></div></td></tr></table></td></tr>"
        )
    return "".join(rows)


def _dv_items(items: list[Story]) -> str:
    cells = []
    for k, s in enumerate(items):
        cells.append(
            f'<tr><td class="dxdvItem_SoGD" id="ctl00_cphMain_dvDanhMuc_IT{k}">'
            '<div class="tb_item"><img src="/Images/icon_tb.gif" alt="" style="float:left;margin:3px" />'
            f'<a class="tb_tieude" href="/TinTuc/ChiTiet.aspx?id={s.id}">{esc(s.title)}</a>'
            f'<span class="tb_ngay"> ({_date_only(s)})</span>'
            f'<div class="tb_mota">{esc(_teaser(s))}</div></div></td></tr>'
        )
    return "".join(cells)


def listing_control(cat: int, index: int) -> str:
    """The category's DevExpress control at page ``index`` (what a callback also returns)."""
    kind = CATS[cat][2]
    pages = pages_of(cat)
    items = pages[index]
    count = len(in_cat(cat))
    if kind == "nc":
        control = "ncDanhMuc"
        inner = (
            '<table class="dxncControl_SoGD" cellspacing="0" cellpadding="0" id="ctl00_cphMain_ncDanhMuc" '
            'border="0" style="width:100%;border-collapse:collapse;">'
            + _nc_items(cat, items)
            + '<tr><td class="dxncPagerPanel_SoGD">'
            + _pager(cat, index, len(pages), count, control, kind)
            + "</td></tr></table>"
        )
    else:
        control = "dvDanhMuc"
        inner = (
            '<table class="dxdvControl_SoGD" cellspacing="0" cellpadding="0" id="ctl00_cphMain_dvDanhMuc" '
            'border="0" style="width:100%;border-collapse:collapse;"><tr><td class="dxdvPagerPanel_SoGD">'
            + _pager(cat, index, len(pages), count, control, kind)
            + '</td></tr><tr><td class="dxdvCtrl_SoGD"><table class="dxdvFlowPanel" style="width:100%">'
            + _dv_items(items)
            + "</table></td></tr></table>"
        )
    return inner


def _fallback(cat: int, index: int) -> str:
    """The vendor's plain GET pager printed besides DevExpress's (or in <noscript>)."""
    pages = pages_of(cat)
    if len(pages) < 2:
        return ""
    links = []
    for k in range(len(pages)):
        if k == index:
            links.append(f"<b>{k + 1}</b>")
        else:
            links.append(f'<a href="DanhMuc.aspx?cat={cat}&amp;page={k + 1}">{k + 1}</a>')
    if index + 1 < len(pages):
        links.append(f'<a href="DanhMuc.aspx?cat={cat}&amp;page={index + 2}">Trang sau &raquo;</a>')
    line = "Trang: " + " ".join(links)
    if CATS[cat][2] == "dv":
        return f'<noscript><div class="pt_noscript">{line}</div></noscript>'
    return f'<div class="phantrang" style="text-align:right;padding:4px">{line}</div>'


def listing_page(request: Request, cat: int, index: int) -> Response:
    label, parent, _kind, _size = CATS[cat]
    main = (
        _crumb((parent, None), (label, f"/TinTuc/DanhMuc.aspx?cat={cat}"))
        + f'<div class="tieude_dm"><span id="ctl00_cphMain_lblTenDanhMuc" class="dxeBase_SoGD">{esc(label.upper())}</span></div>'
        + f'<div id="ctl00_cphMain_cbpDanhMuc" class="dxcpControl_SoGD">'
        f'<div id="ctl00_cphMain_cbpDanhMuc_LP" class="dxcpLoadingPanel_SoGD" style="display:none;">'
        f'<img class="dxcp-loading" src="/DXR.axd?r=1_11-{DXV}" alt="" /><span>Đang tải&hellip;</span></div>'
        + listing_control(cat, index)
        + "</div>"
        + _fallback(cat, index)
    )
    return page(request, main, desc=f"{label} - {SITE_NAME}")


def listing_callback(cat: int, param: str, current: int) -> Response:
    pages = pages_of(cat)
    m = re.search(r"PN(\d+)", param)
    if m:
        index = int(m.group(1))
    elif "PBN" in param:
        index = current + 1
    elif "PBP" in param:
        index = current - 1
    else:
        index = current
    if not 0 <= index < len(pages):
        return Response(500, "Index was out of range.", {"Content-Type": "text/plain"})
    result = json.dumps({"id": 0, "result": listing_control(cat, index)}, ensure_ascii=False)
    return Response(200, "/*DX*/(" + result + ")", {"Content-Type": "text/plain; charset=utf-8"})


# --- article pages -------------------------------------------------------------------------------


def _meta_line(story: Story) -> str:
    pd, pmo, ph, pmi = story.opts["posted"]
    ud, umo, uh, umi = story.opts["updated"]
    posted = (
        '<span class="nhan_ngay">Ngày đăng:</span> '
        f'<span id="ctl00_cphMain_cbpChiTiet_lblNgayDang" class="dxeBase_SoGD">{vi_dt(pd, pmo, ph, pmi)}</span>'
    )
    updated = (
        '<span class="nhan_ngay">Cập nhật lúc:</span> '
        f'<span id="ctl00_cphMain_cbpChiTiet_lblNgayCapNhat" class="dxeBase_SoGD">{vi_dt(ud, umo, uh, umi)}</span>'
    )
    views = f'Lượt xem: <span id="ctl00_cphMain_cbpChiTiet_lblLuotXem" class="dxeBase_SoGD">{story.views()}</span>'
    poster = f'Người đăng: <span id="ctl00_cphMain_cbpChiTiet_lblNguoiDang">{esc(story.opts["poster"])}</span>'
    first, second = (updated, posted) if story.opts.get("upd_first") else (posted, updated)
    return (
        '<div class="thongtin_tin" style="color:#777;font-size:11px">'
        f"{first} &nbsp;|&nbsp; {second} &nbsp;|&nbsp; {views} &nbsp;|&nbsp; {poster}</div>"
    )


def _newer(story: Story) -> str:
    items = [s for s in in_cat(story.opts["cat"]) if s.id != story.id]
    items = [s for s in items if STORIES.index(s) < STORIES.index(story)][-5:]
    if not items:
        return ""
    lis = "".join(
        f'<li><a href="/TinTuc/ChiTiet.aspx?id={s.id}">{esc(s.title)}</a> '
        f'<span class="ngay_xam">({_date_only(s)})</span></li>'
        for s in items
    )
    return (
        '<table class="dxrpControl_SoGD tin_khac" cellspacing="0" cellpadding="0" id="ctl00_cphMain_rpTinMoi" '
        'border="0" style="width:100%;"><tr><td class="dxrpHeader_SoGD"><span class="dxrpHeaderText_SoGD">'
        f'Tin mới hơn</span></td></tr><tr><td class="dxrpcontent"><ul>{lis}</ul></td></tr></table>'
    )


def article_page(request: Request, story: Story) -> Response:
    cat = story.opts["cat"]
    label, parent, _kind, _size = CATS[cat]
    sapo = (
        f'<span id="ctl00_cphMain_cbpChiTiet_lblMoTa" class="dxeBase_SoGD" style="font-weight:bold;">'
        f"{esc(story.summary)}</span>"
        if story.sapo_outside
        else '<span id="ctl00_cphMain_cbpChiTiet_lblMoTa" class="dxeBase_SoGD" style="font-weight:bold;"></span>'
    )
    tacgia = story.opts.get("tacgia")
    tacgia_html = (
        f'<div class="tacgia" style="text-align:right;font-weight:bold">'
        f'<span id="ctl00_cphMain_cbpChiTiet_lblTacGia" class="dxeBase_SoGD">{esc(tacgia)}</span></div>'
        if tacgia
        else '<div class="tacgia"><span id="ctl00_cphMain_cbpChiTiet_lblTacGia" class="dxeBase_SoGD"></span></div>'
    )
    attach = story.opts.get("attach")
    attach_html = (
        '<div class="file_dinhkem" style="border:1px dashed #99b;padding:4px;margin:6px 0">'
        '<img src="/Images/icon_attach.gif" alt="" /> <b>File đính kèm:</b> '
        f'<a href="/Upload/Files/2026/{attach}" target="_blank">{esc(attach)}</a></div>'
        if attach
        else ""
    )
    tools = (
        '<table class="congcu_tin" cellpadding="0" cellspacing="0" style="width:100%;border-top:1px solid #ddd">'
        '<tr><td><a href="javascript:void(0)" onclick="window.open(\'/TinTuc/InTin.aspx?id='
        f"{story.id}','InTin','width=760,height=600,scrollbars=1');\"><img src=\"/Images/print.gif\" "
        'alt="" /> In bài viết</a> &nbsp; <a href="javascript:void(0)" onclick="ASPx.GetControlCollection()'
        ".Get('ctl00_pcGuiEmail').Show();\"><img src=\"/Images/email.gif\" alt=\"\" /> Gửi email</a> &nbsp; "
        '<a href="#top"><img src="/Images/top.gif" alt="" /> Về đầu trang</a></td>'
        '<td style="text-align:right"><a href="https://www.facebook.com/sharer/sharer.php?u='
        f'{esc(base_url(request))}/TinTuc/ChiTiet.aspx%3Fid%3D{story.id}" target="_blank">'
        '<img src="/Images/share_fb.png" alt="Chia sẻ Facebook" /></a> '
        '<a href="https://zalo.me/share" target="_blank"><img src="/Images/share_zalo.png" alt="Zalo" /></a>'
        "</td></tr></table>"
    )
    main = (
        _crumb((parent, None), (label, f"/TinTuc/DanhMuc.aspx?cat={cat}"))
        + '<div id="ctl00_cphMain_cbpChiTiet" class="dxcpControl_SoGD" style="width:100%;">'
        '<div id="ctl00_cphMain_cbpChiTiet_LP" class="dxcpLoadingPanel_SoGD" style="display:none;">'
        '<table><tr><td><img class="dxcp-loading" src="/DXR.axd?r=1_11-'
        + DXV
        + '" alt="" /></td><td><span>Đang tải&hellip;</span></td></tr></table></div>'
        '<div id="ctl00_cphMain_cbpChiTiet_PC" class="khung_chitiet">'
        '<div class="tieude_tin" style="font-size:17px;color:#0b4a8b;font-weight:bold;margin:6px 0">'
        f'<span id="ctl00_cphMain_cbpChiTiet_lblTieuDe" class="dxeBase_SoGD">\r\n    {esc(story.title)}\r\n</span></div>'
        + _meta_line(story)
        + f'<div class="mota_tin" style="margin:8px 0">{sapo}</div>'
        + f'<div id="ctl00_cphMain_cbpChiTiet_divNoiDung" class="ndung_tin">{render_text(story)}</div>'
        + tacgia_html
        + attach_html
        + "</div></div>"
        + tools
        + _newer(story)
        + '<div class="tieude_tinkhac">Các tin đã đưa</div>'
        '<div id="ctl00_cphMain_cbpTinCu" class="dxcpControl_SoGD">'
        '<div id="ctl00_cphMain_cbpTinCu_LP" class="dxcpLoadingPanel_SoGD"><span>Đang tải&hellip;</span></div>'
        '<div id="ctl00_cphMain_cbpTinCu_PC"></div></div>'
        '<script type="text/javascript">ASPx.AddAfterInitCallback(function(){ '
        f"cbpTinCu.PerformCallback('{story.id}'); }});</script>"
    )
    imgs = story.images
    og = {"title": story.title, "type": "article"}
    if imgs:
        og["image"] = base_url(request) + "/" + imgs[0].src.lstrip("./")
    desc = story.opts.get("desc") or story.summary or _teaser(story)
    return page(request, main, desc=desc, og=og)


def print_page(request: Request, story: Story) -> Response:
    pd, pmo, ph, pmi = story.opts["posted"]
    sapo = f"<p><b>{esc(story.summary)}</b></p>" if story.sapo_outside else ""
    tacgia = story.opts.get("tacgia")
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>In bài viết</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="/App_Themes/SoGD/print.css" rel="stylesheet" type="text/css" /></head>
<body onload="window.print();">
<form name="form1" method="post" action="./InTin.aspx?id={story.id}" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque("print" + str(story.id), 300)}" /></div>
<div style="width:700px;margin:0 auto">
<div style="border-bottom:2px solid #1f4e8c"><img src="/App_Themes/SoGD/images/logo_sgd.png" alt="" /> <b>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</b></div>
<h2><span id="lblTieuDe">{esc(story.title)}</span></h2>
<div><i>Ngày đăng: <span id="lblNgayDang">{vi_dt(pd, pmo, ph, pmi)}</span></i></div>
{sapo}
<div id="divNoiDung">{render_text(story)}</div>
{f'<div style="text-align:right"><b>{esc(tacgia)}</b></div>' if tacgia else ""}
<hr /><div style="font-size:11px">Địa chỉ bài viết: {esc(base_url(request))}/TinTuc/ChiTiet.aspx?id={story.id}</div>
<div><a href="javascript:window.close()">[Đóng cửa sổ]</a></div>
</div></form></body></html>"""
    return html(body)


# --- home ------------------------------------------------------------------------------------------


def home(request: Request) -> Response:
    slides = []
    for k, (sid, session) in enumerate(SLIDER):
        s = BY_ID[sid]
        href = (f"/{SESSION}" if session else "") + f"/TinTuc/ChiTiet.aspx?id={sid}"
        first = s.images[0].src if s.images else _thumb(s)
        slides.append(
            f'<div class="dxis-item" id="ctl00_cphMain_isTinNoiBat_I{k}"><a href="{href}">'
            f'<img src="{first}" alt="" style="width:560px;height:300px" /></a>'
            f'<div class="dxis-itemTextArea"><a href="{href}">{esc(s.title)}</a></div></div>'
        )
    slider = (
        '<div id="ctl00_cphMain_isTinNoiBat" class="dxisControl dxis-slideEffect" style="width:560px;height:330px;">'
        '<div class="dxis-imageArea">' + "".join(slides) + "</div>"
        '<div class="dxis-nbDotsBottom"><span class="dxis-nbDot dxis-nbDotSel"></span>'
        '<span class="dxis-nbDot"></span><span class="dxis-nbDot"></span></div></div>'
        "<script type=\"text/javascript\">var isTinNoiBat_items=" + json.dumps(
            [{"text": BY_ID[i].title, "navigateUrl": f"~/TinTuc/ChiTiet.aspx?id={i}"} for i, _ in SLIDER],
            ensure_ascii=False,
        ) + ";</script>"
    )
    latest = STORIES[:4]
    latest_html = "".join(
        '<div class="dxncItem_SoGD tinmoi_item"><table style="width:100%"><tr>'
        f'<td style="width:110px"><a href="/TinTuc/ChiTiet.aspx?id={s.id}"><img src="{_thumb(s)}" '
        'style="width:100px;height:68px" alt="" /></a></td><td>'
        f'<div class="dxncItemHeader_SoGD"><a href="/TinTuc/ChiTiet.aspx?id={s.id}">{esc(s.title)}</a>'
        f' <span class="ngay_xam">({_date_only(s)})</span></div>'
        f'<div class="dxncItemText_SoGD">{esc(_teaser(s))}</div></td></tr></table></div>'
        for s in latest
    )

    def cat_box(cat: int, n: int) -> str:
        label = CATS[cat][0]
        lis = "".join(
            f'<li><a href="/TinTuc/ChiTiet.aspx?id={s.id}">{esc(s.title)}</a></li>' for s in in_cat(cat)[:n]
        )
        return (
            f'<div class="khung_dm"><div class="tieude_khung"><a href="/TinTuc/DanhMuc.aspx?cat={cat}">'
            f"{esc(label.upper())}</a></div><ul>{lis}</ul></div>"
        )

    main = (
        slider
        + '<div class="tieude_khung">TIN MỚI CẬP NHẬT</div>'
        + f'<div id="ctl00_cphMain_ncTinMoi" class="dxncControl_SoGD">{latest_html}</div>'
        + '<table style="width:100%"><tr><td valign="top" style="width:50%">'
        + cat_box(4, 2)
        + '</td><td valign="top">'
        + cat_box(5, 2)
        + "</td></tr></table>"
        + cat_box(7, 2)
    )
    return page(request, main, og={"title": SITE_NAME, "type": "website"})


# --- pages that are not articles -------------------------------------------------------------------


def intro(request: Request) -> Response:
    paras = [
        "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham "
        "mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.",
        "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, "
        "biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra "
        "về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
    ]
    duties = [
        "Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch phát triển giáo dục và đào tạo.",
        "Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt.",
        "Quản lý chất lượng giáo dục; tổ chức các kỳ thi, cấp phát văn bằng, chứng chỉ theo quy định.",
        "Hướng dẫn, kiểm tra việc thực hiện chế độ, chính sách đối với nhà giáo và người học.",
    ]
    main = (
        _crumb(("Giới thiệu", None), ("Chức năng, nhiệm vụ", "/GioiThieu.aspx?id=1"))
        + '<div class="tieude_tin"><span id="ctl00_cphMain_lblTieuDe" class="dxeBase_SoGD">'
        "Chức năng, nhiệm vụ và quyền hạn của Sở Giáo dục và Đào tạo</span></div>"
        + '<div class="ndung_tin">'
        + "".join(f'<p style="text-align:justify">{esc(p)}</p>' for p in paras)
        + "<p><strong>Nhiệm vụ và quyền hạn:</strong></p><ol>"
        + "".join(f"<li>{esc(d)}</li>" for d in duties)
        + "</ol></div>"
    )
    return page(request, main, desc="Chức năng, nhiệm vụ và quyền hạn của Sở GD&ĐT Hà Tĩnh")


def contact(request: Request) -> Response:
    main = (
        _crumb(("Giới thiệu", None), ("Liên hệ", "/LienHe.aspx"))
        + '<div class="tieude_tin"><span class="dxeBase_SoGD">Liên hệ</span></div>'
        "<p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</b><br />Địa chỉ: Số 2, đường Nguyễn Thị Minh Khai, "
        "phường Thành Sen, tỉnh Hà Tĩnh<br />Điện thoại: 0239.3855.614 - Email: sogd@hatinh.edu.vn</p>"
        '<table class="form_lienhe">'
        '<tr><td>Họ và tên (*):</td><td><input name="ctl00$cphMain$txtHoTen" type="text" class="dxeEditArea_SoGD" /></td></tr>'
        '<tr><td>Email (*):</td><td><input name="ctl00$cphMain$txtEmail" type="text" class="dxeEditArea_SoGD" /></td></tr>'
        '<tr><td>Tiêu đề:</td><td><input name="ctl00$cphMain$txtTieuDe" type="text" class="dxeEditArea_SoGD" /></td></tr>'
        '<tr><td>Nội dung (*):</td><td><textarea name="ctl00$cphMain$memNoiDung" rows="6" cols="40"></textarea></td></tr>'
        '<tr><td></td><td><div class="dxbButton_SoGD" id="ctl00_cphMain_btnGui" '
        "onclick=\"__doPostBack('ctl00$cphMain$btnGui','')\"><span class=\"dx-vam\">Gửi liên hệ</span></div></td></tr>"
        "</table>"
    )
    return page(request, main, desc="Liên hệ - Sở GD&ĐT Hà Tĩnh")


DOCS = {
    412: (
        "2275/KH-SGDĐT",
        "Kế hoạch",
        "25/11/2026",
        "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp tỉnh lần thứ XVI năm 2027",
        "Nguyễn Thị Hải Yến",
        "KH_2275_HKPD_2027.pdf",
    ),
    409: (
        "2240/SGDĐT-GDTrH",
        "Công văn",
        "20/11/2026",
        "V/v hướng dẫn tổ chức hoạt động trải nghiệm, hướng nghiệp học kỳ I năm học 2026 - 2027",
        "Trần Quốc Khánh",
        "CV_2240_TNHN_HK1.pdf",
    ),
}


def doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr class="dxgvDataRow_SoGD" id="ctl00_cphMain_gvVanBan_DXDataRow{k}"><td class="dxgv">{k + 1}</td>'
        f'<td class="dxgv"><a href="/VanBan/ChiTiet.aspx?id={i}">{esc(d[0])}</a></td><td class="dxgv">{d[2]}</td>'
        f'<td class="dxgv">{esc(d[3])}</td></tr>'
        for k, (i, d) in enumerate(DOCS.items())
    )
    main = (
        _crumb(("Văn bản", "/VanBan/DanhSach.aspx"))
        + '<table class="dxgvControl_SoGD dxgv" id="ctl00_cphMain_gvVanBan" style="width:100%;border-collapse:collapse">'
        '<tr><td class="dxgvHeader_SoGD">STT</td><td class="dxgvHeader_SoGD">Số/Ký hiệu</td>'
        '<td class="dxgvHeader_SoGD">Ngày ban hành</td><td class="dxgvHeader_SoGD">Trích yếu</td></tr>'
        + rows
        + '<tr><td colspan="4"><div class="dxpLite_SoGD"><b class="dxp-lead dxp-summary">Trang 1 / 1 (2 văn bản)</b>'
        '<b class="dxp-num dxp-current">[1]</b></div></td></tr></table>'
    )
    return page(request, main, desc="Văn bản chỉ đạo, điều hành")


def doc_page(request: Request, doc_id: int) -> Response:
    so, loai, ngay, trich, ky, fname = DOCS[doc_id]
    main = (
        _crumb(("Văn bản", "/VanBan/DanhSach.aspx"), (loai, None))
        + '<table class="ct_vanban" border="1" cellpadding="5" style="width:100%;border-collapse:collapse">'
        f"<tr><td style=\"width:130px\"><b>Số/Ký hiệu</b></td><td>{esc(so)}</td></tr>"
        f"<tr><td><b>Loại văn bản</b></td><td>{esc(loai)}</td></tr>"
        f"<tr><td><b>Ngày ban hành</b></td><td>{ngay}</td></tr>"
        f"<tr><td><b>Trích yếu</b></td><td>{esc(trich)}</td></tr>"
        "<tr><td><b>Cơ quan ban hành</b></td><td>Sở Giáo dục và Đào tạo</td></tr>"
        f"<tr><td><b>Người ký</b></td><td>{esc(ky)}</td></tr>"
        f'<tr><td><b>File đính kèm</b></td><td><a href="/Upload/VanBan/{fname}">'
        f'<img src="/Images/icon_pdf.gif" alt="" /> {fname}</a></td></tr></table>'
    )
    return page(request, main, desc=trich)


def album(request: Request) -> Response:
    caps = [
        "Khai mạc Ngày hội STEM lần thứ III",
        "Phần thi lập trình robot của học sinh THPT",
        "Tên lửa nước của học sinh Trường THCS Thạch Hà",
        "Khu trưng bày sản phẩm STEM",
    ]
    cells = "".join(
        f'<td class="dxdvItem_SoGD" style="width:50%;text-align:center"><a href="/Upload/ThuVien/album15/{k + 1:02d}.jpg" '
        f'rel="lightbox[album15]"><img src="/Upload/ThuVien/album15/thumb_{k + 1:02d}.jpg" style="width:250px" alt="" /></a>'
        f"<div>{esc(c)}</div></td>" + ("</tr><tr>" if k % 2 else "")
        for k, c in enumerate(caps)
    )
    main = (
        _crumb(("Thư viện", None), ("Thư viện ảnh", "/ThuVien/Album.aspx?id=15"))
        + '<div class="tieude_tin"><span class="dxeBase_SoGD">Hình ảnh Ngày hội STEM học sinh trung học '
        "lần thứ III</span></div><div class=\"ngay_xam\">Ngày đăng: 29/11/2026 | 4 ảnh</div>"
        + f'<table class="dxdvControl_SoGD" id="ctl00_cphMain_dvAnh" style="width:100%"><tr>{cells}</tr></table>'
    )
    return page(request, main, desc="Thư viện ảnh")


def video(request: Request) -> Response:
    main = (
        _crumb(("Thư viện", None), ("Video clip", "/ThuVien/Video.aspx?id=8"))
        + '<div class="tieude_tin"><span class="dxeBase_SoGD">Phóng sự: Nâng cao chất lượng giáo dục '
        "vùng khó khăn</span></div><div class=\"ngay_xam\">Ngày đăng: 16/11/2026 | Lượt xem: 523</div>"
        '<div style="text-align:center"><iframe width="540" height="304" '
        'src="https://www.youtube.com/embed/Xk3vTQa9_pE" frameborder="0" allowfullscreen="allowfullscreen"></iframe></div>'
        "<p>Phóng sự của Đài Phát thanh và Truyền hình Hà Tĩnh về những nỗ lực của thầy và trò các "
        "điểm trường miền núi trong năm học 2026 - 2027.</p>"
        '<div class="video_khac"><b>Video khác:</b> <a href="https://www.youtube.com/@sogddthatinh">'
        "Kênh YouTube của Sở</a></div>"
    )
    return page(request, main, desc="Video clip")


def calendar(request: Request) -> Response:
    rows = [
        ("Thứ Hai 30/11", "Sáng: Giám đốc Sở giao ban lãnh đạo Sở. Chiều: PGĐ Nguyễn Thị Hải Yến làm việc với Phòng KHTC."),
        ("Thứ Ba 01/12", "Cả ngày: Giám đốc Sở dự Kỳ họp HĐND tỉnh."),
        ("Thứ Tư 02/12", "Sáng: Lễ trao thưởng học sinh đoạt huy chương Olympic quốc tế (Hội trường UBND tỉnh)."),
        ("Thứ Năm 03/12", "Cả ngày: PGĐ Trần Quốc Khánh kiểm tra công tác chuẩn bị thi HSG lớp 12."),
        ("Thứ Sáu 04/12", "Chiều: Hội nghị tổng kết công tác chuyển đổi số năm 2026."),
        ("Thứ Bảy 05/12", "Trực cơ quan: Văn phòng Sở."),
    ]
    trs = "".join(f'<tr><td style="width:110px"><b>{d}</b></td><td>{esc(c)}</td></tr>' for d, c in rows)
    main = (
        _crumb(("Lịch công tác", "/LichCongTac.aspx"))
        + '<div class="tieude_tin"><span class="dxeBase_SoGD">LỊCH CÔNG TÁC TUẦN 49 (Từ ngày 30/11/2026 '
        "đến ngày 06/12/2026)</span></div>"
        '<div><a href="javascript:__doPostBack(\'ctl00$cphMain$lbtTuanTruoc\',\'\')">&laquo; Tuần trước</a> | '
        '<a href="javascript:__doPostBack(\'ctl00$cphMain$lbtTuanSau\',\'\')">Tuần sau &raquo;</a></div>'
        f'<table border="1" cellpadding="4" style="width:100%;border-collapse:collapse">{trs}</table>'
    )
    return page(request, main, desc="Lịch công tác tuần")


# --- routing ---------------------------------------------------------------------------------------

_SESSION_RE = re.compile(r"^/\(S\([a-z0-9]{24}\)\)(/.*)$", re.IGNORECASE)
_DX_IMAGES = ("1_89", "1_20", "1_11")


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        m = _SESSION_RE.match(path)
        if m:
            path = m.group(1)
        low = path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        if low in ("/dxr.axd", "/webresource.axd", "/scriptresource.axd"):
            if any(r in request.query for r in _DX_IMAGES):
                return static_file("x.gif")
            if low == "/dxr.axd" and "1_74" in request.query:
                return static_file("x.css")
            return static_file("x.js")
        if low.startswith("/upload/") and low.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if low.startswith(("/upload/", "/images/", "/app_themes/")) or low == "/favicon.ico":
            return static_file(low)
        if low in ("/", "/default.aspx"):
            return home(request)
        if low == "/tintuc/chitiet.aspx":
            story = BY_ID.get(_int(params.get("id")) or 0)
            return article_page(request, story) if story else None
        if low == "/tintuc/intin.aspx":
            story = BY_ID.get(_int(params.get("id")) or 0)
            return print_page(request, story) if story else None
        if low == "/tintuc/danhmuc.aspx":
            cat = _int(params.get("cat"))
            if cat not in CATS:
                return None
            index = (_int(params.get("page")) or 1) - 1
            if not 0 <= index < len(pages_of(cat)):
                return None
            if request.method == "POST":
                form = request.form
                if form.get("__CALLBACKID"):
                    return listing_callback(cat, form.get("__CALLBACKPARAM", ""), index)
                arg = form.get("__EVENTARGUMENT", "")
                if form.get("__EVENTTARGET", "").endswith(("ncDanhMuc", "dvDanhMuc")) and arg:
                    pn = re.search(r"PN(\d+)", arg)
                    new = int(pn.group(1)) if pn else index + (1 if "PBN" in arg else -1 if "PBP" in arg else 0)
                    if 0 <= new < len(pages_of(cat)):
                        index = new
            return listing_page(request, cat, index)
        if low == "/gioithieu.aspx" and params.get("id") == "1":
            return intro(request)
        if low == "/lienhe.aspx":
            return contact(request)
        if low == "/lichcongtac.aspx":
            return calendar(request)
        if low == "/vanban/danhsach.aspx":
            return doc_list(request)
        if low == "/vanban/chitiet.aspx":
            doc = _int(params.get("id"))
            return doc_page(request, doc) if doc in DOCS else None
        if low == "/thuvien/album.aspx" and params.get("id") == "15":
            return album(request)
        if low == "/thuvien/video.aspx" and params.get("id") == "8":
            return video(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = [f"/TinTuc/InTin.aspx?id={story.id}"]
    cat = story.opts["cat"]
    if CATS[cat][2] == "nc":
        alts.append(f"/TinTuc/ChiTiet.aspx?id={story.id}&cat={cat}")
    if story.id in MOST_READ:
        alts.append(f"/tintuc/chitiet.aspx?ID={story.id}")
    if (story.id, True) in SLIDER:
        alts.append(f"/{SESSION}/TinTuc/ChiTiet.aspx?id={story.id}")
    return alts


GOLD = [
    gold_record(
        s,
        f"/TinTuc/ChiTiet.aspx?id={s.id}",
        s.cat,
        canonical_path=f"/TinTuc/ChiTiet.aspx?id={s.id}",
        alt_paths=_alts(s),
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/GioiThieu.aspx?id=1",
    "/LienHe.aspx",
    "/LichCongTac.aspx",
    "/VanBan/ChiTiet.aspx?id=412",
    "/VanBan/ChiTiet.aspx?id=409",
    "/ThuVien/Album.aspx?id=15",
    "/ThuVien/Video.aspx?id=8",
]
