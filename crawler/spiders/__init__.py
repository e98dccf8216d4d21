"""Spiders: one, ``portal``, for every portal."""
