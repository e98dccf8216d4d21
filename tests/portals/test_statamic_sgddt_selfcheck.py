"""Self-checks of the statamic_sgddt fixture portal against itself (the crawler is not imported)."""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import statamic_sgddt as portal
from tests.portals._common import TODAY
from tests.portals._selfcheck import NO_REDIRECTS, fetch

KEYS = {
    "path",
    "canonical_path",
    "alt_paths",
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
ENTRY_LINK = re.compile(r'href="(/(?:tin-tuc/20\d\d|thong-bao)/[a-z0-9-]+)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def page_text(body: str) -> str:
    """The page as a reader sees its words: tags out, entities decoded, NFC, spaces collapsed."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    return nfc(re.sub(r"\s+", " ", text.replace("\xa0", " ")))


def main_column(body: str) -> str:
    start = body.index('<main id="main"')
    end = body.find('<aside class="space-y-6">', start)
    return body[start : end if end > 0 else None]


def post(server: PortalServer, target: str, data: dict) -> tuple[int, dict]:
    req = urllib.request.Request(
        server.url(target), data=urllib.parse.urlencode(data).encode(), method="POST"
    )
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers)


# --- gold ----------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert sum(p.startswith("/tin-tuc/") for p in paths) == 10
    assert sum(p.startswith("/thong-bao/") for p in paths) == 3
    for g in portal.GOLD:
        assert set(g) == KEYS, g["path"]
        assert g["canonical_path"] == g["path"]
        assert g["alt_paths"] == [g["path"] + "?in=1"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["published_at"]), g["path"]
        for key in ("title", "body", "summary", "source", "category"):
            if g[key] is not None:
                assert g[key] == nfc(g[key]), (g["path"], key)
                assert "  " not in g[key] and "\xa0" not in g[key]
        for name in g["authors"] + g["photographers"]:
            assert name == nfc(name) and name.strip() == name
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/img/asset/") and "&s=" in img["path"]
            assert "w=1200&fit=crop" in img["path"]
    assert 4 <= len(portal.NON_ARTICLES) <= 8


def test_gold_decisions_are_the_documented_ones():
    by = {g["path"].rsplit("/", 1)[-1]: g for g in portal.GOLD}
    assert by["lam-viec-voi-ubnd-xa-bao-lam-ve-cong-tac-pho-cap-giao-duc"]["authors"] == [
        "Đàm Thị Lan"
    ]
    assert by["be-mac-hoi-khoe-phu-dong-tinh-cao-bang-lan-thu-xi"]["authors"] == []
    assert by["coc-pang-giu-lua-hoc-tieng-anh-noi-vung-cao"]["authors"] == [
        "Nông Văn Dũng",
        "Lục Thị Hằng",
    ]
    assert by["ngay-hoi-van-hoa-cac-dan-toc-trong-truong-hoc-nam-2026"]["photographers"] == [
        "Triệu Văn Tâm"
    ]
    notice = by["lich-tiep-cong-dan-thang-12-2026"]
    assert (
        notice["summary"] is None and notice["category"] == "Thông báo" and notice["authors"] == []
    )
    assert (
        by["hoi-thi-giao-vien-day-gioi-cap-tinh-giao-duc-mam-non"]["images"][0]["caption"] is None
    )
    assert by["be-mac-hoi-khoe-phu-dong-tinh-cao-bang-lan-thu-xi"]["path"].startswith(
        "/tin-tuc/2025/"
    )
    for g in portal.GOLD:
        assert "Tải xuống" not in g["body"] and "Người viết" not in g["body"]
        assert "Nguồn:" not in g["body"] and "Ảnh: Triệu" not in g["body"]


# --- entry pages -----------------------------------------------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_entry_pages_print_gold(server, gold):
    for target in [gold["path"], *gold["alt_paths"]]:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert headers["Content-Type"].startswith("text/html")
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1)
        assert nfc(html.unescape(h1)) == gold["title"]
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in body
        assert f'<time datetime="{gold["published_at"]}">' in body
        assert TODAY in body
        text = page_text(body)
        for para in gold["body"].split("\n\n"):
            if " | " in para:  # a table row: each cell is printed in its own cell
                for cell in para.split(" | "):
                    assert cell in text, (target, cell)
            else:
                assert para in text, (target, para[:60])
        srcs = [html.unescape(s) for s in re.findall(r'<figure[^>]*><img src="([^"]+)"', body)]
        assert srcs == [img["path"] for img in gold["images"]]
        caps = re.findall(r"<figure[^>]*><img [^>]+>(?:<figcaption[^>]*>(.*?)</figcaption>)?", body)
        assert [nfc(html.unescape(c)) or None for c in caps] == [
            img["caption"] for img in gold["images"]
        ]
        crumbs = re.findall(r"<li[^>]*>(?:<a [^>]+>)?([^<]+)(?:</a>)?</li>", main_column(body))
        crumbs = [c for c in crumbs if c != "/"]
        assert crumbs[-1] == gold["category"]


def test_print_variant_is_the_same_article(server):
    gold = portal.GOLD[1]
    _, plain, _ = fetch(server, gold["path"])
    _, printed, _ = fetch(server, gold["path"] + "?in=1")
    assert 'href="?in=1"' in plain
    assert "print-2c7d0b5e.css" in printed and 'x-init="window.print()"' in printed
    assert "print-2c7d0b5e.css" not in plain
    grab = re.compile(r"<article.*?</article>", re.S)
    assert grab.search(plain).group(0) == grab.search(printed).group(0)


def test_bylines_and_sources_printed(server):
    _, body, _ = fetch(
        server, "/tin-tuc/2026/lam-viec-voi-ubnd-xa-bao-lam-ve-cong-tac-pho-cap-giao-duc"
    )
    assert "Người viết: ThS. Đàm Thị Lan" in body
    _, body, _ = fetch(server, "/tin-tuc/2025/be-mac-hoi-khoe-phu-dong-tinh-cao-bang-lan-thu-xi")
    assert "Người viết: bientap" in body
    assert "Nguồn: Báo và Phát thanh, Truyền hình Cao Bằng" in body
    _, body, _ = fetch(
        server, "/tin-tuc/2026/ngay-hoi-van-hoa-cac-dan-toc-trong-truong-hoc-nam-2026"
    )
    assert '<p style="text-align: right"><strong>Ảnh: Triệu Văn Tâm</strong></p>' in body
    _, body, _ = fetch(server, "/thong-bao/lich-tiep-cong-dan-thang-12-2026")
    assert "Người viết" not in body and "text-lg font-medium" not in body


def test_decomposed_text_and_escaped_quotes(server):
    _, body, _ = fetch(server, "/tin-tuc/2026/coc-pang-giu-lua-hoc-tieng-anh-noi-vung-cao")
    sapo = unicodedata.normalize("NFD", "Không có phòng học ngoại ngữ")
    assert sapo in body
    assert "&quot;lớp học ghép nối&quot;" in nfc(body)
    assert "Nguồn: Báo Cao Bằng" in body


def test_download_cards_video_and_quotes(server):
    _, body, _ = fetch(server, "/thong-bao/tuyen-dung-vien-chuc-cac-truong-ptdtnt-nam-2026")
    assert body.count("Tải xuống: ") == 2
    status, _pdf, headers = fetch(server, "/assets/van-ban/mau-phieu-dang-ky-du-tuyen.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    _, body, _ = fetch(server, "/tin-tuc/2026/hon-150-nghin-hoc-sinh-cao-bang-buoc-vao-nam-hoc-moi")
    assert "https://www.youtube.com/embed/" in body
    _, body, _ = fetch(
        server, "/tin-tuc/2026/tap-huan-chuyen-doi-so-trong-quan-ly-giao-duc-nam-2026"
    )
    assert "<cite" in body and "Phó Giám đốc Sở Nông Thị Thúy</cite>" in body


# --- images ----------------------------------------------------------------------------------


def test_glide_images_and_signatures(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"] == "image/jpeg", img["path"]
            tampered = img["path"].replace("w=1200", "w=1600")
            assert fetch(server, tampered)[0] == 403
            unsigned = img["path"].split("&s=")[0]
            assert fetch(server, unsigned)[0] == 403
    # thumbnails are other (signed) addresses of the same assets
    _, body, _ = fetch(server, "/tin-tuc")
    thumbs = [html.unescape(s) for s in re.findall(r'src="(/img/asset/[^"]+)"', body)]
    assert thumbs and all("w=400&h=250" in t for t in thumbs)
    assert all(fetch(server, t)[0] == 200 for t in thumbs)


# --- discovery -------------------------------------------------------------------------------


def test_breadth_first_walk_reaches_every_gold_article(server):
    seen = {"/"}
    queue = deque(["/"])
    found = set()
    while queue and len(seen) < 900:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        if target in {g["path"] for g in portal.GOLD}:
            found.add(target)
        for href in re.findall(r'href="([^"#]+)"', body):
            url = urllib.parse.urljoin(server.url(target), html.unescape(href))
            parts = urllib.parse.urlsplit(url)
            if parts.netloc != urllib.parse.urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if parts.path.startswith(("/assets/", "/build/", "/img/", "/!/")):
                continue
            if parts.path.endswith((".ico", ".pdf")):
                continue
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    assert found == {g["path"] for g in portal.GOLD}


def test_listings_and_pagination(server):
    _, body, _ = fetch(server, "/tin-tuc")
    main = main_column(body)
    assert len(set(ENTRY_LINK.findall(main))) == 8
    assert 'href="/tin-tuc?page=2"' in main and "Pagination Navigation" in main
    _, body, _ = fetch(server, "/tin-tuc?page=2")
    main = main_column(body)
    assert len(set(ENTRY_LINK.findall(main))) == 2
    assert 'href="/tin-tuc?page=1"' in main
    _, body, _ = fetch(server, "/thong-bao")
    assert len(set(ENTRY_LINK.findall(main_column(body)))) == 3
    _, body, _ = fetch(server, "/chuyen-muc/hoat-dong-nganh")
    main = main_column(body)
    assert (
        len(set(ENTRY_LINK.findall(main))) == 8
        and 'href="/chuyen-muc/hoat-dong-nganh?page=2"' in main
    )
    _, body, _ = fetch(server, "/chuyen-muc/hoat-dong-nganh?page=2")
    assert len(set(ENTRY_LINK.findall(main_column(body)))) == 1
    # ?page=0 and ?page=abc are page 1
    first = ENTRY_LINK.findall(main_column(fetch(server, "/tin-tuc")[1]))
    assert ENTRY_LINK.findall(main_column(fetch(server, "/tin-tuc?page=0")[1])) == first
    assert ENTRY_LINK.findall(main_column(fetch(server, "/tin-tuc?page=abc")[1])) == first


@pytest.mark.parametrize(
    "target",
    [
        "/tin-tuc?page=3",
        "/tin-tuc?page=99",
        "/chuyen-muc/chuyen-doi-so?page=2",
        "/thong-bao?page=2",
    ],
)
def test_page_beyond_the_end_is_empty_without_pager(server, target):
    status, body, _ = fetch(server, target)
    assert status == 200
    main = main_column(body)
    assert "Chưa có bài viết." in main
    assert "Pagination Navigation" not in main and not ENTRY_LINK.findall(main)


def test_luu_tru_filters(server):
    status, body, _ = fetch(server, "/luu-tru?nam=2026&thang=11")
    assert status == 200
    main = main_column(body)
    months = set(re.findall(r'href="(/luu-tru\?nam=\d+&amp;thang=\d+)"', main))
    assert len(months) == 144
    assert set(ENTRY_LINK.findall(main)) == {
        g["path"] for g in portal.GOLD if g["published_at"].startswith("2026-11")
    }
    for target in [
        "/luu-tru",
        "/luu-tru?nam=2015&thang=1",
        "/luu-tru?nam=abc&thang=13",
        "/luu-tru?thang=5",
        "/luu-tru?nam=2031&thang=2",
    ]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert not ENTRY_LINK.findall(main_column(body)), target
    _, body, _ = fetch(server, "/luu-tru?nam=2025&thang=12")
    assert (
        ENTRY_LINK.findall(main_column(body))
        == ["/tin-tuc/2025/be-mac-hoi-khoe-phu-dong-tinh-cao-bang-lan-thu-xi"] * 2
    )


def test_search_pages(server):
    _, home, _ = fetch(server, "/")
    assert 'href="/tim-kiem?q=tuy%E1%BB%83n+sinh"' in home
    status, body, _ = fetch(server, "/tim-kiem?q=tuy%E1%BB%83n+sinh")
    assert status == 200 and ENTRY_LINK.findall(main_column(body))
    for target in ["/tim-kiem?q=tuy%E1%BB%83n+sinh&page=2", "/tim-kiem?q=zzz", "/tim-kiem"]:
        status, body, _ = fetch(server, target)
        assert status == 200 and not ENTRY_LINK.findall(main_column(body))
    _, body, _ = fetch(server, "/tim-kiem?q=2026")
    main = main_column(body)
    assert 'href="/tim-kiem?q=2026&amp;page=2"' in main


def test_statamic_action_routes(server):
    _, contact, _ = fetch(server, "/lien-he")
    assert 'action="/!/forms/lien-he"' in contact and 'action="/!/auth/login"' in contact
    assert fetch(server, "/!/forms/lien-he")[0] == 405
    assert fetch(server, "/!/auth/login")[0] == 405
    status, headers = post(server, "/!/forms/lien-he", {"_token": portal.CSRF, "ho_ten": "A"})
    assert status == 302 and headers["Location"] == "/lien-he?success=1"
    assert post(server, "/!/forms/lien-he", {"ho_ten": "A"})[0] == 419
    status, headers = post(server, "/!/auth/login", {"_token": portal.CSRF})
    assert status == 302
    assert fetch(server, "/!/nocache")[0] == 404
    status, _, headers = fetch(server, "/cp")
    assert status == 302 and headers["Location"] == "/cp/auth/login"


def test_chrome_and_redirects(server):
    _, body, _ = fetch(server, "/")
    assert TODAY in body and 'x-data="{ mobileNav: false, loginModal: false }"' in body
    assert body.count('href="/co-cau-to-chuc"') >= 2  # desktop menu and the off-canvas copy
    assert "Tổng lượt truy cập:" in body and "Liên kết website" in body
    status, _, headers = fetch(server, "/tin-tuc/")
    assert status == 301 and headers["Location"] == "/tin-tuc"
    assert fetch(server, "/tin-tuc/2026")[0] == 404
    assert (
        fetch(server, "/tin-tuc/2024/hon-150-nghin-hoc-sinh-cao-bang-buoc-vao-nam-hoc-moi")[0]
        == 404
    )
    assert fetch(server, "/robots.txt")[0] == 200


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "<h1" in body and 'class="prose prose-slate mt-6' not in body
