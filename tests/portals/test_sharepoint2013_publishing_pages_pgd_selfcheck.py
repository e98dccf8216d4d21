"""Self-checks of the SharePoint 2013 PGD Hương Thủy fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import sharepoint2013_publishing_pages_pgd as portal
from tests.portals._selfcheck import fetch

BLOCKS = frozenset({"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "br", "table", "ul"})
STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".mp4", ".axd")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Text(HTMLParser):
    """Visible-ish text of a page: scripts and styles dropped, blocks separated by newlines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self._skip += 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self._skip -= 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def norm(value: str) -> str:
    value = unicodedata.normalize("NFC", value.replace("\u200b", "").replace("\xa0", " "))
    return re.sub(r"[ \t\r\f\v]+", " ", value)


def visible(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return re.sub(r"\s+", " ", norm("".join(parser.parts)))


def story_of(record: dict):
    return next(s for s in portal.STORIES if portal.article_path(s) == record["path"])


def links(page: str, current: str) -> list[str]:
    out = []
    for raw in re.findall(r'href="([^"]*)"', page):
        href = _html.unescape(raw).strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + current, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(STATIC_EXT):
            continue
        out.append(target)
    return out


def crawl(server) -> tuple[dict[str, str], int]:
    """Breadth-first walk over plain links and redirects, as a crawler without JavaScript would."""
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    queued = {portal.START_PATH}
    requests = 0
    while queue:
        target = queue.pop(0)
        requests += 1
        assert requests < 200, "the site must stay bounded"
        status, body, headers = fetch(server, target)
        found: list[str] = []
        if status in (301, 302):
            location = headers.get("Location", "")
            found = [urlsplit(urljoin("http://fixture.invalid" + target, location))._replace(scheme="", netloc="").geturl()]
        elif status == 200:
            seen[target] = body
            found = links(body, target)
        for nxt in found:
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
    return seen, requests


def test_gold_shape():
    assert portal.NAME == "sharepoint2013_publishing_pages_pgd"
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    for record in portal.GOLD:
        paragraphs = record["body"].split("\n\n")
        assert 3 <= len(paragraphs) <= 15, record["path"]
        assert "\u200b" not in json.dumps(record, ensure_ascii=False)
        assert record["published_at"] is None or record["published_at"].startswith("2026-1")
        if record["summary"]:
            assert paragraphs[0] == record["summary"]


def test_gold_pages_answer_with_title_and_canonical(server):
    for record in portal.GOLD:
        status, page, _ = fetch(server, record["path"])
        assert status == 200, record["path"]
        h1 = re.search(r'<h1 id="pageTitle"[^>]*>(.*?)</h1>', page, re.S)
        assert h1 and visible(h1.group(1)).strip() == record["title"]
        assert f'{record["canonical_path"]}" />' in page
        assert f'<link rel="canonical" href="{server.base_url}{record["canonical_path"]}" />' in page


def test_alt_paths_serve_or_redirect_to_the_article(server):
    count = 0
    for record in portal.GOLD:
        for alt in record.get("alt_paths", []):
            count += 1
            status, page, headers = fetch(server, alt)
            if status == 302:
                assert headers["Location"] == record["path"]
            else:
                assert status == 200
                assert f'{server.base_url}{record["canonical_path"]}" />' in page
    assert count == 3


def test_gold_fields_appear_on_the_page(server):
    for record in portal.GOLD:
        story = story_of(record)
        _, page, _ = fetch(server, record["path"])
        text = visible(page)
        for paragraph in record["body"].split("\n\n"):
            for cell in paragraph.split(" | "):
                assert cell in text, (record["path"], cell)
        for name in record["authors"] + record["photographers"]:
            assert name in text, (record["path"], name)
        if record["source"]:
            assert record["source"] in text
        for image in record["images"]:
            assert f'src="{_html.escape(image["path"])}"' in page, image
            if image["caption"]:
                assert image["caption"] in text
        line = re.search(r'<div class="ngaydang-tin">(.*?)</div>', page).group(1)
        if record["published_at"] is None:
            assert line == ""
        else:
            y, m, d = record["published_at"][:10].split("-")
            assert line.startswith(f"Ngày {d}/{m}/{y}")
            if "T" in record["published_at"]:
                hh, mm = int(record["published_at"][11:13]), record["published_at"][14:16]
                shown = f"{hh % 12 or 12}:{mm} {'SA' if hh < 12 else 'CH'}"
                assert line.endswith(shown), (line, shown)
            elif story.opts["layout"] == "right":
                assert line.endswith("12:00 SA")
        assert f"Chuyên mục: <a href=\"{portal.PAGES}TinTuc.aspx?Cat={portal.CAT_ID[record['category']]}\">" in page
        # the hidden field labels and the CMS account are there, and none of it is gold
        assert "style='display:none'>Nội dung trang</div>" in page
        assert "Nội dung trang" not in record["body"]
        assert not set(record["authors"]) & set(portal.USERS.values())


def test_every_gold_article_is_reachable_by_plain_links_within_budget(server):
    seen, requests = crawl(server)
    for record in portal.GOLD:
        assert record["path"] in seen, record["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_on_page_two(server):
    first_pages = [portal.START_PATH, portal.LIST_VIEW] + [f"{portal.PAGES}TinTuc.aspx?Cat={c}" for c in portal.CATS]
    linked = set()
    for target in first_pages:
        _, page, _ = fetch(server, target)
        linked.update(links(page, target))
    for record in portal.GOLD:
        _, page, _ = fetch(server, record["path"])
        linked.update(links(page, record["path"]))
    only_deep = [g["path"] for g in portal.GOLD if g["path"] not in linked]
    assert sorted(only_deep) == sorted(portal.article_path(portal.BY_ID[i]) for i in (10, 12, 13))


def test_list_view_pager_is_javascript_and_its_page_two_works(server):
    _, page, _ = fetch(server, portal.LIST_VIEW)
    match = re.search(r"RefreshPageTo\(event, &quot;(.*?)&quot;\)|RefreshPageTo\(event, \"(.*?)\"\)", page)
    assert match
    js = _html.unescape(match.group(1) or match.group(2))
    assert 'href="javascript:" class="ms-commandLink' in page
    url = js.encode().decode("unicode_escape")
    assert "PageFirstRow=11&&View=" in url and "p_ArticleStartDate=" in url
    status, page2, _ = fetch(server, url)
    assert status == 200
    for i in (10, 12, 13, 11):
        assert portal.article_path(portal.BY_ID[i]) in page2
    # the en-US culture of list views: 12 Nov 2026 printed month first
    assert "<nobr>11/12/2026 12:00 AM</nobr>" in page


def test_category_page_two_keeps_bookmarks(server):
    _, page, _ = fetch(server, f"{portal.PAGES}TinTuc.aspx?Cat=1")
    nxt = re.search(r'<a href="([^"]*)" class="trang-sau">', page)
    assert nxt
    url = _html.unescape(nxt.group(1))
    assert "p_ArticleStartDate=20261110%2012%3a15%3a00" in url and "PageFirstRow=5" in url
    status, page2, _ = fetch(server, url)
    assert status == 200
    assert portal.article_path(portal.BY_ID[13]) in page2 and portal.article_path(portal.BY_ID[10]) in page2


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert 'id="pageTitle"' in page


def test_unknown_paths_404(server):
    for target in (
        "/sites/pgddt/Pages/Khong-ton-tai.aspx",
        "/sites/pgddt/VanBan/khong-co.pdf",
        "/sites/other/Pages/default.aspx",
        "/_layouts/15/CopyUtil.aspx?Use=id&ItemId=99",
        "/sites/pgddt/Pages/TinTuc.aspx?Cat=9",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_redirects_and_login(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/Pages/default.aspx"
    status, _, headers = fetch(server, "/sites/pgddt")
    assert status == 302 and headers["Location"] == portal.START_PATH
    status, _, headers = fetch(server, "/sites/pgddt/Pages/Forms/AllItems.aspx")
    assert status == 302 and "Authenticate.aspx" in headers["Location"]
    status, _, _ = fetch(server, "/sites/pgddt/_layouts/15/userdisp.aspx?ID=14")
    assert status == 401


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/", "/Users/"):
        assert prefix not in source
