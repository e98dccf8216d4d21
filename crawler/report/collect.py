"""Reading what runs left behind: manifests, their JSONL files, the state store.

Everything here reads *defensively*. Manifests come from several versions of the crawler (and
from other writers: ``crawl``'s own failure manifests add finish reasons such as
``unreachable`` or ``too_many_failures``, failed pages with reasons, a one-line reason), so a
key may be missing, of an unexpected type, or new. A missing key is shown as unknown, an
unknown key is kept in :attr:`Run.extra`, and a manifest that is not JSON at all becomes a
*problem* of the report instead of a crash: the report is what an operator opens when things
went wrong, so it must not be the next thing that breaks.

Record files are streamed line by line (a portal may have 100,000 records in one file) and
folded into :class:`RecordStats` counters; no record outlives its line.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from crawler.feeds.layout import MANIFEST_SUFFIX

#: Keys under which a manifest may explain its finish reason in one line, first present wins.
#: (Writers differ: the spider's manifests have none, ``crawl``'s failure manifests one of these.)
REASON_KEYS: tuple[str, ...] = ("reason", "finish_detail", "finish_message", "message", "detail", "error")

#: Manifest keys this module reads itself; any other key is kept in Run.extra and shown as is.
#: failed pages kept per run (the count stays exact): a run that failed on 100,000 pages must not
#: cost the report 100,000 dicts, and nobody reads past the first hundred
KEEP_FAILED_PAGES = 100
_KNOWN_KEYS = frozenset({
    "run_id", "portal", "started_at", "finished_at", "finish_reason", "counts", "dropped_reasons",
    "failed_pages", "schema_version", "file", "sha256", "lines", "mode", "platform", *REASON_KEYS,
})


def week_of(day: date) -> date:
    """The Monday that starts *day*'s ISO week: the key of the weekly histograms."""
    return day - timedelta(days=day.weekday())


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def parse_time(value: Any) -> datetime | None:
    """A manifest timestamp (``2026-11-25T12:00:00Z`` or any ISO form) as an aware datetime, or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


@dataclass(frozen=True)
class Run:
    """One run as its manifest tells it, normalised: unknown values are None, never guessed."""

    portal: str
    run_id: str
    manifest: Path
    started_at: datetime | None
    finished_at: datetime | None
    finish_reason: str | None
    reason: str | None
    mode: str | None
    counts: Mapping[str, int]
    failed_pages: tuple[Mapping[str, str], ...]
    dropped_reasons: Mapping[str, int]
    lines: int | None
    file: Path | None
    sha256: str | None
    platform: str | None
    extra: Mapping[str, Any] = field(default_factory=dict)
    #: failed pages the manifest listed (failed_pages keeps the first KEEP_FAILED_PAGES)
    failed_total: int = 0
    #: the records file the manifest names, beside it (``file`` is that path when it exists)
    records_name: str = ""

    @property
    def when(self) -> datetime | None:
        """The run's time for people: when it finished, else when it started."""
        return self.finished_at or self.started_at

    @property
    def sort_key(self) -> tuple[str, str]:
        moment = self.started_at or self.finished_at
        return (moment.isoformat() if moment else "", self.run_id)

    def count(self, name: str) -> int:
        return int(self.counts.get(name, 0))

    @property
    def found(self) -> int | None:
        """Articles the run came across (new, updated, or known and skipped); None if unknown.

        ``seen`` is what tells a healthy incremental run (nothing new, but it walked past known
        articles) from a blind one (a changed layout: no article at all). Without ``seen`` a run
        that delivered nothing cannot be judged, and None says so.
        """
        delivered = self.count("new") + self.count("updated") + self.count("unchanged")
        if "seen" in self.counts:
            return max(self.count("seen"), delivered)
        return delivered or None

    @property
    def failed_count(self) -> int:
        """Failed pages: the list when there is one, else the ``errors`` count."""
        return max(self.failed_total, len(self.failed_pages), self.count("errors"))


def read_run(manifest: Path, portal_dir: str) -> Run:
    """Read one manifest tolerantly; ValueError (with the reason) only when it is not a JSON object."""
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    stem = manifest.name[: -len(MANIFEST_SUFFIX)]
    counts_raw = data.get("counts") if isinstance(data.get("counts"), dict) else {}
    counts = {str(k): v for k, v in ((k, _int(v)) for k, v in counts_raw.items()) if v is not None}
    pages = []
    raw_pages = data.get("failed_pages")
    for page in raw_pages if isinstance(raw_pages, list) else ():
        if isinstance(page, dict):
            pages.append({str(k): str(v) for k, v in page.items() if v is not None})
        elif isinstance(page, list | tuple) and len(page) >= 2:
            pages.append({"url": str(page[0]), "reason": str(page[1])})
        elif isinstance(page, str):
            pages.append({"url": page, "reason": ""})
    dropped_raw = data.get("dropped_reasons") if isinstance(data.get("dropped_reasons"), dict) else {}
    dropped = {str(k): v for k, v in ((k, _int(v)) for k, v in dropped_raw.items()) if v is not None}
    name = _text(data.get("file"))
    jsonl = manifest.with_name(Path(name).name) if name else manifest.with_name(stem + ".jsonl")
    reason = next((_text(data[key]) for key in REASON_KEYS if _text(data.get(key))), None)
    return Run(
        portal=_text(data.get("portal")) or portal_dir,
        run_id=_text(data.get("run_id")) or stem,
        manifest=manifest,
        started_at=parse_time(data.get("started_at")),
        finished_at=parse_time(data.get("finished_at")),
        finish_reason=_text(data.get("finish_reason")),
        reason=reason.splitlines()[0] if reason else None,
        mode=_text(data.get("mode")),
        counts=counts,
        failed_pages=tuple(pages[:KEEP_FAILED_PAGES]),
        failed_total=len(pages),
        records_name=jsonl.name,
        dropped_reasons=dropped,
        lines=_int(data.get("lines")),
        file=jsonl if jsonl.is_file() else None,
        sha256=_text(data.get("sha256")),
        platform=_text(data.get("platform")),
        extra={k: v for k, v in data.items() if k not in _KNOWN_KEYS},
    )


def find_manifests(output_dir: Path) -> Iterator[tuple[str, Path]]:
    """(portal directory, manifest path) for every ``<portal>/<YYYY>/<MM>/<run>.manifest.json``.

    Walks with scandir in sorted order, one portal directory at a time, so 10,000 portals are a
    stream rather than one big glob result. Hidden files (``.partial`` staging) are skipped.
    """
    def dirs(path: Path) -> list[os.DirEntry[str]]:
        try:
            with os.scandir(path) as it:
                return sorted((e for e in it if e.is_dir() and not e.name.startswith(".")), key=lambda e: e.name)
        except OSError:
            return []

    for portal in dirs(output_dir):
        for year in dirs(Path(portal.path)):
            if not (len(year.name) == 4 and year.name.isdigit()):
                continue
            for month in dirs(Path(year.path)):
                if not (len(month.name) == 2 and month.name.isdigit()):
                    continue
                with os.scandir(month.path) as it:
                    names = sorted(e.name for e in it if e.name.endswith(MANIFEST_SUFFIX) and not e.name.startswith("."))
                for name in names:
                    yield portal.name, Path(month.path) / name


@dataclass
class RecordStats:
    """Counters over records, filled one line at a time and mergeable across files.

    Shares are of ``records``: with a date (``published_at`` set), with a time (a date with a
    time of day), with authors (a non-empty list), with images (at least one), with a captioned
    image (at least one image whose caption is not empty).
    """

    records: int = 0
    with_date: int = 0
    with_time: int = 0
    with_authors: int = 0
    with_images: int = 0
    with_captions: int = 0
    undated: int = 0
    #: records per ISO week (key: that week's Monday) of their publication date
    by_week: Counter[date] = field(default_factory=Counter)
    #: lines that were not a JSON object
    bad_lines: int = 0

    def add(self, record: Mapping[str, Any]) -> None:
        self.records += 1
        published = record.get("published_at")
        day = None
        if isinstance(published, str) and len(published) >= 10:
            try:
                day = date.fromisoformat(published[:10])
            except ValueError:
                day = None
        if day is None:
            self.undated += 1
        else:
            self.with_date += 1
            if "T" in published:
                self.with_time += 1
            self.by_week[week_of(day)] += 1
        authors = record.get("authors")
        if isinstance(authors, list) and any(isinstance(a, str) and a.strip() for a in authors):
            self.with_authors += 1
        images = record.get("images")
        if isinstance(images, list) and images:
            self.with_images += 1
            if any(isinstance(im, dict) and isinstance(im.get("caption"), str) and im["caption"].strip() for im in images):
                self.with_captions += 1

    def merge(self, other: RecordStats) -> None:
        for name in _STAT_FIELDS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.by_week.update(other.by_week)


@dataclass(frozen=True)
class FileScan:
    """One JSONL file read to the end: its counters and what identifies its bytes."""

    stats: RecordStats
    lines: int
    sha256: str


def scan_records(path: Path) -> FileScan:
    """Stream *path* once: hash its bytes, count its lines, fold each record into RecordStats."""
    stats = RecordStats()
    digest = hashlib.sha256()
    lines = 0
    with open(path, "rb") as fh:
        for line in fh:
            digest.update(line)
            if line.endswith(b"\n"):
                lines += 1
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError):
                stats.bad_lines += 1
                continue
            if isinstance(record, dict):
                stats.add(record)
            else:
                stats.bad_lines += 1
    return FileScan(stats, lines, digest.hexdigest())


def state_totals(state_path: str | os.PathLike[str] | None) -> tuple[dict[str, Any], str | None]:
    """({portal: PortalTotals}, problem) from the state store at *state_path*.

    A missing file is not created (a report must not leave an empty database behind); it just
    means the report is built from manifests alone, and the second value says so.
    """
    if not state_path:
        return {}, None
    path = Path(state_path)
    if not path.is_file():
        return {}, f"no state store at {path}: 'used to produce' is judged from manifests alone"
    from crawler.state import StateStore

    try:
        with StateStore(path, busy_timeout_s=10.0) as store:
            return store.portal_totals(), None
    except Exception as exc:  # a locked, corrupt or newer database: report without it, and say why
        return {}, f"state store {path} unreadable ({exc}): 'used to produce' is judged from manifests alone"


# -- the report cache's view of runs and scans (plain JSON values) ---------------------------------


def run_to_json(run: Run) -> dict[str, Any]:
    """*run* as JSON values (its manifest path is the cache's key, so it is left out)."""
    return {
        "portal": run.portal, "run_id": run.run_id,
        "started_at": run.started_at.isoformat() if run.started_at else None,
        "finished_at": run.finished_at.isoformat() if run.finished_at else None,
        "finish_reason": run.finish_reason, "reason": run.reason, "mode": run.mode, "counts": dict(run.counts),
        "failed_pages": [dict(p) for p in run.failed_pages], "failed_total": run.failed_total,
        "dropped_reasons": dict(run.dropped_reasons), "lines": run.lines, "file": run.file.name if run.file else None,
        "sha256": run.sha256, "platform": run.platform, "extra": dict(run.extra), "records_name": run.records_name,
    }  # fmt: skip


def run_from_json(data: Mapping[str, Any], manifest: Path) -> Run:
    return Run(
        portal=data["portal"], run_id=data["run_id"], manifest=manifest,
        started_at=parse_time(data["started_at"]), finished_at=parse_time(data["finished_at"]),
        finish_reason=data["finish_reason"], reason=data["reason"], mode=data["mode"], counts=dict(data["counts"]),
        failed_pages=tuple(data["failed_pages"]), dropped_reasons=dict(data["dropped_reasons"]), lines=data["lines"],
        file=manifest.with_name(data["file"]) if data["file"] else None, sha256=data["sha256"],
        platform=data["platform"], extra=dict(data["extra"]), failed_total=int(data["failed_total"]),
        records_name=data["records_name"],
    )  # fmt: skip


_STAT_FIELDS = ("records", "with_date", "with_time", "with_authors", "with_images", "with_captions", "undated", "bad_lines")


def scan_to_json(scan: FileScan) -> dict[str, Any]:
    stats = {name: getattr(scan.stats, name) for name in _STAT_FIELDS}
    stats["by_week"] = {week.isoformat(): n for week, n in sorted(scan.stats.by_week.items())}
    return {"stats": stats, "lines": scan.lines, "sha256": scan.sha256}


def scan_from_json(data: Mapping[str, Any]) -> FileScan:
    raw = data["stats"]
    stats = RecordStats(**{name: int(raw[name]) for name in _STAT_FIELDS})
    stats.by_week = Counter({date.fromisoformat(week): int(n) for week, n in raw["by_week"].items()})
    return FileScan(stats, int(data["lines"]), str(data["sha256"]))
