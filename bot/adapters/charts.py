"""Charts (matplotlib, imported only when a chart is drawn so the bot's idle memory stays small)."""

from __future__ import annotations

import io

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
