"""Group chats: the bot answers only commands and messages addressed to it (a mention or a reply to one
of its messages), ignores service messages (joins, leaves, …), answers questions in the group and keeps
personal things (meals, totals, profile) to the private chat."""

from __future__ import annotations

import re
from collections.abc import Callable

from telegram import Message, Update

from bot.domain.routing import Route, classify

GROUP_SAFE_COMMANDS = frozenset({"help"})
GROUP_SAFE_BUTTONS = frozenset({"topic"})  # related-topic buttons under answers


def in_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in ("group", "supergroup", "channel")


def command_is_ours(name: str, bot_username: str | None) -> bool:
    """`/cmd` or `/cmd@ourbot`; `/cmd@otherbot` is for another bot."""
    _, at, target = name.partition("@")
    return not at or (bot_username is not None and target.lower() == bot_username.lower())


def group_safe_command(name: str) -> bool:
    return name.partition("@")[0].lower() in GROUP_SAFE_COMMANDS


def group_safe_button(data: str) -> bool:
    return data.partition(":")[0] in GROUP_SAFE_BUTTONS


def addressed_text(message: Message, bot_username: str | None, bot_id: int) -> str | None:
    """The text meant for the bot (its @mention removed), or None when the message is not addressed to it."""
    text = message.text or ""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return text
    if bot_username:
        mention = re.compile(rf"@{re.escape(bot_username)}\b", re.IGNORECASE)
        if mention.search(text):
            return mention.sub(" ", text).strip()
    return None


def is_question(text: str, is_food: Callable[[str], bool]) -> bool:
    """Questions are answered in the group; everything else (meals above all) is personal."""
    return classify(text, is_food=is_food) in (Route.QUESTION, Route.FOOD_QUERY)
