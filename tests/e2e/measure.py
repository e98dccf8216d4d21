"""Measure the generic crawl on fixture portals, field by field (a dev tool, not a test).

    .venv/bin/python -m tests.e2e.measure                       # every fixture portal
    .venv/bin/python -m tests.e2e.measure dnn_thpt laravel_school

Each portal is served on loopback and crawled from its START_PATH alone (no config), as a new
user would; the table says how many gold articles were found, what came out that is not in the
gold (extra) or came out twice, how many requests the crawl made against the portal's real page
count (gold articles + listed non-article pages), and per field how many found records equal gold.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType

from crawler.core.urls import canonicalize_url
from tests.e2e.harness import (
    COMPARED,
    _alternatives,
    crawl_portal,
    gold_by_canonical,
    page_requests,
    portal_modules,
    real_page_count,
)

FIELDS = (*COMPARED, "images")


def measure(module: ModuleType, verbose: bool = True) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        res = crawl_portal(module, Path(tmp), settings=getattr(module, "CRAWL_SETTINGS", None))
    gold = gold_by_canonical(module, res.base_url)
    alternatives = _alternatives(module, res.base_url)
    got: dict[str, dict] = {}
    extra: list[str] = []
    twice = 0
    for record in res.records:
        key = canonicalize_url(record["canonical_url"])
        key = alternatives.get(key, key)
        if key in got:
            twice += 1
        elif key in gold:
            got[key] = record
        else:
            extra.append(record["url"].replace(res.base_url, ""))
    ok: Counter = Counter()
    diffs: list[str] = []
    for key, record in got.items():
        want = gold[key]
        for name in COMPARED:
            if want.get(name) == record.get(name):
                ok[name] += 1
            else:
                diffs.append(f"{name} on {key.replace(res.base_url, '')}: want {want.get(name)!r:.200} got {record.get(name)!r:.200}")
        want_images = [(im.get("url") or res.base_url + im["path"], im.get("caption")) for im in want.get("images", [])]
        if want_images == [(im["url"], im["caption"]) for im in record["images"]]:
            ok["images"] += 1
        else:
            diffs.append(f"images on {key.replace(res.base_url, '')}: want {want_images!r:.300} got {[(im['url'], im['caption']) for im in record['images']]!r:.300}")
    real_pages = real_page_count(module)
    pages = page_requests(res)
    row = {
        "portal": module.NAME, "found": len(got), "gold": len(gold), "extra": len(extra), "twice": twice,
        "requests": len(pages), "real_pages": real_pages, "exit": res.returncode,
        "fields_ok": sum(ok.values()), "fields": len(got) * len(FIELDS), "per_field": dict(ok),
        "missing": sorted(k.replace(res.base_url, "") for k in gold.keys() - got.keys()), "extra_urls": extra, "diffs": diffs,
    }  # fmt: skip
    if verbose:
        print(f"== {module.NAME}: found {len(got)}/{len(gold)}, extra {len(extra)}, twice {twice}, "
              f"requests {len(pages)} for {real_pages} real pages, fields {row['fields_ok']}/{row['fields']}, exit {res.returncode}")  # fmt: skip
        for key in row["missing"]:
            print("   missing:", key)
        for url in extra:
            print("   extra:", url)
        for line in diffs:
            print("   ", line)
    return row


def main(argv: list[str]) -> int:
    rows = []
    for module in portal_modules(argv or None):
        try:
            rows.append(measure(module))
        except subprocess.TimeoutExpired:
            print(f"== {module.NAME}: the crawl did not end within the harness's time limit")
            rows.append({"portal": module.NAME, "found": 0, "gold": len(module.GOLD), "extra": 0, "twice": 0, "requests": "timeout",
                         "real_pages": len(module.GOLD) + len(getattr(module, "NON_ARTICLES", [])), "fields_ok": 0, "fields": 0})
    print()
    print("| portal | found | extra | twice | requests / real pages | fields equal to gold |")
    print("|---|--:|--:|--:|--:|--:|")
    for r in rows:
        print(f"| {r['portal']} | {r['found']}/{r['gold']} | {r['extra']} | {r['twice']} | {r['requests']} / {r['real_pages']} | {r['fields_ok']}/{r['fields']} |")
    found = sum(r["found"] for r in rows)
    gold = sum(r["gold"] for r in rows)
    print(f"\ntotal: {found}/{gold} articles found, {sum(r['extra'] for r in rows)} extra, {sum(r['twice'] for r in rows)} twice")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
