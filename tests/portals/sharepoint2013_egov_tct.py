"""SharePoint Server 2013 publishing portal of Trường Chính trị Nguyễn Văn Cừ, tỉnh Quảng Ninh.

Platform
--------
A SharePoint Server 2013 publishing site collection (Vietnamese language pack, web locale 1066,
12-hour time format) skinned by a provincial e-government vendor ("QNICT"). Every page keeps the
platform's skeleton: ``<form id="aspnetForm">`` with the hidden fields (``__REQUESTDIGEST``,
``__VIEWSTATE``, ``MSOWebPartPage_PostbackSource``, ``MSOSPWebPartManager_DisplayModeName`` …),
the suite bar, the ribbon row (``#s4-ribbonrow``, tabs "Duyệt" / "Trang"), ``#s4-workspace`` /
``#s4-bodyContainer``, ``_spPageContextInfo``, an AspMenu top navigation with fly-outs
(``ms-core-listMenu-*``), web part zones (``ms-webpart-chrome``) and publishing field controls
(``ctl00_PlaceHolderMain_…__ControlWrapper_RichHtmlField`` with ``ms-rtestate-field``).

URL scheme
----------
- ``/`` answers 302 to the welcome page ``/Pages/default.aspx`` (START_PATH is ``/``).
- Sections are publishing sub-sites, each with its own Pages library:
  ``/tin-tuc/Pages/default.aspx`` (Tin tức - Sự kiện, CateID=1),
  ``/dao-tao/Pages/default.aspx`` (Đào tạo - Bồi dưỡng, CateID=2),
  ``/nckh/Pages/default.aspx`` (Nghiên cứu khoa học, CateID=3).
- Article pages: ``/<site>/Pages/<slug>.aspx`` (canonical), plus the vendor's item display page
  ``/Pages/ChiTiet.aspx?ItemID=<id>&CateID=<n>`` (a Data View web part rendering the same item).
  Paths are case-insensitive, as on IIS/SharePoint.
- Listing paging: Tin tức uses an XsltListViewWebPart pager
  ``?Paged=TRUE&p_ArticleStartDate=…&p_ID=<id>&PageFirstRow=<n>&&View=<guid>`` (4 a page);
  Đào tạo uses the vendor's list web part with ``?page=<n>`` (3 a page); NCKH is one CQWP page.
- Non-articles: intro pages under ``/gioi-thieu/Pages/``, ``/Pages/LienHe.aspx``,
  ``/Pages/LichCongTac.aspx``, a photo album under ``/thu-vien-anh/Pages/``, document items
  ``/van-ban/Lists/VanBan/DispForm.aspx?ID=<n>``.

Page templates
--------------
- Home: "Tin mới" Content Query web part (5 newest items of all sections, links to ChiTiet.aspx),
  "Đọc nhiều" sidebar (links to slug pages), section blocks, poll, counter, links.
- Section listing (three different web parts, see above).
- Article page layout ("TCT_BaiViet.aspx"): breadcrumb, page status bar, title field (a span, not
  a heading), date field / created-by / byline field / views line, summary field ("Comments"),
  page image field + image caption field, body field (PublishingPageContent), tools, "Tin khác"
  CQWP (3 newest items of the section, the current one included).
- ChiTiet.aspx: the vendor's Data View rendering of the same item (different markup, US dates).

How each gold article is reached
--------------------------------
- Home: "Tin mới" links A1, B1, A2, C1, B2 as ChiTiet.aspx; the three section blocks link the 3
  newest of each section by slug (A1–A3, B1–B3, C1–C3); the sidebar ("Thông báo", "Đọc nhiều")
  links A3, C2, B3 by slug. "Tin khác" on article pages links the section's 3 newest (lower-case).
- Tin tức: A1–A4 on listing page 1 (A4 only there); A5, A6 only on listing page 2 (reached
  through the ``RefreshPageTo`` pager).
- Đào tạo: B1–B3 on listing page 1; B4 only on ``?page=2``.
- NCKH: C1–C3 on the single listing page.

Traps
-----
1. Pager in ``onclick`` only (not in README): the Tin tức list view's "next" arrow is
   ``<a href="javascript:" onclick="javascript:RefreshPageTo(event, &quot;…?Paged=TRUE&amp;p_ID=…
   &amp;PageFirstRow=5&amp;&amp;View=%7B…%7D&quot;);javascript:return false;">`` with an image
   only. Gold: A5 and A6, reachable only through that URL, are gold articles.
2. Canonical that collapses distinct articles (not in README): the vendor put ``ItemID;CateID`` in
   the SEO "filter link parameters", so every ``/Pages/ChiTiet.aspx?ItemID=…&CateID=…`` prints
   ``<link rel="canonical" href="…/Pages/ChiTiet.aspx">``; that bare URL answers 200 with a
   "không tìm thấy" notice. Gold: canonical_path is the section's slug page; the ChiTiet URL is
   an alt_path; the bare ChiTiet.aspx is no article.
3. Same ItemID, different article (not in README): Pages-library item ids are per sub-site, so the
   home links ``ChiTiet.aspx?ItemID=44&CateID=1`` (A2) and ``ItemID=44&CateID=2`` (B2). Gold: two
   different articles; CateID is not a tracking parameter.
4. Case-variant duplicates: the "Tin khác" CQWP builds its links from a lower-cased FileRef
   (``/tin-tuc/pages/<slug>.aspx``), which IIS serves as the same page, and the current article
   is listed in its own "Tin khác". Gold: one record, the lower-case path in alt_paths.
5. SharePoint RTE zero-width spaces (not in README): paragraphs edited in the 2013 ribbon editor
   begin with U+200B (``<p>&#8203;Hội nghị…``), one title carries a trailing U+200B, and an empty
   summary field prints only ``&#8203;``. Gold: U+200B is no text (dropped everywhere); a summary
   field holding only it is no sapo (null, unless the body opens with a bold lead).
6. Sapo printed twice (not in README): in A2 and B2 the editor pasted the summary into the
   summary field and again as the body's first paragraph. Gold: summary = that text, the body
   holds it once (as its first paragraph).
7. Dates: the article layout prints ``Ngày đăng: 03/12/2026 2:00 CH`` (vi-VN, SA = AM, CH = PM)
   → "2026-12-03T14:00:00+07:00"; "12:00 SA" is midnight → the day alone; ChiTiet.aspx prints the
   same field through ``ddwrt:FormatDate(…, 1033, 5)``: ``12/3/2026 2:00 PM`` (month first), same
   gold. Before the title, the page status bar prints "Sửa đổi lần cuối: 04/12/2026 9:15 SA"
   (modified, never the gold date), hidden ``__REQUESTDIGEST`` carries a timestamp, the header
   prints today.
8. Title only in a field span (not in README): the single ``<h1>`` of every page is the school's
   name in the banner; ``<title>`` holds the SEO browser title (shortened for B1: "Khai giảng lớp
   TCLLCT K45 tại Cẩm Phả - …"); the headline is ``<span id="…TitleField…">`` in
   ``div.tct-tdbv``. Gold: the headline as the span prints it.
9. Widgets inside the body field (not in README): an embedded list view web part
   (``ms-rte-wpbox``, "Văn bản liên quan", a table of document links with dates) inside A3's
   body, and the Reusable Content fragment (``ms-reusableTextView``, the re-publication notice)
   at the end of A1's and B1's bodies. Gold: neither is body. Likewise the publishing fields'
   hidden labels (``<span id="…_label" style="display:none">Nội dung trang</span>``, "Tóm tắt",
   "Ảnh trang", "Chú thích ảnh") printed just before each field are no text.
10. Bylines: the meta line prints "Người đăng: i:0#.w|qnict\\tct.bientap" (a claims login) or
    "Quản trị cổng" (CMS accounts → nobody); the "Tác giả" field holds "ThS. Vũ Đức Long - Giảng
    viên …" → "Vũ Đức Long", "TS. Lê Thị Thu Hà, Phó Trưởng khoa …" → "Lê Thị Thu Hà",
    "Nguyễn Thị Minh Nguyệt; Trần Quang Huy" → both, "Phòng Tổ chức - Hành chính" (a unit alone)
    → as printed; typed closing lines "Tin, ảnh: X" (→ X in both), "Tin: X - Ảnh: Y", a
    right-aligned unit, "Nguồn: X" (→ source X).
11. Image renditions and captions: photos carry ``?RenditionID=6`` (part of the gold path);
    listing thumbnails use ``?RenditionID=2`` of other images (not photos of the article); the
    page image field prints its caption in a separate "image caption" field; in-body captions sit
    in an ``ms-rteTable-default`` table row, or in a centred ``(…)`` line (parentheses dropped), or
    are only "Ảnh: X" (caption None, X a photographer).
12. Intro pages use the article layout (not in README): ``/gioi-thieu/Pages/lich-su-phat-trien.aspx``
    has a title field, a date field, a byline and a body, but it is an intro page (NON_ARTICLES).
13. An official notice (B3) in the body field with the party letterhead table, "Số: 215/TB-TCT",
    "Quảng Ninh, ngày 14 tháng 11 năm 2026", THÔNG BÁO / subject, Word list markers
    (``mso-list:Ignore``), "Nơi nhận" and the signer, and an attachment line. Gold per README:
    letterhead/kind/subject/closing/attachment not body; date "2026-11-14" (the letterhead's day,
    although the date field prints 14/11/2026 4:45 CH); author the signer.

Gold decisions on ambiguous points
----------------------------------
- U+200B (and the ``&#8203;`` entity) is dropped from titles, summaries and body text.
- A duplicated sapo counts once (trap 6).
- The "Tác giả" field and typed byline lines are bylines; "Người đăng" is a CMS account, never an
  author.
- The page image field with its caption field is the article's first photo when it is shown on
  the article page (A1, C1); the rollup thumbnails on listings are not.
- The data table of C3 (the five research projects) is text: each row a paragraph, cells joined
  by " | ", header row included.
- "Tài liệu tham khảo" and its entries in C2 are the text's own; the bracketed calls "[1]" stay in
  their sentence.
- The notice B3 has no sapo; its numbered headings "1. Đối tượng, tiêu chuẩn" are paragraphs.
- Category is the section's name as the breadcrumb prints it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote

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
)

NAME = "sharepoint2013_egov_tct"
PLATFORM = "Microsoft SharePoint Server 2013 publishing site (vendor e-government skin)"
START_PATH = "/"

SCHOOL = "Trường Chính trị Nguyễn Văn Cừ"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
ZW = "\u200b"

# sub-site -> (CateID, section name as the breadcrumb prints it)
SECTIONS = {
    "tin-tuc": (1, "Tin tức - Sự kiện"),
    "dao-tao": (2, "Đào tạo - Bồi dưỡng"),
    "nckh": (3, "Nghiên cứu khoa học"),
}
CATE_SITE = {cate: site for site, (cate, _) in SECTIONS.items()}


def _img(site: str, month: str, name: str, rendition: int = 6) -> str:
    return f"/{site}/PublishingImages/2026/{month}/{name}.jpg?RenditionID={rendition}"


# --- the stories ------------------------------------------------------------------------------
# opts: site, item (Pages-library item id), vi (date field as printed), us (ChiTiet's date),
# form ("rte" | "word" | "div"), summary_mode ("field" | "dup" | "empty" | "bold"),
# byline (the "Tác giả" field as printed, or None), creator (the "Người đăng" account),
# browser_title, title_zw (a trailing U+200B in the title field), reusable, thumb.

A1 = Story(
    id=1,
    slug="hoi-nghi-can-bo-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị cán bộ, viên chức, người lao động Trường Chính trị Nguyễn Văn Cừ năm học 2026 - 2027",
    cat="tin-tuc",
    published_at="2026-12-03T14:00:00+07:00",
    summary=(
        "Chiều 03/12, Trường Chính trị Nguyễn Văn Cừ tổ chức Hội nghị cán bộ, viên chức, người lao "
        "động năm học 2026 - 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ năm học vừa qua, thảo "
        "luận và thông qua phương hướng, chỉ tiêu nhiệm vụ năm học mới."
    ),
    sapo_outside=True,
    authors=["Phòng Tổ chức - Hành chính"],
    blocks=[
        Img(
            _img("tin-tuc", "12", "hoi-nghi-cbvc-01"),
            printed="Đồng chí Hiệu trưởng Nhà trường phát biểu khai mạc Hội nghị",
            caption="Đồng chí Hiệu trưởng Nhà trường phát biểu khai mạc Hội nghị",
            style="field",
        ),
        P(
            "Tham dự Hội nghị có các đồng chí trong Ban Giám hiệu; Ban Chấp hành Công đoàn, Ban "
            "Thanh tra nhân dân cùng toàn thể cán bộ, giảng viên, viên chức và người lao động của "
            "Nhà trường."
        ),
        P(
            "Năm học 2025 - 2026, Nhà trường đã mở 27 lớp đào tạo, bồi dưỡng với trên 2.100 học "
            "viên, trong đó có 9 lớp Trung cấp lý luận chính trị, 11 lớp bồi dưỡng kiến thức quốc "
            "phòng và an ninh, 7 lớp bồi dưỡng chuyên đề cho cán bộ cơ sở. Các bài giảng đều được "
            "cập nhật những nội dung mới trong các nghị quyết của Trung ương và của Tỉnh ủy."
        ),
        P("Phương hướng, nhiệm vụ năm học 2026 - 2027", "h"),
        P(
            "Hội nghị thống nhất các chỉ tiêu chủ yếu: 100% giảng viên đạt chuẩn trình độ theo quy "
            "định; mỗi giảng viên đi thực tế cơ sở tối thiểu 01 tháng/năm; 100% lớp học được đánh "
            "giá chất lượng đầu ra; hoàn thành số hóa hồ sơ học viên từ năm 2015 đến nay."
        ),
        Img(
            _img("tin-tuc", "12", "hoi-nghi-cbvc-02"),
            printed="Cán bộ, viên chức biểu quyết thông qua Nghị quyết Hội nghị",
            caption="Cán bộ, viên chức biểu quyết thông qua Nghị quyết Hội nghị",
            style="table",
        ),
        P(
            "Tại Hội nghị, các đại biểu đã tập trung thảo luận về đổi mới phương pháp giảng dạy theo "
            "hướng phát huy tính chủ động của học viên, tăng cường ứng dụng công nghệ thông tin "
            "trong quản lý đào tạo và các giải pháp nâng cao chất lượng nghiên cứu khoa học."
        ),
        P(
            "Phát biểu chỉ đạo, đồng chí Hiệu trưởng đề nghị mỗi cán bộ, viên chức tiếp tục nêu cao "
            "tinh thần trách nhiệm, đoàn kết, thực hiện thắng lợi các chỉ tiêu đã đề ra, xây dựng "
            "Trường Chính trị Nguyễn Văn Cừ đạt chuẩn mức 1 theo quy định của Ban Bí thư."
        ),
        P(
            "Dịp này, Nhà trường đã khen thưởng 06 tập thể và 21 cá nhân có thành tích xuất sắc "
            "trong năm học 2025 - 2026; Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 "
            "gồm 03 đồng chí."
        ),
    ],
    opts={
        "item": 47,
        "vi": "03/12/2026 2:00 CH",
        "us": "12/3/2026 2:00 PM",
        "form": "rte",
        "summary_mode": "field",
        "byline": "Phòng Tổ chức - Hành chính",
        "creator": "Quản trị cổng",
        "reusable": True,
        "thumb": _img("tin-tuc", "12", "hoi-nghi-cbvc-01", 2),
    },
)

A2 = Story(
    id=2,
    slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-voi-truong",
    title="Đoàn công tác Học viện Chính trị khu vực I làm việc với Trường Chính trị Nguyễn Văn Cừ",
    cat="tin-tuc",
    published_at="2026-11-28T09:30:00+07:00",
    summary=(
        "Sáng 28/11, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS Nguyễn Văn Hậu, Phó Giám "
        "đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị Nguyễn Văn Cừ về kết "
        "quả phối hợp đào tạo lớp Cao cấp lý luận chính trị hệ không tập trung tại tỉnh."
    ),
    authors=["Phạm Thu Trang"],
    photographers=["Phạm Thu Trang"],
    blocks=[
        P(
            "Sáng 28/11, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS Nguyễn Văn Hậu, Phó "
            "Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị Nguyễn Văn "
            "Cừ về kết quả phối hợp đào tạo lớp Cao cấp lý luận chính trị hệ không tập trung tại "
            "tỉnh."
        ),
        P(
            "Tiếp và làm việc với Đoàn có đồng chí Phó Hiệu trưởng phụ trách Nhà trường, lãnh đạo "
            "các khoa, phòng chuyên môn."
        ),
        P(
            "Báo cáo tại buổi làm việc cho biết, từ năm 2024 đến nay, hai bên đã phối hợp mở 04 lớp "
            "Cao cấp lý luận chính trị hệ không tập trung với 486 học viên là cán bộ lãnh đạo, quản "
            "lý các sở, ngành, địa phương trong tỉnh. Công tác quản lý lớp học được thực hiện nền "
            "nếp; tỷ lệ học viên tốt nghiệp loại khá, giỏi đạt trên 90%."
        ),
        Img(
            _img("tin-tuc", "11", "hvctkv1-lam-viec"),
            printed="(Quang cảnh buổi làm việc)",
            caption="Quang cảnh buổi làm việc",
            style="center",
        ),
        P(
            "Hai bên cũng trao đổi về những khó khăn trong bố trí lịch học cho học viên công tác tại "
            "các địa bàn xa trung tâm như Cô Tô, Vân Đồn, Bình Liêu và thống nhất tăng cường hình "
            "thức học tập trung theo đợt vào cuối tuần."
        ),
        P(
            "Phát biểu kết luận, Trưởng đoàn ghi nhận sự chủ động, trách nhiệm của Trường Chính trị "
            "Nguyễn Văn Cừ trong công tác phối hợp, đồng thời đề nghị Nhà trường tiếp tục chuẩn bị "
            "tốt cơ sở vật chất, đội ngũ trợ giảng cho lớp Cao cấp lý luận chính trị khóa mới khai "
            "giảng vào tháng 3/2027."
        ),
        Raw('<p class="MsoNormal" align="right" style="text-align:right"><b><span style="font-size:13.0pt">Tin, ảnh: Phạm Thu Trang</span></b></p>'),
    ],
    opts={
        "item": 44,
        "vi": "28/11/2026 9:30 SA",
        "us": "11/28/2026 9:30 AM",
        "form": "word",
        "summary_mode": "dup",
        "byline": None,
        "creator": "Quản trị cổng",
        "thumb": _img("tin-tuc", "11", "hvctkv1-lam-viec", 2),
    },
)

A3 = Story(
    id=3,
    slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv",
    title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
    cat="tin-tuc",
    published_at="2026-11-20",
    summary=(
        "Ngày 19/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng "
        "cao chất lượng sinh hoạt chi bộ gắn với thực hiện Quy định về những điều đảng viên không "
        "được làm”."
    ),
    photographers=["Đặng Hải Yến"],
    blocks=[
        P(
            "Ngày 19/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
            "“Nâng cao chất lượng sinh hoạt chi bộ gắn với thực hiện Quy định về những điều đảng "
            "viên không được làm”.",
            "bold",
        ),
        P("Dự buổi sinh hoạt có đồng chí Phó Bí thư Đảng ủy Nhà trường và toàn thể đảng viên trong chi bộ."),
        Img(_img("tin-tuc", "11", "chibo-xdd-quy4"), printed="Ảnh: Đặng Hải Yến", caption=None, style="credit"),
        P(
            "Tại buổi sinh hoạt, đồng chí Bí thư chi bộ đã quán triệt những nội dung cơ bản của "
            "chuyên đề, phân tích những biểu hiện hình thức, đơn điệu trong sinh hoạt chi bộ thời "
            "gian qua và đề xuất giải pháp khắc phục."
        ),
        P(
            "Các đảng viên đã thảo luận sôi nổi, tập trung vào việc chuẩn bị nội dung sinh hoạt, "
            "phát huy vai trò của người chủ trì, tăng cường tự phê bình và phê bình, gắn sinh hoạt "
            "chi bộ với nhiệm vụ chuyên môn giảng dạy của khoa."
        ),
        P(
            "Kết thúc buổi sinh hoạt, chi bộ thống nhất ban hành kế hoạch khắc phục với 05 nhóm giải "
            "pháp, phân công cụ thể từng đảng viên phụ trách và định kỳ kiểm tra, đánh giá kết quả "
            "thực hiện."
        ),
        Raw("@@WPBOX@@"),
    ],
    opts={
        "item": 41,
        "vi": "20/11/2026 12:00 SA",
        "us": "11/20/2026 12:00 AM",
        "form": "rte",
        "summary_mode": "bold",
        "byline": None,
        "creator": "i:0#.w|qnict\\tct.bientap",
        "thumb": _img("tin-tuc", "11", "chibo-xdd-quy4", 2),
    },
)

A4 = Story(
    id=4,
    slug="huong-ung-ngay-phap-luat-viet-nam-nam-2026",
    title="Trường Chính trị Nguyễn Văn Cừ hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026",
    cat="tin-tuc",
    published_at="2026-11-09T07:45:00+07:00",
    summary=(
        "Thực hiện Kế hoạch của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh, Trường Chính "
        "trị Nguyễn Văn Cừ tổ chức nhiều hoạt động thiết thực hưởng ứng Ngày Pháp luật nước Cộng "
        "hòa xã hội chủ nghĩa Việt Nam (09/11) năm 2026."
    ),
    sapo_outside=True,
    source="Cổng Thông tin điện tử tỉnh Quảng Ninh",
    blocks=[
        P(
            "Theo kế hoạch, trong tháng 11, Nhà trường tổ chức tuyên truyền, phổ biến các luật mới "
            "được Quốc hội thông qua cho toàn thể cán bộ, viên chức và học viên các lớp đang học tập "
            "tại trường."
        ),
        P("Các hoạt động cụ thể gồm:"),
        P("Treo băng rôn, khẩu hiệu tại khu vực giảng đường và ký túc xá;", "li"),
        P(
            "Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến dành cho học viên các lớp Trung cấp lý "
            "luận chính trị;",
            "li",
        ),
        P("Lồng ghép nội dung phổ biến pháp luật vào các bài giảng của Khoa Nhà nước và pháp luật.", "li"),
        P(
            "Đến nay, đã có 612 lượt học viên tham gia cuộc thi trực tuyến; Nhà trường sẽ trao giải "
            "cho các cá nhân đạt kết quả cao vào cuối tháng 11/2026."
        ),
        Raw('<div style="text-align:right">&#8203;<em>Nguồn: Cổng Thông tin điện tử tỉnh Quảng Ninh</em></div>'),
    ],
    opts={
        "item": 39,
        "vi": "09/11/2026 7:45 SA",
        "us": "11/9/2026 7:45 AM",
        "form": "div",
        "summary_mode": "field",
        "byline": None,
        "creator": "Quản trị cổng",
        "thumb": "/tin-tuc/PublishingImages/2026/11/ngay-phap-luat-banner.jpg?RenditionID=2",
    },
)

A5 = Story(
    id=5,
    slug="soi-noi-hoi-thao-can-bo-vien-chuc-nam-2026",
    title="Sôi nổi Hội thao cán bộ, viên chức, người lao động Nhà trường năm 2026",
    cat="tin-tuc",
    published_at="2026-10-30T16:20:00+07:00",
    summary=(
        "Nhằm chào mừng kỷ niệm Ngày Nhà giáo Việt Nam 20/11, trong hai ngày 29 và 30/10, Công đoàn "
        "Trường Chính trị Nguyễn Văn Cừ tổ chức Hội thao cán bộ, viên chức, người lao động năm 2026."
    ),
    sapo_outside=True,
    authors=["Hoàng Thị Ngọc Mai"],
    photographers=["Vũ Tiến Dũng"],
    blocks=[
        P(
            "Hội thao có 03 môn thi đấu: bóng chuyền hơi, kéo co và cầu lông, thu hút gần 100 vận "
            "động viên đến từ 05 tổ công đoàn trực thuộc."
        ),
        P(
            "Các trận đấu diễn ra sôi nổi, hấp dẫn, trên tinh thần đoàn kết, cao thượng. Nhiều đội đã "
            "có sự chuẩn bị chu đáo về trang phục, chiến thuật và lực lượng cổ động viên."
        ),
        Img(
            _img("tin-tuc", "10", "hoi-thao-bong-chuyen-hoi"),
            printed="Đội bóng chuyền hơi Tổ công đoàn Khoa Lý luận cơ sở nhận giải Nhất",
            caption="Đội bóng chuyền hơi Tổ công đoàn Khoa Lý luận cơ sở nhận giải Nhất",
            style="em",
        ),
        P(
            "Kết quả, ở môn bóng chuyền hơi, giải Nhất thuộc về Tổ công đoàn Khoa Lý luận cơ sở; "
            "giải Nhì thuộc về Tổ công đoàn Phòng Tổ chức - Hành chính. Ở môn kéo co, Tổ công đoàn "
            "Khoa Xây dựng Đảng giành giải Nhất. Giải Nhất môn cầu lông đôi nam nữ thuộc về cặp vận "
            "động viên Nguyễn Minh Đức - Lê Thu Hằng."
        ),
        P(
            "Hội thao là dịp để cán bộ, viên chức, người lao động rèn luyện sức khỏe, tăng cường giao "
            "lưu, gắn bó, góp phần xây dựng tập thể Nhà trường đoàn kết, vững mạnh."
        ),
        Raw('<p class="MsoNormal" style="text-align:right" align="right"><i>Tin: Hoàng Thị Ngọc Mai - Ảnh: Vũ Tiến Dũng</i></p>'),
    ],
    opts={
        "item": 36,
        "vi": "30/10/2026 4:20 CH",
        "us": "10/30/2026 4:20 PM",
        "form": "word",
        "summary_mode": "field",
        "byline": None,
        "creator": "Quản trị cổng",
        "title_zw": True,
        "thumb": _img("tin-tuc", "10", "hoi-thao-bong-chuyen-hoi", 2),
    },
)

A6 = Story(
    id=6,
    slug="toa-dam-ky-niem-96-nam-ngay-thanh-lap-hoi-lhpn-viet-nam",
    title="Tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
    cat="tin-tuc",
    published_at="2026-10-20T10:15:00+07:00",
    authors=["Hoàng Thị Ngọc Mai"],
    blocks=[
        P(
            "Sáng 20/10, Ban Nữ công Công đoàn Trường Chính trị Nguyễn Văn Cừ tổ chức tọa đàm kỷ niệm "
            "96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026)."
        ),
        P(
            "Tại buổi tọa đàm, các đại biểu đã ôn lại truyền thống vẻ vang của Hội Liên hiệp Phụ nữ "
            "Việt Nam; đồng thời chia sẻ kinh nghiệm cân bằng giữa công việc chuyên môn và chăm lo "
            "gia đình, nuôi dạy con cái."
        ),
        P(
            "Hiện nay, nữ cán bộ, viên chức của Nhà trường chiếm 58%, trong đó có 14 đồng chí có trình "
            "độ thạc sĩ, 02 đồng chí là tiến sĩ. Nhiều chị em giữ vai trò nòng cốt trong các khoa "
            "chuyên môn và tích cực tham gia nghiên cứu khoa học."
        ),
        Img(
            _img("tin-tuc", "10", "toa-dam-20-10"),
            printed="(Các nữ cán bộ, viên chức Nhà trường chụp ảnh lưu niệm)",
            caption="Các nữ cán bộ, viên chức Nhà trường chụp ảnh lưu niệm",
            style="center",
        ),
        P(
            "Dịp này, Ban Nữ công đã tặng hoa chúc mừng và trao giấy khen cho 08 chị em đạt danh hiệu "
            "“Giỏi việc trường, đảm việc nhà” năm 2026."
        ),
    ],
    opts={
        "item": 33,
        "vi": "20/10/2026 10:15 SA",
        "us": "10/20/2026 10:15 AM",
        "form": "rte",
        "summary_mode": "empty",
        "byline": "Hoàng Thị Ngọc Mai (Ban Nữ công)",
        "creator": "Quản trị cổng",
        "thumb": _img("tin-tuc", "10", "toa-dam-20-10", 2),
    },
)

B1 = Story(
    id=7,
    slug="khai-giang-lop-trung-cap-llct-k45-tai-cam-pha",
    title="Khai giảng lớp Trung cấp lý luận chính trị K45 hệ không tập trung tại phường Cẩm Phả",
    cat="dao-tao",
    published_at="2026-12-01T08:00:00+07:00",
    summary=(
        "Sáng 01/12, tại hội trường Đảng ủy phường Cẩm Phả, Trường Chính trị Nguyễn Văn Cừ phối hợp "
        "với Đảng ủy phường tổ chức khai giảng lớp Trung cấp lý luận chính trị K45 hệ không tập "
        "trung."
    ),
    sapo_outside=True,
    authors=["Phòng Quản lý đào tạo và Nghiên cứu khoa học"],
    blocks=[
        P(
            "Lớp học có 72 học viên là cán bộ, công chức các phường Cẩm Phả, Quang Hanh, Cửa Ông, "
            "Mông Dương và một số doanh nghiệp ngành Than trên địa bàn."
        ),
        P(
            "Theo chương trình, lớp học được tổ chức trong 18 tháng, gồm 5 phần học với 19 học phần; "
            "học viên học tập trung vào các ngày thứ Bảy, Chủ nhật hằng tuần. Kết thúc khóa học, học "
            "viên viết khóa luận hoặc thi tốt nghiệp theo quy định."
        ),
        Img(
            _img("dao-tao", "12", "khai-giang-k45-01"),
            printed="Các đại biểu và học viên dự lễ khai giảng",
            caption="Các đại biểu và học viên dự lễ khai giảng",
            style="table",
        ),
        P(
            "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng Nhà trường đề nghị học viên nghiêm túc "
            "chấp hành nội quy, quy chế học tập; chủ động nghiên cứu tài liệu, liên hệ thực tiễn công "
            "tác tại địa phương, đơn vị để vận dụng kiến thức vào thực tiễn."
        ),
        P(
            "Thay mặt học viên, đại diện Ban Cán sự lớp hứa sẽ thực hiện nghiêm túc các quy định, "
            "phấn đấu hoàn thành tốt chương trình học tập."
        ),
        Img(
            _img("dao-tao", "12", "khai-giang-k45-02"),
            printed="Đại diện Ban Cán sự lớp phát biểu",
            caption="Đại diện Ban Cán sự lớp phát biểu",
            style="table",
        ),
    ],
    opts={
        "item": 52,
        "vi": "01/12/2026 8:00 SA",
        "us": "12/1/2026 8:00 AM",
        "form": "rte",
        "summary_mode": "field",
        "byline": "Phòng Quản lý đào tạo và Nghiên cứu khoa học",
        "creator": "i:0#.w|qnict\\dt.quanly",
        "browser_title": "Khai giảng lớp TCLLCT K45 tại Cẩm Phả - Trường Chính trị Nguyễn Văn Cừ",
        "reusable": True,
        "thumb": _img("dao-tao", "12", "khai-giang-k45-01", 2),
    },
)

B2 = Story(
    id=8,
    slug="be-mac-lop-boi-duong-kien-thuc-qp-an-doi-tuong-4-nam-2026",
    title="Bế mạc lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    cat="dao-tao",
    published_at="2026-11-24T15:30:00+07:00",
    summary=(
        "Chiều 24/11, Trường Chính trị Nguyễn Văn Cừ phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế "
        "mạc lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
    ),
    authors=["Nguyễn Thị Lan Anh"],
    photographers=["Hoàng Minh"],
    blocks=[
        P(
            "Chiều 24/11, Trường Chính trị Nguyễn Văn Cừ phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức "
            "bế mạc lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
        ),
        P(
            "Lớp học có 135 học viên là trưởng thôn, khu phố, bí thư chi bộ và cán bộ các đoàn thể ở "
            "cơ sở. Trong thời gian 06 ngày, các học viên đã được nghiên cứu 09 chuyên đề về quan "
            "điểm của Đảng về quốc phòng, an ninh, xây dựng nền quốc phòng toàn dân, thế trận an ninh "
            "nhân dân và công tác quốc phòng ở cơ sở."
        ),
        P(
            "Kết quả, 100% học viên đủ điều kiện được cấp giấy chứng nhận hoàn thành chương trình, "
            "trong đó 68,9% đạt loại giỏi."
        ),
        P("Có 04 học viên được Nhà trường tặng giấy khen vì có thành tích xuất sắc trong học tập.", "br"),
        Img(_img("dao-tao", "11", "be-mac-qpan-dt4"), printed="Ảnh: Hoàng Minh", caption=None, style="credit"),
        P(
            "Phát biểu bế mạc, lãnh đạo Nhà trường ghi nhận tinh thần học tập nghiêm túc của học "
            "viên, đề nghị các đồng chí tiếp tục vận dụng kiến thức đã học vào thực tiễn, góp phần "
            "giữ vững an ninh chính trị, trật tự an toàn xã hội tại địa phương."
        ),
    ],
    opts={
        "item": 44,
        "vi": "24/11/2026 3:30 CH",
        "us": "11/24/2026 3:30 PM",
        "form": "word",
        "summary_mode": "dup",
        "byline": "Nguyễn Thị Lan Anh",
        "creator": "Quản trị cổng",
        "thumb": _img("dao-tao", "11", "be-mac-qpan-dt4", 2),
    },
)

_LETTERHEAD = (
    '<table class="MsoTableGrid" border="0" cellspacing="0" cellpadding="0" width="100%" '
    'style="width:100.0%;border-collapse:collapse;border:none"><tbody><tr>'
    '<td width="45%" valign="top" style="width:45.0%;padding:0in 5.4pt 0in 5.4pt">'
    '<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:13.0pt">'
    "TỈNH ỦY QUẢNG NINH</span><br><b><span style=\"font-size:13.0pt\">TRƯỜNG CHÍNH TRỊ<br>"
    "NGUYỄN VĂN CỪ</span></b><br>*</p>"
    '<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:13.0pt">'
    "Số: 215/TB-TCT</span></p></td>"
    '<td width="55%" valign="top" style="width:55.0%;padding:0in 5.4pt 0in 5.4pt">'
    '<p class="MsoNormal" align="right" style="text-align:right"><b><u><span style="font-size:'
    '15.0pt">ĐẢNG CỘNG SẢN VIỆT NAM</span></u></b></p>'
    '<p class="MsoNormal" align="right" style="text-align:right"><i><span style="font-size:14.0pt">'
    "Quảng Ninh, ngày 14 tháng 11 năm 2026</span></i></p></td></tr></tbody></table>"
    '<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:'
    '15.0pt">THÔNG BÁO</span></b></p>'
    '<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:'
    '14.0pt">Tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung khóa 46, năm 2027</span></b></p>'
    '<p class="MsoNormal" align="center" style="text-align:center">-----</p>'
)
_SIGNATURE = (
    '<table class="MsoTableGrid" border="0" cellspacing="0" cellpadding="0" width="100%" '
    'style="width:100.0%;border-collapse:collapse;border:none"><tbody><tr>'
    '<td width="50%" valign="top"><p class="MsoNormal"><b><u><span style="font-size:12.0pt">'
    "Nơi nhận:</span></u></b><span style=\"font-size:12.0pt\"><br>- Ban Tổ chức Tỉnh ủy (b/c);<br>"
    "- Các đảng ủy trực thuộc Tỉnh ủy;<br>- Các sở, ban, ngành, đoàn thể tỉnh;<br>- Lưu VT, "
    "P.QLĐT&amp;NCKH.</span></p></td>"
    '<td width="50%" valign="top"><p class="MsoNormal" align="center" style="text-align:center">'
    "<b><span style=\"font-size:14.0pt\">T/M BAN GIÁM HIỆU<br>HIỆU TRƯỞNG</span></b></p>"
    '<p class="MsoNormal" align="center" style="text-align:center"><i>(Đã ký)</i></p>'
    '<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:'
    '14.0pt">Trần Đức Thắng</span></b></p></td></tr></tbody></table>'
    '<p class="MsoNormal">&nbsp;</p>'
    '<p class="tct-dinhkem"><img src="/_layouts/15/images/icpdf.png" alt="" width="16" height="16"> '
    '<a href="/dao-tao/Documents/TB-215-TCT.pdf" target="_blank">Tải về: TB-215-TCT.pdf</a> (186 KB)</p>'
)

B3 = Story(
    id=9,
    slug="thong-bao-tuyen-sinh-lop-trung-cap-llct-he-tap-trung-khoa-46",
    title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung khóa 46 năm 2027",
    cat="dao-tao",
    published_at="2026-11-14",
    authors=["Trần Đức Thắng"],
    blocks=[
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy;"),
        P(
            "Trường Chính trị Nguyễn Văn Cừ thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ "
            "tập trung khóa 46, năm 2027 như sau:"
        ),
        P("1. Đối tượng, tiêu chuẩn", "bold"),
        P(
            "Cán bộ, công chức, viên chức là đảng viên trong quy hoạch các chức danh lãnh đạo, quản "
            "lý cấp phòng và tương đương;",
            "msolist",
        ),
        P(
            "Có trình độ chuyên môn từ trung cấp trở lên; tuổi đời không quá 45 đối với nam và 40 đối "
            "với nữ tính đến thời điểm triệu tập;",
            "msolist",
        ),
        P("Có đủ sức khỏe để học tập trung trong thời gian 08 tháng.", "msolist"),
        P("2. Hồ sơ đăng ký", "bold"),
        P(
            "Hồ sơ gồm: quyết định cử đi học của cơ quan có thẩm quyền; bản sao bằng tốt nghiệp "
            "chuyên môn; sơ yếu lý lịch có xác nhận của cơ quan quản lý; giấy chứng nhận sức khỏe "
            "do cơ sở y tế có thẩm quyền cấp."
        ),
        P("3. Thời gian, địa điểm nhận hồ sơ", "bold"),
        P(
            "Từ ngày 01/12/2026 đến hết ngày 31/12/2026 tại Phòng Quản lý đào tạo và Nghiên cứu khoa "
            "học, Trường Chính trị Nguyễn Văn Cừ (số 1 đường Nguyễn Văn Cừ, phường Hồng Gai, tỉnh "
            "Quảng Ninh)."
        ),
        P(
            "Đề nghị các cơ quan, đơn vị quan tâm, cử cán bộ tham gia học tập đúng đối tượng, tiêu "
            "chuẩn và gửi hồ sơ về Nhà trường đúng thời gian quy định./."
        ),
        Raw(_SIGNATURE),
    ],
    opts={
        "item": 40,
        "vi": "14/11/2026 4:45 CH",
        "us": "11/14/2026 4:45 PM",
        "form": "word",
        "summary_mode": "empty",
        "byline": None,
        "creator": "i:0#.w|qnict\\dt.quanly",
        "thumb": "/dao-tao/PublishingImages/icon-thongbao.png?RenditionID=2",
    },
)

B4 = Story(
    id=10,
    slug="lop-cao-cap-llct-nghien-cuu-thuc-te-tai-dien-bien",
    title="Lớp Cao cấp lý luận chính trị hệ không tập trung tỉnh Quảng Ninh đi nghiên cứu thực tế tại tỉnh Điện Biên",
    cat="dao-tao",
    published_at="2026-10-22T17:10:00+07:00",
    summary=(
        "Từ ngày 18 đến 22/10, Trường Chính trị Nguyễn Văn Cừ phối hợp với Học viện Chính trị khu "
        "vực I tổ chức cho 124 học viên lớp Cao cấp lý luận chính trị hệ không tập trung đi nghiên "
        "cứu thực tế tại tỉnh Điện Biên."
    ),
    sapo_outside=True,
    authors=["Vũ Đức Long"],
    blocks=[
        P(
            "Chương trình nghiên cứu thực tế nhằm giúp học viên củng cố kiến thức lý luận đã học, tìm "
            "hiểu kinh nghiệm lãnh đạo, chỉ đạo phát triển kinh tế - xã hội, bảo đảm quốc phòng, an "
            "ninh tại một tỉnh biên giới miền núi."
        ),
        P(
            "Tại buổi làm việc với Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên, đoàn đã được nghe giới "
            "thiệu khái quát về tình hình kinh tế - xã hội, công tác xây dựng Đảng và kết quả thực "
            "hiện chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc "
            "thiểu số và miền núi của tỉnh."
        ),
        P("Về nguồn tại Khu di tích lịch sử Điện Biên Phủ", "h"),
        P(
            "Đoàn đã dâng hương tưởng niệm các Anh hùng liệt sĩ tại Đền thờ liệt sĩ chiến trường Điện "
            "Biên Phủ, Nghĩa trang liệt sĩ đồi A1 và tham quan Bảo tàng Chiến thắng lịch sử Điện Biên "
            "Phủ, Sở Chỉ huy Chiến dịch Điện Biên Phủ tại Mường Phăng."
        ),
        Img(
            _img("dao-tao", "10", "thuc-te-dien-bien"),
            printed="(Đoàn học viên dâng hương tại Đền thờ liệt sĩ chiến trường Điện Biên Phủ)",
            caption="Đoàn học viên dâng hương tại Đền thờ liệt sĩ chiến trường Điện Biên Phủ",
            style="center",
        ),
        P(
            "Sau chuyến đi, mỗi học viên hoàn thành bài thu hoạch, liên hệ những kinh nghiệm thu được "
            "với thực tiễn công tác tại địa phương, đơn vị mình."
        ),
    ],
    opts={
        "item": 31,
        "vi": "22/10/2026 5:10 CH",
        "us": "10/22/2026 5:10 PM",
        "form": "rte",
        "summary_mode": "field",
        "byline": "ThS. Vũ Đức Long - Giảng viên Khoa Nhà nước và pháp luật",
        "creator": "Quản trị cổng",
        "thumb": _img("dao-tao", "10", "thuc-te-dien-bien", 2),
    },
)

C1 = Story(
    id=11,
    slug="hoi-thao-khoa-hoc-giao-duc-llct-cho-dang-vien-tre",
    title=(
        "Hội thảo khoa học “Nâng cao chất lượng giáo dục lý luận chính trị cho đảng viên trẻ trên "
        "địa bàn tỉnh Quảng Ninh”"
    ),
    cat="nckh",
    published_at="2026-11-26T08:30:00+07:00",
    summary=(
        "Ngày 26/11, Trường Chính trị Nguyễn Văn Cừ tổ chức Hội thảo khoa học cấp trường với chủ đề "
        "“Nâng cao chất lượng giáo dục lý luận chính trị cho đảng viên trẻ trên địa bàn tỉnh Quảng "
        "Ninh”."
    ),
    sapo_outside=True,
    authors=["Khoa Lý luận cơ sở"],
    blocks=[
        Img(
            "/nckh/PublishingImages/2026/11/hoi-thao-dang-vien-tre.jpg?RenditionID=6",
            printed="Toàn cảnh Hội thảo",
            caption="Toàn cảnh Hội thảo",
            style="field",
        ),
        P(
            "Hội thảo nhận được 26 bài tham luận của các nhà khoa học, giảng viên Nhà trường, cán bộ "
            "làm công tác tuyên giáo, đoàn thanh niên trong tỉnh. Ban Tổ chức đã lựa chọn 11 tham "
            "luận trình bày và thảo luận tại Hội thảo."
        ),
        P(
            "Các ý kiến tại Hội thảo đã làm rõ đặc điểm tâm lý, nhu cầu tiếp nhận thông tin của đảng "
            "viên trẻ trong bối cảnh chuyển đổi số; chỉ ra những hạn chế trong nội dung, phương pháp "
            "học tập nghị quyết, bồi dưỡng lý luận chính trị hiện nay."
        ),
        P(
            "Nhiều tham luận đề xuất đổi mới phương pháp giảng dạy, tăng cường hình thức học tập trực "
            "tuyến, sử dụng bài giảng điện tử, video ngắn; gắn giáo dục lý luận với hoạt động thực "
            "tiễn tại cơ sở và phong trào tình nguyện của đoàn viên thanh niên."
        ),
        P(
            "Kết luận Hội thảo, đồng chí Phó Hiệu trưởng khẳng định các ý kiến, đề xuất tại Hội thảo là "
            "cơ sở quan trọng để Nhà trường điều chỉnh chương trình bồi dưỡng đảng viên mới; các tham "
            "luận sẽ được tổng hợp, xuất bản thành kỷ yếu."
        ),
        Raw('<p style="text-align:right"><strong>&#8203;Khoa Lý luận cơ sở</strong></p>'),
    ],
    opts={
        "item": 12,
        "vi": "26/11/2026 8:30 SA",
        "us": "11/26/2026 8:30 AM",
        "form": "rte",
        "summary_mode": "field",
        "byline": None,
        "creator": "Quản trị cổng",
        "thumb": "/nckh/PublishingImages/2026/11/hoi-thao-dang-vien-tre.jpg?RenditionID=2",
    },
)

C2 = Story(
    id=12,
    slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong",
    title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng tại trường chính trị cấp tỉnh hiện nay",
    cat="nckh",
    published_at="2026-11-05T10:00:00+07:00",
    summary=(
        "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là nền tảng lý luận quan trọng để các "
        "trường chính trị cấp tỉnh đổi mới nội dung, phương pháp đào tạo, bồi dưỡng, góp phần xây "
        "dựng đội ngũ cán bộ các cấp đủ phẩm chất, năng lực, uy tín, ngang tầm nhiệm vụ."
    ),
    sapo_outside=True,
    authors=["Lê Thị Thu Hà"],
    blocks=[
        P("1. Một số quan điểm cơ bản của Hồ Chí Minh về cán bộ", "h"),
        P(
            "Hồ Chí Minh luôn coi cán bộ có vị trí đặc biệt quan trọng đối với sự nghiệp cách mạng. "
            "Người khẳng định: “Cán bộ là cái gốc của mọi công việc”[1]. Theo Người, muôn việc thành "
            "công hoặc thất bại đều do cán bộ tốt hoặc kém."
        ),
        P(
            "Về tiêu chuẩn cán bộ, Người đặc biệt coi trọng cả đức và tài, trong đó đức là gốc: “Có tài "
            "mà không có đức là người vô dụng. Có đức mà không có tài thì làm việc gì cũng khó”[2]."
        ),
        P("2. Vận dụng trong công tác đào tạo, bồi dưỡng tại Trường Chính trị Nguyễn Văn Cừ", "h"),
        P(
            "Thứ nhất, gắn đào tạo, bồi dưỡng với quy hoạch và sử dụng cán bộ. Nhà trường chủ động "
            "phối hợp với Ban Tổ chức Tỉnh ủy xác định nhu cầu đào tạo, bảo đảm “học đi đôi với "
            "hành”, tránh tình trạng học để hợp thức hóa tiêu chuẩn."
        ),
        P(
            "Thứ hai, đổi mới nội dung, phương pháp giảng dạy theo hướng tăng thời lượng thảo luận, "
            "xử lý tình huống; đưa các điển hình tiên tiến, các mô hình hay của tỉnh Quảng Ninh vào "
            "bài giảng."
        ),
        P(
            "Thứ ba, chú trọng giáo dục đạo đức cách mạng, rèn luyện tác phong, lề lối làm việc cho "
            "học viên thông qua công tác quản lý học viên trong thời gian học tập tại trường."
        ),
        P("Tài liệu tham khảo", "h"),
        P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309.", "note"),
        P("[2] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.14, tr.400.", "note"),
    ],
    opts={
        "item": 10,
        "vi": "05/11/2026 10:00 SA",
        "us": "11/5/2026 10:00 AM",
        "form": "word",
        "summary_mode": "field",
        "byline": "TS. Lê Thị Thu Hà, Phó Trưởng khoa Lý luận cơ sở",
        "creator": "Quản trị cổng",
        "thumb": "/nckh/PublishingImages/anh-chan-dung-bac-ho.jpg?RenditionID=2",
    },
)

C3 = Story(
    id=13,
    slug="nghiem-thu-05-de-tai-khoa-hoc-cap-truong-nam-2026",
    title="Nghiệm thu 05 đề tài khoa học cấp trường năm 2026",
    cat="nckh",
    published_at="2026-10-12T14:15:00+07:00",
    authors=["Nguyễn Thị Minh Nguyệt", "Trần Quang Huy"],
    blocks=[
        P(
            "Ngày 12/10, Hội đồng khoa học Trường Chính trị Nguyễn Văn Cừ tổ chức nghiệm thu 05 đề tài "
            "khoa học cấp trường năm 2026."
        ),
        Img(
            "/nckh/PublishingImages/2026/10/nghiem-thu-de-tai.jpg?RenditionID=6",
            printed="Hội đồng khoa học nghiệm thu đề tài",
            caption="Hội đồng khoa học nghiệm thu đề tài",
            style="table",
        ),
        P("Các đề tài được nghiệm thu gồm:"),
        P("TT | Tên đề tài | Chủ nhiệm đề tài | Xếp loại", "th"),
        P("1 | Nâng cao chất lượng bài giảng tích hợp tại Trường Chính trị Nguyễn Văn Cừ | ThS. Bùi Thị Thanh Hương | Xuất sắc", "tr"),
        P("2 | Ứng dụng phần mềm quản lý học viên trong đào tạo hệ không tập trung | ThS. Đỗ Mạnh Cường | Khá", "tr"),
        P("3 | Giải pháp nâng cao hiệu quả đi thực tế cơ sở của giảng viên | ThS. Phạm Văn Khải | Xuất sắc", "tr"),
        P("4 | Giáo dục truyền thống vùng mỏ trong bài giảng lịch sử Đảng bộ tỉnh | ThS. Lưu Thị Hoa | Khá", "tr"),
        P("5 | Đánh giá chất lượng đầu ra lớp Trung cấp lý luận chính trị giai đoạn 2022 - 2025 | CN. Ngô Đức Thịnh | Khá", "tr"),
        P(
            "Hội đồng đánh giá các đề tài đã bám sát thực tiễn công tác giảng dạy, quản lý đào tạo của "
            "Nhà trường; kết quả nghiên cứu có khả năng ứng dụng cao."
        ),
        P(
            "Chủ tịch Hội đồng đề nghị các chủ nhiệm đề tài tiếp thu ý kiến góp ý, hoàn thiện báo cáo "
            "tổng hợp, nộp về Phòng Quản lý đào tạo và Nghiên cứu khoa học trước ngày 30/10/2026 để "
            "lưu trữ và phổ biến kết quả."
        ),
    ],
    opts={
        "item": 7,
        "vi": "12/10/2026 2:15 CH",
        "us": "10/12/2026 2:15 PM",
        "form": "div",
        "summary_mode": "empty",
        "byline": "Nguyễn Thị Minh Nguyệt; Trần Quang Huy",
        "creator": "Quản trị cổng",
        "thumb": "/nckh/PublishingImages/2026/10/nghiem-thu-de-tai.jpg?RenditionID=2",
    },
)

STORIES = [A1, A2, A3, A4, A5, A6, B1, B2, B3, B4, C1, C2, C3]


def _sorted(site: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == site), key=lambda s: s.published_at or "", reverse=True)


def slug_path(story: Story) -> str:
    return f"/{story.cat}/Pages/{story.slug}.aspx"


def lower_path(story: Story) -> str:
    return f"/{story.cat}/pages/{story.slug}.aspx"


def chitiet_path(story: Story) -> str:
    return f"/Pages/ChiTiet.aspx?ItemID={story.opts['item']}&CateID={SECTIONS[story.cat][0]}"


# --- chrome -----------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/Pages/default.aspx", []),
    (
        "Giới thiệu",
        None,
        [
            ("Lịch sử phát triển", "/gioi-thieu/Pages/lich-su-phat-trien.aspx"),
            ("Cơ cấu tổ chức", "/gioi-thieu/Pages/co-cau-to-chuc.aspx"),
        ],
    ),
    ("Tin tức - Sự kiện", "/tin-tuc/Pages/default.aspx", []),
    ("Đào tạo - Bồi dưỡng", "/dao-tao/Pages/default.aspx", []),
    ("Nghiên cứu khoa học", "/nckh/Pages/default.aspx", []),
    (
        "Tư liệu",
        None,
        [
            ("Văn bản", "/van-ban/Pages/default.aspx"),
            ("Thư viện ảnh", "/thu-vien-anh/Pages/default.aspx"),
        ],
    ),
    ("Lịch công tác", "/Pages/LichCongTac.aspx", []),
    ("Liên hệ", "/Pages/LienHe.aspx", []),
]

_NAV_A = "menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode"


def _menu() -> str:
    items = []
    for label, href, children in MENU:
        popup = ' dynamic-children" aria-haspopup="true"' if children else '"'
        inner = (
            f'<span class="additional-background ms-navedit-flyoutArrow{popup}>'
            f'<span class="menu-item-text">{esc(label)}</span></span>'
        )
        if href:
            head = f'<a class="static{" dynamic-children" if children else ""} {_NAV_A}" tabindex="0" href="{href}">{inner}</a>'
        else:
            head = f'<span class="static dynamic-children {_NAV_A}">{inner}</span>'
        sub = ""
        if children:
            sub = '<ul class="dynamic">' + "".join(
                f'<li class="dynamic"><a class="dynamic {_NAV_A}" tabindex="0" href="{h}"><span '
                f'class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">'
                f"{esc(t)}</span></span></a></li>"
                for t, h in children
            ) + "</ul>"
        cls = "static dynamic-children" if children else "static"
        items.append(f'<li class="{cls}">{head}{sub}</li>')
    return (
        '<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation">'
        '<div id="zz1_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox">'
        '<ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static">'
        + "".join(items)
        + "</ul></div></div>"
    )


def _hidden_fields(seed: str) -> str:
    digest = opaque("digest" + seed, 64).encode().hex()[:128].upper()
    fields = [
        ("_wpcmWpid", ""),
        ("wpcmVal", ""),
        ("MSOWebPartPage_PostbackSource", ""),
        ("MSOTlPn_SelectedWpId", ""),
        ("MSOTlPn_View", "0"),
        ("MSOTlPn_ShowSettings", "False"),
        ("MSOGallery_SelectedLibrary", ""),
        ("MSOGallery_FilterString", ""),
        ("MSOTlPn_Button", "none"),
        ("__EVENTTARGET", ""),
        ("__EVENTARGUMENT", ""),
        ("__REQUESTDIGEST", f"0x{digest},05 Dec 2026 02:17:44 -0000"),
        ("MSOSPWebPartManager_DisplayModeName", "Browse"),
        ("MSOSPWebPartManager_ExitingDesignMode", "false"),
        ("MSOWebPartPage_Shared", ""),
        ("MSOLayout_LayoutChanges", ""),
        ("MSOLayout_InDesignMode", ""),
        ("_wpSelected", ""),
        ("_wzSelected", ""),
        ("MSOSPWebPartManager_OldDisplayModeName", "Browse"),
        ("MSOSPWebPartManager_StartWebPartEditingName", "false"),
        ("MSOSPWebPartManager_EndWebPartEditing", "false"),
        ("_maintainWorkspaceScrollPosition", "0"),
        ("__VIEWSTATE", opaque("vs" + seed, 420, b"/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAg")),
    ]
    inputs = "\n".join(f'<input type="hidden" name="{n}" id="{n}" value="{esc(v)}" />' for n, v in fields)
    return f'<div class="aspNetHidden">\n{inputs}\n</div>'


def _ribbon() -> str:
    tabs = "".join(
        f'<li class="ms-cui-tt{" ms-browseTab ms-cui-tt-s" if i == 0 else ""}" id="Ribbon.{rid}-title" role="tab">'
        f'<a class="ms-cui-tt-a" href="javascript:;" title="{t}"><span class="ms-cui-tt-span">{t}</span></a></li>'
        for i, (rid, t) in enumerate([("Read", "Duyệt"), ("WebPartPage", "Trang"), ("PublishTab", "Xuất bản")])
    )
    return (
        '<div id="ms-designer-ribbon">'
        '<div id="TurnOnAccessibility" style="display:none" class="s4-notdlg noindex"><a id="linkTurnOnAcc" '
        'href="#" class="ms-accessible ms-acc-button" onclick="SetIsAccessibilityFeatureEnabled(true);'
        'UpdateAccessibilityUI();return false;">Bật chế độ trợ năng cao hơn</a></div>'
        '<div id="suiteBar" class="ms-dialogHidden noindex"><div id="suiteBarLeft"><div class="ms-table '
        'ms-fullWidth"><div class="ms-tableRow"><div class="ms-tableCell ms-verticalAlignMiddle"><div '
        'class="ms-core-brandingText">SharePoint</div></div><div id="DeltaSuiteLinks" '
        'class="ms-core-deltaSuiteLinks"><div id="suiteLinksBox"></div></div></div></div></div>'
        '<div id="suiteBarRight"><div id="DeltaSuiteBarRight" class="ms-core-deltaSuiteBarRight">'
        '<div id="welcomeMenuBox" style="display:none"><a id="ctl00_IdWelcome_ExplicitLogin" '
        'class="ms-signInLink" href="/_layouts/15/Authenticate.aspx" style="display:inline;">Đăng nhập</a>'
        "</div></div></div></div>"
        '<div id="s4-ribbonrow" style="height:35px;"><div id="globalNavBox" class="noindex"><div id="ribbonBox">'
        '<div id="s4-ribboncont"><div id="DeltaSPRibbon"><div class="ms-cui-ribbonTopBars"><div '
        'class="ms-cui-topBar1"></div><div class="ms-cui-topBar2"><div class="ms-cui-jewel-container" '
        f'style="display:none"></div><ul class="ms-cui-tts" role="tablist">{tabs}</ul></div></div>'
        '<span id="RibbonContainer-TabRowRight" class="ms-cui-TabRowRight s4-trc-container s4-notdlg">'
        '<a id="ctl00_site_share_button" class="ms-promotedActionButton" href="javascript:;" '
        "onclick=\"EnsureScriptFunc('sharing.js', 'DisplaySharingDialog', function () { DisplaySharingDialog(); })\">"
        '<span class="ms-promotedActionButton-text">Chia sẻ</span></a><a id="ctl00_followingButton" '
        'class="ms-promotedActionButton" href="javascript:;" onclick="SP.SOD.executeFunc(\'followingcommon.js\', '
        "'FollowSite', function() { FollowSite(); }); return false;\"><span class=\"ms-promotedActionButton-text\">"
        "Theo dõi</span></a></span></div></div></div>"
        '<div id="DeltaSPNavigation"><span id="ctl00_SPNavigation_ctl00_publishingConsoleV4"></span></div>'
        "</div></div>"
        '<div id="DeltaWebPartAdderUpdatePanelContainer" class="ms-core-webpartadder"><div '
        'id="WebPartAdderUpdatePanelContainer"><div id="ctl00_WebPartAdderUpdatePanel"></div></div></div>'
        "</div>"
    )


def _sidebar() -> str:
    docnhieu = [A3, C2, B3]
    links = [
        ("Cổng TTĐT Đảng Cộng sản Việt Nam", "https://dangcongsan.vn"),
        ("Cổng TTĐT tỉnh Quảng Ninh", "https://www.quangninh.gov.vn"),
        ("Học viện Chính trị quốc gia Hồ Chí Minh", "https://hcma.vn"),
        ("Báo Quảng Ninh", "https://baoquangninh.vn"),
    ]
    return (
        '<div class="tct-cotphai">'
        '<div class="tct-hop"><div class="tct-hop-td">Thông báo</div><div class="tct-hop-nd">'
        '<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">'
        f'<a href="{slug_path(B3)}">{esc(B3.title)}</a><br/>'
        "Lịch nghỉ Tết Dương lịch năm 2027 của cán bộ, viên chức và học viên: từ 01/01/2027 đến hết "
        "04/01/2027.</marquee></div></div>"
        '<div class="tct-hop"><div class="tct-hop-td">Đọc nhiều nhất</div><ul class="tct-docnhieu">'
        + "".join(f'<li><a href="{slug_path(s)}">{esc(s.title)}</a></li>' for s in docnhieu)
        + "</ul></div>"
        '<div class="tct-hop"><div class="tct-hop-td">Liên kết website</div><select id="ddlLienKet" '
        "onchange=\"if(this.value!='')window.open(this.value,'_blank');\"><option value=\"\">-- Chọn liên kết --</option>"
        + "".join(f'<option value="{u}">{esc(t)}</option>' for t, u in links)
        + "</select>"
        + "".join(
            f'<a href="{u}" target="_blank"><img src="/Style%20Library/TCT/images/lk-{i}.jpg" alt="{esc(t)}" '
            'width="230" /></a>'
            for i, (t, u) in enumerate(links[:3], 1)
        )
        + "</div>"
        '<div class="tct-hop"><div class="tct-hop-td">Thăm dò ý kiến</div><div class="tct-khaosat">'
        "<p>Bạn đánh giá thế nào về chất lượng Trang thông tin điện tử của Nhà trường?</p>"
        '<input type="radio" name="rdKhaoSat" value="1" id="ks1"/><label for="ks1">Rất hữu ích</label><br/>'
        '<input type="radio" name="rdKhaoSat" value="2" id="ks2"/><label for="ks2">Hữu ích</label><br/>'
        '<input type="radio" name="rdKhaoSat" value="3" id="ks3"/><label for="ks3">Cần cải tiến</label><br/>'
        '<a href="javascript:__doPostBack(\'ctl00$g_4f1d$btnBieuQuyet\',\'\')" class="tct-nut">Biểu quyết</a> '
        '<a href="javascript:__doPostBack(\'ctl00$g_4f1d$btnKetQua\',\'\')" class="tct-nut">Xem kết quả</a>'
        "</div></div>"
        '<div class="tct-hop"><div class="tct-hop-td">Thống kê truy cập</div><table class="tct-thongke">'
        "<tr><td>Đang online:</td><td>27</td></tr><tr><td>Hôm nay:</td><td>1.203</td></tr>"
        "<tr><td>Tổng truy cập:</td><td>2.845.117</td></tr></table></div>"
        "</div>"
    )


def _breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    parts = []
    for label, href in trail:
        if href:
            parts.append(f'<span><a href="{href}">{esc(label)}</a></span>')
        else:
            parts.append(f'<span class="tct-dh-ht">{esc(label)}</span>')
    sep = '<span class="tct-dh-sep"> › </span>'
    return f'<div class="tct-dieuhuong"><span id="ctl00_PlaceHolderMain_SiteMapPath1">{sep.join(parts)}</span></div>'


def page(
    request: Request,
    *,
    title: str,
    main: str,
    web: str = "",
    web_title: str = SCHOOL,
    file: str = "default.aspx",
    item_id: int = 1,
    canonical: str | None = None,
    description: str | None = None,
) -> Response:
    seed = request.target
    head_extra = ""
    if description:
        head_extra += f'<meta name="description" content="{esc(description)}" />\n'
    if canonical:
        head_extra += f'<link rel="canonical" href="{esc(canonical)}" />\n'
    web_url = web.replace("/", "\\u002f") if web else "\\u002f"
    req_path = request.path.replace("/", "\\u002f")
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head id="ctl00_Head1"><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />
<meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" />
<title>
\t{esc(title)}
</title>
{head_extra}<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2ro6E9tWL%2FbGcU0%2BYHqgjg%3D%3D" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/TCT/css/tct-giaodien.css" />
<script type="text/javascript" src="/_layouts/15/init.js?rev=Pp2UWjEQnYkTW5ukZ1%2FYEA%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvjcXnk&amp;t=6119e399"></script>
<script type="text/javascript" src="/Style%20Library/TCT/js/jquery-1.10.2.min.js"></script>
<link type="text/xml" rel="alternate" href="{web}/_vti_bin/spsdisco.aspx" />
<link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=23" type="image/vnd.microsoft.icon" id="favicon" />
</head>
<body onhashchange="if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();">
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<form method="post" action="./{file}{"?" + esc(request.query) if request.query else ""}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
{_hidden_fields(seed)}
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
var _spPageContextInfo = {{webServerRelativeUrl: "{web_url}", webAbsoluteUrl: "", siteServerRelativeUrl: "\\u002f", serverRequestPath: "{req_path}", layoutsUrl: "_layouts\\u002f15", webTitle: "{web_title}", webTemplate: "39", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", clientServerTimeDelta: new Date("2026-12-05T02:17:44.4419875Z") - new Date(), webUIVersion: 15, pageItemId: {item_id}, pagePersonalizationScope: 1, alertsEnabled: false, allowSilverlightPrompt: 'True'}};
var _spBodyOnLoadFunctionNames = ['_spBodyOnLoad', 'tctKhoiTao'];
//]]>
</script>
{_ribbon()}
<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">
<div class="tct-dauTrang">
<div class="tct-thanhtren"><span class="tct-homnay">{HEADER_TODAY}</span>
<span class="tct-lienket-nhanh"><a href="/Pages/default.aspx">Trang chủ</a> | <a href="/Pages/LienHe.aspx">Liên hệ</a> | <a href="https://mail.quangninh.gov.vn" target="_blank">Thư điện tử</a></span>
<div id="SearchBox" name="Control"><div class="ms-srch-sb ms-srch-sb-border" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sboxdiv"><input type="text" value="Tìm kiếm..." maxlength="2048" accesskey="S" title="Tìm kiếm..." id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" autocomplete="off" autocorrect="off" class="ms-textSmall ms-srch-sb-prompt ms-helperText" /><a title="Tìm kiếm" class="ms-srch-sb-searchLink" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_SearchLink" onclick="EnsureScriptFunc('Search.ClientControls.js', 'Srch.U', function() {{$find('ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr').search($get('ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox').value);}});" href="javascript: {{}}"><img src="/_layouts/15/images/searchresultui.png?rev=23" class="ms-srch-sb-searchImg" alt="Tìm kiếm" /></a></div></div>
</div>
<div class="tct-banner"><a href="/Pages/default.aspx" class="tct-logo"><img src="/Style%20Library/TCT/images/logo-tct.png" alt="Logo Trường Chính trị Nguyễn Văn Cừ" /></a>
<h1 class="tct-banner-ten"><span class="tct-banner-tren">TỈNH ỦY QUẢNG NINH</span> TRƯỜNG CHÍNH TRỊ NGUYỄN VĂN CỪ</h1></div>
{_menu()}
</div>
<div class="tct-than">
<div id="contentRow"><div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
{main}
</div></div>
{_sidebar()}
</div></div>
<div class="tct-chantrang"><div class="tct-ct-nd">
<p><strong>TRANG THÔNG TIN ĐIỆN TỬ TRƯỜNG CHÍNH TRỊ NGUYỄN VĂN CỪ TỈNH QUẢNG NINH</strong></p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Trường Chính trị Nguyễn Văn Cừ</p>
<p>Địa chỉ: Số 1 đường Nguyễn Văn Cừ, phường Hồng Gai, tỉnh Quảng Ninh - Điện thoại: 0203.3835.219 - Fax: 0203.3835.220</p>
<p>Email: truongchinhtri@quangninh.gov.vn</p>
<p>© Bản quyền thuộc Trường Chính trị Nguyễn Văn Cừ. Thiết kế và phát triển: QNICT</p>
</div></div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000; RegisterSod("sp.js", "\\u002f_layouts\\u002f15\\u002fsp.js?rev=ZtvPNUvLO%2FFvVzYc5BJrGQ%3D%3D");
//]]>
</script>
</form>
<span id="DeltaSPWebPartManager"></span>
</body>
</html>
"""
    return html(doc)


# --- article text -----------------------------------------------------------------------------

_WORD_P = (
    '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
    'line-height:150%"><span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New '
    'Roman&quot;,serif">'
)
_WORD_SPAN = '<span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'


def _t(value: str, zw: bool) -> str:
    """Escaped text; in the 2013 ribbon editor's forms a paragraph starts with U+200B."""
    return ("&#8203;" if zw else "") + esc(value)


def _word_calls(markup: str) -> str:
    """Word's footnote calls kept as printed ``[n]`` but wrapped in the footnote anchors."""
    for n in range(1, 10):
        markup = markup.replace(
            f"[{n}]",
            f'<a href="#_ftn{n}" name="_ftnref{n}" title=""><span class="MsoFootnoteReference">'
            f'<span style="font-size:14.0pt">[{n}]</span></span></a>',
        )
    return markup


def _image(img: Img, form: str) -> str:
    alt = img.src.rsplit("/", 1)[-1].split("?")[0]
    tag = f'<img class="ms-rtePosition-4" src="{esc(img.src)}" alt="{alt}" style="margin:5px;width:620px;" />'
    zw = "&#8203;" if form != "word" else ""
    if img.style == "table":
        return (
            '<table class="ms-rteTable-default" width="100%" cellspacing="0" style="width:100%;">'
            '<tbody><tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableEvenCol-default" '
            f'style="text-align:center;width:100%;">{tag}</td></tr>'
            '<tr class="ms-rteTableOddRow-default"><td class="ms-rteTableEvenCol-default" '
            f'style="text-align:center;width:100%;"><em>{zw}{esc(img.printed or "")}</em></td></tr>'
            "</tbody></table>"
        )
    if img.style == "center":
        return (
            f'<p style="text-align:center;">{zw}{tag}</p>'
            f'<p style="text-align:center;"><span class="ms-rteFontSize-1"><em>{zw}{esc(img.printed or "")}'
            "</em></span></p>"
        )
    if img.style == "credit":
        return (
            f'<div style="text-align:center;">{tag}</div>'
            f'<p style="text-align:right;"><em>{zw}{esc(img.printed or "")}</em></p>'
        )
    # "em": Word's centred picture and italic line
    return (
        f'<p class="MsoNormal" align="center" style="text-align:center"><img width="620" height="413" '
        f'src="{esc(img.src)}" alt="{alt}" /></p>'
        f'<p class="MsoNormal" align="center" style="text-align:center"><i><span style="font-size:12.0pt">'
        f"{esc(img.printed or '')}</span></i></p>"
    )


_WPBOX = (
    '<div class="ms-rtestate-read ms-rte-wpbox" contenteditable="false" unselectable="on">'
    '<div class="ms-rtestate-notify ms-rtestate-read 7d1c3a52-0b8e-4f2a-9d5e-61a0c2f4b7e9" '
    'id="div_7d1c3a52-0b8e-4f2a-9d5e-61a0c2f4b7e9" unselectable="on">'
    '<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title" '
    'id="WebPartTitleWPQ5"><span title="Văn bản liên quan" class="js-webpart-titleCell"><h2 '
    'class="ms-webpart-titleText"><nobr><span>Văn bản liên quan</span></nobr></h2></span></div>'
    '<div webpartid="7d1c3a52-0b8e-4f2a-9d5e-61a0c2f4b7e9" haspers="false" id="WebPartWPQ5" '
    'width="100%" class="ms-WPBody" allowdelete="false"><table class="ms-listviewtable" '
    'cellspacing="0" width="100%" summary="Văn bản"><tbody>'
    '<tr class="ms-viewheadertr"><th class="ms-vh2">Trích yếu</th><th class="ms-vh2">Ngày ban hành</th></tr>'
    '<tr class="ms-itmhover"><td class="ms-vb2"><a href="/van-ban/Lists/VanBan/DispForm.aspx?ID=118">'
    "Hướng dẫn số 12-HD/BTCTW về một số vấn đề cụ thể nâng cao chất lượng sinh hoạt chi bộ</a></td>"
    '<td class="ms-vb2">15/10/2026</td></tr>'
    '<tr class="ms-itmhover ms-alternating"><td class="ms-vb2"><a href="/van-ban/Lists/VanBan/DispForm.aspx?ID=121">'
    "Kế hoạch số 45-KH/ĐU của Đảng ủy Nhà trường về sinh hoạt chuyên đề năm 2026</a></td>"
    '<td class="ms-vb2">02/11/2026</td></tr></tbody></table></div></div></div>'
    '<div id="vid_7d1c3a52-0b8e-4f2a-9d5e-61a0c2f4b7e9" unselectable="on" style="display:none;"></div></div>'
)

_REUSABLE = (
    '<div class="ms-rtestate-read ms-reusableTextView" contenteditable="false" '
    'id="__publishingReusableFragment" fragmentid="/ReusableContent/3_.000" '
    'title="Ghi nguồn khi đăng lại" style="display:inline">'
    '<p class="tct-ghinguon"><em>Mọi thông tin đăng tải lại từ Trang thông tin điện tử Trường Chính trị '
    "Nguyễn Văn Cừ đề nghị ghi rõ nguồn “Trường Chính trị Nguyễn Văn Cừ”.</em></p></div>"
)


def _table(rows: list[P], zw: bool) -> str:
    out = ['<table class="ms-rteTable-default" width="100%" cellspacing="0"><tbody>']
    for i, row in enumerate(rows):
        cells = row.text.split(" | ")
        if row.style == "th":
            out.append(
                '<tr class="ms-rteTableHeaderRow-default">'
                + "".join(f'<th class="ms-rteTableHeaderEvenCol-default">{_t(c, zw)}</th>' for c in cells)
                + "</tr>"
            )
        else:
            kind = "Odd" if i % 2 else "Even"
            out.append(
                f'<tr class="ms-rteTable{kind}Row-default">'
                + "".join(f'<td class="ms-rteTable{kind}Col-default">{esc(c)}</td>' for c in cells)
                + "</tr>"
            )
    out.append("</tbody></table>")
    return "".join(out)


def body_html(story: Story) -> str:
    """The PublishingPageContent field as the editor left it."""
    form = story.opts["form"]
    zw = form != "word"
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "field")]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Raw):
            out.append(_WPBOX if block.html == "@@WPBOX@@" else block.html)
            i += 1
            continue
        if isinstance(block, Img):
            out.append(_image(block, form))
            i += 1
            continue
        style = block.style
        if style in ("li", "msolist", "th", "tr"):
            group = [block]
            while (
                i + 1 < len(blocks)
                and isinstance(blocks[i + 1], P)
                and blocks[i + 1].style in (("th", "tr") if style in ("th", "tr") else (style,))
            ):
                i += 1
                group.append(blocks[i])
            i += 1
            if style in ("th", "tr"):
                out.append(_table(group, zw))
            elif style == "msolist":
                for n, item in enumerate(group):
                    pos = "First" if n == 0 else ("Last" if n == len(group) - 1 else "Middle")
                    out.append(
                        f'<p class="MsoListParagraphCxSp{pos}" style="margin-left:.5in;text-align:justify;'
                        'text-indent:-.25in;mso-list:l0 level1 lfo1"><span style="font-size:14.0pt;'
                        'mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;'
                        f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>{_WORD_SPAN}{esc(item.text)}</span></p>"
                    )
            else:
                out.append("<ul>" + "".join(f"<li>{_t(it.text, zw)}</li>" for it in group) + "</ul>")
            continue
        # a paragraph, maybe continued after a <br> by the next block
        text = _t(block.text, zw) if form != "word" else esc(block.text)
        while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
            i += 1
            text += "<br/>" + esc(blocks[i].text)
        i += 1
        if form == "word":
            if style in ("h", "bold"):
                out.append(f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify"><b>{_WORD_SPAN}{text}</span></b></p>')
            elif style == "note":
                n = block.text[1]
                rest = esc(block.text[4:])
                out.append(
                    f'<div id="ftn{n}"><p class="MsoFootnoteText"><a href="#_ftnref{n}" name="_ftn{n}" title="">'
                    f'<span class="MsoFootnoteReference">[{n}]</span></a> {rest}</p></div>'
                )
            else:
                out.append(_WORD_P + _word_calls(text) + "</span></p>")
        elif form == "div":
            if style in ("h", "bold"):
                out.append(f"<div><strong>{text}</strong></div>")
            else:
                out.append(f'<div style="text-align:justify;">{text}</div>')
        else:
            if style == "h":
                out.append(f'<h3 class="ms-rteElement-H3B">{text}</h3>')
            elif style == "bold":
                out.append(f'<p style="text-align:justify;"><strong>{text}</strong></p>')
            elif style == "note":
                out.append(f'<p class="ms-rteFontSize-1">{text}</p>')
            else:
                out.append(f'<p style="text-align:justify;">{text}</p>')
    if story.opts.get("reusable"):
        out.append(_REUSABLE)
    if form == "word":
        out.insert(0, '<div class="ExternalClass7F3A2C1B9E0D4A5F8B6C1D2E3F4A5B6C">')
        out.append("</div>")
    return "\n".join(out)


def _title_field(story: Story) -> str:
    return esc(story.title) + ("&#8203;" if story.opts.get("title_zw") else "")


def _summary_field_text(story: Story) -> str | None:
    """What the summary field holds: None when it only has the editor's U+200B."""
    if story.opts["summary_mode"] in ("field", "dup"):
        return story.summary
    return None


def _page_image(story: Story, ids: tuple[str, str]) -> str:
    field = next((b for b in story.blocks if isinstance(b, Img) and b.style == "field"), None)
    if field is None:
        return ""
    return (
        '<div class="tct-anhdd">'
        f'<span id="ctl00_PlaceHolderMain_{ids[0]}_label" style="display:none">Ảnh trang</span>'
        f'<div id="ctl00_PlaceHolderMain_{ids[0]}__ControlWrapper_RichImageField" class="ms-rtestate-field" '
        f'style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_{ids[0]}_label"><div '
        f'class="ms-rtestate-field" style="display:inline"><img alt="" src="{esc(field.src)}" '
        'style="BORDER:0px solid;" /></div></div>'
        f'<div class="tct-chuthich-dd"><span id="ctl00_PlaceHolderMain_{ids[1]}_label" style="display:none">'
        "Chú thích ảnh</span>"
        f'<div id="ctl00_PlaceHolderMain_{ids[1]}__ControlWrapper_RichHtmlField" class="ms-rtestate-field" '
        f'style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_{ids[1]}_label">&#8203;'
        f"{esc(field.printed or '')}</div></div></div>"
    )


def _views(story: Story) -> str:
    return f"{story.views():,}".replace(",", ".")


def _tin_khac(story: Story) -> str:
    items = _sorted(story.cat)[:3]
    lis = "".join(
        f'<li class="dfwp-item"><div class="item link-item bullet"><a href="{lower_path(s)}" title="">'
        f'{_title_field(s)}</a> <span class="tct-ngaytk">({s.opts["vi"][:10]})</span></div></li>'
        for s in items
    )
    return (
        '<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ4" class="s4-wpcell-plain '
        'ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth "><div class="ms-webpart-chrome '
        'ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth "><div class="ms-webpart-chrome-title" '
        'id="WebPartTitleWPQ4"><span title="Tin khác - Hiển thị chế độ xem động của nội dung từ trang của bạn." '
        'class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr>'
        '<span>Tin khác</span><span id="WebPartCaptionWPQ4"></span></nobr></h2></span></div>'
        '<div webpartid="0c6f1f0e-3a8b-4d0e-a3e2-5b7d2f9c8a11" haspers="false" id="WebPartWPQ4" width="100%" '
        'class="ms-WPBody noindex " allowdelete="false" style=""><div id="cbqwpctl00_ctl41_g_0c6f1f0e" '
        f'class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%">{lis}</ul></div>'
        '<div class="tct-xemtiep"><a href="' + f"/{story.cat}/Pages/default.aspx" + '">Xem tiếp »</a></div>'
        "</div></div></div></div>"
    )


def _byline_field(story: Story) -> str:
    byline = story.opts.get("byline")
    if not byline:
        return ""
    return (
        '<div class="tct-butdanh" style="text-align:right;"><span class="ms-metadata">Tác giả:</span> '
        f'<strong><span id="ctl00_PlaceHolderMain_ctl06__ControlWrapper_TextField">{esc(byline)}</span>'
        "</strong></div>"
    )


def article_page(request: Request, story: Story) -> Response:
    site = story.cat
    if site in SECTIONS:
        section, section_href = SECTIONS[site][1], f"/{site}/Pages/default.aspx"
    else:
        section, section_href = "Giới thiệu", None
    summary = _summary_field_text(story)
    share = quote(base_url(request) + slug_path(story), safe="")
    main = (
        _breadcrumb([("Trang chủ", "/Pages/default.aspx"), (section, section_href), (story.title, None)])
        + '<div id="s4-statusbarcontainer"><div id="pageStatusBar" class="s4-status-s1" style="display:block">'
        '<span id="status_1_body" class="s4-status-s1">Trang này đã được xuất bản. Sửa đổi lần cuối: '
        "04/12/2026 9:15 SA</span></div></div>"
        '<div class="article article-tct" id="tct-baiviet">'
        '<div class="tct-tdbv"><span id="ctl00_PlaceHolderMain_TitleField__ControlWrapper_TextField" '
        f'class="tct-tieude">{_title_field(story)}</span></div>'
        '<div class="tct-ttbv"><span class="tct-nd"><span class="ms-metadata">Ngày đăng:</span> '
        f'<span id="ctl00_PlaceHolderMain_ArticleDateField__ControlWrapper_DateTimeField">{story.opts["vi"]}</span>'
        f'</span> <span class="tct-sep">|</span> <span class="tct-nguoidang">Người đăng: {esc(story.opts["creator"])}</span>'
        f' <span class="tct-sep">|</span> <span class="tct-luotxem">Lượt xem: {_views(story)}</span></div>'
        '<div class="tct-tomtat"><span id="ctl00_PlaceHolderMain_ctl02_label" style="display:none">Tóm tắt</span>'
        '<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" '
        'style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">'
        + (f"<p>&#8203;{esc(summary)}</p>" if summary else "&#8203;")
        + "</div></div>"
        + _page_image(story, ("ctl03", "ctl05"))
        + '<div class="tct-ndbv"><span id="ctl00_PlaceHolderMain_ctl04_label" style="display:none">Nội dung '
        'trang</span><div id="ctl00_PlaceHolderMain_ctl04__ControlWrapper_RichHtmlField" class="ms-rtestate-field" '
        'style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl04_label">'
        + body_html(story)
        + "</div></div>"
        + _byline_field(story)
        + '<div class="tct-congcu"><a href="javascript:window.print();"><img src="/Style%20Library/TCT/images/'
        'icon-in.gif" alt="" /> In bài viết</a> <a href="mailto:?subject=' + quote(story.title) + "&amp;body="
        + share + '"><img src="/Style%20Library/TCT/images/icon-email.gif" alt="" /> Gửi email</a> '
        '<a href="javascript:history.back();">Quay lại</a> <a href="https://www.facebook.com/sharer/sharer.php?u='
        + share + '" target="_blank"><img src="/Style%20Library/TCT/images/icon-fb.png" alt="Chia sẻ Facebook" />'
        "</a></div>"
        + (_tin_khac(story) if site in SECTIONS else "")
        + "</div>"
    )
    return page(
        request,
        title=story.opts.get("browser_title") or story.title,
        main=main,
        web=f"/{site}",
        web_title=section,
        file=f"{story.slug}.aspx",
        item_id=story.opts["item"],
        canonical=(base_url(request) + slug_path(story)) if request.query else None,
        description=story.summary if story.opts.get("browser_title") else None,
    )


def chitiet_page(request: Request, story: Story | None) -> Response:
    canonical = base_url(request) + "/Pages/ChiTiet.aspx"
    if story is None:
        main = (
            _breadcrumb([("Trang chủ", "/Pages/default.aspx"), ("Chi tiết tin", None)])
            + '<div class="dvt_chitiet"><div class="dvt-thongbao">Không tìm thấy bài viết yêu cầu hoặc '
            "bài viết đã hết hạn hiển thị.</div></div>"
        )
        return page(request, title="Chi tiết tin", main=main, file="ChiTiet.aspx", item_id=3, canonical=canonical)
    section = SECTIONS[story.cat][1]
    summary = _summary_field_text(story)
    main = (
        _breadcrumb([("Trang chủ", "/Pages/default.aspx"), (section, f"/{story.cat}/Pages/default.aspx"), ("Chi tiết tin", None)])
        + '<div class="dvt_chitiet" id="ctl00_ctl40_g_9b2e6d14_dvt"><table border="0" width="100%" cellpadding="2" '
        'cellspacing="0"><tr><td class="ms-vb">'
        f'<div class="dvt-tieude">{_title_field(story)}</div>'
        f'<div class="dvt-ngay">Ngày đăng: {story.opts["us"]} &#160;|&#160; Lượt xem: {_views(story)}</div>'
        + (f'<div class="dvt-tomtat"><b>{esc(summary)}</b></div>' if summary else "")
        + _page_image(story, ("g_9b2e_img", "g_9b2e_cap"))
        + f'<div class="dvt-noidung">{body_html(story)}</div>'
        + (f'<div class="dvt-tacgia" style="text-align:right"><b>{esc(story.opts["byline"])}</b></div>' if story.opts.get("byline") else "")
        + "</td></tr></table></div>"
        + f'<div class="tct-xemtiep"><a href="/{story.cat}/Pages/default.aspx">« Về trang {esc(section)}</a></div>'
    )
    return page(
        request,
        title="Chi tiết tin - Trường Chính trị Nguyễn Văn Cừ",
        main=main,
        file="ChiTiet.aspx",
        item_id=3,
        canonical=canonical,
    )


# --- listings ---------------------------------------------------------------------------------

TIN_TUC_PAGE = 4
DAO_TAO_PAGE = 3
VIEW_GUID = "%7B2B0E6C4D-81A7-4F3B-9C62-D0E5A1B7F348%7D"


def _utc_key(story: Story) -> str:
    """The sort key SharePoint puts in the pager: ArticleStartDate in UTC, URL-encoded."""
    stamp = story.published_at or ""
    local = datetime.fromisoformat(stamp[:19]) if "T" in stamp else datetime.fromisoformat(stamp + "T00:00:00")
    utc = local - timedelta(hours=7)
    return utc.strftime("%Y%m%d") + "%20" + utc.strftime("%H") + "%3a" + utc.strftime("%M") + "%3a00"


def _refresh_link(query: str, alt: str, image: str) -> str:
    """SharePoint 2013's list-view pager arrow: the URL lives only in the onclick, JS-escaped."""
    js = query.replace("&", "\\u0026")
    return (
        f"<a onclick='javascript:RefreshPageTo(event, &quot;{js}&quot;);javascript:return false;' "
        'href="javascript:" class="ms-commandLink ms-promlink-button ms-promlink-button-enabled">'
        f'<span class="ms-promlink-button-image"><img src="/_layouts/15/images/spcommon.png?rev=23" '
        f'class="{image}" alt="{alt}" /></span></a>'
    )


def _webpart(title: str, wpq: str, inner: str) -> str:
    return (
        '<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPart' + wpq + '" class="s4-wpcell-plain '
        'ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth "><div class="ms-webpart-chrome '
        'ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth "><div class="ms-webpart-chrome-title" '
        f'id="WebPartTitle{wpq}"><span title="{esc(title)}" class="js-webpart-titleCell"><h2 '
        'style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>'
        f'{esc(title)}</span></nobr></h2></span></div><div haspers="false" id="WebPart{wpq}" width="100%" '
        f'class="ms-WPBody noindex " allowdelete="false">{inner}</div></div></div></div>'
    )


def tin_tuc_listing(request: Request) -> Response | None:
    items = _sorted("tin-tuc")
    params = request.params
    if not request.query:
        first = 1
    elif params.get("Paged") == "TRUE" and params.get("PageFirstRow", "").isdigit():
        first = int(params["PageFirstRow"])
        if not 1 <= first <= len(items):
            return None
    else:
        return None
    rows = items[first - 1 : first - 1 + TIN_TUC_PAGE]
    trs = []
    for n, s in enumerate(rows):
        href = slug_path(s)
        summary = _summary_field_text(s)
        trs.append(
            f'<tr class="ms-itmhover{" ms-alternating" if n % 2 else ""}" iid="{VIEW_GUID},{s.opts["item"]},0">'
            f'<td class="ms-vb-imgFirstCell tct-anhnho"><a href="{href}"><img src="{esc(s.opts["thumb"])}" '
            'alt="" width="150" /></a></td><td class="ms-vb2 tct-ttds">'
            f'<a class="tct-lnk-td" onfocus="OnLink(this)" href="{href}" onclick="EditLink2(this,\'WPQ3\');return false;" '
            f'target="_self">{_title_field(s)}</a><div class="tct-ngay-ds">{s.opts["vi"][:10]}</div>'
            + (f'<div class="tct-mota">{esc(summary)}</div>' if summary else "")
            + "</td></tr>"
        )
    last = first - 1 + len(rows)
    pager = [f'<td nowrap="nowrap" class="ms-paging">{first} - {last}</td>']
    if first > 1:
        nxt = items[first - 1]
        q = (
            f"?Paged=TRUE&PagedPrev=TRUE&p_ArticleStartDate={_utc_key(nxt)}&p_ID={nxt.opts['item']}"
            f"&PageFirstRow={max(1, first - TIN_TUC_PAGE)}&&View={VIEW_GUID}"
        )
        pager.insert(0, "<td>" + _refresh_link(q, "Trang trước", "ms-promlink-button-left") + "</td>")
    if last < len(items):
        prev = items[last - 1]
        q = (
            f"?Paged=TRUE&p_ArticleStartDate={_utc_key(prev)}&p_ID={prev.opts['item']}"
            f"&PageFirstRow={last + 1}&&View={VIEW_GUID}"
        )
        pager.append("<td>" + _refresh_link(q, "Trang sau", "ms-promlink-button-right") + "</td>")
    inner = (
        f'<table class="ms-listviewtable tct-dstin" id="{{5C1A9E3B-7D42-4E8F-A0B6-93C2D1E7F564}}-{VIEW_GUID}" '
        'border="0" cellspacing="0" dir="none" width="100%" summary="Trang"><tbody>'
        + "".join(trs)
        + '</tbody></table><table width="100%" class="ms-bottompaging" id="bottomPaging'
        'WPQ3"><tr><td class="ms-bottompagingline1"></td></tr><tr><td class="ms-vb ms-bottompaging">'
        '<table><tr><td id="bottomPagingCellWPQ3" align="center"><table><tr>' + "".join(pager) + "</tr></table>"
        "</td></tr></table></td></tr></table>"
    )
    main = _breadcrumb([("Trang chủ", "/Pages/default.aspx"), ("Tin tức - Sự kiện", None)]) + _webpart(
        "Tin tức - Sự kiện", "WPQ3", inner
    )
    return page(request, title="Tin tức - Sự kiện", main=main, web="/tin-tuc", web_title="Tin tức - Sự kiện", item_id=1)


def dao_tao_listing(request: Request) -> Response | None:
    items = _sorted("dao-tao")
    pages = (len(items) + DAO_TAO_PAGE - 1) // DAO_TAO_PAGE
    raw = request.params.get("page", "1") if request.query else "1"
    if set(request.params) - {"page"} or not raw.isdigit() or not 1 <= int(raw) <= pages:
        return None
    num = int(raw)
    rows = items[(num - 1) * DAO_TAO_PAGE : num * DAO_TAO_PAGE]
    entries = []
    for s in rows:
        summary = _summary_field_text(s)
        entries.append(
            f'<div class="tct-dsdt-muc"><a class="tct-dsdt-anh" href="{slug_path(s)}"><img '
            f'src="{esc(s.opts["thumb"])}" alt="" /></a><h3 class="tct-dsdt-td"><a href="{slug_path(s)}">'
            f'{_title_field(s)}</a></h3><span class="tct-dsdt-ngay">Ngày {s.opts["vi"][:10]}</span>'
            + (f"<p>{esc(summary)}</p>" if summary else "")
            + '<div class="clear"></div></div>'
        )
    links = []
    for n in range(1, pages + 1):
        if n == num:
            links.append(f'<span class="tct-pt-ht">{n}</span>')
        else:
            links.append(f'<a href="/dao-tao/Pages/default.aspx?page={n}">{n}</a>')
    if num < pages:
        links.append(f'<a href="/dao-tao/Pages/default.aspx?page={num + 1}" title="Trang sau">Sau »</a>')
    inner = (
        '<div class="tct-dsdt" id="ctl00_ctl40_g_c3a8e1f2_TCTNewsList">' + "".join(entries)
        + '<div class="tct-phantrang"><span>Trang:</span> ' + " ".join(links) + "</div></div>"
    )
    main = _breadcrumb([("Trang chủ", "/Pages/default.aspx"), ("Đào tạo - Bồi dưỡng", None)]) + _webpart(
        "Đào tạo - Bồi dưỡng", "WPQ2", inner
    )
    return page(request, title="Đào tạo - Bồi dưỡng", main=main, web="/dao-tao", web_title="Đào tạo - Bồi dưỡng", item_id=1)


def _cqwp_items(stories: list[Story], href=slug_path, with_desc: bool = True) -> str:
    lis = []
    for s in stories:
        summary = _summary_field_text(s) if with_desc else None
        lis.append(
            '<li class="dfwp-item"><div class="item"><div class="image-area-left"><a href="'
            f'{esc(href(s))}" target=""><img class="image" src="{esc(s.opts["thumb"])}" alt="" /></a></div>'
            f'<div class="link-item"><a href="{esc(href(s))}" title="">{_title_field(s)}</a>'
            f'<span class="tct-ngay-cq"> ({s.opts["vi"][:10]})</span>'
            + (f'<div class="description">{esc(summary)}</div>' if summary else "")
            + "</div></div></li>"
        )
    return '<ul class="dfwp-column dfwp-list" style="width:100%">' + "".join(lis) + "</ul>"


def nckh_listing(request: Request) -> Response | None:
    if request.query:
        return None
    inner = '<div id="cbqwpctl00_ctl40_g_7e21" class="cbq-layout-main">' + _cqwp_items(_sorted("nckh")) + "</div>"
    main = _breadcrumb([("Trang chủ", "/Pages/default.aspx"), ("Nghiên cứu khoa học", None)]) + _webpart(
        "Nghiên cứu khoa học", "WPQ2", inner
    )
    return page(request, title="Nghiên cứu khoa học", main=main, web="/nckh", web_title="Nghiên cứu khoa học", item_id=1)


def home(request: Request) -> Response | None:
    if request.query:
        return None
    newest = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)[:5]
    top, rest = newest[0], newest[1:]
    feature = (
        '<div class="tct-tinnoibat"><a href="' + esc(chitiet_path(top)) + '"><img src="'
        + esc(top.opts["thumb"].replace("RenditionID=2", "RenditionID=3")) + '" alt="" /></a>'
        f'<h2 class="tct-tnb-td"><a href="{esc(chitiet_path(top))}">{_title_field(top)}</a></h2>'
        f'<p class="tct-tnb-mota">{esc(top.summary or "")}</p></div>'
    )
    tinmoi = _webpart(
        "Tin mới",
        "WPQ2",
        '<div id="cbqwpctl00_ctl40_g_1a2b" class="cbq-layout-main">' + feature
        + _cqwp_items(rest, href=chitiet_path, with_desc=False) + "</div>",
    )
    blocks = []
    for n, (site, (_cate, name)) in enumerate(SECTIONS.items(), start=3):
        blocks.append(
            _webpart(
                name,
                f"WPQ{n}",
                '<div class="cbq-layout-main">' + _cqwp_items(_sorted(site)[:3], with_desc=False)
                + f'<div class="tct-xemtiep"><a href="/{site}/Pages/default.aspx">Xem thêm »</a></div></div>',
            )
        )
    video = (
        '<div class="tct-video"><div class="tct-hop-td">Video</div><object width="320" height="240" '
        'data="/Style%20Library/TCT/player.swf?file=/Video/gioi-thieu-truong.mp4" type="application/x-shockwave-flash">'
        '<param name="movie" value="/Style%20Library/TCT/player.swf" /></object></div>'
    )
    main = '<div class="tct-trangchu">' + tinmoi + "".join(blocks) + video + "</div>"
    return page(request, title=SCHOOL, main=main, item_id=1)


# --- pages that are not articles ---------------------------------------------------------------

INTRO = Story(
    id=90,
    slug="lich-su-phat-trien",
    title="Lịch sử hình thành và phát triển Trường Chính trị Nguyễn Văn Cừ",
    cat="gioi-thieu",
    published_at=None,
    blocks=[
        P(
            "Trường Chính trị Nguyễn Văn Cừ tỉnh Quảng Ninh có tiền thân là Trường Đảng Hồng Quảng, được "
            "thành lập năm 1955; trải qua các thời kỳ với nhiều tên gọi khác nhau, năm 2003 Trường được "
            "mang tên đồng chí Nguyễn Văn Cừ, Tổng Bí thư của Đảng (1938 - 1940)."
        ),
        P(
            "Trường là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy, chịu sự chỉ đạo trực tiếp, toàn diện "
            "của Ban Thường vụ Tỉnh ủy; có chức năng tham mưu và tổ chức đào tạo, bồi dưỡng cán bộ lãnh "
            "đạo, quản lý của hệ thống chính trị ở cơ sở."
        ),
        P(
            "Trải qua hơn 70 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn "
            "lượt cán bộ, đảng viên; được Đảng, Nhà nước tặng thưởng Huân chương Độc lập hạng Ba, Huân "
            "chương Lao động hạng Nhất, hạng Nhì, hạng Ba."
        ),
    ],
    opts={
        "item": 2,
        "vi": "15/03/2019 9:00 SA",
        "us": "3/15/2019 9:00 AM",
        "form": "rte",
        "summary_mode": "empty",
        "byline": "Phòng Tổ chức - Hành chính",
        "creator": "Quản trị cổng",
    },
)


def _simple(request: Request, title: str, trail: list[tuple[str, str | None]], inner: str, web: str = "") -> Response:
    main = _breadcrumb([("Trang chủ", "/Pages/default.aspx"), *trail]) + (
        f'<div class="tct-trangtinh"><div class="tct-tdbv"><span class="tct-tieude">{esc(title)}</span></div>'
        f'<div class="ms-rtestate-field">{inner}</div></div>'
    )
    return page(request, title=title, main=main, web=web, item_id=5)


def co_cau(request: Request) -> Response:
    rows = [
        ("Ban Giám hiệu", "Hiệu trưởng và 02 Phó Hiệu trưởng"),
        ("Phòng Tổ chức - Hành chính", "0203.3835.219"),
        ("Phòng Quản lý đào tạo và Nghiên cứu khoa học", "0203.3835.221"),
        ("Khoa Lý luận cơ sở", "0203.3835.223"),
        ("Khoa Xây dựng Đảng", "0203.3835.224"),
        ("Khoa Nhà nước và pháp luật", "0203.3835.225"),
        ("Khoa Dân vận", "0203.3835.226"),
    ]
    inner = (
        '<table class="ms-rteTable-default" width="100%"><tbody><tr><th>Đơn vị</th><th>Ghi chú / Điện thoại</th></tr>'
        + "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows)
        + "</tbody></table>"
    )
    return _simple(request, "Cơ cấu tổ chức", [("Giới thiệu", None), ("Cơ cấu tổ chức", None)], inner, "/gioi-thieu")


def lien_he(request: Request) -> Response:
    inner = (
        "<p><strong>TRƯỜNG CHÍNH TRỊ NGUYỄN VĂN CỪ TỈNH QUẢNG NINH</strong></p>"
        "<p>Địa chỉ: Số 1 đường Nguyễn Văn Cừ, phường Hồng Gai, tỉnh Quảng Ninh</p>"
        "<p>Điện thoại: 0203.3835.219 - Fax: 0203.3835.220</p>"
        '<p>Email: <a href="mailto:truongchinhtri@quangninh.gov.vn">truongchinhtri@quangninh.gov.vn</a></p>'
        '<div class="tct-gopy"><p>Gửi ý kiến góp ý:</p><input type="text" name="ctl00$PlaceHolderMain$txtHoTen" '
        'placeholder="Họ và tên" /><input type="text" name="ctl00$PlaceHolderMain$txtEmail" placeholder="Email" />'
        '<textarea name="ctl00$PlaceHolderMain$txtNoiDung" rows="5"></textarea>'
        '<a href="javascript:__doPostBack(\'ctl00$PlaceHolderMain$btnGui\',\'\')" class="tct-nut">Gửi</a></div>'
    )
    return _simple(request, "Liên hệ", [("Liên hệ", None)], inner)


def lich_cong_tac(request: Request) -> Response:
    days = [
        ("Thứ Hai 30/11", "7h30: Giao ban Ban Giám hiệu - Phòng họp số 1"),
        ("Thứ Ba 01/12", "8h00: Khai giảng lớp TCLLCT K45 tại phường Cẩm Phả - Đ/c Phó Hiệu trưởng"),
        ("Thứ Tư 02/12", "14h00: Họp Hội đồng khoa học - Phòng họp số 2"),
        ("Thứ Năm 03/12", "14h00: Hội nghị cán bộ, viên chức, người lao động - Hội trường A"),
        ("Thứ Sáu 04/12", "8h00: Kiểm tra công tác quản lý học viên ký túc xá"),
        ("Thứ Bảy 05/12", "Giảng dạy các lớp hệ không tập trung theo kế hoạch"),
    ]
    inner = (
        '<div class="tct-lct-dh"><a href="javascript:__doPostBack(\'ctl00$PlaceHolderMain$lnkTuanTruoc\',\'\')">'
        "« Tuần trước</a> <strong>Tuần 49 (từ 30/11/2026 đến 06/12/2026)</strong> "
        '<a href="javascript:__doPostBack(\'ctl00$PlaceHolderMain$lnkTuanSau\',\'\')">Tuần sau »</a></div>'
        '<table class="ms-listviewtable tct-lct"><tbody><tr><th>Ngày</th><th>Nội dung</th></tr>'
        + "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in days)
        + "</tbody></table>"
    )
    return _simple(request, "Lịch công tác tuần", [("Lịch công tác", None)], inner)


ALBUM_PATH = "/thu-vien-anh/Pages/album-khai-giang-lop-tcllct-k45.aspx"


def thu_vien_anh(request: Request) -> Response:
    inner = (
        '<ul class="tct-album">'
        f'<li><a href="{ALBUM_PATH}"><img src="/thu-vien-anh/HinhAnh/k45/_t/anh-01_jpg.jpg" alt="" /></a>'
        f'<a href="{ALBUM_PATH}">Album: Lễ khai giảng lớp TCLLCT K45</a></li></ul>'
    )
    return _simple(request, "Thư viện ảnh", [("Thư viện ảnh", None)], inner, "/thu-vien-anh")


def album(request: Request) -> Response:
    inner = (
        "<p>Một số hình ảnh tại Lễ khai giảng lớp Trung cấp lý luận chính trị K45 hệ không tập trung.</p>"
        '<div class="tct-album-anh">'
        + "".join(
            f'<a href="/thu-vien-anh/HinhAnh/k45/anh-0{n}.jpg"><img src="/thu-vien-anh/HinhAnh/k45/_t/anh-0{n}_jpg.jpg" '
            f'alt="Ảnh {n}" /></a>'
            for n in range(1, 5)
        )
        + "</div>"
    )
    return _simple(
        request,
        "Album: Lễ khai giảng lớp TCLLCT K45",
        [("Thư viện ảnh", "/thu-vien-anh/Pages/default.aspx"), ("Album ảnh", None)],
        inner,
        "/thu-vien-anh",
    )


DOCS = {
    118: (
        "12-HD/BTCTW",
        "Hướng dẫn số 12-HD/BTCTW về một số vấn đề cụ thể nâng cao chất lượng sinh hoạt chi bộ",
        "15/10/2026",
        "Ban Bí thư",
        "HD-12-BTCTW.pdf",
    ),
    121: (
        "45-KH/ĐU",
        "Kế hoạch số 45-KH/ĐU của Đảng ủy Nhà trường về sinh hoạt chuyên đề năm 2026",
        "02/11/2026",
        "Đảng ủy Trường Chính trị Nguyễn Văn Cừ",
        "KH-45-DU.pdf",
    ),
}


def van_ban(request: Request) -> Response:
    rows = "".join(
        f'<tr class="ms-itmhover"><td class="ms-vb2">{esc(so)}</td><td class="ms-vb2"><a '
        f'href="/van-ban/Lists/VanBan/DispForm.aspx?ID={i}">{esc(ty)}</a></td><td class="ms-vb2">{d}</td></tr>'
        for i, (so, ty, d, _c, _f) in sorted(DOCS.items(), reverse=True)
    )
    inner = (
        '<table class="ms-listviewtable"><tbody><tr class="ms-viewheadertr"><th class="ms-vh2">Số ký hiệu</th>'
        f'<th class="ms-vh2">Trích yếu</th><th class="ms-vh2">Ngày ban hành</th></tr>{rows}</tbody></table>'
    )
    return _simple(request, "Văn bản", [("Văn bản", None)], inner, "/van-ban")


def disp_form(request: Request) -> Response | None:
    raw = request.params.get("ID", "")
    if set(request.params) != {"ID"} or not raw.isdigit() or int(raw) not in DOCS:
        return None
    so, ty, d, co, f = DOCS[int(raw)]
    fields = [
        ("Số ký hiệu", esc(so)),
        ("Trích yếu", esc(ty)),
        ("Ngày ban hành", d),
        ("Cơ quan ban hành", esc(co)),
        ("Tệp đính kèm", f'<a href="/van-ban/Lists/VanBan/Attachments/{raw}/{f}">{f}</a>'),
    ]
    inner = (
        '<table class="ms-formtable" style="margin-top: 8px;" border="0" cellpadding="0" cellspacing="0" width="100%">'
        + "".join(
            f'<tr><td nowrap="true" valign="top" width="113px" class="ms-formlabel"><h3 class="ms-standardheader">'
            f'<nobr>{label}</nobr></h3></td><td valign="top" class="ms-formbody" width="350px">{value}</td></tr>'
            for label, value in fields
        )
        + "</table>"
    )
    return _simple(request, f"Văn bản - {so}", [("Văn bản", "/van-ban/Pages/default.aspx"), (so, None)], inner, "/van-ban")


# --- the site ---------------------------------------------------------------------------------

PDFS = {
    "/dao-tao/documents/tb-215-tct.pdf",
    *(f"/van-ban/lists/vanban/attachments/{i}/{f.lower()}" for i, (*_x, f) in DOCS.items()),
}


class Site:
    def __init__(self) -> None:
        self.by_slug = {slug_path(s).lower(): s for s in STORIES}
        self.by_item = {(str(s.opts["item"]), str(SECTIONS[s.cat][0])): s for s in STORIES}
        self.pages = {
            "/pages/default.aspx": home,
            "/tin-tuc/pages/default.aspx": tin_tuc_listing,
            "/dao-tao/pages/default.aspx": dao_tao_listing,
            "/nckh/pages/default.aspx": nckh_listing,
            "/gioi-thieu/pages/co-cau-to-chuc.aspx": co_cau,
            "/pages/lienhe.aspx": lien_he,
            "/pages/lichcongtac.aspx": lich_cong_tac,
            "/thu-vien-anh/pages/default.aspx": thu_vien_anh,
            ALBUM_PATH.lower(): album,
            "/van-ban/pages/default.aspx": van_ban,
            "/van-ban/lists/vanban/dispform.aspx": disp_form,
        }

    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        if low in ("/", "/default.aspx"):
            return redirect("/Pages/default.aspx")
        if low == "/_layouts/15/authenticate.aspx":
            return Response(
                401,
                "<html><body><h1>401 UNAUTHORIZED</h1></body></html>",
                {"Content-Type": "text/html; charset=utf-8", "WWW-Authenticate": "NTLM"},
            )
        if low in PDFS:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if low.endswith(".aspx"):
            if low in self.by_slug:
                return article_page(request, self.by_slug[low]) if not request.query else None
            if low == "/gioi-thieu/pages/lich-su-phat-trien.aspx":
                return article_page(request, INTRO) if not request.query else None
            if low == "/pages/chitiet.aspx":
                if not request.query:
                    return chitiet_page(request, None)
                params = request.params
                story = self.by_item.get((params.get("ItemID", ""), params.get("CateID", "")))
                if story is None or set(params) != {"ItemID", "CateID"}:
                    return None
                return chitiet_page(request, story)
            handler = self.pages.get(low)
            return handler(request) if handler else None
        # images, styles and scripts of the libraries (PublishingImages, HinhAnh, Style Library, _layouts)
        return static_file(path)


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------

GOLD = [
    gold_record(
        s,
        slug_path(s),
        SECTIONS[s.cat][1],
        alt_paths=[lower_path(s), chitiet_path(s)],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/Pages/lich-su-phat-trien.aspx",
    "/gioi-thieu/Pages/co-cau-to-chuc.aspx",
    "/Pages/LienHe.aspx",
    "/Pages/LichCongTac.aspx",
    ALBUM_PATH,
    "/van-ban/Lists/VanBan/DispForm.aspx?ID=118",
    "/van-ban/Lists/VanBan/DispForm.aspx?ID=121",
]
