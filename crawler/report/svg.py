"""Bar charts as inline SVG: no CDN, no script, readable in any browser and in a saved file.

A sparkline per portal is one ``<path>`` (a few hundred bytes even for 52 weeks, which matters
when a report has 10,000 rows); the overview chart has a ``<rect>`` per week with a ``<title>``
tooltip. Both carry their numbers in ``data-values`` and a text alternative in ``aria-label``,
so a test (or a screen reader) reads the same figures a person sees.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def sparkline(values: Sequence[int], label: str, max_width: int = 160, height: int = 24) -> str:
    """A tiny bar chart of *values* scaled to its own maximum; zero weeks draw no bar.

    Bars are 3 px with a 1 px gap, narrower (2 px, then no gap) when many weeks would make
    the table wider than *max_width* allows; one column of a wide table should stay one column.
    """
    step = max(2, min(4, max_width // max(len(values), 1)))
    gap = 1 if step >= 3 else 0
    bar = step - gap
    width = len(values) * (bar + gap) - gap if values else bar
    top = max(values, default=0)
    parts = []
    for i, value in enumerate(values):
        if value <= 0:
            continue
        h = max(1.0, (height - 1) * value / top)
        parts.append(f"M{i * (bar + gap)} {height - 1}v-{_fmt(h)}h{bar}v{_fmt(h)}z")
    total = sum(values)
    aria = f"{label}: {total} article(s) in {len(values)} weeks, at most {top} in a week"
    return (
        f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(aria)}" data-values="{" ".join(map(str, values))}">'
        f"<title>{escape(aria)}</title>"
        f'<line x1="0" y1="{height - 0.5}" x2="{width}" y2="{height - 0.5}" class="axis"/>'
        f'<path class="bars" d="{"".join(parts)}"/></svg>'
    )


def week_chart(values: Sequence[int], weeks: Sequence[date], label: str, width: int = 720, height: int = 140) -> str:
    """The overview chart: one bar per week with its date and count as a tooltip, a scale and
    the first and last week written under the axis."""
    left, bottom, top_pad = 36, 18, 8
    plot_w, plot_h = width - left - 4, height - bottom - top_pad
    top = max(values, default=0)
    step = plot_w / max(len(values), 1)
    bars = []
    for i, (value, week) in enumerate(zip(values, weeks, strict=True)):
        h = plot_h * value / top if top else 0
        x = left + i * step
        bars.append(
            f'<rect x="{_fmt(x + 0.5)}" y="{_fmt(top_pad + plot_h - h)}" width="{_fmt(max(step - 1, 1))}" height="{_fmt(h)}">'
            f"<title>week of {week:%Y-%m-%d}: {value} article(s)</title></rect>"
        )
    axis_y = top_pad + plot_h
    first = f"{weeks[0]:%Y-%m-%d}" if weeks else ""
    last = f"{weeks[-1]:%Y-%m-%d}" if weeks else ""
    aria = f"{label}: {sum(values)} article(s) in {len(values)} weeks from {first} to {last}, at most {top} in a week"
    return (
        f'<svg class="weeks" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(aria)}" data-values="{" ".join(map(str, values))}">'
        f"<title>{escape(aria)}</title>"
        f'<line x1="{left}" y1="{axis_y + 0.5}" x2="{width - 4}" y2="{axis_y + 0.5}" class="axis"/>'
        f'<text x="{left - 4}" y="{top_pad + 8}" text-anchor="end">{top}</text>'
        f'<text x="{left - 4}" y="{axis_y}" text-anchor="end">0</text>'
        f'<text x="{left}" y="{height - 4}">{first}</text>'
        f'<text x="{width - 4}" y="{height - 4}" text-anchor="end">{last}</text>'
        f'<g class="bars">{"".join(bars)}</g></svg>'
    )
