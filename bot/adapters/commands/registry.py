"""The command and button registries shared by the Telegram adapter and the console.

A command is a name, a handler and a help line; a button is a callback-data *kind* (the part before the
first ":") and a handler. Modules in this package register theirs with the decorators below, so adding a
command is one decorated function in one file (see README, "Adding a command"). Handlers parse their
arguments, call one use case and return a `Reply` built by `bot.texts`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.adapters.bootstrap import Services
from bot.texts.reply import Reply


@dataclass(frozen=True)
class CommandRequest:
    """One command as typed: `/name args`, by `user_id`. `with_chart`: the adapter can show pictures
    and documents (Telegram), not only text (the console). `adapter`: "telegram" or "console", for
    texts that differ between them (/help's way to correct a meal)."""

    services: Services
    user_id: int
    name: str
    args: str
    with_chart: bool = False
    adapter: str = "telegram"


CommandHandler = Callable[[CommandRequest], Awaitable[Reply]]
ButtonHandler = Callable[[Services, int, str], Awaitable[Reply]]


@dataclass(frozen=True)
class Command:
    name: str
    handler: CommandHandler
    help: str | None  # the line in /help and Telegram's command menu; None = not listed
    aliases: tuple[str, ...] = ()


COMMANDS: dict[str, Command] = {}  # by name and alias, in registration order
BUTTONS: dict[str, ButtonHandler] = {}  # by callback-data kind


def command(name: str, help: str | None = None, aliases: tuple[str, ...] = ()):
    """Register `/name` (and its aliases)."""

    def register(handler: CommandHandler) -> CommandHandler:
        entry = Command(name, handler, help, aliases)
        for key in (name, *aliases):
            if key in COMMANDS:
                raise ValueError(f"command /{key} is registered twice")
            COMMANDS[key] = entry
        return handler

    return register


def button(kind: str):
    """Register the handler of callback data `kind:value`."""

    def register(handler: ButtonHandler) -> ButtonHandler:
        if kind in BUTTONS:
            raise ValueError(f"button kind {kind!r} is registered twice")
        BUTTONS[kind] = handler
        return handler

    return register


def is_number(text: str, max_digits: int) -> bool:
    """ASCII digits only ("²" and "٣" are digits to str.isdigit but not to int), and not too many."""
    return 0 < len(text) <= max_digits and text.isascii() and text.isdigit()


def listed_commands() -> list[Command]:
    """The commands shown in /help and the Telegram menu, once each, in registration order."""
    seen: dict[str, Command] = {}
    for entry in COMMANDS.values():
        if entry.help and entry.name not in seen:
            seen[entry.name] = entry
    return list(seen.values())
