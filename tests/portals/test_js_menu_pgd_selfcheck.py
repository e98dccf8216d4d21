"""Self-checks of the js_menu_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import js_menu_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

KEYS = {
    "path",
    "canonical_path",
    "title",
    "published_at",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico")
SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.S | re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _keep(href: str) -> bool:
    if not href.startswith("/") or href.startswith("//"):
        return False
    return not urlsplit(href).path.endswith(ASSETS)


def plain_links(body: str) -> list[str]:
    """href attributes of the markup a crawler sees without reading scripts."""
    markup = SCRIPT.sub("", body)
    return [h for h in (_html.unescape(x) for x in re.findall(r'href="([^"]+)"', markup)) if _keep(h)]


def script_links(body: str) -> list[str]:
    """Plain links plus every quoted site path in the scripts (menu array, document.write, boxes)."""
    out = plain_links(body)
    for script in SCRIPT.findall(body):
        for lit in re.findall(r"""["'](/[^"'\s<>]*)["'\\]""", script):
            if _keep(lit):
                out.append(lit)
    return out


def walk(server: PortalServer, extract, limit: int = 300) -> set[str]:
    start = portal.START_PATH
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in extract(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown_text(fragment: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", fragment)
    return collapse(_html.unescape(no_tags))


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(
            r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?", g["published_at"]
        ), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert "(" not in name and "ThS." not in name
        assert 3 <= len(g["body"].split("\n\n")) <= 12
    cats = [g["category"] for g in portal.GOLD]
    assert all(cats.count(c) >= 3 for c in portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h2 class="td-bai">{_html.escape(gold["title"])}</h2>' in body
    y, m, d = gold["published_at"][:10].split("-")
    line = f"Cập nhật: {d}/{m}/{y}"
    if "T" in gold["published_at"]:
        line += " " + gold["published_at"][11:16]
    assert f'<span class="ngay">{line}</span>' in body
    assert portal.TODAY in body
    crumb = f'&raquo; <a href="/{next(k for k, v in portal.CATEGORIES.items() if v == gold["category"])}.html">'
    assert crumb + _html.escape(gold["category"]) + "</a></div>" in body
    article = body.split('<div class="chi-tiet">', 1)[1].split('<div class="tin-lien-quan">', 1)[0]
    text = shown_text(article)
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            assert " ".join(para.split(" | ")) in text, para
        else:
            assert para in text, para
    if gold["summary"]:
        assert f"<strong>{_html.escape(gold['summary'])}</strong>" in article
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in article
        if img["caption"]:
            assert _html.escape(img["caption"]) + "</" in article
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"] + gold["photographers"]:
        assert _html.escape(name) in article
    if gold["source"]:
        assert gold["source"] in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    assert gold["alt_paths"]
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'<h2 class="td-bai">{_html.escape(gold["title"])}</h2>' in body
        text = shown_text(body)
        for para in gold["body"].split("\n\n"):
            if " | " not in para:
                assert para in text, (alt, para)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="td-bai"' not in body and "Cập nhật:" not in body, path


def test_script_aware_walk_reaches_every_article(server):
    seen = walk(server, script_links)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_scriptless_walk_finds_only_the_footer_pages(server):
    seen = walk(server, plain_links)
    assert seen == {"/", "/gioi-thieu.html", "/lien-he.html"}


def test_home_is_script_built(server):
    status, body, _ = fetch(server, "/")
    assert status == 200
    assert '<ul id="menu"></ul>' in body and "var dsMenu = [" in body
    assert "<noscript" not in body
    writes = re.findall(r"document\.write\('<li><a href=\"(/tin/[^\"]+)\"", body)
    assert writes == [portal.href(s) + "?nguon=tinmoi" for s in portal.TINMOI]
    assert len(writes) == 3
    assert "var dsTinTuc = [" in body and "var dsThongBao = [" in body
    outside = SCRIPT.sub("", body)
    assert "/tin/" not in outside
    assert "/tin-tuc.html" not in outside


def test_noscript_fallback_on_some_pages_only(server):
    for path in ("/tin-tuc.html", "/chuyen-mon.html", "/lich-cong-tac.html"):
        assert '<noscript><div class="menu-tinh">' in fetch(server, path)[1], path
    for path in ("/", "/gioi-thieu.html", "/lien-he.html", portal.GOLD[0]["path"]):
        assert "<noscript" not in fetch(server, path)[1], path


def test_pagination_hides_the_oldest_news(server):
    status, first, _ = fetch(server, "/tin-tuc.html")
    assert status == 200 and 'href="/tin-tuc.html?p=2"' in first
    status, second, _ = fetch(server, "/tin-tuc.html?p=2")
    assert status == 200
    oldest = [portal.href(s) for s in portal.in_cat("tin-tuc")[portal.PER_PAGE :]]
    assert len(oldest) == 2
    _, home, _ = fetch(server, "/")
    for path in oldest:
        assert path in second and path not in first and path not in home
    # no article page links to them either (related lists and most-read are newer posts)
    for g in portal.GOLD:
        body = fetch(server, g["path"])[1]
        for path in oldest:
            assert f'href="{path}"' not in body
    assert fetch(server, "/tin-tuc.html?p=3")[0] == 404
    assert fetch(server, "/thong-bao.html?p=2")[0] == 404


def test_script_literal_traps(server):
    _, home, _ = fetch(server, "/")
    assert '// {ten: "Diễn đàn", lienket: "/dien-dan.html"}' in home
    assert fetch(server, "/dien-dan.html")[0] == 404
    body = fetch(server, portal.GOLD[1]["path"])[1]
    assert "window.open('/in-bai.php?id=' + id" in body
    assert fetch(server, "/in-bai.php?id=")[0] == 404
    assert fetch(server, "/in-bai.php?id=999")[0] == 404
    assert fetch(server, portal.GOLD[1]["path"] + "?nguon=khac")[0] == 404
    assert fetch(server, "/tin/khong-co-bai-213.html")[0] == 404


def test_bylines_and_sources_are_printed_outside_the_body(server):
    by_id = {g["path"]: g for g in portal.GOLD}
    checks = {
        213: "Tin, ảnh: Tổ Văn phòng",
        211: "<strong>Lò Văn Thắng</strong> (Trường PTDTBT THCS Quài Tở)",
        208: "Tin: Cà Thị Nguyệt - Ảnh: Quàng Văn Dũng",
        199: "<strong>BBT</strong>",
        197: "Tin: Vì Thị Lan<br />Ảnh: Lò Thị Phương",
        212: "Người viết: ThS. Quàng Thị Hoa",
        204: "Nguồn: Báo Điện Biên Phủ",
        185: "Theo Cổng TTĐT huyện Tuần Giáo",
    }
    for sid, printed in checks.items():
        path = portal.href(portal.BY_ID[sid])
        body = fetch(server, path)[1]
        assert printed in body, sid
        for line in re.split(r"<br />|<[^>]+>", printed):
            if line.strip():
                assert collapse(_html.unescape(line)) not in by_id[path]["body"]
    assert by_id[portal.href(portal.BY_ID[199])]["authors"] == []


def test_br_paragraphs_are_one_element(server):
    body = fetch(server, portal.href(portal.BY_ID[199]))[1]
    assert "gia đình vận động.<br />\nĐến ngày 19/10" in body
