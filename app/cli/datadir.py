"""One data directory: a command either finds the configured one or refuses, never making a second database.

`./var` (the default) is relative to the current directory, so `jobcircle admin create` run from elsewhere would
otherwise make a fresh SQLite file and fresh development keys beside it, and the account would land where no server
reads it. Commands that set a service up (serve, migrate, demo) may create the directory, and say so; every other
command needs one that is already set up.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.config import Settings, embedded_database_url
from app.keys import load_keys

logger = logging.getLogger("jobcircle")


def data_dir_problem(settings: Settings, *, creates: bool | None) -> str | None:
    """Why this command must not run with these settings, or None. `creates`: True may create the directory
    (it is logged), False needs it set up, None does not use it."""
    if creates is None:
        return None
    where = settings.data_dir.resolve()
    how = (
        "JOBCIRCLE_DATA_DIR is not set, so ./var under the current directory was looked for"
        if settings.data_dir == Path("./var")
        else "from JOBCIRCLE_DATA_DIR"
    )
    if creates:
        if not where.is_dir():
            where.mkdir(parents=True)
            logger.warning("created a new data directory %s (%s)", where, how)
        load_keys(settings)  # development: the secrets every later command of this directory will find
        return None
    if not where.is_dir():
        return f"no data directory at {where} ({how}). {_advice()}"
    embedded = settings.database_url == embedded_database_url(settings.data_dir)
    if embedded and not (where / "jobcircle.db").is_file():
        return f"no database in {where} ({how}): this command would start a second, empty one. {_advice()}"
    if settings.environment == "development" and not settings.secrets_given and not (where / "secrets.json").is_file():
        return (
            f"no secrets.json in {where} and no JOBCIRCLE_JWT_SECRET/PII_KEYS/PII_LOOKUP_KEY (or "
            f"JOBCIRCLE_SECRETS_DIR): new keys made here could not read the stored phone numbers. {_advice()}"
        )
    return None


def _advice() -> str:
    return (
        "Run the command from the directory the server runs in, or set JOBCIRCLE_DATA_DIR (and "
        "JOBCIRCLE_DATABASE_URL, JOBCIRCLE_SECRETS_DIR) as the server has them; "
        "`jobcircle serve` or `jobcircle migrate` set a new one up."
    )
