"""Which lines of a body are portal boilerplate: counters, notices, tools, chrome, related lists.

The phrases are data (crawler/phrases/*.txt); this module only decides how a line matches them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from crawler.core.dates import find_dates
from crawler.core.text import clean_line, fold
from crawler.phrases import phrase_list, phrase_set

_SEPARATORS = re.compile(r"\s*(?:[|/•·»«›‹]|\s-\s|\s–\s|\s{2,})\s*")


@cache
def _counter_re() -> re.Pattern[str]:
    labels = "|".join(re.escape(p) for p in phrase_list("counters"))
    pair = rf"(?:{labels})\s*(?:[:：=]|là)?\s*\d[\d.,\s]*"
    return re.compile(rf"^(?:{pair}\s*[|/•·,;-]?\s*)+$", re.I)


def is_counter(text: str) -> bool:
    return bool(_counter_re().match(clean_line(text).casefold()))


def is_notice(text: str) -> bool:
    key = fold(text)
    return any(key.startswith(p) for p in phrase_list("notices"))


def is_tool_line(text: str) -> bool:
    """A line made only of tool labels ("In trang | Gửi email | Chia sẻ")."""
    tools = phrase_set("tools")
    parts = [fold(p) for p in _SEPARATORS.split(clean_line(text)) if fold(p)]
    return bool(parts) and all(p in tools for p in parts)


def is_chrome(text: str) -> bool:
    key = fold(text)
    return any(key.startswith(p) for p in phrase_list("chrome"))


_COUNT_SUFFIX = re.compile(r"\s*[:(\[]?\s*\d*\s*[)\]]?\s*$")


def is_related_heading(text: str) -> bool:
    key = _COUNT_SUFFIX.sub("", fold(text)).strip(" :")
    return key in phrase_set("related")


def is_widget_heading(text: str) -> bool:
    """A portlet/module title ("Liên kết website", "Tin mới", "Thăm dò ý kiến") rather than a headline."""
    return is_related_heading(text) or bool(is_boilerplate_line(text)) or fold(text) in phrase_set("widgets")


_DATE_WORDS = re.compile(
    r"^(?:ngày|ngày đăng|đăng ngày|ngày cập nhật|cập nhật|cập nhật lúc|đăng lúc|thời gian|"
    r"thứ\s+\w+|chủ nhật|posted|published|lúc|vào|on|at|\||-|–|,|\s)*$",
    re.I,
)


def is_date_line(text: str) -> bool:
    """A line that only states a date (with its labels), e.g. "Ngày 10-08-2022" or "Thứ Năm, 10/08/2022 - 08:30"."""
    text = clean_line(text)
    if len(text) > 80:
        return False
    dates = find_dates(text)
    if not dates:
        return False
    rest = text
    for d in reversed(dates):
        rest = rest[: d.start] + " " + rest[d.end :]
    rest = re.sub(r"lượt xem\s*:?\s*\d+|\d+\s*lượt xem", " ", rest, flags=re.I)
    return bool(_DATE_WORDS.match(rest.strip()))


@lru_cache(maxsize=2048)
def is_boilerplate_line(text: str) -> str | None:
    """The family a line belongs to ("counter", "notice", "tools", "chrome"), or None for text."""
    if is_counter(text):
        return "counter"
    if is_notice(text):
        return "notice"
    if is_tool_line(text):
        return "tools"
    if is_chrome(text):
        return "chrome"
    return None
