"""Trường THCS Nguyễn Du, TP. Buôn Ma Thuột, Đắk Lắk: a home-made classic ASP site (IIS 6, 2008).

Platform
--------
A classic ASP (VBScript) site written in 2008 by a provincial computing centre, never rebuilt:
Access/SQL Server behind ``Response.Write rs("NoiDung")``, a 980 px table layout boxed in spacer
and corner GIFs, a Dreamweaver drop-down menu (``MM_showHideLayers``), a ``<marquee>`` of new
items, a hit counter. Pages are windows-1258 bytes with the tone marks stored as combining
characters (``cp1258_bytes``); the 2008 script sends no charset in the HTTP header and relies on
its ``<meta>``; the older module (``news_detail.asp``, a FrontPage page) carries FrontPage's
``windows-1252`` meta and was "fixed" with ``Response.Charset = "windows-1258"`` in the header.
IIS is case-insensitive in paths and ``Request.QueryString`` in parameter names.

URL scheme
----------
- ``/``: a 2008 Flash intro (``intro/intro_nguyendu.swf``) with a meta refresh and a
  "Bỏ qua giới thiệu" link to ``/default.asp`` (the real home).
- ``/default.asp``: home: "Tin nổi bật" (one hand-typed link), "Tin mới" (five newest), one box per
  category with its two newest, marquee of two items, sidebars.
- ``/tintuc.asp?cat=<n>&page=<n>``: category listing, 3 items a page, "Trang: [1] 2 »" pager.
  cat 1 "Tin tức - Sự kiện" (6 items, 2 pages), cat 2 "Hoạt động chuyên môn" (4, 2 pages),
  cat 3 "Công tác Đội - Ngoại khóa" (2, old module links), cat 4 "Thông báo" (1).
- ``/chitiet.asp?id=<n>&cat=<n>``: article (new template); ``cat`` only picks the breadcrumb.
- ``/news_detail.asp?NewsID=<n>``: the 2008 article script, still used by the cat 3 listing and by
  the "Tin xem nhiều" sidebar; it serves every article of the same table.
- ``/inbai.asp?id=<n>``: print view, opened by ``window.open`` from the "Bản in" tool.
- Non-articles: ``/gioithieu.asp``, ``/doingu.asp``, ``/lienhe.asp``, ``/vanban.asp`` (list) and
  ``/vanban.asp?id=<n>`` (document entries), ``/album.asp?id=4`` (photo album);
  ``/timkiem.asp`` (search) and ``/binhchon.asp`` (poll POST) answer with small pages.

How each gold article is reached
--------------------------------
- cat 1 page 1 (231, 229, 226): listing page 1; 231 and 229 also from the home boxes.
- cat 1 page 2 only (219, 215, 212): ``/tintuc.asp?cat=1&page=2``.
- cat 2 page 1 (230, 227, 222): listing page 1; 230, 227 from the home too.
- cat 2 page 2 only (217): ``/tintuc.asp?cat=2&page=2``.
- cat 3 (224, 220): ``/tintuc.asp?cat=3`` links ``news_detail.asp?NewsID=``; the home's "Tin mới"
  and category box link them as ``chitiet.asp?id=<n>&cat=3`` (alt paths).
- "Các tin khác" under an article lists the other items of its category's first page only, so the
  page-2 articles stay reachable only through page 2.
- cat 4 (228): ``/tintuc.asp?cat=4`` and the home.

Traps
-----
1. Flash splash at ``/`` (meta refresh + one skip link): the real home is one hop away; the
   splash is no article and not in NON_ARTICLES (it has no content).
2. Encoding: windows-1258 bytes with combining tone marks, no charset in the header of the new
   template (meta says windows-1258); the old module's meta says ``windows-1252`` while its header
   says ``windows-1258`` (the header wins). Gold text is NFC Unicode.
3. TCVN3 leftovers (article 219): four of its six paragraphs were pasted from a .VnTime Word file
   and sit as TCVN3 bytes in ``<font face=".VnTime">`` inside the windows-1258 page, capitals with a
   tone typed in ``.VnTimeH``. Gold: the Vietnamese text those fonts show, in order with the rest.
4. VBScript dates of an en-US server in the old module: ``Ngày đăng: 11/24/2026 3:05:00 PM`` is
   24 Nov 2026 15:05 (M/D/YYYY, as the listing's "(24/11/2026)" and every other date of the site
   confirm); a midnight date prints without time (``11/5/2026`` = 2026-11-05, not 11 May). The new
   template prints ``24/11/2026 15:05`` and ``27/11/2026 00:00`` (midnight -> the day alone).
5. No headline element: every page's ``<title>`` is the site's name only, there is no ``<h1>``,
   no og:title; the headline is a ``<td class="tde_ct">`` (old module: ``<p class="TieuDe">``),
   under an upper-case bold category banner ("TIN TỨC - SỰ KIỆN") that comes first in the cell.
   Gold title: the headline text.
6. Listing and box titles are cut by VBScript ``Left(title, 50) & "..."`` (mid-word): the anchor
   text is never the title.
7. Breadcrumb echoes the ``cat`` parameter, not the record: the hand-typed home link
   ``ChiTiet.asp?ID=231&Cat=0`` shows "Tin nổi bật", the marquee's ``chitiet.asp?id=230`` (no cat)
   shows "Tin tức". Gold category: the section the article is filed under (its listing, the
   canonical URL's breadcrumb, the old module's breadcrumb from the record).
8. Duplicate URLs: IIS case-insensitivity (``ChiTiet.asp?ID=…&Cat=…``), missing/foreign ``cat``,
   the old ``news_detail.asp?NewsID=`` (sidebar "Tin xem nhiều") and the ``window.open`` print view
   ``inbai.asp``: all in ``alt_paths``; canonical = the URL of the category listing.
9. 2008 SQL-injection debris inside stored texts: a ``<div style="display:none">`` of spam links
   (217), an off-screen ``position:absolute;left:-2500px`` block (212) and an injected
   ``<script src=…>`` (215, 217). Not body.
10. Bylines at the end with honorifics and posts: "Thầy Lê Quang Vinh - GV Thể dục" ->
    "Lê Quang Vinh"; "Cô Nguyễn Thị Hồng Nhung (GV GDCD)" -> "Nguyễn Thị Hồng Nhung"; a unit alone
    ("Tổ Ngữ văn", "Tổ Văn phòng") is the author; "BBT" and the grey line's "Người đăng: quantri"
    are nobody; "Người viết: Hoàng Minh Đức, lớp 8A3" -> "Hoàng Minh Đức".
11. Captions: a caption ending in "(Ảnh: Đinh Văn Quý)" -> the caption without the credit and the
    photographer; a line "Ảnh: Trần Thị Thu Hà" alone -> caption None + photographer; an image with
    only an ``alt`` -> caption None. Spacer GIFs (``images/spacer.gif``) and bullets inside the text
    cell are not images. The old editor stored ``../upload/...`` (relative to /admin/): the gold
    path is ``/upload/...``.
12. Tools inside the text cell: "[In trang] [Bản in] [Gửi email] [Về đầu trang]" and the "Lượt
    xem" counter sit in the same ``<td id="noidung">`` as the text, after the byline; "Các tin
    khác" follows in the next table. Not body.
13. Pager: page 1 is both ``tintuc.asp?cat=1`` and ``…&page=1``; the last page still prints "»"
    to an empty page N+1 ("Không có tin nào…"), which has no "»" (bounded).
14. Official notice (228): letterhead table, "THÔNG BÁO / Về việc…", "Nơi nhận" and signer:
    date = letterhead day 2026-11-25 (the grey line's "26/11/2026 07:45" is the posting), author =
    the signer "Phạm Thị Ngọc Lan".

Gold decisions on ambiguous points
----------------------------------
- Sapo: the new template's bold-italic "tóm tắt" cell above the text is the summary and the body's
  first paragraph (231, 227, 226); 222's bold first paragraph inside the text is its sapo. The
  old module prints the same "tóm tắt" in italics: same article.
- A caption with a trailing photo credit: caption = text before "(Ảnh: …)", photographer = X.
- "Theo Báo Đắk Lắk điện tử" closing line under the byline -> source "Báo Đắk Lắk điện tử".
- Table rows of results/schedules are paragraphs, cells joined by " | " (header row included).
- "Sửa lần cuối" in the grey line is an update date, never published_at.
- Articles of cats 1, 2, 4 are canonical at ``chitiet.asp?id=N&cat=C`` (the listing's link);
  cat 3's at ``news_detail.asp?NewsID=N`` (its listing's link).
"""

from __future__ import annotations

import re
import unicodedata

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
    tcvn3_text,
    text,
    to_tcvn3,
)

NAME = "classic_asp_win1258_thcs"
PLATFORM = "Classic ASP (VBScript, IIS 6) home-made site, windows-1258, 2008"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE_TITLE = "..:: TRƯỜNG THCS NGUYỄN DU - TP. BUÔN MA THUỘT ::.."
PAGE_SIZE = 3

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Hoạt động chuyên môn",
    3: "Công tác Đội - Ngoại khóa",
    4: "Thông báo",
}
#: the breadcrumb the script prints for a ``cat`` it has no record of
ECHO_CATS = {0: "Tin nổi bật", None: "Tin tức"}


def _byline(name: str, tag: str = "b") -> Raw:
    return Raw(f'<p align="right"><{tag}>{esc(name)}</{tag}></p>')


# --- the stories ------------------------------------------------------------------------------

S231 = Story(
    id=231,
    slug="hkpd",
    title="Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
    cat="Tin tức - Sự kiện",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Trong hai ngày 28 và 29/11/2026, Trường THCS Nguyễn Du tổ chức Hội khỏe Phù Đổng cấp "
        "trường với sự tham gia của hơn 600 vận động viên đến từ 32 lớp."
    ),
    sapo_outside=True,
    authors=["Lê Quang Vinh"],
    blocks=[
        P(
            "Hội khỏe Phù Đổng là hoạt động thường niên nhằm đẩy mạnh phong trào rèn luyện thân thể "
            "theo gương Bác Hồ vĩ đại, đồng thời phát hiện, tuyển chọn những học sinh có năng khiếu để "
            "bồi dưỡng tham gia Hội khỏe Phù Đổng cấp phường và cấp tỉnh."
        ),
        P(
            "Năm nay, Hội khỏe gồm 6 môn thi đấu: điền kinh, bóng đá mini nam, bóng chuyền nữ, cầu "
            "lông, đá cầu và kéo co. Các trận đấu diễn ra tại sân trường và nhà đa năng dưới sự điều "
            "hành của tổ Thể dục cùng các thầy cô giáo chủ nhiệm."
        ),
        Img(
            "upload/tintuc/2026/12/hkpd_khaimac.jpg",
            "Thầy Nguyễn Văn Hải, Hiệu trưởng nhà trường phát biểu khai mạc Hội khỏe",
            "Thầy Nguyễn Văn Hải, Hiệu trưởng nhà trường phát biểu khai mạc Hội khỏe",
            "tbl",
        ),
        P(
            "Phát biểu khai mạc, thầy Nguyễn Văn Hải, Hiệu trưởng nhà trường nhấn mạnh: mỗi học sinh "
            "cần xem việc tập luyện thể dục thể thao là nhu cầu hằng ngày, thi đấu trung thực, đoàn "
            "kết và học hỏi lẫn nhau."
        ),
        P(
            "Dù thời tiết Buôn Ma Thuột những ngày cuối tháng 11 khá hanh khô, nắng gió, các vận động "
            "viên vẫn thi đấu hết mình. Nhiều trận kéo co giữa các lớp khối 9 diễn ra nghẹt thở trong "
            "tiếng cổ vũ vang dội của các cổ động viên."
        ),
        Img(
            "upload/tintuc/2026/12/hkpd_keoco.jpg",
            "Trận chung kết kéo co giữa lớp 9A1 và lớp 9A4",
            "Trận chung kết kéo co giữa lớp 9A1 và lớp 9A4",
            "tbl",
        ),
        P(
            "Kết thúc Hội khỏe, Ban tổ chức đã trao 24 huy chương vàng, 24 huy chương bạc và 36 huy "
            "chương đồng cho các cá nhân, đồng đội. Giải nhất toàn đoàn thuộc về khối 9, giải nhì "
            "thuộc về khối 8."
        ),
        P(
            "Nhà trường sẽ chọn 35 học sinh xuất sắc để thành lập đội tuyển, tập luyện chuẩn bị tham "
            "gia Hội khỏe Phù Đổng cấp phường dự kiến tổ chức vào tháng 01/2027."
        ),
        _byline("Thầy Lê Quang Vinh - GV Thể dục"),
    ],
    opts={"dt": (2026, 12, 3, 14, 30, 0), "cat": 1, "views": 1342},
)

S230 = Story(
    id=230,
    slug="gvdg",
    title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027 thành công tốt đẹp",
    cat="Hoạt động chuyên môn",
    published_at="2026-12-01T16:05:00+07:00",
    authors=["Nguyễn Thị Minh Nguyệt"],
    photographers=["Đinh Văn Quý"],
    blocks=[
        P(
            "Thực hiện kế hoạch năm học 2026 - 2027, từ ngày 09/11 đến ngày 27/11/2026, Trường THCS "
            "Nguyễn Du đã tổ chức Hội thi giáo viên dạy giỏi cấp trường."
        ),
        P(
            "Hội thi có 21 giáo viên tham gia thuộc 5 tổ chuyên môn. Mỗi giáo viên thực hiện hai tiết "
            "dạy thực hành trên lớp và trình bày biện pháp nâng cao chất lượng giảng dạy bộ môn trước "
            "Ban giám khảo."
        ),
        Img(
            "upload/tintuc/2026/12/gvdg_thuy.jpg",
            "Cô Hồ Thị Thanh Thủy trong tiết dạy Ngữ văn tại lớp 8A2 (Ảnh: Đinh Văn Quý)",
            "Cô Hồ Thị Thanh Thủy trong tiết dạy Ngữ văn tại lớp 8A2",
            "tbl",
        ),
        P(
            "Các tiết dạy được chuẩn bị công phu, bám sát Chương trình giáo dục phổ thông 2018, chú "
            "trọng phát triển phẩm chất và năng lực học sinh. Nhiều giáo viên đã ứng dụng hiệu quả công "
            "nghệ thông tin, học liệu số và các kỹ thuật dạy học tích cực như khăn trải bàn, mảnh ghép, "
            "trạm học tập."
        ),
        P(
            "Kết quả, Ban giám khảo công nhận 17 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
            "trường, trong đó có 4 giáo viên xếp loại xuất sắc:"
        ),
        P("STT | Họ và tên | Môn dạy | Xếp loại", "tr"),
        P("1 | Hồ Thị Thanh Thủy | Ngữ văn | Xuất sắc", "tr"),
        P("2 | Phan Văn Tùng | Toán | Xuất sắc", "tr"),
        P("3 | H'Nhi Êban | Tiếng Anh | Xuất sắc", "tr"),
        P("4 | Trần Thị Thu Hà | Khoa học tự nhiên | Xuất sắc", "tr"),
        P(
            "Hội thi là dịp để đội ngũ giáo viên trao đổi, học tập kinh nghiệm lẫn nhau, đồng thời là "
            "cơ sở để nhà trường lựa chọn giáo viên tham gia Hội thi giáo viên dạy giỏi cấp tỉnh trong "
            "thời gian tới."
        ),
        Raw(
            '<div align="right"><b><i>Nguyễn Thị Minh Nguyệt - Phó Hiệu trưởng</i></b></div>'
        ),
    ],
    opts={"dt": (2026, 12, 1, 16, 5, 0), "cat": 2, "views": 1187},
)

S229 = Story(
    id=229,
    slug="phocap",
    title="Đoàn kiểm tra của Sở GD&ĐT làm việc về công tác phổ cập giáo dục THCS năm 2026",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-27",
    blocks=[
        P(
            "Sáng ngày 26/11/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo tỉnh Đắk Lắk do bà Nguyễn "
            "Thị Thanh Bình, Phó Trưởng phòng Giáo dục Trung học làm trưởng đoàn đã đến kiểm tra công "
            "tác phổ cập giáo dục THCS tại Trường THCS Nguyễn Du."
        ),
        P(
            "Đoàn đã kiểm tra hồ sơ phổ cập, sổ theo dõi học sinh chuyển đi, chuyển đến, danh sách học "
            "sinh tốt nghiệp THCS các năm và công tác điều tra, cập nhật dữ liệu trên hệ thống thông tin "
            "điện tử quản lý phổ cập giáo dục, xóa mù chữ."
        ),
        P(
            "Báo cáo với đoàn, thầy Nguyễn Văn Hải, Hiệu trưởng nhà trường cho biết năm 2026 tỷ lệ "
            "thanh thiếu niên từ 15 đến 18 tuổi trên địa bàn tốt nghiệp THCS đạt 97,8%, tỷ lệ học sinh "
            "bỏ học giảm còn 0,12%."
        ),
        P(
            "Kết luận buổi kiểm tra, đoàn đánh giá cao sự chủ động của nhà trường trong việc phối hợp "
            "với UBND phường và các tổ dân phố, đồng thời đề nghị nhà trường tiếp tục rà soát, vận động "
            "học sinh có nguy cơ bỏ học trở lại lớp, hoàn thiện hồ sơ trước ngày 15/12/2026."
        ),
        _byline("BBT"),
    ],
    opts={"dt": (2026, 11, 27, 0, 0, 0), "cat": 1, "views": 604},
)

_LETTERHEAD = Raw(
    '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
    '<td width="42%" align="center" valign="top"><font size="2">UBND PHƯỜNG BUÔN MA THUỘT<br>'
    "<b>TRƯỜNG THCS NGUYỄN DU</b></font><br><font size=\"1\">--------</font><br>"
    '<font size="2">Số: 87/TB-THCSND</font></td>'
    '<td align="center" valign="top"><font size="2"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>'
    "<b><u>Độc lập - Tự do - Hạnh phúc</u></b></font><br><br>"
    "<i>Buôn Ma Thuột, ngày 25 tháng 11 năm 2026</i></td></tr></table>"
    '<p align="center"><b>THÔNG BÁO</b><br><b>Về việc tổ chức kiểm tra cuối học kỳ I năm học '
    "2026 - 2027</b></p>"
)
_SIGNATURE = Raw(
    '<table width="100%" border="0"><tr><td width="50%" valign="top"><font size="1"><b><i>Nơi '
    "nhận:</i></b><br>- Các tổ chuyên môn;<br>- GVCN các lớp;<br>- Website trường;<br>- Lưu: VT."
    '</font></td><td align="center" valign="top"><b>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</b><br><br>'
    "<i>(Đã ký)</i><br><br><b>Phạm Thị Ngọc Lan</b></td></tr></table>"
)

S228 = Story(
    id=228,
    slug="thongbao-kthk1",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
    cat="Thông báo",
    published_at="2026-11-25",
    authors=["Phạm Thị Ngọc Lan"],
    blocks=[
        _LETTERHEAD,
        P(
            "Căn cứ Kế hoạch số 12/KH-THCSND ngày 05/9/2026 của Trường THCS Nguyễn Du về thực hiện "
            "nhiệm vụ năm học 2026 - 2027;"
        ),
        P(
            "Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ Giáo dục và Đào tạo quy định "
            "về đánh giá học sinh trung học cơ sở và học sinh trung học phổ thông;"
        ),
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 như sau:"),
        P("1. Thời gian kiểm tra", "h"),
        P("Ngày | Buổi sáng (khối 8, 9) | Buổi chiều (khối 6, 7)", "tr"),
        P("21/12/2026 | Ngữ văn | Toán", "tr"),
        P("22/12/2026 | Toán | Ngữ văn", "tr"),
        P("23/12/2026 | Tiếng Anh, Khoa học tự nhiên | Tiếng Anh, Lịch sử và Địa lí", "tr"),
        P("2. Tổ chức thực hiện", "h"),
        P(
            "Các tổ chuyên môn nộp đề kiểm tra và đáp án về Phó Hiệu trưởng phụ trách chuyên môn trước "
            "ngày 12/12/2026. Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học "
            "sinh."
        ),
        P("Đề nghị các bộ phận, cá nhân liên quan nghiêm túc thực hiện./."),
        _SIGNATURE,
    ],
    opts={"dt": (2026, 11, 26, 7, 45, 0), "cat": 4, "views": 2210},
)

S227 = Story(
    id=227,
    slug="stem-khtn",
    title="Chuyên đề dạy học STEM môn Khoa học tự nhiên: Chế tạo bình lọc nước đơn giản",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-23T09:20:00+07:00",
    summary=(
        "Ngày 20/11/2026, tổ Khoa học tự nhiên tổ chức chuyên đề dạy học theo định hướng giáo dục "
        "STEM với bài học “Chế tạo bình lọc nước đơn giản” tại lớp 7A3."
    ),
    sapo_outside=True,
    authors=["Trần Thị Thu Hà"],
    photographers=["Trần Thị Thu Hà"],
    blocks=[
        P(
            "Buổi chuyên đề có sự tham dự của Ban giám hiệu, giáo viên tổ Khoa học tự nhiên và đại "
            "diện giáo viên các trường THCS Phan Chu Trinh, THCS Trần Hưng Đạo trong cụm chuyên môn."
        ),
        P(
            "Bài học được thiết kế theo quy trình kỹ thuật gồm 5 bước: xác định vấn đề, nghiên cứu kiến "
            "thức nền, đề xuất giải pháp, chế tạo mẫu và chia sẻ, thảo luận, điều chỉnh. Học sinh được "
            "chia thành 6 nhóm, sử dụng các vật liệu dễ tìm như chai nhựa, cát, sỏi, than hoạt tính và "
            "bông gòn."
        ),
        Img("upload/tintuc/2026/11/stem_nhom.jpg", None, None, "bare|Hoạt động nhóm lớp 7A3"),
        P(
            "Từ mẫu nước đục lấy ở ao gần trường, các nhóm lần lượt thử nghiệm sản phẩm của mình. Nhóm "
            "4 có sản phẩm lọc nước trong nhất đã giải thích cách sắp xếp các lớp vật liệu theo thứ tự "
            "kích thước hạt từ lớn đến nhỏ."
        ),
        Img("upload/tintuc/2026/11/stem_sanpham.jpg", "Ảnh: Trần Thị Thu Hà", None, "p"),
        P(
            "Trong phần góp ý, các thầy cô thống nhất rằng dạy học STEM giúp học sinh vận dụng kiến "
            "thức liên môn vào giải quyết vấn đề thực tiễn, rèn kỹ năng hợp tác và tư duy phản biện. "
            "Tuy nhiên, cần phân bổ thời gian hợp lý để học sinh có đủ thời gian thử nghiệm và cải tiến "
            "sản phẩm."
        ),
        P(
            "Dự kiến trong học kỳ II, tổ Khoa học tự nhiên sẽ tiếp tục triển khai chuyên đề STEM với "
            "chủ đề “Thiết kế mạch điện cảnh báo” dành cho học sinh khối 9."
        ),
        _byline("Cô Trần Thị Thu Hà - Tổ trưởng tổ KHTN"),
    ],
    opts={"dt": (2026, 11, 23, 9, 20, 0), "cat": 2, "views": 833, "ent": 1},
)

S226 = Story(
    id=226,
    slug="2011",
    title="Long trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-20T10:15:00+07:00",
    summary=(
        "Sáng 20/11/2026, Trường THCS Nguyễn Du long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam và tổng kết đợt thi đua “Dạy tốt - Học tốt” chào mừng ngày 20/11."
    ),
    sapo_outside=True,
    authors=["Đinh Văn Quý"],
    photographers=["Đinh Văn Quý"],
    blocks=[
        P(
            "Đến dự buổi lễ có đại diện lãnh đạo UBND phường Buôn Ma Thuột, Ban đại diện cha mẹ học "
            "sinh, các thầy cô giáo nguyên là cán bộ, giáo viên của trường qua các thời kỳ cùng toàn thể "
            "giáo viên, nhân viên và học sinh nhà trường."
        ),
        P(
            "Mở đầu chương trình là các tiết mục văn nghệ đặc sắc do học sinh các lớp biểu diễn, với "
            "những ca khúc quen thuộc về thầy cô và mái trường như “Bụi phấn”, “Người thầy”, “Mái "
            "trường mến yêu”."
        ),
        Img(
            "upload/tintuc/2026/11/2011_muabuiphan.jpg",
            "Tiết mục múa “Bụi phấn” của học sinh lớp 8A1",
            "Tiết mục múa “Bụi phấn” của học sinh lớp 8A1",
            "p",
        ),
        P(
            "Ôn lại truyền thống, cô Phạm Thị Ngọc Lan, Phó Hiệu trưởng nhà trường cho biết: trải qua "
            "hơn 40 năm xây dựng và phát triển, nhà trường đã có nhiều thế hệ học sinh trưởng thành, "
            "nhiều em hiện là cán bộ, kỹ sư, bác sĩ, giáo viên đang công tác trên khắp mọi miền đất "
            "nước."
        ),
        P(
            "Năm học 2025 - 2026, nhà trường có 62 học sinh đạt giải học sinh giỏi cấp tỉnh, tỷ lệ học "
            "sinh lớp 9 trúng tuyển vào lớp 10 công lập đạt 86%. Tập thể nhà trường vinh dự được Chủ "
            "tịch UBND tỉnh tặng Bằng khen."
        ),
        P(
            "“Mỗi thầy cô giáo hãy luôn là tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh "
            "noi theo”, thầy Nguyễn Văn Hải, Hiệu trưởng nhà trường chia sẻ tại buổi lễ.",
            "q",
        ),
        Img(
            "upload/tintuc/2026/11/2011_khenthuong.jpg",
            "Ban giám hiệu trao giấy khen cho các tập thể, cá nhân đạt thành tích trong đợt thi đua",
            "Ban giám hiệu trao giấy khen cho các tập thể, cá nhân đạt thành tích trong đợt thi đua",
            "p",
        ),
        P(
            "Dịp này, nhà trường đã khen thưởng 12 tập thể lớp và 45 giáo viên có thành tích xuất sắc "
            "trong đợt thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11."
        ),
        P(
            "Buổi lễ khép lại trong không khí ấm áp, xúc động với những bó hoa tươi thắm và lời tri ân "
            "chân thành mà các em học sinh gửi tới thầy cô giáo."
        ),
        Raw('<p align="right"><b>Tin, ảnh: Đinh Văn Quý</b></p>'),
    ],
    opts={
        "dt": (2026, 11, 20, 10, 15, 0),
        "cat": 1,
        "views": 1876,
        "ent": 2,
        "edited": "22/11/2026 08:02",
    },
)

S224 = Story(
    id=224,
    slug="kehoachnho",
    title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn năm học 2026 - 2027",
    cat="Công tác Đội - Ngoại khóa",
    published_at="2026-11-24T15:05:00+07:00",
    authors=["Y Khoa Niê"],
    blocks=[
        P(
            "Nhằm giáo dục học sinh ý thức tiết kiệm, bảo vệ môi trường và góp phần xây dựng quỹ Đội, "
            "chiều ngày 23/11/2026, Liên đội Trường THCS Nguyễn Du đã phát động phong trào “Kế hoạch "
            "nhỏ” thu gom giấy vụn, vỏ lon và chai nhựa đã qua sử dụng."
        ),
        P(
            "Theo kế hoạch, mỗi đội viên thu gom tối thiểu 3 kg giấy vụn hoặc tương đương. Các chi đội "
            "tập kết sản phẩm tại khu vực nhà xe giáo viên vào sáng thứ Hai hằng tuần, Ban chỉ huy Liên "
            "đội cân và ghi nhận kết quả thi đua."
        ),
        Img(
            "../upload/doi/2026/khn_taphop.jpg",
            "Đội viên các chi đội mang giấy vụn đến điểm tập kết",
            "Đội viên các chi đội mang giấy vụn đến điểm tập kết",
            "div",
        ),
        P(
            "Số tiền thu được sẽ được dùng để mua sách vở, áo ấm tặng học sinh có hoàn cảnh khó khăn của "
            "trường và học sinh Trường Tiểu học Ea Tu nhân dịp Tết Nguyên đán Đinh Mùi 2027."
        ),
        P(
            "Ngay trong tuần đầu tiên, toàn Liên đội đã thu gom được hơn 1,2 tấn giấy vụn. Chi đội 7A5 "
            "và chi đội 9A2 là hai chi đội dẫn đầu với số lượng trên 80 kg mỗi chi đội."
        ),
        P(
            "Phong trào sẽ kéo dài đến hết ngày 31/12/2026, kết quả được tính vào thi đua học kỳ I của "
            "các chi đội."
        ),
        Raw('<div align="right"><b>Thầy Y Khoa Niê - TPT Đội</b></div>'),
    ],
    opts={"dt": (2026, 11, 24, 15, 5, 0), "cat": 3, "views": 517, "form": "br", "old": True},
)

S222 = Story(
    id=222,
    slug="ncbh-nguvan",
    title="Tổ Ngữ văn sinh hoạt chuyên môn theo nghiên cứu bài học",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-06T15:40:00+07:00",
    summary=(
        "Chiều 04/11/2026, tổ Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài "
        "học với tiết dạy minh họa văn bản “Chuyện người con gái Nam Xương” tại lớp 9A4."
    ),
    authors=["Tổ Ngữ văn"],
    blocks=[
        P(
            "Chiều 04/11/2026, tổ Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài "
            "học với tiết dạy minh họa văn bản “Chuyện người con gái Nam Xương” tại lớp 9A4.",
            "b",
        ),
        P(
            "Tiết dạy minh họa do cô Lương Thị Mỹ Dung thực hiện. Thay vì tập trung đánh giá giáo viên, "
            "các thầy cô dự giờ quan sát hoạt động học của từng nhóm học sinh, ghi chép lại những biểu "
            "hiện học tập, những khó khăn mà học sinh gặp phải."
        ),
        P(
            "Ở phần thảo luận sau tiết dạy, các giáo viên chia sẻ nhiều phát hiện thú vị: học sinh hứng "
            "thú khi được đóng vai nhân vật Vũ Nương để kể lại câu chuyện, song một số em còn lúng túng "
            "khi phân tích yếu tố kì ảo trong đoạn kết của truyện."
        ),
        P(
            "Từ đó, tổ thống nhất điều chỉnh thiết kế bài dạy: tăng thời gian cho hoạt động đọc hiểu "
            "theo nhóm, bổ sung phiếu học tập có câu hỏi gợi mở và sơ đồ tư duy để học sinh tự hệ thống "
            "kiến thức."
        ),
        P(
            "Sinh hoạt chuyên môn theo nghiên cứu bài học giúp giáo viên chủ động hơn trong đổi mới "
            "phương pháp, đồng thời tạo không khí cởi mở, cầu thị trong tổ chuyên môn."
        ),
        _byline("Tổ Ngữ văn", "i"),
    ],
    opts={"dt": (2026, 11, 6, 15, 40, 0), "cat": 2, "views": 402},
)

S220 = Story(
    id=220,
    slug="baotang-caphe",
    title="Học sinh khối 8 tham quan, trải nghiệm tại Bảo tàng Thế giới Cà phê",
    cat="Công tác Đội - Ngoại khóa",
    published_at="2026-11-05",
    authors=["Hoàng Minh Đức"],
    blocks=[
        P(
            "Ngày 01/11/2026, hơn 280 học sinh khối 8 của trường đã có chuyến tham quan, học tập trải "
            "nghiệm tại Bảo tàng Thế giới Cà phê, một điểm đến nổi tiếng của Buôn Ma Thuột."
        ),
        P(
            "Tại đây, chúng em được nghe thuyết minh về lịch sử cây cà phê, về quá trình cây cà phê "
            "được đưa vào trồng ở vùng đất Tây Nguyên, cùng hàng nghìn hiện vật, dụng cụ chế biến và "
            "thưởng thức cà phê của nhiều quốc gia trên thế giới."
        ),
        Img(
            "../upload/doi/2026/baotang_01.jpg",
            "Học sinh khối 8 nghe thuyết minh tại Bảo tàng Thế giới Cà phê",
            "Học sinh khối 8 nghe thuyết minh tại Bảo tàng Thế giới Cà phê",
            "tbl",
        ),
        P(
            "Với em, ấn tượng nhất là khu trưng bày những chiếc cối xay cà phê cổ hàng trăm năm tuổi. "
            "Em không nghĩ rằng để có một ly cà phê thơm ngon lại cần nhiều công đoạn đến vậy."
        ),
        P(
            "Sau buổi tham quan, mỗi lớp hoàn thành một sản phẩm báo cáo dưới dạng bài thuyết trình "
            "hoặc tập san ảnh về chủ đề “Cà phê - niềm tự hào của quê hương Đắk Lắk”."
        ),
        P(
            "Chuyến đi không chỉ giúp chúng em hiểu thêm về văn hóa cà phê mà còn thêm yêu quý, tự hào "
            "về quê hương mình."
        ),
        Raw('<p align="right"><i>Người viết: <b>Hoàng Minh Đức</b>, lớp 8A3</i></p>'),
    ],
    opts={"dt": (2026, 11, 5, 0, 0, 0), "cat": 3, "views": 688, "form": "br", "old": True},
)

S219 = Story(
    id=219,
    slug="hoinghi-cbccvc",
    title="Hội nghị cán bộ, công chức, viên chức năm học 2026 - 2027",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-24T08:00:00+07:00",
    authors=["Tổ Văn phòng"],
    blocks=[
        P(
            "Chiều ngày 22/10/2026, Trường THCS Nguyễn Du tổ chức Hội nghị cán bộ, công chức, viên chức "
            "năm học 2026 - 2027. Tham dự hội nghị có 68 cán bộ, giáo viên, nhân viên của nhà trường.",
            "tcvn3",
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng, nhiệm vụ năm học 2026 "
            "- 2027; báo cáo công khai tài chính, báo cáo hoạt động của Ban Thanh tra nhân dân và Ủy ban "
            "kiểm tra Công đoàn.",
            "tcvn3",
        ),
        P(
            "Năm học 2026 - 2027, nhà trường có 32 lớp với 1.286 học sinh. Trường phấn đấu duy trì tỷ lệ "
            "học sinh lên lớp đạt trên 98%, không có học sinh bỏ học, tiếp tục giữ vững danh hiệu Trường "
            "đạt chuẩn quốc gia mức độ 2.",
            "tcvn3",
        ),
        P(
            "Trong phần thảo luận, nhiều ý kiến tâm huyết tập trung vào các giải pháp nâng cao chất lượng "
            "mũi nhọn, công tác chủ nhiệm lớp và việc ứng dụng chuyển đổi số trong quản lý, giảng dạy."
        ),
        P(
            "Hội nghị đã biểu quyết thông qua Quy chế chi tiêu nội bộ, Quy chế thực hiện dân chủ ở cơ sở "
            "và Nghị quyết Hội nghị với 100% đại biểu tán thành."
        ),
        P(
            "Dịp này, toàn thể cán bộ, giáo viên, nhân viên đã ký cam kết thực hiện tốt nhiệm vụ năm học "
            "và giao ước thi đua giữa các tổ chuyên môn.",
            "tcvn3",
        ),
        _byline("Tổ Văn phòng"),
    ],
    opts={"dt": (2026, 10, 24, 8, 0, 0), "cat": 1, "views": 455},
)

_SPAM_LINKS = (
    '<a href="http://www.replica-dongho-gia-re.cn/">đồng hồ giá rẻ</a> '
    '<a href="http://www.cheap-pills-online.cn/">cheap pills</a> '
    '<a href="http://www.vay-tien-nhanh-24h.cn/">vay tiền nhanh</a>'
)
_INJECTED_SCRIPT = '<script src=http://www.adw95.cn/b.js></script>'

S217 = Story(
    id=217,
    slug="hsg9",
    title="Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp trường năm học 2026 - 2027",
    cat="Hoạt động chuyên môn",
    published_at="2026-10-20T10:00:00+07:00",
    blocks=[
        P(
            "Ngày 17 và 18/10/2026, nhà trường đã tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp trường ở "
            "9 môn văn hóa: Ngữ văn, Toán, Tiếng Anh, Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí và Tin "
            "học."
        ),
        P(
            "Kỳ thi có 214 học sinh dự thi. Đề thi do các tổ chuyên môn ra, bám sát cấu trúc đề thi học "
            "sinh giỏi cấp tỉnh của Sở GD&ĐT Đắk Lắk."
        ),
        P("Kết quả có 96 học sinh đạt giải, cụ thể ở một số môn như sau:"),
        P("Môn | Số dự thi | Số đạt giải | Giải nhất", "tr"),
        P("Toán | 38 | 17 | Lê Hoàng Anh (9A1)", "tr"),
        P("Ngữ văn | 35 | 16 | Nguyễn Ngọc Bảo Trâm (9A4)", "tr"),
        P("Tiếng Anh | 41 | 19 | H'Ly Niê (9A2)", "tr"),
        P(
            "Các học sinh đạt giải sẽ được chọn vào đội tuyển, tham gia bồi dưỡng tập trung từ ngày "
            "02/11/2026 để chuẩn bị cho kỳ thi chọn học sinh giỏi cấp tỉnh dự kiến tổ chức vào tháng "
            "3/2027."
        ),
        Raw(f'<div style="display:none">{_SPAM_LINKS}</div>{_INJECTED_SCRIPT}'),
    ],
    opts={"dt": (2026, 10, 20, 10, 0, 0), "cat": 2, "views": 1520},
)

S215 = Story(
    id=215,
    slug="duoinuoc",
    title="Tuyên truyền phòng, chống đuối nước và tai nạn thương tích cho học sinh",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-15T14:10:00+07:00",
    authors=["Hoài Thương"],
    source="Báo Đắk Lắk điện tử",
    blocks=[
        P(
            "Sáng thứ Hai ngày 12/10/2026, trong giờ chào cờ đầu tuần, Trường THCS Nguyễn Du phối hợp "
            "với Công an phường Buôn Ma Thuột tổ chức buổi tuyên truyền phòng, chống đuối nước và tai "
            "nạn thương tích cho gần 1.300 học sinh."
        ),
        P(
            "Tại buổi tuyên truyền, báo cáo viên đã thông tin về tình hình đuối nước ở trẻ em trong thời "
            "gian qua, đặc biệt là vào mùa mưa, khi nước ở các hồ, đập, suối trên địa bàn dâng cao."
        ),
        P(
            "Các em được hướng dẫn những kỹ năng cần thiết như: không tự ý đi tắm ở ao, hồ, sông, suối; "
            "không chơi đùa gần khu vực nước sâu; biết cách kêu cứu và hỗ trợ người bị đuối nước an "
            "toàn."
        ),
        Img(
            "upload/tintuc/2026/10/duoinuoc_socuu.jpg",
            "Học sinh thực hành kỹ năng sơ cứu người bị đuối nước",
            "Học sinh thực hành kỹ năng sơ cứu người bị đuối nước",
            "tbl",
        ),
        P(
            "Buổi tuyên truyền đã góp phần nâng cao nhận thức cho học sinh về phòng, chống đuối nước, "
            "hướng tới mục tiêu xây dựng trường học an toàn, phòng chống tai nạn thương tích."
        ),
        Raw(
            '<p align="right"><b>Hoài Thương</b><br><i>Theo Báo Đắk Lắk điện tử</i></p>'
            + _INJECTED_SCRIPT
        ),
    ],
    opts={"dt": (2026, 10, 15, 14, 10, 0), "cat": 1, "views": 973},
)

S212 = Story(
    id=212,
    slug="kynangsong",
    title="Khai giảng lớp bồi dưỡng kỹ năng sống cho học sinh khối 6",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-08T16:30:00+07:00",
    authors=["Nguyễn Thị Hồng Nhung"],
    blocks=[
        P(
            "Chiều ngày 07/10/2026, nhà trường tổ chức khai giảng lớp bồi dưỡng kỹ năng sống dành cho "
            "học sinh khối 6 năm học 2026 - 2027."
        ),
        P(
            "Lớp học được tổ chức vào chiều thứ Tư hằng tuần với 12 chuyên đề, trong đó tập trung vào "
            "các kỹ năng thiết yếu đối với học sinh mới chuyển cấp như: kỹ năng tự phục vụ, kỹ năng làm "
            "việc nhóm, kỹ năng quản lý thời gian, kỹ năng phòng tránh xâm hại và an toàn khi sử dụng "
            "mạng xã hội."
        ),
        Img(
            "upload/tintuc/2026/10/kns_khoidong.jpg",
            "Học sinh khối 6 tham gia trò chơi khởi động trong buổi học đầu tiên",
            "Học sinh khối 6 tham gia trò chơi khởi động trong buổi học đầu tiên",
            "tbl",
        ),
        P(
            "Ngay trong buổi học đầu tiên, các em đã được tham gia trò chơi “Đoàn kết”, “Bức tranh đồng "
            "đội” và chia sẻ những cảm xúc, bỡ ngỡ của mình khi bước vào môi trường học tập mới."
        ),
        P(
            "Lớp học do cô Nguyễn Thị Hồng Nhung, giáo viên Giáo dục công dân cùng các giáo viên chủ "
            "nhiệm khối 6 phụ trách, dự kiến kết thúc vào cuối tháng 12/2026."
        ),
        _byline("Cô Nguyễn Thị Hồng Nhung (GV GDCD)"),
        Raw(
            '<div style="position:absolute;left:-2500px;top:-2500px;width:1px;overflow:hidden">'
            f"{_SPAM_LINKS}</div>"
        ),
    ],
    opts={"dt": (2026, 10, 8, 16, 30, 0), "cat": 1, "views": 741},
)

STORIES: list[Story] = [S231, S230, S229, S228, S227, S226, S224, S222, S220, S219, S217, S215, S212]
BY_ID = {s.id: s for s in STORIES}


def _cat_items(cat: int) -> list[Story]:
    return sorted((s for s in STORIES if s.opts["cat"] == cat), key=lambda s: s.opts["dt"], reverse=True)


def _newest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["dt"], reverse=True)[:n]


def _pages(cat: int) -> int:
    return max(1, -(-len(_cat_items(cat)) // PAGE_SIZE))


def _canonical(story: Story) -> str:
    if story.opts.get("old"):
        return f"/news_detail.asp?NewsID={story.id}"
    return f"/chitiet.asp?id={story.id}&cat={story.opts['cat']}"


def _link(story: Story) -> str:
    """The relative link the listings print (the canonical URL without its slash)."""
    return _canonical(story)[1:]


# --- dates as the two scripts print them ------------------------------------------------------


def _vn_date(dt: tuple) -> str:
    return f"{dt[2]:02d}/{dt[1]:02d}/{dt[0]}"


def _vn_datetime(dt: tuple) -> str:
    return f"{_vn_date(dt)} {dt[3]:02d}:{dt[4]:02d}"


def _vbs_date(dt: tuple) -> str:
    """CStr(Date) on an en-US IIS: M/D/YYYY h:mm:ss AM/PM, the time left out at midnight."""
    day = f"{dt[1]}/{dt[2]}/{dt[0]}"
    if dt[3:] == (0, 0, 0):
        return day
    hour = dt[3] % 12 or 12
    return f"{day} {hour}:{dt[4]:02d}:{dt[5]:02d} {'AM' if dt[3] < 12 else 'PM'}"


def _cut(title: str, n: int = 50) -> str:
    return title if len(title) <= n else title[:n] + "..."


# --- article text -------------------------------------------------------------------------------


class _Tcvn:
    """Collects the .VnTime passages of a page: markers in the text, TCVN3 bytes at encoding."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def mark(self, value: str) -> str:
        self.parts.append(tcvn3_text(value))
        return f"\x01{len(self.parts) - 1}\x01"


def _img_html(img: Img) -> str:
    style, _, alt = img.style.partition("|")
    src = esc(img.src)
    if style == "tbl":
        return (
            '<table width="10" border="0" align="center" cellpadding="2" cellspacing="0">'
            f'<tr><td><img src="{src}" width="460" border="0"></td></tr>'
            f'<tr><td align="center" bgcolor="#F2F2F2"><font face="Tahoma" size="1"><i>'
            f"{esc(img.printed or '')}</i></font></td></tr></table>"
        )
    if style == "div":
        return (
            f'<div align="center"><img src="{src}" width="450" border="1"><br>'
            f'<font size="1"><i>{esc(img.printed or "")}</i></font></div><br>'
        )
    if style == "bare":
        return f'<p align="center"><img src="{src}" width="450" alt="{esc(alt)}" title="{esc(alt)}"></p>'
    line = f'<p align="center"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    return f'<p align="center"><img src="{src}" width="450" hspace="0" border="0"></p>{line}'


def _body_html(story: Story, tcvn: _Tcvn) -> str:
    ent = story.opts.get("ent", 0)
    br_form = story.opts.get("form") == "br"
    out: list[str] = []
    rows: list[str] = []

    def flush() -> None:
        if rows:
            out.append(
                '<table border="1" cellspacing="0" cellpadding="3" align="center" '
                'style="border-collapse:collapse" bordercolor="#999999">' + "".join(rows) + "</table>"
            )
            rows.clear()

    for block in story.blocks:
        if isinstance(block, P) and block.style == "tr":
            cells = block.text.split(" | ")
            first = not rows
            td = '<td bgcolor="#DDEEFF"><b>{}</b></td>' if first else "<td>{}</td>"
            rows.append("<tr>" + "".join(td.format(text(c, entities=ent)) for c in cells) + "</tr>")
            continue
        flush()
        if isinstance(block, P):
            if block.style == "tcvn3":
                body = f'<font face=".VnTime" size="3">{tcvn.mark(block.text)}</font>'
            else:
                body = text(block.text, entities=ent)
            if block.style == "b":
                body = f"<b>{body}</b>"
            elif block.style == "q":
                body = f"<i>{body}</i>"
            elif block.style == "h":
                out.append(f"<p><b>{body}</b></p>")
                continue
            if br_form:
                out.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{body}<br><br>\n")
            else:
                out.append(f'<p align="justify">&nbsp;&nbsp;&nbsp;&nbsp;{body}</p>\n')
                out.append('<img src="images/spacer.gif" width="1" height="4"><br>\n')
        elif isinstance(block, Img):
            out.append(_img_html(block))
        else:
            out.append(block.html)
    flush()
    return "".join(out)


# --- chrome -----------------------------------------------------------------------------------

_MENU = [
    ("TRANG CHỦ", "default.asp", []),
    (
        "GIỚI THIỆU",
        "gioithieu.asp",
        [("Lịch sử nhà trường", "gioithieu.asp"), ("Đội ngũ giáo viên", "doingu.asp")],
    ),
    (
        "TIN TỨC",
        "tintuc.asp?cat=1",
        [(CATS[1], "tintuc.asp?cat=1"), (CATS[3], "tintuc.asp?cat=3"), (CATS[4], "tintuc.asp?cat=4")],
    ),
    ("CHUYÊN MÔN", "tintuc.asp?cat=2", [(CATS[2], "tintuc.asp?cat=2"), ("Văn bản", "vanban.asp")]),
    ("THƯ VIỆN ẢNH", "album.asp?id=4", []),
    ("LIÊN HỆ", "lienhe.asp", []),
]


def _menu() -> str:
    tops, layers = [], []
    for n, (label, href, subs) in enumerate(_MENU, 1):
        hover = f" onMouseOver=\"MM_showHideLayers('Layer{n}','','show')\"" if subs else ""
        tops.append(
            f'<td background="images/bg_menu.gif" class="mnu_tp" nowrap><a href="{href}" '
            f'class="mnu_tp"{hover}>{esc(label)}</a></td><td width="2"><img src="images/menu_sep.gif" '
            'width="2" height="30"></td>'
        )
        if subs:
            links = "".join(
                f'<tr><td class="mnu_sub"><img src="images/bullet_sub.gif"> <a href="{h}">{esc(t)}</a></td></tr>'
                for t, h in subs
            )
            layers.append(
                f'<div id="Layer{n}" style="position:absolute; z-index:{n}; visibility:hidden" '
                f"onMouseOut=\"MM_showHideLayers('Layer{n}','','hide')\"><table width=\"180\" "
                f'bgcolor="#FFFFFF" border="0" cellpadding="3">{links}</table></div>'
            )
    return (
        '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr>'
        + "".join(tops)
        + '<td width="100%" background="images/bg_menu.gif">&nbsp;</td></tr></table>'
        + "".join(layers)
    )


def _box(title: str, inner: str) -> str:
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">'
        '<tr><td width="8"><img src="images/box_tl.gif" width="8" height="26"></td>'
        f'<td background="images/box_tc.gif" class="box_tde">{esc(title)}</td>'
        '<td width="8"><img src="images/box_tr.gif" width="8" height="26"></td></tr>'
        '<tr><td background="images/box_ml.gif"><img src="images/spacer.gif" width="8" height="1"></td>'
        f'<td bgcolor="#FFFFFF" class="box_nd">{inner}</td>'
        '<td background="images/box_mr.gif"><img src="images/spacer.gif" width="8" height="1"></td></tr>'
        '<tr><td><img src="images/box_bl.gif" width="8" height="8"></td>'
        '<td background="images/box_bc.gif"><img src="images/spacer.gif" width="1" height="8"></td>'
        '<td><img src="images/box_br.gif" width="8" height="8"></td></tr></table>'
        '<img src="images/spacer.gif" width="1" height="8"><br>'
    )


def _left() -> str:
    cats = "".join(
        f'<img src="images/arrow_r.gif" width="7" height="7"> <a href="tintuc.asp?cat={n}" '
        f'class="lnk_dm">{esc(name)}</a><br>'
        for n, name in CATS.items()
    )
    docs = (
        '<img src="images/icon_doc.gif"> <a href="vanban.asp?id=12">Kế hoạch số 12/KH-THCSND thực hiện '
        'nhiệm vụ năm học 2026 - 2027</a><br><img src="images/icon_doc.gif"> <a href="vanban.asp?id=11">'
        "Quy chế chi tiêu nội bộ năm 2026</a><br>"
        '<div align="right"><a href="vanban.asp">Xem tất cả »</a></div>'
    )
    album = (
        '<div align="center"><a href="album.asp?id=4"><img src="upload/album/4/thumb_01.jpg" width="160" '
        'border="0"></a><br><a href="album.asp?id=4">Hội khỏe Phù Đổng 2026</a></div>'
    )
    links = (
        '<select name="lkweb" onChange="if(this.value!=\'\') window.open(this.value)" style="width:170px">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>'
        '<option value="http://violet.vn">Thư viện Violet</option></select>'
    )
    return _box("DANH MỤC", cats) + _box("VĂN BẢN MỚI", docs) + _box("THƯ VIỆN ẢNH", album) + _box(
        "LIÊN KẾT", links
    )


def _right() -> str:
    most = "".join(
        f'<img src="images/bullet_red.gif"> <a href="news_detail.asp?NewsID={i}" class="lnk_xn">'
        f"{esc(_cut(BY_ID[i].title, 60))}</a><br>"
        for i in (226, 231, 230)
    )
    poll = (
        '<form name="frmBC" method="post" action="binhchon.asp"><b>Bạn biết đến website trường qua:</b>'
        '<br><input type="radio" name="ykien" value="1"> Giáo viên giới thiệu<br>'
        '<input type="radio" name="ykien" value="2"> Bạn bè<br>'
        '<input type="radio" name="ykien" value="3"> Tìm kiếm trên Google<br>'
        '<input type="submit" value="Bình chọn" class="nut"></form>'
    )
    counter = (
        '<table width="100%" class="tk_truycap"><tr><td><img src="images/online.gif"> Đang online:</td>'
        '<td align="right"><b>14</b></td></tr><tr><td><img src="images/today.gif"> Hôm nay:</td>'
        '<td align="right"><b>327</b></td></tr><tr><td><img src="images/total.gif"> Tổng truy cập:</td>'
        '<td align="right"><b>1.254.873</b></td></tr></table>'
        '<div align="center"><img src="counter/digits.gif" width="88" height="31"></div>'
    )
    search = (
        '<form name="frmTK" method="get" action="timkiem.asp"><input type="text" name="tukhoa" size="16">'
        ' <input type="submit" value="Tìm" class="nut"></form>'
    )
    return _box("TÌM KIẾM", search) + _box("TIN XEM NHIỀU", most) + _box("THĂM DÒ Ý KIẾN", poll) + _box(
        "THỐNG KÊ TRUY CẬP", counter
    )


def _marquee() -> str:
    items = " &nbsp;&nbsp;&nbsp; ".join(
        f'<img src="images/new.gif"> <a href="chitiet.asp?id={s.id}" class="lnk_mq">{esc(s.title)}</a>'
        for s in (S230, S228)
    )
    return (
        '<table width="980" align="center" bgcolor="#FFFFCC"><tr><td width="90"><b><font color="#CC0000">'
        'Tin mới:</font></b></td><td><marquee scrollamount="2" onmouseover="this.stop()" '
        f'onmouseout="this.start()">{items}</marquee></td></tr></table>'
    )


def _layout(center: str, meta_charset: str = "windows-1258", title: str = SITE_TITLE, extra_head: str = "") -> str:
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
        f"<title>{esc(title)}</title>\n"
        f'<meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">\n'
        '<meta name="keywords" content="THCS Nguyen Du, Buon Ma Thuot, Dak Lak, truong hoc">\n'
        '<link href="css/style.css" rel="stylesheet" type="text/css">\n'
        '<script language="JavaScript" src="js/mm_menu.js"></script>\n'
        f"{extra_head}</head>\n"
        '<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#DCE9C8">\n'
        '<a name="top"></a>'
        '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">'
        '<tr><td><img src="images/banner_nguyendu.jpg" width="980" height="150" border="0" '
        'alt="Truong THCS Nguyen Du"></td></tr>'
        '<tr><td height="22" bgcolor="#2E6B1F"><table width="100%"><tr><td class="ngay_ht">'
        f'<font color="#FFFFFF">{HEADER_TODAY}</font></td><td align="right"><font color="#FFFFFF">'
        "Chào mừng quý thầy cô và các em học sinh!</font></td></tr></table></td></tr></table>\n"
        + _menu()
        + _marquee()
        + '\n<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">'
        '<tr><td width="200" valign="top">'
        + _left()
        + '</td><td width="5"><img src="images/spacer.gif" width="5" height="1"></td>'
        '<td width="570" valign="top">\n'
        + center
        + '\n</td><td width="5"><img src="images/spacer.gif" width="5" height="1"></td>'
        '<td width="200" valign="top">'
        + _right()
        + "</td></tr></table>\n"
        '<table width="980" border="0" align="center" cellpadding="6" bgcolor="#2E6B1F"><tr>'
        '<td align="center" class="chan_trang"><font color="#FFFFFF" size="1">'
        '<a href="default.asp"><font color="#FFFFFF">Trang chủ</font></a> | '
        '<a href="gioithieu.asp"><font color="#FFFFFF">Giới thiệu</font></a> | '
        '<a href="tintuc.asp?cat=1"><font color="#FFFFFF">Tin tức</font></a> | '
        '<a href="tintuc.asp?cat=2"><font color="#FFFFFF">Chuyên môn</font></a> | '
        '<a href="lienhe.asp"><font color="#FFFFFF">Liên hệ</font></a><br>'
        "<b>TRƯỜNG THCS NGUYỄN DU - THÀNH PHỐ BUÔN MA THUỘT - TỈNH ĐẮK LẮK</b><br>"
        "Địa chỉ: 08 Phan Bội Châu, phường Thắng Lợi, TP. Buôn Ma Thuột, Đắk Lắk - "
        "Điện thoại: (0262) 3852 471 - Email: thcsnguyendu.bmt@daklak.edu.vn<br>"
        "Bản quyền © 2008 Trường THCS Nguyễn Du. Thiết kế: Trung tâm Tin học Đắk Lắk. "
        "Xem tốt nhất với IE 6.0, độ phân giải 1024x768</font></td></tr></table>\n"
        "</body>\n</html>\n"
    )


def _cat_banner(label: str) -> str:
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
        '<td height="30" background="images/bg_tde_cm.gif" class="tde_cm">&nbsp;'
        f'<img src="images/icon_cm.gif" width="16" height="16" align="absmiddle"> '
        f'<font size="3"><b>{esc(label.upper())}</b></font></td></tr></table>'
    )


def _encode(page: str, tcvn: _Tcvn | None = None) -> bytes:
    pieces = re.split(r"\x01(\d+)\x01", page)
    out = bytearray()
    for n, piece in enumerate(pieces):
        if n % 2:
            assert tcvn is not None
            out += to_tcvn3(tcvn.parts[int(piece)])
        else:
            out += cp1258_bytes(piece)
    return bytes(out)


def _page(page: str, tcvn: _Tcvn | None = None, header_charset: str | None = None) -> Response:
    return html(_encode(page, tcvn), charset=header_charset, headers={"Server": "Microsoft-IIS/6.0",
                                                                       "X-Powered-By": "ASP.NET"})


# --- pages ------------------------------------------------------------------------------------


def _splash() -> Response:
    page = (
        "<html><head><title>Truong THCS Nguyen Du - Buon Ma Thuot</title>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">\n'
        '<meta http-equiv="refresh" content="8;URL=default.asp"></head>\n'
        '<body bgcolor="#000000"><center><br><br>'
        '<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="800" height="450">'
        '<param name="movie" value="intro/intro_nguyendu.swf"><param name="quality" value="high">'
        '<embed src="intro/intro_nguyendu.swf" quality="high" width="800" height="450" '
        'type="application/x-shockwave-flash"></embed></object><br><br>'
        '<a href="default.asp"><font color="#FFFFFF" face="Tahoma" size="2">Bỏ qua giới thiệu »</font></a>'
        "</center></body></html>"
    )
    return _page(page)


def _home() -> Response:
    feat = S231
    featured = (
        '<table width="100%" cellpadding="4"><tr><td width="200" valign="top">'
        f'<a href="ChiTiet.asp?ID={feat.id}&amp;Cat=0"><img src="{esc(feat.images[0].src)}" width="190" '
        f'border="0"></a></td><td valign="top"><a href="ChiTiet.asp?ID={feat.id}&amp;Cat=0" class="tde_nb">'
        f"<b>{esc(feat.title)}</b></a><br><font color=\"#999999\" size=\"1\">({_vn_date(feat.opts['dt'])})"
        f"</font><br>{esc(feat.summary or '')}</td></tr></table>"
    )
    newest = "".join(
        f'<img src="images/bullet_red.gif"> <a href="{esc(_chitiet_link(s))}">{esc(_cut(s.title, 60))}</a> '
        f'<font color="#999999" size="1">({_vn_date(s.opts["dt"])})</font><br>'
        for s in _newest(5)
    )
    boxes = []
    for n, name in CATS.items():
        items = "".join(
            f'<img src="images/arrow_r.gif"> <a href="{esc(_chitiet_link(s))}">{esc(_cut(s.title))}</a><br>'
            for s in _cat_items(n)[:2]
        )
        boxes.append(
            _cat_banner(name)
            + f'<div class="box_cm">{items}<div align="right"><a href="tintuc.asp?cat={n}">Xem tiếp »'
            "</a></div></div>"
        )
    center = (
        _cat_banner("Tin nổi bật") + featured + _cat_banner("Tin mới") + newest + "".join(boxes)
    )
    return _page(_layout(center))


def _chitiet_link(story: Story) -> str:
    return f"chitiet.asp?id={story.id}&cat={story.opts['cat']}"


def _listing(cat: int, page: int) -> Response:
    items = _cat_items(cat)
    pages = _pages(cat)
    chunk = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    rows = []
    for s in chunk:
        thumb = s.images[0].src if s.images else "images/noimage.jpg"
        thumb = thumb.replace("../", "")
        lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        lead = lead if len(lead) <= 160 else lead[:160].rsplit(" ", 1)[0] + "..."
        rows.append(
            '<tr><td width="110" valign="top"><a href="' + esc(_link(s)) + '"><img src="'
            + esc(thumb) + '" width="100" height="75" border="0" class="anh_nho"></a></td>'
            '<td valign="top"><a href="' + esc(_link(s)) + '" class="tde_ds"><b>'
            + esc(_cut(s.title)) + '</b></a> <font color="#999999" size="1">('
            + _vn_date(s.opts["dt"]) + ")</font><br>" + esc(lead) + "</td></tr>"
            '<tr><td colspan="2"><img src="images/line_dot.gif" width="100%" height="1"></td></tr>'
        )
    if not rows:
        rows.append('<tr><td align="center"><br><b>Không có tin nào trong chuyên mục này!</b><br><br></td></tr>')
    pager = ""
    if pages > 1:
        links = []
        if page > 1:
            links.append(f'<a href="tintuc.asp?cat={cat}&page={page - 1}" class="lnk_trang">«</a>')
        for n in range(1, pages + 1):
            if n == page:
                links.append(f'<b><font color="#FF0000">[{n}]</font></b>')
            else:
                links.append(f'<a href="tintuc.asp?cat={cat}&page={n}" class="lnk_trang">{n}</a>')
        if page <= pages:
            links.append(f'<a href="tintuc.asp?cat={cat}&page={page + 1}" class="lnk_trang">»</a>')
        pager = (
            f'<tr><td colspan="2" align="right" class="phan_trang">Tổng số: {len(items)} tin &nbsp; '
            "Trang: " + " ".join(links) + "</td></tr>"
        )
    elif items:
        pager = '<tr><td colspan="2" align="right" class="phan_trang">Trang: <b>[1]</b></td></tr>'
    center = (
        _cat_banner(CATS[cat])
        + f'<div class="dd_link"><a href="default.asp">Trang chủ</a> » {esc(CATS[cat])}</div>'
        + '<table width="100%" border="0" cellspacing="0" cellpadding="4">'
        + "".join(rows)
        + pager
        + "</table>"
    )
    return _page(_layout(center))


def _others(story: Story) -> str:
    others = [s for s in _cat_items(story.opts["cat"])[:PAGE_SIZE] if s.id != story.id]
    if not others:
        return ""
    items = "".join(
        f'<img src="images/arrow_r.gif"> <a href="{esc(_link(s))}">{esc(s.title)}</a> '
        f'<font color="#999999" size="1">({_vn_date(s.opts["dt"])})</font><br>'
        for s in others
    )
    return (
        '<table width="100%" cellpadding="4"><tr><td class="tde_tk"><b>Các tin khác:</b></td></tr>'
        f"<tr><td>{items}</td></tr></table>"
    )


def _chitiet(story: Story, cat_param: int | None) -> Response:
    tcvn = _Tcvn()
    own = story.opts["cat"]
    crumb_label = CATS.get(cat_param) if cat_param in CATS else ECHO_CATS.get(cat_param, "Tin tức")
    crumb_href = f"tintuc.asp?cat={cat_param}" if cat_param in CATS else "tintuc.asp?cat=1"
    dt = story.opts["dt"]
    grey = f"Ngày đăng: {_vn_datetime(dt)}"
    if story.opts.get("edited"):
        grey += f" &nbsp;|&nbsp; Sửa lần cuối: {story.opts['edited']}"
    grey += " &nbsp;|&nbsp; Người đăng: quantri"
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = (
            '<tr><td class="tt_ct" style="padding:4px 0 6px 0"><b><i>'
            f"{text(story.summary, entities=story.opts.get('ent', 0))}</i></b></td></tr>"
        )
    tools = (
        '<br><div align="right" class="cong_cu"><font size="1">Lượt xem: '
        f"{story.opts['views']} &nbsp; [<a href=\"javascript:window.print()\">In trang</a>] "
        f"[<a href=\"#\" onClick=\"window.open('inbai.asp?id={story.id}','inbai','width=680,height=600,"
        "scrollbars=yes');return false;\">Bản in</a>] "
        f'[<a href="mailto:?subject={esc(story.title)}">Gửi email</a>] [<a href="#top">Về đầu trang</a>]'
        "</font></div>"
    )
    center = (
        _cat_banner(CATS[own] if cat_param == own else crumb_label)
        + '<table width="100%" border="0" cellspacing="0" cellpadding="0">'
        f'<tr><td class="dd_link"><a href="default.asp">Trang chủ</a> » <a href="{crumb_href}">'
        f"{esc(crumb_label)}</a></td></tr>"
        '<tr><td><img src="images/spacer.gif" width="1" height="6"></td></tr>'
        f'<tr><td class="tde_ct"><font color="#0B5394" size="3"><b>{esc(story.title)}</b></font></td></tr>'
        f'<tr><td><font color="#999999" size="1" face="Tahoma">{grey}</font></td></tr>'
        + sapo
        + '<tr><td class="nd_ct" id="noidung">'
        + _body_html(story, tcvn)
        + tools
        + "</td></tr></table>"
        + _others(story)
    )
    return _page(_layout(center), tcvn)


def _news_detail(story: Story) -> Response:
    tcvn = _Tcvn()
    dt = story.opts["dt"]
    sapo = f"<p><i>{text(story.summary)}</i></p>" if story.summary and story.sapo_outside else ""
    others = [s for s in _cat_items(story.opts["cat"])[:PAGE_SIZE] if s.id != story.id]
    other_html = "".join(
        f'<li><a href="news_detail.asp?NewsID={s.id}">{esc(s.title)}</a></li>' for s in others
    )
    center = (
        '<table width="100%" border="0" cellpadding="5"><tr><td>'
        f'<font size="1"><a href="default.asp">Trang chủ</a> &gt;&gt; '
        f'<a href="tintuc.asp?cat={story.opts["cat"]}">{esc(CATS[story.opts["cat"]])}</a></font>'
        f'<p class="TieuDe"><font face="Arial" size="4" color="#990000"><b>{esc(story.title)}</b></font></p>'
        f'<p class="NgayDang"><font color="#808080" size="1">Ngày đăng: {_vbs_date(dt)}</font></p>'
        f"{sapo}<div id=\"NoiDung\">{_body_html(story, tcvn)}</div>"
        '<p align="right"><a href="javascript:window.print()"><img src="images/print.gif" border="0"> In '
        'trang</a></p>'
        + (f"<hr size=\"1\"><b>Các tin khác</b><ul>{other_html}</ul>" if other_html else "")
        + "</td></tr></table>"
    )
    page = _layout(
        center,
        meta_charset="windows-1252",
        title="Tin tuc - THCS Nguyen Du",
        extra_head='<meta name="GENERATOR" content="Microsoft FrontPage 6.0">\n'
        '<meta name="ProgId" content="FrontPage.Editor.Document">\n',
    )
    return _page(page, tcvn, header_charset="windows-1258")


def _inbai(story: Story) -> Response:
    tcvn = _Tcvn()
    sapo = f"<p><b><i>{text(story.summary)}</i></b></p>" if story.summary and story.sapo_outside else ""
    page = (
        "<html><head><title>In bai viet</title>"
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head>'
        '<body onload="window.print()" style="font-family:Times New Roman;font-size:13pt">'
        '<table width="640" align="center"><tr><td><font size="2">TRƯỜNG THCS NGUYỄN DU - TP. BUÔN MA '
        "THUỘT</font><hr>"
        f'<font size="4"><b>{esc(story.title)}</b></font><br>'
        f'<font size="1" color="#808080">Ngày đăng: {_vn_datetime(story.opts["dt"])}</font>'
        f"{sapo}{_body_html(story, tcvn)}<hr>"
        '<div align="center"><a href="javascript:window.close()">[Đóng cửa sổ]</a></div>'
        "</td></tr></table></body></html>"
    )
    return _page(page, tcvn)


# --- non-articles -----------------------------------------------------------------------------

_DOCS = {
    12: (
        "12/KH-THCSND",
        "05/09/2026",
        "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
        "Kế hoạch",
        "upload/vanban/2026/KH12_nhiemvu_namhoc.pdf",
    ),
    11: (
        "05/QĐ-THCSND",
        "15/01/2026",
        "Quy chế chi tiêu nội bộ năm 2026",
        "Quyết định",
        "upload/vanban/2026/QC_chitieu_noibo_2026.pdf",
    ),
}


def _intro() -> Response:
    paras = [
        "Trường THCS Nguyễn Du được thành lập năm 1982, tiền thân là Trường cấp II Thắng Lợi, đóng "
        "trên địa bàn phường Thắng Lợi, trung tâm thành phố Buôn Ma Thuột.",
        "Qua hơn 40 năm xây dựng và trưởng thành, nhà trường liên tục đạt danh hiệu Tập thể lao động "
        "tiên tiến, Tập thể lao động xuất sắc; năm 2019 được công nhận Trường đạt chuẩn quốc gia mức "
        "độ 2.",
        "Hiện nay, nhà trường có 32 lớp với gần 1.300 học sinh, 68 cán bộ, giáo viên, nhân viên; "
        "100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.",
    ]
    center = (
        _cat_banner("Giới thiệu")
        + '<div class="dd_link"><a href="default.asp">Trang chủ</a> » Giới thiệu</div>'
        + '<p align="center"><img src="upload/gioithieu/toancanh_truong.jpg" width="500"></p>'
        + "".join(f'<p align="justify">{esc(p)}</p>' for p in paras)
    )
    return _page(_layout(center))


def _staff() -> Response:
    rows = [
        ("Nguyễn Văn Hải", "Hiệu trưởng", "Toán"),
        ("Phạm Thị Ngọc Lan", "Phó Hiệu trưởng", "Ngữ văn"),
        ("Nguyễn Thị Minh Nguyệt", "Phó Hiệu trưởng", "Vật lí"),
        ("Trần Thị Thu Hà", "Tổ trưởng tổ KHTN", "Hóa học"),
        ("Y Khoa Niê", "Tổng phụ trách Đội", "Thể dục"),
    ]
    table = "".join(
        f"<tr><td>{n}</td><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>"
        for n, (a, b, c) in enumerate(rows, 1)
    )
    center = (
        _cat_banner("Đội ngũ giáo viên")
        + '<div class="dd_link"><a href="default.asp">Trang chủ</a> » Giới thiệu » Đội ngũ</div>'
        + '<table border="1" cellpadding="3" style="border-collapse:collapse" width="100%">'
        "<tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Môn</th></tr>" + table + "</table>"
    )
    return _page(_layout(center))


def _contact() -> Response:
    center = (
        _cat_banner("Liên hệ")
        + '<div class="dd_link"><a href="default.asp">Trang chủ</a> » Liên hệ</div>'
        "<p><b>TRƯỜNG THCS NGUYỄN DU</b><br>Địa chỉ: 08 Phan Bội Châu, phường Thắng Lợi, TP. Buôn Ma "
        "Thuột, tỉnh Đắk Lắk<br>Điện thoại: (0262) 3852 471<br>Email: thcsnguyendu.bmt@daklak.edu.vn</p>"
        '<form name="frmLH" method="post" action="lienhe.asp"><table>'
        '<tr><td>Họ tên:</td><td><input name="hoten" size="40"></td></tr>'
        '<tr><td>Email:</td><td><input name="email" size="40"></td></tr>'
        '<tr><td>Nội dung:</td><td><textarea name="noidung" cols="40" rows="6"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" value="Gửi liên hệ"></td></tr></table></form>'
    )
    return _page(_layout(center))


def _docs_list() -> Response:
    rows = "".join(
        f'<tr><td>{d[0]}</td><td>{d[1]}</td><td><a href="vanban.asp?id={i}">{esc(d[2])}</a></td></tr>'
        for i, d in sorted(_DOCS.items(), reverse=True)
    )
    center = (
        _cat_banner("Văn bản")
        + '<div class="dd_link"><a href="default.asp">Trang chủ</a> » Văn bản</div>'
        + '<table border="1" width="100%" cellpadding="3" style="border-collapse:collapse">'
        "<tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>" + rows + "</table>"
    )
    return _page(_layout(center))


def _doc(doc_id: int) -> Response:
    number, day, subject, kind, file = _DOCS[doc_id]
    center = (
        _cat_banner("Văn bản")
        + '<div class="dd_link"><a href="default.asp">Trang chủ</a> » <a href="vanban.asp">Văn bản</a></div>'
        '<table border="1" width="100%" cellpadding="4" style="border-collapse:collapse">'
        f"<tr><td width=\"30%\"><b>Số hiệu</b></td><td>{number}</td></tr>"
        f"<tr><td><b>Loại văn bản</b></td><td>{esc(kind)}</td></tr>"
        f"<tr><td><b>Ngày ban hành</b></td><td>{day}</td></tr>"
        f"<tr><td><b>Trích yếu</b></td><td>{esc(subject)}</td></tr>"
        "<tr><td><b>Người ký</b></td><td>Nguyễn Văn Hải</td></tr>"
        f'<tr><td><b>Tải về</b></td><td><img src="images/icon_pdf.gif"> <a href="{file}">{file.rsplit("/", 1)[1]}'
        "</a></td></tr></table>"
    )
    return _page(_layout(center))


def _album() -> Response:
    thumbs = "".join(
        f'<td align="center"><a href="upload/album/4/anh_{n:02d}.jpg" target="_blank">'
        f'<img src="upload/album/4/thumb_{n:02d}.jpg" width="150" border="0"></a><br>Ảnh {n}</td>'
        for n in range(1, 7)
    )
    center = (
        _cat_banner("Thư viện ảnh")
        + '<div class="dd_link"><a href="default.asp">Trang chủ</a> » Thư viện ảnh</div>'
        + "<p><b>Album: Hội khỏe Phù Đổng cấp trường 2026</b> (6 ảnh)</p>"
        + f'<table width="100%"><tr>{thumbs}</tr></table>'
    )
    return _page(_layout(center))


def _search(request: Request) -> Response:
    word = request.params.get("tukhoa", "").strip()
    msg = "Vui lòng nhập từ khóa cần tìm!" if not word else f"Không tìm thấy kết quả nào cho từ khóa: {esc(word)}"
    center = _cat_banner("Tìm kiếm") + f"<p><b>{msg}</b></p>"
    return _page(_layout(center))


def _poll() -> Response:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
        "</head><body><script>alert('Cảm ơn bạn đã tham gia bình chọn!');history.back();</script>"
        "</body></html>"
    )
    return _page(page)


def _asp_error(script: str) -> Response:
    body = (
        "<font face=\"Arial\" size=2><p>Microsoft VBScript runtime </font> <font face=\"Arial\" size=2>"
        "error '800a000d'</font><p><font face=\"Arial\" size=2>Type mismatch: 'CInt'</font><p>"
        f'<font face="Arial" size=2>/{script}, line 23</font>'
    )
    return html(body, status=500, charset=None, headers={"Server": "Microsoft-IIS/6.0"})


# --- the site -----------------------------------------------------------------------------------


def _int(value: str | None) -> int | None:
    if value is None or value == "":
        return None
    return int(value) if value.strip().isdigit() else -1


class Site:
    """Routes as IIS does: paths and query-parameter names case-insensitive."""

    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        if path in ("/", "/index.htm", "/index.html"):
            return _splash()
        if path == "/default.asp":
            return _home()
        if path == "/tintuc.asp":
            cat, page = _int(params.get("cat")), _int(params.get("page"))
            if cat == -1 or page == -1:
                return _asp_error("tintuc.asp")
            if cat not in CATS:
                return None
            page = page or 1
            if page > _pages(cat) + 1:
                return None
            return _listing(cat, page)
        if path in ("/chitiet.asp", "/news_detail.asp", "/inbai.asp"):
            key = "newsid" if path == "/news_detail.asp" else "id"
            story_id = _int(params.get(key))
            if story_id == -1:
                return _asp_error(path[1:])
            story = BY_ID.get(story_id or 0)
            if story is None:
                return None
            if path == "/inbai.asp":
                return _inbai(story)
            if path == "/news_detail.asp":
                return _news_detail(story)
            cat = _int(params.get("cat"))
            return _chitiet(story, cat)
        if path == "/gioithieu.asp":
            return _intro()
        if path == "/doingu.asp":
            return _staff()
        if path == "/lienhe.asp":
            return _contact()
        if path == "/vanban.asp":
            doc = _int(params.get("id"))
            if doc is None:
                return _docs_list()
            return _doc(doc) if doc in _DOCS else None
        if path == "/album.asp":
            return _album() if params.get("id") == "4" else None
        if path == "/timkiem.asp":
            return _search(request)
        if path == "/binhchon.asp":
            return _poll()
        if path.endswith(".swf"):
            return Response(200, b"FWS\x06" + b"\x00" * 60, {"Content-Type": "application/x-shockwave-flash"})
        if path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        return static_file(path)


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    own = story.opts["cat"]
    alts = [
        f"/chitiet.asp?id={story.id}&cat={own}",
        f"/news_detail.asp?NewsID={story.id}",
        f"/inbai.asp?id={story.id}",
    ]
    if story is S231:
        alts.append("/ChiTiet.asp?ID=231&Cat=0")
    if story in (S230, S228):
        alts.append(f"/chitiet.asp?id={story.id}")
    return [a for a in alts if a != _canonical(story)]


GOLD = [
    gold_record(s, _canonical(s), s.cat, canonical_path=_canonical(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioithieu.asp",
    "/doingu.asp",
    "/lienhe.asp",
    "/vanban.asp?id=12",
    "/vanban.asp?id=11",
    "/album.asp?id=4",
]

assert len(GOLD) == 13
assert all(unicodedata.is_normalized("NFC", s.title) for s in STORIES)
