"""Self-check of the django CMS / Aldryn NewsBlog political-school portal, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes for it; a gold target that does
not answer, a paragraph its page does not print, or an article no link, feed or sitemap reaches
would waste that crawl. It also pins down what makes this platform itself: language prefixes
and the Accept-Language redirect, the ``/en/`` fallback that serves the Vietnamese article under
``<html lang="en">``, real English translations that are not gold, ``?edit``/``?toolbar_off``
twins, Django's 404 past the last ``?page=``, and the CKEditor entity / NFD encodings.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import django_cms_tct as portal
from ._selfcheck import NO_REDIRECTS, fetch

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader_text(markup: str) -> str:
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split())


def _article_box(body: str) -> str:
    return body.split('<article class="article">', 1)[1].split("</article>", 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target)
    return out


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


def test_contract_shape() -> None:
    assert portal.NAME == "django_cms_tct" and portal.PLATFORM == "django-cms"
    assert portal.START_PATH == "/vi/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert not set(paths) & set(alts)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    per_cat = {c: len(portal.newest(cat=c)) for c in portal.CATS}
    assert max(per_cat.values()) > 2 * portal.PER_PAGE  # one category spans 3+ pages
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rstrip("/").rsplit("/", 1)[-1][-24:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    assert gold["path"].startswith("/vi/tin-tuc/") and gold["path"].endswith("/")
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _DATE.match(gold["published_at"])  # the page prints a date without a time
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for name in gold["authors"] + gold["photographers"]:
        assert not name.startswith(("ThS.", "TS.")) and unicodedata.is_normalized("NFC", name)
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/media/filer_public_thumbnails/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    story = _story(gold)
    expected = [f"{gold['path']}?edit", f"{gold['path']}?toolbar_off"]
    if "en" not in story.opts:
        en = gold["path"].replace("/vi/", "/en/", 1)
        expected += [en, f"{en}?edit", f"{en}?toolbar_off"]
    assert gold["alt_paths"] == expected


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rstrip("/").rsplit("/", 1)[-1][-24:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<html lang="vi">' in body
    box = _article_box(body)
    page = _reader_text(body)
    text = _reader_text(box)
    assert re.search(r"<h2>([^<]+)</h2>", box).group(1) == html.escape(gold["title"], quote=True)
    assert f'<h1 class="site-name"><a href="/vi/">{portal.SITE.upper()}</a></h1>' in body
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in text, paragraph[:60]
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in text
    srcs = re.findall(r'<img src="([^"]+)"', box)
    assert [s for s in srcs if not s.startswith("/static/")] == [i["path"] for i in gold["images"]]
    # the file plugin's type icon is no article photo
    assert [s for s in srcs if s.startswith("/static/")] == (["/static/filer/icons/file_32x32.png"] if "attach" in _story(gold).opts else [])
    for img in gold["images"]:
        if img["caption"]:
            assert f"<figcaption>{img['caption']}</figcaption>" in unicodedata.normalize("NFC", html.unescape(box))
    story = _story(gold)
    y, m, d = gold["published_at"].split("-")
    printed = f"{d} {portal._VI_MONTHS[int(m) - 1]} {y}"
    assert re.search(rf'<time datetime="{y}-{m}-{d}T\d\d:\d\d:00\+07:00">{printed}</time>', box)
    assert f'<a href="/vi/tin-tuc/category/{story.cat}/">{gold["category"]}</a>' in box
    if gold["summary"]:
        lead = box.split('<div class="lead"><p>', 1)[1].split("</p>", 1)[0]
        assert _reader_text(lead) == gold["summary"]
    author = story.opts["author"]
    if author:
        assert f'Tác giả: <a href="/vi/tin-tuc/author/{author}/">{portal.PEOPLE[author][0]}</a>' in box
    else:
        assert "Tác giả:" not in page
    assert portal.TODAY in page and "Tổng lượt truy cập" in page and "Bản quyền thuộc" in page
    assert "Bài viết liên quan" in page and "Lưu trữ" in page and 'href="?edit"' in body
    assert '<div id="cms-top" class="cms cms-toolbar-hidden"' in body and 'style="display:none"' in body


def test_en_fallback_is_the_same_article_under_lang_en(server: PortalServer) -> None:
    untranslated = [g for g in portal.GOLD if "en" not in _story(g).opts]
    assert len(untranslated) == len(portal.GOLD) - 3
    for gold in untranslated:
        en = gold["alt_paths"][2]
        status, body, _ = fetch(server, en)
        assert status == 200 and '<html lang="en">' in body
        box = _article_box(body)
        text = _reader_text(box)
        assert html.escape(gold["title"], quote=True) in box
        for paragraph in gold["body"].split("\n\n"):
            assert paragraph in text
        srcs = re.findall(r'<img src="([^"]+)"', box)
        assert [s for s in srcs if not s.startswith("/static/")] == [i["path"] for i in gold["images"]]
        assert "Related articles" in body and "Bài viết liên quan" not in body
        y, m, d = gold["published_at"].split("-")
        assert f">{d} {portal._EN_MONTHS[int(m) - 1]} {y}</time>" in box
        # the Vietnamese page's chooser links the fallback
        _, vi_body, _ = fetch(server, gold["path"])
        assert f'<a href="{en}" hreflang="en"' in vi_body


def test_real_english_versions_are_not_gold(server: PortalServer) -> None:
    translated = [s for s in portal.STORIES if "en" in s.opts]
    assert len(translated) == 3
    gold_text = " ".join(g["body"] for g in portal.GOLD)
    for story in translated:
        en = portal.article_path(story, "en")
        assert en in portal.NON_ARTICLES
        status, body, _ = fetch(server, en)
        assert status == 200 and '<html lang="en">' in body
        box = _reader_text(_article_box(body))
        assert story.opts["en"]["paragraphs"][0] in box and story.opts["en"]["paragraphs"][0] not in gold_text
        assert f'<a href="{portal.article_path(story)}" hreflang="vi"' in body
        # the slug of the other language answers 301 to the right one
        status, _, headers = fetch(server, f"/en/tin-tuc/{story.slug}/")
        assert status == 301 and headers["Location"] == en
        status, _, headers = fetch(server, f"/vi/tin-tuc/{story.opts['en']['slug']}/")
        assert status == 301 and headers["Location"] == portal.article_path(story)


def test_edit_and_toolbar_off_twins(server: PortalServer) -> None:
    gold = portal.GOLD[1]
    _, plain, _ = fetch(server, gold["path"])
    status, edit, headers = fetch(server, gold["path"] + "?edit")
    assert status == 200 and "cms-toolbar-expanded" in edit and 'href="?toolbar_off"' in edit
    assert "csrftoken=" in headers.get("Set-Cookie", "")
    status, off, _ = fetch(server, gold["path"] + "?toolbar_off")
    assert status == 200 and 'id="cms-top"' not in off
    assert _article_box(plain) == _article_box(edit) == _article_box(off)
    links = _links(server, gold["path"] + "?edit", edit)
    assert gold["path"] + "?toolbar_off" in links and gold["path"] + "?edit" in links


def test_pagination_and_404_past_the_end(server: PortalServer) -> None:
    cat = max(portal.CATS, key=lambda c: len(portal.newest(cat=c)))
    base = f"/vi/tin-tuc/category/{cat}/"
    seen: list[str] = []
    page = base
    while page:
        status, body, _ = fetch(server, page)
        assert status == 200
        seen += re.findall(r'<h2><a href="(/vi/tin-tuc/[^"]+)">', body)
        nxt = re.search(r'<li class="next"><a href="(\?page=\d+)">Sau »</a>', body)
        page = base + nxt.group(1) if nxt else None
    assert seen == [portal.article_path(s) for s in portal.newest(cat=cat)]
    last = portal._pages(len(seen))
    assert last >= 3
    _, body, _ = fetch(server, base + "?page=2")
    assert '<a href="?page=1">« Trước</a>' in body and '<li class="active"><span>2</span></li>' in body
    for bad in (f"?page={last + 1}", "?page=0", "?page=abc", "?page=99"):
        status, body, _ = fetch(server, base + bad)
        assert status == 404 and "Không tìm thấy trang" in body
    assert fetch(server, base + "?page=last")[1] == fetch(server, base + f"?page={last}")[1]
    status, body, _ = fetch(server, "/vi/tin-tuc/1999/05/")
    assert status == 200 and "Chưa có bài viết nào." in body


def test_language_redirects(server: PortalServer) -> None:
    def get(target: str, accept: str) -> tuple[int, str]:
        req = urllib.request.Request(server.url(target), headers={"Accept-Language": accept})
        try:
            with NO_REDIRECTS.open(req, timeout=10) as resp:
                return resp.status, resp.headers.get("Location", "")
        except urllib.error.HTTPError as err:
            return err.code, err.headers.get("Location", "")

    assert get("/", "vi-VN,vi;q=0.9,en;q=0.8") == (302, "/vi/")
    assert get("/", "en") == (302, "/en/")
    assert get("/", "fr") == (302, "/vi/")
    slug = portal.GOLD[0]["path"][len("/vi") :]
    assert get(slug, "vi") == (302, f"/vi{slug}")
    assert get(portal.GOLD[0]["path"].rstrip("/"), "vi") == (301, portal.GOLD[0]["path"])
    assert get("/en/gioi-thieu/lich-su-hinh-thanh/", "en") == (302, "/vi/gioi-thieu/lich-su-hinh-thanh/")
    assert fetch(server, "/vi/tin-tuc/khong-co-bai-nay/")[0] == 404


def _walk(server: PortalServer) -> set[str]:
    """Every page reached from START_PATH by <a href> (redirects followed as links)."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(_local(server, urljoin(server.url(target), headers["Location"])))
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            if not re.search(r"\.(jpe?g|png|pdf|css|js|ico)$", link):
                queue.append(link)
    return seen


def test_reachability_links_feed_and_sitemap(server: PortalServer) -> None:
    walked = _walk(server)
    articles = {g["path"] for g in portal.GOLD}
    assert articles <= walked
    assert {a for g in portal.GOLD for a in g["alt_paths"]} <= walked
    assert set(portal.NON_ARTICLES) - walked == {"/vi/search/"}  # the header's search form opens it
    assert len(walked) < 600  # finite: no endless calendar here
    _, feed, headers = fetch(server, "/vi/tin-tuc/feed/")
    assert headers["Content-Type"].startswith("application/rss+xml")
    in_feed = [_local(server, u) for u in re.findall(r"<link>(http[^<]+)</link>", feed)][1:]
    assert len(in_feed) == portal.FEED_SIZE and set(in_feed) <= articles
    _, robots, _ = fetch(server, "/robots.txt")
    sitemap = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, xml, _ = fetch(server, sitemap)
    in_sitemap = {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert articles <= in_sitemap


def test_encodings(server: PortalServer) -> None:
    for story in portal.STORIES:
        _, raw, _ = fetch(server, portal.article_path(story))
        content = raw.split('<div class="cms-plugin', 1)[1].split("</article>", 1)[0]
        if story.opts.get("entities"):
            assert "&agrave;" in content or "&ecirc;" in content
            assert "&nbsp;" in content and re.search(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđư]", content)
        else:
            assert "&agrave;" not in content
        decomposed = any(unicodedata.combining(ch) for ch in content)
        assert decomposed == bool(story.opts.get("nfd"))
        if story.opts.get("nfd"):
            head = raw.split("<h2>", 1)[1].split("</h2>", 1)[0]
            assert unicodedata.is_normalized("NFC", head)
    assert sum(bool(s.opts.get("entities")) for s in portal.STORIES) == 3
    assert sum(bool(s.opts.get("nfd")) for s in portal.STORIES) == 1


def test_listings_look_like_articles_but_are_not_gold(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/vi/tin-tuc/")
    assert body.count('<article class="article">') == portal.PER_PAGE
    assert body.count('<p class="date"><time datetime=') == portal.PER_PAGE
    assert "/vi/tin-tuc/" in portal.NON_ARTICLES


def test_non_article_pages(server: PortalServer) -> None:
    _, docs, _ = fetch(server, "/vi/van-ban/")
    pdfs = re.findall(r'href="(/media/filer_public/[^"]+\.pdf)"', docs)
    assert len(pdfs) == 4
    status, _, headers = fetch(server, pdfs[0])
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    _, contact, _ = fetch(server, "/vi/lien-he/")
    assert 'method="post"' in contact and "csrfmiddlewaretoken" in contact
    req = urllib.request.Request(server.url("/vi/lien-he/"), data=b"ho-va-ten=A&email=a%40b.vn&noi-dung=x", method="POST")
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        assert resp.status == 200 and "Cảm ơn bạn đã gửi liên hệ" in resp.read().decode("utf-8")
    status, found, _ = fetch(server, "/vi/search/?q=h%E1%BB%99i+th%E1%BA%A3o")
    assert status == 200 and portal.GOLD[8]["path"] in found
    _, gallery, _ = fetch(server, "/vi/thu-vien-anh/")
    assert gallery.count('class="filer-caption"') == 6


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[2]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
