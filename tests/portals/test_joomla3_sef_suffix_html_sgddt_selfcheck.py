"""Self-checks of the Joomla 3.8 (SEF + .html) fixture portal against itself, never the crawler."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_sef_suffix_html_sgddt as portal
from tests.portals._common import P, collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""<a\b[^>]*?\shref=["']([^"'#]+)["']""", re.I)
SCRIPT = re.compile(r"<script\b.*?</script>", re.S | re.I)
TAG = re.compile(r"<[^>]+>")
STORY = {s.id: s for s in portal.STORIES}
PAGE2_ONLY = (1262, 1268)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def visible(page: str) -> str:
    return collapse(html.unescape(TAG.sub(" ", SCRIPT.sub(" ", page))))


def get(server: PortalServer, target: str) -> str:
    status, body, _ = fetch(server, target)
    assert status == 200, (target, status)
    return body


def crawl(server: PortalServer, skip=lambda target: False) -> dict[str, str]:
    """Every same-host HTML page reachable by links from START_PATH (static files left out)."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        assert status == 200, (target, status)
        if not headers.get("Content-Type", "").startswith("text/html"):
            seen[target] = ""
            continue
        seen[target] = body
        for href in HREF.findall(body):
            url = urljoin("http://fixture.invalid" + target, html.unescape(href))
            parts = urlsplit(url)
            if parts.netloc != "fixture.invalid" or parts.path.startswith(portal.STATIC_PREFIXES):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen and not skip(nxt):
                queue.append(nxt)
    return seen


def test_module_shape():
    assert portal.NAME == "joomla3_sef_suffix_html_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len({portal.top_cat(portal.CATS[s.cat]).key for s in portal.STORIES}) <= 4
    assert "Giáo dục Trung học" in cats
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")


def test_gold_paths_and_alternates_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            page = get(server, target)
            assert g["title"] in visible(page), target


def test_everything_reachable_within_budget(server):
    pages = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in pages, target
    html_pages = [t for t, body in pages.items() if body]
    assert len(html_pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(html_pages)


def test_some_articles_only_behind_listing_page_two(server):
    def listing_page_two(target: str) -> bool:
        path, _, query = target.partition("?")
        return path in {c.path for c in portal.CATS.values()} and "start=" in query and (
            "start=0" not in query
        )

    pages = crawl(server, skip=listing_page_two)
    for sid in PAGE2_ONLY:
        story = STORY[sid]
        assert not any(t.split("?")[0] == portal.art_path(story) for t in pages), sid
        assert not any(str(sid) + "-" in t for t in pages), sid


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        sid = int(g["path"].rsplit("/", 1)[1].split("-", 1)[0])
        story = STORY[sid]
        target = g["path"] + ("?showall=1" if story.opts.get("pages") else "")
        page = get(server, target)
        text = visible(page)
        raw = html.unescape(page)
        for para in g["body"].split("\n\n"):
            if portal.EMAIL in para:
                before, after = para.split(portal.EMAIL)
                assert before.strip() in text and after.strip() in text
                assert portal.CLOAK_MSG in text
            elif " | " in para:  # a table row: its cells, in order
                assert " ".join(para.split(" | ")) in text, (sid, para)
            else:
                assert para in text, (sid, para)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (sid, name)
        if g["source"]:
            assert g["source"] in text
        for img in g["images"]:
            assert f'src="{img["path"]}"' in page, (sid, img)
            if img["caption"]:
                assert img["caption"] in raw, (sid, img)
        assert g["category"] in text
        crumbs = page.split('class="breadcrumb"', 1)[1].split("</ul>", 1)[0]
        assert g["category"] in html.unescape(crumbs)
        day = g["published_at"][:10]
        if sid == 1288:
            assert "Tuyên Quang, ngày 01 tháng 12 năm 2026" in text
        elif len(g["published_at"]) == 10:
            assert f'datetime="{day}T00:00:00+07:00"' in page
        else:
            assert f'datetime="{g["published_at"]}"' in page
        if g["summary"]:
            assert f"<strong>{html.escape(g['summary'], quote=False)}</strong>" in page


def test_cloaked_address_decodes_to_gold(server):
    story = STORY[1277]
    page = get(server, portal.art_path(story))
    assert portal.EMAIL not in page
    m = re.search(r"var addy_text\w+ = (.*?);document", page)
    assert m
    pieces = re.findall(r"'([^']*)'", m.group(1))
    assert html.unescape("".join(pieces)) == portal.EMAIL


def test_pagebreak_pages_hold_parts_of_the_text(server):
    story = STORY[1280]
    pages = portal.split_pages(story)
    first = [b.text for b in pages[0] if isinstance(b, P)]
    second = [b.text for b in pages[1] if isinstance(b, P)]
    p1 = visible(get(server, portal.art_path(story)))
    p2 = visible(get(server, portal.art_path(story) + "?start=1"))
    assert all(t in p1 for t in first) and not any(t in p1 for t in second)
    assert all(t in p2 for t in second) and not any(t in p2 for t in first)
    assert "Trang 1 của 2" in p1 and "Trang 2 của 2" in p2
    printed = visible(get(server, portal.print_path(story)))
    assert all(t in printed for t in first + second)
    assert fetch(server, portal.art_path(story) + "?start=2")[0] == 404


def test_hits_counter_moves(server):
    target = portal.GOLD[0]["path"]
    counts = [re.search(r"Lượt xem: (\d+)", get(server, target)).group(1) for _ in range(2)]
    assert counts[0] != counts[1]


def test_documents_use_the_article_template(server):
    for doc in portal.DOCS:
        page = get(server, portal.art_path(doc))
        assert 'itemprop="articleBody"' in page and "Ngày tạo:" in page


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        assert fetch(server, target)[0] == 200, target


def test_listing_pages(server):
    page1 = visible(get(server, "/tin-tuc-su-kien.html"))
    assert "Trang 1/2" in page1
    page2 = visible(get(server, "/tin-tuc-su-kien.html?start=4"))
    assert "Trang 2/2" in page2 and STORY[1262].title in page2
    assert STORY[1262].title not in page1
    assert get(server, "/tin-tuc-su-kien.html?limitstart=0")
    assert STORY[1268].title in visible(get(server, "/hoat-dong-chuyen-mon.html?start=3"))


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.html",
        "/tin-tuc-su-kien/9999-bai-khong-co.html",
        "/tin-tuc-su-kien/1287-sai-alias.html",
        "/tin-tuc-su-kien.html?start=2",
        "/tin-tuc-su-kien.html?start=40",
        "/component/attachments/download/9",
        "/index.php?option=com_content&view=article&id=1",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
