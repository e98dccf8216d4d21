"""Self-checks of the url_forms_thcs fixture against itself (never the crawler).

Links are resolved the way a browser does: ``<base href>``, entities, whitespace around the
href, tabs and newlines inside it removed, fragments dropped, non-ASCII percent-encoded.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import quote, urldefrag, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import url_forms_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

KEYS = {
    "path",
    "canonical_path",
    "title",
    "published_at",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
}
SKIP = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def target_of(server: PortalServer, url: str) -> str | None:
    """``url`` as a request target on this server (percent-encoded), or None when elsewhere."""
    url, _ = urldefrag(url)
    parts = urlsplit(url)
    if parts.scheme != "http" or parts.netloc.lower() != f"{server.host}:{server.port}":
        return None
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="=&%/:?+,;@!$'()*-._~")
    return path + (f"?{query}" if query else "")


def hrefs(body: str) -> list[str]:
    """Raw href values, newlines and all."""
    return re.findall(r'\shref\s*=\s*"([^"]*)"', body, flags=re.S)


def resolve(server: PortalServer, page: str, body: str, href: str, *, naive: bool = False) -> str | None:
    base = re.search(r'<base href="([^"]+)"', body)
    value = _html.unescape(href)
    if not naive:
        value = re.sub(r"[\t\n\r]", "", value.strip(" \t\n\r\f"))
    if value.startswith(("javascript:", "mailto:")) or value.startswith("#"):
        return None
    start = base.group(1) if base and not naive else server.url(page)
    return target_of(server, urljoin(start, value))


def links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in hrefs(body):
        target = resolve(server, page, body, href)
        if target:
            out.append(target)
    return out


def walk(server: PortalServer, start: str, limit: int = 400) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        if urlsplit(target).path.lower().endswith(SKIP):
            continue
        status, body, headers = fetch(server, target)
        found: list[str] = []
        if status in (301, 302):
            nxt = target_of(server, urljoin(server.url(target), headers["Location"]))
            found = [nxt] if nxt else []
        elif status == 200:
            found = links(server, target, body)
        for t in found:
            if t not in seen:
                seen.add(t)
                queue.append(t)
    return seen


def page_text(body: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["path"] == g["canonical_path"]
        assert g["path"].isascii()
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        assert 3 <= len(g["body"].split("\n\n")) <= 16, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/site/upload/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet")
            assert "(" not in name and " – " not in name and not name.startswith(("ThS", "TS"))
        for alt in g.get("alt_paths", []):
            assert alt != g["path"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for name in portal.CATEGORIES.values():
        assert sum(g["category"] == name for g in portal.GOLD) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert f'<h2 class="tieude">{_html.escape(gold["title"])}</h2>' in body
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
        assert target_of(server, _html.unescape(canon)) == gold["canonical_path"]
        y, m, d = gold["published_at"][:10].split("-")
        line = f"Ngày đăng: {d}/{m}/{y}"
        if "T" in gold["published_at"]:
            line += " " + gold["published_at"][11:16]
        assert line in body
        assert portal.TODAY_HERE in body
        crumb = re.search(r'class="(?:breadcrumb|duongdan)">(.*?)</div>', body).group(1)
        assert page_text(crumb).endswith(gold["category"])
        shown = page_text(body)
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in shown, (target, cell)
        content = body.split('<div class="noidung">', 1)[1].split("</div>\n<div class=", 1)[0]
        for img in gold["images"]:
            assert img["path"][len("/site/") :] in content
            if img["caption"]:
                assert img["caption"] in page_text(content)
                assert img["caption"] not in gold["body"]
    for img in gold["images"]:
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng:" not in body, path
        assert 'rel="canonical"' not in body, path
    _, body, _ = fetch(server, "/site/gioi-thieu.html")
    assert '<h2 class="tieude">' in body


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_root_moved_and_home_forms(server):
    status, _, headers = fetch(server, "/")
    assert status == 301 and headers["Location"].endswith("/site/")
    _, home, _ = fetch(server, "/site/")
    for target in ("/site/index.php", "/site/index.php?"):
        status, body, _ = fetch(server, target)
        assert status == 200 and body == home
    assert 'href="index.php?"' in home
    assert f'<base href="http://{server.host}:{server.port}/site/">' in home


def test_base_href_matters_on_subfolder_listing(server):
    page = "/site/tin-tuc/?trang=2"
    status, body, _ = fetch(server, page)
    assert status == 200
    naive = {resolve(server, page, body, h, naive=True) for h in hrefs(body)}
    broken = [t for t in naive if t and t.startswith(("/site/tin-tuc/chi-tiet.php", "/site/tin-tuc/tin-tuc/"))]
    assert broken
    for t in broken:
        assert fetch(server, t)[0] == 404, t


def test_listing_pagination_and_late_articles(server):
    bodies = {n: fetch(server, f"/site/tin-tuc/?trang={n}")[1] for n in (1, 2, 3)}
    assert fetch(server, "/site/tin-tuc/?trang=4")[0] == 404
    assert fetch(server, "/site/tin-tuc/")[1] == bodies[1]
    _, home, _ = fetch(server, "/site/")
    early = home + bodies[1] + bodies[2]
    for sid in (104, 100, 97):
        story = portal.BY_ID[sid]
        assert story.title in bodies[3]
        assert story.title not in early
    # page 3: protocol-relative and unencoded Vietnamese links
    assert f'href="//{server.host}:{server.port}/site/chi-tiet.php?id=100&amp;cat=1"' in bodies[3]
    assert 'href="tin-tức/khai-giảng-năm-học-mới.html"' in bodies[3]
    # page 2: whitespace and a newline inside the href
    assert re.search(r'href="\n\s+chi-tiet\.php\?id=115\n&amp;cat=4\s+"', bodies[2])
    status, body, _ = fetch(server, "/site/danh-muc.php?cat=1&trang=2")
    assert status == 200 and "tin-t%E1%BB%A9c/khai-gi%E1%BA%A3ng" in body
    assert fetch(server, "/site/danh-muc.php?cat=1&trang=3")[0] == 404


def test_parameter_order_and_amp(server):
    _, body, _ = fetch(server, "/site/danh-muc.php?cat=1")
    assert 'href="chi-tiet.php?cat=1&amp;id=112"' in body
    a = fetch(server, "/site/chi-tiet.php?cat=1&id=112")[1]
    b = fetch(server, "/site/chi-tiet.php?id=112&cat=1")[1]
    c = fetch(server, "/site/chi-tiet.php?id=112")[1]
    assert a == b == c
    assert fetch(server, "/site/chi-tiet.php?id=999&cat=1")[0] == 404


def test_upper_case_paths_redirect(server):
    status, _, headers = fetch(server, "/SITE/chi-tiet.php?id=112&cat=1")
    assert status == 301
    assert headers["Location"] == f"{server.base_url}/site/chi-tiet.php?id=112&cat=1"
    status, _, headers = fetch(server, "/SITE/tin-tuc/le-ky-niem-ngay-nha-giao-viet-nam-20-11.html")
    assert status == 301 and headers["Location"].endswith("/site/tin-tuc/le-ky-niem-ngay-nha-giao-viet-nam-20-11.html")
    _, home, _ = fetch(server, "/site/")
    assert f"http://{server.host.upper()}:{server.port}/SITE/chi-tiet.php?id=112&amp;cat=1" in home


def test_vietnamese_path_forms(server):
    upper = fetch(server, portal.quote(portal.VN_PATH))
    lower = fetch(server, portal.quote(portal.VN_PATH).lower())
    assert upper[0] == 200 and lower[0] == 200
    assert upper[1] == lower[1]
    assert f'<link rel="canonical" href="{server.base_url}{portal.VN_PATH}" />' in upper[1]
    # a related list of a rewritten page writes it with ../
    _, body, _ = fetch(server, "/site/tin-tuc/le-ky-niem-ngay-nha-giao-viet-nam-20-11.html")
    assert 'href="../tin-tức/khai-giảng-năm-học-mới.html"' in body
    assert "<base " not in body and 'href="../chi-tiet.php?id=112&amp;cat=1#top"' in body


def test_rewritten_article_has_php_duplicate(server):
    status, body, _ = fetch(server, "/site/chi-tiet.php?id=124&cat=1")
    assert status == 200 and "<base " in body
    assert (
        f'<link rel="canonical" href="{server.base_url}/site/tin-tuc/le-ky-niem-ngay-nha-giao-viet-nam-20-11.html" />'
        in body
    )
    assert 'href="./chi-tiet.php?id=100"' in body


def test_file_with_space(server):
    _, home, _ = fetch(server, "/site/")
    assert 'href="files/ke hoach.pdf"' in home
    status, body, headers = fetch(server, "/site/files/ke%20hoach.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf" and body.startswith("%PDF")
    _, notice, _ = fetch(server, "/site/chi-tiet.php?id=129&cat=4")
    assert 'href="files/ke hoach.pdf"' in notice


def test_fragments_and_protocol_relative(server):
    _, home, _ = fetch(server, "/site/")
    assert "#top" in home and re.search(r'href="\./chi-tiet\.php\?id=\d+&amp;cat=\d#top"', home)
    assert f'href="//{server.host}:{server.port}/site/tin-tuc/' in home


def test_header_today_is_not_a_publication_date():
    assert all(not g["published_at"].startswith("2026-12-04") for g in portal.GOLD)


def test_unknown_pages_are_404(server):
    assert fetch(server, "/site/khong-co.php")[0] == 404
    assert fetch(server, "/site/tin-tuc/khong-co.html")[0] == 404
    assert fetch(server, "/khac/")[0] == 404
