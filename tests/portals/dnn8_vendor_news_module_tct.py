"""Trường Chính trị tỉnh Kon Tum: DotNetNuke 8 with a Vietnamese vendor's news module (blind).

Platform
--------
DNN Platform 8 (one ASP.NET ``<form id="Form">`` around the page, ``__VIEWSTATE``, ``__doPostBack``,
skin panes ``dnn_ContentPane`` / ``dnn_LeftPane`` / ``dnn_RightPane``, each module wrapped in the
skin's container ``div.c_container`` with its title ``h2.c_title > span#dnn_ctrNNN_dnnTITLE_titleLabel``
and, in the container's foot, DNN's print and RSS icons). The news is a vendor module
(``DesktopModules/HTSoft.TinTuc``), not a DNN store module: its detail view prints
``div.tt_tieude`` (headline), ``div.tt_ngay`` (date line), a tool bar, ``div.tt_tomtat`` (sapo, bold),
sometimes a "Tin liên quan" box, ``div.tt_noidung`` (text), attachment lines and "Các tin khác".
DNN's breadcrumb (``span#dnn_dnnBREADCRUMB_lblBreadCrumb``) prints "Trang chủ > Tin tức > <tab>",
"Tin tức" being a disabled parent tab (a ``span``, no link).

URL scheme
----------
- ``/`` home (slider "Tin nổi bật", a box per category, notices marquee, sidebars).
- Tabs (DNN friendly URLs with custom page names): ``/tin-tuc-su-kien`` (tabid 58, news module
  mid 412), ``/dao-tao-boi-duong`` (tabid 59, mid 415), ``/thong-bao`` (tabid 60, mid 418); static
  tabs ``/gioi-thieu``, ``/chuc-nang-nhiem-vu``, ``/co-cau-to-chuc``, ``/lien-he``, ``/van-ban``,
  ``/thu-vien-anh``.
- Lists: ``/<tab>/tabid/<tabid>/Default.aspx?page=<n>`` (the pager's numbers) and
  ``/<tab>/page/<n>`` (the pager's › and » arrows); the tab's own URL is page 1.
  Page sizes: 4 (tab 58), 3 (tabs 59 and 60).
- Articles: ``/<tab>/ArticleID/<id>/<slug>`` (the slug is ignored by DNN's URL rewriter: any slug
  serves the article); also ``/Default.aspx?tabid=<tabid>&ArticleID=<id>`` (the home slider and the
  RSS feeds print this form); the module's print view ``/<tab>/ctl/Print/mid/<mid>/ArticleID/<id>``.
- RSS: ``/DesktopModules/HTSoft.TinTuc/RSS.aspx?tabid=<tabid>&mid=<mid>`` (XML).
- Files: ``/Portals/0/...`` images, ``/DesktopModules/HTSoft.TinTuc/ImageHandler.ashx?fileid=<n>&w=<w>``
  (module-uploaded images), ``/LinkClick.aspx?fileticket=...`` (attachments, PDF).

How each gold article is reached
--------------------------------
Tab 58 "Tin tức - Sự kiện": 1287, 1284, 1279, 1275 on page 1 (also on the home box); 1268 and 1262
only on page 2. Tab 59 "Đào tạo - Bồi dưỡng": 1286, 1283, 1281 on page 1; 1270 only on page 2.
Tab 60 "Thông báo": 1289, 1285 and the cross-posted 1281 on page 1; 1266 only on page 2.

Traps
-----
1. Headline only in ``div.tt_tieude`` (a ``span`` inside a ``div``): ``<title>`` is DNN's tab title
   ("Trường Chính trị tỉnh Kon Tum > Tin tức > Tin tức - Sự kiện"), the one ``h1`` is the banner's
   school name, ``h2.c_title`` is the container title ("Tin hoạt động"). Article 1275's headline is
   broken by a ``<br />`` in the middle. Gold title: the tt_tieude text, the ``<br />`` read as a space.
2. Listings and the home page truncate headlines ("… năm 2026 với sự tham..."), with no ``title``
   attribute on the links. Gold title: the full headline of the article page.
3. Month-first dates: the module prints ``tt_ngay`` with the server's en-US culture
   ("Ngày đăng: 12/3/2026 3:30:00 PM", "11/12/2026 10:45:00 AM") while listings print day-first
   "(03/12/2026)". Gold: 2026-12-03T15:30:00+07:00, 2026-11-12T10:45:00+07:00. "10/20/2026 12:00:00 AM"
   (1262) is a day without a time: "2026-10-20". 1268 also prints "Cập nhật: 11/2/2026 …": ignored.
4. One article, many URLs: the friendly path, ``/Default.aspx?tabid=..&ArticleID=..`` (slider, RSS),
   the module print view (tool bar "In bài" and the container's print icon), and an old slug: the
   headlines of 1287 and 1285 were edited after publishing, and the "Các tin khác" box still links
   the old slug (DNN ignores it; the page's ``rel=canonical`` names the new one). Gold: the friendly
   path with the current slug; the others in ``alt_paths``.
5. Cross-posted article: 1281 is filed in "Đào tạo - Bồi dưỡng" and also listed under "Thông báo",
   where it is served as ``/thong-bao/ArticleID/1281/...`` with the breadcrumb "Trang chủ > Tin tức >
   Thông báo". Its ``rel=canonical`` (both URLs) names ``/dao-tao-boi-duong/ArticleID/1281/...``.
   Gold: that path, category "Đào tạo - Bồi dưỡng", the Thông báo URL and both print views in
   ``alt_paths``.
6. Lazy-loaded photos: the module runs jquery.lazyload over the text, so every ``img`` in
   ``tt_noidung`` has ``src`` = the skin's ``grey.gif`` placeholder and the photo in
   ``data-original`` (no ``noscript``). Gold images: the ``data-original`` paths; the placeholder is
   no image.
7. Handler images: 1270's photos were uploaded through the module and are served by
   ``ImageHandler.ashx?fileid=3391&w=700`` (no file extension, the query is the file). Gold image
   path: the handler URL with its query.
8. What sits between the headline and the text: the date line, a tool bar (A+ A-, "In bài",
   "Gửi email", Facebook like), the sapo in its own bold ``tt_tomtat`` and, on 1287 and 1286, a
   "Tin liên quan:" box with links *before* ``tt_noidung``. Gold: the sapo is the summary and the
   body's first paragraph; the tool bar and the related box are not body.
9. Repeated lead lines: on 1284 the editor pasted the sapo again as the first paragraph of the
   text; on 1286 the headline is repeated bold and centred as the text's first line. Gold: the sapo
   once (as the first body paragraph); the repeated headline is not body.
10. A bold lead inside the text (1283): ``tt_tomtat`` is empty and the text's first paragraph is
    bold: it is the summary (and the body's first paragraph).
11. Captions in the vendor's two-row table (``table.tt_anh``, caption row in italics) or as a centred
    italic paragraph, some in parentheses, some with a credit: "Quang cảnh lễ khai giảng. (Ảnh: Minh
    Quân)" -> caption "Quang cảnh lễ khai giảng.", photographer Minh Quân; a line "Ảnh: Thanh Tâm"
    alone -> caption None, photographer Thanh Tâm.
12. Bylines: right-aligned last line "Tin, ảnh: Quang Huy" -> author and photographer; "ThS. Lê
    Thị Hồng Nhung - Khoa Xây dựng Đảng" -> "Lê Thị Hồng Nhung"; "Phòng QLĐT&NCKH" alone -> that unit;
    "Người đăng: quantri_tct" in the date line -> nobody; "Nguồn: Báo Kon Tum điện tử" -> source.
13. A Party-style official notice (1289): letterhead table "TỈNH ỦY KON TUM / TRƯỜNG CHÍNH TRỊ / * /
    Số 126-TB/TCT" | "ĐẢNG CỘNG SẢN VIỆT NAM / Kon Tum, ngày 30 tháng 11 năm 2026", kind and subject
    "THÔNG BÁO / Về việc nghỉ Tết Dương lịch năm 2027", closing "Nơi nhận" | "T/M BAN GIÁM HIỆU /
    HIỆU TRƯỞNG / (Đã ký) / Trần Quang Vinh". The module's date line says 12/2/2026. Gold: date
    "2026-11-30", author Trần Quang Vinh, body without letterhead, kind/subject and closing.
14. Static tabs rendered by the same news module in its single-item mode (/gioi-thieu,
    /chuc-nang-nhiem-vu): tt_tieude, tt_noidung, a container, no date line. Gold: not articles.
15. Unicode "tổ hợp" (NFD, typed with Unikey's combining option) in 1279. Gold: NFC.
16. The pager: the numbers are query links (``tabid/58/Default.aspx?page=2``), the current page a
    ``span``, the arrows friendly ``/page/<n>`` links; the list on page 2 links page 1 as ``?page=1``.
    Articles 1268, 1262, 1270 and 1266 are reachable only from page 2 ("Các tin khác" shows only the
    newest items of the category).
17. Attachment lines ("File đính kèm: ...pdf" via ``LinkClick.aspx``) and "Xem thêm:" lines after the
    text: not body.

Gold decisions on ambiguous points
----------------------------------
- The date is the module's ``tt_ngay`` read month-first (see trap 3), except for the official notice
  (letterhead day). Listing dates agree with it.
- The sapo pasted twice (1284) is one paragraph of the body, not two.
- A caption line carrying a photographer's credit in parentheses: the caption is the text before
  the credit, the credited name is a photographer.
- The category is the last crumb of the breadcrumb on the gold path (the container title differs:
  "Tin hoạt động", "Đào tạo, bồi dưỡng", "Thông báo - Kế hoạch").
- In a table inside the text, each row is a paragraph, cells joined by " | " (header row included).
- ``canonical_path`` is the friendly path with the current slug (the page's own ``rel=canonical``).
"""

from __future__ import annotations

import re
from datetime import datetime

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
    opaque,
    static_file,
    text,
)

NAME = "dnn8_vendor_news_module_tct"
PLATFORM = "DotNetNuke 8 (DNN Platform) + vendor news module HTSoft.TinTuc"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Kon Tum"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
MODULE = "/DesktopModules/HTSoft.TinTuc"
LAZY_GIF = "/Portals/_default/Skins/TCT2016/images/grey.gif"

# tabid -> (friendly page name, breadcrumb/menu name, module id, container title, page size)
TABS = {
    58: ("tin-tuc-su-kien", "Tin tức - Sự kiện", 412, "Tin hoạt động", 4),
    59: ("dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", 415, "Đào tạo, bồi dưỡng", 3),
    60: ("thong-bao", "Thông báo", 418, "Thông báo - Kế hoạch", 3),
}
TAB_BY_SLUG = {v[0]: k for k, v in TABS.items()}

# ---------------------------------------------------------------------------------------------
# The stories
# ---------------------------------------------------------------------------------------------

IMG = "/Portals/0/TinTuc/2026"

STORIES: list[Story] = [
    # --- tab 58, page 1 -------------------------------------------------------------------
    Story(
        id=1287,
        slug="truong-chinh-tri-tinh-kon-tum-to-chuc-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Trường Chính trị tỉnh Kon Tum tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-12-03T15:30:00+07:00",
        summary=(
            "Từ ngày 01 đến 03/12/2026, Trường Chính trị tỉnh Kon Tum tổ chức Hội thi giảng viên dạy "
            "giỏi cấp trường năm 2026 với sự tham gia của 14 giảng viên đến từ 4 khoa chuyên môn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm đánh giá thực chất năng lực sư phạm, khả năng vận dụng phương pháp dạy học "
                "tích cực và ứng dụng công nghệ thông tin của đội ngũ giảng viên; qua đó lựa chọn những "
                "giảng viên tiêu biểu tham gia Hội thi giảng viên dạy giỏi các trường chính trị toàn quốc "
                "lần thứ VI."
            ),
            Img(
                f"{IMG}/12/hoithi-gvdg-khaimac.jpg",
                printed="Đồng chí Trần Quang Vinh, Hiệu trưởng Nhà trường phát biểu khai mạc Hội thi",
                caption="Đồng chí Trần Quang Vinh, Hiệu trưởng Nhà trường phát biểu khai mạc Hội thi",
                style="table",
            ),
            P(
                "Mỗi giảng viên dự thi trình bày một bài giảng lý thuyết trong thời gian 45 phút, thuộc "
                "các chương trình Trung cấp lý luận chính trị – hành chính, bồi dưỡng lãnh đạo, quản lý "
                "cấp phòng và tương đương, bồi dưỡng chuyên đề cho cán bộ cơ sở. Ban Giám khảo gồm 7 "
                "thành viên là lãnh đạo Nhà trường, trưởng các khoa và 01 chuyên gia của Học viện Chính "
                "trị khu vực III."
            ),
            P(
                "Nhiều bài giảng được chuẩn bị công phu, gắn lý luận với thực tiễn của địa phương như: "
                "phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số; xây dựng, chỉnh đốn Đảng ở "
                "cơ sở; thực hiện dân chủ ở cơ sở; bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng."
            ),
            Img(
                f"{IMG}/12/hoithi-gvdg-baigiang.jpg",
                printed="(Giảng viên Khoa Xây dựng Đảng thể hiện bài giảng tại Hội thi)",
                caption="Giảng viên Khoa Xây dựng Đảng thể hiện bài giảng tại Hội thi",
                style="p",
            ),
            P(
                "Kết thúc Hội thi, Ban Tổ chức trao 01 giải Nhất cho giảng viên Nguyễn Thị Thu Trang "
                "(Khoa Lý luận cơ sở), 02 giải Nhì, 03 giải Ba và 04 giải Khuyến khích; 10 giảng viên "
                "được công nhận đạt danh hiệu giảng viên dạy giỏi cấp trường."
            ),
            P(
                "Phát biểu bế mạc, đồng chí Hiệu trưởng đề nghị các khoa, phòng tiếp tục đổi mới phương "
                "pháp giảng dạy, tăng cường đi thực tế, nghiên cứu khoa học để nâng cao chất lượng bài "
                "giảng, đáp ứng yêu cầu đào tạo, bồi dưỡng cán bộ trong giai đoạn mới."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Quang Huy</strong></p>'),
        ],
        authors=["Quang Huy"],
        photographers=["Quang Huy"],
        opts={
            "tab": 58,
            "old_slug": "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
            "related": [1275],
            "listed": "03/12/2026",
        },
    ),
    Story(
        id=1284,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-truong-chinh-tri-tinh-nam-2026",
        title="Hội nghị viên chức, người lao động Trường Chính trị tỉnh năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-28T09:15:00+07:00",
        summary=(
            "Sáng 28/11, Trường Chính trị tỉnh tổ chức Hội nghị viên chức, người lao động năm 2026 "
            "nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026 và bàn giải pháp thực hiện nhiệm vụ năm 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm 2026, Nhà trường đã mở 31 lớp đào tạo, bồi dưỡng với 2.146 học viên, vượt 8% so "
                "với kế hoạch; trong đó có 9 lớp Trung cấp lý luận chính trị – hành chính, 14 lớp bồi "
                "dưỡng kiến thức quốc phòng và an ninh, 8 lớp bồi dưỡng chuyên đề cho cán bộ cơ sở. Công "
                "tác nghiên cứu khoa học, đi thực tế của giảng viên được chú trọng; 2 đề tài cấp cơ sở "
                "được nghiệm thu đạt loại tốt."
            ),
            Img(f"{IMG}/11/hoinghi-vc-2026.jpg", printed="Ảnh: Thanh Tâm", caption=None, style="p"),
            P(
                "Tại Hội nghị, viên chức, người lao động đã thảo luận, đóng góp nhiều ý kiến tâm huyết "
                "về việc sửa đổi Quy chế chi tiêu nội bộ, Quy chế thi đua – khen thưởng, đề xuất tăng "
                "cường trang thiết bị phục vụ giảng dạy và ký túc xá học viên."
            ),
            P("Hội nghị thống nhất các chỉ tiêu chủ yếu năm 2027:"),
            P("- 100% viên chức, người lao động hoàn thành tốt nhiệm vụ trở lên;"),
            P("- Mở ít nhất 30 lớp đào tạo, bồi dưỡng, bảo đảm chất lượng theo quy định;"),
            P("- Mỗi giảng viên đi thực tế ít nhất 01 tháng trong năm."),
            P(
                "Dịp này, Hiệu trưởng Nhà trường và Chủ tịch Công đoàn cơ sở đã ký kết giao ước thi đua "
                "năm 2027; Hội nghị bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 3 đồng chí."
            ),
            Raw('<p style="text-align: right;"><strong>Thanh Tâm - Phòng TC-HC</strong></p>'),
        ],
        authors=["Thanh Tâm"],
        photographers=["Thanh Tâm"],
        opts={"tab": 58, "repeat_sapo": True, "listed": "28/11/2026"},
    ),
    Story(
        id=1279,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-2026",
        title=(
            "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, "
            "phong cách Hồ Chí Minh” quý IV/2026"
        ),
        cat="Tin tức - Sự kiện",
        published_at="2026-11-20T14:00:00+07:00",
        summary=(
            "Chiều 19/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV/2026 với chủ "
            "đề “Nêu cao tinh thần trách nhiệm, nói đi đôi với làm của người giảng viên lý luận chính trị”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ quán triệt những nội dung cốt lõi trong tư "
                "tưởng Hồ Chí Minh về phong cách làm việc khoa học, sâu sát cơ sở, gắn bó với nhân dân; "
                "liên hệ với yêu cầu đổi mới nội dung, phương pháp giảng dạy các học phần xây dựng Đảng."
            ),
            P("Chi bộ nhắc lại lời căn dặn của Bác:", style=""),
            P(
                "“Một dân tộc, một đảng và mỗi con người, ngày hôm qua là vĩ đại, có sức hấp dẫn lớn, "
                "không nhất định hôm nay và ngày mai vẫn được mọi người yêu mến và ca ngợi, nếu lòng dạ "
                "không trong sáng nữa, nếu sa vào chủ nghĩa cá nhân”.",
                style="q",
            ),
            P(
                "Các đảng viên đã thẳng thắn trao đổi về những hạn chế trong việc chuẩn bị bài giảng, "
                "việc cập nhật các văn kiện mới của Đảng và việc hướng dẫn học viên viết tiểu luận cuối "
                "khóa; đồng thời đăng ký nội dung làm theo cụ thể của từng cá nhân trong quý I/2027."
            ),
            P(
                "Kết luận buổi sinh hoạt, Chi bộ giao mỗi đảng viên hoàn thành ít nhất một bài viết "
                "tham gia bảo vệ nền tảng tư tưởng của Đảng, đăng trên Trang thông tin điện tử của Nhà "
                "trường hoặc Báo Kon Tum."
            ),
            Raw(
                '<p style="text-align: right;"><em>ThS. Lê Thị Hồng Nhung - Khoa Xây dựng Đảng</em></p>'
            ),
        ],
        authors=["Lê Thị Hồng Nhung"],
        opts={"tab": 58, "nfd": True, "listed": "20/11/2026"},
    ),
    Story(
        id=1275,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-voi-truong-chinh-tri-tinh-kon-tum",
        title="Đoàn công tác Học viện Chính trị khu vực III làm việc với Trường Chính trị tỉnh Kon Tum",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-12T10:45:00+07:00",
        blocks=[
            P(
                "Ngày 11/11/2026, Đoàn công tác Học viện Chính trị khu vực III do PGS.TS Nguyễn Đình "
                "Thắng, Phó Giám đốc Học viện làm trưởng đoàn đã đến làm việc với Trường Chính trị tỉnh "
                "Kon Tum về việc phối hợp tổ chức lớp Cao cấp lý luận chính trị hệ không tập trung tại địa "
                "phương."
            ),
            P(
                "Báo cáo với Đoàn, đồng chí Phạm Thị Thu Hà, Phó Hiệu trưởng cho biết: từ năm 2020 đến "
                "nay, hai bên đã phối hợp mở 3 lớp Cao cấp lý luận chính trị với 312 học viên; Nhà trường "
                "bảo đảm phòng học, ký túc xá, thư viện và cử cán bộ quản lý lớp thường trực."
            ),
            Img(
                f"{IMG}/11/hvkv3-lamviec.jpg",
                printed="Quang cảnh buổi làm việc",
                caption="Quang cảnh buổi làm việc",
                style="p",
            ),
            P(
                "Phát biểu tại buổi làm việc, đồng chí Phó Giám đốc Học viện đánh giá cao sự phối hợp "
                "chặt chẽ của Nhà trường; đề nghị hai bên tiếp tục quản lý chặt chẽ học viên, nâng cao "
                "chất lượng tiểu luận, khóa luận tốt nghiệp gắn với thực tiễn của tỉnh."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/tin-tuc-su-kien/ArticleID/1279/'
                'chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-2026">Chi bộ Khoa Xây dựng Đảng '
                "sinh hoạt chuyên đề quý IV/2026</a></em></p>"
            ),
            Raw('<p style="text-align: right;"><strong>Văn Thịnh</strong></p>'),
        ],
        authors=["Văn Thịnh"],
        opts={
            "tab": 58,
            "title_html": (
                "Đoàn công tác Học viện Chính trị khu vực III<br />\r\n"
                "làm việc với Trường Chính trị tỉnh Kon Tum"
            ),
            "listed": "12/11/2026",
        },
    ),
    # --- tab 58, page 2 -------------------------------------------------------------------
    Story(
        id=1268,
        slug="truong-chinh-tri-tinh-dat-giai-ba-toan-doan-hoi-thao-khoi-cac-co-quan-dang-tinh-nam-2026",
        title="Trường Chính trị tỉnh đạt giải Ba toàn đoàn Hội thao khối các cơ quan Đảng tỉnh năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-30T16:20:00+07:00",
        summary=(
            "Hội thao chào mừng thành công Đại hội Đảng các cấp, hướng tới kỷ niệm 97 năm Ngày thành lập "
            "Đảng Cộng sản Việt Nam diễn ra từ ngày 27 đến 29/10/2026 tại Nhà thi đấu tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo kế hoạch, Hội thao gồm 5 môn: bóng chuyền hơi, cầu lông, bóng bàn, kéo co và cờ "
                "tướng, thu hút 420 vận động viên của 16 đơn vị thuộc Đảng bộ khối các cơ quan Đảng tỉnh."
            ),
            Img(f"{IMG}/10/hoithao-khoidang.jpg", style="none"),
            P(
                "Đoàn vận động viên Trường Chính trị tỉnh gồm 22 cán bộ, giảng viên tham gia cả 5 môn thi "
                "đấu. Kết quả, Đoàn giành 01 huy chương Vàng môn kéo co nữ, 01 huy chương Bạc môn cầu lông "
                "đôi nam và 02 huy chương Đồng, xếp thứ Ba toàn đoàn."
            ),
            P(
                "Hội thao là dịp để cán bộ, đảng viên rèn luyện sức khỏe, tăng cường giao lưu, đoàn kết "
                "giữa các cơ quan, góp phần thực hiện thắng lợi nhiệm vụ chính trị năm 2026."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Kon Tum điện tử</em></p>'),
        ],
        source="Báo Kon Tum điện tử",
        opts={"tab": 58, "updated": "11/2/2026 8:05:00 AM", "listed": "30/10/2026"},
    ),
    Story(
        id=1262,
        slug="cong-doan-co-so-truong-chinh-tri-tinh-toa-dam-ky-niem-96-nam-ngay-thanh-lap-hoi-lhpn-viet-nam",
        title=(
            "Công đoàn cơ sở Trường Chính trị tỉnh tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp "
            "Phụ nữ Việt Nam (20/10/1930 - 20/10/2026)"
        ),
        cat="Tin tức - Sự kiện",
        published_at="2026-10-20",
        blocks=[
            P(
                "Chiều 19/10, Công đoàn cơ sở Trường Chính trị tỉnh tổ chức tọa đàm kỷ niệm 96 năm Ngày "
                "thành lập Hội Liên hiệp Phụ nữ Việt Nam với sự tham dự của 38 nữ cán bộ, giảng viên, "
                "người lao động.",
                style="div",
            ),
            P(
                "Tại buổi tọa đàm, các đại biểu cùng ôn lại truyền thống vẻ vang của Hội Liên hiệp Phụ "
                "nữ Việt Nam, những đóng góp của phụ nữ Kon Tum trong công cuộc xây dựng và bảo vệ Tổ quốc.",
                style="div",
            ),
            P(
                "Nhiều ý kiến chia sẻ kinh nghiệm cân bằng giữa công việc chuyên môn và vai trò trong gia "
                "đình, việc tự học nâng cao trình độ, tham gia nghiên cứu khoa học của nữ giảng viên.",
                style="br",
            ),
            P(
                "Dịp này, Ban Chấp hành Công đoàn cơ sở tặng quà cho 5 nữ đoàn viên có hoàn cảnh khó "
                "khăn và khen thưởng 7 nữ đoàn viên đạt danh hiệu “Giỏi việc trường, đảm việc nhà” năm 2026.",
                style="div",
            ),
            Raw('<div style="text-align: right;"><b>Ban Nữ công</b></div>'),
        ],
        authors=["Ban Nữ công"],
        opts={"tab": 58, "listed": "20/10/2026", "poster": "quantri_tct"},
    ),
    # --- tab 59 -------------------------------------------------------------------------
    Story(
        id=1286,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-khong-tap-trung-tai-huyen-dak-ha",
        title=(
            "Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung tại huyện Đăk Hà"
        ),
        cat="Đào tạo - Bồi dưỡng",
        published_at="2026-12-01T08:00:00+07:00",
        summary=(
            "Sáng 30/11, tại Trung tâm Chính trị huyện Đăk Hà, Trường Chính trị tỉnh khai giảng lớp "
            "Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa học 2026 - 2027 cho 86 "
            "học viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học viên của lớp là cán bộ, công chức cấp xã, cán bộ chủ chốt các thôn, làng và các "
                "đoàn thể chính trị - xã hội của huyện Đăk Hà, trong đó 41% là người dân tộc thiểu số."
            ),
            Img(
                f"{IMG}/11/khaigiang-dakha.jpg",
                printed="Quang cảnh lễ khai giảng. (Ảnh: Minh Quân)",
                caption="Quang cảnh lễ khai giảng.",
                style="table",
            ),
            P(
                "Trong thời gian 11 tháng, học viên được trang bị 4 phần học với 23 học phần về lý luận "
                "chính trị, quản lý hành chính nhà nước và kỹ năng lãnh đạo, quản lý; học tập theo hình "
                "thức mỗi tháng tập trung 10 ngày tại Trung tâm Chính trị huyện."
            ),
            P(
                "Phát biểu khai giảng, đồng chí A Thuyên, Phó Hiệu trưởng Nhà trường đề nghị học viên "
                "chấp hành nghiêm nội quy, quy chế, chủ động nghiên cứu tài liệu, liên hệ với thực tiễn "
                "công tác tại cơ sở; yêu cầu đội ngũ giảng viên đổi mới phương pháp giảng dạy phù hợp với "
                "đối tượng học viên."
            ),
            Raw('<p style="text-align: right;"><strong>Minh Quân - Phòng QLĐT&amp;NCKH</strong></p>'),
        ],
        authors=["Minh Quân"],
        photographers=["Minh Quân"],
        opts={"tab": 59, "repeat_title": True, "related": [1281], "listed": "01/12/2026"},
    ),
    Story(
        id=1283,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="Đào tạo - Bồi dưỡng",
        published_at="2026-11-25T15:10:00+07:00",
        summary=(
            "Ngày 25/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh bế giảng lớp bồi "
            "dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
        ),
        blocks=[
            P(
                "Ngày 25/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh bế giảng lớp bồi "
                "dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026.",
                style="bold",
            ),
            P(
                "Sau 10 ngày học tập, 124 học viên là trưởng thôn, làng, bí thư chi bộ, chi hội trưởng "
                "các đoàn thể ở cơ sở đã được bồi dưỡng 8 chuyên đề về quan điểm của Đảng về quốc phòng, "
                "an ninh, xây dựng thế trận lòng dân, phòng chống "
                "“diễn biến hòa bình” và công tác dân quân tự vệ."
            ),
            P("Kết quả học tập của lớp:"),
            P("Xếp loại | Số học viên | Tỷ lệ", style="tr"),
            P("Giỏi | 37 | 29,8%", style="tr"),
            P("Khá | 79 | 63,7%", style="tr"),
            P("Trung bình | 8 | 6,5%", style="tr"),
            P(
                "Ban Tổ chức đã trao giấy chứng nhận cho 124 học viên và khen thưởng 6 học viên có thành "
                "tích xuất sắc trong học tập."
            ),
            Raw('<p style="text-align: right;"><strong>Đình Phúc</strong></p>'),
        ],
        authors=["Đình Phúc"],
        opts={"tab": 59, "listed": "25/11/2026"},
    ),
    Story(
        id=1281,
        slug="ke-hoach-mo-cac-lop-boi-duong-cap-nhat-kien-thuc-nam-2027",
        title="Kế hoạch mở các lớp bồi dưỡng, cập nhật kiến thức năm 2027",
        cat="Đào tạo - Bồi dưỡng",
        published_at="2026-11-23T09:00:00+07:00",
        summary=(
            "Căn cứ chỉ tiêu được Ban Thường vụ Tỉnh ủy giao, Trường Chính trị tỉnh xây dựng kế hoạch "
            "mở các lớp bồi dưỡng, cập nhật kiến thức năm 2027 như sau."
        ),
        sapo_outside=True,
        blocks=[
            P("I. CÁC LỚP BỒI DƯỠNG DỰ KIẾN", style="h"),
            P("TT | Tên lớp | Số lớp | Thời gian", style="tr"),
            P("1 | Bồi dưỡng lãnh đạo, quản lý cấp phòng và tương đương | 02 | Quý I, quý III", style="tr"),
            P("2 | Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 | 12 | Cả năm", style="tr"),
            P("3 | Bồi dưỡng nghiệp vụ công tác Đảng cho cấp ủy viên cơ sở | 04 | Quý II", style="tr"),
            P("4 | Cập nhật kiến thức cho đại biểu HĐND cấp xã | 03 | Quý II, quý IV", style="tr"),
            P("II. TỔ CHỨC THỰC HIỆN", style="h"),
            P(
                "Phòng Quản lý đào tạo và Nghiên cứu khoa học chủ trì, phối hợp với các khoa xây dựng "
                "chương trình, lịch học và phân công giảng viên phụ trách từng lớp.",
                style="li",
            ),
            P(
                "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy cử học viên đúng đối tượng, gửi danh "
                "sách về Nhà trường trước ngày 15/01/2027.",
                style="li",
            ),
            P(
                "Phòng Tổ chức - Hành chính bảo đảm kinh phí, cơ sở vật chất, ký túc xá cho học viên "
                "ở xa.",
                style="li",
            ),
            Raw(
                '<p class="tt_dinhkem">File đính kèm: <a href="/LinkClick.aspx?fileticket=q8VbZrTgk2E%3d'
                '&amp;tabid=59&amp;portalid=0&amp;mid=415">KH 98-KH-TCT nam 2027.pdf</a></p>'
            ),
            Raw('<p style="text-align: right;"><strong>Phòng QLĐT&amp;NCKH</strong></p>'),
        ],
        authors=["Phòng QLĐT&NCKH"],
        opts={"tab": 59, "also_tab": 60, "listed": "23/11/2026"},
    ),
    Story(
        id=1270,
        slug="hoc-vien-lop-cao-cap-ly-luan-chinh-tri-k74-b15-nghien-cuu-thuc-te-tai-huyen-kon-plong",
        title=(
            "Học viên lớp Cao cấp lý luận chính trị hệ không tập trung K74.B15 nghiên cứu thực tế "
            "tại huyện Kon Plông"
        ),
        cat="Đào tạo - Bồi dưỡng",
        published_at="2026-11-02T17:05:00+07:00",
        summary=(
            "Từ ngày 29 đến 31/10/2026, 96 học viên lớp Cao cấp lý luận chính trị hệ không tập trung "
            "K74.B15 đi nghiên cứu thực tế tại huyện Kon Plông."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn đã làm việc với Ban Thường vụ Huyện ủy Kon Plông, nghe giới thiệu về tình hình phát "
                "triển kinh tế - xã hội, nhất là kết quả phát triển du lịch sinh thái gắn với bảo tồn văn "
                "hóa truyền thống của đồng bào Xơ Đăng, Ba Na ở khu du lịch Măng Đen."
            ),
            Img(
                "/DesktopModules/HTSoft.TinTuc/ImageHandler.ashx?fileid=3391&w=700",
                printed="Học viên nghe giới thiệu mô hình trồng dược liệu tại xã Đăk Long",
                caption="Học viên nghe giới thiệu mô hình trồng dược liệu tại xã Đăk Long",
                style="p",
            ),
            P(
                "Học viên đã tham quan mô hình trồng sâm dây, đương quy dưới tán rừng, mô hình làng du "
                "lịch cộng đồng Kon Pring; trao đổi với cán bộ xã, thôn về công tác vận động đồng bào giữ "
                "rừng, phát triển sinh kế bền vững."
            ),
            Img(
                "/DesktopModules/HTSoft.TinTuc/ImageHandler.ashx?fileid=3392&w=700",
                printed="Đoàn dâng hoa tại Khu di tích lịch sử Ngục Kon Tum",
                caption="Đoàn dâng hoa tại Khu di tích lịch sử Ngục Kon Tum",
                style="p",
            ),
            P(
                "Qua đợt nghiên cứu thực tế, học viên có thêm tư liệu để hoàn thành tiểu luận các học "
                "phần và đề xuất những giải pháp thiết thực cho địa phương."
            ),
            Raw('<p style="text-align: right;"><strong>Bài và ảnh: Hồng Lĩnh</strong></p>'),
        ],
        authors=["Hồng Lĩnh"],
        photographers=["Hồng Lĩnh"],
        opts={"tab": 59, "listed": "02/11/2026"},
    ),
    # --- tab 60 -------------------------------------------------------------------------
    Story(
        id=1289,
        slug="thong-bao-ve-viec-nghi-tet-duong-lich-nam-2027",
        title="Thông báo về việc nghỉ Tết Dương lịch năm 2027",
        cat="Thông báo",
        published_at="2026-11-30",
        blocks=[
            P(
                "Căn cứ Thông báo số 95-TB/VPTU ngày 25/11/2026 của Văn phòng Tỉnh ủy về việc nghỉ Tết "
                "Dương lịch năm 2027;"
            ),
            P("Ban Giám hiệu Trường Chính trị tỉnh thông báo đến các khoa, phòng như sau:"),
            P(
                "1. Cán bộ, giảng viên, người lao động được nghỉ Tết Dương lịch năm 2027 01 ngày vào thứ "
                "Sáu, ngày 01/01/2027."
            ),
            P(
                "2. Các lớp học đang tổ chức tại Trường và tại các Trung tâm Chính trị huyện nghỉ học "
                "ngày 01/01/2027; Phòng QLĐT&NCKH điều chỉnh lịch học bù, thông báo cho học viên."
            ),
            P(
                "3. Phòng Tổ chức - Hành chính phân công lịch trực cơ quan, bảo đảm an ninh trật tự, "
                "phòng chống cháy nổ trong những ngày nghỉ."
            ),
            P("Đề nghị các khoa, phòng triển khai thực hiện./."),
        ],
        authors=["Trần Quang Vinh"],
        opts={
            "tab": 60,
            "posted": "2026-12-02T10:20:00",
            "official": True,
            "listed": "02/12/2026",
            "poster": "quantri_tct",
        },
    ),
    Story(
        id=1285,
        slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-tap-trung-nam-2027",
        title="THÔNG BÁO TUYỂN SINH LỚP TRUNG CẤP LÝ LUẬN CHÍNH TRỊ - HÀNH CHÍNH HỆ TẬP TRUNG NĂM 2027",
        cat="Thông báo",
        published_at="2026-11-27T16:00:00+07:00",
        blocks=[
            P(
                "Trường Chính trị tỉnh Kon Tum thông báo tuyển sinh lớp Trung cấp lý luận chính trị - "
                "hành chính hệ tập trung năm 2027, cụ thể như sau:"
            ),
            P("1. Đối tượng, tiêu chuẩn", style="h"),
            P(
                "Cán bộ, công chức, viên chức trong quy hoạch chức danh trưởng, phó phòng cấp huyện "
                "và tương đương; cán bộ chủ chốt cấp xã.",
                style="li",
            ),
            P("Có trình độ chuyên môn từ trung cấp trở lên; tuổi đời không quá 45.", style="li"),
            P("Có đủ sức khỏe để học tập trung 8 tháng tại Trường.", style="li"),
            P("2. Hồ sơ dự tuyển", style="h"),
            P(
                "Hồ sơ gồm: công văn cử đi học của cấp có thẩm quyền, sơ yếu lý lịch, bản sao văn bằng "
                "chuyên môn, giấy chứng nhận sức khỏe. Thời hạn nộp hồ sơ trước ngày 31/12/2026; dự kiến "
                "khai giảng vào tháng 02/2027."
            ),
            P(
                "Mọi chi tiết xin liên hệ Phòng Quản lý đào tạo và Nghiên cứu khoa học, điện thoại: "
                "(0260) 3 862 517."
            ),
            Raw(
                '<p class="tt_dinhkem">File đính kèm: <a href="/LinkClick.aspx?fileticket=Hq1LmN0pYwA%3d'
                '&amp;tabid=60&amp;portalid=0&amp;mid=418">TB tuyen sinh TC 2027.pdf</a></p>'
            ),
        ],
        opts={
            "tab": 60,
            "old_slug": "thong-bao-tuyen-sinh-trung-cap-llct-hc-2027",
            "listed": "27/11/2026",
            "poster": "quantri_tct",
        },
    ),
    Story(
        id=1266,
        slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-truong-chinh-tri-tinh-kon-tum-nam-2026",
        title="Thông báo kết quả xét tuyển viên chức Trường Chính trị tỉnh Kon Tum năm 2026",
        cat="Thông báo",
        published_at="2026-10-26T07:30:00+07:00",
        summary=(
            "Hội đồng xét tuyển viên chức Trường Chính trị tỉnh Kon Tum năm 2026 thông báo kết quả xét "
            "tuyển vòng 2 như sau."
        ),
        sapo_outside=True,
        blocks=[
            P("STT | Họ và tên | Vị trí dự tuyển | Tổng điểm | Kết quả", style="tr"),
            P("1 | Y Thị Hoa | Giảng viên Khoa Dân vận | 82,5 | Trúng tuyển", style="tr"),
            P("2 | Nguyễn Hoàng Nam | Giảng viên Khoa Nhà nước và pháp luật | 79,0 | Trúng tuyển", style="tr"),
            P("3 | Đinh Văn Tuấn | Giảng viên Khoa Nhà nước và pháp luật | 71,5 | Không trúng tuyển", style="tr"),
            P(
                "Người trúng tuyển hoàn thiện hồ sơ, nộp về Phòng Tổ chức - Hành chính trước ngày "
                "10/11/2026 để được ký hợp đồng làm việc theo quy định."
            ),
            P(
                "Quá thời hạn trên, người trúng tuyển không hoàn thiện hồ sơ thì Hội đồng hủy kết quả "
                "trúng tuyển."
            ),
        ],
        opts={"tab": 60, "listed": "26/10/2026"},
    ),
]

BY_ID = {s.id: s for s in STORIES}

#: what the sidebar "Tin đọc nhiều" links (all on page 1 of their listing)
MOST_READ = [1287, 1286, 1284, 1285]
#: the home page slider (a second vendor module that links the Default.aspx form)
SLIDER = [1287, 1286, 1284]


def _posted(story: Story) -> datetime:
    """When the module says the item was posted (its date line and the listings)."""
    raw = story.opts.get("posted") or story.published_at or ""
    return datetime.fromisoformat(raw[:19]) if "T" in raw else datetime.fromisoformat(raw)


def _us_date(moment: datetime) -> str:
    """DateTime.ToString() under the server's en-US culture: "12/3/2026 3:30:00 PM"."""
    hour = moment.hour % 12 or 12
    half = "AM" if moment.hour < 12 else "PM"
    return f"{moment.month}/{moment.day}/{moment.year} {hour}:{moment.minute:02d}:{moment.second:02d} {half}"


def _tab_items(tabid: int) -> list[Story]:
    """The items a tab's news module lists, newest first (cross-posted ones included)."""
    items = [s for s in STORIES if s.opts["tab"] == tabid or s.opts.get("also_tab") == tabid]
    return sorted(items, key=_posted, reverse=True)


def _pages(tabid: int) -> int:
    size = TABS[tabid][4]
    return (len(_tab_items(tabid)) + size - 1) // size


def article_path(story: Story, tabid: int | None = None, slug: str | None = None) -> str:
    tab = tabid or story.opts["tab"]
    return f"/{TABS[tab][0]}/ArticleID/{story.id}/{slug or story.slug}"


def print_path(story: Story, tabid: int | None = None) -> str:
    tab = tabid or story.opts["tab"]
    return f"/{TABS[tab][0]}/ctl/Print/mid/{TABS[tab][2]}/ArticleID/{story.id}"


def default_aspx_path(story: Story) -> str:
    return f"/Default.aspx?tabid={story.opts['tab']}&ArticleID={story.id}"


def _short(title: str, limit: int = 70) -> str:
    """The vendor's listing truncation: cut at a word before ``limit`` and add "..."."""
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    return cut + "..."


def _lead(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return _short(first, 180)


def _thumb(story: Story) -> str:
    return f"/Portals/0/TinTuc/Thumbs/{story.id}_thumb.jpg"


# ---------------------------------------------------------------------------------------------
# Chrome
# ---------------------------------------------------------------------------------------------


def _menu(active_tab: int | None) -> str:
    def cls(tabid: int) -> str:
        return ' class="item selected"' if tabid == active_tab else ' class="item"'

    subs = "".join(
        f'<li{cls(t)}><a href="/{TABS[t][0]}"><span>{esc(TABS[t][1])}</span></a></li>' for t in TABS
    )
    return (
        '<div id="dnn_pnav" class="tct_menu"><ul class="topLevel">'
        '<li class="item first"><a href="/"><span>Trang chủ</span></a></li>'
        '<li class="item haschild"><a href="/gioi-thieu"><span>Giới thiệu</span></a>'
        '<div class="subLevel"><ul>'
        '<li class="item"><a href="/gioi-thieu"><span>Giới thiệu chung</span></a></li>'
        '<li class="item"><a href="/chuc-nang-nhiem-vu"><span>Chức năng, nhiệm vụ</span></a></li>'
        '<li class="item"><a href="/co-cau-to-chuc"><span>Cơ cấu tổ chức</span></a></li>'
        "</ul></div></li>"
        '<li class="item haschild disabled"><span>Tin tức</span>'
        f'<div class="subLevel"><ul>{subs}</ul></div></li>'
        '<li class="item"><a href="/van-ban"><span>Văn bản</span></a></li>'
        '<li class="item"><a href="/thu-vien-anh"><span>Thư viện ảnh</span></a></li>'
        '<li class="item last"><a href="/lien-he"><span>Liên hệ</span></a></li>'
        "</ul></div>"
    )


def _breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    """DNN 8's BREADCRUMB skin object with schema.org markup and a text separator."""
    parts = [
        '<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
        '<a href="/" class="SkinObject" itemprop="item"><span itemprop="name">Trang chủ</span></a>'
        '<meta itemprop="position" content="1" /></span>'
    ]
    for pos, (label, href) in enumerate(crumbs, start=2):
        inner = (
            f'<a href="{href}" class="SkinObject" itemprop="item"><span itemprop="name">{esc(label)}</span></a>'
            if href
            else f'<span class="SkinObject" itemprop="name">{esc(label)}</span>'
        )
        parts.append(
            '<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
            f'{inner}<meta itemprop="position" content="{pos}" /></span>'
        )
    return (
        '<div class="tct_breadcrumb"><span class="bc_label">Bạn đang ở:</span> '
        '<span id="dnn_dnnBREADCRUMB_lblBreadCrumb" itemprop="breadcrumb" itemscope '
        'itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList">'
        + '<span class="bc_sep">&nbsp;&gt;&nbsp;</span>'.join(parts)
        + "</span></span></div>"
    )


def _container(
    mid: int,
    title: str,
    body: str,
    *,
    print_href: str | None = None,
    rss: int | None = None,
    kind: str = "DNNHTML",
) -> str:
    """The skin's container "TCT_TieuDe": title bar, content, DNN's print/RSS icons in the foot."""
    foot = ""
    if print_href or rss:
        icons = ""
        if print_href:
            icons += (
                f'<a id="dnn_ctr{mid}_dnnPRINTMODULE_hypPrint" title="In" href="{print_href}" '
                'rel="nofollow" target="_blank"><img src="/images/print.gif" alt="In" /></a>'
            )
        if rss:
            icons += (
                f'<a id="dnn_ctr{mid}_dnnRSS_hypRss" title="RSS" href="{MODULE}/RSS.aspx?tabid={rss}'
                f'&amp;mid={mid}" target="_blank"><img src="/images/rss.gif" alt="RSS" /></a>'
            )
        foot = f'<div class="c_footer"><div class="c_icons">{icons}</div></div>'
    return (
        f'<div class="DnnModule DnnModule-{kind} DnnModule-{mid}"><a name="{mid}"></a>'
        '<div class="c_container c_TieuDe">'
        f'<div class="c_head"><h2 class="c_title"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" '
        f'class="TitleHead">{esc(title)}</span></h2></div>'
        f'<div id="dnn_ctr{mid}_ContentPane" class="c_content">'
        f'<div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod{kind}C">{body}</div>'
        f"</div>{foot}</div></div>"
    )


def _sidebar_left() -> str:
    most = "".join(
        f'<li><a href="{article_path(BY_ID[i])}">{esc(_short(BY_ID[i].title, 60))}</a></li>' for i in MOST_READ
    )
    links = (
        '<ul class="lk_list">'
        '<li><a href="https://kontum.dcs.vn" target="_blank">Tỉnh ủy Kon Tum</a></li>'
        '<li><a href="https://kontum.gov.vn" target="_blank">Cổng TTĐT tỉnh Kon Tum</a></li>'
        '<li><a href="https://hcma.vn" target="_blank">Học viện Chính trị quốc gia Hồ Chí Minh</a></li>'
        '<li><a href="https://baokontum.com.vn" target="_blank">Báo Kon Tum điện tử</a></li>'
        "</ul>"
    )
    return (
        '<div id="dnn_LeftPane" class="LeftPane">'
        + _container(377, "Tin đọc nhiều", f'<ul class="tt_docnhieu">{most}</ul>')
        + _container(379, "Liên kết website", links)
        + _container(
            380,
            "Thăm dò ý kiến",
            '<div class="bc_cauhoi">Bạn quan tâm nội dung nào trên Trang thông tin điện tử?</div>'
            '<div class="bc_dapan">'
            '<input type="radio" name="dnn$ctr380$BinhChon$rdo" value="1" /> Tin tức - Sự kiện<br />'
            '<input type="radio" name="dnn$ctr380$BinhChon$rdo" value="2" /> Đào tạo - Bồi dưỡng<br />'
            '<input type="radio" name="dnn$ctr380$BinhChon$rdo" value="3" /> Văn bản<br /></div>'
            '<input type="submit" name="dnn$ctr380$BinhChon$btnBinhChon" value="Biểu quyết" class="bc_nut" /> '
            "<a href=\"javascript:__doPostBack('dnn$ctr380$BinhChon$lnkKetQua','')\">Xem kết quả</a>",
        )
        + "</div>"
    )


def _sidebar_right() -> str:
    notices = "".join(
        f'<li><a href="{article_path(s, 60)}">{esc(_short(s.title, 60))}</a> '
        f'<span class="tb_ngay">({s.opts["listed"]})</span></li>'
        for s in _tab_items(60)[:3]
    )
    return (
        '<div id="dnn_RightPane" class="RightPane">'
        + _container(
            381,
            "Thông báo mới",
            f'<marquee direction="up" scrollamount="2" onmouseover="this.stop()" '
            f'onmouseout="this.start()"><ul class="tb_list">{notices}</ul></marquee>',
        )
        + _container(
            383,
            "Văn bản mới",
            '<ul class="vb_moi"><li><a href="/van-ban/ItemID/41/ke-hoach-so-98-kh-tct">Kế hoạch số 98-KH/TCT '
            "mở các lớp bồi dưỡng năm 2027</a></li>"
            '<li><a href="/van-ban/ItemID/39/quyet-dinh-so-412-qd-tct">Quyết định số 412-QĐ/TCT ban hành '
            "Quy chế đào tạo</a></li></ul>",
        )
        + _container(
            385,
            "Thư viện ảnh",
            '<a href="/thu-vien-anh/AlbumID/7/hoi-thi-giang-vien-day-gioi-2026">'
            '<img src="/Portals/0/ThuVienAnh/7/cover.jpg" alt="Hội thi giảng viên dạy giỏi 2026" /></a>',
        )
        + _container(
            387,
            "Thống kê truy cập",
            '<table class="tk_truycap"><tr><td>Đang online:</td><td>27</td></tr>'
            "<tr><td>Hôm nay:</td><td>412</td></tr><tr><td>Tháng này:</td><td>2.318</td></tr>"
            "<tr><td>Tổng truy cập:</td><td>1.284.907</td></tr></table>",
        )
        + "</div>"
    )


def _page(
    request: Request,
    *,
    tab_title: str,
    crumbs: list[tuple[str, str | None]] | None,
    content: str,
    active_tab: int | None = None,
    head_extra: str = "",
    panes: bool = True,
) -> Response:
    action = esc(request.target)
    title = f"{SITE_NAME} &gt; {tab_title}" if tab_title else SITE_NAME
    body = (
        '<!DOCTYPE html>\n<html lang="vi-VN">\n<head id="Head">'
        '<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />'
        f"<title>\r\n\t{title}\r\n</title>"
        '<meta id="MetaDescription" name="DESCRIPTION" content="Trang thông tin điện tử Trường Chính trị '
        'tỉnh Kon Tum - đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở" />'
        '<meta id="MetaKeywords" name="KEYWORDS" content="truong chinh tri, kon tum, dao tao, boi duong" />'
        '<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />'
        '<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />'
        '<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=112" type="text/css" rel="stylesheet" />'
        '<link href="/Portals/_default/Skins/TCT2016/skin.css?cdv=112" type="text/css" rel="stylesheet" />'
        '<link href="/Portals/_default/Containers/TCT2016/container.css?cdv=112" type="text/css" rel="stylesheet" />'
        f'<link href="{MODULE}/module.css?cdv=112" type="text/css" rel="stylesheet" />'
        '<script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=112" type="text/javascript"></script>'
        f"{head_extra}"
        '<link id="favicon" rel="SHORTCUT ICON" href="/Portals/0/favicon.ico?ver=2016-05-11-093514-377" type="image/x-icon" />'
        "</head>\n"
        '<body id="Body">\n'
        f'<form method="post" action="{action}" id="Form" enctype="multipart/form-data">\n'
        '<div class="aspNetHidden">'
        '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque(request.path, 420)}" />'
        "</div>\n"
        '<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'Form\'];\n'
        "if (!theForm) { theForm = document.Form; }\n"
        "function __doPostBack(eventTarget, eventArgument) {\n"
        "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
        "        theForm.__EVENTTARGET.value = eventTarget;\n"
        "        theForm.__EVENTARGUMENT.value = eventArgument;\n"
        "        theForm.submit();\n    }\n}\n//]]>\n</script>\n"
        "<!--CDF(Css|/Portals/_default/Skins/TCT2016/skin.css?cdv=112)-->\n"
        '<div id="tct_wrapper">'
        '<div id="tct_top"><span class="tct_ngay">' + HEADER_TODAY + "</span>"
        '<div class="tct_timkiem"><span id="dnn_dnnSEARCH_ClassicSearch">'
        '<input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" '
        'id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" placeholder="Tìm kiếm..." />'
        "<a id=\"dnn_dnnSEARCH_cmdSearch\" class=\"SkinObject\" href=\"javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')\">"
        "Tìm</a></span></div>"
        '<a id="dnn_dnnLOGIN_loginLink" class="tct_login" rel="nofollow" '
        "href=\"javascript:__doPostBack('dnn$dnnLOGIN$loginLink','')\">Đăng nhập</a></div>"
        '<div id="tct_banner"><a id="dnn_dnnLOGO_hypLogo" title="Trường Chính trị tỉnh Kon Tum" href="/">'
        '<img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo_tct.png" alt="Trường Chính trị tỉnh Kon Tum" /></a>'
        '<h1 class="tct_tentruong">TRƯỜNG CHÍNH TRỊ TỈNH KON TUM</h1>'
        '<div class="tct_khauhieu">Trung thành - Sáng tạo - Đoàn kết - Kỷ cương</div></div>'
        + _menu(active_tab)
        + (_breadcrumb(crumbs) if crumbs is not None else "")
        + '<div id="tct_main">'
        + (_sidebar_left() if panes else "")
        + f'<div id="dnn_ContentPane" class="ContentPane">{content}</div>'
        + (_sidebar_right() if panes else "")
        + "</div>"
        '<div id="tct_footer"><div class="ft_ten">TRANG THÔNG TIN ĐIỆN TỬ TRƯỜNG CHÍNH TRỊ TỈNH KON TUM</div>'
        "<div>Địa chỉ: 322 Bà Triệu, phường Quyết Thắng, thành phố Kon Tum, tỉnh Kon Tum</div>"
        "<div>Điện thoại: (0260) 3 862 517 - Fax: (0260) 3 862 518 - Email: "
        '<a href="mailto:truongchinhtri@kontum.gov.vn">truongchinhtri@kontum.gov.vn</a></div>'
        "<div>Chịu trách nhiệm chính: Hiệu trưởng Trần Quang Vinh. Ghi rõ nguồn khi phát hành lại thông tin "
        "từ website này.</div>"
        '<div class="ft_copy">Copyright © 2016 - 2026 Trường Chính trị tỉnh Kon Tum. '
        '<a id="dnn_dnnTERMS_hypTerms" class="SkinObject" rel="nofollow" '
        "href=\"javascript:__doPostBack('dnn$dnnTERMS$hypTerms','')\">Điều khoản sử dụng</a></div></div>"
        "</div>\n"
        '<input name="ScrollTop" type="hidden" id="ScrollTop" />'
        '<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" '
        "value=\"`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`" + str(active_tab or 55) + '`}" />\n'
        f'<script type="text/javascript" src="{MODULE}/js/jquery.lazyload.min.js"></script>'
        '<script type="text/javascript">jQuery(function($){$("img.lazy").lazyload({effect:"fadeIn"});});</script>\n'
        "</form>\n</body>\n</html>\n"
    )
    return html(body)


# ---------------------------------------------------------------------------------------------
# The article text
# ---------------------------------------------------------------------------------------------


def _img_tag(src: str, *, lazy: bool) -> str:
    if lazy:
        return (
            f'<img class="lazy" src="{LAZY_GIF}" data-original="{esc(src)}" alt="" '
            'style="width: 600px; height: auto;" />'
        )
    return f'<img src="{esc(src)}" alt="" style="width: 600px; height: auto;" />'


def _render_img(img: Img, *, lazy: bool) -> str:
    tag = _img_tag(img.src, lazy=lazy)
    if img.style == "table":
        return (
            '<table class="tt_anh" align="center" border="0" cellpadding="3" cellspacing="0" '
            'style="width: 600px;"><tbody>'
            f'<tr><td style="text-align: center;">{tag}</td></tr>'
            f'<tr><td style="text-align: center;"><em><span style="font-size: 12px;">'
            f"{esc(img.printed or '')}</span></em></td></tr></tbody></table>"
        )
    if img.style == "p":
        out = f'<p style="text-align: center;">{tag}</p>'
        if img.printed:
            out += f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
        return out
    return f'<p style="text-align: center;">{tag}</p>'


def _render_blocks(story: Story, *, lazy: bool) -> str:
    nfd = bool(story.opts.get("nfd"))
    out: list[str] = []
    rows: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if rows:
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;">'
                "<tbody>" + "".join(rows) + "</tbody></table>"
            )
            rows.clear()
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items.clear()

    for block in story.blocks:
        if isinstance(block, P) and block.style == "tr":
            if items:
                flush()
            cells = "".join(f"<td>{text(c.strip(), nfd=nfd)}</td>" for c in block.text.split("|"))
            rows.append(f"<tr>{cells}</tr>")
            continue
        if isinstance(block, P) and block.style == "li":
            if rows:
                flush()
            items.append(f"<li>{text(block.text, nfd=nfd)}</li>")
            continue
        flush()
        if isinstance(block, Img):
            out.append(_render_img(block, lazy=lazy))
        elif isinstance(block, Raw):
            out.append(block.html)
        elif block.style == "br":
            # a <br /> inside the previous paragraph or line: two paragraphs in the gold
            prev = out.pop()
            closing = prev[prev.rindex("</") :]
            out.append(prev[: -len(closing)] + "<br />\r\n" + text(block.text, nfd=nfd) + closing)
        elif block.style == "div":
            out.append(f'<div style="text-align: justify;">{text(block.text, nfd=nfd)}</div>')
        elif block.style == "h":
            out.append(f"<p><strong>{text(block.text, nfd=nfd)}</strong></p>")
        elif block.style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{text(block.text, nfd=nfd)}</strong></p>')
        elif block.style == "q":
            out.append(f'<p style="margin-left: 40px; text-align: justify;"><em>{text(block.text, nfd=nfd)}</em></p>')
        else:
            out.append(f'<p style="text-align: justify;">{text(block.text, nfd=nfd)}</p>')
    flush()
    return "\n".join(out)


def _letterhead() -> str:
    return (
        '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
        '<td style="width: 45%; text-align: center;">TỈNH ỦY KON TUM<br /><strong>TRƯỜNG CHÍNH TRỊ</strong>'
        "<br />*<br />Số 126-TB/TCT</td>"
        '<td style="text-align: center;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br />&nbsp;<br />'
        "<em>Kon Tum, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
        '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
        "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
        '<p style="text-align: center;">-----</p>'
    )


def _closing() -> str:
    return (
        '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
        '<td style="width: 50%; vertical-align: top;"><u>Nơi nhận:</u><br />- Các khoa, phòng;<br />'
        "- Đăng Trang TTĐT Nhà trường;<br />- Lưu VT.</td>"
        '<td style="text-align: center; vertical-align: top;"><strong>T/M BAN GIÁM HIỆU<br />HIỆU TRƯỞNG</strong>'
        "<br /><em>(Đã ký)</em><br />&nbsp;<br /><strong>Trần Quang Vinh</strong></td>"
        "</tr></tbody></table>"
    )


def _text_html(story: Story, *, lazy: bool) -> str:
    """What the editor's HTML field holds (tt_noidung), as the detail view or print view shows it."""
    parts: list[str] = []
    if story.opts.get("repeat_title"):
        parts.append(f'<p style="text-align: center;"><strong>{esc(story.title)}</strong></p>')
    if story.opts.get("repeat_sapo"):
        parts.append(f'<p style="text-align: justify;">{esc(story.summary or "")}</p>')
    if story.opts.get("official"):
        parts.append(_letterhead())
    parts.append(_render_blocks(story, lazy=lazy))
    if story.opts.get("official"):
        parts.append(_closing())
    return "\n".join(parts)


def _title_html(story: Story) -> str:
    return story.opts.get("title_html") or esc(story.title)


def _date_line(story: Story, mid: int) -> str:
    line = (
        f'Ngày đăng: <span id="dnn_ctr{mid}_ViewTinTuc_ChiTiet_lblNgayDang">{_us_date(_posted(story))}</span>'
    )
    if story.opts.get("updated"):
        line += f' &nbsp;|&nbsp; Cập nhật: <span>{story.opts["updated"]}</span>'
    if story.opts.get("poster"):
        line += f' &nbsp;|&nbsp; Người đăng: <span class="tt_nguoidang">{story.opts["poster"]}</span>'
    line += f' &nbsp;|&nbsp; Lượt xem: <span class="tt_luotxem">{story.views()}</span>'
    return f'<div class="tt_ngay">{line}</div>'


def _other_items(story: Story, tabid: int) -> str:
    """"Các tin khác": the newest items of the listing's first page, old slugs as they were linked."""
    size = TABS[tabid][4]
    lis = []
    for other in _tab_items(tabid)[:size]:
        if other.id == story.id:
            continue
        href = article_path(other, tabid, other.opts.get("old_slug"))
        lis.append(
            f'<li><a href="{href}">{esc(other.title)}</a> '
            f'<span class="tt_tinkhac_ngay">({other.opts["listed"]})</span></li>'
        )
    return (
        '<div class="tt_tinkhac"><div class="tt_tinkhac_tieude">Các tin khác</div>'
        f'<ul>{"".join(lis)}</ul></div>'
    )


def _article_page(request: Request, story: Story, tabid: int) -> Response:
    slug, name, mid, ctitle, _size = TABS[tabid]
    printable = print_path(story, tabid)
    canonical = base_url(request) + article_path(story)
    related = ""
    if story.opts.get("related"):
        links = "".join(
            f'<li><a href="{article_path(BY_ID[r])}">{esc(BY_ID[r].title)}</a></li>' for r in story.opts["related"]
        )
        related = f'<div class="tt_lienquan"><b>Tin liên quan:</b><ul>{links}</ul></div>'
    sapo = esc(story.summary) if story.summary and story.sapo_outside else ""
    detail = (
        f'<div id="dnn_ctr{mid}_ViewTinTuc_pnlChiTiet" class="tt_chitiet">'
        f'<div class="tt_tieude"><span id="dnn_ctr{mid}_ViewTinTuc_ChiTiet_lblTieuDe">{_title_html(story)}</span></div>'
        + _date_line(story, mid)
        + '<div class="tt_congcu">'
        '<a href="javascript:void(0)" onclick="tt_CoChu(1)" title="Tăng cỡ chữ">A+</a> '
        '<a href="javascript:void(0)" onclick="tt_CoChu(-1)" title="Giảm cỡ chữ">A-</a> '
        f'<a href="{printable}" target="_blank" rel="nofollow" class="tt_in">'
        '<img src="/images/print.gif" alt="" /> In bài</a> '
        f'<a href="mailto:?subject={esc(story.title)}" class="tt_email">Gửi email</a> '
        f'<div class="fb-like" data-href="{canonical}" data-layout="button_count" data-action="like" '
        'data-show-faces="false" data-share="true"></div></div>'
        f'<div class="tt_tomtat"><strong>{sapo}</strong></div>'
        + related
        + f'<div class="tt_noidung" id="dnn_ctr{mid}_ViewTinTuc_ChiTiet_divNoiDung">'
        + _text_html(story, lazy=True)
        + "</div>"
        + '<div class="tt_chiase">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u='
        + canonical
        + '" target="_blank">Facebook</a> | <a href="https://zalo.me/share?u='
        + canonical
        + '" target="_blank">Zalo</a> | <a href="javascript:history.back()">« Quay lại</a></div>'
        + _other_items(story, tabid)
        + "</div>"
    )
    return _page(
        request,
        tab_title=f"Tin tức &gt; {esc(name)}",
        crumbs=[("Tin tức", None), (name, f"/{slug}")],
        content=_container(mid, ctitle, detail, print_href=printable, rss=tabid, kind="HTSoftTinTuc"),
        active_tab=tabid,
        head_extra=f'<link rel="canonical" href="{canonical}" />',
    )


def _print_page(story: Story, tabid: int) -> Response:
    """The module's own print control: no skin, dates in the portal's vi-VN culture."""
    moment = _posted(story)
    when = moment.strftime("%d/%m/%Y - %H:%M")
    sapo = f'<p class="in_tomtat"><b>{esc(story.summary)}</b></p>' if story.summary and story.sapo_outside else ""
    body = (
        '<!DOCTYPE html>\n<html lang="vi-VN"><head><meta charset="utf-8" />'
        f"<title>{esc(story.title)}</title>"
        f'<link href="{MODULE}/print.css" rel="stylesheet" type="text/css" /></head>'
        '<body onload="window.print()"><div class="in_trang">'
        '<div class="in_dau"><img src="/Portals/0/logo_tct.png" alt="" /> TRƯỜNG CHÍNH TRỊ TỈNH KON TUM</div>'
        f'<h3 class="in_tieude">{_title_html(story)}</h3>'
        f'<div class="in_ngay">Ngày đăng: {when}</div>'
        + sapo
        + f'<div class="in_noidung">{_text_html(story, lazy=False)}</div>'
        '<div class="in_cuoi">Địa chỉ bài viết: Trang thông tin điện tử Trường Chính trị tỉnh Kon Tum</div>'
        "</div></body></html>"
    )
    return html(body)


# ---------------------------------------------------------------------------------------------
# Listings, home, static tabs, RSS
# ---------------------------------------------------------------------------------------------


def _list_item(story: Story, tabid: int) -> str:
    href = article_path(story, tabid)
    return (
        '<div class="tt_item">'
        f'<a class="tt_anhnho" href="{href}"><img src="{_thumb(story)}" alt="{esc(_short(story.title))}" /></a>'
        f'<div class="tt_item_tieude"><a href="{href}">{esc(_short(story.title))}</a></div>'
        f'<div class="tt_item_ngay">({story.opts["listed"]})</div>'
        f'<div class="tt_item_tomtat">{esc(_lead(story))}</div>'
        '<div class="clear"></div></div>'
    )


def _pager(tabid: int, page: int) -> str:
    slug = TABS[tabid][0]
    last = _pages(tabid)
    parts = ['<span class="pg_nhan">Trang:</span>']
    if page > 1:
        parts.append(f'<a class="pg_dau" href="/{slug}">«</a>')
        parts.append(f'<a class="pg_truoc" href="/{slug}' + (f"/page/{page - 1}" if page > 2 else "") + '">‹</a>')
    for n in range(1, last + 1):
        if n == page:
            parts.append(f'<span class="pg_chon">{n}</span>')
        else:
            parts.append(f'<a class="pg_so" href="/{slug}/tabid/{tabid}/Default.aspx?page={n}">{n}</a>')
    if page < last:
        parts.append(f'<a class="pg_sau" href="/{slug}/page/{page + 1}">›</a>')
        parts.append(f'<a class="pg_cuoi" href="/{slug}/page/{last}">»</a>')
    return '<div class="tt_phantrang">' + " ".join(parts) + "</div>"


def _list_page(request: Request, tabid: int, page: int) -> Response | None:
    slug, name, mid, ctitle, size = TABS[tabid]
    if not 1 <= page <= _pages(tabid):
        return None
    items = _tab_items(tabid)[(page - 1) * size : page * size]
    body = (
        f'<div id="dnn_ctr{mid}_ViewTinTuc_pnlDanhSach" class="tt_dstin">'
        + "".join(_list_item(s, tabid) for s in items)
        + _pager(tabid, page)
        + "</div>"
    )
    return _page(
        request,
        tab_title=f"Tin tức &gt; {esc(name)}",
        crumbs=[("Tin tức", None), (name, f"/{slug}")],
        content=_container(mid, ctitle, body, rss=tabid, kind="HTSoftTinTuc"),
        active_tab=tabid,
    )


def _home(request: Request) -> Response:
    slides = "".join(
        f'<li><a href="{esc(default_aspx_path(BY_ID[i]))}"><img src="/Portals/0/TinTuc/Thumbs/{i}_large.jpg" alt="" />'
        f'<span class="sl_tieude">{esc(_short(BY_ID[i].title, 80))}</span></a></li>'
        for i in SLIDER
    )
    boxes = _container(
        401, "Tin nổi bật", f'<div class="sl_noibat"><ul class="bxslider">{slides}</ul></div>', kind="HTSoftSlider"
    )
    for tabid, count in ((58, 4), (59, 2)):
        slug, name, _mid, _ct, _size = TABS[tabid]
        items = _tab_items(tabid)[:count]
        first, rest = items[0], items[1:]
        inner = (
            '<div class="hb_tinchinh">'
            f'<a href="{article_path(first, tabid)}"><img src="{_thumb(first)}" alt="" /></a>'
            f'<a class="hb_tieude" href="{article_path(first, tabid)}">{esc(_short(first.title))}</a>'
            f'<div class="hb_tomtat">{esc(_lead(first))}</div></div><ul class="hb_tinkhac">'
            + "".join(f'<li><a href="{article_path(s, tabid)}">{esc(_short(s.title))}</a></li>' for s in rest)
            + f'</ul><div class="hb_xemtiep"><a href="/{slug}">Xem tiếp »</a></div>'
        )
        boxes += _container(400 + tabid - 50, name, inner, kind="HTSoftTinTuc")
    return _page(request, tab_title="Trang chủ", crumbs=None, content=boxes, active_tab=55)


_STATIC_TABS: dict[str, tuple[str, str, str]] = {
    # path -> (menu name, headline printed by the news module in single-item mode, text HTML)
    "/gioi-thieu": (
        "Giới thiệu",
        "Giới thiệu chung về Trường Chính trị tỉnh Kon Tum",
        "<p>Trường Chính trị tỉnh Kon Tum được thành lập theo Quyết định số 09-QĐ/TU ngày 22/01/1992 của "
        "Tỉnh ủy Kon Tum trên cơ sở Trường Đảng tỉnh, là cơ sở đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý "
        "của hệ thống chính trị ở cơ sở.</p>"
        "<p>Trải qua hơn 34 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng cho hơn 65.000 lượt "
        "cán bộ, đảng viên; được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhì (năm 2017).</p>"
        '<p style="text-align: center;"><img src="/Portals/0/GioiThieu/toan-canh-truong.jpg" alt="" /></p>',
    ),
    "/chuc-nang-nhiem-vu": (
        "Giới thiệu",
        "Chức năng, nhiệm vụ của Trường Chính trị tỉnh Kon Tum",
        "<p><strong>1. Chức năng</strong></p><p>Trường Chính trị tỉnh là đơn vị sự nghiệp trực thuộc Tỉnh ủy "
        "và Ủy ban nhân dân tỉnh, có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý trong hệ thống "
        "chính trị ở cơ sở.</p><p><strong>2. Nhiệm vụ</strong></p><ul><li>Đào tạo trung cấp lý luận chính "
        "trị - hành chính;</li><li>Bồi dưỡng cán bộ lãnh đạo, quản lý cấp phòng và tương đương;</li>"
        "<li>Nghiên cứu khoa học, tổng kết thực tiễn ở địa phương.</li></ul>",
    ),
}


def _static_tab(request: Request, path: str) -> Response:
    menu, headline, body = _STATIC_TABS[path]
    detail = (
        '<div class="tt_chitiet">'
        f'<div class="tt_tieude"><span id="dnn_ctr420_ViewTinTuc_ChiTiet_lblTieuDe">{esc(headline)}</span></div>'
        f'<div class="tt_noidung">{body}</div></div>'
    )
    crumbs: list[tuple[str, str | None]] = [("Giới thiệu", "/gioi-thieu")]
    if path != "/gioi-thieu":
        crumbs.append((headline.split(" của ")[0], path))
    content = _container(420, menu, detail, kind="HTSoftTinTuc")
    return _page(request, tab_title=esc(menu), crumbs=crumbs, content=content)


def _co_cau(request: Request) -> Response:
    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>"
        for a, b, c in (
            ("Trần Quang Vinh", "Hiệu trưởng", "(0260) 3 862 501"),
            ("Phạm Thị Thu Hà", "Phó Hiệu trưởng", "(0260) 3 862 502"),
            ("A Thuyên", "Phó Hiệu trưởng", "(0260) 3 862 503"),
        )
    )
    body = (
        '<div id="dnn_ctr425_HtmlModule_lblContent" class="Normal"><p><strong>Ban Giám hiệu</strong></p>'
        '<table border="1" cellpadding="4" style="width: 100%;"><tr><th>Họ và tên</th><th>Chức vụ</th>'
        f"<th>Điện thoại</th></tr>{rows}</table>"
        "<p><strong>Các khoa, phòng:</strong> Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp "
        "luật; Khoa Dân vận; Phòng Quản lý đào tạo và Nghiên cứu khoa học; Phòng Tổ chức - Hành chính.</p></div>"
    )
    return _page(
        request,
        tab_title="Cơ cấu tổ chức",
        crumbs=[("Giới thiệu", "/gioi-thieu"), ("Cơ cấu tổ chức", "/co-cau-to-chuc")],
        content=_container(425, "Cơ cấu tổ chức", body),
    )


def _lien_he(request: Request) -> Response:
    body = (
        '<div class="lh_thongtin"><p><b>TRƯỜNG CHÍNH TRỊ TỈNH KON TUM</b></p>'
        "<p>Địa chỉ: 322 Bà Triệu, phường Quyết Thắng, thành phố Kon Tum</p>"
        "<p>Điện thoại: (0260) 3 862 517 - Email: truongchinhtri@kontum.gov.vn</p></div>"
        '<div class="lh_form"><table>'
        '<tr><td>Họ tên (*)</td><td><input name="dnn$ctr430$Feedback$txtName" type="text" /></td></tr>'
        '<tr><td>Email (*)</td><td><input name="dnn$ctr430$Feedback$txtEmail" type="text" /></td></tr>'
        '<tr><td>Nội dung</td><td><textarea name="dnn$ctr430$Feedback$txtBody" rows="6" cols="40"></textarea></td></tr>'
        "</table><a class=\"dnnPrimaryAction\" href=\"javascript:__doPostBack('dnn$ctr430$Feedback$cmdSend','')\">"
        "Gửi liên hệ</a></div>"
    )
    return _page(
        request,
        tab_title="Liên hệ",
        crumbs=[("Liên hệ", "/lien-he")],
        content=_container(430, "Liên hệ", body),
    )


DOCUMENTS = {
    41: (
        "ke-hoach-so-98-kh-tct",
        "98-KH/TCT",
        "20/11/2026",
        "Kế hoạch mở các lớp bồi dưỡng, cập nhật kiến thức năm 2027",
        "q8VbZrTgk2E%3d",
    ),
    39: (
        "quyet-dinh-so-412-qd-tct",
        "412-QĐ/TCT",
        "05/10/2026",
        "Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị - hành chính",
        "Zt7PqK1mVbs%3d",
    ),
}


def _van_ban(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{so}</td><td>{ngay}</td><td><a href="/van-ban/ItemID/{i}/{slug}">{esc(trich)}</a></td></tr>'
        for i, (slug, so, ngay, trich, _t) in DOCUMENTS.items()
    )
    body = (
        '<table class="vb_ds" border="1" cellpadding="4" style="width: 100%;">'
        f"<tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>"
    )
    return _page(
        request,
        tab_title="Văn bản",
        crumbs=[("Văn bản", "/van-ban")],
        content=_container(432, "Văn bản - Tài liệu", body),
    )


def _van_ban_item(request: Request, item: int) -> Response:
    _slug, so, ngay, trich, ticket = DOCUMENTS[item]
    body = (
        '<table class="vb_chitiet" border="1" cellpadding="4" style="width: 100%;">'
        f"<tr><td>Số ký hiệu</td><td>{so}</td></tr><tr><td>Ngày ban hành</td><td>{ngay}</td></tr>"
        "<tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Kon Tum</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(trich)}</td></tr>"
        f'<tr><td>Tải về</td><td><a href="/LinkClick.aspx?fileticket={ticket}&amp;tabid=62&amp;portalid=0'
        '&amp;mid=432">Tệp đính kèm (PDF)</a></td></tr></table>'
    )
    return _page(
        request,
        tab_title="Văn bản",
        crumbs=[("Văn bản", "/van-ban")],
        content=_container(432, "Chi tiết văn bản", body),
    )


ALBUM_PATH = "/thu-vien-anh/AlbumID/7/hoi-thi-giang-vien-day-gioi-2026"


def _thu_vien(request: Request) -> Response:
    body = (
        f'<div class="tva_album"><a href="{ALBUM_PATH}"><img src="/Portals/0/ThuVienAnh/7/cover.jpg" alt="" />'
        "</a><div><a href=\"" + ALBUM_PATH + '">Hội thi giảng viên dạy giỏi cấp trường năm 2026</a> (12 ảnh)</div></div>'
    )
    return _page(
        request,
        tab_title="Thư viện ảnh",
        crumbs=[("Thư viện ảnh", "/thu-vien-anh")],
        content=_container(434, "Thư viện ảnh", body),
    )


def _album(request: Request) -> Response:
    photos = "".join(
        f'<li><a href="/Portals/0/ThuVienAnh/7/anh-{n:02d}.jpg" rel="prettyPhoto[album7]">'
        f'<img src="/Portals/0/ThuVienAnh/7/thumb-{n:02d}.jpg" alt="Ảnh {n}" /></a></li>'
        for n in range(1, 13)
    )
    body = (
        '<div class="tva_tieude">Hội thi giảng viên dạy giỏi cấp trường năm 2026</div>'
        f'<ul class="tva_anh">{photos}</ul>'
    )
    return _page(
        request,
        tab_title="Thư viện ảnh",
        crumbs=[("Thư viện ảnh", "/thu-vien-anh")],
        content=_container(434, "Thư viện ảnh", body),
    )


def _rss(request: Request, tabid: int) -> Response:
    base = base_url(request)
    items = "".join(
        "<item>"
        f"<title>{esc(s.title)}</title>"
        f"<link>{esc(base + default_aspx_path(s))}</link>"
        f"<description>{esc(_lead(s))}</description>"
        f"<pubDate>{_posted(s).strftime('%a, %d %b %Y %H:%M:%S')} +0700</pubDate>"
        "</item>"
        for s in _tab_items(tabid)
        if s.opts["tab"] == tabid
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{esc(TABS[tabid][1])} - {SITE_NAME}</title><link>{base}/{TABS[tabid][0]}</link>"
        f"<description>{esc(TABS[tabid][1])}</description><language>vi-VN</language>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "text/xml; charset=utf-8"})


_HANDLER_FILES = {"3391", "3392"}
_TICKETS = {"q8VbZrTgk2E=", "Hq1LmN0pYwA=", "Zt7PqK1mVbs="}


class Site:
    """The DNN portal: its URL rewriter in a few regular expressions."""

    _article = re.compile(r"^/([a-z-]+)/ArticleID/(\d+)(?:/[^/]*)?$", re.IGNORECASE)
    _print = re.compile(r"^/([a-z-]+)/ctl/Print/mid/(\d+)/ArticleID/(\d+)$", re.IGNORECASE)
    _list_q = re.compile(r"^/([a-z-]+)/tabid/(\d+)/Default\.aspx$", re.IGNORECASE)
    _list_p = re.compile(r"^/([a-z-]+)/page/(\d+)$")
    _doc = re.compile(r"^/van-ban/ItemID/(\d+)/([a-z0-9-]+)$")

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/" or (path.lower() == "/default.aspx" and not request.query):
            return _home(request)
        if path.lower() == "/default.aspx":
            return self._default_aspx(request)
        if path.lstrip("/") in TAB_BY_SLUG:
            return _list_page(request, TAB_BY_SLUG[path.lstrip("/")], 1)
        if m := self._list_q.match(path):
            tabid = TAB_BY_SLUG.get(m.group(1))
            if tabid is None or tabid != int(m.group(2)):
                return None
            page = request.params.get("page", "1")
            return _list_page(request, tabid, int(page)) if page.isdigit() else None
        if m := self._list_p.match(path):
            tabid = TAB_BY_SLUG.get(m.group(1))
            return _list_page(request, tabid, int(m.group(2))) if tabid else None
        if m := self._article.match(path):
            return self._article_at(request, m.group(1), int(m.group(2)))
        if m := self._print.match(path):
            tabid = TAB_BY_SLUG.get(m.group(1))
            story = BY_ID.get(int(m.group(3)))
            if not tabid or not story or TABS[tabid][2] != int(m.group(2)) or tabid not in _tabs_of(story):
                return None
            return _print_page(story, tabid)
        if path in _STATIC_TABS:
            return _static_tab(request, path)
        if path == "/co-cau-to-chuc":
            return _co_cau(request)
        if path == "/lien-he":
            return _lien_he(request)
        if path == "/van-ban":
            return _van_ban(request)
        if m := self._doc.match(path):
            item = int(m.group(1))
            if item in DOCUMENTS and DOCUMENTS[item][0] == m.group(2):
                return _van_ban_item(request, item)
            return None
        if path == "/thu-vien-anh":
            return _thu_vien(request)
        if path == ALBUM_PATH:
            return _album(request)
        if path == f"{MODULE}/RSS.aspx":
            tabid = int(request.params.get("tabid", "0") or 0)
            if tabid in TABS and request.params.get("mid") == str(TABS[tabid][2]):
                return _rss(request, tabid)
            return None
        if path == f"{MODULE}/ImageHandler.ashx":
            if request.params.get("fileid") in _HANDLER_FILES:
                return static_file("x.jpg")
            return None
        if path.lower() == "/linkclick.aspx":
            if request.params.get("fileticket") in _TICKETS:
                return Response(
                    200,
                    PDF,
                    {"Content-Type": "application/pdf", "Content-Disposition": "attachment; filename=tailieu.pdf"},
                )
            return None
        if path.startswith(("/Portals/", "/images/", "/Resources/", "/DesktopModules/")):
            return static_file(path)
        return None

    def _default_aspx(self, request: Request) -> Response | None:
        params = {k.lower(): v for k, v in request.params.items()}
        tab = params.get("tabid", "")
        if not tab.isdigit() or int(tab) not in TABS:
            return None
        tabid = int(tab)
        if "articleid" in params:
            story = BY_ID.get(int(params["articleid"])) if params["articleid"].isdigit() else None
            if story is None or tabid not in _tabs_of(story):
                return None
            return _article_page(request, story, tabid)
        page = params.get("page", "1")
        return _list_page(request, tabid, int(page)) if page.isdigit() else None

    def _article_at(self, request: Request, tab_slug: str, article_id: int) -> Response | None:
        tabid = TAB_BY_SLUG.get(tab_slug)
        story = BY_ID.get(article_id)
        if tabid is None or story is None or tabid not in _tabs_of(story):
            return None
        return _article_page(request, story, tabid)


def _tabs_of(story: Story) -> tuple[int, ...]:
    also = story.opts.get("also_tab")
    return (story.opts["tab"], also) if also else (story.opts["tab"],)


def build_site() -> Site:
    return Site()


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    tabid = story.opts["tab"]
    alts = [default_aspx_path(story), print_path(story)]
    if story.opts.get("old_slug"):
        alts.append(article_path(story, slug=story.opts["old_slug"]))
    if story.opts.get("also_tab"):
        other = story.opts["also_tab"]
        alts += [article_path(story, other), print_path(story, other)]
    return gold_record(
        story,
        article_path(story),
        TABS[tabid][1],
        canonical_path=article_path(story),
        alt_paths=alts,
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/chuc-nang-nhiem-vu",
    "/co-cau-to-chuc",
    "/lien-he",
    "/van-ban/ItemID/41/ke-hoach-so-98-kh-tct",
    "/van-ban/ItemID/39/quyet-dinh-so-412-qd-tct",
    ALBUM_PATH,
]
