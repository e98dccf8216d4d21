"""Discovery before and after a change, side by side: what each fixture page is and where it leads.

    python -m bench.compare_plan --base HEAD            # this tree's crawler against HEAD's
    python -m bench.compare_plan --base main --portals wp_oxygen_thcs,drupal7_pgd

Why: ``bench.compare_extract`` reads the gold articles' records only, so a change to the page's
classification (crawler.plan) or to the headline's ranking can lose a portal's page 2, or emit a
list as an article, while every extracted record stays the same; until now only the full e2e suite
(a fresh clone, a quarter of an hour) saw that. Here every fixture portal's pages are planned by
both crawlers (``plan_page``) and compared: the page's kind and reason, its main list's entries,
its pager links.

Which pages: the same for both sides, found without either crawler (lxml's own links): each
portal's start page, a breadth-first walk of its same-host links up to ``--max-pages``, its GOLD
articles and its NON_ARTICLES. The hints are the ones the crawl would give the page at its most
common arrival (a gold article as a listing's entry, the start page as the start, any other page
as a plain link), so a page the crawl reaches otherwise may plan differently in a real crawl: this
is a tripwire between commits, not a crawl (``tests/e2e`` is).

How: the base's ``crawler`` package (``git archive``) and this tree's run in two processes at
the same time, each importing its own ``crawler`` and this tree's portal modules, so both plan the
same pages. The figures: gold articles planned as articles, NON_ARTICLES planned as articles, and
the pages whose plan differs, grouped by portal (``--show`` of them printed in full).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.compare_extract import _export

ROOT = Path(__file__).resolve().parent.parent

#: run with the side's crawler first on sys.path and this tree (bench, tests.portals) after it
_WORKER = r"""
import json, sys, time
crawler_root, root, out, max_pages, only = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
sys.path[:0] = [crawler_root, root]
from bench.compare_plan import walk_portals
from crawler.extract.document import parse
from crawler.plan import PageHints, plan_page
from crawler.core.urls import canonicalize_url

HINTS = {"start": PageHints(channel="start"), "gold": PageHints(as_article=True, channel="listing"), "link": PageHints()}
result = {}
start = time.perf_counter()
planned = 0
for portal, url, body, role in walk_portals(max_pages, set(filter(None, only.split(",")))):
    try:
        plan = plan_page(parse(body, url), HINTS.get(role, HINTS["link"]))
    except Exception as exc:  # a crawler that raises on a page: that is the page's plan
        result[f"{portal} {url}"] = {"role": role, "kind": "error", "reason": f"{type(exc).__name__}: {exc}"[:200]}
        continue
    planned += 1
    result[f"{portal} {url}"] = {
        "role": role,
        "kind": plan.kind,
        "reason": plan.reason,
        "entries": [canonicalize_url(lk.url) for lk in plan.entries],
        "pagers": sorted({canonicalize_url(lk.url) for lk in plan.pager_links}),
        "articles": len(plan.article_links),
    }
with open(out, "w", encoding="utf-8") as fh:
    json.dump(result, fh, ensure_ascii=False, sort_keys=True)
print(f"{planned} {time.perf_counter() - start:.1f}", flush=True)
"""

#: addresses no crawl plans as a page (files, scripts, mail)
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "#")
_FILE_SUFFIXES = (
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".rar", ".7z", ".jpg", ".jpeg",
    ".png", ".gif", ".webp", ".svg", ".mp3", ".mp4", ".css", ".js", ".ico", ".xml", ".rss", ".json",
)


def walk_portals(max_pages: int, only: set[str] | None = None):
    """(portal, url, body, role) of each page to plan, in a stable order, found by lxml alone.

    Roles: ``start`` (START_PATH), ``gold`` (a GOLD article), ``non_article`` (NON_ARTICLES),
    ``link`` (a page the breadth-first walk of same-host links reached)."""
    from urllib.parse import urldefrag, urljoin, urlsplit

    import lxml.html

    from bench import gold

    host = urlsplit(gold.BASE_URL).netloc
    for module in gold.load_portals(gold.portal_module_names(include_demo=True, include_synth=False), warn=lambda *a: None):
        name = str(getattr(module, "NAME", module.__name__.rsplit(".", 1)[-1]))
        if only and name not in only:
            continue
        try:
            site = module.build_site()
        except Exception:
            continue
        start = str(getattr(module, "START_PATH", "/") or "/")
        roles: dict[str, str] = {}
        for entry in module.GOLD:
            if entry.get("path"):
                roles.setdefault(entry["path"], "gold")
        for path in getattr(module, "NON_ARTICLES", ()) or ():
            roles.setdefault(path, "non_article")
        queue = [start]
        seen = {start}
        walked = 0
        done: set[str] = set()
        while queue or roles:
            if queue and walked < max_pages:
                target = queue.pop(0)
                walked += 1
            elif roles:
                target = next(iter(roles))
            else:
                break
            role = "start" if target == start else roles.get(target, "link")
            roles.pop(target, None)
            if target in done:
                continue
            done.add(target)
            try:
                status, body, final = gold.fetch(site, target)
            except Exception:
                continue
            if status != 200 or not body:
                continue
            url = gold.BASE_URL + final
            yield name, url, body, role
            if walked >= max_pages:
                continue
            try:
                tree = lxml.html.fromstring(body)
            except Exception:
                continue
            for href in tree.xpath("//a/@href"):
                href = href.strip()
                if not href or href.lower().startswith(_SKIP_SCHEMES):
                    continue
                absolute = urldefrag(urljoin(url, href))[0]
                parts = urlsplit(absolute)
                if parts.netloc != host or parts.path.lower().endswith(_FILE_SUFFIXES):
                    continue
                path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
                if path not in seen:
                    seen.add(path)
                    queue.append(path)


def _is_article(plan: dict | None) -> bool:
    return bool(plan) and plan.get("kind") == "article"


def _describe(before: dict | None, after: dict | None) -> list[str]:
    before, after = before or {}, after or {}
    lines = []
    if (before.get("kind"), before.get("reason")) != (after.get("kind"), after.get("reason")):
        lines.append(f"kind {before.get('kind')}/{before.get('reason')} → {after.get('kind')}/{after.get('reason')}")
    for key in ("entries", "pagers"):
        old, new = before.get(key) or [], after.get(key) or []
        if old != new:
            lost, gained = [u for u in old if u not in new], [u for u in new if u not in old]
            lines.append(f"{key} {len(old)} → {len(new)}" + (f"; lost {lost[:3]}" if lost else "") + (f"; gained {gained[:3]}" if gained else ""))
    if before.get("articles") != after.get("articles"):
        lines.append(f"other article links {before.get('articles')} → {after.get('articles')}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.compare_plan", description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="git ref whose crawler to compare this tree's against (e.g. HEAD)")
    parser.add_argument("--tree", default="", help="git ref to stand for this tree (default: the working tree as it is)")
    parser.add_argument("--max-pages", type=int, default=30, help="pages of each portal's walk from its start page (default 30), besides its GOLD and NON_ARTICLES")
    parser.add_argument("--portals", default="", help="comma-separated portal NAMEs (default: every fixture portal and the demo)")
    parser.add_argument("--show", type=int, default=60, help="differing pages printed in full (default 60)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="compare-plan-") as tmp:
        base = Path(tmp) / "base"
        base.mkdir()
        _export(args.base, base, "crawler")
        sides = {"base": base, "this tree": ROOT}
        if args.tree:
            sides["this tree"] = Path(tmp) / "tree"
            sides["this tree"].mkdir()
            _export(args.tree, sides["this tree"], "crawler")
        procs = {}
        started = time.perf_counter()
        for name, crawler_root in sides.items():
            out = Path(tmp) / f"{name.replace(' ', '_')}.json"
            cmd = [sys.executable, "-c", _WORKER, str(crawler_root), str(ROOT), str(out), str(args.max_pages), args.portals]
            procs[name] = (subprocess.Popen(cmd, cwd=tmp, stdout=subprocess.PIPE, text=True), out)
        figures = {}
        for name, (proc, _out) in procs.items():
            output = proc.communicate()[0].split()
            if proc.returncode != 0 or len(output) < 2:
                print(f"the {name} side failed (exit {proc.returncode})")
                return 1
            figures[name] = output[-2:]
        plans = {name: json.loads(out.read_text(encoding="utf-8")) for name, (_proc, out) in procs.items()}
    before, after = plans["base"], plans["this tree"]
    keys = sorted(set(before) | set(after))
    roles = Counter(p["role"] for p in before.values())
    print(f"plan_page over {len(keys)} pages of {len({k.split(' ', 1)[0] for k in keys})} portals ({', '.join(f'{n} {r}' for r, n in sorted(roles.items()))}), the sides running at the same time, {time.perf_counter() - started:.0f} s")
    for name in sides:
        plan = plans[name]
        gold_pages = [p for p in plan.values() if p["role"] == "gold"]
        others = [p for p in plan.values() if p["role"] == "non_article"]
        errors = sum(p["kind"] == "error" for p in plan.values())
        print(
            f"  {name:10s} gold articles planned as articles {sum(map(_is_article, gold_pages))} of {len(gold_pages)}; "
            f"NON_ARTICLES planned as articles {sum(map(_is_article, others))} of {len(others)}; errors {errors}; "
            f"{figures[name][1]} s for {figures[name][0]} pages"
        )
    differ = [k for k in keys if _describe(before.get(k), after.get(k))]
    worse = [k for k in differ if (before.get(k, {}).get("role") == "gold") and _is_article(before.get(k)) and not _is_article(after.get(k))]
    worse += [k for k in differ if (before.get(k, {}).get("role") == "non_article") and not _is_article(before.get(k)) and _is_article(after.get(k))]
    print(f"  pages whose plan differs: {len(differ)} of {len(keys)}, in {len({k.split(' ', 1)[0] for k in differ})} portals; gold lost or non-article gained: {len(worse)}")
    for key in (worse + [k for k in differ if k not in worse])[: args.show]:
        print(f"    {key} [{(before.get(key) or after.get(key) or {}).get('role')}]")
        for line in _describe(before.get(key), after.get(key)):
            print(f"      {line}")
    if len(differ) > args.show:
        print(f"    … {len(differ) - args.show} more (--show)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
