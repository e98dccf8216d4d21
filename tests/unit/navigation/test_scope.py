"""The crawl's scope and trap rules (crawler/navigation/urls.py): a portal is a host or a path.
Only URL strings: nothing here resolves a name or sends a packet."""

from __future__ import annotations

import pytest

from crawler.core.urls import clean_url
from crawler.navigation.urls import Scope, is_trap, looks_like_article_url, start_prefix

SCHOOL = "https://edu.example.vn/thcs-nguyen-du/"


@pytest.fixture
def school() -> Scope:
    return Scope.for_start([SCHOOL])


@pytest.fixture
def whole_host() -> Scope:
    return Scope.for_start(["https://thptlehongphong.example.edu.vn/"])


# --- a start URL with a path prefix ----------------------------------------------------------


def test_a_start_path_becomes_the_scope_prefix(school: Scope) -> None:
    assert school.hosts == frozenset({"edu.example.vn"})
    assert school.path_prefixes == ("/thcs-nguyen-du/",)
    assert school.describe() == {"hosts": ["edu.example.vn"], "path_prefixes": ["/thcs-nguyen-du/"]}


@pytest.mark.parametrize(
    "url",
    [
        "https://edu.example.vn/thcs-nguyen-du/",
        "https://edu.example.vn/thcs-nguyen-du",  # the prefix without its slash is the school's home
        "https://edu.example.vn/thcs-nguyen-du/tin-tuc/hoi-nghi-can-bo-12.html",
        "https://edu.example.vn/thcs-nguyen-du/index.php?option=com_content&view=article&id=5",
        "http://EDU.example.vn/thcs-nguyen-du/thong-bao/",  # host case and scheme do not matter
    ],
)
def test_pages_inside_the_schools_prefix_are_followed(school: Scope, url: str) -> None:
    assert school.check(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://edu.example.vn/thcs-le-loi/tin-tuc/hoi-nghi-can-bo-12.html",  # a sibling school
        "https://edu.example.vn/thcs-nguyen-du-2/tin-tuc/",  # a prefix of the name is not the prefix
        "https://edu.example.vn/",
        "https://edu.example.vn/tin-tuc/hoi-nghi.html",
    ],
)
def test_pages_outside_the_prefix_are_refused(school: Scope, url: str) -> None:
    assert school.check(url) == "outside_prefix"


@pytest.mark.parametrize(
    "url",
    [
        "https://edu.example.vn/uploads/thcs-nguyen-du/2024/anh-khai-giang.jpg",
        "https://edu.example.vn/images/logo.png",
        "https://edu.example.vn/files/van-ban/quyet-dinh-55.pdf",
        "https://edu.example.vn/robots.txt",
        "https://edu.example.vn/sitemap.xml",
    ],
)
def test_files_and_discovery_documents_may_live_anywhere_on_the_host(
    school: Scope, url: str
) -> None:
    assert school.check(url, pages=False) is None
    assert school.check(url) == "outside_prefix"  # as a page to crawl, it is still outside


def test_files_on_another_host_are_still_offsite(school: Scope) -> None:
    assert school.check("https://cdn.example.vn/thcs-nguyen-du/a.jpg", pages=False) == "offsite"


@pytest.mark.parametrize(
    ("start", "prefix"),
    [
        ("https://edu.example.vn/thcs-nguyen-du/", "/thcs-nguyen-du/"),
        ("https://edu.example.vn/thcs-nguyen-du", "/thcs-nguyen-du/"),
        ("https://edu.example.vn/thcs-nguyen-du/index.php", "/thcs-nguyen-du/"),
        ("https://edu.example.vn/thcs-nguyen-du/trang-chu.html", "/thcs-nguyen-du/"),
        ("https://edu.example.vn/", ""),
        ("https://edu.example.vn", ""),
        ("https://edu.example.vn/index.php", ""),
        ("https://edu.example.vn/Default.aspx?tabid=1", ""),
    ],
)
def test_start_prefix(start: str, prefix: str) -> None:
    assert start_prefix(start) == prefix


def test_two_schools_started_together_share_the_host_not_a_third() -> None:
    scope = Scope.for_start(["https://edu.example.vn/thcs-a/", "https://edu.example.vn/thcs-b/"])
    assert scope.check("https://edu.example.vn/thcs-a/tin/1.html") is None
    assert scope.check("https://edu.example.vn/thcs-b/tin/1.html") is None
    assert scope.check("https://edu.example.vn/thcs-c/tin/1.html") == "outside_prefix"


def test_a_config_can_widen_or_narrow_the_prefix() -> None:
    widened = Scope.for_start([SCHOOL], path_prefix="/")
    assert widened.path_prefixes == ()
    assert widened.check("https://edu.example.vn/thcs-le-loi/tin/1.html") is None
    narrowed = Scope.for_start(["https://edu.example.vn/"], path_prefix="/thcs-nguyen-du/")
    assert narrowed.check("https://edu.example.vn/thcs-le-loi/tin/1.html") == "outside_prefix"
    assert narrowed.check("https://edu.example.vn/thcs-nguyen-du/tin/1.html") is None


def test_extra_hosts_join_the_scope_under_the_same_prefix() -> None:
    scope = Scope.for_start([SCHOOL], extra_hosts=("OLD.example.vn",))
    assert scope.check("https://old.example.vn/thcs-nguyen-du/tin/1.html") is None
    assert scope.check("https://old.example.vn/thcs-le-loi/tin/1.html") == "outside_prefix"
    assert scope.check("https://other.example.vn/thcs-nguyen-du/") == "offsite"


# --- a root start URL keeps host scope --------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://thptlehongphong.example.edu.vn/",
        "https://thptlehongphong.example.edu.vn/tin-tuc/a/b/c/d.html",
        "https://thptlehongphong.example.edu.vn/thcs-nguyen-du/",
        "http://thptlehongphong.example.edu.vn/uploads/x.pdf",
    ],
)
def test_root_start_url_keeps_the_whole_host(whole_host: Scope, url: str) -> None:
    assert whole_host.path_prefixes == ()
    assert whole_host.check(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://example.edu.vn/",  # the parent domain
        "https://cdn.thptlehongphong.example.edu.vn/a.jpg",  # a subdomain
        "https://thptlehongphong.example.edu.vn.evil.example/",
        "https://facebook.com/thptlehongphong",
    ],
)
def test_other_hosts_are_offsite(whole_host: Scope, url: str) -> None:
    assert whole_host.check(url) == "offsite"


@pytest.mark.parametrize(
    "url",
    [
        "ftp://thptlehongphong.example.edu.vn/a",
        "mailto:hieutruong@example.edu.vn",
        "javascript:void(0)",
        "file:///etc/passwd",
    ],
)
def test_non_web_schemes_are_refused(whole_host: Scope, url: str) -> None:
    assert whole_host.check(url) == "scheme"


# --- internal addresses (named, never resolved) -----------------------------------------------


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://10.0.0.5/", "offsite_private"),
        ("http://10.255.1.1:8080/tin-tuc", "offsite_private"),
        ("http://192.168.1.10/admin", "offsite_private"),
        ("http://172.20.3.4/", "offsite_private"),
        ("http://[::ffff:10.0.0.1]/", "offsite_private"),
        ("http://[fd12:3456::1]/", "offsite_private"),
        ("http://169.254.169.254/latest/meta-data/", "offsite_metadata"),
        ("http://[fd00:ec2::254]/", "offsite_metadata"),
        ("http://100.100.100.200/", "offsite_metadata"),
        ("http://metadata.google.internal/computeMetadata/v1/", "offsite_metadata"),
        ("http://169.254.1.1/", "offsite_link-local"),
        ("http://[fe80::1]/", "offsite_link-local"),
        ("http://224.0.0.1/", "offsite_reserved"),
        # loopback is refused as an ordinary other host (not one of the warned classes)
        ("http://[::1]/", "offsite"),
        ("http://127.0.0.1/", "offsite"),
        ("http://localhost:8000/", "offsite"),
        # a public address: just another host
        ("http://8.8.8.8/", "offsite"),
        ("http://[2001:4860:4860::8888]/", "offsite"),
        ("https://moet.gov.vn/", "offsite"),
    ],
)
def test_internal_addresses_are_named(whole_host: Scope, url: str, reason: str) -> None:
    assert whole_host.check(url) == reason
    assert whole_host.check(url, pages=False) == reason  # probes get no exemption


def test_a_portal_on_a_private_address_may_crawl_itself_only() -> None:
    scope = Scope.for_start(["http://192.168.1.10/truong/"])
    assert scope.check("http://192.168.1.10/truong/tin/1.html") is None
    assert scope.check("http://192.168.1.11/truong/tin/1.html") == "offsite_private"


# --- trap rules ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        # login, registration, accounts
        "https://x.vn/dang-nhap.html",
        "https://x.vn/user/login?destination=/node/5",
        "https://x.vn/Login.aspx?ReturnUrl=%2fadmin",
        "https://x.vn/index.php?option=com_users&view=login",
        "https://x.vn/_layouts/Authenticate.aspx?Source=/",
        "https://x.vn/wp-login.php?redirect_to=https%3A%2F%2Fx.vn%2F",
        "https://x.vn/admin.php",
        # print and save views
        "https://x.vn/tin-tuc/print/hoi-nghi-12.html",
        "https://x.vn/news/in-bai/12",
        "https://x.vn/tin-tuc/hoi-nghi-12.html?template=print",
        "https://x.vn/index2.php?option=com_content&task=view&id=401&pop=1&page=0&Itemid=1",
        "https://x.vn/index.php?option=com_content&view=article&id=5&print=1&tmpl=component",
        "https://x.vn/index2.php?option=com_content&do_pdf=1&id=401",
        # an author's view of a news module
        "https://x.vn/tin-tuc/articleType/AuthorView/authorId/9/nguyen-duc-thinh",
        "https://x.vn/index.php?module=news&authorid=4",
        # components that hold no news
        "https://x.vn/index.php?option=com_docman&task=doc_details&gid=19&Itemid=30",
        "https://x.vn/index.php?option=com_contact&task=view&contact_id=1&Itemid=3",
        # calendars
        "https://x.vn/lich-cong-tac/thang-10",
        "https://x.vn/lich/2024/10",
        "https://x.vn/su-kien?month=3&year=2026",
        "https://x.vn/events/?nam=2026&thang=4",
        "https://x.vn/index.php?option=com_jevents&task=day.listevents&year=2026&month=3&day=2",
        "https://x.vn/calendar/2026-03",
        "https://x.vn/lich-cong-tac?tuan=2026-W48",
        "https://x.vn/lich-lam-viec?ngay=2026-11-16",
        "https://x.vn/hoat-dong?thang=2026-11&loai=2",
        # search, tags, feeds as pages
        "https://x.vn/tim-kiem.html?q=khai+giang",
        "https://x.vn/?s=khai+giang",
        "https://x.vn/tag/khai-giang/",
        "https://x.vn/feed/",
    ],
)
def test_traps_are_refused(url: str) -> None:
    assert is_trap(url)


@pytest.mark.parametrize(
    "url",
    [
        # words that only start like a trap
        "https://x.vn/tin-tuc/chia-se-kinh-nghiem-day-hoc-12.html",
        "https://x.vn/tin-tuc/dang-ky-tuyen-sinh-lop-10-nam-2024.html",
        "https://x.vn/tin-tuc/lich-thi-hoc-ky-1-nam-hoc-2024-2025.html",
        "https://x.vn/thong-bao/lich-cong-tac-tuan-12.html",
        "https://x.vn/2024/04/10/hoi-thi-giao-vien-gioi/",
        "https://x.vn/tin-tuc/le-ky-niem-ngay-nha-giao-20-11.html",
        "https://x.vn/tin-tuc/2026-11-16-khai-giang-lop-boi-duong.html",
    ],
)
def test_articles_are_not_traps(url: str) -> None:
    assert not is_trap(url)
    assert looks_like_article_url(url)


def test_a_print_variant_cleans_to_the_article_itself() -> None:
    url = "https://x.vn/index.php?option=com_content&view=article&id=5&layout=print"
    assert is_trap(url)
    cleaned = clean_url(url)
    assert not is_trap(cleaned)
    assert "layout" not in cleaned and "id=5" in cleaned
