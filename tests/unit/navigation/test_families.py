"""URL families, patience budgets, page fingerprints and request keys
(crawler/navigation/families.py): how a crawl of an endless URL space ends on its own."""

from __future__ import annotations

import pytest

from crawler.core.text import fold
from crawler.extract.document import parse
from crawler.navigation.families import (
    Families,
    family_of,
    fingerprint,
    is_stateful,
    readable_form,
    request_key,
)
from crawler.plan import PageHints, plan_page

# Two views of one WebSphere portal page: the state blob after !ut/p/ is re-encoded on every view.
WPS_1 = (
    "https://portal.example.gov.vn/wps/portal/truong/!ut/p/z1/04_Sj9CPykssy0xPLMnMz0vMAfIjo8ziDRxdnA3dnQ28DIKNzA0"
    "cPQ1NnA3cnIwMvEz0wyEKDHAARwP9KJLp6QwNjYHUQeSh5jD3mhgYQD2gAUQc8f3!/dz/d5/L2dBISEvZ0FBIS9nQSEh/"
)
WPS_2 = (
    "https://portal.example.gov.vn/wps/portal/truong/!ut/p/z1/jY_BCoJAEIafpQeQmV3drKNCpKFCEWV7iUVXW9Bd0U2ip89OXrKcmzA"
    "f3_A_wCE6rlhKqSVuqGaTlqV_C6zKwbTf4tVGjr8FTC1E_wB4aQrOFDBYMbPo6KrkQI87vSpFe1sNMGGIpG5FPjbTKvbV8X6_7c6lgnPg6z1U0t"
    "W_Hf2lnHBlnlAnglKPG1lCQ5FCbUg7Y-8o85v1EhOgDoknJvA!!/dz/d5/L2dBISEvZ0FBIS9nQSEh/"
)
WPS_Z0 = "https://portal.example.gov.vn/wps/portal/truong/!ut/p/z0/04_Sj9CPykssy0xPLMnMz0vMAfGjzOINHF2cDd2dDbwMgo3MDRw9DU2c/"

LIFERAY = (
    "https://sgd.example.gov.vn/web/guest/tin-tuc?p_p_id=101_INSTANCE_Ab12CdEf&p_p_lifecycle=0&p_p_state=normal"
    "&p_p_mode=view&_101_INSTANCE_Ab12CdEf_struts_action=%2Fasset_publisher%2Fview_content"
    "&_101_INSTANCE_Ab12CdEf_assetEntryId={id}&_101_INSTANCE_Ab12CdEf_type=content"
)


# --- family_of --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # numbers in the path and query are the variable part
        ("https://x.vn/tin-tuc/page/2/", "https://x.vn/tin-tuc/page/37/"),
        (
            "https://x.vn/tin-tuc/hoi-nghi-tong-ket-2023-2024-12345.html",
            "https://x.vn/tin-tuc/hoi-nghi-tong-ket-2021-2022-99.html",
        ),
        (
            "https://x.vn/index.php?module=news&op=detail&id=5",
            "https://x.vn/index.php?op=detail&id=812&module=news",
        ),
        # calendars: any month, any year, in any parameter order
        ("https://x.vn/lich?thang=11&nam=2026", "https://x.vn/lich?nam=2027&thang=1"),
        ("https://x.vn/su-kien?month=3&year=2026", "https://x.vn/su-kien?year=1999&month=12"),
        # ASP.NET / DNN
        (
            "https://x.vn/Default.aspx?tabid=123&ctl=ViewNews&mid=456&ItemID=789",
            "https://x.vn/Default.aspx?TabId=9&ctl=ViewNews&mid=4&itemid=1",
        ),
        (
            "https://x.vn/News.aspx?id=3&__VIEWSTATE=%2FwEPDwUKMTY1NDU2MTA1MmRkZGQ1234abcdEFGH",
            "https://x.vn/News.aspx?__VIEWSTATE=%2FwEPDwUKLTk4NzY1NDMyMWRkZmVkY2JhOTg3NjU0MzI&id=4",
        ),
        # WebSphere: everything from the "!" segment on is state
        (WPS_1, WPS_2),
        (WPS_1, WPS_Z0),
        # Liferay: portlet instance ids and numbers abstracted
        (LIFERAY.format(id=4713), LIFERAY.format(id=98)),
        # host case does not matter
        ("https://THCS.Example.VN/tin/5", "https://thcs.example.vn/tin/6"),
    ],
)
def test_same_family(a: str, b: str) -> None:
    assert family_of(a) == family_of(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # words name sections and modules: they stay
        ("https://x.vn/index.php?module=news&id=5", "https://x.vn/index.php?module=gallery&id=5"),
        ("https://x.vn/tin-tuc/page/2/", "https://x.vn/thong-bao/page/2/"),
        (
            "https://x.vn/Default.aspx?tabid=1&ctl=ViewNews",
            "https://x.vn/Default.aspx?tabid=1&ctl=Edit",
        ),
        # a different set of query keys is a different template
        ("https://x.vn/lich?thang=11&nam=2026", "https://x.vn/lich?tuan=3&nam=2026"),
        # another host, another family
        ("https://a.example.vn/tin/5", "https://b.example.vn/tin/5"),
        # a WebSphere page under another readable path
        (WPS_1, "https://portal.example.gov.vn/wps/portal/truong/tin-tuc/!ut/p/z1/abc/"),
    ],
)
def test_different_family(a: str, b: str) -> None:
    assert family_of(a) != family_of(b)


def test_family_key_shapes() -> None:
    assert family_of("https://x.vn/lich?thang=11&nam=2026") == "x.vn/lich?nam={n}&thang={n}"
    assert family_of(WPS_1) == "portal.example.gov.vn/wps/portal/truong/{state}"
    assert (
        family_of("https://x.vn/tin-tuc/chi-tiet/abcdef0123456789abcdef0123456789")
        == "x.vn/tin-tuc/chi-tiet/{tok}"
    )
    liferay = family_of(LIFERAY.format(id=4713))
    # the portlet id is a namespace the keys repeat, not state: the asset id identifies the page
    assert "{tok}" not in liferay and "assetentryid={n}" in liferay
    assert "4713" not in liferay


def test_a_readable_slug_is_not_an_opaque_token() -> None:
    family = family_of("https://x.vn/tin-tuc/dang-ky-tuyen-sinh-lop-10-nam-hoc-2024-2025")
    assert "{tok}" not in family and "dang-ky-tuyen-sinh-lop-{n}" in family


def test_wordpress_date_permalinks_are_one_family_as_documented() -> None:
    assert family_of("https://x.vn/2024/04/22/le-khai-giang/") == family_of(
        "https://x.vn/2023/09/05/hoi-thi/"
    )


def test_aspnet_cookieless_session_segment_is_abstracted() -> None:
    a = "http://sgd.example.gov.vn/(S(lit3py55t21z5v55vlm25s55))/Default.aspx?tabid=120&ItemID=45"
    b = "http://sgd.example.gov.vn/(S(a1b2c3d4e5f6g7h8i9j0k1l2))/Default.aspx?tabid=120&ItemID=46"
    assert family_of(a) == family_of(b)


# --- stateful URLs, readable forms, request keys ---------------------------------------------


@pytest.mark.parametrize(
    ("url", "stateful"),
    [
        (WPS_1, True),
        (WPS_Z0, True),
        ("https://x.vn/News.aspx?id=3&__VIEWSTATE=%2FwEPDwUKMTY1NDU2MTA1MmRkZGQ1234abcdEFGH", True),
        ("https://x.vn/tin-tuc/hoi-nghi-can-bo-vien-chuc-12.html", False),
        ("https://x.vn/2024/04/22/le-khai-giang/", False),
        ("https://x.vn/Default.aspx?tabid=123&ctl=ViewNews&mid=456&ItemID=789", False),
        ("https://x.vn/index.php?option=com_content&view=article&id=55:hoi-nghi&catid=8", False),
        ("https://x.vn/lich?thang=11&nam=2026", False),
    ],
)
def test_is_stateful(url: str, stateful: bool) -> None:
    assert is_stateful(url) is stateful


def test_readable_form_drops_websphere_state() -> None:
    assert readable_form(WPS_1) == "https://portal.example.gov.vn/wps/portal/truong"
    assert readable_form(WPS_2) == readable_form(WPS_1)


def test_readable_form_drops_opaque_query_values_and_keeps_the_rest() -> None:
    url = "https://x.vn/News.aspx?id=3&__VIEWSTATE=%2FwEPDwUKMTY1NDU2MTA1MmRkZGQ1234abcdEFGH"
    assert readable_form(url) == "https://x.vn/News.aspx?id=3"


@pytest.mark.parametrize(
    "url",
    [
        "https://x.vn/tin-tuc/hoi-nghi-12.html",
        "https://x.vn/Default.aspx?tabid=1&ItemID=2",
        # state that canonicalisation drops anyway (a session id): no other readable form
        "https://x.vn/News.aspx?id=5&sessionid=Ab3dEf9hIjKlMnOpQ",
    ],
)
def test_readable_form_is_none_when_there_is_nothing_to_drop(url: str) -> None:
    assert readable_form(url) is None


def test_request_key_of_an_ordinary_url_is_its_canonical_form_whatever_the_label() -> None:
    a = request_key("https://x.vn/tin-tuc/a-1.html?utm_source=fb#top")
    b = request_key("https://X.vn/tin-tuc/a-1.html", "Hội nghị", "https://x.vn/")
    assert a == b == "https://x.vn/tin-tuc/a-1.html"


def test_request_key_of_state_urls_is_named_by_the_label() -> None:
    # the same link seen on two views (two state blobs) is one page
    assert request_key(WPS_1, fold("Tin tức - Sự kiện")) == request_key(
        WPS_2, fold("Tin tức - Sự kiện")
    )
    # another label under the same family is another page
    assert request_key(WPS_1, fold("Thông báo")) != request_key(WPS_2, fold("Tin tức - Sự kiện"))


def test_request_key_of_a_relative_label_depends_on_the_source_page() -> None:
    on_page_1 = request_key(WPS_1, "trang sau", "page-1", absolute_label=False)
    on_page_2 = request_key(WPS_2, "trang sau", "page-2", absolute_label=False)
    again_1 = request_key(WPS_2, "trang sau", "page-1", absolute_label=False)
    assert on_page_1 != on_page_2
    assert on_page_1 == again_1


def test_liferay_articles_with_the_same_title_have_different_request_keys() -> None:
    label = fold("Thông báo tuyển sinh lớp 10")
    assert request_key(LIFERAY.format(id=4713), label) != request_key(
        LIFERAY.format(id=4714), label
    )


def test_guid_identified_articles_have_different_request_keys() -> None:
    a = "https://so.example.gov.vn/tin-tuc/chi-tiet/3f2504e0-4f89-11d3-9a0c-0305e82c3301"
    b = "https://so.example.gov.vn/tin-tuc/chi-tiet/9b7c1d22-5e10-4a6b-8f3e-2c4d5e6f7a8b"
    assert request_key(a, fold("Xem chi tiết")) != request_key(b, fold("Xem chi tiết"))


# --- the patience budget ----------------------------------------------------------------------


def test_a_family_that_stops_yielding_is_frozen_after_patience_pages() -> None:
    families = Families(patience=3)
    calendar = "https://x.vn/lich?thang={}&nam=2026"
    froze = [families.record(calendar.format(m), productive=False) for m in range(1, 6)]
    assert froze == [False, False, True, False, False]  # True once: the page that froze it
    assert not families.allows(calendar.format(12))
    assert not families.allows("https://x.vn/lich?nam=2031&thang=7")
    budget = families.budgets[family_of(calendar.format(1))]
    assert (budget.fetched, budget.productive, budget.frozen) == (5, 0, True)


def test_a_family_that_keeps_yielding_is_never_frozen() -> None:
    families = Families(patience=3)
    for i in range(1, 40):
        # every other page brings a new article: the barren run never reaches 3
        assert not families.record(f"https://x.vn/tin-tuc/page/{i}/", productive=i % 2 == 0)
    assert families.allows("https://x.vn/tin-tuc/page/41/")
    budget = families.budgets[family_of("https://x.vn/tin-tuc/page/1/")]
    assert budget.fetched == 39 and not budget.frozen


def test_a_productive_page_resets_the_barren_run() -> None:
    families = Families(patience=3)
    url = "https://x.vn/index.php?module=news&page={}"
    for i, productive in enumerate([False, False, True, False, False, True, False, False]):
        assert not families.record(url.format(i), productive=productive)
    assert families.allows(url.format(99))
    assert families.record(url.format(100), productive=False)  # the third barren page in a row
    assert not families.allows(url.format(101))


def test_freezing_one_family_leaves_the_others_alone() -> None:
    families = Families(patience=2)
    for state in (WPS_1, WPS_2):
        families.record(state, productive=False)
    assert not families.allows(WPS_Z0)  # any view of that WebSphere page
    assert families.allows("https://portal.example.gov.vn/wps/portal/truong/tin-tuc/!ut/p/z1/abc/")
    assert families.allows("https://x.vn/lich?thang=1&nam=2026")


def test_unknown_families_are_allowed_and_default_patience_is_generous() -> None:
    families = Families()
    assert families.allows("https://never-seen.example.vn/anything?id=1")
    assert families.patience >= 10
    for i in range(families.patience - 1):
        families.record(f"https://x.vn/a?id={i}", productive=False)
    # (the family itself is not frozen; its path's query variants, counted together since round
    # 64, are: an article there is still fetched)
    assert families.allows("https://x.vn/a?id=999", article=True)
    assert families.budgets["x.vn/a?id={n}"].frozen is False


# --- fingerprints -----------------------------------------------------------------------------


def test_fingerprint_is_short_stable_and_separates_parts() -> None:
    assert fingerprint("article", "hoi nghi", "text") == fingerprint("article", "hoi nghi", "text")
    assert fingerprint("ab", "") != fingerprint("a", "b")
    assert fingerprint("article", "x") != fingerprint("listing", "x")
    assert len(fingerprint("x")) == 8


def _wps_article(state: str, clock: str, text: str) -> str:
    return f"""<html><head><title>Sở GD&amp;ĐT</title></head><body>
<div class="clock">{clock}</div>
<div class="menu"><a href="/wps/portal/truong/!ut/p/z1/{state}/">Trang chủ</a></div>
<div class="detail"><h1>Hội nghị triển khai nhiệm vụ năm học 2024-2025</h1><p class="date">Ngày 20/08/2024</p>
<p>{text}</p></div></body></html>"""


TEXT = (
    "Sáng ngày 20/8, Sở Giáo dục và Đào tạo tổ chức hội nghị triển khai nhiệm vụ năm học "
    "2024-2025 cho các đơn vị trường học trên địa bàn tỉnh."
)


def test_one_article_under_two_state_urls_has_one_fingerprint() -> None:
    a = plan_page(
        parse(_wps_article("AAAA1111bbbbCCCC2222", "10:45", TEXT).encode(), WPS_1),
        PageHints(as_article=True),
    )
    b = plan_page(
        parse(_wps_article("ZZZZ9999yyyyXXXX8888", "10:46", TEXT).encode(), WPS_2),
        PageHints(as_article=True),
    )
    assert a.kind == b.kind == "article"
    assert a.fingerprint == b.fingerprint


def test_different_articles_have_different_fingerprints() -> None:
    a = plan_page(
        parse(_wps_article("A1", "10:45", TEXT).encode(), WPS_1), PageHints(as_article=True)
    )
    b = plan_page(
        parse(_wps_article("A1", "10:45", TEXT.replace("20/8", "21/8")).encode(), WPS_1),
        PageHints(as_article=True),
    )
    assert a.fingerprint != b.fingerprint


def _wps_listing(state: str, clock: str, n: int = 4) -> str:
    items = "".join(
        f'<li><a href="/wps/portal/truong/!ut/p/z1/{state}{i}/">Tin tức số {i} của Sở Giáo dục và Đào tạo</a></li>'
        for i in range(n)
    )
    return f"<html><head><title>Tin</title></head><body><span class='time'>{clock}</span><h1>Tin tức</h1><ul class='list'>{items}</ul></body></html>"


def test_a_listing_fingerprint_ignores_link_urls_and_clocks() -> None:
    a = plan_page(parse(_wps_listing("AAAA1111bbbbCCCC2222", "10:45").encode(), WPS_1))
    b = plan_page(parse(_wps_listing("ZZZZ9999yyyyXXXX8888", "10:46").encode(), WPS_2))
    c = plan_page(parse(_wps_listing("AAAA1111bbbbCCCC2222", "10:45", n=5).encode(), WPS_1))
    assert a.kind == b.kind == "listing"
    assert a.fingerprint == b.fingerprint
    assert a.fingerprint != c.fingerprint  # one more entry: another page


def test_percent_encoded_vietnamese_slugs_are_words_not_state() -> None:
    """Google Sites and other hosts keep Vietnamese letters in paths; percent-encoded they look
    like an encoder's output, but two sections' second pages are two pages."""
    a = "https://sites.example.com/view/thhoaphu/tin-t%E1%BB%A9c/ho%E1%BA%A1t-%C4%91%E1%BB%99ng-nh%C3%A0-tr%C6%B0%E1%BB%9Dng/trang-2"
    b = "https://sites.example.com/view/thhoaphu/tin-t%E1%BB%A9c/th%C3%B4ng-b%C3%A1o/trang-2"
    assert not is_stateful(a) and not is_stateful(b)
    assert request_key(a, "2") != request_key(b, "2")
