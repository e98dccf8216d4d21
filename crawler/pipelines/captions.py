"""Images and the captions under them leave the body for images[]."""

from __future__ import annotations

from crawler.clean.steps import move_captions
from crawler.pipelines.base import StepPipeline


class CaptionsPipeline(StepPipeline):
    name = "captions"
    step = staticmethod(move_captions)
