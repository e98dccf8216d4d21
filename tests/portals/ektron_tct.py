"""Ektron CMS400.NET 8 on a provincial political school: Trường Chính trị tỉnh Lâm Đồng.

Platform
--------
An ASP.NET 3.5 WebForms site built on Ektron CMS400.NET 8.0 around 2013 by a local vendor, its
content migrated halfway to Ektron's manual URL aliases in 2025 when the province was merged.
Every page is one ``<form id="aspnetForm" method="post">`` with ``__VIEWSTATE``; the layout is
nested tables; articles are Ektron ContentBlock server controls, listings are ListSummary
controls with the vendor's XSLT. IIS answers paths and query keys case-insensitively.

URL scheme
----------
- ``/`` home (also ``/Default.aspx``, not linked);
- ``/Content.aspx?id=NNN``: the generic ContentBlock template; serves every content item by
  id, articles and non-articles alike (intro pages, a DMS document asset);
- manual aliases of migrated items: ``/tin-tuc/<slug>.aspx``, ``/thong-bao/<slug>.aspx``,
  ``/gioi-thieu/<slug>.aspx``: the same page as ``/Content.aspx?id=NNN``;
- ``/WorkArea/linkit.aspx?LinkIdentifier=id&ItemID=NNN``: Ektron QuickLink, 302 to the item's
  alias (or its ``Content.aspx`` URL when it has none);
- ``/InBai.aspx?id=NNN``: the vendor's print view (opened by ``onclick`` JavaScript only);
- listings: ``/tin-tuc/hoat-dong-cua-truong.aspx`` (paged by ``__doPostBack`` postback),
  ``/tin-tuc/dao-tao-boi-duong.aspx`` (one page), ``/DanhSachTin.aspx?folderid=58&pageid=N``
  (Nghiên cứu - Trao đổi, not migrated, paged by ``pageid`` links), ``/thong-bao.aspx``,
  ``/VanBan.aspx``, ``/thu-vien-anh.aspx``; ``/TimKiem.aspx?searchtext=`` search results;
- non-articles: ``/gioi-thieu/lich-su-hinh-thanh.aspx``, ``/Content.aspx?id=1012``,
  ``/Content.aspx?id=2045`` (document asset), ``/thu-vien-anh/album.aspx?gid=12``,
  ``/Video.aspx?id=3003``, ``/LichCongTac.aspx``, ``/lien-he.aspx``;
- files: ``/uploadedImages/...`` (thumbnails are ``thumb_<name>``), ``/uploadedFiles/...pdf``,
  ``/WorkArea/...`` scripts and icons, ``/App_Themes/TCT/...``.

Page templates
--------------
Master page: header (banner, "Thứ Bảy, 05/12/2026", search box posting back), a ``<ul>`` menu
with drop-downs, breadcrumb, main column, right column (portlet notice ContentBlock, "Đọc nhiều
nhất" with old ``Content.aspx`` links, video, weekly calendar banner, link select, poll posting
back, visitor counter), footer. The article's headline is a ``<span class="td_ct">`` (the only
``<h1>`` is the logo); ``<title>`` is the site name on un-migrated pages and "headline - site"
on aliased ones, which also print ``<link rel="canonical">`` to the alias and ``og:*`` meta.
Below the headline: a date line in one of four forms, tool links, an Ektron "Summary" printed as
``div.tt_ct`` when the editor filled it, the ContentBlock ``div#..._cbNoiDung`` with the editor's
HTML (RadEditor tables for captions, or Word paste for older and scholarly items), a bottom bar,
share iframe, "Các tin khác" (the other items on page 1 of its listing) and a comment form.

How each gold article is reached
--------------------------------
Hoạt động của Trường (5, ListSummary page size 3, postback pager):
  1231 A1, 1228 A2, 1224 A3 on page 1 and the home page; 1219 A4 on postback page 2 and in
  "Đọc nhiều nhất" as ``/Content.aspx?id=1219``; 1212 A5 **only** on postback page 2 (POST
  ``__EVENTTARGET=ctl00$cphNoiDung$lsHoatDong$ctl04$lnkSau``).
Đào tạo - Bồi dưỡng (3, one page): 1226 B1, 1217 B2 (also home), 1187 B3 (listing; also as
  ``/content.aspx?id=1187`` in A2's "Xem thêm").
Nghiên cứu - Trao đổi (3, page size 2, ``pageid`` pager): 1201 C1, 1195 C2 on page 1;
  1183 C3 **only** on ``/DanhSachTin.aspx?folderid=58&pageid=2``.
Thông báo (2): 1229 D2, 1232 D1 (home and listing; D1 also via QuickLink in the home slider).

Traps
-----
1. Half-migrated URLs: a migrated article answers 200 at its alias and at
   ``/Content.aspx?id=NNN`` (linked from "Đọc nhiều nhất" and the form's ``action``), plus the
   print view ``/InBai.aspx?id=NNN``. Gold: path = alias; the others in ``alt_paths``.
2. IIS case-insensitivity without canonical: un-migrated items are linked from editors' text
   as ``/content.aspx?id=1187`` and ``/content.aspx?ID=1201``; those pages print no canonical.
   Gold: path ``/Content.aspx?id=NNN``; the lower-case variants in ``alt_paths``.
3. Discovery: the home slider links only through QuickLinks (``/WorkArea/linkit.aspx``, 302);
   A5 is reachable only through the ListSummary's ``javascript:__doPostBack`` pager (a form
   POST with the view state); C3 only through ``?pageid=2``. Gold: all 13 are articles.
4. Dates: ListSummary prints the server culture en-US ("12/3/2026 2:30:00 PM"), un-migrated
   article pages print Ektron's raw ``DateCreated`` the same way ("10/22/2026 2:45:00 PM" ->
   ``2026-10-22T14:45:00+07:00``; "10/16/2026 12:00:00 AM" is midnight -> ``2026-10-16``);
   A2 prints "Cập nhật: 16:20 | 02/12/2026" at the top and its publication "Đăng ngày:
   01/12/2026 08:15" only in the bottom bar (gold: the latter); the official notice D1 was
   posted "01/12/2026 07:45" but is dated by its letterhead ("ngày 30 tháng 11" -> 2026-11-30).
5. Sapo: Ektron's Summary printed as ``div.tt_ct`` outside the ContentBlock (A1, A4, B1); B1's
   editor pasted the same sapo again as the bold first paragraph of the text (gold: once);
   A2 and C1 have a bold lead paragraph inside the text; the rest have no sapo though every
   aliased page has a meta description (gold summary null).
6. Bylines: "Tin, ảnh: Hoàng Minh Quân" (both lists); "Tin: Phạm Văn Hùng - Ảnh: Nguyễn
   Thảo"; a unit signing alone ("Phòng Tổ chức - Hành chính"); "ThS. Lê Thị Thanh Tâm" with
   "(Khoa Xây dựng Đảng)" on the next line; two scholars "TS. Đặng Văn Lực - ThS. Vũ Thị Ngân"
   over their faculty; an author line above the text ("ThS. Trịnh Quốc Bảo, Khoa Nhà nước và
   pháp luật"); "BBT" and "Người đăng: tct_quantri" (nobody); "Theo Báo Lâm Đồng" is a source.
7. Captions: RadEditor tables (photo row, caption row), centred ``<em>`` paragraphs (one in
   parentheses, taken off), a Word ``MsoCaption``, a right-aligned "Ảnh: Thu Hà" (a credit, no
   caption: photographer), a photo with only ``alt``/``title`` text (no printed line: None);
   thumbnails ``thumb_*.jpg`` of other items and the PDF icon are no article images.
8. Text boundaries: Word paste with ``<o:p>``, ``mso-list:Ignore`` bullets (no text), footnote
   calls "[1]" kept in their sentence and the footnote list kept as text (C1); bare ``<sup>``
   calls (dropped) with a "Tài liệu tham khảo" list kept (C2); an editor's "Tin liên quan" list
   and "Xem thêm:" line inside the ContentBlock (not text); A5's items typed "- " and split by
   ``<br />`` (one paragraph each); a results table (rows as "a | b | c"); a blockquote (C3).
9. Entities: B2's content was saved by eWebEditPro with every non-ASCII character as a named
   or numeric character reference (``&agrave;``, ``&#7897;``). Gold: the decoded text.
10. Official document D1: letterhead table (TỈNH ỦY LÂM ĐỒNG / TRƯỜNG CHÍNH TRỊ | ĐẢNG CỘNG SẢN
    VIỆT NAM, "Số: 215-TB/TCT", "Lâm Đồng, ngày 30 tháng 11 năm 2026"), "THÔNG BÁO" and its
    subject line, then "Nơi nhận" and "K/T HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / (Đã ký) / Nguyễn Văn
    Thành": none of it is body; author "Nguyễn Văn Thành"; a "Tải về" attachment line is no text.
11. Look-alikes: the intro pages and a DMS document asset are served by the article template
    at ``/Content.aspx?id=NNN`` (headline span, text, a date on the asset); the asset sits in
    the Thông báo listing between two notices; the photo album and the video page have a
    headline, a date and paragraphs. Gold: not articles.

Gold decisions on ambiguous points
----------------------------------
- A migrated article's path is its alias (its canonical); an un-migrated one's is the
  ``/Content.aspx?id=NNN`` form the listings print. ``alt_paths`` lists only URLs answering 200
  with the article (the QuickLink URLs redirect and are not listed).
- Category is the breadcrumb's last element ("Hoạt động của Trường", not "Tin tức - Sự kiện").
- The en-US dates are read month first: every one the pages print has a day above 12 or is the
  listing's copy of a date the article page prints in Vietnamese order.
- B1's sapo printed twice is one paragraph of the body; D1's "./." closing mark stays in its
  paragraph as printed.
- A2's "Phòng Tổ chức - Hành chính" and D2's unit signature are the authors as printed.
- C1's footnote entries ("[1] Hồ Chí Minh: Toàn tập …") and C2's "Tài liệu tham khảo" heading
  and entries are body paragraphs.
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import quote, urlencode

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "ektron_tct"
PLATFORM = "Ektron CMS400.NET 8 (ASP.NET WebForms, ContentBlock/ListSummary, URL aliases)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Lâm Đồng"
TODAY_LINE = "Thứ Bảy, 05/12/2026"

CAT_HD = "Hoạt động của Trường"
CAT_DT = "Đào tạo - Bồi dưỡng"
CAT_NC = "Nghiên cứu - Trao đổi"
CAT_TB = "Thông báo"

#: listing URL, parent menu label (None: top level), page size
LISTINGS = {
    CAT_HD: ("/tin-tuc/hoat-dong-cua-truong.aspx", "Tin tức - Sự kiện", 3),
    CAT_DT: ("/tin-tuc/dao-tao-boi-duong.aspx", "Tin tức - Sự kiện", 5),
    CAT_NC: ("/DanhSachTin.aspx?folderid=58", None, 2),
    CAT_TB: ("/thong-bao.aspx", None, 5),
}

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _weekday(day: str) -> str:
    d = _dt.date(int(day[6:10]), int(day[3:5]), int(day[0:2]))
    return _WEEKDAYS[d.weekday()]


def _us(day: str, hm: str = "") -> str:
    """dd/mm/yyyy (+ HH:MM) as Ektron's en-US ToString(): "12/3/2026 2:30:00 PM"."""
    d, m, y = int(day[0:2]), int(day[3:5]), day[6:10]
    out = f"{m}/{d}/{y}"
    if hm:
        h, mi = int(hm[:2]), int(hm[3:5])
        ampm = "AM" if h < 12 else "PM"
        h12 = h % 12 or 12
        out += f" {h12}:{mi:02d}:00 {ampm}"
    return out


# --- the stories ------------------------------------------------------------------------------

A1 = Story(
    id=1231,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-112",
    title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 112",
    cat=CAT_HD,
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Sáng ngày 03/12/2026, Trường Chính trị tỉnh Lâm Đồng tổ chức khai giảng lớp Trung cấp lý "
        "luận chính trị hệ không tập trung khóa 112 cho 86 học viên là cán bộ, công chức, viên chức "
        "đang công tác tại các xã, phường khu vực phía Nam của tỉnh."
    ),
    sapo_outside=True,
    authors=["Hoàng Minh Quân"],
    photographers=["Hoàng Minh Quân"],
    blocks=[
        P(
            "Dự lễ khai giảng có đồng chí Nguyễn Văn Thành, Phó Hiệu trưởng Trường Chính trị tỉnh; "
            "đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Đảng ủy phường Hàm Thắng cùng các đồng chí "
            "trưởng, phó các khoa, phòng và giảng viên chủ nhiệm lớp."
        ),
        Img(
            "/uploadedImages/TinTuc/2026/12/KG-TCLL-K112-01.jpg",
            "Đồng chí Nguyễn Văn Thành, Phó Hiệu trưởng phát biểu khai giảng lớp học",
            "Đồng chí Nguyễn Văn Thành, Phó Hiệu trưởng phát biểu khai giảng lớp học",
            "tbl",
        ),
        P(
            "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhấn mạnh: chương trình Trung cấp lý "
            "luận chính trị gồm 4 phần học với tổng thời lượng 800 tiết, nhằm trang bị cho học viên "
            "hệ thống kiến thức cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, đường lối, "
            "chủ trương của Đảng, chính sách, pháp luật của Nhà nước và kỹ năng lãnh đạo, quản lý "
            "ở cơ sở."
        ),
        P(
            "Khóa học được tổ chức tại cơ sở 2 của Trường (phường Phan Thiết), kéo dài 12 tháng; "
            "học viên học tập trung theo từng đợt, mỗi tháng 10 ngày."
        ),
        P(
            "Đồng chí đề nghị học viên nghiêm túc chấp hành quy chế học tập, nội quy của Trường; "
            "phát huy tinh thần tự học, tự nghiên cứu, gắn lý luận với thực tiễn công tác tại địa "
            "phương, đơn vị; Ban cán sự lớp phát huy vai trò tự quản, giữ gìn đoàn kết, xây dựng "
            "lớp học đạt danh hiệu “Lớp học tiên tiến”."
        ),
        Img(
            "/uploadedImages/TinTuc/2026/12/KG-TCLL-K112-02.jpg",
            "Các học viên lớp Trung cấp lý luận chính trị khóa 112 tại lễ khai giảng",
            "Các học viên lớp Trung cấp lý luận chính trị khóa 112 tại lễ khai giảng",
            "tbl",
        ),
        P(
            "Thay mặt học viên, đồng chí Lê Thị Thu Trang, lớp trưởng, hứa sẽ cố gắng học tập, "
            "rèn luyện, hoàn thành tốt chương trình khóa học."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Minh Quân</strong></p>'),
    ],
    opts={
        "alias": "/tin-tuc/khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-112.aspx",
        "date": ("vn", "03/12/2026", "14:30"),
        "updated": ("04/12/2026", "08:05"),
    },
)

A2_LEAD = (
    "Chiều ngày 30/11/2026, Trường Chính trị tỉnh Lâm Đồng tổ chức Hội nghị tổng kết công tác thi "
    "đua, khen thưởng năm 2026 và phát động phong trào thi đua năm 2027."
)
A2 = Story(
    id=1228,
    slug="hoi-nghi-tong-ket-thi-dua-khen-thuong-nam-2026",
    title="Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026 và phát động phong trào thi đua năm 2027",
    cat=CAT_HD,
    published_at="2026-12-01T08:15:00+07:00",
    summary=A2_LEAD,
    authors=["Phòng Tổ chức - Hành chính"],
    photographers=["Thu Hà"],
    blocks=[
        P(A2_LEAD, "b"),
        P(
            "Năm 2026, thực hiện nhiệm vụ chính trị trong bối cảnh sau sắp xếp, hợp nhất, Trường "
            "đã tổ chức đào tạo, bồi dưỡng 112 lớp với trên 7.800 lượt học viên; hoàn thành 02 đề "
            "tài khoa học cấp cơ sở; phối hợp tổ chức thành công hội thảo khoa học cấp tỉnh về công "
            "tác xây dựng Đảng ở cơ sở."
        ),
        P(
            "Các phong trào thi đua được triển khai thiết thực, gắn với việc học tập và làm theo tư "
            "tưởng, đạo đức, phong cách Hồ Chí Minh; 100% cán bộ, viên chức hoàn thành tốt nhiệm vụ "
            "trở lên, trong đó 18 đồng chí hoàn thành xuất sắc nhiệm vụ."
        ),
        Img("/uploadedImages/TinTuc/2026/12/TongKet-TDKT-2026.jpg", "Ảnh: Thu Hà", None, "credit"),
        P(
            "Tại hội nghị, Trường đã khen thưởng 04 tập thể và 21 cá nhân có thành tích xuất sắc "
            "trong công tác thi đua năm 2026; đồng thời phát động phong trào thi đua năm 2027 với "
            "chủ đề “Đoàn kết, kỷ cương, đổi mới, chất lượng”."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="/content.aspx?id=1187">Khai giảng lớp Cao cấp lý luận chính '
            "trị hệ không tập trung khóa học 2026 - 2028 tại tỉnh Lâm Đồng</a></em></p>"
        ),
        Raw('<p align="right"><b>Phòng Tổ chức - Hành chính</b></p>'),
    ],
    opts={
        "alias": "/tin-tuc/hoi-nghi-tong-ket-thi-dua-khen-thuong-nam-2026.aspx",
        "date": ("bottom", "01/12/2026", "08:15"),
        "updated": ("02/12/2026", "16:20"),
    },
)

A3 = Story(
    id=1224,
    slug="soi-noi-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    title="Sôi nổi Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
    cat=CAT_HD,
    published_at="2026-11-27T16:05:00+07:00",
    authors=["Ngọc Ánh"],
    blocks=[
        P(
            "Từ ngày 24 đến 26/11/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi "
            "cấp Trường năm 2026 với sự tham gia của 12 giảng viên đến từ 4 khoa chuyên môn."
        ),
        P(
            "Mỗi giảng viên trình bày một bài giảng lý thuyết trong thời gian 45 phút, được lựa "
            "chọn từ các chuyên đề thuộc chương trình Trung cấp lý luận chính trị và các chương "
            "trình bồi dưỡng do Trường đảm nhiệm. Ban Giám khảo đánh giá cao việc các giảng viên "
            "ứng dụng công nghệ thông tin, đưa tình huống thực tiễn của địa phương vào bài giảng."
        ),
        Img(
            "/uploadedImages/TinTuc/2026/11/HoiThi-GVDG-2026.jpg",
            "(Giảng viên Khoa Lý luận cơ sở trình bày bài giảng tại Hội thi)",
            "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng tại Hội thi",
            "p_em",
        ),
        P(
            "Kết quả, Ban Tổ chức trao 03 giải A, 04 giải B và 05 giải C. Các giảng viên đạt giải "
            "A gồm:"
        ),
        P("TT | Họ và tên | Khoa | Xếp loại", "tr"),
        P("1 | Trần Thị Hồng Nhung | Lý luận cơ sở | Giải A", "tr"),
        P("2 | Phan Đức Anh | Xây dựng Đảng | Giải A", "tr"),
        P("3 | Bùi Thị Kim Oanh | Nhà nước và pháp luật | Giải A", "tr"),
        P(
            "Hội thi là dịp để đội ngũ giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng "
            "dạy theo hướng phát huy tính tích cực của người học, góp phần nâng cao chất lượng đào "
            "tạo, bồi dưỡng cán bộ của tỉnh."
        ),
        Raw('<p style="text-align:right"><strong>Ngọc Ánh</strong></p>'),
    ],
    opts={
        "alias": "/tin-tuc/soi-noi-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026.aspx",
        "date": ("vn", "27/11/2026", "16:05"),
    },
)

A4 = Story(
    id=1219,
    slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-voi-truong",
    title="Đoàn công tác Học viện Chính trị khu vực III làm việc với Trường Chính trị tỉnh Lâm Đồng",
    cat=CAT_HD,
    published_at="2026-11-20T09:40:00+07:00",
    summary=(
        "Ngày 19/11/2026, Đoàn công tác của Học viện Chính trị khu vực III do đồng chí Phó Giám "
        "đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh về công tác "
        "phối hợp đào tạo cao cấp lý luận chính trị tại tỉnh."
    ),
    sapo_outside=True,
    authors=["Quang Định"],
    source="Báo Lâm Đồng",
    blocks=[
        P(
            "Tại buổi làm việc, lãnh đạo Trường Chính trị tỉnh báo cáo kết quả phối hợp tổ chức "
            "các lớp Cao cấp lý luận chính trị hệ không tập trung tại tỉnh; những thuận lợi, khó "
            "khăn trong công tác quản lý học viên, bố trí giảng đường, ký túc xá sau khi hợp nhất "
            "các cơ sở đào tạo."
        ),
        Img(
            "/uploadedImages/TinTuc/2026/11/LamViec-HVCTKV3.jpg",
            "Quang cảnh buổi làm việc",
            "Quang cảnh buổi làm việc",
            "div",
        ),
        P(
            "Phát biểu kết luận, Trưởng đoàn ghi nhận sự phối hợp chặt chẽ, hiệu quả của Trường "
            "Chính trị tỉnh; đề nghị Trường tiếp tục chuẩn bị tốt các điều kiện để mở thêm lớp Cao "
            "cấp lý luận chính trị khóa học 2027 - 2029 tại tỉnh."
        ),
        Raw('<p style="text-align: right;"><strong>Quang Định</strong></p>'),
        Raw('<p style="text-align: right;"><em>Theo Báo Lâm Đồng</em></p>'),
    ],
    opts={
        "alias": "/tin-tuc/doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-voi-truong.aspx",
        "date": ("vn", "20/11/2026", "09:40"),
    },
)

A5 = Story(
    id=1212,
    slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
    title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
    cat=CAT_HD,
    published_at="2026-11-12T15:20:00+07:00",
    authors=["Lê Thị Thanh Tâm"],
    blocks=[
        P(
            "Chiều ngày 11/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV "
            "với chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với thực hiện nhiệm vụ chính trị "
            "của Khoa”."
        ),
        P("Tại buổi sinh hoạt, các đảng viên tập trung thảo luận những nội dung:"),
        P("- Đổi mới nội dung, phương pháp giảng dạy các chuyên đề về công tác xây dựng Đảng;"),
        P("- Tăng cường đi thực tế, nghiên cứu thực tiễn tại cơ sở của giảng viên;", "br"),
        P(
            "- Nâng cao tính chiến đấu trong tự phê bình và phê bình tại các kỳ sinh hoạt chi bộ.",
            "br",
        ),
        Img(
            "/uploadedImages/TinTuc/2026/11/SHCD-ChiBo-XDD.jpg",
            None,
            None,
            "alt=Sinh hoạt chuyên đề Chi bộ Khoa Xây dựng Đảng",
        ),
        P(
            "Qua sinh hoạt chuyên đề, mỗi đảng viên nâng cao nhận thức, trách nhiệm, góp phần xây "
            "dựng Chi bộ trong sạch, vững mạnh, hoàn thành xuất sắc nhiệm vụ năm 2026."
        ),
        Raw(
            '<p style="text-align: right;"><strong>ThS. Lê Thị Thanh Tâm</strong><br />'
            "<em>(Khoa Xây dựng Đảng)</em></p>"
        ),
    ],
    opts={
        "alias": "/tin-tuc/chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026.aspx",
        "date": ("vn", "12/11/2026", "15:20"),
    },
)

B1_SAPO = (
    "Sáng 27/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế giảng "
    "lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
)
B1 = Story(
    id=1226,
    slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4",
    title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    cat=CAT_DT,
    published_at="2026-11-28T10:00:00+07:00",
    summary=B1_SAPO,
    sapo_outside=True,
    authors=["Phạm Văn Hùng"],
    photographers=["Nguyễn Thảo"],
    blocks=[
        Raw(f"<p><strong>{esc(B1_SAPO)}</strong></p>"),
        P(
            "Lớp học có 95 học viên là bí thư chi bộ, trưởng thôn, tổ dân phố, chi hội trưởng các "
            "đoàn thể ở các xã, phường. Trong thời gian 5 ngày, học viên được nghiên cứu các chuyên "
            "đề về quan điểm của Đảng về xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân "
            "dân; phòng, chống chiến lược “diễn biến hòa bình”, bạo loạn lật đổ; công tác bảo vệ an "
            "ninh trật tự ở cơ sở."
        ),
        Img(
            "/uploadedImages/TinTuc/2026/11/BG-QPAN-DT4-01.jpg",
            "Trao giấy chứng nhận cho các học viên hoàn thành khóa học",
            "Trao giấy chứng nhận cho các học viên hoàn thành khóa học",
            "tbl",
        ),
        P(
            "Kết thúc khóa học, 100% học viên đủ điều kiện được cấp giấy chứng nhận; trong đó 38 "
            "học viên đạt loại giỏi, 57 học viên đạt loại khá."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Tin: Phạm Văn Hùng - Ảnh: Nguyễn Thảo'
            "</strong></p>"
        ),
    ],
    opts={
        "alias": "/tin-tuc/be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4.aspx",
        "date": ("vn", "28/11/2026", "10:00"),
    },
)

B2 = Story(
    id=1217,
    slug="khai-giang-lop-boi-duong-nghiep-vu-cong-tac-kiem-tra-giam-sat",
    title="Khai giảng lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát của Đảng năm 2026",
    cat=CAT_DT,
    published_at="2026-11-18T07:30:00+07:00",
    blocks=[
        P(
            "Ngày 17/11/2026, Trường Chính trị tỉnh phối hợp với Ủy ban Kiểm tra Tỉnh ủy khai giảng "
            "lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát của Đảng năm 2026 cho 120 học viên "
            "là ủy viên ủy ban kiểm tra đảng ủy các xã, phường, đặc khu trong tỉnh."
        ),
        P(
            "Trong 5 ngày, học viên được truyền đạt các chuyên đề: những vấn đề chung về công tác "
            "kiểm tra, giám sát và thi hành kỷ luật của Đảng; kỹ năng kiểm tra đảng viên và tổ chức "
            "đảng khi có dấu hiệu vi phạm; giải quyết tố cáo, khiếu nại kỷ luật đảng; công tác giám "
            "sát chuyên đề."
        ),
        Img(
            "/uploadedImages/TinTuc/2026/11/KG-KTGS-2026.jpg",
            "Đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy phát biểu tại lễ khai giảng",
            "Đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy phát biểu tại lễ khai giảng",
            "p_em",
        ),
        P(
            "Lớp học nhằm nâng cao năng lực, kỹ năng nghiệp vụ cho đội ngũ cán bộ làm công tác kiểm "
            "tra ở cơ sở, đáp ứng yêu cầu nhiệm vụ sau khi thực hiện mô hình chính quyền địa phương "
            "hai cấp."
        ),
    ],
    opts={
        "alias": "/tin-tuc/khai-giang-lop-boi-duong-nghiep-vu-cong-tac-kiem-tra-giam-sat.aspx",
        "date": ("vn", "18/11/2026", "07:30"),
        "poster": "tct_quantri",
        "entities": 1,
    },
)

B3 = Story(
    id=1187,
    slug="",
    title="Khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa học 2026 - 2028 tại tỉnh Lâm Đồng",
    cat=CAT_DT,
    published_at="2026-10-22T14:45:00+07:00",
    blocks=[
        P(
            "Ngày 21/10/2026, Học viện Chính trị khu vực III phối hợp với Trường Chính trị tỉnh Lâm "
            "Đồng tổ chức khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa học 2026 "
            "- 2028 cho 115 học viên."
        ),
        Img(
            "/uploadedImages/TinTuc/2026/10/KG_CCLLCT_2026.jpg",
            "Quang cảnh lễ khai giảng",
            "Quang cảnh lễ khai giảng",
            "word",
        ),
        P(
            "Học viên lớp học là cán bộ lãnh đạo, quản lý các sở, ban, ngành, đoàn thể cấp tỉnh và "
            "các đảng ủy xã, phường, đặc khu, được cử đi học theo quy hoạch. Chương trình gồm các "
            "khối kiến thức:"
        ),
        P("Khối kiến thức về chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh;", "mso"),
        P("Khối kiến thức về đường lối của Đảng, chính sách, pháp luật của Nhà nước;", "mso"),
        P("Khối kiến thức về khoa học lãnh đạo, quản lý và các kỹ năng lãnh đạo, quản lý;", "mso"),
        P("Khối kiến thức bổ trợ, nghiên cứu thực tế và viết luận văn tốt nghiệp.", "mso"),
        P(
            "Khóa học kéo dài 24 tháng, được tổ chức tại cơ sở 1 của Trường Chính trị tỉnh (phường "
            "Xuân Hương - Đà Lạt)."
        ),
        Raw('<p class="MsoNormal" align="right" style="text-align:right"><b><span style="font-size:14.0pt">BBT<o:p></o:p></span></b></p>'),
    ],
    opts={"markup": "word", "date": ("us", "22/10/2026", "14:45")},
)

C1_LEAD = (
    "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là bộ phận quan trọng trong hệ thống tư "
    "tưởng của Người. Vận dụng sáng tạo tư tưởng đó vào công tác đào tạo, bồi dưỡng cán bộ cấp cơ "
    "sở có ý nghĩa thiết thực trong bối cảnh thực hiện mô hình chính quyền địa phương hai cấp hiện "
    "nay."
)
C1 = Story(
    id=1201,
    slug="",
    title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng cán bộ cấp cơ sở hiện nay",
    cat=CAT_NC,
    published_at="2026-11-06",
    summary=C1_LEAD,
    authors=["Nguyễn Thị Mai Hương"],
    blocks=[
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><i><span '
            'style="font-size:14.0pt">ThS. Nguyễn Thị Mai Hương</span></i></b><br />'
            '<i><span style="font-size:13.0pt">Giảng viên Khoa Lý luận cơ sở</span></i><o:p></o:p></p>'
        ),
        P(C1_LEAD, "b"),
        P("1. Quan điểm của Hồ Chí Minh về cán bộ và huấn luyện cán bộ", "h"),
        P(
            "Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”[1]; “Muôn việc thành "
            "công hoặc thất bại, đều do cán bộ tốt hoặc kém”[2]. Theo Người, huấn luyện cán bộ là "
            "công việc gốc của Đảng, phải được tiến hành thường xuyên, liên tục và phù hợp với "
            "từng đối tượng."
        ),
        P(
            "Người chỉ rõ, việc huấn luyện phải theo phương châm “lý luận gắn liền với thực tế”, "
            "“học đi đôi với hành”; học để làm việc, làm người, làm cán bộ."
        ),
        P("2. Vận dụng trong đào tạo, bồi dưỡng cán bộ cấp cơ sở ở tỉnh Lâm Đồng", "h"),
        P(
            "Sau khi thực hiện sắp xếp đơn vị hành chính, đội ngũ cán bộ cấp xã của tỉnh có nhiều "
            "thay đổi về số lượng, cơ cấu và yêu cầu nhiệm vụ. Điều đó đặt ra yêu cầu Trường Chính "
            "trị tỉnh phải đổi mới nội dung chương trình, tăng thời lượng các chuyên đề kỹ năng, "
            "tình huống thực tiễn."
        ),
        P(
            "Thứ nhất, xây dựng nội dung bồi dưỡng sát với vị trí việc làm của từng chức danh cán "
            "bộ cấp xã."
        ),
        P(
            "Thứ hai, đổi mới phương pháp giảng dạy theo hướng tăng cường trao đổi, thảo luận, "
            "giải quyết tình huống; gắn bài giảng với thực tiễn của địa phương."
        ),
        P(
            "Thứ ba, nâng cao chất lượng đội ngũ giảng viên, chú trọng đi thực tế và nghiên cứu "
            "khoa học."
        ),
        P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.309.", "fn"),
        P("[2] Sđd, t.5, tr.280.", "fn"),
    ],
    opts={"markup": "word", "date": ("day", "06/11/2026", "")},
)

C2 = Story(
    id=1195,
    slug="",
    title="Nâng cao chất lượng nghiên cứu khoa học của đội ngũ giảng viên Trường Chính trị tỉnh trong giai đoạn mới",
    cat=CAT_NC,
    published_at="2026-10-29",
    authors=["Đặng Văn Lực", "Vũ Thị Ngân"],
    blocks=[
        P(
            "Nghiên cứu khoa học là một trong hai nhiệm vụ trọng tâm của trường chính trị cấp "
            "tỉnh, bên cạnh nhiệm vụ đào tạo, bồi dưỡng. Quy định số 09-QĐ/TW ngày 13/11/2018 của "
            "Ban Bí thư về chức năng, nhiệm vụ, tổ chức bộ máy của trường chính trị tỉnh, thành phố "
            "trực thuộc Trung ương đã xác định rõ nhiệm vụ này.",
            "sup:Trung ương:1",
        ),
        P(
            "Thời gian qua, đội ngũ giảng viên của Trường đã chủ trì thực hiện nhiều đề tài khoa "
            "học cấp cơ sở, tham gia viết bài cho các tạp chí, hội thảo khoa học. Tuy nhiên, số "
            "lượng công trình có giá trị ứng dụng cao còn ít; một bộ phận giảng viên trẻ còn ngại "
            "nghiên cứu."
        ),
        P("Một số giải pháp", "h"),
        P(
            "Một là, nâng cao nhận thức của giảng viên về vị trí, vai trò của nghiên cứu khoa học "
            "đối với chất lượng giảng dạy. Văn kiện Đại hội XIII của Đảng yêu cầu đổi mới mạnh mẽ "
            "công tác nghiên cứu lý luận, tổng kết thực tiễn.",
            "sup:Đại hội XIII:2",
        ),
        P(
            "Hai là, gắn định hướng nghiên cứu với yêu cầu thực tiễn của tỉnh sau hợp nhất, nhất là "
            "các vấn đề về tổ chức bộ máy, chuyển đổi số và phát triển kinh tế vùng đồng bào dân "
            "tộc thiểu số."
        ),
        P(
            "Ba là, có cơ chế khuyến khích, hỗ trợ kinh phí và ghi nhận kết quả nghiên cứu trong "
            "đánh giá, xếp loại viên chức hằng năm."
        ),
        P("Tài liệu tham khảo", "h"),
        P(
            "1. Ban Bí thư (2018), Quy định số 09-QĐ/TW về chức năng, nhiệm vụ, tổ chức bộ máy của "
            "trường chính trị tỉnh, thành phố trực thuộc Trung ương.",
            "ref",
        ),
        P(
            "2. Đảng Cộng sản Việt Nam (2021), Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, "
            "Nxb. Chính trị quốc gia Sự thật, Hà Nội, t.I.",
            "ref",
        ),
        Raw(
            '<p style="text-align: right;"><strong>TS. Đặng Văn Lực - ThS. Vũ Thị Ngân</strong>'
            '</p>\n<p style="text-align: right;"><em>Khoa Nhà nước và pháp luật</em></p>'
        ),
        Raw(
            '<p><strong><span style="color:#b22222;">Tin liên quan:</span></strong></p>\n'
            '<ul>\n<li><a href="/content.aspx?ID=1201">Vận dụng tư tưởng Hồ Chí Minh về cán bộ '
            "trong công tác đào tạo, bồi dưỡng cán bộ cấp cơ sở hiện nay</a></li>\n</ul>"
        ),
    ],
    opts={"date": ("paren", "29/10/2026", "")},
)

C3 = Story(
    id=1183,
    slug="",
    title="Phát huy vai trò của người đứng đầu trong phòng, chống tham nhũng, tiêu cực ở cơ sở",
    cat=CAT_NC,
    published_at="2026-10-16",
    authors=["Trịnh Quốc Bảo"],
    blocks=[
        Raw(
            '<p style="text-align: left;"><em><strong>ThS. Trịnh Quốc Bảo, Khoa Nhà nước và pháp '
            "luật</strong></em></p>"
        ),
        P(
            "Người đứng đầu cấp ủy, chính quyền có vai trò quyết định đối với hiệu quả công tác "
            "phòng, chống tham nhũng, tiêu cực ở địa phương, đơn vị. Thực tiễn cho thấy, nơi nào "
            "người đứng đầu gương mẫu, quyết liệt thì nơi đó tham nhũng, tiêu cực được ngăn chặn, "
            "đẩy lùi."
        ),
        P("Quán triệt tinh thần đó, các cấp ủy cần xác định rõ:"),
        P(
            "“Người đứng đầu phải thực sự gương mẫu, nói đi đôi với làm, kiên quyết đấu tranh với "
            "các biểu hiện tiêu cực ngay trong cơ quan, đơn vị mình”.",
            "q",
        ),
        P(
            "Ở cấp xã, người đứng đầu vừa trực tiếp lãnh đạo, vừa trực tiếp tổ chức thực hiện nhiều "
            "nhiệm vụ liên quan đến đất đai, đầu tư công, chính sách an sinh xã hội - những lĩnh "
            "vực dễ phát sinh tiêu cực."
        ),
        P(
            "Để phát huy vai trò của người đứng đầu, cần thực hiện tốt các giải pháp: tăng cường "
            "giáo dục chính trị tư tưởng, nêu cao ý thức tự soi, tự sửa; công khai, minh bạch hoạt "
            "động của cơ quan, đơn vị; đề cao trách nhiệm giải trình; kiểm soát tài sản, thu nhập "
            "theo quy định; xử lý nghiêm người đứng đầu để xảy ra tham nhũng, tiêu cực."
        ),
        P(
            "Đây cũng là nội dung được Trường Chính trị tỉnh đưa vào các chương trình bồi dưỡng cán "
            "bộ lãnh đạo, quản lý cấp cơ sở trong thời gian tới."
        ),
    ],
    opts={"date": ("us", "16/10/2026", "00:00")},
)

D1_LETTERHEAD = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%;">
<tbody>
<tr>
<td style="width:45%;text-align:center;vertical-align:top;"><span style="font-size:13px;">TỈNH ỦY LÂM ĐỒNG</span><br />
<strong>TRƯỜNG CHÍNH TRỊ</strong><br />
*</td>
<td style="text-align:center;vertical-align:top;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong></td>
</tr>
<tr>
<td style="text-align:center;">Số: 215-TB/TCT</td>
<td style="text-align:right;"><em>Lâm Đồng, ngày 30 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align:center;">&nbsp;</p>
<p style="text-align:center;"><strong><span style="font-size:16px;">THÔNG BÁO</span></strong><br />
<strong>Tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027</strong></p>
<p style="text-align:center;">-----</p>"""

D1_CLOSING = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%;">
<tbody>
<tr>
<td style="width:50%;vertical-align:top;"><strong><em><u>Nơi nhận:</u></em></strong><br />
<span style="font-size:11px;">- Ban Tổ chức Tỉnh ủy;<br />
- Các đảng ủy trực thuộc Tỉnh ủy;<br />
- Các sở, ban, ngành, đoàn thể tỉnh;<br />
- Lưu VT, QLĐT.</span></td>
<td style="text-align:center;vertical-align:top;"><strong>K/T HIỆU TRƯỞNG<br />
PHÓ HIỆU TRƯỞNG</strong><br />
<br />
<em>(Đã ký)</em><br />
<br />
<strong>Nguyễn Văn Thành</strong></td>
</tr>
</tbody>
</table>
<p><img src="/WorkArea/images/application/icon_doc.gif" alt="" /> Tải về: <a href="/uploadedFiles/ThongBao/2026/Mau-phieu-dang-ky-TCLLCT-2027.pdf">Mẫu phiếu đăng ký học viên</a></p>"""

D1 = Story(
    id=1232,
    slug="thong-bao-tuyen-sinh-trung-cap-ly-luan-chinh-tri-nam-2027",
    title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
    cat=CAT_TB,
    published_at="2026-11-30",
    authors=["Nguyễn Văn Thành"],
    blocks=[
        Raw(D1_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2027 của Ban "
            "Thường vụ Tỉnh ủy, Trường Chính trị tỉnh thông báo tuyển sinh lớp Trung cấp lý luận "
            "chính trị hệ không tập trung năm 2027 như sau:"
        ),
        P("1. Đối tượng, tiêu chuẩn", "h"),
        P(
            "Cán bộ, công chức, viên chức trong hệ thống chính trị các xã, phường, đặc khu và các "
            "cơ quan, đơn vị cấp tỉnh; có trình độ chuyên môn từ trung cấp trở lên; được quy hoạch "
            "các chức danh theo quy định."
        ),
        P("2. Hồ sơ và thời gian nhận hồ sơ", "h"),
        P(
            "Hồ sơ gồm: quyết định hoặc công văn cử đi học của cơ quan có thẩm quyền; bản sao bằng "
            "tốt nghiệp chuyên môn; phiếu đăng ký học viên (theo mẫu). Thời gian nhận hồ sơ từ ngày "
            "15/12/2026 đến hết ngày 15/01/2027 tại Phòng Quản lý đào tạo - Nghiên cứu khoa học, "
            "Trường Chính trị tỉnh."
        ),
        P("3. Thời gian, địa điểm khai giảng", "h"),
        P(
            "Dự kiến khai giảng trong tháng 3/2027, tại cơ sở 1 (phường Xuân Hương - Đà Lạt) và cơ "
            "sở 2 (phường Phan Thiết) của Trường."
        ),
        P(
            "Đề nghị các cơ quan, đơn vị, địa phương quan tâm, tạo điều kiện cử cán bộ tham gia học "
            "tập đúng thời gian quy định./."
        ),
        Raw(D1_CLOSING),
    ],
    opts={
        "alias": "/thong-bao/thong-bao-tuyen-sinh-trung-cap-ly-luan-chinh-tri-nam-2027.aspx",
        "date": ("vn", "01/12/2026", "07:45"),
        "list_date": ("01/12/2026", "07:45"),
    },
)

D2 = Story(
    id=1229,
    slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
    title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
    cat=CAT_TB,
    published_at="2026-12-02T16:40:00+07:00",
    authors=["Phòng Tổ chức - Hành chính"],
    blocks=[
        P(
            "Thực hiện thông báo của Tỉnh ủy về việc nghỉ Tết Dương lịch năm 2027, Trường Chính trị "
            "tỉnh thông báo lịch nghỉ đối với cán bộ, viên chức, người lao động và các lớp đang học "
            "tập tại Trường như sau:"
        ),
        P("- Thời gian nghỉ: 01 ngày, thứ Sáu, ngày 01/01/2027."),
        P(
            "- Các lớp học tập trung học bù vào sáng thứ Bảy, ngày 09/01/2027 theo thời khóa biểu "
            "do Phòng Quản lý đào tạo - Nghiên cứu khoa học bố trí."
        ),
        P(
            "Phòng Tổ chức - Hành chính phân công cán bộ trực cơ quan, bảo đảm an ninh, an toàn tài "
            "sản trong thời gian nghỉ Tết."
        ),
        Raw(
            '<p><img src="/WorkArea/images/application/pdf.gif" alt="pdf" width="16" height="16" />'
            '&nbsp;File đính kèm: <a href="/uploadedFiles/ThongBao/2026/TB-nghi-Tet-DL-2027.pdf">'
            "TB-nghi-Tet-DL-2027.pdf</a> (126 KB)</p>"
        ),
        Raw('<p style="text-align: right;"><strong><em>Phòng Tổ chức - Hành chính</em></strong></p>'),
    ],
    opts={
        "alias": "/thong-bao/thong-bao-lich-nghi-tet-duong-lich-nam-2027.aspx",
        "date": ("vn", "02/12/2026", "16:40"),
    },
)

STORIES = [A1, A2, A3, A4, A5, B1, B2, B3, C1, C2, C3, D1, D2]
BY_ID = {s.id: s for s in STORIES}


def _list_day(s: Story) -> tuple[str, str]:
    if "list_date" in s.opts:
        return s.opts["list_date"]
    _, day, hm = s.opts["date"]
    return day, hm


def _sort_key(s: Story) -> tuple:
    day, hm = _list_day(s)
    return (day[6:10], day[3:5], day[0:2], hm or "00:00")


def in_cat(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=_sort_key, reverse=True)


def url_of(s: Story) -> str:
    """The URL listings print: the alias when the item was migrated."""
    return s.opts.get("alias") or f"/Content.aspx?id={s.id}"


def thumb(s: Story) -> str:
    img = next((b for b in s.blocks if isinstance(b, Img)), None)
    if img is None:
        return "/App_Themes/TCT/images/no-image.jpg"
    folder, _, name = img.src.rpartition("/")
    return f"{folder}/thumb_{name}"


def teaser(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) < 170 else first[:160].rsplit(" ", 1)[0] + "..."


# --- the editor's HTML inside a ContentBlock ---------------------------------------------------

_WORD_SPAN = (
    'style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,'
    '&quot;serif&quot;"'
)


def _word_fn_call(n: str) -> str:
    return (
        f'<a style="mso-footnote-id:ftn{n}" href="#_ftn{n}" name="_ftnref{n}" title="">'
        '<span class="MsoFootnoteReference"><span style="mso-special-character:footnote">'
        '<![if !supportFootnotes]><span class="MsoFootnoteReference" style="font-size:14.0pt;'
        f'line-height:115%">[{n}]</span><![endif]></span></span></a>'
    )


def _para_html(p: P, word: bool) -> str:
    """One paragraph's inner markup (escaped text plus footnote calls)."""
    body = text(p.text)
    if p.style.startswith("sup:"):
        _, after, num = p.style.split(":")
        mark = esc(after)
        body = body.replace(mark, f'{mark}<sup><a href="#tltk{num}" id="sup{num}">{num}</a></sup>', 1)
    if word and p.style != "fn":
        body = re.sub(r"\[(\d+)\]", lambda m: _word_fn_call(m.group(1)), body)
    return body


def _img_html(img: Img, word: bool) -> str:
    src = esc(img.src)
    style = img.style
    if style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 520px;">'
            f'<tbody><tr><td><img alt="" src="{src}" style="width: 520px; height: 347px;" /></td></tr>'
            '<tr><td style="text-align: center;"><em><span style="font-size: 12px;">'
            f"{text(img.printed or '')}</span></em></td></tr></tbody></table>"
        )
    if style == "p_em":
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 500px; '
            'height: 333px; border-width: 0px; border-style: solid;" /></p>\n'
            f'<p style="text-align: center;"><em>{text(img.printed or "")}</em></p>'
        )
    if style == "credit":
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" width="500" height="334" /></p>\n'
            f'<p style="text-align: right;"><em>{text(img.printed or "")}</em></p>'
        )
    if style == "div":
        return (
            f'<div style="text-align: center;"><img alt="" src="{src}" style="width: 480px;" /><br />'
            f'<span style="color: #0000cd;"><em>{text(img.printed or "")}</em></span></div>'
        )
    if style.startswith("alt="):
        alt = esc(style[4:])
        return (
            f'<p style="text-align: center;"><img alt="{alt}" title="{alt}" src="{src}" '
            'style="width: 500px; height: 375px;" /></p>'
        )
    if style == "word":
        return (
            '<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:'
            f'14.0pt"><img width="500" height="332" src="{src}" /></span></p>\n'
            '<p class="MsoCaption" align="center" style="text-align:center"><i><span '
            f'style="font-size:12.0pt">{text(img.printed or "")}</span></i><o:p></o:p></p>'
        )
    raise ValueError(style)


def content_html(s: Story) -> str:
    """The ContentBlock's HTML as the editor saved it."""
    word = s.opts.get("markup") == "word"
    out: list[str] = []
    notes: list[str] = []
    rows: list[str] = []

    def flush_rows() -> None:
        if rows:
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width: 96%; '
                'border-collapse: collapse;" align="center"><tbody>\n'
                + "\n".join(rows)
                + "\n</tbody></table>"
            )
            rows.clear()

    mso_n = 0
    for block in s.blocks:
        if not (isinstance(block, P) and block.style == "tr"):
            flush_rows()
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            out.append(_img_html(block, word))
        else:
            inner = _para_html(block, word)
            st = block.style
            if st == "tr":
                cells = block.text.split(" | ")
                tag = "td"
                if not rows:
                    cells_html = "".join(
                        f'<td style="text-align: center;"><strong>{text(c)}</strong></td>' for c in cells
                    )
                else:
                    cells_html = "".join(f"<{tag}>{text(c)}</{tag}>" for c in cells)
                rows.append(f"<tr>{cells_html}</tr>")
            elif st == "br":
                assert out and out[-1].endswith("</p>")
                out[-1] = out[-1][: -len("</p>")] + f"<br />\n{inner}</p>"
            elif st == "fn":
                n = re.match(r"\[(\d+)\]", block.text).group(1)
                rest = text(block.text[len(n) + 2 :])
                notes.append(
                    f'<div style="mso-element:footnote" id="ftn{n}">\n<p class="MsoFootnoteText">'
                    f'<a style="mso-footnote-id:ftn{n}" href="#_ftnref{n}" name="_ftn{n}" title="">'
                    f'<span class="MsoFootnoteReference"><span style="mso-special-character:footnote">'
                    f"<![if !supportFootnotes]>[{n}]<![endif]></span></span></a>{rest}<o:p></o:p></p>\n</div>"
                )
            elif st == "mso":
                mso_n += 1
                cls = "MsoListParagraphCxSpFirst" if mso_n == 1 else "MsoListParagraphCxSpMiddle"
                out.append(
                    f'<p class="{cls}" style="margin-left:0cm;text-align:justify;text-indent:36.0pt;'
                    'line-height:150%;mso-list:l0 level1 lfo1"><![if !supportLists]><span '
                    f'{_WORD_SPAN}><span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times '
                    'New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
                    f"<![endif]><span {_WORD_SPAN}>{inner}<o:p></o:p></span></p>"
                )
            elif st == "q":
                out.append(
                    '<blockquote style="margin: 0 0 0 40px; border: none; padding: 0px;">'
                    f"<p><em>{inner}</em></p></blockquote>"
                )
            elif st == "ref":
                out.append(f'<p style="margin-left: 20px; text-align: justify;">{inner}</p>')
            elif word:
                if st in ("b", "h"):
                    inner = f"<b>{inner}</b>"
                out.append(
                    '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:'
                    f'150%"><span {_WORD_SPAN}>{inner}<o:p></o:p></span></p>'
                )
            elif st in ("b", "h"):
                out.append(f'<p style="text-align: justify;"><strong>{inner}</strong></p>')
            else:
                out.append(f'<p style="text-align: justify;">{inner}</p>')
    flush_rows()
    if notes:
        out.append(
            '<div style="mso-element:footnote-list"><![if !supportFootnotes]><br clear="all" />\n'
            '<hr align="left" size="1" width="33%" />\n<![endif]>\n' + "\n".join(notes) + "\n</div>"
        )
    markup = "\n".join(out)
    if s.opts.get("entities"):
        markup = entity_mix(markup, s.opts["entities"])
    return markup


# --- master page ---------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "javascript:void(0);",
        [
            ("Lịch sử hình thành", "/gioi-thieu/lich-su-hinh-thanh.aspx"),
            ("Chức năng, nhiệm vụ", "/Content.aspx?id=1012"),
        ],
    ),
    (
        "Tin tức - Sự kiện",
        "javascript:void(0);",
        [(CAT_HD, LISTINGS[CAT_HD][0]), (CAT_DT, LISTINGS[CAT_DT][0])],
    ),
    (CAT_NC, LISTINGS[CAT_NC][0], []),
    (CAT_TB, LISTINGS[CAT_TB][0], []),
    ("Văn bản", "/VanBan.aspx", []),
    (
        "Thư viện",
        "javascript:void(0);",
        [("Thư viện ảnh", "/thu-vien-anh.aspx"), ("Video clip", "/Video.aspx?id=3003")],
    ),
    ("Lịch công tác", "/LichCongTac.aspx", []),
    ("Liên hệ", "/lien-he.aspx", []),
]

MOST_READ = [A4, B1, C2, A1]


def _menu_html(active: str) -> str:
    items = []
    for i, (label, href, subs) in enumerate(MENU, 1):
        cls = ' class="chon"' if label == active else ""
        sub = ""
        if subs:
            sub = '\n<ul class="cap2">' + "".join(
                f'<li><a href="{esc(h)}">{esc(lab)}</a></li>' for lab, h in subs
            ) + "</ul>"
        items.append(
            f'<li id="mn{i:02d}"{cls}><a href="{esc(href)}" id="ctl00_ucMenu_rptMenu_ctl{i:02d}_lnkMenu">'
            f"{esc(label)}</a>{sub}</li>"
        )
    return '<ul id="menungang">\n' + "\n".join(items) + "\n</ul>"


def _sidebar() -> str:
    most = "\n".join(
        f'<tr><td class="so_dn">{n}</td><td><a href="/Content.aspx?id={s.id}">{esc(s.title)}</a></td></tr>'
        for n, s in enumerate(MOST_READ, 1)
    )
    return f"""<div class="khoi_phai" id="ctl00_ucPhai_pnlThongBao">
<div class="tieude_khoi">THÔNG BÁO MỚI</div>
<div id="ctl00_ucPhai_cbThongBaoNhanh"><marquee direction="up" scrollamount="1" height="120" onmouseover="this.stop();" onmouseout="this.start();">
<p>Trường Chính trị tỉnh thông báo tiếp nhận hồ sơ học viên lớp Trung cấp lý luận chính trị năm 2027 từ ngày 15/12/2026. Chi tiết xem tại mục <a href="/thong-bao.aspx">Thông báo</a>.</p>
<p>Học viên các lớp tập trung lưu ý thực hiện nghiêm quy định về đăng ký ở ký túc xá và giờ lên lớp.</p>
</marquee></div>
</div>
<div class="khoi_phai">
<div class="tieude_khoi">ĐỌC NHIỀU NHẤT</div>
<table class="docnhieu" cellpadding="2" cellspacing="0" width="100%">
{most}
</table>
</div>
<div class="khoi_phai">
<div class="tieude_khoi">VIDEO CLIP</div>
<a href="/Video.aspx?id=3003"><img src="/uploadedImages/Video/thumb_PS-65-nam-TCT.jpg" width="240" alt="Phóng sự 65 năm Trường Chính trị tỉnh" /></a>
<div><a href="/Video.aspx?id=3003">Phóng sự: 65 năm xây dựng và phát triển Trường Chính trị tỉnh</a></div>
</div>
<div class="khoi_phai"><a href="/LichCongTac.aspx"><img src="/App_Themes/TCT/images/banner-lichcongtac.gif" alt="Lịch công tác tuần" width="250" /></a></div>
<div class="khoi_phai">
<div class="tieude_khoi">LIÊN KẾT WEBSITE</div>
<select name="ctl00$ucPhai$ddlLienKet" id="ctl00_ucPhai_ddlLienKet" onchange="if(this.value!='')window.open(this.value);" style="width:240px">
<option value="">-- Chọn liên kết --</option>
<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://www.tapchicongsan.org.vn">Tạp chí Cộng sản</option>
<option value="https://lamdong.gov.vn">Cổng TTĐT tỉnh Lâm Đồng</option>
<option value="https://baolamdong.vn">Báo Lâm Đồng</option>
</select>
</div>
<div class="khoi_phai" id="ctl00_ucPhai_ucPoll_pnlPoll">
<div class="tieude_khoi">THĂM DÒ Ý KIẾN</div>
<div class="cauhoi">Theo đồng chí, nội dung nào cần tăng thời lượng trong chương trình Trung cấp lý luận chính trị?</div>
<table id="ctl00_ucPhai_ucPoll_rblBinhChon" border="0">
<tr><td><input id="ctl00_ucPhai_ucPoll_rblBinhChon_0" type="radio" name="ctl00$ucPhai$ucPoll$rblBinhChon" value="1" /><label for="ctl00_ucPhai_ucPoll_rblBinhChon_0">Kỹ năng lãnh đạo, quản lý</label></td></tr>
<tr><td><input id="ctl00_ucPhai_ucPoll_rblBinhChon_1" type="radio" name="ctl00$ucPhai$ucPoll$rblBinhChon" value="2" /><label for="ctl00_ucPhai_ucPoll_rblBinhChon_1">Nghiên cứu thực tế</label></td></tr>
<tr><td><input id="ctl00_ucPhai_ucPoll_rblBinhChon_2" type="radio" name="ctl00$ucPhai$ucPoll$rblBinhChon" value="3" /><label for="ctl00_ucPhai_ucPoll_rblBinhChon_2">Chuyển đổi số</label></td></tr>
</table>
<input type="submit" name="ctl00$ucPhai$ucPoll$btnBinhChon" value="Bình chọn" id="ctl00_ucPhai_ucPoll_btnBinhChon" class="nut" />
</div>
<div class="khoi_phai" id="thongke">
<div class="tieude_khoi">THỐNG KÊ TRUY CẬP</div>
<table cellpadding="2" cellspacing="0"><tr><td>Đang online:</td><td><span id="ctl00_ucPhai_lblOnline">37</span></td></tr>
<tr><td>Hôm nay:</td><td><span id="ctl00_ucPhai_lblHomNay">1.254</span></td></tr>
<tr><td>Tổng truy cập:</td><td><span id="ctl00_ucPhai_lblTong">2.318.905</span></td></tr></table>
</div>"""


FOOTER = """<table width="1000" align="center" cellpadding="0" cellspacing="0" id="chantrang"><tr>
<td class="chan_trai"><img src="/App_Themes/TCT/images/logo-chan.png" alt="" width="70" /></td>
<td class="chan_giua"><b>TRƯỜNG CHÍNH TRỊ TỈNH LÂM ĐỒNG</b><br />
Cơ sở 1: Số 02 Hoàng Văn Thụ, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng<br />
Cơ sở 2: Số 05 Nguyễn Tất Thành, phường Phan Thiết, tỉnh Lâm Đồng<br />
Điện thoại: 0263.3822.415 - Fax: 0263.3823.118 - Email: truongchinhtri@lamdong.gov.vn<br />
Chịu trách nhiệm chính: Hiệu trưởng Trường Chính trị tỉnh Lâm Đồng<br />
Bản quyền &copy; 2013 - 2026 Trường Chính trị tỉnh Lâm Đồng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</td>
<td class="chan_phai">Thiết kế: Công ty TNHH Giải pháp phần mềm Cao Nguyên<br />Powered by Ektron CMS400.NET</td>
</tr></table>"""


def master(
    request: Request,
    *,
    title: str,
    main: str,
    action: str,
    active: str = "",
    head: str = "",
    state: str = "",
) -> Response:
    seed = request.target + state
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{esc(title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="Trường Chính trị, Lâm Đồng, lý luận chính trị, đào tạo cán bộ" />
{head}<link href="/App_Themes/TCT/tct.css" type="text/css" rel="stylesheet" /><link href="/WorkArea/csslib/ektron.fixedPositionToolbar.css" type="text/css" rel="stylesheet" /><link rel="shortcut icon" href="/favicon.ico" />
<script type="text/javascript" src="/WorkArea/java/ektron.js"></script>
<script type="text/javascript" src="/App_Themes/TCT/js/menu.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque(seed, 420, b"/wEPDwUKMTM2")}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
{state}
<div>
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{opaque("ev" + seed, 96, b"/wEWCAL")}" />
</div>
<table id="bao" width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td id="dautrang">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="120"><h1 class="logo"><a href="/"><img src="/App_Themes/TCT/images/logo.png" alt="{SITE}" width="110" border="0" /></a></h1></td>
<td class="tenweb"><div class="tw1">TỈNH ỦY LÂM ĐỒNG</div><div class="tw2">TRƯỜNG CHÍNH TRỊ TỈNH LÂM ĐỒNG</div></td>
<td class="timkiem" valign="bottom"><span id="ctl00_ucDau_lblNgay" class="ngayht">{TODAY_LINE}</span><br />
<input name="ctl00$ucDau$txtTuKhoa" type="text" id="ctl00_ucDau_txtTuKhoa" class="otim" onfocus="if(this.value=='Nhập từ khóa...')this.value='';" value="Nhập từ khóa..." />
<input type="submit" name="ctl00$ucDau$btnTim" value="Tìm" id="ctl00_ucDau_btnTim" class="nuttim" /></td>
</tr></table>
</td></tr>
<tr><td id="thanhmenu">
{_menu_html(active)}
</td></tr>
<tr><td>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td id="cot_chinh" valign="top" style="padding:8px;">
{main}
</td>
<td id="cot_phai" valign="top" width="260">
{_sidebar()}
</td>
</tr></table>
</td></tr>
<tr><td>
{FOOTER}
</td></tr>
</table>
</form>
</body>
</html>
"""
    return html(page, headers={"X-Powered-By": "ASP.NET", "X-AspNet-Version": "2.0.50727"})


def _crumbs(*parts: tuple[str, str | None]) -> str:
    bits = ['<a href="/">Trang chủ</a>']
    for label, href in parts:
        bits.append(f'<a href="{esc(href)}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duongdan">' + " &raquo; ".join(bits) + "</div>"


def _cat_crumbs(cat: str) -> str:
    href, parent, _ = LISTINGS[cat]
    parts: list[tuple[str, str | None]] = []
    if parent:
        parts.append((parent, None))
    parts.append((cat, href))
    return _crumbs(*parts)


def _menu_label(cat: str) -> str:
    parent = LISTINGS[cat][1]
    return parent or cat


# --- article page --------------------------------------------------------------------------------


def _date_line(s: Story) -> tuple[str, str]:
    """(top line, bottom-bar addition)."""
    kind, day, hm = s.opts["date"]
    views = f'Lượt xem: <span id="ctl00_cphNoiDung_ucTinChiTiet_lblLuotXem">{s.views()}</span>'
    if kind == "vn":
        top = f'<span class="ngay_ct">{_weekday(day)}, {day} - {hm}</span>'
        if s.opts.get("poster"):
            top += f' &nbsp;|&nbsp; <span class="ngdang">Người đăng: {esc(s.opts["poster"])}</span>'
        bottom = views
        if s.opts.get("updated"):
            uday, uhm = s.opts["updated"]
            bottom = f"Cập nhật lần cuối: {uday} {uhm} &nbsp;|&nbsp; " + views
        return top, bottom
    if kind == "bottom":
        uday, uhm = s.opts["updated"]
        top = f'<span class="ngay_ct">Cập nhật: {uhm} | {uday}</span>'
        return top, f"Đăng ngày: {day} {hm} &nbsp;|&nbsp; " + views
    if kind == "us":
        return f'<span id="ctl00_cphNoiDung_ucTinChiTiet_lblNgay" class="ngay_ct">{_us(day, hm)}</span>', views
    if kind == "day":
        return f'<span class="ngay_ct">Ngày {day}</span>', views
    if kind == "paren":
        return f'<span class="ngay_ct">({day})</span>', views
    raise ValueError(kind)


def _others(s: Story) -> list[Story]:
    """Các tin khác: the other items on page 1 of the story's listing."""
    size = LISTINGS[s.cat][2]
    return [o for o in in_cat(s.cat)[:size] if o is not s]


def article_page(request: Request, s: Story) -> Response:
    alias = s.opts.get("alias")
    head = ""
    if alias:
        base = base_url(request)
        desc = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        head = (
            f'<meta name="description" content="{esc(desc)}" />\n'
            f'<link rel="canonical" href="{base}{alias}" />\n'
            f'<meta property="og:title" content="{esc(s.title)}" />\n'
            f'<meta property="og:url" content="{base}{alias}" />\n'
            f'<meta property="og:image" content="{base}{thumb(s)}" />\n'
        )
        title = f"{s.title} - {SITE}"
    else:
        title = SITE
    top, bottom = _date_line(s)
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = (
            '<div id="ctl00_cphNoiDung_ucTinChiTiet_divTomTat" class="tt_ct">'
            f"<b>{text(s.summary)}</b></div>"
        )
    others = _others(s)
    other_html = ""
    if others:
        other_html = (
            '<div class="tk_ct"><div class="tieude_tk">Các tin khác</div><ul>'
            + "".join(
                f'<li><a href="{esc(url_of(o))}">{esc(o.title)}</a> <span class="ngay_tk">'
                f"({_list_day(o)[0]})</span></li>"
                for o in others
            )
            + "</ul></div>"
        )
    enc_url = quote(base_url(request) + url_of(s), safe="")
    main = f"""{_cat_crumbs(s.cat)}
<div id="ctl00_cphNoiDung_ucTinChiTiet_pnlChiTiet" class="khung_ct">
<span id="ctl00_cphNoiDung_ucTinChiTiet_lblTieuDe" class="td_ct">{esc(s.title)}</span>
<div class="tg_ct">{top}
<span class="cc_ct"><a href="javascript:void(0);" onclick="CoChu(1);" title="Tăng cỡ chữ">A+</a> <a href="javascript:void(0);" onclick="CoChu(-1);" title="Giảm cỡ chữ">A-</a>
<a href="javascript:void(0);" onclick="window.open('/InBai.aspx?id={s.id}','InBai','width=760,height=600,scrollbars=yes');"><img src="/App_Themes/TCT/images/print.gif" alt="In bài" /> In bài</a>
<a href="mailto:?subject={quote(s.title)}&amp;body={enc_url}"><img src="/App_Themes/TCT/images/email.gif" alt="Gửi email" /> Gửi email</a></span></div>
{sapo}
<div id="ctl00_cphNoiDung_ucTinChiTiet_cbNoiDung">
{content_html(s)}
</div>
<div class="cc_ct2">{bottom} &nbsp;|&nbsp; <a href="javascript:void(0);" onclick="window.open('/InBai.aspx?id={s.id}','InBai','width=760,height=600,scrollbars=yes');">[In bài]</a> <a href="#dautrang">[Về đầu trang]</a></div>
<div class="chiase">
<iframe src="https://www.facebook.com/plugins/like.php?href={enc_url}&amp;layout=button_count&amp;share=true" width="150" height="21" style="border:none;overflow:hidden" scrolling="no" frameborder="0"></iframe>
<a href="https://sp.zalo.me/share_inline?url={enc_url}" target="_blank"><img src="/App_Themes/TCT/images/zalo.png" alt="Chia sẻ Zalo" width="20" /></a>
</div>
{other_html}
<div class="binhluan" id="ctl00_cphNoiDung_ucBinhLuan_pnlBinhLuan">
<div class="tieude_tk">Ý kiến bạn đọc</div>
<table cellpadding="2"><tr><td>Họ và tên (*)</td><td><input name="ctl00$cphNoiDung$ucBinhLuan$txtHoTen" type="text" id="ctl00_cphNoiDung_ucBinhLuan_txtHoTen" /></td></tr>
<tr><td>Email (*)</td><td><input name="ctl00$cphNoiDung$ucBinhLuan$txtEmail" type="text" id="ctl00_cphNoiDung_ucBinhLuan_txtEmail" /></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="ctl00$cphNoiDung$ucBinhLuan$txtNoiDung" rows="4" cols="50" id="ctl00_cphNoiDung_ucBinhLuan_txtNoiDung"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$cphNoiDung$ucBinhLuan$btnGui" value="Gửi ý kiến" id="ctl00_cphNoiDung_ucBinhLuan_btnGui" /></td></tr></table>
</div>
</div>"""
    # ASP.NET behind Ektron's URL aliasing posts back to the template's own URL
    return master(
        request,
        title=title,
        main=main,
        action=f"/Content.aspx?id={s.id}",
        active=_menu_label(s.cat),
        head=head,
    )


def print_page(request: Request, s: Story) -> Response:
    top, bottom = _date_line(s)
    sapo = f'<p class="tt_in"><b>{text(s.summary)}</b></p>' if s.summary and s.sapo_outside else ""
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>In bài - {esc(s.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex" />
<link href="/App_Themes/TCT/inbai.css" type="text/css" rel="stylesheet" /></head>
<body onload="window.print();">
<table width="720" align="center"><tr><td>
<div class="dau_in"><img src="/App_Themes/TCT/images/logo.png" width="50" alt="" /> TRƯỜNG CHÍNH TRỊ TỈNH LÂM ĐỒNG</div>
<hr />
<div class="td_in">{esc(s.title)}</div>
<div class="ngay_in">{top}<br />{bottom}</div>
{sapo}
<div class="nd_in">
{content_html(s)}
</div>
<hr />
<div class="chan_in">Địa chỉ bài viết: {esc(base_url(request) + url_of(s))}<br />
&copy; Trường Chính trị tỉnh Lâm Đồng</div>
<a href="javascript:window.close();">[Đóng cửa sổ]</a>
</td></tr></table>
</body></html>
"""
    return html(page)


# --- listings (ListSummary with the vendor's XSLT) ----------------------------------------------

#: the DMS asset filed in the Thông báo folder between the two notices
DOC_ASSET = {
    "id": 2045,
    "title": "Quyết định số 1250-QĐ/TCT ban hành Quy chế quản lý học viên các lớp đào tạo, bồi dưỡng",
    "day": "02/12/2026",
    "hm": "08:00",
    "file": "/uploadedFiles/VanBan/2026/QD-1250-QD-TCT-Quy-che-quan-ly-hoc-vien.pdf",
}


def _ls_rows(items: list[Story | dict]) -> str:
    rows = []
    for it in items:
        if isinstance(it, dict):
            href = f"/Content.aspx?id={it['id']}"
            title, day, hm = it["title"], it["day"], it["hm"]
            img = "/WorkArea/images/application/pdf.gif"
            tease = "Văn bản đính kèm (định dạng PDF)."
        else:
            href = url_of(it)
            title = it.title
            day, hm = _list_day(it)
            img = thumb(it)
            tease = teaser(it)
        rows.append(
            f'<tr><td class="anh_ds" valign="top" width="130"><a href="{esc(href)}"><img src="{esc(img)}" '
            f'alt="" width="120" border="0" /></a></td>\n<td valign="top"><a class="td_ds" href="{esc(href)}">'
            f'{esc(title)}</a>&nbsp;<span class="ekDate">{_us(day, hm)}</span>\n'
            f'<div class="tt_ds">{esc(tease)}</div></td></tr>'
        )
    return '<table class="ds_tin" width="100%" cellspacing="0" cellpadding="0">\n' + "\n".join(rows) + "\n</table>"


def _pages(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def listing_hd(request: Request) -> Response:
    """Hoạt động của Trường: ListSummary paged by postback."""
    href, _, size = LISTINGS[CAT_HD]
    pages = _pages(in_cat(CAT_HD), size)
    cur = 1
    if request.method == "POST":
        form = request.form
        try:
            cur = int(form.get("ctl00$cphNoiDung$lsHoatDong$hdTrang", "1"))
        except ValueError:
            cur = 1
        target = form.get("__EVENTTARGET", "")
        if target.endswith("lnkSau"):
            cur += 1
        elif target.endswith("lnkTruoc"):
            cur -= 1
        elif target.endswith("lnkDau"):
            cur = 1
        elif target.endswith("lnkCuoi"):
            cur = len(pages)
        cur = max(1, min(cur, len(pages)))
    ctl = "ctl00$cphNoiDung$lsHoatDong$ctl04$"

    def pb(name: str, label: str, on: bool) -> str:
        if not on:
            return f'<span class="ekPagerOff">[{label}]</span>'
        return (
            f'<a id="{ctl.replace("$", "_")}{name}" href="javascript:__doPostBack(&#39;{ctl}{name}&#39;,&#39;&#39;)">'
            f"[{label}]</a>"
        )

    pager = (
        f'<div class="ekPager">Page {cur} of {len(pages)} &nbsp; '
        + pb("lnkDau", "First Page", cur > 1)
        + " "
        + pb("lnkTruoc", "Previous Page", cur > 1)
        + " "
        + pb("lnkSau", "Next Page", cur < len(pages))
        + " "
        + pb("lnkCuoi", "Last Page", cur < len(pages))
        + "</div>"
    )
    state = (
        '<input type="hidden" name="ctl00$cphNoiDung$lsHoatDong$hdTrang" '
        f'id="ctl00_cphNoiDung_lsHoatDong_hdTrang" value="{cur}" />'
    )
    main = f"""{_cat_crumbs(CAT_HD)}
<div class="tieude_dm">{esc(CAT_HD.upper())}</div>
<div id="ctl00_cphNoiDung_lsHoatDong">
{_ls_rows(pages[cur - 1])}
</div>
{pager}"""
    return master(request, title=SITE, main=main, action=href, active=_menu_label(CAT_HD), state=state)


def listing_simple(request: Request, cat: str) -> Response | None:
    href, _, size = LISTINGS[cat]
    items: list[Story | dict] = list(in_cat(cat))
    if cat == CAT_TB:
        items.insert(1, DOC_ASSET)
    pages = _pages(items, size)
    pager = ""
    cur = 1
    if cat == CAT_NC:
        raw = {k.lower(): v for k, v in request.params.items()}.get("pageid", "1")
        if not raw.isdigit() or not 1 <= int(raw) <= len(pages):
            return None
        cur = int(raw)

        def link(n: int, label: str, on: bool) -> str:
            if not on:
                return f'<span class="ekPagerOff">[{label}]</span>'
            return f'<a href="{esc(href)}&amp;pageid={n}">[{label}]</a>'

        pager = (
            f'<div class="ekPager">Page {cur} of {len(pages)} &nbsp; '
            + link(1, "First Page", cur > 1)
            + " "
            + link(cur - 1, "Previous Page", cur > 1)
            + " "
            + link(cur + 1, "Next Page", cur < len(pages))
            + " "
            + link(len(pages), "Last Page", cur < len(pages))
            + "</div>"
        )
    main = f"""{_cat_crumbs(cat)}
<div class="tieude_dm">{esc(cat.upper())}</div>
<div id="ctl00_cphNoiDung_lsDanhSach">
{_ls_rows(pages[cur - 1])}
</div>
{pager}"""
    return master(request, title=SITE, main=main, action=request.target, active=_menu_label(cat))


def home_page(request: Request) -> Response:
    slider = [A1, D1, B1, C1]
    hidden = ' style="display:none"'
    slides = "\n".join(
        f'<div class="anh_nb" id="nb{i}"{"" if i == 0 else hidden}>'
        f'<a href="/WorkArea/linkit.aspx?LinkIdentifier=id&amp;ItemID={s.id}">'
        f'<img src="{esc(thumb(s))}" width="440" height="290" alt="" /></a>'
        f'<div class="td_nb"><a href="/WorkArea/linkit.aspx?LinkIdentifier=id&amp;ItemID={s.id}">'
        f"{esc(s.title)}</a></div></div>"
        for i, s in enumerate(slider)
    )
    boxes = []
    for cat, n in ((CAT_HD, 3), (CAT_DT, 2), (CAT_NC, 1), (CAT_TB, 2)):
        items = in_cat(cat)[:n]
        lis = "\n".join(
            f'<li><a href="{esc(url_of(s))}">{esc(s.title)}</a> <span class="ekDate">{_us(_list_day(s)[0])}</span></li>'
            for s in items
        )
        boxes.append(
            f'<div class="khoi_tc"><div class="tieude_tc"><a href="{esc(LISTINGS[cat][0])}">{esc(cat.upper())}</a></div>'
            f'<div class="ds_tc"><ul>\n{lis}\n</ul></div>'
            f'<div class="xemtiep"><a href="{esc(LISTINGS[cat][0])}">Xem tiếp &raquo;</a></div></div>'
        )
    main = f"""<div id="tinnoibat"><div class="tieude_tc">TIN NỔI BẬT</div>
{slides}
<ul class="so_nb">{"".join(f'<li onclick="ChuyenNB({i});">{i + 1}</li>' for i in range(len(slider)))}</ul>
</div>
{"".join(boxes)}"""
    return master(request, title=SITE, main=main, action="/", active="Trang chủ")


# --- non-articles ---------------------------------------------------------------------------------


def _static_content(request: Request, title: str, crumbs: str, body: str, active: str, cid: int) -> Response:
    main = f"""{crumbs}
<div id="ctl00_cphNoiDung_ucTinChiTiet_pnlChiTiet" class="khung_ct">
<span id="ctl00_cphNoiDung_ucTinChiTiet_lblTieuDe" class="td_ct">{esc(title)}</span>
<div id="ctl00_cphNoiDung_ucTinChiTiet_cbNoiDung">
{body}
</div>
</div>"""
    return master(request, title=SITE, main=main, action=f"/Content.aspx?id={cid}", active=active)


LICH_SU = """<p style="text-align: justify;">Trường Chính trị tỉnh Lâm Đồng tiền thân là Trường Đảng tỉnh Lâm Đồng, được thành lập năm 1961 trong những năm kháng chiến chống Mỹ, cứu nước. Trải qua hơn 65 năm xây dựng và phát triển, Trường đã nhiều lần đổi tên, sáp nhập: Trường Đảng tỉnh Lâm Đồng (1976), Trường Đảng Nguyễn Văn Cừ (1990), Trường Chính trị tỉnh Lâm Đồng (1995).</p>
<p style="text-align: justify;">Thực hiện chủ trương sắp xếp đơn vị hành chính cấp tỉnh năm 2025, Trường Chính trị tỉnh Lâm Đồng được hợp nhất với Trường Chính trị tỉnh Đắk Nông và Trường Chính trị tỉnh Bình Thuận, hoạt động tại hai cơ sở đào tạo ở phường Xuân Hương - Đà Lạt và phường Phan Thiết.</p>
<p style="text-align: justify;">Với những thành tích đạt được, Trường vinh dự được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba và nhiều Bằng khen của Thủ tướng Chính phủ, của Ủy ban nhân dân tỉnh.</p>
<p style="text-align: center;"><img alt="" src="/uploadedImages/GioiThieu/tru-so-co-so-1.jpg" style="width: 500px;" /></p>
<p style="text-align: center;"><em>Trụ sở cơ sở 1 của Trường Chính trị tỉnh</em></p>"""

CHUC_NANG = """<p style="text-align: justify;"><strong>Vị trí, chức năng</strong></p>
<p style="text-align: justify;">Trường Chính trị tỉnh Lâm Đồng là đơn vị sự nghiệp trực thuộc Tỉnh ủy, Ủy ban nhân dân tỉnh; có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; nghiên cứu khoa học lý luận chính trị, tổng kết thực tiễn.</p>
<p style="text-align: justify;"><strong>Nhiệm vụ</strong></p>
<p style="text-align: justify;">- Đào tạo trung cấp lý luận chính trị cho cán bộ, công chức, viên chức;<br />
- Bồi dưỡng cán bộ lãnh đạo, quản lý cấp xã và tương đương; bồi dưỡng đảng viên mới, cấp ủy viên cơ sở;<br />
- Phối hợp với Học viện Chính trị quốc gia Hồ Chí Minh tổ chức các lớp cao cấp lý luận chính trị tại tỉnh;<br />
- Nghiên cứu khoa học, tổng kết thực tiễn phục vụ giảng dạy và sự lãnh đạo của Tỉnh ủy.</p>"""


def doc_asset_page(request: Request) -> Response:
    d = DOC_ASSET
    body = f"""<table class="tt_vb" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><td width="30%"><b>Số ký hiệu</b></td><td>1250-QĐ/TCT</td></tr>
<tr><td><b>Ngày ban hành</b></td><td>01/12/2026</td></tr>
<tr><td><b>Loại văn bản</b></td><td>Quyết định</td></tr>
<tr><td><b>Cơ quan ban hành</b></td><td>Trường Chính trị tỉnh Lâm Đồng</td></tr>
<tr><td><b>Người ký</b></td><td>Hiệu trưởng</td></tr>
<tr><td><b>Trích yếu</b></td><td>Ban hành Quy chế quản lý học viên các lớp đào tạo, bồi dưỡng tại Trường Chính trị tỉnh Lâm Đồng.</td></tr>
<tr><td><b>Tệp đính kèm</b></td><td><img src="/WorkArea/images/application/pdf.gif" alt="" /> <a href="{d["file"]}">QD-1250-QD-TCT-Quy-che-quan-ly-hoc-vien.pdf</a> (412 KB)</td></tr>
</table>"""
    main = f"""{_cat_crumbs(CAT_TB)}
<div id="ctl00_cphNoiDung_ucTinChiTiet_pnlChiTiet" class="khung_ct">
<span id="ctl00_cphNoiDung_ucTinChiTiet_lblTieuDe" class="td_ct">{esc(d["title"])}</span>
<div class="tg_ct"><span class="ngay_ct">{_weekday(d["day"])}, {d["day"]} - {d["hm"]}</span></div>
<div id="ctl00_cphNoiDung_ucTinChiTiet_cbNoiDung">
{body}
</div>
</div>"""
    return master(request, title=SITE, main=main, action=f"/Content.aspx?id={d['id']}", active=CAT_TB)


def vanban_page(request: Request) -> Response:
    d = DOC_ASSET
    main = f"""{_crumbs(("Văn bản", "/VanBan.aspx"))}
<div class="tieude_dm">VĂN BẢN</div>
<table class="ds_vb" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr class="dong_tieude"><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>
<tr><td>1250-QĐ/TCT</td><td>01/12/2026</td><td><a href="/Content.aspx?id={d["id"]}">Ban hành Quy chế quản lý học viên các lớp đào tạo, bồi dưỡng</a></td><td><a href="{d["file"]}"><img src="/WorkArea/images/application/pdf.gif" alt="Tải về" /></a></td></tr>
<tr><td>1102-KH/TCT</td><td>15/10/2026</td><td>Kế hoạch mở lớp năm 2027 (dự kiến)</td><td><a href="/uploadedFiles/VanBan/2026/KH-1102-KH-TCT-mo-lop-2027.pdf"><img src="/WorkArea/images/application/pdf.gif" alt="Tải về" /></a></td></tr>
<tr><td>09-QĐ/TW</td><td>13/11/2018</td><td>Quy định về chức năng, nhiệm vụ, tổ chức bộ máy của trường chính trị tỉnh, thành phố trực thuộc Trung ương</td><td><a href="/uploadedFiles/VanBan/QD-09-QD-TW-2018.pdf"><img src="/WorkArea/images/application/pdf.gif" alt="Tải về" /></a></td></tr>
</table>"""
    return master(request, title=SITE, main=main, action="/VanBan.aspx", active="Văn bản")


ALBUM_PHOTOS = [
    ("KG-K112-a1.jpg", "Quang cảnh lễ khai giảng lớp Trung cấp lý luận chính trị khóa 112"),
    ("KG-K112-a2.jpg", "Lãnh đạo Trường trao quyết định thành lập Ban cán sự lớp"),
    ("KG-K112-a3.jpg", "Học viên chụp ảnh lưu niệm tại cơ sở 2"),
    ("KG-K112-a4.jpg", "Giờ học đầu tiên của khóa học"),
]


def album_list_page(request: Request) -> Response:
    main = f"""{_crumbs(("Thư viện", None), ("Thư viện ảnh", "/thu-vien-anh.aspx"))}
<div class="tieude_dm">THƯ VIỆN ẢNH</div>
<table class="ds_album" width="100%"><tr>
<td align="center" width="33%"><a href="/thu-vien-anh/album.aspx?gid=12"><img src="/uploadedImages/ThuVienAnh/2026/thumb_KG-K112-a1.jpg" width="200" alt="" /></a><br />
<a href="/thu-vien-anh/album.aspx?gid=12">Lễ khai giảng lớp Trung cấp LLCT khóa 112</a> (4 ảnh)</td>
</tr></table>"""
    return master(request, title=SITE, main=main, action="/thu-vien-anh.aspx", active="Thư viện")


def album_page(request: Request) -> Response:
    cells = "\n".join(
        f'<td align="center" valign="top" width="50%"><a href="/uploadedImages/ThuVienAnh/2026/{f}" rel="lightbox[g12]" '
        f'title="{esc(c)}"><img src="/uploadedImages/ThuVienAnh/2026/thumb_{f}" width="220" alt="{esc(c)}" /></a>'
        f'<div class="chuthich_album">{esc(c)}</div></td>' + ("</tr><tr>" if i % 2 else "")
        for i, (f, c) in enumerate(ALBUM_PHOTOS)
    )
    main = f"""{_crumbs(("Thư viện", None), ("Thư viện ảnh", "/thu-vien-anh.aspx"))}
<span class="td_ct">Lễ khai giảng lớp Trung cấp lý luận chính trị khóa 112</span>
<div class="tg_ct"><span class="ngay_ct">Ngày 03/12/2026</span></div>
<p>Một số hình ảnh tại lễ khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 112, tổ chức tại cơ sở 2 của Trường.</p>
<table id="ctl00_cphNoiDung_ucAlbum_dlAnh" width="100%"><tr>
{cells}
</tr></table>"""
    return master(request, title=SITE, main=main, action="/thu-vien-anh/album.aspx?gid=12", active="Thư viện")


def video_page(request: Request) -> Response:
    main = f"""{_crumbs(("Thư viện", None), ("Video clip", "/Video.aspx?id=3003"))}
<span class="td_ct">Phóng sự: 65 năm xây dựng và phát triển Trường Chính trị tỉnh</span>
<div class="tg_ct"><span class="ngay_ct">Thứ Ba, 10/11/2026 - 09:00</span></div>
<div class="video_khung"><iframe width="560" height="315" src="https://www.youtube.com/embed/x6Kq2L0TCTq" frameborder="0" allowfullscreen="allowfullscreen"></iframe></div>
<p>Phóng sự do Đài Phát thanh - Truyền hình tỉnh thực hiện nhân kỷ niệm 65 năm Ngày thành lập Trường Chính trị tỉnh (1961 - 2026), ghi lại chặng đường xây dựng, trưởng thành của Nhà trường qua các thời kỳ.</p>
<div class="tk_ct"><div class="tieude_tk">Video khác</div><ul><li>Chưa có video khác</li></ul></div>"""
    return master(request, title=SITE, main=main, action="/Video.aspx?id=3003", active="Thư viện")


CALENDAR = [
    ("Thứ Hai", "30/11/2026", "07h30: Giao ban Ban Giám hiệu (Phòng họp số 1)", "14h00: Khai giảng lớp Bồi dưỡng đảng viên mới đợt 4 (Hội trường B)"),
    ("Thứ Ba", "01/12/2026", "08h00: Hiệu trưởng dự Hội nghị Ban Chấp hành Đảng bộ tỉnh", "14h00: Phó Hiệu trưởng Nguyễn Văn Thành làm việc với Phòng QLĐT-NCKH"),
    ("Thứ Tư", "02/12/2026", "07h30: Lên lớp theo thời khóa biểu", "14h00: Họp Hội đồng Khoa học Trường"),
    ("Thứ Năm", "03/12/2026", "07h30: Khai giảng lớp Trung cấp LLCT khóa 112 (cơ sở 2)", "Chiều: Làm việc tại cơ sở 2"),
    ("Thứ Sáu", "04/12/2026", "08h00: Sinh hoạt Chi bộ Khoa Lý luận cơ sở", "15h00: Kiểm tra công tác ký túc xá"),
    ("Thứ Bảy", "05/12/2026", "Lên lớp các lớp không tập trung", ""),
]


def calendar_page(request: Request) -> Response:
    rows = "\n".join(
        f'<tr><td class="thu"><b>{d}</b><br />{day}</td><td>{esc(am)}</td><td>{esc(pm)}</td></tr>'
        for d, day, am, pm in CALENDAR
    )
    main = f"""{_crumbs(("Lịch công tác", "/LichCongTac.aspx"))}
<div class="tieude_dm">LỊCH CÔNG TÁC TUẦN 49 (Từ ngày 30/11/2026 đến ngày 06/12/2026)</div>
<table class="lich" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><th width="15%">Ngày</th><th>Buổi sáng</th><th>Buổi chiều</th></tr>
{rows}
</table>
<p><i>Lịch công tác có thể thay đổi, đề nghị các đơn vị theo dõi thường xuyên.</i></p>"""
    return master(request, title=SITE, main=main, action="/LichCongTac.aspx", active="Lịch công tác")


def contact_page(request: Request) -> Response:
    sent = ""
    if request.method == "POST" and request.form.get("ctl00$cphNoiDung$ucLienHe$btnGui"):
        sent = '<div class="thongbao_ok">Cảm ơn Quý vị đã gửi liên hệ. Chúng tôi sẽ phản hồi sớm nhất.</div>'
    main = f"""{_crumbs(("Liên hệ", "/lien-he.aspx"))}
<div class="tieude_dm">LIÊN HỆ</div>
<p><b>TRƯỜNG CHÍNH TRỊ TỈNH LÂM ĐỒNG</b></p>
<p>Cơ sở 1: Số 02 Hoàng Văn Thụ, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng<br />
Cơ sở 2: Số 05 Nguyễn Tất Thành, phường Phan Thiết, tỉnh Lâm Đồng<br />
Điện thoại: 0263.3822.415 - Fax: 0263.3823.118<br />
Email: <a href="mailto:truongchinhtri@lamdong.gov.vn">truongchinhtri@lamdong.gov.vn</a></p>
<p><img src="/uploadedImages/GioiThieu/ban-do-co-so-1.jpg" width="500" alt="Bản đồ" /></p>
{sent}
<table cellpadding="3" id="ctl00_cphNoiDung_ucLienHe_tblLienHe">
<tr><td>Họ và tên (*)</td><td><input name="ctl00$cphNoiDung$ucLienHe$txtHoTen" type="text" /></td></tr>
<tr><td>Điện thoại</td><td><input name="ctl00$cphNoiDung$ucLienHe$txtDienThoai" type="text" /></td></tr>
<tr><td>Email (*)</td><td><input name="ctl00$cphNoiDung$ucLienHe$txtEmail" type="text" /></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="ctl00$cphNoiDung$ucLienHe$txtNoiDung" rows="5" cols="50"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$cphNoiDung$ucLienHe$btnGui" value="Gửi liên hệ" /></td></tr>
</table>"""
    return master(request, title=SITE, main=main, action="/lien-he.aspx", active="Liên hệ")


def search_page(request: Request) -> Response:
    q = {k.lower(): v for k, v in request.params.items()}.get("searchtext", "").strip()
    if q and q != "Nhập từ khóa...":
        hits = [s for s in STORIES if q.lower() in s.title.lower()]
        rows = "".join(
            f'<li><a href="{esc(url_of(s))}">{esc(s.title)}</a> <span class="ekDate">{_us(_list_day(s)[0])}</span></li>'
            for s in hits
        )
        result = f"<p>Tìm thấy {len(hits)} kết quả cho từ khóa <b>{esc(q)}</b></p><ul>{rows}</ul>"
    else:
        result = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    main = f"""{_crumbs(("Tìm kiếm", None))}
<div class="tieude_dm">KẾT QUẢ TÌM KIẾM</div>
{result}"""
    return master(request, title=SITE, main=main, action=request.target, active="")


# --- the site -------------------------------------------------------------------------------------

ALIASES = {s.opts["alias"].lower(): s for s in STORIES if s.opts.get("alias")}
INTRO_ALIAS = "/gioi-thieu/lich-su-hinh-thanh.aspx"


def _files(path: str) -> Response | None:
    lower = path.lower()
    if lower.startswith("/uploadedfiles/") and lower.endswith(".pdf"):
        return Response(200, PDF, {"Content-Type": "application/pdf"})
    if lower.startswith(("/uploadedimages/", "/app_themes/", "/workarea/")) or lower == "/favicon.ico":
        return static_file(path)
    return None


class EktronSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        if request.method == "POST":
            form = request.form
            if form.get("ctl00$ucDau$btnTim"):
                kw = form.get("ctl00$ucDau$txtTuKhoa", "")
                return redirect("/TimKiem.aspx?" + urlencode({"searchtext": kw}))
        if path in ("/", "/default.aspx"):
            return home_page(request)
        if path == "/workarea/linkit.aspx":
            item = params.get("itemid", "")
            if item.isdigit() and int(item) in BY_ID:
                return redirect(url_of(BY_ID[int(item)]))
            return None
        if path == "/content.aspx":
            cid = params.get("id", "")
            if not cid.isdigit():
                return None
            cid_n = int(cid)
            if cid_n in BY_ID:
                return article_page(request, BY_ID[cid_n])
            if cid_n == 1010:
                return self._intro(request)
            if cid_n == 1012:
                return _static_content(
                    request,
                    "Chức năng, nhiệm vụ",
                    _crumbs(("Giới thiệu", None), ("Chức năng, nhiệm vụ", "/Content.aspx?id=1012")),
                    CHUC_NANG,
                    "Giới thiệu",
                    1012,
                )
            if cid_n == DOC_ASSET["id"]:
                return doc_asset_page(request)
            return None
        if path == "/inbai.aspx":
            cid = params.get("id", "")
            if cid.isdigit() and int(cid) in BY_ID:
                return print_page(request, BY_ID[int(cid)])
            return None
        if path in ALIASES:
            return article_page(request, ALIASES[path])
        if path == INTRO_ALIAS:
            return self._intro(request)
        if path == LISTINGS[CAT_HD][0]:
            return listing_hd(request)
        if path == LISTINGS[CAT_DT][0]:
            return listing_simple(request, CAT_DT)
        if path == "/danhsachtin.aspx" and params.get("folderid") == "58":
            return listing_simple(request, CAT_NC)
        if path == LISTINGS[CAT_TB][0]:
            return listing_simple(request, CAT_TB)
        if path == "/vanban.aspx":
            return vanban_page(request)
        if path == "/thu-vien-anh.aspx":
            return album_list_page(request)
        if path == "/thu-vien-anh/album.aspx" and params.get("gid") == "12":
            return album_page(request)
        if path == "/video.aspx" and params.get("id") == "3003":
            return video_page(request)
        if path == "/lichcongtac.aspx":
            return calendar_page(request)
        if path == "/lien-he.aspx":
            return contact_page(request)
        if path == "/timkiem.aspx":
            return search_page(request)
        return _files(request.path)

    @staticmethod
    def _intro(request: Request) -> Response:
        return _static_content(
            request,
            "Lịch sử hình thành và phát triển",
            _crumbs(("Giới thiệu", None), ("Lịch sử hình thành", INTRO_ALIAS)),
            LICH_SU,
            "Giới thiệu",
            1010,
        )


def build_site() -> EktronSite:
    return EktronSite()


# --- gold -----------------------------------------------------------------------------------------

#: lower-case links editors typed into other items' text (IIS serves them)
_CASE_VARIANTS = {1187: ["/content.aspx?id=1187"], 1201: ["/content.aspx?ID=1201"]}


def _gold(s: Story) -> dict:
    alias = s.opts.get("alias")
    id_url = f"/Content.aspx?id={s.id}"
    path = alias or id_url
    alts = ([id_url] if alias else []) + _CASE_VARIANTS.get(s.id, []) + [f"/InBai.aspx?id={s.id}"]
    return gold_record(s, path, s.cat, canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    INTRO_ALIAS,
    "/Content.aspx?id=1012",
    "/Content.aspx?id=2045",
    "/thu-vien-anh/album.aspx?gid=12",
    "/Video.aspx?id=3003",
    "/LichCongTac.aspx",
    "/lien-he.aspx",
]
