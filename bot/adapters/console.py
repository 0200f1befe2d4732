"""`magbot chat`: the same conversation in a terminal, on the same database and use cases as the Telegram
bot; buttons become numbered choices.

On a terminal the console is a small REPL: line editing and ↑/↓ history (Python's `readline`, kept per
user in the data folder), library logging in a file there instead of on the screen, and Ctrl-C or Ctrl-D
at the prompt leave with a one-line goodbye and exit status 0. Piped, it reads stdin line by line and
echoes each line after the prompt, so a transcript reads like a session.

Input is read in the main thread (so Ctrl-C reaches `input()` at once) and each line's async work runs to
completion on one event loop with `run_until_complete`; a Ctrl-C while a line is being handled lets that
line finish (its transaction commits or rolls back whole) and then leaves.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from bot.adapters.bootstrap import Services, build_services
from bot.adapters.commands import run_callback, run_command
from bot.config import REPO_ROOT, Settings, get_settings
from bot.texts import console as ct
from bot.texts import messages as t
from bot.texts.reply import Reply

PROMPT = "you> "
HISTORY_LENGTH = 1000
LOG_FILE = "console.log"
log = logging.getLogger(__name__)


def render(reply: Reply) -> str:
    lines = [reply.text]
    for number, button in enumerate(reply.flat_buttons, start=1):
        lines.append(f"  [{number}] {button.label}")
    if reply.buttons:
        lines.append("  (type a number to choose)")
    return "\n".join(lines)


def data_dir(settings: Settings) -> Path:
    """The data folder: the SQLite database's folder, else `data/` in the repository."""
    url = settings.database_url
    if url.startswith("sqlite") and ":///" in url:
        path = url.split(":///", 1)[1].split("?", 1)[0]
        if path and path != ":memory:":
            return Path(path).parent
    return REPO_ROOT / "data"


def configure_console_logging(settings: Settings, folder: Path) -> Path:
    """Library chatter (Alembic, bm25s, our own INFO) goes to `<data>/console.log`; only warnings and
    errors reach the screen. Returns the log file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    file_handler = logging.FileHandler(path, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    screen = logging.StreamHandler(sys.stderr)
    screen.setLevel(logging.WARNING)
    screen.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(file_handler)
    root.addHandler(screen)
    root.setLevel(settings.log_level.upper())
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path


class ConsoleChat:
    def __init__(self, services: Services, user_id: int, out: TextIO = sys.stdout) -> None:
        self.services = services
        self.user_id = user_id
        self.out = out
        self.buttons: list = []
        # Message ids must be unique per chat across sessions: milliseconds since the epoch.
        self._last_id = int(time.time() * 1000)

    def _next_message_id(self) -> int:
        self._last_id = max(self._last_id + 1, int(time.time() * 1000))
        return self._last_id

    async def handle(self, line: str) -> Reply:
        line = line.strip()
        if line.isascii() and line.isdigit() and self.buttons and 1 <= int(line) <= len(self.buttons):
            reply = await run_callback(self.services, self.user_id, self.buttons[int(line) - 1].data)
        elif line.startswith("/"):
            name, _, args = line[1:].partition(" ")
            reply = await run_command(self.services, self.user_id, name, args, adapter="console")
        else:
            outcome = await self.services.magnesium.handle_text(
                self.user_id, self.user_id, self._next_message_id(), line
            )
            reply = t.outcome_reply(outcome, adapter="console")
        self.buttons = reply.flat_buttons
        return reply

    def show(self, reply: Reply) -> None:
        self.buttons = reply.flat_buttons
        self.say(render(reply))

    def say(self, text: str) -> None:
        print(f"magbot> {text}", file=self.out, flush=True)


class _Interrupts:
    """While a line is being handled, Ctrl-C only raises a flag (checked after the line is done);
    at the prompt it raises KeyboardInterrupt in `input()`.

    Python's readline draws the prompt and then waits in select(); a SIGINT that lands in between is
    noted but not acted on until the next key. So a watcher thread hears every SIGINT (through the
    signal wakeup fd) and, if no handler has run a moment later, sends it to the main thread again."""

    RESEND_AFTER = 0.2  # seconds

    def __init__(self) -> None:
        self.requested = False
        self._pipe: tuple[int, int] | None = None

    def _flag(self, signum, frame) -> None:  # noqa: ARG002 - signal handler signature
        self.requested = True

    def _at_prompt(self, signum, frame) -> None:  # noqa: ARG002 - signal handler signature
        self.requested = True
        raise KeyboardInterrupt

    def at_prompt(self) -> None:
        """Ctrl-C raises KeyboardInterrupt (even if the process started with SIGINT ignored)."""
        signal.signal(signal.SIGINT, self._at_prompt)

    def watch(self) -> None:
        import threading

        read_end, write_end = os.pipe()
        os.set_blocking(write_end, False)
        try:
            signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
        except ValueError:  # not the main thread (embedded use): no watcher
            os.close(read_end)
            os.close(write_end)
            return
        self._pipe = (read_end, write_end)
        main = threading.main_thread().ident
        threading.Thread(target=self._resend, args=(read_end, main), daemon=True).start()

    def _resend(self, read_end: int, main: int) -> None:
        while True:
            try:
                received = os.read(read_end, 64)
            except OSError:
                return
            if not received:
                return
            if signal.SIGINT in received and not self.requested:
                time.sleep(self.RESEND_AFTER)
                if not self.requested:
                    signal.pthread_kill(main, signal.SIGINT)

    def unwatch(self) -> None:
        if self._pipe is not None:
            signal.set_wakeup_fd(-1)
            for fd in self._pipe:
                os.close(fd)
            self._pipe = None

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        previous = signal.signal(signal.SIGINT, self._flag)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def _terminal_foreground(stream: TextIO) -> Iterator[None]:
    """Under a wrapper such as `make run`, take the terminal's foreground for this process alone, so that
    Ctrl-C reaches the console (which says goodbye and exits 0) and not make too (which would report
    "*** Interrupt" and fail). A process started straight from a shell already leads its own group, and
    then nothing changes. The previous foreground group gets the terminal back on the way out."""
    try:
        fd = stream.fileno()
        original = os.tcgetpgrp(fd)
        takes_over = os.getpgrp() == original and os.getpgrp() != os.getpid()
    except (OSError, ValueError, AttributeError):
        takes_over = False
    if not takes_over:
        yield
        return
    ttou = signal.signal(signal.SIGTTOU, signal.SIG_IGN)  # a background group may not set it otherwise
    tstp = signal.signal(signal.SIGTSTP, signal.SIG_IGN)  # a stopped child would hang the waiting make
    try:
        os.setpgid(0, 0)
        os.tcsetpgrp(fd, os.getpgrp())
    except OSError:
        signal.signal(signal.SIGTTOU, ttou)
        signal.signal(signal.SIGTSTP, tstp)
        yield
        return
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.tcsetpgrp(fd, original)
        signal.signal(signal.SIGTTOU, ttou)
        signal.signal(signal.SIGTSTP, tstp)


class _History:
    """readline history for one console user, in the data folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            import readline
        except ImportError:  # pragma: no cover - platforms without readline: plain input()
            self.readline = None
            return
        self.readline = readline
        readline.set_history_length(HISTORY_LENGTH)
        with contextlib.suppress(OSError):
            readline.read_history_file(path)

    def save(self) -> None:
        if self.readline is not None:
            with contextlib.suppress(OSError):
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.readline.write_history_file(self.path)


def run_console(user_id: int = 1, stdin: TextIO | None = None, *, hint: str | None = None) -> int:
    """The chat until /quit, end of input, Ctrl-D or Ctrl-C; returns the exit status (0)."""
    interrupts = _Interrupts()
    with interrupts.deferred():  # until the prompt is up, Ctrl-C only raises the flag
        return _run(user_id, stdin or sys.stdin, hint, interrupts)


def _run(user_id: int, stdin: TextIO, hint: str | None, interrupts: _Interrupts) -> int:
    interactive = stdin.isatty()
    settings = get_settings()
    folder = data_dir(settings)
    configure_console_logging(settings, folder)
    if hint:
        print(hint, file=sys.stderr, flush=True)
    loop = asyncio.new_event_loop()
    services: Services | None = None
    with _terminal_foreground(stdin):
        try:
            services = loop.run_until_complete(build_services(settings))
            chat = ConsoleChat(services, user_id)
            if not interactive:
                chat.say(ct.PIPED_READY)
                _piped(chat, stdin, loop, interrupts)
            elif not interrupts.requested:
                history = _History(folder / f"console_history_{user_id}")
                interrupts.watch()
                chat.show(t.welcome_reply())
                interrupts.at_prompt()
                _interactive(chat, loop, interrupts, history)
            else:  # Ctrl-C while starting up
                print(f"\n{ct.GOODBYE}", flush=True)
        except KeyboardInterrupt:  # Ctrl-C between the welcome and the prompt
            print(f"\n{ct.GOODBYE}", flush=True)
        finally:
            with interrupts.deferred():
                if services is not None:
                    loop.run_until_complete(services.close())
                interrupts.unwatch()
            loop.close()
    return 0


def _handle(chat: ConsoleChat, line: str, loop: asyncio.AbstractEventLoop, interrupts: _Interrupts) -> None:
    with interrupts.deferred():
        try:
            chat.say(render(loop.run_until_complete(chat.handle(line))))
        except Exception:  # keep the chat alive; the use case rolled its transaction back
            log.exception("error while handling a console message")
            chat.say(t.ERROR_APOLOGY)


def _interactive(
    chat: ConsoleChat, loop: asyncio.AbstractEventLoop, interrupts: _Interrupts, history: _History
) -> None:
    try:
        while not interrupts.requested:
            try:
                line = input(PROMPT)
            except (KeyboardInterrupt, EOFError):
                print(f"\n{ct.GOODBYE}", flush=True)  # the cursor is still on the prompt line
                return
            if line.strip().lower() in ct.QUIT_WORDS:
                print(ct.GOODBYE, flush=True)
                return
            if line.strip():
                _handle(chat, line, loop, interrupts)
        print(ct.GOODBYE, flush=True)  # Ctrl-C while a line was being handled
    finally:
        history.save()


def _piped(
    chat: ConsoleChat, stdin: TextIO, loop: asyncio.AbstractEventLoop, interrupts: _Interrupts
) -> None:
    while not interrupts.requested:
        line = stdin.readline()
        if not line or line.strip().lower() in ct.QUIT_WORDS:
            return
        print(f"{PROMPT}{line.rstrip()}", flush=True)
        _handle(chat, line, loop, interrupts)
