"""Round 35's discovery rules (print views by their link's words, a blog engine's scripts) on
markup and addresses of other shapes than the fixtures'."""

from __future__ import annotations

from crawler.extract.document import html_tree
from crawler.navigation.links import extract_links
from crawler.navigation.urls import is_trap

BASE = "http://127.0.0.1:8000/tin-tuc/hoi-nghi.html"


def test_a_print_views_link_is_not_followed_whatever_its_address() -> None:
    tree = html_tree(
        "<div class='tools'><a href='/tin-tuc/hoi-nghi~ban-in.html'>Bản in</a> <a href='/tin-tuc/hoi-nghi.xem.html' title='In trang'><i class='icon-print'></i></a>"
        " <a href='/tin-tuc/hoi-thao.html'>Hội thảo chuyên đề</a></div>",
        BASE,
    )
    urls = [lk.url for lk in extract_links(tree, BASE).links]
    assert urls == ["http://127.0.0.1:8000/tin-tuc/hoi-thao.html"]


def test_a_blog_engines_scripts_are_traps_its_published_pages_are_not() -> None:
    assert is_trap("http://127.0.0.1:8000/cgi-bin/mt5/mt-comments.cgi?__mode=signup&blog_id=2")
    assert is_trap("http://127.0.0.1:8000/blog/mt-tb.cgi/77")
    assert is_trap("http://127.0.0.1:8000/mt/mt-search.cgi?IncludeBlogs=1&search=hoi+nghi")
    assert is_trap("http://127.0.0.1:8000/wp-comments-post.php")
    assert not is_trap("http://127.0.0.1:8000/tin-tuc/2026/11/hoi_nghi_tong_k.html")
    assert not is_trap("http://127.0.0.1:8000/tin-tuc/2026/11/")
