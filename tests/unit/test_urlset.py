from crawler.core.urlset import UrlMap, UrlSet


def test_urlset_and_map_behave_like_set_and_dict() -> None:
    urls = UrlSet()
    urls.add("http://x.vn/a")
    assert "http://x.vn/a" in urls and "http://x.vn/b" not in urls and len(urls) == 1
    dates: UrlMap[str] = UrlMap()
    dates["http://x.vn/a"] = "2024-01-05"
    assert dates.get("http://x.vn/a") == "2024-01-05" and dates.get("http://x.vn/b") is None
    assert "http://x.vn/a" in dates and dates["http://x.vn/a"] == "2024-01-05"
