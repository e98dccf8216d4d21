"""Self-checks of the aspnet_updatepanel_thcs fixture portal against itself (never the crawler).

The fixture must answer every gold address, print what its gold says, reach every article from
the home page only when the postback pager is worked, and show each trap as its docstring says.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_updatepanel_thcs as portal
from tests.portals._common import TODAY
from tests.portals._selfcheck import NO_REDIRECTS, fetch

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
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server, target, fields, headers=None):
    """A form POST as a browser sends it; status, body, headers."""
    data = urllib.parse.urlencode(fields).encode("utf-8")
    req = urllib.request.Request(server.url(target), data=data, method="POST")
    req.add_header("Content-Type", "application/x-www-form-urlencoded")
    for name, value in (headers or {}).items():
        req.add_header(name, value)
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def nfc_text(markup: str) -> str:
    """Visible text of some markup: tags dropped, references decoded, NFC, spaces collapsed."""
    plain = re.sub(r"<[^>]+>", " ", markup)
    plain = _html.unescape(plain).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", plain)).strip()


def hidden_fields(page: str) -> dict[str, str]:
    return dict(
        re.findall(r'<input type="hidden" name="([^"]+)" id="[^"]+" value="([^"]*)" />', page)
    )


def form_action(page: str) -> str:
    return _html.unescape(
        re.search(r'<form name="aspnetForm" method="post" action="([^"]*)"', page).group(1)
    )


def postback(server, page: str, target: str, headers=None):
    """Work a LinkButton of ``page`` (served at the root) the way __doPostBack does."""
    fields = hidden_fields(page)
    fields["__EVENTTARGET"] = target
    fields["__EVENTARGUMENT"] = ""
    return post(server, "/" + form_action(page), fields, headers)


def span(page: str, name: str) -> str:
    match = re.search(
        rf'id="ctl00_ContentPlaceHolder1_{name}"[^>]*>(.*?)</span></td></tr>', page, re.S
    )
    assert match, name
    return match.group(1)


def article_ids(page: str) -> list[int]:
    return [int(n) for n in re.findall(r'href="chitiettin\.aspx\?matin=(\d+)', page, re.I)]


GOLD_BY_ID = {int(re.search(r"MaTin=(\d+)", g["path"]).group(1)): g for g in portal.GOLD}


# --- gold ------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = set()
    for gold in portal.GOLD:
        assert set(gold) == KEYS, gold["path"]
        assert gold["path"] == gold["canonical_path"]
        assert gold["path"] not in paths
        paths.add(gold["path"])
        assert ISO.match(gold["published_at"]), gold["published_at"]
        assert gold["category"] in portal.CATEGORIES.values()
        assert gold["source"] is None
        for value in [gold["title"], gold["body"], gold["summary"] or "", *gold["authors"]]:
            assert value == unicodedata.normalize("NFC", value)
            assert "  " not in value and "\xa0" not in value
        if gold["summary"]:
            assert gold["body"].split("\n\n")[0] == gold["summary"]
        for image in gold["images"]:
            assert set(image) == {"path", "caption"}
            assert image["path"].startswith("/Upload/Images/")
        for alt in gold["alt_paths"]:
            assert alt not in paths
    assert sum(1 for g in portal.GOLD if g["summary"]) >= 4
    assert sum(1 for g in portal.GOLD if not g["authors"]) >= 3


def test_every_category_has_gold_and_the_pager_hides_two():
    counts = {name: 0 for name in portal.CATEGORIES.values()}
    for gold in portal.GOLD:
        counts[gold["category"]] += 1
    assert all(counts.values()), counts
    assert portal.page_count(3) == 2
    assert [s.id for s in portal.in_category(3)[portal.PAGE_SIZE :]] == [1224, 1219]


# --- each gold address ---------------------------------------------------------------------


def test_gold_and_alt_paths_answer_with_the_title(server):
    for gold in portal.GOLD:
        first = None
        for target in [gold["path"], *gold["alt_paths"]]:
            status, page, headers = fetch(server, target)
            assert status == 200, target
            assert "text/html" in headers["Content-Type"]
            assert nfc_text(span(page, "lblTieuDe")) == gold["title"], target
            assert 'rel="canonical"' not in page
            body = span(page, "lblNoiDung")
            if first is None:
                first = body
            assert body == first, f"{target} differs from {gold['path']}"


def test_category_line_names_the_gold_category(server):
    for gold in portal.GOLD:
        _, page, _ = fetch(server, gold["path"])
        crumb = re.search(r'<td class="duongdan"[^>]*>(.*?)</td>', page).group(1)
        items = [nfc_text(x) for x in nfc_text(crumb).split(">")]
        assert items[0] == "Trang chủ"
        assert items[-1] == gold["category"]


def test_printed_clock_gives_the_gold_date(server):
    for gold in portal.GOLD:
        _, page, _ = fetch(server, gold["path"])
        line = nfc_text(span(page, "lblNgayDang").split("</span>")[0] + "</span>")
        d, mo, y, h, mi, s, marker = re.search(
            r"Ngày đăng: (\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d):(\d\d) (SA|CH)", line
        ).groups()
        hour = int(h) % 12 + (12 if marker == "CH" else 0)
        assert gold["published_at"] == f"{y}-{mo}-{d}T{hour:02d}:{mi}:{s}+07:00", gold["path"]
    # the three clock forms the docstring names
    printed = {s.id: s.opts["date"] for s in portal.STORIES}
    assert printed[1262].endswith("02:15:40 CH") and GOLD_BY_ID[1262]["published_at"].endswith(
        "14:15:40+07:00"
    )
    assert printed[1256].endswith("12:10:00 CH") and GOLD_BY_ID[1256]["published_at"].endswith(
        "12:10:00+07:00"
    )


def test_pages_print_the_gold_text_images_and_captions(server):
    for gold in portal.GOLD:
        _, page, _ = fetch(server, gold["path"])
        body = nfc_text(span(page, "lblNoiDung"))
        sapo = nfc_text(span(page, "lblTomTat"))
        assert sapo == (gold["summary"] or "")
        paragraphs = gold["body"].split("\n\n")[1 if gold["summary"] else 0 :]
        position = 0
        for para in paragraphs:
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in body, (gold["path"], cell)
                continue
            found = body.find(para, position)
            assert found >= 0, (gold["path"], para[:60])
            position = found + len(para)
        raw_body = span(page, "lblNoiDung")
        srcs = re.findall(r'<img src="([^"]+)"', raw_body)
        assert srcs == [im["path"] for im in gold["images"]], gold["path"]
        for image in gold["images"]:
            if image["caption"]:
                assert image["caption"] in body


def test_bylines_and_meta_fields_are_printed_as_the_docstring_says(server):
    expected = {
        1268: "Nguyễn Thị Hằng",
        1262: "Người viết: Trần Văn Phúc - Tổ Toán Tin",
        1259: "Tin, ảnh: Tổ Văn phòng",
        1249: "Tổ Khoa học Xã hội",
        1236: "Phan Thị Thu Hà",
        1230: "Tin: Đặng Thị Kim Oanh",
        1224: "Trần Thị Ngọc Ánh",
    }
    for number, line in expected.items():
        _, page, _ = fetch(server, GOLD_BY_ID[number]["path"])
        assert nfc_text(span(page, "lblNoiDung")).endswith(line), number
    _, page, _ = fetch(server, GOLD_BY_ID[1256]["path"])
    assert "Tác giả: Lê Thị Mai" in nfc_text(page)
    assert GOLD_BY_ID[1256]["authors"] == ["Lê Thị Mai"]
    for number in (1265, 1253, 1241, 1219, 1245):
        _, page, _ = fetch(server, GOLD_BY_ID[number]["path"])
        assert re.search(r"Người đăng: (admin|bientap)", page), number
        assert GOLD_BY_ID[number]["authors"] == []
    _, page, _ = fetch(server, GOLD_BY_ID[1245]["path"])
    assert unicodedata.normalize("NFD", GOLD_BY_ID[1245]["title"]) in page
    _, page, _ = fetch(server, GOLD_BY_ID[1236]["path"])
    assert "&#7841;" in page and "&agrave;" in page


def test_attachments_are_linked_and_served(server):
    for number, href, ctype in [
        (1253, "/Upload/Files/2026/11/DS_thi_HSG9_cap_truong.doc", "application/msword"),
        (1241, "/Upload/Files/2026/10/Lich_KT_giua_HKI_2026-2027.pdf", "application/pdf"),
    ]:
        _, page, _ = fetch(server, GOLD_BY_ID[number]["path"])
        assert f'href="{href}"' in page and "File đính kèm:" in page
        status, _, headers = fetch(server, href)
        assert status == 200 and headers["Content-Type"] == ctype
        assert fetch(server, href.lower())[0] == 200
    assert fetch(server, "/Upload/Files/2026/11/khong-co.pdf")[0] == 404


# --- reaching the articles -----------------------------------------------------------------


def _walk(server, postbacks: bool) -> tuple[set[int], set[str]]:
    """Breadth-first from "/": every same-site href (no javascript:, no files), and, when
    ``postbacks``, every pager LinkButton worked through a form POST."""
    seen: set[str] = set()
    found: set[int] = set()
    queue = deque(["/"])
    seen_states: set[str] = set()
    pages: list[str] = []
    while queue:
        target = queue.popleft()
        status, page, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages.append(target)
        queue_links(page, target, seen, queue, found)
        if postbacks:
            pending = [page]
            while pending:
                current = pending.pop()
                state = hidden_fields(current).get("__VIEWSTATE", "")
                if state in seen_states:
                    continue
                seen_states.add(state)
                for control in re.findall(r"__doPostBack\('([^']+)'", current):
                    status, answer, _ = postback(server, current, control)
                    assert status == 200, control
                    queue_links(answer, target, seen, queue, found)
                    pending.append(answer)
    return found, seen


def queue_links(page, base, seen, queue, found):
    for href in re.findall(r'href="([^"]+)"', page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = urllib.parse.urljoin("http://fixture.invalid" + base, href)
        parts = urllib.parse.urlsplit(url)
        if parts.netloc != "fixture.invalid" or parts.path.lower().startswith("/upload/"):
            continue
        if parts.path.lower().endswith((".css", ".ico", ".js")):
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        match = re.match(r"/chitiettin\.aspx\?matin=(\d+)", target, re.I)
        if match:
            found.add(int(match.group(1)))
        if target not in seen:
            seen.add(target)
            queue.append(target)


def test_walk_with_the_pager_reaches_every_gold_article(server):
    found, seen = _walk(server, postbacks=True)
    assert set(GOLD_BY_ID) <= found
    for path in portal.NON_ARTICLES:
        assert path in seen


def test_without_the_pager_the_two_oldest_stay_hidden(server):
    found, _ = _walk(server, postbacks=False)
    assert set(GOLD_BY_ID) - found == {1224, 1219}


def test_home_lists_the_six_newest_without_madm(server):
    _, page, _ = fetch(server, "/")
    box = page.split("TIN MỚI NHẤT")[1].split("THÔNG BÁO MỚI")[0]
    ids = list(
        dict.fromkeys(int(n) for n in re.findall(r'href="ChiTietTin\.aspx\?MaTin=(\d+)"', box))
    )
    assert ids == [s.id for s in portal.newest()[:6]]
    assert fetch(server, "/Default.aspx")[1].count("ChiTietTin.aspx?MaTin=") == page.count(
        "ChiTietTin.aspx?MaTin="
    )


def test_side_box_links_notices_in_lower_case(server):
    _, page, _ = fetch(server, "/GioiThieu.aspx")
    assert sorted(set(article_ids(page))) == [1241, 1253, 1265]
    assert 'href="chitiettin.aspx?matin=1265"' in page


def test_other_news_pass_the_current_madm_on(server):
    _, page, _ = fetch(server, "/ChiTietTin.aspx?MaTin=1262&MaDM=5")
    others = re.findall(
        r'href="ChiTietTin\.aspx\?MaTin=(\d+)&amp;MaDM=([^"]*)" class="tinkhac"', page
    )
    assert len(others) == 10
    assert {madm for _, madm in others} == {"5"}
    assert "1262" not in {n for n, _ in others}
    _, page, _ = fetch(server, "/chitiettin.aspx?matin=1265")
    others = re.findall(
        r'href="ChiTietTin\.aspx\?MaTin=(\d+)&amp;MaDM=([^"]*)" class="tinkhac"', page
    )
    assert {madm for _, madm in others} == {""}
    named = {int(n) for n, _ in others}
    assert 1224 not in named and 1219 not in named


# --- the postback pager --------------------------------------------------------------------


def _list_ids(page: str) -> list[int]:
    return [
        int(n)
        for n in re.findall(r'class="tieudetin" href="ChiTietTin\.aspx\?MaTin=(\d+)&MaDM=', page)
    ]


def test_pager_is_made_of_linkbuttons(server):
    _, page, _ = fetch(server, "/DanhMuc.aspx?MaDM=3")
    assert _list_ids(page) == [1268, 1259, 1256, 1245, 1236]
    assert (
        "href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$rptPager$ctl02$lnkPage','')\">2</a>"
        in page
    )
    assert ">Trang sau</a>" in page and ">Trang cuối</a>" in page
    assert (
        '<a id="ctl00_ContentPlaceHolder1_lnkPrev" class="aspNetDisabled">Trang trước</a>' in page
    )
    assert "DanhMuc.aspx?MaDM=3&page=2" not in page
    for madm in (5, 7):
        _, page, _ = fetch(server, f"/DanhMuc.aspx?MaDM={madm}")
        assert "__doPostBack('ctl00$ContentPlaceHolder1$" not in page
        assert len(_list_ids(page)) == 3


@pytest.mark.parametrize("control", [portal.LNK_NEXT, portal.LNK_LAST, portal.PAGER.format(2)])
def test_postback_answers_page_two(server, control):
    _, first, _ = fetch(server, "/DanhMuc.aspx?MaDM=3")
    status, page, headers = postback(server, first, control)
    assert status == 200 and "text/html" in headers["Content-Type"]
    assert _list_ids(page) == [1224, 1219]
    assert hidden_fields(page)["__VIEWSTATE"] != hidden_fields(first)["__VIEWSTATE"]
    assert "Trang 2/2" in page
    # and back: page 2's state knows where it is
    status, again, _ = postback(server, page, portal.LNK_PREV)
    assert status == 200 and _list_ids(again) == _list_ids(first)
    status, again, _ = postback(server, page, portal.PAGER.format(1))
    assert status == 200 and _list_ids(again) == _list_ids(first)


def test_get_page_parameter_is_ignored(server):
    _, first, _ = fetch(server, "/DanhMuc.aspx?MaDM=3")
    for target in (
        "/DanhMuc.aspx?MaDM=3&page=2",
        "/DanhMuc.aspx?MaDM=3&Trang=2",
        "/danhmuc.aspx?madm=3&page=2",
    ):
        status, page, _ = fetch(server, target)
        assert status == 200 and _list_ids(page) == _list_ids(first)


def test_ajax_postback_answers_the_delta_format(server):
    _, first, _ = fetch(server, "/DanhMuc.aspx?MaDM=3")
    fields = hidden_fields(first)
    fields.update(
        {
            "ctl00$ScriptManager1": f"ctl00$ContentPlaceHolder1$upList|{portal.LNK_NEXT}",
            "__EVENTTARGET": portal.LNK_NEXT,
            "__EVENTARGUMENT": "",
            "__ASYNCPOST": "true",
        }
    )
    status, body, headers = post(
        server, "/DanhMuc.aspx?MaDM=3", fields, {"X-MicrosoftAjax": "Delta=true"}
    )
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    assert body.startswith("1|#||4|")
    entries, rest = [], body
    while rest:
        length, kind, ident, tail = rest.split("|", 3)
        content, rest = tail[: int(length)], tail[int(length) + 1 :]
        entries.append((kind, ident, content))
    assert entries[1][:2] == ("updatePanel", "ctl00_ContentPlaceHolder1_upList")
    assert [int(n) for n in re.findall(r"MaTin=(\d+)&MaDM=3\" style", entries[1][2])] == [
        1224,
        1219,
    ]
    state = {ident: content for kind, ident, content in entries if kind == "hiddenField"}
    _, full, _ = postback(server, first, portal.LNK_NEXT)
    assert state["__VIEWSTATE"] == hidden_fields(full)["__VIEWSTATE"]


def test_bad_state_answers_the_yellow_screen(server):
    _, first, _ = fetch(server, "/DanhMuc.aspx?MaDM=3")
    fields = hidden_fields(first)
    fields.update({"__EVENTTARGET": portal.LNK_NEXT, "__EVENTARGUMENT": ""})
    tampered = dict(fields, __VIEWSTATE=fields["__VIEWSTATE"][:-8] + "AAAAAAA=")
    status, page, _ = post(server, "/DanhMuc.aspx?MaDM=3", tampered)
    assert status == 500 and "Validation of viewstate MAC failed" in page
    assert "Server Error in '/' Application." in page
    # another list's state
    status, page, _ = post(server, "/DanhMuc.aspx?MaDM=5", fields)
    assert status == 500 and "Validation of viewstate MAC failed" in page
    # a stale event validation
    status, page, _ = post(
        server, "/DanhMuc.aspx?MaDM=3", dict(fields, __EVENTVALIDATION="/wEWAgLx")
    )
    assert status == 500 and "Validation of viewstate MAC failed" in page
    # a control page 1 did not render enabled
    status, page, _ = post(
        server, "/DanhMuc.aspx?MaDM=3", dict(fields, __EVENTTARGET=portal.LNK_PREV)
    )
    assert status == 500 and "Invalid postback or callback argument" in page
    # an event posted without its event validation
    fields_no_ev = {k: v for k, v in fields.items() if k != "__EVENTVALIDATION"}
    status, page, _ = post(server, "/DanhMuc.aspx?MaDM=3", fields_no_ev)
    assert status == 500 and "Invalid postback or callback argument" in page
    # an event without any state
    status, page, _ = post(server, "/DanhMuc.aspx?MaDM=3", {"__EVENTTARGET": portal.LNK_NEXT})
    assert status == 500 and "Invalid postback" in page
    # the AJAX form of an error
    status, body, _ = post(
        server, "/DanhMuc.aspx?MaDM=3", tampered, {"X-MicrosoftAjax": "Delta=true"}
    )
    assert status == 200 and "|error|500|Validation of viewstate MAC failed" in body
    # a postback to an article with a foreign state
    status, page, _ = post(server, "/ChiTietTin.aspx?MaTin=1268", tampered)
    assert status == 500


# --- the other traps -----------------------------------------------------------------------


def test_print_view_repeats_the_text_without_the_site(server):
    gold = GOLD_BY_ID[1259]
    _, article, _ = fetch(server, gold["path"])
    assert 'href="Print.aspx?MaTin=1259"' in article
    status, page, _ = fetch(server, "/Print.aspx?MaTin=1259")
    assert status == 200
    text = nfc_text(page)
    assert gold["title"] in text and gold["summary"] in text
    assert "Ngày đăng: 10/11/2026 08:30:15 SA" in text
    assert "Trang chủ" not in text and "Các tin khác" not in text and "lblTieuDe" not in page
    assert fetch(server, "/print.aspx?matin=1259")[1] == page


def test_send_to_friend_is_only_a_popup(server):
    _, article, _ = fetch(server, GOLD_BY_ID[1268]["path"])
    assert "window.open('GuiBai.aspx?MaTin=1268'" in article
    assert 'href="GuiBai.aspx' not in article
    status, page, _ = fetch(server, "/GuiBai.aspx?MaTin=1268")
    assert status == 200 and "Email người nhận" in page and "lblNoiDung" not in page


def test_non_articles_and_login(server):
    for path in [*portal.NON_ARTICLES, "/Login.aspx"]:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng" not in page and "lblTieuDe" not in page, path
    _, album, _ = fetch(server, "/AlbumAnh.aspx?MaAlbum=2")
    assert len(re.findall(r"/Upload/Album/2/thumb_\d\d\.jpg", album)) >= 8
    _, login, _ = fetch(server, "/Login.aspx")
    assert 'type="password"' in login
    status, page, _ = post(
        server,
        "/Login.aspx",
        {**hidden_fields(login), "ctl00$ContentPlaceHolder1$btnDangNhap": "Đăng nhập"},
    )
    assert status == 200 and "mật khẩu không đúng" in page


def test_bad_and_missing_ids(server):
    assert fetch(server, "/ChiTietTin.aspx?MaTin=abc")[0] == 500
    status, page, _ = fetch(server, "/ChiTietTin.aspx?MaTin=9999")
    assert status == 200 and "không tồn tại" in page and "lblTieuDe" not in page
    assert fetch(server, "/AlbumAnh.aspx?MaAlbum=9")[0] == 404


def test_every_page_carries_the_chrome(server):
    for path in ["/", "/DanhMuc.aspx?MaDM=7", GOLD_BY_ID[1230]["path"], "/LienHe.aspx"]:
        _, page, _ = fetch(server, path)
        text = nfc_text(page)
        assert f"Hôm nay: {TODAY}" in text
        assert "Chào mừng ngày Nhà giáo Việt Nam 20/11" in text
        assert "Đang online: 12" in text and "1.204.556" in text
        assert "Thiết kế bởi Công ty" in text and "Điện thoại: (0233) 3876 215" in text
        assert f"<title>\n\t{portal.SITE_TITLE}\n</title>" in page
        assert '<option value="">-- Liên kết website --</option>' in page
        fields = hidden_fields(page)
        assert {"__VIEWSTATE", "__VIEWSTATEGENERATOR", "__EVENTVALIDATION"} <= set(fields)
        assert fields["__VIEWSTATE"].startswith("/wEPDwUK")
