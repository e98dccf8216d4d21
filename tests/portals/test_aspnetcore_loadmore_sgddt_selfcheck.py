"""Self-checks of the ASP.NET Core load-more fixture (Sở GD&ĐT Bình Định) against itself."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnetcore_loadmore_sgddt as portal
from tests.portals._common import collapse
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".mp4")
OLD = [g for g in portal.GOLD if g["published_at"] < "2026-11-01"]


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(markup: str) -> str:
    """The text a reader sees, whitespace collapsed."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def links(server: PortalServer, body: str, data_url: bool) -> list[str]:
    pattern = r'(?:href="|<loc>' + (r'|data-url="' if data_url else "") + r')([^"<\s]+)'
    out = []
    for href in re.findall(pattern, body):
        href = _html.unescape(href)
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], data_url: bool, limit: int = 400) -> set[str]:
    """BFS over hrefs (and sitemap locs); with ``data_url`` also what site.js does: fetch the
    button's URL and keep asking for skip+take until an empty fragment comes back."""
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        found = links(server, body, data_url)
        if data_url and "/tai-them?" in target and body.strip():
            skip = int(re.search(r"skip=(\d+)", target).group(1))
            take = int(re.search(r"take=(\d+)", target).group(1))
            found.append(re.sub(r"skip=\d+", f"skip={skip + take}", target))
        for href in found:
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        assert 1 <= len(g["body"].split("\n\n")) <= 16
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n") or g["body"] == g["summary"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/uploads/tin-tuc/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("BBT", "admin") and " - " not in name and not name.startswith("ThS")
        assert len(g["alt_paths"]) == 3
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert len(OLD) == 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="ep-detail__title">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert portal.TODAY_LINE in body
    article = body.split('<article class="ep-detail"', 1)[1].split("</article>", 1)[0]
    content = article.split('<div class="ep-detail__content">', 1)[1].split('<div class="ep-detail__tools', 1)[0]
    text = shown(article)
    for para in gold["body"].split("\n\n"):
        assert para in text or " ".join(para.split(" | ")) in text, para
    if gold["summary"]:
        assert f'<div class="ep-detail__sapo">{_html.escape(gold["summary"], quote=False)}</div>' in article
    else:
        assert "ep-detail__sapo" not in article
    y, m, d = gold["published_at"][:10].split("-")
    hm = gold["published_at"][11:16]
    date = shown(article.split('class="ep-detail__date">', 1)[1].split("</span>", 1)[0])
    assert date in (f"Ngày đăng: {d}/{m}/{y} {hm}",) or re.fullmatch(
        rf"Thứ \w+, {d}/{m}/{y}, {hm} \(GMT\+7\)", date
    ), date
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in content
        if img["caption"]:
            cap = _html.escape(img["caption"], quote=False)
            assert f"{cap}</figcaption>" in content or f"<em>{cap}</em></p>" in content
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    assert len(re.findall(r"<img ", content)) == len(gold["images"])
    assert f">{_html.escape(gold['category'])}</a></li></ol>" in body
    assert "In bài" in body and "Gửi email" in body and "Chia sẻ" in body
    for name in gold["authors"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in shown(content)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alternative_urls_serve_the_same_article(server, gold):
    _, clean, _ = fetch(server, gold["path"])
    article = clean.split('<article class="ep-detail"', 1)[1].split("</article>", 1)[0]
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert article in body
        has_canonical = f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in body
        assert has_canonical == ("chi-tiet" not in alt)
    assert fetch(server, gold["path"] + "?returnUrl=%2Fkhong-co")[0] == 404
    assert fetch(server, gold["path"] + "?utm_source=zalo")[0] == 404


def test_non_articles_answer_in_the_detail_look(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Tin liên quan" not in body and "Gửi email" not in body, path
    looks = [p for p in portal.NON_ARTICLES if not p.startswith(("/chuyen-muc", "/tin-tuc"))]
    for path in looks:
        body = fetch(server, path)[1]
        assert 'class="ep-detail__title"' in body and 'class="ep-detail__date"' in body, path
    body = fetch(server, "/thu-tuc-hanh-chinh/cap-ban-sao-van-bang-chung-chi-tu-so-goc-1203")[1]
    for label in ("Mã thủ tục", "Lĩnh vực", "Cơ quan thực hiện", "Trình tự thực hiện"):
        assert f"<th>{label}</th>" in body
    body = fetch(server, "/van-ban/2145-sgddt-gdtrh")[1]
    for label in ("Số hiệu", "Ngày ban hành", "Trích yếu"):
        assert f"<th>{label}</th>" in body
    assert 'href="/uploads/van-ban/2145-sgddt-gdtrh.pdf"' in body
    status, _, headers = fetch(server, "/uploads/van-ban/2145-sgddt-gdtrh.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    body = fetch(server, "/hoi-dap/hoc-sinh-tam-dung-hoc-co-duoc-bao-luu-ket-qua-khong-441")[1]
    assert "Người hỏi:" in body and "Trả lời" in body


def test_work_calendar_weeks(server):
    body = fetch(server, "/lich-cong-tac?tuan=49&nam=2026")[1]
    assert "Lịch công tác tuần 49 (từ ngày 30/11/2026 đến ngày 05/12/2026)" in body
    assert 'href="/lich-cong-tac?tuan=48&amp;nam=2026">« Tuần trước' in body
    assert 'href="/lich-cong-tac?tuan=50&amp;nam=2026">Tuần sau' in body
    assert body.count("<tr><td><strong>Thứ") == 6
    first = fetch(server, "/lich-cong-tac?tuan=45&nam=2026")[1]
    assert "tuan=44" not in first and "disabled\">« Tuần trước" in first
    assert fetch(server, "/lich-cong-tac?tuan=44&nam=2026")[0] == 404
    assert fetch(server, "/lich-cong-tac?tuan=51&nam=2026")[0] == 404


def test_listing_shows_six_and_a_load_more_button(server):
    body = fetch(server, "/chuyen-muc/tin-giao-duc")[1]
    assert body.count('class="card ep-card') == 6
    assert 'data-url="/chuyen-muc/tin-giao-duc/tai-them?skip=6&amp;take=6"' in body
    assert "?page=" not in body and "trang=" not in body
    for g in OLD:
        assert g["path"] not in body
    frag = fetch(server, "/chuyen-muc/tin-giao-duc/tai-them?skip=6&take=6")
    assert frag[0] == 200 and "<html" not in frag[1] and "<body" not in frag[1]
    assert frag[1].count('class="card ep-card') == 2
    for g in OLD:
        assert f'href="{g["path"]}?returnUrl=%2Fchuyen-muc%2Ftin-giao-duc"' in frag[1]
    status, past_end, _ = fetch(server, "/chuyen-muc/tin-giao-duc/tai-them?skip=12&take=6")
    assert status == 200 and past_end.strip() == ""
    # small categories: no button at all
    body = fetch(server, "/chuyen-muc/thong-bao")[1]
    assert "data-url=" not in body and body.count('class="card ep-card') == 2


def test_all_news_load_more_reaches_old_posts_on_skip_12_only(server):
    body = fetch(server, "/tin-tuc")[1]
    assert 'data-url="/tin-tuc/tai-them?skip=6&amp;take=6"' in body
    first = fetch(server, "/tin-tuc/tai-them?skip=6&take=6")[1]
    assert first.count('class="card ep-card') == 6
    second = fetch(server, "/tin-tuc/tai-them?skip=12&take=6")[1]
    assert second.count('class="card ep-card') == 2
    for g in OLD:
        assert g["path"] not in first and f'href="{g["path"]}?returnUrl=%2Ftin-tuc"' in second
    assert "skip=12" not in body + first + second
    assert fetch(server, "/tin-tuc/tai-them?skip=18&take=6")[1].strip() == ""
    assert fetch(server, "/tin-tuc/tai-them?skip=x&take=6")[0] == 400


def test_old_posts_only_through_the_fragments(server):
    hrefs_only = walk(server, [portal.START_PATH, "/sitemap.xml"], data_url=False)
    plain = {urlsplit(h).path for h in hrefs_only}
    for g in portal.GOLD:
        if g in OLD:
            assert g["path"] not in plain, g["path"]
            assert f"/tin-tuc/chi-tiet?id={g['path'].rsplit('-', 1)[1]}" not in hrefs_only
        else:
            assert g["path"] in plain, g["path"]
    full = walk(server, [portal.START_PATH], data_url=True)
    reached = {urlsplit(h).path for h in full}
    for g in portal.GOLD:
        assert g["path"] in reached, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in full, path


def test_robots_and_sitemap(server):
    _, robots, _ = fetch(server, "/robots.txt")
    assert f"Sitemap: {server.base_url}/sitemap.xml" in robots
    status, body, _ = fetch(server, "/sitemap.xml")
    assert status == 200
    locs = [loc[len(server.base_url) :] for loc in re.findall(r"<loc>([^<]+)</loc>", body)]
    for g in portal.GOLD:
        assert (g["path"] in locs) == (g not in OLD), g["path"]


def test_video_posts_have_one_sentence_and_no_image(server):
    videos = [g for g in portal.GOLD if g["category"] == "Bản tin video"]
    assert len(videos) == 2
    kinds = set()
    for g in videos:
        assert "\n\n" not in g["body"] and g["images"] == []
        body = fetch(server, g["path"])[1]
        kinds.add("iframe" if "youtube.com/embed/" in body else "video")
        if "<video" in body:
            assert 'poster="/uploads/video/' in body
    assert kinds == {"iframe", "video"}


def test_bylines_and_dates_vary(server):
    bodies = {g["path"]: fetch(server, g["path"])[1] for g in portal.GOLD}
    assert any("Tác giả: BBT" in b for b in bodies.values())
    assert any("Tác giả: ThS. Phạm Thị Ngọc Lan" in b for b in bodies.values())
    assert any("<strong>Nguyễn Văn An - Phòng GDTrH</strong>" in b for b in bodies.values())
    assert any("Tin, ảnh: Lê Thị Mỹ Duyên" in b for b in bodies.values())
    assert any("Ngày đăng: 18/11/2026 08:30" in b for b in bodies.values())
    assert any("Thứ Tư, 28/10/2026, 08:15 (GMT+7)" in b for b in bodies.values())
    tables = [g for g in portal.GOLD if g["category"] == "Tuyển dụng"]
    for g in tables:
        assert "<table" in bodies[g["path"]] and " | " in g["body"]


def test_chrome(server):
    body = fetch(server, "/")[1]
    for piece in (
        "Thứ Sáu, 04/12/2026",
        'action="/tim-kiem"',
        "ep-megamenu",
        "Tin nổi bật",
        "Văn bản mới",
        "Liên kết",
        "Đang online",
        "Tổng truy cập",
        "Chịu trách nhiệm chính:",
        "08 Trần Phú",
    ):
        assert piece in body, piece
    assert "/tin-tuc/chi-tiet?id=" in body


def test_unknown_pages_are_404(server):
    assert fetch(server, "/tin-tuc/khong-co-bai-nay-9999")[0] == 404
    g = portal.GOLD[0]
    assert fetch(server, g["path"].replace("so-ket", "tong-ket"))[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co")[0] == 404
    assert fetch(server, "/tin-tuc/chi-tiet?id=1")[0] == 404
    assert fetch(server, "/van-ban/khong-co")[0] == 404
