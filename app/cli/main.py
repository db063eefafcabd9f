"""The `jobcircle` command: serve, migrate, demo, reindex, import, worker, push, admin, cases, keys, model, subsidies."""

from __future__ import annotations

import argparse
import copy
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.cli.datadir import data_dir_problem
from app.config import Settings
from app.logs import LogFormat, configure, formatter_config


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if getattr(args, "creates_data_dir", False) is None:  # keys new/init: no settings read, none needed
        return int(args.run(Settings.model_construct(), args))
    try:
        settings = Settings()
    except ValidationError as error:  # a bad JOBCIRCLE_* variable: say which and why, not a traceback
        for detail in error.errors():
            where = ".".join(str(p) for p in detail["loc"]) or "settings"
            print(f"jobcircle: {where}: {detail['msg']}", file=sys.stderr)
        return 2
    configure(settings.log_level.upper(), settings.log_format)
    problem = data_dir_problem(settings, creates=getattr(args, "creates_data_dir", False))
    if problem:
        print(f"jobcircle: {problem}", file=sys.stderr)
        return 2
    result: int = args.run(settings, args)
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jobcircle", description="三公里就业圈 matching service")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    serve = commands.add_parser("serve", help="upgrade the database and serve the API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1, help="server processes (they share the database)")
    serve.add_argument("--demo", action="store_true", help="load the Hefei demo data first if not loaded")
    serve.set_defaults(run=_serve, creates_data_dir=True)
    migrate = commands.add_parser("migrate", help="upgrade the database to the latest schema")
    migrate.set_defaults(run=_migrate, creates_data_dir=True)
    commands.add_parser("demo", help="load a small Hefei demo data set").set_defaults(run=_demo, creates_data_dir=True)
    commands.add_parser("reindex", help="rebuild the index snapshots from the database").set_defaults(run=_reindex)
    load = commands.add_parser("import", help="upload a sheet of postings (CSV or .xlsx) from this machine")
    load.add_argument("file", type=Path, help="CSV (UTF-8 or GBK) or .xlsx in the upload template's layout")
    load.add_argument("--fair", type=int, default=None, metavar="ID", help="link every posting to this job fair")
    load.set_defaults(run=_import)
    worker = commands.add_parser("worker", help="run upload tasks from JOBCIRCLE_TASK_BROKER (huey on Redis)")
    worker.add_argument("--threads", type=int, default=None, help="default: JOBCIRCLE_WORKER_THREADS")
    worker.add_argument(
        "--check", action="store_true", help="exit 0 if this machine's worker is healthy (a healthcheck)"
    )
    worker.set_defaults(run=_worker)
    from app.cli import admin as admin_cli
    from app.cli import cases as cases_cli
    from app.cli import keys as keys_cli
    from app.cli import model as model_cli
    from app.cli import push as push_cli
    from app.cli import subsidies as subsidies_cli

    push_cli.add_commands(commands)
    admin_cli.add_commands(commands)
    cases_cli.add_commands(commands)
    keys_cli.add_commands(commands)
    model_cli.add_commands(commands)
    subsidies_cli.add_commands(commands)
    return parser


def _migrate(settings: Settings, _: argparse.Namespace) -> int:
    from app.migrate import upgrade

    upgrade(settings.database_url, settings=settings)
    logging.getLogger("jobcircle").info("database is at the latest schema")
    return 0


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    _migrate(settings, args)
    if args.demo:
        from app.cli.demo import load_demo

        shown = "127.0.0.1" if args.host in ("0.0.0.0", "::") else args.host
        if load_demo(settings, f"http://{shown}:{args.port}") == 2:
            return 2
    # proxy_headers off: uvicorn would otherwise take X-Forwarded-For from any local peer; the app's own
    # trusted_proxies setting decides whose forwarded address the rate limit believes.
    # access_log off: the app writes its own line per request (app/api/access_log.py), with the time taken, the
    # request id and the user; uvicorn's would be a second, poorer line for each.
    # http: uvicorn's protocol with deadlines on reading headers and bodies (uvicorn has none of its own).
    from app.api.read_deadlines import DeadlineProtocol

    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        proxy_headers=False,
        http=DeadlineProtocol,
        log_level=settings.log_level.lower(),
        access_log=False,
        log_config=_log_config(settings.log_level.upper(), settings.log_format),
    )
    return 0


def _log_config(level: str, log_format: LogFormat) -> dict[str, Any]:
    """uvicorn's logging plus ours: each worker process applies it, so the app's lines are not lost
    when --workers starts them (configure() above runs in the supervisor only). As JSON, uvicorn's own
    lines (start-up, errors) are JSON too: a collector then reads one format."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    if log_format == "json":
        config["formatters"] = {name: formatter_config("json") for name in config["formatters"]}
    config["formatters"]["app"] = formatter_config(log_format)
    config["handlers"]["app"] = {"class": "logging.StreamHandler", "formatter": "app", "stream": "ext://sys.stderr"}
    config["root"] = {"handlers": ["app"], "level": level}
    return config


def _demo(settings: Settings, args: argparse.Namespace) -> int:
    from app.cli.demo import load_demo

    _migrate(settings, args)
    return load_demo(settings)


def _reindex(settings: Settings, _: argparse.Namespace) -> int:
    from app.runtime import Runtime

    for path in settings.index_dir.glob("*.npz"):
        path.unlink()
    runtime = Runtime.build(settings)  # no snapshot: rebuilt from stored vectors, then saved
    runtime.close()
    return 0


def _import(settings: Settings, args: argparse.Namespace) -> int:
    from app.cli.importer import import_file

    _migrate(settings, args)
    return import_file(settings, args.file, args.fair)


def _worker(settings: Settings, args: argparse.Namespace) -> int:
    from app.cli.worker import check_worker, heartbeat_path, run_worker

    if args.check:
        problem = check_worker(heartbeat_path())
        print(problem or "worker healthy", file=sys.stderr)
        return 1 if problem else 0

    if not settings.task_broker:
        logging.getLogger("jobcircle").error("set JOBCIRCLE_TASK_BROKER=redis://… (the API enqueues there)")
        return 2
    return run_worker(settings, args.threads or settings.worker_threads)


if __name__ == "__main__":
    sys.exit(main())
