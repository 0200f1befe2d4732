"""Wiring: one place that builds the engine, migrates, loads the domain and returns the services."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.domain.memory import release_freed_memory
from bot.usecases.service import Context, MagnesiumService
from db.session import create_engine, make_sessionmaker
from db.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    engine: AsyncEngine
    magnesium: MagnesiumService
    nudges: object  # bot.usecases.nudges.NudgeService

    async def close(self) -> None:
        await self.engine.dispose()


def build_nudges(settings: Settings, ctx: Context):
    from bot.usecases.nudges import NudgeService

    return NudgeService.from_context(ctx, settings)


async def build_services(
    settings: Settings, engine: AsyncEngine | None = None, *, migrate: bool = True, **context_overrides
) -> Services:
    """Create the engine (unless given), bring the schema to head (unless `migrate=False`: the caller
    already did), load foods and the knowledge base."""
    from bot.domain.answering import default_answerer
    from bot.domain.estimate import default_estimator

    engine = engine or create_engine(
        settings.database_url,
        connect_timeout=settings.db_connect_timeout_seconds,
        statement_timeout=settings.db_statement_timeout_seconds,
        # each update in flight holds a connection for its unit of work; overflow connections would be
        # opened and closed again and again. LIFO: the connections used last are used again, so the few
        # warm ones keep serving (their prepared statements cached) instead of every pooled connection
        # preparing every statement once more (bench-replicas: CPU 5.55-5.8 -> 5.2-5.5 ms/update)
        pool_size=settings.handler_concurrency + 4,
        pool_use_lifo=True,
    )
    if migrate:
        from db.migrate import upgrade  # Alembic is only imported when it is needed

        await upgrade(engine)
    ctx = Context(
        sessionmaker=UnitOfWork(
            make_sessionmaker(engine)
        ),  # one session per update (see bot.usecases.intake)
        estimator=default_estimator(),
        answerer=default_answerer(settings.knowledge_dir),
        default_timezone=settings.default_timezone,
        **context_overrides,
    )
    magnesium = MagnesiumService(ctx)
    magnesium.warm_up()  # the lazily built patterns, before the first message rather than during it
    services = Services(settings, engine, magnesium, build_nudges(settings, ctx))
    release_freed_memory()  # what start-up parsed and built and then dropped (3 MB of RSS)
    log.info("services ready (database backend: %s)", engine.dialect.name)
    return services
