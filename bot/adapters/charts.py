"""Charts (matplotlib, imported only when a chart is drawn so the bot's idle memory stays small)."""

from __future__ import annotations

import asyncio
import io
import json
import sys
from datetime import date

from bot.texts import bone
from bot.usecases.results import WeekNutrient, WeekView


def week_png(week: WeekView) -> bytes:
    """Magnesium, calcium and vitamin D of the last seven days as % of the user's goals (grouped bars), with
    the 100% goal line, as PNG bytes. Sized for a phone: large type, three colours, a legend on top."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    series = [(n.nutrient, n.goal, n.totals) for n in week.nutrients] or [
        ("magnesium", float(week.goal_mg), tuple(total for _, total in week.days))
    ]
    colours = {"magnesium": "#2e7d32", "calcium": "#1565c0", "vitamin_d": "#f9a825"}
    figure = Figure(figsize=(6.4, 4.4), dpi=130)
    axes = figure.subplots()
    labels = [f"{day:%a}\n{day:%d}" for day, _ in week.days]
    width = 0.8 / len(series)
    peak = 100.0
    for offset, (nutrient, goal, values) in enumerate(series):
        percents = [min(100 * value / goal, 300) if goal else 0 for value in values]
        peak = max(peak, *percents)
        positions = [i - 0.4 + width * (offset + 0.5) for i in range(len(values))]
        axes.bar(
            positions,
            percents,
            width=width * 0.92,
            color=colours.get(nutrient, "#607d8b"),
            label=bone.CHART_LABELS.get(nutrient, nutrient),
        )
    axes.axhline(100, color="#c62828", linestyle="--", linewidth=1.6, label=bone.WEEK_CHART_GOAL)
    axes.set_xticks(range(len(labels)), labels, fontsize=10)
    axes.set_ylabel("% of goal", fontsize=11)
    axes.tick_params(axis="y", labelsize=10)
    axes.set_ylim(0, peak * 1.12)
    axes.set_title(bone.WEEK_CHART_TITLE, fontsize=12)
    axes.legend(
        loc="upper left",
        bbox_to_anchor=(0, -0.16),
        ncol=len(series) + 1,
        frameon=False,
        fontsize=10,
        handlelength=1.4,
        columnspacing=1.2,
    )
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


async def week_png_in_child(week: WeekView, timeout: float = 30.0) -> bytes:
    """Draw the chart in a short-lived child process: matplotlib (~35 MB) never enters the long-running
    bot, and the event loop keeps serving other users while the chart is drawn."""
    payload = json.dumps(
        {
            "goal_mg": week.goal_mg,
            "days": [[day.isoformat(), total] for day, total in week.days],
            "nutrients": [
                [n.nutrient, n.goal, list(n.totals), list(n.supplements), n.missing] for n in week.nutrients
            ],
        }
    ).encode()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.adapters.charts",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        png, err = await asyncio.wait_for(process.communicate(payload), timeout)
    except TimeoutError:
        process.kill()
        raise
    if process.returncode != 0 or not png.startswith(b"\x89PNG"):
        raise RuntimeError(
            f"chart process failed ({process.returncode}): {err.decode(errors='replace')[-500:]}"
        )
    return png


def _main() -> None:
    """`python -m bot.adapters.charts`: week JSON on stdin, PNG on stdout."""
    data = json.loads(sys.stdin.buffer.read())
    days = tuple((date.fromisoformat(day), float(total)) for day, total in data["days"])
    nutrients = tuple(
        WeekNutrient(name, float(goal), tuple(totals), tuple(supplements), int(missing))
        for name, goal, totals, supplements, missing in data["nutrients"]
    )
    sys.stdout.buffer.write(week_png(WeekView(days=days, goal_mg=int(data["goal_mg"]), nutrients=nutrients)))


if __name__ == "__main__":
    _main()
