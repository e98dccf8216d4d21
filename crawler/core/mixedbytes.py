"""Pages that mix UTF-8 with windows-1252/1258 bytes, repaired instead of filled with U+FFFD.

Why: after a CMS moves to UTF-8, old article bodies and snippets pasted from Word often keep their
windows-1258 (Vietnamese) or windows-1252 bytes inside an otherwise UTF-8 page. Decoded as UTF-8
every such byte becomes U+FFFD (the words are lost); decoded as the single-byte code page, every
UTF-8 letter becomes two or three characters of mojibake ("Há»™i"). Each valid UTF-8 sequence is
read as UTF-8 here and each byte that is not part of one is read in the code page.

Why not beautifulsoup4's ``UnicodeDammit.detwingle``, which exists for this case: it only knows
windows-1252 (windows-1258 raises NotImplementedError), and it decides by the *first* byte alone:
any byte 0xC2-0xF4 is taken for the start of a UTF-8 sequence and skipped, so the stray
single-byte letters of Vietnamese and French text (é 0xE9, à 0xE0, ô 0xF4, Ă 0xC3 …) stay
invalid and still come out as U+FFFD. ``UnicodeDammit`` itself guesses one encoding for the whole
document, which cannot be right for a mixed one (it picked mac_latin2 on our test page). Python's
own UTF-8 decoder and a byte regex of well-formed sequences (RFC 3629) do the job exactly.
"""

from __future__ import annotations

import re

from crawler.core.vnlegacy import score

# one well-formed UTF-8 multi-byte sequence (RFC 3629, table 3-7 of the Unicode standard)
_SEQUENCE = (
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_VALID = re.compile(_SEQUENCE)
_PIECES = re.compile(rb"((?:" + _SEQUENCE + rb")+)|([\x80-\xff])")
# what real text encodes in several bytes: Latin letters with diacritics (Vietnamese included),
# combining marks, general punctuation, the đồng and euro signs; chance pairs of single-byte
# characters decode to other scripts (U+0794 …) instead
_PLAUSIBLE = re.compile("[\u00a0-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u206f\u20ab\u20ac\u2122]")
#: well-formed sequences that make a page "UTF-8 with stray bytes" rather than a single-byte page
MIN_SEQUENCES = 3
CODE_PAGES = ("cp1258", "cp1252")


def _byte_table(codec: str) -> list[str]:
    """0x80-0xFF in ``codec``; bytes it leaves undefined are read by the other code page or latin-1."""
    table = []
    for byte in range(0x80, 0x100):
        for name in (codec, *CODE_PAGES, "latin-1"):
            try:
                table.append(bytes([byte]).decode(name))
                break
            except UnicodeDecodeError:
                continue
    return table


_TABLES = {codec: _byte_table(codec) for codec in CODE_PAGES}


def is_mixed(body: bytes) -> bool:
    """Whether bytes that are not valid UTF-8 still carry UTF-8 text (a few plausible sequences
    at least, and more plausible than implausible ones)."""
    plausible = implausible = 0
    for seq in _VALID.findall(body):
        if _PLAUSIBLE.match(seq.decode("utf-8")):
            plausible += 1
        else:
            implausible += 1
    return plausible >= MIN_SEQUENCES and plausible >= 2 * implausible


def decode_mixed(body: bytes, code_page: str = "cp1258") -> tuple[str, str] | None:
    """(text, code page of the stray bytes) for UTF-8 with stray single-byte characters, or None
    when the bytes are not UTF-8 at heart (then decode them with their declared charset).

    The stray bytes are read in whichever of windows-1258 and windows-1252 spells more Vietnamese
    (:func:`crawler.core.vnlegacy.score`); ties go to ``code_page`` (the page's declared one). The
    text is not NFC yet: windows-1258 tone marks are combining characters.
    """
    if not is_mixed(body):
        return None
    pieces: list[str | int] = []
    start = 0
    for found in _PIECES.finditer(body):
        if found.start() > start:
            pieces.append(body[start : found.start()].decode("ascii"))
        run, stray = found.group(1), found.group(2)
        pieces.append(run.decode("utf-8") if run else stray[0])
        start = found.end()
    if start < len(body):
        pieces.append(body[start:].decode("ascii"))
    order = [code_page, *(c for c in CODE_PAGES if c != code_page)] if code_page in CODE_PAGES else list(CODE_PAGES)
    best: tuple[int, str, str] | None = None
    for codec in order:
        text, strays = _assemble(pieces, _TABLES[codec])
        rank = score(" ".join(_words_at(text, strays)))
        if best is None or rank > best[0]:
            best = (rank, text, codec)
    assert best is not None
    return best[1], best[2]


def _assemble(pieces: list[str | int], table: list[str]) -> tuple[str, list[int]]:
    """The text with stray bytes read by ``table``, and the offsets where stray characters sit."""
    out: list[str] = []
    strays: list[int] = []
    offset = 0
    for piece in pieces:
        if isinstance(piece, int):
            strays.append(offset)
            piece = table[piece - 0x80]
        out.append(piece)
        offset += len(piece)
    return "".join(out), strays


_BOUNDARY = frozenset(" \t\r\n\f\v<>")


def _words_at(text: str, offsets: list[int]) -> list[str]:
    """The words (between spaces and tag brackets) that hold the given offsets, each once: the
    UTF-8 text around them reads the same in every code page, so only these are scored."""
    words: list[str] = []
    end = -1
    for offset in offsets:
        if offset < end:
            continue
        start = offset
        while start > 0 and text[start - 1] not in _BOUNDARY:
            start -= 1
        end = offset
        while end < len(text) and text[end] not in _BOUNDARY:
            end += 1
        words.append(text[start:end])
    return words
