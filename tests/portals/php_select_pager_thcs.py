"""Trường THCS Trần Hưng Đạo (TP. Kon Tum) on a home-made PHP site: written in 2016 by a teacher of
the Tin học group on Bootstrap 3, with plain ``.php`` scripts and class names of his own choosing
(``khung-tin``, ``tieude-tin``, ``noidung-tin``, ``bang-tin``, ``cot-trai`` …).

Platform
--------
No CMS: every page is one PHP script including ``header.php`` / ``footer.php``. Every post is a row
of the ``tin`` table (id, dm, tieude, noidung, ngaydang, luotxem, link): a row with a ``link`` (a PDF
uploaded to ``upload/files/`` or an album of ``album.php``) is listed like a post but its title
links to that file or album directly. All links are relative (``xem-tin.php?id=147``), images too
(``upload/tintuc/2026/11/...jpg``).

URL scheme
----------
- ``/`` and ``/index.php``: home page.
- ``/tin-tuc.php?dm=<c>``: a listing, a TABLE "STT | Tiêu đề | Ngày đăng | Lượt xem" (title cell a
  link, date ``dd/mm/yyyy``), 5 rows per page, newest first; STT continues across pages.
  dm=1 Tin tức - Sự kiện, dm=2 Hoạt động chuyên môn, dm=3 Đội TNTP, dm=4 Thông báo.
  The menu shows Đội TNTP and Thông báo as sub-items of "Tin tức - Sự kiện", and the dm=1 listing
  is the author's ``WHERE dm IN (1,3,4)``: it lists the rows of those three sections together.
- ``/xem-tin.php?id=<n>``: an article; ``/xem-tin.php?id=<n>&dm=<c>`` (the form the listings print)
  is the same article (the script reads only ``id``).
- ``/album.php?id=<n>``: a photo album (gallery); ``/upload/files/*.pdf``: documents.
- ``/gioi-thieu.php``, ``/doi-ngu.php`` (staff table), ``/thoi-khoa-bieu.php`` (timetable),
  ``/lien-he.php`` (contact form, POST), ``/binhchon.php`` (the poll's POST target, results).
- No sitemap, no robots.txt, no RSS.

Listings are paged in unusual ways
----------------------------------
- dm=1 "Tin tức - Sự kiện": a ``<select onchange="location.href=this.value">`` whose options have
  ``value="tin-tuc.php?dm=1&amp;trang=N"``; no other pager (3 pages of 5 rows).
- dm=2 "Hoạt động chuyên môn": a POST form ``<form method="post" action="tin-tuc.php?dm=2">`` with
  ``<input type="hidden" name="trang" value="2">`` and a "Trang sau »" button; the script reads
  ``$_POST['trang']`` only, so a GET of ``?dm=2&trang=2`` prints page 1 again. Page 2 has a
  "« Trang trước" form (trang=1).
- dm=3 "Đội TNTP": a plain link pager "« 1 2 »" (``?dm=3&trang=2``).
- dm=4 "Thông báo": one page.

Rows per section: 6 in dm=1 (5 articles + 1 album), 6 in dm=2 (4 articles + 2 PDFs), 6 in dm=3
(3 articles, 1 album, 2 PDFs), 3 in dm=4 (2 articles + 1 PDF); the dm=1 listing shows the 15 rows
of dm=1, 3 and 4, hence its 3 pages.

Page templates
--------------
Every page: banner image, header line with today's date (``Thứ Tư, ngày 25/11/2026``), Bootstrap 3
navbar with drop-downs, a left column (``cot-trai``) with "Tin mới" (the 5 newest rows of all
sections), "Thông báo" (the 3 newest rows of dm=4), a poll (POST to binhchon.php), links and the
counter "Đang online: 4 - Tổng truy cập: 98.765"; footer with the school's address and phone.
Article page::

    <div class="duong-dan">Trang chủ » <a href="tin-tuc.php?dm=2">Hoạt động chuyên môn</a></div>
    <h3 class="tieude-tin">…</h3>
    <div class="ngay-dang">Ngày đăng: 19/11/2026 - 08:30 | Lượt xem: 215</div>
    <div class="noidung-tin"> the editor's text in <div>s (some posts in <p>s), a bold sapo on
      some, photos centred with a centred italic line under them, lists, tables, a byline at the
      end (right-aligned) </div>
    <div class="congcu"> In bài | Gửi email | Quay lại | Chia sẻ Facebook </div>
    <div class="tin-khac"><h4>Các tin khác</h4> the 5 newest rows of the article's section </div>

How each gold article is reached
--------------------------------
- The 5 newest rows overall are in "Tin mới" on every page; the home page has a box per section
  with its 3 newest rows; "Các tin khác" shows the 5 newest rows of a section.
- ``id=118`` (Lễ khai giảng, Tin tức - Sự kiện) is the oldest row of dm=1: ONLY on page 3 of the
  dm=1 listing, reached through the <select> options.
- ``id=116`` (chuyên đề STEM, Hoạt động chuyên môn) is the oldest row of dm=2: ONLY on page 2 of
  the dm=2 listing, reached by POSTing ``trang=2`` to ``tin-tuc.php?dm=2``.
- ``id=127`` and ``id=133`` are in "Các tin khác" of dm=1 articles and on dm=1 pages 2/3;
  Đội TNTP articles on ``tin-tuc.php?dm=3``; ``id=136`` in the "Thông báo" box and dm=4 listing.

Traps
-----
- Pagination by <select> options and by a POST form (a GET of the POST page's URL is page 1).
- Each article is linked as ``xem-tin.php?id=N`` and as ``xem-tin.php?id=N&dm=C`` (alt_paths).
- Listing rows that are not articles: PDF documents (direct links to ``upload/files/*.pdf``) and
  photo albums (``album.php?id=N``: title, date and view count like a post, then only a photo grid).
- Static pages (Giới thiệu, Đội ngũ with a staff table, Thời khóa biểu, Liên hệ) use the same
  ``tieude-tin`` heading as articles but print no "Ngày đăng" line.
- The header's today date; the "Ngày đăng" column of the listings is a date without time.
- Bylines at the end: units ("Tổ Ngữ văn - GDCD", "Liên đội THCS Trần Hưng Đạo") sign as authors;
  "Tin, ảnh: X"; "Y Blin - TPT Đội" (the post is not part of the name); "Tin: ThS. X" (degree
  dropped); "BBT" credits nobody; "Nguồn: Báo Kon Tum" is the source.
- A poll form and a contact form POST to their own scripts (not pagers).

Gold decisions
--------------
- title: the ``h3.tieude-tin`` (the <title> appends " - Trường THCS Trần Hưng Đạo").
- published_at: the "Ngày đăng" line's day and time ("19/11/2026 - 08:30" ->
  "2026-11-19T08:30:00+07:00").
- summary: the bold first paragraph where the editor wrote one (also body's first paragraph).
- body: the ``noidung-tin`` paragraphs; a <br> inside a block splits it; tables row by row with
  cells joined by " | "; not the caption lines, bylines, source line, tools, "Các tin khác".
- images: photos in ``noidung-tin`` in order; caption = the centred italic line under the photo.
  Banner, icons (new.gif, pdf.gif, print.gif) are layout.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    static_file,
)

NAME = "php_select_pager_thcs"
PLATFORM = (
    "Home-made PHP site (2016, Bootstrap 3): tables listings paged by <select>, POST form, links"
)
START_PATH = "/"

SCHOOL = "Trường THCS Trần Hưng Đạo"
PER_PAGE = 5

CATEGORIES = {
    "1": "Tin tức - Sự kiện",
    "2": "Hoạt động chuyên môn",
    "3": "Đội TNTP",
    "4": "Thông báo",
}
#: the sections whose rows the dm=1 listing shows (the author's ``WHERE dm IN (1,3,4)``)
DM1_SECTIONS = ("1", "3", "4")


def up(name: str, month: str = "11") -> str:
    """An upload as the editor's image button inserts it: relative to the site root."""
    return f"upload/tintuc/2026/{month}/{name}"


def right(line: str) -> Raw:
    return Raw(f'<div style="text-align: right;"><strong>{esc(line)}</strong></div>')


# --- the articles ------------------------------------------------------------------------------
#
# opts: "time" (HH:MM of the Ngày đăng line), "tag" ("div" | "p": how the editor's blocks come out),
# "views". P styles: "lead" (bold sapo), "h" (bold sub-heading line), "h4", "li" (bullets),
# "ol", "th"/"td" (table rows), "br" (joined to the block before by <br>), "quote".
# Img styles: "em" (centred <p> with the photo, centred <p><em> line under it), "div" (one centred
# <div> with the photo, <br> and an <i> line), "none" (no line).

A1 = Story(
    148,
    "le-ky-niem-20-11",
    "Long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    "1",
    "2026-11-20T09:15:00+07:00",
    [
        P(
            "Sáng ngày 20/11/2026, Trường THCS Trần Hưng Đạo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam và tổng kết đợt thi đua “Hai tốt” chào mừng ngày lễ lớn của ngành.",
            "lead",
        ),
        P(
            "Đến dự buổi lễ có đồng chí Nguyễn Văn Lực, Phó Trưởng phòng GD&ĐT thành phố Kon Tum; đại "
            "diện Đảng ủy, UBND phường Quyết Thắng; Ban đại diện Cha mẹ học sinh cùng các thế hệ thầy "
            "cô giáo đã từng công tác tại trường."
        ),
        Img(up("20-11-le-ky-niem-1.jpg"), "Quang cảnh buổi lễ", "Quang cảnh buổi lễ", "em"),
        P(
            "Ôn lại lịch sử ngày Nhà giáo Việt Nam, cô Lê Thị Minh Tâm, Hiệu trưởng nhà trường, điểm "
            "lại những kết quả nổi bật trong đợt thi đua: 38 tiết dạy tốt được xếp loại giỏi, 12 sáng "
            "kiến kinh nghiệm được Hội đồng khoa học nhà trường công nhận, 100% chi đội đạt danh hiệu "
            "“Chi đội mạnh” tháng 11."
        ),
        P(
            "“Mỗi thầy cô hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi "
            "theo”, cô Hiệu trưởng nhấn mạnh.",
            "quote",
        ),
        P(
            "Thay mặt các thế hệ học sinh, em Trần Ngọc Bảo Châu, lớp 9A1, gửi lời tri ân sâu sắc đến "
            "thầy cô và bó hoa tươi thắm chúc các thầy cô luôn mạnh khỏe, hạnh phúc."
        ),
        Img(
            up("20-11-le-ky-niem-2.jpg"),
            "Ban giám hiệu trao giấy khen cho các giáo viên đạt thành tích cao trong đợt thi đua",
            "Ban giám hiệu trao giấy khen cho các giáo viên đạt thành tích cao trong đợt thi đua",
            "em",
        ),
        P(
            "Dịp này, nhà trường đã khen thưởng 15 cá nhân và 3 tổ chuyên môn có thành tích xuất sắc; "
            "Liên đội trao thưởng cho các chi đội đạt giải trong Hội thi văn nghệ và Hội thi cắm hoa."
        ),
        P(
            "Buổi lễ khép lại trong không khí ấm áp với chương trình văn nghệ đặc sắc do học sinh các "
            "khối lớp biểu diễn."
        ),
        right("Tin, ảnh: Phạm Thị Hồng Nhung"),
    ],
    authors=["Phạm Thị Hồng Nhung"],
    photographers=["Phạm Thị Hồng Nhung"],
    summary=(
        "Sáng ngày 20/11/2026, Trường THCS Trần Hưng Đạo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
        "Nhà giáo Việt Nam và tổng kết đợt thi đua “Hai tốt” chào mừng ngày lễ lớn của ngành."
    ),
    opts={"tag": "div", "views": 342},
)

A2 = Story(
    141,
    "hoi-khoe-phu-dong",
    "Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
    "1",
    "2026-11-06T14:20:00+07:00",
    [
        P(
            "Từ ngày 02 đến 05/11/2026, Trường THCS Trần Hưng Đạo tổ chức Hội khỏe Phù Đổng cấp trường "
            "với sự tham gia của gần 400 vận động viên là học sinh của 24 lớp."
        ),
        P(
            "Các em tranh tài ở 5 môn: điền kinh, bóng đá mini nam, bóng chuyền nữ, cầu lông và cờ vua. "
            "Các trận đấu diễn ra sôi nổi, trung thực, đúng tinh thần thể thao."
        ),
        Img(
            up("hkpd-2026-bong-da.jpg"),
            "Trận chung kết bóng đá mini nam",
            "Trận chung kết bóng đá mini nam",
            "div",
        ),
        P("Kết quả toàn đoàn", "h"),
        P("Khối | Giải Nhất | Giải Nhì | Giải Ba", "th"),
        P("Khối 6 | 6A3 | 6A1 | 6A5", "td"),
        P("Khối 7 | 7A2 | 7A4 | 7A1", "td"),
        P("Khối 8 | 8A1 | 8A3 | 8A6", "td"),
        P("Khối 9 | 9A1 | 9A2 | 9A4", "td"),
        P(
            "Qua Hội khỏe, nhà trường đã chọn 32 vận động viên xuất sắc vào đội tuyển tham dự Hội khỏe "
            "Phù Đổng cấp thành phố vào tháng 12/2026."
        ),
        Raw(
            '<div style="text-align: right;"><strong>Tin: Lê Văn Quang</strong><br>'
            "<strong>Ảnh: Tổ Văn phòng</strong></div>"
        ),
    ],
    authors=["Lê Văn Quang"],
    photographers=["Tổ Văn phòng"],
    opts={"tag": "div"},
)

A3 = Story(
    133,
    "ngoai-khoa-atgt",
    "Hơn 900 học sinh THCS Trần Hưng Đạo được tuyên truyền về an toàn giao thông",
    "1",
    "2026-10-22T10:05:00+07:00",
    [
        P(
            "Sáng 21/10, Phòng Cảnh sát giao thông Công an tỉnh Kon Tum phối hợp với Trường THCS Trần "
            "Hưng Đạo tổ chức buổi ngoại khóa tuyên truyền pháp luật về trật tự, an toàn giao thông "
            "cho hơn 900 học sinh nhà trường."
        ),
        P(
            "Tại buổi tuyên truyền, cán bộ Phòng Cảnh sát giao thông đã phổ biến các quy định của Luật "
            "Trật tự, an toàn giao thông đường bộ năm 2024, nhất là các quy định liên quan đến lứa tuổi "
            "học sinh như: đội mũ bảo hiểm khi đi xe đạp điện, không điều khiển xe máy khi chưa đủ tuổi, "
            "không dàn hàng ngang khi đi đường."
        ),
        P(
            "Các em học sinh cũng được xem các đoạn phim về hậu quả của tai nạn giao thông và tham gia "
            "trả lời câu hỏi tìm hiểu luật, nhận nhiều phần quà từ ban tổ chức."
        ),
        Img(
            up("atgt-ngoai-khoa.jpg", "10"),
            "Học sinh trả lời câu hỏi tìm hiểu Luật Trật tự, an toàn giao thông đường bộ",
            "Học sinh trả lời câu hỏi tìm hiểu Luật Trật tự, an toàn giao thông đường bộ",
            "em",
        ),
        P(
            "Dịp này, đơn vị đã trao tặng 50 mũ bảo hiểm cho học sinh có hoàn cảnh khó khăn của nhà "
            "trường."
        ),
        Raw('<div style="text-align: right;"><em>Nguồn: Báo Kon Tum</em></div>'),
    ],
    source="Báo Kon Tum",
    opts={"tag": "p"},
)

A4 = Story(
    127,
    "hoi-nghi-vien-chuc",
    "Hội nghị viên chức, người lao động năm học 2026 - 2027",
    "1",
    "2026-10-09T16:40:00+07:00",
    [
        P(
            "Chiều ngày 08/10/2026, Trường THCS Trần Hưng Đạo tổ chức Hội nghị viên chức, người lao "
            "động năm học 2026 - 2027 với sự tham dự của 58 cán bộ, giáo viên, nhân viên."
        ),
        P(
            "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 - 2026, phương hướng "
            "nhiệm vụ năm học 2026 - 2027 và các chỉ tiêu chủ yếu:"
        ),
        P("Tỷ lệ học sinh được đánh giá kết quả học tập từ mức Khá trở lên đạt 65%.", "li"),
        P("Có ít nhất 25 học sinh đạt giải học sinh giỏi cấp thành phố.", "li"),
        P("100% giáo viên ứng dụng công nghệ thông tin trong dạy học.", "li"),
        P("Hội nghị cũng thông qua Quy chế chi tiêu nội bộ và Quy chế dân chủ ở cơ sở."),
        P("Ban Thanh tra nhân dân nhiệm kỳ mới gồm 3 thành viên:", "br"),
        P("- Thầy Đinh Văn Toàn, Trưởng ban;", "br"),
        P("- Cô Nguyễn Thị Lan, thành viên;", "br"),
        P("- Cô A Lê Na, thành viên.", "br"),
        P(
            "Hội nghị kết thúc với việc ký kết giao ước thi đua giữa các tổ chuyên môn và tổ Văn "
            "phòng."
        ),
        right("BBT"),
    ],
    opts={"tag": "div"},
)

A5 = Story(
    118,
    "le-khai-giang-2026-2027",
    "Rộn ràng Lễ khai giảng năm học mới 2026 - 2027",
    "1",
    "2026-09-05T10:30:00+07:00",
    [
        P(
            "Sáng 05/9/2026, trong không khí tưng bừng của cả nước, thầy và trò Trường THCS Trần Hưng "
            "Đạo long trọng tổ chức Lễ khai giảng năm học mới 2026 - 2027.",
            "lead",
        ),
        P(
            "Năm học 2026 - 2027, nhà trường có 24 lớp với 968 học sinh, trong đó có 243 học sinh lớp "
            "6 mới trúng tuyển; đội ngũ gồm 52 cán bộ quản lý, giáo viên và 6 nhân viên."
        ),
        Img(
            up("khai-giang-dieu-nhay.jpg", "09"),
            "Tiết mục văn nghệ chào mừng năm học mới",
            "Tiết mục văn nghệ chào mừng năm học mới",
            "em",
        ),
        P(
            "Tại buổi lễ, cô Hiệu trưởng Lê Thị Minh Tâm đọc thư của Chủ tịch nước gửi ngành Giáo dục "
            "nhân dịp khai giảng năm học mới, đồng thời tổng kết những thành tích nổi bật của năm học "
            "trước: 31 học sinh giỏi cấp thành phố, 9 học sinh giỏi cấp tỉnh, tỷ lệ tốt nghiệp THCS đạt "
            "100%."
        ),
        P(
            "Năm học mới, nhà trường tiếp tục thực hiện Chương trình giáo dục phổ thông 2018 ở cả 4 "
            "khối lớp, đẩy mạnh chuyển đổi số và xây dựng trường học hạnh phúc."
        ),
        P(
            "Hồi trống khai trường do đồng chí Phó Chủ tịch UBND phường Quyết Thắng đánh vang lên, "
            "chính thức mở đầu năm học mới với nhiều kỳ vọng."
        ),
        Img(up("khai-giang-danh-trong.jpg", "09"), None, None, "none"),
        P(
            "Dịp này, các nhà hảo tâm đã trao 40 suất học bổng, mỗi suất trị giá 1.000.000 đồng, cho "
            "học sinh vượt khó học tốt."
        ),
        Raw('<div style="text-align: right;">Nguyễn Thị Thanh Hà</div>'),
    ],
    authors=["Nguyễn Thị Thanh Hà"],
    summary=(
        "Sáng 05/9/2026, trong không khí tưng bừng của cả nước, thầy và trò Trường THCS Trần Hưng "
        "Đạo long trọng tổ chức Lễ khai giảng năm học mới 2026 - 2027."
    ),
    opts={"tag": "p"},
)

B1 = Story(
    147,
    "chuyen-de-ngu-van",
    "Sinh hoạt chuyên đề tổ Ngữ văn - GDCD: Dạy học đọc hiểu văn bản theo thể loại",
    "2",
    "2026-11-19T08:30:00+07:00",
    [
        P(
            "Nhằm nâng cao chất lượng dạy học môn Ngữ văn theo Chương trình GDPT 2018, ngày 17/11/2026 "
            "tổ Ngữ văn - GDCD tổ chức sinh hoạt chuyên đề “Dạy học đọc hiểu văn bản theo đặc trưng "
            "thể loại” tại lớp 8A2."
        ),
        P(
            "Tiết dạy minh họa bài “Lão Hạc” (Nam Cao) do cô Hồ Thị Thu Trang thực hiện. Cô đã tổ chức "
            "cho học sinh làm việc nhóm, sử dụng phiếu học tập để tìm hiểu nhân vật, ngôi kể và giá trị "
            "hiện thực, nhân đạo của tác phẩm."
        ),
        Img(
            up("chuyen-de-ngu-van-8a2.jpg"),
            "Cô Hồ Thị Thu Trang trong tiết dạy minh họa",
            "Cô Hồ Thị Thu Trang trong tiết dạy minh họa",
            "em",
        ),
        P(
            "Sau tiết dạy, các thành viên trong tổ đã thảo luận, góp ý về cách thiết kế nhiệm vụ học "
            "tập, cách đặt câu hỏi và đánh giá học sinh qua sản phẩm nhóm."
        ),
        P("Một số kinh nghiệm được rút ra:", "h"),
        P("Bám sát đặc trưng thể loại truyện: cốt truyện, nhân vật, người kể chuyện.", "li"),
        P("Tăng cường hoạt động đọc diễn cảm và đóng vai để học sinh cảm nhận văn bản.", "li"),
        P("Liên hệ văn bản với thực tiễn đời sống, giáo dục lòng nhân ái.", "li"),
        P(
            "Chuyên đề đã giúp giáo viên trong tổ thống nhất cách tổ chức các hoạt động dạy học đọc "
            "hiểu, góp phần nâng cao năng lực cho học sinh."
        ),
        right("Tổ Ngữ văn - GDCD"),
    ],
    authors=["Tổ Ngữ văn - GDCD"],
    opts={"tag": "div", "views": 215},
)

B2 = Story(
    138,
    "hoi-thi-gvdg-cap-truong",
    "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    "2",
    "2026-11-02T15:10:00+07:00",
    [
        P(
            "Thực hiện kế hoạch năm học, từ ngày 26/10 đến 31/10/2026 nhà trường tổ chức Hội thi giáo "
            "viên dạy giỏi cấp trường với 14 giáo viên dự thi ở 8 môn học.",
            "lead",
        ),
        P(
            "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện một "
            "tiết dạy trên lớp. Ban giám khảo gồm Ban giám hiệu và các tổ trưởng chuyên môn."
        ),
        P("Lịch thi các môn", "h4"),
        P("Ngày | Môn | Giáo viên | Lớp", "th"),
        P("26/10 | Toán | Trần Văn Dũng | 9A3", "td"),
        P("27/10 | Ngữ văn | Hồ Thị Thu Trang | 8A2", "td"),
        P("28/10 | Tiếng Anh | Y Hoa | 7A1", "td"),
        P("30/10 | Khoa học tự nhiên | Nguyễn Văn Hùng | 6A4", "td"),
        P(
            "Kết quả, có 11 giáo viên được công nhận giáo viên dạy giỏi cấp trường; 4 giáo viên được "
            "chọn tham dự hội thi cấp thành phố."
        ),
        Img(
            up("gvdg-toan-9a3.jpg"),
            "Tiết dạy môn Toán của thầy Trần Văn Dũng",
            "Tiết dạy môn Toán của thầy Trần Văn Dũng",
            "div",
        ),
        right("Tin: ThS. Trần Quốc Bảo - Phó Hiệu trưởng"),
    ],
    authors=["Trần Quốc Bảo"],
    summary=(
        "Thực hiện kế hoạch năm học, từ ngày 26/10 đến 31/10/2026 nhà trường tổ chức Hội thi giáo "
        "viên dạy giỏi cấp trường với 14 giáo viên dự thi ở 8 môn học."
    ),
    opts={"tag": "div"},
)

B3 = Story(
    132,
    "boi-duong-hsg",
    "Triển khai công tác bồi dưỡng học sinh giỏi lớp 9 năm học 2026 - 2027",
    "2",
    "2026-10-15T07:50:00+07:00",
    [
        P(
            "Ngày 14/10/2026, nhà trường họp triển khai kế hoạch bồi dưỡng học sinh giỏi lớp 9 chuẩn "
            "bị cho kỳ thi chọn học sinh giỏi cấp thành phố dự kiến tổ chức vào tháng 01/2027."
        ),
        P(
            "Theo kế hoạch, nhà trường thành lập 9 đội tuyển: Toán, Ngữ văn, Tiếng Anh, Vật lí, Hóa "
            "học, Sinh học, Lịch sử, Địa lí và Tin học. Mỗi đội tuyển học 2 buổi/tuần vào các buổi "
            "chiều thứ Ba, thứ Năm hoặc thứ Bảy."
        ),
        P(
            "Giáo viên bồi dưỡng xây dựng chương trình chi tiết, bộ đề luyện tập và báo cáo tiến độ "
            "hằng tháng cho Phó Hiệu trưởng phụ trách chuyên môn."
        ),
        P(
            "Phụ huynh học sinh trong các đội tuyển được mời họp vào sáng Chủ nhật 18/10 để thống nhất "
            "kế hoạch phối hợp giữa gia đình và nhà trường."
        ),
    ],
    opts={"tag": "p"},
)

B4 = Story(
    116,
    "chuyen-de-stem-khtn",
    "Chuyên đề dạy học STEM môn Khoa học tự nhiên lớp 6: “Chế tạo bình lọc nước”",
    "2",
    "2026-08-29T14:00:00+07:00",
    [
        P(
            "Chuẩn bị cho năm học mới, ngày 28/8/2026 tổ Khoa học tự nhiên tổ chức chuyên đề dạy học "
            "STEM với chủ đề “Chế tạo bình lọc nước” dành cho học sinh lớp 6."
        ),
        P(
            "Chủ đề được thiết kế theo quy trình kỹ thuật gồm 5 bước: xác định vấn đề, nghiên cứu kiến "
            "thức nền, đề xuất giải pháp, chế tạo mẫu và chia sẻ, thảo luận, điều chỉnh."
        ),
        Img(
            up("stem-binh-loc-nuoc.jpg", "08"),
            "Sản phẩm bình lọc nước của học sinh",
            "Sản phẩm bình lọc nước của học sinh",
            "em",
        ),
        P(
            "Học sinh sử dụng vật liệu dễ tìm như chai nhựa, sỏi, cát, than hoạt tính và bông để chế "
            "tạo bình lọc, sau đó kiểm tra độ trong của nước sau khi lọc."
        ),
        P(
            "Các giáo viên dự chuyên đề đánh giá cao tính thực tiễn của chủ đề; tổ thống nhất mỗi học "
            "kỳ thực hiện ít nhất 2 chủ đề STEM ở mỗi khối lớp."
        ),
        Img(
            up("stem-thao-luan.jpg", "08"),
            "Giáo viên tổ Khoa học tự nhiên thảo luận sau tiết dạy",
            "Giáo viên tổ Khoa học tự nhiên thảo luận sau tiết dạy",
            "em",
        ),
        right("Nguyễn Văn Hùng (Tổ KHTN)"),
    ],
    authors=["Nguyễn Văn Hùng"],
    opts={"tag": "div"},
)

C1 = Story(
    145,
    "ke-hoach-nho-dot-1",
    "Liên đội ra quân thu gom giấy vụn, phế liệu làm “Kế hoạch nhỏ” đợt 1",
    "3",
    "2026-11-14T16:00:00+07:00",
    [
        P(
            "Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026 - 2027, sáng thứ Bảy 14/11, Liên đội THCS "
            "Trần Hưng Đạo tổ chức cho 24 chi đội ra quân thu gom giấy vụn, vỏ lon và phế liệu."
        ),
        P(
            "Ngay từ 6 giờ 30, các chi đội đã tập kết sản phẩm tại sân trường. Ban chỉ huy Liên đội tiến "
            "hành cân, phân loại và ghi nhận kết quả của từng chi đội."
        ),
        Img(
            up("ke-hoach-nho-2026.jpg"),
            "Các chi đội tập kết giấy vụn tại sân trường",
            "Các chi đội tập kết giấy vụn tại sân trường",
            "div",
        ),
        P(
            "Kết quả, Liên đội thu được hơn 1,2 tấn giấy vụn và phế liệu các loại. Dẫn đầu là chi đội "
            "8A1 với 96 kg, tiếp theo là chi đội 6A3 và 9A2."
        ),
        P(
            "Toàn bộ số tiền thu được sẽ dùng để hỗ trợ học sinh có hoàn cảnh khó khăn và tặng quà cho "
            "các em nhân dịp Tết Nguyên đán."
        ),
        right("Liên đội THCS Trần Hưng Đạo"),
    ],
    authors=["Liên đội THCS Trần Hưng Đạo"],
    opts={"tag": "div"},
)

C2 = Story(
    129,
    "hoi-thi-nghi-thuc-doi",
    "Hội thi Nghi thức Đội - Chỉ huy Đội giỏi năm học 2026 - 2027",
    "3",
    "2026-10-12T11:20:00+07:00",
    [
        P(
            "Chào mừng 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, sáng ngày 11/10/2026 Liên đội tổ "
            "chức Hội thi Nghi thức Đội - Chỉ huy Đội giỏi cho 12 chi đội khối 6 và khối 7."
        ),
        P("Mỗi chi đội thực hiện các nội dung:", "h"),
        P("Tập hợp đội hình hàng dọc, hàng ngang; báo cáo chỉ huy Liên đội.", "ol"),
        P("Các động tác nghi thức cá nhân và nghi thức với cờ.", "ol"),
        P("Đánh trống, chỉ huy đội hình diễu hành.", "ol"),
        Img(
            up("nghi-thuc-doi-6a3.jpg", "10"),
            "Chi đội 6A3 thực hiện phần thi đội hình",
            "Chi đội 6A3 thực hiện phần thi đội hình",
            "em",
        ),
        P(
            "Kết quả, giải Nhất thuộc về chi đội 7A2, giải Nhì chi đội 6A3, giải Ba chi đội 7A4 và 6A1. "
            "Ban tổ chức trao giải chỉ huy Đội giỏi cho em Nguyễn Hoàng Gia Bảo (lớp 7A2)."
        ),
        Raw(
            '<div style="text-align: right;"><strong>Tin: Nguyễn Thảo Vy (lớp 9A1); Ảnh: Y Blin'
            "</strong></div>"
        ),
    ],
    authors=["Nguyễn Thảo Vy"],
    photographers=["Y Blin"],
    opts={"tag": "div"},
)

C3 = Story(
    121,
    "trung-thu-cho-em",
    "Đêm hội Trăng rằm “Vui Tết Trung thu - Thắp sáng ước mơ”",
    "3",
    "2026-09-26T20:45:00+07:00",
    [
        P(
            "Tối 25/9/2026 (nhằm ngày 15/8 âm lịch), Liên đội THCS Trần Hưng Đạo tổ chức Đêm hội Trăng "
            "rằm cho hơn 900 đội viên trong không khí vui tươi, ấm áp."
        ),
        P(
            "Chương trình gồm các phần thi bày mâm ngũ quả, làm lồng đèn và biểu diễn văn nghệ. Nhiều "
            "mâm ngũ quả mang đậm nét văn hóa Tây Nguyên với cồng chiêng, nhà rông được các chi đội "
            "thể hiện công phu."
        ),
        P(
            "Đặc biệt, 35 suất quà Trung thu đã được trao cho các em học sinh người dân tộc thiểu số có "
            "hoàn cảnh khó khăn từ nguồn kinh phí “Kế hoạch nhỏ” năm học trước."
        ),
        P("Đêm hội khép lại với màn rước đèn quanh sân trường trong tiếng trống lân rộn rã."),
        right("Y Blin - TPT Đội"),
    ],
    authors=["Y Blin"],
    opts={"tag": "p"},
)

D1 = Story(
    149,
    "hop-phu-huynh-hk1",
    "THÔNG BÁO: Lịch họp Cha mẹ học sinh cuối học kỳ I năm học 2026 - 2027",
    "4",
    "2026-11-23T10:00:00+07:00",
    [
        P(
            "Nhà trường thông báo lịch họp Cha mẹ học sinh cuối học kỳ I năm học 2026 - 2027 như sau:"
        ),
        P("Khối | Thời gian | Địa điểm", "th"),
        P("Khối 6, 7 | 7 giờ 30, Chủ nhật 13/12/2026 | Phòng học các lớp", "td"),
        P("Khối 8, 9 | 14 giờ 00, Chủ nhật 13/12/2026 | Phòng học các lớp", "td"),
        P("Nội dung họp:", "h"),
        P("Giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện học kỳ I của học sinh.", "li"),
        P("Triển khai kế hoạch ôn tập, kiểm tra cuối học kỳ I.", "li"),
        P("Lấy ý kiến của cha mẹ học sinh về công tác giáo dục của nhà trường.", "li"),
        P(
            "Đề nghị quý phụ huynh sắp xếp thời gian đến dự họp đầy đủ, đúng giờ. Trân trọng thông báo!"
        ),
        Raw(
            '<div style="text-align: right;"><strong>HIỆU TRƯỞNG</strong><br><br>'
            "<strong>Lê Thị Minh Tâm</strong></div>"
        ),
    ],
    authors=["Lê Thị Minh Tâm"],
    opts={"tag": "div"},
)

D2 = Story(
    136,
    "lich-thi-hsg-cap-truong",
    "Thông báo lịch thi chọn học sinh giỏi cấp trường lớp 8, 9",
    "4",
    "2026-10-28T08:00:00+07:00",
    [
        P(
            "Căn cứ kế hoạch bồi dưỡng học sinh giỏi năm học 2026 - 2027, nhà trường thông báo lịch thi "
            "chọn học sinh giỏi cấp trường lớp 8, 9 như sau:"
        ),
        P("Thời gian: sáng thứ Bảy ngày 07/11/2026, có mặt lúc 7 giờ 00.", "br"),
        P("Địa điểm: dãy phòng học A, Trường THCS Trần Hưng Đạo.", "br"),
        P(
            "Môn thi: Toán, Ngữ văn, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học.",
            "br",
        ),
        P(
            "Học sinh dự thi mang theo thẻ học sinh, dụng cụ học tập; không mang điện thoại vào phòng "
            "thi. Danh sách học sinh dự thi được niêm yết tại bảng tin nhà trường."
        ),
    ],
    opts={"tag": "p"},
)

STORIES: list[Story] = [D1, A1, B1, C1, A2, B2, D2, A3, B3, C2, A4, C3, A5, B4]
BY_ID = {s.id: s for s in STORIES}


@dataclass(frozen=True)
class Row:
    """A row of the ``tin`` table: an article, or a PDF document / album listed like one."""

    id: int
    dm: str
    title: str
    day: str  # dd/mm/yyyy
    views: int
    link: str | None = None  # PDF file or album: the row's title links there
    story: Story | None = None

    @property
    def href(self) -> str:
        return self.link or f"xem-tin.php?id={self.id}&amp;dm={self.dm}"

    @property
    def short_href(self) -> str:
        return self.link or f"xem-tin.php?id={self.id}"


def _day(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def _views(story: Story) -> int:
    return story.opts.get("views") or story.views()


ROWS: list[Row] = [Row(s.id, s.cat, s.title, _day(s), _views(s), story=s) for s in STORIES] + [
    Row(
        146,
        "1",
        "Album ảnh: Hội thi cắm hoa chào mừng ngày Nhà giáo Việt Nam",
        "18/11/2026",
        188,
        "album.php?id=12",
    ),
    Row(
        144,
        "2",
        "Kế hoạch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        "12/11/2026",
        402,
        "upload/files/2026/ke-hoach-kiem-tra-giua-hk1-2026-2027.pdf",
    ),
    Row(
        142,
        "4",
        "Thông báo tuyển dụng nhân viên hợp đồng năm 2026",
        "09/11/2026",
        517,
        "upload/files/2026/thong-bao-tuyen-dung-nv-2026.pdf",
    ),
    Row(
        139,
        "3",
        "Chương trình công tác Đội và phong trào thiếu nhi năm học 2026 - 2027",
        "03/11/2026",
        133,
        "upload/files/2026/chuong-trinh-cong-tac-doi-2026-2027.pdf",
    ),
    Row(
        131,
        "3",
        "Album ảnh: Hội thi Nghi thức Đội năm học 2026 - 2027",
        "13/10/2026",
        240,
        "album.php?id=11",
    ),
    Row(
        124,
        "2",
        "Phân phối chương trình các môn học năm học 2026 - 2027",
        "01/10/2026",
        611,
        "upload/files/2026/ppct-2026-2027.pdf",
    ),
    Row(
        119,
        "3",
        "Kế hoạch tổ chức Đại hội Liên đội nhiệm kỳ 2026 - 2027",
        "10/09/2026",
        97,
        "upload/files/2026/ke-hoach-dai-hoi-lien-doi.pdf",
    ),
]
ROWS.sort(key=lambda r: r.id, reverse=True)

ALBUMS = {
    12: (
        146,
        "Album ảnh: Hội thi cắm hoa chào mừng ngày Nhà giáo Việt Nam",
        "18/11/2026 - 15:45",
        [
            ("cam-hoa-9a1.jpg", "Bình hoa đạt giải Nhất của lớp 9A1"),
            ("cam-hoa-8a3.jpg", "Tác phẩm “Tri ân” của lớp 8A3"),
            ("cam-hoa-7a2.jpg", "Các thành viên lớp 7A2 hoàn thiện tác phẩm"),
            ("cam-hoa-6a5.jpg", "Bình hoa của lớp 6A5"),
        ],
    ),
    11: (
        131,
        "Album ảnh: Hội thi Nghi thức Đội năm học 2026 - 2027",
        "13/10/2026 - 09:10",
        [
            ("nghi-thuc-7a2.jpg", "Chi đội 7A2"),
            ("nghi-thuc-6a1.jpg", "Chi đội 6A1"),
            ("nghi-thuc-trong.jpg", "Đội trống Liên đội"),
        ],
    ),
}

GOLD = [
    gold_record(
        s,
        f"/xem-tin.php?id={s.id}",
        CATEGORIES[s.cat],
        alt_paths=[f"/xem-tin.php?id={s.id}&dm={s.cat}"],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu.php",
    "/doi-ngu.php",
    "/thoi-khoa-bieu.php",
    "/lien-he.php",
    "/tin-tuc.php?dm=4",
    "/album.php?id=12",
    "/album.php?id=11",
]


# --- printing -------------------------------------------------------------------------------


def rows_of(dm: str) -> list[Row]:
    sections = DM1_SECTIONS if dm == "1" else (dm,)
    return [r for r in ROWS if r.dm in sections]


def pages_of(dm: str) -> int:
    return max(1, -(-len(rows_of(dm)) // PER_PAGE))


def printed_date(story: Story) -> str:
    return f"{_day(story)} - {story.published_at[11:16]}"


def _group(blocks: list, i: int, styles: tuple[str, ...]) -> tuple[list[P], int]:
    items = []
    while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in styles:
        items.append(blocks[i])
        i += 1
    return items, i


def render_body(story: Story) -> str:
    """The editor's HTML: blocks as <div> or <p>, <br>-joined lines, tables, centred photos."""
    tag = story.opts.get("tag", "div")
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            img = f'<img src="{b.src}" alt="" width="500" border="0" />'
            if b.style == "div":
                line = f"<br />\n<i>{esc(b.printed)}</i>" if b.printed else ""
                out.append(f'<div style="text-align: center;">{img}{line}</div>')
            else:
                out.append(f'<p style="text-align: center;">{img}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif b.style in ("li", "ol"):
            items, i = _group(blocks, i, (b.style,))
            kind = "ul" if b.style == "li" else "ol"
            out.append(
                f"<{kind}>" + "".join(f"<li>{esc(p.text)}</li>" for p in items) + f"</{kind}>"
            )
            continue
        elif b.style in ("th", "td"):
            items, i = _group(blocks, i, ("th", "td"))
            rows = []
            for p in items:
                cell = "th" if p.style == "th" else "td"
                rows.append(
                    "<tr>"
                    + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in p.text.split(" | "))
                    + "</tr>"
                )
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;">'
                + "\n".join(rows)
                + "</table>"
            )
            continue
        elif b.style == "br":
            items, i = _group(blocks, i, ("br",))
            out.append(f"<{tag}>" + "<br />\n".join(esc(p.text) for p in items) + f"</{tag}>")
            continue
        elif b.style in ("lead", "h"):
            out.append(f"<{tag}><strong>{esc(b.text)}</strong></{tag}>")
        elif b.style == "h4":
            out.append(f"<h4>{esc(b.text)}</h4>")
        elif b.style == "quote":
            out.append(f"<blockquote>{esc(b.text)}</blockquote>")
        else:
            out.append(f'<{tag} style="text-align: justify;">{esc(b.text)}</{tag}>')
        i += 1
    return "\n".join(out)


MENU = [
    ("index.php", "Trang chủ", []),
    (
        "gioi-thieu.php",
        "Giới thiệu",
        [("gioi-thieu.php", "Giới thiệu chung"), ("doi-ngu.php", "Đội ngũ")],
    ),
    (
        "tin-tuc.php?dm=1",
        "Tin tức - Sự kiện",
        [("tin-tuc.php?dm=3", "Đội TNTP"), ("tin-tuc.php?dm=4", "Thông báo")],
    ),
    (
        "tin-tuc.php?dm=2",
        "Chuyên môn",
        [("tin-tuc.php?dm=2", "Hoạt động chuyên môn"), ("thoi-khoa-bieu.php", "Thời khóa biểu")],
    ),
    ("lien-he.php", "Liên hệ", []),
]


def _menu() -> str:
    out = []
    for href, label, subs in MENU:
        if subs:
            items = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in subs)
            out.append(
                f'<li class="dropdown"><a href="{h_esc(href)}" class="dropdown-toggle" '
                f'data-toggle="dropdown">{esc(label)} <span class="caret"></span></a>'
                f'<ul class="dropdown-menu">{items}</ul></li>'
            )
        else:
            out.append(f'<li><a href="{h_esc(href)}">{esc(label)}</a></li>')
    return "\n".join(out)


def h_esc(href: str) -> str:
    return href.replace("&", "&amp;") if "&amp;" not in href else href


def _left_column() -> str:
    newest = "".join(
        f'<li><img src="images/new.gif" alt="" /> <a href="{r.short_href}">{esc(r.title)}</a></li>'
        for r in ROWS[:5]
    )
    notices = "".join(
        f'<li><a href="{r.short_href}">{esc(r.title)}</a> <span class="ngay">({r.day})</span></li>'
        for r in rows_of("4")[:3]
    )
    return f"""<div class="col-md-3 cot-trai">
<div class="hop-trai"><div class="tieude-hop">Tin mới</div><ul class="ds-tinmoi">{newest}</ul></div>
<div class="hop-trai"><div class="tieude-hop">Thông báo</div>
<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">
<ul class="ds-thongbao">{notices}</ul></marquee>
<a href="tin-tuc.php?dm=4" class="xemtiep">Xem tất cả »</a></div>
<div class="hop-trai"><div class="tieude-hop">Thăm dò ý kiến</div>
<form method="post" action="binhchon.php"><p>Bạn thấy website của trường thế nào?</p>
<label><input type="radio" name="ykien" value="1" /> Rất hữu ích</label><br />
<label><input type="radio" name="ykien" value="2" /> Hữu ích</label><br />
<label><input type="radio" name="ykien" value="3" /> Cần cải tiến thêm</label><br />
<button type="submit" class="btn btn-xs btn-primary">Bình chọn</button></form></div>
<div class="hop-trai"><div class="tieude-hop">Liên kết</div>
<select class="form-control lienket" onchange="window.open(this.value)">
<option value="">-- Liên kết website --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://sgddt.kontum.gov.vn">Sở GD&amp;ĐT Kon Tum</option>
<option value="https://kontumcity.kontum.gov.vn">UBND thành phố Kon Tum</option>
</select>
<a href="https://vnedu.vn" target="_blank"><img src="images/banner-vnedu.jpg" alt="vnEdu" class="img-responsive" /></a>
</div>
<div class="hop-trai thongke"><div class="tieude-hop">Thống kê truy cập</div>
<p>Đang online: 4 - Tổng truy cập: 98.765</p></div>
</div>"""


def layout(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<link href="css/bootstrap.min.css" rel="stylesheet" />
<link href="css/style.css" rel="stylesheet" />
<link rel="shortcut icon" href="favicon.ico" />
</head>
<body>
<div class="container khung-chinh">
<div class="dau-trang">
<div class="dong-ngay">{esc(TODAY)} <span class="pull-right">Hotline: 0260 3862 457</span></div>
<a href="index.php"><img src="images/banner-thcs-tran-hung-dao.jpg" alt="Trường THCS Trần Hưng Đạo - TP. Kon Tum" class="img-responsive banner" /></a>
</div>
<nav class="navbar navbar-default thanh-menu"><div class="container-fluid">
<div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#menu-chinh">
<span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="collapse navbar-collapse" id="menu-chinh"><ul class="nav navbar-nav">
{_menu()}
</ul>
<form class="navbar-form navbar-right" method="get" action="tim-kiem.php">
<input type="text" name="tukhoa" class="form-control input-sm" placeholder="Tìm kiếm..." /></form>
</div></div></nav>
<div class="row noi-dung">
{_left_column()}
<div class="col-md-9 cot-phai">
{main}
</div>
</div>
<div class="chan-trang">
<p><strong>TRƯỜNG THCS TRẦN HƯNG ĐẠO - THÀNH PHỐ KON TUM</strong></p>
<p>Địa chỉ: 135 Trần Hưng Đạo, phường Quyết Thắng, TP. Kon Tum, tỉnh Kon Tum</p>
<p>Điện thoại: 0260 3862 457 - Email: thcstranhungdao.kt@kontum.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Lê Thị Minh Tâm</p>
<p class="thietke">Thiết kế: Tổ Tin học - 2016</p>
</div>
</div>
<script src="js/jquery-1.12.4.min.js"></script>
<script src="js/bootstrap.min.js"></script>
</body>
</html>"""


def page(title: str, main: str) -> Response:
    return html(layout(f"{title} - {SCHOOL}", main))


def listing_table(rows: list[Row], start: int) -> str:
    body = []
    for n, r in enumerate(rows, start):
        icon = ' <img src="images/pdf.gif" alt="" />' if r.link and r.link.endswith(".pdf") else ""
        target = ' target="_blank"' if icon else ""
        body.append(
            f'<tr><td class="text-center">{n}</td><td><a href="{r.href}"{target}>{esc(r.title)}</a>{icon}</td>'
            f'<td class="text-center">{r.day}</td><td class="text-center">{r.views}</td></tr>'
        )
    return (
        '<table class="table table-bordered table-striped bang-tin">\n'
        '<thead><tr><th width="6%">STT</th><th>Tiêu đề</th><th width="15%">Ngày đăng</th>'
        '<th width="10%">Lượt xem</th></tr></thead>\n<tbody>\n'
        + "\n".join(body)
        + "\n</tbody></table>"
    )


def pager(dm: str, current: int) -> str:
    pages = pages_of(dm)
    if pages == 1:
        return ""
    if dm == "1":
        options = "".join(
            f'<option value="tin-tuc.php?dm=1&amp;trang={n}"{" selected" if n == current else ""}>'
            f"Trang {n}</option>"
            for n in range(1, pages + 1)
        )
        return (
            '<div class="chon-trang text-right">Chọn trang: '
            f'<select onchange="location.href=this.value">{options}</select></div>'
        )
    if dm == "2":
        forms = []
        if current > 1:
            forms.append(
                '<form method="post" action="tin-tuc.php?dm=2" class="form-trang">'
                f'<input type="hidden" name="trang" value="{current - 1}">'
                '<button type="submit" class="btn btn-default btn-sm">« Trang trước</button></form>'
            )
        if current < pages:
            forms.append(
                '<form method="post" action="tin-tuc.php?dm=2" class="form-trang">'
                f'<input type="hidden" name="trang" value="{current + 1}">'
                '<button type="submit" class="btn btn-default btn-sm">Trang sau »</button></form>'
            )
        return f'<div class="phantrang-form">Trang {current}/{pages} ' + " ".join(forms) + "</div>"
    links = [f'<a href="tin-tuc.php?dm={dm}&amp;trang=1">«</a>']
    for n in range(1, pages + 1):
        links.append(
            f"<b>{n}</b>"
            if n == current
            else f'<a href="tin-tuc.php?dm={dm}&amp;trang={n}">{n}</a>'
        )
    links.append(f'<a href="tin-tuc.php?dm={dm}&amp;trang={pages}">»</a>')
    return '<div class="phantrang">' + " ".join(links) + "</div>"


def _page_number(value: str | None) -> int | None:
    if value is None or value == "":
        return 1
    return int(value) if value.isdigit() else None


def listing(request: Request) -> Response | None:
    dm = request.params.get("dm", "")
    if dm not in CATEGORIES:
        return None
    if dm == "2":
        # the script reads $_POST['trang'] only: a GET with ?trang= prints page 1
        current = _page_number(request.form.get("trang")) if request.method == "POST" else 1
        if current is None or current > pages_of(dm):
            current = 1
    else:
        current = _page_number(request.params.get("trang"))
        if current is None or current < 1 or current > pages_of(dm):
            return None
    rows = rows_of(dm)[(current - 1) * PER_PAGE : current * PER_PAGE]
    name = CATEGORIES[dm]
    main = f"""<div class="khung-tin">
<div class="duong-dan"><a href="index.php">Trang chủ</a> » <a href="tin-tuc.php?dm={dm}">{esc(name)}</a></div>
<h3 class="tieude-danhmuc">{esc(name.upper())}</h3>
{listing_table(rows, (current - 1) * PER_PAGE + 1)}
{pager(dm, current)}
</div>"""
    return page(name, main)


def article(request: Request) -> Response | None:
    raw = request.params.get("id", "")
    story = BY_ID.get(int(raw)) if raw.isdigit() else None
    if story is None:
        return None
    name = CATEGORIES[story.cat]
    others = "".join(
        f'<li><a href="{r.short_href}">{esc(r.title)}</a> <span class="ngay">({r.day})</span></li>'
        for r in [r for r in ROWS if r.dm == story.cat][:5]
        if r.id != story.id
    )
    share = f"https://www.facebook.com/sharer/sharer.php?u=xem-tin.php%3Fid%3D{story.id}"
    main = f"""<div class="khung-tin">
<div class="duong-dan"><a href="index.php">Trang chủ</a> » <a href="tin-tuc.php?dm={story.cat}">{esc(name)}</a></div>
<h3 class="tieude-tin">{esc(story.title)}</h3>
<div class="ngay-dang">Ngày đăng: {printed_date(story)} | Lượt xem: {_views(story)}</div>
<div class="noidung-tin">
{render_body(story)}
</div>
<div class="congcu text-right">
<a href="javascript:window.print()"><img src="images/print.gif" alt="" /> In bài</a> |
<a href="mailto:?subject={esc(story.title)}"><img src="images/email.gif" alt="" /> Gửi email</a> |
<a href="javascript:history.back()">Quay lại</a> |
<a href="{share}" target="_blank"><img src="images/facebook.png" alt="" /> Chia sẻ</a>
</div>
<div class="tin-khac"><h4>Các tin khác</h4><ul>{others}</ul></div>
</div>"""
    return page(story.title, main)


def home(request: Request) -> Response:
    lead = A1
    boxes = []
    for dm in ("1", "2", "3"):
        rows = [r for r in ROWS if r.dm == dm][:3]
        items = "".join(
            f'<li><a href="{r.href}">{esc(r.title)}</a> <span class="ngay">({r.day})</span></li>'
            for r in rows
        )
        boxes.append(
            f'<div class="hop-giua"><div class="tieude-hop"><a href="tin-tuc.php?dm={dm}">'
            f"{esc(CATEGORIES[dm])}</a></div><ul>{items}</ul>"
            f'<a class="xemtiep" href="tin-tuc.php?dm={dm}">Xem tiếp »</a></div>'
        )
    first_img = lead.images[0].src
    main = f"""<div class="tin-noibat row">
<div class="col-sm-5"><a href="xem-tin.php?id={lead.id}"><img src="{first_img}" class="img-responsive" alt="" /></a></div>
<div class="col-sm-7"><h4><a href="xem-tin.php?id={lead.id}">{esc(lead.title)}</a></h4>
<p class="trich-dan">{esc(lead.summary or "")}</p>
<a href="xem-tin.php?id={lead.id}" class="xemtiep">Xem chi tiết »</a></div>
</div>
{"".join(boxes)}"""
    return page("Trang chủ", main)


def album(request: Request) -> Response | None:
    raw = request.params.get("id", "")
    data = ALBUMS.get(int(raw)) if raw.isdigit() else None
    if data is None:
        return None
    row_id, title, when, photos = data
    row = next(r for r in ROWS if r.id == row_id)
    cells = "".join(
        f'<div class="col-sm-4 o-anh"><a href="upload/album/{raw}/{f}" target="_blank">'
        f'<img src="upload/album/{raw}/thumb_{f}" class="img-thumbnail" alt="" /></a>'
        f"<p>{esc(c)}</p></div>"
        for f, c in photos
    )
    main = f"""<div class="khung-tin">
<div class="duong-dan"><a href="index.php">Trang chủ</a> » <a href="tin-tuc.php?dm={row.dm}">{esc(CATEGORIES[row.dm])}</a> » Album ảnh</div>
<h3 class="tieude-tin">{esc(title)}</h3>
<div class="ngay-dang">Ngày đăng: {when} | Lượt xem: {row.views}</div>
<div class="row album-anh">{cells}</div>
</div>"""
    return page(title, main)


STAFF = [
    ("1", "Lê Thị Minh Tâm", "Hiệu trưởng", "Ngữ văn", "ThS. Quản lý giáo dục"),
    ("2", "Trần Quốc Bảo", "Phó Hiệu trưởng", "Toán", "ThS. Toán học"),
    ("3", "Đinh Văn Toàn", "Phó Hiệu trưởng", "Lịch sử", "Đại học"),
    ("4", "Hồ Thị Thu Trang", "Tổ trưởng tổ Ngữ văn - GDCD", "Ngữ văn", "Đại học"),
    ("5", "Nguyễn Văn Hùng", "Tổ trưởng tổ KHTN", "Khoa học tự nhiên", "Đại học"),
    ("6", "Y Blin", "Tổng phụ trách Đội", "Âm nhạc", "Đại học"),
    ("7", "Phạm Thị Hồng Nhung", "Thư ký hội đồng", "Tiếng Anh", "Đại học"),
]


def static(title: str, content: str) -> Response:
    main = f"""<div class="khung-tin">
<div class="duong-dan"><a href="index.php">Trang chủ</a> » {esc(title)}</div>
<h3 class="tieude-tin">{esc(title)}</h3>
<div class="noidung-tin">
{content}
</div>
</div>"""
    return page(title, main)


def gioi_thieu(request: Request) -> Response:
    return static(
        "Giới thiệu chung",
        """<div>Trường THCS Trần Hưng Đạo được thành lập năm 1976, là một trong những trường THCS có bề dày
truyền thống của thành phố Kon Tum. Trường đạt chuẩn quốc gia mức độ 1 năm 2015 và được công nhận
đạt kiểm định chất lượng giáo dục cấp độ 3 năm 2022.</div>
<div>Hiện nay trường có 24 lớp với gần 1.000 học sinh, trong đó hơn 20% là học sinh người dân tộc
thiểu số. Đội ngũ gồm 58 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn và trên chuẩn.</div>
<div><strong>Sứ mệnh:</strong> Xây dựng môi trường học tập thân thiện, chất lượng, để mỗi học sinh đều
có cơ hội phát triển toàn diện.</div>
<p style="text-align: center;"><img src="upload/gioithieu/toan-canh-truong.jpg" alt="" width="600" /></p>""",
    )


def doi_ngu(request: Request) -> Response:
    rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in STAFF)
    return static(
        "Đội ngũ cán bộ, giáo viên",
        '<table class="table table-bordered"><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th>'
        f"<th>Môn dạy</th><th>Trình độ</th></tr>{rows}</table>",
    )


def thoi_khoa_bieu(request: Request) -> Response:
    days = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]
    subjects = ["Toán", "Ngữ văn", "Tiếng Anh", "KHTN", "Lịch sử và Địa lí", "GDCD", "Tin học"]
    rows = []
    for period in range(1, 6):
        cells = "".join(f"<td>{subjects[(period * 3 + d) % len(subjects)]}</td>" for d in range(6))
        rows.append(f"<tr><td>Tiết {period}</td>{cells}</tr>")
    head = "".join(f"<th>{d}</th>" for d in days)
    return static(
        "Thời khóa biểu học kỳ I (áp dụng từ 16/11/2026)",
        "<div><strong>Lớp 9A1</strong> - Buổi sáng</div>"
        f'<table class="table table-bordered tkb"><tr><th>Tiết</th>{head}</tr>{"".join(rows)}</table>'
        '<div><a href="upload/files/2026/tkb-hk1-tu-16-11-2026.pdf"><img src="images/pdf.gif" alt="" /> '
        "Tải thời khóa biểu toàn trường</a></div>",
    )


def lien_he(request: Request) -> Response:
    if request.method == "POST":
        return static(
            "Liên hệ",
            '<div class="alert alert-success">Cảm ơn bạn đã gửi liên hệ. Nhà trường sẽ phản hồi sớm.</div>',
        )
    return static(
        "Liên hệ",
        """<div><strong>TRƯỜNG THCS TRẦN HƯNG ĐẠO</strong></div>
<div>Địa chỉ: 135 Trần Hưng Đạo, phường Quyết Thắng, TP. Kon Tum, tỉnh Kon Tum</div>
<div>Điện thoại: 0260 3862 457 - Email: thcstranhungdao.kt@kontum.edu.vn</div>
<form method="post" action="lien-he.php" class="form-lienhe">
<div class="form-group"><label>Họ tên</label><input type="text" name="hoten" class="form-control" /></div>
<div class="form-group"><label>Email</label><input type="text" name="email" class="form-control" /></div>
<div class="form-group"><label>Nội dung</label><textarea name="noidung" class="form-control" rows="5"></textarea></div>
<button type="submit" class="btn btn-primary">Gửi liên hệ</button>
</form>""",
    )


def binh_chon(request: Request) -> Response:
    return static(
        "Kết quả bình chọn",
        '<table class="table"><tr><td>Rất hữu ích</td><td>412 phiếu</td></tr>'
        "<tr><td>Hữu ích</td><td>187 phiếu</td></tr><tr><td>Cần cải tiến thêm</td><td>36 phiếu</td></tr></table>",
    )


def search(request: Request) -> Response:
    words = request.params.get("tukhoa", "").strip()
    hits = [r for r in ROWS if words and words.casefold() in r.title.casefold()]
    main = f"""<div class="khung-tin"><h3 class="tieude-danhmuc">KẾT QUẢ TÌM KIẾM: {esc(words)}</h3>
{listing_table(hits, 1)}</div>"""
    return page("Tìm kiếm", main)


class PhpSchoolSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/upload/files/",)) and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/upload/", "/images/", "/css/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        routes = {
            "/": home,
            "/index.php": home,
            "/tin-tuc.php": listing,
            "/xem-tin.php": article,
            "/album.php": album,
            "/gioi-thieu.php": gioi_thieu,
            "/doi-ngu.php": doi_ngu,
            "/thoi-khoa-bieu.php": thoi_khoa_bieu,
            "/lien-he.php": lien_he,
            "/binhchon.php": binh_chon,
            "/tim-kiem.php": search,
        }
        handler = routes.get(path)
        return handler(request) if handler else None


def build_site() -> PhpSchoolSite:
    return PhpSchoolSite()
