"""Runs Alembic from code: `jobcircle migrate`, `serve` and the tests all upgrade the same way."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

import migrations
from app.config import Settings


def alembic_config(database_url: str, settings: Settings | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    config.attributes["url"] = database_url  # attributes, not ini options: URLs may hold '%'
    config.attributes["settings"] = settings  # data migrations that encrypt need the service's keys
    return config


def upgrade(database_url: str, revision: str = "head", settings: Settings | None = None) -> None:
    command.upgrade(alembic_config(database_url, settings), revision)


def downgrade(database_url: str, revision: str, settings: Settings | None = None) -> None:
    command.downgrade(alembic_config(database_url, settings), revision)
