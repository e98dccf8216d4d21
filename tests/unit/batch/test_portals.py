"""crawler.batch.portals: the portal list as a stream, portal ids as the spider makes them, shards."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.batch.portals import (
    Shard,
    node_for,
    node_key,
    parse_line,
    read_list,
    spec_for_config,
    split_words,
    stable_hash,
)
from crawler.spiders.portal import PortalSpider


def test_a_line_is_a_start_url_a_config_or_nothing(tmp_path: Path) -> None:
    assert parse_line("   ") is None and parse_line("# a comment") is None
    spec = parse_line("https://THCS-Nguyen-Du.edu.vn/tin-tuc/  # the news page")
    # a start URL with a path confines the crawl to it: its own portal id, state and output
    assert spec is not None and spec.id == "thcs-nguyen-du.edu.vn_tin-tuc" and spec.start_url == "https://thcs-nguyen-du.edu.vn/tin-tuc/"
    root = parse_line("https://thcs-nguyen-du.edu.vn/")
    assert root is not None and root.id == "thcs-nguyen-du.edu.vn"
    assert spec.spider_args() == {"start_url": spec.start_url} and spec.to_line() == spec.start_url
    fragment = parse_line("http://portal.example/#top")  # a fragment is not a comment
    assert fragment is not None and not fragment.error
    config = parse_line("portal=demo")
    assert config is not None and (config.id, config.portal, config.error) == ("demo", "demo", "")
    assert config.spider_args() == {"portal": "demo"} and config.to_line() == "portal=demo"
    bad = parse_line("ftp://files.example/", origin="list.txt:3")
    assert bad is not None and "only http:// and https://" in bad.error and bad.origin == "list.txt:3"
    unknown = parse_line("portal=no-such-portal")
    assert unknown is not None and "unknown portal 'no-such-portal'" in unknown.error


def test_portal_ids_are_the_spiders() -> None:
    for url in ("http://127.0.1.7:8080/", "https://So-GD.example.vn/a/b.html?x=1"):
        spec = parse_line(url)
        assert spec is not None
        assert spec.id == PortalSpider(start_url=url).portal_id
    assert spec_for_config("demo").id == PortalSpider(portal="demo").portal_id


def test_a_config_outside_the_default_directory_is_passed_by_path(tmp_path: Path) -> None:
    (tmp_path / "school.toml").write_text('name = "truong-a"\nstart_urls = ["http://a.example/"]\n', encoding="utf-8")
    spec = spec_for_config("school", tmp_path)
    assert spec.id == "truong-a" and spec.portal == str(tmp_path / "school.toml")
    assert PortalSpider(portal=spec.portal).portal_id == "truong-a"


def test_a_list_is_read_one_line_at_a_time() -> None:
    """10,000 lines must not become 10,000 objects at start-up: a consumer that takes two
    portals reads three lines, never the rest of the file."""
    read: list[int] = []

    class Lines(io.StringIO):
        name = "urls.txt"

        def __iter__(self) -> Iterator[str]:
            for n in range(1, 10_001):
                read.append(n)
                yield "# comment\n" if n == 2 else f"http://school-{n}.example/\n"

    stream = read_list(Lines())
    first, second = next(stream), next(stream)
    assert (first.id, second.id) == ("school-1.example", "school-3.example")
    assert second.origin == "urls.txt:3" and read == [1, 2, 3]


def test_read_list_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text("\ufeffhttp://a.example/\n\n# nothing\nportal=demo\nnot a url\n", encoding="utf-8")
    specs = list(read_list(path))
    assert [s.id for s in specs] == ["a.example", "demo", "not a url"]
    assert specs[2].error and specs[2].origin.endswith("urls.txt:5")


def test_split_words() -> None:
    assert split_words("a, b\nc  d,,") == ["a", "b", "c", "d"] and split_words(None) == []


def test_shards_partition_the_list() -> None:
    ids = [f"school-{n}.example" for n in range(2000)]
    shards = [Shard(i, 3) for i in range(3)]
    owners = Counter(sum(1 for s in shards if s.holds(parse_line(f"http://{i}/"))) for i in ids)  # type: ignore[arg-type]
    assert owners == {1: len(ids)}, "every portal in exactly one shard"
    sizes = [sum(1 for i in ids if s.holds(parse_line(f"http://{i}/"))) for s in shards]  # type: ignore[arg-type]
    assert min(sizes) > 550, sizes
    assert Shard.parse("1/3") == Shard(1, 3) and Shard.parse("") == Shard() and str(Shard(1, 3)) == "1/3"
    for bad in ("3/3", "a/b", "1", "0/0"):
        with pytest.raises(ValueError, match="INDEX/COUNT"):
            Shard.parse(bad)


def test_the_hash_is_stable_across_processes_and_machines() -> None:
    # a fixed value: Python's salted hash() would change with every process
    assert stable_hash("demo") == 0x2A97516C354B6884
    assert stable_hash("demo") != stable_hash("demo2")


def test_a_portal_always_lands_on_the_same_node() -> None:
    nodes = ["http://node-a:6800", "http://node-b:6800/", "http://node-c:6800"]
    ids = [f"school-{n}.example" for n in range(3000)]
    placed = {i: node_key(node_for(i, nodes)) for i in ids}
    assert placed == {i: node_key(node_for(i, list(reversed(nodes)))) for i in ids}, "the order of --scrapyd does not matter"
    respelled = ["HTTP://NODE-A:6800/", "http://node-b:6800", "http://node-c:6800"]
    assert placed == {i: node_key(node_for(i, respelled)) for i in ids}, "nor how a URL is spelled"
    load = Counter(placed.values())
    assert len(load) == 3 and min(load.values()) > 850, load
    # a fourth node takes about a quarter of the portals, each from any node; no portal moves
    # between the three old nodes (their state stays where it is)
    grown = {i: node_key(node_for(i, [*nodes, "http://node-d:6800"])) for i in ids}
    moved = [i for i in ids if grown[i] != placed[i]]
    assert all(grown[i] == "http://node-d:6800" for i in moved)
    assert 600 < len(moved) < 900, len(moved)
