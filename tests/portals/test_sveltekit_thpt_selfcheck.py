"""Self-checks of the sveltekit_thpt fixture portal against itself (the crawler is not imported)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import sveltekit_thpt as portal
from tests.portals._selfcheck import fetch

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
HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"', re.I)
SCRIPT = re.compile(r"<script\b.*?</script>", re.S | re.I)
TAG = re.compile(r"<[^>]+>")
INLINE = re.compile(r"</?(?:a|strong|em|b|span)\b[^>]*>", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def visible_text(markup: str) -> str:
    """Page text as a reader sees it: no scripts, tags gone, entities unescaped, NFC."""
    text = TAG.sub(" ", INLINE.sub("", SCRIPT.sub(" ", markup)))
    text = _html.unescape(text).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text))


def h1(markup: str) -> str:
    m = re.search(r"<h1\b[^>]*>(.*?)</h1>", markup, re.S)
    assert m, "no <h1>"
    return visible_text(m.group(1)).strip()


def links(markup: str, page: str) -> list[str]:
    out = []
    for href in HREF.findall(markup):
        absolute = urljoin("http://fixture.invalid" + page, _html.unescape(href))
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


# --- gold ---------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["published_at"] is None or ISO.match(g["published_at"]), g["published_at"]
        assert g["category"] in {"Hoạt động Đoàn", "Học tập", "Thông báo"}
        for key in ("title", "body", "summary", "source", "category"):
            value = g[key]
            if value is not None:
                assert value == unicodedata.normalize("NFC", value), (g["path"], key)
                assert value == value.strip()
        for name in g["authors"] + g["photographers"]:
            assert name == unicodedata.normalize("NFC", name)
            assert not name.startswith(("ThS.", "Cô ", "Thầy ")) and name not in {"admin", "BBT"}
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for image in g["images"]:
            assert set(image) in ({"url", "caption"}, {"path", "caption"})
        assert g["alt_paths"] == [g["path"] + "?/"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_pages_answer_and_print_their_fields(server, gold):
    for target in [gold["path"], *gold["alt_paths"]]:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert headers["Content-Type"].startswith("text/html")
        assert h1(body) == gold["title"]
        assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}"/>' in body
        assert f'<time datetime="{gold["published_at"]}T' in body  # (the day printed; the time only in the attribute)
    _status, body, _ = fetch(server, gold["path"])
    text = visible_text(body)
    for paragraph in gold["body"].split("\n\n"):
        for cell in paragraph.split(" | "):
            assert cell in text, paragraph
    for image in gold["images"]:
        assert _html.escape(image["url"]) in body
        if image["caption"]:
            assert image["caption"] in text
    chip = '<a href="/tin-tuc/danh-muc/'
    assert chip in body and f">{gold['category']}</a></div>" in body


def test_bylines_and_sources_are_printed_where_gold_says(server):
    by_slug = {g["path"].rsplit("/", 1)[1]: g for g in portal.GOLD}
    checks = {
        "ra-quan-huong-ung-ngay-chu-nhat-xanh-lan-thu-iii-nam-2026": "Tin, ảnh: Trần Quốc Huy",
        "chung-ket-hoi-thi-rung-chuong-vang-tim-hieu-ve-an-toan-giao-thong": "Bài: Lê Thị Ngọc Hân - Ảnh: Phạm Gia Bảo",
        "hoc-sinh-truong-dat-giai-nhi-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh": "Nguồn: Báo Vĩnh Long",
        "ngay-hoi-chao-don-tan-hoc-sinh-khoi-10": "Tin và ảnh: Huỳnh Thị Mỹ Tiên, Lâm Gia Hân",
    }
    for slug, line in checks.items():
        _s, body, _ = fetch(server, f"/tin-tuc/{slug}")
        assert line in visible_text(body)
        assert line not in by_slug[slug]["body"]
    _s, body, _ = fetch(
        server, "/tin-tuc/ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-truong-lop-12-nam-hoc-2026-2027"
    )
    assert '<span class="svelte-8hd2k1">ThS. Nguyễn Văn Lộc</span>' in body
    _s, body, _ = fetch(server, "/tin-tuc/dai-hoi-chi-doan-12a1-nhiem-ky-2026-2027")
    assert unicodedata.normalize("NFD", "Đại hội đã bầu") in body  # pasted decomposed
    assert "z6012345678901_" in body
    _s, body, _ = fetch(
        server, "/tin-tuc/tuyen-duong-27-hoc-sinh-dat-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh"
    )
    assert "&#" in body.split('class="prose')[1].split("</div>")[0]
    _s, body, _ = fetch(server, "/tin-tuc/thong-bao-ve-viec-thu-hoc-phi-hoc-ky-i-nam-hoc-2026-2027")
    assert "File đính kèm:" in body


# --- reachability -------------------------------------------------------------------------


def crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or len(seen) > 400:
            continue
        status, body, headers = fetch(server, target)
        if status in (301, 302, 307, 308):
            queue.append(headers["Location"])
            seen[target] = ""
            continue
        seen[target] = body if status == 200 else ""
        if status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            queue.extend(t.split("#")[0] for t in links(body, urlsplit(target).path))
    return seen


def test_breadth_first_walk_reaches_every_gold_article(server):
    seen = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert not any("__data.json" in t for t in seen)


def test_feed_pages_and_where_each_post_is_listed(server):
    _s, first, _ = fetch(server, "/tin-tuc")
    _s, first_again, _ = fetch(server, "/tin-tuc?trang=1")
    assert first == first_again  # the pager's page 1 is the feed itself
    assert 'href="/tin-tuc?trang=1"' in first and 'href="/tin-tuc?trang=2"' in first
    status, second, _ = fetch(server, "/tin-tuc?trang=2")
    assert status == 200
    assert fetch(server, "/tin-tuc?trang=3")[0] == 404
    assert first.count('class="card ') == 9 and second.count('class="card ') == 1
    late = "/tin-tuc/ngay-hoi-chao-don-tan-hoc-sinh-khoi-10"
    assert late in second and late not in first
    assert late not in fetch(server, "/")[1]
    old = "/tin-tuc/tuyen-duong-27-hoc-sinh-dat-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh"
    lists = ["/", "/tin-tuc", "/tin-tuc?trang=2"] + [
        f"/tin-tuc/danh-muc/{c}" for c in portal.CATEGORIES
    ]
    for target in lists:
        assert old not in fetch(server, target)[1], target
    assert old in fetch(server, "/tin-tuc/le-khai-giang-nam-hoc-2026-2027")[1]  # related card
    notice = "/tin-tuc/thong-bao-lich-nghi-ngay-nha-giao-viet-nam-20-11-2026"
    assert notice not in first.split("<aside")[0]
    assert notice in fetch(server, "/tin-tuc/danh-muc/thong-bao")[1].split("<aside")[0]


def test_old_numeric_route_is_a_308_to_the_slug(server):
    status, _body, headers = fetch(server, "/bai-viet/214")
    assert status == 308 and headers["Location"] == "/tin-tuc/le-khai-giang-nam-hoc-2026-2027"
    status, _body, headers = fetch(server, "/bai-viet/198")
    assert status == 308 and headers["Location"].endswith(
        "/tuyen-duong-27-hoc-sinh-dat-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh"
    )
    assert fetch(server, "/bai-viet/999")[0] == 404
    _s, body, _ = fetch(server, "/tin-tuc/khao-sat-chat-luong-dau-nam-hoc-2026-2027-khoi-10")
    assert '<a href="/bai-viet/214">xem bài</a>' in body
    status, _b, headers = fetch(server, "/tin-tuc/")
    assert status == 308 and headers["Location"] == "/tin-tuc"


def test_form_action_twin_is_the_same_page(server):
    path = "/tin-tuc/le-khai-giang-nam-hoc-2026-2027"
    _s, body, _ = fetch(server, path)
    _s, twin, _ = fetch(server, path + "?/")
    assert body == twin
    assert 'href="?/"' in body and 'action="?/"' in body


def test_data_endpoint_is_named_only_in_the_hydration_script(server):
    path = "/tin-tuc/le-khai-giang-nam-hoc-2026-2027"
    _s, body, _ = fetch(server, path)
    scripts = "".join(SCRIPT.findall(body))
    outside = SCRIPT.sub("", body)
    assert f"{path}/__data.json" in scripts and "__data.json" not in outside
    status, data, headers = fetch(server, f"{path}/__data.json")
    assert status == 200 and headers["Content-Type"] == "application/json"
    post = json.loads(data)["nodes"][1]["data"]["bai_viet"]
    assert post["tieu_de"] == h1(body) and post["slug"] == path.rsplit("/", 1)[1]
    # the hydration JSON repeats the whole post, markup and all (escaped "<")
    assert "Chỉ tiêu trọng tâm năm học mới" in scripts and "\\u003ch2>" in scripts


def test_markup_has_only_scope_and_utility_classes(server):
    _s, body, _ = fetch(
        server, "/tin-tuc/hoi-trai-tuoi-tre-tri-an-thay-co-chao-mung-ngay-nha-giao-viet-nam-20-11"
    )
    main = body.split("<main", 1)[1].split("</main>")[0]
    prose = re.search(r'<div class="prose.*?<!----></div>', main, re.S).group(0)
    outside = main.replace(prose, "")
    for tag in re.findall(r"<(?!/|!|path )[^>]+>", outside):
        m = re.search(r'class="([^"]*)"', tag)
        assert m and re.search(r"\bsvelte-[0-9a-z]{6,7}\b", m.group(1)), tag
    assert 'class="svelte-1x9k2ab' not in prose and "svelte-" not in prose.split(">", 1)[1]


def test_share_links_are_icons_only(server):
    _s, body, _ = fetch(
        server, "/tin-tuc/ra-quan-huong-ung-ngay-chu-nhat-xanh-lan-thu-iii-nam-2026"
    )
    for label in ("Chia sẻ Facebook", "Chia sẻ Zalo"):
        anchor = re.search(rf'<a [^>]*aria-label="{label}"[^>]*>(.*?)</a>', body, re.S).group(1)
        assert visible_text(anchor).strip() == ""


def test_search_login_and_static_pages(server):
    status, body, _ = fetch(server, "/tim-kiem?q=%C4%90o%C3%A0n%20thanh%20ni%C3%AAn")
    assert status == 200 and body.count('class="card ') >= 3
    assert "<time" not in body.split("<main")[1]
    status, body, _ = fetch(server, "/dang-nhap")
    assert status == 200 and 'type="password"' in body
    for target in ("/gioi-thieu", "/lien-he", "/doi-ngu"):
        status, body, _ = fetch(server, target)
        assert status == 200 and "<time" not in body and 'rel="canonical"' not in body
    _s, staff, _ = fetch(server, "/doi-ngu")
    assert staff.count('class="card ') == len(portal.STAFF)
    assert fetch(server, "/khong-co-trang-nay")[0] == 404
    assert fetch(server, "/tin-tuc/khong-co-bai-nay")[0] == 404


def test_every_page_prints_todays_header_and_boilerplate(server):
    for target in ["/", "/tin-tuc", portal.GOLD[0]["path"], "/gioi-thieu"]:
        _s, body, _ = fetch(server, target)
        text = visible_text(body)
        assert portal.TODAY in text
        for phrase in ("Tin mới", "Liên kết website", "Đang online", "Bản quyền thuộc"):
            assert phrase in text
