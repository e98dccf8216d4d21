"""Bylines: "Tin: X", "Ảnh: Y", "Tin, ảnh: Z", "Bài: X - Ảnh: Y", "Nguồn: …", "(Theo …)", a bare name.

Labels are data (crawler/phrases/bylines.toml). A byline line is a sequence of ``label: names``
pairs and nothing else; anything longer is prose that merely mentions a photo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from crawler.core.text import clean_line, fold
from crawler.phrases import byline_labels


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    source: str | None = None

    def merge(self, other: Byline) -> None:
        for name in other.authors:
            if name not in self.authors:
                self.authors.append(name)
        for name in other.photographers:
            if name not in self.photographers:
                self.photographers.append(name)
        self.source = self.source or other.source


def _label_alt(labels: tuple[str, ...]) -> str:
    # labels are case-folded; match them case-insensitively with flexible spaces
    return "|".join(re.escape(lb).replace(r"\ ", r"\s*") for lb in labels)


@cache
def _pair_re() -> re.Pattern[str]:
    labels = byline_labels()
    alt = _label_alt(tuple(sorted({*labels["both"], *labels["authors"], *labels["photographers"], *labels["source"]}, key=len, reverse=True)))
    return re.compile(rf"(?:^|(?<=[\s,;.(\-–|/]))(?P<label>{alt})\s*[:：]\s*", re.I)


_NAME_SPLIT = re.compile(r"\s*(?:,|;|\s[-–—]\s|\s&\s|\svà\s|\s/\s)\s*", re.I)
_NAME = re.compile(r"^[\w.\-' ]{2,60}$")
_FILE_NAME = re.compile(r"^(?:[\w-]+\.(?:jpe?g|png|gif|webp|bmp|tiff?)|(?:DSC|DSCN|IMG|P|PIC|z)[_-]?\d{3,}[\w-]*)$", re.I)


def _kind(label: str) -> str:
    key = re.sub(r"\s+", " ", label.casefold()).strip()
    labels = byline_labels()
    for kind in ("both", "photographers", "authors", "source"):
        if key in labels[kind]:
            return kind
    return "authors"


def split_names(text: str) -> list[str]:
    text = clean_line(text).strip(" .;:,/()[]\"'“”")
    text = re.sub(r"\s*\.?/\.?$", "", text)
    names = [n.strip(" .;:,()[]\"'“”") for n in _NAME_SPLIT.split(text)]
    return [n for n in names if n and _NAME.match(n) and not n.isdigit()]


def parse_byline(text: str) -> Byline | None:
    """The byline a line states, or None when the line is not (only) a byline."""
    line = clean_line(text).strip()
    inner = line[1:-1].strip() if line.startswith("(") and line.endswith(")") else line
    if not inner or len(inner) > 160:
        return None
    matches = list(_pair_re().finditer(inner))
    if not matches or matches[0].start() != 0:
        theo = re.match(r"^(?:theo|nguồn)\s+(?!:)(.{2,120})$", inner, re.I)
        if theo and not re.search(r"[.!?]\s", theo.group(1)):
            return Byline(source=theo.group(1).strip(" .;"))
        return None
    out = Byline()
    for i, m in enumerate(matches):
        value = inner[m.end() : matches[i + 1].start() if i + 1 < len(matches) else len(inner)]
        value = re.sub(r"[\s,;\-–|/(]+$", "", value).strip()
        kind = _kind(m.group("label"))
        if kind == "source":
            out.source = value.strip(" .;()") or None
            continue
        names = split_names(value)
        if not names or any(len(n.split()) > 6 for n in names):
            return None
        if kind in ("authors", "both"):
            out.authors.extend(n for n in names if n not in out.authors)
        if kind in ("photographers", "both"):
            out.photographers.extend(n for n in names if n not in out.photographers)
    return out


def looks_like_bare_name(text: str) -> bool:
    """A signature: 1-5 capitalised words, no digits, no sentence punctuation ("Phương Thảo", "Nhóm PV")."""
    line = clean_line(text).strip(" .")
    if not (2 <= len(line) <= 50) or re.search(r"\d|[:;!?\"“”]", line):
        return False
    if fold(line) in {fold(x) for x in byline_labels()["not_names"]}:
        return False
    if fold(line) in {fold(x) for x in byline_labels()["collective"]}:
        return True
    words = [w for w in re.split(r"[\s,\-–]+", line) if w]
    if not (1 <= len(words) <= 6):
        return False
    return all(w[0].isupper() or w in ("và",) for w in words if w[0].isalpha())


_CREDIT = re.compile(r"(?:\(\s*|\s[-–—]\s*|\.\s+)(?P<label>ảnh|nguồn ảnh|hình|ảnh minh họa)\s*[:：]\s*(?P<names>[^()]{2,60}?)\s*\)?\s*$", re.I)


def caption_credit(caption: str) -> list[str]:
    """Photographers credited at the end of a caption ("… - Ảnh: Quang Huy", "… (Ảnh: Thanh Tâm)")."""
    m = _CREDIT.search(caption)
    if not m:
        return []
    names = split_names(m.group("names"))
    return [n for n in names if len(n.split()) <= 6 and not n.lower().startswith(("internet", "minh họa", "tư liệu"))]


def is_file_name(text: str) -> bool:
    return bool(_FILE_NAME.match(clean_line(text).strip()))
