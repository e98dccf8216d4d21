"""Body and summary as NFC text, the content hash, the record's constant fields."""

from __future__ import annotations

from crawler.clean.steps import finalise_text
from crawler.pipelines.base import StepPipeline


class TextPipeline(StepPipeline):
    name = "text"
    step = staticmethod(finalise_text)
