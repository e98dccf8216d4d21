"""Self-checks of the wp_divi_blog_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_divi_blog_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD = {g["path"]: g for g in portal.GOLD}
STORY = {portal.post_path(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def visible(body: str) -> str:
    body = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", body)
    body = re.sub(r"(?s)<[^>]+>", " ", body)
    return collapse(html.unescape(body))


def h1(body: str) -> str:
    m = re.search(r'(?s)<h1 class="entry-title">(.*?)</h1>', body)
    assert m, "no h1.entry-title"
    return collapse(html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))


def links(base: str, here: str, body: str, machine: bool = False) -> list[str]:
    """Targets of <a href> and <option value> (what a reader can follow); with ``machine`` also
    <link href>, and the <loc>/<link> of sitemaps and feeds."""
    found = re.findall(r"""<a\b[^>]*?\shref\s*=\s*["']([^"']+)["']""", body)
    found += re.findall(r"""<option value\s*=\s*["']([^"']+)["']""", body)
    if machine:
        found += re.findall(r"""<link\b[^>]*?\shref\s*=\s*["']([^"']+)["']""", body)
        found += re.findall(r"<(?:loc|link)>([^<]+)</(?:loc|link)>", body)
    out = []
    host = urlsplit(base).netloc
    for raw in found:
        url = urljoin(base + here, html.unescape(raw.strip()))
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.netloc != host:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.startswith(("/wp-content/", "/wp-includes/", "/xmlrpc.php", "/wp-login.php", "/wp-comments")):
            continue
        out.append(target)
    return out


def crawl(server, start: tuple[str, ...] = ("/",), machine: bool = False) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque(start)
    while queue and len(seen) < 400:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status == 200:
            queue.extend(t for t in links(server.base_url, target, body, machine) if t not in seen)
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("path", list(GOLD))
def test_gold_page_answers_with_title(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert h1(body) == GOLD[path]["title"]
    assert f'<link rel="canonical" href="{server.base_url}{path}" />' in body


@pytest.mark.parametrize("path", list(GOLD))
def test_gold_fields_on_page(server, path):
    gold, story = GOLD[path], STORY[path]
    bodies = [fetch(server, path)[1]]
    bodies += [fetch(server, alt)[1] for alt in gold.get("alt_paths", []) if re.search(r"/\d+/$", alt)]
    text = " ".join(visible(b) for b in bodies)
    raw = " ".join(bodies)
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells, in order, one cell apart
            assert " ".join(para.split(" | ")) in text, para
        else:
            assert para in text, para[:60]
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert f'{server.base_url}{img["path"]}"' in raw
        if img["caption"]:
            assert img["caption"] in text
    # the printed local time matches the gold's
    assert f"Đăng ngày {portal.d_long(story.opts['dt'])}" in text
    assert gold["published_at"] == story.opts["dt"].strftime("%Y-%m-%dT%H:%M:%S+07:00")
    # breadcrumb prints the gold category
    assert f"» {gold['category']} »" in text


@pytest.mark.parametrize("path", [a for g in portal.GOLD for a in g.get("alt_paths", [])])
def test_alt_paths_serve_the_article(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    base = next(g for g in GOLD if path.startswith(g))
    assert h1(body) == GOLD[base]["title"]


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "Thứ Bảy, 05/12/2026" in body


def test_everything_reachable_within_budget(server):
    seen = crawl(server)
    ok = {t.split("?")[0] for t, st in seen.items() if st == 200}
    for path in [*GOLD, *portal.NON_ARTICLES]:
        assert path in ok, path
    broken = [t for t, st in seen.items() if st not in (200, 301)]
    assert not broken, broken
    # every <a> and archive <option> followed, redirects and alt paths included
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_machine_links_are_not_broken(server):
    seen = crawl(server, ("/", "/robots.txt", "/sitemap_index.xml"), machine=True)
    broken = [t for t, st in seen.items() if st not in (200, 301)]
    assert not broken, broken
    ok = {t for t, st in seen.items() if st == 200}
    assert all(g in ok for g in GOLD)


def test_some_articles_only_on_page_two(server):
    _, first, _ = fetch(server, "/category/tin-tuc-su-kien/")
    _, second, _ = fetch(server, "/category/tin-tuc-su-kien/page/2/")
    for s in (portal.S7, portal.S10):
        assert portal.post_path(s) in second
        assert f'<h2 class="entry-title"><a href="{server.base_url}{portal.post_path(s)}"' not in first
    _, home2, _ = fetch(server, "/page/2/?et_blog")
    assert portal.post_path(portal.S7) in home2 and "&laquo; Bài viết cũ hơn" not in home2
    _, home, _ = fetch(server, "/")
    assert f"{server.base_url}/page/2/?et_blog" in home
    _, cm2, _ = fetch(server, "/category/hoat-dong-chuyen-mon/page/2/")
    assert portal.post_path(portal.S12) in cm2


def test_shortlinks_redirect(server):
    for s in portal.STORIES:
        status, _, headers = fetch(server, f"/?p={s.id}")
        assert status == 301
        assert headers["Location"] == server.base_url + portal.post_path(s)
    status, _, headers = fetch(server, "/gioi-thieu")
    assert status == 301 and headers["Location"].endswith("/gioi-thieu/")


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai/",
        "/2026/12/04/bai-khong-co/",
        "/category/khong-co/",
        "/page/9/?et_blog",
        "/category/tin-tuc-su-kien/page/7/",
        "/2025/01/",
        portal.post_path(portal.S1) + "2/",
        portal.post_path(portal.S1) + "anh-khong-co/",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_traps_are_printed(server):
    # UTC meta crossing midnight, 12-hour local time
    _, body, _ = fetch(server, portal.post_path(portal.S2))
    assert 'content="2026-12-02T23:30:00+00:00"' in body and "lúc 6:30 sáng" in body
    assert "Th12 3, 2026" in body
    # auto excerpt repeats the opening
    assert "[&hellip;]" in body
    # lazy images with placeholders and noscript copies
    _, body, _ = fetch(server, portal.post_path(portal.S10))
    assert body.count("data:image/svg+xml") == 2 and body.count("<noscript><img") == 2
    # responsive duplicate hidden by CSS only
    _, body, _ = fetch(server, portal.post_path(portal.S9))
    assert visible(body).count("Trong thời gian từ ngày 15/11 đến 15/12") == 2
    assert "display:none!important" in body
    # two categories, alphabetical in the meta, primary in the breadcrumb
    _, body, _ = fetch(server, portal.post_path(portal.S3))
    assert "Hoạt động chuyên môn</a>, <a" in body
    # closed toggles
    _, body, _ = fetch(server, portal.post_path(portal.S8))
    assert body.count("et_pb_toggle_close\">") == 2
    # protected post and attachment page look like posts
    _, body, _ = fetch(server, portal.post_path(portal.PROTECTED))
    assert "Được bảo vệ: " in h1(body) and "post-password-form" in body
    _, body, _ = fetch(server, portal.attachment_path(portal.S5))
    assert h1(body) == "DSC_0412"
    # wptexturize in the h1, straight typing in <title>
    _, body, _ = fetch(server, portal.post_path(portal.S5))
    assert "&#8220;Tiếp sức đến trường&#8221;" in body and "&quot;Tiếp sức đến trường&quot;" in body


def test_feeds_and_sitemaps(server):
    status, body, _ = fetch(server, "/feed/")
    assert status == 200 and "utm_source=rss" in body
    status, body, _ = fetch(server, "/post-sitemap.xml")
    assert status == 200
    assert all(portal.post_path(s) in body for s in portal.STORIES)
    assert portal.post_path(portal.PROTECTED) not in body
