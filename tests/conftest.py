"""Shared fixtures. Database tests run on SQLite always and on PostgreSQL too when TEST_DATABASE_URL is set
(each PostgreSQL test gets a schema of its own, dropped afterwards)."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
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


@pytest.fixture
async def engine(empty_engine) -> AsyncEngine:
    await migrate.upgrade(empty_engine)
    return empty_engine


@pytest.fixture
def sessionmaker(engine):
    return make_sessionmaker(engine)
