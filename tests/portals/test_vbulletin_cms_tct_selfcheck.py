"""Self-checks of the vBulletin 4.2 (vBCMS + forum) fixture portal against itself (no crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import vbulletin_cms_tct as portal
from tests.portals._common import TODAY
from tests.portals._selfcheck import NO_REDIRECTS, fetch

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
COOKIE = "bb_sessionhash=0123456789abcdef0123456789abcdef"
HEX32 = r"[0-9a-f]{32}"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def fetch_cookie(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    """A request as a visitor holding vB's session cookie (links come without s=)."""
    req = urllib.request.Request(server.url(target), headers={"Cookie": COOKIE})
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def readable(markup: str) -> str:
    """Page text as a reader sees it: unescaped, NFC, whitespace collapsed."""
    plain = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", plain.replace("\xa0", " ")))


def strip_session(target: str) -> str:
    parts = urlsplit(target)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "s"]
    return parts.path + (f"?{urlencode(query, safe='/-')}" if query else "")


def links(body: str, page_url: str) -> list[str]:
    base = re.search(r'<base href="([^"]+)"', body)
    root = base.group(1) if base else page_url
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        out.append(urljoin(root, href).split("#")[0])
    return out


def article_part(body: str) -> str:
    return body[body.index('<div class="cms_article">') : body.index('<div id="cms_comments"')]


# --- gold ---------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["path"].startswith("/content.php?r=")
        assert g["canonical_path"] == g["path"]
        assert re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:00\+07:00", g["published_at"]), g["path"]
        assert g["category"] in {"Tin hoạt động", "Thông báo", "Nghiên cứu - Trao đổi"}
        for value in [
            g["title"],
            g["body"],
            g["summary"] or "",
            *g["authors"],
            *g["photographers"],
        ]:
            assert value == unicodedata.normalize("NFC", value)
            assert "  " not in value and value == value.strip()
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for name in g["authors"] + g["photographers"]:
            assert not name.startswith(("ThS.", "TS.", "Tin", "Bài")), name
            assert name not in {"bientap01", "bientap02", "admin"}
        for image in g["images"]:
            assert set(image) in ({"path", "caption"}, {"url", "caption"})
        for line in g["body"].split("\n\n"):
            assert not line.startswith(("Nguồn:", "Tin:", "Tin, ảnh:", "Bài và ảnh:")), line
    assert portal.GOLD[0]["published_at"] == "2026-11-25T07:15:00+07:00"  # "Hôm nay, 07:15 AM"
    assert portal.GOLD[1]["published_at"] == "2026-11-24T16:20:00+07:00"  # "Hôm qua, 04:20 PM"
    essay = next(g for g in portal.GOLD if "183-" in g["path"])
    assert "Số bài viết đăng báo, tạp chí | 18 | 24 | 31" in essay["body"]
    assert essay["body"].count("\n\n") >= 18


def test_gold_pages_answer_and_print_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            text = readable(body)
            assert g["title"] in text, target
            assert g["body"].split("\n\n")[0] in text, target
            assert 'class="article_title"' in body


def test_gold_text_is_printed_on_the_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch_cookie(server, g["path"])
        article = readable(
            body[body.index('<div class="cms_article_txt_content') : body.index("cms_article_tags")]
        )
        for para in g["body"].split("\n\n"):
            assert para.replace(" | ", " ") in article.replace(" | ", " "), para
        for image in g["images"]:
            src = image.get("url") or image["path"].lstrip("/")
            assert html.escape(src) in body, src
            if image["caption"]:
                assert f"<i>{html.escape(image['caption'], quote=False)}</i>" in body
        for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
            assert name in article, name


def test_alt_paths_are_the_same_article(server):
    for g in portal.GOLD:
        _, main, _ = fetch_cookie(server, g["path"])
        story_id = g["path"].split("=")[1].split("-")[0]
        _, twin, _ = fetch_cookie(server, f"/content.php?r={story_id}")
        assert twin == main
        for alt in g["alt_paths"][1:]:
            _, view, _ = fetch_cookie(server, alt)
            page = alt.rsplit("/", 1)[1]
            assert re.search(rf"Trang {page} / \d", view)
            assert article_part(view) == article_part(main)
    with_views = [g for g in portal.GOLD if len(g["alt_paths"]) > 1]
    assert len(with_views) == 3


def test_gold_images_are_served(server):
    for g in portal.GOLD:
        for image in g["images"]:
            if "path" in image:
                status, _, headers = fetch(server, image["path"])
                assert status == 200 and headers["Content-Type"] == "image/jpeg", image


# --- discovery -----------------------------------------------------------------------------------


def test_breadth_first_walk_reaches_every_gold_article(server):
    wanted = {g["path"] for g in portal.GOLD}
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    found: set[str] = set()
    while queue and len(seen) < 400:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(
                strip_session(
                    urlsplit(headers["Location"]).path + "?" + urlsplit(headers["Location"]).query
                )
            )
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        if target in wanted:
            found.add(target)
        for url in links(body, server.url(target)):
            parts = urlsplit(url)
            if parts.netloc != f"{server.host}:{server.port}":
                continue
            if parts.path in (
                "/attachment.php",
                "/css.php",
                "/external.php",
            ) or parts.path.startswith("/images/"):
                continue
            nxt = strip_session(parts.path + (f"?{parts.query}" if parts.query else ""))
            if nxt not in seen:
                queue.append(nxt)
    assert found == wanted, wanted - found


def test_lists_paginate_as_vbulletin(server):
    status, body, _ = fetch_cookie(server, "/content.php?r=3-Tin-hoat-dong")
    assert status == 200 and "Trang 1 / 3" in body and "Trang cuối" in body
    assert 'href="content.php?r=3-Tin-hoat-dong/page2"' in body
    _, last, _ = fetch_cookie(server, "/content.php?r=3-Tin-hoat-dong/page3")
    assert "Trang 3 / 3" in last and "r=176-Be-giang" in last
    assert fetch(server, "/content.php?r=3-Tin-hoat-dong/page4")[0] == 404
    _, notices, _ = fetch_cookie(server, "/content.php?r=4-Thong-bao/page2")
    assert "Trang 2 / 2" in notices
    _, front, _ = fetch_cookie(server, "/")
    assert "Trang 1 / 3" in front and front.count('class="cms_widget article_preview"') == 5
    assert (
        fetch_cookie(server, "/content.php?r=3")[1]
        == fetch_cookie(server, "/content.php?r=3-Tin-hoat-dong")[1]
    )


# --- traps ---------------------------------------------------------------------------------------


def test_session_ids_in_links(server):
    status, body, headers = fetch(server, "/")
    assert status == 200
    sess = re.search(rf"bb_sessionhash=({HEX32})", headers["Set-Cookie"]).group(1)
    assert f'href="content.php?s={sess}&amp;r=3-Tin-hoat-dong"' in body
    assert f'href="forum.php?s={sess}"' in body
    # a visitor who came back with s= keeps it in every link
    _, again, _ = fetch(server, f"/content.php?s={sess}&r=187")
    assert f"showthread.php?s={sess}&amp;t=5096" in again
    # with the cookie the same page is clean
    _, clean, headers = fetch_cookie(server, "/")
    assert "s=" not in "".join(re.findall(r'href="([^"]+)"', clean)).replace("css.php?styleid", "")
    assert "Set-Cookie" not in headers
    # every page accepts any s=
    g = portal.GOLD[3]
    status, body, _ = fetch_cookie(server, g["path"].replace("?", f"?s={'a' * 32}&"))
    assert status == 200 and g["title"] in readable(body)


def test_forum_copy_of_each_article_is_a_thread(server):
    gold_paths = {g["path"] for g in portal.GOLD}
    for story in portal.STORIES:
        t = story.opts["thread"]
        target = f"/showthread.php?t={t}"
        assert target not in gold_paths
        status, body, _ = fetch_cookie(server, target)
        assert status == 200
        text = readable(body)
        first = next(b.text for b in story.blocks if isinstance(b, portal.P))
        assert first in text and story.title in text
        assert f'<link rel="canonical" href="{server.base_url}/showthread.php?t={t}" />' in body
        assert 'id="posts"' in body and "article_username_container" not in body
        assert f"content.php?r={story.id}" in body
        _, article, _ = fetch_cookie(server, f"/content.php?r={story.id}")
        assert f'href="showthread.php?t={t}"' in article
    _, page2, _ = fetch_cookie(server, "/showthread.php?t=5096&page=2")
    assert "Trang 2 / 2" in page2 and "showthread.php?t=5096&amp;page=2" in page2
    status, _, headers = fetch_cookie(server, "/showthread.php?t=5096&goto=newpost")
    assert status == 302 and headers["Location"].endswith("showthread.php?p=31932#post31932")
    assert fetch_cookie(server, "/showthread.php?p=31932&viewfull=1")[1] == page2
    _, feed, headers = fetch_cookie(server, "/external.php?type=RSS2")
    assert headers["Content-Type"].startswith("application/rss+xml")
    assert "showthread.php?t=5123&amp;goto=newpost" in feed and "content.php" not in feed


def test_non_article_pages(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch_cookie(server, target)
        assert status == 200, target
        assert "article_username_container" not in body, target
    _, intro, _ = fetch_cookie(server, "/content.php?r=8-Gioi-thieu")
    assert "Giới thiệu" in intro and not re.search(
        r"\d\d-\d\d-20\d\d,", intro.split('id="sidebar_container"')[0]
    )
    _, timetable, _ = fetch_cookie(server, "/content.php?r=9-Lich-hoc-cac-lop")
    assert "cms_table_grid" in timetable
    for target in [
        "/forumdisplay.php?f=4",
        "/forumdisplay.php?f=4&page=2",
        "/forumdisplay.php?f=2",
        "/member.php?u=12",
        "/memberlist.php",
        "/login.php?do=lostpw",
        "/register.php",
        "/faq.php",
        "/sendmessage.php",
        "/search.php",
        "/tags.php",
        "/tags.php?tag=h%E1%BB%99i+ngh%E1%BB%8B",
    ]:
        status, body, _ = fetch_cookie(server, target)
        assert status == 200, target
        assert 'class="article_title"' not in body, target
    _, tags, _ = fetch_cookie(server, "/tags.php?tag=h%E1%BB%99i+ngh%E1%BB%8B")
    assert "r=187-Hoi-nghi-tong-ket" in tags and "showthread.php?t=5096" in tags
    _, member, _ = fetch_cookie(server, "/member.php?u=12")
    assert "r=196-Khai-giang" in member
    assert fetch(server, "/member.php?u=999")[0] == 404


def test_search_ids_are_new_at_every_visit(server):
    first = fetch_cookie(server, "/search.php?do=getnew&contenttype=vBForum_Post")
    second = fetch_cookie(server, "/search.php?do=getnew&contenttype=vBForum_Post")
    assert first[0] == second[0] == 302
    assert first[2]["Location"] != second[2]["Location"]
    target = urlsplit(second[2]["Location"])
    status, body, _ = fetch_cookie(server, f"{target.path}?{target.query}")
    assert status == 200 and "Trang 1 / 2" in body


def test_dates_as_vbulletin_prints_them(server):
    _, today, _ = fetch_cookie(server, "/content.php?r=196")
    assert 'Hôm nay,&nbsp;<span class="time">07:15 AM</span>' in today
    _, yesterday, _ = fetch_cookie(server, "/content.php?r=194")
    assert 'Hôm qua,&nbsp;<span class="time">04:20 PM</span>' in yesterday
    _, old, _ = fetch_cookie(server, "/content.php?r=187")
    assert '12-11-2026,&nbsp;<span class="time">08:30 AM</span>' in old
    assert TODAY in old and "Bây giờ là" in old and "Powered by" in old
    assert (
        "Đang trực tuyến: 17" in old
        and "Thống kê: Chủ đề: 1.234, Bài viết: 9.876, Thành viên: 512" in old
    )
    assert '<span class="lastnavbit"' not in old and "Chuyên mục: Tin hoạt động" in old


def test_text_encodings(server):
    _, essay, _ = fetch_cookie(server, "/content.php?r=183")
    assert "Th&#7913; hai, th&#244;ng qua" in essay
    _, seminar, _ = fetch_cookie(server, "/content.php?r=190")
    title = unicodedata.normalize("NFD", "Hội thảo khoa học")
    assert f'<h1 class="article_title">{title}' in seminar
    assert unicodedata.normalize("NFD", "Hội thảo nhận được 26 tham luận") in seminar


def test_bylines_and_captions_are_printed(server):
    _, union, _ = fetch_cookie(server, "/content.php?r=187")
    assert '<div style="text-align: right;"><b>Trần Thị Mai</b></div>' in union
    assert '<div style="text-align: center;"><i>Khen thưởng các tập thể' in union
    _, visit, _ = fetch_cookie(server, "/content.php?r=179")
    assert "Nguồn: <a" in visit and "img.baohatinh.vn" in visit
    _, notice, _ = fetch_cookie(server, "/content.php?r=174")
    assert "TB-tuyen-sinh-TCLLCT-K71.pdf" in notice
    status, _, headers = fetch(server, "/attachment.php?attachmentid=352&d=1789372800")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
