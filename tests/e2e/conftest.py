"""Fixtures of the end-to-end tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.scrapyd_nodes import HAVE_SCRAPYD, build_egg


@pytest.fixture(scope="session")
def scrapyd_egg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's egg, built once per test session (the Scrapyd tests deploy it)."""
    if not HAVE_SCRAPYD:
        pytest.skip("scrapyd is installed by `make test` (the test extra)")
    return build_egg(tmp_path_factory.mktemp("egg"))
