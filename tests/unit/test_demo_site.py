"""Self-check of the bundled demo portal: it serves what its gold says, through a real server.

Not a test of the crawler: it guards the demo's own promises (every gold page and non-article page
answers, listings reach every article, the seed page reads exactly as the real one, the chrome is
on every page, the header date is today and never a publication date).
"""

from __future__ import annotations

import re
import unicodedata
import urllib.request
from datetime import date, datetime
from zoneinfo import ZoneInfo

import lxml.html
import pytest

from crawler.demo import site as demo
from crawler.demo.server import PortalServer, Request

TODAY = date(2026, 11, 25)
SEED_PATH = "/-/view_content/4713-hoi-nghi-trien-khai-chuong-trinh-cong-tac-xay-dung-dang-6-thang-cuoi-nam-2022"

#: the non-blank lines of the seed page's text dump (haugiang-article.txt), from the headline to the
#: permission notice, copied verbatim: the demo page must read exactly like this, in this order
SEED_DUMP = (
    "HỘI NGHỊ TRIỂN KHAI CHƯƠNG TRÌNH CÔNG TÁC XÂY DỰNG ĐẢNG 6 THÁNG CUỐI NĂM 2022\n"
    "Ngày 10-08-2022\n"
    "\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0 Chiều ngày 06 tháng 7 năm 2022, Đảng bộ Trường Chính trị tổ chức Hội nghị triển khai công tác xây dựng Đảng 6 tháng cuối năm 2022.\xa0\xa0\xa0 Đến dự Hội nghị có đồng chí Trần Thanh Liêm - UV.BCH Đảng bộ tỉnh, Phó Trưởng ban, Ban Tổ chức Tỉnh ủy Hậu Giang; đồng chí Huỳnh Văn Phước - Phó Bí thư Thường trực Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh; đồng chí Lê Văn Hóa - UV.BTV, Trưởng Ban, Tuyên giáo Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh. Về phía Đảng bộ Trường, có đồng chí Nguyễn Thị Tuyết Loan - UV.BCH Đảng bộ tỉnh, Bí thư Đảng ủy cùng các đồng chí Ủy viên Ban Thường vụ, Ban Chấp hành và toàn thể đảng viên.\n"
    "(Đồng chí Nguyễn Thị tuyết Loan - UV.BCH Đảng bộ tỉnh, Bí thư Đảng ủy trường phát biểu bế mạc Hội nghị)\n"
    "Đánh giá kết quả hoạt động 6 tháng đầu năm 2022, Đảng ủy Trường Chính trị đã thực hiện đạt và vượt nhiều mục tiêu, nhiệm vụ đề ra; đảm bảo quy định, hướng dẫn, chỉ tiêu của Học viện Chính trị quốc gia Hồ Chí Minh; bám sát chương trình, kế hoạch, nhiệm vụ tỉnh giao; hoàn thành tốt nhiệm vụ chính trị của đơn vị. Từ đó, nâng cao chất lượng công tác Đảng, lãnh đạo hiệu quả nhiệm vụ chuyên môn, mang lại nhiều kết quả thắng lợi vượt bậc so với cùng kỳ. Đặc biệt, Đảng ủy Trường đã lãnh đạo triển khai quán triệt và tuyên truyền, phổ biến kịp thời các văn bản của Đảng, chính sách, pháp luật của Nhà nước, nhất là việc tuyên truyền, triển khai quán triệt kịp thời và thực hiện nghiêm các văn bản của Trung ương, của Tỉnh và Đảng ủy Khối. Đảng ủy, Ban Giám hiệu và Công đoàn Trường đã phối hợp chặt chẽ trong các phong trào thi đua yêu nước. Qua thi đua đã xuất hiện những cá nhân “dám nghĩ, dám nói, dám làm, dám chịu trách nhiệm, dám đổi mới sáng tạo, dám đương đầu với khó khăn, thử thách và quyết liệt trong hành động vì lợi ích chung”.\n"
    "Đảng ủy phối hợp chặt chẽ, hiệu quả với Ban Giám hiệu trong lãnh đạo, chỉ đạo các chi bộ và đảng viên chủ động đổi mới, sáng tạo, gắn việc học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh với nhiệm vụ chuyên môn; từng chi bộ phòng, khoa có quyết tâm cao, cụ thể hóa các nội dung tuyên truyền, giáo dục sát nhiệm vụ chuyên môn nên đã góp phần nâng cao tư tưởng chính trị cho cán bộ, đảng viên, học viên và người lao động, nhiều nội dung chuyên môn đã nâng chất vượt bật so với cùng kỳ năm ngoái, được Học viện Chính trị quốc gia Hồ Chí Minh và Học viện Chính trị khu vực 4 đánh giá cao; phát huy hiệu quả công tác tư tưởng, tuyên giáo trong tuyên truyền, định hướng, động viên và xây dựng khối đoàn kết, thống nhất, sự đồng thuận xã hội trong toàn Đảng bộ, nhiều mô hình tiêu biểu lan tỏa ý nghĩa thực chất “hoa thơm, lấn dần cỏ dại”, như: mô hình: “Lý luận gắn thực tiễn – sinh kế bền vững”; mô hình đảng viên khoa Lý luận cơ sở “Tự lực, tự cường - ngang tầm nhiệm vụ”\n"
    "Tại Hội nghị, Đảng ủy tổng kết và trao giải Cuộc thi viết chính luận bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới lần thứ 2, năm 2022”Hội thi Tìm hiểu Chương trình của Tỉnh ủy về thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020-2025” cho 26 thí sinh đạt thành tích cao qua 02 hội thi.\n"
    "(Đại biểu chụp hình cùng thí sinh đạt giải trong Hội thi)\n"
    "Phát biểu tại Hội nghị, đồng chí Trần Thanh Liêm đánh giá cao những kết quả đạt được trong 6 tháng đầu năm 2022 của Đảng bộ Trường Chính trị, điều đó cho thấy sự quan tâm sâu sát, kịp thời, đổi mới, sáng tạo hiệu quả của Ban Thường vụ, Ban Chấp hành Đảng bộ Trường trong lãnh đạo và chỉ đạo thực hiện nhiệm vụ chính trị. Đặc biệt, thời gian qua, Đảng ủy, Ban Giám hiệu Trường đã tạo được sự đồng thuận, thống nhất của toàn thể đảng viên; làm tốt công tác tham mưu cho Tỉnh ủy cũng như phối hợp tốt với các sở, ban ngành Tỉnh thực hiện tốt công tác đào tạo, bồi dưỡng cán bộ trên địa bàn Tỉnh.\n"
    "Phát biểu chỉ đạo của Đảng ủy Khối, đồng chí Huỳnh Văn Phước khẳng định: Đảng bủy Trường đã tập trung xây dựng sự đồng thuận, đoàn kết của tập thể trong thực hiện nhiệm vụ chính trị của Đảng bộ, nổi bật như sự chủ động, đổi mới trong công tác đào tạo, bồi dưỡng, trong thực hiện nhiệm vụ nghiên cứu khoa học, nhất là thực hiện lộ trình Đề án “Phát triển Trường Chính trị đến năm 2025, tầm nhìn đến năm 2035”; Đảng bộ đã làm tốt công tác xây dựng Đảng, đặc biệt trong công tác giáo dục chính trị, lãnh đạo tư tưởng với nhiều cách làm hay, mô hình hiệu quả, không ngừng nâng cao chất lượng sinh hoạt cấp ủy, chi bộ; công tác kiểm tra, giám sát từng bước đi vào nền nếp và thực chất.\n"
    "Đồng chí Nguyễn Thị Tuyết Loan đã triển khai Chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2022-2023 về “Phát huy nội lực, tận dụng thời cơ, khơi dậy khát vọng xây dựng tỉnh Hậu Giang phát triển nhanh và bền vững”; triển khai Kế hoạch của Đảng ủy Trường Chính trị về học tập, quán triệt và thực hiện Chuyên đề năm 2022 - 2023 gắn với mục tiêu khơi dậy tinh thần trách nhiệm, bản lĩnh, chủ động của toàn thể đảng viên, nắm bắt thời cơ cho khát vọng cống hiến, khát vọng trưởng thành, góp phần thực hiện “Khát vọng xây dựng Trường Chính trị đạt chuẩn mức 1 vào năm 2025” và những năm tiếp theo. Đồng thời, nhấn mạnh yêu cầu, Đảng bộ Trường tiếp tục phát huy những ưu điểm, kết quả đạt được trong thời gian qua, quán triệt, giữ vững phương châm “Trách nhiệm - Chân tình - Hiệu quả” để tập trung lãnh đạo thực hiện 10 nhiệm vụ trọng tâm trong năm 2022, trong đó chú trọng đặc biệt vào các nhiệm vụ có liên quan nhằm thực hiện hiệu quả Nghị quyết của Ban Chấp hành Đảng bộ Trường Chính trị về “Khát vọng xây dựng Trường Chính trị đạt chuẩn mức 1 vào năm 2025”./.\n"
    "Tin: Hoàng Phúc\n"
    "Ảnh: Thanh Tâm\n"
    "Đang online: 5\n"
    "Hôm nay: 437\n"
    "Đã truy cập: 757010\n"
    "Bạn chưa có đủ quyền truy nhập portlet này.\n"
)

CHROME = (
    "Thứ Tư, ngày 25/11/2026",
    "Trang chủ",
    "Giới thiệu",
    "Liên hệ",
    "Đang online: 5",
    "Hôm nay: 437",
    "Đã truy cập: 757010",
    "Bạn chưa có đủ quyền truy nhập portlet này.",
    "Bản quyền thuộc Trường Chính trị tỉnh Hậu Giang",
    "Địa chỉ:",
    "Điện thoại:",
)

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, never a proxy


def collapse(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def fetch(server: PortalServer, target: str) -> tuple[int, str, bytes]:
    with _OPENER.open(server.url(target), timeout=10) as answer:
        return answer.status, answer.headers.get("Content-Type", ""), answer.read()


def page_text(body: bytes) -> str:
    return collapse(lxml.html.fromstring(body.decode("utf-8")).text_content())


@pytest.fixture(scope="module")
def server():
    with PortalServer(demo.build_site(lambda: TODAY), host="127.0.0.1") as running:
        yield running


@pytest.fixture(scope="module")
def pages(server) -> dict[str, bytes]:
    out = {}
    for target in [g["path"] for g in demo.GOLD] + demo.NON_ARTICLES:
        status, ctype, body = fetch(server, target)
        assert status == 200, target
        assert ctype.startswith("text/html"), target
        out[target] = body
    return out


def test_contract() -> None:
    assert demo.NAME == "demo"
    assert demo.PLATFORM == "portlet"
    assert demo.START_PATH == "/"
    assert len(demo.GOLD) >= 14
    assert len({g["path"] for g in demo.GOLD}) == len(demo.GOLD)
    assert not {g["path"] for g in demo.GOLD} & set(demo.NON_ARTICLES)
    assert len({g["category"] for g in demo.GOLD}) >= 2
    keys = {"path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
            "summary", "body", "images", "category"}
    for gold in demo.GOLD:
        assert set(gold) == keys, gold["path"]
        assert re.fullmatch(r"/-/view_content/\d+-[a-z0-9-]+", gold["path"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?", gold["published_at"])
        assert unicodedata.is_normalized("NFC", gold["body"] + gold["title"])
        assert "  " not in gold["body"] and "\xa0" not in gold["body"]
        if gold["summary"] is not None:
            assert gold["body"].split("\n\n")[0] == gold["summary"]
        for img in gold["images"]:
            assert img["caption"] is None or img["caption"] not in gold["body"]


def test_variants_are_covered() -> None:
    by_id = {int(g["path"].split("/")[-1].split("-")[0]): g for g in demo.GOLD}
    seed = by_id[4713]
    assert seed["published_at"] == "2022-08-10"
    assert (seed["authors"], seed["photographers"]) == (["Hoàng Phúc"], ["Thanh Tâm"])
    assert seed["summary"] is None and seed["source"] is None
    assert [i["caption"] for i in seed["images"]] == [
        "Đồng chí Nguyễn Thị tuyết Loan - UV.BCH Đảng bộ tỉnh, Bí thư Đảng ủy trường phát biểu bế mạc Hội nghị",
        "Đại biểu chụp hình cùng thí sinh đạt giải trong Hội thi",
    ]
    golds = list(by_id.values())
    assert any(g["published_at"] == "2024-01-05T14:20:00+07:00" for g in golds)
    assert any(g["authors"] == g["photographers"] == ["Minh Trí"] for g in golds)
    assert any(g["authors"] == ["Lê Hoa"] and g["photographers"] == ["Văn Tài"] for g in golds)
    assert any(g["authors"] == ["Ngọc Hân", "Thanh Tùng"] for g in golds)
    assert any(g["authors"] == ["Phương Thảo"] for g in golds)
    assert any(g["source"] == "Tạp chí Cộng sản" for g in golds)
    assert sum(g["summary"] is not None for g in golds) >= 2
    assert any(i["caption"] is None and "z4123456789012" in i["path"] for g in golds for i in g["images"])
    assert {len(g["images"]) for g in golds} >= {0, 1, 2, 3}


def test_every_page_answers_with_the_chrome(pages) -> None:
    for target, body in pages.items():
        if target.startswith("/c/portal/login"):
            continue
        text = page_text(body)
        for phrase in CHROME:
            assert phrase in text, (target, phrase)


def test_article_pages_match_gold(server, pages) -> None:
    for gold in demo.GOLD:
        body = pages[gold["path"]]
        doc = lxml.html.fromstring(body.decode("utf-8"))
        text = page_text(body)
        assert doc.findtext(".//title") == "Xem chi tiết - Trường Chính Trị Hậu Giang"
        assert gold["title"] in text
        for paragraph in gold["body"].split("\n\n"):
            assert paragraph in text, (gold["path"], paragraph[:60])
        for img in gold["images"]:
            assert doc.xpath(f'//img[@src="{img["path"]}"]'), img["path"]
            if img["caption"]:
                assert img["caption"] in text
        for author in gold["authors"] + gold["photographers"]:
            assert author in text
        crumbs = [collapse(li.text_content()) for li in doc.cssselect("ul.breadcrumb li")]
        assert gold["category"] in " ".join(crumbs), crumbs
        assert doc.xpath('//link[@rel="canonical"]/@href') == [server.url(gold["canonical_path"])]
        assert "Các tin khác" in text and re.search(r"Lượt xem: \d+", text)
        for tool in ("In trang", "Gửi email", "Chia sẻ"):
            assert tool in text
        others = doc.cssselect("div.other-news li a")
        assert len(others) == 5 and gold["path"] not in {a.get("href") for a in others}
        assert TODAY.isoformat() != gold["published_at"][:10]


def test_listings_link_every_article(pages) -> None:
    linked: dict[str, set[str]] = {}
    for target in demo.NON_ARTICLES:
        category = target.split("?")[0].strip("/")
        if target.startswith("/c/") or category in ("", "trang-chu", "gioi-thieu", "lien-he"):
            continue
        doc = lxml.html.fromstring(pages[target].decode("utf-8"))
        hrefs = {a.get("href") for a in doc.cssselect("div.asset-publisher h3.asset-title a")}
        linked.setdefault(category, set()).update(hrefs)
    names = {g["category"] for g in demo.GOLD}
    assert len(linked) == len(names)
    for gold in demo.GOLD:
        assert any(gold["path"] in hrefs for hrefs in linked.values()), gold["path"]


def test_main_category_has_three_pages_with_pager(pages) -> None:
    param = "_101_INSTANCE_Tq8nLx2WbHgk_cur"
    listing = [t for t in demo.NON_ARTICLES if t.startswith("/tin-tuc-su-kien")]
    assert f"/tin-tuc-su-kien?{param}=3" in listing
    doc = lxml.html.fromstring(pages["/tin-tuc-su-kien"].decode("utf-8"))
    links = {collapse(a.text_content()): a.get("href") for a in doc.cssselect("ul.pager a")}
    assert links["2"] == links["Sau »"] == f"/tin-tuc-su-kien?{param}=2"
    assert links["Cuối"] == f"/tin-tuc-su-kien?{param}=3"


def test_seed_page_reads_verbatim(pages) -> None:
    body = pages[SEED_PATH]
    doc = lxml.html.fromstring(body.decode("utf-8"))
    assert doc.findtext(".//title") == "Xem chi tiết - Trường Chính Trị Hậu Giang"
    text = page_text(body)
    position = 0
    for line in SEED_DUMP.splitlines():
        if not line.strip():
            continue
        found = text.find(collapse(line), position)
        assert found >= 0, line[:80]
        position = found
    raw = body.decode("utf-8")
    assert '<div class="portlet-msg-error">Bạn chưa có đủ quyền truy nhập portlet này.</div>' in raw
    assert "2022.&nbsp;&nbsp;&nbsp; Đến dự" in raw
    assert '<p style="text-align: right;"><strong>Tin: Hoàng Phúc</strong></p>' in raw
    captions = [collapse(e.text_content()) for e in doc.cssselect("div.journal-content-article em")]
    assert captions == [
        "(Đồng chí Nguyễn Thị tuyết Loan - UV.BCH Đảng bộ tỉnh, Bí thư Đảng ủy trường phát biểu bế mạc Hội nghị)",
        "(Đại biểu chụp hình cùng thí sinh đạt giải trong Hội thi)",
    ]


def test_images_are_served(server) -> None:
    paths = [i["path"] for g in demo.GOLD for i in g["images"]] + ["/hg-theme/images/logo.png"]
    bodies = set()
    for path in paths:
        status, ctype, body = fetch(server, path)
        assert status == 200
        if path.endswith(".png"):
            assert ctype == "image/png" and body.startswith(b"\x89PNG\r\n\x1a\n")
        else:
            assert ctype == "image/jpeg" and body[:2] == b"\xff\xd8" and body.endswith(b"\xff\xd9")
        bodies.add(body)
    assert len(bodies) == len(paths)


def test_unknown_page_is_404(server) -> None:
    with pytest.raises(urllib.error.HTTPError) as err:
        fetch(server, "/-/view_content/9999-khong-co")
    assert err.value.code == 404


def test_header_date_is_today_in_vietnam() -> None:
    assert demo.vn_today(date(2026, 11, 25)) == "Thứ Tư, ngày 25/11/2026"
    assert demo.vn_today(date(2026, 11, 29)) == "Chủ Nhật, ngày 29/11/2026"
    zone = ZoneInfo("Asia/Ho_Chi_Minh")
    before = datetime.now(zone).date()
    with PortalServer(demo.build_site()) as running:
        _, _, body = fetch(running, "/")
    after = datetime.now(zone).date()
    text = body.decode("utf-8")
    assert demo.vn_today(before) in text or demo.vn_today(after) in text


def test_site_is_deterministic() -> None:
    def render(target: str) -> bytes:
        path, _, query = target.partition("?")
        request = Request("GET", path, query, {"Host": "127.0.0.1:8000"})
        return demo.build_site(lambda: TODAY).respond(request).payload()

    for target in [g["path"] for g in demo.GOLD] + demo.NON_ARTICLES:
        assert render(target) == render(target), target


def test_config_ships() -> None:
    from crawler.portals import load

    config = load("demo")
    assert config.name == demo.NAME
    assert config.start_urls == ("http://127.0.0.1:8000/",)
    assert any(p.search("/-/view_content/4713-x") for p in config.article_patterns)
