"""Commands and buttons for amending meals: `/edit N …` and `/delete N` on the numbered list of
`/today`, and the yes/no under an amount far above the food's usual portions."""

from __future__ import annotations

from bot.adapters.bootstrap import Services
from bot.adapters.commands.registry import CommandRequest, button, command, is_number
from bot.domain.corrections import read_amount
from bot.texts import meals as tm
from bot.texts import messages as t
from bot.texts.reply import Reply

HELP = t.COMMAND_HELP
MAX_ITEM_NUMBER_DIGITS = 3


def _item_number(word: str) -> int | None:
    """ "2" or "#2" -> 2; anything else None."""
    word = word.removeprefix("#").rstrip(".")
    if not is_number(word, MAX_ITEM_NUMBER_DIGITS) or int(word) < 1:
        return None
    return int(word)


@command("edit", HELP["edit"])
async def edit(request: CommandRequest) -> Reply:
    number_word, _, rest = request.args.partition(" ")
    number = _item_number(number_word)
    new = read_amount(rest) if rest.strip() else None
    if number is None or new is None or not new.says_something:
        return Reply(tm.EDIT_USAGE)
    change = await request.services.magnesium.edits.edit_item(request.user_id, number, new)
    return tm.item_change_reply(change)


@command("delete", HELP["delete"], aliases=("del", "remove"))
async def delete(request: CommandRequest) -> Reply:
    number = _item_number(request.args.strip())
    if number is None:
        return Reply(tm.DELETE_USAGE)
    return tm.item_change_reply(await request.services.magnesium.edits.delete_item(request.user_id, number))


@button("confirm")
async def confirm(services: Services, user_id: int, value: str) -> Reply:
    """Callback data `confirm:<pending id>:y|n`."""
    choice, _, answer = value.partition(":")
    if not is_number(choice, 18) or answer not in ("y", "n"):
        return Reply(t.BUTTON_EXPIRED)
    return tm.confirm_reply(await services.magnesium.edits.confirm(user_id, int(choice), answer == "y"))
