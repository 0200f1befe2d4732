"""The layering is visible in the tree and kept by this test: the domain never imports a framework or
the database, `db` never imports `bot`, and the knowledge base holds no code."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("path", _files("bot/domain"), ids=lambda p: p.name)
def test_domain_is_plain_python(path):
    forbidden = (
        "telegram",
        "sqlalchemy",
        "db",
        "bot.adapters",
        "bot.usecases",
        "pydantic",
        "pydantic_settings",
    )
    bad = {m for m in imported_modules(path) if m.split(".")[0] in forbidden or m.startswith(forbidden)}
    assert not bad, f"{path.name} imports {bad}"


@pytest.mark.parametrize("path", _files("db"), ids=lambda p: str(p.relative_to(ROOT)))
def test_db_never_imports_bot(path):
    assert not {m for m in imported_modules(path) if m.split(".")[0] in ("bot", "telegram")}


@pytest.mark.parametrize("path", _files("bot/usecases") + _files("bot/texts"), ids=lambda p: p.name)
def test_use_cases_and_texts_do_not_import_telegram(path):
    assert not {m for m in imported_modules(path) if m.split(".")[0] == "telegram"}


def test_knowledge_is_content_only():
    assert not list((ROOT / "knowledge").rglob("*.py"))


def test_handlers_contain_no_sql():
    handlers = (
        _files("bot/adapters/tg") + _files("bot/adapters/commands") + [ROOT / "bot/adapters/console.py"]
    )
    for path in handlers:
        assert not {m for m in imported_modules(path) if m.startswith(("sqlalchemy", "db.models"))}, path


@pytest.mark.parametrize(
    "command", [["estimate", "banana", "--json"], ["ask", "what is magnesium", "--json"]]
)
def test_cli_commands_do_not_import_telegram(command):
    code = (
        "import sys, io, contextlib\n"
        "from bot.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main({command!r})\n"
        "print('telegram' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"
