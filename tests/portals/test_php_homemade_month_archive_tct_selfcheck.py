"""Self-checks of the php_homemade_month_archive_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.request
from collections import deque
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_homemade_month_archive_tct as portal
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_HREF = re.compile(r"""href\s*=\s*["']([^"'#]*)""", re.I)
_TAG = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _norm(markup: str) -> str:
    """Visible text of a page, entities decoded, whitespace collapsed, NFC."""
    no_script = re.sub(r"<script.*?</script>", " ", markup, flags=re.S | re.I)
    plain = _html.unescape(_TAG.sub(" ", no_script)).replace("\xa0", " ")
    return unicodedata.normalize("NFC", _WS.sub(" ", plain).strip())


def _key(target: str) -> str:
    """Path plus sorted query: how a sensible crawler tells URLs apart."""
    parts = urlsplit(target)
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return parts.path + (f"?{query}" if query else "")


def _links(target: str, body: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        href = _html.unescape(raw.strip())
        if not href or href.lower().startswith(("javascript:", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _is_static(target: str) -> bool:
    return bool(re.search(r"\.(jpg|jpeg|png|gif|ico|css|js|swf)$", urlsplit(target).path, re.I))


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over plain links from START_PATH: which page links to which."""
    seen: dict[str, str] = {}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    seen_keys = {_key(portal.START_PATH)}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        assert status == 200, target
        seen[target] = body
        for link in _links(target, body):
            if _is_static(link):
                continue
            linked_from.setdefault(_key(link), set()).add(target)
            if _key(link) not in seen_keys:
                seen_keys.add(_key(link))
                queue.append(link)
        assert len(seen) < 200, "crawl does not end"
    return seen, linked_from


def _gold_targets(record: dict) -> list[str]:
    return [record["path"], *record.get("alt_paths", [])]


def test_counts_and_names():
    assert portal.NAME == "php_homemade_month_archive_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({r["path"] for r in portal.GOLD}) == 13
    assert 2 <= len({r["category"] for r in portal.GOLD}) <= 4
    for record in portal.GOLD:
        paragraphs = record["body"].split("\n\n")
        assert 3 <= len(paragraphs) <= 14, record["path"]


def test_gold_pages_answer_with_their_title(server):
    for record in portal.GOLD:
        for target in _gold_targets(record):
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert record["title"] in _norm(body), target


def test_gold_fields_on_the_page(server):
    for record in portal.GOLD:
        status, body, _ = fetch(server, record["path"])
        assert status == 200
        visible = _norm(body)
        for para in record["body"].split("\n\n"):
            # a table row is its cells joined by " | " in the gold
            for piece in para.split(" | "):
                assert piece in visible, (record["path"], piece)
        for name in record["authors"] + record["photographers"]:
            assert name in visible, (record["path"], name)
        if record["source"]:
            assert f"Nguồn: {record['source']}" in visible
        if record["summary"]:
            assert record["summary"] in visible
            assert record["body"].startswith(record["summary"])
        day = record["published_at"]
        y, m, d = day.split("-")
        assert f"(Cập nhật: {d}/{m}/{y})" in visible
        for image in record["images"]:
            src = image.get("url") or image["path"]
            assert src.lstrip("/") in body, (record["path"], src)
            if image["caption"]:
                assert image["caption"] in visible
        # the category as the plain page's breadcrumb prints it
        crumb = re.search(r'<div class="dd_link">(.*?)</div>', body, re.S).group(1)
        assert _norm(crumb).endswith(record["category"])


def test_sapo_printed_twice_is_one_paragraph():
    for record in portal.GOLD:
        paragraphs = record["body"].split("\n\n")
        assert len(paragraphs) == len(set(paragraphs)), record["path"]


def test_slider_variant_prints_the_parent_in_the_breadcrumb(server):
    status, body, _ = fetch(server, "/index.php?act=detail&id=147&cat=1")
    assert status == 200
    crumb = re.search(r'<div class="dd_link">(.*?)</div>', body, re.S).group(1)
    assert _norm(crumb).endswith("Tin tức - Sự kiện")
    record = next(r for r in portal.GOLD if r["path"].endswith("id=147"))
    assert record["category"] == "Nghiên cứu - Trao đổi"


def test_every_gold_article_reachable(crawl):
    seen, _ = crawl
    keys = {_key(t) for t in seen}
    for record in portal.GOLD:
        assert any(_key(t) in keys for t in _gold_targets(record)), record["path"]
    for target in portal.NON_ARTICLES:
        assert _key(target) in keys, target


def test_crawl_is_bounded(crawl):
    seen, _ = crawl
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_behind_page_two(crawl):
    _, linked_from = crawl
    for sid in (136, 131):
        sources = set()
        for target in (
            f"/index.php?act=detail&id={sid}",
            f"/index.php?act=detail&id={sid}&cat=2",
        ):
            sources |= linked_from.get(_key(target), set())
        assert sources, sid
        assert all(re.search(r"[?&]p=[2-9]", s) for s in sources), (sid, sources)


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "tde_ct" in body


def test_soft_404_and_real_404(server):
    status, body, _ = fetch(server, "/index.php?act=detail&id=145")
    assert status == 200
    assert "không tồn tại hoặc đã bị xóa" in body
    for target in ("/khong-co.php", "/tin-tuc/abc.html", "/print.php?id=145", "/admin/"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_empty_page_counted_by_the_pager(server):
    status, body, _ = fetch(server, "/index.php?act=list&cat=2&p=3")
    assert status == 200 and 'act=list&cat=2&p=4"' in body
    status, body, _ = fetch(server, "/index.php?act=list&cat=2&p=4")
    assert status == 200 and "Chưa có tin nào trong mục này." in body


def test_list_pages_carry_broken_utf8(server):
    for target in ("/index.php?act=list&cat=3", "/index.php?act=list&cat=5"):
        with NO_REDIRECTS.open(urllib.request.Request(server.url(target)), timeout=10) as resp:
            raw = resp.read()
            ctype = resp.headers["Content-Type"]
        assert "charset" not in ctype
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")


def test_october_archive_not_linked(crawl, server):
    seen, _ = crawl
    assert not any("m=10" in t for t in seen)
    status, body, _ = fetch(server, "/index.php?act=archive&m=10&y=2026")
    assert status == 200 and "act=detail&cat=2&id=131" in body


def test_static_files(server):
    status, _, headers = fetch(server, "/upload/tintuc/2026/12/hoithi_gv_1.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source
