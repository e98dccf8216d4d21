"""Self-checks of the ektron_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import ektron_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
_FILES = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, fields: dict[str, str]) -> tuple[int, str, dict[str, str]]:
    data = urlencode(fields).encode("utf-8")
    req = urllib.request.Request(
        server.url(target), data=data, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def page_text(markup: str) -> str:
    """What a reader sees: no scripts, no bare superscript calls, tags as spaces, entities decoded."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?is)<sup>.*?</sup>", "", markup)
    markup = re.sub(r"(?i)<!\[[^>]*>|</?(?:a|span|em|strong|b|i|u|font|o:p)\b[^>]*>", "", markup)
    markup = re.sub(r"<[^>]*>", " ", markup)
    return collapse(_html.unescape(markup))


def _target(base: str, href: str) -> str | None:
    href = _html.unescape(href).strip()
    if not href or href.startswith(("javascript:", "mailto:", "#")):
        return None
    absolute = urljoin(base, href)
    parts = urlsplit(absolute)
    if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
        return None
    if parts.path.lower().endswith(_FILES):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _hidden_fields(markup: str) -> dict[str, str]:
    fields = {}
    for tag in re.findall(r"<input[^>]+type=\"hidden\"[^>]*>", markup):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name:
            fields[_html.unescape(name.group(1))] = _html.unescape(value.group(1)) if value else ""
    return fields


def crawl(server: PortalServer, postbacks: bool = True) -> tuple[set[str], int]:
    """Every target reachable from START_PATH by links, redirects and (optionally) pager postbacks."""
    seen: set[tuple[str, str, str]] = set()
    reached: set[str] = set()
    queue = deque([("GET", portal.START_PATH, "")])
    requests = 0
    while queue:
        method, target, event = queue.popleft()
        key = (method, target, event)
        if key in seen:
            continue
        seen.add(key)
        requests += 1
        if method == "GET":
            status, body, headers = fetch(server, target)
        else:
            page_status, page, _ = fetch(server, target)
            assert page_status == 200
            fields = _hidden_fields(page)
            fields["__EVENTTARGET"] = event
            action = _html.unescape(re.search(r'<form[^>]+action="([^"]*)"', page).group(1))
            status, body, headers = post(server, urljoin(target, action), fields)
        if status in (301, 302):
            nxt = _target(server.url(target), headers["Location"])
            if nxt:
                queue.append(("GET", nxt, ""))
            continue
        if status != 200:
            continue
        reached.add(target)
        base = server.url(target)
        for href in re.findall(r'href="([^"]*)"', body):
            nxt = _target(base, href)
            if nxt:
                queue.append(("GET", nxt, ""))
        if postbacks:
            for ev in re.findall(r"__doPostBack\(&#39;([^&]+)&#39;", body):
                if method == "POST":
                    continue  # one step of postback paging is all this site has
                queue.append(("POST", target, ev))
    return reached, requests


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(alts)) == len(alts)
    assert not set(alts) & set(paths)
    assert not set(portal.NON_ARTICLES) & (set(paths) | set(alts))


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_pages_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = page_text(body)
        assert gold["title"] in text, target
        assert gold["body"].split("\n\n")[0] in text, target


def _date_forms(value: str) -> list[str]:
    y, m, d = int(value[:4]), int(value[5:7]), int(value[8:10])
    forms = [f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}"]
    if "T" in value:
        hh, mm = int(value[11:13]), int(value[14:16])
        forms = [f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", f"{d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d}"]
        h12 = hh % 12 or 12
        forms.append(f"{m}/{d}/{y} {h12}:{mm:02d}:00 {'AM' if hh < 12 else 'PM'}")
    else:
        forms.append(f"ngày {d:02d} tháng {m:02d} năm {y}")
        forms.append(f"ngày {d} tháng {m} năm {y}")
    return forms


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_fields_on_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in text, cell
        else:
            assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert f"Theo {gold['source']}" in text or f"Nguồn: {gold['source']}" in text
    raw = _html.unescape(body)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in raw, img
        if img["caption"]:
            assert img["caption"] in text
    assert gold["published_at"], gold["path"]
    assert any(form in text for form in _date_forms(gold["published_at"])), gold["published_at"]
    assert f"{portal.SITE}" in text
    assert gold["category"] in text


def test_everything_reachable_within_budget(server):
    reached, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_postback_and_pageid_pages_are_the_only_ways_to_some_articles(server):
    reached, _ = crawl(server, postbacks=False)
    assert portal.url_of(portal.A5) not in reached
    # A4's alias is reached only through the canonical link of its "Đọc nhiều nhất" twin
    assert f"/Content.aspx?id={portal.A4.id}" in reached
    assert portal.url_of(portal.C3) in reached  # through ?pageid=2
    status, page1, _ = fetch(server, "/DanhSachTin.aspx?folderid=58")
    assert status == 200 and portal.url_of(portal.C3) not in page1


def test_postback_pager(server):
    listing = portal.LISTINGS[portal.CAT_HD][0]
    status, page, _ = fetch(server, listing)
    assert status == 200
    assert portal.A5.opts["alias"] not in page
    fields = _hidden_fields(page)
    fields["__EVENTTARGET"] = "ctl00$cphNoiDung$lsHoatDong$ctl04$lnkSau"
    status, page2, _ = post(server, listing, fields)
    assert status == 200
    assert "Page 2 of 2" in page2
    assert portal.A5.opts["alias"] in page2 and portal.A4.opts["alias"] in page2
    assert 'value="2"' in page2  # the pager's state rides in the form


def test_quicklinks_redirect(server):
    for story in (portal.A1, portal.C1):
        status, _, headers = fetch(server, f"/WorkArea/linkit.aspx?LinkIdentifier=id&ItemID={story.id}")
        assert status == 302
        assert headers["Location"] == portal.url_of(story)


def test_canonical_only_on_migrated(server):
    _, body, _ = fetch(server, f"/Content.aspx?id={portal.A1.id}")
    assert 'rel="canonical"' in body and portal.A1.opts["alias"] in body
    _, body, _ = fetch(server, "/content.aspx?ID=1201")
    assert 'rel="canonical"' not in body


def test_traps_as_printed(server):
    _, body, _ = fetch(server, f"/Content.aspx?id={portal.B3.id}")
    assert "10/22/2026 2:45:00 PM" in body and "mso-list:Ignore" in body
    _, body, _ = fetch(server, f"/Content.aspx?id={portal.C3.id}")
    assert "10/16/2026 12:00:00 AM" in body
    _, body, _ = fetch(server, portal.B2.opts["alias"])
    assert "&#7875;" in body or "&agrave;" in body
    _, body, _ = fetch(server, portal.A2.opts["alias"])
    assert "Cập nhật: 16:20 | 02/12/2026" in body and "Đăng ngày: 01/12/2026 08:15" in body
    _, body, _ = fetch(server, portal.C2.opts["alias"] if portal.C2.opts.get("alias") else "/Content.aspx?id=1195")
    assert "ương<sup>" in body
    text = page_text(body)
    assert "Trung ương đã xác định" in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert path not in GOLD_BY_PATH
        assert "Các tin khác" not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.aspx",
        "/Content.aspx?id=9999",
        "/Content.aspx",
        "/tin-tuc/bai-da-xoa.aspx",
        "/DanhSachTin.aspx?folderid=58&pageid=9",
        "/WorkArea/linkit.aspx?LinkIdentifier=id&ItemID=9999",
        "/InBai.aspx?id=1012",
        "/Video.aspx?id=1",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404, target
