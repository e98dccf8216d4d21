"""Bytes to a parsed page: charset choice, legacy-font detection, lxml tree.

Charset order: a BOM, then bytes that decode as UTF-8 (a page that declares windows-1258 but sends
UTF-8 is common after CMS upgrades), then the declared charset (HTTP header, then ``<meta>``), then
windows-1258 (the Vietnamese legacy code page). w3lib's ``html_to_unicode`` trusts the HTTP header
first, which is exactly what goes wrong on these portals, so the order is ours; w3lib still reads
the declarations.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import lxml.html
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, resolve_encoding

from crawler.core.text import nfc

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
VIETNAMESE_FALLBACK = "cp1258"

# Characters that TCVN3 (ABC) bytes turn into when read as latin-1/cp1252/cp1258: the tone-marked
# vowels live at 0xA1-0xFE, so Vietnamese words come out studded with ¸ µ ¶ · ¹ Ý Þ ­ etc.
_TCVN3_MARKS = re.compile(r"[\u00a1-\u00bf\u00d7\u00de\u00f7\u00ad]")
# VNI puts tone marks as separate latin-1 letters after the vowel ("Tröôøng", "ñ" for đ).
_VNI_PAIRS = re.compile(r"[aeiouyAEIOUYöôÖÔ][øùúûõïòóôöåäëìñ](?=\w|\s|$)|ñ[aeiou]")
_VIET_LETTERS = re.compile(
    # letters outside latin-1 only: legacy mojibake is made of latin-1 letters (â, ê, ô, ö, ø …)
    r"[ăđơưĩũạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I
)


class LegacyEncodingError(ValueError):
    """The page is in a legacy Vietnamese font encoding (TCVN3/ABC or VNI): decoding would be mojibake."""


@dataclass
class Page:
    url: str
    text: str
    encoding: str
    tree: lxml.html.HtmlElement


def choose_encoding(body: bytes, content_type: str | None = None) -> str:
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    declared = http_content_type_encoding(content_type) if content_type else None
    body_declared = html_body_declared_encoding(body[:4096])
    for candidate in (body_declared, declared):
        name = resolve_encoding(candidate) if candidate else None
        if name and name not in ("utf-8", "ascii"):
            return name
    return VIETNAMESE_FALLBACK


def legacy_encoding(text: str) -> str | None:
    """'TCVN3' or 'VNI' when the decoded text looks like a legacy font encoding, else None."""
    sample = text[:20000]
    words = len(re.findall(r"\w+", sample)) or 1
    viet = len(_VIET_LETTERS.findall(sample))
    tcvn = len(_TCVN3_MARKS.findall(sample))
    vni = len(_VNI_PAIRS.findall(sample))
    if tcvn > 20 and tcvn > 3 * viet and tcvn / words > 0.05:
        return "TCVN3"
    if vni > 20 and vni > 3 * viet and vni / words > 0.05:
        return "VNI"
    return None


def decode(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """The page's text (NFC) and the encoding used."""
    encoding = choose_encoding(body, content_type)
    try:
        text = body.decode(encoding, errors="replace")
    except LookupError:
        encoding = VIETNAMESE_FALLBACK
        text = body.decode(encoding, errors="replace")
    return nfc(text), encoding


_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)


def parse(body: bytes, url: str, content_type: str | None = None, check_legacy: bool = True) -> Page:
    text, encoding = decode(body, content_type)
    if check_legacy:
        legacy = legacy_encoding(_visible_sample(text))
        if legacy:
            raise LegacyEncodingError(f"page is in the legacy {legacy} font encoding; not decoded")
    text = _XML_DECL.sub("", text, count=1)
    tree = lxml.html.document_fromstring(text or "<html></html>", base_url=url)
    return Page(url=url, text=text, encoding=encoding, tree=tree)


_TAGS = re.compile(r"<script.*?</script>|<style.*?</style>|<[^>]+>", re.S | re.I)


def _visible_sample(text: str) -> str:
    return _TAGS.sub(" ", text[:200000])
