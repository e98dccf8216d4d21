"""Self-check of the vendor school-SaaS portal (THCS Ngọc Lâm, ASP.NET Core, GUIDs): the fixture
against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes for it; a gold target that does not
answer, a paragraph the page does not print or an article no link reaches would waste that
crawl. It also pins down the traps the module docstring promises: two URL forms per article
(and a capitals GUID), list URLs in several parameter orders and page sizes, the neighbour
schools on the same host, the soft 404, the never-ending work calendar and the login link.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import vnedu_guid_thcs as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _reader(markup: str) -> str:
    """What a reader sees: no comments (Word's VML), table cells joined by " | ", NFC, one space."""
    markup = re.sub(r"<!--.*?-->", " ", markup, flags=re.S)
    markup = re.sub(r"<!\[[^>]*\]>", " ", markup)
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _between(body: str, start: str, end: str) -> str:
    return body.split(start, 1)[1].split(end, 1)[0]


def _content(body: str) -> str:
    return _between(body, '<div class="news-content">', "\n    </div>\n")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for _, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(server.url(page), href))
        if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _story(gold: dict):
    return next(s for s in portal.STORIES if portal.detail_q(portal.NGOC_LAM, s) == gold["path"])


def test_contract_shape() -> None:
    assert portal.NAME == "vnedu_guid_thcs" and portal.START_PATH == "/thcs-ngoc-lam/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(
        portal.NON_ARTICLES
    )
    assert len(set(alts)) == len(alts) and not set(alts) & set(paths)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {
        "Tin tức - Sự kiện",
        "Hoạt động chuyên môn",
        "Thông báo",
    }
    assert all(p.startswith(portal.PREFIX + "/") for p in paths + alts + portal.NON_ARTICLES)
    newest = max(g["published_at"][:10] for g in portal.GOLD)
    assert newest.startswith("2026-11") and newest < "2026-11-25"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["title"][:30])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    assert re.fullmatch(r"/thcs-ngoc-lam/tin-tuc/chi-tiet\?id=[0-9a-f-]{36}", gold["path"])
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/Uploads/thcs-ngoc-lam/")
        assert img["caption"] is None or (
            img["caption"] not in paragraphs and "Ảnh:" not in img["caption"]
        )
    for name in gold["authors"] + gold["photographers"]:
        assert not re.match(r"(ThS|TS|GV|Cô|Thầy)\b", name) and " - " not in name


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := _get(server, t)[0]) != 200]
    assert not failures
    for target in targets:
        _, _, headers = _get(server, target)
        assert headers["Content-Type"] == "text/html; charset=utf-8"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["title"][:30])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    story = _story(gold)
    for target in [gold["path"], *gold["alt_paths"]]:
        status, body, _ = _get(server, target)
        assert status == 200 and '<meta charset="utf-8" />' in body
        assert f'<h2 class="news-title">{html.escape(gold["title"])}</h2>' in body
        assert (
            body.count("<h1") == 1
            and '<h1 class="school-name text-uppercase mb-0">TRƯỜNG THCS NGỌC LÂM</h1>' in body
        )
        crumbs = _between(body, '<nav aria-label="breadcrumb">', "</nav>")
        assert f">{html.escape(gold['category'])}</a>" in crumbs
        content = _content(body)
        text = _reader(content)
        position = 0
        paragraphs = gold["body"].split("\n\n")
        if gold["summary"]:
            summary = _reader(_between(body, '<div class="news-summary fw-bold">', "</div>"))
            assert summary == gold["summary"]
            paragraphs = paragraphs[1:]
        for paragraph in paragraphs:
            found = text.find(paragraph, position)
            assert found >= 0, paragraph[:60]
            position = found + len(paragraph)
        for name in (
            gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
        ):
            assert name in text
        srcs = re.findall(r'<img [^>]*src="([^"]+)"', content)
        assert srcs == [i["path"] for i in gold["images"]]
        for img in gold["images"]:
            if img["caption"]:
                assert img["caption"] in text
        stamp = gold["published_at"]
        printed = story.opts["at"]
        assert f"<i class='bi bi-clock'></i> {printed}</span>" in body
        assert printed[:10] == f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"
        assert ("T" in stamp) == (not printed.endswith("00:00"))
        if "T" in stamp:
            assert printed[11:] == stamp[11:16]
        assert (
            f"Người đăng: {story.opts['poster']}" in body
            and story.opts["poster"] not in gold["authors"]
        )
        page = _reader(body)
        assert (
            portal.TODAY in page
            and "Đang online" in page
            and "Tin khác" in page
            and "Phát triển bởi" in page
        )
        canonical = re.findall(r'<link rel="canonical" href="([^"]+)" />', body)
        if gold["category"] == "Thông báo":
            assert canonical == [] and "news-summary" not in body
        else:
            assert canonical == [server.base_url + gold["path"]]


def test_the_two_url_forms_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        want = _between(
            _get(server, gold["path"])[1], '<div class="news-detail"', '<div class="news-tools'
        )
        for alt in gold["alt_paths"]:
            assert (
                _between(_get(server, alt)[1], '<div class="news-detail"', '<div class="news-tools')
                == want
            )
    upper = [
        a
        for g in portal.GOLD
        for a in g["alt_paths"]
        if re.search(r"[A-F]", a.split("id=")[-1]) and "?id=" in a
    ]
    assert len(upper) == 1
    linking = next(g for g in portal.GOLD if upper[0] in _get(server, g["path"])[1])
    assert upper[0] in _content(_get(server, linking["path"])[1])


def test_word_markup_and_vml_image(server: PortalServer) -> None:
    bodies = [_content(_get(server, g["path"])[1]) for g in portal.GOLD]
    assert all("class=MsoNormal" in b and "<o:p>" in b for b in bodies)
    assert sum("<o:p>&nbsp;</o:p>" in b for b in bodies) == len(bodies)
    vml = [b for b in bodies if "v:imagedata" in b]
    assert len(vml) == 1
    assert re.search(r"<!--\[if gte vml 1\]>.*file:///C:/.*<!\[endif\]-->", vml[0])
    assert sum("class=MsoTableGrid" in b for b in bodies) == 2


def _walk(server: PortalServer) -> tuple[set[str], set[str]]:
    """Follow links from START_PATH inside the subsite (the work calendar only to its first page);
    return the pages seen and the out-of-subsite targets linked."""
    seen: set[str] = set()
    outside: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = _get(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            if _NOT_PAGES.search(urlsplit(link).path):
                continue
            if not link.startswith(portal.PREFIX + "/"):
                outside.add(link)
                continue
            if "/lich-cong-tac?" in link:
                continue
            queue.append(link)
    return seen, outside


def test_every_article_is_reachable_and_the_walk_is_finite(server: PortalServer) -> None:
    seen, outside = _walk(server)
    paths = {g["path"] for g in portal.GOLD}
    assert paths <= seen
    routes = {a for g in portal.GOLD for a in g["alt_paths"] if "/chi-tiet/" in a}
    assert len(routes & seen) >= 8  # the home page's boxes link the route form
    assert set(portal.NON_ARTICLES) <= seen
    assert {"/thcs-hoa-binh/", "/th-ngoc-lam/"} <= outside
    assert any(o.startswith("/Account/Login?ReturnUrl=") for o in outside)
    assert len(seen) < 120


def test_home_links_route_form_and_lists_link_query_form(server: PortalServer) -> None:
    _, home, _ = _get(server, portal.START_PATH)
    details = [link for link in _links(server, "/", home) if "/chi-tiet" in link]
    carousel = _between(home, '<div class="carousel-inner">', "</div></div>\n")
    assert all(
        "/chi-tiet/" in link for link in _links(server, "/", carousel) if "/chi-tiet" in link
    )
    assert any("/chi-tiet/" in d for d in details)
    for cat in portal.CATS:
        _, body, _ = _get(server, portal.list_path(portal.NGOC_LAM, cat))
        listed = _between(
            body, '<div class="news-list">', "</nav>" if "pagination" in body else "</main>"
        )
        assert all(
            "/chi-tiet?id=" in link for link in _links(server, "/", listed) if "/chi-tiet" in link
        )


def _listed(server: PortalServer, target: str) -> list[str]:
    _, body, _ = _get(server, target)
    block = _between(body, '<div class="news-list">', '<aside class="col-lg-4 sidebar">')
    return re.findall(r'<h3 class="news-item-title h6"><a href="([^"]+)"', block)


def test_list_pages_and_their_variants(server: PortalServer) -> None:
    school = portal.NGOC_LAM
    assert [portal.pages_of(school, c) for c in portal.CATS] == [3, 2, 1]
    for cat in portal.CATS:
        everything = [portal.detail_q(school, s) for s in portal.newest(school, cat)]
        last = portal.pages_of(school, cat)
        collected = []
        for n in range(1, last + 1):
            page = _listed(server, portal.list_path(school, cat, n, order="pager"))
            assert page == _listed(server, portal.list_path(school, cat, n, order="reversed"))
            collected += page
        assert collected == everything
        assert _listed(server, portal.list_path(school, cat)) == collected[: portal.PAGE_SIZE]
        for size in portal.OTHER_SIZES:
            assert _listed(server, portal.list_path(school, cat, 1, size, "pager")) == everything
        beyond = portal.list_path(school, cat, last + 5, order="pager")
        status, body, _ = _get(server, beyond)
        assert status == 200 and "Chưa có bài viết" in body and not _listed(server, beyond)
    _, body, _ = _get(server, portal.list_path(school, portal.TT, 2, order="pager"))
    pager = _between(body, '<ul class="pagination', "</ul>")
    hrefs = [html.unescape(h) for _, h in _HREF.findall(pager)]
    assert any(h.split("?")[1].startswith("pageIndex=") for h in hrefs)
    assert any(h.split("?")[1].startswith("danhMucId=") for h in hrefs)


def test_soft_404_and_unknown_ids(server: PortalServer) -> None:
    _, home, _ = _get(server, portal.START_PATH)
    box = _between(home, '<div class="card mb-3 box-thong-bao">', "</ul></div>")
    assert portal.SOFT_404 in box
    for target in (
        portal.SOFT_404,
        f"{portal.PREFIX}/tin-tuc/chi-tiet?id=00000000-0000-0000-0000-000000000000",
        f"{portal.PREFIX}/tin-tuc/chi-tiet/{portal.STALE_GUID}",
        f"{portal.PREFIX}/tin-tuc/chi-tiet?id=abc",
    ):
        status, body, _ = _get(server, target)
        assert status == 200 and "Không tìm thấy bài viết" in body and "news-title" not in body
    assert _get(server, f"{portal.PREFIX}/khong-co-trang-nay")[0] == 404
    status, _, headers = _get(server, portal.PREFIX)
    assert status == 301 and headers["Location"] == portal.START_PATH


def test_neighbour_schools_share_the_host_and_the_template(server: PortalServer) -> None:
    gold_guids = {g["path"].rsplit("=", 1)[1] for g in portal.GOLD}
    for slug in ("thcs-hoa-binh", "th-ngoc-lam"):
        school = portal.SCHOOLS[slug]
        status, home, _ = _get(server, f"/{slug}/")
        assert status == 200 and f">{school.name}</h1>" in home
        for story in school.stories:
            assert story.opts["guid"] not in gold_guids
            for target in (portal.detail_q(school, story), portal.detail_route(school, story)):
                status, body, _ = _get(server, target)
                assert status == 200 and '<h2 class="news-title">' in body
            # a neighbour's GUID is unknown in this subsite
            status, body, _ = _get(
                server, f"{portal.PREFIX}/tin-tuc/chi-tiet?id={story.opts['guid']}"
            )
            assert "Không tìm thấy bài viết" in body
    _, page, _ = _get(server, portal.START_PATH)
    assert '<option value="/thcs-hoa-binh/">' in page and 'href="/th-ngoc-lam/"' in page


def test_login_link_differs_per_page(server: PortalServer) -> None:
    returns = set()
    for target in (portal.START_PATH, portal.GOLD[0]["path"], f"{portal.PREFIX}/gioi-thieu"):
        _, body, _ = _get(server, target)
        link = re.search(r'href="(/Account/Login\?ReturnUrl=[^"]+)"', body).group(1)
        returns.add(unquote(parse_qs(urlsplit(link).query)["ReturnUrl"][0]))
        assert _get(server, html.unescape(link))[0] == 200
    assert returns == {portal.START_PATH, portal.GOLD[0]["path"], f"{portal.PREFIX}/gioi-thieu"}
    _, robots, _ = _get(server, "/robots.txt")
    assert "Disallow: /Account/" in robots


def test_work_calendar_never_ends(server: PortalServer) -> None:
    target = f"{portal.PREFIX}/lich-cong-tac"
    seen = set()
    for _ in range(60):
        status, body, _ = _get(server, target)
        assert status == 200 and "Lịch công tác" in body
        nxt = html.unescape(re.search(r'<a href="([^"]+)">Tuần sau »</a>', body).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert "nam=2028" in target  # 60 weeks on, still answering


def test_non_articles_are_not_articles(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        _, body, _ = _get(server, target)
        assert '<div class="news-content">' not in body
    _, doc, _ = _get(server, next(t for t in portal.NON_ARTICLES if "/van-ban/chi-tiet" in t))
    pdf = re.search(r'href="(/Uploads/[^"]+\.pdf)"', doc).group(1)
    status, _, headers = _get(server, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
