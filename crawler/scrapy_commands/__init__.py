"""Project overrides of Scrapy commands (COMMANDS_MODULE)."""
