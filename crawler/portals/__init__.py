"""Portal configs: data, one TOML file per portal in this folder (or a path given by the operator).

A config *sharpens* a crawl; none is ever required: ``-a start_url=…`` alone works.
Keys (all optional but ``start_urls``)::

    name = "demo"                      # the portal id written to records (default: file stem)
    title = "Trường Chính trị …"        # human name, for logs
    province = "Hậu Giang"             # for grouping and filtering in `python -m crawler report`
    platform = "liferay"               # the CMS the portal runs on, likewise
    start_urls = ["http://…/"]
    allowed_hosts = ["old-host.example"]  # more hosts the portal really spans
    path_prefix = "/school-a/"         # confine the crawl below this path (one host, many schools)
    listing_patterns = ["/tin-tuc"]    # regexes: URLs that are news listings
    article_patterns = ["/-/view_content/"]  # regexes: URLs that are articles
    exclude_patterns = ["/lich-cong-tac"]    # regexes: never follow
    [selectors]                        # CSS selectors that override detection
    title = "h1.title"
    body = "div.journal-content-article"
    date = "span.date"
    [dates]
    day_first = true                   # default; Vietnamese order
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from importlib.abc import Traversable
from importlib.resources import files
from pathlib import Path
from typing import Any


class ConfigError(ValueError):
    """A portal config that cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class PortalConfig:
    name: str
    start_urls: tuple[str, ...] = ()
    title: str = ""
    province: str = ""
    platform: str = ""
    allowed_hosts: tuple[str, ...] = ()
    path_prefix: str = ""
    listing_patterns: tuple[re.Pattern[str], ...] = ()
    article_patterns: tuple[re.Pattern[str], ...] = ()
    exclude_patterns: tuple[re.Pattern[str], ...] = ()
    selectors: dict[str, str] = field(default_factory=dict)
    source: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any], name: str, source: str = "") -> PortalConfig:
        def patterns(key: str) -> tuple[re.Pattern[str], ...]:
            out = []
            for raw in data.get(key, []) or []:
                try:
                    out.append(re.compile(raw))
                except re.error as exc:
                    raise ConfigError(f"{source or name}: {key}: bad regular expression {raw!r}: {exc}") from exc
            return tuple(out)

        start = data.get("start_urls") or ([data["start_url"]] if data.get("start_url") else [])
        if isinstance(start, str):
            start = [start]
        selectors = data.get("selectors", {}) or {}
        if not isinstance(selectors, dict):
            raise ConfigError(f"{source or name}: [selectors] must be a table of CSS selectors")
        return cls(
            name=str(data.get("name") or name),
            start_urls=tuple(str(u) for u in start),
            title=str(data.get("title", "")),
            province=str(data.get("province", "") or ""),
            platform=str(data.get("platform", "") or ""),
            allowed_hosts=tuple(str(h).lower() for h in data.get("allowed_hosts", []) or []),
            path_prefix=str(data.get("path_prefix", "") or ""),
            listing_patterns=patterns("listing_patterns"),
            article_patterns=patterns("article_patterns"),
            exclude_patterns=patterns("exclude_patterns"),
            selectors={str(k): str(v) for k, v in selectors.items()},
            source=source,
        )


def config_dir(directory: str | Path | None = None) -> Traversable:
    """Where configs live: ``directory``, else $PORTAL_CONFIG_DIR, else this package folder
    (a Traversable: inside a Scrapyd egg the package folder is a zip archive, not a Path)."""
    chosen = directory or os.environ.get("PORTAL_CONFIG_DIR")
    return Path(chosen) if chosen else files(__package__)


def available(directory: str | Path | None = None) -> list[str]:
    return sorted(p.name[: -len(".toml")] for p in config_dir(directory).iterdir() if p.name.endswith(".toml"))


def load(name_or_path: str, directory: str | Path | None = None) -> PortalConfig:
    """Load a portal config by name (a file in the config folder) or by path to a TOML file."""
    path: Traversable = Path(name_or_path)
    if not (name_or_path.endswith(".toml") and path.is_file()):
        path = config_dir(directory).joinpath(f"{name_or_path}.toml")
    if not path.is_file():
        known = ", ".join(available(directory)) or "none"
        raise ConfigError(
            f"unknown portal {name_or_path!r}: no file {path.name} in {config_dir(directory)} "
            f"(configured portals: {known}); give -a start_url=URL to crawl an unconfigured portal"
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read portal config {path}: {exc}") from exc
    return PortalConfig.from_dict(data, name=path.name[: -len(".toml")], source=str(path))
