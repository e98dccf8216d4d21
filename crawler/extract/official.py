"""An administrative document printed as a page: its letterhead, heading and closing.

Schools and offices publish their notices, plans and decisions as the document itself, pasted
into the CMS or exported from Word, in the format every Vietnamese office uses (Nghị định
30/2020/NĐ-CP): the issuer and the national title with its motto side by side at the top ("SỞ
GD&ĐT … / TRƯỜNG THPT …" beside "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh
phúc"), the number ("Số: 125/TB-THPT") and the place and date ("Tam Đường, ngày 12 tháng 11 năm
2026"), the document's kind in capitals over its subject ("THÔNG BÁO / Về việc …"), the text, and
the closing: the distribution list ("Nơi nhận: - Như trên; - Lưu: VT.") beside the signer's post
and name ("HIỆU TRƯỞNG / (đã ký) / Nguyễn Văn Kiên").

A reader takes the letterhead's date as the document's, its kind and subject as its title, and
its signer as its author; none of the letterhead or the closing is text. Read on the page's
blocks (crawler.extract.blocks), pure; the phrases are data (phrases/official_documents.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from crawler.core.bylines import SIGNATURE_MARK, SIGNED_FOR, is_signer_post, looks_like_bare_name
from crawler.core.dates import find_dates
from crawler.core.text import fold
from crawler.phrases import phrase_sets

#: the first text lines a letterhead may take (issuer, national title and motto in two columns
#: read cell by cell, the number, the place and date)
HEAD_LINES = 12
#: the subject under the document's kind runs over at most this many centred lines
SUBJECT_LINES = 2
#: a closing's line is short (a recipient, a post, a name): a paragraph ends the closing
CLOSING_LINE_CHARS = 300

_NUMBER_LINE = re.compile(r"^số\s*:?\s*\S*\d\S*/", re.I)
#: "Tam Đường, ngày 12 tháng 11 năm 2026": a place, then the day in words
_PLACE_DATE = re.compile(r"[^,\d]{2,50},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.I)
_DASHES = re.compile(r"\s*[-–—]\s*")


@dataclass
class OfficialDocument:
    """Which blocks are the document's letterhead, heading and closing, and what they say."""

    #: blocks of the letterhead and of the heading (kind and subject), then of the closing
    letterhead: list[int] = field(default_factory=list)
    heading: list[int] = field(default_factory=list)
    closing: list[int] = field(default_factory=list)
    #: "THÔNG BÁO Về việc tổ chức họp cha mẹ học sinh …", or None when no kind is printed
    title: str | None = None
    #: the letterhead's date (ISO), or None
    date: str | None = None
    #: the signer's name, or None
    signer: str | None = None
    #: the letterhead's lines (a page's <title> or headline may be one of them: the issuer's)
    head_lines: list[str] = field(default_factory=list)


@cache
def _phrases() -> dict[str, frozenset[str]]:
    return {key: frozenset(_key(p) for p in values) for key, values in phrase_sets("official_documents").items()}


def _key(text: str) -> str:
    return _DASHES.sub(" - ", fold(text))


#: a letterhead's line holds its phrase and little else (the national title and its motto in
#: one cell at most): a sentence that names the country is text
LETTERHEAD_LINE_CHARS = 80


def _holds(text: str, phrases: frozenset[str]) -> bool:
    key = _key(text)
    return len(key) <= LETTERHEAD_LINE_CHARS and any(p in key for p in phrases)


def _opens_letterhead(text: str, phrases: frozenset[str]) -> bool:
    """A cell that opens with the national title in capitals, whatever follows in it (a layout
    table's cell holds the title, the motto and the place and date as lines of one cell: "CỘNG
    HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - … Krông Pắc, ngày 30 tháng 09 năm 2026")."""
    key = _key(text)
    return any(key.startswith(p) and text.lstrip()[: len(p)].isupper() for p in phrases)


def _in_capitals(text: str, phrases: frozenset[str]) -> bool:
    """The phrase is printed in capitals in the text ("ĐẢNG CỘNG SẢN VIỆT NAM")."""
    return any(p.upper() in _DASHES.sub(" - ", text) for p in phrases)


def names_the_state(text: str) -> bool:
    """A short box (a letterhead's table, 400 characters at most) prints the national title
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") in capitals, or the Party's, the Youth Union's or the
    Pioneers' in its place."""
    phrases = _phrases()
    return len(text) <= 400 and (_in_capitals(text, phrases["national_title"]) or _in_capitals(text, phrases["party_title"]))


def closes_a_document(text: str) -> bool:
    """A short box (a signature table, 600 characters at most) holds the closing's distribution
    list label ("Nơi nhận:")."""
    return len(text) <= 600 and any(p in _key(text) for p in _phrases()["recipients"])


def _cells(block: dict) -> list[str]:
    text = block.get("text") or ""
    return [c.strip() for c in text.split(" | ")] if block.get("table_row") else [text]


def read_official(blocks: list[dict]) -> OfficialDocument | None:
    """The document's parts, when the page's text opens with a letterhead (the national title
    among its first lines), or its closing alone when it has none; else None."""
    # (a lead the page prints above the document, in a field of its own, is none of its lines)
    texts = [i for i, b in enumerate(blocks) if b["kind"] == "text" and not b.get("sapo")]
    head = texts[:HEAD_LINES]
    opening = " ".join(blocks[i]["text"] for i in head).casefold()
    if "chủ nghĩa" not in opening and "đảng cộng sản" not in opening and "hồ chí minh" not in opening:
        # (the Youth Union's and the Pioneers' titles end in "HỒ CHÍ MINH")
        return _closing_only(blocks, texts)  # (every national title says one: the cheap test first)
    phrases = _phrases()
    # (a cell may hold the national title and its motto as two lines: "… VIỆT NAM Độc lập - …")
    national = next(
        (
            n
            for n, i in enumerate(head)
            if any(
                _holds(c, phrases["national_title"]) or _opens_letterhead(c, phrases["national_title"]) or (_in_capitals(c, phrases["party_title"]) and (_holds(c, phrases["party_title"]) or _opens_letterhead(c, phrases["party_title"])))
                for c in _cells(blocks[i])
            )
        ),
        None,
    )
    if national is None:
        return _closing_only(blocks, texts)
    doc = OfficialDocument()
    # the issuer's lines over the national title, when the two are read one under the other; a
    # paragraph over them is the page's own text introducing the document ("Phòng GD&ĐT ban hành
    # Công văn số 538/PGDĐT-VP về việc …")
    first = national
    while first > 0 and all(len(c) <= LETTERHEAD_LINE_CHARS for c in _cells(blocks[head[first - 1]])):
        first -= 1
    last = national
    for n, i in enumerate(head):
        if n < first:
            continue
        for cell in _cells(blocks[i]):
            if _holds(cell, phrases["motto"]) or _NUMBER_LINE.match(cell) or (n < national):
                last = max(last, n)
            place_date = _PLACE_DATE.search(cell)
            if place_date:
                last = max(last, n)
                found = find_dates(place_date.group(0))
                if found and doc.date is None:
                    doc.date = found[0].iso()
    end = texts[last]
    doc.letterhead = [i for i in range(texts[first] if first else 0, end + 1) if not blocks[i].get("sapo")]
    doc.head_lines = [c for i in texts[first : last + 1] for c in _cells(blocks[i])]
    _read_heading(blocks, texts[last + 1 :], doc)
    _read_closing(blocks, texts, doc)
    return doc


def _closing_only(blocks: list[dict], texts: list[int]) -> OfficialDocument | None:
    """A plan or notice typed into the CMS without its letterhead still ends the way the document
    does ("Nơi nhận: …" beside "HIỆU TRƯỞNG / (đã ký) / Phạm Văn Tâm"): the closing, when a
    signer's post and name are in it; else None (a text that only mentions recipients)."""
    doc = OfficialDocument()
    _read_closing(blocks, texts, doc)
    return doc if doc.closing and doc.signer else None


#: the addressee line that opens a letter's or a notice's text ("Kính gửi: Quý phụ huynh …")
_ADDRESSEE = re.compile(r"^\s*kính gửi\b", re.I)

#: a document's subject line as the format prescribes it opens ("Về việc …", "V/v …")
_SUBJECT_OPENING = re.compile(r"^\s*(?:về việc|v/v)\b", re.I)


def _read_heading(blocks: list[dict], rest: list[int], doc: OfficialDocument) -> None:
    """The kind in capitals ("THÔNG BÁO", "KẾ HOẠCH"), alone or with its subject on its line,
    and the centred subject lines under it ("Về việc …")."""
    if not rest:
        return
    first = blocks[rest[0]]
    text = first["text"]
    kind = next((k for k in _phrases()["kinds"] if _key(text) == k or _key(text).startswith(k + " ")), None)
    if kind is None or not text[: len(kind)].isupper():
        return
    lines = [text]
    doc.heading = [rest[0]]
    if _key(text) == kind:
        for n, i in enumerate(rest[1 : 1 + SUBJECT_LINES]):
            block = blocks[i]
            # (centred; or the subject's fixed opening right under the kind, "Về việc …", "V/v …",
            # where a style sheet's class centres it)
            subject = n == 0 and _SUBJECT_OPENING.match(block["text"]) is not None
            if (block.get("align") != "center" and not subject) or len(block["text"]) > 250 or _ADDRESSEE.match(block["text"]):
                break  # (the addressee line, "Kính gửi: …", centred under the subject, opens the text)
            lines.append(block["text"])
            doc.heading.append(i)
    doc.title = " ".join(lines)


def _read_closing(blocks: list[dict], texts: list[int], doc: OfficialDocument) -> None:
    """From the distribution list ("Nơi nhận:") to the end: the list, the post, the signature
    marks and the name; the signer is the name under (or beside) the post."""
    start = next((i for i in texts if any(_key(c).startswith(tuple(_phrases()["recipients"])) for c in _cells(blocks[i]))), None)
    if start is None or start in doc.letterhead:
        return
    closing = [i for i in range(start, len(blocks)) if blocks[i]["kind"] != "text" or len(blocks[i]["text"]) <= CLOSING_LINE_CHARS]
    # (a paragraph after the list is text again: the closing ends before it)
    closing = [i for n, i in enumerate(closing) if i == start + n]
    doc.closing = closing
    doc.signer = _signer([c for i in closing if blocks[i]["kind"] == "text" for c in _cells(blocks[i])])


def _signer(cells: list[str]) -> str | None:
    posted = False
    name = None
    for cell in cells:
        for piece in SIGNATURE_MARK.split(cell):
            tokens = piece.split()
            k = 0
            while k < len(tokens) and (tokens[k].isupper() or tokens[k].lower() in SIGNED_FOR):
                k += 1
            post, rest = " ".join(tokens[:k]), " ".join(tokens[k:]).strip(" .")
            if post and is_signer_post(post):
                posted = True
            if posted and rest and looks_like_bare_name(rest):
                # the name under the post: the first (a contact card the site prints under every
                # post, its name in capitals, "📌 TRƯỜNG THCS …", may follow the closing)
                return rest
    return name

