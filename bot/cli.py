"""`magbot` command line: run, chat, estimate, ask, nudges, migrate.

Each subcommand imports what it needs lazily so that `magbot estimate` and `magbot ask` start fast and never
import `telegram`.
"""

from __future__ import annotations

import argparse
import sys


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="magbot", description="Magnesium and bone-health companion.")
    sub = parser.add_subparsers(dest="command")

    run = sub.add_parser("run", help="Run on Telegram (long polling); without a token, the console chat.")
    run.add_argument("--console-if-no-token", action="store_true", help=argparse.SUPPRESS)

    chat = sub.add_parser("chat", help="Chat with the bot in this terminal (reads stdin line by line).")
    chat.add_argument("--user", type=int, default=1, help="console user id (default 1)")

    est = sub.add_parser("estimate", help="Estimate the magnesium in a meal without logging it.")
    est.add_argument("text", nargs="?", help="the meal; without it, one message per line from stdin")
    est.add_argument("--json", action="store_true", help="print JSON")

    ask = sub.add_parser("ask", help="Answer a question from the knowledge base.")
    ask.add_argument("question", nargs="?", help="the question; without it, one per line from stdin")
    ask.add_argument("--json", action="store_true", help="print JSON")

    nudges = sub.add_parser("nudges", help="Dry run: which reminders are due at an instant (sends nothing).")
    nudges.add_argument("--at", required=True, help="ISO-8601 instant, e.g. 2026-11-26T19:00:00Z")
    nudges.add_argument("--json", action="store_true", help="print JSON")

    mig = sub.add_parser("migrate", help="Bring the database schema to the latest revision.")
    mig.add_argument("--quiet", action="store_true", help="print nothing on success")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    command = args.command or "run"
    if command == "estimate":
        from bot.adapters.estimate_cli import run_estimate

        return run_estimate(args)
    if command == "ask":
        from bot.adapters.ask_cli import run_ask

        return run_ask(args)
    if command == "nudges":
        from bot.adapters.nudges_cli import run_nudges

        return run_nudges(args)
    if command == "chat":
        try:
            from bot.adapters.console import run_console

            return run_console(user_id=args.user)
        except KeyboardInterrupt:  # Ctrl-C while the modules were still loading
            return _goodbye()
    if command == "migrate":
        from bot.adapters.runner import run_migrate

        return run_migrate(quiet=args.quiet)
    try:
        from bot.adapters.runner import run_bot

        return run_bot()
    except KeyboardInterrupt:  # Ctrl-C while starting (the console and Telegram handle it once running)
        return _goodbye()


def _goodbye() -> int:
    from bot.texts.console import GOODBYE

    print(f"\n{GOODBYE}", flush=True)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
