"""Fixture portal: an upper-secondary school's site built with MkDocs + Material for MkDocs (blog plugin).

Platform
--------
MkDocs 1.6 with Material for MkDocs 9.5 and its ``blog`` plugin, set up by the computer-science
teacher of Trường THPT Chu Văn An (Quảng Trị) for the school's news and club pages, rebuilt every
night by a GitHub Actions job (the banner prints the build day, which is "today"). Plugins in the
teacher's ``mkdocs.yml``: ``blog`` (``pagination_per_page: 5``, ``post_excerpt: optional``,
``post_url_format: "{date}/{slug}"``, default Python-Markdown slugify), ``tags``, ``search``,
``git-revision-date-localized`` (``enable_creation_date``), ``glightbox``, ``rss``,
``redirects``; Markdown extensions ``toc`` (``permalink: true``), ``admonition``,
``pymdownx.details``, ``pymdownx.tabbed`` (alternate style), ``footnotes``, ``attr_list``,
``md_in_html``, ``abbr``, ``pymdownx.emoji`` (twemoji), ``pymdownx.highlight``
(``anchor_linenums``). ``language: vi``, but the blog strings the Vietnamese translation lacks fall
back to English ("Continue reading", "Back to index", "Metadata", "min read").

URL scheme (``use_directory_urls``; a static host: the query string is ignored, ``…/index.html``
serves the same page, a directory without its trailing slash answers 301)
  /                                      home (index.md: hero, "Tin mới" cards)
  /blog/  /blog/page/<n>/                blog index, 5 excerpts a page (3 pages)
  /blog/<yyyy>/<mm>/<dd>/<slug>/         a post
  /blog/archive/2026/[page/<n>/]         yearly archive (3 pages)
  /blog/category/<slug>/[page/<n>/]      category indexes (Python-Markdown slugify drops "đ":
                                         "Đoàn - Hội" -> /blog/category/oan-hoi/)
  /tags/                                 tags index
  /gioi-thieu/, /gioi-thieu/doi-ngu/, /cau-lac-bo/, /tai-lieu/, /tai-lieu/ke-hoach-…/,
  /thu-vien-anh/, /video/, /lien-he/     documentation pages (not articles)
  /search/search_index.json, /sitemap.xml(.gz), /feed_rss_created.xml
  /blog/2026/10/15/truong-thpt-chu-van-an-to-chuc-…/  a mkdocs-redirects stub (meta refresh)

Page templates
--------------
* Every page: Material header (logo, title, search form, repo link), navigation tabs, an
  announcement banner with the build day "Thứ Bảy, 05/12/2026" and a notice link, the teacher's
  footer override (address, "Đọc nhiều", links, a Google-Forms poll, visitor counter
  "Đang online / Hôm nay / Tổng truy cập"), Material's copyright bar.
* Docs pages and blog indexes: the primary sidebar prints the whole navigation tree (nested
  ``md-nav__item--nested`` sections with numbered ``__nav_3_2`` toggles: the "drop-downs"),
  the blog section holding "Lưu trữ > 2026" and "Danh mục > …".
* Blog index / archive / category: ``<article class="md-post md-post--excerpt">`` cards: author
  avatars, ``<time>``, "in <category>", "N min read", the excerpt (everything before
  ``<!-- more -->``, headings shifted down one level, the title as ``h2 > a.toclink``), then
  "Continue reading"; ``nav.md-pagination`` with page numbers.
* Post: ``md-sidebar--post`` ("Back to index", author profiles ``<strong>name</strong><br>post``,
  "Metadata": created ``<time>``, an unlabelled updated ``<time>``, "in <category>", read time,
  "Related links"), the TOC sidebar, then ``<article class="md-content__inner md-typeset">``:
  edit button, tags, ``h1`` (with a ``¶`` permalink when the Markdown has one; Material inserts a
  bare ``h1`` from the front matter otherwise), the text, the git-revision ``aside.md-source-file``
  (two dates without visible labels) and the giscus "Bình luận" block.

How each gold article is reached
--------------------------------
All 13 posts are excerpts on /blog/ (page 1: A–E, page 2: F–J, page 3: K–M), on
/blog/archive/2026/ (same split) and on their category index. M (the oldest) is only on page 3 of
the blog and archive and on page 2 of "Tin tức - Sự kiện". G has no ``<!-- more -->``: its
excerpt is the whole post and it is linked only by its title. The home page links A (with Zalo
``utm_`` parameters, from the banner), B, C, D, E (as ``…/index.html``) and L's *old* URL (a
redirect stub). The footer's "Đọc nhiều" links E, B, D, H; tags link B, C, E, F, H; /cau-lac-bo/
links G without its trailing slash (a 301 to the post).

Traps
-----
1. Listings print full text: every blog/archive/category page carries 5 excerpts with
   paragraphs, pictures and "Continue reading"; G is printed whole on /blog/page/2/ with only its
   title ``h2 > a.toclink`` pointing to it. Listings, tags and archive pages are not articles.
2. Permalinks glued to headings: ``h1``/``h2`` end in ``<a class="headerlink">¶</a>``. Gold titles
   and heading paragraphs have no "¶"; ``<title>`` adds " - THPT Chu Văn An"; G's ``<title>``,
   nav and search entry use the shorter front-matter title, the gold title is G's printed ``h1``.
3. Dates everywhere: the banner's build day (today), a second ``<time>`` in the post sidebar
   with no label (the "updated" day, E), the git-revision aside at the foot of the text
   ("5 tháng 12, 2026" / "1 tháng 12, 2026": the day the teacher moved all posts in git), the RSS
   feed's pubDate (git commit times, UTC) and the sitemap's lastmod (build day). Gold: the first
   sidebar ``<time>``, the day it prints ("20 tháng 11, 2026"); its ``datetime`` attribute carries
   the time the teacher typed ("2026-11-20 07:30:00"), which the page never shows: the day alone
   (harmonised with the house's convention after the blind round; the helper's gold took the time).
4. The official notice (A): Material inserts the ``h1``; the post URL says 2026/12/04 but the
   letterhead says "Triệu Phong, ngày 03 tháng 12 năm 2026" -> published_at "2026-12-03";
   letterhead table, "THÔNG BÁO / <subject>" and the closing table ("Nơi nhận", "KT. HIỆU
   TRƯỞNG / PHÓ HIỆU TRƯỞNG / (Đã ký)") are not body; the signer "Phan Thị Lệ Thủy" is the author.
   The lines the editor typed with "- " inside a ``<br>``-split paragraph keep their "- ".
5. Bylines: most posts are published under the "Ban Biên tập" profile (BBT -> nobody) or the
   "Quản trị viên" account (nobody) with the real byline right-aligned at the end of the text
   ("Tin, ảnh: X (Bí thư Đoàn trường)", "Tin: X - Ảnh: Y", "Bài: X (10A2) - Ảnh: CLB Truyền thông",
   "Nhóm PV: X, Y (CLB Truyền thông)", a bold name then "Theo Báo Quảng Trị", a unit "Tổ Văn
   phòng", a name over an italic line with the alumnus's school). Profiles print titles and posts:
   "ThS. Lê Minh Khoa" / "Cô Nguyễn Thị Thu Hà" -> "Lê Minh Khoa" / "Nguyễn Thị Thu Hà".
6. Pictures in four markups: ``figure > a.glightbox > img`` + ``figcaption`` (one caption in
   parentheses, taken off), an ``<img>`` and its ``<em>`` caption in the *same* ``<p>`` (no blank
   line in the Markdown), a separate ``<p><em>`` line, and a credit-only line "Ảnh: X"
   (caption None). ``src`` is relative to the page ("../../../../posts/images/…",
   "../../../../../assets/images/…") and resolves to /blog/posts/images/… or /assets/images/….
   Author avatars, the twemoji "👉" bullets (jsdelivr) and the logo are not article images.
7. Chrome inside ``<article>``: the edit button, the tags ``nav.md-tags`` *before* the ``h1``,
   the git-revision aside and the giscus heading "Bình luận" *after* the text; the TOC sidebar
   repeats the headings; "Related links" in the post sidebar; "Xem thêm: <link>" lines and a
   "📎 Tệp đính kèm" line in the text. None of it is body.
8. Markdown extensions: footnote calls as bare ``<sup>`` numbers (no text) whose notes
   (``div.footnote`` entries, without the "↩" back-link) are the text's own; F writes its call as
   "[1]" in the sentence (kept) with a "Tài liệu tham khảo" section (body); an admonition and a
   ``<details>`` whose titles/summaries are paragraphs; content tabs whose labels are not text
   (only the tab blocks are); a highlighted code block whose lines are paragraphs (the
   ``__codelineno`` anchors are no text); ``<abbr>`` kept as its printed letters.
9. Duplicates and stubs: every post also answers at ``…/index.html`` (E is linked so from home),
   A is linked with ``?utm_source=zalo&utm_medium=oa``; L's title was edited after publication,
   its old URL is a mkdocs-redirects stub (200, "Redirecting...", meta refresh + JS) still linked
   from the home page and from E's "Xem thêm" line; a link without its trailing slash gets a 301.
   All of them go to alt_paths (the stub too: it leads to nothing else).
10. Text in NFD: G's Markdown file was saved decomposed (title and text); gold is NFC.
11. Two categories: J prints "in Đoàn - Hội, Tin tức - Sự kiện" and appears on both category
    pages; gold category is the first printed, "Đoàn - Hội" (the breadcrumb prints only "Tin tức",
    the blog itself, for every post).

Gold decisions on ambiguous points
----------------------------------
* published_at is the post's created ``<time datetime>`` (naive values are Asia/Ho_Chi_Minh); only
  the official notice takes its letterhead day. Harmonised after the blind round with the house's
  convention (tests/portals/README.md): the page prints only the day ("20 tháng 11, 2026"), so the
  gold is the day alone, whatever time the ``datetime`` attribute carries.
* authors: an in-text byline wins over the blog profile; without one, the profile names (degree
  or "Cô" taken off, the description line is the post); BBT / Quản trị viên -> nobody.
  "Ảnh:" in a byline gives the photographers; a unit ("CLB Truyền thông", "Tổ Văn phòng") is
  kept as printed. The credit-only picture line in D names the same person as the byline.
* category: the first category the post prints after "in" (a blog category page title).
* summary: the bold lead paragraph (C, E, H, L, M); B's ``meta description`` is no sapo.
* admonition titles and ``<details>`` summaries are headings of their boxes -> paragraphs; tab
  labels are controls (like a tool bar) -> not text; a code block is one paragraph, its lines
  joined (harmonised with pelican_thcs's gold after the blind round).
* the notice's "1. …"/"2. …" bold lines are headings -> paragraphs; its schedule table rows are
  body (cells joined by " | ", header row included).
* a quote's attribution written as its own paragraph after the ``blockquote`` is body.
"""

from __future__ import annotations

import gzip
import html as _html
import json
import math
import posixpath
import re
import unicodedata
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "mkdocs_material_thpt"
PLATFORM = "MkDocs + Material for MkDocs 9.5 (blog plugin)"
START_PATH = "/"

SITE_NAME = "THPT Chu Văn An"
SCHOOL = "Trường THPT Chu Văn An"
BUILD_DAY = "Thứ Bảy, 05/12/2026"
REPO = "https://github.com/tinhoc-cva/website"
PER_PAGE = 5


def md_slug(value: str, sep: str = "-") -> str:
    """Python-Markdown's ``toc.slugify`` (the blog plugin's default): non-ASCII letters such as
    "đ" are dropped, accents stripped."""
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(rf"[{sep}\s]+", sep, value)


@dataclass(frozen=True)
class PH(P):
    """A paragraph whose printed markup carries inline elements (abbr, links, footnote calls)."""

    markup: str = ""


_FNREF = re.compile(r'<sup id="fnref:[^"]*">.*?</sup>')
_TAGS = re.compile(r"<[^>]+>")


def ph(markup: str, style: str = "") -> PH:
    """A paragraph from its markup; its gold text is the markup without tags and footnote calls."""
    plain = _html.unescape(_TAGS.sub("", _FNREF.sub("", markup)))
    return PH(text=plain, style=style, markup=markup)


def fnref(n: int) -> str:
    return f'<sup id="fnref:{n}"><a class="footnote-ref" href="#fn:{n}">{n}</a></sup>'


# --- people and categories -------------------------------------------------------------------

AUTHORS = {
    "bbt": ("Ban Biên tập", "Website Trường THPT Chu Văn An", "bbt.png"),
    "quantri": ("Quản trị viên", "Tài khoản quản trị website", "quantri.png"),
    "khoalm": ("ThS. Lê Minh Khoa", "Giáo viên Tin học - Quản trị website", "khoalm.jpg"),
    "ducnv": ("Nguyễn Văn Đức", "Chủ nhiệm CLB Tin học, lớp 12A1", "ducnv.jpg"),
    "hantt": ("Cô Nguyễn Thị Thu Hà", "Tổ trưởng Tổ Ngữ văn", "hantt.jpg"),
    "anhpn": ("Phạm Ngọc Ánh", "Giáo viên Tiếng Anh - Phụ trách CLB Speak Up", "anhpn.jpg"),
}

CATS = ["Câu lạc bộ", "Góc học tập", "Thông báo", "Tin tức - Sự kiện", "Đoàn - Hội"]


def cat_url(cat: str) -> str:
    return f"/blog/category/{md_slug(cat)}/"


# --- the posts -------------------------------------------------------------------------------


def _post(sid, title, date, cat, blocks, **kw):
    """A Story with the blog plugin's front matter in ``opts``."""
    opts = kw.pop("opts", {})
    return Story(sid, opts.get("slug") or md_slug(opts.get("fm_title") or title), title,
                 cat, kw.pop("gold_date"), blocks, opts={"date": date, **opts}, **kw)


def _url(s: Story) -> str:
    y, m, d = s.opts["date"][:10].split("-")
    return f"/blog/{y}/{m}/{d}/{s.slug}/"


MORE = Raw("<!-- more -->")

_LETTERHEAD = """<table class="vb-tieude" style="width:100%;border:0;margin:0">
<tr>
<td style="width:42%;text-align:center;vertical-align:top;border:0">SỞ GD&amp;ĐT QUẢNG TRỊ<br>
<strong>TRƯỜNG THPT CHU VĂN AN</strong><br>
<span style="font-size:.8em">———————</span><br>
Số: 312/TB-THPTCVA</td>
<td style="text-align:center;vertical-align:top;border:0"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>
<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br>
<br>
<em>Triệu Phong, ngày 03 tháng 12 năm 2026</em></td>
</tr>
</table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong><br>
<strong>Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"""

_CLOSING = """<table class="vb-ky" style="width:100%;border:0">
<tr>
<td style="width:50%;vertical-align:top;border:0;font-size:.85em"><strong><em>Nơi nhận:</em></strong><br>
- Các tổ chuyên môn;<br>
- GVCN các lớp;<br>
- Đăng website trường;<br>
- Lưu: VT, CM.</td>
<td style="text-align:center;vertical-align:top;border:0"><strong>KT. HIỆU TRƯỞNG<br>
PHÓ HIỆU TRƯỞNG</strong><br>
<br>
<em>(Đã ký)</em><br>
<br>
<strong>Phan Thị Lệ Thủy</strong></td>
</tr>
</table>"""

A = _post(
    1, "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027", "2026-12-04 00:00:00",
    "Thông báo",
    [
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027 đã được Sở Giáo dục và Đào tạo "
          "phê duyệt;", "i"),
        P("Căn cứ Công văn số 2145/SGDĐT-GDTrH ngày 25/11/2026 của Sở Giáo dục và Đào tạo về việc "
          "hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027,", "i"),
        P("Trường THPT Chu Văn An thông báo lịch kiểm tra cuối học kỳ I như sau:"),
        MORE,
        P("1. Thời gian và hình thức", "pb"),
        P("Các môn Ngữ văn, Toán, Tiếng Anh, Lịch sử và các môn lựa chọn kiểm tra tập trung theo "
          "đề chung của trường.", "li"),
        P("Các môn còn lại (Giáo dục thể chất, Hoạt động trải nghiệm, hướng nghiệp, Nội dung giáo "
          "dục của địa phương) giáo viên bộ môn tự tổ chức kiểm tra trên lớp từ ngày 14/12 đến "
          "ngày 19/12/2026.", "li"),
        P("2. Lịch kiểm tra tập trung", "pb"),
        P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài | Giờ phát đề", "th"),
        P("Thứ Hai, 21/12/2026 | Sáng | 10, 11, 12 | Ngữ văn | 90 phút | 7h30", "tr"),
        P("Thứ Hai, 21/12/2026 | Chiều | 10, 11, 12 | Tiếng Anh | 60 phút | 14h00", "tr"),
        P("Thứ Ba, 22/12/2026 | Sáng | 10, 11, 12 | Toán | 90 phút | 7h30", "tr"),
        P("Thứ Ba, 22/12/2026 | Chiều | 10, 11 | Lịch sử | 45 phút | 14h00", "tr"),
        P("Thứ Tư, 23/12/2026 | Sáng | 10, 11, 12 | Các môn lựa chọn (theo tổ hợp) | 45 phút/môn "
          "| 7h30", "tr"),
        P("3. Tổ chức thực hiện", "pb"),
        P("- Các tổ chuyên môn hoàn thành ra đề, phản biện đề và nộp về Phó Hiệu trưởng phụ trách "
          "chuyên môn trước ngày 12/12/2026.", "br"),
        P("- Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh; nhắc nhở "
          "học sinh có mặt tại phòng kiểm tra trước giờ phát đề 15 phút.", "br"),
        P("- Học sinh vắng kiểm tra có lý do chính đáng được bố trí kiểm tra bù từ ngày 28/12 đến "
          "ngày 31/12/2026.", "br"),
        P("Theo kế hoạch, điểm kiểm tra cuối học kỳ I được cập nhật lên hệ thống vnEdu chậm nhất "
          "ngày 06/01/2027. Đề nghị các tổ chuyên môn, giáo viên và học sinh nghiêm túc thực "
          "hiện./."),
        Raw(_CLOSING),
    ],
    gold_date="2026-12-03",
    authors=["Phan Thị Lệ Thủy"],
    opts={"authors": ["bbt"], "h1": "fm", "git": ("4 tháng 12, 2026", "4 tháng 12, 2026"),
          "desc": "Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 của Trường THPT Chu Văn An."},
)

_CODE = [
    "n = int(input())",
    "tong = sum(i for i in range(1, n + 1) if i % 3 == 0)",
    "print(tong)",
]

B = _post(
    2, 'CLB Tin học khởi động cuộc thi "Lập trình Python cho người mới bắt đầu" 🐍',
    "2026-12-02 14:00:00", "Câu lạc bộ",
    [
        ph('Nhằm tạo sân chơi học thuật bổ ích và khơi dậy niềm đam mê công nghệ, Câu lạc bộ Tin '
           'học Trường <abbr title="Trung học phổ thông">THPT</abbr> Chu Văn An tổ chức cuộc thi '
           '"Lập trình Python cho người mới bắt đầu" dành cho học sinh khối 10 và khối 11.'),
        MORE,
        Img("/blog/posts/images/clb-tin-hoc-01.jpg",
            "Thành viên CLB Tin học hướng dẫn các bạn khối 10 cài đặt Thonny trong giờ sinh hoạt "
            "câu lạc bộ",
            "Thành viên CLB Tin học hướng dẫn các bạn khối 10 cài đặt Thonny trong giờ sinh hoạt "
            "câu lạc bộ", "fig"),
        P("Thể lệ cuộc thi", "h2"),
        P("Mỗi thí sinh tham gia với tư cách cá nhân, đăng ký qua giáo viên chủ nhiệm hoặc trực "
          "tiếp tại phòng Tin học 2.", "li"),
        P("Vòng loại (trực tuyến): thí sinh giải 5 bài tập trên hệ thống chấm bài tự động của "
          "trường trong thời gian 120 phút.", "li"),
        P("Vòng chung kết (trực tiếp): 15 thí sinh có điểm cao nhất vòng loại thi tại phòng Tin "
          "học 1 vào sáng Chủ nhật, ngày 27/12/2026.", "li"),
        P("Hạn chót đăng ký: 17h00 ngày 10/12/2026", "admt:warning"),
        P("Thí sinh đăng ký muộn sẽ không được cấp tài khoản thi vòng loại.", "admb"),
        P("Một bài tập mẫu", "h2"),
        ph("Đề bài: nhập số nguyên dương n, tính tổng các số chia hết cho 3 trong đoạn từ 1 đến n. "
           "Lời giải tham khảo:"),
        *[P(line, "code") for line in _CODE],
        ph("Các bạn lưu ý chương trình phải đọc dữ liệu bằng hàm <code>input()</code> và in kết "
           "quả bằng hàm <code>print()</code>, không in thêm dòng chữ hướng dẫn khi nộp bài lên "
           "hệ thống chấm."),
        P("Ban tổ chức sẽ trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và một số giải Khuyến khích. "
          "Những thí sinh xuất sắc được ưu tiên chọn vào đội tuyển Tin học của trường."),
        P("Nhóm Zalo hỗ trợ thí sinh: quét mã QR dán tại bảng tin phòng Tin học.", "ebul"),
    ],
    gold_date="2026-12-02",
    authors=["Lê Minh Khoa", "Nguyễn Văn Đức"],
    opts={"authors": ["khoalm", "ducnv"], "h1": "md", "tags": ["python", "clb tin học"],
          "git": ("3 tháng 12, 2026", "2 tháng 12, 2026"),
          "desc": "Cuộc thi lập trình Python dành cho học sinh khối 10 và 11, đăng ký đến hết "
                  "ngày 10/12/2026.",
          "links": [("Câu lạc bộ của trường", "/cau-lac-bo/")]},
)

C = _post(
    3, "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027", "2026-11-28 00:00:00",
    "Tin tức - Sự kiện",
    [
        P("Từ ngày 09/11 đến ngày 26/11/2026, Trường THPT Chu Văn An tổ chức Hội thi giáo viên dạy "
          "giỏi cấp trường năm học 2026 - 2027 với sự tham gia của 24 giáo viên thuộc 6 tổ chuyên "
          "môn.", "pb"),
        MORE,
        ph("Hội thi là hoạt động chuyên môn thường niên nhằm tôn vinh những thầy cô giáo có năng "
           "lực, tâm huyết, đồng thời tạo điều kiện để giáo viên học hỏi, chia sẻ kinh nghiệm đổi "
           "mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018." + fnref(1)),
        P("Nội dung và hình thức", "h2"),
        P("Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành: một tiết bốc thăm theo kế hoạch "
          "dạy học và một tiết tự chọn có ứng dụng công nghệ thông tin. Ban giám khảo gồm Ban Giám "
          "hiệu, các tổ trưởng chuyên môn và giáo viên cốt cán cấp tỉnh."),
        ph("Điểm mới của hội thi năm nay là phần trình bày biện pháp nâng cao chất lượng giảng "
           "dạy, thay cho sáng kiến kinh nghiệm như các năm trước, theo đúng tinh thần Thông tư "
           "số 22/2019/TT-BGDĐT của Bộ Giáo dục và Đào tạo." + fnref(2)),
        Img("/assets/images/2026/11/gvdg-01.jpg",
            "Cô Trần Thị Mỹ Linh (Tổ Ngoại ngữ) trong tiết dạy thực hành Tiếng Anh lớp 11A4",
            "Cô Trần Thị Mỹ Linh (Tổ Ngoại ngữ) trong tiết dạy thực hành Tiếng Anh lớp 11A4",
            "inp"),
        P("Kết quả", "h2"),
        P("Kết thúc hội thi, Ban tổ chức đã công nhận 18 giáo viên đạt danh hiệu giáo viên dạy "
          "giỏi cấp trường, trong đó có 6 giáo viên xếp loại xuất sắc được đề cử tham gia hội thi "
          "cấp tỉnh."),
        P("Tổ Khoa học tự nhiên có 3 giáo viên xếp loại xuất sắc: thầy Hoàng Văn Quý (Toán), cô "
          "Lê Thị Thanh Tâm (Hóa học) và thầy Nguyễn Đình Phong (Tin học).", "tab:Tổ KHTN"),
        P("Tổ Khoa học xã hội có 3 giáo viên xếp loại xuất sắc: cô Trần Thị Mỹ Linh (Tiếng Anh), "
          "cô Võ Thị Hoài Thương (Ngữ văn) và thầy Phạm Quang Vinh (Lịch sử).", "tab:Tổ KHXH"),
        P("Phát biểu bế mạc hội thi, thầy Trần Văn Hùng, Hiệu trưởng nhà trường ghi nhận sự chuẩn "
          "bị công phu của các giáo viên và đề nghị các tổ chuyên môn tiếp tục tổ chức dự giờ, "
          "rút kinh nghiệm để lan tỏa những tiết dạy hay trong toàn trường."),
        P("Chương trình giáo dục phổ thông ban hành kèm theo Thông tư số 32/2018/TT-BGDĐT ngày "
          "26/12/2018 của Bộ trưởng Bộ Giáo dục và Đào tạo.", "fn:1"),
        P("Thông tư số 22/2019/TT-BGDĐT ngày 20/12/2019 ban hành Quy định về hội thi giáo viên dạy "
          "giỏi cơ sở giáo dục mầm non; giáo viên dạy giỏi, giáo viên chủ nhiệm lớp giỏi cơ sở "
          "giáo dục phổ thông.", "fn:2"),
    ],
    gold_date="2026-11-28",
    authors=["Nguyễn Thị Thu Hà"],
    summary="Từ ngày 09/11 đến ngày 26/11/2026, Trường THPT Chu Văn An tổ chức Hội thi giáo viên "
            "dạy giỏi cấp trường năm học 2026 - 2027 với sự tham gia của 24 giáo viên thuộc 6 tổ "
            "chuyên môn.",
    opts={"authors": ["hantt"], "h1": "md", "tags": ["giáo viên dạy giỏi", "chuyên môn"],
          "git": ("1 tháng 12, 2026", "1 tháng 12, 2026")},
)

D = _post(
    4, "Đoàn trường quyên góp ủng hộ học sinh vùng lũ miền Trung", "2026-11-25 00:00:00",
    "Đoàn - Hội",
    [
        P("Trước những thiệt hại nặng nề do đợt mưa lũ lịch sử cuối tháng 10 gây ra tại nhiều địa "
          "phương miền Trung, Ban Chấp hành Đoàn trường THPT Chu Văn An đã phát động đợt quyên góp "
          '"Áo ấm, sách vở cho bạn vùng lũ" trong toàn thể đoàn viên, học sinh.'),
        MORE,
        P("Chỉ sau hai tuần phát động, các chi đoàn đã quyên góp được hơn 1.200 cuốn vở, 350 bộ "
          "sách giáo khoa, 420 áo ấm cùng số tiền 38.500.000 đồng. Nhiều chi đoàn như 10A1, 11A3, "
          "12A2 đã tổ chức bán đồ handmade, thu gom giấy vụn để gây quỹ."),
        Img("/blog/posts/images/quyen-gop-01.jpg",
            "Đoàn viên các chi đoàn phân loại sách vở trước khi đóng thùng",
            "Đoàn viên các chi đoàn phân loại sách vở trước khi đóng thùng", "nextp"),
        P("Sáng 24/11, đoàn công tác của nhà trường do thầy Trần Văn Hùng, Hiệu trưởng dẫn đầu đã "
          "trực tiếp trao số hàng trên đến Trường THPT Hải Lăng và Trường THCS Hải Ba, hai trong "
          "những đơn vị bị thiệt hại nặng nhất."),
        Img("/blog/posts/images/quyen-gop-02.jpg", "Ảnh: Nguyễn Thu Trang", None, "nextp"),
        P("“Những thùng sách vở này không chỉ là quà tặng mà còn là tình cảm, sự sẻ chia của các "
          "bạn học sinh Chu Văn An. Chúng em sẽ cố gắng học tập thật tốt.”", "quote"),
        P("Em Lê Thị Ngọc Hân, học sinh lớp 11B2 Trường THPT Hải Lăng xúc động chia sẻ khi nhận "
          "quà."),
        P("Đợt quyên góp tiếp tục được duy trì đến hết ngày 30/11/2026. Mọi đóng góp xin gửi về "
          "Văn phòng Đoàn trường (phòng 105, dãy nhà A)."),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thu Trang</strong> '
            "(Bí thư Đoàn trường)</p>"),
    ],
    gold_date="2026-11-25",
    authors=["Nguyễn Thu Trang"], photographers=["Nguyễn Thu Trang"],
    opts={"authors": ["bbt"], "h1": "md", "git": ("1 tháng 12, 2026", "1 tháng 12, 2026")},
)

_L_NEW_TITLE = "Hội nghị viên chức, người lao động Trường THPT Chu Văn An năm học 2026 - 2027"
_L_OLD_TITLE = ("Trường THPT Chu Văn An tổ chức Hội nghị viên chức, người lao động năm học "
                "2026 - 2027")
L_OLD_PATH = f"/blog/2026/10/15/{md_slug(_L_OLD_TITLE)}/"

E = _post(
    5, "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026", "2026-11-20 07:30:00",
    "Tin tức - Sự kiện",
    [
        P("Sáng 20/11, Trường THPT Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
          "Việt Nam (20/11/1982 - 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND "
          "xã Triệu Phong, Ban đại diện cha mẹ học sinh cùng đông đảo các thế hệ cựu giáo viên, "
          "cựu học sinh của trường.", "pb"),
        MORE,
        Img("/assets/images/2026/11/le-20-11-01.jpg",
            "Tiết mục văn nghệ chào mừng do học sinh khối 11 biểu diễn",
            "Tiết mục văn nghệ chào mừng do học sinh khối 11 biểu diễn", "fig"),
        P("Mở đầu chương trình là các tiết mục văn nghệ đặc sắc do học sinh các lớp dàn dựng, với "
          'những ca khúc quen thuộc về thầy cô và mái trường như "Bụi phấn", "Người thầy", '
          '"Mái trường mến yêu".'),
        P("Ôn lại truyền thống Ngày Nhà giáo Việt Nam, thầy Trần Văn Hùng, Hiệu trưởng nhà trường "
          "cho biết: năm học 2025 - 2026, tập thể sư phạm nhà trường đã hoàn thành xuất sắc nhiệm "
          "vụ với tỷ lệ tốt nghiệp THPT đạt 99,6%, có 27 học sinh đạt giải học sinh giỏi cấp tỉnh "
          "và 1 học sinh đạt giải Ba kỳ thi chọn học sinh giỏi quốc gia môn Ngữ văn."),
        P("Mỗi thầy cô giáo hãy luôn là tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh "
          "noi theo. Đó là cách tri ân thiết thực nhất mà chúng ta dành cho nghề.", "quote"),
        Img("/assets/images/2026/11/le-20-11-02.jpg",
            "Đại diện Ban đại diện cha mẹ học sinh tặng hoa chúc mừng tập thể giáo viên nhà trường",
            "Đại diện Ban đại diện cha mẹ học sinh tặng hoa chúc mừng tập thể giáo viên nhà trường",
            "inp"),
        P("Khen thưởng và tri ân", "h2"),
        P("Dịp này, nhà trường đã khen thưởng 15 giáo viên có thành tích xuất sắc trong công tác "
          "bồi dưỡng học sinh giỏi và 8 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh chu kỳ "
          "2024 - 2026."),
        P("Buổi lễ khép lại trong không khí ấm áp với phần giao lưu giữa các thế hệ thầy trò, để "
          "lại nhiều cảm xúc cho các thầy cô đã nghỉ hưu khi trở về thăm trường."),
        Raw(f'<p>Xem thêm: <a href="@{L_OLD_PATH}">{esc(_L_OLD_TITLE)}</a></p>'),
        Raw('<p style="text-align: right"><em>Tin: Lê Thị Hồng Nhung - Ảnh: Trần Quốc Bảo</em></p>'),
    ],
    gold_date="2026-11-20",
    authors=["Lê Thị Hồng Nhung"], photographers=["Trần Quốc Bảo"],
    summary="Sáng 20/11, Trường THPT Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam (20/11/1982 - 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND "
            "xã Triệu Phong, Ban đại diện cha mẹ học sinh cùng đông đảo các thế hệ cựu giáo viên, "
            "cựu học sinh của trường.",
    opts={"authors": ["bbt"], "h1": "md", "updated": "2026-11-22 00:00:00",
          "tags": ["20-11", "tri ân"], "git": ("5 tháng 12, 2026", "1 tháng 12, 2026")},
)

F = _post(
    6, "Ôn thi đánh giá năng lực: 5 kinh nghiệm từ cựu học sinh đạt 1.012 điểm",
    "2026-11-17 00:00:00", "Góc học tập",
    [
        P("Kỳ thi đánh giá năng lực của Đại học Quốc gia TP. Hồ Chí Minh năm 2027 dự kiến diễn ra "
          "hai đợt vào tháng 4 và tháng 5. Để giúp các em học sinh khối 12 chuẩn bị tốt, Góc học "
          "tập kỳ này giới thiệu chia sẻ của anh Hoàng Đức Minh, cựu học sinh lớp 12A1, người đạt "
          "1.012/1.200 điểm trong kỳ thi năm 2026."),
        MORE,
        P("1. Nắm chắc cấu trúc đề thi", "h2"),
        P("Bài thi gồm 120 câu hỏi trắc nghiệm làm trong 150 phút, chia thành ba phần: sử dụng "
          "ngôn ngữ, toán học và tư duy khoa học. Mình dành tuần đầu tiên chỉ để làm quen với đề "
          "minh họa và ghi lại những dạng câu mình hay sai."),
        P("2. Luyện đề có bấm giờ", "h2"),
        P("Mỗi tuần mình làm ít nhất hai đề đầy đủ, bấm giờ nghiêm túc như thi thật. Quan trọng "
          "nhất là sau mỗi đề phải dành thời gian xem lại từng câu sai và tự hỏi vì sao mình "
          "sai.[1]"),
        P("3. Đừng bỏ qua phần tư duy khoa học", "h2"),
        P("Nhiều bạn chỉ tập trung vào toán mà xem nhẹ phần tư duy khoa học, trong khi đây là phần "
          "dễ ăn điểm nếu đọc kỹ bảng số liệu và biểu đồ."),
        P("Lịch ôn tập gợi ý trong 8 tuần", "dets:tip"),
        P("Tuần 1 - 2: làm đề minh họa, xác định điểm yếu.", "detli"),
        P("Tuần 3 - 5: ôn theo chuyên đề, mỗi ngày 90 phút.", "detli"),
        P("Tuần 6 - 8: luyện đề tổng hợp có bấm giờ, mỗi tuần 2 - 3 đề.", "detli"),
        P("4. Giữ sức khỏe và tâm lý", "h2"),
        P("Ngủ đủ 7 tiếng mỗi đêm trong giai đoạn nước rút quan trọng hơn nhiều so với thức khuya "
          "làm thêm một đề."),
        P("5. Đọc sách để tăng tốc độ đọc hiểu", "h2"),
        P("Phần sử dụng ngôn ngữ có nhiều đoạn văn dài, vì vậy thói quen đọc sách mỗi ngày sẽ giúp "
          "các em đọc nhanh và nắm ý chính tốt hơn. Chúc các em có một mùa thi thành công!"),
        Raw('<p style="text-align: right;"><strong>Hoàng Đức Minh</strong><br>\n'
            "<em>Cựu học sinh lớp 12A1, khóa 2023 - 2026, sinh viên Trường Đại học Bách khoa - "
            "ĐHQG TP.HCM</em></p>"),
        P("Tài liệu tham khảo", "h2"),
        P("[1] Trung tâm Khảo thí Đại học Quốc gia TP. Hồ Chí Minh, Cấu trúc bài thi đánh giá năng "
          "lực năm 2027, tháng 9/2026."),
    ],
    gold_date="2026-11-17",
    authors=["Hoàng Đức Minh"],
    opts={"authors": ["bbt"], "h1": "md", "tags": ["ôn thi", "đánh giá năng lực"],
          "git": ("1 tháng 12, 2026", "1 tháng 12, 2026"), "xem_them": "K"},
)

_G_H1 = 'CLB Tiếng Anh "Speak Up" giao lưu với tình nguyện viên quốc tế đến từ Úc và Canada'

G = _post(
    7, _G_H1, "2026-11-13 00:00:00", "Câu lạc bộ",
    [
        P('Chiều 12/11, Câu lạc bộ Tiếng Anh "Speak Up" đã có buổi giao lưu thú vị với 4 tình '
          'nguyện viên đến từ Úc và Canada thuộc dự án "English for Rural Schools" đang hoạt động '
          "tại Quảng Trị."),
        Img("/blog/posts/images/speak-up-01.jpg",
            'Các thành viên CLB Speak Up cùng tình nguyện viên chơi trò chơi "Hot seat"',
            'Các thành viên CLB Speak Up cùng tình nguyện viên chơi trò chơi "Hot seat"', "fig"),
        P("Trong hơn hai giờ, các bạn học sinh đã cùng tình nguyện viên tham gia nhiều hoạt động "
          "như giới thiệu về quê hương Quảng Trị, chơi trò chơi đoán từ và thảo luận nhóm về chủ "
          'đề "Our dream jobs".'),
        P('Bạn Nguyễn Khánh Vy (lớp 11A4) chia sẻ: "Lúc đầu em rất run vì sợ nói sai, nhưng các '
          'anh chị tình nguyện viên rất thân thiện nên em đã mạnh dạn hơn nhiều."'),
        P("CLB Speak Up sinh hoạt vào chiều thứ Năm hằng tuần tại phòng Ngoại ngữ 2. Các bạn yêu "
          "thích tiếng Anh có thể đăng ký tham gia qua cô Phạm Ngọc Ánh."),
    ],
    gold_date="2026-11-13",
    authors=["Phạm Ngọc Ánh"],
    opts={"authors": ["anhpn"], "h1": "md", "nfd": True,
          "fm_title": "CLB Speak Up giao lưu với tình nguyện viên quốc tế",
          "git": ("1 tháng 12, 2026", "1 tháng 12, 2026")},
)

H = _post(
    8, "Học sinh Trường THPT Chu Văn An đạt 5 giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh",
    "2026-11-09 16:45:00+07:00", "Tin tức - Sự kiện",
    [
        P("Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Quảng Trị năm học "
          "2026 - 2027 vừa kết thúc, học sinh Trường THPT Chu Văn An đã xuất sắc giành 1 giải "
          "Nhất, 1 giải Nhì, 2 giải Ba và 1 giải Khuyến khích.", "pb"),
        MORE,
        P("Cuộc thi năm nay thu hút 86 dự án của học sinh đến từ 34 trường THPT và THCS trong toàn "
          "tỉnh, tập trung vào các lĩnh vực kỹ thuật môi trường, phần mềm hệ thống, vi sinh, khoa "
          "học xã hội và hành vi."),
        P('Dự án đạt giải Nhất "Hệ thống cảnh báo sớm ngập lụt cho vùng trũng sử dụng cảm biến '
          'IoT" của hai em Nguyễn Hoàng Phúc và Lê Bảo Ngọc (lớp 11A1) được Ban giám khảo đánh giá '
          "cao về tính thực tiễn đối với địa phương thường xuyên chịu ảnh hưởng của bão lũ."),
        Img("/assets/images/2026/11/khkt-01.jpg",
            "Em Nguyễn Hoàng Phúc giới thiệu mô hình cảnh báo ngập lụt với Ban giám khảo",
            "Em Nguyễn Hoàng Phúc giới thiệu mô hình cảnh báo ngập lụt với Ban giám khảo",
            "centerp"),
        P("Danh sách các dự án đạt giải:"),
        P("STT | Tên dự án | Học sinh thực hiện | Lĩnh vực | Giải", "th"),
        P("1 | Hệ thống cảnh báo sớm ngập lụt cho vùng trũng sử dụng cảm biến IoT | Nguyễn Hoàng "
          "Phúc, Lê Bảo Ngọc (11A1) | Kỹ thuật môi trường | Nhất", "tr"),
        P("2 | Ứng dụng hỗ trợ ôn tập từ vựng tiếng Anh bằng trí tuệ nhân tạo | Trần Minh Quân "
          "(12A1) | Phần mềm hệ thống | Nhì", "tr"),
        P("3 | Chế phẩm sinh học xử lý rơm rạ sau thu hoạch từ nấm Trichoderma | Hồ Thị Kim Oanh, "
          "Phan Văn Lực (12A3) | Vi sinh | Ba", "tr"),
        P("4 | Thực trạng sử dụng mạng xã hội của học sinh THPT vùng nông thôn Quảng Trị và giải "
          "pháp | Đặng Thùy Dung (11B1) | Khoa học xã hội và hành vi | Ba", "tr"),
        P("5 | Máy tưới cây tự động dùng năng lượng mặt trời | Võ Đức Anh (10A2) | Kỹ thuật cơ "
          "khí | Khuyến khích", "tr"),
        P("Dự án đạt giải Nhất sẽ được lựa chọn tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia "
          "dành cho học sinh trung học vào tháng 3/2027."),
        Raw('<p style="text-align: right;"><strong>Hoài Nam</strong></p>'),
        Raw('<p style="text-align: right;"><em>Theo Báo Quảng Trị</em></p>'),
    ],
    gold_date="2026-11-09",
    authors=["Hoài Nam"], source="Báo Quảng Trị",
    summary="Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Quảng Trị năm học "
            "2026 - 2027 vừa kết thúc, học sinh Trường THPT Chu Văn An đã xuất sắc giành 1 giải "
            "Nhất, 1 giải Nhì, 2 giải Ba và 1 giải Khuyến khích.",
    opts={"authors": ["bbt"], "h1": "md", "tags": ["khoa học kỹ thuật", "học sinh giỏi"],
          "git": ("1 tháng 12, 2026", "1 tháng 12, 2026")},
)

I = _post(  # noqa: E741
    9, "Thông báo về việc tham gia bảo hiểm y tế học sinh năm 2027", "2026-11-05 00:00:00",
    "Thông báo",
    [
        P("Thực hiện Luật Bảo hiểm y tế và hướng dẫn của Bảo hiểm xã hội tỉnh Quảng Trị, nhà trường "
          "thông báo đến cha mẹ học sinh và học sinh về việc tham gia bảo hiểm y tế (BHYT) học "
          "sinh năm 2027 như sau:"),
        MORE,
        P("1. Đối tượng", "pb"),
        P("Tất cả học sinh đang theo học tại trường, trừ những em đã có thẻ BHYT thuộc nhóm đối "
          "tượng khác (hộ nghèo, cận nghèo, con của người có công với cách mạng, người dân tộc "
          "thiểu số sinh sống tại vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn…)."),
        P("2. Mức đóng và thời hạn sử dụng thẻ", "pb"),
        P("Mức đóng: 884.520 đồng/học sinh/12 tháng (ngân sách nhà nước hỗ trợ 30% mức đóng).",
          "li"),
        P("Thời hạn sử dụng thẻ: từ ngày 01/01/2027 đến ngày 31/12/2027.", "li"),
        P("3. Thời gian nộp", "pb"),
        P("Giáo viên chủ nhiệm thu tờ khai và nộp về Văn phòng nhà trường trước ngày 25/11/2026. "
          "Theo kế hoạch, thẻ BHYT sẽ được cấp phát cho học sinh trong tuần đầu tháng 01/2027."),
        P("Mọi thắc mắc xin liên hệ cô Nguyễn Thị Hạnh, nhân viên Văn phòng, điện thoại "
          "0233 3861 245.", "ebul"),
        Raw('<p>📎 <strong>Tệp đính kèm:</strong> <a href="@/tai-lieu/files/mau-tk1-ts.pdf">'
            "Mẫu TK1-TS - Tờ khai tham gia, điều chỉnh thông tin BHXH, BHYT (PDF, 212 KB)</a></p>"),
        Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
    ],
    gold_date="2026-11-05",
    authors=["Tổ Văn phòng"],
    opts={"authors": ["bbt"], "h1": "md", "git": ("1 tháng 12, 2026", "1 tháng 12, 2026")},
)

J = _post(
    10, 'Chi đoàn 12A1 giành giải Nhất Hội thi "Rung chuông vàng" chủ đề Em yêu biển đảo quê '
        "hương", "2026-10-30 00:00:00", "Đoàn - Hội",
    [
        P('Chiều 29/10, Đoàn trường THPT Chu Văn An tổ chức Hội thi "Rung chuông vàng" với chủ đề '
          '"Em yêu biển đảo quê hương", thu hút 120 đoàn viên đến từ 30 chi đoàn tham gia.'),
        MORE,
        P("Hội thi gồm 25 câu hỏi với nội dung xoay quanh chủ quyền biển đảo Việt Nam, lịch sử, "
          "địa lý và văn hóa của các huyện đảo, đặc khu, trong đó có đặc khu Cồn Cỏ của tỉnh Quảng "
          "Trị."),
        Img("/blog/posts/images/rung-chuong-vang-01.jpg",
            '(Các thí sinh tham gia vòng loại Hội thi "Rung chuông vàng")',
            'Các thí sinh tham gia vòng loại Hội thi "Rung chuông vàng"', "fig"),
        P("Sau những phần thi gay cấn, em Lê Thị Minh Thư (Chi đoàn 12A1) là thí sinh duy nhất "
          "vượt qua câu hỏi cuối cùng và rung tiếng chuông vàng, mang về giải Nhất cho tập thể "
          "lớp."),
        P("Giải Nhì thuộc về Chi đoàn 11A2; giải Ba thuộc về Chi đoàn 10A5 và Chi đoàn 12A4."),
        Img("/blog/posts/images/rung-chuong-vang-02.jpg",
            "Ban tổ chức trao giải cho các chi đoàn đạt giải",
            "Ban tổ chức trao giải cho các chi đoàn đạt giải", "fig"),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Võ Khánh Linh</strong><br>\n'
            "<em>(Phó Bí thư Đoàn trường)</em></p>"),
    ],
    gold_date="2026-10-30",
    authors=["Võ Khánh Linh"], photographers=["Võ Khánh Linh"],
    opts={"authors": ["bbt"], "h1": "md", "cats": ["Đoàn - Hội", "Tin tức - Sự kiện"],
          "git": ("1 tháng 12, 2026", "1 tháng 12, 2026")},
)

K = _post(
    11, 'CLB Sách và Hành động ra mắt mô hình "Tủ sách lớp học"', "2026-10-22 00:00:00",
    "Câu lạc bộ",
    [
        P("Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, ngày 21/10, Câu lạc bộ Sách "
          'và Hành động Trường THPT Chu Văn An chính thức ra mắt mô hình "Tủ sách lớp học" tại 30 '
          "lớp học trong toàn trường."),
        MORE,
        P("Mỗi tủ sách ban đầu có từ 30 đến 50 đầu sách do học sinh, thầy cô và cựu học sinh quyên "
          "góp, gồm sách văn học, kỹ năng sống, khoa học phổ thông và sách tham khảo các môn học."),
        Img("/blog/posts/images/tu-sach-01.jpg", "Thành viên CLB sắp xếp sách cho tủ sách lớp 10A2",
            "Thành viên CLB sắp xếp sách cho tủ sách lớp 10A2", "inp"),
        P('Các lớp tự cử "thủ thư nhí" để quản lý việc mượn, trả sách và ghi chép vào sổ theo dõi. '
          "Cuối mỗi tháng, CLB sẽ tổng hợp và tuyên dương những lớp có số lượt đọc nhiều nhất."),
        P('Chia sẻ về ý tưởng, bạn Lê Hoàng Yến, Chủ nhiệm CLB cho biết: "Chúng em mong mỗi bạn '
          "học sinh sẽ đọc ít nhất một cuốn sách mỗi tháng, bắt đầu từ chính góc nhỏ trong lớp học "
          'của mình".'),
        P("Thời gian mượn sách: giờ ra chơi và 15 phút đầu giờ các buổi sáng thứ Hai, thứ Tư, thứ "
          "Sáu.", "li"),
        P("Mỗi học sinh được mượn tối đa 2 cuốn trong 2 tuần.", "li"),
        Raw('<p style="text-align:right"><em>Bài: Trần Gia Hân (10A2) - Ảnh: CLB Truyền thông'
            "</em></p>"),
    ],
    gold_date="2026-10-22",
    authors=["Trần Gia Hân"], photographers=["CLB Truyền thông"],
    opts={"authors": ["bbt"], "h1": "md", "git": ("1 tháng 12, 2026", "1 tháng 12, 2026")},
)

L = _post(
    12, _L_NEW_TITLE, "2026-10-15 00:00:00", "Tin tức - Sự kiện",
    [
        P("Chiều 14/10, Trường THPT Chu Văn An tổ chức Hội nghị viên chức, người lao động năm học "
          "2026 - 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ năm học 2025 - 2026 và bàn giải "
          "pháp thực hiện nhiệm vụ năm học mới.", "pb"),
        MORE,
        P("Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 - 2026, phương hướng "
          "nhiệm vụ năm học 2026 - 2027; báo cáo công khai tài chính và báo cáo hoạt động của Ban "
          "Thanh tra nhân dân."),
        P("Năm học 2026 - 2027, nhà trường đặt mục tiêu duy trì tỷ lệ tốt nghiệp THPT trên 99%, "
          "phấn đấu có từ 30 học sinh đạt giải học sinh giỏi cấp tỉnh trở lên và hoàn thành việc "
          "xây dựng phòng học STEM thứ hai."),
        Img("/assets/images/2026/10/hoi-nghi-vc-01.jpg",
            "Quang cảnh Hội nghị viên chức, người lao động năm học 2026 - 2027",
            "Quang cảnh Hội nghị viên chức, người lao động năm học 2026 - 2027", "fig"),
        P("Tại hội nghị, các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết về "
          "công tác chủ nhiệm, đổi mới kiểm tra đánh giá và chế độ chính sách cho giáo viên. Hội "
          "nghị cũng đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí."),
        P("Kết thúc hội nghị, lãnh đạo nhà trường và Chủ tịch Công đoàn đã ký kết giao ước thi đua "
          "năm học 2026 - 2027."),
    ],
    gold_date="2026-10-15",
    summary="Chiều 14/10, Trường THPT Chu Văn An tổ chức Hội nghị viên chức, người lao động năm "
            "học 2026 - 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ năm học 2025 - 2026 và bàn "
            "giải pháp thực hiện nhiệm vụ năm học mới.",
    opts={"authors": ["quantri"], "h1": "md", "git": ("1 tháng 12, 2026", "1 tháng 12, 2026"),
          "updated": "2026-10-17 00:00:00"},
)

M = _post(
    13, 'Ngoại khóa "Em yêu lịch sử quê hương" tại Thành cổ Quảng Trị', "2026-10-06 00:00:00",
    "Tin tức - Sự kiện",
    [
        P("Ngày 04/10, hơn 400 học sinh khối 10 Trường THPT Chu Văn An đã tham gia chương trình "
          'ngoại khóa "Em yêu lịch sử quê hương" tại Khu di tích Thành cổ Quảng Trị và Nghĩa '
          "trang Liệt sĩ Quốc gia Trường Sơn.", "pb"),
        MORE,
        P("Tại Thành cổ Quảng Trị, các em được nghe thuyết minh viên giới thiệu về 81 ngày đêm "
          "chiến đấu anh dũng năm 1972, tham quan Bảo tàng Thành cổ và thả hoa đăng trên dòng "
          "Thạch Hãn tưởng nhớ các anh hùng liệt sĩ."),
        Img("/blog/posts/images/ngoai-khoa-01.jpg",
            "Học sinh khối 10 dâng hương tại Đài tưởng niệm trung tâm Thành cổ Quảng Trị",
            "Học sinh khối 10 dâng hương tại Đài tưởng niệm trung tâm Thành cổ Quảng Trị", "inp"),
        P("Buổi chiều, đoàn đến dâng hương tại Nghĩa trang Liệt sĩ Quốc gia Trường Sơn và tham gia "
          "chăm sóc, quét dọn phần mộ các liệt sĩ."),
        Img("/blog/posts/images/ngoai-khoa-02.jpg", None, None, "bare"),
        P("Sau chuyến đi, mỗi lớp sẽ thực hiện một sản phẩm thu hoạch dưới dạng video ngắn hoặc "
          'báo tường để tham gia cuộc thi "Sử xanh lưu dấu" do Đoàn trường phát động.'),
        Raw('<p style="text-align: right;"><em>Nhóm PV: Lê Văn Tú, Hồ Ngọc Mai (CLB Truyền thông)'
            "</em></p>"),
    ],
    gold_date="2026-10-06",
    authors=["Lê Văn Tú", "Hồ Ngọc Mai"],
    summary="Ngày 04/10, hơn 400 học sinh khối 10 Trường THPT Chu Văn An đã tham gia chương trình "
            'ngoại khóa "Em yêu lịch sử quê hương" tại Khu di tích Thành cổ Quảng Trị và Nghĩa '
            "trang Liệt sĩ Quốc gia Trường Sơn.",
    opts={"authors": ["bbt"], "h1": "md", "git": ("1 tháng 12, 2026", "1 tháng 12, 2026")},
)

POSTS = [A, B, C, D, E, F, G, H, I, J, K, L, M]  # newest first, as the blog sorts them
_BY_KEY = dict(zip("ABCDEFGHIJKLM", POSTS, strict=True))


def cats_of(s: Story) -> list[str]:
    return s.opts.get("cats") or [s.cat]


def fm_title(s: Story) -> str:
    return s.opts.get("fm_title") or s.title


# --- URLs --------------------------------------------------------------------------------------


def rel(cur: str, target: str) -> str:
    """MkDocs' relative URL from the page at directory ``cur`` to a site path ``target``."""
    frag = ""
    if "#" in target:
        target, frag = target.split("#", 1)
        frag = "#" + frag
    query = ""
    if "?" in target:
        target, query = target.split("?", 1)
        query = "?" + query
    if cur == "/404.html":  # MkDocs writes the 404 page with absolute URLs (site_url)
        return target + query + frag
    cur_dir = cur if cur.endswith("/") else posixpath.dirname(cur) + "/"
    is_dir = target.endswith("/")
    out = posixpath.relpath(target.rstrip("/") or "/", cur_dir.rstrip("/") or "/")
    if is_dir:
        out = "./" if out == "." else out + "/"
    if out == "./":
        out = "."
    return out + query + frag


_AT = re.compile(r'(href|src|data)="@(/[^"]*)"')


def fix_links(markup: str, cur: str) -> str:
    return _AT.sub(lambda m: f'{m.group(1)}="{rel(cur, m.group(2))}"', markup)


def vi_date(value: str) -> str:
    y, m, d = (int(x) for x in value[:10].split("-"))
    return f"{d} tháng {m}, {y}"


# --- icons -------------------------------------------------------------------------------------

_SVG = {
    "menu": "M3 6h18v2H3V6m0 5h18v2H3v-2m0 5h18v2H3v-2Z",
    "search": "M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.516 6.516 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5Z",
    "back": "M20 11v2H8l5.5 5.5-1.42 1.42L4.16 12l7.92-7.92L13.5 5.5 8 11h12Z",
    "calendar": "M19 19H5V8h14m-3-7v2H8V1H6v2H5c-1.11 0-2 .89-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2h-1V1m-1 11h-5v5h5v-5Z",
    "calendar-clock": "M15 13h1.5v2.82l2.44 1.41-.75 1.3L15 16.69V13m4-5H5v11h4.67c-.43-.91-.67-1.93-.67-3a7 7 0 0 1 7-7c1.07 0 2.09.24 3 .67V8M5 21a2 2 0 0 1-2-2V5c0-1.11.89-2 2-2h1V1h2v2h8V1h2v2h1a2 2 0 0 1 2 2v6.1c1.24 1.26 2 2.99 2 4.9a7 7 0 0 1-7 7c-1.91 0-3.64-.76-4.9-2H5m11-9.85A4.85 4.85 0 0 0 11.15 16c0 2.68 2.17 4.85 4.85 4.85A4.85 4.85 0 0 0 20.85 16c0-2.68-2.17-4.85-4.85-4.85Z",
    "bookshelf": "M9 3v15h3V3H9m3 2 4 13 3-1-4-13-3 1M5 5v13h3V5H5M3 19v2h18v-2H3Z",
    "clock": "M12 20a8 8 0 0 0 8-8 8 8 0 0 0-8-8 8 8 0 0 0-8 8 8 8 0 0 0 8 8m0-18a10 10 0 0 1 10 10 10 10 0 0 1-10 10C6.47 22 2 17.5 2 12A10 10 0 0 1 12 2m.5 5v5.25l4.5 2.67-.75 1.23L11 13V7h1.5Z",
    "edit": "M10 20H6V4h7v5h5v3.1l2-2V8l-6-6H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h4v-2m10.2-7c.1 0 .3.1.4.2l1.3 1.3c.2.2.2.6 0 .8l-1 1-2.1-2.1 1-1c.1-.1.2-.2.4-.2m0 3.9L14.1 23H12v-2.1l6.1-6.1 2.1 2.1Z",
    "git": "M439.55 236.05 244 40.45a28.87 28.87 0 0 0-40.81 0l-40.66 40.63 51.52 51.52c27.06-9.14 52.68 16.77 43.39 43.68l49.66 49.66c34.23-11.8 61.18 31 35.47 56.69-26.49 26.49-70.21-2.87-56-37.34L240.22 199v121.85c25.3 12.54 22.26 41.85 9.08 55a34.34 34.34 0 0 1-48.55 0c-17.57-17.6-11.07-46.91 11.25-56v-123c-20.8-8.51-24.6-30.74-18.64-45L142.57 101 8.45 235.14a28.86 28.86 0 0 0 0 40.81l195.61 195.6a28.86 28.86 0 0 0 40.8 0l194.69-194.69a28.86 28.86 0 0 0 0-40.81z",
    "newspaper": "M20 5v14H4V5h16m0-2H4c-1.11 0-2 .89-2 2v14c0 1.11.89 2 2 2h16c1.11 0 2-.89 2-2V5c0-1.11-.89-2-2-2m-2 12H6v2h12v-2m-8-8H6v6h4V7m2 2h6V7h-6v2m6 2h-6v2h6v-2Z",
}


def svg(name: str) -> str:
    box = "0 0 448 512" if name == "git" else "0 0 24 24"
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{box}"><path d="{_SVG[name]}"/></svg>'


_TWEMOJI = "https://cdn.jsdelivr.net/gh/jdecked/twemoji@15.0.3/assets/svg/"

# --- navigation ----------------------------------------------------------------------------------

TABS = [
    ("Trang chủ", "/"),
    ("Giới thiệu", "/gioi-thieu/"),
    ("Tin tức", "/blog/"),
    ("Câu lạc bộ", "/cau-lac-bo/"),
    ("Tài liệu", "/tai-lieu/"),
    ("Thư viện", "/thu-vien-anh/"),
    ("Liên hệ", "/lien-he/"),
]

DOC_KE_HOACH = "/tai-lieu/ke-hoach-giao-duc-nha-truong-2026-2027/"

NAV: list = [
    ("Trang chủ", "/"),
    ("Giới thiệu", [("Giới thiệu chung", "/gioi-thieu/"),
                    ("Đội ngũ cán bộ, giáo viên", "/gioi-thieu/doi-ngu/")]),
    ("Tin tức", [("Tin tức", "/blog/"),
                 ("Lưu trữ", [("2026", "/blog/archive/2026/")]),
                 ("Danh mục", [(c, cat_url(c)) for c in CATS])]),
    ("Câu lạc bộ", "/cau-lac-bo/"),
    ("Tài liệu", [("Văn bản - Kế hoạch", "/tai-lieu/"),
                  ("Kế hoạch giáo dục năm học 2026 - 2027", DOC_KE_HOACH)]),
    ("Thư viện", [("Thư viện ảnh", "/thu-vien-anh/"), ("Video", "/video/")]),
    ("Liên hệ", "/lien-he/"),
]


def _contains(node, path: str) -> bool:
    _, target = node
    if isinstance(target, str):
        return target == path
    return any(_contains(child, path) for child in target)


def _nav_items(items, cur: str, active: str, prefix: str, level: int) -> str:
    out = []
    for i, node in enumerate(items, 1):
        title, target = node
        ident = f"{prefix}_{i}"
        on = _contains(node, active)
        if isinstance(target, str):
            cls = "md-nav__item" + (" md-nav__item--active" if on else "")
            acls = "md-nav__link" + (" md-nav__link--active" if on else "")
            out.append(f'<li class="{cls}">\n  <a href="{rel(cur, target)}" class="{acls}">\n'
                       f'    <span class="md-ellipsis">{esc(title)}</span>\n  </a>\n</li>')
            continue
        cls = "md-nav__item md-nav__item--nested" + (" md-nav__item--active" if on else "")
        checked = " checked" if on else ""
        inner = _nav_items(target, cur, active, ident, level + 1)
        out.append(
            f'<li class="{cls}">\n'
            f'  <input class="md-nav__toggle md-toggle " type="checkbox" id="{ident}"{checked}>\n'
            f'  <label class="md-nav__link" for="{ident}" id="{ident}_label" tabindex="0">\n'
            f'    <span class="md-ellipsis">{esc(title)}</span>\n'
            f'    <span class="md-nav__icon md-icon"></span>\n  </label>\n'
            f'  <nav class="md-nav" data-md-level="{level}" aria-labelledby="{ident}_label" '
            f'aria-expanded="{"true" if on else "false"}">\n'
            f'    <label class="md-nav__title" for="{ident}"><span class="md-nav__icon md-icon">'
            f"</span>{esc(title)}</label>\n"
            f'    <ul class="md-nav__list" data-md-scrollfix>\n{inner}\n    </ul>\n  </nav>\n</li>'
        )
    return "\n".join(out)


def primary_sidebar(cur: str, active: str) -> str:
    return f"""<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation">
  <div class="md-sidebar__scrollwrap">
    <div class="md-sidebar__inner">
<nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Điều hướng" data-md-level="0">
  <label class="md-nav__title" for="__drawer">
    <a href="{rel(cur, "/")}" title="{SITE_NAME}" class="md-nav__button md-logo" aria-label="{SITE_NAME}" data-md-component="logo">
      <img src="{rel(cur, "/assets/images/logo-cva.png")}" alt="logo">
    </a>
    {SITE_NAME}
  </label>
  <div class="md-nav__source">
    <a href="{REPO}" title="Đi đến kho lưu trữ" class="md-source" data-md-component="source">
      <div class="md-source__icon md-icon">{svg("git")}</div>
      <div class="md-source__repository">tinhoc-cva/website</div>
    </a>
  </div>
  <ul class="md-nav__list" data-md-scrollfix>
{_nav_items(NAV, cur, active, "__nav", 1)}
  </ul>
</nav>
    </div>
  </div>
</div>"""


def toc_sidebar(entries: list[tuple[str, str]]) -> str:
    items = "\n".join(
        f'<li class="md-nav__item">\n  <a href="#{hid}" class="md-nav__link">\n'
        f'    <span class="md-ellipsis">{esc(t)}</span>\n  </a>\n</li>'
        for hid, t in entries
    )
    body = (f'<ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>\n{items}\n</ul>'
            if entries else "")
    return f"""<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc">
  <div class="md-sidebar__scrollwrap">
    <div class="md-sidebar__inner">
<nav class="md-nav md-nav--secondary" aria-label="Mục lục">
  <label class="md-nav__title" for="__toc">
    <span class="md-nav__icon md-icon"></span>
    Mục lục
  </label>
  {body}
</nav>
    </div>
  </div>
</div>"""


# --- page frame ----------------------------------------------------------------------------------


def _head(req: Request, cur: str, title: str, desc: str, extra: str = "") -> str:
    page_title = f"{esc(title)} - {SITE_NAME}" if title != SITE_NAME else SITE_NAME
    return f"""<!doctype html>
<html lang="vi" class="no-js">
  <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width,initial-scale=1">
      <meta name="description" content="{esc(desc)}">
      <meta name="author" content="Tổ Tin học - Trường THPT Chu Văn An">
      <link rel="canonical" href="{base_url(req)}{cur}">
      {extra}
      <link rel="icon" href="{rel(cur, "/assets/images/favicon.png")}">
      <meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.5.44">
      <title>{page_title}</title>
      <link rel="stylesheet" href="{rel(cur, "/assets/stylesheets/main.0253249f.min.css")}">
      <link rel="stylesheet" href="{rel(cur, "/assets/stylesheets/palette.06af60db.min.css")}">
      <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
      <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Be+Vietnam+Pro:300,300i,400,400i,700,700i%7CJetBrains+Mono:400,400i,700,700i&display=fallback">
      <style>:root{{--md-text-font:"Be Vietnam Pro";--md-code-font:"JetBrains Mono"}}</style>
      <link rel="stylesheet" href="{rel(cur, "/assets/external/unpkg.com/glightbox@3.3.0/dist/css/glightbox.min.css")}">
      <link rel="stylesheet" href="{rel(cur, "/stylesheets/cva.css")}">
      <link rel="alternate" type="application/rss+xml" title="RSS - Tin mới" href="{rel(cur, "/feed_rss_created.xml")}">
      <script>__md_scope=new URL("{rel(cur, "/")}",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{{try{{_.setItem(a.pathname+"."+e,JSON.stringify(_))}}catch(e){{}}}}</script>
      <script id="__analytics">function __md_analytics(){{function e(){{dataLayer.push(arguments)}}window.dataLayer=window.dataLayer||[],e("js",new Date),e("config","G-7QW2CVA26X")}}</script>
  </head>"""


_A_URL = _url(A) + "?utm_source=zalo&utm_medium=oa"


def _header(cur: str, topic: str, active_tab: str) -> str:
    tabs = "\n".join(
        f'<li class="md-tabs__item{" md-tabs__item--active" if t == active_tab else ""}">\n'
        f'  <a href="{rel(cur, u)}" class="md-tabs__link">\n    {esc(t)}\n  </a>\n</li>'
        for t, u in TABS
    )
    return f"""
  <body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal" data-md-color-accent="amber">
    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
    <label class="md-overlay" for="__drawer"></label>
    <div data-md-component="skip">
        <a href="#__noi-dung" class="md-skip">Chuyển đến nội dung</a>
    </div>
    <div data-md-component="announce">
        <aside class="md-banner">
          <div class="md-banner__inner md-grid md-typeset">
            <button class="md-banner__button md-icon" aria-label="Không hiển thị lại"></button>
  <div class="tb-cva"><span class="tb-cva__ngay">{BUILD_DAY}</span> <span class="tb-cva__sep">|</span>
  📢 <strong>Thông báo:</strong> Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027.
  <a href="{_A_URL}">Xem chi tiết</a></div>
          </div>
        </aside>
    </div>
<header class="md-header md-header--shadow md-header--lifted" data-md-component="header">
  <nav class="md-header__inner md-grid" aria-label="Đầu trang">
    <a href="{rel(cur, "/")}" title="{SITE_NAME}" class="md-header__button md-logo" aria-label="{SITE_NAME}" data-md-component="logo">
      <img src="{rel(cur, "/assets/images/logo-cva.png")}" alt="logo">
    </a>
    <label class="md-header__button md-icon" for="__drawer">{svg("menu")}</label>
    <div class="md-header__title" data-md-component="header-title">
      <div class="md-header__ellipsis">
        <div class="md-header__topic">
          <span class="md-ellipsis">{SITE_NAME}</span>
        </div>
        <div class="md-header__topic" data-md-component="header-topic">
          <span class="md-ellipsis">{esc(topic)}</span>
        </div>
      </div>
    </div>
    <label class="md-header__button md-icon" for="__search">{svg("search")}</label>
    <div class="md-search" data-md-component="search" role="dialog">
  <label class="md-search__overlay" for="__search"></label>
  <div class="md-search__inner" role="search">
    <form class="md-search__form" name="search">
      <input type="text" class="md-search__input" name="query" aria-label="Tìm kiếm" placeholder="Tìm kiếm" autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false" data-md-component="search-query" required>
      <label class="md-search__icon md-icon" for="__search">{svg("search")}</label>
      <nav class="md-search__options" aria-label="Tìm kiếm">
        <button type="reset" class="md-search__icon md-icon" title="Xóa" aria-label="Xóa" tabindex="-1"></button>
      </nav>
    </form>
    <div class="md-search__output">
      <div class="md-search__scrollwrap" tabindex="0" data-md-scrollfix>
        <div class="md-search-result" data-md-component="search-result">
          <div class="md-search-result__meta">Đang khởi tạo tìm kiếm</div>
          <ol class="md-search-result__list" role="presentation"></ol>
        </div>
      </div>
    </div>
  </div>
</div>
      <div class="md-header__source">
        <a href="{REPO}" title="Đi đến kho lưu trữ" class="md-source" data-md-component="source">
  <div class="md-source__icon md-icon">{svg("git")}</div>
  <div class="md-source__repository">tinhoc-cva/website</div>
</a>
      </div>
  </nav>
<nav class="md-tabs" aria-label="Thẻ" data-md-component="tabs">
  <div class="md-grid">
    <ul class="md-tabs__list">
{tabs}
    </ul>
  </div>
</nav>
</header>"""


_DOC_NHIEU = ["E", "B", "D", "H"]


def _footer(cur: str, prev_next: tuple | None = None) -> str:
    nav = ""
    if prev_next:
        parts = []
        for kind, label, (title, target) in zip(("prev", "next"), ("Trước", "Sau"),
                                                prev_next, strict=True):
            if not target:
                continue
            parts.append(
                f'<a href="{rel(cur, target)}" class="md-footer__link md-footer__link--{kind}" '
                f'aria-label="{label}: {esc(title)}">\n'
                f'  <div class="md-footer__title">\n'
                f'    <span class="md-footer__direction">{label}</span>\n'
                f'    <div class="md-ellipsis">{esc(title)}</div>\n  </div>\n</a>'
            )
        nav = ('<nav class="md-footer__inner md-grid" aria-label="Chân trang">\n'
               + "\n".join(parts) + "\n</nav>")
    doc_nhieu = "\n".join(
        f'<li><a href="{rel(cur, _url(_BY_KEY[k]))}">{esc(_BY_KEY[k].title)}</a></li>'
        for k in _DOC_NHIEU
    )
    return f"""
<footer class="md-footer">
  {nav}
  <div class="ft-cva md-grid md-typeset">
    <div class="ft-cva__cot ft-cva__cot--1">
      <p class="ft-cva__ten"><strong>TRƯỜNG THPT CHU VĂN AN</strong></p>
      <p>Địa chỉ: Thôn Đại Hào, xã Triệu Phong, tỉnh Quảng Trị<br>
      Điện thoại: 0233 3861 245<br>
      Email: <a href="mailto:c3chuvanan.tp@quangtri.edu.vn">c3chuvanan.tp@quangtri.edu.vn</a></p>
    </div>
    <div class="ft-cva__cot ft-cva__cot--2">
      <p class="ft-cva__tieude">Đọc nhiều</p>
      <ul class="ds-docnhieu">
{doc_nhieu}
      </ul>
    </div>
    <div class="ft-cva__cot ft-cva__cot--3">
      <p class="ft-cva__tieude">Liên kết</p>
      <ul>
        <li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
        <li><a href="https://quangtri.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Quảng Trị</a></li>
        <li><a href="https://vnedu.vn" target="_blank" rel="noopener">Sổ liên lạc điện tử vnEdu</a></li>
        <li><a href="https://www.facebook.com/doantruongchuvanan.qt" target="_blank" rel="noopener">Fanpage Đoàn trường</a></li>
      </ul>
    </div>
    <div class="ft-cva__cot ft-cva__cot--4">
      <p class="ft-cva__tieude">Bình chọn</p>
      <form class="bc-cva" action="https://docs.google.com/forms/d/e/1FAIpQLSdCvA2026binhchon/formResponse" method="post" target="_blank">
        <p>Bạn thích hoạt động ngoại khóa nào nhất?</p>
        <label><input type="radio" name="entry.1187" value="Tham quan di tích"> Tham quan di tích</label><br>
        <label><input type="radio" name="entry.1187" value="Hội thao"> Hội thao</label><br>
        <label><input type="radio" name="entry.1187" value="Câu lạc bộ"> Sinh hoạt câu lạc bộ</label><br>
        <button type="submit" class="md-button">Bình chọn</button>
      </form>
      <div class="tk-truycap" id="tk-truycap">
        <p>Đang online: <b id="tk-on">17</b></p>
        <p>Hôm nay: <b id="tk-nay">342</b></p>
        <p>Tổng truy cập: <b id="tk-tong">1.287.604</b></p>
      </div>
    </div>
  </div>
  <div class="md-footer-meta md-typeset">
    <div class="md-footer-meta__inner md-grid">
      <div class="md-copyright">
  <div class="md-copyright__highlight">
    Copyright &copy; 2026 Trường THPT Chu Văn An - Quảng Trị. Tổ Tin học quản trị.
  </div>
  Made with
  <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">
    Material for MkDocs
  </a>
</div>
        <div class="md-social">
  <a href="https://www.facebook.com/thptchuvanan.quangtri" target="_blank" rel="noopener" title="Facebook" class="md-social__link">f</a>
  <a href="https://www.youtube.com/@thptchuvanan-qt" target="_blank" rel="noopener" title="YouTube" class="md-social__link">yt</a>
  <a href="mailto:c3chuvanan.tp@quangtri.edu.vn" target="_blank" rel="noopener" title="Email" class="md-social__link">@</a>
</div>
    </div>
  </div>
</footer>"""


def _tail(cur: str) -> str:
    cfg = json.dumps({
        "base": rel(cur, "/").rstrip("/") or ".",
        "features": ["navigation.tabs", "navigation.sections", "navigation.footer",
                     "navigation.top", "content.action.edit", "announce.dismiss",
                     "search.highlight", "toc.follow"],
        "search": rel(cur, "/assets/javascripts/workers/search.6ce7567c.min.js"),
        "translations": {"clipboard.copied": "Đã sao chép", "search.result.none": "Không có "
                         "tài liệu nào phù hợp", "search.result.placeholder": "Nhập để bắt đầu tìm "
                         "kiếm"},
    }, ensure_ascii=False)
    return f"""
    </div>
    <div class="md-dialog" data-md-component="dialog">
      <div class="md-dialog__inner md-typeset"></div>
    </div>
    <script id="__config" type="application/json">{cfg}</script>
      <script src="{rel(cur, "/assets/javascripts/bundle.83f73b43.min.js")}"></script>
      <script src="{rel(cur, "/javascripts/tk-truycap.js")}"></script>
<script>document$.subscribe(() => {{const lightbox = GLightbox({{"touchNavigation": true, "loop": false, "zoomable": true, "draggable": true, "openEffect": "zoom", "closeEffect": "zoom", "slideEffect": "slide"}});}})</script></body>
</html>"""


def page(req: Request, cur: str, *, title: str, topic: str, tab: str, main: str, desc: str = "",
         head_extra: str = "", prev_next: tuple | None = None) -> str:
    return (
        _head(req, cur, title, desc or f"Website {SCHOOL} - Quảng Trị", head_extra)
        + _header(cur, topic, tab)
        + f"""
    <div class="md-container" data-md-component="container">
      <main class="md-main" data-md-component="main">
        <div class="md-main__inner md-grid">
{main}
        </div>
        <button type="button" class="md-top md-icon" data-md-component="top" hidden>Về đầu trang</button>
      </main>
{_footer(cur, prev_next)}"""
        + _tail(cur)
    )


# --- rendering Markdown output -------------------------------------------------------------------


def _inline(p: P) -> str:
    return p.markup if isinstance(p, PH) and p.markup else esc(p.text)


def _img_tag(img: Img, cur: str, alt: str) -> str:
    return f'<img alt="{esc(alt)}" src="{rel(cur, img.src)}" loading="lazy">'


def _glight(img: Img, cur: str, alt: str) -> str:
    return (f'<a class="glightbox" href="{rel(cur, img.src)}" data-type="image" '
            f'data-width="auto" data-height="auto" data-desc-position="bottom">'
            f"{_img_tag(img, cur, alt)}</a>")


def _render_img(img: Img, cur: str, n: int) -> str:
    alt = posixpath.splitext(posixpath.basename(img.src))[0] if n % 2 else ""
    if img.style == "fig":
        return (f'<figure>\n{_glight(img, cur, alt)}\n'
                f"<figcaption>{esc(img.printed or '')}</figcaption>\n</figure>")
    if img.style == "inp":
        return f"<p>{_glight(img, cur, alt)}\n<em>{esc(img.printed or '')}</em></p>"
    if img.style == "nextp":
        return f"<p>{_img_tag(img, cur, alt)}</p>\n<p><em>{esc(img.printed or '')}</em></p>"
    if img.style == "centerp":
        return (f'<p style="text-align: center;">{_glight(img, cur, alt)}</p>\n'
                f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>')
    return f"<p>{_glight(img, cur, alt)}</p>"


def _code_block(lines: list[str], n: int) -> str:
    def hl(line: str) -> str:
        out = esc(line)
        out = re.sub(r"\b(int|input|sum|range|print)\b", r'<span class="nb">\1</span>', out)
        out = re.sub(r"\b(for|in|if)\b", r'<span class="k">\1</span>', out)
        return out

    spans = "".join(
        f'<span id="__span-{n}-{i}"><a id="__codelineno-{n}-{i}" name="__codelineno-{n}-{i}" '
        f'href="#__codelineno-{n}-{i}"></a>{hl(line)}\n</span>'
        for i, line in enumerate(lines, 1)
    )
    return f'<div class="language-python highlight"><pre><span></span><code>{spans}</code></pre></div>'


def heading_id(text: str) -> str:
    return md_slug(text)


def render_blocks(blocks: list, cur: str, *, excerpt: bool = False, post_slug: str = "") -> str:
    """Blocks to the HTML Python-Markdown prints; ``excerpt`` shifts headings, drops permalinks."""
    out: list[str] = []
    i = 0
    n_img = 0
    n_code = 0
    n_tab = 0
    notes: list[P] = []
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == MORE.html:
                out.append(b.html)
            else:
                out.append(fix_links(b.html, cur))
            i += 1
            continue
        if isinstance(b, Img):
            n_img += 1
            out.append(_render_img(b, cur, n_img))
            i += 1
            continue
        style = b.style
        kind = style.split(":", 1)[0]

        def run(pred, start=i):
            j = start
            while j < len(blocks) and isinstance(blocks[j], P) and pred(blocks[j].style):
                j += 1
            return j

        if kind in ("li", "oli"):
            j = run(lambda s, k=kind: s == k)
            tag = "ul" if kind == "li" else "ol"
            items = "\n".join(f"<li>{_inline(p)}</li>" for p in blocks[i:j])
            out.append(f"<{tag}>\n{items}\n</{tag}>")
            i = j
        elif kind in ("th", "tr"):
            j = run(lambda s: s in ("th", "tr"))
            rows = blocks[i:j]
            head = ""
            if rows[0].style == "th":
                cells = "".join(f"<th>{esc(c)}</th>" for c in rows[0].text.split(" | "))
                head = f"<thead>\n<tr>\n{cells}\n</tr>\n</thead>\n"
                rows = rows[1:]
            body = "\n".join(
                "<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r.text.split(" | ")) + "\n</tr>"
                for r in rows
            )
            out.append(f"<table>\n{head}<tbody>\n{body}\n</tbody>\n</table>")
            i = j
        elif kind == "code":
            j = run(lambda s: s == "code")
            out.append(_code_block([p.text for p in blocks[i:j]], n_code))
            n_code += 1
            i = j
        elif kind == "br":
            j = run(lambda s: s == "br")
            out.append("<p>" + "<br>\n".join(_inline(p) for p in blocks[i:j]) + "</p>")
            i = j
        elif kind == "quote":
            j = run(lambda s: s == "quote")
            inner = "\n".join(f"<p>{_inline(p)}</p>" for p in blocks[i:j])
            out.append(f"<blockquote>\n{inner}\n</blockquote>")
            i = j
        elif kind == "admt":
            j = run(lambda s: s == "admb", i + 1)
            inner = "\n".join(f"<p>{_inline(p)}</p>" for p in blocks[i + 1:j])
            out.append(f'<div class="admonition {style.split(":")[1]}">\n'
                       f'<p class="admonition-title">{_inline(b)}</p>\n{inner}\n</div>')
            i = j
        elif kind == "dets":
            j = run(lambda s: s == "detli", i + 1)
            items = "\n".join(f"<li>{_inline(p)}</li>" for p in blocks[i + 1:j])
            out.append(f'<details class="{style.split(":")[1]}">\n<summary>{_inline(b)}</summary>\n'
                       f"<ul>\n{items}\n</ul>\n</details>")
            i = j
        elif kind == "tab":
            j = run(lambda s: s.startswith("tab:"))
            n_tab += 1
            tabs = blocks[i:j]
            checked = 'checked="checked" '
            radios = "".join(
                f'<input {checked if k == 1 else ""}id="__tabbed_{n_tab}_{k}" '
                f'name="__tabbed_{n_tab}" type="radio" />'
                for k in range(1, len(tabs) + 1)
            )
            labels = "\n".join(
                f'<label for="__tabbed_{n_tab}_{k}">{esc(p.style.split(":", 1)[1])}</label>'
                for k, p in enumerate(tabs, 1)
            )
            contents = "\n".join(
                f'<div class="tabbed-block">\n<p>{_inline(p)}</p>\n</div>' for p in tabs
            )
            out.append(f'<div class="tabbed-set tabbed-alternate" data-tabs="{n_tab}:{len(tabs)}">'
                       f'{radios}<div class="tabbed-labels">{labels}</div>\n'
                       f'<div class="tabbed-content">\n{contents}\n</div>\n</div>')
            i = j
        elif kind == "fn":
            notes.append(b)
            i += 1
        elif kind in ("h2", "h3"):
            level = int(kind[1]) + (1 if excerpt else 0)
            hid = heading_id(b.text)
            if excerpt:
                out.append(f'<h{level} id="{post_slug}:{hid}">{esc(b.text)}</h{level}>')
            else:
                out.append(f'<h{level} id="{hid}">{esc(b.text)}<a class="headerlink" '
                           f'href="#{hid}" title="Permanent link">&para;</a></h{level}>')
            i += 1
        elif kind == "pb":
            out.append(f"<p><strong>{_inline(b)}</strong></p>")
            i += 1
        elif kind == "i":
            out.append(f"<p><em>{_inline(b)}</em></p>")
            i += 1
        elif kind == "ebul":
            out.append(f'<p><img alt="👉" class="twemoji" src="{_TWEMOJI}1f449.svg" '
                       f'title=":point_right:" /> {_inline(b)}</p>')
            i += 1
        else:
            out.append(f"<p>{_inline(b)}</p>")
            i += 1
    if notes:
        lis = "\n".join(
            f'<li id="fn:{p.style.split(":")[1]}">\n<p>{_inline(p)}&#160;<a class="footnote-backref" '
            f'href="#fnref:{p.style.split(":")[1]}" title="Jump back to footnote '
            f'{p.style.split(":")[1]} in the text">&#8617;</a></p>\n</li>'
            for p in notes
        )
        out.append(f'<div class="footnote">\n<hr />\n<ol>\n{lis}\n</ol>\n</div>')
    return "\n".join(out)


def _nfd(markup: str, story: Story) -> str:
    return unicodedata.normalize("NFD", markup) if story.opts.get("nfd") else markup


def excerpt_blocks(s: Story) -> tuple[list, bool]:
    """The blocks before ``<!-- more -->`` and whether there is more."""
    if MORE in s.blocks:
        return s.blocks[: s.blocks.index(MORE)], True
    return list(s.blocks), False


def readtime(s: Story) -> int:
    words = sum(len(p.split()) for p in s.paragraphs)
    return max(1, math.ceil(words / 265))


def _avatar(cur: str, key: str) -> str:
    return rel(cur, f"/assets/avatars/{AUTHORS[key][2]}")


def _meta_cats(cur: str, s: Story, cls: str = "") -> str:
    links = ", ".join(f'<a href="{rel(cur, cat_url(c))}"{cls}>{esc(c)}</a>' for c in cats_of(s))
    return f"in\n  {links}"


def excerpt(s: Story, cur: str) -> str:
    blocks, more = excerpt_blocks(s)
    authors = "\n".join(
        f'<span class="md-author">\n  <img src="{_avatar(cur, k)}" alt="{esc(AUTHORS[k][0])}">\n'
        f"</span>" for k in s.opts["authors"]
    )
    action = (f'\n<nav class="md-post__action">\n  <a href="{rel(cur, _url(s))}">\n'
              f"    Continue reading\n  </a>\n</nav>") if more else ""
    body = _nfd(render_blocks(blocks, cur, excerpt=True, post_slug=s.slug), s)
    hid = s.slug if s.opts.get("h1") == "fm" else heading_id(s.title)
    heading = (f'<h2 id="{hid}"><a class="toclink" href="{rel(cur, _url(s))}">'
               f"{esc(s.title)}</a></h2>")
    heading = _nfd(heading, s)
    return f"""<article class="md-post md-post--excerpt">
  <header class="md-post__header">
      <nav class="md-post__authors md-typeset">
{authors}
      </nav>
    <div class="md-post__meta md-meta">
      <ul class="md-meta__list">
        <li class="md-meta__item">
          <time datetime="{s.opts["date"]}">{vi_date(s.opts["date"])}</time></li>
          <li class="md-meta__item">
            {_meta_cats(cur, s, ' class="md-meta__link"')}</li>
          <li class="md-meta__item">
              {readtime(s)} min read
          </li>
      </ul>
    </div>
  </header>
  <div class="md-post__content md-typeset">
    {heading}
{body}{action}
  </div>
</article>"""


# --- post pages ----------------------------------------------------------------------------------


def _post_sidebar(s: Story, cur: str) -> str:
    profiles = "\n".join(
        f"""<div class="md-profile md-post__profile">
  <span class="md-author md-author--long">
    <img src="{_avatar(cur, k)}" alt="{esc(AUTHORS[k][0])}">
  </span>
  <span class="md-profile__description">
    <strong>
        {esc(AUTHORS[k][0])}
    </strong>
    <br>
    {esc(AUTHORS[k][1])}
  </span>
</div>""" for k in s.opts["authors"]
    )
    updated = ""
    if s.opts.get("updated"):
        updated = f"""
<li class="md-nav__item">
  <div class="md-nav__link">
    {svg("calendar-clock")}
    <time datetime="{s.opts["updated"]}" class="md-ellipsis">{vi_date(s.opts["updated"])}</time>
  </div>
</li>"""
    links = ""
    if s.opts.get("links"):
        items = "\n".join(
            f'<li class="md-nav__item">\n  <a href="{rel(cur, u)}" class="md-nav__link">\n'
            f'    <span class="md-ellipsis">{esc(t)}</span>\n  </a>\n</li>'
            for t, u in s.opts["links"]
        )
        links = f"""
<ul class="md-post__meta md-nav__list">
  <li class="md-nav__item md-nav__item--section">
    <div class="md-post__title">
      <span class="md-ellipsis">Related links</span>
    </div>
    <nav class="md-nav">
      <ul class="md-nav__list">
{items}
      </ul>
    </nav>
  </li>
</ul>"""
    return f"""<div class="md-sidebar md-sidebar--post" data-md-component="sidebar" data-md-type="navigation">
  <div class="md-sidebar__scrollwrap">
    <div class="md-sidebar__inner md-post">
      <nav class="md-nav md-nav--primary">
        <div class="md-post__back">
          <div class="md-nav__title md-nav__container">
            <a href="{rel(cur, "/blog/")}" class="md-nav__link">
              {svg("back")}
              <span class="md-ellipsis">
                Back to index
              </span>
            </a>
          </div>
        </div>
          <div class="md-post__authors md-typeset">
{profiles}
          </div>
        <ul class="md-post__meta md-nav__list">
          <li class="md-nav__item md-nav__item--section">
            <div class="md-post__title">
              <span class="md-ellipsis">
                Metadata
              </span>
            </div>
            <nav class="md-nav">
              <ul class="md-nav__list">
<li class="md-nav__item">
  <div class="md-nav__link">
    {svg("calendar")}
    <time datetime="{s.opts["date"]}" class="md-ellipsis">{vi_date(s.opts["date"])}</time>
  </div>
</li>{updated}
<li class="md-nav__item">
  <div class="md-nav__link">
    {svg("bookshelf")}
    <span class="md-ellipsis">
      {_meta_cats(cur, s)}
    </span>
  </div>
</li>
<li class="md-nav__item">
  <div class="md-nav__link">
    {svg("clock")}
    <span class="md-ellipsis">
        {readtime(s)} min read
    </span>
  </div>
</li>
              </ul>
            </nav>
          </li>
        </ul>{links}
      </nav>
    </div>
  </div>
</div>"""


def _post_files(s: Story) -> str:
    y, m, d = s.opts["date"][:10].split("-")
    return f"docs/blog/posts/{y}-{m}-{d}-{s.slug[:40].rstrip('-')}.md"


def post_page(req: Request, s: Story) -> str:
    cur = _url(s)
    toc = [(heading_id(p.text), p.text) for p in s.blocks
           if isinstance(p, P) and p.style in ("h2", "h3")]
    tags = ""
    if s.opts.get("tags"):
        tags = ('<nav class="md-tags" >\n' + "\n".join(
            f'<a href="{rel(cur, "/tags/")}#tag:{md_slug(t)}" class="md-tag">{esc(t)}</a>'
            for t in s.opts["tags"]) + "\n</nav>")
    if s.opts.get("h1") == "fm":
        h1 = f"<h1>{esc(s.title)}</h1>"
    else:
        hid = heading_id(s.title)
        h1 = (f'<h1 id="{hid}">{esc(s.title)}<a class="headerlink" href="#{hid}" '
              f'title="Permanent link">&para;</a></h1>')
    body = render_blocks(s.blocks, cur)
    git_upd, git_new = s.opts["git"]
    article = f"""<article class="md-content__inner md-typeset">
  <a href="{REPO}/edit/main/{_post_files(s)}" title="Chỉnh sửa trang này" class="md-content__button md-icon">
    {svg("edit")}
  </a>
{tags}
{h1}
{body}
<aside class="md-source-file">
    <span class="md-source-file__fact">
      <span class="md-icon" title="Cập nhật lần cuối">
        {svg("calendar-clock")}
      </span>
      <span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">{git_upd}</span>
    </span>
    <span class="md-source-file__fact">
      <span class="md-icon" title="Ngày tạo">
        {svg("calendar")}
      </span>
      <span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">{git_new}</span>
    </span>
</aside>
  <h2 id="__comments">Bình luận</h2>
  <script src="https://giscus.app/client.js" data-repo="tinhoc-cva/website" data-repo-id="R_kgDOM8cva1" data-category="Announcements" data-category-id="DIC_kwDOM8cva84Cj2Xq" data-mapping="pathname" data-strict="0" data-reactions-enabled="1" data-emit-metadata="0" data-input-position="top" data-theme="light" data-lang="vi" crossorigin="anonymous" async></script>
</article>"""
    if s.opts.get("xem_them"):
        other = _BY_KEY[s.opts["xem_them"]]
        article = article.replace(
            '<aside class="md-source-file">',
            f'<p>Xem thêm: <a href="{rel(cur, _url(other))}">{esc(other.title)}</a></p>\n'
            '<aside class="md-source-file">', 1)
    article = _nfd(article, s)
    main = f"""{toc_sidebar(toc)}
<div class="md-content md-content--post" data-md-component="content">
{_post_sidebar(s, cur)}
  {article}
</div>"""
    desc = s.opts.get("desc") or f"Website {SCHOOL} - Quảng Trị"
    return page(req, cur, title=_nfd(fm_title(s), s), topic=_nfd(fm_title(s), s), tab="Tin tức",
                main=main, desc=desc)


# --- listings ------------------------------------------------------------------------------------


def _pager(base: str, n: int, pages: int) -> str:
    if pages < 2:
        return ""

    def target(k: int) -> str:
        return base if k == 1 else f"{base}page/{k}/"

    cur = target(n)
    parts = []
    for k in range(1, pages + 1):
        if k == n:
            parts.append(f'<span class="md-pagination__current">{k}</span>')
        else:
            parts.append(f'<a class="md-pagination__link" href="{rel(cur, target(k))}">{k}</a>')
    return '<nav class="md-pagination">\n  ' + " ".join(parts) + "\n</nav>"


def listing(req: Request, base: str, n: int, posts: list[Story], title: str, intro: str,
            active: str) -> str | None:
    pages = max(1, math.ceil(len(posts) / PER_PAGE))
    if not 1 <= n <= pages:
        return None
    cur = base if n == 1 else f"{base}page/{n}/"
    chunk = posts[(n - 1) * PER_PAGE: n * PER_PAGE]
    cards = "\n".join(excerpt(s, cur) for s in chunk)
    main = f"""{primary_sidebar(cur, active)}
<div class="md-content" data-md-component="content">
  <div class="md-content__inner">
    <header class="md-typeset">
      {intro}
    </header>
{cards}
{_pager(base, n, pages)}
  </div>
</div>"""
    head_extra = ""
    if n > 1:
        head_extra += f'<link rel="prev" href="{rel(cur, base if n == 2 else f"{base}page/{n - 1}/")}">'
    if n < pages:
        head_extra += f'<link rel="next" href="{rel(cur, f"{base}page/{n + 1}/")}">'
    return page(req, cur, title=title, topic=title, tab="Tin tức", main=main, head_extra=head_extra)


def _blog_intro() -> str:
    return ('<h1 id="tin-tuc">Tin tức<a class="headerlink" href="#tin-tuc" '
            'title="Permanent link">&para;</a></h1>\n'
            "<p>Tin tức, sự kiện và hoạt động của thầy và trò Trường THPT Chu Văn An. Website mới "
            "được chuyển sang nền tảng MkDocs từ tháng 10/2026; các tin bài trước đó xem tại "
            '<a href="http://c3chuvanan-quangtri.edu.vn/tin-tuc" target="_blank" rel="noopener">'
            "trang web cũ</a>.</p>")


def category_posts(cat: str) -> list[Story]:
    return [s for s in POSTS if cat in cats_of(s)]


# --- documentation pages -------------------------------------------------------------------------


def _git_aside(updated: str, created: str) -> str:
    return f"""<aside class="md-source-file">
    <span class="md-source-file__fact">
      <span class="md-icon" title="Cập nhật lần cuối">{svg("calendar-clock")}</span>
      <span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">{updated}</span>
    </span>
    <span class="md-source-file__fact">
      <span class="md-icon" title="Ngày tạo">{svg("calendar")}</span>
      <span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">{created}</span>
    </span>
</aside>"""


def h(level: int, text: str) -> str:
    hid = heading_id(text)
    return (f'<h{level} id="{hid}">{esc(text)}<a class="headerlink" href="#{hid}" '
            f'title="Permanent link">&para;</a></h{level}>')


DOC_ORDER = [
    ("Trang chủ", "/"), ("Giới thiệu chung", "/gioi-thieu/"),
    ("Đội ngũ cán bộ, giáo viên", "/gioi-thieu/doi-ngu/"), ("Tin tức", "/blog/"),
    ("Câu lạc bộ", "/cau-lac-bo/"), ("Văn bản - Kế hoạch", "/tai-lieu/"),
    ("Kế hoạch giáo dục năm học 2026 - 2027", DOC_KE_HOACH), ("Thư viện ảnh", "/thu-vien-anh/"),
    ("Video", "/video/"), ("Liên hệ", "/lien-he/"),
]


def _prev_next(path: str) -> tuple:
    idx = [p for _, p in DOC_ORDER].index(path)
    prev = DOC_ORDER[idx - 1] if idx > 0 else ("", "")
    nxt = DOC_ORDER[idx + 1] if idx + 1 < len(DOC_ORDER) else ("", "")
    return prev, nxt


def doc_page(req: Request, cur: str, title: str, tab: str, content: str, *, toc=None,
             git=("12 tháng 9, 2026", "1 tháng 9, 2026"), h1=True) -> str:
    head = h(1, title) if h1 else ""
    main = f"""{primary_sidebar(cur, cur)}
{toc_sidebar(toc or [])}
<div class="md-content" data-md-component="content">
  <article class="md-content__inner md-typeset">
  <a href="{REPO}/edit/main/docs{cur}index.md" title="Chỉnh sửa trang này" class="md-content__button md-icon">
    {svg("edit")}
  </a>
{head}
{fix_links(content, cur)}
{_git_aside(*git)}
  </article>
</div>"""
    return page(req, cur, title=title, topic=title, tab=tab, main=main,
                prev_next=_prev_next(cur) if cur in [p for _, p in DOC_ORDER] else None)


def home(req: Request) -> str:
    cur = "/"

    def card(s: Story, href: str) -> str:
        lead = s.paragraphs[0]
        if len(lead) > 150:
            lead = lead[:150].rsplit(" ", 1)[0] + "…"
        return (f'<li>\n<p><span class="twemoji">{svg("newspaper")}</span> '
                f'<strong><a href="{href}">{esc(s.title)}</a></strong></p>\n<hr />\n'
                f"<p>{esc(lead)}</p>\n</li>")

    cards = "\n".join(card(s, rel(cur, _url(s))) for s in (A, B, C, D))
    content = f"""<div class="hero-cva">
<h1 id="truong-thpt-chu-van-an">Trường THPT Chu Văn An<a class="headerlink" href="#truong-thpt-chu-van-an" title="Permanent link">&para;</a></h1>
<p><em>Kỷ cương - Tình thương - Trách nhiệm</em></p>
<p><a class="md-button md-button--primary" href="{rel(cur, _url(E))}index.html">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a>
<a class="md-button" href="blog/">Tất cả tin tức</a></p>
</div>
{h(2, "Tin mới")}
<div class="grid cards">
<ul>
{cards}
</ul>
</div>
{h(2, "Sự kiện tháng 10")}
<ul>
<li><a href="{rel(cur, L_OLD_PATH)}">{esc(_L_OLD_TITLE)}</a></li>
<li><a href="{rel(cur, cat_url("Câu lạc bộ"))}">Hoạt động các câu lạc bộ</a></li>
</ul>
<div class="admonition info">
<p class="admonition-title">Tuyển sinh lớp 10 năm học 2027 - 2028</p>
<p>Thông tin tuyển sinh sẽ được cập nhật trên website sau khi Sở GD&amp;ĐT ban hành kế hoạch. Phụ huynh, học sinh vui lòng theo dõi mục <a href="{rel(cur, cat_url("Thông báo"))}">Thông báo</a>.</p>
</div>"""
    main = f"""{primary_sidebar(cur, cur)}
<div class="md-content" data-md-component="content">
  <article class="md-content__inner md-typeset">
{content}
  </article>
</div>"""
    return page(req, cur, title=SITE_NAME, topic="Trang chủ", tab="Trang chủ", main=main,
                prev_next=_prev_next(cur))


def _gioi_thieu(req: Request) -> str:
    content = f"""<p>Trường THPT Chu Văn An được thành lập theo Quyết định số 412/QĐ-UB ngày 15/7/1992 của UBND tỉnh Quảng Trị. Trải qua hơn 34 năm xây dựng và phát triển, nhà trường đã trở thành một trong những địa chỉ giáo dục tin cậy của nhân dân vùng đồng bằng ven biển Triệu Phong.</p>
{h(2, "Quy mô")}
<ul>
<li>Năm học 2026 - 2027: 36 lớp với 1.452 học sinh.</li>
<li>Cán bộ, giáo viên, nhân viên: 98 người, trong đó 31 thạc sĩ.</li>
<li>Trường đạt chuẩn quốc gia mức độ 2 năm 2023.</li>
</ul>
{h(2, "Thành tích nổi bật")}
<p>Nhiều năm liền nhà trường đạt danh hiệu Tập thể lao động xuất sắc; được Thủ tướng Chính phủ tặng Bằng khen năm 2022.</p>
<p><img alt="Toàn cảnh trường" src="@/assets/images/truong/toan-canh.jpg" loading="lazy"></p>
{h(2, "Sứ mạng - Tầm nhìn")}
<p>Xây dựng môi trường học tập thân thiện, kỷ cương, giúp mỗi học sinh phát triển toàn diện và tự tin hội nhập.</p>"""
    return doc_page(req, "/gioi-thieu/", "Giới thiệu chung", "Giới thiệu", content,
                    toc=[("quy-mo", "Quy mô"), ("thanh-tich-noi-bat", "Thành tích nổi bật"),
                         ("su-menh-tam-nhin", "Sứ mạng - Tầm nhìn")])


def _doi_ngu(req: Request) -> str:
    content = f"""{h(2, "Ban Giám hiệu")}
<table>
<thead><tr><th>Chức vụ</th><th>Họ và tên</th><th>Trình độ</th><th>Điện thoại</th></tr></thead>
<tbody>
<tr><td>Hiệu trưởng</td><td>Trần Văn Hùng</td><td>ThS. Quản lý giáo dục</td><td>0914 226 318</td></tr>
<tr><td>Phó Hiệu trưởng</td><td>Phan Thị Lệ Thủy</td><td>ThS. Lý luận và PPDH Ngữ văn</td><td>0905 117 452</td></tr>
<tr><td>Phó Hiệu trưởng</td><td>Nguyễn Đăng Khoa</td><td>Cử nhân Toán học</td><td>0935 880 214</td></tr>
</tbody>
</table>
{h(2, "Tổ trưởng chuyên môn")}
<table>
<thead><tr><th>Tổ</th><th>Tổ trưởng</th></tr></thead>
<tbody>
<tr><td>Toán - Tin</td><td>Hoàng Văn Quý</td></tr>
<tr><td>Ngữ văn</td><td>Nguyễn Thị Thu Hà</td></tr>
<tr><td>Ngoại ngữ</td><td>Trần Thị Mỹ Linh</td></tr>
<tr><td>Khoa học tự nhiên</td><td>Lê Thị Thanh Tâm</td></tr>
<tr><td>Khoa học xã hội</td><td>Phạm Quang Vinh</td></tr>
<tr><td>Văn phòng</td><td>Nguyễn Thị Hạnh</td></tr>
</tbody>
</table>"""
    return doc_page(req, "/gioi-thieu/doi-ngu/", "Đội ngũ cán bộ, giáo viên", "Giới thiệu",
                    content, toc=[("ban-giam-hieu", "Ban Giám hiệu"),
                                  ("to-truong-chuyen-mon", "Tổ trưởng chuyên môn")])


def _cau_lac_bo(req: Request) -> str:
    clubs = [
        ("CLB Tin học", "Lập trình Python, thiết kế web, tin học văn phòng. Sinh hoạt chiều thứ Ba."),
        ("CLB Tiếng Anh Speak Up", "Giao tiếp, thuyết trình tiếng Anh. Sinh hoạt chiều thứ Năm."),
        ("CLB Sách và Hành động", "Lan tỏa văn hóa đọc, quản lý tủ sách lớp học."),
        ("CLB Truyền thông", "Viết tin, chụp ảnh, quay dựng video cho website và fanpage."),
        ("CLB Bóng chuyền", "Tập luyện chiều thứ Bảy tại nhà đa năng."),
    ]
    items = "\n".join(f"<li>\n<p><strong>{esc(n)}</strong></p>\n<hr />\n<p>{esc(d)}</p>\n</li>"
                      for n, d in clubs)
    content = f"""<p>Nhà trường hiện có 5 câu lạc bộ học thuật, văn hóa - thể thao hoạt động thường xuyên dưới sự hướng dẫn của giáo viên phụ trách và Đoàn trường.</p>
<div class="grid cards">
<ul>
{items}
</ul>
</div>
<p>Bài mới nhất của CLB Speak Up: <a href="{_url(G).rstrip("/")}">{esc(fm_title(G))}</a>.</p>
<p>Xem tin hoạt động: <a href="@{cat_url("Câu lạc bộ")}">Câu lạc bộ</a>. Đăng ký tham gia: liên hệ Văn phòng Đoàn trường (phòng 105, dãy nhà A).</p>"""
    return doc_page(req, "/cau-lac-bo/", "Các câu lạc bộ", "Câu lạc bộ", content,
                    git=("2 tháng 10, 2026", "20 tháng 9, 2026"))


def _tai_lieu(req: Request) -> str:
    content = f"""<p>Các văn bản, kế hoạch công khai của nhà trường.</p>
<table>
<thead><tr><th>Số, ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>
<tr><td><a href="@{DOC_KE_HOACH}">178/KH-THPTCVA</a></td><td>15/09/2026</td><td>Kế hoạch giáo dục nhà trường năm học 2026 - 2027</td><td><a href="@/tai-lieu/files/178-kh-thptcva.pdf">PDF</a></td></tr>
<tr><td>165/QĐ-THPTCVA</td><td>05/09/2026</td><td>Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026</td><td><a href="@/tai-lieu/files/165-qd-thptcva.pdf">PDF</a></td></tr>
<tr><td>150/TB-THPTCVA</td><td>28/08/2026</td><td>Thông báo công khai chất lượng giáo dục năm học 2025 - 2026</td><td><a href="@/tai-lieu/files/150-tb-thptcva.pdf">PDF</a></td></tr>
</tbody>
</table>"""
    return doc_page(req, "/tai-lieu/", "Văn bản - Kế hoạch", "Tài liệu", content)


def _ke_hoach(req: Request) -> str:
    content = """<table>
<tbody>
<tr><td><strong>Số, ký hiệu</strong></td><td>178/KH-THPTCVA</td></tr>
<tr><td><strong>Ngày ban hành</strong></td><td>15/09/2026</td></tr>
<tr><td><strong>Loại văn bản</strong></td><td>Kế hoạch</td></tr>
<tr><td><strong>Người ký</strong></td><td>Trần Văn Hùng - Hiệu trưởng</td></tr>
<tr><td><strong>Trích yếu</strong></td><td>Kế hoạch giáo dục nhà trường năm học 2026 - 2027</td></tr>
</tbody>
</table>
<p><a class="md-button" href="@/tai-lieu/files/178-kh-thptcva.pdf">⬇ Tải văn bản (PDF, 1,2 MB)</a></p>
<object data="@/tai-lieu/files/178-kh-thptcva.pdf" type="application/pdf" style="min-height:80vh;width:100%">
<p>Trình duyệt không hỗ trợ xem PDF. <a href="@/tai-lieu/files/178-kh-thptcva.pdf">Tải về</a>.</p>
</object>"""
    return doc_page(req, DOC_KE_HOACH, "Kế hoạch giáo dục năm học 2026 - 2027", "Tài liệu", content,
                    git=("16 tháng 9, 2026", "16 tháng 9, 2026"))


ALBUM = [
    ("/assets/images/album/khai-giang-2026-01.jpg", "Lễ khai giảng năm học 2026 - 2027"),
    ("/assets/images/album/khai-giang-2026-02.jpg", "Học sinh khối 10 nhận hoa chào đón"),
    ("/assets/images/album/hoi-thao-2026-01.jpg", "Hội thao chào mừng 20/11"),
    ("/assets/images/album/trung-thu-2026-01.jpg", "Đêm hội Trăng rằm cho con em cán bộ"),
]


def _thu_vien_anh(req: Request) -> str:
    items = "\n".join(
        f'<figure>\n<a class="glightbox" href="@{src}" data-type="image" data-gallery="album-2026" '
        f'data-desc-position="bottom"><img alt="{esc(cap)}" src="@{src}" loading="lazy"></a>\n'
        f"<figcaption>{esc(cap)}</figcaption>\n</figure>" for src, cap in ALBUM
    )
    content = f"""{h(2, "Năm học 2026 - 2027")}
<div class="grid">
{items}
</div>"""
    return doc_page(req, "/thu-vien-anh/", "Thư viện ảnh", "Thư viện", content,
                    toc=[("nam-hoc-2026-2027", "Năm học 2026 - 2027")],
                    git=("28 tháng 11, 2026", "10 tháng 9, 2026"))


def _video(req: Request) -> str:
    vids = [("Lễ khai giảng năm học 2026 - 2027", "Xk2pVa9cQ3M", "05/09/2026"),
            ("Phóng sự: Một ngày ở CLB Tin học", "pR7mZcVa2Tk", "18/10/2026")]
    parts = "\n".join(
        f"{h(2, t)}\n<p><em>Đăng ngày {d}</em></p>\n"
        f'<iframe width="100%" height="400" src="https://www.youtube.com/embed/{v}" '
        f'title="{esc(t)}" frameborder="0" allowfullscreen></iframe>'
        for t, v, d in vids
    )
    return doc_page(req, "/video/", "Video", "Thư viện", parts,
                    toc=[(heading_id(t), t) for t, _, _ in vids],
                    git=("18 tháng 10, 2026", "10 tháng 9, 2026"))


def _lien_he(req: Request) -> str:
    content = """<p><strong>TRƯỜNG THPT CHU VĂN AN</strong></p>
<ul>
<li>Địa chỉ: Thôn Đại Hào, xã Triệu Phong, tỉnh Quảng Trị</li>
<li>Điện thoại: 0233 3861 245 - Fax: 0233 3861 246</li>
<li>Email: <a href="mailto:c3chuvanan.tp@quangtri.edu.vn">c3chuvanan.tp@quangtri.edu.vn</a></li>
</ul>
<p>Góp ý về website xin gửi về Tổ Tin học qua biểu mẫu dưới đây.</p>
<form action="https://formspree.io/f/xcvaqtgy" method="post" class="gy-cva">
<p><label>Họ và tên <input type="text" name="hoten"></label></p>
<p><label>Email <input type="email" name="email"></label></p>
<p><label>Nội dung <textarea name="noidung" rows="4"></textarea></label></p>
<p><button class="md-button" type="submit">Gửi</button></p>
</form>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3816.2!2d107.16!3d16.78" width="100%" height="320" style="border:0" loading="lazy"></iframe>"""
    return doc_page(req, "/lien-he/", "Liên hệ", "Liên hệ", content)


def _tags(req: Request) -> str:
    by_tag: dict[str, list[Story]] = {}
    for s in POSTS:
        for t in s.opts.get("tags", []):
            by_tag.setdefault(t, []).append(s)
    parts = []
    for t in sorted(by_tag):
        items = "\n".join(f'<li><a href="@{_url(s)}">{esc(s.title)}</a></li>' for s in by_tag[t])
        parts.append(f'<h2 id="tag:{md_slug(t)}">{esc(t)}</h2>\n<ul>\n{items}\n</ul>')
    return doc_page(req, "/tags/", "Thẻ", "Tin tức", "\n".join(parts),
                    git=("5 tháng 12, 2026", "1 tháng 10, 2026"))


def redirect_stub(target: str, cur: str) -> str:
    """What mkdocs-redirects writes for an old page: a meta refresh and a script."""
    to = rel(cur, target)
    return f"""<!doctype html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>Redirecting...</title>
    <link rel="canonical" href="{to}">
    <meta name="robots" content="noindex">
    <script>var anchor=window.location.hash.substr(1);location.href="{to}"+(anchor?"#"+anchor:"")</script>
    <meta http-equiv="refresh" content="0; url={to}">
</head>
<body>
Redirecting...
</body>
</html>
"""


def not_found(req: Request) -> Response:
    main = """<div class="md-content" data-md-component="content">
  <article class="md-content__inner md-typeset">
    <h1>404 - Không tìm thấy trang</h1>
    <p>Trang bạn tìm không tồn tại hoặc đã được chuyển đi. <a href="/">Về trang chủ</a></p>
  </article>
</div>"""
    return html(page(req, "/404.html", title="404", topic="404", tab="", main=main), status=404)


# --- machine files -------------------------------------------------------------------------------


def _plain(markup: str) -> str:
    return re.sub(r"\s+", " ", _html.unescape(_TAGS.sub(" ", markup))).strip()


def search_index() -> bytes:
    docs = [{"location": "", "title": "Trường THPT Chu Văn An",
             "text": "Kỷ cương - Tình thương - Trách nhiệm"}]
    for title, path in DOC_ORDER[1:]:
        docs.append({"location": path.lstrip("/"), "title": title, "text": ""})
    docs.append({"location": "blog/", "title": "Tin tức", "text": _plain(_blog_intro())})
    for s in POSTS:
        loc = _url(s).lstrip("/")
        text = _plain(render_blocks(s.blocks, _url(s)).replace("&para;", ""))
        docs.append({"location": loc, "title": _nfd(fm_title(s), s), "text": _nfd(text, s)})
        for p in s.blocks:
            if isinstance(p, P) and p.style == "h2":
                docs.append({"location": f"{loc}#{heading_id(p.text)}", "title": p.text,
                             "text": ""})
    payload = {"config": {"lang": ["vi"], "separator": r"[\s\-]+", "pipeline": ["stopWordFilter"]},
               "docs": docs}
    return json.dumps(payload, ensure_ascii=True).encode("ascii")


def all_dir_pages() -> list[str]:
    pages = ["/", "/tags/"] + [p for _, p in DOC_ORDER[1:]]
    for base, posts in [("/blog/", POSTS), ("/blog/archive/2026/", POSTS),
                        *[(cat_url(c), category_posts(c)) for c in CATS]]:
        pages.append(base)
        pages += [f"{base}page/{k}/" for k in range(2, math.ceil(len(posts) / PER_PAGE) + 1)]
    pages += [_url(s) for s in POSTS]
    return list(dict.fromkeys(pages))


def sitemap(req: Request) -> bytes:
    urls = "\n".join(
        f"    <url>\n         <loc>{base_url(req)}{p}</loc>\n         <lastmod>2026-12-05</lastmod>\n"
        f"    </url>" for p in all_dir_pages()
    )
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
            f'schemas/sitemap/0.9">\n{urls}\n</urlset>').encode()


# git commit times of the post files (the feed's pubDate), UTC: most moved on 1/12
_GIT_TIMES = {"A": "Fri, 04 Dec 2026 01:12:40 +0000", "B": "Wed, 02 Dec 2026 08:03:11 +0000"}


def feed(req: Request) -> bytes:
    items = []
    for key, s in list(_BY_KEY.items())[:10]:
        pub = _GIT_TIMES.get(key, "Tue, 01 Dec 2026 14:22:05 +0000")
        link = base_url(req) + _url(s)
        lead = esc(s.paragraphs[0][:200])
        items.append(f"""    <item>
      <title>{esc(_nfd(fm_title(s), s))}</title>
      <link>{link}</link>
      <description>{lead}</description>
      <pubDate>{pub}</pubDate>
      <source url="{base_url(req)}/feed_rss_created.xml">{SITE_NAME}</source>
      <guid isPermaLink="true">{link}</guid>
    </item>""")
    body = "\n".join(items)
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>{SITE_NAME}</title>
    <description>Website Trường THPT Chu Văn An - Quảng Trị</description>
    <link>{base_url(req)}/</link>
    <atom:link href="{base_url(req)}/feed_rss_created.xml" rel="self" type="application/rss+xml" />
    <language>vi</language>
    <pubDate>Sat, 05 Dec 2026 00:05:12 -0000</pubDate>
    <lastBuildDate>Sat, 05 Dec 2026 00:05:12 -0000</lastBuildDate>
    <ttl>1440</ttl>
    <generator>MkDocs RSS plugin - v1.17.1</generator>
{body}
  </channel>
</rss>""".encode()


# --- the site ------------------------------------------------------------------------------------


def _images() -> set[str]:
    paths = {img.src for s in POSTS for img in s.images}
    paths |= {src for src, _ in ALBUM}
    paths |= {"/assets/images/truong/toan-canh.jpg", "/assets/images/logo-cva.png",
              "/assets/images/favicon.png"}
    paths |= {f"/assets/avatars/{v[2]}" for v in AUTHORS.values()}
    return paths


FILES = {"/tai-lieu/files/178-kh-thptcva.pdf", "/tai-lieu/files/165-qd-thptcva.pdf",
         "/tai-lieu/files/150-tb-thptcva.pdf", "/tai-lieu/files/mau-tk1-ts.pdf"}


class MkDocsSite:
    def __init__(self) -> None:
        self.images = _images()
        self.posts = {_url(s): s for s in POSTS}
        self.docs = {
            "/gioi-thieu/": _gioi_thieu, "/gioi-thieu/doi-ngu/": _doi_ngu,
            "/cau-lac-bo/": _cau_lac_bo, "/tai-lieu/": _tai_lieu, DOC_KE_HOACH: _ke_hoach,
            "/thu-vien-anh/": _thu_vien_anh, "/video/": _video, "/lien-he/": _lien_he,
            "/tags/": _tags,
        }
        self.dirs = set(all_dir_pages()) | {L_OLD_PATH}

    def _listing(self, req: Request, path: str) -> str | None:
        m = re.fullmatch(r"(/blog/(?:archive/2026/|category/[a-z0-9-]+/)?)(?:page/(\d+)/)?", path)
        if not m:
            return None
        base, n = m.group(1), int(m.group(2) or 1)
        if m.group(2) == "1":
            return None
        if base == "/blog/":
            return listing(req, base, n, POSTS, "Tin tức", _blog_intro(), "/blog/")
        if base == "/blog/archive/2026/":
            intro = ('<h1 id="2026">2026<a class="headerlink" href="#2026" '
                     'title="Permanent link">&para;</a></h1>')
            return listing(req, base, n, POSTS, "2026", intro, base)
        for c in CATS:
            if cat_url(c) == base:
                hid = md_slug(c)
                intro = (f'<h1 id="{hid}">{esc(c)}<a class="headerlink" href="#{hid}" '
                         f'title="Permanent link">&para;</a></h1>')
                return listing(req, base, n, category_posts(c), c, intro, base)
        return None

    def _dir_page(self, req: Request, path: str) -> Response | None:
        if path == "/":
            return html(home(req))
        if path in self.posts:
            return html(post_page(req, self.posts[path]))
        if path == L_OLD_PATH:
            return html(redirect_stub(_url(L), path))
        if path in self.docs:
            return html(self.docs[path](req))
        out = self._listing(req, path)
        return html(out) if out else None

    def respond(self, req: Request) -> Response | None:
        if req.method not in ("GET", "HEAD"):
            return Response(405, b"405 Not Allowed", {"Content-Type": "text/html"})
        path = req.path
        if path.endswith("/index.html"):
            path = path[: -len("index.html")]
        if path.endswith("/"):
            resp = self._dir_page(req, path)
            return resp or not_found(req)
        if path + "/" in self.dirs:
            return redirect(base_url(req) + path + "/", 301)
        if path == "/search/search_index.json":
            return Response(200, search_index(), {"Content-Type": "application/json"})
        if path == "/sitemap.xml":
            return Response(200, sitemap(req), {"Content-Type": "application/xml"})
        if path == "/sitemap.xml.gz":
            return Response(200, gzip.compress(sitemap(req), mtime=0),
                            {"Content-Type": "application/gzip"})
        if path == "/feed_rss_created.xml":
            return Response(200, feed(req), {"Content-Type": "application/rss+xml"})
        if path in FILES:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path in self.images or (path.startswith(("/assets/", "/stylesheets/", "/javascripts/"))
                                   and path.endswith((".css", ".js"))):
            return static_file(path)
        return not_found(req)


def build_site() -> MkDocsSite:
    return MkDocsSite()


# --- gold ----------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts = [_url(s) + "index.html"]
    if s is A:
        alts.append(_A_URL)
    if s is L:
        alts.append(L_OLD_PATH)
    return alts


GOLD = [gold_record(s, _url(s), s.cat, canonical_path=_url(s), alt_paths=_alts(s)) for s in POSTS]
# the code block is one paragraph, its lines joined (harmonised after the blind round with the
# house's convention, pelican_thcs's gold: a <pre> block is one paragraph, whitespace collapsed;
# the helper's gold had a paragraph per line)
for _g in GOLD:
    _g["body"] = _g["body"].replace("\n\n".join(_CODE), " ".join(_CODE))

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/doi-ngu/",
    "/cau-lac-bo/",
    "/tai-lieu/",
    DOC_KE_HOACH,
    "/thu-vien-anh/",
    "/video/",
    "/lien-he/",
]
