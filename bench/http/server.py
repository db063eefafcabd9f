"""The server under test: `jobcircle serve` as a real subprocess, its readiness, start-up facts and memory."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
IDLE_CPU_S = 0.1  # CPU seconds per second below which the workers count as idle (the feed polls each second)
READY_LINE = "Application startup complete."
START_TIMEOUT_S = 3600.0  # a first start at 1 M postings rebuilds the index from the database
STAFF_PHONE, STAFF_PASSWORD = "13900000001", "bench staff passphrase"  # a throwaway account in the bench database
UNLIMITED = {"JOBCIRCLE_RATE_LIMIT_IP_PER_MIN": "1000000000", "JOBCIRCLE_RATE_LIMIT_USER_PER_MIN": "1000000000"}


@dataclass
class Server:
    """One running `jobcircle serve`; its log file holds every worker's start-up lines."""

    process: subprocess.Popen[bytes]
    url: str
    workers: int
    log: Path
    env: dict[str, str]
    started: float = field(default_factory=time.perf_counter)
    start_s: float = 0.0

    def wait_ready(self) -> float:
        """Seconds until every worker finished its lifespan start-up and /healthz answers 200."""
        deadline = self.started + START_TIMEOUT_S
        while time.perf_counter() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}; see {self.log}")
            if self.log.read_text(errors="replace").count(READY_LINE) >= self.workers and self._healthy():
                self.start_s = time.perf_counter() - self.started
                return self.start_s
            time.sleep(1.0)
        raise TimeoutError(f"server not ready after {START_TIMEOUT_S:.0f} s; see {self.log}")

    def startup_lines(self) -> list[str]:
        """What start-up did per worker: snapshot loaded or index rebuilt, and how many items."""
        wanted = re.compile(r"snapshot|rebuil|jobcircle ready|saved index|Started server process")
        lines = self.log.read_text(errors="replace").splitlines()
        return [re.sub(r" /\S*/", " ", line) for line in lines if wanted.search(line)]

    def rss_mib(self) -> list[float]:
        """Resident memory of each worker process (the supervisor left out when there are several)."""
        return [round(_rss_kib(pid) / 1024, 0) for pid in self.worker_pids()]

    def worker_pids(self) -> list[int]:
        """The processes that serve: uvicorn's spawned workers, or the one process itself."""
        if self.workers == 1:
            return [self.process.pid]
        return [pid for pid in _children(self.process.pid) if b"spawn_main" in _cmdline(pid)]

    def cpu_s(self) -> float:
        """User + system CPU seconds the serving processes used so far."""
        return sum(self.cpu_by_worker())

    def cpu_by_worker(self) -> list[float]:
        """User + system CPU seconds each serving process used so far, in `worker_pids` order."""
        return [_cpu_s(pid) for pid in self.worker_pids()]

    def wait_idle(self, limit_s: float = 600.0) -> float:
        """Waits while the workers still answer requests a finished load run left queued; seconds waited."""
        started = time.perf_counter()
        while time.perf_counter() - started < limit_s:
            before = self.cpu_s()
            time.sleep(1.0)
            if self.cpu_s() - before < IDLE_CPU_S:
                break
        return time.perf_counter() - started

    def sign_in(self) -> str:
        """A bearer token for the bench's staff account, signed in the way a client does; the account is made
        with `jobcircle admin create` the first time (stored-seeker matches are for the seeker or staff only)."""
        token = self._login()
        if token is None:
            command = [
                sys.executable,
                "-m",
                "app.cli",
                "admin",
                "create",
                "--phone",
                STAFF_PHONE,
                "--name",
                "bench",
                "--password-stdin",
            ]
            subprocess.run(command, input=STAFF_PASSWORD + "\n", text=True, check=True, cwd=REPO, env=self.env)
            token = self._login()
        if token is None:
            raise RuntimeError(f"could not sign in as {STAFF_PHONE}; see {self.log}")
        return token

    def _login(self) -> str | None:
        body = json.dumps({"phone": STAFF_PHONE, "password": STAFF_PASSWORD}).encode()
        request = urllib.request.Request(f"{self.url}/v1/auth/login", body, {"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return str(json.loads(response.read())["access_token"])
        except urllib.error.HTTPError as error:
            if error.code == 401:
                return None
            raise

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def _healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/healthz", timeout=10) as response:
                return bool(response.status == 200)
        except (urllib.error.URLError, TimeoutError, ConnectionError):
            return False


def start(data_dir: Path, port: int, workers: int, extra_env: dict[str, str], log: Path) -> Server:
    """`jobcircle serve` with the bench's database; the push scheduler is off (it would plan at night) and the
    rate limits are lifted (one load generator is one address and one account; it would measure 429s)."""
    _check_port_free(port)
    env = {
        **os.environ,
        "JOBCIRCLE_DATA_DIR": str(data_dir),
        "JOBCIRCLE_PUSH_SCHEDULER": "false",
        **UNLIMITED,
        **extra_env,
    }
    command = [
        sys.executable,
        "-m",
        "app.cli",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    out = log.open("wb")
    process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=REPO)
    return Server(process, f"http://127.0.0.1:{port}", workers, log, env)


def _check_port_free(port: int) -> None:
    """Refuses to start when something already listens on the port: its answers would pass for this server's."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(1.0)
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            raise RuntimeError(f"port {port} is taken (a server left over from a killed run?); stop it or pass --port")


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.is_file() else []


def _cmdline(pid: int) -> bytes:
    return Path(f"/proc/{pid}/cmdline").read_bytes()


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0
