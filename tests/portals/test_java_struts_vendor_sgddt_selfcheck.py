"""Self-checks of the java_struts_vendor_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import java_struts_vendor_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

COOKIE = f"JSESSIONID={portal.SESSION_ID}"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def get(server, target: str, cookie: bool = False) -> tuple[int, str, dict[str, str]]:
    if not cookie:
        return fetch(server, target)
    req = urllib.request.Request(server.url(target), headers={"Cookie": COOKIE})
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    body = re.sub(r"(?i)<br\s*/?>", "\n", body)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def content_of(body: str) -> str:
    start = body.index('<div id="newsContent"')
    end = body.index('<div class="congcu">')
    return body[start:end]


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.base: str | None = None
        self.links: list[str] = []
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: list | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self._form = {"action": a.get("action", ""), "method": a.get("method", "get").lower(), "fields": [], "selects": []}
            self.forms.append(self._form)
        elif tag == "input" and self._form is not None and a.get("name"):
            if a.get("type", "text") in ("hidden", "text"):
                self._form["fields"].append((a["name"], a.get("value", "")))
        elif tag == "select" and self._form is not None and a.get("name"):
            self._select = [a["name"], []]
            self._form["selects"].append(self._select)
        elif tag == "option" and self._select is not None:
            self._select[1].append(a.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def _targets(page_url: str, body: str) -> list[str]:
    parser = _Links()
    parser.feed(body)
    base = urljoin(page_url, parser.base) if parser.base else page_url
    urls = [urljoin(base, _html.unescape(h)) for h in parser.links if not h.startswith(("javascript:", "mailto:"))]
    for form in parser.forms:
        if form["method"] != "get":
            continue
        action = urljoin(base, form["action"])
        variants = [list(form["fields"])]
        for name, options in form["selects"]:
            variants += [[*form["fields"], (name, opt)] for opt in options]
        urls += [action + "?" + urlencode(v) for v in variants]
    return urls


def crawl(server, cookie: bool) -> dict[str, str]:
    """Breadth-first walk from START_PATH (links, base href, GET forms, redirects): target -> html."""
    host = urlsplit(server.base_url).netloc
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    queued = set(queue)
    while queue:
        target = queue.pop(0)
        status, body, headers = get(server, target, cookie)
        if status in (301, 302):
            nxt = urljoin(server.url(target), headers["Location"])
            found = [nxt]
        elif status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            seen[target] = body
            found = _targets(server.url(target), body)
        else:
            continue
        for url in found:
            parts = urlsplit(url)
            if parts.netloc != host:
                continue
            t = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpg|gif|png|css|js|pdf|doc)$", parts.path, re.I) or "download.action" in t:
                continue
            if t not in queued:
                queued.add(t)
                queue.append(t)
        assert len(queued) < 400, "crawl does not end"
    return seen


def strip_jsid(target: str) -> str:
    return re.sub(r";jsessionid=[^/?;]*", "", target)


@pytest.fixture(scope="module")
def crawls(server):
    return {False: crawl(server, False), True: crawl(server, True)}


def test_module_contract():
    assert portal.NAME == "java_struts_vendor_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    everything = paths + [g["canonical_path"] for g in portal.GOLD]
    everything += [a for g in portal.GOLD for a in g["alt_paths"]] + portal.NON_ARTICLES
    assert len(everything) == len(set(everything))
    assert len({g["category"] for g in portal.GOLD}) == 3
    for g in portal.GOLD:
        assert 3 <= len(g["body"].split("\n\n")) <= 12
        assert g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_title_and_fields(server, gold):
    for cookie in (False, True):
        for target in [gold["path"], gold["canonical_path"], *gold["alt_paths"]]:
            status, body, headers = get(server, target, cookie)
            assert status == 200, target
            if "print.action" in target:
                assert headers["Content-Type"] == "text/html;charset=ISO-8859-1"
                h = re.search(r"<h1>(.*?)</h1>", body, re.S).group(1)
            else:
                h = re.search(r'<h2 class="tinchitiet_tieude">(.*?)</h2>', body, re.S).group(1)
            assert collapse(_html.unescape(h)) == gold["title"], target

    status, body, _ = get(server, gold["path"], True)
    text = page_text(body)
    content = page_text(content_of(body))
    for para in gold["body"].split("\n\n"):
        para = para.replace(" | ", " ")  # table rows: cells joined by " | " in the gold
        assert para in text, para
        if para != (gold["summary"] or "").replace(" | ", " ") or "tinchitiet_tomtat" not in body:
            assert para in content, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in content, name
    if gold["source"]:
        assert gold["source"] in content
    for img in gold["images"]:
        srcs = [urljoin(server.url("/portal/"), s) for s in re.findall(r'<img alt="" src="([^"]+)"', content_of(body))]
        assert server.url(img["path"]) in srcs
        if img["caption"]:
            assert img["caption"] in content
    crumb = re.search(r'<div class="duongdan">(.*?)</div>', body, re.S).group(1)
    assert page_text(crumb).endswith(gold["category"])
    # the double-escaped <title> (trap 4) and the date as Java prints it (trap 5)
    if '"' in gold["title"] or "&" in gold["title"]:
        assert "&amp;quot;" in body or "&amp;amp;" in body
    s = portal.BY_ID[int(re.search(r"newsId=(\d+)", gold["path"]).group(1))]
    w = s.opts["when"]
    assert (w.java() if s.cat == "7" else w.vi_short()) in text
    assert gold["published_at"][:10] == f"{w.y}-{w.m:02d}-{w.d:02d}" or s.id == 1181
    if s.id == 1181:
        assert "Hà Nam, ngày 30 tháng 11 năm 2026" in text


def test_every_gold_article_reachable(crawls):
    for cookie, pages in crawls.items():
        reached = set(pages)
        for gold in portal.GOLD:
            forms = {gold["path"], gold["canonical_path"], *gold["alt_paths"]}
            assert forms & reached, (cookie, gold["path"])
        clean = {strip_jsid(t) for t in reached}
        for path in portal.NON_ARTICLES:
            assert path in clean, (cookie, path)


def test_page_two_only_articles(crawls):
    pages = crawls[True]
    only_p2 = {1150, 1138, 1142, 1145}
    for target, body in pages.items():
        if "list.action" in target and re.search(r"page=[2-9]", target):
            continue
        linked = {int(n) for n in re.findall(r"newsId=(\d+)", body)}
        linked |= {int(n) for n in re.findall(r"news/detail/(\d+)\.html", body)}
        own = re.search(r"newsId=(\d+)|detail/(\d+)\.html", target)
        if own and int(own.group(1) or own.group(2)) in only_p2:
            continue  # pages themselves reached only through page 2
        assert not (linked & only_p2), target
    # 1145 is reached only through the pager form's select
    assert "/portal/news/list.action?categoryId=7&page=2" in pages
    listing = pages["/portal/news/list.action?categoryId=7"]
    assert "page=2" not in listing and '<option value="2">2</option>' in listing


def test_crawl_budget(crawls):
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    for pages in crawls.values():
        assert len(pages) <= budget
        assert len({strip_jsid(t) for t in pages}) <= budget


def test_session_rewriting_and_base(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and f";jsessionid={portal.SESSION_ID}" in headers["Location"]
    assert "JSESSIONID=" in headers.get("Set-Cookie", "")
    _, body, _ = fetch(server, "/portal/home.action")
    assert f"news/detail.action;jsessionid={portal.SESSION_ID}?newsId=" in body
    assert re.search(r'<base href="http://[^"]+/portal/" />', body)
    _, body, headers = get(server, "/portal/home.action", cookie=True)
    assert "jsessionid" not in body and "Set-Cookie" not in headers
    assert 'href="news/detail.action?newsId=1187&amp;categoryId=1"' in body


def test_featured_variant_portlet_title_vs_breadcrumb(server):
    _, body, _ = get(server, "/portal/news/detail.action?newsId=1165&categoryId=1", cookie=True)
    assert '<span class="portlet-title">TIN NỔI BẬT</span>' in body
    crumb = re.search(r'<div class="duongdan">(.*?)</div>', body, re.S).group(1)
    assert page_text(crumb).endswith("Hoạt động ngành")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = get(server, path, cookie=True)
        assert status == 200, path
        assert "tinchitiet_tieude" not in body
    _, body, _ = get(server, portal.NON_ARTICLES[-1], cookie=True)
    assert "Tin bài không tồn tại" in body


def test_unknown_paths_404(server):
    for target in [
        "/khong-co-trang-nay",
        "/portal/khongco.action",
        "/portal/news/news/detail.action?newsId=1187&categoryId=2",  # resolved without <base>
        "/portal/news/detail/9999.html",
        "/portal/news/list.action?categoryId=9",
        "/portal/news/list.action?categoryId=2&page=3",
        "/portal/news/print.action?newsId=9999",
        "/portal/document/detail.action?documentId=1",
    ]:
        assert fetch(server, target)[0] == 404, target


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            with NO_REDIRECTS.open(server.url(img["path"]), timeout=10) as resp:
                assert resp.status == 200
                assert resp.headers["Content-Type"] == "image/jpeg"
