"""Webhook mode: the secret header (403), 200 only once stored (503 when the database is down), /healthz,
/metrics; a real `serve()` with uvicorn on a free port; two replicas sharing the nudge lock (PostgreSQL)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import socket

import httpx
import pytest

from bot.adapters.bootstrap import build_services
from bot.adapters.tg.app import build_application
from bot.adapters.tg.intake import Intake
from bot.adapters.tg.serve import serve
from bot.adapters.tg.webhook import SECRET_HEADER, build_asgi
from bot.config import Settings
from bot.usecases.intake import IntakeService
from db.leader import AdvisoryLease
from db.session import create_engine
from tests.fake_bot_api import FakeBotAPI

SECRET = "s3cret-for-tests_only"
ALICE = 111


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def webhook_settings(api: FakeBotAPI, port: int, **overrides) -> Settings:
    return Settings(
        _env_file=None,
        telegram_bot_token=api.token,
        telegram_api_base_url=api.base_url,
        telegram_webhook_url=f"https://bot.example.org/tg/{port}",
        telegram_webhook_secret=SECRET,
        webhook_listen="127.0.0.1",
        webhook_port=port,
        reminder_tick_seconds=3600,
        inbox_sweep_seconds=0.2,
        **overrides,
    )


@contextlib.asynccontextmanager
async def replica(engine, api: FakeBotAPI):
    port = free_port()
    settings = webhook_settings(api, port)
    services = await build_services(settings, engine=engine)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, stop, services=services, handle_signals=False))
    url = f"http://127.0.0.1:{port}"
    async with httpx.AsyncClient(base_url=url, timeout=10) as client:
        for _ in range(200):
            with contextlib.suppress(httpx.TransportError):
                if (await client.get("/healthz")).status_code == 200:
                    break
            await asyncio.sleep(0.05)
        try:
            yield client, f"/tg/{port}"
        finally:
            stop.set()
            assert await asyncio.wait_for(task, 30) == 0


async def test_webhook_end_to_end(engine):
    async with FakeBotAPI() as api, replica(engine, api) as (client, path):
        registered = await api.wait_for(lambda c: c.method == "setWebhook")
        assert registered.params["secret_token"] == SECRET
        assert registered.params["url"].endswith(path)
        update = {"update_id": 42, "message": api._message(ALICE, "1 oz pumpkin seeds", 7)}
        assert (await client.post(path, json=update)).status_code == 403
        wrong = {SECRET_HEADER: "not-the-secret"}
        assert (await client.post(path, json=update, headers=wrong)).status_code == 403
        before = len(api.calls)
        response = await client.post(path, json=update, headers={SECRET_HEADER: SECRET})
        assert response.status_code == 200
        reply = await api.wait_for_reply(ALICE, before)
        assert "pumpkin" in reply.text
        # Telegram delivering the same update again: stored once, handled once.
        assert (await client.post(path, json=update, headers={SECRET_HEADER: SECRET})).status_code == 200
        assert (
            await client.post(path, content=b"{not json", headers={SECRET_HEADER: SECRET})
        ).status_code == 400
        health = await client.get("/healthz")
        assert health.status_code == 200
        metrics = (await client.get("/metrics")).text
        assert "magbot_updates_received_total" in metrics
        assert "magbot_handler_seconds_bucket" in metrics
        assert "magbot_inbox_backlog" in metrics and 'magbot_nudges_total{outcome="sent"}' in metrics
        await asyncio.sleep(0.3)
        assert len(api.sent(ALICE)) == 1


async def test_the_update_is_stored_as_telegram_sent_it(engine):
    """The webhook stores the request body itself (not the update encoded again); it is handled as before."""
    from sqlalchemy import text

    async with FakeBotAPI() as api, replica(engine, api) as (client, path):
        update = {
            "update_id": 77,
            "message": api._message(ALICE, "a crème brûlée 🍮 and 1 cup of spinach", 9),
        }
        body = json.dumps(update, ensure_ascii=False, indent=1).encode()
        before = len(api.calls)
        headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
        assert (await client.post(path, content=body, headers=headers)).status_code == 200
        assert "spinach" in (await api.wait_for_reply(ALICE, before)).text
        async with engine.connect() as connection:
            stored = await connection.scalar(text("SELECT payload FROM inbox WHERE update_id = 77"))
        assert stored == body.decode()
        assert (
            await client.post(path, content=b'{"update_id": 78, "x": "\xff"}', headers=headers)
        ).status_code == 400


async def test_database_down_means_503_and_unhealthy(tmp_path):
    """No database: /healthz says 503 and an update is answered 503, so Telegram delivers it again."""
    async with FakeBotAPI() as api:
        settings = webhook_settings(api, 8080, db_connect_timeout_seconds=1)
        engine = create_engine("postgresql+asyncpg://nobody@127.0.0.1:9/none", connect_timeout=1)
        services = await build_services(settings, engine=engine, migrate=False)
        application = build_application(settings, services)
        intake = Intake(application, IntakeService(services.magnesium.ctx.sessionmaker))
        app = build_asgi(application, intake, settings)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            assert (await client.get("/healthz")).status_code == 503
            update = {"update_id": 1, "message": api._message(ALICE, "1 banana", 1)}
            stored = await client.post("/tg/8080", json=update, headers={SECRET_HEADER: SECRET})
            assert stored.status_code == 503
            assert (await client.get("/metrics")).status_code == 200
        await engine.dispose()


def test_webhook_mode_needs_a_secret():
    with pytest.raises(ValueError, match="TELEGRAM_WEBHOOK_SECRET"):
        Settings(_env_file=None, telegram_webhook_url="https://bot.example.org/tg")
    with pytest.raises(ValueError):
        Settings(
            _env_file=None, telegram_webhook_url="https://x.org/tg", telegram_webhook_secret="bad secret!"
        )


async def test_one_nudge_dispatcher_among_replicas(engine):
    if engine.dialect.name != "postgresql":
        pytest.skip("the advisory lock is PostgreSQL's; on SQLite a single process is assumed")
    key = random.randrange(1, 2**31)  # not the bot's own key: a bot may run on this server
    first, second = AdvisoryLease(engine, key), AdvisoryLease(engine, key)
    assert await first.hold()
    assert await first.hold()  # still held: the same connection
    assert not await second.hold()
    # The holder dies: its connection goes away, PostgreSQL frees the lock, the next tick takes over.
    await first._connection.invalidate()
    first._connection = None
    assert await second.hold()
    assert not await first.hold()
    await second.release()
    assert await first.hold()
    await first.release()
