"""Self-check of the JSF/PrimeFaces (Sở GD&ĐT Lâm Đồng) fixture: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, its
``;jsessionid`` alternative and every non-article answer 200; that the gold is well formed and
printed on its page (after entities and NFC); that a cookieless walk of links from START_PATH
reaches every article and non-article; and that the platform behaves as documented: Tomcat URL
rewriting (a fresh session per cookieless entry, the id carried on by every component link, clean
links with the cookie), the JavaScript-only PrimeFaces paginator with its windowed server-side
fallback and AJAX partial responses, the never-ending week links of "Lịch công tác", the soft 404.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import jsf_primefaces_sgddt as portal
from ._selfcheck import NO_REDIRECTS, fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<(?:a|link)\s[^>]*href="([^"]*)\"""")
_SID = re.compile(r";jsessionid=([0-9A-F]{32})")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"(\.(jpe?g|png|gif|ico|css|js)(\.xhtml)?$)|/DownloadServlet$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = fetch(server, target)
    return status, body


def _post(server: PortalServer, target: str, form: dict[str, str]) -> tuple[int, str, dict]:
    req = urllib.request.Request(server.url(target), data=urlencode(form).encode(), method="POST")
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _between(page: str, start: str, end: str) -> str:
    return page.split(start, 1)[1].split(end, 1)[0]


def _body_region(page: str) -> str:
    return _between(page, '<div id="frmChiTiet:pnlNoiDung" class="noi-dung-tin">', "\n</div>")


def _clean(target: str) -> str:
    return _SID.sub("", target)


def _week_far(target: str) -> bool:
    q = parse_qs(urlsplit(target).query)
    return "nam" in q and q["nam"][0] != "2026"


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, tuple[int, list[str]]]:
    """Breadth-first over same-host links from START_PATH as a cookieless client; pages are keyed
    by their target without ``;jsessionid`` (the first URL seen is fetched as printed)."""
    seen: dict[str, tuple[int, list[str]]] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        key = _clean(target)
        if key in seen:
            continue
        if _NOT_PAGES.search(urlsplit(key).path) or _week_far(key):
            seen[key] = (0, [])
            continue
        status, body = _get(server, target)
        links = []
        for href in _HREF.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != host or not link.path:
                continue
            links.append(link.path + (f"?{link.query}" if link.query else ""))
        seen[key] = (status, links)
        assert len(seen) < 300, "the walk should stay small"
        queue.extend(t for t in links if _clean(t) not in seen)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "jsf_primefaces_sgddt"
    assert portal.START_PATH == "/portal/trang-chu.xhtml"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    for gold in portal.GOLD:
        assert gold["alt_paths"] == [portal.session_path(gold["path"], portal.START_SID)]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-4:])
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
        assert set(image) == {"path", "caption"} and ";jsessionid" not in image["path"]
    assert gold["canonical_path"] == gold["path"]
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "§"]:
        assert not re.search(rf"(Tin|Ảnh|ảnh|Nguồn): {re.escape(name)}$", gold["body"])
        assert not gold["body"].endswith(name)
    for image in gold["images"]:
        assert not image["caption"] or image["caption"] not in gold["body"]


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-4:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    title = re.search(r'<span class="tieu-de-tin">(.*?)</span>', page).group(1)
    assert _nfc(title) == gold["title"]
    stamp = re.search(r"Ngày cập nhật: (\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)</span>", page)
    d, m, y, hh, mm = stamp.groups()
    assert gold["published_at"] == f"{y}-{m}-{d}T{hh}:{mm}:00+07:00"
    sapo = re.search(r'<div id="frmChiTiet:pnlTomTat" class="tom-tat"><b>(.*?)</b></div>', page)
    assert (sapo and _nfc(sapo.group(1))) == (gold["summary"] or None)
    region = _body_region(page)
    paragraphs = gold["body"].split("\n\n")[1 if gold["summary"] else 0 :]
    blocks = [_reader(b) for b in re.findall(r"<(?:p|li)\b[^>]*>(.*?)</(?:p|li)>", region)]
    assert [b for b in blocks if b in paragraphs] == paragraphs  # in order, each its own block
    for image in gold["images"]:
        tag = f'<img alt="" src="{html.escape(image["path"])}"'
        assert tag in region
        after = region.split(tag, 1)[1].split("</p>", 2)[1]
        if image["caption"]:
            assert re.match(r'\s*<p style="text-align: center;">(<span[^>]*>)?<(em|i)>', after)
            assert _reader(after.split("</p>", 1)[0]) == image["caption"]
    right = re.findall(r'<p style="text-align: right;">(.*?)</p>', region)
    last = _reader(right[-1]) if right else ""
    if not (gold["authors"] or gold["photographers"] or gold["source"]):
        assert not right
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in last or any(name in (i["caption"] or "") for i in gold["images"])
    crumbs = _between(page, 'id="frmDuongDan:bcDuongDan"', "</div>")
    assert (
        _nfc(re.findall(r'<span class="ui-menuitem-text">([^<]+)</span>', crumbs)[-1])
        == (gold["category"])
    )
    for chrome in (
        "Lượt xem:",
        "Các tin liên quan",
        "Tin mới nhất",
        "Cơ quan chủ quản",
        portal.TODAY,
    ):
        assert chrome in page


def test_a_file_name_under_a_photo_is_no_caption(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if g["path"].endswith("4495"))
    (image,) = gold["images"]
    assert image["caption"] is None
    region = _body_region(_get(server, gold["path"])[1])
    assert "<em>z5987123456789_4c1f0e2b9a7d.jpg</em>" in region


def test_cookieless_visits_get_url_rewriting(server: PortalServer) -> None:
    status, page, headers = fetch(server, portal.START_PATH)
    assert status == 200
    assert headers["Set-Cookie"] == f"JSESSIONID={portal.START_SID}; Path=/portal; HttpOnly"
    internal = [h for h in _HREF.findall(page) if h.startswith("/portal/")]
    rewritten = [h for h in internal if f";jsessionid={portal.START_SID}" in h]
    plain = [h for h in internal if ";jsessionid" not in h]
    assert len(rewritten) > 40 and set(_SID.findall(page)) == {portal.START_SID}
    assert plain and all(not _NOT_PAGES.search(h) or "/resources/" in h for h in plain)
    assert (
        '<a href="/portal/trang-chu.xhtml" class="logo">' in page
    )  # template HTML: never rewritten
    # the id in the path continues that session: same links, no new cookie
    again, page2, headers2 = fetch(server, portal.session_path(portal.START_PATH))
    assert again == 200 and "Set-Cookie" not in headers2
    assert set(_SID.findall(page2)) == {portal.START_SID}
    assert (
        f'content="{server.base_url}/portal/trang-chu.xhtml;jsessionid={portal.START_SID}"' in page2
    )
    # another cookieless entry point opens another session
    other = fetch(server, portal.GOLD[3]["path"])
    assert other[2]["Set-Cookie"].startswith("JSESSIONID=")
    assert (
        set(_SID.findall(other[1]))
        == {portal.sid_for(portal.GOLD[3]["path"])}
        != {portal.START_SID}
    )
    # a browser that sends the cookie gets clean links
    req = urllib.request.Request(
        server.url(portal.START_PATH), headers={"Cookie": f"JSESSIONID={portal.START_SID}"}
    )
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        assert ";jsessionid" not in resp.read().decode("utf-8")
    for gold in portal.GOLD:  # the article is the same under its session URL
        plain_page = _get(server, gold["path"])[1]
        session_page = _get(server, gold["alt_paths"][0])[1]
        assert _body_region(plain_page) == _body_region(session_page)


def test_walk_from_start_reaches_everything(
    server: PortalServer, walk: dict[str, tuple[int, list[str]]]
) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [(t, s) for t, (s, _) in walk.items() if s not in (0, 200)] == []
    # a walk that stays in the start page's session sees every article under its alt path
    in_start_session = {
        link for status, links in walk.values() for link in links if portal.START_SID in link
    }
    assert {g["alt_paths"][0] for g in portal.GOLD} <= in_start_session
    assert any(_week_far(t) for t in walk), "the week links went on"
    assert f"/portal/tin-tuc/chi-tiet.xhtml?id={portal.GONE_ID}" in walk  # the soft 404 is linked


def test_primefaces_paginator_is_javascript_and_the_fallback_is_windowed(
    server: PortalServer,
) -> None:
    first = _get(server, "/portal/tin-tuc.xhtml?danhMuc=3")[1]
    paginator = _between(first, 'class="ui-paginator ui-paginator-bottom', "</div>")
    assert re.findall(r'href="([^"]*)"', paginator) and set(
        re.findall(r'href="([^"]*)"', paginator)
    ) == {"#"}
    assert "ui-paginator-page" in paginator and "(1 / 3)" in paginator
    fallback = _between(first, '<ul class="phan-trang">', "</ul>")
    assert "danhMuc=3&amp;trang=2" in fallback and "trang=3" not in fallback
    second = _get(server, "/portal/tin-tuc.xhtml?danhMuc=3&trang=2")[1]
    assert "danhMuc=3&amp;trang=3" in _between(second, '<ul class="phan-trang">', "</ul>")
    third = _get(server, "/portal/tin-tuc.xhtml?danhMuc=3&trang=3")[1]
    last_story = portal.in_cat(3)[-1]
    assert f"?id={last_story.id}" in third and f"?id={last_story.id}" not in first + second
    assert '<ul class="phan-trang">' not in _get(server, "/portal/tin-tuc.xhtml?danhMuc=7")[1]
    status, xml, headers = _post(
        server,
        "/portal/tin-tuc.xhtml?danhMuc=3",
        {
            "javax.faces.partial.ajax": "true",
            "javax.faces.source": "frmDanhSach:dlTin",
            "frmDanhSach:dlTin_pagination": "true",
            "frmDanhSach:dlTin_first": "6",
            "frmDanhSach:dlTin_rows": "3",
        },
    )
    assert status == 200 and headers["Content-Type"].startswith("text/xml")
    assert xml.startswith("<?xml") and "<partial-response" in xml and f"?id={last_story.id}" in xml
    past = _get(server, "/portal/tin-tuc.xhtml?danhMuc=3&trang=9")
    assert past[0] == 200 and "Không có dữ liệu." in past[1] and "phan-trang" not in past[1]


def test_week_links_never_end_and_command_links_post(server: PortalServer) -> None:
    target = "/portal/lich-cong-tac.xhtml"
    seen = set()
    for _ in range(60):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(
            re.search(r'<a class="lien-ket-tuan" href="([^"]+)">Tuần sau ›</a>', page).group(1)
        )
        assert _clean(nxt) not in seen
        seen.add(_clean(nxt))
        target = nxt
    assert "nam=2028" in target
    page = _get(server, "/portal/lich-cong-tac.xhtml?tuan=52&nam=2999")[1]
    assert "Tuần sau ›" not in page and "Lịch công tác tuần 52 năm 2999" in page
    assert "mojarra.jsfcljs(document.getElementById('frmLich')" in page
    status, posted, _ = _post(server, "/portal/lich-cong-tac.xhtml", {
        "frmLich": "frmLich", "frmLich:lnkTuanSau": "frmLich:lnkTuanSau", "tuan": "49", "nam": "2026",
        "javax.faces.ViewState": "x",
    })  # fmt: skip
    assert status == 200 and "Lịch công tác tuần 49 năm 2026" in posted


def test_soft_404_and_redirects(server: PortalServer) -> None:
    status, page = _get(server, f"/portal/tin-tuc/chi-tiet.xhtml?id={portal.GONE_ID}")
    assert status == 200 and "Tin bài không tồn tại hoặc đã bị xóa." in page
    assert 'class="tieu-de-tin"' not in page
    linking = _get(server, "/portal/tin-tuc/chi-tiet.xhtml?id=4476")[1]
    assert f'<a href="/portal/tin-tuc/chi-tiet.xhtml?id={portal.GONE_ID}">' in linking
    for target in ("/", "/portal", "/portal/"):
        status, _, headers = fetch(server, target)
        assert status == 302 and headers["Location"] == portal.START_PATH
    assert _get(server, "/portal/khong-co.xhtml")[0] == 404
    status, _, headers = _post(
        server,
        portal.START_PATH,
        {"j_idt12": "j_idt12", "j_idt12:txtTuKhoa": "STEM", "j_idt12:btnTim": ""},
    )
    assert status == 302 and "/portal/tim-kiem.xhtml;jsessionid=" in headers["Location"]
    assert "Tìm thấy 1 kết quả." in _get(server, "/portal/tim-kiem.xhtml?tuKhoa=STEM")[1]


def test_platform_markup_and_encodings(server: PortalServer) -> None:
    status, page, headers = fetch(server, portal.START_PATH)
    assert headers["Content-Type"] == "text/html;charset=UTF-8"
    assert page.count('name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0"') >= 4
    assert 'id="frmTrangChu:tabTin"' in page and page.count('class="ui-tabs-panel ui-widget') == 3
    assert "ui-helper-hidden" in page and "<marquee" in page and "ui-selectonemenu" in page
    for gold in portal.GOLD:  # every article is reachable from a home tab
        assert f"chi-tiet.xhtml;jsessionid={portal.START_SID}?id={gold['path'][-4:]}" in page or (
            gold["category"] == "Tin tức - Sự kiện"
        )
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    assert all(unicodedata.is_normalized("NFC", p) for p in pages.values())
    latin = [p for p, page in pages.items() if "&agrave;" in _body_region(page)]
    assert sorted(latin) == sorted(
        portal.article_path(s) for s in portal.STORIES if s.opts.get("ck")
    )
    album = _get(server, "/portal/album-anh/chi-tiet.xhtml?id=21")[1]
    assert 'class="ui-galleria ' in album and album.count("ui-galleria-panel") >= 4
    docs = _get(server, "/portal/van-ban.xhtml")[1]
    assert 'class="ui-datatable ui-widget"' in docs and "van-ban.xhtml" in _between(
        docs, '<ul class="phan-trang">', "</ul>"
    )
    status, _, headers = fetch(server, "/portal/DownloadServlet?fileId=9812")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
