"""A folder's index file is the folder: "/bai-viet/index.html" whose canonical is "/bai-viet/" is
the page asked for, read as the article it is, not skipped as a copy of a page already asked for
(the two share one request key; publii_mamnon's post linked only as ".../index.html")."""

from __future__ import annotations

from pathlib import Path

from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.items import ArticleItem
from crawler.navigation.families import request_key
from crawler.spiders.portal import PortalSpider

_TEXT = (
    "<p>Sáng 02/12/2026, nhà trường phối hợp với Trạm Y tế phường tổ chức cân đo, khám sức khỏe định kỳ đợt 1 "
    "cho 312 trẻ, theo dõi tình trạng dinh dưỡng và phát triển thể chất của các bé.</p>"
    "<p>Kết quả cho thấy 96,8% trẻ phát triển bình thường về cân nặng và chiều cao; nhà trường đã trao đổi "
    "với phụ huynh các trẻ cần theo dõi thêm để cùng điều chỉnh chế độ ăn uống, vận động.</p>"
)


def test_an_index_file_whose_canonical_is_its_folder_is_read(tmp_path: Path) -> None:
    crawler = get_crawler(PortalSpider, {"PORTAL_STATE_DIR": str(tmp_path)})
    spider = PortalSpider.from_crawler(crawler, start_url="http://127.0.0.1:9/")
    crawler.spider = spider
    url = "http://127.0.0.1:9/ket-qua-kham-suc-khoe/index.html"
    key = request_key(url)
    assert key == "http://127.0.0.1:9/ket-qua-kham-suc-khoe/"
    spider.requested.add(key)
    body = (
        '<html><head><meta charset="utf-8"><title>Kết quả cân đo sức khỏe cho trẻ đợt 1</title>'
        '<link rel="canonical" href="http://127.0.0.1:9/ket-qua-kham-suc-khoe/"></head><body><a href="/">Trang chủ</a>'
        f'<article><h1>Kết quả cân đo, khám sức khỏe cho trẻ đợt 1</h1><p class="meta">03/12/2026</p>{_TEXT}</article></body></html>'
    ).encode()
    response = HtmlResponse(url, body=body, encoding="utf-8", request=Request(url, meta={"request_key": key}))
    items = [o for o in spider.parse_page(response) if isinstance(o, ArticleItem)]
    assert [i["canonical_url"] for i in items] == ["http://127.0.0.1:9/ket-qua-kham-suc-khoe/"]
    assert not crawler.stats.get_value("portal/variants/skipped")
