"""Fixture portal: a THPT school website run on MediaWiki 1.39 (Vector 2022), written blind.

Trường THPT Lương Thế Vinh (Cẩm Khê, Phú Thọ) keeps its website in a wiki. News are subpages
"Tin tức/2026/<tên>" (notices "Thông báo/2026/<tên>"), each carrying {{DISPLAYTITLE:…}} for its
headline, the school's templates ({{Tin}} info box or the older date line, {{Cuối bài}} share
bar and navbox) and categories; the main page and the "Tin tức" page list the newest posts with
<DynamicPageList>, the category pages list all of them, four at a time.

URL scheme (short URLs, $wgArticlePath = /wiki/$1)
  /wiki/<Title>                       a page; titles percent-encoded UTF-8, "/" and "," kept
  /index.php?title=<Title>&…          the same page with parameters: oldid=, action=history,
                                      action=info, diff=…&oldid=…, direction=prev|next,
                                      printable=yes, mobileaction=toggle_view_mobile|desktop,
                                      redirect=no; ?curid=<page id>; only title= → 301 /wiki/
  /index.php?title=Thể_loại:Tin_tức&pagefrom=<sortkey>%0A<title>#mw-pages   "(trang sau)"
  /wiki/Đặc_biệt:…                    special pages (search, login, contributions, categories,
                                      random → 302, history → 302, recent changes feed → api.php)
  /wiki/Tập_tin:<name>.jpg            file description pages (HTML, though the URL ends .jpg)
  /images/thumb/<h>/<hh>/<name>/<w>px-<name>   the image bytes; / → 301 START_PATH

Page templates
  Vector 2022: header (logo, search form, "Đăng nhập" with returnto=), sidebar portlets
  (navigation, Tin tức, Tư liệu, Liên kết, Công cụ with print/permalink/page info, a visitor
  counter), the sidebar table of contents (4+ headings), the site notice (today's date, a
  drop-down menu, an escaped <marquee>), tabs "Bài viết | Đọc | Xem lịch sử", the subpage
  breadcrumb "< Tin tức", #mw-content-text > .mw-parser-output, the hidden printfooter
  "Lấy từ “…oldid=…”", catlinks, footer (last edit, view count, address, mobile toggle).
  Minerva (mobile view): collapsible sections, images lazy-loaded behind <noscript>.

How each gold article is reached from /wiki/Trang_Chính
  Sinh hoạt chuyên đề BLHĐ   main "Tin mới" (DPL), navbox, Thể loại:Đoàn trường, category p.2
  Đội tuyển HSG 🎉           main "Tin mới", an fbclid link in "Tin nổi bật", navbox, category p.1
  Thông báo lịch kiểm tra   main "Thông báo" box, Thể loại:Thông báo
  Tọa đàm hướng nghiệp      main "Tin mới", navbox, Thể loại:Hoạt động chuyên môn, category p.3
  Lễ kỷ niệm 20/11          main "Tin mới", the redirect "Kỷ niệm 20-11" in "Tin nổi bật", p.2
  Hội giảng (root page)     "Tin tức" page (DPL), navbox, "Xem thêm" of 20/11, HĐCM, category p.1
  Ngoại khóa ATGT           "Tin tức" page, "Xem thêm" of BLHĐ, Thể loại:Đoàn trường, p.2
  Chuyên đề STEM            Thể loại:Hoạt động chuyên môn, "Xem thêm" of Tọa đàm, category p.1
  Hội nghị CMHS             Thể loại:Tin tức page 1 only
  Hội nghị viên chức        Thể loại:Tin tức page 2 only ("(trang sau)")
  Trao học bổng             Thể loại:Tin tức page 3 only
  Tuyển CLB Tiếng Anh, Thời gian biểu mùa đông   main "Thông báo" box, Thể loại:Thông báo

Traps
  1. One article, many URLs, no canonical: /wiki/X, the toolbox permalink ?oldid=<cur>, the
     share bar's "In bài" (&printable=yes, printed as an external-style link), the footer's
     "Giao diện di động" (&mobileaction=toggle_view_mobile, Minerva markup) and its "Máy tính"
     twin, ?curid=, the redirect title "Kỷ niệm 20-11" (the only view with rel=canonical), an
     fbclid copy pasted on the main page. Gold: one record at /wiki/X, the rest in alt_paths.
  2. History: "Xem lịch sử" leads to older revisions (?oldid= of the first edit reads "11 giải"
     and lacks the table), diffs that print the current text under a diff table, contributions,
     and the Atom feed (<link rel=alternate>) lists only diff/oldid URLs. Gold: older revisions
     and diffs are not articles and not alt paths ("Phiên bản mới hơn →", direction=next from
     the old revision, serves the current text: an alt path).
  3. Listings print page names, not headlines: DPL and category pages link
     "Tin tức/2026/Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"; the page's h1 and <title> print the
     DISPLAYTITLE "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 (1982 – 2026)". Gold: the h1.
  4. Category paging by sort key, not by date, four a page: the oldest news sit on pages 2 and 3
     behind pagefrom=<sortkey>%0A<title>; "(trang trước)" links (pageuntil=) repeat listings.
     Gold: Hội nghị viên chức and Trao học bổng are reachable only through "(trang sau)".
  5. Dates: MediaWiki prints no publication date. The footer "sửa đổi lần cuối vào ngày …, lúc …",
     the revision box, info page, DPL, file history and parser-cache comments are edit dates.
     Gold: the template's "Ngày đăng" (with its time; "00:00" → the day), the older line
     "Ngày đăng: 26/11/2026 | Cập nhật: 28/11/2026 09:30" → "2026-11-26", an editor's italic
     dateline "Thứ Năm, ngày 29/10/2026", the notice's letterhead day; the root page prints
     none → null.
  6. Text boundaries inside .mw-parser-output: the floated {{Tin}} info box (a table), the share
     bar with icons, the navbox with "Các tin khác", "Xem thêm" and "Chú thích" sections, the
     [1] marker, a wiki signature "— Quantri (thảo luận) 10:15, ngày 2 tháng 12 năm 2026 (+07)",
     "Tệp đính kèm:", the hidden "Lấy từ “…”" line after it. Gold: none of it is body; the
     text's own tables, lists, poem lines, ":"-indented <dd>, <blockquote> and <br> halves are.
  7. Bylines: info-box rows "Người viết: ThS. Trần Văn Bình (Tổ trưởng …)" → "Trần Văn Bình",
     "Người đăng: Quantri" → nobody, "Ảnh: Bùi Quang Huy" → photographer; closing lines "Tin,
     ảnh: X", "Tin: X - Ảnh: Y", "<b>ThS. X</b> – Tổ trưởng …", "X<br />(Tổ Văn phòng)", a unit
     alone ("Ban Chuyên môn", "Tổ Ngoại ngữ"), "Thanh Hà" then "Nguồn: Báo Phú Thọ điện tử".
  8. Captions: .thumbcaption; gallery captions are <p> inside .gallerytext (they look like
     paragraphs); a gallery caption "Ảnh: Bùi Quang Huy" credits only → None; an italic
     "(…)" line under a centred frameless image → parentheses off; a plain image's alt/title
     text is no printed line → None; template icons (clock, printer, mail) are no photos.
  9. Word paste: list markers in <span style="mso-list:Ignore">-</span> are no text; the "- "
     an editor typed in the next list is text.
  10. Localized MediaWiki: "Đặc_biệt:", "Thể_loại:", "Tập_tin:" (file pages at URLs ending
     .jpg), lowercase or spaced titles → 301, a login link with returnto= on every page, a
     sitenotice <marquee> escaped into visible text, a red link ("Năm 2025", action=edit → 403).

Gold decisions on ambiguous points
  - category: the section the subpage breadcrumb prints ("< Tin tức", "< Thông báo"), which is
    also the first catlink and the info box's "Chuyên mục"; thematic categories (Hoạt động
    chuyên môn, Đoàn trường) are tags. The root page has no breadcrumb: its first catlink.
  - title: the h1 as printed (DISPLAYTITLE, emoji kept, a colour <span> dropped); the root page
    without DISPLAYTITLE prints its page name.
  - the {{Tin}} info box is page metadata, not body, though it is a table; the bold numbered
    lines of the notice ("1. Thời gian, hình thức kiểm tra") are its headings, so body.
  - the signature line names an account and repeats the info box's time: no author, no date of
    its own. The footnote's call "[1]" stays in its paragraph as printed and the "Chú thích"
    section is the text's (the house's convention, as php_nghiencuu_tct's; harmonised after the
    first crawl: the helper's gold had left both out).
  - summary: a bold first paragraph or the {{Tóm tắt}} box (.ltv-tomtat); else null.
  - the notice: letterhead, "THÔNG BÁO / Về việc …", "Nơi nhận", "HIỆU TRƯỞNG (Đã ký)" are not
    body; date = letterhead day 2026-11-30; author = the signer Nguyễn Văn Hùng.
  - images are the printed thumbnails (src), in page order; a file page is not an article
    (one is listed in NON_ARTICLES); the "Tin tức" page and redirect "Thông báo" are listings.
  - a time inside the text ("14 giờ 00 ngày 05/11/2026") is not a publication date.
"""

from __future__ import annotations

import difflib
import hashlib
import html as _html
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qsl, quote, quote_plus, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "mediawiki_thpt"
PLATFORM = "MediaWiki 1.39 (Vector 2022; MobileFrontend/Minerva, DynamicPageList, HitCounters)"
START_PATH = "/wiki/Trang_Ch%C3%ADnh"

SITENAME = "THPT Lương Thế Vinh"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
#: the Recent changes feed covers the last seven days (MediaWiki's default for anonymous readers)
RC_SINCE = "2026-11-28 00:00"
#: $wgCategoryPagingLimit: the admin set it low "so that the newest news show up"; it does not help
CATEGORY_LIMIT = 4

# --- titles and URLs, the way MediaWiki prints them ----------------------------------------

NS = {
    "Thảo luận": 1,
    "Thành viên": 2,
    "Thảo luận Thành viên": 3,
    SITENAME: 4,
    "Tập tin": 6,
    "MediaWiki": 8,
    "Bản mẫu": 10,
    "Trợ giúp": 12,
    "Thể loại": 14,
    "Đặc biệt": -1,
    "Phương tiện": -2,
}
_ALIASES = {k.lower(): k for k in NS} | {
    "talk": "Thảo luận",
    "user": "Thành viên",
    "user talk": "Thảo luận Thành viên",
    "project": SITENAME,
    "file": "Tập tin",
    "image": "Tập tin",
    "hình": "Tập tin",
    "template": "Bản mẫu",
    "help": "Trợ giúp",
    "category": "Thể loại",
    "special": "Đặc biệt",
    "media": "Phương tiện",
}
_NSTAB = {0: "Bài viết", 4: "Trang dự án", 6: "Tập tin", 14: "Thể loại", -1: "Trang đặc biệt"}


def ucfirst(s: str) -> str:
    return s[:1].upper() + s[1:]


def normalize(raw: str) -> str:
    """A requested title as MediaWiki reads it: NFC, underscores as spaces, first letter up."""
    t = unicodedata.normalize("NFC", raw).replace("_", " ")
    t = re.sub(r"\s+", " ", t).strip()
    ns, sep, rest = t.partition(":")
    if sep and ns.strip().lower() in _ALIASES:
        return _ALIASES[ns.strip().lower()] + ":" + ucfirst(rest.strip())
    return ucfirst(t)


def ns_of(title: str) -> int:
    ns, sep, _ = title.partition(":")
    return NS.get(ns, 0) if sep else 0


def dbkey(title: str) -> str:
    return title.replace(" ", "_")


def enc(title: str) -> str:
    """wfUrlencode: percent-encoded UTF-8, with ; @ $ ! * ( ) , / ~ : left as they are."""
    return quote(dbkey(title), safe="/;@$!*(),:~")


def wiki(title: str) -> str:
    return "/wiki/" + enc(title)


def cgi(params) -> str:
    """wfArrayToCgi: PHP urlencode of each key and value (spaces as +, slashes %2F)."""
    return "&".join(
        f"{quote_plus(str(k), safe='')}={quote_plus(str(v), safe='')}" for k, v in params
    )


def idx(title: str, *params: tuple[str, object]) -> str:
    return "/index.php?title=" + enc(title) + ("&" + cgi(params) if params else "")


def t(text: str) -> str:
    """Article text as the parser prints it: escaped, a space before % ? ! : ; » armoured (&#160;)."""
    return re.sub(r" (?=[?:;!%»›](?!\w))", "&#160;", _html.escape(text, quote=False))


# --- dates ---------------------------------------------------------------------------------


def _parts(ts: str) -> tuple[int, int, int, str]:
    day, clock = ts.split(" ")
    y, m, d = (int(x) for x in day.split("-"))
    return y, m, d, clock


def vi_date(ts: str) -> str:
    y, m, d, _ = _parts(ts)
    return f"{d} tháng {m} năm {y}"


def vi_stamp(ts: str) -> str:
    """'16:45, ngày 4 tháng 12 năm 2026' (user preference 'dmy', site language vi)."""
    return f"{_parts(ts)[3]}, ngày {vi_date(ts)}"


def utc(ts: str) -> str:
    y, m, d, clock = _parts(ts)
    hh, mm = (int(x) for x in clock.split(":"))
    hh -= 7
    if hh < 0:  # none of the feed's stamps cross a month boundary
        hh += 24
        d -= 1
    return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00Z"


def num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# --- uca-vi collation, enough for category order and the pagefrom/pageuntil keys -------------

_VI_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def vi_key(s: str) -> tuple:
    primary, secondary = [], []
    for ch in unicodedata.normalize("NFC", s.lower()):
        parts = unicodedata.normalize("NFD", ch)
        tone = next((_TONES[c] for c in parts if c in _TONES), 0)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        if base in _VI_LETTERS:
            primary.append((2, _VI_LETTERS.index(base)))
        elif base.isdigit():
            primary.append((1, int(base)))
        else:
            primary.append((0, ord(base[0]) if base else 0))
        secondary.append(tone)
    return (tuple(primary), tuple(secondary))


def first_letter(s: str) -> str:
    parts = unicodedata.normalize("NFD", s[:1].upper())
    return unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))


# --- images: $wgHashedUploadDirectory, thumbnails under /images/thumb --------------------------


def hashdir(name: str) -> str:
    h = hashlib.md5(name.encode("utf-8")).hexdigest()
    return f"{h[0]}/{h[:2]}"


def file_url(name: str) -> str:
    return f"/images/{hashdir(name)}/{quote(name, safe='')}"


def thumb_url(name: str, width: int) -> str:
    e = quote(name, safe="")
    return f"/images/thumb/{hashdir(name)}/{e}/{width}px-{e}"


def img(
    name: str, width: int, printed: str | None, caption: str | None, style: str = "thumb"
) -> Img:
    return Img(thumb_url(name, width), printed, caption, style)


_THUMB = re.compile(r"^/images/thumb/[0-9a-f]/[0-9a-f]{2}/([^/]+)/(\d+)px-")


def img_parts(src: str) -> tuple[str, int]:
    m = _THUMB.match(src)
    assert m, src
    return unquote(m.group(1)), int(m.group(2))


def img_tag(name: str, width: int, alt: str = "", cls: str = "") -> str:
    height = width * 2 // 3
    c = f' class="{cls}"' if cls else ""
    srcset = f"{thumb_url(name, width * 3 // 2)} 1.5x, {thumb_url(name, width * 2)} 2x"
    return (
        f'<img alt="{esc(alt)}" src="{thumb_url(name, width)}" decoding="async" width="{width}" '
        f'height="{height}"{c} srcset="{srcset}" />'
    )


def icon(name: str, size: int) -> str:
    """A template's icon ([[Tập tin:X.png|14px|link=]]): no link, no srcset worth the name."""
    return (
        f'<img alt="" src="{thumb_url(name, size)}" decoding="async" width="{size}" '
        f'height="{size}" />'
    )


# --- the wiki's pages ----------------------------------------------------------------------


@dataclass
class Rev:
    ts: str
    user: str
    comment: str = ""
    id: int = 0
    size: int = 0


@dataclass
class Page:
    title: str
    kind: str  # main, portal, article, category, redirect, other, file
    revs: list[Rev]
    story: Story | None = None
    cats: list[str] = field(default_factory=list)
    sortkey: str = ""  # {{DEFAULTSORT:…}}; "" = the title
    display_html: str | None = None
    body: Callable[[Request], str] | None = None
    target: str | None = None
    old: dict[int, Story] = field(default_factory=dict)
    page_id: int = 0
    notoc: bool = False
    views: int = 0
    uses: set[str] = field(default_factory=set)  # image files shown on the page
    desc: str = ""  # a file page's description

    @property
    def cur(self) -> Rev:
        return self.revs[-1]


def user_link(user: str) -> str:
    return (
        f'<a href="{esc(idx("Thành viên:" + user, ("action", "edit"), ("redlink", "1")))}" '
        f'class="new mw-userlink" title="Thành viên:{esc(user)} (trang chưa được viết)">'
        f"<bdi>{esc(user)}</bdi></a>"
    )


def user_tools(user: str) -> str:
    talk = idx("Thảo luận Thành viên:" + user, ("action", "edit"), ("redlink", "1"))
    contribs = wiki("Đặc biệt:Đóng góp/" + user)
    return (
        f'<span class="mw-usertoollinks mw-changeslist-links"><span><a href="{esc(talk)}" '
        f'class="new mw-usertoollink mw-talklink" title="Thảo luận Thành viên:{esc(user)} '
        f'(trang chưa được viết)">thảo luận</a></span> <span><a href="{esc(contribs)}" '
        f'class="mw-usertoollink mw-contributions-link" title="Đặc biệt:Đóng góp/{esc(user)}">'
        f"đóng góp</a></span></span>"
    )


def right(inner: str, tag: str = "p") -> Raw:
    end = "\n" if tag == "p" else ""
    return Raw(f'<{tag} style="text-align:right">{inner}{end}</{tag}>')


def see_also(*titles: tuple[str, str]) -> Raw:
    items = "\n".join(
        f'<li><a href="{wiki(title)}" title="{esc(title)}">{esc(label)}</a></li>'
        for title, label in titles
    )
    return Raw(
        f'<h2><span class="mw-headline" id="Xem_thêm">Xem thêm</span></h2>\n<ul>{items}</ul>'
    )


T_BLHD = "Tin tức/2026/Sinh hoạt chuyên đề phòng, chống bạo lực học đường"
T_HSG = "Tin tức/2026/Đội tuyển học sinh giỏi cấp tỉnh 2026"
T_TBKT = "Thông báo/2026/Lịch kiểm tra cuối học kỳ I"
T_TOADAM = "Tin tức/2026/Tọa đàm hướng nghiệp cho học sinh lớp 12"
T_2011 = "Tin tức/2026/Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
T_HOIGIANG = "Hội giảng chào mừng ngày Nhà giáo Việt Nam 20-11"
T_ATGT = "Tin tức/2026/Ngoại khóa an toàn giao thông"
T_STEM = "Tin tức/2026/Chuyên đề dạy học STEM môn Vật lí lớp 10"
T_HOCBONG = "Tin tức/2026/Trao học bổng Tiếp sức đến trường"
T_CMHS = "Tin tức/2026/Hội nghị cha mẹ học sinh đầu năm học"
T_VIENCHUC = "Tin tức/2026/Hội nghị viên chức năm học 2026-2027"
T_CLB = "Thông báo/2026/Tuyển thành viên Câu lạc bộ Tiếng Anh"
T_GIOHOC = "Thông báo/2026/Điều chỉnh giờ học mùa đông"

HSG_SIGNATURE = (
    "<p>— "
    f'<a href="{esc(idx("Thành viên:Quantri", ("action", "edit"), ("redlink", "1")))}" class="new" '
    'title="Thành viên:Quantri (trang chưa được viết)">Quantri</a> '
    f'(<a href="{esc(idx("Thảo luận Thành viên:Quantri", ("action", "edit"), ("redlink", "1")))}" '
    'class="new" title="Thảo luận Thành viên:Quantri (trang chưa được viết)">thảo luận</a>) '
    "10:15, ngày 2 tháng 12 năm 2026 (+07)\n</p>"
)
LETTERHEAD = (
    '<table style="width:100%;border:none;margin-bottom:1em">\n<tbody><tr>\n'
    '<td style="width:42%;text-align:center;vertical-align:top">SỞ GD&amp;ĐT PHÚ THỌ<br />'
    "<b>TRƯỜNG THPT LƯƠNG THẾ VINH</b><br />———————<br />Số: 245/TB-THPTLTV\n</td>\n"
    '<td style="text-align:center;vertical-align:top"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br />'
    "<b>Độc lập - Tự do - Hạnh phúc</b><br />——————————<br />"
    "<i>Cẩm Khê, ngày 30 tháng 11 năm 2026</i>\n</td></tr></tbody></table>\n"
    "<center><b>THÔNG BÁO</b><br /><b>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 – 2027</b>"
    "</center>"
)
CLOSING = (
    '<table style="width:100%;border:none;margin-top:1em">\n<tbody><tr>\n'
    '<td style="width:50%;vertical-align:top;font-size:90%"><b><i>Nơi nhận:</i></b><br />'
    "- Các tổ chuyên môn, GVCN;<br />- Đăng website nhà trường;<br />- Lưu: VT.\n</td>\n"
    '<td style="text-align:center;vertical-align:top"><b>HIỆU TRƯỞNG</b><br /><br />'
    "<i>(Đã ký)</i><br /><br /><b>Nguyễn Văn Hùng</b>\n</td></tr></tbody></table>"
)
REFERENCE_TEXT = (
    "Kế hoạch số 1856/KH-SGDĐT ngày 12/9/2026 của Sở GD&ĐT Phú Thọ về công tác giáo dục hướng "
    "nghiệp và định hướng phân luồng học sinh năm học 2026 – 2027."
)
REFERENCES = (
    '<h2><span class="mw-headline" id="Chú_thích">Chú thích</span></h2>\n'
    '<div class="mw-references-wrap"><ol class="references">\n'
    '<li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">↑</a></span> '
    f'<span class="reference-text">{REFERENCE_TEXT.replace("&", "&amp;")}</span>\n'
    "</li>\n</ol></div>"
)


def _stories() -> list[Story]:
    blhd = Story(
        1,
        dbkey(T_BLHD),
        "Sinh hoạt chuyên đề “Nói không với bạo lực học đường” năm học 2026 – 2027",
        "Tin tức",
        "2026-12-04T16:45:00+07:00",
        [
            P(
                "Chiều ngày 04/12/2026, Đoàn trường THPT Lương Thế Vinh phối hợp với Công an xã Phương Xá "
                "tổ chức buổi sinh hoạt chuyên đề “Nói không với bạo lực học đường” cho hơn 1.100 đoàn "
                "viên, học sinh toàn trường.",
                "b",
            ),
            img(
                "LTV_BLHD_2026_01.jpg",
                300,
                "Đại úy Nguyễn Mạnh Cường, Công an xã Phương Xá, trao đổi với học sinh",
                "Đại úy Nguyễn Mạnh Cường, Công an xã Phương Xá, trao đổi với học sinh",
            ),
            P(
                "Tại buổi sinh hoạt, báo cáo viên đã thông tin về thực trạng bạo lực học đường trên địa "
                "bàn tỉnh Phú Thọ trong thời gian gần đây; phân tích nguyên nhân, hậu quả và trách nhiệm "
                "pháp lý của người có hành vi xúc phạm, cố ý gây thương tích cho người khác, đặc biệt là "
                "hành vi quay video, phát tán hình ảnh bạo lực lên mạng xã hội."
            ),
            P("Những kỹ năng được trang bị", "h2"),
            P(
                "Thông qua các tình huống giả định, học sinh được hướng dẫn cách nhận diện và ứng xử khi:"
            ),
            P("Bị bạn bè trêu chọc, đe dọa hoặc cô lập trong lớp học;", "li"),
            P("Chứng kiến hành vi bạo lực xảy ra trong và ngoài nhà trường;", "li"),
            P("Bị bắt nạt, xúc phạm trên không gian mạng (Facebook, Zalo, TikTok…).", "li"),
            P("Em Nguyễn Khánh Linh, học sinh lớp 11A3, chia sẻ:"),
            P(
                "“Qua buổi sinh hoạt, em hiểu rằng im lặng cũng là tiếp tay cho bạo lực. Khi gặp chuyện, "
                "chúng em cần báo ngay cho thầy cô chủ nhiệm hoặc gọi đường dây nóng của nhà trường.”",
                "quote",
            ),
            P(
                "Kết thúc chương trình, Đoàn trường phát động cuộc thi vẽ tranh, viết bài về chủ đề "
                "“Trường học hạnh phúc – không bạo lực”, nhận bài đến hết ngày 20/12/2026."
            ),
            img(
                "LTV_BLHD_2026_02.jpg",
                180,
                "Tiểu phẩm sân khấu hóa của Chi đoàn 10A1",
                "Tiểu phẩm sân khấu hóa của Chi đoàn 10A1",
                "gallery",
            ),
            img("LTV_BLHD_2026_04.jpg", 180, "Ảnh: Bùi Quang Huy", None, "gallery"),
            see_also((T_ATGT, "Ngoại khóa “Tìm hiểu pháp luật về trật tự, an toàn giao thông”")),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Bùi Quang Huy"],
        summary=(
            "Chiều ngày 04/12/2026, Đoàn trường THPT Lương Thế Vinh phối hợp với Công an xã Phương Xá "
            "tổ chức buổi sinh hoạt chuyên đề “Nói không với bạo lực học đường” cho hơn 1.100 đoàn "
            "viên, học sinh toàn trường."
        ),
        opts={
            "page": T_BLHD,
            "tpl": "tin",
            "tin": [
                ("Ngày đăng", "04/12/2026 16:45"),
                ("Người viết", "Phạm Thu Trang (Bí thư Đoàn trường)"),
                ("Ảnh", "Bùi Quang Huy"),
            ],
            "themes": ["Đoàn trường"],
            "revs": [Rev("2026-12-04 16:45", "Doantruong.ltv", "Tạo trang mới")],
        },
    )
    hsg_rows = [
        P("STT | Họ và tên | Lớp | Môn thi | Giải", "th"),
        P("1 | Đỗ Hà My | 12A1 | Ngữ văn | Nhất", "td"),
        P("2 | Trần Quốc Bảo | 12A2 | Toán | Nhì", "td"),
        P("3 | Nguyễn Minh Khôi | 12A1 | Vật lí | Nhì", "td"),
        P("4 | Hà Thị Ngọc Ánh | 12A5 | Lịch sử | Nhì", "td"),
    ]
    hsg = Story(
        2,
        dbkey(T_HSG),
        "🎉 Đội tuyển học sinh giỏi lớp 12 đạt 12 giải cấp tỉnh năm học 2026 – 2027",
        "Tin tức",
        "2026-12-02T10:15:00+07:00",
        [
            P(
                "Ngày 01/12/2026, Sở Giáo dục và Đào tạo Phú Thọ công bố kết quả Kỳ thi chọn học sinh giỏi "
                "cấp tỉnh lớp 12 THPT năm học 2026 – 2027. Đội tuyển của Trường THPT Lương Thế Vinh có 12 "
                "học sinh đạt giải, gồm 01 giải Nhất, 03 giải Nhì, 04 giải Ba và 04 giải Khuyến khích 👏."
            ),
            img("LTV_HSG_2026.jpg", 300, "Ảnh: Lê Minh Đức", None),
            P(
                "Đây là năm thứ ba liên tiếp nhà trường có học sinh đạt giải Nhất môn Ngữ văn. Tỷ lệ học "
                "sinh dự thi đạt giải là 66,7 %, cao hơn năm học trước 8,2 %."
            ),
            P("Danh sách học sinh đạt giải Nhất, Nhì:"),
            *hsg_rows,
            P(
                "Thay mặt Ban Giám hiệu, thầy Nguyễn Văn Hùng – Hiệu trưởng nhà trường – chúc mừng các em "
                "học sinh và các thầy cô giáo trực tiếp bồi dưỡng đội tuyển; đồng thời giao nhiệm vụ cho "
                "các tổ chuyên môn chuẩn bị lực lượng tham dự kỳ thi chọn học sinh giỏi quốc gia năm 2027."
            ),
            Raw(HSG_SIGNATURE),
        ],
        photographers=["Lê Minh Đức"],
        opts={
            "page": T_HSG,
            "tpl": "tin",
            "tin": [("Ngày đăng", "02/12/2026 10:15"), ("Người đăng", "Quantri")],
            "revs": [
                Rev("2026-12-02 10:15", "Quantri", "Tạo trang mới"),
                Rev(
                    "2026-12-02 15:40",
                    "Quantri",
                    "Sửa số giải (11 → 12), bổ sung danh sách giải Nhất, Nhì",
                ),
            ],
        },
    )
    # the first revision: one prize short, no table (history, permalink and feed still serve it)
    hsg_first = replace(
        hsg,
        title="🎉 Đội tuyển học sinh giỏi lớp 12 đạt 11 giải cấp tỉnh năm học 2026 – 2027",
        blocks=[
            P(
                "Ngày 01/12/2026, Sở Giáo dục và Đào tạo Phú Thọ công bố kết quả Kỳ thi chọn học sinh giỏi "
                "cấp tỉnh lớp 12 THPT năm học 2026 – 2027. Đội tuyển của Trường THPT Lương Thế Vinh có 11 "
                "học sinh đạt giải, gồm 01 giải Nhất, 03 giải Nhì, 04 giải Ba và 03 giải Khuyến khích."
            ),
            *[
                b
                for b in hsg.blocks[1:]
                if b not in hsg_rows
                and getattr(b, "text", "") != "Danh sách học sinh đạt giải Nhất, Nhì:"
            ],
        ],
    )
    tbkt = Story(
        3,
        dbkey(T_TBKT),
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        "Thông báo",
        "2026-11-30",
        [
            Raw(LETTERHEAD),
            P(
                "Căn cứ Kế hoạch số 112/KH-THPTLTV ngày 05/9/2026 của Trường THPT Lương Thế Vinh về thực "
                "hiện nhiệm vụ năm học 2026 – 2027;"
            ),
            P(
                "Căn cứ Công văn số 2143/SGDĐT-GDTrH ngày 18/11/2026 của Sở GD&ĐT Phú Thọ về việc tổ chức "
                "kiểm tra, đánh giá cuối học kỳ I;"
            ),
            P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027 như sau:"),
            P("1. Thời gian, hình thức kiểm tra", "bp"),
            P(
                "- Các môn kiểm tra tập trung theo đề chung: Toán, Ngữ văn, Tiếng Anh, Lịch sử, Vật lí, "
                "Hóa học, Sinh học, Địa lí, GDKT&PL."
            ),
            P(
                "- Các môn còn lại do giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ "
                "chuyên môn, hoàn thành trước ngày 19/12/2026."
            ),
            P("2. Lịch kiểm tra tập trung", "bp"),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "th"),
            P("14/12/2026 | Sáng | Ngữ văn | 90 phút", "td"),
            P("14/12/2026 | Chiều | Lịch sử; Địa lí | 45 phút/môn", "td"),
            P("15/12/2026 | Sáng | Toán | 90 phút", "td"),
            P("15/12/2026 | Chiều | Vật lí; Hóa học; Sinh học | 45 phút/môn", "td"),
            P("16/12/2026 | Sáng | Tiếng Anh; GDKT&PL | 60 phút; 45 phút", "td"),
            P("3. Tổ chức thực hiện", "bp"),
            P(
                "Giáo viên chủ nhiệm thông báo lịch kiểm tra tới học sinh và cha mẹ học sinh; các tổ chuyên "
                "môn hoàn thành ra đề, nộp về Phó Hiệu trưởng phụ trách chuyên môn trước ngày 08/12/2026. "
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh."
            ),
            Raw(
                f'<p>Tệp đính kèm: <a href="{file_url("TB245-LichKT-HKI.pdf")}" class="internal" '
                'title="TB245-LichKT-HKI.pdf">TB245-LichKT-HKI.pdf</a>\n</p>'
            ),
            Raw(CLOSING),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={
            "page": T_TBKT,
            "revs": [Rev("2026-12-01 07:40", "Quantri", "Tạo trang mới")],
        },
    )
    toadam = Story(
        4,
        dbkey(T_TOADAM),
        "Tọa đàm “Chọn nghề – chọn tương lai” cho học sinh khối 12",
        "Tin tức",
        "2026-11-26",
        [
            P(
                "Nhằm giúp học sinh lớp 12 có thêm thông tin trước kỳ thi tốt nghiệp THPT năm 2027, sáng "
                "26/11/2026, Trường THPT Lương Thế Vinh tổ chức buổi tọa đàm “Chọn nghề – chọn tương lai” "
                "với sự tham gia của đại diện Trường Đại học Hùng Vương và Trường Cao đẳng Công nghiệp "
                "Quốc phòng."
            ),
            img(
                "LTV_Toa_dam_huong_nghiep.jpg",
                600,
                "(Quang cảnh buổi tọa đàm tại hội trường nhà trường)",
                "Quang cảnh buổi tọa đàm tại hội trường nhà trường",
                "center",
            ),
            P(
                "Theo kế hoạch giáo dục hướng nghiệp năm học 2026 – 2027 của Sở GD&ĐT, mỗi học sinh khối 12 "
                "được tham gia ít nhất hai hoạt động tư vấn trực tiếp với các cơ sở giáo dục đại học và "
                "giáo dục nghề nghiệp.[1]",
                "ref",
            ),
            P(
                "Tại buổi tọa đàm, các chuyên gia đã giới thiệu những nhóm ngành đang có nhu cầu nhân lực "
                "cao tại Phú Thọ và các tỉnh lân cận, gồm:"
            ),
            P("Công nghệ thông tin, điện – điện tử và tự động hóa;", "mso"),
            P("Sư phạm, y dược và chăm sóc sức khỏe;", "mso"),
            P("Du lịch, dịch vụ và nông nghiệp công nghệ cao.", "mso"),
            P(
                "Học sinh cũng được hướng dẫn cách đăng ký xét tuyển trực tuyến, cách tính điểm ưu tiên "
                "khu vực và lựa chọn tổ hợp môn phù hợp với năng lực bản thân."
            ),
            P("- Em Phan Tuấn Kiệt (12A4) hỏi về cơ hội việc làm của ngành kỹ thuật ô tô;"),
            P("- Em Lê Thảo Vy (12A6) quan tâm đến chương trình học bổng của các trường sư phạm."),
            P(
                "Buổi tọa đàm đã giải đáp nhiều băn khoăn của học sinh, giúp các em tự tin hơn trong việc "
                "định hướng nghề nghiệp."
            ),
            right("<b>ThS. Đỗ Thị Minh Nguyệt</b> – Tổ trưởng Tổ Sử – Địa – GDKT&amp;PL"),
            P("Chú thích", "refs_h"),
            P(REFERENCE_TEXT, "refs"),
            see_also((T_STEM, "Chuyên đề dạy học STEM môn Vật lí lớp 10")),
        ],
        authors=["Đỗ Thị Minh Nguyệt"],
        opts={
            "page": T_TOADAM,
            "tpl": "old",
            "line": "Ngày đăng: 26/11/2026 | Cập nhật: 28/11/2026 09:30",
            "themes": ["Hoạt động chuyên môn"],
            "revs": [
                Rev("2026-11-26 11:05", "Chuyenmon.ltv", "Tạo trang mới"),
                Rev("2026-11-28 09:30", "Chuyenmon.ltv", "Bổ sung chú thích nguồn kế hoạch"),
            ],
        },
    )
    poem = [
        "Thầy vẫn đứng bên bục giảng năm nào",
        "Phấn trắng rơi nhuộm bạc mái đầu cao",
        "Mỗi trang giáo án là bao tâm huyết",
        "Gieo ước mơ cho lớp lớp thế hệ sau.",
    ]
    kn = Story(
        5,
        dbkey(T_2011),
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 (1982 – 2026)",
        "Tin tức",
        "2026-11-20",
        [
            P(
                "Sáng 20/11/2026, Trường THPT Lương Thế Vinh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam 20/11. Tới dự có đại diện lãnh đạo Đảng ủy, HĐND, UBND xã Phương Xá, Ban "
                "đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo đã nghỉ hưu.",
                "b",
            ),
            img(
                "LTV_20-11-2026_le_ky_niem_01.jpg",
                300,
                "(Thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường, phát biểu tại buổi lễ)",
                "Thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường, phát biểu tại buổi lễ",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Văn Hùng ôn lại truyền thống vẻ vang của ngành Giáo dục "
                "Việt Nam và những kết quả nổi bật của nhà trường trong năm học 2025 – 2026: tỷ lệ tốt "
                "nghiệp THPT đạt 99,6 %, có 42 học sinh đạt giải học sinh giỏi cấp tỉnh, 01 học sinh đạt "
                "giải Khuyến khích cấp quốc gia."
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 15 tập thể và 38 cá nhân có thành tích xuất sắc "
                "trong phong trào thi đua “Dạy tốt – Học tốt” chào mừng ngày 20/11."
            ),
            P(
                "Trong không khí xúc động, em Nguyễn Hà Phương (lớp 11A2) đã đọc bài thơ tự sáng tác gửi "
                "tặng thầy cô:"
            ),
            *[P(line, "poem") for line in poem],
            img(
                "LTV_20-11-2026_van_nghe.jpg",
                300,
                "Tiết mục văn nghệ của tập thể lớp 12A1",
                "Tiết mục văn nghệ của tập thể lớp 12A1",
            ),
            P(
                "Buổi lễ khép lại với chương trình văn nghệ đặc sắc do học sinh các lớp biểu diễn, để lại "
                "nhiều ấn tượng đẹp trong lòng thầy cô và các em học sinh."
            ),
            right("<i>Tin, ảnh: Hoàng Anh Tuấn</i>"),
            see_also((T_HOIGIANG, "Hội giảng chào mừng ngày Nhà giáo Việt Nam 20-11")),
        ],
        authors=["Hoàng Anh Tuấn"],
        photographers=["Hoàng Anh Tuấn"],
        summary=(
            "Sáng 20/11/2026, Trường THPT Lương Thế Vinh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam 20/11. Tới dự có đại diện lãnh đạo Đảng ủy, HĐND, UBND xã Phương Xá, Ban "
            "đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo đã nghỉ hưu."
        ),
        opts={
            "page": T_2011,
            "tpl": "tin",
            "tin": [("Ngày đăng", "20/11/2026 00:00")],
            "redirects": ["Kỷ niệm 20-11"],
            "revs": [
                Rev("2026-11-20 11:20", "Quantri", "Tạo trang mới"),
                Rev("2026-11-21 08:05", "Quantri", "Thêm bài thơ của em Hà Phương"),
            ],
        },
    )
    kn_first = replace(
        kn,
        blocks=[
            b
            for b in kn.blocks
            if not (
                isinstance(b, P) and (b.style == "poem" or b.text.startswith("Trong không khí"))
            )
        ],
    )
    hoigiang = Story(
        6,
        dbkey(T_HOIGIANG),
        T_HOIGIANG,
        "Tin tức",
        None,
        [
            P(
                "Hưởng ứng phong trào thi đua chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, từ ngày 02/11 "
                "đến ngày 12/11/2026, Trường THPT Lương Thế Vinh tổ chức Hội giảng cấp trường với 24 tiết "
                "dạy của giáo viên thuộc 6 tổ chuyên môn."
            ),
            img(
                "LTV_Hoi_giang_2026.jpg",
                500,
                None,
                None,
                "plain:Cô giáo Nguyễn Thị Lan dạy tiết Hóa học lớp 11A5",
            ),
            P(
                "Các tiết dạy được thiết kế theo định hướng phát triển phẩm chất, năng lực học sinh; nhiều "
                "giáo viên mạnh dạn ứng dụng công nghệ thông tin, trí tuệ nhân tạo và các phần mềm mô phỏng "
                "vào bài giảng."
            ),
            P("Ban Giám khảo đánh giá: 20 tiết xếp loại Giỏi, 4 tiết xếp loại Khá.", "br:1"),
            P("Không có tiết dạy xếp loại Trung bình.", "br:1"),
            P("Một số tiết dạy tiêu biểu:"),
            P("STT | Giáo viên | Môn | Lớp | Xếp loại", "th"),
            P("1 | Nguyễn Thị Lan | Hóa học | 11A5 | Giỏi", "td"),
            P("2 | Vũ Đức Thắng | Tin học | 10A3 | Giỏi", "td"),
            P("3 | Lê Thị Hồng Nhung | Ngữ văn | 12A6 | Giỏi", "td"),
            P(
                "Kết quả hội giảng là căn cứ để nhà trường lựa chọn giáo viên tham dự Hội thi giáo viên dạy "
                "giỏi cấp tỉnh năm học 2026 – 2027.",
                "dd",
            ),
            right("<b>Ban Chuyên môn</b>", "div"),
        ],
        authors=["Ban Chuyên môn"],
        opts={
            "page": T_HOIGIANG,
            "themes": ["Hoạt động chuyên môn"],
            "revs": [Rev("2026-11-13 09:10", "Chuyenmon.ltv", "Tạo trang mới")],
        },
    )
    atgt = Story(
        7,
        dbkey(T_ATGT),
        "Ngoại khóa “Tìm hiểu pháp luật về trật tự, an toàn giao thông” cho đoàn viên, thanh niên",
        "Tin tức",
        "2026-10-29",
        [
            P(
                "Thực hiện Kế hoạch của Đoàn TNCS Hồ Chí Minh xã Phương Xá về tuyên truyền pháp luật cho "
                "thanh thiếu niên, chiều 29/10/2026, Đoàn trường THPT Lương Thế Vinh tổ chức buổi ngoại "
                "khóa “Tìm hiểu pháp luật về trật tự, an toàn giao thông” cho hơn 400 đoàn viên khối 10."
            ),
            img(
                "LTV_ATGT_01.jpg",
                300,
                "Cán bộ Cảnh sát giao thông hướng dẫn kỹ năng đội mũ bảo hiểm đúng cách",
                "Cán bộ Cảnh sát giao thông hướng dẫn kỹ năng đội mũ bảo hiểm đúng cách",
            ),
            P(
                "Buổi ngoại khóa gồm ba phần: tuyên truyền Luật Trật tự, an toàn giao thông đường bộ năm "
                "2024; thực hành kỹ năng lái xe đạp điện an toàn; thi rung chuông vàng tìm hiểu kiến thức "
                "pháp luật."
            ),
            P(
                "Em Triệu Thị Mai (lớp 10A7) xuất sắc giành danh hiệu “Rung chuông vàng” sau 20 câu hỏi."
            ),
            img(
                "LTV_ATGT_02.jpg",
                300,
                "Phần thi Rung chuông vàng sôi nổi",
                "Phần thi Rung chuông vàng sôi nổi",
            ),
            P(
                "Qua hoạt động, mỗi đoàn viên cam kết chấp hành nghiêm quy định: không đi xe máy khi chưa "
                "đủ tuổi, đội mũ bảo hiểm đúng quy cách và không dàn hàng ngang khi tham gia giao thông."
            ),
            right("<b>Tin: Phạm Thu Trang - Ảnh: Bùi Quang Huy</b>"),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Bùi Quang Huy"],
        opts={
            "page": T_ATGT,
            "tpl": "dateline",
            "line": "Thứ Năm, ngày 29/10/2026",
            "themes": ["Đoàn trường"],
            "revs": [Rev("2026-10-29 17:20", "Doantruong.ltv", "Tạo trang mới")],
        },
    )
    stem = Story(
        8,
        dbkey(T_STEM),
        "Chuyên đề “Dạy học STEM: Chế tạo xe chạy bằng năng lượng gió” – môn Vật lí 10",
        "Tin tức",
        "2026-10-22T14:30:00+07:00",
        [
            P(
                "Ngày 21/10/2026, Tổ Vật lí – Công nghệ tổ chức sinh hoạt chuyên đề cấp trường “Dạy học "
                "STEM: Chế tạo xe chạy bằng năng lượng gió” qua tiết dạy minh họa của cô giáo Ngô Thị "
                "Thanh Huyền tại lớp 10A2."
            ),
            P("Mục tiêu chuyên đề", "h2"),
            P(
                "Chuyên đề hướng tới việc vận dụng kiến thức về chuyển động, lực và năng lượng trong chương "
                "trình Vật lí 10 để giải quyết một vấn đề thực tiễn; đồng thời rèn luyện kỹ năng làm việc "
                "nhóm, thuyết trình và tư duy thiết kế cho học sinh."
            ),
            P("Tiến trình tiết dạy", "h2"),
            P(
                "Xác định vấn đề: các nhóm tìm hiểu nguyên lý biến đổi năng lượng gió thành động năng.",
                "ol",
            ),
            P("Nghiên cứu kiến thức nền và đề xuất bản thiết kế xe.", "ol"),
            P("Chế tạo, thử nghiệm và điều chỉnh sản phẩm theo tiêu chí đánh giá.", "ol"),
            P("Trình bày sản phẩm, chia sẻ và thảo luận.", "ol"),
            img(
                "LTV_STEM_VL10.jpg",
                300,
                "Học sinh lớp 10A2 thử nghiệm sản phẩm xe gió",
                "Học sinh lớp 10A2 thử nghiệm sản phẩm xe gió",
            ),
            P("Đánh giá, rút kinh nghiệm", "h2"),
            P(
                "Các thầy cô dự giờ đánh giá cao sự chuẩn bị công phu của giáo viên và tinh thần chủ động "
                "của học sinh. Sản phẩm của nhóm 3 chạy được quãng đường 6,5 m chỉ với một chiếc quạt điện "
                "nhỏ."
            ),
            P(
                "Bên cạnh đó, tổ chuyên môn cũng chỉ ra một số điểm cần điều chỉnh như phân bổ thời gian "
                "giữa các hoạt động và tăng cường đánh giá đồng đẳng."
            ),
            P("Kế hoạch tiếp theo", "h2"),
            P(
                "Tổ Vật lí – Công nghệ sẽ tiếp tục xây dựng hai chủ đề STEM cho khối 11 và khối 12, dự kiến "
                "tổ chức vào tháng 3/2027."
            ),
        ],
        authors=["Trần Văn Bình"],
        opts={
            "page": T_STEM,
            "tpl": "tin",
            "tin": [
                ("Ngày đăng", "22/10/2026 14:30"),
                ("Người viết", "ThS. Trần Văn Bình (Tổ trưởng Tổ Vật lí – Công nghệ)"),
            ],
            "themes": ["Hoạt động chuyên môn"],
            "revs": [Rev("2026-10-22 14:30", "Chuyenmon.ltv", "Tạo trang mới")],
        },
    )
    hocbong = Story(
        9,
        dbkey(T_HOCBONG),
        "Trao 25 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        "Tin tức",
        "2026-10-17",
        [
            P(
                "Sáng 16/10/2026, Quỹ Khuyến học huyện Cẩm Khê phối hợp với Báo Phú Thọ và Trường THPT "
                "Lương Thế Vinh tổ chức trao 25 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn "
                "cảnh đặc biệt khó khăn, vượt khó học tốt."
            ),
            img(
                "Trao_học_bổng_2026.jpg",
                300,
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
            ),
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng tiền mặt cùng bộ sách giáo khoa và đồ dùng học tập. "
                "Tổng giá trị học bổng là 62,5 triệu đồng, do các doanh nghiệp, nhà hảo tâm và cựu học sinh "
                "nhà trường đóng góp."
            ),
            P(
                "Xúc động nhận học bổng, em Sa Thị Huyền (lớp 10A8), người dân tộc Mường ở khu 9, cho biết: "
                "“Số tiền này giúp em có thêm động lực để tiếp tục theo học, thực hiện ước mơ trở thành cô "
                "giáo”."
            ),
            P(
                "Được biết, trong 5 năm qua, chương trình “Tiếp sức đến trường” đã trao hơn 120 suất học "
                "bổng cho học sinh của trường."
            ),
            right("<b>Thanh Hà</b>"),
            right("<i>Nguồn: Báo Phú Thọ điện tử</i>"),
        ],
        authors=["Thanh Hà"],
        source="Báo Phú Thọ điện tử",
        opts={
            "page": T_HOCBONG,
            "tpl": "old",
            "line": "Ngày đăng: 17/10/2026",
            "revs": [Rev("2026-10-17 15:02", "Quantri", "Tạo trang mới")],
        },
    )
    cmhs_sapo = (
        "Ngày 11/10/2026, Trường THPT Lương Thế Vinh tổ chức Hội nghị cha mẹ học sinh đầu năm học "
        "2026 – 2027 nhằm thống nhất các nội dung phối hợp giữa gia đình và nhà trường trong công tác "
        "giáo dục học sinh."
    )
    cmhs = Story(
        10,
        dbkey(T_CMHS),
        "Hội nghị cha mẹ học sinh đầu năm học 2026 – 2027",
        "Tin tức",
        "2026-10-11T20:05:00+07:00",
        [
            P(cmhs_sapo, "sapo"),
            P(
                "Hội nghị được tổ chức theo hai phiên. Phiên toàn thể diễn ra tại hội trường với sự tham dự "
                "của Ban đại diện cha mẹ học sinh 33 lớp; phiên họp tại các lớp do giáo viên chủ nhiệm "
                "điều hành."
            ),
            P(
                "Tại phiên toàn thể, thầy Hiệu trưởng Nguyễn Văn Hùng báo cáo kết quả năm học 2025 – 2026 "
                "và phương hướng nhiệm vụ năm học mới.",
                "br:1",
            ),
            P(
                "Phó Hiệu trưởng Đinh Thị Thanh Xuân phổ biến quy định về các khoản thu, chi đầu năm theo "
                "đúng hướng dẫn của Sở GD&ĐT Phú Thọ.",
                "br:1",
            ),
            P(
                "Hội nghị đã bầu Ban đại diện cha mẹ học sinh nhà trường gồm 9 thành viên; ông Hà Văn Lực, "
                "cha của em Hà Minh Quân (lớp 12A3), được bầu làm Trưởng ban."
            ),
            P(
                "Các ý kiến của phụ huynh tập trung vào việc quản lý học sinh sử dụng điện thoại di động, "
                "an toàn giao thông và tổ chức học thêm trong nhà trường. Những ý kiến này đã được Ban "
                "Giám hiệu tiếp thu, giải trình cụ thể tại hội nghị."
            ),
        ],
        authors=["Lê Thị Hồng Nhung"],
        summary=cmhs_sapo,
        opts={
            "page": T_CMHS,
            "tpl": "tin",
            "tin": [("Ngày đăng", "11/10/2026 20:05"), ("Người viết", "Lê Thị Hồng Nhung")],
            "revs": [Rev("2026-10-11 20:05", "Quantri", "Tạo trang mới")],
        },
    )
    vienchuc = Story(
        11,
        dbkey(T_VIENCHUC),
        "Hội nghị viên chức, người lao động năm học 2026 – 2027",
        "Tin tức",
        "2026-10-03",
        [
            P(
                "Chiều 02/10/2026, Trường THPT Lương Thế Vinh tổ chức Hội nghị viên chức, người lao động năm "
                "học 2026 – 2027. Dự hội nghị có 86 cán bộ, giáo viên, nhân viên trong toàn trường."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm học "
                "2026 – 2027; báo cáo công khai tài chính và thảo luận, sửa đổi Quy chế chi tiêu nội bộ, "
                "Quy chế dân chủ cơ sở."
            ),
            P(
                "Năm học 2026 – 2027, nhà trường đặt mục tiêu: tỷ lệ tốt nghiệp THPT đạt trên 99 %; phấn "
                "đấu có từ 45 giải học sinh giỏi cấp tỉnh trở lên; 100 % giáo viên ứng dụng hiệu quả công "
                "nghệ thông tin trong dạy học."
            ),
            img(
                "LTV_HNVC_2026_01.jpg",
                180,
                "Đoàn chủ tịch điều hành hội nghị",
                "Đoàn chủ tịch điều hành hội nghị",
                "gallery",
            ),
            img(
                "LTV_HNVC_2026_02.jpg",
                180,
                "Cán bộ, giáo viên biểu quyết thông qua nghị quyết",
                "Cán bộ, giáo viên biểu quyết thông qua nghị quyết",
                "gallery",
            ),
            P(
                "Kết thúc hội nghị, 100 % đại biểu biểu quyết thông qua Nghị quyết Hội nghị viên chức, người "
                "lao động năm học 2026 – 2027 và ký giao ước thi đua giữa các tổ chuyên môn."
            ),
            right("<b>Nguyễn Thị Thu Hà</b><br />(Tổ Văn phòng)"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "page": T_VIENCHUC,
            "tpl": "old",
            "line": "Ngày đăng: 03/10/2026 | Cập nhật: 05/10/2026 08:10",
            "display_html": (
                '<span style="color:#0b3d91">Hội nghị viên chức, người lao động năm học 2026 – 2027</span>'
            ),
            "revs": [
                Rev("2026-10-03 09:00", "Vanphong.ltv", "Tạo trang mới"),
                Rev("2026-10-05 08:10", "Vanphong.ltv", "Thêm ảnh hội nghị"),
            ],
        },
    )
    vienchuc_first = replace(
        vienchuc, blocks=[b for b in vienchuc.blocks if not isinstance(b, Img)]
    )
    clb = Story(
        12,
        dbkey(T_CLB),
        "Thông báo tuyển thành viên Câu lạc bộ Tiếng Anh “LTV English Club” năm học 2026 – 2027",
        "Thông báo",
        "2026-10-20",
        [
            P(
                "Nhằm tạo môi trường cho học sinh rèn luyện kỹ năng giao tiếp tiếng Anh, Tổ Ngoại ngữ thông "
                "báo tuyển thành viên Câu lạc bộ Tiếng Anh “LTV English Club” năm học 2026 – 2027."
            ),
            P("Đối tượng và điều kiện", "h3"),
            P("Học sinh các khối 10, 11 yêu thích môn Tiếng Anh;", "li"),
            P("Có điểm trung bình môn Tiếng Anh năm học trước từ 7,0 trở lên;", "li"),
            P("Cam kết tham gia sinh hoạt đều đặn vào chiều thứ Năm hằng tuần.", "li"),
            P("Cách thức đăng ký", "h3"),
            P(
                "Học sinh đăng ký qua phiếu trực tuyến hoặc nộp đơn trực tiếp cho cô Vũ Thị Phương Thảo, "
                "giáo viên phụ trách câu lạc bộ, trước ngày 31/10/2026.",
                "ext|https://forms.gle/LtvEnglishClub2026|phiếu trực tuyến",
            ),
            P(
                "Buổi sinh hoạt đầu tiên dự kiến tổ chức vào 14 giờ 00 ngày 05/11/2026 tại phòng học bộ môn "
                "Ngoại ngữ (tầng 2, nhà B)."
            ),
            right("<b>Tổ Ngoại ngữ</b>", "div"),
        ],
        authors=["Tổ Ngoại ngữ"],
        opts={
            "page": T_CLB,
            "tpl": "old",
            "line": "Ngày đăng: 20/10/2026",
            "revs": [Rev("2026-10-20 10:12", "Quantri", "Tạo trang mới")],
        },
    )
    giohoc = Story(
        13,
        dbkey(T_GIOHOC),
        "Thông báo điều chỉnh thời gian biểu mùa đông từ ngày 09/11/2026",
        "Thông báo",
        "2026-11-06T07:30:00+07:00",
        [
            P(
                "Thực hiện hướng dẫn của Sở Giáo dục và Đào tạo Phú Thọ về việc điều chỉnh thời gian học tập "
                "phù hợp với điều kiện thời tiết, kể từ thứ Hai, ngày 09/11/2026, nhà trường áp dụng thời "
                "gian biểu mùa đông như sau:"
            ),
            P("Tiết | Buổi sáng | Buổi chiều", "th"),
            P("1 | 7h15 – 8h00 | 13h30 – 14h15", "td"),
            P("2 | 8h05 – 8h50 | 14h20 – 15h05", "td"),
            P("3 | 9h10 – 9h55 | 15h25 – 16h10", "td"),
            P("4 | 10h00 – 10h45 | 16h15 – 17h00", "td"),
            P("5 | 10h50 – 11h35 | –", "td"),
            P(
                "Giáo viên chủ nhiệm thông báo tới học sinh và cha mẹ học sinh; đề nghị học sinh mặc đủ ấm, "
                "đến trường đúng giờ."
            ),
            P("Thời gian biểu mùa đông được áp dụng đến hết ngày 28/02/2027."),
        ],
        opts={
            "page": T_GIOHOC,
            "tpl": "tin",
            "tin": [("Ngày đăng", "06/11/2026 07:30"), ("Người đăng", "Quantri")],
            "revs": [Rev("2026-11-06 07:30", "Quantri", "Tạo trang mới")],
        },
    )
    hsg.opts["old"] = {0: hsg_first}
    kn.opts["old"] = {0: kn_first}
    vienchuc.opts["old"] = {0: vienchuc_first}
    toadam.opts["old"] = {
        0: replace(
            toadam,
            blocks=[
                P(b.text.removesuffix("[1]")) if isinstance(b, P) and b.style == "ref" else b
                for b in toadam.blocks
                if not (isinstance(b, P) and b.style in ("refs_h", "refs"))
            ],
        )
    }
    return [blhd, hsg, tbkt, toadam, kn, hoigiang, atgt, stem, hocbong, cmhs, vienchuc, clb, giohoc]


STORIES = _stories()


# --- the parser's output for a story ------------------------------------------------------


def heading(level: int, text: str) -> str:
    return (
        f'<h{level}><span class="mw-headline" id="{esc(dbkey(text))}">{t(text)}</span></h{level}>'
    )


def _gkey(b) -> str | None:
    if isinstance(b, P):
        if b.style in ("li", "ol", "poem", "quote", "dd", "mso"):
            return b.style
        if b.style in ("th", "td"):
            return "table"
        if b.style.startswith("br:"):
            return b.style
    if isinstance(b, Img) and b.style == "gallery":
        return "gallery"
    return None


def _file_link(name: str) -> str:
    return wiki("Tập tin:" + name)


def _one(b) -> str:
    if isinstance(b, Raw):
        return b.html
    if isinstance(b, Img):
        name, w = img_parts(b.src)
        page = _file_link(name)
        if b.style == "thumb":
            return (
                f'<div class="thumb tright"><div class="thumbinner" style="width:{w + 2}px;">'
                f'<a href="{page}" class="image">{img_tag(name, w, cls="thumbimage")}</a>  '
                f'<div class="thumbcaption"><div class="magnify"><a href="{page}" class="internal" '
                f'title="Phóng lớn"></a></div>{t(b.printed or "")}</div></div></div>'
            )
        if b.style == "center":
            return (
                f'<div class="center"><div class="floatnone"><a href="{page}" class="image">'
                f"{img_tag(name, w, alt=name)}</a></div></div>\n"
                f'<div style="text-align:center"><i>{t(b.printed or "")}</i></div>'
            )
        alt = b.style.split(":", 1)[1]
        return f'<p><a href="{page}" class="image" title="{esc(alt)}">{img_tag(name, w, alt=alt)}</a>\n</p>'
    s = b.style
    if s == "":
        return f"<p>{t(b.text)}\n</p>"
    if s in ("b", "bp"):
        return f"<p><b>{t(b.text)}</b>\n</p>"
    if s == "sapo":
        return (
            '<div class="ltv-tomtat" style="border-left:4px solid #2a6099;background:#f3f7fb;'
            f'padding:6px 10px;margin:0 0 10px 0;font-size:105%"><b>{t(b.text)}</b></div>'
        )
    if s in ("h2", "h3"):
        return heading(int(s[1]), b.text)
    if s == "ref":
        return (
            f'<p>{t(b.text.removesuffix("[1]"))}<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">'
            "&#91;1&#93;</a></sup>\n</p>"
        )
    if s == "refs_h":
        return ""  # (printed by the references block below, with its list)
    if s == "refs":
        return REFERENCES
    if s.startswith("ext|"):
        _, url, label = s.split("|", 2)
        link = f'<a rel="nofollow" class="external text" href="{esc(url)}">{t(label)}</a>'
        return f"<p>{t(b.text).replace(t(label), link, 1)}\n</p>"
    raise ValueError(f"unknown paragraph style {s!r}")


_MSO = (
    '<p class="MsoListParagraph" style="margin-left:36pt;text-indent:-18pt;mso-list:l0 level1 lfo1">'
    '<span style="font-family:&quot;Times New Roman&quot;,serif"><span style="mso-list:Ignore">-'
    '<span style="font:7.0pt &quot;Times New Roman&quot;">&#160;&#160;&#160;&#160;&#160;&#160; </span>'
    '</span></span><span lang="VI">{}</span>\n</p>'
)


def _group(key: str, items: list) -> str:
    if key in ("li", "ol"):
        tag = "ul" if key == "li" else "ol"
        return f"<{tag}><li>" + "</li>\n<li>".join(t(b.text) for b in items) + f"</li></{tag}>"
    if key == "table":
        rows = []
        for r in items:
            tag = "th" if r.style == "th" else "td"
            cells = "\n".join(f"<{tag}>{t(c)}\n</{tag}>" for c in r.text.split(" | "))
            rows.append(f"<tr>\n{cells}</tr>")
        return (
            '<table class="wikitable" style="margin:0 auto 1em auto">\n<tbody>'
            + "\n".join(rows)
            + "</tbody></table>"
        )
    if key == "poem":
        return (
            '<div class="poem">\n<p>' + "<br />\n".join(t(b.text) for b in items) + "\n</p>\n</div>"
        )
    if key == "quote":
        return "<blockquote>\n" + "".join(f"<p>{t(b.text)}\n</p>" for b in items) + "</blockquote>"
    if key == "dd":
        return "<dl><dd>" + "</dd>\n<dd>".join(t(b.text) for b in items) + "</dd></dl>"
    if key == "mso":
        return "\n".join(_MSO.format(t(b.text)) for b in items)
    if key.startswith("br:"):
        return "<p>" + "<br />\n".join(t(b.text) for b in items) + "\n</p>"
    if key == "gallery":
        boxes = []
        for b in items:
            name, w = img_parts(b.src)
            boxes.append(
                f'\t\t<li class="gallerybox" style="width: {w + 5}px"><div style="width: {w + 5}px">\n'
                f'\t\t\t<div class="thumb" style="width: {w}px;"><div style="margin:15px auto;">'
                f'<a href="{_file_link(name)}" class="image">{img_tag(name, w)}</a></div></div>\n'
                f'\t\t\t<div class="gallerytext">\n<p>{t(b.printed or "")}\n</p>\n\t\t\t</div>\n'
                "\t\t</div></li>"
            )
        return '<ul class="gallery mw-gallery-traditional">\n' + "\n".join(boxes) + "\n</ul>"
    raise ValueError(key)


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        key = _gkey(blocks[i])
        if key:
            j = i
            while j < len(blocks) and _gkey(blocks[j]) == key:
                j += 1
            out.append(_group(key, blocks[i:j]))
            i = j
        else:
            out.append(_one(blocks[i]))
            i += 1
    return "\n".join(out)


def tpl_tin(story: Story) -> str:
    """{{Tin}}: the school's 'about this post' box, floated right at the top of the text."""
    rows = []
    for label, value in story.opts["tin"]:
        if label == "Ngày đăng":
            cell = icon("Clock_icon.png", 14) + " " + esc(value)
        elif label == "Người đăng":
            cell = (
                user_link(value)
                .replace(" mw-userlink", "")
                .replace("<bdi>", "")
                .replace("</bdi>", "")
            )
        else:
            cell = esc(value)
        rows.append(
            f'<tr>\n<td style="width:36%;color:#54595d">{label}\n</td>\n<td>{cell}\n</td></tr>'
        )
    cat = story.cat
    rows.append(
        f'<tr>\n<td style="color:#54595d">Chuyên mục\n</td>\n<td><a href="{wiki("Thể loại:" + cat)}" '
        f'title="Thể loại:{cat}">{cat}</a>\n</td></tr>'
    )
    return (
        '<table class="ltv-ttbv" style="float:right;clear:right;margin:0 0 .8em 1.2em;width:250px;'
        'border:1px solid #c8ccd1;background:#f8f9fa;font-size:88%">\n<tbody><tr>\n'
        '<th colspan="2" style="background:#cfe2f3;text-align:center">Thông tin bài viết\n</th></tr>\n'
        + "\n".join(rows)
        + "</tbody></table>"
    )


def dpl(cat: str, count: int, dates: bool = False) -> str:
    """<DynamicPageList> (Intersection): newest first by first edit, page names (not display titles)."""
    items = sorted(
        (p for p in PAGES.values() if p.kind == "article" and cat in p.cats),
        key=lambda p: p.revs[0].ts,
        reverse=True,
    )[:count]
    lis = []
    for p in items:
        prefix = f"{vi_date(p.revs[0].ts)}: " if dates else ""
        lis.append(
            f'<li>{prefix}<a href="{wiki(p.title)}" title="{esc(p.title)}">{esc(p.title)}</a></li>'
        )
    return "<ul>\n" + "\n".join(lis) + "\n</ul>"


def navbox() -> str:
    def row(label: str, cells: str) -> str:
        return (
            f'<tr>\n<th style="background:#ddddff;white-space:nowrap;width:1%;padding:0 6px">{label}\n</th>\n'
            f'<td class="hlist" style="padding:2px 6px">{cells}\n</td></tr>'
        )

    def links(pairs) -> str:
        return (
            "<ul>"
            + "".join(
                f'<li><a href="{wiki(title)}" title="{esc(title)}">{esc(label)}</a></li>'
                for title, label in pairs
            )
            + "</ul>"
        )

    return (
        '<table class="navbox nomobile" style="width:100%;margin-top:1em;border:1px solid #a2a9b1;'
        'font-size:88%;clear:both">\n<tbody><tr>\n<th colspan="2" style="background:#ccccff;'
        'text-align:center">Website Trường THPT Lương Thế Vinh\n</th></tr>\n'
        + row("Các tin khác", dpl("Tin tức", 5))
        + "\n"
        + row(
            "Chuyên mục",
            links(
                [
                    ("Tin tức", "Tin nhà trường"),
                    ("Thể loại:Thông báo", "Thông báo"),
                    ("Thể loại:Hoạt động chuyên môn", "Hoạt động chuyên môn"),
                    ("Thể loại:Đoàn trường", "Đoàn trường"),
                ]
            ),
        )
        + "\n"
        + row(
            "Tư liệu",
            links(
                [
                    ("Thể loại:Văn bản", "Văn bản"),
                    ("Thể loại:Thư viện ảnh", "Thư viện ảnh"),
                    ("Thể loại:Video", "Video"),
                    ("Lịch công tác/Tuần 14", "Lịch công tác"),
                ]
            ),
        )
        + "</tbody></table>"
    )


def cuoi_bai(page: Page, host: str) -> str:
    """{{Cuối bài}}: print/mail/share tools (as external links: the template used {{fullurl:}})."""
    full = host + wiki(page.title)
    printable = host + idx(page.title, ("printable", "yes"))
    subject = quote(page.story.title if page.story else page.title, safe="")
    return (
        '<div class="ltv-congcu noprint" style="clear:both;margin-top:1.2em;padding-top:4px;'
        'border-top:1px dashed #c8ccd1;text-align:right;font-size:90%">'
        f'{icon("Printer_icon.png", 16)} <a rel="nofollow" class="external text" href="{esc(printable)}">'
        "In bài</a> &#160;|&#160; "
        f'{icon("Email_icon.png", 16)} <a rel="nofollow" class="external text" '
        f'href="mailto:?subject={subject}&amp;body={quote(full, safe="")}">Gửi bài</a> &#160;|&#160; '
        f'{icon("Facebook_icon.png", 16)} <a rel="nofollow" class="external text" '
        f'href="https://www.facebook.com/sharer/sharer.php?u={quote(full, safe="")}">Chia sẻ</a>'
        " &#160;|&#160; "
        f'<a rel="nofollow" class="external text" href="https://zalo.me/share/?url={quote(full, safe="")}">'
        "Zalo</a></div>\n" + navbox()
    )


def _stamp14(ts: str) -> str:
    y, m, d, clock = _parts(ts)
    return f"{y:04d}{m:02d}{d:02d}{clock.replace(':', '')}12"


def parser_comments(page: Page, rev: Rev) -> str:
    stamp = _stamp14(rev.ts)
    return (
        "\n<!-- \nNewPP limit report\nParsed by ltv-web01\nCached time: "
        f"{stamp}\nCache expiry: 86400\nReduced expiry: false\nComplications: []\n"
        "CPU time usage: 0.046 seconds\nReal time usage: 0.061 seconds\n"
        "Preprocessor visited node count: 318/1000000\nPost‐expand include size: 5120/2097152 bytes\n"
        "Template argument size: 1187/2097152 bytes\nHighest expansion depth: 6/100\n"
        "Expensive parser function count: 1/100\nUnstrip recursion depth: 0/20\n"
        "Unstrip post‐expand size: 212/5000000 bytes\n-->\n<!--\n"
        "Transclusion expansion time report (%,ms,calls,template)\n100.00%   21.377      1 -total\n"
        " 58.12%   12.424      1 Bản_mẫu:Cuối_bài\n 27.40%    5.857      1 Bản_mẫu:Tin\n-->\n\n"
        f"<!-- Saved in parser cache with key ltvwiki:pcache:idhash:{page.page_id}-0!canonical and "
        f"timestamp {stamp} and revision id {rev.id}. Rendering was triggered because: page-view\n -->\n"
    )


def story_html(page: Page, story: Story, host: str) -> str:
    parts = []
    tpl = story.opts.get("tpl")
    if tpl == "tin":
        parts.append(tpl_tin(story))
    elif tpl == "old":
        parts.append(
            '<div class="ltv-ngaydang" style="text-align:right;color:#666;font-size:88%;'
            f'font-style:italic;margin-bottom:.5em">{t(story.opts["line"])}</div>'
        )
    elif tpl == "dateline":
        parts.append(f"<p><i>{t(story.opts['line'])}</i>\n</p>")
    parts.append(render_blocks(story.blocks))
    parts.append(cuoi_bai(page, host))
    return '<div class="mw-parser-output">' + "\n".join(parts) + "\n</div>"


# --- the other pages' wikitext, as rendered -----------------------------------------------

FBCLID = "IwAR2xLtV7kq9PzQ3mN0cGhvdGhvX2x0dg_aem_Ad8sYqL0pRkUe"
ALBUM = "Thư viện ảnh/Hội thao chào mừng 20-11-2026"
VIDEO = "Video/Văn nghệ chào mừng 20-11"
LICH = "Lịch công tác/Tuần 14"
VANBAN = "Văn bản/Quyết định số 312-QĐ-THPTLTV"
DOINGU = "Đội ngũ cán bộ, giáo viên"
TKB = "Thời khóa biểu học kỳ I"
ALBUM_IMAGES = [
    ("Hoi_thao_20-11-2026_01.jpg", "Lễ khai mạc Hội thao chào mừng ngày Nhà giáo Việt Nam"),
    ("Hoi_thao_20-11-2026_02.jpg", "Chung kết bóng đá nam: 12A1 – 11A4"),
    ("Hoi_thao_20-11-2026_04.jpg", "Ban tổ chức trao cờ cho các đội đạt giải"),
]


def _box(title: str, inner: str) -> str:
    return (
        '<div class="tc-hop" style="border:1px solid #a7c1e0;border-radius:4px;margin-bottom:12px">'
        '<h2 style="background:#2a6099;color:#fff;margin:0;padding:4px 8px;font-size:110%;border:none">'
        f'<span class="mw-headline" id="{esc(dbkey(title))}">{esc(title)}</span></h2>\n'
        f'<div style="padding:6px 10px">\n{inner}\n</div></div>'
    )


def _a(title: str, label: str | None = None, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{wiki(title)}"{c} title="{esc(title)}">{esc(label or title)}</a>'


def main_body(req: Request) -> str:
    host = base_url(req)
    fb = host + wiki(T_HSG) + "?fbclid=" + FBCLID
    welcome = (
        f'<div class="floatleft"><a href="{_file_link("Cong_truong_LTV.jpg")}" class="image">'
        f"{img_tag('Cong_truong_LTV.jpg', 200, alt='Cổng trường THPT Lương Thế Vinh')}</a></div>\n"
        "<p>Trường THPT Lương Thế Vinh được thành lập ngày 15 tháng 8 năm 1966, là một trong những "
        "trường trung học phổ thông có bề dày truyền thống của huyện Cẩm Khê. Năm học 2026 – 2027, nhà "
        "trường có 33 lớp với 1.386 học sinh và 86 cán bộ, giáo viên, nhân viên. "
        f"{_a('Giới thiệu', 'Xem tiếp…')}\n</p>"
    )
    tin_moi = (
        dpl("Tin tức", 4, dates=True)
        + f'\n<p style="text-align:right">» {_a("Tin tức", "Trang tin tức")} · '
        + f"{_a('Thể loại:Tin tức', 'Xem tất cả các tin')}\n</p>"
    )
    noi_bat = (
        "<ul>"
        f"<li>{_a('Kỷ niệm 20-11', 'Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11', 'mw-redirect')}</li>\n"
        f'<li><a rel="nofollow" class="external text" href="{esc(fb)}">🎉 Chúc mừng 12 học sinh đạt giải '
        "học sinh giỏi cấp tỉnh!</a></li>\n"
        f"<li>{_a(ALBUM, 'Album ảnh: Hội thao chào mừng 20/11/2026')}</li></ul>"
    )
    poll = (
        '<div id="ajaxpoll-container-7f3c0d"><div id="ajaxpoll-id-7f3c0d" class="ajaxpoll">'
        '<div class="ajaxpoll-question">Bạn biết đến website của trường qua kênh nào?</div>'
        '<div class="ajaxpoll-misc">Có 312 lượt bình chọn</div>'
        f'<form method="post" action="{esc(idx("Trang Chính", ("action", "ajaxpoll")))}" '
        'id="ajaxpoll-answer-id-7f3c0d"><input type="hidden" name="ajaxpoll-post-id" value="7f3c0d"/>'
        + "".join(
            f'<div class="ajaxpoll-answer"><label><input type="radio" name="ajaxpoll-post-answer-7f3c0d" '
            f'value="{i}"/> {label}</label> <span class="ajaxpoll-answer-vote">({votes})</span></div>'
            for i, (label, votes) in enumerate(
                [
                    ("Fanpage Facebook", 141),
                    ("Nhóm Zalo lớp", 97),
                    ("Giáo viên chủ nhiệm", 52),
                    ("Khác", 22),
                ],
                start=1,
            )
        )
        + '<input type="submit" name="ajaxpoll-post-submit" value="Bình chọn"/></form></div></div>'
    )
    video = (
        f"<p>{_a(VIDEO, '▶ Văn nghệ chào mừng ngày Nhà giáo Việt Nam 20/11/2026')}\n</p>"
        f"<p><small>{_a('Thể loại:Video', 'Tất cả video')}</small>\n</p>"
    )
    lienket = (
        "<ul>"
        + "".join(
            f'<li><a rel="nofollow" class="external text" href="{url}">{label}</a></li>'
            for url, label in [
                ("https://phutho.edu.vn/", "Sở GD&amp;ĐT Phú Thọ"),
                ("https://moet.gov.vn/", "Bộ Giáo dục và Đào tạo"),
                ("https://phutho.gov.vn/", "Cổng TTĐT tỉnh Phú Thọ"),
                ("https://baophutho.vn/", "Báo Phú Thọ điện tử"),
                ("https://thisinh.thitotnghiepthpt.edu.vn/", "Hệ thống thi tốt nghiệp THPT"),
            ]
        )
        + "</ul>"
    )
    return (
        '<div class="mw-parser-output"><div id="tc-khung" style="display:flex;flex-wrap:wrap;gap:12px">\n'
        '<div class="tc-cot-trai" style="flex:2 1 480px">\n'
        + _box("Chào mừng đến với Website Trường THPT Lương Thế Vinh", welcome)
        + _box("Tin mới", tin_moi)
        + _box("Tin nổi bật", noi_bat)
        + '</div>\n<div class="tc-cot-phai" style="flex:1 1 260px">\n'
        + _box("Thông báo", dpl("Thông báo", 3))
        + _box(
            "Lịch công tác", f"<p>{_a(LICH, 'Lịch công tác tuần 14 (30/11 – 06/12/2026)')}\n</p>"
        )
        + _box("Thăm dò ý kiến", poll)
        + _box("Video", video)
        + _box("Liên kết website", lienket)
        + "</div></div></div>"
    )


def portal_body(req: Request) -> str:
    red = idx("Tin tức/2025", ("action", "edit"), ("redlink", "1"))
    return (
        '<div class="mw-parser-output"><p>Chuyên trang đăng tải tin tức về hoạt động dạy và học, phong trào '
        "thi đua, hoạt động Đoàn – Hội của Trường THPT Lương Thế Vinh. Mỗi bài viết là một trang con "
        "<code>Tin tức/năm/…</code>.\n</p>\n"
        + heading(2, "Tin mới cập nhật")
        + "\n"
        + dpl("Tin tức", 6)
        + f"\n<p>Xem toàn bộ tin trong {_a('Thể loại:Tin tức')}; các năm trước: "
        + f'<a href="{esc(red)}" class="new" title="Tin tức/2025 (trang chưa được viết)">Năm 2025</a>.\n</p>\n'
        + heading(2, "Theo chuyên mục")
        + "\n<ul><li>"
        + "</li>\n<li>".join(
            _a(f"Thể loại:{c}", c) for c in ("Hoạt động chuyên môn", "Đoàn trường", "Thông báo")
        )
        + "</li></ul></div>"
    )


def intro_body(req: Request) -> str:
    rows = [
        ("Thành lập", "15/8/1966"),
        ("Loại hình", "Công lập"),
        ("Hiệu trưởng", "Nguyễn Văn Hùng"),
        ("Địa chỉ", "Khu 5, xã Phương Xá, huyện Cẩm Khê, tỉnh Phú Thọ"),
        ("Quy mô", "33 lớp, 1.386 học sinh"),
    ]
    box = (
        '<table class="infobox" style="float:right;width:270px;margin:0 0 1em 1em;border:1px solid #a2a9b1;'
        'background:#f8f9fa;font-size:90%">\n<tbody><tr>\n<th colspan="2" style="background:#cfe2f3">'
        "Trường THPT Lương Thế Vinh\n</th></tr>\n<tr>\n"
        f'<td colspan="2" style="text-align:center"><a href="{_file_link("Cong_truong_LTV.jpg")}" '
        f'class="image">{img_tag("Cong_truong_LTV.jpg", 250, alt="Cổng trường")}</a>\n</td></tr>\n'
        + "\n".join(f"<tr>\n<th>{k}\n</th>\n<td>{v}\n</td></tr>" for k, v in rows)
        + "</tbody></table>"
    )
    return (
        f'<div class="mw-parser-output">{box}\n'
        "<p><b>Trường THPT Lương Thế Vinh</b> là trường trung học phổ thông công lập trực thuộc Sở Giáo dục "
        "và Đào tạo Phú Thọ, đóng trên địa bàn xã Phương Xá, huyện Cẩm Khê.\n</p>\n"
        + heading(2, "Lịch sử hình thành")
        + "\n<p>Tiền thân của trường là Trường cấp III Cẩm Khê B, được thành lập ngày 15/8/1966 trong những "
        "năm kháng chiến chống Mỹ, cứu nước. Năm 1991, trường được đổi tên thành Trường THPT Lương Thế Vinh."
        "\n</p>\n"
        + heading(2, "Cơ cấu tổ chức")
        + "\n<ul><li>Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng;</li>\n<li>06 tổ chuyên môn: Toán – "
        "Tin; Ngữ văn; Ngoại ngữ; Vật lí – Công nghệ; Hóa – Sinh; Sử – Địa – GDKT&amp;PL;</li>\n"
        "<li>Tổ Văn phòng.</li></ul>\n"
        + f"<p>Danh sách chi tiết: {_a(DOINGU)}.\n</p>\n"
        + heading(2, "Thành tích")
        + "\n<p>Nhà trường được tặng Huân chương Lao động hạng Ba (năm 2016), đạt chuẩn quốc gia mức độ 1 "
        "(năm 2019) và nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.\n</p></div>"
    )


def staff_body(req: Request) -> str:
    rows = [
        ("STT | Họ và tên | Chức vụ | Chuyên môn", "th"),
        ("1 | Nguyễn Văn Hùng | Hiệu trưởng | Toán", "td"),
        ("2 | Đinh Thị Thanh Xuân | Phó Hiệu trưởng | Ngữ văn", "td"),
        ("3 | Lương Văn Tiến | Phó Hiệu trưởng | Vật lí", "td"),
        ("4 | Trần Văn Bình | Tổ trưởng Tổ Vật lí – Công nghệ | Vật lí", "td"),
        ("5 | Đỗ Thị Minh Nguyệt | Tổ trưởng Tổ Sử – Địa – GDKT&PL | Lịch sử", "td"),
        ("6 | Nguyễn Thị Thu Hà | Tổ trưởng Tổ Văn phòng | Kế toán", "td"),
        ("7 | Phạm Thu Trang | Bí thư Đoàn trường | Tiếng Anh", "td"),
    ]
    return (
        '<div class="mw-parser-output"><p>Năm học 2026 – 2027, nhà trường có 86 cán bộ, giáo viên, nhân viên; '
        "trong đó 31 giáo viên có trình độ thạc sĩ.\n</p>\n"
        + heading(2, "Ban Giám hiệu và tổ trưởng")
        + "\n"
        + _group("table", [P(text, style) for text, style in rows])
        + f"\n<p>{_a('Giới thiệu', '« Giới thiệu chung')}\n</p></div>"
    )


def tkb_body(req: Request) -> str:
    rows = [
        ("Tiết | Thứ Hai | Thứ Ba | Thứ Tư | Thứ Năm | Thứ Sáu | Thứ Bảy", "th"),
        ("1 | Chào cờ | Toán | Ngữ văn | Vật lí | Tiếng Anh | Hóa học", "td"),
        ("2 | Toán | Toán | Ngữ văn | Vật lí | Lịch sử | Sinh học", "td"),
        ("3 | Ngữ văn | Tiếng Anh | GDQP&AN | Tin học | Toán | Địa lí", "td"),
        ("4 | Hóa học | Lịch sử | Thể dục | Tiếng Anh | Toán | Sinh hoạt lớp", "td"),
    ]
    return (
        '<div class="mw-parser-output"><p><b>THỜI KHÓA BIỂU HỌC KỲ I – NĂM HỌC 2026 – 2027</b> (áp dụng từ '
        "ngày 09/11/2026)\n</p>\n<p>Lớp 12A1 – buổi sáng. Thời khóa biểu các lớp khác xem tại bảng tin nhà "
        "trường hoặc tệp đính kèm.\n</p>\n"
        + _group("table", [P(text, style) for text, style in rows])
        + f'\n<p>Tệp đính kèm: <a href="{file_url("TKB-HKI-2026-2027.pdf")}" class="internal" '
        'title="TKB-HKI-2026-2027.pdf">TKB-HKI-2026-2027.pdf</a>\n</p></div>'
    )


def contact_body(req: Request) -> str:
    rows = [
        ("Địa chỉ", "Khu 5, xã Phương Xá, huyện Cẩm Khê, tỉnh Phú Thọ"),
        ("Điện thoại", "0210 3879 268 (Văn phòng) – 0210 3879 161 (Hiệu trưởng)"),
        (
            "Email",
            '<a rel="nofollow" class="external text" href="mailto:c3luongthevinh.pt@moet.edu.vn">'
            "c3luongthevinh.pt@moet.edu.vn</a>",
        ),
        (
            "Fanpage",
            '<a rel="nofollow" class="external text" href="https://www.facebook.com/thptluongthevinh.camkhe">'
            "facebook.com/thptluongthevinh.camkhe</a>",
        ),
    ]
    return (
        '<div class="mw-parser-output"><p>Mọi ý kiến đóng góp, thắc mắc xin gửi về:\n</p>\n'
        '<table class="wikitable">\n<tbody>'
        + "\n".join(f"<tr>\n<th>{k}\n</th>\n<td>{v}\n</td></tr>" for k, v in rows)
        + "</tbody></table>\n"
        + heading(2, "Bản đồ")
        + '\n<p><a rel="nofollow" class="external text" href="https://maps.google.com/?q=21.4012,105.0991">'
        "Xem đường đến trường trên Google Maps</a>\n</p>\n<p>Giờ làm việc của Văn phòng: sáng 7h00 – 11h30, "
        "chiều 13h30 – 17h00 các ngày từ thứ Hai đến thứ Bảy.\n</p></div>"
    )


def vanban_body(req: Request) -> str:
    rows = [
        ("Số/Ký hiệu", "312/QĐ-THPTLTV"),
        ("Ngày ban hành", "15/10/2026"),
        ("Loại văn bản", "Quyết định"),
        ("Cơ quan ban hành", "Trường THPT Lương Thế Vinh"),
        ("Người ký", "Nguyễn Văn Hùng – Hiệu trưởng"),
        ("Trích yếu", "Quyết định thành lập Ban Chỉ đạo Hội giảng cấp trường năm học 2026 – 2027"),
        (
            "Tệp đính kèm",
            f'<a href="{file_url("QD312-THPTLTV.pdf")}" class="internal" title="QD312-THPTLTV.pdf">'
            "QD312-THPTLTV.pdf</a> (186 KB)",
        ),
    ]
    return (
        '<div class="mw-parser-output"><table class="wikitable ltv-vanban" style="width:100%">\n<tbody>'
        + "\n".join(
            f'<tr>\n<th style="width:25%;text-align:left">{k}\n</th>\n<td>{v}\n</td></tr>'
            for k, v in rows
        )
        + "</tbody></table>\n<p>"
        + _a("Thể loại:Văn bản", "« Danh sách văn bản")
        + "\n</p></div>"
    )


def album_body(req: Request) -> str:
    boxes = "\n".join(
        f'\t\t<li class="gallerybox" style="width: 205px"><div style="width: 205px">\n'
        f'\t\t\t<div class="thumb" style="width: 200px;"><div style="margin:0px auto;">'
        f'<a href="{_file_link(name)}" class="image">{img_tag(name, 200, alt=cap)}</a></div></div>\n'
        f'\t\t\t<div class="gallerytext">\n<p>{esc(cap)}\n</p>\n\t\t\t</div>\n\t\t</div></li>'
        for name, cap in ALBUM_IMAGES
    )
    return (
        '<div class="mw-parser-output"><p><i>Ngày 14/11/2026 – Sân vận động nhà trường</i>\n</p>\n'
        '<ul class="gallery mw-gallery-packed-hover">\n' + boxes + "\n</ul>\n"
        f"<p>{_a('Thể loại:Thư viện ảnh', '« Các album khác')}\n</p></div>"
    )


def video_body(req: Request) -> str:
    return (
        '<div class="mw-parser-output"><div class="embedvideo evt-youtube autoResize" style="width:640px">'
        '<div class="embedvideo-wrapper" style="width:640px;height:360px"><iframe loading="lazy" '
        'class="embedvideo-player" src="//www.youtube-nocookie.com/embed/kLtV20n11x0?autoplay=0" '
        'width="640" height="360" frameborder="0" allowfullscreen="true"></iframe></div>'
        '<div class="thumbcaption">Tiết mục “Bụi phấn” – tập thể lớp 12A1</div></div>\n'
        "<p>Video ghi lại chương trình văn nghệ chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam do Đoàn "
        "trường tổ chức tối 19/11/2026.\n</p>\n"
        f"<p>{_a('Thể loại:Video', '« Các video khác')}\n</p></div>"
    )


def lich_body(req: Request) -> str:
    rows = [
        ("Thứ, ngày | Buổi | Nội dung công việc | Chủ trì", "th"),
        (
            "Thứ Hai 30/11 | Sáng | Chào cờ; sinh hoạt dưới cờ chủ đề “An toàn giao thông” | Đoàn trường",
            "td",
        ),
        ("Thứ Ba 01/12 | Chiều | Họp Hội đồng sư phạm tháng 12 | Hiệu trưởng", "td"),
        ("Thứ Tư 02/12 | Sáng | Dự giờ thăm lớp tổ Toán – Tin | PHT chuyên môn", "td"),
        ("Thứ Năm 03/12 | Chiều | Bồi dưỡng đội tuyển học sinh giỏi quốc gia | Tổ trưởng CM", "td"),
        (
            "Thứ Sáu 04/12 | Chiều | Sinh hoạt chuyên đề phòng, chống bạo lực học đường | Đoàn trường",
            "td",
        ),
        ("Thứ Bảy 05/12 | Sáng | Kiểm tra hồ sơ chuyên môn | PHT chuyên môn", "td"),
    ]
    return (
        '<div class="mw-parser-output"><p><b>LỊCH CÔNG TÁC TUẦN 14</b> (Từ ngày 30/11/2026 đến ngày '
        "06/12/2026)\n</p>\n"
        + _group("table", [P(text, style) for text, style in rows])
        + "\n<p><i>Lịch có thể thay đổi, đề nghị các bộ phận theo dõi thường xuyên.</i>\n</p></div>"
    )


def category_blurb(cat: str) -> str:
    blurbs = {
        "Tin tức": "Các bài viết tin tức về hoạt động của Trường THPT Lương Thế Vinh. Tin mới nhất xem tại "
        + _a("Tin tức", "trang Tin tức")
        + ".",
        "Thông báo": "Các thông báo của nhà trường gửi tới cán bộ, giáo viên, học sinh và cha mẹ học sinh.",
        "Hoạt động chuyên môn": "Tin về sinh hoạt chuyên môn, hội giảng, chuyên đề của các tổ chuyên môn.",
        "Đoàn trường": "Hoạt động của Đoàn TNCS Hồ Chí Minh Trường THPT Lương Thế Vinh.",
        "Văn bản": "Văn bản do nhà trường ban hành.",
        "Thư viện ảnh": "Album ảnh các hoạt động của nhà trường.",
        "Video": "Video các hoạt động của nhà trường.",
    }
    return f'<div class="mw-parser-output"><p>{blurbs[cat]}\n</p></div>'


def human_key(p: Page) -> str:
    text = p.title.split(":", 1)[1] if ns_of(p.title) else p.title
    return f"{p.sortkey}\n{text}" if p.sortkey else text


def category_body(req: Request, page: Page) -> str:
    cat = page.title.split(":", 1)[1]
    params = dict(parse_qsl(req.query, keep_blank_values=True))
    subcats = sorted(
        (p for p in PAGES.values() if p.kind == "category" and cat in p.cats),
        key=lambda p: vi_key(human_key(p)),
    )
    members = sorted(
        (p for p in PAGES.values() if p.kind in ("article", "other") and cat in p.cats),
        key=lambda p: vi_key(human_key(p)),
    )
    until = params.get("pageuntil", params.get("until"))
    frm = params.get("pagefrom", params.get("from"))
    if until is not None:
        shown = [m for m in members if vi_key(human_key(m)) < vi_key(until)][-CATEGORY_LIMIT:]
    elif frm is not None:
        shown = [m for m in members if vi_key(human_key(m)) >= vi_key(frm)][:CATEGORY_LIMIT]
    else:
        shown = members[:CATEGORY_LIMIT]
    out = [category_blurb(cat), '<div class="mw-category-generated" lang="vi" dir="ltr">']
    if subcats:
        items = "".join(
            f'<li><bdi dir="ltr">{_a(p.title, p.title.split(":", 1)[1])}</bdi></li>'
            for p in subcats
        )
        out.append(
            '<div id="mw-subcategories">\n<h2>Thể loại con</h2>\n<p>Thể loại này có '
            f"{len(subcats)} thể loại con sau, trên tổng số {len(subcats)} thể loại con.\n</p>"
            f'<div lang="vi" dir="ltr" class="mw-content-ltr"><ul>{items}</ul></div>\n</div>'
        )
    if not shown:
        out.append(
            '<div id="mw-pages"><p>Thể loại này hiện không có trang hay tập tin nào.\n</p></div>'
        )
        return "".join(out) + "</div>"
    i0, i1 = members.index(shown[0]), members.index(shown[-1])

    def link(key: str, value: str, label: str) -> str:
        return f'<a href="{esc(idx(page.title, (key, value)))}#mw-pages" title="{esc(page.title)}">{label}</a>'

    prev = link("pageuntil", human_key(shown[0]), "trang trước") if i0 > 0 else "trang trước"
    nxt = (
        link("pagefrom", human_key(members[i1 + 1]), "trang sau")
        if i1 + 1 < len(members)
        else "trang sau"
    )
    paging = f"({prev}) ({nxt})" if len(members) > CATEGORY_LIMIT else ""
    groups: list[tuple[str, list[Page]]] = []
    for m in shown:
        letter = first_letter(human_key(m))
        if groups and groups[-1][0] == letter:
            groups[-1][1].append(m)
        else:
            groups.append((letter, [m]))
    cols = "".join(
        f'<div class="mw-category-group"><h3>{esc(letter)}</h3>\n<ul>'
        + "".join(f"<li>{_a(m.title)}</li>" for m in ms)
        + "</ul></div>"
        for letter, ms in groups
    )
    out.append(
        f'<div id="mw-pages">\n<h2>Các trang trong thể loại “{esc(cat)}”</h2>\n<p>Thể loại này chứa '
        f"{len(shown)} trang sau, trên tổng số {len(members)} trang.\n</p>{paging}"
        f'<div lang="vi" dir="ltr" class="mw-content-ltr"><div class="mw-category mw-category-columns">'
        f"{cols}</div></div>{paging}\n</div>"
    )
    return "".join(out) + "</div>"


def file_body(req: Request, page: Page) -> str:
    name = dbkey(page.title.split(":", 1)[1])
    url = file_url(name)
    users = [p for p in PAGES.values() if p.kind in ("article", "other", "main") and name in p.uses]
    desc = page.desc
    sizes = " | ".join(
        f'<a href="{thumb_url(name, w)}" class="mw-thumbnail-link">{num(w)} × {num(w * 2 // 3)} điểm ảnh</a>'
        for w in (320, 640, 1024, 1280)
    )
    rev = page.cur
    return (
        '<ul id="filetoc" role="navigation"><li><a href="#file">Tập tin</a></li>\n'
        '<li><a href="#filehistory">Lịch sử tập tin</a></li>\n<li><a href="#filelinks">Trang sử dụng tập tin'
        "</a></li></ul>"
        f'<div class="fullImageLink" id="file"><a href="{url}">{img_tag(name, 800, alt="Tập tin:" + name)}</a>'
        '<div class="mw-filepage-resolutioninfo">Kích thước của bản xem trước này: 800 × 533 điểm ảnh. '
        f"Độ phân giải khác: {sizes}.</div></div>\n"
        f'<div class="fullMedia"><bdi dir="ltr"><a href="{url}" class="internal" title="{esc(name)}">'
        'Tập tin gốc</a></bdi> &#8206;<span class="fileInfo">(1.600 × 1.067 điểm ảnh, kích thước tập tin: '
        '412 kB, kiểu MIME: <span class="mime-type">image/jpeg</span>)</span>\n</div>\n'
        '<div id="mw-imagepage-content" lang="vi" dir="ltr" class="mw-content-ltr"><div class="mw-parser-output">'
        + heading(2, "Miêu tả")
        + f"\n<p>{esc(desc)}\n</p>\n"
        + heading(2, "Giấy phép")
        + "\n<p>Ảnh do nhà trường thực hiện, được phép sử dụng lại khi ghi rõ nguồn Trường THPT Lương Thế "
        "Vinh.\n</p></div></div>\n"
        '<h2 id="filehistory">Lịch sử tập tin</h2>\n<div id="mw-imagepage-section-filehistory">\n'
        "<p>Nhấn vào ngày/giờ để xem nội dung tập tin tại thời điểm đó.\n</p>\n"
        '<table class="wikitable filehistory">\n<tr><th></th><th>Ngày/giờ</th><th>Hình xem trước</th>'
        "<th>Kích cỡ</th><th>Thành viên</th><th>Miêu tả</th></tr>\n"
        f'<tr><td>hiện tại</td><td class="filehistory-selected" style="white-space: nowrap;"><a href="{url}">'
        f'{vi_stamp(rev.ts)}</a></td><td><a href="{url}">'
        f'<img alt="Hình xem trước của phiên bản lúc {vi_stamp(rev.ts)}" src="{thumb_url(name, 120)}" '
        'decoding="async" loading="lazy" width="120" height="80" /></a></td><td>1.600 × 1.067 '
        '<span style="white-space: nowrap;">(412 kB)</span></td><td>'
        f'{user_link(rev.user)}{user_tools(rev.user)}</td><td dir="ltr"></td></tr>\n</table>\n</div>\n'
        '<h2 id="filelinks">Trang sử dụng tập tin</h2>\n<div id="mw-imagepage-section-linkstoimage">\n'
        '<p>Trang sau sử dụng tập tin này:\n</p><ul class="mw-imagepage-linkstoimage">\n'
        + "".join(f'<li class="mw-imagepage-linkstoimage-ns0">{_a(p.title)}</li>\n' for p in users)
        + "</ul>\n</div>"
    )


# --- the skins ------------------------------------------------------------------------------


@dataclass
class View:
    title: str
    h1: str
    html_title: str
    content: str
    page: Page | None = None
    rev: Rev | None = None
    action: str = "view"
    robots: str | None = None
    canonical: str | None = None
    subtitle: str = ""
    printfooter: bool = True
    params: list[tuple[str, str]] = field(default_factory=list)
    redirected_from: str | None = None
    special: str | None = None
    diff: tuple[int, int] | None = None
    status: int = 200


def default_h1(title: str) -> str:
    ns, sep, rest = title.partition(":")
    if sep and ns in NS:
        return (
            f'<span class="mw-page-title-namespace">{esc(ns)}</span><span class="mw-page-title-separator">:'
            f'</span><span class="mw-page-title-main">{esc(rest)}</span>'
        )
    return f'<span class="mw-page-title-main">{esc(title)}</span>'


def strip_tags(markup: str) -> str:
    return _html.unescape(re.sub(r"<[^>]+>", "", markup))


def toggle(title: str, params: list[tuple[str, str]], mode: str) -> str:
    rest = [(k, v) for k, v in params if k not in ("title", "mobileaction")]
    return idx(title, *rest, ("mobileaction", mode))


def login_url(v: View) -> str:
    rest = [(k, val) for k, val in v.params if k not in ("title", "mobileaction")]
    extra = [("returntoquery", cgi(rest))] if rest else []
    return idx("Đặc biệt:Đăng nhập", ("returnto", dbkey(v.title)), *extra)


def rlconf(v: View, skin: str) -> str:
    page, rev = v.page, v.rev
    ns = ns_of(v.title)
    name = v.title.split(":", 1)[1] if ns else v.title
    article_id = page.page_id if page and not v.special else 0
    conf = {
        "wgBreakFrames": False,
        "wgSeparatorTransformTable": [",\t.", ".\t,"],
        "wgDigitTransformTable": ["", ""],
        "wgDefaultDateFormat": "dmy",
        "wgMonthNames": ["", *[f"tháng {i}" for i in range(1, 13)]],
        "wgRequestId": hashlib.sha1((v.title + str(v.params)).encode()).hexdigest()[:24],
        "wgCSPNonce": False,
        "wgCanonicalNamespace": {0: "", 14: "Category", 6: "File", -1: "Special", 4: "Project"}.get(
            ns, ""
        ),
        "wgCanonicalSpecialPageName": v.special or False,
        "wgNamespaceNumber": ns,
        "wgPageName": dbkey(v.title),
        "wgTitle": name,
        "wgCurRevisionId": page.cur.id if article_id else 0,
        "wgRevisionId": rev.id if (rev and article_id) else 0,
        "wgArticleId": article_id,
        "wgIsArticle": v.action == "view" and v.diff is None and not v.special,
        "wgIsRedirect": False,
        "wgAction": v.action,
        "wgUserName": None,
        "wgUserGroups": ["*"],
        "wgCategories": list(page.cats) if page and v.action == "view" else [],
        "wgPageContentLanguage": "vi",
        "wgPageContentModel": "wikitext",
        "wgRelevantPageName": dbkey(v.title),
        "wgRelevantArticleId": article_id,
        "wgIsProbablyEditable": False,
        "wgRelevantPageIsProbablyEditable": False,
        "wgRestrictionEdit": [],
        "wgRestrictionMove": [],
    }
    if v.diff:
        conf["wgDiffOldId"], conf["wgDiffNewId"] = v.diff
    if v.redirected_from:
        conf["wgRedirectedFrom"] = dbkey(v.redirected_from)
        conf["wgInternalRedirectTargetUrl"] = wiki(v.title)
    if skin == "minerva":
        conf |= {
            "wgMFMode": "stable",
            "wgMFAmc": False,
            "wgMFLazyLoadImages": True,
            "wgMinervaPermissions": {},
        }
    else:
        conf |= {"wgVector2022PreviewPages": [], "wgMediaViewerOnClick": True, "wgPopupsFlags": 10}
    return json.dumps(conf, ensure_ascii=False, separators=(",", ":"))


def _head(req: Request, v: View, skin: str) -> str:
    host = base_url(req)
    robots = f'<meta name="robots" content="{v.robots}"/>\n' if v.robots else ""
    canonical = f'<link rel="canonical" href="{esc(v.canonical)}"/>\n' if v.canonical else ""
    if skin == "minerva":
        styles = (
            "skins.minerva.base.styles%7Cskins.minerva.content.styles.images%7Cmobile.init.styles"
        )
        viewport = (
            '<meta name="viewport" content="initial-scale=1.0, user-scalable=yes, minimum-scale=0.25, '
            'maximum-scale=5.0, width=device-width"/>\n<meta name="theme-color" content="#eaecf0"/>\n'
        )
    else:
        styles = "ext.cite.styles%7Cskins.vector.styles.legacy%7Cskins.vector.styles%7Cext.embedVideo.styles"
        viewport = '<meta name="viewport" content="width=1000"/>\n'
    return (
        "<!DOCTYPE html>\n"
        f'<html class="client-nojs{" vector-feature-table-of-contents-enabled vector-feature-sticky-header-disabled" if skin != "minerva" else ""}" lang="vi" dir="ltr">\n<head>\n<meta charset="UTF-8"/>\n'
        f"<title>{esc(v.html_title)} – {SITENAME}</title>\n"
        '<script>document.documentElement.className="client-js";'
        f"RLCONF={rlconf(v, skin)};\n"
        'RLSTATE={"site.styles":"ready","user.styles":"ready","user":"ready","user.options":"loading",'
        '"skins.vector.styles":"ready","ext.cite.styles":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready",'
        '"skins.vector.js","ext.ajaxpoll","ext.embedVideo.overlay"];</script>\n'
        '<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.implement("user.options@12s5i",'
        'function($,jQuery,require,module){mw.user.tokens.set({"patrolToken":"+\\\\","watchToken":"+\\\\",'
        '"csrfToken":"+\\\\"});});});</script>\n'
        f'<link rel="stylesheet" href="/load.php?lang=vi&amp;modules={styles}&amp;only=styles&amp;skin={skin}"/>\n'
        f'<script async="" src="/load.php?lang=vi&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin={skin}">'
        "</script>\n"
        '<meta name="ResourceLoaderDynamicStyles" content=""/>\n'
        f'<link rel="stylesheet" href="/load.php?lang=vi&amp;modules=site.styles&amp;only=styles&amp;skin={skin}"/>\n'
        '<meta name="generator" content="MediaWiki 1.39.6"/>\n'
        + robots
        + '<meta name="format-detection" content="telephone=no"/>\n'
        + viewport
        + '<link rel="icon" href="/favicon.ico"/>\n'
        f'<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" '
        f'title="{SITENAME} (vi)"/>\n'
        f'<link rel="EditURI" type="application/rsd+xml" href="{host}/api.php?action=rsd"/>\n'
        + canonical
        + '<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/"/>\n'
        f'<link rel="alternate" type="application/atom+xml" title="Nguồn cấp Atom của {SITENAME}" '
        f'href="{esc(idx("Đặc biệt:Thay đổi gần đây", ("feed", "atom")))}"/>\n</head>\n'
    )


def _body_class(v: View, skin: str) -> str:
    ns = ns_of(v.title)
    cls = re.sub(r"[\s!\"#$%&'()*+,./:;<=>?@\[\]^`{|}~]", "_", dbkey(v.title))
    root = re.sub(r"[\s!\"#$%&'()*+,./:;<=>?@\[\]^`{|}~]", "_", dbkey(v.title.split("/")[0]))
    kind = "ns-special" if ns < 0 else ("ns-talk" if ns % 2 else "ns-subject")
    base = f"mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-{ns} {kind} page-{cls} rootpage-{root}"
    if skin == "minerva":
        return f"{base} stable skin-minerva action-{v.action} skin--responsive mw-mf-amc-disabled mw-mf"
    return f"skin-vector skin-vector-search-vue {base} skin-vector-2022 action-{v.action}"


def sitenotice() -> str:
    def li(title: str, label: str) -> str:
        return f"<li>{_a(title, label)}</li>"

    menus = [
        ("Giới thiệu", [("Giới thiệu", "Giới thiệu chung"), ("Liên hệ", "Liên hệ")]),
        (
            "Tin tức",
            [
                ("Tin tức", "Tin nhà trường"),
                ("Thể loại:Hoạt động chuyên môn", "Hoạt động chuyên môn"),
                ("Thể loại:Đoàn trường", "Đoàn trường"),
                ("Thể loại:Thông báo", "Thông báo"),
            ],
        ),
        (
            "Tư liệu",
            [
                ("Thể loại:Văn bản", "Văn bản"),
                ("Thể loại:Thư viện ảnh", "Thư viện ảnh"),
                ("Thể loại:Video", "Video"),
                (LICH, "Lịch công tác"),
                (TKB, "Thời khóa biểu"),
            ],
        ),
    ]
    drop = "".join(
        f'<li class="ltv-mn-cha">{label} ▾<ul class="ltv-mn-con">'
        + "".join(li(*x) for x in items)
        + "</ul></li>"
        for label, items in menus
    )
    return (
        '<div id="siteNotice"><div id="localNotice"><div class="anonnotice" lang="vi" dir="ltr">'
        '<div id="ltv-dautrang" style="background:linear-gradient(#0b3d91,#2a6099);color:#fff;padding:6px 10px;'
        'border-radius:4px">\n<div style="float:right;font-size:90%">'
        f"{TODAY_LINE}</div>\n"
        '<div style="font-weight:bold">SỞ GIÁO DỤC VÀ ĐÀO TẠO PHÚ THỌ – TRƯỜNG THPT LƯƠNG THẾ VINH</div>\n'
        f'<ul id="menu-ngang" class="ltv-mn">{li("Trang Chính", "Trang chủ")}{drop}</ul>\n'
        '<div class="ltv-chay" style="font-size:90%">&lt;marquee scrollamount="3"&gt;Chào mừng quý thầy cô, '
        "quý phụ huynh và các em học sinh đến với Website Trường THPT Lương Thế Vinh!&lt;/marquee&gt;</div>\n"
        "</div></div></div></div>"
    )


def _portlet(pid: str, label: str | None, items: list[tuple[str, str, str]]) -> str:
    heading_html = (
        f'<h3 id="p-{pid}-label" class="vector-menu-heading"><span class="vector-menu-heading-label">'
        f"{label}</span></h3>"
        if label
        else ""
    )
    lis = "".join(
        f'<li id="{iid}" class="mw-list-item"><a href="{esc(href)}"><span>{text}</span></a></li>'
        for iid, href, text in items
    )
    return (
        f'<div id="p-{pid}" class="vector-menu mw-portlet mw-portlet-{pid} vector-menu-portal portal" '
        f'role="navigation">{heading_html}<div class="vector-menu-content"><ul class="vector-menu-content-list">'
        f"{lis}</ul></div></div>"
    )


def sidebar(v: View) -> str:
    page = v.page
    tools = [("t-print", "javascript:print();", "Bản để in")]
    if page and not v.special:
        tools += [
            (
                "t-permalink",
                idx(page.title, ("oldid", (v.rev or page.cur).id)),
                "Liên kết thường trực",
            ),
            ("t-info", idx(page.title, ("action", "info")), "Thông tin trang"),
        ]
    counter = (
        '<div id="p-thongke" class="vector-menu mw-portlet mw-portlet-thongke vector-menu-portal portal">'
        '<h3 id="p-thongke-label" class="vector-menu-heading"><span class="vector-menu-heading-label">'
        'Thống kê truy cập</span></h3><div class="vector-menu-content"><table class="ltv-dem" '
        'style="font-size:85%;width:100%"><tr><td>Đang online:</td><td style="text-align:right">27</td></tr>'
        '<tr><td>Hôm nay:</td><td style="text-align:right">412</td></tr><tr><td>Tháng 12:</td>'
        '<td style="text-align:right">2.086</td></tr><tr><td>Tổng truy cập:</td>'
        '<td style="text-align:right">1.284.519</td></tr></table></div></div>'
    )
    return (
        '<div id="mw-navigation"><nav id="mw-panel" class="mw-sidebar" aria-label="Trang web" role="navigation">'
        + _portlet(
            "navigation",
            None,
            [
                ("n-mainpage-description", wiki("Trang Chính"), "Trang Chính"),
                ("n-Giới-thiệu", wiki("Giới thiệu"), "Giới thiệu"),
                ("n-Liên-hệ", wiki("Liên hệ"), "Liên hệ"),
            ],
        )
        + _portlet(
            "Tin_tức",
            "Tin tức",
            [
                ("n-Tin-nhà-trường", wiki("Tin tức"), "Tin nhà trường"),
                ("n-Thông-báo", wiki("Thể loại:Thông báo"), "Thông báo"),
                (
                    "n-Hoạt-động-chuyên-môn",
                    wiki("Thể loại:Hoạt động chuyên môn"),
                    "Hoạt động chuyên môn",
                ),
                ("n-Đoàn-trường", wiki("Thể loại:Đoàn trường"), "Đoàn trường"),
            ],
        )
        + _portlet(
            "Tư_liệu",
            "Tư liệu",
            [
                ("n-Văn-bản", wiki("Thể loại:Văn bản"), "Văn bản"),
                ("n-Thư-viện-ảnh", wiki("Thể loại:Thư viện ảnh"), "Thư viện ảnh"),
                ("n-Video", wiki("Thể loại:Video"), "Video"),
                ("n-Lịch-công-tác", wiki(LICH), "Lịch công tác"),
                ("n-Thời-khóa-biểu", wiki(TKB), "Thời khóa biểu"),
            ],
        )
        + _portlet(
            "Liên_kết",
            "Liên kết",
            [
                ("n-Sở-GD", "https://phutho.edu.vn/", "Sở GD&amp;ĐT Phú Thọ"),
                ("n-Bộ-GD", "https://moet.gov.vn/", "Bộ GD&amp;ĐT"),
                ("n-csdl", "https://csdl.moet.gov.vn/", "CSDL ngành"),
            ],
        )
        + _portlet("tb", "Công cụ", tools)
        + counter
        + "</nav></div>"
    )


_HEADLINE = re.compile(r'<h([23])><span class="mw-headline" id="([^"]+)">(.*?)</span></h\1>')


def toc(v: View) -> str:
    heads = _HEADLINE.findall(v.content)
    if len(heads) < 4 or (v.page and v.page.notoc):
        return ""
    items, n2, n3 = [], 0, 0
    for level, hid, text in heads:
        if level == "2":
            n2, n3 = n2 + 1, 0
            numb = str(n2)
        else:
            n3 += 1
            numb = f"{n2}.{n3}"
        items.append(
            f'<li id="toc-{hid}" class="vector-toc-list-item vector-toc-level-{1 if level == "2" else 2}">'
            f'<a class="vector-toc-link" href="#{hid}"><div class="vector-toc-text">'
            f'<span class="vector-toc-numb">{numb}</span>{text}</div></a></li>'
        )
    return (
        '<nav id="mw-panel-toc" role="navigation" aria-label="Mục lục" data-event-name="ui.sidebar-toc" '
        'class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc" class="vector-toc">'
        '<div class="vector-toc-header">Nội dung</div><ul class="vector-toc-contents" id="mw-panel-toc-list">'
        '<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" '
        'class="vector-toc-link"><div class="vector-toc-text">(Đầu)</div></a></li>'
        + "".join(items)
        + "</ul></div></nav>"
    )


def tabs(v: View) -> str:
    ns = ns_of(v.title)
    main_href = wiki(v.title)
    left = (
        f'<li id="ca-nstab-{"special" if ns < 0 else "main"}" class="selected vector-tab-noicon mw-list-item">'
        f'<a href="{esc(main_href)}" title="Xem trang nội dung [c]" accesskey="c"><span>'
        f"{_NSTAB.get(ns, 'Trang')}</span></a></li>"
    )
    right_tabs = ""
    if v.page and not v.special:
        right_tabs = (
            f'<li id="ca-view" class="{"selected " if v.action == "view" else ""}vector-tab-noicon mw-list-item">'
            f'<a href="{esc(wiki(v.page.title))}"><span>Đọc</span></a></li>'
            f'<li id="ca-history" class="{"selected " if v.action == "history" else ""}vector-tab-noicon '
            f'mw-list-item"><a href="{esc(idx(v.page.title, ("action", "history")))}" title="Các phiên bản cũ '
            'của trang này [h]" accesskey="h"><span>Xem lịch sử</span></a></li>'
        )
    return (
        '<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation">'
        '<nav aria-label="Không gian tên"><div id="p-associated-pages" class="vector-menu vector-menu-tabs '
        'mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul class="vector-menu-content-list">'
        f"{left}</ul></div></div></nav></div>"
        '<div id="right-navigation" class="vector-collapsible"><nav aria-label="Xem"><div id="p-views" '
        'class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views"><div class="vector-menu-content">'
        f'<ul class="vector-menu-content-list">{right_tabs}</ul></div></div>'
        '<div id="p-cactions" class="vector-menu vector-dropdown vector-menu-dropdown mw-portlet '
        'mw-portlet-cactions emptyPortlet" title="Thêm tùy chọn"><input type="checkbox" id="p-cactions-checkbox" '
        'role="button" aria-haspopup="true" data-event-name="ui.dropdown-p-cactions" class="vector-menu-checkbox" '
        'aria-label="Thêm"><label id="p-cactions-label" for="p-cactions-checkbox" class="vector-menu-heading">'
        '<span class="vector-menu-heading-label">Thêm</span></label><div class="vector-menu-content '
        'vector-dropdown-content"><ul class="vector-menu-content-list"></ul></div></div></nav></div></div></div>'
    )


def catlinks(v: View) -> str:
    if not v.page or v.special or v.action != "view" or not v.page.cats:
        return '<div id="catlinks" class="catlinks catlinks-allhidden" data-mw="interface"></div>'
    items = "".join(f"<li>{_a('Thể loại:' + c, c)}</li>" for c in v.page.cats)
    return (
        '<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" '
        f'class="mw-normal-catlinks">{_a("Đặc biệt:Thể loại", "Thể loại")}: <ul>{items}</ul></div></div>'
    )


def _footer_places(v: View, mobile_toggle: str) -> str:
    return (
        # MediaWiki:Privacy and MediaWiki:Disclaimers are set to "-": only "about" is left
        f'<li id="footer-places-about">{_a(SITENAME + ":Giới thiệu", "Giới thiệu " + SITENAME)}</li>\n'
        + mobile_toggle
    )


_FOOTER_LTV = (
    '<li id="footer-info-ltv">Trường THPT Lương Thế Vinh – Khu 5, xã Phương Xá, huyện Cẩm Khê, tỉnh Phú Thọ · '
    "ĐT: 0210 3879 268 · Email: c3luongthevinh.pt@moet.edu.vn · © 2026 Trường THPT Lương Thế Vinh</li>"
)


def _lastmod(v: View) -> str:
    if not v.page or v.special:
        return ""
    rev = v.page.cur
    return (
        f'<li id="footer-info-lastmod"> Trang này được sửa đổi lần cuối vào ngày {vi_date(rev.ts)}, lúc '
        f"{_parts(rev.ts)[3]}.</li>\n"
    )


def vector(req: Request, v: View) -> str:
    host = base_url(req)
    pf = ""
    if v.printfooter and v.page and not v.special:
        url = host + idx(v.page.title, ("oldid", (v.rev or v.page.cur).id))
        pf = f'<div class="printfooter" data-nosnippet="">Lấy từ “<a dir="ltr" href="{esc(url)}">{esc(url)}</a>”</div>\n'
    views = (
        f'<li id="footer-info-viewcount">Trang này đã được truy cập {num(v.page.views)} lần.</li>\n'
        if v.page and not v.special
        else ""
    )
    mobile = (
        f'<li id="footer-places-mobileview"><a href="{esc(toggle(v.title, v.params, "toggle_view_mobile"))}" '
        'class="noprint stopMobileRedirectToggle">Giao diện di động</a></li>'
    )
    search = (
        '<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses '
        'vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">'
        f'<a href="{wiki("Đặc biệt:Tìm kiếm")}" class="mw-ui-button mw-ui-quiet mw-ui-icon mw-ui-icon-element '
        'mw-ui-icon-wikimedia-search search-toggle" title="Tìm kiếm trong THPT Lương Thế Vinh [f]" '
        'accesskey="f"><span>Tìm kiếm</span></a><div><form action="/index.php" id="searchform" '
        'class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner" '
        'data-search-loc="header-moved"><input class="vector-search-box-input" type="search" name="search" '
        'placeholder="Tìm kiếm trong THPT Lương Thế Vinh" aria-label="Tìm kiếm trong THPT Lương Thế Vinh" '
        'autocapitalize="sentences" id="searchInput"/><input type="hidden" name="title" value="Đặc_biệt:Tìm_kiếm"/>'
        '<input id="mw-searchButton" class="searchButton mw-fallbackSearchButton" type="submit" name="fulltext" '
        'title="Tìm kiếm các trang có nội dung này" value="Tìm kiếm"/><input id="searchButton" class="searchButton" '
        'type="submit" name="go" title="Đi đến trang có tên chính xác này nếu có" value="Xem"/></div></form></div></div>'
    )
    login = esc(login_url(v))
    user = (
        '<nav class="vector-user-links" aria-label="Công cụ cá nhân" role="navigation"><div '
        'id="p-vector-user-menu-overflow" class="vector-menu mw-portlet mw-portlet-vector-user-menu-overflow">'
        '<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-login-2" '
        f'class="user-links-collapsible-item mw-list-item"><a href="{login}" title="Bạn nên đăng nhập, tuy '
        'không bắt buộc. [o]" accesskey="o"><span>Đăng nhập</span></a></li></ul></div></div>'
        '<div id="p-personal" class="vector-menu vector-dropdown vector-menu-dropdown vector-user-menu '
        'vector-user-menu-logged-out" title="Thêm tùy chọn"><input type="checkbox" id="p-personal-checkbox" '
        'role="button" aria-haspopup="true" data-event-name="ui.dropdown-p-personal" class="vector-menu-checkbox" '
        'aria-label="Công cụ cá nhân"><label id="p-personal-label" for="p-personal-checkbox" '
        'class="vector-menu-heading mw-ui-button mw-ui-quiet mw-ui-icon mw-ui-icon-element mw-ui-icon-ellipsis">'
        '<span class="vector-menu-heading-label">Công cụ cá nhân</span></label><div class="vector-menu-content '
        'vector-dropdown-content"><ul class="vector-menu-content-list"><li id="pt-login" class="user-links-'
        f'collapsible-item mw-list-item"><a href="{login}"><span>Đăng nhập</span></a></li></ul></div></div></nav>'
    )
    return (
        _head(req, v, "vector-2022")
        + f'<body class="{_body_class(v, "vector")}">\n<div class="mw-page-container">\n'
        '<span class="mw-skip-link"><a class="mw-jump-link" href="#bodyContent">Bước tới nội dung</a></span>\n'
        '<div class="mw-page-container-inner">\n'
        '<input type="checkbox" id="mw-sidebar-checkbox" class="mw-checkbox-hack-checkbox" checked>\n'
        '<header class="mw-header mw-ui-icon-flush-left mw-ui-icon-flush-right"><div class="vector-header-start">'
        '<label id="mw-sidebar-button" class="mw-checkbox-hack-button mw-ui-icon mw-ui-button mw-ui-quiet '
        'mw-ui-icon-element" for="mw-sidebar-checkbox" role="button" aria-controls="mw-panel" '
        'data-event-name="ui.sidebar" tabindex="0" title="Trình đơn chính"><span>Đóng/mở thanh bên</span></label>'
        f'<a href="{wiki("Trang Chính")}" class="mw-logo"><img class="mw-logo-icon" src="/images/logo-ltv.png" '
        'alt="" aria-hidden="true" height="50" width="50"><span class="mw-logo-container"><strong '
        f'class="mw-logo-wordmark">{SITENAME}</strong><small class="mw-logo-tagline">Cẩm Khê – Phú Thọ</small>'
        f'</span></a></div><div class="vector-header-end">{search}{user}</div></header>\n'
        f'<div class="vector-sidebar-container">{sidebar(v)}{toc(v)}</div>\n'
        '<div class="mw-content-container">\n<main id="content" class="mw-body" role="main">\n<a id="top"></a>\n'
        + sitenotice()
        + '\n<div class="mw-indicators"></div>\n<header class="mw-body-header vector-page-titlebar">'
        f'<h1 id="firstHeading" class="firstHeading mw-first-heading">{v.h1}</h1></header>\n'
        + tabs(v)
        + '\n<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>\n'
        f'<div class="vector-body-before-content"><div id="siteSub" class="noprint">Từ {SITENAME}</div></div>\n'
        f'<div id="contentSub"><div id="mw-content-subtitle">{v.subtitle}</div></div>\n'
        '<div id="contentSub2"></div>\n<div id="jump-to-nav"></div>\n'
        '<a class="mw-jump-link" href="#searchInput">Bước tới tìm kiếm</a>\n'
        f'<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="vi" dir="ltr">{v.content}</div>\n'
        + pf
        + catlinks(v)
        + "\n</div>\n</main>\n</div>\n"
        '<div class="mw-footer-container">\n<footer id="footer" class="mw-footer" role="contentinfo">\n'
        '<ul id="footer-info">\n'
        + _lastmod(v)
        + views
        + '<li id="footer-info-copyright">Nội dung được phát hành theo <a class="external" rel="nofollow" '
        'href="https://creativecommons.org/licenses/by-sa/4.0/deed.vi">Ghi công–Chia sẻ tương tự 4.0 Quốc tế</a> '
        "trừ khi có ghi chú khác.</li>\n"
        + _FOOTER_LTV
        + '\n</ul>\n<ul id="footer-places">\n'
        + _footer_places(v, mobile)
        + '\n</ul>\n<ul id="footer-icons" class="noprint"><li id="footer-copyrightico"><a '
        'href="https://creativecommons.org/licenses/by-sa/4.0/"><img src="/resources/assets/licenses/cc-by-sa.png" '
        'alt="Creative Commons Attribution-ShareAlike" width="88" height="31" loading="lazy"/></a></li>'
        '<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img '
        'src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31" '
        'loading="lazy"/></a></li></ul>\n</footer>\n</div>\n</div>\n</div>\n'
        '<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":187,'
        '"wgHostname":"ltv-web01"});});</script>\n</body>\n</html>'
    )


_LAZY = re.compile(
    r'<img alt="([^"]*)" src="([^"]+)" decoding="async" width="(\d+)" height="(\d+)"( class="[^"]*")? '
    r'srcset="([^"]*)" />'
)
_SECTION_H2 = re.compile(r'<h2><span class="mw-headline" id="[^"]+">.*?</span></h2>')


def mobile_content(content: str) -> str:
    """MobileFrontend's transforms: lazy-loaded images, collapsible sections per h2."""

    def lazy(m: re.Match) -> str:
        alt, src, w, h, cls, srcset = m.groups()
        c = (cls or "").replace(' class="', "").rstrip('"')
        return (
            f'<noscript>{m.group(0)}</noscript><span class="lazy-image-placeholder" style="width: {w}px;'
            f'height: {h}px;" data-mw-src="{src}" data-alt="{alt}" data-width="{w}" data-height="{h}" '
            f'data-mw-srcset="{srcset}" data-class="{c}">&#160;</span>'
        )

    content = _LAZY.sub(lazy, content)
    opening = '<div class="mw-parser-output">'
    if not content.startswith(opening):
        return content
    end = content.rindex("\n</div>")
    inner, tail = content[len(opening) : end], content[end:]
    heads = list(_SECTION_H2.finditer(inner))
    out = [
        f'<section class="mf-section-0" id="mf-section-0">{inner[: heads[0].start()] if heads else inner}</section>'
    ]
    for n, m in enumerate(heads, start=1):
        stop = heads[n].start() if n < len(heads) else len(inner)
        head = m.group(0).replace(
            "<h2>",
            f'<h2 class="section-heading collapsible-heading" onclick="mfTempOpenSection({n})"><span '
            'class="indicator mf-icon mf-icon-expand mf-icon--small"></span>',
            1,
        )
        out.append(
            f'{head}<section class="mf-section-{n} collapsible-block" id="mf-section-{n}">'
            f"{inner[m.end() : stop]}</section>"
        )
    return (
        '<script>function mfTempOpenSection(id){var block=document.getElementById("mf-section-"+id);'
        'block.className+=" open-block";block.previousSibling.className+=" open-block";}</script>'
        + opening
        + "".join(out)
        + tail
    )


def minerva(req: Request, v: View) -> str:
    host = base_url(req)
    page = v.page
    history = ""
    last = ""
    if page and not v.special:
        hist = wiki("Đặc biệt:Lịch sử/" + page.title)
        history = (
            '<nav class="page-actions-menu"><ul id="p-views" class="page-actions-menu__list"><li '
            'id="page-actions-history" class="page-actions-menu__list-item"><a role="button" '
            f'href="{esc(hist)}" data-mw="interface" data-event-name="menu.history" class="mw-ui-icon '
            'mw-ui-icon-element mw-ui-icon-wikimedia-history-base20 mw-ui-button mw-ui-quiet" title="Lịch sử">'
            "Lịch sử</a></li></ul></nav>"
        )
        rev = page.cur
        last = (
            f'<a class="last-modified-bar" href="{esc(hist)}"><div class="post-content last-modified-bar__content">'
            '<span class="minerva-icon minerva-icon-size-medium minerva-icon--modified-history"></span>'
            f'<span class="last-modified-bar__text modified-enhancement" data-user-name="{esc(rev.user)}" '
            'data-user-gender="unknown"><span>Sửa đổi lần cuối vào ngày '
            f"{vi_date(rev.ts)}, lúc {_parts(rev.ts)[3]}</span></span></div></a>\n"
        )
    pf = ""
    if v.printfooter and page and not v.special:
        url = host + idx(page.title, ("oldid", (v.rev or page.cur).id))
        pf = (
            f'<div class="printfooter">Lấy từ “<a dir="ltr" href="{esc(url)}">{esc(url)}</a>”</div>'
        )
    desktop = toggle(v.title, v.params, "toggle_view_desktop")
    return (
        _head(req, v, "minerva")
        + f'<body class="{_body_class(v, "minerva")}">\n<div id="mw-mf-viewport">\n<div id="mw-mf-page-center">\n'
        '<a class="mw-mf-page-center__mask" href="#"></a>\n<header class="header-container header-chrome">'
        '<div class="minerva-header"><nav class="navigation-drawer toggle-list view-border-box"><input '
        'type="checkbox" id="main-menu-input" class="toggle-list__checkbox" role="button" aria-haspopup="true" '
        'aria-expanded="false" aria-labelledby="mw-mf-main-menu-button"><label role="button" for="main-menu-input" '
        'id="mw-mf-main-menu-button" aria-hidden="true" data-event-name="ui.mainmenu" class="mw-ui-icon '
        'mw-ui-icon-element mw-ui-icon-minerva-mainMenu toggle-list__toggle">Mở trình đơn chính</label>'
        '<div id="mw-mf-page-left" class="menu view-border-box"><ul id="p-navigation" class="toggle-list__list">'
        f'<li class="toggle-list-item "><a class="toggle-list-item__anchor menu__item--home" href="{wiki("Trang Chính")}" '
        'data-mw="interface"><span class="mw-ui-icon mw-ui-icon-minerva-home"></span><span '
        'class="toggle-list-item__label">Trang Chính</span></a></li><li class="toggle-list-item "><a '
        f'class="toggle-list-item__anchor menu__item--random" href="{wiki("Đặc biệt:Ngẫu nhiên")}#/random" '
        'data-mw="interface"><span class="mw-ui-icon mw-ui-icon-minerva-die"></span><span '
        'class="toggle-list-item__label">Ngẫu nhiên</span></a></li></ul><ul id="p-personal" '
        'class="toggle-list__list"><li class="toggle-list-item "><a class="toggle-list-item__anchor '
        f'menu__item--login" href="{esc(login_url(v))}" data-event-name="menu.login" data-mw="interface"><span '
        'class="mw-ui-icon mw-ui-icon-minerva-logIn"></span><span class="toggle-list-item__label">Đăng nhập</span>'
        f'</a></li></ul><ul class="hlist"><li class="toggle-list-item ">{_a(SITENAME + ":Giới thiệu", "Giới thiệu " + SITENAME)}'
        '</li></ul></div><label class="main-menu-mask" for="main-menu-input"></label></nav>'
        f'<div class="branding-box"><a href="{wiki("Trang Chính")}"><span><img src="/images/ltv-wordmark.png" '
        f'alt="{SITENAME}" width="116" height="18" style="width: 7.25em; height: 1.125em;"/></span></a></div>'
        '<form action="/index.php" method="get" class="minerva-search-form"><div class="search-box"><input '
        'type="hidden" name="title" value="Đặc_biệt:Tìm_kiếm"/><input class="search skin-minerva-search-trigger" '
        'id="searchInput" type="search" name="search" placeholder="Tìm kiếm THPT Lương Thế Vinh" '
        'autocapitalize="sentences"></div><button id="searchIcon" class="mw-ui-icon mw-ui-icon-element '
        'mw-ui-icon-wikimedia-search skin-minerva-search-trigger">Tìm kiếm</button></form></div></header>\n'
        '<main id="content" class="mw-body">\n<div class="banner-container"><div id="siteNotice"></div></div>\n'
        '<div class="pre-content heading-holder"><div class="page-heading"><h1 id="firstHeading" '
        f'class="firstHeading mw-first-heading">{v.h1}</h1><div class="tagline"></div></div>{history}'
        f'<div id="mw-content-subtitle">{v.subtitle}</div></div>\n'
        '<div id="bodyContent" class="content"><div id="mw-content-text" class="mw-body-content mw-content-ltr" '
        f'lang="vi" dir="ltr">{mobile_content(v.content)}</div>{pf}</div>\n'
        '<div class="post-content" id="page-secondary-actions"></div>\n</main>\n'
        '<footer class="mw-footer minerva-footer" role="contentinfo">\n'
        + last
        + '<div class="post-content footer-content"><div id="mw-data-after-content"></div>'
        f'<div id="footer-info" class="footer-info"><h2 class="footer-site-heading"><a href="{wiki("Trang Chính")}">'
        f'{SITENAME}</a></h2><ul id="footer-info" class="footer-info hlist hlist-separated">'
        + _lastmod(v)
        + '<li id="footer-info-copyright">Nội dung được phát hành theo CC BY-SA 4.0 trừ khi có ghi chú khác.</li>'
        '</ul><ul id="footer-places" class="hlist hlist-separated">'
        + _footer_places(
            v,
            f'<li id="footer-places-desktop-toggle"><a id="mw-mf-display-toggle" href="{esc(desktop)}" '
            'data-event-name="switch_to_desktop">Máy tính</a></li>',
        )
        + "</ul></div></div>\n</footer>\n</div>\n</div>\n</body>\n</html>"
    )


def skin(req: Request, v: View) -> Response:
    mobile = dict(v.params).get("mobileaction") == "toggle_view_mobile"
    page = (minerva if mobile else vector)(req, v)
    headers = {
        "Content-Language": "vi",
        "Vary": "Accept-Encoding,Cookie",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, must-revalidate, max-age=0",
    }
    if v.page and not v.special:
        headers["Last-Modified"] = _http_date(v.page.cur.ts)
    return html(page, status=v.status, headers=headers)


_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _http_date(ts: str) -> str:
    import datetime

    stamp = datetime.datetime.strptime(ts, "%Y-%m-%d %H:%M") - datetime.timedelta(hours=7)
    return (
        f"{_WD[stamp.weekday()]}, {stamp.day:02d} {_MON[stamp.month - 1]} {stamp.year} "
        f"{stamp.hour:02d}:{stamp.minute:02d}:00 GMT"
    )


# --- views ------------------------------------------------------------------------------------


def breadcrumb(title: str) -> str:
    """Skin::subPageSubtitle: '< Tin tức' for the parents that exist (Tin tức/2026 does not)."""
    if ns_of(title) or "/" not in title:
        return ""
    parts = title.split("/")
    links = []
    for n in range(1, len(parts)):
        parent = "/".join(parts[:n])
        p = PAGES.get(parent)
        if p is not None:
            cls = "mw-redirect" if p.kind == "redirect" else ""
            links.append(_a(parent, parent, cls))
    return f'<span class="subpages">&lt; {" ‎| ".join(links)}</span>' if links else ""


def page_content(req: Request, page: Page, rev: Rev) -> str:
    if page.story is not None:
        i = page.revs.index(rev)
        story = page.old.get(i, page.story) if rev is not page.cur else page.story
        return story_html(page, story, base_url(req)) + parser_comments(page, rev)
    if page.kind == "category":
        return category_body(req, page)
    if page.kind == "file":
        return file_body(req, page)
    assert page.body is not None
    return page.body(req) + parser_comments(page, rev)


def page_h1(page: Page, rev: Rev | None = None) -> str:
    if page.story is not None and rev is not None and rev is not page.cur:
        old = page.old.get(page.revs.index(rev))
        if old is not None and old.title != page.story.title:
            return esc(old.title)
    return page.display_html or default_h1(page.title)


def revision_box(page: Page, rev: Rev) -> str:
    i = page.revs.index(rev)
    t_ = page.title
    older = (
        f'<a href="{esc(idx(t_, ("diff", "prev"), ("oldid", rev.id)))}" title="{esc(t_)}">khác</a>'
        if i > 0
        else "khác"
    )
    prev_link = (
        f'<a href="{esc(idx(t_, ("direction", "prev"), ("oldid", rev.id)))}" title="{esc(t_)}">← Phiên bản cũ hơn</a>'
        if i > 0
        else "← Phiên bản cũ hơn"
    )
    current = rev is page.cur
    latest = (
        "Phiên bản mới nhất"
        if current
        else f'<a href="{wiki(t_)}" title="{esc(t_)}">Phiên bản mới nhất</a>'
    )
    latest_diff = (
        "khác"
        if current
        else f'<a href="{esc(idx(t_, ("diff", "cur"), ("oldid", rev.id)))}" title="{esc(t_)}">khác</a>'
    )
    newer = (
        "Phiên bản mới hơn →"
        if current
        else f'<a href="{esc(idx(t_, ("direction", "next"), ("oldid", rev.id)))}" title="{esc(t_)}">Phiên bản mới hơn →</a>'
    )
    newer_diff = (
        "khác"
        if current
        else f'<a href="{esc(idx(t_, ("diff", "next"), ("oldid", rev.id)))}" title="{esc(t_)}">khác</a>'
    )
    warning = ""
    if not current:
        warning = (
            '<div class="mw-message-box-warning mw-revision mw-message-box"><p>Đây là phiên bản cũ của trang '
            f"này, do {user_link(rev.user)} {user_tools(rev.user)} sửa đổi vào lúc {vi_stamp(rev.ts)}. Địa chỉ "
            "URL hiện tại là một liên kết vĩnh viễn đến phiên bản này của trang, có thể khác biệt rất nhiều so "
            "với phiên bản hiện tại.</p></div>"
        )
    return (
        warning
        + f'<div class="mw-revision"><div id="mw-revision-info">Phiên bản vào lúc {vi_stamp(rev.ts)} của '
        f"{user_link(rev.user)} {user_tools(rev.user)}</div>"
        f'<div id="mw-revision-nav">({older}) {prev_link} | {latest} ({latest_diff}) | {newer} ({newer_diff})</div></div>'
    )


def view_page(
    req: Request,
    page: Page,
    params: list[tuple[str, str]],
    rev: Rev | None = None,
    redirected_from: Page | None = None,
) -> Response:
    rev = rev or page.cur
    explicit = any(k in ("oldid", "direction") for k, _ in params)
    subtitle = ""
    canonical = None
    if redirected_from is not None:
        subtitle += (
            f'<span class="mw-redirectedfrom">(Đổi hướng từ <a href="'
            f'{esc(idx(redirected_from.title, ("redirect", "no")))}" class="mw-redirect" '
            f'title="{esc(redirected_from.title)}">{esc(redirected_from.title)}</a>)</span>'
        )
        canonical = base_url(req) + wiki(page.title)
    crumb = breadcrumb(page.title)
    if crumb:
        subtitle += crumb
    if explicit:
        subtitle += revision_box(page, rev)
    h1 = page_h1(page, rev)
    return skin(
        req,
        View(
            page.title,
            h1,
            strip_tags(h1),
            page_content(req, page, rev),
            page=page,
            rev=rev,
            robots="noindex,nofollow" if explicit else None,
            canonical=canonical,
            subtitle=subtitle,
            params=params,
            redirected_from=redirected_from.title if redirected_from else None,
        ),
    )


def redirect_page(req: Request, page: Page, params) -> Response:
    target = page.target or ""
    content = (
        '<div class="mw-parser-output"><div class="redirectMsg"><p>Trang đổi hướng đến:</p><ul class="redirectText">'
        f"<li>{_a(target)}</li></ul></div></div>"
    )
    return skin(
        req,
        View(page.title, default_h1(page.title), page.title, content, page=page, params=params),
    )


def _rev_line(page: Page, rev: Rev, *, history: bool) -> str:
    i = page.revs.index(rev)
    prev = page.revs[i - 1] if i else None
    delta = rev.size - (prev.size if prev else 0)
    sign = "pos" if delta > 0 else ("neg" if delta < 0 else "null")
    cur = (
        "<span>hiện</span>"
        if rev is page.cur
        else f'<span><a href="{esc(idx(page.title, ("diff", page.cur.id), ("oldid", rev.id)))}" '
        'class="mw-history-histlinks-current">hiện</a></span>'
    )
    before = (
        f'<span><a href="{esc(idx(page.title, ("diff", rev.id), ("oldid", prev.id)))}" '
        'class="mw-history-histlinks-previous">trước</a></span>'
        if prev
        else "<span>trước</span>"
    )
    links = f'<span class="mw-history-histlinks mw-changeslist-links">{cur}{before}</span>'
    date = f'<a href="{esc(idx(page.title, ("oldid", rev.id)))}" class="mw-changeslist-date">{vi_stamp(rev.ts)}</a>'
    size = (
        f'<span class="history-size mw-diff-bytes" data-mw-bytes="{rev.size}">{num(rev.size)} byte</span> '
        f'<strong dir="ltr" class="mw-plusminus-{sign} mw-diff-size">{"+" if delta > 0 else ""}{num(delta)}</strong>'
    )
    comment = (
        f'<span class="comment comment--without-parentheses">{esc(rev.comment)}</span>'
        if rev.comment
        else ""
    )
    if history:
        radios = (
            f'<input type="radio" value="{rev.id}" name="oldid" id="mw-oldid-{rev.id}"/>'
            f'<input type="radio" value="{rev.id}" name="diff" id="mw-diff-{rev.id}"/>'
        )
        return (
            f'<li data-mw-revid="{rev.id}">{links}{radios} {date}‎ <span class="history-user">'
            f'{user_link(rev.user)} {user_tools(rev.user)}</span>‎ <span class="mw-changeslist-separator"></span> '
            f'{size}‎ <span class="mw-changeslist-separator"></span> {comment}</li>'
        )
    uctop = ' <span class="mw-uctop">hiện tại</span>' if rev is page.cur else ""
    return (
        f'<li data-mw-revid="{rev.id}">{date} <span class="mw-changeslist-links"><span><a href="'
        f'{esc(idx(page.title, ("diff", "prev"), ("oldid", rev.id)))}">khác</a></span><span><a href="'
        f'{esc(idx(page.title, ("action", "history")))}">sử</a></span></span> '
        f'<span class="mw-changeslist-separator"></span> {size} <span class="mw-changeslist-separator"></span> '
        f"<bdi>{_a(page.title)}</bdi> ‎{comment}{uctop}</li>"
    )


def history_view(req: Request, page: Page, params) -> Response:
    days: list[tuple[str, list[str]]] = []
    for rev in reversed(page.revs):
        day = "ngày " + vi_date(rev.ts)
        line = _rev_line(page, rev, history=True)
        if days and days[-1][0] == day:
            days[-1][1].append(line)
        else:
            days.append((day, [line]))
    body = "".join(
        f'<h4 class="mw-index-pager-list-header">{d}</h4><ul class="mw-contributions-list">'
        + "".join(ls)
        + "</ul>"
        for d, ls in days
    )
    content = (
        '<div class="mw-history-legend"><p>Chú thích: (hiện) = khác với phiên bản hiện hành, (trước) = khác với '
        "phiên bản trước.</p></div>"
        '<form action="/index.php" id="mw-history-compare"><input type="hidden" value="'
        f'{esc(dbkey(page.title))}" name="title"/><div class="mw-history-compareselectedversions"><input '
        'class="historysubmit mw-history-compareselectedversions-button" type="submit" value="So sánh các bản đã '
        f'chọn"/></div><section id="pagehistory" class="mw-pager-body">{body}</section></form>'
    )
    title = f"Lịch sử sửa đổi của “{page.title}”"
    return skin(
        req,
        View(
            page.title,
            esc(title),
            title,
            content,
            page=page,
            action="history",
            robots="noindex,nofollow",
            params=params,
            printfooter=False,
        ),
    )


def info_view(req: Request, page: Page, params) -> Response:
    first, cur = page.revs[0], page.cur
    display = strip_tags(page.display_html) if page.display_html else page.title
    rows = [
        ("Tên hiển thị", esc(display)),
        ("Khóa xếp mặc định", esc(page.sortkey or page.title)),
        ("Chiều dài trang (theo byte)", num(cur.size)),
        ("Mã số trang", str(page.page_id)),
        ("Ngôn ngữ nội dung trang", "vi - Tiếng Việt"),
        ("Mô hình nội dung trang", "wikitext"),
        ("Chỉ mục robot", "Cho phép"),
        ("Số lần xem trang", num(page.views)),
        ("Người tạo trang", user_link(first.user)),
        (
            "Ngày tạo trang",
            f'<a href="{esc(idx(page.title, ("oldid", first.id)))}">{vi_stamp(first.ts)}</a>',
        ),
        ("Người sửa đổi gần đây nhất", user_link(cur.user)),
        (
            "Ngày sửa đổi gần đây nhất",
            f'<a href="{esc(idx(page.title, ("oldid", cur.id)))}">{vi_stamp(cur.ts)}</a>',
        ),
        ("Tổng số sửa đổi", str(len(page.revs))),
    ]
    content = (
        '<h2 id="mw-pageinfo-header-basic"><span class="mw-headline">Thông tin cơ bản</span></h2>'
        '<table class="wikitable mw-page-info">'
        + "".join(
            f'<tr><td style="vertical-align: top;">{k}</td><td>{v}</td></tr>' for k, v in rows
        )
        + "</table>"
    )
    title = f"Thông tin về “{page.title}”"
    return skin(
        req,
        View(
            page.title,
            esc(title),
            title,
            content,
            page=page,
            action="info",
            robots="noindex,nofollow",
            params=params,
            printfooter=False,
        ),
    )


def _paragraphs(page: Page, rev: Rev) -> list[str]:
    story = page.old.get(page.revs.index(rev), page.story) if rev is not page.cur else page.story
    if story is None:
        return []
    return [story.title, *story.paragraphs]


def diff_view(req: Request, page: Page, params, old: Rev | None, new: Rev) -> Response:
    left = _paragraphs(page, old) if old else []
    right_ = _paragraphs(page, new)
    rows = []
    for op in difflib.SequenceMatcher(a=left, b=right_).get_opcodes():
        tag, a0, a1, b0, b1 = op
        if tag == "equal":
            continue
        for k in range(max(a1 - a0, b1 - b0)):
            la = left[a0 + k] if a0 + k < a1 else None
            rb = right_[b0 + k] if b0 + k < b1 else None
            dl = (
                f'<td class="diff-marker" data-marker="−"></td><td class="diff-deletedline diff-side-deleted"><div>{esc(la)}</div></td>'
                if la is not None
                else '<td colspan="2" class="diff-empty diff-side-deleted"></td>'
            )
            ad = (
                f'<td class="diff-marker" data-marker="+"></td><td class="diff-addedline diff-side-added"><div>{esc(rb)}</div></td>'
                if rb is not None
                else '<td colspan="2" class="diff-empty diff-side-added"></td>'
            )
            rows.append(f"<tr>{dl}{ad}</tr>")
    head_old = (
        f'<a href="{esc(idx(page.title, ("oldid", old.id)))}">Phiên bản lúc {vi_stamp(old.ts)}</a>'
        if old
        else ""
    )
    head_new = (
        f'<a href="{esc(idx(page.title, ("oldid", new.id)))}">Phiên bản lúc {vi_stamp(new.ts)}</a>'
    )
    label = "Phiên bản hiện tại lúc" if new is page.cur else "Phiên bản lúc"
    content = (
        '<table class="diff diff-contentalign-left diff-editfont-monospace" data-mw="interface"><colgroup>'
        '<col class="diff-marker"/><col class="diff-content"/><col class="diff-marker"/><col class="diff-content"/>'
        f'</colgroup><tr class="diff-title"><td colspan="2" class="diff-otitle">{head_old}</td>'
        f'<td colspan="2" class="diff-ntitle">{head_new}<div id="mw-diff-ntitle2">{user_link(new.user)} '
        f'{user_tools(new.user)}</div><div id="mw-diff-ntitle3"><span class="comment">{esc(new.comment)}</span>'
        "</div></td></tr>" + "".join(rows) + "</table>"
        f'<hr class="diff-hr" id="mw-oldid" /><h2 class="diff-currentversion-title">{label} {vi_stamp(new.ts)}</h2>'
        + page_content(req, page, new)
    )
    title = f"Khác biệt giữa các bản “{page.title}”"
    return skin(
        req,
        View(
            page.title,
            esc(title),
            title,
            content,
            page=page,
            rev=new,
            robots="noindex,nofollow",
            params=params,
            diff=(old.id if old else 0, new.id),
        ),
    )


def message_view(
    req: Request, title: str, h1: str, text: str, params, status: int, special: str | None = None
) -> Response:
    content = f'<div class="mw-parser-output"><p>{text}\n</p></div>'
    return skin(
        req,
        View(
            title,
            esc(h1),
            h1,
            content,
            robots="noindex,nofollow",
            params=params,
            special=special or "Error",
            status=status,
        ),
    )


def missing_view(req: Request, title: str, params) -> Response:
    search = wiki("Đặc biệt:Tìm kiếm/" + title)
    text = (
        "Hiện chưa có văn bản nào trong trang này. Bạn có thể "
        f'<a href="{esc(search)}" title="Đặc biệt:Tìm kiếm/{esc(title)}">tìm kiếm tựa trang này</a> trong các '
        "trang khác."
    )
    content = f'<div class="noarticletext mw-content-ltr" dir="ltr" lang="vi"><p>{text}\n</p></div>'
    return skin(
        req,
        View(
            title,
            default_h1(title),
            title,
            content,
            robots="noindex,nofollow",
            params=params,
            special="Missing",
            status=404,
        ),
    )


def permission_view(req: Request, title: str, params) -> Response:
    return message_view(
        req,
        title,
        f"Xem mã nguồn của {title}",
        "Bạn không có quyền sửa đổi trang này, vì lý do sau: Thao tác bạn yêu cầu bị giới hạn cho thành viên "
        "thuộc nhóm: Thành viên.",
        params,
        403,
    )


# --- special pages ----------------------------------------------------------------------------

_SPECIALS = {
    "tìm kiếm": "Tìm kiếm",
    "search": "Tìm kiếm",
    "đăng nhập": "Đăng nhập",
    "userlogin": "Đăng nhập",
    "thể loại": "Thể loại",
    "categories": "Thể loại",
    "đóng góp": "Đóng góp",
    "contributions": "Đóng góp",
    "lịch sử": "Lịch sử",
    "history": "Lịch sử",
    "ngẫu nhiên": "Ngẫu nhiên",
    "random": "Ngẫu nhiên",
    "randompage": "Ngẫu nhiên",
    "thay đổi gần đây": "Thay đổi gần đây",
    "recentchanges": "Thay đổi gần đây",
}


def _special_shell(
    req: Request, title: str, h1: str, content: str, params, special: str
) -> Response:
    return skin(
        req,
        View(
            title, esc(h1), h1, content, robots="noindex,nofollow", params=params, special=special
        ),
    )


def search_view(req: Request, title: str, query: str, params, go: bool) -> Response | None:
    q = unicodedata.normalize("NFC", query).strip()
    if q and go:
        target = PAGES.get(normalize(q))
        if target is not None:
            return redirect(wiki(target.title), 302)
    results = []
    if q:
        needle = q.casefold()
        for p in PAGES.values():
            text = " ".join(_paragraphs(p, p.cur)) if p.story else ""
            if needle in p.title.casefold() or needle in text.casefold():
                snippet = esc(text[:160]) if text else ""
                results.append(
                    f'<li class="mw-search-result"><div class="mw-search-result-heading">{_a(p.title)}</div>'
                    f'<div class="searchresult">{snippet}</div><div class="mw-search-result-data">'
                    f"{num(p.cur.size)} byte - {vi_stamp(p.cur.ts)}</div></li>"
                )
    form = (
        '<form id="search" method="get" action="/index.php"><input type="hidden" name="title" '
        f'value="Đặc_biệt:Tìm_kiếm"/><input type="search" name="search" value="{esc(q)}"/><input type="hidden" '
        'name="fulltext" value="1"/><button type="submit">Tìm kiếm</button></form>'
    )
    if not q:
        body = "<p>Nhập từ khóa để tìm kiếm.</p>"
    elif results:
        body = (
            f'<p>Kết quả 1 – {len(results[:20])} trong {len(results)}</p><ul class="mw-search-results">'
            + "".join(results[:20])
            + "</ul>"
        )
    else:
        body = '<p class="mw-search-nonefound">Không có kết quả nào khớp với truy vấn.</p>'
    return _special_shell(req, title, "Kết quả tìm kiếm", form + body, params, "Search")


def contributions_view(req: Request, title: str, user: str, params) -> Response | None:
    revs = sorted(
        ((p, r) for p in PAGES.values() for r in p.revs if r.user == user and p.kind != "file"),
        key=lambda pr: pr[1].id,
        reverse=True,
    )
    if not revs:
        return None
    lines = "".join(_rev_line(p, r, history=False) for p, r in revs[:50])
    content = f'<p>Đóng góp của {user_link(user)}</p><ul class="mw-contributions-list">{lines}</ul>'
    return _special_shell(
        req, title, f"Đóng góp của thành viên {user}", content, params, "Contributions"
    )


def recent(limit: int = 50) -> list[tuple[Page, Rev]]:
    return sorted(
        ((p, r) for p in PAGES.values() for r in p.revs if r.ts >= RC_SINCE and p.kind != "file"),
        key=lambda pr: pr[1].id,
        reverse=True,
    )[:limit]


def feed(req: Request) -> Response:
    host = base_url(req)
    entries = []
    for p, r in recent():
        i = p.revs.index(r)
        if i:
            link = host + idx(p.title, ("diff", r.id), ("oldid", p.revs[i - 1].id))
        else:
            link = host + idx(p.title, ("oldid", r.id))
        summary = _html.escape(f"<p>{r.user}: {r.comment}</p>", quote=False)
        entries.append(
            f"\t<entry>\n\t\t<id>{esc(link)}</id>\n\t\t<title>{esc(p.title)}</title>\n"
            f'\t\t<link rel="alternate" type="text/html" href="{esc(link)}"/>\n\t\t<updated>{utc(r.ts)}</updated>\n\n'
            f'\t\t<summary type="html">{summary}</summary>\n\t\t<author><name>{esc(r.user)}</name></author>\n'
            "\t</entry>\n"
        )
    body = (
        '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">\n'
        f"\t\t<id>{host}/api.php?action=feedrecentchanges&amp;feedformat=atom</id>\n"
        f"\t\t<title>{SITENAME}  - Thay đổi gần đây [vi]</title>\n"
        f'\t\t<link rel="self" type="application/atom+xml" href="{host}/api.php?action=feedrecentchanges&amp;feedformat=atom"/>\n'
        f'\t\t<link rel="alternate" type="text/html" href="{host}{wiki("Đặc biệt:Thay đổi gần đây")}"/>\n'
        "\t\t<updated>2026-12-05T02:12:00Z</updated>\n"
        "\t\t<subtitle>Theo dõi các thay đổi gần đây nhất của wiki tại trang này.</subtitle>\n"
        "\t\t<generator>MediaWiki 1.39.6</generator>\n" + "".join(entries) + "</feed>"
    )
    return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})


def special(req: Request, title: str, params) -> Response | None:
    d = dict(params)
    name, _, sub = title.split(":", 1)[1].partition("/")
    canon = _SPECIALS.get(name.lower())
    if canon == "Tìm kiếm":
        return search_view(req, title, sub or d.get("search", ""), params, go="fulltext" not in d)
    if canon == "Đăng nhập":
        form = (
            f'<form name="userlogin" method="post" action="{esc(idx("Đặc biệt:Đăng nhập", ("action", "submitlogin"), ("type", "login"), ("returnto", d.get("returnto", ""))))}">'
            '<div><label for="wpName1">Tên người dùng</label><input id="wpName1" name="wpName" size="20"/></div>'
            '<div><label for="wpPassword1">Mật khẩu</label><input id="wpPassword1" type="password" '
            'name="wpPassword" size="20"/></div><div><input type="checkbox" name="wpRemember" value="1"/> '
            'Giữ trạng thái đăng nhập</div><div><button type="submit" name="wpLoginAttempt">Đăng nhập</button></div>'
            "</form><p>Tài khoản do Tổ Văn phòng cấp cho cán bộ, giáo viên nhà trường.</p>"
        )
        return _special_shell(req, title, "Đăng nhập", form, params, "Userlogin")
    if canon == "Thể loại":
        cats = sorted(
            (p for p in PAGES.values() if p.kind == "category"), key=lambda p: vi_key(p.title)
        )
        items = "".join(f"<li>{_a(p.title, p.title.split(':', 1)[1])}</li>" for p in cats)
        return _special_shell(req, title, "Thể loại", f"<ul>{items}</ul>", params, "Categories")
    if canon == "Đóng góp" and sub:
        return contributions_view(req, title, normalize(sub), params)
    if canon == "Lịch sử" and sub:
        target = PAGES.get(normalize(sub))
        return redirect(idx(target.title, ("action", "history")), 302) if target else None
    if canon == "Ngẫu nhiên":
        return redirect(wiki("Giới thiệu"), 302)
    if canon == "Thay đổi gần đây":
        if d.get("feed"):
            return redirect("/api.php?action=feedrecentchanges&feedformat=" + quote(d["feed"]), 301)
        lines = "".join(_rev_line(p, r, history=False) for p, r in recent())
        return _special_shell(
            req,
            title,
            "Thay đổi gần đây",
            f'<ul class="special">{lines}</ul>',
            params,
            "Recentchanges",
        )
    return message_view(
        req,
        title,
        "Không có trang đặc biệt như vậy",
        "Bạn đã yêu cầu một trang đặc biệt không tồn tại.",
        params,
        404,
    )


# --- the wiki's page table ----------------------------------------------------------------


def _size(page: Page, rev: Rev) -> int:
    if page.story is None:
        return 900 + (len(page.title.encode("utf-8")) * 37) % 2100
    story = page.old.get(page.revs.index(rev), page.story) if rev is not page.cur else page.story
    return 640 + sum(len(p.encode("utf-8")) for p in story.paragraphs) + 41 * len(story.blocks)


def _build_pages() -> dict[str, Page]:
    pages: dict[str, Page] = {}

    def add(p: Page) -> Page:
        pages[p.title] = p
        return p

    add(
        Page(
            "Trang Chính",
            "main",
            [Rev("2026-08-20 10:00", "Quantri", "Cập nhật khung Tin mới, Thông báo")],
            body=main_body,
            notoc=True,
            views=184223,
            uses={"Cong_truong_LTV.jpg"},
        )
    )
    add(
        Page(
            "Tin tức",
            "portal",
            [Rev("2026-09-01 08:30", "Quantri", "Trang chuyên mục")],
            body=portal_body,
            views=9310,
        )
    )
    add(
        Page(
            "Thông báo",
            "redirect",
            [Rev("2026-09-01 08:35", "Quantri", "Đổi hướng đến [[:Thể loại:Thông báo]]")],
            target="Thể loại:Thông báo",
        )
    )
    add(
        Page(
            "Giới thiệu",
            "other",
            [Rev("2026-09-05 14:20", "Quantri", "")],
            body=intro_body,
            views=5127,
            uses={"Cong_truong_LTV.jpg"},
        )
    )
    add(
        Page(
            SITENAME + ":Giới thiệu",
            "redirect",
            [Rev("2026-09-05 14:25", "Quantri", "Đổi hướng đến [[Giới thiệu]]")],
            target="Giới thiệu",
        )
    )
    add(
        Page(
            TKB,
            "other",
            [Rev("2026-11-07 16:30", "Chuyenmon.ltv", "Cập nhật TKB mùa đông")],
            body=tkb_body,
            views=2960,
        )
    )
    add(
        Page(
            DOINGU,
            "other",
            [Rev("2026-09-06 09:15", "Vanphong.ltv", "")],
            body=staff_body,
            views=1840,
        )
    )
    add(
        Page(
            "Liên hệ",
            "other",
            [Rev("2026-09-05 14:40", "Quantri", "")],
            body=contact_body,
            views=2210,
        )
    )
    for name, parents in [
        ("Tin tức", []),
        ("Thông báo", ["Tin tức"]),
        ("Hoạt động chuyên môn", ["Tin tức"]),
        ("Đoàn trường", ["Tin tức"]),
        ("Văn bản", []),
        ("Thư viện ảnh", []),
        ("Video", []),
    ]:
        add(
            Page(
                "Thể loại:" + name,
                "category",
                [Rev("2026-09-01 08:20", "Quantri", "")],
                cats=parents,
                views=812,
            )
        )
    add(
        Page(
            VANBAN,
            "other",
            [Rev("2026-10-15 16:10", "Vanphong.ltv", "")],
            body=vanban_body,
            cats=["Văn bản"],
            sortkey="312-QĐ-THPTLTV",
            display_html="Quyết định số 312/QĐ-THPTLTV ngày 15/10/2026",
            views=164,
        )
    )
    add(
        Page(
            ALBUM,
            "other",
            [Rev("2026-11-15 20:30", "Doantruong.ltv", "Album ảnh Hội thao")],
            body=album_body,
            cats=["Thư viện ảnh"],
            display_html="Album ảnh: Hội thao chào mừng 20/11/2026",
            views=733,
            uses={name for name, _ in ALBUM_IMAGES},
        )
    )
    add(
        Page(
            VIDEO,
            "other",
            [Rev("2026-11-21 09:00", "Doantruong.ltv", "")],
            body=video_body,
            cats=["Video"],
            views=298,
        )
    )
    add(
        Page(
            LICH,
            "other",
            [Rev("2026-11-29 15:00", "Vanphong.ltv", "Lịch công tác tuần 14")],
            body=lich_body,
            views=377,
        )
    )
    for s in STORIES:
        title = s.opts["page"]
        display = s.opts.get("display_html") or (esc(s.title) if s.title != title else None)
        add(
            Page(
                title,
                "article",
                list(s.opts["revs"]),
                story=s,
                cats=[s.cat, *s.opts.get("themes", [])],
                sortkey=title.rsplit("/", 1)[1] if "/" in title else "",
                display_html=display,
                old=s.opts.get("old", {}),
                views=s.views(),
                uses={img_parts(i.src)[0] for i in s.images},
            )
        )
        for r in s.opts.get("redirects", []):
            add(
                Page(
                    r,
                    "redirect",
                    [Rev("2026-11-21 08:10", "Quantri", f"Đổi hướng đến [[{title}]]")],
                    target=title,
                )
            )
    captions = {
        img_parts(i.src)[0]: i.printed or i.style.partition(":")[2]
        for s in STORIES
        for i in s.images
    }
    captions |= dict(ALBUM_IMAGES) | {"Cong_truong_LTV.jpg": "Cổng trường THPT Lương Thế Vinh"}
    for p in list(pages.values()):
        for name in sorted(p.uses):
            key = "Tập tin:" + name.replace("_", " ")
            if key not in pages:
                add(
                    Page(
                        key,
                        "file",
                        [Rev(p.revs[0].ts, p.revs[0].user, "")],
                        desc=captions[name],
                        views=41,
                    )
                )
    order = sorted(pages.values(), key=lambda p: (p.revs[0].ts, p.kind != "file", p.title))
    for n, p in enumerate(order, start=12):
        p.page_id = n
    revs = sorted(
        (
            (r.ts, p.kind != "file", p.title, i)
            for p in pages.values()
            for i, r in enumerate(p.revs)
        ),
    )
    for n, (_, _, title, i) in enumerate(revs, start=1187):
        pages[title].revs[i].id = n
    for p in pages.values():
        for r in p.revs:
            r.size = _size(p, r)
    return pages


PAGES = _build_pages()
_BY_ID = {p.page_id: p for p in PAGES.values()}
_BY_REV = {r.id: (p, r) for p in PAGES.values() for r in p.revs}


# --- HTTP ---------------------------------------------------------------------------------------


def _decode_path(path: str) -> str:
    """A raw UTF-8 request line arrives as latin-1 characters; read it back as UTF-8."""
    if any("\x80" <= c <= "\xff" for c in path):
        try:
            return path.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return path
    return path


def _rev_of(page: Page, value: str | None) -> Rev | None:
    if not value or not value.isdigit():
        return None
    found = _BY_REV.get(int(value))
    return found[1] if found and found[0] is page else None


def _neighbour(page: Page, rev: Rev, step: int) -> Rev | None:
    i = page.revs.index(rev) + step
    return page.revs[i] if 0 <= i < len(page.revs) else None


class MediaWikiSite:
    """Routes /wiki/<Title>, /index.php?title=…&…, /images/…, load.php, api.php like MediaWiki 1.39."""

    def respond(self, req: Request) -> Response | None:
        path = _decode_path(req.path)
        params = parse_qsl(req.query, keep_blank_values=True)
        if req.method == "POST":
            return self._post(req, path, params)
        if path == "/":
            return redirect(START_PATH, 301)
        if path.startswith("/images/"):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico" or path.startswith("/resources/"):
            return static_file(path)
        if path == "/load.php":
            css = dict(params).get("only") == "styles"
            body = (
                "/* ResourceLoader */.mw-body{padding:1em}"
                if css
                else "/* ResourceLoader startup */"
            )
            ctype = "text/css" if css else "text/javascript"
            return Response(200, body, {"Content-Type": f"{ctype}; charset=utf-8"})
        if path == "/opensearch_desc.php":
            return Response(
                200,
                '<?xml version="1.0"?><OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">'
                f"<ShortName>{SITENAME}</ShortName><InputEncoding>UTF-8</InputEncoding></OpenSearchDescription>",
                {"Content-Type": "application/opensearchdescription+xml"},
            )
        if path == "/api.php":
            return self._api(req, dict(params))
        if path.startswith("/wiki/"):
            raw = unquote(path[len("/wiki/") :])
            if not raw:
                return redirect(START_PATH, 301)
            title = normalize(raw)
            if dbkey(title) != raw:
                return redirect(wiki(title) + (f"?{req.query}" if req.query else ""), 301)
            return self.dispatch(req, title, [("title", dbkey(title)), *params])
        if path == "/index.php":
            d = dict(params)
            if "title" not in d:
                if d.get("curid", "").isdigit() and int(d["curid"]) in _BY_ID:
                    return self.dispatch(req, _BY_ID[int(d["curid"])].title, params)
                if d.get("oldid", "").isdigit() and int(d["oldid"]) in _BY_REV:
                    return self.dispatch(req, _BY_REV[int(d["oldid"])][0].title, params)
                if "search" in d:
                    return self.dispatch(req, "Đặc biệt:Tìm kiếm", params)
                return redirect(START_PATH, 301)
            title = normalize(d["title"])
            if len(d) == 1:
                return redirect(wiki(title), 301)
            return self.dispatch(req, title, params)
        return None

    def _post(self, req: Request, path: str, params) -> Response | None:
        d = dict(params)
        if path != "/index.php" or "title" not in d:
            return None
        title = normalize(d["title"])
        if d.get("action") == "ajaxpoll":
            return message_view(
                req, title, "Bình chọn", "Cảm ơn bạn đã tham gia bình chọn!", params, 200
            )
        if ns_of(title) == -1 and "nhập" in title:
            return message_view(
                req,
                title,
                "Đăng nhập",
                "Tên đăng nhập hoặc mật khẩu không đúng. Xin hãy thử lại.",
                params,
                200,
            )
        return None

    def _api(self, req: Request, d: dict[str, str]) -> Response:
        if d.get("action") == "feedrecentchanges":
            return feed(req)
        if d.get("action") == "rsd":
            return Response(
                200,
                '<?xml version="1.0"?><rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd"><service>'
                '<apis><api name="MediaWiki" preferred="true" apiLink="/api.php" blogID=""/></apis>'
                "</service></rsd>",
                {"Content-Type": "application/rsd+xml; charset=utf-8"},
            )
        return Response(
            200,
            json.dumps(
                {
                    "error": {
                        "code": "badvalue",
                        "info": 'Unrecognized value for parameter "action".',
                    }
                }
            ),
            {"Content-Type": "application/json; charset=utf-8"},
        )

    def dispatch(self, req: Request, title: str, params: list[tuple[str, str]]) -> Response | None:
        d = dict(params)
        if ns_of(title) == -1:
            return special(req, title, params)
        page = PAGES.get(title)
        action = d.get("action", "view")
        if page is None:
            if action == "edit":
                return permission_view(req, title, params)
            if action in ("view", "history", "info"):
                return missing_view(req, title, params)
            return None
        if action == "history":
            return history_view(req, page, params)
        if action == "info":
            return info_view(req, page, params)
        if action == "edit":
            return permission_view(req, title, params)
        if action != "view":
            return None
        if "diff" in d:
            return self._diff(req, page, params, d)
        if "oldid" in d:
            rev = _rev_of(page, d["oldid"])
            if rev is None:
                return message_view(
                    req,
                    title,
                    "Không tìm thấy phiên bản",
                    "Không tìm thấy phiên bản cũ của trang.",
                    params,
                    404,
                )
            if d.get("direction") in ("prev", "next"):
                rev = _neighbour(page, rev, -1 if d["direction"] == "prev" else 1) or rev
            return view_page(req, page, params, rev)
        if page.kind == "redirect":
            if d.get("redirect") == "no":
                return redirect_page(req, page, params)
            return view_page(req, PAGES[page.target or ""], params, redirected_from=page)
        return view_page(req, page, params)

    def _diff(self, req: Request, page: Page, params, d: dict[str, str]) -> Response | None:
        if page.story is None:
            return None
        dv, ov = d["diff"], d.get("oldid")
        if dv in ("prev", "next", "cur"):
            base = _rev_of(page, ov)
            if base is None:
                return None
            if dv == "prev":
                old, new = _neighbour(page, base, -1), base
            elif dv == "next":
                old, new = base, _neighbour(page, base, 1) or base
            else:
                old, new = base, page.cur
        else:
            new = _rev_of(page, dv)
            if new is None:
                return None
            old = _rev_of(page, ov) if ov and ov != "0" else _neighbour(page, new, -1)
            if old is not None and old.id > new.id:
                old, new = new, old
        return diff_view(req, page, params, old, new)


def build_site() -> MediaWikiSite:
    return MediaWikiSite()


# --- gold -------------------------------------------------------------------------------------


def alt_paths(page: Page) -> list[str]:
    """Every URL a reader can reach that prints this article as it reads now.

    The toolbox's permalink, the share bar's print view, the footer's mobile view (and the mobile
    view's "Máy tính" link back), ?curid=, a redirect's title, the fbclid link pasted on the main
    page, and "Phiên bản mới hơn →" from the older revision all serve the current text.
    """
    title = page.title
    bases: list[list[tuple[str, str]]] = [
        [],
        [("printable", "yes")],
        [("oldid", str(page.cur.id))],
        [("curid", str(page.page_id))],
    ]
    if len(page.revs) > 1:
        bases.append([("direction", "next"), ("oldid", str(page.revs[-2].id))])
    if title == T_HSG:
        bases.append([("fbclid", FBCLID)])
    out: list[str] = []
    for base in bases:
        if base and base[0][0] == "curid":
            out.append(f"/index.php?curid={page.page_id}")
        elif base and base[0][0] == "fbclid":
            out.append(f"{wiki(title)}?fbclid={FBCLID}")
        elif base:
            out.append(idx(title, *base))
        out += [
            toggle(title, base, "toggle_view_mobile"),
            toggle(title, base, "toggle_view_desktop"),
        ]
    out += [wiki(r) for r in page.story.opts.get("redirects", [])] if page.story else []
    return out


GOLD = [
    gold_record(
        p.story, wiki(p.title), p.story.cat, canonical_path=wiki(p.title), alt_paths=alt_paths(p)
    )
    for p in (PAGES[s.opts["page"]] for s in STORIES)
    if p.story is not None
]

NON_ARTICLES = [
    wiki("Giới thiệu"),
    wiki("Liên hệ"),
    wiki(VANBAN),
    wiki(ALBUM),
    wiki(VIDEO),
    wiki(LICH),
    wiki(TKB),
    wiki("Tập tin:LTV_20-11-2026_le_ky_niem_01.jpg"),
]
