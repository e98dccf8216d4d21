"""Query parameters a portal's addresses carry without changing the page, learned during a crawl.

Many portals print one article under several addresses that differ in one query parameter and
name no canonical address: the category the link was printed under ("ChiTietTin.aspx?MaTin=1230
&MaDM=3", "…&MaDM=5", or none), the list page it came from, a session id. Each costs a fetch of
a page already read. Whether the parameter matters can only be seen by fetching: on one portal
"&cat=" changes nothing, on another it changes the breadcrumb (the article's category) and so
the record. So the crawl *probes*: a link that differs from an address already requested by one
parameter of the same path is a suspected variant; a couple of them are fetched first, and

- when each comes back the same page (same fingerprint) with the same record fields as the
  address it varies (headline, category, dates, authors, breadcrumb), the parameter is learned
  redundant for that path, and further links that differ only by it are not fetched;
- when one comes back another page, or the same page with other fields, the parameter matters
  for that path, and its variants are fetched like any link; but two links one such parameter
  apart are not released together (the plainer first: which address of an article is fetched
  first names its record, and a race between them would decide it).

Pure data structures; the spider decides when to probe (crawler/spiders/portal.py, ``on_idle``).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from crawler.core.urls import canonicalize_url

#: agreeing probes before a parameter is taken as redundant for a path
VOTES_NEEDED = 2

Query = tuple[tuple[str, str], ...]


def _split(url: str) -> tuple[str, dict[str, str]] | None:
    """(scheme://host/path, parameters) of the canonical address; None when a parameter repeats
    (a list of values is not one value that varies)."""
    parts = urlsplit(canonicalize_url(url))
    if not parts.query:
        return urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")), {}
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    params = dict(pairs)
    if len(params) != len(pairs):
        return None
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")), params


def _query(params: dict[str, str], without: str | None = None) -> Query:
    return tuple(sorted((k, v) for k, v in params.items() if k != without))


def record_digest(fields: Iterable[object]) -> str:
    """The fields of a record two addresses must agree on to be one page."""
    return hashlib.sha1(repr(list(fields)).encode()).hexdigest()


class RedundantParams:
    """The parameters learned redundant (or found to matter) per path, and the index of the
    addresses requested that says which parameter a new link varies."""

    def __init__(self, votes_needed: int = VOTES_NEEDED) -> None:
        self.votes_needed = votes_needed
        self.votes: Counter[tuple[str, str]] = Counter()
        self.matters: dict[tuple[str, str], str] = {}
        self.learned: dict[str, set[str]] = {}
        self._full: set[tuple[str, Query]] = set()
        self._minus: set[tuple[str, str, Query]] = set()
        self._lacking: dict[tuple[str, Query], str] = {}

    def add(self, url: str) -> None:
        """An address requested (its parameters indexed for ``varied_param``)."""
        split = _split(url)
        if split is None:
            return
        path, params = split
        self._full.add((path, _query(params)))
        for name in params:
            minus = _query(params, name)
            self._minus.add((path, name, minus))
            self._lacking.setdefault((path, minus), name)

    def varied_params(self, url: str) -> list[tuple[str, str]]:
        """Each (path, parameter) by which ``url`` differs from an address requested, one parameter
        of the same path apart: its value changed, added or dropped (several when it is one
        parameter apart from several addresses); [] when it is none, or is requested as it is."""
        split = _split(url)
        if split is None:
            return []
        path, params = split
        if (path, _query(params)) in self._full:
            return []  # requested as it is
        found = [(path, name) for name in params if (path, _query(params, name)) in self._full or (path, name, _query(params, name)) in self._minus]
        # the link lacks a parameter a requested address has
        lacking = self._lacking.get((path, _query(params)))
        if lacking is not None:
            found.append((path, lacking))
        return list(dict.fromkeys(found))

    def state_of(self, path: str, name: str) -> str:
        """"redundant", "distinct" (its values are other pages), "refiles" (the same page with
        other fields: a category parameter the breadcrumb follows) or "unknown"."""
        if name in self.learned.get(path, ()):
            return "redundant"
        return self.matters.get((path, name), "unknown")

    def observe(self, path: str, name: str, same_page: bool, same_fields: bool = True) -> bool:
        """A probe's answer; True when it makes the parameter redundant (just now)."""
        key = (path, name)
        if key in self.matters or name in self.learned.get(path, ()):
            return False
        if not same_page or not same_fields:
            self.matters[key] = "refiles" if same_page else "distinct"
            return False
        self.votes[key] += 1
        if self.votes[key] >= self.votes_needed:
            self.learned.setdefault(path, set()).add(name)
            return True
        return False

    def without_learned(self, url: str) -> str | None:
        """The canonical address with the parameters learned redundant for its path left out, or
        None when it carries none of them."""
        split = _split(url)
        if split is None:
            return None
        path, params = split
        drop = self.learned.get(path)
        if not drop or drop.isdisjoint(params):
            return None
        kept = urlencode(_query({k: v for k, v in params.items() if k not in drop}))
        return canonicalize_url(f"{path}?{kept}" if kept else path)


def param_between(url: str, other: str) -> tuple[str, str] | None:
    """(path, parameter) when the two addresses are one parameter of the same path apart."""
    a, b = _split(url), _split(other)
    if a is None or b is None or a[0] != b[0]:
        return None
    names = {k for k in a[1].keys() | b[1].keys() if a[1].get(k) != b[1].get(k)}
    if len(names) != 1:
        return None
    name = names.pop()
    if _one_value(a[1].get(name), b[1].get(name)):
        # (one id written two ways, "?id=35c2…" and "?id=35C2…" or "{35C2…}": a server that reads
        # ids whatever their case (Power Pages, ASP.NET) serves one page for both, which says
        # nothing of what other values of the parameter do)
        return None
    return a[0], name


def _one_value(x: str | None, y: str | None) -> bool:
    return x is not None and y is not None and x.strip("{}").casefold() == y.strip("{}").casefold()
