"""Round 40's navigation rules (a WebForms UpdatePanel pager, category parameters that change
nothing, Liferay's export links) on addresses and pagers of other shapes than the fixtures'."""

from __future__ import annotations

from crawler.core.urls import is_attachment
from crawler.navigation.links import Postback
from crawler.navigation.postbacks import current_page, pager_turn, turns_to_submit
from crawler.navigation.variants import RedundantParams, param_between

PAGER = "ctl00$cphMain$dlPages$ctl{:02d}$btnPage"


def _turns(*labels: str) -> list:
    return [pager_turn(Postback(PAGER.format(i) if label.isdigit() else f"ctl00$cphMain$btn{i}", "", label)) for i, label in enumerate(labels)]


def _submitted(*labels: str) -> list[str]:
    return [turn.postback.text for turn in turns_to_submit(_turns(*labels))[0]]


def test_a_pager_link_is_read_by_its_label() -> None:
    kinds = [t.kind for t in _turns("3", "Trang 4", "Tiếp »", "›", "Cuối", "« Đầu", "Trước", "...")]
    assert kinds == ["number", "number", "forward", "forward", "last", "backward", "backward", "other"]
    # GridView's pager: the number is in the argument, the label an arrow
    assert pager_turn(Postback("ctl00$gvTin", "Page$7", "")).number == 7


def test_the_page_a_pager_shows_is_its_unlinked_number() -> None:
    assert current_page({2, 3, 4}) == 1
    assert current_page({1, 2, 4, 5}) == 3
    assert current_page({6, 7, 8, 9}) == 5
    assert current_page(set()) is None


def test_only_links_that_can_lead_somewhere_new_are_submitted() -> None:
    # page 1 of a list: the numbers reach every page; "next" and "last" lead to pages they name
    assert _submitted("2", "3", "Tiếp »", "Cuối") == ["2", "3"]
    # page 5 of a pager that shows blocks of five without an ellipsis: only "next" reaches page 6
    assert _submitted("« Đầu", "Trước", "1", "2", "3", "4", "Tiếp »") == ["1", "2", "3", "4", "Tiếp »"]
    # a pager of words only: forward, never back
    assert _submitted("Trước", "Tiếp") == ["Tiếp"]
    # an ellipsis opening the next block is kept
    assert "..." in _submitted("1", "2", "...")


def test_a_parameter_is_learned_redundant_only_when_its_variants_are_the_same_page() -> None:
    params = RedundantParams(votes_needed=2)
    params.add("http://127.0.0.1/tin.aspx?id=31&nhom=2")
    params.add("http://127.0.0.1/tin.aspx?id=32")
    # one parameter apart from an address requested: changed, added, dropped
    assert params.varied_params("http://127.0.0.1/tin.aspx?id=31&nhom=5") == [("http://127.0.0.1/tin.aspx", "nhom")]
    assert ("http://127.0.0.1/tin.aspx", "nhom") in params.varied_params("http://127.0.0.1/tin.aspx?id=32&nhom=2")
    assert params.varied_params("http://127.0.0.1/tin.aspx?id=31&nhom=2") == []
    path = "http://127.0.0.1/tin.aspx"
    assert not params.observe(path, "nhom", same_page=True)
    assert params.state_of(path, "nhom") == "unknown"
    assert params.observe(path, "nhom", same_page=True)
    assert params.state_of(path, "nhom") == "redundant"
    assert params.without_learned("http://127.0.0.1/tin.aspx?nhom=9&id=40") == "http://127.0.0.1/tin.aspx?id=40"
    assert params.without_learned("http://127.0.0.1/tin.aspx?id=40") is None
    # a parameter that changes the page (the article's id), or its record (its category): it matters
    params.observe(path, "id", same_page=False)
    assert params.state_of(path, "id") == "distinct"
    assert not params.observe(path, "id", same_page=True)
    assert params.state_of(path, "id") == "distinct"


def test_a_parameter_found_to_matter_is_never_learned() -> None:
    params = RedundantParams(votes_needed=2)
    path = "http://127.0.0.1/index.php"
    params.observe(path, "catid", same_page=True)
    params.observe(path, "catid", same_page=True, same_fields=False)  # this variant filed the post elsewhere
    params.observe(path, "catid", same_page=True)
    assert params.state_of(path, "catid") == "refiles"


def test_the_parameter_between_two_addresses() -> None:
    assert param_between("http://h/a.php?id=3&from=list", "http://h/a.php?id=3") == ("http://h/a.php", "from")
    assert param_between("http://h/a.php?id=3&from=list", "http://h/a.php?id=4") is None
    assert param_between("http://h/a.php?id=3", "http://h/b.php?id=3") is None


def test_a_page_exported_as_a_file_is_an_attachment() -> None:
    assert is_attachment("http://h/web/guest/tin-tuc?p_p_id=101_INSTANCE_Ab12&_101_INSTANCE_Ab12_targetExtension=pdf")
    assert is_attachment("http://h/index.php?option=com_content&view=article&id=12&format=pdf")
    assert is_attachment("http://h/bai-viet/12?export=docx")
    assert not is_attachment("http://h/index.php?option=com_content&view=category&id=3&format=feed")
    assert not is_attachment("http://h/api/tin?format=json")
