"""Measure the generic crawl on the held-out portal, field by field (not a test: see README).

    .venv/bin/python -m tests.heldout.measure

Crawls tests/heldout/nukeviet_school.py from its start URL alone (no config) over a real local
server and prints, per field, how many found articles equal the hand-written gold.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from crawler.core.urls import canonicalize_url
from tests.e2e.harness import COMPARED, _alternatives, crawl_portal, gold_by_canonical
from tests.heldout import nukeviet_school as portal


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        res = crawl_portal(portal, Path(tmp))
    print(f"exit {res.returncode}, records {len(res.records)}, gold {len(portal.GOLD)}, requests {len(res.requests)}")
    gold = gold_by_canonical(portal, res.base_url)
    alternatives = _alternatives(portal, res.base_url)
    got, extra = {}, []
    for record in res.records:
        key = canonicalize_url(record["canonical_url"])
        key = alternatives.get(key, key)
        (got.__setitem__(key, record) if key in gold else extra.append(record["url"]))
    print(f"articles found {len(got)}/{len(gold)}; non-articles emitted {len(extra)}")
    for key in gold.keys() - got.keys():
        print("  missing:", key)
    for url in extra:
        print("  not an article:", url)
    ok: Counter = Counter()
    for key, record in got.items():
        want = gold[key]
        for name in COMPARED:
            if want.get(name) == record.get(name):
                ok[name] += 1
            else:
                print(f"  {name} differs on {key.rsplit('/', 1)[-1]}: want {want.get(name)!r:.150} got {record.get(name)!r:.150}")
        want_images = [(im.get("url") or res.base_url + im["path"], im.get("caption")) for im in want.get("images", [])]
        if want_images == [(im["url"], im["caption"]) for im in record["images"]]:
            ok["images"] += 1
        else:
            print(f"  images differ on {key.rsplit('/', 1)[-1]}")
    print("  ".join(f"{name} {ok[name]}/{len(got)}" for name in (*COMPARED, "images")))


if __name__ == "__main__":
    main()
