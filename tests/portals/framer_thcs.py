"""Fixture portal: a lower-secondary school's site built on Framer by a design agency.

Platform
    Framer (no-code site builder). Every page is server-rendered React output published as
    static HTML: ``<!-- Made in Framer · framer.com ✨ -->``, ``<meta name="generator"
    content="Framer …">``, a ``<div id="main" data-framer-hydrate-v2=…>`` root, hashed classes
    (``framer-1wml6uu``, ``framer-text``, ``framer-styles-preset-…``), layers named in Vietnamese
    by the designer (``data-framer-name="Nội dung"``), absolute pixel positions in inline styles,
    ``ssr-variant hidden-<breakpoint>`` copies of components whose layout differs per breakpoint,
    ``data-framer-appear-id`` layers printed in their animation's start state
    (``opacity:0.001``), and links printed relative to the page (``./tin-tuc/…``, ``../lien-he``).
    The news is a Framer CMS collection "Tin tức" with a detail template at ``/tin-tuc/:slug``;
    rich text is Framer's RichText (``<p class="framer-text">``, lists whose items wrap a
    ``<p>``, ``<br class="framer-text trailing-break">`` for an empty line, no figure/figcaption).
    Images are served on the site's own host under ``/images/<hash>.jpg`` with Framer's
    ``?scale-down-to=`` variants in ``srcset`` (the agency proxies framerusercontent).

Institution
    Trường THCS Nguyễn Lương Bằng, phường Hòa Khánh, thành phố Đà Nẵng (thcs; after the 2025
    reorganisation the school answers to UBND phường Hòa Khánh: see the notice's letterhead).

URL scheme
    ``/``                          home: banner, "Tin mới", "Thông báo", a "Xem thêm" collection
                                   list (offset 3, limit 3) with a load-more button, album, video,
                                   poll, visitor counter
    ``/tin-tuc``                   all news, newest first, 6 items; a Framer "Xem thêm" load-more
                                   button (JavaScript only, no URL) and, under it, the agency's
                                   pager "1 2 3 ›" to copies of the page
    ``/tin-tuc/trang-2``,
    ``/tin-tuc/trang-3``           static copies of the listing with collection-list offset 6 and
                                   12 (listings that live under the article URL pattern)
    ``/hoat-dong-nha-truong``, ``/thong-bao``, ``/to-chuyen-mon``, ``/doan-doi``
                                   category pages: the collection list filtered by "Danh mục",
                                   3 items + a JavaScript load-more button
    ``/tin-tuc/<slug>``            article (CMS detail page)
    ``/van-ban``, ``/van-ban/<slug>``              documents collection (not articles)
    ``/thu-vien-anh``, ``/thu-vien-anh/<slug>``    photo albums (not articles)
    ``/video``, ``/video/<slug>``                  videos (not articles)
    ``/gioi-thieu``, ``/doi-ngu``, ``/lien-he``    static pages (not articles)
    ``/sitemap.xml``, ``/robots.txt``              Framer's generated sitemap lists every page
    Framer serves a page for any query string (it ignores it), answers ``/x/`` with a 308 to
    ``/x`` and an unknown path with its 404 page (status 404).

Page templates
    Every page: top bar (today "Thứ Bảy, 05/12/2026", hotline, a Ticker of three headlines
    printed three times), the nav component twice (desktop/tablet variant with drop-downs,
    phone variant with a closed hamburger), page content, footer (address, phone, e-mail,
    copyright, agency credit). Article page: breadcrumb; the "Hero bài viết" component twice
    (category pill, h1, the CMS "Mô tả" sapo, meta row with the "Tác giả" component, date and
    "Cập nhật" date, reading time, cover image); then a row whose DOM starts with the sidebar
    (pixel-positioned to the right: "Tin khác", share tools, links, visitor counter) and then
    the rich text in an appear-animated layer, then tags.

How each gold article is reached (newest first; /tin-tuc shows 1-6, trang-2 7-12, trang-3 13;
every article page's sidebar "Tin khác" also links the three newest others)
    a01 rung-chuong-vang      home "Tin mới", /tin-tuc, category Hoạt động
    a02 lich kiem tra HKI     home, ticker (with ?utm_source=ticker), /tin-tuc, Thông báo
    a03 STEM KHTN             home "Tin mới", /tin-tuc, Tổ chuyên môn
    a04 20/11                 home banner (?utm_… link), "Xem thêm" list, /tin-tuc, Hoạt động
    a05 Kế hoạch nhỏ          home "Xem thêm" list, /tin-tuc, Đoàn - Đội
    a06 nghỉ học bão          home, ticker, /tin-tuc, Thông báo
    a07 hội giảng Văn         /tin-tuc/trang-2, Tổ chuyên môn
    a08 Tin học trẻ           ticker, /tin-tuc/trang-2, Hoạt động
    a09 Đại hội Liên đội      /tin-tuc/trang-2, Đoàn - Đội
    a10 NCBH Toán             /tin-tuc/trang-2, Tổ chuyên môn
    a11 ATGT                  only /tin-tuc/trang-2 (Hoạt động shows 3 of its 5) and sitemap
    a12 đội tuyển HSG         home "Thông báo", /tin-tuc/trang-2, Thông báo
    a13 Hội nghị viên chức    only /tin-tuc/trang-3 and sitemap

Traps
    1. Load more without a URL. Framer's "Xem thêm"/"Tải thêm tin" buttons are ``<div
       role="button">`` layers that fetch CMS chunks in JavaScript; on category pages they are
       the only way on. Older news is reachable only through the agency's pager to static copies
       ``/tin-tuc/trang-2`` and ``/tin-tuc/trang-3``, which sit under the article pattern
       ``/tin-tuc/<slug>`` but are listings. Gold: a11 and a13 (only via page 2/3 or the
       sitemap) are articles; trang-2/trang-3 are not.
    2. SSR breakpoint copies. The nav and the article hero are printed twice in ``ssr-variant
       hidden-…`` wrappers (desktop/tablet and phone): two ``<h1>``, the sapo twice, the date
       row twice, the cover image twice. Gold: one title, the sapo once (first body
       paragraph), the cover once.
    3. Two canonicals. The agency's site-wide custom code ("start of head") prints
       ``<link rel="canonical" href="…/">`` on every page, before Framer's own correct one.
       Gold: canonical_path is the article's own path.
    4. Dates as Framer's Intl formatting prints them for "vi": "4 thg 12, 2026", with a time
       it comes first ("16:45 4 thg 12, 2026"); a "Cập nhật:" date follows the publication
       date in the same row; listing cards print "4/12/26"; a date with time left unset prints
       "00:00 28 thg 10, 2026"; the page also carries build stamps
       (``data-framer-ssr-released-at``, "Published Dec 5, 2026" comment). Gold: the
       publication date of the meta row, midnight -> day only, never the update or build date.
    5. An official notice pasted from Word into the rich text: the letterhead table is
       flattened into centred paragraphs ("UBND PHƯỜNG HÒA KHÁNH", "Số: 152/TB-THCSNLB",
       "Hòa Khánh, ngày 30 tháng 11 năm 2026", "THÔNG BÁO", "Về việc …"), then the text, then
       "Nơi nhận", "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / (Đã ký) / name" and an attachment
       line. The CMS date is 2 Dec. Gold: the letterhead's day "2026-11-30", the signer as
       author, letterhead/kind/subject/closing/attachment not body.
    6. Captions are italic centred paragraphs after the image inside the rich text (Framer's
       rich text has no figcaption); some lines only credit the photographer ("Ảnh: Hồ Văn Tài",
       "(Ảnh: Võ Minh Khoa)"), some are wrapped in parentheses. Gold: captions from those lines
       (parentheses off), None for credit-only lines (the name goes to photographers); caption
       lines are never body.
    7. Bylines. The template's "Tác giả" component shows its default "Ban biên tập" when the
       CMS reference is empty (nobody); the real byline is the right-aligned last paragraph of
       the text ("Tin: X – Ảnh: Y", "Tin, ảnh: X (TPT Đội)", "Bài: Cô X; ảnh: Thầy Y", a unit
       alone, "BBT", "Người viết: Thầy X – Giáo viên Toán"). Gold: names without honorifics,
       posts or units after them; units signing alone as printed; BBT nobody.
    8. Appear animation and DOM order. The rich text layer is printed in its appear start
       state (``style="opacity:0.001;transform:translateY(40px)"``), and in the DOM it comes
       after the sidebar ("Tin khác" cards with excerpts, share tools, visitor counter) that is
       absolutely positioned to its right; tags follow it. Gold: the body is the rich text
       only; nothing of the sidebar or the tags.
    9. Empty lines and link lines inside the text: ``<p class="framer-text"><br
       class="framer-text trailing-break"></p>`` spacers and a "Xem thêm: <link>" paragraph.
       Gold: neither is a paragraph of the body.
    10. Tracking duplicates: the home banner links a04 with ``?utm_source=trang-chu&…`` and the
        ticker links a02 with ``?utm_source=ticker``; Framer serves the same page for any
        query (the poll and contact forms have no action either). Gold: those targets are
        alt_paths of the clean path.
    11. Article-like pages of other collections: document entries (``/van-ban/<slug>``, with
        number, date, signer, download), a photo album and a video page, each a CMS detail page
        with a title, a date and text. Gold: not articles (NON_ARTICLES).

Gold decisions on ambiguous points
    - The cover image printed in the hero is the article's first image (caption None). a04
      prints the same file again as the first image of the text with a caption line: it is
      one image, at the cover's place, captioned by that line.
    - Honorifics "Cô"/"Thầy" and degrees ("ThS.") before a name are titles: dropped.
    - a07 has no byline in the text; its "Tác giả" component is filled ("ThS. Trần Thị Thu
      Hà" over her post): she is the author.
    - a08's closing "(Theo Báo Đà Nẵng)" is a source line: source "Báo Đà Nẵng"; the name
      above it, "Thanh Tâm", is the author.
    - a09 prints no sapo field but opens with a bold lead paragraph: that is the summary.
      a02, a06 and a12 print no "Mô tả": summary None (their meta description is cut from the
      text, not a sapo).
    - "- " items the editor typed (a02, a07) are text with their dash; items of a real list
      (``<ul>``/``<ol>``) are paragraphs without a marker.
    - a10's "Tài liệu tham khảo" heading and its "[1] …" entries are the text's own; the
      bracketed calls stay in their sentences.
    - category: the section as the breadcrumb prints it ("Hoạt động nhà trường", …).
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape as _escape

from crawler.demo.server import Request, Response, html, redirect

from ._common import Img, P, Raw, Story, base_url, gold_record, static_file

NAME = "framer_thcs"
PLATFORM = "Framer (no-code builder, SSR React output, CMS collection)"
START_PATH = "/"

SCHOOL = "Trường THCS Nguyễn Lương Bằng"
SHORT = "THCS Nguyễn Lương Bằng"
TODAY_LINE = "Thứ Bảy, 05/12/2026"

BREAKPOINT_DESKTOP = "72rtr7"
BREAKPOINT_TABLET = "1hxp3ul"
BREAKPOINT_PHONE = "bd9z5s"


def esc(value: str) -> str:
    return _escape(value, quote=True)


def _h(seed: str, n: int = 7) -> str:
    num = int.from_bytes(hashlib.md5(seed.encode("utf-8")).digest()[:10], "big")
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    for _ in range(n):
        num, r = divmod(num, 36)
        out += alphabet[r]
    return out


def fc(seed: str) -> str:
    """A Framer layer class (``framer-1wml6uu``), stable per seed."""
    return "framer-" + _h(seed)


def image(seed: str, ext: str = "jpg") -> str:
    """An image path as the agency's proxy prints it: ``/images/<27 chars>.jpg``."""
    raw = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    name = "".join(c for c in raw if c.isalnum())[:27]
    return f"/images/{name}.{ext}"


# --- categories -------------------------------------------------------------------------------

CATS = {
    "hd": ("Hoạt động nhà trường", "/hoat-dong-nha-truong"),
    "tb": ("Thông báo", "/thong-bao"),
    "cm": ("Tổ chuyên môn", "/to-chuyen-mon"),
    "dd": ("Đoàn - Đội", "/doan-doi"),
}


def _right(text: str, bold: bool = True) -> Raw:
    inner = f'<strong class="framer-text">{esc(text)}</strong>' if bold else esc(text)
    return Raw(f'<p class="framer-text" style="--framer-text-alignment:right">{inner}</p>')


def _center(text: str, bold: bool = False) -> Raw:
    inner = f'<strong class="framer-text">{esc(text)}</strong>' if bold else esc(text)
    return Raw(f'<p class="framer-text" style="--framer-text-alignment:center">{inner}</p>')


_SPACER = Raw('<p class="framer-text"><br class="framer-text trailing-break"></p>')

A01_COVER = image("a01-cover")
A04_COVER = image("a04-cover")

STORIES: list[Story] = [
    Story(
        id=1,
        slug="soi-noi-hoi-thi-rung-chuong-vang-khoi-9-chao-mung-22-12",
        title="Sôi nổi Hội thi “Rung chuông vàng” khối 9 chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam",
        cat="hd",
        published_at="2026-12-04T16:45:00+07:00",
        summary=(
            "Chiều 04/12/2026, Liên đội Trường THCS Nguyễn Lương Bằng phối hợp với Tổ Ngữ văn – Sử – Địa "
            "tổ chức Hội thi “Rung chuông vàng” dành cho 160 học sinh khối 9, chào mừng 82 năm Ngày thành "
            "lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2026) và 37 năm Ngày hội Quốc phòng toàn "
            "dân (22/12/1989 – 22/12/2026)."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Bích Ngọc"],
        photographers=["Hồ Văn Tài"],
        blocks=[
            Img(A01_COVER, None, None, "cover"),
            P(
                "Hội thi gồm 30 câu hỏi thuộc các lĩnh vực lịch sử, địa lí, văn học, an toàn giao thông và hiểu "
                "biết chung về truyền thống của Quân đội nhân dân Việt Nam. Mỗi câu hỏi có thời gian suy nghĩ "
                "từ 15 đến 30 giây; học sinh trả lời bằng bảng con, thí sinh trả lời sai sẽ rời sàn thi."
            ),
            P("Những phần thi gay cấn", "h3"),
            P(
                "Ngay từ những câu hỏi đầu tiên, không khí hội thi đã trở nên sôi động. Sau câu hỏi thứ 10, "
                "trên sàn thi chỉ còn lại 47 thí sinh. Ban tổ chức đã hai lần “cứu trợ” bằng hình thức khán giả "
                "trả lời câu hỏi phụ, đưa 20 thí sinh trở lại sàn thi."
            ),
            Img(
                image("a01-b"),
                "Các thí sinh khối 9 tập trung trả lời câu hỏi trên sàn thi",
                "Các thí sinh khối 9 tập trung trả lời câu hỏi trên sàn thi",
                "rt",
            ),
            P(
                "Đến câu hỏi thứ 27, chỉ còn 3 thí sinh trụ lại. Em Trần Minh Khang, lớp 9/3 là người duy nhất "
                "trả lời đúng câu hỏi cuối cùng về Chiến dịch Hồ Chí Minh lịch sử và giành quyền rung chuông vàng."
            ),
            P(
                "“Em đã ôn tập rất kĩ phần lịch sử lớp 9 và đọc thêm sách về các chiến dịch lớn. Được rung "
                "chuông vàng trong dịp kỉ niệm ngày thành lập Quân đội, em thấy rất tự hào.” – em Trần Minh "
                "Khang chia sẻ.",
                "quote",
            ),
            _SPACER,
            Img(
                image("a01-c"),
                "(Thầy Hiệu trưởng Nguyễn Hữu Phước trao giải Nhất cho em Trần Minh Khang)",
                "Thầy Hiệu trưởng Nguyễn Hữu Phước trao giải Nhất cho em Trần Minh Khang",
                "rt",
            ),
            P(
                "Kết quả, Ban tổ chức đã trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích cho "
                "các thí sinh xuất sắc. Hội thi là hoạt động thiết thực giúp học sinh củng cố kiến thức, bồi "
                "dưỡng lòng yêu nước và niềm tự hào về truyền thống anh hùng của dân tộc."
            ),
            Raw("XEMTHEM"),
            _SPACER,
            _right("Tin: Nguyễn Thị Bích Ngọc – Ảnh: Hồ Văn Tài"),
        ],
        opts={
            "date": "16:45 4 thg 12, 2026",
            "card": "4/12/26",
            "updated": "08:10 5 thg 12, 2026",
            "iso": "2026-12-04T09:45:00.000Z",
            "tags": ["rung chuông vàng", "22/12", "khối 9"],
        },
    ),
    Story(
        id=2,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kì I năm học 2026 – 2027",
        cat="tb",
        published_at="2026-11-30",
        authors=["Phạm Thị Minh Nguyệt"],
        blocks=[
            _center("UBND PHƯỜNG HÒA KHÁNH"),
            _center("TRƯỜNG THCS NGUYỄN LƯƠNG BẰNG", bold=True),
            _center("Số: 152/TB-THCSNLB"),
            _center("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True),
            _center("Độc lập - Tự do - Hạnh phúc", bold=True),
            Raw(
                '<p class="framer-text" style="--framer-text-alignment:right"><em class="framer-text">'
                "Hòa Khánh, ngày 30 tháng 11 năm 2026</em></p>"
            ),
            _center("THÔNG BÁO", bold=True),
            _center("Về việc tổ chức kiểm tra cuối học kì I năm học 2026 - 2027", bold=True),
            P(
                "Căn cứ Kế hoạch số 98/KH-THCSNLB ngày 08/9/2026 của Trường THCS Nguyễn Lương Bằng về thực hiện "
                "nhiệm vụ năm học 2026 - 2027;"
            ),
            P(
                "Căn cứ Công văn số 2154/SGDĐT-GDTrH ngày 20/11/2026 của Sở Giáo dục và Đào tạo thành phố Đà "
                "Nẵng về việc hướng dẫn kiểm tra, đánh giá cuối học kì I;"
            ),
            P("Nhà trường thông báo lịch kiểm tra cuối học kì I năm học 2026 - 2027 như sau:"),
            P("1. Thời gian kiểm tra tập trung: từ ngày 21/12/2026 đến ngày 24/12/2026."),
            P(
                "2. Các môn kiểm tra tập trung: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, "
                "Giáo dục công dân."
            ),
            P("3. Lịch kiểm tra cụ thể:"),
            P("- Thứ Hai (21/12/2026): Ngữ văn (90 phút) – Giáo dục công dân (45 phút);"),
            P("- Thứ Ba (22/12/2026): Toán (90 phút) – Lịch sử và Địa lí (60 phút);"),
            P("- Thứ Tư (23/12/2026): Khoa học tự nhiên (90 phút);"),
            P("- Thứ Năm (24/12/2026): Tiếng Anh (60 phút)."),
            P(
                "4. Các môn đánh giá bằng nhận xét và các môn còn lại do giáo viên bộ môn tổ chức kiểm tra trên "
                "lớp, hoàn thành trước ngày 19/12/2026."
            ),
            P(
                "Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; học sinh có mặt tại "
                "trường trước giờ kiểm tra 15 phút, mang theo thẻ học sinh và đồ dùng học tập cần thiết."
            ),
            _SPACER,
            Raw('<p class="framer-text"><strong class="framer-text"><em class="framer-text">Nơi nhận:</em></strong></p>'),
            Raw('<p class="framer-text">- Các tổ chuyên môn;</p>'),
            Raw('<p class="framer-text">- GVCN các lớp;</p>'),
            Raw('<p class="framer-text">- Website trường;</p>'),
            Raw('<p class="framer-text">- Lưu: VT.</p>'),
            _center("KT. HIỆU TRƯỞNG", bold=True),
            _center("PHÓ HIỆU TRƯỞNG", bold=True),
            Raw('<p class="framer-text" style="--framer-text-alignment:center"><em class="framer-text">(Đã ký)</em></p>'),
            _center("Phạm Thị Minh Nguyệt", bold=True),
            _SPACER,
            Raw(
                '<p class="framer-text">📎 File đính kèm: <a class="framer-text" '
                'href="https://framerusercontent.com/assets/Xq8Lrk2TnB4cV0mPe7sGdH1uYw.pdf" target="_blank" '
                'rel="noopener">Lich-kiem-tra-CKI-2026-2027.pdf</a></p>'
            ),
        ],
        opts={
            "date": "09:15 2 thg 12, 2026",
            "card": "2/12/26",
            "iso": "2026-12-02T02:15:00.000Z",
            "alt_query": "utm_source=ticker",
            "tags": ["kiểm tra cuối kì", "học kì I"],
        },
    ),
    Story(
        id=3,
        slug="to-khtn-to-chuc-chuyen-de-day-hoc-stem-lop-9",
        title="Tổ Khoa học tự nhiên tổ chức chuyên đề dạy học STEM “Chế tạo máy phát điện mini” lớp 9",
        cat="cm",
        published_at="2026-11-28",
        summary=(
            "Nhằm nâng cao năng lực tổ chức dạy học theo định hướng giáo dục STEM, ngày 26/11/2026, Tổ Khoa "
            "học tự nhiên đã tổ chức chuyên đề cấp trường với bài học “Chế tạo máy phát điện mini” tại lớp 9/5."
        ),
        sapo_outside=True,
        authors=["Tổ KHTN"],
        blocks=[
            Img(image("a03-cover"), None, None, "cover"),
            P(
                "Tiết dạy do cô Lê Thị Thanh Thủy, giáo viên Vật lí, thực hiện với sự tham gia dự giờ của Ban "
                "Giám hiệu cùng 14 giáo viên trong tổ. Bài học được thiết kế theo quy trình kĩ thuật gồm 5 bước: "
                "xác định vấn đề, nghiên cứu kiến thức nền, đề xuất giải pháp, chế tạo mẫu và chia sẻ, thảo luận."
            ),
            P("Học sinh là trung tâm của tiết học", "h2"),
            P(
                "Chia thành 6 nhóm, các em sử dụng nam châm vĩnh cửu, cuộn dây đồng, bóng đèn LED và các vật "
                "liệu tái chế như nắp chai, ống hút, bìa cứng để chế tạo máy phát điện quay tay. Nhiều nhóm đã có "
                "ý tưởng sáng tạo như gắn thêm bánh răng để tăng tốc độ quay của nam châm."
            ),
            Img(
                image("a03-b"),
                "Nhóm 3 lớp 9/5 thử nghiệm sản phẩm máy phát điện mini",
                "Nhóm 3 lớp 9/5 thử nghiệm sản phẩm máy phát điện mini",
                "rt",
            ),
            Img(image("a03-d"), None, None, "rt"),
            P(
                "Kết thúc tiết học, 5/6 nhóm có sản phẩm thắp sáng được bóng đèn LED. Các nhóm đã trình bày "
                "nguyên lí hoạt động, nêu những khó khăn gặp phải và đề xuất cách cải tiến sản phẩm."
            ),
            P(
                "Tại buổi sinh hoạt chuyên môn sau tiết dạy, các thầy cô đã phân tích hoạt động học của học sinh, "
                "thống nhất một số điều chỉnh về thời lượng từng bước và cách đánh giá sản phẩm theo tiêu chí. Tổ "
                "sẽ tiếp tục nhân rộng mô hình với các chủ đề STEM ở khối 8 trong học kì II."
            ),
            _right("Tổ KHTN"),
        ],
        opts={"date": "28 thg 11, 2026", "card": "28/11/26", "iso": "2026-11-27T17:00:00.000Z", "tags": ["STEM", "KHTN"]},
    ),
    Story(
        id=4,
        slug="trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="hd",
        published_at="2026-11-20T08:30:00+07:00",
        summary=(
            "Sáng 19/11/2026, Trường THCS Nguyễn Lương Bằng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam (20/11/1982 – 20/11/2026) và tổng kết phong trào thi đua “Hai tốt” đợt 1."
        ),
        sapo_outside=True,
        authors=["Đặng Thị Hồng Nhung"],
        photographers=["Võ Minh Khoa"],
        blocks=[
            Img(A04_COVER, None, "Quang cảnh buổi lễ kỷ niệm", "cover"),
            Raw("A04DUP"),
            P(
                "Đến dự buổi lễ có đồng chí Lê Thị Hồng Vân, Phó Chủ tịch UBND phường Hòa Khánh; đại diện Ban "
                "đại diện cha mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, "
                "nhân viên và hơn 1.400 học sinh của nhà trường."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Hữu Phước, Hiệu trưởng nhà trường ôn lại truyền thống vẻ vang "
                "của ngành Giáo dục và những kết quả nổi bật trong năm học 2025 – 2026:"
            ),
            P("Tỉ lệ học sinh lớp 9 tốt nghiệp THCS đạt 100%;", "li"),
            P("Có 38 học sinh đạt giải trong kì thi học sinh giỏi cấp thành phố;", "li"),
            P(
                "Nhà trường được UBND thành phố tặng Bằng khen vì có thành tích xuất sắc trong công tác giáo dục.",
                "li",
            ),
            Img(
                image("a04-b"),
                "Học sinh tặng hoa chúc mừng các thầy cô giáo",
                "Học sinh tặng hoa chúc mừng các thầy cô giáo",
                "rt",
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên có tiết dạy đạt loại Tốt trong đợt hội giảng "
                "và 9 tập thể lớp có thành tích xuất sắc trong phong trào thi đua chào mừng ngày 20/11."
            ),
            P(
                "Buổi lễ khép lại với chương trình văn nghệ đặc sắc do các em học sinh biểu diễn, thể hiện lòng "
                "biết ơn sâu sắc đối với các thầy cô giáo."
            ),
            Img(image("a04-d"), "(Ảnh: Võ Minh Khoa)", None, "rt"),
            _right("Bài: Cô Đặng Thị Hồng Nhung; ảnh: Thầy Võ Minh Khoa"),
        ],
        opts={
            "date": "08:30 20 thg 11, 2026",
            "card": "20/11/26",
            "iso": "2026-11-20T01:30:00.000Z",
            "alt_query": "utm_source=trang-chu&utm_medium=banner&utm_campaign=20-11",
            "tags": ["20/11", "tri ân thầy cô"],
        },
    ),
    Story(
        id=5,
        slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-hoc-ki-i",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa",
        cat="dd",
        published_at="2026-11-18",
        summary=(
            "Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026 – 2027, sáng thứ Hai ngày 16/11/2026, Liên đội "
            "Trường THCS Nguyễn Lương Bằng đã phát động đợt thu gom giấy vụn, vỏ chai nhựa trong toàn Liên đội."
        ),
        sapo_outside=True,
        authors=["Lê Văn Toàn"],
        photographers=["Lê Văn Toàn"],
        blocks=[
            Img(image("a05-cover"), None, None, "cover"),
            P(
                "Trong thời gian 2 tuần, mỗi chi đội phấn đấu thu gom tối thiểu 50 kg giấy vụn và 200 vỏ chai "
                "nhựa. Toàn bộ số tiền thu được từ việc bán phế liệu sẽ được dùng để hỗ trợ học bổng cho học sinh "
                "có hoàn cảnh khó khăn và mua cây xanh trồng tại khuôn viên trường."
            ),
            P(
                "Tổng phụ trách Đội đề nghị các chi đội phân loại rác ngay tại lớp, không mang chai lọ thủy tinh, "
                "vật sắc nhọn đến trường. Các chi đội nộp sản phẩm vào sáng thứ Bảy hằng tuần tại khu vực nhà xe "
                "giáo viên."
            ),
            Img(
                image("a05-b"),
                "Đội viên chi đội 7/2 mang giấy vụn đến điểm tập kết",
                "Đội viên chi đội 7/2 mang giấy vụn đến điểm tập kết",
                "rt",
            ),
            P(
                "Kết quả đợt thu gom sẽ được công bố trong giờ chào cờ ngày 30/11/2026. Ba chi đội có khối lượng "
                "thu gom nhiều nhất sẽ được cộng điểm thi đua tuần và nhận giấy khen của Liên đội."
            ),
            _right("Tin, ảnh: Lê Văn Toàn (TPT Đội)"),
        ],
        opts={"date": "18 thg 11, 2026", "card": "18/11/26", "iso": "2026-11-17T17:00:00.000Z", "tags": ["Kế hoạch nhỏ"]},
    ),
    Story(
        id=6,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-ngay-14-11-2026-phong-tranh-bao-so-13",
        title="Thông báo cho học sinh nghỉ học ngày 14/11/2026 để phòng, tránh bão số 13",
        cat="tb",
        published_at="2026-11-13T06:00:00+07:00",
        blocks=[
            P(
                "Thực hiện Công điện số 21/CĐ-UBND ngày 12/11/2026 của Chủ tịch UBND thành phố Đà Nẵng về việc "
                "chủ động ứng phó với bão số 13, nhà trường thông báo:"
            ),
            P(
                "Toàn bộ học sinh khối 6, 7, 8, 9 nghỉ học ngày thứ Bảy 14/11/2026. Học sinh đi học trở lại vào "
                "thứ Hai ngày 16/11/2026; trường hợp thời tiết diễn biến phức tạp, nhà trường sẽ có thông báo "
                "tiếp theo trên website và nhóm Zalo của các lớp."
            ),
            P(
                "Cha mẹ học sinh quản lí con em tại nhà, tuyệt đối không cho các em ra sông, suối, khu vực ngập "
                "nước hoặc đến gần cột điện, cây xanh có nguy cơ gãy đổ."
            ),
            P(
                "Cán bộ, giáo viên, nhân viên trực theo lịch phân công của Ban chỉ huy phòng chống thiên tai nhà "
                "trường; di chuyển hồ sơ, thiết bị dạy học ở tầng 1 lên tầng cao trước 17 giờ ngày 13/11/2026."
            ),
            P("Số điện thoại trực: 0236 3842 115 (Văn phòng nhà trường)."),
        ],
        opts={"date": "06:00 13 thg 11, 2026", "card": "13/11/26", "iso": "2026-11-12T23:00:00.000Z", "tags": ["bão số 13"]},
    ),
    Story(
        id=7,
        slug="hoi-giang-chao-mung-20-11-cua-to-ngu-van-su-dia",
        title="Tổ Ngữ văn – Sử – Địa hoàn thành đợt hội giảng chào mừng Ngày Nhà giáo Việt Nam",
        cat="cm",
        published_at="2026-11-09",
        summary=(
            "Từ ngày 26/10 đến 06/11/2026, Tổ Ngữ văn – Sử – Địa đã tổ chức đợt hội giảng chào mừng 44 năm "
            "Ngày Nhà giáo Việt Nam với 12 tiết dạy của 12 giáo viên trong tổ."
        ),
        sapo_outside=True,
        authors=["Trần Thị Thu Hà"],
        blocks=[
            Img(image("a07-cover"), None, None, "cover"),
            P(
                "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp, kĩ thuật dạy học tích "
                "cực như trạm học tập, mảnh ghép, khăn trải bàn; nhiều thầy cô đã ứng dụng hiệu quả công nghệ "
                "thông tin và trí tuệ nhân tạo trong thiết kế học liệu."
            ),
            P("Kết quả xếp loại cụ thể như sau:"),
            P("- Loại Tốt: 9 tiết;"),
            P("- Loại Khá: 3 tiết;"),
            P("- Không có tiết xếp loại Đạt và Chưa đạt."),
            Img(
                image("a07-b"),
                "Cô Ngô Thị Mỹ Linh với tiết dạy Ngữ văn 8 “Đọc hiểu văn bản thơ Đường luật”",
                "Cô Ngô Thị Mỹ Linh với tiết dạy Ngữ văn 8 “Đọc hiểu văn bản thơ Đường luật”",
                "rt",
            ),
            P("Tiết Lịch sử 9 của thầy Phan Văn Dũng: bài “Việt Nam trong những năm 1954 – 1965”;", "brnext"),
            P("Tiết Địa lí 7 của cô Hoàng Thị Kim Oanh: bài “Khí hậu và cảnh quan châu Âu”."),
            P(
                "Qua đợt hội giảng, các giáo viên có dịp trao đổi, học hỏi kinh nghiệm, góp phần nâng cao chất "
                "lượng dạy học theo Chương trình giáo dục phổ thông 2018."
            ),
        ],
        opts={
            "date": "9 thg 11, 2026",
            "card": "9/11/26",
            "iso": "2026-11-08T17:00:00.000Z",
            "author_card": ("ThS. Trần Thị Thu Hà", "Tổ trưởng Tổ Ngữ văn – Sử – Địa"),
            "tags": ["hội giảng", "20/11"],
        },
    ),
    Story(
        id=8,
        slug="hoc-sinh-gianh-9-giai-hoi-thi-tin-hoc-tre-thanh-pho-da-nang-2026",
        title="🎉 Học sinh nhà trường giành 9 giải tại Hội thi Tin học trẻ thành phố Đà Nẵng năm 2026",
        cat="hd",
        published_at="2026-11-03",
        summary=(
            "Tại Hội thi Tin học trẻ thành phố Đà Nẵng lần thứ XXIX năm 2026 vừa kết thúc, đội tuyển Trường "
            "THCS Nguyễn Lương Bằng đã xuất sắc giành 9 giải, trong đó có 1 giải Nhất bảng B."
        ),
        sapo_outside=True,
        authors=["Thanh Tâm"],
        source="Báo Đà Nẵng",
        blocks=[
            Img(image("a08-cover"), None, None, "cover"),
            P(
                "Hội thi do Sở Giáo dục và Đào tạo phối hợp với Thành đoàn Đà Nẵng tổ chức từ ngày 30/10 đến "
                "01/11/2026, thu hút 412 thí sinh đến từ 96 trường tiểu học, THCS và THPT trên địa bàn thành phố "
                "tham gia ở 3 bảng thi."
            ),
            P(
                "Ở bảng B (dành cho học sinh THCS), em Võ Gia Huy, lớp 9/1 giành giải Nhất với sản phẩm lập trình "
                "giải bài toán tối ưu hóa lộ trình thu gom rác thải. Các em còn lại giành 2 giải Nhì, 3 giải Ba và "
                "3 giải Khuyến khích ở nội dung thi lập trình và sản phẩm sáng tạo."
            ),
            Img(
                image("a08-b"),
                "Em Võ Gia Huy (thứ hai từ trái sang) nhận giải Nhất bảng B",
                "Em Võ Gia Huy (thứ hai từ trái sang) nhận giải Nhất bảng B",
                "rt",
            ),
            P(
                "Thầy Lương Công Trí, giáo viên Tin học phụ trách đội tuyển cho biết, các em được bồi dưỡng từ "
                "tháng 8 với các chuyên đề về thuật toán, ngôn ngữ lập trình Python và kĩ năng thuyết trình sản "
                "phẩm."
            ),
            P(
                "Với kết quả này, Trường THCS Nguyễn Lương Bằng xếp thứ 2 toàn đoàn khối THCS. 3 học sinh đạt giải "
                "Nhất, Nhì sẽ được chọn tham gia Hội thi Tin học trẻ toàn quốc năm 2027."
            ),
            _right("Thanh Tâm"),
            Raw(
                '<p class="framer-text" style="--framer-text-alignment:right"><em class="framer-text">'
                "(Theo Báo Đà Nẵng)</em></p>"
            ),
        ],
        opts={"date": "3 thg 11, 2026", "card": "3/11/26", "iso": "2026-11-02T17:00:00.000Z", "tags": ["Tin học trẻ"]},
    ),
    Story(
        id=9,
        slug="dai-hoi-lien-doi-nhiem-ki-2026-2027",
        title="Đại hội Liên đội nhiệm kì 2026 – 2027 thành công tốt đẹp",
        cat="dd",
        published_at="2026-10-28",
        summary=(
            "Chiều 26/10/2026, Liên đội Trường THCS Nguyễn Lương Bằng tổ chức Đại hội Liên đội nhiệm kì 2026 – "
            "2027 với sự tham gia của 96 đại biểu là chỉ huy các chi đội và đội viên tiêu biểu."
        ),
        authors=["Liên đội THCS Nguyễn Lương Bằng"],
        blocks=[
            Img(image("a09-cover"), None, None, "cover"),
            P(
                "Chiều 26/10/2026, Liên đội Trường THCS Nguyễn Lương Bằng tổ chức Đại hội Liên đội nhiệm kì 2026 – "
                "2027 với sự tham gia của 96 đại biểu là chỉ huy các chi đội và đội viên tiêu biểu.",
                "strong",
            ),
            P(
                "Đại hội đã nghe báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kì 2025 – 2026; thảo "
                "luận, đóng góp ý kiến vào phương hướng hoạt động của nhiệm kì mới với chủ đề “Thiếu nhi Việt Nam "
                "– Tự hào tiến bước dưới cờ Đội”."
            ),
            P(
                "Các đại biểu đã thảo luận sôi nổi về các giải pháp xây dựng tình bạn đẹp, nói không với bạo lực "
                "học đường và nâng cao chất lượng các câu lạc bộ sở thích của Liên đội."
            ),
            Img(
                image("a09-b"),
                "Ban Chỉ huy Liên đội nhiệm kì 2026 – 2027 ra mắt Đại hội",
                "Ban Chỉ huy Liên đội nhiệm kì 2026 – 2027 ra mắt Đại hội",
                "rt",
            ),
            P(
                "Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kì 2026 – 2027 gồm 11 đội viên; em Nguyễn Ngọc Bảo "
                "Trâm, lớp 8/4, được bầu làm Liên đội trưởng."
            ),
            _right("Liên đội THCS Nguyễn Lương Bằng"),
        ],
        opts={"date": "00:00 28 thg 10, 2026", "card": "28/10/26", "iso": "2026-10-27T17:00:00.000Z", "tags": ["Đại hội Liên đội"]},
    ),
    Story(
        id=10,
        slug="chuyen-de-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan",
        title="Chuyên đề “Sinh hoạt chuyên môn theo nghiên cứu bài học” môn Toán",
        cat="cm",
        published_at="2026-10-22",
        summary=(
            "Ngày 20/10/2026, Tổ Toán – Tin tổ chức chuyên đề “Sinh hoạt chuyên môn theo nghiên cứu bài học” "
            "thông qua tiết dạy Toán 7 bài “Tổng các góc trong một tam giác”."
        ),
        sapo_outside=True,
        authors=["Huỳnh Tấn Phát"],
        blocks=[
            Img(image("a10-cover"), None, None, "cover"),
            P(
                "Sinh hoạt chuyên môn theo nghiên cứu bài học là hình thức sinh hoạt lấy hoạt động học của học "
                "sinh làm trung tâm, giáo viên dự giờ tập trung quan sát học sinh học như thế nào thay vì đánh giá "
                "giáo viên dạy ra sao.[1]"
            ),
            P("Các bước thực hiện", "h3"),
            P("Xây dựng bài học minh họa;", "ol"),
            P("Dạy minh họa và dự giờ;", "ol"),
            P("Suy ngẫm, thảo luận về bài học;", "ol"),
            P("Áp dụng kết quả vào bài dạy hằng ngày.", "ol"),
            P(
                "Tiết dạy minh họa do cô Đỗ Thị Quỳnh Như thực hiện tại lớp 7/3. Các thầy cô dự giờ đã ghi chép "
                "chi tiết những biểu hiện của học sinh khi hoạt động nhóm, phát hiện những em còn lúng túng khi đo "
                "góc bằng thước đo góc."
            ),
            Img(
                image("a10-b"),
                "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh lớp 7/3",
                "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh lớp 7/3",
                "rt",
            ),
            P(
                "Trong phần thảo luận, tổ thống nhất điều chỉnh thời gian hoạt động khám phá và bổ sung phiếu hỗ "
                "trợ cho nhóm học sinh còn hạn chế về kĩ năng đo đạc.[2]"
            ),
            P("Tài liệu tham khảo", "h3"),
            P(
                "[1] Bộ Giáo dục và Đào tạo (2014), Tài liệu hướng dẫn sinh hoạt chuyên môn theo nghiên cứu bài học."
            ),
            P(
                "[2] Công văn số 5555/BGDĐT-GDTrH ngày 08/10/2014 của Bộ GD&ĐT hướng dẫn sinh hoạt chuyên môn về "
                "đổi mới phương pháp dạy học và kiểm tra, đánh giá."
            ),
            _right("Người viết: Thầy Huỳnh Tấn Phát – Giáo viên Toán"),
        ],
        opts={"date": "22 thg 10, 2026", "card": "22/10/26", "iso": "2026-10-21T17:00:00.000Z", "tags": ["NCBH", "Toán 7"]},
    ),
    Story(
        id=11,
        slug="ngoai-khoa-an-toan-giao-thong-cho-nu-cuoi-ngay-mai",
        title="Ngoại khóa “An toàn giao thông cho nụ cười ngày mai” năm học 2026 – 2027",
        cat="hd",
        published_at="2026-10-15",
        summary=(
            "Sáng 14/10/2026, nhà trường phối hợp với Đội Cảnh sát giao thông – Công an phường Hòa Khánh tổ "
            "chức buổi ngoại khóa tuyên truyền an toàn giao thông cho hơn 1.400 học sinh."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Bích Ngọc"],
        photographers=["Hồ Văn Tài"],
        blocks=[
            Img(image("a11-cover"), None, None, "cover"),
            P(
                "Tại buổi ngoại khóa, đại diện lực lượng Cảnh sát giao thông đã thông tin tình hình tai nạn giao "
                "thông liên quan đến lứa tuổi học sinh trên địa bàn thành phố trong 9 tháng năm 2026, đồng thời "
                "phổ biến các quy định mới về độ tuổi điều khiển xe gắn máy, xe đạp điện và việc đội mũ bảo hiểm "
                "đạt chuẩn."
            ),
            Img(image("a11-b"), "Ảnh: Hồ Văn Tài", None, "rt"),
            P(
                "Học sinh được trực tiếp tham gia trò chơi “Ai nhanh hơn” nhận biết biển báo và xử lí tình huống "
                "khi tham gia giao thông. Nhiều câu hỏi thực tế như “Có được chở 3 người trên xe đạp điện không?” "
                "đã thu hút sự hào hứng của các em."
            ),
            Img(image("a11-d"), "Ảnh: Hồ Văn Tài", None, "rt"),
            P(
                "Kết thúc chương trình, 100% học sinh đã kí cam kết chấp hành nghiêm quy định về an toàn giao "
                "thông, không đi xe máy khi chưa đủ tuổi, không dàn hàng ngang và đội mũ bảo hiểm đúng cách."
            ),
            _right("Tin: Nguyễn Thị Bích Ngọc"),
        ],
        opts={"date": "15 thg 10, 2026", "card": "15/10/26", "iso": "2026-10-14T17:00:00.000Z", "tags": ["ATGT"]},
    ),
    Story(
        id=12,
        slug="thong-bao-tuyen-chon-doi-tuyen-hoc-sinh-gioi-lop-9-cap-thanh-pho",
        title="Thông báo tuyển chọn học sinh tham gia đội tuyển học sinh giỏi lớp 9 cấp thành phố",
        cat="tb",
        published_at="2026-10-09",
        blocks=[
            P(
                "Nhằm chuẩn bị cho Kì thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 – 2027, nhà trường "
                "thông báo tuyển chọn học sinh vào các đội tuyển như sau:"
            ),
            P("Môn thi: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học.", "li"),
            P(
                "Đối tượng: học sinh lớp 9 có kết quả học tập năm học 2025 – 2026 đạt mức Tốt, có nguyện vọng "
                "tham gia.",
                "li",
            ),
            P("Hình thức tuyển chọn: làm bài kiểm tra khảo sát vào chiều thứ Bảy ngày 17/10/2026.", "li"),
            P(
                "Học sinh đăng kí với giáo viên chủ nhiệm trước ngày 14/10/2026. Giáo viên chủ nhiệm tổng hợp danh "
                "sách gửi về đồng chí Phó Hiệu trưởng phụ trách chuyên môn."
            ),
            _right("BBT"),
        ],
        opts={"date": "9 thg 10, 2026", "card": "9/10/26", "iso": "2026-10-08T17:00:00.000Z", "tags": ["HSG lớp 9"]},
    ),
    Story(
        id=13,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
        cat="hd",
        published_at="2026-10-05",
        summary=(
            "Chiều 03/10/2026, Trường THCS Nguyễn Lương Bằng tổ chức Hội nghị viên chức, người lao động năm "
            "học 2026 – 2027 với sự tham dự của 76 cán bộ, giáo viên, nhân viên."
        ),
        sapo_outside=True,
        authors=["Công đoàn trường"],
        blocks=[
            Img(image("a13-cover"), None, None, "cover"),
            P(
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 – 2026, phương hướng nhiệm vụ "
                "năm học 2026 – 2027; báo cáo công khai tài chính và báo cáo hoạt động của Ban Thanh tra nhân dân."
            ),
            P(
                "Đại biểu thảo luận, thống nhất sửa đổi, bổ sung Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở "
                "và Quy chế thi đua, khen thưởng của nhà trường."
            ),
            Img(
                image("a13-b"),
                "Đại biểu biểu quyết thông qua Nghị quyết Hội nghị",
                "Đại biểu biểu quyết thông qua Nghị quyết Hội nghị",
                "rt",
            ),
            P(
                "Tại hội nghị, Hiệu trưởng và Chủ tịch Công đoàn đã kí kết giao ước thi đua; các tổ chuyên môn "
                "đăng kí danh hiệu thi đua năm học 2026 – 2027. Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kì "
                "2026 – 2028 gồm 3 thành viên."
            ),
            _right("Công đoàn trường"),
        ],
        opts={"date": "5 thg 10, 2026", "card": "5/10/26", "iso": "2026-10-04T17:00:00.000Z", "tags": ["Hội nghị viên chức"]},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}"


def cover_of(story: Story) -> str | None:
    for b in story.blocks:
        if isinstance(b, Img) and b.style == "cover":
            return b.src
    return None


def thumb_of(story: Story) -> str:
    return cover_of(story) or "/images/thong-bao-placeholder.png"


def category_name(story: Story) -> str:
    return CATS[story.cat][0]


# --- markup helpers ---------------------------------------------------------------------------


def rel(cur: str, target: str) -> str:
    """A link as Framer prints it: relative to the current page's folder."""
    depth = cur.count("/") - 1
    prefix = "./" if depth <= 0 else "../" * depth
    if target == "/":
        return prefix
    return prefix + target.lstrip("/")


def srcset(src: str, width: int = 1600) -> str:
    return f"{src}?scale-down-to=512 512w,{src}?scale-down-to=1024 1024w,{src} {width}w"


def bg_image(src: str, sizes: str, *, lazy: bool = True, scaled: bool = False) -> str:
    """Framer's background-image wrapper around an ``<img>``."""
    shown = f"{src}?scale-down-to=512" if scaled else src
    load = 'loading="lazy" ' if lazy else 'fetchpriority="high" '
    return (
        '<div style="position:absolute;border-radius:inherit;top:0;right:0;bottom:0;left:0" '
        'data-framer-background-image-wrapper="true">'
        f'<img decoding="async" {load}width="1600" height="1067" sizes="{sizes}" srcset="{srcset(src)}" '
        f'src="{shown}" alt="" style="display:block;width:100%;height:100%;border-radius:inherit;'
        'object-position:center;object-fit:cover"></div>'
    )


def text_layer(name: str, inner: str, *, tag: str = "p", preset: str = "body", style: str = "") -> str:
    """A Framer text layer: a RichTextContainer div around one styled element."""
    return (
        f'<div class="{fc(name + preset)}" data-framer-name="{esc(name)}" '
        'data-framer-component-type="RichTextContainer" '
        f'style="outline:none;display:flex;flex-direction:column;justify-content:flex-start;flex-shrink:0;transform:none{style}">'
        f'<{tag} class="framer-text framer-styles-preset-{_h("preset" + preset, 6)}" '
        f'data-styles-preset="{_h("ds" + preset, 9)}">{inner}</{tag}></div>'
    )


def link_layer(cur: str, target: str, label: str, name: str = "Link", extra: str = "") -> str:
    current = ' data-framer-page-link-current="true"' if cur == target.split("?")[0] else ""
    return (
        f'<a class="{fc(name)} {fc(name + label)}" data-framer-name="{esc(name)}" '
        f'href="{esc(rel(cur, target))}"{current} data-highlight="true" tabindex="0"{extra}>'
        f'<div class="{fc("lbl" + name)}" data-framer-component-type="RichTextContainer" '
        'style="outline:none;display:flex;flex-direction:column;justify-content:flex-start;flex-shrink:0;transform:none">'
        f'<p class="framer-text">{esc(label)}</p></div></a>'
    )


def rich_text(story: Story, cur: str) -> str:
    """The CMS "Nội dung" field as Framer's RichText prints it."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P):
            t = esc(b.text)
            if b.style == "h2":
                out.append(f'<h2 class="framer-text framer-styles-preset-{_h("h2", 6)}">{t}</h2>')
            elif b.style == "h3":
                out.append(f'<h3 class="framer-text framer-styles-preset-{_h("h3", 6)}">{t}</h3>')
            elif b.style in ("li", "ol"):
                tag = "ul" if b.style == "li" else "ol"
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                    items.append(
                        f'<li class="framer-text" data-preset-tag="p"><p class="framer-text">{esc(blocks[i].text)}</p></li>'
                    )
                    i += 1
                out.append(f'<{tag} class="framer-text">{"".join(items)}</{tag}>')
                continue
            elif b.style == "quote":
                out.append(f'<blockquote class="framer-text"><p class="framer-text"><em class="framer-text">{t}</em></p></blockquote>')
            elif b.style == "strong":
                out.append(f'<p class="framer-text"><strong class="framer-text">{t}</strong></p>')
            elif b.style == "brnext":
                nxt = blocks[i + 1]
                out.append(f'<p class="framer-text">{t}<br class="framer-text">{esc(nxt.text)}</p>')
                i += 2
                continue
            else:
                out.append(f'<p class="framer-text">{t}</p>')
        elif isinstance(b, Img):
            if b.style == "rt":
                out.append(
                    f'<img alt="" width="1600" height="1067" src="{b.src}" srcset="{srcset(b.src)}" '
                    'sizes="(min-width: 1200px) 760px, (min-width: 810px) and (max-width: 1199px) 640px, '
                    'calc(100vw - 32px)" style="aspect-ratio:1600 / 1067;width:100%;height:auto" '
                    'class="framer-text framer-image">'
                )
                if b.printed:
                    out.append(
                        '<p class="framer-text" style="--framer-text-alignment:center;--framer-text-color:rgb(102,102,102)">'
                        f'<em class="framer-text">{esc(b.printed)}</em></p>'
                    )
        elif isinstance(b, Raw):
            if b.html == "XEMTHEM":
                a04 = BY_ID[4]
                out.append(
                    '<p class="framer-text"><strong class="framer-text">Xem thêm: </strong>'
                    f'<a class="framer-text" href="{rel(cur, article_path(a04))}">{esc(a04.title)}</a></p>'
                )
            elif b.html == "A04DUP":
                out.append(
                    f'<img alt="" width="1600" height="1067" src="{A04_COVER}" srcset="{srcset(A04_COVER)}" '
                    'sizes="(min-width: 1200px) 760px, calc(100vw - 32px)" '
                    'style="aspect-ratio:1600 / 1067;width:100%;height:auto" class="framer-text framer-image">'
                    '<p class="framer-text" style="--framer-text-alignment:center;--framer-text-color:rgb(102,102,102)">'
                    '<em class="framer-text">Quang cảnh buổi lễ kỷ niệm</em></p>'
                )
            else:
                out.append(b.html)
        i += 1
    return "".join(out)


# --- chrome -------------------------------------------------------------------------------------

NAV = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [("Lịch sử – truyền thống", "/gioi-thieu"), ("Đội ngũ giáo viên", "/doi-ngu")]),
    ("Tin tức", "/tin-tuc", [(name, path) for name, path in CATS.values()]),
    ("Văn bản", "/van-ban", []),
    ("Thư viện", "/thu-vien-anh", [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video")]),
    ("Liên hệ", "/lien-he", []),
]

TICKER = [2, 8, 6]


def topbar(cur: str) -> str:
    items = []
    for sid in TICKER:
        s = BY_ID[sid]
        target = article_path(s) + (f"?{s.opts['alt_query']}" if sid == 2 else "")
        items.append(
            f'<li aria-hidden="{{hidden}}" style="flex-shrink:0"><a class="{fc("tick")}" href="{esc(rel(cur, target))}">'
            f'<p class="framer-text">📢 {esc(s.title)}</p></a></li>'
        )
    row = "".join(items)
    copies = row.replace("{hidden}", "false") + row.replace("{hidden}", "true") * 2
    return (
        f'<div class="{fc("topbar")}" data-framer-name="Top bar" style="background-color:rgb(11,61,145)">'
        + text_layer("Ngày", esc(TODAY_LINE), preset="small")
        + text_layer("Hotline", "Hotline: 0236 3842 115 · Email: c2nguyenluongbang@danang.edu.vn", preset="small")
        + f'<div class="{fc("ticker-container")}"><section style="display:flex;width:100%;height:100%;'
        'max-width:100%;max-height:100%;place-items:center;margin:0;padding:10px;list-style-type:none;'
        'overflow:hidden;mask-image:linear-gradient(to right, rgba(0,0,0,0) 0%, rgb(0,0,0) 12.5%, '
        'rgb(0,0,0) 87.5%, rgba(0,0,0,0) 100%)"><ul style="display:flex;width:100%;height:100%;'
        'max-height:100%;place-items:center;margin:0;padding:0;list-style-type:none;gap:40px;'
        f'position:relative;flex-direction:row;will-change:transform;transform:translateX(-0px)">{copies}'
        "</ul></section></div></div>"
    )


def nav(cur: str) -> str:
    desk = []
    for label, target, subs in NAV:
        if subs:
            panel = "".join(link_layer(cur, p, n, "Dropdown Item") for n, p in subs)
            desk.append(
                f'<div class="{fc("navitem" + label)}" data-framer-name="{esc(label)}" data-highlight="true">'
                + link_layer(cur, target, label + " ▾", "Nav Link")
                + f'<div class="{fc("dropdown")}" data-framer-name="Dropdown" '
                'style="opacity:0;pointer-events:none;transform:translateY(8px);position:absolute;top:44px;left:0;width:240px">'
                + panel
                + "</div></div>"
            )
        else:
            desk.append(link_layer(cur, target, label, "Nav Link"))
    logo = (
        f'<a class="{fc("logo")}" data-framer-name="Logo" href="{rel(cur, "/")}">'
        f'<div class="{fc("logoimg")}" style="position:relative;width:56px;height:56px">'
        + bg_image("/images/logo-thcs-nlb.png", "56px", lazy=False)
        + "</div>"
        + text_layer("Tên trường", f"{esc(SCHOOL.upper())}", preset="logo")
        + "</a>"
    )
    desktop = (
        f'<div class="ssr-variant hidden-{BREAKPOINT_PHONE}"><div class="{fc("nav-container")}">'
        f'<nav class="{fc("nav")} {fc("navdesk")}" data-framer-name="Desktop" style="width:100%">'
        + logo
        + f'<div class="{fc("navlinks")}" data-framer-name="Links">'
        + "".join(desk)
        + '</div><div class="'
        + fc("search")
        + '" data-framer-name="Search" data-highlight="true" tabindex="0" role="button" aria-label="Tìm kiếm">'
        '<svg viewBox="0 0 24 24" width="20" height="20"><circle cx="11" cy="11" r="7" fill="none" stroke="currentColor"/></svg>'
        "</div></nav></div></div>"
    )
    phone = (
        f'<div class="ssr-variant hidden-{BREAKPOINT_DESKTOP} hidden-{BREAKPOINT_TABLET}"><div class="{fc("nav-container")}">'
        f'<nav class="{fc("nav")} {fc("navphone")}" data-framer-name="Phone" style="width:100%">'
        + logo
        + f'<div class="{fc("burger")}" data-framer-name="Menu Icon" data-highlight="true" tabindex="0" role="button">'
        '<div style="height:2px;width:22px;background:#0b3d91"></div><div style="height:2px;width:22px;background:#0b3d91"></div>'
        "</div></nav></div></div>"
    )
    return desktop + phone


def footer(cur: str) -> str:
    quick = "".join(
        link_layer(cur, p, n, "Footer Link")
        for n, p in [("Giới thiệu", "/gioi-thieu"), ("Tin tức", "/tin-tuc"), ("Văn bản", "/van-ban"), ("Liên hệ", "/lien-he")]
    )
    return (
        f'<footer class="{fc("footer")}" data-framer-name="Footer" style="background-color:rgb(8,38,92)">'
        f'<div class="{fc("fcol1")}" data-framer-name="Thông tin">'
        + text_layer("Tên", esc(SCHOOL.upper()), tag="h4", preset="fh")
        + text_layer("Địa chỉ", "Địa chỉ: Số 12 đường Âu Cơ, phường Hòa Khánh, thành phố Đà Nẵng", preset="fs")
        + text_layer("Điện thoại", "Điện thoại: 0236 3842 115 – 0236 3842 116", preset="fs")
        + text_layer("Email", "Email: c2nguyenluongbang@danang.edu.vn", preset="fs")
        + f'</div><div class="{fc("fcol2")}" data-framer-name="Liên kết nhanh">'
        + text_layer("Tiêu đề", "Liên kết nhanh", tag="h4", preset="fh")
        + quick
        + f'</div><div class="{fc("fcol3")}" data-framer-name="Kết nối">'
        + text_layer("Tiêu đề", "Kết nối với chúng tôi", tag="h4", preset="fh")
        + '<a class="' + fc("fb") + '" href="https://www.facebook.com/thcsnguyenluongbang.danang" target="_blank" rel="noopener">'
        '<p class="framer-text">Facebook</p></a>'
        + '<a class="' + fc("yt") + '" href="https://www.youtube.com/@thcsnguyenluongbang" target="_blank" rel="noopener">'
        '<p class="framer-text">YouTube</p></a>'
        + "</div>"
        + text_layer(
            "Copyright",
            "© 2026 Trường THCS Nguyễn Lương Bằng. Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Hữu Phước. "
            "Thiết kế website: Mây Studio",
            preset="fxs",
        )
        + "</footer>"
    )


def sidebar_widgets(cur: str) -> str:
    links = [
        ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
        ("Sở GD&ĐT thành phố Đà Nẵng", "https://danang.edu.vn"),
        ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
        ("Cơ sở dữ liệu ngành", "https://csdl.moet.gov.vn"),
    ]
    items = "".join(
        f'<a class="{fc("extlink")}" href="{esc(u)}" target="_blank" rel="noopener"><p class="framer-text">{esc(n)}</p></a>'
        for n, u in links
    )
    counter = (
        f'<div class="{fc("embed-container")}" data-framer-name="Thống kê truy cập"><div style="width:100%;height:100%;'
        'display:flex;flex-direction:column;border:none">'
        '<div style="font:14px/1.6 Arial"><b>THỐNG KÊ TRUY CẬP</b><br>Đang online: <span>23</span><br>'
        "Hôm nay: <span>486</span><br>Tháng này: <span>9.812</span><br>Tổng truy cập: <span>1.306.742</span></div>"
        "</div></div>"
    )
    return (
        f'<div class="{fc("widget-links")}" data-framer-name="Liên kết">'
        + text_layer("Tiêu đề", "LIÊN KẾT WEBSITE", tag="h4", preset="wh")
        + items
        + "</div>"
        + counter
    )


_HEAD_CSS = (
    "@media(min-width: 1200px){.hidden-72rtr7{display:none!important}}"
    "@media(min-width: 810px) and (max-width: 1199px){.hidden-1hxp3ul{display:none!important}}"
    "@media(max-width: 809px){.hidden-bd9z5s{display:none!important}}"
)


def page(
    request: Request,
    cur: str,
    title: str,
    description: str,
    content: str,
    *,
    route: str,
    og_image: str | None = None,
    handover: object | None = None,
    status: int = 200,
    seo_title: str | None = None,
) -> Response:
    base = base_url(request)
    head_title = seo_title or (f"{title} | {SHORT}" if cur != "/" else f"{SCHOOL} – Phường Hòa Khánh, TP Đà Nẵng")
    og = og_image or "/images/og-thcs-nlb.jpg"
    hydrate = json.dumps(
        {
            "routeId": route,
            "localeId": "default",
            "breakpoints": [
                {"hash": BREAKPOINT_DESKTOP, "mediaQuery": "(min-width: 1200px)"},
                {"hash": BREAKPOINT_TABLET, "mediaQuery": "(min-width: 810px) and (max-width: 1199px)"},
                {"hash": BREAKPOINT_PHONE, "mediaQuery": "(max-width: 809px)"},
            ],
        },
        separators=(",", ":"),
    )
    handover_json = json.dumps(handover if handover is not None else [{"0": 1}], ensure_ascii=False, separators=(",", ":"))
    canonical = "" if status != 200 else f'<link rel="canonical" href="{base}{cur}">\n<meta property="og:url" content="{base}{cur}">\n'
    doc = f"""<!doctype html>
<!-- Made in Framer · framer.com ✨ -->
<!-- Published Dec 5, 2026, 12:41 AM UTC -->
<html lang="vi">
<head>
<meta charset="utf-8">
<!-- Start of headStart -->
<link rel="canonical" href="{base}/">
<meta name="google-site-verification" content="q7Vd2kR8mYpL0sXe4NwT1bHc9uZaFj3gKiO5rEt6yAs">
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7XK2M4P9QH"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag("js",new Date());gtag("config","G-7XK2M4P9QH");</script>
<!-- End of headStart -->
<meta name="viewport" content="width=device-width">
<meta name="generator" content="Framer 4f1b7a2">
<title>{esc(head_title)}</title>
<meta name="description" content="{esc(description)}">
<meta name="framer-search-index" content="https://framerusercontent.com/sites/5Hq1mWcYx0vAtRzL9nKp3e/searchIndex-Tq2xW8aVb1Lm.json">
<meta name="framer-search-index-fallback" content="https://framerusercontent.com/sites/5Hq1mWcYx0vAtRzL9nKp3e/searchIndex-Tq2xW8aVb1Lm-fallback.json">
<link href="/images/favicon-nlb.png" rel="icon" media="(prefers-color-scheme: light)">
<link href="/images/favicon-nlb-dark.png" rel="icon" media="(prefers-color-scheme: dark)">
<meta property="og:type" content="website">
<meta property="og:title" content="{esc(head_title)}">
<meta property="og:description" content="{esc(description)}">
<meta property="og:image" content="{base}{og}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{esc(head_title)}">
<meta name="twitter:image" content="{base}{og}">
{canonical}<link rel="modulepreload" fetchpriority="low" href="https://framerusercontent.com/sites/5Hq1mWcYx0vAtRzL9nKp3e/script_main.Cq3hX9Lm.mjs">
<style data-framer-breakpoint-css>{_HEAD_CSS}</style>
<style data-framer-css-ssr-minified data-framer-components="framer-lib-cursors-host framer-{route} PropertyOverrides framer-Ticker">html,body,#main{{margin:0;padding:0;box-sizing:border-box}}:root{{-webkit-font-smoothing:antialiased;-moz-osx-font-smoothing:grayscale}}*{{box-sizing:border-box;-webkit-font-smoothing:inherit}}h1,h2,h3,h4,h5,h6,p,figure{{margin:0}}body,input,textarea,select,button{{font-size:12px;font-family:sans-serif}}.framer-text{{--framer-font-family:"Be Vietnam Pro",sans-serif}}.{fc("main")}{{position:relative;width:1200px;min-height:100vh}}</style>
<script async src="https://events.framer.com/script?v=2" data-fid="9b2e61d4c0a8f3e7b5d1c9a2f4e6b8d0c1a3e5f7b9d2c4e6a8f0b1d3c5e7a9f1" data-no-nt></script>
</head>
<body>
<script>try{{if(localStorage.get&&localStorage.getItem("__framer_force_showing_editorbar_since")){{const n=document.createElement("link");n.rel="modulepreload";n.href="https://framer.com/edit/init.mjs";document.head.appendChild(n)}}}}catch(e){{}}</script>
<div id="main" data-framer-hydrate-v2="{esc(hydrate)}" data-framer-ssr-released-at="2026-11-24T10:31:07.119Z" data-framer-page-optimized-at="2026-12-05T00:41:52.602Z"><!--$--><div class="framer-{_h("root" + route)} {fc("main")} framer-{BREAKPOINT_DESKTOP}" style="min-height:100vh;width:auto">
{topbar(cur)}
{nav(cur)}
{content}
{footer(cur)}
</div><div id="overlay"></div><!--/$--></div>
<script type="framer/handover" id="__framer__handoverData">{handover_json}</script>
<script>(()=>{{function u(){{function n(t,e,i){{let r=document.createElement("a");r.href=t,r.target=i,r.rel=e,document.body.appendChild(r),r.click(),r.remove()}}}}u()}})()</script>
<div id="__framer-badge-container"></div>
</body>
</html>
"""
    return html(doc, status=status)


# --- listings -----------------------------------------------------------------------------------


def card(cur: str, story: Story, *, target: str | None = None, excerpt: bool = True) -> str:
    href = rel(cur, target or article_path(story))
    desc = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    short = desc if len(desc) < 140 else desc[:137].rsplit(" ", 1)[0] + "…"
    return (
        f'<div class="{fc("card-container")}" style="will-change:transform;opacity:1;transform:none">'
        f'<a class="{fc("card")} {fc("carddesk")}" data-framer-name="Desktop" href="{esc(href)}" data-highlight="true" tabindex="0">'
        f'<div class="{fc("thumb")}" data-framer-name="Ảnh" style="position:relative;border-radius:12px;overflow:hidden">'
        + bg_image(thumb_of(story), "(min-width: 1200px) 368px, 100vw", scaled=True)
        + "</div>"
        + f'<div class="{fc("cardmeta")}" data-framer-name="Meta">'
        + text_layer("Danh mục", esc(category_name(story)), preset="pill")
        + text_layer("Ngày", esc(story.opts["card"]), preset="small")
        + "</div>"
        + text_layer("Tiêu đề", esc(story.title), tag="h3", preset="cardh")
        + (text_layer("Mô tả", esc(short), preset="cardp", style=";-webkit-line-clamp:3") if excerpt else "")
        + "</a></div>"
    )


def load_more(label: str = "Xem thêm") -> str:
    """Framer's native collection-list pagination: a button layer, no URL."""
    return (
        f'<div class="{fc("loadmore-container")}"><div class="{fc("loadmore")}" data-framer-name="Load More" '
        'data-highlight="true" tabindex="0" role="button" style="background-color:rgb(11,61,145);border-radius:40px;'
        'opacity:1">'
        + text_layer("Label", esc(label), preset="btn")
        + "</div></div>"
    )


def newest() -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["iso"], reverse=True)


def section(name: str, heading: str, inner: str) -> str:
    return (
        f'<section class="{fc("sec" + name)}" data-framer-name="{esc(name)}">'
        + text_layer("Heading", esc(heading), tag="h2", preset="sech")
        + inner
        + "</section>"
    )


def collection(items: str, name: str = "Collection List") -> str:
    return f'<div class="{fc("coll" + name)}" data-framer-name="{esc(name)}">{items}</div>'


def breadcrumb(cur: str, trail: list[tuple[str, str | None]]) -> str:
    parts = []
    for label, target in trail:
        if target is None:
            parts.append(f'<p class="framer-text" style="opacity:.7">{esc(label)}</p>')
        else:
            parts.append(f'<a class="{fc("bc")}" href="{esc(rel(cur, target))}"><p class="framer-text">{esc(label)}</p></a>')
    sep = '<p class="framer-text" aria-hidden="true">/</p>'
    return f'<div class="{fc("breadcrumb")}" data-framer-name="Breadcrumb">{sep.join(parts)}</div>'


def news_listing(request: Request, page_no: int) -> Response:
    cur = "/tin-tuc" if page_no == 1 else f"/tin-tuc/trang-{page_no}"
    items = newest()[(page_no - 1) * 6 : page_no * 6]
    pager = []
    for n in (1, 2, 3):
        target = "/tin-tuc" if n == 1 else f"/tin-tuc/trang-{n}"
        current = ' data-framer-page-link-current="true"' if n == page_no else ""
        pager.append(
            f'<a class="{fc("pg")}" data-framer-name="Trang {n}" href="{rel(cur, target)}"{current}>'
            f'<p class="framer-text">{n}</p></a>'
        )
    if page_no < 3:
        pager.append(
            f'<a class="{fc("pgnext")}" data-framer-name="Trang sau" href="{rel(cur, f"/tin-tuc/trang-{page_no + 1}")}">'
            '<p class="framer-text">Trang sau ›</p></a>'
        )
    content = (
        f'<main class="{fc("listmain")}" data-framer-name="Main">'
        + breadcrumb(cur, [("Trang chủ", "/"), ("Tin tức", None if page_no == 1 else "/tin-tuc")])
        + text_layer("Tiêu đề trang", "Tin tức – Sự kiện", tag="h1", preset="pageh")
        + f'<div class="{fc("filters")}" data-framer-name="Bộ lọc">'
        + "".join(link_layer(cur, p, n, "Filter") for n, p in CATS.values())
        + "</div>"
        + collection("".join(card(cur, s) for s in items), "Danh sách tin")
        + (load_more() if page_no < 3 else "")
        + f'<div class="{fc("pager")}" data-framer-name="Pagination">{"".join(pager)}</div>'
        + "</main>"
    )
    title = "Tin tức" if page_no == 1 else f"Tin tức – Trang {page_no}"
    return page(
        request,
        cur,
        title,
        "Tin tức, sự kiện, thông báo của Trường THCS Nguyễn Lương Bằng, phường Hòa Khánh, TP Đà Nẵng.",
        content,
        route="tintuc" + str(page_no),
    )


def category_listing(request: Request, key: str) -> Response:
    name, cur = CATS[key]
    items = [s for s in newest() if s.cat == key]
    shown = items[:3]
    content = (
        f'<main class="{fc("catmain")}" data-framer-name="Main">'
        + breadcrumb(cur, [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (name, None)])
        + text_layer("Tiêu đề trang", esc(name), tag="h1", preset="pageh")
        + collection("".join(card(cur, s) for s in shown), "Danh sách " + name)
        + (load_more() if len(items) > 3 else "")
        + "</main>"
    )
    return page(request, cur, name, f"{name} – Trường THCS Nguyễn Lương Bằng", content, route="cat" + key)


# --- article ------------------------------------------------------------------------------------


def hero(cur: str, story: Story, variant: str) -> str:
    name, cat_path = CATS[story.cat]
    author_name, author_post = story.opts.get("author_card", ("Ban biên tập", ""))
    avatar = "/images/avatar-giao-vien.png" if "author_card" in story.opts else "/images/avatar-bbt.png"
    author = (
        f'<div class="{fc("author-container")}"><div class="{fc("author")}" data-framer-name="Tác giả">'
        f'<div class="{fc("avatar")}" style="position:relative;width:36px;height:36px;border-radius:50%;overflow:hidden">'
        + bg_image(avatar, "36px")
        + "</div>"
        + text_layer("Tên", esc(author_name), preset="authn")
        + (text_layer("Chức vụ", esc(author_post), preset="authp") if author_post else "")
        + "</div></div>"
    )
    date = text_layer("Ngày đăng", esc(story.opts["date"]), preset="meta")
    updated = (
        text_layer("Ngày cập nhật", "Cập nhật: " + esc(story.opts["updated"]), preset="meta")
        if "updated" in story.opts
        else ""
    )
    words = sum(len(b.text.split()) for b in story.blocks if isinstance(b, P))
    reading = text_layer("Thời gian đọc", f"{max(1, round(words / 200))} phút đọc", preset="meta")
    meta = f'<div class="{fc("metarow" + variant)}" data-framer-name="Meta">{author}{date}{updated}{reading}</div>'
    pill = (
        f'<a class="{fc("pill")}" data-framer-name="Danh mục" href="{rel(cur, cat_path)}">'
        + text_layer("Text", esc(name), preset="pill")
        + "</a>"
    )
    h1 = text_layer("Tiêu đề", esc(story.title), tag="h1", preset="h1" + variant)
    sapo = text_layer("Mô tả", esc(story.summary), preset="sapo") if story.summary and story.sapo_outside else ""
    cov = cover_of(story)
    cover = (
        f'<div class="{fc("cover" + variant)}" data-framer-name="Ảnh bìa" style="position:relative;border-radius:16px;'
        'overflow:hidden;aspect-ratio:1.6 / 1">'
        + bg_image(cov, "(min-width: 1200px) 1120px, 100vw", lazy=False)
        + "</div>"
        if cov
        else ""
    )
    if variant == "desk":
        inner = pill + h1 + sapo + meta + cover
        cls = f"ssr-variant hidden-{BREAKPOINT_PHONE}"
        frame = "Desktop"
    else:
        inner = cover + pill + h1 + meta + sapo
        cls = f"ssr-variant hidden-{BREAKPOINT_DESKTOP} hidden-{BREAKPOINT_TABLET}"
        frame = "Phone"
    return (
        f'<div class="{cls}"><div class="{fc("hero-container")}"><header class="{fc("hero")} {fc("hero" + variant)}" '
        f'data-framer-name="{frame}" style="width:100%">{inner}</header></div></div>'
    )


def article_page(request: Request, story: Story) -> Response:
    cur = article_path(story)
    name, cat_path = CATS[story.cat]
    others = [s for s in newest() if s.id != story.id][:3]
    share_url = base_url(request) + cur
    share = (
        f'<div class="{fc("share")}" data-framer-name="Chia sẻ">'
        + text_layer("Label", "Chia sẻ:", preset="small")
        + f'<a class="{fc("sh-fb")}" href="https://www.facebook.com/sharer/sharer.php?u={esc(share_url)}" target="_blank" rel="noopener">'
        '<img src="/images/icon-facebook.svg.png" alt="Facebook" width="28" height="28"></a>'
        + f'<a class="{fc("sh-zalo")}" href="https://sp.zalo.me/share_inline?url={esc(share_url)}" target="_blank" rel="noopener">'
        '<img src="/images/icon-zalo.png" alt="Zalo" width="28" height="28"></a>'
        + f'<div class="{fc("sh-copy")}" data-framer-name="Sao chép liên kết" role="button" tabindex="0"><p class="framer-text">Sao chép liên kết</p></div>'
        + f'<div class="{fc("sh-print")}" data-framer-name="In bài" role="button" tabindex="0" onclick="window.print()"><p class="framer-text">🖨 In bài viết</p></div>'
        + "</div>"
    )
    sidebar = (
        f'<aside class="{fc("sidebar")}" data-framer-name="Sidebar" style="position:absolute;left:860px;top:0;width:320px">'
        + share
        + f'<div class="{fc("others")}" data-framer-name="Tin khác">'
        + text_layer("Heading", "TIN KHÁC", tag="h4", preset="wh")
        + collection("".join(card(cur, s) for s in others), "Tin khác")
        + "</div>"
        + sidebar_widgets(cur)
        + "</aside>"
    )
    appear = _h("appear" + story.slug, 6)
    body = (
        f'<div class="{fc("contentwrap")}" data-framer-name="Nội dung" data-framer-appear-id="{appear}" '
        'style="opacity:0.001;transform:translateY(40px);position:absolute;left:40px;top:0;width:760px">'
        f'<div class="{fc("richtext")}" data-framer-name="Content" data-framer-component-type="RichTextContainer" '
        'style="--framer-paragraph-spacing:16px;transform:none">'
        + rich_text(story, cur)
        + "</div></div>"
    )
    tags = (
        f'<div class="{fc("tags")}" data-framer-name="Tags" style="position:absolute;left:40px;bottom:0;width:760px">'
        + text_layer("Label", "Từ khóa:", preset="small")
        + "".join(text_layer("Tag", "#" + esc(t), preset="tag") for t in story.opts.get("tags", []))
        + "</div>"
    )
    content = (
        f'<main class="{fc("artmain")}" data-framer-name="Main">'
        + breadcrumb(cur, [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (name, cat_path)])
        + hero(cur, story, "desk")
        + hero(cur, story, "phone")
        + f'<div class="{fc("bodyrow")}" data-framer-name="Body Row" style="position:relative;min-height:1400px">'
        + sidebar
        + body
        + tags
        + "</div></main>"
    )
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    description = first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "..."
    handover = [
        {"0": 1, "1": 2},
        {"id": "cms-" + _h(story.slug, 9), "slug": story.slug, "date": story.opts["iso"], "category": name},
    ]
    cov = cover_of(story)
    return page(
        request,
        cur,
        story.title,
        description,
        content,
        route="tintucDetail",
        og_image=cov,
        handover=handover,
    )


# --- home ---------------------------------------------------------------------------------------


def home(request: Request) -> Response:
    cur = "/"
    latest = newest()
    a04 = BY_ID[4]
    banner_target = article_path(a04) + "?" + a04.opts["alt_query"]
    banner = (
        f'<section class="{fc("banner")}" data-framer-name="Banner" style="position:relative;height:560px">'
        + bg_image("/images/banner-20-11-2026.jpg", "100vw", lazy=False)
        + f'<div class="{fc("bannertext")}" data-framer-name="Nội dung banner" data-framer-appear-id="{_h("bannerappear", 6)}" '
        'style="opacity:0.001;transform:translateY(30px);position:absolute;left:80px;bottom:80px;width:620px">'
        + text_layer("Eyebrow", "TIN NỔI BẬT", preset="eyebrow")
        + text_layer("Tiêu đề", esc(a04.title), tag="h2", preset="bannerh")
        + f'<a class="{fc("bannerbtn")}" data-framer-name="Button" href="{esc(rel(cur, banner_target))}" data-highlight="true">'
        + text_layer("Label", "Xem chi tiết →", preset="btn")
        + "</a></div></section>"
    )
    notices = [s for s in latest if s.cat == "tb"][:3]
    notice_rows = "".join(
        f'<a class="{fc("notice")}" data-framer-name="Thông báo item" href="{rel(cur, article_path(s))}">'
        + text_layer("Ngày", esc(s.opts["card"]), preset="small")
        + text_layer("Tiêu đề", esc(s.title), preset="noticet")
        + "</a>"
        for s in notices
    )
    poll = (
        f'<form class="{fc("poll")}" data-framer-name="Bình chọn">'
        + text_layer("Câu hỏi", "Bạn đánh giá thế nào về giao diện website mới của nhà trường?", preset="wh")
        + "".join(
            f'<label class="{fc("pollopt")}"><input type="radio" name="Đánh giá" value="{esc(v)}" '
            f'class="framer-form-input framer-form-input-empty">{esc(v)}</label>'
            for v in ("Rất đẹp, dễ sử dụng", "Đẹp nhưng khó tìm thông tin", "Cần cải thiện thêm")
        )
        + f'<div class="{fc("pollbtn-container")}"><button type="submit" class="{fc("pollbtn")}" data-framer-name="Default">'
        '<p class="framer-text">Bình chọn</p></button></div></form>'
    )
    album = (
        f'<a class="{fc("albumcard")}" data-framer-name="Album" href="{rel(cur, ALBUM_PATH)}">'
        f'<div class="{fc("albumthumb")}" style="position:relative;height:220px">'
        + bg_image(image("album-khai-giang-1"), "368px", scaled=True)
        + "</div>"
        + text_layer("Tiêu đề", "Lễ khai giảng năm học 2026 – 2027", tag="h3", preset="cardh")
        + "</a>"
    )
    video = (
        f'<a class="{fc("videocard")}" data-framer-name="Video" href="{rel(cur, VIDEO_PATH)}">'
        f'<div class="{fc("videothumb")}" style="position:relative;height:220px">'
        + bg_image(image("video-doc-sach-thumb"), "368px", scaled=True)
        + "</div>"
        + text_layer("Tiêu đề", "Phóng sự: Ngày hội đọc sách năm 2026", tag="h3", preset="cardh")
        + "</a>"
    )
    welcome = (
        f'<section class="{fc("welcome")}" data-framer-name="Chào mừng">'
        + text_layer("Heading", "Chào mừng đến với Trường THCS Nguyễn Lương Bằng", tag="h2", preset="sech")
        + text_layer(
            "Text",
            "Ngôi trường thân thiện, học sinh tích cực – nơi mỗi em được yêu thương, tôn trọng và phát triển toàn diện. "
            "Năm học 2026 – 2027, nhà trường có 36 lớp với 1.428 học sinh và 76 cán bộ, giáo viên, nhân viên.",
            preset="body",
        )
        + link_layer(cur, "/gioi-thieu", "Tìm hiểu thêm", "Button")
        + "</section>"
    )
    content = (
        f'<main class="{fc("homemain")}" data-framer-name="Main">'
        + banner
        + welcome
        + section("Tin mới", "TIN MỚI NHẤT", collection("".join(card(cur, s) for s in latest[:3]), "Tin mới"))
        + section("Thông báo", "THÔNG BÁO", notice_rows + link_layer(cur, "/thong-bao", "Tất cả thông báo →", "More"))
        + section(
            "Xem thêm",
            "XEM THÊM",
            collection("".join(card(cur, s, excerpt=False) for s in latest[3:6]), "Xem thêm") + load_more("Tải thêm tin"),
        )
        + section("Thư viện", "THƯ VIỆN ẢNH – VIDEO", album + video)
        + f'<div class="{fc("homewidgets")}" data-framer-name="Widgets">'
        + poll
        + sidebar_widgets(cur)
        + "</div></main>"
    )
    return page(
        request,
        cur,
        SCHOOL,
        "Website chính thức của Trường THCS Nguyễn Lương Bằng, phường Hòa Khánh, thành phố Đà Nẵng.",
        content,
        route="augiA20Il",
    )


# --- non-articles -------------------------------------------------------------------------------

DOCS = [
    {
        "slug": "ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027",
        "so": "98/KH-THCSNLB",
        "ngay": "08/9/2026",
        "loai": "Kế hoạch",
        "trich_yeu": "Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027",
        "nguoi_ky": "Nguyễn Hữu Phước",
        "file": "https://framerusercontent.com/assets/Kp4Vn9Lw2XcE7tRbQ1mYs5dAoH.pdf",
    },
    {
        "slug": "quy-che-chi-tieu-noi-bo-nam-2026",
        "so": "12/QC-THCSNLB",
        "ngay": "15/01/2026",
        "loai": "Quy chế",
        "trich_yeu": "Quy chế chi tiêu nội bộ năm 2026",
        "nguoi_ky": "Nguyễn Hữu Phước",
        "file": "https://framerusercontent.com/assets/Zt8Hc3Ws0LqN6vGxPb2mKe9fUa.pdf",
    },
]
ALBUM_PATH = "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027"
VIDEO_PATH = "/video/phong-su-ngay-hoi-doc-sach-2026"


def simple_page(request: Request, cur: str, title: str, trail: list[tuple[str, str | None]], inner: str, route: str) -> Response:
    content = (
        f'<main class="{fc("simplemain")}" data-framer-name="Main">'
        + breadcrumb(cur, trail)
        + text_layer("Tiêu đề trang", esc(title), tag="h1", preset="pageh")
        + inner
        + "</main>"
    )
    return page(request, cur, title, f"{title} – {SCHOOL}", content, route=route)


def _paras(*texts: str) -> str:
    return (
        f'<div class="{fc("rt-static")}" data-framer-component-type="RichTextContainer" style="transform:none">'
        + "".join(f'<p class="framer-text">{esc(t)}</p>' for t in texts)
        + "</div>"
    )


def intro_page(request: Request) -> Response:
    inner = _paras(
        "Trường THCS Nguyễn Lương Bằng được thành lập năm 1997 trên cơ sở tách ra từ Trường PTCS Hòa Khánh. "
        "Trải qua gần 30 năm xây dựng và phát triển, nhà trường luôn là địa chỉ tin cậy của phụ huynh và học "
        "sinh trên địa bàn phường Hòa Khánh.",
        "Năm 2019, nhà trường được công nhận đạt chuẩn quốc gia mức độ 1; năm 2024 được công nhận đạt kiểm định "
        "chất lượng giáo dục cấp độ 3.",
        "Năm học 2026 – 2027, nhà trường có 36 lớp với 1.428 học sinh; đội ngũ gồm 76 cán bộ, giáo viên, nhân "
        "viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.",
        "Sứ mạng: Xây dựng môi trường học tập thân thiện, an toàn, chất lượng; giúp học sinh phát triển phẩm "
        "chất, năng lực để tiếp tục học tập và hội nhập.",
    ) + (
        f'<div class="{fc("introimg")}" style="position:relative;height:420px">'
        + bg_image(image("intro-toan-canh"), "100vw")
        + "</div>"
    )
    return simple_page(request, "/gioi-thieu", "Giới thiệu chung", [("Trang chủ", "/"), ("Giới thiệu", None)], inner, "gioithieu")


STAFF = [
    ("Nguyễn Hữu Phước", "Hiệu trưởng", "ThS. Quản lí giáo dục"),
    ("Phạm Thị Minh Nguyệt", "Phó Hiệu trưởng", "ThS. Toán học"),
    ("Trương Văn Lực", "Phó Hiệu trưởng", "CN. Sư phạm Vật lí"),
    ("Trần Thị Thu Hà", "Tổ trưởng Tổ Ngữ văn – Sử – Địa", "ThS. Văn học Việt Nam"),
    ("Huỳnh Tấn Phát", "Tổ trưởng Tổ Toán – Tin", "CN. Sư phạm Toán"),
    ("Lê Văn Toàn", "Tổng phụ trách Đội", "CN. Giáo dục chính trị"),
]


def staff_page(request: Request) -> Response:
    cards = "".join(
        f'<div class="{fc("staff")}" data-framer-name="Giáo viên">'
        f'<div class="{fc("staffimg")}" style="position:relative;width:160px;height:200px">'
        + bg_image(image("staff-" + n), "160px")
        + "</div>"
        + text_layer("Tên", esc(n), tag="h3", preset="cardh")
        + text_layer("Chức vụ", esc(p), preset="small")
        + text_layer("Trình độ", esc(d), preset="small")
        + "</div>"
        for n, p, d in STAFF
    )
    inner = _paras("Đội ngũ cán bộ quản lí và tổ trưởng chuyên môn năm học 2026 – 2027.") + collection(cards, "Đội ngũ")
    return simple_page(request, "/doi-ngu", "Đội ngũ cán bộ, giáo viên", [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Đội ngũ", None)], inner, "doingu")


def contact_page(request: Request) -> Response:
    form = (
        f'<form class="{fc("contactform")}" data-framer-name="Form liên hệ">'
        '<label><p class="framer-text">Họ và tên</p><input type="text" name="Họ tên" placeholder="Nguyễn Văn A" class="framer-form-input"></label>'
        '<label><p class="framer-text">Email</p><input type="email" name="Email" placeholder="email@example.com" class="framer-form-input"></label>'
        '<label><p class="framer-text">Nội dung</p><textarea name="Nội dung" class="framer-form-input"></textarea></label>'
        f'<div class="{fc("sendbtn-container")}"><button type="submit" class="{fc("sendbtn")}"><p class="framer-text">Gửi liên hệ</p></button></div>'
        "</form>"
    )
    inner = (
        _paras(
            "Trường THCS Nguyễn Lương Bằng",
            "Địa chỉ: Số 12 đường Âu Cơ, phường Hòa Khánh, thành phố Đà Nẵng",
            "Điện thoại: 0236 3842 115 (Văn phòng) – 0236 3842 116 (Hiệu trưởng)",
            "Email: c2nguyenluongbang@danang.edu.vn",
            "Giờ làm việc: Thứ Hai – Thứ Sáu, 7h00 – 11h30 và 13h30 – 17h00",
        )
        + f'<div class="{fc("map-container")}"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3833.7!2d108.15!3d16.07" '
        'width="100%" height="360" style="border:0" loading="lazy"></iframe></div>'
        + form
    )
    return simple_page(request, "/lien-he", "Liên hệ", [("Trang chủ", "/"), ("Liên hệ", None)], inner, "lienhe")


def doc_list(request: Request) -> Response:
    cur = "/van-ban"
    rows = "".join(
        f'<a class="{fc("docrow")}" data-framer-name="Văn bản" href="{rel(cur, "/van-ban/" + d["slug"])}">'
        + text_layer("Số", esc(d["so"]), preset="small")
        + text_layer("Ngày", esc(d["ngay"]), preset="small")
        + text_layer("Trích yếu", esc(d["trich_yeu"]), preset="noticet")
        + "</a>"
        for d in DOCS
    )
    return simple_page(request, cur, "Văn bản", [("Trang chủ", "/"), ("Văn bản", None)], collection(rows, "Danh sách văn bản"), "vanban")


def doc_page(request: Request, d: dict) -> Response:
    cur = "/van-ban/" + d["slug"]
    rows = [
        ("Số/Ký hiệu", d["so"]),
        ("Loại văn bản", d["loai"]),
        ("Ngày ban hành", d["ngay"]),
        ("Trích yếu", d["trich_yeu"]),
        ("Người ký", d["nguoi_ky"]),
        ("Cơ quan ban hành", "Trường THCS Nguyễn Lương Bằng"),
    ]
    grid = "".join(
        f'<div class="{fc("docfield")}" data-framer-name="Dòng">'
        + text_layer("Nhãn", esc(k), preset="small")
        + text_layer("Giá trị", esc(v), preset="body")
        + "</div>"
        for k, v in rows
    )
    dl = (
        f'<a class="{fc("download")}" data-framer-name="Tải về" href="{d["file"]}" target="_blank" rel="noopener">'
        + text_layer("Label", "⬇ Tải văn bản (PDF)", preset="btn")
        + "</a>"
    )
    return simple_page(
        request,
        cur,
        d["trich_yeu"],
        [("Trang chủ", "/"), ("Văn bản", "/van-ban"), (d["so"], None)],
        collection(grid, "Thông tin văn bản") + dl,
        "vanbanDetail",
    )


def album_list(request: Request) -> Response:
    cur = "/thu-vien-anh"
    inner = collection(
        f'<a class="{fc("albumcard")}" href="{rel(cur, ALBUM_PATH)}">'
        f'<div class="{fc("albumthumb")}" style="position:relative;height:220px">'
        + bg_image(image("album-khai-giang-1"), "368px", scaled=True)
        + "</div>"
        + text_layer("Tiêu đề", "Lễ khai giảng năm học 2026 – 2027", tag="h3", preset="cardh")
        + text_layer("Số ảnh", "8 ảnh", preset="small")
        + "</a>",
        "Albums",
    )
    return simple_page(request, cur, "Thư viện ảnh", [("Trang chủ", "/"), ("Thư viện ảnh", None)], inner, "thuvienanh")


def album_page(request: Request) -> Response:
    cur = ALBUM_PATH
    photos = "".join(
        f'<div class="{fc("photo")}" style="position:relative;height:240px">'
        + bg_image(image(f"album-khai-giang-{n}"), "(min-width: 1200px) 368px, 100vw")
        + "</div>"
        for n in range(1, 9)
    )
    inner = (
        text_layer("Ngày", "5 thg 9, 2026", preset="meta")
        + _paras("Một số hình ảnh tại Lễ khai giảng năm học 2026 – 2027 của thầy và trò nhà trường sáng 05/9/2026.")
        + collection(photos, "Ảnh")
    )
    return simple_page(
        request,
        cur,
        "Lễ khai giảng năm học 2026 – 2027",
        [("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh"), ("Album", None)],
        inner,
        "albumDetail",
    )


def video_list(request: Request) -> Response:
    cur = "/video"
    inner = collection(
        f'<a class="{fc("videocard")}" href="{rel(cur, VIDEO_PATH)}">'
        f'<div class="{fc("videothumb")}" style="position:relative;height:220px">'
        + bg_image(image("video-doc-sach-thumb"), "368px", scaled=True)
        + "</div>"
        + text_layer("Tiêu đề", "Phóng sự: Ngày hội đọc sách năm 2026", tag="h3", preset="cardh")
        + "</a>",
        "Videos",
    )
    return simple_page(request, cur, "Video", [("Trang chủ", "/"), ("Video", None)], inner, "video")


def video_page(request: Request) -> Response:
    inner = (
        text_layer("Ngày", "24 thg 10, 2026", preset="meta")
        + f'<div class="{fc("yt-container")}" data-framer-name="YouTube"><iframe '
        'src="https://www.youtube.com/embed/Qm4rT8vXk2s?iv_load_policy=3&amp;rel=0&amp;modestbranding=1&amp;playsinline=1" '
        'frameborder="0" allow="presentation; fullscreen; accelerometer; autoplay; clipboard-write; encrypted-media; '
        'gyroscope; picture-in-picture" title="YouTube Video" style="width:100%;height:100%;border:none"></iframe></div>'
        + _paras(
            "Phóng sự ghi lại các hoạt động của Ngày hội đọc sách năm 2026: trưng bày sách, thi kể chuyện theo sách "
            "và giới thiệu sách hay của các chi đội."
        )
    )
    return simple_page(
        request,
        VIDEO_PATH,
        "Phóng sự: Ngày hội đọc sách năm 2026",
        [("Trang chủ", "/"), ("Video", "/video"), ("Phóng sự", None)],
        inner,
        "videoDetail",
    )


def not_found(request: Request) -> Response:
    content = (
        f'<main class="{fc("404main")}" data-framer-name="404">'
        + text_layer("Tiêu đề", "404", tag="h1", preset="pageh")
        + text_layer("Text", "Không tìm thấy trang bạn yêu cầu.", preset="body")
        + link_layer("/404", "/", "Về trang chủ", "Button")
        + "</main>"
    )
    return page(request, "/404", "Không tìm thấy trang", "Không tìm thấy trang", content, route="notfound", status=404)


# --- the site -----------------------------------------------------------------------------------


class FramerSite:
    def __init__(self) -> None:
        routes = {
            "/": home,
            "/tin-tuc": lambda r: news_listing(r, 1),
            "/tin-tuc/trang-2": lambda r: news_listing(r, 2),
            "/tin-tuc/trang-3": lambda r: news_listing(r, 3),
            "/gioi-thieu": intro_page,
            "/doi-ngu": staff_page,
            "/lien-he": contact_page,
            "/van-ban": doc_list,
            "/thu-vien-anh": album_list,
            ALBUM_PATH: album_page,
            "/video": video_list,
            VIDEO_PATH: video_page,
        }
        for key, (_name, path) in CATS.items():
            routes[path] = lambda r, k=key: category_listing(r, k)
        for story in STORIES:
            routes[article_path(story)] = lambda r, s=story: article_page(r, s)
        for d in DOCS:
            routes["/van-ban/" + d["slug"]] = lambda r, doc=d: doc_page(r, doc)
        self.routes = routes

    def sitemap(self, request: Request) -> Response:
        base = base_url(request)
        urls = "".join(f"<url><loc>{base}{'' if p == '/' else p}</loc></url>" for p in self.routes)
        body = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        return Response(200, body, {"Content-Type": "application/xml"})

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/robots.txt":
            body = f"User-agent: *\nAllow: /\n\nSitemap: {base_url(request)}/sitemap.xml\n"
            return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/sitemap.xml":
            return self.sitemap(request)
        if path.startswith("/images/"):
            return static_file(path)
        if path != "/" and path.endswith("/"):
            return redirect(path.rstrip("/"), 308)
        handler = self.routes.get(path)
        if handler is None:
            return not_found(request)
        return handler(request)


def build_site() -> FramerSite:
    return FramerSite()


# --- gold ---------------------------------------------------------------------------------------


def _alt(story: Story) -> list[str]:
    if "alt_query" in story.opts:
        return [article_path(story) + "?" + story.opts["alt_query"]]
    return []


GOLD = [
    gold_record(story, article_path(story), category_name(story), alt_paths=_alt(story))
    for story in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/doi-ngu",
    "/lien-he",
    "/van-ban/" + DOCS[0]["slug"],
    "/van-ban/" + DOCS[1]["slug"],
    ALBUM_PATH,
    VIDEO_PATH,
]
