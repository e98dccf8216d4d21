"""Phòng Giáo dục và Đào tạo huyện Đức Thọ (Hà Tĩnh): a classic ASP site on an Access database.

Platform: hand-written classic ASP (VBScript, IIS 6, 2008 era) reading an Access ``.mdb``: tables
for layout, ``<FONT>`` tags, unquoted attributes, FCKeditor 2 content (``<p align="justify">``,
``<div>``/``<br>`` runs, Word pastes with ``MsoNormal`` and ``<o:p>``). The news pages are saved
in windows-1258 (tone marks as combining characters), the charset named only by a ``<meta>``;
the "trang" pages a later vendor added are UTF-8 (``CODEPAGE=65001``). The server's regional
setting is English (United States), so every date VBScript prints is ``M/D/YYYY h:mm:ss AM``.

URL scheme (IIS: paths case-insensitive; ASP's ``Request("id")``: keys case-insensitive):
- ``/`` (= ``/default.asp``): home: marquee "Tin nổi bật", lead story, "Tin mới cập nhật",
  one box per category, sidebars (menu, "Văn bản mới", most-read, poll, counter).
- ``/tintuc.asp?id=<N>``: a post; also ``/tintuc.asp?ID=<N>&cat=<C>`` (home page and marquee).
- ``/dstin.asp?cat=<C>&page=<P>``: a category listing, 2 posts a page, newest (highest ID)
  first; the menu links ``dstin.asp?cat=<C>``, the pager ``&page=<P>`` (page 1 again too).
- ``/trang.asp?id=<N>``: static pages (Giới thiệu, Cơ cấu tổ chức, Liên hệ).
- ``/vanban.asp?id=<N>``: a document entry (số ký hiệu, trích yếu, người ký, tải về .pdf).
- ``/timkiem.asp`` (GET search form), ``/binhchon.asp`` (poll POST), ``/guiykien.asp``
  (comment POST): small answers, not gold.

Page templates: one 980-px layout table: banner row, menu row (``<ul id="nav">`` drop-downs),
date + marquee row, then three cells (left 200 / main 580 / right 200), footer row. A post's main
cell: breadcrumb cell ``duongdan``; table ``khungtin`` with the title cell ``tieudetin`` (title
in ``<font><b>`` plus a "new.gif"), the info cell ``ngaydang`` (Ngày đăng, Lượt xem, optionally
Tác giả / Sửa lần cuối / Người đưa tin), the "MoTa" cell ``tomtat`` (bold sapo), then the cell
``noidungtin`` that holds the body AND, after an ``<hr>``, the tool links and "Các tin khác";
then a row "Ý kiến bạn đọc" with comments and a comment form.

How each gold article is reached: listings ``dstin.asp?cat=C`` (menu) and their pages 2-3;
home "Tin mới cập nhật" (6 newest, ``ID=N&cat=C``), marquee (3 posts, ``ID=N&cat=1``), the
category boxes (2 newest each), "Tin đọc nhiều", "Các tin khác" (2 newest others of the same
category). Post 87 is reached only from ``dstin.asp?cat=1&page=3``, post 91 only from page 2.

Traps:
1. Dates from VBScript on an en-US server: "Ngày đăng: 11/9/2026 7:45:00 AM" is 9 November
   (M/D/YYYY, 12-hour), while the header prints today the Vietnamese way "Thứ Bảy, 05/12/2026"
   and the body text writes "ngày 03/12" D/M. Gold: month first -> "2026-11-09T07:45:00+07:00";
   listing dates "(10/27/2026)" likewise. Not the header's today.
2. A date whose time is midnight is printed by VBScript without a time at all ("10/12/2026"):
   gold the day alone, "2026-10-12" (a D/M reader would say 10 December).
3. The info row also prints "Sửa lần cuối: 12/2/2026 4:11:09 PM" (post 98): an update date,
   not the publication date.
4. The breadcrumb follows the URL's ``cat`` parameter, not the post's own category: the marquee
   links every featured post with ``&cat=1`` ("Tin tức - Sự kiện"), so post 100 (filed under
   "Hoạt động chuyên môn") and post 96 ("Gương người tốt việc tốt") show the wrong breadcrumb
   there. Gold category: the post's own, as its canonical ``tintuc.asp?id=N`` prints it.
5. The same post under two or three URLs: ``tintuc.asp?id=N`` (listings), ``tintuc.asp?ID=N&
   cat=C`` (home "Tin mới"), ``tintuc.asp?ID=N&cat=1`` (marquee). Gold path: ``?id=N``; the
   others in alt_paths.
6. The sapo (Access field MoTa) printed in its own bold cell, and on posts 101 and 94 pasted
   again by the editor as the body's first paragraph. Gold: summary = the MoTa text, the body
   starts with it once.
7. "Các tin khác:" sits in the same ``<td>`` as the body, after an ``<hr>`` and the tool links
   ("In bài | Gửi bạn bè | Về đầu trang"), as bare ``<a>`` lines with gray M/D dates: not body.
8. Reader comments ("Ý KIẾN BẠN ĐỌC (2)") with names and later M/D timestamps below the post
   (posts 100, 98): their names are not authors, their dates not the post's, their text not body.
9. Layout tables vs content tables: the body is three tables deep; photos sit in two-row tables
   (photo, then the caption cell): those rows are photo + caption, not table text; post 95 has a
   real results table whose rows are body paragraphs (cells joined by " | ").
10. Title cell holds an animated "new.gif" and the counter prints digits as gifs
    (``images/so/3.gif``): no article images; thumbnails on listings likewise.
11. Encoding: the post pages are windows-1258 bytes with decomposed tone marks, declared only
    in ``<meta http-equiv>`` (the HTTP header says plain ``text/html``); the ``trang.asp`` pages
    are UTF-8. Gold text is NFC.
12. Bylines in four places: info row "Tác giả: ThS. Trần Đình Phúc" (-> "Trần Đình Phúc"), a
    right-aligned bold line at the end ("Nguyễn Thị Thu Hà"; "Võ Thị Lan (Trường MN Tùng Ảnh)"
    -> "Võ Thị Lan"; unit alone "Tổ Chuyên môn THCS"), the same author in the info row and again
    at the end (post 95: once), "Tin, ảnh: X" / "Tin: X - Ảnh: Y"; "Người đưa tin: admin" /
    "pgd_ductho" is the CMS account -> nobody.
13. Source lines: "(Nguồn: Báo Hà Tĩnh)" in parentheses and italics -> "Báo Hà Tĩnh"; "Theo Cổng
    TTĐT Sở GD&ĐT Hà Tĩnh" -> that; post 90's body starts "Theo dự báo …", which is text.
14. An official notice (post 99): letterhead table, "Số:", place and date, "THÔNG BÁO / Về
    việc …", "Nơi nhận", signer: date = letterhead day "2026-11-30" (the info row says 12/1),
    author = signer's name.
15. Word paste (post 94): ``<o:p>&nbsp;</o:p>`` spacer paragraphs are no text.
16. Pagination: page 1 of a listing is both ``dstin.asp?cat=C`` and ``&page=1``; a page past the
    last answers 200 with "Không có tin nào" and no pager (bounded).

Gold decisions on ambiguous points:
- published_at: the "Ngày đăng" value read month-first; a notice's letterhead day wins over it.
- summary: the MoTa cell's text when the post has one (it is the body's first paragraph, once).
- A photo's caption is the second row of its table (or the ``<i>`` line after its ``<br>``);
  a line "Ảnh: X" only credits X (caption None, X a photographer).
- category: the post's own category, as the breadcrumb prints it on ``tintuc.asp?id=N``.
"""

from __future__ import annotations

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    cp1258_bytes,
    esc,
    gold_record,
    static_file,
)

NAME = "asp_classic_access_pgd"
PLATFORM = "Classic ASP + Access (IIS 6, windows-1258, 2008)"
START_PATH = "/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 2

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Hoạt động chuyên môn",
    3: "Thông báo",
    4: "Gương người tốt việc tốt",
}

# --- the posts (the Access table tblTinTuc) -------------------------------------------------


def _byline(line: str) -> Raw:
    return Raw(f'<p align="right"><b>{esc(line)}</b></p>')


def _italic_right(line: str) -> Raw:
    return Raw(f'<p align="right"><i>{esc(line)}</i></p>')


_NOTICE_HEAD = Raw(
    '<table width="100%" border=0 cellpadding=2 cellspacing=0>'
    '<tr><td width="45%" align=center><font size=2>UBND HUYỆN ĐỨC THỌ<br>'
    "<b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b></font></td>"
    '<td align=center><font size=2><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>'
    "<b><u>Độc lập - Tự do - Hạnh phúc</u></b></font></td></tr>"
    "<tr><td align=center><font size=2>Số: 215/TB-PGDĐT</font></td>"
    '<td align=center><i><font size=2>Đức Thọ, ngày 30 tháng 11 năm 2026</font></i></td></tr>'
    "</table>"
    '<p align=center><b>THÔNG BÁO</b><br><b>Về việc kiểm tra công tác bán trú tại các trường '
    "mầm non năm học 2026 - 2027</b></p>"
)
_NOTICE_FOOT = Raw(
    '<table width="100%" border=0><tr><td width="50%" valign=top><font size=1><b><i>Nơi nhận:'
    "</i></b><br>- Như trên;<br>- Lãnh đạo Phòng;<br>- Lưu: VT.</font></td>"
    '<td align=center valign=top><b>TRƯỞNG PHÒNG</b><br><br><i>(Đã ký)</i><br><br>'
    "<b>Nguyễn Văn Hùng</b></td></tr></table>"
)

STORIES: list[Story] = [
    Story(
        id=101,
        slug="so-ket-thi-dua-dot-1",
        title="Đức Thọ sơ kết phong trào thi đua đợt 1 năm học 2026 - 2027",
        cat="1",
        published_at="2026-12-03T14:30:15+07:00",
        summary=(
            "Chiều ngày 03/12, Phòng GD&ĐT Đức Thọ tổ chức hội nghị sơ kết phong trào thi đua "
            "đợt 1 chào mừng Ngày Nhà giáo Việt Nam 20/11."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự hội nghị có đồng chí Phó Chủ tịch UBND huyện, lãnh đạo Phòng GD&ĐT, hiệu "
                "trưởng các trường mầm non, tiểu học và THCS trên địa bàn huyện."
            ),
            Img(
                "Upload/Images/2026/12/soket_dot1_01.JPG",
                "Đồng chí Trưởng phòng GD&ĐT phát biểu tại hội nghị",
                "Đồng chí Trưởng phòng GD&ĐT phát biểu tại hội nghị",
                style="table",
            ),
            P(
                "Trong đợt thi đua thứ nhất, toàn ngành có 1.245 tiết dạy tốt, 86 sáng kiến kinh "
                "nghiệm được công nhận cấp trường và 32 chuyên đề được tổ chức ở các cụm."
            ),
            P(
                "Hội nghị đã biểu dương 12 tập thể và 27 cá nhân có thành tích xuất sắc, đồng "
                "thời phát động đợt thi đua thứ hai chào mừng Tết Nguyên đán."
            ),
            Img(
                "Upload/Images/2026/12/soket_dot1_02.JPG",
                "Ảnh: Phan Văn Long",
                None,
                style="table",
            ),
            P(
                "Phát biểu kết luận, đồng chí Phó Chủ tịch UBND huyện đề nghị các trường tiếp tục "
                "đổi mới phương pháp dạy học, nâng cao chất lượng giáo dục toàn diện."
            ),
            _byline("Tin, ảnh: Phan Văn Long"),
        ],
        authors=["Phan Văn Long"],
        photographers=["Phan Văn Long"],
        opts={"printed": "12/3/2026 2:30:15 PM", "sapo_dup": True},
    ),
    Story(
        id=100,
        slug="chuyen-de-stem-thcs-thi-tran",
        title="Chuyên đề dạy học STEM tại Trường THCS Thị trấn Đức Thọ",
        cat="2",
        published_at="2026-12-01T15:20:05+07:00",
        summary=(
            "Nhằm đẩy mạnh giáo dục STEM trong nhà trường, Phòng GD&ĐT tổ chức chuyên đề cấp "
            "huyện tại Trường THCS Thị trấn Đức Thọ."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại chuyên đề, cô giáo Lê Thị Minh Nguyệt thực hiện bài học \u201cChế tạo hệ "
                "thống tưới cây tự động\u201d với học sinh lớp 8A."
            ),
            Img(
                "Upload/Images/2026/12/stem_thcs_tt.jpg",
                "Học sinh lớp 8A lắp ráp mô hình tưới cây tự động",
                "Học sinh lớp 8A lắp ráp mô hình tưới cây tự động",
                style="p",
            ),
            P(
                "Các em chia nhóm, thiết kế, lắp ráp và thử nghiệm sản phẩm, sau đó trình bày "
                "trước lớp và tự đánh giá theo tiêu chí giáo viên đưa ra."
            ),
            P("Các ý kiến thảo luận tập trung vào ba nội dung:", style="h"),
            P("Cách lựa chọn chủ đề STEM gắn với thực tiễn địa phương;", style="li"),
            P("Tổ chức hoạt động nhóm và đánh giá sản phẩm của học sinh;", style="li"),
            P("Phối hợp giữa các môn Khoa học tự nhiên, Công nghệ và Tin học.", style="li"),
        ],
        authors=["Trần Đình Phúc"],
        opts={
            "printed": "12/1/2026 3:20:05 PM",
            "info_author": "ThS. Trần Đình Phúc",
            "comments": [
                (
                    "Nguyễn Văn Hải",
                    "12/2/2026 8:14:55 PM",
                    "Mô hình rất hay, mong Phòng nhân rộng ra các trường khác trong huyện.",
                ),
                (
                    "Phụ huynh lớp 8A",
                    "12/3/2026 6:02:10 AM",
                    "Các con rất hứng thú với tiết học STEM. Cảm ơn nhà trường!",
                ),
            ],
        },
    ),
    Story(
        id=99,
        slug="thong-bao-kiem-tra-ban-tru",
        title="Thông báo kiểm tra công tác bán trú tại các trường mầm non năm học 2026 - 2027",
        cat="3",
        published_at="2026-11-30",
        blocks=[
            _NOTICE_HEAD,
            P(
                "Thực hiện kế hoạch năm học 2026 - 2027, Phòng GD&ĐT thông báo lịch kiểm tra "
                "công tác bán trú tại các trường mầm non trên địa bàn huyện như sau:"
            ),
            P("1. Thời gian: từ ngày 07/12 đến ngày 18/12/2026.", style="br"),
            P(
                "2. Nội dung: cơ sở vật chất bếp ăn, hồ sơ thực phẩm, thực đơn và khẩu phần ăn "
                "của trẻ.",
                style="br",
            ),
            P("3. Thành phần: Tổ Mầm non Phòng GD&ĐT và cán bộ Trung tâm Y tế huyện.", style="br"),
            P(
                "Đề nghị Hiệu trưởng các trường chuẩn bị đầy đủ hồ sơ và bố trí thời gian làm "
                "việc với đoàn kiểm tra."
            ),
            _NOTICE_FOOT,
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={"printed": "12/1/2026 7:20:00 AM", "poster": "admin"},
    ),
    Story(
        id=98,
        slug="ky-niem-20-11",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="1",
        published_at="2026-11-20T09:12:40+07:00",
        summary=(
            "Sáng 20/11, ngành Giáo dục huyện Đức Thọ long trọng tổ chức lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Buổi lễ có sự tham dự của lãnh đạo Huyện ủy, HĐND, UBND huyện cùng đông đảo "
                "thầy cô giáo nghỉ hưu và đương chức."
            ),
            P(
                "Năm học vừa qua, huyện có 21 học sinh đạt giải học sinh giỏi cấp tỉnh, tỷ lệ "
                "trường đạt chuẩn quốc gia đạt 96,4%."
            ),
            Img(
                "Upload/Images/2026/11/20thang11_ductho.JPG",
                "Lãnh đạo huyện tặng hoa chúc mừng các thầy cô giáo",
                "Lãnh đạo huyện tặng hoa chúc mừng các thầy cô giáo",
                style="table",
            ),
            P(
                "Dịp này, 15 nhà giáo được tặng Giấy khen của Chủ tịch UBND huyện vì có thành "
                "tích xuất sắc trong sự nghiệp trồng người."
            ),
            _byline("Nguyễn Thị Thu Hà"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "printed": "11/20/2026 9:12:40 AM",
            "edited": "12/2/2026 4:11:09 PM",
            "comments": [
                (
                    "Cựu học sinh Đức Thọ",
                    "11/21/2026 10:30:00 PM",
                    "Kính chúc các thầy cô luôn mạnh khỏe và hạnh phúc.",
                ),
            ],
        },
    ),
    Story(
        id=97,
        slug="tuyen-chon-gv-day-gioi",
        title="Thông báo tuyển chọn giáo viên dự Hội thi giáo viên dạy giỏi cấp huyện",
        cat="3",
        published_at="2026-11-16T13:55:10+07:00",
        blocks=[
            P(
                "Phòng GD&ĐT đề nghị các trường THCS lựa chọn, giới thiệu giáo viên tham dự Hội "
                "thi giáo viên dạy giỏi cấp huyện năm học 2026 - 2027."
            ),
            P("Điều kiện tham dự:", style="h"),
            P("Có ít nhất 3 năm giảng dạy liên tục tại trường;", style="li"),
            P("Đạt danh hiệu giáo viên dạy giỏi cấp trường năm học trước;", style="li"),
            P("Được tập thể tổ chuyên môn giới thiệu.", style="li"),
            P("Hồ sơ gửi về Phòng GD&ĐT (qua Tổ THCS) trước ngày 30/11/2026."),
            _byline("Tổ Chuyên môn THCS"),
        ],
        authors=["Tổ Chuyên môn THCS"],
        opts={"printed": "11/16/2026 1:55:10 PM"},
    ),
    Story(
        id=96,
        slug="co-giao-dang-thi-mai",
        title="Cô giáo Đặng Thị Mai - người giữ lửa ở điểm trường lẻ",
        cat="4",
        published_at="2026-11-12T19:03:51+07:00",
        summary=(
            "Gần 20 năm gắn bó với điểm trường lẻ thôn Yên Lạc, cô Mai vẫn ngày ngày vượt đê "
            "sông La để đến với học trò."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "Upload/Images/2026/11/co_mai_01.jpg",
                "Cô Đặng Thị Mai trong giờ học với học sinh lớp 2",
                "Cô Đặng Thị Mai trong giờ học với học sinh lớp 2",
                style="table",
            ),
            P(
                "Những ngày mưa lũ, con đường đất dẫn vào điểm trường ngập sâu, cô lại lội bộ "
                "hàng cây số, dắt từng em học sinh về nhà an toàn."
            ),
            P(
                "\u201cChỉ cần thấy các em đến lớp đầy đủ, đọc thông viết thạo là tôi thấy vui "
                "rồi\u201d, cô Mai chia sẻ.",
                style="quote",
            ),
            Img("Upload/Images/2026/11/co_mai_02.jpg", None, None, style="p"),
            P(
                "Năm 2026, cô được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc "
                "trong phong trào thi đua \u201cDạy tốt - Học tốt\u201d."
            ),
            _byline("Tin: Lê Thị Hằng - Ảnh: Hoàng Minh Tuấn"),
        ],
        authors=["Lê Thị Hằng"],
        photographers=["Hoàng Minh Tuấn"],
        opts={"printed": "11/12/2026 7:03:51 PM"},
    ),
    Story(
        id=95,
        slug="ket-qua-hkpd",
        title="Kết quả Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027",
        cat="1",
        published_at="2026-11-09T07:45:00+07:00",
        blocks=[
            P(
                "Sau 3 ngày tranh tài sôi nổi, Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027 "
                "đã bế mạc tại sân vận động trung tâm huyện."
            ),
            P("Bảng xếp hạng toàn đoàn khối THCS:", style="h"),
            P("TT | Đơn vị | Huy chương Vàng | Xếp hạng", style="row"),
            P("1 | THCS Hoàng Xuân Hãn | 9 | Nhất", style="row"),
            P("2 | THCS Thị trấn Đức Thọ | 7 | Nhì", style="row"),
            P("3 | THCS Lâm Trung Thủy | 5 | Ba", style="row"),
            P(
                "Ban tổ chức đã lựa chọn 46 vận động viên xuất sắc để tập huấn, chuẩn bị tham dự "
                "Hội khỏe Phù Đổng cấp tỉnh."
            ),
            Raw('<p align="right"><b>Bùi Quang Vinh - Trường THCS Hoàng Xuân Hãn</b></p>'),
        ],
        authors=["Bùi Quang Vinh"],
        opts={"printed": "11/9/2026 7:45:00 AM", "info_author": "Bùi Quang Vinh"},
    ),
    Story(
        id=94,
        slug="hoi-thao-sinh-hoat-to-tieu-hoc",
        title="Hội thảo đổi mới sinh hoạt tổ chuyên môn cấp tiểu học",
        cat="2",
        published_at="2026-11-05T10:02:33+07:00",
        summary=(
            "Ngày 04/11, tại Trường Tiểu học Đức Lạng, Phòng GD&ĐT tổ chức hội thảo đổi mới "
            "sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thảo thu hút hơn 80 cán bộ quản lý, tổ trưởng chuyên môn các trường tiểu "
                "học trong toàn huyện.",
                style="mso",
            ),
            Raw("<p class=MsoNormal><o:p>&nbsp;</o:p></p>"),
            P(
                "Các đại biểu đã dự giờ minh họa môn Tiếng Việt lớp 3, sau đó cùng phân tích "
                "việc học của học sinh thay vì đánh giá tiết dạy của giáo viên.",
                style="mso",
            ),
            P(
                "Nhiều ý kiến đề xuất giảm bớt hồ sơ, sổ sách để giáo viên có thêm thời gian "
                "nghiên cứu bài học.",
                style="mso",
            ),
            Raw("<p class=MsoNormal><o:p>&nbsp;</o:p></p>"),
            _byline("Đặng Văn Sơn (Trường TH Đức Lạng)"),
        ],
        authors=["Đặng Văn Sơn"],
        opts={"printed": "11/5/2026 10:02:33 AM", "sapo_dup": True},
    ),
    Story(
        id=92,
        slug="nhat-duoc-cua-roi",
        title="Em Nguyễn Bảo Ngọc nhặt được của rơi trả lại người đánh mất",
        cat="4",
        published_at="2026-10-30T11:11:11+07:00",
        blocks=[
            P(
                "Trên đường đi học về, em Nguyễn Bảo Ngọc, học sinh lớp 5B Trường Tiểu học Tùng "
                "Ảnh, nhặt được chiếc ví trong đó có 4.500.000 đồng và nhiều giấy tờ.",
                style="br",
            ),
            P(
                "Em đã mang đến nhờ cô giáo chủ nhiệm tìm người đánh mất để trả lại.",
                style="br",
            ),
            P(
                "Người đánh mất là bà Trần Thị Lý ở thôn Đông Thịnh đã đến trường gửi lời cảm ơn "
                "em Ngọc và nhà trường.",
                style="div",
            ),
            P(
                "Nhà trường đã tuyên dương em trước toàn trường trong buổi chào cờ đầu tuần.",
                style="div",
            ),
        ],
        opts={"printed": "10/30/2026 11:11:11 AM", "poster": "admin"},
    ),
    Story(
        id=91,
        slug="tuan-le-hoc-tap-suot-doi",
        title="Ra quân hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="1",
        published_at="2026-10-27T16:05:22+07:00",
        blocks=[
            P(
                "Sáng 26/10, UBND huyện Đức Thọ tổ chức lễ ra quân hưởng ứng Tuần lễ học tập "
                "suốt đời năm 2026 với chủ đề \u201cChuyển đổi số trong học tập suốt đời\u201d."
            ),
            Img("Upload/Images/2026/10/tuanle_hoctap.jpg", None, None, style="table"),
            P(
                "Các trung tâm học tập cộng đồng sẽ mở các lớp hướng dẫn người dân sử dụng dịch "
                "vụ công trực tuyến và kỹ năng an toàn trên không gian mạng."
            ),
            _italic_right("(Nguồn: Báo Hà Tĩnh)"),
        ],
        source="Báo Hà Tĩnh",
        opts={"printed": "10/27/2026 4:05:22 PM"},
    ),
    Story(
        id=90,
        slug="nghi-hoc-mua-lu",
        title="Thông báo cho học sinh nghỉ học để đảm bảo an toàn trong mưa lũ",
        cat="3",
        published_at="2026-10-24T17:40:12+07:00",
        blocks=[
            P(
                "Theo dự báo của Đài Khí tượng Thủy văn Hà Tĩnh, từ đêm 24/10 đến ngày 26/10 "
                "trên địa bàn tỉnh có mưa to đến rất to."
            ),
            P(
                "Để đảm bảo an toàn, học sinh các trường mầm non, tiểu học và THCS trên địa bàn "
                "huyện nghỉ học ngày 25 và 26/10/2026."
            ),
            P(
                "Hiệu trưởng các trường phân công trực, bảo vệ tài sản và báo cáo thiệt hại "
                "(nếu có) về Phòng GD&ĐT."
            ),
            _italic_right("Theo Cổng TTĐT Sở GD&ĐT Hà Tĩnh"),
        ],
        source="Cổng TTĐT Sở GD&ĐT Hà Tĩnh",
        opts={"printed": "10/24/2026 5:40:12 PM"},
    ),
    Story(
        id=89,
        slug="thao-giang-cum-mam-non",
        title="Thao giảng cụm chuyên môn mầm non số 2",
        cat="2",
        published_at="2026-10-21T08:30:00+07:00",
        blocks=[
            P(
                "Ngày 20/10, Trường Mầm non Tùng Ảnh đăng cai tổ chức thao giảng cụm chuyên môn "
                "số 2 với sự tham gia của 6 trường."
            ),
            Img(
                "Upload/Images/2026/10/thaogiang_mn.jpg",
                "Tiết dạy làm quen với toán của cô giáo Phạm Thị Hoa",
                "Tiết dạy làm quen với toán của cô giáo Phạm Thị Hoa",
                style="p",
            ),
            P(
                "Các tiết dạy được chuẩn bị công phu, đồ dùng đồ chơi tự làm từ nguyên vật liệu "
                "sẵn có ở địa phương."
            ),
            _byline("Võ Thị Lan (Trường MN Tùng Ảnh)"),
        ],
        authors=["Võ Thị Lan"],
        opts={"printed": "10/21/2026 8:30:00 AM"},
    ),
    Story(
        id=87,
        slug="boi-duong-can-bo-quan-ly",
        title="Khai giảng lớp bồi dưỡng nghiệp vụ cho cán bộ quản lý trường học",
        cat="1",
        published_at="2026-10-12",
        summary=(
            "Phòng GD&ĐT phối hợp với Trường Đại học Hà Tĩnh khai giảng lớp bồi dưỡng nghiệp "
            "vụ quản lý cho 65 cán bộ quản lý."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học diễn ra trong 10 ngày, gồm các chuyên đề về quản trị nhà trường, quản "
                "lý tài chính và ứng dụng công nghệ thông tin trong quản lý."
            ),
            P(
                "Kết thúc khóa học, các học viên viết thu hoạch và được cấp chứng chỉ theo quy "
                "định của Bộ GD&ĐT."
            ),
        ],
        opts={"printed": "10/12/2026", "poster": "pgd_ductho"},
    ),
]

STORY_BY_ID = {s.id: s for s in STORIES}
#: Access autonumber order: ORDER BY ID DESC
NEWEST = sorted(STORIES, key=lambda s: -s.id)
FEATURED = (101, 100, 96)
HOME_NEW = [s.id for s in NEWEST[:6]]


def _cat_stories(cat: int) -> list[Story]:
    return [s for s in NEWEST if int(s.cat) == cat]


def _pages(cat: int) -> int:
    n = len(_cat_stories(cat))
    return max(1, (n + PAGE_SIZE - 1) // PAGE_SIZE)


def _listing_date(story: Story) -> str:
    """FormatDateTime(NgayDang, vbShortDate) on an en-US server."""
    return story.opts["printed"].split(" ")[0]


# --- non-articles --------------------------------------------------------------------------

PAGES = {
    1: (
        "Giới thiệu chung",
        [
            "Phòng Giáo dục và Đào tạo huyện Đức Thọ là cơ quan chuyên môn thuộc UBND huyện, "
            "tham mưu giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo.",
            "Toàn huyện có 24 trường mầm non, 25 trường tiểu học, 17 trường THCS với hơn "
            "21.000 học sinh và 1.600 cán bộ, giáo viên, nhân viên.",
        ],
    ),
    2: (
        "Cơ cấu tổ chức",
        [
            "Trưởng phòng: Nguyễn Văn Hùng.",
            "Phó Trưởng phòng: Trần Thị Thanh Bình, Lê Đức Anh.",
            "Các tổ chuyên môn: Tổ Mầm non, Tổ Tiểu học, Tổ THCS, Tổ Hành chính - Tổng hợp.",
        ],
    ),
    3: (
        "Liên hệ",
        [
            "Địa chỉ: Khối 6, Thị trấn Đức Thọ, huyện Đức Thọ, tỉnh Hà Tĩnh.",
            "Điện thoại: 0239.3831.225 - Fax: 0239.3831.226.",
            "Email: pgdductho@hatinh.edu.vn",
        ],
    ),
}

DOCS = {
    43: (
        "215/TB-PGDĐT",
        "11/30/2026",
        "Thông báo kiểm tra công tác bán trú tại các trường mầm non năm học 2026 - 2027",
        "Nguyễn Văn Hùng",
        "215-TB-PGDDT.pdf",
    ),
    42: (
        "198/KH-PGDĐT",
        "11/10/2026",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện năm học 2026 - 2027",
        "Trần Thị Thanh Bình",
        "198-KH-PGDDT.pdf",
    ),
    41: (
        "172/CV-PGDĐT",
        "10/19/2026",
        "Công văn hướng dẫn phòng chống thiên tai, mưa lũ trong các cơ sở giáo dục",
        "Nguyễn Văn Hùng",
        "172-CV-PGDDT.pdf",
    ),
}

# --- chrome ---------------------------------------------------------------------------------

_MENU = [
    ("default.asp", "Trang chủ", []),
    (
        "trang.asp?id=1",
        "Giới thiệu",
        [("trang.asp?id=1", "Giới thiệu chung"), ("trang.asp?id=2", "Cơ cấu tổ chức")],
    ),
    ("dstin.asp?cat=1", "Tin tức", [(f"dstin.asp?cat={c}", n) for c, n in CATS.items()]),
    ("vanban.asp?id=43", "Văn bản", [(f"vanban.asp?id={d}", DOCS[d][0]) for d in DOCS]),
    ("trang.asp?id=3", "Liên hệ", []),
]


def _menu() -> str:
    items = []
    for href, label, subs in _MENU:
        sub = ""
        if subs:
            sub = "<ul>" + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in subs) + "</ul>"
        items.append(f'<li><a href="{href}" class=menu1>{esc(label)}</a>{sub}</li>')
    return '<ul id="nav">' + "".join(items) + "</ul>"


def _marquee() -> str:
    links = " &nbsp;&nbsp;<img src=images/dot_do.gif>&nbsp; ".join(
        f'<a href="tintuc.asp?ID={i}&cat=1" class=tinchay>{esc(STORY_BY_ID[i].title)}</a>'
        for i in FEATURED
    )
    return (
        '<marquee scrollamount=2 onmouseover="this.stop()" onmouseout="this.start()">'
        f"<b>Tin nổi bật:</b> {links}</marquee>"
    )


def _box(title: str, inner: str) -> str:
    return (
        '<table width="100%" cellpadding=0 cellspacing=0 border=0 class=khung>'
        f'<tr><td background="images/bg_tieude.gif" height=26 class=tieudekhung>&nbsp;{esc(title)}'
        f'</td></tr><tr><td style="padding:4px">{inner}</td></tr></table><br>'
    )


def _left() -> str:
    cats = "".join(
        f'<img src="images/muiten.gif"> <a href="dstin.asp?cat={c}" class=menudoc>{esc(n)}</a><br>'
        for c, n in CATS.items()
    )
    docs = "".join(
        f'<img src="images/icon_vb.gif"> <a href="vanban.asp?id={d}">{esc(v[0])}</a>'
        f' <font color=gray size=1>({v[1]})</font><br>'
        for d, v in DOCS.items()
    )
    links = (
        '<select onchange="window.open(this.value)" style="width:180px">'
        "<option>-- Liên kết website --</option>"
        '<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://hatinh.edu.vn">Sở GD&amp;ĐT Hà Tĩnh</option>'
        '<option value="http://ductho.hatinh.gov.vn">UBND huyện Đức Thọ</option></select>'
    )
    counter = (
        "<font size=1>Đang online: 12<br>Hôm nay: 345<br>Tổng truy cập:</font><br>"
        + "".join(f'<img src="images/so/{d}.gif" border=0>' for d in "1234567")
    )
    return (
        _box("DANH MỤC", cats)
        + _box("VĂN BẢN MỚI", docs)
        + _box("LIÊN KẾT WEBSITE", links)
        + _box("THỐNG KÊ TRUY CẬP", counter)
    )


def _right() -> str:
    most = sorted(STORIES, key=lambda s: -s.views())[:5]
    read = "".join(
        f'<img src="images/dot.gif"> <a href="tintuc.asp?id={s.id}">{esc(s.title)}</a><br>'
        for s in most
    )
    poll = (
        '<form action="binhchon.asp" method="post" name="frmBinhChon">'
        "<b>Bạn đánh giá thế nào về website?</b><br>"
        '<input type=radio name=ykien value=1> Rất hữu ích<br>'
        '<input type=radio name=ykien value=2> Hữu ích<br>'
        '<input type=radio name=ykien value=3> Bình thường<br>'
        '<input type=submit value="Bình chọn"> '
        '<input type=button value="Kết quả" onclick="window.open(\'ketqua.asp\',\'kq\','
        "'width=400,height=300')\"></form>"
    )
    banners = (
        '<a href="http://www.moet.gov.vn" target=_blank><img src="images/qc/bo_gddt.gif" '
        'width=180 border=0></a><br><a href="http://hatinh.edu.vn" target=_blank>'
        '<img src="images/qc/so_gddt.gif" width=180 border=0></a>'
    )
    return _box("TIN ĐỌC NHIỀU", read) + _box("THĂM DÒ Ý KIẾN", poll) + _box("LIÊN KẾT", banners)


def _page(main: str, charset: str = "windows-1258") -> str:
    return f"""<html>
<head>
<title>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ĐỨC THỌ - HÀ TĨNH</title>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="keywords" content="giao duc, duc tho, ha tinh, pgd ductho">
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/menu.js"></script>
</head>
<body topmargin=0 leftmargin=0 bgcolor="#E8F0F8">
<table width=980 align=center cellpadding=0 cellspacing=0 border=0 bgcolor=white>
<tr><td colspan=3><img src="images/banner.jpg" width=980 height=150 alt="Phong GD&amp;DT Duc Tho"></td></tr>
<tr><td colspan=3 bgcolor="#0B5CA8" height=30>{_menu()}</td></tr>
<tr><td colspan=3 bgcolor="#FFF7D6" height=24><table width="100%"><tr>
<td width=170 class=ngayhomnay><font color="#B40000"><b>{HEADER_DATE}</b></font></td>
<td>{_marquee()}</td>
<td width=220><form action="timkiem.asp" method="get" style="margin:0">
<input type=text name=tukhoa size=16> <input type=submit value="Tìm"></form></td>
</tr></table></td></tr>
<tr>
<td width=200 valign=top style="padding:4px">{_left()}</td>
<td width=580 valign=top style="padding:4px">{main}</td>
<td width=200 valign=top style="padding:4px">{_right()}</td>
</tr>
<tr><td colspan=3 bgcolor="#0B5CA8" align=center style="color:white;padding:8px"><font size=1 color=white>
<b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC THỌ</b><br>
Địa chỉ: Khối 6, Thị trấn Đức Thọ, Hà Tĩnh - ĐT: 0239.3831.225 - Email: pgdductho@hatinh.edu.vn<br>
&copy; 2008 Bản quyền thuộc Phòng GD&amp;ĐT Đức Thọ. Thiết kế: Trung tâm Tin học Hà Tĩnh.
<a href="admin/login.asp"><font color=white>Quản trị</font></a></font></td></tr>
</table>
</body>
</html>"""


def _cp1258(page: str) -> Response:
    """Response.Charset unset: IIS says text/html, only the meta names the code page."""
    return html(cp1258_bytes(page), charset=None)


# --- article rendering ----------------------------------------------------------------------


def _img(block: Img) -> str:
    src = esc(block.src)
    if block.style == "table":
        cap = ""
        if block.printed:
            cap = (
                f"<tr><td align=center bgcolor=#F2F2F2><font size=1><i>{esc(block.printed)}"
                "</i></font></td></tr>"
            )
        return (
            "<table align=center width=420 border=0 cellpadding=3 cellspacing=0>"
            f'<tr><td align=center><img src="{src}" width=400 border=0 alt=""></td></tr>{cap}'
            "</table>"
        )
    cap = f"<br><i>{esc(block.printed)}</i>" if block.printed else ""
    return f'<p align=center><img src="{src}" width=400 border=0>{cap}</p>'


def _body(story: Story) -> str:
    out: list[str] = []
    if story.opts.get("sapo_dup") and story.summary:
        out.append(f'<p align="justify">{esc(story.summary)}</p>')
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(b))
        else:
            run = [b]
            if b.style in ("br", "li", "row"):
                while (
                    i + 1 < len(blocks)
                    and isinstance(blocks[i + 1], P)
                    and blocks[i + 1].style == b.style
                ):
                    i += 1
                    run.append(blocks[i])
            if b.style == "br":
                out.append("<p>" + "<br>\n".join(esc(p.text) for p in run) + "</p>")
            elif b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in run) + "</ul>")
            elif b.style == "row":
                rows = "".join(
                    "<tr>" + "".join(
                        f"<td style='border:1px solid #999'>{esc(c)}</td>"
                        for c in p.text.split(" | ")
                    ) + "</tr>"
                    for p in run
                )
                out.append(
                    "<table border=1 cellpadding=3 cellspacing=0 style='border-collapse:"
                    f"collapse' width='100%'>{rows}</table>"
                )
            elif b.style == "h":
                out.append(f"<p><b>{esc(b.text)}</b></p>")
            elif b.style == "quote":
                out.append(f"<p style='margin-left:30px'><i>{esc(b.text)}</i></p>")
            elif b.style == "div":
                out.append(f"<div>{esc(b.text)}</div>")
            elif b.style == "mso":
                out.append(
                    "<p class=MsoNormal style='text-align:justify;text-indent:.5in'><span "
                    "style='font-size:13.0pt;font-family:\"Times New Roman\"'>"
                    f"{esc(b.text)}<o:p></o:p></span></p>"
                )
            else:
                out.append(f'<p align="justify">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _others(story: Story) -> str:
    others = [s for s in _cat_stories(int(story.cat)) if s.id != story.id][:2]
    lines = "".join(
        f'<img src="images/muiten.gif" border=0> <a href="tintuc.asp?id={s.id}">{esc(s.title)}</a>'
        f' <font color=gray size=1>({_listing_date(s)})</font><br>\n'
        for s in others
    )
    return f"<b>Các tin khác:</b><br>\n{lines}"


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    items = "".join(
        f"<tr><td style='border-bottom:1px dotted #ccc'><b>{esc(name)}</b> "
        f"<font color=gray size=1>({when})</font><br>{esc(body)}</td></tr>"
        for name, when, body in comments
    )
    form = (
        f'<form action="guiykien.asp?id={story.id}" method="post">Họ tên: <input name=hoten>'
        ' Email: <input name=email><br><textarea name=noidung rows=3 cols=50></textarea><br>'
        '<input type=submit value="Gửi ý kiến"></form>'
    )
    return (
        f"<tr><td><br><font color='#B40000'><b>Ý KIẾN BẠN ĐỌC ({len(comments)})</b></font>"
        f"<table width='100%' cellpadding=3>{items}</table>{form}</td></tr>"
    )


def _article(story: Story, crumb_cat: int) -> str:
    info = [f"Ngày đăng: {story.opts['printed']}", f"Lượt xem: {story.views()}"]
    if story.opts.get("info_author"):
        info.append(f"Tác giả: {esc(story.opts['info_author'])}")
    if story.opts.get("edited"):
        info.append(f"Sửa lần cuối: {story.opts['edited']}")
    if story.opts.get("poster"):
        info.append(f"Người đưa tin: {story.opts['poster']}")
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<tr><td class=tomtat style="padding:6px 0"><b>{esc(story.summary)}</b></td></tr>'
    new = ' <img src="images/new.gif" border=0>' if story.id in HOME_NEW else ""
    return f"""<table width="100%" cellpadding=0 cellspacing=0 border=0>
<tr><td class=duongdan height=24><a href="default.asp">Trang chủ</a> &raquo;
<a href="dstin.asp?cat={crumb_cat}">{esc(CATS[crumb_cat])}</a></td></tr>
<tr><td>
<table width="100%" cellpadding=4 cellspacing=0 border=0 class=khungtin>
<tr><td class=tieudetin><font color="#B40000" size=3><b>{esc(story.title)}</b></font>{new}</td></tr>
<tr><td class=ngaydang><font color=gray size=1>{" &nbsp;|&nbsp; ".join(info)}</font></td></tr>
{sapo}
<tr><td class=noidungtin id=ndtin>
{_body(story)}
<div align=right><font size=1><a href="javascript:window.print()">In bài</a> |
<a href="javascript:guiban({story.id})">Gửi bạn bè</a> | <a href="#top">Về đầu trang</a></font></div>
<hr size=1 color="#CCCCCC">
{_others(story)}
</td></tr>
{_comments(story)}
</table>
</td></tr></table>"""


# --- listing and home ----------------------------------------------------------------------


def _listing(cat: int, page: int) -> str:
    stories = _cat_stories(cat)
    last = _pages(cat)
    chunk = stories[(page - 1) * PAGE_SIZE : page * PAGE_SIZE] if page >= 1 else []
    rows = []
    for s in chunk:
        teaser = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        rows.append(
            f'<tr><td width=110 valign=top><a href="tintuc.asp?id={s.id}"><img '
            f'src="Upload/Images/thumb/t{s.id}.jpg" width=100 height=75 border=0></a></td>'
            f'<td valign=top><a href="tintuc.asp?id={s.id}" class=tieude><b>{esc(s.title)}</b></a>'
            f' <font color=gray size=1>({_listing_date(s)})</font><br>'
            f'{esc(teaser[:120])}... <a href="tintuc.asp?id={s.id}"><i>Chi tiết</i></a></td></tr>'
        )
    if not rows:
        rows.append("<tr><td><i>Không có tin nào trong mục này.</i></td></tr>")
    pager = ""
    if 1 <= page <= last and last > 1:
        parts = []
        if page > 1:
            parts.append(f'<a href="dstin.asp?cat={cat}&page=1">Đầu</a>')
            parts.append(f'<a href="dstin.asp?cat={cat}&page={page - 1}">&laquo; Trước</a>')
        for p in range(1, last + 1):
            parts.append(
                f"<b>[{p}]</b>" if p == page else f'<a href="dstin.asp?cat={cat}&page={p}">{p}</a>'
            )
        if page < last:
            parts.append(f'<a href="dstin.asp?cat={cat}&page={page + 1}">Sau &raquo;</a>')
            parts.append(f'<a href="dstin.asp?cat={cat}&page={last}">Cuối</a>')
        pager = f"<tr><td colspan=2 align=center>Trang {page}/{last}: {' '.join(parts)}</td></tr>"
    return (
        '<table width="100%" cellpadding=0 cellspacing=0><tr><td class=duongdan>'
        f'<a href="default.asp">Trang chủ</a> &raquo; {esc(CATS[cat])}</td></tr></table>'
        f'<table width="100%" cellpadding=4 cellspacing=0 border=0><tr><td colspan=2 '
        f'background="images/bg_tieude.gif" class=tieudekhung>{esc(CATS[cat]).upper()}</td></tr>'
        f"{''.join(rows)}{pager}</table>"
    )


def _home() -> str:
    lead = NEWEST[0]
    lead_html = (
        '<table width="100%" cellpadding=4><tr><td width=210 valign=top>'
        f'<a href="tintuc.asp?id={lead.id}"><img src="Upload/Images/thumb/t{lead.id}.jpg" '
        'width=200 border=0></a></td><td valign=top>'
        f'<a href="tintuc.asp?id={lead.id}"><font size=3 color="#B40000"><b>{esc(lead.title)}'
        f"</b></font></a><br>{esc(lead.summary or '')}</td></tr></table>"
    )
    new = "".join(
        f'<img src="images/muiten.gif"> <a href="tintuc.asp?ID={i}&cat={STORY_BY_ID[i].cat}">'
        f"{esc(STORY_BY_ID[i].title)}</a> <font color=gray size=1>"
        f"({_listing_date(STORY_BY_ID[i])})</font><br>"
        for i in HOME_NEW
    )
    boxes = ""
    for c, n in CATS.items():
        items = "".join(
            f'<img src="images/dot.gif"> <a href="tintuc.asp?id={s.id}">{esc(s.title)}</a><br>'
            for s in _cat_stories(c)[:2]
        )
        boxes += _box(n.upper(), items + f'<div align=right><a href="dstin.asp?cat={c}">Xem tiếp'
                      " &raquo;</a></div>")
    return lead_html + _box("TIN MỚI CẬP NHẬT", new) + boxes


def _trang(pid: int) -> str:
    title, paras = PAGES[pid]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    return (
        f'<table width="100%"><tr><td class=duongdan><a href="default.asp">Trang chủ</a> &raquo; '
        f"{esc(title)}</td></tr><tr><td class=tieudetin><b>{esc(title).upper()}</b></td></tr>"
        f"<tr><td>{body}</td></tr></table>"
    )


def _vanban(did: int) -> str:
    so, ngay, trich, ky, fname = DOCS[did]
    rows = [
        ("Số/Ký hiệu", esc(so)),
        ("Ngày ban hành", ngay),
        ("Trích yếu", esc(trich)),
        ("Người ký", esc(ky)),
        ("Tải về", f'<a href="Upload/VanBan/{fname}"><img src="images/pdf.gif"> {fname}</a>'),
    ]
    trs = "".join(f"<tr><td width=130 bgcolor=#EEF3FA><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    return (
        '<table width="100%"><tr><td class=duongdan><a href="default.asp">Trang chủ</a> &raquo; '
        f"Văn bản</td></tr></table><table width='100%' border=1 cellpadding=4 cellspacing=0 "
        f"style='border-collapse:collapse'>{trs}</table>"
    )


# --- the site -----------------------------------------------------------------------------


def _int(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        if path in ("/", "/default.asp"):
            return _cp1258(_page(_home()))
        if path == "/tintuc.asp":
            story = STORY_BY_ID.get(_int(params.get("id")) or 0)
            if story is None:
                return None
            crumb = _int(params.get("cat"))
            if crumb not in CATS:
                crumb = int(story.cat)
            return _cp1258(_page(_article(story, crumb)))
        if path == "/dstin.asp":
            cat = _int(params.get("cat"))
            if cat not in CATS:
                return None
            page = _int(params.get("page")) if "page" in params else 1
            return _cp1258(_page(_listing(cat, page or 0)))
        if path == "/trang.asp":
            pid = _int(params.get("id"))
            if pid not in PAGES:
                return None
            return html(_page(_trang(pid), charset="utf-8"))
        if path == "/vanban.asp":
            did = _int(params.get("id"))
            if did not in DOCS:
                return None
            return _cp1258(_page(_vanban(did)))
        if path == "/timkiem.asp":
            kw = esc(params.get("tukhoa", ""))
            return _cp1258(_page(f"<b>Kết quả tìm kiếm: {kw}</b><br><i>Không tìm thấy tin nào.</i>"))
        if path == "/binhchon.asp" and request.method == "POST":
            return _cp1258(_page("<b>Cảm ơn bạn đã tham gia bình chọn!</b>"))
        if path == "/guiykien.asp" and request.method == "POST":
            return _cp1258(_page("<b>Ý kiến của bạn đã được gửi và đang chờ duyệt.</b>"))
        if path.startswith("/upload/vanban/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        return static_file(path)


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts: list[str] = []
    if story.id in HOME_NEW:
        alts.append(f"/tintuc.asp?ID={story.id}&cat={story.cat}")
    if story.id in FEATURED:
        alts.append(f"/tintuc.asp?ID={story.id}&cat=1")
    return list(dict.fromkeys(alts))


GOLD = [
    gold_record(
        s,
        f"/tintuc.asp?id={s.id}",
        CATS[int(s.cat)],
        alt_paths=_alt_paths(s),
    )
    for s in NEWEST
]

NON_ARTICLES = [
    "/trang.asp?id=1",
    "/trang.asp?id=2",
    "/trang.asp?id=3",
    "/vanban.asp?id=43",
    "/vanban.asp?id=42",
    "/vanban.asp?id=41",
]
