"""Self-check of the ColdFusion political-school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes for it; a gold target that does not
answer, a paragraph its page does not print or an article no link reaches would waste that crawl.
Nothing here imports the crawler beyond the demo server. It also pins down what makes the
platform what it is: relative links resolved through ``<base href>``, one article under three
URL forms, CFID/CFTOKEN tokens on the menu and pager links (minted per cookie-less visit),
``;jsessionid=`` in some paths, a week calendar without end, a soft 404, ColdFusion's error page,
FCKeditor entities and a decomposed-Unicode post.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from datetime import date
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import coldfusion_tct as portal

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_BASE = re.compile(r'<base href="([^"]+)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)
_REGION_START = '<div class="tin-chitiet">'
_REGION_END = '<div class="tin-congcu"'


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(
    server: PortalServer, target: str, cookie: str | None = None
) -> tuple[int, str, dict[str, str], list[str]]:
    """Status, body, headers and every Set-Cookie; redirects are not followed."""
    request = urllib.request.Request(server.url(target))
    if cookie:
        request.add_header("Cookie", cookie)
    try:
        with _OPENER.open(request, timeout=10) as resp:
            raw = resp.read()
            return (
                resp.status,
                raw.decode("utf-8", "replace"),
                dict(resp.headers.items()),
                resp.headers.get_all("Set-Cookie") or [],
            )
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers.items()), []


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)
    inline = re.sub(r"</?(a|strong|em|span|b|i|font)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split(_REGION_START, 1)[1].split(_REGION_END, 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    """Every local <a href> of a page, resolved the way a browser does (through <base href>)."""
    base = _BASE.search(body)
    anchor = base.group(1) if base else server.url(target)
    out = []
    for _, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        local = _local(server, urljoin(anchor, href))
        if local:
            out.append(local)
    return out


def _strip_session(target: str) -> str:
    """The same page without CFID/CFTOKEN and ``;jsessionid=``: only the self-check does this."""
    parts = urlsplit(target)
    path = parts.path.split(";", 1)[0]
    pairs = [
        (k, v)
        for k, v in (p.split("=", 1) if "=" in p else (p, "") for p in parts.query.split("&") if p)
        if k.upper() not in ("CFID", "CFTOKEN")
    ]
    return path + ("?" + "&".join(f"{k}={v}" for k, v in pairs) if pairs else "")


def _alts(gold: dict) -> list[str]:
    return [gold["path"], *gold["alt_paths"]]


def test_contract_shape() -> None:
    assert portal.NAME == "coldfusion_tct" and portal.PLATFORM == "coldfusion"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths + alts) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(portal.pages(c) for c in portal.CATS) >= 3
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[-1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    assert gold["path"].startswith("/index.cfm?fuseaction=tintuc.chitiet&matin=")
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/userfiles/image/")
        if img["caption"] is not None:
            assert img["caption"] not in paragraphs
            assert not img["caption"].startswith(("(", "Ảnh:")) and not img["caption"].endswith(")")
    for name in gold["authors"] + gold["photographers"]:
        assert not re.match(r"(ThS|TS|PGS|GS|CN)\.", name) and "–" not in name
        assert name not in ("bientap", "admin")
        assert all(name not in p for p in paragraphs[-1:])
    for line in ("Tin:", "Ảnh:", "Tin, ảnh:", "Bài:", "Nguồn:", "Tác giả:"):
        assert not any(p.startswith(line) for p in paragraphs)


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [t for g in portal.GOLD for t in _alts(g)] + portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := _get(server, t)[0]) != 200]
    assert not failures


def _date_line(stamp: str) -> str:
    day = f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"
    time = stamp[11:16] if "T" in stamp else "00:00"
    return f"Cập nhật lúc {time} ngày {day}"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[-1])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers, _ = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=UTF-8"
    region = _region(body)
    text = _reader(region)
    title = re.search(r'<div class="tin-tieude">(.*?)</div>', region).group(1)
    assert _nfc(title) == gold["title"]
    assert f'<div class="tin-ngay">{_date_line(gold["published_at"])} ' in body
    if "T" not in gold["published_at"]:
        assert "Cập nhật lúc 00:00 ngày" in body
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in text, paragraph[:60]
    if gold["summary"]:
        sapo = re.search(r'<div class="tin-tomtat"><b>(.*?)</b></div>', region).group(1)
        assert _nfc(sapo) == gold["summary"]
    else:
        assert '<div class="tin-tomtat">' not in region
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in text, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    # images: every <img> of the body, resolved through <base href>
    base = _BASE.search(body).group(1)
    content = region.split('<div class="tin-noidung" id="noidung">', 1)[1]
    srcs = [
        _local(server, urljoin(base, html.unescape(s)))
        for s in re.findall(r'<img [^>]*src="([^"]+)"', content)
    ]
    assert srcs == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
        assert _get(server, img["path"])[0] == 200
    crumb = re.search(r'<td class="khung-tieude">(.*?)</td>', body).group(1)
    assert re.findall(r'machuyenmuc=\d+">([^<]+)</a>', crumb) == [gold["category"]]
    page = _reader(body)
    for chrome in (
        portal.TODAY, "Thống kê truy cập".upper(), "Đang online", "Tổng lượt", "Các tin khác",
        "Bản in", "Gửi email", "Về đầu trang", "Người đăng: bientap", "Giấy phép số",
        portal.ADDRESS, "Liên kết website", "TIN XEM NHIỀU",
    ):  # fmt: skip
        assert chrome in page, chrome
    others = re.search(r'<div class="tin-khac">(.*?)</div>\n</div>', body, re.S).group(1)
    matin = int(gold["path"].rsplit("=", 1)[1])
    older = [s for s in portal.newest() if s.cat == portal._BY_ID[matin].cat and s.id < matin]
    assert len(re.findall(r"\(\d{2}/\d{2}/2026\)", others)) == min(len(older), portal.OTHERS)
    assert "<h1" not in body and gold["title"] not in _nfc(
        re.search(r"<title>(.*?)</title>", body).group(1)
    )


def test_alternative_urls_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        regions = {_region(_get(server, target)[1]) for target in _alts(gold)}
        token = gold["path"] + "&CFID=123456&CFTOKEN=78901234"
        regions.add(_region(_get(server, token)[1]))
        jsession = gold["path"].replace("/index.cfm?", "/index.cfm;jsessionid=8430ABCDEF?")
        regions.add(_region(_get(server, jsession)[1]))
        assert len(regions) == 1, gold["path"]
    story = portal.STORIES[0]
    wrong = f"/tin-tuc/{story.id}/mot-tieu-de-khac.cfm"
    assert _region(_get(server, wrong)[1]) == _region(_get(server, portal.article_path(story))[1])
    # resolved against the page instead of <base href>, the rewritten form's links go nowhere
    assert (
        _get(server, f"/tin-tuc/{story.id}/index.cfm?fuseaction=tintuc.danhsach&machuyenmuc=5")[0]
        == 404
    )
    assert _get(server, f"/tin-tuc/{story.id}/userfiles/image/2026/11/x.jpg")[0] == 404


def _walk(server: PortalServer) -> tuple[set[str], set[str]]:
    """A browser-like walk from START_PATH, session tokens stripped and calendar weeks kept near
    today; returns the targets reached and the raw hrefs seen (tokens kept)."""
    seen: set[str] = set()
    raw: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers, _ = _get(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            raw.add(link)
            clean = _strip_session(link)
            if _NOT_PAGES.search(urlsplit(clean).path):
                continue
            day = parse_qs(urlsplit(clean).query).get("ngay")
            if day and abs((date.fromisoformat(day[0]) - portal.TODAY_DATE).days) > 21:
                continue
            if clean not in seen:
                queue.append(clean)
    return seen, raw


def test_every_article_and_non_article_is_reachable_by_links(server: PortalServer) -> None:
    seen, raw = _walk(server)
    for gold in portal.GOLD:
        assert {gold["path"], gold["alt_paths"][0]} <= seen, gold["path"]
    assert set(portal.NON_ARTICLES) <= seen
    # the home page links the rewritten form, the listings the form with the category
    _, home, _, _ = _get(server, "/")
    home_links = set(_links(server, "/", home))
    assert {g["alt_paths"][1] for g in portal.GOLD[:5]} <= home_links
    assert {_strip_session(t) for t in home_links if not _NOT_PAGES.search(t)} <= seen
    middle = home.split('class="cot-giua">', 1)[1].split('class="cot-phai">', 1)[0]
    assert "tintuc.chitiet" not in middle and middle.count('href="tin-tuc/') >= 10
    # pages 2 and 3 of a listing are linked only with session tokens
    paged = {t for t in raw if "trang=" in t}
    assert paged and all("CFID=" in t and "CFTOKEN=" in t for t in paged)
    assert any(";jsessionid=" in t for t in raw)
    # no article is printed under a path the walk did not expect
    for target in seen:
        if "tintuc.chitiet" in target and "matin=1102" not in target:
            assert any(target in _alts(g) for g in portal.GOLD), target


def _cfid(cookies: list[str]) -> tuple[str, str]:
    jar = dict(c.split(";", 1)[0].split("=", 1) for c in cookies)
    return jar["CFID"], jar["CFTOKEN"]


def test_session_tokens_are_minted_per_visit_and_kept(server: PortalServer) -> None:
    listing = portal.listing_path(5)
    _, body_a, _, cookies_a = _get(server, "/")
    _, body_b, _, cookies_b = _get(server, portal.listing_path(3))
    cfid_a, token_a = _cfid(cookies_a)
    cfid_b, _ = _cfid(cookies_b)
    assert cfid_a != cfid_b and cfid_a.isdigit() and token_a.isdigit()
    assert f"machuyenmuc=5&CFID={cfid_a}&CFTOKEN={token_a}" in body_a
    assert f"CFID={cfid_b}&" in body_b
    # tokens in the query are kept on every menu and pager link
    _, body, _, _ = _get(server, listing + "&CFID=111111&CFTOKEN=22222222")
    pager = re.search(r'<div class="phantrang">(.*?)</div>', body).group(1)
    assert pager.count("CFID=111111&CFTOKEN=22222222") == pager.count("<a ")
    # a browser with cookies gets the cookie's session in the tokens and no new cookie
    status, body, _, cookies = _get(
        server, listing, cookie="CFID=333333; CFTOKEN=44444444; JSESSIONID=ABC"
    )
    assert status == 200 and "CFID=333333&CFTOKEN=44444444" in body and not cookies
    assert ";jsessionid=" not in body
    _, body, _, cookies = _get(server, listing)
    assert re.search(r'href="index\.cfm;jsessionid=[0-9A-F]{32}\?fuseaction=thuvienanh', body)
    assert any(c.startswith("JSESSIONID=") for c in cookies)


def test_week_calendar_never_ends(server: PortalServer) -> None:
    for direction, steps in (("Tuần sau", 60), ("Tuần trước", 30)):
        target = "/index.cfm?fuseaction=lichcongtac.tuan&ngay=2026-11-16"
        seen = set()
        for _ in range(steps):
            status, body, _, _ = _get(server, target)
            assert status == 200 and "LỊCH CÔNG TÁC TUẦN" in body
            seen.add(target)
            href = re.search(rf'<a href="([^"]+)">(?:&laquo; )?{direction}', body).group(1)
            target = "/" + html.unescape(href)
            assert target not in seen
    _, body, _, _ = _get(server, "/index.cfm?fuseaction=lichcongtac.tuan&ngay=2026-13-45")
    assert "Từ ngày 23/11/2026 đến ngày 29/11/2026" in body
    _, body, _, _ = _get(server, "/index.cfm?fuseaction=lichcongtac.tuan&ngay=2026-11-16")
    assert (
        "Từ ngày 16/11/2026 đến ngày 22/11/2026" in body and "Ban Giám hiệu giao ban tuần" in body
    )


def test_soft_404_errors_and_empty_pages(server: PortalServer) -> None:
    target = f"/index.cfm?fuseaction=tintuc.chitiet&matin={portal.DELETED}"
    status, body, _, _ = _get(server, target)
    assert status == 200 and "Tin bạn yêu cầu không tồn tại hoặc đã bị xóa!" in body
    assert 'class="tin-chitiet"' not in body
    _, home, _, _ = _get(server, "/")
    assert target in _links(server, "/", home)
    status, body, _, _ = _get(server, "/index.cfm?fuseaction=tintuc.chitiet&matin=abc")
    assert status == 500 and "Error Occurred While Processing Request" in body
    status, body, _, _ = _get(server, "/index.cfm?fuseaction=tintuc.khongco")
    assert status == 500 and "which is not defined in Circuit tintuc" in body
    status, body, _, _ = _get(server, portal.listing_path(5, 4))
    assert status == 200 and "Chưa có tin trong chuyên mục này." in body
    assert _get(server, "/khong-co-trang-nay.cfm")[0] == 404


def test_listings_page_three_at_a_time(server: PortalServer) -> None:
    for cid in portal.CATS:
        listed = []
        for n in range(1, portal.pages(cid) + 1):
            _, body, _, _ = _get(server, portal.listing_path(cid, n))
            listed += re.findall(r'matin=(\d+)&amp;machuyenmuc=\d+" class="ds-tieude"', body)
            assert re.findall(r'<span class="ds-ngay">\((\d{2}/\d{2}/\d{4})\)</span>', body)
        assert [int(i) for i in listed] == [s.id for s in portal.newest(cid)]
    assert portal.pages(5) == 3


def test_print_view_and_mail_form(server: PortalServer) -> None:
    for gold in portal.GOLD:
        matin = gold["path"].rsplit("=", 1)[1]
        status, body, headers, _ = _get(server, f"/index.cfm?fuseaction=tintuc.inbai&matin={matin}")
        assert status == 200 and headers["Content-Type"] == "text/html"
        assert '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' in body
        text = _reader(body)
        assert gold["title"] in text and all(p in text for p in gold["body"].split("\n\n"))
        assert f"Địa chỉ bài viết: {server.base_url}{gold['path']}" in text
        status, body, _, _ = _get(server, f"/index.cfm?fuseaction=tintuc.guiemail&matin={matin}")
        assert status == 200 and "GỬI TIN CHO BẠN BÈ" in body


def test_encodings_are_as_documented(server: PortalServer) -> None:
    by_id = {s.id: s for s in portal.STORIES}
    for story in portal.STORIES:
        _, body, _, _ = _get(server, portal.article_path(story))
        content = body.split('<div class="tin-noidung" id="noidung">', 1)[1].split("\n</div>", 1)[0]
        named = re.findall(r"&([a-z]+);", content)
        if story.opts.get("fck"):
            assert {"agrave", "ecirc"} <= set(named) and "ư" in content  # named and raw in one text
        else:
            assert set(named) <= {"nbsp"}
        if story.opts.get("nfd"):
            assert not unicodedata.is_normalized("NFC", content)
            assert unicodedata.normalize("NFD", "Hội nghị") in content
        else:
            assert unicodedata.is_normalized("NFC", content)
    assert sum(1 for s in by_id.values() if s.opts.get("fck")) == 2
    status, robots, _, _ = _get(server, "/robots.txt")
    assert status == 200 and "Disallow: /CFIDE/" in robots


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[0]["path"], "/", portal.listing_path(5, 2)):
        assert _get(server, target)[1] == _get(server, target)[1]
    query = urlencode({"fuseaction": "timkiem.ketqua", "tukhoa": "bóng chuyền"})
    _, body, _, _ = _get(server, f"/index.cfm?{query}")
    assert "Tìm thấy <b>1</b> kết quả" in body
