"""Self-checks of the joomla4_gantry5_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import base64
import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla4_gantry5_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
_HIDDEN_MAIL = re.compile(r"<joomla-hidden-mail[^>]*\btext=\"([^\"]*)\"[^>]*>.*?</joomla-hidden-mail>", re.S)
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def visible(page: str) -> str:
    """The page's text as a browser shows it (the e-mail component decoded, scripts dropped)."""
    page = _HIDDEN_MAIL.sub(lambda m: base64.b64decode(m.group(1)).decode("utf-8"), page)
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", page)  # a table row reads as cells joined by " | "
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def headline(page: str) -> str | None:
    m = re.search(r'<h2 itemprop="headline">(.*?)</h2>', page, re.S)
    return collapse(_html.unescape(m.group(1))) if m else None


def links(page: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', page):
        href = _html.unescape(href)
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        out.append(urljoin(base, href).split("#", 1)[0])
    return out


def full_text_target(gold: dict) -> str:
    """Where the whole article prints at once: ``?showall=1`` for the paged one."""
    return next((p for p in gold.get("alt_paths", []) if p.endswith("showall=1")), gold["path"])


def test_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [p for g in portal.GOLD for p in g.get("alt_paths", [])]
    assert len(set(paths + alts + portal.NON_ARTICLES)) == len(paths) + len(alts) + len(portal.NON_ARTICLES)
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")
        assert g["body"] and 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]


def test_gold_paths_answer_with_their_headline(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, page, headers = fetch(server, target)
            assert status == 200, target
            assert headers["Content-Type"].startswith("text/html"), target
            assert headline(page) == g["title"], target
            assert f"<title>{_html.escape(g['title'])}" in page, target


def test_gold_fields_appear_on_the_page(server):
    for g in portal.GOLD:
        status, page, _ = fetch(server, full_text_target(g))
        assert status == 200
        shown = visible(page)
        for para in g["body"].split("\n\n"):
            assert para in shown, (g["path"], para)
        for name in g["authors"] + g["photographers"]:
            assert name in shown, (g["path"], name)
        if g["source"]:
            assert g["source"] in shown
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        for img in g["images"]:
            assert f'src="{img["path"]}"' in page, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in shown, (g["path"], img)
        crumbs = re.search(r'<ol itemscope itemtype="https://schema.org/BreadcrumbList".*?</ol>', page, re.S)
        assert g["category"] in visible(crumbs.group(0))
        day = g["published_at"][:10]
        if len(g["published_at"]) > 10:
            assert f'datetime="{g["published_at"]}" itemprop="datePublished"' in page
        else:
            y, mo, d = day.split("-")
            assert (f'datetime="{day}T00:00:00+07:00" itemprop="datePublished"' in page
                    or f"ngày {d} tháng {mo} năm {y}" in shown), g["path"]


def test_the_placeholder_of_the_cloaked_address_is_no_text():
    g = GOLD_BY_PATH[portal.art_path(portal.BY_ID[395])]
    assert "pgdtamnong.pc@phutho.edu.vn" in g["body"]
    assert "bảo vệ khỏi chương trình thư rác" not in g["body"]


def test_paged_article_prints_one_page_at_a_time(server):
    story = portal.BY_ID[409]
    g = GOLD_BY_PATH[portal.art_path(story)]
    _, first, _ = fetch(server, g["path"])
    last_para = g["body"].split("\n\n")[-1]
    assert last_para not in visible(first)
    assert "Trang 1 / 3" in first
    _, last, _ = fetch(server, portal.page_paths(story)[2])
    assert last_para in visible(last)


def test_same_title_and_alias_in_two_categories():
    twins = [g for g in portal.GOLD if g["title"] == "Hội thi Giáo viên dạy giỏi cấp huyện năm học 2026 - 2027"]
    assert len(twins) == 2
    assert twins[0]["path"].rsplit("-", 1)[0] != twins[1]["path"].rsplit("-", 1)[0]
    assert twins[0]["body"] != twins[1]["body"]


def test_mail_view_is_a_form_without_text(server):
    story = portal.BY_ID[412]
    status, page, _ = fetch(server, portal.mail_path(story))
    assert status == 200 and story.title in page
    assert portal.A1_SAPO not in page and headline(page) is None


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        assert 'id="g-page-surround"' in page


def test_unknown_paths_404(server):
    for target in [
        "/khong-co-trang-nay.html",
        "/tin-tuc/9-hoat-dong-nganh/999-khong-ton-tai.html",
        "/tin-tuc/10-giao-duc-tieu-hoc/412-hoi-nghi-trien-khai-chuyen-doi-so-trong-quan-ly-truong-hoc-nam-hoc-2026-2027.html",
        "/tin-tuc/9-hoat-dong-nganh.html?start=8",
        "/tin-tuc/11-giao-duc-thcs.html?limitstart=10",
        "/index.php?option=com_content&view=article&id=999:x",
        "/component/mailto/?tmpl=component&link=deadbeef",
        "/component/tags/tag/khong-co.html",
    ]:
        assert fetch(server, target)[0] == 404, target


def crawl(server) -> tuple[set[str], int]:
    """Breadth-first over links from START_PATH, as a sensible crawler would (no print/e-mail
    tool windows, no static files)."""
    start = server.url(portal.START_PATH)
    host = urlsplit(start).netloc
    seen = {start}
    queue = deque([start])
    requests = 0
    while queue:
        url = queue.popleft()
        target = url[len(server.base_url):]
        status, page, headers = fetch(server, target)
        requests += 1
        assert requests < 200
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in links(page, url):
            parts = urlsplit(link)
            if parts.netloc != host or link in seen:
                continue
            if parts.path.lower().endswith(_SKIP_EXT) or "tmpl=component" in parts.query:
                continue
            seen.add(link)
            queue.append(link)
    return {u[len(server.base_url):] for u in seen}, requests


def test_everything_reachable_from_the_start_within_budget(server):
    reached, requests = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in reached, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in reached, target
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_on_page_two(server):
    only_late = [portal.art_path(portal.BY_ID[384]), portal.art_path(portal.BY_ID[380])]
    first_pages = ["/", "/tin-tuc.html", portal.cat_path(9), portal.cat_path(10), portal.cat_path(11)]
    first_pages += [g["path"] for g in portal.GOLD if g["path"] not in only_late]
    for target in first_pages:
        _, page, _ = fetch(server, target)
        for path in only_late:
            assert path not in page, (target, path)
    assert only_late[0] in fetch(server, portal.cat_path(9) + "?start=4")[1]
    assert only_late[1] in fetch(server, portal.cat_path(11) + "?limitstart=5")[1]
