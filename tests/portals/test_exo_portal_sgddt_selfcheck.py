"""Self-check of the eXo Platform 4 (Sở GD&ĐT Hà Tĩnh) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every GOLD target, alternative path and
NON_ARTICLE answers 200, that the gold is well formed and printed on its page (after entities
and NFC), that a walk of plain links from START_PATH reaches every article and every listed
page, and that the platform's traps behave as the module's docstring says: the UIPageIterator's
ajaxGet links answer an XML envelope, its plain links carry a component id that changes with the
printing page, ``?lang=en`` copies the listings, login and private links redirect, the print view
and the soft 404 answer 200, and the text forms (entities, one decomposed article) are as stated.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import exo_portal_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_AJAX = re.compile(r"javascript:ajaxGet\('([^']+)'\)")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)
_SCV = '<div class="UISingleContentViewerPortlet">'
_SCV_END = '<div class="ShareBox">'


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split(_SCV, 1)[1].split(_SCV_END, 1)[0]


def _local(server: PortalServer, base: str, href: str) -> str | None:
    link = urlsplit(urljoin(server.url(base), html.unescape(href)))
    if link.netloc != urlsplit(server.base_url).netloc:
        return None
    return link.path + (f"?{link.query}" if link.query else "")


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host plain links from START_PATH (no redirects, no scripts)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or target.startswith("/rest/"):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 1500, "the walk should stay finite"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            nxt = _local(server, target, href)
            if nxt is not None and nxt not in seen:
                queue.append(nxt)
    return seen


# --------------------------------------------------------------------------- the gold itself


def test_contract_shape() -> None:
    assert portal.NAME == "exo_portal_sgddt"
    assert portal.START_PATH == "/portal/sgddt/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {v[0] for v in portal.CATS.values()}
    newest = max(g["published_at"][:10] for g in portal.GOLD)
    assert newest.startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["canonical_path"] == gold["path"]
    assert gold["path"].startswith("/portal/sgddt/detail/sgddt/web-contents/")
    assert gold["alt_paths"][0].startswith("/portal/sgddt/chi-tiet?content-id=/repository/")
    for name in gold["authors"] + gold["photographers"]:  # no byline line in the body
        assert not re.search(rf"(Tin|Ảnh|ảnh|Tác giả): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    assert "Nguồn:" not in gold["body"] and "Cập nhật lần cuối" not in gold["body"]
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
        assert not image["caption"] or image["caption"] not in gold["body"]
        assert not image["caption"] or not image["caption"].startswith(("(", "Ảnh:"))


# --------------------------------------------------------------------------- pages answer


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(page: str) -> str:
    m = re.search(
        r'<span class="DateTime">(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)</span>', _region(page)
    )
    assert m, "the DateAndMail line is printed"
    d, mo, y, hh, mm = m.groups()
    if (hh, mm) == ("00", "00"):
        return f"{y}-{mo}-{d}"
    return f"{y}-{mo}-{d}T{hh}:{mm}:00+07:00"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    region = _region(page)
    assert region.lstrip().startswith('<h3 class="TitleBar">Chi tiết tin</h3>')
    headline = re.search(r'<h2 class="Title">(.*?)</h2>', region)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    assert (
        re.search(r"<title>(.*?)</title>", page).group(1) == "Chi tiết tin - Sở GD&amp;ĐT Hà Tĩnh"
    )
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    if gold["summary"]:
        summary = re.search(r'<div class="Summary"[^>]*>(.*?)</div>', region)
        lead = re.search(r'<div class="Content">\s*<p[^>]*><strong>(.*?)</strong></p>', region)
        assert (summary and _reader(summary.group(1)) == gold["summary"]) or (
            lead and _reader(lead.group(1)) == gold["summary"]
        )
    else:
        summary = re.search(r'<div class="Summary"[^>]*>(.*?)</div>', region)
        assert summary is None or _reader(summary.group(1)) == ""
    content = region.split('<div class="Content">', 1)[1]
    for image in gold["images"]:
        src = image.get("path") or image["url"]
        assert f'<img alt="" src="{html.escape(src)}"' in content
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    assert _printed_date(page) == gold["published_at"]
    crumbs = re.search(
        r'<div class="BreadcumbsInfoBar ClearFix">(.*?)</div></div></div></div>', page
    )
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs.group(1))[-1]) == gold["category"]


def test_image_counts_leave_out_covers_and_thumbnails(server: PortalServer) -> None:
    for gold in portal.GOLD:
        content = _region(_get(server, gold["path"])[1]).split('<div class="Content">', 1)[1]
        assert len(re.findall(r"<img ", content)) == len(gold["images"])
    covered = [
        g
        for g in portal.GOLD
        if 'class="Illustration" style="background-image' in _get(server, g["path"])[1]
    ]
    assert len(covered) == 1 and all(
        "thumbnailImage" not in (i.get("path") or "") for i in covered[0]["images"]
    )


def test_both_addresses_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        (alt,) = gold["alt_paths"]
        first, second = _get(server, gold["path"])[1], _get(server, alt)[1]
        assert _region(first) == _region(second)
        assert 'rel="canonical"' not in first and 'rel="canonical"' not in second


# --------------------------------------------------------------------------- reachability


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    # the chi-tiet form is linked by "Tin mới cập nhật", "Tin nổi bật" and "Các tin khác" (five
    # newest others of the folder): the two oldest "Tin giáo dục" only by their friendly path
    linked_alts = {g["alt_paths"][0] for g in portal.GOLD} & set(walk)
    assert len(linked_alts) == len(portal.GOLD) - 2
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert {s for s in walk.values()} <= {0, 200, 302}
    assert any("lang=en" in t and s == 200 for t, s in walk.items()), "the English copy is linked"
    assert any("ShowLoginForm" in t and s == 302 for t, s in walk.items())
    assert walk["/portal/private/sgddt/dieu-hanh-tac-nghiep"] == 302


def test_listing_pages_answer_under_several_component_ids(walk: dict[str, int]) -> None:
    node = "/portal/sgddt/tin-tuc"
    page3 = [
        t for t in walk if t.startswith(node + "?") and "objectId=3" in t and "lang=en" not in t
    ]
    ids = {parse_qs(urlsplit(t).query)["portal:componentId"][0] for t in page3}
    assert len(ids) >= 2


# --------------------------------------------------------------------------- the pager


def test_pager_numbers_are_ajax_and_arrows_plain(server: PortalServer) -> None:
    node = "/portal/sgddt/tin-tuc"
    page = _get(server, node)[1]
    pager = re.search(r'<div class="UIPageIterator ClearFix">(.*?)</div></div>', page).group(1)
    assert "Trang 1/3" in page
    numbers = re.findall(r'<a class="Number" href="([^"]+)">(\d)</a>', pager)
    assert [n for _, n in numbers] == ["3", "2"]  # floats right: reverse order in the source
    assert all(h.startswith("javascript:ajaxGet(") for h, _ in numbers)
    nxt = html.unescape(re.search(r'class="Icon NextTopPageIcon" href="([^"]+)"', pager).group(1))
    assert nxt == portal.page_url(node, 2, 1) and "ajaxRequest" not in nxt
    last = html.unescape(re.search(r'class="Icon LastTopPageIcon" href="([^"]+)"', pager).group(1))
    assert last == portal.page_url(node, 3, 1)
    # the same page under another component id (page 3 prints its own) is the same list
    third = _get(server, last)[1]
    back = html.unescape(
        _AJAX.search(re.search(r'class="Icon LastPageIcon" href="([^"]+)"', third).group(1)).group(
            1
        )
    )
    assert "objectId=2" in back
    assert (
        parse_qs(urlsplit(back).query)["portal:componentId"]
        != parse_qs(urlsplit(nxt).query)["portal:componentId"]
    )
    second_a = _get(server, nxt)[1]
    second_b = _get(server, back.replace("&ajaxRequest=true", ""))[1]
    links = lambda p: re.findall(r'<h3 class="Title"><a href="([^"]+)"', p)  # noqa: E731
    assert links(second_a) == links(second_b) and len(links(second_a)) == portal.PER_PAGE


def test_ajax_pager_answers_an_xml_envelope(server: PortalServer) -> None:
    node = "/portal/sgddt/tin-tuc"
    page = _get(server, node)[1]
    found = set(re.findall(r'<h3 class="Title"><a href="([^"]+)"', page))
    for url in {html.unescape(u) for u in _AJAX.findall(page)}:
        status, body, headers = _get(server, url)
        assert status == 200 and headers["Content-Type"].startswith("text/xml")
        assert body.startswith('<div class="PortalResponse">')
        data = re.search(
            r'<div class="BlockToUpdateData"><!\[CDATA\[(.*?)\]\]></div>', body, re.S
        ).group(1)
        assert "<html" not in data and "UIPageIterator" in data
        found |= set(re.findall(r'<h3 class="Title"><a href="([^"]+)"', data))
    assert found == {g["path"] for g in portal.GOLD}


def test_category_listings_and_document_list_paginate(server: PortalServer) -> None:
    assert "Trang 1/2" in _get(server, "/portal/sgddt/tin-tuc/tin-giao-duc")[1]
    assert "UIPageIterator" not in _get(server, "/portal/sgddt/tin-tuc/thong-bao")[1]
    docs = (
        _get(server, "/portal/sgddt/van-ban")[1]
        + _get(server, portal.page_url("/portal/sgddt/van-ban", 2, 1))[1]
    )
    pdfs = set(re.findall(r'href="(/rest/jcr/[^"]+\.pdf)"', docs))
    assert len(pdfs) == len(portal.DOCS)
    for pdf in pdfs:
        status, _body, headers = _get(server, pdf)
        assert status == 200 and headers["Content-Type"] == "application/pdf"
    for node in portal.LISTINGS:
        page = _get(server, node)[1]
        assert re.search(r"Ngày \d\d/\d\d/\d{4}", page) or node.endswith("/van-ban")


# --------------------------------------------------------------------------- traps


def test_english_ui_copies_the_listings(server: PortalServer) -> None:
    vi = _get(server, "/portal/sgddt/tin-tuc")[1]
    en = _get(server, "/portal/sgddt/tin-tuc?lang=en")[1]
    article_links = lambda p: re.findall(r'<h3 class="Title"><a href="([^"]+)"', p)  # noqa: E731
    assert article_links(vi) == article_links(en)
    assert "Page 1/3" in en and 'href="/portal/sgddt/tin-tuc/tin-giao-duc?lang=en"' in en
    assert "objectId=2&amp;lang=en" in en
    assert 'href="/portal/sgddt/tin-tuc?lang=en" class="LangEn">English</a>' in vi


def test_login_and_private_links_redirect(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    page = _get(server, gold["path"])[1]
    login = html.unescape(re.search(r'<a class="LoginIcon" href="([^"]+)"', page).group(1))
    assert login == gold["path"] + "?portal:componentId=UIPortal&portal:action=ShowLoginForm"
    status, _, headers = _get(server, login)
    assert status == 302 and headers["Location"].startswith("/portal/login?initialURI=")
    assert unquote(headers["Location"].split("=", 1)[1]) == gold["path"]
    alt_page = _get(server, gold["alt_paths"][0])[1]
    alt_login = html.unescape(re.search(r'<a class="LoginIcon" href="([^"]+)"', alt_page).group(1))
    assert alt_login.startswith(gold["alt_paths"][0] + "&portal:componentId=UIPortal")
    status, _, headers = _get(server, "/portal/private/sgddt/hop-thu-cong-vu")
    assert status == 302 and headers["Location"].startswith("/portal/login?initialURI=")
    status, body, _ = _get(server, headers["Location"])
    assert status == 200 and 'name="password"' in body
    assert _get(server, "/")[0] == 302 and _get(server, "/")[2]["Location"] == "/portal/sgddt/"


def test_print_view_and_soft_404(server: PortalServer) -> None:
    for gold in portal.GOLD:
        content_id = gold["alt_paths"][0].split("?", 1)[1]
        status, page, _ = _get(server, f"/portal/sgddt/in?{content_id}")
        assert status == 200 and 'content="noindex, nofollow"' in page
        assert _nfc(re.search(r'<h2 class="Title">(.*?)</h2>', page).group(1)) == gold["title"]
    soft = f"/portal/sgddt/chi-tiet?content-id={portal.quote(portal.SOFT_404_ID)}"
    linking = [g for g in portal.GOLD if f'href="{soft}"' in _get(server, g["path"])[1]]
    assert len(linking) == 1
    status, page, _ = _get(server, soft)
    assert status == 200 and "Nội dung bạn yêu cầu không tồn tại hoặc đã bị xóa." in page
    assert '<h2 class="Title">' not in page
    assert _get(server, "/portal/sgddt/khong-co-trang-nay")[0] == 404


def test_standing_pages_look_like_articles_without_a_date(server: PortalServer) -> None:
    for path in portal.STATIC_PAGES:
        page = _get(server, path)[1]
        assert '<h2 class="Title">' in page and '<div class="Content">' in page
        assert "DateAndMail" not in page


def test_chrome_is_printed(server: PortalServer) -> None:
    page = _get(server, portal.GOLD[3]["path"])[1]
    for phrase in (
        f"<noscript>{portal.TODAY}</noscript>", "document.write(", "Bạn chưa có đủ quyền truy nhập portlet này.",
        "Thống kê truy cập", "Liên kết website", "Tên đăng nhập", "Mật khẩu", "Các tin khác",
        "Tags:", portal.ADDRESS, portal.HOTLINE, 'class="UIWorkingWorkspace"', 'class="PORTLET-FRAGMENT"',
    ):  # fmt: skip
        assert phrase in page, phrase


# --------------------------------------------------------------------------- text forms


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert len(decomposed) == 1 and "bo-gd-dt-lay-y-kien" in decomposed[0]
    for path, page in pages.items():
        content = _region(page).split('<div class="Content">', 1)[1]
        assert not re.search(r"&#\d+;", content)
        if path in decomposed:
            assert "&agrave;" not in content
        else:  # CKEditor 3 entities: Latin-1 letters named, other Vietnamese letters raw
            assert re.search(r"&(agrave|aacute|ecirc|ocirc|acirc|iacute);", content), path
            assert re.search(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơưăĩũ]", content), (
                path
            )
        head = re.search(r'<h2 class="Title">(.*?)</h2>', page).group(1)
        assert "&" not in head.replace("&amp;", "")
