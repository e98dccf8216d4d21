"""The portal list of a batch, as a stream, and the stable hash that cuts it into shards.

Sources (all lazy: a list of 10,000 lines is read one line at a time, never held whole):

* a list file (``crawl --urls FILE``, ``scrapy crawl batch -a urls_file=FILE``): one start URL a
  line; ``#`` starts a comment (a whole line, or after a space); a line ``portal=NAME`` names a
  configured portal instead;
* the configs directory (``--all``): one portal per ``*.toml``;
* names and URLs given on the command line.

Each entry becomes a :class:`PortalSpec`: the portal id the spider will use (the config's name,
or the start URL's host: what the state rows, the lock and the output directory are keyed by) and
the spider arguments that crawl it. An entry that cannot be crawled (not an http(s) URL, an
unknown or broken config) is a spec with an ``error``: that portal alone is a usage error in the
summary, the others are crawled.

Shards: :func:`stable_hash` of the portal id, the same on every machine and every run (Python's
``hash()`` is salted per process). :class:`Shard` ``i/n`` keeps the ids whose hash is ``i`` modulo
``n`` (worker processes of one machine); :func:`node_for` picks a Scrapyd node by rendezvous
hashing, so a portal always lands on the same node, and adding a node moves only the portals
that the new node wins (about 1/N of them), never a portal between two old nodes.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from crawler.navigation.urls import StartUrlError, check_start_url, portal_id_for
from crawler.portals import ConfigError, config_dir, load

#: ``portal=NAME`` in a list file: a configured portal instead of a start URL
_PORTAL_LINE = re.compile(r"^portal\s*=\s*(\S+)$")
#: a comment: a whole line, or after whitespace (a URL's own ``#fragment`` has none before it)
_COMMENT = re.compile(r"(?:^|\s)#.*$")


@dataclass(frozen=True, slots=True)
class PortalSpec:
    """One portal of a batch: who it is and how the spider is told to crawl it."""

    #: the spider's portal id: the config's name, or the start URL's host (for an entry that
    #: cannot be crawled, the entry as written)
    id: str
    #: an unconfigured portal's start URL
    start_url: str = ""
    #: a configured portal: its name, or the path of its TOML file when it does not come from
    #: the default configs directory
    portal: str = ""
    #: where the entry came from, for messages ("urls.txt:17"); empty for the command line
    origin: str = ""
    #: why this entry cannot be crawled; empty when it can
    error: str = ""

    def spider_args(self) -> dict[str, str]:
        """``-a`` arguments of ``scrapy crawl portal`` for this portal."""
        return {"portal": self.portal} if self.portal else {"start_url": self.start_url}

    def to_line(self) -> str:
        """The list-file line that stands for this portal (what a batch job is sent)."""
        return f"portal={self.portal}" if self.portal else self.start_url


def spec_for_url(url: str, origin: str = "") -> PortalSpec:
    """An unconfigured portal, named by its start URL's host and path prefix (as the spider names it)."""
    try:
        start = check_start_url(url)
    except StartUrlError as exc:
        return PortalSpec(id=url.strip() or "?", origin=origin, error=str(exc))
    return PortalSpec(id=portal_id_for(start), start_url=start, origin=origin)


def spec_for_config(name: str, directory: str | Path | None = None, origin: str = "") -> PortalSpec:
    """A configured portal (a name in *directory*, or a TOML path), named by its config."""
    try:
        config = load(name, directory)
    except ConfigError as exc:
        return PortalSpec(id=name, origin=origin, error=str(exc))
    by_path = name.endswith(".toml") or directory is not None
    return PortalSpec(id=config.name, portal=(config.source or name) if by_path else name, origin=origin)


def parse_line(text: str, origin: str = "", directory: str | Path | None = None) -> PortalSpec | None:
    """A list-file line as a spec; None for a blank or comment line."""
    entry = _COMMENT.sub("", text).strip()
    if not entry:
        return None
    named = _PORTAL_LINE.match(entry)
    if named:
        return spec_for_config(named.group(1), directory, origin)
    return spec_for_url(entry, origin)


def read_list(source: str | Path | TextIO, directory: str | Path | None = None) -> Iterator[PortalSpec]:
    """The portals of a list file (or an open text stream), one line at a time."""
    if not isinstance(source, str | Path):
        name = getattr(source, "name", "-")
        for number, text in enumerate(source, 1):
            spec = parse_line(text, f"{name}:{number}", directory)
            if spec is not None:
                yield spec
        return
    with open(source, encoding="utf-8-sig", errors="replace") as handle:
        yield from read_list(handle, directory)


def configured(directory: str | Path | None = None) -> Iterator[PortalSpec]:
    """Every configured portal of *directory* (default: $PORTAL_CONFIG_DIR or the package's)."""
    for entry in config_dir(directory).iterdir():
        if entry.name.endswith(".toml"):
            source = str(entry) if directory is not None else entry.name[: -len(".toml")]
            yield spec_for_config(source, directory, origin=entry.name)


def from_arguments(names: Iterable[str] = (), urls: Iterable[str] = (), directory: str | Path | None = None) -> Iterator[PortalSpec]:
    """Portals named on the command line (config names or TOML paths) and start URLs."""
    for name in names:
        yield spec_for_config(name, directory)
    for url in urls:
        yield spec_for_url(url)


def split_words(value: str | None) -> list[str]:
    """A spider argument holding several names or URLs: separated by spaces, commas or newlines."""
    return [word for word in re.split(r"[\s,]+", value or "") if word]


# --- shards -----------------------------------------------------------------------------------


def stable_hash(portal_id: str) -> int:
    """64 bits of SHA-256 of the portal id: the same in every process, on every machine."""
    return int.from_bytes(hashlib.sha256(portal_id.encode("utf-8")).digest()[:8], "big")


@dataclass(frozen=True, slots=True)
class Shard:
    """Shard ``index`` of ``count``: the portals whose stable hash is ``index`` modulo ``count``."""

    index: int = 0
    count: int = 1

    @classmethod
    def parse(cls, text: str | None) -> Shard:
        """``"1/4"`` -> Shard(1, 4); empty -> the whole list. ValueError when malformed."""
        if not text:
            return cls()
        match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
        if not match or int(match.group(2)) < 1 or int(match.group(1)) >= int(match.group(2)):
            raise ValueError(f"shard {text!r}: write it as INDEX/COUNT with 0 <= INDEX < COUNT, e.g. 0/2")
        return cls(int(match.group(1)), int(match.group(2)))

    def holds(self, spec: PortalSpec) -> bool:
        return self.count == 1 or stable_hash(spec.id) % self.count == self.index

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def node_key(url: str) -> str:
    """A node URL as the hash sees it: scheme and host lower-cased, no trailing slash."""
    text = url.strip().rstrip("/")
    scheme, sep, rest = text.partition("://")
    if not sep:
        return text.lower()
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}://{host.lower()}{slash}{path}"


def node_for(portal_id: str, nodes: Sequence[str]) -> str:
    """The node that crawls *portal_id*: the highest SHA-256 of (node, portal) wins (rendezvous
    hashing). Depends only on the set of nodes, not on their order."""
    if not nodes:
        raise ValueError("no nodes")
    return max(nodes, key=lambda node: (hashlib.sha256(f"{node_key(node)}\n{portal_id}".encode()).digest(), node_key(node)))
