"""Group commit: many concurrent callers, one database round trip. Each caller submits an item and awaits
its own result; a short moment after the first submission (or once `max_size` items wait) one call of
`flush(items)` serves them all. Under load this turns N small transactions into one; alone, an item
waits `delay` seconds at most."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from typing import Any


class GroupCommit:
    def __init__(
        self,
        flush: Callable[[list[Any]], Awaitable[dict[Hashable, Any] | None]],
        *,
        delay: float = 0.002,
        max_size: int = 200,
    ) -> None:
        self.flush = flush
        self.delay = delay
        self.max_size = max_size
        self._pending: list[tuple[Any, Hashable, asyncio.Future]] = []
        self._timer: asyncio.TimerHandle | None = None
        self._running: set[asyncio.Task] = set()

    async def submit(self, item: Any, key: Hashable | None = None) -> Any:
        """Wait for the batch holding `item`; the result is what `flush` returned under `key` (default:
        the item itself), or None. An exception of `flush` is raised to every caller of the batch."""
        return await self._enqueue(item, key)

    def add(self, item: Any) -> None:
        """Submit without waiting for the batch (a best-effort mark: its failure is swallowed)."""
        self._enqueue(item, None).add_done_callback(lambda f: f.cancelled() or f.exception())

    def _enqueue(self, item: Any, key: Hashable | None) -> asyncio.Future:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._pending.append((item, key if key is not None else item, future))
        if len(self._pending) >= self.max_size:
            self._flush_now()
        elif self._timer is None:
            self._timer = loop.call_later(self.delay, self._flush_now)
        return future

    def _flush_now(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._pending = self._pending, []
        if batch:
            task = asyncio.create_task(self._run(batch))
            self._running.add(task)
            task.add_done_callback(self._running.discard)

    async def _run(self, batch) -> None:
        try:
            results = await self.flush([item for item, _key, _future in batch])
        except Exception as exc:  # noqa: BLE001 - handed to every waiting caller
            for _item, _key, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        for _item, key, future in batch:
            if not future.done():
                future.set_result(results.get(key) if results else None)

    async def flush_pending(self) -> None:
        """Run the waiting batch now and wait for every batch in progress (at shutdown)."""
        self._flush_now()
        if self._running:
            await asyncio.gather(*list(self._running), return_exceptions=True)
