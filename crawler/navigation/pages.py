"""What kind of page a response is: an article, a listing, or something else.

Decided from the extracted structure (text blocks and their link share) and the page's links,
with URL shapes and a portal config as hints. A listing's teasers (linked headline + summary)
look like paragraphs to a text-density score, so linked headlines are counted separately.
"""

from __future__ import annotations

import re
from typing import Any

from crawler.core.lines import is_boilerplate_line, is_related_heading
from crawler.core.text import fold
from crawler.core.urls import canonicalize_url
from crawler.navigation.links import Link

MIN_ARTICLE_CHARS = 200
MIN_PARAGRAPH_CHARS = 60


def content_stats(blocks: list[dict[str, Any]]) -> dict[str, float]:
    plain = linked_titles = linked_headings = 0
    longest = 0
    for block in blocks:
        if block["kind"] != "text":
            continue
        text = block["text"]
        if is_related_heading(text):
            break
        if is_boilerplate_line(text):
            continue
        ratio = block.get("link_ratio", 0.0)
        if ratio >= 0.8 and len(text.split()) >= 4:
            linked_titles += 1
            linked_headings += bool(block.get("heading"))
        elif ratio < 0.5:
            plain += len(text)
            longest = max(longest, len(text))
    return {"plain_chars": plain, "linked_titles": linked_titles, "linked_headings": linked_headings, "longest": longest}


def page_kind(raw: dict[str, Any], article_links: list[Link], url: str, article_patterns: tuple[re.Pattern[str], ...] = (), listing_patterns: tuple[re.Pattern[str], ...] = (), nav_texts: frozenset[str] = frozenset()) -> str:
    """'article', 'listing' or 'other'.

    ``nav_texts``: folded texts of the page's menu links; a page whose headline is a menu item's
    name is that section's page, not an article.
    """
    if listing_patterns and any(p.search(url) for p in listing_patterns):
        return "listing"
    stats = content_stats(raw.get("blocks") or [])
    has_images = any(b["kind"] == "image" for b in raw.get("blocks") or [])
    if article_patterns and any(p.search(url) for p in article_patterns) and raw.get("title") and stats["plain_chars"] >= 40:
        return "article"
    teaser_list = stats["linked_titles"] >= 4 or (stats["linked_headings"] >= 1 and stats["plain_chars"] < 600)
    if fold(raw.get("title") or "") in nav_texts:
        return "listing" if article_links else "other"
    title_href = raw.get("_title_href")
    if title_href and canonicalize_url(title_href) != canonicalize_url(url) and canonicalize_url(title_href) != canonicalize_url(raw.get("canonical_url") or url):
        # the headline links to another page: a teaser of a listing or a home page
        return "listing" if article_links else "other"
    textual = stats["plain_chars"] >= MIN_ARTICLE_CHARS and stats["longest"] >= MIN_PARAGRAPH_CHARS
    short_with_image = has_images and stats["plain_chars"] >= 80
    # an attachment-only post: a dated title, a line and a file (decisions, official letters)
    attachment_post = bool(raw.get("attachments")) and stats["plain_chars"] >= 20 and bool(raw.get("date_candidates") or raw.get("listing_date"))
    if raw.get("title") and (textual or short_with_image or attachment_post) and not teaser_list:
        return "article"
    if len(article_links) >= 3 or teaser_list:
        return "listing"
    return "other"
