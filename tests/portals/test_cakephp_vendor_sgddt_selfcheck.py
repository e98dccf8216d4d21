"""Self-check of the cakephp_vendor_sgddt fixture portal against itself (never the crawler).

Every gold target and alt path answers 200 with its title, the gold text is printed on the page,
a link walk from the start page reaches every article and non-article within the request budget,
and the documented traps behave as the module's docstring says.
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
from tests.portals import cakephp_vendor_sgddt as portal
from tests.portals._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'href="([^"]*)"')
_INLINE = re.compile(r"</?(?:a|sup|span|strong|em|b|i|u|font|o:p)\b[^>]*>", re.I)
_STATIC = re.compile(r"\.(?:jpe?g|png|gif|ico|css|js|pdf)$", re.I)


def reader_text(markup: str) -> str:
    """Comments and scripts dropped, inline tags removed without a space, other tags as spaces."""
    markup = re.sub(r"<!--.*?-->", "", markup, flags=re.S)
    markup = re.sub(r"<script\b.*?</script>", " ", markup, flags=re.S | re.I)
    markup = _INLINE.sub("", markup)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(
        unicodedata.normalize("NFC", html.unescape(markup)).replace("\xa0", " ").split()
    )


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_contract() -> None:
    assert portal.NAME == "cakephp_vendor_sgddt"
    assert portal.START_PATH == "/"
    assert portal.PLATFORM
    paths = [g["path"] for g in portal.GOLD]
    assert len(paths) == 13 and len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert not set(paths) & set(alts)
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


def test_gold_is_well_formed() -> None:
    keys = {"path", "canonical_path", "title", "published_at", "authors", "photographers",
            "source", "summary", "body", "images", "category"}  # fmt: skip
    for g in portal.GOLD:
        assert keys <= set(g), g["path"]
        for key in ("title", "body", "category"):
            assert g[key] and g[key].strip() == g[key]
            assert unicodedata.is_normalized("NFC", g[key])
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        paragraphs = g["body"].split("\n\n")
        assert all(p and p == " ".join(p.split()) for p in paragraphs), g["path"]
        if g["summary"] is not None:
            assert g["summary"] == paragraphs[0]
        for img in g["images"]:
            assert img["path"].startswith("/uploads/images/")
            assert img["caption"] is None or unicodedata.is_normalized("NFC", img["caption"])
        assert g["category"] in {name for name, _ in portal.CATS.values()}


def test_gold_paths_and_alt_paths_answer_with_title(server: PortalServer) -> None:
    for g in portal.GOLD:
        for target in [g["path"], *g["alt_paths"]]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert "text/html" in headers["Content-Type"]
            assert g["title"] in reader_text(body), target


def test_gold_fields_are_printed(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        page = reader_text(body)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in page, (g["path"], cell)
        for name in g["authors"] + g["photographers"]:
            assert name in page, (g["path"], name)
        if g["source"]:
            assert g["source"] in page
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in page, img["caption"]
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        if g["path"].startswith("/articles/view/2860/"):
            assert f"ngày {int(d)} tháng {int(m)} năm {y}" in page
        else:
            assert f"Ngày đăng: {d}/{m}/{y}" in page
            if "T" in g["published_at"]:
                assert f"Ngày đăng: {d}/{m}/{y} - {g['published_at'][11:16]}" in page
            else:
                assert f"Ngày đăng: {d}/{m}/{y} - 00:00" in page
        assert f"Trang chủ » Tin tức » {g['category']}" in page or (
            f"Trang chủ » {g['category']}" in page
        )
        assert f'content="{server.base_url}{g["canonical_path"]}"' in body


def _links(base: str, body: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        href = html.unescape(raw).strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        parts = urlsplit(urljoin(base, href))
        if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if _STATIC.search(parts.path):
            continue
        out.append(target)
    return out


def test_everything_reachable_within_budget(server: PortalServer) -> None:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        for link in _links(server.url(target), body):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    gold_paths = {g["path"] for g in portal.GOLD}
    assert gold_paths <= seen, gold_paths - seen
    assert set(portal.NON_ARTICLES) <= seen
    # a walk that follows every printed link stays within 3 × (13 + non-articles)
    assert fetched <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), fetched


def test_page_two_only_articles(server: PortalServer) -> None:
    """2826 and 2805 are linked only from page:2 of "Tin tức - Sự kiện" (in any sort order)."""
    hidden = {portal.art_path(portal.BY_ID[i]) for i in (2826, 2805)}
    # 2826's own page links 2868 ("Xem thêm"), never the reverse
    pages = ["/", *[g["path"] for g in portal.GOLD if g["path"] not in hidden]]
    pages += [f"/categories/view/{c}" for c in (3, 4, 5, 6, 7)]
    pages += ["/categories/view/3/sort:hits/direction:desc", *portal.NON_ARTICLES]
    for target in pages:
        _, body, _ = fetch(server, target)
        for path in hidden:
            assert f'href="{path}"' not in body, (target, path)
    for target in (
        "/categories/view/3/page:2",
        "/categories/view/3/page:2/sort:hits/direction:desc",
    ):
        status, body, _ = fetch(server, target)
        assert status == 200
        for path in hidden:
            assert f'href="{path}"' in body


def test_non_articles_answer(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "khung_ct" not in body or "khung_vb" in body
        assert "Ngày đăng:" not in body


def test_unknown_paths_404(server: PortalServer) -> None:
    for target in (
        "/khong-co-trang-nay",
        "/articles/view/99999/abc",
        "/articles/print/2790",
        "/categories/view/3/page:3",
        "/categories/view/4/page:2",
        "/categories/view/3/sort:title/direction:asc",
        "/categories/view/99",
        "/documents/view/999/x",
        "/albums/view/1/x",
        "/pages/view/9/x",
        "/files/vanban/2026/11/khong-co.pdf",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_traps(server: PortalServer) -> None:
    # withdrawn article: 200 with chrome, no article box
    status, body, _ = fetch(server, "/articles/view/2790/Cong_bo_diem_chuan")
    assert status == 200 and "đã bị gỡ bỏ" in body and "khung_ct" not in body
    # named parameters in any order serve the same listing
    _, a, _ = fetch(server, "/categories/view/3/page:2/sort:hits/direction:desc")
    _, b, _ = fetch(server, "/categories/view/3/direction:desc/sort:hits/page:2")
    assert reader_text(a) == reader_text(b)
    # relative dates in listings, two-digit year past a month
    _, listing, _ = fetch(server, "/categories/view/3/page:2")
    assert "vào ngày 15/10/26" in listing and "4 tuần, 1 ngày trước" in listing
    # debug leftovers
    _, notice, _ = fetch(server, portal.art_path(portal.BY_ID[2860]))
    assert 'class="cake-error"' in notice and "Undefined index: tacgia" in notice
    assert 'class="cake-sql-log"' in notice
    assert "Ngày đăng: 01/12/2026 - 08:12" in notice
    # the document with the notice's subject is no article
    status, doc, _ = fetch(server, portal.doc_path(231))
    assert status == 200 and portal.BY_ID[2860].title in doc and "Ngày đăng" not in doc
    # the header date is today, printed on every page
    assert portal.HEADER_DAY in notice
    # text encodings
    _, nfd, _ = fetch(server, portal.art_path(portal.BY_ID[2857]))
    assert unicodedata.normalize("NFD", "mô hình") in nfd
    _, ent, _ = fetch(server, portal.art_path(portal.BY_ID[2851]))
    assert "&#" in ent.split('id="nd_2851"')[1][:600]
    # the home carousel links slugless article URLs, the cached sidebar Inflector slugs
    _, home, _ = fetch(server, "/")
    assert 'href="/articles/view/2871"' in home
    assert 'href="/articles/view/2860/Thong_bao_ve_viec_to_chuc' in home
    # the poll posts back home
    status, _, headers = fetch(server, "/polls/vote")
    assert status == 302 and headers["Location"] == "/"
