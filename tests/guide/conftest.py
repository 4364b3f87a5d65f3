"""Fixtures shared with the search tests."""

from tests.search.conftest import found_paths  # noqa: F401
