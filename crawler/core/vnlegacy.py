"""Vietnamese legacy font encodings (TCVN3/ABC and VNI) to Unicode NFC, and back (for tests).

Why: before Unicode, Vietnamese web pages were typed in 8-bit *font* encodings. The bytes are
declared (if at all) as iso-8859-1 or windows-1252, and only the font (``<font face=".VnTime">``,
``font-family: VNI-Times``) turns them into Vietnamese on screen. Decoded by their declared
charset they are mojibake ("Tr­êng ChÝnh trÞ", "Tröôøng Chính trò"); old school archives are full
of them, often one such block inside an otherwise Unicode page. This module reads such text back
as the Vietnamese its font showed.

Sources of the tables (checked byte by byte, see tests/unit/core/test_vnlegacy.py):
- TCVN3 = TCVN 5712:1993 "VN3", the 8-bit set of the ABC fonts (.VnTime, .VnArial …): the upper
  half 0xA0-0xFF as GNU libiconv ``lib/tcvn.h`` (``tcvn_2uni_2``) and glibc's ``TCVN5712-1``
  give it. Lower-case letters with every tone, the seven capitals without a tone (Ă Â Ê Ô Ơ Ư Đ),
  the five combining tone marks 0xB0-0xB4, and at the positions VN3 leaves free the capitals that
  TCVN 5712 VN1 puts there (0xAF Ằ, 0xC0 Ắ …). VN1's other capitals sit at 0x01-0x17 and
  0x80-0x9F; the ABC fonts leave those positions to ASCII control codes and Windows punctuation
  (VnConv, below, lists 0x80-0x9F as Western symbols in TCVN3), so they are not mapped here.
  The capitals with a tone mark that VN3 lacks were typed in the companion *H* fonts
  (.VnTimeH, .VnArialH …): an all-capitals face that draws the lower-case codes as capitals.
- VNI = VNI-Windows (the VNI-Times, VNI-Helve … fonts): a base letter followed by a mark byte,
  plus a few single bytes (ư ơ đ and the i/y forms), as the UniKey project's VnConv library
  (Pham Kim Long; ``unikey/data.cpp``, table ``DoubleByteTables`` "VNI-WIN", low byte = base,
  high byte = mark) and xvnkb's ``vni.h`` (Dao Hai Lam) list them; the two agree.

Text arrives already decoded (by cp1252, latin-1 or cp1258: whatever the page declared), so every
character is first taken back to the byte it was read from (``_BYTE_OF`` knows the three
readings) and the byte is then read as the legacy font shows it. Run this on raw decoded text,
before NFC: cp1258 reads five TCVN3/VNI bytes as combining marks that NFC would fuse into the
previous letter.

Deciding whether text is legacy: a font name is a strong hint, never proof (modern Unicode text
is sometimes styled ``.VnTime``), and many pages declare nothing. So each reading of a segment
(as is, TCVN3, VNI) is scored by how many of its words are well-formed Vietnamese syllables
(onset, vowel cluster, coda, one tone, the stop-coda tone rule); the best reading wins, ties go
to the declared font, then to "as is". Mojibake almost never spells Vietnamese syllables, and
Unicode Vietnamese read as TCVN3/VNI almost never does either.

No Scrapy here; lxml only in :func:`convert_tree`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Literal

#: the readings a segment can have besides None (the text is what it says: Unicode or 8-bit);
#: "tcvn3-caps" is TCVN3 shown in an all-capitals .VnTimeH font
Kind = Literal["tcvn3", "tcvn3-caps", "vni"]

# ---------------------------------------------------------------------------------------------
# Characters back to bytes


def _byte_readings() -> dict[str, int]:
    """Every character a byte 0x80-0xFF decodes to under latin-1, cp1252 or cp1258 -> the byte."""
    out: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        for codec in ("latin-1", "cp1252", "cp1258"):
            try:
                ch = bytes([byte]).decode(codec)
            except UnicodeDecodeError:
                continue
            if out.setdefault(ch, byte) != byte:  # no character may stand for two bytes
                raise AssertionError(f"{ch!r} is byte {out[ch]:#x} and {byte:#x}")
    return out


_BYTE_OF: dict[str, int] = _byte_readings()

# ---------------------------------------------------------------------------------------------
# TCVN3 (TCVN 5712:1993 VN3), bytes 0xA0-0xFF

# fmt: off
_TCVN3_HIGH = (
    "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ"                        # 0xA0-0xAF
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"    # 0xB0-0xBF (0xB0-0xB4: combining tone marks)
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"                              # 0xC0-0xCF
    "éẹềểễếệìỉỄẾỒĩíịò"                              # 0xD0-0xDF
    "Ổỏõóọồổỗốộờởỡớợù"                              # 0xE0-0xEF
    "ỖủũúụừửữứựỳỷỹýỵỐ"                              # 0xF0-0xFF
)
# fmt: on
TCVN3_DECODE: dict[int, str] = {0xA0 + i: ch for i, ch in enumerate(_TCVN3_HIGH)}
assert len(TCVN3_DECODE) == 96

#: Windows punctuation that a page read as latin-1 shows as C1 control codes
_C1_TO_CP1252 = {
    chr(b): bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_TCVN3_TABLE = str.maketrans(
    {**_C1_TO_CP1252, **{ch: TCVN3_DECODE[b] for ch, b in _BYTE_OF.items() if b >= 0xA0}}
)
#: the VN3 repertoire the .VnTime font shows: lower-case letters and the capitals without a tone
_TCVN3_ENCODE: dict[str, int] = {
    ch: b for b, ch in TCVN3_DECODE.items() if ch.islower() or ch in "ĂÂÊÔƠƯĐ"
}

# ---------------------------------------------------------------------------------------------
# VNI-Windows: base letter + mark byte

# the mark bytes after a lower-case base; after a capital the mark is the byte 0x20 lower
# (the capital's mark glyph, e.g. aù / AÙ), as VnConv's table has it
_VNI_TONES = {"\u0301": 0xF9, "\u0300": 0xF8, "\u0309": 0xFB, "\u0303": 0xF5, "\u0323": 0xEF}
_VNI_CIRCUMFLEX = {"": 0xE2, "\u0301": 0xE1, "\u0300": 0xE0, "\u0309": 0xE5, "\u0303": 0xE3, "\u0323": 0xE4}
_VNI_BREVE = {"": 0xEA, "\u0301": 0xE9, "\u0300": 0xE8, "\u0309": 0xFA, "\u0303": 0xFC, "\u0323": 0xEB}
# letters VNI writes with one byte of their own (lower case; capital = byte - 0x20)
_VNI_SINGLE = {"ơ": 0xF4, "ư": 0xF6, "đ": 0xF1, "í": 0xED, "ì": 0xEC, "ỉ": 0xE6, "ĩ": 0xF3, "ị": 0xF2, "ỵ": 0xEE}
_TONE_MARKS = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")


def _vni_encode_table() -> dict[str, bytes]:
    """Unicode letter -> VNI bytes, for every Vietnamese letter (both cases)."""
    table: dict[str, bytes] = {}
    for ch, byte in _VNI_SINGLE.items():
        table[ch] = bytes([byte])
        table[ch.upper()] = bytes([byte - 0x20])
    for ch in list(_VNI_SINGLE)[:2]:  # ơ, ư take tone marks after their own byte
        for tone, mark in _VNI_TONES.items():
            toned = unicodedata.normalize("NFC", ch + tone)
            table[toned] = bytes([_VNI_SINGLE[ch], mark])
            table[toned.upper()] = bytes([_VNI_SINGLE[ch] - 0x20, mark - 0x20])
    for base in "aeouy":
        for tone, mark in _VNI_TONES.items():
            if base == "y" and tone == "\u0323":
                continue  # ỵ has its own byte
            toned = unicodedata.normalize("NFC", base + tone)
            table[toned] = bytes([ord(base), mark])
            table[toned.upper()] = bytes([ord(base.upper()), mark - 0x20])
    for base, shape, marks in (("a", "\u0302", _VNI_CIRCUMFLEX), ("e", "\u0302", _VNI_CIRCUMFLEX),
                               ("o", "\u0302", _VNI_CIRCUMFLEX), ("a", "\u0306", _VNI_BREVE)):  # fmt: skip
        for tone, mark in marks.items():
            letter = unicodedata.normalize("NFC", base + shape + tone)
            table[letter] = bytes([ord(base), mark])
            table[letter.upper()] = bytes([ord(base.upper()), mark - 0x20])
    return table


_VNI_ENCODE: dict[str, bytes] = _vni_encode_table()
#: VNI byte sequences (as latin-1 strings) -> Unicode letter; capital bases also accept the
#: lower-case mark (title-case words typed with the lower-case mark glyph)
VNI_DECODE: dict[str, str] = {seq.decode("latin-1"): ch for ch, seq in _VNI_ENCODE.items()}
for _seq, _ch in list(VNI_DECODE.items()):
    if len(_seq) == 2 and _seq[0].isupper() and ord(_seq[1]) < 0xE0:
        VNI_DECODE.setdefault(_seq[0] + chr(ord(_seq[1]) + 0x20), _ch)
_VNI_PATTERN = re.compile("|".join(re.escape(s) for s in sorted(VNI_DECODE, key=len, reverse=True)))
_TO_LATIN1 = str.maketrans({**_C1_TO_CP1252, **{ch: chr(b) for ch, b in _BYTE_OF.items() if b >= 0xA0}})

# ---------------------------------------------------------------------------------------------
# Conversion


def tcvn3_to_unicode(text: str, capitals: bool = False) -> str:
    """TCVN3 text (its bytes read by any of latin-1/cp1252/cp1258) as NFC Unicode.

    ``capitals``: the text was shown in an *H* font (.VnTimeH), which draws every letter as a capital.
    """
    out = unicodedata.normalize("NFC", text.translate(_TCVN3_TABLE))
    return out.upper() if capitals else out


def vni_to_unicode(text: str) -> str:
    """VNI-Windows text (its bytes read by any of latin-1/cp1252/cp1258) as NFC Unicode."""
    latin1 = text.translate(_TO_LATIN1)
    return unicodedata.normalize("NFC", _VNI_PATTERN.sub(lambda m: VNI_DECODE[m.group()], latin1))


def to_unicode(text: str, kind: Kind) -> str:
    if kind == "vni":
        return vni_to_unicode(text)
    return tcvn3_to_unicode(text, capitals=kind == "tcvn3-caps")


#: Windows punctuation (“ ” – … at 0x80-0x9F), which both legacy font families leave to cp1252
_PUNCTUATION: dict[str, int] = {ch: b for ch, b in _BYTE_OF.items() if b < 0xA0 and not 0x80 <= ord(ch) < 0xA0}


def unicode_to_tcvn3(text: str, capitals: bool = False) -> bytes:
    """Encode as a TCVN3 (ABC) document stores it. For tests and fixtures.

    ``capitals=False`` (the .VnTime font): a capital with a tone mark that the font cannot show
    raises ValueError. ``capitals=True`` (.VnTimeH): every letter is written by its lower-case
    code and the font draws it as a capital; the text must then be in capitals.
    """
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if capitals:
            if ch != ch.upper():
                raise ValueError(f"{ch!r}: the .VnTimeH font shows capitals only")
            ch = ch.lower()
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in _TCVN3_ENCODE:
            out.append(_TCVN3_ENCODE[ch])
        elif ch in _PUNCTUATION:
            out.append(_PUNCTUATION[ch])
        else:
            raise ValueError(f"{ch!r} has no code in the TCVN3 .VnTime font")
    return bytes(out)


def unicode_to_vni(text: str) -> bytes:
    """Encode as a VNI-Windows document stores it. For tests and fixtures."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in _VNI_ENCODE:
            out += _VNI_ENCODE[ch]
        elif ch in _PUNCTUATION:
            out.append(_PUNCTUATION[ch])
        else:
            raise ValueError(f"{ch!r} has no code in VNI-Windows")
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# Fonts


def font_kind(family: str | None) -> Kind | Literal["unicode"] | None:
    """What a font-family value says about the text: a legacy kind, "unicode" (any other font,
    which ends an enclosing legacy block) or None (no font named)."""
    if not family:
        return None
    first = family.split(",")[0].strip().strip("\"'").strip()
    if not first:
        return None
    low = first.lower()
    if re.match(r"vni[-_ ]", low):
        return "vni"
    if low.startswith(".vn"):
        return "tcvn3-caps" if first.endswith("H") else "tcvn3"
    return "unicode"


_STYLE_FAMILY = re.compile(r"font-family\s*:\s*([^;\"]+|\"[^\"]*\"[^;]*)", re.I)
_STYLE_FONT = re.compile(r"(?:^|;)\s*font\s*:[^;]*?(?:\d(?:px|pt|em|%)?)\s+([^;]+)", re.I)


def declared_font(face: str | None, style: str | None) -> Kind | Literal["unicode"] | None:
    """The font an element declares: ``<font face=…>`` or ``style="font-family: …"``."""
    if face:
        return font_kind(face)
    if style and "font" in style.lower():
        found = _STYLE_FAMILY.search(style) or _STYLE_FONT.search(style)
        if found:
            return font_kind(found.group(1))
    return None


# ---------------------------------------------------------------------------------------------
# Is it Vietnamese? Syllable well-formedness


def _tone_table() -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1EA0, 0x1F00)):
        ch = chr(cp)
        if not ch.islower():
            continue
        parts = unicodedata.normalize("NFD", ch)
        tones = [i + 1 for i, mark in enumerate(_TONE_MARKS) if mark in parts]
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
        if len(base) == 1 and base in "aăâeêioôơuưy" and len(tones) <= 1:
            table[ch] = (base, tones[0] if tones else 0)
    return table


_TONED = _tone_table()  # toned vowel -> (vowel without tone, 1..5: grave acute tilde hook dot)
_ACUTE, _DOT = 2, 5
_VOWELS = "aăâeêioôơuưy"
_SYLLABLE = re.compile(
    r"(ngh|ng|gh|gi|kh|ph|th|tr|ch|nh|qu|[bcdđghklmnprstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?"
)
_NUCLEI = frozenset(
    [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây",
        "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi", "ua", "uâ", "uê", "ui",
        "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây",
        "uôi", "uya", "uyê", "uyu", "ươi", "ươu",
    ]
)
_OPEN = frozenset(  # vowel clusters that end the syllable (no final consonant after them)
    [
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa",
        "ưi", "ưu", "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyu", "ươi", "ươu",
    ]
)
_CLOSED = frozenset(["ă", "â", "iê", "yê", "uô", "ươ", "oă", "uâ", "uyê"])  # need a final consonant
_STRIP = ".,;:!?()[]{}\"'“”‘’«»…-–—/*•%0123456789"


@functools.lru_cache(maxsize=8192)  # Vietnamese has a few thousand syllables; pages repeat them
def is_syllable(word: str) -> bool:
    """Whether ``word`` (one token, any case, NFC) is a well-formed Vietnamese syllable."""
    if not (word.islower() or word.isupper() or word.istitle()):
        return False  # "ChÝnh": case changing inside a word is mojibake
    low = word.lower()
    tone = 0
    bare = []
    for ch in low:
        if ch in _TONED:
            base, mark = _TONED[ch]
            if mark:
                if tone:
                    return False
                tone = mark
            bare.append(base)
        else:
            bare.append(ch)
    found = _SYLLABLE.fullmatch("".join(bare))
    if found is None:
        return False
    onset, nucleus, coda = found.group(1) or "", found.group(2), found.group(3) or ""
    if nucleus not in _NUCLEI or (coda and nucleus in _OPEN) or (not coda and nucleus in _CLOSED):
        return False
    if coda in ("c", "ch", "p", "t") and tone not in (0, _ACUTE, _DOT):
        return False  # stop-final syllables take only the acute or dot-below tone
    if coda in ("ch", "nh") and nucleus[-1] not in "aêiy":
        return False  # anh, ếch, inh, uynh; never ănh, ônh
    first = nucleus[0]
    if (onset in ("c", "ng") and first in "eêi") or (onset == "c" and first == "y"):
        return False  # written k, ngh
    return not (onset in ("k", "gh", "ngh") and first not in "eêiy")  # written c, g, ng


def score(text: str) -> int:
    """Well-formed minus ill-formed Vietnamese syllables among the words with a non-ASCII letter."""
    total = 0
    for token in text.split():
        word = token.strip(_STRIP)
        if not word or word.isascii():
            continue
        total += 1 if is_syllable(unicodedata.normalize("NFC", word)) else -1
    return total


Scores = dict["Kind | None", int]


def scores(text: str) -> Scores:
    """:func:`score` of each reading of ``text``: as is (None), TCVN3 and VNI."""
    return {
        None: score(unicodedata.normalize("NFC", text)),
        "tcvn3": score(tcvn3_to_unicode(text)),
        "vni": score(vni_to_unicode(text)),
    }


def choose(found: Scores, prior: Kind | None = None) -> Kind | None:
    """The best-scoring reading; ``prior`` wins a tie with the best, "as is" wins the others."""
    best = max(found.values())
    if prior is not None and found["tcvn3" if prior == "tcvn3-caps" else prior] == best:
        return prior
    if found[None] == best:
        return None
    return "tcvn3" if found["tcvn3"] == best else "vni"


def reading(text: str, prior: Kind | None = None) -> Kind | None:
    """The reading of ``text`` that spells the most Vietnamese: a legacy kind, or None (as is).

    ``prior`` (the declared font, or the page's reading) wins ties with the best; "as is" wins
    the others. Text with nothing to score keeps its prior.
    """
    return choose(scores(text), prior)


# ---------------------------------------------------------------------------------------------
# Pages

# characters TCVN3/VNI bytes read as cp1252/latin-1 that Vietnamese Unicode text never needs
_MARKERS = re.compile(
    "[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df"
    "\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f0\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]"
)
_IN_WORD = re.compile(f"{_MARKERS.pattern}(?=[A-Za-z])|(?<=[A-Za-z]){_MARKERS.pattern}")
_LEGACY_FONT = re.compile(r"(?:face|family)\s*[=:]\s*[\"']?\s*(?:\.[Vv][Nn]|[Vv][Nn][Ii][-_ ])")
#: marker characters inside words that make a page without legacy font names worth reading
#: closely: a paragraph of legacy text has dozens ("t¸c", "Tröôøng"); ordinary pages have
#: © « » · ° between words, not inside them
SUSPECT_MARKERS = 20


#: every byte but the markers' (all markers are Latin-1 characters)
_NOT_MARKER_BYTES = bytes(b for b in range(256) if not _MARKERS.match(chr(b)))


def _marker_count(html: str) -> int:
    """``len(_MARKERS.findall(html))``, in two C passes: Latin-1 keeps exactly the characters up to
    U+00FF (one byte each, the rest dropped), and ``bytes.translate`` deletes all but the markers.
    Twice as fast as the regex on a 20 kB page (it runs on every page)."""
    return len(html.encode("latin-1", "ignore").translate(None, _NOT_MARKER_BYTES))


def suspect(html: str) -> bool:
    """Cheap test (regex scans, no parse) of a decoded page: may it hold legacy-font text?

    True when a legacy font is named (``face=".VnTime"``, ``font-family: VNI-Times``) or the
    page's words are studded with the characters legacy bytes turn into. On ordinary pages the
    first two scans decide (about 0.1 ms for 12 kB); everything else skips conversion.
    """
    if _LEGACY_FONT.search(html):
        return True
    if _marker_count(html) < SUSPECT_MARKERS:
        return False
    return len(_IN_WORD.findall(html)) >= SUSPECT_MARKERS


_BLOCKS = frozenset(
    [
        "html", "head", "body", "title", "div", "p", "td", "th", "tr", "table", "tbody", "thead",
        "tfoot", "caption", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "section", "article", "header", "footer", "nav", "aside", "main", "center",
        "form", "figure", "figcaption", "address", "option", "select", "textarea", "fieldset", "legend",
    ]
)
_SKIP_TEXT = frozenset(("script", "style", "noscript", "textarea"))
_TEXT_ATTRIBUTES = ("alt", "title")


def convert_tree(root: object) -> set[str]:
    """Convert the legacy-font text of a parsed page in place; return the kinds converted.

    The page must have been parsed from raw decoded text (before NFC); every text node and
    attribute value is NFC afterwards. Segments: each block element (p, td, li …) and each element
    that names a font; a segment's text is read the way :func:`reading` scores best, ties going
    to the reading of all the page's text under the same font (inherited from the nearest element
    that names one; that pooled reading's own ties go to the font), or under no font.
    """
    context: dict[object, Kind | Literal["unicode"] | None] = {}
    group_of: dict[object, object] = {}
    slots: dict[object, list[tuple[object, str]]] = {}
    for el in root.iter():  # type: ignore[attr-defined]
        parent = el.getparent()
        if not isinstance(el.tag, str):  # comments, processing instructions: only the tail counts
            if el.tail and parent is not None:
                slots.setdefault(group_of[parent], []).append((el, "tail"))
            continue
        own = declared_font(el.get("face") if el.tag == "font" else None, el.get("style"))
        context[el] = own if own is not None else context.get(parent)
        group_of[el] = el if (own is not None or el.tag in _BLOCKS or parent is None) else group_of[parent]
        if el.text and el.tag not in _SKIP_TEXT:
            slots.setdefault(group_of[el], []).append((el, "text"))
        if el.tail and parent is not None:
            slots.setdefault(group_of[parent], []).append((el, "tail"))
    found = {group: scores(" ".join(_get(el, where) for el, where in items)) for group, items in slots.items()}
    # the reading of all text under each font (None: no font named), for segments too short to
    # tell: a Word export styles its Unicode text ".VnTime" all over, and "Tôi" reads "Tụi" too
    pooled: dict[Kind | Literal["unicode"] | None, Scores] = {}
    for group, own in found.items():
        total = pooled.setdefault(context[group], dict.fromkeys(own, 0))
        for key, value in own.items():
            total[key] += value  # scores add up over words
    priors = {ctx: None if ctx == "unicode" else choose(total, ctx) for ctx, total in pooled.items()}
    page_kind = priors.get(None)
    done: set[str] = set()
    decided: dict[object, Kind | None] = {}
    for group, items in slots.items():
        kind = choose(found[group], priors[context[group]])
        decided[group] = kind
        if kind is None:
            continue
        for el, where in items:
            before = _get(el, where)
            after = to_unicode(before, kind)
            if after != unicodedata.normalize("NFC", before):
                done.add("vni" if kind == "vni" else "tcvn3")
            _set(el, where, after)
    for el in root.iter():  # type: ignore[attr-defined]
        if not isinstance(el.tag, str):
            continue
        kind = decided.get(group_of.get(el)) if el.tag != "meta" else page_kind
        for name, value in el.attrib.items():
            if value.isascii():
                continue
            if kind is not None and (name in _TEXT_ATTRIBUTES or (el.tag == "meta" and name == "content")):
                el.set(name, to_unicode(value, kind))
            elif not unicodedata.is_normalized("NFC", value):
                el.set(name, unicodedata.normalize("NFC", value))
        for where in ("text", "tail"):
            value = _get(el, where)
            if value and not value.isascii() and not unicodedata.is_normalized("NFC", value):
                _set(el, where, unicodedata.normalize("NFC", value))
    return done


def _get(el: object, where: str) -> str:
    return getattr(el, where) or ""


def _set(el: object, where: str, value: str) -> None:
    setattr(el, where, value)


def kinds_label(kinds: Iterable[str]) -> str | None:
    """"tcvn3", "vni", "tcvn3+vni" … in a fixed order, or None."""
    order = ("mixed-bytes", "tcvn3", "vni")
    found = [k for k in order if k in set(kinds)]
    return "+".join(found) or None
