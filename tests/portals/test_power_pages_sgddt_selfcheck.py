"""Self-checks of the Lâm Đồng Sở GD&ĐT (Power Pages) fixture against itself, never the crawler."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
import urllib.request
from collections import deque
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import power_pages_sgddt as portal
from ._selfcheck import NO_REDIRECTS, fetch

_BLOCK = {
    "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br", "figure", "figcaption",
    "blockquote", "table", "tbody", "thead", "ul", "ol", "section", "footer", "nav", "form", "hr",
}


class _Lines(HTMLParser):
    """Text lines as a reader sees them: inline tags glue, block tags break, table cells join " | ".

    Word's list markers (``mso-list:Ignore``) are dropped, as are scripts and styles.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.skip: list[str] = []
        self.cells = 0

    def flush(self) -> None:
        text = unicodedata.normalize("NFC", " ".join("".join(self.buf).replace("\xa0", " ").split()))
        if text and text != "|":
            self.lines.append(text.strip(" |"))
        self.buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        style = dict(attrs).get("style") or ""
        if self.skip:
            if tag not in ("br", "img", "input", "hr", "meta", "link"):
                self.skip.append(tag)
            return
        if tag in ("script", "style") or "mso-list:Ignore" in style:
            self.skip.append(tag)
            return
        if tag == "tr":
            self.flush()
            self.cells = 0
        elif tag in ("td", "th"):
            if self.cells:
                self.buf.append(" | ")
            self.cells += 1
        elif tag in _BLOCK:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            self.skip.pop()
            return
        if tag in _BLOCK:
            self.flush()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.buf.append(data)


def lines_of(markup: str) -> list[str]:
    parser = _Lines()
    parser.feed(markup)
    parser.close()
    parser.flush()
    return parser.lines


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = fetch(server, target)
    return status, body


def test_contract() -> None:
    assert portal.NAME == "power_pages_sgddt" and portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not set(portal.NON_ARTICLES) & set(paths + alts)
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    for g in portal.GOLD:
        assert g["published_at"] is None or stamp.match(g["published_at"])
        if g["published_at"]:
            assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        paragraphs = g["body"].split("\n\n")
        assert all(p and p == " ".join(p.split()) for p in paragraphs)
        assert all(unicodedata.is_normalized("NFC", p) for p in paragraphs)
        if g["summary"] is not None:
            assert g["summary"] == paragraphs[0]
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


def test_gold_pages_serve_their_fields(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body = _get(server, g["path"])
        assert status == 200, g["path"]
        lines = lines_of(body)
        assert f"<h1>{_html.escape(g['title'], quote=True)}</h1>" in body
        # body paragraphs are whole lines of the page, in order
        pos = 0
        for para in g["body"].split("\n\n"):
            assert para in lines[pos:], (g["path"], para[:60])
            pos = lines.index(para, pos) + 1
        text = "\n".join(lines)
        for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
            assert name in text, (g["path"], name)
        for img in g["images"]:
            srcs = {_html.unescape(s) for s in re.findall(r'src="([^"]+)"', body)}
            assert img["path"] in srcs
            assert _get(server, img["path"])[0] == 200
            if img["caption"]:
                assert img["caption"] in lines or f"({img['caption']})" in lines
        assert g["category"] in text
        assert portal.TODAY_LINE in text and "Đang online" in text and "Tổng truy cập" in text
        for alt in g.get("alt_paths", []):
            status, alt_body = _get(server, alt)
            assert status == 200, alt
            assert g["body"].split("\n\n")[-1] in lines_of(alt_body)


def test_dates_on_the_pages(server: PortalServer) -> None:
    for story, g in zip(portal.STORIES, portal.GOLD, strict=True):
        _, body = _get(server, g["path"])
        text = "\n".join(lines_of(body))
        if story.opts["kind"] == "kb":
            assert f'title="{story.opts["utc"]}.0000000Z"' in body
            local = portal._local(story.opts["utc"])
            if story is portal.K1:
                assert "ngày 27 tháng 11 năm 2026" in text and "Ngày đăng: 28/11/2026 08:40" in text
            elif local.hour == local.minute == 0:
                assert g["published_at"] == local.date().isoformat()
            else:
                assert g["published_at"] == local.isoformat(timespec="seconds") + "+07:00"
        elif story.opts["release"]:
            day, month, year = story.opts["release"].split("/")
            assert g["published_at"] == f"{year}-{month}-{day}" and f"Ngày đăng: {story.opts['release']}" in text
        else:
            # (the only stamp, "Cập nhật: 14/10/2026 16:22", dates the page: harmonised gold)
            day, clock = story.opts["updated"].split()
            d, mo, y = day.split("/")
            assert g["published_at"] == f"{y}-{mo}-{d}T{clock}:00+07:00" and "Ngày đăng" not in text and f"Cập nhật: {story.opts['updated']}" in text
    _, k4 = _get(server, portal.kb_path(portal.K4))
    assert "2026-10-22T17:05:00.0000000Z" in k4 and ">23/10/2026 00:05<" in k4


def test_non_articles_and_404s(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        assert _get(server, target)[0] == 200, target
    for target in [
        "/khong-co-trang-nay/",
        "/tin-tuc/khong-co-bai/",
        "/tin-tuc/?page=3",
        "/tin-tuc/?page=abc",
        "/thong-bao/?page=3",
        "/article/?id=00000000-0000-0000-0000-000000000000",
        "/article/",
        "/knowledgebase/article/KA-09999/vi-VN",
        "/en-US/tin-tuc/",
        "/lich-cong-tac/?tuan=51",
        "/van-ban/chi-tiet/?id=abc",
        "/Image/download.aspx?Entity=contact",
    ]:
        assert _get(server, target)[0] == 404, target
    # the related box's link to an archived article is dead
    _, k2 = _get(server, portal.kb_path(portal.K2))
    dead = [h for h in re.findall(r'href="(/article/\?id=[^"]+)"', k2) if _get(server, h)[0] == 404]
    assert len(dead) == 1


def test_redirects_and_variants(server: PortalServer) -> None:
    status, _, headers = fetch(server, "/tin-tuc/" + portal.W2.slug)
    assert status == 301 and headers["Location"] == portal.page_path(portal.W2)
    status, _, headers = fetch(server, "/forums/")
    assert status == 302 and headers["Location"].startswith("/SignIn?returnUrl=")
    assert _get(server, "/article/?id={" + portal.K3.opts["guid"].upper() + "}")[0] == 200
    assert _get(server, "/en-US/")[0] == 200


def test_hidden_pages(server: PortalServer) -> None:
    # the document grid prints no entry; its data comes from a POST service
    _, grid = _get(server, "/van-ban/")
    assert "/van-ban/chi-tiet/" not in grid and 'data-get-url="/_services/entity-grid-data.json/' in grid
    url = re.search(r'data-get-url="([^"]+)"', grid).group(1)
    assert _get(server, url)[0] == 405
    req = urllib.request.Request(server.url(url), data=b"{}", headers={"Content-Type": "application/json"})
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        data = json.loads(resp.read())
    assert [r["DetailsUrl"] for r in data["Records"]] == [portal.doc_path(d) for d in portal.DOCS]
    # K4 is linked by no page; it is on page 2 of the Thông báo form pager
    k4 = portal.kb_path(portal.K4)
    _, tb = _get(server, "/thong-bao/")
    assert 'name="page"' in tb and "?page=2" not in tb and k4 not in tb
    assert k4 in _get(server, "/thong-bao/?page=2")[1]
    # W4 only on page 2 of the news listing
    w4 = portal.page_path(portal.W4)
    _, news2 = _get(server, "/tin-tuc/?page=2")
    assert w4 in news2
    for target in ["/", "/tin-tuc/", *[g["path"] for g in portal.GOLD if g["path"] != w4]]:
        assert w4 not in _get(server, target)[1], target
        assert k4 not in _get(server, target)[1].replace(k4.upper(), ""), target


class _Forms(HTMLParser):
    """GET forms with their select options (the pager) and fixed inputs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self.select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"method": (a.get("method") or "get").lower(), "action": a.get("action") or "",
                               "selects": {}, "texts": 0})
        elif not self.forms:
            return
        elif tag == "select":
            self.select = a.get("name")
            self.forms[-1]["selects"][self.select] = []
        elif tag == "option" and self.select:
            self.forms[-1]["selects"][self.select].append(a.get("value") or "")
        elif tag == "input" and (a.get("type") or "text") == "text":
            self.forms[-1]["texts"] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self.select = None


def _walk(server: PortalServer) -> tuple[set[str], int]:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    pages = 0
    host = f"{server.host}:{server.port}"
    while queue and len(seen) < 300:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, _ = fetch(server, target)
        if status in (301, 302):
            continue
        pages += 1
        if status != 200:
            continue
        base = server.url(target)
        for href in re.findall(r'href="([^"]*)"', body):
            href = _html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#")) or not href:
                continue
            parts = urlsplit(urljoin(base, href))
            if parts.netloc != host:
                continue
            t = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", parts.path, re.I) or parts.path.startswith(
                ("/_entity/", "/SignIn", "/Account/", "/forums")
            ):
                continue
            queue.append(t)
        forms = _Forms()
        forms.feed(body)
        for form in forms.forms:
            if form["method"] != "get" or form["texts"] or not form["selects"]:
                continue
            for name, values in form["selects"].items():
                for v in values:
                    queue.append(urlsplit(urljoin(base, form["action"])).path + "?" + urlencode({name: v}))
    return seen, pages


def test_every_article_is_reachable(server: PortalServer) -> None:
    seen, pages = _walk(server)
    for g in portal.GOLD:
        assert {g["path"], *g.get("alt_paths", [])} & seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert pages <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), pages


def test_traps_are_in_place(server: PortalServer) -> None:
    _, home = _get(server, "/")
    assert f'href="/vi-VN{portal.page_path(portal.W1)}"' in home
    assert f'href="/Tin-Tuc/{portal.W3.slug}/"' in home
    assert portal.kb_path(portal.K6, upper=True) in home
    assert 'id="divCookieBanner"' in home and "/SignIn?returnUrl=%2F" in home
    _, k5 = _get(server, portal.kb_path(portal.K5))
    assert "mso-list:Ignore" in k5 and "<o:p></o:p>" in k5 and "mso-element:footnote-list" in k5
    assert "Người đăng: quantri.sgddt" in k5 and "ThS. Lê Hoàng Phúc - Phó Trưởng phòng GDTrH" in k5
    _, k6 = _get(server, portal.kb_path(portal.K6))
    assert "Ý kiến bạn đọc (2)" in k6 and "Phạm Thị Lan" in k6
    k6_text = "\n".join(lines_of(k6))
    assert "Cơ sở tri thức" in lines_of(k6) and "Chuyên mục: Giáo dục Trung học |" in k6_text
    _, w4 = _get(server, portal.page_path(portal.W4))
    assert 'name="description"' in w4 and portal.GOLD[4]["summary"] is None
