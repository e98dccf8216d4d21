"""Self-check of the framer_thcs fixture against itself (never the crawler).

Every gold path answers 200 with its title; every gold article is reachable from START_PATH by
links (and the action-less GET forms); the gold's fields are printed on the page; alt paths
serve the same article; non-articles answer 200; unknown paths 404; and the documented traps
behave as documented (load more without URL, offset pages, SSR copies, two canonicals, dates).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import framer_thcs as portal
from ._common import Story, collapse
from ._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
STORY_BY_PATH = {portal.article_path(s): s for s in portal.STORIES}


class _Links(HTMLParser):
    """Hrefs of ``<a>`` and GET forms (with their first radio/text values) of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.forms: list[dict[str, str]] = []
        self._form: dict[str, str] | None = None
        self.canonicals: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonicals.append(a["href"])
        elif tag == "form":
            self._form = {"__action__": a.get("action", "")}
        elif tag in ("input", "textarea") and self._form is not None:
            name = a.get("name")
            if name and name not in self._form:
                self._form[name] = a.get("value", "x")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self._form is not None:
            self.forms.append(self._form)
            self._form = None


def _parse(body: str) -> _Links:
    parser = _Links()
    parser.feed(body)
    return parser


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _text(body: str) -> str:
    """The page's visible-ish text: scripts dropped, tags to spaces, entities decoded."""
    body = re.sub(r"<script\b.*?</script>", " ", body, flags=re.S)
    body = re.sub(r"<style\b.*?</style>", " ", body, flags=re.S)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", body)))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk of links and GET forms from START_PATH: target -> page body."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _headers = fetch(server, target)
        requests += 1
        assert requests < 200, "the walk does not end"
        if status != 200:
            seen[target] = ""
            continue
        seen[target] = body
        page = _parse(body)
        base = server.url(target)
        found = [urljoin(base, h) for h in page.hrefs]
        for form in page.forms:
            action = form.pop("__action__")
            found.append(urljoin(base, action) .split("?")[0] + "?" + urlencode(form))
        for url in found:
            parts = urlsplit(url)
            if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
                continue
            tgt = _target(url)
            if tgt not in seen:
                queue.append(tgt)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert portal.NAME == "framer_thcs"
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


def test_gold_well_formed():
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    for g in portal.GOLD:
        assert g["published_at"] is None or stamp.match(g["published_at"]), g["path"]
        assert "2026-10" <= (g["published_at"] or "2026-10")[:7] <= "2026-12"
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"] and "\n\n\n" not in g["body"]
        assert g["category"] in {name for name, _ in portal.CATS.values()}
        for img in g["images"]:
            assert img["path"].startswith("/images/")
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_gold_page_prints_its_fields(server, path):
    g = GOLD_BY_PATH[path]
    story: Story = STORY_BY_PATH[path]
    status, body, headers = fetch(server, path)
    assert status == 200
    assert "text/html" in headers["Content-Type"]
    text = _text(body)
    assert g["title"] in text
    for para in g["body"].split("\n\n"):
        assert para in text, para
    if g["summary"]:
        assert g["summary"] in text
    for name in g["authors"] + g["photographers"]:
        assert name in text
    if g["source"]:
        assert g["source"] in text
    for img in g["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert story.opts["date"] in text
    assert g["category"] in text
    # the gold date is printed: the meta row's day (or the letterhead's for the notice)
    day = g["published_at"][:10]
    y, m, d = day.split("-")
    printed_day = f"{int(d)} thg {int(m)}, {y}"
    letterhead = f"ngày {int(d)} tháng {int(m)} năm {y}"
    assert printed_day in text or letterhead in text


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_alt_paths_serve_the_same_article(server, path):
    g = GOLD_BY_PATH[path]
    _s, clean, _h = fetch(server, path)
    for alt in g.get("alt_paths", []):
        status, body, _headers = fetch(server, alt)
        assert status == 200
        assert _text(body) == _text(clean)


def test_every_gold_article_reachable(crawl):
    reached = {t for t, body in crawl.items() if body}
    for path in GOLD_BY_PATH:
        assert path in reached, path
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    # the alt paths the gold lists are the ones the site links to
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            assert alt in reached, alt


def test_crawl_budget(crawl):
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(crawl) <= budget, len(crawl)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _headers = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


@pytest.mark.parametrize(
    "path",
    ["/tin-tuc/khong-co-bai-nay", "/tin-tuc/trang-4", "/wp-admin", "/en/tin-tuc", "/van-ban/abc"],
)
def test_unknown_paths_404(server, path):
    status, _body, _headers = fetch(server, path)
    assert status == 404


def test_trailing_slash_redirects(server):
    path = portal.GOLD[0]["path"]
    status, _body, headers = fetch(server, path + "/")
    assert status == 308
    assert headers["Location"] == path


def test_images_and_sitemap(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _body, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, body, _headers = fetch(server, "/robots.txt")
    assert status == 200 and "sitemap.xml" in body
    status, body, _headers = fetch(server, "/sitemap.xml")
    assert status == 200
    for path in GOLD_BY_PATH:
        assert path + "</loc>" in body


# --- the traps, as documented -------------------------------------------------------------------


def _linked_from(crawl: dict[str, str], server, path: str) -> set[str]:
    pages = set()
    for target, body in crawl.items():
        if not body:
            continue
        for href in _parse(body).hrefs:
            if _target(urljoin(server.url(target), href)).split("?")[0] == path:
                pages.add(target)
    return pages


def test_old_articles_only_via_offset_pages(crawl, server):
    a11 = portal.article_path(portal.BY_ID[11])
    a13 = portal.article_path(portal.BY_ID[13])
    assert _linked_from(crawl, server, a11) - {a11} == {"/tin-tuc/trang-2"}
    assert _linked_from(crawl, server, a13) - {a13} == {"/tin-tuc/trang-3"}
    _s, body, _h = fetch(server, "/tin-tuc")
    assert 'data-framer-name="Load More"' in body and 'role="button"' in body


def test_ssr_variants_print_the_hero_twice(server):
    g = portal.GOLD[0]
    _s, body, _h = fetch(server, g["path"])
    assert body.count("<h1 ") == 2
    assert _text(body).count(g["summary"]) == 2
    assert body.count(f'src="{g["images"][0]["path"]}"') == 2
    # the rich text is printed once, in its appear-animation start state
    assert _text(body).count(g["body"].split("\n\n")[1]) == 1
    assert 'style="opacity:0.001;transform:translateY(40px)' in body


def test_two_canonicals_first_points_home(server):
    for g in portal.GOLD:
        _s, body, _h = fetch(server, g["path"])
        canonicals = _parse(body).canonicals
        assert len(canonicals) == 2
        assert _target(canonicals[0]) == "/"
        assert _target(canonicals[1]) == g["canonical_path"]


def test_notice_date_is_the_letterhead(server):
    g = GOLD_BY_PATH[portal.article_path(portal.BY_ID[2])]
    _s, body, _h = fetch(server, g["path"])
    text = _text(body)
    assert g["published_at"] == "2026-11-30"
    assert "Hòa Khánh, ngày 30 tháng 11 năm 2026" in text
    assert "09:15 2 thg 12, 2026" in text
    assert "UBND PHƯỜNG HÒA KHÁNH" not in g["body"]
    assert g["authors"] == ["Phạm Thị Minh Nguyệt"]


def test_dates_printed_as_framer_intl(server):
    a01 = GOLD_BY_PATH[portal.article_path(portal.BY_ID[1])]
    _s, body, _h = fetch(server, a01["path"])
    assert "16:45 4 thg 12, 2026" in _text(body)
    assert "Cập nhật: 08:10 5 thg 12, 2026" in _text(body)
    assert a01["published_at"] == "2026-12-04T16:45:00+07:00"
    a09 = GOLD_BY_PATH[portal.article_path(portal.BY_ID[9])]
    _s, body, _h = fetch(server, a09["path"])
    assert "00:00 28 thg 10, 2026" in _text(body)
    assert a09["published_at"] == "2026-10-28"


def test_captions_and_bylines_not_in_body():
    for story in portal.STORIES:
        g = GOLD_BY_PATH[portal.article_path(story)]
        for img in story.images:
            if img.printed:
                assert img.printed not in g["body"]
        assert "Xem thêm" not in g["body"]
        assert "Tin:" not in g["body"] and "Tin, ảnh" not in g["body"]
        assert "Ban biên tập" not in g["authors"]
