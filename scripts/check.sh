#!/usr/bin/env bash
# The promises the code keeps, checked before the tests (CI runs this): lint, format,
# types (strict on intents and storage), and the layering contracts.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/lint-imports
