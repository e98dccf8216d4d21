"""URL primitives: the form to request (``clean_url``), one key per page (``canonicalize_url``),
attachments, hosts and the class of an address. Used by navigation, extraction and pipelines.

The data (parameters that never make two pages different, attachment extensions) lives in
crawler/phrases/urls.toml.
"""

from __future__ import annotations

import ipaddress
import re
import tomllib
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, unquote_plus, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url as _w3_canonicalize
from w3lib.url import safe_url_string

_PATH_SESSION = re.compile(r";(?:jsessionid|sid|sessionid|phpsessid)=[^/?#]*", re.I)
ALLOWED_SCHEMES = ("http", "https")


@cache
def url_rules() -> dict[str, Any]:
    return tomllib.loads(files("crawler.phrases").joinpath("urls.toml").read_text(encoding="utf-8"))


@cache
def _drop_params() -> frozenset[str]:
    return frozenset(p.lower() for p in url_rules()["drop_params"])


@cache
def _attachment() -> re.Pattern[str]:
    exts = "|".join(url_rules()["attachment_ext"])
    # (or the file's name followed by its id in a document library: Liferay's Documents and
    # Media, "/documents/35001/40600/album-1.jpg/0f1e2d3c-4b5a-4968-8776-000000000001")
    return re.compile(rf"\.(?:{exts})(?:/[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}})?$", re.I)


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _drop(key: str, value: str = "") -> bool:
    k = key.lower()
    if value.isdigit() and len(value) <= _id_digits() and k in _id_when_numeric():
        return False
    if k in _session_tokens() and _SESSION_TOKEN.fullmatch(value):
        return True
    if not value and k in _EMPTY_PAGE_PARAMS:
        return True  # a page number left empty ("…?page=" of Joomla's print link once its print parameters go): no page
    return k in _drop_params() or k.startswith("utm_") or (k.startswith("_") and k.rpartition("_")[2] in _namespaced_drop_params() and len(k) > 12)


@cache
def _namespaced_drop_params() -> frozenset[str]:
    return frozenset(p.lower() for p in url_rules().get("namespaced_drop_params", ()))


#: the page parameters that say nothing when empty
_EMPTY_PAGE_PARAMS = frozenset({"page", "start", "limitstart", "paged", "trang"})

#: the page parameters that count items skipped, so that 0 is the page without them (a page number
#: at 0 is not: a 0-based pager's first page is, a 1-based one's is no page, and neither is known here)
_OFFSET_PAGE_PARAMS = frozenset({"start", "limitstart"})


def _first_offset(pairs: list[str]) -> list[str]:
    """``pairs`` without an offset of nothing ("limitstart=0": Joomla's link to its menu's first
    page), unless a page size stands beside it: Mambo's page break counts the pages of one post as
    "&limit=1&limitstart=0", "…=1", and the multipage reader needs the first one's to match."""
    keys = [pair.partition("=")[0].lower() for pair in pairs]
    if "limit" in keys:
        return pairs
    return [pair for pair, key in zip(pairs, keys, strict=True) if not (key in _OFFSET_PAGE_PARAMS and pair.partition("=")[2] == "0")]


#: a session token as a forum gives it in the URL (vBulletin's "s=07b70883929cfe95e1713c0d9c08b70c")
_SESSION_TOKEN = re.compile(r"[0-9a-fA-F]{32}")


@cache
def _session_tokens() -> frozenset[str]:
    return frozenset(p.lower() for p in url_rules().get("session_tokens", ()))


@cache
def _language_params() -> frozenset[str]:
    return frozenset(p.lower() for p in url_rules().get("language_params", ()))


@cache
def _vietnamese_languages() -> frozenset[str]:
    return frozenset(v.lower() for v in url_rules().get("vietnamese_languages", ()))


@cache
def _language_routers() -> frozenset[str]:
    return frozenset(p.lower() for p in url_rules().get("language_routers", ()))


@cache
def _picture_loader_params() -> frozenset[str]:
    return frozenset(p.lower() for p in url_rules().get("picture_loader_params", ()))


def picture_url(url: str) -> str:
    """A photo's address without a lazy loader's state parameters (urls.toml
    picture_loader_params): the file the page shows once loaded."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parts.query.split("&")
    kept = [pair for pair in pairs if unquote_plus(pair.partition("=")[0]).lower() not in _picture_loader_params()]
    return url if len(kept) == len(pairs) else urlunsplit(parts._replace(query="&".join(kept)))


def _drop_pair(pair: str, routed: bool = False, path: str = "") -> bool:
    key, _, value = pair.partition("=")
    key, value = unquote_plus(key), unquote_plus(value)
    if routed and key.lower() in _language_params() and value.lower() in _vietnamese_languages():
        return False  # the page's own language beside the router that routes by it (urls.toml language_routers)
    if key.startswith("_") and path:
        # a portlet's parameter that the path already says (urls.toml namespaced_drop_under)
        name = key.rpartition("_")[2].lower()
        if any(name == param and part in path for part, param in _namespaced_drop_under()):
            return True
    return _drop(key, value)


@cache
def _namespaced_drop_under() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1].lower()) for row in url_rules().get("namespaced_drop_under", ()))


@cache
def _id_when_numeric() -> frozenset[str]:
    return frozenset(p.lower() for p in url_rules().get("id_when_numeric", ()))


@cache
def _id_digits() -> int:
    return int(url_rules().get("id_when_numeric_max_digits", 7))


@cache
def _positional_sessions() -> dict[str, tuple[str, str, int]]:
    """{parameter: (path end, separator, field)} of the parameters that carry a session id as one
    field of a composite value (urls.toml ``positional_sessions``)."""
    return {row[1].lower(): (row[0], row[2], int(row[3])) for row in url_rules().get("positional_sessions", ())}


def _unsessioned(path: str, pair: str) -> str:
    """The pair with the session field of a composite value set to the public one ("0"): Oracle
    APEX's "f?p=110:30:14235762201957::NO::P30_ID:1254" is "f?p=110:30:0::NO::P30_ID:1254"."""
    key, eq, value = pair.partition("=")
    rule = _positional_sessions().get(key.lower()) if eq else None
    if rule is None or not path.endswith(rule[0]):
        return pair
    sep = quote(rule[1], safe="") if rule[1] not in value else rule[1]
    fields = value.split(sep)
    if len(fields) > rule[2] and fields[rule[2]].isdigit():
        fields[rule[2]] = "0"
    return f"{key}={sep.join(fields)}"


#: what a parameter's name starts with when its "&" was HTML-escaped twice ("&amp;amp;id=5")
_DOUBLE_ESCAPED_AMP = re.compile(r"^(?:amp;)+", re.I)


@lru_cache(maxsize=2048)  # menus and related lists repeat on every page; bounded memory
def clean_url(url: str) -> str:
    """The URL to request: session ids, tracking, print/share and sort parameters removed, fragment
    dropped; the rest (order of parameters included) left as the portal wrote it."""
    url = safe_url_string(url.strip())
    parts = urlsplit(url)
    path = _PATH_SESSION.sub("", parts.path) or "/"
    # each parameter kept as written: "news.php?extend.146" (e107) or "page.php?3" must not become
    # "?extend.146=", which such a portal reads as another page, nor have its value re-encoded
    # (a link whose "&" the template escaped twice, "&amp;amp;", reads "&amp;" once parsed: each
    # parameter's name then starts with "amp;", which no portal means; its page is the same one)
    pairs = [_DOUBLE_ESCAPED_AMP.sub("", pair) for pair in parts.query.split("&")]
    routed = bool(_language_routers()) and any(pair.partition("=")[0].lower() in _language_routers() for pair in pairs)
    query = "&".join(_unsessioned(path, pair) for pair in _first_offset([pair for pair in pairs if pair and not _drop_pair(pair, routed, path)]))
    netloc = parts.netloc.lower()
    if parts.port and ((parts.scheme == "http" and parts.port == 80) or (parts.scheme == "https" and parts.port == 443)):
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


#: what the AJAX crawling scheme leaves unescaped in a route: the route's own separators
_FRAGMENT_SAFE = "/?=:@!$'()*,;~-._"


def escaped_fragment_url(url: str) -> str:
    """The HTML snapshot's address of a hashbang route (Google's AJAX crawling scheme, 2009–2015:
    "/#!/tin-tuc/123" is served as "/?_escaped_fragment_=/tin-tuc/123"), the route's own
    characters kept and "&", "#", "%", "+" and non-ASCII escaped; a snapshot's own
    "_escaped_fragment_" replaced, never doubled. ``url`` unchanged without "#!"."""
    base, bang, route = url.partition("#!")
    if not bang:
        return url
    parts = urlsplit(base)
    pairs = [pair for pair in parts.query.split("&") if pair and pair.split("=", 1)[0] != "_escaped_fragment_"]
    pairs.append("_escaped_fragment_=" + quote(route, safe=_FRAGMENT_SAFE))
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", "&".join(pairs), ""))


@lru_cache(maxsize=2048)  # menus and related lists repeat on every page; bounded memory
def canonicalize_url(url: str) -> str:
    """One string per page: clean_url, then parameters sorted and percent-encoding normalised.
    On an IIS page (.aspx, .asp, .ashx) the path and the parameter names are case-folded: IIS and
    ASP.NET read both regardless of case, and portals link "/TinTuc/ChiTiet.aspx?ID=5" and
    "/tintuc/chitiet.aspx?id=5" alike (parameter values keep their case)."""
    canonical = _w3_canonicalize(clean_url(url), keep_fragments=False)
    parts = urlsplit(canonical)
    if not _IIS_PAGE.search(parts.path):
        return canonical
    query = "&".join(sorted(_lower_name(pair) for pair in parts.query.split("&") if pair))
    return urlunsplit((parts.scheme, parts.netloc, parts.path.lower(), query, ""))


_IIS_PAGE = re.compile(r"\.(?:aspx?|ashx)$", re.I)


def _lower_name(pair: str) -> str:
    name, eq, value = pair.partition("=")
    return f"{name.lower()}{eq}{value}"


def join_url(base: str, href: str) -> str:
    """``urljoin(base, href)``, remembered. urljoin is pure Python and slow (20 µs), and extraction
    joins the same links several times a page (the reading of the text, the pager, the attachments,
    the metadata: 1.65 calls for each distinct pair on the gold pages, most of them a portal's menu
    links on every page). Plain ``str`` keys: lxml's "smart" strings hold their element's tree."""
    return _joined(base if type(base) is str else str(base), href if type(href) is str else str(href))


@lru_cache(maxsize=8192)
def _joined(base: str, href: str) -> str:
    return urljoin(base, href)


def is_attachment(url: str) -> bool:
    """A file to download, by its path's extension, or by a query value that names the file
    ("?file=files/van-ban/ke-hoach.pdf": Contao's download links, a "download.php?file=…") or asks
    for the page exported as one ("…_targetExtension=pdf", urls.toml's export_params).

    Remembered (by plain ``str``): a page's links are asked about several times, and a portal's
    menu links on every page (4.5 calls for each distinct address on the gold pages)."""
    return _is_attachment(url if type(url) is str else str(url))


@lru_cache(maxsize=8192)
def _is_attachment(url: str) -> bool:
    parts = urlsplit(url)
    if _attachment().search(parts.path) or parts.path.lower().endswith(_attachment_scripts()):
        return True
    if not parts.query:
        return False
    pairs = parse_qsl(parts.query)
    return (
        any(_attachment().search(unquote(value)) for _, value in pairs)
        or any(_is_export(name, value) for name, value in pairs)
        or any(name.lower() in _download_switches() and value.lower() in ("1", "true", "yes") for name, value in pairs)
        or any(name.lower() in _download_actions() and value.lower().startswith(_download_verbs()) for name, value in pairs)
    )


@cache
def _download_actions() -> frozenset[str]:
    return frozenset(url_rules().get("download_actions", ()))


@cache
def _download_verbs() -> tuple[str, ...]:
    return tuple(url_rules().get("download_verbs", ()))


@cache
def _download_switches() -> frozenset[str]:
    return frozenset(url_rules().get("download_switches", ()))


@cache
def _attachment_scripts() -> tuple[str, ...]:
    return tuple(p.lower() for p in url_rules().get("attachment_scripts", ()))


def _is_export(name: str, value: str) -> bool:
    """A parameter asking for the page as a file ("…_targetExtension=pdf", "format=docx")."""
    rules = url_rules()
    return value.lower() in rules["export_types"] and name.lower().endswith(tuple(rules["export_params"]))


_ROOT_PAGES = re.compile(
    r"^(?:/[a-z]{2}(?:-[a-z]{2})?)?"  # a language's root: /vi/, /en/
    r"(?:/web/[^/?#]+)?"  # a Liferay site's root, its friendly URL under /web/: "/web/mnhoasen"
    r"(?:/(?:index\.(?:php|html?|aspx?|jsp)|default\.aspx?|home(?:\.aspx?|\.html?)?|trang-?chu(?:\.html?)?|pages/default\.aspx)?)?/?$",
    re.I,
)


_HOME_SEGMENT = re.compile(r"/(?:trang-?chu|home|homepage)(?:\.(?:html?|aspx?|php))?/?$", re.I)


def is_site_root(url: str) -> bool:
    """A portal's home page: its root or a language's root, the index page there, or a page named
    home ("…/trang-chu" under a portal's path), without a query."""
    parts = urlsplit(url)
    path = parts.path or "/"
    return not parts.query and bool(_ROOT_PAGES.match(path) or _HOME_SEGMENT.search(path))


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


def base_href(tree: Any, url: str) -> str:
    """The address a page's relative links and images resolve against: its ``<base href>`` when it
    names one (MODX and other template engines print every path relative to the site root under
    one), else the page's own address."""
    base = next(tree.iter("base"), None)  # iter filters in C; find() walks in Python
    href = base.get("href") if base is not None else None
    return urljoin(url, href.strip()) if href and href.strip() else url


#: a picture of the site's skin or theme, not of any article: DotNetNuke's "/Portals/0/Skins/",
#: Joomla's "/templates/<name>/images/", WordPress's and Drupal's "/themes/<name>/"
#: (not a theme's cache of resized pictures: YOOtheme keeps the posts' photos in
#: "/templates/yootheme/cache/b8/<name>-b83d51c0.jpeg"), and Mambo's and Joomla 1.x's system
#: icons ("/images/M_images/rating_star.png", "indent1.png", "printButton.png"), and a WordPress
#: plugin's own pictures ("/wp-content/plugins/sociable/images/services-sprite.gif"), and
#: SharePoint's system images ("/_layouts/images/fgimg.png", the sprite of its title bar; 2013's "/_layouts/15/images/spcommon.png"), and
#: Joomla 1.5 to 3's ("/media/system/images/rating_star.png" of the vote box, "printButton.png")
_THEME_ASSET = re.compile(r"/(?:skins|themes|templates|M_images|wp-content/plugins|_layouts/(?:1[45]/)?images|media/system/images)/(?![^?#]*/cache/)[^?#]*\.(?:gif|png|jpe?g|svg|webp)(?:$|[?#])", re.I)


#: JSF's resource handler, which serves a library's skin ("/javax.faces.resource/images/pdf.gif.xhtml?ln=bentre")
_JSF_RESOURCE = re.compile(r"(?:^|/)(?:javax|jakarta)\.faces\.resource/", re.I)


#: a server's drawn visitor counter (FrontPage's "_vti_bin/fpcount.exe/?Page=…|Image=2|Digits=5"):
#: a picture of the site's chrome in the text's own cell, no photo
_COUNTER_PICTURE = re.compile(r"(?:^|/)_vti_bin/fpcount\.exe", re.I)


def is_theme_asset(src: str) -> bool:
    """The picture belongs to the site's skin (a title bar's corner, a bullet, a drawn counter), not to a post."""
    return bool(_THEME_ASSET.search(src or "") or _JSF_RESOURCE.search(src or "") or _COUNTER_PICTURE.search(src or ""))


#: a query value of an id and a slug ("r=187-Hoi-nghi-tong-ket", vBulletin CMS's friendly form)
#: (a slug has no "/": "r=3-Tin-hoat-dong/page2" is the section's second page, not its first)
_ID_SLUG_VALUE = re.compile(r"(?<=[?&])([\w.-]+=)(\d+)-(?=[^&#]*[A-Za-z])(?:[\w.-]|%(?!2[fF])[0-9A-Fa-f]{2})+(?=&|#|$)")


def slugless_alias(url: str) -> str | None:
    """The canonical address with each "<id>-<slug>" query value cut to its id, or None when the
    URL has none: the slug is cosmetic, the id names the page ("content.php?r=187" and
    "content.php?r=187-Hoi-nghi-tong-ket" are one article), as a path's slug is."""
    key = canonicalize_url(url)
    if "-" not in key or "?" not in key:
        return None
    cut = _ID_SLUG_VALUE.sub(r"\1\2", key)
    return cut if cut != key else None
