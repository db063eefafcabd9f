"""`jobcircle admin create`: the first admin (or any staff account) from the machine itself."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys

from app.config import Settings
from app.db import make_engine, make_session_factory
from app.keys import load_keys
from app.schemas.auth import UserCreate
from app.services.errors import AppError
from app.services.identity.accounts import add_user
from app.services.privacy.vault import Vault
from app.vocabulary import Role

logger = logging.getLogger("jobcircle.admin")


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    admin = commands.add_parser("admin", help="accounts from the command line (bootstraps the first admin)")
    actions = admin.add_subparsers(required=True, metavar="ACTION")
    create = actions.add_parser("create", help="create an admin (or --role operator --district 340102)")
    create.add_argument("--phone", required=True, help="the mainland mobile number to sign in with")
    create.add_argument("--name", default="管理员")
    create.add_argument("--role", choices=[Role.ADMIN.value, Role.OPERATOR.value], default=Role.ADMIN.value)
    create.add_argument("--district", action="append", default=[], help="operators: a 区划代码 prefix (repeatable)")
    create.add_argument("--password-stdin", action="store_true", help="read the password from stdin, not a prompt")
    create.set_defaults(run=_create)


def _create(settings: Settings, args: argparse.Namespace) -> int:
    from app.migrate import upgrade

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("password: ")
    try:
        payload = UserCreate(
            role=args.role, name=args.name, phone=args.phone, password=password, districts=args.district
        )
    except ValueError as error:
        print(f"refused: {error}", file=sys.stderr)
        return 2
    upgrade(settings.database_url, settings=settings)
    engine = make_engine(settings.database_url)
    try:
        with make_session_factory(engine).begin() as session:
            user = add_user(session, Vault(load_keys(settings)), payload)
            user_id = user.id
    except AppError as error:
        print(f"refused: {error.message}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(f"{args.role} account {user_id} created; sign in with POST /v1/auth/login")
    return 0
