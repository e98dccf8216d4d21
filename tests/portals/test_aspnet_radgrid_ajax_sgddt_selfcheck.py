"""Self-checks of the aspnet_radgrid_ajax_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.error
import urllib.parse

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_radgrid_ajax_sgddt as portal
from tests.portals._common import collapse, esc
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_HREF = re.compile(r'href="([^"]*)"')
_POSTBACK = re.compile(r"__doPostBack\((?:&#39;|')([^'&]+)(?:&#39;|'),(?:&#39;|')(?:&#39;|')\)")
_INPUT = re.compile(r"<input\b[^>]*>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_ACTION = re.compile(r'<form method="post" action="([^"]*)" id="aspnetForm">')
_PAGER_BUTTONS = ("rgPageNext", "rdpPageNext")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, data: dict[str, str], headers: dict | None = None):
    req = urllib.request.Request(
        server.url(target), data=urllib.parse.urlencode(data).encode(), headers=headers or {}, method="POST"
    )
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def hidden_fields(page: str) -> dict[str, str]:
    out = {}
    for tag in _INPUT.findall(page):
        attrs = dict(_ATTR.findall(tag))
        if attrs.get("type") == "hidden" and "name" in attrs:
            out[attrs["name"]] = _html.unescape(attrs.get("value", ""))
    return out


def target_of(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server: PortalServer):
    """Follow links, postback links, pager submit buttons and redirects from START_PATH."""
    base = server.url("")
    seen_get: set[str] = set()
    seen_post: set[tuple] = set()
    queue: list[tuple[str, str, dict | None]] = [("GET", portal.START_PATH, None)]
    pages: dict[str, str] = {}
    get_links: set[tuple[str, str]] = set()
    requests = 0
    while queue:
        method, target, data = queue.pop(0)
        if method == "GET":
            if target in seen_get:
                continue
            seen_get.add(target)
            status, body, headers = fetch(server, target)
        else:
            status, body, headers = post(server, target, data)
        requests += 1
        if status in (301, 302):
            queue.append(("GET", target_of(urllib.parse.urljoin(base + target, headers["Location"])), None))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages.setdefault(target, body)
        here = base + target
        for href in _HREF.findall(body):
            href = _html.unescape(href)
            if href.startswith(("javascript:", "#", "mailto:")) or not href:
                continue
            absolute = urllib.parse.urljoin(here, href)
            if not absolute.startswith(base):
                continue
            t = target_of(absolute)
            if method == "GET":
                get_links.add((target, t))
            if re.search(r"\.(jpg|png|gif|pdf|css|axd|ico)($|\?)", t, re.I) or t.startswith("/Handler/"):
                continue
            queue.append(("GET", t, None))
        action = _ACTION.search(body)
        if not action:
            continue
        post_to = target_of(urllib.parse.urljoin(here, _html.unescape(action.group(1))))
        fields = hidden_fields(body)
        events = [{"__EVENTTARGET": t} for t in _POSTBACK.findall(body)]
        for tag in _INPUT.findall(body):
            attrs = dict(_ATTR.findall(tag))
            if attrs.get("type") == "submit" and attrs.get("class") in _PAGER_BUTTONS:
                events.append({attrs["name"]: attrs.get("value", " ")})
        for ev in events:
            form = {**fields, **ev}
            key = (post_to, tuple(sorted(ev.items())), fields.get("__VIEWSTATE"))
            if key not in seen_post:
                seen_post.add(key)
                queue.append(("POST", post_to, form))
    return pages, get_links, requests


@pytest.fixture(scope="module")
def crawled(server):
    return crawl(server)


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


def test_every_gold_article_reachable(crawled):
    pages, _, _ = crawled
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path


def test_some_articles_only_behind_postbacks(crawled):
    _, get_links, _ = crawled
    for nid in (1051, 1046, 1055, 1048, 1057):
        sources = {
            src
            for src, t in get_links
            if (f"nid={nid}" in t.lower() or t.endswith(f"-{nid}")) and not src.endswith(f"={nid}")
        }
        assert not sources, (nid, sources)


def test_crawl_budget(crawled):
    _, _, requests = crawled
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, gold):
    story = portal.BY_ID[int(gold["path"].rsplit("=", 1)[1])]
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    text = collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))
    m = re.search(r'class="ctt_tieude">(.*?)</span>', page)
    assert m and collapse(_html.unescape(m.group(1))) == gold["title"]
    assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in page
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row: its cells
            assert cell in text, cell[:60]
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert f"Theo {gold['source']}" in text
    for img in gold["images"]:
        assert f'src="{esc(img["path"])}"' in page, img
        if img["caption"]:
            assert img["caption"] in text
    assert portal.en_us(story.opts["dt"]) in page
    pub = gold["published_at"]
    if "T" in pub:
        assert portal.en_us(story.opts["dt"]).startswith(
            f"{int(pub[5:7])}/{int(pub[8:10])}/{pub[:4]}"
        )
    assert f"<span>{esc(gold['category'])}</span>" in page or f">{esc(gold['category'])}</a>" in page
    for alt in gold.get("alt_paths", []):
        status, alt_page, _ = fetch(server, alt)
        assert status == 200, alt
        assert esc(gold["title"]) in alt_page, alt


def test_title_tag_is_generic(server):
    titles = set()
    for g in portal.GOLD[:4]:
        _, page, _ = fetch(server, g["path"])
        titles.add(re.search(r"<title>\s*(.*?)\s*</title>", page, re.S).group(1))
    assert titles == {"Chi tiết tin tức - Sở Giáo dục và Đào tạo Cà Mau"}


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
    _, page, _ = fetch(server, f"/Pages/ChiTiet.aspx?nid={portal.GONE_ID}")
    assert "Tin bài không tồn tại hoặc đã bị gỡ bỏ!" in page


@pytest.mark.parametrize(
    "target",
    ["/Pages/KhongCo.aspx", "/tin-tuc/khong-co", "/Pages/GioiThieu.aspx?id=9", "/Pages/VanBanChiTiet.aspx?id=1", "/abc"],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_get_page_param_ignored(server):
    _, page, _ = fetch(server, "/Pages/TinTuc.aspx?cid=2&page=2")
    assert "nid=1071" in page and "nid=1051" not in page


def test_postback_paging_and_errors(server):
    _, page, _ = fetch(server, "/Pages/TinTuc.aspx?cid=2")
    fields = hidden_fields(page)
    nxt = "ctl00$cphMain$rgTinTuc$ctl00$ctl03$ctl01$" + portal.PAGER_NEXT
    status, p2, _ = post(server, "/Pages/TinTuc.aspx?cid=2", {**fields, nxt: " "})
    assert status == 200 and "nid=1051" in p2 and "nid=1046" in p2 and "nid=1071" not in p2
    # Next from page 2's own form stays on the last page
    status, p3, _ = post(server, "/Pages/TinTuc.aspx?cid=2", {**hidden_fields(p2), nxt: " "})
    assert "nid=1051" in p3
    # missing event validation: the yellow screen
    bad = {k: v for k, v in fields.items() if k != "__EVENTVALIDATION"}
    assert post(server, "/Pages/TinTuc.aspx?cid=2", {**bad, nxt: " "})[0] == 500
    # another listing's view state
    _, other, _ = fetch(server, "/Pages/TinTuc.aspx?cid=5")
    assert post(server, "/Pages/TinTuc.aspx?cid=2", {**hidden_fields(other), nxt: " "})[0] == 500
    # the async postback answers in the delta format
    status, delta, headers = post(
        server,
        "/Pages/TinTuc.aspx?cid=5",
        {**hidden_fields(other), "__EVENTTARGET": "ctl00$cphMain$rdpHoatDong$ctl01$ctl02", "__ASYNCPOST": "true"},
    )
    assert status == 200 and delta.startswith("1|#||4|") and "nid=1055" in delta
    # a notice title is a LinkButton: postback then redirect
    _, notices, _ = fetch(server, "/Pages/TinTuc.aspx?cid=9")
    status, _, headers = post(
        server,
        "/Pages/TinTuc.aspx?cid=9",
        {**hidden_fields(notices), "__EVENTTARGET": "ctl00$cphMain$rgThongBao$ctl00$ctl06$lnkTieuDe"},
    )
    assert status == 302 and headers["Location"] == "/Pages/ChiTiet.aspx?nid=1057"


def test_static_and_handler(server):
    status, _, headers = fetch(server, "/Handler/ImageGen.ashx?image=/Upload/Images/2026/12/cds-hoi-nghi.jpg&width=600")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    assert fetch(server, "/Upload/Files/2026/12/TaiLieu_NguVan_THPT.pdf")[0] == 200
