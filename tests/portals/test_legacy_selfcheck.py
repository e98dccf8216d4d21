"""Self-check of the legacy-encodings portal against itself, never the crawler.

Each gold text must be on its page as the page's font shows it (read with the hand-written tables
of ``_common``), each fault must be real (a plain decode of the bytes gives mojibake or U+FFFD),
and every article must be reachable by links from the start page.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.request
from collections.abc import Iterator

import pytest

from crawler.demo.server import PortalServer

from . import legacy
from ._common import cp1258_bytes, esc, from_tcvn3, from_vni

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_HREF = re.compile(rb'href="(/[^"]*)"')
_CAPITALS = re.compile(r'<font face="\.VnTimeH"[^>]*>(.*?)</font>')
_BLOCK = re.compile(r'<font face="\.VnTime">(.*?)</font>', re.S)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(legacy.build_site()) as srv:
        yield srv


def fetch(server: PortalServer, target: str) -> tuple[int, str, bytes]:
    with _OPENER.open(server.url(target), timeout=10) as resp:
        return resp.status, resp.headers.get("Content-Type", ""), resp.read()


def shown(raw: bytes, style: str) -> str:
    """The page's text as its fonts draw it: tags dropped, references resolved, NFC, one space."""
    if style.startswith("tcvn3"):
        text = _CAPITALS.sub(lambda m: m.group(1).upper(), from_tcvn3(raw))  # .VnTimeH: capitals
    elif style.startswith("vni"):
        text = from_vni(raw)
    else:  # UTF-8, with TCVN3 blocks pasted in as latin-1 letters
        text = _BLOCK.sub(lambda m: from_tcvn3(m.group(1).encode("latin-1")), raw.decode("utf-8", errors="replace"))
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(unicodedata.normalize("NFC", html.unescape(text)).split())


def story(path: str):
    return next(s for s in legacy.STORIES if legacy.article_path(s) == path)


def test_every_page_answers_and_links_reach_every_article(server: PortalServer) -> None:
    seen, queue = set(), ["/"]
    while queue:
        target = queue.pop()
        if target in seen:
            continue
        seen.add(target)
        status, _, raw = fetch(server, target)
        assert status == 200, target
        queue.extend(h.decode() for h in _HREF.findall(raw) if not h.endswith((b".css", b".jpg")))
    assert {g["path"] for g in legacy.GOLD} | set(legacy.NON_ARTICLES) == seen


@pytest.mark.parametrize("gold", legacy.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_is_on_the_page_as_its_font_shows_it(server: PortalServer, gold: dict) -> None:
    item = story(gold["path"])
    style = item.opts["style"]
    _, _, raw = fetch(server, gold["path"])
    if style.startswith("mixed-12"):  # stray code-page bytes: each paragraph as it was stored
        for block in item.blocks:
            if style == "mixed-1258":
                assert cp1258_bytes(esc(block.text)) in raw
            else:
                for piece in re.split(r"[“”–…é]", esc(block.text)):
                    assert piece.encode("utf-8") in raw
        text = shown(raw, "utf-8")
        assert gold["title"] in text and item.opts["date"] in text
        return
    text = shown(raw, style)
    for needle in [gold["title"], *gold["body"].split("\n\n"), *gold["authors"], item.opts["byline"]]:
        assert needle in text, (style, needle[:50])
    for image in gold["images"]:
        assert image["path"].encode() in raw and image["caption"] in text


@pytest.mark.parametrize("path", sorted(legacy.REPAIRS), ids=lambda p: p.rsplit("-", 1)[-1])
def test_each_fault_is_real(server: PortalServer, path: str) -> None:
    _, ctype, raw = fetch(server, path)
    repair = legacy.REPAIRS[path]
    if repair == "mixed-bytes":
        assert "charset=utf-8" in ctype
        assert "\ufffd" in raw.decode("utf-8", errors="replace")  # what a plain UTF-8 decode gives
        return
    plain = raw.decode("cp1252", errors="replace")
    if path == legacy.ARCHIVE_PATH:
        assert ".VnTime" in plain and "Tr\xadêng" in plain
        return
    item = story(path)
    assert item.title not in plain and item.blocks[0].text[:30] not in plain
    if item.opts["style"] == "tcvn3-css":
        assert "charset" not in ctype and b"charset" not in raw and b'font-family: ".VnTime"' in raw
    if item.opts["style"] == "tcvn3-font":  # the capitals with a tone, typed in the capitals font
        assert b'<font face=".VnTimeH">\xf1</font>y ban' in raw
    if item.opts["style"] == "vni-plain":
        assert b"VNI" not in raw and b"face=" not in raw
    if item.opts["style"] == "mixed-font":
        assert "charset=utf-8" in ctype and '<font face=".VnTime">' in raw.decode("utf-8")
