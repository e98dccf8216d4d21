"""Self-check of the ASP.NET WebForms (Sở GD&ĐT Điện Biên) fixture portal: never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s or
text the page does not print would waste that crawl. Nothing here imports the crawler. The
checks: every GOLD path, alternative path and NON_ARTICLE answers 200; the gold is well formed
and its title, paragraphs, captions and bylines are printed on its page (decoded with the
header's charset, else the page's meta, entities unescaped, NFC); walking links *and* the
pagers' postbacks (the form POSTed back as a browser does: hidden fields, text boxes, the
drop-down's value) from START_PATH reaches every article, while links alone miss the one that
only a postback page lists; and the documented platform behaviour holds: signed view state and
event validation (500 otherwise), the "Xem tiếp »" GET page, the GridView pager, the per-response
``sid`` links, the windows-1258 print view, the charset-less NewsDetail.aspx header, the endless
weekly calendar, the soft 404 and the search redirect.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import aspnet_datapager_sgddt as portal
from ._selfcheck import NO_REDIRECTS as _STRICT

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'href="([^"]*)"')
_POSTBACK = re.compile(r"javascript:__doPostBack\('([^']+)','([^']*)'\)")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|axd)$", re.I)
_WEEK = re.compile(r"^/LichCongTac\.aspx\?tuan=(\d+)&nam=(\d+)$")
_TITLE = re.compile(r'<span id="ctl00_ContentPlaceHolder1_uc\w+_lblTieuDe">(.*?)</span>')


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _decode(raw: bytes, content_type: str) -> str:
    """As a browser reads it: the header's charset, else the meta's, else UTF-8."""
    m = re.search(r"charset=([\w-]+)", content_type) or re.search(rb'charset=([\w-]+)"', raw[:1024])
    charset = m.group(1) if m else "utf-8"
    return raw.decode(charset.decode() if isinstance(charset, bytes) else charset, "replace")


def _fetch(
    server: PortalServer, target: str, data: dict[str, str] | None = None
) -> tuple[int, str, dict, bytes]:
    """Status, decoded body, headers and raw bytes; a POST when ``data`` is given; no redirects."""
    body = urlencode(data).encode() if data is not None else None
    try:
        with _STRICT.open(server.url(target), data=body, timeout=10) as resp:
            raw = resp.read()
            return (
                resp.status,
                _decode(raw, resp.headers.get("Content-Type", "")),
                dict(resp.headers),
                raw,
            )
    except urllib.error.HTTPError as err:
        raw = err.read()
        return err.code, _decode(raw, err.headers.get("Content-Type", "")), dict(err.headers), raw


def _get(server: PortalServer, target: str) -> str:
    status, page, _, _ = _fetch(server, target)
    assert status == 200, target
    return page


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(text))


def _reader(markup: str) -> str:
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", markup)).replace("\xa0", " ").split())


def _attrs(tag: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in re.findall(r'([\w:-]+)="([^"]*)"', tag)}


def _form(page: str) -> tuple[str, dict[str, str]]:
    """The page form's action and the fields a browser submits (no button, no unchecked radio)."""
    form = re.search(
        r'<form name="aspnetForm" method="post" action="([^"]*)" id="aspnetForm">(.*)</form>',
        page,
        re.S,
    )
    assert form, "no aspnetForm"
    fields: dict[str, str] = {}
    for tag in re.findall(r"<input [^>]*>", form.group(2)):
        a = _attrs(tag)
        if a.get("type") in ("hidden", "text") and "name" in a:
            fields[a["name"]] = a.get("value", "")
    for name, value in re.findall(
        r'<textarea name="([^"]+)"[^>]*>(.*?)</textarea>', form.group(2), re.S
    ):
        fields[name] = html.unescape(value)
    for name, options in re.findall(
        r'<select name="([^"]+)"[^>]*>(.*?)</select>', form.group(2), re.S
    ):
        values = re.findall(r'<option(?: selected="selected")? value="([^"]*)"', options)
        fields[name] = html.unescape(values[0])
    return html.unescape(form.group(1)), fields


def _postback(
    server: PortalServer, at: str, page: str, target: str, argument: str = ""
) -> tuple[int, str, str]:
    """Click a ``__doPostBack`` link of ``page`` (served at ``at``): status, body, posted-to target."""
    action, fields = _form(page)
    fields.update({"__EVENTTARGET": target, "__EVENTARGUMENT": argument})
    url = urlsplit(urljoin(server.url(at), action))
    dest = url.path + (f"?{url.query}" if url.query else "")
    status, body, _, _ = _fetch(server, dest, fields)
    return status, body, dest


def _content(page: str) -> str:
    """The article's own region: date line, headline, body (the related list after it excluded)."""
    start = re.search(r'<div class="(NewsDetail|ThongBaoDetail)', page)
    assert start and _TITLE.search(page), "no article"
    return page[start.start() : page.index('<div class="tinkhac">')]


def _body_region(page: str) -> str:
    region = _content(page)
    start = region.index("_divNoiDung")
    sapo = re.search(r'<div class="NewsSapo">(.*?)</div>', region, re.S)
    return (sapo.group(1) if sapo else "") + region[start:]


def _near(target: str) -> bool:
    m = _WEEK.match(target)
    return not m or (int(m.group(2)), int(m.group(1))) in portal._weeks_near()


def _walk(server: PortalServer, postbacks: bool) -> tuple[dict[str, int], list[str]]:
    """Breadth-first over same-host links (and pager postbacks): GET target -> status, pages seen.

    Skips the ``sid`` language links (the documented trap) and calendar weeks beyond the near
    ones; returns the GET statuses and every page body met (postback answers included)."""
    seen: dict[str, int] = {}
    bodies: list[str] = []
    clicked: set[tuple[str, str, str, str]] = set()
    queue: deque[tuple[str, str | None, tuple[str, str] | None]] = deque(
        [(portal.START_PATH, None, None)]
    )
    host = urlsplit(server.base_url).netloc
    while queue:
        target, page_of, click = queue.popleft()
        if click is None:
            if target in seen:
                continue
            if _NOT_PAGES.search(urlsplit(target).path) or "sid=" in target or not _near(target):
                seen[target] = 0
                continue
            status, body, _, _ = _fetch(server, target)
            seen[target] = status
        else:
            status, body, _ = _postback(server, target, page_of, *click)
            assert status == 200, (target, click)
        assert len(seen) < 400, "the walk should stay small"
        if status != 200:
            continue
        bodies.append(body)
        for href in _HREF.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.scheme != "http" or link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append((nxt, None, None))
        if postbacks and (vs := re.search(r'id="__VIEWSTATE" value="([^"]+)"', body)):
            state = vs.group(1)
            for tgt, arg in _POSTBACK.findall(body):
                key = (target, state, tgt, arg)
                if key not in clicked:
                    clicked.add(key)
                    queue.append((target, body, (tgt, arg)))
    return seen, bodies


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> tuple[dict[str, int], list[str]]:
    return _walk(server, postbacks=True)


def _found(seen: dict[str, int]) -> set[str]:
    return {
        g["path"]
        for g in portal.GOLD
        if {g["path"], *g["alt_paths"]} & {t for t, s in seen.items() if s == 200}
    }


# ------------------------------------------------------------------------------ the contract


def test_contract_shape() -> None:
    assert portal.NAME == "aspnet_datapager_sgddt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) == 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    assert not (gold["published_at"] or "").endswith("T00:00:00+07:00")
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in portal.CATS.values()
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
    assert gold["canonical_path"] == gold["path"]
    assert gold["alt_paths"][0].startswith("/NewsDetail.aspx?NewsID=")


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    page = _get(server, gold["path"])
    assert _nfc(_TITLE.search(page).group(1)) == gold["title"]
    region = _body_region(page)
    text = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:  # a table row: each cell is printed in its own cell
            cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", region, re.S)]
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in text, paragraph[:60]
    for image in gold["images"]:
        src = image.get("url") or image["path"]
        assert f'src="{html.escape(src)}"' in region
        if image["caption"]:
            assert image["caption"] in text
    whole = _reader(_content(page))
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in whole
    crumbs = re.search(r'<div class="pathway">(.*?)</div>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:40])
def test_printed_date_is_the_gold_date(server: PortalServer, walk, gold: dict) -> None:
    page = _get(server, gold["path"])
    region = _content(page)
    if m := re.search(r"\(Cập nhật: (\d\d/\d\d/\d{4}) - (\d\d:\d\d)\)", region):
        when = datetime.strptime(" ".join(m.groups()), "%d/%m/%Y %H:%M")
        want = (
            when.strftime("%Y-%m-%d")
            if when.hour == when.minute == 0
            else when.strftime("%Y-%m-%dT%H:%M:00+07:00")
        )
    elif m := re.search(r'lblNgay">(Thứ \w+|Chủ Nhật), (\d\d/\d\d/\d{4})</span>', region):
        when = datetime.strptime(m.group(2), "%d/%m/%Y")
        assert m.group(1) == portal.WEEKDAYS[when.weekday()]
        want = when.strftime("%Y-%m-%d")
    else:  # a notice: no date on the page; its listing rows print one
        assert gold["category"] == "Thông báo"
        assert not re.search(r"\d\d/\d\d/\d{4}", region.split("_divNoiDung")[0])
        listed = set()
        for body in walk[1]:
            for href, day in re.findall(
                r'<a href="([^"]+)">[^<]+</a>(?: <span class="ngay">\(|</td><td align="center">)(\d\d/\d\d/\d{4})',
                body,
            ):
                if html.unescape(href) in (gold["path"], *gold["alt_paths"]):
                    listed.add(day)
        assert len(listed) == 1, listed
        want = datetime.strptime(listed.pop(), "%d/%m/%Y").strftime("%Y-%m-%d")
    assert want == gold["published_at"]


def test_captions_and_bylines_are_not_body() -> None:
    for gold in portal.GOLD:
        for image in gold["images"]:
            assert not image["caption"] or image["caption"] not in gold["body"]
        for name in gold["authors"] + gold["photographers"]:
            assert name not in gold["body"]
        assert "bientap" not in gold["authors"] and "vanphong" not in gold["authors"]


# ------------------------------------------------------------------------------ URL forms


def test_alternative_urls_serve_the_same_article(server: PortalServer) -> None:
    no_canonical = []
    for gold in portal.GOLD:
        status, page, headers, _ = _fetch(server, gold["path"])
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        canonical = re.findall(r'<link rel="canonical" href="([^"]+)" />', page)
        for alt in gold["alt_paths"]:
            status, other, alt_headers, raw = _fetch(server, alt)
            assert status == 200
            assert alt_headers["Content-Type"] == "text/html"  # the output cache drops the charset
            assert (
                b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
                in raw[:1024]
            )
            assert _content(other) == _content(page)
            assert re.findall(r'<link rel="canonical" href="([^"]+)" />', other) == canonical
        if canonical:
            assert canonical == [server.base_url + gold["path"]]
        else:
            no_canonical.append(gold["path"])
        assert (
            f'<meta property="og:url" content="{server.base_url}{gold["alt_paths"][1]}" />' in page
        )
    assert len(no_canonical) == 2
    assert _content(_get(server, "/tin-tuc/2215/any-slug-at-all.aspx")) == _content(
        _get(server, portal.GOLD[0]["path"])
    )


def test_sid_links_are_new_on_every_response(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    sids = set()
    target = gold["path"]
    for _ in range(5):
        page = _get(server, target)
        links = re.findall(r'<a href="([^"]+)" title="Tiếng Việt">', page)
        assert len(links) == 1
        link = html.unescape(links[0])
        assert link.startswith(gold["path"] + "?lang=vi&sid=")
        sids.add(link)
        assert _content(page) == _content(_get(server, gold["path"]))
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
        target = link
    assert len(sids) == 5
    first = _get(server, "/NewsList.aspx?CatID=2")
    again = _get(server, "/NewsList.aspx?CatID=2")
    assert first != again and re.sub(r"sid=\w+", "", first) == re.sub(r"sid=\w+", "", again)


# ------------------------------------------------------------------------------ discovery


def test_walk_with_postbacks_reaches_every_article_and_non_article(walk) -> None:
    seen, _ = walk
    assert _found(seen) == {g["path"] for g in portal.GOLD}
    assert set(portal.NON_ARTICLES) <= set(seen)
    assert [t for t, s in seen.items() if s not in (0, 200)] == []
    assert sum(1 for s in seen.values() if s) < 120


def test_links_alone_miss_the_postback_only_article(server: PortalServer) -> None:
    seen, _ = _walk(server, postbacks=False)
    missed = {g["path"] for g in portal.GOLD} - _found(seen)
    assert missed == {portal.article_path(portal._BY_ID[2171])}


def _listed(page: str) -> list[int]:
    return [
        int(n) for n in re.findall(r'class="(?:title_news|tieude_tcs)" href="/tin-tuc/(\d+)/', page)
    ]


def test_datapager_postbacks(server: PortalServer) -> None:
    at = "/NewsList.aspx?CatID=2"
    first = _get(server, at)
    assert _listed(first) == [2215, 2207, 2198]
    links = _POSTBACK.findall(first)
    pager = portal.PAGER[2]
    assert links == [
        (f"{pager}$ctl01$ctl01", ""),
        (f"{pager}$ctl02$ctl00", ""),
        (f"{pager}$ctl02$ctl01", ""),
    ]
    assert '<a class="aspNetDisabled">Đầu</a>' in first
    for target, _ in links:
        status, second, dest = _postback(server, at, first, target)
        assert status == 200 and dest == at
        assert _listed(second) == [2186, 2171]
    status, back, _ = _postback(server, at, second, f"{pager}$ctl00$ctl01")
    assert status == 200 and _listed(back) == [2215, 2207, 2198]
    # a GET with the same fields in the query is still page one
    assert _listed(_get(server, at + "&__EVENTTARGET=" + f"{pager}$ctl01$ctl01")) == [
        2215,
        2207,
        2198,
    ]
    # the parent category merges its children, five a page
    parent = _get(server, "/NewsList.aspx?CatID=1")
    status, parent2, _ = _postback(
        server, "/NewsList.aspx?CatID=1", parent, f"{portal.PAGER[1]}$ctl01$ctl01"
    )
    assert _listed(parent) == [2215, 2212, 2207, 2203, 2198] and _listed(parent2) == [
        2194,
        2186,
        2189,
        2171,
    ]


def test_postbacks_without_valid_state_fail(server: PortalServer) -> None:
    at = "/NewsList.aspx?CatID=2"
    first = _get(server, at)
    _, fields = _form(first)
    target = f"{portal.PAGER[2]}$ctl01$ctl01"
    bare = {"__EVENTTARGET": target, "__EVENTARGUMENT": ""}
    assert _fetch(server, at, bare)[0] == 500
    tampered = {**fields, **bare}
    raw = bytearray(base64.b64decode(tampered["__VIEWSTATE"]))
    raw[60] ^= 1
    tampered["__VIEWSTATE"] = base64.b64encode(bytes(raw)).decode()
    assert _fetch(server, at, tampered)[0] == 500
    _, other = _form(_get(server, "/NewsList.aspx?CatID=3"))
    assert _fetch(server, at, {**other, "__EVENTTARGET": target, "__EVENTARGUMENT": ""})[0] == 500
    assert (
        _fetch(
            server,
            at,
            {**fields, "__EVENTTARGET": f"{portal.PAGER[2]}$ctl01$ctl07", "__EVENTARGUMENT": ""},
        )[0]
        == 500
    )
    assert _fetch(server, at, {**fields, **bare})[0] == 200


def test_schools_listing_has_a_get_page_two(server: PortalServer) -> None:
    first = _get(server, "/NewsList.aspx?CatID=3")
    assert _listed(first) == [2212, 2203, 2194]
    assert '<a href="/NewsList.aspx?CatID=3&amp;page=2">Xem tiếp »</a>' in first
    by_get = _get(server, "/NewsList.aspx?CatID=3&page=2")
    status, by_post, _ = _postback(
        server, "/NewsList.aspx?CatID=3", first, f"{portal.PAGER[3]}$ctl02$ctl00"
    )
    assert status == 200 and _listed(by_get) == _listed(by_post) == [2189]
    assert (
        "Xem tiếp »</a></div>"
        not in by_get.split('class="colcenter"')[1].split('class="colright"')[0]
    )
    # other categories ignore ?page=
    assert _listed(_get(server, "/NewsList.aspx?CatID=2&page=2")) == [2215, 2207, 2198]


def test_notices_gridview_pager(server: PortalServer) -> None:
    at = "/NewsList.aspx?CatID=5"
    first = _get(server, at)
    assert _POSTBACK.findall(first) == [(portal.GRID, "Page$2")]
    status, second, _ = _postback(server, at, first, portal.GRID, "Page$2")
    assert status == 200
    rows = re.findall(r'<td><a href="(/NewsDetail[^"]+)">', second)
    assert [html.unescape(r) for r in rows] == ["/NewsDetail.aspx?NewsID=2219&CatID=5"]
    _, fields = _form(first)
    assert (
        _fetch(server, at, {**fields, "__EVENTTARGET": portal.GRID, "__EVENTARGUMENT": "Page$3"})[0]
        == 500
    )


def test_search_button_posts_back_and_redirects(server: PortalServer) -> None:
    _, fields = _form(_get(server, "/"))
    fields.update({portal.SEARCH_BOX: "học bạ số", portal.SEARCH_BTN: "Tìm kiếm"})
    status, _, headers, _ = _fetch(server, "/", fields)
    assert (
        status == 302
        and headers["Location"] == "/TimKiem.aspx?tukhoa=h%E1%BB%8Dc%20b%E1%BA%A1%20s%E1%BB%91"
    )
    assert "/tin-tuc/2198/" in _get(server, headers["Location"])


# ------------------------------------------------------------------------------ the rest


def test_print_view_is_windows_1258(server: PortalServer) -> None:
    for gold in portal.GOLD:
        status, _, headers, raw = _fetch(
            server, f"/Print.aspx?NewsID={gold['alt_paths'][1].rsplit('=', 1)[1]}"
        )
        assert status == 200 and headers["Content-Type"] == "text/html; charset=windows-1258"
        decoded = raw.decode("cp1258")
        assert not unicodedata.is_normalized("NFC", decoded)
        text = _reader(decoded)
        assert gold["title"] in text
        for paragraph in gold["body"].split("\n\n"):
            assert paragraph.split(" | ")[0] in text


def test_calendar_next_week_never_ends(server: PortalServer) -> None:
    target, seen = "/LichCongTac.aspx", set()
    for _ in range(60):
        page = _get(server, target)
        nxt = html.unescape(re.search(r'<a href="([^"]+)">Tuần sau »</a>', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == "/LichCongTac.aspx?tuan=3&nam=2028"
    assert _fetch(server, "/LichCongTac.aspx?tuan=52&nam=2999")[0] == 200
    assert _fetch(server, "/LichCongTac.aspx?tuan=1&nam=3000")[0] == 404
    assert _fetch(server, "/LichCongTac.aspx?tuan=54&nam=2026")[0] == 404


def test_deleted_article_is_a_soft_404(server: PortalServer) -> None:
    target = portal.NON_ARTICLES[-1]
    home = _get(server, "/")
    assert f'<a href="{html.escape(target)}">' in home.split('class="xemnhieu"')[1]
    status, page, _, _ = _fetch(server, target)
    assert status == 200 and "Tin bài không tồn tại hoặc đã bị xóa!" in page
    assert not _TITLE.search(page) and "canonical" not in page


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"]) for g in portal.GOLD}
    decomposed = [
        p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _body_region(page))
    ]
    assert decomposed == [portal.article_path(portal._BY_ID[2212])]
    named = [
        p
        for p, page in pages.items()
        if re.search(r"&[a-z]+(grave|acute|circ|tilde);", _body_region(page))
    ]
    assert sorted(named) == sorted(portal.article_path(portal._BY_ID[i]) for i in (2198, 2224))
    word = [p for p, page in pages.items() if 'class="MsoNormal"' in page]
    assert word == [portal.article_path(portal._BY_ID[2171])]


def test_view_state_is_per_page_and_deterministic(server: PortalServer) -> None:
    states = {}
    for target in ("/", "/NewsList.aspx?CatID=2", "/NewsList.aspx?CatID=3", portal.GOLD[0]["path"]):
        _, fields = _form(_get(server, target))
        _, again = _form(_get(server, target))
        assert fields["__VIEWSTATE"] == again["__VIEWSTATE"]
        assert fields["__EVENTVALIDATION"] == again["__EVENTVALIDATION"]
        assert len(fields["__VIEWSTATE"]) > 1500
        states[target] = hashlib.sha1(fields["__VIEWSTATE"].encode()).hexdigest()
    assert len(set(states.values())) == len(states)
