"""Self-checks of the url_date_only_pgd fixture (Flask PGD Vĩnh Linh) against itself, never the crawler."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import url_date_only_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

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
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
PRINTED_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}|ngày \d{1,2} tháng \d{1,2} năm \d{4}")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, start: str, limit: int = 300) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown(markup: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def article_part(body: str) -> str:
    return body.split('<article class="bai-viet', 1)[1].split("</article>", 1)[0]


def story_of(gold: dict):
    return portal.BY_PATH[gold["path"]]


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.match(g["published_at"]), g["path"]
        assert re.fullmatch(r"/tin/\d{4}/\d{2}/\d{2}/[a-z0-9-]+\.html", g["path"])
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "PV", "Ban biên tập")
            assert "(" not in name and " - " not in name and "ThS." not in name
        assert "Tin liên quan" not in g["body"] and "Lượt xem" not in g["body"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    modes = [story_of(g).opts["mode"] for g in portal.GOLD]
    assert (modes.count("nodate"), modes.count("updated"), modes.count("end"), modes.count("midnight")) == (5, 4, 2, 2)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert '<h1 class="tieu-de' in body and f">{_html.escape(gold['title'])}</h1>" in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert portal.TODAY_VL in body
    crumbs = body.split('<ol class="breadcrumb">', 1)[1].split("</ol>", 1)[0]
    assert f">{_html.escape(gold['category'])}</a></li>" in crumbs
    article = article_part(body)
    text = shown(article)
    assert collapse(gold["title"]) in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    if gold["summary"]:
        assert f'<div class="sapo fw-bold mb-3">{_html.escape(gold["summary"])}</div>' in article
    for name in gold["authors"]:
        assert name in text
    if gold["source"]:
        assert re.search(rf"(Nguồn:|Theo) {re.escape(_html.escape(gold['source']))}", article)
    last = -1
    for img in gold["images"]:
        pos = article.find(f'src="{img["path"]}"')
        assert pos > last, img
        last = pos
        if img["caption"]:
            cap = _html.escape(img["caption"])
            after = article[pos : pos + 400]
            assert f'<figcaption class="figure-caption">{cap}</figcaption>' in after or (
                f'<p class="text-center"><em>{cap}</em></p>' in after
            )
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    # a <br> splits paragraphs: both halves are gold paragraphs, printed in one <p>
    for m in re.finditer(r"<p>([^<]+)<br>\n([^<]+)</p>", article):
        paras = gold["body"].split("\n\n")
        assert collapse(_html.unescape(m.group(1))) in paras
        assert collapse(_html.unescape(m.group(2))) in paras


def url_day(gold: dict) -> str:
    y, m, d = gold["path"].split("/")[2:5]
    return f"{y}-{m}-{d}"


def card_dates(server: PortalServer, gold: dict) -> set[str]:
    """The dates printed beside the article's link on its category listing pages."""
    story = story_of(gold)
    found = set()
    for target in (f"/chuyen-muc/{story.cat}/", f"/chuyen-muc/{story.cat}/?trang=2"):
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for card in body.split('<div class="card the-tin')[1:]:
            card = card.split("</div></div></div></div>", 1)[0]
            if f'href="{gold["path"]}"' in card:
                found |= set(re.findall(r"bi-calendar3\"></i> (\d{2}/\d{2}/\d{4})", card))
    return found


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1])
def test_where_the_date_is_printed(server, gold):
    story = story_of(gold)
    mode = story.opts["mode"]
    _, body, _ = fetch(server, gold["path"])
    article = article_part(body)
    y, m, d = url_day(gold).split("-")
    assert card_dates(server, gold) == {f"{d}/{m}/{y}"}
    stamps = re.findall(r"Cập nhật: (\d{2})/(\d{2})/(\d{4}) - (\d{2}):(\d{2})", article)
    ends = re.findall(r"\(Vĩnh Linh, ngày (\d{2}) tháng (\d{2}) năm (\d{4})\)", article)
    if mode == "nodate":
        assert not stamps and not ends
        assert gold["published_at"] == url_day(gold)
        meta = article.split('<div class="noi-dung', 1)[0]
        assert not PRINTED_DATE.search(shown(meta))
        # the only dates near the article are the related list's
        rel = body.split('<div class="tin-lien-quan', 1)[1]
        assert re.search(r"\(\d{2}/\d{2}/\d{4}\)", rel)
    elif mode in ("updated", "midnight"):
        assert len(stamps) == 1 and not ends
        dd, mm, yy, hh, mi = stamps[0]
        assert gold["published_at"] == f"{yy}-{mm}-{dd}T{hh}:{mi}:00+07:00"
        if mode == "updated":
            assert gold["published_at"][:10] == url_day(gold)
        else:
            assert gold["published_at"][:10] < url_day(gold)
            assert hh == "23"
        assert article.index("Cập nhật:") < article.index('<div class="noi-dung')
    else:
        assert not stamps and len(ends) == 1
        dd, mm, yy = ends[0]
        assert gold["published_at"] == f"{yy}-{mm}-{dd}" == url_day(gold)
        content = article.split('<div class="noi-dung', 1)[1].split('<div class="cong-cu', 1)[0]
        tail = content.rstrip().removesuffix("</div>").rstrip()
        assert tail.endswith("năm 2026)</em></p>") or tail.endswith("năm 2026)</i></p>")
        assert 'text-align: right;' in tail[-120:] or 'text-end' in tail[-120:]
        assert not PRINTED_DATE.search(shown(article.split('<div class="noi-dung', 1)[0]))


def test_midnight_posts_differ_from_url_and_other_dates_in_text():
    mid = [g for g in portal.GOLD if story_of(g).opts["mode"] == "midnight"]
    assert len(mid) == 2
    assert any(g["path"].startswith("/tin/2026/11/18/") and g["published_at"] == "2026-11-17T23:50:00+07:00" for g in mid)
    bodies = " ".join(g["body"] for g in portal.GOLD)
    assert "ngày 20/11/1982" in bodies and "từ ngày 01/12 đến 05/12/2026" in bodies


def test_header_today_is_not_a_publication_date():
    assert all(not g["published_at"].startswith("2026-12-04") for g in portal.GOLD)
    assert max(g["published_at"][:10] for g in portal.GOLD) < "2026-12-04"


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert '<article class="bai-viet' not in body and "Cập nhật:" not in body, path
        assert portal.TODAY_VL in body


def test_static_pages_look_like_dateless_articles(server):
    for path in ("/gioi-thieu.html", "/lien-he.html"):
        _, body, _ = fetch(server, path)
        assert '<h1 class="tieu-de">' in body and '<div class="noi-dung">' in body
        assert "Tin liên quan" not in body


def test_documents_table(server):
    status, body, _ = fetch(server, "/van-ban/")
    assert status == 200 and "Ngày ban hành" in body and "20/11/2026" in body
    pdf = re.findall(r'href="(/static/van-ban/[^"]+\.pdf)"', body)
    assert len(pdf) == len(portal.DOCUMENTS)
    status, _, headers = fetch(server, pdf[0])
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_pagination_and_page_two_only_article(server):
    status, page1, _ = fetch(server, "/chuyen-muc/tin-giao-duc/")
    assert status == 200 and 'href="/chuyen-muc/tin-giao-duc/?trang=2"' in page1
    assert page1.count('<div class="card the-tin') == portal.PER_PAGE
    status, page2, _ = fetch(server, "/chuyen-muc/tin-giao-duc/?trang=2")
    oldest = portal.path_of(portal.BY_ID[7])
    assert status == 200 and f'href="{oldest}"' in page2
    assert f'href="{oldest}"' not in page1
    _, home, _ = fetch(server, "/")
    assert f'href="{oldest}"' not in home
    for g in portal.GOLD:
        if g["path"] != oldest:
            _, other, _ = fetch(server, g["path"])
            assert f'href="{oldest}"' not in other
    assert fetch(server, "/chuyen-muc/tin-giao-duc/?trang=3")[0] == 404
    assert fetch(server, "/chuyen-muc/tin-giao-duc/?trang=1")[0] == 200
    assert fetch(server, "/chuyen-muc/thong-bao/?trang=2")[0] == 404


def test_month_archives(server):
    status, body, _ = fetch(server, "/tin/2026/11/")
    assert status == 200 and "Lưu trữ tháng 11/2026" in body
    in_nov = [g["path"] for g in portal.GOLD if g["path"].startswith("/tin/2026/11/")]
    for path in in_nov:
        assert f'href="{path}"' in body
    assert body.count('<div class="card the-tin') == len(in_nov)
    status, _, headers = fetch(server, "/tin/2026/11")
    assert status == 308 and headers["Location"] == "/tin/2026/11/"
    assert fetch(server, "/tin/2025/11/")[0] == 404


def test_unknown_pages_are_404(server):
    g = portal.GOLD[0]
    assert fetch(server, g["path"].replace("/19/", "/20/"))[0] == 404
    assert fetch(server, g["path"][: -len(".html")])[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co/")[0] == 404
    assert fetch(server, "/tin/2026/11/18/")[0] == 404
