"""Round 66 (blind portals readmore_only_links_sgddt, collapsed_text_pgd, wp_english_theme_thcs,
hidden_submenus_tct): extraction rules, each checked on wording and markup of other shapes than
the portal's."""

from __future__ import annotations

import pytest

from crawler.core.bylines import parse_signature


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("ThS. Nông Văn Hải - Phó Chánh Văn phòng", "Nông Văn Hải"),
        ("Lê Thị Thu Trang – Chánh Văn phòng Sở GD&ĐT", "Lê Thị Thu Trang"),
        ("Hoàng Minh Đức, Phó Chánh Thanh tra Sở", "Hoàng Minh Đức"),
        ("Vi Văn Sáng - Phó Trưởng ban Tuyên giáo", "Vi Văn Sáng"),
    ],
)
def test_the_heads_of_an_office_and_an_inspectorate_sign_with_their_post(line: str, name: str) -> None:
    got = parse_signature(line, closing=True)
    assert got is not None and got.authors == [name]
