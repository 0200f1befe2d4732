"""Shared fixtures. Database tests run on SQLite always and on PostgreSQL too when TEST_DATABASE_URL is set.
Migrations run once per backend per test process (per xdist worker): each `engine` test then gets a copy of
the migrated SQLite file, or the process's migrated PostgreSQL schema with every table emptied.
`empty_engine` (migration tests) is a fresh database: a new file, or a schema of its own dropped afterwards."""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.ext.asyncio import AsyncEngine

from db import migrate
from db.session import create_engine, make_sessionmaker

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", "").strip()
BACKENDS = ["sqlite"] + (["postgresql"] if TEST_DATABASE_URL else [])


async def make_test_engine(backend: str, tmp_path) -> tuple[AsyncEngine, str, str | None]:
    """A fresh, empty database: (engine, url, postgres schema or None)."""
    if backend == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'magbot-test.db'}"
        return create_engine(url), url, None
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(TEST_DATABASE_URL)
    async with admin.begin() as conn:
        await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    await admin.dispose()
    engine = create_engine(TEST_DATABASE_URL, connect_args={"server_settings": {"search_path": schema}})
    return engine, TEST_DATABASE_URL, schema


async def drop_test_engine(engine: AsyncEngine, schema: str | None) -> None:
    await engine.dispose()
    if schema:
        admin = create_engine(TEST_DATABASE_URL)
        async with admin.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.dispose()


@pytest.fixture(scope="module")
def estimator():
    """The estimator over the real food table (built once per process; meal-reading tests)."""
    from bot.domain.estimate import default_estimator

    return default_estimator()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
async def empty_engine(backend, tmp_path) -> AsyncIterator[AsyncEngine]:
    engine, _url, schema = await make_test_engine(backend, tmp_path)
    try:
        yield engine
    finally:
        await drop_test_engine(engine, schema)


async def _migrated(backend: str, folder) -> tuple[AsyncEngine, str | None]:
    engine, _url, schema = await make_test_engine(backend, folder)
    await migrate.upgrade(engine)
    await engine.dispose()
    return engine, schema


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory):
    """An SQLite file at the head revision, copied by each test."""
    folder = tmp_path_factory.mktemp("migrated")
    asyncio.run(_migrated("sqlite", folder))
    return folder / "magbot-test.db"


@pytest.fixture(scope="session")
def migrated_postgresql(tmp_path_factory):
    """A PostgreSQL schema at the head revision for this process, emptied before each test."""
    engine, schema = asyncio.run(_migrated("postgresql", None))
    yield schema
    asyncio.run(drop_test_engine(engine, schema))


@pytest.fixture
def migrated(backend, request):
    """The migrated template of `backend` (a sync fixture, so the session fixtures can run their own loop)."""
    return request.getfixturevalue(f"migrated_{backend}")


def _truncate_all(connection) -> None:
    names = ", ".join(
        f'"{name}"' for name in inspect(connection).get_table_names() if name != "alembic_version"
    )
    connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture
async def engine(backend, migrated, tmp_path) -> AsyncIterator[AsyncEngine]:
    """An empty database at the head revision."""
    if backend == "sqlite":
        path = tmp_path / "magbot-test.db"
        shutil.copyfile(migrated, path)
        engine = create_engine(f"sqlite+aiosqlite:///{path}")
    else:
        engine = create_engine(TEST_DATABASE_URL, connect_args={"server_settings": {"search_path": migrated}})
        async with engine.begin() as conn:
            await conn.run_sync(_truncate_all)
    try:
        yield engine
    finally:
        await engine.dispose()


@pytest.fixture
def sessionmaker(engine):
    return make_sessionmaker(engine)


@pytest.fixture
def service(sessionmaker):
    """A MagnesiumService on the test database with the shipped estimator and answerer, its clock at noon UTC
    on 2026-11-26 (a test module may define its own `service` instead)."""
    from datetime import UTC, datetime

    from bot.domain.answering import default_answerer
    from bot.domain.estimate import default_estimator
    from bot.usecases.service import Context, MagnesiumService

    noon = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    ctx = Context(
        sessionmaker=sessionmaker,
        estimator=default_estimator(),
        answerer=default_answerer(),
        default_timezone="UTC",
        now=lambda: noon,
    )
    return MagnesiumService(ctx)
