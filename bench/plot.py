"""Quality vs speed, one point per system: body F1 (y) against pages/s on one core (x, log scale).

Drawn from the quality.json and speed.json of the latest run (both under bench/results/), so the
picture always matches the tables beside it.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench import RESULTS_DIR

PNG = "quality_vs_speed.png"


def plot(results_dir: Path = RESULTS_DIR) -> Path:
    quality = json.loads((results_dir / "quality.json").read_text(encoding="utf-8"))
    speed = json.loads((results_dir / "speed.json").read_text(encoding="utf-8"))
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 5.5), dpi=120)
    floor = speed["systems"].get("lxml-parse", {}).get("pages_per_s")
    points = []
    for name, data in quality["systems"].items():
        row = speed["systems"].get(name)
        if row:
            points.append((name, row["pages_per_s"], data["overall"]["f1"], data["overall"]["leak_lines"]))
    for name, x, y, _ in points:
        ours = name == "ours"
        ax.scatter([x], [y], s=120 if ours else 60, color="tab:red" if ours else "tab:blue", zorder=3)
    ax.set_xscale("log")
    ax.set_ylim(min(0.4, min((p[2] for p in points), default=1.0) - 0.05), 1.02)
    if floor:
        ax.set_xlim(right=floor * 1.5)
        ax.axvline(floor, color="grey", linestyle="--", linewidth=1)
        ax.annotate("lxml parse floor", (floor, 0.02), rotation=90, fontsize=8, color="grey",
                    xytext=(-12, 0), textcoords="offset points", xycoords=("data", "axes fraction"))  # fmt: skip
    fig.canvas.draw()
    placed: list[tuple[float, float]] = []  # label anchors in pixels, to step labels apart
    for name, x, y, leaks in sorted(points, key=lambda p: -p[2]):
        px, py = ax.transData.transform((x, y))
        dy = 0.0
        while any(abs(px - qx) < 260 and abs(py + dy - qy) < 22 for qx, qy in placed):
            dy -= 22
        placed.append((px, py + dy))
        ax.annotate(f"{name} ({leaks} leak lines)", (x, y), textcoords="offset pixels", xytext=(10, dy - 4),
                    fontsize=8, arrowprops={"arrowstyle": "-", "color": "grey", "lw": 0.5} if dy else None)  # fmt: skip
    ax.set_xlabel("pages per second, one core (log scale)")
    ax.set_ylabel("body token F1 (mean over gold pages)")
    ax.grid(True, which="both", alpha=0.3)
    ax.set_title(
        f"Extraction quality vs speed: {quality['pages']} gold pages, {quality.get('date', '')[:10]}",
        fontsize=10,
    )
    fig.tight_layout()
    out = results_dir / PNG
    tmp = out.with_name(out.name + ".tmp")
    fig.savefig(tmp, format="png")
    plt.close(fig)
    tmp.replace(out)
    return out
