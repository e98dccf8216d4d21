"""Bylines leave the body for authors, photographers and source."""

from __future__ import annotations

from crawler.clean.steps import extract_bylines
from crawler.pipelines.base import StepPipeline


class BylinesPipeline(StepPipeline):
    name = "bylines"
    step = staticmethod(extract_bylines)
