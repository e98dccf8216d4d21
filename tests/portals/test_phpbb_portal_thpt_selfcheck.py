"""Self-check of the phpBB 3.0 + Board3 Portal school board: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, alt
path and NON_ARTICLE answers 200; that the gold is well formed and printed in the topic's first
post (title, "bởi … » date" line, lines, captions, bylines, photos); that a guest's walk of links
(sid stripped, calendar months near today only) plus the Atom feed reaches every article; and
that the platform's traps behave as the module docstring says: sid on every link for a cookieless
guest and none once the cookie comes back, the same first post at the t=/p=/shadow/view=next
URLs, a replies-only second page, the print view, the endless calendar, phpBB's 200 notices.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import phpbb_portal_thpt as portal
from ._selfcheck import NO_REDIRECTS

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""(?:href|src)="([^"]*)\"""")
_FEED_LINK = re.compile(r'<link href="([^"]+)"/>')
_SID = re.compile(r"sid=([0-9a-f]{32})")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(
    r"\.(jpe?g|png|gif|ico|css|js|pdf)$|^/(download/file|gallery/image|cron|style)\.php"
)
_WD = {"T.Hai": 0, "T.Ba": 1, "T.Tư": 2, "T.Năm": 3, "T.Sáu": 4, "T.Bảy": 5, "CN": 6}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str, cookie: str | None = None) -> tuple[int, str, dict]:
    request = urllib.request.Request(server.url(target))
    if cookie:
        request.add_header("Cookie", cookie)
    try:
        with NO_REDIRECTS.open(request, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers.items())


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|span|strong|em|b|i)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", inline)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _strip_sid(target: str) -> str:
    parts = urlsplit(target)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "sid"]
    return parts.path + (f"?{urlencode(query, safe='[]')}" if query else "")


def _first_post(page: str) -> tuple[str, str]:
    """(the p.author line, the div.content) of the first post on a topic page."""
    m = re.search(
        r'<h3 class="first">.*?<p class="author">(.*?)</p>\s*<div class="content">(.*?)</div>\n',
        page,
        re.S,
    )
    assert m, "no first post on this page"
    return _SID.sub("sid=", m.group(1)), _SID.sub("sid=", m.group(2))


def _printed_when(author_line: str) -> str:
    m = re.search(r"&raquo; (\S+) (\d\d)/(\d\d)/(\d{4}) (\d{1,2}):(\d\d) (am|pm)", author_line)
    assert m
    hour = int(m.group(5)) % 12 + (12 if m.group(7) == "pm" else 0)
    when = datetime(int(m.group(4)), int(m.group(3)), int(m.group(2)), hour, int(m.group(6)))
    assert _WD[m.group(1)] == when.weekday()
    return when.strftime("%Y-%m-%dT%H:%M:00+07:00")


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links (sid stripped) and the feed's links, from START_PATH."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH, "/feed.php", "/feed.php?mode=topics"])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        parts = urlsplit(target)
        month = dict(parse_qsl(parts.query)).get("m")
        if _NOT_PAGES.search(parts.path) or (month and abs(int(month)) > 2):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 3000, "the walk should stay bounded"
        if status != 200:
            continue
        links = _FEED_LINK.findall(body) if parts.path == "/feed.php" else _HREF.findall(body)
        for href in links:
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != host:
                continue
            nxt = _strip_sid(link.path + (f"?{link.query}" if link.query else ""))
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "phpbb_portal_thpt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths)
    assert len(set(alts)) == len(alts) and not set(alts) & set(paths)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Tin tức - Sự kiện", "Hoạt động Đoàn", "Thông báo"}
    assert sum(g["category"] == "Tin tức - Sự kiện" for g in portal.GOLD) == 7


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][14:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/images/tintuc/")
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(rf"(Tin|Ảnh|ảnh|Bài|viết): (Thầy )?{re.escape(name)}", gold["body"])
    for noise in ("đã viết:", ":D", "Sửa lần cuối", "Tổ Tin học - Trường", "Đã tải về", "Re: "):
        assert noise not in gold["body"]
    assert gold["canonical_path"] == gold["path"]


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][14:])
def test_gold_is_printed_in_the_first_post(server: PortalServer, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    h2 = re.search(r'<h2><a href="[^"]+">(.*?)</a></h2>', page)
    assert h2 and _nfc(h2.group(1)) == gold["title"]
    author_line, content = _first_post(page)
    assert _printed_when(author_line) == gold["published_at"]
    shown = _reader(content)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in shown, paragraph[:60]
    if gold["summary"]:  # the lead is a wholly bold first line
        assert re.match(
            r'(<span style="color: #FF0000">)?<span style="font-weight: bold">', content
        )
        assert _nfc(re.sub(r"<[^>]+>", "", content.split("<br />")[0])) == gold["summary"]
    else:
        assert not content.startswith(("<span", "<div"))
    images = re.findall(r'<img src="([^"]+)" alt="Hình ảnh" class="postimage" />', content)
    assert images == [server.base_url + im["path"] for im in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown or name in _reader(author_line)
    crumbs = re.search(r'<li class="icon-home">(.*?)</li>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]


def test_authors_follow_the_signing_line_or_a_personal_account(server: PortalServer) -> None:
    by_path = {g["path"]: g for g in portal.GOLD}
    for topic in portal.GOLD_TOPICS:
        gold = by_path[portal.article_path(topic)]
        _, content = _first_post(_get(server, gold["path"])[1])
        signed = re.search(r'<div style="text-align: right;">(.*?)</div>$', content)
        if topic.user == "Phạm Thị Lan Anh":
            assert not signed and gold["authors"] == [topic.user]
        elif not signed or ("Nguồn:" in signed.group(1) and "Bài:" not in signed.group(1)):
            assert gold["authors"] == []
        else:
            assert all(name in _reader(signed.group(1)) for name in gold["authors"])
        assert topic.user not in gold["authors"] or topic.user == "Phạm Thị Lan Anh"


def test_alt_paths_serve_the_same_first_post(server: PortalServer) -> None:
    for gold in portal.GOLD:
        want = _first_post(_get(server, gold["path"])[1])
        for alt in gold["alt_paths"]:
            page = _get(server, alt)[1]
            assert _first_post(page) == want, alt
            h2 = re.search(r'<h2><a href="[^"]+">(.*?)</a></h2>', page)
            assert _nfc(h2.group(1)) == gold["title"], alt


def test_walk_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any(s == 0 and "m=3" in t for t, s in walk.items()), "the calendar went on"
    # every gold article is listed by its forum's pages and by the feed of new topics
    forums = [t for t in walk if t.startswith("/viewforum.php?f=3")]
    assert len(forums) >= 3


def test_guest_links_carry_a_session_id_until_the_cookie_comes_back(server: PortalServer) -> None:
    status, page, headers = _get(server, "/viewtopic.php?f=3&t=1318")
    sids = set(_SID.findall(page))
    assert len(sids) == 1
    (sid,) = sids
    assert f"phpbb3_lq7xe_sid={sid}" in headers["Set-Cookie"]
    assert "./viewtopic.php?p=" in page and f"&amp;sid={sid}#p" in page
    # a sid in the URL is kept on the links of the page
    assert set(_SID.findall(_get(server, f"/viewforum.php?f=3&sid={sid}")[1])) == {sid}
    # another page without sid gets another session
    other = set(_SID.findall(_get(server, "/viewforum.php?f=3")[1]))
    assert other and other != {sid}
    # with the cookie, links have no sid and no cookie is set again
    status, page, headers = _get(server, "/viewtopic.php?f=3&t=1318", f"phpbb3_lq7xe_sid={sid}")
    assert status == 200 and not _SID.search(page) and "Set-Cookie" not in headers
    # the feed's links carry none
    feed = _get(server, "/feed.php")[1]
    assert '<feed xmlns="http://www.w3.org/2005/Atom"' in feed and not _SID.search(feed)
    assert f'<link href="{server.base_url}/viewtopic.php?t=' in feed


def test_forum_pagination_is_phpbb30(server: PortalServer) -> None:
    first = _get(server, "/viewforum.php?f=3")[1]
    assert "8 chủ đề" in first and "Trang <strong>1</strong> trên <strong>3</strong>" in first
    assert "./viewforum.php?f=3&amp;st=0&amp;sk=t&amp;sd=d&amp;start=3&amp;sid=" in first
    third = _get(server, "/viewforum.php?f=3&st=0&sk=t&sd=d&start=6")[1]
    assert "Trang <strong>3</strong> trên <strong>3</strong>" in third
    assert third == third and "Nội quy diễn đàn" in third  # global announcement on every page
    far = _get(server, "/viewforum.php?f=3&st=0&sk=t&sd=d&start=300")[1]
    assert "Trang <strong>3</strong> trên <strong>3</strong>" in far
    # the shadow of the moved topic links it under forum 3
    listed = "".join(
        _get(server, f"/viewforum.php?f=3&st=0&sk=t&sd=d&start={n}")[1] for n in (0, 3, 6)
    )
    assert "./viewtopic.php?f=3&amp;t=1292&amp;sid=" in listed and "topic_moved.gif" in listed
    # the multi-page topic shows its mini pagination
    assert "./viewtopic.php?f=3&amp;t=1318&amp;start=10&amp;sid=" in listed


def test_second_page_of_a_topic_holds_only_replies(server: PortalServer) -> None:
    topic = portal.TOPICS[1318]
    assert topic.pages == 2
    page = _get(server, "/viewtopic.php?f=3&t=1318&st=0&sk=t&sd=a&start=10")[1]
    assert '<h3 class="first">' not in page and "Re: " in page
    assert page.count('class="post bg') == len(topic.posts) - 10
    late_reply = topic.posts[11].id
    assert _get(server, f"/viewtopic.php?p={late_reply}")[1].count('class="post bg') == 3


def test_print_view_next_previous_and_notices(server: PortalServer) -> None:
    page = _get(server, "/viewtopic.php?f=3&t=1309&view=print")[1]
    assert '<meta name="robots" content="noindex" />' in page and "Re: " in page
    assert "Gửi: <strong>T.Năm 12/11/2026 3:20 pm</strong>" in page
    nxt = _get(server, "/viewtopic.php?f=3&t=1318&view=next")[1]
    assert _first_post(nxt) == _first_post(_get(server, "/viewtopic.php?f=3&t=1322")[1])
    assert "Không có chủ đề mới hơn" in _get(server, "/viewtopic.php?f=3&t=1322&view=next")[1]
    status, gone, _ = _get(server, "/viewtopic.php?f=3&t=1057")
    assert status == 200 and "Chủ đề được yêu cầu không tồn tại." in gone
    assert "/viewtopic.php?f=3&amp;t=1057" in _get(server, "/viewtopic.php?f=3&t=1318")[1]
    login = _get(server, "/posting.php?mode=reply&f=3&t=1318")[1]
    assert "Bạn cần đăng nhập để trả lời" in login
    marked = _get(server, f"/index.php?hash={portal.MARK_HASH}&mark=forums")[1]
    assert "đã được đánh dấu là đã đọc" in marked


def test_calendar_never_ends(server: PortalServer) -> None:
    target = "/portal.php?m=1"
    for n in range(1, 30):
        status, page, _ = _get(server, target)
        assert status == 200
        nxt = re.search(r'<a href="([^"]+)" title="Tháng sau">', page).group(1)
        target = _strip_sid("/" + html.unescape(nxt).lstrip("./"))
        assert target == f"/portal.php?m={n + 1}"
    assert "Tháng Năm 2029" in _get(server, target)[1]


def test_portal_news_pages_by_offset(server: PortalServer) -> None:
    pages = [_get(server, t)[1] for t in ("/", "/portal.php?np=4", "/portal.php?np=8")]
    news = [t for t in portal.GOLD_TOPICS if t.forum in portal.NEWS_FORUMS]
    assert len(news) == 10
    for t in news:
        assert sum(f"./viewtopic.php?f={t.forum}&amp;t={t.id}&amp;sid=" in p for p in pages) >= 1
    assert portal.TODAY in pages[0] and "[ Đọc tiếp ]" in pages[0]
    assert "Tổng số bài viết <strong>12345</strong>" in pages[0]


def test_text_is_utf8_nfc(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _status, page, headers = _get(server, gold["path"])
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert unicodedata.is_normalized("NFC", page)
        assert '<meta http-equiv="content-type" content="text/html; charset=UTF-8" />' in page
