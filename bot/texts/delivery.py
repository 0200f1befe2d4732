"""Texts and layout for delivery: long replies split for Telegram, group chats, database trouble."""

from __future__ import annotations

TELEGRAM_TEXT_LIMIT = 4096
TELEGRAM_CAPTION_LIMIT = 1024

DATABASE_DELAY = (
    "My database is slow to answer right now. I've kept your message and will handle it as soon as it "
    "answers again — no need to send it twice."
)
ERROR_NOT_SAVED = (
    "Sorry, something went wrong on my side and nothing was saved from that message. "
    "Please try again in a minute."
)


def private_only(bot_username: str | None) -> str:
    where = f"https://t.me/{bot_username}" if bot_username else "a private chat with me"
    return f"That's personal, so I keep it out of groups — message me privately: {where}"


def split_message(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Split `text` into parts of at most `limit` characters, at line boundaries where possible (a single
    longer line is cut at a space, or hard as a last resort)."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            if current:
                parts.append(current)
                current = ""
            parts.append(line[:cut])
            line = line[cut:].lstrip(" ")
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            parts.append(current)
            current = line
        else:
            current = candidate
    if current:
        parts.append(current)
    return [part for part in parts if part.strip()] or [text[:limit]]
