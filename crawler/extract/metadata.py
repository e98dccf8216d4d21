"""What the page says about itself: rel=canonical, OpenGraph, article:* meta, JSON-LD, breadcrumbs."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any
from urllib.parse import SplitResult, parse_qsl, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from crawler.core.dates import as_printed, shown_text
from crawler.core.elements import text_of
from crawler.core.text import clean_line, fold, slugify
from crawler.core.urls import (
    canonicalize_url,
    escaped_fragment_url,
    host_of,
    is_site_root,
    join_url,
)
from crawler.core.vocab import NAME_CACHE_SIZE, element_families, families, has, in_comment
from crawler.phrases import byline_labels, phrase_set

_JSONLD_ARTICLE = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "webpage", "analysisnewsarticle"}


@dataclass
class Metadata:
    canonical: str | None = None
    titles: list[str] = field(default_factory=list)  # og:title, JSON-LD headline, <title>
    html_title: str = ""
    published: list[tuple[str, str]] = field(default_factory=list)  # (source, raw value)
    authors: list[str] = field(default_factory=list)
    section: str | None = None
    breadcrumbs: list[str] = field(default_factory=list)
    description: str | None = None
    og_type: str | None = None
    #: the site's own name (og:site_name, the logo's text): a banner, never a headline
    site_names: list[str] = field(default_factory=list)
    #: the category a "Chuyên mục: <link>" line names
    category_label: str | None = None
    #: where the "Chuyên mục: …" link leads (judges whether it names a category of this page)
    category_label_href: str | None = None
    #: every category the post's meta line files it under, when it names several (the label is
    #: the first): the trail's own category among them is the post's primary one
    category_labels: list[str] = field(default_factory=list)
    #: the categories linked in a row beside their label ("<span>Chuyên mục </span><a>A</a>, <a>B</a>"):
    #: the trail chooses among them only when it names one (XWiki's trail of the blog's space names none)
    category_row: list[str] = field(default_factory=list)
    #: the site's menu links a section of the label's name (a section of the site, not a tag)
    category_label_in_menu: bool = False
    #: the post's category printed without a label in a box its class names for it
    #: ("news-list-category"), with its link, and where the breadcrumb's last link leads
    category_box: str | None = None
    category_box_href: str | None = None
    crumb_href: str | None = None
    #: the trail's last step links to the page itself (its name, not its section)
    trail_ends_here: bool = False
    #: the texts of the page's links to itself (its own entry in a "Tin mới" box or a ticker):
    #: the headline, on a template that names it nowhere else (no og:title, a <title> that is
    #: the site's name)
    self_link_titles: list[str] = field(default_factory=list)
    #: the navigation item the page marks as where the reader is ("<li class='j-nav-current'>",
    #: "current-menu-item", "active"): the section a post belongs to when nothing else names one
    current_nav: str | None = None
    #: the post's tag (rel="tag") that the site's menu lists too: the section of a blog whose
    #: tags are its sections (Docusaurus's "Thẻ: Tin hoạt động" under the menu's "Tin hoạt động")
    menu_tag: str | None = None


#: links that may lead home: short hrefs (lxml filters in C; is_site_root decides)
def _home_links(tree: HtmlElement) -> list[HtmlElement]:
    """Links with a short address and no query or slug (a logo's link home). A Python loop over
    the <a> elements: cheaper than an XPath predicate on each (measured on shared/real-pages)."""
    out = []
    for a in tree.iter("a"):
        href = a.get("href")
        if href and len(href) <= 60 and "?" not in href and "-" not in href:
            out.append(a)
    return out


#: an ellipsis that cuts a teaser's title short
_CUT = re.compile(r"\s*(?:\.{3}|…)\s*$")


def _self_link_titles(tree: HtmlElement, url: str) -> list[str]:
    """The texts of links to this very page, long enough to be a headline. A link is tested on
    its address's last segment first (a string test in C); only the few that end like this page's
    address are resolved."""
    parts = urlsplit(url)
    tail = parts.path.rsplit("/", 1)[-1] + (f"?{parts.query}" if parts.query else "")
    if len(tail) < 3:
        return []  # a folder's address ("/tin-tuc/"): no page of its own to link
    here = parts._replace(fragment="").geturl()
    # (or to this page without the parameter that files it: "ChiTiet.aspx?MaTin=1195" in a ticker
    # of a page fetched as "ChiTiet.aspx?MaTin=1195&MaLoai=4", its list's number added)
    params = set(parse_qsl(parts.query)) if parts.query.count("&") >= 1 else set()
    page_name = parts.path.rsplit("/", 1)[-1] if params else ""
    found: list[str] = []
    for a in tree.iter("a"):
        href = a.get("href")
        if not href or (tail not in href and not (page_name and page_name.lower() in href.lower())):
            continue
        href = href.strip().split("#", 1)[0]
        if not (href.endswith(tail) and join_url(url, href) == here) and not (page_name and _fewer_params(join_url(url, href), parts, params)):
            continue
        text = _CUT.sub("", clean_line(text_of(a)))
        if len(text) < 20 or len(text.split()) < 5 or text in found:
            continue  # (a menu's "Xem theo chuyên mục" naming a view of lists: no headline's length)
        if next(a.iterancestors("nav"), None) is not None or any("menu" in element_families(b) for b in islice(a.iterancestors(), 6)):
            continue  # the menu's item for this page names a section, not a post
        found.append(text)
    return found


def _fewer_params(target: str, parts: SplitResult, params: set[tuple[str, str]]) -> bool:
    """``target`` is this page's address with some of its query parameters, an id among them."""
    there = urlsplit(target)
    if there.netloc != parts.netloc or there.path.lower() != parts.path.lower() or not there.query:
        return False
    kept = set(parse_qsl(there.query))
    return kept < params and any(len(v) >= 3 and v.isdigit() for _, v in kept)


def _leads_home(url: str, href: str) -> bool:
    """``is_site_root(urljoin(url, href))``, remembered: urljoin is slow, and a portal's pages
    repeat the same short links. The key holds only what the join depends on: nothing of the
    page for an absolute address, its scheme and host for a rooted path, all of it otherwise."""
    low = href[:8].lower()
    if low.startswith(("http://", "https://")):
        # (another site's home, the department's or the ministry's in a "Liên kết website" box,
        # names that site, not this one: the host must be the page's, "www." aside)
        return _same_host(href, url) and _joined_is_root("", href)
    if href.startswith("/") and not href.startswith("//"):
        scheme, sep, rest = url.partition("://")
        return _joined_is_root(f"{scheme}{sep}{rest.split('/', 1)[0]}/", href)
    return _joined_is_root(url, href)


def _same_host(href: str, url: str) -> bool:
    return host_of(href).removeprefix("www.") == host_of(url).removeprefix("www.")


@lru_cache(maxsize=1 << 14)
def _joined_is_root(base: str, href: str) -> bool:
    return is_site_root(join_url(base, href) if base else href)


_CREATED_PROP = etree.XPath("//body//*[@created-at]")
_ISO_STAMP = re.compile(r"^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _date_published(tree: HtmlElement) -> list[HtmlElement]:
    """Elements with itemprop=datePublished: a Python loop reading one attribute is about twice
    as fast as the XPath predicate ``//*[@itemprop='datePublished']`` (measured on the gold pages)."""
    return [el for el in tree.iter(etree.Element) if el.get("itemprop") == "datePublished"]


class _MetaIndex:
    """Every ``<meta>`` of a page read once: values by key (property, name or itemprop), each
    with its document position, so a lookup of several keys keeps the page's order."""

    def __init__(self, tree: HtmlElement):
        self.by_key: dict[str, list[tuple[int, str]]] = {}
        for n, el in enumerate(tree.iter("meta")):
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
            value = (el.get("content") or "").strip()
            if key and value:
                self.by_key.setdefault(key, []).append((n, value))

    def get(self, *names: str) -> list[str]:
        found = [pair for name in names for pair in self.by_key.get(name, ())]
        return [value for _, value in sorted(found)] if len(names) > 1 else [value for _, value in found]


def _jsonld_objects(tree: HtmlElement) -> list[dict[str, Any]]:
    objs: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().rstrip(";"))
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                objs.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    return objs


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def read_metadata(tree: HtmlElement, url: str, source: str | None = None) -> Metadata:
    """``source``: the page's HTML text, when the caller has it (scans for a word skip the tree
    when the word is nowhere in it)."""
    meta = Metadata()
    # (a hashbang route's canonical, "http://host/#!/tin-tuc/2412/…", names its snapshot's
    # address: dropping the fragment would make every page the home page)
    canonicals = [
        _hash_route(escaped_fragment_url(join_url(url, link.get("href").strip())))
        for link in tree.iter("link")
        if (link.get("rel") or "").strip().lower() == "canonical" and link.get("href")
    ]
    if canonicals:
        meta.canonical = canonicals[0]
        if len(canonicals) > 1 and is_site_root(canonicals[0]) and not is_site_root(url):
            # two that disagree, the first the site's root (a site-wide snippet the agency pasted
            # into every page's head, Framer's own after it): the one naming a page of its own
            meta.canonical = next((c for c in canonicals[1:] if not is_site_root(c)), canonicals[0])
    title_el = next(tree.iter("title"), None)
    if title_el is not None:
        meta.html_title = clean_line(text_of(title_el))
    meta.self_link_titles = _self_link_titles(tree, url)
    metas = _MetaIndex(tree)
    if meta.canonical and is_site_root(meta.canonical) and not is_site_root(url):
        # the site's root as every page's canonical (a template's mistake: a vendor's school sites)
        # beside an og:url naming the page itself, on the same host: the og:url says which page it is
        own = next((escaped_fragment_url(join_url(url, u.strip())) for u in metas.get("og:url") if u.strip()), None)
        if own and not is_site_root(own) and host_of(own) == host_of(meta.canonical):
            meta.canonical = own
        elif _ITEM_ADDRESS.search(url.partition("//")[2].partition("/")[2]):
            # (with no og:url, an address naming an item by its number, "ChiTietTin.aspx?ItemID=1158",
            # "/tin/245-hop-mat.html", is no home page's other address: the master page's mistake,
            # the canonical says nothing; "/index.php/trang-chu", "/doku.php/start" name no item)
            meta.canonical = None
    meta.titles.extend(clean_line(t) for t in metas.get("og:title", "twitter:title", "headline", "dc.title"))
    for key in ("article:published_time", "datepublished", "dc.date", "dc.date.issued", "pubdate", "publishdate", "date", "og:published_time", "article:published"):
        for value in metas.get(key):
            meta.published.append(("meta", value))
    for el in _date_published(tree) if source is None or "datePublished" in source else ():
        if in_comment(el):
            continue  # a reader's comment's own datePublished
        if any("related" in element_families(a) for a in el.iterancestors() if a.get("class") or a.get("id")):
            continue  # a related post's card's own (Astra's "ast-related-posts" after the text)
        # <abbr title="2026-11-20T07:45:00+07:00">07:45</abbr>: the stamp is in the title (microformats)
        title = el.get("title") if el.tag == "abbr" else None
        value = el.get("content") or el.get("datetime") or title or text_of(el)
        if value and value.strip():
            # a <meta itemprop> shows nothing: its time is machine data like any meta tag's
            if el.tag == "meta":
                meta.published.append(("meta", value.strip()))
            else:
                meta.published.append(("itemprop", as_printed(value.strip(), shown_text(el))))
    if not meta.published:
        # a page component's creation stamp among its props (Wiki.js's "<page created-at=
        # '2026-11-20T03:00:00.000Z' …>" around the text): machine data like a meta tag's
        stamp = next((el.get("created-at") for el in _CREATED_PROP(tree) if not in_comment(el)), None)
        if stamp and _ISO_STAMP.match(stamp):
            meta.published.append(("meta", stamp.strip()))
    # (a scholarly page's Highwire tags, "citation_author", one per writer: OJS, DSpace, Google Scholar's)
    meta.authors.extend(metas.get("author", "article:author", "dc.creator") or metas.get("citation_author"))
    sections = metas.get("article:section")
    meta.section = clean_line(sections[0]) if sections else None
    descriptions = metas.get("og:description", "description")
    meta.description = clean_line(descriptions[0]) if descriptions else None
    meta.site_names.extend(clean_line(n) for n in metas.get("og:site_name", "application-name"))
    for a in _home_links(tree):
        href = (a.get("href") or "").strip()
        # the logo's link home: a short address (article links carry slugs and ids)
        if len(href) <= 60 and _leads_home(url, href):
            for name in (text_of(a), *(img.get("alt") or "" for img in a.iter("img")), a.get("title") or ""):
                name = clean_line(name)
                if len(name) >= 8:
                    meta.site_names.append(name)
    meta.site_names.extend(_banner_title(tree, meta.html_title))
    types = metas.get("og:type")
    meta.og_type = types[0].lower() if types else None
    for obj in _jsonld_objects(tree):
        types_ = obj.get("@type")
        tset = {t.lower() for t in (types_ if isinstance(types_, list) else [types_]) if isinstance(t, str)}
        if tset & _JSONLD_ARTICLE:
            if obj.get("headline"):
                meta.titles.append(clean_line(str(obj["headline"])))
            if obj.get("datePublished"):
                meta.published.append(("jsonld", str(obj["datePublished"])))
            meta.authors.extend(_names(obj.get("author")))
            if not meta.section and isinstance(obj.get("articleSection"), str):
                meta.section = clean_line(obj["articleSection"])
        if "breadcrumblist" in tset:
            items = obj.get("itemListElement") or []
            crumbs = []
            linked = []
            for it in items if isinstance(items, list) else []:
                if isinstance(it, dict):
                    name = it.get("name") or (it.get("item") or {}).get("name") if isinstance(it.get("item"), dict) else it.get("name")
                    if name:
                        crumbs.append(clean_line(str(name)))
                        target = it.get("item")
                        target = target.get("@id") if isinstance(target, dict) else target
                        linked.append(isinstance(target, str) and bool(target.strip()) and canonicalize_url(join_url(url, target.strip())) != canonicalize_url(url))
            if len(crumbs) >= 3 and not linked[-1] and all(linked[:-1]):
                # the last step links nowhere else, after steps that all do: the page itself, as the
                # trail shortens its name (Yoast's SEO title), never its category
                crumbs.pop()
            if crumbs:
                meta.breadcrumbs = crumbs
    # once, in lower case: both label scans first look for their words in it (``in`` on a
    # lower-cased text is several times faster than a case-blind regex alternation)
    page_text = text_of(tree).lower()
    if len(meta.breadcrumbs) <= 2:
        # none in JSON-LD, or only "home > this post" (Yoast without a category): the trail the
        # page prints may name the category
        visible = visible_breadcrumbs(tree, page_text)
        if len(visible) > len(meta.breadcrumbs):
            meta.breadcrumbs = visible
    elif any(mark in crumb for crumb in meta.breadcrumbs for mark in ("-", "'", '"')):
        # the trail as the page prints it, where it says the JSON-LD's steps in its typography
        # (Yoast writes "Tin tức - Sự kiện", the theme prints the category's "Tin tức – Sự kiện")
        visible = visible_breadcrumbs(tree, page_text)
        if len(visible) == len(meta.breadcrumbs) and all(_typed(a) == _typed(b) for a, b in zip(visible, meta.breadcrumbs, strict=True)):
            meta.breadcrumbs = visible
    # a trail's step printed with its label ("Chuyên mục: Tin hoạt động", vBulletin's navbit)
    meta.breadcrumbs = [_CRUMB_LABEL.sub("", c) or c for c in meta.breadcrumbs]
    if any(_title_cased(c) for c in meta.breadcrumbs):
        # a trail whose template capitalises every word ("Tin Tức", Typemill's): the section's
        # name as the site's menu prints it ("Tin tức")
        # (the same letters, in other cases only: not a menu's "» Đoàn – Đội")
        # (not a menu set in capitals, "ĐOÀN - ĐỘI": the menu's style, no better spelling)
        menu = {t.casefold(): t for a in tree.iter("a") if _in_menu(a) and (t := clean_line(text_of(a))) and not t.isupper()}
        meta.breadcrumbs = [menu.get(c.casefold(), c) if _title_cased(c) else c for c in meta.breadcrumbs]
    if len(meta.breadcrumbs) >= 2 and (last := _href_of(tree, meta.breadcrumbs[-1:])) is not None:
        # (the trail's last step a link to this very page, under its page's short name: Liferay's
        # "Tin tức / Giáo dục Tiểu học - THCS / Kết quả HKPĐ cấp huyện" on an article's own page)
        # (its own address, path and all: a crawlable AJAX page's "?_escaped_fragment_=/tin-tuc/…"
        # and the menu's "#!/tin-tuc/…" share a canonical form, "/", and no page)
        target = join_url(url, last)
        meta.trail_ends_here = urlsplit(target).path not in ("", "/") and canonicalize_url(target) == canonicalize_url(url)
    elif len(meta.breadcrumbs) >= 3:
        # (an unlinked last step the trail marks as the page shown: "<li aria-current=page><span>Thi
        # thử tốt nghiệp THPT</span>", Joomla's trail under a menu item that leads to the post, the
        # menu's name for it, or Docsy's short title of a blog post: the page, not its section;
        # not a step the page's metadata names the article's section, OJS's trail ending "Nghiên
        # cứu - Trao đổi" as its DC.Type.articleType says)
        last_key = fold(meta.breadcrumbs[-1])
        meta.trail_ends_here = any(
            fold(clean_line(text_of(el))) == last_key and next(el.iter("a"), None) is None for el in tree.xpath('//*[@aria-current="page"]')
        ) and last_key not in {fold(v) for v in tree.xpath(_SECTION_METAS)}
    meta.category_label, meta.category_label_href = _category_label(tree, page_text, meta)
    if meta.category_label is None and len(meta.breadcrumbs) != 1:
        # (under a trail that names a section, or with no trail at all: a post header's category
        # chip, Hostinger's "block-blog-header__category", is the one place the page files it)
        meta.category_box, meta.category_box_href = _category_box(tree) if source is None or "ategor" in source or "chuyen-muc" in source or "chuyenmuc" in source else (None, None)
        if meta.category_box:
            meta.crumb_href = _href_of(tree, meta.breadcrumbs[-2:])
        elif not meta.breadcrumbs:
            # no trail and no category box: the post's link back to its list ("« Tin tức", Webnode's
            # blog post) names its section, when the menu lists it
            meta.category_box, meta.category_box_href = _back_link(tree)
    meta.authors = [clean_line(a) for a in meta.authors if clean_line(a) and not a.startswith("http")]
    if meta.category_label is None and not meta.section:
        if not meta.breadcrumbs:
            meta.current_nav = _current_nav(tree, url)
        # (a trail that names no section, "Trang chủ › Bài viết", says no more than none)
        if not meta.current_nav and all(fold(c) in phrase_set("crumbs") for c in meta.breadcrumbs):
            # (the post's tag, not the menu's own link to that tag's list)
            meta.menu_tag = next((name for a in _TAG_LINKS(tree) if not _in_menu(a) and (name := clean_line(text_of(a)).lstrip("#").strip()) and menu_links_to(tree, name)), None)
    return meta


#: a post's tag links: rel=tag, or a link to a tag's list by its route ("/tag/…", Tumblr's
#: "/tagged/…", "/tu-khoa/…")
_TAG_LINKS = etree.XPath(
    '//a[contains(concat(" ", normalize-space(@rel), " "), " tag ") or contains(@href, "/tag/") or contains(@href, "/tagged/")'
    ' or contains(@href, "/tags/") or contains(@href, "/tu-khoa/")]'
)
_LINK_NAMED = etree.XPath("//a[normalize-space(.)=$name]")


def _title_cased(text: str) -> bool:
    """Every word of two or more capitalised, none all capitals ("Tin Tức", "Hoạt Động Chuyên Môn")."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 2 and all(w[0].isupper() for w in words) and not any(w.isupper() and len(w) > 1 for w in words)


def menu_links_to(tree: HtmlElement, name: str) -> bool:
    """The site's menu (a <nav>, a box its names call one) holds a link printed ``name``."""
    return any(_in_menu(a) for a in _LINK_NAMED(tree, name=name))


#: a category printed as its slug ("tin-tuc", "hoat-dong-doi": a Jigsaw blog's category pills,
#: upper-cased by CSS only)
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")


def menu_name_of_slug(tree: HtmlElement, name: str) -> str | None:
    """The section's name as the site's menu prints it, for a category printed as its slug: the
    menu link whose words spell the slug ("Hoạt động Đội" for "hoat-dong-doi")."""
    if not _SLUG.match(name):
        return None
    for a in tree.iter("a"):
        text = clean_line(text_of(a))
        if text and " " in text and _in_menu(a) and slugify(text) == name.replace("_", "-"):
            return text
    return None


def _in_menu(a: HtmlElement) -> bool:
    # (<body>'s and <html>'s classes describe the page: Docusaurus's "navigation-with-keyboard")
    return any(anc.tag == "nav" or (anc.tag not in ("body", "html") and "menu" in element_families(anc)) for anc in a.iterancestors())


#: the class a menu gives the item of the page shown, and of its section ("current-menu-item",
#: "current_page_parent", "j-nav-current", "active", "selected")
_CURRENT_ITEM = re.compile(r"^(?:(?:[\w-]*[-_])?current(?:[-_][\w-]*)?|active|selected|is-active|on)$", re.I)


#: a camel-cased class's last word ("MuseMenuActive" → "Active")
_CAMEL_LAST = re.compile(r"^.*[a-z]([A-Z][a-z]+)$")


def _current_nav(tree: HtmlElement, url: str) -> str | None:
    """The item the site's navigation marks as current (the deepest such, a section under its
    parent), when it is a section's name: not home, not a page number."""
    found = None
    # (the item, or its link: Adobe Muse's "<a class='… MenuItem MuseMenuActive'>")
    # (a Python loop over the items and links: twice as fast as an XPath union of the two with
    # contains() predicates, measured on the gold pages)
    for el in tree.iter("li", "a"):
        cls = el.get("class")
        if not cls or not ("urrent" in cls or "ctive" in cls or (el.tag == "li" and ("elected" in cls or cls == "on"))):
            continue
        tokens = cls.split()
        # (on a link, only a class that names the menu's own marker, "MuseMenuActive",
        # "current-menu-item": a bare "active" on links is a builder's state class, set on a
        # section's link whatever the page shows, Nicepage's "u-nav-link active")
        if el.tag == "a":
            tokens = [t for t in tokens if t.lower() not in ("active", "selected", "on")]
        if not any(_CURRENT_ITEM.match(token) or _CURRENT_ITEM.match(_CAMEL_LAST.sub(r"\1", token)) for token in tokens):
            continue
        nav = next((a for a in el.iterancestors() if a.tag == "nav" or has(a, "menu")), None)
        if nav is None or any(has(a, "pager", "breadcrumb") for a in el.iterancestors()):
            continue
        link = el if el.tag == "a" else next(el.iter("a"), None)
        name = clean_line(text_of(link)) if link is not None else ""
        if 2 <= len(name) <= 40 and not name.isdigit() and fold(name) not in phrase_set("crumbs") and not _leads_home(url, link.get("href") or ""):
            found = name
    return found


_CRUMB_LABEL = re.compile(r"^\s*(?:chuyên mục|danh mục|thể loại|chủ đề|category)\s*:\s*", re.I)
_CATEGORY_LABEL = re.compile(r"^\s*(?:chuyên mục|danh mục|thể loại|thuộc chuyên mục|đăng trong|categories|category|posted in)\s*:?\s*$", re.I)




#: the categories a post may be filed under in one labelled list; a longer list is a menu of them
MAX_FILED_UNDER = 3
_LABEL_WORDS = ("chuyên mục", "danh mục", "thể loại", "đăng trong", "categor", "posted in")


def _category_label(tree: HtmlElement, page_text: str, meta: Metadata) -> tuple[str | None, str | None]:
    """The category a post names in a labelled line: "Chuyên mục: <a>Tin tức</a>", and the
    link's address. ``page_text``: the page's text in lower case."""
    if not any(word in page_text for word in _LABEL_WORDS):
        return None, None  # one search over the page's text in C; most pages print no such label
    # a Python loop over the elements' own texts: cheaper than an XPath predicate on every text
    # node (measured on shared/real-pages)
    for el in tree.iter():
        if not isinstance(el.tag, str):
            # a label printed after a comment, inside the line (uCoz's translated strings:
            # "<!--<s3179>-->Chuyên mục<!--</s>-->: <a href=/news/1-0-1>Tin tức</a>")
            tail = el.tail
            if tail and len(tail) <= 40 and _CATEGORY_LABEL.match(tail):
                link = next((sib for sib in islice(el.itersiblings(), 3) if sib.tag == "a"), None)
                name = clean_line(text_of(link)) if link is not None else ""
                if 2 <= len(name) <= 80:
                    return name, link.get("href")
            continue
        text = el.text
        if not text or len(text) > 40 or not _CATEGORY_LABEL.match(text):
            continue
        # (a label that is itself a link names the index of categories, not the post's:
        # MediaWiki's "<a>Thể loại</a>: <ul><li><a>Tin tức</a></li></ul>")
        link = next(el.iter("a"), None) if el.tag != "a" else None
        if link is None:
            # the label in a box of its own, the link beside it ("<span>Chuyên mục:</span> <a>…</a>");
            # a heading over a list of categories (a sidebar's "Chuyên mục" module) labels no post
            boxes = list(el.itersiblings())[:2]
            listed = sum(1 for sib in boxes for _ in sib.iter("a"))
            # (a box's title over its list too: "<div class=box_title>Danh mục</div><ul
            # class=menutree>", or a table row's: "<th>Chuyên mục</th><td><ul>…"; a list of a few is
            # what the post is filed under)
            # (a label printed with its colon before a short list: MediaWiki's "Thể loại: <ul>…")
            colon = (el.text or "").rstrip().endswith((":", "：")) or (el.tail or "").lstrip().startswith((":", "："))
            if el.tag == "a" and not colon:
                continue  # a module's own menu of links ("Tin mới | Chuyên mục | Tìm kiếm", Ventrian's News Articles)
            in_list = any(sib.tag in ("ul", "ol") or next(sib.iter("ul", "ol"), None) is not None for sib in boxes)
            if listed > 1 and (el.tag in _HEADING_TAGS or "widget_title" in element_families(el) or (in_list and (listed > MAX_FILED_UNDER or not colon))):
                continue
            if not colon and boxes and sum(1 for _ in boxes[0].iter("a")) > MAX_FILED_UNDER:
                # a side box's title over a table of its links ("<div class=tde_box>DANH MỤC</div>
                # <table class=dm>…8 links"), a menu in rows rather than a list
                continue
            link = next((a for sib in boxes for a in sib.iter("a")), None)
            if link is not None and link.getparent() is el.getparent():
                # (the links in a row beside the label, "<span>Chuyên mục </span><a>A</a>, <a>B</a>":
                # filed under several, the trail's own among them; an icon may come first, and a
                # separator between them: OceanWP's "<a>A</a> <span>/</span> <a>B</a>")
                row = _listed_links(link)
                if 1 < len(row) <= MAX_FILED_UNDER:
                    meta.category_row.extend(clean_line(text_of(a)) for a in row)
        if link is not None:
            name = clean_line(text_of(link))
            if 2 <= len(name) <= 80:
                if next(el.iter("a"), None) is link:
                    # (filed under several in one line, "Chuyên mục: <a>A</a>, <a>B</a>": the first,
                    # and all of them for the trail to choose its own among; a flag that features
                    # the post, "Tin nổi bật", is no section it is filed in)
                    links = _listed_links(link)
                    meta.category_labels.extend(clean_line(text_of(a)) for a in links)
                    filed = [a for a in links if fold(clean_line(text_of(a))) not in phrase_set("flag_categories")]
                    if filed and filed[0] is not link:
                        link = filed[0]
                        name = clean_line(text_of(link))
                return name, link.get("href")
        elif not len(el) and not (el.tail or "").strip() and el.tag not in _HEADING_TAGS:
            # a property row's value without a link ("<span>Chuyên mục</span><span
            # class=pill>Đoàn trường</span>", Notion's select property): the name beside it
            value = el.getnext()
            name = clean_line(text_of(value)) if value is not None and not len(value) else ""
            if 2 <= len(name) <= 60 and len(name.split()) <= 8 and not any(ch.isdigit() for ch in name):
                return name, None
    return None, None


def _listed_links(link: HtmlElement) -> list[HtmlElement]:
    """The link and the links listed after it, parted by separators only ("<a>A</a>, <a>B</a>",
    "<a>A</a> <span>/</span> <a>B</a>"): the categories a labelled line names; a field after a
    label is another's ("| Người đăng: <a>…</a>")."""
    out = [link]
    node = link
    while _LIST_SEPARATOR.match(node.tail or "") and (nxt := node.getnext()) is not None:
        if nxt.tag == "a":
            out.append(nxt)
        elif not isinstance(nxt.tag, str) or len(nxt) or not _LIST_SEPARATOR.match(nxt.text or ""):
            break
        node = nxt
    return out


#: what parts the links of a list: a comma, a slash, a bar, a dot, or nothing but space
_LIST_SEPARATOR = re.compile(r"^\s*[,，/|·•;]?\s*$")


_MENUS = frozenset({"menu", "related", "breadcrumb"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: (or in Vietnamese, "chuyên mục": a display page's "tn-dp-chuyenmuc" badge under the headline)
_CATEGORY_CLASS = re.compile(r"(?:^|[\s_-])(?:post|entry|news|article|item|single|dp)?[_-]?(?:list[_-])?(?:categor(?:y|ies)|chuyen-?muc)(?:$|[\s_-])", re.I)
_CATEGORY_WORDS = re.compile(r"ategor|chuyen-?muc", re.I)


def _category_box(tree: HtmlElement) -> tuple[str | None, str | None]:
    """The post's own category printed without a label, in a box its class names for it
    (tx_news's "news-list-category", "post-category", "entry-category") holding one link."""
    body = tree.find("body")
    # a Python loop over the elements' classes: cheaper than the XPath predicate it replaced (measured)
    boxes = [el for el in body.iterdescendants(etree.Element) if _CATEGORY_WORDS.search(el.get("class") or "") and el.tag != "a"] if body is not None else []
    for el in boxes:
        if el.tag == "li" or not _CATEGORY_CLASS.search(el.get("class") or ""):
            continue  # a list's item is a category menu's entry (EasyDNN's "edn_category")
        # (<body>'s classes name the page's state, Helix's "off-canvas-menu-init": no menu's box)
        if any((a.tag in ("aside", "nav") and "article_parts" not in element_families(a)) or not element_families(a).isdisjoint(_MENUS) for a in el.iterancestors() if a.tag not in ("body", "html")):
            continue  # a sidebar's or a menu's category box (an article's own "footer" box may hold it)
        links = list(el.iter("a"))
        if len(links) != 1 or len(clean_line(text_of(el))) > 80:
            continue
        name = clean_line(text_of(links[0]))
        if 2 <= len(name) <= 80:
            return name, links[0].get("href")
    return None, None


#: a link back to a list: an arrow or "Quay lại"/"Trở về" before the list's name ("« Tin tức",
#: "← Quay lại Thông báo")
_BACK_LINK = re.compile(r"^(?:[«‹←]+|<<?)\s*(?:(?:quay lại|trở về|trở lại)\s+)?(?P<name>\S.{1,60})$|^(?:quay lại|trở về|trở lại)\s+(?P<named>\S.{1,60})$", re.I)


def _back_link(tree: HtmlElement) -> tuple[str | None, str | None]:
    """The page's link back to the list it belongs to, outside the menus: the list's name and
    address, when the site's menu links a page of that name."""
    body = tree.find("body")
    for a in body.iter("a") if body is not None else ():
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        m = _BACK_LINK.match(clean_line(text_of(a)))
        if m is None:
            continue
        name = (m.group("name") or m.group("named")).strip()
        if fold(name) in phrase_set("crumbs") or _in_menu(a) or not menu_links_to(tree, name):
            continue  # ("« Trang chủ", "« Quay lại": no list's name; a menu's own link)
        return name, href
    return None, None


#: the metadata that names an article's section: Dublin Core's article type (OJS), Open Graph's
_SECTION_METAS = '//meta[@name="DC.Type.articleType" or @property="article:section"]/@content'


def _href_of(tree: HtmlElement, names: list[str]) -> str | None:
    """Where the page's link named like the breadcrumb's last linked step leads."""
    keys = {fold(n) for n in names}
    for a in tree.iter("a"):
        if a.get("href") and fold(clean_line(text_of(a))) in keys:
            return a.get("href")
    return None


#: the signs a home-made site frames its <title> in (".::", "::.", "|| ", "-=")
_TITLE_FRAME = " .:|*=~-_<>»«"
_TITLE_SEPARATORS = re.compile(r"\s+(?:-|\||–|—|::)\s+")


#: the words of an administrative unit an institution's name may print or leave out ("Phòng Giáo
#: dục và Đào tạo huyện Tiên Du" in the <title>, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO TIÊN DU" in the banner)
_UNIT_WORDS = re.compile(r"\b(?:huyện|tỉnh|quận|thị xã|thành phố|tp\.?)\s+", re.I)


def _without_unit_words(key: str) -> str:
    # (and the word "trường" before a school's kind: "TRƯỜNG THCS NGUYỄN VĂN TRỖI" in the banner,
    # "THCS Nguyễn Văn Trỗi - TP. Cà Mau" in the <title>)
    # (and the kind of site before the institution's name: "Cổng thông tin điện tử Phòng Giáo dục
    # và Đào tạo huyện Bảo Lâm" in the <title>, the office's name alone in the banner's h1)
    # (and the office's name abbreviated: "PHÒNG GD&ĐT YÊN THẾ" in the <title>, "PHÒNG GIÁO DỤC VÀ
    # ĐÀO TẠO YÊN THẾ" in the banner)
    return _SCHOOL_WORD.sub("", _UNIT_WORDS.sub("", _SITE_KIND.sub("", _EDU_OFFICE.sub("giáo dục và đào tạo", key))))


#: "Giáo dục và Đào tạo" as offices abbreviate it ("GD&ĐT", "GD-ĐT", "GDĐT")
_EDU_OFFICE = re.compile(r"\bgd\s*(?:&|-|và)?\s*đt\b", re.I)


#: the kind of site a <title> names before its institution's name
_SITE_KIND = re.compile(r"^(?:cổng thông tin(?: điện tử)?|trang thông tin(?: điện tử)?|website|trang web|cổng ttđt|trang ttđt)\s+(?:của\s+)?", re.I)


#: a school's kind as its name prints it after "trường" (one list for the banner's name here and
#: the poster's account in crawler.extract)
SCHOOL_KINDS = r"thpt|thcs|th|tiểu học|mầm non|mn|ptdtbt|ptdtnt|phổ thông"
_SCHOOL_WORD = re.compile(rf"^trường\s+(?=(?:{SCHOOL_KINDS})\b)", re.I)


def _banner_title(tree: HtmlElement, html_title: str) -> list[str]:
    """The <title> part that the page prints first, at the top of its body, is the site's name
    (old table layouts print it in bold as a banner and use it alone as every page's <title>)."""
    body = tree.find("body")
    if body is None or not html_title:
        return []
    parts = {html_title, *_TITLE_SEPARATORS.split(html_title)}
    # (a <title> framed in signs, ".::PHÒNG GD&ĐT YÊN THẾ::.": its words)
    keys = {clean_line(p).strip(_TITLE_FRAME).casefold() for p in parts if len(p) >= 8}
    keys |= {_without_unit_words(k) for k in keys}
    seen = 0
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript"):
            continue
        text = clean_line(el.text or "")
        if not text:
            continue
        if (text.casefold() in keys or _without_unit_words(text.casefold()) in keys) and not (el.tag in ("h2", "h3", "h4") and el.get("id")):
            # (a heading with an anchor of its own is the text's, linked to from its table of
            # contents: Wiki.js's page opens with the headline typed again as an h2)
            return [text]
        seen += 1
        if seen >= 3:
            break
    return []


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _names_a_trail(names: str) -> bool:
    return bool(names.strip()) and "breadcrumb" in families(names)  # (the vocabulary's trail words)


_CRUMB_SEPARATORS = re.compile(r"\s*(?:[»›‹>|]|\s/\s|-{1,2}>)\s*")


def _text_after(node: HtmlElement, within: HtmlElement) -> str:
    """The text printed after ``node`` inside ``within``: its tail and its later siblings', up
    through its ancestors below ``within``."""
    parts: list[str] = []
    while node is not None and node is not within:
        parts.append(node.tail or "")
        for sib in node.itersiblings():
            if isinstance(sib.tag, str):
                parts.append(text_of(sib))
            parts.append(sib.tail or "")
        node = node.getparent()
    return clean_line(" ".join(parts))


#: typography a key is blind to: curly quotes, dashes (WordPress prints the typed "…" - … as “…” – …)
TYPOGRAPHY = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def _typed(text: str) -> str:
    """A trail step blind to typography (curly quotes, dashes)."""
    return fold(text).translate(TYPOGRAPHY)


#: an address naming an item by its number: a query value, a path segment or a slug's end (read
#: after the host: "127.0.0.1:8000/" is no item)
_ITEM_ADDRESS = re.compile(r"[?&][^=&#]+=\d+(?:[&#]|$)|(?:^|/)\d+(?:[/.#?-]|$)|-\d+(?:\.\w+)?/?(?:[?#]|$)")


def _hash_route(url: str) -> str:
    """The route an app shell's canonical names after "#/" ("http://host/#/tin-tuc/chi-tiet/1288",
    an Angular app's hash routing under a prerender that serves the same route at its path): that
    route's address, not the site's root (read as the root, every post was the home page)."""
    base, sep, route = url.partition("#")
    if not sep or not route.startswith("/") or urlsplit(base).path not in ("", "/") or urlsplit(base).query:
        return url
    return join_url(base, route)


def visible_breadcrumbs(tree: HtmlElement, page_text: str | None = None) -> list[str]:
    """Breadcrumb items in order: list items when the trail is a list, else its links plus the
    trailing text. Separators are » › > | and a spaced slash (a date "20/11" is no separator).
    ``page_text``: the page's text in lower case, when the caller has it."""
    for el in tree.iter(*_TRAIL_BOXES):
        cls, ident, label = el.get("class"), el.get("id"), el.get("aria-label")
        if cls is None and ident is None and label is None:
            continue
        if not _names_a_trail(f"{cls or ''} {ident or ''} {label or ''}"):
            continue
        if _is_trace(el):
            continue  # the pages this visitor opened last (DokuWiki's "Dấu vết:"), no trail
        if is_posted_line(el):
            continue  # a post's meta line in a box the builder named a trail (WebSite X5's "imBreadcrumb": "Đăng bởi …")
        if any(_hidden_box(a) for a in (el, *el.iterancestors())):
            continue  # a trail no reader sees (SharePoint's in its hidden ribbon: "Trang"), not the page's
        if any(_names_a_trail(f"{d.get('class') or ''} {d.get('id') or ''}") and _is_trace(d) for d in el.iterdescendants(_TRAIL_BOXES)):
            continue  # a box around the trail and the visitor's trace: the trail read alone
        lis = list(el.iter("li"))
        links = list(el.iter("a"))
        # (list items read only when they hold the trail's links: DokuWiki's "<li>Bạn đang ở:</li>"
        # before the steps printed outside any item)
        items = [clean_line(text_of(li)) for li in lis] if len({a for li in lis for a in li.iter("a")}) >= len(links) else []
        if not items:
            items = [clean_line(text_of(a)) for a in links]
            # the current page's name printed after the last link (separators may be images)
            # (and the unlinked steps before it: "<a>Trang chủ</a> » Video clip » Văn nghệ …", an
            # XOOPS module's trail linking home alone)
            after = _text_after(links[-1], el) if links else clean_line(text_of(el))
            for tail in (p.strip() for p in _CRUMB_SEPARATORS.split(after.strip(" »›>|/-"))):
                if tail and (not items or tail != items[-1]):
                    items.append(tail)
        crumbs = []
        for item in items:
            item = _CRUMB_SEPARATORS.sub(" ", item).strip(" :»›>|/")
            # ("Vị trí" only as a label, with its colon or alone: a page named "Vị trí, chức năng,
            # nhiệm vụ và quyền hạn …" keeps its words)
            item = re.sub(r"^(?:Bạn đang ở|Bạn đang xem)\s*:?\s*|^Vị trí(?: hiện tại)?\s*(?::\s*|$)", "", item, flags=re.I).strip()
            if item:
                crumbs.append(item)
        if crumbs:
            return crumbs
    unnamed = _unnamed_trail(tree)
    if unnamed:
        return unnamed
    printed = _text_trail(tree)
    if printed:
        return printed
    # no box named for it: a line labelled "Bạn đang ở:" / "Vị trí:" followed by links
    low = text_of(tree).lower() if page_text is None else page_text
    if not any(word in low for word in _HERE_WORDS):
        return []
    for el in _HERE_LABELS(tree):
        if _HERE.match(el.text or "") and next(el.iterdescendants("a"), None) is not None:
            crumbs = [clean_line(text_of(a)) for a in el.iter("a")]
            return [c for c in crumbs if c]
    return []


_TRAIL_BOXES = ("div", "ul", "ol", "nav", "p", "span", "td", "table")
#: the label of a trail of the pages a visitor opened last ("Dấu vết: start » tin_tuc"), folded
_TRACE_LABELS = ("dấu vết", "trace", "lịch sử xem")

def _is_trace(el: HtmlElement) -> bool:
    return fold(clean_line(text_of(el))[:20]).startswith(_TRACE_LABELS)


def is_posted_line(el: HtmlElement) -> bool:
    """The box's text opens with who posted the page ("Đăng bởi quantri trong <a>Chuyên môn</a> ·
    3/12/2026", "Người đăng: …"): a post's meta line, whatever its box is named."""
    start = fold(clean_line(text_of(el))[:30])
    labels = byline_labels()
    return any(start.startswith(fold(label)) for label in (*labels["posters"], *labels["accounts"]))


_HOME_WORDS = frozenset({"trang chủ", "trang nhất", "home", "trang chủ diễn đàn", "board index", "forum index"})
#: (phpBB parts its trail by "‹"; an ASP site of 2006 by ">>")
_SEPARATOR_ONLY = re.compile(r"^\s*(?:>>|»»|[»›‹>|/→]|-{1,2}>)?\s*$")


def _hidden_box(el: HtmlElement) -> bool:
    """Hidden by its attribute or its inline style (the test blocks.is_hidden makes first, kept
    here so that metadata needs no block reading)."""
    if el.get("hidden") is not None:
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


_TEXT_TRAIL_START = etree.XPath("//*[starts-with(normalize-space(text()), 'Trang chủ') or starts-with(normalize-space(text()), 'Trang nhất')]")
_TEXT_TRAIL = re.compile(r"^(?:Trang chủ|Trang nhất)\s*(?:»|›|>>|>|→)\s*\S.{0,118}$")


def _text_trail(tree: HtmlElement) -> list[str]:
    """A trail printed as text without links in a box of its own ("<td class=dd>Trang chủ » Góc
    phụ huynh</td>", an old template's): its steps."""
    for el in _TEXT_TRAIL_START(tree):
        if len(el) or el.tag in ("a", "option", "title", "script"):
            continue  # (a box holding links is a trail only by _unnamed_trail's reading)
        text = clean_line(el.text or "")
        if _TEXT_TRAIL.match(text):
            return [step for step in (s.strip() for s in _CRUMB_SEPARATORS.split(text)) if step]
    return []


def _unnamed_trail(tree: HtmlElement) -> list[str]:
    """A trail in a box no name calls one (utility classes only: "text-sm text-gray-500 flex"):
    the home link, then links, each pair parted by a separator ("»", "›", "/") in its own box or
    as text, and nothing else in the box. Links parted only by "|" are a menu ("Trang chủ |
    Giới thiệu | Liên hệ", a table layout's top bar), not a trail."""
    for home in tree.iter("a"):
        if fold(clean_line(text_of(home)) or _icon_name(home)) not in _HOME_WORDS:
            continue
        box = home.getparent()
        if box is not None and box.tag == "li" and (steps := _ordered_steps(box)):
            return steps
        # (a comment may come first: Vue's "<!--[-->" fragment markers; so may a house icon,
        # "<img src=icon_home.gif> <a>Trang chủ</a> » …")
        if box is None or len(box) < 2 or next((c for c in box if isinstance(c.tag, str) and not _is_icon(c)), None) is not home:
            continue
        names: list[str] = []
        marks: set[str] = set()  # the separators seen ("" for one drawn by CSS)
        separated = True  # the text before the next link is a separator
        pictured = 0  # the links after the home link drawn as pictures
        for child in box:
            if not isinstance(child.tag, str) or (not names and _is_icon(child)):
                continue
            if child.tag == "a":
                if not separated and names:
                    break
                text = clean_line(text_of(child))
                pictured += bool(names) and not text
                names.append(text or _icon_name(child))
                separated = False
            elif _SEPARATOR_ONLY.match(text_of(child)) and text_of(child).strip():
                separated = True
                marks.add(text_of(child).strip())
            elif child.tag in ("span", "i", "img", "em", "b") and not clean_line(text_of(child)):
                separated = True  # a separator drawn by CSS (NukeViet's empty "spector" span)
                marks.add("")
            elif separated and names and child.getnext() is None and 0 < len(clean_line(text_of(child))) <= 200 and not (child.tail or "").strip():
                # the current page's name, unlinked, closing the trail (eZ Publish's "path-text")
                names.append(clean_line(text_of(child)))
            elif separated and names and child.tag in ("span", "strong", "b") and not len(child) and 0 < len(clean_line(text_of(child))) <= 60 and child.getnext() is not None:
                # a step with no page of its own between two linked ones ("Trang chủ » <span>Tin
                # tức - Sự kiện</span> » <a>Tin hoạt động</a>": a menu heading, not a section)
                names.append(clean_line(text_of(child)))
                separated = False
            else:
                break
            if child.tail and child.tail.strip():
                if (step := _UNLINKED_STEP.match(child.tail)) is not None and names and child.getnext() is not None:
                    # a step with no page of its own printed between two separators ("<a>Trang
                    # chủ</a> &raquo; Tin tức &raquo; <a>Nghiên cứu - Trao đổi</a>", a menu heading)
                    names.append(clean_line(step.group(1)))
                    separated = True
                    marks.add(child.tail.strip()[:1])
                    continue
                if not _SEPARATOR_ONLY.match(child.tail):
                    if separated and names and child.getnext() is None and len(clean_line(child.tail)) <= 200:
                        # the current page's name as the text closing the box, after the last
                        # separator ("… <em>›</em> Hỏi lịch thi …", Discuz!'s "#pt" trail)
                        names.append(clean_line(child.tail))
                        continue
                    break
                separated = True
                marks.add(child.tail.strip())
        else:
            # (a row of picture buttons parted by a divider picture is the site's menu drawn in
            # images, "<a><img alt='Tin ảnh'></a><img src=sep.gif>…": a trail names its steps in text)
            if len(names) >= 2 and all(0 < len(n) <= 80 for n in names) and marks - {"|"} and pictured < 2:
                return names
    return []


#: a step without a link between two separators in a trail's text ("» Tin tức »")
_UNLINKED_STEP = re.compile(r"^\s*(?:»|›|>>|>|→)\s*([^»›>→|/<]{1,60}?)\s*(?:»|›|>>|>|→)\s*$")


#: the most steps a trail printed as an ordered list takes (a menu lists more)
_MOST_STEPS = 6


def _ordered_steps(first: HtmlElement) -> list[str]:
    """A trail printed as an ordered list of its steps with no name calling it one ("<ol
    class=dd-bc><li><a>Trang chủ</a></li><li><a>Tin tức</a></li><li><a>Đào tạo, bồi dưỡng</a>",
    its separators drawn by CSS): the home link opening the list's first item, each item one
    short step, none holding a list of its own. (A menu is a "<ul>" of more items with lists.)"""
    ol = first.getparent()
    if ol is None or ol.tag != "ol" or ol[0] is not first:
        return []
    items = [li for li in ol if isinstance(li.tag, str)]
    if not 2 <= len(items) <= _MOST_STEPS or any(li.tag != "li" or len(list(li.iter("a"))) > 1 or next(li.iter("ul", "ol"), None) is not None for li in items):
        return []
    # (a separator may be printed in the item: "<li>›<a>Thông báo</a></li>")
    names = [_CRUMB_SEPARATORS.sub(" ", clean_line(text_of(li))).strip(" :»›>|/") for li in items]
    return names if all(0 < len(n) <= 80 for n in names) else []


def _is_icon(el: HtmlElement) -> bool:
    """An empty image or icon box (a house before "Trang chủ")."""
    return el.tag in ("img", "i", "span", "svg") and not clean_line(text_of(el)) and not (el.tail or "").strip()


def _icon_name(a: HtmlElement) -> str:
    """What a link drawn as an icon says: its image's alt text, or its title."""
    img = next(a.iter("img"), None)
    return clean_line((img.get("alt") if img is not None else None) or a.get("title") or "")


_HERE_WORDS = ("đang ở", "đang xem", "vị trí")
_HERE = re.compile(r"^\s*(?:bạn đang ở|bạn đang xem|vị trí(?: hiện tại)?)\s*:", re.I)
#: elements whose own text may open such a label (lxml filters in C; the regex decides)
_HERE_LABELS = etree.XPath("//body//*[text()[contains(., 'đang ở') or contains(., 'đang xem') or contains(., 'Vị trí') or contains(., 'VỊ TRÍ')]]")
