"""The record: its fields in export order, its JSON Schema (versioned) and a validator built once."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator

SCHEMA_FILE = "article.schema.json"

#: Fields written to every record, in this order (the JSON Schema lists the same).
RECORD_FIELDS: tuple[str, ...] = (
    "url",
    "canonical_url",
    "portal",
    "title",
    "published_at",
    "updated",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
    "language",
    "content_hash",
    "crawled_at",
    "schema_version",
)

#: Working fields that extraction hands to the cleaning pipelines; never exported.
WORK_FIELDS: tuple[str, ...] = ("blocks", "date_candidates", "meta_authors", "field_authors", "field_photographers", "listing_date", "attachments")


@cache
def load_schema() -> dict[str, Any]:
    return json.loads(files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))


@cache
def validator() -> Draft202012Validator:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def errors_of(record: dict[str, Any]) -> list[str]:
    """Human-readable schema errors of one record (empty when valid)."""
    out = []
    for err in sorted(validator().iter_errors(record), key=lambda e: list(e.path)):
        where = "/".join(str(p) for p in err.path) or "(record)"
        out.append(f"{where}: {err.message}")
    return out


def invalid_images(record: dict[str, Any]) -> list[int]:
    """The positions of the images that fail the schema on their own (an address that is no web
    address): one bad picture should cost the record that picture, not the whole article."""
    bad = {err.path[1] for err in validator().iter_errors(record) if len(err.path) >= 2 and err.path[0] == "images"}
    return sorted(i for i in bad if isinstance(i, int))
