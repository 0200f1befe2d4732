"""ORM models (SQLAlchemy 2, typed `Mapped[]`). The schema itself is owned by the Alembic migrations."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    sex: Mapped[str | None] = mapped_column(String(8))
    age_band: Mapped[str | None] = mapped_column(String(8))
    life_stage: Mapped[str | None] = mapped_column(String(12))
    goal_override_mg: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Daily nudge (migration 0002): minute after local midnight, None = off; see db/reminders.py.
    reminder_minute: Mapped[int | None] = mapped_column(Integer)
    reminder_set_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reminder_last_minute: Mapped[int | None] = mapped_column(Integer)  # 0006: the time `/remind on` restores
    nudge_when_met: Mapped[str] = mapped_column(String(8), default="quiet", server_default="quiet")
    last_nudged_on: Mapped[date | None] = mapped_column(Date)  # local date of the last nudge handled
    nudge_claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())  # a worker's lease

    __table_args__ = (
        Index(
            "ix_users_reminder_due",
            "timezone",
            "reminder_minute",
            "last_nudged_on",
            sqlite_where=text("reminder_minute IS NOT NULL"),
            postgresql_where=text("reminder_minute IS NOT NULL"),
        ),
    )


class Entry(Base):
    """One logged food item. (chat_id, message_id, item_index) identifies where it came from, so a
    redelivered update can never count twice and an edited message can replace exactly its own items."""

    __tablename__ = "entries"
    __table_args__ = (
        UniqueConstraint("chat_id", "message_id", "item_index", name="uq_entries_source"),
        Index("ix_entries_user_day", "user_id", "local_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    local_date: Mapped[date] = mapped_column(Date)
    logged_at: Mapped[datetime] = mapped_column(UTCDateTime())
    message_text: Mapped[str] = mapped_column(Text)
    item_text: Mapped[str] = mapped_column(String(300))
    food_id: Mapped[str] = mapped_column(String(64))
    ndb: Mapped[str] = mapped_column(String(8))
    food_name: Mapped[str] = mapped_column(String(160))
    quantity: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(16))
    grams: Mapped[float] = mapped_column(Float)
    magnesium_mg: Mapped[float] = mapped_column(Float)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int] = mapped_column(BigInteger)
    item_index: Mapped[int] = mapped_column(Integer)
    # Migration 0003: "food" | "supplement"; calcium and vitamin D (µg) of the item, None = unknown.
    kind: Mapped[str] = mapped_column(String(12), default="food", server_default="food")
    calcium_mg: Mapped[float | None] = mapped_column(Float)
    vitamin_d_ug: Mapped[float | None] = mapped_column(Float)


class PendingChoice(Base):
    """An item the matcher was unsure about, waiting for the user's pick on a "Did you mean …?" keyboard."""

    __tablename__ = "pending_choices"
    __table_args__ = (
        UniqueConstraint("chat_id", "message_id", "item_index", name="uq_pending_source"),
        Index("ix_pending_user", "user_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    chat_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int] = mapped_column(BigInteger)
    item_index: Mapped[int] = mapped_column(Integer)
    local_date: Mapped[date] = mapped_column(Date)
    message_text: Mapped[str] = mapped_column(Text)
    item_text: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(16))
    candidates: Mapped[str] = mapped_column(String(400))  # comma-separated food ids, best first
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # "pick" (a "Did you mean …?" keyboard) or "confirm" (a large amount to confirm; migration 0005)
    kind: Mapped[str] = mapped_column(String(8), default="pick", server_default="pick")


# ---- migration 0003: supplements, the usual regimen, the /forget tombstone ---------------------------
class RegimenItem(Base):
    """One of the user's usual supplements (/supplements), logged in one tap."""

    __tablename__ = "supplement_regimen"
    __table_args__ = (Index("ix_regimen_user", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(80))
    dose_text: Mapped[str] = mapped_column(String(80))  # how it is shown: "2 capsules, 240 mg"
    magnesium_mg: Mapped[float] = mapped_column(Float, default=0.0)
    calcium_mg: Mapped[float] = mapped_column(Float, default=0.0)
    vitamin_d_ug: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class PendingSupplement(Base):
    """A supplement message waiting for the label question ("the magnesium, or the compound?")."""

    __tablename__ = "pending_supplements"
    __table_args__ = (
        UniqueConstraint("chat_id", "message_id", name="uq_pending_supplement_source"),
        Index("ix_pending_supplement_user", "user_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    chat_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int] = mapped_column(BigInteger)
    local_date: Mapped[date] = mapped_column(Date)
    purpose: Mapped[str] = mapped_column(String(8))  # "log" | "regimen"
    message_text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ForgottenUser(Base):
    """A tombstone left by /forget: only the Telegram id, when, and the last message id seen, so that an
    old update delivered again afterwards is ignored instead of bringing data back."""

    __tablename__ = "forgotten_users"

    telegram_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    forgotten_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_message_id: Mapped[int] = mapped_column(BigInteger, default=0)


class InboxUpdate(Base):
    """An incoming Telegram update, stored before it is acknowledged (migration 0004; see db/inbox.py).
    `done_at` is set once it has been handled; a worker holds it while `claimed_until` lies ahead."""

    __tablename__ = "inbox"
    __table_args__ = (Index("ix_inbox_done", "done_at"), Index("ix_inbox_sender", "sender_id"))

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    payload: Mapped[str] = mapped_column(Text)  # the update's JSON, ASCII-escaped
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outcome: Mapped[str | None] = mapped_column(String(16))  # handled | failed
    sender_id: Mapped[int | None] = mapped_column(BigInteger)  # the Telegram user (migration 0007)
    replies: Mapped[str | None] = mapped_column(Text)  # JSON of replies not yet sent (migration 0007)


class OutboxMessage(Base):
    """A reply that could not be sent (network, 5xx, 429 beyond retries), retried later (migration 0004)."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_next", "next_attempt_at"), Index("ix_outbox_chat", "chat_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    text: Mapped[str] = mapped_column(Text)
    reply_markup: Mapped[str | None] = mapped_column(Text)  # JSON of an inline keyboard
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
