"""/supplements (the usual regimen), the label-question buttons and "✅ Took my usual"."""

from __future__ import annotations

from bot.adapters.bootstrap import Services
from bot.adapters.commands.registry import CommandRequest, button, command, is_number
from bot.texts import bone
from bot.texts import messages as t
from bot.texts.reply import Reply
from bot.usecases.supplements import SupplementService

HELP = t.COMMAND_HELP


def _service(services: Services) -> SupplementService:
    return SupplementService(services.magnesium.ctx)


@command("supplements", HELP["supplements"], aliases=("supplement", "usual"))
async def supplements(request: CommandRequest) -> Reply:
    service = _service(request.services)
    verb, _, rest = request.args.partition(" ")
    verb = verb.lower()
    if not verb or verb == "list":
        return bone.regimen_reply(await service.regimen(request.user_id))
    if verb == "add":
        # The command has no message id of its own here; the pending question is keyed by a synthetic
        # one that cannot collide with real messages (negative, from the clock).
        key = -int(service.ctx.now().timestamp() * 1000)
        return bone.regimen_reply(
            await service.add_to_regimen(request.user_id, request.user_id, key, rest.strip())
        )
    if verb in ("remove", "delete", "rm") and is_number(rest.strip(), 3):
        return bone.regimen_reply(await service.remove_from_regimen(request.user_id, int(rest.strip())))
    return Reply(bone.SUPPLEMENTS_USAGE)


@button("supq")
async def label_answer(services: Services, user_id: int, value: str) -> Reply:
    pending, _, answer = value.partition(":")
    if not is_number(pending, 18) or answer not in ("e", "c"):
        return Reply(t.BUTTON_EXPIRED)
    result = await _service(services).answer_label(user_id, int(pending), as_compound=answer == "c")
    return bone.supplement_reply(result, t.progress_line)


@button("usual")
async def took_usual(services: Services, user_id: int, value: str) -> Reply:
    if value != "take":
        return Reply(t.BUTTON_EXPIRED)
    return bone.supplement_reply(await _service(services).take_usual(user_id), t.progress_line)
