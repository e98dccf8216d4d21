"""Cổng thông tin điện tử xã Tân Hòa (tỉnh Tây Ninh): a commune e-government portal.

Platform
--------
A provincial vendor's ASP.NET WebForms portal ("eGovPortal 3.x", the kind the province rolled out
to every new commune after the 2025 reorganisation). The former district education office's
news now lives in "Văn hóa - Xã hội » Giáo dục", beside the commune's administrative news, the
documents module (Văn bản) and the procedures module (Thủ tục hành chính). Layout in tables,
``ctl00_…`` ids, Vietnamese-abbreviated class names (``tde_ct``, ``nd_ct``, ``ds_tin``…), dates
printed by ``DateTime.ToString()`` in the vi-VN culture ("04/12/2026 3:20:00 CH").

URL scheme
----------
- ``/``                                    home (slider, section blocks, sidebars)
- ``/tin-tuc/<slug>-<id>.html``            article detail (any slug the site ever gave the
  article answers with the same page; ``<link rel=canonical>`` names the current one)
- ``/(S(<session>))/tin-tuc/<slug>-<id>.html``  the same article under ASP.NET's cookieless
  session segment (printed by the cached "Tin xem nhiều" user control)
- ``/in-tin.aspx?id=<id>``                 print view (opened by ``window.open`` only)
- ``/chuyen-muc/<slug>-<catid>.html[?trang=N]``  section listing, numbered pages; a parent
  section (Tin tức - Sự kiện, Văn hóa - Xã hội) prints one block per sub-section instead
- ``/gioi-thieu/<slug>-<id>.html``         intro pages (detail template, no date)
- ``/van-ban.html``, ``/van-ban/chi-tiet/<slug>-<id>.html``   documents module
- ``/thu-tuc-hanh-chinh.html``, ``/thu-tuc-hanh-chinh/<slug>-<id>.html``  procedures module
- ``/thu-vien-anh.html``, ``/thu-vien-anh/<slug>-<id>.html``  photo albums
- ``/video.html``, ``/video/<slug>-<id>.html``  video clips
- ``/lich-cong-tac.html``                  the week's work calendar, ``/lien-he.html`` contact
- ``/Uploads/…``                           images and attached files

Page templates
--------------
Every page: header table (banner, "Thứ Bảy, 05/12/2026", login link), horizontal menu
``ul#mnuNgang`` with drop-downs (parents ``href="javascript:void(0)"``), a marquee notice, left
column (Chuyên mục tree), right column (Thông báo, Tin xem nhiều, Liên kết website select,
Thăm dò ý kiến, Thống kê truy cập), footer. Article detail: ``div.duongdan`` breadcrumb,
``h1.tde_ct`` > ``span#…_lblTieuDe``, ``div.tgian_ct`` meta bar (Ngày đăng, Người đăng, Lượt xem,
sometimes Cập nhật), optional ``div.tt_ct`` lead, ``div#…_lblNoiDung.nd_ct`` body, tool bar
(In bài / Gửi email / Chia sẻ), "Tin liên quan" inside the body cell, "Tin mới nhất" after it.

How each gold article is reached
--------------------------------
- Tin hoạt động (2 per page): A1 (home slider by its old slug, home block, listing p1), A2 (home
  block, "Tin xem nhiều" with session segment, listing p1), A3 only via ``?trang=2``.
- Cải cách hành chính: C1 (listing, "Tin xem nhiều").
- Giáo dục (3 per page): G1, G2, G3 on home and p1; G4 on the home slider, "Tin xem nhiều" and
  p2; G5, G6 only via ``?trang=2``; G7 only via ``?trang=3``.
- Văn hóa - Thể thao: V1 (listing, parent block, "Tin xem nhiều"). Y tế - Dân số: H1 (listing,
  parent block).

Traps
-----
1. Cookieless-session URLs: the cached "Tin xem nhiều" control prints
   ``/(S(pz0ctr45mwa1ka55aq1xkd55))/tin-tuc/…`` links; the server answers them with the very
   article. Gold: one record per article, the session URLs in ``alt_paths``.
2. Slugs that changed: the home slider links G1 and A1 by the slug they had when first published
   (the title was edited later); the old slug answers 200 with the same page (no redirect), the
   canonical link names the new one. Gold: the current slug is the path, the old in ``alt_paths``.
3. vi-VN 12-hour times: "Ngày đăng: 12/11/2026 4:05:00 CH" is 16:05; "02/12/2026 12:00:00 SA" is
   midnight, so a day alone ("2026-12-02"). A "Cập nhật" stamp is printed beside the publication
   stamp on some articles and is never the date; neither is the header's today.
4. An official notice (G3) posted 28/11 whose letterhead says "Tân Hòa, ngày 27 tháng 11 năm
   2026": date 2026-11-27, author the signer (Nguyễn Thị Thu Hà), letterhead / kind / subject /
   "Nơi nhận" / signature block not body; the "Tập tin đính kèm" line is no text either.
5. Bylines of every kind: CMS accounts in the meta bar ("Người đăng: thcs.tanhoa", "admin") are
   nobody; "Tin, ảnh: X" -> X both; "Bài: X - Ảnh: Y"; "ThS. Đỗ Văn Hải - Hiệu trưởng …" ->
   "Đỗ Văn Hải"; "Hoàng Yến (Phòng Văn hóa - Xã hội)" -> "Hoàng Yến"; a unit right-aligned alone
   ("Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội") is the author as printed; "Theo Báo
   Tây Ninh" closing line is the source while a body sentence "Theo kế hoạch, …" is text.
6. Captions in four markups: a two-row table (``td.ghichu_anh``), an ``<em>`` after ``<br>`` in
   the image's own paragraph, a centred italic paragraph after it, none at all; enclosing
   parentheses dropped; a line that only credits ("Ảnh: Lê Văn Tâm") is no caption. Every
   ``<img alt>`` is the CMS's copy of the article title: never a caption.
7. Chrome inside the body cell: a "Tin liên quan" box and a "Xem thêm:" line inside
   ``div.nd_ct``, the tool bar, "Tin mới nhất" right after it; a marquee notice above the title.
8. Text as editors pasted it: Word's ``MsoListParagraph`` bullets with ``mso-list:Ignore``
   markers and ``<o:p>``, a "- " typed by the editor (kept), paragraphs in decomposed Unicode
   (NFD) and in FCKeditor entities (``&agrave;``, ``&#7897;``), a table of figures (rows, cells
   joined by " | ").
9. Footnotes both ways: G6 prints ``<sup>[1]</sup>`` calls (kept in the sentence) and a
   "Chú thích" list (body); G2 prints a bare ``<sup>1</sup>`` call (dropped) and its note.
10. Pagination by ``?trang=N`` relative links (the pager also links "1" as ``?trang=1``); the
    parent sections show only two items per sub-section, listings truncate titles with "…"
    and the home slider too: titles must come from the detail page's ``h1``.
11. Intro pages ("Tổng quan xã Tân Hòa") use the article detail template (breadcrumb, h1, body)
    but print no date and no meta bar: not an article. Document and procedure entries print a
    title, a date and a "Trích yếu": not articles either.
12. An emoji in a title (G4 "… 20/11 🌸") kept as printed.
13. Shift+Enter lines: C1's contact paragraph holds three lines split by ``<br />``: three
    paragraphs in the gold, while a ``<br />`` between a photo and its ``<em>`` line (trap 6)
    only separates the caption from the image.

Gold decisions on ambiguous points
----------------------------------
- category: the last breadcrumb item ("Giáo dục", "Tin hoạt động", …), not the parent section.
- G1/A1 sapo: printed in ``div.tt_ct`` in bold above the body: summary and first body paragraph.
  G2's sapo is a bold first paragraph inside the body: summary. Other articles: summary null.
- The notice G3: body = from "Căn cứ …" to the last numbered point; its attachment line is out.
- G2's note "(1) Nghị quyết số …" after "Chú thích:" is body, "Chú thích:" itself too (the
  heading of the notes, a paragraph as printed).
- G7 "Nguồn: Phòng Văn hóa - Xã hội" -> source; authors empty (meta bar prints only "admin").
- Tables of figures (G7, C1): every row a paragraph, the header row included, cells joined by
  " | "; the login page (``/dang-nhap.aspx``, linked ``rel=nofollow``) is chrome, not listed.
- The print view and the session URLs are alternate paths of their article, never articles of
  their own. Intro, contact, document, procedure, album, video and calendar pages are the
  non-articles.
"""

from __future__ import annotations

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
    static_file,
    text,
)

NAME = "commune_portal_pgd"
PLATFORM = "Commune e-government portal (vendor ASP.NET WebForms, eGovPortal 3.x)"
START_PATH = "/"

SITE = "Cổng thông tin điện tử xã Tân Hòa"
TODAY = "Thứ Bảy, 05/12/2026"
SESSION = "(S(pz0ctr45mwa1ka55aq1xkd55))"


def _right(line: str, bold: bool = True, italic: bool = False) -> Raw:
    inner = esc(line)
    if italic:
        inner = f"<em>{inner}</em>"
    if bold:
        inner = f"<strong>{inner}</strong>"
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- sections ------------------------------------------------------------------------------

#: slug -> (id, printed name, parent slug or None, items per page)
CATS: dict[str, tuple[int, str, str | None, int]] = {
    "tin-tuc-su-kien": (1, "Tin tức - Sự kiện", None, 0),
    "tin-hoat-dong": (11, "Tin hoạt động", "tin-tuc-su-kien", 2),
    "cai-cach-hanh-chinh": (12, "Cải cách hành chính", "tin-tuc-su-kien", 5),
    "van-hoa-xa-hoi": (3, "Văn hóa - Xã hội", None, 0),
    "giao-duc": (31, "Giáo dục", "van-hoa-xa-hoi", 3),
    "van-hoa-the-thao": (32, "Văn hóa - Thể thao", "van-hoa-xa-hoi", 5),
    "y-te-dan-so": (33, "Y tế - Dân số", "van-hoa-xa-hoi", 5),
}


def cat_path(slug: str, page: int | None = None) -> str:
    base = f"/chuyen-muc/{slug}-{CATS[slug][0]}.html"
    return base + (f"?trang={page}" if page else "")


# --- the articles --------------------------------------------------------------------------

G1 = Story(
    id=10583,
    slug="truong-thcs-tan-hoa-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Trường THCS Tân Hòa tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026-2027",
    cat="giao-duc",
    published_at="2026-12-04T15:20:00+07:00",
    summary=(
        "Trong hai ngày 02 và 03/12/2026, Trường THCS Tân Hòa tổ chức Hội khỏe Phù Đổng cấp "
        "trường năm học 2026-2027 với sự tham gia của hơn 420 vận động viên là học sinh của 16 lớp."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội khỏe Phù Đổng là hoạt động thường niên nhằm đẩy mạnh phong trào rèn luyện thân thể "
            "theo gương Bác Hồ vĩ đại, nâng cao sức khỏe, bồi dưỡng tinh thần đoàn kết, ý chí vượt "
            "khó cho học sinh, đồng thời phát hiện, tuyển chọn những em có năng khiếu để bồi dưỡng "
            "tham gia Hội khỏe Phù Đổng cấp tỉnh năm 2027."
        ),
        Img(
            "/Uploads/Images/2026/12/04/hkpd-khai-mac.jpg",
            "Thầy Nguyễn Văn Sang, Hiệu trưởng nhà trường phát biểu khai mạc Hội khỏe",
            "Thầy Nguyễn Văn Sang, Hiệu trưởng nhà trường phát biểu khai mạc Hội khỏe",
            "tbl",
        ),
        P(
            "Phát biểu khai mạc, thầy Nguyễn Văn Sang, Hiệu trưởng nhà trường nhấn mạnh: sau khi "
            "sắp xếp đơn vị hành chính, nhà trường tiếp nhận thêm học sinh của hai ấp Bình Trung "
            "và Bình Lợi, vì vậy Hội khỏe năm nay có số lượng vận động viên đông nhất từ trước đến nay."
        ),
        P("Các môn thi đấu gồm:"),
        P("Bóng đá mini nam: 8 đội tham gia;", "li"),
        P("Kéo co nam nữ phối hợp: 16 đội;", "li"),
        P("Điền kinh (chạy 60m, 100m, nhảy xa), cờ vua và đá cầu.", "li"),
        Img(
            "/Uploads/Images/2026/12/04/hkpd-bong-da.jpg",
            "(Trận chung kết môn bóng đá mini nam giữa lớp 9A1 và lớp 9A3)",
            "Trận chung kết môn bóng đá mini nam giữa lớp 9A1 và lớp 9A3",
            "tbl",
        ),
        P(
            "Các trận đấu diễn ra sôi nổi, đúng luật, thể hiện tinh thần fair-play của các vận động "
            "viên. Ban tổ chức đã bố trí nhân viên y tế trực suốt thời gian thi đấu để kịp thời sơ "
            "cứu các trường hợp chấn thương."
        ),
        P(
            "Kết quả, Ban tổ chức đã trao 24 huy chương vàng, 24 huy chương bạc, 36 huy chương đồng; "
            "giải nhất toàn đoàn thuộc về khối 9, giải nhì khối 8 và giải ba khối 7."
        ),
        _right("Tin, ảnh: Trần Minh Khôi"),
    ],
    authors=["Trần Minh Khôi"],
    photographers=["Trần Minh Khôi"],
    opts={
        "posted": "04/12/2026 3:20:00 CH",
        "account": "thcs.tanhoa",
        "old_slug": "truong-thcs-tan-hoa-to-chuc-hoi-khoe-phu-dong",
        "hot": True,
        "related": [10571],
    },
)

G2_NOTE_CALL = (
    "Thực hiện Nghị quyết số 1682/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về việc sắp xếp "
    "các đơn vị hành chính cấp xã của tỉnh Tây Ninh năm 2025, xã Tân Hòa được thành lập trên cơ "
    "sở nhập toàn bộ diện tích tự nhiên, quy mô dân số của ba xã cũ."
)
G2 = Story(
    id=10571,
    slug="xa-tan-hoa-trien-khai-nhiem-vu-nam-hoc-2026-2027-sau-sap-xep-don-vi-hanh-chinh",
    title="Xã Tân Hòa triển khai nhiệm vụ năm học 2026-2027 sau sắp xếp đơn vị hành chính",
    cat="giao-duc",
    published_at="2026-12-02",
    summary=(
        "Sáng ngày 01/12/2026, UBND xã Tân Hòa tổ chức hội nghị tổng kết năm học 2025-2026 và "
        "triển khai nhiệm vụ năm học 2026-2027 đối với các cơ sở giáo dục mầm non, tiểu học và "
        "trung học cơ sở trên địa bàn xã."
    ),
    blocks=[
        P(
            "Sáng ngày 01/12/2026, UBND xã Tân Hòa tổ chức hội nghị tổng kết năm học 2025-2026 và "
            "triển khai nhiệm vụ năm học 2026-2027 đối với các cơ sở giáo dục mầm non, tiểu học và "
            "trung học cơ sở trên địa bàn xã.",
            "b",
        ),
        P(G2_NOTE_CALL),
        P("1. Kết quả năm học 2025-2026", "h"),
        P(
            "Toàn xã hiện có 9 cơ sở giáo dục công lập gồm 3 trường mầm non, 4 trường tiểu học và 2 "
            "trường THCS với 4.186 trẻ và học sinh. Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%; tỷ lệ "
            "học sinh hoàn thành chương trình tiểu học đạt 99,87%; tỷ lệ học sinh lớp 9 được công "
            "nhận tốt nghiệp THCS đạt 99,6%."
        ),
        Img(
            "/Uploads/Images/2026/12/02/hoi-nghi-nam-hoc.jpg",
            "Quang cảnh hội nghị triển khai nhiệm vụ năm học 2026-2027",
            "Quang cảnh hội nghị triển khai nhiệm vụ năm học 2026-2027",
            "br",
        ),
        P("2. Nhiệm vụ trọng tâm năm học 2026-2027", "h"),
        P(
            "Hội nghị thống nhất tập trung rà soát, sắp xếp mạng lưới trường lớp phù hợp với quy mô "
            "dân số sau sáp nhập; tiếp tục thực hiện Chương trình giáo dục phổ thông 2018; đẩy mạnh "
            "chuyển đổi số, sử dụng học bạ số và hồ sơ điện tử trong các nhà trường."
        ),
        P(
            "Phát biểu chỉ đạo, bà Nguyễn Thị Thu Hà, Phó Chủ tịch UBND xã đề nghị các trường chủ "
            "động tham mưu xây dựng trường đạt chuẩn quốc gia, phấn đấu đến cuối năm 2027 có thêm 2 "
            "trường được công nhận lại đạt chuẩn mức độ 1."
        ),
        P("Chú thích:"),
        P(
            "(1) Nghị quyết số 1682/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về "
            "việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Tây Ninh năm 2025."
        ),
        _right("Phòng Văn hóa - Xã hội"),
    ],
    authors=["Phòng Văn hóa - Xã hội"],
    opts={
        "posted": "02/12/2026 12:00:00 SA",
        "updated": "03/12/2026 10:47:12 SA",
        "account": "vhxh.tanhoa",
        "p_html": {
            G2_NOTE_CALL: esc(G2_NOTE_CALL).replace(
                "năm 2025,", 'năm 2025<sup><a href="#ghichu1" id="goc1">1</a></sup>,'
            ),
            "Chú thích:": "<em><strong>Chú thích:</strong></em>",
        },
    },
)

G3 = Story(
    id=10560,
    slug="thong-bao-ve-viec-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-xa-nam-hoc-2026-2027",
    title="Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp xã năm học 2026-2027",
    cat="giao-duc",
    published_at="2026-11-27",
    blocks=[
        Raw(
            '<table style="width:100%; border:none;" cellpadding="2" cellspacing="0"><tbody>'
            '<tr><td style="width:40%; text-align:center; vertical-align:top;"><strong>ỦY BAN NHÂN DÂN'
            "<br>XÃ TÂN HÒA</strong><br>--------</td>"
            '<td style="text-align:center; vertical-align:top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
            "</strong><br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br>---------------</td></tr>"
            '<tr><td style="text-align:center;">Số: 125/TB-UBND</td>'
            '<td style="text-align:right;"><em>Tân Hòa, ngày 27 tháng 11 năm 2026</em></td></tr>'
            "</tbody></table>"
        ),
        Raw('<p style="text-align:center;"><strong>THÔNG BÁO</strong></p>'),
        Raw(
            '<p style="text-align:center;"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi lớp 9 '
            "cấp xã năm học 2026-2027</strong></p>"
        ),
        P(
            "Căn cứ Kế hoạch số 88/KH-UBND ngày 25/9/2026 của UBND xã Tân Hòa về thực hiện nhiệm vụ "
            "giáo dục năm học 2026-2027;"
        ),
        P(
            "UBND xã Tân Hòa thông báo tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp xã năm học "
            "2026-2027 như sau:"
        ),
        P(
            "1. Đối tượng dự thi: học sinh đang học lớp 9 tại Trường THCS Tân Hòa và Trường THCS "
            "Bình Lợi, có kết quả học tập học kỳ I năm học 2026-2027 đạt mức Tốt."
        ),
        P(
            "2. Môn thi: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lý, Tin học. "
            "Mỗi học sinh chỉ đăng ký dự thi một môn."
        ),
        P(
            "3. Thời gian thi: ngày 19/12/2026 (thứ Bảy). Buổi sáng thi các môn Ngữ văn, Tiếng Anh, "
            "Tin học; buổi chiều thi các môn Toán, Khoa học tự nhiên, Lịch sử và Địa lý."
        ),
        P("4. Địa điểm thi: Trường THCS Tân Hòa, ấp Tân Trung, xã Tân Hòa."),
        P(
            "5. Hồ sơ đăng ký: các trường lập danh sách học sinh dự thi gửi về Phòng Văn hóa - Xã "
            "hội xã (qua hệ thống quản lý văn bản) trước ngày 10/12/2026."
        ),
        P("Đề nghị Hiệu trưởng các trường THCS trên địa bàn xã triển khai thực hiện./."),
        Raw(
            '<table style="width:100%; border:none;" cellpadding="2"><tbody><tr>'
            '<td style="width:50%; vertical-align:top;"><strong><em>Nơi nhận:</em></strong><br>'
            "- Các trường THCS trên địa bàn xã;<br>- Chủ tịch, các PCT UBND xã;<br>"
            "- Cổng TTĐT xã;<br>- Lưu: VT, VHXH.</td>"
            '<td style="text-align:center; vertical-align:top;"><strong>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH'
            "</strong><br><br><em>(Đã ký)</em><br><br><strong>Nguyễn Thị Thu Hà</strong></td>"
            "</tr></tbody></table>"
        ),
        Raw(
            '<p class="dinhkem">Tập tin đính kèm: <a href="/Uploads/Files/2026/11/125-TB-UBND.pdf">'
            '<img src="/Images/icon_pdf.gif" alt="" border="0"> 125-TB-UBND.pdf</a></p>'
        ),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    opts={"posted": "28/11/2026 8:05:33 SA", "account": "vanphong.tanhoa", "related": [10571]},
)

G4 = Story(
    id=10544,
    slug="xa-tan-hoa-hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Xã Tân Hòa họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 🌸",
    cat="giao-duc",
    published_at="2026-11-20T07:45:00+07:00",
    blocks=[
        P(
            "Chiều ngày 19/11/2026, Đảng ủy - HĐND - UBND - Ủy ban MTTQ Việt Nam xã Tân Hòa tổ "
            "chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Dự buổi "
            "họp mặt có hơn 250 cán bộ quản lý, giáo viên, nhân viên các trường và nhà giáo đã nghỉ hưu.",
            "mso",
        ),
        P(
            "Tại buổi họp mặt, đại diện ngành giáo dục xã ôn lại truyền thống vẻ vang của Ngày Nhà "
            "giáo Việt Nam và điểm lại những kết quả nổi bật của năm học vừa qua:",
            "mso",
        ),
        P("Có 6/9 trường đạt chuẩn quốc gia, 9/9 trường đạt kiểm định chất lượng giáo dục;", "msoli"),
        P("37 học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh;", "msoli"),
        P("100% giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019.", "msoli"),
        P(
            "Thay mặt lãnh đạo xã, ông Lê Hoàng Phúc, Chủ tịch UBND xã gửi lời chúc mừng, tri ân "
            "đến đội ngũ nhà giáo và mong muốn thầy cô tiếp tục giữ vững tâm huyết với nghề.",
            "mso",
        ),
        P("Dịp này, UBND xã đã khen thưởng:", "mso"),
        P("- Tặng giấy khen cho 15 giáo viên có thành tích xuất sắc trong năm học 2025-2026;", "mso"),
        P("- Trao 20 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn.", "mso"),
        Img(
            "/Uploads/Images/2026/11/20/hop-mat-20-11.jpg",
            "Lãnh đạo xã tặng hoa chúc mừng các nhà giáo tiêu biểu",
            "Lãnh đạo xã tặng hoa chúc mừng các nhà giáo tiêu biểu",
            "next",
        ),
        _right("Hoàng Yến (Phòng Văn hóa - Xã hội)"),
    ],
    authors=["Hoàng Yến"],
    opts={"posted": "20/11/2026 7:45:00 SA", "account": "vhxh.tanhoa", "hot": True},
)

G5 = Story(
    id=10531,
    slug="truong-mam-non-hoa-sen-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
    title="Trường Mầm non Hoa Sen hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    cat="giao-duc",
    published_at="2026-11-12T16:05:00+07:00",
    blocks=[
        P(
            "Hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời trong kỷ "
            "nguyên số”, từ ngày 02 đến 08/11/2026, Trường Mầm non Hoa Sen đã tổ chức nhiều hoạt "
            "động thiết thực cho trẻ, phụ huynh và giáo viên.",
            "nfd",
        ),
        P(
            "Nhà trường trang trí góc thư viện xanh ngoài sân trường, bổ sung hơn 300 đầu sách "
            "tranh truyện do phụ huynh quyên góp; tổ chức ngày hội “Bé vui đọc sách” cho trẻ 5 - 6 "
            "tuổi và chuyên đề “Cùng con đọc sách mỗi ngày” dành cho cha mẹ.",
            "ent",
        ),
        Img("/Uploads/Images/2026/11/12/mn-hoa-sen-1.JPG", "Ảnh: Lê Văn Tâm", None, "next"),
        P(
            "Đối với giáo viên, nhà trường phát động phong trào tự học, tự bồi dưỡng trên hệ thống "
            "học tập trực tuyến của Bộ Giáo dục và Đào tạo; 100% giáo viên hoàn thành các mô-đun "
            "bồi dưỡng thường xuyên đúng thời hạn.",
            "nfd",
        ),
        Img(
            "/Uploads/Images/2026/11/12/mn-hoa-sen-2.JPG",
            "Phụ huynh cùng trẻ tham gia ngày hội “Bé vui đọc sách”",
            "Phụ huynh cùng trẻ tham gia ngày hội “Bé vui đọc sách”",
            "next",
        ),
        P(
            "Qua Tuần lễ, nhà trường mong muốn xây dựng thói quen đọc sách cho trẻ ngay từ lứa tuổi "
            "mầm non, góp phần xây dựng xã hội học tập tại địa phương.",
            "ent",
        ),
        _right("Bài: Phạm Thị Lan - Ảnh: Lê Văn Tâm", bold=False, italic=True),
    ],
    authors=["Phạm Thị Lan"],
    photographers=["Lê Văn Tâm"],
    opts={
        "posted": "12/11/2026 4:05:00 CH",
        "updated": "14/11/2026 9:12:40 SA",
        "account": "mnhoasen",
    },
)

G6_FN1 = (
    "Năm học 2026-2027, nhà trường tiếp tục triển khai Đề án chuyển đổi số trong giáo dục theo "
    "Quyết định số 131/QĐ-TTg của Thủ tướng Chính phủ.[1]"
)
G6_FN2 = (
    "Giáo viên được hướng dẫn sử dụng học bạ số, sổ điểm điện tử và các công cụ thiết kế bài "
    "giảng có ứng dụng trí tuệ nhân tạo[2] phù hợp với học sinh tiểu học."
)
G6 = Story(
    id=10517,
    slug="truong-tieu-hoc-tan-hoa-a-tap-huan-chuyen-doi-so-cho-giao-vien",
    title="Trường Tiểu học Tân Hòa A tập huấn chuyển đổi số cho giáo viên",
    cat="giao-duc",
    published_at="2026-10-30T10:10:00+07:00",
    blocks=[
        P(
            "Ngày 28/10/2026, Trường Tiểu học Tân Hòa A tổ chức lớp tập huấn chuyển đổi số cho 46 "
            "cán bộ quản lý, giáo viên và nhân viên nhà trường."
        ),
        P(G6_FN1),
        P(G6_FN2),
        Img("../Uploads/Images/2026/10/30/th-tan-hoa-a-tap-huan.jpg", None, None, "none"),
        P(
            "Sau buổi tập huấn, mỗi tổ chuyên môn xây dựng ít nhất 5 bài giảng điện tử để chia sẻ "
            "trên kho học liệu số của trường, phục vụ học sinh ôn tập tại nhà."
        ),
        P("Chú thích", "h"),
        P(
            "[1] Quyết định số 131/QĐ-TTg ngày 25/01/2022 phê duyệt Đề án “Tăng cường ứng dụng công "
            "nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022 - 2025, định "
            "hướng đến năm 2030”."
        ),
        P("[2] Theo hướng dẫn của Sở Giáo dục và Đào tạo tỉnh Tây Ninh về ứng dụng AI trong dạy học."),
        _right("ThS. Đỗ Văn Hải - Hiệu trưởng Trường Tiểu học Tân Hòa A"),
    ],
    authors=["Đỗ Văn Hải"],
    opts={
        "posted": "30/10/2026 10:10:00 SA",
        "account": "thtanhoaa",
        "p_html": {
            G6_FN1: esc(G6_FN1).replace(
                "[1]", '<a href="#_ftn1" name="_ftnref1" title=""><sup>[1]</sup></a>'
            ),
            G6_FN2: esc(G6_FN2).replace(
                "[2]", '<a href="#_ftn2" name="_ftnref2" title=""><sup>[2]</sup></a>'
            ),
        },
        "related": [10502],
    },
)

G7_ROWS = [
    "TT | Đơn vị | Số tiết dự giờ | Xếp loại Tốt | Xếp loại Khá",
    "1 | Trường MN Hoa Sen | 12 | 9 | 3",
    "2 | Trường TH Tân Hòa A | 18 | 14 | 4",
    "3 | Trường TH Bình Lợi | 16 | 11 | 5",
    "4 | Trường THCS Tân Hòa | 20 | 15 | 5",
]
G7 = Story(
    id=10502,
    slug="ket-qua-kiem-tra-cong-tac-dau-nam-hoc-tai-cac-truong-tren-dia-ban-xa",
    title="Kết quả kiểm tra công tác đầu năm học tại các trường trên địa bàn xã",
    cat="giao-duc",
    published_at="2026-10-15T09:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 05 đến 12/10/2026, đoàn kiểm tra của UBND xã do Phòng Văn hóa - Xã hội chủ trì "
            "đã kiểm tra công tác chuẩn bị và tổ chức đầu năm học 2026-2027 tại các trường mầm non, "
            "tiểu học và THCS trên địa bàn."
        ),
        P(
            "Nội dung kiểm tra gồm: công tác tuyển sinh, biên chế lớp; cơ sở vật chất, trang thiết "
            "bị dạy học; việc xây dựng kế hoạch giáo dục nhà trường và dự giờ thăm lớp."
        ),
        *[P(row, "row") for row in G7_ROWS],
        P(
            "Qua kiểm tra, các trường cơ bản thực hiện tốt công tác đầu năm; tuy nhiên một số phòng "
            "học tại điểm lẻ ấp Bình Lợi đã xuống cấp, cần được sửa chữa trước mùa mưa năm 2027."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/van-ban/chi-tiet/ke-hoach-thuc-hien-nhiem-vu-'
            'giao-duc-nam-hoc-2026-2027-412.html">Kế hoạch số 88/KH-UBND thực hiện nhiệm vụ giáo dục '
            "năm học 2026-2027</a></p>"
        ),
        _right("Nguồn: Phòng Văn hóa - Xã hội", bold=False, italic=True),
    ],
    source="Phòng Văn hóa - Xã hội",
    opts={"posted": "15/10/2026 9:00:00 SA", "account": "admin"},
)

A1 = Story(
    id=10590,
    slug="ky-hop-thu-ba-hdnd-xa-tan-hoa-khoa-i-thong-qua-12-nghi-quyet-quan-trong",
    title="Kỳ họp thứ Ba HĐND xã Tân Hòa khóa I thông qua 12 nghị quyết quan trọng",
    cat="tin-hoat-dong",
    published_at="2026-12-04T17:45:00+07:00",
    summary=(
        "Ngày 04/12/2026, HĐND xã Tân Hòa khóa I, nhiệm kỳ 2026-2031 tổ chức Kỳ họp thứ Ba (kỳ "
        "họp thường lệ cuối năm) để xem xét, quyết định nhiều nội dung quan trọng của địa phương."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự kỳ họp có ông Trần Quốc Việt, Bí thư Đảng ủy, Chủ tịch HĐND xã; ông Lê Hoàng Phúc, "
            "Phó Bí thư Đảng ủy, Chủ tịch UBND xã cùng 28 đại biểu HĐND xã."
        ),
        Img(
            "/Uploads/Images/2026/12/04/ky-hop-thu-ba.jpg",
            "Quang cảnh Kỳ họp thứ Ba, HĐND xã Tân Hòa khóa I",
            "Quang cảnh Kỳ họp thứ Ba, HĐND xã Tân Hòa khóa I",
            "tbl",
        ),
        P(
            "Năm 2026, tổng thu ngân sách trên địa bàn xã ước đạt 38,6 tỷ đồng, vượt 12% dự toán; "
            "giá trị sản xuất nông nghiệp tăng 4,2%; thu nhập bình quân đầu người đạt 68 triệu "
            "đồng/năm. Công tác giáo dục, y tế, an sinh xã hội được quan tâm thực hiện."
        ),
        P(
            "Kỳ họp đã thông qua 12 nghị quyết, trong đó có nghị quyết về dự toán thu, chi ngân "
            "sách năm 2027; kế hoạch đầu tư công năm 2027 và nghị quyết về chương trình giám sát "
            "của HĐND xã năm 2027."
        ),
        P(
            "Phát biểu bế mạc, ông Trần Quốc Việt đề nghị UBND xã khẩn trương cụ thể hóa các nghị "
            "quyết vừa được thông qua, sớm đưa nghị quyết vào cuộc sống."
        ),
        _right("Thanh Tùng"),
    ],
    authors=["Thanh Tùng"],
    opts={
        "posted": "04/12/2026 5:45:00 CH",
        "account": "vanphong.tanhoa",
        "old_slug": "ky-hop-thu-ba-hdnd-xa-tan-hoa-khoa-i",
    },
)

A2 = Story(
    id=10566,
    slug="xa-tan-hoa-ra-quan-thang-cao-diem-tong-ve-sinh-moi-truong",
    title="Xã Tân Hòa ra quân Tháng cao điểm tổng vệ sinh môi trường",
    cat="tin-hoat-dong",
    published_at="2026-11-25T14:00:00+07:00",
    blocks=[
        P(
            "Sáng 23/11/2026, UBND xã Tân Hòa phối hợp Ủy ban MTTQ Việt Nam xã tổ chức lễ ra quân "
            "Tháng cao điểm tổng vệ sinh môi trường, hướng đến chào mừng Đại hội Đảng bộ tỉnh."
        ),
        P(
            "Theo kế hoạch, từ nay đến ngày 25/12/2026, các ấp đồng loạt phát quang bụi rậm, khơi "
            "thông cống rãnh, thu gom rác thải dọc các tuyến đường liên ấp và khu vực chợ Tân Hòa."
        ),
        Img(
            "/Uploads/Images/2026/11/25/ra-quan-ve-sinh.jpg",
            "Đoàn viên thanh niên thu gom rác thải tại tuyến đường ấp Tân Trung",
            "Đoàn viên thanh niên thu gom rác thải tại tuyến đường ấp Tân Trung",
            "br",
        ),
        P(
            "Ngay sau lễ ra quân, hơn 300 cán bộ, đoàn viên, hội viên và người dân đã thu gom khoảng "
            "4 tấn rác thải, phát quang 6 km đường giao thông nông thôn."
        ),
        _right("Ngọc Hân"),
        _right("Theo Báo Tây Ninh", bold=False, italic=True),
    ],
    authors=["Ngọc Hân"],
    source="Báo Tây Ninh",
    opts={
        "posted": "25/11/2026 2:00:00 CH",
        "updated": "26/11/2026 9:15:02 SA",
        "account": "vanphong.tanhoa",
        "hot": True,
    },
)

A3_QUOTE = (
    "“Những kiến nghị thuộc thẩm quyền của xã sẽ được giải quyết dứt điểm trong quý I năm 2027; "
    "kiến nghị vượt thẩm quyền, UBND xã sẽ tổng hợp báo cáo cấp trên”, ông Lê Hoàng Phúc khẳng định."
)
A3 = Story(
    id=10523,
    slug="hoi-nghi-doi-thoai-giua-chu-tich-ubnd-xa-voi-nhan-dan-nam-2026",
    title="Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2026",
    cat="tin-hoat-dong",
    published_at="2026-11-06T08:30:00+07:00",
    blocks=[
        P(
            "Ngày 05/11/2026, UBND xã Tân Hòa tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với "
            "Nhân dân năm 2026 tại hội trường UBND xã, với sự tham dự của hơn 150 cử tri đại diện "
            "cho 14 ấp."
        ),
        P(
            "Tại hội nghị, cử tri đã nêu 21 ý kiến, kiến nghị tập trung vào các lĩnh vực: đất đai, "
            "giao thông nông thôn, chính sách an sinh xã hội, cơ sở vật chất trường học và việc giải "
            "quyết thủ tục hành chính sau khi sắp xếp bộ máy."
        ),
        P(A3_QUOTE, "quote"),
        P(
            "Ông Lê Hoàng Phúc cũng đề nghị các ngành chuyên môn của xã tăng cường tiếp xúc, lắng "
            "nghe ý kiến Nhân dân, kịp thời tháo gỡ khó khăn ngay từ cơ sở."
        ),
        _right("Văn phòng HĐND và UBND xã"),
    ],
    authors=["Văn phòng HĐND và UBND xã"],
    opts={"posted": "06/11/2026 8:30:00 SA", "account": "vanphong.tanhoa"},
)

C1_ROWS = [
    "Lĩnh vực | Hồ sơ tiếp nhận | Đúng hạn | Tỷ lệ trực tuyến",
    "Hộ tịch | 1.126 | 1.126 | 78%",
    "Đất đai | 412 | 398 | 41%",
    "Chứng thực | 694 | 694 | 35%",
    "Lĩnh vực khác | 103 | 103 | 66%",
]
C1 = Story(
    id=10554,
    slug="trung-tam-phuc-vu-hanh-chinh-cong-xa-tiep-nhan-hon-2300-ho-so-trong-10-thang",
    title="Trung tâm Phục vụ hành chính công xã tiếp nhận hơn 2.300 hồ sơ trong 10 tháng",
    cat="cai-cach-hanh-chinh",
    published_at="2026-11-18T10:30:00+07:00",
    blocks=[
        P(
            "Trong 10 tháng năm 2026, Trung tâm Phục vụ hành chính công xã Tân Hòa đã tiếp nhận "
            "2.335 hồ sơ thủ tục hành chính, giải quyết đúng hạn đạt 99,4%."
        ),
        P("Kết quả tiếp nhận theo lĩnh vực:"),
        *[P(row, "row") for row in C1_ROWS],
        P(
            "Thời gian tới, Trung tâm tiếp tục hướng dẫn người dân nộp hồ sơ trực tuyến trên Cổng "
            "Dịch vụ công quốc gia, thanh toán phí, lệ phí không dùng tiền mặt."
        ),
        P("Mọi phản ánh, kiến nghị về giải quyết thủ tục hành chính, người dân liên hệ:"),
        P("Đường dây nóng của Trung tâm: 0276 3 851 999 (trong giờ hành chính).", "br"),
        P("Hộp thư điện tử: hanhchinhcong.tanhoa@tayninh.gov.vn.", "br"),
        _right("Minh Trí"),
    ],
    authors=["Minh Trí"],
    opts={"posted": "18/11/2026 10:30:00 SA", "account": "vanphong.tanhoa", "hot": True},
)

V1 = Story(
    id=10549,
    slug="ngay-hoi-dai-doan-ket-toan-dan-toc-o-ap-binh-trung",
    title="Ngày hội Đại đoàn kết toàn dân tộc ở ấp Bình Trung",
    cat="van-hoa-the-thao",
    published_at="2026-11-16T19:12:00+07:00",
    blocks=[
        P(
            "Tối 15/11/2026, Ban Công tác Mặt trận ấp Bình Trung tổ chức Ngày hội Đại đoàn kết toàn "
            "dân tộc năm 2026 với sự tham gia đông đảo của bà con Nhân dân trong ấp."
        ),
        Img(
            "/Uploads/Images/2026/11/16/ngay-hoi-binh-trung-1.jpg",
            "Tiết mục văn nghệ chào mừng của các em thiếu nhi ấp Bình Trung",
            "Tiết mục văn nghệ chào mừng của các em thiếu nhi ấp Bình Trung",
            "br",
        ),
        P(
            "Năm qua, ấp có 412/425 hộ đạt danh hiệu “Gia đình văn hóa”; Nhân dân đóng góp hơn 450 "
            "triệu đồng và hiến 1.200 m² đất để làm đường giao thông nông thôn."
        ),
        P(
            "Dịp này, Ủy ban MTTQ Việt Nam xã trao 15 phần quà cho hộ nghèo, hộ cận nghèo và khen "
            "thưởng 6 gia đình tiêu biểu trong phong trào xây dựng nông thôn mới."
        ),
        Img(
            "/Uploads/Images/2026/11/16/ngay-hoi-binh-trung-2.jpg",
            "(Trao quà cho các hộ có hoàn cảnh khó khăn)",
            "Trao quà cho các hộ có hoàn cảnh khó khăn",
            "br",
        ),
        _right("Tin, ảnh: Kim Ngân"),
    ],
    authors=["Kim Ngân"],
    photographers=["Kim Ngân"],
    opts={"posted": "16/11/2026 7:12:00 CH", "account": "vhxh.tanhoa", "hot": True},
)

H1 = Story(
    id=10509,
    slug="tram-y-te-xa-trien-khai-tiem-vac-xin-soi-rubella-cho-tre-em",
    title="Trạm Y tế xã triển khai tiêm vắc xin sởi - rubella cho trẻ em",
    cat="y-te-dan-so",
    published_at="2026-10-22T14:15:00+07:00",
    blocks=[
        P(
            "Từ ngày 20 đến 24/10/2026, Trạm Y tế xã Tân Hòa phối hợp với các trường mầm non, tiểu "
            "học trên địa bàn tổ chức tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 10 tuổi."
        ),
        P(
            "Theo thống kê, toàn xã có 1.874 trẻ thuộc diện tiêm; đến ngày 21/10 đã có 1.102 trẻ "
            "được tiêm, chưa ghi nhận trường hợp phản ứng nặng sau tiêm."
        ),
        Img(
            "/Uploads/Images/2026/10/22/tiem-soi.jpg",
            "Nhân viên y tế tiêm vắc xin cho trẻ tại điểm tiêm Trường Tiểu học Bình Lợi",
            "Nhân viên y tế tiêm vắc xin cho trẻ tại điểm tiêm Trường Tiểu học Bình Lợi",
            "next",
        ),
        P(
            "Trạm Y tế khuyến cáo phụ huynh đưa trẻ đi tiêm đúng lịch, theo dõi trẻ ít nhất 30 "
            "phút tại điểm tiêm và 24 giờ sau tiêm tại nhà."
        ),
        _right("Trạm Y tế xã Tân Hòa"),
    ],
    authors=["Trạm Y tế xã Tân Hòa"],
    opts={"posted": "22/10/2026 2:15:00 CH", "account": "tramyte.tanhoa"},
)

STORIES: list[Story] = [A1, G1, G2, G3, A2, G4, C1, V1, G5, A3, G6, H1, G7]
BY_ID = {s.id: s for s in STORIES}
def _posted_key(story: Story) -> tuple:
    """Sort key from the printed vi-VN stamp ("dd/mm/yyyy h:mm:ss SA|CH")."""
    day, clock, ampm = story.opts["posted"].split()
    d, m, y = (int(x) for x in day.split("/"))
    hh, mm, ss = (int(x) for x in clock.split(":"))
    hh = hh % 12 + (12 if ampm == "CH" else 0)
    return (y, m, d, hh, mm, ss)


LATEST = sorted(STORIES, key=_posted_key, reverse=True)


def art_path(story: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{slug or story.slug}-{story.id}.html"


def session_path(story: Story) -> str:
    return f"/{SESSION}{art_path(story)}"


def print_path(story: Story) -> str:
    return f"/in-tin.aspx?id={story.id}"


def day_of(story: Story) -> str:
    return story.opts["posted"].split()[0]


def short(title: str, n: int = 62) -> str:
    """Listing and slider titles are cut by the vendor's Left(n) + '...'."""
    return title if len(title) <= n else title[:n].rstrip() + "..."


def cat_in(story: Story) -> list[Story]:
    return [s for s in LATEST if s.cat == story.cat]


# --- article text ---------------------------------------------------------------------------

_WORD_SPAN = 'style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif"'


def _ptext(story: Story, para: P) -> str:
    override = story.opts.get("p_html", {}).get(para.text)
    if override is not None:
        return override
    if para.style == "nfd":
        return text(para.text, nfd=True)
    if para.style == "ent":
        return text(para.text, entities=2)
    return text(para.text)


def _img(story: Story, img: Img) -> str:
    tag = (
        f'<img src="{esc(img.src)}" alt="{esc(story.title)}" title="{esc(story.title)}" '
        'style="width: 600px; height: 400px;" border="0" />'
    )
    line = esc(img.printed) if img.printed else ""
    if img.style == "tbl":
        return (
            '<table class="image" align="center" border="0" cellpadding="3" cellspacing="0" '
            'style="width: 600px;"><tbody><tr><td>' + tag + "</td></tr>"
            f'<tr><td class="ghichu_anh" style="text-align: center;"><span style="font-size:12px;">'
            f"<em>{line}</em></span></td></tr></tbody></table>"
        )
    if img.style == "br":
        return f'<p style="text-align: center;">{tag}<br />\n<em>{line}</em></p>'
    if img.style == "next":
        out = f'<p style="text-align: center;">{tag}</p>'
        if line:
            out += f'\n<p style="text-align: center;"><span style="color:#0000cd;"><em>{line}</em></span></p>'
        return out
    return f'<p style="text-align: center;">{tag}</p>'


def body_html(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img(story, b))
            i += 1
            continue
        if b.style in ("li", "row"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_ptext(story, g)}</li>" for g in group) + "</ul>")
            else:
                rows = []
                for n, g in enumerate(group):
                    cells = g.text.split(" | ")
                    if n == 0:
                        tds = "".join(
                            f'<td style="text-align:center; background:#dce6f1;"><strong>{esc(c)}</strong></td>'
                            for c in cells
                        )
                    else:
                        tds = "".join(f"<td>\n\t\t\t{esc(c)}</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%; '
                    'border-collapse:collapse;"><tbody>' + "\n".join(rows) + "</tbody></table>"
                )
            continue
        inner = _ptext(story, b)
        if b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{inner}</strong></p>')
        elif b.style == "h":
            out.append(f'<p><b><span style="font-size:11.0pt;color:#003399;">{inner}</span></b></p>')
        elif b.style == "quote":
            out.append(f'<blockquote><p style="text-align: justify;"><em>{inner}</em></p></blockquote>')
        elif b.style == "mso":
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
                f'line-height:150%"><span lang="VI" {_WORD_SPAN}>{inner}<o:p></o:p></span></p>'
            )
        elif b.style == "msoli":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;text-align:justify;'
                'text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1"><![if !supportLists]>'
                '<span style="font-size:14.0pt;font-family:Symbol;mso-fareast-font-family:Symbol">'
                '<span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
                "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>"
                f'<span lang="VI" {_WORD_SPAN}>{inner}<o:p></o:p></span></p>'
            )
        else:
            # the editor pressed Shift+Enter: following lines share the paragraph after a <br />
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                inner += "<br />\n" + _ptext(story, blocks[i])
            out.append(f'<p style="text-align: justify;">{inner}</p>')
        i += 1
    if story is G4:
        # Word's empty spacer paragraph between the text and the photo
        out.insert(-2, '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "javascript:void(0)",
        [("Tổng quan", "/gioi-thieu/tong-quan-xa-tan-hoa-7.html"), ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc-8.html")],
    ),
    (
        "Tin tức - Sự kiện",
        "javascript:void(0)",
        [("Tin hoạt động", cat_path("tin-hoat-dong")), ("Cải cách hành chính", cat_path("cai-cach-hanh-chinh"))],
    ),
    (
        "Văn hóa - Xã hội",
        "javascript:void(0)",
        [
            ("Giáo dục", cat_path("giao-duc")),
            ("Văn hóa - Thể thao", cat_path("van-hoa-the-thao")),
            ("Y tế - Dân số", cat_path("y-te-dan-so")),
        ],
    ),
    ("Văn bản", "/van-ban.html", []),
    ("Thủ tục hành chính", "/thu-tuc-hanh-chinh.html", []),
    ("Thư viện", "javascript:void(0)", [("Thư viện ảnh", "/thu-vien-anh.html"), ("Video", "/video.html")]),
    ("Lịch công tác", "/lich-cong-tac.html", []),
    ("Liên hệ", "/lien-he.html", []),
]


def _menu() -> str:
    items = []
    for n, (label, href, subs) in enumerate(MENU, 1):
        sub = ""
        if subs:
            sub = '<ul class="cap2" style="display:none;">' + "".join(
                f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in subs
            ) + "</ul>"
        items.append(
            f'<li id="mnu{n}" onmouseover="hienMenu(this)" onmouseout="anMenu(this)">'
            f'<a href="{href}" class="mnu_cap1">{esc(label)}</a>{sub}</li>'
        )
    return '<div id="mnuNgang"><ul class="cap1">' + "".join(items) + "</ul></div>"


def _left() -> str:
    rows = []
    for slug, (_cid, name, parent, _pp) in CATS.items():
        if parent is None:
            rows.append(f'<tr><td class="cm_cha"><a href="{cat_path(slug)}">{esc(name.upper())}</a></td></tr>')
        else:
            rows.append(
                f'<tr><td class="cm_con"><img src="/App_Themes/TanHoa/images/bullet_cam.gif" alt="" /> '
                f'<a href="{cat_path(slug)}">{esc(name)}</a></td></tr>'
            )
    return (
        '<table class="khoi_trai" cellpadding="0" cellspacing="0" width="100%">'
        '<tr><td class="tde_khoi">CHUYÊN MỤC</td></tr>' + "".join(rows) + "</table>"
        '<div class="banner_trai"><a href="https://dichvucong.gov.vn" target="_blank">'
        '<img src="/Uploads/banner/dvcqg.png" alt="Cổng dịch vụ công quốc gia" /></a>'
        '<a href="https://tayninh.gov.vn" target="_blank"><img src="/Uploads/banner/cong-tinh.png" '
        'alt="Cổng TTĐT tỉnh Tây Ninh" /></a></div>'
    )


def _right() -> str:
    hot = [s for s in LATEST if s.opts.get("hot")]
    hot_rows = "".join(
        f'<tr><td valign="top"><img src="/App_Themes/TanHoa/images/so{n}.gif" alt="" /></td>'
        f'<td><a href="{session_path(s)}" class="lk_xn">{esc(short(s.title, 70))}</a></td></tr>'
        for n, s in enumerate(sorted(hot, key=lambda s: -s.views()), 1)
    )
    return (
        '<div class="khoi_phai"><div class="tde_khoi">THÔNG BÁO</div><div class="nd_khoi">'
        f'<marquee direction="up" scrollamount="1" height="120" onmouseover="this.stop()" '
        f'onmouseout="this.start()"><p><img src="/App_Themes/TanHoa/images/new.gif" alt="" /> '
        f'<a href="{art_path(G3)}">{esc(short(G3.title, 70))}</a></p>'
        '<p><a href="/van-ban/chi-tiet/ke-hoach-thuc-hien-nhiem-vu-giao-duc-nam-hoc-2026-2027-412.html">'
        "Kế hoạch thực hiện nhiệm vụ giáo dục năm học 2026-2027</a></p>"
        '<p><a href="/lich-cong-tac.html">Lịch công tác tuần 49 năm 2026</a></p></marquee></div></div>'
        '<div class="khoi_phai"><div class="tde_khoi">TIN XEM NHIỀU</div>'
        f'<table class="ds_xn" cellpadding="2">{hot_rows}</table></div>'
        '<div class="khoi_phai"><div class="tde_khoi">LIÊN KẾT WEBSITE</div>'
        '<select id="ctl00_ucLienKet_ddlLienKet" onchange="if(this.value!=\'\')window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>'
        '<option value="https://tayninh.gov.vn">Cổng TTĐT tỉnh Tây Ninh</option>'
        '<option value="https://sgddt.tayninh.gov.vn">Sở Giáo dục và Đào tạo</option>'
        '<option value="https://baotayninh.vn">Báo Tây Ninh</option></select></div>'
        '<div class="khoi_phai"><div class="tde_khoi">THĂM DÒ Ý KIẾN</div><div class="nd_khoi">'
        "<p><b>Bạn đánh giá thế nào về chất lượng phục vụ của Trung tâm Phục vụ hành chính công xã?</b></p>"
        '<input type="radio" name="bc" value="1" id="bc1" /><label for="bc1">Rất hài lòng</label><br />'
        '<input type="radio" name="bc" value="2" id="bc2" /><label for="bc2">Hài lòng</label><br />'
        '<input type="radio" name="bc" value="3" id="bc3" /><label for="bc3">Chưa hài lòng</label><br />'
        '<input type="button" value="Biểu quyết" onclick="BinhChon(5)" /> '
        '<a href="javascript:XemKetQua(5)">Xem kết quả</a></div></div>'
        '<div class="khoi_phai"><div class="tde_khoi">THỐNG KÊ TRUY CẬP</div><table class="tk_tc">'
        "<tr><td>Đang online:</td><td><b>37</b></td></tr><tr><td>Hôm nay:</td><td><b>1.248</b></td></tr>"
        "<tr><td>Tháng này:</td><td><b>7.904</b></td></tr>"
        "<tr><td>Tổng truy cập:</td><td><b>2.815.603</b></td></tr></table></div>"
    )


def page(request: Request, title: str, main: str, *, canonical: str | None = None, desc: str = "") -> Response:
    head_extra = ""
    if canonical:
        head_extra += f'<link rel="canonical" href="{base_url(request)}{canonical}" />\n'
        head_extra += f'<meta property="og:url" content="{base_url(request)}{canonical}" />\n'
    if desc:
        head_extra += f'<meta name="description" content="{esc(desc)}" />\n'
    action = esc(request.path.rsplit("/", 1)[-1] or "/")
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
\t{esc(title)} - {SITE}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="Tân Hòa, UBND xã Tân Hòa, Tây Ninh, cổng thông tin" />
{head_extra}<link href="/App_Themes/TanHoa/style.css" type="text/css" rel="stylesheet" />
<link rel="shortcut icon" href="/favicon.ico" />
<script type="text/javascript" src="/Scripts/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/Scripts/egov.menu.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE2NjQ3MjU1NzVkZGx9Q8Wk2sn1q0pB7kq3U1bHc0sG" /></div>
<table id="khung" width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3" id="dau_trang">
  <table width="100%" cellpadding="0" cellspacing="0"><tr>
  <td><a href="/"><img src="/Uploads/banner/banner-tanhoa.jpg" alt="{SITE}" width="1000" height="150" /></a></td></tr>
  <tr><td class="thanh_ngay"><span id="ctl00_lblNgay">{TODAY}</span>
  <span class="dn"><a href="/dang-nhap.aspx?ReturnUrl=%2f" rel="nofollow">Đăng nhập</a> | <a href="javascript:void(0)" onclick="window.external.AddFavorite(location.href,document.title)">Lưu trang</a></span></td></tr></table>
</td></tr>
<tr><td colspan="3">{_menu()}</td></tr>
<tr><td colspan="3" class="thanh_tb"><b>Tin mới:</b> <marquee scrollamount="3" width="850"><a href="{art_path(LATEST[0])}">{esc(LATEST[0].title)}</a> &nbsp;&nbsp;&bull;&nbsp;&nbsp; Lịch tiếp công dân của Chủ tịch UBND xã: sáng thứ Năm hằng tuần tại Trụ sở UBND xã</marquee>
<span class="tim"><input type="text" name="ctl00$txtTuKhoa" id="ctl00_txtTuKhoa" value="Nhập từ khóa..." onfocus="this.value=''" /><input type="button" value="Tìm" onclick="location.href='/tim-kiem.html?tukhoa='+encodeURIComponent(document.getElementById('ctl00_txtTuKhoa').value)" /></span></td></tr>
<tr>
<td id="cot_trai" width="200" valign="top">{_left()}</td>
<td id="cot_giua" width="570" valign="top">
{main}
</td>
<td id="cot_phai" width="230" valign="top">{_right()}</td>
</tr>
<tr><td colspan="3" id="chan_trang">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN HÒA - TỈNH TÂY NINH</b></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân xã Tân Hòa<br />
Địa chỉ: ấp Tân Trung, xã Tân Hòa, tỉnh Tây Ninh - Điện thoại: (0276) 3 851 204 - Email: <a href="mailto:ubndtanhoa@tayninh.gov.vn">ubndtanhoa@tayninh.gov.vn</a><br />
Chịu trách nhiệm chính: ông Lê Hoàng Phúc - Chủ tịch UBND xã</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử xã Tân Hòa" khi phát hành lại thông tin từ website này.<br />
&copy; 2025 Bản quyền thuộc UBND xã Tân Hòa. Phát triển bởi Trung tâm Công nghệ thông tin và Truyền thông tỉnh.</p>
</td></tr>
</table>
</form>
<script type="text/javascript">
function hienMenu(o){{var u=o.getElementsByTagName('ul');if(u.length)u[0].style.display='block';}}
function anMenu(o){{var u=o.getElementsByTagName('ul');if(u.length)u[0].style.display='none';}}
</script>
</body>
</html>"""
    return html(doc)


def _crumbs(*items: tuple[str, str | None]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    sep = ' <img src="/App_Themes/TanHoa/images/muiten.gif" alt="»" /> '
    return f'<div class="duongdan">{sep.join(parts)}</div>'


def _cat_crumbs(slug: str) -> str:
    _cid, name, parent, _pp = CATS[slug]
    items = []
    if parent:
        items.append((CATS[parent][1], cat_path(parent)))
    items.append((name, cat_path(slug)))
    return _crumbs(*items)


# --- pages ----------------------------------------------------------------------------------


def _thumb(story: Story) -> str:
    return f"/Uploads/thumbs/{story.id}_150x100.jpg"


def _lead(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return short(first, 180)


def _item(story: Story, link: str | None = None) -> str:
    href = link or art_path(story)
    return (
        '<table class="ds_tin" width="100%" cellpadding="3" cellspacing="0"><tr>'
        f'<td rowspan="2" width="110" valign="top"><a href="{href}"><img src="{_thumb(story)}" '
        f'width="105" height="70" alt="" border="0" /></a></td>'
        f'<td valign="top"><a href="{href}" class="tde_ds" title="{esc(story.title)}">{esc(short(story.title))}</a> '
        f'<span class="ngay_ds">({day_of(story)})</span></td></tr>'
        f'<tr><td class="tt_ds" valign="top">{esc(_lead(story))}</td></tr></table>'
    )


def home(request: Request) -> Response:
    slider = [(G1, art_path(G1, G1.opts["old_slug"])), (A1, art_path(A1, A1.opts["old_slug"])), (G4, art_path(G4))]
    slides = "".join(
        f'<div class="slide" id="slide{n}"><a href="{href}"><img src="/Uploads/slider/{s.id}.jpg" '
        f'width="560" height="320" alt="" /></a><div class="slide_tde"><a href="{href}">{esc(short(s.title, 55))}</a></div></div>'
        for n, (s, href) in enumerate(slider, 1)
    )

    def block(slug: str, n: int) -> str:
        items = [s for s in LATEST if s.cat == slug][:n]
        first, rest = items[0], items[1:]
        others = "".join(
            f'<li><a href="{art_path(s)}">{esc(short(s.title, 75))}</a> <span class="ngay_ds">({day_of(s)})</span></li>'
            for s in rest
        )
        return (
            f'<div class="khoi_tc"><div class="tde_khoi_tc"><a href="{cat_path(slug)}">{esc(CATS[slug][1].upper())}</a></div>'
            f"{_item(first)}<ul class='ds_khac'>{others}</ul>"
            f'<div class="xemtiep"><a href="{cat_path(slug)}">Xem tiếp »</a></div></div>'
        )

    main = (
        f'<div id="tin_noi_bat"><div class="tde_khoi_tc">TIN NỔI BẬT</div>{slides}'
        '<div class="dieu_khien"><a href="javascript:slide(1)">1</a> <a href="javascript:slide(2)">2</a> '
        '<a href="javascript:slide(3)">3</a></div></div>'
        + block("tin-hoat-dong", 2)
        + block("giao-duc", 3)
        + '<div class="khoi_tc"><div class="tde_khoi_tc">VĂN BẢN MỚI</div><ul class="ds_khac">'
        '<li><a href="/van-ban/chi-tiet/ke-hoach-thuc-hien-nhiem-vu-giao-duc-nam-hoc-2026-2027-412.html">'
        "Kế hoạch số 88/KH-UBND về thực hiện nhiệm vụ giáo dục năm học 2026-2027</a></li>"
        '<li><a href="/Uploads/Files/2026/11/125-TB-UBND.pdf">Thông báo số 125/TB-UBND về Kỳ thi chọn học sinh giỏi lớp 9</a></li>'
        '</ul><div class="xemtiep"><a href="/van-ban.html">Xem tiếp »</a></div></div>'
        '<table width="100%"><tr><td width="50%" valign="top"><div class="tde_khoi_tc">THƯ VIỆN ẢNH</div>'
        '<a href="/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027-cac-truong-tren-dia-ban-xa-23.html">'
        '<img src="/Uploads/album/23/bia.jpg" width="260" alt="Lễ khai giảng năm học 2026-2027" /></a></td>'
        '<td valign="top"><div class="tde_khoi_tc">VIDEO CLIP</div>'
        '<a href="/video/phong-su-xa-tan-hoa-sau-mot-nam-sap-xep-9.html">'
        '<img src="/Uploads/video/9.jpg" width="260" alt="Phóng sự xã Tân Hòa sau một năm sắp xếp" /></a></td></tr></table>'
    )
    return page(request, "Trang chủ", main, canonical="/")


def listing(request: Request, slug: str) -> Response | None:
    _cid, name, parent, per_page = CATS[slug]
    trang = request.params.get("trang")
    if parent is None:
        if trang is not None:
            return None
        blocks = []
        for child, (_c, cname, cparent, _p) in CATS.items():
            if cparent != slug:
                continue
            items = [s for s in LATEST if s.cat == child][:2]
            body = "".join(_item(s) for s in items) or "<p>Chưa có tin bài.</p>"
            blocks.append(
                f'<div class="khoi_cm"><div class="tde_khoi_tc"><a href="{cat_path(child)}">{esc(cname)}</a></div>'
                f'{body}<div class="xemtiep"><a href="{cat_path(child)}">Xem tiếp »</a></div></div>'
            )
        main = _crumbs((name, None)) + "".join(blocks)
        return page(request, name, main, canonical=cat_path(slug))
    items = [s for s in LATEST if s.cat == slug]
    pages = max(1, -(-len(items) // per_page))
    if trang is None:
        n = 1
    elif trang.isdigit() and 1 <= int(trang) <= pages:
        n = int(trang)
    else:
        return None
    chunk = items[(n - 1) * per_page : n * per_page]
    pager = ""
    if pages > 1:
        links = []
        for k in range(1, pages + 1):
            links.append(f'<span class="trang_ht">{k}</span>' if k == n else f'<a href="?trang={k}">{k}</a>')
        if n < pages:
            links.append(f'<a href="?trang={n + 1}" title="Trang sau">Sau ›</a>')
            links.append(f'<a href="?trang={pages}" title="Trang cuối">Cuối »</a>')
        pager = '<div class="phantrang" align="right">Trang: ' + " ".join(links) + "</div>"
    main = (
        _cat_crumbs(slug)
        + f'<div class="tde_cm">{esc(name.upper())}</div>'
        + "".join(_item(s) for s in chunk)
        + pager
    )
    return page(request, name, main, canonical=cat_path(slug, n if n > 1 else None))


def article(request: Request, story: Story) -> Response:
    o = story.opts
    meta = (
        f'Ngày đăng: <span id="ctl00_ContentPlaceHolder1_ctl00_lblNgayDang">{o["posted"]}</span>'
        f'&nbsp;|&nbsp;Người đăng: <span id="ctl00_ContentPlaceHolder1_ctl00_lblNguoiDang">{esc(o["account"])}</span>'
        f'&nbsp;|&nbsp;Lượt xem: <span id="ctl00_ContentPlaceHolder1_ctl00_lblLuotXem">{story.views()}</span>'
    )
    if o.get("updated"):
        meta += f'<br /><span class="ngay_cn">Cập nhật: {o["updated"]}</span>'
    sapo = f'<div class="tt_ct"><strong>{esc(story.summary)}</strong></div>' if story.sapo_outside else ""
    related = ""
    if o.get("related"):
        rel = "".join(
            f'<li><a href="{art_path(BY_ID[r])}">{esc(BY_ID[r].title)}</a> <i>({day_of(BY_ID[r])})</i></li>'
            for r in o["related"]
        )
        related = f'<div class="tinlq"><p><b><u>Tin liên quan:</u></b></p><ul>{rel}</ul></div>'
    url = base_url(request) + art_path(story)
    tools = (
        '<div class="congcu_ct">'
        f'<a href="javascript:void(0)" onclick="window.open(\'{print_path(story)}\',\'_blank\',\'width=800,height=600,scrollbars=1\')">'
        '<img src="/App_Themes/TanHoa/images/print.gif" alt="" /> In bài</a> &nbsp;'
        f'<a href="mailto:?subject={esc(story.slug)}&amp;body={esc(url)}"><img src="/App_Themes/TanHoa/images/email.gif" alt="" /> Gửi email</a> &nbsp;'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank">'
        '<img src="/App_Themes/TanHoa/images/facebook.png" alt="Chia sẻ Facebook" /></a> '
        f'<a href="https://zalo.me/share?u={esc(url)}" target="_blank"><img src="/App_Themes/TanHoa/images/zalo.png" alt="Zalo" /></a>'
        ' &nbsp;<a href="javascript:history.back()">« Quay lại</a></div>'
    )
    newest = [s for s in LATEST if s is not story][:5]
    newest_html = "".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a> <span class="ngay_ds">({day_of(s)})</span></li>'
        for s in newest
    )
    main = (
        _cat_crumbs(story.cat)
        + '<table class="khung_ct" width="100%" cellpadding="0" cellspacing="0"><tr><td>'
        + f'<h1 class="tde_ct"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTieuDe">\n\t\t\t{esc(story.title)}\n\t\t</span></h1>'
        + f'<div class="tgian_ct">{meta}</div>'
        + sapo
        + f'<div id="ctl00_ContentPlaceHolder1_ctl00_lblNoiDung" class="nd_ct">\n{body_html(story)}\n{related}</div>'
        + tools
        + "</td></tr></table>"
        + f'<div class="tinkhac"><div class="tde_khoi">TIN MỚI NHẤT</div><ul>{newest_html}</ul></div>'
    )
    return page(request, story.title, main, canonical=art_path(story), desc=_lead(story))


def print_view(request: Request, story: Story) -> Response:
    o = story.opts
    sapo = f'<p class="in_tt"><b>{esc(story.summary)}</b></p>' if story.sapo_outside else ""
    doc = (
        f"<!DOCTYPE html><html><head><title>{esc(story.title)}</title>"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        f'<link rel="canonical" href="{base_url(request)}{art_path(story)}" />'
        '<style>body{font-family:"Times New Roman";font-size:14pt;width:700px}</style></head>'
        '<body onload="window.print()">'
        f'<div class="in_dau">{SITE.upper()}</div><hr />'
        f'<h2 class="in_tieude">{esc(story.title)}</h2><div class="in_ngay">Ngày đăng: {o["posted"]}</div>'
        f"{sapo}<div class=\"in_nd\">{body_html(story)}</div><hr />"
        f'<div class="in_cuoi">Địa chỉ bài viết: {esc(base_url(request) + art_path(story))}</div>'
        "</body></html>"
    )
    return html(doc)


# --- pages that are not articles ------------------------------------------------------------

DOC_PATH = "/van-ban/chi-tiet/ke-hoach-thuc-hien-nhiem-vu-giao-duc-nam-hoc-2026-2027-412.html"
TTHC_PATH = "/thu-tuc-hanh-chinh/dang-ky-khai-sinh-1507.html"
ALBUM_PATH = "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027-cac-truong-tren-dia-ban-xa-23.html"
VIDEO_PATH = "/video/phong-su-xa-tan-hoa-sau-mot-nam-sap-xep-9.html"
INTRO_PATH = "/gioi-thieu/tong-quan-xa-tan-hoa-7.html"
ORG_PATH = "/gioi-thieu/co-cau-to-chuc-8.html"


def intro(request: Request) -> Response:
    paras = [
        "Xã Tân Hòa được thành lập từ ngày 01/7/2025 trên cơ sở nhập toàn bộ diện tích tự nhiên, "
        "quy mô dân số của xã Tân Hòa, xã Bình Lợi và xã Tân Trung (cũ), theo Nghị quyết số "
        "1682/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội.",
        "Xã có diện tích tự nhiên 98,4 km², dân số 41.236 người, gồm 14 ấp. Phía Đông giáp xã Bình "
        "Minh; phía Tây giáp xã Phước Vinh; phía Nam giáp xã Long Thành; phía Bắc giáp xã Hòa Hiệp.",
        "Kinh tế của xã chủ yếu là nông nghiệp với các cây trồng chính là lúa, mía, mì và cây ăn "
        "quả; thương mại - dịch vụ phát triển tại khu vực chợ Tân Hòa và dọc đường tỉnh 784.",
        "Trên địa bàn xã có 9 trường học công lập (3 trường mầm non, 4 trường tiểu học, 2 trường "
        "THCS), 1 trạm y tế và 14 nhà văn hóa ấp.",
    ]
    main = (
        _crumbs(("Giới thiệu", None), ("Tổng quan", None))
        + '<table class="khung_ct" width="100%"><tr><td>'
        + '<h1 class="tde_ct"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTieuDe">Tổng quan xã Tân Hòa</span></h1>'
        + '<div id="ctl00_ContentPlaceHolder1_ctl00_lblNoiDung" class="nd_ct">'
        + '<p style="text-align:center"><img src="/Uploads/Images/gioithieu/ban-do-xa-tan-hoa.jpg" '
        'alt="Bản đồ hành chính xã Tân Hòa" width="500" /></p>'
        + "".join(f'<p style="text-align: justify;">{esc(t)}</p>' for t in paras)
        + "</div></td></tr></table>"
    )
    return page(request, "Tổng quan xã Tân Hòa", main, canonical=INTRO_PATH)


def org(request: Request) -> Response:
    rows = [
        ("Trần Quốc Việt", "Bí thư Đảng ủy, Chủ tịch HĐND xã", "0918 402 115"),
        ("Lê Hoàng Phúc", "Phó Bí thư Đảng ủy, Chủ tịch UBND xã", "0913 775 210"),
        ("Nguyễn Thị Thu Hà", "Phó Chủ tịch UBND xã (phụ trách văn hóa - xã hội)", "0987 316 442"),
        ("Võ Minh Đức", "Phó Chủ tịch UBND xã (phụ trách kinh tế)", "0909 238 517"),
        ("Huỳnh Thị Mai", "Trưởng phòng Văn hóa - Xã hội", "0974 501 366"),
    ]
    trs = "".join(
        f"<tr><td align='center'>{n}</td><td>{esc(a)}</td><td>{esc(b)}</td><td>{c}</td></tr>"
        for n, (a, b, c) in enumerate(rows, 1)
    )
    main = (
        _crumbs(("Giới thiệu", None), ("Cơ cấu tổ chức", None))
        + '<h1 class="tde_ct">Cơ cấu tổ chức</h1>'
        + '<table border="1" cellpadding="4" cellspacing="0" width="100%" style="border-collapse:collapse">'
        "<tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>" + trs + "</table>"
    )
    return page(request, "Cơ cấu tổ chức", main, canonical=ORG_PATH)


def contact(request: Request) -> Response:
    sent = request.method == "POST"
    main = (
        _crumbs(("Liên hệ", None))
        + '<h1 class="tde_ct">Liên hệ</h1>'
        + "<p><b>ỦY BAN NHÂN DÂN XÃ TÂN HÒA</b><br />Địa chỉ: ấp Tân Trung, xã Tân Hòa, tỉnh Tây Ninh<br />"
        "Điện thoại: (0276) 3 851 204 - Fax: (0276) 3 851 205<br />Email: ubndtanhoa@tayninh.gov.vn</p>"
        + ("<p style='color:red'>Cảm ơn bạn đã gửi ý kiến!</p>" if sent else "")
        + '<table class="lienhe"><tr><td>Họ tên (*)</td><td><input name="ctl00$ContentPlaceHolder1$txtHoTen" /></td></tr>'
        '<tr><td>Email (*)</td><td><input name="ctl00$ContentPlaceHolder1$txtEmail" /></td></tr>'
        '<tr><td>Tiêu đề</td><td><input name="ctl00$ContentPlaceHolder1$txtTieuDe" /></td></tr>'
        '<tr><td>Nội dung (*)</td><td><textarea name="ctl00$ContentPlaceHolder1$txtNoiDung" rows="6" cols="50"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$btnGui" value="Gửi liên hệ" /></td></tr></table>'
    )
    return page(request, "Liên hệ", main, canonical="/lien-he.html")


def documents(request: Request) -> Response:
    rows = [
        ("88/KH-UBND", "25/09/2026", "Kế hoạch thực hiện nhiệm vụ giáo dục năm học 2026-2027", DOC_PATH,
         "/Uploads/Files/2026/09/88-KH-UBND.pdf"),
        ("125/TB-UBND", "27/11/2026", "Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp xã năm học 2026-2027",
         None, "/Uploads/Files/2026/11/125-TB-UBND.pdf"),
        ("97/QĐ-UBND", "14/10/2026", "Quyết định công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã",
         None, "/Uploads/Files/2026/10/97-QD-UBND.pdf"),
    ]
    trs = "".join(
        f"<tr><td>{so}</td><td align='center'>{ngay}</td><td>"
        + (f'<a href="{link}">{esc(ty)}</a>' if link else esc(ty))
        + f'</td><td align="center"><a href="{f}"><img src="/Images/icon_pdf.gif" alt="Tải về" /></a></td></tr>'
        for so, ngay, ty, link, f in rows
    )
    main = (
        _crumbs(("Văn bản", None))
        + '<div class="tde_cm">VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH</div>'
        + '<table class="ds_vb" border="1" cellpadding="3" cellspacing="0" width="100%" style="border-collapse:collapse">'
        "<tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>" + trs + "</table>"
    )
    return page(request, "Văn bản", main, canonical="/van-ban.html")


def document(request: Request) -> Response:
    main = (
        _crumbs(("Văn bản", "/van-ban.html"), ("Chi tiết văn bản", None))
        + '<h1 class="tde_ct">Kế hoạch thực hiện nhiệm vụ giáo dục năm học 2026-2027</h1>'
        + '<table class="ct_vb" border="1" cellpadding="4" cellspacing="0" width="100%" style="border-collapse:collapse">'
        "<tr><td width='30%'><b>Số/Ký hiệu</b></td><td>88/KH-UBND</td></tr>"
        "<tr><td><b>Ngày ban hành</b></td><td>25/09/2026</td></tr>"
        "<tr><td><b>Ngày hiệu lực</b></td><td>25/09/2026</td></tr>"
        "<tr><td><b>Loại văn bản</b></td><td>Kế hoạch</td></tr>"
        "<tr><td><b>Cơ quan ban hành</b></td><td>UBND xã Tân Hòa</td></tr>"
        "<tr><td><b>Người ký</b></td><td>Nguyễn Thị Thu Hà</td></tr>"
        "<tr><td><b>Trích yếu</b></td><td>Kế hoạch thực hiện nhiệm vụ giáo dục mầm non, giáo dục phổ thông "
        "năm học 2026-2027 trên địa bàn xã Tân Hòa.</td></tr>"
        '<tr><td><b>Tập tin</b></td><td><a href="/Uploads/Files/2026/09/88-KH-UBND.pdf">88-KH-UBND.pdf</a></td></tr>'
        "</table>"
    )
    return page(request, "Kế hoạch thực hiện nhiệm vụ giáo dục năm học 2026-2027", main, canonical=DOC_PATH)


def procedures(request: Request) -> Response:
    rows = [
        ("1.001193", "Đăng ký khai sinh", "Hộ tịch", TTHC_PATH),
        ("1.000894", "Đăng ký kết hôn", "Hộ tịch", "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000894"),
        ("2.000815", "Chứng thực bản sao từ bản chính", "Chứng thực", "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2.000815"),
        ("1.004492", "Chuyển trường đối với học sinh tiểu học", "Giáo dục và Đào tạo", "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.004492"),
    ]
    trs = "".join(
        f'<tr><td>{ma}</td><td><a href="{esc(href)}"{" target=_blank" if href.startswith("http") else ""}>{esc(ten)}</a></td><td>{esc(lv)}</td></tr>'
        for ma, ten, lv, href in rows
    )
    main = (
        _crumbs(("Thủ tục hành chính", None))
        + '<div class="tde_cm">THỦ TỤC HÀNH CHÍNH CẤP XÃ</div>'
        + '<table border="1" cellpadding="3" cellspacing="0" width="100%" style="border-collapse:collapse">'
        "<tr><th>Mã thủ tục</th><th>Tên thủ tục</th><th>Lĩnh vực</th></tr>" + trs + "</table>"
    )
    return page(request, "Thủ tục hành chính", main, canonical="/thu-tuc-hanh-chinh.html")


def procedure(request: Request) -> Response:
    main = (
        _crumbs(("Thủ tục hành chính", "/thu-tuc-hanh-chinh.html"), ("Đăng ký khai sinh", None))
        + '<h1 class="tde_ct">Đăng ký khai sinh</h1>'
        + '<table border="1" cellpadding="4" cellspacing="0" width="100%" style="border-collapse:collapse">'
        "<tr><td width='28%'><b>Mã thủ tục</b></td><td>1.001193</td></tr>"
        "<tr><td><b>Lĩnh vực</b></td><td>Hộ tịch</td></tr>"
        "<tr><td><b>Cơ quan thực hiện</b></td><td>UBND xã Tân Hòa</td></tr>"
        "<tr><td><b>Trình tự thực hiện</b></td><td>Người có yêu cầu nộp hồ sơ tại Trung tâm Phục vụ hành chính "
        "công xã hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia.</td></tr>"
        "<tr><td><b>Thời hạn giải quyết</b></td><td>Ngay trong ngày làm việc.</td></tr>"
        "<tr><td><b>Phí, lệ phí</b></td><td>Miễn lệ phí.</td></tr>"
        "<tr><td><b>Căn cứ pháp lý</b></td><td>Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP.</td></tr>"
        "</table>"
    )
    return page(request, "Đăng ký khai sinh", main, canonical=TTHC_PATH)


def albums(request: Request) -> Response:
    main = (
        _crumbs(("Thư viện ảnh", None))
        + f'<div class="ds_album"><a href="{ALBUM_PATH}"><img src="/Uploads/album/23/bia.jpg" width="170" alt="" /></a>'
        f'<br /><a href="{ALBUM_PATH}">Lễ khai giảng năm học 2026-2027 các trường trên địa bàn xã</a> (12 ảnh)</div>'
    )
    return page(request, "Thư viện ảnh", main, canonical="/thu-vien-anh.html")


def album(request: Request) -> Response:
    imgs = "".join(
        f'<a href="/Uploads/album/23/anh-{n}.jpg" rel="lightbox[album23]"><img src="/Uploads/album/23/anh-{n}_thumb.jpg" width="120" alt="" /></a>'
        for n in range(1, 13)
    )
    main = (
        _crumbs(("Thư viện ảnh", "/thu-vien-anh.html"), ("Lễ khai giảng năm học 2026-2027", None))
        + '<h1 class="tde_ct">Lễ khai giảng năm học 2026-2027 các trường trên địa bàn xã</h1>'
        + '<div class="tgian_ct">Ngày đăng: 05/09/2026 4:30:00 CH</div>'
        + f'<div class="album_anh">{imgs}</div>'
    )
    return page(request, "Lễ khai giảng năm học 2026-2027 các trường trên địa bàn xã", main, canonical=ALBUM_PATH)


def videos(request: Request) -> Response:
    main = (
        _crumbs(("Video", None))
        + f'<div class="ds_video"><a href="{VIDEO_PATH}"><img src="/Uploads/video/9.jpg" width="170" alt="" /></a>'
        f'<br /><a href="{VIDEO_PATH}">Phóng sự: Xã Tân Hòa sau một năm sắp xếp</a></div>'
    )
    return page(request, "Video", main, canonical="/video.html")


def video(request: Request) -> Response:
    main = (
        _crumbs(("Video", "/video.html"), ("Phóng sự: Xã Tân Hòa sau một năm sắp xếp", None))
        + '<h1 class="tde_ct">Phóng sự: Xã Tân Hòa sau một năm sắp xếp</h1>'
        + '<div class="tgian_ct">Ngày đăng: 10/07/2026 9:00:00 SA</div>'
        + '<div class="video_khung"><iframe width="560" height="315" src="https://www.youtube.com/embed/q2W8xTnHk0c" '
        'frameborder="0" allowfullscreen></iframe></div>'
        + "<p>Nguồn: Đài Phát thanh và Truyền hình Tây Ninh</p>"
    )
    return page(request, "Phóng sự: Xã Tân Hòa sau một năm sắp xếp", main, canonical=VIDEO_PATH)


def calendar(request: Request) -> Response:
    rows = [
        ("Thứ Hai<br />30/11", "Sáng: Chủ tịch UBND xã họp giao ban tuần.", "Chiều: PCT Nguyễn Thị Thu Hà làm việc với Trường THCS Bình Lợi."),
        ("Thứ Ba<br />01/12", "Sáng: Hội nghị triển khai nhiệm vụ năm học 2026-2027.", "Chiều: Làm việc tại trụ sở."),
        ("Thứ Tư<br />02/12", "Sáng: Tiếp công dân định kỳ.", "Chiều: Kiểm tra công trình đường ấp Bình Lợi."),
        ("Thứ Năm<br />03/12", "Sáng: Họp chuẩn bị Kỳ họp thứ Ba HĐND xã.", "Chiều: Làm việc tại trụ sở."),
        ("Thứ Sáu<br />04/12", "Cả ngày: Kỳ họp thứ Ba HĐND xã khóa I.", ""),
        ("Thứ Bảy<br />05/12", "Sáng: Trực lãnh đạo - PCT Võ Minh Đức.", ""),
    ]
    trs = "".join(f"<tr><td align='center'><b>{a}</b></td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    main = (
        _crumbs(("Lịch công tác", None))
        + '<h1 class="tde_ct">Lịch công tác tuần 49 năm 2026 (từ 30/11/2026 đến 06/12/2026)</h1>'
        + '<div class="chon_tuan"><a href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$lnkTuanTruoc\',\'\')">« Tuần trước</a> | '
        '<a href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$lnkTuanSau\',\'\')">Tuần sau »</a></div>'
        + '<table border="1" cellpadding="4" cellspacing="0" width="100%" style="border-collapse:collapse">'
        "<tr><th>Ngày</th><th>Buổi sáng</th><th>Buổi chiều</th></tr>" + trs + "</table>"
    )
    return page(request, "Lịch công tác", main, canonical="/lich-cong-tac.html")


def login(request: Request) -> Response:
    main = (
        _crumbs(("Đăng nhập", None))
        + '<table class="dangnhap"><tr><td>Tên đăng nhập</td><td><input name="ctl00$ContentPlaceHolder1$txtTen" /></td></tr>'
        '<tr><td>Mật khẩu</td><td><input type="password" name="ctl00$ContentPlaceHolder1$txtMatKhau" /></td></tr>'
        '<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$btnDangNhap" value="Đăng nhập" /></td></tr></table>'
    )
    return page(request, "Đăng nhập hệ thống", main)


FIXED = {
    "/dang-nhap.aspx": login,
    INTRO_PATH: intro,
    ORG_PATH: org,
    "/lien-he.html": contact,
    "/van-ban.html": documents,
    DOC_PATH: document,
    "/thu-tuc-hanh-chinh.html": procedures,
    TTHC_PATH: procedure,
    "/thu-vien-anh.html": albums,
    ALBUM_PATH: album,
    "/video.html": videos,
    VIDEO_PATH: video,
    "/lich-cong-tac.html": calendar,
}

_ART = re.compile(r"^/tin-tuc/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/chuyen-muc/([a-z-]+)-(\d+)\.html$")


class CommunePortal:
    """The site: routes a request to its page; None is the server's 404."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        prefix = f"/{SESSION}/"
        if path.startswith(prefix):
            path = "/" + path[len(prefix) :]
        if path.startswith("/Uploads/Files/") and path.lower().endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        static = static_file(path)
        if static is not None:
            return static
        if path == "/":
            return home(request) if not request.query else None
        if m := _ART.match(path):
            story = BY_ID.get(int(m.group(2)))
            if story is None or m.group(1) not in (story.slug, story.opts.get("old_slug")):
                return None
            return article(request, story)
        if path == "/in-tin.aspx":
            ident = request.params.get("id", "")
            story = BY_ID.get(int(ident)) if ident.isdigit() else None
            return print_view(request, story) if story else None
        if m := _CAT.match(path):
            slug = m.group(1)
            if slug not in CATS or CATS[slug][0] != int(m.group(2)):
                return None
            return listing(request, slug)
        handler = FIXED.get(path)
        return handler(request) if handler else None


def build_site() -> CommunePortal:
    return CommunePortal()


# --- gold -----------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = []
    if story.opts.get("old_slug"):
        alts.append(art_path(story, story.opts["old_slug"]))
    if story.opts.get("hot"):
        alts.append(session_path(story))
    alts.append(print_path(story))
    return gold_record(story, art_path(story), CATS[story.cat][1], canonical_path=art_path(story), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [INTRO_PATH, ORG_PATH, "/lien-he.html", DOC_PATH, TTHC_PATH, ALBUM_PATH, VIDEO_PATH, "/lich-cong-tac.html"]
