"""A real uvicorn server on a free loopback port, in a thread, for tests that speak HTTP."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import uvicorn
from fastapi import FastAPI


@contextmanager
def live_server(app: FastAPI, *, start_timeout_s: float = 60.0, admin: bool = True) -> Iterator[httpx.Client]:
    """A client of the running app; by default signed in as an admin (tests of other roles use auth_kit)."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
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
