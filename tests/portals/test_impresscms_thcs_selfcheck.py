"""Self-checks of the impresscms_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import impresscms_thcs as portal
from tests.portals._selfcheck import fetch

PAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".xlsx", ".JPG")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def visible(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"<[^>]+>", " ", markup)
    text = html.unescape(markup).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text))


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def links_and_forms(base: str, markup: str) -> list[str]:
    """Same-host targets of <a href> and of GET forms submitted with their default values."""
    out = []
    for href in re.findall(r'<a\b[^>]*\bhref="([^"]+)"', markup):
        url = urljoin(base, html.unescape(href))
        if url.startswith(("http://127.0.0.1", "http://localhost")) and urlsplit(url).netloc == urlsplit(base).netloc:
            out.append(_target(url.split("#")[0]))
    for attrs, inner in re.findall(r"(?is)<form\b([^>]*)>(.*?)</form>", markup):
        if 'method="post"' in attrs.lower():
            continue
        action = re.search(r'action="([^"]*)"', attrs)
        fields: list[tuple[str, str]] = []
        for tag in re.findall(r"(?is)<select\b.*?</select>|<input\b[^>]*>", inner):
            name = re.search(r'name="([^"]+)"', tag)
            if not name:
                continue
            if tag.lower().startswith("<select"):
                opts = re.findall(r'<option value="([^"]*)"([^>]*)>', tag)
                chosen = next((v for v, rest in opts if "selected" in rest), opts[0][0] if opts else "")
                fields.append((name.group(1), chosen))
            elif 'type="hidden"' in tag or 'type="text"' in tag:
                value = re.search(r'value="([^"]*)"', tag)
                fields.append((name.group(1), html.unescape(value.group(1)) if value else ""))
        if any(n == "query" for n, _ in fields):
            continue  # a search box needs words
        url = urljoin(base, html.unescape(action.group(1) if action else ""))
        out.append(_target(url.split("?")[0] + "?" + urlencode(fields)))
    return out


def crawl(server: PortalServer) -> tuple[set[str], int]:
    seen: set[str] = set()
    queue = [portal.START_PATH]
    pages = 0
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.add(target)
        if urlsplit(target).path.endswith(PAGE_SUFFIXES):
            continue
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            queue.append(_target(urljoin(server.url(target), headers["Location"])))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        queue.extend(links_and_forms(server.url(target), body))
    return seen, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(alts)) == len(alts) and not set(alts) & set(paths)


def test_start_redirects_to_news(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/modules/news/"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[-1])
def test_gold_page_and_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = visible(body)
    # the multi-page story: its text is on both pages
    for alt in gold.get("alt_paths", []):
        if "&page=1" in alt:
            text += " " + visible(fetch(server, alt)[1])
            body += fetch(server, alt)[1]
    assert f'<span class="itemTitle">{html.escape(gold["title"], quote=True)}</span>' in body
    assert "Thứ Bảy, 05/12/2026" in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{y}/{int(m)}/{int(d)}" in text or f"ngày {d} tháng {m} năm {y}" in text
    assert gold["category"] in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert html.escape(gold["title"], quote=False) in body


def test_reachable_and_bounded(server):
    seen, pages = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_old_story_only_behind_page_two(server):
    _, home, _ = fetch(server, "/modules/news/")
    assert "storyid=131" not in home
    _, page3, _ = fetch(server, "/modules/news/index.php?storytopic=0&start=10")
    assert 'article.php?storyid=131"' in page3


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "itemTitle" not in body


@pytest.mark.parametrize(
    "path",
    [
        "/khong-ton-tai.html",
        "/modules/news/article.php?storyid=999",
        "/modules/news/article.php",
        "/modules/news/index.php?storytopic=42",
        "/modules/news/index.php?storytopic=1&start=50",
        "/modules/news/article.php?storyid=152&page=3",
        "/modules/content/content.php?page=khong-co",
    ],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404


def test_encodings_stored_as_the_editor_left_them(server):
    _, body, _ = fetch(server, "/modules/news/article.php?storyid=144")
    assert "&#" in body or "&agrave;" in body
    _, body, _ = fetch(server, "/modules/news/article.php?storyid=142")
    assert unicodedata.normalize("NFD", "phòng, chống đuối nước") in body
