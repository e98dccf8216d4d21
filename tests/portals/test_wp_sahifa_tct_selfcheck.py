"""Self-check of the WordPress/Sahifa political-school fixture: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, every
alternative URL and every non-article answers 200; that the gold is well formed and printed on
its page (after references are resolved and text is NFC); that a walk of ``<a href>`` links from
START_PATH reaches every article and every listed non-article (the week links of the work
calendar are followed only near today); and that the platform's traps behave as the module says:
the week links never end, the ticker and reply-to-comment URLs serve the same post with a
canonical to the permalink, the print view is noindex, the cached posts print the old date
format while their query-string variants do not, ``/?p=ID`` answers 301 and ``?share=`` 302.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import date
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_sahifa_tct as portal
from ._selfcheck import fetch

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$")
_TIE_DATE = re.compile(r'<span class="tie-date"><i class="fa fa-clock-o"></i>([^<]+)</span>')


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _reader(markup: str) -> str:
    """What a reader sees: inline tags vanish, block tags separate, references resolved, NFC."""
    inline = re.sub(r"</?(a|strong|em|span|sup|b|i|u)\b[^>]*>", "", markup)
    plain = re.sub(r"<[^>]+>", " ", inline)
    return " ".join(unicodedata.normalize("NFC", html.unescape(plain)).replace("\xa0", " ").split())


def _entry(page: str) -> str:
    return page.split('<div class="entry">', 1)[1].split('<div class="sharedaddy', 1)[0]


def _article(page: str) -> str:
    return page.split('<article class="post-listing', 1)[1].split("</article>", 1)[0]


def _local(server: PortalServer, href: str) -> str | None:
    parts = urlsplit(urljoin(server.base_url + "/", html.unescape(href)))
    if parts.netloc != urlsplit(server.base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _printed_day(value: str) -> str:
    value = value.strip()
    if m := re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", value):
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    m = re.fullmatch(r"(Tháng [^0-9]+) (\d{1,2}), (\d{4})", value)
    assert m, value
    return f"{m.group(3)}-{portal.MONTHS.index(m.group(1)) + 1:02d}-{int(m.group(2)):02d}"


def _week(target: str) -> tuple[int, int] | None:
    query = parse_qs(urlsplit(target).query)
    if "tuan" not in query:
        return None
    return int(query["nam"][0]), int(query["tuan"][0])


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host ``<a href>`` links; calendar weeks only near today."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        week = _week(target)
        if _STATIC.search(urlsplit(target).path) or (
            week and abs((date.fromisocalendar(*week, 1) - portal.TODAY_DATE).days) > 21
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, headers = _get(server, target)
        seen[target] = status
        assert len(seen) < 700, "the walk should stay small"
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for _, href in _HREF.findall(body):
            nxt = _local(server, href.split("#", 1)[0]) if not href.startswith("#") else None
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "wp_sahifa_tct" and portal.PLATFORM == "wordpress-sahifa"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for name, _, _ in portal.CATS.values()}
    dates = sorted(g["published_at"] for g in portal.GOLD)
    assert dates[-1].startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) | {"alt_paths"} == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _DAY.match(gold["published_at"]), "Sahifa prints a day, never a time"
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith(portal.UP)
        assert image["caption"] is None or image["caption"] not in gold["body"]
        assert image["caption"] is None or not image["caption"].startswith(("(", "Ảnh:"))
    for name in gold["authors"] + gold["photographers"]:
        assert not re.match(r"(ThS|TS|PGS)\.", name) and name not in gold["body"]
    assert not re.search(r"Nguồn:|Tin, ảnh:|Bài:|Khoa Lý luận cơ sở$", gold["body"])


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [
        a for g in portal.GOLD for a in g.get("alt_paths", [])
    ]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    article = _article(page)
    h1 = re.search(
        r'<h1 class="name post-title entry-title"><span itemprop="name">(.*?)</span></h1>', article
    )
    assert h1 and _reader(h1.group(1)) == gold["title"]
    entry = _entry(page)
    shown = _reader(entry)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", entry)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert paragraph.split(" | ") in [cells[i : i + 4] for i in range(0, len(cells), 4)]
        else:
            assert paragraph in shown, paragraph[:60]
    srcs = re.findall(r'<img class="[^"]*" src="([^"]+)"', entry)
    assert srcs == [server.base_url + i["path"] for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    assert _printed_day(_TIE_DATE.search(article).group(1)) == gold["published_at"]
    cat = re.search(
        r'<span class="post-cats"><i class="fa fa-folder"></i><a [^>]*>([^<]+)</a>', article
    )
    assert cat.group(1) == gold["category"]
    crumbs = re.search(r'<div class="breadcrumbs"[^>]*>(.*?)</div>', page).group(1)
    assert re.findall(r'<span property="name">([^<]+)</span></a>', crumbs)[-1] == gold["category"]
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
    assert "lượt xem" in page and f"Bản quyền thuộc {portal.SITE}" in page
    assert "Bài viết liên quan" in page and 'id="author-box"' in page


def test_alternatives_serve_the_same_post(server: PortalServer) -> None:
    for gold in portal.GOLD:
        main = _get(server, gold["path"])[1]
        for alt in gold.get("alt_paths", []):
            status, page, _ = _get(server, alt)
            assert status == 200
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
            assert _entry(page) == _entry(main)
            if "replytocom=" in alt:
                assert "value='" + alt.rsplit("=", 1)[1] + "'" in page  # the form answers it
    ticker = {
        g["path"] for g in portal.GOLD if any("utm_source" in a for a in g.get("alt_paths", []))
    }
    assert len(ticker) >= 5


def test_cached_posts_print_the_old_date_format(server: PortalServer) -> None:
    cached = [s for s in portal.STORIES if s.opts.get("cached")]
    assert len(cached) == 2
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        printed = _TIE_DATE.search(_article(page)).group(1)
        if any(portal.article_path(s) == gold["path"] for s in cached):
            assert printed.startswith("Tháng ")
            assert "Cached page generated by WP-Super-Cache on 2026-10-19" in page
            assert portal.TODAY not in page
            fresh = _get(server, gold["path"] + "?utm_source=ticker")[1]
            assert re.fullmatch(r"\d\d/\d\d/\d{4}", _TIE_DATE.search(_article(fresh)).group(1))
        else:
            assert re.fullmatch(r"\d\d/\d\d/\d{4}", printed) and portal.TODAY in page
        assert f'content="{gold["published_at"]}T' in page  # Yoast's machine time: same day


def test_print_views(server: PortalServer) -> None:
    for gold in portal.GOLD:
        target = f"{gold['path']}?print=1"
        assert target in portal.NON_ARTICLES
        page = _get(server, target)[1]
        assert '<meta name="Robots" content="noindex, nofollow" />' in page
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
        d = gold["published_at"]
        assert re.search(rf"vào lúc {d[8:]}/{d[5:7]}/{d[:4]} @ \d\d:\d\d", page)
        shown = _reader(page)
        assert all(p in shown for p in gold["body"].split("\n\n") if " | " not in p)
        assert "Chia sẻ:" not in page


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert {t for t, s in walk.items() if s not in (0, 200, 302)} == set()
    assert any(s == 302 and "share=" in t for t, s in walk.items())
    assert any(s == 0 and _week(t) for t, s in walk.items()), "the week links went on"
    replies = {a for g in portal.GOLD for a in g.get("alt_paths", [])}
    assert replies <= set(walk)


def test_feed_and_sitemap(server: PortalServer) -> None:
    robots = _get(server, "/robots.txt")[1]
    assert f"Sitemap: {server.base_url}/sitemap_index.xml" in robots
    index = _get(server, "/sitemap_index.xml")[1]
    assert f"{server.base_url}/post-sitemap.xml" in index
    posts = _get(server, "/post-sitemap.xml")[1]
    locs = {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", posts)}
    assert locs == {g["path"] for g in portal.GOLD}
    status, feed, headers = _get(server, "/feed/")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    items = [
        _local(server, u)
        for u in re.findall(r"<item>\s*<title>.*?</title>\s*<link>([^<]+)</link>", feed, re.S)
    ]
    assert items == [g["path"] for g in portal.GOLD[:10]]
    home = _get(server, "/")[1]
    assert f'href="{server.base_url}/feed/"' in home


def test_pagenavi(server: PortalServer) -> None:
    first = _get(server, "/chuyen-muc/tin-tuc/")[1]
    assert "<span class='pages'>Trang 1 / 3</span>" in first
    assert (
        f'<a class="last" aria-label="Last Page" href="{server.base_url}/chuyen-muc/tin-tuc/page/3/">Cuối &raquo;</a>'
        in first
    )
    assert 'class="nextpostslink" rel="next"' in first and "Đọc thêm &raquo;" in first
    third = _get(server, "/chuyen-muc/tin-tuc/page/3/")[1]
    assert "<span class='pages'>Trang 3 / 3</span>" in third and "nextpostslink" not in third
    assert _get(server, "/chuyen-muc/tin-tuc/page/4/")[0] == 404
    assert "Trang 1 / 2" in _get(server, "/chuyen-muc/tin-tuc/tin-hoat-dong/")[1]
    listed = set()
    for target in (
        "/chuyen-muc/tin-tuc/",
        "/chuyen-muc/tin-tuc/page/2/",
        "/chuyen-muc/tin-tuc/page/3/",
    ):
        body = _get(server, target)[1]
        listed |= {
            _local(server, u)
            for u in re.findall(r'<h2 class="post-box-title"><a href="([^"]+)"', body)
        }
    want = {g["path"] for g in portal.GOLD if g["category"] in ("Tin hoạt động", "Thông báo")}
    assert listed == want and len(want) == 10


def test_week_links_never_end(server: PortalServer) -> None:
    target = "/lich-cong-tac/"
    seen: set[str] = set()
    for _ in range(60):
        status, page, _ = _get(server, target)
        assert status == 200
        nxt = _local(server, re.search(r'<a href="([^"]+)">Tuần sau &raquo;</a>', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _week(target) == (2028, 3)
    assert "Chưa có lịch công tác tuần này." in _get(server, target)[1]
    assert "Họp Hội đồng khoa học" in _get(server, "/lich-cong-tac/")[1]
    assert _get(server, "/lich-cong-tac/?tuan=1&nam=1900")[0] == 200


def test_shortlink_share_and_not_found(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    sid = re.search(r"\?p=(\d+)'", _get(server, gold["path"])[1]).group(1)
    status, _, headers = _get(server, f"/?p={sid}")
    assert status == 301 and headers["Location"] == server.base_url + gold["path"]
    status, _, headers = _get(server, gold["path"] + "?share=facebook&nb=1")
    assert status == 302 and headers["Location"].startswith("https://www.facebook.com/")
    assert _get(server, "/khong-co-bai-nay/")[0] == 404
    assert _get(server, "/tag/khong-co/")[0] == 404


def test_attachment_pages_look_like_posts_but_hold_a_file(server: PortalServer) -> None:
    for doc in portal.DOCS:
        page = _get(server, doc.path)[1]
        article = _article(page)
        assert 'class="name post-title entry-title"' in article and "Người đăng:" in article
        assert _TIE_DATE.search(article) and 'class="post-cats"' not in article
        assert f'href="{server.base_url}{doc.file}"' in article
        assert _get(server, doc.file)[2]["Content-Type"] == "application/pdf"


def test_text_forms(server: PortalServer) -> None:
    entries = {g["path"]: _entry(_get(server, g["path"])[1]) for g in portal.GOLD}
    nfd = [p for p, e in entries.items() if not unicodedata.is_normalized("NFC", e)]
    assert nfd == [portal.article_path(portal._BY_ID[1480])]
    refs = [p for p, e in entries.items() if re.search(r"&#7\d\d\d;", e)]
    assert refs == [portal.article_path(portal._BY_ID[1465])]
    dashed = [g for g in portal.GOLD if "–" in g["title"]]
    assert dashed  # wptexturize writes the en dash of titles as a reference
    for gold in dashed:
        assert (
            '<span itemprop="name">' + html.escape(gold["title"]).replace("–", "&#8211;")
            in _get(server, gold["path"])[1]
        )
