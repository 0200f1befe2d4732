"""Stairway test: every revision upgrades, downgrades and upgrades again, one step at a time."""

from __future__ import annotations

from sqlalchemy import inspect

from db import migrate
from db.models import Base


async def _tables(engine) -> set[str]:
    async with engine.connect() as conn:
        return set(await conn.run_sync(lambda sync: inspect(sync).get_table_names()))


async def test_stairway(empty_engine):
    revisions = migrate.revisions()
    assert revisions, "no migrations found"
    previous = "base"
    for revision in revisions:
        await migrate.upgrade(empty_engine, revision)
        await migrate.downgrade(empty_engine, previous)
        await migrate.upgrade(empty_engine, revision)
        previous = revision


async def test_head_matches_models(empty_engine):
    await migrate.upgrade(empty_engine)
    tables = await _tables(empty_engine)
    assert set(Base.metadata.tables) <= tables
    await migrate.downgrade(empty_engine, "base")
    assert await _tables(empty_engine) <= {"alembic_version"}
