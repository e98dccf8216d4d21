"""Sở Giáo dục và Đào tạo tỉnh Bình Phước: a vendor portal on NestJS + Handlebars + MongoDB.

Platform
    A Vietnamese vendor's "e-Portal GD" product: a NestJS (Node.js) server renders Handlebars
    views (``layouts/main.hbs`` + partials, visible as ``data-hbs-partial`` attributes), the posts
    live in MongoDB (24-hex ObjectIds in every URL), the editors write in Quill 2 (``ql-editor``,
    ``ql-align-*`` classes, ``<ol><li data-list="bullet">`` lists, ``<p><br></p>`` spacers), and a
    small client script hydrates "Xem thêm" (load more) buttons from a JSON API. Dates are stored
    in UTC (``2026-12-02T23:15:00.000Z``) and formatted by moment with the ``vi`` locale in
    Asia/Ho_Chi_Minh for print.

URL scheme
    /                                  home: slider "Tiêu điểm", "Tin mới" (4) + load-more button
    /tin-tuc/<slug>-<24-hex objectid>  an article; the route reads only the trailing ObjectId, so
                                       /tin-tuc/<objectid> and an old slug serve the same post
    /chuyen-muc/<slug>?page=<N>        a category listing, 3 posts a page (+ the pinned one)
    /api/news?cursor=<oid>&cm=<slug>   JSON for "Xem thêm": {"data": [{_id, slug, title, …}],
                                       "nextCursor": …}; no URLs in it (the client builds them)
    /van-ban, /van-ban/<objectid>      document register and its entries (not articles)
    /thu-vien-anh/<objectid>           a photo album (not an article)
    /gioi-thieu, /lien-he              intro and contact (not articles)
    /uploads/…, /public/…              images, PDFs, styles and scripts

Page templates
    layout: header (clock "Thứ Bảy, 05/12/2026", ``<h1>`` holding the site's name), drop-down
    menu, breadcrumb ``ol.bc``, main column, sidebar (Đọc nhiều, Liên kết, Thống kê truy cập,
    Bình chọn), footer. Article view ``post/detail.hbs``: ``<h2 class="td-bv">`` title, the
    ``tt-bv`` meta row with a ``<time datetime=UTC>`` and a printed local date, the sapo
    ``div.mt-bv``, the Quill content ``div.nd-bv.ql-editor``, then the template's own byline row
    ``div.tg-bv`` (the post's ``author`` field), source, attachments, tags, share tools,
    "Tin mới hơn" (newer posts), a ``<template>`` with the "Đọc nhanh" mobile copy of the text and the
    hydration state ``<script type="application/json" id="__hbs_state__">``.

How each gold article is reached
    A1, A2, A11, A13: home "Tin mới" (A1 and A6 also from the slider, by their bare ObjectId).
    A1–A3, A6: /chuyen-muc/tin-tuc-su-kien (page 1; A6 pinned on every page).
    A4, A5 (and A8 under its second category): /chuyen-muc/tin-tuc-su-kien?page=2 (A4 also
    from A5's "Tin mới hơn"; the related list holds only newer posts of the same category).
    A7–A9: /chuyen-muc/hoat-dong-chuyen-mon; A10 only from ?page=2 of it, linked from the
    ``<noscript>`` fallback under its load-more button (and from the JSON API by id+slug).
    A11, A12: /chuyen-muc/thi-tuyen-sinh. A13: /chuyen-muc/thong-bao and home.

Traps
    1. The site's name is the page's ``<h1>`` (logo text) on every page; the headline is an
       ``<h2 class="td-bv">`` and ``<title>``/og:title add " | Sở GD&ĐT Bình Phước".
       Gold: the h2's text.
    2. ``<time datetime>`` holds the Mongo UTC instant, which falls on the previous day for posts
       before 07:00 (A1: datetime 2026-12-02T23:15Z, printed "06:15 - Thứ Năm, 03/12/2026").
       Gold: the printed local time, "2026-12-03T06:15:00+07:00".
    3. A post saved without a time (A5) is stored as local midnight: datetime
       "2026-11-11T17:00:00.000Z", printed "Thứ Năm, 12/11/2026" with no clock. Gold: the day
       alone, "2026-11-12" (neither the UTC day nor a +07:00 midnight).
    4. The ObjectId route ignores the slug: the slider links /tin-tuc/<objectid> (A1, A6) and
       the "Tin mới hơn" lists of A4/A5 link A3 under the slug of its first title (the headline was
       edited from 300 to 350 "suất"); all answer 200, with a canonical link to the clean URL.
       Gold: one record each, the variants in alt_paths.
    5. A post filed under two categories (A8: "Hoạt động chuyên môn" and "Tin tức - Sự kiện") is
       linked from the second listing with ``?cm=tin-tuc-su-kien``, and the breadcrumb follows
       ``cm``. Gold: one record at the canonical URL, category = its primary category as the
       canonical page's breadcrumb prints it ("Hoạt động chuyên môn").
    6. Every article page carries a ``<template data-hbs-partial="doc-nhanh">`` with a mobile
       "Đọc nhanh" copy of the first paragraphs, and the JSON hydration state repeats the
       excerpt. Gold: the text once, from the visible content.
    7. Quill 2 prints both bullet and numbered lists as ``<ol><li data-list=…>`` with an empty
       ``span.ql-ui`` marker (numbers come from CSS counters). Gold: each item a paragraph, no
       number or bullet added.
    8. Quill spacers ``<p><br></p>`` and the editor's caption habit: the caption is a centred
       italic ``<p class="ql-align-center"><em>…</em></p>`` after the image paragraph, and the
       ``alt`` is the post title. Gold: the italic line is the caption, not body; an image with
       no line has caption None (the alt is not a caption).
    9. The template's byline row prints the post's ``author`` field, which is empty (row not
       printed), a real name with a degree ("Tác giả: ThS. Nguyễn Thị Thu Hà" -> "Nguyễn Thị Thu
       Hà") or the CMS account ("Người đăng: bpc.quantri" -> nobody); then the real byline is a
       right-aligned line inside the content ("Bài, ảnh: Lê Văn Phúc" -> author and
       photographer; "Văn phòng Sở" alone -> author). Gold: as said, and not body.
   10. Editors paste a "Tin liên quan" box into the content (A8, ``div.tlq-embed`` with links)
       and the JSON "Xem thêm" has no URLs. Gold: the box is not body; pages are reached by the
       HTML listings.
   11. Listings print relative dates ("2 ngày trước") with the absolute one only in ``title``,
       and the pinned post heads every listing page. No gold effect beyond one record for A6.
   12. A13 is a notice printed as an official document (letterhead table, "Số:", place and
       date, "THÔNG BÁO / Về việc …", "Nơi nhận", signer). Gold: date = letterhead day
       "2026-11-30" (page's publish time 01/12/2026 09:00 ignored), signer = author, letterhead
       and closing not body.
   13. A Word paste with ``<br>`` inside one paragraph (A12). Gold: split into two paragraphs.
   14. Attachment line "Tệp đính kèm: …pdf" and the closing "Nguồn: Cục Quản lý chất lượng"
       (A11). Gold: source "Cục Quản lý chất lượng", attachment not body.

Gold decisions on ambiguous points
    - The sapo ``div.mt-bv`` (bold) is the summary and the body's first paragraph; posts
      without it have summary None (the meta description is an excerpt, not a sapo).
    - "(Ảnh: Quang Huy)" under A3's photo only credits: caption None, photographer Quang Huy.
    - The YouTube iframe in A9 is not an image; its caption line "Video: …" is not body.
    - A13's category is "Thông báo" (breadcrumb); its subject line is the title as the page's
      h2 prints it.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nestjs_hbs_sgddt"
PLATFORM = "NestJS + Handlebars (hbs) + MongoDB vendor portal, Quill 2 editor, JSON load-more"
START_PATH = "/"

ICT = timezone(timedelta(hours=7))
SITE = "Sở GD&ĐT Bình Phước"
PAGE_SIZE = 3

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thi-tuyen-sinh": "Thi - Tuyển sinh",
    "thong-bao": "Thông báo",
}


def oid(created: str, counter: int) -> str:
    """A MongoDB ObjectId: 4-byte creation time, 5 random bytes, 3-byte counter."""
    ts = int(datetime.fromisoformat(created).timestamp())
    return f"{ts:08x}a3f19c07e2{counter:06x}"


def _c(text: str) -> P:
    return P(text, "c")


# ------------------------------------------------------------------------------------------
# the 13 articles
# ------------------------------------------------------------------------------------------

A1 = Story(
    1, "khai-mac-hoi-khoe-phu-dong-tinh-binh-phuoc-lan-thu-xii-nam-2026",
    "Khai mạc Hội khỏe Phù Đổng tỉnh Bình Phước lần thứ XII năm 2026",
    "tin-tuc-su-kien", "2026-12-03T06:15:00+07:00",
    [
        P("Sáng 03/12, tại Nhà thi đấu tỉnh, Sở GD&ĐT phối hợp với Sở Văn hóa, Thể thao và Du "
          "lịch tổ chức khai mạc Hội khỏe Phù Đổng tỉnh Bình Phước lần thứ XII năm 2026."),
        P("Tham dự lễ khai mạc có đại diện lãnh đạo UBND tỉnh, các sở, ngành và hơn 2.100 vận "
          "động viên là học sinh đến từ 11 huyện, thị xã, thành phố trong tỉnh."),
        Img("/uploads/2026/12/hkpd-khai-mac-1.jpg",
            "Các đoàn vận động viên diễu hành tại lễ khai mạc",
            "Các đoàn vận động viên diễu hành tại lễ khai mạc"),
        P("Phát biểu khai mạc, Giám đốc Sở GD&ĐT nhấn mạnh Hội khỏe Phù Đổng là dịp để các em "
          "học sinh rèn luyện thể chất, giao lưu, học hỏi và tuyển chọn vận động viên năng khiếu "
          "cho tỉnh."),
        P("Hội khỏe năm nay gồm 12 môn thi đấu: điền kinh, bơi, bóng đá, bóng chuyền, cầu lông, "
          "bóng bàn, cờ vua, võ cổ truyền, karate, taekwondo, đá cầu và kéo co, diễn ra đến ngày "
          "10/12/2026."),
        Raw('<p class="ql-align-right"><strong>Bài, ảnh: Lê Văn Phúc</strong></p>'),
    ],
    authors=["Lê Văn Phúc"], photographers=["Lê Văn Phúc"],
    summary="Hơn 2.100 vận động viên tranh tài ở 12 môn thi đấu trong 8 ngày.",
    sapo_outside=True,
    opts={"views": 1532},
)

A2 = Story(
    2, "so-gd-dt-lam-viec-voi-ubnd-huyen-bu-gia-map-ve-co-so-vat-chat-truong-hoc",
    "Sở GD&ĐT làm việc với UBND huyện Bù Gia Mập về cơ sở vật chất trường học",
    "tin-tuc-su-kien", "2026-12-01T14:30:00+07:00",
    [
        P("Chiều 01/12, đoàn công tác của Sở GD&ĐT do Phó Giám đốc Sở làm trưởng đoàn đã làm "
          "việc với UBND huyện Bù Gia Mập về tình hình cơ sở vật chất các trường học trên địa bàn."),
        P("Theo báo cáo của huyện, toàn huyện hiện còn thiếu 46 phòng học, 18 phòng bộ môn và "
          "nhiều công trình vệ sinh đã xuống cấp. Các kiến nghị chính gồm:", ),
        P("Bổ sung kinh phí xây mới 24 phòng học tại các xã biên giới", "lb"),
        P("Sửa chữa nhà vệ sinh và công trình nước sạch cho 9 điểm trường lẻ", "lb"),
        P("Ưu tiên mua sắm thiết bị dạy học tối thiểu lớp 7 và lớp 8", "lb"),
        P("Kết luận buổi làm việc, đoàn đề nghị huyện thực hiện các bước sau:"),
        P("Rà soát, tổng hợp nhu cầu trước ngày 15/12/2026", "lo"),
        P("Lồng ghép các nguồn vốn chương trình mục tiêu quốc gia", "lo"),
        P("Báo cáo kết quả về Sở trong quý I năm 2027", "lo"),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    opts={"author_field": "ThS. Nguyễn Thị Thu Hà", "views": 488},
)

A3 = Story(
    3, "trao-350-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-dan-toc-thieu-so",
    "Trao 350 suất học bổng “Tiếp sức đến trường” cho học sinh dân tộc thiểu số",
    "tin-tuc-su-kien", "2026-11-27T09:00:00+07:00",
    [
        P("Ngày 27/11, Sở GD&ĐT phối hợp với Quỹ Bảo trợ trẻ em tỉnh trao 350 suất học bổng "
          "“Tiếp sức đến trường” cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn."),
        Img("/uploads/2026/11/hoc-bong-tiep-suc.jpg", "(Ảnh: Quang Huy)", None, "credit"),
        P("Mỗi suất học bổng trị giá 2 triệu đồng tiền mặt cùng một bộ sách giáo khoa và đồ dùng "
          "học tập. Tổng giá trị chương trình hơn 800 triệu đồng."),
        P("Các em nhận học bổng đều đạt học lực từ khá trở lên, thuộc các huyện Bù Đốp, Lộc Ninh, "
          "Bù Gia Mập và Phú Riềng."),
        Raw('<p class="ql-align-right"><em>Nguồn: Báo Bình Phước</em></p>'),
    ],
    authors=["Hoàng Minh"], photographers=["Quang Huy"], source="Báo Bình Phước",
    summary="Tổng giá trị chương trình năm nay hơn 800 triệu đồng.",
    sapo_outside=True,
    opts={"author_field": "Hoàng Minh", "old_slug":
          "trao-300-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-dan-toc-thieu-so",
          "views": 1877},
)

A4 = Story(
    4, "hoc-sinh-binh-phuoc-doat-5-giai-cuoc-thi-khoa-hoc-ky-thuat-cap-quoc-gia",
    "Học sinh Bình Phước đoạt 5 giải tại Cuộc thi Khoa học kỹ thuật cấp quốc gia",
    "tin-tuc-su-kien", "2026-11-20T16:45:00+07:00",
    [
        P("Tại Cuộc thi Khoa học kỹ thuật cấp quốc gia dành cho học sinh trung học năm học "
          "2026-2027, đoàn Bình Phước đạt 1 giải Nhì, 2 giải Ba và 2 giải Khuyến khích."),
        Img("/uploads/2026/11/khkt-quoc-gia-1.jpg"),
        P("Dự án đạt giải Nhì “Hệ thống cảnh báo sớm cháy vườn điều sử dụng cảm biến IoT” của "
          "nhóm học sinh Trường THPT chuyên Quang Trung được ban giám khảo đánh giá cao về tính "
          "ứng dụng."),
        P("Năm nay tỉnh có 6 dự án dự thi thuộc các lĩnh vực kỹ thuật cơ khí, khoa học môi "
          "trường, hệ thống nhúng và khoa học xã hội hành vi."),
    ],
    authors=["Trần Quốc Bảo"],
    opts={"author_field": "Trần Quốc Bảo", "views": 915},
)

A5 = Story(
    5, "hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    "tin-tuc-su-kien", "2026-11-12",
    [
        P("Sở GD&ĐT tổ chức họp mặt cán bộ, nhà giáo nghỉ hưu nhân kỷ niệm 44 năm Ngày Nhà giáo "
          "Việt Nam (20/11/1982 - 20/11/2026)."),
        P("Tại buổi họp mặt, lãnh đạo Sở thông tin về kết quả năm học 2025-2026 và những nhiệm "
          "vụ trọng tâm của năm học mới; các thầy cô nguyên là cán bộ quản lý đã đóng góp nhiều ý "
          "kiến tâm huyết."),
        P("Dịp này, Sở trao tặng quà cho 120 nhà giáo nghỉ hưu có hoàn cảnh khó khăn."),
        Raw('<p class="ql-align-right"><strong>Văn phòng Sở</strong></p>'),
    ],
    authors=["Văn phòng Sở"],
    opts={"author_field": "@bpc.quantri", "views": 402},
)

A6 = Story(
    6, "chao-mung-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    "Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    "tin-tuc-su-kien", "2026-10-28T08:00:00+07:00",
    [
        P("Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, ngành Giáo dục Bình Phước phát động "
          "đợt thi đua cao điểm từ ngày 28/10 đến ngày 20/11/2026."),
        P("Nội dung thi đua tập trung vào đổi mới phương pháp dạy học, xây dựng trường học an "
          "toàn, thân thiện và đẩy mạnh chuyển đổi số trong quản lý, giảng dạy."),
        Img("/uploads/2026/10/banner-20-11.jpg"),
        P("Các đơn vị tổ chức hoạt động kỷ niệm trang trọng, thiết thực, tránh phô trương, lãng "
          "phí; quan tâm thăm hỏi các nhà giáo lão thành, nhà giáo có hoàn cảnh khó khăn."),
    ],
    opts={"views": 2311, "pinned": True},
)

A7 = Story(
    7, "ket-qua-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
    "Kết quả Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027",
    "hoat-dong-chuyen-mon", "2026-11-25T10:20:00+07:00",
    [
        P("Sau 5 ngày thi, Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027 đã "
          "kết thúc với 142 giáo viên được công nhận đạt danh hiệu giáo viên dạy giỏi."),
        P("Kết quả theo môn thi như sau:"),
        P("Môn | Số dự thi | Số đạt", "tr"),
        P("Ngữ văn | 38 | 31", "tr"),
        P("Toán | 41 | 35", "tr"),
        P("Tiếng Anh | 29 | 24", "tr"),
        P("Khoa học tự nhiên | 63 | 52", "tr"),
        P("Danh sách chi tiết được gửi về các đơn vị qua hệ thống quản lý văn bản điện tử."),
    ],
    authors=["Phạm Thị Ngọc Ánh"],
    opts={"author_field": "Phạm Thị Ngọc Ánh", "views": 1960},
)

A8 = Story(
    8, "tap-huan-trien-khai-chuong-trinh-giao-duc-dia-phuong-tinh-binh-phuoc",
    "Tập huấn triển khai Chương trình giáo dục địa phương tỉnh Bình Phước",
    "hoat-dong-chuyen-mon", "2026-11-18T15:00:00+07:00",
    [
        P("Từ ngày 16 đến 18/11, Sở GD&ĐT tổ chức tập huấn triển khai tài liệu Giáo dục địa "
          "phương tỉnh Bình Phước cho hơn 400 giáo viên cốt cán các cấp học."),
        P("Giáo dục địa phương", "h"),
        P("Tài liệu gồm các chủ đề về lịch sử, văn hóa, địa lý, kinh tế và môi trường của tỉnh, "
          "được biên soạn bám sát Chương trình giáo dục phổ thông 2018."),
        Raw('<div class="tlq-embed"><div class="tlq-h">Tin liên quan</div><ul>'
            '<li><a href="/tin-tuc/{A7}">Kết quả Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT '
            'năm học 2026-2027</a></li></ul></div>'),
        P("Tổ chức dạy học", "h"),
        P("Giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo viên tại đơn vị trước ngày "
          "30/11/2026 và tổ chức dạy học từ học kỳ I."),
    ],
    authors=["Đỗ Thanh Tùng"],
    opts={"author_field": "Đỗ Thanh Tùng", "also": "tin-tuc-su-kien", "views": 633},
)

A9 = Story(
    9, "chuyen-de-doi-moi-phuong-phap-day-hoc-mon-ngu-van",
    "Chuyên đề đổi mới phương pháp dạy học môn Ngữ văn theo hướng phát triển năng lực",
    "hoat-dong-chuyen-mon", "2026-11-05T07:45:00+07:00",
    [
        P("Ngày 04/11, tại Trường THPT Đồng Xoài, Sở GD&ĐT tổ chức chuyên đề đổi mới phương pháp "
          "dạy học môn Ngữ văn cấp THPT."),
        Raw('<iframe class="ql-video" frameborder="0" allowfullscreen="true" '
            'src="https://www.youtube.com/embed/Xb7pF3kQ2mA"></iframe>'
            '<p class="ql-align-center"><em>Video: Tiết dạy minh họa lớp 11A2</em></p>'),
        P("Hai tiết dạy minh họa về đọc hiểu văn bản nghị luận và viết bài văn nghị luận xã hội "
          "đã được các đại biểu thảo luận sôi nổi."),
        P("Chuyên đề giúp giáo viên chia sẻ kinh nghiệm thiết kế nhiệm vụ học tập, sử dụng "
          "phiếu học tập và đánh giá theo tiêu chí."),
    ],
    authors=["Võ Thị Hồng Nhung"],
    opts={"author_field": "Võ Thị Hồng Nhung", "views": 744},
)

A10 = Story(
    10, "hoi-nghi-giao-ban-chuyen-mon-cap-thcs-dau-nam-hoc-2026-2027",
    "Hội nghị giao ban chuyên môn cấp THCS đầu năm học 2026-2027",
    "hoat-dong-chuyen-mon", "2026-10-22T13:30:00+07:00",
    [
        P("Ngày 22/10, Sở GD&ĐT tổ chức hội nghị giao ban chuyên môn cấp THCS với sự tham dự "
          "của lãnh đạo, chuyên viên phụ trách THCS các phòng GD&ĐT."),
        P("Hội nghị thống nhất kế hoạch kiểm tra định kỳ, tổ chức thi học sinh giỏi cấp huyện "
          "và triển khai dạy học môn Khoa học tự nhiên theo chủ đề."),
        Img("/uploads/2026/10/giao-ban-thcs.jpg", "Toàn cảnh hội nghị",
            "Toàn cảnh hội nghị"),
        P("Các phòng GD&ĐT báo cáo khó khăn về đội ngũ giáo viên dạy môn tích hợp và đề xuất "
          "tăng cường bồi dưỡng trong hè."),
        Raw('<p class="ql-align-right"><strong>Phòng Giáo dục Trung học</strong></p>'),
    ],
    authors=["Phòng Giáo dục Trung học"],
    opts={"views": 210},
)

A11 = Story(
    11, "thong-tin-ky-thi-chon-hoc-sinh-gioi-quoc-gia-thpt-nam-2027",
    "Thông tin về Kỳ thi chọn học sinh giỏi quốc gia THPT năm 2027",
    "thi-tuyen-sinh", "2026-11-30T17:10:00+07:00",
    [
        P("Kỳ thi chọn học sinh giỏi quốc gia THPT năm 2027 được tổ chức trong 2 ngày 08 và "
          "09/01/2027 với 13 môn thi."),
        P("Bình Phước đăng ký 96 thí sinh dự thi ở 11 môn, trong đó đông nhất là các môn Toán, "
          "Tin học và Tiếng Anh."),
        P("Thí sinh có mặt tại điểm thi Trường THPT chuyên Quang Trung lúc 7 giờ ngày 07/01/2027 "
          "để làm thủ tục dự thi."),
        Raw('<p>Tệp đính kèm: <a href="/uploads/files/huong-dan-hsg-qg-2027.pdf">'
            'huong-dan-hsg-qg-2027.pdf</a></p>'),
        Raw('<p class="ql-align-right"><em>Nguồn: Cục Quản lý chất lượng</em></p>'),
    ],
    source="Cục Quản lý chất lượng",
    summary="Bình Phước có 96 thí sinh dự thi ở 11 môn.",
    sapo_outside=True,
    opts={"author_field": "@bpc.quantri", "views": 1104},
)

A12 = Story(
    12, "tuyen-sinh-lop-10-nam-hoc-2027-2028-lay-y-kien-ve-phuong-an-thi",
    "Tuyển sinh lớp 10 năm học 2027-2028: lấy ý kiến về phương án thi",
    "thi-tuyen-sinh", "2026-10-15T08:30:00+07:00",
    [
        P("Sở GD&ĐT đang lấy ý kiến cán bộ quản lý, giáo viên, phụ huynh về phương án tuyển "
          "sinh lớp 10 năm học 2027-2028."),
        P("Theo dự thảo, thí sinh thi 3 bài: Ngữ văn, Toán và bài thi thứ ba do Sở công bố trước "
          "ngày 31/3/2027."),
        P("Điểm xét tuyển là tổng điểm 3 bài thi cộng điểm ưu tiên, khuyến khích.", "br"),
        P("Các trường THPT chuyên tổ chức thêm bài thi môn chuyên theo quy định riêng."),
        P("Ý kiến góp ý gửi về Phòng Quản lý chất lượng trước ngày 30/10/2026."),
    ],
    authors=["Nguyễn Hữu Thắng"],
    opts={"author_field": "CN. Nguyễn Hữu Thắng", "views": 1993},
)

A13 = Story(
    13, "thong-bao-tam-dung-tiep-nhan-ho-so-truc-tuyen-do-nang-cap-he-thong",
    "Thông báo về việc tạm dừng tiếp nhận hồ sơ trực tuyến do nâng cấp hệ thống",
    "thong-bao", "2026-11-30",
    [
        Raw('<table class="ql-table" style="width:100%"><tbody><tr>'
            '<td data-row="lh1" style="text-align:center">UBND TỈNH BÌNH PHƯỚC<br>'
            '<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></td>'
            '<td data-row="lh1" style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT '
            'NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong></td></tr>'
            '<tr><td data-row="lh2" style="text-align:center">Số: 2418/TB-SGDĐT</td>'
            '<td data-row="lh2" style="text-align:right"><em>Bình Phước, ngày 30 tháng 11 năm '
            '2026</em></td></tr></tbody></table>'
            '<p class="ql-align-center"><strong>THÔNG BÁO</strong></p>'
            '<p class="ql-align-center"><strong>Về việc tạm dừng tiếp nhận hồ sơ trực tuyến do '
            'nâng cấp hệ thống</strong></p>'),
        P("Để nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính, Sở GD&ĐT thông báo tạm "
          "dừng tiếp nhận hồ sơ trực tuyến từ 17 giờ 00 ngày 05/12/2026 đến 07 giờ 30 ngày "
          "08/12/2026."),
        P("Trong thời gian trên, tổ chức, cá nhân nộp hồ sơ trực tiếp tại Bộ phận một cửa của Sở "
          "(Trung tâm Phục vụ hành chính công tỉnh)."),
        P("Sở GD&ĐT thông báo để các tổ chức, cá nhân biết và thực hiện./."),
        Raw('<table class="ql-table" style="width:100%"><tbody><tr>'
            '<td data-row="ck1"><strong><em>Nơi nhận:</em></strong><br>- Như trên;<br>'
            '- Lãnh đạo Sở;<br>- Lưu: VT, VP.</td>'
            '<td data-row="ck1" style="text-align:center"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC'
            '</strong><br><em>(Đã ký)</em><br><strong>Trần Văn Lâm</strong></td></tr>'
            '</tbody></table>'),
    ],
    authors=["Trần Văn Lâm"],
    opts={"page_time": "2026-12-01T09:00:00+07:00", "author_field": "@bpc.quantri",
          "views": 356},
)

STORIES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]

#: each post's ObjectId: created (draft saved) some hours before publication
OIDS: dict[int, str] = {}
for _s in STORIES:
    _when = _s.opts.get("page_time") or _s.published_at
    if len(_when) == 10:
        _when += "T00:00:00+07:00"
    _created = datetime.fromisoformat(_when) - timedelta(hours=5 + _s.id)
    OIDS[_s.id] = oid(_created.isoformat(), 0x4c10 + _s.id * 7)
BY_OID = {OIDS[s.id]: s for s in STORIES}


def clean_path(s: Story) -> str:
    return f"/tin-tuc/{s.slug}-{OIDS[s.id]}"


def page_when(s: Story) -> datetime:
    """When the page says the post was published (the Mongo ``publishedAt``)."""
    when = s.opts.get("page_time") or s.published_at
    if len(when) == 10:
        return datetime.fromisoformat(when + "T00:00:00+07:00")
    return datetime.fromisoformat(when)


def utc_iso(d: datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def printed_date(s: Story) -> str:
    d = page_when(s)
    day = f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}"
    if s.published_at and len(s.published_at) == 10 and not s.opts.get("page_time"):
        return day
    return f"{d:%H:%M} - {day}"


TODAY_DT = datetime(2026, 12, 5, 10, 0, tzinfo=ICT)


def relative(d: datetime) -> str:
    days = (TODAY_DT.date() - d.date()).days
    if days <= 0:
        return "Hôm nay"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


def sorted_posts(cat: str | None = None) -> list[Story]:
    posts = [s for s in STORIES if cat is None or s.cat == cat or s.opts.get("also") == cat]
    return sorted(posts, key=page_when, reverse=True)


# ------------------------------------------------------------------------------------------
# chrome
# ------------------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu", "Cơ cấu tổ chức"), ("/lien-he", "Liên hệ")]),
    ("/chuyen-muc/tin-tuc-su-kien", "Tin tức - Sự kiện", []),
    ("/chuyen-muc/hoat-dong-chuyen-mon", "Chuyên môn",
     [("/chuyen-muc/hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
      ("/chuyen-muc/thi-tuyen-sinh", "Thi - Tuyển sinh")]),
    ("/chuyen-muc/thong-bao", "Thông báo", []),
    ("/van-ban", "Văn bản", [("/van-ban", "Văn bản chỉ đạo điều hành")]),
    ("/thu-vien-anh/{ALBUM}", "Thư viện ảnh", []),
]


def _menu() -> str:
    items = []
    for href, label, subs in MENU:
        href = href.replace("{ALBUM}", ALBUM_OID)
        sub = ""
        if subs:
            sub = '<ul class="mnu-sub">' + "".join(
                f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in subs) + "</ul>"
        items.append(f'<li class="mnu-i{" has-sub" if subs else ""}"><a href="{href}">'
                     f'{esc(label)}</a>{sub}</li>')
    return '<nav class="mnu" data-hbs-partial="menu"><ul class="mnu-l">' + "".join(items) + "</ul></nav>"


def _views(s: Story) -> str:
    return f"{s.opts['views']:,}".replace(",", ".")


def _sidebar() -> str:
    most = sorted(STORIES, key=lambda s: -s.opts["views"])[:3]
    doc_nhieu = "".join(
        f'<li><a href="{clean_path(s)}">{esc(s.title)}</a> <span class="lx">({_views(s)} lượt xem)</span></li>'
        for s in most)
    return f"""<aside class="sb" data-hbs-partial="sidebar">
<div class="sb-b"><div class="sb-h">Đọc nhiều</div><ol class="sb-dn">{doc_nhieu}</ol></div>
<div class="sb-b"><div class="sb-h">Liên kết</div><ul>
<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://binhphuoc.gov.vn" target="_blank" rel="noopener">Cổng TTĐT tỉnh Bình Phước</a></li>
<li><a href="https://www.facebook.com/sogddt.binhphuoc" target="_blank">Fanpage Sở GD&amp;ĐT</a></li>
</ul></div>
<div class="sb-b"><div class="sb-h">Thư viện ảnh</div><a href="/thu-vien-anh/{ALBUM_OID}"><img src="/uploads/albums/hkpd-2026/cover.jpg" alt="Album Hội khỏe Phù Đổng"></a></div>
<div class="sb-b"><div class="sb-h">Bình chọn</div><form class="poll" onsubmit="return false">
<p>Bạn đánh giá thế nào về giao diện Cổng thông tin mới?</p>
<label><input type="radio" name="opt" value="1"> Rất hài lòng</label>
<label><input type="radio" name="opt" value="2"> Hài lòng</label>
<label><input type="radio" name="opt" value="3"> Chưa hài lòng</label>
<button type="button" class="btn-bc">Bình chọn</button></form></div>
<div class="sb-b tk"><div class="sb-h">Thống kê truy cập</div>
<p>Đang online: <b>37</b></p><p>Hôm nay: <b>1.204</b></p><p>Tổng truy cập: <b>4.518.377</b></p></div>
</aside>"""


def page(title: str, main: str, crumbs: list[tuple[str, str]], request: Request, *,
         canonical: str | None = None, head: str = "", sidebar: bool = True) -> Response:
    bc = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in crumbs)
    canon = f'<link rel="canonical" href="{base_url(request)}{canonical}">' if canonical else ""
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(SITE)}</title>{canon}{head}
<link rel="icon" href="/public/favicon.ico">
<link rel="stylesheet" href="/public/css/quill.core.css"><link rel="stylesheet" href="/public/css/main.css?v=3.2.7">
</head><body class="hbs-main">
<div id="wrap" data-hbs-layout="main">
<header class="hdr" data-hbs-partial="header">
<div class="hdr-top"><span class="hdr-ngay">Thứ Bảy, 05/12/2026</span>
<span class="hdr-ln"><a href="/lien-he">Liên hệ</a> | <a href="/van-ban">Văn bản</a></span>
<form class="hdr-tk" action="/tim-kiem" method="get"><input name="q" placeholder="Tìm kiếm..."></form></div>
<h1 class="logo-ten"><a href="/"><img src="/public/img/logo-sgd.png" alt="Logo">
<span class="l1">UBND TỈNH BÌNH PHƯỚC</span> <span class="l2">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></a></h1>
{_menu()}
</header>
<div class="ctn">
<ol class="bc" data-hbs-partial="breadcrumb"><li><a href="/"><i class="ic-home"></i> Trang chủ</a></li>{bc}</ol>
<div class="row"><main class="col-main">{main}</main>{_sidebar() if sidebar else ""}</div>
</div>
<footer class="ft" data-hbs-partial="footer">
<p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH PHƯỚC</b></p>
<p>Địa chỉ: Số 1 đường Hùng Vương, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước</p>
<p>Điện thoại: 0271.3879.123 - Email: sgddt@binhphuoc.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT. © 2026 Bản quyền thuộc Sở GD&amp;ĐT Bình Phước.</p>
<p class="ft-v">Phát triển bởi EduPortal v3.2.7 (NestJS)</p>
</footer></div>
<script src="/public/js/vendor.bundle.js"></script><script src="/public/js/app.bundle.js"></script>
</body></html>"""
    return html(body, headers={"X-Powered-By": "Express"})


# ------------------------------------------------------------------------------------------
# article view
# ------------------------------------------------------------------------------------------


def render_blocks(s: Story) -> str:
    out: list[str] = []
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html.replace("{A7}", f"{A7.slug}-{OIDS[7]}"))
        elif isinstance(b, Img):
            out.append(f'<p class="ql-align-center"><img src="{b.src}" alt="{esc(s.title)}" '
                       f'width="100%"></p>')
            if b.printed and b.style == "credit":
                out.append('<p class="ql-align-center"><span style="color: rgb(102, 102, 102);">'
                           f'<em>{esc(b.printed)}</em></span></p>')
            elif b.printed:
                out.append(f'<p class="ql-align-center"><em>{esc(b.printed)}</em></p>')
        elif b.style in ("lb", "lo"):
            kind = "bullet" if b.style == "lb" else "ordered"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f'<li data-list="{kind}"><span class="ql-ui" contenteditable="false">'
                             f'</span>{esc(blocks[i].text)}</li>')
                i += 1
            out.append("<ol>" + "".join(items) + "</ol>")
            continue
        elif b.style == "tr":
            rows = []
            n = 0
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                n += 1
                cells = "".join(f'<td data-row="row-{n:03d}">{esc(c)}</td>'
                                for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table class="ql-table"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "h":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f'<p class="ql-align-justify">{esc(b.text)}<br>{esc(nxt.text)}</p>')
            i += 2
            continue
        else:
            out.append(f'<p class="ql-align-justify">{esc(b.text)}</p>')
            if i == 1:
                out.append("<p><br></p>")
        i += 1
    return "\n".join(out)


def related_links(s: Story) -> str:
    """ "Tin mới hơn": up to 3 newer posts of the same primary category. The partial reads a
    denormalised cache that still holds A3's first slug (trap 4)."""
    newer = [x for x in sorted_posts(s.cat) if x.cat == s.cat and page_when(x) > page_when(s)]
    items = []
    for x in newer[-3:]:
        href = clean_path(x)
        if x.opts.get("old_slug"):
            href = f"/tin-tuc/{x.opts['old_slug']}-{OIDS[x.id]}"
        items.append(f'<li><a href="{href}">{esc(x.title)}</a> '
                     f'<span class="ngay-nho">({page_when(x):%d/%m/%Y})</span></li>')
    return "".join(items)


def article(request: Request, s: Story) -> Response:
    cat_slug = s.cat
    cm = request.params.get("cm")
    if cm and cm in (s.cat, s.opts.get("also")):
        cat_slug = cm  # the breadcrumb follows ?cm= (trap 5)
    when = page_when(s)
    byline = ""
    field = s.opts.get("author_field")
    if field and field.startswith("@"):
        byline = f'<div class="tg-bv">Người đăng: <b>{esc(field[1:])}</b></div>'
    elif field:
        byline = f'<div class="tg-bv">Tác giả: <b>{esc(field)}</b></div>'
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = f'<div class="mt-bv"><b>{esc(s.summary)}</b></div>'
    quick = " ".join(p for p in s.paragraphs[:2])
    state = {
        "post": {
            "_id": OIDS[s.id], "slug": s.slug, "title": s.title,
            "category": {"slug": s.cat, "name": CATS[s.cat]},
            "excerpt": quick[:200], "publishedAt": utc_iso(when),
            "updatedAt": utc_iso(when + timedelta(days=1, hours=2)), "views": s.opts["views"],
        },
        "csrf": f"k{OIDS[s.id][-8:]}Qz",
    }
    share_url = f"{base_url(request)}{clean_path(s)}"
    main = f"""<section class="khoi-bv" data-hbs-partial="post/detail" data-oid="{OIDS[s.id]}">
<div class="cm-nhan"><a href="/chuyen-muc/{cat_slug}">{esc(CATS[cat_slug])}</a></div>
<h2 class="td-bv">{esc(s.title)}</h2>
<div class="tt-bv"><span class="ngay"><i class="ic-clock"></i> <time datetime="{utc_iso(when)}">{printed_date(s)}</time></span>
<span class="lx"><i class="ic-eye"></i> Lượt xem: {_views(s)}</span>
<span class="cn">Cập nhật: {when + timedelta(days=1, hours=2):%d/%m/%Y %H:%M}</span></div>
<div class="cc-bv"><a href="javascript:window.print()" class="in">In bài</a>
<a href="#" class="cz" data-size="+">A+</a><a href="#" class="cz" data-size="-">A-</a></div>
{sapo}
<div class="nd-bv ql-editor" data-gramm="false">
{render_blocks(s)}
</div>
{byline}
<div class="the-bv">Từ khóa: <a href="/tim-kiem?q={esc(CATS[s.cat])}">{esc(CATS[s.cat])}</a>, <a href="/tim-kiem?q=B%C3%ACnh%20Ph%C6%B0%E1%BB%9Bc">Bình Phước</a></div>
<div class="sh-bv">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={esc(share_url)}" target="_blank">Facebook</a>
<a href="https://sp.zalo.me/share_inline?url={esc(share_url)}" target="_blank">Zalo</a></div>
</section>
<section class="tcm" data-hbs-partial="post/related"><div class="tcm-h">Tin mới hơn</div>
<ul class="tcm-l">{related_links(s)}</ul>
<button class="btn-xt" data-api="/api/news" data-cm="{s.cat}" data-cursor="{OIDS[s.id]}">Xem thêm</button></section>
<template data-hbs-partial="doc-nhanh"><div class="dn-bv"><h3>Đọc nhanh</h3><p>{esc(quick)}</p></div></template>
<script id="__hbs_state__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>"""
    head = (f'<meta name="description" content="{esc(quick[:160])}">'
            f'<meta property="og:title" content="{esc(s.title)} | {esc(SITE)}">'
            f'<meta property="og:type" content="article">'
            f'<meta property="og:url" content="{esc(share_url)}">'
            f'<meta property="article:published_time" content="{utc_iso(when)}">')
    return page(s.title, main, [(f"/chuyen-muc/{cat_slug}", CATS[cat_slug])], request,
                canonical=clean_path(s), head=head)


# ------------------------------------------------------------------------------------------
# listings, home, API
# ------------------------------------------------------------------------------------------


def _thumb(s: Story) -> str:
    return f"/uploads/thumbs/{OIDS[s.id]}_320x200.jpg"


def list_item(s: Story, cm: str | None = None, pinned: bool = False) -> str:
    href = clean_path(s) + (f"?cm={cm}" if cm and cm != s.cat else "")
    when = page_when(s)
    tag = '<span class="ghim">Ghim</span> ' if pinned else ""
    return (f'<div class="it-bv{" it-ghim" if pinned else ""}"><a class="it-a" href="{href}">'
            f'<img src="{_thumb(s)}" alt="" loading="lazy"></a><div class="it-tt">'
            f'<h4>{tag}<a href="{href}">{esc(s.title)}</a></h4>'
            f'<span class="it-ng" title="{when:%d/%m/%Y %H:%M}">{relative(when)}</span></div></div>')


def listing(request: Request, cat: str) -> Response | None:
    try:
        n = int(request.params.get("page", "1") or "1")
    except ValueError:
        n = 1
    posts = [s for s in sorted_posts(cat) if not s.opts.get("pinned")]
    pinned = [s for s in sorted_posts(cat) if s.opts.get("pinned")]
    pages = max(1, -(-len(posts) // PAGE_SIZE))
    n = min(max(n, 1), pages)  # NestJS service clamps the page
    chunk = posts[(n - 1) * PAGE_SIZE:n * PAGE_SIZE]
    items = "".join(list_item(s, pinned=True) for s in pinned)
    items += "".join(list_item(s, cm=cat) for s in chunk)
    nav = ""
    if cat == "hoat-dong-chuyen-mon":
        # load-more only; the page links live in a <noscript> fallback
        if n < pages:
            nav = (f'<button class="btn-xt" data-api="/api/news" data-cm="{cat}" '
                   f'data-cursor="{OIDS[chunk[-1].id]}">Xem thêm</button>'
                   f'<noscript><a class="pg-next" href="?page={n + 1}">Trang sau »</a></noscript>')
    elif pages > 1:
        links = "".join(
            f'<li class="{"act" if k == n else ""}">'
            + (f"<span>{k}</span>" if k == n else f'<a href="?page={k}">{k}</a>') + "</li>"
            for k in range(1, pages + 1))
        if n < pages:
            links += f'<li><a href="?page={n + 1}" rel="next">Sau »</a></li>'
        nav = f'<ul class="phan-trang">{links}</ul>'
    main = (f'<section class="ds-bv" data-hbs-partial="post/list"><h2 class="ds-h">{esc(CATS[cat])}</h2>'
            f"{items}{nav}</section>")
    title = CATS[cat] + (f" - Trang {n}" if n > 1 else "")
    return page(title, main, [(f"/chuyen-muc/{cat}", CATS[cat])], request)


def home(request: Request) -> Response:
    latest = [s for s in sorted_posts() if not s.opts.get("pinned")][:4]
    slider = "".join(
        f'<div class="sl-i"><a href="/tin-tuc/{OIDS[s.id]}"><img src="/uploads/slider/{OIDS[s.id]}.jpg" '
        f'alt="{esc(s.title)}"><span class="sl-t">{esc(s.title)}</span></a></div>' for s in (A6, A1))
    tb = "".join(f'<li><a href="{clean_path(s)}">{esc(s.title)}</a></li>'
                 for s in sorted_posts("thong-bao"))
    main = f"""<section class="sl" data-hbs-partial="home/slider"><div class="sl-h">Tiêu điểm</div>{slider}</section>
<section class="tm" data-hbs-partial="home/latest"><div class="tm-h">Tin mới</div>
<div id="tm-l">{"".join(list_item(s) for s in latest)}</div>
<button class="btn-xt" id="tm-more" data-api="/api/news" data-cursor="{OIDS[latest[-1].id]}">Xem thêm tin</button></section>
<section class="tb-box"><div class="tb-h">Thông báo</div><ul>{tb}</ul></section>
<script>
document.getElementById('tm-more').addEventListener('click', function (e) {{
  var b = e.currentTarget;
  fetch(b.dataset.api + '?cursor=' + b.dataset.cursor).then(function (r) {{ return r.json(); }})
    .then(function (j) {{ j.data.forEach(function (it) {{
      document.getElementById('tm-l').insertAdjacentHTML('beforeend',
        '<div class="it-bv"><a href="/tin-tuc/' + it.slug + '-' + it._id + '">' + it.title + '</a></div>');
    }}); if (j.nextCursor) b.dataset.cursor = j.nextCursor; else b.remove(); }});
}});
</script>"""
    return page("Trang chủ", main, [], request)


def api_news(request: Request) -> Response:
    cursor = request.params.get("cursor", "")
    cm = request.params.get("cm") or None
    if cm is not None and cm not in CATS:
        return Response(400, json.dumps({"statusCode": 400, "message": "Invalid category"}),
                        {"Content-Type": "application/json; charset=utf-8"})
    posts = [s for s in sorted_posts(cm) if not s.opts.get("pinned")]
    if cursor:
        if cursor not in BY_OID:
            return Response(400, json.dumps({"statusCode": 400, "message": "Invalid cursor"}),
                            {"Content-Type": "application/json; charset=utf-8"})
        ids = [OIDS[s.id] for s in posts]
        if cursor in ids:
            posts = posts[ids.index(cursor) + 1:]
        else:
            posts = [s for s in posts if page_when(s) < page_when(BY_OID[cursor])]
    chunk = posts[:PAGE_SIZE]
    data = [{"_id": OIDS[s.id], "slug": s.slug, "title": s.title,
             "publishedAt": utc_iso(page_when(s)), "thumb": _thumb(s)} for s in chunk]
    nxt = OIDS[chunk[-1].id] if len(posts) > PAGE_SIZE else None
    return Response(200, json.dumps({"data": data, "nextCursor": nxt}, ensure_ascii=False),
                    {"Content-Type": "application/json; charset=utf-8"})


# ------------------------------------------------------------------------------------------
# non-articles
# ------------------------------------------------------------------------------------------

ALBUM_OID = oid("2026-12-04T08:00:00+07:00", 0x5a01)

DOCS = [
    (oid("2026-11-10T09:00:00+07:00", 0x6b01), "1987/KH-SGDĐT", "10/11/2026",
     "Kế hoạch tổ chức Hội khỏe Phù Đổng tỉnh Bình Phước lần thứ XII năm 2026",
     "kh-1987-hkpd-2026.pdf"),
    (oid("2026-10-02T14:00:00+07:00", 0x6b02), "1650/SGDĐT-GDTrH", "02/10/2026",
     "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027",
     "cv-1650-gdtrh.pdf"),
]


def van_ban_list(request: Request) -> Response:
    rows = "".join(f'<tr><td>{esc(so)}</td><td>{ngay}</td><td><a href="/van-ban/{o}">{esc(ty)}</a></td></tr>'
                   for o, so, ngay, ty, _ in DOCS)
    main = ('<section class="vb"><h2 class="ds-h">Văn bản chỉ đạo điều hành</h2>'
            '<table class="vb-t"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th>'
            f"</tr></thead><tbody>{rows}</tbody></table></section>")
    return page("Văn bản", main, [("/van-ban", "Văn bản")], request)


def van_ban(request: Request, o: str) -> Response | None:
    for doc_oid, so, ngay, ty, f in DOCS:
        if doc_oid == o:
            main = (f'<section class="vb-ct"><h2 class="td-bv">{esc(ty)}</h2><table class="vb-tt">'
                    f"<tr><th>Số ký hiệu</th><td>{esc(so)}</td></tr>"
                    f"<tr><th>Ngày ban hành</th><td>{ngay}</td></tr>"
                    "<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>"
                    f"<tr><th>Trích yếu</th><td>{esc(ty)}</td></tr>"
                    "<tr><th>Người ký</th><td>Trần Văn Lâm</td></tr>"
                    f'<tr><th>Tệp tin</th><td><a href="/uploads/van-ban/{f}">{f}</a></td></tr>'
                    "</table></section>")
            return page(ty, main, [("/van-ban", "Văn bản")], request)
    return None


def album(request: Request) -> Response:
    pics = "".join(f'<a class="al-i" href="/uploads/albums/hkpd-2026/{k}.jpg"><img src="/uploads/albums/hkpd-2026/{k}_t.jpg" alt="Ảnh {k}"></a>'
                   for k in range(1, 7))
    main = (f'<section class="al"><h2 class="td-bv">Hội khỏe Phù Đổng tỉnh Bình Phước lần thứ XII</h2>'
            f'<p class="al-n">04/12/2026 - 6 ảnh</p><div class="al-g">{pics}</div></section>')
    return page("Thư viện ảnh", main, [(f"/thu-vien-anh/{ALBUM_OID}", "Thư viện ảnh")], request)


def intro(request: Request) -> Response:
    main = """<section class="gt"><h2 class="td-bv">Giới thiệu Sở Giáo dục và Đào tạo</h2>
<p>Sở Giáo dục và Đào tạo tỉnh Bình Phước là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo.</p>
<h3>Ban Giám đốc</h3><ul><li>Giám đốc: Nguyễn Minh Đức</li><li>Phó Giám đốc: Trần Văn Lâm</li><li>Phó Giám đốc: Lê Thị Kim Oanh</li></ul>
<h3>Các phòng chuyên môn</h3><ul><li>Văn phòng Sở</li><li>Phòng Giáo dục Trung học</li><li>Phòng Giáo dục Mầm non - Tiểu học</li><li>Phòng Quản lý chất lượng</li><li>Phòng Tổ chức cán bộ</li></ul></section>"""
    return page("Giới thiệu", main, [("/gioi-thieu", "Giới thiệu")], request)


def contact(request: Request) -> Response:
    main = """<section class="lh"><h2 class="td-bv">Liên hệ</h2>
<p>Sở Giáo dục và Đào tạo tỉnh Bình Phước</p><p>Địa chỉ: Số 1 đường Hùng Vương, phường Tân Phú, thành phố Đồng Xoài</p>
<p>Điện thoại: 0271.3879.123 - Fax: 0271.3879.124</p><p>Email: sgddt@binhphuoc.gov.vn</p>
<form class="lh-f" action="/lien-he" method="post"><input name="hoten" placeholder="Họ tên"><textarea name="nd"></textarea>
<button type="submit">Gửi</button></form></section>"""
    return page("Liên hệ", main, [("/lien-he", "Liên hệ")], request)


# ------------------------------------------------------------------------------------------
# routing
# ------------------------------------------------------------------------------------------

_POST = re.compile(r"^/tin-tuc/(?:[a-z0-9-]+-)?([0-9a-f]{24})/?$")
_CAT = re.compile(r"^/chuyen-muc/([a-z0-9-]+)/?$")
_VB = re.compile(r"^/van-ban/([0-9a-f]{24})$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/public/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            return home(request)
        if m := _POST.match(path):
            s = BY_OID.get(m.group(1))
            return article(request, s) if s else None
        if m := _CAT.match(path):
            return listing(request, m.group(1)) if m.group(1) in CATS else None
        if path == "/api/news":
            return api_news(request)
        if path == "/van-ban":
            return van_ban_list(request)
        if m := _VB.match(path):
            return van_ban(request, m.group(1))
        if path == f"/thu-vien-anh/{ALBUM_OID}":
            return album(request)
        if path == "/gioi-thieu":
            return intro(request)
        if path == "/lien-he":
            return contact(request)
        if path == "/tim-kiem":
            q = request.params.get("q", "")
            main = f'<section class="tk"><h2 class="ds-h">Kết quả tìm kiếm: {esc(q)}</h2><p>Không tìm thấy kết quả.</p></section>'
            return page("Tìm kiếm", main, [("/tim-kiem", "Tìm kiếm")], request)
        return None


def build_site() -> Site:
    return Site()


# ------------------------------------------------------------------------------------------
# gold
# ------------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts = []
    if s.id in (1, 6):
        alts.append(f"/tin-tuc/{OIDS[s.id]}")
    if s.opts.get("old_slug"):
        alts.append(f"/tin-tuc/{s.opts['old_slug']}-{OIDS[s.id]}")
    if s.opts.get("also"):
        alts.append(f"{clean_path(s)}?cm={s.opts['also']}")
    return alts


GOLD = [gold_record(s, clean_path(s), CATS[s.cat], alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    f"/van-ban/{DOCS[0][0]}",
    f"/van-ban/{DOCS[1][0]}",
    f"/thu-vien-anh/{ALBUM_OID}",
]
