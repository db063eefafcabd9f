"""`jobcircle push send` killed mid-run, then run again: one WeChat message per push at the fake
server, so one per (seeker, job); the message in flight when it died is not sent twice."""

from __future__ import annotations

import collections
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from app.config import Settings
from app.db import make_engine, make_session_factory
from app.models import Push, PushItem
from app.services.engine.matcher import weights_from_settings
from app.services.pushes.nightly import PushSetup, run_plan
from tests.auth_kit import wechat_seeker
from tests.factories import HEFEI, employer, north_of, post_job
from tests.fake_wechat import FakeWeChat
from tests.live import live_server

ROOT = Path(__file__).resolve().parents[1]
SEEKERS = 30
KILL_AT = 10
GUARD_S = 400  # against a hang only: under a loaded CI (load average 14 on 2 cores) a start alone took over 120 s


@pytest.mark.slow
def test_killed_sender_delivers_each_pair_once(api: httpx.Client, settings: Settings, tmp_path: Path) -> None:
    owner = employer(api)
    for i in range(3):
        post_job(api, owner, location={"lat": north_of(HEFEI, 0.2 * i).lat, "lon": HEFEI.lon})
    for i in range(SEEKERS):
        wechat_seeker(
            api, settings, f"o-{i}", {"consent": "personalised", "channel": "wechat", "wechat_subscribed": True}
        )
    fake = FakeWeChat()
    with live_server(fake.app()) as wechat:
        env = {
            **os.environ,
            "JOBCIRCLE_DATABASE_URL": settings.database_url,
            "JOBCIRCLE_DATA_DIR": str(settings.data_dir),  # the server's: a command never makes a second one
            "JOBCIRCLE_WECHAT_BASE_URL": str(wechat.base_url),
            "JOBCIRCLE_WECHAT_APPID": fake.appid,
            "JOBCIRCLE_WECHAT_SECRET": fake.secret,
            "JOBCIRCLE_WECHAT_TEMPLATE_ID": "tmpl",
            "JOBCIRCLE_PUSH_QUIET_HOURS": "",
            "JOBCIRCLE_PUSH_LEASE_S": "1",
        }
        configured = settings.model_copy(
            update={
                "wechat_base_url": str(wechat.base_url),
                "wechat_appid": fake.appid,
                "wechat_secret": fake.secret,
                "wechat_template_id": "tmpl",
                "push_quiet_hours": "",
            }
        )  # or after 21:00 it plans for 08:00
        engine = make_engine(settings.database_url)
        sessions = make_session_factory(engine)
        assert (
            run_plan(
                sessions, PushSetup.from_settings(configured, weights_from_settings(configured)), digests=False
            ).pushes
            == SEEKERS
        )
        command = [sys.executable, "-m", "app.cli", "push", "send"]
        killed = subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.PIPE)
        fake.kill_pid_at, fake.kill_at = killed.pid, KILL_AT
        assert killed.wait(timeout=GUARD_S) == -9
        assert len(fake.delivered) == KILL_AT
        time.sleep(1.2)  # the killed sender's lease runs out
        again = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=GUARD_S)
        assert again.returncode == 0, again.stderr
        assert "in doubt 1" in again.stderr

    per_request = collections.Counter(fake.request_ids())
    with sessions() as s:
        pushes = dict(s.execute(select(Push.request_id, Push.status)).all())
        pairs = s.scalar(select(func.count()).select_from(PushItem)) or 0
    engine.dispose()
    assert set(per_request) == set(pushes) and set(per_request.values()) == {1}  # every push, exactly once
    assert collections.Counter(pushes.values()) == {"sent": SEEKERS - 1, "in_doubt": 1}
    assert pairs == SEEKERS * 3
