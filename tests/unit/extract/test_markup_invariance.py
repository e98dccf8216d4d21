"""Every gold page of every fixture portal reads the same when its markup is written another way
that no reader sees: template indentation between the boxes, no white space between them at all,
class names in another order. Portals differ in exactly these ways (a hand-indented PHP template,
a minifying cache plugin, a builder that writes its classes in any order); a rule that keys on them
is a rule that only fits the fixture it was written for.

Found this way (stop 23): a text length that counted indentation changed which container won on a
page builder's page; a caption cell's indentation hid the headline after PHP-Fusion's anchor."""

from __future__ import annotations

import os
import re

import pytest

from bench import gold
from crawler.extract import extract_article
from crawler.extract.document import parse
from tests.e2e.test_fixture_portals import KNOWN_UNTUNED
from tests.markup_variants import VARIANTS, fields_of, rewritten

PORTALS = [name.rsplit(".", 1)[-1] for name in gold.portal_module_names(include_demo=False, include_synth=False)]
#: each page is read in one variant, the variants taking the pages in turn (every variant reads a
#: third of each portal's pages): the suite's time, which every fixture portal adds to. The whole
#: cross (every page in every variant, twice the time) with MARKUP_VARIANTS=all.
EVERY_VARIANT = os.environ.get("MARKUP_VARIANTS") == "all"


@pytest.mark.parametrize("portal", PORTALS)
def test_gold_pages_read_the_same_however_their_markup_is_laid_out(portal: str) -> None:
    pages = gold.collect([portal], include_demo=False, include_synth=False, warn=lambda *a: None)
    problems = []
    variants = list(VARIANTS.items())
    for n, page in enumerate(pages):
        want = fields_of(extract_article(page.html, page.url))
        for name, variant in variants if EVERY_VARIANT else [variants[n % len(variants)]]:
            got = fields_of(extract_article(rewritten(page.html, page.url, variant), page.url))
            problems += [f"{name}: {page.url} {f}: {want[f]!r:.120} became {got[f]!r:.120}" for f in want if want[f] != got[f]]
    if problems and portal in KNOWN_UNTUNED:
        pytest.xfail(f"{portal} is not tuned yet, its reading is not settled: {len(problems)} difference(s)")
    assert problems == []


def test_the_variants_change_the_markup_and_not_the_text() -> None:
    html = b"<html><body><div class='a b'><p>Mot <b>hai</b> ba.</p><ul><li>x</li><li>y</li></ul></div></body></html>"
    url = "http://127.0.0.1:8000/a"
    texts = set()
    for variant in VARIANTS.values():
        out = rewritten(html, url, variant)
        assert out != html.decode()
        texts.add(re.sub(r"\s+", " ", parse(out.encode(), url, None).tree.text_content()).strip())
    assert texts == {"Mot hai ba.xy"} or len({t.replace(" ", "") for t in texts}) == 1
