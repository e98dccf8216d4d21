"""crawler.batch.runner: arguments of ``scrapy crawl batch`` and the settings its portals share."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
import pytest_twisted
from scrapy.settings import Settings
from scrapy.utils.misc import is_generator_with_return_value
from scrapy.utils.project import get_project_settings

from crawler.batch.runner import (
    GATED_HANDLER,
    LOGCOUNT,
    LagMonitor,
    batch_settings,
    check_arguments,
    portal_stream,
)
from crawler.commands import UsageError
from crawler.spiders.portal import PortalSpider
from tests.reactor import on_loop


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ({}, "nothing to crawl"),
        ({"_job": "abc"}, "nothing to crawl"),
        ({"urls_file": "/no/such/file.txt"}, "no such file"),
        ({"urls": "http://a.example/", "shard": "2/2"}, "INDEX/COUNT"),
        ({"urls": "http://a.example/", "colour": "blue"}, "unknown batch argument(s) colour"),
        ({"urls": "http://a.example/", "mode": "sometimes"}, "unknown mode 'sometimes'"),
        ({"urls": "http://a.example/", "since": "01/02/2024"}, "YYYY-MM-DD"),
        ({"all": "1", "config_dir": "/no/such/dir"}, "no such directory"),
    ],
)
def test_usage_errors(args: dict[str, str], says: str) -> None:
    with pytest.raises(UsageError, match=says.replace("(", r"\(").replace(")", r"\)")):
        check_arguments(args)


def test_scrapyd_job_arguments_are_accepted() -> None:
    check_arguments({"_job": "abc", "_version": "1", "urls": "http://a.example/", "mode": "full", "shard": "0/2"})


def test_the_stream_names_urls_list_and_configs_in_order(tmp_path: Path) -> None:
    (tmp_path / "x.toml").write_text('name = "x"\nstart_urls = ["http://x.example/"]\n', encoding="utf-8")
    listed = tmp_path / "urls.txt"
    listed.write_text("http://c.example/\n", encoding="utf-8")
    stream = portal_stream({"portals": "x", "urls": "http://a.example/ http://b.example/", "urls_file": str(listed),
                            "all": "1", "config_dir": str(tmp_path)})  # fmt: skip
    assert [s.id for s in stream] == ["x", "a.example", "b.example", "c.example", "x"]


def test_portals_of_a_batch_share_its_settings_but_keep_their_own_feeds() -> None:
    base = get_project_settings()
    base.set("FEEDS", {"file:///items/job.jl": {"format": "jsonlines"}}, priority="cmdline")  # Scrapyd's items_dir
    base.set("CONCURRENT_REQUESTS_PER_DOMAIN", 1, priority="cmdline")
    settings = batch_settings(base)
    assert settings.getdict("FEEDS") == {}, "each portal writes its own feed and manifest"
    assert settings.getdict("DOWNLOAD_HANDLERS") == {"http": GATED_HANDLER, "https": GATED_HANDLER}
    assert settings.getdict("EXTENSIONS")[LOGCOUNT] is None
    assert settings.getdict("DOWNLOADER_MIDDLEWARES")["crawler.batch.guard.LinkCapMiddleware"] == 580
    assert settings.getdict("EXTENSIONS")["crawler.runguard.RunGuard"] == 400, "the project's extensions stay"
    assert not settings.getbool("PORTAL_STATE_QUICK_CHECK") and not settings.getbool("PORTAL_SWEEP_PARTIALS")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    operator = Settings({"PORTAL_STATE_QUICK_CHECK": True})
    operator.set("PORTAL_STATE_QUICK_CHECK", True, priority="cmdline")
    assert batch_settings(operator).getbool("PORTAL_STATE_QUICK_CHECK"), "an operator's -s wins"


def test_no_callback_is_a_generator_that_returns_a_value() -> None:
    """WARN_ON_GENERATOR_RETURN_VALUE is off (settings.py: Scrapy re-parsed the callback's source
    on every response); this is the check it made, done once here instead."""
    assert not get_project_settings().getbool("WARN_ON_GENERATOR_RETURN_VALUE")
    callbacks = [getattr(PortalSpider, name) for name in dir(PortalSpider) if name.startswith(("parse", "on_"))]
    assert len(callbacks) >= 5
    for callback in callbacks:
        assert not is_generator_with_return_value(callback), callback.__name__


@pytest_twisted.ensureDeferred
async def test_the_lag_monitor_sees_the_reactor_held_up() -> None:
    """What the batch reports as its longest stall: a callback that keeps the loop busy for
    0.3 s makes the monitor's timer fire at least that much late (a lower bound, not a speed)."""

    async def scenario() -> LagMonitor:
        monitor = LagMonitor(interval=0.05)
        monitor.start()
        await asyncio.sleep(0.12)
        time.sleep(0.3)  # a page being read in the reactor thread
        await asyncio.sleep(0.12)
        monitor.stop()
        return monitor

    monitor = await on_loop(scenario())
    figures = monitor.figures()
    assert figures["lag_max_ms"] >= 200 and figures["lag_over_100ms"] >= 1 and figures["lag_samples"] >= 3
