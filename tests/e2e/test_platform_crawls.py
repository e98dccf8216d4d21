"""Four platform styles crawled for real with their portal config: every field of every record
equals the hand-written gold, and nothing else comes out. (From the start URL alone, every
fixture portal is crawled by test_fixture_portals.)"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import pytest_twisted

from crawler.schema import errors_of
from tests.e2e.harness import compare, crawl_portal_in_process

pytestmark = pytest.mark.e2e

PLATFORMS = ["portlet", "aspnet", "wordpress", "joomla"]


@pytest.mark.parametrize("name", PLATFORMS)
@pytest_twisted.ensureDeferred
async def test_platform_portal_with_its_config(name: str, tmp_path: Path) -> None:
    module = importlib.import_module(f"tests.portals.{name}")
    result = await crawl_portal_in_process(module, tmp_path, args={"portal": name})
    assert result.returncode == 0, result.log[-3000:]
    assert compare(result, module) == []
    assert all(not errors_of(r) for r in result.records)
    assert result.manifest is not None and result.manifest["finish_reason"] == "finished"
    assert {r["portal"] for r in result.records} == {name}


@pytest_twisted.ensureDeferred
async def test_aspnet_pages_two_and_three_need_a_postback(tmp_path: Path) -> None:
    from tests.portals import aspnet

    result = await crawl_portal_in_process(aspnet, tmp_path)
    posts = [t for m, t in result.requests if m == "POST"]
    assert len(posts) >= 2, "pages 2 and 3 of the listing are reached only by form POSTs"
    assert compare(result, aspnet) == []


@pytest_twisted.ensureDeferred
async def test_joomla_calendar_is_not_walked_forever(tmp_path: Path) -> None:
    from tests.portals import joomla

    result = await crawl_portal_in_process(joomla, tmp_path)
    calendar = [t for _, t in result.requests if "jevents" in t or "calendar" in t]
    assert len(calendar) <= 2, calendar
    assert len(result.requests) < 60
