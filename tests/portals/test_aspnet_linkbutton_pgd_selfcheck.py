"""Self-check of the ASP.NET WebForms district office portal: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that the gold is well formed
and printed on its pages (after entities and NFC), that every gold path, alternative address and
non-article answers 200, and what makes this platform what it is: the news lists page only by
form posts (``__doPostBack`` LinkButtons that echo ``__VIEWSTATE`` and ``__EVENTVALIDATION``), so
following links alone misses the two oldest posts while a browser-like postback walk reaches
every article; a wrong view state fails as ASP.NET fails; the search button wins over a pager
target; "Quay lại" and the week schedule are postbacks that are no pager, the second without end.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import aspnet_linkbutton_pgd as portal
from ._selfcheck import NO_REDIRECTS

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_HREF = re.compile(r"""<a\s[^>]*href="([^"]*)\"""")
_HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" id="[^"]+" value="([^"]*)" />')
_POSTBACK = re.compile(r"javascript:__doPostBack\(&#39;([^&]+)&#39;,&#39;([^&]*)&#39;\)")
_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)
_ARTICLE = re.compile(r"^/(?:chitiettin\.aspx\?id=(\d+)|tintuc/chitiet/(\d+)/)", re.I)
CP = portal.CP_ID


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _open(server: PortalServer, target: str, data: bytes | None = None) -> tuple[int, str, dict]:
    req = urllib.request.Request(server.url(target), data=data)
    if data is not None:
        req.add_header("Content-Type", "application/x-www-form-urlencoded")
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers.items())


def _get(server: PortalServer, target: str) -> tuple[int, str, dict]:
    return _open(server, target)


def _post(server: PortalServer, target: str, fields: dict[str, str]) -> tuple[int, str, dict]:
    return _open(server, target, urllib.parse.urlencode(fields).encode("utf-8"))


def _hidden(body: str) -> dict[str, str]:
    return {name: html.unescape(value) for name, value in _HIDDEN.findall(body)}


def _action(page: str, body: str) -> str:
    action = html.unescape(
        re.search(r'<form method="post" action="([^"]*)" id="aspnetForm">', body).group(1)
    )
    parts = urlsplit(urljoin("http://x" + page, action))
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _do_postback(
    server: PortalServer, page: str, body: str, target: str, argument: str = "", **extra: str
):
    """What a browser sends for ``__doPostBack(target, argument)``: the form's hidden fields and
    text boxes, no submit button."""
    fields = _hidden(body)
    fields.update({"__EVENTTARGET": target, "__EVENTARGUMENT": argument, portal.SEARCH_BOX: ""})
    fields.update(extra)
    action = _action(page, body)
    return action, _post(server, action, fields)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _span(body: str, name: str) -> str:
    start = body.index(f'<span id="{CP}{name}"')
    start = body.index(">", start) + 1
    end = {"lblNoiDung": "</span></div>\n"}.get(name, "</span>")
    return body[start : body.index(end, start)]


def _region(body: str) -> str:
    return body.split('<div class="khung_chitiet">', 1)[1].split('<div class="congcu">', 1)[0]


def _local_links(page: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin("http://fixture.invalid" + page, href))
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _article_id(target: str) -> int | None:
    m = _ARTICLE.match(target)
    return int(m.group(1) or m.group(2)) if m else None


def _gold_ids() -> set[int]:
    return {int(g["path"].split("=")[1]) for g in portal.GOLD}


def _get_walk(server: PortalServer) -> tuple[set[str], set[int]]:
    """Every page reached by following <a href> from START_PATH (GET only) and the posts among them."""
    seen: set[str] = set()
    ids: set[int] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or _STATIC.search(urlsplit(target).path):
            continue
        seen.add(target)
        assert len(seen) < 300
        status, body, _ = _get(server, target)
        aid = _article_id(target)
        if aid in portal._BY_ID and status == 200 and "lblTieuDe" in body:
            ids.add(aid)
        if status == 200:
            queue.extend(link for link in _local_links(target, body) if link not in seen)
    return seen, ids


# --- the contract ---------------------------------------------------------------------------


def test_contract_shape() -> None:
    assert portal.NAME == "aspnet_linkbutton_pgd" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths + alts) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {
        "Tin tức - Sự kiện", "Hoạt động chuyên môn", "Thông báo",
    }  # fmt: skip
    assert portal.pages_of(3) >= 3 and portal.pages_of(5) == 1 and portal.pages_of(7) == 1


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-4:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _DAY.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) in ({"path", "caption"}, {"url", "caption"})
        assert img["caption"] is None or img["caption"] not in gold["body"]
        assert img["caption"] is None or not img["caption"].startswith("(")
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(rf"(Tin|Ảnh|ảnh|viết|Bài|Tác giả): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
        assert not re.match(r"(ThS|TS|GV)\.", name)
    for line in ("Nguồn:", "Người đăng", "Ngày đăng", "Quay lại", "Các tin khác", "File đính kèm"):
        assert line not in gold["body"]


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-4:])
def test_gold_is_printed_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert f"<title>\n\t{portal.SITE}\n</title>" in body  # the <title> never names the post
    assert _nfc(_span(body, "lblTieuDe")) == gold["title"]
    d = gold["published_at"]
    assert _span(body, "lblNgayDang") == f"Ngày đăng: {d[8:10]}/{d[5:7]}/{d[:4]}"
    lead = _reader(_span(body, "lblTomTat"))
    assert lead == (gold["summary"] or "")
    content = _span(body, "lblNoiDung")
    text = _reader(content)
    paragraphs = gold["body"].split("\n\n")[1 if gold["summary"] else 0 :]
    position = 0
    for paragraph in paragraphs:  # in order
        found = text.find(paragraph, position)
        assert found >= 0, paragraph[:60]
        position = found + len(paragraph)
    region = _reader(_region(body))
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in region
    srcs = [html.unescape(s) for s in re.findall(r'<img alt="" src="([^"]+)"', content)]
    want = [i.get("path") or i["url"] for i in gold["images"]]
    assert srcs == want
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    crumbs = re.search(r'<div class="duongdan">(.*?)</div>', body).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    page = _reader(body)
    for chrome in (
        portal.TODAY,
        "Thống kê truy cập",
        "Các tin khác",
        "Văn bản mới",
        "Liên kết website",
    ):
        assert chrome in page
    assert portal.ADDRESS in page and portal.HOTLINE in page
    assert 'rel="canonical"' not in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-4:])
def test_alternative_addresses_serve_the_same_post(server: PortalServer, gold: dict) -> None:
    _, first, _ = _get(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, body, _ = _get(server, alt)
        assert status == 200
        assert _span(body, "lblTieuDe") == _span(first, "lblTieuDe")
        assert _span(body, "lblNoiDung") == _span(first, "lblNoiDung")


# --- reachability: links, then postbacks ------------------------------------------------------


def test_links_alone_miss_the_oldest_posts(server: PortalServer) -> None:
    seen, ids = _get_walk(server)
    only_by_postback = {s.id for s in portal.list_page(3, 3)}
    assert only_by_postback == {1222, 1218}
    assert ids == _gold_ids() - only_by_postback
    listings = {t for t in seen if t.lower().startswith("/tintuc.aspx")}
    assert listings == {f"/TinTuc.aspx?cid={c}" for c in portal.CATS}
    # every non-article but the documents listed only on the grid's second page is linked
    only_on_page_two = {d.path for d in portal.DOCS[portal.DOC_PAGE_SIZE :]}
    assert set(portal.NON_ARTICLES) - seen == only_on_page_two
    assert "/ChiTietTin.aspx?id=845" in seen  # the soft 404 is linked from a post


def _walk_list(server: PortalServer, cid: int) -> tuple[list[list[int]], set[str]]:
    """Follow "Trang sau »" postbacks until it is disabled: the posts of each page, and the view
    states seen."""
    page = f"/TinTuc.aspx?cid={cid}"
    status, body, _ = _get(server, page)
    pages, states = [], set()
    while True:
        assert status == 200
        states.add(_hidden(body)["__VIEWSTATE"])
        rows = re.findall(
            r'class="tieude_tin" href="ChiTietTin\.aspx\?id=(\d+)&amp;cid=(\d+)"', body
        )
        assert all(int(c) == cid for _, c in rows)
        pages.append([int(i) for i, _ in rows])
        targets = dict(_POSTBACK.findall(body))
        if portal.NEXT_PAGE not in targets:
            break
        page, (status, body, _) = _do_postback(server, page, body, portal.NEXT_PAGE)
        assert len(pages) < 10
    return pages, states


def test_postback_walk_reaches_every_post(server: PortalServer) -> None:
    _, ids = _get_walk(server)
    for cid in (3, 5, 7, 9):
        pages, states = _walk_list(server, cid)
        assert pages == [
            [s.id for s in portal.list_page(cid, n)] for n in range(1, portal.pages_of(cid) + 1)
        ]
        assert len(states) == len(pages)
        ids |= {i for p in pages for i in p}
    assert ids == _gold_ids()


def test_pager_markup(server: PortalServer) -> None:
    _, body, _ = _get(server, "/TinTuc.aspx?cid=3")
    assert '<form method="post" action="./TinTuc.aspx?cid=3" id="aspnetForm">' in body
    hidden = _hidden(body)
    assert {
        "__EVENTTARGET",
        "__EVENTARGUMENT",
        "__VIEWSTATE",
        "__VIEWSTATEGENERATOR",
        "__EVENTVALIDATION",
    } <= set(hidden)
    assert hidden["__VIEWSTATE"].startswith("/wEPDw") and len(hidden["__VIEWSTATE"]) > 900
    targets = [t for t, _ in _POSTBACK.findall(body)]
    assert (
        "javascript:__doPostBack(&#39;ctl00$ContentPlaceHolder1$rptPager$ctl02$lnkPage&#39;,&#39;&#39;)"
        in body
    )
    assert portal.pager_button(1) not in targets  # the current page: a disabled <a>, no href
    assert (
        f'id="{portal.pager_button(1).replace("$", "_")}" class="trang_hientai aspNetDisabled" disabled="disabled">1</a>'
        in body
    )
    assert targets.count(portal.NEXT_PAGE) == 1 and portal.PREV_PAGE not in targets
    # no GET address for page 2: query parameters are ignored
    for query in ("cid=3&page=2", "cid=3&Page=2", "cid=3&trang=2", "CID=3"):
        _, other, _ = _get(server, f"/TinTuc.aspx?{query}")
        assert re.findall(r"hplTieuDe[^>]*>([^<]+)", other) == re.findall(
            r"hplTieuDe[^>]*>([^<]+)", body
        )
    # the third page, straight from the first by its number
    _, (status, third, _) = _do_postback(server, "/TinTuc.aspx?cid=3", body, portal.pager_button(3))
    assert status == 200 and "ChiTietTin.aspx?id=1218&amp;cid=3" in third
    assert portal.NEXT_PAGE not in dict(_POSTBACK.findall(third))
    assert 'class="trang_sau aspNetDisabled" disabled="disabled">Trang sau &#187;</a>' in third
    _, (_, back, _) = _do_postback(server, "/TinTuc.aspx?cid=3", third, portal.PREV_PAGE)
    assert "ChiTietTin.aspx?id=1233&amp;cid=3" in back


def test_view_state_is_checked_as_aspnet_does(server: PortalServer) -> None:
    page = "/TinTuc.aspx?cid=3"
    _, body, _ = _get(server, page)
    fields = {**_hidden(body), "__EVENTTARGET": portal.NEXT_PAGE, "__EVENTARGUMENT": ""}
    vs = fields["__VIEWSTATE"]
    # altered view state
    status, err, _ = _post(
        server, page, {**fields, "__VIEWSTATE": vs[:40] + ("A" if vs[40] != "A" else "B") + vs[41:]}
    )
    assert status == 500 and portal.MAC_FAILED in err and "Server Error in '/' Application." in err
    # a '+' sent unencoded becomes a space: the MAC fails
    raw = "&".join(
        f"{k}={v}" if k == "__VIEWSTATE" else f"{k}={urllib.parse.quote(v)}"
        for k, v in fields.items()
    )
    if "+" in vs:
        assert _open(server, page, raw.encode())[0] == 500
    # a view state another category printed
    _, five, _ = _get(server, "/TinTuc.aspx?cid=5")
    status, err, _ = _post(server, page, {**fields, "__VIEWSTATE": _hidden(five)["__VIEWSTATE"]})
    assert status == 500 and portal.MAC_FAILED in err
    # no view state at all: the first page
    status, first, _ = _post(
        server, page, {"__EVENTTARGET": portal.NEXT_PAGE, "__EVENTARGUMENT": ""}
    )
    assert status == 200 and "id=1240&amp;cid=3" in first
    # an event without the page's event validation
    no_ev = {k: v for k, v in fields.items() if k != "__EVENTVALIDATION"}
    status, err, _ = _post(server, page, no_ev)
    assert status == 500 and portal.INVALID_POSTBACK in err
    # a target that names no enabled control re-renders the state
    status, same, _ = _post(
        server,
        page,
        {**fields, "__EVENTTARGET": "ctl00$ContentPlaceHolder1$rptPager$ctl07$lnkPage"},
    )
    assert status == 200 and "id=1240&amp;cid=3" in same
    # every page and state prints its own view state; the generator is per file
    _, second, _ = _post(server, page, fields)
    assert (
        _hidden(second)["__VIEWSTATE"] != vs
        and _hidden(second)["__EVENTVALIDATION"] != fields["__EVENTVALIDATION"]
    )
    assert _hidden(second)["__VIEWSTATEGENERATOR"] == fields["__VIEWSTATEGENERATOR"]
    assert (
        _hidden(_get(server, "/VanBan.aspx")[1])["__VIEWSTATEGENERATOR"]
        != fields["__VIEWSTATEGENERATOR"]
    )


def test_search_button_is_no_pager(server: PortalServer) -> None:
    page = "/TinTuc.aspx?cid=3"
    _, body, _ = _get(server, page)
    assert f'<input type="submit" name="{portal.SEARCH_BUTTON}" value="Tìm kiếm"' in body
    # the whole form serialised with its submit button: the button wins over the pager target
    fields = {
        **_hidden(body),
        "__EVENTTARGET": portal.NEXT_PAGE,
        portal.SEARCH_BOX: "",
        portal.SEARCH_BUTTON: "Tìm kiếm",
    }
    status, _, headers = _post(server, page, fields)
    assert status == 302 and headers["Location"] == "/TimKiem.aspx?tukhoa="
    status, found, _ = _get(server, headers["Location"])
    assert status == 200 and "Vui lòng nhập từ khóa cần tìm." in found
    fields[portal.SEARCH_BOX] = "Hội khỏe"
    status, _, headers = _post(server, page, fields)
    assert status == 302 and headers["Location"].startswith("/TimKiem.aspx?tukhoa=H")
    _, found, _ = _get(server, headers["Location"])
    assert "Tìm thấy 1 kết quả" in found and "ChiTietTin.aspx?id=1229" in found


def test_back_button_posts_back_to_the_list(server: PortalServer) -> None:
    for target in ("/ChiTietTin.aspx?id=1236", "/TinTuc/ChiTiet/1241/ten-bat-ky"):
        _, body, _ = _get(server, target)
        assert (portal.BACK, "") in _POSTBACK.findall(body)
        assert "javascript:window.print();" in body
        _, (status, _, headers) = _do_postback(server, target, body, portal.BACK)
        cid = portal._BY_ID[int(re.search(r"\d{4}", target).group())].cat
        assert status == 302 and headers["Location"] == f"/TinTuc.aspx?cid={cid}"
    _, body, _ = _get(server, "/TinTuc/ChiTiet/1241/ten-bat-ky")
    assert _action("/TinTuc/ChiTiet/1241/ten-bat-ky", body) == "/TinTuc/ChiTiet/1241/ten-bat-ky"


def test_week_schedule_postbacks_never_end(server: PortalServer) -> None:
    page = "/LichCongTac.aspx"
    status, body, _ = _get(server, page)
    assert "Từ ngày 23/11/2026 đến ngày 29/11/2026" in body and "Giao ban lãnh đạo Phòng" in body
    weeks, states = set(), set()
    for _ in range(40):
        page, (status, body, _) = _do_postback(server, page, body, portal.NEXT_WEEK)
        assert status == 200 and page == "/LichCongTac.aspx"
        weeks.add(re.search(r"Từ ngày (\d\d/\d\d/\d{4})", body).group(1))
        states.add(_hidden(body)["__VIEWSTATE"])
        assert {portal.PREV_WEEK, portal.NEXT_WEEK} <= set(dict(_POSTBACK.findall(body)))
    assert len(weeks) == len(states) == 40 and "Chưa có lịch công tác tuần này." in body
    _, (_, body, _) = _do_postback(server, page, body, portal.THIS_WEEK)
    _, (_, body, _) = _do_postback(server, page, body, portal.PREV_WEEK)
    assert "Từ ngày 16/11/2026" in body and "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam" in body


def test_documents_grid_pages_by_postback(server: PortalServer) -> None:
    _, body, _ = _get(server, "/VanBan.aspx")
    listed = re.findall(r'href="VanBan/ChiTiet\.aspx\?id=(\d+)"', body)
    assert listed == [str(d.id) for d in portal.DOCS[:5]]
    assert (portal.DOC_GRID, "Page$2") in _POSTBACK.findall(body)
    _, (status, second, _) = _do_postback(server, "/VanBan.aspx", body, portal.DOC_GRID, "Page$2")
    assert status == 200
    assert re.findall(r'href="VanBan/ChiTiet\.aspx\?id=(\d+)"', second) == [
        str(d.id) for d in portal.DOCS[5:]
    ]
    for d in portal.DOCS:
        status, page, _ = _get(server, d.path)
        assert status == 200 and d.number in page and f"/Upload/VanBan/{d.file}" in page
        assert _get(server, f"/Upload/VanBan/{d.file}")[2]["Content-Type"] == "application/pdf"


def test_contact_form_posts_back(server: PortalServer) -> None:
    _, body, _ = _get(server, "/LienHe.aspx")
    fields = {
        **_hidden(body),
        portal.CP + "txtHoTen": "Nguyễn Văn A",
        portal.SEND_BUTTON: "Gửi liên hệ",
    }
    status, sent, _ = _post(server, "/LienHe.aspx", fields)
    assert status == 200 and "Cảm ơn bạn đã gửi liên hệ." in sent


def test_soft_404_missing_and_redirects(server: PortalServer) -> None:
    status, body, _ = _get(server, "/ChiTietTin.aspx?id=845")
    assert status == 200 and "Tin bài không tồn tại hoặc đã bị xóa!" in body
    assert _span(body, "lblTieuDe") == ""
    status, _, headers = _get(server, "/ChiTietTin.aspx")
    assert status == 302 and headers["Location"] == "/Default.aspx"
    assert _get(server, "/TinTuc.aspx?cid=99")[0] == 302
    status, body, _ = _get(server, "/tin-tuc/khong-co.html")
    assert status == 404 and "404 - File or directory not found." in body
    _, body, _ = _get(server, "/TinTuc.aspx?cid=9")
    assert "Chưa có tin bài trong chuyên mục này." in body
    _, robots, _ = _get(server, "/robots.txt")
    assert "Sitemap" not in robots and _get(server, "/sitemap.xml")[0] == 404


def test_encodings_and_editor_markup(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, body, _ = _get(server, gold["path"])
        content = _span(body, "lblNoiDung")
        assert "&agrave;" in content or "&aacute;" in content or "&acirc;" in content
        assert not re.search(r"&#\d+;", content)
        story = portal._BY_ID[int(gold["path"].split("=")[1])]
        decomposed = any(unicodedata.combining(c) for c in content)
        assert decomposed == bool(story.opts.get("nfd"))
    _, body, _ = _get(server, "/ChiTietTin.aspx?id=1218")
    assert f'src="{portal.OLD_HOST}/Upload/images/2026/10/tuyen-duong-hsg-2026.jpg"' in body
    assert "Cập nhật: 07/10/2026 08:02" in body


def test_home_links_the_slider_through_the_rewriter(server: PortalServer) -> None:
    _, body, headers = _get(server, "/")
    assert headers["X-Powered-By"] == "ASP.NET" and "ASP.NET_SessionId=" in headers["Set-Cookie"]
    slides = re.findall(r'<a href="(/TinTuc/ChiTiet/\d+/[a-z0-9-]+)"><img', body)
    assert slides == [portal.rewritten_path(s) for s in portal.newest()[:4]]
    assert "<marquee" in body and portal.TODAY in body


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
