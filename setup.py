"""Shim for ``scrapyd-deploy``, which builds an egg with ``setup.py bdist_egg``. Everything —
metadata, package data, the ``scrapy`` settings entry point — comes from pyproject.toml."""

from setuptools import setup

setup()
