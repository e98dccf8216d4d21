"""Self-check of the ASP.NET WebForms + Telerik political-school fixture: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every GOLD target, its
alternative URL and every NON_ARTICLE answer 200; that the gold is well formed and printed on its
page (after character references and NFC); that a browser-like walk from START_PATH (links, plus
the RadDataPager's postbacks submitted the way a browser submits the form) reaches every article,
one of them only through the postbacks; and that the traps behave as the module says: postback
rules (missing / tampered view state, stale event validation), the endless week postbacks of
"Lịch công tác tuần", the ``&cat=`` alternative and the print view, the soft 404, IIS's
case-insensitive paths.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import aspnet_telerik_tct as portal
from ._selfcheck import NO_REDIRECTS

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|axd)$", re.I)
_CONTENT_START = '<div id="ctl00_ContentPlaceHolder1_divContent" class="noidung-tin">'
_PAGER_LINK = re.compile(
    r"javascript:__doPostBack\('(ctl00\$ContentPlaceHolder1\$RadDataPager1\$ctl01\$ctl\d\d)',''\)"
)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _open(
    server: PortalServer, target: str, data: bytes | None = None, headers: dict | None = None
):
    req = urllib.request.Request(server.url(target), data=data, headers=headers or {})
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers.items())


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = _open(server, target)
    return status, body


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|b|i|em|strong|span|o:p)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _content(page: str) -> str:
    return page.split(_CONTENT_START, 1)[1].split("\n</div>\n", 1)[0]


def _hidden_fields(page: str) -> dict[str, str]:
    fields = {}
    for tag in re.findall(r"<input [^>]*>", page):
        kind = re.search(r'type="([^"]+)"', tag)
        name = re.search(r'name="([^"]+)"', tag)
        if kind and name and kind.group(1) in ("hidden", "text", "password"):
            value = re.search(r'value="([^"]*)"', tag)
            fields[html.unescape(name.group(1))] = html.unescape(value.group(1)) if value else ""
    return fields


def _form_action(server: PortalServer, target: str, page: str) -> str:
    action = html.unescape(
        re.search(r'<form method="post" action="([^"]*)" id="form1">', page).group(1)
    )
    parts = urlsplit(urljoin(server.url(target), action))
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _postback(
    server: PortalServer,
    target: str,
    page: str,
    event: str = "",
    button: tuple[str, str] | None = None,
    change: dict[str, str | None] | None = None,
) -> tuple[str, int, str]:
    """Submit the page's form as a browser does: hidden and text fields, the clicked control."""
    fields = _hidden_fields(page)
    fields["__EVENTTARGET"] = event
    if button:
        fields[button[0]] = button[1]
    for key, value in (change or {}).items():
        if value is None:
            fields.pop(key, None)
        else:
            fields[key] = value
    action = _form_action(server, target, page)
    data = urllib.parse.urlencode(fields).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    status, body, _ = _open(server, action, data, headers)
    return action, status, body


def _links(server: PortalServer, target: str, page: str) -> list[str]:
    out = []
    host = urlsplit(server.base_url).netloc
    for _, href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        link = urlsplit(urljoin(server.url(target), href))
        if link.netloc == host:
            out.append(link.path + (f"?{link.query}" if link.query else ""))
    return out


def _article_ids(page: str) -> set[int]:
    return {int(i) for i in re.findall(r'ChiTiet\.aspx\?id=(\d+)(?:&amp;cat=\d+)?"', page)}


def _walk(server: PortalServer, postbacks: bool) -> tuple[dict[str, int], set[int]]:
    """Breadth-first over links from START_PATH; with ``postbacks``, also the pager's postbacks.

    Returns the targets seen (status; 0 for files not fetched) and the article ids listed on
    postback answers."""
    seen: dict[str, int] = {}
    from_postbacks: set[int] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path):
            seen[target] = 0
            continue
        status, page = _get(server, target)
        seen[target] = status
        assert len(seen) < 300, "the walk should stay small"
        if status != 200:
            continue
        queue.extend(t for t in _links(server, target, page) if t not in seen)
        if postbacks and "RadDataPager1" in page:
            done: set[str] = set()
            pending = [(page, e) for e in _PAGER_LINK.findall(page)]
            while pending:
                current, event = pending.pop()
                if event in done:
                    continue
                done.add(event)
                _action, status, answer = _postback(server, target, current, event)
                assert status == 200
                from_postbacks |= _article_ids(answer)
                queue.extend(t for t in _links(server, target, answer) if t not in seen)
                pending += [(answer, e) for e in _PAGER_LINK.findall(answer) if e not in done]
    return seen, from_postbacks


def test_contract_shape() -> None:
    assert portal.NAME == "aspnet_telerik_tct"
    assert portal.START_PATH == "/Default.aspx"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for name, _ in portal.CATS.values()}
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-4:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/Uploads/")
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "\x00"]:
        assert not gold["body"].endswith(name)


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_stamp(page: str) -> str:
    line = re.search(r"Cập nhật: (\d\d/\d\d/\d{4} \d{1,2}:\d\d:\d\d (SA|CH))</span>", page).group(1)
    when = datetime.strptime(line.replace("SA", "AM").replace("CH", "PM"), "%d/%m/%Y %I:%M:%S %p")
    if (when.hour, when.minute, when.second) == (0, 0, 0):
        return when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%dT%H:%M:%S+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-4:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    title = re.search(r'<span id="ctl00_ContentPlaceHolder1_lblTitle">(.*?)</span>', page).group(1)
    assert _nfc(title) == gold["title"]
    assert _printed_stamp(page) == gold["published_at"]
    sapo = re.search(r'<span id="ctl00_ContentPlaceHolder1_lblMoTa"[^>]*>(.*?)</span>', page).group(
        1
    )
    assert (_reader(sapo) or None) == gold["summary"]
    content = _content(page)
    shown = _reader(content)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", content, re.S)]
    paragraphs = gold["body"].split("\n\n")
    for paragraph in paragraphs[1:] if gold["summary"] else paragraphs:
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    srcs = [
        urlsplit(urljoin("http://x" + gold["path"], s)).path
        for s in re.findall(r'<img alt="" src="([^"]+)"', content)
    ]
    assert srcs == [i["path"] for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    crumbs = re.search(r'<div class="duongdan">(.*?)</div>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    whole = _reader(page)
    assert portal.TODAY in whole and "Tổng số lượt truy cập" in whole and "Đường dây nóng" in whole
    assert "Các tin đã đưa" in whole and "In trang" in whole and "Lượt xem:" in whole
    assert 'rel="canonical"' not in page


def test_alt_path_and_print_view_repeat_the_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        (alt,) = gold["alt_paths"]
        alt_page = _get(server, alt)[1]
        assert _content(alt_page) == _content(page)
        assert _reader(alt_page).count(gold["title"]) == _reader(page).count(gold["title"])
        sid = gold["path"].rsplit("=", 1)[1]
        status, printed = _get(server, f"/TinTuc/InTin.aspx?id={sid}")
        assert status == 200 and "window.print()" in printed and 'rel="canonical"' not in printed
        assert _content(page).strip() in printed


def test_listing_pages_come_only_by_postback(server: PortalServer) -> None:
    target = "/TinTuc/DanhSach.aspx?cat=2"
    status, first = _get(server, target)
    assert status == 200 and 'action="./DanhSach.aspx?cat=2"' in first
    want = [s.id for s in portal.newest(2)]
    assert list(
        dict.fromkeys(re.findall(r'class="tieude-tin" href="ChiTiet\.aspx\?id=(\d+)', first))
    ) == [str(i) for i in want[:3]]
    assert "Trang <strong>1</strong> / <strong>3</strong>" in first
    assert (
        'name="ctl00$ContentPlaceHolder1$RadDataPager1$ctl02$NextButton" value="Trang sau"' in first
    )
    # no GET address reaches page 2: extra parameters are ignored
    assert _get(server, target + "&page=2")[1].count("tieude-tin") == 3
    assert "Trang <strong>1</strong>" in _get(server, target + "&page=2")[1]
    # numeric link to page 2, then the "Trang sau" submit button to page 3
    action, status, second = _postback(
        server, target, first, "ctl00$ContentPlaceHolder1$RadDataPager1$ctl01$ctl01"
    )
    assert (
        action == target
        and status == 200
        and "Trang <strong>2</strong> / <strong>3</strong>" in second
    )
    assert _hidden_fields(second)["__VIEWSTATE"] != _hidden_fields(first)["__VIEWSTATE"]
    _, status, third = _postback(
        server,
        target,
        second,
        button=("ctl00$ContentPlaceHolder1$RadDataPager1$ctl02$NextButton", "Trang sau"),
    )
    assert status == 200 and "Trang <strong>3</strong> / <strong>3</strong>" in third
    assert _article_ids(third) >= set(portal.POSTBACK_ONLY)
    assert 'class="rdpPageNext" disabled="disabled"' in third
    # "Trang sau" on the last page stays there; "Trang đầu" goes back
    _, _, again = _postback(
        server,
        target,
        third,
        button=("ctl00$ContentPlaceHolder1$RadDataPager1$ctl02$NextButton", "Trang sau"),
    )
    assert "Trang <strong>3</strong> / <strong>3</strong>" in again
    _, _, back = _postback(
        server,
        target,
        third,
        button=("ctl00$ContentPlaceHolder1$RadDataPager1$ctl00$FirstButton", "Trang đầu"),
    )
    assert "Trang <strong>1</strong> / <strong>3</strong>" in back
    # no view state: not a postback, page 1
    _, status, plain = _postback(
        server,
        target,
        second,
        "ctl00$ContentPlaceHolder1$RadDataPager1$ctl01$ctl02",
        change={"__VIEWSTATE": None},
    )
    assert status == 200 and "Trang <strong>1</strong> / <strong>3</strong>" in plain
    # tampered view state, stale or missing event validation, another listing's state: error page
    vs = _hidden_fields(first)["__VIEWSTATE"]
    broken = vs[:200] + ("A" if vs[200] != "A" else "B") + vs[201:]
    for change in (
        {"__VIEWSTATE": broken},
        {"__VIEWSTATE": "not base64!"},
        {"__EVENTVALIDATION": None},
        {"__EVENTVALIDATION": _hidden_fields(second)["__EVENTVALIDATION"]},
    ):
        _, status, err = _postback(
            server,
            target,
            first,
            "ctl00$ContentPlaceHolder1$RadDataPager1$ctl01$ctl01",
            change=change,
        )
        assert status == 500 and "Runtime Error" in err, change
    other = _get(server, "/TinTuc/DanhSach.aspx?cat=3")[1]
    fields = _hidden_fields(other)
    fields["__EVENTTARGET"] = "ctl00$ContentPlaceHolder1$RadDataPager1$ctl01$ctl01"
    status, err, _ = _open(server, target, urllib.parse.urlencode(fields).encode())
    assert status == 500


def _ids(seen: dict[str, int]) -> set[int]:
    return {
        int(t.split("id=")[1].split("&")[0]) for t in seen if t.startswith("/TinTuc/ChiTiet.aspx")
    }


def test_walk_reaches_every_article_one_only_by_postback(server: PortalServer) -> None:
    gold_ids = {int(g["path"].rsplit("=", 1)[1]) for g in portal.GOLD}
    plain, none = _walk(server, postbacks=False)
    assert not none and gold_ids - _ids(plain) == set(portal.POSTBACK_ONLY)
    seen, from_postbacks = _walk(server, postbacks=True)
    assert gold_ids <= _ids(seen) and set(portal.POSTBACK_ONLY) <= from_postbacks
    assert set(portal.NON_ARTICLES) <= set(seen)
    assert [t for t, s in seen.items() if s not in (0, 200)] == []
    assert any(g["alt_paths"][0] in seen for g in portal.GOLD) and any(
        g["path"] in seen for g in portal.GOLD
    )


def test_week_postbacks_never_end(server: PortalServer) -> None:
    target = "/LichCongTac.aspx"
    status, page = _get(server, target)
    assert status == 200 and "Tuần 48 (từ 23/11/2026 đến 29/11/2026)" in page
    labels = set()
    for link in ("lnkTuanSau", "lnkTuanTruoc"):
        current = page
        for _ in range(40):
            _, status, current = _postback(
                server, target, current, f"ctl00$ContentPlaceHolder1${link}"
            )
            assert status == 200
            labels.add(
                re.search(
                    r'<span id="ctl00_ContentPlaceHolder1_lblTuan">([^<]+)</span>', current
                ).group(1)
            )
            assert "Tuần trước" in current and "Tuần sau" in current
    assert len(labels) == 80
    assert "Chưa có lịch công tác tuần này." in current
    _, _, home = _postback(server, target, current, "ctl00$ContentPlaceHolder1$lnkTuanNay")
    assert "Tuần 48 (từ 23/11/2026" in home


def test_encodings_as_described(server: PortalServer) -> None:
    _status, body, headers = _open(server, "/TinTuc/ChiTiet.aspx?id=1169")
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert not unicodedata.is_normalized("NFC", _content(body))
    assert unicodedata.is_normalized("NFC", _get(server, "/TinTuc/ChiTiet.aspx?id=1187")[1])
    mixed = _content(_get(server, "/TinTuc/ChiTiet.aspx?id=1173")[1])
    assert re.search(r"&#\d{4};", mixed) and re.search(r"&[a-z]+;", mixed) and "ả" in mixed
    assert "<o:p></o:p>" in mixed and "class=MsoNormal" in mixed


def test_errors_soft_404_and_iis_behaviour(server: PortalServer) -> None:
    status, page = _get(server, f"/TinTuc/ChiTiet.aspx?id={portal.SOFT_404_ID}")
    assert status == 200 and "Tin bài không tồn tại hoặc đã bị gỡ bỏ." in page
    assert any(
        f"ChiTiet.aspx?id={portal.SOFT_404_ID}"
        in _get(server, f"/VanBan/ChiTiet.aspx?id={d.id}")[1]
        for d in portal.DOCS
    )
    assert _get(server, "/TinTuc/ChiTiet.aspx?id=abc")[0] == 500
    assert _get(server, "/TinTuc/XemTin.aspx?id=1187")[0] == 404
    status, _, headers = _open(server, "/")
    assert status == 302 and headers["Location"] == "/Default.aspx"
    same = _get(server, "/tintuc/chitiet.aspx?ID=1187")[1]
    assert _content(same) == _content(_get(server, "/TinTuc/ChiTiet.aspx?id=1187")[1])
    home = _get(server, "/Default.aspx")[1]
    _, status, _ = _postback(
        server,
        "/Default.aspx",
        home,
        button=("ctl00$btnTimKiem", "Tìm kiếm"),
        change={"ctl00$txtTuKhoa": "khai giảng"},
    )
    assert status == 302
    found = _get(server, "/TimKiem.aspx?tukhoa=khai+gi%E1%BA%A3ng")[1]
    assert "Tìm thấy 1 kết quả" in found
    assert _get(server, "/Uploads/VanBan/2026/QC-12-chi-tieu-noi-bo.pdf")[0] == 200


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/Default.aspx", portal.GOLD[3]["path"], "/TinTuc/DanhSach.aspx?cat=2"):
        assert _get(server, target)[1] == _get(server, target)[1]
