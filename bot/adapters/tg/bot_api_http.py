"""A lean HTTP backend for python-telegram-bot's Bot API calls (a `telegram.request.BaseRequest`).

Every reply the bot sends is one POST to the Bot API. PTB's default backend (httpx over httpcore, h11 and
anyio) spends more CPU on each such request than magbot spends reading a meal (bench-replicas profiles:
about a fifth of a replica's CPU). This backend does the same POST on asyncio's own streams: HTTP/1.1
keep-alive connections in a small pool, the parameters as a JSON body (the Bot API takes one for any
method without files), the response read by its Content-Length (or chunked). What it does not do it
leaves to PTB's own backend (`fallback`): requests that upload files (sendDocument, sendPhoto).
`lean_request` picks PTB's backend altogether when a proxy is configured in the environment (httpx
honours those variables).

Errors map as in PTB's backend: a timeout is `TimedOut`, any other failure `NetworkError`. A request
that fails on a reused connection before any byte of the answer came back (the server closed the idle
connection just then) is tried once more on a new connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import ssl
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit
from urllib.request import getproxies, proxy_bypass

from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

_Stream = tuple[asyncio.StreamReader, asyncio.StreamWriter]
MAX_HEADER_BYTES = 64 * 1024


class _Retry(Exception):
    """A reused connection failed before the answer began: the request can go again on a new one."""


def _default(value: Any, default: float | None) -> float | None:
    return default if isinstance(value, type(BaseRequest.DEFAULT_NONE)) else value


class LeanBotApiRequest(BaseRequest):
    __slots__ = (
        "_connect_timeout",
        "_fallback",
        "_make_fallback",
        "_idle",
        "_pool_timeout",
        "_read_timeout",
        "_slots",
        "_ssl",
        "_write_timeout",
    )

    def __init__(
        self,
        fallback: Callable[[], BaseRequest],
        *,
        connection_pool_size: int = 64,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
    ) -> None:
        self._make_fallback = fallback
        self._fallback: BaseRequest | None = None  # built at the first upload (its TLS context costs memory)
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._slots = asyncio.Semaphore(connection_pool_size)
        self._idle: dict[tuple[str, str, int], list[_Stream]] = {}
        self._ssl: ssl.SSLContext | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        idle, self._idle = self._idle, {}
        for streams in idle.values():
            for _reader, writer in streams:
                writer.close()
        if self._fallback is not None:
            await self._fallback.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if request_data is not None and request_data.contains_files:
            if self._fallback is None:
                self._fallback = self._make_fallback()
                await self._fallback.initialize()
            return await self._fallback.do_request(
                url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
            )
        parts = urlsplit(url)
        secure = parts.scheme == "https"
        host = parts.hostname or ""
        origin = (parts.scheme, host, parts.port or (443 if secure else 80))
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        body = json.dumps(request_data.parameters).encode() if request_data is not None else b""
        head = (
            f"{method} {target} HTTP/1.1\r\nHost: {parts.netloc}\r\nUser-Agent: {self.USER_AGENT}\r\n"
            "Accept: */*\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode("latin-1")
        timeouts = (
            _default(connect_timeout, self._connect_timeout),
            _default(write_timeout, self._write_timeout),
            _default(read_timeout, self._read_timeout),
        )
        if self._slots.locked():  # every connection busy: wait for one, within the pool timeout
            try:
                async with asyncio.timeout(_default(pool_timeout, self._pool_timeout)):
                    await self._slots.acquire()
            except TimeoutError as exc:
                raise TimedOut("Pool timeout: every connection to the Bot API is busy; not sent") from exc
        else:
            await self._slots.acquire()  # free: at once (no timer)
        try:
            try:
                return await self._exchange(origin, head + body, timeouts, reuse=True)
            except _Retry:
                return await self._exchange(origin, head + body, timeouts, reuse=False)
        finally:
            self._slots.release()

    async def _exchange(self, origin, request: bytes, timeouts, *, reuse: bool) -> tuple[int, bytes]:
        connect_timeout, write_timeout, read_timeout = timeouts
        stream = self._take_idle(origin) if reuse else None
        reused = stream is not None
        answered = False
        try:
            if stream is None:
                try:
                    async with asyncio.timeout(connect_timeout):
                        stream = await self._connect(origin)
                except TimeoutError as exc:
                    raise TimedOut("Connect timeout") from exc
            reader, writer = stream
            writer.write(request)
            if writer.transport.get_write_buffer_size():
                try:
                    async with asyncio.timeout(write_timeout):
                        await writer.drain()
                except TimeoutError as exc:
                    raise TimedOut("Write timeout") from exc
            try:
                async with asyncio.timeout(read_timeout):
                    try:
                        head = await reader.readuntil(b"\r\n\r\n")
                    except asyncio.IncompleteReadError as exc:
                        answered = bool(exc.partial)
                        raise
                    answered = True
                    status, keep_alive, payload = await _read_response(head, reader)
            except TimeoutError as exc:
                raise TimedOut("Read timeout") from exc
        except TimedOut:
            _close(stream)
            raise
        except (OSError, EOFError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
            _close(stream)
            if reused and not answered:
                raise _Retry from exc
            raise NetworkError(f"Bot API request failed: {type(exc).__name__}: {exc}") from exc
        except BaseException:  # cancelled mid-request: the connection is in an unknown state
            _close(stream)
            raise
        if keep_alive:
            self._idle.setdefault(origin, []).append(stream)
        else:
            _close(stream)
        return status, payload

    def _take_idle(self, origin) -> _Stream | None:
        idle = self._idle.get(origin)
        while idle:
            reader, writer = idle.pop()
            if reader.at_eof() or writer.is_closing() or reader._buffer:  # noqa: SLF001 - stray bytes: unusable
                writer.close()
                continue
            return reader, writer
        return None

    async def _connect(self, origin) -> _Stream:
        scheme, host, port = origin
        context = None
        if scheme == "https":
            if self._ssl is None:
                self._ssl = _ssl_context()
            context = self._ssl
        return await asyncio.open_connection(host, port, ssl=context, limit=MAX_HEADER_BYTES)


def _close(stream: _Stream | None) -> None:
    if stream is not None:
        stream[1].close()


def _ssl_context() -> ssl.SSLContext:
    """Verified TLS with the certificates httpx would use (certifi's bundle when installed)."""
    try:
        import certifi

        return ssl.create_default_context(cafile=certifi.where())
    except ImportError:  # pragma: no cover - certifi comes with httpx
        return ssl.create_default_context()


async def _read_response(head: bytes, reader: asyncio.StreamReader) -> tuple[int, bool, bytes]:
    """(status, whether the connection can be used again, body) of one HTTP/1.x response whose status
    line and headers (`head`, up to the blank line) are read."""
    status_line, _, head = head.partition(b"\r\n")
    version, _, rest = status_line.partition(b" ")
    if not version.startswith(b"HTTP/1."):
        raise ValueError(f"not an HTTP/1.x answer: {status_line[:40]!r}")
    status = int(rest[:3])
    keep_alive = version == b"HTTP/1.1"
    length: int | None = None
    chunked = False
    for line in head.split(b"\r\n"):
        name, colon, value = line.partition(b":")
        if not colon:
            continue
        name = name.strip().lower()
        value = value.strip()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding":
            chunked = b"chunked" in value.lower()
        elif name == b"connection":
            keep_alive = value.lower() == b"keep-alive" or (keep_alive and value.lower() != b"close")
    if chunked:
        return status, keep_alive, await _read_chunked(reader)
    if length is not None:
        return status, keep_alive, await reader.readexactly(length)
    return status, False, await reader.read()  # no length: the body ends with the connection


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while True:
        size = int((await reader.readline()).split(b";", 1)[0].strip(), 16)
        if size == 0:
            while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)


def proxied(url: str) -> bool:
    """Whether the environment names a proxy for `url` (httpx would use it: so does PTB's backend)."""
    parts = urlsplit(url)
    proxies = getproxies()
    if not (proxies.get(parts.scheme) or proxies.get("all")):
        return False
    with contextlib.suppress(Exception):
        if proxy_bypass(parts.hostname or ""):
            return False
    return True


def lean_request(base_url: str, **httpx_kwargs: Any) -> BaseRequest:
    """The backend for the bot's Bot API calls: the lean one, falling back to PTB's for uploads; PTB's
    alone when a proxy is configured."""
    if proxied(base_url):
        return HTTPXRequest(**httpx_kwargs)
    return LeanBotApiRequest(lambda: HTTPXRequest(**httpx_kwargs))
