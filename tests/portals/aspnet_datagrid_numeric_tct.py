"""Trường Chính trị tỉnh Ninh Thuận: an ASP.NET 2.0 WebForms portal (IIS 6, about 2009) built by
the province's IT centre, with a DataGrid listing and its built-in numeric pager.

Platform
--------
One master page (``ctl00$ContentPlaceHolder1$…`` control ids), one server form
``<form name="aspnetForm" method="post" action="…">`` around every page, ``__VIEWSTATE`` at the
top of the form and ``__EVENTVALIDATION`` at its bottom, ``WebResource.axd`` script, a table
layout (header banner with a Flash object, a horizontal menu with drop-downs, a left column, the
content cell, a right column, a footer). The server's culture was never set to vi-VN: every
``DateTime.ToString()`` prints en-US (``11/3/2026 9:15:00 AM``), while the listing's DataGrid
column has an explicit ``DataFormatString="{0:dd/MM/yyyy}"``.

URL scheme (IIS: paths and query keys are case-insensitive, unknown query keys are ignored)
------------------------------------------------------------------------------------------
- ``/`` = ``/Default.aspx``: home (featured story, latest news, notices, research block).
- ``/TinTuc.aspx?MaLoai=<n>``: a category listing, a DataGrid (PageSize 4, ShowHeader false)
  with a numeric pager whose links are ``javascript:__doPostBack('ctl00$ContentPlaceHolder1$
  dgDanhSach$ctlNN$ctlMM','')``: page 2 is only a POST of the form back to the same URL.
  MaLoai 2 = "Hoạt động nhà trường" (under the menu's "Tin tức - Sự kiện"), 3 = "Nghiên cứu -
  Trao đổi", 4 = "Thông báo".
- ``/ChiTiet.aspx?MaTin=<n>&MaLoai=<n>`` (listing links), ``/ChiTiet.aspx?MaTin=<n>`` (home,
  "Các tin mới đăng"), ``/chitiet.aspx?matin=<n>`` (the hand-written "Tin đọc nhiều" box),
  ``/InTin.aspx?MaTin=<n>`` (print page, opened by ``window.open`` only).
- ``/GioiThieu.aspx?MaGT=<n>``, ``/LienHe.aspx``, ``/VanBan.aspx`` → ``/ChiTietVanBan.aspx?MaVB=<n>``,
  ``/ThuVienAnh.aspx`` → ``/ThuVienAnh.aspx?MaAlbum=<n>``, ``/TimKiem.aspx?TuKhoa=`` (reached
  by the search postback's redirect), ``/ImageHandler.ashx?img=…&w=…`` (thumbnails),
  ``/Upload/…`` files.

How each gold article is reached
--------------------------------
- Hoạt động nhà trường (MaLoai=2), newest first: 418, 415, 411, 407 on page 1; 402 and 396
  only on page 2 (pager postback). 418, 415, 411 are also on the home page.
- Nghiên cứu - Trao đổi (MaLoai=3): 416, 412, 408, 403 on page 1; 394 only on page 2.
  416 is the home page's featured story (linked with the wrong ``MaLoai=2``).
- Thông báo (MaLoai=4): 419, 413 (one page; also the home page's notice box).
- Article pages list three newer stories of their category ("Các tin mới đăng"), never the
  page-2 ones, and the "Tin đọc nhiều" box links 407, 412, 403 and a deleted story.

Traps
-----
1. **Pagination by DataGrid postback.** The numeric pager ("1 2") is a row of the grid whose
   links call ``__doPostBack`` with the pager cell's control id; the id of the pager row depends
   on the number of rows (``ctl07`` under a full page of 4, ``ctl05`` under 2), the view state
   and event validation change per page, and a wrong target or validation blob answers ASP.NET's
   500 "Invalid postback or callback argument". A guessed ``&Page=2`` is ignored (page 1 again).
   Gold: 402, 396 and 394 exist only behind that POST and are gold all the same.
2. **Generic ``<title>``.** Every article page has the master page's title "..:: Trường Chính
   trị tỉnh Ninh Thuận ::.. Chi tiết tin" and no og/meta title; the headline is only in the
   ``lblTieuDe`` label (a ``<span>``). Gold title: that label's text.
3. **Listing titles truncated.** The DataGrid template cuts titles at 70 characters and adds
   "..." (no ``title`` attribute). Gold title: the full headline of the article page.
4. **en-US dates on the article page.** "Ngày đăng: 11/9/2026 2:00:00 PM" is 9 November (the
   listing prints the same day as "09/11/2026"); "12:00:00 AM" is midnight, a day alone.
   Gold: month first, e.g. 411 -> "2026-11-09T14:00:00+07:00", 402 -> "2026-10-28".
5. **"Cập nhật" printed first.** Some pages print "Cập nhật: …" (last edit) before "Ngày đăng:
   …" on the same line. Gold: the "Ngày đăng" time only.
6. **The breadcrumb follows the URL's MaLoai.** ChiTiet.aspx prints the breadcrumb of the
   ``MaLoai`` in its query when there is one; the home page's featured box links 416 (filed
   under "Nghiên cứu - Trao đổi") with ``MaLoai=2``, whose page then says "Hoạt động nhà trường".
   Gold category: the section the article is filed under (its listing, its page without or with
   its own MaLoai): "Nghiên cứu - Trao đổi"; that URL is one more alt path.
7. **One article, many URLs.** ``MaTin`` with or without ``MaLoai``, a lower-cased
   ``chitiet.aspx?matin=`` from the hand-written "Tin đọc nhiều" box, the print page
   ``InTin.aspx``. Gold path: the listing's ``/ChiTiet.aspx?MaTin=<n>&MaLoai=<n>``; the others
   are ``alt_paths``.
8. **CMS account in the info bar.** "Người đăng: tct_quantri" / "Người đăng: bientap01" is the
   account that typed the story in; the real byline is at the end of the text (right-aligned,
   "Tin, ảnh: …", "Tin: ThS. … - Ảnh: …", a unit alone, a name with a unit on the next line) or
   absent/"BBT". Gold authors come from the byline only.
9. **Captions in a two-column picture table.** Two photos side by side in one row, their two
   captions in the row below, column by column. Gold: each photo gets the caption of its own
   column, in the order left photo, right photo.
10. **Word 2003 paste.** ``MsoNormal`` paragraphs with ``<st1:place>``/``<st1:City>`` smart tags
    in the middle of sentences and empty ``<o:p>&nbsp;</o:p>`` paragraphs. Gold: the smart tags'
    text is part of the sentence; the empty paragraphs are nothing.
11. **The body is a ``<span>``.** The ``lblNoiDung`` Label renders the editor's HTML (tables,
    paragraphs, ``<br />``-separated text from FCKeditor's EnterMode=br, one story entity-encoded)
    inside a ``<span>``; the sapo is another label (``lblTomTat``) above it, between the info bar
    and the text. Gold: with ``lblTomTat`` the sapo is the summary and the body's first
    paragraph; ``<br /><br />`` separates paragraphs.
12. **Soft 404.** "Tin đọc nhiều" links a deleted story (``chitiet.aspx?matin=387``): the page
    answers 200 with the whole chrome and "Tin này không tồn tại hoặc đã bị xóa." Gold: no record.
13. **Chrome in the content cell.** After the text, in the same table: the tool row (In bài, Gửi
    email, Về đầu trang), an "Ý kiến bạn đọc" comment form with ASP.NET validators' hidden red
    messages, and "Các tin mới đăng". Gold: none of it is body.
14. **Official notice.** 419 is a party-school notice with its letterhead table, "Số: …",
    "Ninh Thuận, ngày 01 tháng 12 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and the signer.
    Gold (house convention): date 2026-12-01 (not the "Ngày đăng" of 2 December), signer
    "Nguyễn Thị Thanh Hương" as author, only the notice's own paragraphs as body.

Gold decisions on ambiguous points
----------------------------------
- A name followed on the next line by a unit ("Khoa Xây dựng Đảng") or after " - " by a post:
  the name alone. Two names joined by a comma: two authors.
- "Ảnh: X" alone under a photo: caption None, X a photographer.
- A "Tải về: <file>" attachment line and a "Xem thêm: <link>" line are not body.
- A research article's footnote calls "[1]" stay in their sentences; its "Tài liệu tham khảo"
  heading and entries are body (the text's own notes).
- The print page is an alt path even though only ``window.open`` points to it.
- No canonical link is printed: ``canonical_path`` = ``path``.
- A crawl that follows every link and every pager postback from ``/`` makes about 45 requests
  (the self-check counts them), under the bound of 3 x (13 + 6).
"""

from __future__ import annotations

import html as _html
import re
from datetime import datetime
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
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

NAME = "aspnet_datagrid_numeric_tct"
PLATFORM = "ASP.NET 2.0 WebForms (IIS 6), DataGrid with numeric postback pager, master page, table layout"
START_PATH = "/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
SITE_TITLE = "..:: Trường Chính trị tỉnh Ninh Thuận ::.."
CPH = "ctl00_ContentPlaceHolder1_"
CPH_NAME = "ctl00$ContentPlaceHolder1$"
PAGE_SIZE = 4

CATS = {2: "Hoạt động nhà trường", 3: "Nghiên cứu - Trao đổi", 4: "Thông báo"}
#: breadcrumb parents
PARENTS = {2: ("Tin tức - Sự kiện", "TinTuc.aspx?MaLoai=2")}
DELETED = {387: "Hội nghị tổng kết công tác năm học 2025 - 2026"}

U = "Upload/Images/2026"


def _d(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, s)


def _by(line: str, sub: str | None = None) -> Raw:
    """A right-aligned byline paragraph (a second line in italics when given)."""
    second = f"<br />\n<em>{esc(sub)}</em>" if sub else ""
    return Raw(f'<p style="text-align: right"><strong>{esc(line)}</strong>{second}</p>')


STORIES: list[Story] = [
    # ---------------------------------------------------------------- Hoạt động nhà trường (2)
    Story(
        id=418,
        slug="be-giang-ninh-hai",
        title="Bế giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 2025 - 2026 tại huyện Ninh Hải",
        cat="Hoạt động nhà trường",
        published_at="2026-12-03T15:30:00+07:00",
        blocks=[
            P(
                "Chiều ngày 03/12/2026, tại Trung tâm Chính trị huyện Ninh Hải, Trường Chính trị tỉnh "
                "Ninh Thuận tổ chức lễ bế giảng lớp Trung cấp lý luận chính trị - hành chính hệ không "
                "tập trung khóa 2025 - 2026 cho 86 học viên là cán bộ, công chức cấp xã và các cơ quan, "
                "đơn vị trên địa bàn huyện."
            ),
            P(
                "Dự lễ bế giảng có đồng chí Nguyễn Văn Hải, Phó Hiệu trưởng Trường Chính trị tỉnh; "
                "đồng chí Trần Minh Quang, Phó Bí thư Thường trực Huyện ủy Ninh Hải cùng đại diện lãnh "
                "đạo các phòng, khoa của Trường và Trung tâm Chính trị huyện."
            ),
            Img(
                f"{U}/12/be-giang-ninh-hai-1.jpg",
                "Đồng chí Nguyễn Văn Hải, Phó Hiệu trưởng phát biểu bế giảng lớp học",
                "Đồng chí Nguyễn Văn Hải, Phó Hiệu trưởng phát biểu bế giảng lớp học",
                style="tbl",
            ),
            P(
                "Qua hơn 13 tháng học tập, các học viên đã hoàn thành chương trình gồm 4 phần học với "
                "19 học phần theo quy định của Học viện Chính trị quốc gia Hồ Chí Minh. Kết quả, 100% "
                "học viên đủ điều kiện tốt nghiệp, trong đó có 18 học viên đạt loại giỏi, 61 học viên "
                "đạt loại khá và 7 học viên đạt loại trung bình."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Hiệu trưởng biểu dương tinh thần khắc phục khó "
                "khăn, vừa công tác vừa học tập của các học viên; đồng thời đề nghị mỗi học viên tiếp "
                "tục tự học, tự rèn luyện, vận dụng sáng tạo kiến thức lý luận vào thực tiễn công tác "
                "tại cơ quan, đơn vị và địa phương."
            ),
            Img(
                f"{U}/12/be-giang-ninh-hai-2.jpg",
                "Trao giấy khen cho các học viên có thành tích xuất sắc trong học tập",
                "Trao giấy khen cho các học viên có thành tích xuất sắc trong học tập",
                style="tbl",
            ),
            P(
                "Dịp này, Trường Chính trị tỉnh đã trao giấy khen cho 5 học viên có thành tích xuất "
                "sắc trong học tập và rèn luyện."
            ),
            _by("Tin, ảnh: Hoàng Thị Thu Hà"),
        ],
        authors=["Hoàng Thị Thu Hà"],
        photographers=["Hoàng Thị Thu Hà"],
        opts={"when": _d(2026, 12, 3, 15, 30), "poster": "tct_quantri", "body": "p"},
    ),
    Story(
        id=415,
        slug="hoi-thi-giang-vien-gioi",
        title="Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
        cat="Hoạt động nhà trường",
        published_at="2026-11-27T08:05:00+07:00",
        summary=(
            "Từ ngày 23 đến 26/11/2026, Trường Chính trị tỉnh Ninh Thuận tổ chức Hội thi giảng viên "
            "dạy giỏi cấp Trường năm 2026 với sự tham gia của 14 giảng viên đến từ 4 khoa chuyên môn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm đánh giá thực chất năng lực chuyên môn, nghiệp vụ sư phạm của đội ngũ "
                "giảng viên; tạo môi trường để giảng viên trao đổi, học hỏi kinh nghiệm, đổi mới phương "
                "pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của học viên."
            ),
            P(
                "Mỗi giảng viên dự thi trình bày một bài giảng trong thời gian 45 phút, thuộc các học "
                "phần của chương trình Trung cấp lý luận chính trị - hành chính. Ban Giám khảo gồm các "
                "đồng chí trong Ban Giám hiệu, trưởng các khoa và mời thêm đại diện Ban Tuyên giáo Tỉnh "
                "ủy tham gia chấm thi."
            ),
            Img(
                f"{U}/11/hoi-thi-gvdg-1.jpg",
                "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng",
                "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng",
                style="pairL",
            ),
            Img(
                f"{U}/11/hoi-thi-gvdg-2.jpg",
                "Ban Giám khảo chấm thi",
                "Ban Giám khảo chấm thi",
                style="pairR",
            ),
            P(
                "Nhiều bài giảng được đầu tư công phu, kết hợp linh hoạt giữa thuyết trình, nêu vấn "
                "đề, thảo luận nhóm và sử dụng bài giảng điện tử; các ví dụ minh họa gắn với thực tiễn "
                "phát triển kinh tế - xã hội của tỉnh được học viên đánh giá cao."
            ),
            P(
                "Kết quả, Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 4 giải Khuyến "
                "khích. Ba giảng viên đạt giải cao nhất sẽ được cử tham dự Hội thi giảng viên dạy giỏi "
                "các trường chính trị khu vực miền Trung - Tây Nguyên năm 2027."
            ),
            _by("Phòng Quản lý đào tạo - Nghiên cứu khoa học"),
        ],
        authors=["Phòng Quản lý đào tạo - Nghiên cứu khoa học"],
        opts={"when": _d(2026, 11, 27, 8, 5), "poster": "bientap01", "body": "p"},
    ),
    Story(
        id=411,
        slug="khai-giang-qpan-doi-tuong-4",
        title="Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="Hoạt động nhà trường",
        published_at="2026-11-09T14:00:00+07:00",
        blocks=[
            P(
                "Chiều ngày 9/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng "
                "lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Tham gia lớp học có 120 học viên là trưởng, phó các đoàn thể chính trị - xã hội cấp "
                "xã, trưởng thôn, khu phố và chức sắc, chức việc các tôn giáo trên địa bàn tỉnh."
            ),
            Img(f"{U}/11/khai-giang-qpan.jpg", "Quang cảnh lễ khai giảng", "Quang cảnh lễ khai giảng", style="nextp"),
            P(
                "Theo kế hoạch, lớp học diễn ra trong 4 ngày, học viên được nghiên cứu các chuyên đề: "
                "quan điểm của Đảng về xây dựng nền quốc phòng toàn dân, thế trận quốc phòng toàn dân "
                "gắn với thế trận an ninh nhân dân; phòng, chống chiến lược “diễn biến hòa bình”, bạo "
                "loạn lật đổ; công tác dân vận, tôn giáo, dân tộc trong tình hình mới."
            ),
            P(
                "Kết thúc khóa học, học viên viết bài thu hoạch và được cấp giấy chứng nhận hoàn thành "
                "chương trình bồi dưỡng."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="ChiTiet.aspx?MaTin=418">Bế giảng lớp Trung cấp '
                "lý luận chính trị - hành chính hệ không tập trung khóa 2025 - 2026 tại huyện Ninh "
                "Hải</a></p>"
            ),
            _by("Tin, ảnh: Quốc Bảo"),
        ],
        authors=["Quốc Bảo"],
        photographers=["Quốc Bảo"],
        opts={"when": _d(2026, 11, 9, 14, 0), "poster": "tct_quantri", "body": "p"},
    ),
    Story(
        id=407,
        slug="hvctkv3-lam-viec",
        title="Đoàn công tác Học viện Chính trị khu vực III làm việc với Trường Chính trị tỉnh",
        cat="Hoạt động nhà trường",
        published_at="2026-11-05T10:20:00+07:00",
        blocks=[
            P(
                "Sáng 5/11, Đoàn công tác Học viện Chính trị khu vực III do PGS.TS Lê Văn Đính, Phó "
                "Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Ninh "
                "Thuận về việc phối hợp tổ chức các lớp Cao cấp lý luận chính trị hệ không tập trung."
            ),
            P(
                "Báo cáo tại buổi làm việc, lãnh đạo Trường cho biết: thời gian qua, Trường đã phối hợp "
                "với Học viện tổ chức thành công 3 lớp Cao cấp lý luận chính trị với 312 học viên tốt "
                "nghiệp. Công tác quản lý lớp, phục vụ giảng dạy và học tập được thực hiện chặt chẽ, "
                "đúng quy chế."
            ),
            Img(f"{U}/11/hvctkv3.jpg", "Ảnh: Văn Nỹ", None, style="nextp"),
            P(
                "Phát biểu kết luận, PGS.TS Lê Văn Đính đánh giá cao sự phối hợp của Trường Chính trị "
                "tỉnh; đề nghị Trường tiếp tục nâng cấp cơ sở vật chất, phòng học, ký túc xá, thư viện "
                "để đáp ứng yêu cầu đào tạo trong giai đoạn tới."
            ),
            P(
                "Hai bên thống nhất trong năm 2027 sẽ mở thêm 01 lớp Cao cấp lý luận chính trị hệ không "
                "tập trung tại tỉnh Ninh Thuận."
            ),
            Raw('<p style="text-align: right"><strong>BBT</strong></p>'),
            Raw('<p style="text-align: right"><em>Theo Báo Ninh Thuận</em></p>'),
        ],
        photographers=["Văn Nỹ"],
        source="Báo Ninh Thuận",
        opts={
            "when": _d(2026, 11, 5, 10, 20),
            "updated": _d(2026, 11, 6, 16, 12),
            "poster": "bientap01",
            "body": "ent",
        },
    ),
    Story(
        id=402,
        slug="sinh-hoat-chuyen-de-chi-bo-xdd",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="Hoạt động nhà trường",
        published_at="2026-10-28",
        blocks=[
            P(
                "Ngày 27/10/2026, Chi bộ Khoa Xây dựng Đảng, Trường Chính trị tỉnh Ninh Thuận tổ chức "
                "sinh hoạt chuyên đề quý IV với chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với "
                "thực hiện nhiệm vụ chính trị của đơn vị”."
            ),
            P(
                "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã quán triệt các nội dung cơ bản của Chỉ "
                "thị số 10-CT/TW của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ và Hướng dẫn số "
                "12-HD/BTCTW của Ban Tổ chức Trung ương."
            ),
            P(
                "Các đảng viên đã thảo luận sôi nổi, đóng góp nhiều ý kiến về đổi mới nội dung, hình "
                "thức sinh hoạt chi bộ; gắn sinh hoạt chuyên đề với việc giải quyết những vấn đề cụ thể "
                "trong giảng dạy, nghiên cứu khoa học của Khoa, nhất là việc biên soạn tài liệu giảng "
                "dạy lịch sử Đảng bộ tỉnh Ninh Thuận."
            ),
            Img(f"{U}/10/chi-bo-xdd.jpg", None, None, style="word"),
            P(
                "Kết thúc buổi sinh hoạt, Chi bộ thống nhất 5 nhóm giải pháp, trong đó chú trọng nâng "
                "cao tính chiến đấu, tính giáo dục của sinh hoạt chi bộ và vai trò nêu gương của mỗi "
                "đảng viên."
            ),
            _by("Nguyễn Thị Ngọc Bích"),
        ],
        authors=["Nguyễn Thị Ngọc Bích"],
        opts={"when": _d(2026, 10, 28), "poster": "tct_quantri", "body": "word"},
    ),
    Story(
        id=396,
        slug="nghien-cuu-thuc-te-bac-ai",
        title="Học viên lớp Trung cấp lý luận chính trị - hành chính K45 đi nghiên cứu thực tế tại huyện Bác Ái",
        cat="Hoạt động nhà trường",
        published_at="2026-10-12T07:45:00+07:00",
        summary=(
            "Từ ngày 08 đến 10/10/2026, Trường Chính trị tỉnh tổ chức cho 72 học viên lớp Trung cấp lý "
            "luận chính trị - hành chính K45 hệ tập trung đi nghiên cứu thực tế tại huyện Bác Ái."
        ),
        blocks=[
            P(
                "Từ ngày 08 đến 10/10/2026, Trường Chính trị tỉnh tổ chức cho 72 học viên lớp Trung cấp "
                "lý luận chính trị - hành chính K45 hệ tập trung đi nghiên cứu thực tế tại huyện Bác Ái.",
                style="b",
            ),
            P(
                "Đoàn đã làm việc với Thường trực Huyện ủy Bác Ái, nghe báo cáo tình hình phát triển kinh "
                "tế - xã hội, công tác xây dựng Đảng và hệ thống chính trị ở cơ sở, việc thực hiện các "
                "chương trình mục tiêu quốc gia tại vùng đồng bào dân tộc thiểu số."
            ),
            Img(
                f"{U}/10/bac-ai-1.jpg",
                "Học viên làm việc với Thường trực Huyện ủy Bác Ái",
                "Học viên làm việc với Thường trực Huyện ủy Bác Ái",
                style="tbl",
            ),
            P(
                "Học viên cũng đã đến tham quan mô hình trồng măng tây xanh của Hợp tác xã Phước Tiến, "
                "mô hình nuôi dê, cừu của đồng bào Raglai tại xã Phước Thắng và thăm Khu di tích lịch sử "
                "Tà Lọt."
            ),
            Img(
                f"{U}/10/bac-ai-2.jpg",
                "Tham quan mô hình trồng măng tây xanh tại xã Phước Tiến",
                "Tham quan mô hình trồng măng tây xanh tại xã Phước Tiến",
                style="tbl",
            ),
            P(
                "Qua đợt nghiên cứu thực tế, học viên có thêm kiến thức thực tiễn, làm cơ sở để viết "
                "tiểu luận cuối khóa và vận dụng vào công tác tại địa phương, đơn vị."
            ),
            _by("Tin: ThS. Nguyễn Văn Thành - Ảnh: Quốc Bảo"),
        ],
        authors=["Nguyễn Văn Thành"],
        photographers=["Quốc Bảo"],
        opts={"when": _d(2026, 10, 12, 7, 45), "poster": "bientap01", "body": "p"},
    ),
    # ---------------------------------------------------------------- Nghiên cứu - Trao đổi (3)
    Story(
        id=416,
        slug="giang-day-llct-gan-thuc-tien",
        title="Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương",
        cat="Nghiên cứu - Trao đổi",
        published_at="2026-11-30T09:10:00+07:00",
        summary=(
            "Gắn lý luận với thực tiễn là nguyên tắc cơ bản trong giảng dạy lý luận chính trị ở các "
            "trường chính trị tỉnh. Bài viết trao đổi một số giải pháp để thực hiện tốt nguyên tắc "
            "này tại Trường Chính trị tỉnh Ninh Thuận."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Yêu cầu gắn lý luận với thực tiễn trong giảng dạy", style="h"),
            P(
                "Quy định số 09-QĐ/TW của Ban Bí thư về chuẩn trường chính trị tỉnh xác định trường "
                "chính trị phải gắn đào tạo, bồi dưỡng với thực tiễn địa phương, cơ sở.[1] Đây vừa là "
                "yêu cầu, vừa là tiêu chí đánh giá chất lượng giảng dạy của đội ngũ giảng viên."
            ),
            P(
                "Thực tế cho thấy, học viên các lớp trung cấp lý luận chính trị phần lớn là cán bộ "
                "đang công tác ở cơ sở, có nhiều kinh nghiệm thực tiễn nhưng thiếu hệ thống lý luận. "
                "Nếu bài giảng chỉ dừng ở việc trình bày khái niệm, nguyên lý thì khó thu hút học viên."
            ),
            P("2. Một số giải pháp", style="h"),
            P(
                "Thứ nhất, giảng viên phải thường xuyên đi thực tế, nắm tình hình kinh tế - xã hội, "
                "quốc phòng - an ninh của tỉnh và các huyện, thành phố để cập nhật vào bài giảng."
            ),
            P(
                "Thứ hai, đổi mới phương pháp theo hướng tăng thời lượng thảo luận, xử lý tình huống, "
                "để học viên mang chính vấn đề của địa phương mình vào lớp học.[2]"
            ),
            P(
                "Thứ ba, đẩy mạnh nghiên cứu khoa học, biên soạn tài liệu tham khảo về thực tiễn Ninh "
                "Thuận làm nguồn tư liệu chung cho các khoa."
            ),
            P("Tài liệu tham khảo", style="h"),
            P("[1] Ban Bí thư: Quy định số 09-QĐ/TW ngày 13/11/2018 về chuẩn trường chính trị tỉnh, thành phố trực thuộc Trung ương."),
            P("[2] Học viện Chính trị quốc gia Hồ Chí Minh: Giáo trình Phương pháp giảng dạy lý luận chính trị, Nxb Lý luận chính trị, Hà Nội, 2020."),
            _by("ThS. Đặng Thị Minh Nguyệt - Khoa Lý luận cơ sở"),
        ],
        authors=["Đặng Thị Minh Nguyệt"],
        opts={"when": _d(2026, 11, 30, 9, 10), "poster": "bientap01", "body": "p"},
    ),
    Story(
        id=412,
        slug="day-hoc-tich-cuc-xay-dung-dang",
        title="Vận dụng phương pháp dạy học tích cực trong giảng dạy học phần Xây dựng Đảng",
        cat="Nghiên cứu - Trao đổi",
        published_at="2026-11-21T14:45:00+07:00",
        blocks=[
            P(
                "Học phần Xây dựng Đảng có vị trí quan trọng trong chương trình Trung cấp lý luận chính "
                "trị - hành chính, trang bị cho học viên những kiến thức cơ bản về công tác xây dựng Đảng "
                "về chính trị, tư tưởng, đạo đức, tổ chức và cán bộ."
            ),
            P(
                "Phương pháp dạy học tích cực đặt học viên vào vị trí trung tâm, giảng viên giữ vai trò "
                "tổ chức, hướng dẫn. Với học viên là cán bộ, đảng viên ở cơ sở, phương pháp này phát huy "
                "được vốn kinh nghiệm sẵn có của người học."
            ),
            P(
                "Trong thực tế giảng dạy, Khoa Xây dựng Đảng đã vận dụng một số phương pháp như: thảo "
                "luận nhóm theo chủ đề; nghiên cứu tình huống về kiểm tra, giám sát của chi bộ; đóng "
                "vai trong sinh hoạt chi bộ; sử dụng sơ đồ tư duy để hệ thống hóa kiến thức."
            ),
            P(
                "Kết quả khảo sát cuối khóa K44 cho thấy trên 85% học viên đánh giá các buổi thảo luận "
                "và xử lý tình huống giúp họ hiểu bài sâu hơn và vận dụng được vào công tác đảng ở cơ sở."
            ),
            P(
                "Tuy nhiên, để phát huy hiệu quả, cần bố trí phòng học phù hợp cho làm việc nhóm, giảm "
                "sĩ số lớp và xây dựng ngân hàng tình huống gắn với thực tiễn các tổ chức cơ sở đảng của "
                "tỉnh."
            ),
            Raw(
                '<div align="right"><b>Nguyễn Thị Kim Oanh, Phạm Văn Lực</b><br />\n'
                "<i>Khoa Xây dựng Đảng</i></div>"
            ),
        ],
        authors=["Nguyễn Thị Kim Oanh", "Phạm Văn Lực"],
        opts={"when": _d(2026, 11, 21, 14, 45), "poster": "tct_quantri", "body": "br"},
    ),
    Story(
        id=408,
        slug="kinh-te-bien-ninh-thuan",
        title="Một số giải pháp phát triển kinh tế biển tỉnh Ninh Thuận theo tinh thần Nghị quyết Đại hội Đảng bộ tỉnh",
        cat="Nghiên cứu - Trao đổi",
        published_at="2026-11-07T16:00:00+07:00",
        blocks=[
            P(
                "Ninh Thuận có bờ biển dài 105 km, ngư trường thuộc vùng nước trồi có năng suất sinh học "
                "cao, nhiều vũng, vịnh thuận lợi cho phát triển cảng biển, du lịch và nuôi trồng thủy sản."
            ),
            P(
                "Trong những năm qua, kinh tế biển của tỉnh có bước phát triển khá, đóng góp ngày càng "
                "lớn vào tăng trưởng chung. Một số chỉ tiêu chủ yếu được thể hiện ở bảng sau:"
            ),
            P("Chỉ tiêu | Năm 2021 | Năm 2025", style="row"),
            P("Sản lượng khai thác thủy sản (nghìn tấn) | 118,5 | 132,0", style="row"),
            P("Sản lượng tôm giống (tỷ con) | 36,2 | 42,8", style="row"),
            P("Lượt khách du lịch (nghìn lượt) | 1.250 | 3.100", style="row"),
            P(
                "Tuy vậy, phát triển kinh tế biển còn thiếu bền vững: cơ sở hạ tầng nghề cá chưa đồng "
                "bộ, ô nhiễm môi trường ven biển ở một số nơi, nguồn nhân lực chất lượng cao còn thiếu."
            ),
            P(
                "Để thực hiện thắng lợi mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh, cần tập trung vào các "
                "giải pháp: hoàn thiện quy hoạch không gian biển; đầu tư hạ tầng cảng cá, khu neo đậu "
                "tránh trú bão; phát triển du lịch biển gắn với bảo tồn vịnh Vĩnh Hy và Vườn quốc gia Núi "
                "Chúa; đào tạo nguồn nhân lực cho năng lượng tái tạo và kinh tế biển."
            ),
            _by("TS. Trần Quốc Hưng - Phó Hiệu trưởng"),
            Raw('<p style="text-align: right"><em>Nguồn: Tạp chí Sinh hoạt lý luận</em></p>'),
        ],
        authors=["Trần Quốc Hưng"],
        source="Tạp chí Sinh hoạt lý luận",
        opts={"when": _d(2026, 11, 7, 16, 0), "poster": "bientap01", "body": "p"},
    ),
    Story(
        id=403,
        slug="tu-tuong-hcm-cong-tac-can-bo",
        title="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về công tác cán bộ",
        cat="Nghiên cứu - Trao đổi",
        published_at="2026-10-30T10:00:00+07:00",
        blocks=[
            P(
                "Chủ tịch Hồ Chí Minh luôn coi cán bộ là gốc của mọi công việc. Người khẳng định: “Muôn "
                "việc thành công hoặc thất bại, đều do cán bộ tốt hoặc kém”."
            ),
            P("Tư tưởng của Người về công tác cán bộ thể hiện ở những nội dung chủ yếu sau:"),
            P("Hiểu và đánh giá đúng cán bộ;", style="li"),
            P("Khéo dùng cán bộ, đặt đúng người, đúng việc;", style="li"),
            P("Thường xuyên huấn luyện, dạy bảo và kiểm tra cán bộ;", style="li"),
            P("Quan tâm, chăm lo đến đời sống của cán bộ.", style="li"),
            P(
                "Vận dụng vào thực tiễn của Trường Chính trị tỉnh, việc học tập và làm theo Bác về công "
                "tác cán bộ đòi hỏi mỗi giảng viên, viên chức phải không ngừng rèn luyện phẩm chất đạo "
                "đức, nâng cao trình độ chuyên môn, gương mẫu trong công tác và sinh hoạt."
            ),
            P(
                "Đảng ủy Trường đã cụ thể hóa thành các tiêu chí đánh giá hằng năm đối với cán bộ, "
                "giảng viên, gắn với việc đánh giá, xếp loại chất lượng đảng viên cuối năm."
            ),
            _by("Lê Thị Hồng Nhung", "Khoa Lý luận cơ sở"),
        ],
        authors=["Lê Thị Hồng Nhung"],
        opts={"when": _d(2026, 10, 30, 10, 0), "poster": "tct_quantri", "body": "p"},
    ),
    Story(
        id=394,
        slug="doi-moi-kiem-tra-danh-gia",
        title="Đổi mới công tác kiểm tra, đánh giá kết quả học tập của học viên hệ trung cấp lý luận chính trị - hành chính",
        cat="Nghiên cứu - Trao đổi",
        published_at="2026-10-08T15:15:00+07:00",
        blocks=[
            P(
                "Kiểm tra, đánh giá là khâu quan trọng của quá trình đào tạo, vừa đo lường kết quả học "
                "tập, vừa tạo động lực để học viên tự học, tự nghiên cứu."
            ),
            P(
                "Hiện nay, hình thức thi viết tự luận vẫn chiếm tỷ lệ lớn; đề thi ở nhiều học phần còn "
                "nặng về tái hiện kiến thức, chưa khuyến khích học viên liên hệ thực tiễn công tác."
            ),
            P(
                "Để khắc phục, các khoa cần xây dựng ngân hàng câu hỏi theo hướng vận dụng; kết hợp thi "
                "viết với thi vấn đáp, viết tiểu luận, đánh giá quá trình thông qua thảo luận và bài tập "
                "tình huống; công khai tiêu chí chấm cho học viên ngay từ đầu học phần."
            ),
            P(
                "Cùng với đó, cần tăng cường kiểm tra việc tổ chức thi, chấm thi, bảo đảm khách quan, "
                "công bằng, phản ánh đúng thực chất kết quả học tập của học viên."
            ),
            _by("Khoa Nhà nước và pháp luật"),
        ],
        authors=["Khoa Nhà nước và pháp luật"],
        opts={"when": _d(2026, 10, 8, 15, 15), "poster": "bientap01", "body": "p"},
    ),
    # ---------------------------------------------------------------- Thông báo (4)
    Story(
        id=419,
        slug="tb-tuyen-sinh-tc-2027",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung năm 2027",
        cat="Thông báo",
        published_at="2026-12-01",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" width="100%"><tbody><tr>'
                '<td style="text-align: center" width="45%">TỈNH ỦY NINH THUẬN<br />\n'
                "<strong>TRƯỜNG CHÍNH TRỊ</strong><br />\n*<br />\nSố: 215-TB/TCT</td>"
                '<td style="text-align: center" width="55%"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u>'
                "</strong><br />\n<br />\n<em>Ninh Thuận, ngày 01 tháng 12 năm 2026</em></td>"
                "</tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align: center"><strong>THÔNG BÁO</strong><br />\n'
                "<strong>Về việc tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ không "
                "tập trung năm 2027</strong></p>"
            ),
            P(
                "Thực hiện Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy, Trường "
                "Chính trị tỉnh thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ "
                "không tập trung năm 2027 như sau:"
            ),
            P(
                "1. Đối tượng: cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản "
                "lý cấp phòng và tương đương; cán bộ chủ chốt cấp xã chưa qua đào tạo trung cấp lý luận "
                "chính trị."
            ),
            P(
                "2. Hồ sơ gồm: quyết định cử đi học của cấp có thẩm quyền; bản sao bằng tốt nghiệp trung "
                "học phổ thông, bằng chuyên môn; sơ yếu lý lịch có xác nhận của cơ quan quản lý."
            ),
            P(
                "3. Thời gian nhận hồ sơ: từ ngày 05/12/2026 đến hết ngày 31/12/2026 tại Phòng Quản lý đào "
                "tạo - Nghiên cứu khoa học, Trường Chính trị tỉnh (điện thoại: 0259.3822 416)."
            ),
            P("Đề nghị các cơ quan, đơn vị, địa phương quan tâm cử cán bộ tham gia học tập đúng đối tượng, đủ số lượng."),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" width="100%"><tbody><tr>'
                '<td valign="top" width="50%"><strong><em>Nơi nhận:</em></strong><br />\n'
                "- Ban Tổ chức Tỉnh ủy (b/c);<br />\n- Các huyện ủy, thành ủy, đảng ủy trực thuộc;<br />\n"
                "- Lưu VT, QLĐT.</td>"
                '<td style="text-align: center" valign="top" width="50%"><strong>K/T HIỆU TRƯỞNG<br />\n'
                "PHÓ HIỆU TRƯỞNG</strong><br />\n<em>(đã ký)</em><br />\n<br />\n"
                "<strong>Nguyễn Thị Thanh Hương</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Thị Thanh Hương"],
        opts={"when": _d(2026, 12, 2, 8, 30), "poster": "tct_quantri", "body": "p"},
    ),
    Story(
        id=413,
        slug="tb-lich-thi-tot-nghiep-k43",
        title="Lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính K43 hệ tập trung",
        cat="Thông báo",
        published_at="2026-11-24T07:30:00+07:00",
        blocks=[
            P(
                "Phòng Quản lý đào tạo - Nghiên cứu khoa học thông báo lịch thi tốt nghiệp lớp Trung cấp "
                "lý luận chính trị - hành chính K43 hệ tập trung như sau:"
            ),
            P("Môn thi | Ngày thi | Giờ thi", style="row"),
            P("Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam | 08/12/2026 | 7 giờ 30", style="row"),
            P("Lý luận và kỹ năng lãnh đạo, quản lý của hệ thống chính trị ở cơ sở | 10/12/2026 | 7 giờ 30", style="row"),
            P(
                "Học viên có mặt tại phòng thi trước 15 phút, mang theo thẻ học viên và chứng minh nhân "
                "dân hoặc căn cước công dân. Học viên chưa hoàn thành học phí không được dự thi."
            ),
            Raw(
                '<p><img src="images/icon_attach.gif" alt="" border="0" /> Tải về: '
                '<a href="Upload/TaiLieu/2026/LichThiTN_K43.pdf">LichThiTN_K43.pdf</a></p>'
            ),
            _by("Phòng Quản lý đào tạo - Nghiên cứu khoa học"),
        ],
        authors=["Phòng Quản lý đào tạo - Nghiên cứu khoa học"],
        opts={"when": _d(2026, 11, 24, 7, 30), "poster": "tct_quantri", "body": "p"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
CAT_ID = {name: cid for cid, name in CATS.items()}
for _s in STORIES:
    _s.opts["maloai"] = CAT_ID[_s.cat]


def _sorted(cat: int) -> list[Story]:
    return sorted((s for s in STORIES if s.opts["maloai"] == cat), key=lambda s: s.opts["when"], reverse=True)


def _us_date(when: datetime) -> str:
    """``DateTime.ToString()`` under en-US: "11/3/2026 9:15:00 AM"."""
    hour = when.hour % 12 or 12
    ampm = "AM" if when.hour < 12 else "PM"
    return f"{when.month}/{when.day}/{when.year} {hour}:{when.minute:02d}:{when.second:02d} {ampm}"


def _vn_date(when: datetime) -> str:
    return when.strftime("%d/%m/%Y")


def _short(title: str) -> str:
    return title if len(title) <= 70 else title[:70] + "..."


# --------------------------------------------------------------------------- body rendering


def _smart_tags(markup: str) -> str:
    """Word 2003's smart tags around place names."""
    markup = markup.replace("Ninh Thuận", '<st1:place w:st="on">Ninh Thuận</st1:place>')
    return markup.replace("Việt Nam", '<st1:country-region w:st="on">Việt Nam</st1:country-region>')


def _img_tag(img: Img, width: int = 450) -> str:
    return f'<img alt="" src="{esc(img.src)}" style="width: {width}px; height: {width * 2 // 3}px" border="0" />'


def render_body(story: Story) -> str:
    mode = story.opts.get("body", "p")
    out: list[str] = []
    blocks = story.blocks
    i = 0
    ent = 1 if mode == "ent" else 0

    def t(value: str) -> str:
        return text(value, entities=ent)

    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "pairL":
                r = blocks[i + 1]
                assert isinstance(r, Img) and r.style == "pairR"
                out.append(
                    '<table align="center" border="0" cellpadding="2" cellspacing="2" width="100%"><tbody>'
                    f'<tr><td align="center" width="50%">{_img_tag(b, 260)}</td>'
                    f'<td align="center" width="50%">{_img_tag(r, 260)}</td></tr>'
                    f'<tr><td align="center" valign="top"><span style="font-size: 9pt"><em>{t(b.printed or "")}</em></span></td>'
                    f'<td align="center" valign="top"><span style="font-size: 9pt"><em>{t(r.printed or "")}</em></span></td></tr>'
                    "</tbody></table>"
                )
                i += 2
                continue
            if b.style == "tbl":
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0" width="450"><tbody>'
                    f"<tr><td>{_img_tag(b)}</td></tr>"
                    f'<tr><td style="text-align: center; background-color: #eeeeee"><span style="font-size: 9pt">'
                    f"<em>{t(b.printed or '')}</em></span></td></tr></tbody></table>"
                )
            elif b.style == "word":
                out.append(
                    f'<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:13.0pt">'
                    f"{_img_tag(b)}</span></p>"
                )
            elif mode == "br":
                out.append(_img_tag(b) + "<br />")
                if b.printed:
                    out.append(f"<i>{t(b.printed)}</i><br /><br />")
            else:
                out.append(f'<p style="text-align: center">{_img_tag(b)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center"><em>{t(b.printed)}</em></p>')
        elif isinstance(b, P):
            if b.style in ("row", "li"):
                j = i
                group = []
                while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                    group.append(blocks[j])
                    j += 1
                if b.style == "row":
                    rows = []
                    for k, row in enumerate(group):
                        cells = "".join(
                            f'<td style="border: 1px solid #999999">{"<strong>" if k == 0 else ""}{t(c.strip())}'
                            f'{"</strong>" if k == 0 else ""}</td>'
                            for c in row.text.split(" | ")
                        )
                        rows.append(f"<tr>{cells}</tr>")
                    out.append(
                        '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse: collapse" '
                        f'width="100%"><tbody>{"".join(rows)}</tbody></table>'
                    )
                else:
                    items = "".join(f"<li>{t(x.text)}</li>" for x in group)
                    out.append(f'<ul style="margin-left: 30px">{items}</ul>')
                i = j
                continue
            body = t(b.text)
            if b.style in ("b", "h"):
                body = f"<strong>{body}</strong>"
            if mode == "word":
                out.append(
                    '<p class="MsoNormal" style="text-align:justify;text-indent:.5in;line-height:150%">'
                    f"<span style=\"font-size:13.0pt;line-height:150%;font-family:'Times New Roman'\">"
                    f"{_smart_tags(body)}<o:p></o:p></span></p>"
                )
                out.append('<p class="MsoNormal" style="text-align:justify"><o:p>&nbsp;</o:p></p>')
            elif mode == "br":
                out.append(f"{body}<br /><br />")
            else:
                out.append(f'<p style="text-align: justify">{body}</p>')
        i += 1
    joined = "\n".join(out)
    if mode == "br":
        return f'<div style="text-align: justify; font-family: Arial; font-size: 10pt">{joined}</div>'
    return joined


# --------------------------------------------------------------------------- chrome

VS_PREFIX = bytes([0xFF, 0x01, 0x0F, 0x0F, 0x05, 0x0A])
EV_PREFIX = bytes([0xFF, 0x01, 0x16, 0x05])

MENU = [
    ("Trang chủ", "Default.aspx", []),
    (
        "Giới thiệu",
        "GioiThieu.aspx?MaGT=1",
        [
            ("Lịch sử hình thành", "GioiThieu.aspx?MaGT=1"),
            ("Chức năng, nhiệm vụ", "GioiThieu.aspx?MaGT=2"),
            ("Cơ cấu tổ chức", "GioiThieu.aspx?MaGT=3"),
        ],
    ),
    ("Tin tức - Sự kiện", "TinTuc.aspx?MaLoai=2", [("Hoạt động nhà trường", "TinTuc.aspx?MaLoai=2")]),
    ("Nghiên cứu - Trao đổi", "TinTuc.aspx?MaLoai=3", []),
    ("Thông báo", "TinTuc.aspx?MaLoai=4", []),
    ("Văn bản", "VanBan.aspx", []),
    ("Thư viện ảnh", "ThuVienAnh.aspx", []),
    ("Liên hệ", "LienHe.aspx", []),
]

#: the hand-written "Tin đọc nhiều" box: lower-cased links, one to a deleted story
MOST_READ = [
    (407, "Đoàn công tác Học viện Chính trị khu vực III làm việc với Trường"),
    (412, "Vận dụng phương pháp dạy học tích cực trong giảng dạy học phần Xây dựng Đảng"),
    (387, DELETED[387]),
    (403, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về công tác cán bộ"),
]


def _menu() -> str:
    items = []
    for k, (label, href, subs) in enumerate(MENU):
        sub = ""
        if subs:
            li = "".join(f'<li><a href="{esc(h)}">{esc(lbl)}</a></li>' for lbl, h in subs)
            sub = f'<ul class="submenu" id="sub{k}" style="display:none">{li}</ul>'
        items.append(
            f'<td class="mnu_td" onmouseover="ShowSub(\'sub{k}\')" onmouseout="HideSub(\'sub{k}\')">'
            f'<a class="mnu_link" href="{esc(href)}">{esc(label)}</a>{sub}</td>'
            '<td width="2"><img src="images/mnu_sep.gif" alt="" /></td>'
        )
    return (
        '<table id="tblMenu" width="100%" cellpadding="0" cellspacing="0" background="images/mnu_bg.gif">'
        f"<tr>{''.join(items)}</tr></table>"
    )


def _left() -> str:
    most = "".join(
        f'<tr><td class="dong_docnhieu"><img src="images/bullet_red.gif" alt="" />&nbsp;'
        f'<a href="chitiet.aspx?matin={mid}" class="lnk_sidebar">{esc(title)}</a></td></tr>'
        for mid, title in MOST_READ
    )
    return f"""
<table width="100%" cellpadding="0" cellspacing="0" class="khung_trai">
  <tr><td class="tde_khung"><img src="images/icon_khung.gif" alt="" /> DANH MỤC</td></tr>
  <tr><td class="nd_khung">
    <div class="dm_item"><a href="TinTuc.aspx?MaLoai=2">Hoạt động nhà trường</a></div>
    <div class="dm_item"><a href="TinTuc.aspx?MaLoai=3">Nghiên cứu - Trao đổi</a></div>
    <div class="dm_item"><a href="TinTuc.aspx?MaLoai=4">Thông báo</a></div>
    <div class="dm_item"><a href="VanBan.aspx">Văn bản - Tài liệu</a></div>
  </td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="khung_trai">
  <tr><td class="tde_khung"><img src="images/icon_khung.gif" alt="" /> TIN ĐỌC NHIỀU</td></tr>
  {most}
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="khung_trai">
  <tr><td class="tde_khung"><img src="images/icon_khung.gif" alt="" /> LIÊN KẾT WEBSITE</td></tr>
  <tr><td class="nd_khung">
    <select name="ctl00$ucLienKet$ddlLienKet" id="ctl00_ucLienKet_ddlLienKet" style="width:180px"
      onchange="if(this.value!='0') window.open(this.value);">
      <option value="0">--- Chọn liên kết ---</option>
      <option value="http://www.ninhthuan.gov.vn">Cổng TTĐT tỉnh Ninh Thuận</option>
      <option value="http://www.hcma.vn">Học viện CTQG Hồ Chí Minh</option>
      <option value="http://www.tapchicongsan.org.vn">Tạp chí Cộng sản</option>
      <option value="http://www.baoninhthuan.com.vn">Báo Ninh Thuận</option>
    </select>
    <br /><a href="http://www.dangcongsan.vn" target="_blank"><img src="images/banner_dcs.jpg" alt="Báo điện tử Đảng Cộng sản Việt Nam" width="180" border="0" /></a>
  </td></tr>
</table>"""


def _right() -> str:
    return """
<table width="100%" cellpadding="0" cellspacing="0" class="khung_phai">
  <tr><td class="tde_khung">THĂM DÒ Ý KIẾN</td></tr>
  <tr><td class="nd_khung">
    <span id="ctl00_ucBinhChon_lblCauHoi" class="cauhoi">Bạn đánh giá thế nào về nội dung Website?</span>
    <table id="ctl00_ucBinhChon_rblTraLoi" border="0">
      <tr><td><input id="ctl00_ucBinhChon_rblTraLoi_0" type="radio" name="ctl00$ucBinhChon$rblTraLoi" value="1" /><label for="ctl00_ucBinhChon_rblTraLoi_0">Rất hữu ích</label></td></tr>
      <tr><td><input id="ctl00_ucBinhChon_rblTraLoi_1" type="radio" name="ctl00$ucBinhChon$rblTraLoi" value="2" /><label for="ctl00_ucBinhChon_rblTraLoi_1">Hữu ích</label></td></tr>
      <tr><td><input id="ctl00_ucBinhChon_rblTraLoi_2" type="radio" name="ctl00$ucBinhChon$rblTraLoi" value="3" /><label for="ctl00_ucBinhChon_rblTraLoi_2">Bình thường</label></td></tr>
    </table>
    <input type="submit" name="ctl00$ucBinhChon$btnBinhChon" value="Bình chọn" id="ctl00_ucBinhChon_btnBinhChon" class="nut" />
    <a href="javascript:void(0)" onclick="window.open('KetQuaBinhChon.aspx?MaBC=2','kq','width=400,height=300')">Xem kết quả</a>
  </td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="khung_phai">
  <tr><td class="tde_khung">THƯ VIỆN ẢNH</td></tr>
  <tr><td class="nd_khung" align="center">
    <a href="ThuVienAnh.aspx?MaAlbum=4"><img src="Upload/Album/4/thumb_01.jpg" width="170" border="0" alt="" /></a><br />
    <a href="ThuVienAnh.aspx">Xem tất cả album</a>
  </td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="khung_phai">
  <tr><td class="tde_khung">THỐNG KÊ TRUY CẬP</td></tr>
  <tr><td class="nd_khung">
    Đang online: <span id="ctl00_ucThongKe_lblOnline">27</span><br />
    Hôm nay: <span id="ctl00_ucThongKe_lblHomNay">438</span><br />
    Tổng truy cập: <span id="ctl00_ucThongKe_lblTong">1.254.873</span>
  </td></tr>
</table>"""


def _footer() -> str:
    return """
<table id="tblFooter" width="1000" align="center" cellpadding="0" cellspacing="0" bgcolor="#8b0000">
  <tr><td align="center" class="chan_trang">
    <b>TRƯỜNG CHÍNH TRỊ TỈNH NINH THUẬN</b><br />
    Địa chỉ: Số 02 đường 16 Tháng 4, phường Mỹ Hải, TP. Phan Rang - Tháp Chàm, tỉnh Ninh Thuận<br />
    Điện thoại: 0259.3822 416 - Fax: 0259.3822 417 - Email: truongchinhtri@ninhthuan.gov.vn<br />
    Chịu trách nhiệm chính: Hiệu trưởng Trường Chính trị tỉnh Ninh Thuận<br />
    Ghi rõ nguồn "Website Trường Chính trị tỉnh Ninh Thuận" khi phát hành lại thông tin từ Website này.<br />
    Thiết kế và xây dựng: Trung tâm Công nghệ thông tin và Truyền thông Ninh Thuận - &copy; 2009
  </td></tr>
</table>"""


def _hidden_top(vs: str) -> str:
    return (
        '<div>\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />\n</div>\n'
        '<script type="text/javascript">\n//<![CDATA[\n'
        "var theForm = document.forms['aspnetForm'];\nif (!theForm) {\n    theForm = document.aspnetForm;\n}\n"
        "function __doPostBack(eventTarget, eventArgument) {\n"
        "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
        "        theForm.__EVENTTARGET.value = eventTarget;\n"
        "        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n"
        "//]]>\n</script>\n"
        '<script src="/WebResource.axd?d=Yk3c0Pp8XwV1tKq0c2hTnA2&amp;t=633802945995006876" '
        'type="text/javascript"></script>\n'
    )


def page(
    *,
    action: str,
    content: str,
    seed: str,
    vs: str | None = None,
    ev: str | None = None,
    title: str = SITE_TITLE,
) -> str:
    """The master page around ``content``: one server form, view state, table layout."""
    vs = vs or opaque("vs:" + seed, 420, VS_PREFIX)
    ev = ev or opaque("ev:" + seed, 60, EV_PREFIX)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" >
<head><title>
\t{esc(title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="truong chinh tri, ninh thuan, ly luan chinh tri, dao tao can bo" /><link href="App_Themes/MacDinh/StyleSheet.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="js/menu.js"></script></head>
<body leftmargin="0" topmargin="0">
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
{_hidden_top(vs)}
<table id="tblMain" width="1000" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
  <tr><td colspan="3" height="150">
    <object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=7,0,19,0" width="1000" height="150">
      <param name="movie" value="images/banner.swf" /><param name="quality" value="high" /><param name="wmode" value="transparent" />
      <embed src="images/banner.swf" quality="high" wmode="transparent" pluginspage="http://www.macromedia.com/go/getflashplayer" type="application/x-shockwave-flash" width="1000" height="150"></embed>
    </object>
  </td></tr>
  <tr><td colspan="3">{_menu()}</td></tr>
  <tr><td colspan="3" class="thanh_ngay">
    <table width="100%" cellpadding="0" cellspacing="0"><tr>
      <td><span id="ctl00_lblNgayHienTai" class="ngay_ht">{HEADER_DATE}</span></td>
      <td align="right">Tìm kiếm: <input name="ctl00$ucTimKiem$txtTuKhoa" type="text" id="ctl00_ucTimKiem_txtTuKhoa" class="txt_tk" />
        <input type="image" name="ctl00$ucTimKiem$btnTim" id="ctl00_ucTimKiem_btnTim" src="images/btn_tim.gif" alt="Tìm" style="border-width:0px;" /></td>
    </tr></table>
  </td></tr>
  <tr>
    <td width="200" valign="top" class="cot_trai">{_left()}</td>
    <td width="580" valign="top" class="cot_giua">
{content}
    </td>
    <td width="220" valign="top" class="cot_phai">{_right()}</td>
  </tr>
</table>
{_footer()}

<div>
\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div></form>
</body>
</html>
"""


def _crumbs(*items: tuple[str, str | None]) -> str:
    parts = ['<a href="Default.aspx" class="lnk_dd">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{esc(href)}" class="lnk_dd">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return f'<div class="duong_dan"><img src="images/home.gif" alt="" /> {" &raquo; ".join(parts)}</div>'


def _cat_crumbs(cat: int) -> str:
    items: list[tuple[str, str | None]] = []
    if cat in PARENTS:
        items.append(PARENTS[cat])
    items.append((CATS[cat], f"TinTuc.aspx?MaLoai={cat}"))
    return _crumbs(*items)


def _box(title: str, inner: str) -> str:
    return (
        '<table width="100%" cellpadding="0" cellspacing="0" class="khung_giua">'
        f'<tr><td class="tde_giua"><img src="images/arrow_title.gif" alt="" /> {esc(title)}</td></tr>'
        f'<tr><td class="nd_giua">{inner}</td></tr></table>'
    )


# --------------------------------------------------------------------------- pages


def _pager_targets(n_rows: int, n_pages: int) -> list[str]:
    pager = f"ctl{n_rows + 3:02d}"
    return [f"{CPH_NAME}dgDanhSach${pager}$ctl{j:02d}" for j in range(n_pages)]


class Site:
    def __init__(self) -> None:
        #: view state of each listing page -> (MaLoai, page index)
        self.states: dict[str, tuple[int, int]] = {}
        for cat in CATS:
            for p in range(self._pages(cat)):
                self.states[self._vs(cat, p)] = (cat, p)

    # -- listing ----------------------------------------------------------------------------

    @staticmethod
    def _pages(cat: int) -> int:
        return max(1, -(-len(_sorted(cat)) // PAGE_SIZE))

    @staticmethod
    def _vs(cat: int, p: int) -> str:
        return opaque(f"vs:dg:{cat}:{p}", 1100, VS_PREFIX)

    @staticmethod
    def _ev(cat: int, p: int) -> str:
        return opaque(f"ev:dg:{cat}:{p}", 84, EV_PREFIX)

    def listing(self, cat: int, p: int) -> str:
        stories = _sorted(cat)
        rows = stories[p * PAGE_SIZE : (p + 1) * PAGE_SIZE]
        n_pages = self._pages(cat)
        trs = []
        for k, s in enumerate(rows):
            href = f"ChiTiet.aspx?MaTin={s.id}&amp;MaLoai={cat}"
            lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
            lead = lead if len(lead) <= 160 else lead[:160].rsplit(" ", 1)[0] + "..."
            css = "dg_item" if k % 2 == 0 else "dg_altitem"
            trs.append(
                f'<tr class="{css}">\n<td valign="top" style="width:110px;">'
                f'<a href="{href}"><img src="ImageHandler.ashx?img=Upload/TinTuc/{s.id}.jpg&amp;w=100" '
                'border="0" alt="" /></a></td>'
                f'<td valign="top"><a id="{CPH}dgDanhSach_ctl{k + 2:02d}_hlTieuDe" class="tde_ds" '
                f'href="{href}">{esc(_short(s.title))}</a> <span class="ngay_ds">({_vn_date(s.opts["when"])})</span>'
                f'<br /><span id="{CPH}dgDanhSach_ctl{k + 2:02d}_lblTomTat" class="tt_ds">{esc(lead)}</span></td>\n</tr>'
            )
        if not rows:
            trs.append('<tr><td colspan="2">Chưa có tin trong chuyên mục này.</td></tr>')
        cells = []
        for j, target in enumerate(_pager_targets(len(rows), n_pages)):
            if j == p:
                cells.append(f"<span>{j + 1}</span>")
            else:
                cells.append(f"<a href=\"javascript:__doPostBack('{target}','')\">{j + 1}</a>")
        pager = f'<tr class="dg_pager" align="right">\n<td colspan="2">{"&nbsp;".join(cells)}</td>\n</tr>'
        grid = (
            f'<table cellspacing="0" cellpadding="4" border="0" id="{CPH}dgDanhSach" '
            'style="width:100%;border-collapse:collapse;">\n' + "\n".join(trs) + "\n" + pager + "\n</table>"
        )
        content = (
            _cat_crumbs(cat)
            + f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="tde_cm">'
            f'<span id="{CPH}lblTenLoai">{esc(CATS[cat].upper())}</span></td></tr></table>\n'
            + grid
        )
        return page(
            action=f"TinTuc.aspx?MaLoai={cat}",
            content=content,
            seed=f"ds{cat}{p}",
            vs=self._vs(cat, p),
            ev=self._ev(cat, p),
        )

    def listing_post(self, cat: int, form: dict[str, str]) -> Response:
        state = self.states.get(form.get("__VIEWSTATE", ""))
        if state is None or state[0] != cat:
            return html(self.listing(cat, 0))
        _, p = state
        target = form.get("__EVENTTARGET", "")
        if not target:
            return html(self.listing(cat, p))
        rows = len(_sorted(cat)[p * PAGE_SIZE : (p + 1) * PAGE_SIZE])
        targets = _pager_targets(rows, self._pages(cat))
        if form.get("__EVENTVALIDATION") != self._ev(cat, p) or target not in targets:
            return _yellow_screen(
                "Invalid postback or callback argument.  Event validation is enabled using "
                '&lt;pages enableEventValidation="true"/&gt; in configuration or &lt;%@ Page '
                'EnableEventValidation="true" %&gt; in a page.',
                "System.ArgumentException",
            )
        return html(self.listing(cat, targets.index(target)))

    # -- article ----------------------------------------------------------------------------

    def article(self, s: Story, maloai: int | None, posted: str = "") -> str:
        cat = maloai if maloai in CATS else s.opts["maloai"]
        when = s.opts["when"]
        dates = f'<span id="{CPH}lblNgayDang">Ngày đăng: {_us_date(when)}</span>'
        if "updated" in s.opts:
            dates = f'<span id="{CPH}lblNgayCapNhat">Cập nhật: {_us_date(s.opts["updated"])}</span> - ' + dates
        sapo = ""
        if s.summary and s.sapo_outside:
            sapo = f'<span id="{CPH}lblTomTat" class="tomtat_ct">{esc(s.summary)}</span>'
        newer = [x for x in _sorted(s.opts["maloai"]) if x.id != s.id][:3]
        others = "".join(
            f'<li><a href="ChiTiet.aspx?MaTin={x.id}" class="lnk_tinkhac">{esc(x.title)}</a> '
            f'<span class="ngay_ds">({_vn_date(x.opts["when"])})</span></li>'
            for x in newer
        )
        thanks = (
            '<div style="color:#006600;font-weight:bold">Cảm ơn bạn đã gửi ý kiến! Ý kiến của bạn sẽ được '
            "Ban biên tập xem xét trước khi đăng.</div>"
            if posted
            else ""
        )
        content = f"""{_cat_crumbs(cat)}
<table id="{CPH}tblChiTiet" width="100%" cellpadding="3" cellspacing="0" class="khung_ct">
  <tr><td><span id="{CPH}lblTieuDe" class="tde_ct">{esc(s.title)}</span></td></tr>
  <tr><td class="tt_dang">{dates} | <span id="{CPH}lblNguoiDang">Người đăng: {esc(s.opts["poster"])}</span> | Lượt xem: <span id="{CPH}lblLuotXem">{s.views()}</span></td></tr>
  <tr><td>{sapo}</td></tr>
  <tr><td><span id="{CPH}lblNoiDung" class="nd_ct">{render_body(s)}</span></td></tr>
  <tr><td align="right" class="cong_cu">
    <a href="javascript:void(0)" onclick="window.open('InTin.aspx?MaTin={s.id}','InTin','width=720,height=600,scrollbars=yes')"><img src="images/print.gif" alt="" border="0" /> In bài</a>
    &nbsp;<a href="javascript:void(0)" onclick="window.open('GuiEmail.aspx?MaTin={s.id}','GuiEmail','width=450,height=380')"><img src="images/email.gif" alt="" border="0" /> Gửi email</a>
    &nbsp;<a href="#top"><img src="images/top.gif" alt="" border="0" /> Về đầu trang</a>
  </td></tr>
  <tr><td class="y_kien">
    <div class="tde_ykien">Ý KIẾN BẠN ĐỌC</div>{thanks}
    <table width="100%" cellpadding="2" cellspacing="0">
      <tr><td width="90">Họ tên (*)</td><td><input name="{CPH_NAME}txtHoTen" type="text" id="{CPH}txtHoTen" style="width:250px;" />
        <span id="{CPH}rfvHoTen" style="color:Red;visibility:hidden;">(*) Chưa nhập họ tên</span></td></tr>
      <tr><td>Email</td><td><input name="{CPH_NAME}txtEmail" type="text" id="{CPH}txtEmail" style="width:250px;" />
        <span id="{CPH}revEmail" style="color:Red;display:none;">Email không hợp lệ</span></td></tr>
      <tr><td>Nội dung (*)</td><td><textarea name="{CPH_NAME}txtNoiDung" rows="5" cols="40" id="{CPH}txtNoiDung"></textarea>
        <span id="{CPH}rfvNoiDung" style="color:Red;visibility:hidden;">(*) Chưa nhập nội dung</span></td></tr>
      <tr><td></td><td><input type="submit" name="{CPH_NAME}btnGui" value="Gửi ý kiến" id="{CPH}btnGui" class="nut" /></td></tr>
    </table>
  </td></tr>
  <tr><td class="tin_khac">
    <div class="tde_tinkhac">Các tin mới đăng</div>
    <ul class="ds_tinkhac">{others}</ul>
  </td></tr>
</table>"""
        action = f"ChiTiet.aspx?MaTin={s.id}" + (f"&MaLoai={maloai}" if maloai is not None else "")
        return page(action=action, content=content, seed=f"ct{s.id}", title=SITE_TITLE + " Chi tiết tin")

    def missing(self, mid: int) -> str:
        content = (
            _crumbs(("Chi tiết tin", None))
            + f'<table width="100%" class="khung_ct"><tr><td><span id="{CPH}lblTieuDe" class="tde_ct"></span>'
            f'<span id="{CPH}lblThongBao" class="thong_bao">Tin này không tồn tại hoặc đã bị xóa.</span>'
            '<br /><a href="Default.aspx">Quay về trang chủ</a></td></tr></table>'
        )
        return page(action=f"ChiTiet.aspx?MaTin={mid}", content=content, seed=f"ct{mid}")

    def print_page(self, s: Story) -> str:
        sapo = f"<p><b>{esc(s.summary)}</b></p>" if s.summary and s.sapo_outside else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>In tin</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>
<body onload="window.print()" style="font-family:Times New Roman;font-size:13pt">
<form name="form1" method="post" action="InTin.aspx?MaTin={s.id}" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque(f"in{s.id}", 48, VS_PREFIX)}" /></div>
<table width="680" align="center"><tr><td>
<img src="images/logo_in.gif" alt="" /> <b>TRƯỜNG CHÍNH TRỊ TỈNH NINH THUẬN</b><hr />
<span id="lblTieuDe" style="font-size:16pt;font-weight:bold">{esc(s.title)}</span><br />
<span id="lblNgayDang"><i>Ngày đăng: {_us_date(s.opts["when"])}</i></span>
{sapo}
<span id="lblNoiDung">{render_body(s)}</span>
<hr /><i>Địa chỉ bài viết: ChiTiet.aspx?MaTin={s.id}</i>
</td></tr></table>
</form></body></html>"""

    # -- home -------------------------------------------------------------------------------

    def home(self) -> str:
        feat = BY_ID[416]
        news = sorted((s for s in STORIES if s.opts["maloai"] in (2, 3)), key=lambda s: s.opts["when"], reverse=True)[:5]
        latest = "".join(
            f'<tr><td class="dong_tinmoi"><img src="images/bullet.gif" alt="" /> '
            f'<a href="ChiTiet.aspx?MaTin={s.id}" class="lnk_tinmoi">{esc(s.title)}</a> '
            f'<span class="ngay_ds">({_vn_date(s.opts["when"])})</span></td></tr>'
            for s in news
        )
        notices = "".join(
            f'<div class="dong_tb"><a href="ChiTiet.aspx?MaTin={s.id}">{esc(s.title)}</a> '
            '<img src="images/new.gif" alt="" /></div>'
            for s in _sorted(4)
        )
        research = "".join(
            f'<li><a href="ChiTiet.aspx?MaTin={s.id}">{esc(s.title)}</a></li>' for s in _sorted(3)[:3]
        )
        content = (
            _box(
                "TIN TIÊU ĐIỂM",
                f'<a href="ChiTiet.aspx?MaTin={feat.id}&amp;MaLoai=2"><img src="ImageHandler.ashx?img=Upload/TinTuc/'
                f'{feat.id}.jpg&amp;w=200" align="left" border="0" alt="" style="margin-right:6px" /></a>'
                f'<a href="ChiTiet.aspx?MaTin={feat.id}&amp;MaLoai=2" class="tde_tieudiem">{esc(feat.title)}</a><br />'
                f'<span class="tt_tieudiem">{esc(feat.summary or "")}</span> '
                f'<a href="ChiTiet.aspx?MaTin={feat.id}&amp;MaLoai=2" class="xemtiep">Xem tiếp &raquo;</a>',
            )
            + _box("TIN MỚI NHẤT", f'<table width="100%">{latest}</table>')
            + _box(
                "THÔNG BÁO",
                f'<marquee direction="up" scrollamount="1" height="80" onmouseover="this.stop()" '
                f'onmouseout="this.start()">{notices}</marquee>',
            )
            + _box("NGHIÊN CỨU - TRAO ĐỔI", f'<ul class="ds_nc">{research}</ul>')
        )
        return page(action="Default.aspx", content=content, seed="home")

    # -- other pages ------------------------------------------------------------------------

    def intro(self, n: int) -> str | None:
        entry = INTRO.get(n)
        if entry is None:
            return None
        title, paras = entry
        body = "".join(f"<p style=\"text-align: justify\">{esc(x)}</p>" for x in paras)
        content = (
            _crumbs(("Giới thiệu", "GioiThieu.aspx?MaGT=1"), (title, None))
            + f'<div class="tde_cm"><span id="{CPH}lblTieuDe">{esc(title.upper())}</span></div>'
            + f'<span id="{CPH}lblNoiDung">{body}</span>'
        )
        return page(action=f"GioiThieu.aspx?MaGT={n}", content=content, seed=f"gt{n}")

    def contact(self) -> str:
        content = _crumbs(("Liên hệ", None)) + f"""
<div class="tde_cm">LIÊN HỆ</div>
<p><b>TRƯỜNG CHÍNH TRỊ TỈNH NINH THUẬN</b><br />Địa chỉ: Số 02 đường 16 Tháng 4, phường Mỹ Hải, TP. Phan Rang - Tháp Chàm<br />
Điện thoại: 0259.3822 416 - Fax: 0259.3822 417<br />Email: truongchinhtri@ninhthuan.gov.vn</p>
<table cellpadding="3">
<tr><td>Họ và tên (*)</td><td><input name="{CPH_NAME}txtHoTen" type="text" id="{CPH}txtHoTen" /></td></tr>
<tr><td>Email (*)</td><td><input name="{CPH_NAME}txtEmail" type="text" id="{CPH}txtEmail" /></td></tr>
<tr><td>Tiêu đề</td><td><input name="{CPH_NAME}txtTieuDe" type="text" id="{CPH}txtTieuDe" /></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="{CPH_NAME}txtNoiDung" rows="6" cols="45" id="{CPH}txtNoiDung"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="{CPH_NAME}btnGui" value="Gửi" id="{CPH}btnGui" /></td></tr>
</table>"""
        return page(action="LienHe.aspx", content=content, seed="lh")

    def documents(self) -> str:
        content = _crumbs(("Văn bản", None)) + f"""
<div class="tde_cm">VĂN BẢN - TÀI LIỆU</div>
<table cellspacing="0" cellpadding="4" rules="all" border="1" id="{CPH}dgVanBan" style="width:100%;border-collapse:collapse;">
<tr class="dg_header"><td>Số/Ký hiệu</td><td>Ngày ban hành</td><td>Trích yếu</td></tr>
<tr><td>215-TB/TCT</td><td>01/12/2026</td><td><a href="ChiTietVanBan.aspx?MaVB=31">Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung năm 2027</a></td></tr>
<tr><td>198-KH/TCT</td><td>15/10/2026</td><td><a href="Upload/VanBan/2026/KH198_BoiDuong.pdf">Kế hoạch bồi dưỡng cán bộ, giảng viên năm 2027</a></td></tr>
</table>"""
        return page(action="VanBan.aspx", content=content, seed="vb")

    def document(self, n: int) -> str | None:
        if n != 31:
            return None
        content = _crumbs(("Văn bản", "VanBan.aspx"), ("Chi tiết văn bản", None)) + """
<table width="100%" cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse" class="ct_vanban">
<tr><td width="140"><b>Số/Ký hiệu</b></td><td>215-TB/TCT</td></tr>
<tr><td><b>Ngày ban hành</b></td><td>01/12/2026</td></tr>
<tr><td><b>Loại văn bản</b></td><td>Thông báo</td></tr>
<tr><td><b>Cơ quan ban hành</b></td><td>Trường Chính trị tỉnh Ninh Thuận</td></tr>
<tr><td><b>Người ký</b></td><td>Nguyễn Thị Thanh Hương</td></tr>
<tr><td><b>Trích yếu</b></td><td>Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung năm 2027</td></tr>
<tr><td><b>Tệp đính kèm</b></td><td><a href="Upload/VanBan/2026/TB215_TuyenSinh.pdf">TB215_TuyenSinh.pdf</a></td></tr>
</table>"""
        return page(action="ChiTietVanBan.aspx?MaVB=31", content=content, seed="vb31")

    def albums(self) -> str:
        content = _crumbs(("Thư viện ảnh", None)) + """
<div class="tde_cm">THƯ VIỆN ẢNH</div>
<table id="ctl00_ContentPlaceHolder1_dlAlbum" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">
<tr><td align="center"><a href="ThuVienAnh.aspx?MaAlbum=4"><img src="Upload/Album/4/thumb_01.jpg" width="160" border="0" alt="" /></a><br />
<a href="ThuVienAnh.aspx?MaAlbum=4">Lễ khai giảng năm học 2026 - 2027</a></td></tr>
</table>"""
        return page(action="ThuVienAnh.aspx", content=content, seed="tva")

    def album(self, n: int) -> str | None:
        if n != 4:
            return None
        pics = "".join(
            f'<td align="center"><a href="Upload/Album/4/{k:02d}.jpg" target="_blank">'
            f'<img src="Upload/Album/4/thumb_{k:02d}.jpg" width="160" border="0" alt="" /></a></td>'
            for k in range(1, 5)
        )
        content = _crumbs(("Thư viện ảnh", "ThuVienAnh.aspx"), ("Lễ khai giảng năm học 2026 - 2027", None)) + (
            '<div class="tde_cm">LỄ KHAI GIẢNG NĂM HỌC 2026 - 2027</div>'
            f'<table id="{CPH}dlAnh" width="100%"><tr>{pics}</tr></table>'
        )
        return page(action="ThuVienAnh.aspx?MaAlbum=4", content=content, seed="album4")

    def search(self, keyword: str) -> str:
        kw = keyword.strip().lower()
        hits = [s for s in STORIES if kw and kw in s.title.lower()]
        rows = "".join(f'<li><a href="ChiTiet.aspx?MaTin={s.id}">{esc(s.title)}</a></li>' for s in hits)
        content = _crumbs(("Tìm kiếm", None)) + (
            f'<div class="tde_cm">KẾT QUẢ TÌM KIẾM: "{esc(keyword)}"</div>'
            + (f"<ul>{rows}</ul>" if rows else "<p>Không tìm thấy kết quả nào.</p>")
        )
        return page(action=f"TimKiem.aspx?TuKhoa={quote_plus(keyword)}", content=content, seed="tk")

    # -- routing ----------------------------------------------------------------------------

    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        form = request.form if request.method == "POST" else {}
        if form and ("ctl00$ucTimKiem$btnTim.x" in form or "ctl00$ucTimKiem$btnTim" in form):
            return redirect("/TimKiem.aspx?TuKhoa=" + quote_plus(form.get("ctl00$ucTimKiem$txtTuKhoa", "")))
        if path in ("/", "/default.aspx"):
            return html(self.home())
        if path == "/tintuc.aspx":
            cat = _int(params.get("maloai"))
            if cat is None:
                return _yellow_screen("Input string was not in a correct format.", "System.FormatException")
            if cat not in CATS:
                return html(self.listing_empty(cat))
            if request.method == "POST":
                return self.listing_post(cat, form)
            return html(self.listing(cat, 0))
        if path in ("/chitiet.aspx", "/intin.aspx"):
            mid = _int(params.get("matin"))
            if mid is None:
                return _yellow_screen("Input string was not in a correct format.", "System.FormatException")
            story = BY_ID.get(mid)
            if story is None:
                return html(self.missing(mid))
            if path == "/intin.aspx":
                return html(self.print_page(story))
            maloai = _int(params.get("maloai")) if "maloai" in params else None
            posted = form.get(f"{CPH_NAME}btnGui", "")
            return html(self.article(story, maloai, posted))
        if path == "/gioithieu.aspx":
            body = self.intro(_int(params.get("magt")) or 0)
            return html(body) if body else None
        if path == "/lienhe.aspx":
            return html(self.contact())
        if path == "/vanban.aspx":
            return html(self.documents())
        if path == "/chitietvanban.aspx":
            body = self.document(_int(params.get("mavb")) or 0)
            return html(body) if body else None
        if path == "/thuvienanh.aspx":
            if "maalbum" in params:
                body = self.album(_int(params.get("maalbum")) or 0)
                return html(body) if body else None
            return html(self.albums())
        if path == "/timkiem.aspx":
            return html(self.search(params.get("tukhoa", "")))
        if path == "/imagehandler.ashx":
            return static_file("x.jpg")
        if path == "/webresource.axd":
            return static_file("x.js")
        if path.endswith(".pdf") and path.startswith("/upload/"):
            return Response(200, PDF_BYTES, {"Content-Type": "application/pdf"})
        if path.startswith(("/upload/", "/images/", "/app_themes/", "/js/")):
            return static_file(path)
        return None

    def listing_empty(self, cat: int) -> str:
        content = _crumbs(("Tin tức", None)) + '<p>Chưa có tin trong chuyên mục này.</p>'
        return page(action=f"TinTuc.aspx?MaLoai={cat}", content=content, seed=f"ds{cat}")


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    value = value.strip()
    return int(value) if re.fullmatch(r"\d{1,9}", value) else None


def _yellow_screen(message: str, exc: str) -> Response:
    body = f"""<html><head><title>{_html.unescape(message).split('.')[0]}</title>
<style>body {{font-family:"Verdana";font-weight:normal;font-size: .7em;color:black;}}</style></head>
<body bgcolor="white"><span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
<h2> <i>{message}</i> </h2></span>
<b> Exception Details: </b>{exc}: {message}<br><br>
<hr width=100% size=1 color=silver>
<b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:2.0.50727.3603; ASP.NET Version:2.0.50727.3601
</body></html>"""
    return html(body, status=500)


PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)

INTRO = {
    1: (
        "Lịch sử hình thành",
        [
            "Trường Chính trị tỉnh Ninh Thuận được thành lập năm 1992, trên cơ sở Trường Đảng tỉnh "
            "Thuận Hải sau khi tỉnh Ninh Thuận được tái lập.",
            "Qua hơn 30 năm xây dựng và phát triển, Trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt "
            "cán bộ, đảng viên của tỉnh; được Nhà nước tặng thưởng Huân chương Lao động hạng Nhì.",
            "Năm 2021, Trường được công nhận đạt chuẩn mức 1 theo Quy định số 09-QĐ/TW của Ban Bí thư.",
        ],
    ),
    2: (
        "Chức năng, nhiệm vụ",
        [
            "Trường Chính trị tỉnh là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy và Ủy ban nhân dân "
            "tỉnh, chịu sự chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy.",
            "Trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở "
            "cơ sở; đào tạo trung cấp lý luận chính trị - hành chính; bồi dưỡng kiến thức quản lý nhà "
            "nước và nghiên cứu khoa học.",
        ],
    ),
    3: (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu gồm Hiệu trưởng và 02 Phó Hiệu trưởng.",
            "Các phòng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo - Nghiên cứu khoa học.",
            "Các khoa: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân vận.",
        ],
    ),
}


def build_site() -> Site:
    return Site()


def _path(s: Story) -> str:
    return f"/ChiTiet.aspx?MaTin={s.id}&MaLoai={s.opts['maloai']}"


#: the other URLs each story is linked by (besides the print page)
_LINKED_PLAIN = {418, 415, 411, 407, 416, 412, 408, 403, 419, 413}
_LOWER = {407, 412, 403}


def _alts(s: Story) -> list[str]:
    alts = []
    if s.id in _LINKED_PLAIN:
        alts.append(f"/ChiTiet.aspx?MaTin={s.id}")
    if s.id in _LOWER:
        alts.append(f"/chitiet.aspx?matin={s.id}")
    if s.id == 416:
        alts.append("/ChiTiet.aspx?MaTin=416&MaLoai=2")
    alts.append(f"/InTin.aspx?MaTin={s.id}")
    return alts


GOLD = [gold_record(s, _path(s), s.cat, alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/GioiThieu.aspx?MaGT=1",
    "/GioiThieu.aspx?MaGT=2",
    "/GioiThieu.aspx?MaGT=3",
    "/LienHe.aspx",
    "/ChiTietVanBan.aspx?MaVB=31",
    "/ThuVienAnh.aspx?MaAlbum=4",
]
