"""The Telegram adapter: builds the PTB `Application` and keeps every handler thin (read the update,
call one use case, render the reply)."""

from __future__ import annotations

import logging
from datetime import UTC

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
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
from bot.adapters.tg import groups
from bot.adapters.tg.bot_api_http import lean_request
from bot.adapters.tg.intake import after_commit, after_failure, first_failure, keep_unsent_reply, note_failure
from bot.config import Settings
from bot.texts import messages as t
from bot.texts.delivery import (
    DATABASE_DELAY,
    ERROR_NOT_SAVED,
    TELEGRAM_CAPTION_LIMIT,
    private_only,
    split_message,
)
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


async def _send(update: Update, reply: Reply, context: ContextTypes.DEFAULT_TYPE | None = None) -> None:
    """Send a reply once the update's transaction is committed (at once outside the durable intake); its
    text goes into that transaction too, so a crash in between loses no reply."""
    message = update.effective_message
    keyboard = markup(reply)
    stored = (
        [
            {"chat_id": message.chat_id, "text": part, "markup": None}
            for part in split_message(reply.text)
            if part
        ]
        if message is not None
        else []
    )
    if stored and keyboard is not None:
        stored[-1]["markup"] = keyboard.to_dict()
    if not after_commit(lambda: _send_now(update, reply, context), *stored):
        await _send_now(update, reply, context)


async def _send_now(update: Update, reply: Reply, context: ContextTypes.DEFAULT_TYPE | None = None) -> None:
    """Send a reply, split at line boundaries past Telegram's 4,096 characters (the keyboard goes with the
    last part). A part that cannot be sent for now (network, 5xx, 429 beyond the limiter's retries) goes
    to the outbox and is sent later; the effects of the update are already stored either way."""
    message = update.effective_message
    if message is None:
        return
    keyboard = markup(reply)
    parts = split_message(reply.text)
    fits = len(parts) == 1 and len(parts[0]) <= TELEGRAM_CAPTION_LIMIT
    caption = parts[0] if fits else None
    if reply.document is not None:
        filename, content = reply.document
        await _deliver(
            context,
            message.chat_id,
            None,
            message.reply_document(
                content,
                filename=filename,
                caption=caption,
                reply_markup=keyboard if caption else None,
                do_quote=False,
            ),
        )
        if caption is not None:
            return
    elif reply.photo is not None:
        await _deliver(
            context,
            message.chat_id,
            None,
            message.reply_photo(
                reply.photo, caption=caption, reply_markup=keyboard if caption else None, do_quote=False
            ),
        )
        if caption is not None:
            return
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        await _deliver(
            context,
            message.chat_id,
            (part, keyboard if last else None),
            message.reply_text(part, reply_markup=keyboard if last else None, do_quote=False),
        )


async def _deliver(context, chat_id: int, keep: tuple[str, object] | None, sending) -> None:
    try:
        await sending
    except (Forbidden, BadRequest) as exc:  # blocked, or a request that cannot succeed as it is
        log.warning("reply to %s refused (%s)", chat_id, type(exc).__name__)
    except TelegramError as exc:  # NetworkError, TimedOut, 5xx, RetryAfter beyond the retries
        log.warning("reply to %s not sent (%s); kept for another attempt", chat_id, type(exc).__name__)
        if keep is not None and context is not None:
            await keep_unsent_reply(context.application, chat_id, keep[0], keep[1])


# ---- handlers --------------------------------------------------------------------------------------
async def on_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    text = message.text or ""
    name, _, args = text[1:].partition(" ")
    if groups.in_group(update):
        if not groups.command_is_ours(name, context.bot.username):
            return
        if not groups.group_safe_command(name):
            await _send(update, Reply(private_only(context.bot.username)), context)
            return
    reply = await run_command(services_of(context), update.effective_user.id, name, args, with_chart=True)
    await _send(update, reply, context)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    text = message.text or ""
    if groups.in_group(update):
        addressed = groups.addressed_text(message, context.bot.username, context.bot.id)
        if addressed is None:
            return  # group talk not meant for the bot
        if not groups.is_question(addressed, services_of(context).magnesium.is_food):
            await _send(update, Reply(private_only(context.bot.username)), context)
            return
        text = addressed
    outcome = await services_of(context).magnesium.handle_text(
        update.effective_user.id, message.chat_id, message.message_id, text, message.date
    )
    await _send(update, t.outcome_reply(outcome), context)


async def on_edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.edited_message
    if not message.text or message.text.startswith("/") or groups.in_group(update):
        return
    outcome = await services_of(context).magnesium.handle_edit(
        update.effective_user.id, message.chat_id, message.message_id, message.text, message.date
    )
    await _send(update, t.outcome_reply(outcome), context)


async def on_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query

    async def answer() -> None:
        try:
            await query.answer()
        except TelegramError as exc:  # "query is too old" and the like: the press itself still counts
            log.info("could not answer a button press (%s); handling it anyway", type(exc).__name__)

    if not after_commit(answer):
        await answer()
    data = query.data or ""
    if groups.in_group(update) and not groups.group_safe_button(data):
        data = ""  # only answer buttons are ever sent to groups: anything else is forged or stale
    reply = await run_callback(services_of(context), query.from_user.id, data)
    await _send(update, reply, context)


async def on_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if groups.in_group(update):
        return  # joins, leaves, photos, stickers … in a group are not for the bot
    await _send(update, Reply(t.TEXT_ONLY), context)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    # The exception goes to the log (the formatter in bot.adapters.runner redacts the token from the
    # text and the traceback; the engine hides SQL parameters). The user hears what happened: a database
    # that is down or slow means the update is kept and handled again later; any other failure rolled
    # the use case's transaction back, so nothing was saved. (A reply that failed to send never gets
    # here: `_send` keeps it in the outbox.)
    retried = note_failure(context.error)
    log.error(
        "error while handling an update%s",
        " (kept, retried later)" if retried else "",
        exc_info=context.error,
    )
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if retried and not first_failure():
        return  # told on the first attempt already
    chat_id = update.effective_chat.id

    async def tell() -> None:
        try:
            await context.bot.send_message(chat_id, DATABASE_DELAY if retried else ERROR_NOT_SAVED)
        except Exception:  # noqa: BLE001 - the notice is best effort
            log.warning("could not send the error notice")

    if not after_failure(tell):  # a stored update: told once its failure is recorded, if it is still ours
        await tell()


# ---- application -----------------------------------------------------------------------------------
# Telegram allows about 30 messages a second overall. Spacing sends evenly (one every 1/29.8 s) instead
# of letting bursts of 30 through keeps a strict per-second window free of 429s (benchmarks/bench_nudges.py).


class CountingRateLimiter(AIORateLimiter):
    """PTB's limiter, counting every 429 the Bot API answers (the /metrics `magbot_telegram_429`)."""

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        async def counted(*call_args, **call_kwargs):
            try:
                return await callback(*call_args, **call_kwargs)
            except RetryAfter:
                from bot.adapters import metrics

                metrics.TELEGRAM_429.inc()
                raise

        return await super().process_request(counted, args, kwargs, endpoint, data, rate_limit_args)


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
        .request(lean_request(settings.telegram_api_base_url, connection_pool_size=8))
        .defaults(Defaults(tzinfo=UTC, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(CountingRateLimiter(overall_max_rate=1, overall_time_period=1 / 29.8, max_retries=2))
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
