"""Self-check of the vendor e-gov portal (Trường Chính trị tỉnh Hà Tĩnh): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every GOLD target, its
alternative addresses and every NON_ARTICLE answers 200; that the gold is well formed and printed
on its page (after character references and NFC); that a walk of ``<a href>`` links from
START_PATH reaches every article (the week schedule is followed only near week 48/2026); and that
the traps behave as the module says: the postback pager needs the form's view state and event
validation, the GET pager links one page past the end, menu links carry ``?s=``, the schedule's
week links never end, the internal ``Detail.aspx`` address and the print view repeat the article,
the deleted article is a soft 404 and the "Giới thiệu" pages carry no date.
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
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import lacviet_egov_tct as portal
from ._selfcheck import NO_REDIRECTS, fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)
_PAGER = "ctl00$ContentPlaceHolder1$ucListNews"


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = fetch(server, target)
    return status, body


def _post(server: PortalServer, target: str, fields: dict[str, str]) -> tuple[int, str]:
    data = urllib.parse.urlencode(fields).encode()
    req = urllib.request.Request(server.url(target), data=data, method="POST")
    req.add_header("Content-Type", "application/x-www-form-urlencoded")
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|span|b|i|em|o:p)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split('<div class="chitiet-tin">', 1)[1].split('<div class="tu-khoa">', 1)[0]


def _hidden(page: str) -> dict[str, str]:
    return dict(
        re.findall(r'<input type="hidden" name="([^"]+)" id="[^"]+" value="([^"]*)" />', page)
    )


def _entries(page: str) -> list[str]:
    return re.findall(r'<div class="td-tin"><a href="([^"]+)">', page)


def _week(target: str) -> tuple[int, int] | None:
    parts = urlsplit(target)
    if parts.path != "/lich-cong-tac.aspx":
        return None
    q = parse_qs(parts.query)
    if "tuan" not in q:
        return None
    return int(q["tuan"][0]), int(q["nam"][0])


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host <a href> links; schedule weeks only near week 48/2026."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        wk = _week(target)
        if _NOT_PAGES.search(urlsplit(target).path) or (
            wk and (wk[1] != 2026 or abs(wk[0] - 48) > 3)
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 700, "the walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            link = urlsplit(urljoin(server.url(target), href))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "lacviet_egov_tct" and portal.START_PATH == "/Default.aspx"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {
        "Tin hoạt động",
        "Đào tạo - Bồi dưỡng",
        "Nghiên cứu - Trao đổi",
    }
    newest = max(g["published_at"][:10] for g in portal.GOLD)
    assert newest.startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(r"\b(ThS|TS|GS|PGS)\.", name) and " - " not in name
        assert not re.search(rf"(Tin|Ảnh|Bài)[^:\n]*: {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    assert not re.search(r"(Tin|Ảnh|Bài|Nguồn|Theo)[,:]? ", paragraphs[-1][:8])
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
        assert not image["caption"] or image["caption"] not in gold["body"]
        assert not image["caption"] or not image["caption"].startswith(("(", "Ảnh:"))
    assert gold["alt_paths"][0].startswith("/Portal/Detail.aspx?Organization=TCT&MenuID=")


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/Default.aspx"
    assert _get(server, "/tin-tuc/t9999/khong-co.aspx")[0] == 404


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' in body
    region = _region(body)
    head = re.search(r'<div class="tieude-chitiet">(.*?)</div>', region).group(1)
    assert _nfc(head) == gold["title"]
    assert not re.search(r"<h[1-6]\b", body), "the skin has no heading tags"
    shown = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in shown, paragraph[:60]
    lead = _reader(re.search(r'<div class="tomtat">(.*?)</div>', region).group(1))
    if lead:  # the platform's lead block
        assert lead == gold["summary"]
    else:  # an empty lead block: a wholly bold first paragraph is the hand-made lead
        noidung = region.split('<div class="noidung">', 1)[1]
        first = re.search(
            r'<p class="MsoNormal" style="[^"]*">(?!<span[^>]*>&nbsp;)(.*?)</p>', noidung, re.S
        )
        assert first.group(1).startswith("<b>") and _reader(first.group(1)) == gold["summary"]
    srcs = re.findall(r'<img alt="" src="([^"]+)"', region)
    want = [im.get("url") or im["path"] for im in gold["images"]]
    assert [html.unescape(s) for s in srcs] == want
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    stamp = gold["published_at"]
    line = re.search(r"Cập nhật: (\d\d)/(\d\d)/(\d{4}) (\d\d:\d\d)", shown)
    day = f"{line.group(3)}-{line.group(2)}-{line.group(1)}"
    want_stamp = day if line.group(4) == "00:00" else f"{day}T{line.group(4)}:00+07:00"
    assert want_stamp == stamp
    crumbs = re.search(r'<div class="duong-dan">(.*?)</div>', body).group(1)
    assert re.findall(r">([^<]+)</a>", crumbs)[-1] == gold["category"]
    page = _reader(body)
    assert portal.TODAY in page and "Đang online:" in page and "Bản quyền thuộc" in page
    others = body.split('<div class="tin-khac">', 1)[1].split("</ul>", 1)[0]
    assert others.count("<li>") == 8 or gold["category"] == "Nghiên cứu - Trao đổi"
    assert 'rel="canonical"' not in body


def test_alternative_addresses_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        region = _region(_get(server, gold["path"])[1])
        for alt in gold["alt_paths"]:
            assert _region(_get(server, alt)[1]) == region, alt
    old = portal.OLD_SLUG_4502
    linking = next(g for g in portal.GOLD if "/t4521/" in g["path"])
    assert f'href="{old}"' in _get(server, linking["path"])[1]


def test_print_view_repeats_the_text(server: PortalServer) -> None:
    for gold in portal.GOLD:
        sid = re.search(r"/t(\d+)/", gold["path"]).group(1)
        page = _get(server, f"/Portal/Print.aspx?ContentID={sid}")[1]
        assert 'onload="window.print()"' in page and 'class="menu-top"' not in page
        shown = _reader(page)
        assert all(p in shown for p in gold["body"].split("\n\n"))
        assert gold["path"] in page


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any(s == 0 and _week(t) for t, s in walk.items()), "the week links went on"
    # the home page links articles only by their internal address
    home_links = {t for t in walk if t.startswith("/Portal/Detail.aspx")}
    assert {g["alt_paths"][0] for g in portal.GOLD} <= home_links


def test_postback_pager(server: PortalServer) -> None:
    c12 = portal.cat_path(portal.CATS[12])
    status, first = _get(server, c12)
    assert status == 200 and "?Page=" not in first
    link = f"javascript:__doPostBack(&#39;{_PAGER}$rptPager$ctl01$lnkPage&#39;,&#39;&#39;)"
    assert f'href="{link}"' in first
    assert 'action="./tin-hoat-dong.aspx"' in first
    fields = _hidden(first)
    assert fields["__VIEWSTATE"].startswith("/wEPDw") and fields["__EVENTVALIDATION"]
    stories = portal.in_cat(12)
    paths = [portal.article_path(s) for s in stories]
    assert _entries(first) == paths[:5]
    fields["__EVENTTARGET"] = f"{_PAGER}$rptPager$ctl01$lnkPage"
    status, second = _post(server, c12, fields)
    assert status == 200 and _entries(second) == paths[5:]
    nxt = {**fields, "__EVENTTARGET": f"{_PAGER}$lnkNext"}
    assert _entries(_post(server, c12, nxt)[1]) == paths[5:]
    back = {**_hidden(second), "__EVENTTARGET": f"{_PAGER}$lnkPrev", "__EVENTARGUMENT": ""}
    assert _entries(_post(server, c12, back)[1]) == paths[:5]
    no_ev = {k: v for k, v in fields.items() if k != "__EVENTVALIDATION"}
    assert _post(server, c12, no_ev)[0] == 500
    assert _post(server, c12, {**fields, "__VIEWSTATE": "/wEPDwUKMTIzNDU2Nzg5"})[0] == 500
    no_vs = {k: v for k, v in fields.items() if k != "__VIEWSTATE"}
    assert _entries(_post(server, c12, no_vs)[1]) == paths[:5]
    # a GET never reaches page 2
    assert _entries(_get(server, c12 + "?Page=2")[1]) == paths[:5]


def test_get_pager_links_one_page_past_the_end(server: PortalServer) -> None:
    c11 = portal.cat_path(portal.CATS[11])
    everything = [portal.article_path(s) for s in portal.in_cat(11)]
    assert len(everything) == 11
    listed = []
    for n in (1, 2, 3):
        page = _get(server, f"{c11}?Page={n}")[1]
        listed += _entries(page)
        assert f'href="{c11}?Page={n + 1}">Trang sau »</a>' in page
    assert listed == everything
    past = _get(server, f"{c11}?Page=4")
    assert past[0] == 200 and "Không có dữ liệu" in past[1] and "Trang sau" not in past[1]
    assert _entries(_get(server, c11)[1]) == everything[:5]
    docs = _get(server, "/van-ban.aspx?Page=3")[1]
    assert "Không tìm thấy văn bản nào." in docs and "Trang sau" not in docs


def test_menu_links_carry_a_session_token(server: PortalServer) -> None:
    home = _get(server, "/Default.aspx")[1]
    menu = home.split('<div class="menu-top">', 1)[1].split("</div>", 1)[0]
    token = portal.session_token("c11")
    assert re.fullmatch(r"[a-z0-5]{24}", token)
    c11 = portal.cat_path(portal.CATS[11])
    assert f'href="{c11}?s={token}"' in menu
    hrefs = [html.unescape(h) for _, h in _HREF.findall(menu)]
    assert all("s=" in h for h in hrefs if h != "/Default.aspx")
    page = _get(server, f"{c11}?s={token}")[1]
    assert _entries(page) == _entries(_get(server, c11)[1])
    assert f'href="{c11}?s={token}&amp;Page=2"' in page


def test_week_schedule_never_ends(server: PortalServer) -> None:
    target = portal.week_path(48, 2026)
    first = _get(server, target)[1]
    assert "Giao ban Ban Giám hiệu" in first and "23/11/2026" in first
    seen = set()
    for _ in range(60):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a href="([^"]+)">Tuần sau »</a>', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _week(target) == (3, 2028)  # 2026 has 53 ISO weeks, 2027 has 52
    assert "Chưa có lịch công tác" in _get(server, target)[1]
    prev = _get(server, portal.week_path(1, 2027))[1]
    back = html.unescape(re.search(r'<a href="([^"]+)">« Tuần trước</a>', prev).group(1))
    assert back == portal.week_path(53, 2026)
    assert _get(server, portal.week_path(1, 1900))[0] == 200


def test_soft_404_and_standing_pages(server: PortalServer) -> None:
    status, page = _get(server, portal.DELETED)
    assert status == 200 and "Tin bài không tồn tại hoặc đã bị xóa." in page
    for cid in portal.INTRO:
        page = _get(server, portal.intro_path(cid))[1]
        assert 'class="tieude-chitiet"' in page
        assert "Cập nhật:" not in page and "Các tin khác" not in page
    for doc in portal.DOCS:
        page = _get(server, doc.path)[1]
        assert doc.file in page and 'class="noidung"' not in page
        assert fetch(server, doc.file)[0] == 200


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    not_nfc = [
        p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _region(page))
    ]
    assert len(not_nfc) == 1 and "/t4519/" in not_nfc[0]
    refs = [p for p, page in pages.items() if re.search(r"&#\d+;", _region(page))]
    assert len(refs) == 1 and "/t4517/" in refs[0]
    assert "&agrave;" in _region(pages[refs[0]])
    for page in pages.values():
        assert 'class="MsoNormal"' in page and "\r\n" in _region(page)
