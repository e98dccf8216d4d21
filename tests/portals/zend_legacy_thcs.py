"""Trường THCS Bình Minh (huyện Thanh Oai, Hà Nội): a Zend Framework 1 site from 2012, still up.

Platform
    A ZF1 (1.11) MVC site written in 2012 by a small Hà Nội vendor ("HTSoft"): module/controller/
    action routes with key/value pairs (``/tin-tuc/chi-tiet/id/258/<slug>.html``), a layout of
    nested tables and floated divs, ddsmoothmenu drop-downs, TinyMCE 3 article bodies, a
    Zend_Paginator pager copied from the manual's sample (translated), PHP 5.3 with
    ``session.use_trans_sid`` on. The site it replaced (2009, windows-1258) lives on behind
    ``/index.php?module=news&…``: the vendor kept the old controller so that old links would
    not break, and never ported one section ("Góc phụ huynh") to the new routes.

URL scheme
    ``/``                                           home (ZF1 layout, UTF-8)
    ``/tin-tuc/danh-sach/cat/<n>[/page/<p>]``        category listing, 4 items a page
    ``/tin-tuc/chi-tiet/id/<n>/<slug>.html``          article (any slug serves: ZF1 reads the id)
    ``/tin-tuc/chi-tiet/id/<n>``                      the same article, no slug ("Xem tiếp »")
    ``/tin-tuc/chi-tiet/id/<n>/format/print``         print view (opened by onclick only)
    ``/index.php?module=news&id=<n>``                 the old controller: the same article in the
                                                      2009 template, windows-1258, no canonical
    ``/index.php?module=news&cat=<n>``                the old listing (menu "Góc phụ huynh")
    ``/tin-tuc/tim-kiem?tukhoa=``                     search (GET form in the top bar)
    ``/trang/noi-dung/id/1/gioi-thieu-chung.html``    intro page
    ``/van-ban/danh-sach``, ``/van-ban/chi-tiet/id/112/<slug>.html``   documents
    ``/thu-vien-anh``, ``/thu-vien-anh/album/id/9/<slug>.html``         photo albums
    ``/video``, ``/video/xem/id/4/<slug>.html``                         video clips
    ``/lich-cong-tac/tuan/49/nam/2026``               weekly calendar
    ``/lien-he``                                      contact form
    ``/binh-chon/ket-qua``                            poll result (the sidebar poll POSTs here)
    images under ``/public/…`` and ``/upload/…``, files (PDF) under ``/public/uploads/files/``

Page templates
    New layout (UTF-8): ``<base href="http://host/">`` and every link relative to it; top bar
    with the day ("Thứ Bảy, 05/12/2026") and a search form; ``<h1 class="ten-truong">`` holding
    the school's name; ddsmoothmenu; a three-column ``<table id="khung">``: left "THÔNG BÁO"
    marquee (old-route links), "DANH MỤC", "VĂN BẢN MỚI", "LIÊN KẾT WEBSITE"; right "TIN ĐỌC
    NHIỀU", "THƯ VIỆN ẢNH", "VIDEO CLIP", poll, visitor counter; footer. The same ``<title>``
    on every page. Article: breadcrumb ``div.dd-bc``, headline ``div.tde_ct``, info bar
    ``div.tt_capnhat`` (update stamp, CMS account, views), tools, optional sapo
    ``div.tomtat_ct``, body ``div.nd_ct``, ``div.ngaydang_ct`` "Đăng lúc 15h20 ngày
    03/12/2026", readers' comments, "Các tin mới đăng".
    Old layout (windows-1258, charset only in a meta http-equiv): table-only page, headline in
    ``td.tieude_tin``, "Ngày đăng: 02/11/2026 10:15" in ``td.ngay_tin``, the same body HTML (the
    database field is shared), "Các tin khác" through the old route.

How each gold article is reached (all 13 are news items of the school)
    258 A1 home "Tin nổi bật" (+ slugless "Xem tiếp »"), cat 1 page 1, "Tin đọc nhiều"
    257 A6 home "Tin mới cập nhật" and "Hoạt động chuyên môn" block, cat 3
    256 A11 home "Tin mới", cat 7, and the sidebar "THÔNG BÁO" through the old route
    255 A2 home, cat 1 page 1, "Tin đọc nhiều"
    253 A9 home, cat 5, also listed in cat 1 page 1 (filed under "Đoàn - Đội")
    251 A3 home, cat 1 page 1
    249 A7 home block "Hoạt động chuyên môn", cat 3, "Tin đọc nhiều"
    247 A4 cat 1 **page 2 only**
    242 A10 cat 5 only
    238 A5 cat 1 page 2; "Tin đọc nhiều" links it under its stale slug
    236 A8 cat 3 only
    244 A12, 233 A13: only the old listing ``/index.php?module=news&cat=9`` (menu "Góc phụ
    huynh"), through the old route: their gold path is the old route.

Traps
    1. Two routes, one article. ``/index.php?module=news&id=<n>`` serves every article in the
       2009 template without a canonical; the sidebar "THÔNG BÁO" portlet links notice 256 that
       way while listings link the new route. Gold: one record at the new route (its canonical),
       the old route in alt_paths.
    2. windows-1258 old pages. The old controller answers ``Content-Type: text/html`` with no
       charset; the charset is only in ``<meta http-equiv>`` and the bytes are windows-1258 with
       the tone marks as separate combining characters. Two articles (244, 233) live only
       there. Gold: their path is the old route, text NFC. In the UTF-8 layout, article 236 was
       imported through the old editor (every other letter an HTML entity) and 242 pasted from
       an old page (decomposed, NFD): gold text NFC all the same.
    3. PHP ``session.use_trans_sid``: a request without the PHPSESSID cookie gets every relative
       link (and every form, as a hidden input) rewritten with ``?PHPSESSID=…`` /
       ``&amp;PHPSESSID=…``. Gold: one record per article; the sid variants in alt_paths.
    4. ``<base href>``: all links in the new layout are relative to ``<base href="http://host/">``
       ("tin-tuc/danh-sach/cat/1"); resolved against the page's own directory they become
       ``/tin-tuc/chi-tiet/id/258/tin-tuc/…`` (404). Gold paths are the base-resolved ones.
    5. Headline and title tag lie: the only ``<h1>`` is the school's name in the header, the
       ``<title>`` is the same on every page, the meta description is the site's. Gold title: the
       ``div.tde_ct`` text (capitals as typed; 253's ends in an emoji, kept).
    6. Dates: the info bar under the headline prints "Cập nhật: <update stamp>" (the ZF model's
       ``ngay_capnhat``); the publication stamp is printed after the text as "Đăng lúc 15h20 ngày
       03/12/2026". Gold: the publication stamp. 236 was imported at midnight ("00h00") -> the
       day alone. The notice 256 is an official document: its letterhead day 30/11 wins over the
       posting stamp 01/12.
    7. Bylines: the info bar's "Người đăng: bt_thcsbm" is a CMS account -> nobody. Signatures at
       the end: "Tin, ảnh: Nguyễn Văn Quang" (both), "Tin: … - Ảnh: …", "ThS. … - Phó Hiệu
       trưởng", "Cô giáo … - Tổ trưởng tổ KHXH", "Thầy … - Tổ Tin học", "… (TPT Đội)" (the
       honorific and the post dropped), a unit alone ("Tổ Văn phòng", "Tổ KHTN") is the author,
       "BBT" is nobody, "Người viết: … - Nhân viên văn thư" on an old page.
    8. Captions four ways: TinyMCE's image table (caption row under the picture), a centred
       ``<em>`` paragraph under it (one in parentheses, taken off; one "(Ảnh: Đỗ Văn Tùng)" that
       only credits -> caption None, photographer), a ``<br><i>`` line in the old editor's
       ``div align=center``, and pictures with no line (None).
    9. Pagination: Zend_Paginator's sample control, translated ("< Trang trước | 1 | 2 | Trang
       sau >"), the current page printed as a bare number; page 1 answers both as ``…/cat/1`` and
       ``…/cat/1/page/1``; a page past the end answers the last page again (the paginator clamps).
       247 is only on page 2 of "Tin tức - Sự kiện".
   10. Duplicate URL forms: the slugless ``/tin-tuc/chi-tiet/id/258`` ("Xem tiếp »"), the stale
       slug of 238 in "Tin đọc nhiều" (the title was edited after posting; ZF1 ignores the slug),
       the print view in an onclick. All in alt_paths; the new-route pages print a canonical to
       the clean slug.
   11. Text boundaries: Word list paragraphs in 247 (``mso-list:Ignore`` bullets: no text),
       "Xem thêm: <album>" and an attachment line (not text), readers' comments ("Ý kiến bạn
       đọc") and "Các tin mới đăng" with dates after the text (chrome), a marquee of notices
       whose last item is plain text.
   12. Not articles that look like them: the intro page (headline, paragraphs, photo, no date),
       the video page ("Đăng ngày …" and a description), the document entry (a date, a subject),
       the album (dated captions), the weekly calendar (a table of dated rows).

Gold decisions on ambiguous points
    - Category: the breadcrumb's last item ("Đoàn - Đội" for 253, listed in two categories).
    - 244/233 are reachable only on the old route: that is their path (no canonical printed);
      the new route, which serves them too, is in alt_paths.
    - The print view and every sid/slug variant are alt_paths, not records.
    - "Cô giáo", "Thầy" and "ThS." in a signature are titles, dropped; "(TPT Đội)" is a post.
    - The official notice's schedule table and its "1. …"/"2. …" headings are body; the
      letterhead, "THÔNG BÁO / Về việc …", "Nơi nhận", the signer's post and "(Đã ký)" are not.
    - The "- " typed by the editor at the start of the notice's requirement lines is text.
    - "Theo Báo Giáo dục và Thời đại" closing 244 is its source; 238's opening "Theo kế hoạch
      số 86/KH-PGDĐT …" is text.
    - The sidebar notice "Lịch nghỉ Tết Dương lịch 2027 …" is chrome, not an article.
    - The poll result and search pages are neither gold nor listed non-articles.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    cp1258_bytes,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "zend_legacy_thcs"
PLATFORM = "zend_framework1"
START_PATH = "/"

#: the header clock: today, never a publication date
HEADER_DAY = "Thứ Bảy, 05/12/2026"
#: the session id PHP hands a cookie-less client (trans_sid writes it into every link)
SID = "9f2c7kq4v1m8b3t6h0e5r2a7n4"
SCHOOL = "Trường THCS Bình Minh"
PER_PAGE = 4


@dataclass(frozen=True)
class Cat:
    id: int
    name: str
    parent: str | None = None


CATS = {
    1: Cat(1, "Tin tức - Sự kiện", "Tin tức"),
    3: Cat(3, "Hoạt động chuyên môn", "Chuyên môn"),
    5: Cat(5, "Đoàn - Đội"),
    7: Cat(7, "Thông báo", "Tin tức"),
    9: Cat(9, "Góc phụ huynh"),
}


def _byline(markup: str, align: str = "right") -> Raw:
    return Raw(f'<p style="text-align: {align};"><strong>{markup}</strong></p>')


def _img(name: str, printed: str | None, caption: str | None, style: str) -> Img:
    return Img(name, printed, caption, style)


U12 = "/public/uploads/images/tin-tuc/2026_12/"
U11 = "/public/uploads/images/tin-tuc/2026_11/"
U10 = "/public/uploads/images/tin-tuc/2026_10/"

# --- the articles ---------------------------------------------------------------------------

A1 = Story(
    id=258,
    slug="truong-thcs-binh-minh-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Trường THCS Bình Minh tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
    cat="Tin tức - Sự kiện",
    published_at="2026-12-03T15:20:00+07:00",
    summary=(
        "Sáng ngày 01/12/2026, Trường THCS Bình Minh long trọng tổ chức Lễ khai mạc Hội khỏe "
        "Phù Đổng cấp trường năm học 2026 - 2027 với sự tham gia của gần 400 vận động viên đến "
        "từ 16 lớp."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đến dự lễ khai mạc có đồng chí Nguyễn Văn Hải - Phó Chủ tịch UBND xã Bình Minh; "
            "đại diện Ban đại diện cha mẹ học sinh nhà trường cùng toàn thể cán bộ, giáo viên, "
            "nhân viên và học sinh."
        ),
        P(
            "Phát biểu khai mạc, thầy Phạm Văn Thành - Hiệu trưởng nhà trường nhấn mạnh: Hội khỏe "
            "Phù Đổng là sân chơi bổ ích, tạo điều kiện để học sinh rèn luyện thể chất, phát "
            "triển năng khiếu thể thao, đồng thời là dịp để tuyển chọn những vận động viên xuất "
            "sắc tham dự Hội khỏe Phù Đổng cấp huyện."
        ),
        _img(
            U12 + "DSC_0412.JPG",
            "Thầy Phạm Văn Thành - Hiệu trưởng nhà trường phát biểu khai mạc Hội khỏe",
            "Thầy Phạm Văn Thành - Hiệu trưởng nhà trường phát biểu khai mạc Hội khỏe",
            "tbl",
        ),
        P(
            "Hội khỏe năm nay gồm 5 môn thi đấu: bóng đá nam, cầu lông, đá cầu, cờ vua và điền "
            "kinh (chạy 60m, chạy 800m, nhảy xa). Các trận đấu diễn ra sôi nổi, hấp dẫn trong "
            "suốt 3 ngày từ 01/12 đến 03/12/2026."
        ),
        _img(
            U12 + "DSC_0437.JPG",
            "Trận chung kết môn bóng đá nam giữa lớp 9A và lớp 8C",
            "Trận chung kết môn bóng đá nam giữa lớp 9A và lớp 8C",
            "tbl",
        ),
        P(
            "Kết thúc Hội khỏe, Ban tổ chức đã trao 15 giải Nhất, 18 giải Nhì, 24 giải Ba cho các "
            "cá nhân và tập thể. Giải Nhất toàn đoàn thuộc về lớp 9A, giải Nhì thuộc về lớp 8C, "
            "giải Ba thuộc về lớp 7B và lớp 6A."
        ),
        _byline("Tin, ảnh: Nguyễn Văn Quang"),
    ],
    authors=["Nguyễn Văn Quang"],
    photographers=["Nguyễn Văn Quang"],
    opts={"updated": "04/12/2026 08:15", "thumb": "hkpd-258.jpg"},
)

A2 = Story(
    id=255,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-20T10:45:00+07:00",
    summary=(
        "Sáng 20/11/2026, trong không khí phấn khởi của những ngày tháng 11 lịch sử, Trường "
        "THCS Bình Minh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tôn vinh "
        "các thầy cô giáo có thành tích xuất sắc trong năm học 2025 - 2026."
    ),
    blocks=[
        P(
            "Sáng 20/11/2026, trong không khí phấn khởi của những ngày tháng 11 lịch sử, Trường "
            "THCS Bình Minh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tôn "
            "vinh các thầy cô giáo có thành tích xuất sắc trong năm học 2025 - 2026.",
            "b",
        ),
        P(
            "Tới dự buổi lễ có ông Đỗ Văn Bình - Bí thư Đảng ủy xã Bình Minh, bà Trần Thị Hoa - "
            "Trưởng ban đại diện cha mẹ học sinh nhà trường, cùng các thầy cô giáo đã nghỉ hưu "
            "qua các thời kỳ."
        ),
        P(
            "Ôn lại truyền thống Ngày Nhà giáo Việt Nam, cô Lê Thị Thu Trang - Phó Hiệu trưởng "
            "nhà trường đã điểm lại những kết quả nổi bật của nhà trường trong năm học vừa qua: "
            "tỷ lệ học sinh tốt nghiệp THCS đạt 100%; 86 học sinh đỗ vào các trường THPT công "
            "lập, trong đó có 2 học sinh đỗ vào Trường THPT chuyên Nguyễn Huệ; 12 học sinh đạt "
            "giải học sinh giỏi cấp huyện."
        ),
        _img(
            U11 + "le-20-11-01.jpg",
            "Các thầy cô giáo nhận hoa chúc mừng của Ban đại diện cha mẹ học sinh",
            "Các thầy cô giáo nhận hoa chúc mừng của Ban đại diện cha mẹ học sinh",
            "pcap",
        ),
        P(
            "Thay mặt các thế hệ học sinh, em Nguyễn Minh Châu - lớp 9A đã gửi tới các thầy cô "
            "những lời tri ân sâu sắc:"
        ),
        P(
            "“Chúng con xin hứa sẽ luôn cố gắng học tập thật tốt, rèn luyện đạo đức để xứng đáng "
            "với công lao dạy dỗ của các thầy cô.”",
            "q",
        ),
        _img(U11 + "le-20-11-02.jpg", "(Ảnh: Đỗ Văn Tùng)", None, "pcap"),
        P(
            "Buổi lễ khép lại bằng những tiết mục văn nghệ đặc sắc do các lớp dàn dựng, để lại "
            "nhiều cảm xúc cho các thầy cô và các em học sinh."
        ),
        Raw(
            '<p><span style="color: #0000ff;"><strong>Xem thêm: </strong><a href="'
            'thu-vien-anh/album/id/9/le-ky-niem-ngay-nha-giao-viet-nam-20-11.html">Album ảnh Lễ '
            "kỷ niệm Ngày Nhà giáo Việt Nam 20/11</a></span></p>"
        ),
        _byline("Tổ Văn phòng"),
    ],
    authors=["Tổ Văn phòng"],
    photographers=["Đỗ Văn Tùng"],
    opts={
        "updated": "20/11/2026 10:45",
        "thumb": "le-20-11-255.jpg",
        "comments": [
            (
                "Phụ huynh em Minh Châu",
                "20/11/2026 21:14",
                "Cảm ơn các thầy cô đã luôn tận tâm với các con!",
            ),
            (
                "Cựu học sinh khóa 2010 - 2014",
                "21/11/2026 06:52",
                "Nhớ trường, nhớ thầy cô quá. Chúc các thầy cô luôn mạnh khỏe.",
            ),
        ],
    },
)

A3 = Story(
    id=251,
    slug="hoi-nghi-cha-me-hoc-sinh-giua-hoc-ky-i-nam-hoc-2026-2027",
    title="Hội nghị cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-15T09:05:00+07:00",
    blocks=[
        P(
            "Tối ngày 14/11/2026, Trường THCS Bình Minh đã tổ chức Hội nghị cha mẹ học sinh giữa "
            "học kỳ I tại 16 lớp học. Hội nghị nhằm thông báo kết quả học tập, rèn luyện của học "
            "sinh trong nửa đầu học kỳ I và thống nhất các biện pháp phối hợp giữa nhà trường và "
            "gia đình."
        ),
        P(
            "Tại hội nghị, giáo viên chủ nhiệm các lớp đã thông tin tới cha mẹ học sinh về tình "
            "hình nề nếp, chuyên cần, kết quả kiểm tra giữa kỳ của từng học sinh; đồng thời phổ "
            "biến kế hoạch ôn tập, kiểm tra cuối học kỳ I và lịch học tăng cường đối với khối 9."
        ),
        _img(U11 + "hop-phhs-giua-ky.jpg", None, None, "none"),
        P(
            "Nhiều ý kiến của cha mẹ học sinh tập trung vào việc quản lý điện thoại di động, an "
            "toàn giao thông trên đường đến trường và việc tổ chức bán trú. Các ý kiến đã được "
            "nhà trường tiếp thu, giải đáp cụ thể."
        ),
        P(
            "Hội nghị diễn ra nghiêm túc, dân chủ và đạt kết quả tốt, góp phần tăng cường mối "
            "liên hệ giữa gia đình và nhà trường trong công tác giáo dục học sinh."
        ),
        _byline("ThS. Lê Thị Thu Trang - Phó Hiệu trưởng"),
    ],
    authors=["Lê Thị Thu Trang"],
    opts={"updated": "16/11/2026 07:40", "thumb": "phhs-251.jpg"},
)

A4 = Story(
    id=247,
    slug="don-doan-kiem-tra-cong-tac-chuyen-doi-so-cua-phong-gd-dt-huyen-thanh-oai",
    title="Đón đoàn kiểm tra công tác chuyển đổi số của Phòng GD&ĐT huyện Thanh Oai",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-06T16:40:00+07:00",
    blocks=[
        P(
            "Chiều ngày 05/11/2026, đoàn kiểm tra của Phòng GD&ĐT huyện Thanh Oai do ông Nguyễn "
            "Hữu Toàn - Phó Trưởng phòng làm trưởng đoàn đã đến kiểm tra công tác chuyển đổi số "
            "tại Trường THCS Bình Minh.",
            "mso",
        ),
        P("Đoàn đã kiểm tra các nội dung sau:", "mso"),
        P(
            "Việc triển khai sổ điểm điện tử, học bạ số trên phần mềm quản lý nhà trường;",
            "msoli",
        ),
        P("Cơ sở dữ liệu ngành về học sinh, giáo viên và cơ sở vật chất;", "msoli"),
        P("Hệ thống hồ sơ điện tử và chữ ký số của cán bộ quản lý, giáo viên;", "msoli"),
        P(
            "Việc khai thác kho học liệu số và ứng dụng công nghệ thông tin trong dạy học.",
            "msoli",
        ),
        P(
            "Sau buổi làm việc, đoàn kiểm tra đánh giá cao sự chuẩn bị chu đáo của nhà trường, "
            "đặc biệt là việc 100% giáo viên sử dụng thành thạo sổ điểm điện tử và học bạ số. "
            "Đoàn cũng đề nghị nhà trường tiếp tục cập nhật kịp thời cơ sở dữ liệu ngành và đẩy "
            "mạnh thanh toán không dùng tiền mặt.",
            "mso",
        ),
        _img(
            U11 + "kiem-tra-cds.jpg",
            "Đoàn kiểm tra làm việc với Ban Giám hiệu nhà trường",
            "Đoàn kiểm tra làm việc với Ban Giám hiệu nhà trường",
            "tbl",
        ),
        _byline("Thầy Nguyễn Đức Long - Tổ Tin học"),
    ],
    authors=["Nguyễn Đức Long"],
    opts={"updated": "06/11/2026 16:40", "thumb": "cds-247.jpg"},
)

A5 = Story(
    id=238,
    slug="truong-thcs-binh-minh-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
    title="Trường THCS Bình Minh hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-05T08:00:00+07:00",
    blocks=[
        P(
            "Theo kế hoạch số 86/KH-PGDĐT của Phòng GD&ĐT huyện Thanh Oai, Tuần lễ hưởng ứng học "
            "tập suốt đời năm 2026 được tổ chức từ ngày 01/10 đến ngày 07/10/2026 với chủ đề "
            "“Học tập suốt đời - Chìa khóa cho phát triển bền vững”."
        ),
        P(
            "Hưởng ứng Tuần lễ, nhà trường đã treo băng rôn, khẩu hiệu; tổ chức tuyên truyền dưới "
            "cờ; phát động phong trào đọc sách tại thư viện trường với hơn 1.200 lượt học sinh "
            "mượn sách trong tuần."
        ),
        P(
            "Bên cạnh đó, các tổ chuyên môn đẩy mạnh bồi dưỡng giáo viên qua hệ thống học tập "
            "trực tuyến, khuyến khích mỗi thầy cô đăng ký ít nhất một khóa học bồi dưỡng năng lực "
            "số trong năm học."
        ),
        _img(
            U10 + "tuan-le-hoc-tap.jpg",
            "Học sinh đọc sách tại thư viện trường trong Tuần lễ học tập suốt đời",
            "Học sinh đọc sách tại thư viện trường trong Tuần lễ học tập suốt đời",
            "tbl",
        ),
        _byline("BBT"),
    ],
    opts={
        "updated": "07/10/2026 14:12",
        "thumb": "hoc-tap-238.jpg",
        "stale_slug": "huong-ung-tuan-le-hoc-tap-suot-doi-2026",
    },
)

A6 = Story(
    id=257,
    slug="chuyen-de-cap-cum-mon-ngu-van-day-hoc-doc-hieu-van-ban-nghi-luan",
    title=(
        "Chuyên đề cấp cụm môn Ngữ văn: Dạy học đọc hiểu văn bản nghị luận theo Chương trình "
        "GDPT 2018"
    ),
    cat="Hoạt động chuyên môn",
    published_at="2026-12-01T17:10:00+07:00",
    summary=(
        "Ngày 28/11/2026, Trường THCS Bình Minh đăng cai tổ chức chuyên đề cấp cụm môn Ngữ văn "
        "với chủ đề “Dạy học đọc hiểu văn bản nghị luận theo Chương trình GDPT 2018”, thu hút "
        "gần 40 giáo viên của 6 trường THCS trong cụm tham dự."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Chuyên đề được thực hiện qua tiết dạy minh họa bài “Bàn về đọc sách” (Ngữ văn 9) của "
            "cô giáo Nguyễn Thị Hằng tại lớp 9B. Tiết dạy được thiết kế theo hướng tổ chức các "
            "hoạt động học tập, giúp học sinh chủ động khám phá luận đề, luận điểm, lí lẽ và bằng "
            "chứng của văn bản."
        ),
        P("Chương trình chuyên đề", "h"),
        P("Thời gian | Nội dung | Người thực hiện", "trh"),
        P("7h30 - 8h00 | Đón tiếp đại biểu, ổn định tổ chức | Trường THCS Bình Minh", "tr"),
        P("8h00 - 8h45 | Tiết dạy minh họa tại lớp 9B | Cô Nguyễn Thị Hằng", "tr"),
        P("9h00 - 10h30 | Thảo luận, chia sẻ kinh nghiệm | Giáo viên trong cụm", "tr"),
        _img(
            U11 + "chuyen-de-ngu-van-9b.jpg",
            "Cô giáo Nguyễn Thị Hằng trong tiết dạy minh họa tại lớp 9B",
            "Cô giáo Nguyễn Thị Hằng trong tiết dạy minh họa tại lớp 9B",
            "tbl",
        ),
        P(
            "Trong phần thảo luận, các thầy cô đã chia sẻ nhiều kinh nghiệm trong việc hướng dẫn "
            "học sinh đọc hiểu văn bản nghị luận như: sử dụng sơ đồ tư duy để khái quát hệ thống "
            "luận điểm, tổ chức tranh biện nhỏ trong lớp, kết nối nội dung văn bản với trải "
            "nghiệm của học sinh."
        ),
        P(
            "Chuyên đề đã góp phần nâng cao năng lực tổ chức dạy học của giáo viên, đáp ứng yêu "
            "cầu đổi mới phương pháp dạy học theo Chương trình GDPT 2018."
        ),
        _byline("Cô giáo Nguyễn Thị Hằng - Tổ trưởng tổ KHXH"),
    ],
    authors=["Nguyễn Thị Hằng"],
    opts={"updated": "02/12/2026 10:22", "thumb": "ngu-van-257.jpg"},
)

A7 = Story(
    id=249,
    slug="ket-qua-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Kết quả Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-10T16:05:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch năm học, từ ngày 19/10 đến ngày 06/11/2026, Trường THCS Bình Minh "
            "tổ chức Hội thi giáo viên dạy giỏi cấp trường với 14 giáo viên tham gia ở các môn "
            "Toán, Ngữ văn, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí."
        ),
        _img(
            U11 + "hoi-thi-gvdg-toan.jpg",
            "Thầy Trần Văn Khải trong tiết dạy dự thi môn Toán lớp 8A",
            "Thầy Trần Văn Khải trong tiết dạy dự thi môn Toán lớp 8A",
            "tbl",
        ),
        P(
            "Mỗi giáo viên dự thi thực hiện hai tiết dạy (một tiết tự chọn, một tiết bốc thăm) và "
            "trình bày biện pháp nâng cao chất lượng giảng dạy. Ban giám khảo là các đồng chí "
            "trong Ban Giám hiệu và tổ trưởng chuyên môn."
        ),
        P("Kết quả, Hội thi có 5 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, cụ thể:"),
        P("STT | Họ và tên | Môn | Xếp loại", "trh"),
        P("1 | Nguyễn Thị Hằng | Ngữ văn | Giỏi", "tr"),
        P("2 | Trần Văn Khải | Toán | Giỏi", "tr"),
        P("3 | Đặng Thu Phương | Tiếng Anh | Giỏi", "tr"),
        P("4 | Hoàng Minh Tâm | Khoa học tự nhiên | Giỏi", "tr"),
        P("5 | Bùi Thị Lan | Lịch sử và Địa lí | Giỏi", "tr"),
        P(
            "Nhà trường sẽ lựa chọn các giáo viên có kết quả cao nhất tham dự Hội thi giáo viên "
            "dạy giỏi cấp huyện năm học 2026 - 2027."
        ),
        _byline("Tin: Phạm Thị Minh Huệ - Ảnh: Trần Quốc Bảo"),
    ],
    authors=["Phạm Thị Minh Huệ"],
    photographers=["Trần Quốc Bảo"],
    opts={"updated": "10/11/2026 16:05", "thumb": "gvdg-249.jpg"},
)

A8 = Story(
    id=236,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan-7",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán 7",
    cat="Hoạt động chuyên môn",
    published_at="2026-10-22",
    blocks=[
        P(
            "Thực hiện Công văn hướng dẫn nhiệm vụ năm học của Phòng GD&ĐT, ngày 20/10/2026, tổ "
            "Khoa học tự nhiên đã tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với "
            "bài “Tổng các góc trong một tam giác” (Toán 7)."
        ),
        P(
            "Tiết dạy minh họa do thầy Trần Văn Khải thực hiện tại lớp 7A. Thay vì tập trung nhận "
            "xét giáo viên, các thành viên trong tổ quan sát hoạt động học của từng nhóm học sinh, "
            "ghi chép lại những thời điểm học sinh gặp khó khăn và cách các em vượt qua."
        ),
        P(
            "Qua buổi sinh hoạt, tổ chuyên môn thống nhất một số biện pháp: tăng thời lượng cho "
            "hoạt động đo đạc, gấp giấy để học sinh tự phát hiện tính chất; giao nhiệm vụ rõ ràng "
            "cho từng thành viên trong nhóm; sử dụng phiếu học tập có mức độ phân hóa."
        ),
        _byline("Tổ KHTN"),
    ],
    authors=["Tổ KHTN"],
    opts={
        "updated": "22/10/2026 00:00",
        "posted": ("00h00", "22/10/2026"),
        "thumb": "toan7-236.jpg",
        "enc": "ent2",
    },
)

A9 = Story(
    id=253,
    slug="lien-doi-thcs-binh-minh-ra-quan-ke-hoach-nho-thu-gom-giay-vun",
    title="Liên đội THCS Bình Minh ra quân “Kế hoạch nhỏ” thu gom giấy vụn 🌱",
    cat="Đoàn - Đội",
    published_at="2026-11-17T16:45:00+07:00",
    blocks=[
        P(
            "Sáng ngày 16/11/2026, Liên đội THCS Bình Minh tổ chức ra quân phong trào “Kế hoạch "
            "nhỏ” thu gom giấy vụn, chai nhựa với chủ đề “Chung tay vì bạn nghèo” 💚."
        ),
        P(
            "Ngay từ 6h45, các chi đội đã mang giấy vụn, sách báo cũ, vỏ chai nhựa tập kết tại sân "
            "trường. Sau 2 giờ, toàn Liên đội đã thu gom được hơn 1,8 tấn giấy vụn và 320kg vỏ "
            "chai nhựa."
        ),
        _img(
            U11 + "ke-hoach-nho-01.jpg",
            "(Đội viên Chi đội 8A mang giấy vụn đến điểm tập kết)",
            "Đội viên Chi đội 8A mang giấy vụn đến điểm tập kết",
            "pcap",
        ),
        P(
            "Toàn bộ số tiền thu được từ phong trào sẽ được dùng để mua sách vở, quần áo ấm tặng "
            "các bạn học sinh có hoàn cảnh khó khăn của nhà trường nhân dịp Tết Nguyên đán Đinh "
            "Mùi 2027."
        ),
        P("Chi đội 8A, 9C và 6B là ba chi đội dẫn đầu phong trào đợt này."),
        _byline("Tin, ảnh: Vũ Thị Ngọc Anh (TPT Đội)"),
    ],
    authors=["Vũ Thị Ngọc Anh"],
    photographers=["Vũ Thị Ngọc Anh"],
    opts={
        "updated": "18/11/2026 09:30",
        "thumb": "khn-253.jpg",
        "also": [1],
        "comments": [
            (
                "Nguyễn Thu Hà",
                "17/11/2026 19:02",
                "Phong trào rất ý nghĩa, các con lớp 8A giỏi quá!",
            ),
        ],
    },
)

A10 = Story(
    id=242,
    slug="hoi-thi-chi-huy-doi-gioi-nam-hoc-2026-2027",
    title="Hội thi “Chỉ huy Đội giỏi” năm học 2026 - 2027",
    cat="Đoàn - Đội",
    published_at="2026-10-30T14:00:00+07:00",
    blocks=[
        P(
            "Nhằm nâng cao kỹ năng nghiệp vụ công tác Đội cho đội ngũ cán bộ chi đội, chiều ngày "
            "29/10/2026, Liên đội THCS Bình Minh tổ chức Hội thi “Chỉ huy Đội giỏi” năm học 2026 "
            "- 2027.",
            "div",
        ),
        P(
            "Hội thi có sự tham gia của 16 đội thi đến từ 16 chi đội. Các đội thi trải qua ba "
            "phần thi: kiến thức về Đội TNTP Hồ Chí Minh, nghi thức - chỉ huy đội hình đội ngũ và "
            "xử lý tình huống.",
            "div",
        ),
        _img(
            U10 + "chi-huy-doi-gioi.jpg",
            "Phần thi nghi thức của Chi đội 7C",
            "Phần thi nghi thức của Chi đội 7C",
            "tbl",
        ),
        P("Kết quả:", "div"),
        P("- Giải Nhất: Chi đội 9A;", "br"),
        P("- Giải Nhì: Chi đội 8B và Chi đội 7C;", "br"),
        P("- Giải Ba: Chi đội 6A, Chi đội 8C và Chi đội 9B.", "br"),
        Raw('<div style="text-align: right;"><em>Vũ Thị Ngọc Anh</em></div>'),
    ],
    authors=["Vũ Thị Ngọc Anh"],
    opts={"updated": "30/10/2026 14:00", "thumb": "chdg-242.jpg", "enc": "nfd"},
)

_LETTERHEAD = (
    '<table style="width: 100%;" border="0" cellspacing="0" cellpadding="0"><tbody><tr>'
    '<td style="width: 40%; text-align: center;" valign="top">UBND HUYỆN THANH OAI<br />'
    "<strong>TRƯỜNG THCS BÌNH MINH</strong><br />______________<br />"
    "Số: 127/TB-THCSBM</td>"
    '<td style="text-align: center;" valign="top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    "<br /><u>Độc lập - Tự do - Hạnh phúc</u></strong><br /><br />"
    "<em>Bình Minh, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
)
_CLOSING = (
    '<table style="width: 100%;" border="0" cellspacing="0" cellpadding="0"><tbody><tr>'
    '<td style="width: 50%;" valign="top"><strong><em>Nơi nhận:</em></strong><br />'
    "- Phòng GD&amp;ĐT (để b/c);<br />- CB, GV, NV, HS;<br />- Website trường;<br />"
    "- Lưu: VT.</td>"
    '<td style="text-align: center;" valign="top"><strong>HIỆU TRƯỞNG</strong><br /><br />'
    "<em>(Đã ký)</em><br /><br /><strong>Phạm Văn Thành</strong></td></tr></tbody></table>"
    '<p>File đính kèm: <a href="public/uploads/files/TB-127-kiem-tra-cuoi-HKI.pdf">'
    '<img src="public/templates/thcs/images/icon_pdf.gif" alt="" /> '
    "TB-127-kiem-tra-cuoi-HKI.pdf</a></p>"
)

A11 = Story(
    id=256,
    slug="thong-bao-ve-viec-to-chuc-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
    cat="Thông báo",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027;"),
        P(
            "Căn cứ Công văn số 412/PGDĐT-THCS ngày 24/11/2026 của Phòng GD&ĐT huyện Thanh Oai về "
            "việc hướng dẫn kiểm tra, đánh giá cuối học kỳ I cấp THCS;"
        ),
        P(
            "Trường THCS Bình Minh thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 như "
            "sau:"
        ),
        P("1. Thời gian và môn kiểm tra", "h"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "trh"),
        P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("15/12/2026 | Chiều | Lịch sử và Địa lí | 60 phút", "tr"),
        P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("16/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
        P("17/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
        P("2. Yêu cầu", "h"),
        P(
            "- Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo đầy đủ đồ "
            "dùng học tập theo quy định."
        ),
        P(
            "- Giáo viên coi kiểm tra thực hiện nghiêm túc quy chế, không để học sinh sử dụng tài "
            "liệu, điện thoại trong phòng kiểm tra."
        ),
        P(
            "Nhà trường đề nghị cha mẹ học sinh phối hợp nhắc nhở các em ôn tập tốt để đạt kết "
            "quả cao."
        ),
        Raw(_CLOSING),
    ],
    authors=["Phạm Văn Thành"],
    opts={
        "updated": "01/12/2026 08:10",
        "posted": ("08h10", "01/12/2026"),
        "thumb": "thong-bao.gif",
    },
)

A12 = Story(
    id=244,
    slug="cha-me-can-lam-gi-khi-con-buoc-vao-tuoi-day-thi",
    title="Cha mẹ cần làm gì khi con bước vào tuổi dậy thì?",
    cat="Góc phụ huynh",
    published_at="2026-11-02T10:15:00+07:00",
    blocks=[
        _img("/upload/news/2026/tuoi-day-thi.jpg", None, None, "oldnone"),
        P(
            "Tuổi dậy thì là giai đoạn chuyển tiếp quan trọng từ trẻ em sang người lớn, thường bắt "
            "đầu từ 10 - 12 tuổi ở bé gái và 12 - 14 tuổi ở bé trai. Đây cũng là lứa tuổi học sinh "
            "THCS với nhiều thay đổi về thể chất và tâm lý."
        ),
        P("Lắng nghe nhiều hơn, áp đặt ít hơn", "h"),
        P(
            "Ở tuổi này, trẻ bắt đầu muốn khẳng định bản thân, dễ phản ứng khi bị la mắng hay so "
            "sánh. Cha mẹ nên dành thời gian trò chuyện, lắng nghe con chia sẻ về bạn bè, thầy "
            "cô, tránh phán xét vội vàng."
        ),
        P("Trang bị kiến thức về sức khỏe sinh sản", "h"),
        P(
            "Cha mẹ cần chủ động cung cấp cho con những kiến thức cơ bản về sự thay đổi của cơ "
            "thể, cách giữ gìn vệ sinh cá nhân và bảo vệ bản thân, thay vì để con tự tìm hiểu qua "
            "mạng xã hội."
        ),
        P("Phối hợp chặt chẽ với nhà trường", "h"),
        P(
            "Thường xuyên liên hệ với giáo viên chủ nhiệm để nắm bắt tình hình học tập, rèn luyện "
            "của con; kịp thời phát hiện những biểu hiện bất thường về tâm lý để có biện pháp hỗ "
            "trợ."
        ),
        Raw('<p align="right"><i>Theo Báo Giáo dục và Thời đại</i></p>'),
    ],
    source="Báo Giáo dục và Thời đại",
    opts={"updated": "02/11/2026 10:15", "old": True},
)

A13 = Story(
    id=233,
    slug="huong-dan-cha-me-hoc-sinh-tra-cuu-ket-qua-hoc-tap-tren-phan-mem-smas",
    title="Hướng dẫn cha mẹ học sinh tra cứu kết quả học tập của con trên phần mềm SMAS",
    cat="Góc phụ huynh",
    published_at="2026-10-12T09:00:00+07:00",
    blocks=[
        P(
            "Từ năm học 2026 - 2027, nhà trường sử dụng phần mềm SMAS để quản lý kết quả học tập "
            "của học sinh. Cha mẹ học sinh có thể tra cứu điểm số, nhận xét của giáo viên theo "
            "các bước sau:"
        ),
        P("Truy cập địa chỉ smas.edu.vn hoặc tải ứng dụng SMAS trên điện thoại;", "ol"),
        P("Đăng nhập bằng số điện thoại đã đăng ký với giáo viên chủ nhiệm;", "ol"),
        P("Chọn mục “Kết quả học tập” để xem điểm các môn theo từng học kỳ.", "ol"),
        _img(
            "/upload/news/2026/smas-tra-cuu.jpg",
            "Giao diện tra cứu kết quả học tập trên ứng dụng SMAS",
            "Giao diện tra cứu kết quả học tập trên ứng dụng SMAS",
            "oldcap",
        ),
        P(
            "Trường hợp quên mật khẩu hoặc chưa có tài khoản, cha mẹ học sinh liên hệ với văn "
            "phòng nhà trường (cô Đỗ Thị Mai, điện thoại 024.33.873.215) trong giờ hành chính để "
            "được hỗ trợ."
        ),
        Raw('<p align="right"><b>Người viết: Đỗ Thị Mai - Nhân viên văn thư</b></p>'),
    ],
    authors=["Đỗ Thị Mai"],
    opts={"updated": "12/10/2026 09:00", "old": True},
)

STORIES = [A1, A6, A11, A2, A9, A3, A7, A4, A10, A5, A12, A8, A13]
BY_ID = {s.id: s for s in STORIES}
CAT_OF = {s.id: next(c for c in CATS.values() if c.name == s.cat) for s in STORIES}


def _stamp(story: Story) -> tuple[str, str]:
    """("15h20", "03/12/2026"): the publication stamp as the view script prints it."""
    if "posted" in story.opts:
        return story.opts["posted"]
    day, time = story.published_at[:10], story.published_at[11:16]
    y, m, d = day.split("-")
    return time.replace(":", "h"), f"{d}/{m}/{y}"


def _day(story: Story) -> str:
    return _stamp(story)[1]


def _in_cat(cat: int) -> list[Story]:
    items = [s for s in STORIES if CAT_OF[s.id].id == cat or cat in s.opts.get("also", [])]
    return sorted(items, key=lambda s: s.id, reverse=True)


def new_path(story: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/chi-tiet/id/{story.id}/{slug or story.slug}.html"


def old_path(story: Story) -> str:
    return f"/index.php?module=news&id={story.id}"


def _link(story: Story) -> str:
    """The relative href (base-resolved) a listing prints."""
    if story.opts.get("old"):
        return f"index.php?module=news&amp;id={story.id}"
    return new_path(story)[1:]


# --- body markup (the shared database field) --------------------------------------------------


def _t(story: Story, value: str) -> str:
    enc = story.opts.get("enc")
    if enc == "ent2":
        return text(value, entities=2)
    if enc == "nfd":
        return text(value, nfd=True)
    return text(value)


_MSO_BULLET = (
    '<span style="font-family: Symbol; mso-fareast-font-family: Symbol; mso-bidi-font-family: '
    'Symbol;"><span style="mso-list: Ignore;">·<span style="font: 7.0pt &quot;Times New '
    'Roman&quot;;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
)
_MSO_SPAN = '<span style="font-size: 13.0pt; line-height: 115%; font-family: &quot;Times New Roman&quot;,&quot;serif&quot;;">'


def _image(story: Story, img: Img, n: int) -> str:
    src = img.src[1:] if img.src.startswith("/") else img.src
    alt = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    tag = f'<img src="{esc(src)}" alt="{esc(alt)}" width="500" height="333" style="border: 0px;" />'
    printed = _t(story, img.printed) if img.printed else ""
    if img.style == "tbl":
        return (
            f'<table class="image" style="margin: auto;" border="0" cellpadding="2" align="center">'
            f"<tbody><tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center;"><em><span style="font-size: 10pt;">{printed}'
            "</span></em></td></tr></tbody></table>"
        )
    if img.style == "pcap":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{printed}</em></p>'
        )
    if img.style == "oldcap":
        return f'<div align="center"><img src="{esc(src)}" border="0" width="450"><br><i>{printed}</i></div>'
    if img.style == "oldnone":
        return f'<div align="center"><img src="{esc(src)}" border="0" width="450"></div>'
    return f'<p style="text-align: center;">{tag}</p>'


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    n_img = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            n_img += 1
            out.append(_image(story, b, n_img))
            i += 1
            continue
        style = b.style
        if style in ("tr", "trh"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("tr", "trh"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "trh":
                    tds = "".join(
                        f'<td style="text-align: center;"><strong>{_t(story, c)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{_t(story, c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            out.append(
                '<table style="width: 100%; border-collapse: collapse;" border="1" '
                f'cellspacing="0" cellpadding="3"><tbody>{"".join(rows)}</tbody></table>'
            )
            continue
        if style in ("li", "ol"):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            tag = "ul" if style == "li" else "ol"
            out.append(f"<{tag}>{''.join(items)}</{tag}>")
            continue
        if style == "msoli":
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "msoli":
                last = not (
                    i + 1 < len(blocks)
                    and isinstance(blocks[i + 1], P)
                    and blocks[i + 1].style == "msoli"
                )
                cls = (
                    "MsoListParagraphCxSpFirst"
                    if first
                    else ("MsoListParagraphCxSpLast" if last else "MsoListParagraphCxSpMiddle")
                )
                out.append(
                    f'<p class="{cls}" style="margin-left: .5in; text-align: justify; '
                    f'text-indent: -.25in; mso-list: l0 level1 lfo1;">{_MSO_BULLET}'
                    f"{_MSO_SPAN}{_t(story, blocks[i].text)}</span></p>"
                )
                first = False
                i += 1
            continue
        # a paragraph, with the <br /> lines that follow it
        parts = [_t(story, b.text)]
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            parts.append(_t(story, blocks[i].text))
            i += 1
        inner = "<br />\n".join(parts)
        if style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{inner}</strong></p>')
        elif style == "h":
            out.append(f"<p><strong>{inner}</strong></p>")
        elif style == "q":
            out.append(f"<blockquote><p><em>{inner}</em></p></blockquote>")
        elif style == "div":
            out.append(f'<div style="text-align: justify;">{inner}</div>')
        elif style == "mso":
            out.append(
                f'<p class="MsoNormal" style="text-align: justify; text-indent: .5in;">'
                f"{_MSO_SPAN}{inner}</span></p>"
            )
        else:
            out.append(f'<p style="text-align: justify;">{inner}</p>')
    return "\n".join(out)


def _teaser(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:28]) + ("..." if len(words) > 28 else "")


# --- PHP session, trans_sid ---------------------------------------------------------------------


def _has_cookie(request: Request) -> bool:
    for key, value in request.headers.items():
        if key.lower() == "cookie" and "PHPSESSID=" in value:
            return True
    return False


_HREF = re.compile(r'(<a\b[^>]*?\bhref=")([^"]*)(")', re.I)
_FORM = re.compile(r"(<form\b[^>]*>)", re.I)


def _with_sid(url: str) -> str:
    low = url.lower()
    if not url or low.startswith(("http:", "https:", "javascript:", "mailto:", "#", "//")):
        return url
    return url + ("&amp;" if "?" in url else "?") + f"PHPSESSID={SID}"


def _trans_sid(page: str) -> str:
    page = _HREF.sub(lambda m: m.group(1) + _with_sid(m.group(2)) + m.group(3), page)
    return _FORM.sub(
        lambda m: m.group(1) + f'<input type="hidden" name="PHPSESSID" value="{SID}" />', page
    )


def _php_headers(request: Request) -> dict[str, str]:
    headers = {
        "X-Powered-By": "PHP/5.3.10-1ubuntu3.26",
        "Server": "Apache/2.2.22 (Ubuntu)",
        "Expires": "Thu, 19 Nov 1981 08:52:00 GMT",
        "Cache-Control": "no-store, no-cache, must-revalidate, post-check=0, pre-check=0",
        "Pragma": "no-cache",
    }
    if not _has_cookie(request):
        headers["Set-Cookie"] = f"PHPSESSID={SID}; path=/"
    return headers


def _finish(request: Request, page: str, *, legacy: bool = False, status: int = 200) -> Response:
    if not _has_cookie(request):
        page = _trans_sid(page)
    headers = _php_headers(request)
    if legacy:
        return html(_to_cp1258(page), status=status, charset=None, headers=headers)
    return html(page, status=status, headers=headers)


def _to_cp1258(page: str) -> bytes:
    """The 2009 template's bytes: windows-1258, what the code page lacks as a reference."""
    out = []
    for ch in unicodedata.normalize("NFC", page):
        try:
            cp1258_bytes(ch)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(f"&#{ord(ch)};")
    return cp1258_bytes("".join(out))


# --- the new layout ---------------------------------------------------------------------------

_MENU = """<div id="smoothmenu1" class="ddsmoothmenu">
<ul>
<li><a href="./" class="trangchu">Trang chủ</a></li>
<li><a href="javascript:void(0)">Giới thiệu</a>
  <ul>
  <li><a href="trang/noi-dung/id/1/gioi-thieu-chung.html">Giới thiệu chung</a></li>
  <li><a href="lien-he">Thông tin liên hệ</a></li>
  </ul>
</li>
<li><a href="tin-tuc/danh-sach/cat/1">Tin tức</a>
  <ul>
  <li><a href="tin-tuc/danh-sach/cat/1">Tin tức - Sự kiện</a></li>
  <li><a href="tin-tuc/danh-sach/cat/7">Thông báo</a></li>
  </ul>
</li>
<li><a href="javascript:void(0)">Chuyên môn</a>
  <ul>
  <li><a href="tin-tuc/danh-sach/cat/3">Hoạt động chuyên môn</a></li>
  <li><a href="van-ban/danh-sach">Văn bản - Kế hoạch</a></li>
  </ul>
</li>
<li><a href="tin-tuc/danh-sach/cat/5">Đoàn - Đội</a></li>
<li><a href="index.php?module=news&amp;cat=9">Góc phụ huynh</a></li>
<li><a href="javascript:void(0)">Thư viện</a>
  <ul>
  <li><a href="thu-vien-anh">Thư viện ảnh</a></li>
  <li><a href="video">Video clip</a></li>
  </ul>
</li>
<li><a href="lich-cong-tac/tuan/49/nam/2026">Lịch công tác</a></li>
<li><a href="lien-he">Liên hệ</a></li>
</ul>
<br style="clear: left" />
</div>"""


def _khoi(title: str, inner: str, n: int) -> str:
    return (
        f'<div class="khoi-ben" id="khoi_{n}"><div class="td-khoi"><span>{title}</span></div>'
        f'<div class="nd-khoi">{inner}</div><div class="chan-khoi"></div></div>'
    )


def _left() -> str:
    tb = (
        '<marquee direction="up" scrollamount="2" height="170" onmouseover="this.stop()" '
        'onmouseout="this.start()"><ul class="ds-tb">'
        f'<li><a href="index.php?module=news&amp;id={A11.id}">{esc(A11.title)}</a> '
        '<img src="public/templates/thcs/images/new.gif" alt="" /></li>'
        '<li><a href="van-ban/chi-tiet/id/112/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027.html">'
        "Kế hoạch giáo dục nhà trường năm học 2026 - 2027</a></li>"
        "<li>Lịch nghỉ Tết Dương lịch 2027: học sinh toàn trường nghỉ học ngày 01/01/2027 (Thứ "
        "Sáu), đi học trở lại bình thường từ ngày 04/01/2027.</li>"
        "</ul></marquee>"
        '<div class="xt"><a href="tin-tuc/danh-sach/cat/7">Xem tất cả &raquo;</a></div>'
    )
    dm = (
        '<ul class="dm-doc">'
        + "".join(
            f'<li><a href="tin-tuc/danh-sach/cat/{c.id}">{esc(c.name)}</a></li>'
            for c in CATS.values()
            if c.id != 9
        )
        + '<li><a href="index.php?module=news&amp;cat=9">Góc phụ huynh</a></li></ul>'
    )
    vb = (
        '<ul class="ds-vb"><li><img src="public/templates/thcs/images/icon_doc.gif" alt="" /> '
        '<a href="van-ban/chi-tiet/id/112/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027.html">'
        "Số 98/KH-THCSBM: Kế hoạch giáo dục nhà trường năm học 2026 - 2027</a> "
        '<span class="ngay-vb">(15/09/2026)</span></li></ul>'
        '<div class="xt"><a href="van-ban/danh-sach">Xem tiếp &raquo;</a></div>'
    )
    lk = (
        '<select class="lk-web" onchange="if(this.value!=\'\')window.open(this.value)">'
        '<option value="">--- Liên kết website ---</option>'
        '<option value="http://www.hanoi.edu.vn">Sở GD&amp;ĐT Hà Nội</option>'
        '<option value="http://pgdthanhoai.edu.vn">Phòng GD&amp;ĐT Thanh Oai</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://thanhoai.hanoi.gov.vn">Cổng TTĐT huyện Thanh Oai</option>'
        "</select>"
    )
    return (
        _khoi("THÔNG BÁO", tb, 11)
        + _khoi("DANH MỤC", dm, 12)
        + _khoi("VĂN BẢN MỚI", vb, 13)
        + _khoi("LIÊN KẾT WEBSITE", lk, 14)
        + '<div class="qc-trai"><a href="http://hanoi.edu.vn" target="_blank">'
        '<img src="public/uploads/quangcao/banner-so-gddt.jpg" width="200" alt="So GDDT" /></a></div>'
    )


def _right() -> str:
    most = [(A2, None), (A7, None), (A5, A5.opts["stale_slug"]), (A1, None)]
    dn = (
        '<ul class="tin-dn">'
        + "".join(
            f'<li><a href="{new_path(s, slug)[1:]}">{esc(s.title)}</a> '
            f'<span class="lx">({s.views()} lượt xem)</span></li>'
            for s, slug in most
        )
        + "</ul>"
    )
    ta = (
        '<a href="thu-vien-anh/album/id/9/le-ky-niem-ngay-nha-giao-viet-nam-20-11.html">'
        '<img src="public/uploads/album/thumbs/album-9.jpg" width="190" alt="" /></a>'
        '<div class="ta-td">Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11</div>'
        '<div class="xt"><a href="thu-vien-anh">Xem tất cả album &raquo;</a></div>'
    )
    vd = (
        '<a href="video/xem/id/4/tiet-muc-mua-co-giao-lang-toi.html">'
        '<img src="public/uploads/video/thumbs/video-4.jpg" width="190" alt="" /></a>'
        '<div class="ta-td">Tiết mục múa “Cô giáo làng tôi” - lớp 8C</div>'
        '<div class="xt"><a href="video">Xem thêm video &raquo;</a></div>'
    )
    poll = (
        '<form name="frmBinhChon" method="post" action="binh-chon/ket-qua">'
        '<div class="cauhoi">Bạn biết đến Website nhà trường qua kênh nào?</div>'
        '<input type="radio" name="phuongan" value="1" checked="checked" /> Giáo viên chủ nhiệm<br />'
        '<input type="radio" name="phuongan" value="2" /> Nhóm Zalo lớp<br />'
        '<input type="radio" name="phuongan" value="3" /> Tìm kiếm trên Google<br />'
        '<input type="radio" name="phuongan" value="4" /> Kênh khác<br />'
        '<input type="hidden" name="id_binhchon" value="3" />'
        '<input type="submit" class="nut" value="Bình chọn" /> '
        '<input type="button" class="nut" value="Xem kết quả" '
        "onclick=\"window.open('binh-chon/ket-qua','kq','width=400,height=300')\" />"
        "</form>"
    )
    tk = (
        '<table class="thongke" width="100%" cellpadding="2">'
        '<tr><td><img src="public/templates/thcs/images/tk_online.gif" alt="" /> Đang online:</td><td align="right">14</td></tr>'
        '<tr><td><img src="public/templates/thcs/images/tk_homnay.gif" alt="" /> Hôm nay:</td><td align="right">362</td></tr>'
        '<tr><td><img src="public/templates/thcs/images/tk_homqua.gif" alt="" /> Hôm qua:</td><td align="right">418</td></tr>'
        '<tr><td><img src="public/templates/thcs/images/tk_tong.gif" alt="" /> Tổng truy cập:</td><td align="right">1.284.915</td></tr>'
        "</table>"
    )
    return (
        _khoi("TIN ĐỌC NHIỀU", dn, 21)
        + _khoi("THƯ VIỆN ẢNH", ta, 22)
        + _khoi("VIDEO CLIP", vd, 23)
        + _khoi("THĂM DÒ Ý KIẾN", poll, 24)
        + _khoi("THỐNG KÊ TRUY CẬP", tk, 25)
    )


_FOOTER = """<div id="footer">
<div class="menu-chan"><a href="./">Trang chủ</a> | <a href="trang/noi-dung/id/1/gioi-thieu-chung.html">Giới thiệu</a> | <a href="tin-tuc/danh-sach/cat/1">Tin tức</a> | <a href="van-ban/danh-sach">Văn bản</a> | <a href="lien-he">Liên hệ</a></div>
<div class="ttin-chan">
<b>TRƯỜNG THCS BÌNH MINH - HUYỆN THANH OAI - TP HÀ NỘI</b><br />
Địa chỉ: Thôn Thạch Bích, xã Bình Minh, huyện Thanh Oai, TP Hà Nội<br />
Điện thoại: 024.33.873.215 - Email: c2binhminh-thanhoai@hanoiedu.vn<br />
Chịu trách nhiệm nội dung: Thầy Phạm Văn Thành - Hiệu trưởng<br />
Bản quyền &copy; 2012 thuộc Trường THCS Bình Minh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
</div>
<div class="tk-web">Thiết kế và phát triển: <a href="http://htsoft.com.vn" target="_blank">HTSoft</a></div>
</div>"""


def layout(request: Request, content: str, *, canonical: str | None = None) -> str:
    base = base_url(request) + "/"
    canon = f'<link rel="canonical" href="{base_url(request)}{canonical}" />\n' if canonical else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<base href="{base}" />
<title>Trường THCS Bình Minh - Huyện Thanh Oai - Hà Nội</title>
<meta name="keywords" content="thcs binh minh, truong thcs binh minh, thanh oai, ha noi, giao duc" />
<meta name="description" content="Website Trường THCS Bình Minh - huyện Thanh Oai - TP Hà Nội. Tin tức, thông báo, văn bản, hoạt động chuyên môn của nhà trường." />
{canon}<link href="public/templates/thcs/css/style.css" media="screen" rel="stylesheet" type="text/css" />
<link href="public/templates/thcs/css/ddsmoothmenu.css" media="screen" rel="stylesheet" type="text/css" />
<link rel="shortcut icon" href="favicon.ico" />
<script type="text/javascript" src="public/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="public/js/ddsmoothmenu.js"></script>
<script type="text/javascript">
//<![CDATA[
ddsmoothmenu.init({{mainmenuid: "smoothmenu1", orientation: 'h', classname: 'ddsmoothmenu', contentsource: "markup"}});
function inBai(u){{ window.open(u, 'inbai', 'width=760,height=600,scrollbars=yes'); return false; }}
//]]>
</script>
</head>
<body>
<div id="wrapper">
<div id="top-bar">
  <span class="ngay-hom-nay">{HEADER_DAY}</span>
  <form id="frmTimKiem" name="frmTimKiem" method="get" action="tin-tuc/tim-kiem">
    <input type="text" name="tukhoa" class="o-tim" value="" onfocus="if(this.value=='Nhập từ khóa...')this.value=''" />
    <input type="submit" class="nut-tim" value="Tìm kiếm" />
  </form>
</div>
<div id="header">
  <a href="./"><img src="public/templates/thcs/images/logo_thcs.png" class="logo" alt="Logo" /></a>
  <h1 class="ten-truong">TRƯỜNG THCS BÌNH MINH</h1>
  <div class="ten-phong">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN THANH OAI</div>
  <div class="khau-hieu">Kỷ cương - Tình thương - Trách nhiệm</div>
</div>
{_MENU}
<table id="khung" width="1000" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td id="cot-trai" width="210" valign="top">{_left()}</td>
<td id="cot-giua" valign="top">
{content}
</td>
<td id="cot-phai" width="210" valign="top">{_right()}</td>
</tr>
</table>
{_FOOTER}
</div>
</body>
</html>"""


def _bc(*items: tuple[str | None, str]) -> str:
    parts = ['<a href="./">Trang chủ</a>']
    for href, label in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="dd-bc">' + " &raquo; ".join(parts) + "</div>"


def _article_page(request: Request, story: Story) -> Response:
    cat = CAT_OF[story.id]
    hour, day = _stamp(story)
    sapo = (
        f'<div class="tomtat_ct"><strong>{_t(story, story.summary)}</strong></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    cmts = story.opts.get("comments", [])
    comments = (
        f'<div class="ykien-bandoc"><div class="td-yk">Ý kiến bạn đọc ({len(cmts)})</div>'
        + "".join(
            f'<div class="yk-item"><span class="yk-ten">{esc(who)}</span> '
            f'<span class="yk-ngay">({when})</span><div class="yk-nd">{esc(what)}</div></div>'
            for who, when, what in cmts
        )
        + "</div>"
    )
    form = (
        '<form id="frmYKien" method="post" action="tin-tuc/gui-y-kien">'
        f'<input type="hidden" name="id_tin" value="{story.id}" />'
        '<table class="tbl-yk"><tr><td>Họ tên (*):</td><td><input type="text" name="hoten" /></td></tr>'
        '<tr><td>Email (*):</td><td><input type="text" name="email" /></td></tr>'
        '<tr><td>Nội dung (*):</td><td><textarea name="noidung" rows="5" cols="45"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" value="Gửi ý kiến" /></td></tr></table></form>'
    )
    others = [s for s in _in_cat(cat.id) if s.id != story.id][:3]
    tinkhac = (
        '<div class="tinkhac"><div class="td-tinkhac">Các tin mới đăng</div><ul>'
        + "".join(
            f'<li><a href="{_link(s)}">{esc(s.title)}</a> <i class="ngay">({_day(s)})</i></li>'
            for s in others
        )
        + "</ul></div>"
        if others
        else ""
    )
    cong_cu = (
        '<div class="cong-cu">Cỡ chữ: <a href="javascript:;" onclick="doiCo(-1)">A-</a> '
        '<a href="javascript:;" onclick="doiCo(1)">A+</a> | '
        f'<a href="javascript:;" onclick="return inBai(\'tin-tuc/chi-tiet/id/{story.id}/format/print\')">'
        '<img src="public/templates/thcs/images/icon_print.gif" alt="" /> In bài</a> | '
        f"<a href=\"javascript:;\" onclick=\"window.open('tin-tuc/gui-email/id/{story.id}','email','width=500,height=400')\">"
        '<img src="public/templates/thcs/images/icon_email.gif" alt="" /> Gửi email</a> | '
        '<a href="javascript:history.back()">Quay lại</a></div>'
    )
    share = (
        '<div class="chia-se">Chia sẻ: '
        f'<a href="http://www.facebook.com/sharer.php?u={base_url(request)}{new_path(story)}" target="_blank">'
        '<img src="public/templates/thcs/images/share_fb.png" alt="Facebook" /></a> '
        f'<a href="https://twitter.com/share?url={base_url(request)}{new_path(story)}" target="_blank">'
        '<img src="public/templates/thcs/images/share_tw.png" alt="Twitter" /></a></div>'
    )
    content = f"""{_bc((f"tin-tuc/danh-sach/cat/{cat.id}", cat.name))}
<div id="chitiet-tin-{story.id}" class="ct_tin">
<div class="tde_ct">{_t(story, story.title)}</div>
<div class="tt_capnhat"><img src="public/templates/thcs/images/icon_clock.gif" alt="" /> Cập nhật: {story.opts["updated"]} &nbsp;|&nbsp; Người đăng: bt_thcsbm &nbsp;|&nbsp; Lượt xem: {story.views()}</div>
{cong_cu}
{sapo}
<div class="nd_ct">
{render_body(story)}
</div>
<div class="ngaydang_ct" align="right">Đăng lúc {hour} ngày {day}</div>
{share}
</div>
{comments if cmts else ""}
<div class="gui-yk"><div class="td-yk">Gửi ý kiến của bạn</div>{form}</div>
{tinkhac}"""
    return _finish(request, layout(request, content, canonical=new_path(story)))


def _print_page(request: Request, story: Story) -> Response:
    hour, day = _stamp(story)
    sapo = (
        f"<p><b>{_t(story, story.summary)}</b></p>" if story.summary and story.sapo_outside else ""
    )
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<base href="{base_url(request)}/" />
<title>In bài viết</title><meta name="robots" content="noindex, nofollow" />
<style>body{{font-family:Times New Roman;font-size:13pt;width:700px;margin:auto}}</style></head>
<body onload="window.print()">
<div class="in-dau"><b>TRƯỜNG THCS BÌNH MINH</b> - Website: {base_url(request)}</div><hr />
<h2>{_t(story, story.title)}</h2>
<div>Đăng lúc {hour} ngày {day}</div>
{sapo}
{render_body(story)}
<hr /><div>Địa chỉ bài viết: {base_url(request)}{new_path(story)}</div>
</body></html>"""
    return _finish(request, page)


def _listing_items(items: list[Story]) -> str:
    out = []
    for s in items:
        thumb = s.opts.get("thumb", "no-image.jpg")
        out.append(
            f'<div class="item-tin"><a href="{_link(s)}" class="anh-tin">'
            f'<img src="public/uploads/thumbs/{thumb}" width="130" height="90" alt="" /></a>'
            f'<div class="tieude-tin"><a href="{_link(s)}">{esc(s.title)}</a> '
            f'<span class="ngay">({_day(s)})</span></div>'
            f'<div class="tomtat">{esc(_teaser(s))}</div><div class="clear"></div></div>'
        )
    return "\n".join(out)


def _pager(cat: int, page: int, pages: int) -> str:
    url = f"tin-tuc/danh-sach/cat/{cat}/page/"
    out = ['<div class="paginationControl">', "<!-- Previous page link -->"]
    if page > 1:
        out.append(f'<a href="{url}{page - 1}">&lt; Trang trước</a> |')
    else:
        out.append('<span class="disabled">&lt; Trang trước</span> |')
    out.append("<!-- Numbered page links -->")
    for p in range(1, pages + 1):
        out.append(f'<a href="{url}{p}">{p}</a> |' if p != page else f"{p} |")
    out.append("<!-- Next page link -->")
    if page < pages:
        out.append(f'<a href="{url}{page + 1}">Trang sau &gt;</a>')
    else:
        out.append('<span class="disabled">Trang sau &gt;</span>')
    out.append("</div>")
    return "\n".join(out)


def _listing_page(request: Request, cat_id: int, page: int) -> Response:
    cat = CATS[cat_id]
    items = _in_cat(cat_id)
    pages = max(1, -(-len(items) // PER_PAGE))
    page = min(max(page, 1), pages)  # Zend_Paginator clamps the page number
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    content = f"""{_bc((None, cat.name))}
<div class="khung-dm"><div class="td-dm">{esc(cat.name.upper())}</div>
{_listing_items(chunk)}
</div>
{_pager(cat_id, page, pages)}"""
    return _finish(request, layout(request, content))


def _home(request: Request) -> Response:
    feat = A1
    moi = [A6, A11, A2, A9, A3]
    cm = [A6, A7]
    doi = [A9]
    lst = "".join(
        f'<li><a href="{_link(s)}">{esc(s.title)}</a> <span class="ngay">({_day(s)})</span></li>'
        for s in moi
    )

    def block(title: str, cat: int, items: list[Story]) -> str:
        inner = "".join(
            f'<div class="tin-khoi"><a href="{_link(s)}"><img src="public/uploads/thumbs/'
            f'{s.opts["thumb"]}" width="100" alt="" /></a><a href="{_link(s)}" class="td">'
            f'{esc(s.title)}</a><div class="tt">{esc(_teaser(s))}</div></div>'
            for s in items
        )
        return (
            f'<div class="khoi-giua"><div class="td-khoi-giua"><a href="tin-tuc/danh-sach/cat/{cat}">'
            f'{title}</a></div>{inner}<div class="xt"><a href="tin-tuc/danh-sach/cat/{cat}">Xem tất '
            "cả &raquo;</a></div></div>"
        )

    hour, day = _stamp(feat)
    content = f"""<div class="tin-moi-chay"><b>Tin mới:</b> <marquee scrollamount="3">{" &nbsp;&bull;&nbsp; ".join(esc(s.title) for s in moi[:3])}</marquee></div>
<div id="tin-noi-bat">
<div class="td-khoi-giua">TIN NỔI BẬT</div>
<a href="{_link(feat)}"><img src="public/uploads/thumbs/{feat.opts["thumb"]}" width="300" height="200" class="anh-nb" alt="" /></a>
<div class="td-nb"><a href="{_link(feat)}">{esc(feat.title)}</a></div>
<div class="ngay-nb">{day} {hour.replace("h", ":")}</div>
<div class="tt-nb">{esc(feat.summary)}</div>
<div class="xt"><a href="tin-tuc/chi-tiet/id/{feat.id}">Xem tiếp &raquo;</a></div>
</div>
<div class="khoi-giua"><div class="td-khoi-giua">TIN MỚI CẬP NHẬT</div><ul class="ds-tinmoi">{lst}</ul></div>
{block("HOẠT ĐỘNG CHUYÊN MÔN", 3, cm)}
{block("ĐOÀN - ĐỘI", 5, doi)}"""
    return _finish(request, layout(request, content))


def _search(request: Request) -> Response:
    kw = request.params.get("tukhoa", "").strip()
    if not kw:
        res = '<div class="thongbao-loi">Vui lòng nhập từ khóa tìm kiếm.</div>'
    else:
        norm = unicodedata.normalize("NFC", kw).lower()
        hits = [s for s in STORIES if norm in s.title.lower()]
        res = f"<div>Tìm thấy {len(hits)} kết quả cho từ khóa <b>{esc(kw)}</b></div>" + (
            _listing_items(hits) if hits else ""
        )
    content = f'{_bc((None, "Tìm kiếm"))}<div class="khung-dm"><div class="td-dm">KẾT QUẢ TÌM KIẾM</div>{res}</div>'
    return _finish(request, layout(request, content))


# --- non-articles ---------------------------------------------------------------------------

P_INTRO = "/trang/noi-dung/id/1/gioi-thieu-chung.html"
P_CONTACT = "/lien-he"
P_VANBAN = "/van-ban/chi-tiet/id/112/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027.html"
P_ALBUM = "/thu-vien-anh/album/id/9/le-ky-niem-ngay-nha-giao-viet-nam-20-11.html"
P_VIDEO = "/video/xem/id/4/tiet-muc-mua-co-giao-lang-toi.html"
P_LICH = "/lich-cong-tac/tuan/49/nam/2026"


def _intro(request: Request) -> Response:
    content = f"""{_bc((None, "Giới thiệu chung"))}
<div class="ct_tin"><div class="tde_ct">Giới thiệu chung về Trường THCS Bình Minh</div>
<div class="nd_ct">
<p style="text-align: center;"><img src="public/uploads/images/gioi-thieu/toan-canh-truong.jpg" width="500" alt="" /></p>
<p style="text-align: justify;">Trường THCS Bình Minh được thành lập năm 1965, tiền thân là Trường cấp II Bình Minh. Trải qua hơn 60 năm xây dựng và phát triển, nhà trường luôn là lá cờ đầu trong phong trào thi đua dạy tốt - học tốt của ngành Giáo dục huyện Thanh Oai.</p>
<p style="text-align: justify;">Năm học 2026 - 2027, nhà trường có 16 lớp với 612 học sinh; 38 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo. Trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2018 và kiểm định chất lượng giáo dục cấp độ 2 năm 2023.</p>
<p style="text-align: justify;">Nhà trường vinh dự được nhận Bằng khen của UBND Thành phố Hà Nội năm 2020 và nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.</p>
</div></div>"""
    return _finish(request, layout(request, content))


def _contact(request: Request) -> Response:
    content = f"""{_bc((None, "Liên hệ"))}
<div class="khung-dm"><div class="td-dm">THÔNG TIN LIÊN HỆ</div>
<p><b>TRƯỜNG THCS BÌNH MINH</b><br />Địa chỉ: Thôn Thạch Bích, xã Bình Minh, huyện Thanh Oai, TP Hà Nội<br />Điện thoại: 024.33.873.215<br />Email: c2binhminh-thanhoai@hanoiedu.vn</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3726.1!2d105.78!3d20.88" width="560" height="300" frameborder="0" style="border:0"></iframe>
<form method="post" action="lien-he/gui" id="frmLienHe">
<table class="tbl-lh">
<tr><td>Họ và tên (*):</td><td><input type="text" name="hoten" size="40" /></td></tr>
<tr><td>Email (*):</td><td><input type="text" name="email" size="40" /></td></tr>
<tr><td>Tiêu đề:</td><td><input type="text" name="tieude" size="40" /></td></tr>
<tr><td>Nội dung (*):</td><td><textarea name="noidung" rows="6" cols="50"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" /> <input type="reset" value="Nhập lại" /></td></tr>
</table></form></div>"""
    return _finish(request, layout(request, content))


def _vanban_list(request: Request) -> Response:
    rows = [
        (
            "98/KH-THCSBM",
            "15/09/2026",
            "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
            P_VANBAN[1:],
        ),
        (
            "85/QĐ-THCSBM",
            "05/09/2026",
            "Quyết định thành lập các tổ chuyên môn năm học 2026 - 2027",
            "public/uploads/files/QD-85-to-chuyen-mon.pdf",
        ),
        (
            "76/KH-THCSBM",
            "28/08/2026",
            "Kế hoạch tổ chức Lễ khai giảng năm học 2026 - 2027",
            "public/uploads/files/KH-76-khai-giang.pdf",
        ),
    ]
    trs = "".join(
        f'<tr><td align="center">{i}</td><td>{so}</td><td align="center">{ngay}</td>'
        f'<td><a href="{href}">{esc(ty)}</a></td></tr>'
        for i, (so, ngay, ty, href) in enumerate(rows, 1)
    )
    content = f"""{_bc((None, "Văn bản - Kế hoạch"))}
<div class="khung-dm"><div class="td-dm">VĂN BẢN - KẾ HOẠCH</div>
<table class="tbl-vb" width="100%" border="1" cellpadding="4" cellspacing="0">
<tr class="hd"><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
{trs}
</table></div>"""
    return _finish(request, layout(request, content))


def _vanban(request: Request) -> Response:
    content = f"""{_bc(("van-ban/danh-sach", "Văn bản - Kế hoạch"), (None, "Chi tiết văn bản"))}
<div class="khung-dm"><div class="td-dm">CHI TIẾT VĂN BẢN</div>
<table class="tbl-vb-ct" width="100%" border="1" cellpadding="5" cellspacing="0">
<tr><td width="30%"><b>Số/Ký hiệu:</b></td><td>98/KH-THCSBM</td></tr>
<tr><td><b>Ngày ban hành:</b></td><td>15/09/2026</td></tr>
<tr><td><b>Loại văn bản:</b></td><td>Kế hoạch</td></tr>
<tr><td><b>Trích yếu:</b></td><td>Kế hoạch giáo dục nhà trường năm học 2026 - 2027</td></tr>
<tr><td><b>Người ký:</b></td><td>Phạm Văn Thành</td></tr>
<tr><td><b>File đính kèm:</b></td><td><a href="public/uploads/files/KH-98-ke-hoach-giao-duc-2026-2027.pdf"><img src="public/templates/thcs/images/icon_pdf.gif" alt="" /> KH-98-ke-hoach-giao-duc-2026-2027.pdf</a></td></tr>
</table></div>"""
    return _finish(request, layout(request, content))


_ALBUM_PICS = [
    ("album-9-01.jpg", "Các đại biểu dự Lễ kỷ niệm"),
    ("album-9-02.jpg", "Học sinh tặng hoa các thầy cô giáo"),
    ("album-9-03.jpg", "Tiết mục văn nghệ chào mừng của lớp 8C"),
    ("album-9-04.jpg", "Tập thể sư phạm nhà trường chụp ảnh lưu niệm"),
]


def _album_list(request: Request) -> Response:
    content = f"""{_bc((None, "Thư viện ảnh"))}
<div class="khung-dm"><div class="td-dm">THƯ VIỆN ẢNH</div>
<div class="album-item"><a href="{P_ALBUM[1:]}"><img src="public/uploads/album/thumbs/album-9.jpg" width="180" alt="" /></a>
<div><a href="{P_ALBUM[1:]}">Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11</a> (4 ảnh)</div></div></div>"""
    return _finish(request, layout(request, content))


def _album(request: Request) -> Response:
    pics = "".join(
        f'<div class="anh-album"><a href="public/uploads/album/9/{f}" rel="lightbox[album9]">'
        f'<img src="public/uploads/album/9/thumbs/{f}" width="160" alt="" /></a>'
        f'<div class="mota-anh">{esc(c)}</div></div>'
        for f, c in _ALBUM_PICS
    )
    content = f"""{_bc(("thu-vien-anh", "Thư viện ảnh"), (None, "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11"))}
<div class="khung-dm"><div class="td-dm">Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11</div>
<div class="ngay-album">Ngày tạo: 21/11/2026 - Số ảnh: 4</div>
{pics}<div class="clear"></div></div>"""
    return _finish(request, layout(request, content))


def _video_list(request: Request) -> Response:
    content = f"""{_bc((None, "Video clip"))}
<div class="khung-dm"><div class="td-dm">VIDEO CLIP</div>
<div class="video-item"><a href="{P_VIDEO[1:]}"><img src="public/uploads/video/thumbs/video-4.jpg" width="180" alt="" /></a>
<div><a href="{P_VIDEO[1:]}">Tiết mục múa “Cô giáo làng tôi” - lớp 8C</a></div></div></div>"""
    return _finish(request, layout(request, content))


def _video(request: Request) -> Response:
    content = f"""{_bc(("video", "Video clip"), (None, "Tiết mục múa “Cô giáo làng tôi” - lớp 8C"))}
<div class="khung-dm"><div class="td-dm">Tiết mục múa “Cô giáo làng tôi” - lớp 8C</div>
<div class="ngay-video">Đăng ngày 21/11/2026 - Lượt xem: 214</div>
<iframe width="560" height="315" src="https://www.youtube.com/embed/q8Xc2bLr0sE" frameborder="0" allowfullscreen></iframe>
<p>Tiết mục múa “Cô giáo làng tôi” do tập thể lớp 8C biểu diễn trong Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026.</p>
</div>"""
    return _finish(request, layout(request, content))


_LICH = [
    (
        "Thứ Hai 30/11",
        "Chào cờ đầu tuần; Sinh hoạt dưới cờ chủ đề “An toàn giao thông”",
        "Họp giao ban BGH",
    ),
    ("Thứ Ba 01/12", "Dạy học theo TKB; Khai mạc Hội khỏe Phù Đổng cấp trường", "Dạy học theo TKB"),
    ("Thứ Tư 02/12", "Dạy học theo TKB; Thi đấu Hội khỏe Phù Đổng", "Sinh hoạt tổ chuyên môn"),
    ("Thứ Năm 03/12", "Dạy học theo TKB; Bế mạc Hội khỏe Phù Đổng", "Bồi dưỡng HSG khối 9"),
    ("Thứ Sáu 04/12", "Dạy học theo TKB", "Kiểm tra hồ sơ chuyên môn"),
    ("Thứ Bảy 05/12", "Bồi dưỡng HSG khối 9", "Nghỉ"),
]


def _lich(request: Request) -> Response:
    trs = "".join(f"<tr><td><b>{d}</b></td><td>{s}</td><td>{c}</td></tr>" for d, s, c in _LICH)
    content = f"""{_bc((None, "Lịch công tác"))}
<div class="khung-dm"><div class="td-dm">LỊCH CÔNG TÁC TUẦN 49 (TỪ 30/11/2026 ĐẾN 05/12/2026)</div>
<div class="chon-tuan">Chọn tuần: <select onchange="location.href='lich-cong-tac/tuan/'+this.value+'/nam/2026'">
<option value="48">Tuần 48</option><option value="49" selected="selected">Tuần 49</option></select></div>
<table class="tbl-lich" width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><th>Ngày</th><th>Buổi sáng</th><th>Buổi chiều</th></tr>
{trs}
</table></div>"""
    return _finish(request, layout(request, content))


def _poll(request: Request) -> Response:
    content = f"""{_bc((None, "Kết quả bình chọn"))}
<div class="khung-dm"><div class="td-dm">KẾT QUẢ BÌNH CHỌN</div>
<div>Bạn biết đến Website nhà trường qua kênh nào?</div>
<table><tr><td>Giáo viên chủ nhiệm</td><td>46%</td></tr><tr><td>Nhóm Zalo lớp</td><td>38%</td></tr>
<tr><td>Tìm kiếm trên Google</td><td>11%</td></tr><tr><td>Kênh khác</td><td>5%</td></tr></table>
<div>Tổng số lượt bình chọn: 527</div></div>"""
    return _finish(request, layout(request, content))


# --- the 2009 template (old controller, windows-1258) ------------------------------------------


def _old_layout(title_cat: str, content: str) -> str:
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>Truong THCS Binh Minh - Thanh Oai</title>
<link href="/templates/default/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0" bgcolor="#E8F0F8">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="/templates/default/images/banner_2009.jpg" width="980" height="150"></td></tr>
<tr><td colspan="2" class="menu_ngang" bgcolor="#1F4E9A">
&nbsp;<a href="/" class="menu">Trang chủ</a> | <a href="/trang/noi-dung/id/1/gioi-thieu-chung.html" class="menu">Giới thiệu</a> | <a href="/tin-tuc/danh-sach/cat/1" class="menu">Tin tức</a> | <a href="index.php?module=news&amp;cat=9" class="menu">Góc phụ huynh</a> | <a href="/lien-he" class="menu">Liên hệ</a>
<span style="float:right;color:#fff">{HEADER_DAY}&nbsp;</span></td></tr>
<tr>
<td width="200" valign="top" class="td_left">
<table width="100%" cellpadding="3"><tr><td class="tieude_khoi">DANH MỤC</td></tr>
<tr><td>&raquo; <a href="/tin-tuc/danh-sach/cat/1">Tin tức - Sự kiện</a><br>&raquo; <a href="/tin-tuc/danh-sach/cat/3">Hoạt động chuyên môn</a><br>&raquo; <a href="/tin-tuc/danh-sach/cat/5">Đoàn - Đội</a><br>&raquo; <a href="index.php?module=news&amp;cat=9">Góc phụ huynh</a></td></tr>
<tr><td class="tieude_khoi">THỐNG KÊ</td></tr>
<tr><td>Đang online: 14<br>Hôm nay: 362<br>Tổng truy cập: 1.284.915</td></tr>
</table>
</td>
<td valign="top" class="td_main">
<table width="100%" cellpadding="4" cellspacing="0"><tr><td class="dd">Trang chủ &raquo; {esc(title_cat)}</td></tr></table>
{content}
</td></tr>
<tr><td colspan="2" class="footer" align="center" bgcolor="#1F4E9A"><font color="#FFFFFF">TRƯỜNG THCS BÌNH MINH - Thôn Thạch Bích, xã Bình Minh, huyện Thanh Oai, TP Hà Nội<br>
Điện thoại: 024.33.873.215 - Email: c2binhminh-thanhoai@hanoiedu.vn<br>Bản quyền &copy; 2009 thuộc Trường THCS Bình Minh</font></td></tr>
</table>
</body>
</html>"""


def _old_article(request: Request, story: Story) -> Response:
    cat = CAT_OF[story.id]
    hour, day = _stamp(story)
    mota = (
        f'<tr><td class="mota"><b>{_t(story, story.summary)}</b></td></tr>'
        if story.summary and story.sapo_outside
        else ""
    )
    others = [s for s in _in_cat(cat.id) if s.id != story.id and s.opts.get("old")]
    khac = "".join(
        f'&raquo; <a href="index.php?module=news&amp;id={s.id}">{esc(s.title)}</a> '
        f'<font color="#999999">[{_day(s)}]</font><br>'
        for s in others
    )
    content = f"""<table class="tbl_noidung" width="100%" cellpadding="5" cellspacing="0" border="0">
<tr><td class="tieude_tin"><font size="4" color="#1F4E9A"><b>{_t(story, story.title)}</b></font></td></tr>
<tr><td class="ngay_tin"><font color="#808080">Ngày đăng: {day} {hour.replace("h", ":")} - Lượt xem: {story.views()}</font></td></tr>
{mota}
<tr><td class="noidung_tin">
{render_body(story)}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">[In trang]</a> <a href="javascript:history.back()">[Quay lại]</a></td></tr>
{f'<tr><td class="tinkhac"><b>Các tin khác:</b><br>{khac}</td></tr>' if khac else ""}
</table>"""
    return _finish(request, _old_layout(cat.name, content), legacy=True)


def _old_listing(request: Request, cat_id: int) -> Response:
    cat = CATS[cat_id]
    rows = "".join(
        f'<tr><td valign="top" width="110"><img src="/upload/news/thumbs/{s.id}.jpg" width="100" border="0"></td>'
        f'<td valign="top"><a href="index.php?module=news&amp;id={s.id}" class="tieude_ds"><b>{esc(s.title)}</b></a> '
        f'<font color="#999999">[{_day(s)}]</font><br>{esc(_teaser(s))}</td></tr>'
        for s in _in_cat(cat_id)
    )
    content = f"""<table width="100%" cellpadding="4" cellspacing="0" border="0">
<tr><td colspan="2" class="tieude_dm"><b>{esc(cat.name.upper())}</b></td></tr>
{rows}
<tr><td colspan="2" align="center">Trang: <b>[1]</b></td></tr>
</table>"""
    return _finish(request, _old_layout(cat.name, content), legacy=True)


# --- routing --------------------------------------------------------------------------------


class Site:
    """The ZF1 front controller and, behind ``/index.php?module=…``, the 2009 controller."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/public/", "/upload/", "/templates/")) or path == "/favicon.ico":
            if path.lower().endswith(".pdf") and path.startswith("/public/uploads/files/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        params = request.params
        if path == "/index.php":
            if params.get("module") == "news":
                if params.get("id", "").isdigit():
                    story = BY_ID.get(int(params["id"]))
                    return _old_article(request, story) if story else None
                if params.get("cat", "").isdigit() and int(params["cat"]) in CATS:
                    return _old_listing(request, int(params["cat"]))
                return None
            if set(params) <= {"PHPSESSID"}:
                return _home(request)
            return None
        if path == "/":
            return _home(request)
        seg = path.strip("/").split("/")
        if request.method == "POST" and path == "/binh-chon/ket-qua":
            return _poll(request)
        if seg[:3] == ["tin-tuc", "chi-tiet", "id"] and len(seg) >= 4 and seg[3].isdigit():
            story = BY_ID.get(int(seg[3]))
            if not story:
                return None
            rest = seg[4:]
            if not rest or (len(rest) == 1 and rest[0].endswith(".html")):
                return _article_page(request, story)
            if rest == ["format", "print"]:
                return _print_page(request, story)
            return None
        if seg[:3] == ["tin-tuc", "danh-sach", "cat"] and len(seg) >= 4 and seg[3].isdigit():
            cat = int(seg[3])
            if cat not in CATS or cat == 9:
                return None
            rest = seg[4:]
            if not rest:
                return _listing_page(request, cat, 1)
            if len(rest) == 2 and rest[0] == "page" and rest[1].isdigit():
                return _listing_page(request, cat, int(rest[1]))
            return None
        if path == "/tin-tuc/tim-kiem":
            return _search(request)
        if path == "/lien-he/gui" and request.method == "POST":
            return _finish(request, layout(request, "<div>Cảm ơn bạn đã gửi liên hệ!</div>"))
        if path == "/tin-tuc/gui-y-kien" and request.method == "POST":
            return redirect("/", 302)
        pages = {
            P_INTRO: _intro,
            P_CONTACT: _contact,
            "/van-ban/danh-sach": _vanban_list,
            P_VANBAN: _vanban,
            "/thu-vien-anh": _album_list,
            P_ALBUM: _album,
            "/video": _video_list,
            P_VIDEO: _video,
            P_LICH: _lich,
            "/binh-chon/ket-qua": _poll,
        }
        handler = pages.get(path)
        return handler(request) if handler else None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _sid(path: str) -> str:
    return path + ("&" if "?" in path else "?") + f"PHPSESSID={SID}"


def _gold(story: Story) -> dict:
    clean = new_path(story)
    slugless = f"/tin-tuc/chi-tiet/id/{story.id}"
    old = old_path(story)
    variants = [clean, slugless, old]
    if "stale_slug" in story.opts:
        variants.append(new_path(story, story.opts["stale_slug"]))
    if story.opts.get("old"):
        path, canonical = old, old
    else:
        path, canonical = clean, clean
    alts = [v for v in variants if v != path]
    alts += [_sid(v) for v in variants]
    alts.append(f"/tin-tuc/chi-tiet/id/{story.id}/format/print")
    return gold_record(story, path, story.cat, canonical_path=canonical, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [P_INTRO, P_CONTACT, P_VANBAN, P_ALBUM, P_VIDEO, P_LICH]
