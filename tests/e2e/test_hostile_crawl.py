"""Issue 8: the hostile portal (faults, traps, odd encodings) crawled for real.

Every real article comes out once and clean; pages that never succeed are listed with a reason in
the manifest; the crawl stays within a small multiple of the portal's real size; nothing outside
the portal is fetched (a second server on 127.0.0.2 plays "another host" and must see no request).
"""

from __future__ import annotations

import pytest

from crawler.core.urls import canonicalize_url
from crawler.demo.server import PageSite, PortalServer
from tests.e2e.harness import compare, read_jsonl, run_crawl
from tests.portals import hostile

pytestmark = pytest.mark.e2e

SETTINGS = hostile.CRAWL_SETTINGS


class Crawl:
    pass


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    tmp = tmp_path_factory.mktemp("hostile")
    out = tmp / "hostile.jsonl"
    with PortalServer(hostile.build_site()) as server:
        other = PortalServer(PageSite({"/": "<html><body>another host</body></html>"}), host="127.0.0.2", port=server.port)
        with other:
            proc = run_crawl(server.base_url, out, {"portal": "hostile"}, SETTINGS)
        result = Crawl()
        result.proc, result.requests, result.other_requests = proc, server.requests, other.requests
        result.base_url = server.base_url
    import json

    result.records = read_jsonl(out)
    result.manifest = json.loads(out.with_name(out.stem + ".manifest.json").read_text(encoding="utf-8"))
    result.out = out
    return result


def test_finishes_and_every_real_article_comes_out_clean(crawl: Crawl) -> None:
    assert crawl.proc.returncode == 0, crawl.proc.stderr[-2000:]
    assert crawl.manifest["finish_reason"] == "finished"

    class _R:  # compare() reads records and base_url
        records = crawl.records
        base_url = crawl.base_url

    assert compare(_R, hostile) == []


def test_each_article_once(crawl: Crawl) -> None:
    keys = [canonicalize_url(r["canonical_url"]) for r in crawl.records]
    assert len(keys) == len(set(keys)) == len(hostile.GOLD)


def test_failing_pages_are_accounted_for(crawl: Crawl) -> None:
    failed = {canonicalize_url(p["url"]): p["reason"] for p in crawl.manifest["failed_pages"]}
    for page in hostile.FAILING + [{"path": p} for p in hostile.NON_HTML + hostile.EMPTY + hostile.LYING_GZIP + hostile.BOMBS]:
        key = canonicalize_url(crawl.base_url + page["path"])
        assert key in failed, f"{page['path']} not reported; reported: {sorted(failed)}"
        assert failed[key], "a reason is given"
    assert crawl.manifest["counts"]["errors"] == len(crawl.manifest["failed_pages"])


def test_legacy_tcvn3_page_is_converted_not_failed(crawl: Crawl) -> None:
    legacy = canonicalize_url(crawl.base_url + hostile.LEGACY[0])
    assert legacy not in {canonicalize_url(p["url"]) for p in crawl.manifest["failed_pages"]}
    record = next(r for r in crawl.records if canonicalize_url(r["canonical_url"]) == legacy)
    assert record["title"] == hostile.BY_ID[hostile.LEGACY_ID].title  # all fields: compare() above
    assert crawl.manifest["encoding_repairs"] == {"tcvn3": 1}


def test_no_mojibake_no_binary_no_trap_page_emitted(crawl: Crawl) -> None:
    for record in crawl.records:
        assert "ChÝnh" not in record["body"] and "%PDF" not in record["body"]
    emitted = {r["url"] for r in crawl.records}
    gold = {canonicalize_url(crawl.base_url + g["path"]) for g in hostile.GOLD}
    for target in hostile.NON_ARTICLES:
        url = crawl.base_url + target
        assert url not in emitted
        if canonicalize_url(url) not in gold:  # print/share variants collapse onto their article
            assert canonicalize_url(url) not in {canonicalize_url(u) for u in emitted}


def test_request_count_is_bounded_by_the_portal_size(crawl: Crawl) -> None:
    gets = [t for m, t in crawl.requests if m == "GET"]
    assert len(gets) <= 3 * hostile.REAL_PAGE_COUNT, len(gets)
    calendar = [t for t in gets if "module=calendar" in t]
    search = [t for t in gets if "module=search" in t]
    assert len(calendar) <= 3 and len(search) <= 3


def test_nothing_outside_the_portal_is_fetched(crawl: Crawl) -> None:
    assert crawl.other_requests == []  # 127.0.0.2: the off-site redirect target
    assert not any(t.startswith(hostile.ROBOTS_DISALLOWED[0]) for _, t in crawl.requests)
    log = crawl.proc.stderr
    assert "169.254.169.254" in log and "metadata address" in log  # refused, with a warning


def test_session_ids_and_variants_collapse(crawl: Crawl) -> None:
    assert not any(";jsessionid=" in t for _, t in crawl.requests)
    assert not any("print=1" in t or "share=" in t for _, t in crawl.requests)
