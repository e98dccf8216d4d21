"""Self-check of the Moodle 4.1 school LMS fixture (THPT Trần Quốc Tuấn): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, alt
path and non-article answers 200; that the gold is well formed and printed in the first post of
its discussion (after entities and NFC) while the replies' text is not gold; that a link walk
from START_PATH (calendar links followed only a few months from today) reaches every
discussion, and the RSS feed names the news discussions through ``&parent=``; and that the
traps behave as the module's docstring says: the calendar never ends, reply sub-threads are not
the article, the deleted discussion is a soft 404, guests are sent to the login page.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import moodle_sitenews_thpt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")
_HREF = re.compile(r"""<a\s[^>]*href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx|xml)$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _nfc_keep_tags(markup: str) -> str:
    return unicodedata.normalize("NFC", markup)


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _first_post(page: str, pid: int) -> str:
    """The first post's message: div#post-content-<pid> up to its closing tag."""
    start = page.index(f'<div id="post-content-{pid}" class="post-content-container">')
    return page[start : page.index("\n</div>\n", start)]


def _post_article(page: str, pid: int) -> str:
    start = page.index(f'<article id="p{pid}"')
    end = page.index('<div class="indent"', start) if '<div class="indent"' in page[start:] else len(page)
    return page[start:end]


def _story(gold: dict) -> portal.Story:
    d = int(parse_qs(urlsplit(gold["path"]).query)["d"][0])
    return portal._BY_D[d]


def _local(server: PortalServer, page: str, href: str) -> str | None:
    link = urlsplit(urljoin(server.url(page), html.unescape(href)))
    if link.netloc != f"{server.host}:{server.port}":
        return None
    return link.path + (f"?{link.query}" if link.query else "")


# --------------------------------------------------------------------------- contract and gold


def test_contract_shape() -> None:
    assert portal.NAME == "moodle_sitenews_thpt" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {f.name for f in portal.FORUMS.values()}
    newest = max(g["published_at"] for g in portal.GOLD)
    assert newest.startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[-1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/pluginfile.php/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name) and not name.startswith(("Thầy", "Cô"))


def test_every_gold_alt_and_non_article_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures
    for target in targets:
        assert fetch(server, target)[2]["Content-Type"] == "text/html; charset=utf-8"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[-1])
def test_gold_text_is_printed_in_the_first_post(server: PortalServer, gold: dict) -> None:
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    story = _story(gold)
    pid = story.opts["p"]
    message = _first_post(page, pid)
    text = _reader(message)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in text, paragraph[:60]
    # the title: the discussion heading and the post subject; the h1 is the school
    assert f'<h3 class="discussionname">{html.escape(gold["title"])}</h3>' in page
    assert f">{html.escape(gold['title'])}</h3>" in _post_article(page, pid)
    assert f'<h1 class="h2">{portal.SITE}</h1>' in page
    # the date as Moodle's Vietnamese pack prints it, in the first post's header
    when = datetime.fromisoformat(gold["published_at"])
    printed = portal.daydatetime(when)
    assert re.match(r"^Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy), \d{1,2} tháng \d{1,2} 2026, \d{1,2}:\d\d [AP]M$", printed)
    header = _post_article(page, pid).split("</header>", 1)[0]
    poster = portal.USERS[story.opts["user"]]
    assert f">{poster}</a> - {printed}</address>" in header
    # bylines and captions are printed in the message, outside the gold body
    credited = gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    for name in credited:
        assert name in text or name == poster, name  # a signature, else the poster
        assert name not in gold["body"]
    srcs = re.findall(r'<img src="([^"]+)"', message)
    assert srcs == [server.base_url + i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert f"<i>{html.escape(img['caption'], quote=False)}</i>" in _nfc_keep_tags(message)
    # category: the breadcrumb's forum link
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page).group(1)
    assert re.findall(r'<a href="[^"]+/mod/forum/view\.php\?id=\d+">([^<]+)</a>', crumbs) == [gold["category"]]
    # chrome around it
    reader = _reader(page)
    for phrase in (portal.TODAY, "Bạn chưa đăng nhập. (Đăng nhập)", "Tin tức mới nhất", "Tổng lượt truy cập",
                   portal.ADDRESS, portal.HOTLINE, "Permalink", "Trả lời"):  # fmt: skip
        assert phrase in reader, phrase


def test_signatures_and_replies_are_not_body(server: PortalServer) -> None:
    for gold in portal.GOLD:
        story = _story(gold)
        _, page, _ = fetch(server, gold["path"])
        body = gold["body"]
        for reply in portal.replies(story):
            assert reply.text in _reader(page) and reply.text not in body
            assert f"Re: {story.title}" in _nfc(page)
        for block in story.blocks:
            if isinstance(block, portal.Raw):
                assert _reader(block.html) in _reader(_first_post(page, story.opts["p"]))
                assert _reader(block.html) not in body
    by_d = {_story(g).opts["d"]: g for g in portal.GOLD}
    _, page58, _ = fetch(server, "/mod/forum/discuss.php?d=58")
    assert by_d[58]["authors"] == ["Nguyễn Văn An"] and "Thầy Nguyễn Văn An – Tổ Toán" in page58
    assert "Gửi bởi" in page58 and by_d[58]["authors"] != [portal.USERS[5]]
    assert by_d[53]["source"] == "Báo Quảng Ngãi điện tử" and by_d[53]["authors"] == ["Thanh Nhàn"]
    assert by_d[59]["authors"] == [] and by_d[51]["authors"] == []  # "Quản trị viên" posted them
    assert by_d[62]["summary"] and by_d[62]["body"].startswith(by_d[62]["summary"])


def test_attachment_only_post_and_youtube_post(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if g["path"].endswith("d=59"))
    assert "\n\n" not in gold["body"] and gold["images"] == []
    _, page, _ = fetch(server, gold["path"])
    link = re.search(r'<a href="([^"]+/mod_forum/attachment/134/[^"]+)"', page).group(1)
    status, _, headers = fetch(server, _local(server, gold["path"], link))
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    gold = next(g for g in portal.GOLD if g["path"].endswith("d=55"))
    _, page, _ = fetch(server, gold["path"])
    assert '<iframe width="640" height="360" src="https://www.youtube.com/embed/' in _first_post(page, 125)
    assert gold["images"] == []


def test_encodings(server: PortalServer) -> None:
    _, raw, headers = fetch(server, "/mod/forum/discuss.php?d=60")
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    message = _first_post(raw, 136)
    assert not unicodedata.is_normalized("NFC", message)  # typed as "Unicode tổ hợp"
    heading = re.search(r'<h3 class="discussionname">([^<]+)</h3>', raw).group(1)
    assert unicodedata.is_normalized("NFC", heading)
    for gold in portal.GOLD:
        if not gold["path"].endswith("d=60"):
            _, page, _ = fetch(server, gold["path"])
            assert unicodedata.is_normalized("NFC", page)


# --------------------------------------------------------------------------- reachability


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host ``<a href>`` from START_PATH; calendar only near today."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        query = parse_qs(urlsplit(target).query)
        far = "time" in query and abs(int(query["time"][0]) - portal.CAL_NOW) > 100 * 86400
        if "/calendar/" in target and far:
            seen[target] = 0  # linked, not fetched: the calendar never ends
            continue
        if _NOT_PAGES.search(urlsplit(target).path):
            seen[target] = 0
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        assert len(seen) < 800, "the walk should stay small"
        if status in (301, 302, 303) and (nxt := _local(server, target, headers["Location"])):
            queue.append(nxt)
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            nxt = _local(server, target, href)
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


def test_every_article_is_reachable_by_links(server: PortalServer, walk: dict[str, int]) -> None:
    for gold in portal.GOLD:
        assert walk.get(gold["path"]) == 200, gold["path"]
    reached = {t for t, s in walk.items() if s == 200}
    _, feed, _ = fetch(server, portal.rss_path())
    in_feed = {html.unescape(u).split("127.0.0.1", 1)[1].split("/", 1)[1] for u in re.findall(r"<link>([^<]+discuss\.php[^<]+)</link>", feed)}
    in_feed = {"/" + u for u in in_feed}
    assert set(portal.NON_ARTICLES) - reached - in_feed == {
        "/mod/forum/search.php?id=1&search=h%E1%BB%8Dc+b%E1%BB%95ng",  # a search form's result
    }


def test_rss_feed_links_discussions_with_parent(server: PortalServer) -> None:
    _, page, _ = fetch(server, "/mod/forum/view.php?id=2")
    href = re.search(r'<link rel="alternate" type="application/rss\+xml" title="[^"]+" href="([^"]+)"', page).group(1)
    target = _local(server, "/", href)
    assert target == portal.rss_path()
    status, feed, headers = fetch(server, target)
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    links = [_local(server, "/", u) for u in re.findall(r"<link>([^<]+discuss\.php[^<]+)</link>", feed)]
    assert len(links) == 10
    alts = {a for g in portal.GOLD for a in g["alt_paths"]}
    assert all(link in alts or link in portal.SUBTHREADS for link in links)
    news = {a for g in portal.GOLD if g["category"] == "Tin tức của trang" for a in g["alt_paths"]}
    assert news & set(links) and set(portal.SUBTHREADS) & set(links)


# --------------------------------------------------------------------------- listings and traps


def test_forum_lists_page_by_three(server: PortalServer) -> None:
    for key, forum in portal.FORUMS.items():
        listed: list[str] = []
        pages = portal.pages_of(key)
        for n in range(pages):
            target = f"/mod/forum/view.php?id={forum.cmid}" + (f"&p={n}" if n else "")
            _, page, _ = fetch(server, target)
            table = page.split('<table class="table discussion-list"', 1)[1].split("</table>", 1)[0]
            listed += [
                _local(server, target, h)
                for h in re.findall(r'<a class="w-100 h-100 d-block" href="([^"]+)"', table)
            ]
            if n + 1 < pages:
                assert f"/mod/forum/view.php?id={forum.cmid}&amp;p={n + 1}" in page
        assert listed == [portal.discuss_path(s) for s in portal.in_forum(key)]
    assert portal.pages_of("news") >= 3 and portal.pages_of("ts") >= 2
    # the default order is by last post: a reply lifts discussion 58 above newer ones
    assert [s.opts["d"] for s in portal.in_forum("news")][:4] == [64, 58, 62, 60]
    assert [s.opts["d"] for s in portal.newest("news")][:4] == [64, 62, 60, 58]
    # sort links are kept in the pager
    _, page, _ = fetch(server, "/mod/forum/view.php?id=2&o=3")
    assert "/mod/forum/view.php?id=2&amp;o=3&amp;p=1" in page
    _, page, _ = fetch(server, "/mod/forum/view.php?id=2")
    assert "/mod/forum/view.php?id=2&amp;o=7" in page and "/mod/forum/view.php?id=2&amp;o=2" in page


def test_calendar_never_ends(server: PortalServer) -> None:
    target = f"/calendar/view.php?view=month&time={portal.CAL_NOW}"
    seen = set()
    for _ in range(40):
        status, page, _ = fetch(server, target)
        assert status == 200 and target not in seen
        seen.add(target)
        main = page.split('<div role="main">', 1)[1]
        nxt = re.search(r'<a class="arrow_link next" href="([^"]+)"', main).group(1)
        target = _local(server, target, nxt)
    assert int(parse_qs(urlsplit(target).query)["time"][0]) > portal.CAL_NOW + 3 * 365 * 86400
    status, page, _ = fetch(server, "/calendar/view.php?view=day&time=99999999999")
    assert status == 200 and 'class="arrow_link next"' in page


def test_same_article_under_parent_and_subthreads_are_not_it(server: PortalServer) -> None:
    for gold in portal.GOLD:
        story = _story(gold)
        _, page, _ = fetch(server, gold["path"])
        _, alt, _ = fetch(server, gold["alt_paths"][0])
        assert alt == page
    story = portal._BY_D[62]
    _, page, _ = fetch(server, "/mod/forum/discuss.php?d=62")
    assert "/mod/forum/discuss.php?d=62&amp;parent=143" in page  # "Hiển thị bài gốc" of reply 146
    _, sub, _ = fetch(server, "/mod/forum/discuss.php?d=62&parent=143")
    assert f'<h3 class="discussionname">{html.escape(story.title)}</h3>' in sub
    assert 'id="post-content-141"' not in sub and 'id="post-content-143"' in sub
    assert 'id="post-content-146"' in sub and 'id="post-content-147"' not in sub


def test_soft_404_redirects_and_not_found(server: PortalServer) -> None:
    status, page, _ = fetch(server, f"/mod/forum/discuss.php?d={portal.DELETED_D}")
    assert status == 200 and "Không thể đọc bản ghi dữ liệu trong bảng forum_discussions." in page
    _, page, _ = fetch(server, "/mod/forum/discuss.php?d=47")
    assert f"/mod/forum/discuss.php?d={portal.DELETED_D}" in page
    for target in ("/mod/forum/post.php?reply=131", "/user/view.php?id=5&course=1", "/tag/index.php?tc=1&tag=STEM"):
        status, _, headers = fetch(server, target)
        assert status == 303 and headers["Location"].endswith("/login/index.php")
    status, _, headers = fetch(server, "/course/view.php?id=4")
    assert status == 303 and headers["Location"].endswith("/enrol/index.php?id=4")
    assert fetch(server, "/mod/forum/view.php?id=99")[0] == 404
    assert fetch(server, "/khong-co-trang-nay")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404  # Moodle ships none


def test_non_articles_look_like_moodle(server: PortalServer) -> None:
    _, page, _ = fetch(server, "/mod/page/view.php?id=5")
    assert "Sửa đổi lần cuối: Thứ Hai, 7 tháng 9 2026, 3:12 PM" in _nfc(page)
    _, page, _ = fetch(server, "/mod/page/view.php?id=11")
    assert page.count("/mod_page/content/3/hkpd-2026-") == 4
    _, page, _ = fetch(server, "/")
    assert "Tin tức của trang" in page and "Chủ đề cũ hơn ..." in page
    assert page.count('class="forum-post-container mb-2 frontpage-news"') == portal.FRONT_NEWS
    _, page, _ = fetch(server, "/enrol/index.php?id=4")
    assert "Khách không thể truy cập khóa học này." in page


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[2]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
