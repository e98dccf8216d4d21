"""Self-check of the vendor PHP school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that answers
badly, a paragraph the page does not print, or an article no link reaches would waste that crawl.
Nothing here imports the crawler beyond the demo server. It also pins down what makes this
platform what it is: ``index.php?mod=…`` routing, the title in a bold div (no heading), the Word
paste with entities and split runs, the three URL forms of one article, the print and e-mail
views, the soft 404 of a deleted article and the UTF-8 pages.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import vendor_php_mod_thpt as portal
from ._selfcheck import NO_REDIRECTS

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$")
_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get_raw(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    import urllib.error

    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers.items())


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    status, raw, headers = _get_raw(server, target)
    return status, raw.decode("utf-8"), headers


def _reader_text(markup: str) -> str:
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    markup = re.sub(r"</?span[^>]*>|<o:p></o:p>", "", markup)  # runs join without a space
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _anchor_links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(server.url(page), href))
        if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _content(body: str) -> str:
    return body.split('<td class="cot-giua"', 1)[1].split('<td class="cot-phai"', 1)[0]


def _noidung(body: str) -> str:
    return body.split('<div class="noidung">', 1)[1].split('\n</div>\n<div class="', 1)[0]


def test_contract_shape() -> None:
    assert portal.NAME == "vendor_php_mod_thpt" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len(set(alts)) == len(alts) and not set(alts) & set(paths)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(portal.pages(c) for c in portal.CATS) >= 3
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[-1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/upload/tintuc/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    assert not any("Tin, ảnh" in p or p.startswith(("Tác giả", "Nguồn")) for p in paragraphs)


def test_every_target_answers_200_in_utf8(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    for target in targets + portal.NON_ARTICLES:
        status, raw, headers = _get_raw(server, target)
        assert status == 200, target
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert raw.decode("utf-8") and b'<meta charset="utf-8">' in raw


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[-1])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, _ = _get(server, gold["path"])
    assert status == 200
    content = _content(body)
    page = _reader_text(content)
    # the title: a bold div, no heading anywhere, and not in <title>
    assert f'<div class="tieude-tin"><b>{html.escape(gold["title"], quote=True)}</b></div>' in content
    assert not re.search(r"<h[1-6]", body)
    assert gold["title"] not in re.search(r"<title>(.*?)</title>", body).group(1)
    text = _reader_text(_noidung(body))
    for paragraph in gold["body"].split("\n\n"):
        if paragraph == gold["summary"]:
            tomtat = re.search(r'<div class="tomtat"><i>(.*?)</i></div>', content).group(1)
            assert _reader_text(tomtat) == paragraph
        else:
            assert paragraph in text, paragraph[:60]
    # the date line
    stamp = gold["published_at"]
    line = f"Cập nhật lúc {stamp[11:16]} ngày {stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"
    assert f'<div class="ngaydang">{line} | Lượt xem: ' in content
    # bylines as printed, outside the body element
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert f'<div class="nguon" align="right"><i>Nguồn: {gold["source"]}</i></div>' in content
    # images: relative Word-paste sources resolving to the gold paths, captions printed
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', _noidung(body))
    assert ["/" + s for s in srcs] == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    crumb = re.search(r'<div class="duongdan">(.*?)</div>', content).group(1)
    assert re.findall(r">([^<]+)</a>", crumb)[-1] == gold["category"]
    assert portal.TODAY in body and "Đang truy cập: 7 | Tổng: 123.456" in body
    assert "Bản quyền thuộc về Trường THPT Trưng Vương | Thiết kế bởi" in body
    assert "Thăm dò ý kiến".upper() in body and 'name="frmBinhChon"' in body


def test_word_paste_markup(server: PortalServer) -> None:
    seen_split = seen_table = seen_entities = 0
    for gold in portal.GOLD:
        _, body, _ = _get(server, gold["path"])
        noidung = _noidung(body)
        assert 'class="MsoNormal"' in noidung and "<o:p></o:p>" in noidung and "&nbsp;" in noidung
        seen_split += '<span lang="VI"' in noidung
        seen_table += 'class="MsoTableGrid"' in noidung
        seen_entities += "&ldquo;" in noidung or "&ndash;" in noidung
        # no raw smart punctuation inside the Word paste: always entities
        assert not re.search("[“”–]", noidung)
    assert seen_split >= 2 and seen_table >= 2 and seen_entities >= 6


def test_print_and_email_views_and_soft_404(server: PortalServer) -> None:
    story = portal.STORIES[0]
    _, printed, _ = _get(server, f"/index.php?mod=tintuc&act=in&id={story.id}")
    assert 'onload="window.print()"' in printed and story.title in printed
    _, mail, _ = _get(server, f"/index.php?mod=tintuc&act=guiemail&id={story.id}")
    assert "GỬI TIN CHO BẠN BÈ" in mail and 'name="email_nhan"' in mail
    status, soft, _ = _get(server, portal.SOFT_404)
    assert status == 200 and "Tin này không tồn tại hoặc đã bị xóa!" in soft
    status, result, _ = _get(server, portal.POLL_RESULTS)
    assert status == 200 and "KẾT QUẢ THĂM DÒ Ý KIẾN" in result


def test_url_variants_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, body, _ = _get(server, gold["path"])
        for alt in gold["alt_paths"]:
            assert _get(server, alt)[1] == body
        assert "rel=\"canonical\"" not in body


def test_listings_and_pager(server: PortalServer) -> None:
    for cid in portal.CATS:
        listed: list[str] = []
        last = portal.pages(cid)
        for n in range(1, last + 1):
            target = f"/index.php?mod=tintuc&act=danhsach&cid={cid}" + (f"&page={n}" if last > 1 else "")
            _, body, _ = _get(server, target)
            links = _anchor_links(server, target, _content(body))
            listed += [lk for lk in dict.fromkeys(links) if "act=chitiet" in lk]
            if last > 1:
                pager = re.search(r'<div class="phantrang">Trang: (.*?)</div>', body).group(1)
                assert f"<b>[{n}]</b>" in pager and ("Sau &raquo;" in pager) == (n < last)
        want = [
            portal.article_path(s) + f"&cid={cid}" + (f"&page={portal.page_of(s)}" if last > 1 else "")
            for s in portal.in_cat(cid)
        ]
        assert listed == want
    _, empty, _ = _get(server, "/index.php?mod=tintuc&act=danhsach&cid=5&page=9")
    assert "Chưa có tin nào trong mục này." in empty


def test_reachability_by_links(server: PortalServer) -> None:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, raw, headers = _get_raw(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _anchor_links(server, target, raw.decode("utf-8")):
            if not re.search(r"\.(jpe?g|png|gif|pdf|css|js)$", link):
                queue.append(link)
    for gold in portal.GOLD:
        assert gold["path"] in seen and set(gold["alt_paths"]) <= seen
    assert set(portal.NON_ARTICLES) <= seen
    # nothing beyond the listed pages is linked (the poll form posts, the search form is a form)
    assert seen - set(portal.NON_ARTICLES) - {g["path"] for g in portal.GOLD} == {
        a for g in portal.GOLD for a in g["alt_paths"]
    }


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
