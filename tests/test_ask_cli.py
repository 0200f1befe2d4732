"""`magbot ask`: one answer, JSON output, stdin streaming, and no `telegram` import."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

from bot.adapters.ask_cli import run_ask
from bot.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_single_question_json():
    out = io.StringIO()
    assert run_ask(SimpleNamespace(question="Can I take magnesium with Fosamax?", json=True), stdout=out) == 0
    payload = json.loads(out.getvalue())
    assert set(payload) == {"answer", "sources", "confident"}
    assert payload["confident"] is True
    assert "2 hours" in payload["answer"]
    assert payload["sources"][0]["file"] == "interactions.md"
    assert payload["sources"][0]["heading"]


def test_single_question_text():
    out = io.StringIO()
    assert run_ask(SimpleNamespace(question="what is osteoporosis", json=False), stdout=out) == 0
    assert "Source:" in out.getvalue()


def test_off_topic_json():
    out = io.StringIO()
    run_ask(SimpleNamespace(question="What is the capital of France?", json=True), stdout=out)
    payload = json.loads(out.getvalue())
    assert payload["confident"] is False
    assert payload["sources"] == []


def test_stdin_one_json_object_per_line():
    stdin = io.StringIO(
        "How much magnesium do I need?\n\nwho won the football\ndoes omeprazole lower magnesium\n"
    )
    out = io.StringIO()
    assert run_ask(SimpleNamespace(question=None, json=True), stdin=stdin, stdout=out) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["confident"] for line in lines] == [True, False, True]


def test_stdin_without_json_prints_plain_answers():
    stdin = io.StringIO("what is osteoporosis\n\nwho won the football\n")
    out = io.StringIO()
    assert run_ask(SimpleNamespace(question=None, json=False), stdin=stdin, stdout=out) == 0
    text = out.getvalue()
    assert not text.lstrip().startswith("{")
    assert "osteoporosis" in text.lower()
    assert "outside what I can answer" in text
    assert len(text.strip().split("\n\n")) >= 2  # answers are separated by a blank line


def test_cli_entry_point(capsys):
    assert main(["ask", "--json", "what is the upper limit for magnesium"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert "350" in payload["answer"]


def test_ask_does_not_import_telegram():
    code = (
        "import sys, io, contextlib\n"
        "from bot.cli import main\n"
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        "    rc = main(['ask', '--json', 'how much magnesium do I need'])\n"
        "assert rc == 0, rc\n"
        "bad = sorted(m for m in sys.modules if m == 'telegram' or m.startswith('telegram.')"
        " or m.startswith('sqlalchemy') or m.startswith('pydantic_settings'))\n"
        "print(bad)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert result.stderr == ""  # loading the embeddings leaves the logging configuration alone


def test_subprocess_streams_answers():
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json"],
        cwd=ROOT,
        input="what is a t-score\ntell me a joke\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["confident"] for line in lines] == [True, False]


def test_food_amount_questions_are_answered_from_the_food_table():
    from bot.adapters.ask_cli import AskCommand
    from bot.domain.answering import default_answerer

    ask = AskCommand(default_answerer())
    result = ask.json("How much magnesium does half a cup of boiled spinach provide?")
    assert result["confident"] and "78 mg" in result["answer"]
    assert (
        result["sources"][0]["file"] == "knowledge/foods.csv" and "11458" in result["sources"][0]["heading"]
    )
    # Questions about foods in general still come from the knowledge base.
    general = ask.json("Which foods are richest in magnesium?")
    assert general["sources"][0]["file"] == "food-sources.md"
