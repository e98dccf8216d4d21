"""Shared pieces of the fixture portals: the article data model, text encodings, gold records.

Why shared: four platforms print the same kind of story (paragraphs, images with a line under
them, bylines) in very different markup. The data model and the way a gold record is read from
it must not drift between portals; the markup around it is each portal's own business.

Each data record says what is *printed* (caption line, byline lines, date line) next to what a
careful reader *takes* from it (``caption``, ``authors``, ``published_at`` …): the second is
written by hand in the portal modules, never computed from the first.
"""

from __future__ import annotations

import base64
import hashlib
import html as _html
import re
import unicodedata
from dataclasses import dataclass, field
from html.entities import codepoint2name
from urllib.parse import urljoin, urlsplit

from crawler.demo.server import Request, Response

#: the header clock the older portals print: "today", never a publication date (the portals
#: written since the README set today at 2026-12-05 print their own "Thứ Bảy, 05/12/2026"; both
#: are kept, as a header's clock may show any day)
TODAY = "Thứ Tư, ngày 25/11/2026"


@dataclass(frozen=True)
class P:
    """A paragraph of article text (it is in the gold body). ``style`` is a portal's markup hint."""

    text: str
    style: str = ""


@dataclass(frozen=True)
class Img:
    """An image in the article.

    ``printed`` is the line the page prints with it (None: no line); ``caption`` is what a
    reader calls its caption (None when there is none, or the line is only a file name).
    ``style`` says where and how the line is printed; each portal knows its own styles.
    """

    src: str
    printed: str | None = None
    caption: str | None = None
    style: str = "next"


@dataclass(frozen=True)
class Raw:
    """Markup inside the article that is not article text: bylines, source lines, spacers."""

    html: str


Block = P | Img | Raw


@dataclass
class Story:
    """One article: its text blocks in page order plus what a reader takes from its page.

    ``summary`` is the sapo. With ``sapo_outside`` it is printed in its own element outside the
    body (and is the body's first paragraph in the gold); otherwise it must equal the first ``P``.
    ``opts`` holds the portal's own knobs (date line, URL form, canonical, text form …).
    """

    id: int
    slug: str
    title: str
    cat: str
    published_at: str | None
    blocks: list[Block]
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    source: str | None = None
    summary: str | None = None
    sapo_outside: bool = False
    opts: dict = field(default_factory=dict)

    @property
    def paragraphs(self) -> list[str]:
        texts = [b.text for b in self.blocks if isinstance(b, P)]
        if self.summary and self.sapo_outside:
            return [self.summary, *texts]
        return texts

    @property
    def images(self) -> list[Img]:
        return [b for b in self.blocks if isinstance(b, Img)]

    def views(self) -> int:
        """A deterministic "Lượt xem" count."""
        return 97 + (self.id * 37) % 1900


_WS = re.compile(r"\s+")


def collapse(text: str) -> str:
    """Whitespace runs (non-breaking spaces included) to one space, NFC: how gold text reads."""
    return unicodedata.normalize("NFC", _WS.sub(" ", text.replace("\xa0", " ")).strip())


def image_gold(src: str, page_path: str) -> dict[str, str]:
    """The gold location of an image printed as ``src`` on the page at ``page_path``."""
    absolute = urljoin("http://fixture.invalid" + page_path, _html.unescape(src))
    parts = urlsplit(absolute)
    if parts.netloc == "fixture.invalid":
        return {"path": parts.path + (f"?{parts.query}" if parts.query else "")}
    return {"url": absolute}


def gold_record(
    story: Story,
    path: str,
    category: str,
    canonical_path: str | None = None,
    alt_paths: tuple[str, ...] | list[str] = (),
    image_page: str | None = None,
) -> dict:
    """The gold dict of the contract, read from the story's hand-written fields.

    ``alt_paths`` lists other targets that serve the very same article (print-free duplicates
    the platform links to: maximized portlet state, reply-to-comment links, URL variants);
    an extra key, harmless to readers of the contract's keys.
    """
    if story.summary and not story.sapo_outside:
        first = next(b for b in story.blocks if isinstance(b, P))
        assert first.text == story.summary, f"{story.slug}: sapo must be the first paragraph"
    record = {
        "path": path,
        "canonical_path": canonical_path or path,
        "title": collapse(story.title),
        "published_at": story.published_at,
        "authors": list(story.authors),
        "photographers": list(story.photographers),
        "source": story.source,
        "summary": collapse(story.summary) if story.summary else None,
        "body": "\n\n".join(collapse(p) for p in story.paragraphs),
        "images": [
            {**image_gold(img.src, image_page or path), "caption": img.caption}
            for img in story.images
        ],
        "category": category,
    }
    if alt_paths:
        record["alt_paths"] = list(alt_paths)
    return record


# --- text as old editors write it -----------------------------------------------------------


def esc(text: str) -> str:
    """HTML-escape for text and attribute values."""
    return _html.escape(text, quote=True)


def entity_mix(markup: str, every: int = 1) -> str:
    """Write non-ASCII characters as references, the way FCKeditor's entity option did.

    Latin-1 letters (and a few punctuation marks) get their named entity (``&agrave;``), the
    rest a decimal reference (``&#7897;``). ``every=2`` converts only every second non-ASCII
    character, leaving raw UTF-8 in between: one paragraph then mixes all three forms.
    """
    out: list[str] = []
    count = 0
    for ch in markup:
        if ord(ch) < 128:
            out.append(ch)
            continue
        count += 1
        if count % every:
            out.append(ch)
            continue
        name = codepoint2name.get(ord(ch))
        out.append(f"&{name};" if name else f"&#{ord(ch)};")
    return "".join(out)


def text(value: str, *, nfd: bool = False, entities: int = 0) -> str:
    """Render article text: optionally decomposed (NFD), escaped, optionally entity-encoded."""
    s = unicodedata.normalize("NFD", value) if nfd else value
    s = _html.escape(s, quote=False)
    return entity_mix(s, entities) if entities else s


_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_bytes(page: str) -> bytes:
    """Encode a page the way a windows-1258 site stores it: tone marks as combining characters.

    Every character is decomposed (NFD) first; the shape marks (circumflex, breve, horn) are put
    back on their letter because the code page has â, ê, ô, ă, ơ, ư but no combining circumflex,
    and the five tone marks stay separate. Decoding such bytes gives partly decomposed text.
    """
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", page):
        parts = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in parts if c not in _TONE_MARKS)
        tones = "".join(c for c in parts if c in _TONE_MARKS)
        out.append(unicodedata.normalize("NFC", base) + tones)
    return "".join(out).encode("cp1258")


# --- legacy font encodings (tables written by hand, independent of crawler.core.vnlegacy) ------

# TCVN3 (ABC, TCVN 5712:1993 VN3): single-byte codes of the lower-case letters, in the order
# no tone, grave, hook, tilde, acute, dot below. The capitals with a tone mark have no code in the
# .VnTime font: typists switched to the .VnTimeH capitals font, which draws the lower-case codes
# as capitals (see ``tcvn3_text``).
_TCVN3_ROWS = {
    "aàảãáạ": "61 b5 b6 b7 b8 b9",
    "ăằẳẵắặ": "a8 bb bc bd be c6",
    "âầẩẫấậ": "a9 c7 c8 c9 ca cb",
    "eèẻẽéẹ": "65 cc ce cf d0 d1",
    "êềểễếệ": "aa d2 d3 d4 d5 d6",
    "iìỉĩíị": "69 d7 d8 dc dd de",
    "oòỏõóọ": "6f df e1 e2 e3 e4",
    "ôồổỗốộ": "ab e5 e6 e7 e8 e9",
    "ơờởỡớợ": "ac ea eb ec ed ee",
    "uùủũúụ": "75 ef f1 f2 f3 f4",
    "ưừửữứự": "ad f5 f6 f7 f8 f9",
    "yỳỷỹýỵ": "79 fa fb fc fd fe",
}
TCVN3: dict[str, int] = {
    ch: int(code, 16)
    for row, codes in _TCVN3_ROWS.items()
    for ch, code in zip(row, codes.split(), strict=True)
}
TCVN3.update(
    {"đ": 0xAE, "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}
)
# VNI-Windows: each letter as the VNI keyboard typed it (base letter, then the mark's glyph), in
# the same order; a capital is its row in capitals ("aù" -> "AÙ").
_VNI_ROWS = {
    "aàảãáạ": "a aø aû aõ aù aï",
    "ăằẳẵắặ": "aê aè aú aü aé aë",
    "âầẩẫấậ": "aâ aà aå aã aá aä",
    "eèẻẽéẹ": "e eø eû eõ eù eï",
    "êềểễếệ": "eâ eà eå eã eá eä",
    "iìỉĩíị": "i ì æ ó í ò",
    "oòỏõóọ": "o oø oû oõ où oï",
    "ôồổỗốộ": "oâ oà oå oã oá oä",
    "ơờởỡớợ": "ô ôø ôû ôõ ôù ôï",
    "uùủũúụ": "u uø uû uõ uù uï",
    "ưừửữứự": "ö öø öû öõ öù öï",
    "yỳỷỹýỵ": "y yø yû yõ yù î",
    "đ": "ñ",
}
VNI: dict[str, str] = {}
for _row, _codes in _VNI_ROWS.items():
    for _ch, _code in zip(_row, _codes.split(), strict=True):
        VNI[_ch], VNI[_ch.upper()] = _code, _code.upper()


def _windows_punctuation(ch: str) -> bytes | None:
    """“ ” – … as Windows typed them (0x80-0x9F), which both legacy fonts leave alone."""
    try:
        data = ch.encode("cp1252")
    except UnicodeEncodeError:
        return None
    return data if 0x80 <= data[0] < 0xA0 else None


def to_tcvn3(text: str) -> bytes:
    """``text`` as bytes typed in the .VnTime font; a capital with a tone raises (see tcvn3_text)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 128:
            out.append(ord(ch))
        elif ch in TCVN3:
            out.append(TCVN3[ch])
        elif (punct := _windows_punctuation(ch)) is not None:
            out += punct
        else:
            raise ValueError(f"no TCVN3 code for {ch!r}")
    return bytes(out)


def from_tcvn3(data: bytes) -> str:
    """What the .VnTime font shows for TCVN3 bytes (for checks that must not use the crawler)."""
    shown = {code: ch for ch, code in TCVN3.items()}
    return "".join(shown.get(b) or bytes([b]).decode("cp1252", errors="replace") for b in data)


def tcvn3_text(value: str) -> str:
    """Escaped article text for a .VnTime block: each capital with a tone mark typed in the
    .VnTimeH font, as the ABC keyboard driver did (``<font face=".VnTimeH">ñ</font>y ban``)."""
    out = []
    for ch in unicodedata.normalize("NFC", _html.escape(value, quote=False)):
        if ch.isupper() and ch not in TCVN3 and ord(ch) >= 128:
            out.append(f'<font face=".VnTimeH">{ch.lower()}</font>')
        else:
            out.append(ch)
    return "".join(out)


def to_vni(text: str) -> bytes:
    """``text`` as bytes typed in a VNI font (VNI-Times)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 128:
            out.append(ord(ch))
        elif ch in VNI:
            out += VNI[ch].encode("latin-1")
        elif (punct := _windows_punctuation(ch)) is not None:
            out += punct
        else:
            raise ValueError(f"no VNI code for {ch!r}")
    return bytes(out)


def from_vni(data: bytes) -> str:
    """What a VNI font shows for VNI bytes (for checks that must not use the crawler)."""
    shown = {code: ch for ch, code in VNI.items()}
    pattern = re.compile("|".join(re.escape(c) for c in sorted(shown, key=len, reverse=True)))
    return pattern.sub(lambda m: shown[m.group()], data.decode("cp1252", errors="replace"))


# --- deterministic noise -------------------------------------------------------------------


def opaque(seed: str, nbytes: int, prefix: bytes = b"") -> str:
    """A long base64 value that differs per seed: ASP.NET view state, validation blobs."""
    data = b""
    state = seed.encode("utf-8")
    while len(data) < nbytes:
        state = hashlib.sha256(state).digest()
        data += state
    return base64.b64encode(prefix + data[:nbytes]).decode("ascii")


def base_url(request: Request) -> str:
    """Absolute base for the few places a platform prints absolute URLs (canonical, og:url)."""
    return "http://" + request.headers.get("Host", "127.0.0.1")


# --- static files ---------------------------------------------------------------------------

_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////"
    "////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA="
)
_GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
_STATIC = {
    ".jpg": ("image/jpeg", _JPEG),
    ".jpeg": ("image/jpeg", _JPEG),
    ".png": ("image/png", _GIF),
    ".gif": ("image/gif", _GIF),
    ".ico": ("image/x-icon", _GIF),
    ".css": ("text/css", b"body{font-family:Arial,sans-serif}"),
    ".js": ("application/javascript", b"/* theme script */"),
}


def static_file(path: str) -> Response | None:
    """Images, styles and scripts under any path: a tiny placeholder of the right type."""
    lower = path.lower()
    for ext, (ctype, body) in _STATIC.items():
        if lower.endswith(ext):
            return Response(200, body, {"Content-Type": ctype, "Cache-Control": "max-age=86400"})
    return None
