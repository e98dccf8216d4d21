"""Self-check of the Joomla 4 + Gantry 5 (Phòng GD&ĐT Yên Thành) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every GOLD target, alternative URL and
NON_ARTICLE answers 200; that the gold is well formed and printed on its page (after entities and
NFC) in the places the docstring names; that a walk of ``<a href>`` links from START_PATH reaches
every article and every listed non-article, and that every HTML page the walk meets is one of
them; and that the traps behave as documented (``limit=0``, pagers keeping ``limit``, print views,
feeds, the second Itemid, non-SEF URLs, Registered-only rows, the start clamp).
"""

from __future__ import annotations

import base64
import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import joomla4_gantry_pgd as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\b[^>]*?\bhref=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$")
_ART_START = '<div class="com-content-article item-page"'
_ART_END = '<nav class="pagenavigation"'
_BODY_START = 'class="com-content-article__body">'


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


def _article(page: str) -> str:
    return page.split(_ART_START, 1)[1].split(_ART_END, 1)[0]


def _body(page: str) -> str:
    return page.split(_BODY_START, 1)[1].split("\n</div>\n", 1)[0]


def _alts(gold: dict) -> list[str]:
    return gold.get("alt_paths", [])


def _local(server: PortalServer, base: str, href: str) -> str | None:
    link = urlsplit(urljoin(server.url(base), html.unescape(href)))
    if link.netloc != urlsplit(server.base_url).netloc:
        return None
    return link.path + (f"?{link.query}" if link.query else "")


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, tuple[int, str]]:
    """Breadth-first over same-host ``<a href>`` links from START_PATH: target -> (status, type)."""
    seen: dict[str, tuple[int, str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _STATIC.search(urlsplit(target).path) or "format=feed" in target:
            seen[target] = (0, "")  # linked, not fetched
            continue
        status, body, headers = _get(server, target)
        ctype = headers.get("Content-Type", "")
        seen[target] = (status, ctype)
        assert len(seen) < 500, "the walk should stay small"
        if status != 200 or not ctype.startswith("text/html"):
            continue
        for _, href in _HREF.findall(body):
            if href.startswith(("#", "mailto:", "javascript:")):
                continue
            nxt = _local(server, target, href)
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "joomla4_gantry_pgd" and portal.PLATFORM == "joomla4"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in _alts(g)]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    cats = [g["category"] for g in portal.GOLD]
    assert set(cats) == {c.name for c in portal.CATS.values()}
    assert len(alts) == 3 and any("option=com_content" in a for a in alts)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS
    assert gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"]) and "T" not in gold["published_at"]
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and "#" not in image["path"]
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"]:  # no byline line in the body
        assert not re.search(rf"(Tin|Ảnh|ảnh|Bài)[^:]*: {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    for account in ("Super User", "Quản trị viên", "bientap"):  # (an office, "Văn phòng PGD", is one)
        assert account not in gold["authors"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in _alts(g)]
    targets += portal.NON_ARTICLES
    bad = []
    for t in targets:
        status, _, headers = _get(server, t)
        if status != 200 or not headers["Content-Type"].startswith("text/html"):
            bad.append((t, status))
    assert bad == []


def _listing_date(server: PortalServer, gold: dict) -> str:
    cat = next(c for c in portal.CATS.values() if c.name == gold["category"])
    listing = _get(server, f"{cat.path}?limit=0")[1]
    row = listing.split(f'href="{gold["path"]}"', 1)[1].split("</tr>", 1)[0]
    d, m, y = re.search(r'<td class="list-date small">\s*(\d\d)-(\d\d)-(\d{4})', row).groups()
    return f"{y}-{m}-{d}"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h2 itemprop="headline">\s*(.*?)</h2>', page, re.S)
    assert headline and _nfc(headline.group(1)).strip() == gold["title"]
    article, body = _article(page), _body(page)
    shown = _reader(body)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", body)]
    at = 0
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
            continue
        found = shown.find(paragraph, at)
        assert found >= 0, paragraph[:60]
        at = found + len(paragraph)
    srcs = [html.unescape(s).split("#", 1)[0] for s in re.findall(r'<img src="([^"]+)"', article)]
    assert srcs == [i["path"] for i in gold["images"]]
    captions = [_reader(c) for c in re.findall(r"<figcaption[^>]*>(.*?)</figcaption>", article)]
    captions += [
        _reader(c)
        for c in re.findall(r'<p style="text-align: center;"><em>(.*?)</em></p>', article)
    ]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in captions
    everything = _reader(article)
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in everything
    if gold["source"]:
        assert f'<span class="field-value ">{html.escape(gold["source"])}</span>' in article
    crumbs = re.search(
        r'<ol itemscope itemtype="https://schema.org/BreadcrumbList"(.*?)</ol>', page, re.S
    )
    names = re.findall(r'<span itemprop="name">([^<]+)</span>', crumbs.group(1))
    assert _nfc(names[-2]) == gold["category"] and names[1] == "Tin tức"
    assert 'rel="canonical"' not in page
    published = re.search(
        r'itemprop="datePublished">Ngày đăng: (\d\d)/(\d\d)/(\d{4})</time>', article
    )
    if published:
        d, m, y = published.groups()
        assert f"{y}-{m}-{d}" == gold["published_at"]
        dt = re.search(r'<time datetime="([^"]+)" itemprop="datePublished">', article).group(1)
        assert dt.startswith(gold["published_at"] + "T") and dt.endswith("+07:00")
    else:  # the publish date is hidden: the listing's date
        assert "Cập nhật lần cuối: 25/11/2026" in article
        assert _listing_date(server, gold) == gold["published_at"]
    if "tin-tu-cac-truong" not in gold["path"]:  # the list layout prints the same day
        assert _listing_date(server, gold) == gold["published_at"]
    assert portal.TODAY in page and "Thống kê truy cập" in page and portal.HOTLINE in page
    assert "Các tin khác" in page and "Lượt xem: " in article


def test_bylines_and_accounts_are_printed_as_described(server: PortalServer) -> None:
    by_id = {int(g["path"].rsplit("/", 1)[1].split("-", 1)[0]): g for g in portal.GOLD}
    page = _get(server, by_id[146]["path"])[1]
    assert '<meta name="author" content="Super User">' in page
    assert 'Viết bởi: <span itemprop="name">Super User</span>' in page
    assert "Tin, ảnh: Nguyễn Văn Hưng" in _reader(_body(page))
    page = _get(server, by_id[144]["path"])[1]
    assert 'Viết bởi: <span itemprop="name">Trần Thị Thanh Hà</span>' in page
    assert '<meta name="author" content="bientap">' in page
    assert "Tổ Văn - Sử" in _body(_get(server, by_id[142]["path"])[1])
    page = _get(server, by_id[141]["path"])[1]
    assert "z6041218837761_a4c9e0d7b3f2</p>" in _body(page)
    att = _get(server, by_id[145]["path"])[1]
    assert "Tệp đính kèm:" in _body(att) and "Tệp đính kèm" not in by_id[145]["body"]
    assert _get(server, "/images/van-ban/2026/lich-kiem-tra-hk1-2026-2027.pdf")[0] == 200


def test_alternative_urls_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        first = _article(_get(server, gold["path"])[1])
        for alt in _alts(gold):
            status, page, _ = _get(server, alt)
            assert status == 200 and _article(page) == first, alt
    hsg = _get(server, f"{portal.IDX}/{portal.HSG_MENU[0]}")[1]
    assert "itemid-125" in hsg and "Thi HSG cấp huyện</span><meta" in hsg
    menu = _get(server, "/")[1]
    assert (
        'href="/index.php?option=com_content&amp;view=article&amp;id=124&amp;catid=9&amp;Itemid=120"'
        in menu
    )
    by_id = {int(g["path"].rsplit("/", 1)[1].split("-", 1)[0]): g for g in portal.GOLD}
    body = _body(_get(server, by_id[141]["path"])[1])
    assert (
        'href="/index.php?option=com_content&amp;view=article&amp;id=127&amp;catid=9&amp;Itemid=120"'
        in body
    )


def test_print_views_are_bare_copies(server: PortalServer) -> None:
    for gold in portal.GOLD:
        target = gold["path"] + "?tmpl=component&print=1"
        assert target in portal.NON_ARTICLES
        page = _get(server, target)[1]
        assert '<meta name="robots" content="noindex, nofollow">' in page
        assert "window.print()" in page and 'id="g-header"' not in page
        assert _body(page) == _body(_get(server, gold["path"])[1])
        assert f'href="{html.escape(target)}"' in _get(server, gold["path"])[1]


def test_walk_from_start_reaches_everything(server: PortalServer, walk: dict) -> None:
    pages = {t for t, (s, ctype) in walk.items() if s == 200 and ctype.startswith("text/html")}
    gold = {g["path"] for g in portal.GOLD}
    alts = {a for g in portal.GOLD for a in _alts(g)}
    assert gold <= pages
    assert set(portal.NON_ARTICLES) <= pages
    assert pages - gold - alts == set(portal.NON_ARTICLES)
    others = {t: s for t, (s, _) in walk.items() if s not in (0, 200)}
    assert set(others.values()) <= {303}, others
    assert all("/component/banners/click/" in t for t in others)
    assert any("format=feed" in t for t in walk)  # the blog layout's RSS link


def test_category_list_pages_limit_and_clamp(server: PortalServer) -> None:
    cat = portal.CATS["hoat-dong-chuyen-mon"]
    first = _get(server, cat.path)[1]
    assert first.count('<tr class="cat-list-row') == 5 and "Trang 1 của 3" in first
    for label in ("Đầu", "Trước", "Tiếp", "Cuối"):
        assert f">{label}<" in first
    assert f'href="{cat.path}?start=5" class="hasTooltip pagenav">Tiếp</a>' in first
    assert f'href="{cat.path}?start=10" class="hasTooltip pagenav">Cuối</a>' in first
    assert (
        '<select id="limit" name="limit" class="form-select" onchange="this.form.submit()">'
        in first
    )
    assert (
        '<option value="0">Tất cả</option>' in first and 'method="post" name="adminForm"' in first
    )
    assert "Joomla.tableOrdering('a.title'" in first and "Hiển thị #" in first
    everything = _get(server, f"{cat.path}?limit=0")[1]
    assert everything.count('<tr class="cat-list-row') == 11 and "pagination-list" not in everything
    assert '<option value="0" selected>Tất cả</option>' in everything
    ten = _get(server, f"{cat.path}?limit=10")[1]
    assert f'href="{cat.path}?limit=10&amp;start=10"' in ten and "Trang 1 của 2" in ten
    last = _get(server, f"{cat.path}?start=10")[1]
    assert _get(server, f"{cat.path}?start=999")[1] == last
    assert last.count('<tr class="cat-list-row') == 1
    assert _get(server, f"{cat.path}?limit=7&start=3")[0] == 200
    home = _get(server, "/")[1]
    assert f'href="{cat.path}?limit=0"' in home and 'href="/index.php?start=5"' in home
    assert home == _get(server, portal.IDX)[1]


def test_registered_rows_lead_to_the_login_page(server: PortalServer) -> None:
    cat = portal.CATS["hoat-dong-chuyen-mon"]
    listing = _get(server, f"{cat.path}?limit=0")[1]
    for rid, alias, title, _, _ in portal.RESTRICTED:
        login = portal.login_path(cat, rid, alias)
        assert f'href="{login}">{html.escape(title)}</a>' in listing
        ret = login.split("return=", 1)[1]
        assert base64.b64decode(ret).decode() == f"{cat.path}/{rid}-{alias}"
        assert _get(server, f"{cat.path}/{rid}-{alias}")[0] == 403
        assert "Bạn cần đăng nhập" in _get(server, login)[1]
    assert "Đăng nhập để đọc thêm" in listing


def test_blog_layout_and_featured_read_more(server: PortalServer) -> None:
    blog = portal.CATS["tin-tu-cac-truong"]
    page = _get(server, blog.path)[1]
    assert "items-leading" in page and page.count('class="blog-item"') == 3
    assert (
        page.count("</span> Đọc thêm: ") == 3 and "Đọc thêm: Trường THCS Hồ Tông Thốc tổ..." in page
    )
    assert '<figcaption class="caption">Hành trình về nguồn</figcaption>' in page
    home = _get(server, "/")[1]
    assert home.count('class="blog-item"') == 5 and "Trang 1 của 2" in home
    second = _get(server, f"{portal.IDX}?start=5")[1]
    assert second.count('class="blog-item"') == len(portal.FEATURED) - 5


def test_feeds_list_each_category(server: PortalServer) -> None:
    for cat in portal.CATS.values():
        page = _get(server, cat.path)[1]
        rss = f"{cat.path}?format=feed&type=rss"
        assert f'<link href="{html.escape(rss)}" rel="alternate" type="application/rss+xml"' in page
        status, feed, headers = _get(server, rss)
        assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
        links = {urlsplit(u).path for u in re.findall(r"<link>(http[^<]+)</link>", feed)}
        want = {g["path"] for g in portal.GOLD if g["category"] == cat.name}
        assert links - {cat.path} == want
        atom = _get(server, f"{cat.path}?format=feed&type=atom")
        assert atom[0] == 200 and atom[2]["Content-Type"].startswith("application/atom+xml")
    home_feed = _get(server, f"{portal.IDX}?format=feed&type=rss")[1]
    assert home_feed.count("<item>") == len(portal.FEATURED)


def test_non_articles_look_like_the_platform(server: PortalServer) -> None:
    about = _get(server, f"{portal.IDX}/gioi-thieu")[1]
    assert _ART_START in about and 'itemprop="headline"' in about and "article-info" not in about
    contact = _get(server, f"{portal.IDX}/lien-he")[1]
    assert 'class="com-contact contact"' in contact and "jform[contact_name]" in contact
    album = _get(server, f"{portal.IDX}/thu-vien-anh/category/2-hoi-thi-gvdg-thcs-2026")[1]
    assert album.count('class="pg-item-box"') == 5
    doc = portal.DOCS[0]
    status, _, headers = _get(server, doc.download)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    tag = _get(server, f"{portal.IDX}/component/tags/tag/van-hoa-doc")[1]
    assert tag.count("list-group-item-action") == 2
    search = _get(server, f"{portal.IDX}/tim-kiem?q=STEM")[1]
    assert "Hội nghị chuyên đề giáo dục STEM cấp THCS" in search
    assert "Không tìm thấy kết quả" in _get(server, f"{portal.IDX}/tim-kiem?q=xyz")[1]
    assert _get(server, f"{portal.CATS['thong-bao'].path}/999-khong-co")[0] == 404
    assert _get(server, f"{portal.IDX}/khong-co-trang-nay")[0] == 404


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    nfd = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert [p.rsplit("/", 1)[1][:4] for p in nfd] == ["131-"]
    refs = [p for p, page in pages.items() if re.search(r"&#\d+;", _body(page))]
    assert [p.rsplit("/", 1)[1][:4] for p in refs] == ["124-"]
    frag = [p for p, page in pages.items() if "#joomlaImage://local-images/" in page]
    assert [p.rsplit("/", 1)[1][:4] for p in frag] == ["130-"]
    for page in pages.values():
        assert page.count(portal.TODAY) == 1
