"""Self-checks of the typemill_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import typemill_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<sup[^>]*>.*?</sup>", "", page, flags=re.S)
    page = re.sub(r'<a class="tm-heading-anchor"[^>]*>#</a>', "", page)
    page = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", page, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"#]+)"', page):
        absolute = urljoin("http://fixture.invalid" + here, _html.unescape(href))
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _is_page(target: str) -> bool:
    path = target.split("?")[0]
    return not path.startswith(("/media/", "/themes/")) and not path.endswith(".pdf")


def _crawl(server) -> tuple[set[str], int]:
    seen, queue, requests = {portal.START_PATH}, [portal.START_PATH], 0
    while queue:
        target = queue.pop(0)
        status, body, _ = fetch(server, target)
        requests += 1
        if status != 200:
            continue
        for link in _links(body, target.split("?")[0]):
            if link not in seen and _is_page(link):
                seen.add(link)
                queue.append(link)
    return seen, requests


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_serves_its_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert f"<h1>{_html.escape(gold['title'])}</h1>" in body
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
        text = _text(body)
        for para in gold["body"].split("\n\n"):
            if " | " in para:  # a table row: its cells, in order
                assert " ".join(para.split(" | ")) in text, para
            else:
                assert para in text, para
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert text.count(gold["summary"]) >= 1
        for img in gold["images"]:
            assert f'src="{server.base_url}{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
            status_img, _, headers = fetch(server, img["path"])
            assert status_img == 200 and headers["Content-Type"].startswith("image/")
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        letterhead = f"ngày {int(d)} tháng {int(m)} năm {y}"
        assert f"{d}.{m}.{y} 00:00" in text or letterhead in text


def test_body_leaves_out_the_chrome_inside_the_article():
    by_path = {g["path"]: g for g in portal.GOLD}
    gvdg = by_path["/tin-tuc/hoi-thi-giao-vien-day-gioi-cap-truong"]
    assert "#" not in gvdg["body"]
    tin_hoc = by_path["/tin-tuc/ket-qua-hoi-thi-tin-hoc-tre"]
    assert "năm 20261" not in tin_hoc["body"] and "↩" not in tin_hoc["body"]
    assert by_path["/tin-tuc/2026-11-10-chuyen-de-ngu-van-9"]["published_at"] == "2026-11-18"
    assert by_path["/tin-tuc/ke-hoach-hoi-khoe-phu-dong-cap-truong"]["published_at"] == "2026-10-12"
    for gold in portal.GOLD:
        assert "Ban biên tập" not in gold["authors"] and "lqd.admin" not in gold["authors"]
        assert "youtube" not in str(gold["images"])


def test_every_gold_article_reachable_within_budget(server):
    seen, requests = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_on_later_list_pages(server):
    early: set[str] = set()
    for target in ("/", "/tin-tuc"):
        _, body, _ = fetch(server, target)
        early.update(_links(body, target))
    late = [g["path"] for g in portal.GOLD if g["path"] not in early and g["path"] + "/" not in early]
    assert len(late) >= 5
    _, page2, _ = fetch(server, "/tin-tuc?page=2")
    assert any(f'href="{p}"' in page2 for p in late)


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "<h1>" in body


@pytest.mark.parametrize(
    "target", ["/tin-tuc/khong-co-bai-nay", "/tin-tuc?page=9", "/tin-tuc?page=x", "/gioi-thieu/abc", "/khong-co"]
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
