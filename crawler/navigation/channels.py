"""Discovery channels besides the listing walk: robots.txt sitemap lines, XML sitemaps (and their
indexes, gzipped or not), RSS/Atom feeds. Pure functions of bytes and URLs.

Channels propose, pages decide: every URL read here is only a *candidate*. It goes through the
crawl's scope and trap rules like any link, and the fetched page alone says whether it is an
article. A sitemap or feed is never enough on its own (NukeViet's sitemap lists the newest 1,000
articles, its feed 30; WordPress feeds about 10), nor is the listing walk (some portals render
their listings with script): the crawl uses the union.

Bodies are sniffed, never trusted by Content-Type or URL suffix: sitemaps are served as
text/html, octet-stream or under ``index.php?nv=SitemapIndex``; feeds as text/xml.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from io import BytesIO
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler.core.dates import VN_TZ, parse_meta_datetime

#: decompressed size a sitemap may reach (the sitemaps.org limit is 50 MB)
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml", "application/xml", "text/xml")
_SITEMAP_ROOT = re.compile(rb"<(?:\w+:)?(urlset|sitemapindex)[\s>]", re.I)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
#: sitemap index children most likely to list articles come first; taxonomy/page ones last
_POSTS_FIRST = re.compile(r"post|news|article|tin|bai-?viet|blog", re.I)
_POSTS_LAST = re.compile(r"page|category|categor|tag|author|user|taxonom|term|attachment", re.I)


@dataclass(frozen=True)
class Candidate:
    """A URL a channel proposes, with what the channel said about it."""

    url: str
    channel: str  # "sitemap" | "feed"
    date: str | None = None  # a feed entry's publication date (ISO, +07:00), a listing date
    lastmod: str | None = None  # a sitemap's <lastmod> (ISO): a hint for incremental runs only
    title: str | None = None


_CLOSED_ROOT = re.compile(rb"</(?:[\w-]+:)?(?:urlset|sitemapindex)>\s*$")


def sitemaps_in_robots(body: bytes, robots_url: str) -> list[str]:
    """The ``Sitemap:`` lines of a robots.txt, absolute (Scrapy's own reader; case-insensitive)."""
    return list(dict.fromkeys(sitemap_urls_from_robots(body, base_url=robots_url)))


def unpack(body: bytes, max_size: int = MAX_SITEMAP_BYTES) -> bytes:
    """The body, gunzipped when it is gzip (whatever the headers say), bounded in size; empty for
    a gzip body that gives nothing (cut before its first block) or unpacks past the bound, so a
    broken channel document is "not a sitemap" rather than an exception in the spider."""
    if body[:3] == b"\x1f\x8b\x08":
        try:
            return gunzip(body, max_size=max_size)
        except (OSError, EOFError, struct.error, ValueError):  # ValueError: Scrapy's size bound
            return b""
    return body[:max_size]


def sniff(body: bytes) -> str | None:
    """'sitemap', 'feed' or None, from the first bytes of the (unpacked) body."""
    head = body[:2048].lstrip()
    if _SITEMAP_ROOT.search(head):
        return "sitemap"
    if _FEED_ROOT.search(head):
        return "feed"
    return None


def read_sitemap(body: bytes, url: str) -> tuple[list[str], list[Candidate]]:
    """(child sitemaps, page candidates) of a sitemap or sitemap index; nothing for a body that
    is not one (an HTML soft-404, an empty page, broken XML)."""
    body = unpack(body)
    if sniff(body) != "sitemap":
        return [], []
    try:
        sitemap = Sitemap(body)
        entries = list(sitemap)
    except Exception:  # lxml recover=True rarely raises; a truncated gzip or empty root may
        return [], []
    if not _CLOSED_ROOT.search(body[-256:]):
        # a cut document (a partly recovered gzip, the size bound): its last entry may hold a
        # half-written <loc>, which lxml's recovery would hand over as a URL
        entries = entries[:-1]
    children: list[str] = []
    pages: list[Candidate] = []
    for entry in entries:
        loc = urljoin(url, entry.get("loc", "").strip())
        if not loc.startswith(("http://", "https://")):
            continue
        if sitemap.type == "sitemapindex":
            children.append(loc)
        else:
            lastmod = parse_meta_datetime(entry.get("lastmod") or "")
            pages.append(Candidate(loc, "sitemap", lastmod=lastmod.iso() if lastmod else None))
    if len(pages) >= 3 and len({c.lastmod for c in pages}) == 1:
        # one stamp on every entry is the time the sitemap was generated, not when each page
        # changed: as a reason to re-fetch it would re-fetch the whole portal on every run
        pages = [Candidate(c.url, c.channel) for c in pages]
    children.sort(key=lambda u: (bool(_POSTS_LAST.search(urlsplit(u).path + urlsplit(u).query)), not _POSTS_FIRST.search(u)))
    pages.sort(key=lambda c: c.lastmod or "", reverse=True)  # newest first (stable for equal stamps)
    return list(dict.fromkeys(children)), pages


def modified_since(lastmod: str | None, last_seen: str | None) -> bool:
    """A sitemap's ``<lastmod>`` (ISO, a date or a date-time) later than the state's last fetch
    of the page (UTC ``…Z``). A date alone is later only from the next day on (Vietnam time)."""
    if not lastmod or not last_seen:
        return False
    try:
        seen = datetime.fromisoformat(last_seen.replace("Z", "+00:00"))
        if len(lastmod) <= 10:
            return date.fromisoformat(lastmod) > seen.astimezone(VN_TZ).date()
        stamp = datetime.fromisoformat(lastmod)
    except ValueError:
        return False
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=VN_TZ)
    return stamp > seen


def read_feed(body: bytes, url: str, content_type: str | None = None) -> list[Candidate]:
    """Entries of an RSS/Atom feed (feedparser, fed bytes: a string could make it open a URL or a
    file). A feed is accepted when feedparser recognises a version and finds entries, whatever
    its bozo bit says: a healthy feed served as text/xml sets it too."""
    import feedparser

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    try:
        parsed = feedparser.parse(BytesIO(body), response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    except Exception:
        return []
    if not parsed.get("version") or not parsed.entries:
        return []
    out: list[Candidate] = []
    for entry in parsed.entries:
        link = entry.get("link") or next((lk.get("href") for lk in entry.get("links", []) if lk.get("href")), None)
        if not link:
            continue
        link = urljoin(url, link.strip())
        if not link.startswith(("http://", "https://")):
            continue
        date = _entry_date(entry.get("published") or entry.get("updated") or "")
        out.append(Candidate(link, "feed", date=date, title=(entry.get("title") or None)))
    return out


def _entry_date(raw: str) -> str | None:
    """A feed date as written (RFC 822 in RSS, ISO in Atom), in local time; day first otherwise."""
    raw = raw.strip()
    if not raw:
        return None
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        when = None
    if when is not None:
        if when.tzinfo is None:
            when = when.replace(tzinfo=VN_TZ)
        local = when.astimezone(VN_TZ)
        if local.hour == 0 and local.minute == 0 and local.second == 0 and when.utcoffset() in (None, VN_TZ.utcoffset(None)):
            return local.date().isoformat()
        return local.replace(microsecond=0).isoformat()
    found = parse_meta_datetime(raw)
    return found.iso() if found else None


def feed_links(tree: HtmlElement, base_url: str) -> list[str]:
    """Feeds a page announces in its head (``<link rel="alternate" type="application/rss+xml">``)."""
    out = []
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        href = (link.get("href") or "").strip()
        if "alternate" in rel and kind in _FEED_TYPES and href:
            out.append(urljoin(base_url, href))
    return list(dict.fromkeys(out))


#: what the generator and asset paths of a home page say about its CMS
_PLATFORM_MARKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("wordpress", re.compile(r"wp-content/|wp-includes/|content=\"WordPress", re.I)),
    ("joomla", re.compile(r"content=\"Joomla|/media/jui/|option=com_content|/components/com_", re.I)),
    ("drupal", re.compile(r"content=\"Drupal|/sites/default/files/|Drupal\.settings|data-drupal-", re.I)),
    ("blogger", re.compile(r"blogger\.com/|\.blogspot\.com|content=\"blogger", re.I)),
    ("nukeviet", re.compile(r"content=\"NukeViet|nv_base_siteurl|/themes/default/js/|nukeviet", re.I)),
)

#: discovery addresses worth one request each, by platform ("*": every portal)
GUESSES: dict[str, tuple[str, ...]] = {
    "*": ("/sitemap.xml",),
    "wordpress": ("/wp-sitemap.xml", "/sitemap_index.xml", "/feed/"),
    "joomla": ("/index.php?format=feed&type=rss",),
    "drupal": ("/rss.xml",),
    "blogger": ("/feeds/posts/default",),
    "nukeviet": ("/rss/",),
}


def platform_of(html: str) -> str | None:
    """The CMS a home page's markup names, or None."""
    head = html[:200_000]
    for name, mark in _PLATFORM_MARKS:
        if mark.search(head):
            return name
    return None


def guesses(base_url: str, platform: str | None) -> list[str]:
    """Sitemap and feed addresses to try on a portal whose robots.txt named none."""
    paths = [*GUESSES["*"], *(GUESSES.get(platform or "", ()))]
    return [urljoin(base_url, p) for p in paths]
