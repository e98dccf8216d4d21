"""Self-checks of the joomla4_helix_ultimate_mamnon fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla4_helix_ultimate_mamnon as portal
from tests.portals._selfcheck import fetch

_BLOCK = {"p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "br", "figcaption", "ul", "table", "section"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag in _BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in _BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(body: str) -> str:
    parser = _Text()
    parser.feed(body)
    joined = "".join(parser.parts).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", joined)).strip()


def links(body: str, base: str, page: str) -> list[str]:
    out = []
    for href in re.findall(r'<a\b[^>]*?\shref="([^"]*)"', body):
        href = _html.unescape(href)
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        absolute = urljoin(base + page, href)
        parts = urlsplit(absolute)
        if f"{parts.scheme}://{parts.netloc}" != base:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _is_page(target: str) -> bool:
    path = target.split("?", 1)[0]
    return path in ("/", "/index.php") or path.startswith("/index.php/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over <a href> links from START_PATH: target -> set of pages linking it."""
    seen: dict[str, set[str]] = {portal.START_PATH: set()}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        if not _is_page(target):
            continue
        status, body, _ = fetch(server, target)
        fetched += 1
        assert status == 200, target
        for link in links(body, server.base_url, target):
            if link not in seen:
                seen[link] = set()
                queue.append(link)
            seen[link].add(target)
    return seen, fetched


def test_contract_shape():
    assert portal.NAME == "joomla4_helix_ultimate_mamnon"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Hoạt động của bé", "Tin nhà trường", "Thông báo"}
    for g in portal.GOLD:
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        assert g["published_at"].startswith("2026-1"), g["path"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_page(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert "text/html" in headers["Content-Type"]
    title = portal.esc(gold["title"])
    assert f'<h1 itemprop="headline">{title}' in body
    assert f"<title>{title}" in body
    full = body
    if "?showall=1" in " ".join(gold.get("alt_paths", [])):
        # the paginated article: its plain URL shows part 1 only, showall the whole text
        last = gold["body"].split("\n\n")[-1]
        assert last not in page_text(body)
        full = fetch(server, gold["path"] + "?showall=1")[1]
    txt = page_text(full)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in txt, (gold["path"], cell)
    for name in gold["authors"] + gold["photographers"]:
        assert name in txt, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in txt
    day = gold["published_at"][:10]
    if "T" in gold["published_at"]:
        assert f'datetime="{gold["published_at"]}" itemprop="datePublished"' in body
    else:
        y, m, d = day.split("-")
        assert f'datetime="{day}T00:00:00+07:00"' in body or f"ngày {d} tháng {m} năm {y}" in txt
    for img in gold["images"]:
        assert img["path"] in full, img["path"]
        assert fetch(server, img["path"])[0] == 200
        if img["caption"]:
            assert img["caption"] in txt
    if gold["summary"]:
        assert f"<strong>{portal.text(gold['summary'])}</strong>" in body
    cat = portal.esc(gold["category"])
    assert f'<span itemprop="name">{cat}</span>' in body or f">{cat}</a>" in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_alt_paths_serve_the_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert portal.esc(gold["title"]) in body, alt


def test_every_gold_and_non_article_is_reachable(crawl):
    seen, _ = crawl
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_some_articles_only_on_page_two(crawl):
    seen, _ = crawl
    only_p2 = {
        "/index.php/hoat-dong-cua-be/192-be-lam-thiep-tang-ba-tang-me-nhan-ngay-phu-nu-viet-nam-20-10": (
            "/index.php/hoat-dong-cua-be?start=5"
        ),
        "/index.php/tin-nha-truong/195-tap-huan-ky-nang-so-cap-cuu-va-phong-chong-duoi-nuoc": (
            "/index.php/tin-nha-truong?start=3"
        ),
    }
    for path, listing in only_p2.items():
        referrers = {r for r in seen[path] if not r.startswith(path)}
        assert referrers == {listing}, (path, referrers)


def test_request_budget(crawl):
    _, fetched = crawl
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


def test_traps_are_in_place(server):
    g = {x["path"].rsplit("/", 1)[1].split("-", 1)[0]: x for x in portal.GOLD}
    # 1. cover above the headline with the joomlaImage suffix
    body = fetch(server, g["214"]["path"])[1]
    assert body.index("article-full-image") < body.index('<h1 itemprop="headline">')
    assert "#joomlaImage://local-images/2026/12/ngay-hoi-the-thao-bia.jpg?width=1200&amp;height=800" in body
    # 2. SIG spacer images, photo in href, hidden print line
    assert body.count("jw_sig/includes/images/transparent.gif") == 4
    assert "sigFreePrintMessage" in body and "background-image:url('/cache/jw_sig/" in body
    # 5. badge inside the headline
    assert "Nổi bật</span></h1>" in body
    # 3. the pagebreak TOC and pager inside the text
    body = fetch(server, g["205"]["path"])[1]
    assert "Mục lục bài viết" in body and "?start=1" in body and "Trang 1 / 2" in body
    # 4. raw leftover plugin tags
    body = fetch(server, g["203"]["path"])[1]
    assert "{jcomments on}" in body and "{phocagallery" in body
    # 9. attachments inside articleBody
    body = fetch(server, g["217"]["path"])[1]
    start = body.index('itemprop="articleBody"')
    assert start < body.index("attachmentsContainer") < body.index("related-article-list-container")
    assert "Ninh Kiều, ngày 01 tháng 12 năm 2026" in body
    pdf = re.search(r'href="(/attachments/article/217/[^"]+\.pdf)"', body).group(1)
    status, _, headers = fetch(server, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    # 10. decomposed text
    body = fetch(server, g["211"]["path"])[1]
    assert unicodedata.normalize("NFD", "bánh dân gian") in body
    body_part = body[body.index('itemprop="articleBody"') :]
    assert "tổ chức hoạt động trải nghiệm" not in body_part  # the text is not NFC
    assert 'class="MsoNormal"' in body_part and "<o:p></o:p>" in body_part
    # 7. Super User in the info line, never an author
    assert all("Super User" not in x["authors"] for x in portal.GOLD)


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/index.php/khong-co-trang-nay",
        "/index.php/hoat-dong-cua-be/999-khong-co",
        "/index.php/hoat-dong-cua-be/214-sai-alias",
        "/index.php/tin-nha-truong/214-ngay-hoi-the-thao-be-khoe-be-nang-dong-nam-hoc-2026-2027",
        "/index.php/hoat-dong-cua-be?start=10",
        "/index.php/hoat-dong-cua-be?start=3",
        "/index.php?option=com_content&view=article&id=999",
        "/attachments/article/217/khong-co.pdf",
        "/index.php/thu-vien-anh/73-sai",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_home_twice_and_nonsef(server):
    a = fetch(server, "/")[1]
    b = fetch(server, "/index.php")[1]
    assert a == b and "sp-page-builder" in a


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source
