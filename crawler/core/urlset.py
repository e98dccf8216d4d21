"""Compact memory of URLs seen in a run: 8-byte digests instead of the strings.

A 10,000-article portal means tens of thousands of canonical URLs of ~150 characters held for the
whole run; their 64-bit blake2b digests take a fraction of that (a collision between two of a
portal's URLs has a probability near 1e-11).
"""

from __future__ import annotations

from collections.abc import Iterator
from hashlib import blake2b
from typing import Generic, TypeVar

V = TypeVar("V")


def _key(url: str) -> int:
    return int.from_bytes(blake2b(url.encode("utf-8"), digest_size=8).digest(), "little")


class UrlSet:
    def __init__(self) -> None:
        self._keys: set[int] = set()

    def add(self, url: str) -> None:
        self._keys.add(_key(url))

    def __contains__(self, url: object) -> bool:
        return isinstance(url, str) and _key(url) in self._keys

    def __len__(self) -> int:
        return len(self._keys)


class UrlMap(Generic[V]):
    def __init__(self) -> None:
        self._items: dict[int, V] = {}

    def __setitem__(self, url: str, value: V) -> None:
        self._items[_key(url)] = value

    def __getitem__(self, url: str) -> V:
        return self._items[_key(url)]

    def __contains__(self, url: object) -> bool:
        return isinstance(url, str) and _key(url) in self._items

    def get(self, url: str, default: V | None = None) -> V | None:
        return self._items.get(_key(url), default)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[int]:
        return iter(self._items)
