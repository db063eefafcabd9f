"""The load generator: wrk with a Lua script per endpoint, its summary read back as JSON."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MARKER = "WRK_RESULT "

# One Lua state per wrk thread; `done` runs in another, so counters are read back through the threads.
LUA_COMMON = r"""
local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end
function init(args)
  math.randomseed(os.time() * 1000 + id)
  non2xx = 0
end
function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end
function done(summary, latency, requests)
  local non2xx = 0
  for _, t in ipairs(threads) do non2xx = non2xx + t:get("non2xx") end
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests": %d, "duration_us": %d, "non2xx": %d, "connect": %d, "read": %d, "write": %d, ' ..
    '"timeout": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, "mean_us": %.1f}\n',
    summary.requests, summary.duration, non2xx, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
"""

LUA_SEEKER = r"""
wrk.headers["Authorization"] = "Bearer {token}"
local seekers = {seekers}
function request()
  return wrk.format("GET", "/v1/jobseekers/" .. math.random(1, seekers) .. "/matches")
end
"""

LUA_SEARCH = r"""
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {token}"
local bodies = {
{bodies}
}
function request()
  return wrk.format(nil, "/v1/matches/search", nil, bodies[math.random(1, #bodies)])
end
"""

LUA_ME = r"""
wrk.headers["Authorization"] = "Bearer {token}"
function request()
  return wrk.format("GET", "/v1/auth/me")
end
"""


@dataclass(frozen=True, slots=True)
class LoadResult:
    endpoint: str
    connections: int
    duration_s: float
    requests: int
    non2xx: int
    socket_errors: int  # connect, read, write and timeouts
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float

    @property
    def per_s(self) -> float:
        return self.requests / self.duration_s if self.duration_s else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "endpoint": self.endpoint,
            "connections": self.connections,
            "duration_s": self.duration_s,
            "requests": self.requests,
            "per_s": round(self.per_s, 1),
            "non2xx": self.non2xx,
            "socket_errors": self.socket_errors,
            "p50_ms": self.p50_ms,
            "p90_ms": self.p90_ms,
            "p99_ms": self.p99_ms,
            "max_ms": self.max_ms,
        }


def seeker_script(path: Path, n_seekers: int, token: str) -> Path:
    """Stored seekers' matches, as the staff account whose token is given (a client signed in)."""
    path.write_text(LUA_SEEKER.replace("{seekers}", str(n_seekers)).replace("{token}", token) + LUA_COMMON)
    return path


def search_script(path: Path, bodies: list[dict[str, Any]], token: str) -> Path:
    """Ad-hoc searches; public, but sent signed in as a mini-program user would be (the token is checked)."""
    lines = ",\n".join(f"[==[{json.dumps(b, ensure_ascii=False)}]==]" for b in bodies)
    path.write_text(LUA_SEARCH.replace("{bodies}", lines).replace("{token}", token) + LUA_COMMON)
    return path


def me_script(path: Path, token: str) -> Path:
    """The floor: a signed-in request that matches nothing (framework, middleware, token check, one account read)."""
    path.write_text(LUA_ME.replace("{token}", token) + LUA_COMMON)
    return path


def wrk_path() -> str:
    found = shutil.which("wrk")
    if found is None:
        raise SystemExit("wrk is not installed: `apt-get install -y wrk` (Debian's package)")
    return found


def run_wrk(
    url: str, script: Path, endpoint: str, connections: int, duration_s: int, threads: int = 1, timeout_s: int = 60
) -> LoadResult:
    """Closed loop: `connections` clients each send their next request when the last one is answered."""
    command = [
        wrk_path(),
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration_s}s",
        f"--timeout={timeout_s}s",
        "--latency",
        "-s",
        str(script),
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next((s for s in output.splitlines() if s.startswith(MARKER)), None)
    if line is None:
        raise RuntimeError(f"wrk printed no result:\n{output}")
    raw = json.loads(line[len(MARKER) :])
    return LoadResult(
        endpoint,
        connections,
        raw["duration_us"] / 1e6,
        raw["requests"],
        raw["non2xx"],
        raw["connect"] + raw["read"] + raw["write"] + raw["timeout"],
        _ms(raw["p50_us"]),
        _ms(raw["p90_us"]),
        _ms(raw["p99_us"]),
        _ms(raw["max_us"]),
    )


def _ms(us: float) -> float:
    return round(us / 1000, 1)
