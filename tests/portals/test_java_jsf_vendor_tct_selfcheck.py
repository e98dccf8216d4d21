"""Self-checks of the java_jsf_vendor_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.parse
import urllib.request
from collections import deque
from html.parser import HTMLParser
from pathlib import Path

import pytest

from crawler.demo.server import PortalServer
from tests.portals import java_jsf_vendor_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.hrefs: list[str] = []
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href") and self.base is None:
            self.base = a["href"]
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)


def _parse(body: str) -> _Links:
    parser = _Links()
    parser.feed(body)
    return parser


def _page_text(body: str) -> str:
    return collapse(" ".join(_parse(body).chunks))


def _last_crumb(body: str) -> str:
    trail = re.search(r'<div id="j_idt41:bcTrang".*?</div>', body, re.S).group(0)
    return _html.unescape(re.findall(r'<span class="ui-menuitem-text">([^<]*)</span>', trail)[-1])


def _target(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _fetch_with(server, target: str, cookie: str | None):
    request = urllib.request.Request(server.url(target), headers={"Cookie": cookie} if cookie else {})
    try:
        with NO_REDIRECTS.open(request, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def _crawl(server, cookie: str | None = None, limit: int = 400):
    """Breadth-first over <a href> (resolved against <base>) and redirects; returns pages and edges."""
    seen: dict[str, str] = {}
    edges: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, headers = _fetch_with(server, target, cookie)
        found: list[str] = []
        if status in (301, 302, 303):
            found.append(_target(headers["Location"]))
        elif status == 200 and "html" in headers.get("Content-Type", ""):
            seen[target] = body
            links = _parse(body)
            page_url = server.url(target)
            base = urllib.parse.urljoin(page_url, links.base) if links.base else page_url
            for href in links.hrefs:
                href = _html.unescape(href)
                if href.startswith(("#", "javascript:", "mailto:")):
                    continue
                absolute = urllib.parse.urljoin(base, href)
                if urllib.parse.urlsplit(absolute).netloc != urllib.parse.urlsplit(page_url).netloc:
                    continue
                found.append(_target(absolute))
        for t in found:
            edges.setdefault(t, set()).add(target)
            if t not in queued:
                queued.add(t)
                queue.append(t)
    return seen, edges


def test_module_contract():
    assert portal.NAME == "java_jsf_vendor_tct"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        n = len(g["body"].split("\n\n"))
        assert 3 <= n <= 14, (g["path"], n)
        assert g["path"] not in g.get("alt_paths", [])


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work)/", source)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_their_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _page_text(body)
    assert gold["title"] in text
    # the headline is the <h2>, never the <title>/<h1> chrome
    h2 = re.search(r'<h2 class="ctH2"><span id="frmCT:otTieuDe">(.*?)</span></h2>', body)
    assert h2 and collapse(_html.unescape(h2.group(1))) == gold["title"]
    assert gold["title"] not in re.search(r"<title>(.*?)</title>", body).group(1)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):  # a table row: its cells are printed in <td>s
            assert piece in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        src = img["path"].removeprefix("/portal/")
        assert _html.escape(src) in body
        if img["caption"]:
            assert img["caption"] in text
    # the breadcrumb at the canonical URL ends with the gold category
    assert _last_crumb(body) == gold["category"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in _page_text(body), alt


def test_gold_dates_are_printed():
    printed = {
        2311: "03/12/2026 14:30",
        2308: "Fri Nov 27 09:15:00 ICT 2026",
        2302: "2026-11-20 08:15:00.0",
        2297: "13/11/2026 03:45:00 CH",
        2290: "2026-10-30 00:00:00.0",
        2284: "Ngày đăng: 16/10/2026 07:45",
        2293: "Fri Nov 06 10:05:00 ICT 2026",
        2288: "Tue Oct 27 15:10:00 ICT 2026",
        2310: "Ngày đăng: 01/12/2026",
    }
    for sid, line in printed.items():
        assert line in portal._date_line(portal.BY_ID[sid]), sid


def test_every_gold_article_reachable_without_cookies(server):
    seen, _ = _crawl(server)
    for gold in portal.GOLD:
        forms = {gold["path"], *gold.get("alt_paths", [])}
        assert forms & set(seen), gold["path"]
    # a cookie-less visit carries the start session's id in its links
    assert any(f";jsessionid={portal.START_SID}" in t for t in seen)
    for path in portal.NON_ARTICLES:
        assert portal.with_sid(path, portal.START_SID) in seen, path


def test_every_gold_article_reachable_with_cookie(server):
    seen, edges = _crawl(server, cookie=f"JSESSIONID={portal.START_SID}")
    assert not any("jsessionid" in t for t in seen)
    for gold in portal.GOLD:
        forms = {gold["path"], *gold.get("alt_paths", [])}
        assert forms & set(seen), gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # page-2-only articles: linked from page 2 of their listing and from each other only
    only_p2 = {2290: "tin-tuc.xhtml?cat=1&page=2", 2284: "tin-tuc.xhtml?cat=1&page=2", 2281: "tin-tuc.xhtml?cat=2&page=2"}
    for sid, listing in only_p2.items():
        story = portal.BY_ID[sid]
        forms = {g for g in [f"/portal/chi-tiet.xhtml?id={sid}", *portal._alt_paths(story)]}
        sources = set().union(*(edges.get(f, set()) for f in forms))
        assert f"/portal/{listing}" in sources
        allowed = {f"/portal/{listing}"} | {f"/portal/chi-tiet.xhtml?id={o}" for o in only_p2} | {
            f"/portal/chi-tiet.xhtml?id={o}&cat={portal.BY_ID[o].cat}" for o in only_p2
        }
        assert sources <= allowed, (sid, sources - allowed)
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_start_redirect_sets_session(server):
    status, _, headers = fetch(server, "/")
    assert status == 302
    assert headers["Location"].endswith(f"/portal/faces/home.xhtml;jsessionid={portal.START_SID}")
    assert f"JSESSIONID={portal.START_SID}" in headers["Set-Cookie"]


def test_base_href_and_relative_links_on_pretty_pages(server):
    status, body, _ = _fetch_with(server, "/portal/tin/2302/x", "JSESSIONID=abc")
    assert status == 200
    assert re.search(r'<base href="http://127\.0\.0\.1:\d+/portal/" />', body)
    # resolved against the document instead of the base, a link goes nowhere
    status, _, _ = fetch(server, "/portal/tin/2302/chi-tiet.xhtml?id=2311")
    assert status == 404


def test_context_breadcrumb(server):
    _, body, _ = fetch(server, "/portal/chi-tiet.xhtml?id=2308&cat=3")
    assert _last_crumb(body) == "Thông báo"
    assert "Chuyên mục: " in body and ">Tin hoạt động</a></span>" in body


def test_listing_headlines_are_postbacks(server):
    _, body, _ = _fetch_with(server, "/portal/tin-tuc.xhtml?cat=1", "JSESSIONID=abc")
    assert 'href="#" class="dsTin-td" onclick="mojarra.jsfcljs(' in body
    assert '<span class="ui-paginator-page' in body
    assert 'href="tin-tuc.xhtml?cat=1&amp;page=2"' in body
    vs = re.search(r'name="javax.faces.ViewState" [^>]*value="([^"]+)"', body).group(1)
    form = urllib.parse.urlencode(
        {"frmDS": "frmDS", "frmDS:hdCat": "1", "frmDS:dgTin:1:lnkTieuDe": "frmDS:dgTin:1:lnkTieuDe", "id": "2308",
         "javax.faces.ViewState": vs}
    ).encode()
    req = urllib.request.Request(server.url("/portal/tin-tuc.xhtml"), data=form, headers={"Cookie": "JSESSIONID=abc"})
    try:
        NO_REDIRECTS.open(req, timeout=10)
        raise AssertionError("expected a redirect")
    except urllib.error.HTTPError as err:
        assert err.code == 302
        assert err.headers["Location"].endswith("/portal/chi-tiet.xhtml?id=2308&cat=1")
    ajax = urllib.parse.urlencode(
        {"javax.faces.partial.ajax": "true", "javax.faces.source": "frmDS:dgTin", "frmDS:dgTin_pagination": "true",
         "frmDS:dgTin_first": "4", "frmDS:dgTin_rows": "4", "frmDS:hdCat": "1", "javax.faces.ViewState": vs}
    ).encode()
    req = urllib.request.Request(server.url("/portal/tin-tuc.xhtml"), data=ajax, headers={"Cookie": "JSESSIONID=abc"})
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        xml = resp.read().decode("utf-8")
    assert "<partial-response" in xml and "chi-tiet.xhtml?id=2290&amp;cat=1" in xml
    bad = urllib.parse.urlencode({"frmDS:hdCat": "1", "javax.faces.ViewState": "stale"}).encode()
    req = urllib.request.Request(server.url("/portal/tin-tuc.xhtml"), data=bad)
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        assert resp.status == 200
        assert "Phiên làm việc đã hết hạn" in resp.read().decode("utf-8")


def test_search_form_redirects_to_results(server):
    form = urllib.parse.urlencode(
        {"frmTimKiem": "frmTimKiem", "frmTimKiem:txtTuKhoa": "giảng viên", "javax.faces.ViewState": "1:2"}
    ).encode()
    req = urllib.request.Request(server.url("/portal/faces/home.xhtml"), data=form, headers={"Cookie": "JSESSIONID=x"})
    try:
        NO_REDIRECTS.open(req, timeout=10)
        raise AssertionError("expected a redirect")
    except urllib.error.HTTPError as err:
        assert err.code == 302
        location = err.headers["Location"]
    status, body, _ = fetch(server, _target(location))
    assert status == 200 and "Tìm thấy" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'id="frmCT:pnlNoiDung"' not in body


def test_images_and_resources(server):
    for target in (
        "/portal/ViewImage?fid=2026112008150101&loai=tt",
        "/portal/upload/tintuc/2026/12/2311_khai-giang-1.jpg",
        "/portal/javax.faces.resource/images/logo-tct.png.xhtml?ln=bentre",
    ):
        status, _, headers = fetch(server, target)
        assert status == 200 and headers["Content-Type"].startswith("image/"), target
    status, _, headers = fetch(server, "/portal/DownloadServlet?fileId=TB2310-01")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


@pytest.mark.parametrize(
    "target",
    [
        "/portal/khong-co.xhtml",
        "/portal/chi-tiet.xhtml?id=9999",
        "/portal/chi-tiet.xhtml",
        "/portal/tin-tuc.xhtml?cat=1&page=9",
        "/portal/tin-tuc.xhtml?cat=7",
        "/portal/tin/9999/khong-co",
        "/portal/van-ban-ct.xhtml?id=1",
        "/portal/ViewImage?fid=1",
        "/khong-co",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
