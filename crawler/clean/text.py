"""Text normalisation: NFC, entities, whitespace. Every comparison in the project goes through here."""

from __future__ import annotations

import html
import re
import unicodedata

_WS = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_ZW = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_NL = re.compile(r"\s*\n\s*")
_PUNCT_EDGE = re.compile(r"^[\s\W_]+|[\s\W_]+$")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean_line(text: str) -> str:
    """One line of text: entities unescaped, NFC, zero-width marks gone, spaces collapsed."""
    if "&" in text:
        text = html.unescape(text)
    text = _ZW.sub("", nfc(text))
    return _WS.sub(" ", text).strip()


def clean_multiline(text: str) -> str:
    """Like clean_line, but keeps paragraph breaks (blank lines) and single newlines."""
    paras = [clean_line(p) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(_NL.sub("\n", p) for p in paras if p)


def fold(text: str) -> str:
    """A key for matching phrases: clean, case-folded, edge punctuation stripped."""
    return _PUNCT_EDGE.sub("", clean_line(text).casefold())


def strip_accents(text: str) -> str:
    """ASCII-ish form ('Trường' -> 'truong'); for URL and class-name heuristics only."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def is_upper_text(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8
