"""`jobcircle push plan|send|schedule`: the nightly plan, the outbox sender, and a scheduler loop."""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import threading
import time

import httpx
from rich.console import Console

from app.cli.progress import counting_bar
from app.config import Settings
from app.db import make_engine, make_session_factory
from app.runtime import check_schema_current
from app.services.engine.matcher import weights_from_settings
from app.services.pushes.nightly import (
    PushScheduler,
    PushSetup,
    make_channels,
    run_plan,
    run_send,
)
from app.services.pushes.rules import Shard

logger = logging.getLogger("jobcircle.push")


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    push = commands.add_parser("push", help="new-job pushes: plan tonight's, send what is due, or schedule both")
    actions = push.add_subparsers(required=True, metavar="ACTION")
    plan = actions.add_parser("plan", help="plan pushes and employer digests into the outbox")
    plan.add_argument("--no-digests", action="store_true", help="seekers only")
    plan.add_argument(
        "--fan-out",
        type=int,
        default=0,
        metavar="N",
        help="hand the plan to the workers (JOBCIRCLE_TASK_BROKER) as N shard tasks and wait for them",
    )
    send = actions.add_parser("send", help="deliver every due push, then exit")
    for action in (plan, send):
        action.add_argument(
            "--shard",
            type=Shard.parse,
            default=Shard(),
            metavar="I/N",
            help="only seekers (plan) or pushes (send) whose id %% N == I",
        )
    plan.set_defaults(run=_plan)
    send.set_defaults(run=_send)
    schedule = actions.add_parser("schedule", help="plan nightly at JOBCIRCLE_PUSH_PLAN_AT and send continuously")
    schedule.add_argument("--interval", type=float, default=60.0, help="seconds between ticks")
    schedule.set_defaults(run=_schedule)


def _sessions(settings: Settings):  # type: ignore[no-untyped-def]
    engine = make_engine(settings.database_url)
    check_schema_current(engine)
    return engine, make_session_factory(engine)


def _setup(settings: Settings) -> PushSetup:
    """The server's blend and coder: the semantic floor is measured from the model's label vectors (cached beside
    the index) and the keyword and occupation factors scored, so a plan run from here orders pushes as the server
    would."""
    from app.runtime import load_coder, load_embedder

    coder = load_coder(settings, load_embedder(settings))
    return PushSetup.from_settings(settings, weights_from_settings(settings, coder), coder)


def _plan(settings: Settings, args: argparse.Namespace) -> int:
    if args.fan_out:
        return _fan_out(settings, args)
    engine, sessions = _sessions(settings)
    setup = _setup(settings)
    console = Console(stderr=True)
    with counting_bar("planning {task.description}", console, transient=True) as bar:
        task = bar.add_task(f"shard {args.shard}", total=None)
        report = run_plan(
            sessions,
            setup,
            shard=args.shard,
            digests=not args.no_digests,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    engine.dispose()
    console.print(
        f"run {report.run_id}: {report.pushes} pushes ({report.items} jobs) for "
        f"{report.seekers_considered} seekers considered, {report.seekers_skipped} at their cap; "
        f"{report.new_jobs} new jobs; {report.digests} employer digests; {report.seconds} s"
    )
    return 0


def _fan_out(settings: Settings, args: argparse.Namespace) -> int:
    """Shards as huey tasks, any worker taking any; waits with a bar of shards done (Ctrl-C leaves them running)."""
    console = Console(stderr=True)
    if not settings.task_broker:
        console.print("--fan-out needs JOBCIRCLE_TASK_BROKER=redis://… (the workers' queue)")
        return 2
    if args.shard.count != 1 or args.no_digests:
        console.print("--fan-out plans every shard, digests included: leave out --shard and --no-digests")
        return 2
    from app.services.pushes.fanout import fan_out_plan, fanout_progress
    from app.tasks import make_huey

    engine, sessions = _sessions(settings)
    fanout = fan_out_plan(sessions, args.fan_out, make_huey(settings.task_broker).enqueue_shard)
    console.print(f"fanout {fanout.id}: {args.fan_out} shard tasks sent to the workers")
    try:
        with counting_bar("shards planned", console) as bar:
            task = bar.add_task("fanout", total=args.fan_out)
            while True:
                done, counts = fanout_progress(sessions, fanout.id)
                bar.update(task, completed=done)
                if counts is not None:
                    break
                time.sleep(1.0)
    except KeyboardInterrupt:
        console.print(f"stopped waiting; the workers go on (fanout {fanout.id})")
        return 130
    finally:
        engine.dispose()
    console.print(f"fanout {fanout.id} done: {counts}")
    return 0


def _send(settings: Settings, args: argparse.Namespace) -> int:
    engine, sessions = _sessions(settings)
    setup = _setup(settings)
    with httpx.Client(timeout=settings.push_timeout_s) as client:
        report = run_send(sessions, setup, make_channels(settings, client), shard=args.shard)
    engine.dispose()
    Console(stderr=True).print(
        f"sent {report.sent}, retrying {report.retried}, dead {report.dead}, revoked {report.revoked}, "
        f"in doubt {report.in_doubt}, re-sent {report.resent}" + (" (stopped: quiet hours)" if report.quiet else "")
    )
    return 0


def _schedule(settings: Settings, args: argparse.Namespace) -> int:
    engine, sessions = _sessions(settings)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    setup = _setup(settings)
    with httpx.Client(timeout=settings.push_timeout_s) as client, contextlib.suppress(KeyboardInterrupt):
        PushScheduler(sessions, setup, make_channels(settings, client)).run(stop, args.interval)
    engine.dispose()
    return 0
