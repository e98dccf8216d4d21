"""Self-check of the Joomla 1.5 legacy (Phòng GD&ĐT) fixture portal: the fixture against itself.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that fails or
text the page does not print would waste that crawl. Nothing here imports the crawler. Pages
are read as a reader's browser shows them: bytes decoded as the ``<meta>`` says (windows-1258),
references unescaped, NFC; the two 2008 articles' text as the ``.VnTime`` font shows TCVN3 bytes
(``.VnTimeH`` runs as capitals). Checks: every GOLD target and NON_ARTICLE answers 200; the gold
is printed on its page; alternative URLs serve the same article text; a link walk from
START_PATH reaches every article and every NON_ARTICLE, and every page it meets is one of them
(archive months far from today excepted: the calendar's month links never end, every month
1000-01 … 9999-12 answers); the soft 404 answers 200; charsets are as documented.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import joomla15_legacy_pgd as portal
from ._common import from_tcvn3
from ._selfcheck import NO_REDIRECTS as _STRICT

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
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
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$", re.I)
_VNTIMEH = re.compile(r'<font face="\.VnTimeH">(.*?)</font>', re.S)
_CREATE = re.compile(r'class="createdate">([^<]+)</td>')
_BY_PATH = {g["path"]: g for g in portal.GOLD}
_STORY = {portal.view_path(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _fetch(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with _STRICT.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = _fetch(server, target)
    return status, body.decode("cp1258", "replace")


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|em|strong|span|font|b|i)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", inline)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _body_cell(page: bytes) -> bytes:
    """The item's text cell (after the heading, "Viết bởi" and date rows)."""
    head = page.index(b'class="contentheading"')
    start = page.index(b'<td valign="top" colspan="2">\n', head) + len(
        b'<td valign="top" colspan="2">\n'
    )
    return page[start : page.index(b"\n</td>\n</tr>", start)]


def _shown(cell: bytes, story: portal.Story) -> str:
    """The cell as a reader sees it: TCVN3 through the .VnTime font, else windows-1258."""
    if story.opts.get("enc") == "tcvn3":
        markup = _VNTIMEH.sub(lambda m: m.group(1).upper(), from_tcvn3(cell))
        return markup
    return cell.decode("cp1258")


def _target(href: str, server: PortalServer, page: str) -> str | None:
    link = urlsplit(urljoin(server.url(page), html.unescape(href)))
    if link.scheme not in ("http", "https") or link.netloc != urlsplit(server.base_url).netloc:
        return None
    return link.path + (f"?{link.query}" if link.query else "")


def _month_of(target: str) -> tuple[int, int] | None:
    q = parse_qs(urlsplit(target).query)
    if q.get("task") == ["archivesection"]:
        return int(q["year"][0]), int(q["month"][0])
    return None


def _binary(target: str) -> bool:
    q = urlsplit(target).query
    return bool(
        _NOT_PAGES.search(urlsplit(target).path)
        or "do_pdf=1" in q
        or "task=doc_download" in q
        or "option=com_rss" in q
    )


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH, archive months bounded to ±2."""
    y0, m0 = portal.THIS_MONTH
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        month = _month_of(target)
        if _binary(target) or (month and abs(month[0] * 12 + month[1] - y0 * 12 - m0) > 2):
            seen[target] = 0  # linked, not fetched
            continue
        status, page = _get(server, target)
        seen[target] = status
        assert len(seen) < 600, "the walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(page):
            nxt = _target(href, server, target)
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "joomla15_legacy_pgd"
    assert portal.PLATFORM == "joomla"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths + alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) == 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("&id=")[1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in {c.name for c in portal.CATS.values()}
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/images/stories/")
    assert gold["canonical_path"] == gold["path"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [
        a for g in portal.GOLD for a in g.get("alt_paths", [])
    ]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("&id=")[1])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    story = _STORY[gold["path"]]
    status, raw, _ = _fetch(server, gold["path"])
    assert status == 200
    page = raw.decode("cp1258")
    heading = re.search(r'<td class="contentheading" width="100%">(.*?)</td>', page).group(1)
    assert _nfc(heading) == gold["title"]
    cell = _shown(_body_cell(raw), story)
    shown = _reader(cell)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:  # a table row: every cell printed in its own cell
            cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", cell)]
            assert all(c in cells for c in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    if gold["summary"]:  # the sapo: the bold first paragraph
        lead = re.match(r"<p><strong>(.*?)</strong></p>", cell)
        assert lead and _reader(lead.group(1)) == gold["summary"]
    srcs = re.findall(r'<img src="([^"]+)"', cell)
    content = [urlsplit(urljoin(server.url(gold["path"]), html.unescape(s))).path for s in srcs]
    content = [p for p in content if p.startswith("/images/stories/")]
    assert content == [i["path"] for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in shown or name in _reader(page)
    crumbs = re.search(r'<span class="pathway">(.*?)</span>', page).group(1)
    assert _nfc(re.findall(r'class="pathway">([^<]+)</a>', crumbs)[-1]) == gold["category"]
    printed = _CREATE.search(page)
    if printed:
        when = datetime.strptime(_nfc(printed.group(1)).split(", ", 1)[1], "%d Tháng %m %Y %H:%M")
        expected = (
            when.strftime("%Y-%m-%d")
            if when.hour == when.minute == 0
            else when.strftime("%Y-%m-%dT%H:%M:00+07:00")
        )
        assert gold["published_at"] == expected
    else:  # the notice hides its date: the "Thông báo" table list's "Ngày" column gives it
        table = _get(server, portal.TABLE_PATH)[1]
        row = re.search(
            rf"<td>(\d\d/\d\d/\d{{4}})</td><td><a href=\"[^\"]*id={story.id}&amp;", table
        )
        assert (
            row
            and datetime.strptime(row.group(1), "%d/%m/%Y").strftime("%Y-%m-%d")
            == gold["published_at"]
        )
        assert "Lần cập nhật cuối" in _nfc(page)


def test_captions_and_bylines_are_not_body() -> None:
    for gold in portal.GOLD:
        for image in gold["images"]:
            assert not image["caption"] or image["caption"] not in gold["body"]
        for name in gold["authors"] + gold["photographers"]:
            assert name not in gold["body"]


def test_alt_paths_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        cell = _body_cell(_fetch(server, gold["path"])[1])
        for alt in gold.get("alt_paths", []):
            page = _fetch(server, alt)[1]
            assert _body_cell(page) == cell, alt
            assert b'rel="canonical"' not in page


def test_walk_from_start_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    golds = {g["path"] for g in portal.GOLD}
    alts = {a for g in portal.GOLD for a in g.get("alt_paths", [])}
    assert golds <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    fetched = {t for t, s in walk.items() if s == 200}
    unexpected = fetched - golds - alts - set(portal.NON_ARTICLES)
    assert {t for t in unexpected if not _month_of(t)} == set()
    assert len(fetched) < 300


def test_archive_calendar_never_ends(server: PortalServer) -> None:
    target, seen = portal.archive_path(*portal.THIS_MONTH), set()
    for _ in range(40):
        status, page = _get(server, target)
        assert status == 200
        nxt = re.search(r'<a href="([^"]+)" title="Tháng sau">', _nfc(page)).group(1)
        nxt = _target(nxt, server, target)
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _month_of(target) == (2030, 3)
    assert _get(server, portal.archive_path(1000, 1))[0] == 200
    last = _get(server, portal.archive_path(9999, 12))
    assert last[0] == 200 and 'title="Tháng sau"' not in _nfc(last[1])
    assert 'title="Tháng trước"' in _nfc(last[1])
    assert _get(server, portal.archive_path(2026, 13))[0] == 404
    assert _fetch(server, portal.archive_path(2008, 9))[1].count(b"id=63&amp;") >= 1


def test_charsets(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, raw, headers = _fetch(server, gold["path"])
        assert headers["Content-Type"] == "text/html"
        assert portal.CHARSET_META.encode() in raw
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert not unicodedata.is_normalized("NFC", raw.decode("cp1258"))
    for s in portal.STORIES[:3]:
        _, raw, headers = _fetch(server, portal.print_path(s.id, portal.CATS[int(s.cat)].itemid))
        assert headers["Content-Type"] == "text/html; charset=iso-8859-1"
        assert portal.CHARSET_META.encode() in raw


def test_attachments_and_pdf_icons_are_pdf(server: PortalServer) -> None:
    targets = [portal.pdf_path(s.id) for s in portal.STORIES]
    targets += [portal.doc_path(d.gid, "doc_download") for d in portal.DOCS]
    for target in targets:
        status, body, headers = _fetch(server, target)
        assert (
            status == 200
            and headers["Content-Type"] == "application/pdf"
            and body.startswith(b"%PDF")
        )


def test_tcvn3_articles_read_only_through_the_font(server: PortalServer) -> None:
    old = [s for s in portal.STORIES if s.opts.get("enc") == "tcvn3"]
    assert len(old) == 2
    for s in old:
        gold = _BY_PATH[portal.view_path(s)]
        cell = _body_cell(_fetch(server, gold["path"])[1])
        first = gold["body"].split("\n\n")[0]
        assert first not in _reader(cell.decode("cp1258"))
        assert first in _reader(_shown(cell, s))
        assert b'font-family: .VnTime"' in cell


def test_one_article_is_written_with_character_references(server: PortalServer) -> None:
    marked = [
        g["path"]
        for g in portal.GOLD
        if re.search(rb"&#\d+;", _body_cell(_fetch(server, g["path"])[1]))
    ]
    assert marked == [portal.view_path(409)]


def test_soft_404_is_linked_and_answers_200(server: PortalServer) -> None:
    target = portal.view_path(portal.SOFT_404_ID, 27)
    status, page = _get(server, target)
    assert status == 200 and "Bạn không được phép xem tài nguyên này." in _nfc(page)
    assert 'class="contentheading"' not in page
    article = _get(server, portal.view_path(409))[1]
    assert html.escape(target[1:]) in article


def test_static_pages_share_the_article_url_shape(server: PortalServer) -> None:
    for pid in portal.STATIC_PAGES:
        page = _get(server, portal.view_path(pid, portal.STATIC_PAGES[pid][1]))[1]
        assert 'class="contentheading"' in page and 'class="createdate"' not in page


def test_blog_pagination(server: PortalServer) -> None:
    page2 = _get(server, portal.blogcat_path(1, portal.BLOG_LIMIT))[1]
    titles = [_nfc(t) for t in re.findall(r'class="contentpagetitle">([^<]+)</a>', page2)]
    assert titles == [portal._BY_ID[63].title, portal._BY_ID[57].title]
    first = _get(server, portal.blogcat_path(1))[1]
    assert html.escape(portal.blogcat_path(1, portal.BLOG_LIMIT)) in first
    section3 = _get(server, portal.blogsection_path(1, 2 * portal.BLOG_LIMIT))[1]
    assert "Kết quả 9 - 9 của 9" in _nfc(section3)
    assert html.escape(portal.front_path(portal.FRONT_LIMIT)) in _get(server, "/")[1]


def test_header_date_is_today_not_a_publication_date(server: PortalServer) -> None:
    page = _get(server, portal.GOLD[0]["path"])[1]
    assert portal.TODAY in _nfc(page)
    assert all(not (g["published_at"] or "").startswith("2026") for g in portal.GOLD)


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[0]["path"], portal.archive_path(2026, 11)):
        assert _fetch(server, target)[1] == _fetch(server, target)[1]
