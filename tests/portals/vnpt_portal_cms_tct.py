"""Trường Chính trị tỉnh Thái Bình on a telecom vendor's provincial portal framework (ASP.NET, 2015).

Platform
--------
The "VNPT Portal" that provincial units were given around 2015: DotNetNuke underneath (``tabid``
tabs, ``dnn_ctrNNNN_…`` module ids, ``DnnModule-…`` wrappers, ``Portals/0`` uploads,
``LinkClick.aspx?fileticket=`` downloads, one ``<form id="Form">`` with ``__VIEWSTATE`` around the
whole page) with the vendor's own news modules (``VNPT_TinTuc_DanhSach`` / ``VNPT_TinTuc_ChiTiet``)
and one shared skin: top bar with today's date, banner image, a horizontal menu with drop-downs,
a scrolling ``<marquee>``, the content pane and a right pane (most read, video, album, documents,
web links, poll, visitor counter), footer with address and "Thiết kế bởi VNPT Thái Bình".

URL scheme
----------
- ``/`` answers 302 to ``/Default.aspx?tabid=36`` (the home tab);
- sections ``/Default.aspx?tabid=<n>`` and ``/Default.aspx?tabid=<n>&Page=<p>``;
- article ``/Default.aspx?tabid=<n>&ch=<channel>&ItemID=<id>`` (the detail module sits in every
  news tab, so the same article answers under any of them: tab 36 = home, 52/53/54 = sections);
  the path and the query keys are case-insensitive, as IIS and ASP.NET are;
- friendly ``/tin-tuc/<slug>-<id>.html``, routed on the id alone (the slug is decoration);
- old links of the previous site ``/Pages/TinTuc.aspx?ItemID=<id>``, still served;
- documents ``/Default.aspx?tabid=60&DocID=<id>``, album ``tabid=70&AlbumID=<id>``, video
  ``tabid=71&VideoID=<id>``, files ``/LinkClick.aspx?fileticket=…&tabid=60``.

Page templates
--------------
- home (tab 36): "Tin nổi bật" block (lead with photo + three titles, links in the home-tab form
  ``/default.aspx?tabid=36&ch=<c>&ItemId=<id>``), one box per section (lead + two titles, friendly
  links), a "Thông báo" marquee;
- listing (tabs 52, 53, 54): module title, a lead item (thumbnail, title, "(dd/MM/yyyy)", a cut
  description), then ``<ul class="ds_tin">`` of titles with a date, then the pager "Trang: …";
- article: ``span.tde_ctin`` headline, ``div.tgian_ctin`` line "Cập nhật lúc: 04/12/2026
  2:30:00 CH | Lượt xem: 312", tool line (A+ A- / In bài / Gửi email / Quay lại, all javascript),
  the sapo in bold (``div.tomtat_ctin`` or the text's first bold paragraph), the text
  ``div.noidung_ctin`` (ending with an AddThis bar), sometimes an author field
  ``div.tacgia_ctin``, then "Các tin khác" (the two newest other items of the channel).

How each gold article is reached (13; sections: Tin tức - Sự kiện 7, page size 2, four pages;
Đào tạo - Bồi dưỡng 4, page size 3, two pages; Nghiên cứu khoa học 2, one page)
- A1 2857, A2 2853, B1 2851, C1 2842: home "Tin nổi bật" (home-tab URL), home boxes, listings p1;
- A3 2849: home box, A1's "Các tin khác", listing page 2;
- B2 2845, B3 2836, C2 2828: home boxes (friendly) and page 1 of their listing;
- A4 2838: listing page 2, "Tin đọc nhiều" sidebar, A5's inline "Tin liên quan";
- A5 2832, A6 2826: listing page 3 only (A6 also from A5's box, via its old URL);
- A7 2819: listing page 4 only, and page 4 is linked only from page 3's pager (see T1);
- B4 2823: page 2 of "Đào tạo - Bồi dưỡng" only.

Traps
-----
T1. Sliding pager window (discovery). The pager prints real ``&Page=n`` links only for a window
    of three numbers around the current page ("Trang: 1 2 3"), and "Sau ›" / "Cuối »" are
    ``javascript:__doPostBack`` LinkButtons. Page 4 of "Tin tức - Sự kiện" is linked only from
    page 3, so A7 is two pager hops away and nowhere else. Gold: A7 is an article like the others.
T2. One article, up to six addresses (duplicates): the section form
    ``/Default.aspx?tabid=52&ch=7&ItemID=2857`` (listings), the home-tab form with another path
    case and key case ``/default.aspx?tabid=36&ch=7&ItemId=2857`` ("Tin nổi bật"), the friendly
    URL, the friendly URL with a stale slug from before the headline was edited ("Các tin khác"
    of A2 and B1 print it), and the old ``/Pages/TinTuc.aspx?ItemID=`` (A5 links A6 that way).
    No ``rel=canonical``: only ``og:url`` names the friendly form. Gold: one record per article,
    path = the friendly URL, every other form in ``alt_paths``.
T3. The vi-VN 12-hour clock (dates): ASP.NET's ``DateTime.ToString()`` under vi-VN prints
    "04/12/2026 2:30:00 CH" (CH = afternoon, SA = morning). "2:30:00 CH" is 14:30; A2's
    "12:20:00 CH" is 12:20 (noon, not 00:20 and not 24:20); "9:05:00 SA" is 09:05; A3's
    "12:00:00 SA" is midnight, so the day alone "2026-11-27".
T4. Listing dates in the wrong culture (dates): the lead item prints "(03/12/2026)" but the
    ``ul.ds_tin`` rows print ``ToShortDateString()`` of an en-US thread, "12/3/2026" (M/d/yyyy);
    and a listing shows the posting day, not a notice's own day (B2: listed 12/1/2026, signed
    30/11/2026). Gold dates come from the article page only.
T5. Where the headline is (title): no ``<h1>`` on the page; ``<title>`` is DNN's "Trường Chính
    trị tỉnh Thái Bình > <tab name>" and ``og:title`` is absent; the module title above the
    article ("Tin tức - Sự kiện", ``span.Head``) sits where a headline would. The headline is
    ``span.tde_ctin``. Listings cut long titles with "..." and append a ``new.gif`` icon. The
    ``DESCRIPTION`` meta is the site's sentence on every page: never a summary.
T6. The sapo printed twice (text boundaries): in A1 the editor pasted the sapo into the text as
    well, so ``div.tomtat_ctin`` and the text's first paragraph say the same. Gold: the sapo is
    the body's first paragraph once, and the summary.
T7. Widgets inside the text container (boundaries): A5's ``table.tbl_tinlienquan`` "Tin liên
    quan" floats right between two paragraphs of ``div.noidung_ctin``; every text ends with an
    AddThis bar inside the same div; C2 carries a "Xem thêm: <link>" line, B2 a "File đính kèm"
    line. None of it is body.
T8. Soft 404 (not an article): C2's "Xem thêm" links an old ``/Pages/TinTuc.aspx?ItemID=2519``
    of a deleted item; the platform answers 200 with the full chrome, the module title and
    "Tin bài không tồn tại hoặc đã bị gỡ bỏ." Gold: no record for it.
T9. Bylines as this platform's editors sign (bylines): a unit alone, bold right-aligned
    ("Phòng Tổ chức - Hành chính", A1; "Phòng Quản lý đào tạo - NCKH", B4: the author as
    printed); the CMS account in the date line ("Người đăng: tct_admin") is nobody; the
    author field outside the text (``span#…_lblTacGia``, A6 and B1); a name over its unit on
    two lines "ThS. Nguyễn Thị Thu Hà<br>Khoa Xây dựng Đảng" (C1) -> "Nguyễn Thị Thu Hà"; two
    names with degrees "ThS. Lê Văn Hùng, CN. Trần Thị Mai" (B3); a source in parentheses
    "(Theo Tạp chí Giáo dục lý luận)" after "ThS. Đỗ Thị Lan (Khoa Nhà nước và pháp luật)"
    (C2) -> source "Tạp chí Giáo dục lý luận", authors ["Đỗ Thị Lan"].
T10. Captions the CKEditor way (captions): the "image" table with the line in the second row
    (A2, B3); the line after a ``<br />`` in the photo's own paragraph, in parentheses (A4:
    parentheses taken off); a centred italic line that is only "Ảnh: Minh Đức" (A5: caption
    None, Minh Đức a photographer); a photo with no line (A2's second: None).
T11. Old editor output (encodings/markup): B4 is one ``<div>`` whose paragraphs are separated by
    ``<br /><br />``, every second non-ASCII letter written as an FCKeditor entity; A5 was typed
    with Unikey's "Unicode tổ hợp" (NFD, combining tone marks); B3 is a Word paste
    (``MsoNormal``, ``<o:p>``). Gold text is NFC, one paragraph per ``<br />``-separated line.
T12. A notice printed as an official document (B2): letterhead table "TỈNH ỦY THÁI BÌNH /
    TRƯỜNG CHÍNH TRỊ | ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 215-TB/TCT", "Thái Bình, ngày 30 tháng 11
    năm 2026", "THÔNG BÁO" + subject, then "Nơi nhận" and "K/T HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG /
    (Đã ký) / Nguyễn Văn Thắng". Gold: date "2026-11-30" (not the "Cập nhật lúc" 01/12), author
    "Nguyễn Văn Thắng", body = the notice's text between subject and "Nơi nhận" (its table rows
    with cells joined by " | ").

Gold decisions on ambiguous points
----------------------------------
- "Cập nhật lúc" is the only date the platform prints: the CMS stamps it when the item is posted
  and the editors' later changes do not move it, so it is the publication date here (with the
  time, in +07:00), except for B2 whose letterhead day wins (house convention for notices).
- A1's duplicated sapo counts once (T6). A sapo printed in ``div.tomtat_ctin`` is the summary and
  the body's first paragraph; a bold first paragraph of the text is the summary too; an article
  whose text starts plainly has no summary.
- Headings inside the text ("1. Thực trạng", "Tài liệu tham khảo") and list items are paragraphs;
  C1's footnote call "[1]" stays in its sentence, its note under "Tài liệu tham khảo" is body.
- The home-tab address of an article belongs to the article's own section (the breadcrumb is
  built from the channel ``ch``, not from the tab): category = that section's name.
- A caption in parentheses loses them; a line that is only "Ảnh: X" is a credit, not a caption.
- "Tin: Phạm Hương - Ảnh: Văn Tuấn" -> authors [Phạm Hương], photographers [Văn Tuấn];
  "Tin, ảnh: Đức Thịnh" -> both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
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

NAME = "vnpt_portal_cms_tct"
PLATFORM = "VNPT Portal (DotNetNuke-based provincial portal framework, ASP.NET, 2015)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Thái Bình"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
SKIN = "/Portals/_default/Skins/VNPT_TinhThaiBinh"
HOME_TAB = 36


@dataclass(frozen=True)
class Cat:
    key: str
    name: str
    tabid: int
    ch: int
    per_page: int
    parent: str | None


CATS = {
    "tt": Cat("tt", "Tin tức - Sự kiện", 52, 7, 2, "Tin tức"),
    "dt": Cat("dt", "Đào tạo - Bồi dưỡng", 53, 8, 3, "Tin tức"),
    "nc": Cat("nc", "Nghiên cứu khoa học", 54, 9, 5, None),
}
CAT_BY_TAB = {c.tabid: c for c in CATS.values()}

# --- the articles ---------------------------------------------------------------------------
# opts: posted (y, m, d, H, M) = the "Cập nhật lúc" stamp; nguoidang = CMS account in the date
# line; tacgia = the author field outside the text; sapo_dup = sapo pasted into the text too;
# form = "p" | "divbr" | "mso"; nfd / entities = how the text is typed; old_slug = a stale slug
# printed by "Các tin khác"; home = featured in "Tin nổi bật".

IMG = "/Portals/0/News/2026"

A1 = Story(
    id=2857,
    slug="hoi-nghi-so-ket-cong-tac-11-thang-trien-khai-nhiem-vu-thang-12-nam-2026",
    title="Hội nghị sơ kết công tác 11 tháng, triển khai nhiệm vụ tháng 12 năm 2026",
    cat="tt",
    published_at="2026-12-04T14:30:00+07:00",
    summary=(
        "Chiều ngày 04/12/2026, Trường Chính trị tỉnh Thái Bình tổ chức hội nghị sơ kết công tác "
        "11 tháng, triển khai nhiệm vụ trọng tâm tháng 12 năm 2026. Đồng chí Bùi Văn Thành, Hiệu "
        "trưởng Nhà trường chủ trì hội nghị."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự hội nghị có các đồng chí trong Ban Giám hiệu, trưởng, phó các khoa, phòng và toàn "
            "thể cán bộ, giảng viên, nhân viên Nhà trường."
        ),
        Img(
            f"{IMG}/12/soket11thang_04122026.jpg",
            "Đồng chí Bùi Văn Thành, Hiệu trưởng Nhà trường phát biểu kết luận hội nghị",
            "Đồng chí Bùi Văn Thành, Hiệu trưởng Nhà trường phát biểu kết luận hội nghị",
        ),
        P(
            "Báo cáo sơ kết cho thấy, trong 11 tháng năm 2026, Nhà trường đã mở 38 lớp đào tạo, "
            "bồi dưỡng với tổng số 3.125 học viên, đạt 96% kế hoạch năm. Trong đó có 12 lớp trung "
            "cấp lý luận chính trị - hành chính, 26 lớp bồi dưỡng cập nhật kiến thức và bồi dưỡng "
            "theo chức danh."
        ),
        P(
            "Công tác nghiên cứu khoa học được quan tâm; Nhà trường đã nghiệm thu 02 đề tài khoa "
            "học cấp cơ sở, tổ chức 01 hội thảo khoa học và phát hành 02 số Thông tin khoa học. "
            "Các khoa chuyên môn tích cực đi nghiên cứu thực tế tại cơ sở, gắn lý luận với thực "
            "tiễn địa phương."
        ),
        P(
            "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: việc đổi mới "
            "phương pháp giảng dạy ở một số bộ môn còn chậm; cơ sở vật chất, trang thiết bị phục "
            "vụ dạy học tại một số phòng học đã xuống cấp."
        ),
        P(
            "Phát biểu kết luận hội nghị, đồng chí Hiệu trưởng yêu cầu các khoa, phòng tập trung "
            "hoàn thành chương trình các lớp đang học, chuẩn bị tốt các điều kiện cho kỳ thi tốt "
            "nghiệp lớp trung cấp K44, đồng thời xây dựng kế hoạch đào tạo, bồi dưỡng năm 2027 sát "
            "với nhu cầu của các cơ quan, đơn vị trong tỉnh."
        ),
        Raw('<p style="text-align: right;"><strong>Phòng Tổ chức - Hành chính</strong></p>'),
    ],
    authors=["Phòng Tổ chức - Hành chính"],
    opts={"posted": (2026, 12, 4, 14, 30), "nguoidang": "tct_admin", "sapo_dup": True, "home": True},
)

A2_SAPO = (
    "Sáng ngày 02/12/2026, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS Trần Minh Đức, "
    "Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Thái "
    "Bình về công tác phối hợp đào tạo, bồi dưỡng và nghiên cứu khoa học."
)
A2 = Story(
    id=2853,
    slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-tai-truong-chinh-tri-tinh-thai-binh",
    title="Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường Chính trị tỉnh Thái Bình",
    cat="tt",
    published_at="2026-12-02T12:20:00+07:00",
    summary=A2_SAPO,
    blocks=[
        P(A2_SAPO, "sapo"),
        P(
            "Tiếp và làm việc với đoàn có đồng chí Bùi Văn Thành, Hiệu trưởng; các đồng chí Phó "
            "Hiệu trưởng và lãnh đạo các khoa, phòng của Nhà trường."
        ),
        Img(f"{IMG}/12/hvkv1_lamviec_1.jpg", "Toàn cảnh buổi làm việc", "Toàn cảnh buổi làm việc", "table"),
        P(
            "Tại buổi làm việc, đồng chí Hiệu trưởng đã báo cáo khái quát tình hình thực hiện "
            "nhiệm vụ chính trị của Nhà trường năm 2026; kết quả phối hợp với Học viện trong việc "
            "mở lớp cao cấp lý luận chính trị hệ không tập trung tại tỉnh; những khó khăn, vướng "
            "mắc trong công tác quản lý học viên và bố trí giảng viên."
        ),
        P(
            "Phát biểu tại buổi làm việc, PGS.TS Trần Minh Đức đánh giá cao sự chủ động, trách "
            "nhiệm của Trường Chính trị tỉnh Thái Bình trong việc phối hợp tổ chức các lớp học. "
            "Đồng chí đề nghị hai bên tiếp tục trao đổi kinh nghiệm giảng dạy, tăng cường mời giảng "
            "viên Học viện tham gia báo cáo chuyên đề và cùng triển khai các đề tài nghiên cứu về "
            "thực tiễn địa phương."
        ),
        Img(f"{IMG}/12/hvkv1_lamviec_2.jpg", None, None, "next"),
        P(
            "Dịp này, đoàn công tác đã đến thăm phòng truyền thống và thư viện của Nhà trường."
        ),
        Raw('<p style="text-align: right;"><em><strong>Tin, ảnh: Đức Thịnh</strong></em></p>'),
    ],
    authors=["Đức Thịnh"],
    photographers=["Đức Thịnh"],
    opts={
        "posted": (2026, 12, 2, 12, 20),
        "old_slug": "doan-cong-tac-hoc-vien-khu-vuc-i-tham-truong",
        "home": True,
    },
)

A3 = Story(
    id=2849,
    slug="chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv-nam-2026",
    title="Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
    cat="tt",
    published_at="2026-11-27",
    blocks=[
        P(
            "Thực hiện Kế hoạch của Đảng ủy Nhà trường về sinh hoạt chuyên đề năm 2026, ngày "
            "26/11/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
            "“Nâng cao tinh thần trách nhiệm, đổi mới phương pháp giảng dạy của đội ngũ giảng viên”."
        ),
        P(
            "Tại buổi sinh hoạt, các đảng viên đã nghe đồng chí Bí thư chi bộ quán triệt những nội "
            "dung cơ bản của chuyên đề, liên hệ với thực tiễn công tác giảng dạy và quản lý lớp học "
            "của khoa."
        ),
        P(
            "Nhiều ý kiến thảo luận sôi nổi, thẳng thắn chỉ ra những hạn chế trong việc chuẩn bị "
            "bài giảng, việc cập nhật thông tin thời sự và số liệu thực tiễn của tỉnh vào bài "
            "giảng; đồng thời đề xuất các giải pháp như tăng cường dự giờ, trao đổi chuyên môn theo "
            "tổ bộ môn, ứng dụng công nghệ thông tin trong giảng dạy."
        ),
        P(
            "Kết thúc buổi sinh hoạt, chi bộ đã thống nhất đăng ký các việc làm cụ thể của từng "
            "đảng viên để thực hiện trong năm 2027."
        ),
        Raw('<p style="text-align: right;"><em>Phạm Thu Trang</em></p>'),
    ],
    authors=["Phạm Thu Trang"],
    opts={"posted": (2026, 11, 27, 0, 0)},
)

A4 = Story(
    id=2838,
    slug="truong-chinh-tri-tinh-thai-binh-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Trường Chính trị tỉnh Thái Bình kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tt",
    published_at="2026-11-19T09:05:00+07:00",
    summary=(
        "Sáng 19/11/2026, Trường Chính trị tỉnh Thái Bình long trọng tổ chức Lễ kỷ niệm 44 năm "
        "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đến dự buổi lễ có đồng chí Nguyễn Thị Hồng Vân, Trưởng ban Tuyên giáo Tỉnh ủy; đại "
            "diện lãnh đạo các sở, ban, ngành của tỉnh; các thế hệ nhà giáo đã nghỉ hưu cùng toàn "
            "thể cán bộ, giảng viên, nhân viên Nhà trường."
        ),
        Img(
            f"{IMG}/11/20-11_tanghoa.jpg",
            "(Đồng chí Nguyễn Thị Hồng Vân, Trưởng ban Tuyên giáo Tỉnh ủy tặng hoa chúc mừng Nhà trường)",
            "Đồng chí Nguyễn Thị Hồng Vân, Trưởng ban Tuyên giáo Tỉnh ủy tặng hoa chúc mừng Nhà trường",
            "br",
        ),
        P(
            "Ôn lại truyền thống vẻ vang của ngành giáo dục và của Nhà trường, đồng chí Hiệu trưởng "
            "khẳng định: qua hơn 70 năm xây dựng và trưởng thành, các thế hệ cán bộ, giảng viên "
            "Nhà trường đã không ngừng phấn đấu, đóng góp vào sự nghiệp đào tạo, bồi dưỡng đội ngũ "
            "cán bộ của tỉnh."
        ),
        P(
            "Năm học 2025 - 2026, Nhà trường có 05 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp "
            "trường, 02 đề tài khoa học cấp cơ sở được nghiệm thu xếp loại xuất sắc; tỷ lệ học viên "
            "tốt nghiệp loại khá, giỏi đạt trên 85%."
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Trưởng ban Tuyên giáo Tỉnh ủy ghi nhận, biểu dương "
            "những kết quả Nhà trường đạt được và đề nghị đội ngũ giảng viên tiếp tục nâng cao "
            "trình độ chuyên môn, bản lĩnh chính trị, đổi mới phương pháp giảng dạy theo hướng phát "
            "huy tính tích cực, chủ động của người học."
        ),
        Img(
            f"{IMG}/11/20-11_khenthuong.jpg",
            "(Các giảng viên nhận giấy khen của Hiệu trưởng)",
            "Các giảng viên nhận giấy khen của Hiệu trưởng",
            "br",
        ),
        P(
            "Nhân dịp này, Nhà trường đã trao giấy khen cho các tập thể, cá nhân có thành tích xuất "
            "sắc trong năm học 2025 - 2026."
        ),
        Raw('<p style="text-align: right;"><strong>Tin: Phạm Hương - Ảnh: Văn Tuấn</strong></p>'),
    ],
    authors=["Phạm Hương"],
    photographers=["Văn Tuấn"],
    opts={"posted": (2026, 11, 19, 9, 5)},
)

A5_SAPO = (
    "Nhằm chào mừng 44 năm Ngày Nhà giáo Việt Nam, từ ngày 08 đến ngày 10/11/2026, Công đoàn "
    "Trường Chính trị tỉnh Thái Bình tổ chức Giải bóng chuyền hơi cán bộ, giảng viên, nhân viên "
    "năm 2026."
)
A5 = Story(
    id=2832,
    slug="cong-doan-truong-to-chuc-giai-bong-chuyen-hoi-chao-mung-ngay-nha-giao-viet-nam",
    title="Công đoàn Trường tổ chức Giải bóng chuyền hơi chào mừng Ngày Nhà giáo Việt Nam",
    cat="tt",
    published_at="2026-11-10T15:45:00+07:00",
    summary=A5_SAPO,
    blocks=[
        P(A5_SAPO, "sapo"),
        P(
            "Tham gia giải có 06 đội đến từ các khoa, phòng với gần 60 vận động viên. Các đội thi "
            "đấu vòng tròn một lượt tính điểm để chọn ra bốn đội vào vòng bán kết."
        ),
        Raw("__TINLIENQUAN__"),
        P(
            "Các trận đấu diễn ra sôi nổi, hấp dẫn trên tinh thần đoàn kết, giao lưu, học hỏi. "
            "Nhiều pha bóng đẹp mắt nhận được sự cổ vũ nhiệt tình của đông đảo cán bộ, giảng viên "
            "và học viên các lớp đang học tại trường."
        ),
        Img(f"{IMG}/11/bongchuyenhoi_2026.jpg", "Ảnh: Minh Đức", None, "next"),
        P(
            "Kết quả chung cuộc, giải Nhất thuộc về đội Khoa Nhà nước và pháp luật; giải Nhì thuộc "
            "về đội Phòng Tổ chức - Hành chính; đồng giải Ba thuộc về đội Khoa Xây dựng Đảng và "
            "đội Phòng Quản lý đào tạo - Nghiên cứu khoa học."
        ),
        P("Ban Tổ chức đã trao cúp và phần thưởng cho các đội đạt giải."),
        Raw('<p style="text-align: right;"><strong>Hoàng Yến</strong></p>'),
    ],
    authors=["Hoàng Yến"],
    photographers=["Minh Đức"],
    opts={"posted": (2026, 11, 10, 15, 45), "nfd": True},
)

A6_SAPO = (
    "Ngày 20/10/2026, Đảng ủy Trường Chính trị tỉnh Thái Bình tổ chức hội nghị học tập, quán "
    "triệt các văn bản mới của Trung ương, của Tỉnh ủy cho toàn thể cán bộ, đảng viên trong Đảng bộ."
)
A6 = Story(
    id=2826,
    slug="dang-bo-truong-chinh-tri-tinh-hoc-tap-quan-triet-cac-van-ban-moi-cua-trung-uong-va-cua-tinh",
    title="Đảng bộ Trường Chính trị tỉnh học tập, quán triệt các văn bản mới của Trung ương và của Tỉnh",
    cat="tt",
    published_at="2026-10-21T07:50:00+07:00",
    summary=A6_SAPO,
    sapo_outside=True,
    blocks=[
        P("Tại hội nghị, các đại biểu đã được nghe quán triệt các nội dung:"),
        P("Quy định của Bộ Chính trị về trách nhiệm nêu gương của cán bộ, đảng viên;", "li"),
        P(
            "Chỉ thị của Ban Thường vụ Tỉnh ủy về tăng cường công tác bảo vệ nền tảng tư tưởng của "
            "Đảng trên địa bàn tỉnh;",
            "li",
        ),
        P(
            "Kế hoạch của Tỉnh ủy thực hiện chuyển đổi số trong các cơ quan Đảng giai đoạn 2026 - 2027.",
            "li",
        ),
        P(
            "Đồng chí Bí thư Đảng ủy yêu cầu các chi bộ tổ chức thảo luận, xây dựng chương trình "
            "hành động cụ thể; mỗi cán bộ, đảng viên nghiêm túc tự học, tự nghiên cứu và vận dụng "
            "vào thực tiễn công tác, giảng dạy."
        ),
    ],
    authors=["Ngọc Ánh"],
    opts={"posted": (2026, 10, 21, 7, 50), "tacgia": "Ngọc Ánh"},
)

A7_SAPO = (
    "Sáng ngày 13/10/2026, Trường Chính trị tỉnh Thái Bình tổ chức Hội nghị viên chức, người lao "
    "động năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ năm học 2025 - 2026 và bàn giải pháp "
    "thực hiện nhiệm vụ năm học mới."
)
A7 = Story(
    id=2819,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-truong-chinh-tri-tinh-thai-binh-nam-2026",
    title="Hội nghị viên chức, người lao động Trường Chính trị tỉnh Thái Bình năm 2026",
    cat="tt",
    published_at="2026-10-13T08:30:00+07:00",
    summary=A7_SAPO,
    blocks=[
        P(A7_SAPO, "sapo"),
        P(
            "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ chính trị, báo cáo công khai tài "
            "chính, báo cáo hoạt động của Ban Thanh tra nhân dân và thảo luận, sửa đổi, bổ sung "
            "Quy chế chi tiêu nội bộ của Nhà trường."
        ),
        P(
            "Các ý kiến phát biểu tại hội nghị tập trung vào việc nâng cao chất lượng bài giảng, "
            "cải thiện điều kiện làm việc, tăng cường ứng dụng phần mềm quản lý đào tạo và nâng cấp "
            "khu ký túc xá phục vụ học viên ở xa."
        ),
        P(
            "Hội nghị đã biểu quyết thông qua Nghị quyết Hội nghị viên chức, người lao động năm "
            "2026 với 100% đại biểu nhất trí."
        ),
        Raw('<p style="text-align: right;"><strong>Minh Hằng</strong></p>'),
    ],
    authors=["Minh Hằng"],
    opts={"posted": (2026, 10, 13, 8, 30), "nguoidang": "tct_admin"},
)

B1 = Story(
    id=2851,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k46-he-khong-tap-trung-tai-huyen-dong-hung",
    title=(
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính K46 hệ không tập trung tại "
        "huyện Đông Hưng"
    ),
    cat="dt",
    published_at="2026-12-03T08:15:00+07:00",
    summary=(
        "Ngày 03/12/2026, tại Trung tâm Chính trị huyện Đông Hưng, Trường Chính trị tỉnh Thái Bình "
        "phối hợp với Ban Thường vụ Huyện ủy Đông Hưng tổ chức khai giảng lớp Trung cấp lý luận "
        "chính trị - hành chính K46 hệ không tập trung."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Lớp học có 85 học viên là cán bộ, công chức cấp xã, cán bộ các ban, ngành, đoàn thể "
            "của huyện. Khóa học được tổ chức trong 08 tháng theo chương trình do Học viện Chính "
            "trị quốc gia Hồ Chí Minh ban hành."
        ),
        Img(f"{IMG}/12/khaigiang_k46_donghung.jpg", "Quang cảnh lễ khai giảng lớp K46", "Quang cảnh lễ khai giảng lớp K46"),
        P(
            "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng Nhà trường đề nghị học viên xác định "
            "rõ động cơ, thái độ học tập đúng đắn, chấp hành nghiêm quy chế, nội quy lớp học; tích "
            "cực nghiên cứu, trao đổi, liên hệ với thực tiễn công tác ở cơ sở."
        ),
        P(
            "Đồng chí cũng đề nghị Trung tâm Chính trị huyện phối hợp chặt chẽ với các khoa, phòng "
            "của Nhà trường trong việc quản lý lớp học, bảo đảm các điều kiện về cơ sở vật chất "
            "phục vụ việc dạy và học."
        ),
    ],
    authors=["Quang Huy"],
    opts={
        "posted": (2026, 12, 3, 8, 15),
        "tacgia": "Quang Huy",
        "old_slug": "khai-giang-lop-trung-cap-llct-hc-k46-dong-hung",
        "home": True,
    },
)

B2_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="text-align: center; width: 45%;"><strong>TỈNH ỦY THÁI BÌNH</strong><br />'
    "<strong>TRƯỜNG CHÍNH TRỊ</strong><br />*<br />Số: 215-TB/TCT</td>"
    '<td style="text-align: center;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br /><br />'
    "<em>Thái Bình, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung K47</strong></p>"
)
B2_CLOSING = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />'
    "- Ban Tổ chức Tỉnh ủy;<br />- Các huyện ủy, thành ủy, đảng ủy trực thuộc;<br />- Lưu VP, QLĐT.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>K/T HIỆU TRƯỞNG<br />'
    "PHÓ HIỆU TRƯỞNG</strong><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Thắng</strong></td>"
    "</tr></tbody></table>"
)
B2 = Story(
    id=2845,
    slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-tap-trung-k47-nam-2027",
    title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung K47 năm 2027",
    cat="dt",
    published_at="2026-11-30",
    blocks=[
        Raw(B2_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy, Trường "
            "Chính trị tỉnh Thái Bình thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành "
            "chính hệ tập trung K47 như sau:"
        ),
        P("1. Đối tượng tuyển sinh", "h"),
        P(
            "Cán bộ, công chức, viên chức trong quy hoạch các chức danh trưởng, phó phòng cấp huyện "
            "và tương đương; cán bộ chủ chốt cấp xã chưa có trình độ trung cấp lý luận chính trị."
        ),
        P("2. Hồ sơ dự tuyển", "h"),
        P(
            "Mỗi học viên nộp 01 bộ hồ sơ gồm: quyết định cử đi học của cơ quan có thẩm quyền, sơ "
            "yếu lý lịch có xác nhận, bản sao bằng tốt nghiệp và 02 ảnh cỡ 3x4."
        ),
        P("3. Thời gian, địa điểm", "h"),
        P("Nội dung | Thời gian", "row"),
        P("Nhận hồ sơ | Từ ngày 07/12/2026 đến ngày 25/12/2026", "row"),
        P("Khai giảng | 8 giờ 00 ngày 05/01/2027", "row"),
        P(
            "Hồ sơ nộp tại Phòng Quản lý đào tạo - Nghiên cứu khoa học, Trường Chính trị tỉnh Thái "
            "Bình. Điện thoại liên hệ: 0227.3831.468."
        ),
        Raw(B2_CLOSING),
        Raw(
            '<p>File đính kèm: <a href="/LinkClick.aspx?fileticket=kQ7xVbT2pZs%3d&amp;tabid=60&amp;mid=1040">'
            '<img src="/images/FileManager/Icons/pdf.gif" alt="" /> TB215-TCT.pdf</a></p>'
        ),
    ],
    authors=["Nguyễn Văn Thắng"],
    opts={"posted": (2026, 12, 1, 15, 5), "nguoidang": "tct_admin"},
)

B3_SAPO = (
    "Ngày 24/11/2026, Trường Chính trị tỉnh Thái Bình phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ "
    "chức bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
)
B3 = Story(
    id=2836,
    slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
    title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    cat="dt",
    published_at="2026-11-24T10:00:00+07:00",
    summary=B3_SAPO,
    blocks=[
        P(B3_SAPO, "sapo"),
        P(
            "Trong thời gian 10 ngày, 120 học viên là trưởng thôn, tổ trưởng tổ dân phố, cán bộ chi "
            "hội các đoàn thể ở cơ sở đã được truyền đạt 12 chuyên đề về quan điểm, đường lối của "
            "Đảng, chính sách, pháp luật của Nhà nước về quốc phòng, an ninh; công tác xây dựng nền "
            "quốc phòng toàn dân và thế trận an ninh nhân dân."
        ),
        Img(
            f"{IMG}/11/bg_qpan_dt4.jpg",
            "Đại diện lãnh đạo Bộ Chỉ huy Quân sự tỉnh trao giấy chứng nhận cho học viên",
            "Đại diện lãnh đạo Bộ Chỉ huy Quân sự tỉnh trao giấy chứng nhận cho học viên",
            "table",
        ),
        P(
            "Học viên đã tham gia thực hành bắn súng tiểu liên AK bài 1b và hoàn thành bài thu "
            "hoạch cuối khóa. Kết quả, 100% học viên đủ điều kiện được cấp giấy chứng nhận, trong "
            "đó có 42 học viên đạt loại giỏi."
        ),
        P(
            "Phát biểu bế giảng, đại diện Ban Giám hiệu đề nghị học viên vận dụng kiến thức đã học "
            "vào thực tiễn công tác tại địa phương, góp phần giữ vững an ninh chính trị, trật tự an "
            "toàn xã hội ở cơ sở."
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><i>'
            '<span style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">'
            "ThS. Lê Văn Hùng, CN. Trần Thị Mai<o:p></o:p></span></i></b></p>"
        ),
    ],
    authors=["Lê Văn Hùng", "Trần Thị Mai"],
    opts={"posted": (2026, 11, 24, 10, 0), "form": "mso"},
)

B4 = Story(
    id=2823,
    slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    cat="dt",
    published_at="2026-10-16T14:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 14 đến ngày 16/10/2026, Trường Chính trị tỉnh Thái Bình tổ chức Hội thi giảng "
            "viên dạy giỏi cấp trường năm 2026."
        ),
        P(
            "Tham gia hội thi có 11 giảng viên thuộc 04 khoa chuyên môn. Mỗi giảng viên trình bày "
            "một bài giảng lý thuyết trong thời gian 45 phút trước Ban Giám khảo và học viên lớp "
            "Trung cấp lý luận chính trị - hành chính K45."
        ),
        P(
            "Ban Giám khảo đánh giá các bài giảng được chuẩn bị công phu, nội dung bám sát chương "
            "trình, có liên hệ thực tiễn của tỉnh; nhiều giảng viên sử dụng linh hoạt các phương "
            "pháp dạy học tích cực như nêu vấn đề, thảo luận nhóm, xử lý tình huống."
        ),
        P(
            "Kết quả, có 05 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp trường, 06 giảng viên "
            "đạt loại khá."
        ),
        P(
            "Hội thi là dịp để đội ngũ giảng viên trao đổi kinh nghiệm, học hỏi lẫn nhau, góp phần "
            "nâng cao chất lượng giảng dạy của Nhà trường."
        ),
        Raw(
            '<div style="text-align: right;"><b>Ph&ograve;ng Qu&#7843;n l&yacute; &#273;&agrave;o '
            "t&#7841;o - NCKH</b></div>"
        ),
    ],
    authors=["Phòng Quản lý đào tạo - NCKH"],
    opts={"posted": (2026, 10, 16, 14, 0), "form": "divbr", "entities": 2},
)

C1 = Story(
    id=2842,
    slug="nang-cao-chat-luong-di-nghien-cuu-thuc-te-cua-hoc-vien-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh",
    title=(
        "Nâng cao chất lượng đi nghiên cứu thực tế của học viên lớp trung cấp lý luận chính trị "
        "- hành chính"
    ),
    cat="nc",
    published_at="2026-11-26T16:20:00+07:00",
    summary=(
        "Nghiên cứu thực tế là nội dung bắt buộc trong chương trình trung cấp lý luận chính trị - "
        "hành chính, giúp học viên gắn lý luận với thực tiễn. Bài viết trao đổi một số giải pháp "
        "nâng cao chất lượng hoạt động này tại Trường Chính trị tỉnh Thái Bình."
    ),
    sapo_outside=True,
    blocks=[
        P("1. Thực trạng", "h"),
        P(
            "Những năm qua, hoạt động nghiên cứu thực tế của học viên được Nhà trường tổ chức theo "
            "đúng quy định của Học viện Chính trị quốc gia Hồ Chí Minh.[1] Các đoàn nghiên cứu thực "
            "tế đã đến nhiều mô hình kinh tế - xã hội tiêu biểu của tỉnh như các hợp tác xã nông "
            "nghiệp, khu công nghiệp, các xã đạt chuẩn nông thôn mới kiểu mẫu."
        ),
        P(
            "Tuy nhiên, chất lượng bài thu hoạch sau nghiên cứu thực tế của một bộ phận học viên "
            "chưa cao; nội dung còn mang tính mô tả, thiếu phân tích, đánh giá và đề xuất giải "
            "pháp. Thời gian dành cho nghiên cứu thực tế còn ngắn, địa bàn đến chưa thật sự đa dạng."
        ),
        P("2. Một số giải pháp", "h"),
        P(
            "Thứ nhất, xây dựng kế hoạch nghiên cứu thực tế ngay từ đầu khóa học, xác định rõ mục "
            "đích, nội dung, địa bàn phù hợp với chuyên đề học viên đang học."
        ),
        P(
            "Thứ hai, giảng viên hướng dẫn cần định hướng cho học viên các vấn đề cần tìm hiểu, "
            "cách thu thập thông tin, số liệu và phương pháp viết bài thu hoạch."
        ),
        P(
            "Thứ ba, tăng cường phối hợp với các cấp ủy, chính quyền địa phương nơi đoàn đến nghiên "
            "cứu thực tế để học viên được trao đổi trực tiếp với cán bộ cơ sở."
        ),
        Raw(
            '<p style="text-align: right;"><strong><em>ThS. Nguyễn Thị Thu Hà<br />'
            "Khoa Xây dựng Đảng</em></strong></p>"
        ),
        P("Tài liệu tham khảo", "h"),
        P(
            "[1] Học viện Chính trị quốc gia Hồ Chí Minh: Quy định về tổ chức nghiên cứu thực tế "
            "trong chương trình đào tạo trung cấp lý luận chính trị - hành chính, Hà Nội, 2021.",
            "note",
        ),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    opts={"posted": (2026, 11, 26, 16, 20), "home": True},
)

C2 = Story(
    id=2828,
    slug="van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri-o-truong-chinh-tri-tinh",
    title="Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị ở trường chính trị tỉnh",
    cat="nc",
    published_at="2026-10-30T09:30:00+07:00",
    blocks=[
        P(
            "Phương pháp dạy học tích cực là phương pháp lấy người học làm trung tâm, phát huy tính "
            "chủ động, sáng tạo của học viên trong quá trình tiếp nhận tri thức. Đối với các trường "
            "chính trị tỉnh, học viên là cán bộ đã có kinh nghiệm thực tiễn, vì vậy việc vận dụng "
            "phương pháp này càng có ý nghĩa."
        ),
        P(
            "“Dạy học phải lấy người học làm trung tâm, khơi dậy ở người học nhu cầu tự học, tự "
            "nghiên cứu suốt đời.”",
            "quote",
        ),
        P(
            "Trong thực tế giảng dạy, giảng viên có thể kết hợp thuyết trình với nêu vấn đề, tổ "
            "chức thảo luận nhóm, sử dụng tình huống thực tiễn của địa phương. Việc chuẩn bị câu hỏi "
            "thảo luận cần gắn với vị trí công tác của học viên để họ có thể liên hệ, so sánh."
        ),
        P(
            "Để vận dụng hiệu quả, mỗi giảng viên cần thường xuyên tự bồi dưỡng, nâng cao kỹ năng "
            "sư phạm; Nhà trường cần đầu tư trang thiết bị dạy học hiện đại và bố trí lớp học với "
            "số lượng học viên phù hợp."
        ),
        Raw(
            '<p style="text-align: right;"><strong>ThS. Đỗ Thị Lan (Khoa Nhà nước và pháp luật)</strong></p>'
            '<p style="text-align: right;"><em>(Theo Tạp chí Giáo dục lý luận)</em></p>'
        ),
        Raw(
            '<p><em>Xem thêm: <a href="/Pages/TinTuc.aspx?ItemID=2519">Đổi mới phương pháp giảng '
            "dạy ở trường chính trị tỉnh trong giai đoạn hiện nay</a></em></p>"
        ),
    ],
    authors=["Đỗ Thị Lan"],
    source="Tạp chí Giáo dục lý luận",
    opts={"posted": (2026, 10, 30, 9, 30)},
)

STORIES: list[Story] = [A1, A2, A3, A4, A5, A6, A7, B1, B2, B3, B4, C1, C2]
BY_ID = {s.id: s for s in STORIES}
MOST_READ = [A4, B3, C1]
DELETED_ITEM = 2519


def cat_stories(cat: Cat) -> list[Story]:
    """The channel's items, newest first (by the posting stamp, as the module sorts)."""
    return sorted((s for s in STORIES if s.cat == cat.key), key=lambda s: s.opts["posted"], reverse=True)


# --- URLs -----------------------------------------------------------------------------------


def friendly(story: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{slug or story.slug}-{story.id}.html"


def section_url(story: Story) -> str:
    cat = CATS[story.cat]
    return f"/Default.aspx?tabid={cat.tabid}&ch={cat.ch}&ItemID={story.id}"


def home_url(story: Story) -> str:
    return f"/default.aspx?tabid={HOME_TAB}&ch={CATS[story.cat].ch}&ItemId={story.id}"


def old_url(item_id: int) -> str:
    return f"/Pages/TinTuc.aspx?ItemID={item_id}"


def list_url(cat: Cat, page: int | None = None) -> str:
    return f"/Default.aspx?tabid={cat.tabid}" + (f"&Page={page}" if page else "")


def a(href: str) -> str:
    """An href attribute value as ASP.NET prints it (``&`` as ``&amp;``)."""
    return esc(href)


# --- dates as the platform prints them --------------------------------------------------------


def vi_datetime(stamp: tuple[int, int, int, int, int]) -> str:
    """``DateTime.ToString()`` under vi-VN: "04/12/2026 2:30:00 CH"."""
    y, m, d, hh, mm = stamp
    h12 = hh % 12 or 12
    return f"{d:02d}/{m:02d}/{y} {h12}:{mm:02d}:00 {'SA' if hh < 12 else 'CH'}"


def vi_date(stamp: tuple[int, int, int, int, int]) -> str:
    y, m, d = stamp[:3]
    return f"{d:02d}/{m:02d}/{y}"


def us_short_date(stamp: tuple[int, int, int, int, int]) -> str:
    """``ToShortDateString()`` on an en-US thread: "12/3/2026"."""
    y, m, d = stamp[:3]
    return f"{m}/{d}/{y}"


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", f"/Default.aspx?tabid={HOME_TAB}", []),
    (
        "Giới thiệu",
        "/Default.aspx?tabid=37",
        [("Lịch sử phát triển", "/Default.aspx?tabid=37"), ("Cơ cấu tổ chức", "/Default.aspx?tabid=38")],
    ),
    (
        "Tin tức",
        None,
        [("Tin tức - Sự kiện", "/Default.aspx?tabid=52"), ("Đào tạo - Bồi dưỡng", "/Default.aspx?tabid=53")],
    ),
    ("Nghiên cứu khoa học", "/Default.aspx?tabid=54", []),
    ("Văn bản", "/Default.aspx?tabid=60", []),
    (
        "Thư viện",
        None,
        [("Thư viện ảnh", "/Default.aspx?tabid=70"), ("Video clip", "/Default.aspx?tabid=71")],
    ),
    ("Liên hệ", "/Default.aspx?tabid=45", []),
]


def _menu(active: str) -> str:
    items = []
    for i, (label, href, subs) in enumerate(MENU):
        cls = "mnu_cha" + (" mnu_chon" if label == active else "")
        head = (
            f'<a class="mnu_lnk" href="{a(href)}">{esc(label)}</a>'
            if href
            else f'<span class="mnu_lnk mnu_dis">{esc(label)}</span>'
        )
        sub = ""
        if subs:
            sub = '<ul class="mnu_con">' + "".join(
                f'<li><a href="{a(h)}">{esc(t)}</a></li>' for t, h in subs
            ) + "</ul>"
        items.append(f'<li id="dnn_dnnNAV_ctldnnNAV_ctr{i + 1}" class="{cls}">{head}{sub}</li>')
    return '<div id="dnn_dnnNAV"><ul id="dnn_dnnNAV_ctldnnNAV" class="mnu_ngang">' + "".join(items) + "</ul></div>"


def _right_pane() -> str:
    most = "".join(
        f'<li><a href="{a(friendly(s))}">{esc(s.title)}</a></li>' for s in MOST_READ
    )
    links = "".join(
        f'<option value="{esc(u)}">{esc(t)}</option>'
        for t, u in [
            ("Cổng thông tin điện tử tỉnh Thái Bình", "http://www.thaibinh.gov.vn"),
            ("Học viện Chính trị quốc gia Hồ Chí Minh", "http://hcma.vn"),
            ("Báo Thái Bình điện tử", "http://baothaibinh.com.vn"),
            ("Tạp chí Cộng sản", "http://tapchicongsan.org.vn"),
        ]
    )
    return f"""
<div id="dnn_RightPane" class="rightpane">
 <div class="DnnModule DnnModule-VNPT_TinDocNhieu DnnModule-1050"><a name="1050"></a>
  <div class="khung_phai"><div class="tde_phai"><span id="dnn_ctr1050_dnnTITLE_lblTitle" class="Head">Tin đọc nhiều</span></div>
  <div id="dnn_ctr1050_ModuleContent"><ul class="ds_docnhieu">{most}</ul></div></div>
 </div>
 <div class="DnnModule DnnModule-VNPT_Video DnnModule-1051"><a name="1051"></a>
  <div class="khung_phai"><div class="tde_phai"><span class="Head">Video clip</span></div>
  <div id="dnn_ctr1051_ModuleContent"><a href="/Default.aspx?tabid=71&amp;VideoID=8"><img src="/Portals/0/Video/thumb_video8.jpg" alt="" width="220" /></a>
  <a class="lnk_video" href="/Default.aspx?tabid=71&amp;VideoID=8">Phóng sự: Trường Chính trị tỉnh Thái Bình - 70 năm xây dựng và phát triển</a></div></div>
 </div>
 <div class="DnnModule DnnModule-VNPT_AnhTieuBieu DnnModule-1052"><a name="1052"></a>
  <div class="khung_phai"><div class="tde_phai"><span class="Head">Thư viện ảnh</span></div>
  <div id="dnn_ctr1052_ModuleContent"><a href="/Default.aspx?tabid=70&amp;AlbumID=15"><img src="/Portals/0/Album/15/thumb_01.jpg" alt="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam" width="220" /></a></div></div>
 </div>
 <div class="DnnModule DnnModule-VNPT_VanBanMoi DnnModule-1053"><a name="1053"></a>
  <div class="khung_phai"><div class="tde_phai"><span class="Head">Văn bản mới</span></div>
  <div id="dnn_ctr1053_ModuleContent"><ul class="ds_vbmoi"><li><a href="/Default.aspx?tabid=60&amp;DocID=412">Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị - hành chính</a></li></ul></div></div>
 </div>
 <div class="DnnModule DnnModule-VNPT_LienKet DnnModule-1054"><a name="1054"></a>
  <div class="khung_phai"><div class="tde_phai"><span class="Head">Liên kết website</span></div>
  <div id="dnn_ctr1054_ModuleContent"><select id="dnn_ctr1054_LienKet_ddlLienKet" onchange="if(this.value!='')window.open(this.value);">
  <option value="">-- Chọn liên kết --</option>{links}</select></div></div>
 </div>
 <div class="DnnModule DnnModule-VNPT_ThamDo DnnModule-1055"><a name="1055"></a>
  <div class="khung_phai"><div class="tde_phai"><span class="Head">Thăm dò ý kiến</span></div>
  <div id="dnn_ctr1055_ModuleContent"><span class="cauhoi_td">Bạn biết đến website của Nhà trường qua kênh nào?</span>
  <table id="dnn_ctr1055_ThamDo_rblTraLoi"><tr><td><input id="td_1" type="radio" name="dnn$ctr1055$ThamDo$rblTraLoi" value="1" /><label for="td_1">Báo, đài</label></td></tr>
  <tr><td><input id="td_2" type="radio" name="dnn$ctr1055$ThamDo$rblTraLoi" value="2" /><label for="td_2">Bạn bè, đồng nghiệp</label></td></tr>
  <tr><td><input id="td_3" type="radio" name="dnn$ctr1055$ThamDo$rblTraLoi" value="3" /><label for="td_3">Công cụ tìm kiếm</label></td></tr></table>
  <a id="dnn_ctr1055_ThamDo_cmdBinhChon" class="nut_td" href="javascript:__doPostBack('dnn$ctr1055$ThamDo$cmdBinhChon','')">Biểu quyết</a>
  <a id="dnn_ctr1055_ThamDo_cmdKetQua" class="nut_td" href="javascript:__doPostBack('dnn$ctr1055$ThamDo$cmdKetQua','')">Kết quả</a></div></div>
 </div>
 <div class="DnnModule DnnModule-VNPT_ThongKe DnnModule-1056"><a name="1056"></a>
  <div class="khung_phai"><div class="tde_phai"><span class="Head">Thống kê truy cập</span></div>
  <div id="dnn_ctr1056_ModuleContent"><table class="tk_truycap">
  <tr><td><img src="{SKIN}/images/tk_online.gif" alt="" /> Đang online:</td><td><span id="dnn_ctr1056_ThongKe_lblOnline">27</span></td></tr>
  <tr><td><img src="{SKIN}/images/tk_homnay.gif" alt="" /> Hôm nay:</td><td><span id="dnn_ctr1056_ThongKe_lblHomNay">412</span></td></tr>
  <tr><td><img src="{SKIN}/images/tk_tong.gif" alt="" /> Tổng truy cập:</td><td><span id="dnn_ctr1056_ThongKe_lblTong">1.284.936</span></td></tr>
  </table></div></div>
 </div>
</div>"""


def page(
    request: Request,
    tab_name: str,
    active: str,
    breadcrumb: list[tuple[str, str | None]],
    content: str,
    og: str = "",
) -> str:
    """The skin around a content pane."""
    action = esc(request.target)
    crumbs = " <span class=\"dd_sep\">»</span> ".join(
        f'<a class="dd_lnk" href="{a(h)}">{esc(t)}</a>' if h else f'<span class="dd_lnk">{esc(t)}</span>'
        for t, h in breadcrumb
    )
    viewstate = opaque(f"{NAME}:{request.target}", 180, b"/wEPDwUK")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta content="text/javascript" http-equiv="Content-Script-Type" /><meta content="text/css" http-equiv="Content-Style-Type" />
<meta id="MetaDescription" name="DESCRIPTION" content="Cổng thông tin điện tử Trường Chính trị tỉnh Thái Bình" />
<meta id="MetaKeywords" name="KEYWORDS" content="Trường Chính trị, Thái Bình, đào tạo, bồi dưỡng, lý luận chính trị, hành chính" />
<meta id="MetaCopyright" name="COPYRIGHT" content="Bản quyền thuộc về Trường Chính trị tỉnh Thái Bình" />
<meta id="MetaGenerator" name="GENERATOR" content="VNPT Portal" />
<meta id="MetaAuthor" name="AUTHOR" content="Trường Chính trị tỉnh Thái Bình" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" /><meta name="DISTRIBUTION" content="GLOBAL" />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" /><meta http-equiv="PAGE-ENTER" content="RevealTrans(Duration=0,Transition=1)" />
{og}<title>{esc(SITE)} &gt; {esc(tab_name)}</title>
<link href="/Portals/_default/default.css" rel="stylesheet" type="text/css" />
<link href="{SKIN}/skin.css" rel="stylesheet" type="text/css" />
<link href="/Portals/0/portal.css" rel="stylesheet" type="text/css" />
<link rel="SHORTCUT ICON" href="/Portals/0/favicon.ico" />
<script src="/js/dnncore.js" type="text/javascript"></script>
<script src="/Resources/Shared/scripts/jquery/jquery.min.js" type="text/javascript"></script>
</head>
<body id="Body">
<form name="Form" method="post" action="{action}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{ theForm = document.Form; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div id="wrapper_tct">
 <div id="topbar">
  <span id="dnn_dnnCURRENTDATE_lblDate" class="ngay_hientai">{HEADER_DATE}</span>
  <span class="lnk_top"><a href="/Default.aspx?tabid={HOME_TAB}">Trang chủ</a> | <a href="/Default.aspx?tabid=45">Liên hệ</a> | <a href="javascript:void(0)" onclick="window.external.AddFavorite(location.href, document.title);">Thêm vào yêu thích</a></span>
  <span id="dnn_dnnSEARCH_ClassicSearch" class="timkiem">
   <input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" value="Nhập từ khóa..." onfocus="this.value=''" />
   <a id="dnn_dnnSEARCH_cmdSearch" class="SkinObject" href="javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')"><img src="{SKIN}/images/btn_timkiem.gif" alt="Tìm kiếm" /></a>
  </span>
 </div>
 <div id="banner"><a href="/Default.aspx?tabid={HOME_TAB}"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner_tct_2015.jpg" alt="{esc(SITE)}" style="border-width:0px;" /></a></div>
 {_menu(active)}
 <div id="chaychu"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Nhiệt liệt chào mừng 44 năm Ngày Nhà giáo Việt Nam 20/11 * Thi đua dạy tốt, học tốt, lập thành tích chào mừng Đại hội Đảng bộ tỉnh</marquee></div>
 <div id="duongdan"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb">{crumbs}</span></div>
 <table id="bang_chinh" cellpadding="0" cellspacing="0" border="0" width="100%"><tr>
 <td id="dnn_ContentPane" class="contentpane" valign="top">
{content}
 </td>
 <td class="cot_phai" valign="top" width="240">{_right_pane()}</td>
 </tr></table>
 <div id="footer">
  <div class="ft_menu"><a href="/Default.aspx?tabid={HOME_TAB}">Trang chủ</a> | <a href="/Default.aspx?tabid=37">Giới thiệu</a> | <a href="/Default.aspx?tabid=60">Văn bản</a> | <a href="/Default.aspx?tabid=45">Liên hệ</a></div>
  <div class="ft_noidung"><b>TRƯỜNG CHÍNH TRỊ TỈNH THÁI BÌNH</b><br />
  Địa chỉ: Số 362, đường Lý Bôn, thành phố Thái Bình, tỉnh Thái Bình<br />
  Điện thoại: 0227.3831.468 - Fax: 0227.3831.469 - Email: truongchinhtri@thaibinh.gov.vn<br />
  Chịu trách nhiệm nội dung: Hiệu trưởng Bùi Văn Thành<br />
  Bản quyền © 2015 Trường Chính trị tỉnh Thái Bình. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
  <div class="ft_vnpt">Thiết kế và phát triển bởi <a href="http://vnptthaibinh.vn" target="_blank">VNPT Thái Bình</a></div>
 </div>
</div>
</form>
</body>
</html>"""


def module(mid: int, kind: str, title: str, inner: str) -> str:
    """A DNN module container with the skin's title bar."""
    return f"""<div class="DnnModule DnnModule-{kind} DnnModule-{mid}"><a name="{mid}"></a>
<div class="khung_giua"><div class="tde_khung"><span id="dnn_ctr{mid}_dnnTITLE_lblTitle" class="Head">{esc(title)}</span></div>
<div id="dnn_ctr{mid}_ContentPane" class="nd_khung"><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod{kind.replace('_', '')}C">
{inner}
</div></div></div></div>"""


def crumbs_for(cat: Cat) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = [("Trang chủ", f"/Default.aspx?tabid={HOME_TAB}")]
    if cat.parent:
        out.append((cat.parent, None))
    out.append((cat.name, list_url(cat)))
    return out


# --- the article text -----------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=int(story.opts.get("entities", 0)))


def _img(story: Story, img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 500px; height: 333px;" />'
    line = _t(story, img.printed) if img.printed else None
    if img.style == "table":
        cap = f'<tr><td style="text-align: center;"><em>{line}</em></td></tr>' if line else ""
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" '
            f'style="width: 500px;"><tbody><tr><td>{tag}</td></tr>{cap}</tbody></table>'
        )
    if img.style == "br":
        return f'<p style="text-align: center;">{tag}<br /><em>{line}</em></p>'
    out = f'<p style="text-align: center;">{tag}</p>'
    if line:
        out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
    return out


def _para(story: Story, p: P) -> str:
    t = _t(story, p.text)
    form = story.opts.get("form", "p")
    if form == "mso":
        inner = f'<span style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">{t}<o:p></o:p></span>'
        if p.style in ("sapo", "h"):
            inner = f"<b>{inner}</b>"
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
            f'line-height:normal">{inner}</p>'
        )
    if p.style in ("sapo", "h"):
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "quote":
        return f'<blockquote><p style="text-align: justify;"><em>{t}</em></p></blockquote>'
    if p.style == "note":
        return f'<p style="text-align: justify;"><span style="font-size: 12px;">{t}</span></p>'
    return f'<p style="text-align: justify;">{t}</p>'


def _tin_lien_quan() -> str:
    return (
        '<table align="right" border="0" cellpadding="4" cellspacing="0" class="tbl_tinlienquan" '
        'style="width: 230px; margin: 4px 0 6px 10px; border: 1px solid #c9d6e8; background: #f2f6fb;">'
        '<tbody><tr><td class="tlq_tde"><img src="/images/icon_tlq.gif" alt="" /> <b>Tin liên quan</b></td></tr>'
        f'<tr><td>» <a href="{a(friendly(A4))}">{esc(A4.title)}</a></td></tr>'
        f'<tr><td>» <a href="{a(old_url(A6.id))}">{esc(A6.title)}</a></td></tr>'
        "</tbody></table>"
    )


def render_text(story: Story) -> str:
    out: list[str] = []
    if story.opts.get("sapo_dup") and story.summary:
        out.append(f'<p style="text-align: justify;"><strong>{_t(story, story.summary)}</strong></p>')
    blocks = story.blocks
    form = story.opts.get("form", "p")
    run: list[str] = []  # divbr: paragraphs waiting for their <div>

    def flush() -> None:
        if run:
            out.append('<div style="text-align: justify;">' + "<br />\n<br />\n".join(run) + "</div>")
            run.clear()

    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("li", "row"):
            style = block.style
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i])
                i += 1
            flush()
            if style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(story, p.text)}</li>" for p in group) + "</ul>")
            else:
                rows = []
                for n, p in enumerate(group):
                    cell = "th" if n == 0 else "td"
                    rows.append(
                        "<tr>" + "".join(f"<{cell}>{_t(story, c)}</{cell}>" for c in p.text.split(" | ")) + "</tr>"
                    )
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width: 90%; border-collapse: collapse;">'
                    "<tbody>" + "".join(rows) + "</tbody></table>"
                )
            continue
        if isinstance(block, P):
            if form == "divbr":
                run.append(_t(story, block.text))
            else:
                out.append(_para(story, block))
        elif isinstance(block, Img):
            flush()
            out.append(_img(story, block))
        else:
            flush()
            out.append(_tin_lien_quan() if block.html == "__TINLIENQUAN__" else block.html)
        i += 1
    flush()
    out.append('<p>&nbsp;</p>')
    return "\n".join(out)


# --- pages ----------------------------------------------------------------------------------


def _cac_tin_khac(story: Story) -> str:
    cat = CATS[story.cat]
    others = [s for s in cat_stories(cat) if s.id != story.id][:2]
    items = "".join(
        f'<li><a href="{a(friendly(s, s.opts.get("old_slug")))}">{esc(s.title)}</a> '
        f'<span class="ngay_tk">({vi_date(s.opts["posted"])})</span></li>'
        for s in others
    )
    return (
        '<div class="tinkhac_ctin"><div class="tde_tinkhac">Các tin khác</div>'
        f'<ul class="ds_tinkhac">{items}</ul></div>'
    )


def article_page(request: Request, story: Story) -> str:
    cat = CATS[story.cat]
    mid = 1025
    o = story.opts
    pid = f"dnn_ctr{mid}_ChiTietTin"
    line = f'<span id="{pid}_lblNgayCapNhat" class="ngay_ctin">Cập nhật lúc: {vi_datetime(o["posted"])}</span>'
    if o.get("nguoidang"):
        line += f' <span class="gach">|</span> <span id="{pid}_lblNguoiDang">Người đăng: {esc(o["nguoidang"])}</span>'
    line += f' <span class="gach">|</span> <span id="{pid}_lblLuotXem" class="luotxem_ctin">Lượt xem: {story.views()}</span>'
    sapo = ""
    if story.sapo_outside and story.summary:
        sapo = f'<div id="{pid}_divTomTat" class="tomtat_ctin"><b>{_t(story, story.summary)}</b></div>'
    tacgia = ""
    if o.get("tacgia"):
        tacgia = (
            '<div class="tacgia_ctin" style="text-align: right; font-weight: bold;">'
            f'<span id="{pid}_lblTacGia">{esc(o["tacgia"])}</span></div>'
        )
    inner = f"""<div id="{pid}_pnlChiTiet" class="ctin_wrap">
<span id="{pid}_lblTieuDe" class="tde_ctin">{_t(story, story.title)}</span>
<div class="tgian_ctin">{line}</div>
<div class="congcu_ctin">Cỡ chữ: <a href="javascript:void(0)" onclick="ZoomText(1);">A+</a> <a href="javascript:void(0)" onclick="ZoomText(-1);">A-</a>
 &nbsp; <a href="javascript:void(0)" onclick="window.print();"><img src="{SKIN}/images/icon_print.gif" alt="In bài" /> In bài</a>
 &nbsp; <a href="javascript:void(0)" onclick="GuiEmail({story.id});"><img src="{SKIN}/images/icon_email.gif" alt="Gửi email" /> Gửi email</a>
 &nbsp; <a href="javascript:history.back();"><img src="{SKIN}/images/icon_back.gif" alt="Quay lại" /> Quay lại</a></div>
{sapo}
<div id="{pid}_divNoiDung" class="noidung_ctin">
{render_text(story)}
<div class="addthis_toolbox addthis_default_style"><a class="addthis_button_facebook_like" fb:like:layout="button_count"></a><a class="addthis_button_tweet"></a><a class="addthis_button_google_plusone" g:plusone:size="medium"></a><a class="addthis_counter addthis_pill_style"></a></div>
</div>
{tacgia}
</div>
{_cac_tin_khac(story)}"""
    og = (
        f'<meta property="og:url" content="{esc(base_url(request) + friendly(story))}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:image" content="{esc(base_url(request))}/Portals/0/logo_tct_share.jpg" />\n'
    )
    return page(
        request,
        cat.name,
        cat.parent or cat.name,
        crumbs_for(cat),
        module(mid, "VNPT_TinTuc_ChiTiet", cat.name, inner),
        og,
    )


def soft_404(request: Request) -> str:
    inner = (
        '<div class="ctin_wrap"><span class="thongbao_loi" style="color:#c00;">Tin bài không tồn tại '
        "hoặc đã bị gỡ bỏ.</span><br /><a href=\"/Default.aspx?tabid=36\">Quay về trang chủ</a></div>"
    )
    return page(
        request,
        "Tin tức - Sự kiện",
        "Tin tức",
        [("Trang chủ", f"/Default.aspx?tabid={HOME_TAB}"), ("Tin tức", None)],
        module(1025, "VNPT_TinTuc_ChiTiet", "Tin tức - Sự kiện", inner),
    )


def _cut(value: str, n: int) -> str:
    if len(value) <= n:
        return value
    return value[:n].rsplit(" ", 1)[0] + "..."


def _lead_text(story: Story) -> str:
    return story.summary or next(b.text for b in story.blocks if isinstance(b, P))


def _thumb(story: Story) -> str:
    imgs = story.images
    name = imgs[0].src.rsplit("/", 1)[1] if imgs else "no_image.jpg"
    return f"/Portals/0/News/Thumbs/{name}"


def _pager(cat: Cat, cur: int, total: int) -> str:
    if total <= 1:
        return ""
    start = max(1, min(cur - 1, total - 2))
    nums = []
    for n in range(start, min(total, start + 2) + 1):
        if n == cur:
            nums.append(f'<span class="trang_ht">{n}</span>')
        else:
            nums.append(f'<a class="trang_lnk" href="{a(list_url(cat, n))}">{n}</a>')
    pb = "dnn$ctr1031$DanhSachTin$"
    return (
        '<div class="phantrang">Trang: '
        f'<a class="trang_nut" href="javascript:__doPostBack(\'{pb}lnkDau\',\'\')">« Đầu</a> '
        f'<a class="trang_nut" href="javascript:__doPostBack(\'{pb}lnkTruoc\',\'\')">‹ Trước</a> '
        + " ".join(nums)
        + f' <a class="trang_nut" href="javascript:__doPostBack(\'{pb}lnkSau\',\'\')">Sau ›</a>'
        f' <a class="trang_nut" href="javascript:__doPostBack(\'{pb}lnkCuoi\',\'\')">Cuối »</a></div>'
    )


def listing_page(request: Request, cat: Cat, page_no: int) -> str:
    items = cat_stories(cat)
    total = (len(items) + cat.per_page - 1) // cat.per_page
    chunk = items[(page_no - 1) * cat.per_page : page_no * cat.per_page]
    parts = []
    if chunk:
        lead, rest = chunk[0], chunk[1:]
        parts.append(
            f'<div class="tin_dau"><a href="{a(section_url(lead))}"><img class="anh_tindau" src="{_thumb(lead)}" '
            f'alt="" width="150" height="100" /></a>'
            f'<a class="tde_tindau" href="{a(section_url(lead))}">{esc(lead.title)}</a> '
            f'<span class="ngay_tindau">({vi_date(lead.opts["posted"])})</span>'
            f'<div class="mota_tindau">{esc(_cut(_lead_text(lead), 170))}</div><div style="clear:both"></div></div>'
        )
        rows = "".join(
            f'<li><a class="lnk_tin" href="{a(section_url(s))}" title="{esc(s.title)}">{esc(_cut(s.title, 72))}</a>'
            + (' <img src="/images/new.gif" alt="" />' if s.opts["posted"] >= (2026, 12, 1, 0, 0) else "")
            + f' <span class="ngay_ds">{us_short_date(s.opts["posted"])}</span></li>'
            for s in rest
        )
        if rows:
            parts.append(f'<ul class="ds_tin">{rows}</ul>')
    else:
        parts.append('<div class="khongco">Chưa có tin trong mục này.</div>')
    parts.append(_pager(cat, page_no, total))
    return page(
        request,
        cat.name,
        cat.parent or cat.name,
        crumbs_for(cat),
        module(1031, "VNPT_TinTuc_DanhSach", cat.name, "\n".join(parts)),
    )


def home_page(request: Request) -> str:
    feat = [s for s in STORIES if s.opts.get("home")]
    feat.sort(key=lambda s: s.opts["posted"], reverse=True)
    lead, others = feat[0], feat[1:]
    noibat = (
        f'<div class="nb_trai"><a href="{a(home_url(lead))}"><img src="{_thumb(lead)}" alt="" width="300" height="200" /></a>'
        f'<a class="tde_nb" href="{a(home_url(lead))}">{esc(lead.title)}</a>'
        f'<div class="mota_nb">{esc(_cut(_lead_text(lead), 200))}</div></div>'
        '<div class="nb_phai"><ul>'
        + "".join(f'<li><a href="{a(home_url(s))}">{esc(s.title)}</a></li>' for s in others)
        + "</ul></div><div style=\"clear:both\"></div>"
    )
    parts = [module(1018, "VNPT_TinNoiBat", "Tin nổi bật", noibat)]
    parts.append(
        module(
            1019,
            "VNPT_ThongBao",
            "Thông báo",
            f'<marquee direction="up" scrollamount="1" height="60"><a href="{a(friendly(B2))}">{esc(B2.title)}</a></marquee>',
        )
    )
    for mid, cat in zip((1020, 1021, 1022), CATS.values(), strict=True):
        items = cat_stories(cat)[:3]
        first, rest = items[0], items[1:]
        inner = (
            f'<div class="hop_dau"><a href="{a(friendly(first))}"><img src="{_thumb(first)}" alt="" width="120" height="80" /></a>'
            f'<a class="tde_hop" href="{a(friendly(first))}">{esc(first.title)}</a> '
            f'<span class="ngay_hop">({vi_date(first.opts["posted"])})</span></div>'
            '<ul class="ds_hop">'
            + "".join(f'<li><a href="{a(friendly(s))}">{esc(s.title)}</a></li>' for s in rest)
            + f'</ul><div class="xemtiep"><a href="{a(list_url(cat))}">Xem tiếp »</a></div>'
        )
        parts.append(module(mid, "VNPT_TinTheoKenh", cat.name, inner))
    return page(request, "Trang chủ", "Trang chủ", [("Trang chủ", None)], "\n".join(parts))


# --- the pages that are not articles ----------------------------------------------------------

INTRO = """<div class="gioithieu">
<p style="text-align: justify;">Trường Chính trị tỉnh Thái Bình tiền thân là Trường Đảng tỉnh Thái Bình, được thành lập năm 1949 trong thời kỳ kháng chiến chống thực dân Pháp. Trải qua các thời kỳ, trường mang nhiều tên gọi khác nhau: Trường Đảng tỉnh, Trường Lý luận chính trị tỉnh và từ năm 1993 là Trường Chính trị tỉnh Thái Bình.</p>
<p style="text-align: justify;">Trường là đơn vị sự nghiệp trực thuộc Tỉnh ủy, chịu sự chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh và sự hướng dẫn về chương trình, nội dung đào tạo của Học viện Chính trị quốc gia Hồ Chí Minh.</p>
<p style="text-align: justify;">Nhà trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; cán bộ, công chức, viên chức ở các cơ quan, đơn vị cấp tỉnh, cấp huyện về lý luận chính trị, quản lý nhà nước và các chuyên đề nghiệp vụ; nghiên cứu khoa học về lý luận chính trị và thực tiễn địa phương.</p>
<p style="text-align: justify;">Năm 2019, Trường được công nhận đạt chuẩn mức 1 theo Quy định của Ban Bí thư về trường chính trị chuẩn.</p>
</div>"""

ORG = """<div class="cocau">
<p><b>BAN GIÁM HIỆU</b></p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse: collapse; width: 100%;">
<tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
<tr><td>Bùi Văn Thành</td><td>Hiệu trưởng</td><td>0227.3831.450</td></tr>
<tr><td>Nguyễn Văn Thắng</td><td>Phó Hiệu trưởng</td><td>0227.3831.451</td></tr>
<tr><td>Trần Thị Thanh Nga</td><td>Phó Hiệu trưởng</td><td>0227.3831.452</td></tr>
</table>
<p><b>CÁC KHOA, PHÒNG</b></p>
<ul><li>Khoa Lý luận cơ sở</li><li>Khoa Xây dựng Đảng</li><li>Khoa Nhà nước và pháp luật</li><li>Khoa Dân vận</li>
<li>Phòng Tổ chức - Hành chính</li><li>Phòng Quản lý đào tạo - Nghiên cứu khoa học</li></ul>
</div>"""

CONTACT = """<div class="lienhe">
<p><b>TRƯỜNG CHÍNH TRỊ TỈNH THÁI BÌNH</b><br />Địa chỉ: Số 362, đường Lý Bôn, thành phố Thái Bình, tỉnh Thái Bình<br />
Điện thoại: 0227.3831.468 - Fax: 0227.3831.469<br />Email: truongchinhtri@thaibinh.gov.vn</p>
<table class="form_lienhe">
<tr><td>Họ và tên (*)</td><td><input name="dnn$ctr1060$LienHe$txtHoTen" type="text" id="dnn_ctr1060_LienHe_txtHoTen" /></td></tr>
<tr><td>Email (*)</td><td><input name="dnn$ctr1060$LienHe$txtEmail" type="text" id="dnn_ctr1060_LienHe_txtEmail" /></td></tr>
<tr><td>Tiêu đề</td><td><input name="dnn$ctr1060$LienHe$txtTieuDe" type="text" id="dnn_ctr1060_LienHe_txtTieuDe" /></td></tr>
<tr><td>Nội dung</td><td><textarea name="dnn$ctr1060$LienHe$txtNoiDung" rows="6" cols="40" id="dnn_ctr1060_LienHe_txtNoiDung"></textarea></td></tr>
<tr><td></td><td><a id="dnn_ctr1060_LienHe_cmdGui" href="javascript:__doPostBack('dnn$ctr1060$LienHe$cmdGui','')">Gửi liên hệ</a></td></tr>
</table></div>"""

DOCS = [
    (412, "45-QĐ/TCT", "18/11/2026", "Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị - hành chính", "xW3mPq8vLk0%3d"),
    (398, "38-KH/TCT", "02/10/2026", "Kế hoạch đào tạo, bồi dưỡng năm học 2026 - 2027", "Hn2cT5yQaRw%3d"),
]


def docs_list() -> str:
    rows = []
    for doc_id, so, ngay, trich, ticket in DOCS:
        file_link = f"/LinkClick.aspx?fileticket={ticket}&tabid=60&mid=1040"
        title = (
            f'<a href="{a(f"/Default.aspx?tabid=60&DocID={doc_id}")}">{esc(trich)}</a>' if doc_id == 412 else esc(trich)
        )
        rows.append(
            f"<tr><td>{esc(so)}</td><td>{ngay}</td><td>{title}</td>"
            f'<td><a href="{a(file_link)}"><img src="/images/FileManager/Icons/pdf.gif" alt="Tải về" /></a></td></tr>'
        )
    return (
        '<table class="ds_vanban" border="1" cellpadding="4" cellspacing="0" style="border-collapse: collapse; width: 100%;">'
        "<tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def doc_detail() -> str:
    _doc_id, so, ngay, trich, ticket = DOCS[0]
    return f"""<table class="ct_vanban" border="1" cellpadding="5" cellspacing="0" style="border-collapse: collapse; width: 100%;">
<tr><td width="30%">Số/Ký hiệu</td><td>{esc(so)}</td></tr>
<tr><td>Ngày ban hành</td><td>{ngay}</td></tr>
<tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Thái Bình</td></tr>
<tr><td>Loại văn bản</td><td>Quyết định</td></tr>
<tr><td>Người ký</td><td>Bùi Văn Thành</td></tr>
<tr><td>Trích yếu</td><td>{esc(trich)}</td></tr>
<tr><td>File đính kèm</td><td><a href="{a(f"/LinkClick.aspx?fileticket={ticket}&tabid=60&mid=1040")}">QD45-TCT.pdf</a></td></tr>
</table><p><a href="/Default.aspx?tabid=60">« Quay lại danh sách văn bản</a></p>"""


ALBUM_TITLE = "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026"


def album_list() -> str:
    return (
        '<div class="ds_album"><div class="album_item"><a href="/Default.aspx?tabid=70&amp;AlbumID=15">'
        '<img src="/Portals/0/Album/15/thumb_01.jpg" alt="" width="180" /></a><br />'
        f'<a href="/Default.aspx?tabid=70&amp;AlbumID=15">{esc(ALBUM_TITLE)}</a> (8 ảnh)</div></div>'
    )


def album_detail() -> str:
    pics = "".join(
        f'<div class="anh_album"><a href="/Portals/0/Album/15/anh_{n:02d}.jpg" rel="lightbox[album15]">'
        f'<img src="/Portals/0/Album/15/thumb_{n:02d}.jpg" alt="" width="160" /></a></div>'
        for n in range(1, 9)
    )
    return f'<div class="tde_album">{esc(ALBUM_TITLE)}</div><div class="khung_album">{pics}</div>'


VIDEO_TITLE = "Phóng sự: Trường Chính trị tỉnh Thái Bình - 70 năm xây dựng và phát triển"


def video_list() -> str:
    return (
        '<div class="ds_video"><a href="/Default.aspx?tabid=71&amp;VideoID=8">'
        '<img src="/Portals/0/Video/thumb_video8.jpg" alt="" width="180" /></a><br />'
        f'<a href="/Default.aspx?tabid=71&amp;VideoID=8">{esc(VIDEO_TITLE)}</a></div>'
    )


def video_detail() -> str:
    return (
        f'<div class="tde_video">{esc(VIDEO_TITLE)}</div>'
        '<object width="480" height="300" type="application/x-shockwave-flash" data="/Portals/0/Video/player.swf">'
        '<param name="movie" value="/Portals/0/Video/player.swf" />'
        '<param name="flashvars" value="file=/Portals/0/Video/phongsu_70nam.flv&amp;autostart=false" /></object>'
        '<p class="mota_video">Thời lượng: 12:35 - Nguồn: Đài Phát thanh và Truyền hình Thái Bình</p>'
    )


PLAIN_TABS = {
    37: ("Lịch sử phát triển", "Giới thiệu", INTRO),
    38: ("Cơ cấu tổ chức", "Giới thiệu", ORG),
    45: ("Liên hệ", "Liên hệ", CONTACT),
}


def plain_page(request: Request, name: str, active: str, inner: str, kind: str = "HTML") -> str:
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", f"/Default.aspx?tabid={HOME_TAB}")]
    if active != name:
        crumbs.append((active, None))
    crumbs.append((name, None))
    return page(request, name, active, crumbs, module(1060, kind, name, inner))


# --- routing --------------------------------------------------------------------------------

_FRIENDLY = re.compile(r"^/tin-tuc/[a-z0-9-]+-(\d+)\.html$")


def _params(request: Request) -> dict[str, str]:
    """Query keys case-insensitive, as ASP.NET reads them."""
    return {k.lower(): v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        if path == "/":
            return redirect(f"/Default.aspx?tabid={HOME_TAB}")
        if low.startswith(("/portals/", "/images/", "/js/", "/resources/")) or low.endswith(".ico"):
            return static_file(path)
        if low == "/linkclick.aspx":
            if _params(request).get("fileticket"):
                return Response(200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": "attachment"})
            return None
        if m := _FRIENDLY.match(path):
            story = BY_ID.get(int(m.group(1)))
            return html(article_page(request, story)) if story else None
        if low == "/pages/tintuc.aspx":
            item = _int(_params(request).get("itemid"))
            if item is None:
                return None
            story = BY_ID.get(item)
            return html(article_page(request, story) if story else soft_404(request))
        if low == "/default.aspx":
            return self._default(request)
        return None

    def _default(self, request: Request) -> Response | None:
        q = _params(request)
        tab = _int(q.get("tabid", str(HOME_TAB)))
        if tab == HOME_TAB or tab in CAT_BY_TAB:
            if "itemid" in q:
                item = _int(q["itemid"])
                story = BY_ID.get(item) if item is not None else None
                return html(article_page(request, story) if story else soft_404(request))
            if tab == HOME_TAB:
                return html(home_page(request))
            cat = CAT_BY_TAB[tab]
            page_no = _int(q.get("page")) or 1
            return html(listing_page(request, cat, page_no))
        if tab in PLAIN_TABS:
            name, active, inner = PLAIN_TABS[tab]
            return html(plain_page(request, name, active, inner))
        if tab == 60:
            if "docid" in q:
                if _int(q["docid"]) != 412:
                    return None
                return html(plain_page(request, "Văn bản", "Văn bản", doc_detail(), "VNPT_VanBan"))
            return html(plain_page(request, "Văn bản", "Văn bản", docs_list(), "VNPT_VanBan"))
        if tab == 70:
            if "albumid" in q:
                if _int(q["albumid"]) != 15:
                    return None
                return html(plain_page(request, "Thư viện ảnh", "Thư viện", album_detail(), "VNPT_Album"))
            return html(plain_page(request, "Thư viện ảnh", "Thư viện", album_list(), "VNPT_Album"))
        if tab == 71:
            if "videoid" in q:
                if _int(q["videoid"]) != 8:
                    return None
                return html(plain_page(request, "Video clip", "Thư viện", video_detail(), "VNPT_Video"))
            return html(plain_page(request, "Video clip", "Thư viện", video_list(), "VNPT_Video"))
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [section_url(story), old_url(story.id)]
    if story.opts.get("home"):
        alts.append(home_url(story))
    if story.opts.get("old_slug"):
        alts.append(friendly(story, story.opts["old_slug"]))
    return alts


GOLD = [
    gold_record(s, friendly(s), CATS[s.cat].name, canonical_path=friendly(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/Default.aspx?tabid=37",
    "/Default.aspx?tabid=38",
    "/Default.aspx?tabid=45",
    "/Default.aspx?tabid=60&DocID=412",
    "/Default.aspx?tabid=70&AlbumID=15",
    "/Default.aspx?tabid=71&VideoID=8",
]
