"""An article printed over several pages: where its next page is, and whether this page is not
its first.

Portals split long articles with a page-break plugin (Joomla's ``?start=1`` / ``&limitstart=1``,
WordPress's ``<!--nextpage-->`` at ``/slug/2/``, PHP-Fusion's ``&rowstart=1``, Drupal's
``?page=1``) and print a small pager next to the text: "Trang 1 2 3", "« Trước | Sau »". A reader
wants one record per article, so the spider fetches the next pages and appends their text
(``join_part``); a later page reached on its own is no article of its own.

The pager is recognised by what it links to, not by its markup: links labelled with a page number
or a page-turning word (``phrases/page_turns.toml``) to the same address with only a page number
changed (one query value, or a ``/N`` path step), next to the article's text, and outside comments
(a comment thread's own pager turns the comments, not the text) and related lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from lxml.html import HtmlElement

from crawler.core.elements import text_of
from crawler.core.text import clean_line, fold
from crawler.core.urls import join_url
from crawler.core.vocab import element_families
from crawler.extract.content import within
from crawler.phrases import phrase_sets

__all__ = ["ArticlePager", "article_pager", "join_part"]

#: most page-break articles have two to five pages; a pager past this is a listing's
MAX_PARTS = 20
#: how far (in ancestors of the text's last block) a pager may sit from the text
_NEAR_LEVELS = 6
#: families a pager of the article's text never sits in
_NOT_ARTICLE_PAGER = frozenset({"comments", "related", "menu"})
_NUMBER = re.compile(r"\d{1,2}")


@dataclass
class ArticlePager:
    """The pager of a multi-page article, as this page prints it."""

    #: the next page of the article, when this page is not its last
    next_url: str | None = None
    #: True when this page is a later page of the article (its pager links back to page 1)
    later_page: bool = False
    #: the pager's elements, to leave out of the text
    elements: list[HtmlElement] = field(default_factory=list)
    #: every other page of the article linked near the text (its pager, its table of contents):
    #: pages the crawl reaches through the article's join, not as pages of their own
    pages: tuple[str, ...] = ()


def _turns() -> dict[str, frozenset[str]]:
    return phrase_sets("page_turns")


def _label(a: HtmlElement) -> tuple[str, int | None] | None:
    """("number", n), ("forward"/"backward", None) for a page-turning link, else None; a long
    title is turned away before any cleaning."""
    text = a.text if not len(a) else text_of(a)
    if text and len(text) > 40:
        return None
    if not text:
        title = a.get("title") or a.get("aria-label") or ""
        text = title if len(title) <= 20 else ""
    if not text or len(text) > 24:
        return None
    key = clean_line(text).casefold()
    key = key.removeprefix("trang ").strip() if key[:6] == "trang " and _NUMBER.fullmatch(key[6:].strip()) else key
    if _NUMBER.fullmatch(key):
        return "number", int(key)
    turns = _turns()
    for words in (key, key.strip(_ARROWS)):  # "Trang sau »": the words without their arrow
        if words in turns["forward"]:
            return "forward", None
        if words in turns["backward"]:
            return "backward", None
    return None


_ARROWS = " »›>→«‹<←|"


def _same_article(here: str, there: str, linked: Iterable[str] = ()) -> bool:
    """``there`` is ``here`` with only its page number changed: a page parameter added, changed
    or dropped (``phrases/page_turns.toml``), or a ``/N`` step after the article's own path
    (from one step to another only when the page also links the bare path, its page 1:
    ``linked``)."""
    a, b = urlsplit(here), urlsplit(there)
    if a.netloc.lower() != b.netloc.lower():
        return False
    if a.path != b.path:
        if a.query != b.query:
            return False
        sa, sb = _segments(a.path), _segments(b.path)
        if _without_page_pairs(sa) == _without_page_pairs(sb) and (len(sa) != len(sb) or sa != sb):
            return True  # (a page's parameter written as two path steps: "/PageID/1402/")
        common = next((i for i, (x, y) in enumerate(zip(sa, sb, strict=False)) if x != y), min(len(sa), len(sb)))
        if not (_page_steps(sa[common:]) and _page_steps(sb[common:])) or common == 0:
            return False
        if common == len(sa) or common == len(sb):
            return True  # page 1 at the bare path, a later page one or two steps after it
        # "/tin/12" and "/tin/13" may be two articles; "/bai/2/" and "/bai/3/" (Joomla 1.0's
        # "/content/view/130/45/1/1/" and "…/1/2/") are pages of one when the page links page 1
        # at a bare path both extend by page steps
        for u in linked:
            bare = urlsplit(u)
            steps = _segments(bare.path)
            n = len(steps)
            if bare.netloc.lower() == a.netloc.lower() and bare.query == a.query and 0 < n <= common and sa[:n] == steps and _page_steps(sa[n:]) and _page_steps(sb[n:]):
                return True
        return False
    # an empty parameter says nothing (Joomla's "?showall=&start=1")
    qa, qb = dict(parse_qsl(a.query)), dict(parse_qsl(b.query))
    # (Liferay's portlet state a portlet's links carry, "p_p_id=…&p_p_lifecycle=0&p_p_state=normal
    # &p_p_mode=view&p_p_col_id=…", says which portlet, not which page)
    changed = {k for k in qa.keys() | qb.keys() if qa.get(k) != qb.get(k) and not k.startswith("p_p_")}
    turns = _turns()
    if len(changed) == 2:
        # (a page size the page number's link adds beside it: "&limit=1&limitstart=2")
        changed = {k for k in changed if not (k.casefold() in turns["sizes"] and all(v is None or v.isdigit() for v in (qa.get(k), qb.get(k))))}
    if len(changed) != 1:
        return False
    (key,) = changed
    # (a portlet's parameter carries its namespace: Liferay's "_101_INSTANCE_hN7t_page=2")
    name = key.casefold().rsplit("_", 1)[-1] if key.startswith("_") else key.casefold()
    if name not in turns["params"] and not (name in turns["path_params"] and _own_path(a.path)):
        return False
    return all(v is None or v.isdigit() or v.casefold() in turns["whole"] for v in (qa.get(key), qb.get(key)))


def _marked_current(a: HtmlElement, near: HtmlElement | None = None) -> bool:
    """A link its index marks as the page shown ("active", "current", aria-current), on the link
    or, inside ``near`` (the text's own box), on its list item: Bootstrap's nav, Joomla 3's
    page-break index "li.toclink.active > a" (a menu's item marked so, further out, is the
    section's, not the page's)."""
    if a.get("aria-current") == "page" or {"active", "current"} & set((a.get("class") or "").split()):
        return True
    item = a.getparent()
    if near is None or item is None or item.tag != "li" or not {"active", "current"} & set((item.get("class") or "").split()):
        return False
    return any(anc is near for anc in item.iterancestors())


def _own_path(path: str) -> bool:
    """An address with a path of its own: not the site's root nor its index script."""
    last = path.rstrip("/").rsplit("/", 1)[-1].casefold()
    return bool(last) and last not in ("index.php", "default.aspx", "index.html", "default.asp", "index.jsp")


class _Linked:
    """The addresses linked near the text, joined on first use."""

    def __init__(self, base: str, hrefs: list[str]) -> None:
        self.base, self.hrefs = base, hrefs
        self._joined: set[str] | None = None

    def __iter__(self) -> Iterator[str]:
        if self._joined is None:
            self._joined = {join_url(self.base, h).split("#", 1)[0] for h in self.hrefs}
        return iter(self._joined)


def _segments(path: str) -> list[str]:
    return [part for part in path.split("/") if part]


def _without_page_pairs(steps: list[str]) -> list[str]:
    """The path's steps without a page parameter written as a pair of steps ("PageID", "1402")."""
    keys = _turns()["path_pairs"]
    out: list[str] = []
    i = 0
    while i < len(steps):
        if i + 1 < len(steps) and steps[i].lower() in keys and steps[i + 1].isdigit():
            i += 2
            continue
        out.append(steps[i])
        i += 1
    return out


def _page_steps(steps: list[str]) -> bool:
    """A page's steps after its article's path: none (page 1), "/2" (a page number) or
    "/1/2" (Joomla 1.0's limit and limitstart)."""
    return len(steps) <= 2 and all(_NUMBER.fullmatch(step) for step in steps)


def _outside_furniture(a: HtmlElement) -> bool:
    for anc in a.iterancestors():
        if anc.tag in ("body", "html"):
            return True
        if not element_families(anc).isdisjoint(_NOT_ARTICLE_PAGER):
            return False
    return True


def article_pager(tree: HtmlElement, url: str, content: list[HtmlElement]) -> ArticlePager:
    """The article's pager next to its text (``content``), or an empty one."""
    if not content:
        return ArticlePager()
    base_el = next(tree.iter("base"), None)  # a <base href> resolves the pager's links too
    base = join_url(url, base_el.get("href")) if base_el is not None and base_el.get("href") else url
    # the pager sits within a few levels of the text's last block: only the links there are read
    # (a page's hundreds of menu and sidebar links are never looked at)
    region = content[-1]
    for depth, anc in enumerate(content[-1].iterancestors()):
        if depth > _NEAR_LEVELS or anc.tag in ("body", "html"):
            break
        region = anc
    numbered: dict[int, str] = {}
    forward: list[str] = []
    backward = False
    elements: list[HtmlElement] = []
    here = url.split("#", 1)[0]
    labelled: list[tuple[HtmlElement, tuple[str, int | None], str]] = []
    # every address linked near the text (a page's table of contents, "Mục lục bài viết", links
    # page 1 by its section's name): where a later page finds its article's bare path; joined only
    # when a pager asks (urljoin on every link near the text cost a third of a millisecond a page)
    hrefs: list[str] = []
    for a in region.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        hrefs.append(href)
        label = _label(a)
        if label is not None:
            labelled.append((a, label, join_url(base, href).split("#", 1)[0]))
    if not labelled:
        return ArticlePager()
    linked = _Linked(base, hrefs)
    replies = _posts_after(content[-1], region)
    # the page as its own table of contents names it, marked current, at another address (a
    # Joomla article opened through "/component/content/article/…?Itemid=101" whose page-break
    # index links its menu's route, "…/tin-tuc/1280-x.html?showall=&limitstart="): its pages are
    # read against that address too
    box = content[-1].getparent()
    near = box.getparent() if box is not None and box.getparent() is not None else box
    current = next((join_url(base, (a.get("href") or "").strip()).split("#", 1)[0] for a in region.iter("a") if _marked_current(a, near) and (a.get("href") or "").strip()[:1] not in ("", "#")), None)
    for a, label, target in labelled:
        if target == here or not (_same_article(here, target, linked) or (current is not None and target != current and _same_article(current, target, linked))):
            continue
        if not _outside_furniture(a) or _after_replies(a, replies, region):
            continue
        kind, number = label
        elements.append(a)
        if kind == "number" and number is not None:
            numbered.setdefault(number, target)
        elif kind == "forward":
            forward.append(target)
        else:
            backward = True
    if not elements:
        return ArticlePager()
    if len(numbered) >= MAX_PARTS:
        return ArticlePager()  # a long run of numbers: a listing's pager, not an article's
    boxes = _pager_boxes(elements)
    if numbered:
        # this page's number is the first one the pager does not link, and the pager prints it
        # unlinked ("<strong>2</strong>"); a pager that links every number (a photo viewer's)
        # says nothing of this page
        current = next(n for n in range(1, MAX_PARTS + 2) if n not in numbered)
        printed = " ".join(_unlinked_text(box) for box in boxes)
        if not re.search(rf"(?<!\d){current}(?!\d)", printed):
            return ArticlePager()
        return ArticlePager(next_url=numbered.get(current + 1), later_page=current > 1, elements=boxes, pages=_pages(here, linked))
    return ArticlePager(next_url=forward[0] if forward else None, later_page=backward, elements=boxes, pages=_pages(here, linked))


#: the boxes a thread prints each post in, named or not (a forum's "<article>" per post)
_POST_TAGS = frozenset({"article", "li", "section"})
#: how many posts of the text's kind after it make a thread of replies
_REPLIES_MIN = 2


def _posts_after(last: HtmlElement, region: HtmlElement) -> list[HtmlElement]:
    """The boxes of the text's own box's kind after it (a thread's replies, each printed as the
    post holding the text: Flarum's "<article>" per post in its page for readers without
    scripts), when there are at least two of them."""
    for box in (last, *last.iterancestors()):
        if box is region or box.tag in ("body", "html"):
            break
        kind = (box.tag, (box.get("class") or "").strip())
        if not kind[1] and kind[0] not in _POST_TAGS:
            continue
        later = [sib for sib in box.itersiblings() if (sib.tag, (sib.get("class") or "").strip()) == kind]
        if len(later) >= _REPLIES_MIN:
            return later
    return []


def _after_replies(a: HtmlElement, replies: list[HtmlElement], region: HtmlElement) -> bool:
    """A pager printed after the replies that follow the text turns the thread's pages of replies,
    not the text's (page 2 of a forum topic is more replies)."""
    if not replies:
        return False
    outside = [r for r in replies if not within(a, r)]
    if len(outside) < _REPLIES_MIN:
        return False
    order = {el: i for i, el in enumerate(region.iter())}
    return order.get(a, -1) > order.get(outside[-1], len(order))


def _pages(here: str, linked: _Linked) -> tuple[str, ...]:
    """The article's other pages among the links near its text (read only on a paged article)."""
    return tuple(sorted(u for u in linked if u != here and _same_article(here, u, linked)))


def _unlinked_text(box: HtmlElement) -> str:
    """The pager's text outside its links (where it prints the current page's number)."""
    if box.tag == "a":
        return ""
    parts = [box.text or ""]
    for el in box.iterdescendants():
        if el.tag != "a" and not any(anc.tag == "a" for anc in el.iterancestors() if within(anc, box)):
            parts.append(el.text or "")
        parts.append(el.tail or "")
    return " ".join(parts)


def _pager_boxes(links: list[HtmlElement]) -> list[HtmlElement]:
    """The pager's box: the links' nearest shared ancestor, or its parent, when it prints nothing
    but the pager ("Trang: 1 2 3 »"); else the links themselves."""
    shared = links[0].getparent()
    while shared is not None and not all(within(a, shared) for a in links):
        shared = shared.getparent()
    box = None
    for candidate in (shared, shared.getparent() if shared is not None else None):
        if candidate is None or candidate.tag in ("body", "html") or not _only_pager(candidate):
            break
        box = candidate
    return [box] if box is not None else links


#: the words a pager prints besides numbers and arrows (and its link to the whole article on one
#: page: "Xem toàn bài", "Xem tất cả", "View all")
_PAGER_WORDS = re.compile(r"\b(?:trang|pages?|sau|trước|tiếp|theo|đầu|cuối|next|prev|previous|first|last|xem toàn bài|toàn bài|xem tất cả|view all|all)\b")
_A_WORD = re.compile(r"[^\W\d_]{2,}")


#: a number glued to a word: WordPress's "<span class=post-pages-label>Trang</span><span>1</span>"
#: reads "Trang1", a label and a number
_DIGITS = re.compile(r"\d+")


def _only_pager(box: HtmlElement) -> bool:
    words = _DIGITS.sub(r" \g<0> ", fold(text_of(box)))
    return len(words) <= 80 and not _A_WORD.search(_PAGER_WORDS.sub(" ", words))


def join_part(first: dict[str, Any], part: dict[str, Any]) -> bool:
    """Append a later page's text blocks to the first page's raw record (in place); False when
    the page repeats text the record already has (a comment pager or a listing turned the page,
    not the article), and then nothing is appended."""
    blocks = first.setdefault("blocks", [])
    seen = {fold(b.get("text", "")) for b in blocks if b.get("kind") == "text" and b.get("text")}
    texts = [b for b in part.get("blocks", []) if b.get("kind") == "text" and b.get("text") and not b.get("sapo")]
    repeated_chars = sum(len(b["text"]) for b in texts if fold(b["text"]) in seen)
    if not texts or repeated_chars * 2 >= sum(len(b["text"]) for b in texts):
        return False  # mostly the first page's text again: the headline and its info lines may repeat, the text may not
    # a line every page prints under its text (the post's "Viết bởi … · 541 Lượt đọc" footer)
    # ends the joined text once, where the last page prints it
    repeated = {fold(b["text"]) for b in texts}
    while blocks and blocks[-1].get("kind") == "text" and fold(blocks[-1].get("text", "")) in repeated:
        seen.discard(fold(blocks.pop()["text"]))
    for block in part.get("blocks", []):
        if block.get("sapo"):
            continue  # a later page's bold opening is no lead of the article
        if block.get("kind") == "text" and fold(block.get("text", "")) in seen:
            continue  # the headline or a box repeated on every page
        blocks.append(block)
    for key in ("attachments",):
        have = first.setdefault(key, [])
        have.extend(x for x in part.get(key) or [] if x not in have)
    if not first.get("field_authors") and part.get("field_authors"):
        first["field_authors"] = part["field_authors"]
    return True
