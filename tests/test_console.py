"""The console chat as a person meets it, under a pseudo-terminal: the welcome is the first thing on the
screen (no log lines), ↑ recalls the previous line, Ctrl-C and Ctrl-D leave with a goodbye on a line of
its own and exit status 0 (also under `make run`), and piped input stays plain."""

from __future__ import annotations

import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")

ROOT = Path(__file__).resolve().parent.parent
UP = "\x1b[A"
CTRL_C = "\x03"
CTRL_D = "\x04"
PROMPT = "you> "


class PtySession:
    """A child process on a pseudo-terminal: type into it and read its screen."""

    def __init__(self, argv: list[str], env: dict[str, str], cwd: Path) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # pragma: no cover - the child
            signal.signal(signal.SIGINT, signal.SIG_DFL)  # as from a shell, whatever the test runner has
            os.chdir(cwd)
            os.execvpe(argv[0], argv, env)
        self.screen = ""
        self._seen = 0

    def expect(self, token: str, timeout: float = 60.0) -> str:
        """Read until `token` appears after what earlier calls consumed; returns the new text."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            index = self.screen.find(token, self._seen)
            if index >= 0:
                new = self.screen[self._seen : index + len(token)]
                self._seen = index + len(token)
                return new
            if not self._read(end - time.monotonic()):
                break
        raise AssertionError(f"{token!r} not seen; screen so far:\n{self.screen}")

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], max(0.0, min(timeout, 0.5)))
        if not ready:
            return True
        try:
            chunk = os.read(self.fd, 4096)
        except OSError:  # the child closed the terminal
            return False
        if not chunk:
            return False
        self.screen += chunk.decode("utf-8", "replace")
        return True

    def type(self, text: str) -> None:
        os.write(self.fd, text.encode())

    def wait(self, timeout: float = 30.0) -> int:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                while self._read(0.1):  # drain what is left on the screen
                    if not select.select([self.fd], [], [], 0.1)[0]:
                        break
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
            self._read(0.1)
        os.kill(self.pid, 9)
        raise AssertionError(f"did not exit; screen:\n{self.screen}")


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("TELEGRAM_")}
    environment.update(
        DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'magbot.db'}",
        TELEGRAM_BOT_TOKEN="",
        LOG_LEVEL="DEBUG",  # even then, nothing but the conversation reaches the screen
        TERM="xterm",
    )
    return environment


def chat(tmp_path, env, *args: str) -> PtySession:
    return PtySession([sys.executable, "-m", "bot", "chat", *args], env, tmp_path)


def test_welcome_first_history_and_ctrl_c(tmp_path, env):
    session = chat(tmp_path, env)
    first = session.expect(PROMPT)
    assert first.startswith("magbot> 👋 I'm magbot"), first
    assert "INFO" not in first and "DEBUG" not in first
    session.type("hello\r")
    session.expect("Hi! Tell me what you ate")
    session.expect(PROMPT)
    session.type(UP)  # ↑ brings back "hello" for editing, not "^[[A" as a message
    session.expect("hello")
    session.type("\r")
    session.expect("Hi! Tell me what you ate")
    session.expect(PROMPT)
    session.type(CTRL_C)
    status = session.wait()
    assert status == 0
    assert "Traceback" not in session.screen and "KeyboardInterrupt" not in session.screen
    assert "^[[A" not in session.screen
    # The goodbye is on a line of its own, and the screen ends with a newline (the shell prompt is safe).
    assert f"{PROMPT}\r\nBye!" in session.screen.replace("^C", "")
    assert session.screen.endswith("\n")
    # History is kept per user in the data folder.
    assert (tmp_path / "console_history_1").read_text().split() == ["hello"]  # repeats are kept once
    assert "Building index" in (tmp_path / "console.log").read_text()


def test_history_survives_a_restart_and_ctrl_d_leaves(tmp_path, env):
    (tmp_path / "console_history_7").write_text("/today\n")
    session = chat(tmp_path, env, "--user", "7")
    session.expect(PROMPT)
    session.type(UP + "\r")
    session.expect("mg today")
    session.expect(PROMPT)
    session.type(CTRL_D)
    assert session.wait() == 0
    assert "Traceback" not in session.screen
    assert f"{PROMPT}\r\nBye!" in session.screen


def test_console_help_has_no_telegram_only_advice(tmp_path, env):
    session = chat(tmp_path, env)
    session.expect(PROMPT)
    session.type("/help\r")
    text = session.expect(PROMPT)
    assert "Edit a meal message" not in text and "/delete" in text
    session.type("/quit\r")
    assert session.wait() == 0


def test_magbot_run_without_a_token_opens_with_the_hint_and_the_welcome(tmp_path, env):
    session = PtySession([sys.executable, "-m", "bot", "run"], env, tmp_path)
    first = session.expect(PROMPT)
    lines = [line for line in first.splitlines() if line.strip()]
    assert lines[0].startswith("No TELEGRAM_BOT_TOKEN set")
    assert lines[1].startswith("magbot> 👋")
    assert not any(word in first for word in ("INFO", "DEBUG", "alembic", "bm25s"))
    session.type("/timezone +2\r")
    assert "Time zone set to UTC+02:00" in session.expect(PROMPT)
    session.type("/remind on\r")
    assert "every day at 20:00" in session.expect(PROMPT)
    session.type("я съел гречку\r")
    assert "I only understand English for now" in session.expect(PROMPT)
    session.type(CTRL_C)
    assert session.wait() == 0
    assert "Traceback" not in session.screen


def _venv_ready() -> bool:
    stamp = ROOT / ".venv" / ".installed-dev"
    return (
        shutil.which("make") is not None
        and stamp.exists()
        and stamp.stat().st_mtime >= (ROOT / "pyproject.toml").stat().st_mtime
    )


@pytest.mark.skipif(not _venv_ready(), reason="needs make and an up-to-date .venv (make test makes one)")
def test_make_run_ctrl_c_exits_cleanly(tmp_path, env):
    session = PtySession(["make", "--no-print-directory", "-C", str(ROOT), "run"], env, tmp_path)
    first = session.expect(PROMPT)
    assert first.lstrip().startswith("No TELEGRAM_BOT_TOKEN set"), first  # make echoes no command line
    session.type(CTRL_C)
    assert session.wait() == 0  # make too: the console took the terminal's foreground
    assert "Interrupt" not in session.screen and "Traceback" not in session.screen
    assert "Bye!" in session.screen


def test_piped_input_stays_plain(tmp_path, env):
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input="hello\n/timezone +2\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "magbot> ready (console chat, /quit to leave)"
    assert lines[1] == "you> hello"
    assert "you> /timezone +2" in lines
    assert "Bye!" not in result.stdout and result.stderr == ""
