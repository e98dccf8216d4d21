"""A listing's page that a data source answers in JSON (a widget's server paging, an app's API:
``{"Data": [{"TieuDe": "…", "Url": "/TinTuc/ChiTiet/2345/…", "NgayDang": "/Date(1763087400000)/"}],
"Total": 27}``), written as the HTML list of its entries, so that the listing rules read it as
they read a list a handler answers in HTML (crawler.navigation.listing.fragment_body).

Hand-rolled: the entries' fields have no standard names; an entry is any object of a list of
objects holding an address of this site, its title the longest text among its other fields.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from html import escape
from typing import Any
from urllib.parse import urljoin, urlsplit

#: .NET's JSON dates ("/Date(1763087400000)/", "/Date(1763087400000+0700)/")
_DOTNET_DATE = re.compile(r"^/Date\((-?\d{10,13})(?:[+-]\d{4})?\)/$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")
_VIETNAM = timezone(timedelta(hours=7))
#: the longest answer read as a list (an API's answer of a listing page is a few kilobytes)
MAX_JSON_BYTES = 2_000_000


def looks_like_json(body: bytes, content_type: str) -> bool:
    if "json" in content_type.lower():
        return True
    head = body.lstrip()[:1]
    return head in (b"{", b"[") and body.rstrip()[-1:] in (b"}", b"]")


def json_listing(body: bytes, url: str) -> str | None:
    """The HTML list of the entries a JSON answer holds, or None when it holds none (an empty page
    past the list's end, an answer that is no list of this site's pages)."""
    if len(body) > MAX_JSON_BYTES:
        return None
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return None
    host = urlsplit(url).netloc
    entries = max(_entry_lists(data, url, host), key=len, default=[])
    if not entries:
        return None
    items = "".join(
        f'<li><a href="{escape(href)}">{escape(title)}</a>{f" <span>{day}</span>" if day else ""}</li>' for href, title, day in entries
    )
    return f"<ul>{items}</ul>"


def _entry_lists(data: Any, url: str, host: str) -> list[list[tuple[str, str, str | None]]]:
    """Every list of objects in the answer that reads as entries, each as (address, title, day)."""
    found: list[list[tuple[str, str, str | None]]] = []
    if isinstance(data, list):
        entries = [e for e in (_entry(item, url, host) for item in data if isinstance(item, dict)) if e]
        if entries:
            found.append(entries)
        items = data
    elif isinstance(data, dict):
        items = list(data.values())
    else:
        return found
    for value in items:
        if isinstance(value, (list, dict)):
            found.extend(_entry_lists(value, url, host))
    return found


def _entry(item: dict[str, Any], url: str, host: str) -> tuple[str, str, str | None] | None:
    href = None
    texts: list[str] = []
    day = None
    for key, value in item.items():
        if not isinstance(value, str) or not value.strip():
            continue
        value = value.strip()
        if href is None and key.lower() in ("url", "link", "href", "permalink", "path", "duongdan", "lienket") and not value.startswith(("javascript:", "#")):
            target = urljoin(url, value)
            if urlsplit(target).netloc == host:
                href = target
                continue
        if day is None:
            day = _day(value)
            if day is not None:
                continue
        if "<" not in value and not value.startswith(("/", "http")):
            texts.append(value)
    if href is None or not texts:
        return None
    # the title: the first text of a headline's length (a summary runs longer)
    title = next((t for t in texts if 8 <= len(t) <= 250 and len(t.split()) >= 2), None)
    return (href, title, day) if title else None


def _day(value: str) -> str | None:
    """A date field's day as dd/mm/yyyy in Vietnam's time; None when the value is no date."""
    m = _DOTNET_DATE.match(value)
    if m:
        ms = int(m.group(1))
        stamp = datetime.fromtimestamp(ms / 1000 if len(m.group(1)) == 13 else ms, tz=UTC)
        return stamp.astimezone(_VIETNAM).strftime("%d/%m/%Y")
    m = _ISO_DATE.match(value)
    if m:
        year, month, day, hour, minute, zone = m.groups()
        stamp = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
        if zone:
            offset = UTC if zone == "Z" else timezone(timedelta(hours=int(zone[:3]), minutes=int(zone[0] + zone[-2:])))
            stamp = stamp.replace(tzinfo=offset).astimezone(_VIETNAM)
        return stamp.strftime("%d/%m/%Y")
    return None
