"""Self-check of the district_portal_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import district_portal_pgd as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_SRC = re.compile(r'src="([^"]*)"')
_H3 = re.compile(r'<h3 class="header-title"><span>(.*?)</span></h3>', re.S)
_CANON = re.compile(r'<link href="([^"]*)" rel="canonical" />')
BUDGET = 3 * (13 + len(portal.NON_ARTICLES))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    s = re.sub(r"(?i)<br\s*/?>|</?(p|div|li|tr|td|th|h\d|ul|table|blockquote|section|header)\b[^>]*>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = unicodedata.normalize("NFC", html.unescape(s))
    return "\n".join(collapse(line) for line in s.split("\n") if line.strip())


def links(target: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def is_page(target: str) -> bool:
    return not target.startswith(("/documents/", "/image/", "/thachbinh-theme/", "/html/"))


def walk(server, *, scope: str | None, limit: int = 400) -> dict[str, tuple[int, str]]:
    seen: dict[str, tuple[int, str]] = {}
    queue = deque([portal.START_PATH])
    while queue and len(seen) < limit:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = (status, body)
        if status != 200:
            continue
        for link in links(target, body):
            if link in seen or not is_page(link) or "/c/portal/login" in link:
                continue
            if scope and not urlsplit(link).path.startswith(scope):
                continue
            queue.append(link)
    return seen


def gold_of(title: str) -> dict | None:
    return next((g for g in portal.GOLD if g["title"] == title), None)


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    every = paths + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(every) == len(set(every)), "an alt path is shared by two articles"
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    for g in portal.GOLD:
        assert g["published_at"] is None or stamp.match(g["published_at"])
        assert g["category"] in {"Tin hoạt động", "Thông báo", "Chuyên môn - Nghiệp vụ"}
        assert g["body"] and g["title"] == unicodedata.normalize("NFC", g["title"])
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_pages_serve_the_article(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        titles = [collapse(html.unescape(t)) for t in _H3.findall(body)]
        assert gold["title"] in titles, target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_fields_on_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    txt = page_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in txt, cell[:60]
    for name in gold["authors"] + gold["photographers"]:
        assert name in txt
    if gold["source"]:
        assert gold["source"] in txt
    srcs = {html.unescape(s) for s in _SRC.findall(body)}
    for img in gold["images"]:
        assert img["path"] in srcs
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
        if img["caption"]:
            assert img["caption"] in txt
    if gold["published_at"]:
        y, m, d = gold["published_at"][:10].split("-")
        assert f"{d}/{m}/{y}" in txt or f"ngày {d} tháng {m} năm {y}" in txt
    canon = _CANON.findall(body)
    assert canon and canon[0].endswith(gold["canonical_path"])


def test_reachable_in_section_within_budget(server):
    seen = walk(server, scope=portal.PGD)
    pages = [t for t in seen if is_page(t)]
    for g in portal.GOLD:
        assert g["path"] in seen or any(a in seen for a in g.get("alt_paths", [])), g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen and seen[path][0] == 200, path
    assert len(pages) <= BUDGET, len(pages)


def test_every_linked_article_url_is_in_gold(server):
    seen = walk(server, scope=None)
    found = 0
    for target, (status, body) in seen.items():
        if status != 200 or 'class="asset-full-content' not in body:
            continue
        titles = [collapse(html.unescape(t)) for t in _H3.findall(body)]
        gold = gold_of(titles[0])
        if gold is None:  # district news and other departments: out of the section
            assert not urlsplit(target).path.startswith(portal.PGD + "/"), target
            continue
        found += 1
        assert target == gold["path"] or target in gold["alt_paths"], target
    assert found >= 13


def test_non_articles_and_404(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200 and 'class="asset-full-content' not in body
    for path in (
        "/web/thachbinh/phong-gd-dt/khong-co",
        portal.PGD + "/-/asset_publisher/XXXX/content/" + portal.TH1.slug,
        portal.PGD + f"/-/asset_publisher/{portal.I_TB}/content/" + portal.TH1.slug,
        "/web/thachbinh/phong-y-te",
        "/web/guest/home",
    ):
        assert fetch(server, path)[0] == 404, path


def test_traps(server):
    # header date is today, not a publication date
    _, body, _ = fetch(server, portal.START_PATH)
    assert portal.TODAY_LINE in body
    # oldest of two categories only on page 2+
    for story in (portal.TH7, portal.TB4):
        assert story.slug not in body
    _, page3, _ = fetch(server, portal.page_url("th", 3))
    assert portal.TH7.slug in page3
    _, tb2, _ = fetch(server, portal.page_url("tb", 2))
    assert portal.TB4.slug in tb2
    # the slider copy names itself canonical; the print view names the section page
    slide = portal.content_path(portal.PGD, portal.I_SLIDE, portal.TH1.slug)
    _, sbody, _ = fetch(server, slide)
    assert _CANON.findall(sbody)[0].endswith(slide)
    assert "Tin nổi bật</span></h1>" in sbody
    _, pbody, _ = fetch(server, portal.print_url(portal.PGD, portal.I_TH, portal.TH1))
    assert _CANON.findall(pbody)[0].endswith(portal.PGD)
    # <title> is the page name, never the headline
    _, abody, _ = fetch(server, portal.canonical(portal.TH3))
    assert portal.TH3.title not in re.search(r"<title>(.*?)</title>", abody).group(1)
    # the English flag bounces back
    status, _, headers = fetch(server, portal.START_PATH + "?p_p_id=82&p_p_lifecycle=1&_82_languageId=en_US")
    assert status == 302 and headers["Location"] == portal.PGD
    # th2's body is stored decomposed
    _, nbody, _ = fetch(server, portal.canonical(portal.TH2))
    assert unicodedata.normalize("NFD", "tập huấn") in nbody
    # the migrated article hides its list dashes in mso-list:Ignore and writes entities
    _, wbody, _ = fetch(server, portal.canonical(portal.TH6))
    assert "mso-list:Ignore" in wbody and "&#7841;" in wbody
    # the guide's template prints no date of its own
    _, cbody, _ = fetch(server, portal.canonical(portal.CM1))
    content = cbody.split('class="journal-content-article"')[1].split('class="asset-ratings"')[0]
    assert not re.search(r"\d{2}/\d{2}/\d{4}", content)


def test_gold_keeps_chrome_out_of_bodies():
    chrome = ("Tin liên quan", "Xem thêm", "File đính kèm", "Tải về", "Nơi nhận", "BBT", "Tin, ảnh", "Ảnh:",
              "Cập nhật lúc", "Lượt xem", "Đã ký", "THÔNG BÁO", "CỘNG HÒA", "Nguồn:", "Theo Huyện đoàn")
    for g in portal.GOLD:
        for word in chrome:
            assert word not in g["body"], (g["title"], word)
        for img in g["images"]:
            if img["caption"]:
                assert img["caption"] not in g["body"]
