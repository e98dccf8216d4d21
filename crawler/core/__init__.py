"""Primitives every stage uses (text, dates, URLs, class-name vocabulary, stats keys).

navigation, extract and clean import from here, never from each other: this package imports
nothing of the project's but crawler.phrases (data).
"""
