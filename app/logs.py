"""Log lines: one JSON object a line for collectors (the default), or text for a developer's terminal."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any, Literal

LogFormat = Literal["json", "text"]
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# What every record has; anything else on a record came as `extra=` and becomes a field of its own.
# color_message: uvicorn's copy of the message with terminal colours.
RECORD_ATTRIBUTES = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName", "color_message"}


class JsonFormatter(logging.Formatter):
    """`{"time", "level", "logger", "message", ...extra fields, "exception"?}`; the time in UTC to the millisecond."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update((key, value) for key, value in vars(record).items() if key not in RECORD_ATTRIBUTES)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def formatter_config(log_format: LogFormat) -> dict[str, Any]:
    """The formatter as a `logging.config.dictConfig` entry."""
    return {"()": JsonFormatter} if log_format == "json" else {"format": TEXT_FORMAT}


def make_formatter(log_format: LogFormat) -> logging.Formatter:
    return JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT)


def configure(level: str, log_format: LogFormat) -> None:
    """The root logger of a command's process: stderr, in the chosen format."""
    handler = logging.StreamHandler()
    handler.setFormatter(make_formatter(log_format))
    logging.basicConfig(level=level, handlers=[handler])
