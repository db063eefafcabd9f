"""The production topology as processes on this machine, for the topology test and the soak (bench/soak):
one secret store, a fresh PostgreSQL schema, Redis, `jobcircle serve` and `jobcircle worker` processes, and a
webhook that counts the pushes it is handed."""

from __future__ import annotations

import collections
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI, Request

from tests.conftest import postgres_schema
from tests.live import JOBCIRCLE, free_port, live_server


@dataclass
class Topology:
    """The processes of one deployment, started and stopped by the test."""

    root: Path
    env: dict[str, str]
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    ports: dict[str, int] = field(default_factory=dict)
    server_errors: list[str] = field(default_factory=list)  # every 5xx any API answered the test

    def run(
        self, *args: str, stdin: str | None = None, timeout_s: float = 180, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [JOBCIRCLE, *args], env=env or self.env, input=stdin, capture_output=True, text=True, timeout=timeout_s
        )
        assert result.returncode == 0, f"jobcircle {' '.join(args)}: {result.stderr[-3000:]}"
        return result

    def start_api(self, name: str) -> httpx.Client:
        port = free_port()
        data = self.root / name
        self._spawn(name, ["serve", "--port", str(port)], data_dir=data)
        self.ports[name] = port

        def record(response: httpx.Response) -> None:
            if response.status_code >= 500:
                response.read()
                self.server_errors.append(f"{name} {response.request.url.path} {response.status_code} {response.text}")

        client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30, event_hooks={"response": [record]})
        deadline = time.monotonic() + 120
        while not _answers(client, "/readyz"):
            self._alive_or_fail(name)
            assert time.monotonic() < deadline, f"{name} not ready: {self.log(name)}"
            time.sleep(0.2)
        return client

    def start_worker(self, name: str) -> None:
        tmp = self.root / f"{name}-tmp"
        tmp.mkdir()
        (self.root / name).mkdir()
        self._spawn(name, ["worker"], data_dir=self.root / name, TMPDIR=str(tmp))

    def worker_check(self, name: str) -> int:
        env = self.env | {"JOBCIRCLE_DATA_DIR": str(self.root / name), "TMPDIR": str(self.root / f"{name}-tmp")}
        return subprocess.run([JOBCIRCLE, "worker", "--check"], env=env, capture_output=True, timeout=60).returncode

    def kill(self, name: str) -> None:
        process = self.processes.pop(name)
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL

    def stop_all(self) -> None:
        for process in self.processes.values():
            process.terminate()
        for process in self.processes.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()

    def log(self, name: str) -> str:
        return (self.root / f"{name}.log").read_text(errors="replace")[-3000:]

    def assert_alive(self) -> None:
        for name in self.processes:
            self._alive_or_fail(name)

    def _spawn(self, name: str, args: list[str], *, data_dir: Path, **extra: str) -> None:
        env = self.env | {"JOBCIRCLE_DATA_DIR": str(data_dir), **extra}
        log = (self.root / f"{name}.log").open("wb")
        self.processes[name] = subprocess.Popen([JOBCIRCLE, *args], env=env, stdout=log, stderr=log)

    def _alive_or_fail(self, name: str) -> None:
        code = self.processes[name].poll()
        assert code is None, f"{name} exited with {code}: {self.log(name)}"


def _answers(client: httpx.Client, path: str) -> bool:
    try:
        return client.get(path).status_code == 200
    except httpx.TransportError:
        return False


class Webhook:
    """The push receiver: every delivery id it is handed, and how often."""

    def __init__(self) -> None:
        self.deliveries: collections.Counter[str] = collections.Counter()
        self.lock = threading.Lock()

    def app(self) -> FastAPI:
        app = FastAPI()

        @app.post("/hook")
        async def hook(request: Request) -> dict[str, bool]:
            with self.lock:
                self.deliveries[request.headers["x-jobcircle-delivery"]] += 1
            return {"ok": True}

        return app


def wait_until(what: str, condition: Callable[[], Any], timeout_s: float = 120, every_s: float = 0.2) -> Any:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every_s)
    raise AssertionError(f"timed out waiting for {what}")


@contextmanager
def deployment(
    root: Path, broker: str, postgres: str | None = None, **settings: str
) -> Iterator[tuple[Topology, Webhook, str]]:
    """A fresh schema (on `postgres`, default the test server), a flushed Redis database and a webhook; `settings` are JOBCIRCLE_* variables (without
    the prefix) on top of production mode. Nothing is started: the caller runs keys init, migrate, APIs, workers."""
    import redis

    redis.Redis.from_url(broker).flushdb()
    webhook = Webhook()
    with postgres_schema(postgres) as database_url, live_server(webhook.app(), admin=False) as receiver:
        env = {k: v for k, v in os.environ.items() if not k.startswith("JOBCIRCLE_")} | {
            "JOBCIRCLE_ENVIRONMENT": "production",
            "JOBCIRCLE_DATABASE_URL": database_url,
            "JOBCIRCLE_SECRETS_DIR": str(root / "secrets"),
            "JOBCIRCLE_TASK_BROKER": broker,
            "JOBCIRCLE_PUSH_WEBHOOK_URL": f"{receiver.base_url}/hook",
            "JOBCIRCLE_PUSH_WEBHOOK_SECRET": "topology-webhook-secret",
            **{f"JOBCIRCLE_{name.upper()}": value for name, value in settings.items()},
        }
        topology = Topology(root, env)
        try:
            yield topology, webhook, database_url
        finally:
            topology.stop_all()
