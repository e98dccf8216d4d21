"""React 18 streaming (Next.js App Router): the article comes in a hidden box at the end of the
body and a script moves it over a "loading" placeholder; the extractor makes the move itself."""

from __future__ import annotations

from crawler.extract import extract_article
from crawler.extract.document import parse

_TEXT = (
    "<p>Sáng 04/11, Sở GD&amp;ĐT tổ chức tập huấn công tác kiểm định chất lượng giáo dục cho 120 cán bộ quản lý các trường học trên địa bàn tỉnh.</p>"
    "<p>Tại lớp tập huấn, các học viên được hướng dẫn quy trình tự đánh giá, đánh giá ngoài và cách xây dựng kế hoạch cải tiến chất lượng.</p>"
)


def _page(fallback: str = '<div class="sk"><p>Đang tải nội dung...</p></div>') -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>Tập huấn kiểm định | Sở GD&amp;ĐT</title></head><body>'
        '<header><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></header>'
        f'<main><div class="c8"><!--$?--><template id="B:0"></template>{fallback}<!--/$--></div>'
        '<aside><h2>Tin mới nhất</h2><ul><li><a href="/a">Một tin khác của Sở</a></li><li><a href="/b">Tin thứ hai</a></li></ul></aside></main>'
        "<footer>© Sở Giáo dục và Đào tạo</footer>"
        '<div hidden id="S:0"><article><h1>Tập huấn công tác kiểm định chất lượng giáo dục năm 2026</h1>'
        f'<div class="meta">04/11/2026 08:30</div><div class="nd">{_TEXT}</div></article></div>'
        '<script>$RC("B:0","S:0")</script></body></html>'
    ).encode()


def test_the_streamed_article_takes_the_placeholders_place() -> None:
    tree = parse(_page(), "http://h/tin-tuc/tap-huan-1264").tree
    box = tree.xpath("//div[@class='c8']")[0]
    assert box.xpath(".//h1") and not box.xpath(".//*[@class='sk']") and not tree.xpath("//*[@id='S:0']")


def test_a_streamed_article_is_read_whole() -> None:
    record = extract_article(_page(), "http://h/tin-tuc/tap-huan-1264")
    assert record["title"] == "Tập huấn công tác kiểm định chất lượng giáo dục năm 2026"
    assert record["body"].startswith("Sáng 04/11") and "Đang tải" not in record["body"]
    assert record["published_at"] == "2026-11-04T08:30:00+07:00"
