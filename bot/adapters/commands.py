"""Commands and button presses, shared by the Telegram adapter and the console: parse the arguments,
call one use case, return a `Reply` built by `bot.texts`."""

from __future__ import annotations

from bot.adapters.bootstrap import Services
from bot.texts import messages as t
from bot.texts.reply import Reply

PREGNANCY_BANDS = {"14-18", "19-30", "31-50"}
GOAL_RANGE = (100, 1000)


async def run_command(
    services: Services, user_id: int, name: str, args: str, *, with_chart: bool = False
) -> Reply:
    """`name` without the slash; `args` is the rest of the line. `with_chart`: attach PNG charts."""
    service = services.magnesium
    name = name.lower().split("@", 1)[0]
    args = args.strip()
    if name == "start":
        await service.profile(user_id)
        return t.welcome_reply()
    if name == "help":
        return t.help_reply()
    if name == "today":
        return t.today_reply(await service.today(user_id))
    if name == "week":
        week = await service.week(user_id)
        reply = t.week_reply(week)
        if with_chart:
            from bot.adapters.charts import week_png_in_child

            reply = Reply(reply.text, reply.buttons, photo=await week_png_in_child(week))
        return reply
    if name == "undo":
        return t.undo_reply(await service.undo(user_id))
    if name == "profile":
        return t.profile_reply(await service.profile(user_id))
    if name == "goal":
        return await _goal(services, user_id, args)
    if name in ("timezone", "tz"):
        if not args:
            profile = await service.profile(user_id)
            return Reply(f"Your time zone is {profile.timezone}.\n{t.TIMEZONE_USAGE}")
        return t.timezone_reply(await service.set_timezone(user_id, args))
    if name in ("remind", "reminder"):
        return Reply(await services.nudges.remind_command_reply(user_id, args))
    return Reply(f"I don't know /{name}. /help lists what I can do.")


async def _goal(services: Services, user_id: int, args: str) -> Reply:
    service = services.magnesium
    if not args:
        return t.goal_reply(await service.profile(user_id))
    if args.lower() in ("reset", "rda", "default", "clear"):
        return t.goal_reply(await service.update_profile(user_id, goal_override_mg=None))
    digits = args.lower().removesuffix("mg").strip().replace(",", "")
    if not digits.isdigit() or not GOAL_RANGE[0] <= int(digits) <= GOAL_RANGE[1]:
        return Reply(t.GOAL_USAGE)
    return t.goal_reply(await service.update_profile(user_id, goal_override_mg=int(digits)))


async def run_callback(services: Services, user_id: int, data: str) -> Reply:
    """A button press. Callback data is `kind:value` (see bot.texts.messages)."""
    service = services.magnesium
    kind, _, value = (data or "").partition(":")
    if kind == "sex" and value in ("female", "male"):
        await service.update_profile(user_id, sex=value)
        return t.age_keyboard_reply()
    if kind == "age":
        try:
            profile = await service.update_profile(user_id, age_band=value)
        except ValueError:
            return Reply("Unknown age band.")
        if profile.sex == "female" and value in PREGNANCY_BANDS:
            return t.life_stage_reply()
        return t.goal_set_reply(profile, services.settings.default_reminder_time)
    if kind == "stage":
        profile = await service.update_profile(user_id, life_stage=value if value != "none" else None)
        return t.goal_set_reply(profile, services.settings.default_reminder_time)
    if kind == "onboard":
        profile = await service.profile(user_id)
        return t.goal_set_reply(profile, services.settings.default_reminder_time)
    if kind == "remind":
        return Reply(await services.nudges.remind_command_reply(user_id, value))
    if kind == "tz":
        return t.timezone_reply(await service.set_timezone(user_id, value))
    if kind == "pick":
        choice, _, index = value.partition(":")
        if not choice.isdigit():
            return Reply("That choice has expired.")
        picked = int(index) if index.isdigit() else None
        return t.pick_reply(await service.pick(user_id, int(choice), picked))
    if kind == "topic":
        answer = await service.related_topic(value)
        return t.answer_reply(answer) if answer else Reply("That topic is no longer available.")
    return Reply("That button has expired.")
