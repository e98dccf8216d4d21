"""URL rules: canonical form (one article, one URL), scope (which hosts a crawl may touch), traps.

The rules' data lives in rules.toml beside this module.
"""

from __future__ import annotations

import ipaddress
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url as _w3_canonicalize
from w3lib.url import safe_url_string

_PATH_SESSION = re.compile(r";(?:jsessionid|sid|sessionid|phpsessid)=[^/?#]*", re.I)
ALLOWED_SCHEMES = ("http", "https")


@cache
def rules() -> dict[str, Any]:
    return tomllib.loads(files(__package__).joinpath("rules.toml").read_text(encoding="utf-8"))


@cache
def _drop_params() -> frozenset[str]:
    return frozenset(p.lower() for p in rules()["drop_params"])


@cache
def _never_follow() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in rules()["never_follow"]), re.I)


@cache
def _attachment() -> re.Pattern[str]:
    exts = "|".join(rules()["attachment_ext"])
    return re.compile(rf"\.(?:{exts})$", re.I)


@cache
def _article_url() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in rules()["article_url"]), re.I)


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _drop(key: str) -> bool:
    k = key.lower()
    return k in _drop_params() or k.startswith("utm_")


@lru_cache(maxsize=2048)  # menus and related lists repeat on every page; bounded memory
def clean_url(url: str) -> str:
    """The URL to request: session ids, tracking, print/share and sort parameters removed, fragment
    dropped; the rest (order of parameters included) left as the portal wrote it."""
    url = safe_url_string(url.strip())
    parts = urlsplit(url)
    path = _PATH_SESSION.sub("", parts.path) or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _drop(k)]
    netloc = parts.netloc.lower()
    if parts.port and ((parts.scheme == "http" and parts.port == 80) or (parts.scheme == "https" and parts.port == 443)):
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit((parts.scheme.lower(), netloc, path, urlencode(query, doseq=True), ""))


@lru_cache(maxsize=2048)  # menus and related lists repeat on every page; bounded memory
def canonicalize_url(url: str) -> str:
    """One string per article: clean_url, then parameters sorted and percent-encoding normalised."""
    return _w3_canonicalize(clean_url(url), keep_fragments=False)


def is_attachment(url: str) -> bool:
    return bool(_attachment().search(urlsplit(url).path))


def is_trap(url: str) -> bool:
    parts = urlsplit(url)
    target = parts.path + ("?" + parts.query if parts.query else "")
    return bool(_never_follow().search(target))


def looks_like_article_url(url: str) -> bool:
    parts = urlsplit(url)
    return bool(_article_url().search(parts.path + ("?" + parts.query if parts.query else "")))


# --- scope ------------------------------------------------------------------------------------

_METADATA_HOSTS = {"metadata.google.internal", "metadata", "instance-data", "metadata.azure.com"}


def address_class(host: str) -> str | None:
    """'private', 'link-local', 'metadata' or 'reserved' for an internal address, 'loopback' for
    loopback, None for an ordinary public host. No DNS lookup: only literals and known names."""
    host = host.strip("[]").lower()
    if host in _METADATA_HOSTS or host.endswith(".internal"):
        return "metadata"
    if host == "localhost" or host.endswith(".localhost"):
        return "loopback"
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return None
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if str(ip) in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200"):
        return "metadata"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_private or (ip.version == 6 and ip in ipaddress.ip_network("fc00::/7")):
        return "private"
    if ip.is_reserved or ip.is_multicast or ip.is_unspecified:
        return "reserved"
    return None


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


@dataclass(frozen=True)
class Scope:
    """Hosts (and an optional path prefix) a crawl may follow links into."""

    hosts: frozenset[str]
    path_prefix: str = ""

    @classmethod
    def for_start(cls, start_urls: list[str] | tuple[str, ...], extra_hosts: tuple[str, ...] = (), path_prefix: str = "") -> Scope:
        hosts = {host_of(u) for u in start_urls} | {h.lower() for h in extra_hosts}
        return cls(frozenset(h for h in hosts if h), path_prefix)

    def check(self, url: str) -> str | None:
        """None when ``url`` may be followed, else the reason it may not (a stats key suffix)."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in ALLOWED_SCHEMES:
            return "scheme"
        host = (parts.hostname or "").lower()
        if host not in self.hosts:
            cls = address_class(host)
            return f"offsite_{cls}" if cls in ("private", "link-local", "metadata", "reserved") else "offsite"
        if self.path_prefix and not parts.path.startswith(self.path_prefix):
            return "outside_prefix"
        return None
