"""Self-check of the dnn_2sxc_sgddt fixture portal against itself (never the crawler).

Every gold target answers 200 and prints its headline, every alternative URL serves the same
item with the canonical link to the gold path, every article is reachable by links from the
start page, the gold fields are printed on the page, non-articles answer 200, unknown paths 404,
and the traps the module documents behave as written.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import dnn_2sxc_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_HREF = re.compile(r"<a\b([^>]*)>", re.I)
_ATTR_HREF = re.compile(r'href\s*=\s*"([^"]*)"|href\s*=\s*\'([^\']*)\'', re.I)
_CANONICAL = re.compile(r'<link id="canonicalUrl" rel="canonical" href="([^"]+)"')
_INLINE = re.compile(r"</?(a|span|strong|em|b|i|u|sup|sub|font|o:p)\b[^>]*>", re.I)
_STATIC = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf|axd)$", re.I)
_BY_PATH = {g["path"]: g for g in portal.GOLD}


def reader_text(markup: str) -> str:
    """Inline tags dropped, block tags made spaces, references resolved, NFC, collapsed."""
    markup = re.sub(r"<!--.*?-->", "", markup, flags=re.S)
    markup = re.sub(r"<script\b.*?</script>", " ", markup, flags=re.S | re.I)
    no_inline = _INLINE.sub("", markup)
    no_tags = re.sub(r"<[^>]+>", " ", no_inline)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _links(body: str, current: str) -> list[str]:
    """Same-host targets of the page's links, skipping nofollow login/register links."""
    out = []
    for attrs in _HREF.findall(body):
        m = _ATTR_HREF.search(attrs)
        if not m:
            continue
        if 'rel="nofollow"' in attrs and ("/dang-nhap" in attrs or "/dang-ky" in attrs):
            continue
        href = html.unescape(m.group(1) if m.group(1) is not None else m.group(2))
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin("http://fixture.invalid" + current, href)
        parts = urlsplit(url)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if not _STATIC.search(parts.path):
            out.append(target)
    return out


@pytest.fixture(scope="module")
def crawl(server: PortalServer) -> dict[str, int]:
    """Breadth-first walk from START_PATH: every page target reached and its status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        if status == 200:
            for link in _links(body, target):
                if link not in seen:
                    queue.append(link)
        assert len(seen) < 400, "the walk does not end"
    return seen


def test_module_contract() -> None:
    assert portal.NAME == "dnn_2sxc_sgddt"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    stamp = re.compile(r"^2026-(10|11|12)-\d{2}(T\d{2}:\d{2}:00\+07:00)?$")
    for g in portal.GOLD:
        assert g["published_at"] and stamp.match(g["published_at"]), g["path"]
        assert g["canonical_path"] == g["path"]
        assert g["body"] and g["title"] == unicodedata.normalize("NFC", g["title"])
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 2)[-2])
def test_gold_page_prints_its_fields(server: PortalServer, gold: dict) -> None:
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = reader_text(body)
    assert gold["title"] in page
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: each cell is printed
            for cell in para.split(" | "):
                assert cell in page, cell
        else:
            assert collapse(para) in page, para[:60]
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert gold["source"] in page
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in page
    day = gold["published_at"][:10]
    y, mth, d = day.split("-")
    if gold["path"].startswith("/thong-bao/details/3293"):
        assert f"ngày {int(d)} tháng {int(mth)} năm {y}" in page
    else:
        assert f"{d}/{mth}/{y}" in page
        if "T" in gold["published_at"]:
            assert gold["published_at"][11:16] in page
    assert gold["category"] in page
    canon = _CANONICAL.search(body)
    assert canon and canon.group(1).endswith(gold["canonical_path"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 2)[-2])
def test_alt_paths_serve_the_same_item(server: PortalServer, gold: dict) -> None:
    assert gold["alt_paths"], "every item has at least its print view"
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in reader_text(body), alt
        canon = _CANONICAL.search(body)
        assert canon and canon.group(1).endswith(gold["canonical_path"]), alt


def test_every_article_is_reachable(crawl: dict[str, int]) -> None:
    for gold in portal.GOLD:
        assert gold["path"] in crawl, gold["path"]
        assert crawl[gold["path"]] == 200


def test_every_non_article_is_reachable(server: PortalServer, crawl: dict[str, int]) -> None:
    for path in portal.NON_ARTICLES:
        assert crawl.get(path) == 200, path
        status, body, _ = fetch(server, path)
        assert status == 200
        assert 'class="ndct-tde"' not in body and 'class="tb-ct-tde"' not in body


def test_alt_paths_linked_from_the_site(crawl: dict[str, int]) -> None:
    """The duplicates are the ones the site itself links to (not invented URLs)."""
    for gold in portal.GOLD:
        for alt in gold["alt_paths"]:
            assert alt in crawl, alt


def test_crawl_is_bounded(crawl: dict[str, int]) -> None:
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(crawl) <= budget, len(crawl)
    assert all(status == 200 for status in crawl.values()), [
        t for t, s in crawl.items() if s != 200
    ]


def test_unknown_paths_404(server: PortalServer) -> None:
    for target in [
        "/khong-ton-tai",
        "/tin-tuc/khong-co",
        "/tin-tuc/hoat-dong-nganh/details/9999",
        "/tin-tuc/hoat-dong-nganh/details/abc",
        "/thong-bao/details/3291",
        "/tin-tuc/chuyen-doi-so/details/3287",
        "/trang-chu/details/3291",
        "/van-ban/details/3287",
        "/Default.aspx?tabid=999",
        "/lich-cong-tac?tuan=12&nam=2026",
        "/tin-tuc/hoat-dong-nganh/details/3291/a/b",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


# --- the documented traps ---------------------------------------------------------------------


def test_trap_title_is_not_the_page_title(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    _, body, _ = fetch(server, gold["path"])
    title = re.search(r"<title>(.*?)</title>", body).group(1)
    assert gold["title"] not in html.unescape(title)
    assert body.index('class="ctn-td"') < body.index('class="ndct-tde"')
    assert "og:title" not in body


def test_trap_home_twin_breadcrumb(server: PortalServer) -> None:
    gold = _BY_PATH[portal.key_path(portal.BY_ID[3287])]
    twin = portal.home_path(portal.BY_ID[3287])
    _, body, _ = fetch(server, twin)
    assert "Tin nổi bật" in body and "dnn_dnnBreadcrumb" not in body
    assert gold["category"] == "Hoạt động ngành"


def test_trap_hidden_tab_only_from_banner(server: PortalServer) -> None:
    _, home, _ = fetch(server, "/")
    menu = home[home.index('id="dnnMenu"') : home.index("</nav>")]
    assert "/tin-tuc/guong-dien-hinh" not in menu
    assert 'href="/tin-tuc/guong-dien-hinh"><img' in home


def test_trap_pagination(server: PortalServer) -> None:
    _, p1, _ = fetch(server, "/tin-tuc/hoat-dong-nganh")
    assert 'href="?page=2"' in p1 and 'href="?page=3"' in p1
    oldest = portal.key_path(portal.BY_ID[3219])
    assert oldest not in p1
    _, p3, _ = fetch(server, "/tin-tuc/hoat-dong-nganh?page=3")
    assert oldest in p3
    status, p9, _ = fetch(server, "/tin-tuc/hoat-dong-nganh?page=9")
    assert status == 200 and "Không có tin bài" in p9 and "?page=10" not in p9
    _, tb, _ = fetch(server, "/thong-bao")
    assert "12/2/2026" in tb and portal.key_path(portal.BY_ID[3258]) not in tb


def test_trap_dates(server: PortalServer) -> None:
    _, body, _ = fetch(server, portal.key_path(portal.BY_ID[3241]))
    assert "Cập nhật: 12/11/2026 15:40" in body and portal.TODAY in body
    _, body, _ = fetch(server, portal.key_path(portal.BY_ID[3266]))
    assert "21/11/2026 - 00:00" in body
    _, body, _ = fetch(server, portal.key_path(portal.BY_ID[3293]))
    assert "Ngày đăng: 01/12/2026 16:05" in body


def test_trap_text_as_stored(server: PortalServer) -> None:
    _, body, _ = fetch(server, portal.key_path(portal.BY_ID[3266]))
    assert "&agrave;" in body and "&#7897;" in body
    _, body, _ = fetch(server, portal.key_path(portal.BY_ID[3270]))
    assert unicodedata.normalize("NFD", "cô giáo trẻ") in body and "cô giáo trẻ" not in body
    _, body, _ = fetch(server, portal.key_path(portal.BY_ID[3280]))
    assert "mso-list:Ignore" in body
    gold = _BY_PATH[portal.key_path(portal.BY_ID[3280])]
    assert "·" not in gold["body"] and "\n\n- Các nhà trường" in gold["body"]


def test_trap_bylines_are_no_body(server: PortalServer) -> None:
    for gold in portal.GOLD:
        for marker in (
            "Tin, ảnh",
            "Tin: ",
            "Bài, ảnh",
            "Người đăng",
            "Tin liên quan",
            "Xem thêm",
            "Nơi nhận",
            "Nguồn:",
        ):
            assert marker not in gold["body"], (gold["path"], marker)
    assert _BY_PATH[portal.key_path(portal.BY_ID[3291])]["authors"] == ["Phòng Quản lý chất lượng"]
    assert _BY_PATH[portal.key_path(portal.BY_ID[3258])]["authors"] == []


def test_search_postback_redirects(server: PortalServer) -> None:
    data = b"__EVENTTARGET=dnn%24dnnSearch%24cmdSearch&dnn%24dnnSearch%24txtSearch=hoc+sinh"
    req = urllib.request.Request(server.url("/"), data=data)
    try:
        NO_REDIRECTS.open(req, timeout=10)
        raise AssertionError("expected a redirect")
    except urllib.error.HTTPError as err:
        assert err.code == 302
        assert err.headers["Location"].startswith("/tim-kiem?Search=")
