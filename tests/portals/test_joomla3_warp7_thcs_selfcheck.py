"""Self-checks of the joomla3_warp7_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_warp7_thcs as portal
from tests.portals._common import P, collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"<a\b([^>]*)>", re.I)
_ATTR_HREF = re.compile(r'href="([^"]*)"', re.I)
_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<script\b.*?</script>", " ", page, flags=re.S | re.I)
    page = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, current: str, *, follow_nofollow: bool = True) -> list[str]:
    out = []
    for attrs in _HREF.findall(page):
        if not follow_nofollow and "nofollow" in attrs:
            continue
        m = _ATTR_HREF.search(attrs)
        if not m:
            continue
        url = urljoin("http://fixture.invalid" + current, _html.unescape(m.group(1)))
        parts = urlsplit(url)
        if parts.netloc != "fixture.invalid" or _STATIC.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server, *, follow_nofollow: bool = True, skip=lambda target: False) -> set[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for link in _links(body, target, follow_nofollow=follow_nofollow):
            if link not in seen and not skip(link):
                seen.add(link)
                queue.append(link)
    return seen


def test_contract_shape():
    assert portal.NAME == "joomla3_warp7_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_paths_and_alt_paths_answer_with_title(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert _html.escape(gold["title"], quote=True) in body, target


def test_every_gold_article_is_reachable_from_start(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_some_articles_only_behind_page_two(server):
    seen = _crawl(server, skip=lambda t: "?start=" in t and "/" not in t.split("?")[0][1:])
    hidden = {g["path"] for g in portal.GOLD} - seen
    assert {p.split("/")[2].split("-")[0] for p in hidden} == {"41", "44", "43"}


def test_request_budget(server):
    seen = _crawl(server, follow_nofollow=False)
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_gold_fields_on_the_page(server):
    for story, gold in zip(portal.STORIES, portal.GOLD, strict=True):
        status, body, _ = fetch(server, gold["path"])
        assert status == 200
        if "parts" in story.opts:
            body += fetch(server, gold["path"] + "?start=1")[1]
        text = _text(body)
        for para in story.paragraphs:
            if isinstance(para, str) and "@" in para:
                address = next(w for w in para.split() if "@" in w)
                for piece in para.split(address):
                    assert collapse(piece) in text, piece
                assert "Địa chỉ email này đang được bảo vệ" in text
                assert "addy_text" in body
            else:
                assert collapse(para) in text, para
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, name
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in text
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body, img
            if img["caption"]:
                assert _html.escape(img["caption"], quote=True) in body, img["caption"]
        if gold["published_at"] is None:
            assert "<time" not in body
        elif story.id == 49:
            assert "ngày 16 tháng 11 năm 2026" in text
        else:
            year, month, day = gold["published_at"].split("-")
            assert f"{day} {portal.MONTHS[int(month)]} {year}" in text
        assert f'class="uk-article-title"><a href="{gold["path"]}"' in body


def test_datetime_attribute_is_the_utc_day(server):
    gold = next(g for g in portal.GOLD if "/47-" in g["path"])
    _, body, _ = fetch(server, gold["path"])
    assert '<time datetime="2026-11-19" pubdate="pubdate">20 Tháng Mười Một 2026</time>' in body


def test_pagebreak_pages_and_showall(server):
    gold = next(g for g in portal.GOLD if "/50-" in g["path"])
    first = _text(fetch(server, gold["path"])[1])
    second = _text(fetch(server, gold["path"] + "?start=1")[1])
    whole = _text(fetch(server, gold["path"] + "?showall=1&limitstart=")[1])
    paras = gold["body"].split("\n\n")
    assert paras[0] in first and paras[-1] not in first
    assert paras[-1] in second and paras[0] not in second
    assert all(p in whole for p in paras)


def test_vote_form_posts_to_hitcount_url(server):
    gold = next(g for g in portal.GOLD if "/47-" in g["path"])
    _, body, _ = fetch(server, gold["path"])
    assert f'{gold["path"]}?hitcount=0" class="form-inline"' in body
    assert "rating_star.png" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "uk-article-meta" not in body


def test_listings_and_pages(server):
    assert fetch(server, "/tin-tuc-su-kien?start=3")[0] == 200
    assert fetch(server, "/thong-bao?start=2")[0] == 200
    status, body, _ = fetch(server, "/cong-tac-doi")
    assert status == 200 and "Đọc thêm" not in body.split("/45-")[1].split("</article>")[0]
    assert fetch(server, "/images/tintuc/2026/11/van-nghe-8a.jpg")[0] == 200
    assert fetch(server, "/van-ban/file/15-ke-hoach-nam-hoc-2026-2027?download=15")[0] == 200


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc-su-kien?start=99",
        "/tin-tuc-su-kien?start=0",
        "/tin-tuc-su-kien/999-bai-viet",
        "/tin-tuc-su-kien/41-sai-alias",
        "/thong-bao/41-khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        "/thong-bao/56-thong-bao-lich-nghi-tet-duong-lich-nam-2027?hitcount=0",
        "/component/content/article/41-khai-mac?catid=8&Itemid=101",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_story_paragraphs_are_p_blocks():
    for story in portal.STORIES:
        assert all(isinstance(b, P) for b in story.blocks if getattr(b, "text", None))
