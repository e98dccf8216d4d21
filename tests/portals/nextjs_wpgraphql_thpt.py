"""Trường THPT Lê Hữu Trác (Hà Tĩnh): headless WordPress (WPGraphQL + Yoast) behind a Next.js front.

Platform
--------
The school's editors write in WordPress (Gutenberg) on ``cms.thptlehuutrac.edu.vn``; the public
site is a Next.js app (pages router, ISR) that queries WPGraphQL at build time and prints the
post's ``content`` (rendered Gutenberg blocks, wptexturize'd: curly quotes and en dashes as
``&#8220;``/``&#8211;``) inside its own layout. Every page carries ``<script id="__NEXT_DATA__">``
with the whole GraphQL payload (post, menu, sidebar widgets). The layout's classes are CSS-module
hashes with Vietnamese abbreviations (``PostDetail_noidung__Xc7Ls``, ``Sidebar_hop__aZ81c``).

URL scheme
----------
- ``/``                                    home: slider, "Tin mới nhất", "Thông báo" box, sidebar
- ``/bai-viet/<slug>``                     a post (the 13 gold articles); any query is ignored
- ``/chuyen-muc/<slug>``                   category listing, 4 posts a page, children included;
  ``?trang=N`` (numbered pager) and ``/chuyen-muc/<slug>/trang/N`` (rel=next, "Trang sau ›")
  serve the same page N; ``/trang/1`` 308-redirects to the bare listing; past the last page: 404
- ``/the/<slug>``                          tag listing
- ``/tim-kiem?s=…``                        search (GET form in the header)
- ``/gioi-thieu``, ``/lien-he``            WordPress pages (catch-all route ``/[...uri]``)
- ``/van-ban``, ``/van-ban/<slug>``        document register (custom post type) and its entries
- ``/thu-vien-anh[/<slug>]``, ``/video[/<slug>]``   albums and clips
- ``/lich-cong-tac[?tuan=48..50]``         weekly work calendar (three weeks exist)
- ``/YYYY/MM/DD/<slug>/`` (the WordPress ``uri`` that WPGraphQL puts in __NEXT_DATA__) and
  ``/bai-viet/<slug>/`` 308-redirect to ``/bai-viet/<slug>``
- ``/wp-content/uploads/…`` (rewritten to the CMS) and ``/_next/image?url=…`` serve images
- ``/api/binh-chon`` (poll, POST) and ``/api/lien-he`` answer JSON

Page templates
--------------
Home, listing (cards with a next/image thumbnail, a relative date computed at build time and the
WordPress excerpt ending "[…]"), post (breadcrumb, h1, meta bar with the CMS account, content,
tags, share bar, "Bài viết cùng chuyên mục"), WordPress page (same template as a post, og:type
website), document entry, album, clip, calendar. Sidebar on all: "Tin đọc nhiều", "Văn bản mới",
album and clip teasers, a select of outside links, visitor counter, poll form.

How each gold article is reached
--------------------------------
- home slider (with ``?from=noibat``): A1 lễ 20/11, A2 Giai điệu tuổi hồng, A11 STEM
- home "Tin mới nhất": A13, A6 (emoji slug, upper-case escapes), A3, A11; "Thông báo": A3, A10
- sidebar "Tin đọc nhiều" (every page): A1, A12, A5, A2, A13
- category listings: everything; A7 (the oldest) only on page 2 of "Tin tức - Sự kiện" and of
  "Hoạt động nhà trường"; A4 and A9 only from the "Chuyên môn" drop-down's listings (and the
  related lists of those categories, A12's "Bài viết cùng chuyên mục"); A8 from "Đoàn trường",
  page 2 of "Tin tức", the related lists of A13/A2 and the YARPP block inside A10

Traps
-----
1. Double-escaped titles: WPGraphQL's ``title`` is already texturized HTML (``&#8220;``,
   ``&#8211;``); the h1 inserts it as HTML, but ``<title>``, og:title and the card alt texts
   print it as text, so they show a literal "&#8220;". Gold: the h1's text, with “ ” and –
   ("…năm học 2026 – 2027" although the editor typed "2026 - 2027").
2. Times in three zones of meaning: the meta bar prints local time; Yoast's
   ``article:published_time`` and the JSON-LD say UTC (``…T08:30:00+00:00``); __NEXT_DATA__'s
   ``date`` has no offset at all and ``dateGmt`` is UTC again. Gold: local time with +07:00.
3. A9's meta bar leads with "Cập nhật lần cuối: 16:20 04/12/2026" in bold and gives the
   publication ("Đăng ngày 28/10/2026 lúc 14:10") second, in small grey. Gold: the latter.
4. A6 prints only a relative date computed when the page was last rebuilt by ISR ("2 ngày
   trước", stale: today it would be three); the true moment is in ``<time dateTime>``. Gold:
   ``2026-12-02T09:00:00+07:00``. Listing cards are all relative ("3 tuần trước").
5. A7 was back-dated by the editor with no time: printed "… - 00:00". Gold: the day alone.
6. Emoji in a title makes WordPress store a percent-encoded slug (``%f0%9f%8e%89-chuc-mung…``):
   listings, canonical and related lists print it lower-case, the home block upper-case
   (``encodeURI(decodeURIComponent(slug))``). Same article: the lower-case form is the gold path,
   the upper-case one an alt path. The title keeps its 🎉.
7. Slider links carry ``?from=noibat``; Next.js ignores the query and serves the post (canonical
   points to the bare path). Alt paths of A1, A2, A11.
8. Images: ``src`` was rewritten to this host but ``srcset`` still names the CMS host (the
   front end replaced only ``src="https://cms…``). Gold: the ``src`` path. Listing thumbnails
   (``/_next/image?url=…``) and og:image (featured image on the CMS host) are not article photos.
9. Captions three ways: Gutenberg ``figcaption``; a credit-only figcaption "Ảnh: Phan Thanh
   Tùng" (caption None); A8's editor typed captions as centred italic paragraphs "(…)" under a
   figure with no figcaption (caption without the parentheses, not body). A gallery's own
   ``blocks-gallery-caption`` belongs to no single photo (not a caption, not body).
10. Text boundaries inside the content div: a YARPP "Bài viết cùng chủ đề" block (h3 + ol of
    links) sits inside the post content (A10), as do "Xem thêm:" lines, wp-block-file
    download rows, YouTube embeds with a figcaption, the right-aligned byline, and A4's WordPress
    footnotes block *after* the byline. Gold: related block, Xem thêm, files, embeds and byline
    are not body; A4's "Tài liệu tham khảo" heading and note entries are (without the ↩︎
    back-links), its bare superscript calls are not.
11. Authors: the meta bar's "Đăng bởi: nt_admin" and JSON-LD's author are the CMS account
    (nobody). The real byline is a right-aligned paragraph at the end: "Tin, ảnh: X" (A1),
    "Bài và ảnh: X" (A11), "Tin: X - Ảnh: Y" (A8), "ThS. X – Tổ trưởng Tổ Ngữ văn" (A4),
    "ThS. X (Phó Hiệu trưởng)" (A12), a unit alone ("BCH Đoàn trường", "Tổ Toán – Tin").
12. A3 is an official notice pasted as a letterhead table (a second, real table of the exam
    schedule follows): date from the letterhead (30/11, the post went up on 01/12), the signer
    (below "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / (Đã ký)") is the author.
13. A9's text was pasted from a Mac: decomposed Unicode (NFD) in the content and in the JSON.
    Gold: NFC.
14. Categories: A5 still has "Chưa phân loại" ticked, listed first in the JSON's categories;
    A12 is filed under "Chuyên môn" (Yoast primary, breadcrumb) and "Hoạt động nhà trường".
    Gold: the breadcrumb's last crumb.
15. Not articles that look like posts: the intro page uses the post template with an h1, a date
    and long history text; the clip page has a title, date and description. The excerpt in
    __NEXT_DATA__ / meta description ("…[…]") is no sapo.
16. Discovery red herrings: the home's "Tải thêm bài viết" is a JS button (``data-offset``) and
    the "THÔNG BÁO" ticker is empty in the HTML, filled from __NEXT_DATA__, whose ``uri`` fields
    are WordPress permalinks (``/2026/12/01/<slug>/``, 308 to ``/bai-viet/<slug>``) next to
    ``link``s on the CMS host. Gold paths are the ``/bai-viet/`` ones, reached by real links.

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` with a time when the meta bar or ``<time dateTime>`` carries one (A6: the
  attribute, the visible text being relative); A3 the letterhead's day; A7 the day (midnight).
- Wptexturize is part of the print: titles and text keep “ ” – … as the h1/content show them;
  bylines too ("Tổ Toán – Tin"), while the breadcrumb prints the term name "Tổ Toán - Tin".
- A sapo is only a bold first paragraph (A1, A4, A11, A13); the others have summary None.
- A gallery caption is neither body nor a photo's caption; a photo whose figcaption only
  credits the author (A11) has caption None and adds no new photographer.
- Table rows (A3's schedule, A12's results, header row included) are paragraphs, cells joined
  by " | "; a table's figcaption is a caption, not body. A3's letterhead table, "THÔNG BÁO /
  Về việc…" lines, "Nơi nhận" and signature table are not body.
- Source: "Nguồn: Báo Hà Tĩnh" (A5) and "Theo Fanpage Tuổi trẻ Lê Hữu Trác" (A13); A5's "Theo kế
  hoạch, …" sentence is text.
- Emoji written as text (🎉, 👏, ❤️, 📌) are kept.
"""

from __future__ import annotations

import datetime as _dt
import json
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nextjs_wpgraphql_thpt"
PLATFORM = "Headless WordPress (WPGraphQL, Gutenberg, Yoast) + Next.js pages router"
START_PATH = "/"

SITE_NAME = "Trường THPT Lê Hữu Trác"
CMS = "https://cms.thptlehuutrac.edu.vn"
BUILD_ID = "Xw3k9_Lh2TqPz7RmB4cNe"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

# slug -> (name as the term prints, parent slug)
CATS: dict[str, tuple[str, str | None]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None),
    "hoat-dong-nha-truong": ("Hoạt động nhà trường", "tin-tuc-su-kien"),
    "doan-truong": ("Đoàn trường", "tin-tuc-su-kien"),
    "thong-bao": ("Thông báo", None),
    "chuyen-mon": ("Chuyên môn", None),
    "to-ngu-van": ("Tổ Ngữ văn", "chuyen-mon"),
    "to-toan-tin": ("Tổ Toán - Tin", "chuyen-mon"),
    "tuyen-sinh": ("Tuyển sinh", None),
}
TAGS = {
    "20-11": "20-11",
    "doan-thanh-nien": "Đoàn thanh niên",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "chuong-trinh-gdpt-2018": "Chương trình GDPT 2018",
}
_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

# --- text as WordPress prints it --------------------------------------------------------------

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;", "–": "&#8211;", "…": "&#8230;"}


def wp(value: str, nfd: bool = False) -> str:
    """Escaped text with wptexturize's punctuation written as numeric references."""
    s = esc(value)
    if nfd:
        s = unicodedata.normalize("NFD", s)
    for ch, ref in _TEXTURIZE.items():
        s = s.replace(ch, ref)
    return s


def Hp(text: str, markup: str) -> P:
    """A paragraph whose markup is written by hand (footnote calls, inline oddities)."""
    return P(text, style="@" + markup)


_FN_IDS = [
    "5c1e8a0b-7f3d-4b2a-9e61-0d4c2f8b7a13",
    "a9d04e6c-21b8-4f57-8c3e-6b1f0e92d4a5",
    "e3b7c912-4a6f-4d08-b2e5-97c1d3f0a864",
]


def fn_para(marked: str) -> P:
    """``marked`` has footnote calls as {1}: gold text without them, markup with WP's sup."""
    clean = marked
    markup = wp(marked)
    for n, uid in enumerate(_FN_IDS, start=1):
        clean = clean.replace(f"{{{n}}}", "")
        markup = markup.replace(
            f"{{{n}}}",
            f'<sup data-fn="{uid}" class="fn"><a href="#{uid}" id="{uid}-link">{n}</a></sup>',
        )
    return P(clean, style="@<p>" + markup + "</p>")


# --- the 13 posts ----------------------------------------------------------------------------


def _img(name: str, month: str = "11") -> str:
    return f"/wp-content/uploads/2026/{month}/{name}-1024x683.jpg"


A1 = Story(
    id=1421,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Trường THPT Lê Hữu Trác long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="hoat-dong-nha-truong",
    published_at="2026-11-19T15:30:00+07:00",
    summary=(
        "Sáng ngày 19/11/2026, Trường THPT Lê Hữu Trác long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
        "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, "
        "UBND xã Hương Sơn, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên "
        "và hơn 1.300 học sinh của nhà trường."
    ),
    blocks=[
        P(
            "Sáng ngày 19/11/2026, Trường THPT Lê Hữu Trác long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, "
            "UBND xã Hương Sơn, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên "
            "và hơn 1.300 học sinh của nhà trường.",
            style="b",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Nguyễn Đình Lâm, Hiệu trưởng nhà trường ôn lại truyền thống "
            "vẻ vang của ngành Giáo dục và những chặng đường phát triển của nhà trường sau hơn 50 năm "
            "xây dựng và trưởng thành. Năm học 2025 – 2026, nhà trường có 42 học sinh đạt giải học sinh "
            "giỏi cấp tỉnh, tỷ lệ tốt nghiệp THPT đạt 99,8%."
        ),
        Img(
            _img("kyniem-2011-01"),
            printed="Thầy Nguyễn Đình Lâm, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            caption="Thầy Nguyễn Đình Lâm, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            style="fig",
        ),
        P(
            "Thay mặt Ban đại diện cha mẹ học sinh, ông Trần Văn Sơn bày tỏ lòng biết ơn sâu sắc đến "
            "các thầy giáo, cô giáo đã tận tụy với sự nghiệp “trồng người”, đồng thời trao tặng nhà "
            "trường 20 suất học bổng dành cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
        ),
        P(
            "Dịp này, nhà trường đã khen thưởng 15 giáo viên có thành tích xuất sắc trong Hội giảng "
            "chào mừng Ngày Nhà giáo Việt Nam và trao giải cho các tập thể lớp đạt thành tích cao trong "
            "đợt thi đua “Hoa điểm 10 tri ân thầy cô”."
        ),
        Img(
            _img("kyniem-2011-02"),
            printed="Học sinh dâng hoa chúc mừng các thầy cô giáo",
            caption="Học sinh dâng hoa chúc mừng các thầy cô giáo",
            style="gal",
        ),
        Img(_img("kyniem-2011-03"), printed=None, caption=None, style="gal"),
        Img(
            _img("kyniem-2011-04"),
            printed="Tiết mục văn nghệ “Người thầy” của tập thể lớp 11A2",
            caption="Tiết mục văn nghệ “Người thầy” của tập thể lớp 11A2",
            style="gal",
        ),
        P(
            "Buổi lễ khép lại trong không khí ấm áp, để lại nhiều cảm xúc cho các thế hệ thầy và trò "
            "Trường THPT Lê Hữu Trác."
        ),
        Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Trần Thị Mai Anh</strong></p>'),
    ],
    authors=["Trần Thị Mai Anh"],
    photographers=["Trần Thị Mai Anh"],
    opts={
        "gallery_caption": "Một số hình ảnh tại buổi lễ kỷ niệm",
        "tags": ["20-11"],
        "wp_date": "2026-11-19T15:30:00",
        "modified": "2026-11-20T07:12:44",
        "featured": "kyniem-2011-01",
    },
)

A2 = Story(
    id=1398,
    slug="hoi-thi-giai-dieu-tuoi-hong-nam-2026",
    title="Hội thi “Giai điệu tuổi hồng” năm 2026",
    cat="doan-truong",
    published_at="2026-11-12T20:05:00+07:00",
    blocks=[
        P(
            "Nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tối ngày 11/11/2026, Đoàn trường "
            "THPT Lê Hữu Trác tổ chức vòng chung kết Hội thi “Giai điệu tuổi hồng” năm 2026 với sự "
            "tham gia của 10 tiết mục xuất sắc nhất được chọn từ vòng sơ khảo."
        ),
        P(
            "Các tiết mục dự thi được dàn dựng công phu, đa dạng về thể loại: đơn ca, tốp ca, múa, "
            "hát múa phụ họa… với nội dung ca ngợi tình thầy trò, quê hương Hà Tĩnh và tuổi trẻ."
        ),
        Img(
            _img("giai-dieu-tuoi-hong-01"),
            printed="Tiết mục đạt giải Nhất của Chi đoàn 12A1",
            caption="Tiết mục đạt giải Nhất của Chi đoàn 12A1",
            style="fig",
        ),
        P("Kết quả, Ban tổ chức đã trao các giải:"),
        P("Giải Nhất: Chi đoàn 12A1 với tiết mục “Bài ca người giáo viên nhân dân”;", style="li"),
        P("Giải Nhì: Chi đoàn 11A3 và Chi đoàn 10A5;", style="li"),
        P("Giải Ba: Chi đoàn 12A4, 11A1 và 10A2;", style="li"),
        P("Giải Khuyến khích: 04 tiết mục còn lại.", style="li"),
        Raw(
            '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
            'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
            '<iframe title="Chung kết Giai điệu tuổi hồng 2026 - THPT Lê Hữu Trác" width="640" '
            'height="360" src="https://www.youtube.com/embed/Qm3dX7pL0aE?feature=oembed" '
            'frameborder="0" allowfullscreen></iframe></div><figcaption class="wp-element-caption">'
            "Video: Trích đoạn đêm chung kết</figcaption></figure>"
        ),
        P(
            "Hội thi là sân chơi bổ ích, giúp đoàn viên rèn luyện kỹ năng, phát huy năng khiếu và "
            "bày tỏ lòng tri ân đối với thầy cô giáo."
        ),
        Raw(
            '<p>Xem thêm: <a href="/video/giai-dieu-tuoi-hong-2026-chung-ket">Video đêm chung kết '
            "Hội thi &#8220;Giai điệu tuổi hồng&#8221; 2026</a></p>"
        ),
        Raw('<p class="has-text-align-right"><strong><em>BCH Đoàn trường</em></strong></p>'),
    ],
    authors=["BCH Đoàn trường"],
    opts={
        "tags": ["doan-thanh-nien", "20-11"],
        "wp_date": "2026-11-12T20:05:00",
        "modified": "2026-11-12T20:31:09",
        "featured": "giai-dieu-tuoi-hong-01",
    },
)

A3 = Story(
    id=1467,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(
            '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody><tr>'
            '<td class="has-text-align-center" data-align="center">SỞ GD&amp;ĐT HÀ TĨNH<br>'
            "<strong>TRƯỜNG THPT LÊ HỮU TRÁC</strong><br>Số: 318/TB-THPTLHT</td>"
            '<td class="has-text-align-center" data-align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA '
            "VIỆT NAM</strong><br><strong>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong><br>"
            "<em>Hương Sơn, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table></figure>"
        ),
        Raw(
            '<p class="has-text-align-center"><strong>THÔNG BÁO</strong><br><strong>Lịch kiểm tra '
            "cuối học kỳ I năm học 2026 &#8211; 2027</strong></p>"
        ),
        P(
            "Căn cứ Kế hoạch số 215/KH-THPTLHT ngày 05/9/2026 của Trường THPT Lê Hữu Trác về thực hiện "
            "nhiệm vụ năm học 2026 – 2027;"
        ),
        P("Căn cứ tình hình thực tế, nhà trường thông báo lịch kiểm tra cuối học kỳ I như sau:"),
        P("1. Thời gian", style="b"),
        P("- Khối 12: từ ngày 21/12/2026 đến ngày 24/12/2026.", style="br"),
        P("- Khối 10, 11: từ ngày 24/12/2026 đến ngày 29/12/2026.", style="br"),
        P("2. Lịch kiểm tra các môn tập trung", style="b"),
        P("Ngày | Buổi | Môn | Thời gian làm bài", style="th"),
        P("21/12/2026 | Sáng | Ngữ văn 12 | 90 phút", style="tr"),
        P("22/12/2026 | Sáng | Toán 12 | 90 phút", style="tr"),
        P("23/12/2026 | Chiều | Tiếng Anh 12 | 60 phút", style="tr"),
        P("3. Tổ chức thực hiện", style="b"),
        P(
            "Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh; các tổ chuyên "
            "môn hoàn thành đề kiểm tra, nộp về Phó Hiệu trưởng phụ trách chuyên môn trước ngày "
            "14/12/2026."
        ),
        P(
            "Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên chủ nhiệm và học sinh "
            "nghiêm túc thực hiện./."
        ),
        Raw(
            '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody><tr>'
            "<td><strong><em>Nơi nhận:</em></strong><br>- Các tổ CM;<br>- GVCN các lớp;<br>"
            "- Website trường;<br>- Lưu: VT.</td>"
            '<td class="has-text-align-center" data-align="center"><strong>KT. HIỆU TRƯỞNG<br>'
            "PHÓ HIỆU TRƯỞNG</strong><br><br><em>(Đã ký)</em><br><br><strong>Nguyễn Thị Thu Hà"
            "</strong></td></tr></tbody></table></figure>"
        ),
        Raw(
            '<div class="wp-block-file"><a id="wp-block-file--media-8c21" '
            'href="/wp-content/uploads/2026/12/318-TB-lich-KT-cuoi-HKI.pdf">318-TB-lich-KT-cuoi-HKI'
            '</a><a href="/wp-content/uploads/2026/12/318-TB-lich-KT-cuoi-HKI.pdf" '
            'class="wp-block-file__button wp-element-button" download '
            'aria-describedby="wp-block-file--media-8c21">Tải xuống</a></div>'
        ),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    opts={
        "wp_date": "2026-12-01T07:45:00",
        "modified": "2026-12-01T07:45:00",
        "featured": "thong-bao-chung",
        "raw_title": "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
    },
)

A4 = Story(
    id=1302,
    slug="chuyen-de-day-hoc-doc-hieu-van-ban-nghi-luan-theo-chuong-trinh-gdpt-2018",
    title="Chuyên đề: Dạy học đọc hiểu văn bản nghị luận theo Chương trình GDPT 2018",
    cat="to-ngu-van",
    published_at="2026-10-22T09:40:00+07:00",
    summary=(
        "Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 – 2027, ngày 20/10/2026, Tổ Ngữ văn "
        "tổ chức chuyên đề “Dạy học đọc hiểu văn bản nghị luận theo định hướng phát triển năng lực "
        "học sinh”."
    ),
    blocks=[
        P(
            "Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 – 2027, ngày 20/10/2026, Tổ Ngữ văn "
            "tổ chức chuyên đề “Dạy học đọc hiểu văn bản nghị luận theo định hướng phát triển năng lực "
            "học sinh”.",
            style="b",
        ),
        P("1. Đặt vấn đề", style="h3"),
        fn_para(
            "Chương trình giáo dục phổ thông 2018 xác định mục tiêu của môn Ngữ văn là hình thành và "
            "phát triển năng lực ngôn ngữ, năng lực văn học cho học sinh{1}. Với văn bản nghị luận, "
            "yêu cầu không chỉ dừng ở việc nhận biết luận đề, luận điểm mà còn là đánh giá được cách "
            "lập luận và liên hệ với các vấn đề của đời sống."
        ),
        P(
            "Thực tế giảng dạy cho thấy nhiều học sinh còn lúng túng khi phân tích mối quan hệ giữa "
            "luận điểm, lí lẽ và bằng chứng; giáo viên đôi khi vẫn nặng về giảng giải thay cho tổ chức "
            "hoạt động."
        ),
        P("2. Một số biện pháp được trao đổi tại chuyên đề", style="h3"),
        P("Sử dụng sơ đồ tư duy để học sinh tự xác lập hệ thống luận điểm của văn bản;", style="li"),
        P("Tổ chức tranh biện theo nhóm về vấn đề văn bản đặt ra;", style="li"),
        P("Thiết kế phiếu học tập có câu hỏi theo ba mức độ: nhận biết, thông hiểu, vận dụng;", style="li"),
        fn_para(
            "Kết hợp đánh giá thường xuyên bằng bảng kiểm và rubric{2}."
        ),
        P(
            "“Dạy đọc hiểu không phải là dạy thuộc một văn bản mà là dạy cách đọc mọi văn bản cùng "
            "loại.”",
            style="quote",
        ),
        P("3. Kết luận", style="h3"),
        P(
            "Chuyên đề nhận được nhiều ý kiến trao đổi sôi nổi. Tổ Ngữ văn thống nhất áp dụng các "
            "biện pháp trên trong các tiết dạy từ tuần 10 và đánh giá hiệu quả vào cuối học kỳ I."
        ),
        Raw(
            '<p class="has-text-align-right"><strong><em>ThS. Võ Thị Hồng Nhung &#8211; Tổ trưởng '
            "Tổ Ngữ văn</em></strong></p>"
        ),
        P("Tài liệu tham khảo", style="h4"),
        P(
            "Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban hành kèm "
            "theo Thông tư số 32/2018/TT-BGDĐT.",
            style="fn",
        ),
        P(
            "Đỗ Ngọc Thống (chủ biên, 2019), Dạy học phát triển năng lực môn Ngữ văn trung học phổ "
            "thông, NXB Đại học Sư phạm.",
            style="fn",
        ),
    ],
    authors=["Võ Thị Hồng Nhung"],
    opts={
        "tags": ["chuong-trinh-gdpt-2018"],
        "wp_date": "2026-10-22T09:40:00",
        "modified": "2026-10-23T21:05:51",
        "featured": "chuyen-de-ngu-van",
    },
)

A5 = Story(
    id=1355,
    slug="tu-van-huong-nghiep-tuyen-sinh-nam-2027-cho-hoc-sinh-khoi-12",
    title="Tư vấn hướng nghiệp, tuyển sinh năm 2027 cho học sinh khối 12",
    cat="tuyen-sinh",
    published_at="2026-11-05T07:30:00+07:00",
    blocks=[
        P(
            "Chiều 04/11, Trường THPT Lê Hữu Trác phối hợp với Trường Đại học Hà Tĩnh và Trường Đại "
            "học Vinh tổ chức chương trình tư vấn hướng nghiệp, tuyển sinh năm 2027 cho gần 450 học "
            "sinh khối 12."
        ),
        P(
            "Tại buổi tư vấn, các chuyên gia đã thông tin về những điểm mới trong quy chế tuyển sinh "
            "đại học, phương thức xét tuyển sớm, xét học bạ và sử dụng kết quả kỳ thi tốt nghiệp THPT; "
            "đồng thời giới thiệu các ngành nghề có nhu cầu nhân lực cao tại địa phương."
        ),
        Img(
            _img("tu-van-tuyen-sinh-01"),
            printed="Học sinh khối 12 đặt câu hỏi cho các chuyên gia tư vấn",
            caption="Học sinh khối 12 đặt câu hỏi cho các chuyên gia tư vấn",
            style="fig",
        ),
        P(
            "Theo kế hoạch, trong tháng 12/2026 nhà trường sẽ tiếp tục tổ chức các buổi trải nghiệm "
            "thực tế tại doanh nghiệp trong Khu kinh tế Vũng Áng cho học sinh có nguyện vọng học nghề."
        ),
        Raw('<p class="has-text-align-right"><strong>Hoàng Liên</strong></p>'),
        Raw('<p class="has-text-align-right"><em>Nguồn: Báo Hà Tĩnh</em></p>'),
    ],
    authors=["Hoàng Liên"],
    source="Báo Hà Tĩnh",
    opts={
        "json_cats": ["chua-phan-loai", "tuyen-sinh"],
        "wp_date": "2026-11-05T07:30:00",
        "modified": "2026-11-05T07:30:00",
        "featured": "tu-van-tuyen-sinh-01",
    },
)

_A6_SLUG = "🎉-chuc-mung-doi-tuyen-hoc-sinh-gioi-cap-tinh-lop-12-dat-18-giai"
A6 = Story(
    id=1489,
    slug=quote(_A6_SLUG, safe="-").lower(),
    title="🎉 Chúc mừng đội tuyển học sinh giỏi cấp tỉnh lớp 12 đạt 18 giải",
    cat="hoat-dong-nha-truong",
    published_at="2026-12-02T09:00:00+07:00",
    blocks=[
        P(
            "Sở GD&ĐT Hà Tĩnh vừa công bố kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học "
            "2026 – 2027. Đội tuyển Trường THPT Lê Hữu Trác có 18/20 học sinh đạt giải, xếp thứ 3 "
            "trong khối các trường THPT không chuyên của tỉnh."
        ),
        P("📌 Cơ cấu giải cụ thể:"),
        P("02 giải Nhất (môn Ngữ văn, Hóa học);", style="li"),
        P("05 giải Nhì;", style="li"),
        P("07 giải Ba;", style="li"),
        P("04 giải Khuyến khích.", style="li"),
        Img(
            _img("hsg-tinh-2026", "12"),
            printed="Đội tuyển học sinh giỏi lớp 12 cùng các thầy cô bồi dưỡng",
            caption="Đội tuyển học sinh giỏi lớp 12 cùng các thầy cô bồi dưỡng",
            style="fig",
        ),
        P(
            "Em Nguyễn Thảo Vy (lớp 12A1) đạt giải Nhất môn Ngữ văn với số điểm 17,5 – cao nhất toàn "
            "tỉnh. Đây là kết quả của sự nỗ lực bền bỉ của các em học sinh và tâm huyết của đội ngũ "
            "giáo viên bồi dưỡng."
        ),
        P("👏👏👏 Xin chúc mừng các em và các thầy cô!"),
    ],
    opts={
        "date_style": "relative",
        "relative": "2 ngày trước",
        "tags": ["hoc-sinh-gioi"],
        "wp_date": "2026-12-02T09:00:00",
        "modified": "2026-12-02T10:14:27",
        "featured": "hsg-tinh-2026",
        "featured_month": "12",
    },
)

A7 = Story(
    id=1211,
    slug="huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
    title="Hưởng ứng Tuần lễ hưởng ứng học tập suốt đời năm 2026",
    cat="hoat-dong-nha-truong",
    published_at="2026-10-03",
    blocks=[
        P(
            "Thực hiện Kế hoạch của Sở GD&ĐT Hà Tĩnh, Trường THPT Lê Hữu Trác triển khai các hoạt động "
            "hưởng ứng Tuần lễ hưởng ứng học tập suốt đời năm 2026 đến toàn thể cán bộ, giáo viên, "
            "nhân viên và học sinh."
        ),
        P("Thời gian: từ ngày 01/10/2026 đến ngày 07/10/2026.", style="br"),
        P("Chủ đề: “Học tập suốt đời – Chìa khóa của tương lai”.", style="br"),
        P(
            "Trong tuần lễ, thư viện nhà trường mở cửa cả ngày thứ Bảy, tổ chức trưng bày sách theo "
            "chủ đề, giới thiệu sách mới và phát động phong trào “Mỗi học sinh đọc một cuốn sách hay "
            "mỗi tháng”."
        ),
        Img("/wp-content/uploads/2026/10/tuan-le-hoc-tap-1024x683.jpg", printed=None, caption=None, style="fig"),
        P(
            "Các tổ chuyên môn tổ chức chuyên đề ứng dụng công nghệ thông tin, khai thác học liệu số "
            "trong dạy học; Đoàn trường phát động cuộc thi viết cảm nhận về một cuốn sách em yêu thích."
        ),
    ],
    opts={
        "wp_date": "2026-10-03T00:00:00",
        "modified": "2026-10-03T08:47:19",
        "featured": "tuan-le-hoc-tap",
        "featured_month": "10",
    },
)

A8 = Story(
    id=1254,
    slug="doan-truong-ra-quan-huong-ung-ngay-chu-nhat-xanh-lan-thu-iv",
    title="Đoàn trường ra quân hưởng ứng “Ngày Chủ nhật xanh” lần thứ IV",
    cat="doan-truong",
    published_at="2026-10-18T16:45:00+07:00",
    blocks=[
        P(
            "Sáng Chủ nhật 18/10/2026, hơn 600 đoàn viên thanh niên Trường THPT Lê Hữu Trác đã ra quân "
            "hưởng ứng “Ngày Chủ nhật xanh” lần thứ IV do Tỉnh đoàn Hà Tĩnh phát động."
        ),
        P(
            "Các chi đoàn được phân công dọn vệ sinh khuôn viên trường, tuyến đường trước cổng trường "
            "và khu vực Nhà thờ Đại danh y Lê Hữu Trác; trồng mới 150 cây xanh và 300 m² hoa dọc "
            "tuyến đường vào trường."
        ),
        Img(
            "/wp-content/uploads/2026/10/cn-xanh-01-1024x683.jpg",
            printed="(Đoàn viên Chi đoàn 11A2 trồng hoa dọc tuyến đường vào trường)",
            caption="Đoàn viên Chi đoàn 11A2 trồng hoa dọc tuyến đường vào trường",
            style="italic",
        ),
        P(
            "Bên cạnh đó, Đoàn trường phát động phong trào “Nói không với rác thải nhựa”, vận động "
            "đoàn viên sử dụng bình nước cá nhân, túi vải khi đến trường."
        ),
        Img(
            "/wp-content/uploads/2026/10/cn-xanh-02-1024x683.jpg",
            printed="(Thu gom rác thải tại khu vực Nhà thờ Đại danh y Lê Hữu Trác)",
            caption="Thu gom rác thải tại khu vực Nhà thờ Đại danh y Lê Hữu Trác",
            style="italic",
        ),
        P("Hoạt động góp phần xây dựng môi trường “Xanh – Sạch – Đẹp – An toàn”."),
        Raw(
            '<p class="has-text-align-right"><strong>Tin: Lê Minh Quân - Ảnh: Nguyễn Hữu Phước'
            "</strong></p>"
        ),
    ],
    authors=["Lê Minh Quân"],
    photographers=["Nguyễn Hữu Phước"],
    opts={
        "tags": ["doan-thanh-nien"],
        "wp_date": "2026-10-18T16:45:00",
        "modified": "2026-10-19T06:02:10",
        "featured": "cn-xanh-01",
        "featured_month": "10",
    },
)

A9 = Story(
    id=1288,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-chu-de-ham-so-mu-va-ham-so-logarit",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học: chủ đề “Hàm số mũ và hàm số lôgarit”",
    cat="to-toan-tin",
    published_at="2026-10-28T14:10:00+07:00",
    blocks=[
        P(
            "Chiều ngày 27/10/2026, Tổ Toán – Tin tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu "
            "bài học với chủ đề “Hàm số mũ và hàm số lôgarit” (Toán 11, bộ sách Kết nối tri thức với "
            "cuộc sống)."
        ),
        P(
            "Tiết dạy minh họa do cô Đặng Thị Thanh Hương thực hiện tại lớp 11A4. Giáo viên tổ chức cho "
            "học sinh khám phá sự tăng trưởng của hàm số mũ qua bài toán lãi kép và bài toán tăng dân "
            "số, từ đó hình thành khái niệm và tính chất của hàm số."
        ),
        Img(
            "/wp-content/uploads/2026/10/nghien-cuu-bai-hoc-toan-1024x683.jpg",
            printed="Học sinh lớp 11A4 thảo luận nhóm trong tiết dạy minh họa",
            caption="Học sinh lớp 11A4 thảo luận nhóm trong tiết dạy minh họa",
            style="fig",
        ),
        P(
            "Trong phần thảo luận, các thầy cô tập trung phân tích những khó khăn của học sinh khi "
            "chuyển từ bài toán thực tế sang mô hình toán học và đề xuất điều chỉnh phiếu học tập cho "
            "phù hợp hơn với học sinh đại trà."
        ),
        P(
            "Buổi sinh hoạt chuyên môn giúp giáo viên trong tổ thay đổi cách nhìn về bài học: lấy hoạt "
            "động học của học sinh làm trung tâm để điều chỉnh cách dạy."
        ),
        Raw('<p class="has-text-align-right"><strong>Tổ Toán &#8211; Tin</strong></p>'),
    ],
    authors=["Tổ Toán – Tin"],
    opts={
        "nfd": True,
        "date_style": "updated",
        "wp_date": "2026-10-28T14:10:00",
        "modified": "2026-12-04T16:20:00",
        "featured": "nghien-cuu-bai-hoc-toan",
        "featured_month": "10",
    },
)

A10 = Story(
    id=1233,
    slug="ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-10-10T10:00:00+07:00",
    blocks=[
        P(
            "Nhằm đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại, đồng thời tuyển "
            "chọn vận động viên tham gia Hội khỏe Phù Đổng cấp tỉnh, nhà trường xây dựng kế hoạch tổ "
            "chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027 như sau:"
        ),
        P("I. THỜI GIAN, ĐỊA ĐIỂM", style="h3"),
        P("Thời gian: từ ngày 02/11/2026 đến ngày 14/11/2026 (các buổi chiều).", style="li"),
        P("Địa điểm: sân vận động và nhà đa năng của nhà trường.", style="li"),
        P("II. NỘI DUNG THI ĐẤU", style="h3"),
        P("Bóng đá nam (khối 10, 11, 12);", style="li"),
        P("Bóng chuyền nữ;", style="li"),
        P("Điền kinh: chạy 100 m, 800 m, nhảy cao, nhảy xa;", style="li"),
        P("Cầu lông, cờ vua.", style="li"),
        P("III. ĐĂNG KÝ THI ĐẤU", style="h3"),
        P(
            "Các lớp đăng ký danh sách vận động viên về Tổ Thể dục – Quốc phòng trước ngày "
            "25/10/2026. Mỗi học sinh được đăng ký tối đa 02 nội dung."
        ),
        Raw(
            '<p>Xem thêm: <a href="/van-ban/ke-hoach-215-kh-thptlht">Kế hoạch số 215/KH-THPTLHT '
            "thực hiện nhiệm vụ năm học 2026 &#8211; 2027</a></p>"
        ),
        Raw(
            '<div class="yarpp yarpp-related yarpp-related-website yarpp-template-list">'
            "<h3>Bài viết cùng chủ đề:</h3><ol>"
            '<li><a href="/bai-viet/hoi-thi-giai-dieu-tuoi-hong-nam-2026" rel="bookmark" '
            'title="Hội thi &#8220;Giai điệu tuổi hồng&#8221; năm 2026">Hội thi &#8220;Giai điệu '
            "tuổi hồng&#8221; năm 2026</a></li>"
            '<li><a href="/bai-viet/doan-truong-ra-quan-huong-ung-ngay-chu-nhat-xanh-lan-thu-iv" '
            'rel="bookmark">Đoàn trường ra quân hưởng ứng &#8220;Ngày Chủ nhật xanh&#8221; lần thứ '
            "IV</a></li></ol></div>"
        ),
    ],
    opts={
        "wp_date": "2026-10-10T10:00:00",
        "modified": "2026-10-10T10:00:00",
        "featured": "thong-bao-chung",
        "raw_title": "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
    },
)

A11 = Story(
    id=1450,
    slug="hoc-sinh-tham-gia-ngay-hoi-stem-tinh-ha-tinh-nam-2026",
    title="Học sinh Trường THPT Lê Hữu Trác tham gia Ngày hội STEM tỉnh Hà Tĩnh năm 2026",
    cat="hoat-dong-nha-truong",
    published_at="2026-11-26T11:20:00+07:00",
    summary=(
        "Với 3 sản phẩm dự thi, đoàn học sinh Trường THPT Lê Hữu Trác đã giành 01 giải Nhì và 01 "
        "giải Ba tại Ngày hội STEM tỉnh Hà Tĩnh năm 2026."
    ),
    blocks=[
        P(
            "Với 3 sản phẩm dự thi, đoàn học sinh Trường THPT Lê Hữu Trác đã giành 01 giải Nhì và 01 "
            "giải Ba tại Ngày hội STEM tỉnh Hà Tĩnh năm 2026.",
            style="b",
        ),
        P(
            "Ngày hội do Sở GD&ĐT Hà Tĩnh tổ chức trong hai ngày 24 và 25/11/2026 tại thành phố Hà "
            "Tĩnh, thu hút 86 đội thi đến từ các trường THPT và trung tâm GDNN – GDTX trong tỉnh."
        ),
        Img(
            _img("stem-2026-01"),
            printed="Ảnh: Phan Thanh Tùng",
            caption=None,
            style="fig",
        ),
        P(
            "Sản phẩm “Hệ thống tưới nhỏ giọt thông minh cho vườn cam Hương Sơn” của nhóm học sinh lớp "
            "11A1 đạt giải Nhì. Sản phẩm sử dụng cảm biến độ ẩm đất và vi điều khiển để tự động điều "
            "chỉnh lượng nước tưới, giúp tiết kiệm đến 40% lượng nước."
        ),
        Img(
            _img("stem-2026-02"),
            printed="Nhóm học sinh lớp 11A1 giới thiệu sản phẩm với Ban giám khảo",
            caption="Nhóm học sinh lớp 11A1 giới thiệu sản phẩm với Ban giám khảo",
            style="fig",
        ),
        P(
            "Sản phẩm “Thùng rác phân loại tự động” của lớp 10A3 đạt giải Ba. Các sản phẩm sẽ được nhà "
            "trường tiếp tục hoàn thiện để tham gia Cuộc thi Khoa học kỹ thuật cấp tỉnh."
        ),
        Raw(
            '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube">'
            '<div class="wp-block-embed__wrapper"><iframe title="Ngày hội STEM Hà Tĩnh 2026" '
            'width="640" height="360" src="https://www.youtube.com/embed/h7Kq2Wc9TzM?feature=oembed" '
            'frameborder="0" allowfullscreen></iframe></div></figure>'
        ),
        Raw('<p class="has-text-align-right"><strong>Bài và ảnh: Phan Thanh Tùng</strong></p>'),
    ],
    authors=["Phan Thanh Tùng"],
    photographers=["Phan Thanh Tùng"],
    opts={
        "wp_date": "2026-11-26T11:20:00",
        "modified": "2026-11-26T13:02:38",
        "featured": "stem-2026-02",
    },
)

A12 = Story(
    id=1384,
    slug="hoi-giang-chao-mung-ngay-nha-giao-viet-nam-24-tiet-day-xep-loai-tot",
    title="Hội giảng chào mừng Ngày Nhà giáo Việt Nam: 24 tiết dạy được xếp loại Tốt",
    cat="chuyen-mon",
    published_at="2026-11-17T17:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 26/10 đến ngày 14/11/2026, Trường THPT Lê Hữu Trác tổ chức Hội giảng chào mừng "
            "kỷ niệm 44 năm Ngày Nhà giáo Việt Nam với 31 tiết dạy của giáo viên thuộc 6 tổ chuyên môn."
        ),
        P(
            "Các tiết dạy được chuẩn bị chu đáo, vận dụng linh hoạt các phương pháp, kỹ thuật dạy học "
            "tích cực; nhiều tiết dạy ứng dụng hiệu quả học liệu số và trí tuệ nhân tạo trong thiết kế "
            "hoạt động học."
        ),
        P("Tổ chuyên môn | Số tiết | Xếp loại Tốt | Xếp loại Khá", style="th"),
        P("Ngữ văn | 6 | 5 | 1", style="tr"),
        P("Toán – Tin | 7 | 6 | 1", style="tr"),
        P("Khoa học tự nhiên | 8 | 6 | 2", style="tr"),
        P("Khoa học xã hội | 6 | 4 | 2", style="tr"),
        P("Ngoại ngữ | 4 | 3 | 1", style="tr"),
        P(
            "Kết quả Hội giảng là cơ sở để nhà trường lựa chọn giáo viên tham gia Hội thi giáo viên dạy "
            "giỏi cấp tỉnh năm học 2026 – 2027."
        ),
        Raw(
            '<p class="has-text-align-right"><strong>ThS. Phạm Quốc Bảo</strong> <em>(Phó Hiệu '
            "trưởng)</em></p>"
        ),
    ],
    authors=["Phạm Quốc Bảo"],
    opts={
        "cats": ["hoat-dong-nha-truong"],
        "table_caption": "Bảng tổng hợp kết quả Hội giảng theo tổ chuyên môn",
        "tags": ["20-11"],
        "wp_date": "2026-11-17T17:00:00",
        "modified": "2026-11-18T09:30:12",
        "featured": "hoi-giang-2026",
    },
)

A13 = Story(
    id=1495,
    slug="chuong-trinh-ao-am-cho-em-nam-2026-trao-120-suat-qua-cho-hoc-sinh-ban-rao-tre",
    title="Chương trình “Áo ấm cho em” năm 2026: trao 120 suất quà cho học sinh bản Rào Tre",
    cat="doan-truong",
    published_at="2026-12-04T19:30:00+07:00",
    summary=(
        "Ngày 03/12/2026, Đoàn trường THPT Lê Hữu Trác phối hợp với Hội Chữ thập đỏ xã tổ chức "
        "chương trình “Áo ấm cho em” năm 2026 tại bản Rào Tre, trao 120 suất quà cho học sinh người "
        "dân tộc Chứt."
    ),
    blocks=[
        P(
            "Ngày 03/12/2026, Đoàn trường THPT Lê Hữu Trác phối hợp với Hội Chữ thập đỏ xã tổ chức "
            "chương trình “Áo ấm cho em” năm 2026 tại bản Rào Tre, trao 120 suất quà cho học sinh người "
            "dân tộc Chứt.",
            style="b",
        ),
        P(
            "Mỗi suất quà gồm 01 áo ấm, 01 chăn bông, sách vở và đồ dùng học tập trị giá 500.000 đồng. "
            "Kinh phí do đoàn viên, học sinh toàn trường quyên góp qua phong trào “Nuôi heo đất” và sự "
            "ủng hộ của các nhà hảo tâm, tổng trị giá 60 triệu đồng."
        ),
        Img(
            "/wp-content/uploads/2026/12/ao-am-cho-em-01-1024x683.jpg",
            printed="Đoàn viên trao áo ấm cho các em học sinh bản Rào Tre",
            caption="Đoàn viên trao áo ấm cho các em học sinh bản Rào Tre",
            style="figlink",
        ),
        P(
            "Tại chương trình, các đoàn viên còn tổ chức trò chơi dân gian, giao lưu văn nghệ và nấu "
            "bữa cơm trưa ấm áp cùng các em nhỏ. ❤️"
        ),
        Img(
            "/wp-content/uploads/2026/12/ao-am-cho-em-02-1024x683.jpg",
            printed="Bữa cơm trưa của đoàn viên và các em nhỏ tại nhà văn hóa bản",
            caption="Bữa cơm trưa của đoàn viên và các em nhỏ tại nhà văn hóa bản",
            style="fig",
        ),
        Raw(
            '<p class="has-text-align-right"><em>Theo Fanpage Tuổi trẻ Lê Hữu Trác</em></p>'
        ),
    ],
    source="Fanpage Tuổi trẻ Lê Hữu Trác",
    opts={
        "tags": ["doan-thanh-nien"],
        "wp_date": "2026-12-04T19:30:00",
        "modified": "2026-12-04T19:30:00",
        "featured": "ao-am-cho-em-01",
        "featured_month": "12",
    },
)

STORIES: list[Story] = [A13, A6, A3, A11, A1, A12, A2, A5, A9, A4, A8, A10, A7]
BY_SLUG: dict[str, Story] = {unquote(s.slug): s for s in STORIES}
SLIDER = [A1, A2, A11]
MOST_READ = [A1, A12, A5, A2, A13]


def _path(story: Story) -> str:
    return f"/bai-viet/{story.slug}"


_A6_UPPER = "/bai-viet/" + quote(_A6_SLUG, safe="-")


def _category_chain(slug: str) -> list[str]:
    chain = [slug]
    while CATS[chain[0]][1]:
        chain.insert(0, CATS[chain[0]][1])
    return chain


GOLD = [
    gold_record(
        s,
        _path(s),
        CATS[s.cat][0],
        canonical_path=_path(s),
        alt_paths=(
            [_path(s) + "?from=noibat"] if s in SLIDER else ([_A6_UPPER] if s is A6 else [])
        ),
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/van-ban/ke-hoach-215-kh-thptlht",
    "/van-ban/quyet-dinh-148-qd-thptlht",
    "/thu-vien-anh/ky-niem-ngay-nha-giao-20-11-2026",
    "/video/giai-dieu-tuoi-hong-2026-chung-ket",
    "/lich-cong-tac",
]


# --- Gutenberg content as WPGraphQL returns it -------------------------------------------------


def _srcset(src: str) -> str:
    base = src.replace("-1024x683.jpg", "")
    return (
        f"{CMS}{src} 1024w, {CMS}{base}-300x200.jpg 300w, "
        f"{CMS}{base}-768x512.jpg 768w, {CMS}{base}.jpg 1600w"
    )


def _img_tag(img: Img, wp_id: int) -> str:
    return (
        f'<img decoding="async" width="1024" height="683" src="{img.src}" alt="" '
        f'class="wp-image-{wp_id}" srcset="{_srcset(img.src)}" '
        'sizes="(max-width: 1024px) 100vw, 1024px" />'
    )


def _figure(img: Img, wp_id: int, nfd: bool) -> str:
    tag = _img_tag(img, wp_id)
    if img.style == "figlink":
        tag = f'<a href="{CMS}{img.src.replace("-1024x683", "")}">{tag}</a>'
    cap = ""
    if img.printed and img.style != "italic":
        cap = f'<figcaption class="wp-element-caption">{wp(img.printed, nfd)}</figcaption>'
    out = f'<figure class="wp-block-image size-large">{tag}{cap}</figure>'
    if img.style == "italic":
        out += f'\n<p class="has-text-align-center"><em>{wp(img.printed or "", nfd)}</em></p>'
    return out


def render_content(story: Story) -> str:
    """The post's ``content`` field: rendered blocks, one per line as WordPress prints them."""
    nfd = bool(story.opts.get("nfd"))
    out: list[str] = []
    blocks = story.blocks
    i = 0
    wp_id = story.id * 10
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            wp_id += 1
            if b.style == "gal":
                figs = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                    figs.append(_figure(blocks[i], wp_id, nfd))
                    wp_id += 1
                    i += 1
                cap = story.opts.get("gallery_caption")
                gcap = (
                    f'<figcaption class="blocks-gallery-caption wp-element-caption">{wp(cap)}</figcaption>'
                    if cap
                    else ""
                )
                out.append(
                    '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped '
                    'wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">'
                    + "".join(figs)
                    + gcap
                    + "</figure>"
                )
                continue
            out.append(_figure(b, wp_id, nfd))
            i += 1
            continue
        style = b.style
        if style.startswith("@"):
            out.append(unicodedata.normalize("NFD", style[1:]) if nfd else style[1:])
            i += 1
            continue
        group = {"li": "li", "oli": "oli", "th": "tab", "tr": "tab", "fn": "fn", "br": "br", "quote": "quote"}
        if style in group:
            kind = group[style]
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and group.get(blocks[i].style) == kind:
                run.append(blocks[i])
                i += 1
            if kind in ("li", "oli"):
                tagname = "ul" if kind == "li" else "ol"
                items = "".join(f"<li>{wp(p.text, nfd)}</li>" for p in run)
                out.append(f'<{tagname} class="wp-block-list">{items}</{tagname}>')
            elif kind == "br":
                out.append("<p>" + "<br>".join(wp(p.text, nfd) for p in run) + "</p>")
            elif kind == "quote":
                inner = "".join(f"<p>{wp(p.text, nfd)}</p>" for p in run)
                out.append(f'<blockquote class="wp-block-quote is-layout-flow">{inner}</blockquote>')
            elif kind == "fn":
                items = "".join(
                    f'<li id="{_FN_IDS[n]}">{wp(p.text, nfd)} <a href="#{_FN_IDS[n]}-link" '
                    f'aria-label="Chuyển đến chú thích {n + 1}">↩︎</a></li>'
                    for n, p in enumerate(run)
                )
                out.append(f'<ol class="wp-block-footnotes">{items}</ol>')
            else:  # table
                head = [p for p in run if p.style == "th"]
                body = [p for p in run if p.style == "tr"]
                thead = "".join(
                    "<tr>" + "".join(f"<th>{wp(c, nfd)}</th>" for c in p.text.split(" | ")) + "</tr>"
                    for p in head
                )
                tbody = "".join(
                    "<tr>" + "".join(f"<td>{wp(c, nfd)}</td>" for c in p.text.split(" | ")) + "</tr>"
                    for p in body
                )
                cap = story.opts.get("table_caption")
                fcap = f'<figcaption class="wp-element-caption">{wp(cap, nfd)}</figcaption>' if cap else ""
                out.append(
                    '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                    + (f"<thead>{thead}</thead>" if thead else "")
                    + f"<tbody>{tbody}</tbody></table>{fcap}</figure>"
                )
            continue
        t = wp(b.text, nfd)
        if style == "b":
            out.append(f"<p><strong>{t}</strong></p>")
        elif style in ("h2", "h3", "h4"):
            out.append(f'<{style} class="wp-block-heading">{t}</{style}>')
        elif style == "center":
            out.append(f'<p class="has-text-align-center">{t}</p>')
        else:
            out.append(f"<p>{t}</p>")
        i += 1
    return "\n\n\n\n".join(out) + "\n"


# --- dates ------------------------------------------------------------------------------------

_NOW = _dt.datetime(2026, 12, 5, 9, 0)
_ISR_BUILT = _dt.datetime(2026, 12, 4, 21, 0)


def _local(story: Story) -> _dt.datetime:
    return _dt.datetime.fromisoformat(story.opts["wp_date"])


def _gmt(value: _dt.datetime) -> str:
    return (value - _dt.timedelta(hours=7)).isoformat()


def _weekday_date(d: _dt.datetime) -> str:
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}"


def _relative(d: _dt.datetime, now: _dt.datetime = _ISR_BUILT) -> str:
    days = (now.date() - d.date()).days
    if days <= 0:
        return "Hôm nay"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


def _views(story: Story) -> str:
    return f"{story.views() * 3 + 211:,}".replace(",", ".")


# --- the WPGraphQL payload --------------------------------------------------------------------


def _raw_title(story: Story) -> str:
    """The title as WPGraphQL returns it: texturized HTML (entities for “ ” –)."""
    raw = story.opts.get("raw_title", story.title)
    return wp(raw.replace(" - ", " – "))


def _wp_uri(story: Story) -> str:
    d = _local(story)
    return f"/{d:%Y/%m/%d}/{story.slug}/"


def _featured(story: Story) -> str:
    month = story.opts.get("featured_month", "11")
    return f"/wp-content/uploads/2026/{month}/{story.opts.get('featured', 'mac-dinh')}-300x200.jpg"


def _excerpt(story: Story) -> str:
    words = " ".join(story.paragraphs).split()
    return " ".join(words[:40])


def _card_data(story: Story) -> dict:
    return {
        "__typename": "Post",
        "databaseId": story.id,
        "title": _raw_title(story),
        "slug": story.slug,
        "uri": _wp_uri(story),
        "date": story.opts["wp_date"],
        "excerpt": f"<p>{esc(_excerpt(story))} [&hellip;]</p>\n",
        "featuredImage": {"node": {"sourceUrl": CMS + _featured(story), "altText": ""}},
    }


def _menu_data() -> list[dict]:
    return [
        {"label": "Trang chủ", "uri": "/", "parentId": None},
        {"label": "Giới thiệu", "uri": "/gioi-thieu/", "parentId": None},
        {"label": "Tin tức", "uri": "/category/tin-tuc-su-kien/", "parentId": None},
        {"label": "Thông báo", "uri": "/category/thong-bao/", "parentId": None},
        {"label": "Chuyên môn", "uri": "#", "parentId": None},
        {"label": "Tuyển sinh", "uri": "/category/tuyen-sinh/", "parentId": None},
    ]


def _sidebar_data() -> dict:
    return {
        "docNhieu": [_card_data(s) for s in MOST_READ],
        "thongBaoChay": [{"title": _raw_title(s), "uri": _wp_uri(s)} for s in (A3, A10)],
        "boDem": {"online": 23, "homNay": 418, "tong": 1284517},
    }


def _post_data(story: Story) -> dict:
    d = _local(story)
    cats = story.opts.get("json_cats") or [story.cat, *story.opts.get("cats", [])]
    names = dict((k, v[0]) for k, v in CATS.items()) | {"chua-phan-loai": "Chưa phân loại"}
    return {
        **_card_data(story),
        "id": f"cG9zdDo{story.id}",
        "link": CMS + _wp_uri(story),
        "dateGmt": _gmt(d),
        "modified": story.opts["modified"],
        "content": render_content(story),
        "author": {"node": {"name": "nt_admin", "slug": "nt_admin", "avatar": None}},
        "categories": {"nodes": [{"name": names[c], "slug": c, "uri": f"/category/{c}/"} for c in cats]},
        "tags": {"nodes": [{"name": TAGS[t], "slug": t} for t in story.opts.get("tags", [])]},
        "seo": {
            "title": f"{_raw_title(story)} - {SITE_NAME}",
            "metaDesc": _excerpt(story)[:155],
            "opengraphPublishedTime": _gmt(d) + "+00:00",
            "opengraphModifiedTime": _gmt(_dt.datetime.fromisoformat(story.opts["modified"])) + "+00:00",
            "breadcrumbs": [{"text": "Trang chủ", "url": "/"}]
            + [{"text": CATS[c][0], "url": f"/category/{c}/"} for c in _category_chain(story.cat)],
        },
    }


def _next_data(page: str, query: dict, props: dict) -> str:
    data = {
        "props": {"pageProps": {**props, "menu": _menu_data(), "sidebar": _sidebar_data()}, "__N_SSG": True},
        "page": page,
        "query": query,
        "buildId": BUILD_ID,
        "isFallback": False,
        "gsp": True,
        "scriptLoader": [],
    }
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


# --- chrome -----------------------------------------------------------------------------------

_NAV = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [("Giới thiệu chung", "/gioi-thieu"), ("Liên hệ", "/lien-he")]),
    (
        "Tin tức",
        "/chuyen-muc/tin-tuc-su-kien",
        [("Hoạt động nhà trường", "/chuyen-muc/hoat-dong-nha-truong"), ("Đoàn trường", "/chuyen-muc/doan-truong")],
    ),
    ("Thông báo", "/chuyen-muc/thong-bao", []),
    (
        "Chuyên môn",
        "#",
        [("Tổ Ngữ văn", "/chuyen-muc/to-ngu-van"), ("Tổ Toán - Tin", "/chuyen-muc/to-toan-tin")],
    ),
    ("Tuyển sinh", "/chuyen-muc/tuyen-sinh", []),
    ("Văn bản", "/van-ban", []),
    ("Thư viện", "#", [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video")]),
    ("Lịch công tác", "/lich-cong-tac", []),
]


def _nav() -> str:
    items = []
    for label, href, subs in _NAV:
        if subs:
            sub = "".join(f'<li><a class="Nav_lk2__b7Qz1" href="{h}">{esc(t)}</a></li>' for t, h in subs)
            opener = (
                f'<a class="Nav_lk1__Gx3pO" href="{href}">{esc(label)}</a>'
                if href != "#"
                else f'<span class="Nav_lk1__Gx3pO" role="button" tabindex="0">{esc(label)}</span>'
            )
            items.append(
                f'<li class="Nav_cocon__9PwTe">{opener}<svg class="Nav_mui__1sPq0" width="10" height="10" '
                f'viewBox="0 0 10 10"><path d="M1 3l4 4 4-4"/></svg><ul class="Nav_cap2__Vt1oG">{sub}</ul></li>'
            )
        else:
            items.append(f'<li><a class="Nav_lk1__Gx3pO" href="{href}">{esc(label)}</a></li>')
    return f'<nav class="Nav_menu__Rk29d"><ul class="Nav_cap1__yL0xq">{"".join(items)}</ul></nav>'


def _header() -> str:
    return (
        '<div class="Header_topbar__1xQ2a"><div class="container flex justify-between">'
        f'<span class="Header_ngay__Hs8e1">{HEADER_TODAY}</span>'
        '<span>Hotline: <a href="tel:02393875246">0239 3875 246</a> | '
        '<a href="https://www.facebook.com/thptlehuutrac.hs" target="_blank" rel="noopener noreferrer">'
        "Fanpage</a> | <a href=\"https://mail.google.com/a/hatinh.edu.vn\" target=\"_blank\">Email công vụ</a>"
        "</span></div></div>"
        '<header class="Header_bang__u2Lk8"><div class="container flex items-center gap-4">'
        '<a href="/"><img src="/_next/static/media/logo-lht.4f2a9c1e.png" alt="Logo Trường THPT Lê Hữu Trác" '
        'width="96" height="96"/></a><div><p class="Header_so__pX0e2">SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</p>'
        '<p class="Header_ten__Q1nV7">TRƯỜNG THPT LÊ HỮU TRÁC</p>'
        '<p class="Header_khauhieu__Z9aa0">Kỷ cương – Tình thương – Trách nhiệm</p></div>'
        '<form class="Header_timkiem__5dW0r" action="/tim-kiem" method="get" role="search">'
        '<input type="search" name="s" placeholder="Tìm kiếm..." aria-label="Tìm kiếm"/>'
        '<button type="submit" aria-label="Tìm">🔍</button></form></div></header>'
        + _nav()
        + '<div class="Ticker_chay__Hq7Ls" id="tb-ticker"><b>THÔNG BÁO:</b> <span></span></div>'
    )


def _sidebar() -> str:
    most = "".join(
        f'<li><span class="Sidebar_so__d0cE3">{n:02d}</span><a href="{_path(s)}">{_raw_title(s)}</a></li>'
        for n, s in enumerate(MOST_READ, start=1)
    )
    return (
        '<aside class="Sidebar_cot__3Jd2q lg:w-1/3">'
        '<section class="Sidebar_hop__aZ81c"><h4 class="Sidebar_tde__0qP1x">TIN ĐỌC NHIỀU</h4>'
        f'<ol class="Sidebar_ds__kM2s0">{most}</ol></section>'
        '<section class="Sidebar_hop__aZ81c"><h4 class="Sidebar_tde__0qP1x">VĂN BẢN MỚI</h4><ul>'
        '<li><a href="/van-ban/ke-hoach-215-kh-thptlht">Kế hoạch số 215/KH-THPTLHT thực hiện nhiệm vụ '
        "năm học 2026 – 2027</a></li>"
        '<li><a href="/van-ban/quyet-dinh-148-qd-thptlht">Quyết định số 148/QĐ-THPTLHT thành lập các tổ '
        "chuyên môn</a></li></ul>"
        '<a class="Sidebar_xemtat__Lr4c2" href="/van-ban">Xem tất cả »</a></section>'
        '<section class="Sidebar_hop__aZ81c"><h4 class="Sidebar_tde__0qP1x">THƯ VIỆN ẢNH</h4>'
        '<a href="/thu-vien-anh/ky-niem-ngay-nha-giao-20-11-2026"><img alt="" loading="lazy" width="300" '
        'height="200" decoding="async" data-nimg="1" style="color:transparent" '
        'src="/_next/image?url=%2Fwp-content%2Fuploads%2F2026%2F11%2Fkyniem-2011-02-300x200.jpg&amp;w=384&amp;q=75"/>'
        "<span>Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</span></a></section>"
        '<section class="Sidebar_hop__aZ81c"><h4 class="Sidebar_tde__0qP1x">VIDEO</h4>'
        '<a href="/video/giai-dieu-tuoi-hong-2026-chung-ket">▶ Chung kết “Giai điệu tuổi hồng” 2026</a></section>'
        '<section class="Sidebar_hop__aZ81c"><h4 class="Sidebar_tde__0qP1x">LIÊN KẾT WEBSITE</h4>'
        '<select onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://hatinh.edu.vn">Sở GD&amp;ĐT Hà Tĩnh</option>'
        '<option value="https://vnedu.vn">Sổ liên lạc điện tử vnEdu</option>'
        '<option value="https://thitotnghiepthpt.edu.vn">Cổng thi tốt nghiệp THPT</option></select></section>'
        '<section class="Sidebar_hop__aZ81c"><h4 class="Sidebar_tde__0qP1x">BÌNH CHỌN</h4>'
        '<form method="post" action="/api/binh-chon"><p>Bạn biết đến website của trường qua kênh nào?</p>'
        '<label><input type="radio" name="lua_chon" value="1"/> Fanpage của trường</label><br/>'
        '<label><input type="radio" name="lua_chon" value="2"/> Giáo viên chủ nhiệm giới thiệu</label><br/>'
        '<label><input type="radio" name="lua_chon" value="3"/> Tìm kiếm trên Google</label><br/>'
        '<button type="submit">Bình chọn</button></form></section>'
        '<section class="Sidebar_hop__aZ81c Sidebar_bodem__7nQe4"><h4 class="Sidebar_tde__0qP1x">THỐNG KÊ '
        "TRUY CẬP</h4><ul><li>Đang online: <b>23</b></li><li>Hôm nay: <b>418</b></li>"
        "<li>Tổng truy cập: <b>1.284.517</b></li></ul></section></aside>"
    )


def _footer() -> str:
    return (
        '<footer class="Footer_chan__Wq3b8"><div class="container grid md:grid-cols-3 gap-6">'
        "<div><p><b>TRƯỜNG THPT LÊ HỮU TRÁC</b></p><p>Địa chỉ: Xã Hương Sơn, tỉnh Hà Tĩnh</p>"
        "<p>Điện thoại: 0239 3875 246 – Fax: 0239 3875 247</p>"
        '<p>Email: <a href="mailto:c3lehuutrac@hatinh.edu.vn">c3lehuutrac@hatinh.edu.vn</a></p></div>'
        "<div><p>Chịu trách nhiệm chính: Thầy Nguyễn Đình Lâm – Hiệu trưởng</p>"
        "<p>Ghi rõ nguồn “thptlehuutrac.edu.vn” khi phát hành lại thông tin từ website này.</p></div>"
        '<div><a href="https://www.facebook.com/thptlehuutrac.hs" target="_blank" rel="noopener">Facebook</a> · '
        '<a href="https://www.youtube.com/@thptlehuutrac" target="_blank" rel="noopener">YouTube</a></div></div>'
        '<p class="Footer_banquyen__0b1Xy">© 2026 Trường THPT Lê Hữu Trác. Vận hành trên nền tảng '
        "WordPress &amp; Next.js.</p></footer>"
    )


def _breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    items = []
    for label, href in crumbs:
        if href:
            items.append(f'<li><a href="{href}">{esc(label)}</a></li>')
        else:
            items.append(f'<li aria-current="page"><span>{esc(label)}</span></li>')
    return f'<nav class="Breadcrumb_bc__p0Wq1" aria-label="breadcrumb"><ol>{"".join(items)}</ol></nav>'


def _page(
    request: Request,
    *,
    title: str,
    main: str,
    page: str,
    query: dict,
    props: dict,
    canonical: str,
    head: str = "",
    description: str = "",
    og_type: str = "website",
    status: int = 200,
) -> Response:
    base = base_url(request)
    head_tags = (
        '<meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
        f"<title>{esc(title)}</title>"
        + (f'<meta name="description" content="{esc(description)}"/>' if description else "")
        + '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1"/>'
        + f'<link rel="canonical" href="{base}{canonical}"/>'
        + '<meta property="og:locale" content="vi_VN"/>'
        + f'<meta property="og:type" content="{og_type}"/>'
        + f'<meta property="og:title" content="{esc(title)}"/>'
        + f'<meta property="og:url" content="{base}{canonical}"/>'
        + f'<meta property="og:site_name" content="{SITE_NAME}"/>'
        + head
        + '<link rel="icon" href="/favicon.ico"/><meta name="next-head-count" content="19"/>'
        + '<link rel="preload" href="/_next/static/css/9a1f0c2e3b4d5a6f.css" as="style"/>'
        + '<link rel="stylesheet" href="/_next/static/css/9a1f0c2e3b4d5a6f.css" data-n-g=""/>'
        + '<noscript data-n-css=""></noscript>'
        + '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
        + '<script src="/_next/static/chunks/webpack-87b3a303122f2f0d.js" defer=""></script>'
        + '<script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script>'
        + '<script src="/_next/static/chunks/main-1f8b4a2e6c3d9f70.js" defer=""></script>'
        + f'<script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script>'
        + f'<script src="/_next/static/{BUILD_ID}/_ssgManifest.js" defer=""></script>'
    )
    body = (
        '<div id="__next"><div class="Layout_wrap__0aZ3k">'
        + _header()
        + '<main class="Layout_main__Jd8sK"><div class="container lg:flex gap-6">'
        + f'<div class="lg:w-2/3">{main}</div>'
        + _sidebar()
        + "</div></main>"
        + _footer()
        + "</div></div>"
        + f'<script id="__NEXT_DATA__" type="application/json">{_next_data(page, query, props)}</script>'
    )
    doc = f'<!DOCTYPE html><html lang="vi"><head>{head_tags}</head><body>{body}</body></html>'
    return html(doc, status=status, headers={"X-Powered-By": "Next.js", "x-nextjs-cache": "HIT"})


# --- templates --------------------------------------------------------------------------------


def _in_cat(story: Story, cat: str) -> bool:
    own = [story.cat, *story.opts.get("cats", [])]
    return any(cat in _category_chain(c) for c in own)


def _posts_in(cat: str) -> list[Story]:
    return [s for s in STORIES if _in_cat(s, cat)]  # STORIES is newest first


def _thumb(story: Story, width: int = 384) -> str:
    url = quote(_featured(story), safe="")
    return (
        f'<img alt="{esc(_raw_title(story))}" loading="lazy" width="{width}" height="{width * 2 // 3}" '
        'decoding="async" data-nimg="1" style="color:transparent" '
        f'srcSet="/_next/image?url={url}&amp;w={width}&amp;q=75 1x, /_next/image?url={url}&amp;w=828&amp;q=75 2x" '
        f'src="/_next/image?url={url}&amp;w=828&amp;q=75"/>'
    )


def _card(story: Story, href: str | None = None) -> str:
    href = href or _path(story)
    d = _local(story)
    return (
        f'<article class="TheBai_the__2kR0d"><a href="{href}" class="TheBai_anh__p9Qe1">{_thumb(story)}</a>'
        f'<div class="TheBai_nd__Wc4e8"><h3 class="TheBai_tieude__Zq0a1"><a href="{href}">{_raw_title(story)}</a></h3>'
        f'<div class="TheBai_ngay__Ho2a3"><time dateTime="{d.isoformat()}+07:00">{_relative(d)}</time></div>'
        f'<div class="TheBai_tomtat__f0P3s"><p>{esc(_excerpt(story))} [&hellip;]</p></div></div></article>'
    )


def _meta_bar(story: Story) -> str:
    d = _local(story)
    iso = d.isoformat() + "+07:00"
    views = f'<span class="PostDetail_luotxem__T2v9c">👁 {_views(story)} lượt xem</span>'
    who = '<span class="PostDetail_nguoidang__3LmRa">Đăng bởi: nt_admin</span>'
    style = story.opts.get("date_style", "std")
    if style == "updated":
        m = _dt.datetime.fromisoformat(story.opts["modified"])
        return (
            '<div class="PostDetail_meta__q8Wn1">'
            f'<p class="PostDetail_capnhat__Tt0pQ"><b>Cập nhật lần cuối: {m:%H:%M %d/%m/%Y}</b></p>'
            '<p class="PostDetail_ngaydang__Mk4wz" style="font-size:12px;color:#9a9a9a">'
            f"Đăng ngày {d:%d/%m/%Y} lúc {d:%H:%M} · Đăng bởi: nt_admin · {_views(story)} lượt xem</p></div>"
        )
    if style == "relative":
        when = f'<time dateTime="{iso}">{story.opts["relative"]}</time>'
    else:
        when = f'<time dateTime="{iso}">{_weekday_date(d)} - {d:%H:%M}</time>'
    return (
        '<div class="PostDetail_meta__q8Wn1"><span class="PostDetail_ngay__Vb2x0">'
        '<svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="10"/>'
        f"</svg> {when}</span>{who}{views}</div>"
    )


def _related(story: Story) -> str:
    others = [s for s in _posts_in(story.cat) if s is not story][:3]
    if not others:
        items = "<li>Chưa có bài viết nào khác.</li>"
    else:
        items = "".join(
            f'<li><a href="{_path(s)}">{_raw_title(s)}</a> <small>({_local(s):%d/%m/%Y})</small></li>'
            for s in others
        )
    return (
        '<section class="LienQuan_hop__e4Rt0"><h3 class="LienQuan_tde__Ra0Nw">Bài viết cùng chuyên mục</h3>'
        f"<ul>{items}</ul></section>"
    )


def _post_page(request: Request, story: Story) -> Response:
    d = _local(story)
    base = base_url(request)
    crumbs = [("Trang chủ", "/")] + [(CATS[c][0], f"/chuyen-muc/{c}") for c in _category_chain(story.cat)]
    tags = story.opts.get("tags", [])
    tag_html = (
        '<div class="PostDetail_tukhoa__Hn5x2"><b>Từ khóa:</b> '
        + " ".join(f'<a href="/the/{t}">#{esc(TAGS[t])}</a>' for t in tags)
        + "</div>"
        if tags
        else ""
    )
    share_url = quote(f"{base}{_path(story)}", safe="")
    share = (
        '<div class="ChiaSe_thanh__m3Pq8"><span>Chia sẻ:</span> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener">Facebook</a> '
        f'<a href="https://sp.zalo.me/share_inline?d={share_url}" target="_blank" rel="noopener">Zalo</a> '
        '<button type="button" onclick="navigator.clipboard.writeText(location.href)">Sao chép liên kết</button> '
        '<button type="button" onclick="window.print()">🖨 In bài</button></div>'
    )
    main = (
        _breadcrumb(crumbs)
        + '<article class="PostDetail_wrap__kT2mV">'
        + f'<h1 class="PostDetail_tieude__0bN3e">{_raw_title(story)}</h1>'
        + _meta_bar(story)
        + f'<div class="PostDetail_noidung__Xc7Ls entry-content">{render_content(story)}</div>'
        + tag_html
        + share
        + "</article>"
        + _related(story)
    )
    gmt = _gmt(d) + "+00:00"
    mod = _gmt(_dt.datetime.fromisoformat(story.opts["modified"])) + "+00:00"
    schema = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{CMS}{_wp_uri(story)}#article",
                "headline": story.opts.get("raw_title", story.title),
                "datePublished": gmt,
                "dateModified": mod,
                "author": {"name": "nt_admin", "@id": f"{CMS}/#/schema/person/7b1c"},
                "publisher": {"@type": "Organization", "name": SITE_NAME},
                "articleSection": [CATS[story.cat][0]],
                "inLanguage": "vi",
            }
        ],
    }
    head = (
        f'<meta property="og:description" content="{esc(_excerpt(story)[:155])}"/>'
        f'<meta property="article:published_time" content="{gmt}"/>'
        f'<meta property="article:modified_time" content="{mod}"/>'
        f'<meta property="og:image" content="{CMS}{_featured(story)}"/>'
        '<meta name="author" content="nt_admin"/>'
        '<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps(schema, ensure_ascii=False).replace("</", "<\\/")
        + "</script>"
    )
    return _page(
        request,
        title=f"{_raw_title(story)} - {SITE_NAME}",
        main=main,
        page="/bai-viet/[slug]",
        query={"slug": unquote(story.slug)},
        props={"post": _post_data(story), "related": [_card_data(s) for s in _posts_in(story.cat)[:4]]},
        canonical=_path(story),
        head=head,
        description=_excerpt(story)[:155],
        og_type="article",
    )


def _pager(cat: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = []
    if page > 1:
        prev = f"/chuyen-muc/{cat}" if page == 2 else f"/chuyen-muc/{cat}/trang/{page - 1}"
        parts.append(f'<a href="{prev}" rel="prev" class="PhanTrang_nut__Ld2x5">‹ Trang trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span class="PhanTrang_hientai__9aQ2w" aria-current="page">{n}</span>')
        else:
            parts.append(f'<a href="/chuyen-muc/{cat}?trang={n}" class="PhanTrang_so__J1bE0">{n}</a>')
    if page < pages:
        parts.append(
            f'<a href="/chuyen-muc/{cat}/trang/{page + 1}" rel="next" class="PhanTrang_nut__Ld2x5">Trang sau ›</a>'
        )
    return f'<nav class="PhanTrang_pt__c81Lm" aria-label="Phân trang">{"".join(parts)}</nav>'


def _category_page(request: Request, cat: str, page: int) -> Response | None:
    posts = _posts_in(cat)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    name = CATS[cat][0]
    chain = _category_chain(cat)
    crumbs = [("Trang chủ", "/")] + [(CATS[c][0], f"/chuyen-muc/{c}") for c in chain[:-1]] + [(name, None)]
    children = [k for k, v in CATS.items() if v[1] == cat]
    chips = (
        '<div class="ChuyenMuc_con__Uu8s1">'
        + "".join(f'<a href="/chuyen-muc/{c}">{esc(CATS[c][0])}</a>' for c in children)
        + "</div>"
        if children
        else ""
    )
    cards = "".join(_card(s) for s in chunk) or "<p>Chưa có bài viết.</p>"
    main = (
        _breadcrumb(crumbs)
        + f'<h1 class="ChuyenMuc_tde__Ks0e2">{esc(name)}</h1>'
        + chips
        + f'<div class="ChuyenMuc_luoi__b2Nw9 grid md:grid-cols-2 gap-4">{cards}</div>'
        + _pager(cat, page, pages)
    )
    canonical = f"/chuyen-muc/{cat}" + (f"/trang/{page}" if page > 1 else "")
    head = ""
    if page > 1:
        prev = f"/chuyen-muc/{cat}" if page == 2 else f"/chuyen-muc/{cat}/trang/{page - 1}"
        head += f'<link rel="prev" href="{base_url(request)}{prev}"/>'
    if page < pages:
        head += f'<link rel="next" href="{base_url(request)}/chuyen-muc/{cat}/trang/{page + 1}"/>'
    title = f"{name} - {SITE_NAME}" + (f" - Trang {page}" if page > 1 else "")
    return _page(
        request,
        title=title,
        main=main,
        page="/chuyen-muc/[slug]",
        query={"slug": cat, "trang": str(page)},
        props={
            "category": {"name": name, "slug": cat, "count": len(posts)},
            "posts": [_card_data(s) for s in chunk],
            "pageInfo": {"offsetPagination": {"total": len(posts), "hasMore": page < pages}},
        },
        canonical=canonical,
        head=head,
    )


def _tag_page(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    posts = [s for s in STORIES if tag in s.opts.get("tags", [])]
    main = (
        _breadcrumb([("Trang chủ", "/"), (f"Từ khóa: {TAGS[tag]}", None)])
        + f'<h1 class="ChuyenMuc_tde__Ks0e2">Từ khóa: {esc(TAGS[tag])}</h1>'
        + f'<div class="ChuyenMuc_luoi__b2Nw9 grid md:grid-cols-2 gap-4">{"".join(_card(s) for s in posts)}</div>'
    )
    return _page(
        request,
        title=f"{TAGS[tag]} - {SITE_NAME}",
        main=main,
        page="/the/[slug]",
        query={"slug": tag},
        props={"tag": {"name": TAGS[tag], "slug": tag}, "posts": [_card_data(s) for s in posts]},
        canonical=f"/the/{tag}",
    )


def _search_page(request: Request) -> Response:
    term = request.params.get("s", "").strip()
    if not term:
        found: list[Story] = []
        inner = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    else:
        low = term.lower()
        found = [s for s in STORIES if low in s.title.lower()]
        inner = (
            f"<p>Tìm thấy {len(found)} kết quả cho “{esc(term)}”.</p>"
            + "".join(_card(s) for s in found)
            if found
            else f"<p>Không tìm thấy kết quả nào cho “{esc(term)}”.</p>"
        )
    main = _breadcrumb([("Trang chủ", "/"), ("Tìm kiếm", None)]) + '<h1 class="ChuyenMuc_tde__Ks0e2">Tìm kiếm</h1>' + inner
    return _page(
        request,
        title=f"Tìm kiếm - {SITE_NAME}",
        main=main,
        page="/tim-kiem",
        query={"s": term},
        props={"posts": [_card_data(s) for s in found]},
        canonical="/tim-kiem",
        head='<meta name="robots" content="noindex, follow"/>',
    )


def _home(request: Request) -> Response:
    slides = "".join(
        f'<div class="Slider_o__a1Tq8"><a href="{_path(s)}?from=noibat">{_thumb(s, 828)}</a>'
        f'<h2 class="Slider_tde__P9w1e"><a href="{_path(s)}?from=noibat">{_raw_title(s)}</a></h2></div>'
        for s in SLIDER
    )
    latest = [(A13, _path(A13)), (A6, _A6_UPPER), (A3, _path(A3)), (A11, _path(A11))]
    latest_html = "".join(
        f'<li class="TrangChu_moi__S3jd0"><a href="{href}">{_raw_title(s)}</a> '
        f'<time dateTime="{_local(s).isoformat()}+07:00">{_relative(_local(s))}</time></li>'
        for s, href in latest
    )
    notices = "".join(
        f'<li><span class="TrangChu_ngaytb__Yx1c4">{_local(s):%d/%m}</span> <a href="{_path(s)}">{_raw_title(s)}</a></li>'
        for s in (A3, A10)
    )
    main = (
        '<h1 class="sr-only">Trường THPT Lê Hữu Trác – Cổng thông tin điện tử</h1>'
        f'<section class="Slider_truot__R2mXa">{slides}<button class="Slider_lui__e0Rk3" aria-label="Trước">‹'
        '</button><button class="Slider_toi__Zb9m2" aria-label="Sau">›</button></section>'
        '<section class="TrangChu_khoi__2Hc0p"><h2 class="TrangChu_tde__Nw7q3">'
        '<a href="/chuyen-muc/tin-tuc-su-kien">TIN MỚI NHẤT</a></h2>'
        f'<ul class="TrangChu_ds__qV4k1">{latest_html}</ul>'
        '<button type="button" class="TrangChu_taithem__0Fd8s" data-offset="4">Tải thêm bài viết</button></section>'
        '<section class="TrangChu_khoi__2Hc0p"><h2 class="TrangChu_tde__Nw7q3">'
        '<a href="/chuyen-muc/thong-bao">THÔNG BÁO</a></h2>'
        f'<ul class="TrangChu_tb__kA8e2">{notices}</ul></section>'
        '<section class="TrangChu_khoi__2Hc0p"><h2 class="TrangChu_tde__Nw7q3">LỊCH CÔNG TÁC TUẦN</h2>'
        '<p><a href="/lich-cong-tac">Xem lịch công tác tuần 49 (30/11 – 06/12/2026) »</a></p></section>'
    )
    return _page(
        request,
        title=f"{SITE_NAME} - Cổng thông tin điện tử",
        main=main,
        page="/",
        query={},
        props={
            "noiBat": [_card_data(s) for s in SLIDER],
            "moiNhat": [_card_data(s) for s in STORIES[:4]],
            "thongBao": [_card_data(s) for s in (A3, A10)],
        },
        canonical="/",
        description="Cổng thông tin điện tử Trường THPT Lê Hữu Trác, tỉnh Hà Tĩnh.",
    )


# --- pages that are not articles --------------------------------------------------------------

_DOCS = {
    "ke-hoach-215-kh-thptlht": {
        "so": "215/KH-THPTLHT",
        "ngay": "05/09/2026",
        "loai": "Kế hoạch",
        "nguoiky": "Nguyễn Đình Lâm",
        "trichyeu": "Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027",
        "file": "/wp-content/uploads/2026/09/215-KH-nhiem-vu-nam-hoc-2026-2027.pdf",
    },
    "quyet-dinh-148-qd-thptlht": {
        "so": "148/QĐ-THPTLHT",
        "ngay": "20/08/2026",
        "loai": "Quyết định",
        "nguoiky": "Nguyễn Đình Lâm",
        "trichyeu": "Quyết định thành lập các tổ chuyên môn, tổ văn phòng năm học 2026 – 2027",
        "file": "/wp-content/uploads/2026/08/148-QD-thanh-lap-to-chuyen-mon.pdf",
    },
}


def _doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(d["so"])}</td><td>{d["ngay"]}</td><td><a href="/van-ban/{k}">{esc(d["trichyeu"])}</a></td>'
        f'<td><a href="{d["file"]}" download>📎 Tải về</a></td></tr>'
        for k, d in _DOCS.items()
    )
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Văn bản", None)])
        + '<h1 class="ChuyenMuc_tde__Ks0e2">Văn bản – Hồ sơ</h1>'
        + '<table class="VanBan_bang__1cWq0"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        + f"<th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return _page(request, title=f"Văn bản - {SITE_NAME}", main=main, page="/van-ban", query={},
                 props={"vanBan": list(_DOCS)}, canonical="/van-ban")


def _doc_entry(request: Request, key: str) -> Response | None:
    d = _DOCS.get(key)
    if not d:
        return None
    rows = "".join(
        f"<tr><th>{label}</th><td>{esc(value)}</td></tr>"
        for label, value in [
            ("Số/Ký hiệu", d["so"]),
            ("Ngày ban hành", d["ngay"]),
            ("Loại văn bản", d["loai"]),
            ("Cơ quan ban hành", "Trường THPT Lê Hữu Trác"),
            ("Người ký", d["nguoiky"]),
            ("Trích yếu", d["trichyeu"]),
        ]
    )
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Văn bản", "/van-ban"), (d["so"], None)])
        + f'<h1 class="VanBan_tde__s8Dk1">{esc(d["loai"])} số {esc(d["so"])}</h1>'
        + f'<table class="VanBan_ct__Tz0b4"><tbody>{rows}<tr><th>Tệp đính kèm</th><td>'
        + f'<a href="{d["file"]}" download>{esc(d["file"].rsplit("/", 1)[1])}</a></td></tr></tbody></table>'
        + f'<iframe class="VanBan_xem__Rr3f1" src="{d["file"]}#toolbar=0" width="100%" height="720" title="Xem văn bản"></iframe>'
    )
    return _page(request, title=f"{d['so']} - {SITE_NAME}", main=main, page="/van-ban/[slug]",
                 query={"slug": key}, props={"vanBan": {**d, "__typename": "VanBan"}},
                 canonical=f"/van-ban/{key}")


_ALBUM = "ky-niem-ngay-nha-giao-20-11-2026"
_VIDEO = "giai-dieu-tuoi-hong-2026-chung-ket"


def _album_list(request: Request) -> Response:
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Thư viện ảnh", None)])
        + '<h1 class="ChuyenMuc_tde__Ks0e2">Thư viện ảnh</h1>'
        + f'<div class="Album_luoi__x3Ab0"><a href="/thu-vien-anh/{_ALBUM}"><img alt="" src="/wp-content/uploads/2026/11/'
        + 'kyniem-2011-02-300x200.jpg" width="300" height="200"/><span>Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026 (12 ảnh)'
        + "</span></a></div>"
    )
    return _page(request, title=f"Thư viện ảnh - {SITE_NAME}", main=main, page="/thu-vien-anh", query={},
                 props={"albums": [_ALBUM]}, canonical="/thu-vien-anh")


def _album(request: Request) -> Response:
    pics = "".join(
        f'<figure><a href="{CMS}/wp-content/uploads/2026/11/album-2011-{n:02d}.jpg"><img loading="lazy" '
        f'src="/wp-content/uploads/2026/11/album-2011-{n:02d}-300x200.jpg" alt="Ảnh {n}"/></a>'
        f"<figcaption>{cap}</figcaption></figure>"
        for n, cap in enumerate(
            ["Lễ chào cờ đầu tuần", "Dâng hoa chúc mừng thầy cô", "Văn nghệ chào mừng",
             "Trao thưởng Hội giảng", "Chụp ảnh lưu niệm", "Thầy cô nghỉ hưu về thăm trường"],
            start=1,
        )
    )
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh"), ("Kỷ niệm 20/11/2026", None)])
        + '<h1 class="Album_tde__Pq2c8">Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</h1>'
        + '<p class="Album_ngay__f3Cz1">19/11/2026 · 12 ảnh</p>'
        + f'<div class="Album_luoi__x3Ab0 grid grid-cols-3 gap-2">{pics}</div>'
    )
    return _page(request, title=f"Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026 - {SITE_NAME}", main=main,
                 page="/thu-vien-anh/[slug]", query={"slug": _ALBUM}, props={"album": {"slug": _ALBUM}},
                 canonical=f"/thu-vien-anh/{_ALBUM}")


def _video_list(request: Request) -> Response:
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Video", None)])
        + '<h1 class="ChuyenMuc_tde__Ks0e2">Video</h1>'
        + f'<ul><li><a href="/video/{_VIDEO}">▶ Chung kết Hội thi “Giai điệu tuổi hồng” 2026</a></li></ul>'
    )
    return _page(request, title=f"Video - {SITE_NAME}", main=main, page="/video", query={},
                 props={"videos": [_VIDEO]}, canonical="/video")


def _video(request: Request) -> Response:
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Video", "/video"), ("Giai điệu tuổi hồng 2026", None)])
        + '<h1 class="Video_tde__Ew4n7">Chung kết Hội thi “Giai điệu tuổi hồng” năm 2026</h1>'
        + '<p class="Video_ngay__G1oQ5">Đăng ngày 13/11/2026</p>'
        + '<div class="Video_khung__Y6tB2"><iframe width="100%" height="420" '
        + 'src="https://www.youtube.com/embed/Qm3dX7pL0aE" title="Giai điệu tuổi hồng 2026" allowfullscreen>'
        + "</iframe></div>"
        + "<p>Trọn vẹn đêm chung kết Hội thi “Giai điệu tuổi hồng” chào mừng Ngày Nhà giáo Việt Nam 20/11 "
        + "do Đoàn trường THPT Lê Hữu Trác tổ chức tối 11/11/2026 tại hội trường nhà trường.</p>"
    )
    return _page(request, title=f"Giai điệu tuổi hồng 2026 - Video - {SITE_NAME}", main=main,
                 page="/video/[slug]", query={"slug": _VIDEO}, props={"video": {"slug": _VIDEO}},
                 canonical=f"/video/{_VIDEO}")


_WEEKS = {
    48: ("23/11", "29/11/2026", [
        ("Thứ Hai 23/11", "Sáng", "Chào cờ; sơ kết thi đua đợt 20/11", "Hiệu trưởng", "Sân trường"),
        ("Thứ Tư 25/11", "Chiều", "Họp Hội đồng sư phạm tháng 11", "Hiệu trưởng", "Hội trường"),
    ]),
    49: ("30/11", "06/12/2026", [
        ("Thứ Hai 30/11", "Sáng", "Chào cờ; phát động thi đua học kỳ I", "Hiệu trưởng", "Sân trường"),
        ("Thứ Ba 01/12", "Chiều", "Sinh hoạt tổ chuyên môn: duyệt đề kiểm tra cuối kỳ", "Tổ trưởng", "Phòng họp"),
        ("Thứ Năm 03/12", "Cả ngày", "Đoàn trường tổ chức “Áo ấm cho em” tại bản Rào Tre", "Bí thư Đoàn", "Bản Rào Tre"),
        ("Thứ Bảy 05/12", "Sáng", "Kiểm tra hồ sơ chuyên môn giáo viên", "PHT Phạm Quốc Bảo", "Phòng PHT"),
    ]),
    50: ("07/12", "13/12/2026", [
        ("Thứ Hai 07/12", "Sáng", "Chào cờ; ngoại khóa phòng chống ma túy", "Đoàn trường", "Sân trường"),
        ("Thứ Sáu 11/12", "Chiều", "Nộp đề kiểm tra cuối học kỳ I", "Các tổ CM", "Văn phòng"),
    ]),
}


def _calendar(request: Request) -> Response | None:
    raw = request.params.get("tuan", "49")
    if not raw.isdigit() or int(raw) not in _WEEKS:
        return None
    week = int(raw)
    start, end, rows = _WEEKS[week]
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    nav = []
    if week - 1 in _WEEKS:
        nav.append(f'<a href="/lich-cong-tac?tuan={week - 1}">‹ Tuần trước</a>')
    if week + 1 in _WEEKS:
        nav.append(f'<a href="/lich-cong-tac?tuan={week + 1}">Tuần sau ›</a>')
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Lịch công tác", None)])
        + f'<h1 class="Lich_tde__Vb0s3">Lịch công tác tuần {week} (từ {start} đến {end})</h1>'
        + f'<div class="Lich_dh__k2Wm9">{" | ".join(nav)}</div>'
        + '<table class="Lich_bang__Ah4e6"><thead><tr><th>Thứ, ngày</th><th>Buổi</th><th>Nội dung</th>'
        + f"<th>Chủ trì</th><th>Địa điểm</th></tr></thead><tbody>{body}</tbody></table>"
    )
    return _page(request, title=f"Lịch công tác tuần {week} - {SITE_NAME}", main=main, page="/lich-cong-tac",
                 query={"tuan": str(week)}, props={"tuan": week}, canonical="/lich-cong-tac")


def _intro(request: Request) -> Response:
    paras = [
        "Trường THPT Lê Hữu Trác được thành lập năm 1972, mang tên Đại danh y Hải Thượng Lãn Ông Lê Hữu "
        "Trác – người con ưu tú của quê hương Hương Sơn. Trải qua hơn 50 năm xây dựng và phát triển, nhà "
        "trường đã đào tạo hàng vạn học sinh, nhiều người trở thành cán bộ, nhà khoa học, doanh nhân thành đạt.",
        "Hiện nay, nhà trường có 36 lớp với 1.342 học sinh, 86 cán bộ, giáo viên, nhân viên; 100% giáo viên "
        "đạt chuẩn, trong đó 31 thạc sĩ. Trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2022.",
        "Ban giám hiệu: Thầy Nguyễn Đình Lâm – Hiệu trưởng; Thầy Phạm Quốc Bảo – Phó Hiệu trưởng; "
        "Cô Nguyễn Thị Thu Hà – Phó Hiệu trưởng.",
    ]
    content = "".join(f"<p>{wp(p)}</p>" for p in paras)
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Giới thiệu chung", None)])
        + '<article class="PostDetail_wrap__kT2mV"><h1 class="PostDetail_tieude__0bN3e">Giới thiệu chung</h1>'
        + '<div class="PostDetail_meta__q8Wn1"><span class="PostDetail_ngay__Vb2x0">Cập nhật: 15/08/2026</span></div>'
        + '<div class="PostDetail_noidung__Xc7Ls entry-content">'
        + '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/08/toan-canh-truong-1024x683.jpg" '
        + f'alt="Toàn cảnh nhà trường"/></figure>{content}</div></article>'
    )
    return _page(request, title=f"Giới thiệu chung - {SITE_NAME}", main=main, page="/[...uri]",
                 query={"uri": ["gioi-thieu"]},
                 props={"page": {"__typename": "Page", "title": "Giới thiệu chung", "content": content,
                                 "date": "2023-03-02T10:11:00", "modified": "2026-08-15T15:40:00"}},
                 canonical="/gioi-thieu")


def _contact(request: Request) -> Response:
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Liên hệ", None)])
        + '<h1 class="PostDetail_tieude__0bN3e">Liên hệ</h1>'
        + "<p><b>TRƯỜNG THPT LÊ HỮU TRÁC</b></p><p>Địa chỉ: Xã Hương Sơn, tỉnh Hà Tĩnh</p>"
        + "<p>Điện thoại: 0239 3875 246 – Email: c3lehuutrac@hatinh.edu.vn</p>"
        + '<form class="LienHe_form__Zr8k1" method="post" action="/api/lien-he">'
        + '<input name="ho_ten" placeholder="Họ và tên" required/><input name="email" type="email" placeholder="Email"/>'
        + '<textarea name="noi_dung" placeholder="Nội dung"></textarea><button type="submit">Gửi liên hệ</button></form>'
        + '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3800!2d105.42!3d18.52" '
        + 'width="100%" height="300" loading="lazy" title="Bản đồ"></iframe>'
    )
    return _page(request, title=f"Liên hệ - {SITE_NAME}", main=main, page="/[...uri]",
                 query={"uri": ["lien-he"]}, props={"page": {"__typename": "Page", "title": "Liên hệ"}},
                 canonical="/lien-he")


# --- routing ----------------------------------------------------------------------------------


def _json(data: dict, status: int = 200) -> Response:
    return Response(status, json.dumps(data, ensure_ascii=False), {"Content-Type": "application/json; charset=utf-8"})


def _not_found(request: Request) -> Response:
    main = (
        '<div class="Loi_404__aQ1s9"><h1>404</h1><p>Không tìm thấy trang bạn yêu cầu.</p>'
        '<p><a href="/">Về trang chủ</a></p></div>'
    )
    return _page(request, title=f"404: Không tìm thấy trang - {SITE_NAME}", main=main, page="/404",
                 query={}, props={}, canonical="/404", status=404)


@dataclass
class NextWpSite:
    """The Next.js front end (with its rewrites to the CMS for uploads)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/_next/image"):
            return static_file("x.jpg")
        if path.startswith(("/_next/static/", "/wp-content/uploads/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path) or _not_found(request)
        if path.startswith("/api/"):
            if path in ("/api/binh-chon", "/api/lien-he"):
                if request.method != "POST":
                    return _json({"message": "Method Not Allowed"}, 405)
                return _json({"success": True, "message": "Cảm ơn bạn!"})
            return _json({"message": "Not found"}, 404)
        parts = [p for p in path.split("/") if p]
        # next.config.js redirects: the WordPress permalinks WPGraphQL hands out
        if len(parts) == 4 and all(p.isdigit() for p in parts[:3]) and unquote(parts[3]) in BY_SLUG:
            return redirect(f"/bai-viet/{BY_SLUG[unquote(parts[3])].slug}", 308)
        if path != "/" and path.endswith("/"):
            target = path.rstrip("/") + (f"?{request.query}" if request.query else "")
            return redirect(target, 308)
        if not parts:
            return _home(request)
        head, rest = parts[0], parts[1:]
        if head == "bai-viet" and len(rest) == 1:
            story = BY_SLUG.get(unquote(rest[0]))
            return _post_page(request, story) if story else _not_found(request)
        if head == "chuyen-muc" and rest and rest[0] in CATS:
            cat = rest[0]
            if len(rest) == 1:
                trang = request.params.get("trang", "1")
                page = int(trang) if trang.isdigit() else 1
                return _category_page(request, cat, page) or _not_found(request)
            if len(rest) == 3 and rest[1] == "trang" and rest[2].isdigit():
                if int(rest[2]) == 1:
                    return redirect(f"/chuyen-muc/{cat}", 308)
                return _category_page(request, cat, int(rest[2])) or _not_found(request)
            return _not_found(request)
        if head == "the" and len(rest) == 1:
            return _tag_page(request, rest[0]) or _not_found(request)
        if head == "tim-kiem" and not rest:
            return _search_page(request)
        if head == "van-ban":
            if not rest:
                return _doc_list(request)
            if len(rest) == 1:
                return _doc_entry(request, rest[0]) or _not_found(request)
        if head == "thu-vien-anh":
            if not rest:
                return _album_list(request)
            if rest == [_ALBUM]:
                return _album(request)
        if head == "video":
            if not rest:
                return _video_list(request)
            if rest == [_VIDEO]:
                return _video(request)
        if head == "lich-cong-tac" and not rest:
            return _calendar(request) or _not_found(request)
        if head == "gioi-thieu" and not rest:
            return _intro(request)
        if head == "lien-he" and not rest:
            return _contact(request)
        return _not_found(request)


def build_site() -> NextWpSite:
    return NextWpSite()
