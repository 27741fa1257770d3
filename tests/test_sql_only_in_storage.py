"""SQL lives in storage/: above it, only the Session type and SQLAlchemy's errors are named."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Where understanding meets storage; their queries are being moved under storage/ too.
ALLOWED = {"sqlalchemy.orm": {"Session"}, "sqlalchemy.exc": None}  # None: any error class


def _sqlalchemy_imports(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if a.name.startswith("sqlalchemy")]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            allowed = ALLOWED.get(node.module or "", set())
            found += [
                f"from {node.module} import {a.name}"
                for a in node.names
                if allowed is not None and a.name not in allowed
            ]
    return found


def test_nothing_outside_storage_builds_or_runs_sql():
    files = [
        p
        for package in ("assistant", "intents", "speech")
        for p in sorted((ROOT / package).rglob("*.py"))
    ]
    assert len(files) > 100, "the packages were found"
    found = [
        f"{p.relative_to(ROOT)}: {line}"
        for p in files
        for line in _sqlalchemy_imports(p.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_check_sees_a_query_and_lets_the_session_type_and_errors_pass():
    source = (
        "from sqlalchemy import select, text\nimport sqlalchemy\n"
        "from sqlalchemy.orm import Session, selectinload\n"
        "def f():\n    from sqlalchemy.exc import OperationalError\n"
    )
    assert _sqlalchemy_imports(source) == [
        "from sqlalchemy import select",
        "from sqlalchemy import text",
        "import sqlalchemy",
        "from sqlalchemy.orm import selectinload",
    ]
