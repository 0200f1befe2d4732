"""The core commands and buttons: onboarding, profile, today/week/undo, goal, time zone, reminders,
"Did you mean" picks and related-topic buttons."""

from __future__ import annotations

from bot.adapters.bootstrap import Services
from bot.adapters.commands.registry import CommandRequest, button, command, is_number, listed_commands
from bot.domain.timezones import display_timezone
from bot.texts import messages as t
from bot.texts.reply import Reply

PREGNANCY_BANDS = {"14-18", "19-30", "31-50"}
GOAL_RANGE = (100, 1000)
HELP = t.COMMAND_HELP


@command("start")
async def start(request: CommandRequest) -> Reply:
    await request.services.magnesium.profile(request.user_id)
    return t.welcome_reply()


@command("today", HELP["today"])
async def today(request: CommandRequest) -> Reply:
    return t.today_reply(await request.services.magnesium.today(request.user_id))


@command("week", HELP["week"])
async def week(request: CommandRequest) -> Reply:
    view = await request.services.magnesium.week(request.user_id)
    reply = t.week_reply(view)
    if request.with_chart:
        from bot.adapters.charts import week_png_in_child

        reply = Reply(reply.text, reply.buttons, photo=await week_png_in_child(view))
    return reply


@command("undo", HELP["undo"])
async def undo(request: CommandRequest) -> Reply:
    return t.undo_reply(await request.services.magnesium.undo(request.user_id))


@command("profile", HELP["profile"])
async def profile(request: CommandRequest) -> Reply:
    return t.profile_reply(await request.services.magnesium.profile(request.user_id))


@command("goal", HELP["goal"])
async def goal(request: CommandRequest) -> Reply:
    service, args = request.services.magnesium, request.args
    if not args:
        return t.goal_reply(await service.profile(request.user_id))
    if args.lower() in ("reset", "rda", "default", "clear"):
        return t.goal_reply(await service.update_profile(request.user_id, goal_override_mg=None))
    digits = args.lower().removesuffix("mg").strip().replace(",", "")
    if not is_number(digits, 4) or not GOAL_RANGE[0] <= int(digits) <= GOAL_RANGE[1]:
        return Reply(t.GOAL_USAGE)
    return t.goal_reply(await service.update_profile(request.user_id, goal_override_mg=int(digits)))


@command("timezone", HELP["timezone"], aliases=("tz",))
async def timezone(request: CommandRequest) -> Reply:
    service = request.services.magnesium
    if not request.args:
        current = await service.profile(request.user_id)
        return Reply(f"Your time zone is {display_timezone(current.timezone)}.\n{t.TIMEZONE_USAGE}")
    return t.timezone_reply(await service.set_timezone(request.user_id, request.args))


@command("remind", HELP["remind"], aliases=("reminder",))
async def remind(request: CommandRequest) -> Reply:
    return Reply(await request.services.nudges.remind_command_reply(request.user_id, request.args))


@command("help", HELP["help"])
async def help_(request: CommandRequest) -> Reply:
    commands = [(entry.name, entry.help) for entry in listed_commands()]
    return t.help_reply(commands, adapter=request.adapter)


# ---- buttons ---------------------------------------------------------------------------------------
@button("sex")
async def sex(services: Services, user_id: int, value: str) -> Reply:
    if value not in ("female", "male"):
        return Reply(t.BUTTON_EXPIRED)
    await services.magnesium.update_profile(user_id, sex=value)
    return t.age_keyboard_reply()


@button("age")
async def age(services: Services, user_id: int, value: str) -> Reply:
    try:
        current = await services.magnesium.update_profile(user_id, age_band=value)
    except ValueError:
        return Reply(t.BUTTON_EXPIRED)
    if current.life_stage is not None and value not in PREGNANCY_BANDS:  # a stage only with a fitting band
        current = await services.magnesium.update_profile(user_id, life_stage=None)
    if current.sex == "female" and value in PREGNANCY_BANDS:
        return t.life_stage_reply()
    return t.goal_set_reply(current, services.settings.default_reminder_time)


@button("stage")
async def stage(services: Services, user_id: int, value: str) -> Reply:
    current = await services.magnesium.profile(user_id)
    if value not in ("none", "pregnant", "lactating"):
        return Reply(t.BUTTON_EXPIRED)
    if value != "none" and (current.sex != "female" or current.age_band not in PREGNANCY_BANDS):
        return Reply(t.BUTTON_EXPIRED)  # stages only in order: after sex and an age band that allows them
    current = await services.magnesium.update_profile(user_id, life_stage=None if value == "none" else value)
    return t.goal_set_reply(current, services.settings.default_reminder_time)


@button("onboard")
async def onboard(services: Services, user_id: int, value: str) -> Reply:
    current = await services.magnesium.profile(user_id)
    return t.goal_set_reply(current, services.settings.default_reminder_time)


@button("remind")
async def remind_button(services: Services, user_id: int, value: str) -> Reply:
    return Reply(await services.nudges.remind_command_reply(user_id, value))


@button("tz")
async def tz_button(services: Services, user_id: int, value: str) -> Reply:
    return t.timezone_reply(await services.magnesium.set_timezone(user_id, value))


@button("pick")
async def pick(services: Services, user_id: int, value: str) -> Reply:
    choice, _, index = value.partition(":")
    if not is_number(choice, 18) or not (is_number(index, 3) or index == "x"):
        return Reply(t.BUTTON_EXPIRED)
    picked = None if index == "x" else int(index)
    return t.pick_reply(await services.magnesium.pick(user_id, int(choice), picked))


@button("topic")
async def topic(services: Services, user_id: int, value: str) -> Reply:
    answer = await services.magnesium.related_topic(value)
    return t.answer_reply(answer) if answer else Reply(t.BUTTON_EXPIRED)
