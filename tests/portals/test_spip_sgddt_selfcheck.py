"""Self-check of the SPIP 3.2 (Sở GD&ĐT Cao Bằng) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every GOLD target, alternative address and
NON_ARTICLE answers 200, that the gold is well formed and printed on its page (after entities and
NFC), that a browser-like walk of links from START_PATH (``<base href>`` honoured) reaches every
article, and that the traps behave as documented: the agenda's months never end, the pagination
is SPIP's ``debut_articles`` with ``rel=nofollow``, the arbo and ``spip.php?articleN`` addresses,
``lang=fr``, ``var_mode=calcul`` and the print view repeat the same article, the virtual article
is a redirect, the standing pages and document entries carry no date.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import spip_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_BASE = re.compile(r'<base href="([^"]+)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_CATS = {title for _slug, title, kind in portal.RUBS.values() if kind in ("new", "old")}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _headers = fetch(server, target)
    return status, body


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i|abbr|small)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    """The article's own part of the page: cartouche to forum link (old squelettes: title to tools)."""
    if '<div class="tieude">' in page:
        return page.split('<div class="tieude">', 1)[1].split('<div class="tienich">', 1)[0]
    return page.split('<div class="cartouche', 1)[1].split('<div class="forum">', 1)[0]


def _texte(page: str) -> str:
    m = re.search(
        r'<div class="crayon (?:article|breve)-texte-\d+ texte[^"]*">(.*?)</div>\n?<', page, re.S
    )
    assert m, "no texte"
    return m.group(1)


def _headline(page: str) -> str:
    m = re.search(r'<h1 class="[^"]*(?:article|breve)-titre-\d+[^"]*">(.*?)</h1>', page)
    assert m, "no headline"
    return _nfc(m.group(1))


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    base = _BASE.search(body)
    here = base.group(1) if base else server.url(target)
    host = urlsplit(server.base_url).netloc
    out = []
    for _, href in _HREF.findall(body):
        link = urlsplit(urljoin(here, html.unescape(href)))
        if link.netloc == host:
            out.append(link.path + (f"?{link.query}" if link.query else ""))
    return out


def _agenda_far(target: str) -> bool:
    parts = urlsplit(target)
    q = parse_qs(parts.query)
    if q.get("page") != ["agenda"] or "annee" not in q:
        return False
    months = int(q["annee"][0]) * 12 + int(q["mois"][0])
    return abs(months - (2026 * 12 + 11)) > 3


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH; agenda months only near November 2026."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or _agenda_far(target):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 3000, "the walk should stay bounded"
        if status != 200:
            continue
        queue.extend(t for t in _links(server, target, body) if t not in seen)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "spip_sgddt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths)
    assert len(set(alts)) == len(alts)
    assert not set(paths) & set(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == _CATS
    assert len(_CATS) == 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
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
        assert image["path"].startswith(("/local/cache-vignettes/", "/IMG/"))
    assert gold["canonical_path"] == gold["path"]
    for name in gold["authors"] + gold["photographers"]:  # no byline line in the body
        assert not re.search(rf"(Tin|Ảnh|ảnh|Bài|Tác giả): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    for image in gold["images"]:
        assert not image["caption"] or image["caption"] not in gold["body"]
    for login in ("admin", "bientap"):
        assert login not in gold["authors"]


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str:
    m = re.search(r'<abbr class="published" title="[^"]+">([^<]+)</abbr>', region)
    assert m, "no date printed"
    shown = m.group(1)
    if re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", shown):
        when = datetime.strptime(shown, "%d/%m/%Y %H:%M")
        if when.hour or when.minute:
            return when.strftime("%Y-%m-%dT%H:%M:00+07:00")
        return when.strftime("%Y-%m-%d")
    return datetime.strptime(shown, "%d/%m/%Y").strftime("%Y-%m-%d")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    assert _headline(page) == gold["title"]
    region = _region(page)
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    for image in gold["images"]:
        assert re.search(rf"""src=['"]{re.escape(html.escape(image["path"][1:]))}['"]""", region)
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    assert _printed_date(region) == gold["published_at"]
    crumbs = re.search(r'<(?:p class="arbo"|div class="duongdan")>(.*?)</(?:p|div)>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]


def test_sapo_bylines_and_notes_are_where_the_docstring_says(server: PortalServer) -> None:
    by_id = {s.id: g for s, g in zip(portal.STORIES, portal.GOLD, strict=True)}
    # chapeau in div.chapo; 151's bold first paragraph
    page = _get(server, portal.GOLD[0]["path"])[1]
    assert (
        f'<div class="crayon article-chapo-152 chapo surlignable"><p>{html.escape(portal.GOLD[0]["summary"], quote=False)}</p>'
        in page
    )
    page151 = _get(server, "/spip.php?article151")[1]
    assert "chapo" not in _region(page151)
    assert f'<p class="spip"><strong>{by_id[151]["summary"]}</strong></p>' in page151
    # 139: the P.S. is a byline, the note is text
    page139 = _get(server, "/spip.php?article139")[1]
    ps = re.search(r'<div class="crayon article-ps-139 ps surlignable">(.*?)</div>', page139).group(
        1
    )
    assert _reader(ps) == "Bài và ảnh: Đinh Quang Vinh"
    assert by_id[139]["body"].split("\n\n")[-1].startswith("[1] Đề án")
    assert 'class="spip_note"' in _texte(page139)
    # 147: the P.S. is a closing note of the text
    page147 = _get(server, "/spip.php?article147")[1]
    ps = re.search(r'<div class="crayon article-ps-147 ps surlignable">(.*?)</div>', page147).group(
        1
    )
    assert by_id[147]["body"].endswith(_reader(ps))
    # 151: the UTC instant is the day before the printed day
    assert 'title="2026-11-19T23:40:00Z">20/11/2026</abbr>' in page151
    # old squelettes print an update stamp after the publication date
    page150 = _get(server, "/spip.php?article150")[1]
    assert 'Cập nhật: <abbr class="modified"' in page150 and "19/11/2026 08:05" in page150
    assert "Tác giả: <span" in page150 and ">admin</a>" in page150


def test_alternative_addresses_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        main = _get(server, gold["path"])[1]
        for alt in gold["alt_paths"]:
            page = _get(server, alt)[1]
            if "page=imprimer" in alt:
                assert '<meta name="robots" content="noindex" />' in page
                text = _reader(page)
                assert all(p in text for p in gold["body"].split("\n\n") if " | " not in p)
                assert (
                    _nfc(re.search(r'<h1 class="titre">(.*?)</h1>', page).group(1)) == gold["title"]
                )
                continue
            assert _headline(page) == gold["title"], alt
            assert _texte(page) == _texte(main), alt
            if "lang=fr" in alt:
                assert '<html dir="ltr" lang="fr"' in page and portal.TODAY_FR in page
        for target in (gold["path"], gold["alt_paths"][0]):
            m = re.search(r'<link rel="canonical" href="([^"]+)"', _get(server, target)[1])
            if gold["path"].startswith("/tin-tuc/"):
                assert m and m.group(1) == server.base_url + gold["path"]
            else:
                assert m is None


def test_french_interface_prints_the_date_in_french(server: PortalServer) -> None:
    page = _get(
        server, "/tin-tuc/hoc-sinh-cao-bang-dat-giai-cuoc-thi-hung-bien-tieng-phap?lang=fr"
    )[1]
    assert "Publié le <abbr" in page and ">3 novembre 2026</abbr>" in page
    assert "Dans la même rubrique" in page and "Accueil" in page


def test_base_href_on_deep_pages_only(server: PortalServer) -> None:
    deep = _get(server, portal.GOLD[0]["path"])[1]
    assert f'<base href="{server.base_url}/" />' in deep
    assert "src='local/cache-vignettes/" in deep and 'href="tin-tuc/' in deep
    flat = _get(server, "/spip.php?article152")[1]
    assert "<base " not in flat
    assert _get(server, "/tin-tuc/local/cache-vignettes/x.jpg")[0] == 404
    assert _get(server, "/tin-tuc")[0] == 301


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200, 302)] == []
    assert walk[f"/spip.php?article{portal.VIRTUAL[0]}"] == 302
    assert any(s == 0 and _agenda_far(t) for t, s in walk.items()), "the months went on"
    linked = {a for g in portal.GOLD for a in g["alt_paths"]} & set(walk)
    assert len(linked) >= 3 * len(portal.GOLD)


def test_pagination_is_spip_debut_articles(server: PortalServer) -> None:
    first = _get(server, "/tin-tuc/")[1]
    pager = re.search(r'<p class="pagination">(.*?)</p>', first).group(1)
    assert pager.startswith("Trang: ") and '<strong class="on">1</strong>' in pager
    assert (
        "href='tin-tuc/?debut_articles=4#pagination_articles' class='lien_pagination' rel='nofollow'"
        in pager
    )
    assert "debut_articles=8#pagination_articles" in pager and "Tiếp &gt;</a>" in pager
    last = _get(server, "/tin-tuc/?debut_articles=8")[1]
    assert '<strong class="on">3</strong>' in last and "Tiếp &gt;" not in last
    items = re.compile(r'<ul class="liste-items">.*?</ul>', re.S)
    assert items.search(first).group(0) == items.search(
        _get(server, "/tin-tuc/?debut_articles=0")[1]
    ).group(0)
    assert items.search(first).group(0) == items.search(
        _get(server, "/spip.php?rubrique5")[1]
    ).group(0)
    assert (
        'class="liste-items"'
        not in _get(server, "/tin-tuc/?debut_articles=400")[1].split('<div class="aside">')[0]
    )
    news = [g for g in portal.GOLD if g["category"] == "Tin tức - Sự kiện"]
    assert len(news) > 2 * portal.PER_PAGE


def test_agenda_months_never_end(server: PortalServer) -> None:
    target = portal.AGENDA
    for _ in range(40):
        status, page = _get(server, target)
        assert status == 200
        href = html.unescape(re.search(r'<a href="([^"]+)" class="next">', page).group(1))
        target = "/" + href
    assert target == "/spip.php?page=agenda&mois=3&annee=2030"
    assert _get(server, "/spip.php?page=agenda&mois=7&annee=4321")[0] == 200
    assert 'class="next"' not in _get(server, "/spip.php?page=agenda&mois=12&annee=9999")[1]
    november = _get(server, portal.AGENDA)[1]
    assert "spip.php?article150" in november and "tin-tuc/so-ket-5-nam" in november


def test_non_articles_are_what_the_docstring_says(server: PortalServer) -> None:
    status, _body, headers = fetch(server, f"/spip.php?article{portal.VIRTUAL[0]}")
    assert status == 302 and headers["Location"] == portal.VIRTUAL[4]
    assert _get(server, "/" + portal.VIRTUAL[4])[0] == 200
    empty = _get(server, f"/spip.php?breve{portal.EMPTY_BREVE[0]}")[1]
    assert "breve-texte" not in empty and 'class="hyperlien"' in empty
    for n in portal.STANDING:
        page = _get(server, f"/spip.php?article{n}")[1]
        assert 'class="published"' not in page.split('<div class="aside">')[0]
        assert "vcard author" not in page
    for d in portal.DOCS:
        page = _get(server, f"/van-ban-chi-dao/{d.slug}")[1]
        assert d.file in page and "article-texte" not in page and 'class="published"' not in page
    for same in (
        "/spip.php?rubrique5",
        "/spip.php?rubrique1",
        "/spip.php?article2",
        "/spip.php?article148",
    ):
        assert _get(server, same)[0] == 200  # the unlinked spip.php forms answer too
    assert _get(server, "/spip.php?article9999")[0] == 404
    assert _get(server, "/spip.php?page=forum&id_article=9999")[0] == 404
    login = _get(server, "/spip.php?page=login&url=.%2F")[1]
    assert 'id="header"' not in login and "page=login&amp;url" not in login


def test_feed_sitemap_and_robots(server: PortalServer) -> None:
    status, feed = _get(server, "/spip.php?page=backend")
    assert status == 200 and "<rss" in feed
    assert f"<link>{server.base_url}/khao-thi-kiem-dinh/" in feed
    assert "<dc:date>2026-11-19T23:40:00Z</dc:date>" in feed
    robots = _get(server, "/robots.txt")[1]
    assert f"Sitemap: {server.base_url}/sitemap.xml" in robots
    sitemap = _get(server, "/sitemap.xml")[1]
    for gold in portal.GOLD:
        if "breve" in gold["path"]:
            continue
        arbo = gold["path"] if gold["path"].startswith("/tin-tuc/") else gold["alt_paths"][0]
        assert f"<loc>{server.base_url}{arbo}</loc>" in sitemap


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    denormal = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert denormal == ["/spip.php?article138"]
    refs = [p for p, page in pages.items() if re.search(r"&#\d+;", _texte(page))]
    assert refs == ["/tin-tuc/nganh-giao-duc-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026"]
    for page in pages.values():
        assert f'<span class="ngay-hom-nay">{portal.TODAY}</span>' in page
        assert "charset=utf-8" in page
