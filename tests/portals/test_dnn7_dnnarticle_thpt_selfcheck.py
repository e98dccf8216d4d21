"""Self-check of the dnn7_dnnarticle_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import dnn7_dnnarticle_thpt as portal
from tests.portals._selfcheck import NO_REDIRECTS, fetch

PB = "dnn$ctr421$ArticleList"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, fields: dict[str, str], multipart: bool = False) -> tuple[int, str]:
    if multipart:
        boundary = "----WebKitFormBoundaryLvt2026"
        chunks = []
        for name, value in fields.items():
            chunks.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n')
        data = ("".join(chunks) + f"--{boundary}--\r\n").encode("utf-8")
        ctype = f"multipart/form-data; boundary={boundary}"
    else:
        data = urlencode(fields).encode("ascii")
        ctype = "application/x-www-form-urlencoded"
    req = urllib.request.Request(server.url(target), data=data, headers={"Content-Type": ctype}, method="POST")
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    body = re.sub(r"<[^>]+>", " ", body)
    body = _html.unescape(body).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", body)).strip()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            a = dict(attrs)
            if a.get("href"):
                self.links.append((a["href"], a.get("rel") or ""))


def links_of(body: str, base: str) -> tuple[list[str], list[str]]:
    """Same-host followable targets and postback event targets of a page."""
    parser = _Links()
    parser.feed(body)
    targets, postbacks = [], []
    for href, rel in parser.links:
        m = re.match(r"javascript:__doPostBack\('([^']+)','([^']*)'\)", href)
        if m:
            postbacks.append(m.group(1))
            continue
        if href.startswith(("javascript:", "mailto:", "#")) or "nofollow" in rel:
            continue
        url = urljoin(base, href)
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != base.rstrip("/"):
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().startswith(("/portals/", "/linkclick.aspx", "/desktopmodules/")):
            continue
        targets.append(target)
    return targets, postbacks


def crawl(server: PortalServer, *, follow_page2: bool = True) -> dict[str, str]:
    """Breadth-first over links from START_PATH; list pagers' postbacks are submitted as forms."""
    base = server.url("")
    seen: dict[str, str] = {}
    queue: deque[tuple[str, dict[str, str] | None]] = deque([(portal.START_PATH, None)])
    while queue:
        target, fields = queue.popleft()
        key = target if fields is None else f"POST {target} {fields['__EVENTTARGET']}"
        if key in seen:
            continue
        if fields is None:
            status, body, _ = fetch(server, target)
        else:
            status, body = post(server, target, fields, multipart=True)
        assert status == 200, (key, status)
        seen[key] = body
        targets, postbacks = links_of(body, base)
        for t in targets:
            if not follow_page2 and re.search(r"currentpage=[2-9]", t, re.I):
                continue
            queue.append((t, None))
        if not follow_page2:
            continue
        action = _html.unescape(re.search(r'<form method="post" action="([^"]*)"', body).group(1))
        viewstate = re.search(r'id="__VIEWSTATE" value="([^"]*)"', body).group(1)
        for ev in postbacks:
            if ev.startswith(PB):
                queue.append((action, {"__EVENTTARGET": ev, "__EVENTARGUMENT": "", "__VIEWSTATE": viewstate}))
    return seen


def test_shape():
    assert portal.NAME == "dnn7_dnnarticle_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    paths = [g["path"] for g in portal.GOLD] + [p for g in portal.GOLD for p in g.get("alt_paths", [])]
    assert len(paths) == len(set(paths))
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert 3 <= len(g["body"].split("\n\n")) <= 16


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[5])
def test_gold_pages_serve_the_article(server, gold):
    story = portal.STORY_BY_ID[int(gold["path"].split("/")[5])]
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        txt = page_text(body)
        assert gold["title"] in txt, target
        for para in gold["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in txt, (target, piece)
        for img in gold["images"]:
            assert img["path"] in _html.unescape(body), (target, img)
        assert story.opts["date"] in txt
    status, body, _ = fetch(server, gold["path"])
    txt = page_text(body)
    if gold["summary"]:
        assert gold["summary"] in txt
    for name in gold["authors"] + gold["photographers"]:
        assert name in txt
    if gold["source"]:
        assert f"(Theo {gold['source']})" in txt
    assert f"Chuyên mục: {gold['category']}" in txt
    crumbs = re.search(r'id="dnn_dnnBREADCRUMB_lblBreadCrumb">(.*?)</span></div>', body).group(1)
    assert page_text(crumbs).endswith(gold["category"])
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in txt
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


def test_gold_dates_as_printed():
    printed = {s.id: s.opts["date"] for s in portal.STORIES}
    assert printed[1199] == "20/11/2026 12:15:00 CH"
    assert portal.STORY_BY_ID[1199].published_at == "2026-11-20T12:15:00+07:00"
    assert printed[1190].endswith("12:00:00 SA")
    assert portal.STORY_BY_ID[1190].published_at == "2026-11-05"
    for s in portal.STORIES:
        d, t, ampm = s.opts["date"].split(" ")
        h, mi, _ = (int(x) for x in t.split(":"))
        h = (h % 12) + (12 if ampm == "CH" else 0)
        day = "-".join(reversed(d.split("/")))
        want = day if (h, mi) == (0, 0) else f"{day}T{h:02d}:{mi:02d}:00+07:00"
        assert s.published_at == want, s.id


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "Trường THPT Chuyên Lương Văn Tụy" in body


def test_unknown_paths_404(server):
    for target in (
        "/khong-ton-tai.aspx",
        "/tin-tuc/tabid/56/ArticleID/9999/abc.aspx",
        "/tin-tuc/tabid/99/Default.aspx",
        "/tin-tuc/tabid/56/CategoryID/3/Default.aspx",
        "/van-ban/tabid/60/ArticleID/1208/x.aspx",
        "/DesktopModules/DNNArticle/DNNArticlePrint.aspx?articleid=1",
        "/LinkClick.aspx?fileticket=nope",
    ):
        assert fetch(server, target)[0] == 404, target


def test_everything_reachable_within_budget(server):
    seen = crawl(server)
    reached = {k for k in seen if not k.startswith("POST ")}
    for g in portal.GOLD:
        assert g["path"] in reached or set(g.get("alt_paths", [])) & reached, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in reached
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(seen)


def test_some_articles_only_on_page_two(server):
    seen = crawl(server, follow_page2=False)
    only_p2 = {1181, 1176, 1179}
    for g in portal.GOLD:
        aid = int(g["path"].split("/")[5])
        hit = g["path"] in seen or bool(set(g.get("alt_paths", [])) & set(seen))
        assert hit is (aid not in only_p2), g["path"]


def test_postback_pager(server):
    status, body, _ = fetch(server, "/hoat-dong-chuyen-mon.aspx")
    assert status == 200 and "ArticleID/1179/" not in body
    viewstate = re.search(r'id="__VIEWSTATE" value="([^"]*)"', body).group(1)
    # ?currentpage is not read by this module
    assert "ArticleID/1179/" not in fetch(server, "/hoat-dong-chuyen-mon.aspx?currentpage=2")[1]
    for multipart in (False, True):
        for ev in (f"{PB}$rptPager$ctl01$lnkPage", f"{PB}$lnkNext"):
            status, page2 = post(server, "/hoat-dong-chuyen-mon.aspx",
                                 {"__EVENTTARGET": ev, "__EVENTARGUMENT": "", "__VIEWSTATE": viewstate}, multipart)
            listed = re.search(r"(?s)<!-- Start_Module_421 -->(.*?)<!-- End_Module_421 -->", page2).group(1)
            assert status == 200 and "ArticleID/1179/" in listed and "ArticleID/1203/" not in listed
    # "next" from page 2 stays on page 2; another event target leaves page 1
    vs2 = re.search(r'id="__VIEWSTATE" value="([^"]*)"', page2).group(1)
    assert "ArticleID/1179/" in post(server, "/hoat-dong-chuyen-mon.aspx",
                                     {"__EVENTTARGET": f"{PB}$lnkNext", "__VIEWSTATE": vs2})[1]
    status, other = post(server, "/hoat-dong-chuyen-mon.aspx", {"__EVENTTARGET": "dnn$ctr418$Survey$cmdVote"})
    assert status == 200 and "ArticleID/1179/" not in other


def test_listing_dates_are_us_order(server):
    body = fetch(server, "/tin-tuc/tabid/56/CategoryID/2/Default.aspx")[1]
    assert "(11/12/2026)" in body and "(12/4/2026)" in body
    page2 = fetch(server, "/tin-tuc/tabid/56/CategoryID/2/Default.aspx?currentpage=2")[1]
    assert "ArticleID/1181/" in page2 and "ArticleID/1176/" in page2
    empty = fetch(server, "/tin-tuc/tabid/56/CategoryID/2/Default.aspx?currentpage=9")
    assert empty[0] == 200 and "Không có bài viết nào" in empty[1]


def test_ctl_form_has_no_canonical_and_tab_title(server):
    status, body, _ = fetch(server, portal.ctl_url(portal.S1208))
    assert status == 200 and 'rel="canonical"' not in body
    assert "<title>\n\tTrường THPT Chuyên Lương Văn Tụy &gt; Trang chủ\n</title>" in body


def test_images_and_files_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/LinkClick.aspx?fileticket=cLbStEm2026kH%3d&tabid=56&portalid=0&mid=413")
    assert status == 200 and "attachment" in headers["Content-Disposition"]
