"""A school site rebuilt by alumni as a SvelteKit app over a headless Directus CMS.

Platform imitated
-----------------
Trường THPT Mỹ Thuận (tỉnh Vĩnh Long, after the 2025 merger of Vĩnh Long, Bến Tre and Trà Vinh).
In 2025 a group of alumni replaced the school's old PHP site with a SvelteKit 2 / Svelte 5 app
(server-side rendered, ``adapter-node``) reading posts from a Directus API at
``cms.thptmythuan.edu.vn``; styling is Tailwind CSS utilities plus Svelte's hashed scope classes.
Every element a component renders carries its component's scope class (``svelte-8hd2k1``) beside
utility classes (``mx-auto max-w-3xl px-4``); the only hand-written class names are ``prose``
(the Tailwind typography wrapper around the rich text) and ``card`` (the list cards). Svelte 5
prints its hydration markers (``<!--[-->``, ``<!--]-->``, ``<!---->``) all over the markup. The
rich text inside ``prose`` is Directus's WYSIWYG (TinyMCE) HTML, printed with ``{@html}``, so it
carries no scope classes. Images live on the Directus host (``/assets/<uuid>?key=w1200``) and
are printed as absolute URLs to that host.

URL scheme and page kinds
-------------------------
- ``/``: home: a hero (newest feed post), "Tin tức mới" (6 cards), a "Hoạt động Đoàn" and a
  "Học tập" row (3 cards each), the sidebar.
- ``/tin-tuc``: the news feed, 9 cards a page, newest first; ``/tin-tuc?trang=2`` is page 2. The
  pager writes page 1 as ``/tin-tuc?trang=1`` (the very same list as ``/tin-tuc``), page 3 and
  beyond is the app's 404 error page. The feed shows only the current school year (Directus filter
  ``nam_hoc = 2026-2027``) and leaves out the "Thông báo" category, which has its own list.
- ``/tin-tuc/danh-muc/<slug>``: category lists (``hoat-dong-doan``, ``hoc-tap``, ``thong-bao``),
  same cards, same school-year filter, 9 a page (each fits on one page: no pager printed).
- ``/tin-tuc/<slug>``: a post. ``/tin-tuc/<slug>?/`` serves the same page: the comments box has a
  ``<form method="POST" action="?/">`` and a "Tải lại bình luận" link ``href="?/"`` (a GET of
  a page with an empty form-action query is just the page). Each post prints
  ``<link rel="canonical">`` to ``/tin-tuc/<slug>``; the twin is listed in ``alt_paths``.
- ``/bai-viet/<id>``: the old numeric route of the previous site, kept as a 308 redirect to the
  slug. Two bodies still link that way (``/bai-viet/214`` in post 215, ``/bai-viet/198`` in post
  228).
- ``/tin-tuc/<slug>/__data.json``: SvelteKit's data endpoint (JSON), named only inside the inline
  hydration script, never in an ``<a>``.
- ``/tim-kiem?q=…``: search (header form; the posts' "Từ khóa" chips link searches).
- ``/dang-nhap``: the editors' login form (header link "Đăng nhập").
- ``/gioi-thieu`` (headings and text, no date), ``/lien-he`` (contact form), ``/doi-ngu`` (a staff
  grid of ``card`` boxes with photo, name and role; no links): static pages.
- ``/_app/immutable/…``: the app's hashed JS/CSS; ``/robots.txt`` is SvelteKit's template one.

Every page prints: the header (today's date, TODAY), the menu, the search form, the sidebar ("Tin
mới": the 5 newest feed posts; "Thông báo": the notices; "Liên kết website"; a visitor counter),
the footer (address, phone, "Bản quyền"), and the inline hydration ``<script>`` whose JSON repeats
every field of the page's post (title, date, author, excerpt, the full HTML body) and the
titles, slugs and excerpts of the listed posts: script, not text.

Post pages: ``<nav aria-label="breadcrumb">`` (Trang chủ / Tin tức / <category>), ``<h1>``, the
excerpt as a lead paragraph when the post has one (Directus field ``tom_tat``), the meta row
``<time datetime="2026-11-21T16:20:00+07:00">21 tháng 11, 2026</time>``, the author field (a
``<span>``, left out when empty), the views, the category chip; the cover ``<figure>`` (with a
``<figcaption>`` when the editor wrote one); ``<div class="prose prose-lg">`` with the body;
"Từ khóa" chips; a share row of icon-only links (``aria-label="Chia sẻ Facebook"``, "Chia sẻ
Zalo", a copy-link button); "Bài viết liên quan" cards (up to 3 posts of the same category: the
older ones nearest first, then the newer ones); the comments box.

Reaching the gold
-----------------
- Home, sidebar and /tin-tuc page 1: the 9 newest feed posts (231 … 214).
- 209 (Ngày hội chào đón tân học sinh) is on ``/tin-tuc?trang=2`` and the Đoàn category page
  only.
- 230 and 222 (notices) are in the sidebar box "Thông báo" and on ``/tin-tuc/danh-muc/thong-bao``.
- 198 (last year's provincial HSG results) is in no list (the school-year filter): only in the
  "Bài viết liên quan" cards of the older "Học tập" posts (219, 215, 214) and behind
  ``/bai-viet/198`` (308) in post 228.

Traps
-----
Hashed scope classes everywhere (nothing semantic to key on); ``/tin-tuc?trang=1`` equal to
``/tin-tuc``; the ``?/`` twins; the 308 numeric route; search pages listing cards of posts; the
login page; the hydration JSON in scripts (full post bodies, other posts' excerpts) and the
``__data.json`` endpoints; icon-only share links; the staff grid's ``card`` boxes; list cards whose
excerpt is the lead of the post.

Gold decisions
--------------
- Title: the ``<h1>`` (the ``<title>`` adds " | THPT Mỹ Thuận").
- Date: the day the meta row prints ("5 tháng 9, 2026"), as printed: its ``<time datetime>``
  holds a time the page never shows, which the house convention leaves out (as in
  easyblog_joomla_thcs and hubspot_school). Harmonised after the first crawl: the helper's gold
  first took the datetime's time.
- Authors: the meta row's author field when it is a person (a title "ThS." dropped) or a unit
  that alone fills it ("Đoàn trường", "Tổ Ngữ văn", "Tổ Văn phòng", "Bộ phận Kế toán");
  ``admin`` (the Directus account) or an empty field credits nobody, and then a byline at the end
  of the body decides ("Bài: X - Ảnh: Y": X author, Y photographer; "Tin, ảnh: X": both). A
  "Nguồn: Báo Vĩnh Long" line is the source. Bylines, source lines and "File đính kèm" lines are
  not body text.
- Summary: the lead paragraph printed under the headline (``tom_tat``), also the body's first
  paragraph; None when the post has no lead (lists then show a cut of the body: not a summary).
- Body: the ``prose`` block's paragraphs, headings, list items and table rows (cells joined by
  " | "); the lead first when there is one. Image captions, bylines, the source line and the
  "File đính kèm" line stay out; a sentence with an old ``/bai-viet/N`` link in it ("(xem bài)",
  "(xem tin tại đây)") is text, the link's words included. Post 217's body was pasted decomposed
  (NFD) and post 198's (migrated from the old site) mixes entities with raw UTF-8: gold is NFC.
- Images: the cover first, then the body's images in order; captions from ``<figcaption>`` or the
  italic centred line right under a body image; a figcaption that is only a Zalo file name is no
  caption; related-card thumbnails, staff photos and the logo are not article images.
- Category: the category chip of the meta row (the breadcrumb's last item says the same).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from urllib.parse import parse_qs, quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "sveltekit_thpt"
PLATFORM = "SvelteKit (adapter-node) + Directus headless CMS"
START_PATH = "/"
SITE = "THPT Mỹ Thuận"
CMS = "https://cms.thptmythuan.edu.vn"

CATEGORIES = {
    "hoat-dong-doan": "Hoạt động Đoàn",
    "hoc-tap": "Học tập",
    "thong-bao": "Thông báo",
}
PER_PAGE = 9
CURRENT_YEAR = "2026-2027"


def asset(name: str, key: str = "w1200") -> str:
    """A Directus asset URL: a stable uuid per file name, a transformation preset."""
    h = hashlib.md5(name.encode()).hexdigest()
    uuid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return f"{CMS}/assets/{uuid}?key={key}"


def byline(markup: str) -> Raw:
    """A right-aligned bold line at the end of a body (bylines, sources)."""
    return Raw(f'<p style="text-align: right;"><strong>{markup}</strong></p>')


# --- the posts (Directus collection "bai_viet"), newest first -------------------------------

STORIES: list[Story] = [
    Story(
        231,
        "hoi-trai-tuoi-tre-tri-an-thay-co-chao-mung-ngay-nha-giao-viet-nam-20-11",
        "Hội trại “Tuổi trẻ tri ân thầy cô” chào mừng Ngày Nhà giáo Việt Nam 20/11",
        "hoat-dong-doan",
        "2026-11-21T16:20:00+07:00",
        [
            Img(
                asset("hoi-trai-2026-cover.jpg"),
                "Toàn cảnh khu trại của 27 chi đoàn trong ngày khai mạc",
                "Toàn cảnh khu trại của 27 chi đoàn trong ngày khai mạc",
                style="cover",
            ),
            P(
                "Trong hai ngày 19 và 20/11/2026, Đoàn trường THPT Mỹ Thuận tổ chức Hội trại "
                "“Tuổi trẻ tri ân thầy cô” chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. Hội trại "
                "thu hút 27 chi đoàn với gần 1.100 đoàn viên tham gia."
            ),
            P(
                "Phát biểu khai mạc, thầy Nguyễn Hoàng Phúc, Phó Hiệu trưởng nhà trường, ghi nhận "
                "sự chuẩn bị công phu của các chi đoàn và mong muốn mỗi trại là một món quà ý nghĩa "
                "mà các em dành tặng quý thầy cô."
            ),
            P("Các nội dung của hội trại", "h2"),
            P("Thi dựng trại và trang trí cổng trại theo chủ đề “Thầy cô – người đưa đò”.", "li"),
            P("Thi văn nghệ, kịch ngắn và nhảy dân vũ giữa các khối lớp.", "li"),
            P("Trò chơi lớn “Hành trình tri ân” với 8 trạm thử thách.", "li"),
            P("Đêm lửa trại và chương trình “Lời tri ân” gửi thầy cô.", "li"),
            Img(
                asset("hoi-trai-2026-cong-trai.jpg"),
                "Cổng trại của Chi đoàn 11A3 đạt giải Nhất",
                "Cổng trại của Chi đoàn 11A3 đạt giải Nhất",
                style="figure",
            ),
            P(
                "Phần thi dựng trại diễn ra sôi nổi ngay từ sáng 19/11. Nhiều chi đoàn tận dụng "
                "vật liệu tái chế như tre, lá dừa, chai nhựa để trang trí, vừa tiết kiệm vừa thể "
                "hiện tinh thần bảo vệ môi trường."
            ),
            P(
                "Tối 20/11, đêm lửa trại khép lại hội trại trong không khí ấm áp. Nhiều tiết mục "
                "văn nghệ do chính học sinh sáng tác đã khiến quý thầy cô xúc động."
            ),
            Img(asset("hoi-trai-2026-lua-trai.jpg"), None, None, style="plain"),
            P("Kết quả", "h2"),
            P("Giải Nhất toàn đoàn: Chi đoàn 11A3.", "li"),
            P("Giải Nhì: Chi đoàn 12A1, 10A5.", "li"),
            P("Giải Ba: Chi đoàn 12C2, 11A1, 10A2.", "li"),
            P("Ban Tổ chức cũng trao giải phong cách cho 5 chi đoàn có phần trình diễn ấn tượng."),
        ],
        authors=["Đoàn trường"],
        opts={"author": "Đoàn trường", "tags": ["20/11", "Đoàn thanh niên"]},
    ),
    Story(
        230,
        "thong-bao-lich-nghi-ngay-nha-giao-viet-nam-20-11-2026",
        "Thông báo lịch nghỉ Ngày Nhà giáo Việt Nam 20/11/2026",
        "thong-bao",
        "2026-11-17T17:05:00+07:00",
        [
            P(
                "Nhà trường thông báo: học sinh toàn trường được nghỉ học ngày Thứ Sáu, "
                "20/11/2026 để tham dự các hoạt động chào mừng Ngày Nhà giáo Việt Nam."
            ),
            P("Các lớp học bình thường từ Thứ Bảy, 21/11/2026 theo thời khóa biểu hiện hành."),
        ],
        authors=["Văn phòng nhà trường"],
        opts={"author": "Văn phòng nhà trường"},
    ),
    Story(
        228,
        "ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-truong-lop-12-nam-hoc-2026-2027",
        "Kết quả kỳ thi chọn học sinh giỏi cấp trường lớp 12 năm học 2026 – 2027",
        "hoc-tap",
        "2026-11-16T10:05:00+07:00",
        [
            Img(asset("hsg-cap-truong-2026.jpg"), None, None, style="cover"),
            P(
                "Ngày 07/11/2026, nhà trường tổ chức kỳ thi chọn học sinh giỏi cấp trường lớp 12 "
                "ở 9 môn văn hóa với 214 thí sinh dự thi. Kỳ thi nhằm tuyển chọn đội tuyển dự thi "
                "cấp tỉnh vào tháng 01/2027."
            ),
            P(
                "Năm học trước, trường có 27 học sinh đạt giải kỳ thi cấp tỉnh (xem tin tại đây). "
                "Năm nay số thí sinh đăng ký tăng 18% so với cùng kỳ.",
                "link:/bai-viet/198:tại đây",
            ),
            P("Bảng tổng hợp kết quả", "h2"),
            P("Môn | Số dự thi | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "th"),
            P("Toán | 32 | 2 | 4 | 6 | 8", "tr"),
            P("Ngữ văn | 28 | 1 | 3 | 5 | 7", "tr"),
            P("Tiếng Anh | 35 | 2 | 5 | 6 | 9", "tr"),
            P("Vật lí | 24 | 1 | 2 | 4 | 6", "tr"),
            P("Hóa học | 22 | 1 | 3 | 3 | 5", "tr"),
            P("Sinh học | 20 | 1 | 2 | 3 | 4", "tr"),
            P("Lịch sử | 19 | 1 | 2 | 3 | 4", "tr"),
            P("Địa lí | 18 | 0 | 2 | 3 | 5", "tr"),
            P("Tin học | 16 | 1 | 1 | 2 | 3", "tr"),
            P(
                "Danh sách chi tiết được niêm yết tại bảng tin nhà trường. Đội tuyển bắt đầu ôn "
                "luyện tập trung từ ngày 23/11/2026."
            ),
        ],
        authors=["Nguyễn Văn Lộc"],
        opts={"author": "ThS. Nguyễn Văn Lộc", "tags": ["học sinh giỏi"]},
    ),
    Story(
        226,
        "ra-quan-huong-ung-ngay-chu-nhat-xanh-lan-thu-iii-nam-2026",
        "Ra quân hưởng ứng “Ngày Chủ nhật xanh” lần thứ III năm 2026",
        "hoat-dong-doan",
        "2026-11-15T09:40:00+07:00",
        [
            Img(
                asset("chu-nhat-xanh-2026.jpg"),
                "Đoàn viên thu gom rác thải dọc tuyến đường trước cổng trường",
                "Đoàn viên thu gom rác thải dọc tuyến đường trước cổng trường",
                style="cover",
            ),
            P(
                "Sáng Chủ nhật 15/11/2026, hơn 300 đoàn viên, thanh niên của trường ra quân hưởng "
                "ứng “Ngày Chủ nhật xanh” lần thứ III do Tỉnh đoàn Vĩnh Long phát động."
            ),
            P(
                "Các em chia thành 12 tổ, dọn vệ sinh khuôn viên trường, tuyến đường liên ấp và "
                "khu vực chợ Mỹ Thuận; trồng mới 150 cây xanh và 200 chậu hoa."
            ),
            Img(
                asset("chu-nhat-xanh-trong-cay.jpg"),
                "Trồng cây xanh tại khuôn viên nhà trường",
                "Trồng cây xanh tại khuôn viên nhà trường",
                style="italic",
            ),
            P(
                "Hoạt động góp phần nâng cao ý thức bảo vệ môi trường, xây dựng cảnh quan "
                "trường học xanh – sạch – đẹp."
            ),
            byline("Tin, ảnh: Trần Quốc Huy"),
        ],
        authors=["Trần Quốc Huy"],
        photographers=["Trần Quốc Huy"],
        opts={"author": "Trần Quốc Huy", "tags": ["Đoàn thanh niên"]},
    ),
    Story(
        224,
        "hoi-thao-chuyen-de-doi-moi-phuong-phap-day-hoc-mon-ngu-van",
        "Hội thảo chuyên đề “Đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018”",
        "hoc-tap",
        "2026-11-10T14:00:00+07:00",
        [
            Img(
                asset("hoi-thao-ngu-van.jpg"),
                "Cô Võ Thị Thanh Trúc trình bày tham luận tại hội thảo",
                "Cô Võ Thị Thanh Trúc trình bày tham luận tại hội thảo",
                style="cover",
            ),
            P(
                "Chiều 06/11/2026, Tổ Ngữ văn tổ chức hội thảo chuyên đề về đổi mới phương pháp "
                "dạy học, tập trung vào dạy đọc hiểu văn bản theo thể loại và đánh giá năng lực."
            ),
            P("Ba tham luận chính", "h2"),
            P("Dạy đọc hiểu truyện ngắn hiện đại theo đặc trưng thể loại.", "li"),
            P("Thiết kế đề kiểm tra đánh giá theo ma trận năng lực.", "li"),
            P("Ứng dụng công nghệ số trong giờ học Ngữ văn.", "li"),
            P(
                "Các ý kiến thảo luận đều thống nhất: giáo viên cần giảm giảng giải, tăng thời "
                "gian để học sinh tự đọc, tự trình bày cách hiểu của mình."
            ),
            P("Kết luận", "h2"),
            P(
                "Tổ chuyên môn sẽ triển khai dạy thử nghiệm các tiết minh họa ở khối 10 và khối 11 "
                "trong học kỳ I, sau đó rút kinh nghiệm trong sinh hoạt tổ."
            ),
        ],
        authors=["Tổ Ngữ văn"],
        summary=(
            "Hội thảo là dịp để giáo viên Tổ Ngữ văn chia sẻ kinh nghiệm dạy học phát triển "
            "năng lực người học theo Chương trình giáo dục phổ thông 2018."
        ),
        sapo_outside=True,
        opts={"author": "Tổ Ngữ văn"},
    ),
    Story(
        222,
        "thong-bao-ve-viec-thu-hoc-phi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo về việc thu các khoản thu học kỳ I năm học 2026 – 2027",
        "thong-bao",
        "2026-11-05T07:30:00+07:00",
        [
            P(
                "Căn cứ Nghị quyết của Hội đồng nhân dân tỉnh Vĩnh Long về mức thu các khoản dịch "
                "vụ phục vụ, hỗ trợ hoạt động giáo dục, nhà trường thông báo đến phụ huynh học sinh "
                "các khoản thu học kỳ I như sau:"
            ),
            P("Bảo hiểm y tế học sinh: 884.520 đồng/em (12 tháng).", "li"),
            P("Tiền nước uống: 60.000 đồng/em/học kỳ.", "li"),
            P("Tiền học tăng tiết buổi chiều: theo thông báo của giáo viên chủ nhiệm.", "li"),
            P(
                "Thời gian thu: từ ngày 09/11 đến hết ngày 27/11/2026, phụ huynh nộp qua tài khoản "
                "của nhà trường hoặc trực tiếp tại Bộ phận Kế toán (phòng 102, dãy A)."
            ),
            P(
                "Học sinh thuộc diện miễn, giảm nộp hồ sơ cho giáo viên chủ nhiệm trước ngày 20/11/2026."
            ),
            Raw(
                '<p>File đính kèm: <a href="'
                + CMS
                + '/assets/8c1e2f40-5a7b-4d0e-9b61-2f3c4d5e6a7b.pdf?download" '
                'target="_blank" rel="noopener">Thong-bao-cac-khoan-thu-HKI-2026-2027.pdf</a></p>'
            ),
        ],
        authors=["Bộ phận Kế toán"],
        opts={"author": "Bộ phận Kế toán"},
    ),
    Story(
        221,
        "chung-ket-hoi-thi-rung-chuong-vang-tim-hieu-ve-an-toan-giao-thong",
        "Chung kết Hội thi “Rung chuông vàng” tìm hiểu về an toàn giao thông",
        "hoat-dong-doan",
        "2026-11-04T15:30:00+07:00",
        [
            Img(
                asset("rung-chuong-vang-2026.jpg"),
                "100 thí sinh bước vào vòng chung kết trên sân trường",
                "100 thí sinh bước vào vòng chung kết trên sân trường",
                style="cover",
            ),
            P(
                "Chiều 02/11/2026, Đoàn trường phối hợp với Đội Cảnh sát giao thông Công an huyện "
                "tổ chức vòng chung kết Hội thi “Rung chuông vàng” tìm hiểu Luật Trật tự, an toàn "
                "giao thông đường bộ năm 2024."
            ),
            P(
                "100 thí sinh xuất sắc nhất từ vòng loại của ba khối lớp lần lượt trả lời 25 câu "
                "hỏi. Sau phần cứu trợ của khán giả, cuộc thi còn lại 4 thí sinh đến câu hỏi cuối."
            ),
            Img(
                asset("rung-chuong-vang-quan-quan.jpg"),
                "Em Lê Minh Thư (lớp 11A1) giành quyền rung chuông vàng",
                "Em Lê Minh Thư (lớp 11A1) giành quyền rung chuông vàng",
                style="figure",
            ),
            P(
                "Em Lê Minh Thư, lớp 11A1, là thí sinh duy nhất vượt qua câu hỏi thứ 25 và rung "
                "chuông vàng. Ban Tổ chức trao giải Nhất và phần thưởng là chiếc mũ bảo hiểm đạt "
                "chuẩn cùng học bổng 1.000.000 đồng."
            ),
            byline("Bài: Lê Thị Ngọc Hân - Ảnh: Phạm Gia Bảo"),
        ],
        authors=["Lê Thị Ngọc Hân"],
        photographers=["Phạm Gia Bảo"],
        opts={"author": "admin", "tags": ["Đoàn thanh niên"]},
    ),
    Story(
        219,
        "hoc-sinh-truong-dat-giai-nhi-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        "Học sinh trường THPT Mỹ Thuận đạt giải Nhì cuộc thi Khoa học kỹ thuật cấp tỉnh",
        "hoc-tap",
        "2026-10-28T08:15:00+07:00",
        [
            Img(
                asset("khkt-2026.jpg"),
                "Hai em Trương Gia Huy và Đặng Ngọc Như Ý bên mô hình dự thi",
                "Hai em Trương Gia Huy và Đặng Ngọc Như Ý bên mô hình dự thi",
                style="cover",
            ),
            P(
                "Dự án “Hệ thống cảnh báo xâm nhập mặn cho ao nuôi tôm sử dụng cảm biến IoT” của "
                "hai em Trương Gia Huy và Đặng Ngọc Như Ý (lớp 12A1) vừa đoạt giải Nhì lĩnh vực Kỹ "
                "thuật cơ khí tại cuộc thi Khoa học kỹ thuật cấp tỉnh."
            ),
            P(
                "Hệ thống gồm các cảm biến đo độ mặn và nhiệt độ đặt trong ao, truyền dữ liệu về "
                "điện thoại của người nuôi; khi độ mặn vượt ngưỡng, hệ thống tự động nhắn tin cảnh "
                "báo và bật máy bơm nước ngọt."
            ),
            P(
                "Thầy Phan Thanh Tùng, giáo viên hướng dẫn, cho biết nhóm đã mất gần 5 tháng để "
                "thử nghiệm mô hình tại ao nuôi của gia đình một học sinh ở xã Mỹ Thuận."
            ),
            byline("Nguồn: Báo Vĩnh Long"),
        ],
        source="Báo Vĩnh Long",
        summary=(
            "Với dự án cảnh báo xâm nhập mặn cho ao nuôi tôm, hai học sinh lớp 12A1 đã mang về "
            "giải Nhì cho nhà trường."
        ),
        sapo_outside=True,
        opts={"author": "admin", "tags": ["học sinh giỏi"]},
    ),
    Story(
        217,
        "dai-hoi-chi-doan-12a1-nhiem-ky-2026-2027",
        "Đại hội điểm Chi đoàn 12A1 nhiệm kỳ 2026 – 2027",
        "hoat-dong-doan",
        "2026-10-14T11:00:00+07:00",
        [
            P(
                "Sáng 12/10/2026, Chi đoàn 12A1 tổ chức Đại hội điểm nhiệm kỳ 2026 – 2027 với sự "
                "tham dự của Ban Chấp hành Đoàn trường và bí thư các chi đoàn trong trường."
            ),
            Img(
                asset("dai-hoi-12a1.jpg"),
                "z6012345678901_4c1f0e2b9a7d3e5f6a7b8c9d0e1f2a3b.jpg",
                None,
                style="figure",
            ),
            P(
                "Đại hội đã bầu Ban Chấp hành gồm 3 đồng chí; em Nguyễn Hoàng Bảo Ngọc tiếp tục "
                "được tín nhiệm giữ chức Bí thư Chi đoàn."
            ),
            P(
                "Đại hội điểm là cơ sở để các chi đoàn còn lại rút kinh nghiệm, hoàn thành đại hội "
                "trước ngày 31/10/2026."
            ),
        ],
        opts={"author": None, "nfd": True},
    ),
    Story(
        215,
        "khao-sat-chat-luong-dau-nam-hoc-2026-2027-khoi-10",
        "Khảo sát chất lượng đầu năm học 2026 – 2027 đối với học sinh khối 10",
        "hoc-tap",
        "2026-09-22T16:45:00+07:00",
        [
            P(
                "Ngay sau Lễ khai giảng (xem bài), nhà trường tổ chức khảo sát chất lượng đầu năm "
                "ba môn Toán, Ngữ văn và Tiếng Anh cho 412 học sinh khối 10.",
                "link:/bai-viet/214:xem bài",
            ),
            P("Mục đích của đợt khảo sát:", "b"),
            P("Nắm chất lượng đầu vào để xếp lớp tăng tiết buổi chiều phù hợp.", "li"),
            P("Phát hiện sớm học sinh cần phụ đạo và học sinh có năng khiếu.", "li"),
            P(
                "Kết quả khảo sát sẽ được giáo viên chủ nhiệm thông báo đến phụ huynh trong buổi "
                "họp phụ huynh đầu năm."
            ),
        ],
        authors=["Bộ phận Chuyên môn"],
        opts={"author": "Bộ phận Chuyên môn"},
    ),
    Story(
        214,
        "le-khai-giang-nam-hoc-2026-2027",
        "Trường THPT Mỹ Thuận long trọng tổ chức Lễ khai giảng năm học 2026 – 2027",
        "hoc-tap",
        "2026-09-05T10:30:00+07:00",
        [
            Img(
                asset("khai-giang-2026-cover.jpg"),
                "Quang cảnh Lễ khai giảng năm học 2026 – 2027",
                "Quang cảnh Lễ khai giảng năm học 2026 – 2027",
                style="cover",
            ),
            P(
                "Sáng 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, gần 1.300 học sinh "
                "Trường THPT Mỹ Thuận hân hoan bước vào năm học mới 2026 – 2027."
            ),
            P(
                "Đến dự buổi lễ có ông Trần Văn Nghĩa, Phó Chủ tịch UBND xã Mỹ Thuận; đại diện Ban "
                "đại diện cha mẹ học sinh, các nhà hảo tâm và cựu học sinh của trường."
            ),
            P("Nhìn lại năm học 2025 – 2026", "h2"),
            P(
                "Năm học vừa qua, tỷ lệ tốt nghiệp THPT của trường đạt 99,6%; 27 học sinh đạt giải "
                "kỳ thi chọn học sinh giỏi cấp tỉnh; 2 dự án đạt giải cuộc thi Khoa học kỹ thuật. "
                "Nhà trường được UBND tỉnh tặng Bằng khen về thành tích xuất sắc trong công tác giáo "
                "dục."
            ),
            Img(
                asset("khai-giang-2026-trong.jpg"),
                "Thầy Hiệu trưởng Lâm Quốc Việt đánh trống khai giảng năm học mới",
                "Thầy Hiệu trưởng Lâm Quốc Việt đánh trống khai giảng năm học mới",
                style="figure",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Lâm Quốc Việt, Hiệu trưởng nhà trường, nhấn mạnh năm "
                "học 2026 – 2027 là năm thứ hai thực hiện chương trình mới ở cả ba khối lớp sau khi "
                "sáp nhập tỉnh, đồng thời đề ra các chỉ tiêu trọng tâm."
            ),
            P("Chỉ tiêu trọng tâm năm học mới", "h2"),
            P("Tỷ lệ tốt nghiệp THPT đạt từ 99% trở lên.", "li"),
            P("Có ít nhất 25 học sinh đạt giải học sinh giỏi cấp tỉnh.", "li"),
            P("100% giáo viên ứng dụng công nghệ số trong dạy học.", "li"),
            Img(
                asset("khai-giang-2026-hoc-bong.jpg"),
                "Trao học bổng “Tiếp sức đến trường” cho 30 học sinh có hoàn cảnh khó khăn",
                "Trao học bổng “Tiếp sức đến trường” cho 30 học sinh có hoàn cảnh khó khăn",
                style="italic",
            ),
            P(
                "Dịp này, Hội Cựu học sinh trường trao 30 suất học bổng “Tiếp sức đến trường”, mỗi "
                "suất trị giá 2.000.000 đồng, cho các em có hoàn cảnh khó khăn vươn lên học tốt."
            ),
            P(
                "Buổi lễ khép lại với chương trình văn nghệ chào năm học mới do Đoàn trường dàn dựng."
            ),
        ],
        authors=["Tổ Văn phòng"],
        summary=(
            "Trong không khí phấn khởi của ngày hội đến trường, thầy và trò Trường THPT Mỹ Thuận "
            "long trọng tổ chức Lễ khai giảng năm học 2026 – 2027."
        ),
        sapo_outside=True,
        opts={"author": "Tổ Văn phòng", "tags": ["khai giảng"]},
    ),
    Story(
        209,
        "ngay-hoi-chao-don-tan-hoc-sinh-khoi-10",
        "Ngày hội chào đón tân học sinh khối 10",
        "hoat-dong-doan",
        "2026-08-30T18:10:00+07:00",
        [
            Img(
                asset("chao-don-k10.jpg"),
                "Tân học sinh khối 10 tham gia trò chơi làm quen",
                "Tân học sinh khối 10 tham gia trò chơi làm quen",
                style="cover",
            ),
            P(
                "Chiều 29/8/2026, Đoàn trường tổ chức Ngày hội chào đón 412 tân học sinh khối 10 "
                "với nhiều hoạt động giao lưu, tìm hiểu truyền thống nhà trường."
            ),
            P(
                "Các em được tham quan phòng truyền thống, thư viện, phòng thí nghiệm và nghe giới "
                "thiệu về 14 câu lạc bộ học thuật, thể thao, nghệ thuật của trường."
            ),
            P(
                "Ngày hội giúp học sinh khối 10 nhanh chóng hòa nhập môi trường mới, tự tin bước "
                "vào năm học đầu tiên ở bậc trung học phổ thông."
            ),
            byline("Tin và ảnh: Huỳnh Thị Mỹ Tiên, Lâm Gia Hân"),
        ],
        authors=["Huỳnh Thị Mỹ Tiên", "Lâm Gia Hân"],
        photographers=["Huỳnh Thị Mỹ Tiên", "Lâm Gia Hân"],
        opts={"author": None, "tags": ["Đoàn thanh niên"]},
    ),
    Story(
        198,
        "tuyen-duong-27-hoc-sinh-dat-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh",
        "Tuyên dương 27 học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2025 – 2026",
        "hoc-tap",
        "2026-03-18T07:45:00+07:00",
        [
            Img(asset("tuyen-duong-hsg-2026.jpg"), None, None, style="cover"),
            P(
                "Sáng 16/3/2026, trong buổi chào cờ đầu tuần, nhà trường tổ chức tuyên dương, khen "
                "thưởng 27 học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2025 – 2026."
            ),
            P("Giải | Số lượng", "th"),
            P("Giải Nhất | 2", "tr"),
            P("Giải Nhì | 6", "tr"),
            P("Giải Ba | 9", "tr"),
            P("Khuyến khích | 10", "tr"),
            Img(
                asset("tuyen-duong-hsg-trao-thuong.jpg"),
                "Ban Giám hiệu trao thưởng cho các em đạt giải Nhất",
                "Ban Giám hiệu trao thưởng cho các em đạt giải Nhất",
                style="figure",
            ),
            P(
                "Đây là năm thứ ba liên tiếp trường có số học sinh đạt giải cấp tỉnh nhiều nhất "
                "trong các trường THPT của huyện."
            ),
        ],
        authors=["Nguyễn Văn Lộc"],
        opts={"author": "Nguyễn Văn Lộc", "year": "2025-2026", "entities": 2},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
for _s in STORIES:
    _s.opts.setdefault("year", CURRENT_YEAR)


# --- rendering: the Svelte components -------------------------------------------------------

LAYOUT = "svelte-1x9k2ab"
HEADER = "svelte-q8w3e1"
SIDEBAR = "svelte-t7c4vd"
FOOTER = "svelte-k2p9hs"
CARD = "svelte-5mz0ra"
ARTICLE = "svelte-8hd2k1"
LIST = "svelte-m3v7qp"
PAGE = "svelte-w9e2rl"
BUILD = "Bx3kq9aZ"


def cls(utilities: str, scope: str) -> str:
    """A class attribute as the Svelte compiler prints it: the utilities, then the scope hash."""
    return f'class="{utilities} {scope}"'.replace('" ', '"')


def day_text(iso: str) -> str:
    """The detail page's visible date: "21 tháng 11, 2026"."""
    y, m, d = iso[:10].split("-")
    return f"{int(d)} tháng {int(m)}, {y}"


def list_date(iso: str) -> str:
    y, m, d = iso[:10].split("-")
    return f"{d}/{m}/{y}"


def feed() -> list[Story]:
    """/tin-tuc: the current school year, notices left out, newest first."""
    return [s for s in STORIES if s.cat != "thong-bao" and s.opts["year"] == CURRENT_YEAR]


def in_category(cat: str) -> list[Story]:
    return [s for s in STORIES if s.cat == cat and s.opts["year"] == CURRENT_YEAR]


def notices() -> list[Story]:
    return [s for s in STORIES if s.cat == "thong-bao"]


def related(story: Story) -> list[Story]:
    """Same category, the older posts nearest first, then the newer ones; three at most."""
    same = [s for s in STORIES if s.cat == story.cat and s.id != story.id]
    older = [s for s in same if s.published_at < story.published_at]
    newer = [s for s in same if s.published_at > story.published_at]
    return (older + newer[::-1])[:3]


def cover(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img) and b.style == "cover"), None)


def excerpt(story: Story) -> str:
    """Card text: the post's tom_tat, else the start of its first paragraph."""
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 140 else first[:140].rsplit(" ", 1)[0] + "…"


def _para_text(story: Story, value: str) -> str:
    if story.opts.get("nfd"):
        value = unicodedata.normalize("NFD", value)
    return esc(value)


def body_html(story: Story) -> str:
    """The Directus WYSIWYG field as stored: TinyMCE markup, no scope classes."""
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "cover")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            tag = f'<img src="{esc(b.src)}" alt="" width="800" height="533">'
            if b.style == "figure":
                out.append(
                    f'<figure class="image">{tag}<figcaption>{esc(b.printed or "")}'
                    "</figcaption></figure>"
                )
            elif b.style == "italic":
                out.append(f"<p>{tag}</p>")
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed or "")}</em></p>')
            else:
                out.append(f'<p style="text-align: center;">{tag}</p>')
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_para_text(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(
                    f"<{cell}>{_para_text(story, c)}</{cell}>" for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table style="border-collapse: collapse; width: 100%;" border="1">\n<tbody>\n'
                + "\n".join(rows)
                + "\n</tbody>\n</table>"
            )
            continue
        elif b.style in ("h2", "h3"):
            out.append(f"<{b.style}>{_para_text(story, b.text)}</{b.style}>")
        elif b.style == "b":
            out.append(f"<p><strong>{_para_text(story, b.text)}</strong></p>")
        elif b.style.startswith("link:"):
            _, href, anchor = b.style.split(":", 2)
            markup = _para_text(story, b.text).replace(
                esc(anchor), f'<a href="{href}">{esc(anchor)}</a>', 1
            )
            out.append(f"<p>{markup}</p>")
        else:
            out.append(f"<p>{_para_text(story, b.text)}</p>")
        i += 1
    markup = "\n".join(out)
    if story.opts.get("entities"):
        markup = entity_mix(markup, story.opts["entities"])
    return markup


def card(story: Story, small: bool = False) -> str:
    """The list card: one anchor around thumbnail, date, title and excerpt."""
    img = cover(story)
    thumb = (
        f'<img src="{esc(img.src.replace("key=w1200", "key=w480"))}" alt="{esc(story.title)}" '
        f'loading="lazy" {cls("aspect-video w-full object-cover", CARD)}>'
        if img
        else f"<div {cls('aspect-video w-full bg-gradient-to-br from-blue-100 to-blue-50', CARD)}></div>"
    )
    text = (
        ""
        if small
        else f"<p {cls('mt-1 line-clamp-2 text-sm text-gray-600', CARD)}>{esc(excerpt(story))}</p>"
    )
    return (
        f'<!----><a href="/tin-tuc/{story.slug}" '
        f"{cls('card group block overflow-hidden rounded-xl border border-gray-200 bg-white shadow-sm transition hover:shadow-md', CARD)}>"
        f"{thumb}"
        f"<div {cls('p-4', CARD)}><p {cls('text-xs text-gray-500', CARD)}>"
        f"{list_date(story.published_at)} · {esc(CATEGORIES[story.cat])}</p>"
        f"<h3 {cls('mt-1 font-semibold text-gray-900 group-hover:text-blue-700', CARD)}>{esc(story.title)}</h3>"
        f"{text}</div></a><!---->"
    )


def grid(stories: list[Story], cols: str = "sm:grid-cols-2 lg:grid-cols-3") -> str:
    return (
        f"<div {cls('grid gap-6 ' + cols, LIST)}><!--[-->"
        + "".join(card(s) for s in stories)
        + "<!--]--></div>"
    )


def _json(value: object) -> str:
    """Data as SvelteKit serialises it into a script: JSON with "<" escaped."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def post_data(story: Story, full: bool = True) -> dict:
    """A post as the Directus API returns it (the fields the app asks for)."""
    img = cover(story)
    data = {
        "id": story.id,
        "tieu_de": story.title,
        "slug": story.slug,
        "tom_tat": story.summary,
        "ngay_dang": story.published_at,
        "danh_muc": {"ten": CATEGORIES[story.cat], "slug": story.cat},
        "anh_bia": img.src.split("/assets/")[1].split("?")[0] if img else None,
    }
    if full:
        data.update(
            {
                "noi_dung": body_html(story),
                "tac_gia": story.opts.get("author"),
                "chu_thich_anh_bia": img.printed if img else None,
                "luot_xem": story.views(),
                "tu_khoa": story.opts.get("tags", []),
                "nam_hoc": story.opts["year"],
            }
        )
    else:
        data["tom_tat"] = excerpt(story)
    return data


def layout_data() -> dict:
    return {
        "tin_moi": [post_data(s, full=False) for s in feed()[:5]],
        "thong_bao": [post_data(s, full=False) for s in notices()[:3]],
        "luot_truy_cap": {"dang_online": 14, "hom_nay": 386, "tong": 218_457},
    }


MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/tin-tuc", "Tin tức"),
    ("/tin-tuc/danh-muc/hoat-dong-doan", "Hoạt động Đoàn"),
    ("/tin-tuc/danh-muc/hoc-tap", "Học tập"),
    ("/tin-tuc/danh-muc/thong-bao", "Thông báo"),
    ("/doi-ngu", "Đội ngũ"),
    ("/lien-he", "Liên hệ"),
]


def header(active: str) -> str:
    items = "".join(
        f'<li {cls("", HEADER)}><a href="{href}" '
        + (
            f'aria-current="page" {cls("rounded px-3 py-2 font-semibold text-white bg-blue-800", HEADER)}'
            if href == active
            else cls("rounded px-3 py-2 text-blue-50 hover:bg-blue-600", HEADER)
        )
        + f">{esc(label)}</a></li>"
        for href, label in MENU
    )
    return f"""<header {cls("bg-blue-700 text-white", HEADER)}>
<div {cls("bg-blue-900 text-xs", HEADER)}><div {cls("mx-auto flex max-w-6xl items-center justify-between px-4 py-1", HEADER)}>
<span {cls("", HEADER)}>{TODAY}</span>
<a href="/dang-nhap" {cls("flex items-center gap-1 hover:underline", HEADER)}><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" {cls("h-4 w-4", HEADER)}><path d="M12 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10Zm0 2c-5 0-9 2.5-9 5.5V22h18v-2.5C21 16.5 17 14 12 14Z" fill="currentColor"></path></svg> Đăng nhập</a>
</div></div>
<div {cls("mx-auto flex max-w-6xl items-center gap-4 px-4 py-4", HEADER)}>
<a href="/" {cls("flex items-center gap-3", HEADER)}><img src="/logo.png" alt="Logo THPT Mỹ Thuận" width="64" height="64" {cls("h-16 w-16", HEADER)}>
<div {cls("", HEADER)}><p {cls("text-sm uppercase tracking-wide text-blue-100", HEADER)}>Sở Giáo dục và Đào tạo tỉnh Vĩnh Long</p>
<p {cls("text-2xl font-bold uppercase", HEADER)}>Trường THPT Mỹ Thuận</p></div></a>
<form action="/tim-kiem" method="GET" role="search" {cls("ml-auto hidden md:flex", HEADER)}><input type="search" name="q" placeholder="Tìm kiếm bài viết…" {cls("w-64 rounded-l px-3 py-1 text-gray-900", HEADER)}><button type="submit" aria-label="Tìm kiếm" {cls("rounded-r bg-yellow-400 px-3 text-blue-900", HEADER)}><svg viewBox="0 0 24 24" {cls("h-4 w-4", HEADER)}><path d="M10 18a8 8 0 1 1 5.3-2l5.4 5.3-1.4 1.4-5.3-5.4A8 8 0 0 1 10 18Z" fill="currentColor"></path></svg></button></form>
</div>
<nav {cls("bg-blue-800", HEADER)}><ul {cls("mx-auto flex max-w-6xl flex-wrap gap-1 px-4 py-2 text-sm", HEADER)}><!--[-->{items}<!--]--></ul></nav>
</header>"""


def sidebar() -> str:
    def mini(s: Story) -> str:
        return (
            f'<li {cls("border-b border-gray-100 py-2", SIDEBAR)}><a href="/tin-tuc/{s.slug}" '
            f"{cls('text-sm text-gray-800 hover:text-blue-700', SIDEBAR)}>{esc(s.title)}</a>"
            f"<p {cls('text-xs text-gray-400', SIDEBAR)}>{list_date(s.published_at)}</p></li>"
        )

    links = [
        ("https://sgddt.vinhlong.gov.vn", "Sở GD&ĐT Vĩnh Long"),
        ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
        ("https://thitotnghiepthpt.edu.vn", "Hệ thống thi tốt nghiệp THPT"),
        ("https://vnedu.vn", "Sổ liên lạc điện tử vnEdu"),
    ]
    options = "".join(
        f'<li {cls("py-1", SIDEBAR)}><a href="{u}" target="_blank" rel="noopener" {cls("text-sm text-blue-700 hover:underline", SIDEBAR)}>{esc(t)}</a></li>'
        for u, t in links
    )
    return f"""<aside {cls("space-y-6", SIDEBAR)}>
<section {cls("rounded-xl border border-gray-200 bg-white p-4", SIDEBAR)}><h2 {cls("mb-2 border-l-4 border-blue-700 pl-2 font-bold uppercase text-blue-800", SIDEBAR)}>Tin mới</h2><ul {cls("", SIDEBAR)}><!--[-->{"".join(mini(s) for s in feed()[:5])}<!--]--></ul></section>
<section {cls("rounded-xl border border-yellow-300 bg-yellow-50 p-4", SIDEBAR)}><h2 {cls("mb-2 border-l-4 border-yellow-500 pl-2 font-bold uppercase text-yellow-800", SIDEBAR)}>Thông báo</h2><ul {cls("", SIDEBAR)}><!--[-->{"".join(mini(s) for s in notices()[:3])}<!--]--></ul>
<a href="/tin-tuc/danh-muc/thong-bao" {cls("mt-2 inline-block text-sm text-blue-700", SIDEBAR)}>Xem tất cả →</a></section>
<section {cls("rounded-xl border border-gray-200 bg-white p-4", SIDEBAR)}><h2 {cls("mb-2 border-l-4 border-blue-700 pl-2 font-bold uppercase text-blue-800", SIDEBAR)}>Liên kết website</h2><ul {cls("", SIDEBAR)}>{options}</ul></section>
<section {cls("rounded-xl border border-gray-200 bg-white p-4 text-sm text-gray-600", SIDEBAR)}><h2 {cls("mb-2 border-l-4 border-blue-700 pl-2 font-bold uppercase text-blue-800", SIDEBAR)}>Thống kê truy cập</h2>
<p {cls("", SIDEBAR)}>Đang online: <b {cls("", SIDEBAR)}>14</b></p><p {cls("", SIDEBAR)}>Hôm nay: <b {cls("", SIDEBAR)}>386</b></p><p {cls("", SIDEBAR)}>Tổng lượt truy cập: <b {cls("", SIDEBAR)}>218.457</b></p></section>
</aside>"""


def footer() -> str:
    return f"""<footer {cls("mt-12 bg-blue-900 text-blue-100", FOOTER)}><div {cls("mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm md:grid-cols-2", FOOTER)}>
<div {cls("", FOOTER)}><p {cls("font-bold uppercase text-white", FOOTER)}>Trường THPT Mỹ Thuận</p>
<p {cls("", FOOTER)}>Địa chỉ: Ấp Mỹ Hòa, xã Mỹ Thuận, tỉnh Vĩnh Long</p>
<p {cls("", FOOTER)}>Điện thoại: 0270 3 850 216 – Email: thptmythuan@vinhlong.edu.vn</p>
<p {cls("", FOOTER)}>Chịu trách nhiệm chính: Thầy Lâm Quốc Việt – Hiệu trưởng</p></div>
<div {cls("md:text-right", FOOTER)}><p {cls("", FOOTER)}>© 2026 Bản quyền thuộc về Trường THPT Mỹ Thuận.</p>
<p {cls("text-xs text-blue-300", FOOTER)}>Thiết kế và phát triển bởi Hội Cựu học sinh – Khóa 2012 – 2015. Mã nguồn trên <a href="https://github.com/cuuhocsinh-thptmythuan/website" {cls("underline", FOOTER)}>GitHub</a>.</p></div>
</div></footer>"""


def page(
    title: str,
    main: str,
    *,
    active: str = "",
    route: str,
    node_ids: list[int],
    data: dict,
    head: str = "",
    status_error: dict | None = None,
    data_url: str | None = None,
) -> str:
    """The app shell: head, layout (header, main + sidebar, footer), the hydration script."""
    hydration = [
        {"type": "data", "data": layout_data(), "uses": {}},
        {"type": "data", "data": data, "uses": {"params": ["slug"], "url": 1}},
    ]
    extra = f'\n\t\t\t\t\tdata_url: "{data_url}",' if data_url else ""
    return f"""<!doctype html>
<html lang="vi">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="/favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<link href="/_app/immutable/assets/0.{BUILD}.css" rel="stylesheet">
		<link rel="modulepreload" href="/_app/immutable/entry/start.CkQ9f2Lm.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/entry.D4bq1xTe.js">
		<link rel="modulepreload" href="/_app/immutable/entry/app.Ct7wN3sP.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/0.Dq8rS1kz.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/{node_ids[-1]}.Bm2Lx9Qa.js"><!--12qhfyh-->{head}<title>{esc(title)}</title><!---->
	</head>
	<body data-sveltekit-preload-data="hover" class="bg-gray-50 text-gray-800">
		<div style="display: contents"><!--[--><!--[--><!---->{header(active)}
<main {cls("mx-auto grid max-w-6xl gap-8 px-4 py-8 lg:grid-cols-[1fr_300px]", LAYOUT)}><div {cls("min-w-0", LAYOUT)}><!---->{main}<!----></div>
{sidebar()}</main>
{footer()}<!--]--> <!--[!--><!--]--><!--]-->

			<script>
				{{
					__sveltekit_1x9k2ab = {{
						base: new URL(".", location).pathname.slice(0, -1)
					}};

					const element = document.currentScript.parentElement;

					const data = {_json(hydration)};

					Promise.all([
						import("/_app/immutable/entry/start.CkQ9f2Lm.js"),
						import("/_app/immutable/entry/app.Ct7wN3sP.js")
					]).then(([kit, app]) => {{
						kit.start(app, element, {{
							node_ids: {json.dumps(node_ids)},
							data,
							form: null,
							error: {_json(status_error)},{extra}
							route: "{route}"
						}});
					}});
				}}
			</script>
		</div>
	</body>
</html>
"""


SHARE_ICONS = {
    "facebook": "M14 8h3V4h-3a4 4 0 0 0-4 4v2H8v4h2v8h4v-8h3l1-4h-4V8Z",
    "zalo": "M4 4h16v12H9l-5 4V4Z",
    "link": "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1",
}


def post_main(story: Story, request: Request) -> str:
    cat = CATEGORIES[story.cat]
    img = cover(story)
    author = story.opts.get("author")
    lead = (
        f"<p {cls('mt-3 text-lg font-medium leading-relaxed text-gray-600', ARTICLE)}>{esc(story.summary)}</p>"
        if story.summary and story.sapo_outside
        else ""
    )
    meta = [
        f'<time datetime="{story.published_at}" {cls("", ARTICLE)}>{day_text(story.published_at)}</time>'
    ]
    if author:
        meta.append(f"<!--[--><span {cls('', ARTICLE)}>{esc(author)}</span><!--]-->")
    else:
        meta.append("<!--[!--><!--]-->")
    meta.append(
        f"<span {cls('text-gray-400', ARTICLE)}>{story.views():,} lượt xem</span>".replace(",", ".")
    )
    meta.append(
        f'<a href="/tin-tuc/danh-muc/{story.cat}" {cls("rounded bg-blue-50 px-2 text-blue-700", ARTICLE)}>{esc(cat)}</a>'
    )
    figure = ""
    if img:
        caption = (
            f"<!--[--><figcaption {cls('mt-2 text-center text-sm italic text-gray-500', ARTICLE)}>{esc(img.printed)}</figcaption><!--]-->"
            if img.printed
            else "<!--[!--><!--]-->"
        )
        figure = (
            f'<!--[--><figure {cls("my-6", ARTICLE)}><img src="{esc(img.src)}" '
            f'srcset="{esc(img.src.replace("key=w1200", "key=w640"))} 640w, {esc(img.src)} 1200w" '
            f'sizes="(min-width: 768px) 768px, 100vw" alt="{esc(story.title)}" '
            f"{cls('w-full rounded-lg', ARTICLE)}>{caption}</figure><!--]-->"
        )
    tags = story.opts.get("tags") or []
    tag_row = (
        f"<div {cls('mt-6 flex flex-wrap items-center gap-2 text-sm', ARTICLE)}><span {cls('text-gray-500', ARTICLE)}>Từ khóa:</span><!--[-->"
        + "".join(
            f'<a href="/tim-kiem?q={quote(t)}" {cls("rounded-full bg-gray-100 px-3 py-1 text-gray-700 hover:bg-gray-200", ARTICLE)}>#{esc(t)}</a>'
            for t in tags
        )
        + "<!--]--></div>"
        if tags
        else ""
    )
    url = quote(base_url(request) + f"/tin-tuc/{story.slug}", safe="")
    share = (
        f"<div {cls('mt-6 flex items-center gap-2 border-t border-gray-200 pt-4', ARTICLE)}>"
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener" aria-label="Chia sẻ Facebook" {cls("rounded-full bg-blue-600 p-2 text-white", ARTICLE)}><svg viewBox="0 0 24 24" {cls("h-4 w-4", ARTICLE)}><path d="{SHARE_ICONS["facebook"]}" fill="currentColor"></path></svg></a>'
        f'<a href="https://zalo.me/share?url={url}" target="_blank" rel="noopener" aria-label="Chia sẻ Zalo" {cls("rounded-full bg-sky-500 p-2 text-white", ARTICLE)}><svg viewBox="0 0 24 24" {cls("h-4 w-4", ARTICLE)}><path d="{SHARE_ICONS["zalo"]}" fill="currentColor"></path></svg></a>'
        f'<button type="button" aria-label="Sao chép liên kết" {cls("rounded-full bg-gray-200 p-2 text-gray-700", ARTICLE)}><svg viewBox="0 0 24 24" {cls("h-4 w-4", ARTICLE)}><path d="{SHARE_ICONS["link"]}" stroke="currentColor" fill="none"></path></svg></button></div>'
    )
    rel = related(story)
    related_block = (
        f"<section {cls('mt-10', ARTICLE)}><h2 {cls('mb-4 text-xl font-bold text-gray-900', ARTICLE)}>Bài viết liên quan</h2>"
        f"<div {cls('grid gap-4 sm:grid-cols-3', ARTICLE)}><!--[-->"
        + "".join(card(s, small=True) for s in rel)
        + "<!--]--></div></section>"
        if rel
        else ""
    )
    comments = f"""<section id="binh-luan" {cls("mt-10 rounded-xl border border-gray-200 bg-white p-6", ARTICLE)}>
<div {cls("flex items-center justify-between", ARTICLE)}><h2 {cls("text-xl font-bold text-gray-900", ARTICLE)}>Bình luận (0)</h2><a href="?/" data-sveltekit-reload {cls("text-sm text-blue-700 hover:underline", ARTICLE)}>Tải lại bình luận</a></div>
<p {cls("mt-2 text-sm text-gray-500", ARTICLE)}>Chưa có bình luận nào. Hãy là người đầu tiên chia sẻ cảm nghĩ!</p>
<form method="POST" action="?/" {cls("mt-4 space-y-3", ARTICLE)}><input name="ho_ten" placeholder="Họ và tên" required {cls("w-full rounded border px-3 py-2", ARTICLE)}><textarea name="noi_dung" rows="3" placeholder="Viết bình luận…" required {cls("w-full rounded border px-3 py-2", ARTICLE)}></textarea><button type="submit" {cls("rounded bg-blue-700 px-4 py-2 text-white", ARTICLE)}>Gửi bình luận</button></form>
</section>"""
    return f"""<article {cls("mx-auto max-w-3xl", ARTICLE)}>
<nav aria-label="breadcrumb" {cls("text-sm text-gray-500", ARTICLE)}><ol {cls("flex flex-wrap gap-1", ARTICLE)}><li {cls("", ARTICLE)}><a href="/" {cls("hover:underline", ARTICLE)}>Trang chủ</a></li><li {cls("", ARTICLE)}>/</li><li {cls("", ARTICLE)}><a href="/tin-tuc" {cls("hover:underline", ARTICLE)}>Tin tức</a></li><li {cls("", ARTICLE)}>/</li><li {cls("", ARTICLE)}><a href="/tin-tuc/danh-muc/{story.cat}" {cls("hover:underline", ARTICLE)}>{esc(cat)}</a></li></ol></nav>
<h1 {cls("mt-3 text-3xl font-bold leading-tight text-gray-900", ARTICLE)}>{esc(story.title)}</h1>
{lead}<div {cls("mt-3 flex flex-wrap items-center gap-4 text-sm text-gray-500", ARTICLE)}>{" ".join(meta)}</div>
{figure}<div {cls("prose prose-lg max-w-none", ARTICLE)}><!---->{body_html(story)}<!----></div>
{tag_row}{share}{related_block}{comments}
</article>"""


def post_page(story: Story, request: Request) -> Response:
    canonical = base_url(request) + f"/tin-tuc/{story.slug}"
    img = cover(story)
    head = (
        f'<meta name="description" content="{esc(excerpt(story))}"/>'
        f'<meta property="og:title" content="{esc(story.title)}"/>'
        f'<meta property="og:type" content="article"/>'
        + (f'<meta property="og:image" content="{esc(img.src)}"/>' if img else "")
        + f'<link rel="canonical" href="{canonical}"/>'
    )
    data = {
        "bai_viet": post_data(story),
        "bai_lien_quan": [post_data(s, full=False) for s in related(story)],
    }
    body = page(
        f"{story.title} | {SITE}",
        post_main(story, request),
        active="/tin-tuc",
        route="/tin-tuc/[slug]",
        node_ids=[0, 5],
        data=data,
        head=head,
        data_url=f"/tin-tuc/{story.slug}/__data.json",
    )
    return html(body)


def pager(base: str, current: int, last: int) -> str:
    if last <= 1:
        return ""
    links = []
    if current > 1:
        links.append(
            f'<a href="{base}?trang={current - 1}" aria-label="Trang trước" {cls("rounded border px-3 py-1", LIST)}>‹</a>'
        )
    for n in range(1, last + 1):
        if n == current:
            links.append(
                f'<a href="{base}?trang={n}" aria-current="page" {cls("rounded border border-blue-700 bg-blue-700 px-3 py-1 text-white", LIST)}>{n}</a>'
            )
        else:
            links.append(
                f'<a href="{base}?trang={n}" {cls("rounded border px-3 py-1", LIST)}>{n}</a>'
            )
    if current < last:
        links.append(
            f'<a href="{base}?trang={current + 1}" aria-label="Trang sau" {cls("rounded border px-3 py-1", LIST)}>›</a>'
        )
    return (
        f'<nav aria-label="pagination" {cls("mt-8 flex justify-center gap-2", LIST)}><!--[-->'
        + "".join(links)
        + "<!--]--></nav>"
    )


def list_page(
    path: str, heading: str, stories: list[Story], number: int, active: str
) -> Response | None:
    last = max(1, -(-len(stories) // PER_PAGE))
    if number < 1 or number > last:
        return None
    shown = stories[(number - 1) * PER_PAGE : number * PER_PAGE]
    main = (
        f'<section {cls("", LIST)}><nav aria-label="breadcrumb" {cls("text-sm text-gray-500", LIST)}><a href="/" {cls("hover:underline", LIST)}>Trang chủ</a> / <span {cls("", LIST)}>{esc(heading)}</span></nav>'
        f"<h1 {cls('mt-2 mb-6 text-2xl font-bold text-blue-800', LIST)}>{esc(heading)}</h1>"
        + grid(shown, "sm:grid-cols-2 xl:grid-cols-3")
        + pager(path, number, last)
        + "</section>"
    )
    data = {
        "bai_viet": [post_data(s, full=False) for s in shown],
        "trang": number,
        "tong_so": len(stories),
    }
    title = heading if number == 1 else f"{heading} – Trang {number}"
    return html(
        page(f"{title} | {SITE}", main, active=active, route=path, node_ids=[0, 3], data=data)
    )


def home_page() -> Response:
    news = feed()
    hero = news[0]
    img = cover(hero)
    hero_block = (
        f'<a href="/tin-tuc/{hero.slug}" {cls("group relative block overflow-hidden rounded-2xl", PAGE)}>'
        f'<img src="{esc(img.src)}" alt="{esc(hero.title)}" {cls("aspect-[16/7] w-full object-cover", PAGE)}>'
        f"<div {cls('absolute inset-x-0 bottom-0 bg-gradient-to-t from-black/80 p-6 text-white', PAGE)}>"
        f"<p {cls('text-sm', PAGE)}>{list_date(hero.published_at)}</p>"
        f"<h2 {cls('text-2xl font-bold group-hover:underline', PAGE)}>{esc(hero.title)}</h2></div></a>"
    )

    def row(title: str, href: str, stories: list[Story]) -> str:
        return (
            f"<section {cls('mt-10', PAGE)}><div {cls('mb-4 flex items-center justify-between', PAGE)}>"
            f"<h2 {cls('border-l-4 border-blue-700 pl-3 text-xl font-bold uppercase text-blue-800', PAGE)}>{esc(title)}</h2>"
            f'<a href="{href}" {cls("text-sm text-blue-700 hover:underline", PAGE)}>Xem tất cả →</a></div>'
            + grid(stories)
            + "</section>"
        )

    main = (
        hero_block
        + row("Tin tức mới", "/tin-tuc", news[1:7])
        + row(
            "Hoạt động Đoàn", "/tin-tuc/danh-muc/hoat-dong-doan", in_category("hoat-dong-doan")[:3]
        )
        + row("Học tập", "/tin-tuc/danh-muc/hoc-tap", in_category("hoc-tap")[:3])
    )
    data = {
        "noi_bat": post_data(hero, full=False),
        "tin_tuc": [post_data(s, full=False) for s in news[1:7]],
    }
    return html(
        page(f"Trang chủ | {SITE}", main, active="/", route="/", node_ids=[0, 2], data=data)
    )


def search_page(q: str) -> Response:
    needle = unicodedata.normalize("NFC", q).strip().lower()
    hits = (
        [
            s
            for s in STORIES
            if s.opts["year"] == CURRENT_YEAR
            and (
                needle in s.title.lower()
                or needle in excerpt(s).lower()
                or needle in [t.lower() for t in s.opts.get("tags", [])]
            )
        ]
        if needle
        else []
    )
    if not needle:
        result = f"<p {cls('text-gray-500', PAGE)}>Nhập từ khóa để tìm bài viết.</p>"
    elif hits:
        result = (
            f"<p {cls('mb-4 text-sm text-gray-500', PAGE)}>Tìm thấy {len(hits)} kết quả cho “{esc(q)}”</p>"
            + grid(hits)
        )
    else:
        result = f"<p {cls('text-gray-500', PAGE)}>Không tìm thấy bài viết nào phù hợp với “{esc(q)}”.</p>"
    main = (
        f"<section {cls('', PAGE)}><h1 {cls('mb-4 text-2xl font-bold text-blue-800', PAGE)}>Tìm kiếm</h1>"
        f'<form action="/tim-kiem" method="GET" {cls("mb-6 flex gap-2", PAGE)}><input type="search" name="q" value="{esc(q)}" {cls("flex-1 rounded border px-3 py-2", PAGE)}>'
        f"<button {cls('rounded bg-blue-700 px-4 text-white', PAGE)}>Tìm</button></form>{result}</section>"
    )
    data = {"q": q, "ket_qua": [post_data(s, full=False) for s in hits]}
    head = '<meta name="robots" content="noindex"/>'
    return html(
        page(
            f"Tìm kiếm: {q} | {SITE}",
            main,
            route="/tim-kiem",
            node_ids=[0, 7],
            data=data,
            head=head,
        )
    )


def login_page(error: str | None = None) -> Response:
    msg = (
        f'<p role="alert" {cls("rounded bg-red-50 p-3 text-sm text-red-700", PAGE)}>{esc(error)}</p>'
        if error
        else ""
    )
    main = f"""<section {cls("mx-auto max-w-sm rounded-xl border border-gray-200 bg-white p-8", PAGE)}>
<h1 {cls("mb-6 text-center text-2xl font-bold text-blue-800", PAGE)}>Đăng nhập quản trị</h1>{msg}
<form method="POST" action="?/dangNhap" {cls("space-y-4", PAGE)}><label {cls("block text-sm", PAGE)}>Email<input type="email" name="email" autocomplete="username" required {cls("mt-1 w-full rounded border px-3 py-2", PAGE)}></label>
<label {cls("block text-sm", PAGE)}>Mật khẩu<input type="password" name="mat_khau" autocomplete="current-password" required {cls("mt-1 w-full rounded border px-3 py-2", PAGE)}></label>
<button type="submit" {cls("w-full rounded bg-blue-700 py-2 font-semibold text-white", PAGE)}>Đăng nhập</button></form>
<p {cls("mt-4 text-center text-xs text-gray-400", PAGE)}>Chỉ dành cho cán bộ, giáo viên được cấp tài khoản.</p></section>"""
    head = '<meta name="robots" content="noindex"/>'
    return html(
        page(f"Đăng nhập | {SITE}", main, route="/dang-nhap", node_ids=[0, 8], data={}, head=head)
    )


def static_page(title: str, inner: str, route: str, node: int) -> Response:
    main = (
        f"<article {cls('mx-auto max-w-3xl', PAGE)}><h1 {cls('mb-6 text-3xl font-bold text-blue-800', PAGE)}>{esc(title)}</h1>"
        f"{inner}</article>"
    )
    return html(
        page(
            f"{title} | {SITE}",
            main,
            active=route,
            route=route,
            node_ids=[0, node],
            data={"trang": {"tieu_de": title}},
        )
    )


ABOUT = """<div class="prose prose-lg max-w-none svelte-w9e2rl"><!---->
<h2>Lịch sử hình thành</h2>
<p>Trường THPT Mỹ Thuận được thành lập năm 1994 trên cơ sở tách ra từ Trường Phổ thông cấp 2 – 3 Mỹ Thuận. Qua hơn 30 năm xây dựng và phát triển, trường đã đào tạo hơn 15.000 học sinh tốt nghiệp.</p>
<p>Năm 2019, trường được công nhận đạt chuẩn quốc gia mức độ 1; năm 2024 được công nhận đạt kiểm định chất lượng giáo dục cấp độ 3.</p>
<h2>Quy mô</h2>
<p>Năm học 2026 – 2027, trường có 31 lớp với 1.284 học sinh, 78 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn, trong đó 24 thạc sĩ.</p>
<h2>Sứ mệnh</h2>
<p>Xây dựng môi trường học tập thân thiện, kỷ cương, sáng tạo; giúp mỗi học sinh phát triển toàn diện phẩm chất và năng lực.</p>
<!----></div>"""

CONTACT = """<div class="grid gap-6 md:grid-cols-2 svelte-w9e2rl"><div class="space-y-2 text-sm svelte-w9e2rl">
<p class="svelte-w9e2rl"><b class="svelte-w9e2rl">Địa chỉ:</b> Ấp Mỹ Hòa, xã Mỹ Thuận, tỉnh Vĩnh Long</p>
<p class="svelte-w9e2rl"><b class="svelte-w9e2rl">Điện thoại:</b> 0270 3 850 216</p>
<p class="svelte-w9e2rl"><b class="svelte-w9e2rl">Email:</b> thptmythuan@vinhlong.edu.vn</p>
<iframe title="Bản đồ" src="https://www.google.com/maps/embed?pb=!1m18!1m12" class="h-64 w-full rounded svelte-w9e2rl" loading="lazy"></iframe></div>
<form method="POST" action="?/guiLienHe" class="space-y-3 svelte-w9e2rl"><input name="ho_ten" placeholder="Họ và tên" required class="w-full rounded border px-3 py-2 svelte-w9e2rl"><input name="email" type="email" placeholder="Email" class="w-full rounded border px-3 py-2 svelte-w9e2rl"><input name="tieu_de" placeholder="Tiêu đề" class="w-full rounded border px-3 py-2 svelte-w9e2rl"><textarea name="noi_dung" rows="5" placeholder="Nội dung" class="w-full rounded border px-3 py-2 svelte-w9e2rl"></textarea><button type="submit" class="rounded bg-blue-700 px-4 py-2 text-white svelte-w9e2rl">Gửi liên hệ</button></form></div>"""

STAFF = [
    ("Lâm Quốc Việt", "Hiệu trưởng"),
    ("Nguyễn Hoàng Phúc", "Phó Hiệu trưởng"),
    ("Đỗ Thị Kim Ngân", "Phó Hiệu trưởng"),
    ("Nguyễn Văn Lộc", "Tổ trưởng Tổ Toán – Tin"),
    ("Võ Thị Thanh Trúc", "Tổ trưởng Tổ Ngữ văn"),
    ("Trần Quốc Huy", "Bí thư Đoàn trường"),
]


def staff_page() -> Response:
    cards = "".join(
        f'<div class="card rounded-xl border border-gray-200 bg-white p-4 text-center svelte-w9e2rl">'
        f'<img src="{asset("doi-ngu-" + name, "avatar")}" alt="{esc(name)}" class="mx-auto h-24 w-24 rounded-full object-cover svelte-w9e2rl">'
        f'<h3 class="mt-3 font-semibold svelte-w9e2rl">{esc(name)}</h3><p class="text-sm text-gray-500 svelte-w9e2rl">{esc(role)}</p></div>'
        for name, role in STAFF
    )
    inner = (
        '<p class="mb-6 text-gray-600 svelte-w9e2rl">Ban Giám hiệu và các tổ trưởng chuyên môn năm học 2026 – 2027.</p>'
        f'<div class="grid gap-6 sm:grid-cols-2 lg:grid-cols-3 svelte-w9e2rl"><!--[-->{cards}<!--]--></div>'
    )
    return static_page("Đội ngũ cán bộ, giáo viên", inner, "/doi-ngu", 11)


def error_page() -> Response:
    main = (
        f"<section {cls('py-16 text-center', PAGE)}><h1 {cls('text-6xl font-bold text-blue-800', PAGE)}>404</h1>"
        f"<p {cls('mt-4 text-gray-600', PAGE)}>Không tìm thấy trang bạn yêu cầu.</p>"
        f'<a href="/" {cls("mt-6 inline-block rounded bg-blue-700 px-4 py-2 text-white", PAGE)}>Về trang chủ</a></section>'
    )
    body = page(
        f"404 | {SITE}",
        main,
        route="",
        node_ids=[0, 1],
        data={},
        status_error={"message": "Not Found"},
    )
    return html(body, status=404)


def data_json(story: Story) -> Response:
    """SvelteKit's __data.json for a post route: the server load's data, as the client asks."""
    payload = {
        "type": "data",
        "nodes": [
            {"type": "data", "data": layout_data(), "uses": {}},
            {
                "type": "data",
                "data": {
                    "bai_viet": post_data(story),
                    "bai_lien_quan": [post_data(s, full=False) for s in related(story)],
                },
                "uses": {"params": ["slug"]},
            },
        ],
    }
    return Response(
        200,
        json.dumps(payload, ensure_ascii=False),
        {"Content-Type": "application/json", "Cache-Control": "private, no-store"},
    )


# --- the app's router (adapter-node) --------------------------------------------------------

ROBOTS = "# allow crawling everything by default\nUser-agent: *\nDisallow:\n"
POST_ROUTE = re.compile(r"^/tin-tuc/([a-z0-9-]+)(/__data\.json)?$")
CATEGORY_ROUTE = re.compile(r"^/tin-tuc/danh-muc/([a-z0-9-]+)$")
OLD_ROUTE = re.compile(r"^/bai-viet/(\d+)$")


def _page_number(request: Request) -> int | None:
    raw = parse_qs(request.query, keep_blank_values=True).get("trang", ["1"])[0]
    return int(raw) if raw.isdigit() else None


class SvelteKitSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/_app/") or path in ("/favicon.png", "/logo.png"):
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path != "/" and path.endswith("/"):
            # trailingSlash: "never"
            target = path.rstrip("/") + (f"?{request.query}" if request.query else "")
            return redirect(target, 308)
        if path == "/":
            return home_page()
        if path == "/tin-tuc":
            number = _page_number(request)
            found = number and list_page("/tin-tuc", "Tin tức", feed(), number, "/tin-tuc")
            return found or error_page()
        if m := CATEGORY_ROUTE.match(path):
            cat = m.group(1)
            number = _page_number(request)
            if cat not in CATEGORIES or not number:
                return error_page()
            href = f"/tin-tuc/danh-muc/{cat}"
            return list_page(href, CATEGORIES[cat], in_category(cat), number, href) or error_page()
        if m := POST_ROUTE.match(path):
            story = BY_SLUG.get(m.group(1))
            if story is None:
                return error_page()
            if m.group(2):
                return data_json(story)
            return post_page(story, request)
        if m := OLD_ROUTE.match(path):
            story = BY_ID.get(int(m.group(1)))
            return redirect(f"/tin-tuc/{story.slug}", 308) if story else error_page()
        if path == "/tim-kiem":
            return search_page(request.params.get("q", ""))
        if path == "/dang-nhap":
            if request.method == "POST":
                response = login_page("Email hoặc mật khẩu không đúng.")
                response.status = 400
                return response
            return login_page()
        if path == "/gioi-thieu":
            return static_page("Giới thiệu", ABOUT, "/gioi-thieu", 9)
        if path == "/lien-he":
            return static_page("Liên hệ", CONTACT, "/lien-he", 10)
        if path == "/doi-ngu":
            return staff_page()
        return error_page()


def build_site() -> SvelteKitSite:
    return SvelteKitSite()


NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/doi-ngu",
    "/tin-tuc",
    "/tin-tuc?trang=2",
    "/tin-tuc/danh-muc/hoat-dong-doan",
    "/tin-tuc/danh-muc/hoc-tap",
    "/tin-tuc/danh-muc/thong-bao",
]


# --- gold: one call per post, category as the meta row's chip reads ---------------------------


def _gold(post_id: int, category: str) -> dict:
    story = BY_ID[post_id]
    path = f"/tin-tuc/{story.slug}"
    record = gold_record(story, path, category, alt_paths=[path + "?/"])
    record["published_at"] = story.published_at[:10]  # the day as printed (see the docstring)
    return record


GOLD = [
    _gold(231, "Hoạt động Đoàn"),
    _gold(230, "Thông báo"),
    _gold(228, "Học tập"),
    _gold(226, "Hoạt động Đoàn"),
    _gold(224, "Học tập"),
    _gold(222, "Thông báo"),
    _gold(221, "Hoạt động Đoàn"),
    _gold(219, "Học tập"),
    _gold(217, "Hoạt động Đoàn"),
    _gold(215, "Học tập"),
    _gold(214, "Học tập"),
    _gold(209, "Hoạt động Đoàn"),
    _gold(198, "Học tập"),
]
