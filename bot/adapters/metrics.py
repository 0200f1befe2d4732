"""Prometheus metrics of one bot process (served at GET /metrics in webhook mode).

The values are kept in small plain-Python objects; `prometheus_client` is imported only when the text
format is rendered (a /metrics scrape), so a polling bot never loads it (about 4 MB of RSS).
"""

from __future__ import annotations

import bisect
import threading
import time


class _Metric:
    def __init__(self, name: str, documentation: str) -> None:
        self.name, self.documentation = name, documentation
        self._lock = threading.Lock()
        self._created = time.time()  # the `_created` series, as prometheus_client's own metrics have
        _METRICS.append(self)


class Counter(_Metric):
    """A counter, optionally with one label (`labels(value).inc()`)."""

    def __init__(self, name: str, documentation: str, labelnames: tuple[str, ...] = ()) -> None:
        super().__init__(name, documentation)
        self.labelnames = tuple(labelnames)
        self._value = 0.0
        self._children: dict[tuple[str, ...], Counter] = {}

    def inc(self, amount: float = 1.0) -> None:
        with self._lock:
            self._value += amount

    def labels(self, *values: str) -> Counter:
        with self._lock:
            child = self._children.get(values)
            if child is None:
                child = self._children[values] = Counter.__new__(Counter)
                child._lock, child._value, child._created = threading.Lock(), 0.0, time.time()
            return child

    def family(self):
        from prometheus_client.core import CounterMetricFamily

        family = CounterMetricFamily(self.name, self.documentation, labels=self.labelnames or None)
        if self.labelnames:
            for values, child in self._children.items():
                family.add_metric(list(values), child._value, created=child._created)
        else:
            family.add_metric([], self._value, created=self._created)
        return family


class Gauge(_Metric):
    def __init__(self, name: str, documentation: str) -> None:
        super().__init__(name, documentation)
        self._value = 0.0

    def set(self, value: float) -> None:
        self._value = float(value)

    def family(self):
        from prometheus_client.core import GaugeMetricFamily

        return GaugeMetricFamily(self.name, self.documentation, value=self._value)


class Histogram(_Metric):
    def __init__(self, name: str, documentation: str, buckets: tuple[float, ...]) -> None:
        super().__init__(name, documentation)
        self.buckets = tuple(sorted(buckets))
        self._counts = [0] * (len(self.buckets) + 1)  # the last one: +Inf
        self._sum = 0.0

    def observe(self, amount: float) -> None:
        with self._lock:
            self._counts[bisect.bisect_left(self.buckets, amount)] += 1
            self._sum += amount

    def family(self):
        from prometheus_client.core import HistogramMetricFamily
        from prometheus_client.utils import floatToGoString

        cumulative, total = [], 0
        for bound, count in zip((*self.buckets, float("inf")), self._counts, strict=True):
            total += count
            cumulative.append((floatToGoString(bound), total))
        family = HistogramMetricFamily(self.name, self.documentation)
        family.add_metric([], cumulative, sum_value=self._sum)
        family.add_sample(f"{self.name}_created", {}, self._created)
        return family


_METRICS: list[_Metric] = []

UPDATES_RECEIVED = Counter(
    "magbot_updates_received", "Updates stored in the inbox (redeliveries not counted)"
)
UPDATES_HANDLED = Counter("magbot_updates_handled", "Updates handled and marked done")
UPDATES_FAILED = Counter(
    "magbot_updates_failed", "Handler failures (retried later when the database was the cause)"
)
HANDLER_SECONDS = Histogram(
    "magbot_handler_seconds",
    "Time to handle one update, reply included",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
NUDGES = Counter("magbot_nudges", "Daily nudges by outcome", ("outcome",))
TELEGRAM_429 = Counter("magbot_telegram_429", "Bot API answers 'Too Many Requests'")
REPLIES_DEFERRED = Counter("magbot_replies_deferred", "Replies that could not be sent and went to the outbox")
INBOX_BACKLOG = Gauge("magbot_inbox_backlog", "Stored updates not yet handled")

for _outcome in ("sent", "blocked", "failed"):
    NUDGES.labels(_outcome)


class _Collector:
    def collect(self):
        for metric in _METRICS:
            yield metric.family()


def exposition() -> tuple[bytes, str]:
    """The Prometheus text format and its content type."""
    from prometheus_client import CollectorRegistry, generate_latest
    from prometheus_client.exposition import CONTENT_TYPE_LATEST

    registry = CollectorRegistry()
    registry.register(_Collector())
    return generate_latest(registry), CONTENT_TYPE_LATEST
