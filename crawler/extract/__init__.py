"""What a page says, as pure functions of (html bytes, url): no Scrapy here.

``extract_raw`` reads the page's structure into a raw record (with work fields: blocks of text and
images, date candidates, metadata authors). ``extract_article`` then applies the cleaning steps in
the same order as the item pipelines, so the CLI, the tests and the spider agree on every record.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import chain, islice, pairwise, takewhile
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from crawler.clean import steps as clean_steps
from crawler.core.bylines import (
    DEGREE_START,
    Byline,
    bare_name,
    bare_names,
    folded_labels,
    is_account_name,
    is_byline_label,
    is_post_line,
    looks_like_bare_name,
    parse_byline,
    parse_signature,
    untitled,
)
from crawler.core.dates import (
    TWO_DIGITS,
    FoundDate,
    as_printed,
    date_from_url,
    find_dates,
    labelled_time,
    lone_time,
    parse_meta_datetime,
    shown_text,
    utc_now_iso,
    utc_printed_clock,
    utc_printed_day,
)
from crawler.core.elements import text_of, texts_skipping
from crawler.core.hidden import is_hidden
from crawler.core.lines import (
    LAST_MODIFIED_WORDS,
    is_boilerplate_line,
    is_date_line,
    is_day_badge,
    is_fields_line,
    is_tool_line,
    printed_address,
)
from crawler.core.text import clean_line, fold, strip_accents
from crawler.core.urls import base_href, canonicalize_url, host_of, is_site_root, join_url
from crawler.core.vocab import NOISE, element_families, has, in_comment, is_noise
from crawler.extract.blocks import FILE_HREF, fields_row, line_over_lone_photo, linearize
from crawler.extract.content import (
    LEAD_LABEL,
    builder_tiles,
    content_for_title,
    find_content,
    find_sapo,
    find_title,
    first_post,
    headline_date_lines,
    is_auto_excerpt,
    is_sapo_element,
    lead_media,
    photo_above_headline,
    position,
    record_text,
    section_prefix,
    see_also_link_only,
    shows_less,
    sized_lead,
    trailing_album,
    trailing_notes,
    trailing_text,
    visible_text,
    within,
)
from crawler.extract.document import Page, parse
from crawler.extract.metadata import (
    SCHOOL_KINDS,
    TYPOGRAPHY,
    Metadata,
    is_posted_line,
    menu_links_to,
    menu_name_of_slug,
    read_metadata,
)
from crawler.extract.multipage import article_pager
from crawler.extract.official import OfficialDocument, read_official
from crawler.phrases import phrase_list, phrase_set
from crawler.schema import RECORD_FIELDS

__all__ = ["extract_article", "extract_raw", "not_article_reason"]

_DATE_REGION_CHARS = 400


#: a <title> of the page's name and the site's in brackets after it (DokuWiki's "Page [Wiki]")
_SITE_IN_BRACKETS = re.compile(r"^(?P<page>.*\S)\s+\[[^\[\]]{3,80}\]$")


def _title_hints(meta: Metadata) -> list[str]:
    hints = [*meta.titles, *meta.self_link_titles]
    if meta.html_title:
        hints.append(meta.html_title)
        bracketed = _SITE_IN_BRACKETS.match(meta.html_title)
        if bracketed:
            hints.append(bracketed.group("page"))  # "Tin tức [Trường THPT Tam Nông]": a wiki's page, then the site
        for sep in (" - ", " | ", " – ", " :: ", " — "):
            # "Thông báo - Thông báo chiêu sinh … chính trị - hành chính năm 2026": the site or
            # section may stand on either side, and the headline may itself hold the separator
            parts = meta.html_title.split(sep)
            for i in range(len(parts)):
                for j in range(i + 1, min(len(parts), i + 4) + 1):
                    joined = sep.join(parts[i:j])
                    if len(joined) > 15 and joined != meta.html_title:
                        hints.append(joined)
        # a section's label before the headline ("Trường THCS Xuân Hòa - Tin tức: Hội thi …",
        # PHP-Fusion): the words after the first ": " of a part
        known = len(meta.titles) + len(meta.self_link_titles)
        derived = hints[known:]
        labelled = [rest.strip() for label, colon, rest in (p.partition(": ") for p in derived) if colon and len(label.split()) <= 4 and len(rest) > 15]
        if labelled:
            hints[known + 1 : known + 1] = labelled  # probed first: the headline's own words
    return hints


#: a person's name alone: two to six capitalised words, no mark, no unit after it
_PLAIN_NAME = re.compile(r"(?:[^\W\d_](?:[^\W\d_]|[’'])*\s){1,5}[^\W\d_](?:[^\W\d_]|[’'])*")


def _menu_sections(tree: HtmlElement, hints: list[str]) -> set[str]:
    """The page's metadata titles that name a section of the site's menu: a portal that titles
    every page of a section with the section's name (DNN's page name "Hoạt động ngành" in <title>,
    its module's box title repeating it over the article's own h1) says where the page is, not
    what its article is called. Short titles only (a section's name); a section the page's own h1
    names is the page's (its list's) headline."""
    out: set[str] = set()
    h1_texts = [clean_line(text_of(h)) for h in tree.iter("h1")]
    h1s = {fold(t) for t in h1_texts}
    # (only where the page's h1 is a headline of its own: words in sentence case, not the site's
    # banner in capitals, not the section's name: a section's list keeps its name as its headline)
    if not any(len(t.split()) >= 5 and not t.isupper() for t in h1_texts):
        return out
    for hint in {h for h in hints if h}:
        steps = _TRAIL_SEPARATOR.split(hint)
        name = steps[-1].strip()
        if fold(name) in h1s:
            continue  # the page's own h1 names the section: a section's page (Joomla's category blog)
        if len(steps) >= 3:
            out.add(hint)  # a <title> printed as a trail ("Sở GD&ĐT > Tin tức > Gương điển hình"): where the page is
            continue
        if len(name) > 40 or len(name.split()) > 6:
            continue
        if menu_links_to(tree, name):
            out.add(hint)
    return out


_TRAIL_SEPARATOR = re.compile(r"\s+[>»›]\s+")


#: "Lần cập nhật cuối ( … )" (Joomla's "Last Updated"): when the post was last edited, never
#: its publication date
_LAST_MODIFIED = re.compile(rf"{LAST_MODIFIED_WORDS}|last modified", re.I)


@cache
def _event_date() -> re.Pattern[str]:
    """An event's labelled day ("Ngày tổ chức: 19/11/2026", phrases/event_date_labels.txt)."""
    labels = "|".join(re.escape(x) for x in phrase_list("event_date_labels"))
    # (its hour may come first: "17h00 ngày 10/12/2026")
    return re.compile(rf"(?:{labels})\s*:?\s*(?:\d{{1,2}}[:hg]\d{{2}}\s*,?\s*)?(?:ngày\s*)?\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}", re.I)


#: a last-edit label with the date (and time) it introduces
_LAST_MODIFIED_DATE = re.compile(
    rf"(?:{LAST_MODIFIED_WORDS}|last modified)\s*:?\s*(?:lúc\s*)?(?:\d{{1,2}}:\d{{2}}\s*(?:ngày\s*)?)?\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}(?:\s*[-,|]?\s*\d{{1,2}}:\d{{2}})?",
    re.I,
)


#: a last-edit label alone, for a date in words after it (find_dates reads the date)
_LAST_MODIFIED_LABEL = re.compile(rf"(?:{LAST_MODIFIED_WORDS}|last modified)\s*:?\s*(?:(?:lúc|vào|ngày)\s*)*", re.I)


def _without_edit_stamp(text: str) -> str:
    """``text`` without the last edit's labelled date, in figures ("Sửa lần cuối: 22/11/2026
    08:40") or in words ("Cập nhật lần cuối: 04 Tháng Mười Hai, 2026", "… 4 tháng 12 năm 2026")."""
    text = _LAST_MODIFIED_DATE.sub(" ", text)
    for label in reversed(list(_LAST_MODIFIED_LABEL.finditer(text))):
        dated = find_dates(text[label.end() :])
        if dated and dated[0].start <= 2:
            text = f"{text[: label.start()]} {text[label.end() + dated[0].end :]}"
    return text


#: a class token naming a last edit's date ("post-meta-date-updated", "date-modified", "modified-date")
_EDIT_CLASS = re.compile(r"(?:date|time)[-_](?:updated|modified)$|^(?:updated|modified)[-_](?:date|time|on)$")


def _is_modified_stamp(el: HtmlElement) -> bool:
    """The element of a post's last edit: itemprop=dateModified, or WordPress's ``time.updated``
    (themes hide it with CSS when it is not also the published one)."""
    if el.get("itemprop") == "dateModified":
        return True
    names = (el.get("class") or "").split()
    if "published" not in names and any(_EDIT_CLASS.search(n) for n in names):
        return True  # (a theme's own name for it: Butterfly's "post-meta-date-updated", "date-modified")
    if "updated" not in names or "published" in names:
        return False
    # (tagDiv's Newspaper marks the post's one shown date "entry-date updated": a date the entry
    # names; a theme that also prints a "published" time, Soledad with its hidden "entry-date
    # updated" beside it, marks its last edit so)
    # (unless the page's own meta says that stamp is the last edit's: its datetime the
    # "article:modified_time", the "article:published_time" another day, Newsmag's option of
    # showing the modified date)
    return "entry-date" not in names or bool(_PUBLISHED_TIME(el)) or _stamps_the_edit(el)


_PUBLISHED_TIME = etree.XPath('boolean(//time[contains(concat(" ", normalize-space(@class), " "), " published ")])')
_META_TIMES = etree.XPath('//meta[@property="article:published_time" or @property="article:modified_time"]')


def _stamps_the_edit(el: HtmlElement) -> bool:
    stamp = (el.get("datetime") or "").strip()
    if not stamp:
        return False
    times = {m.get("property"): (m.get("content") or "").strip() for m in _META_TIMES(el)}
    published, modified = times.get("article:published_time", ""), times.get("article:modified_time", "")
    return bool(published) and stamp == modified and published[:10] != modified[:10]


def _date_candidates(page: Page, title_el: HtmlElement | None, content: list[HtmlElement], blocks: list[dict], meta: Metadata) -> list[dict]:
    """Dates the page states about itself: text near the headline and short date lines at the edges
    of the content; machine dates; the URL. Never the page header (its clock shows today)."""
    cands: list[dict] = [{"source": "visible", "value": d} for d in _published_element(page.tree, title_el)]
    if not cands:
        cands = [{"source": "visible", "value": d} for d in _labelled_dates(title_el, content)]
    if not cands:
        cands = [{"source": "visible", "value": d} for d in _created_tooltip(page.tree)]
    region_text = ""
    if title_el is not None and not cands and _opens_the_text(title_el, content):
        # the headline is the text's own first line (a photo post's caption opening in bold): what
        # follows it is the text, whose dates are the story's ("đến hết ngày 23/10/2026"); the
        # post's date is the line printed before it (Tumblr's permalink "ngày 10/10/2026 lúc 3:00 PM")
        cands.extend({"source": "visible", "value": found.iso()} for found in find_dates(_text_before_title(title_el))[-1:])
    if title_el is not None and not cands:
        # (the date a last-edit label introduces is not the post's: "Cập nhật lần cuối: 25/11/2026";
        # a date line the headline's own box sets under it comes first)
        region_text = " ".join([*headline_date_lines(title_el), _text_after(title_el, content, _DATE_REGION_CHARS)])
        region = clean_line(_event_date().sub(" ", _without_edit_stamp(region_text)))  # (find_dates counts its places in the clean line)
        dated = find_dates(region)
        if len(dated) >= 2 and dated[0].has_time and dated[1].start - dated[0].end <= 30 and _UPDATE_LABEL_END.search(region[: dated[0].start]) and not _UPDATE_WORD.search(region[dated[0].end : dated[1].start]):
            # "Cập nhật: 25/11/2026 10:02" then the post's own day ("Thứ Tư, 25/11/2026 | 08:30"):
            # beside another date on the meta line (not one of the text's), the stamp "Cập nhật"
            # introduces, to the minute, is the last edit's (a vendor's "Cập nhật: 16/11/2026", a
            # day, is its publication's) (the edit's
            # time is not the post's: "… 09:31 Chủ Nhật, 29/11/2026" reads the day alone)
            second = dated[1] if dated[1].start >= dated[0].end else FoundDate(dated[1].day, None, dated[1].start, dated[1].end)
            dated = [second, dated[0], *dated[2:]]
        if dated and _UPDATE_LABEL_END.search(region[: dated[0].start]) and (published := _publish_date_box(title_el, content)):
            dated = [published]
        for found in dated:
            cands.append({"source": "visible", "value": found.iso()})
        if not cands:
            cands.extend({"source": "visible", "value": d} for d in _posted_line_dates(content)[:1])
        if not cands:
            before = _text_before_title(title_el)
            for found in find_dates(before)[-1:]:
                # (the day on a leaf over the headline, its time opening the meta line under it:
                # IONOS's "20 Nov 2026" leaf, then "07:30 Uhr · Chuyên mục: …")
                clock = _LEADING_TIME.match(region) if found.clock is None else None
                cands.append({"source": "visible", "value": f"{found.day.isoformat()}T{int(clock['H']):02d}:{clock['M']}:00+07:00" if clock else found.iso()})
        if not cands:
            cands.extend({"source": "visible", "value": d} for d in _tooltip_date(title_el, content))
        if not cands and (_RELATIVE_DAY.search(region) or _DAYS_AGO.search(region)):
            # "Hôm nay, 07:15 AM", "Hôm qua, 04:20 PM" (vBulletin): the day the page's own clock
            # prints, or the day before it; without a clock the day is unknown
            # ("N ngày trước" rounds: a stamp of the page's that falls within a day of it states
            # the instant, crawler.clean.steps.resolve_published)
            cands.extend({"source": "relative" if _DAYS_AGO.search(region) and not _RELATIVE_DAY.search(region) else "visible", "value": d} for d in _relative_day(region, page.text))
        if not cands:
            card = _person_card(page.tree)
            if card is not None and card[1]:
                cands.append({"source": "visible", "value": card[1]})
    if cands and title_el is not None and _UPDATE_WORD.search(region_text):
        # the meta line under the headline dates the last edit ("Cập nhật: 18/11/2026 09:30") and
        # a line closing the text says when it was posted ("Đăng lúc 16h45 ngày 17/11/2026"):
        # the posting's date (where no such line is printed, a vendor's "Cập nhật" is its date)
        closing = [b["text"] for b in blocks if b["kind"] == "text"][-4:]
        closing += [clean_line(text_of(box)) for box in _after_content(content, count=4, title_el=title_el) if isinstance(box.tag, str)]
        posted = next((found[0] for line in closing if len(line) <= 80 and _POSTED_LABEL.match(line) and (found := find_dates(line))), None)
        if posted:
            cands[0] = {"source": "visible", "value": posted.iso()}
    if cands and len(cands[0]["value"]) == 10 and (timed := _timed_opening_line(blocks, cands[0]["value"], clean_line(visible_text(title_el)) if title_el is not None else "")):
        # the day in the post's meta line over the text, the same day with its time in the date
        # line the text opens with (a Liferay display page's "Ngày đăng: 04/12/2026" over its
        # article template's "Thứ Sáu, 04/12/2026 | 15:45"): the time the reader is shown
        cands[0] = {"source": "visible", "value": timed}
    if cands and title_el is not None and len(cands[0]["value"]) == 10:
        # the day printed over the post (Serendipity's day heading), its time in the meta line
        # after the text ("Đăng bởi X trong Y lúc 14:00"): the time the reader is shown
        # (or the posting line inside the post's own box, under its text: PivotX's "<p class=meta>
        # Đăng bởi quantri lúc 04:30 CH | Chuyên mục: …" under the calendar leaf's day)
        inner = [k for k in content[-1] if isinstance(k.tag, str) and k.tag in ("p", "div") and title_el in content[-1].iter()] if content else []
        posted = [k for k in inner if len(text_of(k)) <= 300 and _POSTED_LABEL.match(clean_line(text_of(k)))]
        for box in [*_closing_meta_boxes(content, title_el), *posted[-1:]]:
            line = clean_line(text_of(box))
            if box in posted:
                line = clean_line(_without_edit_stamp(line))  # (its "Sửa lần cuối: …" stamp dates the last edit)
            dated = find_dates(line) if len(line) <= 300 else []
            # (a time alone, no day printed with it: the posting's own short line, not a reader's
            # comment whose day the time follows glued to a name, "Minh KhôiTháng Mười 29, 2026 lúc 6:52")
            at = labelled_time(line) if len(line) <= _POSTED_TIME_LINE_CHARS and not dated else None
            # (or the same day again with its time after the posting's label: Roller's "Đăng lúc
            # 04:40CH thg 10 30, 2026 bởi …" under the text, its day heading over the post; a last
            # edit's stamp, "Cập nhật lần cuối: 20/11/2026 16:02", is no posting's)
            same = next((d for d in dated if d.has_time and d.day.isoformat() == cands[0]["value"]), None) if _POSTED_LABEL.match(line) else None
            if same is not None and not _UPDATE_WORD.search(line[: same.start]):
                cands[0] = {"source": "visible", "value": same.iso()}
                break
            if at is not None:
                cands[0] = {"source": "visible", "value": f"{cands[0]['value']}T{at:%H:%M}:00+07:00"}
                break
    if cands and title_el is not None and "T" not in cands[0]["value"]:
        # the day printed, its time in the date's tooltip ("<a title='07:45, 26/10/2026'>26
        # tháng 10, 2026</a>", SilverStripe's blog): a time the reader is shown
        tips = _tooltip_date(title_el, content)
        if tips and "T" in tips[0] and tips[0][:10] == cands[0]["value"][:10]:
            cands[0] = {"source": "visible", "value": tips[0]}
        else:
            # (or its time alone as the date link's tooltip: WordPress themes' permalink "<a
            # title='9:20 sáng' rel=bookmark><time>22/10/2026</time></a>", The7, Twenty Ten)
            timed = _permalink_time(title_el, content, cands[0]["value"])
            if timed:
                cands[0] = {"source": "visible", "value": timed}
    if not cands:
        texts = [b["text"] for b in blocks if b["kind"] == "text"]
        for i, text in enumerate(texts[:3] + texts[-4:]):
            # a date line, or the meta line at the top of a post's box ("Gửi bởi X - Thứ Bảy, …")
            dated = is_date_line(text) or (i < 3 and len(text) <= 120 and TWO_DIGITS.search(text) is not None and parse_byline(text) is not None)
            modified = _LAST_MODIFIED.search(text)
            if dated:
                # a meta line that adds its last edit ("Đăng lúc 10:42 ngày 20/11/2026 · Sửa lần
                # cuối: 08:15 21/11/2026"): the date before that label
                for found in find_dates(text[: modified.start()] if modified else text)[:1]:
                    if i < 3 and found.has_time and _UPDATE_WORD.search(text[: found.start]):
                        # the edit stamp opening the meta lines ("Cập nhật lúc 09:30 13/11/2026",
                        # a Liferay asset's) over the post's own stamp a line or three later
                        # ("12/11/2026 00:00" atop the text): the post's
                        found = next((d[0] for later in texts[i + 1 : 4] if is_date_line(later) and (d := find_dates(later)) and d[0].has_time), found)
                    if _UPDATE_LABEL_END.search(text[: found.start]) and (published := _publish_date_box(title_el, content)):
                        found = published
                    cands.append({"source": "visible", "value": found.iso()})
                    break
            if cands:
                break
    if not cands and title_el is not None:
        # the date line a template prints under the text, past its signature and its pager (a
        # vendor portal's "Cập nhật: 02/11/2026 14:20" after "Trang: [1] 2 3" and the writer's name)
        for box in _after_content(content, count=4, title_el=title_el):
            line = clean_line(text_of(box)) if isinstance(box.tag, str) else ""
            if len(line) <= 80 and is_date_line(line) and not _LAST_MODIFIED.search(line):
                cands.extend({"source": "visible", "value": found.iso()} for found in find_dates(line)[:1])
                break
    if not cands and title_el is not None:
        # the post's meta line of labelled fields closing its text, its date among them (uCoz's
        # "Chuyên mục: Tin tức | Lượt xem: 1353 | Đăng bởi: admin | Ngày: 20.11.2026, 10:42")
        for line in _fields_lines(content, title_el):
            modified = _LAST_MODIFIED.search(line)
            for found in find_dates(line[: modified.start()] if modified else line)[:1]:
                cands.append({"source": "visible", "value": found.iso()})
            if cands:
                break
    for el in page.tree.iter("time"):
        if _is_modified_stamp(el) or _LAST_MODIFIED.search(shown_text(el)):
            continue  # the last edit's stamp
        if in_comment(el):
            continue  # a reader's comment's time
        if _other_entrys_time(el):
            continue  # another post's date in a list of them beside the text ("Tin liên quan")
        if el.get("datetime") and (not content or any(el in c.iter() for c in content) or _near(el, title_el) or _in_posts_article(el, content)):
            shown = shown_text(el)
            cands.append({"source": "time", "value": as_printed(el.get("datetime"), shown)})
            shifted = utc_printed_day(el.get("datetime"), shown)
            if shifted and cands[0]["source"] == "visible" and cands[0]["value"] == shifted[0] and (_same_instant_in_meta(el.get("datetime"), meta) or _converted_by_script(el)):
                # the day printed in UTC (a static build's), the page's machine stamps agreeing on
                # the instant: the site's own day (a theme that labels the local clock "+00:00"
                # is contradicted by its SEO plugin's true UTC, Newsmag's)
                cands[0] = {"source": "visible", "value": shifted[1]}
            clock = utc_printed_clock(el.get("datetime"), shown)
            if clock and cands[0]["source"] == "visible" and cands[0]["value"] == clock[0] and (_same_instant_in_meta(el.get("datetime"), meta) or _converted_by_script(el)):
                # (and its wall clock with it, "02/12/2026 23:15" of 23:15 UTC: 06:15 on the 3rd)
                cands[0] = {"source": "visible", "value": clock[1]}
    for source, value in meta.published:
        cands.append({"source": source, "value": value})
    if title_el is not None and meta.published and not any(c["source"] in ("visible", "time") for c in cands):
        # the posting's time printed alone over the text, its day in a badge without the year
        # ("09 Th10" … "Đăng lúc 15:20h", Qode Bridge's): the page's machine stamp of that very
        # minute says the day; the time is one the reader is shown
        scope = f"{region_text} {clean_line(text_of(content[0]))[:_DATE_REGION_CHARS] if content else ''}"
        label = _POSTED_AT.search(scope)
        at = labelled_time(scope[label.start() : label.start() + 40]) if label else None
        stamp = next((f for _, value in meta.published if (f := parse_meta_datetime(value)) and f.clock and (f.clock.hour, f.clock.minute) == (at.hour, at.minute)), None) if at else None
        if stamp is not None:
            cands.insert(0, {"source": "visible", "value": FoundDate(stamp.day, stamp.clock.replace(second=0)).iso()})
    if title_el is not None and meta.published and not any(c["source"] in ("visible", "time") for c in cands):
        # the day printed under the headline without its year ("Nov 24", Medium's; "24 thg 11"),
        # the page's machine stamp falling on that day in the site's zone: the printed day (the
        # stamp's time, an SEO field's, is not shown to the reader)
        shown = _yearless_day(title_el, content)
        stamp = next((f for _, value in meta.published if (f := parse_meta_datetime(value))), None) if shown else None
        if stamp is not None and (stamp.day.month, stamp.day.day) == shown:
            cands.insert(0, {"source": "visible", "value": stamp.day.isoformat()})
    if cands and cands[0]["source"] in ("visible", "time") and meta.published and title_el is not None:
        # the day printed under the headline is the last edit's ("Cập nhật <b>28/11/2026</b>",
        # Publisher's one date shown), the page's machine stamp of the publication an earlier
        # day: the publication's stamp (the page prints no day of its own publication)
        stamp = next((f for _, value in meta.published if (f := parse_meta_datetime(value))), None)
        printed = cands[0]["value"][:10]
        if stamp is not None and stamp.day.isoformat() < printed and _printed_as_update(title_el, content, printed):
            cands.insert(0, {"source": "visible", "value": stamp.iso()})
    if cands and cands[0]["source"] == "visible" and (swapped := _month_first_stamp(page.tree, cands[0]["value"])):
        cands[0] = {"source": "visible", "value": swapped}
    url_date = date_from_url(page.url)
    if url_date:
        cands.append({"source": "url", "value": url_date.iso()})
    return cands


#: the page's own machine stamps of a date printed in the body (RDFa's "dc:date", microdata's
#: datePublished, in a "content" attribute)
_CONTENT_STAMPS = etree.XPath("//body//*[@content and (contains(@property, 'date') or contains(@itemprop, 'date') or contains(@property, 'created'))]")


#: a stamp written in ISO order, year first (the only order a stamp states without a guess)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _month_first_stamp(tree: HtmlElement, value: str) -> str | None:
    """The date the template printed month first ("T5, 12/03/2026 - 15:20" from Drupal's
    m/d/Y format, read day first as 12 March), where the element printing it stamps the
    same date with day and month the other way round ("content=2026-12-03T15:20:00+07:00"): the
    stamp's day, at the time printed. Only an exact swap counts: a stamp of another day (the
    draft's, UTC's) says nothing of the order."""
    day, month = int(value[8:10]), int(value[5:7])
    if day > 12 or day == month:
        return None
    for el in _CONTENT_STAMPS(tree):
        content = (el.get("content") or "").strip()
        if not _ISO_DAY.match(content):
            continue  # (a stamp written "12/05/2026 08:05:00" has an order of its own to guess)
        stamp = parse_meta_datetime(content)
        if stamp is None or stamp.day.year != int(value[:4]) or (stamp.day.month, stamp.day.day) != (day, month):
            continue
        if len(value) > 10 and (stamp.clock is None or stamp.iso()[10:16] != value[10:16]):
            continue
        swapped = f"{value[:4]}-{day:02d}-{month:02d}"
        return swapped + value[10:]
    return None


def _printed_as_update(title_el: HtmlElement, content: list[HtmlElement], day: str, limit: int = 200) -> bool:
    """Between the headline and the text, a short box prints ``day`` (ISO) after an edit's word
    ("<time>Cập nhật <b>28/11/2026</b></time>")."""
    stop = content[0] if content else None
    for el in takewhile(lambda el: el is not stop, islice(_following(title_el), limit)):
        if not isinstance(el.tag, str) or not (el.text or "").strip():
            continue
        line = clean_line(text_of(el))
        if len(line) > 40:
            continue
        dates = find_dates(line)
        if len(dates) == 1 and dates[0].day.isoformat() == day and _UPDATE_LABEL_END.search(line[: dates[0].start]):
            return True
    return False


_MONTHS_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: a day printed without its year: "Nov 24", "24 Nov", "24 thg 11", "24/11"
_YEARLESS_DAY = re.compile(
    r"^\s*(?:(?P<mon>[A-Za-z]{3})[a-z]*\.?\s+(?P<d1>\d{1,2})|(?P<d2>\d{1,2})\s+(?P<mon2>[A-Za-z]{3})[a-z]*\.?|(?P<d3>\d{1,2})\s*(?:thg|tháng|/)\s*(?P<m3>\d{1,2}))\s*$",
    re.I,
)


def _yearless_day(title_el: HtmlElement, content: list[HtmlElement], limit: int = 200) -> tuple[int, int] | None:
    """(month, day) of a date line printed between the headline and the text without its year."""
    stop = content[0] if content else None
    for el in takewhile(lambda el: el is not stop, islice(_following(title_el), limit)):
        if not isinstance(el.tag, str) or len(el) or not el.text:
            continue
        m = _YEARLESS_DAY.match(el.text)
        if m is None:
            continue
        if m.group("m3"):
            month, day = int(m.group("m3")), int(m.group("d3"))
        else:
            name = (m.group("mon") or m.group("mon2")).lower()
            if name not in _MONTHS_EN:
                continue
            month, day = _MONTHS_EN.index(name) + 1, int(m.group("d1") or m.group("d2"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return month, day
    return None


def _other_entrys_time(el: HtmlElement) -> bool:
    """A <time> in a list's entry that links a post of its own title (a related or latest list's
    "<li><a href=…>Bé thực hành kỹ năng …</a><time>03/12/2026</time></li>"): that post's date."""
    entry = next(el.iterancestors("li"), None)
    return entry is not None and any(a.get("href") and len(text_of(a).split()) >= 4 and not within(el, a) for a in entry.iter("a"))


#: an edit's word in the meta line under the headline, and a posting's label on a line of its own
_UPDATE_WORD = re.compile(r"\bcập nhật\b", re.I)
#: "Cập nhật:" (or "Ngày cập nhật") right before a date
#: (its time may come first: "Cập nhật: 15:02 13/11/2026", the vi-VN order)
_UPDATE_LABEL_END = re.compile(r"\bcập nhật\s*:?\s*(?:lúc\s*:?\s*)?(?:\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:ngày\s*)?)?$", re.I)
#: the posting's label before its time ("Đăng lúc 15:20h", "Posted at 3:20 PM")
_POSTED_AT = re.compile(r"(?<!\w)(?:đăng|posted)\s+(?=(?:lúc|at)\s+\d)", re.I)
#: a time opening a meta line, alone ("07:30 Uhr · …", "lúc 14:05 |"), no date after it
_LEADING_TIME = re.compile(r"^\s*(?:lúc\s*)?(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?:\s*(?:Uhr|giờ))?(?![\d/.:-])(?!\s*(?:AM|PM|SA|CH|sáng|chiều|tối)\b)")
_POSTED_LABEL = re.compile(r"^\s*(?:đăng lúc|đăng ngày|đăng vào|ngày đăng|được đăng|thời gian đăng|đăng bởi|gửi bởi|posted by)\b", re.I)


def _converted_by_script(el: HtmlElement) -> bool:
    """A date element a script rewrites into the reader's own clock (Rails' local_time,
    ``<time datetime="…Z" data-local="time">November 30, 2026 11:30pm</time>``): the text the
    server prints is the UTC stamp's, shown until the script runs."""
    return el.get("data-local") is not None or el.get("data-controller") == "local-time"


def _same_instant_in_meta(value: str, meta: Metadata) -> bool:
    """A meta tag or JSON-LD of the page states the same instant as ``value``, and none another.
    (Microdata is no second witness: it rides on the printed elements themselves, Joomla 4's
    ``<time datetime=… itemprop=datePublished>`` labelling the local clock "+00:00".)"""
    mine = parse_meta_datetime(value)
    stamps = [parse_meta_datetime(v) for source, v in meta.published if source != "itemprop"]
    stamps = [s for s in stamps if s is not None and s.has_time]
    return mine is not None and bool(stamps) and all((s.day, s.clock) == (mine.day, mine.clock) for s in stamps)


def _timed_opening_line(blocks: list[dict], day: str, title: str = "") -> str | None:
    """The stamp of the date line the text opens with, when it prints ``day`` with its time."""
    texts = [b["text"] for b in blocks if b["kind"] == "text"][:3]
    if texts and len(texts[0]) <= 80 and not _without_edit_stamp(texts[0]).strip():
        # (after the last edit's stamp on a line of its own: Liferay's article template,
        # "Cập nhật lần cuối: 11/10/2026 09:20" over "08:30 | 10/10/2026")
        texts = texts[1:]
    texts = texts[:2]
    if len(texts) == 2 and title and fold(texts[0]) == fold(title):
        # (the line after the headline typed again atop the text: Liferay's Asset Publisher prints
        # the asset's title, then its template's "Đăng lúc 04:15 CH, ngày 04/12/2026")
        texts = texts[1:]
    if not texts or len(texts[0]) > 80 or not is_date_line(texts[0]):
        return None
    return next((d.iso() for d in find_dates(texts[0]) if d.has_time and d.day.isoformat() == day), None)


def _fields_lines(content: list[HtmlElement], title_el: HtmlElement) -> Iterator[str]:
    """The post's meta lines of labelled fields closing its text, nearest first."""
    for box in _fields_line_boxes(content, title_el):
        # (without what it hides: Avada's "updated rich-snippet-hidden" stamp of the last edit in
        # the line, "Bởi X | <hidden>2026-11-20T08:02:11+07:00</hidden>Tháng Mười Một 19th, 2026")
        line = visible_text(box) if shows_less(box) else clean_line(text_of(box))
        if len(line) <= 300 and _FIELDS_LINE.search(line) and not has(box, "related"):
            yield line


def _fields_line_boxes(content: list[HtmlElement], title_el: HtmlElement) -> list[HtmlElement]:
    """Where a post's meta line of labelled fields closes its text: the boxes after the text, or
    the last boxes inside it (a table template's row under the text)."""
    # (down the last children: a table's last row, its cell; not a list of every box inside)
    inside: list[HtmlElement] = []
    node = content[-1] if content else None
    for _ in range(4):
        node = next((k for k in reversed(node) if isinstance(k.tag, str)), None) if node is not None else None
        if node is None:
            break
        if node.tag in ("td", "div", "p"):
            inside.append(node)
    return [*_closing_meta_boxes(content, title_el), *reversed(inside)]


_RELATIVE_DAY = re.compile(r"\b(hôm nay|hôm qua|today|yesterday)\b\s*,?\s*(?:lúc\s*|at\s*)?(?:(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?", re.I)
#: a day counted back from today ("2 ngày trước", "1 tuần trước": Laravel's diffForHumans in Vietnamese)
_DAYS_AGO = re.compile(r"(?<![\w:])(\d{1,2})\s*(ngày|tuần)\s+trước\b", re.I)
#: the day the page's header prints ("Thứ Tư, ngày 25/11/2026"): the site's today
_PAGE_CLOCK = re.compile(r"(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\s+nhật)\s*,?\s*(?:ngày\s*)?(\d{1,2})/(\d{1,2})/(\d{4})", re.I)
#: (or in English with its time, a forum's clock in its header: "December 05, 2026, 10:14:05 AM",
#: Simple Machines Forum's)
_PAGE_CLOCK_EN = re.compile(
    r">\s*(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4}), \d{1,2}:\d{2}(?::\d{2})?\s*[AP]M\s*<"
)
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")


def _relative_day(region: str, html: str) -> list[str]:
    """The stamp a relative day with its time means, read against the page's clock."""
    from datetime import date, timedelta

    m = _RELATIVE_DAY.search(region)
    ago = _DAYS_AGO.search(region) if m is None else None
    clock = _PAGE_CLOCK.search(html)
    english = _PAGE_CLOCK_EN.search(html) if clock is None else None
    if (m is None and ago is None) or (clock is None and english is None):
        return []
    try:
        if clock is not None:
            today = date(int(clock.group(3)), int(clock.group(2)), int(clock.group(1)))
        else:
            today = date(int(english.group(3)), _MONTH_NAMES.index(english.group(1).lower()) + 1, int(english.group(2)))
    except ValueError:
        return []
    if ago is not None:
        # "2 ngày trước" against the header's today: the day only (the hour is not said)
        days = int(ago.group(1)) * (7 if fold(ago.group(2)) == fold("tuần") else 1)
        return [(today - timedelta(days=days)).isoformat()]
    day = today - timedelta(days=1) if fold(m.group(1)) in ("hôm qua", "yesterday") else today
    if not m.group(2):
        return [day.isoformat()]
    hour, minute, second = int(m.group(2)), int(m.group(3)), int(m.group(4) or 0)
    if m.group(5):
        hour = hour % 12 + (12 if m.group(5).lower() == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return [day.isoformat()]
    return [f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}+07:00"]


#: a line of fields, labelled and set apart ("Chuyên mục: Tin tức | Ngày: 20.11.2026")
_FIELDS_LINE = re.compile(r"[^|:]{2,25}:[^|]{1,80}\|\s*[^|:]{2,25}:")


#: what a date label holds ("Ngày đăng", "Đăng ngày", …); the XPath finds the text nodes holding one
_DATE_LABEL_WORDS = ("gày đăng", "ăng ngày", "gày xuất bản", "gày cập nhật", "GÀY ĐĂNG", "ược đăng")
_DATE_LABELS = etree.XPath(".//text()[" + " or ".join(f"contains(., '{w}')" for w in _DATE_LABEL_WORDS) + "]")
#: ("Được đăng" is Joomla's Vietnamese "Published")
#: (a meta line's separator may open the label's text: "<span> | Ngày đăng: …</span>")
_DATE_LABEL = re.compile(r"^\s*(?:[|·•\-–]\s*)?(?:ngày đăng(?: tin| bài)?|đăng ngày|được đăng|ngày xuất bản|(?P<update>ngày cập nhật))\s*:?\s*", re.I)
#: the label after a separator later in a short meta line ("Người đăng: hongocanh - Ngày đăng:
#: 20/11/2026 16:45", a vendor's poster line under the text)
_DATE_LABEL_LATER = re.compile(r"\s[|·•\-–]\s*(?:ngày đăng(?: tin| bài)?|đăng ngày|được đăng|ngày xuất bản|(?P<update>ngày cập nhật))\s*:?\s*", re.I)
#: the longest text a meta line holding a later label may be (prose is longer)
_META_LINE_MAX = 120


#: the longest meta line of who posted the page and when
_POSTED_LINE_MAX = 200


def _posted_line_dates(content: list[HtmlElement]) -> list[str]:
    """The date of the post's meta line at the top of its own box, before the text ("<article>
    <footer>Gửi bởi bientap_thcs vào T5, 22/10/2026 - 14:00</footer> <div>…text…</div>", Drupal's
    and Backdrop's node when the whole node is the text's block): the line the reading of the
    text leaves out as furniture, so no other reading sees it."""
    if not content:
        return []
    for el in islice(content[0].iter("footer", "header", "p", "div", "span"), 12):
        line = clean_line(text_of(el))
        if el.tag == "p" and len(line) > 100:
            break  # the text has begun
        if len(line) <= _POSTED_LINE_MAX and is_posted_line(el) and not in_comment(el):
            return [found.iso() for found in find_dates(line)]
    return []


#: a time told relative to now ("3 tuần trước", "2 days ago", "hôm qua")
_RELATIVE_TIME = re.compile(
    r"^\s*(?:(?:\d{1,3}|một)\s*(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+trước|(?:an?|\d{1,3})\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|hôm qua|hôm nay|vừa xong|just now)\s*$",
    re.I,
)
#: the label of a page's creation, just before its time ("Được tạo <span title=…>3 tuần trước</span>")
_CREATED_LABEL = re.compile(r"(?:được tạo|ngày tạo|tạo lúc|đã tạo|created)\s*:?\s*$", re.I)
_TOOLTIPPED = etree.XPath("//body//*[@title and not(*)]")


def _created_tooltip(tree: HtmlElement) -> list[str]:
    """The creation time a page's meta box tells relative to now, its full time in the tooltip
    ("Được tạo <span title='Thu, Dec 3, 2026 2:30 PM'>2 ngày trước</span> bởi X": BookStack's
    "Chi tiết" box, beside the text rather than over it). The label says which of the box's times
    is the post's: "Được cập nhật" (the last edit) and readers' comments carry the same tooltips."""
    for el in _TOOLTIPPED(tree):
        if not _RELATIVE_TIME.match(el.text or "") or in_comment(el):
            continue
        parent = el.getparent()
        before = parent.text or ""
        for sib in parent:
            if sib is el:
                break
            before = sib.tail or ""  # (the text just before the element, after any earlier child)
        if not _CREATED_LABEL.search(before) or _UPDATE_WORD.search(before):
            continue
        found = find_dates(el.get("title", "")[:60])
        if found:
            return [found[0].iso()]
    return []


def _labelled_dates(title_el: HtmlElement | None, content: list[HtmlElement]) -> list[str]:
    """A date printed under its label in the article's own container ("Ngày đăng" | "26/12/2025"
    in a record's field table, "Ngày đăng: 10/8/2022" in a meta line): it says which of the page's
    dates is the publication's, before any date in the text. Many vendor portals label the
    publication "Ngày cập nhật"; beside a publication's own label ("Được đăng", "Ngày đăng") it is
    the last edit's, and the publication's label wins."""
    if title_el is None or not content:
        return []
    container = _common_ancestor(title_el, content[0])
    if container is None:
        container = content[0].getparent()
    if container is None:
        return []
    box_text = text_of(container)
    if not any(word in box_text for word in _DATE_LABEL_WORDS):
        return []  # the XPath below only finds text holding one of these
    updated: list[str] = []
    for text in _DATE_LABELS(container):
        m = _DATE_LABEL.match(text) or (_DATE_LABEL_LATER.search(text) if len(text) <= _META_LINE_MAX else None)
        el = owner = text.getparent()
        if el is not None and text.is_tail:
            el = el.getparent()  # the text follows a child (an anchor) inside its box
        if not m or el is None:
            continue
        rest = text[m.end():]
        first = next((k for k in el if isinstance(k.tag, str)), None) if not text.is_tail else None
        if len(rest.strip()) < 6 and first is not None:
            # the value in the label's first child ("Đăng ngày <a>18 tháng 11, 2026</a> bởi …"), its
            # time after it ("Đăng ngày <a><time>04 December 2026</time></a> lúc 16:20", HTMLy)
            # (a stamp the theme hides inside the link, WordPress's time.updated, not read)
            rest = f"{visible_text(first)} {first.tail or ''}"
        after = _next_element(owner) if text.is_tail else None
        if len(rest.strip()) < 6 and after is not None:
            # the value in the box after the label, inside the label's own box ("<dd><span
            # class=icon></span> Ngày đăng: <time>Thứ bảy, 14 Tháng 11 2026 08:30</time></dd>"),
            # not the next box's (its last edit's); past a framework's empty comment between the
            # two (React's "Ngày đăng: <!-- --><time>…")
            rest = f"{text_of(after)} {after.tail or ''}"  # (its time may follow it: "<time>20/11/2026</time> lúc 14:00")
        if len(rest.strip()) < 6 and not text.is_tail and (el.tail or "").strip():
            rest = el.tail  # the value follows the label's own box ("<span>Ngày đăng:</span> 20/11/2026")
        value_box = None
        if len(rest.strip()) < 6:  # the value sits in the next box (a field table's next cell)
            nxt, up = el.getnext(), el
            while nxt is None and up.getparent() is not None and up is not container:
                up = up.getparent()
                nxt = up.getnext()
            rest = text_of(nxt) if nxt is not None else ""
            value_box = nxt
            if nxt is not None and len(stamps := nxt.findall(".//time")) >= 2:
                # (the published stamp, then the updated one, glued in one link: Twenty Sixteen's
                # "<a><time class=published>… 3:10 chiều</time><time class=updated>…</time></a>")
                rest = text_of(stamps[0])
        if m.group("update") and (published := _PUBLISHED_LABEL_AFTER.search(rest[:120])):
            # the publication's own label later in the same line ("Ngày cập nhật: 12/1/2026 8:20:12
            # AM | Ngày đăng: 11/30/2026 5:05:00 PM", a vendor's one text node): its date
            found = find_dates(rest[published.end() : published.end() + 80])
            if found:
                return [found[0].iso()]
        found = find_dates(rest[:80])
        if found and not found[0].has_time:
            # the time in the meta line's next box ("<span class=posted-on>Đăng ngày <a><time>
            # 03/10/2026</time></a></span><span class=gio-dang> lúc 8:10 sáng</span>"), or in the
            # box after the labelled pair's own ("<span class=tt-ngay><span>Ngày đăng:</span>
            # <span>Thứ Sáu, 4 tháng 12, 2026</span></span><span class=tt-gio>| 15:20</span>": a
            # Liferay fragment's two editable fields)
            for beside in (_next_element(el), _box_after(value_box, container) if value_box is not None else None):
                if beside is not None and _TIME_OPENS.match(text_of(beside)):
                    timed = find_dates(f"{rest[:80]} {text_of(beside)[:30]}")
                    if timed and timed[0].has_time and timed[0].day == found[0].day:
                        found = timed
                        break
        if found and m.group("update"):
            updated = updated or [found[0].iso()]
        elif found:
            return [found[0].iso()]
    return updated


#: a class naming the publication's date ("metadata-publish-date", "date-published", "publishdate")
_PUBLISH_DATE_CLASS = re.compile(r"publish(?:ed)?[-_]?(?:date|day|time)|(?:date|ngay)[-_]?(?:publish(?:ed)?|dang)(?![a-z])", re.I)
_CLASSED = etree.XPath("descendant-or-self::*[@class]")


def _publish_date_box(title_el: HtmlElement | None, content: list[HtmlElement], levels: int = 5) -> FoundDate | None:
    """A date the label calls the last edit's ("Cập nhật lúc: 15:33 20/11/2026") beside an element
    the CMS names the publication's date (Liferay's asset metadata after the text, "<span
    class='metadata-entry metadata-publish-date'>18/11/26</span>"): the publication's, the day in
    that element, in the headline's and the text's box or one of its few nearest ancestors. Not
    another entry's (a list's item, or beside a headline's link: "Tin khác")."""
    box = _common_ancestor(title_el, content[0]) if title_el is not None and content else None
    for _ in range(levels if box is not None else 0):
        for el in _CLASSED(box):
            if not _PUBLISH_DATE_CLASS.search(el.get("class") or "") or next(el.iterancestors("li"), None) is not None:
                continue
            parent = el.getparent()
            if parent is not None and any(len(clean_line(text_of(a))) >= 20 for a in parent.iter("a")):
                continue
            if not any(is_hidden(a) for a in (el, *el.iterancestors())):
                text = clean_line(text_of(el))
                found = find_dates(text) if len(text) <= 60 else []
                if found:
                    return found[0]
        parent = box.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        box = parent
    return None


#: a time of day opening a box ("lúc 8:10 sáng", "| 08:30")
_TIME_OPENS = re.compile(r"^\s*[|,·-]?\s*(?:lúc|vào lúc|at)?\s*\d{1,2}[:h]\d{2}\b", re.I)
#: a publication's label after a separator in a meta line that opens with the last edit's
_PUBLISHED_LABEL_AFTER = re.compile(r"[|·•\-–]\s*(?:ngày đăng(?: tin| bài)?|đăng ngày|được đăng|ngày xuất bản)\s*:?\s*", re.I)


def _box_after(node: HtmlElement, container: HtmlElement, levels: int = 2) -> HtmlElement | None:
    """The element after ``node``, or after the box it closes, a few levels up inside ``container``."""
    for _ in range(levels + 1):
        if node is container:
            return None
        nxt = _next_element(node)
        if nxt is not None:
            return nxt
        parent = node.getparent()
        if parent is None:
            return None
        node = parent
    return None


def _next_element(node: HtmlElement) -> HtmlElement | None:
    """The element after ``node`` among its siblings, past comments with nothing after them."""
    nxt = node.getnext()
    while nxt is not None and not isinstance(nxt.tag, str) and not (nxt.tail or "").strip():
        nxt = nxt.getnext()
    return nxt if nxt is not None and isinstance(nxt.tag, str) else None


#: an element the page's microdata marks as the publication's date
_DATE_PUBLISHED = etree.XPath('//*[@itemprop="datePublished"]')
_DATE_OTHER = etree.XPath('//*[@itemprop="dateCreated" or @itemprop="dateModified"][normalize-space()]')


def _published_element(tree: HtmlElement, title_el: HtmlElement | None) -> list[str]:
    """The day the page prints in the element its microdata marks as the publication's, near the
    headline, when the meta line also prints a creation or an edit date (Joomla's article info:
    "Ngày tạo: 30/11/2026 16:48", the published "30/11/2026 17:05", "Cập nhật: …"): the printed
    publication, as its reader sees it (a time only where one is shown)."""
    if title_el is None or (found := _DATE_PUBLISHED(tree)) is None or not found:
        return []
    el = found[0]
    others = [other for other in _DATE_OTHER(tree) if _near(other, title_el)]
    if not _near(el, title_el) or not others:
        return []  # (alone, the published element is read as any other date line is)
    if any(is_hidden(box) for box in (el, *el.iterancestors())):
        return []  # (a theme's hidden structured data, Enfold's "<span class=hidden>…", is no printed date)
    shown = shown_text(el)
    dates = find_dates(shown)
    # (a day alone: the other rules read it, and the time its own stamp gives; unless the edit's
    # element prints its day first, which they would take: OceanWP's "Cập nhật: 22 Tháng Mười,
    # 2026" before the published "20 Tháng Mười, 2026", each an <li> its microdata names)
    edit_first = any(other.get("itemprop") == "dateModified" and _precedes(other, el) for other in others)
    if not dates or not (dates[0].has_time or edit_first):
        return []
    if not dates[0].has_time and (beside := el.getnext()) is not None and (at := lone_time(shown_text(beside))) is not None:
        # (its time in the next item of the meta line: Elementor's post info, "Đăng ngày: Thứ Sáu,
        # 16/10/2026" then "2:00 CH", each an <li> of its own)
        return [f"{dates[0].day.isoformat()}T{at:%H:%M}:00+07:00"]
    return [dates[0].iso()]


def _precedes(a: HtmlElement, b: HtmlElement) -> bool:
    """``a`` comes before ``b`` in the document, outside it: ``b`` is in a box after ``a`` or
    after one of its boxes."""
    return any(sib is b or within(b, sib) for node in chain([a], a.iterancestors()) for sib in node.itersiblings())


def _in_posts_article(el: HtmlElement, content: list[HtmlElement]) -> bool:
    """In the ``<article>`` that holds the text, before the text: the post's own meta line (The7
    prints the headline in a title band above the main column, the date in the article's
    "entry-meta" over its "entry-content")."""
    article = next(content[0].iterancestors("article"), None) if content else None
    if article is None:
        return False
    for node in article.iter():
        if node is content[0]:
            return False
        if node is el:
            return True
    return False


def _near(el: HtmlElement, title_el: HtmlElement | None) -> bool:
    if title_el is None:
        return False
    parent = title_el.getparent()
    for _ in range(3):
        if parent is None:
            return False
        if el in parent.iter():
            return True
        parent = parent.getparent()
    return False


#: a field of the post's entity, by the class Drupal gives each ("field--name-field-chuyen-muc",
#: Drupal 7's "field-name-field-tags")
_ENTITY_FIELD = re.compile(r"(?:^|\s)field-?-name-")


def _lead_photo_box(box: HtmlElement) -> bool:
    """A box of a photo and at most its caption's line."""
    if box.tag == "img":
        return True
    return next(box.iter("img"), None) is not None and len(clean_line(text_of(box))) <= 200


def _text_after(start: HtmlElement, content: list[HtmlElement], limit: int) -> str:
    """Text in document order after ``start`` until the content block begins (or ``limit`` chars)."""
    stop = content[0] if content else None
    if stop is not None and len(content) > 1 and _meta_box(stop):
        stop = content[1]  # (the post's meta line, which the text's reading took in as its first box: the date region's)
    parts: list[str] = [start.tail] if start.tail else []
    total = 0
    # the headline typed again (a forum post's subject under the thread's name): its dates are
    # the headline's ("… (20/11/1982 – 20/11/2026)"), not the post's
    title_key = fold(clean_line(text_of(start)))
    passed: HtmlElement | None = None
    # (the text's box holding the headline: a short paragraph among the text's paragraphs, once the
    # text has begun, dates an event, "Hội thi diễn ra đến hết ngày 23/10/2026"; a dated line of its own after the text,
    # DokuWiki's "— admin 2026/11/17 14:00", is the post's)
    holds_title = stop is not None and any(a is stop for a in start.iterancestors())
    text_began = False
    later = iter(content[content.index(stop) + 1 :] if stop is not None else ())
    for el in _following(start):
        if el is stop:
            if not holds_title and _lead_photo_box(el) and (after := next(later, None)) is not None and not within(after, el):
                # the lead photo the text's reading took in first, printed above the date line
                # (SharePoint's page image, then "Ngày 08/10/2026", then the page's text): passed over
                passed, stop = el, after
                continue
            break
        if holds_title and text_began and not within(el, stop):
            break  # (past the post's own box: a pager's "Bài sau: … ngày 08/12/2026" is another post's)
        if holds_title and el.tag == "p":
            if text_began and _among_paragraphs(el):
                passed = el
                continue
            text_began = text_began or len(text_of(el)) >= _TEXT_PARAGRAPH_CHARS
        if el.tag == "table" and _data_table(el):
            passed = el  # (a schedule's days are its rows', "26/10/2026 | Ngữ văn | Toán": no post's date)
            continue
        if passed is not None and any(a is passed for a in el.iterancestors()):
            continue
        if not isinstance(el.tag, str):
            # a comment's tail is the page's text (Blazor's markers inside a meta line: "Đăng lúc
            # <!--!-->15:20<!--!--> ngày <!--!-->18/11/2026")
            if el.tail and el.tail.strip() and len(el.tail.strip()) <= 100:
                parts.append(el.tail)
                total += len(el.tail)
            continue
        if el.tag in ("script", "style", "noscript"):
            continue
        if el.tag == "footer" and next(el.iterancestors("article"), None) is not None:
            pass  # an article's own footer before its text (Drupal 8's "Gửi bởi admin vào T4, …")
        elif el.tag == "div" and _ENTITY_FIELD.search(el.get("class") or "") and is_noise(el):
            passed = el  # one of the post's own fields the CMS prints before its meta line (Drupal's "field--name-field-chuyen-muc"): no furniture
            continue
        elif el.tag in ("aside", "nav", "footer") or (el.tag in ("div", "section", "ul", "table") and is_noise(el) and not is_posted_line(el) and not _meta_footer(el)):
            # (a post's meta line in a box named a trail is no furniture: WebSite X5's "imBreadcrumb")
            if el.tag in ("div", "nav") and stop is not None and has(el, "menu") and sum(1 for _ in islice(el.iter("li"), 4)) >= 4 and not within(stop, el) and not find_dates(clean_line(text_of(el))[:3000]):
                # a side menu's list printed between the headline and the text's column
                # (SharePoint's quick launch, "sideNavBox", between "pageTitle" and the page's
                # fields): passed over, as it dates nothing (a pager's two links are no menu)
                passed = el
                continue
            if el.tag in ("div", "ul") and has(el, "tools"):
                # the tool bar under the headline holding the date beside its print and share
                # links ("<div class=thanh-cong-cu><div>Cập nhật lúc 16:40 ngày 28/11/2026</div>
                # <div>In bài | Gửi email</div></div>"): its date line is the headline's
                dates = [line for line in (clean_line(t) for t in el.itertext()) if 0 < len(line) <= 80 and is_date_line(line) and not _LAST_MODIFIED.search(line)]
                parts.extend(dates)
                if not dates and ((el.tag == "ul" and el.getprevious() is start) or (not "".join(parts).strip() and _icon_bar(el))):
                    # (a bar of icons beside the headline, Subrion's "content__actions" print and
                    # RSS links: the post's meta box follows it; or the first thing after the
                    # headline, Liferay's "asset-user-actions" print, permalink and share icons
                    # opening the asset's box)
                    passed = el
                    continue
            break  # the page's furniture (a sidebar of latest news and their dates) begins
        if is_hidden(el):
            # a theme's hidden structured data ("<span class='hidden hide d-none'
            # itemprop=datePublished>" of a draft's time): no line a reader is shown
            passed = el
            if el.tail and el.tail.strip() and len(el.tail.strip()) <= 100:
                parts.append(el.tail)
                total += len(el.tail)
            continue
        # a box its names call the sapo is prose, however short: its dates are events ("đăng ký từ
        # ngày 02/11 đến hết ngày 09/11/2026")
        # (a "subtitle" that only says the day is the date line: Mobirise's "mbr-section-subtitle")
        text = el.text if el.text is None or not is_sapo_element(el) or is_date_line(el.text) else None
        if _is_modified_stamp(el):
            text = None  # the last edit's own element (itemprop=dateModified, WordPress's time.updated)
        elif text and _LAST_MODIFIED.match(text.strip()) and len(text) <= _LAST_EDIT_BOX_CHARS and (rest := _without_edit_stamp(text)) != text and find_dates(rest):
            # the edit's stamp, then the posting's on the same line ("Sửa lần cuối: 22/11/2026 08:40
            # SA | Ngày đăng: 21/11/2026 02:00 CH | Người đăng: …"): the line without the stamp
            parts.append(rest)
            total += len(rest)
            text = None
        elif text and _LAST_MODIFIED.match(text.strip()) and len(text_of(el)) <= _LAST_EDIT_BOX_CHARS:
            # a box opening with the last edit's label, its editor and its date in elements and
            # tails of their own ("Sửa lần cuối bởi <a>Quản trị</a> vào 2026/11/17 08:48", XWiki):
            # all of it the edit's
            passed = el
            if el.tail and el.tail.strip() and len(el.tail.strip()) <= 100:
                parts.append(el.tail)
            continue
        for piece in (text, el.tail):
            # a date line is short; a long piece is a sapo or a paragraph whose dates are events
            if piece and piece.strip() and (len(piece.strip()) <= 100 or _fields_row(piece)) and not _LAST_MODIFIED.search(piece) and fold(clean_line(piece)) != title_key:
                parts.append(piece)
                total += len(piece)
        if total > limit:
            break
    return " ".join(parts)


_LAST_EDIT_BOX_CHARS = 160
#: the most a meta line giving the posting's time alone holds ("Đăng bởi X trong Y lúc 14:00")
_POSTED_TIME_LINE_CHARS = 160
#: the most a meta line's box holds (its dates, poster, views)
_META_BOX_CHARS = 300


def _meta_box(box: HtmlElement) -> bool:
    """A short box of dated fields, no paragraph, table or picture in it: a post's meta line
    ("Cập nhật lần cuối: … Đăng lúc: 03 Tháng Mười Hai, 2026 lúc 2:30 chiều Người đăng: …")."""
    text = clean_line(text_of(box))
    return 0 < len(text) <= _META_BOX_CHARS and next(box.iter("p", "table", "img"), None) is None and bool(find_dates(text))


#: a paragraph of the text, no meta line
_TEXT_PARAGRAPH_CHARS = 120


def _icon_bar(box: HtmlElement) -> bool:
    """A bar of tool links and nothing else: each link an icon, or a tool's or a permalink's label
    (read by screen readers only: "<a title=In><svg/><span class=sr-only>In</span></a>"), no
    words outside them (no poster's name, no view count)."""
    links = list(box.iter("a"))
    if not links or len(links) > 8:
        return False
    tools, permalinks = phrase_set("tools"), phrase_set("permalinks")
    said = 0
    for a in links:
        shown = clean_line(text_of(a))
        label = fold(shown)
        if label and label not in tools and label not in permalinks:
            return False
        said += len(shown)
    return len(clean_line(text_of(box))) <= said + 2


def _data_table(table: HtmlElement) -> bool:
    """A table of data: three rows or more of three cells or more (a meta table sets its fields one
    or two to a row, "Ngày đăng | 26/10/2026", or its labels over one row of their values)."""
    wide = 0
    for row in table.iter("tr"):
        if sum(1 for cell in row if cell.tag in ("td", "th")) >= 3 and next(row.iterancestors("table"), None) is table:
            # (its own rows: a layout table holding the meta rows and the text holds the text's tables too)
            wide += 1
            if wide >= 3:
                return True
    return False


def _among_paragraphs(p: HtmlElement) -> bool:
    """A paragraph whose box holds a paragraph of prose: a line of the text."""
    parent = p.getparent()
    return parent is not None and any(sib.tag == "p" and len(text_of(sib)) >= _TEXT_PARAGRAPH_CHARS for sib in parent)


def _fields_row(piece: str) -> bool:
    """A meta line of several short fields between bars, longer than a date line: "Cập nhật:
    25/11/2026 08:15:00 AM | Ngày đăng: 18/11/2026 01:30:00 PM | Người đăng: vanthu | Lượt xem:
    315" (a sentence of prose is no row of fields)."""
    fields = piece.split("|")
    return len(piece) <= 200 and len(fields) >= 3 and all(len(f.strip()) <= 48 for f in fields)


def _meta_footer(el: HtmlElement) -> bool:
    """A post's info box a template names its "footer" between the headline and the text (TYPO3
    news's "<div class='footer'><p><time>17/11/2026 14:30</time> | Chuyên mục: …"): a short box
    holding a date, no page footer (that one comes after the text)."""
    if element_families(el) & NOISE != {"chrome"}:
        return False
    text = clean_line(text_of(el))
    return len(text) <= _META_FOOTER_CHARS and bool(find_dates(text))


_META_FOOTER_CHARS = 200


def _following(start: HtmlElement) -> Iterator[HtmlElement]:
    """The nodes after ``start`` and its subtree, in document order (``tree.iter()`` from there on,
    without walking the page from its top to reach it)."""
    node: HtmlElement | None = start
    while node is not None:
        for sibling in node.itersiblings():
            yield from sibling.iter()
        node = node.getparent()


#: a business in a page's author tag: the company that built the site ("<meta name=author
#: content='Công ty TNHH Giải pháp phần mềm …'>", its name in the footer's "Thiết kế bởi"), no writer
_VENDOR = re.compile(r"^\s*(?:công ty|cty)\b|\b(?:tnhh|jsc|co\.,? ?ltd|corporation|corp\.|software|solutions?)\b", re.I)


def _not_the_site(names: list[str], site_names: list[str]) -> list[str]:
    """The names less the site's own, or its board's ("Phượng Đỏ", "Ban biên tập Phượng Đỏ": a
    publication's account printed as the post's byline, Substack's): the publication, nobody."""
    sites = {fold(n) for n in site_names if len(n) >= 4}
    if not sites:
        return names
    owned = sites | {f"{board} {site}" for board in folded_labels("board") for site in sites}
    # (or the school's name without its kind, the account a theme prints as the poster: "Đăng bởi
    # Lương Thế Vinh" on "Trường THPT Lương Thế Vinh")
    owned |= {m["name"] for site in sites if (m := _SCHOOL_KIND.match(site)) and len(m["name"].split()) >= 2}
    # (or that name with a brand's word after it, the shop's or the page's account: "Hoa Sen Kids"
    # on "Trường Mầm non Hoa Sen")
    return [n for n in names if fold(n) not in owned and not any(_branded(fold(n), name) for name in owned)]


def _branded(name: str, owned: str) -> bool:
    rest = name[len(owned) + 1 :] if name.startswith(owned + " ") else ""
    return bool(rest) and rest.isascii() and len(rest.split()) <= 2 and rest.replace(" ", "").isalpha()


#: a school's name after its kind ("trường thpt chuyên lương văn tụy", "trường mầm non hoa hồng")
_SCHOOL_KIND = re.compile(rf"^(?:trường\s+)?(?:{SCHOOL_KINDS}|trung học (?:cơ sở|phổ thông))(?:\s+chuyên)?\s+(?P<name>.+)$")


def _kicker_section(tree: HtmlElement, title_el: HtmlElement) -> tuple[str | None, str | None]:
    """The link printed right before the headline, in its box, naming a section the site's menu
    links: where the post is filed."""
    prev = title_el.getprevious()
    node = title_el
    for _ in range(2):
        if prev is not None:
            break
        # (or in a box of its own over the headline's: Liferay fragments, "<div class=fragment_1><div>
        # <a class=label href=/web/site/tin-tuc>Tin tức - Sự kiện</a></div></div><div class=fragment_2><h2>")
        node = node.getparent()
        prev = node.getprevious() if node is not None else None
        links = list(prev.iter("a")) if prev is not None else []
        if len(links) == 1 and clean_line(text_of(prev)) == clean_line(text_of(links[0])):
            prev = links[0]
    if prev is None or prev.tag != "a" or not (prev.get("href") or "").strip() or (prev.tail or "").strip():
        return None, None
    name = clean_line(text_of(prev))
    if not (2 <= len(name) <= 60) or fold(name) in phrase_set("crumbs") or not menu_links_to(tree, name):
        return None, None
    return name, prev.get("href").strip()


def _meta_line_category(title_el: HtmlElement, content: list[HtmlElement], limit: int = 40, trail: list[str] | None = None) -> tuple[str | None, str | None]:
    """The category link between the headline and the text: a link to a category's list
    (``_SECTION_LINK``), the only one there, or of several the one the page's trail ends on
    (``trail``: "Trong A, Tin tức" in the alphabet's order under "Trang chủ » Tin tức » …")."""
    stop = content[0] if content else None
    # (or the box right above the headline: Tilda's "parts" tag over the post's title)
    above = [el for sib in islice(title_el.itersiblings(preceding=True), 2) if isinstance(sib.tag, str) for el in sib.iter("a")]
    found = [
        el for el in chain(above, takewhile(lambda el: el is not stop, islice(_following(title_el), limit)))
        if isinstance(el.tag, str) and el.tag == "a" and _SECTION_LINK.search(el.get("href") or "")
    ]
    if len(found) > 1 and all(_below(b.get("href"), a.get("href"), "") for a, b in pairwise(found)):
        found = found[-1:]  # a category and its sub-category ("Chuyên môn, Tổ Toán – Tin"): the deepest
    elif len(found) > 1 and trail:
        steps = {fold(step) for step in trail}
        found = [a for a in found if fold(clean_line(text_of(a))) in steps][-1:] or found
    if not found:
        # (or the post's meta line closing its text or right after it: Serendipity's entry footer
        # "Đăng bởi X trong <a href=…/categories/4-…>Hoạt động đào tạo</a> lúc 14:00")
        for box in _closing_meta_boxes(content, title_el):
            if len(clean_line(text_of(box))) <= 300 and not has(box, "related"):
                # (a category link the line introduces as one: "trong", "Chuyên mục:", "Posted in";
                # a card of another post with its category badge says nothing of this one)
                found = [el for el in box.iter("a") if _SECTION_LINK.search(el.get("href") or "") and _FILED_UNDER.search(_text_before_in(box, el))]
                if found:
                    # (filed under several, "trong A, B": the one the page's trail ends on, else
                    # the first it names)
                    found = [*found[:1], *_listed_after(found[0])]
                    steps = {fold(step) for step in trail or ()}
                    found = [a for a in found if fold(clean_line(text_of(a))) in steps][-1:] or found[:1]
                    break
        if len(found) != 1:
            return _topic_header(title_el, content, limit)
    return _category_link(found[0]) if len(found) == 1 else (None, None)


def _listed_after(link: HtmlElement) -> list[HtmlElement]:
    """The links listed after a link, parted by commas only ("<a>A</a>, <a>B</a>")."""
    out = []
    node = link
    while (node.tail or "").strip() in (",", "，") and (nxt := node.getnext()) is not None and nxt.tag == "a":
        out.append(nxt)
        node = nxt
    return out


def _filed_under_link(title_el: HtmlElement, content: list[HtmlElement], limit: int = 40) -> tuple[str | None, str | None]:
    """The one link between the headline and the text that the meta line's words introduce as
    where the post is filed ("trong", "Chuyên mục:", "Posted in"), whatever its address: (its
    name, its address), or (None, None). The poster's own link (rel=author) files nothing."""
    stop = content[0] if content else None
    found = [
        el for el in takewhile(lambda el: el is not stop, islice(_following(title_el), limit))
        if isinstance(el.tag, str) and el.tag == "a" and el.get("href") and el.get("rel") != "author"
        and el.getparent() is not None and (_FILED_UNDER.search(_text_before_in(el.getparent(), el)) or _labelled_by_tooltip(el))
    ]
    return _category_link(found[0]) if len(found) == 1 else (None, None)


def _labelled_by_tooltip(a: HtmlElement) -> bool:
    """The link's box says in its tooltip what the link is ("<span class=category-name title=
    'Chuyên mục: Đào tạo - Bồi dưỡng'><i class=…folder…></i> <a>Đào tạo - Bồi dưỡng</a>", Joomla
    4's article info, its icon standing for the label)."""
    labelled = _LABELLED_CATEGORY.match((a.getparent().get("title") or "").strip())
    return labelled is not None and fold(clean_line(labelled.group(1))) == fold(clean_line(text_of(a)))


def _without_cut_excerpt(blocks: list[dict]) -> list[dict]:
    """The blocks without a lead box that only shows the text's opening cut off (one of the first
    three lines, before the text itself)."""
    texts = [i for i, b in enumerate(blocks) if b["kind"] == "text"][:3]
    for i in texts:
        if _cut_excerpt(blocks[i]["text"], blocks[i + 1 :]):
            return blocks[:i] + blocks[i + 1 :]
    return blocks


def _cut_excerpt(lead: str, content_blocks: list[dict]) -> bool:
    """The lead box shows the text's opening words cut off with an ellipsis: an excerpt the CMS
    made when the editor typed no summary (a letterhead's first words, for a notice), no lead."""
    if not lead.rstrip().endswith(("...", "…")):
        return False
    stem = " ".join(fold(lead.rstrip().rstrip(".…").strip()).split())
    if len(stem) < 40:
        return False
    texts = [b["text"] for b in content_blocks[:14] if b["kind"] == "text"]
    # (past the writer's lines set over the text, short: "TS. X" / "Phó Hiệu trưởng Nhà trường")
    for skip in range(min(3, len(texts))):
        if skip and len(texts[skip - 1]) > 80:
            break
        # (a table's cells are read as one row's line, " | " between them; the excerpt runs them on)
        opening = " ".join(fold(" ".join(texts[skip : skip + 12])).replace("|", " ").split())
        if opening.startswith(stem):
            return True
    return False


def _no_section_in(trail: list[str], title: str) -> bool:
    """The trail names no section: none, or only the home page and the post itself ("Trang chủ ›
    <headline>", Chirpy's top bar)."""
    generic, title_key = phrase_set("crumbs"), fold(title)
    return all(fold(step) in generic or fold(step) == title_key for step in trail)


def _filed_under_a_category(tree: HtmlElement) -> tuple[str | None, str | None]:
    """The one (name, address) of a link to a category's own list ("/category/<slug>/") that the
    words of a meta line introduce ("in", "trong", "Chuyên mục:"), outside the footer."""
    found: set[tuple[str | None, str | None]] = set()
    for a in tree.iter("a"):
        href = a.get("href") or ""
        if not _CATEGORY_PATH.search(href) or a.getparent() is None or next(a.iterancestors("footer"), None) is not None:
            continue
        before = _text_before_in(a.getparent(), a)
        if _FILED_UNDER.search(before) or (not before and _FOLDER_ICON(a.getparent())):
            found.add(_category_link(a))
    return found.pop() if len(found) == 1 else (None, None)


#: a folder drawn before the link instead of the word ("<i class='far fa-folder-open'></i> <a
#: href=/categories/…>", Chirpy's post tail; Bootstrap Icons' "bi-folder")
_FOLDER_ICON = etree.XPath("boolean(./*[not(normalize-space())][contains(@class, 'folder')])")


def _category_link(a: HtmlElement) -> tuple[str | None, str | None]:
    """(name, address) of a link naming a category, or (None, None) when its words are no name."""
    name = clean_line(text_of(a))
    # (a tool's label files nothing: "Gửi email", "Bản in")
    return (name, a.get("href")) if 2 <= len(name) <= 80 and fold(name) not in phrase_set("tools") else (None, None)


#: the words a meta line puts before a post's category: "trong", "Chuyên mục:", "Posted in"
# ("in" after "Bản" is the print link's "Bản in", a tool before the next tool: "Bản in | Gửi email")
_FILED_UNDER = re.compile(r"(?:\b(?:trong|(?<!bản\s)in)|chuyên mục|danh mục|thể loại|(?:posted|filed)\s+(?:in|under)|categor(?:y|ies))\s*:?\s*$", re.I)


def _text_before_in(box: HtmlElement, el: HtmlElement) -> str:
    """The box's text before ``el`` (the last 40 characters)."""
    parts: list[str] = []
    for node in box.iter():
        if node is el:
            break
        if isinstance(node.tag, str):
            parts.append(node.text or "")
        if node is not box and not within(el, node):
            parts.append(node.tail or "")
    return clean_line(" ".join(parts))[-40:]


def _closing_meta_boxes(content: list[HtmlElement], title_el: HtmlElement | None) -> list[HtmlElement]:
    """The boxes where a blog prints its post's meta line after the text: the text block's own
    closing footer (its names call it the article's part) or furniture, then the first boxes
    after the block."""
    last = next((k for k in reversed(content[-1]) if isinstance(k.tag, str)), None) if content else None
    closing = [last] if last is not None and has(last, "article_parts") else _closing_noise_boxes(content)
    return [b for b in [*closing, *_after_content(content, count=2, title_el=title_el)] if isinstance(b.tag, str)]


#: a box's class naming the post's topic or category ("ms-TopicHeader", "post-category", "cat-label")
_TOPIC_BOX = re.compile(r"topic|categor|chuyen-?muc", re.I)


def _topic_header(title_el: HtmlElement, content: list[HtmlElement], limit: int = 40) -> tuple[str | None, str | None]:
    """The topic printed without a link in a box its class names for it: right above the
    headline (SharePoint Online's page header "ms-TopicHeader": "HOẠT ĐỘNG CHUYÊN MÔN"), or in
    the meta line between the headline and the text (Webnode's "12.11.2026 · <span
    class=category>Tin tức</span>")."""
    stop = content[0] if content else None
    below = (el for el in takewhile(lambda el: el is not stop, islice(_following(title_el), limit)) if isinstance(el.tag, str) and el.tag in ("span", "div", "p", "small", "em"))
    for box in chain(islice(title_el.itersiblings(preceding=True), 2), below):
        if not isinstance(box.tag, str) or not _TOPIC_BOX.search(box.get("class") or ""):
            continue
        if next(box.iter("a", "img", "time"), None) is not None:
            return None, None
        chips = [clean_line(text_of(c)) for c in box if isinstance(c.tag, str) and clean_line(text_of(c))]
        if len(chips) > 1:
            # several chips in the box (Quarto's "quarto-category" each): the one the menu lists,
            # else the first
            root = box.getroottree().getroot()
            name = next((c for c in chips if menu_links_to(root, c)), chips[0])
            return (name, None) if 2 <= len(name) <= 60 else (None, None)
        name = clean_line(text_of(box))
        if 2 <= len(name) <= 60 and not find_dates(name) and len(name.split()) <= 8:
            return name, None
    return _section_bar(title_el)


def _section_bar(title_el: HtmlElement) -> tuple[str | None, str | None]:
    """A bar right above the headline's box printing, unlinked, the name of a section the page's
    menu links ("<td class=title_bar><b>Thông báo</b></td>" over the notice, the menu's "Thông
    báo" leading to its list): the post's section, named as the menu names it."""
    prev = _box_before(title_el)
    if prev is None:
        return None, None
    name = clean_line(text_of(prev))
    if not (2 <= len(name) <= 40) or next(prev.iter("a", "img"), None) is not None or find_dates(name):
        return None, None
    key = fold(name)
    link = next((a for a in title_el.getroottree().getroot().iter("a") if a.get("href") and fold(clean_line(text_of(a))) == key), None)
    return (name, link.get("href")) if link is not None else (None, None)


def _box_before(el: HtmlElement, levels: int = 3) -> HtmlElement | None:
    """The element printed right before ``el``'s box: its previous element sibling, or its
    parent's, up ``levels`` boxes (not past the body)."""
    node: HtmlElement | None = el
    for _ in range(levels):
        prev = next((sib for sib in node.itersiblings(preceding=True) if isinstance(sib.tag, str)), None)
        if prev is not None:
            return prev
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return None
    return None


#: an ISO 8601 stamp in a title attribute (microformats' "abbr design pattern": <abbr
#: class="published" title="2026-11-03T01:00:00Z">03/11/2026</abbr>, SPIP, hAtom themes) is
#: machine data for parsers, not a time shown to the reader
_MACHINE_STAMP = re.compile(r"\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _tooltip_date(title_el: HtmlElement, content: list[HtmlElement], limit: int = 80) -> list[str]:
    """The date a short or relative date box shows in full as its tooltip ("12 thg 11" or "2 ngày
    trước" with title="12 thg 11, 2026": Wix, Facebook-style widgets), in the post's header box
    above the headline or between the headline and the text."""
    stop = content[0] if content else None
    header = title_el.getparent()
    box = header.getparent() if header is not None else None
    before = takewhile(lambda el: el is not title_el, box.iter()) if box is not None and box.tag not in ("body", "html") else iter(())
    after = takewhile(lambda el: el is not stop, islice(_following(title_el), limit))
    for el in chain(before, after):
        tip = el.get("title") if isinstance(el.tag, str) else None
        # (a machine stamp is a tooltip a reader is shown only over a relative date, "2 ngày
        # trước" with title="2026-12-02 09:40:00": elsewhere it may hold a time the page never shows)
        if tip and _MACHINE_STAMP.match(tip) and not (_DAYS_AGO.search(text_of(el)) or _RELATIVE_DAY.search(text_of(el))):
            continue
        if tip and (_UPDATE_WORD.search(tip) or _LAST_MODIFIED.search(tip)):
            continue  # (the last edit's day shown in full: Butterfly's "Cập nhật 01/12/2026 08:12:00")
        if tip and TWO_DIGITS.search(tip) and len(tip) <= 60 and next((a for a in el.iter("a") if a is not el), None) is None:
            found = find_dates(tip)
            if found:
                # (a tooltip printing the server's UTC clock that the element's own stamp gives in
                # UTC, Elgg's "25 Tháng 11 2026 @ 1:15pm" on datetime="…T13:15:00+00:00": that instant)
                utc = utc_printed_clock(el.get("datetime") or "", tip) if el.tag == "time" else None
                return [utc[1] if utc else found[0].iso()]
    return []


#: a tooltip that is a time of day alone ("9:20 sáng", "4:40 chiều", "10:05 am")
_CLOCK_ONLY = re.compile(r"^\s*\d{1,2}[:h]\d{2}\s*(?:sáng|chiều|tối|am|pm|a\.m\.|p\.m\.|sa|ch)?\s*$", re.I)


def _permalink_time(title_el: HtmlElement, content: list[HtmlElement], day: str, limit: int = 200) -> str | None:
    """The time a link printing the post's day holds as its tooltip, between the headline and the
    text: that day at that time (ISO), or None."""
    stop = content[0] if content else None
    for el in takewhile(lambda el: el is not stop, islice(_following(title_el), limit)):
        if el.tag != "a" or not _CLOCK_ONLY.match(el.get("title") or ""):
            continue
        shown = find_dates(text_of(el))
        if shown and shown[0].day.isoformat() == day[:10]:
            timed = find_dates(f"{shown[0].day:%d/%m/%Y} {el.get('title').strip()}")
            if timed and timed[0].has_time:
                return timed[0].iso()
    return None


def _opens_the_text(title_el: HtmlElement, content: list[HtmlElement]) -> bool:
    """The headline is a line of the text, inside the content block and its first words (the
    block says nothing before it), set in no heading."""
    if title_el.tag in ("h1", "h2", "h3", "h4") or not content:
        return False  # (a heading over the text inside its box is the ordinary headline: dates follow it)
    ancestors = set(title_el.iterancestors())
    box = next((c for c in content if c in ancestors), None)  # (after the lead photo put before it)
    return box is not None and clean_line(text_of(box)).startswith(clean_line(text_of(title_el)))


def _text_before_title(title_el: HtmlElement, levels: int = 3, per_level: int = 3) -> str:
    """Short texts printed just before the headline: its preceding siblings, then those of its
    parent (an article's header box with "Thứ 4, 13/10/2021 | 19:04" above the title block).
    Furniture (banner, menus, toolbars) is skipped; the nearest text comes last."""
    parts: list[str] = []
    node: HtmlElement | None = title_el
    for _ in range(levels):
        if node is None or node.getparent() is None or node.getparent().tag in ("body", "html", "form"):
            break  # the page's top level: what precedes it there is the banner (its clock shows today)
        if node.tag == "tr" and _column_row(node):
            break  # the headline's cell is a page column beside another: the rows above it are the banner's
        for n, sib in enumerate(node.itersiblings(preceding=True)):
            if n >= per_level:
                break
            if not isinstance(sib.tag, str) or is_noise(sib) or _page_banner(sib):
                continue
            text = text_of(sib)
            noisy = [d for d in sib.iterdescendants(etree.Element) if is_noise(d) or _page_banner(d)] if len(text) <= 200 else []
            if len(sib) > 1 and not (sib.text or "").strip() and all(c.tag == "span" and not (c.tail or "").strip() for c in sib):
                # a calendar leaf of spans set apart by the style sheet ("<span>20</span><span>Nov
                # </span><span>2026</span>", the day, the month and the year): its parts are words
                text = " ".join(text_of(c) for c in sib if c not in noisy)
            elif noisy:
                # (without the furniture inside it: a top bar's "ls_today" clock beside its hotline)
                text = " ".join(t for t in texts_skipping(sib, noisy.__contains__) if t.strip())
            if len(text) <= 200:
                parts.insert(0, text)
        node = node.getparent()
    return " ".join(parts)[-400:]


def _page_banner(el: HtmlElement) -> bool:
    """A <header> in no article, section or main region: the page's banner (its clock prints
    today: Magento's "<header class=page-header>" holding "Thứ Bảy, 05/12/2026" beside the
    hotline), not a post's own header."""
    return el.tag == "header" and not any(a.tag in ("article", "section", "main") for a in el.iterancestors())


def _column_row(tr: HtmlElement) -> bool:
    """A layout table's row of page columns (a side column of links and boxes beside the content
    cell): its cells are columns of the page, and the full-width rows above it (banner, menu, the
    clock bar "Thứ Tư, ngày 25/11/2026") are no part of the post."""
    cells = [c for c in tr if c.tag == "td"]
    return len(cells) >= 2 and sum(1 for c in cells if len(text_of(c).strip()) >= 50) >= 2


def _plain(text: str) -> str:
    """A matching key blind to typography (WordPress prints the typed "…" - … as “…” – …)."""
    return fold(text).translate(TYPOGRAPHY)


def _above_headline(title_el: HtmlElement, content: list[HtmlElement], order: dict[HtmlElement, int]) -> list[HtmlElement]:
    """The text's short boxes printed above the headline: a kicker ("<p class=tit-phu>CHÀO MỪNG
    NGÀY NHÀ GIÁO VIỆT NAM 20/11</p>" over the h3), a category's name. They are no text; a photo
    above the headline is the lead photo's business (photo_above_headline). Both where the text's
    box holds the headline and where the headline sits between its boxes."""
    at = order.get(title_el, -1)

    def short(box: HtmlElement) -> bool:
        return isinstance(box.tag, str) and next(box.iter("img"), None) is None and len(clean_line(text_of(box))) <= 150

    found = [box for box in content if order.get(box, -1) < at and not within(title_el, box) and short(box)]
    holder = next((box for box in content if within(title_el, box)), None)
    node = title_el
    while holder is not None and node is not holder and node is not None:
        found.extend(sib for sib in node.itersiblings(preceding=True) if short(sib))
        node = node.getparent()
    return found


def _cut_title(crumb: str, title_key: str) -> bool:
    """The trail's last item is the headline cut short with an ellipsis ("Hội thảo khoa học
    “Nâng cao chất lượng g..."), however short the trail keeps it."""
    stem = _plain(crumb).rstrip(".… ")
    return crumb.rstrip().endswith(("...", "…")) and len(stem) >= 15 and title_key.startswith(stem)


#: the separators of a <title>'s parts ("Bài - Chuyên mục - Trường …", "Bài | Trường …")
_TITLE_PARTS = re.compile(r"\s+[-|–—]\s+")


def _title_site_part(html_title: str) -> str | None:
    """The last part of a <title> of several: where a site prints its own name."""
    parts = _TITLE_PARTS.split(html_title or "")
    return parts[-1].strip() if len(parts) >= 2 else None


def _category(meta: Metadata, title: str, url: str = "") -> str | None:
    generic = phrase_set("crumbs")
    title_key = _plain(title)
    # (the trail's first step named by the site's name, as its home: "Trường Mầm non Hoa Sen /
    # Tin tức /" on a Liferay site whose home page is named so, its <title> "… - Tin tức - Trường
    # Mầm non Hoa Sen": the site's name closing the <title>, no section)
    sites = {fold(n) for n in (*meta.site_names, _title_site_part(meta.html_title)) if n and len(n) >= 4}
    trail = meta.breadcrumbs
    crumbs = [
        c for i, c in enumerate(trail)
        if fold(c) not in generic and not (i == 0 and fold(c) in sites) and not fold(c).startswith(("chi tiết ", "xem chi tiết")) and len(c) <= 80 and not _DATE_FOLDER.match(c)
        and not (title_key and (_plain(c) == title_key or (len(c) > len(title) / 2 and _plain(c).rstrip(".… ") in title_key) or _cut_title(c, title_key)))
    ]
    if meta.trail_ends_here and len(crumbs) >= 2 and crumbs[-1] == trail[-1]:
        # (the trail's last step is the page itself, under a section the trail names before it;
        # a section's own page, "Trang chủ / Thông báo", keeps its name)
        crumbs = crumbs[:-1]
    label = meta.category_label
    if label and crumbs and label != strip_accents(label) and all(c == strip_accents(c) for c in crumbs):
        # a trail without a tone mark, made of the address's slugs ("Tin tuc / 2026 / 11": Minimal
        # Mistakes' breadcrumbs from the URL), beside the post's own category field that has them
        return label
    if label and crumbs and len(meta.category_labels or meta.category_row) > 1 and fold(crumbs[-1]) in {fold(n) for n in meta.category_labels or meta.category_row}:
        # filed under several ("Chuyên mục: A, B", in the alphabet's order): the one the trail
        # names is the post's own
        return crumbs[-1]
    if label and crumbs and len(meta.category_labels) > 1:
        # (filed under several the trail names none of, "Chuyên mục: Học sinh giỏi, Thi đua" under
        # "Trang chủ » Tin tức - Sự kiện": the section the trail says is the post's one place)
        return crumbs[-1]
    if label and fold(label) not in {fold(c) for c in meta.breadcrumbs} and (
        _under_same_section(meta.category_label_href, url)
        or (len(crumbs) <= 1 and (not meta.category_label_href or _CATEGORY_PATH.search(meta.category_label_href) or meta.category_label_in_menu))
    ):
        # the post's own "Chuyên mục: …" field names a category its breadcrumb stops short of
        # (Drupal's trail "Trang chủ › Tin tức" above "Chuyên mục: Tin hoạt động", whose link
        # leads into the post's own section, /tin-tuc/…; a trail of the section alone above
        # "… trong <a href=/chuyen-muc/…>", ProcessWire's page tree beside its category field;
        # a trail of the section page alone above an unlinked badge, Liferay's asset categories;
        # a trail of the knowledge base alone above "Chuyên mục: <a>Thông báo</a>", a section the
        # site's menu lists, Power Pages)
        return label
    if meta.category_box and fold(meta.category_box) not in {fold(c) for c in crumbs} and _below(meta.category_box_href, meta.crumb_href, url):
        # the post's own category box names a category under the breadcrumb's section (tx_news's
        # "Tin tức › Chi tiết tin" over "news-list-category: Nghiên cứu - Trao đổi")
        return meta.category_box
    if crumbs:
        return crumbs[-1]
    if label:
        return label
    if meta.category_box and not crumbs:
        # the post's own category box, the page printing no trail, or one naming no section
        # ("Trang chủ › <the post>" over a Liferay display page's "tn-dp-chuyenmuc" badge)
        return meta.category_box
    section = meta.section
    if section and _SLUG.match(section):
        return None  # a CMS's internal section name ("posts", "news"), not one printed for readers
    return section or meta.current_nav or meta.menu_tag


_SLUG = re.compile(r"^[a-z0-9_-]+$")
#: the dash between a writer's name and their unit ("ThS. Y Nhung - Khoa Lý luận cơ sở")
_UNIT_AFTER_NAME = re.compile(r"\s[-–—]\s")
#: a category read with its label ("Chuyên mục: Tin tức", CMSimple's Realblog box)
_LABELLED_CATEGORY = re.compile(r"^\s*(?:chuyên mục|danh mục|thể loại|category)\s*[:：]\s*(\S.*)$", re.I)
#: a category's own list by its path ("/chuyen-muc/<slug>/", "/category/<slug>"), not a query
#: parameter another tool's link carries too ("?…&catid=8&print=1")
# (or a list filtered by a category's number: Liferay's "?p_r_p_categoryId=40217", the
# category's own list wherever its page is)
#: (or its short name under a portlet's namespace: "&_tintuc_WAR_tintucportlet_catId=1013")
_CATEGORY_ID = re.compile(r"[?&](?:[a-z_]*category_?id|_\w+_cat_?id)=\d", re.I)
_CATEGORY_PATH = re.compile(rf"[/?](?:categor(?:y|ies)|chuyen-?muc|danh-?muc)/[^/?#]+|{_CATEGORY_ID.pattern}", re.I)
#: a link to a section's list of posts (a topic, a category)
# (Drupal's term pages: "/taxonomy/term/5", "/?q=taxonomy/term/5" without clean URLs)
#: (a query key naming its kind of category too: GoDaddy's blog filter "?blogcategory=…")
#: (a portlet's parameter named under its namespace too, "&_tintuc_WAR_tintucportlet_catId=1013":
#: Liferay's)
_SECTION_LINK = re.compile(r"[?&](?:new_)?topic(?:_?id)?=|[?&](?:_\w+?_)?(?:storytopic|cat|catid|[a-z]*category|category_id|cid|tfeeds_part|part)=|[/?](?:topics?|categor(?:y|ies)|chuyen-?muc|danh-?muc)/|[/=]taxonomy/term/\d", re.I)
#: a news archive's date folder in the trail ("Tin tức › 2026 › Tháng 11", "Năm 2026", "11/2026"):
#: when the post was filed, not under what
_DATE_FOLDER = re.compile(r"^\s*(?:(?:năm|tháng|year|month)\s*)?\d{1,4}(?:\s*[/.-]\s*\d{2,4})?\s*$", re.I)


def _below(href: str | None, parent: str | None, url: str) -> bool:
    """``href`` leads below ``parent``'s path ("/tin-tuc/nghien-cuu" below "/tin-tuc")."""


    if not href or not parent:
        return False
    there = urlsplit(join_url(url, href)).path.rstrip("/")
    above = urlsplit(join_url(url, parent)).path.rstrip("/")
    return bool(above) and there.startswith(above + "/")


def _under_same_section(href: str | None, url: str) -> bool:
    """The link leads below the first folder of the page's own path ("/tin-tuc/tin-hoat-dong"
    from "/tin-tuc/2026/11/…"): a category of this part of the site, not a menu's other entry."""


    if not href or not url:
        return False
    here = [p for p in urlsplit(url).path.split("/") if p]
    there = [p for p in urlsplit(join_url(url, href)).path.split("/") if p]
    if len(here) >= 3 and len(there) >= 2 and there[-1] in here[1:-1]:
        return True  # a term page ("/chuyen-muc/thong-bao") whose name is a folder of the post's path ("/tin-tuc/thong-bao/…")
    return len(here) >= 2 and len(there) >= 2 and here[0] == there[0] and there != here


def _box_title_section(title_el: HtmlElement | None, levels: int = 4) -> str | None:
    """The section a box's title bar names over the post it frames, when the page names it nowhere
    else ("<div class=khung-tin><div class=khung-tieude><a href=DanhSach.aspx?loai=3>Công tác
    Đội</a></div><div class=khung-noidung>…headline…"): its one link's words, a section the site's
    menu leads to by that address."""
    if title_el is None:
        return None
    node = title_el
    for _ in range(levels):
        box = node.getparent()
        if box is None or box.tag in ("body", "html"):
            return None
        bar = next((c for c in box if isinstance(c.tag, str)), None)
        if bar is not None and bar is not node and "title" in element_families(bar):
            links = list(islice(bar.iter("a"), 2))
            name = clean_line(text_of(bar))
            if len(links) == 1 and links[0].get("href") and 2 <= len(name) <= 40 and name == clean_line(text_of(links[0])):
                root = box.getroottree().getroot()
                return name if menu_links_to(root, name) else None
            return None
        node = box
    return None


def _parent_section(tree: HtmlElement, url: str) -> str | None:
    """The section a post sits under when the page names none (no breadcrumb, no label, no
    meta section): the page's link to the post's parent address ("/…/tin-tuc/hoat-dong/post" →
    the menu's "Hoạt động"), as site builders nest posts under their section's page. Only a
    nested parent counts: a top-level folder or a date archive is no section's page."""
    from urllib.parse import unquote, urlsplit

    here = urlsplit(url)
    segments = [s for s in unquote(here.path).split("/") if s]
    parent = segments[:-1]
    if len(parent) < 2 or parent[-1].isdigit():
        return None  # a top-level folder names no section ("/luu-tru/…"); "/2025/05/…" is an archive
    if is_site_root(f"{here.scheme}://{here.netloc}/{'/'.join(parent)}"):
        return None  # (nor does the site's own root, a Liferay site's "/web/mnhoasen": its home)
    generic = phrase_set("crumbs")
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        target = urlsplit(join_url(url, href))
        if target.netloc != here.netloc or [s for s in unquote(target.path).split("/") if s] != parent:
            continue
        name = clean_line(text_of(a))
        if 2 <= len(name) <= 60 and fold(name) not in generic and not name.isdigit() and name[0] not in "«‹<":
            return name
    return None


def extract_raw(html: bytes | str, url: str, *, content_type: str | None = None, selectors: dict[str, str] | None = None, page: Page | None = None) -> dict[str, Any]:
    """The raw record of a page: fields plus work fields (``blocks``, ``date_candidates``, ``meta_authors``, ``field_authors``).

    ``page``: the already parsed page (the spider parses once for extraction and links).
    """
    selectors = selectors or {}
    if page is None:
        body = html.encode("utf-8") if isinstance(html, str) else html
        page = parse(body, url, content_type)
    # first: the positions hold every element's proxy, so the scans below reuse proxies instead
    # of creating and freeing one per element per scan (measured: a few per cent of the extraction)
    order = position(page.tree)
    base = base_href(page.tree, url)  # what relative images and files resolve against
    meta = read_metadata(page.tree, url, page.text)
    layout = find_content(page.tree, selectors.get("body"))
    hints = _title_hints(meta)
    sections = _menu_sections(page.tree, hints)
    hints = [h for h in hints if h not in sections]
    title_el, title = find_title(page.tree, layout.content, hints, selectors.get("title"), order, meta.site_names, url)
    section = section_prefix(title_el) if title_el is not None and not selectors.get("title") else None
    if meta.category_label is None and title_el is not None:
        # the meta line under the headline links the post's category ("… bởi X trong <a
        # href=/tin-tuc/category/…>Tin tức - Sự kiện</a>", SilverStripe's blog, WordPress themes)
        meta.category_label, meta.category_label_href = _meta_line_category(title_el, layout.content, trail=meta.breadcrumbs)
    if meta.category_label_href and not _CATEGORY_ID.search(meta.category_label_href):
        # a category that filters the post's own section's list ("/tin-tuc?category=Sự+kiện",
        # Squarespace) is a label inside that section: the section the page links by that list's
        # own address names the post's place, as its trail would (a portal's category by its
        # number is one of its vocabulary's sections, Liferay's "?p_r_p_categoryId=40217"
        # under "Chuyên mục:", its categories navigation listing them beside the list)
        section_list = _filtered_section(page.tree, url, meta.category_label_href)
        if section_list is not None:
            meta.category_label, meta.category_label_href = section_list
    if meta.category_label is None and title_el is not None:
        # (or a link of any address that the meta line's words file the post under: "… bởi <a
        # rel=author>X</a> trong <a href=/tin-tuc/?c=hoat-dong-chuyen-mon>Hoạt động chuyên môn</a>",
        # Textpattern's category parameter "c")
        meta.category_label, meta.category_label_href = _filed_under_link(title_el, layout.content)
    if meta.category_label is None and (not meta.breadcrumbs or _no_section_in(meta.breadcrumbs, title)) and title_el is not None:
        # (or the section's link printed right over the headline, a kicker the menu lists: "<a
        # class=section-label href=/s/tin-hoat-dong>Tin hoạt động</a><h1>…", Substack's post header;
        # under a trail naming no section, "Trang chủ › <the post>")
        meta.category_label, meta.category_label_href = _kicker_section(page.tree, title_el)
    if meta.category_label is None and title_el is not None and _no_section_in(meta.breadcrumbs, title):
        # (or the post's meta box in a side column before the headline, Material for MkDocs's
        # "in <a href=../category/tin-tuc-su-kien/>Tin tức - Sự kiện</a>": the one link to a
        # category's own list that such words introduce anywhere on the page)
        meta.category_label, meta.category_label_href = _filed_under_a_category(page.tree)
    if section is not None:
        title = section[0]  # the section's name printed before the headline is its category
    if not title:
        title = next((t for t in meta.titles if t), "") or _strip_site(meta.html_title)
    elif title_el is not None and not selectors.get("body"):
        owned = content_for_title(title_el, layout, order)
        if owned:
            layout.content = owned
        tiles = builder_tiles(title_el, layout, order)
        if tiles:
            layout.content = tiles
    thread = None
    if not selectors.get("body"):
        thread = first_post(layout)
        if thread is not None:
            layout.content = thread  # a forum topic: its first post is the article, the replies are not
    record = record_text(layout.content) if not selectors.get("body") else None
    if record is not None:
        layout.content = [record[0]]  # a record's "Nội dung" field: the text, the other fields around it not
    above = _above_headline(title_el, layout.content, order) if title_el is not None and not selectors.get("body") else []
    blocks: list[dict] = []
    sapo_el = record[1] if record is not None and record[1] is not None else find_sapo(page.tree, title_el, layout.content, order, meta.description)
    if title_el is not None and not selectors.get("body"):
        lead = [el for el in lead_media(title_el, layout.content, order) if el is not sapo_el]
        layout.content = [*photo_above_headline(title_el, layout.content), *lead, *layout.content]
        layout.content.extend(trailing_text(layout.content))
        layout.content.extend(trailing_album(layout.content))
    # the text's footnotes in a box of their own after it: read with the text, while the byline
    # boxes between the two are read as the boxes after the text (SPIP's "ps" then "notes")
    notes = trailing_notes(layout.content) if title_el is not None and not selectors.get("body") else []
    if sapo_el is not None:
        after_image = False
        for block in linearize([sapo_el], base):
            if block["kind"] == "image":
                # the lead photo in the lead's box (NukeViet's "hometext" holds "imghome"): the
                # article's first image, and the line under it its caption, not the lead
                blocks.append(block)
                after_image = True
                continue
            if block["kind"] == "text":
                if not after_image:
                    block["sapo"] = True
                    block["text"] = LEAD_LABEL.sub("", block["text"], count=1)
                after_image = False
                blocks.append(block)
    pager = article_pager(page.tree, url, layout.content) if not selectors.get("body") else None
    if layout.content:
        # (and a meta row merged in among the text's boxes: the date, the poster and the views
        # side by side, read for the author below)
        rows = [box for box in layout.content[:3] if fields_row(box)] if len(layout.content) > 1 else []
        leave_out = (*((sapo_el,) if sapo_el is not None else ()), *(pager.elements if pager else ()), *rows, *above)
        content_blocks = linearize([*layout.content, *notes], base, leave_out=leave_out)
        if blocks and content_blocks and fold(content_blocks[0].get("text", "")) == fold(blocks[0]["text"]):
            content_blocks = content_blocks[1:]
        blocks.extend(content_blocks)
        blocks = _without_cut_excerpt(blocks)
        # (past the text's notes, read with it above: an author's card after "Chú thích")
        blocks.extend(_bylines_after(layout.content, base, title_el, skip=(*(pager.elements if pager else ()), *notes)))
    # a notice printed as the document itself: its letterhead, heading and closing are no text
    document = read_official(blocks)
    if document is not None:
        title = _official_title(document, title, title_el)
        drop = {*document.letterhead, *document.heading, *document.closing}
        blocks = [b for i, b in enumerate(blocks) if i not in drop]
    elif title_el is None and not selectors.get("title"):
        title = _document_headline(blocks, title) or title
    # a lead paragraph marked as such inside the content (class sapo/lead) is the summary too
    if not any(b.get("sapo") for b in blocks):
        _mark_inner_sapo(layout.content, blocks, url, title)
    if not any(b.get("sapo") for b in blocks):
        _mark_described_lead(layout.content, blocks, meta.description)
    if not any(b.get("sapo") for b in blocks):
        _mark_bold_lead(blocks, title)
    if not any(b.get("sapo") for b in blocks):
        lead = sized_lead(layout.content)
        # (past the box's short lines above the lead: its category link, the headline, the meta line)
        first = next((b for b in blocks if b["kind"] == "text" and not (fold(b["text"]) == fold(title) or (len(b["text"]) <= 80 and (b.get("link_ratio", 0) >= 0.5 or is_date_line(b["text"]))))), None)
        if lead and first is not None and first["text"] == lead:
            first["sapo"] = True
    if selectors.get("date"):
        dates = [{"source": "visible", "value": f.iso()} for el in page.tree.cssselect(selectors["date"]) for f in find_dates(text_of(el))[:1]]
    else:
        dates = []
    if document is not None and document.date:
        dates.append({"source": "visible", "value": document.date, "letterhead": True})  # the letterhead's own date
    dates += _date_candidates(page, title_el, layout.content, blocks, meta)
    # the section's icon opening the text, linked to the section's list (PHP-Nuke's and XOOPS's
    # topic image, "images/topics/tintuc.gif" alt="Tin tức - Sự kiện" → "?new_topic=1"): no
    # photo; its alt text names the category when nothing else does
    icon = next((b for b in blocks if b["kind"] == "image" or (b["kind"] == "text" and not b.get("sapo"))), None)
    icon_name = None
    if icon is not None and icon["kind"] == "image" and icon.get("href") and _SECTION_LINK.search(icon["href"]) and 2 <= len(icon.get("alt") or "") <= 60:
        icon_name = icon["alt"]
    if meta.category_label and len(meta.breadcrumbs) <= 3 and "?" not in (meta.category_label_href or "?"):
        # (a section's own page, not a blog's category filter, mojoPortal's "ViewCategory.aspx?cat=7"
        # listed in a side menu of categories: the trail's page holding the blog is the section)
        meta.category_label_in_menu = menu_links_to(page.tree, meta.category_label)
    category = _category(meta, title, url) or (section[1] if section else None) or icon_name or _parent_section(page.tree, url) or _box_title_section(title_el)
    if category and (labelled := _LABELLED_CATEGORY.match(category)):
        category = labelled.group(1)  # "Chuyên mục: Tin tức" read whole from a box of its own: the name
    if category:
        category = menu_name_of_slug(page.tree, category) or category
    if category:
        # the section's icon in the text, linked to the section and named after it (XOOPS's topic
        # image "topic_tintuc.png" alt="Tin tức - Sự kiện"): no photo of the article
        key = fold(category)
        blocks = [b for b in blocks if not (b["kind"] == "image" and b.get("linked") and fold(b.get("alt") or "") == key)]
    if icon_name is not None:
        blocks = [b for b in blocks if b is not icon]
    original = _original_of_copy(layout.content, base, url)
    field_photographers: list[str] = []  # ("<i class=fa-user></i> Tin, ảnh: X" in the author field)
    field_sources: list[str] = []  # ("Nguồn: Tạp chí Cộng sản" in the author field above the text)
    after_authors: list[str] = []
    if title_el is not None and layout.content:
        after_authors, after_photographers, after_source = _credits_after(layout.content, title_el)
        if after_source and not field_sources:
            field_sources.append(after_source)
        field_photographers.extend(after_photographers)
    field_authors = (
        ([document.signer] if document is not None and document.signer else None)
        or after_authors
        or _not_the_site(_field_authors(title_el, layout.content, order, field_photographers, field_sources), meta.site_names)
        or _row_authors(layout.content)
        or _card_author(page.tree, title_el)
        or _profile_author(page.tree, title_el)
    )
    return {
        "url": url,
        "canonical_url": original or meta.canonical or _printed_own_address(blocks, url) or canonicalize_url(url),
        # a copy of an article that links its original (crawler.spiders: not read again when an
        # article of its title has been read)
        "_copy_of": original,
        # a forum topic (its first post read as the text): news or a discussion by its forum
        "_forum_topic": thread is not None,
        "title": clean_line(title),
        "published_at": None,
        "updated": False,
        "authors": [],
        "photographers": [],
        "source": field_sources[0] if field_sources else None,
        "summary": None,
        "body": None,
        "images": [],
        "category": category,
        "language": "vi",
        "content_hash": None,
        "crawled_at": utc_now_iso(),
        "schema_version": 1,
        "blocks": blocks,
        "date_candidates": dates,
        "meta_authors": [n for n in _not_the_site(meta.authors, meta.site_names) if not _VENDOR.search(n)],
        "field_authors": field_authors,
        "field_photographers": field_photographers or None,
        "listing_date": None,
        # no text block at all (a post that is a title, a date and a file): the files in the
        # headline's own container
        "attachments": _attachments(layout.content or ([title_el.getparent()] if title_el is not None and title_el.getparent() is not None else []), base),
        "_title_href": None if section else _title_href(title_el, base),
        # an article printed over several pages: its next page, and whether this is a later one
        "_next_part": pager.next_url if pager else None,
        "_later_part": bool(pager and pager.later_page),
        "_part_urls": pager.pages if pager else (),
        "_breadcrumbs": meta.breadcrumbs,
        # an administrative document's letterhead and heading read (crawler.extract.official)
        "_official": document is not None and document.title is not None,
        # the page's structure, for crawler.plan (work fields: never part of an item)
        "_title_el": title_el,
        # the headline is the site's own name (its banner's, its logo's): the page prints none of its own
        # (printed at the top of the page, before its menus' links, and only a part of its <title>:
        # a static export's or a post's own headline may be its whole <title> and head its page)
        "_site_headline": _site_headline(title, title_el, meta, order),
        "_content": layout.content,
        "_order": order,
    }


def _filtered_section(tree: HtmlElement, url: str, href: str) -> tuple[str, str] | None:
    """(name, address) of the section whose list ``href`` filters, when ``href`` is that list's
    address with a query ("/tin-tuc?category=Sự+kiện"), the list's path is a folder of the post's
    own address ("/tin-tuc/<slug>") and the page links the list itself by name (its menu's "Tin
    tức"); else None. A query on the site's root ("/?cat=5", WordPress without pretty links) is
    the category's own address, no filter."""
    target = urlsplit(join_url(url, href))
    folder = target.path.rstrip("/")
    here = urlsplit(url)
    if not target.query or not folder or target.netloc != here.netloc or not here.path.startswith(folder + "/"):
        return None
    generic = phrase_set("crumbs")
    for a in tree.iter("a"):
        link = a.get("href")
        if not link:
            continue
        at = urlsplit(join_url(url, link.strip()))
        if at.netloc == here.netloc and not at.query and at.path.rstrip("/") == folder:
            name = clean_line(text_of(a))
            if 2 <= len(name) <= 60 and fold(name) not in generic:
                return name, link
    return None


def _printed_own_address(blocks: list[dict], url: str) -> str | None:
    """The article's address a page prints as a labelled line ("Địa chỉ bài viết: http://…"), when
    it is another page of this host: a print view naming the article it prints. Read only where
    the page names no canonical; the line itself leaves the text (crawler.core.lines)."""
    for block in blocks:
        if block["kind"] != "text":
            continue
        address = printed_address(block["text"])
        if address is None:
            continue
        address = canonicalize_url(address if "://" in address else f"http://{address}")
        if host_of(address) == host_of(url) and address != canonicalize_url(url):
            return address
    return None


#: the inline boxes a meta row is made of
def _row_authors(content: list[HtmlElement]) -> list[str]:
    names: list[str] = []
    for box in content[:3] if len(content) > 1 else ():
        if fields_row(box):
            _add_name_beside_date(names, box)
    return names


#: a person's initials as an avatar prints them, two or three capitals
_INITIALS = re.compile(r"[A-ZĐ]{2,3}")


def _add_name_beside_date(names: list[str], row: HtmlElement) -> None:
    # (a box's "Bởi" before the name is the byline's word: Newspack's "<span class=byline><span>Bởi</span> …")
    parts = [(c.tag, _BY_WORD.sub("", clean_line(text_of(c))).strip()) for c in row if isinstance(c.tag, str)]
    if not any(tag == "time" or is_date_line(text) for tag, text in parts if text):
        return
    found = [
        text for tag, text in parts
        if tag != "a" and text and len(text.split()) >= 2 and all(sum(ch.isalpha() for ch in w) >= 2 for w in text.split())  # ("A- A+": font-size buttons)
        and not is_date_line(text) and not is_boilerplate_line(text) and looks_like_bare_name(text)
    ]
    if len(found) == 1:
        _add_name(names, found[0])


def _in_photo_credit(a: HtmlElement, levels: int = 3) -> bool:
    """Inside a photo's credit ("<span class=image-credit>Ảnh: <a href=/author/giahuy/>…</a>"):
    the photographer's archive, no writer's."""
    return any("credit" in element_families(anc) for anc in islice(a.iterancestors(), levels))


def _take_field_byline(byline: Byline, names: list[str], photographers: list[str] | None, sources: list[str] | None) -> None:
    """What a labelled field above the text credits: its authors (or the account that posted,
    when it names no author), its photographers ("Bài, ảnh: X"), the publication it names."""
    names.extend(n for n in byline.authors or byline.posters if n not in names)
    if photographers is not None:
        photographers.extend(n for n in byline.photographers if n not in photographers)
    if byline.source and sources is not None and not sources:
        sources.append(byline.source)


#: a field's label and its value in one inline element ("Đăng bởi: admin", "Danh mục: Tin tức")
_LABELLED_VALUE = re.compile(r"[^\W\d_][^:]{0,30}:\s*\S")


def _fields_inline(el: HtmlElement) -> bool:
    """A meta line of two labelled fields or more, each in an inline element of its own with no
    separator printed between them ("<span>Đăng bởi: admin</span> <span>Nov 24, 2026</span>
    <span>Danh mục: Tin tức - Sự kiện</span>", set apart by the layout's gaps): read whole, the
    line runs one field's value into the next label."""
    if len(el) < 2:
        return False
    labelled = 0
    for child in el:
        if child.tag in ("span", "b", "strong", "em", "i", "small", "time") and _LABELLED_VALUE.match(clean_line(text_of(child))):
            labelled += 1
            if labelled >= 2:
                return True
    return False


#: a meta line opening with who wrote or posted the post
_WRITTEN_BY_START = re.compile(r"^(?:được\s+)?(?:viết|đăng|gửi)\s+bởi\s", re.I)

#: a separator before the next labelled field of a meta line (" - Xuất bản lúc: …", " | Ngày đăng: …")
_NEXT_LABELLED_FIELD = re.compile(r"\s+[-–|•·]\s+(?=[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*:)")


def _titled(text: str) -> bool:
    """A name under a degree or a title ("ThS. Phan Thanh Tùng"): its bare name is shorter than the
    text less its edge punctuation (a meta line's ". Đăng trong <a>Đào tạo</a>" after the day,
    Warp's, has none)."""
    return bare_name(text) != text.strip(" .,;:·|")


def _field_authors(
    title_el: HtmlElement | None, content: list[HtmlElement], order: dict[HtmlElement, int], photographers: list[str] | None = None, sources: list[str] | None = None
) -> list[str]:
    """Names a CMS prints in its author field inside the article (K2's "Viết bởi …", Blogger's
    "Đăng bởi …", microdata itemprop=author, a "Tác giả: …" line between the headline and the
    text): authors when the text signs nowhere. Only inside the article's own container (the
    headline's and the text's common ancestor), never a sidebar."""
    if title_el is None or not content:
        return []
    # (the text's box may hold the headline itself: then it is the container)
    container = content[0] if within(title_el, content[0]) else _common_ancestor(title_el, content[0])
    if container is None:
        # the headline in a cover box of its own above the text's section (Webflow's hero): the
        # fields are in that box, under the headline
        container = next((a for a in title_el.iterancestors() if a.getparent() is not None and a.getparent().tag == "body"), None)
    if container is None:
        return []
    names: list[str] = []
    start, end = order.get(title_el, -1), order.get(content[0], -1)
    if end < start and (later := next((c for c in content[1:] if order.get(c, -1) > start), None)) is not None and not within(title_el, content[0]):
        # (a lead photo set before the headline opens the content: the fields run to the text's
        # box after the headline, Joomla 4's full-text image over its custom fields)
        end = order.get(later, -1)
    if end < start:
        # the text's box holds the headline (Joomla's item-page: h2, the info list, the text): the
        # fields run from the headline to the first paragraph of text
        # (past a long meta line of fields: "Ngày đăng: … | Lượt xem: … | Tác giả: … | Người đăng: …")
        end = next((order.get(el, -1) for el in content[0].iter("p", "div") if order.get(el, -1) > start and len(clean_line(el.text or "")) > 80 and not is_fields_line(clean_line(el.text or ""))), start)
    # (a definition list's value is a field too: Joomla 2.5's "<dd class=createdby>Viết bởi …")
    for el in container.iter("p", "div", "span", "li", "address", "dd", "td"):
        if start < order.get(el, -1) < end and not any(c.tag in ("p", "div", "li", "dd", "td") for c in el):
            if _fields_inline(el):
                continue  # (each field read in its own element, below or above)
            # (a screen reader's label inside the box is not shown; a box of lines parted by <br>,
            # "Tác giả: TS. X<br>Phó Trưởng khoa …", names on its first line, the post under it)
            text = clean_line(_first_line(el)) if el.find("br") is not None else visible_text(el)
            signers = _signers_by_line(el) if el.find("br") is not None and has(el, "byline") else []
            if signers:
                # a writers' box of one signature a line ("<b>TS. Lê Văn Hùng</b> - <i>Trưởng khoa …</i><br>
                # <b>ThS. Trần Thị Mai</b> - <i>Giảng viên …</i>"): every writer
                for name in signers:
                    _add_name(names, name)
                continue
            byline = parse_byline(text) if 0 < len(text) <= 80 else None
            if byline is None and 80 < len(text) <= 240:
                # a line of fields, each after its label ("Tác giả: Phó Hiệu trưởng Lê Văn Thành -
                # Xuất bản lúc: 22-10-2026 02:15 UTC - (530 Lượt đọc)", Tiki's): its first field
                first = _NEXT_LABELLED_FIELD.split(text, maxsplit=1)[0]
                byline = parse_byline(first) if len(first) <= 80 and first != text else None
                if byline is None and len(text) <= 160 and _WRITTEN_BY_START.match(text):
                    # (a sentence of the writer, the day and the category: "Được viết bởi Tổ Ngữ
                    # văn - Lịch sử ngày 18 Tháng Mười 2026. Đăng trong …", Warp's meta line)
                    byline = parse_byline(text)
            if byline is None and 0 < len(text) <= 80 and ":" not in text:
                # a field's value in a box of its own beside its label's box (Drupal's field
                # "<div class=field-label>Tác giả:&nbsp;</div><div class=field-items>…</div>")
                label = _label_box_before(el)
                byline = parse_byline(f"{label.rstrip(' :：')}: {text}") if label else None
            if byline is None and 0 < len(text) <= 80:
                # a meta line of the day and "bởi <name>" without the verb (Contao's news
                # "23/11/2026 bởi Bộ phận Văn thư"): who posted it
                by = _DAY_THEN_BY.match(text)
                if by is None and (late := _BY_AFTER.search(text)) is not None and is_date_line(text[: late.start()]):
                    by = late  # (the day in words first: Sitefinity's "Thg12 4, 2026, 15:20 CH Bởi ThS. Huỳnh Văn Tâm")
                byline = parse_byline(f"Đăng bởi: {by.group('name')}") if by else None
            if byline is None and 0 < len(text) <= 60 and _titled(text) and _PLAIN_NAME.fullmatch(bare_name(text)):
                # a name with its degree alone on its line between the headline and the text ("ThS.
                # Phan Thanh Tùng" in an essay's author card, its unit on the line under it): its writer
                byline = Byline(authors=[bare_name(text)])
            if byline is None and 0 < len(text) <= 80 and (head := _UNIT_AFTER_NAME.split(text, maxsplit=1)[0].strip()) != text and _titled(head) and _PLAIN_NAME.fullmatch(bare_name(head)):
                # (or with its unit after a dash: "ThS. Y Nhung - Khoa Lý luận cơ sở", a research
                # article's writer under its headline)
                byline = Byline(authors=[bare_name(head)])
            if byline:
                _take_field_byline(byline, names, photographers, sources)
            elif (0 < len(text) <= 80 or (len(text) <= 200 and text.count("|") >= 2)) and ("|" in text or "•" in text or "·" in text):
                # (a longer row of bar-parted fields too: "Ngày đăng: … | Lượt xem: 1118 | Tác giả:
                # ThS. Lê Thị Kim Oanh | Người đăng: pgd_krongana", Kohana's)
                # a meta line of fields without labels ("20.11.2026 | Nguyễn Văn Thành"): the
                # name beside the date is who posted it
                parts = [p.strip() for p in _META_FIELD_SEPARATOR.split(text) if p.strip()]
                if len(parts) >= 2 and any(is_date_line(p) for p in parts):
                    # (the section's link in the line names where the post is filed: "<a
                    # href=/chuyen-muc/doan-hoi>Đoàn - Hội</a> • 5 thg 11, 2026 • 738 lượt xem")
                    filed = {clean_line(text_of(a)) for a in el.iter("a") if _SECTION_LINK.search(a.get("href") or "")}
                    for part in parts:
                        # (a labelled field among them says what its label says: "20/11/2026 |
                        # Bài và ảnh: Lê Hải", "Cập nhật: … | Tác giả: X | Nguồn: Báo Nghệ An")
                        labelled = parse_byline(part) if not is_date_line(part) else None
                        if labelled is not None:
                            _take_field_byline(labelled, names, photographers, sources)
                        # (nor does a tool's label: "In bài", "Tải PDF")
                        elif len(part.split()) >= 2 and not is_date_line(part) and part not in filed and not is_boilerplate_line(part) and fold(part) not in phrase_set("tools"):
                            _add_name(names, _BY_WORD.sub("", part).strip())  # ("Bởi Phòng Quản lý đào tạo | <day>", Docsy's byline)
            elif fields_row(el):
                # a meta row of fields as boxes side by side, without labels or separators
                # ("<time>5 tháng 9, 2026</time> <span>Tổ Văn phòng</span> <span>415 lượt xem</span>
                # <a>Học tập</a>"): the one unlinked name beside the date is who posted it
                _add_name_beside_date(names, el)
    # the link to the poster's own list of posts in the meta line ("bởi <a href=/tac-gia/phong-gdtrh>
    # Phòng GDTrH</a>", rel=author): its text names who posted
    for a in container.iter("a"):
        if start < order.get(a, -1) < end and (a.get("rel") == "author" or _AUTHOR_ARCHIVE.search(a.get("href") or "")) and not _in_photo_credit(a):
            name = _BY_WORD.sub("", clean_line(text_of(a))).strip(" -–|")
            _add_name(names, name, photographers)
            # a second poster printed after the link, unlinked ("bởi <a>X</a> và Hồ Văn Lợi trong …")
            more = _AND_NAME.match(a.tail or "")
            if more:
                _add_name(names, more.group("name"))
    # a meta line whose label is an icon ("<span class='glyphicon glyphicon-user'></span> Trần Thị
    # Hồng Nhung", Font Awesome's "fa-user"): the name printed after the person icon
    for icon in container.iter("i", "span", "em"):
        if start < order.get(icon, -1) < end and not len(icon) and not (icon.text or "").strip() and _PERSON_ICON.search(icon.get("class") or ""):
            # what follows the icon in its box: its tail and the boxes after it ("Bởi <a>X</a>")
            after = " ".join([icon.tail or "", *(f"{text_of(sib)} {sib.tail or ''}" for sib in icon.itersiblings())])
            name = _BY_WORD.sub("", _SEPARATOR_RUN.split(clean_line(after), maxsplit=1)[0].strip(" -–|")).strip()
            _add_name(names, name, photographers)
    for el in container.iterdescendants(etree.Element):  # a Python loop: cheaper than an XPath predicate
        if el.get("itemprop") != "author" and not has(el, "byline"):
            continue
        if has(el, "title") and el.getprevious() is not None and clean_line(text_of(el.getprevious())):
            continue  # the author's post printed under the name in the card ("authorTitle": "Ban Chấp hành Đoàn trường")
        between = list(takewhile(lambda a: a is not container, el.iterancestors()))
        if has(el, "comments") or any(has(a, "comments") for a in between):
            continue  # a reader's name on a comment ("comment-author")
        if any((a.tag == "article" and a is not content[0] and not within(content[0], a)) or has(a, "related") or _entry_of_a_list(a) for a in [el, *between]):
            continue  # another post's teaser in a related list inside the article's box (JNews's "Có thể bạn quan tâm")
        if next(el.iterancestors("blockquote"), None) is not None:
            continue  # who said a quote ("s_blockquote_author"), not who wrote the post
        form = next(el.iterancestors("form"), None)
        if el.tag in ("label", "input", "textarea", "button") or (form is not None and form is not container and not within(container, form)):
            # a comment form's "Tên*" field, named "author", asks for a name (an ASP.NET page's
            # one form around the whole page, the article's box in it, asks for nothing)
            continue
        inner = next((d for d in el.iterdescendants(etree.Element) if d.get("itemprop") == "name"), None) if el.get("itemprop") == "author" else None
        # (what a reader sees: a screen reader's "Tác giả bài viết:" inside the box is no part of it)
        text = clean_line((inner.get("content") or text_of(inner)) if inner is not None else _first_line(el))
        if inner is None and el.find(".//sup") is not None:
            text = _without_marks(el)  # "ThS. Trần Đình Khoa<sup>1</sup>, ThS. Nguyễn Thị Lan Anh<sup>1,2</sup>*"
        text = _CORRESPONDING_MARK.sub("", text)  # ("ThS. Phạm Thu Hằng*": the corresponding author)
        if _INITIALS.fullmatch(text) and inner is None:
            continue  # an avatar's initials, no name (Clay's sticker "BB" beside "Người đăng: Ban Biên tập")
        if inner is None and is_date_line(text):
            # a byline box that prints the day first, the name under it (eZ Publish's
            # "attribute-byline": "<p class=date>…</p><p class=author>Phòng GDTrH</p>")
            text = next((line for line in (clean_line(t) for t in el.itertext()) if line and not is_date_line(line)), "")
        # an author box reads "Bởi <name>" (WordPress themes: "Bởi admin - 20/11/2026"): the word
        # is the box's label, and what follows a dash is the date
        unit_after_name = text.startswith(("-", "–", "—", ","))
        text = _BY_WORD.sub("", text)
        head, dash, rest = text.partition(" - ")
        if dash and ":" not in head and DEGREE_START.match(rest) and looks_like_bare_name(bare_name(rest)):
            # a second writer after the dash, with a degree ("TS. Phạm Văn Hùng - ThS. Lương Thị
            # Mai"), where a dash mostly opens the writer's post or the date
            text, dash = f"{head}, {rest}", ""
        if dash and ":" not in head:  # (a labelled line, "Tác giả: X - Y", is the byline parser's to split)
            # (an office's name holds its dash: "Phòng Tổ chức - Hành chính Th11 21, 2026": the
            # words up to the date are the rest of its name)
            more = list(takewhile(lambda w: not any(ch.isdigit() for ch in w), rest.split()))
            text = f"{head} - {' '.join(more)}" if clean_steps.is_organisation(head) and 1 <= len(more) <= 3 else head
        text = text.strip(" -–|")
        if not text or len(text) > 80 or (unit_after_name and is_post_line(text)):
            # (the author's unit in a box of its own, printed after the name: "<span
            # class=author-function>- Khoa …"; an office alone in the author box wrote the post)
            continue
        byline = parse_byline(text)
        found = (byline.authors or byline.posters) if byline else (bare_names(text) if looks_like_bare_name(text) else [])
        if not found and byline is None:
            # (names with their unit: "ThS. A Tuấn, ThS. Lê Thị Mai (Khoa Nhà nước và pháp luật)")
            signature = parse_signature(text)
            found = signature.authors if signature else []
        if found and (is_hidden(el) or any(is_hidden(a) for a in between)):
            # a hidden schema.org author box is the page's metadata, not a printed field: as the
            # meta tags' author, the site's own organisation there names nobody
            found = [n for n in found if not clean_steps.is_organisation(n)]
        names.extend(n for n in found if n not in names)
        if byline is not None and photographers is not None:
            photographers.extend(n for n in byline.photographers if n not in photographers)
    if not names:
        # the post's meta line of labelled fields closing its text ("Chuyên mục: Thông báo | Thêm
        # vào: admin (22.09.2026) | Tác giả: Lương Văn Thắng | Lượt xem: 151", uCoz's Publisher)
        for line in _fields_lines(content, title_el):
            for field in line.split("|"):
                byline = parse_byline(field.strip())
                if byline is not None:
                    # (or who posted it, "Bởi: Phạm Ngọc Lan", where nothing else names a writer)
                    names.extend(n for n in (byline.authors or byline.posters) if n not in names)
            break
    # one writer read twice, once with the title pupils use ("Viết bởi Thầy Phạm Quang Huy" and
    # its microdata's name): the name, once
    return list(dict.fromkeys(untitled(n) for n in names))


#: what an avatar's alt says after the name ("Quản trị Nguyễn Trãi profile image", Forem's; "… avatar")
_AVATAR_WORDS = re.compile(r"(?:['’]s)?\s+(?:profile (?:image|picture|photo)|avatar|ảnh đại diện)$", re.I)


@lru_cache(maxsize=2)  # read for the date and for the author of one page: once
def _person_card(tree: HtmlElement) -> tuple[str, str | None] | None:
    """The post's author card beside its text (Odoo's blog: an avatar whose alt text is the name
    printed beside it, and the day under the name, in the post's sidebar column): (the name, the
    day printed there or None). One such card on the page, in no comment, no list of many, and
    no site furniture of the banner, menus or footer."""
    found: list[tuple[str, str | None]] = []
    for img in tree.iter("img"):
        alt = _AVATAR_WORDS.sub("", clean_line(img.get("alt") or ""))
        account = is_account_name(alt) if alt else False  # ("Administrator": a day, no author)
        if not (1 <= len(alt.split()) <= 5) or not (account or (len(alt.split()) >= 2 and looks_like_bare_name(alt))):
            continue
        box = img
        for _ in range(3):
            box = box.getparent()
            if box is None or box.tag in ("body", "html"):
                break
            raw = text_of(box)
            if len(raw) > 400:
                box = None  # a big box: the photo is no card's (a logo in the banner, a photo in a text)
                break
            text = clean_line(raw)
            if fold(alt) in fold(text) and fold(text) != fold(alt):
                break
        else:
            continue
        if box is None or box.tag in ("body", "html") or len(text) > 80 or in_comment(box) or box.tag == "li":
            continue
        if any(a.tag in ("header", "footer", "nav", "li") or has(a, "banner", "menu", "related", "comments") for a in box.iterancestors()):
            continue
        dates = find_dates(text)
        if len(dates) > 1 or len(text.replace(alt, "").split()) > 6:
            continue  # a caption or a list's entry, not a name and a day
        stamp = next((t for t in box.iter("time") if t.get("datetime")), None)
        # (a <time> says which day its printed "11/05/2026" is, in whatever order it prints it)
        day = as_printed(stamp.get("datetime"), shown_text(stamp)) if stamp is not None else (dates[0].iso() if dates else None)
        found.append(("" if account else alt, day))
    return found[0] if len(found) == 1 else None


def _profile_author(tree: HtmlElement, title_el: HtmlElement | None) -> list[str]:
    """The writer's profile card (Material for MkDocs's blog: "<span class=md-author><img
    alt='Phạm Ngọc Ánh'></span>" with the name and a line of the post beside it, in the post's
    side column): the avatar's name, where a box its names call the author's holds the avatar and
    the page has one such card, in no comment nor list."""
    if title_el is None:
        return []
    found: list[str] = []
    for img in tree.iter("img"):
        alt = bare_name(untitled(_AVATAR_WORDS.sub("", clean_line(img.get("alt") or ""))))  # ("Cô …", "ThS. …": the name)
        if len(alt.split()) < 2 or not looks_like_bare_name(alt) or is_account_name(alt):
            continue
        boxes = list(islice(img.iterancestors(), 2))
        if not any(has(box, "byline") for box in boxes) or in_comment(img) or next(img.iterancestors("li", "footer"), None) is not None:
            continue
        if any(has(box, "menu", "related") and _LINKED_HEADINGS(box) for box in img.iterancestors()):
            # (another post's card in a box of neighbours, each titled by its linked heading:
            # Liferay Blogs' "entry-navigation", the previous and next entries' posters; a blog's
            # side column of navigation holds the post's own writer's card)
            continue
        if alt not in found:
            found.append(alt)
    # (two or three writers credited side by side; more is a list of people, no post's writers)
    return found if len(found) <= 3 else []


#: a box's headings that link elsewhere: its entries' titles (a box of other posts' cards)
_LINKED_HEADINGS = etree.XPath(".//h3/a | .//h4/a")


def _card_author(tree: HtmlElement, title_el: HtmlElement | None) -> list[str]:
    """The author card's name (see ``_person_card``), when the article has a headline."""
    card = _person_card(tree) if title_el is not None else None
    return [card[0]] if card is not None and card[0] and card[1] else []


_LINE_BREAKING = frozenset({"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "section", "ul", "ol"})


def _signers_by_line(box: HtmlElement) -> list[str]:
    """The names of a box whose lines, parted by <br>, each sign (a name, its degree and post):
    [] unless two lines or more and every line signs."""
    lines: list[list[str]] = [[box.text or ""]]
    for child in box:
        if child.tag == "br":
            lines.append([])
        elif isinstance(child.tag, str):
            if child.find(".//br") is not None:
                return []  # (a line break inside an inline box: no box of one signature a line)
            lines[-1].append(text_of(child))
        lines[-1].append(child.tail or "")
    found: list[str] = []
    for parts in lines:
        line = clean_line(" ".join(parts))
        if not line:
            continue
        signed = parse_signature(line, closing=True) if len(line) <= 120 else None
        if signed is None or len(signed.authors) != 1:
            return []
        found.append(signed.authors[0])
    return found if len(found) >= 2 else []


def _first_line(box: HtmlElement) -> str:
    """What a reader sees on the box's first line: its visible text up to the first block that
    follows some text (an author box's name, not the role printed under it: "<a>Phòng Tuyển
    sinh</a><p class=job>Tư vấn tuyển sinh</p>")."""
    if next((d for d in box.iterdescendants(*_LINE_BREAKING)), None) is None:
        return visible_text(box)
    parts: list[str] = []

    def walk(node: HtmlElement) -> bool:
        """False once the first line has ended."""
        if node is not box and (not isinstance(node.tag, str) or is_hidden(node)):
            return True
        if node is not box and node.tag in _LINE_BREAKING and clean_line(" ".join(parts)):
            return False
        parts.append(node.text or "")
        for child in node:
            if not walk(child):
                return False
            if isinstance(child.tag, str) and child.tag in _LINE_BREAKING and clean_line(" ".join(parts)):
                return False  # the line ends with the box that printed it ("<div>name</div><small>post</small>")
            parts.append(child.tail or "")
        return True

    walk(box)
    return clean_line(" ".join(parts))


def _site_headline(title: str, title_el: HtmlElement | None, meta: Metadata, order: dict[HtmlElement, int]) -> bool:
    """The headline is the site's name in its banner: one of the site's names, a part of the
    <title> but not all of it, and printed before the page's links (the menus come after it)."""
    if not title or title_el is None or fold(title) not in {fold(n) for n in meta.site_names} or fold(title) == fold(meta.html_title or ""):
        return False
    at = order.get(title_el, -1)
    root = title_el.getroottree().getroot()
    return sum(1 for a in root.iter("a") if order.get(a, at) < at and a.get("href")) <= 2


def _label_box_before(el: HtmlElement) -> str | None:
    """The label printed in a box of its own right before the value's box (or its wrapper's), up
    two levels: "Tác giả:" of a field whose items follow it."""
    prev = _box_before(el)
    if prev is None:
        return None
    text = clean_line(text_of(prev))
    # (the colon may be the style sheet's, in a box marked as the field's label: Drupal's
    # "field__label" of a "field--label-inline" prints "Tác giả"; a tab "Bài viết" is no label)
    marked = prev.tag in ("dt", "th", "label") or "label" in (prev.get("class") or "").lower()
    return text if 2 <= len(text) <= 30 and (text.endswith((":", "：")) or (marked and is_byline_label(text))) else None


def _add_name(names: list[str], text: str, photographers: list[str] | None = None) -> None:
    """A name the meta line prints without a label: taken once, without its degree, and without
    the unit printed after it ("ThS. Đặng Thị Bích Ngọc – Tổ Ngữ văn"). ``photographers``: where
    a labelled field's photo credit goes ("Tin, ảnh: X")."""
    head = _UNIT_AFTER_NAME.split(text, maxsplit=1)[0]
    if head != text and looks_like_bare_name(head) and clean_steps.is_organisation(text[len(head) :].strip(" -–—")):
        text = head  # the writer's unit after a dash: "Thu Hà - Phòng QLĐT-NCKH" in Joomla's created-by alias
    labelled = parse_byline(text) if ":" in text else None  # ("<i class=fa-user></i> Tác giả: Tổ Văn phòng")
    if labelled is not None:
        found = labelled.authors or labelled.posters
        if photographers is not None:
            photographers.extend(n for n in labelled.photographers if n not in photographers)
    elif looks_like_bare_name(text):
        found = [bare_name(text)]
    elif 2 <= len(parts := [p.strip() for p in text.split(",") if p.strip()]) <= 4 and all(looks_like_bare_name(p) for p in parts):
        found = [bare_name(p) for p in parts]  # two writers in one field ("Phạm Thị Ngọc Hân, Võ Thanh Tùng")
    else:
        signature = parse_signature(text)
        found = signature.authors if signature else []
    names.extend(n for n in found if n not in names)


#: an author's archive (WordPress's /author/<login>/, Orchard's and Vietnamese themes' /tac-gia/…;
#: or a listing filtered by its writer, Frappe's "/blog?blogger=hoang-minh-nhat")
_AUTHOR_ARCHIVE = re.compile(r"/(?:author|authors|tac-gia|tacgia|nguoi-dang|nguoi-viet|profile)/[^/?#]+/?(?:$|[?#])|[?&](?:author|blogger)=[^&#]+", re.I)
_META_FIELD_SEPARATOR = re.compile(r"\s*[|•·]\s*")
#: " và Hồ Văn Lợi" after a poster's link: a capitalised name of two to five words
_AND_NAME = re.compile(r"^\s*(?:và|&|,)\s+(?P<name>[A-ZĐÀ-Ỹ]\w*(?:\s+[A-ZĐÀ-Ỹ]\w*){1,4})")

#: an icon font's person glyph (Bootstrap 3's glyphicon-user, Font Awesome's fa-user / fa-user-circle,
#: Bootstrap Icons' bi-person, themify's ti-user): the label of the name printed after it
_PERSON_ICON = re.compile(r"(?:^|\s)(?:glyphicon|fa[srlbd]?|bi|icon|ti|la|mdi|ion|dashicons)-(?:user|person|author|admin-users)\b", re.I)
#: where a meta line's next field starts after a name: a bar, a bullet, two spaces, a date
_SEPARATOR_RUN = re.compile(r"\s*[|•·]\s*|\s{2,}|\s+(?=\d)")

#: "Bởi", "By" before the name; a theme may print the word and the name in two boxes with no
#: space between them ("BởiNông Văn Tuấn" as text)
#: a meta line "[day [time]] bởi <name>" (the day optional; nothing printed after the name: a
#: theme's "bởi admin 6 Tháng mười một" is another line's business)
_DAY_THEN_BY = re.compile(r"^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:,?\s+\d{1,2}[:h]\d{2})?\s+)?(?:bởi|BỞI)\s+(?P<name>[^\d|•·]+)$")
#: "bởi <name>" closing a meta line, after its day
_BY_AFTER = re.compile(r"\s(?:bởi|Bởi|BỞI)\s+(?P<name>[^\d|•·/]+?)(?:\s+(?:trong|in)\s.*)?$")
_BY_WORD = re.compile(r"^(?:(?:[ĐđGgVv](?:ăng|ửi|iết)\s+)?(?:[Bb]ởi|BỞI)|(?:[Pp]osted\s+|[Ww]ritten\s+)?[Bb]y|BY)(?:\s+|$|(?=[A-ZÀ-ỸĐ]))")


def _common_ancestor(a: HtmlElement, b: HtmlElement, levels: int = 8) -> HtmlElement | None:
    ancestors = {anc: depth for depth, anc in enumerate(a.iterancestors()) if depth < levels}
    for anc in b.iterancestors():
        if anc in ancestors:
            return None if anc.tag in ("body", "html") else anc
    return None


def _original_of_copy(content: list[HtmlElement], base: str, url: str) -> str | None:
    """The original a copy of an article links at the end of its text, on the same site ("Bài
    viết gốc: <a>…</a>": a forum thread repeating a CMS article): the copy's own address is the
    original's (phrases/original_labels.txt)."""
    if not content:
        return None
    for a in list(content[-1].iter("a"))[-3:]:
        parent = a.getparent()
        href = a.get("href")
        if parent is None or not href:
            continue
        label = _text_before_in(parent, a).rstrip(" :").strip()
        if fold(label) in phrase_set("original_labels"):
            target = join_url(base, href.strip())
            if host_of(target) == host_of(url) and canonicalize_url(target) != canonicalize_url(url):
                return target
    return None


def _title_href(title_el: HtmlElement | None, url: str) -> str | None:
    """Where the headline links to: a headline linking elsewhere is a teaser on a listing."""
    if title_el is None:
        return None

    anchors = [a for a in title_el.iter("a") if a.get("href")] or [a for a in title_el.iterancestors("a") if a.get("href")]
    for a in anchors:
        href = a.get("href").strip()
        if href and not href.startswith(("#", "javascript:")):
            return join_url(url, href)
    return None


def _attachments(content: list[HtmlElement], url: str) -> list[str]:
    """Files (PDF, DOC …) linked from the article: on education portals a post is often only a
    title and "File đính kèm" (an official letter or decision)."""

    from crawler.core.urls import is_attachment

    found = []
    # an address without a dot keeps the page's own file name or has none: urljoin (slow) only
    # for the others
    page_is_file = is_attachment(url)
    for root in [*content, *_after_content(content)]:  # CMS "file attachments" boxes follow the body
        for a in root.iter("a"):
            href = (a.get("href") or "").strip()
            if not href or ("." not in href and not page_is_file):
                continue
            absolute = href[:8].lower().startswith(("http://", "https://"))  # its own path: no join
            if is_attachment(href if absolute else join_url(url, href)) and not re.search(r"\.(?:jpe?g|png|gif|webp|bmp)$", href, re.I):
                found.append(join_url(url, href))
    return list(dict.fromkeys(found))


def _bylines_after(content: list[HtmlElement], url: str, title_el: HtmlElement | None = None, skip: Iterable[HtmlElement] = ()) -> list[dict]:
    """Byline lines printed just after the content block, outside it (CMS author boxes: "Tác giả:",
    "Nguồn tin:" under NukeViet's or Joomla's body). Only lines that read as bylines are taken;
    the article's pager between the text and them (``skip``) is passed over."""
    skipped = set(skip)
    out: list[dict] = []
    # a bare name set apart signs a text; a photo post's closing line names its school or its board
    # (measured once, and only when a line needs it)
    texted: list[bool] = []

    def has_text() -> bool:
        if not texted:
            # (white space collapsed: a template's indentation is no text)
            texted.append(sum(len(clean_line(text_of(el))) for el in content) >= 400)
        return texted[0]

    # the text's own closing box that its names call furniture (NukeViet themes' "author-box" of
    # "Tác giả bài viết:" and "Nguồn tin:" lines inside the body's box): taken only when every
    # line of it is a byline
    for box in _closing_noise_boxes(content):
        lines = [b for b in linearize([box], url, drop_noise=False) if b["kind"] == "text"]
        if lines and all(parse_byline(b["text"]) is not None for b in lines):
            out.extend(lines)
    for sibling in _after_content(content, title_el=title_el):
        if sibling in skipped or (sibling.tag == "p" and see_also_link_only(sibling)):
            # ("Trang: [1] 2 3 | Xem toàn bài" over the signature; or the editor's "Xem thêm:
            # <a>…</a>" pointer between the text and its signature)
            continue
        # (counted without white space: a template's indentation is no text)
        if isinstance(sibling.tag, str) and len(clean_line(text_of(sibling))) < 400:
            lines = clean_steps.join_field_lines([b for b in linearize([sibling], url, drop_noise=False) if b["kind"] == "text"])
            lines = [b for b in lines if not is_boilerplate_line(b["text"])]
            if len(lines) > 1 and lines[0].get("heading") and parse_byline(lines[1]["text"]) is not None:
                lines = lines[1:]  # the field box's title over its credits (K2's "Thông tin bổ sung" / "Tác giả: …")
            # the box's leading byline lines ("Tác giả: …", "Nguồn: …"); tags or ratings after them end it
            apart = sibling.tag not in ("footer", "aside", "nav") and not is_noise(sibling)
            # (the editorial board signing, "BBT", is a byline line too: the source line under it follows)
            leading = list(takewhile(lambda b, apart=apart: parse_byline(b["text"]) is not None or fold(b["text"]) in folded_labels("board") or (apart and _signs_apart(b) and has_text()), lines))
            # (a name signed apart keeps no title pupils use: "Cô Phạm Thu Hằng" over her post in
            # an author card, a line of its own since its post is set as a block)
            out.extend({**b, "text": _untitled_line(b["text"])} for b in leading if fold(b["text"]) not in folded_labels("board"))  # (which credits nobody)
            if not leading and _file_box(sibling):
                continue  # the post's attachments between the text and its field box (Drupal's file field's table, then "Nguồn")
            if not leading and has(sibling, "tags", "tools"):
                # the post's tags between the text and its field box (Joomla 4: tags, then fields),
                # or its share and print buttons above its author box (a Bootstrap "media" card)
                continue
            if len(leading) < len(lines):
                break
    return out


def _file_box(box: HtmlElement) -> bool:
    """A box of files offered: every link it holds leads to a file, and it says little besides
    their names (a label, a size column)."""
    links = list(box.iter("a"))
    if not links or not all(FILE_HREF.search(a.get("href") or "") for a in links):
        return False
    named = sum(len(clean_line(text_of(a))) for a in links)
    return len(clean_line(text_of(box))) - named <= 40 + 20 * len(links)


def _untitled_line(text: str) -> str:
    """A credit line of an author card without the title pupils use before the name ("Viết bởi Cô
    Phạm Thu Hằng", "Thầy Đinh Văn Sơn"): the card prints the post on the next line, the name
    alone is the writer's."""
    byline = parse_byline(text)
    if byline is None:
        return untitled(clean_line(text))
    for name in byline.authors:
        if (bare := untitled(name)) != name:
            text = text.replace(name, bare)
    return text


def _signs_apart(line: dict) -> bool:
    """A bare name set apart (right-aligned, bold or italic): the text's signature."""
    text = clean_steps.without_compiler_note(line["text"])
    # (or with the writer's unit after the name: "Y Nhun (Trường THPT Kon Tum)")
    named = looks_like_bare_name(text) or parse_signature(text, closing=True) is not None
    return named and not text.isupper() and bool(line.get("align") == "right" or line.get("bold") or line.get("italic") or line.get("byline_hint"))


def _closing_noise_boxes(content: list[HtmlElement], count: int = 2) -> list[HtmlElement]:
    """The last boxes inside the text's block that its names call furniture (the text's reading
    leaves them out), in document order: at most ``count``, short, after the last text."""
    boxes: list[HtmlElement] = []
    for child in reversed(content[-1]) if content else ():
        if not isinstance(child.tag, str):
            continue
        if len(boxes) >= count or not is_noise(child) or len(text_of(child)) >= 300:
            break
        boxes.append(child)
    return boxes[::-1]


def _entry_of_a_list(el: HtmlElement) -> bool:
    """A list item holding a link titled like a post ("<li><a>Đổi mới công tác kiểm tra …</a>
    <span class=author>…</span>"): another post's entry, in a list of an issue's other articles."""
    if el.tag != "li":
        return False
    return any(len(clean_line(text_of(a)).split()) >= 5 for a in el.iter("a") if a.get("href"))


#: an author's affiliation marks left after the sup's removal: "Phạm Thu Hằng*", "Lê Minh Hoàng *"
_CORRESPONDING_MARK = re.compile(r"\s*\*+(?=\s*(?:,|;|$))")


def _without_marks(el: HtmlElement) -> str:
    """The box's first line without its superscript affiliation marks ("<sup>1,2</sup>") and the
    corresponding author's asterisk: the names a research article's author line gives."""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        if node.tag != "sup":
            parts.append(node.text or "")
            for child in node:
                walk(child)
                parts.append(child.tail or "")

    walk(el)
    line = clean_line(" ".join(p for p in parts if p).replace(" ,", ","))
    return _CORRESPONDING_MARK.sub("", line)


#: the most elements a credit box holds (K2's extra fields: a title, a list, a few items)
_CREDIT_BOX_MAX = 40


def _credits_after(content: list[HtmlElement], title_el: HtmlElement) -> tuple[list[str], list[str], str | None]:
    """What a credit box right after the text names, by its labels: the authors of a "Tác giả:
    ThS. Phan Thị Lệ" box (its unit on the line under the name is no name), the publication of
    "Nguồn: Tạp chí Mặt trận" among K2's extra fields, and the photographers the authors' line names
    beside them ("Tin: X - Ảnh: Y"). Used when the text signs nowhere."""
    authors: list[str] = []
    photographers: list[str] = []
    source: str | None = None
    # the boxes right after the text's own box, and after its parent's (a theme's credit box
    # inside the post's wrapper, which _after_content steps over when the wrapper holds little else)
    near = [*islice(content[-1].itersiblings(), 2)]
    parent = content[-1].getparent()
    if parent is not None and parent.tag not in ("body", "html"):
        near += list(islice(parent.itersiblings(), 2))
    for box in dict.fromkeys([*near, *_after_content(content, count=3, title_el=title_el)]):
        if not isinstance(box.tag, str) or has(box, "related", "comments"):
            continue
        if sum(1 for _ in islice(box.iter(), _CREDIT_BOX_MAX)) >= _CREDIT_BOX_MAX:
            continue  # a box of more than credits (a related list, a column): counted in C first
        whole = text_of(box)
        if ":" not in whole or len(whole) > 2000:
            continue  # (no labelled line in it, or a box of more than credits)
        for el in [box, *box.iter("li", "p", "div", "dd", "tr")]:
            if el is not box and any(c.tag in ("li", "p", "div", "dd", "tr") for c in el):
                continue
            if ":" not in text_of(el)[:200]:
                continue
            line = clean_line(_first_line(el))
            byline = parse_byline(line) if 0 < len(line) <= 120 and ":" in line else None
            if byline is None:
                continue
            if byline.authors and not authors and el is box:
                authors, photographers = list(byline.authors), list(byline.photographers)
            if byline.source and not (byline.authors or byline.photographers) and source is None:
                source = byline.source
    return authors, photographers, source


def _after_content(content: list[HtmlElement], count: int = 3, title_el: HtmlElement | None = None) -> list[HtmlElement]:
    """The few elements right after the content block, where CMSs put author and file boxes.
    ``title_el``: the headline; a box holding it and the text, the text last, is the article's
    own box (headline, meta line, lead, text: SXA's "page-content" component), and what follows
    it follows the text however long the lead."""
    out: list[HtmlElement] = []
    node = content[-1] if content else None
    if node is not None and node.getnext() is None and node.tag in ("td", "th"):
        node = node.getparent()  # a layout table's cell: what follows it is the next row
    # the last of the text's blocks closes its box (StreamField blocks inside the body's div):
    # what follows the box follows the text
    own = None
    for _ in range(4):  # (a fragment-built page wraps the text three boxes deep: Liferay 7.4)
        if node is None or _next_element(node) is not None:
            break  # (a framework's comment after the box, Vue's "<!--]-->", is no box after it)
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html") or any(c is not node and not within(c, parent) for c in content):
            break  # a block of the text outside this box (a lead photo above it): the box is not the text's
        # (lengths without white space: a template's indentation between the boxes is no text)
        own = own if own is not None else sum(len("".join(text_of(c).split())) for c in content)
        if len("".join(text_of(parent).split())) > 1.1 * own + 50 and not (title_el is not None and within(title_el, parent)):
            break  # the box holds more than the text: what follows it is not the text's
        node = parent
    sibling = node.getnext() if node is not None else None
    while sibling is not None and len(out) < count:
        out.append(sibling)
        sibling = sibling.getnext()
    return out


def _mark_bold_lead(blocks: list[dict], title: str = "") -> None:
    """The text's first paragraph set wholly in bold, a sentence or two long, with more text
    after it: the lead an editor typed by hand (no class names it). Date and byline lines before
    it, and the headline typed again, are skipped; a bold heading or a short bold line is no lead."""
    title_key = fold(title)
    texts = [b for b in blocks if b["kind"] == "text"]
    # (the essay's writers set above it, under the meta lines)
    start = next((i for i, b in enumerate(blocks) if clean_steps.opens_text(b)), 0)
    head = {id(b) for b in blocks[start : start + clean_steps.author_head(blocks[start:])]}
    for i, block in enumerate(texts):
        text = block["text"]
        if id(block) in head or not clean_steps.opens_text(block) or clean_steps.headline_again(text, title_key) or is_day_badge(text) or is_boilerplate_line(text) or block.get("link_ratio", 0) >= 0.9 or is_fields_line(text) or clean_steps.is_meta_row(text):
            # the date line, the CMS's "Viết bởi …", "Chuyên mục: …", a post's subject and its
            # count of views ("Lượt xem: 927") above the text, and the trail ("Trang chủ > Tin tức")
            continue
        if len(text) <= 120 and parse_signature(text, closing=True) is not None:
            continue  # the author signing above the text ("TS. X – Trưởng khoa …", an essay's)
        if block.get("table_row"):
            continue  # a table's row is no paragraph (a wiki's box of the post's fields over the text)
        if block.get("caption_hint") and i + 1 < len(texts):
            continue  # the lead photo's figcaption, printed above the text
        if _UPDATE_NOTE.match(text):
            return  # an editor's note of a change set in italics over the text ("Cập nhật ngày 05/12/2026: …"): no lead
        # (a sentence of twelve words or more: "Hội đồng sáng kiến Sở GD&ĐT đã công nhận 214 sáng
        # kiến cấp cơ sở năm 2026.", 75 characters)
        if (block.get("bold") or block.get("italic")) and not block.get("heading") and not block.get("table_row") and (len(text) >= 80 or len(text.split()) >= _LEAD_WORDS) and len(text) <= 600 and text.rstrip()[-1:] in ".…!?\"”" and i + 1 < len(texts):
            block["sapo"] = True
        return


#: the words a short bold lead holds at least
_LEAD_WORDS = 12


#: an editor's note of a later change opening a line ("Cập nhật ngày 05/12/2026: …", "Cập nhật lúc 9h: …",
#: "[CẬP NHẬT lúc 6h00 ngày 29/10/2026] …")
_UPDATE_NOTE = re.compile(r"^\W{0,3}(?:cập nhật|update|updated)\b[^:.\]]{0,30}[:\]]", re.I)


def _mark_described_lead(content: list[HtmlElement], blocks: list[dict], description: str | None) -> None:
    """The first of several content roots, a box of its own saying what the page's description
    meta says, is the lead ("<p class=bv-mt>" over "<div class=nd-bv>", a Storyblok field
    printed as the post's description): the description printed, not a paragraph of the text."""
    if len(content) < 2 or not description or len(description) < 40:
        return
    first = content[0]
    # (a box of its own over the text's box: not one of a run of paragraphs of one kind, Google
    # Sites' text blocks, whose description is the first one's words copied)
    if content[1].tag not in ("div", "section", "article") or any((c.get("class") or "") == (first.get("class") or "") for c in content[1:]):
        return
    text = clean_line(text_of(first))
    if first.tag not in ("p", "div") or len(text) > 600 or fold(text) != fold(clean_line(description)):
        return
    block = next((b for b in blocks if b["kind"] == "text"), None)
    if block is not None and block["text"] == text:
        block["sapo"] = True


def _meta_line_box(root: HtmlElement) -> bool:
    text = clean_line(text_of(root))
    # (or the meta line of who posted it and when: "Đăng bởi Quản trị | <day> | Lượt xem: 824")
    return len(text) <= 300 and (is_fields_line(text) or is_date_line(text))


#: a paragraph this long before a box named the lead says the text began above it
_TEXT_OPENED_CHARS = 160


def _mark_inner_sapo(content: list[HtmlElement], blocks: list[dict], url: str, title: str = "") -> None:
    # from the first root that is not a lead photo's box (a figure and its caption)
    media = [root for root in content if root.find(".//img") is not None and len(text_of(root).strip()) <= 300]
    # (nor the post's meta line in a box of its own over the lead's: "Chuyên mục: Thông báo |
    # Ngày đăng: … | Lượt xem: 356", Power Pages' knowledge article)
    texts_roots = [root for root in content if root not in media and not _meta_line_box(root)] or content
    for root in texts_roots:
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            # the first of several content roots may itself be the lead ("<p class=lead>" before the text box)
            # (a photo's description set over it in the photo's own box, "mota-anhtv", is its caption)
            if (el is not root or len(texts_roots) > 1) and is_sapo_element(el) and not line_over_lone_photo(el):
                text = clean_line(text_of(el))
                for n, block in enumerate(blocks):
                    if block["kind"] == "text" and block["text"] == text:
                        if any(b["kind"] == "text" and len(b["text"]) > _TEXT_OPENED_CHARS for b in blocks[:n]):
                            break  # (a quote the text sets in a box named so after its paragraphs, "pgd-trichdan": no lead)
                        if is_auto_excerpt(text):
                            # (a box named the summary holding WordPress's automatic excerpt,
                            # "… Căn cứ Thông báo số 1487 […]": a copy of the text's opening)
                            blocks.remove(block)
                            return
                        block["sapo"] = True
                        # (its label printed before it: Orchard's text field "<span class=name>Tóm
                        # tắt:</span> <span class=value>…</span>")
                        block["text"] = LEAD_LABEL.sub("", block["text"], count=1)
                        return
        break
    # the first paragraph, wholly bold, long enough to be a lead (past the headline typed again
    # at the top of the text: a document's own title line)
    key = fold(title)
    texts = [b for b in blocks if b["kind"] == "text" and not (key and fold(b["text"]) == key)]
    # (past a tool's line the text's box opens with, Joomla 2.5's "Đánh giá của người dùng: / 7",
    # and past the writer's lines set to the right over a study, "ThS. X" / "Giảng viên Khoa Y")
    while len(texts) > 2 and (is_tool_line(texts[0]["text"]) or (texts[0].get("align") == "right" and len(texts[0]["text"]) <= 80)):
        texts = texts[1:]
    if texts and texts[0].get("bold") and not texts[0].get("heading") and len(texts[0]["text"]) >= 80 and len(texts) > 1 and not _UPDATE_NOTE.match(texts[0]["text"]):
        texts[0]["sapo"] = True  # (an editor's note of a later change is no lead)


def _official_title(document: OfficialDocument, title: str, title_el: HtmlElement | None) -> str:
    """The document's kind and subject are its title when the page names none of its own: no
    headline element, and a page title that is missing, one of the letterhead's lines (a Word
    export's <title> is its first words: the issuer, "SỞ GD&ĐT LAI CHÂU") or the start of it."""
    if not document.title:
        return title
    key = fold(title)
    # (a letterhead's cell may hold several of its lines: "SỞ GD&ĐT LAI CHÂU TRƯỜNG THPT …")
    heads = [fold(line) for line in document.head_lines]
    if title_el is None and (not key or any(h == key or h.startswith(key + " ") for h in heads) or fold(document.title).startswith(key)):
        return document.title
    return title


#: a page title a word processor wrote from the file's name ("Microsoft Word - hoi giang.doc")
_GENERATOR_TITLE = re.compile(r"^microsoft\s+(?:office\s+)?(?:word|excel|powerpoint)\s*-|\.(?:docx?|rtf|odt)$", re.I)


def _document_headline(blocks: list[dict], title: str) -> str | None:
    """A document's headline is its first line, centred and bold (Word's title paragraph; no
    heading element marks it): the title, when the page names none, names it by its file
    ("Microsoft Word - hoi giang.doc"), or gives only its first words (Word's <title>)."""
    first = next((b for b in blocks if b["kind"] == "text"), None)
    if first is None or first.get("align") != "center" or not first.get("bold"):
        return None
    text = first["text"]
    if not (3 <= len(text.split()) <= 40 and len(text) <= 250) or is_date_line(text):
        return None
    key = fold(title)
    if not key or _GENERATOR_TITLE.search(title.strip()) or (fold(text).startswith(key) and len(text) > len(title)):
        return text
    return None


def _strip_site(html_title: str) -> str:
    title = html_title
    for prefix in ("Xem chi tiết - ", "Chi tiết tin - ", "Chi tiết - "):
        if title.startswith(prefix):
            title = title[len(prefix) :]
    return title


def not_article_reason(record: dict[str, Any]) -> str | None:
    """Why a record would be dropped as not an article (see crawler.clean.steps), or None."""
    return clean_steps.not_article_reason(record)


def clean_record(record: dict[str, Any], stats: Counter | None = None) -> dict[str, Any]:
    """Apply the cleaning steps in the item pipelines' order, without Scrapy."""
    stats = stats if stats is not None else Counter()
    for _name, step in clean_steps.CLEANING_STEPS:
        record = step(record, stats)
    return record


def extract_article(html: bytes | str, url: str, *, content_type: str | None = None, selectors: dict[str, str] | None = None, listing_date: str | None = None, portal: str | None = None) -> dict[str, Any]:
    """One page to one clean record (all schema fields, work fields removed).

    The same extraction and cleaning the crawl applies, without Scrapy. A page that is not an
    article still returns a record; ``not_article_reason(record)`` says why it would be dropped.
    """
    record = extract_raw(html, url, content_type=content_type, selectors=selectors)
    record = {k: v for k, v in record.items() if not k.startswith("_")}
    record["listing_date"] = listing_date
    record["portal"] = portal or host_of(url)
    record = clean_record(record)
    return {key: record.get(key) for key in RECORD_FIELDS}
