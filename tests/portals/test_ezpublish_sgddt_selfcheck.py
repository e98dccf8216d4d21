"""Self-checks of the ezpublish_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import ezpublish_sgddt as portal
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
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
HREF = re.compile(r'<a\b[^>]*\bhref="([^"]+)"', re.I)
TRAPS = ("/layout/set/", "/content/tipafriend/", "/user/", "/content/search", "/content/download/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", value.replace("\xa0", " ")).strip())


def page_text(body: str) -> str:
    return nfc(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def local_links(base: str, target: str, body: str) -> list[str]:
    out = []
    for href in HREF.findall(body):
        url = urljoin(base + target, _html.unescape(href))
        parts = urlsplit(url)
        if not url.startswith(base) or parts.path.endswith(
            (".jpg", ".png", ".pdf", ".doc", ".xls")
        ):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def h1(body: str) -> str:
    return page_text(re.search(r"<h1>(.*?)</h1>", body, re.S).group(1))


def test_gold_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = set()
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["path"] not in paths
        paths.add(g["path"])
        assert g["published_at"] is None or DATE.match(g["published_at"]), g["published_at"]
        for key in ("title", "body", "summary", "source", "category"):
            if g[key] is not None:
                assert g[key] == unicodedata.normalize("NFC", g[key]), (g["path"], key)
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for name in g["authors"] + g["photographers"]:
            assert name not in ("bientap", "Administrator User", "BBT")
        for img in g["images"]:
            assert set(img) == {"path", "caption"}


def test_gold_matches_printed_dates_and_paths():
    for story, g in zip(portal.STORIES, portal.GOLD, strict=True):
        y, mo, d, hh, mm = portal.node_date(story)
        if story.id == 1315:  # the pasted dispatch: its letterhead's day (see the module's docstring)
            assert g["published_at"] == "2026-09-10"
        else:
            assert g["published_at"] == f"{y:04d}-{mo:02d}-{d:02d}T{hh:02d}:{mm:02d}:00+07:00"
        assert g["path"].rsplit("/", 1)[0] == portal.FOLDER_OF_CAT[g["category"]]
        assert re.fullmatch(r"[/A-Za-z0-9-]+", g["path"]), "aliases are ASCII"


def test_gold_and_alt_paths_answer(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert h1(body) == g["title"], target
            assert (
                f'<span class="path-text">{_html.escape(g["title"])}</span>' in body
                or target.startswith("/content/view/full/")
            )
            assert f">{_html.escape(g['category'])}</a>" in body


def test_body_and_images_printed(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in text, (g["path"], piece)
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert f"<p>{_html.escape(img['caption'])}</p>" in body


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert 'class="class-article"' not in body.split('id="main"')[1].split('id="extrainfo')[0]
        assert 'class="date"' not in body.split('id="main"')[1].split('id="extrainfo')[0]


def test_breadth_first_walk_reaches_gold(server):
    gold = {g["path"] for g in portal.GOLD}
    alts = {a: g["path"] for g in portal.GOLD for a in g.get("alt_paths", [])}
    seen, queue, found = {"/"}, deque(["/"]), set()
    while queue and len(seen) < 400:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.base_url + target, headers["Location"])).path
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        if target in gold:
            found.add(target)
        if target in alts:
            found.add(alts[target])
        for link in local_links(server.base_url, target, body):
            if (
                link not in seen
                and not link.startswith(TRAPS)
                and "(year)" not in link
                and "(month)" not in link
            ):
                seen.add(link)
                queue.append(link)
    assert found == gold
    for path in ("/Gioi-thieu/Co-cau-to-chuc", portal.DOC_ALIAS, "/Lien-he", "/Thu-vien-anh"):
        assert path in seen


def test_some_gold_only_on_later_pages(server):
    _, front, _ = fetch(server, "/")
    _, first, _ = fetch(server, "/Tin-tuc/Hoat-dong-nganh")
    _, second, _ = fetch(server, "/Tin-tuc/Hoat-dong-nganh/(offset)/10")
    _, third, _ = fetch(server, "/Tin-tuc/Hoat-dong-nganh/(offset)/20")
    for slug in ("Doan-cong-tac-Bo-GD-DT", "Hoi-thi-giao-vien-day-gioi"):
        assert slug not in front and slug not in first and slug in second
    assert "Tuyen-duong-hoc-sinh-gioi" in third and "Tuyen-duong-hoc-sinh-gioi" not in second
    assert '<span class="current">3</span>' in third


def test_view_parameter_twins(server):
    _, plain, _ = fetch(server, "/Tin-tuc/(offset)/10")
    _, sorted_, _ = fetch(server, "/Tin-tuc/(sort)/published/(offset)/10")
    rows = re.compile(r'<h2><a href="([^"]+)"')
    assert rows.findall(plain) == rows.findall(sorted_)
    assert 'href="/Tin-tuc/(sort)/published/(offset)/10"' in plain
    _, by_month, _ = fetch(server, "/Tin-tuc/(month)/9/(year)/2026")
    assert "Khai-giang" in by_month and "Hoi-nghi-tong-ket" not in by_month
    status, endless, _ = fetch(server, "/Tin-tuc/(year)/2026/(foo)/bar/(sort)/name/(offset)/10")
    assert status == 200 and 'class="pagenavigator"' in endless
    status, empty, _ = fetch(server, "/Thong-bao/(year)/2024")
    assert status == 200 and "Không có tin nào." in empty


def test_duplicate_aliases_redirect(server):
    for g in portal.GOLD:
        status, _, headers = fetch(server, g["path"] + "-1")
        if "Hoi-nghi-tong-ket" in g["path"] or "Tuyen-duong" in g["path"]:
            assert status == 301 and headers["Location"] == g["path"]
        else:
            assert status == 404


def test_print_tipafriend_search_rss_login(server):
    g = portal.GOLD[0]
    node = g["alt_paths"][0].rsplit("/", 1)[1]
    status, printed, _ = fetch(server, "/layout/set/print" + g["path"])
    assert status == 200 and h1(printed) == g["title"]
    assert 'id="path"' not in printed and "window.print()" in printed
    status, tip, _ = fetch(server, f"/content/tipafriend/{node}")
    assert status == 200 and 'name="ReceiversEmail"' in tip
    status, found, _ = fetch(server, "/content/search?SearchText=n%C4%83m%20h%E1%BB%8Dc")
    assert status == 200 and 'href="/content/view/full/' in found
    status, rss, headers = fetch(server, "/rss/feed/tin-tuc")
    assert status == 200 and "rss" in headers["Content-Type"] and "<item>" in rss
    status, login, _ = fetch(server, "/user/login")
    assert status == 200 and 'name="Password"' in login


def test_article_page_boilerplate(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    for piece in (
        f"Hôm nay: {portal.TODAY}",
        "Bình luận đã bị tắt",
        "Tin liên quan",
        "Đang online: 27",
        "Lịch công tác",
        "Văn bản mới",
        "08 Nguyễn Tất Thành",
        'class="attribute-tipafriend"',
    ):
        assert piece in body
    # the related box's lines and the body's embedded images share content-view-embed
    assert body.count('class="content-view-embed"') == 3
    _, dispatch, _ = fetch(
        server,
        "/Tin-tuc/Chuyen-mon-Nghiep-vu/Huong-dan-thuc-hien-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027",
    )
    assert 'href="/content/download/5678/34567/file/CV-2145-SGDDT-GDTrH.pdf"' in dispatch


def test_decomposed_and_entity_text(server):
    _, body, _ = fetch(server, "/Thong-bao/Thong-bao-ve-viec-nghi-Le-Quoc-khanh-02-9-2026")
    assert unicodedata.normalize("NFD", "Thực hiện thông báo") in body
    _, body, _ = fetch(server, "/Thong-bao/Thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026")
    assert re.search(r"&[a-z]+;|&#\d+;", body.split("attribute-long")[1])
