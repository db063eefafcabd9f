"""Real servers for tests that speak HTTP: uvicorn in a thread, or `jobcircle serve` as its own process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI

from app.config import Settings
from app.keys import new_key_text
from tests.auth_kit import add_user, bearer

JOBCIRCLE = str(Path(sys.executable).with_name("jobcircle"))
# Processes that share one database share its secrets (each would otherwise generate its own).
SECRETS = {
    "JOBCIRCLE_JWT_SECRET": "test-processes-share-this-token-secret-0123456789",
    "JOBCIRCLE_PII_KEYS": f"k1:{new_key_text()}",
    "JOBCIRCLE_PII_LOOKUP_KEY": new_key_text(),
}


@contextmanager
def live_server(
    app: FastAPI, *, start_timeout_s: float = 60.0, admin: bool = True, **options: Any
) -> Iterator[httpx.Client]:
    """A client of the running app; by default signed in as an admin (tests of other roles use auth_kit).
    `options` go to uvicorn.Config (http=..., say)."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on", **options)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout_s
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("test server did not start (see the log above)")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        headers = _admin_headers(app) if admin else {}
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30, headers=headers) as client:
            yield client
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def _admin_headers(app: FastAPI) -> dict[str, str]:
    from app.models.user import User

    runtime = getattr(app.state, "runtime", None)
    if runtime is None:  # not jobcircle (a fake WeChat, say)
        return {}
    with runtime.sessions.begin() as session:
        admin = User(role="admin", name="test admin", districts=[])
        session.add(admin)
        session.flush()
        token, _ = runtime.issuer.issue(admin.id, 0)
    return {"Authorization": f"Bearer {token}"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def server_process(database_url: str, data_dir: Path, **env: str) -> Iterator[httpx.Client]:
    """`jobcircle serve` exactly as deployed (uvicorn's own flags included), signed in as an admin; `env` adds
    JOBCIRCLE_* settings. The log is beside data_dir, named by port."""
    port = free_port()
    environ = {
        **os.environ,
        "JOBCIRCLE_DATABASE_URL": database_url,
        "JOBCIRCLE_DATA_DIR": str(data_dir),
        "JOBCIRCLE_LOG_LEVEL": "WARNING",
        **SECRETS,
        **env,
    }
    log = (data_dir.parent / f"server-{port}.log").open("w")
    process = subprocess.Popen([JOBCIRCLE, "serve", "--port", str(port)], env=environ, stdout=log, stderr=log)
    admin = Settings(
        database_url=database_url,
        data_dir=data_dir,
        **{k.removeprefix("JOBCIRCLE_").lower(): v for k, v in SECRETS.items()},
    )
    client = httpx.Client(
        base_url=f"http://127.0.0.1:{port}", timeout=30, headers=bearer(admin, add_user(admin, "admin"))
    )
    try:
        deadline = time.monotonic() + 120
        while not _healthy(client):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"server did not start: {Path(log.name).read_text()[-2000:]}")
            time.sleep(0.2)
        yield client
    finally:
        client.close()
        process.terminate()
        process.wait(timeout=30)
        log.close()


def _healthy(client: httpx.Client) -> bool:
    try:
        return client.get("/healthz").status_code == 200
    except httpx.TransportError:
        return False
