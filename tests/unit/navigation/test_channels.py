"""Discovery channels (crawler/navigation/channels.py): robots.txt sitemap lines, XML sitemaps,
RSS/Atom feeds and platform guesses. Pure functions over bytes: nothing here touches the network."""

from __future__ import annotations

import gzip
import socket

import lxml.html
import pytest

from crawler.navigation import channels
from crawler.navigation.channels import (
    Candidate,
    feed_links,
    guesses,
    platform_of,
    read_feed,
    read_sitemap,
    sitemaps_in_robots,
    sniff,
    unpack,
)

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def _urlset(*entries: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {NS}>{"".join(entries)}</urlset>'.encode()
    )


def _url(loc: str, lastmod: str | None = None) -> str:
    mod = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
    return f"<url><loc>{loc}</loc>{mod}</url>"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test (feedparser can fetch URLs it is given)."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a channel function tried to open a network connection")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


# --- robots.txt -------------------------------------------------------------------------------


def test_robots_sitemap_lines_are_absolute_case_insensitive_and_deduplicated() -> None:
    body = (
        b"# robots for a school portal\n"
        b"User-agent: *\n"
        b"Disallow: /admin/\n"
        b"Sitemap: /sitemap.xml\n"
        b"sitemap: https://thcs.example.edu.vn/news-sitemap.xml\n"
        b"SITEMAP: /sitemap.xml\n"
    )
    found = sitemaps_in_robots(body, "https://thcs.example.edu.vn/robots.txt")
    assert found == [
        "https://thcs.example.edu.vn/sitemap.xml",
        "https://thcs.example.edu.vn/news-sitemap.xml",
    ]


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"User-agent: *\nDisallow:\n",
        b"<html><body>404 Not Found</body></html>",
        b"User-agent: *\nCrawl-delay: 10\n# Sitemap: /commented-out.xml\n",
    ],
)
def test_robots_without_sitemap_lines_names_none(body: bytes) -> None:
    assert sitemaps_in_robots(body, "http://truong.example.vn/robots.txt") == []


def test_robots_sitemap_on_another_path_of_a_multi_school_host() -> None:
    body = b"User-agent: *\r\nSitemap: thcs-nguyen-du/sitemap.xml\r\n"
    assert sitemaps_in_robots(body, "https://edu.example.vn/robots.txt") == [
        "https://edu.example.vn/thcs-nguyen-du/sitemap.xml"
    ]


# --- sitemaps ---------------------------------------------------------------------------------


def test_urlset_gives_pages_newest_first_with_lastmod() -> None:
    body = _urlset(
        _url("https://x.edu.vn/tin-tuc/hoi-nghi-12.html", "2024-03-01"),
        _url("https://x.edu.vn/tin-tuc/khai-giang-13.html", "2024-09-05T08:30:00+07:00"),
        _url("/tin-tuc/so-ket-14.html"),
    )
    children, pages = read_sitemap(body, "https://x.edu.vn/sitemap.xml")
    assert children == []
    assert [p.url for p in pages] == [
        "https://x.edu.vn/tin-tuc/khai-giang-13.html",
        "https://x.edu.vn/tin-tuc/hoi-nghi-12.html",
        "https://x.edu.vn/tin-tuc/so-ket-14.html",  # relative <loc> made absolute, undated last
    ]
    assert [p.lastmod for p in pages] == ["2024-09-05T08:30:00+07:00", "2024-03-01", None]
    assert all(p.channel == "sitemap" and p.date is None for p in pages)


def test_sitemap_lastmod_in_utc_is_read_in_vietnam_time() -> None:
    _, pages = read_sitemap(
        _urlset(_url("https://x.vn/a-1.html", "2024-01-31T20:00:00Z")), "https://x.vn/s.xml"
    )
    assert pages[0].lastmod is not None
    assert pages[0].lastmod.startswith("2024-02-01")


def test_sitemap_drops_locations_that_are_not_web_pages() -> None:
    body = _urlset(
        _url("mailto:hieutruong@x.vn"),
        _url("javascript:void(0)"),
        _url("https://x.vn/tin/a-1.html"),
    )
    _, pages = read_sitemap(body, "https://x.vn/sitemap.xml")
    assert [p.url for p in pages] == ["https://x.vn/tin/a-1.html"]


def test_sitemap_without_namespace_or_with_bom_is_still_read() -> None:
    bare = b"<urlset><url><loc>https://x.vn/a-1.html</loc><lastmod>2024-01-02 10:00</lastmod></url></urlset>"
    bom = b"\xef\xbb\xbf" + _urlset(_url("https://x.vn/b-2.html"))
    assert [p.url for p in read_sitemap(bare, "https://x.vn/s.xml")[1]] == ["https://x.vn/a-1.html"]
    assert [p.url for p in read_sitemap(bom, "https://x.vn/s.xml")[1]] == ["https://x.vn/b-2.html"]


def test_news_sitemap_entries_are_candidates() -> None:
    body = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://x.vn/a-1.html</loc>'
        b"<news:news><news:publication_date>2024-02-03T10:00:00+07:00</news:publication_date>"
        b"<news:title>Hoi nghi</news:title></news:news></url></urlset>"
    )
    _, pages = read_sitemap(body, "https://x.vn/news-sitemap.xml")
    assert [p.url for p in pages] == ["https://x.vn/a-1.html"]


def test_sitemap_index_lists_children_posts_first_taxonomies_last_once_each() -> None:
    body = (
        f'<?xml version="1.0"?><sitemapindex {NS}>'
        "<sitemap><loc>https://x.vn/page-sitemap.xml</loc></sitemap>"
        "<sitemap><loc>https://x.vn/category-sitemap.xml</loc></sitemap>"
        "<sitemap><loc>https://x.vn/post-sitemap.xml</loc><lastmod>2024-05-01</lastmod></sitemap>"
        "<sitemap><loc>https://x.vn/post-sitemap.xml</loc></sitemap>"
        "<sitemap><loc>https://x.vn/misc.xml</loc></sitemap>"
        "<sitemap><loc>/sitemap-tin-tuc-2.xml</loc></sitemap>"
        "</sitemapindex>"
    ).encode()
    children, pages = read_sitemap(body, "https://x.vn/sitemap_index.xml")
    assert pages == []
    assert len(children) == len(set(children)) == 5
    assert set(children[:2]) == {
        "https://x.vn/post-sitemap.xml",
        "https://x.vn/sitemap-tin-tuc-2.xml",
    }
    assert children[2] == "https://x.vn/misc.xml"
    assert set(children[3:]) == {
        "https://x.vn/page-sitemap.xml",
        "https://x.vn/category-sitemap.xml",
    }


def test_nested_index_children_are_only_proposed_never_read() -> None:
    """An index names its children; reading them is the crawl's business (bounded there)."""
    inner = f"<sitemapindex {NS}><sitemap><loc>https://x.vn/wp-sitemap-posts-post-1.xml</loc></sitemap></sitemapindex>"
    children, pages = read_sitemap(inner.encode(), "https://x.vn/wp-sitemap.xml")
    assert children == ["https://x.vn/wp-sitemap-posts-post-1.xml"]
    assert pages == []


def test_gzip_sitemap_is_read_whatever_its_url_says() -> None:
    body = _urlset(
        _url("https://x.vn/tin/a-1.html", "2023-12-01"),
        _url("https://x.vn/tin/b-2.html", "2024-01-01"),
    )
    plain = read_sitemap(body, "https://x.vn/sitemap.xml")
    for url in ("https://x.vn/sitemap.xml.gz", "https://x.vn/index.php?nv=SitemapIndex"):
        assert read_sitemap(gzip.compress(body), url) == plain
    assert [p.url for p in plain[1]] == ["https://x.vn/tin/b-2.html", "https://x.vn/tin/a-1.html"]


@pytest.mark.parametrize(
    "body",
    [
        b"<!DOCTYPE html><html><head><title>Trang ch\xe1\xbb\xa7</title></head><body><a href='/a'>a</a></body></html>",
        b"",
        b"   ",
        b"<?xml version='1.0'?><error>Not found</error>",
        b"\x00\x01\x02binary junk",
    ],
    ids=["html-soft-404", "empty", "blank", "other-xml", "binary"],
)
def test_a_body_that_is_not_a_sitemap_gives_nothing(body: bytes) -> None:
    assert read_sitemap(body, "https://x.vn/sitemap.xml") == ([], [])


def test_sitemap_with_empty_root_gives_nothing() -> None:
    assert read_sitemap(_urlset(), "https://x.vn/sitemap.xml") == ([], [])


def test_broken_xml_keeps_the_complete_entries() -> None:
    body = _urlset(_url("https://x.vn/tin/a-1.html"), _url("https://x.vn/tin/b-2.html")).replace(
        b"</urlset>", b"<url><loc>"
    )
    _, pages = read_sitemap(body, "https://x.vn/sitemap.xml")
    assert {"https://x.vn/tin/a-1.html", "https://x.vn/tin/b-2.html"} <= {p.url for p in pages}


def test_a_truncated_sitemap_does_not_propose_a_half_written_url() -> None:
    entries = [_url(f"https://x.vn/tin-tuc/bai-viet-so-{i}.html") for i in range(300)]
    gz = gzip.compress(_urlset(*entries), mtime=0)
    _, pages = read_sitemap(gz[: len(gz) // 2], "https://x.vn/sitemap.xml.gz")
    assert pages, "the complete entries before the cut are still candidates"
    assert all(p.url.endswith(".html") for p in pages), [
        p.url for p in pages if not p.url.endswith(".html")
    ]


def test_a_gzip_sitemap_cut_short_gives_nothing_instead_of_raising() -> None:
    gz = gzip.compress(_urlset(_url("https://x.vn/tin/a-1.html")))
    assert read_sitemap(gz[:20], "https://x.vn/sitemap.xml.gz") == ([], [])


def test_unpack_bounds_a_plain_body() -> None:
    body = b"<urlset>" + b" " * 5000
    assert len(unpack(body, max_size=1000)) == 1000
    assert unpack(body) == body


def test_unpack_never_returns_more_than_the_bound_for_gzip() -> None:
    bomb = gzip.compress(b"<urlset>" + b" " * 200_000)
    try:
        out = unpack(bomb, max_size=10_000)
    except Exception:  # refused outright: bounded too
        return
    assert len(out) <= 10_000


def test_the_sitemap_bound_is_the_protocol_limit() -> None:
    assert channels.MAX_SITEMAP_BYTES == 50 * 1024 * 1024


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\n  <?xml version='1.0'?><urlset xmlns='x'>", "sitemap"),
        (b"<?xml version='1.0'?><ns0:sitemapindex xmlns:ns0='x'>", "sitemap"),
        (b"<?xml version='1.0'?><rss version='2.0'><channel>", "feed"),
        (b"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        (b"<rdf:RDF xmlns:rdf='x'>", "feed"),
        (b"<!DOCTYPE html><html><body>", None),
        (b'{"version": "https://jsonfeed.org/version/1"}', None),
    ],
)
def test_sniff_reads_the_root_element_not_the_headers(head: bytes, kind: str | None) -> None:
    assert sniff(head) == kind


# --- feeds ------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Trường THCS Lê Lợi</title><link>https://lele.example.edu.vn/</link>
<item><title>Hội nghị cán bộ viên chức</title><link>https://lele.example.edu.vn/tin-tuc/hoi-nghi-12.html</link>
  <pubDate>Mon, 10 Mar 2025 08:15:00 +0700</pubDate></item>
<item><title>Khai giảng năm học mới</title><link>/tin-tuc/khai-giang-13.html</link>
  <pubDate>Fri, 05 Sep 2025 00:00:00 +0700</pubDate></item>
<item><title>Tin đăng khuya giờ quốc tế</title><link>https://lele.example.edu.vn/tin-tuc/tin-14.html</link>
  <pubDate>Tue, 11 Mar 2025 20:30:00 GMT</pubDate></item>
<item><title>Không có ngày</title><link>https://lele.example.edu.vn/tin-tuc/tin-15.html</link></item>
<item><title>Không có liên kết</title></item>
<item><title>Ngày viết kiểu Việt</title><link>https://lele.example.edu.vn/tin-tuc/tin-16.html</link><pubDate>12/03/2025</pubDate></item>
</channel></rss>""".encode()


def test_rss_entries_become_candidates_with_listing_dates() -> None:
    got = read_feed(RSS, "https://lele.example.edu.vn/rss/")
    assert [c.url for c in got] == [
        "https://lele.example.edu.vn/tin-tuc/hoi-nghi-12.html",
        "https://lele.example.edu.vn/tin-tuc/khai-giang-13.html",
        "https://lele.example.edu.vn/tin-tuc/tin-14.html",
        "https://lele.example.edu.vn/tin-tuc/tin-15.html",
        "https://lele.example.edu.vn/tin-tuc/tin-16.html",
    ]
    by_url = {c.url.rsplit("/", 1)[1]: c for c in got}
    assert by_url["hoi-nghi-12.html"].date == "2025-03-10T08:15:00+07:00"
    assert by_url["khai-giang-13.html"].date == "2025-09-05"  # local midnight: a day, not a time
    # a GMT evening is the next day in Vietnam
    assert by_url["tin-14.html"].date == "2025-03-12T03:30:00+07:00"
    assert by_url["tin-15.html"].date is None
    assert by_url["tin-16.html"].date == "2025-03-12"  # day first
    assert by_url["hoi-nghi-12.html"].title == "Hội nghị cán bộ viên chức"
    assert all(c.channel == "feed" and c.lastmod is None for c in got)


def test_atom_entries_prefer_published_over_updated() -> None:
    body = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<entry><title>Bai A</title><link rel="alternate" href="https://x.vn/2024/04/10/bai-a/"/><id>1</id>
  <published>2024-04-10T09:00:00+07:00</published><updated>2024-04-12T09:00:00+07:00</updated></entry>
<entry><title>Bai B</title><link href="/2024/04/11/bai-b/"/><id>2</id><updated>2024-04-11T02:00:00Z</updated></entry>
</feed>"""
    got = read_feed(body, "https://x.vn/feed/atom/")
    assert [(c.url, c.date) for c in got] == [
        ("https://x.vn/2024/04/10/bai-a/", "2024-04-10T09:00:00+07:00"),
        ("https://x.vn/2024/04/11/bai-b/", "2024-04-11T09:00:00+07:00"),
    ]


def test_atom_relative_links_follow_xml_base() -> None:
    body = (
        b'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://x.vn/blog/"><title>t</title>'
        b'<entry><title>E</title><link href="2024/01/02/e/"/><id>1</id><updated>2024-01-02T10:00:00+07:00</updated></entry></feed>'
    )
    assert [c.url for c in read_feed(body, "https://x.vn/feed/atom")] == [
        "https://x.vn/blog/2024/01/02/e/"
    ]


def test_rdf_feed_is_read() -> None:
    body = (
        b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b'<channel rdf:about="https://x.vn/"><title>T</title></channel>'
        b'<item rdf:about="https://x.vn/a-1.html"><title>A</title><link>https://x.vn/a-1.html</link>'
        b"<dc:date>2024-01-05T10:00:00+07:00</dc:date></item></rdf:RDF>"
    )
    assert [(c.url, c.date) for c in read_feed(body, "https://x.vn/rss.rdf")] == [
        ("https://x.vn/a-1.html", "2024-01-05T10:00:00+07:00")
    ]


def test_bozo_feed_with_an_undefined_entity_still_yields_its_entries() -> None:
    body = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin&nbsp;tức</title>
<item><title>Lễ tổng kết năm học</title><link>https://x.vn/tin/tong-ket-9.html</link><pubDate>Sat, 25 May 2024 09:00:00 +0700</pubDate></item>
<item><title>Khai giảng &amp; đón học sinh</title><link>https://x.vn/tin/khai-giang-10.html</link></item>
</channel></rss>""".encode()
    got = read_feed(body, "https://x.vn/rss")
    assert [c.url for c in got] == [
        "https://x.vn/tin/tong-ket-9.html",
        "https://x.vn/tin/khai-giang-10.html",
    ]
    assert got[0].date == "2024-05-25T09:00:00+07:00"
    assert got[1].title == "Khai giảng & đón học sinh"


def test_truncated_feed_keeps_the_entries_it_has() -> None:
    body = b"<rss version='2.0'><channel><title>x</title><item><title>A</title><link>https://x.vn/a-1.html</link></item><item><title>B</ti"
    assert [c.url for c in read_feed(body, "https://x.vn/rss")] == ["https://x.vn/a-1.html"]


@pytest.mark.parametrize(
    "content_type", [None, "text/xml", "text/html; charset=utf-8", "application/octet-stream"]
)
def test_feed_is_read_whatever_its_content_type(content_type: str | None) -> None:
    got = read_feed(RSS, "https://lele.example.edu.vn/rss/", content_type)
    assert len(got) == 5


@pytest.mark.parametrize(
    "body",
    [
        b"<html><body><h1>404</h1></body></html>",
        b"",
        b"\x00\xff garbage",
        b"<rss version='2.0'><channel><title>empty</title></channel></rss>",
        b"https://evil.example/feed.xml",
        b"/etc/passwd",
    ],
    ids=["html", "empty", "binary", "no-entries", "a-url", "a-path"],
)
def test_what_is_not_a_feed_fails_cleanly(body: bytes) -> None:
    assert read_feed(body, "https://x.vn/feed/") == []


def test_feed_entries_with_script_links_are_dropped_relative_ones_resolved() -> None:
    body = (
        b"<rss version='2.0'><channel><title>t</title>"
        b"<item><title>A</title><link>javascript:alert(1)</link></item>"
        b"<item><title>B</title><link>  /tin/b-2.html </link></item></channel></rss>"
    )
    assert [c.url for c in read_feed(body, "https://x.vn/rss/")] == ["https://x.vn/tin/b-2.html"]


def test_candidate_is_a_value() -> None:
    a = Candidate("https://x.vn/a", "feed", date="2024-01-01")
    assert a == Candidate("https://x.vn/a", "feed", date="2024-01-01")
    with pytest.raises(AttributeError):
        a.url = "https://x.vn/b"  # type: ignore[misc]


# --- feeds announced in a page, platform guesses ----------------------------------------------


def test_feed_links_in_head_are_absolute_and_unique() -> None:
    tree = lxml.html.fromstring(
        """<html><head>
        <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed/">
        <link rel="alternate" type="application/atom+xml" href="https://x.vn/feed/atom/">
        <link rel="Alternate" type="application/RSS+XML; charset=utf-8" href="/feed/">
        <link rel="stylesheet" href="/a.css">
        <link rel="alternate" hreflang="en" href="/en/">
        <link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/1">
        <link rel="alternate" type="application/rss+xml" href="">
        </head><body></body></html>"""
    )
    assert feed_links(tree, "https://x.vn/tin-tuc/") == [
        "https://x.vn/feed/",
        "https://x.vn/feed/atom/",
    ]


def test_page_without_feed_links() -> None:
    tree = lxml.html.fromstring(
        "<html><head><title>x</title></head><body><a href='/rss/'>RSS</a></body></html>"
    )
    assert feed_links(tree, "https://x.vn/") == []


@pytest.mark.parametrize(
    ("html", "platform"),
    [
        ('<meta name="generator" content="WordPress 6.4.2">', "wordpress"),
        ('<link rel="stylesheet" href="/wp-content/themes/flatsome/style.css">', "wordpress"),
        ('<meta name="generator" content="Joomla! - Open Source Content Management">', "joomla"),
        ('<script src="/media/jui/js/jquery.min.js"></script>', "joomla"),
        ('<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">', "drupal"),
        ('<img src="/sites/default/files/logo.png">', "drupal"),
        ('<meta name="generator" content="NukeViet v4.5">', "nukeviet"),
        ('<script>var nv_base_siteurl="/";</script>', "nukeviet"),
        ('<link href="https://www.blogger.com/static/v1/widgets/1.css">', "blogger"),
        ("<html><body><h1>Trường Tiểu học</h1></body></html>", None),
        ('<form action="Default.aspx?tabid=12"></form>', None),
    ],
)
def test_platform_of(html: str, platform: str | None) -> None:
    assert platform_of(html) == platform


def test_guesses_always_try_a_sitemap_then_the_platforms_usual_addresses() -> None:
    assert guesses("https://x.vn/", None) == ["https://x.vn/sitemap.xml"]
    assert guesses("https://x.vn/", "wordpress") == [
        "https://x.vn/sitemap.xml",
        "https://x.vn/wp-sitemap.xml",
        "https://x.vn/sitemap_index.xml",
        "https://x.vn/feed/",
    ]
    assert guesses("https://x.vn/", "joomla")[1:] == ["https://x.vn/index.php?format=feed&type=rss"]
    assert guesses("https://x.vn/", "drupal")[1:] == ["https://x.vn/rss.xml"]
    assert guesses("https://x.vn/", "blogger")[1:] == ["https://x.vn/feeds/posts/default"]
    assert guesses("https://x.vn/", "nukeviet")[1:] == ["https://x.vn/rss/"]
    assert guesses("https://x.vn/", "unheard-of-cms") == ["https://x.vn/sitemap.xml"]


def test_every_guess_is_an_absolute_http_url_on_the_base_host() -> None:
    for platform in [None, *channels.GUESSES]:
        for url in guesses("http://truong.example.vn/", platform if platform != "*" else None):
            assert url.startswith("http://truong.example.vn/")


# --- lastmod as a reason to re-fetch in incremental runs ----------------------------------------


@pytest.mark.parametrize(
    ("lastmod", "last_seen", "newer"),
    [
        ("2026-11-20T09:00:00+07:00", "2026-11-20T01:00:00Z", True),  # 09:00 VN = 02:00 UTC
        ("2026-11-20T07:30:00+07:00", "2026-11-20T01:00:00Z", False),
        ("2026-11-21", "2026-11-20T16:30:00Z", True),  # read at 23:30 on the 20th, Vietnam time
        ("2026-11-20", "2026-11-20T16:30:00Z", False),  # that day, already read
        ("2026-11-21", "2026-11-20T17:30:00Z", False),  # read at 00:30 on the 21st, Vietnam time
        ("2026-11-20T09:00:00", "2026-11-20T01:00:00Z", True),  # no zone: Vietnam time
        (None, "2026-11-20T01:00:00Z", False),
        ("not a date", "2026-11-20T01:00:00Z", False),
    ],
)
def test_modified_since(lastmod: str | None, last_seen: str, newer: bool) -> None:
    assert channels.modified_since(lastmod, last_seen) is newer


def test_one_stamp_on_every_entry_is_the_generation_time_not_a_change() -> None:
    stamp = "2026-12-01T00:00:00+00:00"
    body = _urlset(*(_url(f"https://x.vn/tin/bai-{i}.html", stamp) for i in range(5)))
    _, pages = read_sitemap(body, "https://x.vn/sitemap.xml")
    assert len(pages) == 5 and all(p.lastmod is None for p in pages)
    varied = _urlset(*(_url(f"https://x.vn/tin/bai-{i}.html", f"2026-11-0{i + 1}") for i in range(5)))
    _, pages = read_sitemap(varied, "https://x.vn/sitemap.xml")
    assert all(p.lastmod for p in pages)
