"""Self-check of the JSP e-government portal (Sở GD&ĐT Tuyên Quang): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every GOLD target, its
``&cat=`` twin and every NON_ARTICLE answers 200; that the gold is well formed and printed on its
page (after references and NFC); that a browser that keeps the JSESSIONID cookie reaches every
article and non-article from START_PATH (the endless schedule and register links followed only a
little); and that the traps behave as the module says: ``;jsessionid=`` in every ``<c:url>`` link
of a cookie-less answer, a new id on every cookie-less page, clean links once the cookie comes
back, stale ids served normally, the schedule's weeks without end, the register's growing query,
the soft 404, and one article stored as numeric references.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import fpt_egov_jsessionid_sgddt as portal
from ._selfcheck import NO_REDIRECTS

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_LINK = re.compile(r"""(?:href|src|action)=(["'])(.*?)\1""")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_SID = re.compile(r";jsessionid=([0-9A-F]{32})")
_COOKIE = re.compile(r"^JSESSIONID=([0-9A-F]{32}); Path=/sgddt; HttpOnly$")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)
_REGION_START = '<h2 class="tieu-de-bai">'
_REGION_END = '<div class="cong-cu-bai">'
CTX = portal.CTX


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str, cookie: str | None = None) -> tuple[int, str, dict]:
    """Status, body and headers; redirects not followed; the cookie sent only when given."""
    headers = {"Cookie": f"JSESSIONID={cookie}"} if cookie else {}
    req = urllib.request.Request(server.url(target), headers=headers)
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers.items())


@pytest.fixture(scope="module")
def cookie(server: PortalServer) -> str:
    """The session a browser gets on its first page and sends back afterwards."""
    _, _, headers = _get(server, portal.START_PATH)
    m = _COOKIE.match(headers["Set-Cookie"])
    assert m
    return m.group(1)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split(_REGION_START, 1)[1].split(_REGION_END, 1)[0]


def _text_of(page: str, cls: str) -> str | None:
    m = re.search(rf'<div class="{cls}"[^>]*>(.*?)</div>', page, re.S)
    return _reader(m.group(1)) if m else None


def _strip_sid(target: str) -> str:
    return _SID.sub("", target)


def _local(server: PortalServer, page: str, href: str) -> str | None:
    href = html.unescape(href)
    if href.startswith(("javascript:", "mailto:", "#")):
        return None
    link = urlsplit(urljoin(server.url(page), href))
    if link.netloc != urlsplit(server.base_url).netloc:
        return None
    return link.path + (f"?{link.query}" if link.query else "")


def _follow(target: str) -> bool:
    """Which links the walk fetches: the endless schedule and register only near the start."""
    parts = urlsplit(target)
    query = parse_qs(parts.query)
    if parts.path == f"{CTX}/lich-cong-tac" and "tuan" in query:
        return abs(int(query["tuan"][0]) - portal.THIS_WEEK[1]) <= 1 and query["nam"] == ["2026"]
    if parts.path == f"{CTX}/van-ban":
        return len(parts.query.split("&")) <= 1 if parts.query else True
    if parts.path == f"{CTX}/tim-kiem":
        return False
    return not _NOT_PAGES.search(parts.path)


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, tuple[int, bool]]:
    """Breadth-first from START_PATH as a browser: cookie from the first answer, sent back after.

    Keys are targets without ``;jsessionid``; values are the status and whether the page's links
    carried a session id."""
    seen: dict[str, tuple[int, bool]] = {}
    queue = deque([portal.START_PATH])
    jar: str | None = None
    while queue:
        target = queue.popleft()
        if _strip_sid(target) in seen:
            continue
        if not _follow(_strip_sid(target)):
            seen[_strip_sid(target)] = (0, False)
            continue
        status, body, headers = _get(server, target, jar)
        if jar is None and "Set-Cookie" in headers:
            jar = _COOKIE.match(headers["Set-Cookie"]).group(1)
        seen[_strip_sid(target)] = (status, bool(_SID.search(body)))
        assert len(seen) < 400, "the walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            nxt = _local(server, target, href)
            if nxt and _strip_sid(nxt) not in seen:
                queue.append(nxt)
    return seen


# --- the gold -------------------------------------------------------------------------------


def test_contract_shape() -> None:
    assert portal.NAME == "fpt_egov_jsessionid_sgddt"
    assert portal.START_PATH == "/sgddt/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name) and name.strip() == name
        assert not re.match(r"(ThS|TS|GV|Cô|Thầy)\.?\s", name)
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["canonical_path"] == gold["path"]
    assert gold["alt_paths"] == [f"{gold['path']}&cat={_cat_id(gold)}"]
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(rf"(Tin|Ảnh|ảnh|Tác giả): {re.escape(name)}", gold["body"])
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert not image["caption"] or image["caption"] not in gold["body"]
        assert not image["caption"] or not image["caption"].startswith(("(", "Ảnh:"))
    assert "BBT" not in gold["authors"] and "bientap" not in gold["authors"]


def _cat_id(gold: dict) -> int:
    return next(c for c, name in portal.CATS.items() if name == gold["category"])


def test_every_target_answers_200(server: PortalServer, cookie: str) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t, cookie)[0]) != 200] == []
    assert [(t, s) for t in targets[:6] if (s := _get(server, t)[0]) != 200] == []


def _printed_date(page: str) -> str:
    m = re.search(r'<p class="ngay-dang">Ngày đăng: (\d\d)/(\d\d)/(\d{4}) - (\d\d):(\d\d) ', page)
    day = f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    if m.group(4) == "00" and m.group(5) == "00":
        return day
    return f"{day}T{m.group(4)}:{m.group(5)}:00+07:00"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[1])
def test_gold_text_is_on_its_page(server: PortalServer, cookie: str, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"], cookie)
    assert status == 200
    headline = re.search(r'<h2 class="tieu-de-bai">(.*?)</h2>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _region(page)
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", region, re.S)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    assert _text_of(page, "tom-tat") == gold["summary"]
    body = region.split('<div class="noi-dung-bai"', 1)[1]
    srcs = re.findall(r'<img src="([^"]+)"', body.split("</div><div class=", 1)[0])
    page_url = "http://fixture.invalid" + gold["path"]
    assert [urljoin(page_url, s)[len("http://fixture.invalid") :] for s in srcs] == [
        im["path"] for im in gold["images"]
    ]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    crumbs = re.search(r'<div class="duong-dan">(.*?)</div>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    assert _printed_date(page) == gold["published_at"]
    assert 'rel="canonical"' not in page


def test_cat_twin_is_the_same_page(server: PortalServer, cookie: str) -> None:
    for gold in portal.GOLD:
        one = _get(server, gold["path"], cookie)[1]
        (alt,) = gold["alt_paths"]
        two = _get(server, alt, cookie)[1]
        assert _region(one) == _region(two)
        assert re.sub(r"t=\d+", "", one) == re.sub(r"t=\d+", "", two)


def test_bylines_and_hard_cases_as_printed(server: PortalServer, cookie: str) -> None:
    def page(sid: int) -> str:
        return _get(server, f"{CTX}/chi-tiet-tin?id={sid}", cookie)[1]

    assert "Cập nhật: 19/11/2026 - 10:12" in page(4519)
    assert "Ngày đăng: 06/11/2026 - 00:00" in page(4498)
    assert "Tác giả: ThS. Trần Văn Bình - Văn phòng Sở" in page(4519)
    assert "Tác giả: Phòng Khảo thí - KĐCLGD" in page(4533)
    assert '<p class="chu-thich-anh">Ảnh: Lãnh đạo UBND tỉnh' in page(4526)
    assert "z5931827364518_4b1c2a9f0e7d8c6b.jpg</p>" in page(4487)
    assert "(Các đoàn vận động viên diễu hành tại lễ khai mạc)" in page(4475)
    assert "<b>BBT</b>" in page(1873)
    assert "Người đăng: admin" in page(4494)


# --- reachability and the session ids ----------------------------------------------------------


def test_a_browser_reaches_everything(walk: dict[str, tuple[int, bool]]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, (s, _) in walk.items() if s not in (0, 200)] == []
    with_ids = [t for t, (_, sid) in walk.items() if sid]
    assert with_ids == [portal.START_PATH], "only the first answer rewrites its links"
    assert any(s == 0 and "lich-cong-tac" in t for t, (s, _) in walk.items()), "weeks go on"


def test_cookieless_answer_rewrites_every_generated_link(server: PortalServer) -> None:
    status, page, headers = _get(server, f"{CTX}/chi-tiet-tin?id=4512")
    assert status == 200 and headers["Server"] == "Apache-Coyote/1.1"
    sid = _COOKIE.match(headers["Set-Cookie"]).group(1)
    assert set(_SID.findall(page)) == {sid}
    assert f'href="{CTX}/tin-tuc;jsessionid={sid}?cat=12"' in page
    assert f'href="{CTX}/chi-tiet-tin;jsessionid={sid}?id=4531&cat=12"' in page
    assert f'href="{CTX}/css/giaodien.css;jsessionid={sid}"' in page
    assert f'action="{CTX}/gui-y-kien;jsessionid={sid}"' in page
    stored = (f"{CTX}/upload/", f"{CTX}/images/icon", f"{CTX}/captcha.jpg")  # not via <c:url>
    for _, link in _LINK.findall(page):
        if link.startswith(f"{CTX}/") and not link.startswith(stored):
            assert f";jsessionid={sid}" in link, link
    for src in re.findall(r'<img src="([^"]+)"', _region(page)):
        assert ";jsessionid" not in src  # stored with the text, never rewritten
    # the stylesheet, with its id, is still served
    assert _get(server, f"{CTX}/css/giaodien.css;jsessionid={sid}")[0] == 200


def test_cookie_sent_back_gives_clean_links(server: PortalServer) -> None:
    _, _, headers = _get(server, portal.START_PATH)
    sid = _COOKIE.match(headers["Set-Cookie"]).group(1)
    status, page, headers = _get(server, f"{CTX}/tin-tuc?cat=12", sid)
    assert status == 200 and "Set-Cookie" not in headers and ";jsessionid" not in page
    # a stale cookie: a new session, still clean links (the id came in a cookie)
    status, page, headers = _get(server, f"{CTX}/tin-tuc?cat=12", "0" * 32)
    new = _COOKIE.match(headers["Set-Cookie"]).group(1)
    assert status == 200 and new != "0" * 32 and ";jsessionid" not in page


def test_cookieless_client_gets_new_ids_forever(server: PortalServer) -> None:
    """Following the banner's home link of each answer without cookies: a new URL every time."""
    target = f"{CTX}/tin-tuc?cat=12"
    seen: list[str] = []
    for _ in range(25):
        status, page, headers = _get(server, target)
        assert status == 200 and "Set-Cookie" in headers
        home = re.search(r'<div class="banner"><a href="([^"]+)">', page)
        target = html.unescape(home.group(1))
        assert _SID.search(target) and target not in seen
        seen.append(target)
    # every one of them, stale and unknown, is the home page
    status, page, _ = _get(server, seen[0])
    assert status == 200 and 'class="tin-noi-bat"' in page
    status, page, _ = _get(server, f"{CTX}/chi-tiet-tin;jsessionid=DEADBEEF?id=4512")
    assert status == 200 and "Hội thi giáo viên dạy giỏi" in page


def test_captcha_stamp_changes_per_view(server: PortalServer, cookie: str) -> None:
    stamps = {
        re.search(
            r"captcha\.jpg\?t=(\d+)", _get(server, f"{CTX}/chi-tiet-tin?id=4531", cookie)[1]
        ).group(1)
        for _ in range(3)
    }
    assert len(stamps) == 3


# --- listings and traps ---------------------------------------------------------------------


def test_pager_of_the_biggest_category(server: PortalServer, cookie: str) -> None:
    first = _get(server, f"{CTX}/tin-tuc?cat=12", cookie)[1]
    assert first == _get(server, f"{CTX}/tin-tuc?cat=12&page=1", cookie)[1]
    for n in (1, 2, 3):
        page = _get(server, f"{CTX}/tin-tuc?cat=12&page={n}", cookie)[1]
        pager = re.search(r'<div class="phan-trang">(.*?)</div>', page).group(1)
        assert _reader(pager) == "« Trang trước | 1 | 2 | 3 | Trang sau »"
        assert (f'href="{CTX}/tin-tuc?cat=12&page={n + 1}"' in pager) == (n < 3)
    assert f'href="{CTX}/chi-tiet-tin?id=1873&cat=12"' in page
    assert "Không có tin nào" in _get(server, f"{CTX}/tin-tuc?cat=12&page=9", cookie)[1]
    assert _get(server, f"{CTX}/tin-tuc?cat=99", cookie)[0] == 404


def test_schedule_weeks_never_end(server: PortalServer, cookie: str) -> None:
    target = f"{CTX}/lich-cong-tac"
    seen = set()
    for _ in range(60):
        status, page, _ = _get(server, target, cookie)
        assert status == 200
        nxt = re.search(r'<a href="([^"]+)">Tuần sau »</a>', page).group(1)
        assert nxt not in seen
        seen.add(nxt)
        target = html.unescape(nxt)
    assert "nam=2028" in target
    assert "Chưa có lịch công tác" in _get(server, target, cookie)[1]


def test_register_query_grows_until_tomcat_refuses(server: PortalServer, cookie: str) -> None:
    target = f"{CTX}/van-ban?loai=cv"
    rows = None
    for _ in range(30):
        status, page, _ = _get(server, target, cookie)
        assert status == 200
        table = re.search(r'<table class="bang-van-ban".*?</table>', page, re.S).group(0)
        rows = rows or table
        assert table == rows  # getParameter reads the first loai: the list never changes
        nxt = html.unescape(re.search(r'<a href="([^"]+)">Quyết định</a>', page).group(1))
        assert nxt.startswith(target + "&loai=qd")
        target = nxt
    long = target + "&loai=qd" * ((portal.MAX_TARGET - len(target)) // 8)
    assert _get(server, long, cookie)[0] == 200
    assert _get(server, long + "&loai=qd", cookie)[0] == 400
    for doc in portal.DOCS:
        status, page, _ = _get(server, f"{CTX}/chi-tiet-van-ban?id={doc.id}", cookie)
        assert status == 200 and doc.file in page and 'class="noi-dung-bai"' not in page
        assert _get(server, doc.file)[0] == 200


def test_soft_404_errors_and_redirects(server: PortalServer, cookie: str) -> None:
    status, page, _ = _get(server, f"{CTX}/chi-tiet-tin?id={portal.REMOVED_ID}", cookie)
    assert status == 200 and "Tin bài không tồn tại hoặc đã bị xóa." in page
    assert 'class="tieu-de-bai"' not in page
    assert (
        f'href="{CTX}/chi-tiet-tin?id={portal.REMOVED_ID}"'
        in _get(server, f"{CTX}/chi-tiet-tin?id=4494", cookie)[1]
    )
    status, page, _ = _get(server, f"{CTX}/chi-tiet-tin?id=abc", cookie)
    assert status == 500 and "NumberFormatException" in page
    assert _get(server, "/")[2]["Location"] == f"{CTX}/"
    assert _get(server, CTX)[2]["Location"] == f"{CTX}/"
    assert _get(server, "/other/")[0] == 404


def test_print_and_mail_views(server: PortalServer, cookie: str) -> None:
    for gold in portal.GOLD:
        sid = gold["path"].rsplit("=", 1)[1]
        page = _get(server, f"{CTX}/in-tin?id={sid}", cookie)[1]
        shown = _reader(page)
        assert gold["title"] in shown
        assert gold["body"].split("\n\n")[-1] in shown or " | " in gold["body"].split("\n\n")[-1]
        assert gold["title"] in _reader(_get(server, f"{CTX}/gui-email?id={sid}", cookie)[1])


def test_encodings_and_chrome(server: PortalServer, cookie: str) -> None:
    pages = {g["path"]: _get(server, g["path"], cookie) for g in portal.GOLD}
    for _, page, headers in pages.values():
        assert headers["Content-Type"] == "text/html; charset=UTF-8"
        assert '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />' in page
        assert f'<span class="ngay-hien-tai">{portal.TODAY}</span>' in page
        assert "Đang truy cập:" in page and "Tổng lượt truy cập:" in page
        assert "Bạn quan tâm đến thông tin nào?" in page
    referenced = [p for p, (_, page, _) in pages.items() if re.search(r"&#\d{3,4};", _region(page))]
    assert referenced == [f"{CTX}/chi-tiet-tin?id=1873"]
    page = pages[referenced[0]][1]
    stored = re.search(r'<h2 class="tieu-de-bai">(.*?)</h2>', page).group(1)
    stored += page.split('<div class="noi-dung-bai"', 1)[1].split("</div><div", 1)[0]
    assert stored.isascii() and "&#7897;" in stored and "&#7885;c" in stored
    for path, (_, page, _) in pages.items():
        if path not in referenced:
            assert not _region(page).isascii()
            assert unicodedata.is_normalized("NFC", page)
