"""Self-checks of the spina_rails_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import spina_rails_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<(?:a|turbo-frame)\b[^>]*?\b(?:href|src)="([^"]*)\"""", re.I)
_FORM_GET = re.compile(r"""<form\b[^>]*action="([^"]*)"[^>]*method="get\"""", re.I)
_ASSET = re.compile(r"\.(?:jpe?g|png|gif|ico|css|js)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """Visible text of a page, tags to spaces, entities decoded, collapsed and NFC."""
    no_tags = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    no_tags = re.sub(r"<[^>]+>", " ", no_tags)
    return collapse(unicodedata.normalize("NFC", _html.unescape(no_tags)))


def links(body: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body) + _FORM_GET.findall(body):
        absolute = urljoin("http://h" + here, _html.unescape(raw))
        parts = urlsplit(absolute)
        if parts.netloc != "h" or parts.scheme != "http":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if _ASSET.search(parts.path) or parts.path.startswith("/rails/"):
            continue
        out.append(target)
    return out


def crawl(server: PortalServer) -> tuple[dict[str, str], list[str]]:
    """Breadth-first over links, lazy frames and GET forms from START_PATH; redirects followed."""
    seen: dict[str, str] = {}
    fetched: list[str] = []
    queue = [portal.START_PATH]
    queued = set(queue)
    while queue:
        target = queue.pop(0)
        status, body, headers = fetch(server, target)
        fetched.append(target)
        if status in (301, 302, 303):
            loc = urlsplit(urljoin("http://h" + target, headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
            continue
        if status != 200:
            continue
        seen[target] = body
        for nxt in links(body, target):
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
    return seen, fetched


def test_contract_shape():
    assert portal.NAME == "spina_rails_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:30])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    shown = page_text(body)
    assert gold["title"] in shown
    h1 = re.search(r'<h1 class="bv-tieude">(.*?)</h1>', body, re.S).group(1)
    assert collapse(_html.unescape(h1)) == gold["title"]
    for para in gold["body"].split("\n\n"):
        assert para in shown, para
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    y, m, d = gold["published_at"].split("-")
    assert f"{d}/{m}/{y}" in shown or f"ngày {d} tháng {m} năm {y}" in shown
    for name in gold["authors"] + gold["photographers"]:
        assert name in shown
    if gold["source"]:
        assert f"Theo {gold['source']}" in shown
    assert gold["category"] in shown
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in shown
    # chrome is never body
    assert "Ý kiến bạn đọc" not in gold["body"] and "Xem thêm" not in gold["body"]
    assert "Tin, ảnh" not in gold["body"] and "Nơi nhận" not in gold["body"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:30])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, headers = fetch(server, alt)
        if status == 301:
            assert urlsplit(headers["Location"]).path == gold["path"]
            continue
        assert status == 200
        assert f'/bai-viet/{gold["path"].rsplit("/", 1)[1]}"' in body  # canonical
        assert gold["title"] in page_text(body)


def test_images_answer(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 302
            status, _, headers = fetch(server, headers["Location"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_everything_reachable_within_budget(server):
    seen, fetched = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(fetched) <= budget, (len(fetched), budget)


def test_late_articles_only_behind_page_two(server):
    _, body1, _ = fetch(server, "/bai-viet")
    assert 'src="/bai-viet?page=2" loading="lazy"' in body1
    status, body3, _ = fetch(server, "/bai-viet?page=3")
    assert status == 200
    for story in (portal.S11, portal.S12, portal.S13):
        assert f"/bai-viet/{story.slug}" in body3
        for first_pages in ("/", "/bai-viet", "/bai-viet/2026/12", "/bai-viet/2026/11"):
            _, body, _ = fetch(server, first_pages)
            assert f'href="/bai-viet/{story.slug}"' not in body.split('<aside class="cot-phai">')[0]


def test_dates_and_sapo_traps(server):
    _, body, _ = fetch(server, f"/bai-viet/{portal.S1.slug}")
    assert 'datetime="2026-12-03T17:00:00Z"' in body and "04/12/2026" in body
    _, body2, _ = fetch(server, f"/bai-viet/{portal.S2.slug}")
    assert "03/12/2026" in body2 and portal.GOLD[1]["published_at"] == "2026-12-01"
    _, body13, _ = fetch(server, f"/bai-viet/{portal.S13.slug}")
    assert unicodedata.normalize("NFD", "khuôn viên trường") in body13


def test_turbo_frame_request_gets_bare_frame(server):
    import urllib.request

    req = urllib.request.Request(server.url("/bai-viet?page=2"), headers={"Turbo-Frame": "trang_2"})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(req, timeout=10) as resp:
        body = resp.read().decode()
    assert '<turbo-frame id="trang_2">' in body and "cot-phai" not in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, _, _ = fetch(server, path)
    assert status == 200


@pytest.mark.parametrize(
    "path",
    [
        "/khong-co",
        "/bai-viet/khong-co-bai-nay",
        "/bai-viet/danh-muc/khong-co",
        "/bai-viet/2026/13",
        "/bai-viet/2026/09",
        "/bai-viet?page=9",
        "/bai-viet/danh-muc/doan-doi?page=2",
        "/bai-viet/danh-muc",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404
