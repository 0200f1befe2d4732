"""The bot's metrics: plain-Python values, rendered in the Prometheus text format only when asked; a
polling bot never imports prometheus_client (nor bm25s's tqdm)."""

from __future__ import annotations

import subprocess
import sys

from bot.adapters import metrics


def test_exposition_renders_counters_labels_histogram_and_gauge() -> None:
    before = metrics.exposition()[0].decode()
    metrics.UPDATES_RECEIVED.inc(2)
    metrics.NUDGES.labels("blocked").inc()
    metrics.HANDLER_SECONDS.observe(0.02)
    metrics.HANDLER_SECONDS.observe(20.0)
    metrics.INBOX_BACKLOG.set(7)
    text, content_type = metrics.exposition()
    text = text.decode()
    assert content_type.startswith("text/plain")

    def value(text: str, sample: str) -> float:
        line = next(line for line in text.splitlines() if line.startswith(sample + " "))
        return float(line.rsplit(" ", 1)[1])

    assert value(text, "magbot_updates_received_total") == value(before, "magbot_updates_received_total") + 2
    blocked = 'magbot_nudges_total{outcome="blocked"}'
    assert value(text, blocked) == value(before, blocked) + 1
    assert 'magbot_nudges_total{outcome="sent"}' in text and 'magbot_nudges_created{outcome="sent"}' in text
    count = "magbot_handler_seconds_count"
    assert value(text, count) == value(before, count) + 2
    le_25ms = 'magbot_handler_seconds_bucket{le="0.025"}'
    assert value(text, le_25ms) == value(before, le_25ms) + 1  # 20 s only in +Inf
    inf = 'magbot_handler_seconds_bucket{le="+Inf"}'
    assert value(text, inf) == value(text, count)
    assert "magbot_handler_seconds_created" in text
    assert value(text, "magbot_inbox_backlog") == 7.0


def test_metrics_and_retrieval_import_neither_prometheus_nor_tqdm() -> None:
    code = (
        "import sys; import bot.adapters.metrics as m; import bot.domain.retrieval; m.UPDATES_HANDLED.inc();"
        "m.HANDLER_SECONDS.observe(0.1); print(sorted({'prometheus_client', 'tqdm'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_bot_skips_httpx_command_line_client() -> None:
    code = (
        "import sys; from bot.adapters.runner import skip_httpx_cli; skip_httpx_cli(); import telegram.ext;"
        "import httpx; print(callable(httpx.main), sorted({'click', 'pygments'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True []"
