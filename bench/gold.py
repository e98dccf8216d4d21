"""Collect the gold pages: (portal, platform, url, html bytes, gold dict) for every GOLD article.

Why from the portal modules rather than saved HTML files: the fixture portals (tests/portals/*.py,
crawler/demo/site.py) render their pages from the same article data their GOLD is written from,
so the benchmark always measures the pages the tests use, never a stale copy. Pages are fetched by
calling ``site.respond(Request(...))`` directly (no socket: faster, and no port in the way).
``bench.synth_portal`` (the crawl benchmark's portal) adds a dozen pages of its own.

tests/heldout/ is held out for the final evaluation and is never imported here.
"""

from __future__ import annotations

import importlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from urllib.parse import urljoin, urlsplit

from crawler.demo.server import Request
from crawler.extract.document import parse
from crawler.plan import PageHints, article_frame, plan_page

ROOT = Path(__file__).resolve().parent.parent
#: the host the pages are "served" from; absolute URLs in the gold are built on it
BASE_URL = "http://127.0.0.1:8000"
DEMO_MODULE = "crawler.demo.site"
SYNTH_MODULE = "bench.synth_portal"
HELD_OUT = "heldout"
RETRIES = 3
RETRY_STATUSES = (500, 502, 503, 504)


@dataclass(frozen=True)
class GoldPage:
    portal: str
    platform: str
    url: str
    html: bytes = field(repr=False)
    #: the module's GOLD entry with image "path"s resolved to absolute "url"s
    gold: dict = field(repr=False)


def portal_module_names(include_demo: bool = True, include_synth: bool = True) -> list[str]:
    """Modules that may follow the test-portal contract, in a stable order."""
    names = []
    folder = ROOT / "tests" / "portals"
    if folder.is_dir():
        for path in sorted(folder.glob("*.py")):
            if path.stem.startswith("_") or path.stem in ("conftest",) or path.stem.startswith("test_"):
                continue
            names.append(f"tests.portals.{path.stem}")
    if include_demo:
        names.append(DEMO_MODULE)
    if include_synth:
        names.append(SYNTH_MODULE)
    return names


def load_portals(names: list[str], warn=print) -> list[ModuleType]:
    """Import each module; skip (with a printed reason) what cannot import or has no GOLD."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    modules = []
    for name in names:
        if HELD_OUT in name.split("."):
            raise ValueError(f"{name}: tests/heldout is held out and must not be benchmarked")
        try:
            module = importlib.import_module(name)
        except Exception as exc:  # a half-written fixture must not stop the benchmark
            if not (isinstance(exc, ModuleNotFoundError) and exc.name == name):
                warn(f"skipped portal module {name}: {type(exc).__name__}: {exc}")
            continue
        if not callable(getattr(module, "build_site", None)) or not getattr(module, "GOLD", None):
            warn(f"skipped portal module {name}: no build_site() or empty GOLD")
            continue
        modules.append(module)
    return modules


def fetch(site: object, target: str, max_redirects: int = 5) -> tuple[int, bytes, str]:
    """(status, body bytes, final target) of ``target`` asked of ``site`` directly, following redirects."""
    host = urlsplit(BASE_URL).netloc
    for _ in range(max_redirects + 1):
        parts = urlsplit(target)
        for _attempt in range(1 + RETRIES):  # as a crawler retries 5xx and cut bodies (hostile portals)
            request = Request("GET", parts.path or "/", parts.query, {"Host": host, "User-Agent": "bench"})
            response = site.respond(request)  # type: ignore[attr-defined]
            if response is None or (response.status not in RETRY_STATUSES and response.cut_after is None):
                break
        if response is None:
            return 404, b"", target
        if response.cut_after is not None:  # the connection drops mid-body: no page to extract
            return 599, b"", target
        if response.status in (301, 302, 303, 307, 308) and "Location" in response.headers:
            location = urljoin(BASE_URL + target, response.headers["Location"])
            loc = urlsplit(location)
            if loc.netloc != host:
                return response.status, b"", target
            target = loc.path + (f"?{loc.query}" if loc.query else "")
            continue
        body = response.body.encode("utf-8") if isinstance(response.body, str) else bytes(response.body)
        return response.status, body, target
    return 310, b"", target


_FRAME_TAG = re.compile(rb"<i?frame[\s>]", re.I)


def _article_frame(body: bytes, url: str) -> str | None:
    """The target (path and query) of the frame this page shows its article in, as the crawl
    decides it (crawler.plan.article_frame), or None. Only pages that hold a frame are planned."""
    if _FRAME_TAG.search(body) is None:
        return None
    frame = article_frame(plan_page(parse(body, url), PageHints(as_article=True)))
    if frame is None:
        return None
    parts = urlsplit(frame)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _resolve_images(gold: dict) -> dict:
    images = []
    for image in gold.get("images") or []:
        url = image.get("url") or urljoin(BASE_URL, image.get("path", ""))
        images.append({"url": url, "caption": image.get("caption")})
    return {**gold, "images": images}


def collect(
    portals: list[str] | None = None,
    include_demo: bool = True,
    include_synth: bool = True,
    warn=print,
) -> list[GoldPage]:
    """Every gold page of every portal module (optionally only the portals named in ``portals``)."""
    pages: list[GoldPage] = []
    for module in load_portals(portal_module_names(include_demo, include_synth), warn):
        name = str(getattr(module, "NAME", module.__name__.rsplit(".", 1)[-1]))
        if portals and name not in portals:
            continue
        platform = str(getattr(module, "PLATFORM", "unknown"))
        try:
            site = module.build_site()
        except Exception as exc:
            warn(f"skipped portal {name}: build_site() failed: {type(exc).__name__}: {exc}")
            continue
        for gold in module.GOLD:
            path = gold.get("path")
            if not path:
                warn(f"{name}: a GOLD entry has no path; skipped")
                continue
            try:
                status, body, final = fetch(site, path)
            except Exception as exc:
                warn(f"{name}: {path}: site raised {type(exc).__name__}: {exc}; skipped")
                continue
            if status != 200 or not body:
                warn(f"{name}: {path}: status {status}; skipped")
                continue
            frame = _article_frame(body, BASE_URL + final)
            if frame is not None:
                # the page shows its text in a frame of its own: read what the crawl reads
                status, body, final = fetch(site, frame)
                if status != 200 or not body:
                    warn(f"{name}: {path}: its frame {frame} answered status {status}; skipped")
                    continue
            pages.append(GoldPage(name, platform, BASE_URL + final, body, _resolve_images(gold)))
    return pages


def summary(pages: list[GoldPage]) -> str:
    """One line per portal: pages and platform (what the run is measured on)."""
    counts: dict[tuple[str, str], int] = {}
    for page in pages:
        counts[(page.portal, page.platform)] = counts.get((page.portal, page.platform), 0) + 1
    platforms = {p.platform for p in pages}
    lines = [f"{n:3d} pages  {portal} ({platform})" for (portal, platform), n in sorted(counts.items())]
    lines.append(f"{len(pages):3d} pages over {len(counts)} portals, {len(platforms)} platform styles")
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary(collect()))
