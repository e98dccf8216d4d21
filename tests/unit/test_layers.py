"""The package's layers, checked on the import statements: a rule lives in one place, and the
pure layers (text, dates, URLs, page planning, extraction, cleaning) run without Scrapy, so they
can be tested on a saved file and reused from the CLI.

    core, phrases          ← everything (text folding, dates, URL rules, bylines; phrase lists)
    portals                ← per-portal configs (data that sharpens a crawl, never required)
    navigation             ← where links lead (listings, families, scope, channels)
    extract, clean         ← what a page says / what a record may contain
    plan                   ← what a page is and which links to follow (navigation + extract)
    spiders, pipelines …   ← Scrapy: turn plans into requests and records into files
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "crawler"

#: which of the project's packages each pure layer may import
ALLOWED: dict[str, set[str]] = {
    "core": {"core", "phrases"},
    "phrases": {"phrases"},
    "navigation": {"core", "phrases", "navigation"},
    "clean": {"core", "phrases", "clean"},
    "extract": {"core", "phrases", "extract", "clean", "schema"},
    "portals": {"core", "phrases", "portals"},
    "plan": {"core", "phrases", "navigation", "extract", "portals", "plan"},
}
#: Scrapy's engine stays out of the pure layers (its sitemap and gzip utilities are plain functions)
SCRAPY_ALLOWED = {"scrapy.utils.sitemap", "scrapy.utils.gz"}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append(node.module)
    return out


def _files(layer: str) -> list[Path]:
    single = PACKAGE / f"{layer}.py"
    return [single] if single.exists() else sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    files = _files(layer)
    assert files, layer
    wrong = []
    for path in files:
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "crawler" and len(parts) > 1 and parts[1] not in ALLOWED[layer]:
                wrong.append(f"{path.relative_to(PACKAGE)} imports {name}")
            if parts[0] in ("scrapy", "twisted", "itemadapter") and name not in SCRAPY_ALLOWED:
                wrong.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert wrong == []
