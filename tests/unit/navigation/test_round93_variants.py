"""Round 93's tuning (angularjs_hashbang_sgddt): a hashbang site served to crawlers as HTML
snapshots (Google's AJAX crawling scheme), on markup of other shapes than the portal's."""

from __future__ import annotations

import lxml.html

from crawler.core.urls import escaped_fragment_url
from crawler.extract.metadata import read_metadata
from crawler.navigation.links import differs_by_page, extract_links


def test_a_hashbang_route_is_its_snapshots_address() -> None:
    assert escaped_fragment_url("http://h/#!/tin-tuc/15/khai-giang") == "http://h/?_escaped_fragment_=/tin-tuc/15/khai-giang"
    # (a snapshot's own route is replaced, never doubled; other parameters stay)
    assert escaped_fragment_url("http://h/index.html?lang=vi&_escaped_fragment_=/a#!/b") == "http://h/index.html?lang=vi&_escaped_fragment_=/b"
    # ("&", "#", "+" and non-ASCII are escaped; "/", "?" and "=" are the route's own)
    assert escaped_fragment_url("http://h/#!/tim?q=a&b+c") == "http://h/?_escaped_fragment_=/tim?q=a%26b%2Bc"
    assert escaped_fragment_url("http://h/tin-tuc#muc-2") == "http://h/tin-tuc#muc-2"


def test_a_pages_hashbang_links_lead_to_snapshots_only_where_it_asks_for_them() -> None:
    body = '<ul><li><a href="#!/bai-viet/88/hoi-thi">Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2026 - 2027</a></li></ul>'
    asking = lxml.html.fromstring(f'<html><head><meta name="fragment" content="!"></head><body>{body}</body></html>')
    urls = {link.url for link in extract_links(asking, "http://h/").links}
    assert "http://h/?_escaped_fragment_=/bai-viet/88/hoi-thi" in urls
    assert "http://h/?_escaped_fragment_=" in urls  # (the shell's own snapshot)
    silent = lxml.html.fromstring(f"<html><body>{body}</body></html>")
    assert not any("_escaped_fragment_" in link.url for link in extract_links(silent, "http://h/").links)


def test_a_snapshots_links_resolve_against_the_route_not_its_query() -> None:
    tree = lxml.html.fromstring('<html><body><a href="#!/bai-viet/91/so-ket">Sơ kết học kỳ I năm học 2026 - 2027 của ngành</a></body></html>')
    urls = {link.url for link in extract_links(tree, "http://h/?_escaped_fragment_=/danh-muc/tin-tuc").links}
    assert "http://h/?_escaped_fragment_=/bai-viet/91/so-ket" in urls


def test_a_snapshots_route_pages_are_a_lists_pages() -> None:
    assert differs_by_page("http://h/?_escaped_fragment_=/danh-muc/tin-tuc?p=2", "http://h/?_escaped_fragment_=/danh-muc/tin-tuc")
    assert not differs_by_page("http://h/?_escaped_fragment_=/danh-muc/thong-bao?p=2", "http://h/?_escaped_fragment_=/danh-muc/tin-tuc")


def test_a_hashbang_canonical_names_the_snapshot_not_the_home_page() -> None:
    tree = lxml.html.fromstring('<html><head><link rel="canonical" href="http://h/#!/bai-viet/91/so-ket"></head><body></body></html>')
    assert read_metadata(tree, "http://h/?_escaped_fragment_=/bai-viet/91").canonical == "http://h/?_escaped_fragment_=/bai-viet/91/so-ket"
