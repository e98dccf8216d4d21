"""Trường THCS Nguyễn Du (TP. Buôn Ma Thuột, Đắk Lắk): a home-made PHP site from about 2012
whose listings navigate by JavaScript handlers.

Platform
--------
One ``index.php`` front controller written by a teacher's relative in 2012, still running:
table layout (``<table class="khung">``), inline styles, ``<font>`` tags, Vietnamese-less class
names ("bg_title", "khung", "td_tin", "duongdan", "ngay", "tomtat", "phantrang", "congcu").
Everything is ``index.php`` with a ``mod`` parameter; the parameters may come in any order.
There is no canonical link, no sitemap, no robots.txt, no RSS.

The header prints today's date as "Thứ Sáu, 04/12/2026" (never a publication date) under a banner
image; a plain-link menu bar; a left column ("Danh mục", "Tin xem nhiều", poll, "Liên kết
website" select, visitor counter "Đang online / Hôm nay / Tổng truy cập"); the content column;
a footer with the school's address, phone and e-mail.

URL scheme
----------
- ``/`` and ``/index.php``: home. Boxes: "TIN MỚI" (the 4 newest articles of all categories,
  *plain* ``<a href>`` links, the only plain links to articles on the site), "THÔNG BÁO" (the
  3 newest entries of the Thông báo list), a short "Giới thiệu" teaser.
- ``/index.php?mod=tintuc&cat=<k>&p=<n>``: a category listing, 5 entries per page, newest first
  (``p`` absent = 1; a page past the end prints "Chưa có tin trong mục này." with 200).
- ``/index.php?mod=tintuc&act=chitiet&id=<n>``: an article. An unknown or empty id answers 200
  with "Bản tin không tồn tại hoặc đã bị xóa!" inside the normal chrome (a soft 404).
- ``/index.php?mod=tintuc&act=inbai&id=<n>``: the print view of an article (opened by a
  ``window.open`` in the article's tool bar): the same article without the chrome.
- ``/index.php?mod=gioithieu``, ``/index.php?mod=lienhe`` (contact form), ``/index.php?mod=vanban``
  (document list) and ``/index.php?mod=vanban&act=chitiet&id=<n>`` (a document entry with a PDF),
  ``/index.php?mod=thuvienanh`` (albums) and ``/index.php?mod=thuvienanh&album=<n>``.
- Files: ``/images/…`` (layout), ``/upload/tintuc/2026/<mm>/…`` (photos, printed as relative
  ``upload/…`` or root ``/upload/…`` src), ``/upload/album/…``, ``/upload/vanban/….pdf``.

Navigation by JavaScript handlers (the point of this portal)
-----------------------------------------------------------
The menu is plain links. Everything else that leads to an article is a handler whose target URL is
spelled out in the markup:

- Tin hoạt động (``cat=1``): each listing row is
  ``<tr onclick="window.location.href='index.php?mod=tintuc&act=chitiet&id=61'" style="cursor:pointer">``
  with the title in a plain ``<span class="tieude_tin">`` (no ``<a>``). The pager is
  ``<a href="javascript:chuyenTrang(2)">2</a>`` with, in the listing's inline script,
  ``function chuyenTrang(p){ location.href='index.php?mod=tintuc&cat=1&p='+p; }``.
- Chuyên môn (``cat=2``): ``<a href="javascript:void(0)" onclick="location='index.php?mod=tintuc&amp;act=chitiet&amp;id=60'">``.
  Plain pager (one page here: "Trang: 1").
- Thông báo (``cat=3``): ``<a href="#" onclick="return xemTin(62)">`` with, in the inline script of
  every page's head, ``function xemTin(id){ window.location = 'index.php?mod=tintuc&act=chitiet&id=' + id;
  return false; }``. The list mixes articles with document entries (plain
  ``<a href="index.php?mod=vanban&act=chitiet&id=5">``), so it has two pages; the pager is plain
  ``<a href="index.php?mod=tintuc&cat=3&p=2">``.
- "Tin xem nhiều" (left column) and "Các tin mới hơn" (under an article: newer articles of the same
  category) also call ``xemTin(id)``.

How each gold article is reached
--------------------------------
- The 4 newest (ids 61, 62, 60, 58): the home page's "TIN MỚI" box (plain links), and their lists.
- Other page-1 entries: only through the handlers above (row onclick, ``location=``, ``xemTin``).
- id 41 (the school-year opening, oldest of Tin hoạt động): only on ``cat=1&p=2``, a page reached
  only through ``javascript:chuyenTrang(2)``.
- id 43 (the oldest Thông báo): only on ``cat=3&p=2`` (plain pager), as ``xemTin(43)``.
- "Các tin mới hơn" lists only newer articles, so it never leads to the two above.

Traps
-----
- No ``<a href>`` to an article in the listings; the title of a Tin hoạt động row is a span.
- The pager of Tin hoạt động is a ``javascript:`` URL; the function builds the URL from a literal.
- The literal ``'index.php?mod=tintuc&act=chitiet&id='`` of ``xemTin`` is itself a URL: it answers
  200 with the soft-404 message (in NON_ARTICLES).
- The print view (``act=inbai``, in an ``onclick="window.open('…')"``) serves the same article: it is
  in each gold record's ``alt_paths``.
- Other handlers lead nowhere (``javascript:history.back()``, ``window.print()``, ``binhChon()``,
  the "Liên kết website" select's ``onchange``), and the album's photos open by ``moAnh('…jpg')``.
- Document entries (title, "Ngày ban hành", PDF link) and the album page ("Ngày tạo") look like
  articles; the "Giới thiệu" page has a ``bg_title`` and long text but no date.
- The header's "Thứ Sáu, 04/12/2026" is today; "Lượt xem: N" sits beside the date.
- Italic lines: under a photo they are its caption; one italic indented quote (not under a photo)
  is text.

Gold decisions
--------------
- title: the ``td.bg_title`` of the article (the ``<title>`` prefixes "THCS Nguyễn Du - ").
- published_at: "Cập nhật: 03/12/2026 16:45" -> "2026-12-03T16:45:00+07:00"; "Cập nhật: 21/11/2026"
  and "(Ngày 12/11/2026)" -> the day.
- authors / photographers: "Người viết: X" (degree "ThS." and a post after " - " dropped); a bare
  right-aligned name; a right-aligned unit ("Tổ Toán - Tin", "Tổ Văn phòng") as printed;
  "Tin, ảnh: X" both; "Ảnh: CLB Nhiếp ảnh" / "Ảnh: Đoàn trường" photographers; "Người viết: Ban
  biên tập" nobody.
- source: "Theo Báo Đắk Lắk" -> "Báo Đắk Lắk"; "Nguồn: Sở GD&ĐT Đắk Lắk" -> "Sở GD&ĐT Đắk Lắk".
- summary: the bold ``td.tomtat`` above the text where printed (also the body's first paragraph).
- body: the ``td.td_tin`` text: ``<p>``, ``<div>``, lines separated by ``<br><br>`` or ``<br>``
  (each line a paragraph), bold sub-headings, list items, table rows (cells joined by " | ");
  not the captions, bylines, source line, tool bar, "Các tin mới hơn".
- images: the photos in the text in order (relative src resolved against ``/index.php``); the
  caption is the line under the photo (italic, or once a plain centred line); a photo with no line
  has caption None. Listing thumbnails, the banner, icons are not article images.
- category: the breadcrumb's last section ("Trang chủ » Tin tức » Chuyên môn").
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "onclick_nav_thcs"
PLATFORM = "Home-made PHP (2012): index.php?mod=…, table layout, JavaScript-handler navigation"
START_PATH = "/"

TODAY = "Thứ Sáu, 04/12/2026"
SCHOOL = "Trường THCS Nguyễn Du"
PER_PAGE = 5

CATEGORIES = {
    "1": "Tin hoạt động",
    "2": "Chuyên môn",
    "3": "Thông báo",
}

ARTICLE = "index.php?mod=tintuc&act=chitiet&id="
XEMTIN_JS = (
    "function xemTin(id){ window.location = 'index.php?mod=tintuc&act=chitiet&id=' + id; "
    "return false; }"
)
CHUYENTRANG_JS = "function chuyenTrang(p){ location.href='index.php?mod=tintuc&cat=1&p='+p; }"


def up(month: str, name: str) -> str:
    return f"upload/tintuc/2026/{month}/{name}"


# --- the articles -----------------------------------------------------------------------------
#
# opts: "date" (the date line as printed), "lead" (sapo printed in td.tomtat), "sort" (for the
# lists: YYYY-MM-DD HH:MM). P styles: "" <p>, "div" <div>, "br"/"br1" lines of one <div>
# separated by <br><br> / <br>, "h" bold sub-heading, "li" list item, "q" italic indented quote,
# "th"/"tr" table rows. Img styles: "next" (italic line in the next <p>), "br" (<br><i> in the
# same div), "plain" (plain centred line), "span" (small italic span in the next <p>).

STORIES: list[Story] = [
    Story(
        61,
        "hoi-khoe-phu-dong-cap-truong",
        "Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        "1",
        "2026-12-03T16:45:00+07:00",
        [
            P(
                "Hội khỏe năm nay gồm 6 môn thi đấu: điền kinh, bóng đá mini nam, bóng chuyền nữ, cờ vua, "
                "đá cầu và kéo co. Các trận đấu được tổ chức tại sân trường và Nhà thi đấu đa năng của "
                "phường Tân Lợi.",
                "br",
            ),
            P(
                "Phát biểu khai mạc, thầy Phạm Văn Long, Hiệu trưởng nhà trường, nhấn mạnh Hội khỏe là "
                "dịp để các em rèn luyện thể chất, tinh thần đoàn kết và phát hiện những vận động viên "
                "có năng khiếu chuẩn bị cho Hội khỏe Phù Đổng cấp thành phố vào tháng 3/2027.",
                "br",
            ),
            Img(up("12", "hkpd-khai-mac.jpg"), "Các vận động viên diễu hành tại lễ khai mạc",
                "Các vận động viên diễu hành tại lễ khai mạc", "next"),
            P(
                "Dù thời tiết những ngày đầu tháng 12 khá lạnh, các trận đấu vẫn diễn ra sôi nổi, "
                "quyết liệt nhưng cao thượng, đúng tinh thần thể thao. Đội bóng đá mini lớp 9A2 và "
                "đội bóng chuyền nữ lớp 8A1 được đông đảo cổ động viên yêu mến."
            ),
            Img(up("12", "hkpd-keo-co.jpg"), "Phần thi kéo co của khối 7",
                "Phần thi kéo co của khối 7", "next"),
            P("Kết quả xếp hạng toàn đoàn:", "h"),
            P("Khối | Giải Nhất | Giải Nhì | Giải Ba", "th"),
            P("Khối 6 | 6A3 | 6A1 | 6A5", "tr"),
            P("Khối 7 | 7A2 | 7A4 | 7A1", "tr"),
            P("Khối 8 | 8A1 | 8A6 | 8A3", "tr"),
            P("Khối 9 | 9A2 | 9A5 | 9A1", "tr"),
            P(
                "Ban tổ chức đã trao 24 giải toàn đoàn và 96 huy chương cá nhân cho các vận động viên "
                "xuất sắc."
            ),
            Raw('<p align="right"><b>Tin, ảnh: Nguyễn Minh Tuấn</b></p>'),
        ],
        authors=["Nguyễn Minh Tuấn"],
        photographers=["Nguyễn Minh Tuấn"],
        summary=(
            "Trong hai ngày 01 và 02/12/2026, Trường THCS Nguyễn Du tổ chức Hội khỏe Phù Đổng cấp "
            "trường với sự tham gia của hơn 600 vận động viên là học sinh từ khối 6 đến khối 9."
        ),
        sapo_outside=True,
        opts={"date": "Cập nhật: 03/12/2026 16:45", "sort": "2026-12-03 16:45"},
    ),
    Story(
        58,
        "le-ky-niem-ngay-nha-giao",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "1",
        "2026-11-21",
        [
            P(
                "Sáng ngày 19/11/2026, Trường THCS Nguyễn Du long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam. Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo, Đảng "
                "ủy, UBND phường Tân Lợi, Ban đại diện Cha mẹ học sinh cùng các thế hệ thầy cô giáo đã "
                "nghỉ hưu."
            ),
            P(
                "Mở đầu buổi lễ là chương trình văn nghệ chào mừng do Liên đội nhà trường dàn dựng với "
                "nhiều tiết mục ca múa đặc sắc, trong đó có điệu múa xoang của các em học sinh dân tộc "
                "Ê Đê lớp 8A4."
            ),
            Img(up("11", "20-11-van-nghe.jpg"), "Tiết mục múa xoang chào mừng buổi lễ",
                "Tiết mục múa xoang chào mừng buổi lễ", "next"),
            P(
                "Trong diễn văn ôn lại truyền thống, cô Nguyễn Thị Bích Ngọc, Phó Hiệu trưởng nhà "
                "trường, điểm lại những kết quả nổi bật của năm học 2025 - 2026: nhà trường có 35 học "
                "sinh giỏi cấp tỉnh, 82 học sinh giỏi cấp thành phố; tỷ lệ học sinh lớp 9 trúng tuyển "
                "vào lớp 10 công lập đạt 91,6%."
            ),
            P("Thay mặt học sinh toàn trường, em Lê Hoàng Bảo Châu, lớp 9A1, xúc động chia sẻ:"),
            P(
                "“Chúng em biết ơn thầy cô không chỉ vì những bài giảng trên lớp, mà vì thầy cô đã "
                "dạy chúng em cách làm người, cách yêu thương và sẻ chia.”",
                "q",
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 18 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "trường và 12 tập thể lớp có thành tích xuất sắc trong đợt thi đua “Hoa điểm mười "
                "dâng thầy cô”."
            ),
            Img("/" + up("11", "20-11-khen-thuong.jpg"),
                "Ban Giám hiệu trao giấy khen cho các tập thể lớp xuất sắc",
                "Ban Giám hiệu trao giấy khen cho các tập thể lớp xuất sắc", "br"),
            Raw('<p align="right"><b>Trần Thị Thu Hà</b></p>'),
        ],
        authors=["Trần Thị Thu Hà"],
        opts={"date": "Cập nhật: 21/11/2026", "sort": "2026-11-21 08:00"},
    ),
    Story(
        54,
        "ngay-hoi-doc-sach",
        "Ngày hội đọc sách và giao lưu “Đại sứ văn hóa đọc” năm 2026",
        "1",
        "2026-11-12",
        [
            P(
                "Hưởng ứng Cuộc thi Đại sứ Văn hóa đọc năm 2026, chiều 10/11, Thư viện nhà trường phối "
                "hợp với Liên đội tổ chức Ngày hội đọc sách với chủ đề “Mỗi cuốn sách – một người bạn”.",
                "div",
            ),
            P(
                "Ngày hội gồm các hoạt động: trưng bày sách theo chủ đề, thi giới thiệu sách, vẽ tranh "
                "theo nội dung tác phẩm văn học và góc trao đổi sách cũ. Mỗi lớp tham gia một gian "
                "trưng bày do các em tự thiết kế.",
                "div",
            ),
            Img(up("11", "doc-sach-1.jpg"), "Gian trưng bày sách của lớp 7A3",
                "Gian trưng bày sách của lớp 7A3", "span"),
            P(
                "Phần thi giới thiệu sách thu hút 16 thí sinh. Em Đỗ Ngọc Khánh Linh, lớp 8A2, giành "
                "giải Nhất với bài giới thiệu cuốn “Đất rừng phương Nam” của nhà văn Đoàn Giỏi."
            ),
            P(
                "Theo cô Hồ Thị Lệ Thủy, cán bộ thư viện, sau ngày hội đã có hơn 400 đầu sách được học "
                "sinh quyên góp cho tủ sách lớp học và tủ sách của các trường vùng khó khăn ở huyện "
                "Lắk."
            ),
            Raw('<p align="right"><b>Người viết: Hoàng Thị Mai</b><br><i>Ảnh: CLB Nhiếp ảnh</i></p>'),
        ],
        authors=["Hoàng Thị Mai"],
        photographers=["CLB Nhiếp ảnh"],
        opts={"date": "(Ngày 12/11/2026)", "sort": "2026-11-12 09:00"},
    ),
    Story(
        51,
        "ngoai-khoa-an-toan-giao-thong",
        "Ngoại khóa tuyên truyền an toàn giao thông và phòng, chống đuối nước cho học sinh",
        "1",
        "2026-10-26",
        [
            P(
                "Sáng 24/10, Đội Cảnh sát giao thông Công an TP. Buôn Ma Thuột phối hợp với Trường "
                "THCS Nguyễn Du tổ chức buổi ngoại khóa tuyên truyền pháp luật về an toàn giao thông "
                "cho hơn 1.200 học sinh.",
                "br",
            ),
            P(
                "Tại buổi ngoại khóa, báo cáo viên đã phổ biến các quy định về độ tuổi điều khiển xe "
                "máy, việc đội mũ bảo hiểm đạt chuẩn khi ngồi sau xe mô tô, xe máy điện và những hành "
                "vi bị nghiêm cấm khi tham gia giao thông.",
                "br",
            ),
            P(
                "Học sinh còn được hướng dẫn kỹ năng phòng, chống đuối nước, cách sơ cứu người bị đuối "
                "nước và những điểm sông, hồ nguy hiểm trên địa bàn.",
                "br",
            ),
            Img(up("10", "atgt-ngoai-khoa.jpg")),
            P(
                "Kết thúc buổi ngoại khóa, 100% học sinh ký cam kết chấp hành luật giao thông; nhà "
                "trường duy trì đội “Cổng trường an toàn giao thông” vào đầu và cuối mỗi buổi học."
            ),
            Raw('<p align="right"><i>Theo Báo Đắk Lắk</i></p>'),
        ],
        source="Báo Đắk Lắk",
        opts={"date": "(Ngày 26/10/2026)", "sort": "2026-10-26 10:00"},
    ),
    Story(
        47,
        "dai-hoi-lien-doi",
        "Đại hội Liên đội Trường THCS Nguyễn Du nhiệm kỳ 2026 - 2027",
        "1",
        "2026-09-30T10:15:00+07:00",
        [
            P(
                "Ngày 28/9/2026, Liên đội Trường THCS Nguyễn Du tổ chức Đại hội Liên đội nhiệm kỳ "
                "2026 - 2027 với sự tham dự của 86 đại biểu là đại diện ban chỉ huy các chi đội."
            ),
            P(
                "Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi nhiệm kỳ qua: Liên "
                "đội được Hội đồng Đội tỉnh công nhận Liên đội vững mạnh xuất sắc; phong trào “Kế hoạch "
                "nhỏ” thu gom được hơn 3 tấn giấy vụn, gây quỹ tặng 20 suất học bổng cho đội viên có "
                "hoàn cảnh khó khăn."
            ),
            P("Chỉ tiêu nhiệm kỳ mới:", "h"),
            P("100% chi đội đăng ký và thực hiện công trình măng non.", "li"),
            P("Mỗi đội viên đọc ít nhất 2 cuốn sách mỗi học kỳ.", "li"),
            P("Duy trì mô hình “Chi đội không rác thải nhựa” ở tất cả các lớp.", "li"),
            Img(up("09", "dai-hoi-lien-doi.jpg"), "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội", "next"),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội gồm 11 đồng chí; em Nguyễn Trần Gia Hân, lớp 9A3, "
                "được bầu làm Liên đội trưởng."
            ),
            Raw('<p align="right"><b>Người viết: Võ Thị Kim Oanh - TPT Đội</b></p>'),
        ],
        authors=["Võ Thị Kim Oanh"],
        opts={"date": "Cập nhật: 30/09/2026 10:15", "sort": "2026-09-30 10:15"},
    ),
    Story(
        41,
        "le-khai-giang-nam-hoc-moi",
        "Trường THCS Nguyễn Du long trọng tổ chức Lễ khai giảng năm học 2026 - 2027",
        "1",
        "2026-09-05",
        [
            P(
                "Năm học này, nhà trường có 30 lớp với 1.254 học sinh, trong đó 325 em học sinh lớp 6 "
                "lần đầu tiên dự lễ khai giảng dưới mái trường. Đội ngũ cán bộ, giáo viên, nhân viên "
                "gồm 68 người, 100% đạt chuẩn và trên chuẩn về trình độ đào tạo.",
                "br",
            ),
            P(
                "Trong diễn văn khai giảng, thầy Phạm Văn Long, Hiệu trưởng, đề nghị mỗi thầy cô giáo "
                "tiếp tục đổi mới phương pháp dạy học theo Chương trình GDPT 2018, mỗi học sinh chăm "
                "ngoan, tích cực rèn luyện để xứng đáng với truyền thống gần 40 năm của nhà trường.",
                "br",
            ),
            Img(up("09", "khai-giang-2026.jpg"), "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới", "next"),
            P(
                "Tại buổi lễ, nhà trường đã trao 30 suất học bổng “Vượt khó học tốt”, mỗi suất trị giá "
                "1.000.000 đồng cùng sách vở cho học sinh có hoàn cảnh khó khăn; Ban đại diện Cha mẹ "
                "học sinh tặng 50 bộ áo dài cho nữ sinh khối 9."
            ),
            Img(up("09", "khai-giang-hoc-bong.jpg"), "Trao học bổng cho học sinh vượt khó",
                "Trao học bổng cho học sinh vượt khó", "br"),
            P(
                "Buổi lễ khép lại bằng phần thả bóng bay mang theo ước mơ của các em học sinh lớp 6, "
                "mở đầu cho một năm học mới nhiều thành công."
            ),
            Raw('<p align="right"><b>Người viết: Ban biên tập</b><br><b>Ảnh: Đoàn trường</b></p>'),
        ],
        photographers=["Đoàn trường"],
        summary=(
            "Sáng 05/9/2026, cùng với hàng triệu học sinh cả nước, hơn 1.250 học sinh Trường THCS "
            "Nguyễn Du náo nức bước vào năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        opts={"date": "(Ngày 05/09/2026)", "sort": "2026-09-05 11:00"},
    ),
]

STORIES += [
    Story(
        60,
        "hoi-thao-day-hoc-toan",
        "Hội thảo chuyên đề “Dạy học phát triển năng lực môn Toán theo Chương trình GDPT 2018”",
        "2",
        "2026-11-28",
        [
            P(
                "Ngày 26/11/2026, Tổ Toán - Tin tổ chức hội thảo chuyên đề “Dạy học phát triển năng lực "
                "môn Toán theo Chương trình GDPT 2018” với sự tham gia của giáo viên Toán các trường "
                "THCS trong cụm chuyên môn số 2."
            ),
            P("Nội dung hội thảo gồm ba phần:", "div"),
            P("Báo cáo tham luận về thiết kế hoạt động khởi động và hình thành kiến thức mới.", "li"),
            P("Dạy minh họa bài “Định lí Pythagore và ứng dụng” (Toán 8) tại lớp 8A1.", "li"),
            P("Thảo luận, rút kinh nghiệm và thống nhất cách đánh giá năng lực mô hình hóa toán học.", "li"),
            Img(up("11", "hoi-thao-toan.jpg"), "Tiết dạy minh họa của cô Đặng Thị Thanh Nhàn",
                "Tiết dạy minh họa của cô Đặng Thị Thanh Nhàn", "plain"),
            P(
                "Các ý kiến đánh giá cao việc sử dụng phần mềm GeoGebra và phiếu học tập theo nhóm giúp "
                "học sinh chủ động khám phá, tự rút ra định lí thay vì ghi nhớ máy móc."
            ),
            P(
                "Kết thúc hội thảo, tổ chuyên môn thống nhất xây dựng ngân hàng 120 bài toán thực tế "
                "cho các khối lớp và tổ chức sinh hoạt chuyên đề định kỳ mỗi tháng một lần."
            ),
            Raw('<p align="right"><b>Tổ Toán - Tin</b></p>'),
        ],
        authors=["Tổ Toán - Tin"],
        opts={"date": "Cập nhật: 28/11/2026", "sort": "2026-11-28 15:00"},
    ),
    Story(
        56,
        "ket-qua-hoi-thi-gvdg",
        "Kết quả Hội thi Giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        "2",
        "2026-11-18T14:20:00+07:00",
        [
            P(
                "Từ ngày 02 đến 14/11/2026, Trường THCS Nguyễn Du tổ chức Hội thi Giáo viên dạy giỏi "
                "cấp trường năm học 2026 - 2027 với 24 giáo viên đăng ký dự thi ở 10 môn học.",
                "div",
            ),
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và dạy hai "
                "tiết thực hành trên lớp. Ban giám khảo gồm Ban Giám hiệu và các tổ trưởng chuyên môn.",
                "div",
            ),
            P("Kết quả, 18 giáo viên được công nhận giáo viên dạy giỏi cấp trường; trong đó:", "div"),
            P("TT | Họ và tên | Môn | Xếp loại", "th"),
            P("1 | Đặng Thị Thanh Nhàn | Toán | Giỏi (xuất sắc)", "tr"),
            P("2 | Lê Văn Khánh | Ngữ văn | Giỏi (xuất sắc)", "tr"),
            P("3 | Y Khăm Niê | Tiếng Anh | Giỏi", "tr"),
            P("4 | Trương Thị Hồng Vân | Khoa học tự nhiên | Giỏi", "tr"),
            P("5 | Bùi Quang Huy | Tin học | Giỏi", "tr"),
            P(
                "Nhà trường chọn 6 giáo viên có kết quả cao nhất tham dự Hội thi giáo viên dạy giỏi cấp "
                "thành phố tổ chức vào tháng 01/2027."
            ),
            Raw('<p align="right"><b>Người viết: Nguyễn Văn Hùng</b></p>'),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={"date": "Cập nhật: 18/11/2026 14:20", "sort": "2026-11-18 14:20"},
    ),
    Story(
        49,
        "ke-hoach-thi-hsg-lop-9-cap-tinh",
        "Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh năm học 2026 - 2027",
        "2",
        "2026-10-23",
        [
            P(
                "Sở GD&ĐT Đắk Lắk vừa ban hành kế hoạch tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp "
                "tỉnh năm học 2026 - 2027; kỳ thi diễn ra vào ngày 18/3/2027 tại các điểm thi ở TP. "
                "Buôn Ma Thuột."
            ),
            P(
                "Kỳ thi gồm 10 môn: Toán, Ngữ văn, Tiếng Anh, Vật lí, Hóa học, Sinh học, Lịch sử, Địa "
                "lí, Tin học và Giáo dục công dân. Mỗi thí sinh chỉ được dự thi một môn."
            ),
            P("Một số điểm mới của kỳ thi năm nay:", "h"),
            P("Đề thi môn Tin học được làm trên máy tính, chấm bằng phần mềm tự động.", "li"),
            P("Thời gian làm bài các môn là 150 phút, riêng môn Tiếng Anh là 120 phút.", "li"),
            P("Số lượng thí sinh mỗi đơn vị được đăng ký căn cứ vào quy mô học sinh lớp 9.", "li"),
            P(
                "Các phòng GD&ĐT, các trường THCS trực thuộc lập danh sách thí sinh gửi về Sở trước "
                "ngày 15/01/2027 qua phần mềm quản lý thi."
            ),
            Raw('<p align="left"><i>Nguồn: Sở GD&amp;ĐT Đắk Lắk</i></p>'),
        ],
        source="Sở GD&ĐT Đắk Lắk",
        summary=(
            "Sở GD&ĐT Đắk Lắk vừa ban hành kế hoạch tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp "
            "tỉnh năm học 2026 - 2027 với 10 môn thi."
        ),
        sapo_outside=True,
        opts={"date": "(Ngày 23/10/2026)", "sort": "2026-10-23 08:30"},
    ),
    Story(
        44,
        "sinh-hoat-chuyen-mon-ngu-van",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn lớp 7",
        "2",
        "2026-10-02",
        [
            P(
                "Chiều ngày 30/9/2026, Tổ Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài "
                "học với bài dạy “Bài học đường đời đầu tiên” (Ngữ văn 7)."
            ),
            P(
                "Khác với cách dự giờ truyền thống, giáo viên dự giờ tập trung quan sát hoạt động học "
                "của học sinh: em nào chưa tham gia, vì sao chưa hiểu, nhóm nào hợp tác tốt, thay vì "
                "nhận xét cách giảng của giáo viên."
            ),
            Img(up("10", "nghien-cuu-bai-hoc.jpg"), "Giáo viên quan sát học sinh làm việc nhóm",
                "Giáo viên quan sát học sinh làm việc nhóm", "span"),
            P(
                "Trong phần thảo luận, các thầy cô đã đề xuất điều chỉnh phiếu học tập, rút ngắn thời "
                "gian đọc văn bản và tăng thời gian cho học sinh trình bày cảm nhận."
            ),
            P(
                "Tổ chuyên môn sẽ tiếp tục thực hiện mỗi tháng một chuyên đề nghiên cứu bài học ở các "
                "khối lớp, góp phần nâng cao chất lượng dạy học môn Ngữ văn."
            ),
            Raw('<p align="right"><b>Người viết: ThS. Lê Văn Khánh</b></p>'),
        ],
        authors=["Lê Văn Khánh"],
        opts={"date": "Cập nhật: 02/10/2026", "sort": "2026-10-02 16:00"},
    ),
    Story(
        62,
        "lich-kiem-tra-cuoi-hoc-ky-1",
        "THÔNG BÁO Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "3",
        "2026-12-02T07:50:00+07:00",
        [
            P(
                "Căn cứ Công văn số 2145/SGDĐT-GDTrH ngày 20/11/2026 của Sở GD&ĐT Đắk Lắk về việc "
                "hướng dẫn kiểm tra cuối học kỳ I, Trường THCS Nguyễn Du thông báo lịch kiểm tra tập "
                "trung như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn | Thời gian làm bài", "th"),
            P("14/12/2026 | Sáng | 9 | Ngữ văn | 90 phút", "tr"),
            P("14/12/2026 | Chiều | 8 | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Sáng | 9 | Toán | 90 phút", "tr"),
            P("15/12/2026 | Chiều | 8 | Toán | 90 phút", "tr"),
            P("16/12/2026 | Sáng | 6, 7 | Toán, Ngữ văn | 90 phút", "tr"),
            P("17/12/2026 | Sáng | 6 - 9 | Tiếng Anh | 60 phút", "tr"),
            P("Lưu ý:", "h"),
            P("Học sinh có mặt tại phòng kiểm tra trước giờ tính giờ làm bài 15 phút.", "br1"),
            P("Các môn còn lại kiểm tra tại lớp theo kế hoạch của tổ chuyên môn.", "br1"),
            P("Giáo viên chủ nhiệm thông báo lịch này đến học sinh và cha mẹ học sinh.", "br1"),
            Raw('<p align="right"><b>Tổ Văn phòng</b></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"date": "Cập nhật: 02/12/2026 07:50", "sort": "2026-12-02 07:50"},
    ),
    Story(
        53,
        "nghi-hoc-tranh-bao-so-13",
        "Thông báo cho học sinh nghỉ học để phòng, tránh bão số 13",
        "3",
        "2026-11-06",
        [
            P(
                "Thực hiện Công điện khẩn của UBND tỉnh và chỉ đạo của Sở GD&ĐT Đắk Lắk về việc chủ "
                "động ứng phó với bão số 13, Trường THCS Nguyễn Du thông báo:"
            ),
            P(
                "Toàn bộ học sinh nghỉ học ngày thứ Sáu, 07/11/2026. Thời gian đi học trở lại nhà "
                "trường sẽ thông báo sau qua giáo viên chủ nhiệm và trang thông tin điện tử của trường."
            ),
            P(
                "Cán bộ, giáo viên, nhân viên trực theo lịch phân công; Tổ Văn phòng kiểm tra, chằng "
                "chống mái tôn, cây xanh và di chuyển thiết bị, hồ sơ đến nơi an toàn."
            ),
            P(
                "Đề nghị cha mẹ học sinh quản lý chặt chẽ con em, không để các em đi tắm sông, suối, "
                "hồ hoặc đến gần các khu vực có nguy cơ sạt lở, ngập úng."
            ),
        ],
        opts={"date": "(Ngày 06/11/2026)", "sort": "2026-11-06 14:00"},
    ),
    Story(
        43,
        "tuyen-chon-doi-tuyen-hsg",
        "Thông báo tuyển chọn học sinh vào đội tuyển học sinh giỏi các môn văn hóa lớp 9",
        "3",
        "2026-09-15",
        [
            P(
                "Nhà trường thông báo tuyển chọn học sinh lớp 9 vào các đội tuyển học sinh giỏi năm "
                "học 2026 - 2027 như sau:"
            ),
            P("1. Đối tượng", "h"),
            P(
                "Học sinh lớp 9 có kết quả học tập năm học lớp 8 đạt mức Tốt, yêu thích và có năng "
                "khiếu ở môn dự tuyển."
            ),
            P("2. Hình thức tuyển chọn", "h"),
            P(
                "Làm bài khảo sát 120 phút vào sáng Chủ nhật, ngày 27/9/2026 tại phòng học khu A. "
                "Học sinh được đăng ký tối đa hai môn."
            ),
            P("3. Đăng ký", "h"),
            P(
                "Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 22/9/2026. Danh sách đội tuyển "
                "được niêm yết tại bảng tin nhà trường."
            ),
            Raw('<div align="right"><b><i>Phạm Thị Ngọc Lan</i></b></div>'),
        ],
        authors=["Phạm Thị Ngọc Lan"],
        opts={"date": "(Ngày 15/09/2026)", "sort": "2026-09-15 09:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}

#: document entries of the Thông báo list (mod=vanban): id, number, date, title, file
DOCS = [
    (5, "2145/SGDĐT-GDTrH", "20/11/2026", "2026-11-20 10:00",
     "Công văn số 2145/SGDĐT-GDTrH về việc hướng dẫn kiểm tra cuối học kỳ I năm học 2026 - 2027",
     "cv2145-sgddt.pdf", "Sở GD&ĐT Đắk Lắk"),
    (4, "312/QĐ-THCSND", "10/11/2026", "2026-11-10 10:00",
     "Quyết định số 312/QĐ-THCSND về việc thành lập Ban tổ chức Hội thi giáo viên dạy giỏi cấp trường",
     "qd312-thcsnd.pdf", "Trường THCS Nguyễn Du"),
    (3, "85/KH-THCSND", "30/10/2026", "2026-10-30 10:00",
     "Kế hoạch số 85/KH-THCSND thực hiện nhiệm vụ năm học 2026 - 2027",
     "kh85-thcsnd.pdf", "Trường THCS Nguyễn Du"),
    (2, "1680/SGDĐT-VP", "01/10/2026", "2026-10-01 10:00",
     "Công văn số 1680/SGDĐT-VP về việc triển khai Tháng hành động vì an toàn giao thông",
     "cv1680-sgddt.pdf", "Sở GD&ĐT Đắk Lắk"),
]
DOC_BY_ID = {d[0]: d for d in DOCS}

ALBUMS = {
    1: ("Lễ khai giảng năm học 2026 - 2027", "05/09/2026", 6),
    2: ("Hội khỏe Phù Đổng cấp trường 2026", "03/12/2026", 8),
    3: ("Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", "21/11/2026", 5),
}

GOLD = [
    gold_record(
        s,
        f"/{ARTICLE}{s.id}",
        CATEGORIES[s.cat],
        alt_paths=[f"/index.php?mod=tintuc&act=inbai&id={s.id}"],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/index.php?mod=tintuc&cat=1&p=2",
    "/index.php?mod=gioithieu",
    "/index.php?mod=lienhe",
    "/index.php?mod=thuvienanh&album=2",
    "/index.php?mod=vanban&act=chitiet&id=5",
    "/" + ARTICLE,
]

#: what the "Tin xem nhiều" box lists (by the site's own view counter)
MOST_READ = [58, 56, 51, 62, 54]


# --- helpers ----------------------------------------------------------------------------------


def newest_first(items: list[Story]) -> list[Story]:
    return sorted(items, key=lambda s: s.opts["sort"], reverse=True)


def list_date(story: Story) -> str:
    d = story.opts["sort"][:10]
    return f"{d[8:10]}/{d[5:7]}/{d[:4]}"


def teaser(story: Story, words: int = 28) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


def thumb(story: Story) -> str:
    imgs = story.images
    if not imgs:
        return '<img src="images/no_image.gif" width="90" height="65" align="left" class="anhnho">'
    src = imgs[0].src.lstrip("/")
    return f'<img src="{esc(src)}" width="90" height="65" align="left" class="anhnho" border="0">'


# --- chrome -----------------------------------------------------------------------------------


def head(title: str, extra_script: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>THCS Nguyễn Du - {esc(title)}</title>
<meta name="keywords" content="THCS Nguyễn Du, Buôn Ma Thuột, Đắk Lắk, giáo dục" />
<link href="css/style.css" rel="stylesheet" type="text/css" />
<link rel="shortcut icon" href="images/favicon.ico" />
<script type="text/javascript" src="js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
var duongDanBanner = 'images/banner_top.swf';
{XEMTIN_JS}
function binhChon(){{ alert('Cảm ơn bạn đã tham gia bình chọn!'); return false; }}
function timKiem(){{ var tk = document.getElementById('txtTuKhoa').value; if(tk==''){{ alert('Bạn chưa nhập từ khóa'); return false; }} return false; }}
{extra_script}
</script>
</head>"""


MENU = [
    ("index.php", "Trang chủ"),
    ("index.php?mod=gioithieu", "Giới thiệu"),
    ("index.php?mod=tintuc&cat=1", "Tin hoạt động"),
    ("index.php?mod=tintuc&cat=2", "Chuyên môn"),
    ("index.php?mod=tintuc&cat=3", "Thông báo"),
    ("index.php?mod=vanban", "Văn bản"),
    ("index.php?mod=thuvienanh", "Thư viện ảnh"),
    ("index.php?mod=lienhe", "Liên hệ"),
]


def left_column() -> str:
    cats = "".join(
        f'<tr><td class="menu_trai"><img src="images/bullet.gif" /> '
        f'<a href="index.php?mod=tintuc&cat={k}">{esc(v)}</a></td></tr>'
        for k, v in CATEGORIES.items()
    )
    most = "".join(
        f'<tr><td class="td_xemnhieu"><img src="images/arrow.gif" /> '
        f'<a href="#" onclick="return xemTin({i})">{esc(BY_ID[i].title)}</a></td></tr>'
        for i in MOST_READ
    )
    return f"""<td width="220" valign="top" class="cot_trai">
<table width="100%" class="khung" cellpadding="3" cellspacing="0">
<tr><td class="bg_menu">DANH MỤC</td></tr>
{cats}
<tr><td class="menu_trai"><img src="images/bullet.gif" /> <a href="index.php?mod=vanban">Văn bản</a></td></tr>
</table>
<table width="100%" class="khung" cellpadding="3" cellspacing="0">
<tr><td class="bg_menu">TIN XEM NHIỀU</td></tr>
{most}
</table>
<table width="100%" class="khung" cellpadding="3" cellspacing="0">
<tr><td class="bg_menu">THĂM DÒ Ý KIẾN</td></tr>
<tr><td style="font-size:12px">Bạn biết đến website của trường qua đâu?<br />
<form name="frmBinhChon" action="" onsubmit="return binhChon()">
<input type="radio" name="bc" value="1" /> Giáo viên chủ nhiệm<br />
<input type="radio" name="bc" value="2" /> Bạn bè giới thiệu<br />
<input type="radio" name="bc" value="3" /> Tìm kiếm trên Internet<br />
<input type="radio" name="bc" value="4" /> Khác<br />
<input type="button" value="Bình chọn" onclick="binhChon()" class="nut" />
<input type="button" value="Kết quả" onclick="alert('Tổng số phiếu: 1.526')" class="nut" />
</form></td></tr>
</table>
<table width="100%" class="khung" cellpadding="3" cellspacing="0">
<tr><td class="bg_menu">LIÊN KẾT WEBSITE</td></tr>
<tr><td><select style="width:200px" onchange="if(this.value!='') window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>
<option value="http://violympic.vn">Violympic</option>
<option value="http://ioe.vn">IOE - Tiếng Anh trên mạng</option>
</select></td></tr>
</table>
<table width="100%" class="khung" cellpadding="3" cellspacing="0">
<tr><td class="bg_menu">THỐNG KÊ TRUY CẬP</td></tr>
<tr><td style="font-size:12px"><img src="images/online.gif" /> Đang online: <b>9</b><br />
<img src="images/homnay.gif" /> Hôm nay: <b>312</b><br />
<img src="images/tong.gif" /> Tổng truy cập: <b>1.208.447</b></td></tr>
</table>
</td>"""


def layout(title: str, content: str, extra_script: str = "") -> str:
    menu = " | ".join(f'<a href="{href}" class="menu_tren">{esc(label)}</a>' for href, label in MENU)
    return f"""{head(title, extra_script)}
<body style="margin:0px; background:#e8eef5">
<a name="top"></a>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td><img src="images/banner.jpg" width="980" height="150" alt="Trường THCS Nguyễn Du" /></td></tr>
<tr><td class="thanh_menu" style="background:#1b5aa6; padding:6px">{menu}</td></tr>
<tr><td style="background:#f3f6fa; font-size:11px; padding:3px 8px">
<table width="100%"><tr><td><i>{TODAY}</i></td>
<td align="right"><form onsubmit="return timKiem()"><input type="text" id="txtTuKhoa" size="20" /> <input type="button" value="Tìm" onclick="timKiem()" /></form></td></tr></table>
</td></tr>
<tr><td>
<table width="100%" cellpadding="4" cellspacing="0"><tr>
{left_column()}
<td valign="top" class="cot_giua">
{content}
</td>
</tr></table>
</td></tr>
<tr><td class="footer" align="center" style="background:#1b5aa6; color:#fff; font-size:12px; padding:8px">
<b>TRƯỜNG THCS NGUYỄN DU - TP. BUÔN MA THUỘT - ĐẮK LẮK</b><br />
Địa chỉ: 28 Nguyễn Du, phường Tân Lợi, TP. Buôn Ma Thuột, tỉnh Đắk Lắk<br />
Điện thoại: (0262) 3852 416 - Email: thcsnguyendu.bmt@daklak.edu.vn<br />
Ghi rõ nguồn “Trường THCS Nguyễn Du” khi phát hành lại thông tin từ website này.
</td></tr>
</table>
</body>
</html>"""


def page(title: str, content: str, extra_script: str = "") -> Response:
    return html(layout(title, content, extra_script))


# --- article text -----------------------------------------------------------------------------


def render_image(img: Img) -> str:
    tag = f'<img src="{esc(img.src)}" width="480" border="0" />'
    line = esc(img.printed) if img.printed else ""
    if img.style == "br" and line:
        return f'<div align="center">{tag}<br /><i>{line}</i></div>'
    out = f'<p align="center">{tag}</p>'
    if not line:
        return out
    if img.style == "plain":
        return f'<div style="text-align:center">{tag}</div>\n<div style="text-align:center">{line}</div>'
    if img.style == "span":
        return out + f'\n<p align="center"><span style="font-size:11px"><em>{line}</em></span></p>'
    return out + f'\n<p align="center"><i>{line}</i></p>'


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_image(b))
        elif b.style == "lead":
            pass  # printed in td.tomtat above the text
        elif b.style in ("br", "br1"):
            j = i
            parts = []
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in ("br", "br1"):
                sep = "<br /><br />" if blocks[j].style == "br" else "<br />"
                parts.append((sep if parts else "") + esc(blocks[j].text))
                j += 1
            out.append("<div>" + "\n".join(parts) + "</div>")
            i = j
            continue
        elif b.style == "li":
            j = i
            items = []
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "li":
                items.append(f"<li>{esc(blocks[j].text)}</li>")
                j += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            i = j
            continue
        elif b.style in ("th", "tr"):
            j = i
            rows = []
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in ("th", "tr"):
                cells = blocks[j].text.split(" | ")
                if blocks[j].style == "th":
                    rows.append("<tr>" + "".join(
                        f'<td align="center" bgcolor="#dde7f3"><b>{esc(c)}</b></td>' for c in cells
                    ) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                j += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" width="100%" '
                'style="border-collapse:collapse; font-size:13px">' + "\n".join(rows) + "</table>"
            )
            i = j
            continue
        elif b.style == "h":
            out.append(f"<p><b>{esc(b.text)}</b></p>")
        elif b.style == "q":
            out.append(f'<p style="margin-left:30px"><i>{esc(b.text)}</i></p>')
        elif b.style == "div":
            out.append(f"<div>{esc(b.text)}</div>")
        else:
            out.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def lead_html(story: Story) -> str:
    if not (story.summary and story.sapo_outside):
        return ""
    return f'<tr><td class="tomtat" style="padding:5px"><b>{esc(story.summary)}</b></td></tr>'


# --- pages ------------------------------------------------------------------------------------


def article_page(story: Story) -> Response:
    cat = CATEGORIES[story.cat]
    newer = [
        s for s in newest_first([x for x in STORIES if x.cat == story.cat])
        if s.opts["sort"] > story.opts["sort"]
    ][-5:]
    others = "".join(
        f'<li><a href="#" onclick="return xemTin({s.id})">{esc(s.title)}</a> '
        f'<span class="ngay">({list_date(s)})</span></li>'
        for s in newer
    )
    related = (
        f'<tr><td class="tinkhac"><b>Các tin mới hơn:</b><ul>{others}</ul></td></tr>'
        if others else ""
    )
    content = f"""<table width="100%" class="khung" cellpadding="3" cellspacing="0">
<tr><td class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Tin tức &raquo; <a href="index.php?mod=tintuc&cat={story.cat}">{esc(cat)}</a></td></tr>
<tr><td class="bg_title" style="font-size:16px; font-weight:bold; color:#b10000">{esc(story.title)}</td></tr>
<tr><td class="ngay" style="font-size:11px; color:#777">{esc(story.opts["date"])} &nbsp;|&nbsp; Lượt xem: {story.views()}</td></tr>
{lead_html(story)}
<tr><td class="td_tin" style="text-align:justify; padding:5px; font-size:13px">
{render_body(story)}
</td></tr>
<tr><td class="congcu" align="right" style="font-size:11px">
<img src="images/print.gif" /> <a href="javascript:void(0)" onclick="window.open('index.php?mod=tintuc&act=inbai&id={story.id}','inbai','width=720,height=600,scrollbars=yes')">In bài này</a> |
<img src="images/email.gif" /> <a href="javascript:void(0)" onclick="alert('Chức năng đang bảo trì')">Gửi cho bạn bè</a> |
<a href="javascript:history.back()">Quay lại</a> | <a href="#top">Lên đầu trang</a>
</td></tr>
{related}
</table>"""
    return page(story.title, content)


def print_page(story: Story) -> Response:
    body = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.title)}</title>
<style>body{{font-family:Times New Roman; font-size:14px; margin:20px}}</style></head>
<body onload="window.print()">
<table width="100%"><tr><td><b>TRƯỜNG THCS NGUYỄN DU</b><br />Chuyên mục: {esc(CATEGORIES[story.cat])}</td></tr>
<tr><td class="bg_title" style="font-size:18px"><b>{esc(story.title)}</b></td></tr>
<tr><td class="ngay"><i>{esc(story.opts["date"])}</i></td></tr>
{lead_html(story)}
<tr><td class="td_tin">
{render_body(story)}
</td></tr></table>
<p align="center"><a href="javascript:window.close()">[Đóng cửa sổ]</a></p>
</body></html>"""
    return html(body)


def soft_404() -> Response:
    content = """<table width="100%" class="khung" cellpadding="3" cellspacing="0">
<tr><td class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Tin tức</td></tr>
<tr><td align="center" style="padding:30px; color:#b10000"><b>Bản tin không tồn tại hoặc đã bị xóa!</b><br />
<a href="index.php">Quay về trang chủ</a></td></tr>
</table>"""
    return page("Tin tức", content)


def list_entries(cat: str) -> list[tuple[str, object]]:
    """(sort key, Story or document) of a category list, newest first."""
    entries: list[tuple[str, object]] = [(s.opts["sort"], s) for s in STORIES if s.cat == cat]
    if cat == "3":
        entries += [(d[3], d) for d in DOCS]
    return sorted(entries, key=lambda e: e[0], reverse=True)


def row(cat: str, entry: object) -> str:
    if isinstance(entry, tuple):
        doc_id, number, date, _, title, _, _ = entry
        return (
            f'<tr><td class="td_tin"><img src="images/icon_vanban.gif" /> '
            f'<a href="index.php?mod=vanban&act=chitiet&id={doc_id}" class="link_tin">{esc(title)}</a> '
            f'<span class="ngay">({date})</span><br /><span style="font-size:11px">Số hiệu: {esc(number)}'
            f"</span></td></tr>"
        )
    s = entry
    assert isinstance(s, Story)
    if cat == "1":
        return (
            f"<tr onclick=\"window.location.href='{ARTICLE}{s.id}'\" style=\"cursor:pointer\" "
            f"onmouseover=\"this.style.background='#FFF8DC'\" onmouseout=\"this.style.background=''\">"
            f'<td class="td_tin">{thumb(s)}<span class="tieude_tin">{esc(s.title)}</span><br />'
            f'<span class="ngay">({list_date(s)})</span><br />{esc(teaser(s))}</td></tr>'
        )
    if cat == "2":
        target = esc(f"{ARTICLE}{s.id}")
        return (
            f'<tr><td class="td_tin">{thumb(s)}<a href="javascript:void(0)" '
            f"onclick=\"location='{target}'\" class=\"link_tin\">{esc(s.title)}</a> "
            f'<span class="ngay">({list_date(s)})</span><br />{esc(teaser(s))}</td></tr>'
        )
    return (
        f'<tr><td class="td_tin"><img src="images/icon_thongbao.gif" /> '
        f'<a href="#" onclick="return xemTin({s.id})" class="link_tin">{esc(s.title)}</a> '
        f'<span class="ngay">({list_date(s)})</span></td></tr>'
    )


def pager(cat: str, p: int, pages: int) -> str:
    links = []
    for n in range(1, pages + 1):
        if n == p:
            links.append(f"<b>[{n}]</b>")
        elif cat == "1":
            links.append(f'<a href="javascript:chuyenTrang({n})">{n}</a>')
        else:
            links.append(f'<a href="index.php?mod=tintuc&cat={cat}&p={n}">{n}</a>')
    if p < pages:
        if cat == "1":
            links.append(f'<a href="javascript:chuyenTrang({p + 1})">Sau &raquo;</a>')
        else:
            links.append(f'<a href="index.php?mod=tintuc&cat={cat}&p={p + 1}">Sau &raquo;</a>')
    return f'<tr><td class="phantrang" align="center">Trang: {" ".join(links)}</td></tr>'


def listing(cat: str, p: int) -> Response:
    name = CATEGORIES[cat]
    entries = list_entries(cat)
    pages = max(1, -(-len(entries) // PER_PAGE))
    chunk = entries[(p - 1) * PER_PAGE : p * PER_PAGE]
    rows = "\n".join(row(cat, e) for _, e in chunk) or (
        '<tr><td align="center" style="padding:20px">Chưa có tin trong mục này.</td></tr>'
    )
    content = f"""<table width="100%" class="khung" cellpadding="4" cellspacing="0">
<tr><td class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Tin tức &raquo; {esc(name)}</td></tr>
<tr><td class="bg_title">{esc(name.upper())}</td></tr>
{rows}
{pager(cat, p, pages)}
</table>"""
    return page(name, content, CHUYENTRANG_JS if cat == "1" else "")


def home() -> Response:
    newest = newest_first(STORIES)[:4]
    tinmoi = "".join(
        f'<tr><td class="td_tin">{thumb(s)}<a href="{ARTICLE}{s.id}" class="link_tin"><b>{esc(s.title)}</b></a> '
        f'<span class="ngay">({list_date(s)})</span><br />{esc(teaser(s, 22))}</td></tr>'
        for s in newest
    )
    tb = "".join(row("3", e) for _, e in list_entries("3")[:3])
    content = f"""<table width="100%" class="khung" cellpadding="4" cellspacing="0">
<tr><td class="bg_title">TIN MỚI</td></tr>
{tinmoi}
</table>
<table width="100%" class="khung" cellpadding="4" cellspacing="0">
<tr><td class="bg_title">THÔNG BÁO</td></tr>
<tr><td><marquee direction="up" scrollamount="2" height="110" onmouseover="this.stop()" onmouseout="this.start()">
<table width="100%">{tb}</table></marquee></td></tr>
<tr><td align="right"><a href="index.php?mod=tintuc&cat=3">Xem tất cả &raquo;</a></td></tr>
</table>
<table width="100%" class="khung" cellpadding="4" cellspacing="0">
<tr><td class="bg_title">GIỚI THIỆU</td></tr>
<tr><td class="td_tin"><img src="images/truong.jpg" width="150" align="left" />Trường THCS Nguyễn Du được thành lập năm
1987, tọa lạc tại trung tâm TP. Buôn Ma Thuột. Nhiều năm liền nhà trường đạt danh hiệu Tập thể lao động
xuất sắc... <a href="index.php?mod=gioithieu">Xem tiếp</a></td></tr>
</table>"""
    return page("Trang chủ", content)


def gioithieu() -> Response:
    content = """<table width="100%" class="khung" cellpadding="4" cellspacing="0">
<tr><td class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Giới thiệu</td></tr>
<tr><td class="bg_title">Giới thiệu chung về Trường THCS Nguyễn Du</td></tr>
<tr><td class="td_tin" style="text-align:justify">
<p>Trường THCS Nguyễn Du được thành lập năm 1987 theo Quyết định của UBND tỉnh Đắk Lắk, tọa lạc tại số 28
đường Nguyễn Du, phường Tân Lợi, TP. Buôn Ma Thuột.</p>
<p>Nhà trường hiện có 30 lớp với hơn 1.250 học sinh; 68 cán bộ, giáo viên, nhân viên. Trường đạt chuẩn
quốc gia mức độ 2 năm 2019 và kiểm định chất lượng giáo dục cấp độ 3.</p>
<p align="center"><img src="upload/gioithieu/toan-canh-truong.jpg" width="480" /></p>
<p align="center"><i>Toàn cảnh Trường THCS Nguyễn Du</i></p>
<p><b>Ban Giám hiệu:</b></p>
<ul><li>Hiệu trưởng: Thầy Phạm Văn Long</li><li>Phó Hiệu trưởng: Cô Nguyễn Thị Bích Ngọc</li>
<li>Phó Hiệu trưởng: Cô Phạm Thị Ngọc Lan</li></ul>
<p>Nhiều năm liền nhà trường được UBND tỉnh tặng Bằng khen, danh hiệu Tập thể lao động xuất sắc.</p>
</td></tr></table>"""
    return page("Giới thiệu", content)


def lienhe() -> Response:
    content = """<table width="100%" class="khung" cellpadding="4" cellspacing="0">
<tr><td class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Liên hệ</td></tr>
<tr><td class="bg_title">LIÊN HỆ</td></tr>
<tr><td class="td_tin"><b>TRƯỜNG THCS NGUYỄN DU</b><br />
Địa chỉ: 28 Nguyễn Du, phường Tân Lợi, TP. Buôn Ma Thuột, tỉnh Đắk Lắk<br />
Điện thoại: (0262) 3852 416 - Fax: (0262) 3852 417<br />
Email: thcsnguyendu.bmt@daklak.edu.vn</td></tr>
<tr><td><form name="frmLienHe" method="post" action="index.php?mod=lienhe" onsubmit="alert('Đã gửi liên hệ'); return false;">
<table cellpadding="3">
<tr><td>Họ tên (*):</td><td><input type="text" name="hoten" size="40" /></td></tr>
<tr><td>Email (*):</td><td><input type="text" name="email" size="40" /></td></tr>
<tr><td>Tiêu đề:</td><td><input type="text" name="tieude" size="40" /></td></tr>
<tr><td>Nội dung:</td><td><textarea name="noidung" cols="40" rows="6"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" /> <input type="reset" value="Nhập lại" /></td></tr>
</table></form></td></tr></table>"""
    return page("Liên hệ", content)


def vanban_list() -> Response:
    rows = "\n".join(row("3", d) for d in DOCS)
    content = f"""<table width="100%" class="khung" cellpadding="4" cellspacing="0">
<tr><td class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Văn bản</td></tr>
<tr><td class="bg_title">VĂN BẢN</td></tr>
{rows}
</table>"""
    return page("Văn bản", content)


def vanban_entry(doc: tuple) -> Response:
    _, number, date, _, title, fname, issuer = doc
    content = f"""<table width="100%" class="khung" cellpadding="4" cellspacing="0">
<tr><td class="duongdan"><a href="index.php">Trang chủ</a> &raquo; <a href="index.php?mod=vanban">Văn bản</a></td></tr>
<tr><td class="bg_title">{esc(title)}</td></tr>
<tr><td><table border="1" cellpadding="4" cellspacing="0" width="100%" style="border-collapse:collapse">
<tr><td width="150"><b>Số/Ký hiệu</b></td><td>{esc(number)}</td></tr>
<tr><td><b>Ngày ban hành</b></td><td>{date}</td></tr>
<tr><td><b>Cơ quan ban hành</b></td><td>{esc(issuer)}</td></tr>
<tr><td><b>Trích yếu</b></td><td>{esc(title)}</td></tr>
<tr><td><b>Tệp đính kèm</b></td><td><a href="upload/vanban/{fname}"><img src="images/pdf.gif" /> {fname}</a></td></tr>
</table></td></tr></table>"""
    return page(title, content)


def albums() -> Response:
    cells = "".join(
        f'<td align="center" width="33%"><a href="index.php?mod=thuvienanh&album={n}">'
        f'<img src="upload/album/{n}/bia.jpg" width="160" border="0" /><br />{esc(t)}</a><br />'
        f'<span class="ngay">({count} ảnh)</span></td>'
        for n, (t, _, count) in ALBUMS.items()
    )
    content = f"""<table width="100%" class="khung" cellpadding="4" cellspacing="0">
<tr><td class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Thư viện ảnh</td></tr>
<tr><td class="bg_title">THƯ VIỆN ẢNH</td></tr>
<tr><td><table width="100%"><tr>{cells}</tr></table></td></tr></table>"""
    return page("Thư viện ảnh", content)


def album(n: int) -> Response:
    title, date, count = ALBUMS[n]
    photos = "".join(
        f'<td align="center"><a href="javascript:void(0)" onclick="moAnh(\'upload/album/{n}/{k:02d}.jpg\')">'
        f'<img src="upload/album/{n}/thumb_{k:02d}.jpg" width="140" border="0" /></a><br />'
        f"<i>Ảnh {k}</i></td>" + ("</tr><tr>" if k % 4 == 0 else "")
        for k in range(1, count + 1)
    )
    script = "function moAnh(src){ window.open(src,'anh','width=820,height=620'); }"
    content = f"""<table width="100%" class="khung" cellpadding="4" cellspacing="0">
<tr><td class="duongdan"><a href="index.php">Trang chủ</a> &raquo; <a href="index.php?mod=thuvienanh">Thư viện ảnh</a></td></tr>
<tr><td class="bg_title">Album: {esc(title)}</td></tr>
<tr><td class="ngay" style="font-size:11px">Ngày tạo: {date} - Số ảnh: {count}</td></tr>
<tr><td><table width="100%" cellpadding="4"><tr>{photos}</tr></table></td></tr></table>"""
    return page(f"Album {title}", content, script)


def _int(value: str | None) -> int | None:
    return int(value) if value and re.fullmatch(r"\d{1,6}", value) else None


class OnclickNavSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/css/", "/js/", "/upload/")):
            if path.startswith("/upload/vanban/") and path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path not in ("/", "/index.php"):
            return None
        q = request.params
        mod = q.get("mod", "")
        if mod == "":
            return home() if not request.query else None
        if mod == "tintuc":
            act = q.get("act", "")
            if act in ("chitiet", "inbai"):
                story = BY_ID.get(_int(q.get("id")) or 0)
                if story is None:
                    return soft_404()
                return article_page(story) if act == "chitiet" else print_page(story)
            cat = q.get("cat", "")
            if act == "" and cat in CATEGORIES:
                p = _int(q.get("p", "1") or "1")
                if p is None or p < 1:
                    p = 1
                return listing(cat, p)
            return soft_404()
        if mod == "gioithieu":
            return gioithieu()
        if mod == "lienhe":
            return lienhe()
        if mod == "vanban":
            if q.get("act") == "chitiet":
                doc = DOC_BY_ID.get(_int(q.get("id")) or 0)
                return vanban_entry(doc) if doc else None
            return vanban_list()
        if mod == "thuvienanh":
            n = _int(q.get("album"))
            if n is None:
                return albums()
            return album(n) if n in ALBUMS else None
        return None


def build_site() -> OnclickNavSite:
    return OnclickNavSite()
