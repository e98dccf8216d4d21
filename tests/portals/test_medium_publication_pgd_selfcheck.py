"""Self-checks of the medium_publication_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import medium_publication_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_TAG = re.compile(r"<[^>]+>")
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _glued(body: str) -> str:
    """Page text with tags dropped without a space (so the drop cap's span rejoins its word)."""
    body = re.sub(r"<br\s*/?>", "\n", body)
    return collapse(unicodedata.normalize("NFC", _html.unescape(_TAG.sub("", body))))


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = _glued(body)
    h1 = re.search(r'<h1 [^>]*data-testid="storyTitle"[^>]*>(.*?)</h1>', body)
    assert h1 and collapse(_html.unescape(h1.group(1))) == gold["title"]
    for para in gold["body"].split("\n\n"):
        assert para in page, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert gold["source"] in page
    if gold["summary"]:
        assert gold["summary"] in page
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in page
    assert gold["category"] in page
    day = gold["published_at"]
    if day == "2026-11-06":
        assert "ngày 06 tháng 11 năm 2026" in page
    else:
        month, dom = int(day[5:7]), int(day[8:10])
        assert f'data-testid="storyPublishDate">{_MONTHS[month - 1]} {dom}<' in body
    canonical = re.search(r'rel="canonical" href="http://[^/]+([^"]+)"', body)
    assert canonical and canonical.group(1) == gold["canonical_path"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_alt_paths_serve_the_same_story(server, gold):
    assert gold.get("alt_paths"), "every story is linked with ?source= variants"
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'href="{server.base_url}{gold["path"]}"' in body, alt


def test_every_gold_article_and_non_article_is_reachable(server):
    seen = portal.crawl_all()
    ok = {t for t, (status, _) in seen.items() if status == 200}
    for gold in portal.GOLD:
        assert gold["path"] in ok or any(a in ok for a in gold["alt_paths"]), gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok or any(t.split("?")[0] == path for t in ok), path


def _strip(target: str) -> str:
    parts = urlsplit(target)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in ("source", "responsesOpen", "sortBy")]
    return parts.path + (f"?{urlencode(query)}" if query else "")


def test_crawl_over_http_dropping_source_fits_the_budget(server):
    """A breadth-first crawl over HTTP that drops Medium's tracking parameters."""
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    seen: set[str] = set()
    queue = [portal.START_PATH]
    host = server.base_url
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        ctype = headers.get("Content-Type", "")
        if status != 200 or ("html" not in ctype and "xml" not in ctype):
            continue
        for m in re.finditer(r'(?:href|src)="([^"]+)"|<link>([^<]+)</link>', body):
            raw = _html.unescape(m.group(1) or m.group(2))
            if raw.startswith(host):
                raw = raw[len(host) :] or "/"
                if raw.startswith("?"):
                    raw = "/" + raw
            if not raw.startswith("/") or raw.startswith("//"):
                continue
            if re.search(r"\.(?:jpe?g|png|gif|css|js|ico)$", urlsplit(raw).path, re.I):
                continue
            queue.append(_strip(raw))
    assert len(seen) <= budget, len(seen)
    for gold in portal.GOLD:
        assert gold["path"] in seen
    for path in portal.NON_ARTICLES:
        assert path in seen


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "<html" in body


@pytest.mark.parametrize(
    "path",
    [
        "/khong-ton-tai",
        "/tagged/khong-co-muc-nay",
        "/archive/2026/09",
        "/archive/2026/10/06",
        "/archive/2026/11/04",
        "/trang-cu-000000000000",
        "/media/0123456789abcdef0123456789abcdef",
        "/tin-tuc/chi-tiet.html",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_short_link_and_wrong_slug_redirect(server):
    story = portal.A8
    for target in (f"/p/{story.opts['pid']}", f"/bai-viet-{story.opts['pid']}"):
        status, _, headers = fetch(server, target)
        assert status == 301
        assert headers["Location"].endswith(portal.GOLD[7]["path"])


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            with NO_REDIRECTS.open(server.url(img["path"]), timeout=10) as resp:
                assert resp.status == 200
                assert resp.headers["Content-Type"].startswith("image/")


def test_story_pages_have_no_img_src_for_photos(server):
    """Trap 3: the article's own photos are only in <source srcset>."""
    status, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert status == 200
    for img in portal.GOLD[0]["images"]:
        assert f'src="{img["path"]}"' not in body


def test_utc_meta_day_differs_for_a8(server):
    status, body, _ = fetch(server, portal.GOLD[7]["path"])
    assert status == 200
    assert 'property="article:published_time" content="2026-11-19T23:' in body
    assert portal.GOLD[7]["published_at"] == "2026-11-20"


def test_feed_is_xml(server):
    status, body, headers = fetch(server, "/feed")
    assert status == 200 and headers["Content-Type"].startswith("text/xml")
    assert body.count("<item>") == 10


class _Balance(HTMLParser):
    VOID = frozenset({"img", "br", "meta", "link", "source", "input", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        else:
            self.errors.append(f"</{tag}> at {self.getpos()} with {self.stack[-3:]}")


def test_pages_are_balanced(server):
    """The markup nests as written: the article ends where the template closes it."""
    paths = ["/", "/about", "/archive", "/archive/2026/11", "/tagged/tin-tuc-su-kien"]
    paths += [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    for path in paths:
        status, body, _ = fetch(server, path)
        assert status == 200
        checker = _Balance()
        checker.feed(body)
        assert not checker.stack and not checker.errors, (path, checker.stack, checker.errors[:2])
