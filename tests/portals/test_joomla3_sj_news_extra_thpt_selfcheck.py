"""Self-checks of the joomla3_sj_news_extra_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_sj_news_extra_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r'<(?:a|link|area)\b[^>]*?\shref="([^"]*)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    markup = re.sub(r"<script.*?</script>", " ", markup, flags=re.S)
    markup = re.sub(r"</?(?:a|strong|em|b|span|u|i)\b[^>]*>", "", markup)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(_html.unescape(markup))


def _body(markup: str) -> str:
    start = markup.index('<div itemprop="articleBody">')
    return markup[start:markup.index("</div>\n<ul class=\"pager pagenav\">", start)]


def _links(server: PortalServer, target: str, markup: str) -> list[str]:
    out = []
    for raw in HREF.findall(markup):
        url = urljoin(server.url(target), _html.unescape(raw))
        parts = urlsplit(url)
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer, skip_popups: bool) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue and len(seen) < 400:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302, 303):
            queue.append(urlsplit(headers["Location"]).path + (
                "?" + urlsplit(headers["Location"]).query if urlsplit(headers["Location"]).query else ""))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(server, target, body):
            if re.search(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", urlsplit(link).path, re.I):
                continue
            if "download=" in link:
                continue
            if skip_popups and ("tmpl=component" in link or "/component/mailto/" in link):
                continue
            if link not in seen:
                queue.append(link)
    return seen


def test_counts():
    assert portal.NAME == "joomla3_sj_news_extra_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) == 3
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert not re.search(r"/(home|tmp|work)/", repr(g))


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert f'<h2 itemprop="headline">{_html.escape(g["title"], quote=True)}</h2>' in body, target


def test_every_gold_article_reachable_from_start(server):
    seen = _crawl(server, skip_popups=True)
    for g in portal.GOLD:
        assert seen.get(g["path"]) == 200, g["path"]
    for target in portal.NON_ARTICLES:
        assert seen.get(target) == 200, target
    pages = [t for t, s in seen.items() if s == 200]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_some_articles_only_on_page_two(server):
    home = fetch(server, "/")[1]
    first = {
        "/index.php/tin-tuc": fetch(server, "/index.php/tin-tuc")[1],
        "/index.php/tin-tuc/hoat-dong-ngoai-khoa": fetch(server, "/index.php/tin-tuc/hoat-dong-ngoai-khoa")[1],
        "/index.php/thong-bao": fetch(server, "/index.php/thong-bao")[1],
    }
    second = {
        "/index.php/tin-tuc": fetch(server, "/index.php/tin-tuc?start=5")[1],
        "/index.php/tin-tuc/hoat-dong-ngoai-khoa": fetch(server, "/index.php/tin-tuc/hoat-dong-ngoai-khoa?start=3")[1],
        "/index.php/thong-bao": fetch(server, "/index.php/thong-bao?start=5")[1],
    }
    for sid, cat in ((49, "/index.php/tin-tuc"), (50, "/index.php/tin-tuc/hoat-dong-ngoai-khoa"),
                     (51, "/index.php/thong-bao")):
        path = portal.menu_path(portal.BY_ID[sid])
        assert f"/{sid}-" not in home
        assert path not in first[cat]
        assert path in second[cat]
    assert portal.menu_path(portal.BY_ID[49]) not in first["/index.php/tin-tuc"]


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        story = next(s for s in portal.STORIES if portal.menu_path(s) == g["path"])
        target = g["path"] + ("?showall=1" if "showall=1" in " ".join(g.get("alt_paths", [])) else "")
        _, page, _ = fetch(server, target)
        body_text = _text(_body(page))
        for para in g["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in body_text, (g["path"], cell)
            elif "@" in para:
                assert para.split("vanphong")[0].strip() in body_text
                assert "id=\"cloak" in page
            else:
                assert para in body_text, (g["path"], para)
        for img in g["images"]:
            assert (img.get("path") or img["url"]) in page, img
            if img["caption"]:
                assert _html.escape(img["caption"], quote=False) in page or img["caption"] in _text(page)
        for name in g["authors"] + g["photographers"]:
            assert name in _text(page), name
        if g["source"]:
            assert f"(Theo {g['source']})" in _text(page)
        if g["summary"]:
            assert f"<strong>{_html.escape(g['summary'], quote=False)}</strong>" in page
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        printed = f"{d} Tháng {int(m)} {y}"
        assert printed in page or f"ngày {d} tháng {m} năm {y}" in page, g["path"]
        if "T" in g["published_at"]:
            assert f"{printed} {g['published_at'][11:16]}" in page
        assert f'<a href="{portal.CATS[portal._cat_id(story)]["menu"]}" class="pathway">' in page or \
            f'<span itemprop="name">{g["category"]}</span>' in page


def test_page_break_parts_and_print(server):
    story = portal.BY_ID[55]
    base = portal.menu_path(story)
    parts = [fetch(server, base)[1], fetch(server, base + "?showall=&start=1")[1],
             fetch(server, base + "?showall=&start=2")[1]]
    paras = story.paragraphs
    assert paras[0] in _text(parts[0]) and paras[-1] not in _text(parts[0])
    assert paras[-1] in _text(parts[2])
    assert "Trang 2 của 3" in parts[1]
    full = _text(fetch(server, base + "?showall=1")[1])
    printed = _text(fetch(server, portal.print_path(story))[1])
    for para in paras:
        assert para in full and para in printed
    assert fetch(server, base + "?showall=&start=3")[0] == 404


def test_non_articles_and_traps(server):
    for target in portal.NON_ARTICLES:
        assert fetch(server, target)[0] == 200, target
    sid, slug, _title = portal.STALE
    status, body, _ = fetch(server, f"/index.php/tin-tuc/8-tin-tuc/{sid}-{slug}")
    assert status == 404 and "Không tìm thấy bài viết" in body and "yt_wrapper" in body
    rid, rslug, _, _ = portal.REGISTERED
    status, _, headers = fetch(server, f"/index.php/thong-bao/{rid}-{rslug}")
    assert status == 303 and "view=login" in headers["Location"]
    listing = fetch(server, "/index.php/thong-bao")[1]
    assert "view=login" in listing and "Số mục hiển thị #" in listing
    assert fetch(server, "/index.php/thong-bao?limit=10")[1].count('class="list-title"') == 6
    # the volatile hit counter: two fetches of one article differ
    one = fetch(server, portal.GOLD[0]["path"])[1]
    two = fetch(server, portal.GOLD[0]["path"])[1]
    assert one != two


def test_unknown_paths_404(server):
    for target in ["/khong-co", "/index.php/khong-co", "/index.php/tin-tuc/999-khong-co",
                   "/index.php/tin-tuc?start=40", "/index.php/thong-bao/61-sai-danh-muc",
                   "/tin-tuc/61-hoc-sinh"]:
        assert fetch(server, target)[0] == 404, target


def test_no_machine_paths_in_module():
    with open(portal.__file__, encoding="utf-8") as handle:
        source = handle.read()
    assert not re.search(r"/(home|tmp|work)/", source)
