"""Self-checks of the joomla10_sef_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla10_sef_pgd as portal
from tests.portals._selfcheck import fetch

KEYS = {
    "path",
    "canonical_path",
    "alt_paths",
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
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")
STATIC_EXT = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".doc", ".xls")
GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def plain(markup: str) -> str:
    """Text of markup: tags dropped, references resolved, NFC, whitespace collapsed."""
    markup = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", markup)
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    return " ".join(unicodedata.normalize("NFC", text).split())


def component(body: str) -> str:
    start = body.index('<div id="component">')
    return body[start : body.index('<td id="right"', start)]


def heading(body: str) -> str:
    match = re.search(r'<td class="contentheading" width="100%">(.*?)</td>', body, re.S)
    assert match, "no contentheading"
    return plain(match.group(1))


def base_of(body: str, page_url: str) -> str:
    match = re.search(r'<base href="([^"]+)"', body)
    return match.group(1) if match else page_url


def links(body: str, page_url: str) -> list[str]:
    base = base_of(body, page_url)
    body = re.sub(r"(?s)<script\b.*?</script>", " ", body)  # the contact page's e-mail cloak
    return [
        urljoin(base, html.unescape(h)) for h in re.findall(r'<a\s[^>]*?href="([^"#][^"]*)"', body)
    ]


def target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def image_targets(body: str, page_url: str) -> list[str]:
    base = base_of(body, page_url)
    return [
        target(urljoin(base, html.unescape(s)))
        for s in re.findall(r'<img\s[^>]*?src="([^"]+)"', body)
    ]


def crawl(server: PortalServer, limit: int = 400) -> dict[str, str]:
    """Breadth-first walk of <a href> links (and the RSS feed's <link>s) from START_PATH."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue and len(seen) < limit:
        tgt = queue.popleft()
        if tgt in seen:
            continue
        status, body, headers = fetch(server, tgt)
        seen[tgt] = body if status == 200 else ""
        if status != 200:
            continue
        found = links(body, server.url(tgt))
        if "xml" in headers.get("Content-Type", ""):
            found = [html.unescape(u) for u in re.findall(r"<link>([^<]+)</link>", body)]
        for url in found:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                continue
            nxt = target(url)
            if nxt.lower().endswith(STATIC_EXT) or nxt in seen:
                continue
            queue.append(nxt)
    return seen


@pytest.fixture(scope="module")
def walked(server):
    return crawl(server)


# --- gold --------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for gold in portal.GOLD:
        assert set(gold) == KEYS, gold["path"]
        assert gold["canonical_path"] == gold["path"]
        assert ISO.match(gold["published_at"]), gold["path"]
        assert gold["category"] in ("Tin hoạt động", "Chuyên môn", "Thông báo")
        assert gold["body"] and "\n\n\n" not in gold["body"]
        if gold["summary"]:
            assert gold["body"].split("\n\n")[0] == gold["summary"]
        for img in gold["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/images/stories/")
        strings = [gold["title"], gold["body"], gold["summary"] or "", gold["source"] or ""]
        strings += gold["authors"] + gold["photographers"]
        strings += [img["caption"] or "" for img in gold["images"]]
        for value in strings:
            assert value == unicodedata.normalize("NFC", value), gold["path"]
            assert value == value.strip() and "  " not in value
        for name in gold["authors"]:
            assert name not in ("Admin", "Administrator", "BBT")
    counts = {
        c: sum(g["category"] == c for g in portal.GOLD)
        for c in ("Tin hoạt động", "Chuyên môn", "Thông báo")
    }
    assert counts == {"Tin hoạt động": 7, "Chuyên môn": 3, "Thông báo": 3}


def test_gold_dates_are_before_today_and_not_the_modification():
    for gold in portal.GOLD:
        assert gold["published_at"] < "2026-11-25"
    story = portal.BY_ID[143]
    assert story.opts["modified"][:10] != GOLD_BY_PATH["/content/view/143/45/"]["published_at"][:10]


# --- every address of every article ---------------------------------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_each_address_serves_the_same_article(server, gold):
    texts = []
    for tgt in [gold["path"], *gold["alt_paths"]]:
        status, body, _ = fetch(server, tgt)
        assert status == 200, tgt
        assert heading(body) == gold["title"], tgt
        assert 'rel="canonical"' not in body
        texts.append(plain(component(body)))
    assert len(set(texts)) == 1, "the three addresses must print the same article"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_page_prints_gold_fields(server, gold):
    item_id = int(gold["path"].split("/")[3])
    # a split article's whole text is on its print page; the page itself carries the rest
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    status, printed, _ = fetch(
        server, f"/index2.php?option=com_content&task=view&id={item_id}&pop=1&page=0&Itemid=45"
    )
    assert status == 200
    text = plain(printed)
    position = 0
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            found = text.find(piece, position)
            assert found >= 0, (gold["path"], piece)
            position = found + len(piece)
    page_text = plain(component(body))
    # the pathway names the category last before the title
    crumbs = plain(
        body[
            body.index('<span class="pathway">') : body.index(
                "</span>", body.index('<span class="pathway">')
            )
        ]
    )
    assert crumbs == f"Trang chủ Tin tức {gold['category']} {gold['title']}"
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    assert portal.jdate(gold["published_at"]) in page_text
    assert "Thứ tư, 25 Tháng 11 2026" in plain(body)  # the header clock, today
    srcs = image_targets(printed, server.url("/"))
    wanted = [img["path"] for img in gold["images"]]
    assert [s for s in srcs if s in wanted] == wanted


def test_bylines_and_captions_as_printed(server):
    _, body, _ = fetch(server, "/content/view/143/45/")
    assert "<b>Tin: Trần Thị Hoa</b> <i>Ảnh: Phạm Đức Long</i>" in body
    assert 'class="mosimage_caption"' in body
    # the second photo has an alt text but no caption line
    assert re.search(r'<img src="[^"]*ky_niem_2011_2\.jpg"[^>]*alt="Tuy', body)
    assert "Tuyên dương giáo viên tiêu biểu" not in plain(component(body))
    _, body, _ = fetch(server, "/content/view/142/45/")
    assert "Nguyễn Văn Bình - Trường TH Hải Anh" in body
    assert 'src="images/stories/truong/th_hai_anh/gvdg_2026_1.jpg"' in body  # relative, via <base>
    _, body, _ = fetch(server, "/content/view/134/45/")
    assert "<strong>PGD</strong>" in body
    _, body, _ = fetch(server, "/content/view/136/45/")
    assert "Nguồn: Báo Nam Định" in body
    assert plain(body).count("Viết bởi Admin") == 1
    _, body, _ = fetch(server, "/content/view/144/47/")
    assert "Viết bởi Bộ phận THCS" in plain(body)
    assert "File đính kèm:" in body


# --- discovery ---------------------------------------------------------------------------------


def test_walk_from_start_reaches_every_gold_article(walked):
    for gold in portal.GOLD:
        assert gold["path"] in walked, gold["path"]
        assert gold["alt_paths"][0] in walked, gold["alt_paths"][0]  # Itemid 46: "Tin tức"
    # the non-SEF form: the RSS feed's 10 newest items and the old link inside 121's body
    non_sef = {t for t in walked if t.startswith("/index.php?option=com_content&task=view")}
    newest = {g["alt_paths"][1] for g in portal.GOLD[:10]}
    assert non_sef == newest | {"/index.php?option=com_content&task=view&id=119&Itemid=48"}
    for path in portal.NON_ARTICLES:
        if "com_poll" not in path:  # the poll results open from a button's onclick only
            assert path in walked, path
    assert not any('rel="canonical"' in body for body in walked.values())


def test_pagination_of_the_blogs(server):
    counters = {
        "/content/blogsection/1/46/": "Kết quả 1 - 5 của 13",
        "/content/blogsection/1/46/5/5/": "Kết quả 6 - 10 của 13",
        "/content/blogsection/1/46/5/10/": "Kết quả 11 - 13 của 13",
        "/content/blogsection/1/46/5/0/": "Kết quả 1 - 5 của 13",
        "/content/blogcategory/7/45/": "Kết quả 1 - 5 của 7",
        "/content/blogcategory/7/45/5/5/": "Kết quả 6 - 7 của 7",
    }
    for tgt, counter in counters.items():
        status, body, _ = fetch(server, tgt)
        assert status == 200 and counter in plain(body), tgt
        assert "Đầu" in plain(body) and "Cuối" in plain(body)
    _, first, _ = fetch(server, "/content/blogcategory/7/45/")
    assert "/content/view/121/45/" not in component(first)
    assert "/content/view/134/45/" not in component(first)
    _, second, _ = fetch(server, "/content/blogcategory/7/45/5/5/")
    assert "/content/view/121/45/" in second and 'class="readon"' in second
    _, home, _ = fetch(server, "/content/blogsection/1/46/")
    assert "/content/view/119/46/" not in component(home)
    assert fetch(server, "/content/blogsection/1/46/5/15/")[0] == 404
    status, one, _ = fetch(server, "/content/blogcategory/8/47/")
    assert status == 200 and "Kết quả" not in plain(component(one))


def test_intro_is_the_first_paragraph(server):
    _, body, _ = fetch(server, "/content/blogcategory/8/47/")
    first = GOLD_BY_PATH["/content/view/125/47/"]["body"].split("\n\n")
    text = plain(component(body))
    assert first[0] in text and first[1] not in text
    assert "Viết bởi Vũ Thị Lan" in text and "Đọc tiếp..." in text


def test_frontpage_addresses(server):
    _, home, _ = fetch(server, "/")
    assert 'href="index.php?option=com_frontpage&amp;Itemid=1"' in home
    for alias in ("/index.php?option=com_frontpage&Itemid=1", "/index.php"):
        status, body, _ = fetch(server, alias)
        assert status == 200 and body == home
    assert plain(component(home)).count("Đọc tiếp...") == 4


# --- traps -------------------------------------------------------------------------------------


def test_pagebreak_pages(server):
    gold = GOLD_BY_PATH["/content/view/130/45/"]
    paras = gold["body"].split("\n\n")
    _, page1, _ = fetch(server, "/content/view/130/45/")
    assert "Trang 1 / 3" in plain(page1) and "Mục lục bài viết" in plain(page1)
    assert 'href="http://127.0.0.1' in page1
    assert "/content/view/130/45/1/1/" in page1 and "/content/view/130/45/1/2/" in page1
    text1 = plain(component(page1))
    assert paras[0] in text1 and paras[-1] not in text1
    status, page2, _ = fetch(server, "/content/view/130/45/1/1/")
    text2 = plain(component(page2))
    assert status == 200 and "Trang 2 / 3" in text2
    assert heading(page2) == gold["title"] and paras[0] not in text2
    assert "Tiểu học 36 17.815 99,9%" in text2
    status, page3, _ = fetch(server, "/content/view/130/45/1/2/")
    text3 = plain(component(page3))
    assert status == 200 and "Trang 3 / 3" in text3 and paras[-1] in text3
    assert fetch(server, "/content/view/130/46/1/1/")[0] == 200
    assert fetch(server, "/content/view/130/45/1/3/")[0] == 404
    _, printed, _ = fetch(
        server, "/index2.php?option=com_content&task=view&id=130&pop=1&page=0&Itemid=45"
    )
    text = plain(printed)
    assert paras[0] in text and paras[-1] in text and "Trang 1 / 3" not in text
    assert "Menu chính" not in text


def test_unpublished_item_answers_inside_the_layout(server):
    _, body, _ = fetch(server, "/content/view/125/47/")
    assert 'href="/content/view/99/45/"' in body
    status, page, _ = fetch(server, "/content/view/99/45/")
    assert status == 200
    assert "Bạn không được phép xem trang này. Bạn cần đăng nhập." in plain(component(page))
    assert "contentheading" not in page and "Menu chính" in plain(page)


def test_popups(server):
    _, body, _ = fetch(server, "/content/view/143/45/")
    popups = [t for t in map(target, links(body, server.url("/"))) if t.startswith("/index2.php")]
    kinds = {t.split("&")[1] for t in popups if "com_content" in t}
    assert kinds == {"do_pdf=1", "task=view", "task=emailform"}
    status, _pdf, headers = fetch(server, "/index2.php?option=com_content&do_pdf=1&id=143")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, form, _ = fetch(server, "/index2.php?option=com_content&task=emailform&id=143")
    assert status == 200 and "<form" in form
    assert GOLD_BY_PATH["/content/view/143/45/"]["body"][:40] not in plain(form)
    status, printed, _ = fetch(
        server, "/index2.php?option=com_content&task=view&id=143&pop=1&page=0&Itemid=45"
    )
    assert status == 200 and "Tin mới" not in plain(printed)


def test_rss_links_the_non_sef_address(server):
    status, feed, headers = fetch(server, "/index2.php?option=com_rss&feed=RSS2.0&no_html=1")
    assert status == 200 and "xml" in headers["Content-Type"]
    found = [target(html.unescape(u)) for u in re.findall(r"<link>([^<]+)</link>", feed)][1:]
    assert len(found) == 10
    alts = {g["alt_paths"][1] for g in portal.GOLD}
    assert set(found) <= alts


def test_old_body_link_is_non_sef(server):
    _, body, _ = fetch(server, "/content/view/121/45/")
    assert 'href="index.php?option=com_content&amp;task=view&amp;id=119&amp;Itemid=48"' in body
    assert "/index.php?option=com_content&task=view&id=119&Itemid=48" in map(
        target, links(body, server.url("/content/view/121/45/"))
    )


def test_section_table_and_document_entries(server):
    status, body, _ = fetch(server, "/content/section/3/44/")
    text = plain(component(body))
    assert status == 200 and "Ngày" in text and "Lượt xem" in text and "Tiêu đề" in text
    for doc_id in portal.DOCUMENTS:
        assert f"/content/view/{doc_id}/44/" in body
        status, doc, _ = fetch(server, f"/content/view/{doc_id}/44/")
        assert status == 200 and "File đính kèm:" in plain(doc) and "Số/Ký hiệu" in plain(doc)
    for path in portal.NON_ARTICLES:
        status, _page, _ = fetch(server, path)
        assert status == 200, path
        assert path not in GOLD_BY_PATH
    status, directory, _ = fetch(server, "/content/view/6/27/")
    assert "0228.3878.652" in directory


def test_text_encodings(server):
    for item_id, itemid in ((121, 45), (119, 48)):
        _, body, _ = fetch(server, f"/content/view/{item_id}/{itemid}/")
        story = portal.BY_ID[item_id]
        assert portal.ent(story.title) in body and story.title not in body
        assert heading(body) == story.title
        assert "&agrave;" in body or "&ocirc;" in body  # named entities mixed into the body
    _, body, _ = fetch(server, "/content/view/134/45/")
    para = GOLD_BY_PATH["/content/view/134/45/"]["body"].split("\n\n")[1]
    assert para not in body and unicodedata.normalize("NFD", para) in body
    assert "Vi&#7871;t b&#7903;i" in body  # the language pack's strings
    assert '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' in body


def test_modifydate_is_printed(server):
    _, body, _ = fetch(server, "/content/view/143/45/")
    match = re.search(r'class="modifydate">(.*?)</td>', body)
    assert (
        match and plain(match.group(1)) == "Lần cập nhật cuối ( Thứ hai, 23 Tháng 11 2026 08:12 )"
    )
    assert 'class="createdate">Thứ bảy, 21 Tháng 11 2026 15:40<' in body


def test_components_answer(server):
    for tgt in (
        "/component/option,com_contact/Itemid,12/",
        "/component/option,com_poll/task,results/id,14/",
        "/index2.php?option=com_poll&task=results&id=14",
        "/component/option,com_registration/task,lostPassword/",
        "/component/option,com_registration/task,register/",
        "/robots.txt",
    ):
        assert fetch(server, tgt)[0] == 200, tgt
    _, home, _ = fetch(server, "/")
    assert "document.location.href='" in home and "com_poll/task,results/id,14/" in home
    assert fetch(server, "/content/view/777/45/")[0] == 404
