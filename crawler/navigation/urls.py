"""Navigation's URL rules: scope (which hosts and paths a crawl may touch), start URLs, traps and
article-shaped URLs. The rules' data lives in rules.toml beside this module; the URL primitives
(clean and canonical forms) are crawler.core.urls.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from crawler.core.urls import ALLOWED_SCHEMES, address_class, clean_url, host_of


@cache
def rules() -> dict[str, Any]:
    return tomllib.loads(files(__package__).joinpath("rules.toml").read_text(encoding="utf-8"))


@cache
def _never_follow() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in rules()["never_follow"]), re.I)


@cache
def _article_url() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in rules()["article_url"]), re.I)


def path_and_query(url: str) -> str:
    """What the URL rules are matched against: the path, and the query after its "?"."""
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def is_trap(url: str) -> bool:
    return bool(_never_follow().search(path_and_query(url)))


def looks_like_article_url(url: str) -> bool:
    return bool(_article_url().search(path_and_query(url)))


class StartUrlError(ValueError):
    """An operator-given URL that cannot start a crawl; the message says what to do."""


def check_start_url(url: str) -> str:
    """Validate an operator's start URL (any http(s) host, loopback included); return it cleaned."""
    raw = (url or "").strip()
    if not raw:
        raise StartUrlError("empty start URL: give -a start_url=http://portal.example/")
    parts = urlsplit(raw)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        shown = parts.scheme + ":" if parts.scheme else "no scheme"
        raise StartUrlError(f"start URL {raw!r} has {shown}; only http:// and https:// portals can be crawled")
    if not parts.hostname:
        raise StartUrlError(f"start URL {raw!r} has no host; write it like http://portal.example/")
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError as exc:
        raise StartUrlError(f"start URL {raw!r} has a bad port: {exc}") from exc
    return clean_url(raw)


def start_prefix(url: str) -> str:
    """The path a start URL confines its crawl to: its directory ("/thcs-nguyen-du/" for
    ``http://host/thcs-nguyen-du/`` or ``…/thcs-nguyen-du``), "" for the host's root or a page there
    (``/``, ``/index.php``, ``/Default.aspx?tabid=1``). One host often carries many schools under
    path prefixes; a crawl started at one school's prefix stays there."""
    path = urlsplit(url).path or "/"
    if path == "/":
        return ""
    last = path.rsplit("/", 1)[1]
    if path.endswith("/"):
        prefix = path
    elif "." in last:
        prefix = path[: path.rfind("/") + 1]
    else:
        prefix = path + "/"
    # a CMS's folder of pages is not the site: SharePoint's "/sites/x/SitePages/Home.aspx" belongs
    # to "/sites/x/", whose lists and news roll-up live under "/sites/x/_layouts/" and "/sites/x/Lists/"
    folder = prefix.rstrip("/").rsplit("/", 1)[-1]
    if folder.lower() in _PAGE_FOLDERS:
        prefix = prefix.rstrip("/")[: -len(folder)]
    return "" if prefix == "/" else prefix


#: folders a CMS keeps its pages in, below the site's own root
_PAGE_FOLDERS = frozenset({"sitepages", "pages"})


def portal_id_for(url: str) -> str:
    """The id of an unconfigured portal: its start URL's host, plus the path prefix the crawl is
    confined to ("school.edu.vn_thcs-nguyen-du"), so that two schools on one host are two portals
    (their own state, lock, output directory and report line)."""
    prefix = start_prefix(url)
    host = host_of(url)
    if not prefix:
        return host
    return f"{host}_{re.sub(r'[^0-9A-Za-z._-]+', '_', prefix.strip('/'))}"


#: the links of the host's own a start page must print, none under its prefix, for the start
#: URL's path to be read as a page of the whole site (Scope.past_start_page)
MIN_LINKS_PAST_START = 3
#: the share of those links one folder above the start page must hold to be the school's own
#: folder on a shared host (the rest: the vendor's login, another tenant's home)
TENANT_SHARE = 0.8


@dataclass(frozen=True)
class Scope:
    """Hosts (and optional path prefixes) a crawl may follow links into.

    A path prefix confines pages, not files: images and attachments may live anywhere on the
    host. Discovery probes (robots.txt, sitemaps, feeds at the host's root) pass the host test
    only (``check(url, pages=False)``); what they propose is checked like any link."""

    hosts: frozenset[str]
    path_prefixes: tuple[str, ...] = ()

    @classmethod
    def for_start(cls, start_urls: list[str] | tuple[str, ...], extra_hosts: tuple[str, ...] = (), path_prefix: str | None = None) -> Scope:
        """The scope of a crawl: the start URLs' hosts plus ``extra_hosts``; the start URLs' path
        prefixes unless ``path_prefix`` (a config's) says otherwise ("/" widens to the whole host)."""
        hosts = {host_of(u) for u in start_urls} | {h.lower() for h in extra_hosts}
        if path_prefix is not None and path_prefix != "":
            prefixes = () if path_prefix == "/" else (path_prefix,)
        else:
            found = [start_prefix(u) for u in start_urls]
            prefixes = () if "" in found else tuple(dict.fromkeys(found))
        return cls(frozenset(h for h in hosts if h), prefixes)

    @property
    def path_prefix(self) -> str:
        return ",".join(self.path_prefixes)

    def describe(self) -> dict[str, Any]:
        """The scope as the run manifest records it."""
        return {"hosts": sorted(self.hosts), "path_prefixes": list(self.path_prefixes)}

    def past_start_page(self, start_url: str, link_urls: Iterable[str]) -> Scope | None:
        """The whole host, when the start URL's path is a page of the site and no folder of it:
        the start page links nothing under the prefix its path implies (dotCMS's home page
        "/home/index", a home page routed "/vi/trang-chu"), but some pages of its own host
        elsewhere. A start URL that only looks deep would otherwise crawl nothing; a school's
        folder on a shared host links its own pages, so it stays confined."""
        if not self.path_prefixes:
            return None
        start_path = urlsplit(start_url).path
        inside = 0
        outside: list[str] = []
        for url in link_urls:
            parts = urlsplit(url)
            if (parts.hostname or "").lower() not in self.hosts or parts.path == start_path:
                continue  # (another host's, or the start page's own under another query)
            reason = self.check(url)
            if reason is None:
                inside += 1
            elif reason == "outside_prefix":
                outside.append(parts.path or "/")
        # one link under the prefix among many outside it is the page's own other route (an MVC
        # home "/truong/Home" linking "/truong/Home/Index"), no folder's list
        if len(outside) < MIN_LINKS_PAST_START:
            return None
        if inside > 1 or (inside and len(outside) < 10 * inside):
            site = self._site_above(start_path, outside)
            return Scope(self.hosts, (site,)) if site else None
        return Scope(self.hosts, self._tenant_folder(start_path, outside))

    def _site_above(self, start_path: str, outside: list[str]) -> str | None:
        """The folder above a home page, its address named as one (rules.toml "home_page_names"),
        that the page's own links fill ("/web/truongchinhtri/" of
        Liferay's "/web/truongchinhtri/trang-chu", whose menu links "/web/truongchinhtri/tin-tuc"
        and its other pages, while under its own path sit only its widgets' routes,
        "…/trang-chu/-/asset_publisher/…"): the site's, the crawl's. Never the host's root: a
        school's folder on a shared host stays its own."""
        prefix = next((p for p in self.path_prefixes if start_path.startswith(p) or start_path == p.rstrip("/")), None)
        name = start_path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
        if prefix is None or name not in rules()["home_page_names"]:
            return None
        parent = prefix.rstrip("/").rsplit("/", 1)[0] + "/"
        if parent == "/":
            return None
        held = sum(path.startswith(parent) or path == parent.rstrip("/") for path in outside)
        return parent if held >= MIN_LINKS_PAST_START and held >= TENANT_SHARE * len(outside) else None

    def _tenant_folder(self, start_path: str, outside: list[str]) -> tuple[str, ...]:
        """The school's own folder on a vendor's shared host, when the start page links another
        school's page of the same route ("/thcstranhungdao/Home" linking "/thcsnguyendu/Home" in
        its footer) and the folder holds nearly all of its links ("/thcstranhungdao/TinTuc/…"):
        the crawl stays in it. None of that shape (a wiki's "/wiki/…" beside its
        "/index.php?title=…"): the whole host, as before."""
        first, _, rest = start_path.strip("/").partition("/")
        if not first or not rest:
            return ()
        mirrors = [p for p in outside if p.strip("/").partition("/")[2] == rest and p.strip("/").partition("/")[0] != first]
        if not mirrors:
            return ()
        folder = f"/{first}/"
        held = sum(path.startswith(folder) for path in outside)
        return (folder,) if held >= MIN_LINKS_PAST_START and held >= TENANT_SHARE * len(outside) else ()

    def check(self, url: str, pages: bool = True) -> str | None:
        """None when ``url`` may be followed, else the reason it may not (a stats key suffix)."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in ALLOWED_SCHEMES:
            return "scheme"
        host = (parts.hostname or "").lower()
        if host not in self.hosts:
            cls = address_class(host)
            return f"offsite_{cls}" if cls in ("private", "link-local", "metadata", "reserved") else "offsite"
        if pages and self.path_prefixes:
            path = parts.path or "/"
            if not any(path.startswith(p) or path == p.rstrip("/") for p in self.path_prefixes):
                return "outside_prefix"
        return None


def next_slice(url: str) -> str | None:
    """The address of a list's next slice when this one is loaded by offset and size
    ("…/tai-them?skip=6&take=6" → "…?skip=12&take=6"), as a load-more script computes it after
    each click; None when the address names no slice."""
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    names = [k.lower() for k, _ in pairs]
    offsets = rules()["slice_offset_params"]
    sizes = rules()["slice_size_params"]
    at = next((i for i, k in enumerate(names) if k in offsets), None)
    size = next((v for k, v in pairs if k.lower() in sizes), None)
    if at is None or size is None or not size.isdigit() or not pairs[at][1].isdigit() or not 0 < int(size) <= 200:
        return None
    pairs[at] = (pairs[at][0], str(int(pairs[at][1]) + int(size)))
    return parts._replace(query=urlencode(pairs)).geturl()
