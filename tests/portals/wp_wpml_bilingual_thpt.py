"""Trường THPT Chuyên Lê Hồng Phong (Nam Định): WordPress 6.x + WPML + Astra + Elementor + Yoast.

Platform
--------
WordPress 6.6 on the Astra theme (4.8, "separate container", right sidebar) with an Elementor Pro
theme-builder header, WPML 4.6 in directory mode (Vietnamese default at /, English at /en/, a
language switcher with flags in the header, ``hreflang`` links in the head, WPML's "this post is
also available in" box appended to translated posts), Yoast SEO (breadcrumbs, canonical, OG meta,
the JSON-LD graph), and the plugins a Vietnamese school site of 2026 collects: WP Rocket's
lazy-load, Post Views Counter, Reading Time WP, Easy Table of Contents, AddToAny, Inline Related
Posts, WP-Polls, Contact Form 7. ``wptexturize`` prints typed quotes and " - " as &#8220; &#8221;
&#8211; in titles and text; Yoast's ``<title>``/og:title keep the straight characters typed.

URL scheme
----------
- ``/`` home: an Elementor page; its "Tin tức - Sự kiện" Posts widget shows the 6 newest posts
  with an Elementor Pro "load more" button (no link: the next page is only in
  ``<div class="e-load-more-anchor" data-next-page="…/page/2/">``); ``/page/2/``, ``/page/3/``
  answer as WordPress does; ``/?p=<id>`` (the head's shortlink) 301s to the permalink;
  ``/?s=…`` is the search page.
- posts ``/<slug>/`` (Vietnamese) and ``/<vi-slug>/?replytocom=<n>`` (comment reply links);
  English translations ``/en/<en-slug>/``.
- categories ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<n>/`` (4 posts a page, page 1
  as ``…/page/1/`` 301s to the bare URL), English ``/en/category/<slug>/``; tags ``/tag/<slug>/``;
  author archives ``/author/<login>/`` (+ ``page/<n>/``).
- pages ``/gioi-thieu/``, ``/lien-he/``, ``/tuyen-sinh/``, ``/thu-vien-anh/``, ``/en/about/``, ``/en/``;
  one PDF attachment page ``/<post-slug>/<attachment-slug>/``; ``/feed/`` (RSS, 10 newest, excerpts).
- uploads ``/wp-content/uploads/YYYY/MM/<name>-1024x683.jpg`` (printed absolute, http://host/…).

Page templates
--------------
Single post (Astra): Yoast breadcrumb above ``<article class="post-N … ast-article-single">``;
``header.entry-header`` with ``h1.entry-title`` and ``.entry-meta`` (category links, the posting
account, ``span.published`` + hidden ``span.updated``); ``div.entry-content`` holding, besides the
text: Reading Time, Post Views Counter, AddToAny (top and bottom), Easy TOC, Inline Related Posts,
WPML's translation box; then Astra's author box, "Bài viết liên quan" (whose items again use the
classes ``entry-title`` and ``entry-content``), comments and the comment form; the sidebar.
Three content editors are in use: Gutenberg blocks (most posts), the classic editor with
``[caption]`` figures and Word's justify spans (H4), and an Elementor-built post (H5).

How each gold article is reached (4 posts a listing page; home shows 6; sidebar "Bài viết mới" 5)
- T1 tuyển sinh 04/12, H2 Rung chuông vàng 03/12, Q1 Nan Hua 02/12, T2 chuyên đề Ngữ văn 01/12,
  H1 KHKT 27/11: home, sidebar, category page 1.
- T3 20/11 (Tin tức + Hoạt động học sinh): home, both category pages 1.
- Q2 RMIT 18/11, Q3 Kanazawa 28/10: /chuyen-muc/hop-tac-quoc-te/ (one page) and the home's
  "Hợp tác quốc tế" box; H3 English Day 14/11: /chuyen-muc/hoat-dong-hoc-sinh/ page 1.
- T4 Đoàn kiểm tra 09/11, T5 Hội nghị viên chức 22/10: only /chuyen-muc/tin-tuc/page/2/ (and
  the account's author archive pages 2-3); H4 Đền Trần 05/11, H5 Đại hội Đoàn 16/10: only
  /chuyen-muc/hoat-dong-hoc-sinh/page/2/ (and the author archive). The home's /page/2/ and
  /page/3/ list them too but are named only in the load-more ``data-next-page`` attribute.
- No tag, related-posts box, sidebar list or in-text link points at T4, T5, H4, H5 (Astra's
  related posts take the 3 newest posts sharing a category; post navigation is switched off).

Traps
-----
1. Load-more without a link (discovery). The home's Posts widget pages with Elementor Pro's
   "Xem thêm" button (``href="#"``); the next page's URL sits only in a ``data-next-page``
   attribute. Older posts are reachable only from page 2 of the category listings (menu
   drop-down "Tin tức" -> categories) or the author archive. Gold: T4, T5, H4, H5 are articles
   like the others; /page/2/ is a listing.
2. Yoast prints times in UTC (not in README). ``article:published_time`` and the JSON-LD say
   ``2026-11-19T23:45:00+00:00`` for a post published at 06:45 on 20/11 local time; the visible
   date is only the day, in the Vietnamese WordPress locale's words ("Tháng Mười Một 20, 2026"),
   followed by a hidden ``span.updated`` with the modified day, and comments print
   "… lúc 8:12 sáng" times. Gold: ``published_at`` is the meta's instant in +07:00
   ("2026-11-20T06:45:00+07:00"); T2 (06:40 on 01/12 = 30/11 23:40 UTC) and T3 cross midnight.
   T4 prints "Cập nhật lần cuối vào Tháng Mười Hai 2, 2026 lúc 9:15 sáng" at the top of its
   text: not the publication date, not body.
3. WPML translations (not in README). T3, H1, Q1 have English copies at /en/<english-slug>/,
   linked from the header's flag switcher and ``hreflang``; each copy has its own canonical.
   Gold: one record per story, the Vietnamese original; the /en/ copy is in ``alt_paths``.
   WPML's "Bài viết này cũng có bản: English" box inside ``.entry-content`` is not body.
4. Bilingual posts (not in README). "Hợp tác quốc tế" posts print the Vietnamese text, a
   ``wp-block-separator``, then the English text (Q2 with an English h3 headline). Gold: the
   English paragraphs (and that h3) are the article's own text and in the body; the byline
   after them is not. Q1's English copy prints the English half only (trap 3).
5. WP Rocket lazy-load (not in README). Every content ``<img>`` has ``src="data:image/svg+xml,…"``;
   the real file is in ``data-lazy-src`` (and ``data-lazy-srcset``) plus a ``<noscript>`` copy.
   Gold: each photo once, at the ``data-lazy-src`` path (the -1024x683 size printed), caption
   from its ``figcaption``.
6. Widgets inside the text container (partly in README). Reading time "Thời gian đọc: 3 phút",
   Post Views "Lượt xem: 1.204", AddToAny "Chia sẻ:" above and below, the Easy TOC box
   "Mục lục bài viết" with its links (T1, T5; the headings carry empty anchor spans), Inline
   Related Posts' "Xem thêm <title>" box with its own ``<style>`` element (T3, H2), a file block
   "… Tải xuống" (T1), a YouTube embed with "Video: …" line (Q3), an Elementor button (H5).
   Gold: none of it is body, an image or a caption.
7. Related posts and listings reuse the article's classes (not in README). Astra's "Bài viết
   liên quan" items are ``<article>``s with ``h3.entry-title`` and ``div.entry-content`` (an
   excerpt) after the real one; the author box "Về tác giả" and the comments follow. Gold: body
   is the main ``article``'s text only.
8. Two categories, one breadcrumb (not in README). T3 is filed under Tin tức and Hoạt động
   học sinh, H1 under both too; the meta prints "Hoạt động học sinh, Tin tức" (alphabetical),
   body classes list both, Yoast's breadcrumb prints the primary one. Gold: category as the
   breadcrumb prints it (T3 "Tin tức", H1 "Hoạt động học sinh").
9. Bylines. The meta's "posted by" is the WordPress account: "quantri_lhp" -> nobody; but H3 has
   no byline in its text and was posted by a teacher's own account, "Đỗ Thị Thanh Hương", whose
   author box shows her bio -> authors ["Đỗ Thị Thanh Hương"]. Elsewhere the byline is the
   text's last line: right-aligned units ("Tổ Ngữ văn", "BCH Đoàn trường", "Ban Hợp tác quốc
   tế"), "ThS. Trần Văn Khải – Chủ tịch Công đoàn trường" -> "Trần Văn Khải", "Bài: Nguyễn Hoàng
   Long (lớp 11 Anh 1) – Ảnh: CLB Truyền thông LHP Media", "Tin, ảnh: …", "Lê Thị Bích Ngọc –
   Giáo viên Tiếng Nhật", "Tin: Hoàng Thị Mai (Tổ Lịch sử)"; H4's classic captions "Ảnh: Lê Minh
   Tuấn" credit the photographer (caption None); T4 ends "Nguồn: <a>Cổng thông tin điện tử Sở
   GD&ĐT Nam Định</a>" (source), while its sentence "Theo kế hoạch, …" is text.
10. Duplicate URLs. Comment "Trả lời" links ``/<slug>/?replytocom=<id>#respond`` (rel=nofollow)
   serve the same post (T3: 312, 315; H2: 320); H2's text links to H1 with a pasted
   ``?fbclid=…`` tail; the head's shortlink ``/?p=<id>`` 301s. Gold: the first two kinds in
   ``alt_paths``; the shortlink is a redirect, not a page.
11. Attachment page (not in README): the PDF of T1's file block has a WordPress attachment page
   ``/thong-bao-…/ke-hoach-tuyen-sinh-lop-10-nam-hoc-2027-2028/`` printed with the single template
   (h1 entry-title, meta with account and date, comment form) but holding only a file link.
   Gold: a NON_ARTICLE.
12. Titles as printed: ``wptexturize`` turns the typed ``"…"`` and " - " of T2, H2, T1, T3, T5, H3,
   H4, H5 into “…” and " – " in the h1 (as &#8220;/&#8211;), while Yoast's ``<title>`` and og:title
   keep the straight characters. Gold: the h1's characters (“ ” –).
13. Text oddities: T5 was pasted from Word with Unikey's decomposed Unicode (NFD) -> gold NFC;
   ``<p>&nbsp;</p>`` spacers; tables (T1, H1) -> one paragraph a row, cells joined by " | ".

Gold decisions on ambiguous points
----------------------------------
- English copies are translations of a gold story, not separate articles: ``alt_paths``.
- In bilingual posts the English half is body (it is printed as the post's text, not chrome).
- ``published_at`` takes the time Yoast's meta gives (converted to +07:00) although the visible
  date prints only the day.
- Sapo: only T3, H1, Q1 print a bold lead paragraph (their ``summary``); others null (Yoast's
  meta description is an excerpt, not a sapo).
- Gallery images each take their own figcaption (T3's third photo has none).
- The WordPress account name is a byline only when it is a person's name and the text prints
  none (H3); "quantri_lhp" is a CMS account.
- Headings inside the text (T1, T5, H5's Elementor heading, Q2's English h3) are paragraphs.
- Comments (names, "Tháng Mười Một 20, 2026 lúc 8:12 sáng" times, texts) are not body, and their
  times are never the publication date.
- Images: the article's photos only; listing/related thumbnails (-300x200), the header logo,
  WPML flags, gravatars and the Elementor home banner are not article images. T4's photo has no
  line under it (caption None).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qs, quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file
from tests.portals._common import text as _text

NAME = "wp_wpml_bilingual_thpt"
PLATFORM = "WordPress 6.6 + WPML 4.6 + Astra 4.8 + Elementor Pro header + Yoast SEO"
START_PATH = "/"

SITE = "Trường THPT Chuyên Lê Hồng Phong"
SITE_EN = "Le Hong Phong High School for the Gifted"
PER_PAGE = 4
HOME_PER_PAGE = 6
VN = timezone(timedelta(hours=7))

# --- text helpers ------------------------------------------------------------------------------

_TEXTURIZE = (("“", "&#8220;"), ("”", "&#8221;"), ("–", "&#8211;"), ("’", "&#8217;"), ("…", "&#8230;"))


def tx(value: str, nfd: bool = False) -> str:
    """Escaped text as ``wptexturize`` prints it: curly quotes and dashes as numeric entities."""
    out = _text(value, nfd=nfd)
    for ch, ent in _TEXTURIZE:
        out = out.replace(ch, ent)
    return out


def texturize_title(raw: str) -> str:
    """The characters ``wptexturize`` makes of a typed title: "a" -> “a”, " - " -> " – "."""
    out, opening = [], True
    for ch in raw.replace(" - ", " – "):
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def anchor_id(heading: str) -> str:
    """Easy TOC's anchor: accents off, spaces to underscores."""
    s = unicodedata.normalize("NFD", heading.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9 ]+", "", s).strip()
    return re.sub(r" +", "_", s)


def hid(seed: str, n: int = 7) -> str:
    """Elementor's element ids: short hex strings."""
    return hashlib.md5(seed.encode()).hexdigest()[:n]


VI_MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]


def _dt(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def vi_day(iso: str) -> str:
    d = _dt(iso)
    return f"{VI_MONTHS[d.month - 1]} {d.day}, {d.year}"


def en_day(iso: str) -> str:
    d = _dt(iso)
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def dmy(iso: str) -> str:
    return _dt(iso).strftime("%d/%m/%Y")


def utc(iso: str) -> str:
    return _dt(iso).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def vi_time(iso: str) -> str:
    d = _dt(iso)
    h = d.hour % 12 or 12
    return f"{vi_day(iso)} lúc {h}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


# --- the stories -------------------------------------------------------------------------------

ADMIN = "quantri_lhp"
TEACHER = "thanhhuong-gvanh"
ACCOUNTS = {
    ADMIN: ("quantri_lhp", ""),
    TEACHER: (
        "Đỗ Thị Thanh Hương",
        "Giáo viên Tiếng Anh, phụ trách Câu lạc bộ Tiếng Anh LHP (LHP English Club) từ năm 2019.",
    ),
}

CATS = {
    "tin-tuc": ("Tin tức", "news", "News", "Tin tức, sự kiện nổi bật của nhà trường", 3),
    "hoat-dong-hoc-sinh": (
        "Hoạt động học sinh", "student-activities", "Student Activities",
        "Phong trào Đoàn, câu lạc bộ và hoạt động trải nghiệm của học sinh", 4,
    ),
    "hop-tac-quoc-te": (
        "Hợp tác quốc tế", "international-cooperation", "International Cooperation",
        "Chương trình hợp tác, giao lưu với các trường và tổ chức quốc tế", 5,
    ),
}
EN_CAT = {v[1]: k for k, v in CATS.items()}

TAGS = {
    "tuyen-sinh": "Tuyển sinh",
    "ngay-nha-giao": "Ngày Nhà giáo",
    "khoa-hoc-ky-thuat": "Khoa học kỹ thuật",
    "doan-thanh-nien": "Đoàn thanh niên",
    "giao-luu-quoc-te": "Giao lưu quốc tế",
}

U = "/wp-content/uploads/2026"


def byline(inner: str, align: str = "right") -> Raw:
    return Raw(f'<p style="text-align: {align};">{inner}</p>')


def post(
    wp_id: int, slug: str, raw_title: str, published: str, blocks: list, *, cats: list[str],
    **kw,
) -> Story:
    opts = {
        "cats": cats,
        "raw_title": raw_title,
        "tags": kw.pop("tags", []),
        "account": kw.pop("account", ADMIN),
        "kind": kw.pop("kind", "gb"),
        "toc": kw.pop("toc", False),
        "nfd": kw.pop("nfd", False),
        "en": kw.pop("en", None),
        "comments": kw.pop("comments", []),
        "modified": kw.pop("modified", None)
        or (_dt(published) + timedelta(hours=2, minutes=13)).isoformat(),
        "lastmod_line": kw.pop("lastmod_line", False),
        "reading": kw.pop("reading", 3),
        "fbclid": kw.pop("fbclid", None),
    }
    return Story(
        id=wp_id, slug=slug, title=texturize_title(raw_title), cat=cats[0],
        published_at=published, blocks=blocks, opts=opts, **kw,
    )


T1 = post(
    2481,
    "thong-bao-tuyen-sinh-lop-10-chuyen-nam-hoc-2027-2028",
    "Thông báo tuyển sinh lớp 10 chuyên năm học 2027 - 2028: những điểm mới thí sinh cần lưu ý",
    "2026-12-04T15:40:00+07:00",
    [
        P("Ngày 03/12/2026, Sở Giáo dục và Đào tạo tỉnh Nam Định ban hành kế hoạch tuyển sinh vào lớp 10 Trường THPT Chuyên Lê Hồng Phong năm học 2027 – 2028. So với năm trước, kỳ thi năm nay có một số điều chỉnh về môn thi chuyên, cách tính điểm xét tuyển và lịch đăng ký dự thi."),
        Img(f"{U}/12/thi-sinh-du-thi-lop-10-chuyen-1024x683.jpg",
            "Thí sinh dự thi vào lớp 10 chuyên năm 2026 tại điểm thi Trường THPT Chuyên Lê Hồng Phong",
            "Thí sinh dự thi vào lớp 10 chuyên năm 2026 tại điểm thi Trường THPT Chuyên Lê Hồng Phong", "gb"),
        P("1. Chỉ tiêu tuyển sinh", "h2"),
        P("Năm học 2027 – 2028, nhà trường tuyển 525 học sinh, chia thành 15 lớp chuyên gồm: Toán, Tin học, Vật lí, Hóa học, Sinh học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh (03 lớp), Tiếng Pháp, Tiếng Nga, Tiếng Trung và lớp chuyên Khoa học tự nhiên. Mỗi lớp có không quá 35 học sinh."),
        P("2. Môn thi và cách tính điểm", "h2"),
        P("Thí sinh thi ba môn chung là Ngữ văn, Toán, Tiếng Anh và một môn chuyên. Điểm xét tuyển vào lớp chuyên bằng tổng điểm ba môn chung cộng điểm môn chuyên nhân hệ số 2. Điểm mới năm nay là bài thi môn chuyên Tin học được tổ chức trên máy tính, thời gian làm bài 150 phút."),
        P("3. Lịch thi và đăng ký dự thi", "h2"),
        P("Ngày thi | Buổi | Môn thi | Thời gian làm bài", "th"),
        P("03/6/2027 | Sáng | Ngữ văn | 120 phút", "tr"),
        P("03/6/2027 | Chiều | Tiếng Anh | 60 phút", "tr"),
        P("04/6/2027 | Sáng | Toán | 120 phút", "tr"),
        P("05/6/2027 | Sáng | Môn chuyên | 150 phút", "tr"),
        P("Học sinh đăng ký dự thi trực tuyến trên hệ thống tuyển sinh của Sở GD&ĐT từ ngày 15/4/2027 đến hết ngày 25/4/2027, sau đó nộp hồ sơ bản cứng tại trường THCS nơi đang học. Mỗi thí sinh được đăng ký tối đa hai nguyện vọng vào lớp chuyên, với điều kiện hai môn chuyên không thi cùng buổi. Toàn văn kế hoạch và các biểu mẫu kèm theo được đăng tải dưới đây; mọi thắc mắc xin liên hệ Văn phòng nhà trường qua số điện thoại 0228.3 640 297 trong giờ hành chính."),
        Raw("{{FILEBLOCK}}"),
    ],
    cats=["tin-tuc"], tags=["tuyen-sinh"], toc=True, reading=4,
)

T2 = post(
    2466,
    "chuyen-de-doi-moi-kiem-tra-danh-gia-mon-ngu-van",
    'Tổ Ngữ văn tổ chức chuyên đề "Đổi mới kiểm tra, đánh giá theo Chương trình GDPT 2018"',
    "2026-12-01T06:40:00+07:00",
    [
        P("Sáng 30/11/2026, Tổ Ngữ văn Trường THPT Chuyên Lê Hồng Phong tổ chức chuyên đề “Đổi mới kiểm tra, đánh giá theo Chương trình GDPT 2018” với sự tham dự của thầy Hiệu trưởng, các thầy cô trong tổ và giáo viên Ngữ văn của một số trường THPT trên địa bàn thành phố Nam Định."),
        P("Tại chuyên đề, cô Trần Thị Mỹ Linh trình bày kinh nghiệm xây dựng ma trận, bản đặc tả và đề kiểm tra theo định hướng đánh giá năng lực, trong đó ngữ liệu đọc hiểu được lựa chọn ngoài sách giáo khoa nhằm tránh tình trạng học sinh học thuộc văn mẫu."),
        Img(f"{U}/12/chuyen-de-ngu-van-01-1024x683.jpg",
            "Cô Trần Thị Mỹ Linh trình bày tham luận tại chuyên đề",
            "Cô Trần Thị Mỹ Linh trình bày tham luận tại chuyên đề", "gb"),
        P("Tiếp đó, thầy cô trong tổ dự giờ tiết học “Viết bài văn nghị luận về một vấn đề xã hội” tại lớp 11 Văn. Các nhóm học sinh tranh luận sôi nổi về chủ đề “Người trẻ và áp lực đồng trang lứa”, tự đánh giá bài viết của nhau theo bảng tiêu chí giáo viên cung cấp."),
        Raw("<p>&nbsp;</p>"),
        P("Phát biểu kết luận, thầy Hiệu trưởng ghi nhận sự chủ động của Tổ Ngữ văn và đề nghị các tổ chuyên môn tiếp tục chia sẻ kinh nghiệm đổi mới kiểm tra, đánh giá, đặc biệt với các lớp chuyên, nơi đề kiểm tra cần vừa bám yêu cầu cần đạt của chương trình vừa phát huy năng khiếu của học sinh."),
        byline("<strong><em>Tổ Ngữ văn</em></strong>"),
    ],
    cats=["tin-tuc"], authors=["Tổ Ngữ văn"],
)

T3 = post(
    2437,
    "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
    "2026-11-20T06:45:00+07:00",
    [
        P("Sáng 19/11/2026, Trường THPT Chuyên Lê Hồng Phong long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tôn vinh những thầy cô đã và đang gắn bó với mái trường hơn một thế kỷ tuổi.", "lead"),
        P("Tới dự buổi lễ có đại diện lãnh đạo Sở GD&ĐT tỉnh Nam Định, Ban liên lạc cựu giáo chức, Ban đại diện cha mẹ học sinh cùng đông đảo các thế hệ cựu học sinh của trường."),
        P("Ôn lại truyền thống, cô Phó Hiệu trưởng Vũ Thị Lan Anh nhấn mạnh: trong năm học 2025 – 2026, học sinh nhà trường giành 58 giải trong kỳ thi chọn học sinh giỏi quốc gia, 4 học sinh được triệu tập vào đội tuyển dự thi Olympic quốc tế; tỷ lệ học sinh đỗ đại học đạt trên 99%."),
        Img(f"{U}/11/ky-niem-20-11-01-1024x683.jpg",
            "Lãnh đạo Sở GD&ĐT tặng hoa chúc mừng tập thể giáo viên nhà trường",
            "Lãnh đạo Sở GD&ĐT tặng hoa chúc mừng tập thể giáo viên nhà trường", "gal"),
        Img(f"{U}/11/ky-niem-20-11-02-1024x683.jpg",
            "Tiết mục văn nghệ của học sinh lớp 12 Anh 2",
            "Tiết mục văn nghệ của học sinh lớp 12 Anh 2", "gal"),
        Img(f"{U}/11/ky-niem-20-11-03-1024x683.jpg", None, None, "gal"),
        Raw("{{IRP:thong-bao-tuyen-sinh-lop-10-chuyen-nam-hoc-2027-2028}}"),
        P("Nhân dịp này, nhà trường trao Giấy khen cho 24 giáo viên có thành tích xuất sắc trong công tác bồi dưỡng học sinh giỏi và 6 giáo viên đạt giải trong Hội thi giáo viên dạy giỏi cấp tỉnh."),
        P("Thay mặt các thế hệ học sinh, em Nguyễn Khánh Linh, lớp 12 Toán, bày tỏ lòng biết ơn tới thầy cô và hứa sẽ tiếp tục nỗ lực học tập, rèn luyện, xứng đáng với truyền thống hiếu học của mái trường mang tên đồng chí Lê Hồng Phong."),
        P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các lớp chuyên dàn dựng, trong đó tiết mục hát múa “Bụi phấn” của tập thể lớp 11 Sử nhận được nhiều tràng pháo tay của khán giả."),
        byline("<strong>Tin: Phạm Thị Ngọc Ánh – Ảnh: Vũ Đức Thắng</strong>"),
    ],
    cats=["tin-tuc", "hoat-dong-hoc-sinh"], tags=["ngay-nha-giao"],
    authors=["Phạm Thị Ngọc Ánh"], photographers=["Vũ Đức Thắng"],
    summary="Sáng 19/11/2026, Trường THPT Chuyên Lê Hồng Phong long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tôn vinh những thầy cô đã và đang gắn bó với mái trường hơn một thế kỷ tuổi.",
    en={
        "slug": "vietnamese-teachers-day-celebration-2026",
        "title": "Celebrating the 44th anniversary of Vietnamese Teachers’ Day",
        "paras": [
            "On 19 November 2026, Le Hong Phong High School for the Gifted held a ceremony to mark the 44th anniversary of Vietnamese Teachers’ Day, honouring the teachers of a school with more than a century of history.",
            "Guests included leaders of the Nam Dinh Department of Education and Training, retired teachers, the parents’ association and many generations of alumni.",
            "The school awarded certificates of merit to 24 teachers for their work with gifted students, and the ceremony closed with a performance prepared by students of the specialised classes.",
        ],
    },
    comments=[
        (312, "Trần Minh Hoàng", "2026-11-20T08:12:00+07:00",
         "Chúc mừng các thầy cô nhân ngày 20/11! Mong trường mình luôn giữ vững truyền thống."),
        (315, "Nguyễn Thu Trang (cựu HS khóa 2008 – 2011)", "2026-11-20T21:40:00+07:00",
         "Xem ảnh mà nhớ trường quá. Em kính chúc các thầy cô luôn mạnh khỏe, hạnh phúc."),
    ],
)

H1 = post(
    2452,
    "hoc-sinh-lhp-gianh-2-giai-nhat-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
    "Học sinh LHP giành 2 giải Nhất Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học",
    "2026-11-27T20:05:00+07:00",
    [
        P("Với 5 dự án tham dự, học sinh Trường THPT Chuyên Lê Hồng Phong giành 2 giải Nhất, 2 giải Nhì và 1 giải Ba tại Cuộc thi Khoa học kỹ thuật cấp tỉnh năm học 2026 – 2027, dẫn đầu toàn tỉnh về số lượng và chất lượng giải.", "lead"),
        P("Cuộc thi do Sở GD&ĐT Nam Định tổ chức từ ngày 24 đến 26/11/2026, thu hút 87 dự án của học sinh các trường THCS và THPT trong tỉnh, thuộc 16 lĩnh vực từ khoa học xã hội, kỹ thuật cơ khí đến phần mềm hệ thống."),
        Img(f"{U}/11/khkt-cap-tinh-2026-1024x683.jpg",
            "Nhóm tác giả dự án “Cảm biến cảnh báo sạt lở bờ sông” giới thiệu sản phẩm với Ban giám khảo",
            "Nhóm tác giả dự án “Cảm biến cảnh báo sạt lở bờ sông” giới thiệu sản phẩm với Ban giám khảo", "gb"),
        P("Kết quả cụ thể của các dự án như sau:"),
        P("Dự án | Tác giả | Lĩnh vực | Giải", "th"),
        P("Cảm biến cảnh báo sạt lở bờ sông | Trần Đức Minh, Lê Gia Huy (11 Lí) | Kỹ thuật môi trường | Nhất", "tr"),
        P("Ứng dụng nhận diện sâu bệnh trên lá lúa | Phạm Ngọc Diệp (12 Tin) | Phần mềm hệ thống | Nhất", "tr"),
        P("Vật liệu hấp phụ kim loại nặng từ vỏ trấu | Đặng Thu Trang, Vũ Hà My (11 Hóa) | Hóa học | Nhì", "tr"),
        P("Chatbot hỗ trợ tìm hiểu di tích Phủ Dày | Nguyễn Bảo Ngọc (10 Sử) | Khoa học xã hội và hành vi | Nhì", "tr"),
        P("Chế phẩm sinh học xử lý mùi chuồng trại | Hoàng Anh Thư (12 Sinh) | Vi sinh | Ba", "tr"),
        P("Hai dự án đạt giải Nhất sẽ đại diện tỉnh Nam Định tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia dự kiến diễn ra vào tháng 3/2027."),
        byline("<em>Tin, ảnh: Trần Thu Hà</em>"),
    ],
    cats=["hoat-dong-hoc-sinh", "tin-tuc"], tags=["khoa-hoc-ky-thuat"],
    authors=["Trần Thu Hà"], photographers=["Trần Thu Hà"],
    summary="Với 5 dự án tham dự, học sinh Trường THPT Chuyên Lê Hồng Phong giành 2 giải Nhất, 2 giải Nhì và 1 giải Ba tại Cuộc thi Khoa học kỹ thuật cấp tỉnh năm học 2026 – 2027, dẫn đầu toàn tỉnh về số lượng và chất lượng giải.",
    en={
        "slug": "lhp-students-win-two-first-prizes-at-provincial-science-fair",
        "title": "LHP students win two first prizes at the provincial Science and Engineering Fair",
        "paras": [
            "With five projects entered, LHP students won two first prizes, two second prizes and one third prize at the 2026–2027 provincial Science and Engineering Fair for secondary students.",
            "The fair, organised by the Nam Dinh Department of Education and Training from 24 to 26 November 2026, brought together 87 projects in 16 categories.",
            "The two first-prize projects will represent Nam Dinh at the national fair in March 2027.",
        ],
    },
)

H2 = post(
    2475,
    "chung-ket-rung-chuong-vang-khoi-10-nam-hoc-2026-2027",
    'Sôi nổi Chung kết "Rung chuông vàng" khối 10 năm học 2026 - 2027',
    "2026-12-03T19:30:00+07:00",
    [
        P("Chiều 02/12/2026, tại nhà thi đấu đa năng, Đoàn trường THPT Chuyên Lê Hồng Phong tổ chức Chung kết cuộc thi “Rung chuông vàng” dành cho học sinh khối 10 với chủ đề “Tự hào trang sử Thành Nam”."),
        P("100 thí sinh là những gương mặt xuất sắc nhất qua vòng loại của 15 lớp đã lần lượt vượt qua 25 câu hỏi thuộc các lĩnh vực lịch sử, văn hóa, địa lí tỉnh Nam Định và kiến thức khoa học phổ thông. Cổ động viên các lớp mang theo băng rôn, khẩu hiệu cổ vũ tạo nên không khí vô cùng sôi động."),
        Img(f"{U}/12/rung-chuong-vang-k10-01-1024x683.jpg",
            "Các thí sinh giơ bảng đáp án ở câu hỏi thứ 15",
            "Các thí sinh giơ bảng đáp án ở câu hỏi thứ 15", "gb"),
        P("Sau gần 2 giờ tranh tài, em Vũ Minh Châu, lớp 10 Địa, trở thành người duy nhất trụ lại đến câu hỏi cuối cùng và xuất sắc rung chiếc chuông vàng của chương trình. Giải Nhì thuộc về em Lương Gia Bảo, lớp 10 Toán 1."),
        Raw("{{IRP:le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11}}"),
        Img(f"{U}/12/rung-chuong-vang-k10-02-1024x683.jpg",
            "Em Vũ Minh Châu (lớp 10 Địa) rung chuông vàng",
            "Em Vũ Minh Châu (lớp 10 Địa) rung chuông vàng", "gb"),
        P("Như nhà trường đã đưa tin, tháng trước học sinh khối 11, 12 cũng vừa giành nhiều giải cao tại Cuộc thi Khoa học kỹ thuật cấp tỉnh. Các hoạt động ngoại khóa bổ ích như “Rung chuông vàng” giúp học sinh khối 10 nhanh chóng hòa nhập với môi trường mới và thêm yêu quê hương."),
        byline("<strong>Bài: Nguyễn Hoàng Long (lớp 11 Anh 1) – Ảnh: CLB Truyền thông LHP Media</strong>"),
    ],
    cats=["hoat-dong-hoc-sinh"], tags=["doan-thanh-nien"],
    authors=["Nguyễn Hoàng Long"], photographers=["CLB Truyền thông LHP Media"],
    comments=[
        (320, "Lương Văn Bình", "2026-12-04T07:05:00+07:00",
         "Chúc mừng em Minh Châu và các bạn lớp 10 Địa! Chương trình rất ý nghĩa."),
    ],
    fbclid=("hoc-sinh-lhp-gianh-2-giai-nhat-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
            "IwAR2kq9XvT0d7LhPmedia_0uQ3Zr8yNcW1aE", "đưa tin"),
)

H3 = post(
    2419,
    "english-day-2026-ngay-hoi-tieng-anh-cua-hoc-sinh-lhp",
    "English Day 2026 - ngày hội tiếng Anh của học sinh LHP",
    "2026-11-14T10:00:00+07:00",
    [
        P("Sáng Chủ nhật 09/11/2026, Câu lạc bộ Tiếng Anh LHP (LHP English Club) tổ chức ngày hội English Day 2026 với chủ đề “Connecting Cultures”, thu hút hơn 600 học sinh và khách mời là giáo viên bản ngữ của các trung tâm ngoại ngữ trên địa bàn tỉnh."),
        P("Ngày hội gồm ba phần chính: gian hàng văn hóa các nước, cuộc thi hùng biện tiếng Anh và đêm nhạc acoustic. Mỗi lớp đảm nhận một gian hàng giới thiệu về một quốc gia, từ ẩm thực, trang phục truyền thống đến những trò chơi dân gian đặc trưng."),
        Img(f"{U}/11/english-day-2026-japan-corner-1024x683.jpg",
            "Gian hàng “Japan Corner” của lớp 11 Nhật",
            "Gian hàng “Japan Corner” của lớp 11 Nhật", "gb"),
        P("Ở phần thi hùng biện, 12 thí sinh trình bày quan điểm về chủ đề “Is social media bringing us closer or further apart?”. Giải Nhất thuộc về em Nguyễn Thảo Vy, lớp 12 Anh 1, với phần trình bày mạch lạc, giàu dẫn chứng và phong thái tự tin."),
        P("Toàn bộ kinh phí tổ chức do học sinh tự vận động từ các nhà tài trợ; số tiền lãi từ các gian hàng ẩm thực hơn 18 triệu đồng được CLB trao lại cho Quỹ “Áo ấm cho em” của Đoàn trường."),
    ],
    cats=["hoat-dong-hoc-sinh"], account=TEACHER, authors=["Đỗ Thị Thanh Hương"],
)

H4 = post(
    2398,
    "hoc-sinh-khoi-11-trai-nghiem-tai-khu-di-tich-lich-su-den-tran",
    "Học sinh khối 11 học tập trải nghiệm tại Khu di tích lịch sử - văn hóa Đền Trần",
    "2026-11-05T17:45:00+07:00",
    [
        P("Từ ngày 01 đến 03/11/2026, gần 500 học sinh khối 11 Trường THPT Chuyên Lê Hồng Phong tham gia chương trình học tập trải nghiệm tại Khu di tích lịch sử – văn hóa Đền Trần, phường Lộc Vượng, thành phố Nam Định."),
        P("Chương trình được thiết kế gắn với chủ đề “Nhà Trần và hào khí Đông A” trong môn Lịch sử lớp 11. Trước chuyến đi, mỗi nhóm học sinh nhận một phiếu nhiệm vụ với các câu hỏi tìm hiểu về kiến trúc đền Thiên Trường, đền Cố Trạch và đền Trùng Hoa."),
        Img(f"{U}/11/trai-nghiem-den-tran-01-800x533.jpg", "Ảnh: Lê Minh Tuấn", None, "caption"),
        P("Tại khu di tích, các em được nghe hướng dẫn viên thuyết minh về lịch sử vương triều Trần, tìm hiểu nghi lễ khai ấn đầu xuân và tự tay thực hành dập thác bản văn bia dưới sự hướng dẫn của cán bộ Ban quản lý di tích."),
        Img(f"{U}/11/trai-nghiem-den-tran-02-800x533.jpg",
            "Học sinh lớp 11 Sử thực hành dập thác bản văn bia tại đền Trần",
            "Học sinh lớp 11 Sử thực hành dập thác bản văn bia tại đền Trần", "caption"),
        P("Kết thúc chuyến đi, mỗi nhóm hoàn thành một sản phẩm báo cáo dưới dạng video, tập san hoặc bài thuyết trình. Những sản phẩm xuất sắc sẽ được trưng bày tại Ngày hội Lịch sử của nhà trường vào tháng 12."),
        byline("<em>Tin: Hoàng Thị Mai (Tổ Lịch sử)</em>"),
    ],
    cats=["hoat-dong-hoc-sinh"], kind="classic",
    authors=["Hoàng Thị Mai"], photographers=["Lê Minh Tuấn"],
)

H5 = post(
    2344,
    "dai-hoi-doan-truong-thpt-chuyen-le-hong-phong-nhiem-ky-2026-2027",
    "Đại hội Đại biểu Đoàn TNCS Hồ Chí Minh Trường THPT Chuyên Lê Hồng Phong nhiệm kỳ 2026 - 2027",
    "2026-10-16T08:20:00+07:00",
    [
        P("Ngày 14/10/2026, Đoàn trường THPT Chuyên Lê Hồng Phong long trọng tổ chức Đại hội Đại biểu lần thứ XXXV, nhiệm kỳ 2026 – 2027. Về dự Đại hội có đồng chí Bí thư Tỉnh đoàn Nam Định, đại diện Chi bộ nhà trường cùng 210 đại biểu ưu tú đại diện cho hơn 1.500 đoàn viên."),
        P("Báo cáo tại Đại hội cho thấy nhiệm kỳ qua, Đoàn trường đã tổ chức 42 hoạt động, nổi bật là chương trình “Xuân yêu thương”, giải bóng đá LHP Cup và chiến dịch “Hiến máu nhân đạo” với hơn 300 đơn vị máu được tiếp nhận."),
        Img(f"{U}/10/dai-hoi-doan-truong-01-1024x683.jpg",
            "Đồng chí Bí thư Tỉnh đoàn phát biểu chỉ đạo Đại hội",
            "Đồng chí Bí thư Tỉnh đoàn phát biểu chỉ đạo Đại hội", "el"),
        P("Bầu Ban Chấp hành nhiệm kỳ mới", "h2"),
        P("Đại hội đã thảo luận, thông qua phương hướng hoạt động nhiệm kỳ 2026 – 2027 với chủ đề “Tuổi trẻ LHP – Bản lĩnh, Sáng tạo, Hội nhập” và bầu Ban Chấp hành Đoàn trường gồm 15 đồng chí. Em Trần Bảo Anh, lớp 12 Anh 2, được tín nhiệm bầu giữ chức Phó Bí thư Đoàn trường."),
        P("Phát biểu bế mạc, đồng chí Bí thư Đoàn trường kêu gọi mỗi đoàn viên phát huy tinh thần xung kích, tích cực tham gia các phong trào thi đua học tập, rèn luyện, góp phần xây dựng nhà trường ngày càng vững mạnh."),
        Raw("{{ELBUTTON}}"),
        Raw("{{ELBYLINE:BCH Đoàn trường}}"),
    ],
    cats=["hoat-dong-hoc-sinh"], kind="el", authors=["BCH Đoàn trường"],
)

T4 = post(
    2406,
    "doan-kiem-tra-so-gddt-lam-viec-tai-truong-thpt-chuyen-le-hong-phong",
    "Đoàn kiểm tra của Sở GD&ĐT làm việc tại Trường THPT Chuyên Lê Hồng Phong",
    "2026-11-09T14:00:00+07:00",
    [
        P("Ngày 06/11/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo tỉnh Nam Định do ông Phạm Văn Sơn, Phó Giám đốc Sở, làm trưởng đoàn đã kiểm tra công tác chuẩn bị năm học mới và việc thực hiện Chương trình giáo dục phổ thông 2018 tại Trường THPT Chuyên Lê Hồng Phong."),
        Img(f"{U}/11/doan-kiem-tra-so-gddt-1024x683.jpg", None, None, "plain"),
        P("Đoàn đã kiểm tra hồ sơ kế hoạch giáo dục của nhà trường, dự giờ 8 tiết học tại các lớp chuyên, khảo sát cơ sở vật chất phòng học bộ môn và hệ thống phòng thí nghiệm mới được đầu tư."),
        P("Theo kế hoạch, trong học kì I nhà trường tổ chức dạy học các chuyên đề học tập lựa chọn cho cả 3 khối lớp và triển khai 4 chủ đề giáo dục STEM liên môn."),
        P("Kết luận buổi kiểm tra, ông Phạm Văn Sơn đánh giá cao sự chủ động của nhà trường, đồng thời đề nghị tiếp tục rà soát, tinh giản nội dung dạy học chuyên sâu, tránh gây quá tải cho học sinh và đẩy mạnh ứng dụng chuyển đổi số trong quản lý."),
        Raw('<p><em>Nguồn: <a href="https://namdinh.edu.vn/tin-tuc/doan-kiem-tra-so-lam-viec-tai-thpt-chuyen-le-hong-phong" target="_blank" rel="noopener">Cổng thông tin điện tử Sở GD&amp;ĐT Nam Định</a></em></p>'),
    ],
    cats=["tin-tuc"], source="Cổng thông tin điện tử Sở GD&ĐT Nam Định",
    lastmod_line=True, modified="2026-12-02T09:15:00+07:00",
)

T5 = post(
    2330,
    "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    "Hội nghị viên chức, người lao động năm học 2026 - 2027",
    "2026-10-22T09:30:00+07:00",
    [
        P("Chiều 20/10/2026, Trường THPT Chuyên Lê Hồng Phong tổ chức Hội nghị viên chức, người lao động năm học 2026 – 2027. Tham dự hội nghị có 142 cán bộ, giáo viên, nhân viên của nhà trường."),
        Img(f"{U}/10/hoi-nghi-vien-chuc-2026-1024x683.jpg", "Quang cảnh Hội nghị", "Quang cảnh Hội nghị", "gb"),
        P("Đánh giá kết quả năm học 2025 – 2026", "h2"),
        P("Năm học vừa qua, nhà trường tiếp tục giữ vững vị trí trong nhóm dẫn đầu cả nước về thành tích học sinh giỏi quốc gia. Đội ngũ giáo viên có 36 thạc sĩ và 4 tiến sĩ; 100% giáo viên đạt chuẩn nghề nghiệp ở mức khá trở lên."),
        P("Nhiệm vụ trọng tâm năm học mới", "h2"),
        P("Nâng cao chất lượng bồi dưỡng học sinh giỏi quốc gia, quốc tế;", "li"),
        P("Đẩy mạnh hợp tác quốc tế, mở rộng chương trình trao đổi học sinh;", "li"),
        P("Hoàn thành đề án chuyển đổi số trong quản lý và dạy học.", "li"),
        P("Hội nghị đã thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở và tổ chức cho cán bộ, viên chức ký giao ước thi đua. Hội nghị cũng bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 3 đồng chí."),
        byline("<strong>ThS. Trần Văn Khải – Chủ tịch Công đoàn trường</strong>"),
    ],
    cats=["tin-tuc"], toc=True, nfd=True, authors=["Trần Văn Khải"],
)

_SEP = Raw('<hr class="wp-block-separator has-alpha-channel-opacity is-style-wide"/>')

Q1 = post(
    2470,
    "doan-giao-vien-truong-nan-hua-singapore-tham-va-lam-viec-tai-truong",
    "Đoàn giáo viên, học sinh Trường Trung học Nan Hua (Singapore) thăm và làm việc tại Trường THPT Chuyên Lê Hồng Phong",
    "2026-12-02T11:00:00+07:00",
    [
        P("Từ ngày 27 đến 29/11/2026, đoàn 8 giáo viên và 20 học sinh Trường Trung học Nan Hua (Singapore) đã đến thăm, giao lưu và làm việc tại Trường THPT Chuyên Lê Hồng Phong trong khuôn khổ chương trình hợp tác giáo dục giữa hai trường.", "lead"),
        P("Trong ba ngày, đoàn đã dự giờ các tiết học Toán, Vật lí bằng tiếng Anh, tham quan phòng thí nghiệm và thư viện, đồng thời cùng giáo viên nhà trường thảo luận về phương pháp dạy học theo dự án."),
        Img(f"{U}/12/doan-nan-hua-singapore-01-1024x683.jpg",
            "Thầy Hiệu trưởng Nguyễn Văn Hiếu tặng quà lưu niệm cho trưởng đoàn Trường Trung học Nan Hua",
            "Thầy Hiệu trưởng Nguyễn Văn Hiếu tặng quà lưu niệm cho trưởng đoàn Trường Trung học Nan Hua", "gb"),
        P("Học sinh hai trường đã cùng nhau thực hiện dự án nhỏ “Heritage Walk” tìm hiểu các di tích ở trung tâm thành phố Nam Định như Cột cờ Nam Định, chùa Vọng Cung và Nhà lưu niệm nhà thơ Trần Tế Xương."),
        P("Hai bên thống nhất sẽ tổ chức chương trình trao đổi học sinh định kỳ hằng năm; tháng 3/2027, đoàn học sinh LHP sẽ sang Singapore học tập và trải nghiệm trong hai tuần."),
        _SEP,
        P("From 27 to 29 November 2026, a delegation of 8 teachers and 20 students from Nan Hua High School (Singapore) visited Le Hong Phong High School for the Gifted as part of the educational partnership between the two schools.", "en"),
        P("Over three days, the visitors observed Mathematics and Physics lessons taught in English, toured the laboratories and the library, and discussed project-based learning with our teachers.", "en"),
        P("Students from both schools also joined a “Heritage Walk” project exploring landmarks in central Nam Dinh. The two schools agreed to hold an annual student exchange, with an LHP delegation visiting Singapore in March 2027.", "en"),
        byline("<em>Ban Hợp tác quốc tế</em>"),
    ],
    cats=["hop-tac-quoc-te"], tags=["giao-luu-quoc-te"], authors=["Ban Hợp tác quốc tế"],
    summary="Từ ngày 27 đến 29/11/2026, đoàn 8 giáo viên và 20 học sinh Trường Trung học Nan Hua (Singapore) đã đến thăm, giao lưu và làm việc tại Trường THPT Chuyên Lê Hồng Phong trong khuôn khổ chương trình hợp tác giáo dục giữa hai trường.",
    en={
        "slug": "nan-hua-high-school-delegation-visits-lhp",
        "title": "Nan Hua High School (Singapore) delegation visits Le Hong Phong High School for the Gifted",
        "paras": [
            "From 27 to 29 November 2026, a delegation of 8 teachers and 20 students from Nan Hua High School (Singapore) visited Le Hong Phong High School for the Gifted as part of the educational partnership between the two schools.",
            "Over three days, the visitors observed Mathematics and Physics lessons taught in English, toured the laboratories and the library, and discussed project-based learning with our teachers.",
            "Students from both schools also joined a “Heritage Walk” project exploring landmarks in central Nam Dinh. The two schools agreed to hold an annual student exchange, with an LHP delegation visiting Singapore in March 2027.",
        ],
    },
)

Q2 = post(
    2428,
    "ky-ket-bien-ban-ghi-nho-hop-tac-voi-dai-hoc-rmit-viet-nam",
    "Ký kết biên bản ghi nhớ hợp tác với Đại học RMIT Việt Nam",
    "2026-11-18T15:30:00+07:00",
    [
        P("Chiều 17/11/2026, Trường THPT Chuyên Lê Hồng Phong và Đại học RMIT Việt Nam đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2026 – 2029 về tư vấn hướng nghiệp, bồi dưỡng tiếng Anh học thuật và học bổng cho học sinh."),
        P("Theo biên bản ghi nhớ, hằng năm RMIT sẽ tổ chức các buổi workshop định hướng ngành học, kỹ năng viết luận và thuyết trình cho học sinh khối 11, 12; đồng thời dành tối đa 5 suất học bổng bán phần cho học sinh xuất sắc của trường."),
        Img(f"{U}/11/ky-ket-mou-rmit-1024x683.jpg",
            "Đại diện hai bên ký kết biên bản ghi nhớ",
            "Đại diện hai bên ký kết biên bản ghi nhớ", "gb"),
        P("Đây là văn bản hợp tác thứ tư nhà trường ký kết với các cơ sở giáo dục nước ngoài và quốc tế trong năm 2026, góp phần hiện thực hóa mục tiêu xây dựng trường chuyên theo hướng hội nhập."),
        _SEP,
        P("RMIT Vietnam and Le Hong Phong High School for the Gifted sign MoU", "h3"),
        P("On 17 November 2026, Le Hong Phong High School for the Gifted and RMIT University Vietnam signed a memorandum of understanding for 2026–2029 covering career guidance, academic English and scholarships.", "en"),
        P("Under the agreement, RMIT will run annual workshops on choosing a major, essay writing and presentation skills for Grade 11 and 12 students, and offer up to five partial scholarships to outstanding LHP graduates.", "en"),
        byline("<strong>Tin, ảnh: Vũ Đức Thắng</strong>"),
    ],
    cats=["hop-tac-quoc-te"], tags=["giao-luu-quoc-te"],
    authors=["Vũ Đức Thắng"], photographers=["Vũ Đức Thắng"],
)

Q3 = post(
    2361,
    "hoc-sinh-lhp-giao-luu-van-hoa-truc-tuyen-voi-truong-trung-hoc-kanazawa",
    "Học sinh LHP giao lưu văn hóa trực tuyến với Trường Trung học Kanazawa (Nhật Bản)",
    "2026-10-28T09:00:00+07:00",
    [
        P("Ngày 24/10/2026, 35 học sinh lớp 10 Nhật và 11 Nhật đã tham gia buổi giao lưu văn hóa trực tuyến với học sinh Trường Trung học Kanazawa, tỉnh Ishikawa (Nhật Bản) qua nền tảng Zoom."),
        P("Học sinh hai nước giới thiệu về trường học, lễ hội truyền thống và món ăn quê hương. Các em LHP mang đến phần trình diễn múa rối nước thu nhỏ và hướng dẫn các bạn Nhật Bản cách gói bánh chưng bằng mô hình."),
        Img(f"{U}/10/giao-luu-kanazawa-01-1024x683.jpg",
            "Học sinh lớp 11 Nhật giới thiệu về Tết cổ truyền Việt Nam",
            "Học sinh lớp 11 Nhật giới thiệu về Tết cổ truyền Việt Nam", "gb"),
        P("Buổi giao lưu là hoạt động mở đầu của dự án “Sakura – Sen Hồng” kéo dài đến tháng 5/2027, trong đó học sinh hai trường sẽ cùng thực hiện một cuốn sách điện tử song ngữ về văn hóa hai nước."),
        Raw("{{YOUTUBE}}"),
        Raw('<hr class="wp-block-separator has-alpha-channel-opacity is-style-dots"/>'),
        P("On 24 October 2026, 35 students from our Japanese-specialised classes took part in an online cultural exchange with students of Kanazawa High School in Ishikawa, Japan.", "en"),
        P("The students introduced their schools, traditional festivals and home cooking. The LHP team performed a miniature water puppet show and showed their Japanese friends how to wrap banh chung with a model.", "en"),
        byline("<em>Lê Thị Bích Ngọc – Giáo viên Tiếng Nhật</em>"),
    ],
    cats=["hop-tac-quoc-te"], tags=["giao-luu-quoc-te"], authors=["Lê Thị Bích Ngọc"],
)

STORIES: list[Story] = sorted(
    [T1, T2, T3, T4, T5, H1, H2, H3, H4, H5, Q1, Q2, Q3],
    key=lambda s: s.published_at or "", reverse=True,
)
BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
EN_BY_SLUG = {s.opts["en"]["slug"]: s for s in STORIES if s.opts["en"]}

ATTACH_PARENT = T1.slug
ATTACH_SLUG = "ke-hoach-tuyen-sinh-lop-10-nam-hoc-2027-2028"
ATTACH_TITLE = "Kế hoạch tuyển sinh lớp 10 năm học 2027 – 2028"
ATTACH_PDF = f"{U}/12/ke-hoach-tuyen-sinh-lop-10-nam-hoc-2027-2028.pdf"
ATTACH_PATH = f"/{ATTACH_PARENT}/{ATTACH_SLUG}/"


def permalink(story: Story) -> str:
    return f"/{story.slug}/"


def en_permalink(story: Story) -> str:
    return f"/en/{story.opts['en']['slug']}/"


def in_cat(slug: str) -> list[Story]:
    return [s for s in STORIES if slug in s.opts["cats"]]


def excerpt(story: Story, words: int = 32) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def thumb(story: Story) -> str:
    img = next(iter(story.images), None)
    if img is None:
        return "/wp-content/uploads/2024/08/anh-mac-dinh-lhp-300x200.jpg"
    return re.sub(r"-\d+x\d+\.jpg$", "-300x200.jpg", img.src)


# --- chrome ------------------------------------------------------------------------------------

LAZY_SVG = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20{w}%20{h}'%3E%3C/svg%3E"


def lazy_img(base: str, src: str, w: int, h: int, cls: str, alt: str = "") -> str:
    full = base + src
    stem = re.sub(r"-\d+x\d+\.jpg$", "", src)
    srcset = (
        f"{full} {w}w, {base}{stem}-300x200.jpg 300w, {base}{stem}-768x512.jpg 768w, "
        f"{base}{stem}.jpg 1280w"
    )
    placeholder = LAZY_SVG.format(w=w, h=h)
    return (
        f'<img decoding="async" width="{w}" height="{h}" src="{placeholder}" alt="{esc(alt)}" '
        f'class="{cls}" data-lazy-srcset="{srcset}" data-lazy-sizes="(max-width: {w}px) 100vw, {w}px" '
        f'data-lazy-src="{full}" /><noscript><img decoding="async" width="{w}" height="{h}" '
        f'src="{full}" alt="{esc(alt)}" class="{cls}" srcset="{srcset}" '
        f'sizes="(max-width: {w}px) 100vw, {w}px" /></noscript>'
    )


def switcher(vi_href: str, en_href: str, current: str) -> str:
    items = []
    for code, href, native, first in (("vi", vi_href, "Tiếng Việt", True), ("en", en_href, "English", False)):
        cls = (
            f"wpml-ls-slot-shortcode_actions wpml-ls-item wpml-ls-item-{code}"
            + (" wpml-ls-current-language" if code == current else "")
            + (" wpml-ls-first-item" if first else " wpml-ls-last-item")
            + " wpml-ls-item-legacy-list-horizontal"
        )
        items.append(
            f'<li class="{cls}"><a href="{href}" class="wpml-ls-link"><img class="wpml-ls-flag" '
            f'src="/wp-content/plugins/sitepress-multilingual-cms/res/flags/{code}.png" alt="" '
            f'width="18" height="12" /><span class="wpml-ls-native" lang="{code}">{native}</span></a></li>'
        )
    return (
        '<div class="wpml-ls-statics-shortcode_actions wpml-ls wpml-ls-legacy-list-horizontal">'
        f"<ul>{''.join(items)}</ul></div>"
    )


def _menu_items(lang: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    if lang == "en":
        return [
            ("Home", "/en/", []),
            ("About", "/en/about/", []),
            ("News", "/en/category/news/", [
                ("News", "/en/category/news/"),
                ("Student Activities", "/en/category/student-activities/"),
                ("International Cooperation", "/en/category/international-cooperation/"),
            ]),
        ]
    return [
        ("Trang chủ", "/", []),
        ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"), ("Thư viện ảnh", "/thu-vien-anh/")]),
        ("Tin tức", "/chuyen-muc/tin-tuc/", [
            ("Tin tức", "/chuyen-muc/tin-tuc/"),
            ("Hoạt động học sinh", "/chuyen-muc/hoat-dong-hoc-sinh/"),
            ("Hợp tác quốc tế", "/chuyen-muc/hop-tac-quoc-te/"),
        ]),
        ("Tuyển sinh", "/tuyen-sinh/", []),
        ("Liên hệ", "/lien-he/", []),
    ]


def nav_menu(lang: str, current: str, dropdown: bool) -> str:
    out = []
    item_cls = "elementor-sub-item" if dropdown else "elementor-item"
    tab = ' tabindex="-1"' if dropdown else ""
    for n, (label, href, subs) in enumerate(_menu_items(lang)):
        mid = 1200 + n * 7 + (0 if lang == "vi" else 300)
        cls = f"menu-item menu-item-type-custom menu-item-object-custom menu-item-{mid}"
        if subs:
            cls += " menu-item-has-children"
        if href == current:
            cls += " current-menu-item"
        sub = ""
        if subs:
            lis = "".join(
                f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{mid + k + 1}">'
                f'<a href="{h}" class="elementor-sub-item"{tab}>{esc(t)}</a></li>'
                for k, (t, h) in enumerate(subs)
            )
            sub = f'<ul class="sub-menu elementor-nav-menu--dropdown">{lis}</ul>'
        out.append(f'<li class="{cls}"><a href="{href}" class="{item_cls}"{tab}>{esc(label)}</a>{sub}</li>')
    ul_id = "menu-2-5f3c9a1" if dropdown else "menu-1-5f3c9a1"
    return f'<ul id="{ul_id}" class="elementor-nav-menu">{"".join(out)}</ul>'


def el_widget(seed: str, widget: str, inner: str) -> str:
    eid = hid(seed)
    return (
        f'<div class="elementor-element elementor-element-{eid} elementor-widget elementor-widget-{widget}" '
        f'data-id="{eid}" data-element_type="widget" data-widget_type="{widget}.default">'
        f'<div class="elementor-widget-container">{inner}</div></div>'
    )


def el_con(seed: str, inner: str, extra: str = "") -> str:
    eid = hid(seed)
    return (
        f'<div class="elementor-element elementor-element-{eid} e-flex e-con-boxed e-con e-parent{extra}" '
        f'data-id="{eid}" data-element_type="container"><div class="e-con-inner">{inner}</div></div>'
    )


def header(lang: str, current: str, vi_href: str, en_href: str) -> str:
    if lang == "en":
        today, hot, tagline = "Saturday, December 5, 2026", "Hotline", "Nam Dinh Department of Education and Training"
        name = SITE_EN.upper()
    else:
        today, hot, tagline = "Thứ Bảy, 05/12/2026", "Đường dây nóng", "Sở Giáo dục và Đào tạo Nam Định"
        name = "TRƯỜNG THPT CHUYÊN LÊ HỒNG PHONG"
    home = "/en/" if lang == "en" else "/"
    topbar = el_con(
        "topbar",
        el_widget("today", "shortcode", f'<div class="elementor-shortcode"><span class="lhp-homnay"><i class="far fa-calendar-alt"></i> {today}</span></div>')
        + el_widget("hotline", "icon-list", (
            '<ul class="elementor-icon-list-items elementor-inline-items">'
            f'<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text">{hot}: 0228.3 640 297</span></li>'
            '<li class="elementor-icon-list-item elementor-inline-item"><a href="mailto:c3lehongphong@namdinh.edu.vn"><span class="elementor-icon-list-text">c3lehongphong@namdinh.edu.vn</span></a></li></ul>'
        ))
        + el_widget("wpml", "wpml-language-switcher", switcher(vi_href, en_href, lang)),
        " lhp-topbar",
    )
    brand = el_con(
        "brand",
        el_widget("logo", "theme-site-logo", (
            f'<a href="{home}"><img width="120" height="120" src="/wp-content/uploads/2024/08/logo-lhp-nam-dinh.png" '
            f'class="attachment-full size-full wp-image-18" alt="{esc(SITE)}" data-no-lazy="1" /></a>'
        ))
        + el_widget("sitename", "heading", (
            f'<p class="elementor-heading-title elementor-size-default"><span style="font-size:14px">{esc(tagline)}</span><br>{esc(name)}</p>'
        )),
    )
    nav = el_con(
        "nav",
        el_widget("navmenu", "nav-menu", (
            '<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container '
            'elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">'
            f"{nav_menu(lang, current, False)}</nav>"
            '<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false">'
            '<span class="elementor-screen-only">Menu</span></div>'
            '<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">'
            f"{nav_menu(lang, current, True)}</nav>"
        )),
        " lhp-mainnav",
    )
    return (
        '<header data-elementor-type="header" data-elementor-id="2315" class="elementor elementor-2315 '
        'elementor-location-header" data-elementor-post-type="elementor_library">'
        f"{topbar}{brand}{nav}</header>"
    )


def breadcrumb(items: list[tuple[str, str | None]], lang: str = "vi") -> str:
    home = ("Home", "/en/") if lang == "en" else ("Trang chủ", "/")
    parts = [f'<span><a href="{home[1]}">{home[0]}</a></span>']
    for label, href in items:
        if href:
            parts.append(f'<span><a href="{href}">{label}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{label}</span>')
    return (
        '<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner">'
        '<nav role="navigation" aria-label="Breadcrumbs" class="ast-breadcrumbs-yoast-wrap">'
        f'<span><span>{" » ".join(parts)}</span></span></nav></div></div>'
    )


def sidebar(lang: str) -> str:
    recent = STORIES[:5]
    if lang == "en":
        ens = [s for s in STORIES if s.opts["en"]]
        lis = "".join(
            f'<li><a href="{en_permalink(s)}">{tx(s.opts["en"]["title"])}</a><span class="post-date">{en_day(s.published_at)}</span></li>'
            for s in ens
        )
        return (
            '<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">'
            '<div class="sidebar-main" role="complementary">'
            '<aside id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>'
            f'<nav aria-label="Recent Posts"><ul>{lis}</ul></nav></aside>'
            '<aside id="text-5" class="widget widget_text"><h2 class="widget-title">Contact</h2><div class="textwidget">'
            "<p>76 Vi Xuyen Street, Nam Dinh City, Viet Nam<br>Tel: (+84) 228 3 640 297</p></div></aside>"
            "</div></div>"
        )
    lis = "".join(
        f'<li><a href="{permalink(s)}">{tx(s.title)}</a><span class="post-date">{vi_day(s.published_at)}</span></li>'
        for s in recent
    )
    tags = "".join(
        f'<a href="/tag/{slug}/" class="tag-cloud-link tag-link-{40 + n} tag-link-position-{n + 1}" '
        f'style="font-size: {10 + n}pt;" aria-label="{esc(label)} (1 mục)">{esc(label)}</a>'
        for n, (slug, label) in enumerate(TAGS.items())
    )
    return (
        '<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">'
        '<div class="sidebar-main" role="complementary">'
        '<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/">'
        '<label for="search-field"><span class="screen-reader-text">Tìm kiếm cho:</span>'
        '<input type="search" id="search-field" class="search-field" placeholder="Tìm kiếm..." value="" name="s" tabindex="-1"></label>'
        '<button class="search-submit ast-search-submit" aria-label="Nút gửi tìm kiếm"><span hidden>Tìm kiếm</span></button></form></aside>'
        '<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2>'
        f'<nav aria-label="Bài viết mới"><ul>{lis}</ul></nav></aside>'
        '<aside id="custom_html-4" class="widget_text widget widget_custom_html"><h2 class="widget-title">Thông báo</h2>'
        '<div class="textwidget custom-html-widget"><marquee direction="up" scrollamount="2" height="120">'
        '<p>&#9679; Kiểm tra cuối học kì I năm học 2026 &#8211; 2027 bắt đầu từ ngày 21/12/2026.</p>'
        '<p>&#9679; Lịch tiếp công dân: sáng thứ Năm hằng tuần tại phòng Hiệu trưởng.</p></marquee></div></aside>'
        '<aside id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Thăm dò ý kiến</h2>'
        '<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">'
        '<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="8d1f0c2b7e" /></p>'
        '<p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>'
        '<p style="text-align: center;"><strong>Bạn biết đến website của trường qua kênh nào?</strong></p>'
        '<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">'
        '<li><input type="radio" id="poll-answer-7" name="poll_3" value="7" /> <label for="poll-answer-7">Fanpage của trường</label></li>'
        '<li><input type="radio" id="poll-answer-8" name="poll_3" value="8" /> <label for="poll-answer-8">Bạn bè, thầy cô giới thiệu</label></li>'
        '<li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Tìm kiếm trên Google</label></li></ul>'
        '<p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" /></p></div></form></div></aside>'
        '<aside id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">Thẻ</h2>'
        f'<nav aria-label="Thẻ"><div class="tagcloud">{tags}</div></nav></aside>'
        '<aside id="nav_menu-3" class="widget widget_nav_menu"><h2 class="widget-title">Liên kết website</h2>'
        '<div class="menu-lien-ket-container"><ul id="menu-lien-ket" class="menu">'
        '<li class="menu-item"><a target="_blank" rel="noopener" href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a></li>'
        '<li class="menu-item"><a target="_blank" rel="noopener" href="https://namdinh.edu.vn">Sở GD&amp;ĐT Nam Định</a></li>'
        '<li class="menu-item"><a target="_blank" rel="noopener" href="https://namdinh.gov.vn">Cổng thông tin tỉnh Nam Định</a></li></ul></div></aside>'
        '<aside id="wpstatistics_widget-2" class="widget widget_wpstatistics_widget"><h2 class="widget-title">Thống kê truy cập</h2>'
        '<ul class="wp-statistics-widget"><li><label>Đang online:</label> 27</li><li><label>Hôm nay:</label> 1.386</li>'
        '<li><label>Hôm qua:</label> 1.912</li><li><label>Tổng truy cập:</label> 2.457.019</li></ul></aside>'
        "</div></div>"
    )


def footer(lang: str) -> str:
    if lang == "en":
        addr = (
            f"<p><strong>{SITE_EN.upper()}</strong><br>Address: 76 Vi Xuyen Street, Nam Dinh City, Nam Dinh Province<br>"
            "Tel: (+84) 228 3 640 297 – Email: c3lehongphong@namdinh.edu.vn</p>"
        )
        copy = "Copyright &copy; 2026 Le Hong Phong High School for the Gifted. All rights reserved."
    else:
        addr = (
            "<p><strong>TRƯỜNG THPT CHUYÊN LÊ HỒNG PHONG – NAM ĐỊNH</strong><br>"
            "Địa chỉ: Số 76 đường Vị Xuyên, phường Vị Xuyên, thành phố Nam Định, tỉnh Nam Định<br>"
            "Điện thoại: 0228.3 640 297 – Email: c3lehongphong@namdinh.edu.vn<br>"
            "Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Hiếu – Hiệu trưởng</p>"
        )
        copy = "Bản quyền &copy; 2026 Trường THPT Chuyên Lê Hồng Phong | Vận hành trên nền tảng WordPress"
    return (
        '<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">'
        '<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item '
        'ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal ast-builder-grid-row-mobile-full '
        'ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-primary-footer-builder">'
        '<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">'
        f'<div class="site-footer-primary-section-1 site-footer-section site-footer-section-1"><aside class="footer-widget-area widget-area site-footer-focus-item" data-section="sidebar-widgets-footer-widget-1"><section id="block-7" class="widget widget_block">{addr}</section></aside></div>'
        '<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2"><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fthptchuyenlehongphong.namdinh&amp;tabs&amp;width=340&amp;height=130" width="340" height="130" style="border:none;overflow:hidden" loading="lazy"></iframe></div>'
        '<div class="site-footer-primary-section-3 site-footer-section site-footer-section-3"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3738.9!2d106.17!3d20.43" width="340" height="180" loading="lazy"></iframe></div>'
        "</div></div></div>"
        '<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full" data-section="section-below-footer-builder">'
        f'<div class="ast-footer-copyright"><p>{copy}</p></div></div></footer>'
    )


def page(
    request: Request, *, lang: str, title: str, body_class: str, main: str, head: str = "",
    current: str = "", vi_href: str = "/", en_href: str = "/en/", with_sidebar: bool = True,
    full: str | None = None,
) -> Response:
    base = base_url(request)
    html_lang = "en-US" if lang == "en" else "vi"
    site = SITE_EN if lang == "en" else SITE
    content = full if full is not None else (
        '<div id="content" class="site-content"><div class="ast-container">'
        f'<div id="primary" class="content-area primary">{main}</div>'
        f'{sidebar(lang) if with_sidebar else ""}</div></div>'
    )
    doc = f"""<!DOCTYPE html>
<html lang="{html_lang}" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(title)} - {esc(site)}</title>
{head}
<meta property="og:site_name" content="{esc(site)}" />
<meta name="generator" content="WordPress 6.6.2" />
<meta name="generator" content="WPML ver:4.6.13 stt:1,57;" />
<meta name="generator" content="Elementor 3.24.7; features: e_font_icon_svg, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
<link rel="alternate" type="application/rss+xml" title="{esc(site)} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel='stylesheet' id='astra-theme-css-css' href='{base}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='{base}/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7' media='all' />
<link rel='stylesheet' id='wpml-legacy-horizontal-list-0-css' href='{base}/wp-content/plugins/sitepress-multilingual-cms/templates/language-switchers/legacy-list-horizontal/style.min.css?ver=1' media='all' />
<link rel='stylesheet' id='addtoany-css' href='{base}/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' media='all' />
<link rel='stylesheet' id='ez-toc-css' href='{base}/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.69.1' media='all' />
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="icon" href="{base}/wp-content/uploads/2024/08/cropped-logo-lhp-32x32.png" sizes="32x32" />
</head>
<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="{body_class} wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3 ast-inherit-site-logo-transparent ast-hfb-header elementor-default elementor-kit-6 {'wpml-lang-en' if lang == 'en' else ''}">
<a class="skip-link screen-reader-text" href="#content" title="{'Skip to content' if lang == 'en' else 'Chuyển đến nội dung'}">{'Skip to content' if lang == 'en' else 'Chuyển đến nội dung'}</a>
<div class="hfeed site" id="page">
{header(lang, current, vi_href, en_href)}
{content}
{footer(lang)}
</div>
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both"><span class="screen-reader-text">Scroll to Top</span></div>
<script id="rocket-browser-checker-js-after">window.lazyLoadOptions={{elements_selector:"img[data-lazy-src],.rocket-lazyload,iframe[data-lazy-src]",data_src:"lazy-src",data_srcset:"lazy-srcset",data_sizes:"lazy-sizes",class_loading:"lazyloading",class_loaded:"lazyloaded",threshold:300}};</script>
<script src="{base}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
<script src="{base}/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.2" id="elementor-pro-frontend-js"></script>
</body>
</html>
"""
    return html(doc)


def seo_head(
    request: Request, *, path: str, title_raw: str, description: str, og_type: str = "article",
    lang: str = "vi", story: Story | None = None, alternates: tuple[str, str] | None = None,
    image: str | None = None, robots: str = "index, follow, max-image-preview:large",
) -> str:
    base = base_url(request)
    url = base + path
    lines = [
        f'<meta name="robots" content="{robots}" />',
        f'<meta name="description" content="{esc(description)}" />' if description else "",
        f'<link rel="canonical" href="{url}" />',
        f'<meta property="og:locale" content="{"en_US" if lang == "en" else "vi_VN"}" />',
        f'<meta property="og:locale:alternate" content="{"vi_VN" if lang == "en" else "en_US"}" />',
        f'<meta property="og:type" content="{og_type}" />',
        f'<meta property="og:title" content="{esc(title_raw)}" />',
        f'<meta property="og:description" content="{esc(description)}" />' if description else "",
        f'<meta property="og:url" content="{url}" />',
    ]
    if story is not None:
        acc = ACCOUNTS[story.opts["account"]][0]
        lines += [
            '<meta property="article:publisher" content="https://www.facebook.com/thptchuyenlehongphong.namdinh" />',
            f'<meta property="article:published_time" content="{utc(story.published_at)}" />',
            f'<meta property="article:modified_time" content="{utc(story.opts["modified"])}" />',
            f'<meta name="author" content="{esc(acc)}" />',
            '<meta name="twitter:card" content="summary_large_image" />',
            f'<meta name="twitter:label1" content="{"Written by" if lang == "en" else "Được viết bởi"}" />',
            f'<meta name="twitter:data1" content="{esc(acc)}" />',
            f'<meta name="twitter:label2" content="{"Est. reading time" if lang == "en" else "Ước tính thời gian đọc"}" />',
            f'<meta name="twitter:data2" content="{story.opts["reading"]} {"minutes" if lang == "en" else "phút"}" />',
        ]
    if image:
        lines += [
            f'<meta property="og:image" content="{base}{image}" />',
            '<meta property="og:image:width" content="1024" /><meta property="og:image:height" content="683" />',
            '<meta property="og:image:type" content="image/jpeg" />',
        ]
    if alternates:
        vi, en = alternates
        lines += [
            f'<link rel="alternate" hreflang="vi" href="{base}{vi}" />',
            f'<link rel="alternate" hreflang="en" href="{base}{en}" />',
            f'<link rel="alternate" hreflang="x-default" href="{base}{vi}" />',
        ]
    graph: list[dict] = [
        {
            "@type": "WebPage", "@id": url, "url": url, "name": f"{title_raw} - {SITE}",
            "isPartOf": {"@id": f"{base}/#website"}, "inLanguage": "en-US" if lang == "en" else "vi",
            "breadcrumb": {"@id": f"{url}#breadcrumb"},
        },
        {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": SITE,
         "publisher": {"@id": f"{base}/#organization"}, "inLanguage": "vi"},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": SITE, "url": f"{base}/",
         "logo": {"@type": "ImageObject", "url": f"{base}/wp-content/uploads/2024/08/logo-lhp-nam-dinh.png"},
         "sameAs": ["https://www.facebook.com/thptchuyenlehongphong.namdinh"]},
    ]
    if story is not None:
        acc, _bio = ACCOUNTS[story.opts["account"]]
        graph[0]["datePublished"] = utc(story.published_at)
        graph[0]["dateModified"] = utc(story.opts["modified"])
        graph.insert(0, {
            "@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
            "author": {"name": acc, "@id": f"{base}/#/schema/person/{hid(acc, 32)}"},
            "headline": title_raw, "datePublished": utc(story.published_at),
            "dateModified": utc(story.opts["modified"]), "mainEntityOfPage": {"@id": url},
            "wordCount": sum(len(p.split()) for p in story.paragraphs),
            "commentCount": len(story.opts["comments"]),
            "publisher": {"@id": f"{base}/#organization"},
            "articleSection": [CATS[c][2 if lang == "en" else 0] for c in story.opts["cats"]],
            "inLanguage": "en-US" if lang == "en" else "vi",
        })
        graph.append({"@type": "Person", "@id": f"{base}/#/schema/person/{hid(acc, 32)}", "name": acc,
                      "url": f"{base}/author/{story.opts['account']}/"})
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    ld = ld.replace("</", "<\\/")
    lines.append(f'<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>')
    return "\n".join(x for x in lines if x)


# --- single post ----------------------------------------------------------------------------

def _figure(base: str, img: Img, n: int, story: Story) -> str:
    wp_id = story.id + 10 + n
    if img.style == "caption":
        cap = f'<figcaption id="caption-attachment-{wp_id}" class="wp-caption-text">{tx(img.printed)}</figcaption>' if img.printed else ""
        return (
            f'<figure id="attachment_{wp_id}" aria-describedby="caption-attachment-{wp_id}" style="width: 800px" '
            f'class="wp-caption aligncenter">{lazy_img(base, img.src, 800, 533, f"size-full wp-image-{wp_id}")}{cap}</figure>'
        )
    if img.style == "el":
        cap = f'<figcaption class="widget-image-caption wp-caption-text">{tx(img.printed)}</figcaption>' if img.printed else ""
        return el_widget(
            f"img{wp_id}", "image",
            f'<figure class="wp-caption">{lazy_img(base, img.src, 1024, 683, f"attachment-large size-large wp-image-{wp_id}")}{cap}</figure>',
        )
    cap = f'<figcaption class="wp-element-caption">{tx(img.printed)}</figcaption>' if img.printed else ""
    return (
        f'<figure class="wp-block-image size-large">'
        f'{lazy_img(base, img.src, 1024, 683, f"wp-image-{wp_id}")}{cap}</figure>'
    )


def _para(story: Story, p: P) -> str:
    nfd = story.opts["nfd"]
    kind = story.opts["kind"]
    body = tx(p.text, nfd)
    if story.opts["fbclid"] and story.opts["fbclid"][2] in p.text:
        target, fb, anchor = story.opts["fbclid"]
        body = body.replace(tx(anchor), f'<a href="/{target}/?fbclid={fb}">{tx(anchor)}</a>', 1)
    if p.style in ("h2", "h3"):
        if kind == "el":
            return el_widget(
                f"h{story.id}{p.text}", "heading",
                f'<h2 class="elementor-heading-title elementor-size-default">{body}</h2>',
            )
        span = ""
        if story.opts["toc"]:
            span = f'<span class="ez-toc-section" id="{anchor_id(p.text)}" ez-toc-data-id="#{anchor_id(p.text)}"></span>'
        end = '<span class="ez-toc-section-end"></span>' if span else ""
        style = ' style="text-align:center"' if p.style == "h3" else ""
        return f'<{p.style} class="wp-block-heading"{style}>{span}{body}{end}</{p.style}>'
    if p.style == "li":
        return f"<li>{body}</li>"
    if p.style in ("th", "tr"):
        tag = "th" if p.style == "th" else "td"
        cells = "".join(f"<{tag}>{tx(c, nfd)}</{tag}>" for c in p.text.split(" | "))
        row = f"<tr>{cells}</tr>"
        return f"<thead>{row}</thead><tbody>" if p.style == "th" else row
    if p.style == "lead":
        body = f"<strong>{body}</strong>"
    if kind == "classic":
        return (
            '<p style="text-align: justify;"><span style="font-family: \'times new roman\', times, serif; '
            f'font-size: 14pt;">{body}</span></p>'
        )
    return f"<p>{body}</p>"


_GROUP_OPEN = {
    "ul": '<ul class="wp-block-list">',
    "table": '<figure class="wp-block-table"><table class="has-fixed-layout">',
    "gallery": '<figure class="wp-block-gallery has-nested-images columns-default is-cropped wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">',
}
_GROUP_CLOSE = {"ul": "</ul>", "table": "</tbody></table></figure>", "gallery": "</figure>", "eltext": "</div></div>"}


def _group(story: Story, block) -> str | None:
    if isinstance(block, P):
        if block.style == "li":
            return "ul"
        if block.style in ("th", "tr"):
            return "table"
        if story.opts["kind"] == "el" and block.style not in ("h2", "h3"):
            return "eltext"
        return None
    if isinstance(block, Img) and block.style == "gal":
        return "gallery"
    return None


def irp_box(slug: str) -> str:
    other = BY_SLUG[slug]
    cls = "u" + hid(slug, 32)
    return (
        '<div style="clear:both; margin-top:0em; margin-bottom:1em;">'
        f'<a href="/{slug}/" target="_blank" rel="dofollow" class="{cls}"><!-- INLINE RELATED POSTS 1/3 //-->'
        f"<style> .{cls} {{ padding:0px; margin: 0; padding-top:1em!important; padding-bottom:1em!important; "
        f"width:100%; display: block; font-weight:bold; background-color:#eaeaea; border:0!important; "
        f"border-left:4px solid #34495E!important; text-decoration:none; }} .{cls}:active, .{cls}:hover "
        "{ opacity: 1; transition: opacity 250ms; } </style>"
        '<div style="padding-left:1em; padding-right:1em;"><span class="ctaText">Xem thêm</span>&nbsp; '
        f'<span class="postTitle">{tx(other.title)}</span></div></a></div>'
    )


def _raw(base: str, story: Story, markup: str) -> str:
    if markup == "{{FILEBLOCK}}":
        fid = "wp-block-file--media-5c0e7d1a-2b44-4a8e-9f61-3d2c7b9e8a10"
        return (
            f'<div class="wp-block-file"><a id="{fid}" href="{ATTACH_PATH}">{tx(ATTACH_TITLE)}</a>'
            f'<a href="{base}{ATTACH_PDF}" class="wp-block-file__button wp-element-button" download '
            f'aria-describedby="{fid}">Tải xuống</a></div>'
        )
    if markup.startswith("{{IRP:"):
        return irp_box(markup[6:-2])
    if markup == "{{YOUTUBE}}":
        return (
            '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
            'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
            '<iframe loading="lazy" title="LHP x Kanazawa Online Exchange 2026" width="800" height="450" '
            'src="about:blank" data-rocket-lazyload="fitvidscompatible" '
            'data-lazy-src="https://www.youtube.com/embed/q3Zk7LhP0aE?feature=oembed" frameborder="0" '
            'allowfullscreen></iframe></div><figcaption class="wp-element-caption">Video: Trích đoạn '
            "buổi giao lưu trực tuyến</figcaption></figure>"
        )
    if markup == "{{ELBUTTON}}":
        return el_widget(
            "btn-album", "button",
            '<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link '
            'elementor-size-sm" href="/thu-vien-anh/"><span class="elementor-button-content-wrapper">'
            '<span class="elementor-button-text">Xem album ảnh Đại hội</span></span></a></div>',
        )
    if markup.startswith("{{ELBYLINE:"):
        name = markup[11:-2]
        return el_widget(
            "byline", "text-editor", f'<p style="text-align: right;"><strong>{esc(name)}</strong></p>'
        )
    return markup


def render_text(base: str, story: Story) -> str:
    out: list[str] = []
    open_group: str | None = None
    n_img = 0
    for block in story.blocks:
        group = _group(story, block)
        if group != open_group:
            if open_group:
                out.append(_GROUP_CLOSE[open_group])
            if group == "eltext":
                eid = hid(f"txt{story.id}{len(out)}")
                out.append(
                    f'<div class="elementor-element elementor-element-{eid} elementor-widget '
                    f'elementor-widget-text-editor" data-id="{eid}" data-element_type="widget" '
                    'data-widget_type="text-editor.default"><div class="elementor-widget-container">'
                )
            elif group:
                out.append(_GROUP_OPEN[group])
            open_group = group
        if isinstance(block, P):
            out.append(_para(story, block))
        elif isinstance(block, Img):
            n_img += 1
            out.append(_figure(base, block, n_img, story))
        else:
            out.append(_raw(base, story, block.html))
    if open_group:
        out.append(_GROUP_CLOSE[open_group])
    inner = "\n".join(out)
    if story.opts["kind"] == "el":
        inner = (
            f'<div data-elementor-type="wp-post" data-elementor-id="{story.id}" class="elementor '
            f'elementor-{story.id}" data-elementor-post-type="post">'
            f'{el_con(f"post{story.id}", inner)}</div>'
        )
    return inner


def toc_box(story: Story) -> str:
    heads = [b.text for b in story.blocks if isinstance(b, P) and b.style in ("h2", "h3")]
    lis = "".join(
        f"<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class=\"ez-toc-link ez-toc-heading-{n + 1}\" "
        f'href="#{anchor_id(h)}" title="{esc(h)}">{tx(h, story.opts["nfd"])}</a></li>'
        for n, h in enumerate(heads)
    )
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_69_1 counter-hierarchy ez-toc-counter ez-toc-grey '
        'ez-toc-container-direction"><div class="ez-toc-title-container"><p class="ez-toc-title" '
        'style="cursor:inherit">Mục lục bài viết</p><span class="ez-toc-title-toggle"><a href="#" '
        'class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" '
        'aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con">[ẩn]</span></a></span></div>'
        f"<nav><ul class='ez-toc-list ez-toc-list-level-1 ' >{lis}</ul></nav></div>"
    )


def share_box(base: str, path: str, title: str, where: str) -> str:
    u = quote(base + path, safe="")
    t = quote(title, safe="")
    return (
        f'<div class="addtoany_share_save_container addtoany_content addtoany_content_{where}">'
        '<div class="addtoany_header">Chia sẻ:</div>'
        f'<div class="a2a_kit a2a_kit_size_28 addtoany_list" data-a2a-url="{base}{path}" data-a2a-title="{esc(title)}">'
        f'<a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={u}&amp;linkname={t}" title="Facebook" rel="nofollow noopener" target="_blank"></a>'
        f'<a class="a2a_button_zalo" href="https://www.addtoany.com/add_to/zalo?linkurl={u}&amp;linkname={t}" title="Zalo" rel="nofollow noopener" target="_blank"></a>'
        f'<a class="a2a_button_email" href="https://www.addtoany.com/add_to/email?linkurl={u}&amp;linkname={t}" title="Email" rel="nofollow noopener" target="_blank"></a>'
        '<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div></div>'
    )


def related(story: Story) -> list[Story]:
    cats = set(story.opts["cats"])
    return [s for s in STORIES if s is not story and cats & set(s.opts["cats"])][:3]


def related_box(base: str, story: Story) -> str:
    items = []
    for s in related(story):
        cat = s.opts["cats"][0]
        items.append(
            f'<article class="ast-related-post post-{s.id} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat}">'
            '<div class="ast-related-posts-inner-section"><div class="ast-related-post-content">'
            '<div class="ast-related-post-featured-section post-has-thumb"><div class="post-thumb-img-content post-thumb">'
            f'<a aria-label="Đọc thêm về {esc(s.title)}" href="{permalink(s)}">{lazy_img(base, thumb(s), 300, 200, "attachment-medium size-medium wp-post-image")}</a></div></div>'
            '<header class="entry-header related-entry-header">'
            f'<h3 class="ast-related-post-title entry-title"><a href="{permalink(s)}" target="_self" rel="bookmark noopener noreferrer">{tx(s.title)}</a></h3>'
            '<div class="entry-meta ast-related-cat-style--none ast-related-tag-style--none">'
            f'<span class="ast-taxonomy-container cat-links default"><a href="/chuyen-muc/{cat}/" rel="category tag">{CATS[cat][0]}</a></span> / '
            f'<span class="posted-on"><span class="published" itemprop="datePublished"> {vi_day(s.published_at)} </span></span></div></header>'
            f'<div class="entry-content clear"><p class="ast-related-post-excerpt entry-content clear">{tx(excerpt(s, 24))}</p></div>'
            "</div></div></article>"
        )
    return (
        '<div class="ast-single-related-posts-container ast-separate-posts">'
        '<div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Bài viết liên quan</h2></div>'
        f'<div class="ast-related-posts-wrapper">{"".join(items)}</div></div>'
    )


def author_box(login: str, lang: str = "vi") -> str:
    name, bio = ACCOUNTS[login]
    title = "About the author" if lang == "en" else "Về tác giả"
    return (
        '<div class="ast-single-author-box" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'<div class="ast-author-meta"><div class="about-author-title-wrapper"><h3 class="about-author">{title}</h3></div>'
        '<div class="ast-author-details"><div class="post-author-avatar">'
        f'<img alt="" src="https://secure.gravatar.com/avatar/{hid(login, 32)}?s=100&amp;d=mm&amp;r=g" class="avatar avatar-100 photo" height="100" width="100" loading="lazy" decoding="async"/></div>'
        f'<div class="post-author-bio"><a class="url fn n" href="/author/{login}/" itemprop="url" rel="author">'
        f'<h4 class="author-title" itemprop="name">{esc(name)}</h4></a>'
        f'<div class="post-author-desc">{esc(bio)}</div></div></div></div></div>'
    )


def comments_box(story: Story, path: str) -> str:
    items = []
    for cid, name, when, body in story.opts["comments"]:
        items.append(
            f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><article id="comment-{cid}" class="ast-comment">'
            '<div class="ast-comment-info"><div class="ast-comment-avatar-wrap">'
            f'<img alt="" src="https://secure.gravatar.com/avatar/{hid(name, 32)}?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo" height="50" width="50" /></div>'
            '<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">'
            f'<div class="ast-comment-cite-wrap"><cite><b class="fn">{tx(name)}</b> </cite></div>'
            f'<div class="ast-comment-time ast-col-lg-12"><span class="timendate"><a href="{path}#comment-{cid}">'
            f'<time datetime="{when}">{vi_time(when)}</time></a></span></div></header></div></div></div>'
            f'<section class="ast-comment-content comment"><p>{tx(body)}</p>'
            '<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">'
            f'<a rel="nofollow" class="comment-reply-link" href="{path}?replytocom={cid}#respond" data-commentid="{cid}" '
            f'data-postid="{story.id}" data-belowelement="comment-{cid}" data-respondelement="respond" '
            f'data-replyto="Trả lời {esc(name)}" aria-label="Trả lời {esc(name)}">Trả lời</a></span></div></section></article></li>'
        )
    listing = ""
    if items:
        listing = (
            f'<div class="comments-count-wrapper"><h3 class="comments-title">{len(items)} bình luận về '
            f'&ldquo;{tx(story.title)}&rdquo;</h3></div><ol class="ast-comment-list">{"".join(items)}</ol>'
        )
    return (
        f'<div id="comments" class="comments-area comment-form-position-below">{listing}'
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận '
        f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="{path}#respond" style="display:none;">Hủy</a></small></h3>'
        '<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> '
        '<span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>'
        '<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend>'
        '<div class="comment-form-textarea ast-col-lg-12"><label for="comment" class="screen-reader-text">Nhập bình luận...</label>'
        '<textarea id="comment" name="comment" placeholder="Nhập bình luận..." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>'
        '<div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-col-xs-12 ast-col-sm-12 ast-col-md-4 ast-col-lg-4">'
        '<label for="author" class="screen-reader-text">Tên*</label><input id="author" name="author" type="text" value="" placeholder="Tên*" size="30" aria-required="true" /></p>'
        '<p class="comment-form-email ast-col-xs-12 ast-col-sm-12 ast-col-md-4 ast-col-lg-4"><label for="email" class="screen-reader-text">Email*</label>'
        '<input id="email" name="email" type="text" value="" placeholder="Email*" size="30" aria-required="true" /></p></div>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận &raquo;" /> '
        f"<input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' />"
        "<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div></div>"
    )


def entry_meta(story: Story, lang: str = "vi") -> str:
    login = story.opts["account"]
    name = ACCOUNTS[login][0]
    cats = sorted(story.opts["cats"], key=lambda c: CATS[c][0])
    if lang == "en":
        links = ", ".join(
            f'<a href="/en/category/{CATS[c][1]}/" rel="category tag">{CATS[c][2]}</a>' for c in cats
            if c == story.opts["cats"][0]
        )
        day, upd = en_day(story.published_at), en_day(story.opts["modified"])
        view_all = f"View all posts by {name}"
    else:
        links = ", ".join(f'<a href="/chuyen-muc/{c}/" rel="category tag">{CATS[c][0]}</a>' for c in cats)
        day, upd = vi_day(story.published_at), vi_day(story.opts["modified"])
        view_all = f"Xem tất cả bài viết của {name}"
    return (
        f'<div class="entry-meta"><span class="ast-terms-link">{links}</span> / '
        '<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">'
        f'<a title="{esc(view_all)}" href="/author/{login}/" rel="author" class="url fn n" itemprop="url">'
        f'<span class="author-name" itemprop="name">{esc(name)}</span></a></span> / '
        f'<span class="posted-on"><span class="published" itemprop="datePublished"> {day} </span>'
        f'<span class="updated" itemprop="dateModified"> {upd}</span></span></div>'
    )


def single_post(request: Request, story: Story) -> Response:
    base = base_url(request)
    path = permalink(story)
    en = story.opts["en"]
    en_href = en_permalink(story) if en else "/en/"
    primary = story.opts["cats"][0]
    first_img = next(iter(story.images), None)
    head = seo_head(
        request, path=path, title_raw=story.opts["raw_title"], description=excerpt(story, 28),
        story=story, alternates=(path, en_href) if en else None,
        image=first_img.src if first_img else None,
    )
    head += f"\n<link rel='shortlink' href='{base}/?p={story.id}' />"
    head += f'\n<link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/{story.id}" />'
    top = [
        '<span class="span-reading-time rt-reading-time" style="display: block;"><span class="rt-label rt-prefix">'
        f'Thời gian đọc:</span> <span class="rt-time"> {story.opts["reading"]}</span> <span class="rt-label rt-postfix">phút</span></span>',
        f'<div class="post-views content-post post-{story.id} entry-meta load-static"><span class="post-views-icon dashicons dashicons-chart-bar"></span> '
        f'<span class="post-views-label">Lượt xem: </span> <span class="post-views-count">{story.views() * 7:,}</span></div>'.replace(",", "."),
        share_box(base, path, story.opts["raw_title"], "top"),
    ]
    if story.opts["lastmod_line"]:
        mod = story.opts["modified"]
        top.append(
            f'<p class="post-modified-info">Cập nhật lần cuối vào <time class="modified-time" datetime="{mod}" '
            f'itemprop="dateModified">{vi_time(mod)}</time></p>'
        )
    if story.opts["toc"]:
        top.append(toc_box(story))
    bottom = [share_box(base, path, story.opts["raw_title"], "bottom")]
    if en:
        bottom.insert(0, (
            '<p class="wpml-ls-statics-post_translations wpml-ls">Bài viết này cũng có bản: '
            '<span class="wpml-ls-slot-post_translations wpml-ls-item wpml-ls-item-en wpml-ls-first-item '
            f'wpml-ls-last-item wpml-ls-item-legacy-post-translations"><a href="{en_permalink(story)}" class="wpml-ls-link">'
            '<img class="wpml-ls-flag" src="/wp-content/plugins/sitepress-multilingual-cms/res/flags/en.png" alt="" width="18" height="12" />'
            '<span class="wpml-ls-display icl_lang_sel_translated">English</span></a></span></p>'
        ))
    cls_cats = " ".join(f"category-{c}" for c in sorted(story.opts["cats"]))
    cls_tags = " ".join(f"tag-{t}" for t in story.opts["tags"])
    article = (
        f'<article class="post-{story.id} post type-post status-publish format-standard has-post-thumbnail hentry '
        f'{cls_cats} {cls_tags} ast-article-single" id="post-{story.id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">'
        '<div class="ast-post-format- single-layout-1 ast-no-date-box"><div class="ast-single-post-order">'
        '<header class="entry-header ast-no-thumbnail">'
        f'<h1 class="entry-title" itemprop="headline">{tx(story.title)}</h1>{entry_meta(story)}</header>'
        '<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">'
        + "\n".join(top) + "\n" + render_text(base, story) + "\n" + "\n".join(bottom)
        + "</div></div></div></article>"
    )
    if story.opts["tags"]:
        article += (
            '<div class="ast-single-post-tags"><span class="tags-links">Thẻ: '
            + ", ".join(f'<a href="/tag/{t}/" rel="tag">{TAGS[t]}</a>' for t in story.opts["tags"])
            + "</span></div>"
        )
    main = (
        breadcrumb([(CATS[primary][0], f"/chuyen-muc/{primary}/"), (tx(story.title), None)])
        + f'<main id="main" class="site-main">{article}{author_box(story.opts["account"])}'
        f"{related_box(base, story)}{comments_box(story, path)}</main>"
    )
    return page(
        request, lang="vi", title=story.opts["raw_title"],
        body_class=f"post-template-default single single-post postid-{story.id} single-format-standard ast-blog-single-style-1 ast-single-post",
        main=main, head=head, current=f"/chuyen-muc/{primary}/", vi_href=path, en_href=en_href,
    )


def single_en(request: Request, story: Story) -> Response:
    en = story.opts["en"]
    path = en_permalink(story)
    vi_path = permalink(story)
    primary = story.opts["cats"][0]
    en_cat = CATS[primary][1]
    head = seo_head(
        request, path=path, title_raw=en["title"], description=en["paras"][0][:150], story=story,
        lang="en", alternates=(vi_path, path),
    )
    paras = "\n".join(f"<p>{tx(p)}</p>" for p in en["paras"])
    article = (
        f'<article class="post-{story.id + 5000} post type-post status-publish format-standard hentry category-{en_cat} ast-article-single" '
        f'id="post-{story.id + 5000}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">'
        '<div class="ast-post-format- single-layout-1 ast-no-date-box"><div class="ast-single-post-order">'
        f'<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">{tx(en["title"])}</h1>'
        f"{entry_meta(story, 'en')}</header>"
        f'<div class="entry-content clear" itemprop="text">{paras}'
        '<p class="wpml-ls-statics-post_translations wpml-ls">This post is also available in: '
        f'<span class="wpml-ls-slot-post_translations wpml-ls-item wpml-ls-item-vi"><a href="{vi_path}" class="wpml-ls-link">'
        '<img class="wpml-ls-flag" src="/wp-content/plugins/sitepress-multilingual-cms/res/flags/vi.png" alt="" width="18" height="12" />'
        '<span class="wpml-ls-display icl_lang_sel_translated">Vietnamese</span></a></span></p>'
        "</div></div></div></article>"
    )
    main = (
        breadcrumb([(CATS[primary][2], f"/en/category/{en_cat}/"), (tx(en["title"]), None)], "en")
        + f'<main id="main" class="site-main">{article}{author_box(story.opts["account"], "en")}</main>'
    )
    return page(
        request, lang="en", title=en["title"],
        body_class=f"post-template-default single single-post postid-{story.id + 5000} single-format-standard ast-single-post",
        main=main, head=head, current=f"/en/category/{en_cat}/", vi_href=vi_path, en_href=path,
    )


# --- listings --------------------------------------------------------------------------------

def pagination(base_path: str, n: int, pages: int, lang: str = "vi") -> str:
    if pages <= 1:
        return ""

    def href(k: int) -> str:
        return base_path if k == 1 else f"{base_path}page/{k}/"

    prev_l, next_l = ("Previous", "Next") if lang == "en" else ("Trang trước", "Trang sau")
    parts = []
    if n > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(n - 1)}"><span class="ast-left-arrow" aria-hidden="true">&larr;</span> {prev_l}</a>')
    for k in range(1, pages + 1):
        if k == n:
            parts.append(f'<span aria-current="page" class="page-numbers current">{k}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(k)}">{k}</a>')
    if n < pages:
        parts.append(f'<a class="next page-numbers" href="{href(n + 1)}">{next_l} <span class="ast-right-arrow" aria-hidden="true">&rarr;</span></a>')
    label = "Posts pagination" if lang == "en" else "Phân trang bài viết"
    return (
        f'<div class="ast-pagination"><nav class="navigation pagination" aria-label="{label}">'
        f'<h2 class="screen-reader-text">{label}</h2><div class="nav-links">{"".join(parts)}</div></nav></div>'
    )


def list_item(base: str, s: Story, lang: str = "vi") -> str:
    if lang == "en":
        en = s.opts["en"]
        href, title, ex = en_permalink(s), en["title"], en["paras"][0]
        cat = CATS[s.opts["cats"][0]]
        cat_html = f'<a href="/en/category/{cat[1]}/" rel="category tag">{cat[2]}</a>'
        day, more = en_day(s.published_at), "Read More »"
    else:
        href, title, ex = permalink(s), s.title, excerpt(s)
        cat_html = ", ".join(
            f'<a href="/chuyen-muc/{c}/" rel="category tag">{CATS[c][0]}</a>'
            for c in sorted(s.opts["cats"], key=lambda c: CATS[c][0])
        )
        day, more = vi_day(s.published_at), "Đọc thêm »"
    return (
        f'<article class="post-{s.id} post type-post status-publish format-standard has-post-thumbnail hentry ast-grid-common-col ast-full-width ast-article-post" '
        f'id="post-{s.id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">'
        '<div class="ast-post-format- blog-layout-1 ast-no-date-box"><div class="post-content ast-grid-common-col">'
        '<div class="ast-blog-featured-section post-thumb ast-grid-common-col ast-float"><div class="post-thumb-img-content post-thumb">'
        f'<a href="{href}">{lazy_img(base, thumb(s), 300, 200, "attachment-medium size-medium wp-post-image")}</a></div></div>'
        f'<header class="entry-header"><h2 class="entry-title" itemprop="headline"><a href="{href}" rel="bookmark">{tx(title)}</a></h2>'
        f'<div class="entry-meta"><span class="ast-taxonomy-container cat-links default">{cat_html}</span> / '
        f'<span class="posted-on"><span class="published" itemprop="datePublished"> {day} </span></span></div></header>'
        f'<div class="ast-excerpt-container ast-blog-single-element"><p>{tx(ex)}</p></div>'
        f'<p class="ast-blog-single-element ast-read-more-container read-more"><a class="" href="{href}"> {more}'
        f'<span class="screen-reader-text">{tx(title)}</span></a></p>'
        '<div class="entry-content clear" itemprop="text"></div></div></div></article>'
    )


def archive(
    request: Request, *, posts: list[Story], base_path: str, n: int, heading: str, desc: str,
    body_class: str, lang: str = "vi", current: str = "", vi_href: str = "/", en_href: str = "/en/",
    title: str | None = None,
) -> Response | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if n < 1 or n > pages:
        return None
    chunk = posts[(n - 1) * PER_PAGE : n * PER_PAGE]
    base = base_url(request)
    path = base_path if n == 1 else f"{base_path}page/{n}/"
    head = seo_head(
        request, path=path, title_raw=heading, description=desc, og_type="article", lang=lang,
        alternates=(vi_href, en_href) if en_href != "/en/" else None, robots="index, follow",
    )
    if n > 1:
        head += f'\n<link rel="prev" href="{base}{base_path if n == 2 else f"{base_path}page/{n - 1}/"}" />'
    if n < pages:
        head += f'\n<link rel="next" href="{base}{base_path}page/{n + 1}/" />'
    items = "".join(list_item(base, s, lang) for s in chunk)
    crumbs = [(heading, None)] if n == 1 else [(heading, base_path), (f"{'Page' if lang == 'en' else 'Trang'} {n}", None)]
    main = (
        breadcrumb(crumbs, lang)
        + '<main id="main" class="site-main"><section class="ast-archive-description">'
        f'<h1 class="page-title ast-archive-title">{esc(heading)}</h1><p>{esc(desc)}</p></section>'
        f'<div class="ast-row">{items}</div>{pagination(base_path, n, pages, lang)}</main>'
    )
    return page(
        request, lang=lang, title=title or heading, body_class=f"archive {body_class}" + (f" paged paged-{n}" if n > 1 else ""),
        main=main, head=head, current=current or base_path, vi_href=vi_href, en_href=en_href,
    )


# --- home ------------------------------------------------------------------------------------

def home(request: Request, n: int) -> Response | None:
    base = base_url(request)
    pages = -(-len(STORIES) // HOME_PER_PAGE)
    if n > pages:
        return None
    chunk = STORIES[(n - 1) * HOME_PER_PAGE : n * HOME_PER_PAGE]
    cards = "".join(
        f'<article class="elementor-post elementor-grid-item post-{s.id} post type-post status-publish format-standard has-post-thumbnail hentry">'
        f'<a class="elementor-post__thumbnail__link" href="{permalink(s)}" tabindex="-1"><div class="elementor-post__thumbnail">'
        f'{lazy_img(base, thumb(s), 300, 200, "attachment-medium size-medium wp-image-" + str(s.id + 1))}</div></a>'
        f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{permalink(s)}">{tx(s.title)}</a></h3>'
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{dmy(s.published_at)}</span></div>'
        f'<div class="elementor-post__excerpt"><p>{tx(excerpt(s, 22))}</p></div>'
        f'<a class="elementor-post__read-more" href="{permalink(s)}" aria-label="Đọc thêm về {esc(s.title)}" tabindex="-1">Xem chi tiết »</a>'
        "</div></article>"
        for s in chunk
    )
    more = ""
    if n < pages:
        more = (
            f'<div class="e-load-more-anchor" data-page="{n}" data-max-page="{pages}" data-next-page="{base}/page/{n + 1}/"></div>'
            '<div class="elementor-button-wrapper e-load-more-spinner"><a href="#" class="elementor-button-link elementor-button" role="button">'
            '<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Xem thêm</span></span></a></div>'
        )
    posts_widget = el_widget(
        "home-posts", "posts",
        '<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid" '
        f'role="list">{cards}</div>{more}',
    )
    coop = [s for s in STORIES if "hop-tac-quoc-te" in s.opts["cats"]][:3]
    coop_cards = "".join(
        f'<article class="elementor-post elementor-grid-item post-{s.id}"><div class="elementor-post__card">'
        f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{permalink(s)}">{tx(s.title)}</a></h3></div>'
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{dmy(s.published_at)}</span></div></div></article>'
        for s in coop
    )
    body = (
        '<div data-elementor-type="wp-page" data-elementor-id="15" class="elementor elementor-15" data-elementor-post-type="page">'
        + el_con("hero", el_widget("hero-img", "image", (
            f'<img width="1920" height="600" src="{base}/wp-content/uploads/2025/09/banner-khai-giang-2025.jpg" '
            'class="attachment-full size-full wp-image-1987" alt="" data-no-lazy="1" />'
        )))
        + el_con("news", el_widget("news-h", "heading", '<h2 class="elementor-heading-title elementor-size-default">TIN TỨC – SỰ KIỆN</h2>') + posts_widget)
        + el_con("coop", el_widget("coop-h", "heading", '<h2 class="elementor-heading-title elementor-size-default"><a href="/chuyen-muc/hop-tac-quoc-te/">HỢP TÁC QUỐC TẾ</a></h2>')
                 + el_widget("coop-posts", "posts", f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-cards elementor-grid">{coop_cards}</div>'))
        + el_con("notice", el_widget("notice-h", "heading", '<h2 class="elementor-heading-title elementor-size-default">THÔNG BÁO</h2>')
                 + el_widget("notice-list", "icon-list", (
                     '<ul class="elementor-icon-list-items">'
                     f'<li class="elementor-icon-list-item"><a href="{permalink(T1)}"><span class="elementor-icon-list-text">Thông báo tuyển sinh lớp 10 chuyên năm học 2027 &#8211; 2028</span></a></li>'
                     '<li class="elementor-icon-list-item"><a href="/tuyen-sinh/"><span class="elementor-icon-list-text">Thông tin tuyển sinh và các chương trình quốc tế</span></a></li>'
                     '<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Lịch kiểm tra cuối học kì I: từ 21/12/2026</span></li></ul>'
                 )))
        + el_con("stats", el_widget("counter", "counter", (
            '<div class="elementor-counter"><div class="elementor-counter-title">Năm thành lập</div>'
            '<div class="elementor-counter-number-wrapper"><span class="elementor-counter-number" data-duration="2000" '
            'data-to-value="1920" data-from-value="0">0</span></div></div>'
        )))
        + "</div>"
    )
    path = "/" if n == 1 else f"/page/{n}/"
    head = seo_head(
        request, path=path, title_raw="Trang chủ", og_type="website",
        description="Website chính thức của Trường THPT Chuyên Lê Hồng Phong, tỉnh Nam Định.",
        alternates=("/", "/en/"), robots="index, follow",
    )
    full = f'<div id="content" class="site-content"><div class="ast-container">{body}</div></div>'
    return page(
        request, lang="vi", title="Trang chủ", body_class="home page-template page-template-elementor_header_footer page page-id-15",
        main="", head=head, current="/", full=full,
    )


def home_en(request: Request) -> Response:
    base = base_url(request)
    ens = [s for s in STORIES if s.opts["en"]]
    items = "".join(list_item(base, s, "en") for s in ens)
    main = (
        '<main id="main" class="site-main"><section class="ast-archive-description">'
        f'<h1 class="page-title ast-archive-title">Welcome to {SITE_EN}</h1>'
        "<p>A specialised upper-secondary school in Nam Dinh with a history going back to 1920.</p>"
        f'<p><a href="/en/about/">About our school</a></p></section><div class="ast-row">{items}</div></main>'
    )
    head = seo_head(request, path="/en/", title_raw="Home", og_type="website", lang="en",
                    description=f"Official website of {SITE_EN}.", alternates=("/", "/en/"))
    return page(request, lang="en", title="Home", body_class="home page-template-default page page-id-16",
                main=main, head=head, current="/en/", vi_href="/", en_href="/en/")


# --- pages -----------------------------------------------------------------------------------

def static_page(
    request: Request, path: str, title: str, inner: str, *, lang: str = "vi", page_id: int = 35,
    vi_href: str = "/", en_href: str = "/en/",
) -> Response:
    head = seo_head(request, path=path, title_raw=title, description="", og_type="article", lang=lang)
    main = (
        breadcrumb([(esc(title), None)], lang)
        + f'<main id="main" class="site-main"><article class="post-{page_id} page type-page status-publish ast-article-single" id="post-{page_id}">'
        f'<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">{tx(title)}</h1></header>'
        f'<div class="entry-content clear" itemprop="text">{inner}</div></article></main>'
    )
    return page(request, lang=lang, title=title, body_class=f"page-template-default page page-id-{page_id}",
                main=main, head=head, current=path, vi_href=vi_href, en_href=en_href)


def about(request: Request) -> Response:
    inner = (
        "<p>Trường THPT Chuyên Lê Hồng Phong tiền thân là Trường Thành Chung Nam Định, được thành lập năm 1920. "
        "Năm 1950 trường mang tên đồng chí Lê Hồng Phong, Tổng Bí thư của Đảng; từ năm 1990 trở thành trường chuyên của tỉnh Nam Định.</p>"
        "<p>Hiện nay trường có 45 lớp với gần 1.600 học sinh, 142 cán bộ, giáo viên, nhân viên. Nhà trường hai lần được tặng danh hiệu Anh hùng Lao động.</p>"
        '<h2 class="wp-block-heading">Sứ mệnh</h2><p>Phát hiện, bồi dưỡng học sinh có năng khiếu, đào tạo nguồn nhân lực chất lượng cao cho tỉnh và cả nước.</p>'
    )
    return static_page(request, "/gioi-thieu/", "Giới thiệu chung", inner, page_id=35, vi_href="/gioi-thieu/", en_href="/en/about/")


def about_en(request: Request) -> Response:
    inner = (
        "<p>Le Hong Phong High School for the Gifted traces its origins to the Thanh Chung School of Nam Dinh, founded in 1920. "
        "Today it teaches nearly 1,600 students in 45 classes and runs exchange programmes with partner schools in Singapore, Japan and Australia.</p>"
    )
    return static_page(request, "/en/about/", "About us", inner, lang="en", page_id=36, vi_href="/gioi-thieu/", en_href="/en/about/")


def contact(request: Request) -> Response:
    inner = (
        "<p><strong>Trường THPT Chuyên Lê Hồng Phong</strong><br>Địa chỉ: Số 76 đường Vị Xuyên, phường Vị Xuyên, thành phố Nam Định<br>"
        "Điện thoại: 0228.3 640 297<br>Email: c3lehongphong@namdinh.edu.vn</p>"
        '<div class="wpcf7 no-js" id="wpcf7-f120-p37-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f120-p37-o1" method="post" class="wpcf7-form init" novalidate="novalidate">'
        '<p><label> Họ và tên<br><input size="40" class="wpcf7-form-control wpcf7-text" name="your-name" value="" type="text" /></label></p>'
        '<p><label> Nội dung<br><textarea cols="40" rows="6" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></label></p>'
        '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p></form></div>'
    )
    return static_page(request, "/lien-he/", "Liên hệ", inner, page_id=37)


def admissions(request: Request) -> Response:
    inner = (
        '<div data-elementor-type="wp-page" data-elementor-id="39" class="elementor elementor-39">'
        + el_con("ts", el_widget("ts-text", "text-editor", (
            "<p>Nhà trường tuyển sinh vào lớp 10 chuyên hằng năm theo kế hoạch của Sở GD&amp;ĐT Nam Định. "
            "Thông tin chi tiết năm học 2027 &#8211; 2028 xem tại "
            f'<a href="{permalink(T1)}">thông báo tuyển sinh</a>.</p>'
            "<p>Các chương trình quốc tế: lớp song ngữ Pháp, chương trình trao đổi học sinh với Singapore và Nhật Bản.</p>"
        )))
        + "</div>"
    )
    return static_page(request, "/tuyen-sinh/", "Tuyển sinh", inner, page_id=39)


def gallery_page(request: Request) -> Response:
    base = base_url(request)
    imgs = "".join(
        f'<figure class="wp-block-image size-large">{lazy_img(base, f"{U}/10/album-dai-hoi-doan-{k:02d}-1024x683.jpg", 1024, 683, f"wp-image-{2600 + k}")}</figure>'
        for k in range(1, 5)
    )
    inner = (
        "<p>Một số hình ảnh hoạt động của thầy và trò nhà trường.</p>"
        f'<figure class="wp-block-gallery has-nested-images columns-4 is-cropped">{imgs}</figure>'
    )
    return static_page(request, "/thu-vien-anh/", "Thư viện ảnh", inner, page_id=41)


def attachment(request: Request) -> Response:
    base = base_url(request)
    head = seo_head(request, path=ATTACH_PATH, title_raw=ATTACH_TITLE, description="", og_type="article")
    main = (
        breadcrumb([("Tin tức", "/chuyen-muc/tin-tuc/"), (tx(T1.title), permalink(T1)), (tx(ATTACH_TITLE), None)])
        + '<main id="main" class="site-main"><article class="post-2488 attachment type-attachment status-inherit hentry ast-article-single" id="post-2488">'
        '<div class="ast-post-format- single-layout-1"><header class="entry-header ast-no-thumbnail">'
        f'<h1 class="entry-title" itemprop="headline">{tx(ATTACH_TITLE)}</h1>'
        '<div class="entry-meta"><span class="posted-by vcard author"><a href="/author/quantri_lhp/" rel="author" class="url fn n">'
        f'<span class="author-name">quantri_lhp</span></a></span> / <span class="posted-on"><span class="published"> {vi_day(T1.published_at)} </span></span></div></header>'
        f'<div class="entry-content clear" itemprop="text"><p class="attachment"><a href="{base}{ATTACH_PDF}">{tx(ATTACH_TITLE)}</a></p></div>'
        f"</div></article>{comments_box_attachment()}</main>"
    )
    return page(
        request, lang="vi", title=ATTACH_TITLE,
        body_class="attachment attachment-template-default single single-attachment postid-2488 attachmentid-2488 attachment-pdf",
        main=main, head=head, current="/chuyen-muc/tin-tuc/",
    )


def comments_box_attachment() -> str:
    return (
        '<div id="comments" class="comments-area"><div id="respond" class="comment-respond">'
        '<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>'
        '<form action="/wp-comments-post.php" method="post" class="comment-form"><textarea name="comment"></textarea>'
        "<input type='hidden' name='comment_post_ID' value='2488' /><input type=\"submit\" value=\"Gửi bình luận\" /></form></div></div>"
    )


def search_page(request: Request, query: str) -> Response:
    main = (
        '<main id="main" class="site-main"><section class="ast-archive-description">'
        f'<h1 class="page-title ast-archive-title">Kết quả tìm kiếm cho: {esc(query)}</h1></section>'
        '<section class="no-results not-found"><div class="page-content"><p>Không tìm thấy kết quả phù hợp. '
        "Vui lòng thử lại với từ khóa khác.</p></div></section></main>"
    )
    head = '<meta name="robots" content="noindex, follow" />'
    return page(request, lang="vi", title=f"Bạn đã tìm kiếm {query}", body_class="search search-no-results", main=main, head=head)


def feed(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in STORIES[:10]:
        d = _dt(s.published_at).astimezone(UTC)
        items.append(
            f"<item><title>{esc(s.opts['raw_title'])}</title><link>{base}{permalink(s)}</link>"
            f"<dc:creator><![CDATA[{ACCOUNTS[s.opts['account']][0]}]]></dc:creator>"
            f"<pubDate>{d.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
            + "".join(f"<category><![CDATA[{CATS[c][0]}]]></category>" for c in s.opts["cats"])
            + f'<guid isPermaLink="false">{base}/?p={s.id}</guid>'
            f"<description><![CDATA[{excerpt(s, 40)} [&#8230;]]]></description></item>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{esc(SITE)}</title><link>{base}</link><description>Website chính thức</description>"
        f"<lastBuildDate>Fri, 04 Dec 2026 10:52:11 +0000</lastBuildDate><language>vi</language>{''.join(items)}</channel></rss>"
    )
    return Response(200, xml.encode("utf-8"), {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- routing ---------------------------------------------------------------------------------

_PAGED = re.compile(r"^(?P<base>/(?:.*/)?)page/(?P<n>\d+)/$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"}) if path == ATTACH_PDF else None
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, b"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
                            {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/favicon.ico":
            return static_file(path)
        if path in ("/index.php",):
            return redirect("/", 301)
        if path == "/wp-comments-post.php":
            return Response(405, b"", {"Allow": "POST", "Content-Type": "text/html; charset=UTF-8"})
        if path == "/" and "p" in params:
            story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
            return redirect(permalink(story), 301) if story else None
        if path == "/" and "s" in params:
            return search_page(request, params["s"])
        if path != "/" and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            routed = self._route(request, path + "/")
            return redirect(path + "/", 301) if routed is not None else None
        return self._route(request, path)

    def _route(self, request: Request, path: str) -> Response | None:
        if path == "/":
            return home(request, 1)
        if path == "/feed/":
            return feed(request)
        m = _PAGED.match(path)
        base_path, n = (m.group("base"), int(m.group("n"))) if m else (path, 1)
        if m and n == 1:
            return redirect(base_path, 301)
        if base_path == "/" and m:
            return home(request, n)
        parts = [p for p in base_path.split("/") if p]
        if parts[:1] == ["chuyen-muc"] and len(parts) == 2 and parts[1] in CATS:
            slug = parts[1]
            name, en_slug, _en_name, desc, cid = CATS[slug]
            return archive(
                request, posts=in_cat(slug), base_path=base_path, n=n, heading=name, desc=desc,
                body_class=f"category category-{slug} category-{cid}", current=base_path,
                vi_href=base_path, en_href=f"/en/category/{en_slug}/",
            )
        if parts[:1] == ["tag"] and len(parts) == 2 and parts[1] in TAGS:
            slug = parts[1]
            posts = [s for s in STORIES if slug in s.opts["tags"]]
            return archive(request, posts=posts, base_path=base_path, n=n, heading=TAGS[slug],
                           desc=f"Các bài viết gắn thẻ {TAGS[slug]}", body_class=f"tag tag-{slug}",
                           title=f"{TAGS[slug]} Archives")
        if parts[:1] == ["author"] and len(parts) == 2 and parts[1] in ACCOUNTS:
            login = parts[1]
            posts = [s for s in STORIES if s.opts["account"] == login]
            return archive(request, posts=posts, base_path=base_path, n=n, heading=ACCOUNTS[login][0],
                           desc=ACCOUNTS[login][1] or "Tài khoản quản trị website",
                           body_class=f"author author-{login}")
        if parts[:1] == ["en"]:
            return self._route_en(request, parts[1:], base_path, n)
        if m:
            return None
        if len(parts) == 1:
            slug = parts[0]
            if slug in BY_SLUG:
                return single_post(request, BY_SLUG[slug])
            pages = {
                "gioi-thieu": about, "lien-he": contact, "tuyen-sinh": admissions,
                "thu-vien-anh": gallery_page,
            }
            if slug in pages:
                return pages[slug](request)
        if base_path == ATTACH_PATH:
            return attachment(request)
        return None

    def _route_en(self, request: Request, parts: list[str], base_path: str, n: int) -> Response | None:
        if not parts and n == 1:
            return home_en(request)
        if parts == ["about"] and n == 1:
            return about_en(request)
        if len(parts) == 2 and parts[0] == "category" and parts[1] in EN_CAT:
            vi = EN_CAT[parts[1]]
            posts = [s for s in STORIES if s.opts["en"] and s.opts["cats"][0] == vi]
            return archive(
                request, posts=posts, base_path=base_path, n=n, heading=CATS[vi][2],
                desc=f"{CATS[vi][2]} at {SITE_EN}", body_class=f"category category-{parts[1]}",
                lang="en", current=base_path, vi_href=f"/chuyen-muc/{vi}/", en_href=base_path,
            )
        if len(parts) == 1 and n == 1 and parts[0] in EN_BY_SLUG:
            return single_en(request, EN_BY_SLUG[parts[0]])
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------

def _alt(story: Story) -> list[str]:
    alts = []
    if story.opts["en"]:
        alts.append(en_permalink(story))
    alts += [f"{permalink(story)}?replytocom={c[0]}" for c in story.opts["comments"]]
    for other in STORIES:
        fb = other.opts["fbclid"]
        if fb and fb[0] == story.slug:
            alts.append(f"/{fb[0]}/?fbclid={fb[1]}")
    return alts


GOLD = [
    gold_record(s, permalink(s), CATS[s.opts["cats"][0]][0], alt_paths=_alt(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/tuyen-sinh/",
    "/thu-vien-anh/",
    "/en/about/",
    ATTACH_PATH,
]
