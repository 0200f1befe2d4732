"""A small fake Telegram Bot API server (aiohttp) for end-to-end tests and benchmarks.

The real PTB `Application`/`Bot` talks to it over HTTP through `base_url`: updates are queued with
`push_text`/`push_edit`/`push_callback` and served by `getUpdates`; every outgoing call is recorded in
`calls`. Optional behaviour: `blocked_chats` answer 403 like a user who blocked the bot, and
`rate_limit_per_second` answers 429 (with retry_after) past N messages in any one-second window;
`send_delay` seconds pass before a message is answered (a slow or congested Bot API).
`repeated_replies` counts the messages that went out more than once (the same reply sent again).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_USER = {
    "id": 987654321,
    "is_bot": True,
    "first_name": "magbot",
    "username": "magbot_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
SENDING_METHODS = {"sendmessage", "sendphoto", "senddocument"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]

    @property
    def text(self) -> str:
        return str(self.params.get("text") or self.params.get("caption") or "")

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def buttons(self) -> list[dict[str, Any]]:
        markup = self.params.get("reply_markup") or {}
        return [button for row in markup.get("inline_keyboard", []) for button in row]


@dataclass
class FakeBotAPI:
    token: str = "123456:TEST-token-for-the-fake-server-only"
    rate_limit_per_second: int | None = None
    blocked_chats: set[int] = field(default_factory=set)
    fail_next: list[int] = field(default_factory=list)  # HTTP error codes to answer the next sends with
    # method (lower case) -> (HTTP code, description) answered to every call of it, e.g.
    # {"answercallbackquery": (400, "Bad Request: query is too old and response timeout expired")}
    refuse: dict[str, tuple[int, str]] = field(default_factory=dict)
    send_delay: float = 0.0

    def __post_init__(self) -> None:
        self.calls: list[Call] = []
        self.documents: list[bytes] = []  # contents of the files sent with sendDocument, in order
        self.count_429 = 0
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._new_update = asyncio.Event()
        self._new_call = asyncio.Event()
        self._send_times: deque[float] = deque()
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    # ---- server lifecycle -------------------------------------------------------------------------
    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}/bot"
        return self.base_url

    async def stop(self) -> None:
        self._new_update.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotAPI:
        await self.start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.stop()

    # ---- updates the "users" send -----------------------------------------------------------------
    @staticmethod
    def _user(user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}", "language_code": "en"}

    def _message(self, user_id: int, text: str, message_id: int | None) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": message_id if message_id is not None else next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": f"User{user_id}"},
            "from": self._user(user_id),
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return message

    def push_update(self, update: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": next(self._update_ids), **update}
        self._updates.append(update)
        self._new_update.set()
        return update

    def redeliver(self, update: dict[str, Any]) -> dict[str, Any]:
        """Serve the same message again, as Telegram does when a bot crashed before confirming an update.
        (It gets a fresh update_id here because this poller has already confirmed the old one.)"""
        payload = {key: value for key, value in update.items() if key != "update_id"}
        return self.push_update(payload)

    def push_group(
        self,
        user_id: int,
        group_id: int,
        text: str | None,
        *,
        reply_to_bot: bool = False,
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A message in a group chat (text None: a service message built from `extra`, e.g. a join)."""
        message = self._message(user_id, text or "", None)
        message["chat"] = {"id": group_id, "type": "group", "title": "a group"}
        if text is None:
            del message["text"]
        if reply_to_bot:
            message["reply_to_message"] = {
                "message_id": 1,
                "date": int(time.time()),
                "chat": message["chat"],
                "from": BOT_USER,
                "text": "…",
            }
        message.update(extra or {})
        return self.push_update({"message": message})

    def push_text(self, user_id: int, text: str, message_id: int | None = None) -> dict[str, Any]:
        return self.push_update({"message": self._message(user_id, text, message_id)})

    def push_edit(self, user_id: int, message_id: int, text: str) -> dict[str, Any]:
        message = self._message(user_id, text, message_id)
        message["edit_date"] = int(time.time())
        return self.push_update({"edited_message": message})

    def push_callback(self, user_id: int, data: str, message_id: int = 1) -> dict[str, Any]:
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private"},
            "from": BOT_USER,
            "text": "…",
        }
        query = {
            "id": str(next(self._update_ids) * 7919),
            "from": self._user(user_id),
            "chat_instance": str(user_id),
            "data": data,
            "message": message,
        }
        return self.push_update({"callback_query": query})

    # ---- what the bot sent ------------------------------------------------------------------------
    def sent(self, chat_id: int | None = None) -> list[Call]:
        return [
            c
            for c in self.calls
            if c.method.lower() in SENDING_METHODS | {"editmessagetext"}
            and (chat_id is None or c.chat_id == chat_id)
        ]

    def repeated_replies(self, chat_min: int | None = None) -> int:
        """Messages that went out again: per chat, a message answering the same message (reply_to) or,
        without one, with the same text as an earlier one counts once for every time after the first.
        `chat_min`: only chats with ids from it on."""
        return repeated_replies(self.sent(), chat_min)

    async def wait_for(self, predicate, timeout: float = 10.0, start: int = 0) -> Call:
        """Wait until a call recorded at position >= `start` satisfies `predicate`; returns it."""
        deadline = asyncio.get_running_loop().time() + timeout
        seen = start
        while True:
            for call in self.calls[seen:]:
                if predicate(call):
                    return call
            seen = max(seen, len(self.calls))
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise TimeoutError(f"no matching call; last calls: {[c.method for c in self.calls[-5:]]}")
            self._new_call.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_call.wait(), remaining)

    async def wait_for_reply(self, chat_id: int, after: int, timeout: float = 10.0) -> Call:
        """The first message sent to `chat_id` among the calls recorded after the first `after`."""
        return await self.wait_for(
            lambda c: c.chat_id == chat_id and c.method.lower() in SENDING_METHODS | {"editmessagetext"},
            timeout,
            start=after,
        )

    # ---- HTTP -------------------------------------------------------------------------------------
    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            return dict(await request.json())
        raw = await request.post()
        params: dict[str, Any] = {}
        for key, value in raw.items():
            if not isinstance(value, str):
                params[key] = "<file>"
                params.setdefault("_files", {})[key] = value.file.read()  # kept for sendDocument
                continue
            try:
                params[key] = json.loads(value)
            except ValueError:
                params[key] = value
        return params

    @staticmethod
    def _ok(result: Any) -> web.Response:
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    def _error(code: int, description: str, **parameters: Any) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
        if parameters:
            body["parameters"] = parameters
        return web.json_response(body, status=code)

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return self._error(401, "Unauthorized")
        method = request.match_info["method"].lower()
        params = await self._params(request)
        if method == "getupdates":
            return await self._get_updates(params)
        call = Call(request.match_info["method"], params)
        if method in self.refuse:
            self.calls.append(call)
            return self._error(*self.refuse[method])
        if method in SENDING_METHODS:
            refusal = self._refusal(call)
            if refusal is not None:
                return refusal
            if self.send_delay:
                await asyncio.sleep(self.send_delay)
        self.calls.append(call)
        self._new_call.set()
        if method == "getme":
            return self._ok(BOT_USER)
        if method == "senddocument":
            self.documents.append(params.get("_files", {}).get("document", b""))
        if method in SENDING_METHODS:
            return self._ok(self._sent_message(call))
        if method == "editmessagetext":
            result = self._sent_message(call)
            result["message_id"] = int(params.get("message_id", 0))
            return self._ok(result)
        return self._ok(True)  # deleteWebhook, answerCallbackQuery, setMyCommands, sendChatAction, …

    def _refusal(self, call: Call) -> web.Response | None:
        if self.fail_next:
            code = self.fail_next.pop(0)
            if code == 429:
                self.count_429 += 1
                return self._error(429, "Too Many Requests: retry after 1", retry_after=1)
            return self._error(code, "Internal Server Error" if code >= 500 else "Bad Request")
        if call.chat_id in self.blocked_chats:
            return self._error(403, "Forbidden: bot was blocked by the user")
        if self.rate_limit_per_second:
            now = time.monotonic()
            while self._send_times and now - self._send_times[0] >= 1.0:
                self._send_times.popleft()
            if len(self._send_times) >= self.rate_limit_per_second:
                self.count_429 += 1
                return self._error(429, "Too Many Requests: retry after 1", retry_after=1)
            self._send_times.append(now)
        return None

    def _sent_message(self, call: Call) -> dict[str, Any]:
        chat_id = call.chat_id or 0
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": BOT_USER,
        }
        if call.method.lower() == "sendmessage":
            message["text"] = call.text
        return message

    async def _get_updates(self, params: dict[str, Any]) -> web.Response:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 0.5)
        pending = [u for u in self._updates if u["update_id"] >= offset]
        if not pending and timeout > 0:
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), timeout)
            pending = [u for u in self._updates if u["update_id"] >= offset]
        # served updates are dropped once confirmed by a larger offset
        self._updates = pending
        limit = int(params.get("limit") or 100)
        return self._ok(pending[:limit])


def reply_key(call: Call) -> tuple:
    """What a sent message answers: (chat, the message it replies to) when it quotes one, else (chat, its
    text). Two messages with one key are the same reply sent twice."""
    quoted = call.params.get("reply_to_message_id") or (call.params.get("reply_parameters") or {}).get(
        "message_id"
    )
    if quoted is not None:
        return call.chat_id, "reply_to", int(quoted), call.text
    return call.chat_id, "text", call.text


def repeated_replies(calls: list[Call], chat_min: int | None = None) -> int:
    """How many of `calls` repeat an earlier one (see `reply_key`); 0 when every reply went out once."""
    seen: dict[tuple, int] = {}
    for call in calls:
        if call.method.lower() != "sendmessage" or (chat_min is not None and (call.chat_id or 0) < chat_min):
            continue
        key = reply_key(call)
        seen[key] = seen.get(key, 0) + 1
    return sum(times - 1 for times in seen.values())
