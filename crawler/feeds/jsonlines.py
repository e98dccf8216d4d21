"""The JSON Lines exporter of the data contract: fixed field order, readable Vietnamese.

Scrapy's JsonLinesItemExporter writes whatever fields an item has, in item order, escapes
non-ASCII unless FEED_EXPORT_ENCODING is set, and serialises datetimes its own way (changed in
Scrapy 2.18). Records here are exactly crawler.items.RECORD_FIELDS, in that order, missing ones
as null, work fields never; values must already be JSON types (dates are formatted upstream),
and a value that is not raises TypeError instead of being written in some surprising form.
"""

from __future__ import annotations

import json
from typing import IO, Any

from itemadapter import ItemAdapter
from scrapy.exporters import BaseItemExporter

from crawler.items import RECORD_FIELDS


def encode_record(item: Any) -> str:
    """One record as its JSONL line (with the trailing newline)."""
    adapter = ItemAdapter(item)
    record = {name: adapter.get(name) for name in RECORD_FIELDS}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


class OrderedJsonLinesExporter(BaseItemExporter):
    """Register for the ``jsonlines``/``jsonl``/``jl`` formats in FEED_EXPORTERS.

    ``fields_to_export`` / FEED_EXPORT_FIELDS and FEED_EXPORT_ENCODING are ignored: the
    contract fixes the fields, and JSONL is UTF-8.
    Each line goes out in a single ``write()`` so no reader of the staging file ever sees a
    record split across writes by this exporter.
    """

    def __init__(self, file: IO[bytes], **kwargs: Any):
        super().__init__(dont_fail=True, **kwargs)
        self.file = file

    def export_item(self, item: Any) -> None:
        self.file.write(encode_record(item).encode("utf-8"))
