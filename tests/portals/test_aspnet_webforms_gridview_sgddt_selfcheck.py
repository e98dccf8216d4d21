"""Self-checks of the aspnet_webforms_gridview_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.parse
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_webforms_gridview_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def fetch_raw(server: PortalServer, target: str, data: dict[str, str] | None = None):
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with NO_REDIRECTS.open(server.url(target), data=body, timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def decode(raw: bytes, headers: dict[str, str]) -> str:
    ctype = headers.get("Content-Type", "")
    m = re.search(r"charset=([\w-]+)", ctype)
    if not m:
        m = re.search(rb'charset=([\w-]+)"', raw[:2000])
        charset = m.group(1).decode() if m else "utf-8"
    else:
        charset = m.group(1)
    return unicodedata.normalize("NFC", raw.decode(charset))


def get(server, target, data=None):
    status, raw, headers = fetch_raw(server, target, data)
    return status, decode(raw, headers) if status == 200 else raw.decode("utf-8", "replace"), headers


def page_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(_html.unescape(markup))


def hidden_fields(markup: str) -> dict[str, str]:
    return {
        m.group(1): _html.unescape(m.group(2))
        for m in re.finditer(r'<input type="hidden" name="([^"]+)" id="[^"]+" value="([^"]*)"', markup)
    }


def crawl(server):
    """Links and GridView postbacks from START_PATH: every target seen, every request made."""
    seen_get: set[str] = set()
    articles: dict[str, str] = {}
    queue = deque([("GET", portal.START_PATH, None, portal.START_PATH)])
    requests = 0
    posted: set[tuple[str, str]] = set()
    while queue:
        _method, target, data, _ = queue.popleft()
        requests += 1
        status, markup, headers = get(server, target, data)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        if "/ChiTiet.aspx" in target:
            articles[target] = markup
        base = server.url(target)
        for href in re.findall(r'href="([^"]+)"', markup):
            href = _html.unescape(href)
            m = re.match(r"javascript:__doPostBack\('([^']+)','([^']*)'\)", href)
            if m:
                action = _html.unescape(re.search(r'<form [^>]*action="([^"]+)"', markup).group(1))
                url = urllib.parse.urljoin(base, action)
                key = (url, m.group(2))
                if key in posted:
                    continue
                posted.add(key)
                fields = hidden_fields(markup)
                fields["__EVENTTARGET"], fields["__EVENTARGUMENT"] = m.group(1), m.group(2)
                parts = urllib.parse.urlsplit(url)
                queue.append(("POST", parts.path + "?" + parts.query, fields, target))
                continue
            if href.startswith(("javascript:", "mailto:")):
                continue
            url = urllib.parse.urljoin(base, href)
            parts = urllib.parse.urlsplit(url)
            if parts.netloc != urllib.parse.urlsplit(base).netloc:
                continue
            tgt = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpg|gif|png|pdf|css|js)$", parts.path, re.I) or tgt in seen_get:
                continue
            seen_get.add(tgt)
            queue.append(("GET", tgt, None, target))
    return seen_get, articles, requests


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert portal.NAME == "aspnet_webforms_gridview_sgddt"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, markup, _ = get(server, gold["path"])
    assert status == 200
    title_span = re.search(r'id="ctl00_cphMain_lblTieuDe"[^>]*>([^<]*)<', markup).group(1)
    assert collapse(_html.unescape(title_span)) == gold["title"]
    text = page_text(markup)
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells in order
            cells = para.split(" | ")
            assert " ".join(cells) in text, para
            assert "<td>" + "</td><td>".join(_html.escape(c, quote=True) for c in cells) in markup
        else:
            assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in markup
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    # the date: the letterhead's day, or the Label's culture-formatted date
    date_label = re.search(r'id="ctl00_cphMain_lblNgayDang">([^<]+)<', markup).group(1)
    day = gold["published_at"][:10]
    y, mth, d = day.split("-")
    if "Cao Bằng, ngày" in text:
        assert f"ngày {int(d)} tháng {int(mth)} năm {y}" in text
    elif date_label.endswith(("AM", "PM")):
        assert date_label.startswith(f"{int(mth)}/{int(d)}/{y} ")
    else:
        assert date_label.startswith(f"{d}/{mth}/{y} ")
    if len(gold["published_at"]) == 10 and "Cao Bằng, ngày" not in text:
        assert "12:00:00" in date_label
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, markup, _ = get(server, alt)
        assert status == 200, alt
        assert gold["title"] in page_text(markup)


def test_every_gold_article_is_reachable_within_budget(server):
    seen, articles, requests = crawl(server)
    for gold in portal.GOLD:
        found = {gold["path"], *gold.get("alt_paths", [])} & (seen | set(articles))
        assert found, gold["path"]
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert requests <= budget, requests
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_page_two_articles_need_the_postback(server):
    page2 = {1252, 1239, 1244}
    for target in ["/", "/TinTuc/DanhSach.aspx?cat=1", "/TinTuc/DanhSach.aspx?cat=2", "/GioiThieu.aspx"]:
        _, markup, _ = get(server, target)
        for sid in page2:
            assert f"ChiTiet.aspx?id={sid}\"" not in markup
    _, markup, _ = get(server, "/TinTuc/DanhSach.aspx?cat=1")
    assert "__doPostBack('ctl00$cphMain$GridView1','Page$2')" in markup
    fields = hidden_fields(markup)
    fields.update(__EVENTTARGET="ctl00$cphMain$GridView1", __EVENTARGUMENT="Page$2")
    status, page2_markup, _ = get(server, "/TinTuc/DanhSach.aspx?cat=1", fields)
    assert status == 200 and 'href="ChiTiet.aspx?id=1252"' in page2_markup
    # a POST without view state is a first visit; a foreign view state is the MAC error
    status, first, _ = get(server, "/TinTuc/DanhSach.aspx?cat=1",
                           {"__EVENTTARGET": "ctl00$cphMain$GridView1", "__EVENTARGUMENT": "Page$2"})
    assert status == 200 and "id=1252" not in first
    _, other, _ = get(server, "/TinTuc/DanhSach.aspx?cat=2")
    bad = hidden_fields(other)
    bad.update(__EVENTTARGET="ctl00$cphMain$GridView1", __EVENTARGUMENT="Page$2")
    status, _, _ = get(server, "/TinTuc/DanhSach.aspx?cat=1", bad)
    assert status == 500


def test_old_template_is_windows_1258(server):
    status, raw, headers = fetch_raw(server, "/TinTuc/ChiTiet.aspx?id=1252")
    assert status == 200 and "charset" not in headers["Content-Type"]
    assert b"charset=windows-1258" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")


def test_grid_cuts_long_titles(server):
    _, markup, _ = get(server, "/TinTuc/DanhSach.aspx?cat=3")
    title = portal.BY_ID[1283].title
    assert f">{title[:60]}...</a>" in markup


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = get(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    ["/nope.aspx", "/TinTuc/ChiTiet.aspx?id=99999", "/TinTuc/DanhSach.aspx?cat=9", "/VanBan/ChiTietVanBan.aspx?id=1"],
)
def test_unknown_paths_404(server, target):
    status, _, _ = get(server, target)
    assert status == 404
