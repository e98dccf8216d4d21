"""Self-check of the Joomla 3 / JSN school fixture (THCS Nguyễn Trãi): the fixture against itself.

Nothing here imports the crawler. It checks that the gold is well formed and printed on its page
(the whole text of a Page Break article on its ``showall`` view, page by page on its pages, only
page 1 on the plain URL), that every gold, alternative and non-article target answers 200, that a
walk of links from START_PATH reaches every article and non-article, and that the traps behave as
the module docstring says: the JEvents months never end, non-SEF / ``limitstart=0`` addresses
serve the same article, print views are ``noindex`` and whole, the feeds are valid XML linking the
non-SEF addresses, blog pagination clamps, and the text forms (one NFD article, one with
character references) are what the docstring says.
"""

from __future__ import annotations

import html
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Iterator
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import joomla3_pagebreak_thcs as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$")
_DATE = re.compile(r"Ngày đăng: [^,<]+, (\d\d) Tháng (\d{1,2}) (\d{4}) (\d\d):(\d\d)</time>")
_BY_PATH = {portal.article_path(s): s for s in portal.STORIES}
_BROKEN = [s for s in portal.STORIES if len(portal._split_pages(s)) > 1]


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = fetch(server, target)
    return status, body


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    start = page.index('<div class="item-page"')
    end = page.find('<ul class="pager pagenav">', start)
    return page[start : end if end > 0 else page.index("</body>")]


def _text_part(region: str) -> str:
    return region.split('<div itemprop="articleBody">', 1)[1]


def _cal_month(target: str) -> tuple[int, int] | None:
    q = parse_qs(urlsplit(target).query)
    if q.get("option") != ["com_jevents"]:
        return None
    return int(q["year"][0]), int(q["month"][0])


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH; calendar months only near today."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        month = _cal_month(target)
        if _NOT_PAGES.search(urlsplit(target).path) or (
            month and abs((month[0] * 12 + month[1]) - (2026 * 12 + 11)) > 2
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        assert len(seen) < 600, "the walk should stay small"
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for _, href in _HREF.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != host or link.scheme != "http":
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "joomla3_pagebreak_thcs"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert not set(paths) & set(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {v[1] for v in portal.CATS.values()}
    assert max(len(portal.in_cat(c)) for c in portal.CATS) > 2 * portal.BLOG_PER_PAGE
    assert len(_BROKEN) == 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:50])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert not image["caption"] or image["caption"] not in gold["body"]
        assert not image["caption"] or not image["caption"].startswith(("(", "Ảnh:"))
    assert gold["canonical_path"] == gold["path"]
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(rf"(Tin|Ảnh|ảnh|Bài|viết): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    for name in gold["authors"]:
        assert name not in ("Super User", "admin") and not name.startswith(("ThS.", "Thầy"))


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str:
    m = _DATE.search(region)
    assert m, "no Ngày đăng line"
    day, month, year, hh, mm = (int(x) for x in m.groups())
    if (hh, mm) == (0, 0):
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}T{hh:02d}:{mm:02d}:00+07:00"


def _whole(server: PortalServer, gold: dict) -> str:
    """The region holding the whole text: the showall view of a Page Break article."""
    s = _BY_PATH[gold["path"]]
    target = portal.showall_link(s) if s in _BROKEN else gold["path"]
    return _region(_get(server, target)[1])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:50])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h2 itemprop="headline">(.*?)</h2>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _whole(server, gold)
    shown = _reader(_text_part(region))
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    everything = _reader(region)
    for image in gold["images"]:
        assert f'src="{html.escape(image["path"])}"' in region
        if image["caption"]:
            assert image["caption"] in everything
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in everything
    assert _printed_date(_region(page)) == gold["published_at"]
    cat = re.search(r'Danh mục: <a href="[^"]+" itemprop="genre">([^<]+)</a>', page)
    assert cat and _nfc(cat.group(1)) == gold["category"]
    crumbs = re.search(r'class="breadcrumb">(.*?)</ul>', page).group(1)
    assert (
        _nfc(re.findall(r'<span itemprop="name">([^<]+)</span></a>', crumbs)[-1])
        == (gold["category"])
    )
    assert 'rel="canonical"' not in page


def test_login_accounts_and_hidden_times_are_not_the_gold(server: PortalServer) -> None:
    by_id = {s.id: g for s, g in zip(portal._LATEST, portal.GOLD, strict=True)}
    page = _get(server, by_id[245]["path"])[1]
    assert 'Viết bởi <span itemprop="name">Super User</span>' in page
    assert '<meta name="author" content="Super User" />' in page
    assert by_id[245]["authors"] == ["Hoàng Thị Lan"]
    page = _get(server, by_id[257]["path"])[1]
    assert "Ngày đăng: Thứ hai, 02 Tháng 11 2026 00:00" in page
    assert "Cập nhật mới nhất: Thứ ba, 03 Tháng 11 2026 09:12" in page
    assert by_id[257]["published_at"] == "2026-11-02" and by_id[257]["authors"] == []
    page = _get(server, by_id[233]["path"])[1]
    assert "Ngày tạo: Thứ sáu, 29 Tháng 5 2026 20:45" in page
    assert by_id[233]["published_at"] == "2026-05-30T16:00:00+07:00"
    assert 'class="createdby"' not in _get(server, by_id[254]["path"])[1]
    assert by_id[239]["source"] == "Báo Đắk Lắk điện tử"


@pytest.mark.parametrize("story", _BROKEN, ids=lambda s: str(s.id))
def test_page_break_articles(server: PortalServer, story) -> None:
    gold = next(g for g in portal.GOLD if g["path"] == portal.article_path(story))
    pages = portal._split_pages(story)
    first_of = [next(b.text for b in p if isinstance(b, portal.P)) for p in pages]
    plain = _region(_get(server, gold["path"])[1])
    assert "Mục lục bài viết" in plain and "Tất cả các trang" in plain
    assert f'<div class="pagenavcounter">Trang 1 / {len(pages)}</div>' in plain
    assert "Trang sau »" in plain and "« Trang trước" not in plain
    assert first_of[0] in _reader(plain)
    assert all(p not in _reader(_text_part(plain)) for p in first_of[1:])
    for title in portal.page_titles(story)[1:]:
        assert f">{html.escape(title)}</a>" in plain
        assert title not in gold["body"]
    # page by page, the texts add up to the gold body; the byline is on the last page only
    texts = []
    for n in range(len(pages)):
        region = _region(_get(server, portal.page_link(story, n))[1])
        assert region == _region(_get(server, f"{gold['path']}?start={n}")[1])
        assert f"Trang {n + 1} / {len(pages)}" in region
        texts.append(_reader(_text_part(region)))
    for paragraph in gold["body"].split("\n\n"):
        if " | " not in paragraph:
            assert sum(paragraph in t for t in texts) == 1, paragraph[:50]
    for name in gold["authors"] + gold["photographers"]:
        assert name in texts[-1] or name in _reader(plain)
    whole = _region(_get(server, portal.showall_link(story))[1])
    assert "pagenavcounter" not in whole and "Trang sau" not in whole
    assert _region(_get(server, gold["path"] + "?showall=1")[1]) == whole
    assert _region(_get(server, portal.page_link(story, 0))[1]) == plain


def test_same_article_under_other_addresses(server: PortalServer) -> None:
    for gold in portal.GOLD:
        s = _BY_PATH[gold["path"]]
        plain = _region(_get(server, gold["path"])[1])
        for target in (portal.nonsef_path(s), gold["path"] + "?limitstart=0"):
            assert target in gold["alt_paths"]
            assert _region(_get(server, target)[1]) == plain
        wrong_alias = gold["path"].replace(f"/{s.id}-", f"/{s.id}-bai-viet-cu-")
        assert _get(server, wrong_alias)[0] == 200
        assert _get(server, gold["path"].replace(f"/{s.id}-", "/9999-"))[0] == 404
        other = next(c for c in portal.CATS if c != s.cat)
        assert _get(server, gold["path"].replace(f"/{s.cat}/", f"/{other}/"))[0] == 404


def test_print_views_are_whole_and_noindex(server: PortalServer) -> None:
    for gold in portal.GOLD:
        s = _BY_PATH[gold["path"]]
        page = _get(server, portal.print_path(s))[1]
        assert '<meta name="robots" content="noindex, nofollow" />' in page
        assert "jsn-page" not in page and "Mục lục bài viết" not in page
        shown = _reader(page)
        assert all(p in shown for p in gold["body"].split("\n\n") if " | " not in p)


def test_feeds_are_valid_and_link_the_non_sef_addresses(server: PortalServer) -> None:
    alts = {a for g in portal.GOLD for a in g["alt_paths"]}
    for base in ["/", "/tin-tuc.html", *(portal.cat_path(c) for c in portal.CATS)]:
        status, body, headers = fetch(server, f"{base}?format=feed&type=rss")
        assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
        items = ET.fromstring(body.encode()).findall("./channel/item")
        assert items
        for item in items:
            link = urlsplit(item.findtext("link"))
            assert f"{link.path}?{link.query}" in alts
            assert re.fullmatch(r"\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d [+-]\d{4}",
                                item.findtext("pubDate"))  # fmt: skip
        atom = fetch(server, f"{base}?format=feed&type=atom")[1]
        assert ET.fromstring(atom.encode()).tag == "{http://www.w3.org/2005/Atom}feed"
        assert f'href="{base}?format=feed&amp;type=rss"' in _get(server, base)[1]


def test_calendar_months_never_end(server: PortalServer) -> None:
    target = portal.cal_path(2026, 11, 25)
    seen = set()
    for _ in range(40):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a href="([^"]+)" title="Tháng sau">Tháng sau', page)[1])
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _cal_month(target) == (2030, 3)
    assert _get(server, portal.cal_path(9999, 12))[0] == 200
    assert _get(server, portal.cal_path(10000, 1))[0] == 404
    assert portal.cal_path(2026, 12) in html.unescape(_get(server, "/")[1])


def test_blog_pagination(server: PortalServer) -> None:
    base = portal.cat_path("hoat-dong-nha-truong")

    def main(target: str) -> str:
        page = _get(server, target)[1]
        return page[page.index('<div class="blog"') : page.index('<div id="jsn-rightsidecontent"')]

    first = main(base)
    assert '<p class="counter">Trang 1 / 3</p>' in first
    for label in ("Đầu", "Trước", "Tiếp", "Cuối"):
        assert f">{label}</" in first
    assert f'href="{base}?start=3"' in first and f'href="{base}?start=6"' in first
    assert main(f"{base}?limitstart=0") == first
    assert f'href="{base}?limitstart=0"' in main(f"{base}?start=3")
    assert main(f"{base}?start=99") == main(f"{base}?start=6")
    assert '<p class="counter">Trang 3 / 3</p>' in main(f"{base}?start=6")
    listed = [
        h for t in ("", "?start=3", "?start=6") for h in re.findall(
            r'<h2 itemprop="name"><a href="([^"]+)"', main(base + t))
    ]  # fmt: skip
    assert listed == [portal.article_path(s) for s in portal.in_cat("hoat-dong-nha-truong")]
    assert "Trang 1 / 3" in main("/tin-tuc.html")


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any(s == 0 and _cal_month(t) for t, s in walk.items()), "the month links went on"
    linked_alts = {a for g in portal.GOLD for a in g["alt_paths"]} & set(walk)
    assert any("showall=1" in a for a in linked_alts) and any("start=1" in a for a in linked_alts)
    assert any(a.endswith("?limitstart=0") for a in linked_alts)


def test_non_articles_print_no_article_date(server: PortalServer) -> None:
    for target in ("/gioi-thieu.html", "/gioi-thieu/co-cau-to-chuc.html", "/lich-cong-tac.html"):
        page = _get(server, target)[1]
        assert 'class="item-page"' in page and "article-info" not in page
    assert "?download=12:" in _get(server, "/tai-lieu.html")[1]
    status, _, headers = fetch(server, "/tai-lieu.html?download=12:ke-hoach-nam-hoc-2026-2027")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    nfd = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert nfd == [portal.article_path(portal._BY_ID[251])]
    refs = [p for p, page in pages.items() if re.search(r"&#\d+;", _text_part(_region(page)))]
    assert refs == [portal.article_path(portal._BY_ID[266])]
    assert f"Hôm nay: {portal.TODAY}" in pages[portal.GOLD[0]["path"]]
    assert "Thống kê truy cập" in pages[portal.GOLD[0]["path"]]
