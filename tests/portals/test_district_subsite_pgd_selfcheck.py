"""Self-checks of the district-subsite PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import district_subsite_pgd as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(server.base_url + page, href)
        if not absolute.startswith(server.base_url + "/"):
            continue
        target = absolute[len(server.base_url) :]
        if urlsplit(target).path.endswith(ASSETS):
            continue
        out.append(target)
    return out


def walk(server: PortalServer, start: str, limit: int = 400) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, target, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown(body: str) -> str:
    """The page's text as a reader sees it, collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", re.sub(r"<script.*?</script>", " ", body, flags=re.S))
    return collapse(_html.unescape(no_tags))


def content(body: str) -> str:
    return body.split('<div class="news-content"', 1)[1].split('<div class="other-news">', 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["path"].startswith("/pgddt/tin-tuc/") and g["path"].endswith(".aspx")
        assert g["canonical_path"] == g["path"] and "alt_paths" not in g
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/UploadFiles/pgddt/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet")
            assert " - " not in name and not name.startswith(("ThS.", "TS."))
        assert 3 <= len(g["body"].split("\n\n")) <= 14
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for path in portal.NON_ARTICLES:
        assert path not in paths


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="news-title">{_html.escape(gold["title"])}</h1>' in body
    text = shown(body)
    y, mo, d = gold["published_at"][:10].split("-")
    hm = gold["published_at"][11:16]
    assert f"Ngày đăng: {d}/{mo}/{y} {hm}" in text
    assert portal.HEADER_TODAY in text and portal.COUNTER in text
    crumb = body.split('<div class="breadcrumb">', 1)[1].split("</div>", 1)[0]
    assert shown(crumb) == f"Trang chủ › Phòng GD&ĐT › {gold['category']}"
    assert "Tin cùng chuyên mục" in body
    article = shown(content(body))
    for para in gold["body"].split("\n\n"):
        if gold["summary"] and para == gold["summary"]:
            sapo = body.split('<div class="news-sapo">', 1)
            assert para in (shown(sapo[1].split("</div>", 1)[0]) if len(sapo) > 1 else article)
            continue
        for cell in para.split(" | "):
            assert cell in article, (gold["path"], cell)
    raw = content(body)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in raw
        if img["caption"]:
            assert _html.escape(img["caption"]) in raw
            assert img["caption"] not in gold["body"]
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"] + gold["photographers"]:
        assert name in article
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in article


def test_non_articles_answer_with_the_same_chrome(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert portal.HEADER_TODAY in body and "Các cơ quan" in body and "Tin nổi bật" in body


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    # the walk leaves the subsite: the boundary is a path, the host is shared
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert "/" in seen and "/vhtt/" in seen and "/tnmt/" in seen and "/ubnd/" in seen


def test_every_page_has_the_district_chrome_and_phong_pages_the_phong_menu(server):
    _, home, _ = fetch(server, "/pgddt/")
    for href in ('href="/"', 'href="/gioi-thieu.aspx"', 'href="/danh-muc/tin-tuc-su-kien.aspx"'):
        assert href in home
    for agency in ("ubnd", "vhtt", "tnmt", "pgddt"):
        assert f'href="/{agency}/"' in home
    assert "Trang chủ huyện" in home and "Trang chủ Phòng" in home
    # "Tin nổi bật" of the district sits on the Phòng's pages too
    box = home.split("Tin nổi bật", 1)[1].split("</ul>", 1)[0]
    hot = re.findall(r'href="([^"]+)"', box)
    assert hot and all(h.startswith("/tin-tuc/") for h in hot)
    _, district, _ = fetch(server, "/")
    assert "Trang chủ Phòng" not in district and "Tin nổi bật" in district
    gold_page = fetch(server, portal.GOLD[0]["path"])[1]
    assert "Trang chủ Phòng" in gold_page and 'href="/tin-tuc/' in gold_page
    assert "Cơ quan chủ quản: Ủy ban nhân dân huyện Đức Phổ" in gold_page
    assert "236 Nguyễn Nghiêm" in gold_page


def test_district_and_agency_articles_look_the_same(server):
    for other in portal.OTHERS:
        status, body, _ = fetch(server, other.path)
        assert status == 200, other.path
        assert '<h1 class="news-title">' in body and "Ngày đăng: " in body
        assert '<div class="news-content"' in body
        assert not other.path.startswith("/pgddt/")
    agency = fetch(server, "/vhtt/")[1]
    assert portal.OTHERS[4].path in agency


def test_republished_copies_are_the_districts_own_pages(server):
    assert len(portal.REPUBLISHED) == 2
    for story_id, copy in portal.REPUBLISHED.items():
        story = portal.BY_ID[story_id]
        gold = next(g for g in portal.GOLD if g["path"] == portal.story_path(story))
        assert copy.path.startswith("/tin-tuc/") and copy.path != gold["path"]
        assert copy.slug == story.slug and copy.id != story.id
        status, body, _ = fetch(server, copy.path)
        assert status == 200
        assert f'<h1 class="news-title">{_html.escape(gold["title"])}</h1>' in body
        article = shown(content(body))
        for para in gold["body"].split("\n\n")[1:]:
            assert para.split(" | ")[0] in article
        assert "Nguồn: Phòng GD&ĐT huyện Đức Phổ" in article
        crumb = shown(body.split('<div class="breadcrumb">', 1)[1].split("</div>", 1)[0])
        assert crumb == "Trang chủ › Tin tức - Sự kiện › Giáo dục"
        assert "Trang chủ Phòng" not in body
        assert f"Ngày đăng: {copy.when}" in body and copy.when != story.opts["when"]
        # no canonical pointing back at the Phòng's page
        assert portal.story_path(story) not in body.split("</head>", 1)[0]
        # the copy is linked from "Tin nổi bật" on the Phòng's pages
        assert f'href="{copy.path}"' in fetch(server, "/pgddt/")[1]


def test_category_pagination_and_the_page_two_only_article(server):
    oldest = portal.story_path(portal.BY_ID[1584])
    status, page1, _ = fetch(server, "/pgddt/danh-muc/tin-giao-duc.aspx")
    assert status == 200 and page1.count('class="news-item"') == portal.PER_PAGE
    assert 'href="/pgddt/danh-muc/tin-giao-duc.aspx?page=2"' in page1
    assert oldest not in page1
    assert fetch(server, "/pgddt/danh-muc/tin-giao-duc.aspx?page=1")[1].count("news-item") == 8
    status, page2, _ = fetch(server, "/pgddt/danh-muc/tin-giao-duc.aspx?page=2")
    assert status == 200 and oldest in page2
    assert fetch(server, "/pgddt/danh-muc/tin-giao-duc.aspx?page=3")[0] == 404
    # nowhere else on the subsite but its own page
    for target in ["/pgddt/", *(g["path"] for g in portal.GOLD if g["path"] != oldest)]:
        assert oldest not in fetch(server, target)[1], target
    for key in ("chi-dao-dieu-hanh", "guong-dien-hinh"):
        status, body, _ = fetch(server, f"/pgddt/danh-muc/{key}.aspx")
        assert status == 200 and 'class="pager"' not in body


def test_header_today_is_not_a_publication_date(server):
    for g in portal.GOLD:
        assert not g["published_at"].startswith("2026-12-04")
    _, body, _ = fetch(server, "/pgddt/")
    assert '<span class="today">Thứ Sáu, ngày 04/12/2026</span>' in body


def test_text_quirks(server):
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[1598]))
    para = "Thư viện được bố trí ngay dưới tán cây bàng"
    assert unicodedata.normalize("NFD", para) in body and para not in body
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[1591]))
    assert "Giải Nhất: Trường THCS Nguyễn Nghiêm.<br />" in body
    assert 'class="image_desc"' in body
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[1647]))
    assert '<p class="caption">Quang cảnh lễ khai mạc hội thi</p>' in body
    assert '<div class="news-sapo"><strong>' in body
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[1608]))
    assert '<div class="news-sapo">' not in body and "Nguồn: Báo Quảng Ngãi" in body


def test_static_pages_and_documents(server):
    for path in ("/pgddt/gioi-thieu.aspx", "/pgddt/lien-he.aspx", "/pgddt/van-ban.aspx"):
        status, body, _ = fetch(server, path)
        assert status == 200 and 'class="page-title"' in body and "Ngày đăng" not in body
    _, body, _ = fetch(server, "/pgddt/van-ban.aspx")
    pdf = re.search(r'href="(/UploadFiles/pgddt/vanban/[^"]+\.pdf)"', body).group(1)
    status, _, headers = fetch(server, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_postback_answers_the_same_page(server):
    import urllib.request

    from tests.portals._selfcheck import NO_REDIRECTS

    req = urllib.request.Request(
        server.url("/pgddt/"),
        data=b"__EVENTTARGET=ctl00%24Header1%24lbtSearch&ctl00%24Header1%24txtSearch=abc",
        method="POST",
    )
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        assert resp.status == 200 and "Tin mới" in resp.read().decode("utf-8")


def test_unknown_pages_are_404(server):
    assert fetch(server, "/pgddt/tin-tuc/khong-co-bai-nay-9999.aspx")[0] == 404
    assert fetch(server, "/pgddt/danh-muc/khong-co.aspx")[0] == 404
    wrong_slug = portal.story_path(portal.BY_ID[1647]).replace("hoi-thi", "cuoc-thi")
    assert fetch(server, wrong_slug)[0] == 404
