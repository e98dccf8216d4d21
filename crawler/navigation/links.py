"""Links of a page, sorted by what they lead to: articles, pagination, postbacks, other sections.

Pure functions of an lxml tree and its URL. The spider decides what to follow; this module only
says what each link looks like.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import etree
from lxml.html import HtmlElement

from crawler.core.dates import as_printed, find_dates, parse_meta_datetime, shown_text
from crawler.core.elements import text_of
from crawler.core.hidden import is_hidden
from crawler.core.lines import is_widget_heading
from crawler.core.text import clean_line, fold
from crawler.core.urls import base_href as page_base
from crawler.core.urls import clean_url, escaped_fragment_url, host_of, is_attachment
from crawler.core.vocab import families, is_noise_families, main_column, names_of
from crawler.navigation.scripts import (
    ScriptCall,
    ScriptPager,
    bound_call,
    bound_pagers,
    data_source_pagers,
    framework_page_url,
    loaded_lists,
    page_variables,
    pager_for,
    script_call,
    script_pagers,
)
from crawler.navigation.urls import looks_like_article_url, rules
from crawler.phrases import phrase_set

_POSTBACK = re.compile(r"__doPostBack\(\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]*)['\"]\s*\)")
_ONCLICK_URL = re.compile(
    r"(?:(?:self|window|document|top|parent)\.)?location(?:\.href)?\s*=\s*['\"]([^'\"]+)['\"]"
    r"|location\.(?:assign|replace)\(\s*['\"]([^'\"]+)['\"]\s*\)"
    r"|window\.open\(\s*['\"]([^'\"]+)['\"]"
    # (Dreamweaver's behaviours, whose helpers every such page defines: "MM_openBrWindow('thongbao/
    # tb.html','tb','width=650')" opens the page in a window, "MM_goToURL('parent','tin.html')" goes to it)
    r"|MM_openBrWindow\(\s*['\"]([^'\"]+)['\"]"
    r"|MM_goToURL\(\s*['\"][^'\"]*['\"]\s*,\s*['\"]([^'\"]+)['\"]",
    re.I,
)
#: a script call whose first argument is the address it loads ("javascript:ajaxGet('/portal/sgddt/
#: tin-tuc?…&objectId=2&ajaxRequest=true')", eXo's page iterator): read on pager links only
#: (after an event argument too: SharePoint's ``RefreshPageTo(event, "\u002fsites…")``)
_SCRIPT_URL_ARG = re.compile(
    r"[A-Za-z_$][\w$.]*\(\s*(?:[A-Za-z_$][\w$]*\s*,\s*)?['\"]((?:/|https?://|\?)[^'\"\s]*)['\"]"
)
#: a JavaScript string's escapes (``\u002f``, ``\x26``, ``\/``): a script may print an address
#: escaped inside its string literal, which a browser reads unescaped
_JS_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|\\(/)")


def _js_unescaped(script: str) -> str:
    if "\\" not in script:
        return script
    return _JS_ESCAPE.sub(lambda m: m.group(3) or chr(int(m.group(1) or m.group(2), 16)), script)


_NUMBER = re.compile(r"^\[?\d{1,4}\]?$")


@cache
def _pager_words() -> frozenset[str]:
    return frozenset(fold(w) or w for w in rules()["pager_words"])


@cache
def _page_path() -> re.Pattern[str]:
    return re.compile("|".join(rules()["page_path"]), re.I)


@cache
def _page_params() -> frozenset[str]:
    return frozenset(rules()["page_params"])


@cache
def _page_size_params() -> frozenset[str]:
    return frozenset(rules()["page_size_params"])


@dataclass
class Link:
    url: str
    text: str
    in_pager: bool = False
    in_menu: bool = False
    in_noise: bool = False
    date: str | None = None  # a date printed beside the link (listing entries)
    via: str = "href"  # href | onclick | frame | script_form | framework | load_more | select | script_list | rel_next | rel_prev
    #: inside the readers' comments (a comment's links, the forum thread the comments live in)
    in_comments: bool = False

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Postback:
    target: str
    argument: str
    text: str


@dataclass
class PageLinks:
    links: list[Link] = field(default_factory=list)
    postbacks: list[Postback] = field(default_factory=list)
    #: pager links that only a script follows ("LoadList(12, 2)"), with where their functions may
    #: be read: the page's own inline pagers and its script files (crawler.navigation.scripts)
    script_calls: list[ScriptCall] = field(default_factory=list)
    inline_pagers: dict[str, ScriptPager] = field(default_factory=dict)
    script_files: list[str] = field(default_factory=list)
    #: the variables the page's inline scripts set ("var MUC = 5;"), which a pager may read
    page_vars: dict[str, str] = field(default_factory=dict)
    #: the inline scripts are read (inline_pagers and page_vars filled)
    inline_read: bool = False
    #: the element of each link (parallel to ``links``), for structure: valid while the tree lives
    anchors: list[HtmlElement] = field(default_factory=list)


def page_key(url: str) -> tuple[str, str]:
    """A listing's identity without its page number: (path without /page/N, query without page params)."""
    parts = urlsplit(url)
    path = _page_path().sub("/", parts.path) if _page_path().search(parts.path) else parts.path
    # (a front controller's name before the route says nothing of the list: CodeIgniter and
    # Joomla serve "/index.php/chuyen-muc/x" and "/chuyen-muc/x" alike, and pagers print either)
    path = path[len("/index.php") :] or "/" if path.startswith("/index.php/") else path
    # (a route in a parameter carries its page as a path does: NukeViet with rewriting off,
    # "index.php?…&op=tin-tuc-su-kien/page-2")
    query = sorted(
        (k, (_page_path().sub("/", v).rstrip("/") if "/" in v and _page_path().search(v) else v))
        for k, v in _route_params(parse_qsl(parts.query, keep_blank_values=True))
        if not is_page_param(k) and k.lower() not in _page_size_params()
    )
    return path.rstrip("/") or "/", "&".join(f"{k}={v}" for k, v in query)


def _route_params(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The query's parameters, a hashbang snapshot's route's own among them ("_escaped_fragment_=
    /danh-muc/tin-hoat-dong?trang=2": the route, and its page "trang")."""
    out: list[tuple[str, str]] = []
    for key, value in pairs:
        if key == "_escaped_fragment_" and "?" in value:
            route, _, inner = value.partition("?")
            out.append((key, route))
            out.extend(parse_qsl(inner, keep_blank_values=True))
        else:
            out.append((key, value))
    return out


def is_page_param(key: str) -> bool:
    """A query parameter or form field that numbers a list's pages (rules.toml's page_params)."""
    k = key.lower()
    return k in _page_params() or k.endswith(("_cur", "_page", "pageindex", "_start"))


def is_pager_text(text: str) -> bool:
    key = fold(text) or text.strip()
    return bool(_NUMBER.match(text.strip())) or key in _pager_words() or text.strip() in _pager_words()


#: a drop-down's change handler that opens the chosen option's address
_GOES_TO_VALUE = re.compile(r"(?:location(?:\.href)?|window\.open)\s*[=(]\s*(?:this|[\w.]+)\.(?:value|options)", re.I)


def _option_url(option: HtmlElement, base_href: str) -> str | None:
    """The address a navigating drop-down's option opens, or None."""
    select = next(option.iterancestors("select"), None)
    value = (option.get("value") or "").strip()
    if select is None or not value or value.startswith(("#", "javascript:")) or not _GOES_TO_VALUE.search(select.get("onchange") or ""):
        return None
    url = urljoin(base_href, value)
    if not url.startswith(("http://", "https://")) or is_attachment(url):
        return None
    return clean_url(url)


def _load_more_url(el: HtmlElement) -> str | None:
    """The address a load-more button keeps in its data (rules.toml's load_more_url_attributes)."""
    for name in rules()["load_more_url_attributes"]:
        value = (el.get(name) or "").strip()
        if value and not value.startswith(("#", "javascript:")) and ("/" in value or "?" in value):
            return value
    return None


def is_load_more_text(text: str) -> bool:
    """A "load more" button's label ("Xem thêm tin", "Tải thêm"): rules.toml's load_more_words."""
    return fold(text) in _load_more_words()


@cache
def _load_more_words() -> frozenset[str]:
    return frozenset(fold(w) for w in rules()["load_more_words"])


def _resized(url: str, other: str) -> bool:
    """``url`` is ``other`` with only its page size changed (rules.toml page_size_params:
    OpenCart's "?limit=25" in its "Hiển thị" drop-down): the same list, the same posts."""
    a, b = urlsplit(url), urlsplit(other)
    if (a.netloc.lower(), a.path.rstrip("/")) != (b.netloc.lower(), b.path.rstrip("/")):
        return False
    qa, qb = dict(parse_qsl(a.query, keep_blank_values=True)), dict(parse_qsl(b.query, keep_blank_values=True))
    changed = {k for k in qa.keys() | qb.keys() if qa.get(k) != qb.get(k)}
    return bool(changed) and all(k.lower() in _page_size_params() for k in changed)


def differs_by_page(url: str, other: str) -> bool:
    """True when two URLs are the same listing at different pages."""
    return page_key(url) == page_key(other) and clean_url(url) != clean_url(other)


_CONTENT_TAGS = frozenset(["article", "main"])
_CHROME_TAGS = frozenset(["nav", "footer", "header", "aside"])
Flags = tuple[bool, bool, bool, bool, bool]  # pager, menu, noise, comments (by names); chrome tag


def _own_flags(el: HtmlElement, memo: dict[HtmlElement, Flags]) -> Flags:
    """What the element itself says: (pager, menu, noise) by its class/id, and whether its tag is a
    chrome tag (nav, footer, header, aside); memoised per element."""
    flags = memo.get(el)
    if flags is None:
        tag = el.tag
        # (the page's own classes on <body> and <html> describe the page, its skin and its
        # features, never a box: MediaWiki's "skin-vector-search-vue", "vector-feature-sticky-header-…")
        names = names_of(el) if tag not in ("body", "html") else ""
        if not names:
            flags = (False, False, False, False, tag in _CHROME_TAGS)
        else:
            found = families(names)
            noise = is_noise_families(found) and not main_column(el, found)
            flags = ("pager" in found, "menu" in found, noise, "comments" in found, tag in _CHROME_TAGS)
        memo[el] = flags
    return flags


def _in_headed_widget(a: HtmlElement, memo: dict[HtmlElement, HtmlElement | None], levels: int = 5) -> bool:
    """Inside a box whose first line is a widget's heading ("Tin đọc nhiều", "Thông báo":
    phrases/widgets.txt), within a few levels: its first child, or its first row's first cell;
    the link not inside that heading itself. (``memo``: each box's heading, or None.)"""
    ancestors = [box for _, box in zip(range(levels), a.iterancestors(), strict=False)]
    for box in ancestors:
        if box.tag in ("body", "html"):
            return False
        if box not in memo:
            first = next((c for c in box if isinstance(c.tag, str)), None)
            if first is not None and first.tag == "tr":
                first = next((c for c in first if isinstance(c.tag, str)), None)
            memo[box] = first if first is not None and _widget_heading_box(first) else None
        heading = memo[box]
        if heading is not None and heading is not a and heading not in ancestors:
            return True
    return False


def _widget_heading_box(el: HtmlElement) -> bool:
    text = el.text if not len(el) else text_of(el) if sum(1 for _ in el.iter()) <= 4 else ""
    text = clean_line(text or "")
    return 0 < len(text) <= 40 and is_widget_heading(text)


def _context_flags(a: HtmlElement, memo: dict[HtmlElement, Flags] | None = None) -> tuple[bool, bool, bool, bool]:
    """(pager, menu, noise, comments) of a link from its ancestors. HTML5 header/footer/nav/aside inside an
    ``<article>`` or ``<main>`` belong to that content (a post's header holds its linked title on
    a listing), so their tags count only outside one."""
    memo = memo if memo is not None else {}
    pager = menu = noise = comments = False
    tag_menu = tag_noise = False
    for depth, anc in enumerate(a.iterancestors()):
        if depth > 8:
            break
        if anc.tag in _CONTENT_TAGS:
            tag_menu = tag_noise = False
        p, m, n, c, chrome = _own_flags(anc, memo)
        pager, menu, noise, comments = pager or p, menu or m, noise or n, comments or c
        if chrome:
            tag_menu = tag_menu or anc.tag == "nav"
            tag_noise = tag_noise or anc.tag in ("footer", "aside")
    return pager, menu or tag_menu, noise or tag_noise, comments


#: how far into an entry's teaser a date may start and still date the entry
_OPENING_DATE_CHARS = 25


def _entry_date(a: HtmlElement, memo: dict[HtmlElement, tuple[str | None, str | None]] | None = None) -> str | None:
    """A date printed beside a listing link: right after it ("… (12/03/2010)"), or in the link's
    own block (li, tr, div of the entry) when that block holds no other link's title: a date in a
    box of several titles belongs to one of them, not to all."""
    memo = memo if memo is not None else {}
    beside = clean_line(" ".join(filter(None, [a.tail or "", _next_text(a)])))[:60]
    if beside and any(ch.isdigit() for ch in beside):
        found = find_dates(beside)
        if found and found[0].start < 12:
            return found[0].iso()
    block = a.getparent()
    in_text: str | None = None  # a date inside the entry's sentence, if no date box turns up
    for _ in range(3):
        if block is None:
            break
        if block.tag in ("li", "tr", "div", "article", "p", "dd", "td", "section"):
            key = block
            if key not in memo:
                # the pieces of text joined with spaces: minified markup glues "lớp 5" to "08/03/2024"
                text = clean_line(" ".join(block.itertext()))
                memo[key] = (None, None)
                # the titles in the block only when it may hold a date (the cheap tests first)
                if len(text) < 600 and any(ch.isdigit() for ch in text):
                    titles = [x for x in block.iter("a") if len(clean_line(text_of(x))) >= 15]
                    titled = {clean_url(x.get("href") or "") for x in titles}
                    if len(titled) <= 1:
                        memo[key] = (_date_box(block), _opening_date(block, titles))
            boxed, loose = memo[key]
            if boxed:
                return boxed
            in_text = in_text or loose
            if block.tag in ("li", "tr", "article"):
                break
        block = block.getparent()
    return in_text


def _opening_date(block: HtmlElement, titles: list[HtmlElement]) -> str | None:
    """A date opening one of the entry's pieces of text: a teaser's sentence ("Sáng 05/10/2026,
    Trường … tổ chức …", the event's day, near the post's) or its meta line ("Viết bởi <a>admin</a>
    vào 07/04/2026 21:10"). One deeper in a sentence names another thing's day ("Căn cứ Hướng dẫn
    số 1865/SGDĐT-GDMN ngày 05/9/2026 …", a document the post cites); one in the title itself
    ("… Ngày Nhà giáo 20/11/1982 – 20/11/2026") is the headline's words."""
    inside_titles = {el for x in titles for el in x.iter()}
    for el in block.iter():
        if not isinstance(el.tag, str):
            continue
        # (a hidden stamp's text is no piece a reader sees, its tail is)
        pieces = ([] if el in inside_titles or is_hidden(el) else [el.text]) + ([] if el.getparent() in inside_titles or el is block else [el.tail])
        for piece in pieces:
            line = clean_line(piece or "")
            if line and any(ch.isdigit() for ch in line):
                found = next((f for f in find_dates(line) if f.start < _OPENING_DATE_CHARS), None)
                if found is not None:
                    return found.iso()
    return None


def _date_box(block: HtmlElement) -> str | None:
    """The entry's own date box: a <time datetime>, or an element whose own short text is a date
    ("<span class=post-date>14/10/2026</span>"). It wins over a date inside the teaser's sentence
    ("Ngày 13/10/2026, Trường … tổ chức …" names the event's day, not the post's)."""
    for el in block.iter():
        if not isinstance(el.tag, str) or is_hidden(el):
            continue  # (a stamp for search engines only: Avada's "updated rich-snippet-hidden", the last edit)
        if el.tag == "time" and el.get("datetime"):
            found = parse_meta_datetime(as_printed(el.get("datetime"), shown_text(el)))
            if found:
                return found.iso()
        own = (el.text or "").strip()
        if own and len(own) <= 40 and any(ch.isdigit() for ch in own):
            found = find_dates(own)
            # (a link's text is a date box only when it is the date: a permalink "20/11/2026",
            # not a short headline holding one, "Lịch thi ngày 20/11/2026")
            if found and (el.tag != "a" or len(own) - (found[0].end - found[0].start) <= 12):
                return found[0].iso()
    return None


def _next_text(a: HtmlElement) -> str:
    nxt = a.getnext()
    return text_of(nxt) if nxt is not None and nxt.tag in ("span", "em", "i", "small", "font", "time") else ""


def _label_of(a: HtmlElement) -> str:
    """A text-less link's name: its title or aria-label (a card-wide "entry-link"), or the alt text
    of its image (logos, thumbnails)."""
    label = a.get("title") or a.get("aria-label") or a.get("alt") or ""
    if not label:
        img = next(a.iter("img"), None)
        label = (img.get("alt") or img.get("title") or "") if img is not None else ""
    return clean_line(label)


#: a page that asks crawlers for its HTML snapshot (Google's AJAX crawling scheme): "<meta
#: name=fragment content=!>"
_SNAPSHOT_MARK = etree.XPath('//meta[@name="fragment" and @content="!"]')


def extract_links(tree: HtmlElement, base_url: str, want_dates: bool = True) -> PageLinks:
    out = PageLinks()
    base_href = page_base(tree, base_url)
    # a hashbang site served to crawlers as snapshots: its "#!/route" links are the snapshots'
    # addresses, and its shell's own snapshot is the page to read (the shell holds no content)
    snapshots = "_escaped_fragment_=" in base_url or bool(_SNAPSHOT_MARK(tree))
    if snapshots and "_escaped_fragment_=" not in base_url:
        out.links.append(Link(clean_url(escaped_fragment_url(base_url.partition("#")[0] + "#!")), "", in_menu=True, via="snapshot"))
        out.anchors.append(tree)
    seen: set[str] = set()
    widget_memo: dict[HtmlElement, HtmlElement | None] = {}
    data_pages: list[int] = []
    memo: dict[HtmlElement, Flags] = {}
    dates: dict[HtmlElement, tuple[str | None, str | None]] = {}
    forms: dict[str, Any] = {}  # the paging form, found once when a script pager needs it
    # (and the pager elements of htmx and Livewire, whose address is in their attributes)
    for el in tree.xpath(
        "//a | //area | //frame[@src] | //iframe[@src] | //turbo-frame[@src] | //*[@onclick] | //*[@hx-get or @data-hx-get] | //*[@*[name()='wire:click']]"
        " | //button[@*[starts-with(name(), 'data-')]] | //select[@onchange]/option[@value] | //link[@rel='next' or @rel='prev'][@href]"
    ):
        if el.tag == "link":
            # the list's next and previous pages as the page's head names them: an infinite-scroll
            # theme's script follows rel=next, and no pager is printed (WordPress, Yoast)
            url = urljoin(base_href, (el.get("href") or "").strip())
            if url.startswith(("http://", "https://")) and host_of(url) == host_of(base_url):
                out.links.append(Link(clean_url(url), "", in_pager=True, via="rel_" + (el.get("rel") or "").strip().lower()))
                out.anchors.append(el)
            continue
        if el.tag == "option":
            # a pager drawn as a drop-down that goes where the chosen option says ("<select
            # onchange='location.href=this.value'><option value='?trang=2'>Trang 2</option>"): its
            # pages are links a reader follows by choosing them (other drop-downs, a "Liên kết
            # website" list, lead to other sites, which the scope rules leave out)
            url = _option_url(el, base_href)
            if url is not None and _resized(url, base_url):
                continue  # (the list at another page size, "Hiển thị: 5 | 10 | 25" as "?limit=25": the same list)
            if url is not None:
                text = clean_line(text_of(el))
                # (a pager's options are this list at other pages: "Trang 2", "2/5")
                pager = is_pager_text(text) or (host_of(url) == host_of(base_url) and differs_by_page(url, base_url))
                out.links.append(Link(url, text, in_pager=pager, in_menu=not pager, via="select"))
                out.anchors.append(el)
            continue
        if el.tag == "turbo-frame":
            # a Hotwire frame the browser fills from its own address, at once or when scrolled to
            # (loading="lazy"): a list's entries, or its next page, arrive only so; its answer is
            # a page of the list (no layout of its own), read as the list's next page
            src = (el.get("src") or "").strip()
            url = urljoin(base_href, src) if src and not src.startswith(("javascript:", "data:")) else ""
            if url.startswith(("http://", "https://")) and host_of(url) == host_of(base_url):
                out.links.append(Link(clean_url(url), "", in_pager=True, via="turbo_frame"))
                out.anchors.append(el)
            continue
        if el.tag in ("frame", "iframe"):
            # old portals load their news area into a frame: a browser follows it, so do we
            # (Link.via "frame"; widgets from other hosts fall to the scope rules)
            src = (el.get("src") or "").strip()
            url = urljoin(base_href, src) if src and not src.startswith(("javascript:", "about:", "data:")) else ""
            if url.startswith(("http://", "https://")) and not is_attachment(url):
                out.links.append(Link(clean_url(url), clean_line(el.get("title") or el.get("name") or ""), via="frame"))
                out.anchors.append(el)
            continue
        if el.tag == "a" and (lang := (el.get("hreflang") or "").strip().lower()) and not lang.startswith(("vi", "x-default")):
            # a link its markup says leads to the page in another language (SharePoint's variation
            # label "English", a theme's language switch): the English section's copies of the
            # posts, which a crawler of Vietnamese articles reads in Vietnamese
            continue
        href = (el.get("href") or "").strip() if el.tag in ("a", "area") else ""
        onclick = el.get("onclick") or ""
        text = clean_line(text_of(el)) if el.tag != "input" else clean_line(el.get("value") or "")
        if not text and el.tag in ("a", "area"):
            text = _label_of(el)
        scripted = not href or href == "#" or href.lower().startswith("javascript:")
        framework = framework_page_url(el.attrib, base_url) if scripted else None
        shown = clean_line(text_of(el))
        loads = _load_more_url(el) if scripted and el.tag in ("button", "a") else None
        if framework is not None and (el.get("hx-get") or el.get("data-hx-get") or is_pager_text(shown)):
            href, via = framework, "framework"  # (a Livewire button counts when it says a page)
            text = shown or _label_of(el)
        elif loads and (is_load_more_text(text) or is_pager_text(text)):
            # a "Xem thêm" button keeping the next slice's address in its data (a script fetches
            # it and appends the answer's entries to the list)
            href, via = loads, "load_more"
        elif href.lower().startswith("javascript:") or (not href and onclick) or href in ("#", ""):
            script = _js_unescaped(href + " " + onclick)
            m = _POSTBACK.search(script)
            if m:
                out.postbacks.append(Postback(m.group(1), m.group(2), text))
                continue
            m = _ONCLICK_URL.search(script)
            page_m = _SCRIPT_PAGE.search(script) if not m and is_pager_text(text) else None
            loads = _SCRIPT_URL_ARG.search(script) if not m and is_pager_text(text) else None
            if m and text and text.casefold() in phrase_set("print_labels"):
                continue  # (a print view a script opens in a window: "window.open('@@print', …)", "In bài")
            if m:
                href = next(g for g in m.groups() if g)
                via = "onclick"
            elif loads:
                href = loads.group(1)
                via = "onclick"
            elif page_m and (form_url := _paging_form_url(tree, base_href, page_m.group(1), forms)):
                href = form_url  # goPage(2): the page's paging form, submitted as the script does
                via = "script_form"
            elif (el.get("data-page") or "").isdigit() and is_pager_text(text):
                # a widget's pager button ("<a href=# data-page=2 class=k-link>"): the page's data
                # source reads that page (below, from the page's inline scripts)
                data_pages.append(int(el.get("data-page")))
                continue
            elif not is_pager_text(text) and (opened := _opened_by_inline_function(tree, base_href, script, text, out)):
                # a link that opens its page by a function of the page's own script ("<a href=#
                # onclick='return xemTin(17)'>", ``function xemTin(id) { window.location =
                # 'index.php?…&id=' + id }``): the address the function builds from the call
                href, via = opened, "script"
            else:
                call = script_call(script, text) if is_pager_text(text) else None
                if call is None and el.tag in ("button", "a") and (is_pager_text(text) or is_load_more_text(text)):
                    # a "Xem thêm tin" button whose click handler a script binds by its id or
                    # class, the page to load in its data-* attributes
                    call = bound_call(dict(el.attrib), text)
                if call is not None and call not in out.script_calls:
                    out.script_calls.append(call)  # a script loads the page: read where, below
                continue
        else:
            via = "href"
            if el.tag not in ("a", "area"):
                continue
            if text and text.casefold() in phrase_set("print_labels"):
                continue  # the page's print view: a copy of the page, whatever its address
        if snapshots and "#!" in href:
            href = escaped_fragment_url(urljoin(base_href, href))
        if href.startswith(("mailto:", "tel:", "sms:", "callto:", "data:", "#")):
            continue
        url = urljoin(base_href, href)
        if not url.startswith(("http://", "https://")) or is_attachment(url):
            continue
        url = clean_url(url)
        pager, menu, noise, comments = _context_flags(el, memo)
        # one link per address and text in each context: the main list's entry stays when a side
        # box of latest news before it (a menu, a sidebar) printed the same link first
        # (a ticker of the newest titles scrolling over the page prints them again: the page's own
        # list keeps its entry, whichever comes first)
        ticker = next(el.iterancestors("marquee"), None) is not None
        # (and a side box its heading names, "TIN ĐỌC NHIỀU" over a table layout's "khoi_trai",
        # is another context than the list after it, whatever its names)
        widget = not (menu or noise) and _in_headed_widget(el, widget_memo)
        key = f"{url}|{text}|{menu}|{noise}|{ticker}|{widget}"
        if key in seen:
            continue
        seen.add(key)
        date = _entry_date(el, dates) if want_dates and len(text) >= 15 and not menu else None
        out.links.append(Link(url, text, pager, menu, noise, date, via, in_comments=comments))
        out.anchors.append(el)
    _form_links(tree, base_href, base_url, out)
    if sum(1 for lk in out.links if lk.via == "href") < _FEW_LINKS:
        _script_literal_links(tree, base_href, base_url, out)
    _mark_number_runs(out)
    if out.script_calls:
        _read_scripts(tree, base_href, out)
    _loaded_lists(tree, base_href, out)
    if data_pages:
        _data_source_pages(tree, base_href, sorted(set(data_pages)), out)
    return out


#: what separates a pager's numbers ("1 | 2 | 3", "[1] [2]", "Trang 2 / 3")
_PAGER_SEPARATORS = re.compile(r"[\s|,;:/()\[\]\-–—·•]+")


def _mark_number_runs(out: PageLinks) -> None:
    """Page-number links in a box that says nothing but page numbers, pager words and a pager's
    label ("Trang: <b>1</b> <a>2</a> <a>3</a>", hand-typed under a static site's list) are a
    pager whatever the box's names: its links turn pages of the list (is_pagination_link).
    At least two numbers must stand in the box (the current page's among them)."""
    boxes: dict[HtmlElement, list[int]] = {}
    for i, (link, a) in enumerate(zip(out.links, out.anchors, strict=True)):
        if link.in_pager or link.via != "href" or not _NUMBER.match(link.text):
            continue
        box = a.getparent()
        # (a number in its own <li>/<span>/<b>: the box is the list that holds them)
        while box is not None and box.tag in ("li", "span", "b", "strong", "font", "em", "i") and sum(1 for _ in box.iter("a")) == 1:
            box = box.getparent()
        if box is not None:
            boxes.setdefault(box, []).append(i)
    for box, indices in boxes.items():
        words = [w for w in _PAGER_SEPARATORS.split(clean_line(" ".join(box.itertext()))) if w]
        numbers = sum(1 for w in words if w.isdigit())
        if numbers >= 2 and all(w.isdigit() or is_pager_text(w) or fold(w) in _pager_labels() for w in words):
            for i in indices:
                out.links[i].in_pager = True
        else:
            for run in _adjacent_numbers(out, indices):
                for i in run:
                    out.links[i].in_pager = True


def _adjacent_numbers(out: PageLinks, indices: list[int]) -> list[list[int]]:
    """Runs of page-number links side by side, nothing printed between them ("<a>1</a><a>2</a>
    <a>3</a>": a site builder's page buttons placed in the grid of the list they turn), their
    numbers counting up by one: a pager inside a box that holds other things too."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i in indices:
        a = out.anchors[i]
        if run:
            prev = out.anchors[run[-1]]
            follows = prev.getnext() is a and not (prev.tail or "").strip()
            if follows and int(out.links[i].text.strip("[]")) == int(out.links[run[-1]].text.strip("[]")) + 1:
                run.append(i)
                continue
            if len(run) >= 2:
                runs.append(run)
        run = [i]
    if len(run) >= 2:
        runs.append(run)
    return runs


@cache
def _pager_labels() -> frozenset[str]:
    return frozenset(fold(w) for w in rules()["pager_labels"])


def _data_source_pages(tree: HtmlElement, base_href: str, pages: list[int], out: PageLinks) -> None:
    """The pages a widget's pager buttons show, read where the page's server-paged data source
    reads them (crawler.navigation.scripts.data_source_pagers): links of the pager."""
    sources = [found for script in tree.iter("script") if script.text and not script.get("src") for found in data_source_pagers(script.text)]
    if len(sources) != 1:
        return  # (no source, or several widgets: which one a button turns is not said)
    for page in pages:
        if page > 1:
            out.links.append(Link(clean_url(sources[0].page_url(page, base_href)), str(page), True, False, False, None, "script"))
            out.anchors.append(tree)  # (no element of the page holds this address: the page stands for it)


def _loaded_lists(tree: HtmlElement, base_href: str, out: PageLinks) -> None:
    """The lists the page's inline scripts load into it on load or on a tab's click (an empty
    "<div id=ds-tin>" filled from "/ajax/ds-tin.php?cat=2&page=1"): their addresses are the
    list's first pages, as a reader's browser fetches them (crawler.navigation.scripts.loaded_lists)."""
    scripts = [s.text for s in tree.iter("script") if s.text and not s.get("src") and (".load" in s.text or "fetch" in s.text or ".get" in s.text or "ajax" in s.text)]
    if not scripts:
        return
    host = urlsplit(base_href).netloc
    page_vars = dict(out.page_vars)
    for text in scripts:
        page_vars.update(page_variables(text))

    def data_values(name: str) -> list[str]:
        return list(dict.fromkeys(v.strip() for v in tree.xpath(f"//*[@data-{name}]/@data-{name}") if v.strip()))

    found = False
    for text in scripts:
        for address in loaded_lists(text, page_vars, data_values):
            found = True
            url = urljoin(base_href, address)
            if urlsplit(url).netloc != host or not url.startswith(("http://", "https://")):
                continue
            # (followed as a section's page: the page that loads it, a home page or a category's
            # shell, may be no listing of its own)
            out.links.append(Link(clean_url(url), "", via="script_list"))
            out.anchors.append(tree)
    if found:
        # the lists' pagers call functions the page's script files define ("taiTrang(2, 3)" in
        # the loaded list, defined in /js/site.js): the files a loaded list's pager may need
        _note_script_files(tree, base_href, out)


#: a drop-down field that lays out or orders a list rather than choosing one: "so_tin" (posts a
#: page), "limit", "per_page", "sort", "sap_xep", "hien_thi" (view)
_REORDERING_FIELD = re.compile(r"(?:^|[_\-])(?:so[_\-]?tin|limit|per[_\-]?page|page[_\-]?size|pagesize|sort(?:by)?|order(?:by)?|sap[_\-]?xep|hien[_\-]?thi|view|display)(?:$|[_\-])", re.I)
#: the most choices a navigating drop-down may offer (a longer list is a register's filter)
_MAX_FORM_OPTIONS = 40
#: the most pages a paging form's total makes links to
_MAX_FORM_PAGES = 50
#: a paging form's count of pages beside its field ("Trang [1] / 3", "Trang [1] của 3")
_FORM_PAGE_TOTAL = re.compile(r"(?:/|của|trên|of)\s*(\d{1,3})\b", re.I)
#: fields a navigating form may hold besides its one choice: nothing a reader types
_FORM_PASSIVE = frozenset({"hidden", "submit", "button", "image", "reset"})


def _form_links(tree: HtmlElement, base_href: str, base_url: str, out: PageLinks) -> None:
    """The pages a GET form opens with no words typed: a drop-down of the site's sections ("<form
    action=danhsach.asp><select name=cm>…</select><input type=submit value=Xem>"), each option a
    section's page; and a paging form ("Trang [1] / 3 [Đi]", a page-number field and the list's
    hidden fields), each page of its total. What a reader opens by choosing and pressing the
    button. A form asking for words (a search) opens nothing here: it finds, it adds no page."""
    for form in tree.iter("form"):
        if (form.get("method") or "get").strip().lower() != "get":
            continue
        action = urljoin(base_href, (form.get("action") or "").strip() or base_url)
        if host_of(action) != host_of(base_url):
            continue
        fixed: list[tuple[str, str]] = []
        selects: list[HtmlElement] = []
        typed: list[HtmlElement] = []
        for control in form.iter("input", "select", "textarea"):
            name = (control.get("name") or "").strip()
            kind = (control.get("type") or "text").strip().lower()
            if control.tag == "select" and name:
                selects.append(control)
            elif control.tag == "input" and kind in _FORM_PASSIVE:
                if kind == "hidden" and name:
                    fixed.append((name, control.get("value") or ""))
            else:
                typed.append(control)
        # (a drop-down of how many a page or in what order re-reads the same list: no section)
        options = list(selects[0].iter("option")) if len(selects) == 1 and not _REORDERING_FIELD.search(selects[0].get("name")) else []
        if options and not typed and len(options) <= _MAX_FORM_OPTIONS:
            name = selects[0].get("name").strip()
            for option in options:
                value = (option.get("value") or "").strip()
                # (a drop-down whose values are addresses is a list of links a script follows,
                # "Liên kết website": the option's own address, not the form's field, is where it goes)
                if value and not value.startswith(("#", "javascript:", "/", "http:", "https:", "www.")):
                    url = clean_url(_form_url(action, [*fixed, (name, value)]))
                    out.links.append(Link(url, clean_line(text_of(option)), in_menu=True, via="select_form"))
                    out.anchors.append(option)
        if not typed and not selects:
            # a pager of submit buttons, each naming its page ("<button name=trang value=2>2</button>",
            # a React Router form): each button's page
            for button in form.iter("button", "input"):
                kind = (button.get("type") or ("submit" if button.tag == "button" else "text")).strip().lower()
                name, value = (button.get("name") or "").strip(), (button.get("value") or "").strip()
                if kind != "submit" or not value or not is_page_param(name) or button.get("disabled") is not None:
                    continue
                url = clean_url(_form_url(action, [*fixed, (name, value)]))
                if all(lk.url != url for lk in out.links):
                    out.links.append(Link(url, clean_line(text_of(button)) or value, in_pager=True, via="page_form"))
                    out.anchors.append(button)
            if any(is_page_param(name) for name, _ in fixed) and _submit_button(form) is not None:
                # a "load more" form: the next page's offset in a hidden field, one button that
                # names no page ("<input type=hidden name=start value=5><button>Xem thêm</button>",
                # Frappe's blog list): the page the button opens
                url = clean_url(_form_url(action, fixed))
                if all(lk.url != url for lk in out.links):
                    out.links.append(Link(url, clean_line(text_of(form)) or "more", in_pager=True, via="page_form"))
                    out.anchors.append(form)
        elif len(typed) == 1 and not selects and typed[0].tag == "input" and is_page_param(typed[0].get("name") or ""):
            page_field = typed[0]
            current = (page_field.get("value") or "1").strip()
            total = _FORM_PAGE_TOTAL.search(text_of(form))
            last = min(int(total.group(1)), _MAX_FORM_PAGES) if total else (int(current) + 1 if current.isdigit() else 0)
            for n in range(1, last + 1):
                if str(n) != current:
                    url = clean_url(_form_url(action, [*fixed, (page_field.get("name").strip(), str(n))]))
                    out.links.append(Link(url, str(n), in_pager=True, via="page_form"))
                    out.anchors.append(page_field)


#: a page with fewer links than this in its markup writes its navigation by script, if at all
_FEW_LINKS = 8
#: a page's address written as a string in a script: a path of the site ("/tin-tuc.html",
#: "/tin/khai-giang-185.html?nguon=tinmoi", "/chuyen-muc/tin-tuc/"), in single or double quotes
_SCRIPT_PATH = re.compile(r"""(?<!\w)\\?["'](/(?!/)[^"'\s<>\\]{1,200})\\?["']""")
#: the script's own requests, not pages: assets, data and handlers
_NOT_A_PAGE = re.compile(r"\.(?:js|css|json|xml|png|jpe?g|gif|svg|webp|ico|woff2?|ttf|mp[34]|pdf|docx?|xlsx?)(?:[?#]|$)|/(?:api|ajax|wp-json|wp-admin|cgi-bin|static|assets|scripts?|css|images?|uploads?|fonts?)/", re.I)


def _script_literal_links(tree: HtmlElement, base_href: str, base_url: str, out: PageLinks) -> None:
    """The site's pages a page's inline scripts name, when its markup links next to nothing: a
    menu built from an array literal (``var dsMenu = [{ten: "Tin tức", lienket: "/tin-tuc.html"}]``)
    into an empty ``<ul>``, a box written by ``document.write('<a href="/tin/…">…</a>')``. A reader's
    browser shows them as links; read as a menu's (the pages they open decide what they are)."""
    seen = {lk.url for lk in out.links}
    for script in tree.iter("script"):
        kind = (script.get("type") or "text/javascript").strip().lower()
        if not script.text or (script.get("src") or "").strip() or "json" in kind:
            continue
        for m in _SCRIPT_PATH.finditer(script.text):
            path = m.group(1)
            if path == "/" or _NOT_A_PAGE.search(path):
                continue
            url = clean_url(urljoin(base_href, path))
            if url in seen or host_of(url) != host_of(base_url) or is_attachment(url):
                continue
            seen.add(url)
            out.links.append(Link(url, "", in_menu=True, via="script_literal"))
            out.anchors.append(script)


def _submit_button(form: HtmlElement) -> HtmlElement | None:
    """The button a reader presses to send the form (a form a script sends, "goPage(p)" setting
    its page field, has none)."""
    for button in form.iter("button", "input"):
        kind = (button.get("type") or ("submit" if button.tag == "button" else "text")).strip().lower()
        if kind in ("submit", "image"):
            return button
    return None


def _form_url(action: str, fields: list[tuple[str, str]]) -> str:
    """The address a GET form loads: its action with the fields as the query (a browser replaces
    the action's own query)."""
    parts = urlsplit(action)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(fields), ""))


def _opened_by_inline_function(tree: HtmlElement, base_href: str, script: str, text: str, out: PageLinks) -> str | None:
    """The address a link's script call opens ("xemTin(17)"), when a function of the page's own
    inline scripts builds it from the call's arguments; None otherwise."""
    call = script_call(script, text)
    if call is None:
        return None
    _read_inline_scripts(tree, out)
    function = pager_for(out.inline_pagers, call)
    return function.url(call.args, base_href, out.page_vars) if function is not None else None


def _read_scripts(tree: HtmlElement, base_href: str, out: PageLinks) -> None:
    """Where a script pager's functions are defined: the page's inline scripts (read now) and its
    script files on its own host (fetched by the spider when the inline ones do not say)."""
    _note_script_files(tree, base_href, out)
    _read_inline_scripts(tree, out)


def _read_inline_scripts(tree: HtmlElement, out: PageLinks) -> None:
    """The functions and variables the page's inline scripts define, read once a page (a title
    link's call or a pager's asks first)."""
    if out.inline_read:
        return
    out.inline_read = True
    for script in tree.iter("script"):
        if script.text and not (script.get("src") or "").strip():
            out.inline_pagers.update(script_pagers(script.text))
            out.inline_pagers.update(bound_pagers(script.text))
            out.page_vars.update(page_variables(script.text))


def _note_script_files(tree: HtmlElement, base_href: str, out: PageLinks) -> None:
    """The page's script files on its own host, where a pager's functions may be defined."""
    host = urlsplit(base_href).netloc
    for script in tree.iter("script"):
        src = (script.get("src") or "").strip()
        if src:
            url = urljoin(base_href, src)
            if urlsplit(url).netloc == host and url not in out.script_files:
                out.script_files.append(url)


#: a pager's script call with the page number as its one argument: goPage(2), changePage('3')
_SCRIPT_PAGE = re.compile(r"\b(?!void\b)[A-Za-z_$][\w$.]*\(\s*['\"]?(\d{1,4})['\"]?\s*\)")


def _paging_form_url(tree: HtmlElement, base_href: str, page: str, forms: dict[str, Any]) -> str | None:
    """The URL a script pager loads: the page's one GET form holding a page-number field (hidden
    "pageNo", "trang" …), with that field set to the page and its other fields as they are. What a
    browser does when ``goPage(2)`` sets the field and submits; None when the page has no such
    form (or several: which one the script submits is then a guess)."""
    if "form" not in forms:
        found = []
        for form in tree.iter("form"):
            if (form.get("method") or "get").strip().lower() != "get":
                continue
            names = [i.get("name") for i in form.iter("input") if i.get("name")]
            if any(is_page_param(n) for n in names):
                found.append(form)
        forms["form"] = found[0] if len(found) == 1 else None
    form = forms["form"]
    if form is None:
        return None
    fields = []
    for field_el in form.iter("input"):
        name = field_el.get("name")
        kind = (field_el.get("type") or "text").lower()
        if not name or kind in ("submit", "button", "image", "reset", "file") or (kind in ("checkbox", "radio") and field_el.get("checked") is None):
            continue
        fields.append((name, page if is_page_param(name) else field_el.get("value") or ""))
    return _form_url(urljoin(base_href, (form.get("action") or "").strip() or base_href), fields)


#: the arrows or dots after a read-more label ("Đọc tiếp...", "Xem chi tiết »")
_POINTER = re.compile(r"\s*(?:\.{2,}|…|»|›|>>?)\s*$")


def is_read_more(text: str) -> bool:
    """A teaser's link to its whole post: "Đọc tiếp...", "Xem chi tiết »" (phrases/read_more.txt)."""
    return _POINTER.sub("", fold(text)) in phrase_set("read_more")


def is_article_link(link: Link, article_patterns: tuple[re.Pattern[str], ...] = ()) -> bool:
    if article_patterns:
        return any(p.search(link.url) for p in article_patterns)
    if link.in_pager:
        return False
    if is_pager_text(link.text) and not (is_read_more(link.text) and looks_like_article_url(link.url)):
        return False  # ("Xem tiếp..." is a pager's word too; to an article's address, a teaser's link)
    if looks_like_article_url(link.url):
        return link.words >= 2 or not link.text
    return link.words >= 6 and len(link.text) >= 30 and not link.in_menu


def is_pagination_link(link: Link, page_url: str) -> bool:
    if link.via in ("load_more", "rel_next", "rel_prev"):
        return True  # the list's next slice loaded by a script; its pages its head names
    if not (link.in_pager or is_pager_text(link.text)):
        return False
    if is_pager_text(link.text) and not link.in_noise and _continues(link.url):
        # "trang sau" to the list continued from a key, by another route to the same page
        # (MediaWiki's category "/index.php?title=Thể_loại:X&pagefrom=…" from "/wiki/Thể_loại:X")
        return True
    return differs_by_page(link.url, page_url) or (link.in_pager and is_pager_text(link.text))


def _continues(url: str) -> bool:
    """The URL asks for a list continued after (or before) a key (rules.toml's continuation_params)."""
    query = urlsplit(url).query
    return bool(query) and any(k.lower() in _continuation_params() for k, _v in parse_qsl(query, keep_blank_values=True))


@cache
def _continuation_params() -> frozenset[str]:
    return frozenset(rules()["continuation_params"])


_CATEGORY_HINT = re.compile(r"tin|news|bai-?viet|thong-?bao|hoat-?dong|su-?kien|chuyen-?muc|category|cat=|catid|tabid|module=news|/news/|/web/guest/|/c/|/page/|listnews|list|danh-?sach", re.I)


def is_section_link(link: Link) -> bool:
    """A link that may lead to a news listing (menu items, category links)."""
    if link.in_noise and not link.in_menu:
        return False
    return not link.words > 12
