"""What the twenty-first round of blind portals (a vendor's PHP school product with
``?mod=…&act=…`` routes, CMS Made Simple, WordPress with Astra) taught."""

from __future__ import annotations

import pytest

from crawler.navigation.urls import is_trap


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/index.php?mod=tintuc&act=in&id=1224",
        "http://127.0.0.1:8000/index.php?mod=tintuc&act=guiemail&id=1224",
        "http://127.0.0.1:8000/index.php?module=news&action=print&id=9",
        "http://127.0.0.1:8000/index.php?mact=News,cntnt01,print,0&cntnt01articleid=123",
    ],
)
def test_a_modules_print_and_send_actions_are_traps(url: str) -> None:
    assert is_trap(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/index.php?mod=tintuc&act=chitiet&id=1224",
        "http://127.0.0.1:8000/index.php?mod=tintuc&act=index&id=5",
        "http://127.0.0.1:8000/index.php?mact=News,cntnt01,detail,0&cntnt01articleid=123",
    ],
)
def test_a_modules_other_actions_are_followed(url: str) -> None:
    assert not is_trap(url)

