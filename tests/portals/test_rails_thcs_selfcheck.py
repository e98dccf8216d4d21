"""Self-check of the Rails 7 / Hotwire school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes for it; a gold path that 404s, a
paragraph the page does not print, an image the Trix body does not hold, or an article no link
or feed reaches would waste that crawl. Nothing here imports the crawler beyond the demo server.
It also pins down what makes this platform itself: the id-slug URL whose slug Rails ignores
(canonical tag), ActionText's ``<div>``/``<br><br>`` text and attachment figures, Kaminari's
pager inside a turbo-frame, pages past the last that answer 200 empty, and a week calendar
without end.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import date
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import rails_thcs as portal
from ._selfcheck import NO_REDIRECTS, fetch

_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}
_HREF = re.compile(r'<a\s[^>]*?href="([^"]*)"')
_FIGURE = re.compile(r'<figure class="attachment attachment--preview[^"]*">(.*?)</figure>', re.S)
_FILE_NAME = re.compile(r"^\S+\.(jpe?g|png|gif)$", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader(markup: str) -> str:
    """What a reader sees: tags dropped, references decoded, whitespace collapsed, NFC."""
    inline = re.sub(r"</?(a|strong|em|b|i|span|time)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", inline)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _trix(body: str) -> str:
    return body.split('<div class="trix-content">', 1)[1].split('\n</div>\n', 1)[0]


def _local(server: PortalServer, page: str, href: str) -> str | None:
    link = urlsplit(urljoin(server.url(page), html.unescape(href)))
    if link.netloc != urlsplit(server.base_url).netloc:
        return None
    return link.path + (f"?{link.query}" if link.query else "")


def _gold_id(gold: dict) -> str:
    return gold["path"].split("/")[2][:40]


# --- the gold itself ---------------------------------------------------------------------------


def test_contract_shape() -> None:
    assert portal.NAME == "rails_thcs" and portal.PLATFORM == "rails" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")
    # varied credits: typed bylines, account names, a team, sources, photographers
    assert sum(bool(g["authors"]) for g in portal.GOLD) >= 7
    assert sum(bool(g["photographers"]) for g in portal.GOLD) >= 3
    assert sum(bool(g["source"]) for g in portal.GOLD) == 2
    assert sum(bool(g["summary"]) for g in portal.GOLD) >= 3
    captions = [i["caption"] for g in portal.GOLD for i in g["images"]]
    assert captions.count(None) >= 6 and len([c for c in captions if c]) >= 8


@pytest.mark.parametrize("gold", portal.GOLD, ids=_gold_id)
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    assert gold["canonical_path"] == gold["path"]
    assert re.fullmatch(r"/posts/\d+-[a-z0-9-]+", gold["path"])
    number = gold["path"].split("/")[2].split("-")[0]
    assert f"/posts/{number}" in gold["alt_paths"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["published_at"])  # only the date is printed
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert not any(p.endswith(name) or p.endswith(name + ")") for p in paragraphs), name
    assert not any(re.match(r"(Tin|Ảnh|Bài|Nguồn|Tác giả)\b.*:", p) for p in paragraphs)
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
        assert image["caption"] is None or (image["caption"] not in gold["body"] and not _FILE_NAME.match(image["caption"]))


# --- pages answer, and print what the gold says ------------------------------------------------


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=_gold_id)
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert unicodedata.is_normalized("NFC", body)
    assert f'<h1 class="post-title">{html.escape(gold["title"], quote=True)}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    # the date line: only the day is printed; the attribute carries the local time
    y, m, d = gold["published_at"].split("-")
    stamp = re.search(r'<i class="bi bi-calendar-event"></i> <time datetime="([^"]+)">([^<]+)</time>', body)
    assert stamp.group(2) == f"{d}/{m}/{y}" and stamp.group(1).startswith(gold["published_at"] + "T")
    assert stamp.group(1).endswith("+07:00")
    # body: the excerpt (when printed) then the Trix text, paragraphs in order
    article = body.split('<article class="post"', 1)[1].split("</article>", 1)[0]
    lead = re.search(r'<p class="post-excerpt lead fw-semibold">(.*?)</p>', article)
    assert (lead is not None) == (gold["summary"] is not None)
    trix = _trix(body)
    readable = (_reader(lead.group(1)) + " " if lead else "") + _reader(trix)
    at = 0
    for paragraph in gold["body"].split("\n\n"):
        found = readable.find(paragraph, at)
        assert found >= 0, paragraph[:60]
        at = found + len(paragraph)
    # Trix writes no <p>
    assert "<p>" not in trix and "<p " not in trix
    # images: every attachment figure with an image, in order, and what its figcaption holds
    figures = _FIGURE.findall(trix)
    srcs = [re.search(r'<img [^>]*src="([^"]+)"', f).group(1) for f in figures]
    assert srcs == [i.get("url") or server.base_url + i["path"] for i in gold["images"]]
    for figure, image in zip(figures, gold["images"], strict=True):
        cap = re.search(r'<figcaption class="attachment__caption">(.*?)</figcaption>', figure, re.S)
        if image["caption"] is not None:
            assert _reader(cap.group(1)) == image["caption"]
        elif cap is not None:  # a file name (and size) is printed, not a caption
            shown = _reader(re.sub(r'<span class="attachment__size">.*?</span>', "", cap.group(1)))
            assert _FILE_NAME.match(shown), shown
    # credits as printed
    page = _reader(article)
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert re.search(rf"(Nguồn: |\(Theo ){re.escape(gold['source'])}", page)
    crumbs = re.search(r'<ol class="breadcrumb small">(.*?)</ol>', body).group(1)
    assert re.findall(r'<a href="/categories/[^"]+">([^<]+)</a>', crumbs) == [gold["category"]]
    # chrome around it
    whole = _reader(body)
    for phrase in (portal.TODAY, "Bài viết mới", "Lịch công tác tuần", "Tổng lượt truy cập", "Tác giả:", "Địa chỉ:", portal.HOTLINE):
        assert phrase in whole, phrase
    assert "lượt xem" in whole and ("Tin liên quan" in whole)


def test_byline_forms_are_the_platforms(server: PortalServer) -> None:
    """The typed bylines sit inside the Trix text; the "Tác giả" line names the posting account."""
    def trix_of(story_id: int) -> str:
        return _trix(fetch(server, f"/posts/{story_id}")[1])

    assert "<div><em>Tin: Lê Thu Hằng - Ảnh: Đỗ Minh Khoa</em></div>" in trix_of(139)
    assert trix_of(136).endswith("<br><br><strong>Tổ Toán - Tin</strong></div>")
    assert trix_of(122).endswith("<br><br><em>Tin, ảnh: Đoàn Thị Ngọc Ánh</em></div>")
    assert trix_of(104).endswith("<br><br><strong>Bài, ảnh: Trịnh Thị Huyền</strong></div>")
    assert "<div><em>Nguồn: Sở Giáo dục và Đào tạo Thanh Hóa</em></div>" in trix_of(133)
    assert "<br><br><em>(Theo Báo và Phát thanh, Truyền hình Thanh Hóa)</em></div>" in trix_of(116)
    admin = '<p class="post-author text-end fst-italic mt-3">Tác giả: <strong>Quản trị viên</strong></p>'
    for story in portal.STORIES:
        body = fetch(server, portal.article_path(story))[1]
        if story.opts["user"] == portal.ADMIN:
            assert admin in body and portal.ADMIN not in story.authors
        else:
            assert f"Tác giả: <strong>{story.opts['user']}</strong>" in body
    gold = {g["path"]: g for g in portal.GOLD}
    assert gold[portal.article_path(portal._BY_ID[136])]["authors"] == ["Tổ Toán - Tin"]


def test_attachments_are_actiontext_markup(server: PortalServer) -> None:
    trix = _trix(fetch(server, "/posts/141")[1])
    assert trix.count('<div class="attachment-gallery attachment-gallery--3">') == 1
    assert '<span class="attachment__name">IMG_2034.jpg</span>' in trix
    assert 'presentation="gallery"' in trix and "<action-text-attachment sgid=" in trix
    dsc = _trix(fetch(server, "/posts/119")[1])
    assert re.search(r'<figcaption class="attachment__caption">\s*DSC_0412\.JPG\s*</figcaption>', dsc)
    remote = _trix(fetch(server, "/posts/133")[1])
    assert remote.count('<action-text-attachment content-type="image" url="https://') == 2
    assert "figcaption" not in remote
    pdf = _trix(fetch(server, "/posts/142")[1])
    assert '<figure class="attachment attachment--file attachment--pdf">' in pdf and "<img" not in pdf
    assert "&nbsp; " in _trix(fetch(server, "/posts/125")[1])


# --- URL variants, errors ----------------------------------------------------------------------


def test_slug_is_ignored_and_canonical_names_the_address(server: PortalServer) -> None:
    for gold in portal.GOLD:
        want = fetch(server, gold["path"])[1]
        number = gold["path"].split("/")[2].split("-")[0]
        for variant in [*gold["alt_paths"], f"/posts/{number}-bat-ky-slug-nao"]:
            status, body, _ = fetch(server, variant)
            assert status == 200 and body == want, variant
    status, body, _ = fetch(server, "/posts/999-khong-co")
    assert status == 404 and "The page you were looking for doesn't exist." in body
    assert fetch(server, "/posts/abc")[0] == 404
    assert fetch(server, "/categories/khong-co")[0] == 404


def test_the_variants_are_linked(server: PortalServer) -> None:
    assert '<a href="/posts/128">' in _trix(fetch(server, "/posts/136")[1])
    assert '<a href="/posts/104-khai-giang-nam-hoc-moi">' in _trix(fetch(server, "/posts/112")[1])


# --- listings: Kaminari in a turbo-frame -------------------------------------------------------


def _listing(server: PortalServer, base: str, page: int) -> tuple[list[str], str]:
    target = base if page == 1 else f"{base}{'&' if '?' in base else '?'}page={page}"
    status, body, _ = fetch(server, target)
    assert status == 200
    frame = body.split('<turbo-frame id="posts" data-turbo-action="advance">', 1)[1].split("</turbo-frame>", 1)[0]
    cards = re.findall(r'<h2 class="card-title h6"><a href="([^"]+)" data-turbo-frame="_top">', frame)
    return cards, frame


@pytest.mark.parametrize(("base", "cat"), [("/posts", None), *((f"/categories/{c}", c) for c in portal.CATS)])
def test_listing_pages_hold_every_post_in_order(server: PortalServer, base: str, cat: str | None) -> None:
    total = portal.pages_of(len(portal.newest(cat)))
    listed = []
    for page in range(1, total + 1):
        cards, frame = _listing(server, base, page)
        assert cards
        listed += cards
        if total > 1:
            assert '<nav class="pagination" role="navigation" aria-label="pager">' in frame
            assert f'<span class="page current">\n  {page}\n</span>' in frame
            for href in re.findall(r'<span class="[a-z ]+">\s*<a [^>]*href="([^"]+)"', frame):
                assert f'data-turbo-frame="posts" href="{href}"' in frame
            assert ("Tiếp &rsaquo;" in frame) == (page < total) and ("Cuối &raquo;" in frame) == (page < total)
            assert ("&laquo; Đầu" in frame) == (page > 1) and ("&lsaquo; Trước" in frame) == (page > 1)
            assert f'href="{base}?page=1"' not in frame  # page 1 carries no parameter
    assert listed == [portal.article_path(s) for s in portal.newest(cat)]
    if base == "/posts":
        assert total == 5 and '<span class="page gap">&hellip;</span>' in _listing(server, base, 1)[1]
    if cat == "tin-tuc-su-kien":
        assert total >= 3


def test_pages_past_the_last_answer_200_and_empty(server: PortalServer) -> None:
    for target in ("/posts?page=6", "/posts?page=40", "/categories/tin-tuc-su-kien?page=4", "/posts?category=thong-bao&page=5"):
        status, body, _ = fetch(server, target)
        assert status == 200 and "Chưa có bài viết nào." in body, target
        assert "Tiếp &rsaquo;" not in body and 'data-turbo-frame="_top"' not in body.split("<aside", 1)[0]
    # the category pills keep the query: /posts?page=5 links the empty pages
    _, body, _ = fetch(server, "/posts?page=5")
    assert 'href="/posts?category=thong-bao&amp;page=5"' in body
    _, frame = _listing(server, "/categories/tin-tuc-su-kien", 5)
    assert 'rel="prev" data-turbo-frame="posts" href="/categories/tin-tuc-su-kien?page=4"' in frame


def test_turbo_frame_request_gets_only_the_frame(server: PortalServer) -> None:
    import urllib.request

    req = urllib.request.Request(server.url("/posts?page=2"), headers={"Turbo-Frame": "posts"})
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        body = resp.read().decode("utf-8")
    assert body.count("<turbo-frame") == 1 and "Bài viết mới" not in body and "<nav class=\"navbar" not in body
    assert len(re.findall(r'class="card post-card', body)) == portal.PER_PAGE


# --- reachability, feed, traps -----------------------------------------------------------------


def _walk(server: PortalServer) -> dict[str, int]:
    """Same-host <a href> from START_PATH; the week calendar only up to the sidebar's weeks."""
    weeks = {f"{w:%Y-%m-%d}" for w in portal.SCHEDULE_WEEKS}
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        week = re.search(r"week=([\d-]+)", target)
        if target.startswith(("/rails/", "/assets/")) or (week and week.group(1) not in weeks):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        assert len(seen) < 400, "the walk should stay small"
        if status != 200:
            continue
        for href in _HREF.findall(body):
            if href.startswith(("mailto:", "tel:", "#", "javascript:")):
                continue
            link = _local(server, target, href)
            if link and link not in seen:
                queue.append(link)
    return seen


def test_reachability_and_what_the_walk_meets(server: PortalServer) -> None:
    seen = _walk(server)
    fetched = {t for t, s in seen.items() if s}
    assert all(s == 200 for s in seen.values() if s)
    gold = {g["path"] for g in portal.GOLD}
    alts = {a for g in portal.GOLD for a in g["alt_paths"]}
    assert gold <= fetched
    assert {"/posts/128", "/posts/104-khai-giang-nam-hoc-moi"} <= fetched
    assert set(portal.NON_ARTICLES) <= fetched
    # everything else fetched is a known trap: a pill keeping an out-of-range page, or a week
    rest = fetched - gold - alts - set(portal.NON_ARTICLES)
    for target in rest:
        assert re.fullmatch(r"/posts\?category=[a-z-]+&page=\d+|/categories/[a-z-]+\?page=\d+|/schedules\?week=[\d-]+", target), target
        if "week=" not in target:
            assert "Chưa có bài viết nào." in fetch(server, target)[1], target
    assert any("week=" in t and s == 0 for t, s in seen.items())  # the calendar goes on


def test_feed(server: PortalServer) -> None:
    _, home, _ = fetch(server, "/")
    announced = re.search(r'<link rel="alternate" type="application/rss\+xml" title="RSS" href="([^"]+)" />', home)
    assert _local(server, "/", announced.group(1)) == "/posts.rss"
    status, feed, headers = fetch(server, "/posts.rss")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    links = [_local(server, "/", u) for u in re.findall(r"<link>(http[^<]+/posts/[^<]+)</link>", feed)]
    assert links == [portal.article_path(s) for s in portal.newest()[: portal.FEED_SIZE]]
    assert "+0700</pubDate>" in feed


def test_week_calendar_never_ends(server: PortalServer) -> None:
    for week in ("2999-06-02", "1900-01-03", "2026-11-25"):
        status, body, _ = fetch(server, f"/schedules?week={week}")
        assert status == 200 and "Tuần sau ›" in body and "‹ Tuần trước" in body
    monday = date.fromisoformat("2999-06-02")
    monday = monday.fromordinal(monday.toordinal() - monday.weekday())
    nxt = monday.fromordinal(monday.toordinal() + 7)
    assert f'href="/schedules?week={nxt:%Y-%m-%d}"' in fetch(server, "/schedules?week=2999-06-02")[1]
    assert "Chưa có lịch công tác tuần này." in fetch(server, "/schedules?week=2999-06-02")[1]
    assert "Chào cờ đầu tuần" in fetch(server, "/schedules")[1]


def test_active_storage_redirects(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/documents/12")
    href = re.search(r'<a href="([^"]+/rails/active_storage/blobs/redirect/[^"]+/ke-hoach\.pdf)">', body).group(1)
    status, _, headers = fetch(server, _local(server, "/", href))
    assert status == 302 and headers["Location"].startswith("/rails/active_storage/disk/")
    with NO_REDIRECTS.open(server.url(headers["Location"]), timeout=10) as resp:
        assert resp.headers["Content-Type"] == "application/pdf" and resp.read().startswith(b"%PDF")
    image = next(i for g in portal.GOLD for i in g["images"] if "path" in i)
    status, _, headers = fetch(server, image["path"])
    assert status == 302
    with NO_REDIRECTS.open(server.url(headers["Location"]), timeout=10) as resp:
        assert resp.headers["Content-Type"] == "image/jpeg"


def test_non_articles_are_not_posts(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        status, body, headers = fetch(server, target)
        assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
        assert '<article class="post"' not in body and "trix-content" not in body
        assert portal.TODAY in body
    _, album, _ = fetch(server, "/albums/3")
    assert album.count('<figcaption class="figure-caption">') == 4
    _, login, _ = fetch(server, "/users/sign_in")
    assert 'name="user[password]"' in login


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[0]["path"], "/posts?page=3", "/"):
        assert fetch(server, target)[1] == fetch(server, target)[1]
