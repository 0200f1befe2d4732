"""Prometheus metrics of one bot process (served at GET /metrics in webhook mode)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

REGISTRY = CollectorRegistry(auto_describe=True)

UPDATES_RECEIVED = Counter(
    "magbot_updates_received", "Updates stored in the inbox (redeliveries not counted)", registry=REGISTRY
)
UPDATES_HANDLED = Counter("magbot_updates_handled", "Updates handled and marked done", registry=REGISTRY)
UPDATES_FAILED = Counter(
    "magbot_updates_failed",
    "Handler failures (retried later when the database was the cause)",
    registry=REGISTRY,
)
HANDLER_SECONDS = Histogram(
    "magbot_handler_seconds",
    "Time to handle one update, reply included",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=REGISTRY,
)
NUDGES = Counter("magbot_nudges", "Daily nudges by outcome", ["outcome"], registry=REGISTRY)
TELEGRAM_429 = Counter("magbot_telegram_429", "Bot API answers 'Too Many Requests'", registry=REGISTRY)
REPLIES_DEFERRED = Counter(
    "magbot_replies_deferred", "Replies that could not be sent and went to the outbox", registry=REGISTRY
)
INBOX_BACKLOG = Gauge("magbot_inbox_backlog", "Stored updates not yet handled", registry=REGISTRY)

for _outcome in ("sent", "blocked", "failed"):
    NUDGES.labels(_outcome)


def exposition() -> tuple[bytes, str]:
    """The Prometheus text format and its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
