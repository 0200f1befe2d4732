"""Property tests (hypothesis) for the command and button layer and the text path, on a real database:
over 10,000 generated inputs, no exception, always an answer, no state a user could not reach by
tapping in order, and no food logged from inputs that name no food."""

from __future__ import annotations

import asyncio
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bot.adapters.bootstrap import build_services
from bot.adapters.commands import run_callback, run_command
from bot.adapters.commands.core import GOAL_RANGE, PREGNANCY_BANDS
from bot.adapters.commands.registry import BUTTONS, COMMANDS
from bot.config import Settings
from db import migrate
from db.models import Entry
from db.session import create_engine

QUICK = settings(
    deadline=None, database=None, suppress_health_check=list(HealthCheck), derandomize=True, print_blob=True
)
ODD = st.sampled_from(
    ["", ":", "::", "x", "-1", "0", "1e9", "NaN", "inf", "²", "٣", "١٢", "99999999999999999999", "9" * 5000,
     "\x00", "\ud800", "%s", "%n", "{}", "' OR 1=1 --", "😀", " ", "\n", "female", "male", "31-50", "51+",
     "pregnant", "lactating", "none", "off", "20:00", "Europe/Berlin", "UTC+14", "x" * 70]
)  # fmt: skip
PIECE = st.one_of(ODD, st.text(max_size=24), st.integers(-(10**25), 10**25).map(str))
VALUE = st.lists(PIECE, min_size=0, max_size=3).map(":".join)
CALLBACK = st.one_of(
    st.text(max_size=80),
    st.tuples(st.sampled_from(sorted(BUTTONS)), VALUE).map(lambda kv: f"{kv[0]}:{kv[1]}"),
)
COMMAND_NAME = st.one_of(st.sampled_from(sorted(COMMANDS)), st.text(max_size=12), ODD)
ARGS = st.one_of(ODD, VALUE, st.text(max_size=60))
# Messages without a letter or a digit name no food: symbols, punctuation, spaces, emoji, controls.
NO_FOOD = st.text(
    alphabet=st.characters(exclude_categories=("L", "N", "Cs")) | st.sampled_from(list(string.punctuation)),
    max_size=40,
)
PROBE_FALSE_LOGS = [
    "NaN g",
    "1 NaN",
    '" OR 1=1 -- %s',
    "100%",
    "÷2?%",
    "%s%s%s%n",
    "{0} {1!r}",
    "'; DROP TABLE entries; --",
]


class Bot:
    """Services on a fresh SQLite database, driven synchronously from hypothesis examples."""

    def __init__(self, tmp_path) -> None:
        self.runner = asyncio.Runner()
        self.services = self.runner.run(self._build(tmp_path))

    async def _build(self, tmp_path):
        engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'props.db'}")
        await migrate.upgrade(engine)
        return await build_services(Settings(_env_file=None), engine=engine, migrate=False)

    def run(self, coroutine):
        return self.runner.run(coroutine)

    def entries(self) -> int:
        async def count() -> int:
            async with self.services.magnesium.ctx.sessionmaker() as session:
                return int(await session.scalar(select(func.count()).select_from(Entry)))

        return self.run(count())

    def close(self) -> None:
        self.run(self.services.close())
        self.runner.close()


@pytest.fixture
def bot(tmp_path):
    bot = Bot(tmp_path)
    yield bot
    bot.close()


def test_buttons_never_fail_and_stages_come_in_order(bot):
    @settings(QUICK, max_examples=4000)
    @given(data=CALLBACK, user=st.integers(1, 5))
    def press(data, user):
        reply = bot.run(run_callback(bot.services, user, data))
        assert reply.text
        if data.partition(":")[0] not in ("sex", "age", "stage"):
            return  # the other buttons do not touch the profile
        profile = bot.run(bot.services.magnesium.profile(user))
        if profile.life_stage is not None:  # only after "female" and an age band that allows it
            assert profile.sex == "female" and profile.age_band in PREGNANCY_BANDS

    press()
    assert bot.entries() == 0  # no pending choice existed: no button could log food


def test_commands_never_fail_and_goals_stay_in_range(bot):
    @settings(QUICK, max_examples=3500)
    @given(name=COMMAND_NAME, args=ARGS, user=st.integers(1, 5))
    def command(name, args, user):
        reply = bot.run(run_command(bot.services, user, name, args))
        assert reply.text
        if name != "goal":
            return
        override = bot.run(bot.services.magnesium.profile(user)).goal_override_mg
        assert override is None or GOAL_RANGE[0] <= override <= GOAL_RANGE[1]

    command()
    assert bot.entries() == 0


def test_text_without_letters_or_digits_never_logs_food(bot):
    @settings(QUICK, max_examples=2500)
    @given(text=NO_FOOD, message_id=st.integers(1, 10**12))
    def message(text, message_id):
        outcome = bot.run(bot.services.magnesium.handle_text(1, 1, message_id, text))
        assert outcome.meal is None or not outcome.meal.logged

    message()
    assert bot.entries() == 0


@pytest.mark.parametrize("text", PROBE_FALSE_LOGS)
def test_the_probes_false_logs_log_nothing(bot, text):
    outcome = bot.run(bot.services.magnesium.handle_text(1, 1, 1, text))
    assert outcome.meal is None or not outcome.meal.logged
    assert bot.entries() == 0


def test_a_later_age_band_without_stages_clears_the_stage(bot):
    for data in ("sex:female", "age:31-50", "stage:pregnant", "age:51+"):
        bot.run(run_callback(bot.services, 9, data))
    profile = bot.run(bot.services.magnesium.profile(9))
    assert profile.life_stage is None and profile.age_band == "51+"
