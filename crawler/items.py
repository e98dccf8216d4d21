"""The Article item. Field order here is the schema's order and the export order."""

from __future__ import annotations

import scrapy

from crawler.schema import RECORD_FIELDS, WORK_FIELDS

__all__ = ["RECORD_FIELDS", "WORK_FIELDS", "ArticleItem"]

class ArticleItem(scrapy.Item):
    url = scrapy.Field()
    canonical_url = scrapy.Field()
    portal = scrapy.Field()
    title = scrapy.Field()
    published_at = scrapy.Field()
    updated = scrapy.Field()
    authors = scrapy.Field()
    photographers = scrapy.Field()
    source = scrapy.Field()
    summary = scrapy.Field()
    body = scrapy.Field()
    images = scrapy.Field()
    category = scrapy.Field()
    language = scrapy.Field()
    content_hash = scrapy.Field()
    crawled_at = scrapy.Field()
    schema_version = scrapy.Field()
    # work fields
    blocks = scrapy.Field()
    date_candidates = scrapy.Field()
    meta_authors = scrapy.Field()
    field_authors = scrapy.Field()
    field_photographers = scrapy.Field()
    listing_date = scrapy.Field()
    attachments = scrapy.Field()
