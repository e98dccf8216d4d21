"""Extraction quality per system against the hand-written gold.

Metrics, and why they are computed this way:
- body token precision/recall/F1: NFC text split on whitespace and punctuation (``\\w+``), as bags
  of tokens (multiset overlap). Bags, not sequences, because systems differ in how they join
  lines and paragraphs and that is not what is being judged; what matters is which words made it.
- boilerplate leaks: lines of a system's body that are a caption, byline, counter, notice,
  related-list or chrome line. Judged against the gold, never against a system's own opinion: a line
  that is a gold body paragraph (or a long part of one) is never a leak; else it leaks if it holds a
  gold caption, a byline label or a gold author/photographer name on its own, another gold
  article's title (a related list), or a phrase of the boilerplate families of PORTALS.md.
- title: exact after NFC and whitespace collapse. Date: the day (first 10 characters); date+time:
  the full value (a time where the gold has none, or none where it has one, is a miss).
- authors / photographers: exact set match of NFC, whitespace-collapsed names.
- caption recall: gold captions found among the system's image captions (enclosing parentheses
  ignored). NFC: every string the system returned is already NFC.
Fields a system does not produce are "–" (not measured), not 0.
"""

from __future__ import annotations

import re
import statistics
import time
import traceback
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from bench.gold import GoldPage
from bench.systems import System

TOKEN = re.compile(r"\w+")
F1_TARGET = 0.99

# --- the boilerplate families of PORTALS.md, as patterns over one line -------------
COUNTER = re.compile(
    r"(đang online|đang truy cập|đang trực tuyến|hôm nay|hôm qua|tuần này|tháng này|đã truy cập|"
    r"tổng lượt truy cập|số lượt truy cập|lượt truy cập|lượt xem|lượt đọc)\s*:?\s*[\d.,]+",
)
NOTICES = (
    "bạn chưa có đủ quyền truy nhập portlet này",
    "bạn không có quyền truy cập",
    "portlet tạm thời không khả dụng",
    "không có dữ liệu",
)
RELATED = (
    "các tin khác", "tin cùng chuyên mục", "tin liên quan", "bài viết liên quan", "tin mới hơn",
    "tin đã đưa", "tin cũ hơn", "xem thêm", "quay lại", "về đầu trang", "trang chủ »", "trang chủ ›",
)  # fmt: skip
CHROME = (
    "in trang", "in bài viết", "gửi email", "chia sẻ", "ý kiến bạn đọc", "để lại bình luận",
    "gửi ý kiến", "bản quyền thuộc", "cơ quan chủ quản", "chịu trách nhiệm chính", "liên kết website",
    "thăm dò ý kiến", "đăng nhập", "bỏ qua để đến nội dung",
)  # fmt: skip
HEADER_DATE = re.compile(r"(thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật),? ngày \d{1,2}/\d{1,2}/\d{4}")
BYLINE = re.compile(
    r"^(tin|ảnh|tin, ảnh|bài, ảnh|tin và ảnh|bài|bài và ảnh|nguồn|tác giả|người đưa tin|viết bởi|"
    r"theo|thực hiện|nhóm pv)\s*[:\-]|^\(theo [^)]*\)$|^nhóm pv\b|(^|\s)(tin|ảnh|tin, ảnh|bài, ảnh)\s*:\s*\S",
)
LEAK_KINDS = ("caption", "byline", "counter", "notice", "related", "chrome")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def norm(text: str | None) -> str:
    """NFC, whitespace collapsed, stripped."""
    return " ".join(nfc(text or "").split())


def fold(text: str | None) -> str:
    return norm(text).casefold()


def tokens(text: str | None) -> list[str]:
    return TOKEN.findall(nfc(text or ""))


def prf(system: str | None, gold: str | None) -> tuple[float, float, float]:
    """Bag-of-tokens precision, recall, F1 (both empty = perfect)."""
    sys_tokens, gold_tokens = Counter(tokens(system)), Counter(tokens(gold))
    n_sys, n_gold = sum(sys_tokens.values()), sum(gold_tokens.values())
    if n_sys == 0 and n_gold == 0:
        return 1.0, 1.0, 1.0
    overlap = sum((sys_tokens & gold_tokens).values())
    p = overlap / n_sys if n_sys else 0.0
    r = overlap / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def caption_key(text: str | None) -> str:
    """A caption compared without enclosing parentheses or trailing dots."""
    key = fold(text).rstrip(". ")
    while key.startswith("(") and key.endswith(")"):
        key = key[1:-1].strip().rstrip(". ")
    return key


@dataclass
class LeakJudge:
    """Judges lines of one page's system body against that page's gold."""

    gold: dict
    other_titles: Iterable[str] = ()
    body_lines: set[str] = field(init=False)
    body_flat: str = field(init=False)

    def __post_init__(self) -> None:
        paragraphs = [fold(p) for p in re.split(r"\n+", self.gold.get("body") or "")]
        self.body_lines = {p for p in paragraphs if p}
        self.body_flat = "\n".join(paragraphs)
        self.captions = [caption_key(i.get("caption")) for i in self.gold.get("images") or [] if i.get("caption")]
        self.captions = [c for c in self.captions if c]
        names = [*(self.gold.get("authors") or []), *(self.gold.get("photographers") or [])]
        self.names = {fold(n) for n in names if n}
        source = fold(self.gold.get("source"))
        self.source = source if source else None
        self.titles = [fold(t) for t in self.other_titles if t and fold(t) != fold(self.gold.get("title"))]

    def _new(self, piece: str) -> bool:
        """True when ``piece`` is not article text (not inside the gold body)."""
        return piece not in self.body_flat

    def kind(self, line: str) -> str | None:
        """The leak family of a body line, or None when it is article text or merely unexplained."""
        low = fold(line)
        if not low or low in self.body_lines or (len(low) >= 40 and low in self.body_flat):
            return None
        key = caption_key(line)
        for cap in self.captions:
            if key == cap or (len(cap) >= 12 and cap in low and self._new(cap)):
                return "caption"
        if (BYLINE.search(low) and self._new(low)) or low.strip(" .") in self.names:
            return "byline"
        if self.source and self.source in low and self._new(self.source) and len(low) <= len(self.source) + 20:
            return "byline"
        match = COUNTER.search(low)
        if match and self._new(match.group(0)):
            return "counter"
        if any(n in low and self._new(n) for n in NOTICES):
            return "notice"
        if any(r in low and self._new(r) for r in RELATED):
            return "related"
        if any(len(t) >= 12 and t in low and self._new(t) for t in self.titles):
            return "related"
        if any(c in low and self._new(c) for c in CHROME) or HEADER_DATE.search(low):
            return "chrome"
        return None

    def leaks(self, body: str | None) -> list[tuple[str, str]]:
        out = []
        for line in (body or "").split("\n"):
            kind = self.kind(line)
            if kind:
                out.append((kind, norm(line)))
        return out


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)


def _names(values: object) -> set[str]:
    if isinstance(values, str):
        values = [values]
    return {norm(v) for v in values or [] if isinstance(v, str) and norm(v)}


def _date_parts(value: object) -> tuple[str, str]:
    """(day, full) of a published_at value: 'YYYY-MM-DD' and the whole normalised string."""
    if value is None or value == "":
        return "", ""
    text = value.isoformat() if hasattr(value, "isoformat") else str(value).strip()
    full = text.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", text) else text
    return full[:10], full


def score_page(system: System, page: GoldPage, out: dict, other_titles: Iterable[str], error: str | None) -> dict:
    gold = page.gold
    fields = system.fields
    p, r, f1 = prf(out.get("body"), gold.get("body"))
    leaks = LeakJudge(gold, other_titles).leaks(out.get("body"))
    row: dict = {
        "portal": page.portal,
        "platform": page.platform,
        "url": page.url,
        "error": error,
        "precision": p,
        "recall": r,
        "f1": f1,
        "leaks": leaks,
        "nfc": all(unicodedata.is_normalized("NFC", s) for s in _strings(out)),
    }
    if "title" in fields:
        row["title"] = norm(out.get("title")) == norm(gold.get("title"))
    if "published_at" in fields:
        sys_day, sys_full = _date_parts(out.get("published_at"))
        gold_day, gold_full = _date_parts(gold.get("published_at"))
        row["date"] = sys_day == gold_day
        row["datetime"] = sys_full == gold_full
    if "authors" in fields:
        row["authors"] = _names(out.get("authors")) == _names(gold.get("authors"))
    if "photographers" in fields:
        row["photographers"] = _names(out.get("photographers")) == _names(gold.get("photographers"))
    if "images" in fields:
        wanted = [caption_key(i["caption"]) for i in gold.get("images") or [] if i.get("caption")]
        got = {caption_key(i.get("caption")) for i in out.get("images") or [] if isinstance(i, dict)}
        row["captions"] = [sum(1 for c in wanted if c in got), len(wanted)]
    return row


def _rate(rows: list[dict], key: str) -> float | None:
    values = [row[key] for row in rows if key in row]
    return sum(values) / len(values) if values else None


def aggregate(rows: list[dict]) -> dict:
    f1s = [row["f1"] for row in rows]
    kinds = Counter(kind for row in rows for kind, _ in row["leaks"])
    caps = [row["captions"] for row in rows if "captions" in row]
    cap_total = sum(c[1] for c in caps)
    return {
        "pages": len(rows),
        "errors": sum(1 for row in rows if row["error"]),
        "precision": statistics.fmean(row["precision"] for row in rows) if rows else 0.0,
        "recall": statistics.fmean(row["recall"] for row in rows) if rows else 0.0,
        "f1": statistics.fmean(f1s) if rows else 0.0,
        "f1_min": min(f1s) if rows else 0.0,
        "pages_f1_ok": sum(1 for f in f1s if f >= F1_TARGET),
        "leak_lines": sum(kinds.values()),
        "pages_with_leaks": sum(1 for row in rows if row["leaks"]),
        "leaks_by_kind": {k: kinds.get(k, 0) for k in LEAK_KINDS},
        "title": _rate(rows, "title"),
        "date": _rate(rows, "date"),
        "datetime": _rate(rows, "datetime"),
        "authors": _rate(rows, "authors"),
        "photographers": _rate(rows, "photographers"),
        "caption_recall": (sum(c[0] for c in caps) / cap_total) if caps and cap_total else (None if not caps else 1.0),
        "nfc": _rate(rows, "nfc"),
    }


def run(pages: list[GoldPage], systems: list[System], log=print) -> dict:
    """Score every (non-floor) system on every page; returns the JSON-ready result."""
    titles_by_portal: dict[str, list[str]] = {}
    for page in pages:
        titles_by_portal.setdefault(page.portal, []).append(page.gold.get("title") or "")
    result: dict = {"pages": len(pages), "systems": {}}
    for system in systems:
        if system.floor:
            continue
        t0 = time.perf_counter()
        rows = []
        for page in pages:
            error = None
            try:
                out = system.fn(page.html, page.url) or {}
            except Exception as exc:  # a crash on one page is a failed page, not a failed benchmark
                out, error = {}, f"{type(exc).__name__}: {exc}"
                log(f"  {system.name}: {page.url}: {error}\n{traceback.format_exc(limit=3)}")
            rows.append(score_page(system, page, out, titles_by_portal[page.portal], error))
        platforms = sorted({row["platform"] for row in rows})
        result["systems"][system.name] = {
            "label": system.label,
            "version": system.version,
            "fields": sorted(system.fields),
            "overall": aggregate(rows),
            "by_platform": {p: aggregate([row for row in rows if row["platform"] == p]) for p in platforms},
            "pages": rows,
            "seconds": time.perf_counter() - t0,
        }
    return result


# --- presentation ---------------------------------------------------------------
def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def table(result: dict) -> str:
    head = (
        "| system | pages | body P | body R | body F1 | min F1 | F1≥0.99 | leak lines (pages) | title | date | "
        "date+time | authors | photographers | caption recall | NFC | errors |\n"
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
    )
    rows = [head]
    for name, data in result["systems"].items():
        o = data["overall"]
        rows.append(
            f"| {name} | {o['pages']} | {o['precision']:.3f} | {o['recall']:.3f} | {o['f1']:.3f} | "
            f"{o['f1_min']:.3f} | {o['pages_f1_ok']}/{o['pages']} | {o['leak_lines']} ({o['pages_with_leaks']}) | "
            f"{_pct(o['title'])} | {_pct(o['date'])} | {_pct(o['datetime'])} | {_pct(o['authors'])} | "
            f"{_pct(o['photographers'])} | {_pct(o['caption_recall'])} | {_pct(o['nfc'])} | {o['errors']} |"
        )
    return "\n".join(rows)


def platform_table(result: dict) -> str:
    systems = list(result["systems"])
    platforms = sorted({p for data in result["systems"].values() for p in data["by_platform"]})
    rows = [
        "| platform | pages | " + " | ".join(f"{s} F1 mean/min, leaks" for s in systems) + " |",
        "|---|--:|" + "--:|" * len(systems),
    ]
    for platform in platforms:
        cells = []
        n = 0
        for s in systems:
            agg = result["systems"][s]["by_platform"].get(platform)
            n = agg["pages"] if agg else n
            cells.append(f"{agg['f1']:.3f}/{agg['f1_min']:.3f}, {agg['leak_lines']}" if agg else "–")
        rows.append(f"| {platform} | {n} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def leak_kind_table(result: dict) -> str:
    rows = ["| system | " + " | ".join(LEAK_KINDS) + " |", "|---|" + "--:|" * len(LEAK_KINDS)]
    for name, data in result["systems"].items():
        kinds = data["overall"]["leaks_by_kind"]
        rows.append(f"| {name} | " + " | ".join(str(kinds[k]) for k in LEAK_KINDS) + " |")
    return "\n".join(rows)


def problem_pages(result: dict, system: str = "ours", limit: int = 25) -> str:
    """Pages where ``system`` misses the F1 target or leaks, with the leaking lines: what to fix."""
    data = result["systems"].get(system)
    if not data:
        return f"({system} not measured)"
    lines = []
    bad = [row for row in data["pages"] if row["f1"] < F1_TARGET or row["leaks"] or row["error"]]
    for row in sorted(bad, key=lambda r: r["f1"])[:limit]:
        misses = [k for k in ("title", "date", "datetime", "authors", "photographers") if row.get(k) is False]
        lines.append(
            f"- `{row['portal']}` {row['url']}: F1 {row['f1']:.3f} (P {row['precision']:.3f}, R {row['recall']:.3f})"
            + (f", misses: {', '.join(misses)}" if misses else "")
            + (f", error: {row['error']}" if row["error"] else "")
        )
        lines.extend(f"  - leak [{kind}] `{text[:100]}`" for kind, text in row["leaks"][:6])
    if len(bad) > limit:
        lines.append(f"- … and {len(bad) - limit} more (see quality.json)")
    return "\n".join(lines) if lines else f"none: every page at F1 ≥ {F1_TARGET} with no leak"


def targets(result: dict, system: str = "ours") -> list[str]:
    """Issue 7's extraction-quality target, judged for ``system`` per platform style."""
    data = result["systems"].get(system)
    if not data:
        return [f"- {system}: not measured"]
    lines = []
    for platform, agg in sorted(data["by_platform"].items()):
        ok = agg["f1"] >= F1_TARGET and agg["leak_lines"] == 0
        gap = "" if agg["f1"] >= F1_TARGET else f", {F1_TARGET - agg['f1']:.3f} short of {F1_TARGET}"
        lines.append(
            f"- {platform}: body F1 {agg['f1']:.3f} (min {agg['f1_min']:.3f}{gap}), "
            f"{agg['leak_lines']} leak lines: {'met' if ok else 'MISSED'}"
        )
    return lines
