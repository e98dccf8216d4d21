"""Fixture portals for the end-to-end tests: one module per platform, each following the
test-portal contract (NAME, START_PATH, PLATFORM, build_site(), GOLD, NON_ARTICLES)."""
