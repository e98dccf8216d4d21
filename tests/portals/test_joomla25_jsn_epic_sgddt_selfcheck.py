"""Self-checks of the joomla25_jsn_epic_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla25_jsn_epic_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")
BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def visible(page: str) -> str:
    """The page's text as a reader sees it (without JavaScript): no scripts, styles, comments."""
    page = re.sub(r"<!--.*?-->", " ", page, flags=re.S)
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def links(page: str, url: str, *, follow_nofollow: bool = True) -> list[str]:
    out = []
    for tag in re.findall(r"<a\s[^>]*>", page, flags=re.I):
        if not follow_nofollow and 'rel="nofollow"' in tag:
            continue
        m = re.search(r"""href\s*=\s*(?:"([^"]*)"|'([^']*)')""", tag)
        if not m:
            continue
        href = _html.unescape(m.group(1) if m.group(1) is not None else m.group(2)).strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin(url, href).split("#", 1)[0]
        parts = urlsplit(absolute)
        base = urlsplit(url)
        if parts.netloc != base.netloc or parts.path.lower().endswith(STATIC):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer, *, skip=lambda target: False, follow_nofollow: bool = True) -> dict[str, str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        pages[target] = body
        for link in links(body, server.url(target), follow_nofollow=follow_nofollow):
            if link not in seen and not skip(link):
                seen.add(link)
                queue.append(link)
    return pages


def targets(gold: dict) -> set[str]:
    return {gold["path"], gold["canonical_path"], *gold.get("alt_paths", [])}


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    for g in portal.GOLD:
        assert g["body"] and g["title"]
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
    all_targets = [t for g in portal.GOLD for t in targets(g) - {g["path"]}]
    assert not set(all_targets) & set(BY_PATH)
    assert not set(portal.NON_ARTICLES) & set(all_targets)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_pages_answer_with_their_title(server, gold):
    for target in sorted(targets(gold)):
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert headers["Content-Type"].startswith("text/html")
        assert gold["title"] in visible(body), target


def test_non_sef_urls_point_to_the_sef_url(server):
    for g in portal.GOLD:
        for target in g.get("alt_paths", []):
            if target.startswith("/index.php?"):
                _, body, _ = fetch(server, target)
                m = re.search(r'<link href="([^"]+)" rel="canonical"', body)
                assert m and urlsplit(_html.unescape(m.group(1))).path == g["canonical_path"], target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_fields_are_on_the_page(server, gold):
    whole = next((t for t in gold.get("alt_paths", []) if "showall=1" in t), gold["path"])
    _, body, _ = fetch(server, whole)
    seen = visible(body)
    raw = nfc(_html.unescape(body))
    for para in gold["body"].split("\n\n"):
        if "@" in para:  # a cloaked address: the text before it is printed, the address is scripted
            before, address = para.rsplit(" ", 1)
            assert before in seen
            local, domain = address.split("@")
            assert f"'{local}'" in body and "'" + "' + '&#46;' + '".join(domain.split(".")) + "'" in body
            assert address not in seen
            continue
        if " | " in para:  # a table row: its cells, in order
            assert " ".join(para.split(" | ")) in seen, para[:60]
            continue
        assert para in seen, para[:60]
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in seen or f'title="{img["caption"]}"' in raw, img["caption"]
    for name in gold["authors"] + gold["photographers"]:
        assert name in seen, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in seen
    date = gold["published_at"]
    if date and "T" in date:
        day, clock = date[:10], date[11:16]
        y, mo, d = day.split("-")
        assert f"{d} Tháng {int(mo)} {y} {clock}" in seen
    elif date:
        y, mo, d = date.split("-")
        assert f"{d} Tháng {int(mo)} {y} 00:00" in seen or f"ngày {d} tháng {mo} năm {y}" in seen
    assert gold["category"] in seen


def test_pagebreak_article_prints_its_parts_on_separate_pages(server):
    gold = BY_PATH[portal.sef(portal.B2)]
    _, first, _ = fetch(server, gold["path"])
    paras = gold["body"].split("\n\n")
    assert paras[0] in visible(first) and paras[-1] not in visible(first)
    assert "Mục lục bài viết" in first and "Trang 1 / 3" in first
    _, last, _ = fetch(server, portal.sef(portal.B2) + "?showall=&limitstart=2")
    assert paras[-1] in visible(last) and paras[0] not in visible(last)


def test_every_gold_article_is_reachable_from_the_start(server):
    pages = crawl(server)
    for g in portal.GOLD:
        assert targets(g) & set(pages), g["path"]
    for target in portal.NON_ARTICLES:
        assert target in pages, target


def test_some_articles_are_reachable_only_from_page_two_on(server):
    def deeper_listing(target: str) -> bool:
        path, _, query = target.partition("?")
        if path not in {c.path for c in portal.CATS.values()}:
            return False
        return bool(re.search(r"(?:^|&)(?:limit)?start=[1-9]", query))

    pages = crawl(server, skip=deeper_listing)
    hidden = [g for g in portal.GOLD if not targets(g) & set(pages)]
    assert {g["path"] for g in hidden} == {portal.sef(portal.A6), portal.sef(portal.A7)}


def test_unlinked_article_is_printed_whole_on_its_listing(server):
    _, listing, _ = fetch(server, portal.CATS[8].path)
    a3 = portal.sef(portal.A3)
    assert a3 not in listing
    assert BY_PATH[a3]["body"].split("\n\n")[-1] in visible(listing)


def test_crawl_budget_for_a_sensible_crawler(server):
    pages = crawl(server, follow_nofollow=False)
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "Sở Giáo dục và Đào tạo" in body


@pytest.mark.parametrize(
    "target",
    [
        "/nothing-here",
        "/index.php/khong-ton-tai",
        "/index.php/tin-tuc/8-tin-hoat-dong/999-bai-khong-co",
        "/index.php/tin-tuc/8-tin-hoat-dong?start=30",
        "/index.php?option=com_content&view=article&id=999&catid=8&Itemid=110",
        "/index.php/component/mailto/?tmpl=component&link=deadbeef",
    ],
)
def test_unknown_targets_are_404(server, target):
    assert fetch(server, target)[0] == 404


def test_images_and_attachments_are_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/images/stories/file/2026/phu-luc-chi-tieu-tuyen-dung-dot-2.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_module_names_no_machine_path():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work|Users)/", source)
