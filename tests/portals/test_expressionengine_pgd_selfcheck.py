"""Self-check of the ExpressionEngine 5 (Phòng GD&ĐT Đông Anh) fixture: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, its
alternative addresses (``/index.php/…`` and ``?print=1``) and every non-article answer 200; that
the gold is well formed and printed on its page (after entities and NFC); that a walk of links
from START_PATH reaches every article and non-article (archive months are followed only near the
site's content); and that the platform's traps behave as the module's docstring says: EE offset
pagination (``/P6``), archive months without end, ACT action URLs, the soft 404, documents and
albums without text, the two text forms (named entities, NFD).
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import expressionengine_pgd as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx|xlsx)$")
_ARCHIVE = re.compile(r"^/tin-tuc/(\d{4})/(\d{2})(/P\d+)?$")
_IDS = {"ids": lambda g: g["path"].rsplit("/", 1)[1][:40]}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _article(page: str) -> str:
    return page.split('<article class="entry-detail">', 1)[1].split("</article>", 1)[0]


def _entry_body(page: str) -> str:
    return page.split('<div class="entry-body">', 1)[1].split("</div><!-- /.entry-body -->", 1)[0]


def _head_of_entry(page: str) -> str:
    """Headline, meta line and lead: the part above the tools row and the body."""
    article = _article(page)
    head = article.split('<div class="entry-tools">', 1)[0]
    lead = re.search(r'<div class="entry-lead">.*?</div>', article)
    return head + (lead.group(0) if lead else "")


def _main_col(page: str) -> str:
    return page.split('<div class="main-col">', 1)[1].split('<aside class="side-col">', 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.netloc != urlsplit(server.base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page_target: str, body: str) -> list[str]:
    out = []
    for _, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        target = _local(server, urljoin(server.url(page_target), href))
        if target:
            out.append(target.split("#", 1)[0])
    return out


def _near(target: str) -> bool:
    """Archive months worth fetching in a walk: the months the site has news in, and one beyond."""
    m = _ARCHIVE.match(target)
    if not m:
        return True
    year, month = int(m.group(1)), int(m.group(2))
    index = year * 12 + month
    have = [y * 12 + mm for y, mm in portal.ARCHIVE_MONTHS]
    return min(have) - 1 <= index <= max(have) + 1


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH; redirects are followed by hand."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or not _near(target):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, headers = _get(server, target)
        seen[target] = status
        assert len(seen) < 700, "the walk should stay small"
        if status in (301, 302):
            queue.append(_local(server, urljoin(server.url(target), headers["Location"])))
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        queue.extend(t for t in _links(server, target, body) if t not in seen)
    return seen


# --------------------------------------------------------------------------- the gold


def test_contract_shape() -> None:
    assert portal.NAME == "expressionengine_pgd" and portal.PLATFORM == "expressionengine"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    newest = max(g["published_at"][:10] for g in portal.GOLD)
    assert newest.startswith("2026-11") and newest < "2026-11-25"


@pytest.mark.parametrize("gold", portal.GOLD, **_IDS)
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    assert gold["alt_paths"] == [f"/index.php{gold['path']}", f"{gold['path']}?print=1"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/uploads/")
        assert image["caption"] is None or image["caption"] not in gold["body"]
        assert image["caption"] is None or not image["caption"].startswith(("(", "Ảnh:"))
    for name in gold["authors"] + gold["photographers"]:
        assert name not in gold["body"].split("\n\n")[-1][-60:], name
    for word in ("Người viết", "Tin và ảnh", "Nguồn:", "Lượt xem", "Tệp đính kèm", "viết:"):
        assert word not in gold["body"]


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(page: str) -> str:
    m = re.search(
        r'<span class="em-ngay">Thứ [^,]+, (\d\d)/(\d\d)/(\d{4})</span> \| <span class="em-gio">(\d\d:\d\d)</span>',
        page,
    ) or re.search(
        r'<span class="em-ngay">Chủ Nhật, (\d\d)/(\d\d)/(\d{4})</span> \| <span class="em-gio">(\d\d:\d\d)</span>',
        page,
    )
    day = f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    return day if m.group(4) == "00:00" else f"{day}T{m.group(4)}:00+07:00"


@pytest.mark.parametrize("gold", portal.GOLD, **_IDS)
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    headline = re.search(r'<h1 class="entry-headline">(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _article(page)
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", _entry_body(page))]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    lead = re.search(r'<div class="entry-lead">(.*?)</div>', region)
    if lead:
        assert _nfc(lead.group(1)) == gold["summary"]
    elif gold["summary"]:  # a wholly bold first paragraph of the body
        first = re.search(r"<p[^>]*>(.*?)</p>", _entry_body(page)).group(1)
        assert first.startswith("<strong>") and _reader(first) == gold["summary"]
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', _entry_body(page))
    assert srcs == [i["path"] for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    crumbs = re.search(r'<ul class="crumbs">(.*?)</ul>', region).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    assert _printed_date(region) == gold["published_at"]
    assert portal.TODAY in page and portal.COUNTER in _nfc(page)
    assert "Tin cùng chuyên mục" in page and "Ý kiến bạn đọc" in page
    assert 'rel="canonical"' not in page


def test_alternative_addresses_serve_the_same_entry(server: PortalServer) -> None:
    for gold in portal.GOLD:
        clean = _get(server, gold["path"])[1]
        index_php, printed = (_get(server, a)[1] for a in gold["alt_paths"])
        for part in (_entry_body, _head_of_entry):
            assert part(index_php) == part(clean)
        assert f'content="{server.base_url}/index.php{gold["path"]}"' in index_php  # og:url
        assert 'content="noindex, nofollow"' in printed and "window.print()" in printed
        assert _entry_body(printed) == _entry_body(clean)
        assert _reader(printed).count(gold["title"]) >= 1


# --------------------------------------------------------------------------- reachability


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    gold_paths = {g["path"] for g in portal.GOLD}
    assert gold_paths <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200, 302)] == []
    assert any(s == 0 and _ARCHIVE.match(t) for t, s in walk.items()), "the months went on"
    # both address forms are linked: the hand-typed menu, ticker and pasted links use /index.php/
    assert any(t.startswith("/index.php/tin-tuc/chi-tiet/") for t in walk)
    assert any(t.startswith("/tim-kiem/ket-qua/") for t in walk)


def test_feed_lists_the_ten_newest(server: PortalServer) -> None:
    status, feed, headers = _get(server, "/rss/tin-tuc")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    links = [_local(server, u) for u in re.findall(r"<link>(http[^<]+)</link>", feed)][1:]
    assert links == [g["path"] for g in portal.GOLD[:10]]


# --------------------------------------------------------------------------- listings and traps


def test_offset_pagination(server: PortalServer) -> None:
    base = "/tin-tuc/danh-muc/hoat-dong-chuyen-mon"
    first = _get(server, base)[1]
    assert "Trang 1/3" in first and "‹ Đầu" not in first and f'href="{base}/P12">Cuối ›' in first
    assert f'href="{base}/P6">2</a>' in first
    middle = _get(server, f"{base}/P6")[1]
    assert "Trang 2/3" in middle and f'href="{base}">‹ Đầu' in middle and "&lt;</a>" in middle
    last = _get(server, f"{base}/P12")[1]
    assert "Trang 3/3" in last and "Cuối ›" not in last
    assert last.count('class="tin-item') == 2
    # the category lists document entries of the shared category group too
    listed = "".join(_get(server, p)[1] for p in (base, f"{base}/P6", f"{base}/P12"))
    docs = [d for d in portal.DOCS if d.cat == "hoat-dong-chuyen-mon"]
    assert all(f'href="{d.path}"' in listed for d in docs) and len(docs) == 8
    assert _main_col(_get(server, "/index.php" + base)[1]) == _main_col(first)
    status, beyond, _ = _get(server, f"{base}/P600")
    assert status == 200 and "Chưa có bài viết nào." in beyond
    assert "Trang 1/3" in _get(server, "/tin-tuc")[1]


def test_archive_months_never_end(server: PortalServer) -> None:
    target = "/tin-tuc/2026/11"
    seen = set()
    for _ in range(30):
        status, page, _ = _get(server, target)
        assert status == 200
        nxt = re.search(r'<a class="thang-sau" href="([^"]+)">', page).group(1)
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == "/tin-tuc/2029/05"
    assert "Chưa có bài viết nào." in _get(server, target)[1]
    assert 'class="thang-truoc" href="/tin-tuc/1899/12"' in _get(server, "/tin-tuc/1900/01")[1]
    paged = _get(server, "/tin-tuc/2026/11/P6")[1]
    assert "Trang 2/2" in paged and paged.count('class="tin-item') == 2


def test_action_urls(server: PortalServer) -> None:
    gold = portal.GOLD[1]
    page = _get(server, gold["path"])[1]
    tag = html.unescape(re.search(r'Từ khóa: <a href="([^"]+)"', page).group(1))
    status, _, headers = _get(server, tag)
    assert status == 302 and re.fullmatch(r"/tim-kiem/ket-qua/[0-9a-f]{32}", headers["Location"])
    status, results, _ = _get(server, headers["Location"])
    assert status == 200 and f'href="{gold["path"]}"' in results
    status, expired, _ = _get(server, "/tim-kiem/ket-qua/" + "0" * 32)
    assert status == 200 and "hết hạn" in expired
    assert "phiếu" in _get(server, f"/index.php?ACT={portal.ACT_POLL_RESULTS}&poll_id=4")[1]
    status, error, _ = _get(server, "/index.php?ACT=77")
    assert status == 200 and "không hợp lệ" in error
    data = urllib.parse.urlencode({"ACT": portal.ACT_SEARCH, "keywords": "tiểu học"}).encode()
    req = urllib.request.Request(server.url("/"), data=data, method="POST")
    try:
        from ._selfcheck import NO_REDIRECTS

        NO_REDIRECTS.open(req, timeout=10)
        raise AssertionError("a search POST redirects")
    except urllib.error.HTTPError as err:
        assert err.code == 302 and err.headers["Location"].startswith("/tim-kiem/ket-qua/")


def test_soft_404_and_real_404(server: PortalServer) -> None:
    status, page, _ = _get(server, portal.SOFT_404)
    assert status == 200 and "Bài viết không tồn tại hoặc đã bị gỡ bỏ." in page
    assert 'class="entry-headline"' not in page
    linked = [g for g in portal.GOLD if portal.SOFT_404 in _get(server, g["path"])[1]]
    assert len(linked) == 1
    assert _get(server, "/tin-tuc/khong-co-trang-nay")[0] == 404
    assert _get(server, "/van-ban/chi-tiet/khong-co")[0] == 404
    assert _get(server, "/tin-tuc/2026")[0] == 404


def test_documents_albums_and_pages_have_no_entry_body(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        page = _get(server, target)[1]
        assert '<div class="entry-body">' not in page and 'class="entry-headline"' not in page
    for doc in portal.DOCS:
        page = _get(server, doc.path)[1]
        assert doc.number in page and f'href="{doc.file}"' in page and "pdfjs" in page
    for album in portal.ALBUMS:
        page = _get(server, album.path)[1]
        assert all(src in page for src, _ in album.photos)


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"]) for g in portal.GOLD}
    assert all(h["Content-Type"] == "text/html; charset=utf-8" for _, _, h in pages.values())
    assert all('<meta charset="utf-8" />' in body for _, body, _ in pages.values())
    nfd = [p for p, (_, body, _) in pages.items() if not unicodedata.is_normalized("NFC", body)]
    assert nfd == [portal.article_path(s) for s in portal.STORIES if s.opts.get("nfd")]
    named = [
        p
        for p, (_, body, _) in pages.items()
        if re.search(r"&(?!amp;|quot;|lt;|gt;|nbsp;)[a-z]+;", _entry_body(body))
    ]
    assert named == [portal.article_path(s) for s in portal.STORIES if s.opts.get("entities")]
    assert len(nfd) == 1 and len(named) == 1


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[2]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
