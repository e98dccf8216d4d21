"""Trường Chính trị tỉnh Hà Giang: an ASP.NET Core 6 Razor Pages portal of a provincial IT vendor.

Platform
--------
The vendor ("HGTech", a provincial IT company) sells one Razor Pages code base to the political
schools of the region: Bootstrap 4 layout, tag helpers (``asp-append-version`` hashes on the
scripts, ``<cache>`` around the "Tin mới" view component), server-side paging with
``?pageIndex=<n>``, antiforgery tokens in every POST form (comments, poll, contact), images of
the text served through the resizer ``/img/resize?w=…&src=…`` and lazy-loaded. It runs in a
Linux container with ``InvariantGlobalization`` on (see trap 1). Kestrel headers, an
``.AspNetCore.Antiforgery.*`` cookie on every page.

URL scheme
----------
- ``/``                                   home: "Tiêu điểm" slider, "Tin mới", one block per category
- ``/tin-tuc/{chuyenMuc}``                listing, 4 items a page, ``?pageIndex=<n>``
- ``/tin-tuc/{chuyenMuc}/{slug}-{id}``    article (Razor page ``/TinTuc/ChiTiet``); only ``{id}``
  selects the article, the category segment must be a known category (any case), the slug is ignored
- ``/Home/ChiTiet/{id}``                  legacy MVC route of the previous portal, still mapped:
  the same article in the old view (``news-detail`` markup)
- ``/van-ban`` and ``/van-ban/{id}``      document register and document entries (not articles)
- ``/gioi-thieu/lich-su-hinh-thanh``, ``/gioi-thieu/co-cau-to-chuc``, ``/lien-he``,
  ``/thu-vien-anh``, ``/thu-vien-anh/{slug}-{id}``, ``/tim-kiem?tuKhoa=`` (GET form)
- chuyenMuc: ``tin-hoat-dong`` (Tin hoạt động), ``dao-tao-boi-duong`` (Đào tạo, bồi dưỡng),
  ``nghien-cuu-khoa-hoc`` (Nghiên cứu khoa học), ``thong-bao`` (Thông báo)

Page templates
--------------
- article: ``div.khung-ct#chiTietTin`` > ``h1.tieu-de-ct`` (Razor-encoded), ``div.tt-bai`` (update
  date, publication date, views, poster, sometimes "Tác giả"), ``div.cong-cu`` (font size, print,
  share), ``div.mo-ta-ct`` (sapo, when the article has one as its own field), then the text
  container ``div.tct-ndct#noiDungTin`` holding: the text-to-speech player, the stored HTML of the
  text, the cached "Tin mới" view component, the byline field (``div.but-danh``) and the source
  field (``div.nguon-tin``); after it "Từ khóa", the comment form and "Tin cùng chuyên mục".
- legacy article: ``div.news-detail`` > ``h2.title-detail``, ``p.date-detail`` (day only, dd/MM),
  the text, the byline field; a canonical link to the new URL.
- listing: ``div.ds-tin > div.tin-item`` rows (thumb, ``h3.tin-item__td``, ``span.ngay`` dd/MM/yyyy,
  teaser); pager ``ul.pagination.phan-trang`` (« Đầu, ‹ Trước, numbers, Sau ›, Cuối ») and a GET
  form "Đến trang".

How each gold article is reached
--------------------------------
Listings hold 4 items a page, newest first:
- Tin hoạt động p1: 1318, 1316, 1313, 1309; p2: 1302, 1297
- Đào tạo, bồi dưỡng p1: 1317, 1314, 1313 (cross-posted, see trap 8), 1310; p2: 1299
- Nghiên cứu khoa học p1: 1305, 1300
- Thông báo p1: 1319
Home: slider (legacy links) 1318, 1313, 1305; "Tin mới" 1318, 1317, 1319, 1316, 1314; category
blocks (3 newest each); "Xem nhiều" 1313, 1305, 1316, 1317, 1300; "Tin cùng chuyên mục" (the 3
newest of the category). 1309 and 1310 are reached from page 1 of their listing and from "Tin cùng
chuyên mục"; 1302, 1297 and 1299 only from page 2 (their links there carry ``returnUrl``, trap 10;
the clean URL is printed only in their canonical link).

Traps
-----
1. Invariant-culture dates. The container runs with ``InvariantGlobalization``: the article page
   prints its date with ``ToString()`` as ``MM/dd/yyyy HH:mm:ss`` ("12/04/2026 14:30:00" is
   4 December), the "Tin mới" component with ``ToShortDateString()`` ("(12/04/2026)"), while the
   listings (explicit format) and the legacy view print ``dd/MM/yyyy``. Gold: the real day and
   time, "2026-12-04T14:30:00+07:00"; 1297 prints "10/20/2026 00:00:00": midnight, gold the day
   alone "2026-10-20".
2. UTC round-trip dates in the metadata. ``article:published_time`` and JSON-LD ``datePublished``
   are ``ToUniversalTime().ToString("o")``: seven fractional digits and "Z"
   ("2026-12-04T07:30:00.0000000Z"). For 1313 (posted 06:45) and 1297 (midnight) the UTC day is
   the day before. Gold: local time with +07:00 ("2026-11-16T06:45:00+07:00"), "2026-10-20" for 1297.
3. JSON-LD and ``meta name="author"`` carry the CMS account that posted the article
   ("tct_admin"), and the header prints "Người đăng: tct_admin". Gold: never an author; the
   authors come from the byline field, the editor's byline in the text, or "Tác giả: …" (1316).
4. Razor's default HtmlEncoder: every model field (headline, sapo, "Tác giả", listing titles and
   teasers, "Tin mới") is printed with every non-ASCII letter as a hex reference
   ("Tr&#x1B0;&#x1EDD;ng"), quotes as ``&quot;``; JSON-LD from System.Text.Json has ``\\u1EDD``
   escapes. The stored text (``Html.Raw``) is plain UTF-8. Gold: the decoded text, NFC.
5. Lazy images through the resizer: every ``<img>`` of the text has ``src="/images/blank.gif"``,
   the real URL in ``data-src`` ("/img/resize?w=800&amp;src=%2Fuploads%2F…jpg"), ``alt`` filled
   with the headline by the CMS, and a ``<noscript>`` copy of the same image. Gold: each photo
   once, its path as ``data-src`` prints it (query kept, "%2F" kept); the alt text is no caption.
6. Cached "Tin mới" component: wrapped in ``<cache expires-after>``, it still prints 1318's title
   and slug from before an edit ("…học tập Nghị quyết Trung ương 3 khóa XIV") and builds its
   links from the category's stored route value "Tin-hoat-dong" (routing is case-insensitive, the
   page answers). Gold: the title of the article page's h1; those URLs are ``alt_paths``.
7. Widgets inside the text container: the text-to-speech player ("Nghe đọc bài viết", voice
   select) before the text and the "Tin mới" component after it sit inside ``#noiDungTin``, and
   the byline/source fields come after the component. Gold: neither widget is body; the byline
   after the component still gives the authors and the "Nguồn:" field the source.
8. Cross-posting: 1313 (filed under Tin hoạt động) is also listed under Đào tạo, bồi dưỡng with
   the URL ``/tin-tuc/dao-tao-boi-duong/…-1313``; the page is the same, its breadcrumb says Tin
   hoạt động. Gold: category "Tin hoạt động", the other URL in ``alt_paths``.
9. Legacy route: the home slider (old partial never migrated) links ``/Home/ChiTiet/{id}``, which
   renders the article in the old view with other markup and a day-only date. Gold: the new URL
   is the record (its canonical); ``/Home/ChiTiet/{id}`` is an ``alt_path``.
10. ``returnUrl`` on listing pages 2+: their item links are
    ``…-1302?returnUrl=%2Ftin-tuc%2Ftin-hoat-dong%3FpageIndex%3D2`` (for the "Quay lại" button).
    Gold: path = the clean URL (the canonical), the returnUrl form in ``alt_paths``.
11. Antiforgery everywhere: each page's comment and poll forms carry a
    ``__RequestVerificationToken`` derived from the URL, so two URLs of one article never give the
    same bytes; POSTs answer 400. Gold: nothing from the forms; duplicates are told by canonical.
12. A caption row in a table: the editor's image-with-caption is a two-row table (image row,
    caption row in small italics). Gold: the second row is the image's caption, not a body
    paragraph (1313, 1299).
13. Paging: ``?pageIndex=1`` (the "« Đầu" and "‹ Trước" links on page 2) repeats page 1, and an
    index past the end answers 200 with "Chưa có bài viết trong chuyên mục này." (no 404). Not
    articles.
14. The notice (1319) is an official document: letterhead table "TỈNH ỦY HÀ GIANG / TRƯỜNG CHÍNH
    TRỊ / Số: 412/TB-TCT | ĐẢNG CỘNG SẢN VIỆT NAM / Hà Giang, ngày 30 tháng 11 năm 2026", kind and
    subject, closing "Nơi nhận" | "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / Trần Đức Hạnh", then a
    "File đính kèm" line. Gold: published_at "2026-11-30" (the page's 12/01/2026 16:05:00 is the
    posting), author "Trần Đức Hạnh", body from "Căn cứ …" to the contact line.
15. The research paper 1300 has its byline at the top of the text (right-aligned, name and
    "Khoa Lý luận cơ sở" split by ``<br>``), footnote calls "[1]" as Word anchors and its
    "Tài liệu tham khảo". Gold: byline not body, author "Đặng Thị Hồng Nhung"; calls stay in their
    sentence ("…trọng tâm.[1]"), the references are body.

Gold decisions on ambiguous points
----------------------------------
- Sapo: printed in ``div.mo-ta-ct`` (1318, 1309, 1314, 1299, 1305) -> summary and first body
  paragraph; a bold first paragraph of the text (1313, 1317) -> summary; others null. The
  "(TCTHG) - " dateline prefix is part of the sapo as printed.
- "Tin, ảnh: ThS. Lò Thị Mai" -> author and photographer "Lò Thị Mai"; "Tin: Vàng Văn Sử - Ảnh:
  Hoàng Minh Đức" -> [Vàng Văn Sử], [Hoàng Minh Đức]; "Thu Trang, Quang Huy" -> two authors;
  units signing alone ("Phòng Quản lý đào tạo", "Chi bộ Khoa Xây dựng Đảng") are authors as
  printed; "BBT" -> nobody; "Hoàng Thị Phương - Khoa Nhà nước và Pháp luật" -> [Hoàng Thị Phương].
- A photo line that only credits ("Ảnh: Lý Mí Chá", "Ảnh: Hoàng Minh Đức") -> caption None and the
  name is a photographer. A caption in parentheses loses them.
- 1316's text is one paragraph split by ``<br />``: two body paragraphs. Its list items and the
  "Những tập thể, cá nhân được khen thưởng" heading are paragraphs.
- The quote in 1305 (``<blockquote>``) is a body paragraph.
- "Cập nhật: …" (1318) is the update date, not the publication.
- Image paths are those of ``data-src``; the ``og:image`` (w=1200) and thumbnails are not images
  of the article.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from urllib.parse import quote

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

NAME = "aspnet_core_razor_vendor_tct"
PLATFORM = "ASP.NET Core 6 Razor Pages (provincial vendor HGTech), tag helpers, view components, ?pageIndex paging"
START_PATH = "/"

SITE_TITLE = "Trường Chính trị tỉnh Hà Giang"
TODAY_HEADER = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 4

#: chuyenMuc -> (name as menu/breadcrumb print it, route value stored in the DB for the component)
CATS: dict[str, tuple[str, str]] = {
    "tin-hoat-dong": ("Tin hoạt động", "Tin-hoat-dong"),
    "dao-tao-boi-duong": ("Đào tạo, bồi dưỡng", "dao-tao-boi-duong"),
    "nghien-cuu-khoa-hoc": ("Nghiên cứu khoa học", "nghien-cuu-khoa-hoc"),
    "thong-bao": ("Thông báo", "thong-bao"),
}


def _img(story_id: int, n: int, month: str = "11") -> str:
    src = f"/uploads/tin-tuc/2026/{month}/{story_id}-{n}.jpg"
    return "/img/resize?w=800&src=" + quote(src, safe="")


# --- the articles ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1318,
        slug="dang-bo-truong-chinh-tri-tinh-hoc-tap-quan-triet-nghi-quyet-hoi-nghi-lan-thu-ba-bch-trung-uong-dang-khoa-xiv",
        title="Đảng bộ Trường Chính trị tỉnh học tập, quán triệt Nghị quyết Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng khóa XIV",
        cat="tin-hoat-dong",
        published_at="2026-12-04T14:30:00+07:00",
        summary=(
            "(TCTHG) - Chiều ngày 4/12, Đảng bộ Trường Chính trị tỉnh Hà Giang tổ chức hội nghị học tập, "
            "quán triệt và triển khai thực hiện Nghị quyết Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng "
            "khóa XIV cho toàn thể cán bộ, đảng viên, viên chức của nhà trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự hội nghị có đồng chí Nguyễn Văn Thắng, Bí thư Đảng ủy, Hiệu trưởng nhà trường; các đồng chí "
                "trong Ban Thường vụ Đảng ủy, Ban Giám hiệu cùng 68 đảng viên thuộc 5 chi bộ trực thuộc."
            ),
            Img(
                _img(1318, 1, "12"),
                "Đồng chí Nguyễn Văn Thắng, Bí thư Đảng ủy, Hiệu trưởng nhà trường phát biểu khai mạc hội nghị",
                "Đồng chí Nguyễn Văn Thắng, Bí thư Đảng ủy, Hiệu trưởng nhà trường phát biểu khai mạc hội nghị",
                "fig",
            ),
            P(
                "Tại hội nghị, các đảng viên đã được nghe đồng chí Trần Đức Hạnh, Phó Hiệu trưởng nhà trường, báo "
                "cáo viên cấp tỉnh, truyền đạt những nội dung cơ bản, cốt lõi của Nghị quyết; trong đó tập trung "
                "vào các chủ trương lớn về hoàn thiện thể chế phát triển kinh tế - xã hội, nâng cao chất lượng "
                "đội ngũ cán bộ và đẩy mạnh chuyển đổi số trong hệ thống chính trị."
            ),
            P(
                "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến điểm cầu Phân hiệu của "
                "trường tại huyện Hoàng Su Phì, bảo đảm 100% đảng viên được tham gia học tập."
            ),
            Img(
                _img(1318, 2, "12"),
                "(Toàn cảnh hội nghị tại hội trường tầng 3)",
                "Toàn cảnh hội nghị tại hội trường tầng 3",
                "next",
            ),
            P(
                "Phát biểu kết luận hội nghị, đồng chí Bí thư Đảng ủy yêu cầu các chi bộ tiếp tục tổ chức thảo "
                "luận, xây dựng chương trình hành động cụ thể, gắn việc thực hiện Nghị quyết với nhiệm vụ chính "
                "trị của nhà trường là đào tạo, bồi dưỡng lý luận chính trị cho đội ngũ cán bộ cơ sở."
            ),
            P(
                "Mỗi đảng viên sau hội nghị viết bài thu hoạch cá nhân, nộp về Văn phòng Đảng ủy trước ngày "
                "20/12/2026."
            ),
        ],
        authors=["Lò Thị Mai"],
        photographers=["Lò Thị Mai"],
        opts={
            "posted": "2026-12-04 14:30",
            "modified": "2026-12-05 08:12:40",
            "byline": '<p class="text-right"><strong>Tin, ảnh: ThS. Lò Thị Mai</strong></p>',
            "old": (
                "Đảng bộ Trường Chính trị học tập Nghị quyết Trung ương 3 khóa XIV",
                "dang-bo-truong-chinh-tri-hoc-tap-nghi-quyet-trung-uong-3-khoa-xiv",
            ),
            "featured": True,
            "tags": ["Nghị quyết Trung ương", "Đảng bộ nhà trường"],
        },
    ),
    Story(
        id=1316,
        slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-hoat-dong",
        published_at="2026-11-20T10:15:00+07:00",
        blocks=[
            P(
                "Sáng 20/11, Trường Chính trị tỉnh Hà Giang tổ chức buổi gặp mặt kỷ niệm 44 năm Ngày Nhà giáo "
                "Việt Nam. Tới dự có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Giáo dục và Đào tạo "
                "cùng các thế hệ nhà giáo đã nghỉ hưu của trường."
            ),
            P("Buổi gặp mặt diễn ra trong không khí ấm cúng, trang trọng.", "br"),
            Img(_img(1316, 1), None, None, "bare"),
            P(
                "Ôn lại truyền thống, đồng chí Hiệu trưởng nhà trường khẳng định: trong năm học vừa qua, đội ngũ "
                "giảng viên đã hoàn thành tốt nhiệm vụ giảng dạy với tổng số hơn 4.200 tiết, mở 27 lớp đào tạo, "
                "bồi dưỡng cho trên 2.100 lượt học viên."
            ),
            P("Những tập thể, cá nhân được khen thưởng", "h"),
            P("Tập thể Khoa Xây dựng Đảng: Giấy khen của Hiệu trưởng;", "li"),
            P(
                "Đồng chí Hoàng Thị Phương, Khoa Nhà nước và Pháp luật: danh hiệu Giảng viên dạy giỏi cấp tỉnh;",
                "li",
            ),
            P("Đồng chí Lý Văn Chư, Khoa Dân vận: Giấy khen hoàn thành xuất sắc nhiệm vụ.", "li"),
            P(
                "Nhân dịp này, Công đoàn trường trao quà tặng 12 nhà giáo lão thành, những người đã gắn bó với "
                "nhà trường từ những ngày đầu tái lập tỉnh năm 1991."
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "posted": "2026-11-20 10:15",
            "tacgia": "ThS. Nguyễn Thị Thu Hà",
            "tags": ["20/11", "Nhà giáo"],
        },
    ),
    Story(
        id=1313,
        slug="hoc-vien-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k51-nghien-cuu-thuc-te-tai-huyen-dong-van",
        title="Học viên lớp Trung cấp lý luận chính trị - hành chính K51 nghiên cứu thực tế tại huyện Đồng Văn",
        cat="tin-hoat-dong",
        published_at="2026-11-16T06:45:00+07:00",
        summary=(
            "Từ ngày 12 đến 14/11/2026, 62 học viên lớp Trung cấp lý luận chính trị - hành chính K51 hệ tập "
            "trung đã đi nghiên cứu thực tế tại huyện Đồng Văn."
        ),
        blocks=[
            P(
                "Từ ngày 12 đến 14/11/2026, 62 học viên lớp Trung cấp lý luận chính trị - hành chính K51 hệ tập "
                "trung đã đi nghiên cứu thực tế tại huyện Đồng Văn.",
                "b",
            ),
            P(
                "Đoàn do ThS. Ma Thị Hằng, Trưởng phòng Quản lý đào tạo, làm trưởng đoàn. Tại buổi làm việc với "
                "Huyện ủy Đồng Văn, học viên được nghe giới thiệu về tình hình phát triển kinh tế - xã hội, công "
                "tác xây dựng Đảng và hệ thống chính trị ở một huyện vùng cao biên giới."
            ),
            Img(
                _img(1313, 1),
                "Học viên thăm Cột cờ Lũng Cú, xã Lũng Cú, huyện Đồng Văn",
                "Học viên thăm Cột cờ Lũng Cú, xã Lũng Cú, huyện Đồng Văn",
                "table",
            ),
            P(
                "Các học viên đã đến thăm Khu di tích Nhà Vương, Cột cờ Lũng Cú và trao đổi kinh nghiệm với Đảng "
                "ủy xã Sà Phìn về phát triển du lịch cộng đồng gắn với giữ gìn bản sắc văn hóa dân tộc Mông."
            ),
            P(
                "Qua chuyến đi, mỗi học viên xây dựng một báo cáo thu hoạch, làm căn cứ đánh giá kết quả học phần "
                "Những vấn đề cơ bản về hệ thống chính trị, quản lý nhà nước."
            ),
            Raw('<p style="text-align: right;"><strong>Thu Trang, Quang Huy</strong></p>'),
        ],
        authors=["Thu Trang", "Quang Huy"],
        opts={
            "posted": "2026-11-16 06:45",
            "cat2": "dao-tao-boi-duong",
            "featured": True,
            "tags": ["Nghiên cứu thực tế", "K51"],
        },
    ),
    Story(
        id=1309,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-voi-truong-chinh-tri-tinh",
        title="Đoàn công tác Học viện Chính trị khu vực I làm việc với Trường Chính trị tỉnh",
        cat="tin-hoat-dong",
        published_at="2026-11-05T08:00:00+07:00",
        summary=(
            "(TCTHG) - Ngày 4/11/2026, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS Lê Văn Cường, Phó "
            "Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Hà Giang về công "
            "tác phối hợp đào tạo, bồi dưỡng."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Báo cáo với đoàn công tác, lãnh đạo nhà trường cho biết, năm 2026 trường được giao mở 14 lớp "
                "trung cấp lý luận chính trị - hành chính; đến nay đã hoàn thành 11 lớp, 3 lớp đang tiếp tục học "
                "tập theo kế hoạch."
            ),
            P(
                "Nhà trường đề nghị Học viện tiếp tục hỗ trợ cử giảng viên tham gia giảng dạy một số chuyên đề "
                "chuyên sâu, đồng thời tạo điều kiện để giảng viên trẻ của trường được đi thực tế, bồi dưỡng "
                "nâng cao trình độ."
            ),
            Img(_img(1309, 1), "Quang cảnh buổi làm việc", "Quang cảnh buổi làm việc", "fig"),
            P(
                "Phát biểu tại buổi làm việc, PGS.TS Lê Văn Cường ghi nhận những kết quả nhà trường đạt được "
                "trong điều kiện địa bàn rộng, giao thông đi lại khó khăn. Đồng chí đề nghị trường chú trọng đổi "
                "mới phương pháp giảng dạy, tăng cường ứng dụng công nghệ thông tin và bổ sung các tình huống "
                "thực tiễn của địa phương vào bài giảng."
            ),
            P(
                "Hai bên thống nhất ký kết chương trình phối hợp giai đoạn 2027 - 2030, trong đó có nội dung phối "
                "hợp tổ chức hội thảo khoa học và biên soạn tài liệu bồi dưỡng dành cho cán bộ người dân tộc "
                "thiểu số."
            ),
        ],
        authors=["Vàng Văn Sử"],
        photographers=["Hoàng Minh Đức"],
        opts={
            "posted": "2026-11-05 08:00",
            "byline": '<p class="text-right"><b>Tin: Vàng Văn Sử - Ảnh: Hoàng Minh Đức</b></p>',
        },
    ),
    Story(
        id=1302,
        slug="truong-chinh-tri-tinh-dat-giai-nhi-toan-doan-hoi-thao-khoi-cac-co-quan-dang-mat-tran-va-doan-the-tinh",
        title="Trường Chính trị tỉnh đạt giải Nhì toàn đoàn Hội thao khối các cơ quan Đảng, Mặt trận và đoàn thể tỉnh",
        cat="tin-hoat-dong",
        published_at="2026-10-24T15:10:00+07:00",
        blocks=[
            P(
                "Trong 3 ngày, từ 21 đến 23/10/2026, đoàn vận động viên Trường Chính trị tỉnh gồm 18 cán bộ, viên "
                "chức đã tham gia Hội thao cán bộ, công chức, viên chức khối các cơ quan Đảng, Mặt trận Tổ quốc "
                "và các đoàn thể tỉnh năm 2026."
            ),
            P(
                "Hội thao gồm 5 môn thi đấu: bóng chuyền hơi, cầu lông, bóng bàn, kéo co và đẩy gậy, thu hút hơn "
                "400 vận động viên của 22 đơn vị tham gia."
            ),
            Img(_img(1302, 1, "10"), "Ảnh: Lý Mí Chá", None, "next"),
            P(
                "Với tinh thần thi đấu đoàn kết, trung thực, đoàn vận động viên của trường giành 1 huy chương vàng "
                "môn đẩy gậy, 2 huy chương bạc môn cầu lông đôi nam nữ và bóng bàn đơn nam, 1 huy chương đồng môn "
                "kéo co, xếp thứ Nhì toàn đoàn."
            ),
            P(
                "Hội thao là dịp để cán bộ, viên chức rèn luyện sức khỏe, tăng cường giao lưu, học hỏi giữa các "
                "cơ quan, đơn vị trong khối."
            ),
        ],
        photographers=["Lý Mí Chá"],
        source="Báo Hà Giang điện tử",
        opts={
            "posted": "2026-10-24 15:10",
            "byline": '<p class="text-right"><strong>BBT</strong></p>',
            "nguon": "Báo Hà Giang điện tử",
        },
    ),
    Story(
        id=1297,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-20",
        blocks=[
            P(
                "Thực hiện Hướng dẫn của Ban Tổ chức Trung ương về nâng cao chất lượng sinh hoạt chi bộ, ngày "
                "16/10/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề với chủ đề “Nâng cao vai trò "
                "nêu gương của đảng viên là giảng viên trong giai đoạn hiện nay”."
            ),
            P(
                "Đồng chí Đỗ Thị Lan, Bí thư Chi bộ, trình bày báo cáo đề dẫn, nêu rõ những yêu cầu về chuẩn mực "
                "đạo đức nhà giáo, trách nhiệm của giảng viên lý luận chính trị trong việc đấu tranh phản bác các "
                "quan điểm sai trái, thù địch trên không gian mạng."
            ),
            Img(
                _img(1297, 1, "10"),
                "Đồng chí Đỗ Thị Lan, Bí thư Chi bộ trình bày báo cáo đề dẫn",
                "Đồng chí Đỗ Thị Lan, Bí thư Chi bộ trình bày báo cáo đề dẫn",
                "next",
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên thẳng thắn trao đổi về những hạn chế trong việc cập nhật kiến "
                "thức thực tiễn vào bài giảng, việc tự học, tự nghiên cứu và tham gia viết bài đăng trên Trang "
                "thông tin điện tử của trường."
            ),
            P(
                "Kết thúc buổi sinh hoạt, chi bộ thống nhất mỗi đảng viên đăng ký ít nhất một đề tài, bài viết "
                "khoa học trong năm 2027 và tham gia dự giờ, góp ý bài giảng của đồng nghiệp tối thiểu 4 tiết mỗi "
                "học kỳ."
            ),
            Raw('<p style="text-align: right;"><em>Chi bộ Khoa Xây dựng Đảng</em></p>'),
        ],
        authors=["Chi bộ Khoa Xây dựng Đảng"],
        opts={"posted": "2026-10-20 00:00"},
    ),
    Story(
        id=1317,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-53-he-khong-tap-trung-tai-huyen-quan-ba",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 53 hệ không tập trung tại huyện Quản Bạ",
        cat="dao-tao-boi-duong",
        published_at="2026-12-02T09:00:00+07:00",
        summary=(
            "Sáng ngày 1/12/2026, tại Trung tâm Chính trị huyện Quản Bạ, Trường Chính trị tỉnh Hà Giang tổ chức "
            "khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 53 hệ không tập trung."
        ),
        blocks=[
            P(
                "Sáng ngày 1/12/2026, tại Trung tâm Chính trị huyện Quản Bạ, Trường Chính trị tỉnh Hà Giang tổ "
                "chức khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 53 hệ không tập trung.",
                "b",
            ),
            P(
                "Lớp học có 74 học viên là cán bộ, công chức cấp xã, cán bộ các phòng, ban, đơn vị thuộc huyện "
                "Quản Bạ; trong đó học viên là người dân tộc thiểu số chiếm 81%."
            ),
            P(
                "Theo kế hoạch, lớp học được tổ chức trong 12 tháng, gồm 4 phần học với 18 học phần. Học viên học "
                "tập vào các ngày cuối tuần để bảo đảm thời gian công tác tại cơ quan, đơn vị."
            ),
            Img(
                _img(1317, 1, "12"),
                "Đồng chí Trần Đức Hạnh, Phó Hiệu trưởng phát biểu tại lễ khai giảng",
                "Đồng chí Trần Đức Hạnh, Phó Hiệu trưởng phát biểu tại lễ khai giảng",
                "fig",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên chấp hành nghiêm quy chế học tập, "
                "chủ động nghiên cứu tài liệu, liên hệ thực tiễn địa phương và tích cực tham gia thảo luận trên "
                "lớp."
            ),
            P(
                "Trung tâm Chính trị huyện Quản Bạ cam kết phối hợp chặt chẽ với nhà trường trong công tác quản lý "
                "lớp học, bố trí giảng đường, nơi ăn nghỉ cho học viên ở xa."
            ),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={
            "posted": "2026-12-02 09:00",
            "byline": '<p style="text-align:right"><strong><em>Phòng Quản lý đào tạo</em></strong></p>',
            "tags": ["Khai giảng", "Quản Bạ"],
        },
    ),
    Story(
        id=1314,
        slug="be-giang-lop-boi-duong-ky-nang-hoat-dong-cho-dai-bieu-hoi-dong-nhan-dan-cap-xa",
        title="Bế giảng lớp bồi dưỡng kỹ năng hoạt động cho đại biểu Hội đồng nhân dân cấp xã",
        cat="dao-tao-boi-duong",
        published_at="2026-11-19T14:00:00+07:00",
        summary=(
            "(TCTHG) - Chiều 18/11, Trường Chính trị tỉnh phối hợp với Thường trực HĐND tỉnh tổ chức bế giảng "
            "lớp bồi dưỡng kỹ năng hoạt động cho đại biểu Hội đồng nhân dân cấp xã năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Trong 5 ngày học tập, 95 học viên là đại biểu HĐND các xã, thị trấn của các huyện Vị Xuyên, Bắc "
                "Quang và Quang Bình được trang bị kỹ năng thẩm tra báo cáo, đề án; kỹ năng chất vấn và trả lời "
                "chất vấn; kỹ năng tiếp xúc cử tri và giám sát việc giải quyết kiến nghị của cử tri."
            ),
            Img(_img(1314, 1), "Ảnh: Hoàng Minh Đức", None, "next"),
            P(
                "Bên cạnh các chuyên đề lý thuyết, lớp học dành thời lượng cho thực hành xây dựng câu hỏi chất "
                "vấn, đóng vai chủ tọa điều hành phiên họp và xử lý các tình huống phát sinh tại kỳ họp."
            ),
            P(
                "Kết thúc khóa học, 100% học viên đủ điều kiện được cấp giấy chứng nhận; 23 học viên đạt kết quả "
                "xuất sắc."
            ),
        ],
        authors=["Hoàng Thị Phương"],
        photographers=["Hoàng Minh Đức"],
        opts={
            "posted": "2026-11-19 14:00",
            "byline": '<div style="text-align:right"><strong>Hoàng Thị Phương</strong> - Khoa Nhà nước và Pháp luật</div>',
        },
    ),
    Story(
        id=1310,
        slug="hoi-giang-giang-vien-cap-truong-nam-2026-14-bai-giang-duoc-xep-loai-gioi",
        title="Hội giảng giảng viên cấp trường năm 2026: 14 bài giảng được xếp loại giỏi",
        cat="dao-tao-boi-duong",
        published_at="2026-11-10T07:30:00+07:00",
        blocks=[
            P(
                "Từ ngày 2 đến ngày 6/11/2026, Trường Chính trị tỉnh tổ chức Hội giảng giảng viên cấp trường năm "
                "2026 nhằm đánh giá năng lực giảng dạy, lựa chọn giảng viên tham dự Hội thi giảng viên dạy giỏi "
                "các trường chính trị toàn quốc."
            ),
            P(
                "Hội giảng có 19 giảng viên của 4 khoa chuyên môn tham gia với các bài giảng thuộc chương trình "
                "trung cấp lý luận chính trị - hành chính và các lớp bồi dưỡng."
            ),
            Img(
                _img(1310, 1),
                "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng dự thi",
                "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng dự thi",
                "fig",
            ),
            P(
                "Ban Giám khảo đánh giá các bài giảng được chuẩn bị công phu, bám sát mục tiêu, yêu cầu của từng "
                "chuyên đề; nhiều giảng viên đã vận dụng linh hoạt phương pháp dạy học tích cực, sử dụng bài giảng "
                "điện tử và các tình huống thực tiễn của tỉnh."
            ),
            P(
                "Kết quả, có 14 bài giảng xếp loại giỏi, 5 bài giảng xếp loại khá. Ban Tổ chức đã chọn 3 giảng "
                "viên có kết quả cao nhất để tiếp tục bồi dưỡng, tham dự hội thi cấp toàn quốc năm 2027."
            ),
        ],
        authors=["Thanh Tâm"],
        photographers=["Thanh Tâm"],
        opts={
            "posted": "2026-11-10 07:30",
            "byline": '<p class="text-right"><strong>Tin, ảnh: Thanh Tâm</strong></p>',
            "tags": ["Hội giảng"],
        },
    ),
    Story(
        id=1299,
        slug="boi-duong-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-huyen-bac-me",
        title="Bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ sở huyện Bắc Mê",
        cat="dao-tao-boi-duong",
        published_at="2026-10-26T10:00:00+07:00",
        summary=(
            "(TCTHG) - Từ ngày 20 đến 23/10/2026, Trường Chính trị tỉnh phối hợp với Ủy ban MTTQ Việt Nam huyện "
            "Bắc Mê mở lớp bồi dưỡng nghiệp vụ công tác Mặt trận cho 120 cán bộ Mặt trận cấp xã và trưởng ban "
            "công tác Mặt trận ở thôn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học viên được nghe giảng viên của trường truyền đạt các chuyên đề: Những vấn đề cơ bản về Mặt "
                "trận Tổ quốc Việt Nam; nghiệp vụ giám sát và phản biện xã hội; công tác vận động quần chúng trong "
                "vùng đồng bào dân tộc thiểu số; tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư."
            ),
            Img(
                _img(1299, 1, "10"),
                "Lớp bồi dưỡng tổ chức tại hội trường Huyện ủy Bắc Mê",
                "Lớp bồi dưỡng tổ chức tại hội trường Huyện ủy Bắc Mê",
                "table",
            ),
            P(
                "Đây là năm thứ ba nhà trường phối hợp tổ chức lớp bồi dưỡng tại huyện, giúp cán bộ cơ sở không "
                "phải đi lại xa, tiết kiệm thời gian và kinh phí."
            ),
            P("Kết thúc lớp học, các học viên làm bài kiểm tra viết, 100% đạt yêu cầu."),
        ],
        authors=["Thùy Linh"],
        opts={
            "posted": "2026-10-26 10:00",
            "byline": '<p class="text-right"><strong>Thùy Linh</strong></p>',
        },
    ),
    Story(
        id=1305,
        slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-boi-duong-ly-luan-chinh-tri-cho-can-bo-co-so-vung-dong-bao-dan-toc-thieu-so",
        title=(
            "Hội thảo khoa học \"Nâng cao chất lượng bồi dưỡng lý luận chính trị cho cán bộ cơ sở vùng đồng bào "
            "dân tộc thiểu số\""
        ),
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-11-12T16:00:00+07:00",
        summary=(
            "(TCTHG) - Ngày 12/11/2026, Trường Chính trị tỉnh Hà Giang tổ chức hội thảo khoa học cấp trường với "
            "sự tham gia của gần 80 đại biểu là nhà khoa học, giảng viên và cán bộ làm công tác tuyên giáo, tổ "
            "chức ở cơ sở."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thảo nhận được 26 tham luận, trong đó 9 tham luận được trình bày trực tiếp tại hội thảo. Các "
                "ý kiến tập trung phân tích thực trạng đội ngũ cán bộ cơ sở vùng đồng bào dân tộc thiểu số, những "
                "khó khăn trong việc tiếp thu kiến thức lý luận khi vốn tiếng phổ thông còn hạn chế."
            ),
            P(
                "“Bồi dưỡng lý luận chính trị cho cán bộ cơ sở không thể chỉ là truyền đạt kiến thức, mà phải giúp "
                "người học biết vận dụng vào công việc hằng ngày ở thôn, bản” - TS. Phạm Quốc Khánh, Trưởng khoa "
                "Xây dựng Đảng nhấn mạnh.",
                "q",
            ),
            Img(_img(1305, 1), "Các đại biểu tham dự hội thảo", "Các đại biểu tham dự hội thảo", "fig"),
            P(
                "Nhiều đại biểu kiến nghị biên soạn tài liệu bổ trợ song ngữ, tăng thời lượng đi thực tế và mời "
                "báo cáo viên là những cán bộ cơ sở tiêu biểu chia sẻ kinh nghiệm."
            ),
            P(
                "Kết luận hội thảo, Ban Tổ chức tiếp thu các ý kiến và sẽ tổng hợp thành kỷ yếu, làm cơ sở để nhà "
                "trường điều chỉnh chương trình bồi dưỡng trong năm 2027."
            ),
        ],
        authors=["Minh Châu"],
        opts={
            "posted": "2026-11-12 16:00",
            "byline": '<p class="text-right"><strong>Tin: Minh Châu</strong></p>',
            "featured": True,
            "tags": ["Hội thảo khoa học", "Dân tộc thiểu số"],
        },
    ),
    Story(
        id=1300,
        slug="van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri-o-truong-chinh-tri-tinh-ha-giang",
        title="Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị ở Trường Chính trị tỉnh Hà Giang",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-10-29T09:20:00+07:00",
        blocks=[
            Raw(
                '<p style="text-align: right;"><strong>ThS. Đặng Thị Hồng Nhung</strong><br />\n'
                "<em>Khoa Lý luận cơ sở</em></p>"
            ),
            P("1. Sự cần thiết đổi mới phương pháp giảng dạy", "h"),
            P(
                "Văn kiện Đại hội đại biểu toàn quốc lần thứ XIV của Đảng tiếp tục xác định đổi mới căn bản, toàn "
                "diện giáo dục, đào tạo là một trong những nhiệm vụ trọng tâm.[1] Đối với các trường chính trị, "
                "yêu cầu này đặt ra việc chuyển mạnh từ truyền thụ kiến thức một chiều sang phát triển năng lực "
                "vận dụng của người học.",
                "fn",
            ),
            P(
                "Học viên của trường phần lớn là cán bộ đang công tác, có kinh nghiệm thực tiễn phong phú nhưng "
                "thời gian tự học hạn chế. Nếu giảng viên chỉ thuyết trình, học viên dễ rơi vào thế thụ động, khó "
                "ghi nhớ nội dung trừu tượng của các học phần lý luận."
            ),
            P("2. Một số phương pháp đã được vận dụng", "h"),
            P(
                "Thứ nhất, phương pháp thảo luận nhóm theo tình huống. Giảng viên xây dựng tình huống từ chính "
                "thực tiễn của xã, thôn nơi học viên công tác, yêu cầu các nhóm phân tích và đề xuất cách giải "
                "quyết."
            ),
            P(
                "Thứ hai, phương pháp nêu vấn đề. Thay vì trình bày toàn bộ nội dung, giảng viên đặt câu hỏi gợi "
                "mở, để học viên tự tìm hiểu tài liệu và trình bày trước lớp."
            ),
            P(
                "Thứ ba, ứng dụng công nghệ thông tin, sử dụng bài giảng điện tử, video tư liệu và phần mềm khảo "
                "sát trực tuyến để kiểm tra nhanh mức độ tiếp thu của học viên.[2]",
                "fn",
            ),
            P("3. Kết luận", "h"),
            P(
                "Thực tiễn tại Trường Chính trị tỉnh Hà Giang cho thấy, việc vận dụng linh hoạt các phương pháp "
                "dạy học tích cực đã giúp học viên chủ động hơn, kết quả học tập được nâng lên rõ rệt."
            ),
            P("Tài liệu tham khảo", "h"),
            P(
                "[1] Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIV, Nxb. Chính trị quốc "
                "gia Sự thật, Hà Nội, 2026.",
                "note",
            ),
            P(
                "[2] Học viện Chính trị quốc gia Hồ Chí Minh: Giáo trình Phương pháp giảng dạy lý luận chính trị, "
                "Nxb. Lý luận chính trị, Hà Nội, 2022.",
                "note",
            ),
        ],
        authors=["Đặng Thị Hồng Nhung"],
        opts={"posted": "2026-10-29 09:20", "tags": ["Phương pháp giảng dạy"]},
    ),
    Story(
        id=1319,
        slug="thong-bao-chieu-sinh-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-tap-trung-khoa-54",
        title="Thông báo chiêu sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung khóa 54",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">\n<tbody>\n<tr>\n'
                '<td style="text-align:center; width:45%"><p>TỈNH ỦY HÀ GIANG<br />\n'
                "<strong>TRƯỜNG CHÍNH TRỊ</strong><br />\n*</p>\n<p>Số: 412/TB-TCT</p></td>\n"
                '<td style="text-align:center"><p><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong></p>\n'
                "<p><em>Hà Giang, ngày 30 tháng 11 năm 2026</em></p></td>\n</tr>\n</tbody>\n</table>\n"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />\n'
                "<strong>Chiêu sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung khóa 54</strong></p>\n"
                '<p style="text-align:center">-----</p>'
            ),
            P(
                "Căn cứ Kế hoạch số 38-KH/TU ngày 15/01/2026 của Ban Thường vụ Tỉnh ủy về đào tạo, bồi dưỡng cán "
                "bộ năm 2026; Trường Chính trị tỉnh thông báo chiêu sinh lớp Trung cấp lý luận chính trị - hành "
                "chính hệ tập trung khóa 54 như sau:"
            ),
            P("1. Đối tượng, tiêu chuẩn", "h"),
            P(
                "Cán bộ, công chức, viên chức đang công tác trong hệ thống chính trị từ tỉnh đến cơ sở, là đảng "
                "viên chính thức, có trình độ chuyên môn từ trung cấp trở lên, được cấp có thẩm quyền cử đi học."
            ),
            P("2. Thời gian, địa điểm", "h"),
            P("Thời gian học: 6 tháng, khai giảng dự kiến ngày 05/01/2027.", "li"),
            P("Địa điểm: Trường Chính trị tỉnh Hà Giang, số 229 đường Nguyễn Trãi, thành phố Hà Giang.", "li"),
            P("3. Hồ sơ dự tuyển", "h"),
            P(
                "Hồ sơ gồm: quyết định cử đi học, bản sao bằng tốt nghiệp chuyên môn, lý lịch trích ngang và 2 ảnh "
                "cỡ 3x4. Các cơ quan, đơn vị gửi hồ sơ về Phòng Quản lý đào tạo trước ngày 25/12/2026."
            ),
            P("Mọi chi tiết xin liên hệ Phòng Quản lý đào tạo, điện thoại: 0219.3866.215."),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">\n<tbody>\n<tr>\n'
                '<td style="vertical-align:top; width:50%"><p><strong><em>Nơi nhận:</em></strong><br />\n'
                "- Các huyện ủy, thành ủy;<br />\n- Các sở, ban, ngành, đoàn thể tỉnh;<br />\n"
                "- Lưu VT, P.QLĐT.</p></td>\n"
                '<td style="text-align:center; vertical-align:top"><p><strong>KT. HIỆU TRƯỞNG<br />\n'
                "PHÓ HIỆU TRƯỞNG</strong></p>\n<p><em>(đã ký)</em></p>\n<p><strong>Trần Đức Hạnh</strong></p>"
                "</td>\n</tr>\n</tbody>\n</table>\n"
                '<p class="tep-dinh-kem"><i class="fa fa-paperclip"></i> File đính kèm: '
                '<a href="/uploads/files/2026/12/TB-412-chieu-sinh-K54.pdf" target="_blank">'
                "TB-412-chieu-sinh-K54.pdf</a></p>"
            ),
        ],
        authors=["Trần Đức Hạnh"],
        opts={"posted": "2026-12-01 16:05"},
    ),
]

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


# --- dates as the container prints them ----------------------------------------------------


def _posted(story: Story) -> datetime:
    return datetime.strptime(story.opts["posted"], "%Y-%m-%d %H:%M")


def _invariant(dt: datetime) -> str:
    """``DateTime.ToString()`` under the invariant culture: MM/dd/yyyy HH:mm:ss."""
    return dt.strftime("%m/%d/%Y %H:%M:%S")


def _utc_o(dt: datetime) -> str:
    """``ToUniversalTime().ToString("o")``."""
    return (dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.0000000Z")


def _dmy(dt: datetime) -> str:
    return dt.strftime("%d/%m/%Y")


# --- encoders ------------------------------------------------------------------------------

_RZ = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "+": "&#x2B;"}


def rz(value: str) -> str:
    """Razor's default HtmlEncoder: everything outside Basic Latin as a hex reference."""
    out = []
    for ch in value:
        if ch in _RZ:
            out.append(_RZ[ch])
        elif ord(ch) > 127:
            out.append(f"&#x{ord(ch):X};")
        else:
            out.append(ch)
    return "".join(out)


def _json_str(value: str) -> str:
    """System.Text.Json's default escaping of a string value."""
    out = ['"']
    for ch in value:
        if ch in "\"&'<>+`" or ord(ch) > 126 or ord(ch) < 32:
            out.append(f"\\u{ord(ch):04X}")
        elif ch == "\\":
            out.append("\\\\")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


# --- URLs ----------------------------------------------------------------------------------


def article_path(story: Story, cat: str | None = None) -> str:
    return f"/tin-tuc/{cat or story.cat}/{story.slug}-{story.id}"


def legacy_path(story: Story) -> str:
    return f"/Home/ChiTiet/{story.id}"


def tinmoi_path(story: Story) -> str:
    """How the cached "Tin mới" component links an article (stored route value, cached slug)."""
    slug = story.opts["old"][1] if "old" in story.opts else story.slug
    return f"/tin-tuc/{CATS[story.cat][1]}/{slug}-{story.id}"


def listing_items(cat: str) -> list[tuple[Story, str]]:
    """(story, chuyenMuc its link uses) for a category listing, newest first."""
    items = [(s, cat) for s in STORIES if s.cat == cat or s.opts.get("cat2") == cat]
    items.sort(key=lambda it: _posted(it[0]), reverse=True)
    return items


def page_count(cat: str) -> int:
    return max(1, -(-len(listing_items(cat)) // PAGE_SIZE))


def listing_link(story: Story, cat: str, page: int) -> str:
    path = article_path(story, cat)
    if page > 1:
        path += "?returnUrl=" + quote(f"/tin-tuc/{cat}?pageIndex={page}", safe="")
    return path


def _latest(n: int) -> list[Story]:
    return sorted(STORIES, key=_posted, reverse=True)[:n]


MOST_READ = [1313, 1305, 1316, 1317, 1300]
FEATURED = [s for s in STORIES if s.opts.get("featured")]


# --- chrome --------------------------------------------------------------------------------

_VER = "kJ3v0aQ7mZ2xW9pLr4tY8sBnE1cF6gH5uD0iO2qR3wA"


def _token(seed: str) -> str:
    return "CfDJ8" + opaque("antiforgery:" + seed, 96).replace("+", "-").replace("/", "_").rstrip("=")


def _menu() -> str:
    items = "".join(
        f'<li><a class="dropdown-item" href="/tin-tuc/{slug}">{rz(name)}</a></li>'
        for slug, (name, _) in CATS.items()
        if slug != "thong-bao"
    )
    return (
        '<nav class="navbar navbar-expand-lg tct-nav" id="menuChinh">\n'
        '<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mnu">'
        '<span class="navbar-toggler-icon"></span></button>\n'
        '<div class="collapse navbar-collapse" id="mnu"><ul class="navbar-nav mn-cap1">\n'
        '<li class="nav-item"><a class="nav-link" href="/"><i class="fa fa-home"></i> Trang ch&#x1EE7;</a></li>\n'
        '<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">'
        "Gi&#x1EDB;i thi&#x1EC7;u</a><ul class=\"dropdown-menu\">"
        '<li><a class="dropdown-item" href="/gioi-thieu/lich-su-hinh-thanh">L&#x1ECB;ch s&#x1EED; h&#xEC;nh th&#xE0;nh</a></li>'
        '<li><a class="dropdown-item" href="/gioi-thieu/co-cau-to-chuc">C&#x1A1; c&#x1EA5;u t&#x1ED5; ch&#x1EE9;c</a></li>'
        "</ul></li>\n"
        '<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">'
        f'Tin t&#x1EE9;c</a><ul class="dropdown-menu">{items}</ul></li>\n'
        f'<li class="nav-item"><a class="nav-link" href="/tin-tuc/thong-bao">{rz("Thông báo")}</a></li>\n'
        f'<li class="nav-item"><a class="nav-link" href="/van-ban">{rz("Văn bản")}</a></li>\n'
        f'<li class="nav-item"><a class="nav-link" href="/thu-vien-anh">{rz("Thư viện ảnh")}</a></li>\n'
        f'<li class="nav-item"><a class="nav-link" href="/lien-he">{rz("Liên hệ")}</a></li>\n'
        "</ul></div></nav>\n"
    )


def _header() -> str:
    notice = BY_ID[1319]
    return (
        '<header class="tct-header">\n'
        '<div class="thanh-tren"><div class="container d-flex justify-content-between">'
        f'<span class="ngay-hom-nay"><i class="far fa-calendar-alt"></i> {TODAY_HEADER}</span>'
        '<form class="frm-tk form-inline" method="get" action="/tim-kiem">'
        f'<input class="form-control form-control-sm" type="text" name="tuKhoa" placeholder="{rz("Tìm kiếm...")}" />'
        '<button class="btn btn-sm" type="submit"><i class="fa fa-search"></i></button></form>'
        "</div></div>\n"
        '<div class="container banner-tct"><a href="/"><img src="/images/banner-tct-hg.png" '
        f'alt="{rz(SITE_TITLE)}" class="img-fluid" /></a></div>\n'
        f'<div class="container">{_menu()}</div>\n'
        '<div class="container chay-chu"><span class="nhan">TH&#xD4;NG B&#xC1;O:</span> '
        f'<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><a href="{article_path(notice)}">'
        f"{rz(notice.title)}</a></marquee></div>\n"
        "</header>\n"
    )


def _tin_moi(inline: bool) -> str:
    """The "Tin mới" view component, as the <cache> tag helper kept it (old title of 1318)."""
    rows = []
    for s in _latest(5):
        title = s.opts["old"][0] if "old" in s.opts else s.title
        rows.append(
            f'<li><a href="{tinmoi_path(s)}" title="{rz(title)}">{rz(title)}</a> '
            f'<span class="tm-ngay">({_posted(s).strftime("%m/%d/%Y")})</span></li>'
        )
    cls = "vc-tinmoi vc-tinmoi--trong-bai" if inline else "vc-tinmoi khoi-phai"
    return (
        f'<div class="{cls}">\n<div class="vc-tinmoi__hd"><span>Tin m&#x1EDB;i</span></div>\n'
        '<ul class="vc-tinmoi__ds">' + "".join(rows) + "</ul>\n</div>\n"
    )


def _sidebar(target: str, with_tinmoi: bool) -> str:
    most = "".join(
        f'<li><span class="so">{i}</span><a href="{article_path(BY_ID[i_])}">{rz(BY_ID[i_].title)}</a></li>'
        for i, i_ in enumerate(MOST_READ, 1)
    )
    poll = (
        f'<form method="post" action="/?handler=BinhChon" class="frm-bc">'
        f'<input name="__RequestVerificationToken" type="hidden" value="{_token("poll" + target)}" />'
        f'<p class="cau-hoi">{rz("Bạn đánh giá thế nào về giao diện mới của Trang thông tin điện tử?")}</p>'
        f'<div><input type="radio" name="PhuongAn" value="1" id="pa1" /> <label for="pa1">{rz("Đẹp, dễ sử dụng")}</label></div>'
        f'<div><input type="radio" name="PhuongAn" value="2" id="pa2" /> <label for="pa2">{rz("Bình thường")}</label></div>'
        f'<div><input type="radio" name="PhuongAn" value="3" id="pa3" /> <label for="pa3">{rz("Cần cải thiện")}</label></div>'
        f'<button type="submit" class="btn btn-sm btn-danger">{rz("Bình chọn")}</button></form>'
    )
    return (
        '<aside class="col-lg-4 cot-phai">\n'
        + (_tin_moi(False) if with_tinmoi else "")
        + '<div class="khoi-phai xem-nhieu"><div class="khoi-phai__hd">Xem nhi&#x1EC1;u nh&#x1EA5;t</div>'
        f'<ol class="ds-xn">{most}</ol></div>\n'
        '<div class="khoi-phai"><div class="khoi-phai__hd">Li&#xEA;n k&#x1EBF;t website</div>'
        '<select class="form-control" onchange="window.open(this.value)">'
        f'<option value="">{rz("-- Chọn liên kết --")}</option>'
        f'<option value="https://hagiang.gov.vn">{rz("Cổng TTĐT tỉnh Hà Giang")}</option>'
        f'<option value="https://baohagiang.vn">{rz("Báo Hà Giang điện tử")}</option>'
        f'<option value="https://hcma.vn">{rz("Học viện CTQG Hồ Chí Minh")}</option>'
        "</select></div>\n"
        f'<div class="khoi-phai tham-do"><div class="khoi-phai__hd">Th&#x103;m d&#xF2; &#xFD; ki&#x1EBF;n</div>{poll}</div>\n'
        '<div class="khoi-phai thong-ke"><div class="khoi-phai__hd">Th&#x1ED1;ng k&#xEA; truy c&#x1EAD;p</div>'
        '<ul class="tk-tc"><li>&#x110;ang online: <b>17</b></li><li>H&#xF4;m nay: <b>482</b></li>'
        "<li>Tu&#x1EA7;n n&#xE0;y: <b>3.105</b></li><li>T&#x1ED5;ng truy c&#x1EAD;p: <b>1.284.576</b></li></ul></div>\n"
        "</aside>\n"
    )


def _footer() -> str:
    return (
        '<footer class="tct-footer"><div class="container">\n'
        f"<p><strong>{rz('TRANG THÔNG TIN ĐIỆN TỬ TRƯỜNG CHÍNH TRỊ TỈNH HÀ GIANG')}</strong></p>\n"
        f"<p>{rz('Địa chỉ: Số 229 đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang')}</p>\n"
        f"<p>{rz('Điện thoại: 0219.3866.201 - Fax: 0219.3866.202 - Email: truongchinhtri@hagiang.gov.vn')}</p>\n"
        f"<p>{rz('Chịu trách nhiệm chính: Nguyễn Văn Thắng - Hiệu trưởng')}</p>\n"
        f'<p class="ban-quyen">&#xA9; 2021 - 2026 {rz("Bản quyền thuộc Trường Chính trị tỉnh Hà Giang")}. '
        f'{rz("Thiết kế và phát triển bởi")} <a href="https://hgtech.vn" rel="nofollow">HGTech</a></p>\n'
        "</div></footer>\n"
        f'<script src="/lib/jquery/dist/jquery.min.js"></script>\n'
        f'<script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>\n'
        f'<script src="/js/lazysizes.min.js?v={_VER[:20]}"></script>\n'
        f'<script src="/js/site.js?v={_VER[5:25]}"></script>\n'
    )


def _page(request: Request, title: str, main: str, *, head_extra: str = "", sidebar: str = "") -> Response:
    body = (
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\" />\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f"<title>{rz(title)}</title>\n"
        '<link rel="icon" href="/favicon.ico" />\n'
        '<link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />\n'
        '<link rel="stylesheet" href="/lib/font-awesome/css/all.min.css" />\n'
        f'<link rel="stylesheet" href="/css/site.css?v={_VER}" />\n'
        f"{head_extra}</head>\n<body>\n{_header()}"
        f'<main role="main" class="container noi-dung-chinh"><div class="row">\n'
        f'<div class="col-lg-8 cot-trai">\n{main}</div>\n{sidebar}</div></main>\n'
        f"{_footer()}</body>\n</html>\n"
    )
    headers = {
        "Server": "Kestrel",
        "X-Frame-Options": "SAMEORIGIN",
        "Set-Cookie": ".AspNetCore.Antiforgery.Hg7xQ2vLkP0="
        + _token("cookie")[:120]
        + "; path=/; samesite=strict; httponly",
    }
    return html(body, headers=headers)


def _breadcrumb(*crumbs: tuple[str, str | None]) -> str:
    items = ['<li class="breadcrumb-item"><a href="/"><i class="fa fa-home"></i> Trang ch&#x1EE7;</a></li>']
    for name, href in crumbs:
        if href:
            items.append(f'<li class="breadcrumb-item"><a href="{href}">{rz(name)}</a></li>')
        else:
            items.append(f'<li class="breadcrumb-item active" aria-current="page">{rz(name)}</li>')
    return '<nav aria-label="breadcrumb"><ol class="breadcrumb duong-dan">' + "".join(items) + "</ol></nav>\n"


# --- the stored text -----------------------------------------------------------------------


def _img_tag(img: Img, title: str) -> str:
    src = esc(img.src)
    return (
        f'<img class="lazyload" src="/images/blank.gif" data-src="{src}" alt="{esc(title)}" '
        f'style="width:100%; max-width:800px" /><noscript><img src="{src}" alt="{esc(title)}" /></noscript>'
    )


def _fn(value: str) -> str:
    """Word's footnote calls: ``[1]`` as anchors to the notes."""
    return re.sub(r"\[(\d)\]", r'<a href="#_ftn\1" name="_ftnref\1" title="">[\1]</a>', text(value))


def _note(value: str) -> str:
    return re.sub(r"^\[(\d)\]", r'<a href="#_ftnref\1" name="_ftn\1" title="">[\1]</a>', text(value))


def render_text(story: Story) -> str:
    """The HTML the vendor's editor stored for the text (``Html.Raw`` prints it as is)."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            tag = _img_tag(b, story.title)
            if b.style == "fig":
                out.append(
                    f'<figure class="image">{tag}<figcaption>{text(b.printed or "")}</figcaption></figure>'
                )
            elif b.style == "next":
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p style="text-align: center;"><em>{text(b.printed or "")}</em></p>')
            elif b.style == "table":
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tb-anh" '
                    'style="width:90%">\n<tbody>\n'
                    f"<tr><td>{tag}</td></tr>\n"
                    f'<tr><td style="text-align:center"><span style="font-size:12px"><em>{text(b.printed or "")}'
                    "</em></span></td></tr>\n</tbody>\n</table>"
                )
            else:
                out.append(f'<p style="text-align: center;">{tag}</p>')
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        else:
            inner = _fn(b.text) if b.style == "fn" else _note(b.text) if b.style == "note" else text(b.text)
            # a paragraph the editor continued with Shift+Enter
            cont = []
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                cont.append(text(blocks[i].text))
            if b.style == "b":
                out.append(f'<p style="text-align: justify;"><strong>{inner}</strong></p>')
            elif b.style == "h":
                out.append(f"<p><strong>{inner}</strong></p>")
            elif b.style == "q":
                out.append(f'<blockquote>\n<p><em>{inner}</em></p>\n</blockquote>')
            else:
                joined = "<br />\n".join([inner, *cont])
                out.append(f'<p style="text-align: justify;">{joined}</p>')
        i += 1
    return "\n".join(out)


# --- pages ---------------------------------------------------------------------------------


def _tts() -> str:
    return (
        '<div class="doc-bai" id="ttsPlayer"><span class="doc-bai__nhan"><i class="fa fa-headphones"></i> '
        "Nghe &#x111;&#x1ECD;c b&#xE0;i vi&#x1EBF;t</span>"
        '<select class="doc-bai__giong" id="ttsGiong">'
        "<option value=\"banmai\">Gi&#x1ECD;ng n&#x1EEF; mi&#x1EC1;n B&#x1EAF;c</option>"
        "<option value=\"leminh\">Gi&#x1ECD;ng nam mi&#x1EC1;n B&#x1EAF;c</option>"
        "<option value=\"lannhi\">Gi&#x1ECD;ng n&#x1EEF; mi&#x1EC1;n Nam</option></select>"
        '<audio id="ttsAudio" controls preload="none"></audio></div>\n'
    )


def _json_ld(request: Request, story: Story) -> str:
    dt = _posted(story)
    first_img = story.images[0].src if story.images else "/images/logo-tct.png"
    return (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
        f'"headline":{_json_str(story.title)},'
        f'"datePublished":"{_utc_o(dt)}",'
        f'"dateModified":"{_utc_o(datetime.strptime(story.opts["modified"], "%Y-%m-%d %H:%M:%S") if "modified" in story.opts else dt)}",'
        f'"image":[{_json_str(base_url(request) + first_img.replace("w=800", "w=1200"))}],'
        '"author":{"@type":"Person","name":"tct_admin"},'
        f'"publisher":{{"@type":"Organization","name":{_json_str(SITE_TITLE)}}},'
        f'"mainEntityOfPage":{_json_str(base_url(request) + article_path(story))}}}</script>\n'
    )


def _teaser(story: Story, words: int = 32) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + ("..." if len(parts) > words else "")


def _thumb(story: Story, w: int, h: int) -> str:
    src = story.images[0].src if story.images else "/img/resize?w=800&src=%2Fimages%2Fno-image.jpg"
    return src.replace("w=800", f"w={w}&h={h}")


def article_page(request: Request, story: Story) -> Response:
    dt = _posted(story)
    canon = article_path(story)
    cat_name = CATS[story.cat][0]
    head = (
        f'<meta name="description" content="{rz(_teaser(story, 40))}" />\n'
        '<meta name="author" content="tct_admin" />\n'
        f'<link rel="canonical" href="{base_url(request)}{canon}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{rz(story.title)}" />\n'
        f'<meta property="og:url" content="{base_url(request)}{canon}" />\n'
        + (
            f'<meta property="og:image" content="{esc(base_url(request) + story.images[0].src.replace("w=800", "w=1200"))}" />\n'
            if story.images
            else ""
        )
        + f'<meta property="article:published_time" content="{_utc_o(dt)}" />\n'
        + (
            f'<meta property="article:modified_time" content="{_utc_o(datetime.strptime(story.opts["modified"], "%Y-%m-%d %H:%M:%S"))}" />\n'
            if "modified" in story.opts
            else ""
        )
        + _json_ld(request, story)
    )
    meta = ['<div class="tt-bai">']
    if "modified" in story.opts:
        mod = datetime.strptime(story.opts["modified"], "%Y-%m-%d %H:%M:%S")
        meta.append(f'<span class="tt-bai__cn">C&#x1EAD;p nh&#x1EAD;t: {_invariant(mod)}</span>')
    meta.append(f'<span class="tt-bai__ngay"><i class="far fa-clock"></i> {_invariant(dt)}</span>')
    meta.append(f'<span class="tt-bai__xem"><i class="far fa-eye"></i> L&#x1B0;&#x1EE3;t xem: {story.views()}</span>')
    meta.append('<span class="tt-bai__nd"><i class="far fa-user"></i> Ng&#x1B0;&#x1EDD;i &#x111;&#x103;ng: tct_admin</span>')
    if "tacgia" in story.opts:
        meta.append(f'<span class="tt-bai__tg">T&#xE1;c gi&#x1EA3;: <b>{rz(story.opts["tacgia"])}</b></span>')
    meta.append("</div>\n")
    share_url = quote(base_url(request) + canon, safe="")
    tools = (
        '<div class="cong-cu">'
        '<a href="javascript:void(0)" onclick="coChu(-1)" title="Thu nh&#x1ECF; ch&#x1EEF;">A-</a> '
        '<a href="javascript:void(0)" onclick="coChu(1)" title="Ph&#xF3;ng to ch&#x1EEF;">A+</a> '
        '<a href="javascript:window.print()"><i class="fa fa-print"></i> In b&#xE0;i</a> '
        f'<a href="mailto:?subject={quote(story.title)}&amp;body={share_url}"><i class="fa fa-envelope"></i> G&#x1EED;i email</a> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="nofollow" class="chia-se fb">Facebook</a> '
        f'<a href="https://zalo.me/share?url={share_url}" target="_blank" rel="nofollow" class="chia-se zl">Zalo</a>'
        "</div>\n"
    )
    sapo = (
        f'<div class="mo-ta-ct"><strong>{rz(story.summary)}</strong></div>\n'
        if story.summary and story.sapo_outside
        else ""
    )
    fields = ""
    if "byline" in story.opts:
        fields += f'<div class="but-danh">{story.opts["byline"]}</div>\n'
    if "nguon" in story.opts:
        fields += f'<div class="nguon-tin text-right"><em>Ngu&#x1ED3;n: {rz(story.opts["nguon"])}</em></div>\n'
    tags = ""
    if story.opts.get("tags"):
        tags = (
            '<div class="tu-khoa"><i class="fa fa-tags"></i> T&#x1EEB; kh&#xF3;a: '
            + ", ".join(f'<span class="tu-khoa__mt">{rz(t)}</span>' for t in story.opts["tags"])
            + "</div>\n"
        )
    comment = (
        '<div class="y-kien-bd"><h4>&#xDD; ki&#x1EBF;n b&#x1EA1;n &#x111;&#x1ECD;c</h4>'
        f'<form method="post" action="{canon}?handler=GuiYKien">'
        '<input class="form-control" name="HoTen" placeholder="H&#x1ECD; t&#xEA;n" />'
        '<input class="form-control" name="Email" placeholder="Email" />'
        '<textarea class="form-control" name="NoiDung" rows="4"></textarea>'
        '<button class="btn btn-primary btn-sm" type="submit">G&#x1EED;i &#xFD; ki&#x1EBF;n</button>'
        f'<input name="__RequestVerificationToken" type="hidden" value="{_token(request.target)}" /></form></div>\n'
    )
    same = [s for s, _ in listing_items(story.cat) if s.id != story.id][:3]
    related = (
        '<div class="tin-cung-cm"><div class="tin-cung-cm__hd">Tin c&#xF9;ng chuy&#xEA;n m&#x1EE5;c</div><ul>'
        + "".join(
            f'<li><a href="{article_path(s)}"><img src="{esc(_thumb(s, 120, 80))}" alt="" /></a>'
            f'<a href="{article_path(s)}">{rz(s.title)}</a> <span class="ngay">({_dmy(_posted(s))})</span></li>'
            for s in same
        )
        + "</ul></div>\n"
    )
    back = request.params.get("returnUrl") or f"/tin-tuc/{story.cat}"
    if not back.startswith("/"):
        back = f"/tin-tuc/{story.cat}"
    main = (
        _breadcrumb(("Tin tức", None), (cat_name, f"/tin-tuc/{story.cat}"))
        + '<div class="khung-ct" id="chiTietTin">\n'
        f'<h1 class="tieu-de-ct">{rz(story.title)}</h1>\n'
        + "".join(meta)
        + tools
        + sapo
        + '<div class="tct-ndct" id="noiDungTin">\n'
        + _tts()
        + render_text(story)
        + "\n"
        + _tin_moi(True)
        + fields
        + "</div>\n"
        + tags
        + f'<div class="quay-lai"><a href="{esc(back)}">&#xAB; Quay l&#x1EA1;i</a></div>\n'
        + comment
        + related
        + "</div>\n"
    )
    return _page(request, f"{story.title} - {SITE_TITLE}", main, head_extra=head, sidebar=_sidebar(request.target, False))


def legacy_page(request: Request, story: Story) -> Response:
    """The previous portal's MVC view ChiTiet.cshtml, still routed."""
    dt = _posted(story)
    head = f'<link rel="canonical" href="{base_url(request)}{article_path(story)}" />\n'
    byline = story.opts.get("byline", "")
    main = (
        '<div class="duong-dan-cu"><a href="/">Trang ch&#x1EE7;</a> &gt; '
        f'<a href="/tin-tuc/{story.cat}">{rz(CATS[story.cat][0])}</a></div>\n'
        '<div class="news-detail">\n'
        f'<h2 class="title-detail">{rz(story.title)}</h2>\n'
        f'<p class="date-detail">Ng&#xE0;y &#x111;&#x103;ng: {_dmy(dt)}</p>\n'
        + (f'<p class="sapo-detail"><b>{rz(story.summary)}</b></p>\n' if story.summary and story.sapo_outside else "")
        + f'<div class="content-detail">\n{render_text(story)}\n{byline}\n</div>\n'
        + "</div>\n"
    )
    return _page(request, story.title, main, head_extra=head, sidebar=_sidebar(request.target, True))


def _pager(cat: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    base = f"/tin-tuc/{cat}"
    li = []
    if page > 1:
        li.append(f'<li class="page-item"><a class="page-link" href="{base}?pageIndex=1">&#xAB; &#x110;&#x1EA7;u</a></li>')
        li.append(
            f'<li class="page-item"><a class="page-link" href="{base}?pageIndex={page - 1}">&#x2039; Tr&#x1B0;&#x1EDB;c</a></li>'
        )
    for n in range(1, pages + 1):
        if n == page:
            li.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
        else:
            li.append(f'<li class="page-item"><a class="page-link" href="{base}?pageIndex={n}">{n}</a></li>')
    if page < pages:
        li.append(f'<li class="page-item"><a class="page-link" href="{base}?pageIndex={page + 1}">Sau &#x203A;</a></li>')
        li.append(f'<li class="page-item"><a class="page-link" href="{base}?pageIndex={pages}">Cu&#x1ED1;i &#xBB;</a></li>')
    return (
        '<nav aria-label="Ph&#xE2;n trang"><ul class="pagination phan-trang">' + "".join(li) + "</ul></nav>\n"
        f'<form method="get" action="{base}" class="den-trang form-inline">'
        f'<label>&#x110;&#x1EBF;n trang</label> <input type="number" name="pageIndex" min="1" max="{pages}" value="{page}" '
        'class="form-control form-control-sm" /> <button type="submit" class="btn btn-sm">&#x110;i</button></form>\n'
    )


def listing_page(request: Request, cat: str) -> Response:
    try:
        page = max(1, int(request.params.get("pageIndex", "1")))
    except ValueError:
        page = 1
    items = listing_items(cat)
    pages = page_count(cat)
    chunk = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    rows = []
    for s, via in chunk:
        link = esc(listing_link(s, via, page))
        rows.append(
            '<div class="tin-item row">\n'
            f'<div class="col-md-4 tin-item__anh"><a href="{link}"><img src="{esc(_thumb(s, 300, 200))}" '
            f'alt="{rz(s.title)}" class="img-fluid" /></a></div>\n'
            f'<div class="col-md-8"><h3 class="tin-item__td"><a href="{link}">{rz(s.title)}</a></h3>\n'
            f'<span class="ngay"><i class="far fa-calendar"></i> {_dmy(_posted(s))}</span>\n'
            f'<p class="tin-item__tt">{rz(_teaser(s))}</p></div>\n</div>\n'
        )
    if not rows:
        rows.append('<div class="alert alert-info">Ch&#x1B0;a c&#xF3; b&#xE0;i vi&#x1EBF;t trong chuy&#xEA;n m&#x1EE5;c n&#xE0;y.</div>\n')
    name = CATS[cat][0]
    crumbs = [(name, None)] if cat == "thong-bao" else [("Tin tức", None), (name, None)]
    main = (
        _breadcrumb(*crumbs)
        + f'<div class="tieu-de-cm"><h2>{rz(name)}</h2></div>\n<div class="ds-tin">\n'
        + "".join(rows)
        + "</div>\n"
        + _pager(cat, page, pages)
    )
    title = name + (f" - Trang {page}" if page > 1 else "") + f" - {SITE_TITLE}"
    return _page(request, title, main, sidebar=_sidebar(request.target, True))


def home_page(request: Request) -> Response:
    slides = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{legacy_path(s)}">'
        f'<img src="{esc(_thumb(s, 760, 420))}" class="d-block w-100" alt="{rz(s.title)}" /></a>'
        f'<div class="carousel-caption"><h4><a href="{legacy_path(s)}">{rz(s.title)}</a></h4></div></div>'
        for i, s in enumerate(FEATURED)
    )
    blocks = []
    for cat, (name, _) in CATS.items():
        top = listing_items(cat)[:3]
        lis = "".join(
            f'<li><a href="{article_path(s, via)}">{rz(s.title)}</a> <span class="ngay">{_dmy(_posted(s))}</span></li>'
            for s, via in top
        )
        blocks.append(
            f'<div class="khoi-cm" id="cm-{cat}"><div class="khoi-cm__hd"><a href="/tin-tuc/{cat}">{rz(name)}</a>'
            f'<a class="xem-tat-ca" href="/tin-tuc/{cat}">Xem t&#x1EA5;t c&#x1EA3; &#xBB;</a></div><ul>{lis}</ul></div>\n'
        )
    docs = "".join(
        f'<li><a href="/van-ban/{d["id"]}">{rz(d["so"])}: {rz(d["trich_yeu"])}</a></li>' for d in DOCS
    )
    main = (
        '<div id="tieuDiem" class="carousel slide tieu-diem" data-ride="carousel">'
        f'<div class="carousel-inner">{slides}</div></div>\n'
        + _tin_moi(False)
        + "".join(blocks)
        + f'<div class="khoi-cm van-ban-moi"><div class="khoi-cm__hd"><a href="/van-ban">{rz("Văn bản mới")}</a></div>'
        f"<ul>{docs}</ul></div>\n"
        f'<div class="khoi-cm"><div class="khoi-cm__hd"><a href="/thu-vien-anh">{rz("Thư viện ảnh")}</a></div>'
        f'<a href="{ALBUM_PATH}"><img src="/img/resize?w=360&amp;h=240&amp;src=%2Fuploads%2Falbum%2F7%2Fbia.jpg" alt="" /></a></div>\n'
    )
    return _page(request, f"{SITE_TITLE} - Trang chủ", main, sidebar=_sidebar(request.target, False))


# --- pages that are not articles --------------------------------------------------------------

DOCS = [
    {
        "id": 221,
        "so": "412/TB-TCT",
        "ngay": "30/11/2026",
        "loai": "Thông báo",
        "trich_yeu": "Chiêu sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung khóa 54",
        "file": "TB-412-chieu-sinh-K54.pdf",
        "nguoi_ky": "Trần Đức Hạnh",
    },
    {
        "id": 215,
        "so": "395/KH-TCT",
        "ngay": "06/11/2026",
        "loai": "Kế hoạch",
        "trich_yeu": "Tổ chức Hội giảng giảng viên cấp trường năm 2026",
        "file": "KH-395-hoi-giang-2026.pdf",
        "nguoi_ky": "Nguyễn Văn Thắng",
    },
]
ALBUM_PATH = "/thu-vien-anh/hoi-giang-giang-vien-nam-2026-7"


def doc_page(request: Request, doc: dict) -> Response:
    rows = [
        ("Số ký hiệu", rz(doc["so"])),
        ("Loại văn bản", rz(doc["loai"])),
        ("Ngày ban hành", doc["ngay"]),
        ("Người ký", rz(doc["nguoi_ky"])),
        ("Trích yếu", rz(doc["trich_yeu"])),
        (
            "Tệp đính kèm",
            f'<a href="/uploads/files/2026/{doc["file"]}"><i class="fa fa-file-pdf"></i> {doc["file"]}</a>',
        ),
    ]
    table = "".join(f"<tr><th>{rz(k)}</th><td>{v}</td></tr>" for k, v in rows)
    main = (
        _breadcrumb(("Văn bản", "/van-ban"), (doc["so"], None))
        + f'<div class="vb-ct"><h2>{rz(doc["loai"] + " số " + doc["so"])}</h2>'
        f'<table class="table table-bordered vb-tt">{table}</table></div>\n'
    )
    return _page(request, f"{doc['so']} - {SITE_TITLE}", main, sidebar=_sidebar(request.target, True))


def docs_page(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="/van-ban/{d["id"]}">{rz(d["so"])}</a></td><td>{d["ngay"]}</td>'
        f'<td>{rz(d["trich_yeu"])}</td></tr>'
        for i, d in enumerate(DOCS, 1)
    )
    main = (
        _breadcrumb(("Văn bản", None))
        + '<table class="table table-striped ds-vb"><thead><tr><th>STT</th><th>S&#x1ED1; k&#xFD; hi&#x1EC7;u</th>'
        "<th>Ng&#xE0;y ban h&#xE0;nh</th><th>Tr&#xED;ch y&#x1EBF;u</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>\n"
    )
    return _page(request, f"Văn bản - {SITE_TITLE}", main, sidebar=_sidebar(request.target, True))


INTRO_HISTORY = [
    "Trường Chính trị tỉnh Hà Giang được thành lập theo Quyết định của Ban Thường vụ Tỉnh ủy sau khi tái "
    "lập tỉnh năm 1991, trên cơ sở Trường Đảng và Trường Hành chính của tỉnh.",
    "Trải qua hơn 35 năm xây dựng và phát triển, nhà trường đã đào tạo, bồi dưỡng hàng vạn lượt cán bộ, đảng "
    "viên, công chức, viên chức cho hệ thống chính trị các cấp của tỉnh.",
    "Nhà trường vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Nhì, hạng Ba và nhiều Bằng khen của "
    "Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh.",
]
INTRO_ORG = [
    "Ban Giám hiệu: Hiệu trưởng Nguyễn Văn Thắng; Phó Hiệu trưởng Trần Đức Hạnh.",
    "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo; Phòng Quản lý khoa học và Thông "
    "tin tư liệu.",
    "Các khoa chuyên môn: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và Pháp luật; Khoa Dân vận.",
]


def intro_page(request: Request, title: str, paras: list[str]) -> Response:
    main = (
        _breadcrumb(("Giới thiệu", None), (title, None))
        + f'<div class="gioi-thieu"><h2>{rz(title)}</h2>'
        + "".join(f"<p>{text(p)}</p>" for p in paras)
        + "</div>\n"
    )
    return _page(request, f"{title} - {SITE_TITLE}", main, sidebar=_sidebar(request.target, True))


def contact_page(request: Request) -> Response:
    main = (
        _breadcrumb(("Liên hệ", None))
        + '<div class="lien-he"><h2>Li&#xEA;n h&#x1EC7;</h2>'
        f"<p>{rz('Trường Chính trị tỉnh Hà Giang - Số 229 đường Nguyễn Trãi, thành phố Hà Giang')}</p>"
        f"<p>{rz('Điện thoại: 0219.3866.201 - Email: truongchinhtri@hagiang.gov.vn')}</p>"
        '<form method="post" action="/lien-he">'
        '<input class="form-control" name="HoTen" placeholder="H&#x1ECD; t&#xEA;n" />'
        '<input class="form-control" name="Email" placeholder="Email" />'
        '<textarea class="form-control" name="NoiDung"></textarea>'
        f'<input name="__RequestVerificationToken" type="hidden" value="{_token(request.target)}" />'
        '<button class="btn btn-primary" type="submit">G&#x1EED;i</button></form></div>\n'
    )
    return _page(request, f"Liên hệ - {SITE_TITLE}", main, sidebar=_sidebar(request.target, True))


def album_page(request: Request) -> Response:
    pics = "".join(
        f'<div class="col-6 col-md-4"><a href="/uploads/album/7/{n}.jpg" data-fancybox="album">'
        f'<img src="/img/resize?w=300&amp;h=200&amp;src=%2Fuploads%2Falbum%2F7%2F{n}.jpg" class="img-fluid" alt="" /></a></div>'
        for n in range(1, 7)
    )
    main = (
        _breadcrumb(("Thư viện ảnh", "/thu-vien-anh"), ("Hội giảng giảng viên năm 2026", None))
        + f'<div class="album-ct"><h2>{rz("Hội giảng giảng viên năm 2026")}</h2>'
        f'<p class="ngay">06/11/2026 - 6 {rz("ảnh")}</p><div class="row">{pics}</div></div>\n'
    )
    return _page(request, f"Thư viện ảnh - {SITE_TITLE}", main, sidebar=_sidebar(request.target, True))


def albums_page(request: Request) -> Response:
    main = (
        _breadcrumb(("Thư viện ảnh", None))
        + f'<div class="ds-album"><div class="album-item"><a href="{ALBUM_PATH}">'
        '<img src="/img/resize?w=360&amp;h=240&amp;src=%2Fuploads%2Falbum%2F7%2Fbia.jpg" alt="" /></a>'
        f'<h4><a href="{ALBUM_PATH}">{rz("Hội giảng giảng viên năm 2026")}</a></h4></div></div>\n'
    )
    return _page(request, f"Thư viện ảnh - {SITE_TITLE}", main, sidebar=_sidebar(request.target, True))


def search_page(request: Request) -> Response:
    q = request.params.get("tuKhoa", "").strip()
    if not q:
        result = '<div class="alert alert-warning">Vui l&#xF2;ng nh&#x1EAD;p t&#x1EEB; kh&#xF3;a.</div>'
    else:
        hits = [s for s in STORIES if q.lower() in s.title.lower()]
        result = "<ul class=\"kq-tk\">" + "".join(
            f'<li><a href="{article_path(s)}">{rz(s.title)}</a></li>' for s in hits
        ) + "</ul>" if hits else '<div class="alert alert-info">Kh&#xF4;ng t&#xEC;m th&#x1EA5;y k&#x1EBF;t qu&#x1EA3;.</div>'
    main = _breadcrumb(("Tìm kiếm", None)) + f'<div class="tim-kiem"><h2>{rz("Kết quả tìm kiếm: " + q)}</h2>{result}</div>\n'
    return _page(request, f"Tìm kiếm - {SITE_TITLE}", main, sidebar=_sidebar(request.target, True))


def _bad_request() -> Response:
    return Response(400, b"", {"Content-Type": "text/plain", "Server": "Kestrel"})


_ARTICLE = re.compile(r"^/tin-tuc/([^/]+)/[^/]*-(\d+)$", re.IGNORECASE)
_LISTING = re.compile(r"^/tin-tuc/([^/]+)$", re.IGNORECASE)
_LEGACY = re.compile(r"^/Home/ChiTiet/(\d+)$", re.IGNORECASE)
_DOC = re.compile(r"^/van-ban/(\d+)$", re.IGNORECASE)


class Site:
    """Route table of the Razor Pages app (routes are case-insensitive, a trailing slash is tolerated)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path.rstrip("/") or "/"
        low = path.lower()
        if request.method == "POST":
            # antiforgery validation fails for anything but a real browser session
            return _bad_request()
        if low == "/img/resize":
            return static_file("x.jpg")
        if low.startswith("/uploads/files/") and low.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if low.startswith(("/images/", "/css/", "/js/", "/lib/", "/uploads/")) or low == "/favicon.ico":
            return static_file(low)
        if path == "/":
            return home_page(request)
        if m := _ARTICLE.match(path):
            cat, sid = m.group(1).lower(), int(m.group(2))
            story = BY_ID.get(sid)
            if story is None or cat not in CATS:
                return None
            return article_page(request, story)
        if m := _LISTING.match(path):
            cat = m.group(1).lower()
            return listing_page(request, cat) if cat in CATS else None
        if m := _LEGACY.match(path):
            story = BY_ID.get(int(m.group(1)))
            return legacy_page(request, story) if story else None
        if m := _DOC.match(path):
            doc = next((d for d in DOCS if d["id"] == int(m.group(1))), None)
            return doc_page(request, doc) if doc else None
        if low == "/van-ban":
            return docs_page(request)
        if low == "/gioi-thieu/lich-su-hinh-thanh":
            return intro_page(request, "Lịch sử hình thành", INTRO_HISTORY)
        if low == "/gioi-thieu/co-cau-to-chuc":
            return intro_page(request, "Cơ cấu tổ chức", INTRO_ORG)
        if low == "/lien-he":
            return contact_page(request)
        if low == "/thu-vien-anh":
            return albums_page(request)
        if low == ALBUM_PATH:
            return album_page(request)
        if low == "/tim-kiem":
            return search_page(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts: list[str] = []
    canon = article_path(story)
    if story.opts.get("featured"):
        alts.append(legacy_path(story))
    if story in _latest(5) and tinmoi_path(story) != canon:
        alts.append(tinmoi_path(story))
    for cat in CATS:
        for n, (s, via) in enumerate(listing_items(cat)):
            if s is story:
                link = listing_link(s, via, n // PAGE_SIZE + 1)
                if link != canon and link not in alts:
                    alts.append(link)
    return alts


GOLD = [
    gold_record(s, article_path(s), CATS[s.cat][0], canonical_path=article_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-hinh-thanh",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    "/van-ban/221",
    "/van-ban/215",
    ALBUM_PATH,
]
