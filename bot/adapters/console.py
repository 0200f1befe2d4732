"""`magbot chat`: the same conversation in a terminal. Reads stdin line by line (so it works piped),
uses the same database and use cases as the Telegram bot; buttons become numbered choices."""

from __future__ import annotations

import asyncio
import sys
import time
from typing import TextIO

from bot.adapters.bootstrap import Services, build_services
from bot.adapters.commands import run_callback, run_command
from bot.config import get_settings
from bot.texts import messages as t
from bot.texts.reply import Reply

PROMPT = "you> "


def render(reply: Reply) -> str:
    lines = [reply.text]
    for number, button in enumerate(reply.flat_buttons, start=1):
        lines.append(f"  [{number}] {button.label}")
    if reply.buttons:
        lines.append("  (type a number to choose)")
    return "\n".join(lines)


class ConsoleChat:
    def __init__(self, services: Services, user_id: int, out: TextIO = sys.stdout) -> None:
        self.services = services
        self.user_id = user_id
        self.out = out
        self.buttons: list = []
        # Message ids must be unique per chat across sessions: milliseconds since the epoch.
        self._last_id = int(time.time() * 1000)

    def _next_message_id(self) -> int:
        self._last_id = max(self._last_id + 1, int(time.time() * 1000))
        return self._last_id

    async def handle(self, line: str) -> Reply:
        line = line.strip()
        if line.isascii() and line.isdigit() and self.buttons and 1 <= int(line) <= len(self.buttons):
            reply = await run_callback(self.services, self.user_id, self.buttons[int(line) - 1].data)
        elif line.startswith("/"):
            name, _, args = line[1:].partition(" ")
            reply = await run_command(self.services, self.user_id, name, args)
        else:
            outcome = await self.services.magnesium.handle_text(
                self.user_id, self.user_id, self._next_message_id(), line
            )
            reply = t.outcome_reply(outcome)
        self.buttons = reply.flat_buttons
        return reply

    def say(self, text: str) -> None:
        print(f"magbot> {text}", file=self.out, flush=True)


async def _chat(user_id: int, stdin: TextIO) -> int:
    services = await build_services(get_settings())
    chat = ConsoleChat(services, user_id)
    interactive = stdin.isatty()
    try:
        chat.say(render(t.welcome_reply()) if interactive else "ready (console chat, /quit to leave)")
        loop = asyncio.get_running_loop()
        while True:
            if interactive:
                print(PROMPT, end="", flush=True)
            line = await loop.run_in_executor(None, stdin.readline)
            if not line:
                break
            if line.strip() in ("/quit", "/exit"):
                break
            if not interactive:
                print(f"{PROMPT}{line.rstrip()}", flush=True)
            try:
                chat.say(render(await chat.handle(line)))
            except Exception:  # keep the chat alive; the use case rolled its transaction back
                import logging

                logging.getLogger(__name__).exception("error while handling a console message")
                chat.say(t.ERROR_APOLOGY)
    finally:
        await services.close()
    return 0


def run_console(user_id: int = 1, stdin: TextIO | None = None) -> int:
    return asyncio.run(_chat(user_id, stdin or sys.stdin))
