"""A framework-neutral reply: text plus an optional inline keyboard. The Telegram adapter turns it into
`InlineKeyboardMarkup`; the console prints the buttons as numbered choices."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # callback data, at most 64 bytes


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = field(default_factory=tuple)
    photo: bytes | None = None  # a PNG chart; the console shows the text only
    document: tuple[str, bytes] | None = None  # (filename, content), e.g. the /export CSV

    @property
    def flat_buttons(self) -> list[Button]:
        return [button for row in self.buttons for button in row]
