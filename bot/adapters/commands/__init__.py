"""Commands and button presses, shared by the Telegram adapter and the console.

`run_command` and `run_callback` look the handler up in the registry (`registry.py`); each module imported
below registers its own commands and buttons. To add a command, write a decorated handler in one of these
modules (or a new one imported here) and its help line in `bot.texts.messages.COMMAND_HELP`.
"""

from __future__ import annotations

from bot.adapters.bootstrap import Services
from bot.adapters.commands import (
    core,  # noqa: F401 - registers the core commands and buttons
    meals,  # noqa: F401 - /edit, /delete and large-amount confirmations
    supplements,  # noqa: F401 - /supplements and the supplement buttons
    user_data,  # noqa: F401 - /export and /forget
)
from bot.adapters.commands.registry import BUTTONS, COMMANDS, CommandRequest, listed_commands
from bot.domain.text_hygiene import clean_text
from bot.texts import messages as t
from bot.texts.reply import Reply

__all__ = ["run_callback", "run_command", "listed_commands", "COMMANDS"]


async def run_command(
    services: Services,
    user_id: int,
    name: str,
    args: str,
    *,
    with_chart: bool = False,
    adapter: str = "telegram",
) -> Reply:
    """`name` without the slash (a `@botname` suffix is ignored); `args` is the rest of the line.
    `with_chart`: the adapter can show pictures and documents; `adapter`: "telegram" or "console"."""
    name = clean_text(name).lower().split("@", 1)[0]
    args = clean_text(args)
    entry = COMMANDS.get(name)
    if entry is None:
        return Reply(t.unknown_command(name))
    return await entry.handler(CommandRequest(services, user_id, name, args.strip(), with_chart, adapter))


async def run_callback(services: Services, user_id: int, data: str) -> Reply:
    """A button press. Callback data is `kind:value` (see bot.texts); unknown or malformed data, and data
    longer than Telegram allows (64 bytes), is an expired button."""
    data = clean_text(data)
    if len(data.encode("utf-8", "surrogatepass")) > 64:
        return Reply(t.BUTTON_EXPIRED)
    kind, _, value = data.partition(":")
    handler = BUTTONS.get(kind)
    if handler is None:
        return Reply(t.BUTTON_EXPIRED)
    return await handler(services, user_id, value)
