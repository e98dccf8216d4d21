"""Counters, notices, tools, chrome, date lines and related lists leave the body."""

from __future__ import annotations

from crawler.clean.steps import strip_boilerplate
from crawler.pipelines.base import StepPipeline


class BoilerplatePipeline(StepPipeline):
    name = "boilerplate"
    step = staticmethod(strip_boilerplate)
