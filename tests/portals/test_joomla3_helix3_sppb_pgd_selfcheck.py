"""Self-checks of the joomla3_helix3_sppb_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_helix3_sppb_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["'][^>]*>""", re.I)
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".ico")


def _flat(page: str) -> str:
    """Visible-ish text of a page: scripts, styles and comments out, tags to spaces, NFC."""
    page = re.sub(r"<!--.*?-->", " ", page, flags=re.S)
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def _links(page: str, base: str) -> list[tuple[str, bool]]:
    out = []
    for m in _HREF.finditer(page):
        href = _html.unescape(m.group(1))
        nofollow = "nofollow" in m.group(0)
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.lower().split("?")[0].endswith(_SKIP_EXT):
            continue
        out.append((target, nofollow))
    return out


def _crawl(server, follow_nofollow: bool, sources: dict | None = None) -> set[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, page, _ = fetch(server, target)
        assert status == 200, target
        for link, nofollow in _links(page, server.url(target)):
            if nofollow and not follow_nofollow:
                continue
            if sources is not None and link != target:
                sources.setdefault(link, set()).add(target)
            if link not in seen:
                seen.add(link)
                queue.append(link)
        assert len(seen) < 200
    return seen


def test_shape():
    assert portal.NAME == "joomla3_helix3_sppb_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        n = len(g["body"].split("\n\n"))
        assert 3 <= n <= 14, (g["path"], n)
        assert g["published_at"] is None or g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, page, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in _flat(page), target
            assert re.search(r'<h2 itemprop="(name|headline)">', page), target


def test_every_gold_article_reachable(server):
    seen = _crawl(server, follow_nofollow=False)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # the crawl a sensible crawler makes stays within the README's budget
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_on_page_two(server):
    _, page1, _ = fetch(server, "/tin-tuc-su-kien")
    _, page2, _ = fetch(server, "/tin-tuc-su-kien?start=3")
    a6 = portal.art_path(portal.A6)
    assert a6 not in page1 and a6 in page2
    _, home, _ = fetch(server, "/")
    assert a6 not in home
    for s in (portal.A4, portal.A5):
        assert portal.art_path(s) in page1 and 'class="items-more"' in page1
    # 96 is linked from page 2 of its listing and nowhere else
    sources: dict = {}
    _crawl(server, follow_nofollow=True, sources=sources)
    assert sources[a6] == {"/tin-tuc-su-kien?start=3"}


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        story = portal.BY_ID[int(g["path"].rsplit("/", 1)[1].split("-", 1)[0])]
        full_view = g["path"] + ("?showall=1" if "pagebreak" in story.opts else "")
        status, page, _ = fetch(server, full_view)
        assert status == 200
        flat = _flat(page)
        raw = unicodedata.normalize("NFC", _html.unescape(page))
        for para in g["body"].split("\n\n"):
            if "@" in para:  # the cloaked address is written by a script
                email = re.search(r"[\w.]+@[\w.]+\w", para).group()
                before, after = para.split(email)
                assert before.strip() in flat and after.strip() in flat
                user, domain = email.split("@")
                assert f"'{user}'" in page and all(f"'{p}'" in page for p in domain.split("."))
            elif " | " in para:  # a table row: cells in order
                assert " ".join(para.split(" | ")) in flat, (g["path"], para)
            else:
                assert para in flat, (g["path"], para[:60])
        for name in g["authors"] + g["photographers"]:
            assert name in flat or name in raw, (g["path"], name)
        if g["source"]:
            assert g["source"] in flat
        for img in g["images"]:
            assert f'"{img["path"]}"' in page, (g["path"], img["path"])
            if img["caption"]:
                assert img["caption"] in raw, (g["path"], img["caption"])
        assert g["category"] in flat
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


def test_dates_printed(server):
    for g in portal.GOLD:
        story = portal.BY_ID[int(g["path"].rsplit("/", 1)[1].split("-", 1)[0])]
        _, page, _ = fetch(server, g["path"])
        assert portal.date_lc2(story.opts["pub"]) in _flat(page)
        assert f'datetime="{portal.date_iso(story.opts["pub"])}" itemprop="datePublished"' in page
    # the official notice's letterhead day
    _, page, _ = fetch(server, portal.art_path(portal.C1))
    assert "Yên Thành, ngày 04 tháng 12 năm 2026" in _flat(page)


def test_pagebreak_pages(server):
    p = portal.art_path(portal.B2)
    _, one, _ = fetch(server, p)
    _, two, _ = fetch(server, p + "?showall=&start=1")
    body = portal.GOLD[portal.STORIES.index(portal.B2)]["body"].split("\n\n")
    assert body[0] in _flat(one) and body[-1] not in _flat(one)
    assert body[-1] in _flat(two) and body[0] not in _flat(two)
    assert "Trang 1 của 2" in one and "Trang 2 của 2" in two


def test_lazy_images_and_noscript_copies(server):
    _, page, _ = fetch(server, portal.art_path(portal.A3))
    assert page.count('data-src="/images/tin-tuc/2026/11/ngay-hoi-doc-sach-1.jpg"') == 1
    assert page.count('src="/images/tin-tuc/2026/11/ngay-hoi-doc-sach-1.jpg"') == 2


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "<html" in page


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc-su-kien/999-khong-co-bai-nay",
        f"/hoat-dong-chuyen-mon/{portal.A1.id}-{portal.A1.slug}",
        "/tin-tuc-su-kien?start=99",
        "/tin-tuc-su-kien?start=1",
        "/component/content/article/5-gioi-thieu",
        f"{portal.art_path(portal.A1)}?showall=1",
        "/index.php?option=com_content&view=article&id=4242",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404, target


def test_static_files(server):
    status, _, headers = fetch(server, "/images/tin-tuc/2026/12/hoi-nghi-chuyen-doi-so-01.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, _, headers = fetch(server, "/images/van-ban/2026/11/mau-don-dang-ky-ctv-thanh-tra.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
