"""Self-checks of the Joomla 3 / JA University (T3) fixture portal against itself (no crawler)."""

from __future__ import annotations

import datetime as dt
import html as _html
import re
import unicodedata
import urllib.request
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_t3_pgd as portal
from tests.portals._selfcheck import NO_REDIRECTS, fetch

KEYS = {
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
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")
BY_PATH = {g["path"]: g for g in portal.GOLD}
SIGNATURES = {
    "Phòng GD&ĐT",
    "Tổ chuyên môn THCS",
    "Bài, ảnh: Đặng Quốc Bảo",
    "Nguyễn Văn Hùng - Trường THCS Thạch Long",
    "Ngô Thị Thu Hà - Trường MN Thạch Trị",
}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)


def links(page: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    return parser.links


def plain(page: str) -> str:
    """Visible text, NFC, entities resolved, whitespace collapsed."""
    page = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", page)
    out = _html.unescape(re.sub(r"<[^>]+>", " ", page))
    return " ".join(unicodedata.normalize("NFC", out).replace("\xa0", " ").split())


def target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def post(server: PortalServer, path: str, data: str) -> tuple[int, str, dict]:
    req = urllib.request.Request(server.url(path), data=data.encode(), method="POST")
    req.add_header("Content-Type", "application/x-www-form-urlencoded")
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def article_links(page: str) -> list[str]:
    found = []
    for href in links(page):
        t = target(urljoin("http://x/", href))
        if t in BY_PATH and t not in found:
            found.append(t)
    return found


# --- gold ------------------------------------------------------------------------------------


def test_gold_count_and_shape():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.match(r"^\d{4}-\d{2}-\d{2}$", g["published_at"]), g["published_at"]  # the printed day
        assert g["canonical_path"] == g["path"]
        assert g["category"] in ("Hoạt động giáo dục", "Thông báo")
        for name in ("title", "body", "summary", "category", "source"):
            value = g[name]
            if value is not None:
                assert unicodedata.is_normalized("NFC", value), (g["path"], name)
                assert "  " not in value and value == value.strip()
        for name in g["authors"] + g["photographers"]:
            assert unicodedata.is_normalized("NFC", name)
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for im in g["images"]:
            assert im["path"].startswith("/images/tin-tuc/")
            assert im["caption"] is None or unicodedata.is_normalized("NFC", im["caption"])
        assert all(p.strip() for p in g["body"].split("\n\n"))


def test_gold_decisions():
    by_id = {int(re.search(r"/(\d+)-", g["path"]).group(1)): g for g in portal.GOLD}
    assert by_id[349]["authors"] == ["Nguyễn Văn Hùng"]
    assert by_id[327]["authors"] == ["Ngô Thị Thu Hà"]
    assert by_id[350]["authors"] == ["Đặng Quốc Bảo"] == by_id[350]["photographers"]
    for i in (354, 346, 341, 337, 351, 339, 330):  # an office signing alone wrote the post
        assert by_id[i]["authors"] == [portal.UNIT_SIGNED[i]]
    for g in portal.GOLD:  # the posting accounts never author
        assert "Quản trị viên" not in g["authors"] and "Nguyễn Thị Hoa" not in g["authors"]
        assert g["body"].split("\n\n")[-1] not in SIGNATURES
    assert by_id[341]["published_at"] == "2026-11-14"
    assert by_id[332]["published_at"] == "2026-11-03"
    assert by_id[351]["published_at"] == "2026-11-23"
    assert [im["caption"] for im in by_id[349]["images"]][-1] is None
    assert by_id[346]["body"].count("\n\n") > 10  # the whole article, both pages


# --- pages -------------------------------------------------------------------------------------


def test_gold_and_alt_paths_answer_with_title(server):
    for g in portal.GOLD:
        for t in [g["path"], *g.get("alt_paths", [])]:
            status, page, _ = fetch(server, t)
            assert status == 200, t
            assert g["title"] in plain(page), t
            assert 'rel="canonical"' not in page, t


def test_article_markup(server):
    for g in portal.GOLD:
        _, page, _ = fetch(server, g["path"])
        h1 = re.findall(r"<h1>(.*?)</h1>", page, re.S)
        assert len(h1) == 1 and plain(h1[0]) == portal.SITE_NAME
        h2 = re.search(r'<div class="page-header"><h2 itemprop="headline">(.*?)</h2>', page).group(
            1
        )
        assert plain(h2) == g["title"]
        category = re.search(r'class="category-name">.*?itemprop="genre">(.*?)</a>', page).group(1)
        assert category == g["category"]
        crumbs = re.search(r'<ol class="breadcrumb ">(.*?)</ol>', page, re.S).group(1)
        assert plain(re.findall(r"<li[^>]*>(.*?)</li>", crumbs)[-1]) == g["title"]
        assert page.count('itemprop="articleBody"') == 1
        poster = re.search(r'Viết bởi <span itemprop="name">(.*?)</span>', page).group(1)
        assert poster in ("Quản trị viên", "Nguyễn Thị Hoa") and poster not in g["authors"]
        assert f'<meta name="author" content="{poster}" />' in page


def test_dates_are_utc_in_the_attribute_and_local_on_the_page(server):
    shifted = 0
    for g in portal.GOLD:
        _, page, _ = fetch(server, g["path"])
        m = re.search(
            r'<time datetime="([^"]+)" itemprop="datePublished">Ngày đăng: (\d\d/\d\d/\d{4})</time>',
            page,
        )
        utc = dt.datetime.fromisoformat(m.group(1))
        assert utc.utcoffset() == dt.timedelta(0)
        local = utc.astimezone(dt.timezone(dt.timedelta(hours=7)))
        assert local.date().isoformat() == g["published_at"]
        assert local.strftime("%d/%m/%Y") == m.group(2)
        shifted += utc.date() != local.date()
        assert portal.TODAY not in page.split('itemprop="articleBody"')[1].split("</div>")[0]
    assert shifted == 2


def test_body_paragraphs_and_captions_are_printed(server):
    for g in portal.GOLD:
        t = g["path"] + ("?showall=1" if "346-" in g["path"] else "")
        _, page, _ = fetch(server, t)
        body_html = page.split('itemprop="articleBody">', 1)[1].split('<ul class="pager pagenav">')[
            0
        ]
        text = plain(body_html)
        for para in g["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in text, (t, cell)
            else:
                assert para in text, (t, para)
        for im in g["images"]:
            assert im["path"] in page
            if im["caption"]:
                assert im["caption"] in plain(page), (t, im["caption"])
                assert im["caption"] not in g["body"]


def test_signature_lines_are_not_body(server):
    unsigned = 0
    for g in portal.GOLD:
        _, page, _ = fetch(server, g["path"] + ("?showall=1" if "346-" in g["path"] else ""))
        body_html = page.split('itemprop="articleBody">', 1)[1].split('<ul class="pager pagenav">')[
            0
        ]
        sigs = [
            plain(sig)
            for sig in re.findall(
                r"<p[^>]*text-align: right;[^>]*><strong>(.*?)</strong></p>", body_html, re.S
            )
        ]
        assert len(sigs) <= 1
        unsigned += not sigs
        for line in sigs:
            assert line in SIGNATURES
            assert line not in g["body"].split("\n\n")
        for name in g["authors"] + g["photographers"]:
            assert any(name in line for line in sigs), (g["path"], name)
    assert unsigned == 3  # 356, 335, 332 carry no signature


def test_decomposed_and_entity_articles(server):
    g327 = next(g for g in portal.GOLD if "/327-" in g["path"])
    _, page, _ = fetch(server, g327["path"])
    assert unicodedata.normalize("NFD", g327["title"]) in _html.unescape(page)
    assert g327["title"] not in page  # only the decomposed form is printed
    g337 = next(g for g in portal.GOLD if "/337-" in g["path"])
    _, page, _ = fetch(server, g337["path"])
    body = page.split('itemprop="articleBody">', 1)[1]
    assert "&#7885;" in body and "&oacute;" in body


def test_item_image_is_outside_article_body(server):
    g = next(g for g in portal.GOLD if "/354-" in g["path"])
    _, page, _ = fetch(server, g["path"])
    before, after = page.split('itemprop="articleBody">', 1)
    first = g["images"][0]
    assert first["path"] in before and first["path"] not in after
    assert f"<figcaption>{first['caption']}</figcaption>" in before


def test_attachment_box_inside_body_is_not_text(server):
    g = next(g for g in portal.GOLD if "/332-" in g["path"])
    _, page, _ = fetch(server, g["path"])
    body = page.split('itemprop="articleBody">', 1)[1].split('<ul class="pager')[0]
    assert "Tệp đính kèm:" in body and "Tệp đính kèm:" not in g["body"]
    status, _, headers = fetch(server, "/index.php/component/attachments/download/41")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


# --- pagebreak ---------------------------------------------------------------------------------


def test_pagebreak_pages(server):
    g = next(g for g in portal.GOLD if "/346-" in g["path"])
    paras = g["body"].split("\n\n")
    _, first, _ = fetch(server, g["path"])
    _, second, _ = fetch(server, g["path"] + "?showall=&limitstart=1")
    _, full, _ = fetch(server, g["path"] + "?showall=1")
    assert "Mục lục bài viết" in first and "Tất cả các trang" in first
    assert "Trang 1 của 2" in plain(first) and "Trang 2 của 2" in plain(second)
    assert paras[0] in plain(first) and "II. KẾT QUẢ CỤ THỂ" not in plain(first)
    assert paras[0] not in plain(second) and "II. KẾT QUẢ CỤ THỂ" in plain(second)
    assert paras[0] in plain(full) and paras[-1] in plain(full)
    assert f"{g['path']}?showall=&amp;limitstart=1" in first
    assert f"{g['path']}?showall=1" in first


# --- listings ----------------------------------------------------------------------------------


def test_blog_pagination_and_past_the_end(server):
    hdgd = "/index.php/tin-tuc/hoat-dong-giao-duc"
    _, p1, _ = fetch(server, hdgd)
    _, p2, _ = fetch(server, hdgd + "?start=6")
    _, past, _ = fetch(server, hdgd + "?start=12")
    assert len(article_links(p1)) >= 6 and f"{hdgd}?start=6" in p1
    assert article_links(p2)[0].startswith(hdgd + "/327-")
    assert re.findall(r'<h2 itemprop="name"><a href="([^"]+)"', past) == re.findall(
        r'<h2 itemprop="name"><a href="([^"]+)"', p2
    )
    news = "/index.php/tin-tuc"
    heads = set()
    for start in (0, 6, 12):
        _, page, _ = fetch(server, f"{news}?start={start}")
        heads.update(re.findall(r'<h2 itemprop="name"><a href="([^"]+)"', page))
    assert heads == set(BY_PATH)
    _, p3, _ = fetch(server, f"{news}?start=12")
    _, p_past, _ = fetch(server, f"{news}?start=30")
    assert re.findall(r'<h2 itemprop="name"><a href="([^"]+)"', p_past) == re.findall(
        r'<h2 itemprop="name"><a href="([^"]+)"', p3
    )


def test_notice_list_limitstart_and_limit_form(server):
    tb = "/index.php/tin-tuc/thong-bao"
    notices = {p for p in BY_PATH if p.startswith(tb + "/")}
    _, p1, _ = fetch(server, tb)
    _, p2, _ = fetch(server, tb + "?limitstart=5")
    _, past, _ = fetch(server, tb + "?limitstart=10")
    assert "Hiển thị #" in p1 and 'name="limit"' in p1 and "Ngày đăng" in p1 and "Lượt xem" in p1
    assert len(article_links(p1.split('<table class="category')[1].split("</table>")[0])) == 5
    assert f"{tb}?limitstart=5" in p1
    list2 = p2.split('<table class="category')[1].split("</table>")[0]
    assert article_links(list2) == article_links(
        past.split('<table class="category')[1].split("</table>")[0]
    )
    status, all_, _ = post(server, tb, "limit=0&filter_order=&filter_order_Dir=&limitstart=&task=")
    assert status == 200
    assert (
        set(article_links(all_.split('<table class="category')[1].split("</table>")[0])) == notices
    )
    _, ten, _ = fetch(server, tb + "?limit=10")
    assert (
        set(article_links(ten.split('<table class="category')[1].split("</table>")[0])) == notices
    )


def test_feeds(server):
    for path in (
        "/index.php/tin-tuc/hoat-dong-giao-duc",
        "/index.php/tin-tuc/thong-bao",
        "/index.php/tin-tuc",
    ):
        _, page, _ = fetch(server, path)
        assert "format=feed&amp;type=rss" in page and "format=feed&amp;type=atom" in page
        status, rss, headers = fetch(server, path + "?format=feed&type=rss")
        assert status == 200 and "rss+xml" in headers["Content-Type"] and "<item>" in rss
        status, atom, headers = fetch(server, path + "?format=feed&type=atom")
        assert status == 200 and "atom+xml" in headers["Content-Type"] and "<entry>" in atom
        for link in re.findall(r"<link>(http[^<]+)</link>", rss)[1:]:
            assert target(link) in BY_PATH


def test_home_page_modules(server):
    status, page, _ = fetch(server, "/")
    assert status == 200
    text = plain(page)
    for label in (
        "Tin mới nhất",
        "Thông báo",
        "Văn bản mới",
        "Lịch công tác",
        "Đang truy cập",
        "Hôm nay",
        "Tổng truy cập",
    ):
        assert label in text
    nonsef = re.findall(r'href="(/index\.php\?option=com_content&amp;view=article[^"]+)"', page)
    assert len(set(nonsef)) == 5
    alts = {a for g in portal.GOLD for a in g["alt_paths"]}
    assert {_html.unescape(n) for n in nonsef} <= alts
    assert ".pdf" in page and portal.TODAY in page
    _, again, _ = fetch(server, "/index.php")
    assert plain(again) == text


# --- traps -------------------------------------------------------------------------------------


def test_print_and_email_views(server):
    g = portal.GOLD[0]
    _, page, _ = fetch(server, g["path"])
    printed = re.search(r'href="([^"]+tmpl=component&amp;print=1[^"]*)"', page).group(1)
    status, pv, _ = fetch(server, _html.unescape(printed))
    assert status == 200 and 'content="noindex, nofollow"' in pv and "contentpane" in pv
    assert 'rel="canonical"' not in pv and "t3-mainnav" not in pv and g["title"] in plain(pv)
    mail = re.search(r'href="(/index\.php/component/mailto/[^"]+)"', page).group(1)
    status, mp, _ = fetch(server, _html.unescape(mail))
    assert status == 200 and "Gửi liên kết này cho bạn bè qua email." in mp
    assert fetch(server, g["path"] + "?format=feed&type=rss")[0] == 404


def test_users_and_search_pages(server):
    for view in ("login", "reset", "remind"):
        status, page, _ = fetch(server, f"/index.php/component/users/?view={view}&Itemid=101")
        assert status == 200 and "<form" in page
    status, _, headers = post(
        server, "/index.php/tin-tuc", "username=a&password=b&option=com_users&task=user.login"
    )
    assert status == 303 and "view=login" in headers["Location"]
    status, page, _ = fetch(
        server, "/index.php/component/search/?searchword=&searchphrase=all&Itemid=101"
    )
    assert status == 200 and "Tìm kiếm" in page
    status, page, _ = fetch(
        server,
        "/index.php/component/search/?searchword=Th%C3%B4ng%20b%C3%A1o&searchphrase=all&Itemid=101",
    )
    hits = re.findall(r'<dt class="result-title">\d+\. <a href="([^"]+)"', page)
    assert len(hits) == 6 and all("?highlight=" in h for h in hits)
    status, highlighted, _ = fetch(server, hits[0])
    assert status == 200 and 'itemprop="articleBody"' in highlighted
    status, _, headers = post(
        server, "/index.php", "searchword=thi&task=search&option=com_search&Itemid=101"
    )
    assert status == 303 and "searchword=thi" in headers["Location"]


def test_calendar_never_ends(server):
    status, page, _ = fetch(server, "/index.php/lich-cong-tac")
    assert status == 200
    seen = set()
    current = page
    for _ in range(30):
        nxt = re.search(r'class="nextmonth" href="([^"]+)"', current).group(1)
        assert nxt not in seen
        seen.add(nxt)
        status, current, _ = fetch(server, nxt)
        assert status == 200
    assert fetch(server, "/index.php/lich-cong-tac/month.calendar/2391/7/-")[0] == 200
    assert fetch(server, "/index.php/lich-cong-tac/day.listevents/2044/2/29/-")[0] == 200
    assert fetch(server, "/index.php/lich-cong-tac/week.listevents/1999/12/31/-")[0] == 200
    day_links = {h for h in links(page) if "/day.listevents/" in h}
    assert len(day_links) >= 28
    assert "/index.php/lich-cong-tac/icalrepeat.detail/2026/11/27/58/-/" in page


def test_non_articles_answer_and_carry_no_article_info(server):
    for t in portal.NON_ARTICLES:
        status, page, _ = fetch(server, t)
        assert status == 200, t
        assert 'itemprop="datePublished"' not in page, t
        assert target(t) not in BY_PATH
    _, about, _ = fetch(server, "/index.php/gioi-thieu")
    assert 'itemprop="headline"' in about and 'itemprop="articleBody"' in about
    status, _, headers = fetch(
        server,
        "/index.php/van-ban?download=21:kh-215-pgddt-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen",
    )
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_robots_and_unknown(server):
    status, robots, _ = fetch(server, "/robots.txt")
    assert status == 200 and "Disallow: /administrator/" in robots
    assert fetch(server, "/index.php/tin-tuc/hoat-dong-giao-duc/354-sai-alias")[0] == 404
    assert fetch(server, "/index.php/khong-co")[0] == 404


# --- reachability ------------------------------------------------------------------------------

SKIP = (
    "tmpl=component",
    "format=feed",
    "/component/",
    "/lich-cong-tac/",
    "?download=",
    "highlight=",
)


def test_breadth_first_walk_reaches_every_gold_article(server):
    alt = {a: g["path"] for g in portal.GOLD for a in g.get("alt_paths", [])}
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    reached: set[str] = set()
    fetched = 0
    while queue:
        t = queue.popleft()
        status, page, headers = fetch(server, t)
        fetched += 1
        assert fetched < 200
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        key = alt.get(t, t)
        if key in BY_PATH:
            reached.add(key)
        for href in links(page):
            url = urljoin(server.url(t), href)
            parts = urlsplit(url)
            if parts.netloc != urlsplit(server.base_url).netloc or parts.scheme != "http":
                continue
            nt = target(url)
            if (
                nt in seen
                or any(s in nt for s in SKIP)
                or re.search(r"\.(jpg|png|gif|pdf|ico|css|js)$", parts.path)
            ):
                continue
            seen.add(nt)
            queue.append(nt)
    assert reached == set(BY_PATH)
    for t in portal.NON_ARTICLES:
        assert t in seen, t
