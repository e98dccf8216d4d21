"""Self-check of the joomla3_gantry5_helium_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import joomla3_gantry5_helium_sgddt as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    return collapse(html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", body))))


def _links(body: str, here: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if _STATIC.search(parts.path):
            continue
        out.append(target)
    return out


def _walk(server, skip_print: bool) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        assert status == 200, target
        seen[target] = body
        for link in _links(body, urlsplit(target).path):
            if skip_print and "tmpl=component" in link:
                continue
            if link not in queued:
                queued.add(link)
                queue.append(link)
    return seen


def test_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    for g in portal.GOLD:
        assert g["published_at"] is None or stamp.match(g["published_at"]), g["path"]
        assert g["title"] == unicodedata.normalize("NFC", g["title"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_pages(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h2 itemprop="headline">{html.escape(gold["title"])}</h2>' in body
    # the article's text across its URLs (the pagebreak post's second page is an alt path)
    text = page_text(body)
    for alt in gold.get("alt_paths", []):
        alt_status, alt_body, _ = fetch(server, alt)
        assert alt_status == 200, alt
        assert html.escape(gold["title"]) in alt_body
        text += " " + page_text(alt_body)
    for para in gold["body"].split("\n\n"):
        # a table row's cells stand in the page side by side, joined by " | " in the gold
        assert " ".join(para.split(" | ")) in text, para
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
        if img["caption"]:
            assert html.escape(img["caption"]) in body
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    assert gold["category"] in text


def test_dates_printed(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        stamp = gold["published_at"]
        if stamp and "T" in stamp:
            assert f'<time datetime="{stamp}" itemprop="datePublished">' in body
    _, body, _ = fetch(server, portal.GOLD[2]["path"])
    assert "Thứ sáu, 27 Tháng 11 2026 00:00" in body
    notice = next(g for g in portal.GOLD if "/250-" in g["path"])
    _, body, _ = fetch(server, notice["path"])
    assert "Hà Giang, ngày 30 tháng 11 năm 2026" in body


def test_traps_markup(server):
    by = {g["path"].split("/")[-1].split("-")[0]: g for g in portal.GOLD}
    _, body, _ = fetch(server, by["251"]["path"])
    assert '<h1> Tin tức </h1>' in body and 'class="caption" title="Quang cảnh Hội nghị chuyển đổi số"' in body
    body_div = body.split('<div itemprop="articleBody">')[1]
    assert "hoi-nghi-cds-01.jpg" not in body_div.split("</div>\n")[0]
    _, body, _ = fetch(server, by["236"]["path"])
    assert "<script type='text/javascript'>" in body.split('<div itemprop="articleBody">')[1]
    assert "addy" not in by["236"]["body"]
    _, body, _ = fetch(server, by["246"]["path"])
    assert "Tin cùng chuyên mục" in body and "Tin cùng chuyên mục" not in by["246"]["body"]
    assert "Tập tin đính kèm" not in by["247"]["body"]
    assert "TT | Vị trí việc làm | Chỉ tiêu | Số trúng tuyển" in by["241"]["body"]
    # the pagebreak post: page 1 lacks the second part, showall prints all
    _, body, _ = fetch(server, by["245"]["path"])
    assert "II. TỔ CHỨC THỰC HIỆN" not in body and "Trang 1 / 2" in body
    _, body, _ = fetch(server, by["245"]["path"] + "?showall=1&limitstart=")
    assert "II. TỔ CHỨC THỰC HIỆN" in body and "Căn cứ hướng dẫn" in body
    # show_intro=0: the listing's teaser is not on the post page
    _, listing, _ = fetch(server, "/tin-tuc/9-hoat-dong-nganh")
    _, post, _ = fetch(server, by["240"]["path"])
    teaser = "Nhằm nâng cao năng lực cho đội ngũ"
    assert teaser not in post and by["240"]["summary"] is None
    assert "Thêm bài viết..." in listing and "?start=6" in listing
    _, page2, _ = fetch(server, "/tin-tuc/9-hoat-dong-nganh?start=6")
    assert "?limitstart=0" in page2 and by["232"]["path"] in page2


def test_reachable_and_budget(server):
    seen = _walk(server, skip_print=False)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), sorted(seen))


def test_page_two_only(server):
    seen = _walk(server, skip_print=True)
    only_via = {"232": "/tin-tuc/9-hoat-dong-nganh?start=6", "233": "/tin-tuc/10-thong-bao?start=3"}
    for sid, listing in only_via.items():
        gold = next(g for g in portal.GOLD if f"/{sid}-" in g["path"])
        holders = [t for t, body in seen.items() if f'href="{gold["path"]}"' in body and t != gold["path"]]
        assert holders == [listing], holders


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Sở Giáo dục và Đào tạo tỉnh Hà Giang" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc/9-hoat-dong-nganh/999-bai-khong-co",
        "/tin-tuc/9-hoat-dong-nganh?start=60",
        "/tin-tuc/9-hoat-dong-nganh?start=3",
        "/tin-tuc/10-thong-bao/251-so-gd-dt-ha-giang-to-chuc-hoi-nghi-chuyen-doi-so-trong-giao-duc-nam-2026",
        "/index.php?option=com_content&view=article&id=999&catid=9&Itemid=108",
        "/tin-tuc/9-hoat-dong-nganh/251-so-gd-dt-ha-giang-to-chuc-hoi-nghi-chuyen-doi-so-trong-giao-duc-nam-2026?foo=1",
    ],
)
def test_unknown_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
