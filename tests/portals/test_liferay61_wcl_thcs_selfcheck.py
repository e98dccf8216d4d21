"""Self-checks of the liferay61_wcl_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import email.utils
import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay61_wcl_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
STORY_BY_PATH = {portal.friendly_path(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def squash(markup: str) -> str:
    """Page text with tags dropped and every whitespace removed (robust substring checks)."""
    text = re.sub(r"<script\b.*?</script>", " ", markup, flags=re.S)
    text = _html.unescape(re.sub(r"<[^>]+>", " ", text))
    return re.sub(r"\s+", "", collapse(text))


def nows(value: str) -> str:
    return re.sub(r"\s+", "", collapse(value))


def links(markup: str, page_url: str) -> list[str]:
    out = []
    for href in re.findall(r'\shref="([^"]*)"', markup):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        absolute = urljoin(page_url, href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(page_url).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def test_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    every = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(every) == len(set(every))
    assert not set(every) & set(portal.NON_ARTICLES)
    assert portal.NAME == "liferay61_wcl_thcs"


@pytest.mark.parametrize("path", sorted(GOLD_BY_PATH))
def test_gold_page_prints_its_fields(server, path):
    gold = GOLD_BY_PATH[path]
    for target in [path, *gold["alt_paths"]]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = squash(body)
        assert nows(gold["title"]) in text, target
        for para in gold["body"].split("\n\n"):
            assert nows(para.replace(" | ", " ")) in text, (target, para)
        for name in gold["authors"] + gold["photographers"]:
            assert nows(name) in text
        if gold["source"]:
            assert nows(gold["source"]) in text
        if gold["summary"]:
            assert nows(gold["summary"]) in text
        for img in gold["images"]:
            assert img["path"] in _html.unescape(body)
            if img["caption"]:
                assert nows(img["caption"]) in text


@pytest.mark.parametrize("path", sorted(GOLD_BY_PATH))
def test_images_answer(server, path):
    for img in GOLD_BY_PATH[path]["images"]:
        status, _, headers = fetch(server, img["path"])
        assert status == 200
        assert headers["Content-Type"].startswith("image/")


@pytest.mark.parametrize("path", sorted(GOLD_BY_PATH))
def test_printed_date_matches_gold(server, path):
    story = STORY_BY_PATH[path]
    gold = GOLD_BY_PATH[path]
    _, body, _ = fetch(server, path)
    printed = story.opts["date"]
    assert _html.escape(printed) in body or printed in body
    if story.id == 14987:  # official notice: its letterhead's day
        assert "Buôn Ma Thuột, ngày 26 tháng 10 năm 2026" in body
        assert gold["published_at"] == "2026-10-26"
    elif story.opts["tpl"] == "cu":
        when = email.utils.parsedate_to_datetime(printed).astimezone(portal.ICT)
        assert gold["published_at"] == when.isoformat()
    else:
        value = printed.split(": ", 1)[1]
        day, _, clock = value.partition(" ")
        d, m, y = day.split("/")
        if clock and clock != "00:00":
            assert gold["published_at"] == f"{y}-{m}-{d}T{clock}:00+07:00"
        else:
            assert gold["published_at"] == f"{y}-{m}-{d}"


def test_article_id_pages_share_a_canonical(server):
    seen = set()
    for story in portal.STORIES:
        _, body, _ = fetch(server, portal.article_id_path(story))
        seen.update(re.findall(r'<link href="http://[^/"]+([^"]*)" rel="canonical"', body))
        _, body, _ = fetch(server, portal.friendly_path(story))
        assert f'{portal.friendly_path(story)}" rel="canonical"' in body
    assert seen == {"/web/thcs-nguyentrai/chi-tiet-tin"}


def test_crawl_reaches_everything_within_budget(server):
    start = portal.START_PATH
    seen, queue, fetched = {start}, deque([start]), 0
    while queue:
        target = queue.popleft()
        if re.search(r"\.(png|jpg|gif|ico|css|js|pdf)(\?|/|$)", target) or target.startswith(
            ("/image/", "/documents/")
        ):
            continue
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            nxt = urlsplit(headers["Location"])
            nxt = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        assert status == 200, target
        for link in links(body, server.url(target)):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    for gold in portal.GOLD:
        assert gold["path"] in seen
    for path in portal.NON_ARTICLES:
        assert path in seen
    # pages 2-3 of the news list are linked, the print pop-up only from a script
    assert portal.tin_tuc_path(3) in seen
    assert not any("viewMode=print" in t for t in seen)
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES))


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "td-bv" not in body.split('id="column-3"')[1] or path.endswith("/gioi-thieu")


@pytest.mark.parametrize(
    "target",
    [
        "/web/thcs-nguyentrai/khong-ton-tai",
        "/web/thcs-nguyentrai/-/khong-co-bai-nay",
        "/web/thcs-nguyentrai/chi-tiet-tin?articleId=99999",
        "/web/thcs-nguyentrai/tin-tuc?p_p_id=101_INSTANCE_Xk4r&_101_INSTANCE_Xk4r_cur=9&_101_INSTANCE_Xk4r_delta=5",
        "/web/thcs-nguyentrai/chuyen-muc?p_r_p_564233524_categoryId=1",
        "/khong-co.html",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_sidebar_notice_precedes_the_article(server):
    gold = portal.GOLD[0]
    _, body, _ = fetch(server, gold["path"])
    first = body.index('class="journal-content-article"')
    assert body.index('<div class="td-bv">Tuyển sinh lớp 6') > first
    assert body.index('<div class="td-bv">Tuyển sinh lớp 6') < body.index(f'<div class="td-bv">{gold["title"]}')
    assert re.search(r"<h1[^>]*>\s*<span[^>]*>\s*Chi tiết tin tức", body)
    _, body, _ = fetch(server, gold["alt_paths"][1])
    assert "<title>Chi tiết tin - " in body
