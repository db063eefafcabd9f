"""Runs Alembic from code: `jobcircle migrate`, `serve` and the tests all upgrade the same way."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

import migrations
from app.config import Settings


def alembic_config(database_url: str, settings: Settings | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    config.attributes["url"] = database_url  # attributes, not ini options: URLs may hold '%'
    config.attributes["settings"] = settings  # data migrations that encrypt need the service's keys
    return config


@cache
def head_revision() -> str | None:
    """The newest revision the code knows; read once per process (parsing every script took ~0.3 s a start)."""
    return ScriptDirectory.from_config(alembic_config("")).get_current_head()


def upgrade(database_url: str, revision: str = "head", settings: Settings | None = None) -> None:
    command.upgrade(alembic_config(database_url, settings), revision)


def downgrade(database_url: str, revision: str, settings: Settings | None = None) -> None:
    command.downgrade(alembic_config(database_url, settings), revision)
