"""Trường THCS Trần Hưng Đạo (huyện Đông Anh, Hà Nội): a MoinMoin 1.9 wiki used as the school site.

Platform
--------
The school's IT teacher (wiki account ``ThayHung``) runs MoinMoin 1.9.x with a home-made theme
("thd", derived from *modernized*): a header with the school's name and today's date, a navibar
turned into a drop-down menu, a side bar rendered from the wiki page ``ThanhBen`` and Moin's own
page-info footer and credits. Every news item is a wiki page written in wiki markup and rendered
by Moin's HTML formatter: ``<span class="anchor" id="line-N">`` before each source line,
paragraphs opened with ``<p class="line874">`` (``line867`` before headings, ``line862``/
``line891`` inside list items and table cells) and mostly never closed, attachments served by
``?action=AttachFile&do=get&target=…``.

URL scheme
----------
- ``/`` -> 302 to ``/TrangChu`` (Moin's front page).
- ``/TrangChu``: intro, then ``<<Include(^TinTuc/20, , sort=descending, items=2, editlink)>>``:
  the **full text** of the two newest news pages, each followed by ``[TinTuc/…]``.
- ``/TinTuc``: the news index; ``<<Include(^TinTuc/20, , sort=descending, items=3, titlesonly)>>``
  (links whose text is the *page name*), then a wiki link to a title search for all news:
  ``/TinTuc?action=fullsearch&value=title%3Aregex%3A%5ETinTuc%2F20&context=180&fullsearch=Text``;
  Moin's result pages (5 hits a page, sorted by page name, so **oldest first**) page on with
  ``&from=5``; each hit links ``/TinTuc/<name>?highlight=%28TinTuc%2F20%29``.
- ``/TinTuc/<YYYY-MM-DD>_<CamelCaseTitle>``: a news page (10 of them);
  ``?action=print`` (print view), ``?action=raw`` (wiki source, text/plain), ``?action=info``
  (revision history), ``?action=recall&rev=N`` (an older revision), any other query (Moin ignores
  unknown parameters such as ``highlight``) serves the page itself.
- ``/ThongBao`` (notice index, a ``<<PageList>>`` of its sub-pages) and
  ``/ThongBao/<YYYY-MM-DD>_<CamelCase>`` (3 notices; one printed as an official document).
- ``/GioiThieu``, ``/GioiThieu/LienHe``, ``/VanBan/KeHoachNamHoc2026_2027`` (a document entry:
  attachment only), ``/ThuVienAnh/KhaiGiang2026`` (photo album), ``/TinTucTemplate`` (the page
  template teachers copy), ``…?action=info`` pages.
- ``…?action=AttachFile&do=get&target=x.jpg`` -> image bytes; ``do=view`` of a PDF -> Moin's
  attachment page with a download link; ``/moin_static197/…`` -> css/js/png.
- Links to pages that do not exist (``class="nonexistent"``: ``/ThayHung``, ``/TaiLieuToan8``)
  answer 404 with Moin's "page does not exist yet" text, as Moin does.

How each gold article is reached
--------------------------------
- A9, A10 (newest): front page (included in full) and the side bar; A8 too from the side bar and
  ``/TinTuc``.
- A1–A5: the title-search result page 1 (linked from ``/TinTuc``), A2 also from A10's
  "Xem thêm" line, A5 nowhere else.
- A6, A7: **only** the title-search result page 2 (``&from=5``).
- B1–B3: ``/ThongBao`` (menu), B3 also from the side bar.

Traps
-----
1. Page name vs headline: ``<title>``, the location line, Include/PageList links and search hits
   all print the page name (``TinTuc/2026-12-04_TapHuanChuyenDoiSo``, ASCII CamelCase); the
   headline is the content's first ``<h1>`` (wiki ``= … =``). Gold title = that ``<h1>``.
2. Moin's paragraph markup: a ``<span class="anchor" id="line-N">`` at every source line inside
   a paragraph, ``<p>`` never closed, an empty ``<p class="line867">`` before each heading,
   ``<p class="line862">`` left open inside ``<li>``/``<td>``, anchors between table rows
   (foster-parented out of the table). Gold: a wrapped source paragraph is ONE paragraph; only
   ``<<BR>>`` (``<br>``) splits one (A6).
3. The page-info footer "(sửa lần cuối 2026-12-05 07:02:10 bởi ThayHung)" is the last edit and
   the wiki account: never ``published_at``, never an author. Gold date = the date line in the
   text.
4. The date in the page name is the *event's* day, not the publication day: A7 is
   ``TinTuc/2026-11-20_…`` but prints "Đăng lúc: 2026-11-21 16:05:00" -> "2026-11-21T16:05:00+07:00".
5. Dates as Moin's macros print them: ``<<DateTime>>`` -> "2026-12-04 09:15:00" (site time,
   +07:00); a midnight one (A4 "2026-10-28 00:00:00") is the day alone; a hand-typed
   "Thứ Sáu, 16/10/2026" (A2) is a day; A3 has no date line, only Moin's ``@SIG@`` signature
   "-- ThayHung 2026-10-20 19:45:12" at the end: that is its publication time, and ThayHung is
   the wiki account (no author).
6. The front page ``<<Include>>``s the full text, headline and photos of A10 and A9 under
   ``[TinTuc/…]`` links: it looks like an article but is a listing (not gold, not a NON_ARTICLE).
7. Attachment images: ``src="/TinTuc/X?action=AttachFile&amp;do=get&amp;target=a.jpg"``, no
   image extension in the path, and ``alt``/``title`` = the file name when the teacher gave no
   description -> no caption from it. Gold image path keeps the query (``&`` unescaped).
8. Captions in three Moin shapes: ``<br>`` + ``<em>`` in the image's paragraph; a separate
   ``<em>`` paragraph right under the image (A7); a two-row table (image row, italic caption row,
   A2/A5) - the caption row is not a table row of the text. "(…)" parentheses are taken off
   (A3); "Ảnh: X" alone is a photographer credit, caption null (A4).
9. ``<<TableOfContents>>`` (A9) repeats the section headings as an ``<ol>`` of anchors ("Mục
   lục") before the text: not body; the ``<h2>`` headings themselves are body paragraphs.
10. Hidden editor comment ``/* … */`` rendered as ``<span class="comment" style="display:none">``
    inside a paragraph (A4): not text.
11. Indented wiki text renders as ``<ul><li style="list-style-type:none">`` (A4's slogan, B2's
    items): these are text paragraphs, like real list items.
12. Duplicates: ``?action=print`` and ``?action=raw`` (only in ``<link rel="Alternate">`` and the
    "Thao tác khác" ``<select>``), ``?highlight=…`` links from search hits, ``?action=recall&rev=1``
    (older revision with a different headline for A7, without photos for A10, linked from the info
    page). All go to ``alt_paths``; no page prints a canonical link.
13. Robots meta: action/query pages (search, print, info, recall) say ``noindex,nofollow`` as Moin
    does, yet search result page 2 is the only way to A6 and A7.
14. File-attachment lines (``[[attachment:…pdf]]`` with the paperclip icon, A5), "Xem thêm:" lines
    (A10), the ``----`` rule and "Quay lại: Tin tức | Trang chủ" after the text are not body.
15. Official document notice (B2): letterhead table, "Số: …", "Đông Anh, ngày 30 tháng 11 năm
    2026", "THÔNG BÁO / Về việc …", "Nơi nhận", signer -> not body; date 2026-11-30; author =
    signer "Nguyễn Văn Thắng".
16. ``/TinTucTemplate`` is a complete-looking news page with placeholder text ("Tiêu đề tin",
    "@SIG@"): a template, not an article.

Gold decisions on ambiguous points
----------------------------------
- ``category``: the menu's label of the hierarchy the page lives in ("Tin tức" for ``TinTuc/…``,
  "Thông báo" for ``ThongBao/…``), not the page-path text "TinTuc".
- ``published_at``: the text's date line (``Ngày đăng``/``Đăng lúc``/typed day/the letterhead/the
  ``@SIG@`` signature), never the page name's date nor the page-info footer.
- Authors: "Tin, ảnh: X" -> X in both lists; "Tin: X - Ảnh: Y"; "ThS. X – Tổ trưởng …" -> X;
  "Người viết: X, giáo viên Tin học" -> X; a unit signing alone ("Tổ Văn phòng", "Tổ Ngữ văn",
  "Ban Giám hiệu") is the author; the wiki account ThayHung (signature, footer) is nobody.
- ``summary``: a bold (``'''…'''``) first paragraph is the sapo; pages without one have null.
- Older revisions (``action=recall``), print and raw views are alt_paths of the article.
- ``?action=info`` pages are listed in NON_ARTICLES (one of them) as real non-article pages.
"""

from __future__ import annotations

import re
from urllib.parse import quote, quote_plus, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "moinmoin_thcs"
PLATFORM = "MoinMoin 1.9 (wiki used as a school website)"
START_PATH = "/"

SITE = "THCS Trần Hưng Đạo"
TODAY_HDR = "Thứ Bảy, 05/12/2026"
ST = "/moin_static197"
HL = "?highlight=%28TinTuc%2F20%29"
SEARCH = "/TinTuc?action=fullsearch&value=title%3Aregex%3A%5ETinTuc%2F20&context=180&fullsearch=Text"
PER_PAGE = 5
CAT_LABEL = {"TinTuc": "Tin tức", "ThongBao": "Thông báo"}


def att(page: str, target: str) -> str:
    """An attachment's do=get URL, unescaped (gold form)."""
    return f"/{page}?action=AttachFile&do=get&target={target}"


def right(inner: str) -> Raw:
    return Raw(f'<div class="right"><p class="line862">{inner}</div>')


def dateline(label: str, value: str) -> Raw:
    return Raw(f'<p class="line874"><em>{esc(label)} {esc(value)}</em>')


# --- the stories -----------------------------------------------------------------------------

T = "TinTuc/"
B = "ThongBao/"

A1 = T + "2026-10-09_DaiHoiLienDoi"
A2 = T + "2026-10-16_HoiThaoChuyenDeToan"
A3 = T + "2026-10-20_NgayPhuNuVietNam"
A4 = T + "2026-10-28_NgoaiKhoaPhongChayChuaChay"
A5 = T + "2026-11-06_ThiKhoaHocKyThuat"
A6 = T + "2026-11-12_SinhHoatChuyenMonNguVan"
A7 = T + "2026-11-20_NgayNhaGiaoVietNam"
A8 = T + "2026-11-26_GiaiBongDaHocSinh"
A9 = T + "2026-12-01_HoiThiTinHocTre"
A10 = T + "2026-12-04_TapHuanChuyenDoiSo"
B1 = B + "2026-11-02_LichKiemTraGiuaKyI"
B2 = B + "2026-11-30_HoiNghiChaMeHocSinh"
B3 = B + "2026-12-02_TuyenChonDoiTuyenHSG9"

STORIES: list[Story] = [
    Story(
        1, A1, "Đại hội Liên đội nhiệm kỳ 2026 – 2027", "TinTuc", "2026-10-09T16:20:00+07:00",
        [
            dateline("Ngày đăng:", "2026-10-09 16:20:00"),
            P("Chiều 08/10/2026, Liên đội THCS Trần Hưng Đạo tổ chức thành công Đại hội Liên đội "
              "nhiệm kỳ 2026 – 2027 với sự tham dự của 120 đại biểu là chỉ huy chi đội và đội viên "
              "tiêu biểu.", "lead"),
            P("Đại hội đã tổng kết công tác Đội năm học 2025 – 2026. Liên đội tiếp tục giữ vững danh "
              "hiệu Liên đội vững mạnh xuất sắc cấp thành phố, phong trào Kế hoạch nhỏ thu được hơn "
              "2,4 tấn giấy vụn."),
            Img(att(A1, "daihoi1.jpg"), "Các đại biểu biểu quyết thông qua nghị quyết Đại hội",
                "Các đại biểu biểu quyết thông qua nghị quyết Đại hội", "br"),
            P("Đại hội đã bầu Ban Chỉ huy Liên đội gồm 11 đồng chí. Em Nguyễn Minh Châu, lớp 9A1, "
              "được tín nhiệm bầu làm Liên đội trưởng."),
            P("Phát biểu chỉ đạo, cô Hiệu trưởng đề nghị Ban Chỉ huy mới phát huy vai trò tự quản, "
              "tổ chức nhiều sân chơi bổ ích cho đội viên."),
            right("<em>Tin, ảnh: Nguyễn Thu Trang</em>"),
        ],
        authors=["Nguyễn Thu Trang"], photographers=["Nguyễn Thu Trang"],
        summary="Chiều 08/10/2026, Liên đội THCS Trần Hưng Đạo tổ chức thành công Đại hội Liên đội "
        "nhiệm kỳ 2026 – 2027 với sự tham dự của 120 đại biểu là chỉ huy chi đội và đội viên tiêu biểu.",
        opts={"edited": "2026-10-09 16:31:02"},
    ),
    Story(
        2, A2, "Hội thảo chuyên đề Toán 8: Dạy học theo dự án", "TinTuc", "2026-10-16",
        [
            Raw('<p class="line874"><em>Thứ Sáu, 16/10/2026</em>'),
            P("Nhằm đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018, tổ Toán – "
              "Tin tổ chức hội thảo chuyên đề “Dạy học theo dự án trong môn Toán 8”."),
            Img(att(A2, "hoithao_toan_1.jpg"), None, None, "none"),
            P("Tiết dạy minh họa do cô Đặng Thị Lan thực hiện tại lớp 8A3 với dự án “Thiết kế hộp "
              "quà từ hình chóp tứ giác đều”. Các nhóm học sinh trình bày sản phẩm và cách tính diện "
              "tích xung quanh, thể tích của hộp."),
            P("Quy trình dự án gồm ba bước:"),
            P("Bước 1: Giao nhiệm vụ và lập kế hoạch theo nhóm.", "li"),
            P("Bước 2: Thực hiện sản phẩm, ghi nhật ký dự án.", "li"),
            P("Bước 3: Báo cáo, đánh giá chéo giữa các nhóm.", "li"),
            Img(att(A2, "hoithao_toan_2.jpg"), "Học sinh lớp 8A3 giới thiệu sản phẩm hộp quà",
                "Học sinh lớp 8A3 giới thiệu sản phẩm hộp quà", "table"),
            P("Giáo án và phiếu học tập của tiết dạy được đăng tại trang TaiLieuToan8 để các thầy cô "
              "tham khảo.", "link=TaiLieuToan8"),
            right("ThS. Phạm Thu Hà – Tổ trưởng tổ Toán – Tin"),
        ],
        authors=["Phạm Thu Hà"],
        opts={"edited": "2026-10-17 07:12:40"},
    ),
    Story(
        3, A3, "Kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026)",
        "TinTuc", "2026-10-20T19:45:12+07:00",
        [
            P("Sáng 20/10/2026, Công đoàn trường tổ chức buổi gặp mặt 42 cô giáo và nữ nhân viên nhân "
              "kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam."),
            Img(att(A3, "2010_gapmat.jpg"), "(Ban giám hiệu tặng hoa các cô giáo)",
                "Ban giám hiệu tặng hoa các cô giáo", "br"),
            P("Đồng chí Chủ tịch Công đoàn ôn lại truyền thống vẻ vang của phụ nữ Việt Nam và biểu "
              "dương 8 cô giáo đạt danh hiệu “Giỏi việc trường, đảm việc nhà”."),
            P("Các lớp cũng tổ chức chương trình văn nghệ, viết thiệp tri ân gửi các cô giáo."),
            Raw('<p class="line862">-- <a class="nonexistent" href="/ThayHung">ThayHung</a> '
                '2026-10-20 19:45:12 <span class="anchor" id="line-40"></span>'),
        ],
        opts={"edited": "2026-10-20 19:45:12"},
    ),
    Story(
        4, A4, "Ngoại khóa phòng cháy, chữa cháy và cứu nạn, cứu hộ năm học 2026 – 2027", "TinTuc",
        "2026-10-28",
        [
            dateline("Ngày đăng:", "2026-10-28 00:00:00"),
            P("Thực hiện kế hoạch của Phòng GD&ĐT, nhà trường phối hợp với Đội Cảnh sát PCCC và CNCH "
              "Công an huyện Đông Anh tổ chức buổi ngoại khóa cho toàn thể học sinh khối 6 và khối 7.",
              "cmt=/* GV Hùng: bổ sung số liệu học sinh tham gia */"),
            P("Các chiến sĩ hướng dẫn học sinh cách sử dụng bình chữa cháy xách tay, kỹ năng thoát "
              "nạn khi có khói và cách gọi số điện thoại 114."),
            Img(att(A4, "pccc_1.jpg"), "Ảnh: Đỗ Minh Khôi", None, "br"),
            P("“Phòng cháy hơn chữa cháy – an toàn là trên hết”", "ind"),
            P("Buổi ngoại khóa giúp học sinh nâng cao ý thức phòng ngừa cháy nổ tại gia đình và "
              "trường học."),
            right("<strong>Tổ Văn phòng</strong>"),
        ],
        authors=["Tổ Văn phòng"], photographers=["Đỗ Minh Khôi"],
        opts={"edited": "2026-10-29 08:03:51"},
    ),
    Story(
        5, A5, "Học sinh đạt giải Nhì cuộc thi Khoa học kỹ thuật cấp huyện", "TinTuc",
        "2026-11-06T10:05:00+07:00",
        [
            dateline("Ngày đăng:", "2026-11-06 10:05:00"),
            P("Tại cuộc thi Khoa học kỹ thuật dành cho học sinh trung học cấp huyện năm học 2026 – "
              "2027, dự án “Hệ thống tưới cây tự động dùng cảm biến độ ẩm” của hai em Lê Hoàng Nam "
              "và Trịnh Mai Anh (lớp 9A2) đạt giải Nhì."),
            Img(att(A5, "khkt_duan.jpg"), "Hai em Nam và Mai Anh trình bày dự án trước Ban giám khảo",
                "Hai em Nam và Mai Anh trình bày dự án trước Ban giám khảo", "table"),
            P("Kết quả của trường tại cuộc thi:"),
            P("Dự án | Lĩnh vực | Giải", "trh"),
            P("Hệ thống tưới cây tự động | Kỹ thuật cơ khí | Nhì", "tr"),
            P("Chế phẩm khử mùi từ vỏ bưởi | Hóa học | Khuyến khích", "tr"),
            P("Dự án đạt giải Nhì sẽ tiếp tục được hoàn thiện để tham dự vòng thi cấp thành phố."),
            Raw(f'<p class="line874"><img alt="[attachment]" src="{ST}/thd/img/attach.png" height="16" '
                f'width="16"> Danh sách giải: <a class="attachment" href="/{esc(A5)}?action=AttachFile'
                '&amp;do=view&amp;target=KetQuaKHKT2026.pdf" title="attachment:KetQuaKHKT2026.pdf">'
                'KetQuaKHKT2026.pdf</a>'),
            Raw('<p class="line874"><em>Nguồn: Phòng GD&amp;ĐT huyện Đông Anh</em>'),
        ],
        source="Phòng GD&ĐT huyện Đông Anh",
        opts={"edited": "2026-11-06 10:11:28"},
    ),
    Story(
        6, A6, "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn 7", "TinTuc",
        "2026-11-12T15:40:00+07:00",
        [
            dateline("Ngày đăng:", "2026-11-12 15:40:00"),
            P("Chiều 11/11/2026, tổ Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học "
              "với bài “Bầy chim chìa vôi” (Ngữ văn 7, bộ Kết nối tri thức)."),
            P("Mục tiêu của buổi sinh hoạt", "h2"),
            P("Giáo viên tập trung quan sát việc học của học sinh, không đánh giá giờ dạy của đồng "
              "nghiệp.", "brnext"),
            P("Mỗi thành viên ghi lại thời điểm học sinh gặp khó khăn và nguyên nhân."),
            P("Kết quả", "h2"),
            P("Qua thảo luận, tổ thống nhất điều chỉnh câu hỏi phần đọc hiểu theo hướng mở, tăng thời "
              "gian cho hoạt động nhóm đôi."),
            Img(att(A6, "shcm_van7.jpg"), "Giáo viên tổ Ngữ văn dự giờ lớp 7A4",
                "Giáo viên tổ Ngữ văn dự giờ lớp 7A4", "br"),
            right("<strong>Tổ Ngữ văn</strong>"),
        ],
        authors=["Tổ Ngữ văn"],
        opts={"edited": "2026-11-12 15:52:09"},
    ),
    Story(
        7, A7, "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026", "TinTuc",
        "2026-11-21T16:05:00+07:00",
        [
            dateline("Đăng lúc:", "2026-11-21 16:05:00"),
            P("Sáng 20/11/2026, Trường THCS Trần Hưng Đạo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
              "Nhà giáo Việt Nam với sự tham dự của đại diện Đảng ủy, UBND xã và Ban đại diện cha mẹ "
              "học sinh."),
            Img(att(A7, "2011_lekyniem.jpg"), "Tiết mục văn nghệ chào mừng của học sinh khối 9",
                "Tiết mục văn nghệ chào mừng của học sinh khối 9", "sep"),
            P("Năm học 2025 – 2026, nhà trường có 6 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
              "huyện, 42 học sinh đạt giải học sinh giỏi các cấp."),
            P("Dịp này, 3 thầy cô được nhận Kỷ niệm chương “Vì sự nghiệp giáo dục”."),
            P("Buổi lễ khép lại bằng chương trình văn nghệ do học sinh các lớp biểu diễn."),
            right("<em>Tin: Nguyễn Thu Trang - Ảnh: Lê Văn Toàn</em>"),
        ],
        authors=["Nguyễn Thu Trang"], photographers=["Lê Văn Toàn"],
        opts={
            "edited": "2026-11-22 06:48:30",
            "rev1": ("2026-11-21 16:05:00", "Lễ kỷ niệm 43 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026"),
        },
    ),
    Story(
        8, A8, "Bế mạc Giải bóng đá học sinh năm 2026", "TinTuc", "2026-11-26T17:30:00+07:00",
        [
            dateline("Ngày đăng:", "2026-11-26 17:30:00"),
            P("Sau hai tuần thi đấu sôi nổi, chiều 26/11/2026 Giải bóng đá học sinh THCS Trần Hưng Đạo "
              "năm 2026 đã bế mạc. Giải có 16 đội bóng nam và 8 đội bóng nữ tham gia."),
            P("Kết quả chung cuộc:"),
            P("Nội dung | Vô địch | Á quân | Giải Ba", "trh"),
            P("Bóng đá nam | 9A1 | 8A2 | 7A3", "tr"),
            P("Bóng đá nữ | 8A4 | 9A3 | 6A1", "tr"),
            Img(att(A8, "bongda_2026.jpg"), "Đội 9A1 nhận cúp vô địch nội dung bóng đá nam",
                "Đội 9A1 nhận cúp vô địch nội dung bóng đá nam", "br"),
            P("Ban tổ chức cũng trao giải Vua phá lưới cho em Hoàng Văn Đức (9A1) với 7 bàn thắng."),
            right("<em>Tin: Trần Quốc Bảo (GV Thể dục)</em>"),
        ],
        authors=["Trần Quốc Bảo"],
        opts={"edited": "2026-11-26 17:41:55"},
    ),
    Story(
        9, A9, "Ba học sinh đoạt giải Hội thi Tin học trẻ cấp huyện năm 2026", "TinTuc",
        "2026-12-01T08:45:00+07:00",
        [
            dateline("Ngày đăng:", "2026-12-01 08:45:00"),
            P("Tại Hội thi Tin học trẻ huyện Đông Anh năm 2026, đội tuyển của trường giành 1 giải Nhất "
              "và 2 giải Ba, xếp thứ hai toàn đoàn khối THCS.", "lead"),
            Raw("TOC"),
            P("Phần thi lập trình", "h2"),
            P("Em Phan Gia Huy (lớp 9A1) giành giải Nhất với bài toán tìm đường đi ngắn nhất trên lưới, "
              "hoàn thành trọn vẹn 5/5 bài trong 150 phút."),
            P("Phần thi sản phẩm sáng tạo", "h2"),
            P("Sản phẩm “Sổ tay điện tử lớp học” của nhóm em Lưu Khánh Linh và Bùi Nhật Minh (lớp 8A1) "
              "đạt giải Ba."),
            Img(att(A9, "tinhoctre_2026.jpg"), "Các em học sinh đoạt giải cùng thầy Vũ Đức Anh",
                "Các em học sinh đoạt giải cùng thầy Vũ Đức Anh", "br"),
            P("Định hướng năm tới", "h2"),
            P("Nhà trường sẽ thành lập câu lạc bộ lập trình từ khối 6 để phát hiện và bồi dưỡng học "
              "sinh có năng khiếu Tin học."),
            right("<em>Người viết: Vũ Đức Anh, giáo viên Tin học</em>"),
        ],
        authors=["Vũ Đức Anh"],
        summary="Tại Hội thi Tin học trẻ huyện Đông Anh năm 2026, đội tuyển của trường giành 1 giải "
        "Nhất và 2 giải Ba, xếp thứ hai toàn đoàn khối THCS.",
        opts={"edited": "2026-12-02 20:15:33"},
    ),
    Story(
        10, A10, "Tập huấn chuyển đổi số: sử dụng học bạ số và sổ điểm điện tử", "TinTuc",
        "2026-12-04T09:15:00+07:00",
        [
            dateline("Ngày đăng:", "2026-12-04 09:15:00"),
            P("Ngày 03/12/2026, nhà trường tổ chức buổi tập huấn về học bạ số và sổ điểm điện tử cho "
              "toàn bộ 58 cán bộ, giáo viên."),
            P("Thầy Nguyễn Mạnh Hùng, giáo viên Tin học, hướng dẫn cách nhập điểm, ký số học bạ và "
              "tra cứu kết quả học tập trên phần mềm quản lý nhà trường."),
            Img(att(A10, "taphuan_cds_1.jpg"), "Giáo viên thực hành ký số học bạ trên máy tính",
                "Giáo viên thực hành ký số học bạ trên máy tính", "br"),
            P("Từ học kỳ I năm học 2026 – 2027, 100% giáo viên nhập điểm trên sổ điểm điện tử, học bạ "
              "giấy chỉ lưu trữ đối với các khóa cũ."),
            Img(att(A10, "taphuan_cds_2.jpg"), None, None, "none"),
            Raw(f'<p class="line874">Xem thêm: <a href="/{A2}">Hội thảo chuyên đề Toán 8</a>'),
            right("<em>Tin, ảnh: Nguyễn Thu Trang</em>"),
        ],
        authors=["Nguyễn Thu Trang"], photographers=["Nguyễn Thu Trang"],
        opts={
            "edited": "2026-12-05 07:02:10",
            "rev1": ("2026-12-04 09:15:00", None),
        },
    ),
    Story(
        11, B1, "Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 – 2027", "ThongBao", "2026-11-02",
        [
            Raw('<p class="line874"><em>Ngày 02/11/2026</em>'),
            P("Nhà trường thông báo lịch kiểm tra giữa học kỳ I các môn kiểm tra tập trung như sau:"),
            P("Ngày | Buổi | Môn | Thời gian", "trh"),
            P("09/11/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("09/11/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("10/11/2026 | Sáng | Toán | 90 phút", "tr"),
            P("Học sinh có mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học sinh."),
            right("<strong>Ban Giám hiệu</strong>"),
        ],
        authors=["Ban Giám hiệu"],
        opts={"edited": "2026-11-02 10:20:00"},
    ),
    Story(
        12, B2, "Thông báo về việc tổ chức Hội nghị cha mẹ học sinh cuối học kỳ I", "ThongBao",
        "2026-11-30",
        [
            Raw("LETTERHEAD"),
            P("Căn cứ kế hoạch năm học 2026 – 2027, Trường THCS Trần Hưng Đạo thông báo tổ chức Hội nghị "
              "cha mẹ học sinh cuối học kỳ I như sau:"),
            P("1. Thời gian: 7 giờ 30 phút, Chủ nhật ngày 20/12/2026.", "ind"),
            P("2. Địa điểm: tại các phòng học của lớp.", "ind"),
            P("3. Nội dung: thông báo kết quả học tập, rèn luyện học kỳ I và trao đổi kế hoạch học kỳ II.",
              "ind"),
            P("Đề nghị giáo viên chủ nhiệm gửi giấy mời tới cha mẹ học sinh trước ngày 15/12/2026."),
            Raw("CLOSING"),
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={"edited": "2026-12-01 07:30:14"},
    ),
    Story(
        13, B3, "Thông báo tuyển chọn học sinh vào đội tuyển học sinh giỏi lớp 9", "ThongBao",
        "2026-12-02T11:00:00+07:00",
        [
            dateline("Ngày đăng:", "2026-12-02 11:00:00"),
            P("Nhà trường tổ chức thi tuyển chọn học sinh lớp 9 vào đội tuyển học sinh giỏi cấp huyện "
              "năm học 2026 – 2027 ở các môn Toán, Ngữ văn, Tiếng Anh, Vật lý và Hóa học."),
            P("Thời gian thi: 14 giờ ngày 12/12/2026.", "oli"),
            P("Mỗi học sinh đăng ký tối đa hai môn.", "oli"),
            P("👉 Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 10/12/2026."),
        ],
        opts={"edited": "2026-12-02 11:04:45"},
    ),
]

BY_PATH = {"/" + s.slug: s for s in STORIES}
NEWS = [s for s in STORIES if s.cat == "TinTuc"]
NEWS_DESC = sorted(NEWS, key=lambda s: s.slug, reverse=True)
NOTICES = [s for s in STORIES if s.cat == "ThongBao"]

LETTERHEAD = """<div><table style="width:100%"><tbody><tr>  <td style="text-align: center"><p class="line862">UBND HUYỆN ĐÔNG ANH<br>
<strong>TRƯỜNG THCS TRẦN HƯNG ĐẠO</strong></td>
  <td style="text-align: center"><p class="line862"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>
<strong>Độc lập - Tự do - Hạnh phúc</strong></td>
</tr>
<span class="anchor" id="line-4"></span><tr>  <td style="text-align: center"><p class="line862">Số: 112/TB-THCSTHĐ</td>
  <td style="text-align: center"><p class="line862"><em>Đông Anh, ngày 30 tháng 11 năm 2026</em></td>
</tr>
</tbody></table></div><span class="anchor" id="line-5"></span><p class="line867">
<h2 id="TH.2BANQ-NG_B.2BAME-O">THÔNG BÁO</h2>
<span class="anchor" id="line-6"></span><p class="line874"><strong>Về việc tổ chức Hội nghị cha mẹ học sinh cuối học kỳ I</strong> <span class="anchor" id="line-7"></span>"""

CLOSING = """<div><table style="width:100%"><tbody><tr>  <td style="width: 50%"><p class="line862"><em><strong>Nơi nhận:</strong></em><br>
- GVCN các lớp;<br>
- Ban đại diện CMHS;<br>
- Lưu: VT.</td>
  <td style="text-align: center"><p class="line862"><strong>HIỆU TRƯỞNG</strong><br>
<em>(Đã ký)</em><br>
<strong>Nguyễn Văn Thắng</strong></td>
</tr>
</tbody></table></div>"""


# --- Moin's HTML formatter -------------------------------------------------------------------


def anchor_id(text: str) -> str:
    """Moin 1.9's heading id: utf-7, url-quoted, '%' -> '.', '+' -> '_'."""
    return quote_plus(text.encode("utf-7"), safe=":").replace("%", ".").replace("+", "_")


class _Fmt:
    """Renders blocks the way Moin's text_html formatter does, counting source lines."""

    def __init__(self, start: int = 1):
        self.n = start

    def a(self) -> str:
        self.n += 1
        return f'<span class="anchor" id="line-{self.n}"></span>'

    def inline(self, p: P) -> str:
        out = []
        for chunk in re.split(r"(?<=[.,:;]) (?=\S)", p.text):
            s = esc(chunk)
            for tok in p.style.split(","):
                if tok.startswith("link="):
                    word = tok[5:]
                    s = s.replace(word, f'<a class="nonexistent" href="/{word}">{word}</a>')
            out.append(s)
        # a long source paragraph was typed over several lines: an anchor at each line start
        lines, cur = [], ""
        for s in out:
            cur = f"{cur} {s}" if cur else s
            if len(cur) > 70:
                lines.append(cur)
                cur = ""
        if cur:
            lines.append(cur)
        return "".join(f"{line} {self.a()}" for line in lines)

    def blocks(self, story: Story, *, images: bool = True) -> str:
        out: list[str] = []
        items = story.blocks
        i = 0
        while i < len(items):
            b = items[i]
            if isinstance(b, Raw):
                if b.html == "TOC":
                    heads = [x for x in items if isinstance(x, P) and x.style == "h2"]
                    lis = "".join(f'<li><a href="#{anchor_id(h.text)}">{esc(h.text)}</a></li>' for h in heads)
                    out.append(f'{self.a()}<div class="table-of-contents"><p class="table-of-contents-heading">'
                               f"Mục lục</p><ol>{lis}</ol></div>")
                elif b.html == "LETTERHEAD":
                    out.append(self.a() + LETTERHEAD)
                    self.n = max(self.n, 7)  # the letterhead's own source lines
                elif b.html == "CLOSING":
                    out.append(self.a() + CLOSING)
                else:
                    out.append(self.a() + b.html)
                i += 1
                continue
            if isinstance(b, Img):
                if images:
                    out.append(self.image(b))
                i += 1
                continue
            st = b.style.split(",")[0]
            if st in ("li", "oli", "ind"):
                tag = {"li": "ul", "oli": "ol", "ind": "ul"}[st]
                lis = []
                while i < len(items) and isinstance(items[i], P) and items[i].style == b.style:
                    style = ' style="list-style-type:none"' if st == "ind" else ""
                    lis.append(f'<li{style}><p class="line862">{self.inline(items[i])}</li>')
                    i += 1
                out.append(f"<{tag}>" + "".join(lis) + f"</{tag}>")
                continue
            if st in ("tr", "trh"):
                rows = []
                while i < len(items) and isinstance(items[i], P) and items[i].style in ("tr", "trh"):
                    cells = items[i].text.split(" | ")
                    if items[i].style == "trh":
                        cells = [f"<strong>{esc(c)}</strong>" for c in cells]
                    else:
                        cells = [esc(c) for c in cells]
                    tds = "".join(f'  <td><p class="line891">{c}</td>\n' for c in cells)
                    rows.append(f"{self.a()}<tr>{tds}</tr>\n")
                    i += 1
                out.append('<div><table><tbody>' + "".join(rows) + "</tbody></table></div>")
                continue
            if st in ("h2", "h3"):
                out.append(f'{self.a()}<p class="line867">\n<{st} id="{anchor_id(b.text)}">{esc(b.text)}</{st}>')
                i += 1
                continue
            if st == "brnext":
                pre = self.a()
                first = self.inline(b)
                out.append(f'{pre}<p class="line874">{first}<br>\n{self.inline(items[i + 1])}')
                i += 2
                continue
            pre = self.a()
            body = f"<strong>{esc(b.text)}</strong> {self.a()}" if st == "lead" else self.inline(b)
            for tok in b.style.split(","):
                if tok.startswith("cmt="):
                    body += f' <span class="comment" style="display:none">{esc(tok[4:])}</span>'
            out.append(f'{pre}<p class="line874">{body}')
            i += 1
        return "\n".join(out)

    def image(self, img: Img) -> str:
        target = img.src.split("target=")[1]
        alt = target
        tag = (f'<img alt="{esc(alt)}" class="attachment" src="{esc(img.src)}" title="{esc(alt)}" '
               'width="480">')
        if img.style == "none":
            return f'{self.a()}<p class="line874">{tag} {self.a()}'
        if img.style == "br":
            return f'{self.a()}<p class="line874">{tag}<br>\n<em>{esc(img.printed or "")}</em> {self.a()}'
        if img.style == "sep":
            return (f'{self.a()}<p class="line874">{tag} {self.a()}\n'
                    f'{self.a()}<p class="line874"><em>{esc(img.printed or "")}</em> {self.a()}')
        # table: picture row, caption row
        return (f'{self.a()}<div><table style="width:100%;border:0"><tbody><tr>  '
                f'<td style="text-align: center"><p class="line891">{tag}</td>\n</tr>\n'
                f'{self.a()}<tr>  <td style="text-align: center; font-size: 90%"><p class="line891">'
                f'<em>{esc(img.printed or "")}</em></td>\n</tr>\n</tbody></table></div>')


def content_html(story: Story, *, title: str | None = None, images: bool = True, upto: int | None = None) -> str:
    fmt = _Fmt()
    head = (f'<span class="anchor" id="line-1"></span><p class="line867">\n'
            f'<h1 id="{anchor_id(title or story.title)}">{esc(title or story.title)}</h1>\n')
    if upto is not None:
        story = Story(story.id, story.slug, story.title, story.cat, story.published_at, story.blocks[:upto])
    return head + fmt.blocks(story, images=images) + "\n"


def wiki_source(story: Story) -> str:
    """The page's wiki markup, roughly as the teacher typed it (``?action=raw``)."""
    lines = [f"= {story.title} ="]
    for b in story.blocks:
        if isinstance(b, Img):
            target = b.src.split("target=")[1]
            line = "{{attachment:" + target + "||width=480}}"
            if b.printed:
                line += f"<<BR>>''{b.printed}''"
            lines.append(line)
        elif isinstance(b, Raw):
            if b.html == "TOC":
                lines.append("<<TableOfContents>>")
            else:
                lines.append(re.sub(r"<[^>]+>", "", b.html.replace("&amp;", "&")).strip())
        else:
            st = b.style.split(",")[0]
            t = b.text
            lines.append({"lead": f"'''{t}'''", "h2": f"== {t} ==", "li": f" * {t}", "oli": f" 1. {t}",
                          "ind": f" {t}", "tr": "||" + t.replace(" | ", "||") + "||",
                          "trh": "||'''" + t.replace(" | ", "'''||'''") + "'''||"}.get(st, t))
        lines.append("")
    lines.append("----")
    lines.append("Quay lại: [[TinTuc|Tin tức]] | [[TrangChu|Trang chủ]]")
    return "\n".join(lines) + "\n"


# --- page chrome -----------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/TrangChu", []),
    ("Giới thiệu", "/GioiThieu", [("Giới thiệu chung", "/GioiThieu"), ("Liên hệ", "/GioiThieu/LienHe")]),
    ("Tin tức", "/TinTuc", [("Tin tức – Sự kiện", "/TinTuc"), ("Thông báo", "/ThongBao")]),
    ("Tư liệu", "#", [("Văn bản", "/VanBan/KeHoachNamHoc2026_2027"), ("Thư viện ảnh", "/ThuVienAnh/KhaiGiang2026")]),
]


def _navibar(current: str) -> str:
    out = ['<ul id="navibar">']
    for label, href, subs in MENU:
        cls = "current" if href == "/" + current else "wikilink"
        sub = ""
        if subs:
            sub = '<ul class="menucon">' + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in subs) + "</ul>"
        out.append(f'<li class="{cls}"><a href="{href}">{esc(label)}</a>{sub}</li>')
    if "/" + current not in [m[1] for m in MENU]:
        # Moin adds the page being shown as the last navibar item, named by its last path part
        out.append(f'<li class="current"><a href="/{quote(current)}">{esc(current.split("/")[-1])}</a></li>')
    out.append("</ul>")
    return "".join(out)


def _sidebar() -> str:
    newest = "".join(f'<li><a href="/{s.slug}">{esc(s.slug)}</a></li>' for s in NEWS_DESC[:3])
    return f"""<div id="sidebar"><div class="sidepanel">
<h3 id="Tin_m.2BHms-i">Tin mới</h3><ul>{newest}</ul>
<h3 id="Th.2BAPQ-ng_b.2BAOE-o">Thông báo</h3><ul><li><a href="/{B3}">{esc(B3)}</a></li></ul>
<h3>Liên kết</h3><ul>
<li><a class="https" href="https://www.facebook.com/thcstranhungdao.donganh">Facebook nhà trường</a></li>
<li><a class="http" href="http://pgddonganh.edu.vn/">Phòng GD&amp;ĐT Đông Anh</a></li>
<li><a class="https" href="https://hanoi.edu.vn/">Sở GD&amp;ĐT Hà Nội</a></li></ul>
<h3>Thăm dò ý kiến</h3><p class="line874">Bạn thấy trang web của trường thế nào?<br>
Rất hữu ích: 64% — Bình thường: 29% — Chưa tốt: 7%
<h3>Thống kê truy cập</h3><p class="line874">Đang online: 4<br>
Hôm nay: 213<br>
Tổng truy cập: 186.540
</div></div>"""


def page_html(name: str, content: str, *, edited: str | None = None, robots: str = "index,follow",
              print_mode: bool = False, editbar: bool | None = None, title: str | None = None) -> str:
    head_title = esc(title or name)
    qname = quote(name)
    head = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html;charset=utf-8">
<meta name="robots" content="{robots}">
<title>{head_title} - {SITE}</title>
<script type="text/javascript" src="{ST}/common/js/common.js"></script>
<link rel="stylesheet" type="text/css" charset="utf-8" media="all" href="{ST}/thd/css/common.css">
<link rel="stylesheet" type="text/css" charset="utf-8" media="screen" href="{ST}/thd/css/screen.css">
<link rel="stylesheet" type="text/css" charset="utf-8" media="print" href="{ST}/thd/css/print.css">
<link rel="Start" href="/TrangChu">
<link rel="Alternate" title="Wiki Markup" href="/{qname}?action=raw">
<link rel="Alternate" media="print" title="Print View" href="/{qname}?action=print">
<link rel="shortcut icon" href="{ST}/thd/img/favicon.ico">
</head>
"""
    info = ""
    if edited:
        info = (f'<p id="pageinfo" class="info" lang="vi" dir="ltr">{esc(name)}  (sửa lần cuối {edited} '
                f'bởi <span title="ThayHung @ 113.190.42.17[113.190.42.17]">ThayHung</span>)</p>\n')
    if print_mode:
        return head + f"""<body lang="vi" dir="ltr">
<div id="page" lang="vi" dir="ltr">
<div dir="ltr" id="content" lang="vi"><span class="anchor" id="top"></span>
{content}<span class="anchor" id="bottom"></span></div>{info}
</div>
</body>
</html>
"""
    parts = name.split("/")
    crumbs = "".join(
        # a parent that is no page of its own (VanBan, ThuVienAnh) prints as text
        (f'<span class="pagepath"><a href="/{quote("/".join(parts[: k + 1]))}">{esc(parts[k])}</a></span>'
         if "/".join(parts[: k + 1]) in PAGES else f'<span class="pagepath">{esc(parts[k])}</span>')
        + '<span class="sep">/</span>'
        for k in range(len(parts) - 1)
    )
    bar = ""
    if editbar is None:
        # the teacher's theme shows the edit bar on news and notice pages only (and their info)
        editbar = name.startswith(("TinTuc/", "ThongBao/"))
    if editbar:
        bar = f"""<ul class="editbar"><li><span class="disabled">Trang không sửa được</span></li><li><a class="nbinfo" href="/{qname}?action=info" rel="nofollow">Thông tin</a></li><li>
<form class="actionsmenu" method="GET" action="/{qname}">
<div>
    <label>Thao tác khác:</label>
    <select name="action" onchange="if ((this.selectedIndex != 0) &&
                      (this.options[this.selectedIndex].disabled == false)) {{
                this.form.submit();
            }}
            this.selectedIndex = 0;">
    <option value="raw">Văn bản thô</option>
    <option value="print">Bản in</option>
    <option value="refresh">Xóa bộ nhớ đệm</option>
</select>
    <input type="submit" value="Làm">
</div>
</form>
</li></ul>
"""
    return head + f"""<body lang="vi" dir="ltr">
<div id="header">
<div id="ngayhientai">{TODAY_HDR}</div>
<form id="searchform" method="get" action="/{qname}">
<div>
<input type="hidden" name="action" value="fullsearch">
<input type="hidden" name="context" value="180">
<label for="searchinput">Tìm kiếm:</label>
<input id="searchinput" type="text" name="value" value="" size="20">
<input id="titlesearch" name="titlesearch" type="submit" value="Tiêu đề">
<input id="fullsearch" name="fullsearch" type="submit" value="Nội dung">
</div>
</form>
<div id="logo"><a href="/TrangChu"><img src="{ST}/thd/img/logo_thd.png" alt="Logo THCS Trần Hưng Đạo"></a>
<span class="tentruong">TRƯỜNG THCS TRẦN HƯNG ĐẠO<br>Huyện Đông Anh – Hà Nội</span></div>
<h1 id="locationline">
<span id="pagelocation">{crumbs}<span class="pagename">{esc(parts[-1])}</span></span>
</h1>
{_navibar(name)}
<div id="pageline"><hr style="display:none;"></div>
{bar}</div>
<div id="thanhben">{_sidebar()}</div>
<div id="page" lang="vi" dir="ltr">
<div dir="ltr" id="content" lang="vi"><span class="anchor" id="top"></span>
{content}<span class="anchor" id="bottom"></span></div>
{info}<div id="pagebottom"></div>
</div>
<div id="footer">
<p class="diachi"><strong>TRƯỜNG THCS TRẦN HƯNG ĐẠO</strong> – Xã Uy Nỗ, huyện Đông Anh, TP Hà Nội<br>
Điện thoại: 024 3883 1234 – Email: c2tranhungdao.donganh@hanoi.edu.vn<br>
© 2012 – 2026 Trường THCS Trần Hưng Đạo. Quản trị: tổ Toán – Tin.</p>
<ul id="credits">
<li><a href="http://moinmo.in/" title="This site uses the MoinMoin Wiki software.">MoinMoin Powered</a></li>
<li><a href="http://moinmo.in/Python" title="MoinMoin is written in Python.">Python Powered</a></li>
<li><a href="http://moinmo.in/GPL" title="MoinMoin is GPL licensed.">GPL licensed</a></li>
<li><a href="http://validator.w3.org/check?uri=referer" title="Click here to validate this page.">Valid HTML 4.01</a></li>
</ul>
</div>
</body>
</html>
"""


def article_tail() -> str:
    return ('<span class="anchor" id="line-90"></span><div><hr></div>\n'
            '<span class="anchor" id="line-91"></span><p class="line874">Quay lại: <a href="/TinTuc">Tin tức</a>'
            ' | <a href="/TrangChu">Trang chủ</a> <span class="anchor" id="line-92"></span>\n')


def article_content(story: Story, **kw) -> str:
    return content_html(story, **kw) + article_tail()


# --- other pages -----------------------------------------------------------------------------


def _p(text: str) -> str:
    return f'<span class="anchor" id="line-2"></span><p class="line874">{text}\n'


def front_content() -> str:
    parts = [
        '<span class="anchor" id="line-1"></span><p class="line867">\n<h1 id="Trang_ch.2BHqc-">'
        "Trường THCS Trần Hưng Đạo – Đông Anh</h1>\n",
        _p("Chào mừng quý thầy cô, cha mẹ học sinh và các em học sinh đến với trang thông tin của "
           'trường. Xem <a href="/GioiThieu">Giới thiệu</a> và <a href="/ThongBao">Thông báo</a> mới nhất.'),
        '<p class="line867">\n<h2 id="Tin_m.2BHms-i_nh.2BGqU-t">Tin mới nhất</h2>\n',
    ]
    for s in NEWS_DESC[:2]:
        parts.append(f'<span class="anchor" id="Include.{quote(s.slug)}"></span><div class="include">\n'
                     + content_html(s)
                     + f'</div><div class="include-link">[<a href="/{s.slug}">{esc(s.slug)}</a>]</div>\n')
    parts.append(_p('» <a href="/TinTuc">Xem tất cả tin tức</a>'))
    return "".join(parts)


def tintuc_content() -> str:
    lis = "".join(f'<li><a href="/{s.slug}">{esc(s.slug)}</a></li>' for s in NEWS_DESC[:3])
    return (
        '<span class="anchor" id="line-1"></span><p class="line867">\n<h1 id="Tin_t.2BHs8-c">Tin tức</h1>\n'
        + _p("Các tin hoạt động của nhà trường, mới nhất ở trên.")
        + f'<div class="include"><ul>{lis}</ul></div>\n'
        + _p(f'» <a href="{esc(SEARCH)}">Tất cả các tin (tìm theo tiêu đề)</a>')
        + _p('Thầy cô gửi tin theo mẫu <a href="/TinTucTemplate">TinTucTemplate</a>, đặt tên trang '
             "<tt>TinTuc/NĂM-THÁNG-NGÀY_TenTin</tt>.")
    )


def search_content(start: int) -> str:
    asc = sorted(NEWS, key=lambda s: s.slug)
    hits = asc[start:start + PER_PAGE]
    lis = []
    for s in hits:
        size = len(wiki_source(s).encode()) / 1024
        lis.append(f'<li><p class="searchhitinfobar"><a href="/{s.slug}{HL}">{esc(s.slug)}</a></p>\n'
                   f'<p class="searchhitinfobar">{size:.1f} KB - sửa đổi {s.opts["edited"]}</p></li>')
    pages = (len(asc) + PER_PAGE - 1) // PER_PAGE
    pager = []
    if start:
        prev = SEARCH if start == PER_PAGE else f"{SEARCH}&from={start - PER_PAGE}"
        pager.append(f'<a href="{esc(prev)}">« Trước</a>')
    for k in range(pages):
        if k * PER_PAGE == start:
            pager.append(f'<span class="current">{k + 1}</span>')
        else:
            href = f"{SEARCH}&from={k * PER_PAGE}" if k else SEARCH
            pager.append(f'<a href="{esc(href)}">{k + 1}</a>')
    if start + PER_PAGE < len(asc):
        pager.append(f'<a href="{esc(SEARCH)}&amp;from={start + PER_PAGE}">Tiếp »</a>')
    return (f'<div class="searchresults">\n<p class="searchstats">Kết quả {start + 1} - {start + len(hits)} '
            f"của {len(asc)} kết quả trong khoảng 58 trang. (0.03 giây)</p>\n"
            f'<ol start="{start + 1}">' + "".join(lis) + "</ol>\n"
            f'<div class="searchpages">Trang kết quả: {" ".join(pager)}</div>\n</div>\n')


def thongbao_content() -> str:
    lis = "".join(f'<li><a href="/{s.slug}">{esc(s.slug)}</a></li>'
                  for s in sorted(NOTICES, key=lambda s: s.slug, reverse=True))
    return ('<span class="anchor" id="line-1"></span><p class="line867">\n<h1 id="Th.2BAPQ-ng_b.2BAOE-o">'
            "Thông báo</h1>\n" + _p("Các thông báo của nhà trường gửi học sinh và cha mẹ học sinh.")
            + f"<ul>{lis}</ul>\n")


def simple(title: str, paras: list[str]) -> str:
    return (f'<span class="anchor" id="line-1"></span><p class="line867">\n<h1 id="{anchor_id(title)}">'
            f"{esc(title)}</h1>\n" + "".join(_p(x) for x in paras))


OTHER = {
    "GioiThieu": simple("Giới thiệu chung", [
        "Trường THCS Trần Hưng Đạo được thành lập năm 1965, hiện có 28 lớp với 1.126 học sinh và 64 "
        "cán bộ, giáo viên, nhân viên.",
        "Nhà trường đạt chuẩn quốc gia mức độ 2 năm 2022 và nhiều năm liền là tập thể lao động xuất sắc.",
        'Liên hệ: xem trang <a href="/GioiThieu/LienHe">GioiThieu/LienHe</a>.',
    ]),
    "GioiThieu/LienHe": simple("Liên hệ", [
        "Địa chỉ: Xã Uy Nỗ, huyện Đông Anh, TP Hà Nội<br>\nĐiện thoại: 024 3883 1234<br>\n"
        "Email: c2tranhungdao.donganh@hanoi.edu.vn",
        "Quản trị trang: thầy Nguyễn Mạnh Hùng (tổ Toán – Tin).",
    ]),
    "VanBan/KeHoachNamHoc2026_2027": simple("Kế hoạch năm học 2026 – 2027", [
        "Số ký hiệu: 05/KH-THCSTHĐ – Ngày ban hành: 10/09/2026 – Người ký: Nguyễn Văn Thắng",
        f'<img alt="[attachment]" src="{ST}/thd/img/attach.png" height="16" width="16"> <a class="attachment" '
        'href="/VanBan/KeHoachNamHoc2026_2027?action=AttachFile&amp;do=view&amp;target=KeHoach_2026_2027.pdf">'
        "KeHoach_2026_2027.pdf</a>",
    ]),
    "ThuVienAnh/KhaiGiang2026": simple("Thư viện ảnh: Lễ khai giảng năm học 2026 – 2027", [
        "<div><table><tbody>" + "".join(
            f'<tr><td style="text-align: center"><p class="line891"><img alt="kg{k}.jpg" class="attachment" '
            f'src="/ThuVienAnh/KhaiGiang2026?action=AttachFile&amp;do=get&amp;target=kg{k}.jpg" width="240"></td>'
            f'<td><p class="line891"><em>{cap}</em></td></tr>'
            for k, cap in enumerate(["Lễ chào cờ", "Học sinh lớp 6 nhận hoa", "Đánh trống khai trường"], 1)
        ) + "</tbody></table></div>",
    ]),
    "TinTucTemplate": simple("Tiêu đề tin", [
        "<em>Ngày đăng: @DATE@</em>",
        "<strong>Tóm tắt nội dung tin (in đậm, 1 – 2 câu).</strong>",
        "Nội dung tin: thời gian, địa điểm, thành phần tham dự, kết quả.",
        "<em>Chú thích ảnh</em>",
        "<em>Tin, ảnh: Họ tên người viết</em>",
        "@SIG@",
    ]),
}

NONEXISTENT = {"ThayHung", "TaiLieuToan8"}
PAGES = {"TrangChu", "TinTuc", "ThongBao", *OTHER, *(s.slug for s in STORIES)}


def info_content(name: str, story: Story | None) -> str:
    edited = story.opts["edited"] if story else "2026-09-12 10:00:00"
    rows = []
    if story and "rev1" in story.opts:
        rows.append(f'<tr><td>2</td><td>{edited}</td><td>2.4 KB</td><td>ThayHung</td><td>sửa lỗi, thêm ảnh</td>'
                    "<td>(hiện tại)</td></tr>")
        rows.append(f'<tr><td>1</td><td>{story.opts["rev1"][0]}</td><td>2.1 KB</td><td>ThayHung</td><td></td>'
                    f'<td><a href="/{quote(name)}?action=recall&amp;rev=1" rel="nofollow">xem</a></td></tr>')
    else:
        rows.append(f"<tr><td>1</td><td>{edited}</td><td>2.2 KB</td><td>ThayHung</td><td></td><td>(hiện tại)</td></tr>")
    return (f'<h1>Thông tin về trang "{esc(name)}"</h1>\n<h2>Lịch sử sửa đổi</h2>\n'
            '<div><table><tbody><tr><th>#</th><th>Ngày giờ</th><th>Cỡ</th><th>Người sửa</th><th>Ghi chú</th>'
            "<th>Thao tác</th></tr>" + "".join(rows) + "</tbody></table></div>\n")


def attachment_view(name: str, target: str) -> str:
    return (f"<h2>Tệp đính kèm '{esc(target)}'</h2>\n"
            f'<p><a href="/{quote(name)}?action=AttachFile&amp;do=get&amp;target={quote(target)}">Tải về</a></p>\n'
            "<p>Không xác định được kiểu tệp, không thể hiển thị tệp đính kèm này.</p>\n")


class MoinSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect("/TrangChu")
        if path.startswith(ST + "/"):
            return static_file(path)
        name = unquote(path).strip("/")
        params = request.params
        action = params.get("action", "show")
        story = BY_PATH.get("/" + name)
        known = story is not None or name in OTHER or name in ("TrangChu", "TinTuc", "ThongBao")
        if name in NONEXISTENT:
            body = page_html(name, "<p>Trang này chưa tồn tại. Bạn có thể tạo một trang trống mới.</p>",
                             editbar=False, robots="noindex,nofollow")
            return html(body, status=404)
        if not known:
            return None
        if action == "AttachFile":
            target = params.get("target", "")
            if params.get("do") == "get":
                if target.endswith(".pdf"):
                    return Response(200, PDF, {"Content-Type": "application/pdf"})
                return static_file(target)
            if params.get("do") == "view" and target.endswith(".pdf"):
                return html(page_html(name, attachment_view(name, target), robots="noindex,nofollow"))
            return None
        if action == "fullsearch":
            if name == "TinTuc" and params.get("value") == "title:regex:^TinTuc/20":
                start = int(params.get("from", "0") or 0)
                if start in range(0, len(NEWS), PER_PAGE):
                    return html(page_html(name, search_content(start), robots="noindex,nofollow", editbar=False))
                return None
            empty = '<div class="searchresults"><p class="searchstats">Không tìm thấy trang nào.</p></div>'
            return html(page_html(name, empty, robots="noindex,nofollow", editbar=False))
        if action == "info":
            return html(page_html(name, info_content(name, story), robots="noindex,nofollow"))
        if story is not None:
            edited = story.opts["edited"]
            if action == "raw":
                return Response(200, wiki_source(story), {"Content-Type": "text/plain; charset=utf-8"})
            if action == "print":
                return html(page_html(name, article_content(story), edited=edited, print_mode=True,
                                      robots="noindex,nofollow"))
            if action == "recall":
                if params.get("rev") == "1" and "rev1" in story.opts:
                    when, old_title = story.opts["rev1"]
                    note = f'<div id="message"><p><strong>Phiên bản 1 vào lúc {when}</strong></p></div>\n'
                    if old_title:
                        content = article_content(story, title=old_title, upto=len(story.blocks) - 2)
                    else:
                        content = article_content(story, images=False)
                    return html(page_html(name, note + content, edited=edited, robots="noindex,nofollow"))
                if params.get("rev") not in ("1", "2"):
                    return None
            elif action != "show":
                return None
            return html(page_html(name, article_content(story), edited=edited))
        if action not in ("show", "print", "raw"):
            return None
        content = {"TrangChu": front_content, "TinTuc": tintuc_content, "ThongBao": thongbao_content}.get(name)
        body = content() if content else OTHER[name]
        if action == "raw":
            return Response(200, re.sub(r"<[^>]+>", "", body), {"Content-Type": "text/plain; charset=utf-8"})
        return html(page_html(name, body, edited="2026-11-30 21:10:05", print_mode=action == "print",
                              robots="noindex,nofollow" if action == "print" else "index,follow"))


def build_site() -> MoinSite:
    return MoinSite()


def _gold(story: Story) -> dict:
    path = "/" + story.slug
    alts = [path + "?action=print", path + "?action=raw"]
    if story.cat == "TinTuc":
        alts.append(path + HL)
    if "rev1" in story.opts:
        alts.append(path + "?action=recall&rev=1")
    return gold_record(story, path, CAT_LABEL[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/GioiThieu",
    "/GioiThieu/LienHe",
    "/VanBan/KeHoachNamHoc2026_2027",
    "/ThuVienAnh/KhaiGiang2026",
    "/TinTucTemplate",
    "/" + A10 + "?action=info",
]
