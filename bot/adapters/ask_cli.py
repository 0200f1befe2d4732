"""`magbot ask`: answer questions from the knowledge base (never imports `telegram`).

With a question: one answer (plain text, or JSON with ``--json``). Without: one question per stdin line, one
JSON object per line, flushed after each, so the command can be driven as a pipe.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

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
    question = getattr(args, "question", None)
    if question is not None:
        answer = answerer.answer(question)
        if getattr(args, "json", False):
            stdout.write(json.dumps(answer_json(answer), ensure_ascii=False) + "\n")
        else:
            stdout.write(answer.text + "\n")
        stdout.flush()
        return 0
    for line in stdin:
        line = line.strip()
        if not line:
            continue
        stdout.write(json.dumps(answer_json(answerer.answer(line)), ensure_ascii=False) + "\n")
        stdout.flush()
    return 0
