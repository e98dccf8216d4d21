"""Self-checks of the writefreely_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from datetime import UTC
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import writefreely_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<br\s*/?>|</p>|</li>|</h2>|</tr>|</td>|</th>", "\n", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', page):
        target = urljoin("http://h" + here, _html.unescape(href))
        parts = urlsplit(target)
        if parts.netloc == "h" and not parts.fragment.startswith("fn"):
            out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def test_shape():
    assert portal.NAME == "writefreely_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_pages(server, record):
    for path in [record["path"], *record.get("alt_paths", [])]:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert '<h2 id="title" class="p-name' in body
        assert _html.escape(record["title"], quote=True) in body
        assert f'/{record["path"].lstrip("/")}">' in body  # canonical
        text = _text(body)
        for para in record["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in text, (path, para)
        for name in record["authors"] + record["photographers"]:
            assert name in text
        if record["source"]:
            assert record["source"] in text
        for img in record["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert f"<em>{_html.escape(img['caption'])}</em>" in body
            assert fetch(server, img["path"])[0] == 200
        assert "[return]" not in record["body"]
        assert "Read more" not in body


def test_dates_are_printed_in_utc(server):
    from datetime import datetime

    # (the stories' own instants: the gold keeps the day alone where the page prints no time)
    for record in portal.GOLD:
        _, body, _ = fetch(server, record["path"])
        story = portal.BY_SLUG[record["path"].strip("/")]
        utc = datetime.fromisoformat(story.published_at).astimezone(UTC)
        assert f'content="{utc:%Y-%m-%dT%H:%M:%SZ}"' in body
        if story.opts.get("pinned"):
            assert "<time" not in body
        else:
            assert f'datetime="{utc:%Y-%m-%dT%H:%M:%SZ}"' in body
            assert record["published_at"] == story.published_at[:10]  # the local day, not the UTC day printed
    shifted = [s for s in portal.STORIES if int(s.published_at[11:13]) < 7]
    assert len(shifted) >= 3  # printed UTC day is the day before


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


def test_unknown_paths_404(server):
    for path in ["/khong-co-bai-nay", "/page/9", "/tag:khongco", "/hungvuong/about", "/a/b/c"]:
        assert fetch(server, path)[0] == 404, path
    status, _, headers = fetch(server, "/page/1")
    assert status == 302 and headers["Location"] == "/"
    status, _, headers = fetch(server, "/hungvuong/")
    assert status == 301


def test_pinned_article_not_in_stream(server):
    slug = portal.PINNED_ARTICLE.slug
    for page in ["/", "/page/2", "/page/3"]:
        _, body, _ = fetch(server, page)
        assert f'href="/{slug}" itemprop="url"' not in body
    _, body, _ = fetch(server, "/")
    assert f'class="pinned" href="/{slug}"' in body


def test_all_reachable_within_budget(server):
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        path = queue.popleft()
        status, body, headers = fetch(server, path)
        fetched += 1
        if status in (301, 302):
            nxt = urlsplit(urljoin("http://h" + path, headers["Location"])).path
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(body, path):
            if link.startswith(("/img/", "/css/", "/js/")) or link == "/favicon.ico":
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    for record in portal.GOLD:
        assert record["path"] in seen, record["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_hashtags_and_footnotes_markup(server):
    _, body, _ = fetch(server, "/huong-dan-cai-dat-python-va-thonny-cho-hoc-sinh-lop-10")
    assert 'class="footnote-ref"' in body and "[return]" in body
    _, body, _ = fetch(server, "/hoc-sinh-hung-vuong-dat-3-giai-tin-hoc-tre-cap-tinh-2026")
    assert '<span class="p-category">tinhoctre</span>' in body
    assert "#tinhoctre" in portal.GOLD[0]["body"]
    assert "#tinhoatdong" not in portal.GOLD[0]["body"]
