"""crawler.report.html and svg: a self-contained page that escapes what portals send."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from lxml import html as lxml_html

from crawler.portals import PortalConfig
from crawler.report.build import Options, build_report
from crawler.report.html import link, render_html
from crawler.report.svg import sparkline, week_chart

from ._runs import day, rec, run

OPTS = Options(as_of=date(2024, 6, 30), weeks=8, stale_days=0)
EVIL = '<script>alert("x")</script>'


def page(tmp_path: Path, configs: list[PortalConfig] = ()) -> tuple[str, dict]:
    report = build_report(tmp_path, configs=configs, options=OPTS)
    return render_html(report), report


def test_self_contained_and_escaped(tmp_path: Path) -> None:
    run(tmp_path, "a", day(1), [rec(1, "2024-06-20")], failed_pages=[{"url": "javascript:alert(1)", "reason": EVIL}],
        reason=EVIL)  # fmt: skip
    text, _ = page(tmp_path, [PortalConfig("a", title=EVIL, start_urls=("http://a.example/",))])
    assert EVIL not in text and "&lt;script&gt;" in text
    assert 'href="javascript:' not in text
    tree = lxml_html.fromstring(text)
    assert len(tree.xpath("//script")) == 1 and not tree.xpath("//script[@src]")  # only our inline enhancement
    assert not tree.xpath("//link[@href] | //img | //iframe | //object")
    assert not re.search(r"url\(|@import|https?://(?!a\.example)", " ".join(tree.xpath("//style/text()")) + text.split("<body>")[0])


def test_stopped_portal_is_flagged_at_the_top_and_in_its_row(tmp_path: Path) -> None:
    run(tmp_path, "a", day(1), [rec(1, "2024-06-20")])
    run(tmp_path, "a", day(2), [], counts={"new": 0, "seen": 0})
    run(tmp_path, "b", day(2), [rec(2, "2024-06-20")])
    tree = lxml_html.fromstring(page(tmp_path)[0])
    alert = tree.get_element_by_id("stopped")
    assert "used to produce articles and now find none" in alert.text_content()
    assert alert.xpath(".//a/@href") == ["#p-a"]
    row = tree.xpath('//tr[@data-portal="a"]')[0]
    assert "status-stopped" in row.get("class") and "Stopped producing" in row.text_content()
    assert tree.xpath('//tr[@data-portal="b"]')[0].get("class") == "status-ok"
    assert tree.get_element_by_id("p-a") is not None


def test_province_and_platform_columns_only_where_configs_say_so(tmp_path: Path) -> None:
    run(tmp_path, "a", day(1), [rec(1)])
    tree = lxml_html.fromstring(page(tmp_path)[0])
    heads = [th.text_content() for th in tree.xpath("//table[@id='portal-table']//th")]
    assert "Province" not in heads and "Platform" not in heads and not tree.xpath("//*[@id='groups']")
    tree = lxml_html.fromstring(page(tmp_path, [PortalConfig("a", province="Cà Mau")])[0])
    heads = [th.text_content() for th in tree.xpath("//table[@id='portal-table']//th")]
    assert "Province" in heads and "Platform" not in heads
    assert tree.xpath("//select[@name='province']/option/@value") == ["", "Cà Mau"]
    assert "Cà Mau" in tree.get_element_by_id("by-province").text_content()


def test_failed_pages_listed_up_to_a_limit(tmp_path: Path) -> None:
    pages = [{"url": f"http://a/{i}", "reason": "http_500"} for i in range(70)]
    run(tmp_path, "a", day(1), [rec(1)], failed_pages=pages)
    tree = lxml_html.fromstring(page(tmp_path)[0])
    section = tree.get_element_by_id("p-a")
    assert len(section.xpath(".//ol/li")) == 50 and "and 20 more" in section.text_content()
    assert tree.xpath('//tr[@data-portal="a"]//a[@href="#p-a-failed"]/text()') == ["70"]


def test_link_only_for_http() -> None:
    assert link("https://a.example/x?a=1&b=2").startswith('<a href="https://a.example/x?a=1&amp;b=2"')
    assert link("javascript:alert(1)") == "javascript:alert(1)"
    assert link("data:text/html,<b>") == "data:text/html,&lt;b&gt;"


def test_sparkline_draws_one_bar_per_non_empty_week() -> None:
    svg = sparkline([0, 2, 0, 4], "p")
    assert svg.count("z") == 2 and 'data-values="0 2 0 4"' in svg
    assert "6 article(s) in 4 weeks, at most 4" in svg
    assert 'width="15"' in svg  # 4 bars of 3 px with 1 px gaps
    assert 'width="208"' in sparkline([1] * 104, "p")  # narrower bars for many weeks
    assert 'd=""' in sparkline([0, 0], "p")


def test_week_chart_has_a_bar_and_tooltip_per_week() -> None:
    weeks = [date(2024, 6, 3), date(2024, 6, 10)]
    svg = week_chart([3, 0], weeks, "all")
    assert svg.count("<rect") == 2 and "week of 2024-06-03: 3 article(s)" in svg
    assert ">2024-06-03</text>" in svg and ">2024-06-10</text>" in svg


def test_an_output_without_runs_says_so(tmp_path: Path) -> None:
    text, report = page(tmp_path)
    assert report["portals"] == [] and report["totals"]["records"] == 0
    assert "No manifest found" in lxml_html.fromstring(text).text_content()
