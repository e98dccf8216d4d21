"""Trường Chính trị tỉnh Thanh Hóa on an old Java web application: Struts 1.2 on Tomcat 5.5,
built by a provincial software vendor in 2009 and never re-themed. Table layout, ``<font>`` runs,
image menus, no heading elements.

Platform
--------
Every page is a Struts action (``*.do``) rendered by a Tiles layout of nested tables: a banner
image (the site name is only in the image's alt), a horizontal menu of GIF buttons whose text is
their ``alt``, the header clock ("Thứ Tư, ngày 25/11/2026"), a left column ("Chuyên mục",
"Liên kết website" as a ``<select onchange>``, "Thăm dò ý kiến" poll form, "Tin đọc nhiều nhất",
the counter "Số người truy cập: 0123456" / "Đang online"), the centre cell, and a footer with the
school's address and phone. ``<title>`` is the same on every page. There is no ``<h1>`` anywhere.

The article template (``chitiet.jsp``)::

    <td class="duongdan"> Trang chủ » <a>Tin tức - Sự kiện</a> » <b>Tin hoạt động</b> </td>
    <td class="tieude"><font size="3" color="#990000"><b>TITLE</b></font></td>
    <td class="ngaydang"> "Cập nhật ngày: 18/09/2026" (old template)
                          "Ngày đăng: 19/11/2026 16:10 | Lượt xem: 245" (new template) </td>
    <td class="text"> (old) or <td class="noidung"> (new): the editor's HTML </td>
    [<a href="javascript:window.open('/tintuc/in.do?id=N',…)">Bản in</a>] [Gửi email] [Về đầu trang]
    "Các tin khác:" the 4 newest other posts of the section, "(dd/mm/yyyy)" after each

Old markup without paragraph tags: the text is ``<font face="Arial" size="2">`` runs and
- in some old posts each paragraph is a ``<div align="justify">`` (with ``<div>&nbsp;</div>``
  spacers);
- in others one long font run where ``<br><br>`` ends a paragraph and a single ``<br>`` starts a
  new line, which is a paragraph of its own too (list lines always are);
- in the newest posts ``<p align="justify">`` (with ``<p>&nbsp;</p>`` spacers).
One paragraph per post may be cut in two font runs (the editor changed the font mid-sentence).
Headings are ``<b>`` lines; list items are lines starting "- " or "+ " (marks kept as printed).
The sapo, where there is one, is ``<i><b>…</b></i>`` at the top. Photos sit in a small centred
table, the caption ``<font size="1"><i>…</i></font>`` in the row under the image (or in the same
cell after a ``<br>``). A data table (results of a review) has ``border="1"``.

Signatures at the end, right-aligned: ``<b>Nguyễn Văn Tiến</b><br><i>Phòng Quản lý đào tạo</i>``
(the unit is neither name nor text), "ThS. Lê Thị Hằng - Khoa Lý luận cơ sở" on one line,
"<b>Minh Hiếu</b><br><i>(Theo Báo Thanh Hóa)</i>", "P.QLĐT" (an office's initials), "Ảnh: …",
"Tin, ảnh: …"; one post is unsigned.

URL scheme
----------
- ``/`` answers 302 to ``/index.do`` (Tomcat's welcome file); ``/index.do`` is the home page.
- ``/tintuc/danhsach.do?idcm=<c>&page=<n>``: listings, 8 posts per page, pager
  "Trang: 1 2 Tiếp »". ``idcm=1`` "Tin tức - Sự kiện" is the parent section: it lists the posts of
  its three children (Tin hoạt động 2, Đào tạo - Bồi dưỡng 3, Nghiên cứu khoa học 5), newest
  first, over two pages. ``idcm=4`` is "Tin ảnh". The child listings answer but nothing links
  them (the menu and the breadcrumbs only link the parent).
- ``/tintuc/chitiet.do?id=<n>&idcm=<c>``: a post. ``/tintuc/in.do?id=<n>``: its print view.
- ``/tintuc/guiemail.do?id=<n>``: the "Gửi email" form (it repeats the post's title).
- ``/gioithieu.do``, ``/lichgiang.do``, ``/vanban/danhsach.do``, ``/vanban/chitiet.do?id=<n>``,
  ``/thuvienanh/album.do?id=<n>``, ``/timkiem.do``, ``/binhchon.do``.
- Files: ``/images/…`` (layout), ``/upload/tintuc/2026/<mm>/…`` (photos, thumbnails),
  ``/upload/vanban/…pdf``. No robots.txt, no sitemap, no feed.

Session ids
-----------
Every answer sets ``JSESSIONID``. The home page and the listings are Struts pages whose post
links go through ``<html:link>`` (``response.encodeURL``): when the request carried no
``JSESSIONID`` cookie they print ``/tintuc/chitiet.do;jsessionid=8A3F…?id=<n>&amp;idcm=<c>``.
Hand-written links (menu, "Các tin khác", "Tin đọc nhiều nhất", pager) never carry it. The post
is the same at both forms (gold ``alt_paths``), and at its print view.

How each gold article is reached
--------------------------------
- Home "Tin mới": the 5 newest of idcm=1; home "Tin ảnh": the 2 newest photo posts.
- ``danhsach.do?idcm=1`` page 1 (8 posts), page 2 (the 2 oldest: the year-end review of August
  and the August conference, reachable only there: "Các tin khác" shows the newest posts).
- ``danhsach.do?idcm=4`` (menu "Tin ảnh"): the 3 photo posts; the September one only there.
- "Các tin khác" and "Tin đọc nhiều nhất" repeat some newer posts with clean URLs.

Traps
-----
- No ``<p>`` in the older half: paragraphs are divs, ``<br><br>`` runs, single ``<br>`` lines.
- Title only in ``td.tieude``; ``<title>`` is the school's name; no h1.
- Session ids in the path (``;jsessionid=``), ``&amp;`` and raw ``&`` in hrefs, relative hrefs.
- Print view linked only through ``javascript:window.open``; "Gửi email" form echoes the title.
- "Giới thiệu" uses the same ``td.tieude`` title cell with long text but no date; the photo album
  prints photos with captions and "Ngày tạo album"; the Văn bản entry prints "Ngày ban hành".
- One photo's caption is only in its ``alt`` (not displayed: caption None).
- "Lượt xem" beside the date; the header clock is today, not a publication date.

Gold decisions
--------------
- title: the ``td.tieude`` text as printed (one title in capitals).
- published_at: "Cập nhật ngày: dd/mm/yyyy" -> the day; "Ngày đăng: dd/mm/yyyy HH:MM" -> day and
  time (+07:00).
- authors: the signature name without degree or unit; "P.QLĐT" as printed; "Ảnh: X" -> photographer
  X; "Tin, ảnh: X" -> both; "(Theo Báo Thanh Hóa)" -> source "Báo Thanh Hóa".
- summary: the ``<i><b>`` lead (also the first body paragraph); else None.
- body: paragraphs, headings, list lines, table rows (cells joined by " | "); not the captions,
  the signature, the tool bar, "Các tin khác".
- images: the photos in the text in order with the italic line under each; the alt-only one None.
- category: the breadcrumb's last section (the child section; "Tin ảnh" for photo posts).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, TODAY, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "jsp_struts_tct"
PLATFORM = "Java Struts 1.2 / Tiles on Tomcat 5.5 (vendor portal, 2009), table layout, *.do URLs"
START_PATH = "/index.do"

SITE = "Trường Chính trị tỉnh Thanh Hóa"
SESSION = "8A3F5C0D91E2B7746AC3D0F18B2E9A57"
PER_PAGE = 8

CATEGORIES = {
    "2": "Tin hoạt động",
    "3": "Đào tạo - Bồi dưỡng",
    "5": "Nghiên cứu khoa học",
    "4": "Tin ảnh",
}
PARENT = ("1", "Tin tức - Sự kiện")
CHILDREN = ("2", "3", "5")

F = '<font face="Arial" size="2">'


def u(story_id: int, month: int, n: int) -> str:
    return f"/upload/tintuc/2026/{month:02d}/{story_id}_{n}.jpg"


def sig(name: str, unit: str | None = None, tag: str = "div") -> Raw:
    """The right-aligned signature: bold name, the unit in italics on the next line."""
    line = f"<b>{esc(name)}</b>" + (f"<br><i>{esc(unit)}</i>" if unit else "")
    return Raw(f'<{tag} align="right">{F}{line}</font></{tag}>')


# --- the posts, oldest first ---------------------------------------------------------------
#
# opts: mode ("div" | "br" | "p"), new (new template: td.noidung, "Ngày đăng" with the time),
# time ("HH:MM"). P styles: "sapo" (<i><b>), "h" (<b> line), "li" (a list line), "nl" (after a
# single <br> in a br run), "row" (table row, cells " | "), "split" (two font runs).
# Img styles: "cell" (caption row under the image), "same" (caption in the image's cell),
# "alt" (caption only in alt), "none".

S_HOITHAO = Story(
    1791,
    "hoi-thao-tu-tuong-ho-chi-minh-ve-can-bo",
    "Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi "
    "dưỡng cán bộ cơ sở hiện nay”",
    "5",
    "2026-08-14",
    [
        P(
            "Ngày 13/8/2026, Trường Chính trị tỉnh Thanh Hóa tổ chức Hội thảo khoa học cấp trường "
            "với chủ đề “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng "
            "cán bộ cơ sở hiện nay”. TS. Nguyễn Đình Thắng, Phó Hiệu trưởng Nhà trường chủ trì hội thảo."
        ),
        P(
            "Tham dự hội thảo có đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Nội vụ, lãnh đạo "
            "Trung tâm Chính trị một số huyện, thị xã, thành phố cùng toàn thể cán bộ, giảng viên "
            "của Nhà trường."
        ),
        Img(u(1791, 8, 1), "Toàn cảnh hội thảo", "Toàn cảnh hội thảo", "cell"),
        P("Nhiều tham luận có giá trị lý luận và thực tiễn", "h"),
        P(
            "Ban Tổ chức đã nhận được 32 bài tham luận của các nhà khoa học, giảng viên trong và "
            "ngoài trường. Các tham luận tập trung làm rõ những quan điểm cơ bản của Chủ tịch Hồ Chí "
            "Minh về vị trí, vai trò của cán bộ; về tiêu chuẩn “vừa hồng, vừa chuyên”; về công tác "
            "huấn luyện, đào tạo cán bộ gắn với thực tiễn."
        ),
        P(
            "Tại hội thảo, 9 ý kiến trình bày trực tiếp đã phân tích thực trạng đội ngũ cán bộ cấp "
            "xã của tỉnh sau khi thực hiện sắp xếp đơn vị hành chính, chỉ ra những hạn chế về kỹ "
            "năng xử lý tình huống, kỹ năng vận động quần chúng và năng lực chuyển đổi số của một "
            "bộ phận cán bộ cơ sở.",
            "split",
        ),
        P("Đề xuất đổi mới nội dung, phương pháp bồi dưỡng", "h"),
        P(
            "Các đại biểu thống nhất cho rằng, cần tiếp tục đổi mới chương trình bồi dưỡng theo "
            "hướng tinh gọn phần lý thuyết, tăng thời lượng thảo luận, nghiên cứu thực tế; đẩy mạnh "
            "phương pháp giảng dạy tích cực, lấy người học làm trung tâm; gắn bài giảng với những "
            "vấn đề đặt ra ở cơ sở."
        ),
        P(
            "Phát biểu kết luận, đồng chí Phó Hiệu trưởng đánh giá cao chất lượng các tham luận và "
            "đề nghị các khoa, phòng chức năng tiếp thu, chọn lọc những ý kiến xác đáng để bổ sung "
            "vào bài giảng, đồng thời biên tập kỷ yếu phục vụ công tác giảng dạy và nghiên cứu khoa "
            "học của Nhà trường."
        ),
        Raw(f'<div align="right">{F}<b>ThS. Lê Thị Hằng - Khoa Lý luận cơ sở</b></font></div>'),
    ],
    authors=["Lê Thị Hằng"],
    opts={"mode": "div"},
)

S_TONGKET = Story(
    1797,
    "tong-ket-nam-hoc-2025-2026",
    "TRƯỜNG CHÍNH TRỊ TỈNH TỔNG KẾT NĂM HỌC 2025 - 2026, TRIỂN KHAI NHIỆM VỤ NĂM HỌC 2026 - 2027",
    "2",
    "2026-08-28",
    [
        P(
            "Chiều 27/8/2026, Trường Chính trị tỉnh Thanh Hóa tổ chức Hội nghị tổng kết công tác "
            "năm học 2025 - 2026 và triển khai phương hướng, nhiệm vụ năm học 2026 - 2027.",
            "sapo",
        ),
        P(
            "Năm học 2025 - 2026, Nhà trường đã mở và quản lý 41 lớp với trên 3.200 lượt học viên, "
            "trong đó có 18 lớp trung cấp lý luận chính trị - hành chính, 23 lớp bồi dưỡng các chức "
            "danh và bồi dưỡng nghiệp vụ. Tỷ lệ học viên tốt nghiệp đạt 99,6%, trong đó 27,4% đạt "
            "loại giỏi."
        ),
        P(
            "Công tác nghiên cứu khoa học tiếp tục được quan tâm với 2 đề tài cấp tỉnh, 11 đề tài "
            "cấp cơ sở được nghiệm thu; 46 bài viết của cán bộ, giảng viên được đăng trên các tạp "
            "chí, báo trung ương và địa phương.",
            "nl",
        ),
        Img(
            u(1797, 8, 1),
            "Đồng chí Hiệu trưởng trình bày báo cáo tổng kết năm học",
            "Đồng chí Hiệu trưởng trình bày báo cáo tổng kết năm học",
            "same",
        ),
        P("Nhiệm vụ trọng tâm năm học 2026 - 2027", "h"),
        P("- Nâng cao chất lượng giảng dạy các lớp trung cấp lý luận chính trị - hành chính;", "li"),
        P("- Hoàn thành chương trình bồi dưỡng cán bộ cấp xã sau sắp xếp;", "li"),
        P("- Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý đào tạo;", "li"),
        P("- Phấn đấu đạt chuẩn trường chính trị mức 1 theo Quy định 09-QĐ/TW.", "li"),
        P(
            "Dịp này, Nhà trường khen thưởng 12 tập thể và 37 cá nhân có thành tích xuất sắc trong "
            "năm học 2025 - 2026."
        ),
        sig("Phạm Thu Trang", "Phòng Tổ chức - Hành chính"),
    ],
    authors=["Phạm Thu Trang"],
    summary=(
        "Chiều 27/8/2026, Trường Chính trị tỉnh Thanh Hóa tổ chức Hội nghị tổng kết công tác "
        "năm học 2025 - 2026 và triển khai phương hướng, nhiệm vụ năm học 2026 - 2027."
    ),
    opts={"mode": "br"},
)

S_CHAOCO = Story(
    1800,
    "tin-anh-le-chao-co-dau-nam-hoc",
    "Tin ảnh: Lễ chào cờ và sinh hoạt chính trị đầu năm học 2026 - 2027",
    "4",
    "2026-09-04",
    [
        P(
            "Sáng 03/9/2026, Trường Chính trị tỉnh tổ chức Lễ chào cờ, sinh hoạt chính trị đầu năm "
            "học mới cho cán bộ, giảng viên và học viên các lớp đang học tập tại trường."
        ),
        Img(u(1800, 9, 1), "Nghi thức chào cờ tại sân trường", "Nghi thức chào cờ tại sân trường", "cell"),
        Img(
            u(1800, 9, 2),
            "Học viên lớp Trung cấp LLCT-HC K44 dự lễ chào cờ",
            "Học viên lớp Trung cấp LLCT-HC K44 dự lễ chào cờ",
            "cell",
        ),
        Img(
            u(1800, 9, 3),
            "Đồng chí Hiệu trưởng quán triệt nhiệm vụ năm học mới",
            "Đồng chí Hiệu trưởng quán triệt nhiệm vụ năm học mới",
            "cell",
        ),
        Img(
            u(1800, 9, 4),
            "Cán bộ, giảng viên Nhà trường chụp ảnh lưu niệm",
            "Cán bộ, giảng viên Nhà trường chụp ảnh lưu niệm",
            "cell",
        ),
        Raw(f'<div align="right">{F}<i>Ảnh: Hoàng Minh Đức</i></font></div>'),
    ],
    photographers=["Hoàng Minh Đức"],
    opts={"mode": "div"},
)

S_K45 = Story(
    1803,
    "khai-giang-trung-cap-llct-hc-k45-tho-xuan",
    "Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung K45 tại huyện Thọ Xuân",
    "3",
    "2026-09-07",
    [
        P(
            "Sáng 06/9/2026, tại Trung tâm Chính trị huyện Thọ Xuân, Trường Chính trị tỉnh phối hợp "
            "với Ban Thường vụ Huyện ủy Thọ Xuân tổ chức khai giảng lớp Trung cấp lý luận chính trị "
            "- hành chính hệ không tập trung K45."
        ),
        Img(u(1803, 9, 1), None, None, "alt"),
        P(
            "Lớp học có 86 học viên là cán bộ chủ chốt các xã, thị trấn, cán bộ các phòng, ban, "
            "đơn vị của huyện. Thời gian học tập 14 tháng, theo chương trình do Học viện Chính trị "
            "quốc gia Hồ Chí Minh ban hành."
        ),
        P("Chương trình gồm 4 phần:", "h"),
        P("- Phần I: Những vấn đề cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh;", "li"),
        P("- Phần II: Những vấn đề cơ bản về Đảng Cộng sản, Nhà nước và hệ thống chính trị;", "li"),
        P("- Phần III: Quản lý hành chính nhà nước;", "li"),
        P("- Phần IV: Kỹ năng lãnh đạo, quản lý và nghiệp vụ công tác.", "li"),
        P(
            "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên nghiêm túc chấp hành "
            "quy chế, tích cực nghiên cứu, liên hệ thực tiễn địa phương; Trung tâm Chính trị huyện "
            "phối hợp chặt chẽ trong quản lý lớp học, bảo đảm các điều kiện phục vụ dạy và học."
        ),
        sig("Nguyễn Văn Tiến", "Phòng Quản lý đào tạo"),
    ],
    authors=["Nguyễn Văn Tiến"],
    opts={"mode": "br", "alt": "Đồng chí Phó Hiệu trưởng phát biểu tại lễ khai giảng"},
)

S_HOCVIEN = Story(
    1815,
    "doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i",
    "Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường Chính trị tỉnh Thanh Hóa",
    "2",
    "2026-09-18",
    [
        P(
            "Ngày 17/9/2026, Đoàn công tác của Học viện Chính trị khu vực I do PGS.TS Trần Văn "
            "Phòng, Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị "
            "tỉnh về công tác phối hợp đào tạo, bồi dưỡng cán bộ năm 2026 - 2027."
        ),
        P(
            "Báo cáo với đoàn công tác, lãnh đạo Nhà trường cho biết: Trong những năm qua, hai đơn "
            "vị đã phối hợp mở 6 lớp cao cấp lý luận chính trị hệ không tập trung tại tỉnh với 612 "
            "học viên; 100% học viên tốt nghiệp đúng tiến độ. Nhà trường đề nghị Học viện tiếp tục "
            "cử giảng viên tham gia giảng dạy các chuyên đề chuyên sâu và hỗ trợ bồi dưỡng nâng cao "
            "trình độ cho đội ngũ giảng viên trẻ."
        ),
        Img(u(1815, 9, 1), "Quang cảnh buổi làm việc", "Quang cảnh buổi làm việc", "cell"),
        P(
            "Phát biểu tại buổi làm việc, đồng chí Phó Giám đốc Học viện ghi nhận những kết quả "
            "Trường Chính trị tỉnh Thanh Hóa đạt được, nhất là việc đổi mới phương pháp giảng dạy "
            "và công tác quản lý học viên. Đồng chí đề nghị hai bên ký kết chương trình phối hợp "
            "giai đoạn 2026 - 2030, trong đó chú trọng trao đổi giảng viên, nghiên cứu khoa học và "
            "biên soạn tài liệu."
        ),
        P(
            "Dịp này, Học viện trao tặng Thư viện Nhà trường 350 đầu sách, tài liệu tham khảo phục "
            "vụ giảng dạy, học tập."
        ),
        sig("Minh Hiếu", "(Theo Báo Thanh Hóa)"),
    ],
    authors=["Minh Hiếu"],
    source="Báo Thanh Hóa",
    opts={"mode": "div"},
)

S_NGHIEMTHU = Story(
    1822,
    "nghiem-thu-6-de-tai-cap-co-so-2026",
    "Nghiệm thu 6 đề tài khoa học cấp cơ sở năm 2026",
    "5",
    "2026-09-29",
    [
        P(
            "Từ ngày 24 đến 26/9/2026, Hội đồng khoa học Nhà trường đã tổ chức nghiệm thu 6 đề tài "
            "nghiên cứu khoa học cấp cơ sở năm 2026 của cán bộ, giảng viên."
        ),
        P(
            "Các đề tài bám sát yêu cầu thực tiễn giảng dạy và công tác lãnh đạo, quản lý ở địa "
            "phương. Hội đồng đánh giá cao tính ứng dụng của kết quả nghiên cứu, đồng thời góp ý "
            "để các chủ nhiệm đề tài hoàn thiện báo cáo tổng hợp trước khi lưu chiểu tại Thư viện.",
            "nl",
        ),
        P("Kết quả nghiệm thu cụ thể như sau:", "h"),
        P("TT | Tên đề tài | Chủ nhiệm | Xếp loại", "row"),
        P(
            "1 | Nâng cao chất lượng giảng dạy phần Kỹ năng lãnh đạo, quản lý tại Trường Chính trị "
            "tỉnh Thanh Hóa | ThS. Lê Thị Hằng | Xuất sắc",
            "row",
        ),
        P("2 | Ứng dụng bản đồ tư duy trong giảng dạy các môn lý luận chính trị | ThS. Đỗ Văn Sơn | Khá", "row"),
        P(
            "3 | Giải pháp nâng cao hiệu quả nghiên cứu thực tế của học viên hệ trung cấp | CN. Vũ "
            "Thị Ngọc | Khá",
            "row",
        ),
        P(
            "4 | Xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh ở huyện miền núi Thường Xuân | "
            "ThS. Lê Đình Khoa | Xuất sắc",
            "row",
        ),
        P(
            "5 | Số hóa tài liệu thư viện Trường Chính trị tỉnh giai đoạn 2026 - 2028 | KS. Nguyễn "
            "Hữu Thành | Đạt",
            "row",
        ),
        P(
            "6 | Kỹ năng xử lý tình huống trong công tác dân vận của cán bộ cấp xã | ThS. Phạm Thị "
            "Hoa | Khá",
            "row",
        ),
        P(
            "Nhà trường đề nghị các chủ nhiệm đề tài tiếp tục hoàn thiện và ứng dụng kết quả nghiên "
            "cứu vào bài giảng ngay trong năm học 2026 - 2027."
        ),
        sig("P.QLĐT"),
    ],
    authors=["P.QLĐT"],
    opts={"mode": "br"},
)

S_HNCBVC = Story(
    1836,
    "hoi-nghi-can-bo-vien-chuc-2026",
    "Hội nghị cán bộ, viên chức Trường Chính trị tỉnh năm 2026",
    "2",
    "2026-10-14T14:20:00+07:00",
    [
        P(
            "Ngày 13/10/2026, Trường Chính trị tỉnh Thanh Hóa tổ chức Hội nghị cán bộ, viên chức năm "
            "2026. Dự hội nghị có 78 cán bộ, viên chức, người lao động của Nhà trường."
        ),
        P(
            "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ chính trị năm học 2025 - 2026; báo "
            "cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra nhân dân và thảo luận, sửa "
            "đổi Quy chế chi tiêu nội bộ, Quy chế thực hiện dân chủ ở cơ sở."
        ),
        P(
            "Các ý kiến tại hội nghị thẳng thắn, tâm huyết, tập trung vào việc nâng cao chất lượng "
            "giảng dạy, cải thiện điều kiện làm việc và chế độ cho giảng viên đi giảng tại các huyện "
            "miền núi.",
            "nl",
        ),
        P("Hội nghị đã thống nhất các chỉ tiêu chủ yếu:", "h"),
        P("+ 100% cán bộ, viên chức hoàn thành tốt nhiệm vụ trở lên;", "li"),
        P("+ Mỗi giảng viên dự giờ tối thiểu 4 tiết/học kỳ;", "li"),
        P("+ Không có cán bộ, viên chức vi phạm kỷ luật.", "li"),
        P(
            "Kết thúc hội nghị, cán bộ, viên chức Nhà trường đã ký kết giao ước thi đua năm học "
            "2026 - 2027.",
            "split",
        ),
    ],
    opts={"mode": "br", "new": True, "time": "14:20"},
)

S_NGOCLAC = Story(
    1841,
    "tin-anh-nghien-cuu-thuc-te-ngoc-lac",
    "Tin ảnh: Học viên lớp Trung cấp LLCT-HC K44 nghiên cứu thực tế tại huyện Ngọc Lặc",
    "4",
    "2026-10-20T09:15:00+07:00",
    [
        P(
            "Từ ngày 15 đến 17/10/2026, 72 học viên lớp Trung cấp lý luận chính trị - hành chính "
            "K44 đã đi nghiên cứu thực tế tại huyện Ngọc Lặc."
        ),
        Img(
            u(1841, 10, 1),
            "Đoàn làm việc với Thường trực Huyện ủy Ngọc Lặc",
            "Đoàn làm việc với Thường trực Huyện ủy Ngọc Lặc",
            "cell",
        ),
        Img(
            u(1841, 10, 2),
            "Học viên tìm hiểu mô hình trồng mía tập trung tại xã Minh Sơn",
            "Học viên tìm hiểu mô hình trồng mía tập trung tại xã Minh Sơn",
            "cell",
        ),
        Img(u(1841, 10, 3), "Dâng hương tại Đền thờ Lê Lai", "Dâng hương tại Đền thờ Lê Lai", "cell"),
        Img(
            u(1841, 10, 4),
            "Học viên trao đổi với cán bộ Hợp tác xã nông nghiệp Phúc Thịnh",
            "Học viên trao đổi với cán bộ Hợp tác xã nông nghiệp Phúc Thịnh",
            "cell",
        ),
        Img(
            u(1841, 10, 5),
            "Đoàn chụp ảnh lưu niệm tại Trung tâm Chính trị huyện Ngọc Lặc",
            "Đoàn chụp ảnh lưu niệm tại Trung tâm Chính trị huyện Ngọc Lặc",
            "cell",
        ),
        sig("Nguyễn Văn Tiến", "Phòng Quản lý đào tạo"),
    ],
    authors=["Nguyễn Văn Tiến"],
    opts={"mode": "br", "new": True, "time": "09:15"},
)

S_DANGVIEN = Story(
    1848,
    "boi-duong-ly-luan-chinh-tri-dang-vien-moi",
    "Bồi dưỡng lý luận chính trị cho 215 đảng viên mới năm 2026",
    "3",
    "2026-10-27T08:00:00+07:00",
    [
        P(
            "Từ ngày 19 đến 26/10/2026, Trường Chính trị tỉnh phối hợp với Đảng ủy Khối cơ quan và "
            "doanh nghiệp tỉnh mở lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới."
        ),
        P(
            "Tham gia lớp học có 215 đảng viên mới của 38 tổ chức cơ sở đảng trực thuộc. Trong thời "
            "gian học tập, các học viên được nghiên cứu 7 chuyên đề, trong đó có:"
        ),
        P(
            "+ Chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh - nền tảng tư tưởng, kim chỉ nam cho "
            "hành động của Đảng;",
            "li",
        ),
        P("+ Tổ chức và hoạt động của Đảng Cộng sản Việt Nam;", "li"),
        P("+ Nhiệm vụ của đảng viên và việc rèn luyện, phấn đấu của đảng viên;", "li"),
        P("+ Mục tiêu, con đường đi lên chủ nghĩa xã hội ở Việt Nam.", "li"),
        P(
            "Cuối khóa, 100% học viên hoàn thành bài thu hoạch, trong đó 41,4% đạt loại giỏi, 55,8% "
            "đạt loại khá."
        ),
        Img(
            u(1848, 10, 1),
            "Lớp bồi dưỡng đảng viên mới khóa II năm 2026",
            "Lớp bồi dưỡng đảng viên mới khóa II năm 2026",
            "cell",
        ),
        sig("ThS. Lê Đình Khoa", "Khoa Xây dựng Đảng"),
    ],
    authors=["Lê Đình Khoa"],
    opts={"mode": "br", "new": True, "time": "08:00"},
)

S_GVDG = Story(
    1853,
    "hoi-thi-giang-vien-day-gioi-cap-truong-2026",
    "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    "2",
    "2026-11-05T10:30:00+07:00",
    [
        P(
            "Nhằm nâng cao chất lượng đội ngũ giảng viên, từ ngày 02 đến 04/11/2026, Trường Chính trị "
            "tỉnh Thanh Hóa tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026.",
            "sapo",
        ),
        P(
            "Hội thi có 14 giảng viên của 4 khoa chuyên môn tham gia. Mỗi giảng viên trình bày một "
            "bài giảng trực tiếp trên lớp trước Ban Giám khảo và học viên lớp Trung cấp lý luận chính "
            "trị - hành chính K45."
        ),
        Img(
            u(1853, 11, 1),
            "Giảng viên Khoa Nhà nước và Pháp luật trình bày bài giảng",
            "Giảng viên Khoa Nhà nước và Pháp luật trình bày bài giảng",
            "cell",
        ),
        P(
            "Theo đánh giá của Ban Giám khảo, các bài giảng được chuẩn bị công phu, nội dung bám sát "
            "chương trình, có sự liên hệ thực tiễn sinh động; nhiều giảng viên sử dụng hiệu quả "
            "phương pháp nêu vấn đề, xử lý tình huống và ứng dụng công nghệ thông tin trong giảng dạy."
        ),
        P(
            "Kết quả, Ban Tổ chức trao giải Nhất cho giảng viên Đỗ Thị Thu Hà (Khoa Nhà nước và Pháp "
            "luật), 2 giải Nhì, 3 giải Ba và 8 giải Khuyến khích."
        ),
        Img(u(1853, 11, 2), None, None, "none"),
        P(
            "Các giảng viên đạt giải Nhất, giải Nhì sẽ được Nhà trường lựa chọn tham gia Hội thi "
            "giảng viên dạy giỏi các trường chính trị khu vực Bắc Trung Bộ năm 2027."
        ),
        Raw(f'<p align="right">{F}<b>Tin, ảnh: Trịnh Thị Lan</b></font></p>'),
    ],
    authors=["Trịnh Thị Lan"],
    photographers=["Trịnh Thị Lan"],
    summary=(
        "Nhằm nâng cao chất lượng đội ngũ giảng viên, từ ngày 02 đến 04/11/2026, Trường Chính trị "
        "tỉnh Thanh Hóa tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026."
    ),
    opts={"mode": "p", "new": True, "time": "10:30"},
)

S_BITHU = Story(
    1857,
    "be-giang-lop-boi-duong-bi-thu-pho-bi-thu-cap-xa",
    "Bế giảng lớp Bồi dưỡng chức danh Bí thư, Phó Bí thư đảng ủy cấp xã năm 2026",
    "3",
    "2026-11-12T15:45:00+07:00",
    [
        P(
            "Chiều 11/11/2026, Trường Chính trị tỉnh tổ chức bế giảng lớp Bồi dưỡng chức danh Bí "
            "thư, Phó Bí thư đảng ủy cấp xã năm 2026 cho 94 học viên.",
            "sapo",
        ),
        P(
            "Trong thời gian 4 tuần, học viên được trang bị những kiến thức, kỹ năng cần thiết về "
            "lãnh đạo, quản lý ở cấp xã theo mô hình chính quyền địa phương hai cấp; kỹ năng ban "
            "hành nghị quyết, chỉ đạo tổ chức thực hiện nghị quyết; kỹ năng giải quyết đơn thư, "
            "khiếu nại, tố cáo và công tác dân vận."
        ),
        P("Kết quả học tập", "h"),
        P(
            "100% học viên đủ điều kiện được cấp chứng chỉ; trong đó 32 học viên xếp loại giỏi "
            "(34%), 62 học viên xếp loại khá (66%). Nhà trường tặng giấy khen cho 8 học viên có "
            "thành tích xuất sắc trong học tập và rèn luyện."
        ),
        Img(
            u(1857, 11, 1),
            "Trao giấy khen cho các học viên có thành tích xuất sắc",
            "Trao giấy khen cho các học viên có thành tích xuất sắc",
            "same",
        ),
        P(
            "Phát biểu bế giảng, đồng chí Hiệu trưởng đề nghị các học viên vận dụng sáng tạo kiến "
            "thức đã học vào thực tiễn công tác, góp phần xây dựng tổ chức đảng, chính quyền cơ sở "
            "ngày càng vững mạnh."
        ),
        P(
            "“Mỗi đồng chí sau khóa học phải là một hạt nhân đoàn kết, gương mẫu, dám nghĩ, dám "
            "làm, dám chịu trách nhiệm vì lợi ích chung”, đồng chí Hiệu trưởng nhấn mạnh."
        ),
        sig("Nguyễn Văn Tiến", "Phòng Quản lý đào tạo", "p"),
    ],
    authors=["Nguyễn Văn Tiến"],
    summary=(
        "Chiều 11/11/2026, Trường Chính trị tỉnh tổ chức bế giảng lớp Bồi dưỡng chức danh Bí "
        "thư, Phó Bí thư đảng ủy cấp xã năm 2026 cho 94 học viên."
    ),
    opts={"mode": "p", "new": True, "time": "15:45"},
)

S_NHAGIAO = Story(
    1861,
    "gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    "2",
    "2026-11-19T16:10:00+07:00",
    [
        P(
            "Chiều 19/11/2026, Trường Chính trị tỉnh Thanh Hóa tổ chức gặp mặt kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam, tôn vinh đội ngũ nhà giáo đã và đang công tác tại Nhà trường.",
            "sapo",
        ),
        P(
            "Tới dự có đồng chí Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; đại "
            "diện lãnh đạo Sở Giáo dục và Đào tạo, Sở Nội vụ; các thế hệ nhà giáo nguyên là lãnh "
            "đạo, giảng viên của Nhà trường qua các thời kỳ."
        ),
        P(
            "Ôn lại truyền thống, đồng chí Hiệu trưởng nhấn mạnh: Qua các thời kỳ xây dựng và phát "
            "triển, các thế hệ thầy cô Nhà trường luôn nỗ lực vượt qua khó khăn, hoàn thành xuất sắc "
            "nhiệm vụ đào tạo, bồi dưỡng cán bộ cho hệ thống chính trị của tỉnh. Năm học 2025 - 2026, "
            "có 6 giảng viên được công nhận danh hiệu giảng viên dạy giỏi cấp tỉnh; 2 đồng chí được "
            "tặng Bằng khen của Chủ tịch UBND tỉnh."
        ),
        Img(
            u(1861, 11, 1),
            "Đồng chí Hiệu trưởng phát biểu tại buổi gặp mặt",
            "Đồng chí Hiệu trưởng phát biểu tại buổi gặp mặt",
            "cell",
        ),
        P(
            "Thay mặt Thường trực Tỉnh ủy, đồng chí Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân "
            "vận Tỉnh ủy chúc mừng các thế hệ nhà giáo và đề nghị Nhà trường tiếp tục đổi mới mạnh "
            "mẽ nội dung, chương trình, phương pháp giảng dạy, xứng đáng là trung tâm đào tạo, bồi "
            "dưỡng cán bộ của tỉnh."
        ),
        Img(
            u(1861, 11, 2),
            "Các thế hệ nhà giáo chụp ảnh lưu niệm",
            "Các thế hệ nhà giáo chụp ảnh lưu niệm",
            "cell",
        ),
        sig("Phạm Thu Trang", "Phòng Tổ chức - Hành chính", "p"),
    ],
    authors=["Phạm Thu Trang"],
    summary=(
        "Chiều 19/11/2026, Trường Chính trị tỉnh Thanh Hóa tổ chức gặp mặt kỷ niệm 44 năm Ngày "
        "Nhà giáo Việt Nam, tôn vinh đội ngũ nhà giáo đã và đang công tác tại Nhà trường."
    ),
    opts={"mode": "p", "new": True, "time": "16:10"},
)

_HOITHAO_CAPS = [
    "Khai mạc Hội thao",
    "Trận chung kết bóng chuyền hơi nam",
    "Thi đấu cầu lông đôi nam nữ",
    "Phần thi kéo co giữa các khoa, phòng",
    "Cổ động viên cổ vũ các vận động viên",
    "Ban Tổ chức trao giải cho các đội đoạt giải",
]

S_HOITHAO_TT = Story(
    1864,
    "tin-anh-hoi-thao-chao-mung-20-11",
    "Tin ảnh: Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "4",
    "2026-11-20T17:00:00+07:00",
    [
        P(
            "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, Công đoàn Trường Chính trị tỉnh tổ chức "
            "Hội thao với các môn bóng chuyền hơi, cầu lông và kéo co."
        ),
        *[Img(u(1864, 11, i + 1), c, c, "cell") for i, c in enumerate(_HOITHAO_CAPS)],
        Raw(f'<p align="right">{F}<i>Tin, ảnh: Hoàng Minh Đức</i></font></p>'),
    ],
    authors=["Hoàng Minh Đức"],
    photographers=["Hoàng Minh Đức"],
    opts={"mode": "p", "new": True, "time": "17:00"},
)

STORIES: list[Story] = [
    S_HOITHAO,
    S_TONGKET,
    S_CHAOCO,
    S_K45,
    S_HOCVIEN,
    S_NGHIEMTHU,
    S_HNCBVC,
    S_NGOCLAC,
    S_DANGVIEN,
    S_GVDG,
    S_BITHU,
    S_NHAGIAO,
    S_HOITHAO_TT,
]
BY_ID = {s.id: s for s in STORIES}
#: newest first, as every list of the site
NEWEST = sorted(STORIES, key=lambda s: s.published_at, reverse=True)


def path_of(story: Story) -> str:
    return f"/tintuc/chitiet.do?id={story.id}&idcm={story.cat}"


def session_path(story: Story) -> str:
    return f"/tintuc/chitiet.do;jsessionid={SESSION}?id={story.id}&idcm={story.cat}"


def print_path(story: Story) -> str:
    return f"/tintuc/in.do?id={story.id}"


GOLD = [
    gold_record(
        s,
        path_of(s),
        CATEGORIES[s.cat],
        alt_paths=[session_path(s), print_path(s)],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioithieu.do",
    "/lichgiang.do",
    "/vanban/danhsach.do",
    "/vanban/chitiet.do?id=57",
    "/thuvienanh/album.do?id=12",
    "/timkiem.do",
    f"/tintuc/guiemail.do?id={S_NHAGIAO.id}",
]


# --- rendering -----------------------------------------------------------------------------


def dmy(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def date_line(story: Story) -> str:
    if story.opts.get("new"):
        return (
            f'<font size="1" color="#666666">Ngày đăng: {dmy(story)} {story.opts["time"]}'
            f" | Lượt xem: {story.views()}</font>"
        )
    return f'<font size="1" color="#666666"><i>Cập nhật ngày: {dmy(story)}</i></font>'


def _inner(p: P) -> str:
    value = esc(p.text)
    if p.style == "split":
        cut = value.find(" ", len(value) // 2)
        value = value[: cut + 1] + "</font>" + F + value[cut + 1 :]
    if p.style == "sapo":
        return f"<i><b>{value}</b></i>"
    if p.style == "h":
        return f"<b>{value}</b>"
    return value


def _img(story: Story, img: Img) -> str:
    alt = esc(story.opts.get("alt", "")) if img.style == "alt" else ""
    tag = f'<img src="{img.src}" width="450" border="0" alt="{alt}">'
    line = f'<font size="1"><i>{esc(img.printed)}</i></font>' if img.printed else ""
    if img.style == "same":
        row = f'<tr><td align="center">{tag}<br>{line}</td></tr>'
    elif line:
        row = f'<tr><td align="center">{tag}</td></tr>\n<tr><td align="center">{line}</td></tr>'
    else:
        row = f'<tr><td align="center">{tag}</td></tr>'
    return (
        '<table align="center" width="460" border="0" cellspacing="0" cellpadding="3">\n'
        f"{row}\n</table>"
    )


def _table(rows: list[P]) -> str:
    out = ['<table border="1" cellpadding="3" cellspacing="0" width="100%" bordercolor="#999999">']
    for i, row in enumerate(rows):
        cells = [esc(c) for c in row.text.split(" | ")]
        if i == 0:
            cells = [f"<b>{c}</b>" for c in cells]
        out.append("<tr>" + "".join(f'<td valign="top">{F}{c}</font></td>' for c in cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _groups(story: Story) -> list[Img | Raw | list[P]]:
    """Blocks with consecutive text paragraphs (or consecutive table rows) gathered in lists."""
    out: list = []
    for b in story.blocks:
        if isinstance(b, P):
            last = out[-1] if out and isinstance(out[-1], list) else None
            if last is not None and (last[0].style == "row") == (b.style == "row"):
                last.append(b)
                continue
            out.append([b])
        else:
            out.append(b)
    return out


def _br_run(paras: list[P]) -> str:
    parts: list[str] = []
    prev: P | None = None
    for p in paras:
        if prev is not None:
            single = p.style in ("li", "nl") or prev.style == "h"
            parts.append("<br>\n" if single else "<br><br>\n")
        parts.append(_inner(p))
        prev = p
    return F + "".join(parts) + "</font>"


def render_body(story: Story) -> str:
    mode = story.opts["mode"]
    out: list[str] = []
    for g in _groups(story):
        if isinstance(g, Img):
            out.append(_img(story, g))
        elif isinstance(g, Raw):
            out.append(g.html)
        elif g[0].style == "row":
            out.append(_table(g))
        elif mode == "br":
            out.append(_br_run(g) + "<br>")
        else:
            tag = "div" if mode == "div" else "p"
            for j, p in enumerate(g):
                align = "" if p.style in ("h", "li") else ' align="justify"'
                out.append(f"<{tag}{align}>{F}{_inner(p)}</font></{tag}>")
                if p.style in ("", "split") and j % 2:
                    out.append(f"<{tag}>&nbsp;</{tag}>")
    return "\n".join(out)


def intro(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P) and b.style != "h")
    if len(first) <= 170:
        return first
    return first[: first.rfind(" ", 0, 170)] + "..."


def thumb(story: Story) -> str:
    return f"/upload/tintuc/2026/{story.published_at[5:7]}/thumb_{story.id}.jpg"


def has_cookie(request: Request) -> bool:
    cookies = next((v for k, v in request.headers.items() if k.lower() == "cookie"), "")
    return "JSESSIONID=" in cookies


def encoded(request: Request, story: Story) -> str:
    """An ``<html:link>``: the session rides in the path when the client sent no cookie."""
    sid = "" if has_cookie(request) else f";jsessionid={SESSION}"
    return f"/tintuc/chitiet.do{sid}?id={story.id}&amp;idcm={story.cat}"


def group_of(story: Story) -> list[Story]:
    keys = CHILDREN if story.cat in CHILDREN else (story.cat,)
    return [s for s in NEWEST if s.cat in keys]


MENU = [
    ("trangchu", "Trang chủ", "/index.do"),
    ("gioithieu", "Giới thiệu", "/gioithieu.do"),
    ("tintuc", "Tin tức - Sự kiện", "/tintuc/danhsach.do?idcm=1"),
    ("tinanh", "Tin ảnh", "/tintuc/danhsach.do?idcm=4"),
    ("vanban", "Văn bản", "/vanban/danhsach.do"),
    ("lichgiang", "Lịch giảng", "/lichgiang.do"),
    ("thuvienanh", "Thư viện ảnh", "/thuvienanh/album.do?id=12"),
    ("timkiem", "Tìm kiếm", "/timkiem.do"),
]
LINKS = [
    ("http://www.thanhhoa.gov.vn", "Cổng TTĐT tỉnh Thanh Hóa"),
    ("http://www.hcma.vn", "Học viện CTQG Hồ Chí Minh"),
    ("http://www.tapchicongsan.org.vn", "Tạp chí Cộng sản"),
    ("http://www.baothanhhoa.vn", "Báo Thanh Hóa"),
    ("http://www.dangcongsan.vn", "Báo điện tử Đảng Cộng sản Việt Nam"),
]
MOST_READ = [S_GVDG, S_NHAGIAO, S_K45, S_HOCVIEN, S_NGOCLAC]


def box(title: str, inner: str) -> str:
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="khung">\n'
        f'<tr><td class="tieudekhung" background="/images/bg_khung.gif" height="26">'
        f'&nbsp;<font color="#FFFFFF"><b>{esc(title)}</b></font></td></tr>\n'
        f'<tr><td class="noidungkhung">{inner}</td></tr>\n</table><br>'
    )


def left_column() -> str:
    cm = "".join(
        f'<img src="/images/arrow.gif" border="0">&nbsp;<a href="{href}" class="lienketcm">{esc(label)}</a><br>'
        for _, label, href in MENU[1:7]
    )
    options = "".join(f'<option value="{u}">{esc(n)}</option>' for u, n in LINKS)
    select = (
        '<select name="lienket" style="width:170px" onchange="if(this.value!=\'\')'
        " window.open(this.value,'_blank');\">"
        f'<option value="">-- Liên kết website --</option>{options}</select>'
    )
    poll = (
        '<form name="binhChonForm" method="post" action="/binhchon.do">'
        '<input type="hidden" name="idbc" value="7">'
        "Đánh giá của bạn về Website của Nhà trường?<br>"
        '<input type="radio" name="chon" value="1"> Rất hữu ích<br>'
        '<input type="radio" name="chon" value="2"> Hữu ích<br>'
        '<input type="radio" name="chon" value="3"> Bình thường<br>'
        '<input type="submit" value="Biểu quyết" class="nut"> '
        '<a href="/binhchon.do?idbc=7&amp;act=xem">Xem kết quả</a></form>'
    )
    most = "".join(
        f'<img src="/images/dot.gif"> <a href="/tintuc/chitiet.do?id={s.id}&amp;idcm={s.cat}">'
        f"{esc(s.title)}</a><br>"
        for s in MOST_READ
    )
    counter = (
        '<img src="/images/counter.gif"> Số người truy cập: <b>0123456</b><br>'
        '<img src="/images/online.gif"> Đang online: <b>17</b>'
    )
    return (
        box("Chuyên mục", cm)
        + box("Liên kết website", select)
        + box("Thăm dò ý kiến", poll)
        + box("Tin đọc nhiều nhất", most)
        + box("Thống kê truy cập", counter)
    )


def layout(center: str) -> str:
    menu = "".join(
        f'<a href="{href}"><img src="/images/menu/{key}.gif" alt="{esc(label)}" border="0"></a>'
        '<img src="/images/menu/sep.gif">'
        for key, label, href in MENU
    )
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(SITE)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/common.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#E8E8E8">
<a name="top"></a>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="/images/banner_tct.jpg" width="980" height="150" alt="{esc(SITE)}"></td></tr>
<tr><td colspan="2" background="/images/bg_menu.gif" height="30">{menu}</td></tr>
<tr><td colspan="2" class="ngaythang" height="22">
<table width="100%"><tr><td>&nbsp;<font size="1" face="Arial">{TODAY}</font></td>
<td align="right"><form name="timKiemForm" method="get" action="/timkiem.do" style="margin:0">
<input type="text" name="tukhoa" size="18" class="o"> <input type="submit" value="Tìm" class="nut">
</form></td></tr></table></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#F3F3F3">{left_column()}</td>
<td width="780" valign="top" style="padding:6px">
{center}
</td>
</tr>
<tr><td colspan="2" background="/images/bg_footer.gif" align="center" class="footer">
<font face="Arial" size="1" color="#FFFFFF"><b>TRƯỜNG CHÍNH TRỊ TỈNH THANH HÓA</b><br>
Địa chỉ: Số 02 đường Hạc Thành, phường Điện Biên, TP. Thanh Hóa, tỉnh Thanh Hóa<br>
Điện thoại: (0237) 3852 618 - Fax: (0237) 3852 619 - Email: truongchinhtri@thanhhoa.gov.vn<br>
Ghi rõ nguồn &quot;Trường Chính trị tỉnh Thanh Hóa&quot; khi phát hành lại thông tin từ website này.<br>
Thiết kế và phát triển: Công ty Cổ phần Tin học Hồng Đức - 2009</font></td></tr>
</table>
</body>
</html>
"""


def respond(center: str, status: int = 200) -> Response:
    return html(
        layout(center),
        status=status,
        headers={"Set-Cookie": f"JSESSIONID={SESSION}; Path=/", "Server": "Apache-Coyote/1.1"},
    )


def bar(title: str) -> str:
    return (
        '<table width="100%" cellpadding="0" cellspacing="0"><tr>'
        f'<td class="tieudecm" background="/images/bg_tieudecm.gif" height="28">'
        f'&nbsp;<font color="#990000"><b>{esc(title.upper())}</b></font></td></tr></table>'
    )


# --- pages ---------------------------------------------------------------------------------


def home(request: Request) -> Response:
    news = [s for s in NEWEST if s.cat in CHILDREN][:5]
    first, rest = news[0], news[1:]
    lead = (
        '<table width="100%" cellpadding="4"><tr>'
        f'<td width="160" valign="top"><a href="{encoded(request, first)}">'
        f'<img src="{thumb(first)}" width="150" height="110" border="0"></a></td>'
        f'<td valign="top"><a href="{encoded(request, first)}" class="tieudetin"><b>{esc(first.title)}</b></a>'
        f' <font size="1" color="#999999">({dmy(first)})</font><br>'
        f'<font face="Arial" size="2">{esc(intro(first))}</font></td></tr></table>'
    )
    others = "".join(
        f'<img src="/images/dot.gif"> <a href="{encoded(request, s)}" class="lienkettin">{esc(s.title)}</a>'
        f' <font size="1" color="#999999">({dmy(s)})</font><br>'
        for s in rest
    )
    photos = "".join(
        f'<td align="center" valign="top" width="50%"><a href="{encoded(request, s)}">'
        f'<img src="{thumb(s)}" width="180" height="130" border="0"></a><br>'
        f'<a href="{encoded(request, s)}" class="lienkettin">{esc(s.title)}</a></td>'
        for s in [s for s in NEWEST if s.cat == "4"][:2]
    )
    notice = (
        '<marquee direction="up" scrollamount="1" height="60" onmouseover="this.stop()" '
        'onmouseout="this.start()"><img src="/images/new.gif"> '
        '<a href="/vanban/chitiet.do?id=57">Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - '
        "hành chính năm 2027</a><br><img src=\"/images/new.gif\"> "
        '<a href="/lichgiang.do">Lịch giảng tuần 48 (từ 23/11 đến 28/11/2026)</a></marquee>'
    )
    center = (
        bar("Tin mới")
        + lead
        + others
        + '<div align="right"><a href="/tintuc/danhsach.do?idcm=1">Xem tiếp &raquo;</a></div><br>'
        + bar("Tin ảnh")
        + f'<table width="100%"><tr>{photos}</tr></table>'
        + '<div align="right"><a href="/tintuc/danhsach.do?idcm=4">Xem tiếp &raquo;</a></div><br>'
        + bar("Thông báo")
        + notice
    )
    return respond(center)


def listing(request: Request, idcm: str) -> Response | None:
    if idcm == PARENT[0]:
        name, posts = PARENT[1], [s for s in NEWEST if s.cat in CHILDREN]
    elif idcm in CATEGORIES:
        name, posts = CATEGORIES[idcm], [s for s in NEWEST if s.cat == idcm]
    else:
        return None
    raw = request.params.get("page", "1")
    page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
    pages = max(1, -(-len(posts) // PER_PAGE))
    shown = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = "".join(
        '<tr><td width="110" valign="top">'
        f'<a href="{encoded(request, s)}"><img src="{thumb(s)}" width="100" height="75" border="0"></a></td>'
        f'<td valign="top"><a href="{encoded(request, s)}" class="tieudetin"><b>{esc(s.title)}</b></a>'
        f' <font size="1" color="#999999">({dmy(s)})</font><br>'
        f'<font face="Arial" size="2">{esc(intro(s))}</font> '
        f'<a href="{encoded(request, s)}"><font size="1">Chi tiết &raquo;</font></a></td></tr>'
        '<tr><td colspan="2"><hr size="1" color="#DDDDDD"></td></tr>'
        for s in shown
    )
    if not shown:
        rows = '<tr><td colspan="2"><font face="Arial" size="2">Không có tin nào trong chuyên mục này.</font></td></tr>'
    base = f"/tintuc/danhsach.do?idcm={idcm}&page="
    nums = " ".join(f"<b>{n}</b>" if n == page else f'<a href="{base}{n}">{n}</a>' for n in range(1, pages + 1))
    nxt = f' <a href="{base}{page + 1}">Tiếp &raquo;</a>' if page < pages else ""
    pager = f'<div align="center"><font face="Arial" size="2">Trang: {nums}{nxt}</font></div>'
    center = bar(name) + f'<table width="100%" cellpadding="3" cellspacing="0">{rows}</table>' + pager
    return respond(center)


def crumbs(story: Story) -> str:
    home_link = '<a href="/index.do">Trang chủ</a>'
    if story.cat in CHILDREN:
        mid = f'<a href="/tintuc/danhsach.do?idcm={PARENT[0]}">{esc(PARENT[1])}</a>'
        return f"{home_link} &raquo; {mid} &raquo; <b>{esc(CATEGORIES[story.cat])}</b>"
    return f'{home_link} &raquo; <a href="/tintuc/danhsach.do?idcm={story.cat}"><b>{esc(CATEGORIES[story.cat])}</b></a>'


def title_cell(story: Story) -> str:
    return f'<td class="tieude"><font size="3" color="#990000"><b>{esc(story.title)}</b></font></td>'


def body_cell(story: Story) -> str:
    cls = "noidung" if story.opts.get("new") else "text"
    return f'<td class="{cls}" align="justify">\n{render_body(story)}\n</td>'


def article(request: Request, story: Story) -> Response:
    others = [s for s in group_of(story) if s is not story][:4]
    other_links = "".join(
        f'<img src="/images/dot.gif"> <a href="chitiet.do?id={s.id}&idcm={s.cat}">{esc(s.title)}</a>'
        f' <font size="1" color="#999999">({dmy(s)})</font><br>'
        for s in others
    )
    tools = (
        f"[<a href=\"javascript:window.open('{print_path(story)}','BanIn',"
        "'width=680,height=600,scrollbars=yes')\">Bản in</a>] "
        f'[<a href="/tintuc/guiemail.do?id={story.id}">Gửi email</a>] '
        '[<a href="#top">Về đầu trang</a>]'
    )
    center = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="duongdan"><font size="1" face="Arial">{crumbs(story)}</font></td></tr>
<tr>{title_cell(story)}</tr>
<tr><td class="ngaydang">{date_line(story)}</td></tr>
<tr>{body_cell(story)}</tr>
<tr><td align="right"><font face="Arial" size="1">{tools}</font></td></tr>
<tr><td><hr size="1" color="#CCCCCC"><font face="Arial" size="2"><b>Các tin khác:</b><br>
{other_links}</font></td></tr>
</table>"""
    return respond(center)


def print_view(story: Story) -> Response:
    body = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(SITE)} - Bản in</title>
<link href="/css/print.css" rel="stylesheet" type="text/css"></head>
<body onload="window.print()">
<table width="650" border="0" align="center" cellpadding="4">
<tr><td><font face="Arial" size="2"><b>TRƯỜNG CHÍNH TRỊ TỈNH THANH HÓA</b></font><hr size="1"></td></tr>
<tr>{title_cell(story)}</tr>
<tr><td>{date_line(story)}</td></tr>
<tr>{body_cell(story)}</tr>
<tr><td align="center"><hr size="1"><font size="1">
<a href="javascript:window.print()">[In bài]</a> <a href="javascript:window.close()">[Đóng cửa sổ]</a>
</font></td></tr>
</table></body></html>
"""
    return html(body)


def email_form(story: Story) -> Response:
    center = (
        bar("Gửi tin cho bạn bè")
        + '<form name="guiEmailForm" method="post" action="/tintuc/guiemail.do">'
        f'<input type="hidden" name="id" value="{story.id}">'
        '<table cellpadding="4"><tr><td colspan="2"><font face="Arial" size="2">Tin bài: '
        f"<b>{esc(story.title)}</b></font></td></tr>"
        '<tr><td>Họ tên người gửi:</td><td><input type="text" name="hoten" size="40"></td></tr>'
        '<tr><td>Email người gửi:</td><td><input type="text" name="emailgui" size="40"></td></tr>'
        '<tr><td>Email người nhận:</td><td><input type="text" name="emailnhan" size="40"></td></tr>'
        '<tr><td>Lời nhắn:</td><td><textarea name="loinhan" rows="4" cols="40"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" value="Gửi" class="nut"> '
        '<input type="reset" value="Nhập lại" class="nut"></td></tr></table></form>'
    )
    return respond(center)


GIOITHIEU = [
    "Trường Chính trị tỉnh Thanh Hóa là đơn vị sự nghiệp trực thuộc Tỉnh ủy, đồng thời chịu sự "
    "quản lý nhà nước của UBND tỉnh; chịu sự chỉ đạo, hướng dẫn về chuyên môn, nghiệp vụ của Học "
    "viện Chính trị quốc gia Hồ Chí Minh.",
    "Nhà trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở "
    "cơ sở; cán bộ, công chức, viên chức ở các cơ quan, đơn vị cấp tỉnh, cấp huyện về lý luận chính "
    "trị - hành chính, chuyên môn, nghiệp vụ và kiến thức quản lý nhà nước.",
    "Cơ cấu tổ chức gồm Ban Giám hiệu, 3 phòng chức năng (Phòng Tổ chức - Hành chính, Phòng Quản "
    "lý đào tạo, Phòng Quản lý khoa học - Thông tin tư liệu) và 4 khoa chuyên môn (Khoa Lý luận cơ "
    "sở, Khoa Xây dựng Đảng, Khoa Nhà nước và Pháp luật, Khoa Dân vận).",
    "Đội ngũ cán bộ, giảng viên hiện có 78 người, trong đó 4 tiến sĩ, 41 thạc sĩ; 100% giảng viên "
    "có trình độ cao cấp lý luận chính trị.",
]
LICHGIANG = [
    ("Thứ Hai 23/11", "Sáng", "TC LLCT-HC K45", "Chuyên đề: Đảng lãnh đạo hệ thống chính trị", "ThS. Lê Đình Khoa", "P.201"),
    ("Thứ Hai 23/11", "Chiều", "BD Bí thư chi bộ", "Kỹ năng tổ chức sinh hoạt chi bộ", "ThS. Phạm Thị Hoa", "P.305"),
    ("Thứ Ba 24/11", "Sáng", "TC LLCT-HC K44", "Quản lý nhà nước về kinh tế", "ThS. Đỗ Thị Thu Hà", "Hội trường B"),
    ("Thứ Tư 25/11", "Sáng", "TC LLCT-HC K45", "Triết học Mác - Lênin (tiếp)", "ThS. Lê Thị Hằng", "P.201"),
    ("Thứ Năm 26/11", "Cả ngày", "TC LLCT-HC K44", "Nghiên cứu thực tế tại huyện Hoằng Hóa", "Phòng QLĐT", "-"),
    ("Thứ Sáu 27/11", "Chiều", "BD Bí thư chi bộ", "Thi hết khóa", "Hội đồng thi", "P.305"),
]
VANBAN = [
    (57, "125/TB-TCT", "02/11/2026", "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính năm 2027"),
    (55, "98/KH-TCT", "15/10/2026", "Kế hoạch nghiên cứu khoa học năm học 2026 - 2027"),
    (52, "76/QĐ-TCT", "20/9/2026", "Quyết định ban hành Quy chế quản lý học viên"),
    (49, "61/KH-TCT", "25/8/2026", "Kế hoạch đào tạo, bồi dưỡng năm học 2026 - 2027"),
]
ALBUM = [
    "Lễ khai giảng năm học 2026 - 2027",
    "Hội thi giảng viên dạy giỏi cấp trường",
    "Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam",
    "Khuôn viên Nhà trường",
]


def gioithieu() -> Response:
    text = "".join(f'<div align="justify">{F}{esc(p)}</font></div><div>&nbsp;</div>' for p in GIOITHIEU)
    center = (
        '<table width="100%" cellpadding="4"><tr><td class="duongdan"><font size="1" face="Arial">'
        '<a href="/index.do">Trang chủ</a> &raquo; <b>Giới thiệu</b></font></td></tr>'
        '<tr><td class="tieude"><font size="3" color="#990000"><b>GIỚI THIỆU CHUNG VỀ TRƯỜNG CHÍNH TRỊ '
        "TỈNH THANH HÓA</b></font></td></tr>"
        f'<tr><td class="text">{text}</td></tr></table>'
    )
    return respond(center)


def lichgiang() -> Response:
    head = "".join(f"<td align=\"center\"><b>{h}</b></td>" for h in ("Thứ/Ngày", "Buổi", "Lớp", "Nội dung", "Giảng viên", "Phòng"))
    rows = "".join("<tr>" + "".join(f"<td>{F}{esc(c)}</font></td>" for c in r) + "</tr>" for r in LICHGIANG)
    center = (
        bar("Lịch giảng")
        + '<div align="center"><font face="Arial" size="2"><b>LỊCH GIẢNG TUẦN 48 (Từ ngày 23/11 đến '
        "28/11/2026)</b></font></div><br>"
        + f'<table border="1" cellpadding="3" cellspacing="0" width="100%" bordercolor="#999999">'
        f'<tr bgcolor="#EEEEEE">{head}</tr>{rows}</table>'
        + '<br><font size="1"><i>Ghi chú: Lịch có thể thay đổi, đề nghị các lớp theo dõi thông báo của '
        "Phòng Quản lý đào tạo.</i></font>"
    )
    return respond(center)


def vanban_list() -> Response:
    rows = "".join(
        f"<tr><td>{F}{so}</font></td><td>{F}{ngay}</font></td>"
        f'<td>{F}<a href="/vanban/chitiet.do?id={i}">{esc(ty)}</a></font></td>'
        f'<td align="center"><a href="/upload/vanban/vb_{i}.pdf"><img src="/images/pdf.gif" border="0" alt="Tải về"></a></td></tr>'
        for i, so, ngay, ty in VANBAN
    )
    center = (
        bar("Văn bản - Tài liệu")
        + '<table border="1" cellpadding="3" cellspacing="0" width="100%" bordercolor="#999999">'
        '<tr bgcolor="#EEEEEE"><td><b>Số/Ký hiệu</b></td><td><b>Ngày ban hành</b></td>'
        f"<td><b>Trích yếu</b></td><td><b>Tải về</b></td></tr>{rows}</table>"
        + '<div align="center"><font face="Arial" size="2">Trang: <b>1</b></font></div>'
    )
    return respond(center)


def vanban_entry(doc_id: int) -> Response | None:
    doc = next((d for d in VANBAN if d[0] == doc_id), None)
    if doc is None:
        return None
    i, so, ngay, ty = doc
    fields = [
        ("Số/Ký hiệu", so),
        ("Ngày ban hành", ngay),
        ("Loại văn bản", "Thông báo" if "/TB-" in so else "Kế hoạch" if "/KH-" in so else "Quyết định"),
        ("Cơ quan ban hành", SITE),
        ("Người ký", "Hiệu trưởng"),
        ("Trích yếu", ty),
    ]
    rows = "".join(f"<tr><td width=\"150\"><b>{k}:</b></td><td>{F}{esc(v)}</font></td></tr>" for k, v in fields)
    center = (
        bar("Chi tiết văn bản")
        + f'<table border="1" cellpadding="4" cellspacing="0" width="100%" bordercolor="#CCCCCC">{rows}'
        f'<tr><td><b>File đính kèm:</b></td><td><a href="/upload/vanban/vb_{i}.pdf">vb_{i}.pdf</a></td></tr>'
        "</table>"
        + '<br><a href="/vanban/danhsach.do">&laquo; Quay lại danh sách văn bản</a>'
    )
    return respond(center)


def album(album_id: int) -> Response | None:
    if album_id != 12:
        return None
    cells = "".join(
        f'<td align="center" width="33%"><a href="/upload/album/12/anh_{n}.jpg" target="_blank">'
        f'<img src="/upload/album/12/thumb_anh_{n}.jpg" width="200" border="0"></a><br>'
        f'<font size="1"><i>Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026 - ảnh {n}</i></font></td>'
        + ("</tr><tr>" if n % 3 == 0 else "")
        for n in range(1, 7)
    )
    others = "".join(f'<img src="/images/dot.gif"> {esc(a)}<br>' for a in ALBUM)
    center = (
        bar("Thư viện ảnh")
        + f'<font face="Arial" size="2"><b>Album: Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam</b><br>'
        '<font size="1" color="#666666">Ngày tạo album: 20/11/2026 | Số ảnh: 6</font></font><br><br>'
        f'<table width="100%" cellpadding="4"><tr>{cells}</tr></table>'
        f'<br><font face="Arial" size="2"><b>Các album khác:</b><br>{others}</font>'
    )
    return respond(center)


def search(request: Request) -> Response:
    words = request.params.get("tukhoa", "")
    result = (
        f'<font face="Arial" size="2">Tìm thấy 0 kết quả với từ khóa &quot;{esc(words)}&quot;.</font>'
        if words
        else ""
    )
    center = (
        bar("Tìm kiếm")
        + '<form name="timKiemForm" method="get" action="/timkiem.do"><table cellpadding="4">'
        f'<tr><td>Từ khóa:</td><td><input type="text" name="tukhoa" size="40" value="{esc(words)}"></td></tr>'
        '<tr><td>Chuyên mục:</td><td><select name="idcm"><option value="0">-- Tất cả --</option>'
        + "".join(f'<option value="{k}">{esc(v)}</option>' for k, v in CATEGORIES.items())
        + "</select></td></tr>"
        '<tr><td>Từ ngày:</td><td><input type="text" name="tungay" size="12"> đến ngày: '
        '<input type="text" name="denngay" size="12"> (dd/mm/yyyy)</td></tr>'
        '<tr><td></td><td><input type="submit" value="Tìm kiếm" class="nut"></td></tr></table></form>'
        + result
    )
    return respond(center)


def poll() -> Response:
    rows = "".join(
        f"<tr><td>{esc(k)}</td><td><img src=\"/images/poll.gif\" width=\"{v * 2}\" height=\"10\"> {v}%</td></tr>"
        for k, v in (("Rất hữu ích", 58), ("Hữu ích", 34), ("Bình thường", 8))
    )
    center = (
        bar("Kết quả thăm dò ý kiến")
        + f'<font face="Arial" size="2">Đánh giá của bạn về Website của Nhà trường?<br>Tổng số phiếu: 1.247</font>'
        f'<table cellpadding="3">{rows}</table>'
    )
    return respond(center)


_SESSION_IN_PATH = re.compile(r";jsessionid=[0-9A-Za-z.]*", re.IGNORECASE)


def _number(params: dict[str, str], name: str) -> int | None:
    value = params.get(name, "")
    return int(value) if value.isdigit() else None


class StrutsSite:
    def respond(self, request: Request) -> Response | None:
        path = _SESSION_IN_PATH.sub("", request.path)
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if path.startswith(("/images/", "/upload/", "/css/", "/js/")) or path == "/favicon.ico":
            if path.endswith(".pdf") and path.startswith("/upload/vanban/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in ("/", "/index.jsp"):
            return redirect("/index.do", 302)
        if path == "/index.do":
            return home(request)
        if path == "/tintuc/danhsach.do":
            return listing(request, params.get("idcm", ""))
        if path in ("/tintuc/chitiet.do", "/tintuc/in.do", "/tintuc/guiemail.do"):
            story = BY_ID.get(_number(params, "id") or 0)
            if story is None:
                return None
            if path == "/tintuc/in.do":
                return print_view(story)
            if path == "/tintuc/guiemail.do":
                return email_form(story)
            return article(request, story)
        if path == "/gioithieu.do":
            return gioithieu()
        if path == "/lichgiang.do":
            return lichgiang()
        if path == "/vanban/danhsach.do":
            return vanban_list()
        if path == "/vanban/chitiet.do":
            return vanban_entry(_number(params, "id") or 0)
        if path == "/thuvienanh/album.do":
            return album(_number(params, "id") or 0)
        if path == "/timkiem.do":
            return search(request)
        if path == "/binhchon.do":
            return poll()
        return None


def build_site() -> StrutsSite:
    return StrutsSite()
