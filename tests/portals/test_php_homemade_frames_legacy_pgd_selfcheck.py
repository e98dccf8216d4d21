"""Self-checks of the php_homemade_frames_legacy_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_homemade_frames_legacy_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

OLD_IDS = {413, 416, 418}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def get(server: PortalServer, target: str, cookie: bool = False) -> tuple[int, bytes, dict]:
    req = urllib.request.Request(server.url(target))
    if cookie:
        req.add_header("Cookie", f"PHPSESSID={portal.SID}")
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def decode(data: bytes) -> str:
    """What a reader sees once the right code page is chosen (the meta's iso-8859-1 lies)."""
    try:
        page = data.decode("utf-8")
    except UnicodeDecodeError:
        page = data.decode("cp1258")
    return unicodedata.normalize("NFC", page)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return collapse("".join(parser.parts))


class _Links(HTMLParser):
    """href, frame src, JS location strings and GET forms (every option of a select)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self._form: dict | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "frame" and a.get("src"):
            self.links.append(a["src"])
        for value in a.values():
            if value:
                self.links += re.findall(r"(?:location(?:\.href)?\s*=\s*|moCuaSo\()'([^']+)'", value)
        if tag == "form" and (a.get("method") or "get").lower() == "get":
            self._form = {"action": a.get("action", ""), "fixed": [], "choices": {}}
        elif self._form is not None and tag == "input" and a.get("name"):
            if a.get("type", "text") in ("hidden", "text"):
                self._form["fixed"].append((a["name"], a.get("value") or ""))
        elif self._form is not None and tag == "select" and a.get("name"):
            self._select = a["name"]
            self._form["choices"][self._select] = []
        elif self._form is not None and tag == "option" and self._select:
            self._form["choices"][self._select].append(a.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        if tag == "form" and self._form is not None:
            form = self._form
            self._form = None
            choices = [[]]
            for name, values in form["choices"].items():
                choices = [[*c, (name, v)] for c in choices for v in values]
            for choice in choices:
                query = urlencode(form["fixed"] + choice)
                self.links.append(f"{form['action']}?{query}")


def strip_sid(target: str) -> str:
    parts = urlsplit(target)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "PHPSESSID"]
    return parts.path + (f"?{urlencode(query)}" if query else "")


def crawl(server: PortalServer) -> set[str]:
    """Breadth-first from START_PATH without cookies (as the worst client); SID stripped."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, data, headers = get(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        parser = _Links()
        parser.feed(decode(data))
        for link in parser.links:
            if link.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin("http://h" + target, _html.unescape(link))
            parts = urlsplit(absolute)
            if parts.netloc != "h" or parts.path.startswith(("/anh/", "/vanban/", "/nhac/")):
                continue
            clean = strip_sid(parts.path + (f"?{parts.query}" if parts.query else ""))
            if clean not in seen and len(seen) < 200:
                seen.add(clean)
                queue.append(clean)
    return seen


def test_shape():
    assert portal.NAME == "php_homemade_frames_legacy_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not set(portal.NON_ARTICLES) & set(paths + alts)
    assert {g["category"] for g in portal.GOLD} == {"Tin tức - Sự kiện", "Chuyên môn - Nghiệp vụ", "Thông báo"}
    for g in portal.GOLD:
        n = len(g["body"].split("\n\n"))
        assert 3 <= n <= 12, (g["path"], n)
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages(server, record):
    story = portal.BY_ID[int(record["path"].split("=")[1])]
    for target in [record["path"], *record["alt_paths"]]:
        status, data, headers = get(server, target)
        assert status == 200, target
        assert headers["Content-Type"] == "text/html"
        if story.id in OLD_IDS:
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")
        page = decode(data)
        assert 'charset=iso-8859-1"' in page
        plain = page_text(page)
        assert record["title"] in plain, target
        for para in record["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in plain, (target, cell)
            else:
                assert para in plain, (target, para)
        for img in record["images"]:
            assert f'src="{img["path"].lstrip("/")}"' in page
            if img["caption"]:
                assert img["caption"] in plain
        for name in record["authors"] + record["photographers"]:
            assert name in plain
        if record["source"]:
            assert record["source"] in plain
        assert f"Cập nhật: {story.opts['printed']}" in plain
        # the headline is printed as a bold cell only: <title> is the site's name
        assert "<title>::: PHONG GD&amp;DT HAI HAU" in page or target.startswith("/in.php")


def test_dates_follow_the_stamp():
    for g in portal.GOLD:
        story = portal.BY_ID[int(g["path"].split("=")[1])]
        clock, day = story.opts["printed"].split(", ")
        d, m, y = day.split("/")
        hh, rest = clock.split(":")
        mm, ampm = rest.split()
        hour = int(hh) % 12 + (12 if ampm == "PM" else 0)
        if story.id == 441:
            assert g["published_at"] == "2026-12-02"
        elif hour == 0 and mm == "00":
            assert g["published_at"] == f"{y}-{m}-{d}"
        else:
            assert g["published_at"] == f"{y}-{m}-{d}T{hour:02d}:{mm}:00+07:00"


def test_reachable_from_start(server):
    seen = crawl(server)
    for g in portal.GOLD:
        assert {g["path"], *g["alt_paths"]} & seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget + 20


def test_frameset_start_has_no_links(server):
    status, page, _ = fetch(server, portal.START_PATH)
    assert status == 200
    assert "<frameset" in page and "<a " not in page
    assert f'src="trangchu.php?PHPSESSID={portal.SID}"' in page
    status, page, _ = fetch(server, "/")
    assert status == 200 and "<frameset" in page


def test_page_two_only(server):
    first = get(server, "/tintuc.php?loai=2", cookie=True)[1].decode()
    second = get(server, "/tintuc.php?loai=2&trang=2", cookie=True)[1].decode()
    assert "chitiet.php?id=418" not in first and "chitiet.php?id=418&loai=2" in second
    assert 'href="tintuc.php?loai=2&trang=2"' not in first
    home = get(server, "/trangchu.php", cookie=True)[1].decode()
    for n in (413, 416, 418):
        assert f"id={n}" not in home
        for other in portal.STORIES:
            if other.id == n:
                continue
            assert f"id={n}" not in portal.article_main_new(other) + portal.article_main_old(other)


def test_trans_sid_and_cookie(server):
    _, bare, headers = get(server, "/trangchu.php")
    assert f"PHPSESSID={portal.SID}" in headers["Set-Cookie"]
    assert f'href="chitiet.php?id=440&PHPSESSID={portal.SID}"' in bare.decode()
    assert f'name="PHPSESSID" value="{portal.SID}"' in bare.decode()
    _, clean, headers = get(server, "/trangchu.php", cookie=True)
    assert "PHPSESSID" not in clean.decode() and "Set-Cookie" not in headers


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
    _, page, _ = fetch(server, "/chitiet.php?id=1")
    assert "15/08/2009" in page


def test_soft_404(server):
    status, page, _ = fetch(server, "/chitiet.php?id=429")
    assert status == 200 and "Tin này không tồn tại hoặc đã bị xóa!" in page


@pytest.mark.parametrize(
    "target",
    [
        "/khongco.php",
        "/chitiet.php?id=9999",
        "/chitiet.php",
        "/chitiet.php?id=440&x=1",
        "/tintuc.php?loai=1&trang=3",
        "/tintuc.php?loai=7",
        "/in.php?id=abc",
        "/index.html",
    ],
)
def test_unknown_404(server, target):
    assert fetch(server, target)[0] == 404


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = get(server, img["path"])
            assert status == 200 and headers["Content-Type"] == "image/jpeg"
    assert get(server, "/vanban/cv468_pgddt_thcs.pdf")[0] == 200
