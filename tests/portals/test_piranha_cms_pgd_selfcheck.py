"""Self-checks of the piranha_cms_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import piranha_cms_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx?|xml|txt)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """What a reader sees: comments and tags dropped, references decoded, NFC, spaces collapsed."""
    markup = re.sub(r"<!--.*?-->", "", markup, flags=re.S)
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    plain = re.sub(r"<[^>]+>", "", markup)
    return collapse(unicodedata.normalize("NFC", _html.unescape(plain)))


def _story(record: dict):
    return portal.BY_SLUG[record["path"].rsplit("/", 1)[-1]]


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda r: r["path"].rsplit("/", 1)[-1][:40])
def test_gold_path_answers_with_title(server, record):
    status, body, _ = fetch(server, record["path"])
    assert status == 200
    assert record["title"] in page_text(body)
    assert f'rel="canonical" href="{server.base_url}{record["canonical_path"]}"' in body


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda r: r["path"].rsplit("/", 1)[-1][:40])
def test_alt_paths_serve_the_same_article(server, record):
    for alt in record.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        text = page_text(body)
        assert record["title"] in text
        assert record["body"].split("\n\n")[-1].split(" | ")[0] in text
        assert f'rel="canonical" href="{server.base_url}{record["canonical_path"]}"' in body


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda r: r["path"].rsplit("/", 1)[-1][:40])
def test_gold_fields_appear_on_the_page(server, record):
    status, body, _ = fetch(server, record["path"])
    assert status == 200
    text = page_text(body)
    for para in record["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if record["summary"]:
        assert record["summary"] in text
    for name in record["authors"] + record["photographers"]:
        assert name in text
    if record["source"]:
        assert record["source"] in text
    for img in record["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert record["category"] in text
    st = _story(record)
    # the page prints the publication moment month-first (en-US); notices carry the letterhead day
    printed = portal.en_us(st.opts["pub"])
    assert f"Ngày đăng: {printed}" in text
    published = record["published_at"]
    if "T" in published:
        assert published == st.opts["pub"].strftime("%Y-%m-%dT%H:%M:%S+07:00")
    elif st.cat == "thong-bao" and "Số:" in text:
        y, m, d = published.split("-")
        assert f"ngày {d} tháng {m} năm {y}" in text
    else:
        assert st.opts["pub"].strftime("%H:%M") == "00:00" and printed.endswith("12:00:00 AM")
        assert published == st.opts["pub"].strftime("%Y-%m-%d")


def _links(base: str, url: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        out.append(urljoin(url, href))
    for form in re.findall(r"<form\b[^>]*>.*?</form>", body, flags=re.S):
        if 'method="get"' not in form:
            continue
        action = re.search(r'action="([^"]*)"', form).group(1)
        names = re.findall(r'<input[^>]*name="([^"]+)"', form)
        out.append(urljoin(url, action) + "?" + urlencode({n: "" for n in names}))
    return [u.split("#")[0] for u in out if u.startswith(base)]


def test_every_gold_article_is_reachable_within_budget(server):
    base = server.base_url
    seen = {base + portal.START_PATH}
    queue = deque(seen)
    pages = 0
    reached: set[str] = set()
    while queue:
        url = queue.popleft()
        target = url[len(base) :]
        if _STATIC.search(urlsplit(url).path):
            continue
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            nxt = urljoin(url, headers["Location"])
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200:
            continue
        reached.add(target)
        for link in _links(base, url, body):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    for record in portal.GOLD:
        assert record["path"] in reached or set(record.get("alt_paths", [])) & reached, record["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    # a crawler that fetches every distinct URL once stays within the house's budget
    print("pages fetched:", pages, sorted(reached))
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_some_articles_only_on_later_listing_pages(server):
    _, home, _ = fetch(server, "/")
    _, first, _ = fetch(server, "/tin-tuc")
    _, later, _ = fetch(server, "/tin-tuc/page/3")
    slug = portal.BY_ID[9].slug
    assert slug not in home and slug not in first
    assert slug in later


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "Ngày đăng" not in page_text(body)


def test_alias_redirects_to_the_new_slug(server):
    status, _, headers = fetch(server, "/tin-tuc/" + portal.OLD_SLUG_4)
    assert status == 301
    assert headers["Location"] == "/tin-tuc/" + portal.BY_ID[4].slug


@pytest.mark.parametrize(
    "path",
    ["/khong-co-trang-nay", "/tin-tuc/bai-viet-khong-ton-tai", "/tin-tuc/page/9", "/tin-tuc/category/xyz", "/post?id=abc", "/van-ban/999"],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_images_are_served(server):
    for record in portal.GOLD:
        for img in record["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
