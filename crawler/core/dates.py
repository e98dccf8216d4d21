"""Vietnamese publication dates: every shape the portals print, read day first, in Asia/Ho_Chi_Minh.

Hand-rolled rather than ``dateparser``: the shapes are few and known (PORTALS.md lists them), the order
is always day-month-year, and a regex pass is ~100x faster than dateparser's language detection on
every text node of a page. dateparser also happily reads "Thứ Ba" or a bare "2022" as a date;
here a date needs a day, a month and a year, or it is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from crawler.core.elements import text_of
from crawler.core.text import clean_line

VN_TZ = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")
MIN_YEAR = 1995

_MONTH_WORDS = {
    "một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
_MONTH_WORD_RE = "|".join(sorted((re.escape(w) for w in _MONTH_WORDS), key=len, reverse=True))
#: English month names: a WordPress or Blogger install whose locale was never switched prints
#: "November 14, 2026" / "14 Nov 2026"
_EN_MONTHS = {
    name: number
    for number, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec")),
        start=1,
    )
    for name in names
}  # fmt: skip
# (and the German names that differ, a builder or a partner school's site left in German: "04 Dez
# 2026", "12. Oktober 2026"; not "Mai", a Vietnamese name)
_EN_MONTHS.update({"januar": 1, "februar": 2, "märz": 3, "mär": 3, "mrz": 3, "juni": 6, "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12})
_EN_MONTH_RE = "|".join(sorted(_EN_MONTHS, key=len, reverse=True))

# A time: 08:30, 8:30:15, 8h30, 08 giờ 30, 8g30, optionally AM/PM, SA/CH or sáng/chiều/tối.
_TIME = (
    r"(?P<H>[01]?\d|2[0-3])\s*(?::|h|g|giờ)\s*(?P<M>[0-5]\d)(?:\s*(?::|phút)\s*(?P<S>[0-5]\d))?"
    r"(?:\s*(?P<ampm>AM|PM|SA|CH|A\.M\.|P\.M\.|sáng|chiều|tối)(?![\w]))?"
)
_SEP = r"\s*[-/.]\s*"
#: (the month's place takes a day's number too: "Tue, 11/24/2026", month first, is read by the
#: weekday before it, see _by_weekday; day first, it names no date)
_NUMERIC = rf"(?P<d>[0-3]?\d){_SEP}(?P<m>[0-3]?\d){_SEP}(?P<y>(?:19|20)\d\d|\d\d)(?!\d)"
_WORDY = (
    # "th." and Ghost's or Intl's Vietnamese "Thg" ("12 Thg 11 2026") abbreviate "tháng"
    r"(?P<d>[0-3]?\d)\s*(?:tháng|thg\.?|th\.?)\s*(?P<m>[01]?\d|" + _MONTH_WORD_RE + r")"
    r"\s*(?:,|năm|/|-)?\s*(?P<y>(?:19|20)\d\d)(?!\d)"
)
#: WordPress's "F j, Y" in Vietnamese: the month's name first ("Tháng Mười Một 18, 2026")
#: and its "M j, Y" with the month abbreviated ("Th11 12, 2026", "Thg 11 12, 2026": Divi, Astra)
_MONTH_FIRST = (
    r"(?:tháng\s+|thg\.?\s*|th\.?\s*(?=\d))(?P<m>" + _MONTH_WORD_RE + r"|[01]?\d)\s+(?P<d>[0-3]?\d)\s*,\s*(?P<y>(?:19|20)\d\d)(?!\d)"
)
_EN_MONTH_FIRST = rf"(?P<m>{_EN_MONTH_RE})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*,?\s+(?P<y>(?:19|20)\d\d)(?!\d)"
_EN_DAY_FIRST = rf"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m>{_EN_MONTH_RE})\.?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)"
#: the year first with slashes or dots ("2026/11/14"), or dashes unpadded ("2026-10-8 07:50",
#: Discuz!'s; the padded dashed form is ISO's, read first)
_YMD = r"(?P<y>(?:19|20)\d\d)(?:\s*(?P<sep>[/.])\s*(?P<m>[01]?\d)\s*(?P=sep)\s*(?P<d>[0-3]?\d)|-(?P<m2>[01]?\d)-(?P<d2>[0-3]?\d))(?![\d-])"
_ISO = (
    r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
    r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:\.\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d\d:?\d\d)?)?(?!\d)"
)

#: every date form has a year of two digits or more: a text without two digits in a row holds none
TWO_DIGITS = re.compile(r"\d\d")
# (after ":" a number is minutes; after "14h" too: "14h05 - 03/12/2026" is no "05-03-12")
_NUMERIC_RE = re.compile(r"(?<![\d/.:-])(?<!\dh)(?<!\dg)" + _NUMERIC, re.I)
_WORDY_RE = re.compile(r"(?<!\d)" + _WORDY, re.I)
_ISO_RE = re.compile(r"(?<!\d)" + _ISO)
_MONTH_FIRST_RE = re.compile(r"(?<![\w])" + _MONTH_FIRST, re.I)
_EN_MONTH_FIRST_RE = re.compile(r"(?<![\w])" + _EN_MONTH_FIRST, re.I)
_EN_DAY_FIRST_RE = re.compile(r"(?<![\w])" + _EN_DAY_FIRST, re.I)
_YMD_RE = re.compile(r"(?<![\d/.:-])" + _YMD)
#: the year, month and day with their Chinese signs ("2026年11月28日 15:20"): a Chinese blog engine's
#: theme (Z-BlogPHP, emlog) left as it came
_CJK_YMD_RE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日")
_TIME_RE = re.compile(r"(?<![\d:])" + _TIME, re.I)
#: RFC 2822's date with its zone ("Wed, 02 Dec 2026 04:10:00 +0000"): read by the standard
#: library's parser, which knows the zone names and offsets
_RFC2822_RE = re.compile(
    r"(?<![\w])(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?[0-3]?\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(?:19|20)\d\d"
    r"\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s+(?:[+-][01]\d[0-5]\d|GMT|UTC|UT)(?![\w])"
)
#: C's asctime and Perl's scalar localtime ("Wed Nov  4 09:10:10 2026"), and the Unix `date`
#: stamp with its zone's name in the middle ("Wed Nov  4 09:10:10 ICT 2026"): a home-made
#: script printing the server's clock as is; the time is the server's, read in the site's zone
_ASCTIME_RE = re.compile(
    r"(?<![\w])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(?P<d>[0-3]?\d)"
    r"\s+(?P<H>[0-2]?\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?\s+(?:(?:ICT|ICST|\+07)\s+)?(?P<y>(?:19|20)\d\d)(?!\d)"
)
# what may stand between a date and its time: " - ", " | ", ", ", " lúc ", weekday words …
#: (Geeklog's "December 03 2026 @ 02:30 PM ICT": an "at" sign; emlog's weekday between the day and
#: its time: "2026-12-3 Thứ Năm 9:05")
_GAP_AFTER = re.compile(r"^[\s,|\-–—(·•]*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)?[\s,|\-–—(·•]*(?:lúc|vào lúc|at|@)?[\s,|\-–—·•]*$", re.I)
#: (after the time's "phút" in words: "Đăng lúc 14 giờ 05 phút, ngày 27 tháng 10 năm 2026")
# (the zone's name may follow the time: Java's "14:00:00 ICT Thứ tư, ngày 18 tháng mười một năm 2026")
_GAP_BEFORE = re.compile(r"^['’]?\s*(?:phút)?(?:\s*ICT\b)?[\s,|\-–—·•]*(?:ngày|thứ\s+\w+|chủ\s+nhật|[,\s|\-–—·•])*$", re.I)


@dataclass(frozen=True)
class FoundDate:
    """A date found in text; ``when`` has a tzinfo of +07:00 when ``has_time``."""

    day: date
    clock: time | None
    start: int = 0
    end: int = 0

    @property
    def has_time(self) -> bool:
        return self.clock is not None

    def iso(self) -> str:
        if self.clock is None:
            return self.day.isoformat()
        dt = datetime.combine(self.day, self.clock.replace(microsecond=0), VN_TZ)
        return dt.isoformat()


def _year(raw: str) -> int:
    y = int(raw)
    return y + 2000 if y < 100 else y


def _month(raw: str) -> int:
    raw = raw.strip().casefold()
    return int(raw) if raw.isdigit() else _MONTH_WORDS.get(raw) or _EN_MONTHS.get(raw, 0)


def _valid(y: int, m: int, d: int, today: date | None) -> date | None:
    try:
        value = date(y, m, d)
    except ValueError:
        return None
    latest = (today or date.today()) + timedelta(days=2)
    return value if y >= MIN_YEAR and value <= latest else None


def _clock(match: re.Match[str]) -> time | None:
    hour, minute = int(match["H"]), int(match["M"])
    second = int(match["S"]) if match["S"] else 0
    ampm = (match.groupdict().get("ampm") or "").upper().replace(".", "")
    # WordPress's Vietnamese clock prints "4:40 chiều" (afternoon, PM) and "9:15 sáng" (AM)
    if ampm in ("PM", "CH", "CHIỀU", "TỐI") and hour < 12:
        hour += 12
    elif ampm in ("AM", "SA", "SÁNG") and hour == 12:
        hour = 0
    try:
        return time(hour, minute, second)
    except ValueError:
        return None


#: "lúc 14:00", "at 08:30 AM": a time a meta line prints after its label, with no day beside it
#: (an "h" may close it: "Đăng lúc 15:20h")
_LABELLED_TIME = re.compile(rf"(?:^|\s)(?:lúc|at)\s+{_TIME}h?(?=$|[\s|,.])", re.I)


def lone_time(text: str) -> time | None:
    """The time a box prints alone ("2:00 CH", "14:00"): a meta line's time in an element of its own
    beside the day's (Elementor's post info, its "type-time" item after its "type-date" item)."""
    match = _TIME_RE.fullmatch(text.strip())
    return _clock(match) if match else None


def labelled_time(text: str) -> time | None:
    """The time a line prints after "lúc" or "at" (Serendipity's "… trong Y lúc 14:00")."""
    match = _LABELLED_TIME.search(text)
    return _clock(match) if match else None


def _time_near(text: str, start: int, end: int) -> tuple[time | None, int, int]:
    """A time printed right after the date ("- 08:30", "| 10:36 PM") or right before it ("08:17 10/05")."""
    after = _TIME_RE.search(text, end, min(len(text), end + 24))
    if after and _GAP_AFTER.match(text[end : after.start()]):
        return _clock(after), start, after.end()
    window_start = max(0, start - 40)
    for before in _TIME_RE.finditer(text, window_start, start):
        if _GAP_BEFORE.match(text[before.end() : start]):
            return _clock(before), before.start(), end
    return None, start, end


def find_dates(text: str, today: date | None = None) -> list[FoundDate]:
    """Every date in ``text`` (with its time when one is printed beside it), in order of appearance."""
    text = clean_line(text)
    if not TWO_DIGITS.search(text):
        return []  # every date form below has a year of two digits or more
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def overlaps(a: int, b: int) -> bool:
        return any(a < e and s < b for s, e in taken)

    for match in _ISO_RE.finditer(text):
        day = _valid(int(match["y"]), int(match["m"]), int(match["d"]), today)
        if not day:
            continue
        clock = None
        if match["H"]:
            clock = time(int(match["H"]) % 24, int(match["M"]), int(match["S"] or 0))
            if match["tz"]:
                dt = datetime.fromisoformat(match.group(0).replace(" ", "T").replace("Z", "+00:00"))
                local = dt.astimezone(VN_TZ)
                day, clock = local.date(), local.time().replace(tzinfo=None)
            found.append(FoundDate(day, clock, match.start(), match.end()))
            taken.append(match.span())
            continue
        # (a day alone, its time printed apart: "2026-11-10 Thứ Ba 16:05", emlog's)
        clock, s, e = _time_near(text, match.start(), match.end())
        found.append(FoundDate(day, clock, s, e))
        taken.append((s, e))
    for match in _RFC2822_RE.finditer(text):
        # an e-mail-style stamp with its zone printed as is ("Wed, 02 Dec 2026 04:10:00 +0000", a
        # template printing the server's raw date): the instant, in the site's zone
        try:
            local = parsedate_to_datetime(match.group(0)).astimezone(VN_TZ)
        except (TypeError, ValueError):
            continue
        if overlaps(*match.span()) or not _valid(local.year, local.month, local.day, today):
            continue
        found.append(FoundDate(local.date(), local.time().replace(tzinfo=None), match.start(), match.end()))
        taken.append(match.span())
    for match in _ASCTIME_RE.finditer(text):
        day = _valid(int(match["y"]), _month(match["m"]), int(match["d"]), today)
        if day and not overlaps(*match.span()) and int(match["H"]) < 24:
            found.append(FoundDate(day, time(int(match["H"]), int(match["M"]), int(match["S"] or 0)), match.start(), match.end()))
            taken.append(match.span())
    for regex in (_YMD_RE, _CJK_YMD_RE, _NUMERIC_RE, _WORDY_RE, _MONTH_FIRST_RE, _EN_MONTH_FIRST_RE, _EN_DAY_FIRST_RE):
        pos = 0
        while (match := regex.search(text, pos)) is not None:
            pos = match.end()
            if overlaps(*match.span()):
                continue
            groups = match.groupdict()
            # (the unpadded dashed form of _YMD names its month and day apart)
            month, mday = (groups["m2"], groups["d2"]) if groups.get("m2") else (groups["m"], groups["d"])
            day = _valid(_year(match["y"]), _month(month), int(mday), today)
            if regex is _NUMERIC_RE:
                day = _by_weekday(text, match, day, today)
                day = _by_general_date_format(text, match, day, today)
                if day is None and len(match["y"]) == 4 and int(match["d"]) <= 12 and int(match["m"]) <= 12 and _STAMP_CLOCK.match(text, match.end()):
                    # a stamp with its clock whose day-first reading lies ahead of today, month
                    # first a day past ("11/12/2026 16:00:00" read on 7 December: .NET's
                    # "MM/dd/yyyy HH:mm:ss" on a server's own format string); a day ahead is no
                    # posting's, and the page's machine stamps settle the reading later
                    # (crawler.clean.steps._as_machine_reads)
                    day = _valid(int(match["y"]), int(match["d"]), int(match["m"]), today)
                if day is None and len(match["y"]) == 4 and int(match["d"]) <= 12 < int(match["m"]):
                    # a month's place past twelve: the month first, the only reading there is
                    # ("11/18/2026 08:40 AM", a US builder's blog)
                    day = _valid(int(match["y"]), int(match["d"]), int(match["m"]), today)
                if len(match["y"]) == 2 and not match["d"].startswith("0") and not match["m"].startswith("0") and _EN_US_SHORT_CLOCK.match(text, match.end()):
                    # the en-US short form a browser's or ICU's formatter prints ("12/3/26, 2:30
                    # PM": 3 December; "10/21/26, 3:45 PM"): nothing padded, a two-digit year, a
                    # comma, a twelve-hour clock; a Vietnamese page prints none of it so
                    day = _valid(_year(match["y"]), int(match["d"]), int(match["m"]), today) or day
            if not day:
                # no date ("30 - 18/11" read from "08:30 - 18/11/2026"): the real one may start
                # inside this match
                pos = match.start() + 1
                continue
            if ("GMT" in text or "UTC" in text) and _CLOCK_ZONE_BEFORE.search(text, 0, match.start()):
                continue  # the server's clock, its zone first ("GMT+7, 2026-12-5 09:12" under a forum's page)
            clock, s, e = _time_near(text, match.start(), match.end())
            zone = _ZONE_AFTER.match(text, e) if clock is not None else None
            if clock is not None and (named := _SITE_ZONE_AFTER.match(text, e)):
                e = named.end()  # (the site's own zone by its name: "02:30 PM ICT", Geeklog's stamp)
            elif zone:
                # the time in the zone printed after it ("30-11-2026 23:15 UTC": a host keeping
                # UTC, Tiki's default), read in the site's zone
                day, clock = _in_site_zone(day, clock, zone)
                e = zone.end()
            found.append(FoundDate(day, clock, s, e))
            taken.append((s, e))
    found.sort(key=lambda f: f.start)
    return found


#: Indochina Time named after a time: the site's own zone, nothing to convert
_SITE_ZONE_AFTER = re.compile(r"\s*\(?\s*ICT\s*\)?(?![\w+-])")
#: a zone printed before the date it stamps, the way a forum prints the time it served the page
_CLOCK_ZONE_BEFORE = re.compile(r"(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d\d)?\s*,\s*$")
#: a zone printed after a time: "UTC", "GMT", "GMT+7", "UTC+07:00", "(GMT+07:00)"
_ZONE_AFTER = re.compile(r"\s*\(?\s*(?:UTC|GMT)(?:\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?)?\s*\)?(?![\w+-])")


def _in_site_zone(day: date, clock: time, zone: re.Match[str]) -> tuple[date, time]:
    hours, minutes = int(zone["h"] or 0), int(zone["m"] or 0)
    if hours > 14 or minutes > 59:
        return day, clock  # (no zone there is)
    offset = timedelta(hours=hours, minutes=minutes) * (-1 if zone["sign"] == "-" else 1)
    local = datetime.combine(day, clock, tzinfo=timezone(offset)).astimezone(VN_TZ)
    return local.date(), local.time().replace(tzinfo=None)


#: the weekday printed before a date ("Thu, 11/05/2026", "Thứ Năm, 05/11/2026", "T5, 05/11/2026"),
#: Monday as 0
_WEEKDAY_BEFORE = re.compile(
    r"(?:(?P<en>mon|tue|wed|thu|fri|sat|sun)[a-z]*|thứ\s+(?P<vi>hai|ba|tư|năm|sáu|bảy)|(?P<t>t[2-7])|(?P<cn>chủ\s+nhật|cn))\.?\s*,?\s*$",
    re.I,
)
_EN_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_VI_WEEKDAYS = ("hai", "ba", "tư", "năm", "sáu", "bảy")


def _by_weekday(text: str, match: re.Match[str], day_first: date | None, today: date | None) -> date | None:
    """The reading of a numeric date its printed weekday agrees with. Vietnamese order is day
    first; a site whose CMS was left in English prints "Thu, 11/05/2026" month first (Drupal's
    default "Submitted by admin on Thu, 11/05/2026 - 08:30"): that is 5 November, a Thursday,
    not 11 May, a Monday. Without a weekday, or when it agrees with neither, day first stands."""
    m = _WEEKDAY_BEFORE.search(text[max(0, match.start() - 16) : match.start()])
    if m is None:
        return day_first
    if m["en"]:
        weekday = _EN_WEEKDAYS.index(m["en"].lower())
    elif m["vi"]:
        weekday = _VI_WEEKDAYS.index(m["vi"].lower())
    elif m["t"]:
        weekday = int(m["t"][1]) - 2
    else:
        weekday = 6
    if day_first is not None and day_first.weekday() == weekday:
        return day_first
    month_first = _valid(_year(match["y"]), int(match["d"]), int(match["m"]), today) if int(match["d"]) <= 12 else None
    return month_first if month_first is not None and month_first.weekday() == weekday else day_first


#: the clock of .NET's general date format in the en-US culture, "M/d/yyyy h:mm:ss tt": seconds
#: and an English day-half ("12/3/2026 2:30:00 PM"), right after the date
_EN_US_GENERAL_CLOCK = re.compile(r"\s+\d{1,2}:\d{2}:\d{2}\s*[AP]M\b")


#: a 24-hour clock right after a date ("11/12/2026 16:00:00", "11/12/2026 16:00")
_STAMP_CLOCK = re.compile(r"\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\s*[AaPp]\.?[Mm])\b")
#: the clock after an en-US short date: a comma, then "2:30 PM"
_EN_US_SHORT_CLOCK = re.compile(r",\s*\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\b")


def _by_general_date_format(text: str, match: re.Match[str], day_first: date | None, today: date | None) -> date | None:
    """Month first where the date is printed in .NET's general format of the en-US culture
    (``DateTime.ToString()`` on a server left in English: "12/3/2026 2:30:00 PM" is 3 December,
    Piranha CMS's post page), which a Vietnamese-culture server prints day first with "SA"/"CH"
    or a 24-hour clock; day first where the first number is no month."""
    clock = _EN_US_GENERAL_CLOCK.match(text, match.end())
    if len(match["y"]) != 4 or clock is None or int(match["d"]) > 12:
        return day_first
    # (en-US pads nothing, "12/3/2026 2:30:00 PM"; a format that pads every part, Lotus Domino's
    # "02/11/2026 03:18:27 PM" in a Vietnamese install, is day first as Vietnamese dates are)
    # (unless day first is no date the page could print: "11/12/2026 12:00:00 AM" read on 5 December)
    if len(match["d"]) == 2 and len(match["m"]) == 2 and clock.group(0).strip()[1] != ":" and day_first is not None:
        return day_first
    return _valid(int(match["y"]), int(match["d"]), int(match["m"]), today) or day_first


def parse_date(text: str, today: date | None = None) -> FoundDate | None:
    """The first date in ``text``, or None."""
    dates = find_dates(text, today)
    return dates[0] if dates else None


_SHOWS_CLOCK = re.compile(r"\b\d{1,2}\s*(?::|h|giờ)\s*\d{2}\b", re.I)


def as_printed(value: str, shown: str) -> str:
    """A machine stamp of a date element (``<time datetime>``, ``itemprop``) as its reader sees
    it: the time of day only when the element's text shows one ("22 Tháng Tư, 2024" under
    ``datetime="…T10:00…"`` is a day). ``published_at`` carries a time only where one is shown."""
    found = parse_meta_datetime(value)
    if found is not None and not found.has_time:
        # a day-only stamp ("2026-11-05") under a printed time ("05/11/2026 10:00"): the time shown
        timed = [d for d in find_dates(shown) if d.day == found.day and d.has_time]
        return timed[0].iso() if timed else value
    if found is not None and found.has_time and _SHOWS_CLOCK.search(shown):
        return _zoneless_utc(value, found, shown) or value
    if found is None or not found.has_time:
        return value
    if not find_dates(shown):
        return value  # no day printed either ("2 ngày trước", an icon): the stamp is all there is
    return found.day.isoformat()


def _zoneless_utc(value: str, found: FoundDate, shown: str) -> str | None:
    """The printed wall clock when a stamp without its zone is the server's UTC clock (vBulletin's
    ``datetime="2026-10-29T07:00:00"`` shown "29-10-2026, 02:00 CH", or "Hôm qua, 03:45 CH"): the
    clock shown is the stamp's seven hours on, so the instant is the stamp's read as UTC."""
    match = _ISO_RE.search(value.strip())
    clocks = list(_TIME_RE.finditer(shown))
    if not match or match["tz"] or found.clock is None or len(clocks) != 1:
        return None
    shown_clock = _clock(clocks[0])
    local = (datetime.combine(found.day, found.clock) + timedelta(hours=7)).replace(second=0)
    if shown_clock is None or (shown_clock.hour, shown_clock.minute) != (local.hour, local.minute) or local.hour == found.clock.hour:
        return None
    printed = find_dates(shown)
    if printed and printed[0].day != local.date():
        return None
    return FoundDate(local.date(), local.time()).iso()


def utc_printed_day(value: str, shown: str) -> tuple[str, str] | None:
    """(the printed day, the right day) when a date element prints its UTC stamp's day where the
    site's own day is another: a static build formatting in UTC (Docusaurus: ``datetime=
    "2026-11-30T23:15:00.000Z"`` shown "30 tháng 11, 2026" is 1 December in Asia/Ho_Chi_Minh).
    None for any other element (a local stamp, a midnight day, a day shown as the site's)."""
    match = _ISO_RE.search((value or "").strip())
    if not match or not match["H"] or not match["tz"] or match["tz"] not in ("Z", "+00:00", "+0000"):
        return None
    utc_day = _valid(int(match["y"]), int(match["m"]), int(match["d"]), None)
    local = parse_meta_datetime(value)
    if not utc_day or local is None or local.day == utc_day:
        return None
    if not any(d.day == utc_day for d in find_dates(shown)):
        return None
    return utc_day.isoformat(), local.day.isoformat()


def utc_printed_clock(value: str, shown: str) -> tuple[str, str] | None:
    """(the printed date and time read in the site's zone, the right instant) when a date element
    prints its UTC stamp's wall clock ("02/12/2026 23:15" under ``datetime="2026-12-02T23:15:00+00:00"``:
    a static build left in UTC, Nikola's default): the reader is shown UTC. None for any other."""
    match = _ISO_RE.search((value or "").strip())
    if not match or not match["H"] or match["tz"] not in ("Z", "+00:00", "+0000"):
        return None
    utc_day = _valid(int(match["y"]), int(match["m"]), int(match["d"]), None)
    utc_clock = time(int(match["H"]), int(match["M"]))
    local = parse_meta_datetime(value)
    if not utc_day or local is None or not local.has_time or utc_clock == time(0, 0):
        return None
    printed = next((d for d in find_dates(shown) if d.day == utc_day and d.clock is not None and (d.clock.hour, d.clock.minute) == (utc_clock.hour, utc_clock.minute)), None)
    if printed is None:
        return None
    return printed.iso(), FoundDate(local.day, local.clock.replace(second=0) if local.clock else None).iso()


def shown_text(el: Any) -> str:
    """What a reader is shown of a date element: its text, and the tooltips (``title``) of it and
    of the link or box around it (WordPress themes put the time of day in the permalink's title)."""
    parts = [text_of(el), el.get("title") or ""]
    for anc in list(el.iterancestors())[:2]:
        parts.append(anc.get("title") or "")
    return " ".join(parts)


def parse_meta_datetime(value: str, today: date | None = None) -> FoundDate | None:
    """A machine date (ISO 8601 in meta, JSON-LD, ``<time datetime>``); converted to +07:00."""
    value = (value or "").strip()
    match = _ISO_RE.search(value)
    if not match:
        return parse_date(value, today)
    day = _valid(int(match["y"]), int(match["m"]), int(match["d"]), today)
    if not day:
        return None
    if not match["H"]:
        return FoundDate(day, None)
    if match["tz"]:
        tz = match["tz"].replace("Z", "+00:00")
        if len(tz) == 5:
            tz = tz[:3] + ":" + tz[3:]
        dt = datetime.fromisoformat(f"{day.isoformat()}T{match['H']}:{match['M']}:{match['S'] or '00'}{tz}")
        local = dt.astimezone(VN_TZ)
        return FoundDate(local.date(), local.time().replace(tzinfo=None))
    return FoundDate(day, time(int(match["H"]), int(match["M"]), int(match["S"] or 0)))


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]\d)[/-]([0-3]\d)(?:/|-|$)|/((?:19|20)\d\d)([01]\d)([0-3]\d)(?=[/_-])")


def date_from_url(url: str, today: date | None = None) -> FoundDate | None:
    """A date in a URL path (/2023/08/15/slug/ or /20230815-…); WordPress and many CMS print one."""
    match = _URL_DATE.search(url)
    if not match:
        return None
    y, m, d = (match.group(1), match.group(2), match.group(3)) if match.group(1) else match.group(4, 5, 6)
    day = _valid(int(y), int(m), int(d), today)
    return FoundDate(day, None) if day else None


def utc_now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
