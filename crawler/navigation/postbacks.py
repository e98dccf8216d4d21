"""Which links of an ASP.NET WebForms pager to submit.

A WebForms list answers its page 1 to a GET; every other page only to a POST of the page's form
(``__doPostBack(target, argument)``), and a pager prints several links to the same page: "2" and
"Trang sau" and "Trang cuối" on page 1 of a two-page list, "1", "Trang đầu" and "Trang trước" on
its page 2. Each postback costs a request the server answers with a whole page, so the spider
submits only the links that can lead somewhere new, read from the pager as a reader reads it:

- a numbered link, once per list and number, whatever control prints it ("1" on page 2 is the
  page the GET already answered);
- no backward link ("«", "Trang trước", "Trang đầu"): the crawl walks a list forward from its
  page 1, so every earlier page was reached before;
- "next" only when the page after this one is not linked by its number (a pager that shows a
  block of numbers, "1 2 3 4 5 Sau »", reaches page 6 only through "Sau" on page 5);
- "last" only when no number is linked (numbers and "next" reach it anyway);
- anything else (an ellipsis opening the next block of numbers) once per page content.

Pure: no Scrapy here; the spider keeps the keys it has submitted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from crawler.core.text import clean_line
from crawler.navigation.links import Postback
from crawler.phrases import phrase_sets

#: words of a "last page" link (page_turns.toml has forward and backward words only)
_LAST_WORDS = frozenset({"cuối", "trang cuối", "cuối »", "last", "last »", "»|", ">|", "»»"})
_ARROWS = " »›>→«‹<←|"
_NUMBER = re.compile(r"^(?:trang\s+)?(\d{1,4})$", re.I)
_ARGUMENT_NUMBER = re.compile(r"(\d{1,4})$")


@dataclass(frozen=True)
class PagerTurn:
    postback: Postback
    #: "number", "forward", "backward", "last" or "other"
    kind: str
    number: int | None
    #: the pager this link belongs to: its control's name with the item indexes left out
    #: ("ctl00$Main$rptPager$ctl03$lnkPage" → "ctl00$Main$rptPager$ctl#$lnkPage")
    family: str


@cache
def _turn_words() -> dict[str, frozenset[str]]:
    return phrase_sets("page_turns")


def _family(target: str) -> str:
    return re.sub(r"ctl\d+", "ctl#", target)


def pager_turn(pb: Postback) -> PagerTurn:
    """What one pager link does, by its label (and the number its argument ends with: GridView's
    ``Page$2``)."""
    label = clean_line(pb.text).casefold()
    number = _NUMBER.match(label)
    if number:
        return PagerTurn(pb, "number", int(number.group(1)), _family(pb.target))
    words = _turn_words()
    for key in (label, label.strip(_ARROWS)):
        if key in _LAST_WORDS:
            return PagerTurn(pb, "last", None, _family(pb.target))
        if key in words["forward"]:
            return PagerTurn(pb, "forward", None, _family(pb.target))
        if key in words["backward"]:
            return PagerTurn(pb, "backward", None, _family(pb.target))
    argument = _ARGUMENT_NUMBER.search(pb.argument)
    if argument and not label:
        return PagerTurn(pb, "number", int(argument.group(1)), _family(pb.target))
    return PagerTurn(pb, "other", None, _family(pb.target))


def current_page(numbers: set[int]) -> int | None:
    """The page a pager is showing: the first number it leaves unlinked next to a linked one
    ("1 [2] [3]" → 1, "[1] 2 [3]" → 2, "[1] [2] 3" → 3); None without numbers."""
    if not numbers:
        return None
    for k in range(1, max(numbers) + 2):
        if k not in numbers and (k + 1 in numbers or k - 1 in numbers):
            return k
    return None


def turns_to_submit(turns: list[PagerTurn]) -> tuple[list[PagerTurn], int | None]:
    """The pager links worth a POST (see the module's docstring), and the page the pager shows."""
    numbers = {t.number for t in turns if t.kind == "number" and t.number is not None}
    here = current_page(numbers)
    onward = any(t.kind in ("number", "forward", "last", "other") for t in turns)
    keep: list[PagerTurn] = []
    for turn in turns:
        if turn.kind == "backward" and onward:
            continue
        if turn.kind == "forward" and here is not None and here + 1 in numbers:
            continue
        if turn.kind == "last" and numbers:
            continue
        keep.append(turn)
    return keep, here
