"""Self-checks of the liferay70_asset_publisher_scroll_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay70_asset_publisher_scroll_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
STORY_BY_PATH = {portal._canonical_url(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """The page's visible-ish text: tags dropped, entities decoded, NFC, whitespace collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", body)
    return collapse(unicodedata.normalize("NFC", html.unescape(no_tags)))


def links(body: str, target: str, server: PortalServer, *, alternates: bool = True) -> list[str]:
    if not alternates:
        body = re.sub(r"<link\b[^>]*>", "", body)
    out = []
    for raw in re.findall(r"""\bhref=["']([^"']+)["']""", body):
        value = html.unescape(raw)
        if value.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(server.url(target), value))
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer, normalize=None, alternates: bool = True) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue and len(seen) < 1500:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            queue.append(urlsplit(headers["Location"]).path)
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in links(body, target, server, alternates=alternates):
            if link.startswith(("/documents/", "/image/", "/o/", "/combo")):
                continue
            link = normalize(link) if normalize else link
            if link not in seen:
                queue.append(link)
    return seen


@pytest.fixture(scope="module")
def reached(server) -> dict[str, int]:
    return crawl(server)


def test_module_contract():
    assert portal.NAME == "liferay70_asset_publisher_scroll_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Tin tức", "Thông báo"}
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/" + d + "/" for d in ("home", "tmp", "work")):
        assert bad not in source
    assert "Traps" in (portal.__doc__ or "")
    for g in portal.GOLD:
        assert g["canonical_path"] == g["path"]
        assert len(g["body"].split("\n\n")) >= 3
        all_paths = [g["path"], *g.get("alt_paths", [])]
        assert len(all_paths) == len(set(all_paths))


def test_root_redirects_to_start(server):
    status, _, headers = fetch(server, "/")
    assert status == 302
    assert headers["Location"].endswith(portal.START_PATH)


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_gold_page_has_its_fields(server, path):
    gold = GOLD_BY_PATH[path]
    story = STORY_BY_PATH[path]
    status, body, _ = fetch(server, path)
    assert status == 200
    txt = page_text(body)
    assert gold["title"] in txt
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in txt, cell
    if gold["summary"]:
        assert gold["summary"] in txt
    for name in gold["authors"] + gold["photographers"]:
        assert name in txt
    if gold["source"]:
        assert gold["source"] in txt
    for img in gold["images"]:
        assert html.escape(img["path"]) in body
        if img["caption"]:
            assert img["caption"] in txt
    assert f"Ngày {portal._printed_date(story)}" in txt
    # the canonical is the bare publisher URL
    assert f'{path}" rel="canonical"' in body


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_alt_paths_serve_the_same_article(server, path):
    gold = GOLD_BY_PATH[path]
    assert gold.get("alt_paths"), "every article has at least the /en/ and print forms"
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        txt = page_text(body)
        assert gold["title"] in txt, alt
        last = gold["body"].split("\n\n")[-1].split(" | ")[0]
        assert last in txt, alt


def test_published_dates():
    by_id = {s.id: g for s, g in zip(portal.STORIES, portal.GOLD, strict=True)}
    assert by_id[1]["published_at"] == "2026-12-03"
    assert by_id[10]["published_at"] == "2026-12-02T10:10:00+07:00"
    assert portal._raw_utc(portal.BY_ID[10]) == "Wed, 02 Dec 2026 03:10:00 +0000"
    assert by_id[11]["published_at"] == "2026-11-24"
    assert portal._raw_utc(portal.BY_ID[13]) == "Fri, 16 Oct 2026 08:45:00 +0000"


def test_every_gold_article_is_reachable(reached):
    ok = {t for t, s in reached.items() if s == 200}
    for gold in portal.GOLD:
        forms = {gold["path"], *gold.get("alt_paths", [])}
        assert forms & ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert reached.get(path) == 200, path


def test_some_articles_only_from_page_two(server):
    late = [portal.BY_ID[i] for i in (6, 8, 9, 13)]
    first_pages = [portal.START_PATH, f"{portal.SITE}/tin-tuc", f"{portal.SITE}/thong-bao"]
    first_pages += [portal._canonical_url(s) for s in portal.STORIES if s.id in (1, 2, 3, 4, 10, 11, 12)]
    for target in first_pages:
        _, body, _ = fetch(server, target)
        for story in late:
            assert story.slug not in body, (target, story.slug)
    later = [portal._list_url("tin-tuc", 2), portal._list_url("tin-tuc", 3), portal._list_url("thong-bao", 2)]
    bodies = "".join(fetch(server, t)[1] for t in later)
    for story in late:
        assert story.slug in bodies


def test_pagination_simple_mode(server):
    _, body, _ = fetch(server, f"{portal.SITE}/tin-tuc")
    assert "Trang sau" in body and "Trang trước" in body
    assert 'href="javascript:;" tabindex="-1">&larr; Trang trước' in body
    assert "_101_INSTANCE_Fg7pLk2QeR9s_cur=2" in body
    assert "_cur=3" not in body  # no page numbers
    # out of range: the last page again
    status, body, _ = fetch(server, portal._list_url("tin-tuc", 9))
    assert status == 200 and portal.BY_ID[9].slug in body
    # the exclusive fragment the infinite-scroll script loads
    status, body, _ = fetch(server, portal._list_url("tin-tuc", 2, "exclusive"))
    assert status == 200 and "<html" not in body and portal.BY_ID[5].slug in body


def test_related_publisher_page_prints_the_listing_first(server):
    story = portal.BY_ID[2]
    target = portal._article_url("tin-tuc", portal.INST_REL["tin-tuc"], story.slug)
    status, body, _ = fetch(server, target)
    assert status == 200
    listing_at = body.find('class="asset-abstract')
    article_at = body.find('class="asset-full-content')
    assert 0 < listing_at < article_at
    assert target in GOLD_BY_PATH[portal._canonical_url(story)]["alt_paths"]


def test_template_error_article(server):
    path = portal._canonical_url(portal.BY_ID[3])
    _, body, _ = fetch(server, path)
    assert "FreeMarker template error" in body
    assert "pgd-bv-tg" not in body
    assert GOLD_BY_PATH[path]["authors"] == []


def test_english_variant_and_print_view(server):
    path = portal._canonical_url(portal.BY_ID[1])
    status, body, _ = fetch(server, "/en" + path)
    assert status == 200 and "Back" in body and portal.BY_ID[1].title in body
    inst = portal.INST_LIST["tin-tuc"]
    status, body, _ = fetch(server, f"{path}?p_p_state=pop_up&_101_INSTANCE_{inst}_viewMode=print")
    assert status == 200 and "print();" in body and 'id="navigation"' not in body


def test_files_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img["path"]
    status, _, headers = fetch(server, portal.DOC_LICH_KT)
    assert status == 200 and headers["Content-Type"] == "application/pdf"


@pytest.mark.parametrize(
    "target",
    [
        "/web/pgd-camlam/khong-ton-tai",
        "/web/pgd-camlam/tin-tuc/-/asset_publisher/Fg7pLk2QeR9s/content/khong-co-bai-nay",
        "/web/pgd-camlam/tin-tuc/-/asset_publisher/Tz3mVb8KoW1c/content/thong-bao-lich-tiep-cong-dan-thang-11-2026",
        "/web/khac",
        "/documents/20147/1/x.jpg/00000000-0000-0000-0000-000000000000",
        "/xyz",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def _sensible(link: str) -> str:
    parts = urlsplit(link)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in ("redirect", "inheritRedirect")]
    return parts.path + (f"?{urlencode(query)}" if query else "")


def test_crawl_budget(server):
    """A crawler that drops Liferay's redirect parameters and ignores hreflang alternates."""
    seen = crawl(server, normalize=_sensible, alternates=False)
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES))
