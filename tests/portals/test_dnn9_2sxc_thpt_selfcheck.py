"""Self-checks of the dnn9_2sxc_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import dnn9_2sxc_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r'href="([^"]+)"')
TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    return collapse(_html.unescape(TAG.sub(" ", page)))


def _links(page: str, current: str) -> list[str]:
    out = []
    for href in HREF.findall(page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + current, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.startswith(("/Portals/", "/Resources/", "/DesktopModules/")):
            continue
        out.append(target)
    return out


def _crawl(server) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            queue.append(urlsplit(headers["Location"]).path)
            continue
        for link in _links(body, target):
            if link not in seen:
                queue.append(link)
    return seen


def test_shape():
    assert portal.NAME == "dnn9_2sxc_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_gold_pages_print_their_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        text = _text(page)
        assert f'<h3 class="tt-td">{_html.escape(gold["title"])}</h3>' in page
        for para in gold["body"].split("\n\n"):
            if " | " in para:  # a table row: its cells
                row = "<tr>" + "".join(f"<t[hd]>{re.escape(_html.escape(c))}</t[hd]>" for c in para.split(" | "))
                assert re.search(row + "</tr>", page), para
            else:
                assert para in text, para
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in text
        if gold["summary"]:
            assert gold["summary"] in text
        for img in gold["images"]:
            assert f'src="{_html.escape(img["path"])}"' in page
            if img["caption"]:
                assert img["caption"] in text
        assert gold["category"] in text
        # the wrong canonical (trap 1) and the invariant-culture date (trap 4)
        assert 'rel="canonical" href="http://127.0.0.1:' in page and '/tin-tuc" />' in page
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        if gold["path"].endswith("thong-bao-lich-kiem-tra-cuoi-hoc-ky-i"):
            assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text
        else:
            assert f"{m}/{d}/{y}" in text


def test_everything_reachable_within_budget(server):
    seen = _crawl(server)
    ok = {t for t, s in seen.items() if s == 200}
    for gold in portal.GOLD:
        assert gold["path"] in ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    assert all(s in (200, 301) for s in seen.values()), {t: s for t, s in seen.items() if s not in (200, 301)}
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


def test_oldest_post_only_on_later_pages(server):
    oldest = portal.GOLD[-1]["path"]
    for target in ["/", "/tin-tuc", "/tin-tuc/category/thi-hoc-sinh-gioi"]:
        assert f'href="{oldest}"' not in fetch(server, target)[1]
    assert f'href="{oldest}"' in fetch(server, "/tin-tuc?page=3")[1]
    assert fetch(server, "/tin-tuc/page/3")[1].count(oldest) >= 1


def test_old_intro_link_redirects(server):
    status, _, headers = fetch(server, "/tabid/57/Default.aspx")
    assert status == 301 and headers["Location"].endswith("/gioi-thieu")


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co",
        "/tin-tuc?page=9",
        "/tin-tuc/page/0",
        "/tin-tuc/details/khong-co-bai-nay",
        "/tin-tuc/details/241/sai-slug",
        "/tabid/56/Default.aspx?details=999",
        "/tin-tuc/category/khong-co",
        "/gioi-thieu?x=1",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_images_served(server):
    src = portal.GOLD[0]["images"][0]["path"]
    status, _, headers = fetch(server, src)
    assert status == 200 and headers["Content-Type"].startswith("image/")
