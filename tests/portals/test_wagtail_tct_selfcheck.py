"""Self-check of the Wagtail political-school fixture (wagtail_tct): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, its
undated twin and every non-article answers 200; that each gold record is well formed and printed
on its page (title, date line, intro, paragraphs, bylines, captions, image order, category,
canonical); that a link walk from START_PATH reaches every article and the sitemap names the
undated twins; and that the traps behave as the module docstring says: sort links that grow
without end, ``?page=`` past the end answering the last page, the "Tải thêm" fragments, the
timetable's endless weeks, APPEND_SLASH, the CSRF 403, the real 404.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from itertools import pairwise
from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wagtail_tct as portal
from ._selfcheck import NO_REDIRECTS, fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href="([^"]*)\"""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|b|i|em|strong|small|span|cite)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", inline)
    return " ".join(
        unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split()
    )


def _article(body: str) -> str:
    m = re.search(r'<article class="(news|notice)-detail".*?</article>', body, re.S)
    assert m, "no article element"
    return m.group(0)


def _stream(body: str) -> str:
    return body.split('<div class="news-detail__body streamfield">', 1)[1].split("\n</div>\n", 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target)
    return out


def _cards(body: str) -> list[str]:
    return re.findall(r'<h3 class="news-card__title"><a href="([^"]+)">', body)


def test_contract_shape() -> None:
    assert (
        portal.NAME == "wagtail_tct" and portal.PLATFORM == "wagtail" and portal.START_PATH == "/"
    )
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    per_cat = {c: sum(1 for g in portal.GOLD if g["category"] == n) for c, n in portal.CATS.items()}
    assert max(-(-n // portal.PER_PAGE) for n in per_cat.values()) >= 3  # a category over 3+ pages
    newest = max(g["published_at"][:10] for g in portal.GOLD)
    assert newest.startswith("2026-11")


@pytest.mark.parametrize(
    "gold", portal.GOLD, ids=lambda g: g["path"].rstrip("/").rsplit("/", 1)[-1][:40]
)
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    assert (
        re.fullmatch(r"/tin-tuc/\d{4}/\d{2}/[a-z0-9-]+/", gold["path"])
        and gold["canonical_path"] == gold["path"]
    )
    assert gold["alt_paths"] == ["/tin-tuc/" + gold["path"].rstrip("/").rsplit("/", 1)[1] + "/"]
    for key in ("title", "body", "summary", "source", "category"):
        value = gold[key]
        assert value is None or (
            unicodedata.is_normalized("NFC", value) and value == value.strip() and value
        )
    assert _STAMP.match(gold["published_at"])
    assert gold["path"][9:16] == gold["published_at"][:7].replace("-", "/")
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/media/images/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"]:  # byline lines stay out of the body
        assert not re.search(
            rf"(Tin|Bài|ảnh|Ảnh|Tác giả)[^.]{{0,8}}: {re.escape(name)}", gold["body"]
        )
    if gold["category"] == "Đào tạo - Bồi dưỡng":  # course notices: date only, no byline
        assert "T" not in gold["published_at"] and not gold["authors"] and not gold["photographers"]


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = (
        [g["path"] for g in portal.GOLD]
        + [a for g in portal.GOLD for a in g["alt_paths"]]
        + portal.NON_ARTICLES
    )
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize(
    "gold", portal.GOLD, ids=lambda g: g["path"].rstrip("/").rsplit("/", 1)[-1][:40]
)
def test_gold_is_printed_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    article = _article(body)
    stream = _stream(article)
    text = _reader(article)
    assert (
        f'<h1 class="news-detail__title">{html.escape(gold["title"], quote=False)}</h1>' in article
    )
    # the intro is its own element, outside the StreamField
    intro = re.search(r'<p class="news-detail__intro">(.*?)</p>', article)
    assert (intro and _reader(intro.group(1))) == (gold["summary"] or None)
    paragraphs = gold["body"].split("\n\n")
    body_paras = paragraphs[1:] if gold["summary"] else paragraphs
    stream_text = _reader(stream)
    position = 0
    for paragraph in body_paras:  # in page order
        found = stream_text.find(paragraph, position)
        assert found >= 0, paragraph[:60]
        position = found + len(paragraph)
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in text
    # images: the <img> of the StreamField in order; captions printed, as many as the gold has
    assert re.findall(r'<img [^>]*src="([^"]+)"', stream) == [i["path"] for i in gold["images"]]
    printed = [_reader(c) for c in re.findall(r"<figcaption>(.*?)</figcaption>", stream)]
    printed += [
        _reader(c)
        for c in re.findall(
            r'class="richtext-image full-width"[^>]*><p[^>]*><i>(.*?)</i></p>', stream
        )
    ]
    assert sorted(printed) == sorted(i["caption"] for i in gold["images"] if i["caption"])
    # date line
    stamp = gold["published_at"]
    dmy = f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"
    if "T" in stamp:
        assert f'datetime="{stamp}"' in article and f", {dmy} - {stamp[11:16]}</time>" in article
        assert '<meta property="article:published_time"' in body
    else:
        assert f'Ngày đăng: <time datetime="{stamp}">{dmy}</time>' in article
        assert "article:published_time" not in body
    # category: badge and breadcrumb
    assert (
        re.search(r'<a class="news-detail__category" href="[^"]+">([^<]+)</a>', article).group(1)
        == gold["category"]
    )
    crumbs = re.search(r'<nav class="breadcrumbs"[^>]*><ol>(.*?)</ol>', body).group(1)
    assert re.findall(r'<a href="[^"]+">([^<]+)</a>', crumbs)[-1] == gold["category"]
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    page = _reader(body)
    assert (
        portal.TODAY in page
        and "Thống kê truy cập" in page
        and portal.ADDRESS in page
        and "Tin khác" in page
    )


@pytest.mark.parametrize(
    "gold", portal.GOLD, ids=lambda g: g["path"].rstrip("/").rsplit("/", 1)[-1][:40]
)
def test_undated_twin_is_the_same_article(server: PortalServer, gold: dict) -> None:
    _, dated, _ = fetch(server, gold["path"])
    status, twin, _ = fetch(server, gold["alt_paths"][0])
    assert status == 200 and _article(twin) == _article(dated)
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in twin


def _walk(server: PortalServer) -> tuple[set[str], set[str]]:
    """Same-host <a href> and hx-get targets from START_PATH; repeated query keys and far weeks
    are not followed (they are the traps)."""
    seen: set[str] = set()
    fetched: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        parts = urlsplit(target)
        keys = [k for k, _ in parse_qsl(parts.query, keep_blank_values=True)]
        if (
            _NOT_PAGES.search(parts.path)
            or parts.path.startswith("/admin/")
            or len(keys) != len(set(keys))
        ):
            continue
        if "tuan" in keys and not (
            "2026-W46" <= dict(parse_qsl(parts.query))["tuan"] <= "2026-W50"
        ):
            continue
        status, body, _ = fetch(server, target)
        fetched.add(target)
        assert len(fetched) < 400, "the bounded walk should stay small"
        if status != 200:
            continue
        nexts = _links(server, target, body)
        nexts += [
            _local(server, urljoin(server.url(target), html.unescape(h)))
            for h in re.findall(r'hx-get="([^"]+)"', body)
        ]
        queue.extend(n for n in nexts if n and n not in seen)
    return seen, fetched


def test_every_article_is_reachable_by_links_and_sitemap(server: PortalServer) -> None:
    _, fetched = _walk(server)
    dated = {g["path"] for g in portal.GOLD}
    undated = {a for g in portal.GOLD for a in g["alt_paths"]}
    assert dated <= fetched
    assert undated & fetched  # search, "Tin liên quan" and rich-text links use page.url
    assert set(portal.NON_ARTICLES) - {"/tim-kiem/"} <= fetched
    _, robots, _ = fetch(server, "/robots.txt")
    assert "Disallow: /admin/" in robots and "Disallow: /tim-kiem/" in robots
    sitemap = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, xml, headers = fetch(server, sitemap)
    assert headers["Content-Type"] == "application/xml"
    listed = {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert undated <= listed and not dated & listed  # Wagtail's sitemap names page.url


def test_sort_links_grow_without_end(server: PortalServer) -> None:
    target = "/tin-tuc/?chuyen-muc=tin-hoat-dong"
    _, body, _ = fetch(server, target)
    first_cards = _cards(body)
    visited = [target]
    for _ in range(6):
        link = re.search(r'<div class="sort-by">Sắp xếp: <a href="([^"]+)"', body).group(1)
        target = "/tin-tuc/" + html.unescape(link)
        status, body, _ = fetch(server, target)
        assert status == 200 and _cards(body) == first_cards
        visited.append(target)
    assert len(set(visited)) == len(visited) and all(len(a) < len(b) for a, b in pairwise(visited))
    assert target.count("sap-xep=moi") == 6
    # the pager keeps the repeated parameter
    assert "sap-xep=moi&amp;sap-xep=moi" in body and "page=2" in body
    _, oldest, _ = fetch(server, "/tin-tuc/?chuyen-muc=tin-hoat-dong&sap-xep=moi&sap-xep=cu")
    assert _cards(oldest)[0] == portal.article_path(portal.newest("tin-hoat-dong")[-1])


def test_pagination_edges_are_soft(server: PortalServer) -> None:
    last = -(-len(portal.STORIES) // portal.PER_PAGE)
    _, last_page, _ = fetch(server, f"/tin-tuc/?page={last}")
    status, beyond, _ = fetch(server, "/tin-tuc/?page=99")
    assert status == 200 and _cards(beyond) == _cards(last_page)
    _, first, _ = fetch(server, "/tin-tuc/")
    assert _cards(fetch(server, "/tin-tuc/?page=abc")[1]) == _cards(first)
    status, unknown, _ = fetch(server, "/tin-tuc/?chuyen-muc=khong-co")
    assert status == 200 and "Không có bài viết nào." in unknown
    listed = []
    for n in range(1, last + 1):
        listed += _cards(fetch(server, f"/tin-tuc/?page={n}")[1])
    assert listed == [portal.article_path(s) for s in portal.newest()]


def test_load_more_fragments_chain_to_the_end(server: PortalServer) -> None:
    for cat in portal.CATS:
        _, body, _ = fetch(server, f"/tin-tuc/?chuyen-muc={cat}")
        listed = _cards(body)
        while m := re.search(r'hx-get="([^"]+)"', body):
            target = html.unescape(m.group(1))
            assert target.startswith("/tin-tuc/tai-them/?")
            status, body, headers = fetch(server, target)
            assert status == 200 and "<html" not in body and headers["Vary"] == "HX-Request"
            listed += _cards(body)
        assert listed == [portal.article_path(s) for s in portal.newest(cat)]


def test_timetable_weeks_never_end(server: PortalServer) -> None:
    target = "/dao-tao-boi-duong/lich-giang/"
    _, body, _ = fetch(server, target)
    assert "Lịch giảng tuần 48" in body and "<table" in body
    seen = set()
    for _ in range(40):
        nxt = re.search(r'<a href="([^"]+)">Tuần sau ›</a>', body).group(1)
        target = "/dao-tao-boi-duong/lich-giang/" + nxt
        status, body, _ = fetch(server, target)
        assert status == 200
        seen.add(target)
    assert len(seen) == 40 and "Chưa có lịch giảng trong tuần này." in body
    assert fetch(server, "/dao-tao-boi-duong/lich-giang/?tuan=1999-W01")[0] == 200


def test_redirects_not_found_forms_and_admin(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    status, _, headers = fetch(server, gold["path"].rstrip("/"))
    assert status == 301 and headers["Location"] == gold["path"]
    status, body, _ = fetch(server, "/tin-tuc/2026/11/khong-co-bai-nay/")
    assert status == 404 and "Không tìm thấy trang" in body
    wrong_month = gold["path"].replace("/2026/11/", "/2025/01/")
    assert fetch(server, wrong_month)[0] == 404
    status, _, headers = fetch(server, "/admin/")
    assert status == 302 and headers["Location"] == "/admin/login/?next=/admin/"
    _, contact, headers = fetch(server, "/lien-he/")
    assert f'name="csrfmiddlewaretoken" value="{portal.CSRF}"' in contact and headers[
        "Set-Cookie"
    ].startswith("csrftoken=")
    request = urllib.request.Request(
        server.url("/lien-he/"), data=b"ho_va_ten=A&email=a%40b.vn&noi_dung=x", method="POST"
    )
    try:
        NO_REDIRECTS.open(request, timeout=10)
        raise AssertionError("POST must fail")
    except urllib.error.HTTPError as err:
        assert err.code == 403 and "CSRF" in err.read().decode("utf-8")
    for doc in portal.DOCS:
        status, _, headers = fetch(server, doc)
        assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_pages_are_utf8_nfc_and_deterministic(server: PortalServer) -> None:
    for target in [g["path"] for g in portal.GOLD] + ["/", "/tin-tuc/"]:
        with NO_REDIRECTS.open(urllib.request.Request(server.url(target)), timeout=10) as resp:
            raw = resp.read()
            assert resp.headers["Content-Type"] == "text/html; charset=utf-8"
        decoded = raw.decode("utf-8")
        assert unicodedata.is_normalized("NFC", decoded) and '<meta charset="utf-8">' in decoded
    target = portal.GOLD[2]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
