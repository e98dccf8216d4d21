"""Trường Mầm non Hoa Phượng (quận Hải Châu, Đà Nẵng): WordPress + Elementor Pro + Crocoblock JetEngine.

Platform
    WordPress 6.x in the ``vi`` locale with the Hello Elementor theme; every template is an
    Elementor Pro Theme Builder template (header, footer, single ``tin-tuc``, taxonomy archive).
    News are a JetEngine custom post type ``tin-tuc`` with the taxonomy ``danh-muc-tin`` and meta
    fields ``nguoi_viet`` (writer), ``nguoi_chup`` (photographer), ``nguon_tin`` (source),
    ``ngay_to_chuc`` (event day) and ``hinh_anh_hoat_dong`` (a gallery field), printed by JetEngine
    "Dynamic Field"/"Dynamic Gallery" widgets in the single template. Yoast SEO prints the head
    (canonical, shortlink, og/article meta, JSON-LD) and the breadcrumb. WP Rocket lazy-loads the
    images of the text. Post text comes from three editors: Gutenberg blocks, the classic editor
    (wpautop paragraphs, ``[caption]`` shortcodes) and Elementor itself (the post is an Elementor
    document nested in the template's Post Content widget).

URL scheme
    ``/``                                 home (Elementor page: slider, JetEngine grid of the 4
                                          newest posts, "Thông báo" list)
    ``/hoat-dong/``                       Elementor page "Tin tức – Hoạt động": JetEngine listing
                                          grid, 6 posts, "Tải thêm" button (AJAX, see Traps)
    ``/danh-muc-tin/<term>/``             taxonomy archive, 4 posts a page, ``/page/<N>/`` after;
                                          ``/page/1/`` answers 301 to the term's root
    ``/tin-tuc/<slug>/``                  a post; ``/tin-tuc/<slug>`` answers 301 to it
    ``/?tin-tuc=<slug>``                  the same post by its query var (200, canonical to pretty)
    ``/?p=<id>``                          Yoast/WP shortlink: 301 to the pretty permalink
    ``/wp-admin/admin-ajax.php``          POST only: JetEngine ``listing_load_more``
    ``/wp-json/wp/v2/tin-tuc/<id>``       REST copy (JSON) linked from the head
    ``/feed/``                            RSS of the built-in ``post`` type: empty channel
    ``/?s=<q>``                           search page (nothing found)
    ``/gioi-thieu/``, ``/doi-ngu-giao-vien/``, ``/thuc-don/``, ``/thu-vien-anh/``, ``/lien-he/``
                                          Elementor pages (not articles)

How each gold article is reached
    Home grid: the 4 newest (A1–A4); home "Thông báo": A2, A8; /hoat-dong/ first screen: A1–A6;
    term archives: hoat-dong-cua-be (A1, A3, A5, A7 | page 2: A11, A12, A13), su-kien (A3, A6,
    A10), thong-bao (A2, A8), goc-phu-huynh (A4, A9); sidebar "Tin nổi bật" links A3, A6, A10 by
    ``/?tin-tuc=<slug>``; "Tin cùng chuyên mục" on each post lists the 3 newest others of its
    primary term. A11, A12 and A13 are linked only from page 2 of hoat-dong-cua-be (and from the
    AJAX answer of /hoat-dong/, which a crawler without JavaScript never sees).

Traps
    1. Dates in the vi locale, 12-hour clock: Elementor's Post Info widget prints the date item
       "Tháng Mười Hai 4, 2026" (WP's "F j, Y" with Vietnamese month names, day after month) and a
       separate time item "3:20 chiều" / "10:30 sáng" ("g:i a"; "sáng" = AM, "chiều" = PM).
       "12:10 chiều" is ten past noon. Gold: "2026-12-04T15:20:00+07:00", "…T12:10:00+07:00".
    2. Yoast's ``article:published_time`` and the JSON-LD ``datePublished`` are written in UTC
       ("2026-12-04T08:20:00+00:00"); a custom Post Info item prints "Cập nhật: Tháng Mười Hai 4,
       2026" (the modified day) for some posts. Gold: the local publication time, never the update.
    3. JetEngine meta field ``ngay_to_chuc`` prints "Ngày tổ chức: 28/11/2026" just above the Post
       Info list, in the same grey meta style, and it is the only dd/mm/yyyy date on the page:
       it is the event's day, not the publication. Gold: the Post Info date and time.
    4. Two bylines: Post Info's author item prints the WordPress account ("bbt_hoaphuong",
       "Quản trị viên") and a JetEngine Dynamic Field under the text prints the meta
       ``nguoi_viet`` behind the widget's "before" text ("Người viết: Cô Phạm Thị Hồng Nhung – GV
       lớp Chồi 1"). Gold: the meta's name without the honorific "Cô"/"ThS." and without the post
       after the dash; the account is nobody. ``nguoi_chup`` ("Ảnh: …") gives the photographers;
       ``nguon_tin`` ("Nguồn tin: Viện Dinh dưỡng Quốc gia") gives the source.
    5. Elementor's Icon List widget is used inside the text of Elementor-built posts (A6, A12) with
       exactly the markup of the Post Info meta (``ul.elementor-icon-list-items >
       li.elementor-icon-list-item > span.elementor-icon-list-text``). Gold: those items are body
       paragraphs; the Post Info items are not.
    6. WP Rocket lazy load: each image of the text prints ``src="data:image/svg+xml,…"`` with the
       real file in ``data-lazy-src`` (and ``data-lazy-srcset``), followed by a ``<noscript>`` copy
       with the real ``src``. Gold: one image per photo, the real uploads path, never the SVG.
    7. Classic-editor ``[caption]`` output: ``<div class="wp-caption"><img><p
       class="wp-caption-text">…</p></div>``: a ``<p>`` inside the text that is a caption, not a
       paragraph. Gold: caption of the image, not body.
    8. Gutenberg gallery (A3): each nested ``figure.wp-block-image`` has its own ``figcaption``,
       and the gallery has one more ``figcaption.blocks-gallery-caption`` ("Một số hình ảnh tại hội
       thi"). Gold: the per-image captions; the gallery's line is neither body nor any image's
       caption.
    9. Post Excerpt widget above the text: for a post with a hand-written excerpt it is the sapo
       (gold summary and first body paragraph, A3, A6, A9); for the others WordPress fills it with
       the first 30 words of the text and " […]" (for the notice A2 that is the letterhead's
       words). Gold: summary null and no extra paragraph then.
   10. Two terms: A3 is filed under "Sự kiện – Lễ hội" and "Hoạt động của bé"; the Post Info terms
       item and the body classes list both ("Hoạt động của bé" first, alphabetically by slug), the
       Yoast breadcrumb shows the primary term. Gold category: the breadcrumb's "Sự kiện – Lễ hội".
   11. Emoji: the site's database is utf8 (not utf8mb4), so wp_encode_emoji stored the emoji of
       A10 as hex references ``&#x1f383;`` in title, text and caption. Gold: the characters
       ("Ngày hội Halloween 🎃 của các bé"). Its three "👉" bullets are wp-emoji images
       (``<img class="emoji" alt="👉">``) at the line's start: bullets, no text, not images.
   12. Discovery: /hoat-dong/ shows 6 posts and a "Tải thêm" button whose href is "#"; the next
       posts come from a POST to admin-ajax.php (``action=jet_engine_ajax&handler=listing_load_more
       &page=2``) answered as JSON with ``\\/``-escaped URLs. Gold: every post is also linked by a
       term archive; A11–A13 only from ``/danh-muc-tin/hoat-dong-cua-be/page/2/``.
   13. Duplicates: "Tin nổi bật" (a hand-made Icon List in the sidebar) links A3, A6, A10 as
       ``/?tin-tuc=<slug>``, which WordPress serves at 200 with the canonical link to the pretty
       URL; the head's shortlink ``/?p=<id>`` answers 301. Gold: the ``?tin-tuc=`` forms are
       alt_paths. Each listing card links the same post three times (image, title, "Xem chi tiết").
   14. Featured image: printed only as the background of the single template's title section (an
       inline ``<style>`` rule) and in og:image; it is no ``<img>`` in the article. Gold: not an
       image. The JetEngine gallery field of A7 (thumbnails ``-300x225`` in links to the full
       files, after the text) are the article's photos: gold = the thumbnails' src, caption None
       (their alt is the file name).
   15. Official notice A2 in a post: letterhead table, "Số: 87/TB-MNHP", "Hải Châu, ngày 02 tháng
       12 năm 2026", "THÔNG BÁO / Về việc …", then "Nơi nhận" and the signer. Gold: published_at
       "2026-12-02" (posted 3/12 9:05 sáng), author the signer "Trần Thị Bích Ngọc".
   16. In-text bylines at the end of classic posts, right-aligned: "Tin, ảnh: Nguyễn Thị Lan"
       (A5) -> author and photographer; "Tin: Hồ Thị Diệu Linh - Ảnh: Lê Văn Quý" (A13); a unit
       "Ban Giám hiệu" signing alone (A8) -> author as printed. A8's "Tệp đính kèm" line and A9's
       "Xem thêm:" line are not body.
   17. Chrome that reads like text: a "Tuyển sinh năm học 2027 – 2028" call-to-action Text Editor
       widget follows every post's text inside the same column, then Share Buttons and the
       "Tin cùng chuyên mục" JetEngine grid (titles in ``<span>``s inside links, excerpts).

Gold decisions on ambiguous points
    - Honorifics "Cô", "Thầy" and degrees "ThS." are titles: taken off the names.
    - The gallery-level caption of a Gutenberg gallery is not a caption of any image, nor body.
    - A WordPress auto-excerpt (ending "[…]") is not a sapo; a hand-written one printed by the
      Post Excerpt widget is (summary, and the body's first paragraph).
    - The JetEngine gallery field's photos are the article's photos, in page order after the
      text's own; gold path = the printed thumbnail ``src``.
    - Headings inside the text (Gutenberg ``h3``, Elementor Heading widgets) are body paragraphs;
      Elementor list items in the text are too.
    - A13's "– Bài hát …<br />– Bài hát …" paragraph is two paragraphs, the dashes kept as typed.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime, timedelta, timezone

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_jetengine_mamnon"
PLATFORM = "WordPress + Elementor Pro + JetEngine (CPT tin-tuc)"
START_PATH = "/"

SITE = "Trường Mầm non Hoa Phượng"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
UP = "/wp-content/uploads"

TERMS = {
    "hoat-dong-cua-be": "Hoạt động của bé",
    "su-kien": "Sự kiện – Lễ hội",
    "thong-bao": "Thông báo",
    "goc-phu-huynh": "Góc phụ huynh",
}
PER_PAGE = 4
GRID_FIRST = 6
MONTHS_VI = {
    1: "Tháng Một", 2: "Tháng Hai", 3: "Tháng Ba", 4: "Tháng Tư", 5: "Tháng Năm",
    6: "Tháng Sáu", 7: "Tháng Bảy", 8: "Tháng Tám", 9: "Tháng Chín", 10: "Tháng Mười",
    11: "Tháng Mười Một", 12: "Tháng Mười Hai",
}  # fmt: skip
ICT = timezone(timedelta(hours=7))

LETTERHEAD = (
    '<table class="tbl-qd" style="width:100%;border:none"><tbody><tr>'
    '<td style="width:42%;text-align:center">UBND QUẬN HẢI CHÂU<br><strong>TRƯỜNG MẦM NON HOA PHƯỢNG'
    "</strong><br>Số: 87/TB-MNHP</td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br>"
    "<em>Hải Châu, ngày 02 tháng 12 năm 2026</em></td></tr></tbody></table>\n"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br>'
    "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
)
LETTER_CLOSE = (
    '<table style="width:100%;border:none"><tbody><tr><td style="width:50%;vertical-align:top">'
    "<strong><em>Nơi nhận:</em></strong><br>- Phòng GD&amp;ĐT (b/c);<br>- Phụ huynh học sinh;<br>"
    "- Lưu: VT.</td>"
    '<td style="text-align:center;vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br><br>'
    "<em>(đã ký)</em><br><br><strong>Trần Thị Bích Ngọc</strong></td></tr></tbody></table>"
)


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{line}</strong></p>')


STORIES: list[Story] = [
    Story(
        1, "be-lop-choi-1-trai-nghiem-lam-banh-quy", "Bé lớp Chồi 1 trải nghiệm làm bánh quy",
        "hoat-dong-cua-be", "2026-12-04T15:20:00+07:00",
        [
            P("Sáng ngày 03/12/2026, các bé lớp Chồi 1 đã có một buổi trải nghiệm thú vị: tự tay làm những chiếc bánh quy thơm ngon dưới sự hướng dẫn của cô giáo và chị bếp trưởng."),
            Img(f"{UP}/2026/12/choi1-lam-banh-01-1024x683.jpg", "Các bé chăm chú nhào bột cùng cô", "Các bé chăm chú nhào bột cùng cô", "figure"),
            P("Các bước làm bánh", "h3"),
            P("Trộn bột mì, bơ, đường và trứng gà.", "li"),
            P("Nhào bột thật đều tay rồi cán mỏng.", "li"),
            P("Dùng khuôn nhấn hình ngôi sao, trái tim, con cá.", "li"),
            P("Nhờ cô nướng bánh trong 15 phút.", "li"),
            P("Qua hoạt động, các bé được rèn luyện sự khéo léo của đôi tay, biết chờ đợi và chia sẻ thành quả với bạn bè. Những chiếc bánh quy sau đó được các bé mang về tặng ông bà, bố mẹ."),
            Img(f"{UP}/2026/12/choi1-lam-banh-02-1024x683.jpg", "Ảnh: Phạm Thị Hồng Nhung", None, "figure"),
        ],
        authors=["Phạm Thị Hồng Nhung"], photographers=["Phạm Thị Hồng Nhung"],
        opts={"id": 3518, "editor": "gutenberg", "writer": "Cô Phạm Thị Hồng Nhung – GV lớp Chồi 1"},
    ),
    Story(
        2, "thong-bao-lich-nghi-tet-duong-lich-nam-2027", "Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        "thong-bao", "2026-12-02",
        [
            Raw(LETTERHEAD),
            P("Căn cứ Công văn số 2145/PGDĐT-VP ngày 28/11/2026 của Phòng Giáo dục và Đào tạo quận Hải Châu về việc nghỉ Tết Dương lịch năm 2027;"),
            P("Trường Mầm non Hoa Phượng thông báo đến quý phụ huynh lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
            P("1. Thời gian nghỉ: từ Thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027."),
            P("2. Trẻ đi học lại bình thường vào Thứ Hai ngày 04/01/2027."),
            P("3. Phụ huynh có nhu cầu gửi trẻ trong ngày 31/12/2026 vui lòng đăng ký với giáo viên chủ nhiệm trước ngày 25/12/2026."),
            P("Nhà trường kính mong quý phụ huynh phối hợp thực hiện./."),
            Raw(LETTER_CLOSE),
        ],
        authors=["Trần Thị Bích Ngọc"],
        opts={"id": 3512, "editor": "classic", "posted": "2026-12-03T09:05:00+07:00", "modified": "2026-12-03"},
    ),
    Story(
        3, "hoi-thi-be-khoe-be-ngoan-cap-truong", "Hội thi “Bé khỏe – Bé ngoan” cấp trường năm học 2026 – 2027",
        "su-kien", "2026-12-01T12:10:00+07:00",
        [
            P("Hội thi gồm ba phần: chào hỏi làm quen, thi tài năng và vận động với các trò chơi dân gian như kéo co, nhảy bao bố, ném còn."),
            Img(f"{UP}/2026/12/hoi-thi-be-khoe-01-1024x768.jpg", "Phần chào hỏi của đội lớp Lá 1", "Phần chào hỏi của đội lớp Lá 1", "gallery"),
            Img(f"{UP}/2026/12/hoi-thi-be-khoe-02-1024x768.jpg", "Các bé lớp Chồi 2 biểu diễn múa “Em yêu biển đảo”", "Các bé lớp Chồi 2 biểu diễn múa “Em yêu biển đảo”", "gallery"),
            Img(f"{UP}/2026/12/hoi-thi-be-khoe-03-1024x768.jpg", "Trò chơi kéo co", "Trò chơi kéo co", "gallery"),
            P("Kết quả, Ban tổ chức trao giải Nhất cho lớp Lá 1, giải Nhì cho lớp Lá 2 và lớp Chồi 2, giải Ba cho lớp Chồi 1. Các lớp còn lại nhận giải Khuyến khích."),
            P("Cô Trần Thị Bích Ngọc, Hiệu trưởng nhà trường, cho biết hội thi là dịp để các bé mạnh dạn, tự tin và rèn luyện thể lực sau một tháng thực hiện chủ đề “Bản thân”."),
        ],
        authors=["Nguyễn Thị Lan Anh"], photographers=["Võ Văn Thành"],
        summary="Ngày 28/11/2026, Trường Mầm non Hoa Phượng tổ chức Hội thi “Bé khỏe – Bé ngoan” với sự tham gia của 120 bé thuộc 6 lớp Mẫu giáo lớn và nhỡ.",
        sapo_outside=True,
        opts={"id": 3497, "editor": "gutenberg", "terms": ["hoat-dong-cua-be", "su-kien"], "event": "28/11/2026",
              "writer": "Nguyễn Thị Lan Anh", "photo": "Võ Văn Thành", "gallery_caption": "Một số hình ảnh tại hội thi",
              "modified": "2026-12-02", "featured_alt": True},
    ),
    Story(
        4, "5-cach-giup-tre-tu-lap-trong-bua-an", "5 cách giúp trẻ tự lập trong bữa ăn",
        "goc-phu-huynh", "2026-11-28T16:45:00+07:00",
        [
            P("Nhiều phụ huynh than phiền con đã 4 – 5 tuổi vẫn phải đút cơm, ngồi ăn hàng giờ. Thực ra, kỹ năng tự ăn có thể được hình thành từ rất sớm nếu cha mẹ kiên nhẫn và có phương pháp."),
            Img(f"{UP}/2026/11/tre-tu-an-1024x683.jpg", None, None, "figure"),
            P("1. Cho trẻ ngồi ăn cùng gia đình", "h3"),
            P("Bữa cơm gia đình là lúc trẻ quan sát và bắt chước người lớn. Hãy để trẻ có ghế riêng, bát thìa riêng vừa tay."),
            P("2. Không bật ti vi, điện thoại trong giờ ăn", "h3"),
            P("Màn hình khiến trẻ mất tập trung, ăn chậm và không cảm nhận được cảm giác no."),
            P("3. Chia khẩu phần vừa sức", "h3"),
            P("Một lượng nhỏ vừa đủ giúp trẻ ăn hết và có cảm giác thành công; trẻ có thể xin thêm nếu còn đói."),
            P("4. Khen ngợi đúng lúc", "h3"),
            P("Hãy khen khi trẻ tự xúc được vài thìa, dù còn rơi vãi."),
            P("5. Kiên nhẫn và nhất quán", "h3"),
            P("Thời gian đầu trẻ sẽ ăn chậm và làm bẩn bàn. Cha mẹ nên chấp nhận điều đó và giữ nguyên nếp sinh hoạt mỗi ngày."),
        ],
        authors=["Lê Minh Tâm"],
        opts={"id": 3480, "editor": "gutenberg", "writer": "ThS. Lê Minh Tâm – Chuyên viên tư vấn tâm lý", "account": "Quản trị viên"},
    ),
    Story(
        5, "be-lop-la-2-tham-quan-bao-tang-dieu-khac-cham", "Bé lớp Lá 2 tham quan Bảo tàng Điêu khắc Chăm Đà Nẵng",
        "hoat-dong-cua-be", "2026-11-25T10:30:00+07:00",
        [
            P("Nhằm giúp trẻ tìm hiểu về văn hóa Chăm Pa, sáng 24/11/2026, lớp Lá 2 đã tổ chức cho các bé tham quan Bảo tàng Điêu khắc Chăm Đà Nẵng.", "b"),
            Img(f"{UP}/2026/11/la2-bao-tang-cham-01.jpg", "Các bé nghe hướng dẫn viên giới thiệu về tượng thần Shiva", "Các bé nghe hướng dẫn viên giới thiệu về tượng thần Shiva", "wpcaption"),
            P("Tại bảo tàng, các bé được nghe cô hướng dẫn viên kể chuyện về những bức tượng bằng sa thạch có tuổi đời hàng trăm năm, tìm hiểu hình ảnh chim thần Garuda, voi thần Ganesha và vũ nữ Apsara."),
            Img(f"{UP}/2026/11/la2-bao-tang-cham-02.jpg", "Các bé chụp ảnh lưu niệm trước cổng bảo tàng", "Các bé chụp ảnh lưu niệm trước cổng bảo tàng", "wpcaption"),
            P("Sau buổi tham quan, các bé về lớp vẽ lại những hình ảnh mình ấn tượng nhất. Đây là hoạt động nằm trong chủ đề “Quê hương – Đất nước” của lớp."),
            _right("Tin, ảnh: Nguyễn Thị Lan"),
        ],
        authors=["Nguyễn Thị Lan"], photographers=["Nguyễn Thị Lan"],
        summary="Nhằm giúp trẻ tìm hiểu về văn hóa Chăm Pa, sáng 24/11/2026, lớp Lá 2 đã tổ chức cho các bé tham quan Bảo tàng Điêu khắc Chăm Đà Nẵng.",
        opts={"id": 3466, "editor": "classic"},
    ),
    Story(
        6, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        "su-kien", "2026-11-20T08:00:00+07:00",
        [
            P("Những bông hoa tri ân", "h2"),
            Img(f"{UP}/2026/11/le-20-11-san-khau-768x512.jpg", "Quang cảnh buổi lễ", "Quang cảnh buổi lễ", "el-left"),
            P("Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo quận Hải Châu, UBND phường Thạch Thang cùng Ban đại diện cha mẹ học sinh nhà trường."),
            P("Tại buổi lễ, cô Trần Thị Bích Ngọc, Hiệu trưởng, đã ôn lại truyền thống ngày Nhà giáo Việt Nam và điểm lại những thành tích nổi bật của tập thể sư phạm nhà trường trong năm qua."),
            P("Thành tích năm học 2025 – 2026", "h2"),
            P("Trường đạt danh hiệu Tập thể lao động xuất sắc.", "icon"),
            P("03 giáo viên đạt giáo viên dạy giỏi cấp thành phố.", "icon"),
            P("100% trẻ được theo dõi sức khỏe bằng biểu đồ tăng trưởng.", "icon"),
            P("Buổi lễ khép lại bằng những tiết mục văn nghệ đặc sắc do chính các cô giáo và các bé biểu diễn, để lại nhiều cảm xúc cho quý đại biểu và phụ huynh."),
        ],
        authors=["Hoàng Thị Thu Trang"],
        summary="Sáng 19/11/2026, Trường Mầm non Hoa Phượng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tri ân các thế hệ thầy cô giáo.",
        sapo_outside=True,
        opts={"id": 3451, "editor": "elementor", "event": "19/11/2026", "writer": "Hoàng Thị Thu Trang"},
    ),
    Story(
        7, "be-lop-la-1-trai-nghiem-tai-nong-trai-hoa-ninh", "Bé lớp Lá 1 trải nghiệm tại nông trại Hòa Ninh",
        "hoat-dong-cua-be", "2026-11-16T14:00:00+07:00",
        [
            P("Chiều 14/11/2026, 32 bé lớp Lá 1 đã có chuyến trải nghiệm tại nông trại giáo dục ở xã Hòa Ninh, huyện Hòa Vang."),
            P("Các bé được tự tay nhổ cà rốt, tưới rau, cho thỏ và dê ăn; nhiều bé lần đầu tiên được nhìn thấy cây lúa và con trâu ngoài đời thật."),
            P("Cô Đặng Thị Mỹ Linh, giáo viên chủ nhiệm, chia sẻ: “Hoạt động ngoài trời giúp các con hiểu rằng rau, củ, quả trên bàn ăn hằng ngày là thành quả lao động vất vả”."),
            Img(f"{UP}/2026/11/nong-trai-01-300x225.jpg", None, None, "jetgallery"),
            Img(f"{UP}/2026/11/nong-trai-02-300x225.jpg", None, None, "jetgallery"),
            Img(f"{UP}/2026/11/nong-trai-03-300x225.jpg", None, None, "jetgallery"),
        ],
        authors=["Đặng Thị Mỹ Linh"],
        opts={"id": 3437, "editor": "gutenberg", "writer": "Cô Đặng Thị Mỹ Linh"},
    ),
    Story(
        8, "thong-bao-cac-khoan-thu-hoc-ky-i", "Thông báo các khoản thu học kỳ I năm học 2026 – 2027",
        "thong-bao", "2026-11-10T09:40:00+07:00",
        [
            P("Căn cứ Nghị quyết của Hội đồng nhân dân thành phố Đà Nẵng về mức thu học phí năm học 2026 – 2027, Trường Mầm non Hoa Phượng thông báo các khoản thu học kỳ I như sau:"),
            P("STT | Nội dung | Mức thu | Ghi chú", "tr"),
            P("1 | Tiền ăn bán trú | 30.000 đ/ngày | Thu theo số ngày thực học", "tr"),
            P("2 | Phí phục vụ bán trú | 150.000 đ/tháng | Thu hằng tháng", "tr"),
            P("3 | Nước uống | 15.000 đ/tháng | Thu hằng tháng", "tr"),
            P("Phụ huynh nộp tiền qua tài khoản của nhà trường tại Ngân hàng Vietcombank, chi nhánh Đà Nẵng, số tài khoản 0041000123456, ghi rõ họ tên và lớp của trẻ."),
            P("Mọi thắc mắc xin liên hệ cô Phan Thị Hạnh, kế toán nhà trường, điện thoại 0236 3822 456."),
            Raw(f'<p>Tệp đính kèm: <a href="{UP}/2026/11/thong-bao-thu-hk1-2026.pdf" target="_blank" rel="noopener">thong-bao-thu-hk1-2026.pdf</a> (128 KB)</p>'),
            _right("Ban Giám hiệu"),
        ],
        authors=["Ban Giám hiệu"],
        opts={"id": 3420, "editor": "classic", "modified": "2026-11-12"},
    ),
    Story(
        9, "goi-y-thuc-don-dinh-duong-mua-dong-cho-tre", "Gợi ý thực đơn dinh dưỡng mùa đông cho trẻ mầm non",
        "goc-phu-huynh", "2026-11-05T15:15:00+07:00",
        [
            P("Trẻ cần được bổ sung đủ bốn nhóm chất: chất bột đường, chất đạm, chất béo, vitamin và khoáng chất. Dưới đây là gợi ý thực đơn trong một ngày:"),
            P("Bữa | Món ăn", "tr"),
            P("Sáng | Cháo thịt bằm bí đỏ, sữa tươi", "tr"),
            P("Trưa | Cơm, canh rau ngót nấu tôm, cá thu sốt cà chua", "tr"),
            P("Chiều | Súp gà nấm hương, chuối chín", "tr"),
            Img(f"{UP}/2026/11/thuc-don-mua-dong-1024x576.jpg", "Bát súp gà nấm hương ấm nóng cho ngày lạnh", "Bát súp gà nấm hương ấm nóng cho ngày lạnh", "figure"),
            P("Cha mẹ nên cho trẻ uống đủ nước ấm, hạn chế đồ uống lạnh và giữ ấm vùng cổ, ngực khi ra ngoài."),
            Raw('<p><strong>Xem thêm:</strong> <a href="/tin-tuc/5-cach-giup-tre-tu-lap-trong-bua-an/">5 cách giúp trẻ tự lập trong bữa ăn</a></p>'),
        ],
        source="Viện Dinh dưỡng Quốc gia",
        summary="Mùa đông thời tiết lạnh, trẻ dễ mắc các bệnh về đường hô hấp. Một thực đơn đủ chất sẽ giúp bé tăng sức đề kháng.",
        sapo_outside=True,
        opts={"id": 3402, "editor": "gutenberg", "source": "Viện Dinh dưỡng Quốc gia"},
    ),
    Story(
        10, "ngay-hoi-halloween-cua-cac-be", "Ngày hội Halloween 🎃 của các bé",
        "su-kien", "2026-10-31T16:00:00+07:00",
        [
            P("Chiều 30/10/2026, sân trường Mầm non Hoa Phượng rộn ràng tiếng cười trong Ngày hội Halloween do nhà trường tổ chức."),
            P("Các bé hóa trang thành phù thủy, bí ngô, siêu nhân 🦸 và tham gia diễu hành quanh sân trường."),
            P("Ngày hội có ba khu vui chơi:"),
            P("Khu trò chơi “Săn kẹo”;", "emoji"),
            P("Khu trang trí đèn lồng bí ngô;", "emoji"),
            P("Khu chụp ảnh lưu niệm.", "emoji"),
            Img(f"{UP}/2026/10/halloween-2026-1024x683.jpg", "Các bé hóa trang dễ thương 🎃", "Các bé hóa trang dễ thương 🎃", "figure"),
            P("Ngày hội giúp các bé làm quen với nét văn hóa của các nước trên thế giới, đồng thời mạnh dạn giao tiếp, chia sẻ cùng bạn bè."),
        ],
        authors=["Lê Thị Thanh Thúy"],
        opts={"id": 3381, "editor": "gutenberg", "event": "30/10/2026", "writer": "Lê Thị Thanh Thúy", "emoji_refs": True},
    ),
    Story(
        11, "be-lop-mam-3-lam-tranh-tu-la-cay-kho", "Bé lớp Mầm 3 làm tranh từ lá cây khô",
        "hoat-dong-cua-be", "2026-10-22T10:00:00+07:00",
        [
            P("Tuần qua, trong chủ đề “Thế giới thực vật”, các bé lớp Mầm 3 đã được cô hướng dẫn làm tranh từ những chiếc lá cây khô nhặt ở sân trường."),
            Img(f"{UP}/2026/10/mam3-tranh-la-cay-1024x768.jpg", "Bé Minh Khang khoe bức tranh chú nhím bằng lá bàng", "Bé Minh Khang khoe bức tranh chú nhím bằng lá bàng", "figure"),
            P("Từ lá bàng, lá phượng, lá keo, các bé dán thành hình chú nhím, con cá, bông hoa. Hoạt động giúp bé phát triển vận động tinh và khả năng sáng tạo."),
        ],
        authors=["Ngô Thị Bảo Trâm"], photographers=["Ngô Thị Bảo Trâm"],
        opts={"id": 3365, "editor": "gutenberg", "writer": "Cô Ngô Thị Bảo Trâm", "photo": "Cô Ngô Thị Bảo Trâm"},
    ),
    Story(
        12, "be-thuc-hanh-ky-nang-thoat-hiem-khi-co-chay", "Bé thực hành kỹ năng thoát hiểm khi có cháy",
        "hoat-dong-cua-be", "2026-10-15T09:30:00+07:00",
        [
            P("Ngày 14/10/2026, Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an quận Hải Châu phối hợp với nhà trường tổ chức buổi hướng dẫn kỹ năng thoát hiểm cho các bé."),
            Img(f"{UP}/2026/10/thoat-hiem-chay-768x512.jpg", "Chú cảnh sát hướng dẫn bé cách bò thấp khi có khói", "Chú cảnh sát hướng dẫn bé cách bò thấp khi có khói", "el-image"),
            P("Bé nhớ gì sau buổi học?", "h2"),
            P("Khi thấy cháy phải hô to “Cháy! Cháy!” để báo người lớn.", "icon"),
            P("Lấy khăn ướt che mũi, miệng và bò thấp theo lối thoát hiểm.", "icon"),
            P("Gọi 114 khi cần giúp đỡ.", "icon"),
            P("Buổi học giúp các bé hiểu và nhớ những việc cần làm để giữ an toàn cho bản thân khi gặp sự cố cháy nổ."),
        ],
        authors=["Nguyễn Thị Lan Anh"],
        opts={"id": 3349, "editor": "elementor", "event": "14/10/2026", "writer": "Nguyễn Thị Lan Anh", "account": "Quản trị viên"},
    ),
    Story(
        13, "tiet-hoc-am-nhac-cung-dan-organ-cua-lop-choi-2", "Tiết học âm nhạc cùng đàn organ của lớp Chồi 2",
        "hoat-dong-cua-be", "2026-10-08T14:45:00+07:00",
        [
            P("Chiều thứ Tư hằng tuần, các bé lớp Chồi 2 lại háo hức chờ đến giờ học âm nhạc cùng cô Hồ Thị Diệu Linh và cây đàn organ."),
            P("Tuần này, các bé ôn tập hai bài hát:"),
            P("– Bài hát “Cháu yêu bà” (nhạc và lời: Xuân Giao);"),
            P("– Bài hát “Cả nhà thương nhau” (nhạc và lời: Phan Văn Minh).", "br"),
            Img(f"{UP}/2026/10/choi2-dan-organ.jpg", "Bé Bảo Ngọc thử bấm phím đàn", "Bé Bảo Ngọc thử bấm phím đàn", "wpcaption"),
            P("Các bé còn được cô cho nghe âm thanh của từng phím đàn, phân biệt tiếng cao, tiếng thấp và vỗ tay theo tiết tấu."),
            _right("Tin: Hồ Thị Diệu Linh - Ảnh: Lê Văn Quý"),
        ],
        authors=["Hồ Thị Diệu Linh"], photographers=["Lê Văn Quý"],
        opts={"id": 3330, "editor": "classic"},
    ),
]  # fmt: skip

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.opts["id"]: s for s in STORIES}
#: posts the sidebar's hand-made "Tin nổi bật" links by their query var
FEATURED = ["hoi-thi-be-khoe-be-ngoan-cap-truong", "le-ky-niem-44-nam-ngay-nha-giao-viet-nam", "ngay-hoi-halloween-cua-cac-be"]


def _terms(story: Story) -> list[str]:
    return story.opts.get("terms", [story.cat])


def _posted(story: Story) -> datetime:
    return datetime.fromisoformat(story.opts.get("posted", story.published_at))


def _in_term(term: str) -> list[Story]:
    return [s for s in STORIES if term in _terms(s)]


def _vi_date(d: datetime) -> str:
    return f"{MONTHS_VI[d.month]} {d.day}, {d.year}"


def _vi_time(d: datetime) -> str:
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def _perma(story: Story) -> str:
    return f"/tin-tuc/{story.slug}/"


_EMOJI = re.compile("[\U0001f000-\U0001faff]")


def _t(story: Story, value: str) -> str:
    """Escaped text; for a post saved through wp_encode_emoji, emoji as hex references."""
    out = esc(value)
    if story.opts.get("emoji_refs"):
        out = _EMOJI.sub(lambda m: f"&#x{ord(m.group()):x};", out)
    return out


def _base(img: Img) -> str:
    return img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _lazy(src: str, w: int, h: int, cls: str, alt: str = "", extra: str = "") -> str:
    """WP Rocket's lazy-load rewrite: SVG placeholder, real file in data-lazy-*, noscript copy."""
    placeholder = f"data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20{w}%20{h}'%3E%3C/svg%3E"
    small = re.sub(r"(-\d+x\d+)?\.jpg$", "-300x200.jpg", src)
    return (
        f'<img decoding="async" width="{w}" height="{h}" src="{placeholder}" alt="{esc(alt)}" class="{cls}"{extra} '
        f'data-lazy-srcset="{src} {w}w, {small} 300w" data-lazy-sizes="(max-width: {w}px) 100vw, {w}px" data-lazy-src="{src}" />'
        f'<noscript><img decoding="async" width="{w}" height="{h}" src="{src}" alt="{esc(alt)}" class="{cls}"{extra} '
        f'srcset="{src} {w}w, {small} 300w" sizes="(max-width: {w}px) 100vw, {w}px" /></noscript>'
    )


# --- the text of a post, per editor -------------------------------------------------------


def _groups(blocks: list) -> list[tuple[str, list]]:
    """Consecutive blocks of one kind grouped: list items, table rows, icon items, gallery."""
    out: list[tuple[str, list]] = []
    for b in blocks:
        kind = b.style if isinstance(b, P | Img) and b.style in ("li", "tr", "icon", "gallery", "br") else "one"
        if kind == "br":
            out[-1][1].append(b)
            continue
        if out and kind != "one" and out[-1][0] == kind:
            out[-1][1].append(b)
        else:
            out.append((kind, [b]))
    return out


def _para(story: Story, p: P) -> str:
    t = _t(story, p.text)
    if p.style in ("h2", "h3"):
        return f'<{p.style} class="wp-block-heading">{t}</{p.style}>'
    if p.style == "b":
        return f"<p><strong>{t}</strong></p>"
    if p.style == "emoji":
        cp = "1f449"
        return (
            f'<p><img draggable="false" role="img" class="emoji" alt="👉" '
            f'src="https://s.w.org/images/core/emoji/15.0.3/svg/{cp}.svg"> {t}</p>'
        )
    return f"<p>{t}</p>"


def _wp_image(story: Story, img: Img, n: int) -> str:
    att = 3600 + story.id * 10 + n
    pic = _lazy(img.src, 1024, 683, f"wp-image-{att}")
    cap = f'<figcaption class="wp-element-caption">{_t(story, img.printed)}</figcaption>' if img.printed else ""
    return f'<figure class="wp-block-image size-large">{pic}{cap}</figure>'


def _classic_caption(story: Story, img: Img, n: int) -> str:
    att = 3600 + story.id * 10 + n
    pic = _lazy(img.src, 800, 533, f"size-full wp-image-{att}", extra=f' aria-describedby="caption-attachment-{att}"')
    return (
        f'<div id="attachment_{att}" style="width: 810px" class="wp-caption aligncenter">{pic}'
        f'<p id="caption-attachment-{att}" class="wp-caption-text">{esc(img.printed or "")}</p></div>'
    )


def _content_wp(story: Story) -> str:
    """Gutenberg blocks or classic-editor (wpautop) output."""
    parts: list[str] = []
    n = 0
    for kind, items in _groups(story.blocks):
        if kind == "li":
            parts.append('<ul class="wp-block-list">' + "".join(f"<li>{_t(story, p.text)}</li>" for p in items) + "</ul>")
        elif kind == "tr":
            rows = []
            for i, p in enumerate(items):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{_t(story, c)}</{tag}>" for c in p.text.split(" | ")) + "</tr>")
            if story.opts["editor"] == "gutenberg":
                parts.append(f'<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>{"".join(rows)}</tbody></table></figure>')
            else:
                parts.append(f'<table border="1" cellpadding="5" style="border-collapse:collapse;width:100%"><tbody>{"".join(rows)}</tbody></table>')
        elif kind == "gallery":
            inner = []
            for img in items:
                n += 1
                inner.append(_wp_image(story, img, n))
            gcap = story.opts.get("gallery_caption")
            gcap_html = f'<figcaption class="blocks-gallery-caption wp-element-caption">{esc(gcap)}</figcaption>' if gcap else ""
            parts.append(f'<figure class="wp-block-gallery has-nested-images columns-default is-cropped">{"".join(inner)}{gcap_html}</figure>')
        else:
            b = items[0]
            if isinstance(b, Raw):
                parts.append(b.html)
            elif isinstance(b, Img):
                if b.style == "jetgallery":
                    continue
                n += 1
                parts.append(_classic_caption(story, b, n) if b.style == "wpcaption" else _wp_image(story, b, n))
            else:
                first = _para(story, b)
                if len(items) > 1:  # a <br /> inside the paragraph
                    rest = "".join(f"<br />\n{_t(story, x.text)}" for x in items[1:])
                    first = first[:-4] + rest + "</p>"
                parts.append(first)
    return "\n".join(parts)


def _eid(*seed: object) -> str:
    """An Elementor element id: 7 hex digits."""
    return hashlib.md5(repr(seed).encode("utf-8")).hexdigest()[:7]


def _widget(kind: str, inner: str, seed: object, extra_cls: str = "") -> str:
    eid = _eid(kind, seed)
    return (
        f'<div class="elementor-element elementor-element-{eid} elementor-widget elementor-widget-{kind}{extra_cls}" '
        f'data-id="{eid}" data-element_type="widget" data-widget_type="{kind}.default">'
        f'<div class="elementor-widget-container">{inner}</div></div>'
    )


def _section(columns: list[str], seed: object, sizes: tuple[int, ...] = ()) -> str:
    sid = _eid("section", seed)
    level = "top"
    sizes = sizes or (100 // len(columns),) * len(columns)
    cols = "".join(
        f'<div class="elementor-column elementor-col-{sizes[i]} elementor-{level}-column elementor-element elementor-element-{_eid("col", seed, i)}" '
        f'data-id="{_eid("col", seed, i)}" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">{c}</div></div>'
        for i, c in enumerate(columns)
    )
    return (
        f'<section class="elementor-section elementor-{level}-section elementor-element elementor-element-{sid} elementor-section-boxed elementor-section-height-default" '
        f'data-id="{sid}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">{cols}</div></section>'
    )


def _icon_list(texts: list[str], icon: str = "fas fa-check-circle") -> str:
    items = "".join(
        f'<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="{icon}"></i></span>'
        f'<span class="elementor-icon-list-text">{t}</span></li>'
        for t in texts
    )
    return f'<ul class="elementor-icon-list-items">{items}</ul>'


def _el_image(story: Story, img: Img, n: int) -> str:
    pic = _lazy(img.src, 768, 512, f"attachment-medium_large size-medium_large wp-image-{3600 + story.id * 10 + n}")
    return _widget(
        "image",
        f'<figure class="wp-caption">{pic}<figcaption class="widget-image-caption wp-caption-text">{esc(img.printed or "")}</figcaption></figure>',
        (story.id, n),
    )


def _content_elementor(story: Story) -> str:
    """The post is an Elementor document: sections, columns, Heading/Text Editor/Icon List widgets."""
    sections: list[str] = []
    groups = _groups(story.blocks)
    i = n = 0
    while i < len(groups):
        kind, items = groups[i]
        b = items[0]
        if kind == "icon":
            sections.append(_section([_widget("icon-list", _icon_list([_t(story, p.text) for p in items]), (story.id, i))], (story.id, i)))
        elif isinstance(b, Img) and b.style == "el-left":
            n += 1
            texts = []
            j = i + 1
            while j < len(groups) and isinstance(groups[j][1][0], P) and groups[j][1][0].style == "":
                texts.append(f"<p>{_t(story, groups[j][1][0].text)}</p>")
                j += 1
            right = _widget("text-editor", "".join(texts), (story.id, i, "r"))
            sections.append(_section([_el_image(story, b, n), right], (story.id, i)))
            i = j
            continue
        elif isinstance(b, Img):
            n += 1
            sections.append(_section([_el_image(story, b, n)], (story.id, i)))
        elif isinstance(b, P) and b.style in ("h2", "h3"):
            head = f'<h2 class="elementor-heading-title elementor-size-default">{_t(story, b.text)}</h2>'
            sections.append(_section([_widget("heading", head, (story.id, i))], (story.id, i)))
        elif isinstance(b, P):
            texts = [f"<p>{_t(story, b.text)}</p>"]
            while i + 1 < len(groups) and isinstance(groups[i + 1][1][0], P) and groups[i + 1][1][0].style == "":
                i += 1
                texts.append(f"<p>{_t(story, groups[i][1][0].text)}</p>")
            sections.append(_section([_widget("text-editor", "".join(texts), (story.id, i))], (story.id, i)))
        i += 1
    pid = story.opts["id"]
    return f'<div data-elementor-type="wp-post" data-elementor-id="{pid}" class="elementor elementor-{pid}" data-elementor-post-type="tin-tuc">{"".join(sections)}</div>'


def _content(story: Story) -> str:
    return _content_elementor(story) if story.opts["editor"] == "elementor" else _content_wp(story)


def _auto_excerpt(story: Story, words: int = 30) -> str:
    """wp_trim_excerpt: tags stripped from the whole content, first N words, " […]"."""
    plain = re.sub(r"<noscript>.*?</noscript>", " ", _content(story), flags=re.S)
    plain = re.sub(r"<[^>]+>", " ", plain)
    plain = re.sub(r"&#x([0-9a-f]+);", lambda m: chr(int(m.group(1), 16)), plain)
    plain = plain.replace("&amp;", "&")
    return " ".join(plain.split()[:words]) + " [&hellip;]"


# --- chrome ----------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"), ("Đội ngũ giáo viên", "/doi-ngu-giao-vien/")]),
    ("Tin tức", "/hoat-dong/", [(v, f"/danh-muc-tin/{k}/") for k, v in TERMS.items()]),
    ("Thực đơn", "/thuc-don/", []),
    ("Thư viện ảnh", "/thu-vien-anh/", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu(dropdown: bool) -> str:
    tab = ' tabindex="-1"' if dropdown else ""
    items = []
    for i, (label, href, sub) in enumerate(MENU):
        cls = f"menu-item menu-item-type-post_type menu-item-object-page menu-item-{120 + i}"
        if sub:
            cls += " menu-item-has-children"
            subs = "".join(
                f'<li class="menu-item menu-item-type-taxonomy menu-item-{140 + i * 5 + j}"><a href="{h}" class="elementor-sub-item"{tab}>{esc(t)}</a></li>'
                for j, (t, h) in enumerate(sub)
            )
            items.append(f'<li class="{cls}"><a href="{href}" class="elementor-item"{tab}>{esc(label)}</a><ul class="sub-menu elementor-nav-menu--dropdown">{subs}</ul></li>')
        else:
            items.append(f'<li class="{cls}"><a href="{href}" class="elementor-item"{tab}>{esc(label)}</a></li>')
    ul = f'<ul id="menu-{"2" if dropdown else "1"}-menu-chinh" class="elementor-nav-menu{" sm-vertical" if dropdown else ""}">{"".join(items)}</ul>'
    if dropdown:
        return f'<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">{ul}</nav>'
    return f'<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">{ul}</nav>'


def _header() -> str:
    top = _section(
        [
            _widget("text-editor", f'<p><i class="far fa-calendar-alt"></i> {TODAY_LINE}</p>', "hdr-date"),
            _widget("icon-list", _icon_list(["0236 3822 456", "mnhoaphuong.haichau@danang.edu.vn"], "fas fa-phone-alt"), "hdr-contact"),
        ],
        "hdr-top",
    )
    logo = _widget(
        "theme-site-logo",
        f'<a href="/"><img width="220" height="80" src="{UP}/2024/08/logo-mn-hoa-phuong.png" class="attachment-full size-full" alt="Logo {SITE}" /></a>',
        "logo",
        " elementor-widget-image",
    )
    nav = _widget("nav-menu", _menu(False) + '<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i class="eicon-menu-bar"></i></div>' + _menu(True), "nav")
    search = _widget(
        "search-form",
        '<form class="elementor-search-form" role="search" action="/" method="get"><div class="elementor-search-form__container">'
        '<input placeholder="Tìm kiếm..." class="elementor-search-form__input" type="search" name="s" title="Tìm kiếm" value="">'
        '<button class="elementor-search-form__submit" type="submit" aria-label="Tìm kiếm"><i class="fa fa-search"></i></button></div></form>',
        "search",
    )
    main = _section([logo, nav, search], "hdr-main")
    return f'<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">{top}{main}</div>'


def _footer() -> str:
    cols = [
        _widget("text-editor", f"<h4>{SITE.upper()}</h4><p>Địa chỉ: 58 Lê Lợi, phường Thạch Thang, quận Hải Châu, TP. Đà Nẵng</p><p>Điện thoại: 0236 3822 456 – Email: mnhoaphuong.haichau@danang.edu.vn</p>", "ft1"),
        _widget("icon-list", _icon_list(['<a href="/gioi-thieu/">Giới thiệu</a>', '<a href="/thuc-don/">Thực đơn tuần</a>', '<a href="/lien-he/">Liên hệ</a>'], "fas fa-angle-right"), "ft2"),
        _widget("social-icons", '<div class="elementor-social-icons-wrapper elementor-grid"><span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-facebook" href="https://www.facebook.com/mnhoaphuong.haichau" target="_blank"><span class="elementor-screen-only">Facebook</span><i class="fab fa-facebook"></i></a></span><span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-youtube" href="https://www.youtube.com/@mnhoaphuongdanang" target="_blank"><span class="elementor-screen-only">Youtube</span><i class="fab fa-youtube"></i></a></span></div>', "ft3"),
    ]
    copy = _section([_widget("text-editor", f"<p>© 2026 {SITE}. Thiết kế bởi Đà Nẵng Web.</p>", "ftc")], "ft-copy")
    return f'<div data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer">{_section(cols, "ft")}{copy}</div>'


def _sidebar() -> str:
    hot = _icon_list([f'<a href="/?tin-tuc={slug}">{_t(BY_SLUG[slug], BY_SLUG[slug].title)}</a>' for slug in FEATURED], "fas fa-star")
    counter = (
        '<div class="wpsc-counter"><table class="tbl-tk"><tbody>'
        "<tr><td>Đang online:</td><td>12</td></tr><tr><td>Hôm nay:</td><td>248</td></tr>"
        "<tr><td>Tháng này:</td><td>1.064</td></tr><tr><td>Tổng truy cập:</td><td>185.342</td></tr></tbody></table></div>"
    )
    links = _icon_list(
        ['<a href="https://danang.edu.vn" target="_blank">Sở GD&amp;ĐT Đà Nẵng</a>', '<a href="https://haichau.danang.gov.vn" target="_blank">UBND quận Hải Châu</a>', '<a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a>'],
        "fas fa-link",
    )
    poll = (
        '<div class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">'
        "<p><strong>Phụ huynh đánh giá bữa ăn bán trú của bé?</strong></p>"
        '<ul class="wp-polls-ul"><li><input type="radio" name="poll_3" value="11"> Rất hài lòng</li><li><input type="radio" name="poll_3" value="12"> Hài lòng</li><li><input type="radio" name="poll_3" value="13"> Cần cải thiện</li></ul>'
        '<p><input type="button" class="Buttons" value="Bình chọn"></p></form></div>'
    )
    return (
        _widget("heading", '<h3 class="elementor-heading-title elementor-size-default">Tin nổi bật</h3>', "sb-h1")
        + _widget("icon-list", hot, "sb-hot")
        + _widget("heading", '<h3 class="elementor-heading-title elementor-size-default">Thống kê truy cập</h3>', "sb-h2")
        + _widget("shortcode", counter, "sb-counter")
        + _widget("heading", '<h3 class="elementor-heading-title elementor-size-default">Thăm dò ý kiến</h3>', "sb-h3")
        + _widget("shortcode", poll, "sb-poll")
        + _widget("heading", '<h3 class="elementor-heading-title elementor-size-default">Liên kết</h3>', "sb-h4")
        + _widget("icon-list", links, "sb-links")
    )


def _page(request: Request, title: str, body: str, body_class: str, head: str = "", desc: str = "") -> Response:
    meta_desc = f'<meta name="description" content="{esc(desc)}" />' if desc else ""
    doc = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{meta_desc}
<meta name="robots" content="index, follow, max-image-preview:large" />
{head}
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="/feed/" />
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4" media="all" />
<link rel="stylesheet" id="jet-engine-frontend-css" href="/wp-content/plugins/jet-engine/assets/css/frontend.css?ver=3.5.6" media="all" />
<link rel="https://api.w.org/" href="{base_url(request)}/wp-json/" />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.6.2" />
<meta name="generator" content="Elementor 3.25.4; features: e_font_icon_svg, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
</head>
<body class="{body_class} elementor-default elementor-kit-7">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
{_header()}
{body}
{_footer()}
<script id="jet-engine-frontend-js-extra">var JetEngineSettings = {{"ajaxurl":"\\/wp-admin\\/admin-ajax.php","ajaxlisting":"\\/hoat-dong\\/?nocache=1764921600","restNonce":"3f1d2c9a8b","hoverActionTimeout":"400"}};</script>
<script src="/wp-content/plugins/jet-engine/assets/js/frontend.js?ver=3.5.6" id="jet-engine-frontend-js"></script>
</body>
</html>"""
    return html(doc, headers={"Link": f'<{base_url(request)}/wp-json/>; rel="https://api.w.org/"'})


def _card(story: Story, seed: str) -> str:
    """One JetEngine listing item (listing template 482): image, date, title, excerpt, button."""
    d = _posted(story)
    thumb = re.sub(r"(-\d+x\d+)?\.jpg$", "-300x200.jpg", story.images[0].src) if story.images else f"{UP}/2024/08/mac-dinh-tin-tuc-300x200.jpg"
    link = _perma(story)
    pieces = [
        _widget("jet-listing-dynamic-image", f'<div class="jet-listing jet-listing-dynamic-image"><a href="{link}" class="jet-listing-dynamic-image__link"><img width="300" height="200" src="{thumb}" class="jet-listing-dynamic-image__img attachment-medium size-medium wp-post-image" alt="" loading="lazy" /></a></div>', (seed, story.id, 1)),
        _widget("jet-listing-dynamic-field", f'<div class="jet-listing jet-listing-dynamic-field display-inline"><div class="jet-listing-dynamic-field__inline-wrap"><i aria-hidden="true" class="far fa-calendar-alt jet-listing-dynamic-field__icon"></i><div class="jet-listing-dynamic-field__content">{d.day:02d} Th{d.month}, {d.year}</div></div></div>', (seed, story.id, 2)),
        _widget("jet-listing-dynamic-link", f'<div class="jet-listing jet-listing-dynamic-link"><a href="{link}" class="jet-listing-dynamic-link__link"><span class="jet-listing-dynamic-link__label">{_t(story, story.title)}</span></a></div>', (seed, story.id, 3)),
        _widget("jet-listing-dynamic-field", f'<div class="jet-listing jet-listing-dynamic-field display-multiline"><div class="jet-listing-dynamic-field__content">{esc(story.summary) if story.sapo_outside else _auto_excerpt(story, 20)}</div></div>', (seed, story.id, 4)),
        _widget("jet-listing-dynamic-link", f'<div class="jet-listing jet-listing-dynamic-link"><a href="{link}" class="jet-listing-dynamic-link__link"><span class="jet-listing-dynamic-link__label">Xem chi tiết</span><i class="fas fa-angle-double-right jet-listing-dynamic-link__icon"></i></a></div>', (seed, story.id, 5)),
    ]
    pid = story.opts["id"]
    return (
        f'<div class="jet-listing-grid__item jet-listing-dynamic-post-{pid}" data-post-id="{pid}">'
        f'<div data-elementor-type="jet-listing-items" data-elementor-id="482" class="elementor elementor-482">'
        f'<div class="elementor-element elementor-element-1f3e5a7 e-flex e-con-boxed e-con e-parent" data-id="1f3e5a7" data-element_type="container"><div class="e-con-inner">{"".join(pieces)}</div></div>'
        "</div></div>"
    )


def _grid(stories: list[Story], seed: str, nav: dict | None = None, page: int = 1, pages: int = 1) -> str:
    nav_attr = esc(json.dumps(nav or {"enabled": False, "type": None, "more_el": None}, ensure_ascii=False, separators=(",", ":")))
    items = "".join(_card(s, seed) for s in stories)
    return (
        '<div class="jet-listing-grid jet-listing">'
        f'<div class="jet-listing-grid__items grid-col-desk-3 grid-col-tablet-2 grid-col-mobile-1 jet-listing-grid--482" data-queried-id="{seed}" '
        f'data-nav="{nav_attr}" data-page="{page}" data-pages="{pages}" data-listing-source="posts" data-listing-id="482" data-query-id="">{items}</div></div>'
    )


def _breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    parts = []
    for label, href in crumbs:
        if href:
            parts.append(f'<span><a href="{href}">{esc(label)}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{label}</span>')
    return _widget("breadcrumbs", f'<p id="breadcrumbs"><span>{" » ".join(parts)}</span></p>', crumbs[-1][0])


def _main_with_sidebar(main: str, seed: str) -> str:
    return _section([main, _sidebar()], seed, (66, 33))


# --- the single post -------------------------------------------------------------------------


def _related(story: Story) -> list[Story]:
    return [s for s in _in_term(story.cat) if s is not story][:3]


def _itemprop(prop: str) -> str:
    return f' itemprop="{prop}"' if prop else ""


def _single(request: Request, story: Story) -> Response:
    pid = story.opts["id"]
    posted = _posted(story)
    link = _perma(story)
    b = base_url(request)
    terms = _terms(story)
    first_img = story.images[0].src if story.images else f"{UP}/2024/08/mac-dinh-tin-tuc.jpg"
    featured = re.sub(r"-\d+x\d+\.jpg$", ".jpg", first_img)
    utc = posted.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    modified = story.opts.get("modified")
    mod_utc = (datetime.fromisoformat(modified + "T10:12:00+07:00").astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")) if modified else utc
    desc = story.summary if story.sapo_outside else re.sub(r"\s*\[&hellip;\]$", "…", _auto_excerpt(story))
    title_html = _t(story, story.title)
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": b + link, "url": b + link, "name": f"{story.title} - {SITE}", "datePublished": utc, "dateModified": mod_utc, "inLanguage": "vi"},
            {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": b + "/"}, {"@type": "ListItem", "position": 2, "name": "Tin tức", "item": b + "/hoat-dong/"}, {"@type": "ListItem", "position": 3, "name": TERMS[story.cat], "item": f"{b}/danh-muc-tin/{story.cat}/"}, {"@type": "ListItem", "position": 4, "name": story.title}]},
            {"@type": "Organization", "name": SITE, "url": b + "/"},
        ],
    }
    head = (
        f'<link rel="canonical" href="{b}{link}" />\n'
        f'<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{title_html} - {SITE}" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n'
        f'<meta property="og:url" content="{b}{link}" />\n<meta property="og:site_name" content="{SITE}" />\n'
        f'<meta property="article:publisher" content="https://www.facebook.com/mnhoaphuong.haichau" />\n'
        f'<meta property="article:published_time" content="{utc}" />\n<meta property="article:modified_time" content="{mod_utc}" />\n'
        f'<meta property="og:image" content="{b}{featured}" />\n<meta name="twitter:card" content="summary_large_image" />\n'
        f'<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="{esc(story.opts.get("account", "bbt_hoaphuong"))}" />\n'
        f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        f'<link rel="alternate" title="JSON" type="application/json" href="{b}/wp-json/wp/v2/tin-tuc/{pid}" />\n'
        f"<link rel='shortlink' href='{b}/?p={pid}' />\n"
        f'<style id="elementor-post-{pid}-bg">.elementor-2210 .elementor-element.elementor-element-5a1c2e7:not(.elementor-motion-effects-element-type-background){{background-image:url("{featured}");}}</style>'
    )
    # hero: featured image as the section background, breadcrumb, title
    hero = (
        '<section class="elementor-section elementor-top-section elementor-element elementor-element-5a1c2e7 elementor-section-boxed elementor-section-height-min-height" data-id="5a1c2e7" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">'
        '<div class="elementor-background-overlay"></div><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-7b0e2f1" data-id="7b0e2f1" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">'
        + _breadcrumb([("Trang chủ", "/"), ("Tin tức", "/hoat-dong/"), (TERMS[story.cat], f"/danh-muc-tin/{story.cat}/"), (title_html, None)])
        + _widget("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">{title_html}</h1>', "title", " elementor-page-title elementor-widget-heading")
        + "</div></div></div></section>"
    )
    meta_parts = []
    if story.opts.get("event"):
        meta_parts.append(
            _widget("jet-listing-dynamic-field", f'<div class="jet-listing jet-listing-dynamic-field display-inline"><div class="jet-listing-dynamic-field__inline-wrap"><i aria-hidden="true" class="far fa-clock jet-listing-dynamic-field__icon"></i><div class="jet-listing-dynamic-field__content">Ngày tổ chức: {story.opts["event"]}</div></div></div>', "event", " ttin-meta")
        )
    term_links = ", ".join(f'<a href="/danh-muc-tin/{t}/" class="elementor-post-info__terms-list-item">{esc(TERMS[t])}</a>' for t in sorted(terms))
    info = [
        ("date", "fas fa-calendar", f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">{_vi_date(posted)}</span>', "datePublished"),
        ("time", "far fa-clock", f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time">{_vi_time(posted)}</span>', "datePublished"),
        ("author", "far fa-user-circle", f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">{esc(story.opts.get("account", "bbt_hoaphuong"))}</span>', "author"),
        ("terms", "fas fa-tags", f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list">{term_links}</span></span>', "about"),
    ]
    if modified:
        info.append(("custom", "fas fa-sync-alt", f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-custom">Cập nhật: {_vi_date(datetime.fromisoformat(modified))}</span>', ""))
    lis = "".join(
        f'<li class="elementor-icon-list-item elementor-repeater-item-{_eid("pi", k)} elementor-inline-item"{_itemprop(prop)}>'
        f'<span class="elementor-icon-list-icon"><i aria-hidden="true" class="{icon}"></i></span>{span}</li>'
        for k, icon, span, prop in info
    )
    meta_parts.append(_widget("post-info", f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">{lis}</ul>', "postinfo"))
    excerpt = esc(story.summary) if story.sapo_outside else _auto_excerpt(story)
    meta_parts.append(_widget("theme-post-excerpt", f"<p>{excerpt}</p>" if story.sapo_outside else excerpt, "excerpt", " elementor-widget-post-excerpt"))
    content = _widget("theme-post-content", _content(story), "content")
    after = []
    for key, label, value in (("writer", "Người viết: ", story.opts.get("writer")), ("photo", "Ảnh: ", story.opts.get("photo")), ("source", "Nguồn tin: ", story.opts.get("source"))):
        if value:
            after.append(
                _widget("jet-listing-dynamic-field", f'<div class="jet-listing jet-listing-dynamic-field display-inline"><div class="jet-listing-dynamic-field__inline-wrap"><div class="jet-listing-dynamic-field__content">{label}{esc(value)}</div></div></div>', key, " nv-bt")
            )
    gal = [img for img in story.images if img.style == "jetgallery"]
    if gal:
        items = "".join(
            f'<div class="jet-engine-gallery-grid__item"><a href="{re.sub(r"-300x225", "", img.src)}" class="jet-engine-gallery-item-wrap jet-engine-gallery-lightbox" data-elementor-open-lightbox="yes" data-elementor-lightbox-slideshow="gallery-{pid}">'
            f'<img width="300" height="225" src="{img.src}" class="jet-engine-gallery-grid__item-img" alt="{_base(img)}" decoding="async" loading="lazy" /></a></div>'
            for img in gal
        )
        after.append(_widget("jet-listing-dynamic-field", f'<div class="jet-listing jet-listing-dynamic-field display-multiline"><div class="jet-listing-dynamic-field__content"><div class="jet-engine-gallery-grid grid-col-desk-3 grid-col-tablet-3 grid-col-mobile-2">{items}</div></div></div>', "gallery"))
    cta = _widget(
        "text-editor",
        '<div style="background:#fff4e0;padding:15px;border-left:4px solid #f39200"><p><strong>Tuyển sinh năm học 2027 – 2028</strong></p>'
        "<p>Trường Mầm non Hoa Phượng nhận hồ sơ trẻ từ 18 tháng đến 5 tuổi. Phụ huynh vui lòng liên hệ văn phòng nhà trường hoặc gọi 0236 3822 456 để được tư vấn.</p></div>",
        "cta",
    )
    enc = f"{b}{link}"
    share = _widget(
        "share-buttons",
        '<div class="elementor-grid">'
        f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button" tabindex="0" aria-label="Chia sẻ trên facebook" data-url="https://www.facebook.com/sharer.php?u={esc(enc)}"><span class="elementor-share-btn__text"><span class="elementor-share-btn__title">Facebook</span></span></div></div>'
        f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_print" role="button" tabindex="0" aria-label="Chia sẻ trên print"><span class="elementor-share-btn__text"><span class="elementor-share-btn__title">In bài</span></span></div></div></div>',
        "share",
    )
    rel = _widget("heading", '<h3 class="elementor-heading-title elementor-size-default">Tin cùng chuyên mục</h3>', "relh") + _widget(
        "jet-listing-grid", _grid(_related(story), f"rel{pid}"), "relgrid"
    )
    main = "".join(meta_parts) + content + "".join(after) + cta + share + rel
    body = (
        f'<main id="content" class="site-main post-{pid} tin-tuc type-tin-tuc status-publish has-post-thumbnail hentry '
        + " ".join(f"danh-muc-tin-{t}" for t in sorted(terms))
        + '">'
        + f'<div data-elementor-type="single-post" data-elementor-id="2210" class="elementor elementor-2210 elementor-location-single post-{pid} tin-tuc type-tin-tuc">'
        + hero
        + _main_with_sidebar(main, "single")
        + "</div></main>"
    )
    body_class = f"tin-tuc-template-default single single-tin-tuc postid-{pid} wp-embed-responsive elementor-page-2210"
    return _page(request, f"{title_html} - {SITE}", body, body_class, head, desc)


# --- listings and pages ----------------------------------------------------------------------


def _pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    out = []
    if page > 1:
        prev = base if page == 2 else f"{base}page/{page - 1}/"
        out.append(f'<a class="page-numbers prev" href="{prev}">&laquo; Trước</a>')
    for n in range(1, pages + 1):
        href = base if n == 1 else f"{base}page/{n}/"
        if n == page:
            out.append(f'<span aria-current="page" class="page-numbers current"><span class="elementor-screen-only">Trang</span>{n}</span>')
        else:
            out.append(f'<a class="page-numbers" href="{href}"><span class="elementor-screen-only">Trang</span>{n}</a>')
    if page < pages:
        out.append(f'<a class="page-numbers next" href="{base}page/{page + 1}/">Sau &raquo;</a>')
    return f'<nav class="elementor-pagination" aria-label="Phân trang">{"".join(out)}</nav>'


def _archive(request: Request, term: str, page: int) -> Response | None:
    stories = _in_term(term)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    base = f"/danh-muc-tin/{term}/"
    name = TERMS[term]
    b = base_url(request)
    head = f'<link rel="canonical" href="{b}{base}{"" if page == 1 else f"page/{page}/"}" />'
    if page > 1:
        head += f'\n<link rel="prev" href="{b}{base if page == 2 else f"{base}page/{page - 1}/"}" />'
    if page < pages:
        head += f'\n<link rel="next" href="{b}{base}page/{page + 1}/" />'
    head += f'\n<link rel="alternate" type="application/rss+xml" title="Dòng thông tin {esc(name)}" href="{base}feed/" />'
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Tin tức", "/hoat-dong/"), (esc(name) + (f" - Trang {page}" if page > 1 else ""), None)])
        + _widget("theme-archive-title", f'<h1 class="elementor-heading-title elementor-size-default">Danh mục tin: {esc(name)}</h1>', "atitle")
        + _widget("jet-listing-grid", _grid(chunk, f"term-{term}", page=page, pages=pages), "agrid")
        + _widget("jet-listing-grid-pagination", _pagination(base, page, pages), "apag")
    )
    title = f"{esc(name)} Archives{f' - Trang {page} trên {pages}' if page > 1 else ''} - {SITE}"
    return _page(request, title, _main_with_sidebar(main, "archive"), f"archive tax-danh-muc-tin term-{term} elementor-page-2301", head)


def _ajax_nav() -> dict:
    return {
        "enabled": True, "type": "loadmore", "more_el": "#tai-them-hd",
        "query": {"post_status": ["publish"], "post_type": "tin-tuc", "posts_per_page": GRID_FIRST, "paged": 1, "orderby": "date", "order": "DESC", "suppress_filters": False, "jet_smart_filters": "jet-engine/default"},
        "widget_settings": {"lisitng_id": "482", "posts_num": GRID_FIRST, "columns": 3, "columns_tablet": 2, "columns_mobile": 1, "is_archive_template": "", "post_status": ["publish"], "use_random_posts_num": "", "max_posts_num": 9, "not_found_message": "Chưa có bài viết", "is_masonry": False, "equal_columns_height": "", "use_load_more": "yes", "load_more_id": "tai-them-hd", "load_more_type": "click", "use_custom_post_types": "yes", "custom_post_types": ["tin-tuc"], "hide_widget_if": "", "carousel_enabled": "", "slides_to_scroll": "1", "arrows": "true", "arrow_icon": "fa fa-angle-left", "dots": "", "autoplay": "true", "autoplay_speed": 5000, "infinite": "true", "center_mode": "", "effect": "slide", "speed": 500, "inject_alternative_items": "", "scroll_slider_enabled": "", "scroll_slider_on": ["desktop", "tablet", "mobile"], "custom_query": False, "custom_query_id": "", "_element_id": "", "collapse_first_last_gap": False, "list_tag_selection": "", "list_items_wrapper_tag": "div", "list_item_tag": "div", "empty_items_wrapper_tag": "div"},
        "page": 1, "pages": -(-len(STORIES) // GRID_FIRST),
    }  # fmt: skip


def _hoat_dong(request: Request) -> Response:
    pages = -(-len(STORIES) // GRID_FIRST)
    grid = _grid(STORIES[:GRID_FIRST], "hd-482", _ajax_nav(), 1, pages)
    button = _widget(
        "button",
        '<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="#" id="tai-them-hd">'
        '<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Tải thêm</span></span></a></div>',
        "loadmore",
    )
    intro = _widget("text-editor", "<p>Cập nhật hoạt động hằng ngày của các bé và các sự kiện, thông báo của nhà trường.</p>", "hd-intro")
    tabs = _widget("icon-list", _icon_list([f'<a href="/danh-muc-tin/{k}/">{esc(v)}</a>' for k, v in TERMS.items()], "fas fa-folder"), "hd-terms")
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Tin tức – Hoạt động", None)])
        + _widget("heading", '<h1 class="elementor-heading-title elementor-size-default">Tin tức – Hoạt động</h1>', "hd-title")
        + intro + tabs + _widget("jet-listing-grid", grid, "hd-grid") + button
    )
    b = base_url(request)
    body = f'<div data-elementor-type="wp-page" data-elementor-id="205" class="elementor elementor-205">{_main_with_sidebar(main, "hd")}</div>'
    return _page(request, f"Tin tức – Hoạt động - {SITE}", body, "page-template-default page page-id-205 elementor-page elementor-page-205", f'<link rel="canonical" href="{b}/hoat-dong/" />')


def _ajax(request: Request) -> Response | None:
    if request.method != "POST":
        return Response(400, "0", {"Content-Type": "text/html; charset=UTF-8"})
    form = request.form
    if form.get("action") != "jet_engine_ajax" or form.get("handler") != "listing_load_more":
        return Response(400, "0", {"Content-Type": "text/html; charset=UTF-8"})
    try:
        page = int(form.get("page", "2"))
    except ValueError:
        page = 2
    chunk = STORIES[(page - 1) * GRID_FIRST : page * GRID_FIRST]
    payload = {"success": True, "data": {"html": "".join(_card(s, "hd-482") for s in chunk), "fragments": []}}
    text = json.dumps(payload, ensure_ascii=False).replace("/", "\\/")
    return Response(200, text, {"Content-Type": "application/json; charset=UTF-8"})


def _home(request: Request) -> Response:
    slides = _widget(
        "slides",
        '<div class="elementor-slides-wrapper elementor-main-swiper swiper" dir="ltr" data-animation="fadeInUp"><div class="swiper-wrapper elementor-slides">'
        f'<div class="elementor-repeater-item-a1 swiper-slide"><div class="swiper-slide-bg" style="background-image:url({UP}/2024/08/slide-san-truong.jpg)"></div><div class="swiper-slide-inner"><div class="swiper-slide-contents"><div class="elementor-slide-heading">Chào mừng đến với {SITE}</div><div class="elementor-slide-description">Yêu thương – An toàn – Sáng tạo</div><a href="/gioi-thieu/" class="elementor-button elementor-slide-button elementor-size-sm">Tìm hiểu thêm</a></div></div></div>'
        f'<div class="elementor-repeater-item-a2 swiper-slide"><div class="swiper-slide-bg" style="background-image:url({UP}/2024/08/slide-lop-hoc.jpg)"></div><div class="swiper-slide-inner"><div class="swiper-slide-contents"><div class="elementor-slide-heading">Tuyển sinh năm học 2027 – 2028</div><a href="/lien-he/" class="elementor-button elementor-slide-button elementor-size-sm">Liên hệ</a></div></div></div>'
        "</div></div>",
        "home-slides",
    )
    about = _widget("text-editor", f'<p>{SITE} được thành lập năm 1998, hiện có 14 nhóm, lớp với gần 450 trẻ. <a href="/gioi-thieu/">Xem thêm »</a></p>', "home-about")
    news = _widget("heading", '<h2 class="elementor-heading-title elementor-size-default"><a href="/hoat-dong/">Tin mới</a></h2>', "home-h1") + _widget("jet-listing-grid", _grid(STORIES[:4], "home-482"), "home-grid")
    notices = _in_term("thong-bao")
    tb = _widget("heading", '<h2 class="elementor-heading-title elementor-size-default">Thông báo</h2>', "home-h2") + _widget(
        "icon-list", _icon_list([f'<a href="{_perma(s)}">{esc(s.title)}</a> <em>({_posted(s):%d/%m/%Y})</em>' for s in notices], "fas fa-bullhorn"), "home-tb"
    )
    body = f'<div data-elementor-type="wp-page" data-elementor-id="8" class="elementor elementor-8">{_section([slides], "home-s")}{_section([about], "home-a")}{_main_with_sidebar(news + tb, "home")}</div>'
    b = base_url(request)
    return _page(request, f"{SITE} – Quận Hải Châu, Đà Nẵng", body, "home page-template-default page page-id-8 elementor-page elementor-page-8", f'<link rel="canonical" href="{b}/" />', f"Website {SITE}, quận Hải Châu, TP. Đà Nẵng.")


PAGES = {
    "/gioi-thieu/": ("Giới thiệu chung", 31, [
        f"{SITE} được thành lập theo Quyết định số 1245/QĐ-UBND ngày 15/8/1998 của UBND quận Hải Châu.",
        "Trường hiện có 14 nhóm, lớp với gần 450 trẻ từ 18 tháng đến 5 tuổi; 100% giáo viên đạt trình độ chuẩn và trên chuẩn.",
        "Trường đạt chuẩn Quốc gia mức độ 2 và Kiểm định chất lượng giáo dục cấp độ 3 năm 2022.",
    ]),
    "/doi-ngu-giao-vien/": ("Đội ngũ giáo viên", 33, [
        "Hiệu trưởng: Trần Thị Bích Ngọc.",
        "Phó Hiệu trưởng: Nguyễn Thị Lan Anh, Hoàng Thị Thu Trang.",
        "Tổng số cán bộ, giáo viên, nhân viên: 46 người.",
    ]),
    "/thuc-don/": ("Thực đơn tuần", 35, [
        "Thứ Hai | Cơm, thịt kho trứng cút, canh bí đỏ | Sữa chua",
        "Thứ Ba | Cơm, cá basa chiên, canh cải ngọt | Chuối",
        "Thứ Tư | Bún bò | Sữa tươi",
        "Thứ Năm | Cơm, gà xào nấm, canh rau dền | Thanh long",
        "Thứ Sáu | Cháo tôm bí xanh | Bánh flan",
    ]),
    "/thu-vien-anh/": ("Thư viện ảnh", 37, []),
    "/lien-he/": ("Liên hệ", 39, [
        "Địa chỉ: 58 Lê Lợi, phường Thạch Thang, quận Hải Châu, TP. Đà Nẵng.",
        "Điện thoại: 0236 3822 456.",
        "Email: mnhoaphuong.haichau@danang.edu.vn",
    ]),
}  # fmt: skip


def _static_page(request: Request, path: str) -> Response:
    title, pid, lines = PAGES[path]
    if path == "/thu-vien-anh/":
        pics = "".join(
            f'<div class="gallery-item"><a href="{UP}/2026/11/album-{i}.jpg" data-elementor-open-lightbox="yes" data-elementor-lightbox-slideshow="album"><img src="{UP}/2026/11/album-{i}-300x300.jpg" alt="" loading="lazy"></a></div>'
            for i in range(1, 7)
        )
        inner = _widget("image-gallery", f'<div class="elementor-image-gallery"><div id="gallery-1" class="gallery galleryid-{pid} gallery-columns-3 gallery-size-medium">{pics}</div></div>', "album")
    elif path == "/thuc-don/":
        rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in line.split(" | ")) + "</tr>" for line in lines)
        inner = _widget("text-editor", f"<p>Thực đơn tuần 1 tháng 12/2026</p><table><tbody><tr><th>Ngày</th><th>Bữa trưa</th><th>Bữa xế</th></tr>{rows}</tbody></table>", "menu")
    elif path == "/lien-he/":
        form = (
            '<form class="elementor-form" method="post" name="Liên hệ"><input type="hidden" name="post_id" value="39"><input type="hidden" name="form_id" value="4c2b9e1">'
            '<input type="text" name="form_fields[name]" placeholder="Họ và tên"><input type="email" name="form_fields[email]" placeholder="Email">'
            '<textarea name="form_fields[message]" placeholder="Nội dung"></textarea><button type="submit" class="elementor-button">Gửi</button></form>'
        )
        inner = _widget("text-editor", "".join(f"<p>{esc(x)}</p>" for x in lines), "contact") + _widget("form", form, "cform")
    else:
        inner = _widget("text-editor", "".join(f"<p>{esc(x)}</p>" for x in lines), path)
    main = (
        _breadcrumb([("Trang chủ", "/"), (esc(title), None)])
        + _widget("heading", f'<h1 class="elementor-heading-title elementor-size-default">{esc(title)}</h1>', path)
        + inner
    )
    body = f'<div data-elementor-type="wp-page" data-elementor-id="{pid}" class="elementor elementor-{pid}">{_main_with_sidebar(main, path)}</div>'
    b = base_url(request)
    return _page(request, f"{esc(title)} - {SITE}", body, f"page-template-default page page-id-{pid} elementor-page elementor-page-{pid}", f'<link rel="canonical" href="{b}{path}" />')


def _search(request: Request, q: str) -> Response:
    main = _widget("heading", f'<h1 class="elementor-heading-title elementor-size-default">Kết quả tìm kiếm cho: {esc(q)}</h1>', "s") + _widget(
        "text-editor", "<p>Không tìm thấy bài viết nào phù hợp.</p>", "s2"
    )
    return _page(request, f"Bạn đã tìm kiếm {esc(q)} - {SITE}", _main_with_sidebar(main, "search"), "search search-no-results", '<meta name="robots" content="noindex, follow" />')


def _feed(request: Request) -> Response:
    b = base_url(request)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{SITE}</title><atom:link href=\"{b}/feed/\" rel=\"self\" type=\"application/rss+xml\" /><link>{b}</link>"
        "<description>Yêu thương – An toàn – Sáng tạo</description><lastBuildDate>Fri, 04 Dec 2026 08:20:00 +0000</lastBuildDate>"
        "<language>vi</language><generator>https://wordpress.org/?v=6.6.2</generator></channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _rest(story: Story) -> Response:
    data = {
        "id": story.opts["id"], "date": _posted(story).strftime("%Y-%m-%dT%H:%M:%S"), "slug": story.slug, "status": "publish",
        "type": "tin-tuc", "link": _perma(story), "title": {"rendered": _t(story, story.title)},
        "danh-muc-tin": [list(TERMS).index(t) + 4 for t in _terms(story)],
    }  # fmt: skip
    return Response(200, json.dumps(data, ensure_ascii=False).replace("/", "\\/"), {"Content-Type": "application/json; charset=UTF-8"})


class Site:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path == "/":
            if "tin-tuc" in params:
                story = BY_SLUG.get(params["tin-tuc"])
                return _single(request, story) if story else None
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(_perma(story), 301) if story else None
            if "s" in params:
                return _search(request, params["s"])
            return _home(request) if not request.query else None
        if request.query:  # WordPress ignores unknown params, this fixture serves none
            return None
        if path == "/wp-admin/admin-ajax.php":
            return _ajax(request)
        if path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if path.endswith("thong-bao-thu-hk1-2026.pdf") else None
        if path.startswith(("/wp-content/", "/wp-includes/")):
            return static_file(path)
        if path == "/hoat-dong/":
            return _hoat_dong(request)
        if path in PAGES:
            return _static_page(request, path)
        if path == "/feed/":
            return _feed(request)
        if m := re.fullmatch(r"/wp-json/wp/v2/tin-tuc/(\d+)", path):
            story = BY_ID.get(int(m.group(1)))
            return _rest(story) if story else None
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)(/?)", path):
            story = BY_SLUG.get(m.group(1))
            if not story:
                return None
            return _single(request, story) if m.group(2) else redirect(_perma(story), 301)
        if m := re.fullmatch(r"/danh-muc-tin/([a-z-]+)/(?:page/(\d+)/)?", path):
            term, page = m.group(1), m.group(2)
            if term not in TERMS:
                return None
            if page == "1":
                return redirect(f"/danh-muc-tin/{term}/", 301)
            return _archive(request, term, int(page or 1))
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alts = [f"/?tin-tuc={story.slug}"] if story.slug in FEATURED else []
    return gold_record(story, _perma(story), TERMS[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = list(PAGES)
