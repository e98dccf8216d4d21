"""Round 39's rules (a vendor's ASP.NET Core portal whose article addresses carry the list that
linked them) on addresses of other shapes than the fixture's."""

from __future__ import annotations

from crawler.core.urls import redundant_params, without_params
from crawler.extract import extract_article


def test_the_parameters_an_own_address_drops_are_redundant() -> None:
    assert redundant_params(
        "http://a.vn/tin/xem.aspx?ma=77&nguon=trangchu&tab=2", "http://a.vn/tin/xem.aspx?ma=77"
    ) == {"nguon", "tab"}
    assert (
        redundant_params(
            "http://a.vn/tin/xem.aspx?ma=77&nguon=2", "http://a.vn/tin/xem.aspx?nguon=2&ma=77"
        )
        == frozenset()
    )


def test_an_own_address_elsewhere_or_of_other_values_teaches_nothing() -> None:
    assert (
        redundant_params("http://a.vn/tin/xem.aspx?ma=77&nguon=2", "http://a.vn/tin/xem.aspx?ma=78")
        == frozenset()
    )
    assert (
        redundant_params(
            "http://a.vn/tin/xem.aspx?ma=77&nguon=2", "http://a.vn/tin/khac.aspx?ma=77"
        )
        == frozenset()
    )
    assert (
        redundant_params("http://a.vn/tin/xem.aspx?ma=77&nguon=2", "http://b.vn/tin/xem.aspx?ma=77")
        == frozenset()
    )
    # (a canonical without parameters is a list's first page or the home page, not this page)
    assert (
        redundant_params("http://a.vn/tin/xem.aspx?ma=77&nguon=2", "http://a.vn/tin/xem.aspx")
        == frozenset()
    )


def test_without_params_keeps_the_others_in_order() -> None:
    assert (
        without_params("http://a.vn/x?b=2&nguon=3&a=1", frozenset({"nguon"}))
        == "http://a.vn/x?b=2&a=1"
    )
    assert without_params("http://a.vn/x?b=2", frozenset({"nguon"})) == "http://a.vn/x?b=2"


def _page(og_url: str) -> bytes:
    text = "Sáng 12/3, nhà trường tổ chức chuyên đề đổi mới phương pháp dạy học môn Ngữ văn với sự tham dự của giáo viên các trường trong cụm."
    return (
        f"<html><head><title>Chuyên đề Ngữ văn</title><meta property='og:url' content='{og_url}'></head>"
        f"<body><div><div class='tieu-de'>Chuyên đề đổi mới phương pháp dạy học Ngữ văn</div><p>{text}</p><p>{text}</p></div></body></html>"
    ).encode()


def test_og_url_names_the_pages_own_address_only_when_it_drops_parameters() -> None:
    url = "http://127.0.0.1:8000/tin/xem.aspx?ma=77&nguon=trangchu"
    assert (
        extract_article(_page("/tin/xem.aspx?ma=77"), url)["canonical_url"]
        == "http://127.0.0.1:8000/tin/xem.aspx?ma=77"
    )
    # a misconfigured og:url (the home page on every page) is no address of this page
    assert (
        extract_article(_page("http://127.0.0.1:8000/"), url)["canonical_url"]
        != "http://127.0.0.1:8000/"
    )
