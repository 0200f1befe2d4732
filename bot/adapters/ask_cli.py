"""`magbot ask`: answer questions as the bot does (never imports `telegram`): from the knowledge base, and
"how much magnesium is in X?" from the food table.

With a question: one answer (plain text, or JSON with ``--json``). Without: one question per stdin line, one
answer each (plain text separated by blank lines, or one JSON object per line with ``--json``), flushed
after each, so the command can be driven as a pipe.
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


FOOD_TABLE_FILE = "knowledge/foods.csv"


class AskCommand:
    """Routes one question like the bot: a food-amount question to the food table, the rest to the
    knowledge base."""

    def __init__(self, answerer: Answerer) -> None:
        self.answerer = answerer
        self._estimator = None

    def _food_answer(self, question: str) -> dict[str, Any] | None:
        from bot.domain.routing import Route, classify

        route = classify(question)
        if route not in (Route.FOOD_QUERY, Route.QUESTION):
            return None
        from bot.domain.estimate import default_estimator
        from bot.domain.food_lookup import asked_items, compared_items

        self._estimator = self._estimator or default_estimator()
        # a question that is no food-amount one is answered from the food table only when it compares foods
        items = (asked_items if route is Route.FOOD_QUERY else compared_items)(self._estimator, question)
        if not items:
            return None
        from bot.domain.rda import DAILY_VALUE_MG
        from bot.texts.messages import food_comparison_reply, food_facts_reply
        from bot.usecases.results import FoodComparison, FoodFacts

        facts = tuple(FoodFacts.from_item(item, DAILY_VALUE_MG) for item in items)
        reply = food_comparison_reply(FoodComparison(facts)) if len(facts) > 1 else food_facts_reply(facts[0])
        sources = [
            {"file": FOOD_TABLE_FILE, "heading": f"{i.food.name} ({i.food.provenance})"} for i in items
        ]
        return {"answer": reply.text, "sources": sources, "confident": True}

    def json(self, question: str) -> dict[str, Any]:
        return self._food_answer(question) or answer_json(self.answerer.answer(question))

    def text(self, question: str) -> str:
        return self.json(question)["answer"]


def run_ask(args: Any, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """``args.question`` (str | None) and ``args.json`` (bool); returns the exit status."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    try:
        answerer = Answerer(load_knowledge_base(getattr(args, "knowledge_dir", None)))
    except KnowledgeBaseError as exc:
        sys.stderr.write(f"magbot ask: {exc}\n")
        return 2
    ask = AskCommand(answerer)
    return serve(
        getattr(args, "question", None),
        as_json=getattr(args, "json", False),
        stdin=stdin,
        stdout=stdout,
        to_json=ask.json,
        to_text=ask.text,
    )
