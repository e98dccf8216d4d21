"""Extraction quality on the gold pages with every class and id replaced by a meaningless token.

    python -m bench.neutral_names            # the table, then the 25 portals that lose most
    python -m bench.neutral_names --worst 40

Why: the crawler is judged on portals nobody here has seen, whose class names the vocabulary
(crawler/phrases/classes.toml) may not know ("tdct", "nd-tin", a CSS module's hash). The in-sample
quality bench reads pages whose names the rules were tuned on; this one reads the same pages with
their names gone, so what it measures is how much the structural rules (where a headline sits,
what a date line looks like, how text blocks score) carry alone. It is a lower bound, not a
target: some names are the only sign a box is furniture.

Each page is parsed by the crawler's own decoder (so a legacy or mixed encoding is read as the
crawl reads it), its class and id tokens are replaced by a hash of each token (the same token gets
the same replacement on a page: repeated boxes still look alike), the classes that hide an element
are kept (they change what a reader sees), and the page is written back as UTF-8.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import defaultdict
from dataclasses import replace

from lxml import etree
from lxml import html as lxml_html

from bench import gold, quality, systems
from crawler.extract.blocks import HIDDEN_CLASSES
from crawler.extract.document import parse


def neutral_page(page: gold.GoldPage) -> gold.GoldPage:
    tree = parse(page.html, page.url, None).tree
    for meta in list(tree.iter("meta")):
        if meta.get("charset") is not None or (meta.get("http-equiv") or "").lower() == "content-type":
            meta.getparent().remove(meta)  # (the page is written back as UTF-8)
    for el in tree.iter(etree.Element):
        for attr in ("class", "id"):
            value = el.get(attr)
            if value:
                el.set(attr, " ".join(t if t in HIDDEN_CLASSES else "n" + hashlib.md5(t.encode()).hexdigest()[:6] for t in value.split()))
    body = lxml_html.tostring(tree, encoding="utf-8", doctype="<!DOCTYPE html>")
    return replace(page, html=body.replace(b"<head>", b'<head><meta charset="utf-8">', 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--worst", type=int, default=25, help="how many portals to list, worst body F1 first")
    args = parser.parse_args()
    pages = [neutral_page(p) for p in gold.collect(None, include_synth=False, warn=lambda *a: None)]
    result = quality.run(pages, systems.load(["ours"]), log=lambda *a: None)
    print(quality.table(result))
    by_portal: dict[str, list[dict]] = defaultdict(list)
    for row in result["systems"]["ours"]["pages"]:
        by_portal[row["portal"]].append(row)
    print("\nportals that lose most without their names (body F1, title, date, authors, leak lines):")
    for portal, rows in sorted(by_portal.items(), key=lambda kv: sum(r["f1"] for r in kv[1]) / len(kv[1]))[: args.worst]:
        n = len(rows)
        f1 = sum(r["f1"] for r in rows) / n
        print(f"  {portal:32s} {f1:.3f}  title {sum(r.get('title', 0) for r in rows)}/{n}  date {sum(r.get('date', 0) for r in rows)}/{n}  authors {sum(r.get('authors', 0) for r in rows)}/{n}  leaks {sum(len(r['leaks']) for r in rows)}")


if __name__ == "__main__":
    main()
