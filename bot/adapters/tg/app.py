"""The Telegram adapter: builds the PTB `Application` and keeps every handler thin (read the update,
call one use case, render the reply)."""

from __future__ import annotations

import logging
from datetime import UTC

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    filters,
)

from bot.adapters.bootstrap import Services, build_services
from bot.adapters.commands import COMMANDS, listed_commands, run_callback, run_command
from bot.config import Settings
from bot.texts import messages as t
from bot.texts.reply import Reply

log = logging.getLogger(__name__)
SERVICES_KEY = "services"


def markup(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in reply.buttons]
    )


def services_of(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data[SERVICES_KEY]


async def _send(update: Update, reply: Reply) -> None:
    message = update.effective_message
    if message is None:
        return
    if reply.document is not None:
        filename, content = reply.document
        await message.reply_document(
            content, filename=filename, caption=reply.text[:1024], reply_markup=markup(reply), do_quote=False
        )
    elif reply.photo is not None:
        await message.reply_photo(
            reply.photo, caption=reply.text[:1024], reply_markup=markup(reply), do_quote=False
        )
    else:
        await message.reply_text(reply.text, reply_markup=markup(reply), do_quote=False)


# ---- handlers --------------------------------------------------------------------------------------
async def on_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = update.effective_message.text or ""
    name, _, args = text[1:].partition(" ")
    reply = await run_command(services_of(context), update.effective_user.id, name, args, with_chart=True)
    await _send(update, reply)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    outcome = await services_of(context).magnesium.handle_text(
        update.effective_user.id, message.chat_id, message.message_id, message.text or "", message.date
    )
    await _send(update, t.outcome_reply(outcome))


async def on_edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.edited_message
    if not message.text or message.text.startswith("/"):
        return
    outcome = await services_of(context).magnesium.handle_edit(
        update.effective_user.id, message.chat_id, message.message_id, message.text, message.date
    )
    await _send(update, t.outcome_reply(outcome))


async def on_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer()
    reply = await run_callback(services_of(context), query.from_user.id, query.data or "")
    await _send(update, reply)


async def on_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _send(update, Reply(t.TEXT_ONLY))


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    # The exception goes to the log (PTB's request layer never puts the token in exception text; the
    # log filter in bot.adapters.runner redacts it anyway); the user gets a short apology.
    log.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, t.ERROR_APOLOGY)
        except Exception:  # noqa: BLE001 - the apology is best effort
            log.warning("could not send the apology")


# ---- application -----------------------------------------------------------------------------------
# Telegram allows about 30 messages a second overall. Spacing sends evenly (one every 1/29.8 s) instead
# of letting bursts of 30 through keeps a strict per-second window free of 429s (benchmarks/bench_nudges.py).


def build_application(
    settings: Settings, services: Services | None = None, *, migrate_on_start: bool = True
) -> Application:
    """A PTB application wired to magbot. When `services` is None they are built in post_init
    (engine, migrations, food table, knowledge base) and closed in post_shutdown."""
    from bot.adapters.tg.nudges import schedule_nudges

    # httpx logs each request URL at INFO, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(max(logging.getLogger("httpx").getEffectiveLevel(), logging.WARNING))
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    builder: ApplicationBuilder = (
        Application.builder()
        .token(token)
        .base_url(settings.telegram_api_base_url)
        .defaults(Defaults(tzinfo=UTC, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(AIORateLimiter(overall_max_rate=1, overall_time_period=1 / 29.8, max_retries=2))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if settings.telegram_api_file_url:
        builder = builder.base_file_url(settings.telegram_api_file_url)
    application = builder.build()
    application.bot_data["settings"] = settings
    application.bot_data["migrate_on_start"] = migrate_on_start
    if services is not None:
        application.bot_data[SERVICES_KEY] = services
        application.bot_data["nudges"] = services.nudges

    only_messages = filters.UpdateType.MESSAGE
    application.add_handler(CommandHandler(list(COMMANDS), on_command, filters=only_messages))
    application.add_handler(MessageHandler(only_messages & filters.COMMAND, on_command))
    application.add_handler(MessageHandler(only_messages & filters.TEXT & ~filters.COMMAND, on_text))
    application.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.TEXT, on_edited))
    application.add_handler(CallbackQueryHandler(on_callback))
    application.add_handler(MessageHandler(only_messages & ~filters.TEXT, on_other))
    application.add_error_handler(on_error)
    schedule_nudges(application, settings.reminder_tick_seconds)
    return application


async def _post_init(application: Application) -> None:
    if SERVICES_KEY not in application.bot_data:
        services = await build_services(
            application.bot_data["settings"], migrate=application.bot_data.get("migrate_on_start", True)
        )
        application.bot_data[SERVICES_KEY] = services
        application.bot_data["nudges"] = services.nudges
        application.bot_data["owns_services"] = True
    await application.bot.set_my_commands([BotCommand(entry.name, entry.help) for entry in listed_commands()])


async def _post_shutdown(application: Application) -> None:
    if application.bot_data.get("owns_services"):
        await application.bot_data[SERVICES_KEY].close()
