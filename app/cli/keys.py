"""`jobcircle keys new|rotate`: a fresh key to put first in JOBCIRCLE_PII_KEYS, and re-encryption under it."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from app.cli.progress import counting_bar
from app.config import Settings
from app.db import make_engine, make_session_factory
from app.keys import load_keys, new_key_text, write_secret_store
from app.runtime import check_schema_current
from app.services.privacy.key_rotation import rotate
from app.services.privacy.vault import Vault


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    keys = commands.add_parser("keys", help="PII encryption keys: make a new one, re-encrypt under the current one")
    actions = keys.add_subparsers(required=True, metavar="ACTION")
    actions.add_parser("new", help="print a fresh 256-bit key (base64)").set_defaults(run=_new, creates_data_dir=None)
    init = actions.add_parser(
        "init",
        help="write a fresh secret store (jwt_secret, pii_keys, pii_lookup_key) into DIR for "
        "JOBCIRCLE_SECRETS_DIR; never overwrites",
    )
    init.add_argument("dir", type=Path, metavar="DIR")
    init.set_defaults(run=_init, creates_data_dir=None)
    rotate_ = actions.add_parser(
        "rotate",
        help="re-encrypt every phone and ID number not under the first key "
        "of JOBCIRCLE_PII_KEYS; stop and rerun at will",
    )
    rotate_.add_argument("--chunk", type=int, default=500, help="ciphertexts re-encrypted per transaction")
    rotate_.set_defaults(run=_rotate)


def _new(settings: Settings, args: argparse.Namespace) -> int:
    print(new_key_text())
    Console(stderr=True).print(
        "put it first in JOBCIRCLE_PII_KEYS as `<new id>:<key>,<old id>:<old key>`, restart, "
        "then run `jobcircle keys rotate`; drop the old key once rotate finds nothing left"
    )
    return 0


def _init(settings: Settings, args: argparse.Namespace) -> int:
    try:
        written = write_secret_store(args.dir)
    except FileExistsError as error:
        Console(stderr=True).print(
            f"{error.filename} exists: a secret store is never overwritten (its keys decrypt data)"
        )
        return 2
    Console(stderr=True).print(
        f"wrote {', '.join(p.name for p in written)} into {args.dir.resolve()} (mode 600): point every API and worker "
        f"process at it with JOBCIRCLE_SECRETS_DIR (docker-compose.yml mounts it as /run/secrets), and back it up: "
        f"without pii_keys the stored phone and ID numbers cannot be read"
    )
    return 0


def _rotate(settings: Settings, args: argparse.Namespace) -> int:
    vault = Vault(load_keys(settings))
    engine = make_engine(settings.database_url)
    check_schema_current(engine)
    console = Console(stderr=True)
    try:
        with counting_bar(f"re-encrypting under key {vault.current_key_id}", console, transient=True) as bar:
            task = bar.add_task("rotate", total=None)
            report = rotate(
                make_session_factory(engine),
                vault,
                args.chunk,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
    finally:
        engine.dispose()
    for rotated in report:
        console.print(f"{rotated.column}: {rotated.rewritten} re-encrypted")
    console.print(f"every ciphertext is under key {vault.current_key_id}")
    return 0
