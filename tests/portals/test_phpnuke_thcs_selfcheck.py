"""Self-check of the PHP-Nuke school portal (THCS Trần Quốc Toản): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, its
comment-mode variants and every NON_ARTICLE answer 200; that the gold is well formed and printed
on its page (after the page's own charset, entities and NFC); that a walk of links from
START_PATH reaches every article and every listed non-article (the endless archive months are
followed only where stories are); and that the traps and encodings behave as the module's
docstring says.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import phpnuke_thcs as portal
from ._selfcheck import NO_REDIRECTS

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$")
_META_CHARSET = re.compile(
    rb'<meta http-equiv="Content-Type" content="text/html; charset=([\w-]+)">'
)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _raw(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers.items())


def _decode(data: bytes, headers: dict[str, str]) -> str:
    """As a browser does: the header's charset, else the <meta> one, else UTF-8."""
    m = re.search(r"charset=([\w-]+)", headers.get("Content-Type", ""))
    charset = m.group(1) if m else None
    if charset is None and (meta := _META_CHARSET.search(data)):
        charset = meta.group(1).decode("ascii")
    return data.decode(charset or "utf-8")


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, data, headers = _raw(server, target)
    return status, _decode(data, headers)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|b|i|font|strong|big|span)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    """The story's text cell."""
    return page.split('<td class="storytext"', 1)[1].split("</font></td></tr>\n</table>", 1)[0]


def _title_cell(page: str) -> str:
    return re.search(
        r'<td class="storytitle"[^>]*><font class="option"><b>(.*?)</b></font></td>', page
    ).group(1)


def _printed_date(page: str) -> str:
    line = re.search(
        r'<td class="storyposter"[^>]*><font class="tiny">(.*?)</font></td>', page
    ).group(1)
    m = re.search(
        r"vào lúc ([^,]+), (\d\d) (Tháng [^0-9]+) (\d{4}) - (\d\d:\d\d:\d\d)$", _nfc(line)
    )
    weekday, day, month, year, clock = m.groups()
    when = datetime.strptime(
        f"{year}-{portal.MONTHS.index(month.strip()) + 1:02d}-{day} {clock}", "%Y-%m-%d %H:%M:%S"
    )
    assert portal.WEEKDAYS[when.weekday()] == weekday
    if clock == "00:00:00":
        return when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def _sid(gold: dict) -> int:
    return int(parse_qs(urlsplit(gold["path"]).query)["sid"][0])


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH; archive months only where stories are."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    story_months = {portal.month_path(y, m) for y, m in portal._MONTHS_WITH_STORIES}
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or (
            "sa=show_month" in target and target not in story_months
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 700, "the walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("javascript:", "mailto:")):
                continue
            link = urlsplit(urljoin(server.url(target), href))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


# --- the contract ---------------------------------------------------------------------------


def test_contract_shape() -> None:
    assert portal.NAME == "phpnuke_thcs" and portal.PLATFORM == "phpnuke"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    # (a story filed in a catid category takes it: its link is printed before the headline)
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.TOPICS.values()} | set(portal.CATEGORIES.values())
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/images/upload/")
        assert not image["caption"] or image["caption"] not in gold["body"]
        assert not image["caption"] or not image["caption"].startswith(("(", "Ảnh:"))
    for name in gold["authors"] + gold["photographers"]:  # no byline line in the body
        assert not re.search(rf"(Tin|Ảnh|ảnh|Bài|Người viết): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    for name in gold["authors"]:
        assert not name.startswith(("ThS.", "Cô ", "Thầy ")) and "–" not in name
        assert name not in portal.USERS


def test_every_gold_variant_and_non_article_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _raw(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[1])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    title = _title_cell(page)
    assert (
        _nfc(re.sub(r"^<a [^>]*><font class=\"storycat\">[^<]+</font></a>: ", "", title))
        == gold["title"]
    )
    assert (
        _nfc(re.search(r"<title>(.*?)</title>", page).group(1))
        == f"{portal.SITE} - {gold['title']}"
    )
    region = _region(page)
    shown = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in shown, paragraph[:60]
    srcs = [
        src
        for src in re.findall(r'<img src="([^"]+)"', region)
        if not src.startswith("images/topics/")
    ]
    assert [{"path": urlsplit(urljoin("http://h" + gold["path"], s)).path} for s in srcs] == [
        {"path": i["path"]} for i in gold["images"]
    ]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    if gold["summary"]:
        assert f"<b>{gold['summary']}</b>" in _nfc(region)
    assert _printed_date(page) == gold["published_at"]
    topic = re.search(
        r'<a href="modules.php\?name=News&amp;new_topic=\d+"><img [^>]*alt="([^"]+)"', region
    )
    filed = re.search(r'catid=\d+"><font class="storycat">([^<]+)</font></a>:', page)
    if filed:  # the category the title cell prints before the headline
        assert _nfc(filed.group(1)) == gold["category"]
    else:
        assert _nfc(topic.group(1)) == gold["category"]
        assert f"Thêm về {gold['category']}" in _nfc(page)
    whole = _nfc(page)
    assert f"Hôm nay: {portal.TODAY}" in whole and "Ai đang trực tuyến" in whole
    assert (
        "Ý kiến bạn đọc" in whole
        and "Ghi chú: Những ý kiến đóng góp không thuộc về chúng tôi" in whole
    )
    assert 'rel="canonical"' not in page


def test_category_prefix_and_comments_stay_outside_the_text(server: PortalServer) -> None:
    prefixed = [
        g
        for g in portal.GOLD
        if "Gương sáng học đường" in _get(server, g["path"])[1].split('<td class="storyposter"')[0]
    ]
    assert len(prefixed) == 2
    with_comments = [s for s in portal.STORIES if s.opts.get("comments")]
    assert len(with_comments) == 2
    for story in with_comments:
        page = _get(server, portal.article_path(story))[1]
        for name, _, _title, body in story.opts["comments"]:
            assert body in page and body not in _region(page)
            assert f"bởi {name} vào lúc" in page


# --- reachability ---------------------------------------------------------------------------


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    reached = set(walk)
    assert {g["path"] for g in portal.GOLD} <= reached
    assert set(portal.NON_ARTICLES) <= reached
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any(s == 0 and "sa=show_month" in t for t, s in walk.items()), "the month links went on"
    variants = {a for g in portal.GOLD for a in g["alt_paths"]}
    assert variants <= reached  # every comment-mode variant is linked somewhere


def test_feed(server: PortalServer) -> None:
    home = _get(server, "/")[1]
    assert (
        '<link rel="alternate" type="application/rss+xml" title="RSS" href="backend.php">' in home
    )
    status, data, headers = _raw(server, "/backend.php")
    assert status == 200 and headers["Content-Type"].startswith("text/xml")
    links = [
        urlsplit(html.unescape(u))
        for u in re.findall(r"<link>(http[^<]+sid=\d+)</link>", data.decode())
    ]
    assert [f"{u.path}?{u.query}" for u in links] == [g["path"] for g in portal.GOLD[:10]]


def test_listings_paginate_and_headlines_are_not_links(server: PortalServer) -> None:
    home = _get(server, "/")[1]
    assert home == _get(server, "/index.php")[1]
    assert 'href="index.php?pagenum=2">Trang sau »</a>' in home
    last = _get(server, "/index.php?pagenum=3")[1]
    assert "Trang sau" not in last and "<b>[3]</b>" in last
    topic = "/modules.php?name=News&new_topic=1"
    assert (
        'href="modules.php?name=News&amp;new_topic=1&amp;pagenum=3">3</a>' in _get(server, topic)[1]
    )
    third = _get(server, topic + "&pagenum=3")[1]
    assert "sid=148" in third and third.count('class="storybox"') == 1
    home_pages = "".join(_get(server, f"/index.php?pagenum={n}")[1] for n in (1, 2, 3))
    assert "Thông báo họp cha mẹ học sinh" not in "".join(
        re.findall(r'<td class="storytitle".*?</td>', home_pages)
    )
    for cell in re.findall(r'<td class="storytitle"[^>]*>(.*?)</td>', home_pages):
        assert "file=article" not in cell
    assert "vào lúc" in home and "lần đọc)" in home and "bytes còn lại" in home
    assert "Bài viết cũ" in home and "Thăm dò ý kiến" in home and "Bài viết cũ hơn" in home


# --- traps and encodings --------------------------------------------------------------------


def test_archive_months_never_end(server: PortalServer) -> None:
    target = portal.month_path(2026, 11)
    seen = set()
    for _ in range(30):
        status, page = _get(server, target)
        assert status == 200
        nxt = "/" + html.unescape(re.search(r'<a href="([^"]+)">Tháng sau »</a>', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert "year=2029&month=5" in target
    assert "Không có bài viết nào trong tháng này" in _get(server, target)[1]
    assert "sid=148" in _get(server, portal.month_path(2021, 5))[1]


def test_variants_serve_the_same_story(server: PortalServer) -> None:
    for gold in portal.GOLD:
        region = _region(_get(server, gold["path"])[1])
        for alt in gold["alt_paths"]:
            assert _region(_get(server, alt)[1]) == region


def test_print_friend_and_reply_views(server: PortalServer) -> None:
    for gold in portal.GOLD:
        sid = _sid(gold)
        printed = _reader(_get(server, f"/modules.php?name=News&file=print&sid={sid}")[1])
        assert all(p in printed for p in gold["body"].split("\n\n"))
        assert "Địa chỉ của bài viết này là" in printed and "Ý kiến bạn đọc" not in printed
        friend = _nfc(
            _get(server, f"/modules.php?name=News&file=friend&op=FriendSend&sid={sid}")[1]
        )
        assert "Gửi bài viết này cho bạn bè" in friend and gold["title"] in _reader(friend)
        reply = _reader(
            _get(server, f"/modules.php?name=News&file=comments&op=Reply&pid=0&sid={sid}")[1]
        )
        assert gold["body"].split("\n\n")[0] in reply and "Gửi ý kiến" in reply


def test_soft_404s_and_unknown_targets(server: PortalServer) -> None:
    status, page = _get(server, portal.SOFT_404)
    assert status == 200 and "Xin lỗi, bài viết này không tồn tại hoặc đã bị xóa." in page
    status, page = _get(server, portal.FORUMS)
    assert status == 200 and "Xin lỗi, module này chưa được kích hoạt!" in page
    assert _raw(server, "/modules.php?name=Khong_Co")[0] == 302
    assert _raw(server, "/sitemap.xml")[0] == 404
    assert _raw(server, "/modules.php?name=News&file=print&sid=999")[0] == 302


def test_encodings(server: PortalServer) -> None:
    old = [s for s in portal.STORIES if s.id <= portal.OLD_INSTALL_MAX_SID]
    assert [s.id for s in old] == [148]
    for target in (
        portal.article_path(148),
        portal.article_path(148) + "&mode=thread&order=1&thold=-1",
        "/modules.php?name=News&file=print&sid=148",
    ):
        status, data, headers = _raw(server, target)
        assert status == 200 and headers["Content-Type"] == "text/html"
        assert b'content="text/html; charset=windows-1258"' in data
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        decoded = data.decode("cp1258")
        assert not unicodedata.is_normalized("NFC", decoded)
        assert "Tăng cường ôn tập cho học sinh lớp 9" in unicodedata.normalize("NFC", decoded)
    for story in portal.STORIES:
        if story.id <= portal.OLD_INSTALL_MAX_SID:
            continue
        status, data, headers = _raw(server, portal.article_path(story))
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        page = data.decode("utf-8")
        region = _region(page)
        if story.opts.get("ent"):
            assert re.search(r"&#\d{3,4};", region) and re.search(r"&[a-z]+;", region)
            typed = region.split('<font class="content">', 1)[1].split('<p align="right">')[0]
            assert not re.search(r"[^\x00-\x7f]", typed)
        else:
            assert not re.search(r"&#\d+;", region)
        assert unicodedata.is_normalized("NFC", page)
    assert sum(bool(s.opts.get("ent")) for s in portal.STORIES) == 2


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[3]["path"], portal.month_path(2026, 10)):
        assert _raw(server, target)[1] == _raw(server, target)[1]
