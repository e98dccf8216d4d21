"""Trường THPT Nguyễn Trãi (phường Ba Đồn, tỉnh Quảng Trị): a Docusaurus 3 site built by the IT club.

Platform
    Docusaurus 3.6 static build (classic preset: blog plugin, docs plugin, pages), locale ``vi``,
    served by nginx with ``try_files $uri $uri/ $uri/index.html``: every route answers with and
    without its trailing slash and any query string is ignored (the same file is sent). The club
    swizzled a few theme components: a top strip with the date (built daily by CI, so it prints
    "today"), the blog sidebar (recent posts plus "Xem nhiều", a poll, a visitor counter), a share
    bar and a "Các tin khác" box under each post. Hashed CSS-module class names as a real build
    prints them (``title_f1Hy``, ``sidebarItemTitle_pO2u`` …). Plugins: client-redirects (an old
    date URL kept alive by a meta-refresh stub), sitemap, RSS/Atom feeds.

URL scheme
    ``/``                                   custom React home page (hero, "Tin mới nhất" cards
                                            linking ``/blog/<slug>?ref=home``, notices)
    ``/blog``, ``/blog/page/2``, ``/blog/page/3`` blog listing, 5 posts a page, excerpts up to the
                                            ``<!-- truncate -->`` marker ("Đọc Tiếp"), the whole
                                            text for a post without one
    ``/blog/<slug>``                        a post whose front matter has a ``slug``
    ``/blog/<yyyy>/<mm>/<dd>/<slug>``       a post named by its file's date (no ``slug``)
    ``/blog/tags``, ``/blog/tags/<tag>``    tags index and tag listings
    ``/blog/authors``, ``/blog/authors/<k>`` authors index and author listings (4 authors with a page)
    ``/blog/archive``                       every listed post by year ("Lưu trữ")
    ``/blog/rss.xml``, ``/blog/atom.xml``, ``/sitemap.xml``, ``/robots.txt``
    ``/docs/...``                           regulations, timetable, work calendar, intro, contact
    ``/blog/2026/10/24/doi-tuyen-khkt-dat-giai``  client-redirect stub (meta refresh) to K

Page templates
    blog post: announcement bar, top strip, navbar with drop-downs ("Tin tức" lists the five menu
    tags = the site's sections), left sidebar, ``<article>`` with ``<h1 class="title_f1Hy">``,
    ``<time datetime="…Z">`` (UTC, formatted in UTC "30 tháng 11, 2026") · "n phút để đọc",
    author cards (avatar, name, post), ``div.markdown#__blog-post-container``, footer with
    "Thẻ:" tags, "Sửa trang này" and sometimes "Cập nhật lần cuối vào …"; then share bar,
    "Các tin khác", "Bài mới hơn / Bài cũ hơn", right TOC column. JSON-LD BlogPosting in head.
    listing/tag/author pages: the same ``<article>`` per post with ``<h2>`` title links.
    docs page: docs sidebar, breadcrumbs, ``theme-doc-markdown``, "Cập nhật lần cuối", Trước/Kế tiếp.

How each gold article is reached (12 listed posts, newest first, 5 a page; A is unlisted)
    A  /blog/ke-hoach-hoi-khoe-phu-dong-2026      announcement bar on every page (with "/"),
                                                 docs "Lịch công tác" (without): unlisted post
    B  /blog/thong-bao-tuyen-chon-doi-tuyen-hsg-12  /blog p1, home card, tags, archive
    C  /blog/ngay-hoi-stem-robotics-lan-3          /blog p1, home card, tags, archive
    D  /blog/vong-loai-lap-trinh-tre-2026          /blog p1, home card, tags, author pages
    E  /blog/huong-dan-on-tap-kiem-tra-cuoi-hk1    /blog p1, home card, tag, author page
    F  /blog/le-ky-niem-44-nam-ngay-nha-giao-viet-nam  /blog p1, "Xem nhiều", tags
    G  /blog/hoi-thao-doc-hieu-van-ban-theo-the-loai   /blog/page/2, tag, author page, archive
    H  /blog/nghi-hoc-phong-tranh-bao-so-12        /blog/page/2 (whole text printed there), tag
    I  /blog/rung-chuong-vang-tim-hieu-phap-luat   /blog/page/2, tag, archive
    J  /blog/trao-hoc-bong-tiep-suc-den-truong-2026  /blog/page/2, "Xem nhiều", tag
    K  /blog/ket-qua-khkt-cap-tinh-2026            /blog/page/2, tags, old date URL from docs
    L  /blog/2026/10/15/dai-hoi-doan-truong-nhiem-ky-2026-2027  /blog/page/3, tag, I's "Xem thêm"
    M  /blog/trai-nghiem-huong-nghiep-khoi-12      /blog/page/3, tag, author page, archive

Traps
    1. UTC-midnight dates. Docusaurus prints a front-matter day as
       ``<time datetime="2026-11-27T00:00:00.000Z">27 tháng 11, 2026</time>`` (and the same in
       JSON-LD and ``article:published_time``). Gold: the day alone, "2026-11-27" — not
       "2026-11-27T07:00:00+07:00", which is the midnight converted to the site's zone.
    2. Day shifted by the UTC formatting. C's front matter says 2026-12-01T06:15:00+07:00; the
       build prints ``datetime="2026-11-30T23:15:00.000Z"`` and formats it in UTC as
       "30 tháng 11, 2026". Gold: "2026-12-01", the day of the instant the machine-readable date
       gives, in Asia/Ho_Chi_Minh (no time: the page prints none, the house's convention; the
       helper's gold had the time, harmonised after the first crawl). H likewise:
       "2026-11-13T09:00:00.000Z" -> "2026-11-13".
    3. Update dates and the build date. "Cập nhật lần cuối vào <time itemprop=dateModified>
       4 tháng 12, 2026</time> bởi quangnv" in post and docs footers, the top strip's
       "Thứ Bảy, 05/12/2026", home cards' dates: none is a publication date; "quangnv" (a git
       account) is nobody.
    4. Listings that print whole posts. H has no truncate marker: /blog/page/2 and its tag page
       print its whole text under an ``<h2>`` link, with the same date and author card. Listings,
       tag pages, author pages and the archive are no articles; the post's own URL is.
    5. An unlisted post (A): in no listing, tag page, archive, sidebar, feed or sitemap; linked
       only from the announcement bar (``/blog/…/`` with a slash) and a docs table (without).
       Its page carries ``<meta name="robots" content="noindex, nofollow">`` and an English
       "Unlisted page" banner printed as an admonition above the article. Gold: an article
       (path without the slash, the slash form in alt_paths); the banner is no text.
    6. Client-redirect stub. /blog/2026/10/24/doi-tuyen-khkt-dat-giai (linked from the docs page
       "Thành tích nổi bật") is a bare HTML page with a meta refresh and a script to K's new
       slug; it is in K's alt_paths and is no article of its own.
    7. Heading anchors with a zero-width space: ``<h2 …>Thời gian kiểm tra<a class="hash-link"
       …>U+200B</a></h2>``. Gold headings have no U+200B; the TOC column repeating them is
       no text.
    8. Admonitions. ``:::info`` prints an untranslated default label "info" / "warning" (shown
       upper-case by CSS): no text; a custom title (":::tip[Mẹo ôn tập …]") is a heading
       paragraph; the admonition's content is body.
    9. GFM footnotes. The call is ``<sup><a data-footnote-ref>1</a></sup>``: a bare number
       glued to the sentence, no text (the house's convention: a call in brackets "[1]" stays,
       a bare superscript number does not); the notes' section has an ``sr-only`` heading
       "Footnotes" (hidden, generated: no text) and "↩" back-links (no text); the notes are body.
   10. Code block (D). Prism prints each line as ``<span class="token-line">…<br></span>`` with a
       "Sao chép" copy button: each line is a paragraph (the ``<br>`` rule), the button is not.
   11. Author cards vs. bylines. Card names keep degrees ("ThS. Nguyễn Văn Quang") and print the
       post under the name ("Phó Hiệu trưởng"): gold is the name alone. The card "Ban quản trị
       Website" is the CMS account (nobody): B's author is the notice's signer, H's is the unit
       signing right-aligned ("Ban Giám hiệu"). A unit card ("Đoàn trường THPT Nguyễn Trãi",
       "Tổ Thể dục – GDQP&AN") is the author as printed. F has no card and closes
       "Tin: Trần Thị Hoa – Ảnh: Lê Minh Đức".
   12. Captions the markdown way: ``<p><img …>\\n<em>caption</em></p>`` (one paragraph, no
       ``<br>``): the ``<em>`` is the caption, not body; the alt text is never a caption; F's
       second caption is in parentheses (taken off); J's line "Ảnh: Hoài Nam" only credits a
       photographer (caption None, photographer "Hoài Nam"); I's photo has no line.
   13. The category is a tag. Posts carry several tags ("Thẻ:"); the section is the tag the
       navbar's "Tin tức" menu lists. B and F print a secondary tag first ("Học sinh giỏi",
       "Ngày Nhà giáo 20-11").
   14. Official notice in a post (B): letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and
       signature table inside the markdown; the post's own date is 2 Dec, the letterhead's
       "Ba Đồn, ngày 30 tháng 11 năm 2026". Gold date "2026-11-30", author the signer.
   15. Tracking and slash variants: home cards link ``/blog/<slug>?ref=home`` (same page, in
       alt_paths); the announcement bar's trailing slash (A).

Gold decisions on ambiguous points
    - published_at: the day of the ``datetime`` attribute converted to Asia/Ho_Chi_Minh, without
      a time (none is printed); a value at exactly 00:00:00.000Z is a front-matter day.
    - A code block line is a paragraph (``<br>`` rule), whitespace-collapsed (indentation goes).
    - An admonition's default label is theme chrome; a custom title is the author's heading.
    - Footnote entries are body without their "↩"; the hidden "Footnotes" heading is not.
    - Unlisted posts are articles (a reader reaches A from every page's banner).
    - Category: the post's tag that is an item of the navbar's "Tin tức" menu (each post has
      exactly one); "Tin tức" itself (the blog) is not the section.
    - "Xem thêm: <link>" (I) is no text. A closing "Theo Báo Quảng Trị điện tử" (J) is the
      source; J's body sentence "Theo kế hoạch, …" is text.
    - Docs pages (regulations, timetable, work calendar, intro, contact, achievements) are not
      articles although they carry a title, text and an update date.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "docusaurus_thpt"
PLATFORM = "Docusaurus 3 (blog + docs, static build)"
START_PATH = "/"

SITE = "THPT Nguyễn Trãi"
TODAY_STRIP = "Thứ Bảy, 05/12/2026"


@dataclass(frozen=True)
class M(P):
    """A paragraph of text whose markup is written by hand (bold lead, footnote call, title)."""

    markup: str = ""


@dataclass(frozen=True)
class Pic(Img):
    """An image with its alt text (never the caption)."""

    alt: str = ""


# --- authors, tags -------------------------------------------------------------------------

AUTHORS = {
    # key: (name as printed, post under the name, avatar, has a page)
    "admin": ("Ban quản trị Website", "CLB Tin học NTR", "/img/tacgia/logo-clb.png", False),
    "nvquang": ("ThS. Nguyễn Văn Quang", "Phó Hiệu trưởng", "/img/tacgia/nvquang.jpg", True),
    "tthoa": ("Trần Thị Hoa", "Tổ trưởng Tổ Ngữ văn", "/img/tacgia/tthoa.jpg", True),
    "pthuong": (
        "Phạm Thị Hương",
        "Giáo viên Tin học – Chủ nhiệm CLB Tin học",
        "/img/tacgia/pthuong.jpg",
        True,
    ),
    "lmduc": (
        "Lê Minh Đức",
        "Học sinh lớp 11A1, Ban Truyền thông CLB",
        "https://github.com/leminhduc-ntr.png",
        True,
    ),
    "doantruong": (
        "Đoàn trường THPT Nguyễn Trãi",
        "Ban Chấp hành Đoàn trường",
        "/img/tacgia/huy-hieu-doan.png",
        False,
    ),
    "tdqp": ("Tổ Thể dục – GDQP&AN", "Tổ chuyên môn", "/img/tacgia/to-the-duc.png", False),
    "vtthang": ("Võ Thị Thu Hằng", "Bí thư Đoàn trường", None, False),
}

TAGS = {
    "tin-hoat-dong": "Tin hoạt động",
    "chuyen-mon": "Chuyên môn",
    "doan-hoi": "Đoàn – Hội",
    "thong-bao": "Thông báo",
    "clb-tin-hoc": "CLB Tin học",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "stem": "STEM",
    "ngay-nha-giao": "Ngày Nhà giáo 20-11",
}
MENU_TAGS = ["tin-hoat-dong", "chuyen-mon", "doan-hoi", "thong-bao", "clb-tin-hoc"]

# --- markup pieces -------------------------------------------------------------------------

ZWSP = "\u200b"
HASH_TITLE = "Đường dẫn trực tiếp tới đề mục này"
ICON_INFO = (
    '<svg viewBox="0 0 14 16"><path fill-rule="evenodd" d="M7 2.3c3.14 0 5.7 2.56 5.7 5.7s-2.56'
    " 5.7-5.7 5.7A5.71 5.71 0 0 1 1.3 8c0-3.14 2.56-5.7 5.7-5.7zM7 1C3.14 1 0 4.14 0 8s3.14 7 7 7"
    ' 7-3.14 7-7-3.14-7-7-7zm1 3H6v5h2V4zm0 6H6v2h2v-2z"></path></svg>'
)
ICON_WARN = (
    '<svg viewBox="0 0 16 16"><path fill-rule="evenodd" d="M8.893 1.5c-.183-.31-.52-.5-.887-.5s-.7'
    "03.19-.886.5L.138 13.499a.98.98 0 0 0 0 1.001c.193.31.53.501.886.501h13.964c.367 0 .704-.19.877"
    "-.5a1.03 1.03 0 0 0 .01-1.002L8.893 1.5zm.133 11.497H6.987v-2.003h2.039v2.003zm0-3.004H6.987V5"
    '.987h2.039v4.006z"></path></svg>'
)
ICON_TIP = (
    '<svg viewBox="0 0 12 16"><path fill-rule="evenodd" d="M6.5 0C3.48 0 1 2.19 1 5c0 .92.55 2.25'
    " 1 3 1.34 2.25 1.78 2.78 2 4v1h5v-1c.22-1.22.66-1.75 2-4 .45-.75 1-2.08 1-3 0-2.81-2.48-5-5.5-5"
    "zm3.64 7.48c-.25.44-.47.8-.67 1.11-.86 1.41-1.25 2.06-1.45 3.23-.02.05-.02.11-.02.17H5c0-.06 0-."
    "13-.02-.17-.2-1.17-.59-1.83-1.45-3.23-.2-.31-.42-.67-.67-1.11C2.44 6.78 2 5.65 2 5c0-2.2 2.02-4"
    ' 4.5-4 1.22 0 2.36.42 3.22 1.19C10.55 2.94 11 3.94 11 5c0 .66-.44 1.78-.86 2.48z"></path></svg>'
)
ADM = {
    "info": ("alert--info", ICON_INFO),
    "tip": ("alert--success", ICON_TIP),
    "warning": ("alert--warning", ICON_WARN),
    "caution": ("alert--warning", ICON_WARN),
}


def adm_open(kind: str, label: str | None = None) -> str:
    """Opening markup of a Docusaurus admonition; ``label`` None prints the default label."""
    infima, icon = ADM[kind]
    return (
        f'<div class="theme-admonition theme-admonition-{kind} admonition_xJq3 alert {infima}">'
        f'<div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37">{icon}</span>'
        f"{esc(label) if label else kind}</div>"
        '<div class="admonitionContent_BuS1">'
    )


ADM_CLOSE = Raw("</div></div>")


def slugify(text: str) -> str:
    """github-slugger, as Docusaurus makes heading ids (Vietnamese letters kept)."""
    return re.sub(r"[^\w\- ]", "", text.lower()).strip().replace(" ", "-")


def heading(level: int, text: str) -> str:
    hid = slugify(text)
    return (
        f'<h{level} class="anchor anchorWithStickyNavbar_LWe7" id="{hid}">{esc(text)}'
        f'<a href="#{hid}" class="hash-link" aria-label="{HASH_TITLE}" title="{HASH_TITLE}">'
        f"{ZWSP}</a></h{level}>"
    )


def bold(text: str) -> M:
    return M(text, markup=f"<p><strong>{esc(text)}</strong></p>")


def fn_para(text: str, n: int) -> M:
    """A paragraph ending with footnote call ``n`` (``text`` ends with the call's digit)."""
    assert text.endswith(str(n))
    before = esc(text[: -len(str(n))])
    # (gold: the sentence without its bare-number call, the house's convention; the helper's gold
    # had kept it, "…văn bản mới.1", harmonised after the first crawl)
    return M(
        text[: -len(str(n))],
        markup=(
            f'<p>{before}<sup><a href="#user-content-fn-{n}" id="user-content-fnref-{n}" '
            f'data-footnote-ref="true" aria-describedby="footnote-label">{n}</a></sup></p>'
        ),
    )


FOOTNOTES_OPEN = Raw(
    '<section data-footnotes="true" class="footnotes"><h2 class="anchor anchorWithStickyNavbar_LWe7'
    ' sr-only" id="footnote-label">Footnotes<a href="#footnote-label" class="hash-link" '
    f'aria-label="{HASH_TITLE}" title="{HASH_TITLE}">{ZWSP}</a></h2>\n<ol>'
)
FOOTNOTES_CLOSE = Raw("</ol>\n</section>")


def fn_note(text: str, n: int) -> M:
    return M(
        text,
        markup=(
            f'<li id="user-content-fn-{n}">\n<p>{esc(text)} <a href="#user-content-fnref-{n}" '
            f'data-footnote-backref="" aria-label="Back to reference {n}" '
            f'class="data-footnote-backref">↩</a></p>\n</li>'
        ),
    )


_PY_KEYWORDS = {"import", "def", "for", "in", "if", "return", "from"}
_PY_BUILTINS = {"print", "int", "sum", "map"}


def code_line(line: str) -> str:
    """One Prism line of Python, tokens as prism-react-renderer prints them."""
    out = []
    for tok in re.findall(r"\s+|\w+|[^\w\s]", line):
        if tok in _PY_KEYWORDS:
            cls = "keyword"
        elif tok in _PY_BUILTINS:
            cls = "builtin"
        elif tok.isdigit():
            cls = "number"
        elif tok in "=%+-*/":
            cls = "operator"
        elif tok in "()[].,:":
            cls = "punctuation"
        else:
            cls = "plain"
        out.append(f'<span class="token {cls}">{esc(tok)}</span>')
    return f'<span class="token-line" style="color:#393A34">{"".join(out)}<br></span>'


def img_tag(pic: Img) -> str:
    alt = esc(pic.alt) if isinstance(pic, Pic) else ""
    return f'<img loading="lazy" alt="{alt}" src="{esc(pic.src)}" width="1280" height="853" class="img_ev3q">'


def render_image(pic: Img) -> str:
    if pic.style == "em":
        return f"<p>{img_tag(pic)}\n<em>{esc(pic.printed or '')}</em></p>"
    if pic.style == "fig":
        return (
            f'<figure style="text-align:center;margin:1rem 0">{img_tag(pic)}'
            f'<figcaption style="font-size:14px;color:#555">{esc(pic.printed or "")}</figcaption></figure>'
        )
    return f"<p>{img_tag(pic)}</p>"


def render_blocks(blocks: list) -> str:
    """The markdown's HTML as Docusaurus's MDX prints it; consecutive list items/rows grouped."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        style = getattr(b, "style", "")
        if isinstance(b, M):
            out.append(b.markup)
        elif isinstance(b, P) and style in ("li", "oli", "tr", "th", "code"):
            group = [b]
            kinds = ("tr", "th") if style in ("tr", "th") else (style,)
            while (
                i + 1 < len(blocks)
                and isinstance(blocks[i + 1], P)
                and not isinstance(blocks[i + 1], M)
            ):
                if blocks[i + 1].style not in kinds:
                    break
                group.append(blocks[i + 1])
                i += 1
            if style in ("li", "oli"):
                tag = "ul" if style == "li" else "ol"
                items = "\n".join(f"<li>{esc(g.text)}</li>" for g in group)
                out.append(f"<{tag}>\n{items}\n</{tag}>")
            elif style == "code":
                lines = "".join(code_line(g.text) for g in group)
                out.append(
                    '<div class="language-python codeBlockContainer_Ckt0 theme-code-block" '
                    'style="--prism-color:#393A34;--prism-background-color:#f6f8fa">'
                    '<div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code '
                    'language-python codeBlock_bY9V thin-scrollbar" style="color:#393A34;'
                    f'background-color:#f6f8fa"><code class="codeBlockLines_e6Vv">{lines}</code></pre>'
                    '<div class="buttonGroup__atx"><button type="button" aria-label="Sao chép code vào'
                    ' bộ nhớ tạm" title="Sao chép" class="clean-btn"><span class="copyButtonIcons_eSgA"'
                    ' aria-hidden="true"><svg viewBox="0 0 24 24" class="copyButtonIcon_y97N"><path '
                    'fill="currentColor" d="M19,21H8V7H19M19,5H8A2,2 0 0,0 6,7V21A2,2 0 0,0 8,23H19A2,'
                    '2 0 0,0 21,21V7A2,2 0 0,0 19,5M16,1H4A2,2 0 0,0 2,3V17H4V3H16V1Z"></path></svg>'
                    "</span></button></div></div></div>"
                )
            else:
                rows = []
                head = [g for g in group if g.style == "th"]
                body = [g for g in group if g.style == "tr"]
                if head:
                    cells = "".join(f"<th>{esc(c)}</th>" for c in head[0].text.split(" | "))
                    rows.append(f"<thead>\n<tr>{cells}</tr>\n</thead>")
                trs = "\n".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in g.text.split(" | ")) + "</tr>"
                    for g in body
                )
                rows.append(f"<tbody>\n{trs}\n</tbody>")
                out.append("<table>" + "\n".join(rows) + "</table>")
        elif isinstance(b, P):
            if style in ("h2", "h3"):
                out.append(heading(int(style[1]), b.text))
            elif style == "quote":
                out.append(f"<blockquote>\n<p>{esc(b.text)}</p>\n</blockquote>")
            else:
                out.append(f"<p>{esc(b.text)}</p>")
        elif isinstance(b, Img):
            out.append(render_image(b))
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    return "\n".join(out)


def toc_items(blocks: list) -> list[tuple[int, str]]:
    return [
        (int(b.style[1]), b.text)
        for b in blocks
        if isinstance(b, P) and not isinstance(b, M) and b.style in ("h2", "h3")
    ]


def render_toc(blocks: list, extra_class: str = "") -> str:
    items = toc_items(blocks)
    if not items:
        return ""
    indent = {2: "", 3: ' style="margin-left:1rem"'}
    lis = "".join(
        f'<li{indent[lvl]}><a href="#{slugify(t)}" class="table-of-contents__link toc-highlight">'
        f"{esc(t)}</a></li>"
        for lvl, t in items
    )
    return (
        f'<div class="tableOfContents_bqdL thin-scrollbar {extra_class}"><ul class="table-of-contents '
        f'table-of-contents__left-border">{lis}</ul></div>'
    )


# --- the articles --------------------------------------------------------------------------

LETTERHEAD = Raw(
    '<table style="width:100%;border:none;border-collapse:collapse" class="bang-tieu-de"><tbody><tr>'
    '<td style="border:none;text-align:center;width:42%">SỞ GD&amp;ĐT QUẢNG TRỊ<br><strong>TRƯỜNG'
    " THPT NGUYỄN TRÃI</strong><br>———</td>"
    '<td style="border:none;text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
    "<br><strong>Độc lập - Tự do - Hạnh phúc</strong><br>———————</td></tr>"
    '<tr><td style="border:none;text-align:center">Số: 187/TB-THPTNT</td>'
    '<td style="border:none;text-align:center"><em>Ba Đồn, ngày 30 tháng 11 năm 2026</em></td>'
    "</tr></tbody></table>\n"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br><strong>Về việc tuyển chọn học sinh'
    " vào đội tuyển dự thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12, năm học 2026–2027</strong></p>"
)
SIGNATURE = Raw(
    '<table style="width:100%;border:none" class="bang-ky"><tbody><tr>'
    '<td style="border:none;vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br>'
    "- GVCN các lớp 12;<br>- Các tổ chuyên môn;<br>- Website trường;<br>- Lưu: VT, CM.</td>"
    '<td style="border:none;text-align:center;vertical-align:top"><strong>KT. HIỆU TRƯỞNG<br>PHÓ'
    " HIỆU TRƯỞNG</strong><br><br><em>(đã ký)</em><br><br><strong>Nguyễn Văn Quang</strong></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        id=1,
        slug="ke-hoach-hoi-khoe-phu-dong-2026",
        title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026–2027",
        cat="thong-bao",
        published_at="2026-12-03",
        authors=["Tổ Thể dục – GDQP&AN"],
        blocks=[
            P(
                "Nhằm đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại và tuyển chọn"
                " vận động viên cho đội tuyển của trường tham gia Hội khỏe Phù Đổng tỉnh Quảng Trị"
                " năm 2027, Trường THPT Nguyễn Trãi tổ chức Hội khỏe Phù Đổng cấp trường năm học"
                " 2026–2027."
            ),
            P("Thời gian và địa điểm", "h2"),
            P("Thời gian: từ ngày 14/12 đến ngày 19/12/2026 (các buổi chiều).", "li"),
            P("Địa điểm: sân vận động và nhà đa năng của trường.", "li"),
            P("Các môn thi đấu", "h2"),
            P("TT | Môn thi | Nội dung | Đối tượng", "th"),
            P("1 | Điền kinh | Chạy 100m, 400m, nhảy xa | Nam, nữ các khối", "tr"),
            P("2 | Bóng đá | Bóng đá nam 7 người | Khối 10, 11, 12", "tr"),
            P("3 | Cầu lông | Đơn nam, đơn nữ, đôi nam nữ | Học sinh toàn trường", "tr"),
            P("4 | Kéo co | Đồng đội 10 người (5 nam, 5 nữ) | Theo lớp", "tr"),
            Raw(adm_open("warning")),
            P(
                "Mỗi học sinh đăng ký tối đa 02 môn thi đấu cá nhân. Học sinh có vấn đề về sức"
                " khỏe phải có ý kiến đồng ý của cha mẹ học sinh."
            ),
            ADM_CLOSE,
            P("Đăng ký thi đấu", "h2"),
            P(
                "Giáo viên chủ nhiệm tổng hợp danh sách vận động viên của lớp, gửi về Tổ Thể dục –"
                " GDQP&AN (thầy Nguyễn Hữu Thắng) trước 16 giờ 00 ngày 10/12/2026."
            ),
            Raw(
                '<p>📎 Tải về: <a href="/files/mau-dang-ky-hkpd-2026.pdf" target="_blank">Mẫu đăng'
                " ký thi đấu Hội khỏe Phù Đổng (PDF, 86 KB)</a></p>"
            ),
        ],
        opts={
            "path": "/blog/ke-hoach-hoi-khoe-phu-dong-2026",
            "iso": "2026-12-03T00:00:00.000Z",
            "tags": ["thong-bao"],
            "authors": ["tdqp"],
            "unlisted": True,
            "trunc": 1,
            "file": "2026-12-03-ke-hoach-hkpd/index.md",
        },
    ),
    Story(
        id=2,
        slug="thong-bao-tuyen-chon-doi-tuyen-hsg-12",
        title="Thông báo tuyển chọn bổ sung học sinh vào đội tuyển học sinh giỏi cấp tỉnh lớp 12",
        cat="thong-bao",
        published_at="2026-11-30",
        authors=["Nguyễn Văn Quang"],
        blocks=[
            LETTERHEAD,
            P(
                "Căn cứ Kế hoạch số 2415/KH-SGDĐT ngày 12/11/2026 của Sở Giáo dục và Đào tạo Quảng"
                " Trị về việc tổ chức kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12 năm học"
                " 2026–2027;"
            ),
            P("Căn cứ kết quả khảo sát chất lượng đội tuyển lần 2 ngày 28/11/2026,"),
            P(
                "Trường THPT Nguyễn Trãi thông báo tuyển chọn bổ sung học sinh vào đội tuyển dự"
                " thi học sinh giỏi cấp tỉnh như sau:"
            ),
            P(
                "1. Đối tượng: học sinh lớp 12 có điểm trung bình môn đăng ký dự thi của học kỳ II"
                " năm học 2025–2026 đạt từ 8,0 trở lên, kết quả rèn luyện xếp loại Tốt."
            ),
            P(
                "2. Các môn tuyển chọn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử,"
                " Địa lí, Tiếng Anh."
            ),
            P(
                "3. Hình thức: làm bài khảo sát tự luận 150 phút (riêng môn Tin học lập trình trên"
                " máy tính) vào sáng thứ Bảy, ngày 12/12/2026 tại các phòng học tầng 2, nhà A."
            ),
            P(
                "4. Đăng ký: học sinh đăng ký với giáo viên chủ nhiệm; giáo viên chủ nhiệm tổng hợp"
                " gửi về Phó Hiệu trưởng phụ trách chuyên môn trước ngày 09/12/2026."
            ),
            P(
                "Đề nghị giáo viên chủ nhiệm các lớp 12 phổ biến thông báo này đến học sinh để thực"
                " hiện./."
            ),
            SIGNATURE,
        ],
        opts={
            "path": "/blog/thong-bao-tuyen-chon-doi-tuyen-hsg-12",
            "iso": "2026-12-02T00:00:00.000Z",
            "tags": ["hoc-sinh-gioi", "thong-bao"],
            "authors": ["admin"],
            "trunc": 4,
            "home": True,
            "file": "2026-12-02-tb-doi-tuyen-hsg/index.mdx",
            "evidence": "ngày 30 tháng 11 năm 2026",
            "thumb": "/img/blog/thumb-thong-bao.png",
        },
    ),
    Story(
        id=3,
        slug="ngay-hoi-stem-robotics-lan-3",
        title="Sôi nổi Ngày hội STEM – Robotics lần thứ III",
        cat="tin-hoat-dong",
        published_at="2026-12-01",
        authors=["Lê Minh Đức"],
        blocks=[
            P(
                "Ngày 29/11, Trường THPT Nguyễn Trãi tổ chức Ngày hội STEM – Robotics lần thứ III"
                " với sự tham gia của gần 900 học sinh ba khối lớp. Đây là hoạt động thường niên"
                " nhằm khơi dậy niềm đam mê khoa học, kỹ thuật và rèn luyện kỹ năng làm việc nhóm"
                " cho học sinh."
            ),
            Pic(
                "/assets/images/stem-robotics-1-a3f9c2d1.jpg",
                printed="Các đội thi Robotics khối 11 chuẩn bị cho phần thi vượt chướng ngại vật.",
                caption="Các đội thi Robotics khối 11 chuẩn bị cho phần thi vượt chướng ngại vật.",
                style="em",
                alt="Ngày hội STEM",
            ),
            P(
                "Ngày hội gồm ba hoạt động chính: triển lãm sản phẩm STEM của các lớp, cuộc thi"
                " điều khiển robot vượt chướng ngại vật và chương trình “Nhà khoa học nhí” dành cho"
                " học sinh khối 10."
            ),
            P(
                "Năm nay, 36 lớp mang đến 52 sản phẩm, nhiều sản phẩm gắn với thực tiễn địa phương"
                " như hệ thống cảnh báo ngập lụt cho các xã ven sông Gianh, máy tưới rau tự động"
                " dùng năng lượng mặt trời, thùng rác phân loại thông minh."
            ),
            P("Robot “Gianh Xanh” giành giải Nhất", "h2"),
            P(
                "Ở phần thi Robotics, đội 11A1 với robot “Gianh Xanh” vượt qua 8 chướng ngại vật"
                " trong 2 phút 14 giây, giành giải Nhất. Giải Nhì thuộc về đội 12A3; giải Ba thuộc"
                " về đội 10A2 và đội 11A5."
            ),
            Pic(
                "/assets/images/stem-robotics-trao-giai-7b21e0c4.jpg",
                printed="Thầy Đặng Quốc Toản, Hiệu trưởng nhà trường, trao giải Nhất cho đội 11A1.",
                caption="Thầy Đặng Quốc Toản, Hiệu trưởng nhà trường, trao giải Nhất cho đội 11A1.",
                style="fig",
                alt="Trao giải",
            ),
            P(
                "Phát biểu bế mạc, thầy Đặng Quốc Toản ghi nhận sự chuẩn bị công phu của các lớp và"
                " cho biết nhà trường sẽ chọn 5 sản phẩm tiêu biểu để tiếp tục hoàn thiện, tham gia"
                " Cuộc thi Khoa học kỹ thuật cấp tỉnh năm học tới."
            ),
        ],
        opts={
            "path": "/blog/ngay-hoi-stem-robotics-lan-3",
            "iso": "2026-11-30T23:15:00.000Z",
            "tags": ["tin-hoat-dong", "stem"],
            "authors": ["lmduc"],
            "trunc": 1,
            "home": True,
            "file": "2026-12-01-ngay-hoi-stem/index.md",
            "thumb": "/img/blog/thumb-stem-2026.jpg",
        },
    ),
    Story(
        id=4,
        slug="vong-loai-lap-trinh-tre-2026",
        title="CLB Tin học tổ chức vòng loại cuộc thi “Lập trình trẻ Nguyễn Trãi” năm 2026",
        cat="clb-tin-hoc",
        published_at="2026-11-27",
        authors=["Phạm Thị Hương", "Lê Minh Đức"],
        summary=(
            "Chiều 25/11, CLB Tin học Trường THPT Nguyễn Trãi tổ chức vòng loại cuộc thi “Lập"
            " trình trẻ Nguyễn Trãi” năm 2026 với 64 thí sinh đến từ 21 lớp."
        ),
        blocks=[
            bold(
                "Chiều 25/11, CLB Tin học Trường THPT Nguyễn Trãi tổ chức vòng loại cuộc thi “Lập"
                " trình trẻ Nguyễn Trãi” năm 2026 với 64 thí sinh đến từ 21 lớp."
            ),
            P(
                "Cuộc thi diễn ra trong 120 phút trên hệ thống chấm bài tự động của CLB (xây dựng"
                " trên nền tảng DMOJ). Thí sinh giải 4 bài toán với độ khó tăng dần, được sử dụng"
                " ngôn ngữ C++ hoặc Python."
            ),
            Pic(
                "/assets/images/vong-loai-phong-may-6c1f0e2a.jpg",
                printed="Thí sinh làm bài tại phòng máy số 2.",
                caption="Thí sinh làm bài tại phòng máy số 2.",
                style="em",
                alt="Phòng máy",
            ),
            P("Bài dễ nhất cũng có “bẫy”", "h2"),
            P(
                "Bài 1 “Chia kẹo” yêu cầu tính tổng các số chia hết cho 3 trong một dãy số. Nhiều"
                " bạn bị mất điểm vì đọc dữ liệu quá chậm khi dãy có tới một triệu phần tử. Lời"
                " giải tham khảo bằng Python được ban giám khảo công bố sau cuộc thi:"
            ),
            P("import sys", "code"),
            P("def main():", "code"),
            P("    data = sys.stdin.buffer.read().split()", "code"),
            P("    n = int(data[0])", "code"),
            P("    tong = sum(x for x in map(int, data[1:n + 1]) if x % 3 == 0)", "code"),
            P("    print(tong)", "code"),
            P("main()", "code"),
            P(
                "Kết quả, 18 thí sinh có điểm cao nhất được vào vòng chung kết, dự kiến tổ chức vào"
                " ngày 19/12/2026. Các bạn vào chung kết được CLB bồi dưỡng thêm 3 buổi về thuật"
                " toán tham lam và quy hoạch động."
            ),
            P(
                "“Em rất bất ngờ vì bài 1 tưởng dễ mà lại mất điểm do chạy quá thời gian. Đây là bài"
                " học đầu tiên về tối ưu chương trình”, bạn Trương Gia Bảo (lớp 10A1) chia sẻ.",
                "quote",
            ),
        ],
        opts={
            "path": "/blog/vong-loai-lap-trinh-tre-2026",
            "iso": "2026-11-27T00:00:00.000Z",
            "tags": ["clb-tin-hoc", "hoc-sinh-gioi"],
            "authors": ["pthuong", "lmduc"],
            "trunc": 2,
            "home": True,
            "file": "2026-11-27-vong-loai-lap-trinh-tre/index.md",
            "thumb": "/img/blog/thumb-lap-trinh-tre.jpg",
        },
    ),
    Story(
        id=5,
        slug="huong-dan-on-tap-kiem-tra-cuoi-hk1",
        title="Hướng dẫn ôn tập, kiểm tra cuối học kỳ I năm học 2026–2027",
        cat="chuyen-mon",
        published_at="2026-11-24",
        authors=["Nguyễn Văn Quang"],
        blocks=[
            P(
                "Để học sinh chủ động ôn tập và đạt kết quả tốt trong kỳ kiểm tra cuối học kỳ I,"
                " nhà trường hướng dẫn một số nội dung cụ thể như sau."
            ),
            P("Thời gian kiểm tra", "h2"),
            P(
                "Kiểm tra tập trung các môn Toán, Ngữ văn, Tiếng Anh và các môn lựa chọn từ ngày"
                " 21/12 đến ngày 26/12/2026; các môn còn lại do giáo viên bộ môn tổ chức kiểm tra"
                " tại lớp theo kế hoạch của tổ chuyên môn."
            ),
            Raw(adm_open("info")),
            P(
                "Lịch kiểm tra chi tiết từng buổi sẽ được đăng trong mục Lịch công tác và gửi qua"
                " ứng dụng vnEdu Connect đến cha mẹ học sinh trước ngày 15/12/2026."
            ),
            ADM_CLOSE,
            P("Cấu trúc đề kiểm tra", "h2"),
            P(
                "Đề kiểm tra các môn có hình thức trắc nghiệm được xây dựng theo định dạng đề thi"
                " tốt nghiệp THPT từ năm 2025, gồm ba phần:"
            ),
            P("Phần I: câu trắc nghiệm nhiều phương án lựa chọn;", "oli"),
            P("Phần II: câu trắc nghiệm đúng sai;", "oli"),
            P("Phần III: câu trắc nghiệm trả lời ngắn.", "oli"),
            P("Môn Ngữ văn kiểm tra tự luận 90 phút, gồm phần Đọc hiểu và phần Viết."),
            M(
                "Mẹo ôn tập cho học sinh khối 12",
                markup=adm_open("tip", "Mẹo ôn tập cho học sinh khối 12"),
            ),
            P("Ôn theo chủ đề, không học tủ, học lệch;", "li"),
            P("Làm ít nhất hai đề minh họa có bấm giờ mỗi tuần;", "li"),
            P(
                "Ghi lại các lỗi sai thường gặp vào một cuốn sổ riêng để xem lại trước khi thi.",
                "li",
            ),
            ADM_CLOSE,
            P("Lưu ý về kỷ luật phòng thi", "h2"),
            Raw(adm_open("warning")),
            P(
                "Học sinh mang điện thoại, thiết bị có khả năng truyền tin vào phòng kiểm tra sẽ bị"
                " đình chỉ và nhận điểm 0 bài kiểm tra đó."
            ),
            ADM_CLOSE,
            P(
                "Mọi thắc mắc về lịch và nội dung ôn tập, học sinh liên hệ giáo viên bộ môn hoặc"
                " thầy Nguyễn Văn Quang, Phó Hiệu trưởng (điện thoại 0912 486 357)."
            ),
        ],
        opts={
            "path": "/blog/huong-dan-on-tap-kiem-tra-cuoi-hk1",
            "iso": "2026-11-24T00:00:00.000Z",
            "tags": ["chuyen-mon"],
            "authors": ["nvquang"],
            "trunc": 1,
            "home": True,
            "updated": ("2026-12-04T02:11:37.000Z", "quangnv"),
            "file": "2026-11-24-huong-dan-on-tap-hk1/index.md",
            "thumb": "/img/blog/thumb-on-tap.png",
        },
    ),
    Story(
        id=6,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        cat="tin-hoat-dong",
        published_at="2026-11-20",
        authors=["Trần Thị Hoa"],
        photographers=["Lê Minh Đức"],
        summary=(
            "Sáng 20/11, Trường THPT Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà"
            " giáo Việt Nam. Đến dự có đại diện lãnh đạo Đảng ủy, HĐND, UBND phường Ba Đồn, Ban"
            " đại diện Cha mẹ học sinh và đông đảo các thế hệ thầy cô giáo từng công tác tại trường."
        ),
        blocks=[
            bold(
                "Sáng 20/11, Trường THPT Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà"
                " giáo Việt Nam. Đến dự có đại diện lãnh đạo Đảng ủy, HĐND, UBND phường Ba Đồn, Ban"
                " đại diện Cha mẹ học sinh và đông đảo các thế hệ thầy cô giáo từng công tác tại"
                " trường."
            ),
            Pic(
                "/assets/images/le-20-11-toan-canh-2d8e41b7.jpg",
                printed="Quang cảnh buổi lễ.",
                caption="Quang cảnh buổi lễ.",
                style="fig",
                alt="le-20-11",
            ),
            P(
                "Ôn lại truyền thống ngày 20/11, thầy Đặng Quốc Toản, Hiệu trưởng nhà trường, điểm"
                " lại những kết quả nổi bật của năm học 2025–2026: tỉ lệ tốt nghiệp THPT đạt 99,6%;"
                " 27 học sinh đạt giải học sinh giỏi cấp tỉnh; 2 dự án đạt giải tại Cuộc thi Khoa"
                " học kỹ thuật cấp tỉnh."
            ),
            P(
                "Nhân dịp này, nhà trường trao Giấy khen cho 12 giáo viên có thành tích xuất sắc"
                " trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”; Đoàn trường trao"
                " giải Hội thi văn nghệ “Tri ân thầy cô” cho các chi đoàn."
            ),
            Pic(
                "/assets/images/le-20-11-tang-hoa-90c3aa15.jpg",
                printed="(Đại diện Ban đại diện Cha mẹ học sinh tặng hoa chúc mừng các thầy cô giáo)",
                caption="Đại diện Ban đại diện Cha mẹ học sinh tặng hoa chúc mừng các thầy cô giáo",
                style="em",
                alt="tặng hoa",
            ),
            P(
                "Buổi lễ khép lại bằng tiết mục hợp xướng “Bụi phấn” do 120 học sinh khối 10 thể"
                " hiện, để lại nhiều cảm xúc cho các thế hệ thầy cô."
            ),
            Raw(
                '<p style="text-align:right"><strong>Tin: Trần Thị Hoa – Ảnh: Lê Minh Đức</strong></p>'
            ),
        ],
        opts={
            "path": "/blog/le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
            "iso": "2026-11-20T00:00:00.000Z",
            "tags": ["ngay-nha-giao", "tin-hoat-dong"],
            "authors": [],
            "trunc": 2,
            "file": "2026-11-20-le-ky-niem-20-11/index.md",
        },
    ),
    Story(
        id=7,
        slug="hoi-thao-doc-hieu-van-ban-theo-the-loai",
        title="Hội thảo chuyên đề “Dạy học đọc hiểu văn bản theo thể loại” môn Ngữ văn",
        cat="chuyen-mon",
        published_at="2026-11-18",
        authors=["Trần Thị Hoa"],
        blocks=[
            P(
                "Ngày 16/11/2026, Tổ Ngữ văn Trường THPT Nguyễn Trãi tổ chức hội thảo chuyên đề"
                " “Dạy học đọc hiểu văn bản theo thể loại” với sự tham gia của 14 giáo viên trong"
                " tổ và giáo viên Ngữ văn của hai trường THPT trên địa bàn."
            ),
            fn_para(
                "Chương trình môn Ngữ văn 2018 tổ chức nội dung dạy học theo thể loại, yêu cầu học"
                " sinh nắm được đặc trưng của từng thể loại để tự đọc được những văn bản mới.1",
                1,
            ),
            P("Tiết dạy minh họa", "h2"),
            P(
                "Cô Hoàng Thị Mai Anh dạy minh họa bài “Tràng giang” (Huy Cận) tại lớp 11A4, tập"
                " trung hướng dẫn học sinh nhận diện yếu tố cổ điển và hiện đại trong thơ mới. Sau"
                " tiết dạy, các thầy cô thảo luận sôi nổi về cách thiết kế câu hỏi đọc hiểu theo"
                " các mức độ nhận thức."
            ),
            Pic(
                "/assets/images/hoi-thao-ngu-van-5e0d7f3a.jpg",
                printed="Cô Hoàng Thị Mai Anh dạy minh họa tại lớp 11A4.",
                caption="Cô Hoàng Thị Mai Anh dạy minh họa tại lớp 11A4.",
                style="em",
                alt="Tiết dạy minh họa",
            ),
            fn_para(
                "Theo các thầy cô, khó khăn lớn nhất hiện nay là học sinh quen học thuộc bài văn"
                " mẫu, ngại tự đọc và trình bày cảm nhận riêng; việc dùng ngữ liệu ngoài sách giáo"
                " khoa trong đề kiểm tra đã bước đầu khắc phục tình trạng này.2",
                2,
            ),
            P("Thống nhất một số giải pháp", "h2"),
            P("Xây dựng ngân hàng ngữ liệu ngoài sách giáo khoa theo từng thể loại;", "li"),
            P("Tăng thời lượng cho hoạt động đọc mở rộng và câu lạc bộ đọc sách;", "li"),
            P("Đổi mới kiểm tra, đánh giá theo hướng không dùng lại văn bản đã học.", "li"),
            FOOTNOTES_OPEN,
            fn_note(
                "Bộ Giáo dục và Đào tạo, Chương trình giáo dục phổ thông môn Ngữ văn (ban hành kèm"
                " theo Thông tư số 32/2018/TT-BGDĐT ngày 26/12/2018).",
                1,
            ),
            fn_note(
                "Công văn số 3175/BGDĐT-GDTrH ngày 21/7/2022 của Bộ GD&ĐT hướng dẫn đổi mới phương"
                " pháp dạy học và kiểm tra, đánh giá môn Ngữ văn.",
                2,
            ),
            FOOTNOTES_CLOSE,
        ],
        opts={
            "path": "/blog/hoi-thao-doc-hieu-van-ban-theo-the-loai",
            "iso": "2026-11-18T00:00:00.000Z",
            "tags": ["chuyen-mon"],
            "authors": ["tthoa"],
            "trunc": 1,
            "file": "2026-11-18-hoi-thao-ngu-van/index.md",
        },
    ),
    Story(
        id=8,
        slug="nghi-hoc-phong-tranh-bao-so-12",
        title="Thông báo cho học sinh nghỉ học ngày 14/11/2026 để phòng, tránh bão số 12",
        cat="thong-bao",
        published_at="2026-11-13",
        authors=["Ban Giám hiệu"],
        blocks=[
            P(
                "Thực hiện Công điện số 18/CĐ-UBND ngày 13/11/2026 của UBND tỉnh Quảng Trị về việc"
                " chủ động ứng phó với bão số 12, Trường THPT Nguyễn Trãi thông báo:"
            ),
            P("Toàn bộ học sinh nghỉ học ngày thứ Bảy, 14/11/2026.", "li"),
            P("Học sinh khối 12 tạm hoãn buổi học phụ đạo chiều Chủ nhật, 15/11/2026.", "li"),
            P(
                "Thời gian đi học trở lại sẽ được thông báo qua giáo viên chủ nhiệm và ứng dụng"
                " vnEdu Connect.",
                "li",
            ),
            P(
                "Đề nghị cha mẹ học sinh nhắc nhở con em không ra sông, suối, vùng ngập lụt; giáo"
                " viên chủ nhiệm thường xuyên nắm tình hình học sinh của lớp trong và sau bão."
            ),
            Raw('<div align="right"><strong>Ban Giám hiệu</strong></div>'),
        ],
        opts={
            "path": "/blog/nghi-hoc-phong-tranh-bao-so-12",
            "iso": "2026-11-13T09:00:00.000Z",
            "tags": ["thong-bao"],
            "authors": ["admin"],
            "trunc": None,
            "file": "2026-11-13-nghi-hoc-bao-so-12.md",
        },
    ),
    Story(
        id=9,
        slug="rung-chuong-vang-tim-hieu-phap-luat",
        title="Sân chơi “Rung chuông vàng – Tìm hiểu pháp luật” thu hút hơn 100 đoàn viên",
        cat="doan-hoi",
        published_at="2026-11-09",
        authors=["Đoàn trường THPT Nguyễn Trãi"],
        blocks=[
            P(
                "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (9/11), chiều"
                " 7/11, Đoàn trường THPT Nguyễn Trãi tổ chức sân chơi “Rung chuông vàng – Tìm hiểu"
                " pháp luật” dành cho đoàn viên khối 10 và khối 11."
            ),
            P(
                "Hơn 100 thí sinh đại diện cho 24 chi đoàn trả lời 25 câu hỏi về Luật Trật tự, an"
                " toàn giao thông đường bộ, Luật An ninh mạng, Luật Phòng, chống ma túy và các quy"
                " định về phòng, chống bạo lực học đường."
            ),
            Pic(
                "/img/blog/2026/rung-chuong-vang-01.jpg", alt="Thí sinh giơ bảng đáp án", style="md"
            ),
            P(
                "Sau nhiều câu hỏi loại, em Nguyễn Khánh Linh (lớp 11A2) là thí sinh duy nhất vượt"
                " qua câu hỏi số 25 và rung chuông vàng. Ban tổ chức cũng trao 4 giải phụ cho các"
                " chi đoàn có đội cổ động ấn tượng."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/blog/2026/10/15/dai-hoi-doan-truong-nhiem-'
                'ky-2026-2027">Đại hội Đoàn trường THPT Nguyễn Trãi nhiệm kỳ 2026 – 2027</a></p>'
            ),
        ],
        opts={
            "path": "/blog/rung-chuong-vang-tim-hieu-phap-luat",
            "iso": "2026-11-09T00:00:00.000Z",
            "tags": ["doan-hoi"],
            "authors": ["doantruong"],
            "trunc": 1,
            "file": "2026-11-09-rung-chuong-vang/index.md",
        },
    ),
    Story(
        id=10,
        slug="trao-hoc-bong-tiep-suc-den-truong-2026",
        title="Trao 25 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="tin-hoat-dong",
        published_at="2026-11-02",
        authors=["Hoài Nam"],
        photographers=["Hoài Nam"],
        source="Báo Quảng Trị điện tử",
        summary=(
            "Ngày 31/10, Hội Khuyến học phường Ba Đồn phối hợp với Trường THPT Nguyễn Trãi và Câu"
            " lạc bộ Doanh nhân Quảng Trị tại TP. Hồ Chí Minh trao 25 suất học bổng “Tiếp sức đến"
            " trường” cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt."
        ),
        blocks=[
            bold(
                "Ngày 31/10, Hội Khuyến học phường Ba Đồn phối hợp với Trường THPT Nguyễn Trãi và"
                " Câu lạc bộ Doanh nhân Quảng Trị tại TP. Hồ Chí Minh trao 25 suất học bổng “Tiếp"
                " sức đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt."
            ),
            P(
                "Mỗi suất học bổng gồm 3 triệu đồng tiền mặt cùng một bộ sách giáo khoa và đồ dùng"
                " học tập. Tổng giá trị học bổng đợt này gần 85 triệu đồng."
            ),
            Pic(
                "/assets/images/hoc-bong-tiep-suc-4c8b2e90.jpg",
                printed="Ảnh: Hoài Nam",
                caption=None,
                style="em",
                alt="Trao học bổng",
            ),
            P(
                "Theo kế hoạch, chương trình sẽ được duy trì trong ba năm học liên tiếp, ưu tiên học"
                " sinh ở các xã vùng lũ ven sông Gianh và con em gia đình chính sách."
            ),
            P(
                "Em Phan Thị Thu Trang, học sinh lớp 12A6, mồ côi cha từ nhỏ, xúc động chia sẻ: “Số"
                " tiền học bổng giúp em có thêm điều kiện ôn thi tốt nghiệp và theo đuổi ước mơ trở"
                " thành cô giáo”."
            ),
            Raw('<p style="text-align:right"><strong>Hoài Nam</strong></p>'),
            Raw('<p style="text-align:right"><em>Theo Báo Quảng Trị điện tử</em></p>'),
        ],
        opts={
            "path": "/blog/trao-hoc-bong-tiep-suc-den-truong-2026",
            "iso": "2026-11-02T00:00:00.000Z",
            "tags": ["tin-hoat-dong"],
            "authors": [],
            "trunc": 1,
            "file": "2026-11-02-trao-hoc-bong.md",
        },
    ),
    Story(
        id=11,
        slug="ket-qua-khkt-cap-tinh-2026",
        title="🏆 Đội tuyển Nguyễn Trãi giành 5 giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh",
        cat="tin-hoat-dong",
        published_at="2026-10-24",
        authors=["Phạm Thị Hương"],
        summary=(
            "Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Quảng Trị năm học"
            " 2026–2027, cả 5 dự án của học sinh Trường THPT Nguyễn Trãi đều đạt giải: 1 giải Nhất,"
            " 1 giải Nhì, 2 giải Ba và 1 giải Khuyến khích."
        ),
        blocks=[
            bold(
                "Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Quảng Trị năm học"
                " 2026–2027, cả 5 dự án của học sinh Trường THPT Nguyễn Trãi đều đạt giải: 1 giải"
                " Nhất, 1 giải Nhì, 2 giải Ba và 1 giải Khuyến khích."
            ),
            P(
                "Cuộc thi diễn ra từ ngày 20 đến 22/10/2026 tại Trường THPT chuyên Lê Quý Đôn (phường"
                " Đông Hà), với 142 dự án thuộc 18 lĩnh vực."
            ),
            P("Dự án | Học sinh thực hiện | Giải", "th"),
            P(
                "Hệ thống cảnh báo sớm ngập lụt dùng cảm biến siêu âm và LoRa | Trần Hữu Phúc, Lê"
                " Thảo Vy (12A1) | Nhất",
                "tr",
            ),
            P("Chế phẩm sinh học xử lý rơm rạ sau thu hoạch | Nguyễn Thị Hà My (11A3) | Nhì", "tr"),
            P(
                "Ứng dụng hỗ trợ người khiếm thị nhận diện tiền Việt Nam | Hoàng Minh Quân (12A1) |"
                " Ba",
                "tr",
            ),
            P(
                "Gạch không nung từ xỉ than và vỏ hến | Võ Thị Ngọc Ánh, Đinh Công Sơn (11A5) | Ba",
                "tr",
            ),
            P(
                "Mô hình tưới nhỏ giọt điều khiển qua điện thoại | Phan Văn Khải (10A1) | Khuyến"
                " khích",
                "tr",
            ),
            Pic(
                "/assets/images/khkt-giai-nhat-81d5a6c2.jpg",
                printed="Nhóm tác giả dự án “Hệ thống cảnh báo sớm ngập lụt” nhận giải Nhất.",
                caption="Nhóm tác giả dự án “Hệ thống cảnh báo sớm ngập lụt” nhận giải Nhất.",
                style="fig",
                alt="khkt",
            ),
            P(
                "Dự án đạt giải Nhất được chọn tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia dành"
                " cho học sinh trung học năm học 2026–2027."
            ),
        ],
        opts={
            "path": "/blog/ket-qua-khkt-cap-tinh-2026",
            "old": "/blog/2026/10/24/doi-tuyen-khkt-dat-giai",
            "iso": "2026-10-24T00:00:00.000Z",
            "tags": ["tin-hoat-dong", "stem"],
            "authors": ["pthuong"],
            "trunc": 2,
            "file": "2026-10-24-doi-tuyen-khkt-dat-giai/index.md",
        },
    ),
    Story(
        id=12,
        slug="dai-hoi-doan-truong-nhiem-ky-2026-2027",
        title="Đại hội Đoàn trường THPT Nguyễn Trãi nhiệm kỳ 2026 – 2027",
        cat="doan-hoi",
        published_at="2026-10-15",
        authors=["Võ Thị Thu Hằng"],
        blocks=[
            P(
                "Ngày 14/10/2026, Đoàn trường THPT Nguyễn Trãi tổ chức thành công Đại hội đại biểu"
                " lần thứ XXXV, nhiệm kỳ 2026 – 2027 với sự tham dự của 150 đại biểu đại diện cho gần"
                " 1.300 đoàn viên của 36 chi đoàn."
            ),
            Pic(
                "/assets/images/dai-hoi-doan-doan-chu-tich-c0e4b913.jpg",
                printed="Đoàn Chủ tịch điều hành Đại hội.",
                caption="Đoàn Chủ tịch điều hành Đại hội.",
                style="fig",
                alt="Đại hội",
            ),
            P(
                "Đại hội đánh giá kết quả thực hiện nhiệm vụ nhiệm kỳ 2025 – 2026, trong đó nổi bật"
                " là phong trào “Thanh niên tình nguyện” với 12 đợt ra quân vệ sinh môi trường và"
                " công trình thanh niên “Thắp sáng đường quê” dài 1,2 km tại xã Quảng Hòa."
            ),
            P("Chỉ tiêu nhiệm kỳ 2026 – 2027", "h3"),
            P("100% đoàn viên được học tập, quán triệt nghị quyết đại hội đoàn các cấp;", "li"),
            P(
                "Giới thiệu ít nhất 15 đoàn viên ưu tú để chi bộ xem xét, bồi dưỡng kết nạp Đảng;",
                "li",
            ),
            P("Mỗi chi đoàn thực hiện ít nhất một công trình, phần việc thanh niên.", "li"),
            P(
                "Đại hội đã bầu Ban Chấp hành Đoàn trường khóa mới gồm 15 đồng chí; cô Võ Thị Thu"
                " Hằng tiếp tục được tín nhiệm bầu giữ chức Bí thư Đoàn trường."
            ),
        ],
        opts={
            "path": "/blog/2026/10/15/dai-hoi-doan-truong-nhiem-ky-2026-2027",
            "iso": "2026-10-15T00:00:00.000Z",
            "tags": ["doan-hoi"],
            "authors": ["vtthang"],
            "trunc": 1,
            "file": "2026-10-15-dai-hoi-doan-truong-nhiem-ky-2026-2027.md",
        },
    ),
    Story(
        id=13,
        slug="trai-nghiem-huong-nghiep-khoi-12",
        title="Học sinh khối 12 trải nghiệm hướng nghiệp tại Trường Đại học Quảng Bình",
        cat="tin-hoat-dong",
        published_at="2026-10-05",
        authors=["Phạm Thị Hương"],
        blocks=[
            P(
                "Trong hai ngày 2 và 3/10/2026, gần 400 học sinh khối 12 Trường THPT Nguyễn Trãi"
                " tham gia chương trình trải nghiệm hướng nghiệp tại Trường Đại học Quảng Bình."
            ),
            P(
                "Các em được tham quan phòng thí nghiệm, thư viện, ký túc xá; nghe giới thiệu về các"
                " ngành đào tạo sư phạm, công nghệ thông tin, nông – lâm nghiệp và du lịch; trực tiếp"
                " học thử một buổi tại xưởng thực hành điện – điện tử."
            ),
            Pic(
                "/assets/images/huong-nghiep-xuong-thuc-hanh-0f9e7d21.jpg",
                printed="Học sinh lớp 12A3 tìm hiểu mô hình điện mặt trời tại xưởng thực hành.",
                caption="Học sinh lớp 12A3 tìm hiểu mô hình điện mặt trời tại xưởng thực hành.",
                style="em",
                alt="IMG_20261002_0915",
            ),
            P("Giải đáp băn khoăn về tuyển sinh năm 2027", "h2"),
            P(
                "Tại buổi giao lưu, cán bộ Phòng Đào tạo giải đáp nhiều câu hỏi của học sinh về"
                " phương thức xét tuyển năm 2027, việc sử dụng kết quả học bạ và kết quả kỳ thi"
                " đánh giá năng lực."
            ),
            P(
                "Thầy Nguyễn Văn Quang, Phó Hiệu trưởng, cho biết nhà trường sẽ tiếp tục phối hợp"
                " với các trường đại học, cao đẳng trong tỉnh tổ chức các buổi tư vấn tuyển sinh"
                " trước kỳ thi tốt nghiệp THPT năm 2027."
            ),
            P(
                "“Qua chuyến đi, em hiểu rõ hơn ngành mình định chọn và biết cần chuẩn bị những gì"
                " ngay từ bây giờ”, em Đỗ Hoàng Yến (lớp 12A5) chia sẻ.",
                "quote",
            ),
        ],
        opts={
            "path": "/blog/trai-nghiem-huong-nghiep-khoi-12",
            "iso": "2026-10-05T00:00:00.000Z",
            "tags": ["tin-hoat-dong"],
            "authors": ["pthuong"],
            "trunc": 2,
            "updated": ("2026-10-12T08:40:02.000Z", "pthuong-ntr"),
            "file": "2026-10-05-trai-nghiem-huong-nghiep/index.md",
        },
    ),
]

BY_PATH = {s.opts["path"]: s for s in STORIES}
LISTED = [s for s in STORIES if not s.opts.get("unlisted")]  # newest first
PER_PAGE = 5
MOST_READ = [6, 11, 3, 10]


def story(sid: int) -> Story:
    return next(s for s in STORIES if s.id == sid)


# --- dates -----------------------------------------------------------------------------------


def utc(iso: str) -> datetime:
    return datetime.strptime(iso, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def fmt_vi(iso: str) -> str:
    """Docusaurus's date line: Intl.DateTimeFormat('vi', {…, timeZone: 'UTC'})."""
    d = utc(iso)
    return f"{d.day} tháng {d.month}, {d.year}"


def rss_date(iso: str) -> str:
    return utc(iso).strftime("%a, %d %b %Y %H:%M:%S GMT")


def reading_time(s: Story) -> str:
    words = sum(len(p.split()) for p in s.paragraphs)
    n = max(1, math.ceil(words / 200))
    return "Một phút để đọc" if n == 1 else f"{n} phút để đọc"


def description(s: Story) -> str:
    return s.opts.get("desc") or (s.paragraphs[0] if s.paragraphs else s.title)


# --- chrome ------------------------------------------------------------------------------------


def announcement() -> str:
    return (
        '<div class="announcementBar_mb4j" style="background-color:#b71c1c;color:#fff" role="banner">'
        '<div class="announcementBarPlaceholder_vyr4"></div><div class="content_knG7 '
        'announcementBarContent_xLdY">📢 Đăng ký tham gia <b>Hội khỏe Phù Đổng cấp trường</b> đến'
        ' hết ngày 10/12/2026 — <a target="_self" rel="noopener noreferrer" style="color:#ffeb3b"'
        ' href="/blog/ke-hoach-hoi-khoe-phu-dong-2026/">xem kế hoạch</a></div><button type="button"'
        ' aria-label="Đóng" class="clean-btn close closeButton_CVFx announcementBarClose_gvF7">'
        '<svg viewBox="0 0 15 15" width="14" height="14"><g stroke="currentColor" stroke-width="3.1">'
        '<path d="M.75.75l13.5 13.5M14.25.75L.75 14.25"></path></g></svg></button></div>'
    )


def topbar() -> str:
    return (
        '<div class="thanhTren_Q8mZ" style="background:#0b3d91;color:#fff;font-size:13px;'
        'padding:4px 0"><div class="container" style="display:flex;justify-content:space-between">'
        f'<span id="ngay-hom-nay">🗓 {TODAY_STRIP}</span><span>☎ 0232 3512 468 · ✉ '
        '<a style="color:#fff" href="mailto:thptnguyentrai.qt@quangtri.edu.vn">'
        "thptnguyentrai.qt@quangtri.edu.vn</a></span></div></div>"
    )


def _dropdown(label: str, href: str, items: list[tuple[str, str]]) -> str:
    lis = "".join(f'<li><a class="dropdown__link" href="{h}">{esc(t)}</a></li>' for t, h in items)
    return (
        '<div class="navbar__item dropdown dropdown--hoverable"><a aria-haspopup="true" '
        f'aria-expanded="false" role="button" class="navbar__link" href="{href}">{esc(label)}</a>'
        f'<ul class="dropdown__menu">{lis}</ul></div>'
    )


def navbar() -> str:
    news = [("Tất cả tin bài", "/blog")] + [(TAGS[t], f"/blog/tags/{t}") for t in MENU_TAGS]
    news.append(("Lưu trữ tin", "/blog/archive"))
    return (
        '<nav aria-label="Main" class="navbar navbar--fixed-top navbar--primary"><div class="navbar__inner">'
        '<div class="navbar__items"><button aria-label="Bật tắt thanh điều hướng" aria-expanded="false"'
        ' class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" viewBox="0 0 30 30"'
        ' aria-hidden="true"><path stroke="currentColor" stroke-linecap="round" stroke-miterlimit="10"'
        ' stroke-width="2" d="M4 7h22M4 15h22M4 23h22"></path></svg></button>'
        '<a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo-ntr.png" '
        'alt="Logo THPT Nguyễn Trãi" class="themedComponent_mlkZ themedComponent--light_NVdE"></div>'
        '<b class="navbar__title text--truncate">THPT Nguyễn Trãi</b></a>'
        '<a class="navbar__item navbar__link" href="/">Trang chủ</a>'
        + _dropdown(
            "Giới thiệu",
            "/docs/gioi-thieu",
            [
                ("Giới thiệu chung", "/docs/gioi-thieu"),
                ("Thành tích nổi bật", "/docs/thanh-tich"),
                ("Liên hệ", "/docs/lien-he"),
            ],
        )
        + _dropdown("Tin tức", "/blog", news)
        + _dropdown(
            "Văn bản – Lịch",
            "#",
            [
                ("Nội quy học sinh", "/docs/noi-quy/noi-quy-hoc-sinh"),
                ("Thời khóa biểu", "/docs/thoi-khoa-bieu/hoc-ky-1"),
                ("Lịch công tác", "/docs/lich-cong-tac/thang-12-2026"),
            ],
        )
        + '</div><div class="navbar__items navbar__items--right">'
        '<a href="https://www.facebook.com/thptnguyentrai.badon" target="_blank" rel="noopener '
        'noreferrer" class="navbar__item navbar__link">Fanpage<svg width="13.5" height="13.5" '
        'aria-hidden="true" viewBox="0 0 24 24" class="iconExternalLink_nPIU"><path fill="currentColor"'
        ' d="M21 13v10h-21v-19h12v2h-10v15h17v-8h2zm3-12h-10.988l4.035 4-6.977 7.07 2.828 2.828 6.977-'
        '7.07 4.125 4.172v-11z"></path></svg></a>'
        '<a href="https://github.com/clbtinhoc-ntr/website" target="_blank" rel="noopener noreferrer"'
        ' class="navbar__item navbar__link header-github-link" aria-label="Mã nguồn trên GitHub"></a>'
        '<div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP '
        'toggleButtonDisabled_aARS" type="button" disabled="" title="Chuyển đổi chế độ sáng và tối '
        '(hiện tại chế độ sáng)" aria-label="Chuyển đổi chế độ sáng và tối (hiện tại chế độ sáng)" '
        'aria-live="polite"><svg viewBox="0 0 24 24" width="24" height="24" class="lightToggleIcon_pyhR">'
        '<path fill="currentColor" d="M12,9c1.65,0,3,1.35,3,3s-1.35,3-3,3s-3-1.35-3-3S10.35,9,12,9z">'
        "</path></svg></button></div>"
        '<div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button"'
        ' aria-label="Tìm kiếm"><span class="DocSearch-Button-Container"><svg width="20" height="20" '
        'class="DocSearch-Search-Icon" viewBox="0 0 20 20" aria-hidden="true"><path d="M14.386 14.386l4.'
        "0877 4.0877-4.0877-4.0877c-2.9418 2.9419-7.7115 2.9419-10.6533 0-2.9419-2.9418-2.9419-7.7115 0-"
        '10.6533 2.9418-2.9419 7.7115-2.9419 10.6533 0 2.9419 2.9418 2.9419 7.7115 0 10.6533z" '
        'stroke="currentColor" fill="none" fill-rule="evenodd" stroke-linecap="round" '
        'stroke-linejoin="round"></path></svg><span class="DocSearch-Button-Placeholder">Tìm kiếm</span>'
        '</span><span class="DocSearch-Button-Keys"></span></button></div></div></div>'
        '<div role="presentation" class="navbar-sidebar__backdrop"></div></nav>'
    )


def footer() -> str:
    def col(title: str, items: list[tuple[str, str]]) -> str:
        lis = "".join(
            f'<li class="footer__item"><a class="footer__link-item" href="{h}"'
            + (' target="_blank" rel="noopener noreferrer"' if h.startswith("http") else "")
            + f">{esc(t)}</a></li>"
            for t, h in items
        )
        return (
            f'<div class="col footer__col"><div class="footer__title">{esc(title)}</div>'
            f'<ul class="footer__items clean-list">{lis}</ul></div>'
        )

    return (
        '<footer class="footer footer--dark"><div class="container container-fluid"><div class="row '
        'footer__links">'
        + col(
            "Nhà trường",
            [
                ("Giới thiệu chung", "/docs/gioi-thieu"),
                ("Nội quy học sinh", "/docs/noi-quy/noi-quy-hoc-sinh"),
                ("Liên hệ", "/docs/lien-he"),
            ],
        )
        + col(
            "Tin tức",
            [
                ("Tất cả tin bài", "/blog"),
                ("Lưu trữ", "/blog/archive"),
                ("Thẻ", "/blog/tags"),
                ("Tác giả", "/blog/authors"),
                ("RSS", "/blog/rss.xml"),
            ],
        )
        + col(
            "Liên kết",
            [
                ("Sở GD&ĐT Quảng Trị", "https://quangtri.edu.vn"),
                ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
                ("Sổ liên lạc vnEdu", "https://vnedu.vn"),
                ("CLB Tin học trên GitHub", "https://github.com/clbtinhoc-ntr"),
            ],
        )
        + '</div><div class="footer__bottom text--center"><div class="footer__copyright">'
        "TRƯỜNG THPT NGUYỄN TRÃI · Địa chỉ: Tổ dân phố 3, phường Ba Đồn, tỉnh Quảng Trị · ĐT: 0232"
        " 3512 468 · Email: thptnguyentrai.qt@quangtri.edu.vn<br>Copyright © 2026 Trường THPT Nguyễn"
        " Trãi. Website do CLB Tin học NTR xây dựng bằng Docusaurus.<br>"
        '<span class="demTruyCap_w1Zq">Tổng lượt truy cập: 1.286.904</span></div></div></div></footer>'
    )


HEAD_SCRIPT = (
    '<script>!function(){function t(t){document.documentElement.setAttribute("data-theme",t)}var e='
    'function(){try{return new URLSearchParams(window.location.search).get("docusaurus-theme")}catch'
    '(t){}}()||function(){try{return window.localStorage.getItem("theme")}catch(t){}}();t(null!==e?e:'
    '"light")}()</script>'
)


def page(
    request: Request,
    *,
    title: str,
    html_class: str,
    main: str,
    path: str,
    desc: str = "Website Trường THPT Nguyễn Trãi, phường Ba Đồn, tỉnh Quảng Trị",
    head_extra: str = "",
    og_type: str = "website",
) -> str:
    base = base_url(request)
    full_title = f"{title} | {SITE}" if title != SITE else SITE
    return (
        '<!doctype html>\n<html lang="vi" dir="ltr" class="'
        + html_class
        + '" data-has-hydrated="false">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="generator" content="Docusaurus v3.6.3">\n'
        f'<title data-rh="true">{esc(full_title)}</title>'
        '<meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1">'
        '<meta data-rh="true" name="twitter:card" content="summary_large_image">'
        f'<meta data-rh="true" property="og:image" content="{base}/img/ntr-social-card.jpg">'
        f'<meta data-rh="true" property="og:url" content="{base}{path}">'
        '<meta data-rh="true" property="og:locale" content="vi">'
        '<meta data-rh="true" name="docusaurus_locale" content="vi">'
        '<meta data-rh="true" name="docsearch:language" content="vi">'
        f'<meta data-rh="true" property="og:title" content="{esc(full_title)}">'
        f'<meta data-rh="true" name="description" content="{esc(desc)}">'
        f'<meta data-rh="true" property="og:description" content="{esc(desc)}">'
        f'<meta data-rh="true" property="og:type" content="{og_type}">'
        f"{head_extra}"
        '<link data-rh="true" rel="icon" href="/img/favicon.ico">'
        f'<link data-rh="true" rel="canonical" href="{base}{path}">'
        f'<link data-rh="true" rel="alternate" href="{base}{path}" hreflang="vi">'
        f'<link data-rh="true" rel="alternate" href="{base}{path}" hreflang="x-default">'
        '<link rel="alternate" type="application/rss+xml" href="/blog/rss.xml" title="Tin tức – THPT'
        ' Nguyễn Trãi RSS Feed">\n<link rel="alternate" type="application/atom+xml" '
        'href="/blog/atom.xml" title="Tin tức – THPT Nguyễn Trãi Atom Feed">\n'
        '<link rel="stylesheet" href="/assets/css/styles.9f3a1c2e.css">\n'
        '<script src="/assets/js/runtime~main.4b7d2e1a.js" defer="defer"></script>\n'
        '<script src="/assets/js/main.c81f9b03.js" defer="defer"></script>\n'
        "</head>\n"
        '<body class="navigation-with-keyboard">\n'
        f"{HEAD_SCRIPT}"
        '<div id="__docusaurus"><div role="region" aria-label="Nhảy tới nội dung">'
        '<a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Nhảy tới nội dung'
        "</a></div>"
        f"{announcement()}{topbar()}{navbar()}"
        '<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0">'
        f"{main}</div>{footer()}</div>\n</body>\n</html>\n"
    )


# --- blog pieces -------------------------------------------------------------------------------


def author_cards(s: Story, size: str = "col--6") -> str:
    cards = []
    for key in s.opts["authors"]:
        name, post, avatar, has_page = AUTHORS[key]
        link = f"/blog/authors/{key}" if has_page else None
        img = ""
        if avatar:
            pic = f'<img class="avatar__photo authorImage_XqGP" src="{avatar}" alt="{esc(name)}">'
            img = f'<a href="{link}" class="avatar__photo-link">{pic}</a>' if link else pic
        nm = f'<span class="authorName_yefp" translate="no">{esc(name)}</span>'
        if link:
            nm = f'<a href="{link}">{nm}</a>'
        cards.append(
            f'<div class="col {size} authorCol_Hf19"><div class="avatar margin-bottom--sm">{img}'
            f'<div class="avatar__intro authorDetails_lV9A"><div class="avatar__name">{nm}</div>'
            f'<small class="authorTitle_nd0D" title="{esc(post)}">{esc(post)}</small></div></div></div>'
        )
    if not cards:
        return ""
    return f'<div class="margin-top--md margin-bottom--sm row">{"".join(cards)}</div>'


def tag_list(s: Story) -> str:
    lis = "".join(
        f'<li class="tag_QGVx"><a rel="tag" class="tag_zVej tagRegular_sFm0" href="/blog/tags/{t}">'
        f"{esc(TAGS[t])}</a></li>"
        for t in s.opts["tags"]
    )
    return f'<b>Thẻ:</b><ul class="tags_jXut padding--none margin-left--sm">{lis}</ul>'


def date_line(s: Story) -> str:
    iso = s.opts["iso"]
    return (
        f'<div class="container_mt6G margin-vert--md"><time datetime="{iso}">{fmt_vi(iso)}</time>'
        f" · <!-- -->{reading_time(s)}</div>"
    )


def post_item(s: Story) -> str:
    """A post as the blog list pages print it (excerpt, or all of it without a truncate marker)."""
    trunc = s.opts.get("trunc")
    blocks = s.blocks if trunc is None else s.blocks[:trunc]
    path = s.opts["path"]
    more = ""
    if trunc is not None:
        more = (
            f'<div class="col text--right col--3"><a aria-label="Đọc thêm về {esc(s.title)}" '
            f'href="{path}"><b>Đọc Tiếp</b></a></div>'
        )
    return (
        '<article class="margin-bottom--xl"><header>'
        f'<h2 class="title_f1Hy"><a href="{path}">{esc(s.title)}</a></h2>{date_line(s)}'
        f"{author_cards(s)}</header>"
        f'<div class="markdown">{render_blocks(blocks)}</div>'
        f'<footer class="row docusaurus-mt-lg"><div class="col col--9">{tag_list(s)}</div>{more}</footer>'
        "</article>"
    )


def blog_sidebar() -> str:
    recent = "".join(
        f'<li class="sidebarItem__DBe"><a class="sidebarItemLink_mo7H" href="{s.opts["path"]}">'
        f"{esc(s.title)}</a></li>"
        for s in LISTED[:5]
    )
    most = "".join(
        f'<li><a href="{story(i).opts["path"]}">{esc(story(i).title)}</a></li>' for i in MOST_READ
    )
    return (
        '<aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="Điều hướng'
        ' các bài viết gần đây trên blog"><div class="sidebarItemTitle_pO2u margin-bottom--md">Bài'
        ' viết gần đây</div><div role="group"><h3 class="yearGroupHeading_rMGB">2026</h3>'
        f'<ul class="sidebarItemList_Yudw clean-list">{recent}</ul></div></nav>'
        '<div class="khoiPhu_h3Kx margin-top--lg"><div class="sidebarItemTitle_pO2u margin-bottom--md">'
        f'🔥 Xem nhiều</div><ol class="xemNhieu_aQ1v">{most}</ol></div>'
        '<div class="khoiPhu_h3Kx margin-top--lg"><div class="sidebarItemTitle_pO2u">Thăm dò ý kiến'
        '</div><form action="https://docs.google.com/forms/d/e/1FAIpQLSc8ntrBinhChon2026/formResponse"'
        ' method="post" target="_blank"><p>Bạn thường theo dõi tin tức của trường qua kênh nào?</p>'
        '<label><input type="radio" name="entry.1137" value="Website"> Website trường</label><br>'
        '<label><input type="radio" name="entry.1137" value="Fanpage"> Fanpage Facebook</label><br>'
        '<label><input type="radio" name="entry.1137" value="Zalo"> Nhóm Zalo lớp</label><br>'
        '<label><input type="radio" name="entry.1137" value="vnEdu"> vnEdu Connect</label><br>'
        '<button type="submit" class="button button--sm button--primary">Bình chọn</button></form></div>'
        '<div class="khoiPhu_h3Kx margin-top--lg"><div class="sidebarItemTitle_pO2u">Thống kê truy cập'
        '</div><ul class="clean-list thongKe_Zp0c"><li>Đang online: <b>17</b></li><li>Hôm nay: '
        "<b>412</b></li><li>Tổng truy cập: <b>1.286.904</b></li></ul></div></aside>"
    )


def blog_layout(inner: str, right: str = "") -> str:
    return (
        '<div class="container margin-vert--lg"><div class="row">'
        f'{blog_sidebar()}<main class="col col--7">{inner}</main>'
        f'<div class="col col--2">{right}</div></div></div>'
    )


def paginator(prev: str | None, nxt: str | None) -> str:
    parts = []
    if prev:
        parts.append(
            f'<a class="pagination-nav__link pagination-nav__link--prev" href="{prev}">'
            '<div class="pagination-nav__label">Các bài mới hơn</div></a>'
        )
    if nxt:
        parts.append(
            f'<a class="pagination-nav__link pagination-nav__link--next" href="{nxt}">'
            '<div class="pagination-nav__label">Các bài cũ hơn</div></a>'
        )
    return (
        '<nav class="pagination-nav" aria-label="Thanh điều hướng của trang danh sách bài viết">'
        + "".join(parts)
        + "</nav>"
    )


def paged(posts: list[Story], base: str) -> dict[str, tuple[list[Story], str | None, str | None]]:
    pages: dict[str, tuple[list[Story], str | None, str | None]] = {}
    count = max(1, math.ceil(len(posts) / PER_PAGE))

    def url(n: int) -> str:
        return base if n == 1 else f"{base.rstrip('/')}/page/{n}"

    for n in range(1, count + 1):
        chunk = posts[(n - 1) * PER_PAGE : n * PER_PAGE]
        pages[url(n)] = (chunk, url(n - 1) if n > 1 else None, url(n + 1) if n < count else None)
    return pages


def json_ld(s: Story, base: str) -> str:
    url = base + s.opts["path"]
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "@id": url,
        "mainEntityOfPage": url,
        "url": url,
        "headline": s.title,
        "name": s.title,
        "description": description(s),
        "datePublished": s.opts["iso"],
    }
    if s.opts.get("updated"):
        data["dateModified"] = s.opts["updated"][0]
    authors = []
    for key in s.opts["authors"]:
        name, post, _avatar, has_page = AUTHORS[key]
        entry = {"@type": "Person", "name": name, "description": post}
        if has_page:
            entry["url"] = f"{base}/blog/authors/{key}"
        authors.append(entry)
    if authors:
        data["author"] = authors
    data["keywords"] = [TAGS[t] for t in s.opts["tags"]]
    data["isPartOf"] = {"@type": "Blog", "@id": f"{base}/blog", "name": "Tin tức"}
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script data-rh="true" type="application/ld+json">{text}</script>'


UNLISTED_BANNER = (
    '<div class="theme-admonition theme-admonition-caution admonition_xJq3 alert alert--warning '
    f'margin-bottom--md"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37">{ICON_WARN}'
    '</span>Unlisted page</div><div class="admonitionContent_BuS1">This page is unlisted. Search'
    " engines will not index it, and only users having a direct link can access it.</div></div>"
)


def post_page(request: Request, s: Story) -> Response:
    base = base_url(request)
    path = s.opts["path"]
    updated = ""
    if s.opts.get("updated"):
        uiso, who = s.opts["updated"]
        updated = (
            '<div class="col lastUpdated_JAkA"><span class="theme-last-updated">Cập nhật lần cuối'
            f'<!-- --> vào <b><time datetime="{uiso}" itemprop="dateModified">{fmt_vi(uiso)}</time>'
            f"</b><!-- --> bởi <b>{esc(who)}</b></span></div>"
        )
    edit = (
        f'<a href="https://github.com/clbtinhoc-ntr/website/edit/main/blog/{s.opts["file"]}" '
        'target="_blank" rel="noopener noreferrer" class="theme-edit-this-page"><svg fill="currentColor"'
        ' height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"><g>'
        '<path d="m34.5 11.7l-3 3.1-6.3-6.3 3.1-3q0.5-0.5 1.2-0.5t1.1 0.5l3.9 3.9q0.5 0.4 0.5 1.1t-0.5'
        ' 1.2z m-29.5 17.1l18.4-18.5 6.3 6.3-18.4 18.4h-6.3v-6.2z"></path></g></svg>Sửa trang này</a>'
    )
    idx = LISTED.index(s) if s in LISTED else None
    nav = ""
    if idx is not None:
        links = []
        if idx > 0:
            newer = LISTED[idx - 1]
            links.append(
                f'<a class="pagination-nav__link pagination-nav__link--prev" href="{newer.opts["path"]}">'
                '<div class="pagination-nav__sublabel">Bài mới hơn</div><div class="pagination-nav__label">'
                f"{esc(newer.title)}</div></a>"
            )
        if idx < len(LISTED) - 1:
            older = LISTED[idx + 1]
            links.append(
                f'<a class="pagination-nav__link pagination-nav__link--next" href="{older.opts["path"]}">'
                '<div class="pagination-nav__sublabel">Bài cũ hơn</div><div class="pagination-nav__label">'
                f"{esc(older.title)}</div></a>"
            )
        nav = (
            '<nav class="pagination-nav docusaurus-mt-lg" aria-label="Thanh điều hướng của trang bài'
            f' viết">{"".join(links)}</nav>'
        )
    others = [o for o in LISTED if o is not s and o.cat == s.cat][:4]
    if len(others) < 3:
        others += [o for o in LISTED if o is not s and o not in others][: 4 - len(others)]
    other_box = (
        '<div class="tinKhac_Ww0e margin-vert--lg"><h3 class="tieuDeKhoi_c2Lx">Các tin khác</h3>'
        '<ul class="dsTinKhac_n8Pq">'
        + "".join(
            f'<li><a href="{o.opts["path"]}">{esc(o.title)}</a> <small>({fmt_vi(o.opts["iso"])})</small></li>'
            for o in others
        )
        + "</ul></div>"
    )
    share = (
        '<div class="chiaSe_T7u1" style="display:flex;gap:.5rem;align-items:center;margin:1rem 0">'
        "<span>Chia sẻ:</span>"
        f'<a class="button button--sm button--outline button--primary" href="https://www.facebook.com/'
        f'sharer/sharer.php?u={base}{path}" target="_blank" rel="noopener noreferrer">Facebook</a>'
        f'<a class="button button--sm button--outline button--info" href="https://sp.zalo.me/share_'
        f'inline?url={base}{path}" target="_blank" rel="noopener noreferrer">Zalo</a>'
        '<button type="button" class="button button--sm button--secondary">Sao chép liên kết</button>'
        '<button type="button" class="button button--sm button--secondary" onclick="window.print()">'
        "🖨 In bài</button></div>"
    )
    article = (
        f"{UNLISTED_BANNER if s.opts.get('unlisted') else ''}"
        '<article class=""><header>'
        f'<h1 class="title_f1Hy">{esc(s.title)}</h1>{date_line(s)}{author_cards(s)}</header>'
        f'<div id="__blog-post-container" class="markdown">{render_blocks(s.blocks)}</div>'
        '<footer class="docusaurus-mt-lg"><div class="row margin-top--sm theme-blog-footer-edit-meta-row">'
        f'<div class="col">{tag_list(s)}</div></div>'
        '<div class="row margin-top--sm theme-blog-footer-edit-meta-row">'
        f'<div class="col">{edit}</div>{updated}</div></footer></article>'
        f"{share}{other_box}{nav}"
    )
    head = (
        f'<meta data-rh="true" property="article:published_time" content="{s.opts["iso"]}">'
        + "".join(
            f'<meta data-rh="true" property="article:tag" content="{esc(TAGS[t])}">'
            for t in s.opts["tags"]
        )
        + (
            '<meta data-rh="true" name="robots" content="noindex, nofollow">'
            if s.opts.get("unlisted")
            else ""
        )
        + json_ld(s, base)
    )
    body = page(
        request,
        title=s.title,
        html_class="blog-wrapper blog-post-page plugin-blog plugin-id-default",
        main=blog_layout(article, render_toc(s.blocks)),
        path=path,
        desc=description(s),
        head_extra=head,
        og_type="article",
    )
    return html(body)


def list_page(
    request: Request, path: str, title: str, header: str, chunk, prev, nxt, cls: str
) -> Response:
    inner = header + "".join(post_item(s) for s in chunk) + paginator(prev, nxt)
    return html(
        page(
            request,
            title=title,
            html_class=f"blog-wrapper {cls} plugin-blog plugin-id-default",
            main=blog_layout(inner),
            path=path,
            desc="Tin tức, sự kiện của Trường THPT Nguyễn Trãi",
        )
    )


def archive_page(request: Request) -> Response:
    items = "".join(
        f'<li><a href="{s.opts["path"]}">{fmt_vi(s.opts["iso"])} - {esc(s.title)}</a></li>'
        for s in LISTED
    )
    main = (
        '<header class="hero hero--primary"><div class="container"><h1 class="hero__title">Lưu trữ</h1>'
        '<p class="hero__subtitle">Lưu trữ</p></div></header><main><section class="margin-vert--lg">'
        '<div class="container"><div class="row"><div class="col col--4 margin-vert--lg">'
        f'<h3 class="anchor anchorWithStickyNavbar_LWe7" id="2026">2026</h3><ul>{items}</ul></div></div>'
        "</div></section></main>"
    )
    return html(
        page(
            request,
            title="Lưu trữ",
            html_class="blog-wrapper blog-archive-page plugin-blog plugin-id-default",
            main=main,
            path="/blog/archive",
        )
    )


def tags_index(request: Request) -> Response:
    groups: dict[str, list[str]] = {}
    for key, label in sorted(TAGS.items(), key=lambda kv: kv[1]):
        groups.setdefault(label[0].upper(), []).append(key)
    sections = "".join(
        f'<article><h2 id="{letter}">{letter}</h2><ul class="padding--none">'
        + "".join(
            f'<li class="tag_Nnez"><a rel="tag" class="tag_zVej tagWithCount_h2kH" href="/blog/tags/{k}">'
            f"{esc(TAGS[k])}<span>{sum(k in s.opts['tags'] for s in LISTED)}</span></a></li>"
            for k in keys
        )
        + "</ul><hr></article>"
        for letter, keys in groups.items()
    )
    inner = f'<h1>Thẻ</h1><section class="margin-vert--lg">{sections}</section>'
    return html(
        page(
            request,
            title="Thẻ",
            html_class="blog-wrapper blog-tags-list-page plugin-blog plugin-id-default",
            main=blog_layout(inner),
            path="/blog/tags",
        )
    )


def authors_index(request: Request) -> Response:
    cards = ""
    for key, (name, post, avatar, has_page) in AUTHORS.items():
        if not has_page:
            continue
        n = sum(key in s.opts["authors"] for s in LISTED)
        cards += (
            f'<li class="authorListItem_n3yI"><div class="avatar"><a href="/blog/authors/{key}" '
            f'class="avatar__photo-link"><img class="avatar__photo" src="{avatar}" alt="{esc(name)}"></a>'
            f'<div class="avatar__intro"><div class="avatar__name"><a href="/blog/authors/{key}">'
            f'<span translate="no">{esc(name)}</span></a><span class="authorBlogPostCount_X4Ay">{n}</span>'
            f'</div><small class="authorTitle_nd0D">{esc(post)}</small></div></div></li>'
        )
    inner = (
        f'<header><h1>Authors</h1></header><ul class="authorListItems_v3g2 clean-list">{cards}</ul>'
    )
    return html(
        page(
            request,
            title="Authors",
            html_class="blog-wrapper blog-authors-list-page plugin-blog plugin-id-default",
            main=blog_layout(inner),
            path="/blog/authors",
        )
    )


# --- home --------------------------------------------------------------------------------------


def home(request: Request) -> Response:
    cards = ""
    for s in [x for x in LISTED if x.opts.get("home")][:4]:
        d = utc(s.opts["iso"])
        cards += (
            '<div class="col col--3 margin-bottom--lg"><div class="card shadow--md theTin_R2hd">'
            f'<div class="card__image"><img src="{s.opts["thumb"]}" alt="{esc(s.title)}" loading="lazy"></div>'
            f'<div class="card__body"><span class="ngayDang_Lb2q">{d.day}/{d.month}/{d.year}</span>'
            f'<h3><a href="{s.opts["path"]}?ref=home">{esc(s.title)}</a></h3>'
            f"<p>{esc(description(s)[:140])}…</p></div></div></div>"
        )
    main = (
        '<header class="hero hero--primary heroBanner_qdFl"><div class="container">'
        '<img src="/img/cong-truong.jpg" alt="Cổng trường THPT Nguyễn Trãi" class="heroAnh_K1mS">'
        '<h1 class="hero__title">Trường THPT Nguyễn Trãi</h1><p class="hero__subtitle">Kỷ cương –'
        " Trách nhiệm – Sáng tạo · phường Ba Đồn, tỉnh Quảng Trị</p>"
        '<div class="buttons_AeoN"><a class="button button--secondary button--lg" href="/docs/gioi-thieu">'
        'Tìm hiểu về trường</a> <a class="button button--outline button--lg" href="/blog">Tin tức – Sự'
        " kiện</a></div></div></header><main>"
        '<section class="tinMoi_P3xw margin-vert--lg"><div class="container"><h2>Tin mới nhất</h2>'
        f'<div class="row">{cards}</div><div class="text--center"><a class="button button--primary" '
        'href="/blog">Xem tất cả tin bài »</a></div></div></section>'
        '<section class="features_t9Fd"><div class="container"><div class="row">'
        '<div class="col col--4"><div class="text--center padding-horiz--md"><h3>Dạy tốt – Học tốt</h3>'
        "<p>27 giải học sinh giỏi cấp tỉnh, tỉ lệ tốt nghiệp THPT 99,6% năm học 2025–2026.</p></div></div>"
        '<div class="col col--4"><div class="text--center padding-horiz--md"><h3>Phong trào STEM</h3>'
        "<p>CLB Tin học, CLB Robotics và Ngày hội STEM thường niên cho học sinh ba khối.</p></div></div>"
        '<div class="col col--4"><div class="text--center padding-horiz--md"><h3>Đoàn – Hội</h3>'
        "<p>36 chi đoàn với các phong trào tình nguyện, văn nghệ, thể thao sôi nổi.</p></div></div>"
        "</div></div></section>"
        '<section class="thongBao_Ez4d margin-vert--lg"><div class="container"><div class="row">'
        '<div class="col col--6"><h2>Thông báo</h2><ul>'
        '<li><a href="/blog/ke-hoach-hoi-khoe-phu-dong-2026/">Kế hoạch Hội khỏe Phù Đổng cấp trường</a></li>'
        '<li><a href="/docs/lich-cong-tac/thang-12-2026">Lịch công tác tháng 12/2026</a></li>'
        '<li><a href="/docs/thoi-khoa-bieu/hoc-ky-1">Thời khóa biểu học kỳ I (áp dụng từ 16/11/2026)</a></li>'
        '</ul></div><div class="col col--6"><h2>Thống kê truy cập</h2><ul class="clean-list">'
        "<li>Đang online: <b>17</b></li><li>Hôm nay: <b>412</b></li><li>Tổng truy cập: <b>1.286.904</b>"
        "</li></ul></div></div></div></section></main>"
    )
    return html(
        page(
            request,
            title=SITE,
            html_class="plugin-pages plugin-id-default",
            main=main,
            path="/",
        )
    )


# --- docs ------------------------------------------------------------------------------------


@dataclass
class Doc:
    path: str
    title: str
    crumbs: list[str]
    blocks: list
    updated: str
    file: str


DOCS: list[Doc] = [
    Doc(
        "/docs/gioi-thieu",
        "Giới thiệu chung",
        [],
        [
            Pic("/img/docs/toan-canh-truong.jpg", alt="Toàn cảnh trường", style="md"),
            P(
                "Trường THPT Nguyễn Trãi được thành lập năm 1976, đóng trên địa bàn phường Ba Đồn,"
                " tỉnh Quảng Trị (trước đây thuộc thị xã Ba Đồn, tỉnh Quảng Bình). Năm học 2026–2027,"
                " trường có 36 lớp với 1.412 học sinh và 86 cán bộ, giáo viên, nhân viên."
            ),
            P("Sứ mệnh", "h2"),
            P(
                "Xây dựng môi trường học tập kỷ cương, thân thiện, chất lượng; giúp mỗi học sinh phát"
                " triển toàn diện và có năng lực tự học suốt đời."
            ),
            P("Tầm nhìn", "h2"),
            P(
                "Đến năm 2030, trở thành một trong những trường THPT dẫn đầu của tỉnh về chất lượng"
                " giáo dục và phong trào giáo dục STEM."
            ),
            P("Cơ cấu tổ chức", "h2"),
            P(
                "Ban Giám hiệu: Hiệu trưởng Đặng Quốc Toản; các Phó Hiệu trưởng Nguyễn Văn Quang, Lê Thị Thanh Bình.",
                "li",
            ),
            P("08 tổ chuyên môn và Tổ Văn phòng.", "li"),
            P("Chi bộ, Công đoàn, Đoàn Thanh niên và Ban đại diện Cha mẹ học sinh.", "li"),
        ],
        "2026-09-03T01:20:00.000Z",
        "gioi-thieu.md",
    ),
    Doc(
        "/docs/thanh-tich",
        "Thành tích nổi bật",
        [],
        [
            P(
                "Trong những năm gần đây, thầy và trò nhà trường đã đạt nhiều thành tích đáng tự hào"
                " trong các kỳ thi, cuộc thi cấp tỉnh và cấp quốc gia."
            ),
            P("Năm học 2026–2027", "h2"),
            M(
                "5 giải Cuộc thi Khoa học kỹ thuật cấp tỉnh (1 Nhất, 1 Nhì, 2 Ba, 1 Khuyến khích) – xem tin.",
                markup=(
                    "<ul>\n<li>5 giải Cuộc thi Khoa học kỹ thuật cấp tỉnh (1 Nhất, 1 Nhì, 2 Ba, 1 Khuyến"
                    ' khích) – <a href="/blog/2026/10/24/doi-tuyen-khkt-dat-giai">xem tin</a>.</li>\n</ul>'
                ),
            ),
            P("Năm học 2025–2026", "h2"),
            P("Tỉ lệ tốt nghiệp THPT đạt 99,6%;", "li"),
            P("27 giải học sinh giỏi văn hóa cấp tỉnh, trong đó có 3 giải Nhất;", "li"),
            P("Trường được UBND tỉnh tặng Bằng khen tập thể lao động xuất sắc.", "li"),
        ],
        "2026-10-26T03:05:11.000Z",
        "thanh-tich.md",
    ),
    Doc(
        "/docs/noi-quy/noi-quy-hoc-sinh",
        "Nội quy học sinh",
        ["Văn bản – Quy chế"],
        [
            M(
                "(Ban hành kèm theo Quyết định số 112/QĐ-THPTNT ngày 05/9/2026 của Hiệu trưởng)",
                markup=(
                    '<p style="text-align:center"><em>(Ban hành kèm theo Quyết định số 112/QĐ-THPTNT'
                    " ngày 05/9/2026 của Hiệu trưởng)</em></p>"
                ),
            ),
            P("Điều 1. Thời gian học tập", "h3"),
            P(
                "Buổi sáng vào lớp lúc 7 giờ 00, buổi chiều vào lớp lúc 13 giờ 45. Học sinh có mặt"
                " trước giờ vào lớp ít nhất 10 phút."
            ),
            P("Điều 2. Trang phục", "h3"),
            P(
                "Thứ Hai và thứ Năm mặc áo trắng, quần (váy) xanh đen, đeo huy hiệu Đoàn; các ngày"
                " còn lại mặc đồng phục thể dục của trường."
            ),
            P("Điều 3. Sử dụng điện thoại", "h3"),
            P(
                "Học sinh không sử dụng điện thoại trong giờ học, trừ khi được giáo viên cho phép"
                " phục vụ việc học tập."
            ),
            P("Điều 4. Tham gia giao thông", "h3"),
            P(
                "Học sinh đi xe máy điện, xe gắn máy phải đội mũ bảo hiểm đạt chuẩn, cài quai đúng quy cách."
            ),
        ],
        "2026-09-06T10:00:00.000Z",
        "noi-quy/noi-quy-hoc-sinh.md",
    ),
    Doc(
        "/docs/thoi-khoa-bieu/hoc-ky-1",
        "Thời khóa biểu học kỳ I",
        ["Thời khóa biểu"],
        [
            P("Áp dụng từ ngày 16/11/2026. Thời khóa biểu các lớp 12 (buổi sáng)."),
            P("Lớp 12A1", "h3"),
            P("Tiết | Thứ 2 | Thứ 3 | Thứ 4 | Thứ 5 | Thứ 6 | Thứ 7", "th"),
            P("1 | Chào cờ | Toán | Vật lí | Ngữ văn | Tin học | Toán", "tr"),
            P("2 | Toán | Toán | Hóa học | Ngữ văn | Tin học | Tiếng Anh", "tr"),
            P("3 | Ngữ văn | Tiếng Anh | Hóa học | Vật lí | Toán | Sinh hoạt", "tr"),
            P("4 | Tiếng Anh | Lịch sử | GDQP&AN | Toán | Vật lí | HĐTN", "tr"),
            P("Lớp 12A2", "h3"),
            P("Tiết | Thứ 2 | Thứ 3 | Thứ 4 | Thứ 5 | Thứ 6 | Thứ 7", "th"),
            P("1 | Chào cờ | Ngữ văn | Toán | Hóa học | Tiếng Anh | Vật lí", "tr"),
            P("2 | Vật lí | Ngữ văn | Toán | Hóa học | Tiếng Anh | Toán", "tr"),
            P("3 | Toán | Tin học | Lịch sử | Tiếng Anh | Ngữ văn | Sinh hoạt", "tr"),
            P("4 | Hóa học | Tin học | Thể dục | Toán | GDKT&PL | HĐTN", "tr"),
            Raw(
                '<p>📄 Tải thời khóa biểu toàn trường: <a href="/files/tkb-hk1-2026-2027.pdf">tkb-hk1-'
                "2026-2027.pdf</a></p>"
            ),
        ],
        "2026-11-14T12:33:45.000Z",
        "thoi-khoa-bieu/hoc-ky-1.md",
    ),
    Doc(
        "/docs/lich-cong-tac/thang-12-2026",
        "Lịch công tác tháng 12/2026",
        ["Lịch công tác"],
        [
            P("Ngày | Nội dung công việc | Chủ trì", "th"),
            P(
                "01/12 – 05/12 | Tuần lễ STEM, tổng kết Ngày hội STEM – Robotics | Tổ Tin học – Công nghệ",
                "tr",
            ),
            P("09/12 | Hạn đăng ký đội tuyển học sinh giỏi bổ sung | PHT Nguyễn Văn Quang", "tr"),
            P("12/12 | Khảo sát tuyển chọn đội tuyển học sinh giỏi lớp 12 | Tổ chuyên môn", "tr"),
            P("14/12 – 19/12 | Hội khỏe Phù Đổng cấp trường | Tổ Thể dục – GDQP&AN", "tr"),
            P("21/12 – 26/12 | Kiểm tra cuối học kỳ I | Ban Giám hiệu", "tr"),
            P("22/12 | Kỷ niệm 82 năm Ngày thành lập QĐND Việt Nam | Đoàn trường", "tr"),
            M(
                "Xem kế hoạch Hội khỏe Phù Đổng cấp trường.",
                markup=(
                    '<p>Xem <a href="/blog/ke-hoach-hoi-khoe-phu-dong-2026">kế hoạch Hội khỏe Phù Đổng'
                    " cấp trường</a>.</p>"
                ),
            ),
        ],
        "2026-12-01T00:12:09.000Z",
        "lich-cong-tac/thang-12-2026.md",
    ),
    Doc(
        "/docs/lien-he",
        "Liên hệ",
        [],
        [
            P("Trường THPT Nguyễn Trãi", "h2"),
            P("Địa chỉ: Tổ dân phố 3, phường Ba Đồn, tỉnh Quảng Trị.", "li"),
            P("Điện thoại Văn phòng: 0232 3512 468.", "li"),
            P("Email: thptnguyentrai.qt@quangtri.edu.vn.", "li"),
            P(
                "Giờ làm việc: sáng 7h00 – 11h30, chiều 13h30 – 17h00 các ngày từ thứ Hai đến thứ Bảy."
            ),
            Raw(
                '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3800!2d106.42!3d17.75"'
                ' width="100%" height="320" style="border:0" loading="lazy" title="Bản đồ"></iframe>'
            ),
        ],
        "2026-08-20T02:00:00.000Z",
        "lien-he.md",
    ),
]
DOC_BY_PATH = {d.path: d for d in DOCS}


def docs_sidebar(current: str) -> str:
    def link(d: Doc) -> str:
        active = " menu__link--active" if d.path == current else ""
        cur = ' aria-current="page"' if d.path == current else ""
        return (
            f'<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-{1 + bool(d.crumbs)}'
            f' menu__list-item"><a class="menu__link{active}"{cur} href="{d.path}">{esc(d.title)}</a></li>'
        )

    out = []
    done: set[str] = set()
    for d in DOCS:
        if not d.crumbs:
            out.append(link(d))
            continue
        cat = d.crumbs[0]
        if cat in done:
            continue
        done.add(cat)
        kids = "".join(link(x) for x in DOCS if x.crumbs and x.crumbs[0] == cat)
        out.append(
            '<li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 '
            'menu__list-item"><div class="menu__list-item-collapsible"><a class="menu__link '
            'menu__link--sublist menu__link--sublist-caret" role="button" aria-expanded="true" '
            f'href="#">{esc(cat)}</a></div><ul style="display:block;overflow:visible;height:auto" '
            f'class="menu__list">{kids}</ul></li>'
        )
    return (
        '<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj">'
        '<div class="sidebar_njMd"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG">'
        f'<ul class="theme-doc-sidebar-menu menu__list">{"".join(out)}</ul></nav></div></div></aside>'
    )


def doc_page(request: Request, d: Doc) -> Response:
    crumbs = (
        '<nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul '
        'class="breadcrumbs" itemscope="" itemtype="https://schema.org/BreadcrumbList"><li class="'
        'breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/"><svg viewBox='
        '"0 0 24 24" class="breadcrumbHomeIcon_YNFT"><path d="M10 19v-5h4v5c0 .55.45 1 1 1h3c.55 0 1-.'
        "45 1-1v-7h1.7c.46 0 .68-.57.33-.87L12.67 3.6c-.38-.34-.96-.34-1.34 0l-8.36 7.53c-.34.3-.13.87"
        '.33.87H5v7c0 .55.45 1 1 1h3c.55 0 1-.45 1-1z" fill="currentColor"></path></svg></a></li>'
        + "".join(
            f'<li class="breadcrumbs__item"><span class="breadcrumbs__link">{esc(c)}</span></li>'
            for c in d.crumbs
        )
        + '<li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="'
        f'breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">'
        f'{esc(d.title)}</span><meta itemprop="position" content="{len(d.crumbs) + 1}"></li></ul></nav>'
    )
    i = DOCS.index(d)
    pn = []
    if i > 0:
        pn.append(
            f'<a class="pagination-nav__link pagination-nav__link--prev" href="{DOCS[i - 1].path}">'
            '<div class="pagination-nav__sublabel">Trước</div><div class="pagination-nav__label">'
            f"{esc(DOCS[i - 1].title)}</div></a>"
        )
    if i < len(DOCS) - 1:
        pn.append(
            f'<a class="pagination-nav__link pagination-nav__link--next" href="{DOCS[i + 1].path}">'
            '<div class="pagination-nav__sublabel">Kế tiếp</div><div class="pagination-nav__label">'
            f"{esc(DOCS[i + 1].title)}</div></a>"
        )
    article = (
        f'<article>{crumbs}<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button '
        'type="button" class="clean-btn tocCollapsibleButton_TO0P">Trên trang này</button></div>'
        f'<div class="theme-doc-markdown markdown"><header><h1>{esc(d.title)}</h1></header>'
        f"{render_blocks(d.blocks)}</div>"
        '<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm '
        'theme-doc-footer-edit-meta-row"><div class="col"><a href="https://github.com/clbtinhoc-ntr/'
        f'website/edit/main/docs/{d.file}" target="_blank" rel="noopener noreferrer" class="theme-edit-'
        'this-page">Sửa trang này</a></div><div class="col lastUpdated_JAkA"><span class="theme-last-'
        f'updated">Cập nhật lần cuối<!-- --> vào <b><time datetime="{d.updated}" itemprop="dateModified">'
        f"{fmt_vi(d.updated)}</time></b></span></div></div></footer></article>"
        '<nav class="pagination-nav docusaurus-mt-lg" aria-label="Thanh điều hướng của trang tài liệu">'
        f"{''.join(pn)}</nav>"
    )
    main = (
        '<div class="docsWrapper_hBAB"><button aria-label="Trở lại đầu trang" class="clean-btn theme-back-'
        'to-top-button backToTopButton_sjWU" type="button"></button><div class="docRoot_UBD9">'
        f'{docs_sidebar(d.path)}<main class="docMainContainer_TBSr"><div class="container padding-top--md '
        'padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div class="docItemContainer_'
        f'Djhp">{article}</div></div><div class="col col--3">{render_toc(d.blocks, "theme-doc-toc-desktop")}'
        "</div></div></div></main></div></div>"
    )
    return html(
        page(
            request,
            title=d.title,
            html_class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page",
            main=main,
            path=d.path,
            desc=next((b.text for b in d.blocks if isinstance(b, P)), d.title),
        )
    )


# --- feeds, redirects, 404 ------------------------------------------------------------------------


def client_redirect(target: str) -> Response:
    return html(
        '<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset="UTF-8">\n'
        f'    <meta http-equiv="refresh" content="0; url={target}">\n'
        f'    <link rel="canonical" href="{target}" />\n  </head>\n  <script>\n'
        f"    window.location.href = '{target}' + window.location.search + window.location.hash;\n"
        "  </script>\n</html>\n"
    )


def rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title><![CDATA[{s.title}]]></title><link>{base}{s.opts['path']}</link>"
        f"<guid>{base}{s.opts['path']}</guid><pubDate>{rss_date(s.opts['iso'])}</pubDate>"
        f"<description><![CDATA[{description(s)}]]></description>"
        + "".join(f"<category>{esc(TAGS[t])}</category>" for t in s.opts["tags"])
        + "</item>"
        for s in LISTED
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>Tin tức – THPT Nguyễn Trãi</title><link>{base}/blog</link>"
        "<description>Tin tức – THPT Nguyễn Trãi</description><language>vi</language>"
        f"<lastBuildDate>{rss_date(LISTED[0].opts['iso'])}</lastBuildDate>"
        "<docs>https://validator.w3.org/feed/docs/rss2.html</docs>"
        f"<generator>https://github.com/jpmonette/feed</generator>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def atom(request: Request) -> Response:
    base = base_url(request)
    entries = "".join(
        f'<entry><title type="html"><![CDATA[{s.title}]]></title><id>{base}{s.opts["path"]}</id>'
        f'<link href="{base}{s.opts["path"]}"/><updated>{s.opts["iso"]}</updated>'
        f'<summary type="html"><![CDATA[{description(s)}]]></summary></entry>'
        for s in LISTED
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<id>{base}/blog</id><title>Tin tức – THPT Nguyễn Trãi</title>"
        f'<updated>{LISTED[0].opts["iso"]}</updated><link rel="alternate" href="{base}/blog"/>'
        f"{entries}</feed>"
    )
    return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})


def not_found(request: Request) -> Response:
    main = (
        '<main class="container margin-vert--xl"><div class="row"><div class="col col--6 col--offset-3">'
        '<h1 class="hero__title">Không tìm thấy trang</h1><p>Chúng tôi không thể tìm thấy những gì bạn'
        " đang tìm kiếm.</p><p>Vui lòng liên hệ với trang web đã dẫn bạn tới đây và thông báo cho họ"
        " biết rằng đường dẫn này bị hỏng.</p></div></div></main>"
    )
    body = page(
        request,
        title="Không tìm thấy trang",
        html_class="plugin-pages",
        main=main,
        path=request.path,
    )
    return html(body, status=404)


# --- the site --------------------------------------------------------------------------------


class DocusaurusSite:
    def __init__(self) -> None:
        self.routes: dict[str, object] = {
            "/": home,
            "/blog/archive": archive_page,
            "/blog/tags": tags_index,
        }
        self.routes["/blog/authors"] = authors_index
        for s in STORIES:
            self.routes[s.opts["path"]] = lambda r, s=s: post_page(r, s)
            if s.opts.get("old"):
                self.routes[s.opts["old"]] = lambda r, s=s: client_redirect(s.opts["path"])
        for url, (chunk, prev, nxt) in paged(LISTED, "/blog").items():
            self.routes[url] = lambda r, u=url, c=chunk, p=prev, n=nxt: list_page(
                r, u, "Tin tức", "", c, p, n, "blog-list-page"
            )
        for key, label in TAGS.items():
            posts = [s for s in LISTED if key in s.opts["tags"]]
            for url, (chunk, prev, nxt) in paged(posts, f"/blog/tags/{key}").items():
                n_posts = "Một bài viết" if len(posts) == 1 else f"{len(posts)} bài viết"
                header = (
                    f'<header class="margin-bottom--xl"><h1>{n_posts} được gắn thẻ "{esc(label)}"</h1>'
                    '<a href="/blog/tags">Xem tất cả Thẻ</a></header>'
                )
                title = f'{n_posts} được gắn thẻ "{label}"'
                self.routes[url] = lambda r, u=url, c=chunk, p=prev, n=nxt, h=header, t=title: (
                    list_page(r, u, t, h, c, p, n, "blog-tags-post-list-page")
                )
        for key, (name, post, avatar, has_page) in AUTHORS.items():
            if not has_page:
                continue
            posts = [s for s in LISTED if key in s.opts["authors"]]
            header = (
                '<header class="margin-bottom--xl"><div class="avatar avatar--lg">'
                f'<img class="avatar__photo" src="{avatar}" alt="{esc(name)}"><div class="avatar__intro">'
                f'<div class="avatar__name"><span translate="no">{esc(name)}</span></div>'
                f'<small class="authorTitle_nd0D">{esc(post)}</small></div></div>'
                '<a href="/blog/authors">View all authors</a></header><hr><h2>Bài viết</h2>'
            )
            self.routes[f"/blog/authors/{key}"] = lambda r, k=key, c=posts, h=header, nm=name: (
                list_page(
                    r,
                    f"/blog/authors/{k}",
                    f"{nm} - {len(c)} bài viết",
                    h,
                    c,
                    None,
                    None,
                    "blog-authors-posts-page",
                )
            )
        for d in DOCS:
            self.routes[d.path] = lambda r, d=d: doc_page(r, d)
        self.routes["/blog/rss.xml"] = rss
        self.routes["/blog/atom.xml"] = atom
        self.routes["/sitemap.xml"] = self.sitemap
        self.routes["/robots.txt"] = lambda r: Response(
            200,
            f"User-agent: *\nAllow: /\n\nSitemap: {base_url(r)}/sitemap.xml\n",
            {"Content-Type": "text/plain; charset=utf-8"},
        )

    def sitemap(self, request: Request) -> Response:
        base = base_url(request)
        skip = {s.opts["path"] for s in STORIES if s.opts.get("unlisted")}
        skip |= {s.opts["old"] for s in STORIES if s.opts.get("old")}
        urls = [u for u in self.routes if u not in skip and not u.endswith((".xml", ".txt"))]
        body = (
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(
                f"<url><loc>{base}{u}</loc><changefreq>weekly</changefreq><priority>0.5</priority></url>"
                for u in urls
            )
            + "</urlset>"
        )
        return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/files/") and path.endswith(".pdf"):
            if path in ("/files/mau-dang-ky-hkpd-2026.pdf", "/files/tkb-hk1-2026-2027.pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/assets/", "/img/")):
            return static_file(path)
        key = path if path == "/" else path.rstrip("/")
        if path.endswith("/index.html"):
            key = path[: -len("/index.html")] or "/"
        handler = self.routes.get(key)
        if handler is None:
            return not_found(request)
        return handler(request)


def build_site() -> DocusaurusSite:
    return DocusaurusSite()


# --- gold --------------------------------------------------------------------------------------


def _alt(s: Story) -> list[str]:
    path = s.opts["path"]
    alts = []
    if s.opts.get("unlisted"):
        alts.append(path + "/")
    if s.opts.get("home"):
        alts.append(path + "?ref=home")
    if s.opts.get("old"):
        alts.append(s.opts["old"])
    return alts


GOLD = [
    gold_record(s, s.opts["path"], TAGS[s.cat], canonical_path=s.opts["path"], alt_paths=_alt(s))
    for s in STORIES
]

NON_ARTICLES = [d.path for d in DOCS]
