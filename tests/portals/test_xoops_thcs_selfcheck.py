"""Self-check of the XOOPS 2.5 school fixture (xoops_thcs): the fixture against itself, never the crawler.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, alt path
and non-article answers 200; that every gold title (after the topic in ``span.itemTitle``), date,
paragraph, byline name and caption is printed on the story page (after references and NFC); that a
reader's walk from ``/`` (links, redirects, the comment button's ``onclick``) reaches every article
and every listed non-article; and that the traps behave as the module docstring says: the archive's
months back to 2008 and its open ``year=&month=``, the empty page past a topic's end, the
``storytopic=0`` duplicate, the comment-mode duplicate, print / PDF / ``comment_new.php`` copies,
the soft 404 of a deleted story, the feed's GMT date, and the three ISO-8859-1-era stories whose
text mixes raw Latin-1 letters with numeric references.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import xoops_thcs as portal
from ._selfcheck import fetch

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_ONCLICK = re.compile(r"self\.location\.href='([^']+)'")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"(\.(jpe?g|png|gif|ico|css|js)$|/makepdf\.php$|/image\.php$)")
_TEXT_START = '<div class="itemText">'
_TEXT_END = '</div>\n</div>\n<div class="itemFoot">'


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    """The text a reader sees: comments and tags gone, references decoded, spaces collapsed."""
    markup = re.sub(r"<!--.*?-->", " ", markup, flags=re.S)
    inline = re.sub(r"</?(a|strong|em|span|b|i|o:p)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _item_text(page: str) -> str:
    return page.split(_TEXT_START, 1)[1].split(_TEXT_END, 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    hrefs = [h for _, h in _HREF.findall(body)] + _ONCLICK.findall(body)
    for href in hrefs:
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        local = _local(server, urljoin(server.url(target), href.split("#", 1)[0]))
        if local:
            out.append(local)
    return out


def _article_paths() -> set[str]:
    return {g["path"] for g in portal.GOLD}


def _story(gold: dict) -> portal.Story:
    sid = int(gold["path"].rsplit("=", 1)[1])
    return next(s for s in portal.STORIES if s.id == sid)


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first from START_PATH over same-host links, redirects and onclick buttons."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, headers = _get(server, target)
        seen[target] = status
        assert len(seen) < 800, "the walk should stay small"
        if status in (301, 302):
            nxt = _local(server, urljoin(server.url(target), headers["Location"]))
            if nxt:
                queue.append(nxt)
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        queue.extend(link for link in _links(server, target, body) if link not in seen)
    return seen


# --------------------------------------------------------------------------- the contract


def test_contract_shape() -> None:
    assert portal.NAME == "xoops_thcs" and portal.PLATFORM == "xoops" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    cats = [g["category"] for g in portal.GOLD]
    assert set(cats) == {name for name, _ in portal.TOPICS.values()}
    assert max(cats.count(c) for c in set(cats)) > 2 * portal.PER_PAGE  # a topic of 3+ pages


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _DAY.match(gold["published_at"])  # the story page prints a day, never a time
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
        assert not image["caption"] or (
            image["caption"] not in gold["body"] and not image["caption"].startswith(("(", "Ảnh:"))
        )
    for name in gold["authors"] + gold["photographers"]:
        assert name not in paragraphs[-1]
    assert "thcs_admin" not in gold["authors"] and "tpt_doi" not in gold["authors"]


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


# --------------------------------------------------------------------------- the story pages


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[1])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    heading = re.search(r'<span class="itemTitle"><a href="index\.php\?storytopic=\d+">([^<]+)</a>&nbsp;: (.*?)</span>', page)
    assert heading and _nfc(heading.group(1)) == gold["category"]
    assert _nfc(heading.group(2)) == gold["title"]
    d = gold["published_at"]
    assert f'<span class="itemPostDate">vào ngày {d[8:10]}/{d[5:7]}/{d[:4]}</span>' in page
    region = _item_text(page)
    shown = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in shown, paragraph[:60]
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    srcs = [html.unescape(s) for s in re.findall(r'<img src="([^"]+)"', region)]
    want = [im.get("url") or server.base_url + im["path"] for im in gold["images"]]
    assert srcs == want
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    # the topic icon sits in itemBody, outside the text
    assert "/uploads/news/image/" not in region
    assert f"Hôm nay: {portal.TODAY}" in page and "Powered by" in page and "lần đọc" in page
    assert f'<meta name="author" content="{portal.SITE}" />' in page
    assert "Khách: 3" in page and "Tên đăng nhập" in page and "Tin mới nhất" in page


def test_the_hometext_leads_the_text_and_bold_leads_are_the_summaries(server: PortalServer) -> None:
    bold = []
    for gold in portal.GOLD:
        region = _item_text(_get(server, gold["path"])[1])
        first, rest = region.split("<br /><br />", 1)
        assert gold["body"].split("\n\n")[0] == _reader(first)
        assert rest.strip()
        if "<strong>" in first:
            bold.append(gold["path"])
            assert gold["summary"] == _reader(first)
        else:
            assert gold["summary"] is None
    assert len(bold) == 2


def test_three_old_stories_mix_latin1_letters_and_references(server: PortalServer) -> None:
    old = []
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        region = _item_text(page)
        title = re.search(r"&nbsp;: (.*?)</span>", page).group(1)
        if re.search(r"&#\d{3,4};", region):
            old.append(gold["path"])
            assert not any(ord(ch) > 255 for ch in region + title)
            assert re.search(r"[àáâãèéêìíòóôõùúý]", region) and "&#273;" in region
            assert gold["published_at"] < "2015"
        else:
            assert any(ord(ch) > 255 for ch in region)
    assert len(old) == 3


def test_word_paste_and_xoopscode_forms(server: PortalServer) -> None:
    forms = {"word": 0, "xcode": 0}
    for gold in portal.GOLD:
        region = _item_text(_get(server, gold["path"])[1])
        if 'class="MsoNormal"' in region:
            forms["word"] += 1
            assert "<o:p>" in region
        elif "<p" not in region:
            forms["xcode"] += 1
            assert "<br />\n<br />" in region
    assert forms == {"word": 3, "xcode": 3}


# --------------------------------------------------------------------------- reachability


def test_walk_reaches_every_article_and_page(walk: dict[str, int]) -> None:
    assert _article_paths() <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert walk["/"] == 302
    bad = [t for t, s in walk.items() if s not in (0, 200, 302)]
    assert bad == []
    assert any("archive.php?year=2008&month=10" in t for t in walk)


def test_feed_lists_the_ten_newest_with_gmt_dates(server: PortalServer) -> None:
    page = _get(server, "/modules/news/")[1]
    assert f'<link rel="alternate" type="application/rss+xml" title="" href="{server.base_url}/backend.php" />' in page
    status, feed, headers = _get(server, "/backend.php")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    links = [_local(server, u) for u in re.findall(r"<link>(http[^<]+storyid=\d+)</link>", feed)]
    assert len(links) == portal.FEED_SIZE and set(links) <= _article_paths()
    item = feed.split("article.php?storyid=409</link>", 1)[1]
    assert "<pubDate>Fri, 13 Nov 2026 23:15:00 +0000</pubDate>" in item.split("</item>", 1)[0]


# --------------------------------------------------------------------------- listings and traps


def _story_links(server: PortalServer, target: str) -> list[str]:
    body = _get(server, target)[1]
    articles = _article_paths()
    out: list[str] = []
    for link in _links(server, target, body.split('<div id="xo-content">', 1)[1].split('<div id="xo-rightcolumn">', 1)[0]):
        if link in articles and link not in out:
            out.append(link)
    return out


def test_topic_listings_paginate_with_start(server: PortalServer) -> None:
    news = "/modules/news"
    first = _get(server, f"{news}/index.php?storytopic=1")[1]
    assert 'href="index.php?storytopic=1&amp;start=3">2</a>' in first
    assert 'href="index.php?storytopic=1&amp;start=6">3</a>' in first
    assert '<strong class="xo-pagact">(1)</strong>' in first and "<u>&raquo;</u>" in first
    listed = []
    for start in (0, 3, 6):
        listed += _story_links(server, f"{news}/index.php?storytopic=1&start={start}")
    assert listed == [portal.article_path(s) for s in portal.newest(1)]
    for tid in portal.TOPICS:
        listed = []
        for n in range(portal.pages_of(len(portal.newest(tid)))):
            target = portal.listing_path(tid, n * portal.PER_PAGE)
            listed += [x for x in _story_links(server, target) if x not in listed]
        assert set(listed) == {portal.article_path(s) for s in portal.newest(tid)}


def test_start_past_the_end_is_an_empty_200_page(server: PortalServer) -> None:
    news = "/modules/news"
    last = _get(server, f"{news}/index.php?storytopic=1&start=6")[1]
    assert 'href="index.php?storytopic=1&amp;start=9">Tin cũ hơn &raquo;</a>' in last
    status, empty, _ = _get(server, f"{news}/index.php?storytopic=1&start=9")
    assert status == 200 and 'class="item"' not in empty and "Tin cũ hơn" not in empty
    assert _get(server, f"{news}/index.php?storytopic=0&start=300")[0] == 200


def test_home_duplicates(server: PortalServer) -> None:
    status, _, headers = _get(server, "/")
    assert status == 302 and headers["Location"] == f"{server.base_url}/modules/news/"
    home = _get(server, "/modules/news/")[1]
    assert home == _get(server, "/modules/news/index.php")[1] == _get(server, "/modules/news/index.php?storytopic=0")[1]
    assert _story_links(server, "/modules/news/") == [portal.article_path(s) for s in portal.newest()[:3]]


def test_archive_months_back_to_2008_and_open_parameters(server: PortalServer) -> None:
    archive = _get(server, "/modules/news/archive.php")[1]
    months = re.findall(r'href="\./archive\.php\?year=(\d{4})&amp;month=(\d+)"', archive)
    assert len(months) >= 100 and ("2008", "10") in months and ("2026", "11") in months
    status, empty, _ = _get(server, "/modules/news/archive.php?year=2010&month=10")
    assert status == 200 and "Có tổng cộng 0 bài viết" in empty
    assert _get(server, "/modules/news/archive.php?year=1999&month=4")[0] == 200
    assert _get(server, "/modules/news/archive.php?year=2101&month=13")[0] == 200
    for year, month in portal.STORY_MONTHS:
        target = f"/modules/news/archive.php?year={year}&month={month}"
        want = {
            portal.article_path(s)
            for s in portal.STORIES
            if (portal.local_time(s).year, portal.local_time(s).month) == (year, month)
        }
        assert set(_story_links(server, target)) == want


def test_copies_of_a_story_are_not_story_pages(server: PortalServer) -> None:
    for gold in portal.GOLD:
        story = _story(gold)
        page = _get(server, gold["path"])[1]
        for alt in gold["alt_paths"]:
            assert _item_text(_get(server, alt)[1]) == _item_text(page)
        printed = _get(server, f"/modules/news/print.php?storyid={story.id}")[1]
        when = portal.local_time(story)
        assert f"<b>Ngày:</b>&nbsp;{when:%d/%m/%Y %H:%M:%S}" in printed
        new = _get(server, portal.comment_new_path(story))[1]
        assert f"Ngày&nbsp;<b>{when:%d/%m/%Y %H:%M}</b>" in new
        for paragraph in gold["body"].split("\n\n"):
            assert paragraph in _reader(printed) and paragraph in _reader(new)
        assert 'class="itemText"' not in printed + new
        status, _pdf, headers = _get(server, f"/modules/news/makepdf.php?storyid={story.id}")
        assert status == 200 and headers["Content-Type"] == "application/pdf"
    commented = [s for s in portal.STORIES if s.opts.get("comments")]
    assert len(commented) == 2
    listing = _get(server, "/modules/news/index.php?storytopic=1")[1]
    assert 'href="article.php?storyid=412&amp;com_mode=flat&amp;com_order=0#comments">2 bình luận</a>' in listing


def test_deleted_story_is_a_soft_404_linked_from_an_old_story(server: PortalServer) -> None:
    old = _get(server, "/modules/news/article.php?storyid=205")[1]
    assert f'<a href="article.php?storyid={portal.DELETED_STORY}">' in _item_text(old)
    status, page, _ = _get(server, f"/modules/news/article.php?storyid={portal.DELETED_STORY}")
    assert status == 200 and "Bài viết được chọn không tồn tại." in page
    assert '<meta http-equiv="Refresh" content="2; url=' in page
    assert _get(server, "/modules/news/nope.php")[0] == 404


def test_non_article_modules(server: PortalServer) -> None:
    entry = _get(server, "/modules/wfdownloads/singlefile.php?cid=1&lid=3")[1]
    assert "Kế hoạch năm học 2026 - 2027" in entry and "visit.php?cid=1&amp;lid=3" in entry
    status, _, headers = _get(server, "/modules/wfdownloads/visit.php?cid=1&lid=3")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    cat = _get(server, "/modules/wfdownloads/viewcat.php?cid=1")[1]
    for key in portal.DL_SORTS:
        assert f"viewcat.php?cid=1&amp;orderby={key}" in cat
    assert "Ảnh sau" in _get(server, "/modules/extgallery/public-photo.php?photoId=31")[1]
    assert _get(server, "/register.php")[0] == 302
    assert _get(server, "/userinfo.php?uid=1")[0] == 302
    assert "Mật khẩu" in _get(server, "/modules/profile/")[1]


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[0]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
