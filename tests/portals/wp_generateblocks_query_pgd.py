"""Phòng Giáo dục và Đào tạo thành phố Sa Đéc (Đồng Tháp): WordPress 6.4, GeneratePress, GenerateBlocks.

Platform
--------
WordPress 6.4.3 with the free GeneratePress theme (3.4) and GenerateBlocks (1.8), Rank Math SEO
(breadcrumbs, canonical, JSON-LD), and the plugins a provincial office's web contractor installs:
a3 Lazy Load, Sassy Social Share, Reading Time WP, Easy Table of Contents, Contextual Related
Posts ("Bài viết liên quan"), Post Views Counter, Default Featured Image, WP-Polls, WP Statistics.
Dates are printed with the site's "d/m/Y" format; the ``<time datetime>`` carries the full time.

URL scheme
----------
- ``/`` static front page built with GenerateBlocks (hero with one featured post, a "Tin mới"
  Query Loop of 4 posts without pagination, a "Thông báo" Query Loop of 2 posts);
- ``/tin-tuc/`` a WordPress *page* ("Tin tức") whose content is a GenerateBlocks Query Loop
  (query id 2, 4 posts a page, category "Thông báo" excluded) with numbered pagination
  ``/tin-tuc/?query-2-page=<n>`` (n = 2, 3; the links are printed relative: ``?query-2-page=3``);
- ``/<yyyy>/<mm>/<slug>/`` posts; ``/<yyyy>/<mm>/<slug>/2/`` the second page of a post split
  with ``<!--nextpage-->``; ``/<yyyy>/<mm>/<slug>/embed/`` WordPress's oEmbed card of a post;
  ``/<yyyy>/<mm>/<slug>/<attachment>/`` an image's attachment page;
- ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<n>/`` category archives (4 a page),
  ``/tag/<slug>/`` tag archives, ``/author/<login>/`` (+ ``/page/<n>/``) author archives;
- pages ``/gioi-thieu/``, ``/gioi-thieu/co-cau-to-chuc/``, ``/van-ban/``, ``/lien-he/``;
- ``/feed/`` RSS of the 10 newest posts; ``/?p=<id>`` (the shortlink) redirects 301 to the post;
  ``/?s=<q>`` search; a path without its trailing slash redirects 301 to the slashed one;
  ``/wp-json/…`` answers 401 (REST API closed to visitors by a security plugin).

Page templates
--------------
Single post: ``article.post.type-post`` > ``.inside-article`` > featured image
(``.featured-image.page-header-image-single``) > ``header.entry-header`` (``h1.entry-title``,
``.entry-meta`` with ``time.updated`` then ``time.entry-date.published`` and "bởi <display
name>") > ``div.entry-content[itemprop=text]`` (reading time, share bar, the text, signature,
"Bài viết liên quan" box, views counter, page links) > ``footer.entry-meta`` (categories in
alphabetical order, tags, ``nav#nav-below.post-navigation`` "Bài viết trước / Bài viết sau").
Rank Math breadcrumb above the article; right sidebar; comments under some posts.
Listings: the Query Loop prints ``div.gb-query-loop-item.post-<id>.hentry`` cards
(``h2.gb-headline`` with the link, a ``time``, the term, an excerpt, a "Đọc tiếp" button);
the archives print GeneratePress excerpts (``article.post`` with ``h2.entry-title``,
``.entry-summary``, ``a.read-more``) and ``nav.paging-navigation``.

How each gold article is reached (categories: Hoạt động ngành 5, Chuyên môn 5, Thông báo 3)
---------------------------------------------------------------------------------------------
- /tin-tuc/ page 1: A1 1571, A3 1559, A4 1552, A5 1547 (also on the home page's "Tin mới");
- /tin-tuc/?query-2-page=2: [protected post 1544], A6 1540, A8 1527, A9 1519;
- /tin-tuc/?query-2-page=3: A11 1504, A12 1496, A13 1489; A12 is otherwise only on page 2 of
  "Hoạt động ngành" and "Chuyên môn", A13 only on page 2 of "Chuyên môn": neither is on the
  first page of any listing (the author archive has them on its pages 3 and 4);
- "Thông báo" (excluded from the Query Loop): A2 1566 and A7 1533 on the home page,
  A10 1512 only in /chuyen-muc/thong-bao/ (and the author archive's page 3);
- every post also links its neighbours ("Bài viết trước / sau"), and the sidebar's
  "Bài viết mới" lists the 5 newest.

Traps
-----
1. *Query Loop pagination a crawler must read as pagination* (kind not in the README): the
   listing is a WordPress page (``article.page`` with ``h1.entry-title`` "Tin tức" and an
   ``.entry-content``), its pagination is ``?query-2-page=N`` printed as a bare relative query
   (``href="?query-2-page=3"``), and pages 2 and 3 print ``<link rel="canonical">`` pointing at
   ``/tin-tuc/`` (Rank Math does not know the block's parameter). Gold: /tin-tuc/ and its pages
   are listings, no record; A11, A12, A13 come from page 3 although page 3 "is canonically"
   page 1. Each card is a ``.hentry.post-<id>`` with a date and an excerpt: no record either.
2. *Modified date printed first* (dates): GeneratePress prints
   ``<time class="updated" datetime=…>`` (hidden by CSS) before
   ``<time class="entry-date published">`` when a post was edited later (A1, A3, A12). Gold:
   ``published_at`` is the ``entry-date published`` time. The visible text prints the day only
   ("30/11/2026"), but the ``datetime`` attribute and ``article:published_time`` print the
   time: gold carries the time ("2026-11-30T16:40:02+07:00"). A post dated at midnight
   (A9, "2026-11-06T00:00:00+07:00") is the day alone: "2026-11-06". Comment timestamps
   (``time[itemprop=datePublished]`` in the comments of A1) are not the article's date, nor
   the sidebar's "Bài viết mới" dates; the RSS feed's ``pubDate`` is in GMT ("Fri, 04 Dec 2026
   02:12:40 +0000" for A1's 09:12:40+07:00).
3. *The byline in entry-meta is the CMS account; Rank Math's JSON-LD repeats it* (bylines):
   most posts print "bởi Quản trị viên" (login ``pgd-sadec``) in ``.entry-meta`` and as
   ``author.name`` in the JSON-LD; the real author signs at the end of the text (right-aligned
   ``p.has-text-align-right``). Gold: the signature ("Tin, ảnh: Huỳnh Thanh Phong" -> author and
   photographer; "Đoàn Minh Trí (Trường THCS Trần Phú)" -> "Đoàn Minh Trí"; "Tổ Giáo dục Trung
   học" -> the unit as printed), never "Quản trị viên". A4 was posted by a staff account whose
   display name is a person ("bởi Lê Thị Ngọc Hân") and has no signature: that person is the
   author. Posts with neither have no author.
4. *Primary category vs. alphabetical category list* (kind not in the README): WordPress lists
   a post's categories alphabetically under the post ("Chuyên mục: Chuyên môn, Hoạt động
   ngành"), the body class and Rank Math's ``articleSection`` too; the breadcrumb prints Rank
   Math's primary category. Gold ``category`` = the breadcrumb's ("Hoạt động ngành" for A12;
   A1, A6, A8 are also filed under "Tin nổi bật", which is never their section).
5. *Lazy-loaded images* (kind not in the README): a3 Lazy Load rewrites every image of the
   content to ``src="/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif"``
   with the real file in ``data-src`` (and ``data-srcset``) and a ``<noscript>`` copy. Gold image
   path: the ``data-src`` value; the placeholder is never an image of an article.
6. *Featured image above the title* (captions/images): GeneratePress prints the featured image
   above the headline. For posts with photos it is the very file of the first photo (same
   path, no caption): gold lists it once, at its place in the text, with the text's caption.
   Posts without photos show the Default Featured Image plugin's banner
   (``img.default-featured-img``, ``anh-mac-dinh-pgd-sadec.jpg``): not an image of the article.
7. *Plugins inside ``.entry-content``* (boundaries): before the text, Reading Time WP ("Thời gian
   đọc: 3 phút") and the Sassy Social Share bar ("Chia sẻ:"); in A3 the Easy Table of Contents
   box ("Mục lục" and a list whose items repeat the headings) before the first heading;
   after the text, the Contextual Related Posts box ("Bài viết liên quan:" with thumbnails of
   other posts), the Post Views Counter (``div.post-views.entry-meta`` "Lượt xem: 412") and the
   page links. Gold: none of it is body, the TOC's list items are not paragraphs although list
   items of the text are, and the related posts' thumbnails are not the article's images.
8. *A WordPress embed card inside the text* (kind not in the README): A8 embeds A11 with the
   core Embed block: ``figure.wp-block-embed.is-type-wp-embed`` holding a
   ``blockquote.wp-embedded-content`` (a link with A11's title) and a hidden ``iframe`` whose
   ``src`` is ``/2026/10/<A11>/embed/#?secret=…``. Gold: the blockquote is not a quote of the
   text (no paragraph, although quotes of the text are paragraphs: A6's ``wp-block-quote`` is);
   the ``/embed/`` card (``div.wp-embed``, an excerpt and "Tiếp tục đọc", canonical -> A11,
   noindex) serves A11 in short: it is in A11's ``alt_paths``, never a record of its own.
   WordPress serves such a card for every post (only A11's is linked): each gold record lists
   its post's ``/embed/`` in ``alt_paths``.
9. *A post split over two pages* (kind not in the README): A5 uses ``<!--nextpage-->``;
   ``/2026/11/<A5>/`` prints the first half and "Trang: 1 2", ``/2026/11/<A5>/2/`` the rest
   (same headline, the signature at the end of page 2). Gold: one record at page 1 whose body
   is both halves in order; page 2 is in its ``alt_paths``.
10. *Password-protected post in the listings* (kind not in the README): "Được bảo vệ: Danh sách
    cán bộ quản lý tham dự bồi dưỡng tháng 12/2026" (1544) is a ``type-post`` with a date,
    author and breadcrumb, but its content is WordPress's password form. Gold: not an article
    (in NON_ARTICLES).
11. *Attachment page* (kind not in the README): A11's photo links to its attachment page
    ``/2026/10/<A11>/img_3127/``, a single-post template (``h1.entry-title`` "IMG_3127", date,
    the image and its caption as text). Gold: not an article (in NON_ARTICLES); A11's image is
    the ``-1024x683`` file in its text.
12. *Duplicates of one post* (duplicates): the home hero links A1 with
    ``?utm_source=trangchu&utm_medium=banner``; the comments' "Trả lời" links are
    ``?replytocom=<n>#respond``; the shortlink ``/?p=<id>`` in ``<head>`` redirects. Gold: A1's
    ``alt_paths`` hold the utm and the two replytocom URLs.
13. *Captions printed three ways* (captions): block images (``figcaption.wp-element-caption``),
    a classic ``[caption]`` (``figure.wp-caption`` > ``figcaption.wp-caption-text``), a gallery
    whose single ``figcaption.blocks-gallery-caption`` is under all three photos (gold: that
    line is the caption of each photo of the gallery), a Word-pasted photo whose caption is the
    next italic centred ``p.MsoNormal`` (gold: caption, not body), and a figcaption that is
    only a credit "Ảnh: Trần Minh Tâm" (gold: caption None, photographer "Trần Minh Tâm").
14. *Core footnotes* (WordPress 6.3+): A6 calls notes with ``<sup class="fn"><a>1</a></sup>``
    and prints ``ol.wp-block-footnotes`` after the signature, each note ending with a "↩︎"
    back-link. Gold: the bare number is not text ("Hội đồng Bộ trưởng;"), the notes are
    paragraphs at the end of the body, without the "↩︎".
15. *Official notice as a post* (A2, README convention): letterhead table, "THÔNG BÁO / Về
    việc …", "Nơi nhận" / "KT. TRƯỞNG PHÒNG … Lê Văn Thành" and a file block with a PDF
    ``<object>``. Gold: date = the letterhead's day "2026-12-01" (the post's own time is
    2026-12-02 14:05), author "Lê Văn Thành", body only the notice's text.
16. *Encodings and texturize* (encodings): WordPress prints “ ” – … as ``&#8220;`` ``&#8221;``
    ``&#8211;`` ``&#8230;`` (gold: the characters); A10's title and text were pasted decomposed
    (NFD; gold NFC); A13's slug was never transliterated, so its URL is percent-encoded UTF-8
    in lower-case hex as WordPress prints it (gold path exactly that).

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` keeps the time of the ``<time datetime>`` / ``article:published_time`` even
  though the visible line prints only the day (the page states the time in its markup).
- A "Nguồn: X" line right-aligned after the text -> source X (A9, A12); "Theo kế hoạch, …" in
  A12's text is a sentence of the text.
- Word's ``<br>`` lines typed with "- " (A9) are paragraphs of their own and keep the "- ".
- The "Xem thêm:" line (A3) and file blocks (A2, A7) are not body.
- The typed emoji "👉 " (A7) and "📌 " (A10) are kept in the text.
- Table rows of a notice's schedule (A7) are paragraphs (cells joined by " | "), the header
  row included.
- Summary: a bold first paragraph "(PGDĐT) – …" is the sapo (A1, A11); Rank Math's meta
  description (the first words of the text) is never one.
"""

from __future__ import annotations

import hashlib
import html as _html
import json
import re
import unicodedata
from datetime import UTC, datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, gold_record, static_file

NAME = "wp_generateblocks_query_pgd"
PLATFORM = "WordPress 6.4 + GeneratePress (free) + GenerateBlocks Query Loop"
START_PATH = "/"

SITE_TITLE = "Phòng GD&ĐT TP. Sa Đéc"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
PLACEHOLDER = "/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif"
DEFAULT_FEATURED = "/wp-content/uploads/2026/09/anh-mac-dinh-pgd-sadec.jpg"

CATS = {
    "hoat-dong-nganh": "Hoạt động ngành",
    "chuyen-mon": "Chuyên môn",
    "thong-bao": "Thông báo",
    "tin-noi-bat": "Tin nổi bật",
}
CAT_DESC = {
    "hoat-dong-nganh": "Tin hoạt động của ngành giáo dục thành phố Sa Đéc.",
    "chuyen-mon": "Hoạt động chuyên môn các cấp học mầm non, tiểu học, trung học cơ sở.",
    "thong-bao": "Thông báo của Phòng Giáo dục và Đào tạo.",
    "tin-noi-bat": "",
}
TAGS = {
    "nam-hoc-2026-2027": "năm học 2026-2027",
    "stem": "STEM",
    "hoc-sinh-gioi": "học sinh giỏi",
}
AUTHORS = {"pgd-sadec": "Quản trị viên", "lengochan": "Lê Thị Ngọc Hân"}


def _wp_slug(title_slug: str) -> str:
    """A slug WordPress kept in Vietnamese: UTF-8 percent-encoded, lower-case hex."""
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), quote(title_slug, safe="-"))


A13_SLUG = _wp_slug("tập-huấn-tự-đánh-giá-kiểm-định-chất-lượng-giáo-dục")

# --- the stories ---------------------------------------------------------------------------

U = "/wp-content/uploads"


def _sig(text: str) -> Raw:
    return Raw(f'<p class="has-text-align-right"><strong><em>{_tx(text)}</em></strong></p>')


def _tx(value: str, *, nfd: bool = False) -> str:
    """Text as WordPress prints it: escaped, wptexturize's punctuation as numeric references."""
    s = unicodedata.normalize("NFD", value) if nfd else value
    s = _html.escape(s, quote=False)
    for ch in "“”‘’–…":
        s = s.replace(ch, f"&#{ord(ch)};")
    return s


A2_LETTERHEAD = Raw(
    '<figure class="wp-block-table is-style-regular"><table class="has-fixed-layout"><tbody><tr>'
    '<td class="has-text-align-center" data-align="center"><strong>UBND THÀNH PHỐ SA ĐÉC<br>'
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br>Số: 318/TB-PGDĐT</td>"
    '<td class="has-text-align-center" data-align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA '
    "VIỆT NAM<br>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong><br>"
    "<em>Sa Đéc, ngày 01 tháng 12 năm 2026</em></td></tr></tbody></table></figure>\n"
    '<p class="has-text-align-center"><strong>THÔNG BÁO</strong><br><strong>Về việc tổ chức kỳ '
    "thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026-2027</strong></p>"
)
A2_CLOSING = Raw(
    '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody><tr>'
    "<td><strong><em>Nơi nhận:</em></strong><br>- Các trường THCS;<br>- Lãnh đạo Phòng;<br>"
    "- Lưu: VT, CM.</td>"
    '<td class="has-text-align-center" data-align="center"><strong>KT. TRƯỞNG PHÒNG<br>'
    "PHÓ TRƯỞNG PHÒNG</strong><br><br><em>(Đã ký)</em><br><br><strong>Lê Văn Thành</strong></td>"
    "</tr></tbody></table></figure>"
)


def _file_block(name: str, path: str, embed: bool) -> Raw:
    fid = hashlib.md5(path.encode()).hexdigest()[:8]
    obj = (
        f'<object data="{path}" type="application/pdf" style="width:100%;height:600px" '
        f'aria-label="Nhúng {_html.escape(name)}." class="wp-block-file__embed"></object>'
        if embed
        else ""
    )
    return Raw(
        f'<div class="wp-block-file">{obj}<a id="wp-block-file--media-{fid}" href="{path}">'
        f"{_html.escape(name)}</a>"
        f'<a href="{path}" class="wp-block-file__button wp-element-button" download '
        f'aria-describedby="wp-block-file--media-{fid}">Tải xuống</a></div>'
    )


STORIES: list[Story] = [
    Story(
        1571,
        "sa-dec-to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tieu-hoc",
        "Sa Đéc tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp tiểu học năm học 2026 – 2027",
        "hoat-dong-nganh",
        "2026-12-04T09:12:40+07:00",
        [
            P(
                "(PGDĐT) – Từ ngày 01 đến 03/12/2026, Phòng Giáo dục và Đào tạo thành phố Sa Đéc "
                "tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp tiểu học năm học 2026 – 2027 "
                "với sự tham gia của 46 giáo viên đến từ 18 trường tiểu học trên địa bàn.",
                "sapo",
            ),
            P(
                "Hội thi nhằm tôn vinh những giáo viên chủ nhiệm tâm huyết, có nhiều sáng tạo "
                "trong công tác giáo dục học sinh; đồng thời tạo điều kiện để giáo viên trao đổi, "
                "học tập kinh nghiệm xây dựng lớp học hạnh phúc, phối hợp với cha mẹ học sinh "
                "trong việc giáo dục đạo đức, kỹ năng sống cho các em."
            ),
            P(
                "Mỗi giáo viên dự thi trải qua hai phần: trình bày biện pháp xây dựng tập thể lớp "
                "và xử lý tình huống sư phạm. Ở phần thi thứ nhất, các thầy cô giới thiệu những "
                "cách làm cụ thể như tổ chức “Góc chia sẻ” đầu tuần, lập “Hộp thư điều em muốn "
                "nói”, hướng dẫn học sinh tự quản nề nếp lớp học, giữ liên lạc thường xuyên với "
                "cha mẹ học sinh qua nhóm Zalo của lớp."
            ),
            Img(
                f"{U}/2026/12/hoi-thi-gvcn-tieu-hoc-1-1024x683.jpg",
                "Cô Nguyễn Thị Kim Thoa, Trường Tiểu học Trưng Vương, trình bày biện pháp xây "
                "dựng tập thể lớp tự quản.",
                "Cô Nguyễn Thị Kim Thoa, Trường Tiểu học Trưng Vương, trình bày biện pháp xây "
                "dựng tập thể lớp tự quản.",
                "block",
            ),
            P(
                "Phần xử lý tình huống sư phạm được đánh giá là thử thách nhất. Các tình huống "
                "được Ban Tổ chức xây dựng từ thực tế như học sinh bị bạn bè trêu chọc trên mạng "
                "xã hội, học sinh có hoàn cảnh khó khăn thường xuyên nghỉ học, cha mẹ học sinh "
                "phản ứng gay gắt về kết quả đánh giá. Nhiều giáo viên đã xử lý khéo léo, thấu "
                "tình đạt lý, nhận được sự đánh giá cao của Ban Giám khảo."
            ),
            Img(
                f"{U}/2026/12/hoi-thi-gvcn-tieu-hoc-2-1024x683.jpg",
                "Ban Giám khảo trao đổi với giáo viên dự thi sau phần xử lý tình huống.",
                "Ban Giám khảo trao đổi với giáo viên dự thi sau phần xử lý tình huống.",
                "block",
            ),
            P(
                "Phát biểu bế mạc hội thi, ông Lê Văn Thành, Phó Trưởng phòng Giáo dục và Đào "
                "tạo, ghi nhận sự chuẩn bị chu đáo của các đơn vị và đề nghị các trường tiếp tục "
                "nhân rộng những cách làm hay trong công tác chủ nhiệm, xem đây là nền tảng để "
                "nâng cao chất lượng giáo dục toàn diện."
            ),
            P(
                "Kết quả, Ban Tổ chức công nhận 31 giáo viên đạt danh hiệu Giáo viên chủ nhiệm "
                "lớp giỏi cấp thành phố, trong đó có 9 giáo viên được chọn tham dự hội thi cấp "
                "tỉnh dự kiến tổ chức vào tháng 3/2027."
            ),
            _sig("Tin, ảnh: Huỳnh Thanh Phong"),
        ],
        authors=["Huỳnh Thanh Phong"],
        photographers=["Huỳnh Thanh Phong"],
        summary=(
            "(PGDĐT) – Từ ngày 01 đến 03/12/2026, Phòng Giáo dục và Đào tạo thành phố Sa Đéc "
            "tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp tiểu học năm học 2026 – 2027 "
            "với sự tham gia của 46 giáo viên đến từ 18 trường tiểu học trên địa bàn."
        ),
        opts={
            "cats": ["hoat-dong-nganh", "tin-noi-bat"],
            "tags": ["nam-hoc-2026-2027"],
            "modified": "2026-12-04T15:31:08+07:00",
            "comments": [
                (
                    38,
                    "Phụ huynh lớp 4A2",
                    "2026-12-04T19:40:11+07:00",
                    "Cảm ơn các thầy cô đã luôn tận tâm với các cháu. Mong hội thi được tổ chức "
                    "thường xuyên hơn.",
                ),
                (
                    41,
                    "Trần Quốc Việt",
                    "2026-12-05T06:58:27+07:00",
                    "Chúc mừng cô Kim Thoa và các thầy cô Trường Tiểu học Trưng Vương!",
                ),
            ],
        },
    ),
    Story(
        1566,
        "thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-thanh-pho-nam-hoc-2026-2027",
        "Thông báo tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026-2027",
        "thong-bao",
        "2026-12-01",
        [
            A2_LETTERHEAD,
            P(
                "Căn cứ Kế hoạch số 142/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về "
                "thực hiện nhiệm vụ năm học 2026-2027 đối với giáo dục trung học cơ sở;"
            ),
            P(
                "Phòng Giáo dục và Đào tạo thông báo đến các trường trung học cơ sở trên địa bàn "
                "thành phố việc tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố như sau:"
            ),
            P(
                "1. Thời gian thi: ngày 19/12/2026 (thứ Bảy). Thí sinh có mặt tại điểm thi lúc 6 "
                "giờ 45 phút để làm thủ tục dự thi."
            ),
            P(
                "2. Địa điểm thi: Trường THCS Nguyễn Thị Minh Khai, số 12 đường Nguyễn Sinh Sắc, "
                "Phường 2, thành phố Sa Đéc."
            ),
            P(
                "3. Môn thi: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin "
                "học. Mỗi thí sinh chỉ được đăng ký dự thi một môn."
            ),
            P(
                "4. Hồ sơ đăng ký: các trường lập danh sách thí sinh theo mẫu đính kèm, gửi về "
                "Phòng Giáo dục và Đào tạo (qua bộ phận Chuyên môn THCS) trước ngày 10/12/2026, "
                "đồng thời gửi bản mềm qua địa chỉ thư điện tử chuyenmonthcs.sadec@dongthap.edu.vn."
            ),
            P(
                "Nhận được thông báo này, đề nghị Hiệu trưởng các trường triển khai đến giáo "
                "viên, học sinh và cha mẹ học sinh để thực hiện đúng thời gian quy định./."
            ),
            A2_CLOSING,
            _file_block(
                "TB-318-PGDDT-thi-HSG-lop-9.pdf", f"{U}/2026/12/TB-318-PGDDT-thi-HSG-lop-9.pdf", True
            ),
        ],
        authors=["Lê Văn Thành"],
        opts={
            "cats": ["thong-bao"],
            "tags": ["hoc-sinh-gioi"],
            "time": "2026-12-02T14:05:11+07:00",
        },
    ),
    Story(
        1559,
        "chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-van-ban-mon-ngu-van-cap-thcs",
        "Chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản” môn Ngữ văn cấp THCS",
        "chuyen-mon",
        "2026-11-30T16:40:02+07:00",
        [
            P(
                "Ngày 28/11/2026, tại Trường THCS Trần Hưng Đạo, Phòng Giáo dục và Đào tạo tổ "
                "chức chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản” môn Ngữ văn cấp "
                "trung học cơ sở. Tham dự có tổ trưởng chuyên môn và giáo viên dạy Ngữ văn của 9 "
                "trường THCS trên địa bàn thành phố."
            ),
            P("Mục đích của chuyên đề", "h2"),
            P(
                "Chuyên đề nhằm giúp giáo viên thống nhất cách tổ chức các hoạt động đọc theo "
                "định hướng của Chương trình giáo dục phổ thông 2018, chú trọng hình thành cho học "
                "sinh cách đọc theo đặc trưng thể loại thay vì ghi nhớ nội dung bài học; qua đó "
                "khắc phục tình trạng học sinh lúng túng khi gặp văn bản ngoài sách giáo khoa "
                "trong các bài kiểm tra định kỳ."
            ),
            P("Tiết dạy minh họa", "h2"),
            Img(
                f"{U}/2026/11/chuyen-de-doc-hieu-ngu-van.jpg",
                "Tiết dạy minh họa bài “Lặng lẽ Sa Pa” của cô Trần Thị Thanh Hương, lớp 9A3.",
                "Tiết dạy minh họa bài “Lặng lẽ Sa Pa” của cô Trần Thị Thanh Hương, lớp 9A3.",
                "classic",
            ),
            P(
                "Tiết dạy minh họa do cô Trần Thị Thanh Hương thực hiện tại lớp 9A3 với văn bản "
                "“Lặng lẽ Sa Pa” của nhà văn Nguyễn Thành Long. Giáo viên tổ chức cho học sinh "
                "đọc trước ở nhà theo phiếu học tập, đến lớp các nhóm thảo luận về nhân vật, chi "
                "tiết và điểm nhìn trần thuật, sau đó vận dụng để đọc một đoạn trích ngoài sách "
                "giáo khoa có cùng thể loại."
            ),
            P("Những vấn đề được thảo luận", "h2"),
            P("Trong phần thảo luận, các giáo viên tập trung vào ba nội dung chính:"),
            P("Cách thiết kế phiếu học tập giúp học sinh tự đọc và ghi chép có định hướng;", "li"),
            P("Cách đặt câu hỏi đọc hiểu theo các mức độ nhận biết, thông hiểu, vận dụng;", "li"),
            P(
                "Việc lựa chọn văn bản ngoài sách giáo khoa phù hợp với lứa tuổi để làm ngữ liệu "
                "kiểm tra, đánh giá.",
                "li",
            ),
            P("Định hướng triển khai", "h2"),
            P(
                "Kết luận chuyên đề, đại diện bộ phận chuyên môn đề nghị các tổ Ngữ văn tổ chức "
                "sinh hoạt chuyên môn theo nghiên cứu bài học, mỗi trường xây dựng ít nhất hai "
                "chủ đề dạy học đọc hiểu theo thể loại trong học kỳ I và chia sẻ kế hoạch bài dạy "
                "lên kho học liệu dùng chung của ngành trước ngày 31/12/2026."
            ),
            Raw("{{XEMTHEM:1527}}"),
            Raw('<p class="has-text-align-right"><strong>Tổ Giáo dục Trung học</strong></p>'),
        ],
        authors=["Tổ Giáo dục Trung học"],
        opts={
            "cats": ["chuyen-mon"],
            "tags": [],
            "modified": "2026-12-03T10:11:56+07:00",
            "toc": True,
        },
    ),
    Story(
        1552,
        "ngay-hoi-stem-hoc-sinh-trung-hoc-co-so-thanh-pho-sa-dec-lan-thu-ii",
        "Ngày hội STEM học sinh trung học cơ sở thành phố Sa Đéc lần thứ II",
        "hoat-dong-nganh",
        "2026-11-27T10:30:45+07:00",
        [
            P(
                "Sáng 26/11/2026, tại Trường THCS Nguyễn Thị Minh Khai, Phòng Giáo dục và Đào tạo "
                "phối hợp với Thành đoàn Sa Đéc tổ chức Ngày hội STEM học sinh trung học cơ sở lần "
                "thứ II với chủ đề “Sáng tạo từ vật liệu tái chế”."
            ),
            P(
                "Ngày hội có 27 gian trưng bày sản phẩm của 9 trường THCS, thu hút hơn 1.500 lượt "
                "học sinh, giáo viên và phụ huynh tham quan. Các sản phẩm được thực hiện trong các "
                "tiết học STEM và hoạt động trải nghiệm từ đầu năm học, phần lớn tận dụng vật liệu "
                "sẵn có như chai nhựa, bìa các-tông, vỏ lon, ống hút."
            ),
            P(
                "Nhiều sản phẩm gắn với thực tế địa phương được khách tham quan quan tâm như mô "
                "hình tưới cây tự động cho làng hoa Tân Quy Đông, hệ thống cảnh báo mực nước trên "
                "sông Tiền, máy sấy hoa kiểng bằng năng lượng mặt trời, thùng rác phân loại thông "
                "minh dùng cảm biến."
            ),
            Img(
                f"{U}/2026/11/ngay-hoi-stem-01-1024x683.jpg",
                "Một số sản phẩm STEM của học sinh tại ngày hội.",
                "Một số sản phẩm STEM của học sinh tại ngày hội.",
                "gallery",
            ),
            Img(
                f"{U}/2026/11/ngay-hoi-stem-02-1024x683.jpg",
                None,
                "Một số sản phẩm STEM của học sinh tại ngày hội.",
                "gallery",
            ),
            Img(
                f"{U}/2026/11/ngay-hoi-stem-03-1024x683.jpg",
                None,
                "Một số sản phẩm STEM của học sinh tại ngày hội.",
                "gallery",
            ),
            P(
                "Bên cạnh khu trưng bày, học sinh còn tham gia các trò chơi khoa học như thi lắp "
                "ráp xe chạy bằng dây thun, thả trứng không vỡ, dựng tháp giấy chịu lực. Các đội "
                "thi được chấm điểm dựa trên tính sáng tạo, khả năng làm việc nhóm và thời gian "
                "hoàn thành."
            ),
            P(
                "Kết thúc ngày hội, Ban Tổ chức trao 6 giải Nhất, 9 giải Nhì và 12 giải Ba cho các "
                "sản phẩm xuất sắc. Các sản phẩm đạt giải Nhất sẽ được hướng dẫn hoàn thiện để "
                "tham gia Cuộc thi khoa học kỹ thuật cấp tỉnh."
            ),
        ],
        authors=["Lê Thị Ngọc Hân"],
        opts={"cats": ["hoat-dong-nganh"], "tags": ["stem"], "author": "lengochan"},
    ),
    Story(
        1547,
        "mot-so-luu-y-khi-danh-gia-hoc-sinh-tieu-hoc-giua-hoc-ky-i",
        "Một số lưu ý khi đánh giá học sinh tiểu học giữa học kỳ I",
        "chuyen-mon",
        "2026-11-24T08:00:20+07:00",
        [
            P(
                "Thực hiện Thông tư số 27/2020/TT-BGDĐT của Bộ Giáo dục và Đào tạo quy định đánh "
                "giá học sinh tiểu học, Phòng Giáo dục và Đào tạo lưu ý các trường tiểu học một số "
                "nội dung khi tổ chức đánh giá giữa học kỳ I năm học 2026-2027."
            ),
            P("1. Về đánh giá thường xuyên", "h3"),
            P(
                "Giáo viên sử dụng linh hoạt các phương pháp quan sát, vấn đáp, kiểm tra viết và "
                "đánh giá qua sản phẩm học tập; nhận xét bằng lời là chủ yếu, hạn chế ghi nhận xét "
                "chung chung vào vở học sinh. Nhận xét cần chỉ rõ điều học sinh đã làm được và "
                "gợi ý cụ thể việc cần cố gắng."
            ),
            P(
                "Việc đánh giá thường xuyên không nhằm so sánh học sinh với nhau; giáo viên không "
                "dùng điểm số để đánh giá thường xuyên và không công bố kết quả trước lớp."
            ),
            Img(
                f"{U}/2026/11/danh-gia-hoc-sinh-tieu-hoc-1024x683.jpg",
                "Giáo viên Trường Tiểu học Kim Đồng nhận xét bài làm của học sinh lớp 2.",
                "Giáo viên Trường Tiểu học Kim Đồng nhận xét bài làm của học sinh lớp 2.",
                "block",
            ),
            # --- <!--nextpage--> ---
            P("2. Về đánh giá định kỳ", "h3"),
            P(
                "Đối với lớp 4, lớp 5, bài kiểm tra định kỳ môn Tiếng Việt, Toán, Khoa học, Lịch "
                "sử và Địa lí, Tin học và Công nghệ được thiết kế theo ba mức; đề kiểm tra do tổ "
                "chuyên môn xây dựng, Hiệu trưởng phê duyệt, bảo đảm phù hợp với yêu cầu cần đạt "
                "của chương trình."
            ),
            P(
                "Bài kiểm tra được giáo viên sửa lỗi, nhận xét, cho điểm theo thang 10, không cho "
                "điểm 0 và không cho điểm thập phân. Bài kiểm tra được trả lại cho học sinh để "
                "học sinh biết và tự rút kinh nghiệm."
            ),
            P("3. Về thông tin đến cha mẹ học sinh", "h3"),
            P(
                "Nhà trường thông báo kết quả đánh giá đến cha mẹ học sinh qua sổ liên lạc điện "
                "tử, tránh gây áp lực về thành tích; đối với học sinh chưa hoàn thành, giáo viên "
                "chủ nhiệm trao đổi trực tiếp để cùng gia đình có biện pháp hỗ trợ kịp thời."
            ),
            _sig("Nguyễn Thị Bích Tuyền"),
        ],
        authors=["Nguyễn Thị Bích Tuyền"],
        opts={"cats": ["chuyen-mon"], "tags": [], "page2_from": 5},
    ),
    Story(
        1540,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        "hoat-dong-nganh",
        "2026-11-20T07:45:00+07:00",
        [
            P(
                "Chiều 18/11/2026, Phòng Giáo dục và Đào tạo thành phố Sa Đéc tổ chức họp mặt kỷ "
                "niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu năm 2026. "
                "Đến dự có đại diện lãnh đạo Thành ủy, Ủy ban nhân dân thành phố cùng hơn 200 cán "
                "bộ quản lý, giáo viên, nhân viên toàn ngành."
            ),
            P(
                "Ngày 20 tháng 11 được chọn là Ngày Nhà giáo Việt Nam theo Quyết định số 167/HĐBT "
                "của Hội đồng Bộ trưởng; từ đó đến nay, ngày này trở thành dịp để toàn xã hội bày "
                "tỏ lòng tri ân đối với những người làm công tác giáo dục.",
                "fn|của Hội đồng Bộ trưởng|1",
            ),
            Img(f"{U}/2026/11/hop-mat-20-11-2026-1-1024x683.jpg", "Ảnh: Trần Minh Tâm", None, "block"),
            P(
                "Năm học 2025-2026, đội ngũ nhà giáo thành phố có nhiều đóng góp nổi bật: 100% "
                "trường học duy trì đạt chuẩn quốc gia, tỷ lệ học sinh hoàn thành chương trình "
                "tiểu học đạt 99,8%, tốt nghiệp trung học cơ sở đạt 99,5%; ngành có 38 học sinh "
                "đạt giải cấp tỉnh và 4 học sinh đạt giải cấp quốc gia.",
                "fn|đạt giải cấp quốc gia|2",
            ),
            P(
                "Thay mặt lãnh đạo thành phố, bà Nguyễn Thị Thu Trang, Phó Chủ tịch Ủy ban nhân "
                "dân thành phố, ghi nhận những nỗ lực của đội ngũ nhà giáo, mong muốn ngành giáo "
                "dục tiếp tục đổi mới phương pháp dạy học, quan tâm chăm lo đời sống tinh thần "
                "cho giáo viên, nhất là giáo viên mầm non, và nhắn nhủ:"
            ),
            P(
                "Mỗi thầy cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng tạo, "
                "để mỗi ngày đến trường thật sự là một ngày vui đối với học sinh.",
                "quote",
            ),
            Img(
                f"{U}/2026/11/hop-mat-20-11-2026-2-1024x683.jpg",
                "Lãnh đạo thành phố trao Giấy khen cho các nhà giáo tiêu biểu năm 2026.",
                "Lãnh đạo thành phố trao Giấy khen cho các nhà giáo tiêu biểu năm 2026.",
                "block",
            ),
            P(
                "Tại buổi họp mặt, Ủy ban nhân dân thành phố tặng Giấy khen cho 25 nhà giáo tiêu "
                "biểu; Phòng Giáo dục và Đào tạo khen thưởng 14 tập thể và 52 cá nhân có thành "
                "tích xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”."
            ),
            _sig("Tin: Võ Hoàng Nam"),
            P(
                "Quyết định số 167/HĐBT ngày 28/9/1982 của Hội đồng Bộ trưởng (nay là Chính phủ) "
                "về việc lấy ngày 20 tháng 11 hằng năm là Ngày Nhà giáo Việt Nam.",
                "fnote|1",
            ),
            P(
                "Số liệu theo Báo cáo tổng kết năm học 2025-2026 của Phòng Giáo dục và Đào tạo "
                "thành phố Sa Đéc.",
                "fnote|2",
            ),
        ],
        authors=["Võ Hoàng Nam"],
        photographers=["Trần Minh Tâm"],
        opts={"cats": ["hoat-dong-nganh", "tin-noi-bat"], "tags": []},
    ),
    Story(
        1533,
        "lich-kiem-tra-cuoi-hoc-ky-i-cap-thcs-nam-hoc-2026-2027",
        "Lịch kiểm tra cuối học kỳ I cấp THCS năm học 2026-2027",
        "thong-bao",
        "2026-11-16T15:20:33+07:00",
        [
            P(
                "Phòng Giáo dục và Đào tạo thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027 "
                "đối với các môn học có đề kiểm tra chung của Phòng, áp dụng cho học sinh lớp 6, "
                "7, 8, 9 các trường trung học cơ sở trên địa bàn thành phố."
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("22/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("23/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("23/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
            P(
                "Các môn học còn lại do nhà trường chủ động xây dựng đề và tổ chức kiểm tra, hoàn "
                "thành trước ngày 27/12/2026."
            ),
            P(
                "Đề kiểm tra được gửi qua hộp thư điện tử của nhà trường lúc 6 giờ 30 phút sáng "
                "ngày kiểm tra. Hiệu trưởng chịu trách nhiệm bảo mật đề, tổ chức in sao và coi "
                "kiểm tra nghiêm túc, đúng quy chế."
            ),
            P(
                "👉 Kết quả kiểm tra các trường báo cáo về Phòng (bộ phận Chuyên môn THCS) trước "
                "ngày 05/01/2027 theo mẫu thống kê đã gửi kèm Công văn số 287/PGDĐT-CM."
            ),
            _file_block(
                "Lich-kiem-tra-HKI-THCS-2026-2027.pdf",
                f"{U}/2026/11/Lich-kiem-tra-HKI-THCS-2026-2027.pdf",
                False,
            ),
        ],
        opts={"cats": ["thong-bao"], "tags": ["nam-hoc-2026-2027"]},
    ),
    Story(
        1527,
        "boi-duong-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien-thcs",
        "Bồi dưỡng ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên THCS",
        "chuyen-mon",
        "2026-11-12T09:00:14+07:00",
        [
            P(
                "Trong hai ngày 10 và 11/11/2026, Phòng Giáo dục và Đào tạo tổ chức lớp bồi dưỡng "
                "“Ứng dụng trí tuệ nhân tạo hỗ trợ thiết kế kế hoạch bài dạy” cho 120 giáo viên "
                "cốt cán các trường THCS trên địa bàn thành phố."
            ),
            P(
                "Báo cáo viên là thầy Phạm Quốc Khánh, giáo viên Tin học Trường THCS Trần Phú, "
                "thành viên nhóm giáo viên cốt cán của tỉnh. Nội dung bồi dưỡng gồm cách viết câu "
                "lệnh để công cụ trí tuệ nhân tạo gợi ý hoạt động học tập, tạo câu hỏi trắc "
                "nghiệm theo mức độ, thiết kế phiếu học tập và kiểm tra lại tính chính xác của "
                "nội dung do công cụ tạo ra."
            ),
            Img(
                f"{U}/2026/11/boi-duong-ai-thcs-1024x683.jpg",
                "Giáo viên thực hành thiết kế phiếu học tập với công cụ trí tuệ nhân tạo.",
                "Giáo viên thực hành thiết kế phiếu học tập với công cụ trí tuệ nhân tạo.",
                "block",
            ),
            P(
                "Báo cáo viên lưu ý giáo viên không sử dụng nguyên văn sản phẩm do công cụ tạo ra "
                "mà phải đối chiếu với sách giáo khoa, yêu cầu cần đạt của chương trình và đối "
                "tượng học sinh; tuyệt đối không đưa thông tin cá nhân của học sinh lên các nền "
                "tảng trực tuyến."
            ),
            P(
                "Sau lớp bồi dưỡng, mỗi giáo viên cốt cán có trách nhiệm hướng dẫn lại cho tổ "
                "chuyên môn tại đơn vị và nộp một kế hoạch bài dạy có ứng dụng trí tuệ nhân tạo "
                "để Phòng lựa chọn, giới thiệu trong đợt hội giảng sắp tới. Trước đó, hội giảng "
                "môn Toán cấp THCS đã có nhiều tiết dạy sử dụng phần mềm hiệu quả:"
            ),
            Raw("{{EMBED:1504}}"),
            _sig("Đoàn Minh Trí (Trường THCS Trần Phú)"),
        ],
        authors=["Đoàn Minh Trí"],
        opts={"cats": ["chuyen-mon", "tin-noi-bat"], "tags": ["stem"]},
    ),
    Story(
        1519,
        "truong-mam-non-hoa-sen-to-chuc-hoi-thi-be-khoe-be-ngoan",
        "Trường Mầm non Hoa Sen tổ chức hội thi “Bé khỏe – Bé ngoan”",
        "hoat-dong-nganh",
        "2026-11-06",
        [
            P(
                "Nhằm tạo sân chơi bổ ích giúp trẻ rèn luyện thể lực, mạnh dạn, tự tin trong giao "
                "tiếp, sáng ngày 04/11/2026, Trường Mầm non Hoa Sen tổ chức hội thi “Bé khỏe – Bé "
                "ngoan” cho trẻ mẫu giáo 5 – 6 tuổi.",
                "mso",
            ),
            P(
                "Hội thi có 8 đội đến từ 8 lớp mẫu giáo lớn, mỗi đội gồm 6 bé. Các bé lần lượt "
                "tham gia ba phần thi:",
                "mso",
            ),
            P(
                "- Phần thi chào hỏi: giới thiệu về bản thân và lớp học bằng bài hát, bài thơ;",
                "br",
            ),
            P("- Phần thi vận động: bật qua vòng, bò chui qua cổng, ném bóng vào rổ, chạy tiếp sức;", "br"),
            P(
                "- Phần thi năng khiếu: múa, hát, đọc thơ về chủ đề gia đình và trường mầm non.",
                "br",
            ),
            Img(
                f"{U}/2026/11/be-khoe-be-ngoan-mn-hoa-sen.jpg",
                "Các bé tham gia phần thi vận động.",
                "Các bé tham gia phần thi vận động.",
                "mso",
            ),
            P(
                "Với sự cổ vũ nhiệt tình của phụ huynh và các bạn, các bé đã thể hiện sự nhanh "
                "nhẹn, khéo léo và tinh thần đồng đội. Nhiều phụ huynh cho biết rất bất ngờ khi "
                "thấy con mình tự tin biểu diễn trước đông người.",
                "mso",
            ),
            P(
                "Kết quả, Ban Tổ chức trao 1 giải Nhất cho lớp Lá 2, 2 giải Nhì, 2 giải Ba và 3 "
                "giải Khuyến khích. Hội thi là hoạt động thiết thực chào mừng kỷ niệm Ngày Nhà "
                "giáo Việt Nam 20/11.",
                "mso",
            ),
            Raw(
                '<p class="MsoNormal" style="text-align:right" align="right"><i><span lang="VI" '
                'style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif">Nguồn: '
                "Trường MN Hoa Sen<o:p></o:p></span></i></p>"
            ),
        ],
        source="Trường MN Hoa Sen",
        opts={"cats": ["hoat-dong-nganh"], "tags": [], "time": "2026-11-06T00:00:00+07:00"},
    ),
    Story(
        1512,
        "thong-bao-lich-tiep-cong-dan-dinh-ky-quy-iv-nam-2026",
        "Thông báo lịch tiếp công dân định kỳ của Trưởng phòng Giáo dục và Đào tạo quý IV năm 2026",
        "thong-bao",
        "2026-10-30T14:00:52+07:00",
        [
            P(
                "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của Ủy ban nhân dân thành "
                "phố Sa Đéc, Phòng Giáo dục và Đào tạo thông báo lịch tiếp công dân định kỳ của "
                "Trưởng phòng trong quý IV năm 2026 như sau:"
            ),
            P("Thứ Năm, ngày 05/11/2026: từ 7 giờ 30 đến 11 giờ;", "li"),
            P("Thứ Năm, ngày 03/12/2026: từ 7 giờ 30 đến 11 giờ;", "li"),
            P("Thứ Năm, ngày 24/12/2026: từ 13 giờ 30 đến 17 giờ.", "li"),
            P(
                "Địa điểm: Phòng tiếp công dân, tầng trệt trụ sở Phòng Giáo dục và Đào tạo, số 06 "
                "đường Hùng Vương, Phường 1, thành phố Sa Đéc."
            ),
            P(
                "📌 Công dân đến liên hệ mang theo căn cước và các giấy tờ có liên quan đến nội "
                "dung phản ánh, kiến nghị. Trường hợp Trưởng phòng bận công tác đột xuất, việc "
                "tiếp công dân do Phó Trưởng phòng thực hiện."
            ),
        ],
        opts={"cats": ["thong-bao"], "tags": [], "nfd": True},
    ),
    Story(
        1504,
        "hoi-giang-giao-vien-day-gioi-mon-toan-cap-thcs-nam-hoc-2026-2027",
        "Hội giảng giáo viên dạy giỏi môn Toán cấp THCS năm học 2026-2027",
        "chuyen-mon",
        "2026-10-24T10:15:09+07:00",
        [
            P(
                "(PGDĐT) – Từ ngày 19 đến 23/10/2026, Phòng Giáo dục và Đào tạo tổ chức hội giảng "
                "giáo viên dạy giỏi môn Toán cấp trung học cơ sở với 22 giáo viên tham gia.",
                "sapo",
            ),
            P(
                "Mỗi giáo viên thực hiện một tiết dạy trên lớp do Ban Tổ chức bốc thăm trước ba "
                "ngày và trình bày một biện pháp nâng cao chất lượng dạy học môn Toán. Các tiết "
                "dạy được đánh giá theo Công văn 5512 của Bộ Giáo dục và Đào tạo, chú trọng hoạt "
                "động học của học sinh."
            ),
            Img(
                f"{U}/2026/10/IMG_3127-1024x683.jpg",
                "Tiết dạy của thầy Nguyễn Hoàng Duy, Trường THCS Phú Long, lớp 8A1.",
                "Tiết dạy của thầy Nguyễn Hoàng Duy, Trường THCS Phú Long, lớp 8A1.",
                "attach",
            ),
            P(
                "Nhiều tiết dạy có sự đầu tư công phu, vận dụng hiệu quả phần mềm GeoGebra để "
                "trực quan hóa hình học, tổ chức trò chơi học tập giúp học sinh ghi nhớ công thức, "
                "gắn bài toán với tình huống thực tế như tính diện tích vườn hoa, lãi suất tiết "
                "kiệm, chi phí điện năng của gia đình."
            ),
            P(
                "Kết quả, 19 giáo viên được công nhận giáo viên dạy giỏi cấp thành phố, trong đó "
                "thầy Nguyễn Hoàng Duy (Trường THCS Phú Long) và cô Đặng Thị Mỹ Linh (Trường THCS "
                "Nguyễn Thị Minh Khai) đạt điểm cao nhất."
            ),
            _sig("Trần Thị Hồng Nhung"),
        ],
        authors=["Trần Thị Hồng Nhung"],
        summary=(
            "(PGDĐT) – Từ ngày 19 đến 23/10/2026, Phòng Giáo dục và Đào tạo tổ chức hội giảng "
            "giáo viên dạy giỏi môn Toán cấp trung học cơ sở với 22 giáo viên tham gia."
        ),
        opts={"cats": ["chuyen-mon"], "tags": ["hoc-sinh-gioi"], "attachment": "img_3127"},
    ),
    Story(
        1496,
        "hoi-nghi-tong-ket-nam-hoc-2025-2026-va-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        "Hội nghị tổng kết năm học 2025-2026 và triển khai nhiệm vụ năm học 2026-2027",
        "hoat-dong-nganh",
        "2026-10-17T08:30:27+07:00",
        [
            P(
                "Sáng ngày 16/10/2026, Ủy ban nhân dân thành phố Sa Đéc tổ chức Hội nghị tổng kết "
                "năm học 2025-2026 và triển khai nhiệm vụ năm học 2026-2027. Dự và chỉ đạo hội "
                "nghị có ông Phan Thanh Sơn, Phó Chủ tịch Ủy ban nhân dân thành phố; đại diện Sở "
                "Giáo dục và Đào tạo tỉnh Đồng Tháp cùng lãnh đạo các phòng, ban, ngành và Hiệu "
                "trưởng các trường học trên địa bàn."
            ),
            P(
                "Năm học vừa qua, toàn thành phố có 42 trường mầm non, phổ thông với hơn 21.000 "
                "học sinh. Quy mô trường, lớp được sắp xếp hợp lý; tỷ lệ huy động trẻ 5 tuổi ra "
                "lớp đạt 100%; thành phố tiếp tục giữ vững chuẩn phổ cập giáo dục mầm non cho trẻ "
                "5 tuổi, phổ cập giáo dục tiểu học mức độ 3 và phổ cập giáo dục trung học cơ sở "
                "mức độ 3."
            ),
            Img(
                f"{U}/2026/10/hoi-nghi-tong-ket-nam-hoc-1-1024x683.jpg",
                "Ông Phan Thanh Sơn phát biểu chỉ đạo tại hội nghị.",
                "Ông Phan Thanh Sơn phát biểu chỉ đạo tại hội nghị.",
                "block",
            ),
            P(
                "Theo kế hoạch, năm học 2026-2027 ngành giáo dục thành phố tập trung thực hiện 5 "
                "nhiệm vụ trọng tâm, trong đó chú trọng triển khai hiệu quả Chương trình giáo dục "
                "phổ thông 2018 ở tất cả các khối lớp, đẩy mạnh chuyển đổi số trong quản lý và "
                "dạy học, nâng cao chất lượng dạy và học ngoại ngữ, tiếp tục xây dựng trường học "
                "hạnh phúc."
            ),
            P(
                "Phát biểu chỉ đạo, ông Phan Thanh Sơn đề nghị ngành giáo dục quan tâm hơn nữa "
                "công tác bảo đảm an toàn trường học, phòng chống đuối nước cho học sinh trong mùa "
                "nước nổi; huy động các nguồn lực xã hội để sửa chữa cơ sở vật chất, bổ sung thiết "
                "bị dạy học tối thiểu cho các khối lớp thực hiện chương trình mới."
            ),
            Img(
                f"{U}/2026/10/hoi-nghi-tong-ket-nam-hoc-2-1024x683.jpg",
                "Các tập thể có thành tích xuất sắc trong năm học 2025-2026 nhận Bằng khen của Ủy "
                "ban nhân dân tỉnh.",
                "Các tập thể có thành tích xuất sắc trong năm học 2025-2026 nhận Bằng khen của Ủy "
                "ban nhân dân tỉnh.",
                "block",
            ),
            P(
                "Dịp này, 6 tập thể và 11 cá nhân nhận Bằng khen của Ủy ban nhân dân tỉnh; 18 tập "
                "thể, 47 cá nhân nhận Giấy khen của Ủy ban nhân dân thành phố vì có thành tích "
                "xuất sắc trong năm học 2025-2026."
            ),
            Raw(
                '<p class="has-text-align-right"><em>Nguồn: <a href="https://sadec.dongthap.gov.vn'
                '/" target="_blank" rel="noreferrer noopener">Cổng TTĐT thành phố Sa Đéc</a></em></p>'
            ),
        ],
        source="Cổng TTĐT thành phố Sa Đéc",
        opts={
            "cats": ["hoat-dong-nganh", "chuyen-mon"],
            "tags": [],
            "modified": "2026-10-18T07:02:44+07:00",
        },
    ),
    Story(
        1489,
        A13_SLUG,
        "Tập huấn tự đánh giá, kiểm định chất lượng giáo dục trường mầm non, tiểu học",
        "chuyen-mon",
        "2026-10-09T16:00:38+07:00",
        [
            P(
                "Ngày 08/10/2026, Phòng Giáo dục và Đào tạo tổ chức tập huấn công tác tự đánh giá, "
                "kiểm định chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia cho cán bộ "
                "quản lý, thư ký hội đồng tự đánh giá của 33 trường mầm non và tiểu học trên địa "
                "bàn thành phố."
            ),
            P(
                "Tại lớp tập huấn, báo cáo viên hướng dẫn quy trình tự đánh giá theo Thông tư số "
                "19/2018/TT-BGDĐT và Thông tư số 17/2018/TT-BGDĐT; cách thu thập, mã hóa minh "
                "chứng, viết phiếu đánh giá tiêu chí và báo cáo tự đánh giá; đồng thời giới thiệu "
                "phần mềm quản lý kiểm định chất lượng giáo dục đang được ngành triển khai."
            ),
            P(
                "Qua trao đổi, nhiều đơn vị nêu khó khăn như minh chứng của các năm học trước lưu "
                "trữ chưa đầy đủ, một số tiêu chí về cơ sở vật chất chưa đạt do thiếu phòng chức "
                "năng. Báo cáo viên đã giải đáp cụ thể và gợi ý các trường xây dựng kế hoạch cải "
                "tiến chất lượng sát với điều kiện thực tế."
            ),
            P(
                "Năm học 2026-2027, thành phố phấn đấu có thêm 3 trường được đánh giá ngoài và 2 "
                "trường được công nhận lại đạt chuẩn quốc gia."
            ),
        ],
        opts={"cats": ["chuyen-mon"], "tags": []},
    ),
]

#: the password-protected post: listed like the others, its content is the password form
PROTECTED = Story(
    1544,
    "danh-sach-can-bo-quan-ly-tham-du-boi-duong-thang-12-2026",
    "Được bảo vệ: Danh sách cán bộ quản lý tham dự bồi dưỡng tháng 12/2026",
    "hoat-dong-nganh",
    "2026-11-22T10:00:00+07:00",
    [],
    opts={"cats": ["hoat-dong-nganh"], "tags": [], "protected": True},
)

BY_ID = {s.id: s for s in [*STORIES, PROTECTED]}
#: every post, newest first (the order of every listing)
ALL_POSTS = sorted([*STORIES, PROTECTED], key=lambda s: s.opts.get("time") or s.published_at, reverse=True)


def _time(s: Story) -> str:
    """The post's own date and time (WordPress's ``post_date``), whatever the gold says."""
    return s.opts.get("time") or s.published_at


def _dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def _path(s: Story) -> str:
    t = _time(s)
    return f"/{t[0:4]}/{t[5:7]}/{s.slug}/"


def _cats(s: Story) -> list[str]:
    return s.opts.get("cats", [s.cat])


def _author(s: Story) -> str:
    return s.opts.get("author", "pgd-sadec")


def _h(seed: str) -> str:
    """GenerateBlocks' unique ids: 8 hex characters."""
    return hashlib.md5(seed.encode()).hexdigest()[:8]


def _num(seed: str, lo: int = 2000, span: int = 900) -> int:
    return lo + int(hashlib.md5(seed.encode()).hexdigest()[:6], 16) % span


def _thumb(s: Story, size: str = "300x200") -> str:
    imgs = s.images
    if imgs and "-1024x683" in imgs[0].src:
        return imgs[0].src.replace("-1024x683", f"-{size}")
    if imgs:
        return imgs[0].src.replace(".jpg", f"-{size}.jpg")
    return DEFAULT_FEATURED.replace(".jpg", f"-{size}.jpg")


def _featured(s: Story) -> tuple[str, bool]:
    """The featured image's file and whether it is the Default Featured Image's banner."""
    if s.images and not s.opts.get("protected"):
        return s.images[0].src, False
    return DEFAULT_FEATURED, True


def _plain(s: Story) -> str:
    return " ".join(p for p in s.paragraphs)


def _excerpt(s: Story, words: int, more: str) -> str:
    if s.opts.get("protected"):
        return "Không có bản tóm tắt vì đây là bài viết được bảo vệ."
    parts = _plain(s).split()
    return _tx(" ".join(parts[:words])) + more


# --- images --------------------------------------------------------------------------------


def _lazy(src: str, cls: str, w: int = 1024, h: int = 683) -> str:
    """An image as a3 Lazy Load rewrites it: placeholder in src, the file in data-src."""
    srcset = ""
    if "-1024x683" in src:
        small = src.replace("-1024x683", "-300x200")
        mid = src.replace("-1024x683", "-768x512")
        srcset = (
            f' data-srcset="{src} 1024w, {small} 300w, {mid} 768w" '
            'sizes="(max-width: 1024px) 100vw, 1024px"'
        )
    return (
        f'<img decoding="async" width="{w}" height="{h}" src="{PLACEHOLDER}" '
        f'data-lazy-type="image" data-src="{src}" alt="" class="lazy lazy-hidden {cls}"{srcset} />'
        f'<noscript><img decoding="async" width="{w}" height="{h}" src="{src}" alt="" '
        f'class="{cls}" /></noscript>'
    )


def _image(img: Img, s: Story, req: Request) -> str:
    wid = _num(img.src)
    cap = _tx(img.printed) if img.printed else ""
    if img.style == "classic":
        return (
            f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" '
            f'style="width: 800px" class="wp-caption aligncenter">'
            f"{_lazy(img.src, f'size-full wp-image-{wid}', 800, 533)}"
            f'<figcaption id="caption-attachment-{wid}" class="wp-caption-text">{cap}</figcaption>'
            "</figure>"
        )
    if img.style == "mso":
        return (
            '<p class="MsoNormal" style="text-align:center" align="center"><span lang="VI">'
            f"{_lazy(img.src, f'aligncenter wp-image-{wid}', 720, 480)}</span></p>\n"
            '<p class="MsoNormal" style="text-align:center" align="center"><i><span lang="VI" '
            f'style="font-size:12.0pt;font-family:&quot;Times New Roman&quot;,serif">{cap}'
            "<o:p></o:p></span></i></p>"
        )
    inner = _lazy(img.src, f"wp-image-{wid}")
    if img.style == "attach":
        att = base_url(req) + _path(s) + s.opts["attachment"] + "/"
        inner = f'<a href="{att}">{inner}</a>'
    figcap = f'<figcaption class="wp-element-caption">{cap}</figcaption>' if cap else ""
    return f'<figure class="wp-block-image aligncenter size-large">{inner}{figcap}</figure>'


def _gallery(imgs: list[Img]) -> str:
    items = "".join(
        f'<figure class="wp-block-image size-large"><a href="{i.src.replace("-1024x683", "")}">'
        f"{_lazy(i.src, f'wp-image-{_num(i.src)}')}</a></figure>"
        for i in imgs
    )
    cap = next((i.printed for i in imgs if i.printed), None)
    figcap = (
        f'<figcaption class="blocks-gallery-caption wp-element-caption">{_tx(cap)}</figcaption>'
        if cap
        else ""
    )
    return (
        '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped '
        'wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">'
        f"{items}{figcap}</figure>"
    )


# --- the text ------------------------------------------------------------------------------


def _ascii(value: str) -> str:
    s = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c))


def _toc_id(heading: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", _ascii(heading)).strip("_")


def _fn_uuid(s: Story, n: str) -> str:
    h = hashlib.md5(f"{s.id}-fn-{n}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def _mso(inner: str) -> str:
    return (
        '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
        'line-height:150%"><span lang="VI" style="font-size:14.0pt;line-height:150%;'
        f'font-family:&quot;Times New Roman&quot;,serif">{inner}<o:p></o:p></span></p>'
    )


def _toc(s: Story, blocks: list) -> str:
    heads = [b.text for b in blocks if isinstance(b, P) and b.style in ("h2", "h3")]
    items = "".join(
        f"<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class=\"ez-toc-link "
        f'ez-toc-heading-{n}" href="#{_toc_id(t)}" title="{_html.escape(t)}">{_tx(t)}</a></li>'
        for n, t in enumerate(heads, 1)
    )
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_61 counter-hierarchy ez-toc-counter '
        'ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container">'
        '<p class="ez-toc-title" style="cursor:inherit">Mục lục</p><span class="ez-toc-title-'
        'toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default '
        'ez-toc-toggle" aria-label="Chuyển đổi Bảng nội dung"><span class="ez-toc-js-icon-con">'
        "</span></a></span></div><nav><ul class='ez-toc-list ez-toc-list-level-1 '>"
        f"{items}</ul></nav></div>"
    )


def _embed(req: Request, sid: int) -> str:
    t = BY_ID[sid]
    link = base_url(req) + _path(t)
    secret = _h(f"secret-{sid}")[:10]
    return (
        '<figure class="wp-block-embed is-type-wp-embed is-provider-phong-gd-t-tp-sa-dec '
        'wp-block-embed-phong-gd-t-tp-sa-dec"><div class="wp-block-embed__wrapper">\n'
        f'<blockquote class="wp-embedded-content" data-secret="{secret}"><a href="{link}">'
        f"{_tx(t.title)}</a></blockquote><iframe class=\"wp-embedded-content\" "
        'sandbox="allow-scripts" security="restricted" style="position: absolute; clip: '
        f'rect(1px, 1px, 1px, 1px);" title="&#8220;{_tx(t.title)}&#8221; &#8212; '
        f'{_html.escape(SITE_TITLE)}" src="{link}embed/#?secret={secret}" '
        f'data-secret="{secret}" width="500" height="282" frameborder="0" marginwidth="0" '
        'marginheight="0" scrolling="no"></iframe>\n</div></figure>'
    )


def _raw(req: Request, markup: str) -> str:
    m = re.fullmatch(r"\{\{(EMBED|XEMTHEM):(\d+)\}\}", markup)
    if not m:
        return markup
    sid = int(m.group(2))
    if m.group(1) == "EMBED":
        return _embed(req, sid)
    t = BY_ID[sid]
    return (
        f'<p><strong>Xem thêm:</strong> <a href="{base_url(req)}{_path(t)}">{_tx(t.title)}</a></p>'
    )


def _render(req: Request, s: Story, blocks: list) -> str:
    nfd = bool(s.opts.get("nfd"))

    def tx(value: str) -> str:
        return _tx(value, nfd=nfd)

    out: list[str] = []
    toc_done = not s.opts.get("toc")
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_raw(req, b.html))
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "gallery":
                j = i
                while j < len(blocks) and isinstance(blocks[j], Img) and blocks[j].style == "gallery":
                    j += 1
                out.append(_gallery(blocks[i:j]))
                i = j
            else:
                out.append(_image(b, s, req))
                i += 1
            continue
        kind, *args = b.style.split("|")

        def group(kinds: tuple[str, ...], start: int = i) -> list[P]:
            j = start
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style.split("|")[0] in kinds:
                j += 1
            return blocks[start:j]

        if kind in ("li", "oli"):
            items = group((kind,))
            tag = "ul" if kind == "li" else "ol"
            lis = "".join(f"<li>{tx(p.text)}</li>" for p in items)
            out.append(f'<{tag} class="wp-block-list">{lis}</{tag}>')
            i += len(items)
        elif kind in ("th", "tr"):
            rows = group(("th", "tr"))
            head = "".join(
                "<tr>" + "".join(f"<th>{tx(c)}</th>" for c in p.text.split(" | ")) + "</tr>"
                for p in rows
                if p.style == "th"
            )
            body = "".join(
                "<tr>" + "".join(f"<td>{tx(c)}</td>" for c in p.text.split(" | ")) + "</tr>"
                for p in rows
                if p.style == "tr"
            )
            out.append(
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                f"<thead>{head}</thead><tbody>{body}</tbody></table></figure>"
            )
            i += len(rows)
        elif kind == "fnote":
            notes = group(("fnote",))
            lis = "".join(
                f'<li id="{_fn_uuid(s, p.style.split("|")[1])}">{tx(p.text)} '
                f'<a href="#{_fn_uuid(s, p.style.split("|")[1])}-link" aria-label="Chuyển tới '
                f'tham chiếu chú thích {p.style.split("|")[1]}">↩︎</a></li>'
                for p in notes
            )
            out.append(f'<ol class="wp-block-footnotes">{lis}</ol>')
            i += len(notes)
        elif kind in ("h2", "h3"):
            if not toc_done:
                out.append(_toc(s, blocks))
                toc_done = True
            anchor = (
                f'<span class="ez-toc-section" id="{_toc_id(b.text)}"></span>' if s.opts.get("toc") else ""
            )
            end = '<span class="ez-toc-section-end"></span>' if anchor else ""
            out.append(f'<{kind} class="wp-block-heading">{anchor}{tx(b.text)}{end}</{kind}>')
            i += 1
        elif kind == "quote":
            out.append(f'<blockquote class="wp-block-quote"><p><em>{tx(b.text)}</em></p></blockquote>')
            i += 1
        else:
            lines = group(("br",), i + 1)
            first = tx(b.text)
            if kind == "fn":
                anchor_text, n = args
                uid = _fn_uuid(s, n)
                at = tx(anchor_text)
                first = first.replace(
                    at,
                    f'{at}<sup data-fn="{uid}" class="fn"><a href="#{uid}" id="{uid}-link">{n}</a></sup>',
                    1,
                )
            if kind == "sapo":
                first = f"<strong>{first}</strong>"
            joined = "<br />\n".join([first, *(tx(p.text) for p in lines)])
            out.append(_mso(joined) if kind == "mso" else f"<p>{joined}</p>")
            if kind == "mso":
                out.append(_mso("&nbsp;"))
            i += 1 + len(lines)
    return "\n".join(out)


# --- chrome --------------------------------------------------------------------------------

SVG_ARROW = (
    '<svg viewBox="0 0 330 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" '
    'height="1em"><path d="M305.913 197.085c0 2.266-1.133 4.815-2.833 6.514L171.087 335.593c-1.7 '
    '1.7-4.249 2.832-6.515 2.832s-4.815-1.133-6.515-2.832L26.064 203.599c-1.7-1.7-2.832-4.248-'
    '2.832-6.514s1.132-4.816 2.832-6.515l14.162-14.163c1.7-1.699 3.966-2.832 6.515-2.832 2.266 0 '
    '4.815 1.133 6.515 2.832l111.316 111.317 111.316-111.317c1.7-1.699 4.249-2.832 6.515-2.832s'
    '4.815 1.133 6.515 2.832l14.162 14.163c1.7 1.7 2.833 4.249 2.833 6.515z"/></svg>'
)


def _menu(req: Request) -> str:
    b = base_url(req)

    def item(mid: int, label: str, href: str, kind: str = "page", sub: str = "") -> str:
        cls = f"menu-item menu-item-type-{'taxonomy' if kind == 'cat' else 'post_type'} "
        cls += f"menu-item-object-{'category' if kind == 'cat' else 'page'} menu-item-{mid}"
        if kind == "custom":
            cls = f"menu-item menu-item-type-custom menu-item-object-custom menu-item-{mid}"
        toggle = ""
        if sub:
            cls += " menu-item-has-children"
            toggle = (
                '<span role="presentation" class="dropdown-menu-toggle"><span class="gp-icon '
                f'icon-arrow">{SVG_ARROW}</span></span>'
            )
        subm = f'<ul class="sub-menu">{sub}</ul>' if sub else ""
        return f'<li id="menu-item-{mid}" class="{cls}"><a href="{href}">{label}{toggle}</a>{subm}</li>'

    intro = item(31, "Giới thiệu chung", f"{b}/gioi-thieu/") + item(
        32, "Cơ cấu tổ chức", f"{b}/gioi-thieu/co-cau-to-chuc/"
    )
    news = "".join(
        item(40 + n, CATS[c], f"{b}/chuyen-muc/{c}/", "cat")
        for n, c in enumerate(["hoat-dong-nganh", "chuyen-mon", "tin-noi-bat"])
    )
    links = item(51, "Hệ thống quản lý trường học", "https://smas.edu.vn/", "custom") + item(
        52, "Cơ sở dữ liệu ngành", "https://csdl.moet.gov.vn/", "custom"
    )
    return (
        '<ul id="menu-menu-chinh" class=" menu sf-menu">'
        + item(25, "Trang chủ", f"{b}/").replace("menu-item-25", "menu-item-home menu-item-25", 1)
        + item(30, "Giới thiệu", f"{b}/gioi-thieu/", sub=intro)
        + item(39, "Tin tức", f"{b}/tin-tuc/", sub=news)
        + item(45, "Thông báo", f"{b}/chuyen-muc/thong-bao/", "cat")
        + item(46, "Văn bản", f"{b}/van-ban/")
        + item(50, "Liên kết", "#", "custom", sub=links)
        + item(47, "Liên hệ", f"{b}/lien-he/")
        + "</ul>"
    )


def _sidebar(req: Request) -> str:
    b = base_url(req)
    latest = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{b}{_path(s)}">{_tx(s.title)}</a>'
        f'<time datetime="{_time(s)}" class="wp-block-latest-posts__post-date">{_dmy(_time(s))}'
        "</time></li>"
        for s in ALL_POSTS[:5]
    )
    schools = [
        ("Trường THCS Nguyễn Thị Minh Khai", "https://thcsnguyenthiminhkhai.sadec.edu.vn/"),
        ("Trường THCS Trần Hưng Đạo", "https://thcstranhungdao.sadec.edu.vn/"),
        ("Trường Tiểu học Trưng Vương", "https://thtrungvuong.sadec.edu.vn/"),
        ("Trường Mầm non Hoa Sen", "https://mnhoasen.sadec.edu.vn/"),
    ]
    opts = "".join(f'<option value="{u}">{n}</option>' for n, u in schools)
    return f"""<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
<div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="{b}/">
<label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" title="Tìm kiếm cho:"></label>
<button class="search-submit" aria-label="Tìm kiếm"><span class="gp-icon icon-search"><svg viewBox="0 0 512 512" aria-hidden="true" width="1em" height="1em"><path d="M208 48c-88 0-160 72-160 160s72 160 160 160 160-72 160-160S296 48 208 48z"/></svg></span></button></form></aside>
<aside id="block-3" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Bài viết mới</h2>
<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{latest}</ul></aside>
<aside id="block-4" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Thống kê truy cập</h2>
<div class="wp-statistics-widget"><ul><li><label>Đang online:</label> 17</li><li><label>Hôm nay:</label> 412</li><li><label>Hôm qua:</label> 988</li><li><label>Tổng truy cập:</label> 1.284.350</li></ul></div></aside>
<aside id="polls-widget-2" class="widget inner-padding widget_polls-widget"><h2 class="widget-title">Thăm dò ý kiến</h2>
<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="a81c3f0e2b" /></p>
<p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về giao diện mới của trang thông tin điện tử?</strong></p>
<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-7" name="poll_3" value="7" /> <label for="poll-answer-7">Dễ sử dụng, thông tin đầy đủ</label></li>
<li><input type="radio" id="poll-answer-8" name="poll_3" value="8" /> <label for="poll-answer-8">Bình thường</label></li>
<li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Khó tìm thông tin</label></li>
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p>
<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p></div></form></div></aside>
<aside id="block-6" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Liên kết website</h2>
<select class="lien-ket-truong" onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn trường --</option>{opts}</select></aside>
<aside id="block-7" class="widget inner-padding widget_block"><figure class="wp-block-image size-full"><a href="https://dichvucong.dongthap.gov.vn/" target="_blank" rel="noreferrer noopener"><img decoding="async" width="300" height="90" src="/wp-content/uploads/2026/09/banner-dich-vu-cong.png" alt="Cổng dịch vụ công tỉnh Đồng Tháp" class="wp-image-12"/></a></figure>
<figure class="wp-block-image size-full"><a href="https://hoclieu.dongthap.edu.vn/" target="_blank" rel="noreferrer noopener"><img decoding="async" width="300" height="90" src="/wp-content/uploads/2026/09/banner-kho-hoc-lieu.png" alt="Kho học liệu số" class="wp-image-13"/></a></figure></aside>
</div></div>"""


def _head(req: Request, title: str, canonical: str, *, robots: str = "", extra: str = "",
          css_id: int = 0) -> str:
    b = base_url(req)
    robots = robots or "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"
    return f"""<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="robots" content="{robots}"/>
<link rel="canonical" href="{canonical}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{_html.escape(SITE_TITLE)}" />
{extra}
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{_html.escape(SITE_TITLE)} &raquo; Dòng thông tin" href="{b}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{b}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='generate-style-css' href='{b}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
<link rel='stylesheet' id='generateblocks-css' href='{b}/wp-content/uploads/generateblocks/style-{css_id or 2}.css?ver=1764900000' media='all' />
<link rel='stylesheet' id='heateor_sss_frontend_css-css' href='{b}/wp-content/plugins/sassy-social-share/public/css/sassy-social-share-public.css?ver=3.3.58' media='all' />
<link rel='stylesheet' id='ez-toc-css' href='{b}/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.61' media='all' />
<script src="{b}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{b}/wp-json/" />
<meta name="generator" content="WordPress 6.4.3" />
<link rel="icon" href="{b}/wp-content/uploads/2026/09/cropped-logo-pgd-32x32.png" sizes="32x32" />
<style id="generate-style-inline-css">.posted-on .updated{{display:none;}} .byline, .single .byline{{display:inline;}}</style>
</head>"""


def _header(req: Request) -> str:
    b = base_url(req)
    return f"""<a class="screen-reader-text skip-link" href="#content" title="Chuyển tới nội dung">Chuyển tới nội dung</a>
<div class="top-bar top-bar-align-right">
<div class="inside-top-bar grid-container">
<aside id="block-9" class="widget inner-padding widget_block"><p class="ngay-hom-nay">{TODAY_LINE}</p></aside>
<aside id="block-10" class="widget inner-padding widget_block"><p>Đường dây nóng: <a href="tel:02773861234">0277 3861 234</a> | <a href="mailto:pgdsadec@dongthap.edu.vn">pgdsadec@dongthap.edu.vn</a></p></aside>
</div></div>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Trang web" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container">
<div class="site-branding-container"><div class="site-logo">
<a href="{b}/" rel="home"><img class="header-image is-logo-image" alt="{_html.escape(SITE_TITLE)}" src="{b}/wp-content/uploads/2026/09/logo-pgd-sadec.png" width="96" height="96" /></a>
</div><div class="site-branding"><p class="main-title" itemprop="headline"><a href="{b}/" rel="home">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ SA ĐÉC</a></p>
<p class="site-description" itemprop="description">Ủy ban nhân dân thành phố Sa Đéc &#8211; tỉnh Đồng Tháp</p></div></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Chuyển đổi di động">
<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="screen-reader-text">Menu</span></button></nav>
</div></header>
<nav class="main-navigation nav-align-center sub-menu-right" id="site-navigation" aria-label="Chính" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container">
<div id="primary-menu" class="main-nav">{_menu(req)}</div>
</div></nav>"""


def _footer(req: Request) -> str:
    b = base_url(req)
    return f"""<div class="site-footer footer-bar-active footer-bar-align-right">
<div id="footer-widgets" class="site footer-widgets"><div class="footer-widgets-container grid-container"><div class="inside-footer-widgets">
<div class="footer-widget-1"><aside id="block-12" class="widget inner-padding widget_block"><p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ SA ĐÉC</strong><br>Địa chỉ: Số 06 đường Hùng Vương, Phường 1, thành phố Sa Đéc, tỉnh Đồng Tháp<br>Điện thoại: 0277 3861 234 &#8211; Fax: 0277 3861 235<br>Email: pgdsadec@dongthap.edu.vn</p></aside></div>
<div class="footer-widget-2"><aside id="block-13" class="widget inner-padding widget_block"><p>Chịu trách nhiệm nội dung: Trưởng phòng Giáo dục và Đào tạo</p><p><a href="{b}/lien-he/">Góp ý, liên hệ</a></p></aside></div>
</div></div></div>
<footer class="site-info" aria-label="Trang web" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="footer-bar"><aside id="nav_menu-2" class="widget inner-padding widget_nav_menu"><div class="menu-chan-trang-container"><ul id="menu-chan-trang" class="menu"><li class="menu-item"><a href="{b}/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="{b}/van-ban/">Văn bản</a></li></ul></div></aside></div>
<div class="copyright-bar">&copy; 2026 Phòng Giáo dục và Đào tạo thành phố Sa Đéc. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</div>
</div></footer></div>
<a title="Cuộn lại đầu trang" aria-label="Cuộn lại đầu trang" rel="nofollow" href="#" class="generate-back-to-top" data-scroll-speed="400" data-start-scroll="300"></a>
<script id="generate-menu-js-extra">var generatepressMenu = {{"toggleOpenedSubMenus":true,"openSubMenuLabel":"M\\u1edf Menu con","closeSubMenuLabel":"\\u0110\\u00f3ng Menu con"}};</script>
<script src="{b}/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script>
<script src="{b}/wp-content/plugins/a3-lazy-load/assets/js/jquery.lazyloadxt.extra.min.js?ver=2.7.1" id="jquery-lazyloadxt-js"></script>
</body></html>"""


def _crumbs(req: Request, trail: list[tuple[str, str | None]]) -> str:
    b = base_url(req)
    parts = [f'<a href="{b}/">Trang chủ</a>']
    for label, href in trail:
        parts.append(f'<a href="{b}{href}">{label}</a>' if href else f'<span class="last">{label}</span>')
    sep = '<span class="separator"> &raquo; </span>'
    return f'<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p>{sep.join(parts)}</p></nav>'


def _page(req: Request, *, title: str, canonical: str, body_class: str, main: str,
          extra_head: str = "", robots: str = "", css_id: int = 0) -> Response:
    doc = (
        _head(req, title, canonical, robots=robots, extra=extra_head, css_id=css_id)
        + f'\n<body class="{body_class} wp-custom-logo wp-embed-responsive right-sidebar '
        'nav-below-header separate-containers header-aligned-left dropdown-hover" '
        'itemtype="https://schema.org/WebPage" itemscope>\n'
        + _header(req)
        + '\n<div class="site grid-container container hfeed" id="page">\n'
        '<div class="site-content" id="content">\n<div class="content-area" id="primary">\n'
        f'<main class="site-main" id="main">\n{main}\n</main>\n</div>\n'
        + _sidebar(req)
        + "\n</div>\n</div>\n"
        + _footer(req)
    )
    return html(doc)


def _full_title(title: str) -> str:
    return f"{_tx(title)} &#8211; {_html.escape(SITE_TITLE)}"


# --- single posts --------------------------------------------------------------------------


def _post_classes(s: Story) -> str:
    cats = " ".join(f"category-{c}" for c in _cats(s))
    tags = " ".join(f"tag-{t}" for t in s.opts.get("tags", []))
    extra = " post-password-required" if s.opts.get("protected") else ""
    return (
        f"post-{s.id} post type-post status-publish format-standard has-post-thumbnail hentry "
        f"{cats} {tags}{extra}"
    ).replace("  ", " ")


def _sorted_cats(s: Story) -> list[str]:
    return sorted(_cats(s), key=lambda c: _ascii(CATS[c]))


def _entry_meta(req: Request, s: Story) -> str:
    b = base_url(req)
    t = _time(s)
    mod = s.opts.get("modified")
    times = (
        f'<time class="updated" datetime="{mod}" itemprop="dateModified">{_dmy(mod)}</time>'
        if mod
        else ""
    )
    times += f'<time class="entry-date published" datetime="{t}" itemprop="datePublished">{_dmy(t)}</time>'
    login = _author(s)
    name = AUTHORS[login]
    return (
        f'<div class="entry-meta">\n<span class="posted-on">{times}</span> <span class="byline">bởi '
        '<span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>'
        f'<a class="url fn n" href="{b}/author/{login}/" title="Xem tất cả bài viết bởi {name}" '
        f'rel="author" itemprop="url"><span class="author-name" itemprop="name">{name}</span></a>'
        "</span></span>\t\t</div>"
    )


def _share(link: str) -> str:
    q = quote(link, safe="")
    style = (
        'style="font-size:32px!important;box-shadow:none;display:inline-block;vertical-align:middle"'
    )
    svg = '<span class="heateor_sss_svg" style="width:35px;height:35px;border-radius:999px;display:inline-block"><svg focusable="false" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 32 32"><path fill="#fff" d="M28 16c0-6.627-5.373-12-12-12S4 9.373 4 16c0 5.628 3.875 10.35 9.101 11.647v-7.98h-2.474V16H13.1v-1.58c0-4.085 1.849-5.978 5.859-5.978.76 0 2.072.15 2.608.298v3.325c-.283-.03-.775-.045-1.386-.045-1.967 0-2.728.745-2.728 2.683V16h3.92l-.673 3.667h-3.247v8.245C23.395 27.195 28 22.135 28 16Z"></path></svg></span>'
    return (
        f"<div class='heateor_sss_sharing_container heateor_sss_horizontal_sharing' "
        f"data-heateor-ss-offset='0' data-heateor-sss-href='{link}'>"
        "<div class='heateor_sss_sharing_title' style=\"font-weight:bold\">Chia sẻ:</div>"
        '<div class="heateor_sss_sharing_ul">'
        f'<a aria-label="Facebook" class="heateor_sss_facebook" href="https://www.facebook.com/sharer/sharer.php?u={q}" title="Facebook" rel="nofollow noopener" target="_blank" {style}>{svg}</a>'
        f'<a aria-label="X" class="heateor_sss_button_x" href="https://twitter.com/intent/tweet?text=&amp;url={q}" title="X" rel="nofollow noopener" target="_blank" {style}>{svg}</a>'
        f'<a aria-label="Print" class="heateor_sss_button_print" href="{link}" onclick="event.preventDefault();window.print()" title="In bài viết" rel="nofollow noopener" {style}>{svg}</a>'
        f'<a aria-label="Copy Link" class="heateor_sss_button_copy_link" title="Sao chép liên kết" rel="nofollow noopener" href="{link}" onclick="event.preventDefault()" {style}>{svg}</a>'
        '</div><div class="heateorSssClear"></div></div>'
    )


def _related(req: Request, s: Story) -> str:
    b = base_url(req)
    rel = [t for t in ALL_POSTS if t is not s and s.cat in _cats(t) and not t.opts.get("protected")]
    items = "".join(
        f'<li><a href="{b}{_path(t)}" class="crp_link post-{t.id}"><figure>'
        f"{_lazy(_thumb(t, '150x150'), 'crp_featured crp_thumb thumbnail', 150, 150)}</figure>"
        f'<span class="crp_title">{_tx(t.title)}</span></a></li>'
        for t in rel[:4]
    )
    return (
        '<div class="crp_related     crp-rounded-thumbs"><h3>Bài viết liên quan:</h3>'
        f'<ul>{items}</ul><div class="crp_clear"></div></div>'
    )


def _post_nav(req: Request, s: Story) -> str:
    b = base_url(req)
    i = ALL_POSTS.index(s)
    parts = []
    if i + 1 < len(ALL_POSTS):
        o = ALL_POSTS[i + 1]
        parts.append(
            '<div class="nav-previous"><span class="gp-icon icon-arrow-left"></span>'
            '<span class="prev" title="Bài viết trước"><span class="nhan-dh">Bài viết trước: </span>'
            f'<a href="{b}{_path(o)}" rel="prev">{_tx(o.title)}</a></span></div>'
        )
    if i > 0:
        n = ALL_POSTS[i - 1]
        parts.append(
            '<div class="nav-next"><span class="gp-icon icon-arrow-right"></span>'
            '<span class="next" title="Bài viết sau"><span class="nhan-dh">Bài viết sau: </span>'
            f'<a href="{b}{_path(n)}" rel="next">{_tx(n.title)}</a></span></div>'
        )
    return f'<nav id="nav-below" class="post-navigation" aria-label="Bài viết">\n{"".join(parts)}\n</nav>'


def _comments(req: Request, s: Story, replyto: str | None) -> str:
    comments = s.opts.get("comments")
    if not comments:
        return ""
    b = base_url(req)
    link = b + _path(s)

    def form(parent: int, name: str | None) -> str:
        title = (
            f'Trả lời {_html.escape(name)} <small><a rel="nofollow" id="cancel-comment-reply-link" '
            f'href="{link}#respond">Hủy</a></small>'
            if name
            else 'Bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" '
            f'href="{link}#respond" style="display:none;">Hủy</a></small>'
        )
        return (
            f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{title}</h3>'
            f'<form action="{b}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Bình luận</label>'
            '<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>'
            '<label for="author" class="screen-reader-text">Tên</label><input placeholder="Tên *" id="author" name="author" type="text" value="" size="30" required />'
            '<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required />'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> '
            f"<input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' />"
            f"<input type='hidden' name='comment_parent' id='comment_parent' value='{parent}' /></p></form></div>"
        )

    items = []
    for cid, name, when, body in comments:
        here = replyto == str(cid)
        items.append(
            f'<li id="comment-{cid}" class="comment even thread-even depth-1">'
            f'<article class="comment-body" id="div-comment-{cid}" itemtype="https://schema.org/Comment" itemscope>'
            '<footer class="comment-meta" aria-label="Meta bình luận">'
            f'<img alt="" src="https://secure.gravatar.com/avatar/{_h(name)}?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo" height="50" width="50" loading="lazy" decoding="async"/>'
            f'<div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><cite itemprop="name" class="fn">{_html.escape(name)}</cite></div>'
            f'<div class="entry-meta comment-metadata"><a href="{link}#comment-{cid}"><time datetime="{when}" itemprop="datePublished">{_dmy(when)} lúc {when[11:16]}</time></a></div></div></footer>'
            f'<div class="comment-content" itemprop="text"><p>{_html.escape(body)}</p>'
            f"<span class=\"reply\"><a rel='nofollow' class='comment-reply-link' href='{link}?replytocom={cid}#respond' "
            f"data-commentid=\"{cid}\" data-postid=\"{s.id}\" data-belowelement=\"div-comment-{cid}\" "
            f"data-respondelement=\"respond\" data-replyto=\"Trả lời {_html.escape(name)}\" "
            f"aria-label='Trả lời {_html.escape(name)}'>Trả lời</a></span></div></article>"
            + (form(cid, name) if here else "")
            + "</li>"
        )
    bottom = "" if replyto and any(replyto == str(c[0]) for c in comments) else form(0, None)
    return (
        '<div class="comments-area"><div id="comments">'
        f'<h3 class="comments-title">{len(comments)} bình luận về &ldquo;{_tx(s.title)}&rdquo;</h3>'
        f'<ol class="comment-list">{"".join(items)}</ol>{bottom}</div></div>'
    )


def _jsonld(req: Request, s: Story, link: str) -> str:
    b = base_url(req)
    login = _author(s)
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": ["GovernmentOrganization", "Organization"],
                "@id": f"{b}/#organization",
                "name": "Phòng Giáo dục và Đào tạo thành phố Sa Đéc",
                "url": f"{b}/",
            },
            {"@type": "WebPage", "@id": f"{link}#webpage", "url": link, "name": s.title,
             "datePublished": _time(s), "dateModified": s.opts.get("modified") or _time(s),
             "inLanguage": "vi"},
            {"@type": "Person", "@id": f"{b}/author/{login}/", "name": AUTHORS[login],
             "url": f"{b}/author/{login}/"},
            {
                "@type": "NewsArticle",
                "headline": f"{s.title} - {SITE_TITLE}",
                "datePublished": _time(s),
                "dateModified": s.opts.get("modified") or _time(s),
                "articleSection": ", ".join(CATS[c] for c in _sorted_cats(s)),
                "author": {"@id": f"{b}/author/{login}/", "name": AUTHORS[login]},
                "publisher": {"@id": f"{b}/#organization"},
                "description": " ".join(_plain(s).split()[:30]),
                "name": f"{s.title} - {SITE_TITLE}",
                "@id": f"{link}#richSnippet",
                "isPartOf": {"@id": f"{link}#webpage"},
                "image": {"@id": b + _featured(s)[0]},
                "inLanguage": "vi",
                "mainEntityOfPage": {"@id": f"{link}#webpage"},
            },
        ],
    }
    return (
        '<script type="application/ld+json" class="rank-math-schema">'
        + json.dumps(data, ensure_ascii=False).replace("/", "\\/")
        + "</script>"
    )


def _single(req: Request, s: Story, page: int = 1) -> Response:
    b = base_url(req)
    link = b + _path(s)
    nfd = bool(s.opts.get("nfd"))
    title_html = _tx(s.title, nfd=nfd)
    site = _html.escape(SITE_TITLE)
    split = s.opts.get("page2_from")
    blocks = s.blocks
    if split:
        blocks = s.blocks[:split] if page == 1 else s.blocks[split:]
    canonical = link if page == 1 else f"{link}{page}/"
    fimg, default = _featured(s)
    feat_cls = "attachment-full size-full wp-post-image" + (" default-featured-img" if default else "")
    featured = (
        '<div class="featured-image page-header-image-single grid-container grid-parent">\n'
        f'<img width="1024" height="683" src="{fimg}" class="{feat_cls}" alt="" itemprop="image" '
        'decoding="async" fetchpriority="high" /></div>'
    )
    if s.opts.get("protected"):
        content = (
            f'<form action="{b}/wp-login.php?action=postpass" class="post-password-form" method="post">\n'
            "<p>Nội dung này được bảo vệ bằng mật khẩu. Để xem nội dung, vui lòng nhập mật khẩu "
            "bên dưới:</p>\n"
            f'<p><label for="pwbox-{s.id}">Mật khẩu: <input name="post_password" id="pwbox-{s.id}" '
            'type="password" spellcheck="false" size="20" /></label> <input type="submit" '
            'name="Submit" value="Gửi" /></p>\n</form>'
        )
    else:
        words = len(_plain(s).split())
        content = (
            '<span class="span-reading-time rt-reading-time" style="display: block;"><span '
            'class="rt-label rt-prefix">Thời gian đọc:</span> <span class="rt-time"> '
            f'{max(1, round(words / 200))}</span> <span class="rt-label rt-postfix">phút</span></span>'
            + _share(link)
            + "\n"
            + _render(req, s, blocks)
            + "\n"
            + _related(req, s)
            + f'\n<div class="post-views content-post post-{s.id} entry-meta load-static">'
            '<span class="post-views-icon dashicons dashicons-chart-bar"></span> '
            '<span class="post-views-label">Lượt xem:</span> '
            f'<span class="post-views-count">{s.views()}</span></div>'
        )
        if split:
            one = (
                '<span class="post-page-numbers current" aria-current="page">1</span>'
                if page == 1
                else f'<a href="{link}" class="post-page-numbers">1</a>'
            )
            two = (
                '<span class="post-page-numbers current" aria-current="page">2</span>'
                if page == 2
                else f'<a href="{link}2/" class="post-page-numbers">2</a>'
            )
            content += f'\n<div class="page-links">Trang: {one} {two}</div>'
    cat_links = ", ".join(
        f'<a href="{b}/chuyen-muc/{c}/" rel="category tag">{CATS[c]}</a>' for c in _sorted_cats(s)
    )
    tags = s.opts.get("tags", [])
    tag_links = (
        '<span class="tags-links"><span class="gp-icon icon-tags"></span><span '
        'class="screen-reader-text">Thẻ </span>'
        + ", ".join(f'<a href="{b}/tag/{t}/" rel="tag">{TAGS[t]}</a>' for t in tags)
        + "</span> "
        if tags
        else ""
    )
    crumbs = _crumbs(req, [(CATS[s.cat], f"/chuyen-muc/{s.cat}/"), (title_html, None)])
    main = f"""{crumbs}
<article id="post-{s.id}" class="{_post_classes(s)}" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
{featured}
<header class="entry-header">
<h1 class="entry-title" itemprop="headline">{title_html}</h1>
{_entry_meta(req, s)}
</header>
<div class="entry-content" itemprop="text">
{content}
</div>
<footer class="entry-meta" aria-label="Meta bài viết">
<span class="cat-links"><span class="gp-icon icon-categories"></span><span class="screen-reader-text">Chuyên mục </span>{cat_links}</span> {tag_links}
{_post_nav(req, s)}
</footer>
</div>
</article>
{_comments(req, s, req.params.get("replytocom"))}"""
    page_title = f"{title_html} &#8211; {site}" if page == 1 else (
        f"{title_html} &#8211; Trang {page} trên 2 &#8211; {site}"
    )
    desc = _html.escape(" ".join(_plain(s).split()[:28]))
    extra = f"""<meta name="description" content="{desc}"/>
<meta property="og:type" content="article" />
<meta property="og:title" content="{_html.escape(s.title)} - {_html.escape(SITE_TITLE)}" />
<meta property="og:description" content="{desc}" />
<meta property="og:url" content="{canonical}" />
<meta property="og:image" content="{b}{fimg}" />
<meta property="article:published_time" content="{_time(s)}" />
<meta property="article:modified_time" content="{s.opts.get("modified") or _time(s)}" />
{_jsonld(req, s, link)}
<link rel='shortlink' href='{b}/?p={s.id}' />
<link rel="alternate" type="application/json+oembed" href="{b}/wp-json/oembed/1.0/embed?url={quote(link, safe="")}" />"""
    return _page(
        req,
        title=page_title,
        canonical=canonical,
        body_class=f"post-template-default single single-post postid-{s.id} single-format-standard",
        main=main,
        extra_head=extra,
        css_id=s.id,
    )


def _embed_page(req: Request, s: Story) -> Response:
    b = base_url(req)
    link = b + _path(s)
    words = _excerpt(s, 55, "")
    doc = f"""<!DOCTYPE html>
<html lang="vi" class="no-js">
<head>
<title>{_full_title(s.title)}</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name='robots' content='noindex, follow' />
<link rel="canonical" href="{link}" />
<style>body{{margin:0}}</style>
</head>
<body class="post-template-default single single-post postid-{s.id} single-format-standard">
<div class="wp-embed post-{s.id} post type-post status-publish format-standard hentry category-{s.cat}">
<p class="wp-embed-heading"><a href="{link}" target="_top">{_tx(s.title)}</a></p>
<div class="wp-embed-excerpt"><p>{words}&hellip; <a href="{link}" class="more-link" target="_top">Tiếp tục đọc<span class="screen-reader-text"> &#8220;{_tx(s.title)}&#8221;</span></a></p></div>
<div class="wp-embed-footer">
<div class="wp-embed-site-title"><a href="{b}/" target="_top"><img src="{b}/wp-content/uploads/2026/09/cropped-logo-pgd-32x32.png" srcset="{b}/wp-content/uploads/2026/09/cropped-logo-pgd-64x64.png 2x" width="32" height="32" alt="" class="wp-embed-site-icon" /><span>{_html.escape(SITE_TITLE)}</span></a></div>
<div class="wp-embed-meta"><div class="wp-embed-share"><button type="button" class="wp-embed-share-dialog-open" aria-label="Mở hộp thoại chia sẻ"><span class="dashicons dashicons-share"></span></button></div></div>
</div></div>
<div class="wp-embed-share-dialog hidden" role="dialog" aria-label="Tùy chọn chia sẻ"><div class="wp-embed-share-dialog-content"><div class="wp-embed-share-tabs"><input type="text" value="{link}" class="wp-embed-share-input" aria-label="URL" tabindex="0" readonly/></div></div></div>
</body></html>"""
    return html(doc, headers={"X-Robots-Tag": "noindex"})


def _attachment_page(req: Request, s: Story) -> Response:
    b = base_url(req)
    img = s.images[0]
    full = img.src.replace("-1024x683", "")
    medium = img.src.replace("-1024x683", "-300x200")
    att = s.opts["attachment"]
    title = att.upper()
    path = _path(s) + att + "/"
    main = f"""{_crumbs(req, [(CATS[s.cat], f"/chuyen-muc/{s.cat}/"), (_tx(s.title), _path(s)), (title, None)])}
<article id="post-{_num(img.src)}" class="post-{_num(img.src)} attachment type-attachment status-inherit hentry" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{title}</h1>
{_entry_meta(req, s)}
</header>
<div class="entry-content" itemprop="text">
<p class="attachment"><a href="{b}{full}"><img decoding="async" width="300" height="200" src="{b}{medium}" class="attachment-medium size-medium" alt="" /></a></p>
<p>{_tx(img.printed or "")}</p>
</div>
<footer class="entry-meta" aria-label="Meta bài viết">
<nav id="nav-below" class="post-navigation" aria-label="Bài viết"><div class="nav-previous"><span class="prev"><a href="{b}{_path(s)}" rel="prev"><span class="meta-nav">Đã đăng trong</span>{_tx(s.title)}</a></span></div></nav>
</footer>
</div></article>"""
    return _page(
        req,
        title=f"{title} &#8211; {_html.escape(SITE_TITLE)}",
        canonical=b + path,
        body_class=f"attachment attachment-template-default single single-attachment postid-{_num(img.src)} attachmentid-{_num(img.src)} attachment-jpeg",
        main=main,
    )


# --- listings ------------------------------------------------------------------------------


def _gb_card(req: Request, s: Story, qid: int, *, image: bool = True, excerpt: bool = True) -> str:
    b = base_url(req)
    link = b + _path(s)
    k = f"q{qid}"
    parts = []
    if image:
        parts.append(
            f'<figure class="gb-block-image gb-block-image-{_h(k + "img")}"><a href="{link}">'
            f"{_lazy(_thumb(s), 'gb-image-' + _h(k + 'img') + ' wp-post-image', 300, 200)}</a></figure>"
        )
    parts.append(
        f'<h2 class="gb-headline gb-headline-{_h(k + "h")} gb-headline-text"><a href="{link}">'
        f"{_tx(s.title)}</a></h2>"
    )
    parts.append(
        f'<div class="gb-headline gb-headline-{_h(k + "d")} gb-headline-text"><span class="gb-icon">'
        f'</span><time class="entry-date published" datetime="{_time(s)}">{_dmy(_time(s))}</time></div>'
    )
    terms = ", ".join(
        f'<span class="post-term-item term-{c}"><a href="{b}/chuyen-muc/{c}/">{CATS[c]}</a></span>'
        for c in _sorted_cats(s)
    )
    parts.append(
        f'<div class="gb-headline gb-headline-{_h(k + "t")} gb-headline-text dynamic-term-class">{terms}</div>'
    )
    if excerpt:
        parts.append(
            f'<div class="gb-headline gb-headline-{_h(k + "e")} gb-headline-text">'
            f"{_excerpt(s, 24, ' &hellip;')}</div>"
        )
        parts.append(
            f'<div class="gb-button-wrapper gb-button-wrapper-{_h(k + "bw")}"><a class="gb-button '
            f'gb-button-{_h(k + "b")} gb-button-text" href="{link}">Đọc tiếp</a></div>'
        )
    return (
        f'<div class="gb-grid-column gb-query-loop-item {_post_classes(s)}">'
        f'<div class="gb-container gb-container-{_h(k + "c")}">{"".join(parts)}</div></div>'
    )


NEWS = [s for s in ALL_POSTS if "thong-bao" not in _cats(s)]
NOTICES = [s for s in ALL_POSTS if "thong-bao" in _cats(s)]
NEWS_PAGES = (len(NEWS) + PER_PAGE - 1) // PER_PAGE


def _news_page(req: Request) -> Response | None:
    b = base_url(req)
    raw = req.params.get("query-2-page", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= 50:
        return None
    n = int(raw)
    items = NEWS[(n - 1) * PER_PAGE : n * PER_PAGE]
    cards = "".join(_gb_card(req, s, 2) for s in items) or (
        '<p class="gb-query-loop-no-results">Không có bài viết nào.</p>'
    )

    def href(k: int) -> str:
        return f"{b}/tin-tuc/" if k == 1 else f"?query-2-page={k}"

    btn = f"gb-button gb-button-{_h('q2pag')}"
    pag = []
    if n > 1:
        pag.append(f'<a class="{btn} gb-button-text" href="{href(n - 1)}">&laquo; Trước</a>')
    for k in range(1, NEWS_PAGES + 1):
        if k == n:
            pag.append(f'<span aria-current="page" class="page-numbers current {btn}">{k}</span>')
        else:
            pag.append(f'<a class="page-numbers {btn}" href="{href(k)}">{k}</a>')
    if n < NEWS_PAGES:
        pag.append(f'<a class="{btn} gb-button-text" href="{href(n + 1)}">Sau &raquo;</a>')
    main = f"""{_crumbs(req, [("Tin tức", None)])}
<article id="post-18" class="post-18 page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">Tin tức</h1></header>
<div class="entry-content" itemprop="text">
<p>Tin tức &#8211; sự kiện, hoạt động chuyên môn của ngành giáo dục thành phố Sa Đéc.</p>
<div class="gb-container gb-container-{_h("q2wrap")}">
<div class="gb-grid-wrapper gb-grid-wrapper-{_h("q2grid")} gb-query-loop-wrapper">{cards}</div>
<div class="gb-container gb-container-{_h("q2pagc")} gb-query-loop-pagination"><div class="gb-button-wrapper gb-button-wrapper-{_h("q2pagw")}">
{" ".join(pag)}
</div></div>
</div>
</div></div></article>"""
    return _page(
        req,
        title=f"Tin tức &#8211; {_html.escape(SITE_TITLE)}",
        canonical=f"{b}/tin-tuc/",
        body_class="page-template-default page page-id-18",
        main=main,
        css_id=18,
    )


def _home(req: Request) -> Response:
    b = base_url(req)
    top = NEWS[0]
    hero_link = f"{b}{_path(top)}?utm_source=trangchu&amp;utm_medium=banner"
    latest = "".join(_gb_card(req, s, 7) for s in NEWS[:4])
    notices = "".join(_gb_card(req, s, 9, image=False, excerpt=False) for s in NOTICES[:2])
    main = f"""<article id="post-2" class="post-2 page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<div class="entry-content" itemprop="text">
<div class="gb-container gb-container-{_h("hero")} gb-has-dynamic-bg" style="--background-image:url({b}{_thumb(top, "1024x683")})">
<div class="gb-inside-container">
<p class="gb-headline gb-headline-{_h("herok")} gb-headline-text">TIN NỔI BẬT</p>
<h2 class="gb-headline gb-headline-{_h("heroh")} gb-headline-text"><a href="{hero_link}">{_tx(top.title)}</a></h2>
<div class="gb-headline gb-headline-{_h("heroe")} gb-headline-text">{_excerpt(top, 30, " &hellip;")}</div>
<div class="gb-button-wrapper gb-button-wrapper-{_h("herobw")}"><a class="gb-button gb-button-{_h("herob")} gb-button-text" href="{hero_link}">Xem chi tiết</a></div>
</div></div>
<div class="gb-container gb-container-{_h("home-news")}">
<h2 class="gb-headline gb-headline-{_h("home-news-h")} gb-headline-text">TIN MỚI</h2>
<div class="gb-grid-wrapper gb-grid-wrapper-{_h("q7grid")} gb-query-loop-wrapper">{latest}</div>
<div class="gb-button-wrapper gb-button-wrapper-{_h("q7more")}"><a class="gb-button gb-button-{_h("q7moreb")} gb-button-text" href="{b}/tin-tuc/">Xem tất cả tin tức</a></div>
</div>
<div class="gb-container gb-container-{_h("home-tb")}">
<h2 class="gb-headline gb-headline-{_h("home-tb-h")} gb-headline-text">THÔNG BÁO</h2>
<div class="gb-grid-wrapper gb-grid-wrapper-{_h("q9grid")} gb-query-loop-wrapper">{notices}</div>
<div class="gb-button-wrapper gb-button-wrapper-{_h("q9more")}"><a class="gb-button gb-button-{_h("q9moreb")} gb-button-text" href="{b}/chuyen-muc/thong-bao/">Xem tất cả</a></div>
</div>
<div class="gb-container gb-container-{_h("home-gt")}">
<h2 class="gb-headline gb-headline-{_h("home-gt-h")} gb-headline-text">GIỚI THIỆU</h2>
<p>Phòng Giáo dục và Đào tạo thành phố Sa Đéc là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố, tham mưu quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ sở trên địa bàn. <a href="{b}/gioi-thieu/">Xem thêm &raquo;</a></p>
<div class="gb-button-wrapper gb-button-wrapper-{_h("links")}"><a class="gb-button gb-button-{_h("l1")}" href="https://dongthap.edu.vn/" target="_blank" rel="noopener">Sở GD&amp;ĐT Đồng Tháp</a><a class="gb-button gb-button-{_h("l2")}" href="https://sadec.dongthap.gov.vn/" target="_blank" rel="noopener">Cổng TTĐT TP. Sa Đéc</a></div>
</div>
</div></div></article>"""
    return _page(
        req,
        title=f"{_html.escape(SITE_TITLE)} &#8211; Ủy ban nhân dân thành phố Sa Đéc",
        canonical=f"{b}/",
        body_class="home page-template-default page page-id-2",
        main=main,
        css_id=2,
    )


def _archive_items(kind: str, slug: str) -> list[Story]:
    if kind == "chuyen-muc":
        return [s for s in ALL_POSTS if slug in _cats(s)]
    if kind == "tag":
        return [s for s in ALL_POSTS if slug in s.opts.get("tags", [])]
    return [s for s in ALL_POSTS if _author(s) == slug]


def _archive_title(kind: str, slug: str) -> str:
    if kind == "chuyen-muc":
        return CATS[slug]
    if kind == "tag":
        return TAGS[slug]
    return AUTHORS[slug]


def _archive(req: Request, kind: str, slug: str, n: int) -> Response | None:
    b = base_url(req)
    items = _archive_items(kind, slug)
    pages = max(1, (len(items) + PER_PAGE - 1) // PER_PAGE)
    if not 1 <= n <= pages:
        return None
    base = f"/{kind}/{slug}/"
    name = _archive_title(kind, slug)
    label = {"chuyen-muc": "Chuyên mục", "tag": "Thẻ", "author": "Tác giả"}[kind]
    arts = []
    for s in items[(n - 1) * PER_PAGE : n * PER_PAGE]:
        link = b + _path(s)
        cats = ", ".join(
            f'<a href="{b}/chuyen-muc/{c}/" rel="category tag">{CATS[c]}</a>' for c in _sorted_cats(s)
        )
        arts.append(
            f'<article id="post-{s.id}" class="{_post_classes(s)}" itemtype="https://schema.org/CreativeWork" itemscope>'
            '<div class="inside-article">'
            f'<div class="post-image"><a href="{link}">{_lazy(_thumb(s), "attachment-medium size-medium wp-post-image", 300, 200)}</a></div>'
            f'<header class="entry-header"><h2 class="entry-title" itemprop="headline"><a href="{link}" rel="bookmark">{_tx(s.title)}</a></h2>'
            f"{_entry_meta(req, s)}</header>"
            f'<div class="entry-summary" itemprop="text"><p>{_excerpt(s, 40, " [&hellip;]")} '
            f'<a title="{_html.escape(s.title)}" class="read-more" href="{link}" aria-label="Đọc thêm về {_html.escape(s.title)}">Đọc thêm</a></p></div>'
            f'<footer class="entry-meta" aria-label="Meta bài viết"><span class="cat-links"><span class="screen-reader-text">Chuyên mục </span>{cats}</span></footer>'
            "</div></article>"
        )

    def href(k: int) -> str:
        return f"{b}{base}" if k == 1 else f"{b}{base}page/{k}/"

    nav = ""
    if pages > 1:
        links = []
        if n > 1:
            links.append(f'<a class="prev page-numbers" href="{href(n - 1)}"><span aria-hidden="true">&larr;</span> Trước</a>')
        for k in range(1, pages + 1):
            if k == n:
                links.append(f'<span aria-current="page" class="page-numbers current"><span class="screen-reader-text">Trang</span>{k}</span>')
            else:
                links.append(f'<a class="page-numbers" href="{href(k)}"><span class="screen-reader-text">Trang</span>{k}</a>')
        if n < pages:
            links.append(f'<a class="next page-numbers" href="{href(n + 1)}">Tiếp <span aria-hidden="true">&rarr;</span></a>')
        nav = (
            '<nav id="nav-below" class="paging-navigation" aria-label="Lưu trữ trang">'
            f'<div class="nav-links">{chr(10).join(links)}</div></nav>'
        )
    desc = CAT_DESC.get(slug, "") if kind == "chuyen-muc" else ""
    trail = [(name, base if n > 1 else None)]
    if n > 1:
        trail.append((f"Trang {n}", None))
    rels = ""
    if n > 1:
        rels += f'<link rel="prev" href="{href(n - 1)}" />\n'
    if n < pages:
        rels += f'<link rel="next" href="{href(n + 1)}" />\n'
    body_kind = {"chuyen-muc": f"category category-{slug}", "tag": f"tag tag-{slug}", "author": f"author author-{slug}"}[kind]
    paged = f" paged paged-{n}" if n > 1 else ""
    main = f"""{_crumbs(req, trail)}
<header class="page-header" aria-label="Trang"><h1 class="page-title">{label}: <span>{name}</span></h1>
{f'<div class="taxonomy-description"><p>{desc}</p></div>' if desc else ""}</header>
{"".join(arts)}
{nav}"""
    return _page(
        req,
        title=f"{name}{f' - Trang {n} trên {pages}' if n > 1 else ''} &#8211; {_html.escape(SITE_TITLE)}",
        canonical=href(n),
        body_class=f"archive {body_kind}{paged}",
        main=main,
        extra_head=rels,
    )


def _search(req: Request) -> Response:
    b = base_url(req)
    q = req.params.get("s", "").strip()
    hits = [s for s in STORIES if q and q.lower() in s.title.lower()][:PER_PAGE]
    rows = "".join(
        f'<article id="post-{s.id}" class="{_post_classes(s)}"><div class="inside-article"><header class="entry-header">'
        f'<h2 class="entry-title"><a href="{b}{_path(s)}" rel="bookmark">{_tx(s.title)}</a></h2></header></div></article>'
        for s in hits
    ) or (
        '<div class="no-results not-found"><div class="inside-article"><header class="entry-header">'
        '<h1 class="entry-title">Không tìm thấy</h1></header><div class="entry-content"><p>Rất tiếc, '
        "không có kết quả nào phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p></div></div></div>"
    )
    main = f"""<header class="page-header" aria-label="Trang"><h1 class="page-title">Kết quả tìm kiếm cho: <span>{_html.escape(q)}</span></h1></header>
{rows}"""
    return _page(
        req,
        title=f"Bạn đã tìm kiếm {_html.escape(q)} &#8211; {_html.escape(SITE_TITLE)}",
        canonical=f"{b}/?s={quote(q)}",
        body_class="search search-results",
        main=main,
        robots="noindex, follow",
    )


def _feed(req: Request) -> Response:
    b = base_url(req)
    items = []
    for s in ALL_POSTS[:10]:
        when = datetime.fromisoformat(_time(s)).astimezone(UTC)
        cats = "".join(f"<category><![CDATA[{CATS[c]}]]></category>" for c in _sorted_cats(s))
        items.append(
            f"<item><title>{_tx(s.title)}</title><link>{b}{_path(s)}</link>"
            f"<dc:creator><![CDATA[{AUTHORS[_author(s)]}]]></dc:creator>"
            f"<pubDate>{when.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>{cats}"
            f'<guid isPermaLink="false">{b}/?p={s.id}</guid>'
            f"<description><![CDATA[{_excerpt(s, 55, ' [&#8230;]')}]]></description></item>"
        )
    doc = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
	<title>{_html.escape(SITE_TITLE)}</title>
	<atom:link href="{b}/feed/" rel="self" type="application/rss+xml" />
	<link>{b}/</link>
	<description>Ủy ban nhân dân thành phố Sa Đéc &#8211; tỉnh Đồng Tháp</description>
	<lastBuildDate>Fri, 04 Dec 2026 08:31:08 +0000</lastBuildDate>
	<language>vi</language>
	<generator>https://wordpress.org/?v=6.4.3</generator>
{chr(10).join(items)}
</channel></rss>"""
    return Response(200, doc, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- pages ---------------------------------------------------------------------------------

STAFF = [
    ("Nguyễn Thanh Hải", "Trưởng phòng", "Phụ trách chung; công tác tổ chức cán bộ, tài chính"),
    ("Lê Văn Thành", "Phó Trưởng phòng", "Phụ trách chuyên môn tiểu học, trung học cơ sở"),
    ("Võ Thị Mỹ Hạnh", "Phó Trưởng phòng", "Phụ trách giáo dục mầm non, phổ cập giáo dục"),
    ("Trần Thị Hồng Nhung", "Chuyên viên", "Chuyên môn THCS, khảo thí và kiểm định"),
    ("Nguyễn Thị Bích Tuyền", "Chuyên viên", "Chuyên môn tiểu học"),
]
DOCS = [
    ("318/TB-PGDĐT", "01/12/2026", "Thông báo tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026-2027", "TB-318-PGDDT-thi-HSG-lop-9.pdf", "2026/12"),
    ("287/PGDĐT-CM", "12/11/2026", "V/v kiểm tra cuối học kỳ I cấp THCS năm học 2026-2027", "CV-287-PGDDT-CM.pdf", "2026/11"),
    ("142/KH-PGDĐT", "15/09/2026", "Kế hoạch thực hiện nhiệm vụ năm học 2026-2027 đối với giáo dục THCS", "KH-142-PGDDT.pdf", "2026/09"),
    ("138/KH-PGDĐT", "10/09/2026", "Kế hoạch thực hiện nhiệm vụ năm học 2026-2027 đối với giáo dục tiểu học", "KH-138-PGDDT.pdf", "2026/09"),
]


def _static_page(req: Request, path: str) -> Response:
    b = base_url(req)
    if path == "/gioi-thieu/":
        pid, title, trail = 20, "Giới thiệu chung", [("Giới thiệu chung", None)]
        content = """<p>Phòng Giáo dục và Đào tạo thành phố Sa Đéc là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố Sa Đéc, có chức năng tham mưu, giúp Ủy ban nhân dân thành phố thực hiện chức năng quản lý nhà nước về giáo dục mầm non, giáo dục tiểu học và giáo dục trung học cơ sở trên địa bàn.</p>
<p>Phòng chịu sự chỉ đạo, quản lý về tổ chức, vị trí việc làm, biên chế công chức và công tác của Ủy ban nhân dân thành phố; đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo tỉnh Đồng Tháp.</p>
<h2 class="wp-block-heading">Quy mô mạng lưới trường lớp</h2>
<ul class="wp-block-list"><li>15 trường mầm non, mẫu giáo;</li><li>18 trường tiểu học;</li><li>9 trường trung học cơ sở.</li></ul>
<p>Địa chỉ: Số 06 đường Hùng Vương, Phường 1, thành phố Sa Đéc, tỉnh Đồng Tháp.</p>"""
    elif path == "/gioi-thieu/co-cau-to-chuc/":
        pid, title = 22, "Cơ cấu tổ chức"
        trail = [("Giới thiệu chung", "/gioi-thieu/"), ("Cơ cấu tổ chức", None)]
        rows = "".join(f"<tr><td>{n}</td><td>{p}</td><td>{d}</td></tr>" for n, p, d in STAFF)
        content = (
            "<p>Lãnh đạo và công chức Phòng Giáo dục và Đào tạo thành phố Sa Đéc:</p>"
            '<figure class="wp-block-table"><table><thead><tr><th>Họ và tên</th><th>Chức vụ</th>'
            f"<th>Nhiệm vụ được phân công</th></tr></thead><tbody>{rows}</tbody></table></figure>"
        )
    elif path == "/van-ban/":
        pid, title, trail = 24, "Văn bản", [("Văn bản", None)]
        rows = "".join(
            f'<tr><td>{so}</td><td>{ngay}</td><td>{ty}</td><td><a href="{b}{U}/{ym}/{f}">Tải về</a></td></tr>'
            for so, ngay, ty, f, ym in DOCS
        )
        content = (
            "<p>Văn bản chỉ đạo, điều hành của Phòng Giáo dục và Đào tạo.</p>"
            '<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Số ký hiệu</th>'
            "<th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></figure>"
        )
    else:
        pid, title, trail = 26, "Liên hệ", [("Liên hệ", None)]
        content = f"""<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ SA ĐÉC</strong><br>Số 06 đường Hùng Vương, Phường 1, thành phố Sa Đéc, tỉnh Đồng Tháp<br>Điện thoại: 0277 3861 234 &#8211; Email: pgdsadec@dongthap.edu.vn</p>
<div class="wpcf7 no-js" id="wpcf7-f120-p26-o1" lang="vi" dir="ltr"><form action="{b}/lien-he/#wpcf7-f120-p26-o1" method="post" class="wpcf7-form init" aria-label="Form liên hệ" novalidate="novalidate" data-status="init">
<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>
<p><label> Email<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" value="" type="email" name="your-email" /></span></label></p>
<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p><div class="wpcf7-response-output" aria-hidden="true"></div>
</form></div>
<figure class="wp-block-embed"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3925!2d105.76!3d10.29" width="600" height="350" style="border:0;" loading="lazy" title="Bản đồ"></iframe></figure>"""
    main = f"""{_crumbs(req, trail)}
<article id="post-{pid}" class="post-{pid} page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{title}</h1></header>
<div class="entry-content" itemprop="text">
{content}
</div></div></article>"""
    return _page(
        req,
        title=f"{title} &#8211; {_html.escape(SITE_TITLE)}",
        canonical=b + path,
        body_class=f"page-template-default page page-id-{pid}",
        main=main,
        css_id=pid,
    )


# --- the site ------------------------------------------------------------------------------

PAGES = ["/gioi-thieu/", "/gioi-thieu/co-cau-to-chuc/", "/van-ban/", "/lien-he/"]


class WordPressSite:
    """The routes of the WordPress install; paths are matched percent-decoded, as PHP sees them."""

    def __init__(self) -> None:
        routes: dict[str, object] = {"/": self._front, "/tin-tuc/": _news_page, "/feed/": _feed}
        for path in PAGES:
            routes[path] = lambda req, p=path: _static_page(req, p)
        for s in [*STORIES, PROTECTED]:
            p = unquote(_path(s))
            routes[p] = lambda req, s=s: _single(req, s)
            routes[p + "embed/"] = lambda req, s=s: _embed_page(req, s)
            if s.opts.get("page2_from"):
                routes[p + "2/"] = lambda req, s=s: _single(req, s, 2)
            if s.opts.get("attachment"):
                routes[p + s.opts["attachment"] + "/"] = lambda req, s=s: _attachment_page(req, s)
        archives = (
            [("chuyen-muc", c) for c in CATS]
            + [("tag", t) for t in TAGS]
            + [("author", a) for a in AUTHORS]
        )
        for kind, slug in archives:
            base = f"/{kind}/{slug}/"
            routes[base] = lambda req, k=kind, sl=slug: _archive(req, k, sl, 1)
            routes[base + "page/1/"] = lambda req, base=base: redirect(base_url(req) + base, 301)
            pages = (len(_archive_items(kind, slug)) + PER_PAGE - 1) // PER_PAGE
            for n in range(2, pages + 1):
                routes[f"{base}page/{n}/"] = lambda req, k=kind, sl=slug, n=n: _archive(req, k, sl, n)
        self.routes = routes

    def _front(self, req: Request) -> Response | None:
        params = req.params
        if "p" in params:
            s = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
            return redirect(base_url(req) + _path(s), 301) if s else None
        if "s" in params:
            return _search(req)
        return _home(req)

    def respond(self, request: Request) -> Response | None:
        raw = request.path
        path = unquote(raw)
        if path.startswith("/wp-content/uploads/") and path.lower().endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path)
        if path.startswith("/wp-json/"):
            body = json.dumps(
                {
                    "code": "rest_cannot_access",
                    "message": "Chỉ người dùng đã đăng nhập mới có thể truy cập REST API.",
                    "data": {"status": 401},
                },
                ensure_ascii=False,
            )
            return Response(401, body, {"Content-Type": "application/json; charset=UTF-8"})
        if path in ("/wp-login.php", "/index.php"):
            return redirect(base_url(request) + "/", 302)
        if path == "/wp-comments-post.php":
            if request.method != "POST":
                return Response(405, b"", {"Allow": "POST"})
            return html(
                "<html><body id='error-page'><p><strong>Lỗi</strong>: vui lòng điền các trường "
                "bắt buộc (tên, email).</p><p><a href='javascript:history.back()'>&laquo; Quay lại"
                "</a></p></body></html>",
                status=400,
            )
        handler = self.routes.get(path)
        if handler is None:
            if not path.endswith("/") and path + "/" in self.routes:
                target = raw + "/" + (f"?{request.query}" if request.query else "")
                return redirect(base_url(request) + target, 301)
            return None
        return handler(request)  # type: ignore[operator]


def build_site() -> WordPressSite:
    return WordPressSite()


# --- gold ----------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    path = _path(s)
    alts = [path + "embed/"]
    if s.id == 1571:
        alts = [
            path + "?utm_source=trangchu&utm_medium=banner",
            *(f"{path}?replytocom={c[0]}" for c in s.opts["comments"]),
            *alts,
        ]
    if s.opts.get("page2_from"):
        alts.insert(0, path + "2/")
    return gold_record(s, path, CATS[s.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    *PAGES,
    _path(PROTECTED),
    _path(BY_ID[1504]) + "img_3127/",
]
