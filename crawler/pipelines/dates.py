"""published_at from the page's own date, its metadata, the listing or the URL (never the header clock)."""

from __future__ import annotations

from crawler.clean.steps import resolve_published
from crawler.pipelines.base import StepPipeline


class DatesPipeline(StepPipeline):
    name = "dates"
    step = staticmethod(resolve_published)
