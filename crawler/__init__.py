"""portal-crawler: clean articles from Vietnamese provincial school news portals."""

__version__ = "0.1.0"
SCHEMA_VERSION = 1
