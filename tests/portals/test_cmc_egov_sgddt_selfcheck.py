"""Self-checks of the cmc_egov_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.parse
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import cmc_egov_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".ico")
_HREF = re.compile(r'href="([^"]*)"')
_POSTBACK = re.compile(r"__doPostBack\('([^']*)','([^']*)'\)")
_HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" id="[^"]*" value="([^"]*)" />')
_ACTION = re.compile(r'<form name="aspnetForm" method="post" action="([^"]*)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def visible_text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"(?s)<[^>]+>", " ", page)
    return collapse(unicodedata.normalize("NFC", _html.unescape(page)))


def post(server: PortalServer, target: str, fields: dict[str, str]) -> tuple[int, str]:
    data = urllib.parse.urlencode(fields).encode("utf-8")
    try:
        with NO_REDIRECTS.open(server.url(target), data=data, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def crawl(server: PortalServer, *, postbacks: bool = True, page_two: bool = True):
    """Breadth-first over links (and WebForms postbacks) from START_PATH; returns GET targets seen
    with their bodies, and the number of page requests made."""
    seen: dict[str, str] = {}
    done_posts: set[tuple[str, str, str]] = set()
    queue: deque[tuple[str, str, dict[str, str] | None]] = deque([("GET", portal.START_PATH, None)])
    requests = 0
    while queue:
        method, target, fields = queue.popleft()
        if method == "GET":
            if target in seen:
                continue
            status, body, headers = fetch(server, target)
            requests += 1
            if status in (301, 302):
                loc = urllib.parse.urlsplit(headers["Location"])
                queue.append(("GET", loc.path + (f"?{loc.query}" if loc.query else ""), None))
                continue
            seen[target] = body
        else:
            assert fields is not None
            key = (target, fields["__EVENTTARGET"], fields["__EVENTARGUMENT"])
            if key in done_posts:
                continue
            done_posts.add(key)
            status, body = post(server, target, fields)
            requests += 1
        if status != 200:
            continue
        base = server.url(target)
        for raw in _HREF.findall(body):
            href = _html.unescape(raw)
            if href.startswith("javascript:"):
                m = _POSTBACK.search(href)
                if m and postbacks:
                    action = _html.unescape(_ACTION.search(body).group(1))
                    form = {k: _html.unescape(v) for k, v in _HIDDEN.findall(body)}
                    form["__EVENTTARGET"], form["__EVENTARGUMENT"] = m.group(1), m.group(2)
                    queue.append(("POST", action, form))
                continue
            if href.startswith(("mailto:", "#")):
                continue
            parts = urllib.parse.urlsplit(urllib.parse.urljoin(base, href))
            if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
                continue
            if parts.path.lower().endswith(_SKIP_EXT):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if not page_two and re.search(r"[?&]Page=([2-9])", nxt):
                continue
            queue.append(("GET", nxt, None))
    return seen, requests


def test_contract():
    assert portal.NAME == "cmc_egov_sgddt"
    assert portal.START_PATH == "/sgddt/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths)) == len(paths)
    assert len(set(alts)) == len(alts)
    assert not set(paths) & set(alts)
    assert not set(paths + alts) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["published_at"].startswith(("2026-10", "2026-11", "2026-12"))
        assert g["category"] in {v[0] for v in portal.CATS.values()}


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_gold_and_alt_paths_serve_the_article(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = visible_text(body)
        assert gold["title"] in text, target
        assert gold["body"].split("\n\n")[-1].split(" | ")[0] in text, target


@pytest.mark.parametrize("story", portal.STORIES, ids=lambda s: str(s.id))
def test_gold_fields_on_page(server, story):
    gold = next(g for g in portal.GOLD if g["path"].endswith(f"-{story.id}.html"))
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = visible_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert story.opts["time"] in text
    if len(gold["published_at"]) == 10:
        y, m, d = gold["published_at"].split("-")
        # a letter's letterhead day, or a day posted at midnight (a day set without a time)
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text or f"{d}/{m}/{y} 12:00:00 SA" in text
    # the headline is no heading; the one <h1> is the banner
    assert re.findall(r"<h1[^>]*>(.*?)</h1>", body) == ["SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG"]
    # the friendly page names its canonical
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


def test_times_are_twelve_hour_vi_vn():
    for s in portal.STORIES:
        day, clock, marker = s.opts["time"].split()
        h, mi, _ = (int(x) for x in clock.split(":"))
        hour24 = (h % 12) + (12 if marker == "CH" else 0)
        gold = s.published_at
        if len(gold) > 10:
            assert gold[11:16] == f"{hour24:02d}:{mi:02d}", s.id
            d, m, y = day.split("/")
            assert gold[:10] == f"{y}-{m}-{d}"


def test_legacy_page_has_no_canonical_and_cross_category_breadcrumb(server):
    s = portal.S4815
    _, legacy, _ = fetch(server, portal.legacy_url(s))
    assert 'rel="canonical"' not in legacy
    _, cross, _ = fetch(server, portal.art_url(s, 12))
    bc = re.search(r'<div class="bc".*?</div>', cross).group(0)
    assert "Tin hoạt động" in bc and "Giáo dục phổ thông" not in bc
    assert f'href="{server.base_url}{portal.art_url(s)}"' in cross


def test_everything_reachable_within_budget(server):
    seen, requests = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert requests <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_on_page_two(server):
    seen, _ = crawl(server, postbacks=False, page_two=False)
    only_p2 = {4776, 4752, 4771}
    for g in portal.GOLD:
        item = int(g["path"].rsplit("-", 1)[1][:-5])
        reached = any(
            t == g["path"] or t in g.get("alt_paths", []) or t.endswith(f"-{item}.html")
            for t in seen
        )
        assert reached == (item not in only_p2), g["path"]
    # 4771 needs the postback; 4776 and 4752 the GET pager
    seen_get, _ = crawl(server, postbacks=False)
    assert portal.art_url(portal.S4771) not in seen_get
    assert portal.art_url(portal.S4776) in seen_get


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert 'class="cttin-nd"' not in body


@pytest.mark.parametrize(
    "target",
    [
        "/sgddt/khong-co.html",
        "/sgddt/tin-tuc/12/khong-co-bai-99999.html",
        "/sgddt/tin-tuc/17/trao-tang-2-500-ao-am-4821.html",
        "/sgddt/Pages/ChiTietTin.aspx?ItemID=1&CatID=12",
        "/sgddt/chuyen-muc/99/khong-co.html",
        "/sgddt/van-ban/chi-tiet.html?vbid=1",
        "/sgddt/lich-cong-tac.html?tuan=47&nam=2026",
        "/snv/",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_images_and_files_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    for path in portal.FILES:
        assert fetch(server, path)[0] == 200
