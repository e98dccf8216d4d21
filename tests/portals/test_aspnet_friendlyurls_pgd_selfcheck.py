"""Self-checks of the aspnet_friendlyurls_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_friendlyurls_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server, target, fields, headers=None):
    data = urlencode(fields).encode("utf-8")
    req = urllib.request.Request(server.url(target), data=data, headers=headers or {})
    req.add_header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def hidden_fields(body: str) -> dict[str, str]:
    fields = {}
    for tag in re.findall(r"<input[^>]*>", body):
        if 'type="hidden"' in tag or "type='hidden'" in tag:
            name = re.search(r'name="([^"]*)"', tag).group(1)
            value = re.search(r'value="([^"]*)"', tag)
            fields[name] = _html.unescape(value.group(1)) if value else ""
    return fields


def links(body: str) -> list[str]:
    return [_html.unescape(h) for h in re.findall(r'href="([^"]+)"', body)]


PAGER = re.compile(r"javascript:__doPostBack\('(ctl00\$MainContent\$dpTinTuc\$[^']+)'")


def crawl(server, use_postback: bool):
    """BFS by GET links (same host); with ``use_postback`` also clicks the DataPager."""
    seen_get: set[str] = set()
    posted: set[tuple[str, str]] = set()
    queue: deque[tuple[str, str, dict | None]] = deque([("GET", portal.START_PATH, None)])
    requests = 0
    pages: dict[str, str] = {}
    while queue:
        method, target, fields = queue.popleft()
        requests += 1
        assert requests < 200
        if method == "GET":
            status, body, headers = fetch(server, target)
        else:
            status, body, headers = post(server, target, fields)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen_get:
                seen_get.add(nxt)
                queue.append(("GET", nxt, None))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages[target] = body
        base = server.url(target)
        for h in links(body):
            m = PAGER.match(h)
            if use_postback and m:
                action = _html.unescape(re.search(r'<form[^>]*action="([^"]*)"', body).group(1))
                post_target = urlsplit(urljoin(base, action)).path
                label = re.search(re.escape(h.replace("'", "&#39;")) + r'">([^<]+)<', body)
                page_label = label.group(1) if label else ""
                if page_label.isdigit() and (post_target, page_label) not in posted:
                    posted.add((post_target, page_label))
                    f = hidden_fields(body)
                    f["__EVENTTARGET"] = m.group(1)
                    queue.append(("POST", post_target, f))
                continue
            if h.startswith(("javascript:", "mailto:", "#")):
                continue
            u = urlsplit(urljoin(base, h))
            if u.netloc != urlsplit(base).netloc:
                continue
            if re.search(r"\.(jpg|png|gif|pdf|ico|css|js)$", u.path, re.I):
                continue
            nxt = u.path + (f"?{u.query}" if u.query else "")
            if nxt not in seen_get:
                seen_get.add(nxt)
                queue.append(("GET", nxt, None))
    return seen_get | {portal.START_PATH}, requests, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_page_serves_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    span = re.search(r'id="MainContent_fvChiTiet_lblTieuDe">([^<]*)<', body).group(1)
    assert collapse(_html.unescape(span)) == gold["title"]
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para
    if gold["summary"]:
        sapo = re.search(r'id="MainContent_fvChiTiet_lblTomTat"[^>]*>([^<]*)<', body).group(1)
        assert collapse(_html.unescape(sapo)) == gold["summary"]
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    crumbs = re.search(r'<div class="duongdan">(.*?)</div>', body).group(1)
    assert page_text(crumbs).endswith(gold["category"])
    printed = re.search(r'id="MainContent_fvChiTiet_lblNgayDang">([^<]*)<', body).group(1)
    d, mo, rest = printed.split("/", 2)
    y, clock, ampm = rest.split(" ")
    assert gold["published_at"].startswith(f"{y}-{mo}-{d}")
    h, mi, _ = (int(x) for x in clock.split(":"))
    h = h % 12 + (12 if ampm == "CH" else 0)
    if h == 0 and mi == 0:
        assert gold["published_at"] == f"{y}-{mo}-{d}"
    else:
        assert gold["published_at"] == f"{y}-{mo}-{d}T{h:02d}:{mi:02d}:00+07:00"
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


def test_alt_paths_serve_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert f'{server.base_url}{gold["path"]}"' in body
            assert gold["title"] in page_text(body)


def test_old_aspx_urls_redirect(server):
    status, _, headers = fetch(server, "/TinTuc/ChiTiet.aspx?id=1519")
    assert status == 301 and headers["Location"] == "/TinTuc/ChiTiet?id=1519"


def test_all_gold_reachable_with_postbacks_within_budget(server):
    seen, requests, _ = crawl(server, use_postback=True)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_gold_only_via_postback(server):
    seen, _, _ = crawl(server, use_postback=False)
    for sid in portal.POSTBACK_ONLY:
        assert not any(p.startswith(f"/TinTuc/ChiTiet/{sid}") for p in seen), sid
    for gold in portal.GOLD:
        if int(gold["path"].split("/")[3]) not in portal.POSTBACK_ONLY:
            assert gold["path"] in seen


def test_async_postback_delta_and_linkbutton(server):
    _, body, _ = fetch(server, "/TinTuc/DanhMuc/12")
    f = hidden_fields(body)
    f["__EVENTTARGET"] = "ctl00$MainContent$dpTinTuc$ctl02$ctl00"  # "Sau"
    f["ctl00$smMain"] = "ctl00$MainContent$upTinTuc|" + f["__EVENTTARGET"]
    f["__ASYNCPOST"] = "true"
    status, delta, headers = post(server, "/TinTuc/DanhMuc/12", f, {"X-MicrosoftAjax": "Delta=true"})
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    assert "|updatePanel|MainContent_upTinTuc|" in delta
    assert "/TinTuc/ChiTiet/1494/" in delta
    # page 2 full postback, then "Sau" again -> page 3
    f2 = hidden_fields(body)
    f2["__EVENTTARGET"] = "ctl00$MainContent$dpTinTuc$ctl01$ctl01"
    status, page2, _ = post(server, "/TinTuc/DanhMuc/12", f2)
    assert status == 200 and "/TinTuc/ChiTiet/1477/" in page2
    f3 = hidden_fields(page2)
    f3["__EVENTTARGET"] = "ctl00$MainContent$dpTinTuc$ctl02$ctl00"
    status, page3, _ = post(server, "/TinTuc/DanhMuc/12", f3)
    assert status == 200 and "/TinTuc/ChiTiet/1465/" in page3
    # "Xem tiếp »" LinkButton on page 2: redirect to the article
    f4 = hidden_fields(page2)
    f4["__EVENTTARGET"] = "ctl00$MainContent$lvTinTuc$ctrl0$lbtXemTiep"
    status, _, headers = post(server, "/TinTuc/DanhMuc/12", f4)
    assert status == 302 and headers["Location"] == portal.href(portal.BY_ID[1494])


def test_invalid_postback_is_500(server):
    status, body, _ = post(
        server, "/TinTuc/DanhMuc/12", {"__EVENTTARGET": "ctl00$MainContent$dpTinTuc$ctl01$ctl01"}
    )
    assert status == 500 and "Invalid postback" in body


def test_non_articles_serve(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "MainContent_fvChiTiet" not in body


def test_unknown_paths_404(server):
    for path in ("/khong-co-trang-nay", "/TinTuc/ChiTiet/99999/abc", "/TinTuc/DanhMuc/99", "/VanBan/ChiTiet/1"):
        assert fetch(server, path)[0] == 404, path


def test_images_and_attachments_serve(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            assert fetch(server, img["path"])[0] == 200
    assert fetch(server, "/Upload/VanBan/2026/TB-tuyen-dung-vien-chuc-2026.pdf")[0] == 200
