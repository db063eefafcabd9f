"""What the deployment files promise: one secret store for every process, production settings, a worker
healthcheck, a fixed port; and the commands that go with them (`keys init`, `worker --check`)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from app.cli.main import main
from app.cli.worker import HEARTBEAT_STALE_S, check_worker
from app.config import Settings
from app.keys import load_keys

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return loaded


def test_every_app_process_reads_the_one_secret_store_in_production(compose: dict[str, Any]) -> None:
    services = compose["services"]
    for name in ("migrate", "api", "worker"):
        service = services[name]
        env = service["environment"]
        assert env["JOBCIRCLE_ENVIRONMENT"] == "production", name
        assert env["JOBCIRCLE_SECRETS_DIR"] == "/run/secrets", name
        assert sorted(service["secrets"]) == ["jwt_secret", "pii_keys", "pii_lookup_key"], name
        assert env["JOBCIRCLE_TASK_BROKER"] == services["api"]["environment"]["JOBCIRCLE_TASK_BROKER"]
    assert sorted(compose["secrets"]) == ["jwt_secret", "pii_keys", "pii_lookup_key"]


def test_the_worker_has_a_healthcheck_and_the_api_a_fixed_port(compose: dict[str, Any]) -> None:
    worker, api = compose["services"]["worker"], compose["services"]["api"]
    assert worker["healthcheck"]["test"] == ["CMD", "jobcircle", "worker", "--check"]
    assert api["ports"] == ["${JOBCIRCLE_API_PORT:-8000}:8000"]
    assert "/readyz" in " ".join(api["healthcheck"]["test"])


def test_keys_init_writes_a_store_that_settings_read_and_never_overwrites_it(tmp_path: Path) -> None:
    store = tmp_path / "secrets"
    assert main(["keys", "init", str(store)]) == 0
    assert sorted(p.name for p in store.iterdir()) == ["jwt_secret", "pii_keys", "pii_lookup_key"]
    assert {oct(p.stat().st_mode & 0o777) for p in store.iterdir()} == {"0o600"}
    before = {p.name: p.read_text() for p in store.iterdir()}
    assert main(["keys", "init", str(store)]) == 2
    assert {p.name: p.read_text() for p in store.iterdir()} == before
    one = Settings(environment="production", secrets_dir=store, data_dir=tmp_path / "a")
    other = Settings(environment="production", secrets_dir=store, data_dir=tmp_path / "b")
    assert load_keys(one) == load_keys(other)  # two processes, one store: the same keys
    assert one.jwt_secret == before["jwt_secret"].strip()
    assert not (tmp_path / "a").exists()  # nothing generated beside a process


def test_a_variable_wins_over_the_store_and_a_missing_store_is_refused(tmp_path: Path) -> None:
    store = tmp_path / "secrets"
    assert main(["keys", "init", str(store)]) == 0
    explicit = "x" * 40
    assert Settings(secrets_dir=store, jwt_secret=explicit).jwt_secret == explicit
    with pytest.raises(ValidationError, match="is not a directory"):
        Settings(secrets_dir=tmp_path / "nowhere")
    (store / "pii_keys").unlink()
    with pytest.raises(ValidationError, match="pii_keys"):
        Settings(environment="production", secrets_dir=store)


def test_worker_check_passes_on_a_fresh_heartbeat_only(tmp_path: Path) -> None:
    beat = tmp_path / "worker.alive"
    assert "no heartbeat" in (check_worker(beat) or "")
    beat.touch()
    assert check_worker(beat) is None
    old = time.time() - HEARTBEAT_STALE_S - 1
    os.utime(beat, (old, old))
    assert "s old" in (check_worker(beat) or "")


def test_a_bad_setting_is_named_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("JOBCIRCLE_PUSH_PLAN_SHARDS", "4")  # without a broker
    monkeypatch.delenv("JOBCIRCLE_TASK_BROKER", raising=False)
    assert main(["migrate"]) == 2
    err = capsys.readouterr().err
    assert "push_plan_shards needs a task_broker" in err and "Traceback" not in err
