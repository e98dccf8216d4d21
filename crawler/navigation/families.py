"""URL families and page fingerprints: how a crawl of an endless URL space ends on its own.

Portals whose URLs carry state (WebSphere ``!ut/p/z1/…``, Liferay ``p_p_*``, view state, session
blobs), calendars and facet filters offer endless URLs for a finite site. Two bounds, both
independent of any one platform:

- a **family** is a URL with its variable parts abstracted (numbers, opaque tokens, state
  blobs, query values): ``/2024/04/22/le-khai-giang/`` and ``/2023/09/05/hoi-thi/`` are one
  family, ``/lich?thang=11&nam=2026`` and ``/lich?thang=12&nam=2026`` another. A family keeps a
  budget that is spent only while it yields nothing new: after ``patience`` pages in a row with no
  new article and no new link to one, it is frozen and its other URLs are not fetched;
- a **fingerprint** of what a page shows (its headline and text, or the titles of its links):
  a page equal to one already seen under another URL is a duplicate, is not expanded, and its
  article is not emitted twice.

Pure data structures; the spider counts and decides.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit

from crawler.core.urls import canonicalize_url, url_rules
from crawler.navigation.urls import path_and_query

_DIGITS = re.compile(r"\d+")
# an opaque token: long, and mixing case and digits the way encoders do (base64 state, session
# blobs), or a long run of hex; never a readable slug of lower-case words and numbers
_OPAQUE = re.compile(
    r"^(?=.*\d)(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9+/=_.~%!-]{16,}$"
    r"|^(?=.*[A-Z])[A-Za-z0-9+/=_!-]{32,}$"
    r"|^[0-9a-fA-F-]{32,}$"
)
#: a path segment that opens encoded portal state: everything after it is state (WebSphere)
_STATE_START = re.compile(r"^!")
#: a GUID is a stable identifier (one article, one id), never state that changes on every view
_GUID = re.compile(r"^\{?[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\}?$")
#: an ASP.NET cookieless session (``/(S(lit3py55t21z5v55vlm25s55))/``): state in the path
_SESSION_SEGMENT = re.compile(r"^\([A-Z]\([A-Za-z0-9]{16,}\)\)$")
STATE_MARKS = ("{state}", "{tok}")


def _is_state(token: str, namespaces: str = "") -> bool:
    """An opaque token that is state; not a GUID, and not a namespace the URL's own keys repeat
    (Liferay's ``p_p_id=101_INSTANCE_Ab12CdEf`` names the portlet in ``_101_INSTANCE_Ab12CdEf_…``
    keys and is the same on every view)."""
    if _GUID.match(token) or (namespaces and token in namespaces):
        return False
    if "%" in token:
        # a percent-encoded word ("ho%E1%BA%A1t-%C4%91%E1%BB%99ng": "hoạt-động") is readable,
        # however much its escapes look like an encoder's output
        token = unquote(token)
    if _WORDS_SLUG.match(token):
        return False
    return bool(_OPAQUE.match(token) or _SESSION_SEGMENT.match(token))


#: a slug of words in any case, with numbers as words of their own ("Hoi-thao-chao-mung-97-nam-
#: Ngay-thanh-lap", Kentico's document names): readable, however its case mixes
_WORDS_SLUG = re.compile(r"^(?:[A-Za-z]+\d*|\d+[A-Za-z]*)(?:-(?:[A-Za-z]+\d*|\d+[A-Za-z]*)){3,}(?:\.[a-z]{2,5})?$")


def _segment_template(seg: str, after_number: bool) -> str:
    if _GUID.match(seg):
        return "{id}"
    if _is_state(seg):
        return "{tok}"
    if after_number and _SLUG.match(seg):
        return "{slug}"  # /2024/04/22/le-khai-giang/: the words after a date or id name one item
    return _DIGITS.sub("{n}", seg)


_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+(?:\.[a-z]{2,5})?$")


def family_of(url: str) -> str:
    """The URL's family key: host, then the path with numbers, opaque tokens and encoded state
    abstracted (words stay: they name sections), then the sorted query keys (opaque values marked).
    """
    parts = urlsplit(url)
    segments: list[str] = []
    for seg in parts.path.split("/"):
        if _STATE_START.match(seg):
            segments.append("{state}")
            break
        segments.append(_segment_template(seg, bool(segments) and segments[-1] in ("{n}", "{id}")))
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    namespaces = " ".join(k for k, _ in pairs)
    # (a query that is a path, Dotclear's and Serendipity's "index.php?archive/2026/11": its
    # numbers are abstracted as a path's are)
    keys = sorted(f"{_DIGITS.sub('{n}', k.lower()) if '/' in k else k.lower()}={_value_template(v, namespaces)}" for k, v in pairs)
    query = "&".join(keys)
    return f"{(parts.hostname or '').lower()}{'/'.join(segments)}" + (f"?{query}" if query else "")


def _value_template(value: str, namespaces: str = "") -> str:
    """A query value in a family key: opaque state and numbers abstracted, words kept
    (``module=news&op=detail`` and ``module=gallery`` are different families)."""
    if _GUID.match(value):
        return "{id}"
    if _is_state(value, namespaces):
        return "{tok}"
    if len(value) > 40:
        return "{v}"
    return _DIGITS.sub("{n}", value)


def is_stateful(url: str) -> bool:
    """A URL carrying opaque state (a new blob on every view of the same page)."""
    family = family_of(url)
    return any(mark in family for mark in STATE_MARKS)


def readable_form(url: str) -> str | None:
    """The URL without its opaque state (path segments from a ``!`` state segment on, query values
    that are opaque tokens), when that differs: the "most readable form" a portal may also serve
    the page at. None for a URL without state."""
    if not is_stateful(url):
        return None
    parts = urlsplit(url)
    segments = parts.path.split("/")
    kept = []
    for seg in segments:
        if _SESSION_SEGMENT.match(seg):
            continue  # the session; the page's own path goes on after it
        if _STATE_START.match(seg) or _is_state(seg):
            break
        kept.append(seg)
    path = "/".join(kept) or "/"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    namespaces = " ".join(k for k, _ in pairs)
    query = "&".join(f"{k}={v}" if v else k for k, v in pairs if not _is_state(v, namespaces))
    readable = urlunsplit((parts.scheme, parts.netloc, path, query, ""))
    return readable if canonicalize_url(readable) != canonicalize_url(url) else None


def request_key(url: str, label: str = "", source: str = "", absolute_label: bool = True) -> str:
    """The identity of the page a link leads to, for "already requested?".

    Ordinarily the canonical URL. A URL with opaque state differs on every view of the same page,
    so there the link's own label names the page: the same family under the same text is the same
    page. A label that is relative to where it is printed ("Trang sau", "Đọc tiếp"; ``absolute_label``
    False) names a different page on every page, so the source page's key is part of it."""
    if not is_stateful(url):
        # (a folder's index file is the folder: "/tin-tuc/index.html?page=2" and "/tin-tuc/?page=2",
        # a static server's or a Java portal's directory index; the key only, never the address)
        # (and a platform's mirror of the whole site is the site: urls.toml mirror_prefixes)
        return _unmirrored(_DIRECTORY_INDEX.sub("/", canonicalize_url(url), count=1))
    family = family_of(url)
    if label and absolute_label:
        return f"{family}|{label}"
    return f"{family}|{label}|{source}"


_DIRECTORY_INDEX = re.compile(r"/index\.html?(?=$|[?#])", re.I)


@lru_cache(maxsize=1)
def _mirror_prefix() -> re.Pattern[str]:
    prefixes = url_rules().get("mirror_prefixes", [])
    return re.compile(r"^([a-z][a-z0-9+.-]*://[^/]+)(?:" + "|".join(re.escape(p.rstrip("/")) for p in prefixes) + r")(?=/)", re.I)


def _unmirrored(key: str) -> str:
    return _mirror_prefix().sub(r"\1", key, count=1)


@dataclass
class FamilyBudget:
    """Per family: pages fetched, and how many in a row gave nothing new."""

    fetched: int = 0
    productive: int = 0
    barren_run: int = 0
    #: how many of the barren run's last pages were a register's entries
    register_run: int = 0
    frozen: bool = False


#: an address ending in a year and a month (or a day): a date archive's page
_DATE_ARCHIVE = re.compile(
    r"(?:^|[/?=&])(?:19|20)\d{2}(?:[/-]\d{1,2}){1,2}/?(?:\.html?)?$"
    # (or a month named by a parameter: Contao's "/luu-tru.html?month=202611", "?thang=11-2026")
    r"|[?&](?:month|thang|archive|luu-tru|luutru)=(?:(?:19|20)\d{2}-?\d{2}|\d{1,2}-(?:19|20)\d{2})(?:&|$)"
)


def is_date_archive(url: str) -> bool:
    """A date archive's page ("?archive/2015/03", "/2026/11/", "/news/2026-11-12"): the posts
    of a month or a day, which the site's lists show as well."""
    return bool(_DATE_ARCHIVE.search(path_and_query(url)))


#: pages in a row without anything new before a family of date archives is frozen
DATE_ARCHIVE_PATIENCE = 5


@dataclass
class Families:
    """The crawl's families. ``patience``: pages in a row without anything new (no new article,
    no listing entry; a page repeating one already seen counts too) before a family is frozen."""

    patience: int = 20
    budgets: dict[str, FamilyBudget] = field(default_factory=dict)
    #: per path with queries, the families its queries made
    variant_families: dict[str, set[str]] = field(default_factory=dict)

    def allows(self, url: str, article: bool = False) -> bool:
        """``article``: the link was taken for an article's (a listing's entry): the query
        variants of its path may be frozen, an article at a query address ("?act=tin&id=98") is
        still fetched."""
        budget = self.budgets.get(family_of(url))
        if budget is not None and budget.frozen:
            return False
        if article:
            return True
        variants = self.budgets.get(query_variants_of(url) or "")
        return variants is None or not variants.frozen

    def record(self, url: str, *, productive: bool, register: bool = False, fresh: bool | None = None) -> bool:
        """Count a fetched page of ``url``'s family; True when this froze the family. A family of
        date archives (a month's or a day's page, "?archive/2015/03", "/2026/11/") has less
        patience: a blog links every month back to its first, most of them empty. So has a run
        of a register's entries (``register``: the page was read as a document's, a file's, a
        clip's or an album's entry, crawler.plan REGISTER_REASONS): a document library links
        hundreds of them, each "Văn bản khác" box more, and none is news."""
        variants_key = query_variants_of(url)
        if variants_key is not None:
            self._record_variants(variants_key, productive if fresh is None else fresh, family_of(url))
        budget = self.budgets.setdefault(family_of(url), FamilyBudget())
        budget.fetched += 1
        if productive:
            budget.productive += 1
            budget.barren_run = budget.register_run = 0
            return False
        budget.barren_run += 1
        budget.register_run = budget.register_run + 1 if register else 0
        brief = is_date_archive(url) or budget.register_run >= budget.barren_run
        patience = min(self.patience, DATE_ARCHIVE_PATIENCE) if brief else self.patience
        if budget.frozen or budget.barren_run < patience:
            return False
        budget.frozen = True
        return True


    def note_article(self, url: str) -> None:
        """An article read at a query address ("index.php?act=tin&id=98"): its path's query
        variants are productive (a single-script site's lists and posts share one path)."""
        key = query_variants_of(url)
        if key is not None:
            self._record_variants(key, True, family_of(url))

    def _record_variants(self, key: str, productive: bool, family: str) -> None:
        """One path's pages under every query: a faceted list ("/tin-bai/?nam=2026&thang=11&loai=tin
        &sap_xep=cu", each facet a link keeping the others) makes a family of every combination of
        its keys and words, hundreds of them repeating each other; their path's barren run freezes
        them all (FACET_PATIENCE pages in a row without anything new)."""
        budget = self.budgets.setdefault(key, FamilyBudget())
        budget.fetched += 1
        families = self.variant_families.setdefault(key, set())
        families.add(family)
        if productive:
            budget.productive += 1
            budget.barren_run = 0
            return
        budget.barren_run += 1
        # (only a path whose queries make many families: a script's few lists, Moodle's
        # "view.php?id=2", "?id=2&o=5", "?id=2&p=1", "?f=1", are no facets)
        if budget.barren_run >= FACET_PATIENCE and len(families) >= FACET_FAMILIES:
            budget.frozen = True


#: query variants of one path in a row without anything new before the path's variants are frozen
FACET_PATIENCE = 15
#: the families (sets of query keys and words) a path's queries must make to be read as facets
FACET_FAMILIES = 10


def passes_frozen_variants(meta: dict) -> bool:
    """A request an article, a list's next page or a menu's item asked for: fetched whatever its
    path's other query variants gave (the spider's look at a link and the downloader's second
    look at the queued request ask the same)."""
    return bool(meta.get("as_article") or meta.get("paged") or meta.get("menu_item"))


def query_variants_of(url: str) -> str | None:
    """The key of all the query variants of the URL's path (its family without the query), or
    None for an address without a query."""
    parts = urlsplit(url)
    if not parts.query:
        return None
    return family_of(parts._replace(query="").geturl()) + "?*"


def fingerprint(*parts: str) -> bytes:
    """A short digest of what a page shows (already normalised text)."""
    digest = hashlib.blake2b(digest_size=8)
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.digest()
