"""Alembic migrations, applied automatically when a database is opened.

HEAD_REVISION lets the opener skip importing Alembic when the schema is current;
a test checks it against the scripts.
"""

from __future__ import annotations

from pathlib import Path

HEAD_REVISION = "0004"

SCRIPTS = Path(__file__).parent


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.attributes["connection"] = connection
    return config


def upgrade_to_head(connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
