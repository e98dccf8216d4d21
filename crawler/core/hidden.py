"""Whether the reader sees an element: an attribute, a style or a class that hides it on every
screen, or on a desktop's (pages are read as a desktop reader sees them). One test for every layer:
the extraction's reading of the text, the listing's reading of an entry's date."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_STYLE_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


#: classes that hide an element on every screen (Bootstrap's "hidden", "hide", "d-none"; a
#: screen reader's text); "hidden-xs" and the like hide it on one screen size only
#: (Webflow prints a block whose condition fails with "w-condition-invisible": display:none)
#: (and the icon fonts whose ligature names are the element's text, "<i class=material-icons>
#: schedule</i>": the reader sees an icon, not the word)
#: (AngularJS hides an element whose ng-show is false with "ng-hide": a snapshot keeps it, hidden;
#: Drupal 7 its screen-reader text with "element-invisible", a Media file's name over the photo)
HIDDEN_CLASSES = frozenset({
    "hidden", "hide", "d-none", "invisible", "sr-only", "visually-hidden", "screen-reader-text", "w-condition-invisible", "ng-hide",
    "element-invisible", "element-hidden",
    # (XenForo's screen-reader text: "<span class=u-srOnly>Người tạo chủ đề</span>"; Liferay's,
    # the page's name as an h1 for screen readers: "<h1 class=hide-accessible>")
    "u-srOnly", "hide-accessible",
    # (Avada prints its microdata for search engines only, "<span class=\"updated rich-snippet-hidden\">…")
    "rich-snippet-hidden",
    "material-icons", "material-icons-outlined", "material-symbols-outlined", "material-symbols-rounded", "material-symbols-sharp",
})  # fmt: skip


#: a class that shows an element from a screen size on (Bootstrap 4/5 "d-md-block", "d-lg-flex")
#: (or Tailwind's "hidden md:flex": hidden on a phone, a flex row from a tablet's width on)
_SHOWN_FROM = re.compile(r"^(?:d-(?:sm|md|lg|xl|xxl)-|(?:sm|md|lg|xl|2xl):)(?:block|flex|inline|inline-block|inline-flex|grid|table|table-cell|table-row|contents)$")


#: a class that hides an element on a desktop screen, shown on a phone only: the phone's copy of
#: what the page prints again for the screen (Bootstrap 4/5 "d-md-none", Bootstrap 3 "hidden-lg" and
#: "visible-xs", Tailwind "md:hidden", Foundation "hide-for-large", UIkit "uk-hidden@m"). Pages are
#: read as a desktop reader sees them. (Magento Page Builder prints each photo twice, the phone's
#: file in "<img class=pagebuilder-mobile-only>"; themes say "hide-on-desktop", "visible-mobile";
#: Elementor "elementor-hidden-desktop")
_HIDDEN_FROM = re.compile(
    r"^(?:d-(?:sm|md|lg|xl)-none|hidden-lg|visible-(?:xs|sm)(?:-block|-inline|-inline-block)?|(?:sm|md|lg):hidden|hide-for-(?:medium|large)(?:-up)?|show-for-small-only|uk-hidden@[ml]"
    r"|(?:[a-z]+-)?mobile-only|(?:[a-z]+-)?(?:hide|hidden)-(?:on-)?desktop|(?:show|visible)-(?:on-)?mobile"
    # (and what only a printer shows: Bootstrap 3's "visible-print-block", Foundation's
    # "show-for-print", a letterhead the page prints on paper over the text)
    r"|visible-print(?:-block|-inline|-inline-block)?|show-for-print|print-only)$"
)


_MAYBE_HIDDEN_FROM = re.compile(r"none|hidden|visible-|hide-|show-|mobile-only|print-only")


def is_hidden(el: HtmlElement) -> bool:
    style = el.get("style")
    if el.get("hidden") is not None or (style and _STYLE_HIDDEN.search(style)):
        return True
    cls = el.get("class")
    if not cls:
        return False
    names = cls.split()
    if "updated" in names and "published" not in names and _after_published(el):
        return True
    # (Bootstrap's "d-none d-md-block": hidden on a phone only, shown on a screen)
    if not HIDDEN_CLASSES.isdisjoint(names):
        return not any(_SHOWN_FROM.match(n) for n in names)
    # (a substring test first: most class names of a page are none of these)
    return _MAYBE_HIDDEN_FROM.search(cls) is not None and any(_HIDDEN_FROM.match(n) for n in names) and not any(_SHOWN_FROM.match(n) for n in names)


def _after_published(el: HtmlElement) -> bool:
    """The hAtom pair of a post's stamps, "<time class='entry-date published'>…</time><time
    class='updated'>…</time>": WordPress themes print both for feeds and search engines and hide the
    second by their style sheet (".updated:not(.published){display:none}"), which is not read here."""
    prev = el.getprevious()
    return prev is not None and "published" in (prev.get("class") or "").split()
