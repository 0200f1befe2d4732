"""/export and /forget: the user's data in the user's hands."""

from __future__ import annotations

from bot.adapters.bootstrap import Services
from bot.adapters.commands.registry import CommandRequest, button, command, is_number
from bot.config import REPO_ROOT
from bot.texts import bone
from bot.texts import messages as t
from bot.texts.reply import Reply
from bot.usecases.data import DataService
from db.session import sqlite_folder

HELP = t.COMMAND_HELP


def _service(services: Services) -> DataService:
    return DataService(services.magnesium.ctx)


@command("export", HELP["export"])
async def export(request: CommandRequest) -> Reply:
    result = await _service(request.services).export(request.user_id)
    if request.with_chart:  # Telegram: a document
        return Reply(bone.export_reply_text(result.entries), document=(result.filename, result.content))
    # The console writes the file beside an SQLite database file, else under <repo>/data.
    folder = sqlite_folder(request.services.settings.database_url) or REPO_ROOT / "data"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{request.user_id}-{result.filename}"
    path.write_bytes(result.content)
    return Reply(bone.export_saved(str(path), result.entries))


@command("forget", HELP["forget"])
async def forget(request: CommandRequest) -> Reply:
    return bone.forget_confirm(_service(request.services).confirm_token())


@button("forget")
async def forget_button(services: Services, user_id: int, value: str) -> Reply:
    if value == "no":
        return Reply(bone.FORGET_CANCELLED)
    answer, _, token = value.partition(":")
    if answer != "yes" or not is_number(token, 12):
        return Reply(t.BUTTON_EXPIRED)
    return bone.forget_reply(await _service(services).forget(user_id, int(token)))
