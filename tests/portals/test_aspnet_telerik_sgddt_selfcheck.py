"""Self-checks of the aspnet_telerik_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.parse
import urllib.request

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_telerik_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_HREF = re.compile(r'href="([^"]*)"')
_POSTBACK = re.compile(r"javascript:__doPostBack\('([^']+)',''\)")
_HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" id="[^"]*" value="([^"]*)" />')
_ACTION = re.compile(r'<form name="aspnetForm" method="post" action="([^"]*)"')
_NEXT = re.compile(r'<input type="submit" name="([^"]+\$NextButton)" value=" " title="[^"]*" class="rdpPageNext" />')
_SKIP_EXT = (".jpg", ".png", ".gif", ".pdf", ".css", ".js", ".axd", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, data: dict[str, str], headers: dict | None = None):
    req = urllib.request.Request(
        server.url(target), data=urllib.parse.urlencode(data).encode(), headers=headers or {}, method="POST"
    )
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def page_text(body: str) -> str:
    cells = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", body)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", cells)))


def crawl(server: PortalServer) -> tuple[set[str], int]:
    """Links and pager postbacks from START_PATH; returns the targets seen and the page requests made."""
    base = server.url("/")
    seen: set[str] = set()
    queue: list[tuple[str, str, dict | None]] = [(portal.START_PATH, "GET", None)]
    posted: set[tuple[str, str]] = set()
    requests = 0
    while queue:
        target, method, data = queue.pop(0)
        if method == "GET":
            if target in seen:
                continue
            seen.add(target)
            status, body, _ = fetch(server, target)
        else:
            status, body = post(server, target, data or {})
        requests += 1
        assert status == 200, (target, method, data and data.get("__EVENTTARGET"))
        page_url = urllib.parse.urljoin(base, target)
        for href in _HREF.findall(body):
            href = _html.unescape(href)
            if href.startswith(("javascript:", "#", "mailto:")):
                continue
            absolute = urllib.parse.urljoin(page_url, href)
            parts = urllib.parse.urlsplit(absolute)
            if parts.netloc != urllib.parse.urlsplit(base).netloc or parts.path.lower().endswith(_SKIP_EXT):
                continue
            queue.append((parts.path + (f"?{parts.query}" if parts.query else ""), "GET", None))
        action = _ACTION.search(body)
        hidden = dict(_HIDDEN.findall(body))
        if action and "RadDataPager1" in body:
            act = urllib.parse.urlsplit(urllib.parse.urljoin(page_url, _html.unescape(action.group(1))))
            act_target = act.path + (f"?{act.query}" if act.query else "")
            events = [(t, {}) for t in _POSTBACK.findall(body)] + [("", {n: " "}) for n in _NEXT.findall(body)]
            for event, extra in events:
                form = {**hidden, "__EVENTTARGET": event, **extra}
                key = (act_target, hidden["__VIEWSTATE"] + event + "".join(extra))
                if key not in posted:
                    posted.add(key)
                    queue.append((act_target, "POST", form))
    return seen, requests


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_fields(server, gold):
    story = next(s for s in portal.STORIES if portal.story_path(s) == gold["path"])
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert f'_lblTieuDe" class="tieude-chitiet">{portal.esc(gold["title"])}</span>' in body
        text = page_text(body)
        for para in gold["body"].split("\n\n"):
            assert para in text, (target, para)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in text
        if gold["summary"]:
            assert gold["summary"] in text
        for img in gold["images"]:
            assert img["path"].rsplit("/", 1)[-1] in body
            if img["caption"]:
                assert img["caption"] in text
        assert gold["category"] in text
        assert story.opts["printed"] in body
        assert "Thứ Bảy, 05/12/2026" in body


def _printed_to_iso(printed: str) -> str:
    day, clock, mark = printed.split()
    d, m, y = day.split("/")
    h, mi, _ = (int(x) for x in clock.split(":"))
    h = h % 12 + (12 if mark == "CH" else 0)
    if h == 0 and mi == 0:
        return f"{y}-{m}-{d}"
    return f"{y}-{m}-{d}T{h:02d}:{mi:02d}:00+07:00"


def test_gold_dates_agree_with_printed_culture():
    for story in portal.STORIES:
        if story.id == 2393:  # the letterhead's day, not the posting time
            assert story.published_at == "2026-12-02"
            assert _printed_to_iso(story.opts["printed"]).startswith("2026-12-03")
            continue
        assert _printed_to_iso(story.opts["printed"]) == story.published_at, story.slug


def test_hidden_views_and_chrome_not_in_gold():
    gold = next(g for g in portal.GOLD if g["path"].endswith("-2391.aspx"))
    assert "Xin hỏi khi nào có điểm thi" not in gold["body"]
    assert gold["authors"] == ["Trần Quốc Bảo"]
    notice = next(g for g in portal.GOLD if g["path"].endswith("-2393.aspx"))
    assert "CỘNG HÒA" not in notice["body"] and "Nơi nhận" not in notice["body"]


def test_every_gold_article_reachable_within_budget(server):
    seen, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_postback_only_articles_not_linked_from_get_pages(server):
    """Pages 2 and 3 of "Tin tức - Sự kiện" are the only way in to 2369, 2352, 2340, 2326."""
    hidden_ids = {2369, 2352, 2340, 2326}
    gets = ["/", "/chuyen-muc/tin-tuc-su-kien.aspx", "/chuyen-muc/tin-tuc-su-kien.aspx?page=2"]
    gets += [portal.story_path(s) for s in portal.STORIES if s.id not in hidden_ids]
    for target in gets:
        _, body, _ = fetch(server, target)
        for sid in hidden_ids:
            assert f"-{sid}.aspx" not in body and f"ItemID={sid}\"" not in body, (target, sid)


def test_pager_postback_rules(server):
    status, body, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien.aspx")
    hidden = dict(_HIDDEN.findall(body))
    page3 = f"{portal.PAGER}$ctl01$ctl02"
    status, body3 = post(server, "/Pages/List.aspx?CatID=1", {**hidden, "__EVENTTARGET": page3})
    assert status == 200 and "-2326.aspx" in body3 and "Trang 3 / 3" in body3
    status, body2 = post(server, "/chuyen-muc/tin-tuc-su-kien.aspx", {**hidden, "ctl00$ContentPlaceHolder1$ucDanhSach$RadDataPager1$ctl02$NextButton": " "})
    assert status == 200 and "-2369.aspx" in body2 and "Trang 2 / 3" in body2
    stale = {**hidden, "__EVENTVALIDATION": "x", "__EVENTTARGET": page3}
    assert post(server, "/Pages/List.aspx?CatID=1", stale)[0] == 500
    status, delta = post(
        server, "/Pages/List.aspx?CatID=1", {**hidden, "__EVENTTARGET": page3}, {"X-MicrosoftAjax": "Delta=true"}
    )
    assert status == 200 and "|updatePanel|" in delta and "-2326.aspx" in delta


def test_non_articles_and_unknown_paths(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for path in ["/tin-tuc/khong-co-9999.aspx", "/Pages/Detail.aspx?ItemID=1", "/chuyen-muc/khong-co.aspx", "/abc.aspx"]:
        assert fetch(server, path)[0] == 404, path
    assert fetch(server, "/Upload/Images/2026/12/hsg12-khaimac.jpg")[0] == 200
