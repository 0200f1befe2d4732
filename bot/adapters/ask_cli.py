"""`magbot ask`: answer questions from the knowledge base (never imports `telegram`).

With a question: one answer (plain text, or JSON with ``--json``). Without: one question per stdin line, one
JSON object per line, flushed after each, so the command can be driven as a pipe.
"""

from __future__ import annotations

import sys
from typing import Any, TextIO

from bot.adapters.cli_io import serve
from bot.domain.answering import Answer, Answerer
from bot.domain.knowledge import KnowledgeBaseError, load_knowledge_base


def answer_json(answer: Answer) -> dict[str, Any]:
    return {
        "answer": answer.text,
        "sources": [{"file": s.file, "heading": s.heading} for s in answer.sources],
        "confident": answer.confident,
    }


def run_ask(args: Any, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """``args.question`` (str | None) and ``args.json`` (bool); returns the exit status."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    try:
        answerer = Answerer(load_knowledge_base(getattr(args, "knowledge_dir", None)))
    except KnowledgeBaseError as exc:
        sys.stderr.write(f"magbot ask: {exc}\n")
        return 2
    return serve(
        getattr(args, "question", None),
        as_json=getattr(args, "json", False),
        stdin=stdin,
        stdout=stdout,
        to_json=lambda question: answer_json(answerer.answer(question)),
        to_text=lambda question: answerer.answer(question).text,
    )
