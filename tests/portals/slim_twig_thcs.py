"""Fixture portal: Trường THCS Trần Hưng Đạo (Pleiku, Gia Lai), a home-made Slim 4 + Twig site.

Platform
--------
A teacher of the school wrote the site in 2022: PHP Slim 4 routes, Twig templates, MySQL, a
Bootstrap 4 theme, TinyMCE 5 as the editor of the posts, on shared hosting. Post lists load more
cards as one scrolls (a fetch of ``?trang=N&xhr=1``, a chrome-less Twig partial) and keep a plain
paged pager as the fallback. PHP's default timezone on the host was never set (UTC), MySQL stores
the local wall time.

URL scheme
----------
- ``/``                              home: slider (links by id), "Tin mới nhất" (6 cards, pinned
                                     post first), two category blocks, sidebars
- ``/bai-viet/<slug>``               an article (any query string serves the same page; ``?q=``
                                     is the search's highlight view, words wrapped in ``<mark>``)
- ``/bai-viet/<id>``                 301 to ``/bai-viet/<slug>`` (old links, the home's cards)
- ``/danh-muc/<slug>?trang=<N>``     category list, 3 cards a page; ``&xhr=1`` = the partial
- ``/tim-kiem?q=``                   search (GET form in the header; a "Từ khóa" link in the sidebar)
- ``/gioi-thieu``, ``/doi-ngu-giao-vien``, ``/thoi-khoa-bieu``, ``/lien-he``,
  ``/thu-vien-anh/le-khai-giang-2026``   the pages that are not articles
- ``/uploads/…``, ``/assets/…``      images, PDFs, styles

Page templates
--------------
``layout.twig``: top bar with today's date ("Thứ Bảy, 05/12/2026"), ``<h1 class="ten-truong">``
(the school's name: the site's only h1), Bootstrap navbar with drop-downs, search form; a
``col-md-8`` main and a ``col-md-4`` aside (most-read, keywords, links, poll, visitor counter);
footer. ``bai_viet.twig``: breadcrumb, ``<h2 class="td-bv">`` headline, the meta line
(``span.tg`` date, "Người đăng: <account>", views), optional ``div.tomtat`` lead, the TinyMCE
HTML in ``div.nd-bv``, attachments, share tools, comments, "Bài viết cùng chuyên mục".

How each gold article is reached
--------------------------------
Category page 1 lists the newest three of the category; the two oldest "Tin tức - Sự kiện" posts
(ids 219, 211) and the oldest "Hoạt động chuyên môn" post (id 215) are listed only on page 2
(``?trang=2``), nowhere else. The others are also on the home page (cards by id, redirected),
in the sidebar's most-read list or in the "same category" lists.

Traps
-----
1. The site's ``<h1>`` is the school's name in the header on every page; the headline is the
   ``<h2 class="td-bv">`` (gold title = the h2's text).
2. Dates of the last seven days print as Twig's ``time_diff`` ("2 ngày trước"); the time is only
   in the span's ``title="03/12/2026 14:30"`` (gold = that time, +07:00). Older posts print the
   Intl long form "14 tháng 11, 2026 - 15:00" (gold = that).
3. ``<meta property="article:published_time">`` is the local wall time labelled ``+00:00`` (PHP's
   default timezone UTC on the shared host): 7 hours wrong; the gold is the printed time +07:00.
4. A post printed at midnight ("28 tháng 11, 2026 - 00:00") has a day only: "2026-11-28".
5. Infinite scroll: page 2 of a category is linked only by the fallback pager's query-only
   ``href="?trang=2"`` (and ``<link rel="next">``); the scroll script's ``data-next`` points at
   the chrome-less partial ``?trang=2&xhr=1``, which is a listing, not a page of the gold.
6. The home's cards link the same post twice: the thumbnail by id (``/bai-viet/245``, a 301 to
   the slug, the macro predates slugs) and the title by slug; the home slider links by id only.
   One article, at the slug's path.
7. The search result links ``/bai-viet/<slug>?q=STEM``: the same article with the searched word
   wrapped in ``<mark>`` inside the text (alt_path; body unchanged).
8. TinyMCE's "image in a one-column table" habit (245): the photo in row 1 and its italic line
   in row 2 of a ``<table class="anh">``: the line is the caption, not a table row of the body.
9. Lazy loading: ``src="/assets/img/blank.gif" data-src="/uploads/…"``; the photo is the
   ``data-src`` (247, 215).
10. TinyMCE ``relative_urls``: the STEM post's images are ``src="../uploads/2026/11/…"``, which
    resolves against ``/bai-viet/<slug>`` to ``/uploads/2026/11/…`` (gold path).
11. Bootstrap "Xem tiếp ▼" collapse: the end of 245's text sits in a ``div.collapse`` (hidden
    until clicked): still body; the toggle's label is not.
12. One old post (226) was saved with ``forced_root_block: false``: bare text lines separated by
    ``<br><br>`` straight inside ``div.nd-bv``, its caption an ``<em>`` line under the image;
    each line is a paragraph, the em line is the caption.
13. TinyMCE bookmark spans left in a saved post (244): ``<span data-mce-type="bookmark"
    style="display: none;">&#65279;</span>``: no text (no U+FEFF in the gold).
14. TinyMCE ``entity_encoding: "named"``: Latin-1 letters of the Vietnamese text are named
    entities (``&agrave;``, ``&ecirc;``), the rest raw UTF-8, in every post's HTML.
15. Bylines with a teacher's honorific: "(Bài: Cô Lê Thị Mai, TPT Đội)" at the top of the text ->
    author "Lê Thị Mai"; photo lines "Ảnh: Thầy Phạm Văn Tùng" -> photographer "Phạm Văn Tùng",
    caption None. "Người đăng: <account>" in the meta line is never an author.
16. Comments under the post (``div.media`` with a ``<p>``) and the reply form: not body.
17. The official notice (239): letterhead table, "Số:", place and date line, "THÔNG BÁO / Về
    việc…", "Nơi nhận", signer: date = the letterhead's day 2026-11-30 (posted 01/12 07:30),
    author = the signer's name; its schedule table's rows are body; the PDF line is not.
18. The pinned notice (244) is the first card of "Tin mới nhất" (badge "Ghim") and again in its
    place by date: one article.

Gold decisions on ambiguous points
----------------------------------
- The relative date's ``title`` attribute is what the page prints for the date (a reader hovers
  it; it is the template's own ``{{ post.ngay_dang|date('d/m/Y H:i') }}``): time kept, +07:00.
- "Cô"/"Thầy" before a name are honorifics like a degree: taken off.
- A unit signing alone at the end ("Tổ Toán - Tin", "Tổ Văn phòng") is the author as printed.
- 245's bold first paragraph is its sapo (summary); 236's ``div.tomtat`` is its sapo, outside the
  text; others have none (the listing's excerpt and the meta description are not sapos).
- The YouTube iframe in 231 is no image; the "Tải về" lines are attachments, not body.
- ``/bai-viet/<id>`` answers 301, so it is not an alt_path (a redirect, not a page); ``?q=STEM``
  is the only variant the site links to.
"""

from __future__ import annotations

import datetime
import re
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "slim_twig_thcs"
PLATFORM = "PHP Slim 4 + Twig (home-made, Bootstrap 4, TinyMCE 5, infinite scroll)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
TODAY_DAY = (2026, 12, 5)
SCHOOL = "Trường THCS Trần Hưng Đạo"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "cong-tac-doi": "Công tác Đội",
    "thong-bao": "Thông báo",
}
PER_PAGE = 3

# --- the posts ------------------------------------------------------------------------------
# opts: when = "dd/mm/YYYY HH:MM" as stored (local wall time); poster = CMS account; more_at =
# index of the block the "Xem tiếp" collapse starts at; root = "br" for forced_root_block false;
# files = attachments; pinned.

S = Story

STORIES: list[Story] = [
    S(
        247,
        "trao-25-suat-hoc-bong-tiep-suc-den-truong",
        "Trao 25 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        "tin-tuc-su-kien",
        "2026-12-04T09:15:00+07:00",
        [
            P("Sáng 04/12, Trường THCS Trần Hưng Đạo phối hợp với Hội Khuyến học thành phố Pleiku "
              "tổ chức trao 25 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó "
              "khăn vươn lên trong học tập."),
            P("Mỗi suất học bổng trị giá 1.500.000 đồng gồm tiền mặt, sách vở và đồ dùng học tập. "
              "Kinh phí do các nhà hảo tâm, Ban đại diện cha mẹ học sinh và tập thể giáo viên nhà "
              "trường đóng góp."),
            Img("/uploads/2026/12/hoc-bong-1.jpg", "Thầy Hiệu trưởng Nguyễn Văn Bình trao học bổng "
                "cho các em học sinh.", "Thầy Hiệu trưởng Nguyễn Văn Bình trao học bổng cho các "
                "em học sinh.", "lazy"),
            P("Phát biểu tại buổi lễ, thầy Nguyễn Văn Bình, Hiệu trưởng nhà trường, mong các em "
              "luôn cố gắng, chăm ngoan, học giỏi để không phụ lòng quan tâm của thầy cô và các "
              "nhà hảo tâm."),
            P("Em Rơ Châm H’Liên, học sinh lớp 7A3, xúc động chia sẻ: “Em cảm ơn thầy cô và các cô "
              "chú đã giúp đỡ. Em sẽ cố gắng học thật tốt.”"),
            Img("/uploads/2026/12/hoc-bong-2.jpg", "Các em học sinh nhận học bổng chụp ảnh lưu niệm.",
                "Các em học sinh nhận học bổng chụp ảnh lưu niệm.", "lazy"),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Trần Thị Thu Hà</strong></p>'),
        ],
        authors=["Trần Thị Thu Hà"],
        photographers=["Trần Thị Thu Hà"],
        opts={"when": "04/12/2026 09:15", "poster": "thuha_vp"},
    ),
    S(
        245,
        "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        "hoat-dong-chuyen-mon",
        "2026-12-03T14:30:00+07:00",
        [
            P("Từ ngày 23/11 đến ngày 03/12/2026, Trường THCS Trần Hưng Đạo tổ chức Hội thi giáo "
              "viên dạy giỏi cấp trường với sự tham gia của 18 thầy cô thuộc 5 tổ chuyên môn.",
              "lead"),
            P("Hội thi nhằm nâng cao chất lượng đội ngũ, đổi mới phương pháp dạy học theo Chương "
              "trình giáo dục phổ thông 2018 và chọn giáo viên tham dự hội thi cấp thành phố."),
            P("I. NỘI DUNG HỘI THI", "h"),
            P("Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và dạy hai tiết thực "
              "hành trên lớp, trong đó có một tiết bốc thăm trước ba ngày.", "li"),
            P("Ban giám khảo gồm Ban giám hiệu và các tổ trưởng chuyên môn, đánh giá theo Công văn "
              "5512 của Bộ GD&ĐT.", "li"),
            Img("/uploads/2026/12/gvdg-1.jpg", "Cô Đinh Thị Ngọc Ánh dạy tiết Toán lớp 9A1.",
                "Cô Đinh Thị Ngọc Ánh dạy tiết Toán lớp 9A1.", "tbl"),
            P("Các tiết dạy được chuẩn bị công phu, vận dụng nhiều kỹ thuật dạy học tích cực như "
              "khăn trải bàn, mảnh ghép, trạm học tập; học sinh hứng thú, chủ động."),
            P("II. KẾT QUẢ", "h"),
            P("Kết thúc hội thi, có 15 thầy cô được công nhận giáo viên dạy giỏi cấp trường, trong "
              "đó 6 thầy cô được chọn tham dự hội thi cấp thành phố vào tháng 01/2027."),
            Img("/uploads/2026/12/gvdg-2.jpg", "Ban giám khảo góp ý sau tiết dạy.",
                "Ban giám khảo góp ý sau tiết dạy.", "tbl"),
            P("Nhà trường đề nghị các thầy cô được chọn tiếp tục hoàn thiện biện pháp, trao đổi "
              "với tổ chuyên môn để chuẩn bị tốt nhất cho vòng thi cấp thành phố."),
            Raw('<p style="text-align: right;"><strong>Tổ Toán - Tin</strong></p>'),
        ],
        authors=["Tổ Toán - Tin"],
        summary="Từ ngày 23/11 đến ngày 03/12/2026, Trường THCS Trần Hưng Đạo tổ chức Hội thi giáo "
                "viên dạy giỏi cấp trường với sự tham gia của 18 thầy cô thuộc 5 tổ chuyên môn.",
        opts={"when": "03/12/2026 14:30", "poster": "admin", "more_at": 7},
    ),
    S(
        244,
        "thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        "thong-bao",
        "2026-12-02T10:00:00+07:00",
        [
            P("Thực hiện Công văn của Phòng Giáo dục và Đào tạo thành phố Pleiku về việc nghỉ Tết "
              "Dương lịch năm 2027, nhà trường thông báo đến cán bộ, giáo viên, nhân viên, học sinh "
              "và cha mẹ học sinh lịch nghỉ như sau:", "bm"),
            P("Cán bộ, giáo viên, nhân viên và học sinh nghỉ Tết Dương lịch 01 ngày: thứ Sáu, ngày "
              "01/01/2027.", "li"),
            P("Học sinh đi học lại bình thường từ thứ Hai, ngày 04/01/2027.", "li"),
            P("Bộ phận bảo vệ trực 24/24 giờ trong thời gian nghỉ; lịch trực của Ban giám hiệu "
              "được niêm yết tại phòng Hội đồng.", "li"),
            P("Đề nghị cha mẹ học sinh quản lý con em trong những ngày nghỉ, nhắc nhở các em chấp "
              "hành luật giao thông, không đốt pháo, không tụ tập nơi đông người.", "bm"),
        ],
        opts={"when": "02/12/2026 10:00", "poster": "vanphong", "pinned": True},
    ),
    S(
        242,
        "lien-doi-phat-dong-phong-trao-ke-hoach-nho",
        "Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, chai nhựa",
        "cong-tac-doi",
        "2026-12-01T15:40:00+07:00",
        [
            Raw('<p><em>(Bài: Cô Lê Thị Mai, TPT Đội)</em></p>'),
            P("Chiều 01/12, Liên đội Trường THCS Trần Hưng Đạo tổ chức lễ phát động phong trào “Kế "
              "hoạch nhỏ” năm học 2026 - 2027 với chủ đề “Giấy vụn đổi cây xanh”."),
            P("Theo kế hoạch, mỗi đội viên thu gom ít nhất 3 kg giấy vụn và 20 vỏ chai nhựa; các chi "
              "đội nộp sản phẩm về sân trường vào sáng thứ Hai hằng tuần."),
            Img("/uploads/2026/12/khn-1.jpg", "Ảnh: Thầy Phạm Văn Tùng", None, "plain"),
            P("Số tiền thu được sẽ dùng để mua cây xanh trồng quanh sân trường và tặng quà cho các "
              "bạn học sinh có hoàn cảnh khó khăn dịp Tết Nguyên đán."),
            Img("/uploads/2026/12/khn-2.jpg", "Các chi đội tập kết giấy vụn tại góc sân trường.",
                "Các chi đội tập kết giấy vụn tại góc sân trường.", "plain"),
            Img("/uploads/2026/12/khn-3.jpg", "Ảnh: Thầy Phạm Văn Tùng", None, "plain"),
            P("Ngay sau lễ phát động, chi đội 8A2 đã nộp 56 kg giấy vụn, dẫn đầu toàn liên đội."),
        ],
        authors=["Lê Thị Mai"],
        photographers=["Phạm Văn Tùng"],
        opts={"when": "01/12/2026 15:40", "poster": "tpt_doi"},
    ),
    S(
        239,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "thong-bao",
        "2026-11-30",
        [
            Raw('<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
                '<td style="width: 45%; text-align: center;">UBND THÀNH PHỐ PLEIKU<br>'
                '<strong>TRƯỜNG THCS TRẦN HƯNG ĐẠO</strong><br>Số: 112/TB-THCSTHĐ</td>'
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
                '</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong><br>'
                '<em>Pleiku, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>'),
            Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong><br><strong>Về việc '
                'tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>'),
            P("Căn cứ kế hoạch năm học 2026 - 2027 của nhà trường, Hiệu trưởng Trường THCS Trần "
              "Hưng Đạo thông báo lịch kiểm tra cuối học kỳ I các môn tập trung như sau:"),
            P("Ngày | Buổi | Môn | Thời gian", "tr"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("21/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Khoa học tự nhiên | 90 phút", "tr"),
            P("Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh và "
              "đồ dùng học tập cần thiết. Các môn còn lại kiểm tra theo thời khóa biểu trên lớp."),
            P("Giáo viên chủ nhiệm phổ biến thông báo này đến học sinh và cha mẹ học sinh."),
            Raw('<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%;">'
                '<strong><em>Nơi nhận:</em></strong><br>- CB, GV, NV;<br>- Website trường;<br>'
                '- Lưu: VT.</td><td style="text-align: center;"><strong>HIỆU TRƯỞNG</strong><br>'
                '<br><br><strong>Nguyễn Văn Bình</strong></td></tr></tbody></table>'),
        ],
        authors=["Nguyễn Văn Bình"],
        opts={"when": "01/12/2026 07:30", "poster": "vanphong",
              "files": [("TB lich kiem tra HK1 2026-2027.pdf",
                         "/uploads/files/2026/12/tb-lich-kiem-tra-hk1.pdf")]},
    ),
    S(
        236,
        "hoc-sinh-dat-12-giai-ky-thi-hoc-sinh-gioi-cap-thanh-pho",
        "Học sinh Trường THCS Trần Hưng Đạo đạt 12 giải kỳ thi chọn học sinh giỏi cấp thành phố",
        "tin-tuc-su-kien",
        "2026-11-28",
        [
            P("Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 - 2027 diễn ra ngày "
              "21/11/2026 với 9 môn thi. Nhà trường có 24 học sinh dự thi."),
            P("Kết quả cụ thể theo môn:"),
            P("Môn | Nhất | Nhì | Ba | Khuyến khích", "tr"),
            P("Toán | 1 | 1 | 0 | 1", "tr"),
            P("Ngữ văn | 0 | 1 | 2 | 0", "tr"),
            P("Tiếng Anh | 1 | 0 | 1 | 1", "tr"),
            P("Lịch sử và Địa lí | 0 | 0 | 1 | 2", "tr"),
            Img("/uploads/2026/11/hsg-tp.jpg", "Đội tuyển học sinh giỏi lớp 9 của nhà trường.",
                "Đội tuyển học sinh giỏi lớp 9 của nhà trường.", "fig"),
            P("Đặc biệt, em Nguyễn Hoàng Bảo Ngọc (lớp 9A1) đạt giải Nhất môn Toán và em Lê Minh "
              "Khôi (lớp 9A2) đạt giải Nhất môn Tiếng Anh."),
            P("Các em đạt giải sẽ tiếp tục được bồi dưỡng để tham dự kỳ thi cấp tỉnh vào tháng "
              "3/2027."),
            Raw('<p style="text-align: right;"><em>Đỗ Quang Huy - Phó Hiệu trưởng</em></p>'),
        ],
        authors=["Đỗ Quang Huy"],
        summary="Với 3 giải Nhất, 2 giải Nhì, 3 giải Ba và 4 giải Khuyến khích, học sinh nhà "
                "trường xếp thứ ba toàn thành phố Pleiku.",
        sapo_outside=True,
        opts={"when": "28/11/2026 00:00", "poster": "admin"},
    ),
    S(
        231,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-su-kien",
        "2026-11-20T08:00:00+07:00",
        [
            P("Sáng 20/11/2026, Trường THCS Trần Hưng Đạo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
              "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."),
            P("Về dự buổi lễ có đại diện lãnh đạo Phòng GD&ĐT thành phố Pleiku, UBND phường Hoa Lư, "
              "Ban đại diện cha mẹ học sinh cùng các thầy cô giáo đã nghỉ hưu."),
            Img("/uploads/2026/11/20-11-van-nghe.jpg", "Tiết mục văn nghệ chào mừng của học sinh "
                "lớp 8A1.", "Tiết mục văn nghệ chào mừng của học sinh lớp 8A1.", "fig"),
            P("Tại buổi lễ, nhà trường ôn lại truyền thống tôn sư trọng đạo của dân tộc, điểm lại "
              "những thành tích nổi bật của thầy và trò trong năm học vừa qua."),
            P("Nhân dịp này, 12 tập thể và cá nhân được nhận giấy khen của Hiệu trưởng vì có thành "
              "tích xuất sắc trong phong trào thi đua “Dạy tốt - Học tốt”."),
            Raw('<p style="text-align: center;"><iframe title="Văn nghệ 20/11" width="560" '
                'height="315" src="https://www.youtube.com/embed/Xk3T20nov26" frameborder="0" '
                'allowfullscreen="allowfullscreen"></iframe></p>'),
            Img("/uploads/2026/11/20-11-khen-thuong.jpg", "Các tập thể, cá nhân nhận giấy khen.",
                "Các tập thể, cá nhân nhận giấy khen.", "fig"),
            Raw('<p style="text-align: right;"><strong>Tin: Trần Thị Thu Hà - Ảnh: Nguyễn Minh '
                'Khoa</strong></p>'),
        ],
        authors=["Trần Thị Thu Hà"],
        photographers=["Nguyễn Minh Khoa"],
        opts={"when": "20/11/2026 08:00", "poster": "thuha_vp",
              "comments": [("Phụ huynh em Minh Anh (8A1)", "20/11/2026 19:42",
                            "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc và thành công!"),
                           ("Cựu học sinh khóa 2015 - 2019", "21/11/2026 06:10",
                            "Nhớ trường, nhớ thầy cô quá. Chúc mừng ngày 20/11!")]},
    ),
    S(
        229,
        "chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien-lop-8",
        "Chuyên đề dạy học STEM môn Khoa học tự nhiên lớp 8",
        "hoat-dong-chuyen-mon",
        "2026-11-14T15:00:00+07:00",
        [
            P("Chiều 14/11, tổ Khoa học tự nhiên tổ chức chuyên đề “Dạy học STEM môn Khoa học tự "
              "nhiên lớp 8” với bài học “Chế tạo bình lọc nước mini”."),
            P("Trong tiết học, học sinh lớp 8A3 làm việc theo nhóm: tìm hiểu các lớp vật liệu lọc, "
              "thiết kế bản vẽ, chế tạo và thử nghiệm sản phẩm, sau đó thuyết trình trước lớp."),
            Img("../uploads/2026/11/stem-khtn-1.jpg", "Học sinh lớp 8A3 thử nghiệm bình lọc nước.",
                "Học sinh lớp 8A3 thử nghiệm bình lọc nước.", "plain"),
            P("Các thầy cô dự giờ đánh giá cao cách tổ chức hoạt động, giúp học sinh vận dụng kiến "
              "thức vào giải quyết vấn đề thực tiễn của địa phương."),
            P("Thông qua chuyên đề, tổ chuyên môn thống nhất quy trình thiết kế bài học STEM gồm 5 "
              "bước, áp dụng trong các tiết dạy học kỳ II."),
            Img("../uploads/2026/11/stem-khtn-2.jpg", "Sản phẩm của các nhóm.",
                "Sản phẩm của các nhóm.", "plain"),
            Raw('<p style="text-align: right;"><strong>ThS. Võ Thị Kim Oanh</strong> - Tổ trưởng '
                'tổ KHTN</p>'),
        ],
        authors=["Võ Thị Kim Oanh"],
        opts={"when": "14/11/2026 15:00", "poster": "admin"},
    ),
    S(
        226,
        "hoi-thi-rung-chuong-vang-em-yeu-lich-su-viet-nam",
        "Hội thi “Rung chuông vàng” chủ đề Em yêu lịch sử Việt Nam",
        "cong-tac-doi",
        "2026-11-07T07:30:00+07:00",
        [
            P("Sáng thứ Bảy 07/11, Liên đội Trường THCS Trần Hưng Đạo tổ chức hội thi “Rung chuông "
              "vàng” chủ đề “Em yêu lịch sử Việt Nam” dành cho học sinh khối 6 và khối 7."),
            P("Hội thi có 100 thí sinh là đại diện của 20 chi đội, trả lời 25 câu hỏi về các triều "
              "đại phong kiến, các cuộc kháng chiến và danh nhân lịch sử."),
            Img("/uploads/2026/11/rcv-2026.jpg", "Các thí sinh trên sân thi đấu.",
                "Các thí sinh trên sân thi đấu.", "br"),
            P("Sau 23 câu hỏi, em Ksor H’Yến (lớp 7A4) là thí sinh cuối cùng trên sàn thi và đã rung "
              "chuông vàng."),
            P("Ban tổ chức trao giải cho thí sinh rung chuông vàng, giải phong trào cho các chi đội "
              "có cổ động viên sôi nổi nhất."),
        ],
        opts={"when": "07/11/2026 07:30", "poster": "tpt_doi", "root": "br"},
    ),
    S(
        222,
        "to-ngu-van-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
        "Tổ Ngữ văn sinh hoạt chuyên môn theo nghiên cứu bài học",
        "hoat-dong-chuyen-mon",
        "2026-10-30T14:00:00+07:00",
        [
            P("Chiều 30/10, tổ Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học "
              "với tiết dạy minh họa bài “Lặng lẽ Sa Pa” (Ngữ văn 9) do cô Trương Thị Thanh Tâm "
              "thực hiện."),
            P("Buổi sinh hoạt tập trung vào ba câu hỏi:"),
            P("Học sinh học như thế nào, khi nào học sinh gặp khó khăn?", "ol"),
            P("Nguyên nhân của những khó khăn đó là gì?", "ol"),
            P("Cần điều chỉnh hoạt động dạy học ra sao?", "ol"),
            P("Các thầy cô ghi lại diễn biến học tập của từng nhóm học sinh thay vì chỉ nhận xét "
              "giáo viên, từ đó đề xuất điều chỉnh phần tổ chức hoạt động đọc hiểu."),
            P("“Nghiên cứu bài học giúp chúng tôi nhìn kỹ hơn vào từng em học sinh, không còn dự "
              "giờ để xếp loại”, cô Tâm chia sẻ.", "q"),
            P("Tổ thống nhất tiếp tục sinh hoạt theo hình thức này mỗi tháng một lần."),
            Raw('<p style="text-align: right;"><strong>Nguyễn Thị Hồng Nhung</strong><br>'
                '<em>Tổ trưởng tổ Ngữ văn</em></p>'),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={"when": "30/10/2026 14:00", "poster": "admin"},
    ),
    S(
        219,
        "hoc-sinh-tham-gia-hoi-khoe-phu-dong-thanh-pho-pleiku-lan-thu-xii",
        "Học sinh nhà trường tham gia Hội khỏe Phù Đổng thành phố Pleiku lần thứ XII",
        "tin-tuc-su-kien",
        "2026-10-24T16:45:00+07:00",
        [
            P("Từ ngày 20 đến 24/10/2026, Hội khỏe Phù Đổng thành phố Pleiku lần thứ XII diễn ra "
              "tại Nhà thi đấu tỉnh Gia Lai với gần 1.200 vận động viên đến từ các trường tiểu học "
              "và THCS."),
            P("Theo kế hoạch của Phòng GD&ĐT thành phố, hội khỏe gồm 9 môn: điền kinh, bơi, cờ vua, "
              "bóng bàn, cầu lông, đá cầu, võ cổ truyền, bóng đá và bóng rổ."),
            P("Đoàn vận động viên Trường THCS Trần Hưng Đạo gồm 32 em tham gia 6 môn, giành 4 huy "
              "chương vàng, 3 huy chương bạc và 5 huy chương đồng."),
            Img("/uploads/2026/10/hkpd-xii.jpg", "Đội bóng rổ nữ của trường trong trận chung kết.",
                "Đội bóng rổ nữ của trường trong trận chung kết.", "fig"),
            P("Kết quả này góp phần đưa khối THCS thành phố xếp thứ nhì toàn đoàn."),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Gia Lai điện tử</em></p>'),
        ],
        source="Báo Gia Lai điện tử",
        opts={"when": "24/10/2026 16:45", "poster": "admin"},
    ),
    S(
        215,
        "tap-huan-su-dung-phan-mem-quan-ly-truong-hoc-va-so-diem-dien-tu",
        "Tập huấn sử dụng phần mềm quản lý trường học và sổ điểm điện tử",
        "hoat-dong-chuyen-mon",
        "2026-10-16T10:20:00+07:00",
        [
            P("Ngày 16/10, nhà trường tổ chức tập huấn sử dụng phần mềm quản lý trường học và sổ "
              "điểm điện tử cho toàn thể giáo viên."),
            P("Nội dung tập huấn gồm: nhập điểm thường xuyên và định kỳ, nhận xét theo Thông tư 22, "
              "ký số học bạ và khai thác báo cáo thống kê."),
            Img("/uploads/2026/10/tap-huan-pm.jpg", "Giáo viên thực hành nhập điểm trên máy tính.",
                "Giáo viên thực hành nhập điểm trên máy tính.", "lazy"),
            P("Từ học kỳ I năm học 2026 - 2027, toàn bộ sổ điểm của nhà trường được thực hiện trên "
              "phần mềm, không dùng sổ giấy."),
            Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"when": "16/10/2026 10:20", "poster": "vanphong"},
    ),
    S(
        211,
        "hoi-nghi-can-bo-cong-chuc-vien-chuc-nam-hoc-2026-2027",
        "Hội nghị cán bộ, công chức, viên chức năm học 2026 - 2027",
        "tin-tuc-su-kien",
        "2026-10-09T09:00:00+07:00",
        [
            P("Ngày 09/10/2026, Trường THCS Trần Hưng Đạo tổ chức Hội nghị cán bộ, công chức, viên "
              "chức năm học 2026 - 2027 với sự tham dự của 58 cán bộ, giáo viên, nhân viên."),
            P("Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học "
              "mới và thảo luận, đóng góp ý kiến vào quy chế chi tiêu nội bộ."),
            Img("/uploads/2026/10/hoi-nghi-cbccvc.jpg", "Quang cảnh hội nghị.", "Quang cảnh hội nghị.",
                "fig"),
            P("Hội nghị cũng phát động phong trào thi đua năm học với chủ đề “Đổi mới, sáng tạo, "
              "nâng cao chất lượng giáo dục”."),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phạm Văn Tùng</strong></p>'),
        ],
        authors=["Phạm Văn Tùng"],
        photographers=["Phạm Văn Tùng"],
        opts={"when": "09/10/2026 09:00", "poster": "admin"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
def _key(when: str) -> tuple[int, ...]:
    d, m, rest = when.split("/")
    y, hm = rest.split(" ")
    h, mi = hm.split(":")
    return (int(y), int(m), int(d), int(h), int(mi))


#: newest first, as the lists sort them
ORDERED = sorted(STORIES, key=lambda s: _key(s.opts["when"]), reverse=True)


def cat_stories(cat: str) -> list[Story]:
    return [s for s in ORDERED if s.cat == cat]


def cat_pages(cat: str) -> int:
    return max(1, -(-len(cat_stories(cat)) // PER_PAGE))


#: ids listed only on page 2+ of their category: kept out of every other list
DEEP_IDS = {s.id for c in CATS for s in cat_stories(c)[PER_PAGE:]}


# --- markup helpers --------------------------------------------------------------------------

_NAMED = {
    ch: name
    for ch, name in {
        "\xa0": "nbsp", "à": "agrave", "á": "aacute", "â": "acirc", "ã": "atilde",
        "è": "egrave", "é": "eacute", "ê": "ecirc", "ì": "igrave", "í": "iacute",
        "ò": "ograve", "ó": "oacute", "ô": "ocirc", "õ": "otilde", "ù": "ugrave",
        "ú": "uacute", "ý": "yacute", "À": "Agrave", "Á": "Aacute", "Â": "Acirc",
        "Ê": "Ecirc", "Í": "Iacute", "Ô": "Ocirc", "Ó": "Oacute", "Ú": "Uacute",
        "“": "ldquo", "”": "rdquo", "’": "rsquo", "–": "ndash",
    }.items()
}


def mce(markup: str) -> str:
    """TinyMCE 5 with ``entity_encoding: "named"``: named entities where one exists."""
    return "".join(f"&{_NAMED[c]};" if c in _NAMED else c for c in markup)


def _hl(text: str, q: str | None) -> str:
    out = esc(text)
    if q:
        pattern = re.compile(re.escape(esc(q)), re.IGNORECASE)
        out = pattern.sub(lambda m: f'<mark class="hl">{m.group()}</mark>', out)
    return out


def _img_tag(img: Img, lazy: bool = False) -> str:
    alt = esc(img.printed or "")
    if lazy:
        return (f'<img class="lazy img-fluid" src="/assets/img/blank.gif" data-src="{esc(img.src)}"'
                f' alt="{alt}" width="800" height="533">')
    return f'<img class="img-fluid" src="{esc(img.src)}" alt="{alt}" width="800" height="533">'


def _render_img(img: Img) -> str:
    line = esc(img.printed) if img.printed else ""
    if img.style == "lazy":
        out = f'<p style="text-align: center;">{_img_tag(img, lazy=True)}</p>\n'
        if line:
            out += f'<p style="text-align: center;"><em>{line}</em></p>\n'
        return out
    if img.style == "fig":
        return (f'<figure class="image">{_img_tag(img)}<figcaption>{line}</figcaption></figure>\n')
    if img.style == "tbl":
        return ('<table class="anh" style="margin-left: auto; margin-right: auto;" border="0">'
                f'<tbody><tr><td>{_img_tag(img)}</td></tr><tr><td style="text-align: center;">'
                f'<em>{line}</em></td></tr></tbody></table>\n')
    if img.style == "br":
        return f'{_img_tag(img)}<br>\n<em>{line}</em><br>\n<br>\n'
    out = f'<p style="text-align: center;">{_img_tag(img)}</p>\n'
    if line:
        out += (f'<p style="text-align: center;"><span style="font-size: 10pt;"><em>{line}</em>'
                '</span></p>\n')
    return out


_BOOKMARK = '<span data-mce-type="bookmark" style="display: none;">&#65279;</span>'


def _render_blocks(blocks: list, q: str | None, br_mode: bool) -> str:
    out: list[str] = []
    group: str | None = None
    for block in blocks:
        style = block.style if isinstance(block, P) else None
        if group and style != group:
            out.append({"li": "</ul>\n", "ol": "</ol>\n", "tr": "</tbody></table>\n"}[group])
            group = None
        if isinstance(block, Raw):
            out.append(block.html + "\n")
            continue
        if isinstance(block, Img):
            out.append(_render_img(block))
            continue
        t = _hl(block.text, q)
        if br_mode:
            out.append(f"{t}<br>\n<br>\n")
            continue
        if style in ("li", "ol", "tr") and group is None:
            group = style
            out.append({"li": "<ul>\n", "ol": "<ol>\n",
                        "tr": '<table class="table table-bordered" border="1"><tbody>\n'}[style])
        if style in ("li", "ol"):
            out.append(f"<li>{t}</li>\n")
        elif style == "tr":
            cells = "".join(f"<td>{c}</td>" for c in t.split(" | "))
            out.append(f"<tr>{cells}</tr>\n")
        elif style == "lead":
            out.append(f"<p><strong>{t}</strong></p>\n")
        elif style == "h":
            out.append(f'<p><span style="font-size: 14pt;"><strong>{t}</strong></span></p>\n')
        elif style == "q":
            out.append(f"<blockquote>\n<p><em>{t}</em></p>\n</blockquote>\n")
        elif style == "bm":
            out.append(f"<p>{t}{_BOOKMARK}</p>\n")
        else:
            out.append(f"<p>{t}</p>\n")
    if group:
        out.append({"li": "</ul>\n", "ol": "</ol>\n", "tr": "</tbody></table>\n"}[group])
    return "".join(out)


def render_content(story: Story, q: str | None = None) -> str:
    br_mode = story.opts.get("root") == "br"
    more = story.opts.get("more_at")
    if more is None:
        body = _render_blocks(story.blocks, q, br_mode)
    else:
        body = (_render_blocks(story.blocks[:more], q, br_mode)
                + f'<p class="text-center"><a class="btn btn-sm btn-outline-primary" '
                f'data-toggle="collapse" href="#xem-tiep-{story.id}" role="button" '
                f'aria-expanded="false">Xem tiếp ▼</a></p>\n'
                f'<div class="collapse" id="xem-tiep-{story.id}">\n'
                + _render_blocks(story.blocks[more:], q, br_mode) + "</div>\n")
    return mce(body)


# --- dates -----------------------------------------------------------------------------------

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _days_before_today(when: str) -> int:
    y, m, d, _h, _mi = _key(when)
    return (datetime.date(*TODAY_DAY) - datetime.date(y, m, d)).days


def date_span(when: str) -> str:
    """Twig: ``time_diff`` for the last 7 days, else Intl ``dd MMMM, y - HH:mm`` (vi)."""
    y, m, d, h, mi = _key(when)
    days = _days_before_today(when)
    if days < 7:
        label = f"{days} ngày trước" if days else "Hôm nay"
        return f'<span class="tg" title="{when}">{label}</span>'
    return f'<span class="tg">{d:02d} tháng {m}, {y} - {h:02d}:{mi:02d}</span>'


def iso_wrong(when: str) -> str:
    y, m, d, h, mi = _key(when)
    return f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:00+00:00"


def short_date(when: str) -> str:
    return when.split(" ")[0]


# --- chrome ----------------------------------------------------------------------------------

def _menu() -> str:
    cats = "".join(f'<a class="dropdown-item" href="/danh-muc/{k}">{esc(v)}</a>'
                   for k, v in CATS.items())
    return f"""
<nav class="navbar navbar-expand-lg navbar-dark bg-primary" id="menu-chinh">
 <div class="container">
  <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mn">
   <span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="mn"><ul class="navbar-nav mr-auto">
   <li class="nav-item"><a class="nav-link" href="/"><i class="fa fa-home"></i> Trang chủ</a></li>
   <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="dd1"
     data-toggle="dropdown">Giới thiệu</a><div class="dropdown-menu">
     <a class="dropdown-item" href="/gioi-thieu">Giới thiệu chung</a>
     <a class="dropdown-item" href="/doi-ngu-giao-vien">Đội ngũ giáo viên</a></div></li>
   <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="dd2"
     data-toggle="dropdown">Tin tức</a><div class="dropdown-menu">{cats}</div></li>
   <li class="nav-item"><a class="nav-link" href="/thoi-khoa-bieu">Thời khóa biểu</a></li>
   <li class="nav-item"><a class="nav-link" href="/thu-vien-anh/le-khai-giang-2026">Thư viện ảnh</a></li>
   <li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li>
  </ul>
  <form class="form-inline" action="/tim-kiem" method="get">
   <input class="form-control form-control-sm" type="search" name="q" placeholder="Tìm kiếm...">
   <button class="btn btn-sm btn-light" type="submit"><i class="fa fa-search"></i></button></form>
  </div></div></nav>"""


def _sidebar() -> str:
    most_read = [BY_ID[i] for i in (231, 245, 229, 226)]
    items = "".join(
        f'<li class="media mb-2"><img class="mr-2" src="/uploads/thumbs/{s.id}.jpg" width="64" '
        f'alt=""><div class="media-body"><a href="/bai-viet/{s.slug}">{esc(s.title)}</a></div></li>'
        for s in most_read)
    return f"""
<aside class="col-md-4 khoi-phai">
 <div class="card mb-3"><div class="card-header bg-primary text-white">Đọc nhiều nhất</div>
  <ul class="list-unstyled card-body">{items}</ul></div>
 <div class="card mb-3"><div class="card-header">Từ khóa</div><div class="card-body">
  <a class="badge badge-info" href="/tim-kiem?q=STEM">STEM</a></div></div>
 <div class="card mb-3"><div class="card-header">Liên kết</div><ul class="card-body">
  <li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
  <li><a href="https://gialai.edu.vn" target="_blank">Sở GD&amp;ĐT Gia Lai</a></li>
  <li><a href="https://www.facebook.com/thcstranhungdaopleiku" target="_blank">Fanpage nhà
   trường</a></li></ul></div>
 <div class="card mb-3"><div class="card-header">Thăm dò ý kiến</div><div class="card-body">
  <p>Bạn đánh giá thế nào về website nhà trường?</p>
  <div class="form-check"><input type="radio" name="bc" value="1"> Rất hữu ích</div>
  <div class="form-check"><input type="radio" name="bc" value="2"> Bình thường</div>
  <button class="btn btn-sm btn-primary" disabled>Bình chọn</button></div></div>
 <div class="card mb-3"><div class="card-header">Thống kê truy cập</div><div class="card-body">
  <p>Đang online: 14</p><p>Hôm nay: 386</p><p>Tổng truy cập: 1.284.517</p></div></div>
</aside>"""


def page(title: str, main: str, head_extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/style.css?v=2022.3">
<link rel="icon" href="/favicon.ico">{head_extra}
</head><body>
<div class="thanh-tren bg-light small py-1"><div class="container d-flex justify-content-between">
 <span><i class="fa fa-calendar"></i> {HEADER_TODAY}</span>
 <span>Hotline: 0269 3824 715</span></div></div>
<header class="dau-trang py-3"><div class="container d-flex align-items-center">
 <a href="/"><img src="/assets/img/logo-thd.png" alt="Logo" height="80"></a>
 <div class="ml-3"><p class="mb-0 text-uppercase">Phòng GD&amp;ĐT thành phố Pleiku</p>
 <h1 class="ten-truong mb-0"><a href="/">{SCHOOL}</a></h1></div></div></header>
{_menu()}
<div class="container my-3"><div class="row">
<main class="col-md-8">
{main}
</main>
{_sidebar()}
</div></div>
<footer class="chan-trang bg-dark text-light py-3"><div class="container small">
 <p><strong>{SCHOOL.upper()}</strong></p>
 <p>Địa chỉ: 52 Trần Hưng Đạo, phường Hoa Lư, thành phố Pleiku, tỉnh Gia Lai</p>
 <p>Điện thoại: 0269 3824 715 - Email: thcstranhungdao.pleiku@gialai.edu.vn</p>
 <p>© 2022 - 2026 Bản quyền thuộc {SCHOOL}. Thiết kế: thầy Hồ Anh Dũng.</p></div></footer>
<script src="/assets/vendor/jquery/jquery.min.js"></script>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/assets/js/lazyload.min.js"></script>
<script src="/assets/js/app.js?v=2022.3"></script>
</body></html>"""


def _breadcrumb(*items: tuple[str, str | None]) -> str:
    li = ['<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>']
    for label, href in items:
        if href:
            li.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            li.append(f'<li class="breadcrumb-item active">{esc(label)}</li>')
    return f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{"".join(li)}</ol></nav>'


def _excerpt(story: Story, n: int = 150) -> str:
    text = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "..."


def card(story: Story, by_id_thumb: bool = True, href_title: str | None = None) -> str:
    thumb = f"/bai-viet/{story.id}" if by_id_thumb else f"/bai-viet/{story.slug}"
    title_href = href_title or f"/bai-viet/{story.slug}"
    badge = '<span class="badge badge-danger">Ghim</span> ' if story.opts.get("pinned") else ""
    return f"""
<div class="media bv-item border-bottom py-2" data-id="{story.id}">
 <a href="{thumb}"><img class="mr-3 lazy" src="/assets/img/blank.gif"
   data-src="/uploads/thumbs/{story.id}.jpg" width="160" alt=""></a>
 <div class="media-body"><h5 class="mt-0">{badge}<a href="{title_href}">{esc(story.title)}</a></h5>
  <small class="text-muted"><i class="fa fa-clock-o"></i> {short_date(story.opts["when"])}</small>
  <p class="mb-0">{esc(_excerpt(story))}</p></div></div>"""


# --- pages -----------------------------------------------------------------------------------

def home() -> Response:
    slider = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="/bai-viet/{s.id}">'
        f'<img class="d-block w-100" src="/uploads/slide/{s.id}.jpg" alt=""></a>'
        f'<div class="carousel-caption"><h5>{esc(s.title)}</h5></div></div>'
        for i, s in enumerate(BY_ID[i] for i in (247, 245, 242)))
    latest = [s for s in ORDERED if s.opts.get("pinned")] + [s for s in ORDERED[:6]]
    cards = "".join(card(s) for s in latest[:7])
    blocks = ""
    for cat in ("hoat-dong-chuyen-mon", "cong-tac-doi"):
        items = "".join(f'<li><a href="/bai-viet/{s.slug}">{esc(s.title)}</a></li>'
                        for s in cat_stories(cat)[:2])
        blocks += (f'<div class="col-md-6"><h4 class="tieu-de-khoi"><a href="/danh-muc/{cat}">'
                   f'{esc(CATS[cat])}</a></h4><ul>{items}</ul>'
                   f'<a class="small" href="/danh-muc/{cat}">Xem tất cả »</a></div>')
    main = f"""
<div id="slide" class="carousel slide mb-3" data-ride="carousel"><div class="carousel-inner">
{slider}</div></div>
<h4 class="tieu-de-khoi">Tin mới nhất</h4>
<div class="ds-bv">{cards}</div>
<p class="text-right"><a href="/danh-muc/tin-tuc-su-kien">Xem tất cả tin tức »</a></p>
<div class="row">{blocks}</div>"""
    return html(page(f"{SCHOOL} - Pleiku, Gia Lai", main,
                     '\n<meta name="description" content="Cổng thông tin Trường THCS Trần Hưng '
                     'Đạo, thành phố Pleiku, tỉnh Gia Lai">'))


def category(slug: str, request: Request) -> Response | None:
    if slug not in CATS:
        return None
    params = request.params
    try:
        n = int(params.get("trang", "1") or "1")
    except ValueError:
        n = 1
    n = max(1, n)
    items = cat_stories(slug)[(n - 1) * PER_PAGE : n * PER_PAGE]
    last = cat_pages(slug)
    cards = "".join(card(s, by_id_thumb=False) for s in items) or (
        '<p class="text-muted">Không còn bài viết.</p>')
    nxt = f"/danh-muc/{slug}?trang={n + 1}&amp;xhr=1" if n < last else ""
    if params.get("xhr") == "1":  # the scroll script's partial: cards and the next marker only
        marker = f'<div class="tai-them" data-next="{nxt}"></div>' if nxt else ""
        return html(cards + marker)
    pager = ""
    if last > 1:
        lis = []
        if n > 1:
            lis.append(f'<li class="page-item"><a class="page-link" href="?trang={n - 1}">« Trước</a></li>')
        for k in range(1, last + 1):
            active = " active" if k == n else ""
            lis.append(f'<li class="page-item{active}"><a class="page-link" href="?trang={k}">{k}</a></li>')
        if n < last:
            lis.append(f'<li class="page-item"><a class="page-link" href="?trang={n + 1}">Sau »</a></li>')
        pager = (f'<nav class="phan-trang js-an" aria-label="Phân trang"><ul class="pagination '
                 f'pagination-sm">{"".join(lis)}</ul></nav>')
    scroll = (f'<div id="cuon-vo-han" class="text-center" data-next="{nxt}">'
              '<span class="spinner-border spinner-border-sm d-none"></span></div>') if nxt else ""
    head = f'\n<link rel="next" href="?trang={n + 1}">' if n < last else ""
    main = f"""{_breadcrumb((CATS[slug], None))}
<h3 class="tieu-de-dm">{esc(CATS[slug])}</h3>
<div class="ds-bv" id="ds-bv">{cards}</div>
{scroll}
{pager}"""
    suffix = f" - Trang {n}" if n > 1 else ""
    return html(page(f"{CATS[slug]}{suffix} - {SCHOOL}", main, head))


def article(story: Story, request: Request) -> Response:
    q = request.params.get("q") or None
    when = story.opts["when"]
    sapo = (f'<div class="tomtat font-weight-bold text-justify mb-2">{esc(story.summary)}</div>'
            if story.sapo_outside and story.summary else "")
    files = "".join(
        f'<p><i class="fa fa-paperclip"></i> Tải về: <a href="{href}">{esc(name)}</a></p>'
        for name, href in story.opts.get("files", []))
    if files:
        files = f'<div class="tep-dinh-kem border-top pt-2">{files}</div>'
    comments = story.opts.get("comments", [])
    cm = "".join(
        f'<div class="media mb-2"><img class="mr-2" src="/assets/img/avatar.png" width="40" alt="">'
        f'<div class="media-body"><b>{esc(who)}</b> <small class="text-muted">{at}</small>'
        f'<p>{esc(msg)}</p></div></div>'
        for who, at, msg in comments)
    related = [s for s in cat_stories(story.cat) if s.id != story.id and s.id not in DEEP_IDS][:4]
    rel = "".join(f'<li><a href="/bai-viet/{s.slug}">{esc(s.title)}</a> '
                  f'<small>({short_date(s.opts["when"])})</small></li>' for s in related)
    url = f"/bai-viet/{story.slug}"
    main = f"""{_breadcrumb((CATS[story.cat], f"/danh-muc/{story.cat}"))}
<article class="bv" id="bv-{story.id}">
<h2 class="td-bv">{esc(story.title)}</h2>
<div class="tt-bv small text-muted mb-2"><i class="fa fa-clock-o"></i> {date_span(when)}
 &nbsp;|&nbsp; <i class="fa fa-user"></i> Người đăng: {esc(story.opts["poster"])}
 &nbsp;|&nbsp; <i class="fa fa-eye"></i> {story.views()} lượt xem</div>
{sapo}
<div class="nd-bv mce-content-body">
{render_content(story, q)}</div>
{files}
<div class="cong-cu my-3">
 <a class="btn btn-sm btn-primary" target="_blank"
  href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fthcstranhungdao.edu.vn{quote_plus(url)}">
  <i class="fa fa-facebook"></i> Chia sẻ</a>
 <a class="btn btn-sm btn-info" href="javascript:void(0)" onclick="window.print()">
  <i class="fa fa-print"></i> In bài</a></div>
</article>
<section class="binh-luan mt-3"><h5>Bình luận ({len(comments)})</h5>{cm}
<form method="post" action="{url}/binh-luan"><textarea class="form-control" name="noi_dung"
 placeholder="Viết bình luận..."></textarea><input class="form-control mt-1" name="ho_ten"
 placeholder="Họ tên"><button class="btn btn-sm btn-primary mt-1">Gửi</button></form></section>
<section class="lien-quan mt-3"><h5>Bài viết cùng chuyên mục</h5><ul>{rel}</ul></section>"""
    head = (f'\n<meta name="description" content="{esc(_excerpt(story))}">'
            f'\n<meta property="og:title" content="{esc(story.title)} - THCS Trần Hưng Đạo">'
            f'\n<meta property="og:type" content="article">'
            f'\n<meta property="article:published_time" content="{iso_wrong(when)}">'
            f'\n<link rel="canonical" href="{url}">')
    return html(page(f"{story.title} - THCS Trần Hưng Đạo", main, head))


def search(request: Request) -> Response:
    q = (request.params.get("q") or "").strip()
    hits: list[Story] = []
    if q:
        ql = q.lower()
        hits = [s for s in ORDERED if ql in s.title.lower()
                or any(ql in b.text.lower() for b in s.blocks if isinstance(b, P))]
    rows = "".join(card(s, by_id_thumb=False, href_title=f"/bai-viet/{s.slug}?q={quote_plus(q)}")
                   for s in hits)
    main = f"""{_breadcrumb(("Tìm kiếm", None))}
<form action="/tim-kiem" method="get" class="form-inline mb-3"><input class="form-control" name="q"
 value="{esc(q)}"><button class="btn btn-primary ml-1">Tìm</button></form>
<p>Tìm thấy {len(hits)} kết quả cho từ khóa “{esc(q)}”.</p>
<div class="ds-bv">{rows}</div>"""
    return html(page(f"Tìm kiếm: {q} - {SCHOOL}", main))


def _static_page(title: str, body: str, crumb: str | None = None) -> Response:
    main = f"""{_breadcrumb((crumb or title, None))}
<div class="trang-tinh"><h2 class="td-bv">{esc(title)}</h2>
{body}</div>"""
    return html(page(f"{title} - {SCHOOL}", main))


def gioi_thieu() -> Response:
    return _static_page("Giới thiệu chung", mce("""
<p><strong>Trường THCS Trần Hưng Đạo</strong> được thành lập năm 1978, là một trong những trường
trung học cơ sở lâu đời nhất của thành phố Pleiku, tỉnh Gia Lai.</p>
<p><span style="font-size: 14pt;"><strong>1. Quy mô</strong></span></p>
<p>Năm học 2026 - 2027, nhà trường có 34 lớp với 1.412 học sinh; 58 cán bộ, giáo viên, nhân viên,
trong đó 100% giáo viên đạt chuẩn, 42% trên chuẩn.</p>
<p><span style="font-size: 14pt;"><strong>2. Thành tích</strong></span></p>
<p>Trường đạt chuẩn quốc gia mức độ 2 năm 2021; nhiều năm liền đạt danh hiệu Tập thể lao động
xuất sắc, được Chủ tịch UBND tỉnh Gia Lai tặng Bằng khen.</p>
<p><img class="img-fluid" src="/uploads/trang/toan-canh-truong.jpg" alt="Toàn cảnh trường"></p>"""))


def doi_ngu() -> Response:
    rows = [("Nguyễn Văn Bình", "Hiệu trưởng", "Toán"), ("Đỗ Quang Huy", "Phó Hiệu trưởng", "Vật lí"),
            ("Lê Thị Mai", "Tổng phụ trách Đội", "Âm nhạc"),
            ("Nguyễn Thị Hồng Nhung", "Tổ trưởng tổ Ngữ văn", "Ngữ văn"),
            ("Võ Thị Kim Oanh", "Tổ trưởng tổ KHTN", "Hóa học")]
    trs = "".join(f"<tr><td>{i}</td><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>"
                  for i, (a, b, c) in enumerate(rows, 1))
    return _static_page("Đội ngũ giáo viên", '<table class="table table-striped"><thead><tr><th>TT'
                        "</th><th>Họ tên</th><th>Chức vụ</th><th>Môn</th></tr></thead>"
                        f"<tbody>{trs}</tbody></table>")


def thoi_khoa_bieu() -> Response:
    days = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]
    subj = ["Toán", "Ngữ văn", "Tiếng Anh", "KHTN", "Lịch sử và Địa lí", "GDCD"]
    trs = "".join(
        f"<tr><td>Tiết {t}</td>" + "".join(f"<td>{subj[(t + i) % 6]}</td>" for i in range(6)) + "</tr>"
        for t in range(1, 6))
    body = ('<p><em>Áp dụng từ ngày 09/11/2026 (học kỳ I). Lớp 9A1 - GVCN: cô Đinh Thị Ngọc Ánh.'
            '</em></p><table class="table table-bordered table-sm"><thead><tr><th>Tiết</th>'
            + "".join(f"<th>{d}</th>" for d in days) + f"</tr></thead><tbody>{trs}</tbody></table>"
            '<p><a href="/uploads/files/tkb-hk1-2026.pdf">Tải thời khóa biểu toàn trường (PDF)</a></p>')
    return _static_page("Thời khóa biểu học kỳ I năm học 2026 - 2027", body, "Thời khóa biểu")


def lien_he() -> Response:
    body = """<p>Địa chỉ: 52 Trần Hưng Đạo, phường Hoa Lư, thành phố Pleiku, tỉnh Gia Lai</p>
<p>Điện thoại: 0269 3824 715</p><p>Email: thcstranhungdao.pleiku@gialai.edu.vn</p>
<form method="post" action="/lien-he"><input class="form-control" name="ho_ten" placeholder="Họ tên">
<textarea class="form-control" name="noi_dung"></textarea><button class="btn btn-primary">Gửi</button>
</form>"""
    return _static_page("Liên hệ", body)


def album() -> Response:
    imgs = "".join(
        f'<div class="col-4 mb-2"><a href="/uploads/album/khai-giang-2026/{i}.jpg">'
        f'<img class="img-thumbnail" src="/uploads/album/khai-giang-2026/thumb_{i}.jpg" alt=""></a></div>'
        for i in range(1, 10))
    body = (f'<p class="text-muted">Lễ khai giảng năm học 2026 - 2027, ngày 05/9/2026 - 9 ảnh</p>'
            f'<div class="row">{imgs}</div>')
    return _static_page("Thư viện ảnh: Lễ khai giảng năm học 2026 - 2027", body, "Thư viện ảnh")


NON_ARTICLE_PAGES = {
    "/gioi-thieu": gioi_thieu,
    "/doi-ngu-giao-vien": doi_ngu,
    "/thoi-khoa-bieu": thoi_khoa_bieu,
    "/lien-he": lien_he,
    "/thu-vien-anh/le-khai-giang-2026": album,
}


class SlimTwigSite:
    """The Slim app's routes."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/assets/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if request.method == "POST":
            return redirect(path.removesuffix("/binh-luan"), 303) if path.startswith(
                ("/bai-viet/", "/lien-he")) else None
        if path == "/":
            return home()
        if path in NON_ARTICLE_PAGES:
            return NON_ARTICLE_PAGES[path]()
        if path == "/tim-kiem":
            return search(request)
        m = re.fullmatch(r"/danh-muc/([a-z0-9-]+)", path)
        if m:
            return category(m.group(1), request)
        m = re.fullmatch(r"/bai-viet/([a-z0-9-]+)", path)
        if m:
            key = m.group(1)
            if key.isdigit():
                story = BY_ID.get(int(key))
                return redirect(f"/bai-viet/{story.slug}", 301) if story else None
            story = BY_SLUG.get(key)
            return article(story, request) if story else None
        return None


def build_site() -> SlimTwigSite:
    return SlimTwigSite()


def _gold(story: Story) -> dict:
    path = f"/bai-viet/{story.slug}"
    alts = [f"{path}?q=STEM"] if story.id == 229 else []
    return gold_record(story, path, CATS[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in ORDERED]

NON_ARTICLES = list(NON_ARTICLE_PAGES)
