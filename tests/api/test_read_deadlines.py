"""Slow clients are timed out: a head or a body that arrives a byte at a time gets 408 and a closed connection
(finding: slow-header and slow-body connections were never timed out), while ordinary clients, kept-alive
connections and quick large bodies are untouched."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from app.api.read_deadlines import DeadlineProtocol, ReadDeadlines
from app.config import Settings
from app.main import create_app
from matching.embedding import Embedder
from tests.live import live_server, server_process


class QuickDeadlines(DeadlineProtocol):
    deadlines = ReadDeadlines(header_timeout_s=0.5, body_idle_timeout_s=0.5, min_body_rate_bps=1000)


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """Reading a request happens before any database: one backend is enough."""
    return f"sqlite:///{tmp_path / 'deadlines.db'}"


@pytest.fixture
def api(settings: Settings, fake_embedder: Embedder) -> Iterator[httpx.Client]:
    with live_server(create_app(settings, embedder=fake_embedder), http=QuickDeadlines) as client:
        yield client


@contextmanager
def raw(client: httpx.Client) -> Iterator[socket.socket]:
    sock = socket.create_connection((client.base_url.host, client.base_url.port), timeout=10)
    try:
        yield sock
    finally:
        sock.close()


def send_slowly(sock: socket.socket, pieces: list[bytes], pause_s: float) -> None:
    """Each piece after a pause, until they run out or the server hangs up."""
    try:
        for piece in pieces:
            time.sleep(pause_s)
            sock.sendall(piece)
    except (BrokenPipeError, ConnectionResetError):
        pass


def read_to_close(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (the socket's timeout fails a server that
    never does)."""
    received = b""
    while chunk := sock.recv(65536):
        received += chunk
    return received


def post_head(client: httpx.Client, length: int) -> bytes:
    return (
        f"POST /v1/jobs HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n"
        f"Authorization: {client.headers['authorization']}\r\n\r\n"
    ).encode()


def test_a_connection_that_sends_nothing_is_closed_with_408(api: httpx.Client):
    with raw(api) as sock:
        started = time.monotonic()
        answer = read_to_close(sock)
    assert answer.startswith(b"HTTP/1.1 408 "), answer
    assert time.monotonic() - started < 5


def test_headers_sent_a_line_at_a_time_are_cut_off(api: httpx.Client):
    with raw(api) as sock:
        started = time.monotonic()
        sock.sendall(b"GET /healthz HTTP/1.1\r\n")
        # each line well inside the deadline, the whole head not
        send_slowly(sock, [f"X-Slow-{n}: 1\r\n".encode() for n in range(10)], 0.3)
        answer = read_to_close(sock)
    assert answer.startswith(b"HTTP/1.1 408 "), answer
    assert "请求发送过慢" in answer.decode()
    assert time.monotonic() - started < 5


def test_a_body_that_stops_arriving_is_cut_off_and_the_server_carries_on(api: httpx.Client):
    with raw(api) as sock:
        sock.sendall(post_head(api, 200) + b'{"title": ')
        answer = read_to_close(sock)
    assert answer.startswith(b"HTTP/1.1 408 "), answer
    assert api.get("/healthz").status_code == 200


def test_a_body_trickling_under_the_minimum_rate_is_cut_off(api: httpx.Client):
    with raw(api) as sock:
        sock.sendall(post_head(api, 10_000))
        started = time.monotonic()
        send_slowly(sock, [b" "] * 25, 0.2)  # never idle 0.5 s, but 5 bytes/s
        answer = read_to_close(sock)
    assert answer.startswith(b"HTTP/1.1 408 "), answer
    assert time.monotonic() - started < 4


def test_ordinary_clients_are_untouched(api: httpx.Client):
    """A kept-alive connection idle longer than the head deadline, and a large body sent at once."""
    assert api.get("/healthz").status_code == 200
    time.sleep(0.8)
    assert api.get("/healthz").status_code == 200  # the same connection, between requests: keep-alive's rule
    big = {"title": "电焊工", "description": "焊" * 200_000}
    answer = api.post("/v1/jobs", json=big)
    assert answer.status_code == 422, answer.text  # read whole and judged on its content, not timed out


def test_jobcircle_serve_times_out_slow_heads(migrated_url: str, tmp_path: Path):
    """The deadlines are `jobcircle serve`'s own, set by JOBCIRCLE_HEADER_TIMEOUT_S."""
    with server_process(
        migrated_url, tmp_path / "data", JOBCIRCLE_EMBEDDER="hashing", JOBCIRCLE_HEADER_TIMEOUT_S="1"
    ) as api:
        with raw(api) as sock:
            started = time.monotonic()
            sock.sendall(b"GET /healthz HTTP/1.1\r\n")
            answer = read_to_close(sock)
        assert answer.startswith(b"HTTP/1.1 408 "), answer
        assert time.monotonic() - started < 5
        assert api.get("/healthz").status_code == 200
