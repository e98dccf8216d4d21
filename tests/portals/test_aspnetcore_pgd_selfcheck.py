"""Self-checks of the ASP.NET Core PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnetcore_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

KEYS = {
    "path",
    "canonical_path",
    "title",
    "published_at",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".docx")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, start: str, limit: int = 300) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown(body: str) -> str:
    """The page's text as a reader sees it: tags out, entities decoded, whitespace collapsed."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def content(body: str) -> str:
    return body.split('<div class="news-content">', 1)[1].split('<div class="news-tools">', 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d\d-\d\d(T\d\d:\d\d:00\+07:00)?", g["published_at"])
        for value in (
            g["title"],
            g["body"],
            g["summary"] or "",
            g["source"] or "",
            *g["authors"],
            *g["photographers"],
        ):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "truongmnhoasen") and "ThS." not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="news-title">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    text = shown(content(body))
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            assert all(cell in text for cell in para.split(" | ")), para
        else:
            assert para in shown(body), para
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert _html.escape(img["caption"]) in body
    y, m, d = gold["published_at"][:10].split("-")
    assert f"{d}/{m}/{y}" in body
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in body
    crumbs = re.findall(
        r'<li class="breadcrumb-item"><a href="/chuyen-muc/[^"]+">([^<]+)</a>', body
    )
    assert _html.unescape(crumbs[-1]) == gold["category"]
    assert "Chi tiết tin" in body and portal.TODAY in body
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in body
    # the default-route duplicate serves the same article with the same canonical
    status, alt, _ = fetch(server, gold["alt_paths"][0])
    assert status == 200 and alt == body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="news-title"' not in body, path


def test_walk_from_start_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_some_articles_only_on_page_two(server):
    pages1 = "".join(
        fetch(server, t)[1]
        for t in [
            "/",
            "/chuyen-muc/tin-tuc",
            "/chuyen-muc/thong-bao",
            "/chuyen-muc/hoat-dong-chuyen-mon",
            "/chuyen-muc/cac-truong-hoc",
            *[g["path"] for g in portal.GOLD[:6]],
        ]
    )
    for sid in (1034, 1028, 1031):
        target = portal.url(portal.BY_ID[sid])
        assert target not in pages1, target
    _, p2, _ = fetch(server, "/chuyen-muc/tin-tuc?trang=2")
    assert portal.url(portal.BY_ID[1034]) in p2 and portal.url(portal.BY_ID[1028]) in p2
    _, tb2, _ = fetch(server, "/chuyen-muc/thong-bao?trang=2")
    assert portal.url(portal.BY_ID[1031]) in tb2
    assert fetch(server, "/chuyen-muc/tin-tuc?trang=3")[0] == 404


def test_load_more_api_returns_fragments(server):
    _, p1, _ = fetch(server, "/chuyen-muc/tin-tuc")
    assert 'data-url="/api/news?cat=1&amp;page=2">Tải thêm</button>' in p1
    assert p1.count('class="news-item') == 7
    status, frag, _ = fetch(server, "/api/news?cat=1&page=2")
    assert status == 200 and "<html" not in frag and 'id="hasMore" value="false"' in frag
    assert portal.url(portal.BY_ID[1028]) in frag
    assert fetch(server, "/api/news?cat=x&page=1")[0] == 400


def test_date_forms_and_kicker(server):
    _, body, _ = fetch(server, portal.url(portal.BY_ID[1055]))
    assert body.index("Cập nhật: 02/12/2026 07:55") < body.index("Ngày đăng: 01/12/2026 09:20")
    assert '<p class="news-kicker text-danger fw-bold">NĂM HỌC 2026-2027</p>' in body
    _, body, _ = fetch(server, portal.url(portal.BY_ID[1061]))
    assert "16:45 | 04/12/2026" in body
    _, body, _ = fetch(server, portal.url(portal.BY_ID[1058]))
    assert '<div class="date-post">Thứ Năm, 03/12/2026</div>' in body


def test_byline_and_caption_traps(server):
    _, body, _ = fetch(server, portal.url(portal.BY_ID[1043]))
    assert (
        "Tác giả: truongmnhoasen" in body and "Nguyễn Thị Bích Tuyền<br>(Trường MN Hoa Sen)" in body
    )
    assert "bảng<br>" not in body and "rổ.<br>" in body
    _, body, _ = fetch(server, portal.url(portal.BY_ID[1055]))
    assert body.count('class="image_caption"') == 2 and '<div class="news-sapo">' in body
    _, body, _ = fetch(server, portal.url(portal.BY_ID[1046]))
    assert 'class="box-tinlienquan"' in content(body)
    assert "Ảnh: CLB Nhiếp ảnh Vị Thanh" in body
    _, body, _ = fetch(server, portal.url(portal.BY_ID[1052]))
    assert "ThS. Trương Văn Khải - Chuyên viên" in body


def test_wrong_slug_redirects(server):
    story = portal.BY_ID[1049]
    status, _, headers = fetch(server, f"/tin-tuc/bai-viet-cu-{story.id}")
    assert status == 301 and headers["Location"] == portal.url(story)
    assert fetch(server, "/tin-tuc/khong-co-9999")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co")[0] == 404
