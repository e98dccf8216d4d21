"""Round 96 (blind portals xenforo_thcs, vitepress_tct): where the crawl goes, on addresses that
vary from the fixtures'."""

from __future__ import annotations

from crawler.navigation.urls import is_trap, looks_like_article_url


def test_a_forum_posts_permalinks_and_jumps_are_the_thread_again() -> None:
    for url in (
        "http://h/threads/ke-hoach-hoi-thi.57/post-316",
        "http://h/threads/ke-hoach-hoi-thi.57/latest",
        "http://h/threads/ke-hoach-hoi-thi.57/unread?new=1",
        "http://h/posts/316/reactions",
        "http://h/goto/post?id=316",
    ):
        assert is_trap(url), url
    for url in ("http://h/threads/ke-hoach-hoi-thi.57/", "http://h/threads/ke-hoach-hoi-thi.57/page-2", "http://h/forums/tin-tuc.3/page-2"):
        assert not is_trap(url), url


def test_a_slug_of_words_under_a_years_step_is_an_articles_address() -> None:
    assert looks_like_article_url("http://h/bai-viet/2025/hoi-thi-ke-chuyen-theo-sach-khoi-6")
    assert looks_like_article_url("http://h/2026/le-ky-niem-ngay-nha-giao/")
    assert not looks_like_article_url("http://h/tin-tuc/2026/")
    assert not looks_like_article_url("http://h/2026/gioi-thieu")
