"""Self-checks of the joomla25_gantry4_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla25_gantry4_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)
_FORM = re.compile(r"<form\b[^>]*>", re.I)
_ACTION = re.compile(r"""\baction\s*=\s*["']([^"']+)["']""", re.I)
_SCRIPT = re.compile(r"<script\b.*?</script>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """What the page prints, as a flat NFC string (scripts dropped)."""
    no_script = _SCRIPT.sub(" ", body)
    return collapse(_html.unescape(_TAG.sub(" ", no_script)))


def links(body: str, page_url: str, origin: str) -> list[str]:
    out = []
    targets = _HREF.findall(body)
    for form in _FORM.findall(body):  # GET forms only: a crawler does not post
        action = _ACTION.search(form)
        if action and "method=\"post\"" not in form.lower():
            targets.append(action.group(1))
    for raw in targets:
        href = _html.unescape(raw).strip()
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin(page_url, href)
        parts = urlsplit(absolute)
        if f"{parts.scheme}://{parts.netloc}" != origin:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer) -> dict[str, int]:
    """Breadth-first over every link and GET form from START_PATH; static files are not fetched."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in links(body, server.url(target), server.base_url):
            path = urlsplit(link).path
            if path.startswith(("/images/", "/media/", "/templates/", "/cache/", "/plugins/", "/libraries/",
                                "/components/", "/modules/")):
                continue
            if link not in seen:
                queue.append(link)
    return seen


def test_module_contract():
    assert portal.NAME == "joomla25_gantry4_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) in (2, 3, 4)
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__
    for g in portal.GOLD:
        paragraphs = g["body"].split("\n\n")
        assert 3 <= len(paragraphs) <= 13, g["path"]
        assert g["published_at"].startswith("2026-1"), g["path"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    printed = page_text(body)
    assert gold["title"] in printed
    story = portal.BY_ID[int(gold["path"].rsplit("/", 1)[-1].split("-", 1)[0])]
    # a page-broken article prints its whole text on the show-all page
    if len(portal.sections(story)) > 1:
        status, body, _ = fetch(server, gold["path"] + "?showall=1&limitstart=")
        assert status == 200
        whole = page_text(body)
        first_page = printed
        last = gold["body"].split("\n\n")[-1]
        assert last not in first_page and last in whole
        printed = whole
    for para in gold["body"].split("\n\n"):
        if "@" in para:  # the cloaked address is written by script: check around it
            m = re.search(r"\S+@\S+", para)
            assert para[: m.start()].strip() in printed and para[m.end():].strip() in printed
            user, domain = m.group().split("@")
            assert f"'{user}'" in body and all(f"'{x}'" in body for x in domain.split("."))
            assert "Địa chỉ email này đã được bảo vệ từ spam bots" in printed
            continue
        if " | " in para:  # a table row: its cells in order
            assert " ".join(para.split(" | ")) in printed, para
            continue
        assert para in printed, para[:60]
    for name in gold["authors"] + gold["photographers"]:
        assert name in printed or _html.escape(name) in body
    if gold["source"]:
        assert gold["source"] in printed
    for img in gold["images"]:
        assert f'"{img["path"]}"' in body, img
        if img["caption"]:
            assert _html.escape(img["caption"]) in body
    assert f'<a href="{portal.cat_path(portal.CATS[story.cat])}">{_html.escape(gold["category"])}</a>' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in page_text(body), alt


def test_every_gold_article_reachable_and_budget(server):
    seen = crawl(server)
    reached = {t for t, status in seen.items() if status == 200}
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in reached, target
    # some articles are reachable from listings only from page 2 on
    first = fetch(server, "/index.php/tin-tuc")[1]
    body2 = fetch(server, "/index.php/tin-tuc?start=3")[1]
    for sid in (211, 214):
        path = portal.article_path(portal.BY_ID[sid])
        assert f'href="{path}"' not in first and f'href="{path}"' in body2
    # a crawler that leaves the "send to a friend" forms alone stays within the README's budget;
    # one that fetches every link (those forms included) stays bounded too
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len([t for t in seen if "/component/mailto/" not in t]) <= budget, len(seen)
    assert len(seen) <= 4 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_pages_differ_between_fetches(server):
    path = portal.GOLD[0]["path"]
    _, one, _ = fetch(server, path)
    _, two, _ = fetch(server, path)
    assert one != two
    assert re.search(r"Lượt xem: \d+", one)


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "<html" in body


def test_restricted_and_login(server):
    status, body, _ = fetch(server, portal.article_path(portal.RESTRICTED))
    assert status == 200 and "Bạn không được phép xem tài nguyên này." in body
    assert portal.RESTRICTED.blocks[0].text not in page_text(body)
    status, body, _ = fetch(server, "/index.php/tin-tuc?start=3")
    m = re.search(r'href="(/index.php/component/users/\?view=login[^"]+)"', body)
    assert m
    status, _, _ = fetch(server, _html.unescape(m.group(1)))
    assert status == 200


def test_pagination_markup(server):
    _, body, _ = fetch(server, "/index.php/tin-tuc?start=3")
    assert "Trang 2 / 3" in body
    assert 'href="/index.php/tin-tuc?limitstart=0"' in body and 'href="/index.php/tin-tuc?start=6"' in body
    for word in ("Đầu", "Trước", "Tiếp", "Cuối"):
        assert f">{word}<" in body


def test_nfd_text_is_served(server):
    gold = next(g for g in portal.GOLD if g["path"].rsplit("/", 1)[-1].startswith("211-"))
    _, body, _ = fetch(server, gold["path"])
    first = gold["body"].split("\n\n")[0]
    assert unicodedata.normalize("NFD", first[:40]) in body


def test_static_and_unknown(server):
    assert fetch(server, "/images/tin-tuc/2026/12/so-ket-chuyen-doi-so-01.jpg")[0] == 200
    for target in ("/khong-ton-tai.html", "/index.php/khong-ton-tai", "/index.php/chuyen-mon/9999-khong-co",
                   "/index.php/tin-tuc/99-sai/231-x", "/index.php?option=com_content&view=article&id=1",
                   "/index.php/tin-tuc?start=300", "/index.php/gioi-thieu/abc"):
        assert fetch(server, target)[0] == 404, target


def test_no_machine_paths_in_module():
    with open(portal.__file__, encoding="utf-8") as handle:
        source = handle.read()
    assert not re.search(r"/(home|tmp|work|Users)/", source)
