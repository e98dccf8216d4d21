"""URL canonicalisation (one article, one URL) and the crawl's scope (pure functions: no traffic)."""

from __future__ import annotations

import pytest

from crawler.core.urls import address_class, canonicalize_url
from crawler.navigation.links import differs_by_page, is_pager_text, page_key
from crawler.navigation.urls import Scope, StartUrlError, check_start_url, is_trap


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("http://Portal.example.vn:80/tin-tuc/bai-1.html#top", "http://portal.example.vn/tin-tuc/bai-1.html"),
        ("http://portal.example.vn/tin-tuc/bai-1.html;jsessionid=0A1B2C3D", "http://portal.example.vn/tin-tuc/bai-1.html"),
        ("http://portal.example.vn/?p=12&replytocom=345", "http://portal.example.vn/?p=12"),
        ("http://portal.example.vn/a?id=3&utm_source=fb&fbclid=xyz", "http://portal.example.vn/a?id=3"),
        ("http://portal.example.vn/index.php?option=com_content&view=article&id=5&tmpl=component&print=1", "http://portal.example.vn/index.php?id=5&option=com_content&view=article"),
        ("http://portal.example.vn/-/view_content/12-bai?p_p_state=maximized&p_p_mode=view", "http://portal.example.vn/-/view_content/12-bai"),
        ("http://portal.example.vn/tin?sort=date&order=asc&page=2", "http://portal.example.vn/tin?page=2"),
    ],
)
def test_canonical(variant: str, canonical: str) -> None:
    assert canonicalize_url(variant) == canonical


def test_page_keys() -> None:
    assert page_key("http://x.vn/chuyen-muc/tin/page/3/") == page_key("http://x.vn/chuyen-muc/tin/")
    assert differs_by_page("http://x.vn/tin?_101_INSTANCE_ab_cur=2", "http://x.vn/tin")
    assert differs_by_page("http://x.vn/index.php?option=com_content&view=category&id=8&limitstart=10", "http://x.vn/index.php?option=com_content&view=category&id=8")
    assert not differs_by_page("http://x.vn/tin?id=3", "http://x.vn/tin?id=4")
    assert is_pager_text("2") and is_pager_text("Sau »") and is_pager_text("Trang sau") and not is_pager_text("Hội nghị")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1:8000/tin-tuc", None),
        ("http://127.0.0.2:8000/tin-tuc", "offsite"),
        ("https://other-school.edu.vn/", "offsite"),
        ("http://169.254.169.254/latest/meta-data/", "offsite_metadata"),
        ("http://metadata.google.internal/computeMetadata/v1/", "offsite_metadata"),
        ("http://10.1.2.3/", "offsite_private"),
        ("http://172.16.5.4/", "offsite_private"),
        ("http://192.168.1.1/admin", "offsite_private"),
        ("http://169.254.10.10/", "offsite_link-local"),
        ("http://[fd00::1]/", "offsite_private"),
        ("http://[fe80::1]/", "offsite_link-local"),
        ("ftp://127.0.0.1/file", "scheme"),
        ("javascript:alert(1)", "scheme"),
    ],
)
def test_scope_refuses_what_leaves_the_portal(url: str, reason: str | None) -> None:
    scope = Scope.for_start(["http://127.0.0.1:8000/"])
    assert scope.check(url) == reason


def test_scope_path_prefix_and_extra_hosts() -> None:
    scope = Scope.for_start(["http://edu.example.vn/thpt-a/"], extra_hosts=("old.example.vn",), path_prefix="/thpt-a/")
    assert scope.check("http://edu.example.vn/thpt-a/tin-tuc") is None
    assert scope.check("http://edu.example.vn/thpt-b/tin-tuc") == "outside_prefix"
    assert scope.check("http://old.example.vn/thpt-a/x") is None


def test_address_classes() -> None:
    assert address_class("127.0.0.1") == "loopback"
    assert address_class("::1") == "loopback"
    assert address_class("truongchinhtri.haugiang.gov.vn") is None


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://portal.example/", "data:text/html,x", "javascript:alert(1)", "", "http://", "portal.example.vn"])
def test_bad_start_urls_are_refused(url: str) -> None:
    with pytest.raises(StartUrlError):
        check_start_url(url)


def test_loopback_start_url_is_the_operators_choice() -> None:
    assert check_start_url("http://127.0.0.1:8000/") == "http://127.0.0.1:8000/"


@pytest.mark.parametrize(
    "url",
    [
        "http://x.vn/index.php?option=com_jevents&task=month.calendar&year=2026&month=12",
        "http://x.vn/index.php?module=calendar&month=3&year=2026",
        "http://x.vn/news/print/bai-viet-12.html",
        "http://x.vn/index.php?module=search&q=hoi+nghi",
        "http://x.vn/?s=khai+giang",
        "http://x.vn/seek/?q=a",
        "http://x.vn/wp-login.php",
    ],
)
def test_traps(url: str) -> None:
    assert is_trap(url)
