"""Self-checks of the oracle_apex_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import oracle_apex_sgddt as portal
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
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
HREF = re.compile(r'href="([^"]*)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def readable(markup: str) -> str:
    """Page text as a reader sees it: entities decoded, NFC, whitespace collapsed."""
    inline = re.sub(r"</?(?:a|b|em|strong|span)\b[^>]*>", "", markup)
    plain = html.unescape(re.sub(r"<[^>]+>", " ", inline))
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", plain))


def fetch_with(server, target: str, headers: dict[str, str], method: str = "GET", data=None):
    req = urllib.request.Request(server.url(target), headers=headers, method=method, data=data)
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def links(markup: str) -> list[str]:
    return [html.unescape(h) for h in HREF.findall(markup)]


def item_region(markup: str) -> str:
    start = markup.index('<h1 class="tin-tieude">')
    for marker in ('\n<div class="tin-congcu">', '\n</div>\n<div class="in-footer">'):
        if marker in markup:
            return markup[start : markup.index(marker)].rstrip()
    raise AssertionError("no end of the item")


def gold_of(story_id: int) -> dict:
    return next(g for g in portal.GOLD if g["path"].endswith(f"P30_ID:{story_id}"))


# --- gold -----------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for gold in portal.GOLD:
        assert set(gold) >= KEYS, gold["path"]
        assert gold["canonical_path"] == gold["path"]  # no rel=canonical on this platform
        assert gold["published_at"] is None or ISO.match(gold["published_at"])
        for key in ("title", "body", "summary", "source", "category"):
            value = gold[key]
            if value is not None:
                assert value == unicodedata.normalize("NFC", value), (gold["path"], key)
                assert value == value.strip()
        for name in gold["authors"] + gold["photographers"]:
            assert not name.startswith(("ThS.", "Cô ", "Thầy ")), name
            assert name not in ("admin", "BBT")
        if gold["summary"]:
            assert gold["body"].split("\n\n")[0] == gold["summary"]
        for image in gold["images"]:
            assert set(image) == {"path", "caption"}
            assert image["path"].startswith("/ords/")
        assert gold["category"] in ("Hoạt động ngành", "Thông báo", "Giáo dục trung học")
    cats = {g["category"] for g in portal.GOLD}
    assert len(cats) == 3
    assert 4 <= len(portal.NON_ARTICLES) <= 8


def test_gold_decisions_by_hand():
    assert gold_of(1262)["authors"] == gold_of(1262)["photographers"] == ["Lâm Minh Triết"]
    assert gold_of(1258)["source"] == "Báo Cà Mau" and gold_of(1258)["authors"] == []
    assert gold_of(1249)["authors"] == ["Võ Hoàng Phúc"]
    assert gold_of(1251)["photographers"] == ["Trương Ngọc Diễm"]
    assert gold_of(1237)["authors"] == []
    assert gold_of(1259)["authors"] == ["Phòng GDTrH"]
    assert gold_of(1256)["summary"] is None and gold_of(1256)["body"].count("\n\n") == 1
    assert "File đính kèm" not in gold_of(1260)["body"]
    assert "Ngày | Buổi | Nội dung" in gold_of(1260)["body"]
    assert gold_of(1243)["images"][0]["caption"] is None


# --- every gold address answers -------------------------------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit(":", 1)[-1])
def test_gold_and_alt_paths_answer_with_title(server, gold):
    bodies = []
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = readable(body)
        assert gold["title"] in text, target
        assert "<title>Chi tiết tin - Sở GD&amp;ĐT Cà Mau</title>" in body
        bodies.append(readable(item_region(body)))
    assert all(b == bodies[0] for b in bodies), "alt paths must print the same item"
    for paragraph in gold["body"].split("\n\n"):
        if " | " not in paragraph:
            assert paragraph in bodies[0], paragraph
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in bodies[0]
            assert image["caption"] not in gold["body"]


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert 'class="tin-tieude"' not in body
        assert TODAY in body


# --- reachability ---------------------------------------------------------------------------


def _walk(server, start: str, limit: int = 400) -> set[str]:
    seen: set[str] = set()
    queue = deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(urljoin(target, headers["Location"]))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in links(body):
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin("http://fixture.invalid" + target, href)
            parts = urlsplit(absolute)
            if parts.netloc != "fixture.invalid" or "APPLICATION_PROCESS" in absolute:
                continue
            if parts.path.endswith((".jpg", ".png", ".gif", ".css", ".js", ".ico")):
                continue
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return seen


def test_breadth_first_walk_reaches_every_gold_article(server):
    seen = _walk(server, portal.START_PATH)
    for gold in portal.GOLD:
        addresses = {gold["path"], *gold.get("alt_paths", [])}
        assert addresses & seen, gold["path"]
    assert any("pg_min_row=6" in t for t in seen)
    assert "/ords/f?p=110:LOGIN_DESKTOP:0" in seen and "/ords/f?p=110:101:0" in seen


def test_oldest_items_only_past_the_first_row_range(server):
    _, first, _ = fetch(server, "/ords/f?p=110:20:0::NO:RP:P20_CAT:3")
    assert "1 - 5 của 7" in first
    assert "Tiếp ›" in first and "‹ Trước" not in first
    nxt = "f?p=110:20:0::NO::P20_CAT:3&pg_min_row=6&pg_max_rows=5&pg_rows_fetched=5"
    assert nxt in links(first)
    elsewhere = [first, fetch(server, "/ords/f?p=110:1:0")[1]]
    elsewhere += [fetch(server, g["path"])[1] for g in portal.GOLD]
    for old in (1243, 1237):
        for page in elsewhere:
            if f'P30_ID:{old}"' in page and 'class="tin-tieude"' in page:
                # only the article itself names its own id (print link, hidden item)
                assert readable(item_region(page)).startswith(gold_of(old)["title"])
                continue
            assert f'P30_ID:{old}"' not in page
    _, second, _ = fetch(server, "/ords/" + nxt)
    assert "6 - 7 của 7" in second and "‹ Trước" in second and "Tiếp ›" not in second
    assert "f?p=110:30:0::NO::P30_ID:1243" in links(second)
    assert "f?p=110:30:0::NO::P30_ID:1237" in links(second)


# --- traps ----------------------------------------------------------------------------------


def test_root_redirects_to_the_home_page(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/ords/f?p=110:1:0"
    status, body, _ = fetch(server, "/ords/f?p=110:1:0")
    assert status == 200 and "Tin mới" in body and TODAY in body


def test_session_in_links_follows_the_visitor(server):
    status, body, headers = fetch(server, "/ords/f?p=110:1:0")
    assert COOKIE_NAME in headers.get("Set-Cookie", "")
    assert "f?p=110:30:0::NO::P30_ID:1260" in links(body)
    assert portal.SESSION not in body.split("<body", 1)[1].split("<script", 1)[0]
    status, body2, headers2 = fetch_with(
        server, "/ords/f?p=110:1:0", {"Cookie": f"{COOKIE_NAME}=ORA_WWV-abc"}
    )
    assert status == 200 and "Set-Cookie" not in headers2
    assert f"f?p=110:30:{portal.SESSION}::NO::P30_ID:1260" in links(body2)
    assert "f?p=110:30:0::NO::P30_ID:1260" not in links(body2)
    # a real session in the address (no cookie yet) joins the visitor's session too
    _, body3, _ = fetch(server, f"/ords/f?p=110:20:{portal.SESSION}::NO::P20_CAT:5")
    assert f"f?p=110:30:{portal.SESSION}::NO::P30_ID:1259" in links(body3)
    # the editor's pasted session answers the same item
    _, pasted, _ = fetch(server, f"/ords/f?p=110:30:{portal.EDITOR_SESSION}::NO::P30_ID:1249")
    _, plain, _ = fetch(server, "/ords/f?p=110:30:0::NO::P30_ID:1249")
    assert item_region(pasted) == item_region(plain)
    _, stem, _ = fetch(server, "/ords/f?p=110:30:0::NO::P30_ID:1251")
    assert f"/ords/f?p=110:30:{portal.EDITOR_SESSION}::NO::P30_ID:1249" in links(stem)


COOKIE_NAME = portal.COOKIE


def test_friendly_form_serves_the_same_item(server):
    _, home, _ = fetch(server, "/ords/f?p=110:1:0")
    assert "/ords/r/sgddt/portal/chi-tiet?p30_id=1262" in links(home)
    _, fr, _ = fetch(server, f"/ords/r/sgddt/portal/chi-tiet?p30_id=1262&session={portal.SESSION}")
    _, fp, _ = fetch(server, "/ords/f?p=110:30:0::NO::P30_ID:1262")
    assert item_region(fr) == item_region(fp)
    # links on a friendly page are absolute /ords/f?p= addresses
    assert f"/ords/f?p=110:30:{portal.SESSION}::NO::P30_ID:1258" in links(fr)
    status, _, _ = fetch(server, "/ords/r/sgddt/portal/danh-sach?p20_cat=3")
    assert status == 200


def test_printer_friendly_view_is_bare(server):
    _, page, _ = fetch(server, "/ords/f?p=110:30:0::NO::P30_ID:1254")
    printer = "f?p=110:30:0::NO::P30_ID:1254:YES"
    assert printer in links(page)
    assert f"url:'{printer}'" in html.unescape(page)
    status, bare, _ = fetch(server, "/ords/" + printer)
    assert status == 200
    assert item_region(bare) == item_region(page)
    for chrome in ("t-NavigationBar", "t-Breadcrumb", "Tin cùng chuyên mục", "Liên kết website"):
        assert chrome in page and chrome not in bare


def test_ajax_pagers_are_post_only(server):
    _, home, _ = fetch(server, "/ords/f?p=110:1:0")
    js = [h for h in links(home) if "wwv_flow.show" in h]
    assert js and all(h.startswith("javascript:") for h in js)
    _, cat, _ = fetch(server, "/ords/f?p=110:20:0::NO::P20_CAT:3")
    more = [h for h in links(cat) if "wwv_flow.show" in h]
    assert more and all(h.startswith("javascript:sgd.taiThem(") for h in more)
    query = re.search(r"wwv_flow\.show\?([^']+)'", js[0]).group(1)
    assert "p_flow_step_id=1" in query and "p_pg_min_row=6" in query
    status, _, headers = fetch(server, "/ords/wwv_flow.show?" + query)
    assert status == 405 and headers.get("Allow") == "POST"
    status, fragment, _ = fetch_with(server, "/ords/wwv_flow.show", {}, "POST", query.encode())
    assert status == 200 and "<html" not in fragment
    assert "6 - 10 của 13" in fragment
    assert "f?p=110:30:0::NO::P30_ID:1255" in links(fragment)
    query = re.search(r"wwv_flow\.show\?([^']+)'", more[0]).group(1)
    _, fragment, _ = fetch_with(server, "/ords/wwv_flow.show", {}, "POST", query.encode())
    assert "6 - 7 của 7" in fragment
    status, _, _ = fetch(server, "/ords/wwv_flow.accept")
    assert status == 405
    assert "javascript:apex.submit('TIM_KIEM');" in links(home)


def test_login_pages(server):
    for target in ("/ords/f?p=110:LOGIN_DESKTOP:0", "/ords/f?p=110:101:0"):
        status, body, _ = fetch(server, target)
        assert status == 200
        assert 'type="password"' in body and "tin-tieude" not in body
    _, home, _ = fetch(server, "/ords/f?p=110:1:0")
    assert "f?p=110:LOGIN_DESKTOP:0" in links(home) and "f?p=110:101:0" in links(home)


def test_unknown_item_answers_200_without_data(server):
    _, page, _ = fetch(server, "/ords/f?p=110:30:0::NO::P30_ID:1246")
    assert "/ords/f?p=110:30:0::NO::P30_ID:987" in links(page)
    status, body, _ = fetch(server, "/ords/f?p=110:30:0::NO::P30_ID:987")
    assert status == 200
    assert "Không tìm thấy dữ liệu" in body and "ORA-01403: no data found" in body
    assert 'class="u-hidden"' in body and "tin-tieude" not in body
    assert TODAY in body and "t-NavigationBar" in body
    status, _, _ = fetch(server, "/ords/f?p=110:999:0")
    assert status == 404


def test_document_entries_are_records_with_a_pdf(server):
    for doc in portal.DOCS:
        status, body, _ = fetch(server, f"/ords/f?p=110:40:0::NO::P40_ID:{doc.id}")
        assert status == 200
        text = readable(body)
        assert doc.number in text and doc.date in text and doc.summary in text
        pdf = next(h for h in links(body) if "GETFILE" in h)
        status, _, headers = fetch(server, pdf)
        assert status == 200 and headers["Content-Type"] == "application/pdf"
        assert "tin-tieude" not in body


def test_layout_chrome_and_headline_order(server):
    _, page, _ = fetch(server, "/ords/f?p=110:30:0::NO::P30_ID:1240")
    crumb = page.index('<h1 class="t-Breadcrumb-label">Chi tiết tin</h1>')
    region = page.index('<h2 class="t-Region-title" id="R4471830921527365_heading">Chi tiết tin')
    assert crumb < region < page.index('<h1 class="tin-tieude">')
    text = readable(page)
    assert "Trang chủ › Chuyên môn › Giáo dục trung học › Chi tiết tin" in text
    assert "Đang truy cập: 17 | Tổng lượt truy cập: 1.204.377" in text
    assert "Bản quyền © 2018 Sở Giáo dục và Đào tạo tỉnh Cà Mau" in text
    assert "Cập nhật: 25/09/2026 08:30 | Lượt xem:" in text
    assert 'id="pSalt"' in page and 'id="pPageSubmissionId"' in page
    assert "apex.env = {" in page and 'id="P30_ID" name="P30_ID" value="1240"' in page
    assert 'rel="canonical"' not in page
    _, empty, _ = fetch(server, "/ords/f?p=110:20:0::NO:RP:P20_CAT:6")
    assert "Không tìm thấy dữ liệu" in empty


def test_text_forms_of_the_platform(server):
    _, nfd, _ = fetch(server, "/ords/f?p=110:30:0::NO::P30_ID:1237")
    title = gold_of(1237)["title"]
    assert unicodedata.normalize("NFD", title) in nfd and title not in nfd
    _, ent, _ = fetch(server, "/ords/f?p=110:30:0::NO::P30_ID:1262")
    assert "&agrave;" in ent and "Tin, ảnh: L&acirc;m Minh Triết" in ent
    _, mixed, _ = fetch(server, "/ords/f?p=110:30:0::NO::P30_ID:1258")
    assert "&ecirc;n" in mixed and "Nguồn: Báo Cà Mau" in mixed
    for gold in portal.GOLD:
        assert "&" not in gold["body"].replace("GD&ĐT", "")
