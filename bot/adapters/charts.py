"""Charts (matplotlib, imported only when a chart is drawn so the bot's idle memory stays small)."""

from __future__ import annotations

import asyncio
import io
import json
import sys
from datetime import date

from bot.texts import messages as t
from bot.usecases.results import WeekView


def week_png(week: WeekView) -> bytes:
    """A bar chart of the last seven daily totals with the goal line, as PNG bytes."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6, 3.2), dpi=110)
    axes = figure.subplots()
    labels = [f"{day:%a}\n{day:%d}" for day, _ in week.days]
    totals = [total for _, total in week.days]
    colours = ["#2e7d32" if total >= week.goal_mg else "#90a4ae" for total in totals]
    axes.bar(labels, totals, color=colours)
    axes.axhline(week.goal_mg, color="#c62828", linestyle="--", linewidth=1.2)
    axes.text(
        -0.45,
        week.goal_mg,
        t.WEEK_CHART_GOAL.format(goal=week.goal_mg),
        ha="left",
        va="bottom",
        fontsize=8,
        color="#c62828",
        bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
        zorder=3,
    )
    axes.set_ylabel("mg")
    axes.set_ylim(0, max([week.goal_mg * 1.15, *[v * 1.1 for v in totals]]))
    axes.set_title(t.WEEK_CHART_TITLE, fontsize=10)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


async def week_png_in_child(week: WeekView, timeout: float = 30.0) -> bytes:
    """Draw the chart in a short-lived child process: matplotlib (~35 MB) never enters the long-running
    bot, and the event loop keeps serving other users while the chart is drawn."""
    payload = json.dumps(
        {"goal_mg": week.goal_mg, "days": [[day.isoformat(), total] for day, total in week.days]}
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
    sys.stdout.buffer.write(week_png(WeekView(days=days, goal_mg=int(data["goal_mg"]))))


if __name__ == "__main__":
    _main()
