"""End to end: the real PTB Application, long polling over HTTP against the fake Bot API server."""

from __future__ import annotations

import re

import pytest

from bot.adapters.bootstrap import build_services
from bot.adapters.tg.app import build_application
from bot.config import Settings
from tests.fake_bot_api import FakeBotAPI

ALICE, BOB = 111, 222


@pytest.fixture
async def bot(engine, tmp_path):
    api = FakeBotAPI()
    base_url = await api.start()
    settings = Settings(
        _env_file=None,
        telegram_bot_token=api.token,
        telegram_api_base_url=base_url,
        database_url="sqlite+aiosqlite:///unused.db",
        reminder_tick_seconds=3600,
    )
    services = await build_services(settings, engine=engine)
    application = build_application(settings, services)
    async with application:
        await application.start()
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        try:
            yield api
        finally:
            await application.updater.stop()
            await application.stop()
    await api.stop()


async def say(api: FakeBotAPI, user: int, text: str, message_id: int | None = None):
    before = len(api.calls)
    api.push_text(user, text, message_id)
    return await api.wait_for_reply(user, before)


def first_mg(text: str) -> float:
    return float(re.search(r"([\d,]+(?:\.\d+)?) mg", text).group(1).replace(",", ""))


async def test_log_today_undo(bot):
    reply = await say(bot, ALICE, "had 2 cups of cooked spinach and a handful of almonds")
    assert "spinach" in reply.text and "almond" in reply.text and "of 420 mg" in reply.text
    today = await say(bot, ALICE, "/today")
    total = first_mg(today.text)
    assert 300 < total < 420
    assert today.text.startswith(f"{round(total):,} mg")
    undo = await say(bot, ALICE, "/undo")
    assert "Removed" in undo.text
    assert first_mg((await say(bot, ALICE, "/today")).text) == 0


async def test_two_users_never_see_each_other(bot):
    await say(bot, ALICE, "1 oz pumpkin seeds")
    bob_today = await say(bot, BOB, "/today")
    assert first_mg(bob_today.text) == 0
    assert "pumpkin" not in bob_today.text
    assert first_mg((await say(bot, ALICE, "/today")).text) > 100


async def test_redelivered_update_counts_once(bot):
    before = len(bot.calls)
    update = bot.push_text(ALICE, "1 medium banana", message_id=5001)
    await bot.wait_for_reply(ALICE, before)
    before = len(bot.calls)
    bot.redeliver(update)
    again = await bot.wait_for_reply(ALICE, before)
    assert "Already logged" in again.text
    today = await say(bot, ALICE, "/today")
    assert today.text.count("banana") == 1


async def test_edited_message_replaces_entries(bot):
    await say(bot, ALICE, "1 cup cooked spinach", message_id=6001)
    before = len(bot.calls)
    bot.push_edit(ALICE, 6001, "1 medium banana")
    edited = await bot.wait_for_reply(ALICE, before)
    assert "banana" in edited.text
    today = await say(bot, ALICE, "/today")
    assert "banana" in today.text and "spinach" not in today.text


async def test_onboarding_sets_goal(bot):
    welcome = await say(bot, ALICE, "/start")
    assert any(b["callback_data"] == "sex:female" for b in welcome.buttons)
    before = len(bot.calls)
    bot.push_callback(ALICE, "sex:female")
    ages = await bot.wait_for_reply(ALICE, before)
    assert any(b["callback_data"] == "age:51+" for b in ages.buttons)
    before = len(bot.calls)
    bot.push_callback(ALICE, "age:51+")
    done = await bot.wait_for_reply(ALICE, before)
    assert "320 mg" in done.text
    assert any(call.method == "answerCallbackQuery" for call in bot.calls)
    today = await say(bot, ALICE, "/today")
    assert "of your 320 mg goal" in today.text


async def test_question_gets_sourced_answer(bot):
    reply = await say(bot, ALICE, "why does magnesium matter for bones")
    assert "Source" in reply.text
    assert len(reply.text) <= 1200


async def test_bad_input_gets_an_answer(bot):
    for text in ["🙂🙂🙂", "привет", "x" * 4096, "'; DROP TABLE users; --", "9000 kg spinach"]:
        reply = await say(bot, ALICE, text)
        assert reply.text
    assert first_mg((await say(bot, ALICE, "/today")).text) == 0


async def test_logs_hold_no_token_or_message_text(bot, caplog):
    caplog.set_level("INFO")
    secret_meal = "3 oz farmed salmon and quinoa zebra-marker"
    await say(bot, ALICE, secret_meal)
    await say(bot, ALICE, "/today")
    info = [r.getMessage() for r in caplog.records if r.levelname != "DEBUG"]
    assert not any(bot.token in line for line in info)
    assert not any("zebra-marker" in line for line in info)


async def test_error_gets_an_apology_and_writes_nothing(bot, monkeypatch):
    from bot.usecases.service import MagnesiumService

    async def broken_day(self, *args, **kwargs):
        raise RuntimeError("database went away")

    # Entries are inserted first, then the day total fails: the transaction must roll back.
    monkeypatch.setattr(MagnesiumService, "_day", broken_day)
    reply = await say(bot, ALICE, "1 oz pumpkin seeds")
    assert "Sorry" in reply.text and "nothing was saved" in reply.text
    monkeypatch.undo()
    assert first_mg((await say(bot, ALICE, "/today")).text) == 0


async def test_unsure_food_asks_did_you_mean_and_logs_the_pick(bot):
    reply = await say(bot, ALICE, "a bowl of soup")
    picks = [b for b in reply.buttons if b["callback_data"].startswith("pick:")]
    assert "Did you mean" in reply.text and len(picks) >= 2
    first = picks[0]
    before = len(bot.calls)
    bot.push_callback(ALICE, first["callback_data"])
    logged = await bot.wait_for_reply(ALICE, before)
    assert "Logged" in logged.text and first["text"] in logged.text
    today = await say(bot, ALICE, "/today")
    assert first_mg(today.text) > 0 and first["text"] in today.text
    # A second tap on the same keyboard does not log twice.
    before = len(bot.calls)
    bot.push_callback(ALICE, first["callback_data"])
    again = await bot.wait_for_reply(ALICE, before)
    assert "already" in again.text


async def test_week_sends_a_chart(bot):
    await say(bot, ALICE, "1 oz pumpkin seeds")
    before = len(bot.calls)
    bot.push_text(ALICE, "/week")
    photo = await bot.wait_for(lambda c: c.method == "sendPhoto" and c.chat_id == ALICE, start=before)
    assert photo.params["photo"] == "<file>"
    assert "Last 7 days" in photo.text and "156 mg" in photo.text


async def test_yesterday_and_a_correction(bot):
    logged = await say(bot, ALICE, "yesterday I had a cup of brown rice")
    assert logged.text.startswith("Logged for yesterday, ") and "brown rice" in logged.text
    assert "brown rice" not in (await say(bot, ALICE, "/today")).text
    week = await say(bot, ALICE, "/week")
    assert "79 mg" in week.text

    await say(bot, ALICE, "had 2 cups of cooked spinach and a handful of almonds")
    changed = await say(bot, ALICE, "not almonds, cashews")
    assert changed.text.startswith("Changed: raw almonds 1 handful (77 mg) → ") and "cashews" in changed.text
    today = await say(bot, ALICE, "/today")
    assert "2. dry roasted cashews" in today.text and "almonds" not in today.text
    edited = await say(bot, ALICE, "/edit 1 1 cup")
    assert edited.text.startswith("Changed: cooked spinach 2 cups (313 mg) → cooked spinach 1 cup (157 mg)")
    deleted = await say(bot, ALICE, "/delete 2")
    assert deleted.text.startswith("Deleted: dry roasted cashews")
    assert first_mg((await say(bot, ALICE, "/today")).text) == 157


async def test_a_large_amount_is_logged_after_yes(bot):
    asked = await say(bot, ALICE, "50 cups of spinach")
    yes = next(b for b in asked.buttons if b["text"].startswith("✅ Yes, log 1.5 kg"))
    before = len(bot.calls)
    bot.push_callback(ALICE, yes["callback_data"])
    logged = await bot.wait_for_reply(ALICE, before)
    assert logged.text.startswith("Logged:\n• raw spinach — 50 cups (1500 g)")
    before = len(bot.calls)
    bot.push_callback(ALICE, yes["callback_data"])
    assert "expired" in (await bot.wait_for_reply(ALICE, before)).text


async def tap(api: FakeBotAPI, user: int, data: str):
    before = len(api.calls)
    api.push_callback(user, data)
    return await api.wait_for_reply(user, before)


async def test_supplement_label_question_buttons(bot):
    question = await say(bot, ALICE, "Magnesium citrate 500 mg")
    assert "Supplement Facts panel" in question.text and "≈ 81 mg of magnesium" in question.text
    compound = next(b for b in question.buttons if b["callback_data"].endswith(":c"))
    logged = await tap(bot, ALICE, compound["callback_data"])
    assert "magnesium citrate" in logged.text and "magnesium 81 mg" in logged.text
    assert "supplements 81 mg" in logged.text
    again = await tap(bot, ALICE, compound["callback_data"])
    assert "already been answered" in again.text
    plain = await say(bot, ALICE, "magnesium 250 mg")  # no compound: no question
    assert not plain.buttons and "Logged" in plain.text
    today = await say(bot, ALICE, "/today")
    assert first_mg(today.text) == 331 and "Calcium" in today.text and "Vitamin D" in today.text


async def test_export_sends_a_csv_document(bot):
    import csv
    import io

    await say(bot, ALICE, "1 cup cooked spinach")
    await say(bot, ALICE, "calcium 600 mg + D3 1000 IU")
    before = len(bot.calls)
    bot.push_text(ALICE, "/export")
    document = await bot.wait_for(lambda c: c.method == "sendDocument" and c.chat_id == ALICE, start=before)
    content = bot.documents[-1]
    assert document.params["document"] == "<file>"
    rows = list(csv.DictReader(io.StringIO(content.decode().partition("\n\n")[0])))
    assert [r["kind"] for r in rows] == ["food", "supplement", "supplement"]
    assert rows[0]["food"] == "cooked spinach" and float(rows[0]["magnesium_mg"]) > 100


async def test_forget_after_confirmation_and_redelivery_does_not_restore(bot):
    before = len(bot.calls)
    update = bot.push_text(ALICE, "1 oz pumpkin seeds", message_id=7001)
    await bot.wait_for_reply(ALICE, before)
    await say(bot, BOB, "1 medium banana")
    confirm = await say(bot, ALICE, "/forget")
    yes = next(b for b in confirm.buttons if b["callback_data"].startswith("forget:yes"))
    done = await tap(bot, ALICE, yes["callback_data"])
    assert "deleted everything" in done.text
    assert first_mg((await say(bot, ALICE, "/today")).text) == 0
    before = len(bot.calls)
    bot.redeliver(update)
    ignored = await bot.wait_for_reply(ALICE, before)
    assert "ignored" in ignored.text
    assert first_mg((await say(bot, ALICE, "/today")).text) == 0
    assert first_mg((await say(bot, BOB, "/today")).text) > 0
