"""Self-check of the SharePoint Online modern (Sở GD&ĐT Hà Tĩnh) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every GOLD target, alternative and NON_ARTICLE
answers 200, that the gold is well formed and printed on its page (after entities and NFC), that
a walk of links from START_PATH reaches every article and ends, and that the traps behave as the
module docstring says: ``?Mode=Edit`` and the unpublished draft answer a sign-in page, the news
roll-up pages past its end answer an empty 200, ``?web=1`` opens a viewer page, ``Mobile=1`` and
``?source=`` serve the same article, one article is typed in decomposed Unicode.
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

from . import sharepoint_modern_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_FILES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx)$", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).split())


def _canvas(page: str) -> str:
    """The article's text region: the canvas up to the quick links / related news section."""
    body = page.split('data-automation-id="CanvasComponent">', 1)[1]
    for end in ('<div data-sp-feature-tag="QuickLinksWebPart"', '<p class="mobileBack">'):
        body = body.split(end, 1)[0]
    return body


def _story(gold: dict):
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


def _ids(gold: dict) -> str:
    return gold["path"].rsplit("/", 1)[-1][:24]


def test_contract_shape() -> None:
    assert portal.NAME == "sharepoint_modern_sgddt" and portal.START_PATH.endswith(
        "/SitePages/Home.aspx"
    )
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(
        portal.NON_ARTICLES
    )
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {t.printed for t in portal.TOPICS.values()}
    assert any(p.endswith("-2.aspx") for p in paths) and any("%C3%B4" in p for p in paths)


@pytest.mark.parametrize("gold", portal.GOLD, ids=_ids)
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) and "<" not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"}
        assert img["caption"] is None or (
            img["caption"] not in paragraphs and not img["caption"].startswith("(")
        )
    for name in gold["authors"] + gold["photographers"]:
        assert (
            not name.startswith(("ThS.", "TS.")) and " - " not in name and name != "Quản trị viên"
        )


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


def _printed_date(gold: dict) -> str:
    stamp = gold["published_at"]
    y, m, d = int(stamp[:4]), int(stamp[5:7]), int(stamp[8:10])
    words = f"{d} tháng {m}, {y}"
    if "T" in stamp:
        return f'title="Thứ Ba, {words} {stamp[11:16]}">Đã xuất bản hôm qua</span>'
    return f'<span class="fui-Text">Đã xuất bản {words}</span>'


@pytest.mark.parametrize("gold", portal.GOLD, ids=_ids)
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    title = re.search(
        r'<h1 data-automation-id="pageTitle" class="ms-font-xxl [^"]+"[^>]*>(.*?)</h1>', page
    ).group(1)
    assert _nfc(title) == gold["title"]
    topic = re.search(
        r'data-automation-id="topicHeader"><span class="fui-Text">([^<]+)</span>', page
    ).group(1)
    assert _nfc(topic) == gold["category"]
    assert _printed_date(gold) in page
    canvas = _canvas(page)
    text = _reader(canvas)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in text, paragraph[:60]
    persona = re.search(
        r'data-automation-id="pageHeaderPersonaBlock"(.*?)data-automation-id="pageHeaderPublishDate"',
        page,
    ).group(1)
    personas = [_nfc(n) for n in re.findall(r'ms-Persona-primaryText[^"]*">([^<]+)<', persona)]
    assert personas == _story(gold).opts["persona"]
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in text or any(name in p for p in personas), name
    srcs = re.findall(r'<img class="ms-Image-image is-loaded[^"]*" src="([^"]+)"', canvas)
    assert srcs == [i["path"] for i in gold["images"]]
    printed = [
        _reader(m.group(1)) if m.group(1) else None
        for m in re.finditer(
            r'data-sp-feature-tag="ImageWebPart".*?</div></div>(?:<div class="captionElement"[^>]*>(.*?)</div>)?</div></div>',
            canvas,
        )
    ]
    assert [(p or "").strip("()") or None for p in printed] == [
        i["caption"] for i in gold["images"]
    ]
    if gold["summary"]:
        assert f"<p><strong>{gold['summary']}</strong></p>" in _nfc(canvas)
        assert "CanvasZone--emphasis-neutral" in canvas
    else:
        assert "CanvasZone--emphasis-neutral" not in canvas
    reader = _reader(page)
    assert (
        portal.TODAY in reader
        and "Lượt xem" in reader
        and "Bình luận" in reader
        and "Tin liên quan" in reader
    )
    assert portal.ADDRESS in reader and portal.HOTLINE in reader and "Lượt truy cập" in reader


@pytest.mark.parametrize("gold", portal.GOLD[:4], ids=_ids)
def test_alternatives_serve_the_same_article(server: PortalServer, gold: dict) -> None:
    _, page, _ = fetch(server, gold["path"])
    want = _reader(_canvas(page))
    for alt in gold["alt_paths"]:
        status, other, _ = fetch(server, alt)
        assert status == 200 and _reader(_canvas(other)) == want
        assert 'rel="canonical"' not in other
    _, mobile, _ = fetch(server, gold["alt_paths"][0])
    assert 'data-mobile="1"' in mobile and "Xem ở chế độ máy tính" in mobile
    region = mobile.split('data-automationid="SiteHeader"', 1)[1].split(
        'data-automation-id="SiteFooter"', 1
    )[0]
    links = [
        html.unescape(h)
        for _, h in _HREF.findall(region)
        if h.startswith("/sites/sgddt/SitePages/")
    ]
    assert links and all("Mobile=1" in h for h in links)


def _walk(server: PortalServer) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue and len(seen) < 3000:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for _, href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("#", "mailto:", "javascript:")):
                continue
            parts = urlsplit(urljoin(server.url(target), href))
            if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}" or (
                _FILES.search(parts.path) and "web=1" not in parts.query
            ):
                continue
            link = parts.path + (f"?{parts.query}" if parts.query else "")
            if link not in seen:
                queue.append(link)
    return seen


@pytest.fixture(scope="module")
def walked(server: PortalServer) -> dict[str, int]:
    return _walk(server)


def test_walk_reaches_every_article_and_ends(walked: dict[str, int]) -> None:
    assert len(walked) < 3000
    assert {g["path"] for g in portal.GOLD} <= set(walked)
    assert set(portal.NON_ARTICLES) <= set(walked)
    hero = [t for t in walked if "?source=" in t]
    assert hero and all(t.split("?")[0] in {g["path"] for g in portal.GOLD} for t in hero)
    assert any(t.endswith("?Mode=Edit") for t in walked)
    assert any("Mobile=1" in t and "/SitePages/" in t for t in walked)
    assert not any(t.count("Mobile=1") > 1 for t in walked)
    assert f"{portal.PAGES}/{portal.OLD_PAGE}" in walked
    assert all(s in (200, 302) for s in walked.values())


def test_rollup_pages_and_empty_page_past_the_end(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    listed: list[str] = []
    page = 1
    while True:
        status, body, _ = fetch(
            server, f"{portal.ROLLUP}?newsSource=1" + (f"&page={page}" if page > 1 else "")
        )
        assert status == 200
        found = re.findall(r'<a href="([^"]+)" class="s_n_', body)
        if not found:
            assert "Không còn tin tức nào để hiển thị." in body and "Xem thêm" not in body
            break
        listed += found
        assert ("Xem thêm" in body) == (len(found) == portal.PER_PAGE)
        page += 1
    assert page == 5 and set(listed) == articles and len(listed) == len(articles)
    # the HOẠT ĐỘNG CHUYÊN MÔN roll-up: reached from its topic page's "Xem tất cả", three pages
    _, topic, _ = fetch(server, f"{portal.PAGES}/Hoat-Dong-Chuyen-Mon.aspx")
    more = html.unescape(
        re.search(r'<a class="seeAll" href="([^"]+)">Xem tất cả</a>', topic).group(1)
    )
    assert "webPartId=8c88f208-6c77-4bdb-86a0-0c47b4316588" in more and "instanceId=" in more
    counts = []
    for n in (1, 2, 3):
        _, body, _ = fetch(server, more + (f"&page={n}" if n > 1 else ""))
        counts.append(len(re.findall(r'class="s_n_', body)))
    assert counts == [3, 3, 1]


def test_sign_in_pages_documents_and_not_found(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    for target in (
        f"{gold['path']}?Mode=Edit",
        f"{portal.PAGES}/{portal.OLD_PAGE}",
        portal._auth(gold["path"]),
    ):
        status, body, _ = fetch(server, target)
        assert status == 200 and "Đăng nhập" in body and gold["body"][:40] not in body
    _, library, _ = fetch(server, f"{portal.DOC_LIB}/Forms/AllItems.aspx")
    files = re.findall(r'<a href="([^"]+\?web=1)"', library)
    assert len(files) == len(portal.DOCS)
    assert "sortField=FileLeafRef&amp;isAscending=true" in library
    status, viewer, headers = fetch(server, files[0])
    assert status == 200 and headers["Content-Type"].startswith("text/html") and "cho web" in viewer
    status, _raw, headers = fetch(server, files[0].split("?")[0])
    assert status == 200 and not headers["Content-Type"].startswith("text/html")
    _, notice, _ = fetch(server, portal.GOLD[2]["path"])
    assert "?csf=1&amp;web=1&amp;e=" in notice
    status, body, _ = fetch(server, f"{portal.PAGES}/Khong-Co-Trang-Nay.aspx")
    assert status == 404 and "KHÔNG TÌM THẤY" in body
    status, _, headers = fetch(server, "/sites/sgddt")
    assert status == 302 and headers["Location"] == portal.START_PATH


def test_encodings_and_machine_dates(server: PortalServer) -> None:
    nfd = next(s for s in portal.STORIES if s.opts.get("nfd"))
    _, page, _ = fetch(server, portal.article_path(nfd))
    first = nfd.paragraphs[0]
    assert unicodedata.normalize("NFD", first) in page and first not in page
    nbsp = next(s for s in portal.STORIES if s.opts.get("nbsp"))
    _, page, _ = fetch(server, portal.article_path(nbsp))
    assert ".&#160; " in page
    early = next(g for g in portal.GOLD if g["path"].endswith("Giao-Vien-THCS.aspx"))
    _, page, _ = fetch(server, early["path"])
    assert (
        '"FirstPublishedDate": "2026-11-22T23:15:00Z"' in page
        and early["published_at"] == "2026-11-23"
    )
    modified = next(s for s in portal.STORIES if s.opts.get("modified"))
    _, page, _ = fetch(server, portal.article_path(modified))
    assert f"Sửa đổi lần cuối {modified.opts['modified']}" in page


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (
        portal.GOLD[1]["path"],
        f"{portal.ROLLUP}?newsSource=1&page=2",
        portal.START_PATH,
    ):
        assert fetch(server, target)[1] == fetch(server, target)[1]
