"""Phrase lists (data): counter labels, notices, related-list headings, tools, chrome, byline labels.

Extend a list by adding a line to its .txt file (``#`` starts a comment); no code changes needed.
Everything is NFC and compared case-insensitively.
"""

from __future__ import annotations

import tomllib
import unicodedata
from functools import cache
from importlib.resources import files


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().casefold()


@cache
def phrase_list(name: str) -> tuple[str, ...]:
    """The phrases of ``<name>.txt``, NFC, case-folded, longest first (so longer labels win)."""
    text = files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    items = {_norm(line) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")}
    return tuple(sorted(items, key=len, reverse=True))


@cache
def byline_labels() -> dict[str, tuple[str, ...]]:
    data = tomllib.loads(files(__package__).joinpath("bylines.toml").read_text(encoding="utf-8"))
    return {k: tuple(sorted({_norm(x) for x in v}, key=len, reverse=True)) for k, v in data.items()}


@cache
def phrase_sets(name: str) -> dict[str, frozenset[str]]:
    """The lists of ``<name>.toml`` (a key per list), each as a set of NFC, case-folded phrases."""
    data = tomllib.loads(files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8"))
    return {key: frozenset(_norm(x) for x in values) for key, values in data.items()}


@cache
def phrase_set(name: str) -> frozenset[str]:
    """The phrases of ``<name>.txt`` as a set, for exact (folded) matches."""
    return frozenset(phrase_list(name))
