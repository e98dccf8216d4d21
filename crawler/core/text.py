"""Text normalisation: NFC, entities, whitespace. Every comparison in the project goes through here."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

#: the pictographs (arrows, technical symbols, dingbats, the emoji planes) a page sets as icons
#: beside its words ("✍ Nguyễn Minh Tâm", "👁 1.024 lượt xem"): a regex class's body, one list for
#: every reading of icons
PICTOGRAPHS = "\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"

_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZERO_WIDTH = dict.fromkeys(map(ord, _ZERO_WIDTH_CHARS))
_ZERO_WIDTH_ANY = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
#: a joiner between two pictographs binds them into one emoji ("👨\u200d🏫", a teacher): kept
_EMOJI_JOINER = re.compile("(?<=[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f])\u200d(?=[\u2600-\u27bf\U0001f000-\U0001faff])")
_NL = re.compile(r"\s*\n\s*")
_PUNCT_RUN = re.compile(r"[\s\W_]+")


def nfc(text: str) -> str:
    # normalize() runs the NFC quick check itself and hands back the same object when it passes;
    # is_normalized() first would re-do the whole normalisation on any text with a combining mark
    return unicodedata.normalize("NFC", text)


def clean_line(text: str) -> str:
    """One line of text: entities unescaped, NFC, zero-width marks gone, spaces collapsed.

    ``str.split()`` splits on every Unicode space (NBSP, thin and ideographic spaces included) and
    is several times faster than a regex on this hot path. Lines are remembered: the extraction
    of one page cleans the same line several times over (measured on the gold pages: 166 calls
    for 46 distinct lines a page; every boilerplate test of a body line cleans it again), and a
    clean line is its own cache entry (key and value one object), so the bounded cache holds
    a few MB at most."""
    if len(text) <= _LONGEST_REMEMBERED:
        # a plain str as the key: lxml's "smart" strings hold their element (and its whole tree)
        return _clean_remembered(text if type(text) is str else str(text))
    return _clean_line(text)


_LONGEST_REMEMBERED = 2000


@lru_cache(maxsize=1024)
def _clean_remembered(text: str) -> str:
    return _clean_line(text)


def _clean_line(text: str) -> str:
    if "&" in text:
        text = html.unescape(text)
    text = nfc(text)
    if _ZERO_WIDTH_ANY.search(text):  # one pass in C (a generator over the marks was a hot spot)
        if "\u200d" in text and _EMOJI_JOINER.search(text):
            text = "\x00".join(part.translate(_ZERO_WIDTH) for part in _EMOJI_JOINER.split(text)).replace("\x00", "\u200d")
        else:
            text = text.translate(_ZERO_WIDTH)
    line = " ".join(text.split())
    return text if line == text else line


def clean_multiline(text: str) -> str:
    """Like clean_line, but keeps paragraph breaks (blank lines) and single newlines."""
    paras = [clean_line(p) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(_NL.sub("\n", p) for p in paras if p)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """A key for matching phrases: clean, case-folded, edge punctuation stripped."""
    key = clean_line(text).casefold()
    # edge punctuation off both ends: a match at the start, and one at the start of the reversed
    # key (a "[…]+$" search would try every position of the line)
    lead = _PUNCT_RUN.match(key)
    if lead:
        key = key[lead.end():]
    trail = _PUNCT_RUN.match(key[::-1])
    return key[: len(key) - trail.end()] if trail else key


def strip_accents(text: str) -> str:
    """ASCII-ish form ('Trường' -> 'truong'); for URL and class-name heuristics only."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """The text as a URL slug writes it ("Hoạt động Đội" -> "hoat-dong-doi"); for matching only."""
    return _NOT_SLUG.sub("-", strip_accents(text).lower()).strip("-")


def is_upper_text(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


#: the letters only Vietnamese writes (with their capitals): breves, circumflexes, horns, "đ" and
#: the tone marks, in NFC
_VIETNAMESE_LETTERS = frozenset(
    "ăâđêôơưàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ"
    "ĂÂĐÊÔƠƯÀẰẦÈỀÌÒỒỜÙỪỲÁẮẤÉẾÍÓỐỚÚỨÝẢẲẨẺỂỈỎỔỞỦỬỶÃẴẪẼỄĨÕỖỠŨỮỸẠẶẬẸỆỊỌỘỢỤỰỴ"
)
#: below this share of words holding such a letter, a text of some length is in another
#: language (Vietnamese prose: about two words in three; an English text: names only)
_VIETNAMESE_SHARE = 0.15
_LANGUAGE_MIN_WORDS = 20


def in_vietnamese(text: str) -> bool:
    """The text is Vietnamese, or too short to tell. Counted on its words' letters: a bilingual
    school site's English copy of a post holds a Vietnamese letter only in its names."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    if len(words) < _LANGUAGE_MIN_WORDS:
        return True
    marked = sum(1 for w in words if not _VIETNAMESE_LETTERS.isdisjoint(w))
    return marked / len(words) >= _VIETNAMESE_SHARE
