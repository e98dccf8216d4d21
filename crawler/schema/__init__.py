"""The record's JSON Schema (versioned) and a validator built once."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator

SCHEMA_FILE = "article.schema.json"


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
