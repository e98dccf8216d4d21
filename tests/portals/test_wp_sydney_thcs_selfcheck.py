"""Self-checks of the wp_sydney_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_sydney_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC = (".jpg", ".png", ".gif", ".css", ".js", ".pdf", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """The visible text, tags removed without adding spaces (Word's spans cut words)."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    body = re.sub(r"<br\s*/?>|</p>|</li>|</td>|</h\d>", " ", body)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", body)))


def links(body: str, here: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"#]*)(?:#[^"]*)?"', body) + re.findall(r"href='([^'#]*)'", body):
        absolute = urljoin("http://fixture.invalid" + here, _html.unescape(href))
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        out.append(target)
    return out


def crawl(server: PortalServer) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or target.lower().endswith(STATIC) or target.startswith(("/wp-", "/feed")):
            continue
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(urlsplit(headers["Location"]).path)
            seen[target] = ""
            continue
        seen[target] = body if status == 200 else ""
        queue.extend(links(body, target))
    return seen


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_paths_answer_with_title(server) -> None:
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            h1 = re.search(r'<h1 class="title-post entry-title">(.*?)</h1>', body).group(1)
            assert collapse(_html.unescape(h1)) == gold["title"], target


def test_every_gold_article_reachable_within_budget(server) -> None:
    seen = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_on_page_two(server) -> None:
    _, first, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien/")
    _, second, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien/page/2/")
    s12 = portal.post_path(portal.S12)
    assert s12 not in first and s12 in second
    _, home, _ = fetch(server, "/")
    assert s12 not in home


def test_gold_fields_on_page(server) -> None:
    for gold in portal.GOLD:
        bodies = [fetch(server, t)[1] for t in [gold["path"], *gold.get("alt_paths", [])]]
        text = " ".join(page_text(b) for b in bodies)
        raw = " ".join(bodies)
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (gold["path"], cell)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, (gold["path"], name)
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in raw, img
            if img["caption"]:
                assert img["caption"] in text
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in text
        if gold["summary"]:
            assert gold["summary"] in text
        day = gold["published_at"][:10]
        if "T" in gold["published_at"]:
            assert f'class="entry-date published" datetime="{gold["published_at"]}"' in raw
        else:
            assert day in raw or "ngày 06 tháng 10 năm 2026" in text
        assert f">{gold['category']}</a></span> » <span class=\"breadcrumb_last\"" in raw


def test_word_spans_cut_words(server) -> None:
    _, body, _ = fetch(server, portal.post_path(portal.S1))
    assert "Giáo dục Vi</span><span" in body


def test_non_articles_answer(server) -> None:
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_redirects_and_unknown(server) -> None:
    status, _, headers = fetch(server, f"/?p={portal.S1.id}")
    assert status == 301 and headers["Location"] == portal.post_path(portal.S1)
    status, _, headers = fetch(server, "/chuyen-muc/thong-bao/page/1/")
    assert status == 301
    for target in ["/khong-co-trang-nay/", "/tin-tuc/khong-co.html", "/chuyen-muc/tin-tuc-su-kien/page/9/",
                   "/tac-gia/admin/", f"{portal.post_path(portal.S1)}/2/", "/chuyen-muc/khac/"]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_images_served(server) -> None:
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
