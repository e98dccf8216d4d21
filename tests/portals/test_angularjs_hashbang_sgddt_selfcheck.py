"""Self-checks of the angularjs_hashbang_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import angularjs_hashbang_sgddt as portal
from tests.portals._common import Img, P, collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?(?<![-\w])href\s*=\s*["']([^"']*)["']""", re.I)
_BASE = re.compile(r"""<base\s+href=["']([^"']+)["']""", re.I)
_META_FRAGMENT = re.compile(r"""<meta\s+name=["']fragment["']\s+content=["']!["']""", re.I)
_SCRIPT = re.compile(r"<script\b.*?</script>", re.I | re.S)
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".ico", ".doc", ".docx")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """Visible-ish text: scripts and bare footnote calls dropped, tags removed, entities decoded."""
    body = _SCRIPT.sub(" ", body)
    body = re.sub(r"<sup><a [^>]*>\d+</a></sup>", "", body)
    body = re.sub(r"<!--\[if !supportLists\]-->.*?<!--\[endif\]-->", "", body, flags=re.S)
    body = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", body)
    body = re.sub(r"<br\s*/?>", "\n", body)
    body = re.sub(r"</(p|li|h\d|td|th|tr|div|figcaption|blockquote)>", "\n", body)
    return "\n".join(collapse(_html.unescape(re.sub(r"<[^>]+>", "", ln))) for ln in body.split("\n"))


def links(target: str, body: str, host: str) -> list[str]:
    """In-site targets a crawler that knows the AJAX crawling scheme derives from a page."""
    base_m = _BASE.search(body)
    page_url = f"http://{host}{target}"
    base = urljoin(page_url, base_m.group(1)) if base_m else page_url
    out = []
    if _META_FRAGMENT.search(body) and "_escaped_fragment_" not in target:
        out.append(urlsplit(target).path + "?_escaped_fragment_=")
    for href in _HREF.findall(_SCRIPT.sub(" ", body)):
        href = _html.unescape(href).strip()
        if not href or href.startswith(("javascript:", "mailto:", "tel:")):
            continue
        parts = urlsplit(urljoin(base, href))
        if parts.scheme != "http" or parts.netloc != host:
            continue
        if parts.fragment.startswith("!"):
            query = (parts.query + "&") if parts.query else ""
            out.append(f"{parts.path}?{query}_escaped_fragment_={portal.escape_fragment(parts.fragment[1:])}")
        elif parts.fragment and not parts.query and parts.path == urlsplit(page_url).path:
            continue
        else:
            out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> dict[str, int]:
    host = urlsplit(server.base_url).netloc
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or urlsplit(target).path.lower().endswith(_STATIC):
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        if status == 200:
            queue.extend(t for t in links(target, body, host) if t not in seen)
    return seen


def test_contract():
    assert portal.NAME == "angularjs_hashbang_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g["alt_paths"]]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert _html.escape(g["title"], quote=False) in body or g["title"] in _html.unescape(body), target
        status, body, _ = fetch(server, g["path"])
        h1 = re.search(r'<h1 class="ct-td ng-binding">(.*?)</h1>', body).group(1)
        assert collapse(_html.unescape(h1)) == g["title"]


def test_all_gold_reachable_within_budget(server):
    seen = crawl(server)
    ok = {t for t, s in seen.items() if s == 200}
    for g in portal.GOLD:
        assert g["path"] in ok, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    assert len(seen) <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), len(seen)


def test_page_two_articles_only_on_page_two(server):
    home = fetch(server, "/?_escaped_fragment_=")[1]
    page1 = fetch(server, "/?_escaped_fragment_=/danh-muc/tin-hoat-dong")[1]
    page2 = fetch(server, "/?_escaped_fragment_=/danh-muc/tin-hoat-dong?trang=2")[1]
    for sid in (2420, 2412):
        assert f"/tin-tuc/{sid}" not in home and f"/tin-tuc/{sid}" not in page1
        assert f"#!/tin-tuc/{sid}/" in page2


def test_shell_has_no_content(server):
    status, body, _ = fetch(server, "/")
    assert status == 200 and _META_FRAGMENT.search(body)
    for g in portal.GOLD:
        assert g["title"] not in body
    assert "/tin-tuc/" not in body.split("<script")[0]


def test_gold_fields_on_page(server):
    for s in portal.STORIES:
        g = next(x for x in portal.GOLD if x["path"] == portal.ugly(portal.art_route(s)))
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        text = page_text(body)
        lines = set(text.split("\n"))
        for para in g["body"].split("\n\n"):
            assert para in lines, (s.id, para)
        if g["summary"]:
            assert '<div class="ct-mt ng-binding" ng-show="tin.MoTa"><b class="ng-binding">' in body
            assert g["summary"] in lines
        else:
            assert "ct-mt ng-binding ng-hide" in body
        for name in g["authors"] + g["photographers"]:
            assert name in text, (s.id, name)
        if g["source"]:
            assert g["source"] in text
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        if s.id == 2450:
            assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text
        else:
            assert f"{d}/{m}/{y}" in text
            if "T" in g["published_at"]:
                assert f"{g['published_at'][11:16]} | {d}/{m}/{y}" in text
            else:
                assert f"00:00 | {d}/{m}/{y}" in text
        assert f'<a href="#!/danh-muc/{s.cat}" class="ng-binding">{g["category"]}</a>' in body
        assert f'<link rel="canonical" href="{server.base_url}/#!{portal.art_route(s)}">' in body


def test_hand_markup_matches_gold_text():
    for s in portal.STORIES:
        for b in s.blocks:
            if isinstance(b, P) and b.style.startswith("<"):
                stripped = re.sub(r"<sup><a [^>]*>\d+</a></sup>", "", b.style)
                assert collapse(_html.unescape(re.sub(r"<[^>]+>", "", stripped))) == b.text
            if isinstance(b, Img) and b.caption:
                assert b.printed and b.caption in b.printed


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "ct-nd ng-binding\" ng-bind-html" not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc/2451",
        "/?_escaped_fragment_=/tin-tuc/9999",
        "/?_escaped_fragment_=/tin-tuc/2401/hoi-nghi-tong-ket-nam-hoc-2025-2026",
        "/?_escaped_fragment_=/tin-tuc/{{t.Id}}/{{t.Alias}}",
        "/?_escaped_fragment_=/tin-tuc/2451/sai-alias",
        "/?_escaped_fragment_=/danh-muc/tin-hoat-dong?trang=3",
        "/?_escaped_fragment_=/danh-muc/khong-co",
        "/?_escaped_fragment_=/tin-tuc/2451&_escaped_fragment_=/tin-tuc/2447",
        "/InTin.aspx?id=1",
        "/VanBan/ChiTiet.aspx?id=7",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_sitemap_is_stale_and_hashbang(server):
    status, robots, _ = fetch(server, "/robots.txt")
    assert status == 200 and "Sitemap:" in robots
    status, xml, _ = fetch(server, "/sitemap.xml")
    assert status == 200
    locs = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert all("/#!/" in loc for loc in locs)
    assert not any("/tin-tuc/2451/" in loc for loc in locs)
    assert any("/tin-tuc/2412/" in loc for loc in locs)


def test_encoded_route_of_2449(server):
    g = next(x for x in portal.GOLD if "/tin-tuc/2449/" in x["path"])
    assert "%E2%80%93" in g["path"]
    body = fetch(server, "/?_escaped_fragment_=/danh-muc/thi-tuyen-sinh")[1]
    assert "#!/tin-tuc/2449/ky-thi-chon-hoc-sinh-gioi-tinh-lop-12-nam-hoc-2026–2027" in body
    assert unquote(g["path"]).endswith(portal.S2449.slug)
