"""Self-checks of the slim_twig_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import slim_twig_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_BLOCK = re.compile(
    r"</?(?:p|div|br|li|ul|ol|td|th|tr|table|tbody|thead|h\d|figure|figcaption|blockquote|section"
    r"|article|nav|aside|header|footer|main|span class=\"tg\"[^>]*)\b[^>]*>",
    re.I,
)
_TAG = re.compile(r"<[^>]+>")


def page_text(markup: str) -> str:
    """Visible-ish text: block tags to spaces, inline tags dropped, entities decoded."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = _BLOCK.sub(" ", markup)
    markup = _TAG.sub("", markup)
    return collapse(_html.unescape(markup).replace("\ufeff", ""))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _links(markup: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', markup):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + base, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _is_static(target: str) -> bool:
    path = urlsplit(target).path
    return path.startswith(("/uploads/", "/assets/")) or path.endswith((".ico", ".css", ".js"))


def crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over links (redirects followed) from START_PATH; returns pages and count."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    pages: set[str] = set()
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen or _is_static(target):
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302, 303):
            queue.append(urljoin(target, headers["Location"]))
            continue
        if status != 200:
            continue
        pages.add(target)
        queue.extend(_links(body, target))
    return pages, requests


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert cats == set(portal.CATS.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_serves_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    h2 = re.search(r'<h2 class="td-bv">(.*?)</h2>', body, re.S)
    assert h2 and collapse(_html.unescape(h2.group(1))) == gold["title"]
    for para in gold["body"].split("\n\n"):
        # a table row is printed as cells: they read in order, one space apart
        assert para.replace(" | ", " ") in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        src = img["path"]
        found = [urljoin(gold["path"], _html.unescape(s)) for s in
                 re.findall(r'(?:data-src|src)="([^"]+)"', body)]
        assert src in found
        if img["caption"]:
            assert img["caption"] in text
    # the printed date: title attribute (recent), long form, or the letterhead's day
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if "T" in gold["published_at"]:
        hm = gold["published_at"][11:16]
        assert (f'title="{d}/{m}/{y} {hm}"' in body
                or f"{d} tháng {int(m)}, {y} - {hm}" in text)
    else:
        assert (f"{d} tháng {int(m)}, {y} - 00:00" in text
                or f"ngày {d} tháng {int(m)} năm {y}" in text)
    # the wrong-offset meta is there (trap), the header clock too
    assert 'property="article:published_time"' in body and "+00:00" in body
    assert portal.HEADER_TODAY in body
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200
        assert gold["body"].split("\n\n")[-1].replace(" | ", " ") in page_text(alt_body)


def test_highlight_variant_marks_text(server):
    gold = next(g for g in portal.GOLD if g.get("alt_paths"))
    _, body, _ = fetch(server, gold["alt_paths"][0])
    assert '<mark class="hl">STEM</mark>' in body


def test_id_paths_redirect_to_slug(server):
    for story in portal.STORIES:
        status, _, headers = fetch(server, f"/bai-viet/{story.id}")
        assert status == 301
        assert headers["Location"] == f"/bai-viet/{story.slug}"


def test_all_gold_reachable_within_budget(server):
    pages, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_deep_articles_only_on_page_two(server):
    _, home, _ = fetch(server, "/")
    for sid in portal.DEEP_IDS:
        story = portal.BY_ID[sid]
        assert story.slug not in home and f"/bai-viet/{sid}\"" not in home
        _, p1, _ = fetch(server, f"/danh-muc/{story.cat}")
        assert story.slug not in p1
        assert 'href="?trang=2"' in p1
        _, p2, _ = fetch(server, f"/danh-muc/{story.cat}?trang=2")
        assert story.slug in p2


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200
        assert "td-bv" in body


@pytest.mark.parametrize(
    "target", ["/khong-co", "/bai-viet/khong-co-bai-nay", "/bai-viet/9999", "/danh-muc/khong-co"]
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
