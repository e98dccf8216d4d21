"""Item pipelines: thin Scrapy wrappers over crawler.clean, one concern per module, in the order
settings.ITEM_PIPELINES lists. Each counts what it did in stats as ``portal_crawler/<pipeline>/<what>``."""
