"""`magbot nudges --at INSTANT [--json]`: the operator's dry run of the daily nudges (sends nothing).

Lists the users whose reminder minute is the instant's local minute in their own time zone and whose local
day has not been handled yet, with the text they would get. Uses ``DATABASE_URL`` (brought to head first).
Never imports `telegram`.
"""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime
from typing import Any, TextIO


def parse_instant(value: str) -> datetime:
    """ISO-8601 with ``Z`` or an offset; a naive value is taken as UTC."""
    value = value.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    instant = datetime.fromisoformat(value)
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(UTC)


async def _preview(instant: datetime) -> list[dict[str, Any]]:
    from bot.config import get_settings
    from bot.usecases.nudges import NudgeService
    from db import migrate
    from db.session import create_engine, make_sessionmaker

    settings = get_settings()
    engine = create_engine(settings.database_url)
    try:
        await migrate.upgrade(engine)
        service = NudgeService.from_settings(make_sessionmaker(engine), settings)
        due = await service.preview_due(instant)
    finally:
        await engine.dispose()
    return [{"user_id": nudge.user_id, "text": nudge.text} for nudge in due]


def run_nudges(args: Any, stdout: TextIO | None = None) -> int:
    stdout = stdout or sys.stdout
    try:
        instant = parse_instant(args.at)
    except ValueError:
        sys.stderr.write(f"magbot nudges: not an ISO-8601 instant: {args.at!r}\n")
        return 2
    due = asyncio.run(_preview(instant))
    if getattr(args, "json", False):
        stdout.write(json.dumps({"due": due}, ensure_ascii=False) + "\n")
    else:
        stdout.write(f"{len(due)} nudge(s) due at {instant.isoformat().replace('+00:00', 'Z')}\n")
        for item in due:
            stdout.write(f"- {item['user_id']}: {item['text']}\n")
    stdout.flush()
    return 0
