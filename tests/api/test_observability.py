"""What operators watch, over real HTTP: /metrics, the JSON access log, and the liveness and readiness probes."""

from __future__ import annotations

import json
import logging
import logging.config
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app.config import Settings
from app.logs import JsonFormatter
from app.main import create_app
from app.services.engine.matcher import weights_from_settings
from app.services.pushes.channels import DeliveryFailed, Message, Outcome
from app.services.pushes.nightly import PushSetup, run_plan, run_send
from matching.embedding import Embedder
from tests.factories import HEFEI, employer, loc, north_of, post_job, post_seeker, seeker_body
from tests.live import live_server
from tests.test_architecture import import_graph
from tests.uploads_kit import csv_bytes, row, upload_done

PHONE = "13805511234"  # the factories' seeker phone
Labels = dict[str, str]


def scrape(api: httpx.Client) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of /metrics, read by prometheus_client's own parser: (name, labels) -> value."""
    response = api.get("/metrics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(response.text)
        for s in family.samples
    }


def value(samples: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def requests(samples: dict[tuple[str, frozenset[tuple[str, str]]], float], route: str, status: str) -> float:
    return value(samples, "jobcircle_http_requests_total", method="GET", route=route, status=status)


# /metrics


def test_requests_are_counted_by_route_template_and_status(api: httpx.Client) -> None:
    owner = employer(api)
    jobs = [post_job(api, owner), post_job(api, owner)]
    before = scrape(api)
    for job in jobs:
        assert api.get(f"/v1/jobs/{job}").status_code == 200
    assert api.get("/v1/jobs/987654").status_code == 404
    assert api.get("/no/such/page").status_code == 404
    after = scrape(api)
    template = "/v1/jobs/{job_id}"
    assert requests(after, template, "200") - requests(before, template, "200") == 2
    assert requests(after, template, "404") - requests(before, template, "404") == 1
    assert requests(after, "unmatched", "404") - requests(before, "unmatched", "404") == 1
    duration = "jobcircle_http_request_duration_seconds_count"
    assert (
        value(after, duration, method="GET", route=template) - value(before, duration, method="GET", route=template)
        == 3
    )
    routes = {dict(labels).get("route", "") for _, labels in after}
    assert not {f"/v1/jobs/{job}" for job in [*jobs, 987654]} & routes  # ids never become label values
    assert not any(r.startswith("/no/") for r in routes)


def test_matches_and_searches_are_timed(api: httpx.Client) -> None:
    job = post_job(api, employer(api))
    seeker = post_seeker(api)
    before = scrape(api)
    assert api.get(f"/v1/jobseekers/{seeker}/matches").status_code == 200
    assert api.get(f"/v1/jobs/{job}/matches").status_code == 200
    search = api.post("/v1/matches/search", json={"text": "电焊工", "location": loc(HEFEI)})
    assert search.status_code == 200
    after = scrape(api)
    for name, labels in (
        ("jobcircle_match_duration_seconds", {"direction": "jobs_for_seeker"}),
        ("jobcircle_match_duration_seconds", {"direction": "seekers_for_job"}),
        ("jobcircle_search_duration_seconds", {}),
    ):
        assert value(after, f"{name}_count", **labels) - value(before, f"{name}_count", **labels) == 1, name
        assert value(after, f"{name}_sum", **labels) > value(before, f"{name}_sum", **labels), name


def test_index_gauges_are_read_at_the_scrape(api: httpx.Client) -> None:
    owner = employer(api)
    for km in (0.5, 1.0, 1.5):
        post_job(api, owner, location=loc(north_of(HEFEI, km)))
    post_seeker(api)
    samples = scrape(api)
    ready = api.get("/readyz").json()
    assert value(samples, "jobcircle_index_rows", index="jobs") == ready["index"]["jobs"] == 3
    assert value(samples, "jobcircle_index_rows", index="seekers") == ready["index"]["seekers"] == 1
    assert value(samples, "jobcircle_index_feed_seq") >= 4  # four indexed writes went through the change feed
    assert 0 <= value(samples, "jobcircle_index_feed_lag_seconds") < 30  # the feed polls every 0.2 s here


def test_uploaded_rows_are_counted_by_outcome(api: httpx.Client) -> None:
    before = scrape(api)
    rows = [row("电焊工", **{"外部编号": "a"}), row("保洁", **{"外部编号": "b"}), row("", **{"外部编号": "no-title"})]
    assert upload_done(api, csv_bytes(rows))["status"] == "done"
    after = scrape(api)
    name = "jobcircle_upload_rows_total"
    assert value(after, name, outcome="created") - value(before, name, outcome="created") == 2
    assert value(after, name, outcome="rejected") - value(before, name, outcome="rejected") == 1


class HalfBroken:
    """Delivers to one seeker; the other's endpoint is gone for good."""

    def __init__(self, dead_for: int) -> None:
        self.dead_for = dead_for

    def deliver(self, message: Message) -> None:
        if message.recipient_id == self.dead_for:
            raise DeliveryFailed(Outcome.DEAD, "410 Gone")


def test_push_outcomes_are_counted_by_channel(api: httpx.Client, settings: Settings) -> None:
    post_job(api, employer(api))
    by_webhook = {"consent": "personalised", "channel": "webhook", "wechat_subscribed": False}
    post_seeker(api, push=by_webhook)
    gone = post_seeker(api, push=by_webhook)
    configured = settings.model_copy(update={"push_quiet_hours": "", "push_webhook_url": "http://receiver.invalid/"})
    setup = PushSetup.from_settings(configured, weights_from_settings(configured))
    engine = create_engine(settings.database_url)
    sessions = sessionmaker(engine)
    before = scrape(api)
    try:
        assert run_plan(sessions, setup).pushes == 2
        report = run_send(sessions, setup, {"webhook": HalfBroken(gone)})
    finally:
        engine.dispose()
    assert report.sent >= 1 and report.dead == 1  # the employer's digest goes out on the webhook too
    after = scrape(api)  # the sender ran in this process, as the scheduler thread of `serve` does
    name = "jobcircle_pushes_total"
    for outcome, expected in (("sent", report.sent), ("dead", report.dead)):
        labels = {"channel": "webhook", "outcome": outcome}
        assert value(after, name, **labels) - value(before, name, **labels) == expected, outcome


def test_metrics_hold_no_personal_data_and_stay_out_of_the_schema(api: httpx.Client) -> None:
    post_seeker(api, name="王小明")
    text = api.get("/metrics").text
    assert PHONE not in text and "王小明" not in text
    paths = api.get("/openapi.json").json()["paths"]
    assert "/metrics" not in paths and {"/livez", "/readyz", "/healthz"} <= set(paths)
    assert "head" not in paths["/readyz"]


def test_metrics_and_probes_are_not_rate_limited(settings: Settings, fake_embedder: Embedder) -> None:
    app = create_app(settings.model_copy(update={"rate_limit_ip_per_min": 1}), embedder=fake_embedder)
    with live_server(app) as api:
        assert api.get("/v1/jobs").status_code == 200
        assert api.get("/v1/jobs").status_code == 429
        for path in ("/metrics", "/livez", "/readyz"):
            assert [api.get(path).status_code for _ in range(3)] == [200] * 3, path


def test_the_metrics_module_imports_nothing_of_the_app() -> None:
    """Services and the middleware both import it: it must sit below them."""
    assert {m for m in import_graph()["app.metrics"] if m.startswith("app")} == set()


# The access log as JSON lines


def test_an_access_log_line_is_json_with_request_and_user_ids_and_no_phone(
    api: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    me = api.get("/v1/auth/me").json()["id"]
    response = api.post("/v1/jobseekers", json=seeker_body(), headers={"X-Request-Id": "kiosk-7-0043"})
    assert response.status_code == 201, response.text
    formatter = JsonFormatter()
    lines = [formatter.format(r) for r in caplog.records]
    assert lines and all(PHONE not in line for line in lines)
    [access] = [
        e for e in map(json.loads, lines) if e["logger"] == "jobcircle.http" and e["request_id"] == "kiosk-7-0043"
    ]
    assert access["level"] == "INFO" and access["method"] == "POST" and access["route"] == "/v1/jobseekers"
    assert access["status"] == 201 and access["user_id"] == me and isinstance(access["duration_ms"], float)
    assert abs(datetime.fromisoformat(access["time"]) - datetime.now(UTC)).total_seconds() < 60


def test_a_logged_error_carries_its_traceback(caplog: pytest.LogCaptureFixture) -> None:
    try:
        {}["missing"]
    except KeyError:
        logging.getLogger("jobcircle.test").exception("poll failed")
    [record] = caplog.records
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == "poll failed" and entry["level"] == "ERROR"
    assert entry["exception"].startswith("Traceback") and "KeyError: 'missing'" in entry["exception"]


@pytest.fixture
def restored_logging() -> Iterator[None]:
    loggers = [logging.getLogger(), logging.getLogger("uvicorn"), logging.getLogger("uvicorn.error")]
    saved = [(lg, list(lg.handlers), lg.level, lg.propagate) for lg in loggers]
    yield
    for lg, handlers, level, propagate in saved:
        lg.handlers[:], lg.propagate = handlers, propagate
        lg.setLevel(level)


@pytest.mark.usefixtures("restored_logging")
def test_served_processes_log_json_when_asked() -> None:
    from app.cli.main import _log_config

    logging.config.dictConfig(_log_config("INFO", "json"))
    for name in ("", "uvicorn"):  # the app's lines and uvicorn's own (start-up, errors)
        handlers = logging.getLogger(name).handlers
        assert handlers and all(isinstance(h.formatter, JsonFormatter) for h in handlers), name
    logging.config.dictConfig(_log_config("INFO", "text"))
    assert not any(isinstance(h.formatter, JsonFormatter) for h in logging.getLogger().handlers)


def test_json_is_the_default_log_format(tmp_path: Path) -> None:
    assert Settings(data_dir=tmp_path).log_format == "json"


# Probes


def test_probes_answer_get_and_head(api: httpx.Client) -> None:
    assert api.get("/livez").json() == {"status": "ok"}
    for path in ("/livez", "/readyz", "/healthz"):
        head = api.head(path)
        assert head.status_code == 200 and head.content == b"", path
    assert api.get("/readyz").json() == api.get("/healthz").json()


def test_readyz_is_503_while_the_database_is_unreachable(
    settings: Settings, fake_embedder: Embedder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = create_app(settings, embedder=fake_embedder)
    unreachable = create_engine(f"sqlite:///{tmp_path / 'no-such-dir' / 'gone.db'}")
    with live_server(app) as api:
        assert api.get("/readyz").status_code == 200
        monkeypatch.setattr(app.state.runtime, "sessions", sessionmaker(unreachable))
        report = api.get("/readyz")
        assert report.status_code == 503 and report.json()["database"] == "unavailable"
        assert api.head("/readyz").status_code == 503 and api.get("/healthz").status_code == 503
        assert api.get("/livez").status_code == 200  # alive, only not ready: no restart wanted
        monkeypatch.undo()
        assert api.get("/readyz").status_code == 200
    unreachable.dispose()
