"""The lean Bot API backend (bot.adapters.tg.bot_api_http): the same requests and answers as PTB's own
backend, against the fake Bot API and against small raw servers for the HTTP corner cases."""

from __future__ import annotations

import asyncio
import contextlib
import json

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from bot.adapters.tg.bot_api_http import LeanBotApiRequest, lean_request, proxied
from tests.fake_bot_api import FakeBotAPI


@contextlib.asynccontextmanager
async def bot_on(base_url: str, token: str = "123456:TEST-token-for-the-fake-server-only", **kwargs):
    request = LeanBotApiRequest(HTTPXRequest, **kwargs)
    bot = Bot(token, base_url=base_url, request=request)
    await request.initialize()
    try:
        yield bot, request
    finally:
        await request.shutdown()


async def test_messages_go_out_as_with_ptbs_backend_and_connections_are_kept():
    async with FakeBotAPI() as api, bot_on(api.base_url) as (bot, request):
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("✅ Yes", callback_data="big:yes")]])
        sent = await bot.send_message(
            100_001, "150 mg of 350 mg — ünïcode & ampersands=ok", reply_markup=keyboard
        )
        await asyncio.gather(*(bot.send_message(100_002, f"reply {i}") for i in range(20)))
        assert sent.text == "150 mg of 350 mg — ünïcode & ampersands=ok"
        first = api.sent()[0]
        assert first.chat_id == 100_001 and first.text == sent.text
        assert first.buttons == [{"text": "✅ Yes", "callback_data": "big:yes"}]
        assert sorted(c.text for c in api.sent()[1:]) == sorted(f"reply {i}" for i in range(20))
        idle = sum(len(streams) for streams in request._idle.values())
        assert 1 <= idle <= 20  # kept for the next requests
        await bot.send_message(100_003, "again")  # on a kept connection
        assert sum(len(streams) for streams in request._idle.values()) == idle


async def test_api_errors_become_ptbs_exceptions():
    async with (
        FakeBotAPI(blocked_chats=set(), fail_next=[429, 400, 502]) as api,
        bot_on(api.base_url) as (bot, _),
    ):
        with pytest.raises(RetryAfter):
            await bot.send_message(100_001, "one")
        with pytest.raises(BadRequest):
            await bot.send_message(100_001, "two")
        with pytest.raises(NetworkError):
            await bot.send_message(100_001, "three")
        assert (await bot.send_message(100_001, "four")).text == "four"


async def test_uploads_go_through_ptbs_backend():
    async with FakeBotAPI() as api, bot_on(api.base_url) as (bot, _):
        await bot.send_document(100_001, b"a,b\n1,2\n", filename="export.csv")
        assert api.documents == [b"a,b\n1,2\n"]


class RawServer:
    """A server answering each request with the next canned response (bytes, or None: close at once)."""

    def __init__(self, responses: list[bytes | None]) -> None:
        self.responses = responses
        self.requests: list[bytes] = []
        self.connections = 0

    async def __aenter__(self) -> str:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/bot"

    async def __aexit__(self, *exc) -> None:
        self.server.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.lower().split(b"\r\n")
                length = int(
                    next(line for line in lines if line.startswith(b"content-length")).split(b":")[1]
                )
                self.requests.append(head + await reader.readexactly(length))
                response = self.responses.pop(0)
                if response is None:
                    writer.close()
                    return
                writer.write(response)
                await writer.drain()
                if b"Connection: close" in response:
                    writer.close()
                    return
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()


def ok(result, *, chunked: bool = False, close: bool = False) -> bytes:
    body = json.dumps({"ok": True, "result": result}).encode()
    headers = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    if close:
        headers += b"Connection: close\r\n"
    if chunked:
        chunks = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:7], body[7:]))
        return headers + b"Transfer-Encoding: chunked\r\n\r\n" + chunks + b"0\r\n\r\n"
    return headers + b"Content-Length: %d\r\n\r\n" % len(body) + body


async def test_chunked_and_closing_answers_are_read():
    server = RawServer([ok(True, chunked=True), ok(True, close=True), ok(True)])
    async with server as base_url, bot_on(base_url) as (bot, _):
        assert await bot.delete_webhook() is True
        assert await bot.delete_webhook() is True  # the server closes this one after answering
        assert await bot.delete_webhook() is True
    assert server.connections == 2
    assert server.requests[0].startswith(
        b"POST /bot123456:TEST-token-for-the-fake-server-only/deleteWebhook HTTP/1.1"
    )


async def test_a_kept_connection_the_server_dropped_is_replaced_once():
    # the server drops the connection instead of answering the second request (as when it closed an idle
    # connection just as the request went out): sent again on a new connection
    server = RawServer([ok(True), None, ok(True)])
    async with server as base_url, bot_on(base_url) as (bot, _):
        assert await bot.delete_webhook() is True
        assert await bot.delete_webhook() is True
    assert server.connections == 2 and len(server.requests) == 3


async def test_a_new_connection_that_fails_is_a_network_error():
    server = RawServer([None])
    async with server as base_url, bot_on(base_url) as (bot, _):
        with pytest.raises(NetworkError):
            await bot.delete_webhook()
    assert len(server.requests) == 1  # not sent twice


async def test_no_answer_in_time_is_timed_out():
    async def silent(reader, writer):
        await reader.read(100)
        await asyncio.sleep(5)

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with bot_on(f"http://127.0.0.1:{port}/bot", read_timeout=0.2) as (bot, request):
            with pytest.raises(TimedOut):
                await bot.delete_webhook()
            assert not any(request._idle.values())  # the connection is dropped, not kept
    finally:
        server.close()


def test_a_proxy_in_the_environment_keeps_ptbs_backend(monkeypatch):
    for name in (
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    assert isinstance(lean_request("https://api.telegram.org/bot"), LeanBotApiRequest)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    assert proxied("https://api.telegram.org/bot")
    assert isinstance(lean_request("https://api.telegram.org/bot"), HTTPXRequest)
    monkeypatch.setenv("NO_PROXY", "api.telegram.org")
    assert not proxied("https://api.telegram.org/bot")


async def test_a_full_pool_waits_its_pool_timeout_then_gives_up():
    async with (
        FakeBotAPI(send_delay=0.5) as api,
        bot_on(api.base_url, connection_pool_size=1, pool_timeout=0.1) as (bot, _),
    ):
        first = asyncio.create_task(bot.send_message(100_001, "first"))
        await asyncio.sleep(0.05)
        with pytest.raises(TimedOut):
            await bot.send_message(100_001, "second")
        assert (await first).text == "first"
        assert [c.text for c in api.sent()] == ["first"]


async def test_a_get_without_parameters_sends_no_body():
    server = RawServer([b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nbytes"])
    async with server as base_url, bot_on(base_url) as (_bot, request):
        assert await request.retrieve(base_url + "/file/photo.jpg") == b"bytes"
    assert server.requests[0].startswith(b"GET /bot/file/photo.jpg HTTP/1.1")
    assert b"Content-Length: 0\r\n\r\n" in server.requests[0]
