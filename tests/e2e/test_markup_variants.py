"""Fixture portals crawled with every HTML page re-laid-out (indented between its boxes, or
minified), as another install of the same platform would print them: the same articles come out,
nothing else, every field at gold. Discovery and page classification must not key on template
white space any more than extraction does (tests/unit/extract/test_markup_invariance.py checks
extraction on every gold page; crawling every portal twice more would double the suite, so a
sample of unlike platforms is crawled here: table layouts, page builders, WebForms postbacks,
site builders, a legacy font portal)."""

from __future__ import annotations

import types
from pathlib import Path

import pytest
import pytest_twisted

from crawler.demo.server import Request, Response
from tests.e2e.harness import compare, crawl_portal_in_process, portal_modules
from tests.markup_variants import VARIANTS, rewritten

SAMPLE = ["phpfusion_thcs", "nukeviet3_thcs", "googlesites_school", "wp_avada_tct", "aspnet_telerik_tct", "joomla25_list_pgd"]


class _Relaid:
    """A portal's site whose HTML answers are re-laid-out by one of the variants."""

    def __init__(self, site: object, variant: str) -> None:
        self.site, self.variant = site, VARIANTS[variant]

    def respond(self, request: Request) -> Response | None:
        answer = self.site.respond(request)  # type: ignore[attr-defined]
        if not isinstance(answer, Response) or answer.status != 200:
            return answer
        ctype = next((v for k, v in answer.headers.items() if k.lower() == "content-type"), "")
        if "html" not in ctype:
            return answer
        body = answer.body if isinstance(answer.body, bytes) else answer.body.encode("utf-8")
        headers = {k: v for k, v in answer.headers.items() if k.lower() != "content-type"}
        headers["Content-Type"] = "text/html; charset=utf-8"
        html = rewritten(body, "http://127.0.0.1" + request.path, self.variant)
        return Response(status=200, body=html.encode("utf-8"), headers=headers, delay=answer.delay, gzip=answer.gzip)

    def __getattr__(self, name: str) -> object:
        return getattr(self.site, name)


@pytest.mark.parametrize("variant", ["indented", "minified"])
@pytest.mark.parametrize("module", portal_modules(SAMPLE), ids=lambda m: m.NAME)
@pytest_twisted.ensureDeferred
async def test_a_relaid_portal_crawls_to_gold(module: types.ModuleType, variant: str, tmp_path: Path) -> None:
    relaid = types.SimpleNamespace(**{k: getattr(module, k) for k in dir(module) if not k.startswith("__")})
    relaid.build_site = lambda: _Relaid(module.build_site(), variant)
    result = await crawl_portal_in_process(relaid, tmp_path, settings=getattr(module, "CRAWL_SETTINGS", None))
    assert result.returncode == 0, result.log[-2000:]
    assert compare(result, relaid) == []
