"""`magbot estimate`: JSON output, stdin mode, and no `telegram` import."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

from bot.adapters.estimate_cli import run_estimate

REPO_ROOT = Path(__file__).resolve().parents[1]


def test_cli_subprocess_json_and_no_telegram_import() -> None:
    code = (
        "import sys, runpy\n"
        "sys.argv = ['magbot', 'estimate', 'banana', '--json']\n"
        "from bot.cli import main\n"
        "rc = main(sys.argv[1:])\n"
        "print('TELEGRAM_IMPORTED' if 'telegram' in sys.modules else 'NO_TELEGRAM', file=sys.stderr)\n"
        "sys.exit(rc)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert "NO_TELEGRAM" in proc.stderr
    payload = json.loads(proc.stdout)
    assert set(payload) >= {"items", "total_mg", "unmatched"}
    assert payload["items"][0]["food"]
    assert payload["total_mg"] > 0


def test_cli_module_entry_point() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "estimate",
            "2 cups of cooked spinach and a handful of almonds",
            "--json",
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    payload = json.loads(proc.stdout)
    assert len(payload["items"]) == 2
    item = payload["items"][0]
    assert set(item) == {"text", "food", "ndb", "quantity", "unit", "grams", "magnesium_mg"}
    assert (
        payload["total_mg"] == round(sum(i["magnesium_mg"] for i in payload["items"]), 1)
        or abs(payload["total_mg"] - sum(i["magnesium_mg"] for i in payload["items"])) < 0.2
    )


def test_run_estimate_text_summary() -> None:
    out = io.StringIO()
    assert run_estimate(SimpleNamespace(text="1 medium banana", json=False), stdout=out) == 0
    assert "mg" in out.getvalue()


def test_run_estimate_stdin_one_json_per_line() -> None:
    stdin = io.StringIO("1 medium banana\n\nhello\n1 oz pumpkin seeds\n")
    out = io.StringIO()
    assert run_estimate(SimpleNamespace(text=None, json=True), stdin=stdin, stdout=out) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["text"] for line in lines] == ["1 medium banana", "hello", "1 oz pumpkin seeds"]
    assert lines[0]["total_mg"] > 0
    assert lines[1]["items"] == [] and lines[1]["total_mg"] == 0
