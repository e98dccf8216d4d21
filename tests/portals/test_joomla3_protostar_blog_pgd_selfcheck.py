"""Self-checks of the joomla3_protostar_blog_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import datetime as dt
import re
import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_protostar_blog_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

MONTH_LINE = re.compile(
    r"Được đăng: (Thứ hai|Thứ ba|Thứ tư|Thứ năm|Thứ sáu|Thứ bảy|Chủ nhật), "
    r"(\d\d) Tháng (\d{1,2}) (\d{4}) (\d\d):(\d\d)")
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


class _Page(HTMLParser):
    """Visible text (scripts, styles and head left out), links with their rel, the headline."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.headline: list[str] = []
        self._skip = 0
        self._in_headline = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style", "head"):
            self._skip += 1
        if tag == "a" and a.get("href"):
            self.links.append((a["href"], a.get("rel") or ""))
        if tag == "h2" and a.get("itemprop") == "headline":
            self._in_headline = True
        if tag in ("p", "div", "li", "td", "tr", "br", "h1", "h2", "h3", "dd", "dt"):
            self.chunks.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self._skip -= 1
        if tag == "h2":
            self._in_headline = False
        if tag in ("p", "div", "li", "td", "h1", "h2", "h3"):
            self.chunks.append("\n")

    def handle_data(self, data):
        if self._skip:
            return
        self.chunks.append(data)
        if self._in_headline:
            self.headline.append(data)

    @property
    def text(self) -> str:
        return collapse(" ".join(self.chunks))


def parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _get(server, target: str) -> str:
    status, body, _ = fetch(server, target)
    assert status == 200, (target, status)
    return body


def test_shape():
    assert portal.NAME == "joomla3_protostar_blog_pgd"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts + portal.NON_ARTICLES)) == len(paths + alts + portal.NON_ARTICLES)
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]


def test_module_has_no_machine_paths():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_paths_answer_with_the_headline(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        page = parse(_get(server, target))
        assert collapse(" ".join(page.headline)) == gold["title"], target


def _body_page(server, gold) -> str:
    """The page holding the whole text: the showall view for the page-broken article."""
    showall = [a for a in gold.get("alt_paths", []) if a.endswith("?showall=1")]
    return _get(server, showall[0] if showall else gold["path"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_fields_are_on_the_page(server, gold):
    raw = _body_page(server, gold)
    page = parse(raw)
    text = page.text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            pieces = EMAIL.split(cell)
            for piece in pieces:
                assert collapse(piece) in text, (gold["path"], piece)
            for address in EMAIL.findall(cell):
                local, domain = address.split("@")
                assert f"'{local}' + '&#64;'" in raw
                assert " + '&#46;' + ".join(f"'{p}'" for p in domain.split(".")) in raw
                assert address not in text  # cloaked: only the script knows it
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    # the printed publication line gives the gold date
    m = MONTH_LINE.search(text)
    assert m, gold["path"]
    weekday, day, month, year, hh, mm = m.groups()
    date = dt.date(int(year), int(month), int(day))
    assert WEEKDAYS[date.weekday()] == weekday
    expected = date.isoformat() if (hh, mm) == ("00", "00") else (
        f"{date.isoformat()}T{hh}:{mm}:00+07:00")
    assert gold["published_at"] == expected
    # the machine attribute is the UTC database value, 7 hours earlier
    utc = re.search(r'<time datetime="([^"]+)" itemprop="datePublished">', raw).group(1)
    local = dt.datetime.fromisoformat(utc) + dt.timedelta(hours=7)
    assert local.strftime("%Y-%m-%d %H:%M") == f"{date.isoformat()} {hh}:{mm}"
    assert f"Danh mục: {gold['category']}" in text or gold["category"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in raw
        if img["caption"]:
            escaped = img["caption"].replace("&", "&amp;").replace('"', "&quot;")
            assert img["caption"] in text or f'title="{escaped}"' in raw, img


def test_page_break_parts(server):
    gold = next(g for g in portal.GOLD if any("showall" in a for a in g.get("alt_paths", [])))
    paras = gold["body"].split("\n\n")
    first = parse(_get(server, gold["path"])).text
    second = parse(_get(server, gold["path"] + "?showall=&limitstart=1")).text
    assert paras[0] in first and paras[0] not in second
    assert paras[-1] in second and paras[-1] not in first
    assert "Trang 1 / 2" in first and "Trang 2 / 2" in second
    printed = parse(_get(server, gold["path"] + "?tmpl=component&print=1")).text
    assert paras[0] in printed and paras[-1] in printed


def _crawl(server):
    """Breadth-first over every same-host link from START_PATH (static files not fetched)."""
    seen: dict[str, set[str]] = {portal.START_PATH: set()}
    nofollow_only: set[str] = set()
    queue = deque([portal.START_PATH])
    fetched = []
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        assert status == 200, (target, status)
        fetched.append(target)
        if "text/html" not in headers.get("Content-Type", ""):
            continue
        for href, rel in parse(body).links:
            url = urljoin(server.url(target), href)
            parts = urlsplit(url)
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt.startswith(("/images/", "/media/", "/templates/")) or nxt == "/#top":
                continue
            if nxt not in seen:
                seen[nxt] = set()
                queue.append(nxt)
                if "nofollow" in rel:
                    nofollow_only.add(nxt)
            elif "nofollow" not in rel:
                nofollow_only.discard(nxt)
            seen[nxt].add(target)
    return seen, fetched, nofollow_only


@pytest.fixture(scope="module")
def crawl(server):
    return _crawl(server)


def test_every_gold_article_and_non_article_is_reachable(crawl):
    seen, _, _ = crawl
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_crawl_is_bounded(crawl):
    _, fetched, nofollow_only = crawl
    followed = [t for t in fetched if t not in nofollow_only]
    assert len(followed) <= 3 * (13 + len(portal.NON_ARTICLES)), len(followed)
    assert len(fetched) < 80


def test_some_articles_only_from_page_two_and_on(crawl):
    seen, _, _ = crawl
    only_later = 0
    for gold in portal.GOLD:
        sources = {s for s in seen[gold["path"]] if not s.startswith(gold["path"])}
        if sources and all("?start=" in s for s in sources):
            only_later += 1
    assert only_later >= 3


def test_unlinked_notice_is_reached_only_by_the_pager(crawl):
    seen, _, _ = crawl
    short = next(g for g in portal.GOLD if g["path"].split("/")[-1].startswith("127-"))
    sources = {s for s in seen[short["path"]] if not s.startswith(short["path"])}
    assert sources and all(s.split("/")[-1].startswith("130-") for s in sources)


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    _get(server, path)


@pytest.mark.parametrize("target", [
    "/index.php/khong-co",
    "/nothing-here",
    "/index.php/tin-tuc-su-kien?start=9",
    "/index.php/tin-tuc-su-kien?start=4",
    "/index.php/tin-tuc-su-kien/999-khong-co-bai",
    "/index.php/hoat-dong-chuyen-mon/129-sai-alias",
    "/index.php/hoat-dong-chuyen-mon/129-chuyen-de-doi-moi-sinh-hoat-chuyen-mon-theo-huong-"
    "nghien-cuu-bai-hoc-mon-ngu-van-thcs?showall=1",
    "/index.php/component/mailto/?tmpl=component&link=%%%",
    "/index.php/component/users/?view=login",
])
def test_unknown_paths_are_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404, target


def test_vote_post_redirects_to_the_article(server):
    gold = next(g for g in portal.GOLD if any(a.endswith("?hitcount=0") for a in g["alt_paths"]))
    req = urllib.request.Request(server.url(gold["path"] + "?hitcount=0"),
                                 data=b"user_rating=5&task=article.vote&hitcount=0",
                                 method="POST")
    try:
        NO_REDIRECTS.open(req, timeout=10)
        status, location = 200, None
    except urllib.error.HTTPError as err:
        status, location = err.code, err.headers.get("Location")
    assert status == 303 and location == gold["path"]


def test_hits_grow_on_every_view(server):
    path = portal.GOLD[0]["path"]
    counts = [int(re.search(r"Lượt xem: (\d+)", _get(server, path)).group(1)) for _ in range(2)]
    assert counts[1] == counts[0] + 1


def test_mailto_form_does_not_carry_the_article(server):
    body = _get(server, portal.GOLD[0]["path"])
    link = re.search(r'href="(/index.php/component/mailto/[^"]+)"', body).group(1)
    page = _get(server, link.replace("&amp;", "&"))
    assert "Gửi liên kết này cho bạn bè" in page
    assert portal.GOLD[0]["title"] not in page
