"""Sign-in end to end: the admin bootstrap, passwords, WeChat code2Session, tokens, API keys, revocation."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import jwt
import pytest
from sqlalchemy import create_engine, text, update

from app.cli.main import main
from app.config import Settings
from app.keys import load_keys
from app.main import create_app
from app.models.user import ApiKey
from app.services.identity.tokens import TokenIssuer
from matching.embedding import Embedder
from tests.auth_kit import add_user, bearer, headers_for
from tests.factories import employer, post_job, seeker_body
from tests.fake_wechat import FakeWeChat
from tests.live import live_server

PHONE, PASSWORD = "13805510001", "correct horse battery"


@pytest.fixture
def anon(settings: Settings, fake_embedder: Embedder, monkeypatch: pytest.MonkeyPatch) -> Iterator[httpx.Client]:
    """A signed-out client of an app whose first admin was created by `jobcircle admin create`."""
    for name, value in (("DATABASE_URL", settings.database_url), ("DATA_DIR", str(settings.data_dir))):
        monkeypatch.setenv(f"JOBCIRCLE_{name}", value)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["migrate"]) == 0  # as `jobcircle serve` would: the data directory and its keys set up
    assert main(["admin", "create", "--phone", PHONE, "--password-stdin"]) == 0
    with live_server(create_app(settings, embedder=fake_embedder), admin=False) as client:
        yield client


def login(client: httpx.Client, phone: str = PHONE, password: str = PASSWORD) -> httpx.Response:
    return client.post("/v1/auth/login", json={"phone": phone, "password": password})


def test_bootstrapped_admin_signs_in_and_reaches_admin_routes(anon: httpx.Client) -> None:
    assert anon.get("/v1/users").status_code == 401
    response = login(anon)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["user"]["role"] == "admin" and body["user"]["phone"] == "138****0001"
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    assert anon.get("/v1/users", headers=headers).status_code == 200
    assert anon.get("/v1/auth/me", headers=headers).json()["id"] == body["user"]["id"]


def test_wrong_password_and_unknown_phone_are_the_same_401(anon: httpx.Client) -> None:
    wrong, unknown = login(anon, password="not the password"), login(anon, phone="13900000000")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["message"] == unknown.json()["message"]
    assert wrong.headers["www-authenticate"] == "Bearer"


def test_forged_expired_and_malformed_tokens_are_401(anon: httpx.Client, settings: Settings) -> None:
    user_id = login(anon).json()["user"]["id"]
    real = load_keys(settings).jwt_secret
    forged = TokenIssuer(b"x" * 48, timedelta(hours=1)).issue(user_id, 0)[0]
    expired = TokenIssuer(real, timedelta(hours=1)).issue(user_id, 0, now=datetime.now(UTC) - timedelta(hours=2))[0]
    unsigned = jwt.encode({"sub": str(user_id), "iss": "jobcircle", "exp": 2**40, "iat": 0}, key=None, algorithm="none")
    for token in (forged, expired, unsigned, "garbage"):
        response = anon.get("/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401, token
    assert "expired" in anon.get("/v1/auth/me", headers={"Authorization": f"Bearer {expired}"}).json()["message"]


@pytest.mark.parametrize("sub", ["100000000000000000000000", "-1", "0", "9223372036854775808", "1.5", "x"])
def test_a_correctly_signed_token_naming_an_impossible_id_is_401(
    anon: httpx.Client, settings: Settings, sub: str
) -> None:
    """Signed with the real secret (a leaked key, a bug elsewhere), a `sub` no row can have must not reach the
    database driver: 10**23 overflowed SQLite's and PostgreSQL's integers and answered 500."""
    now = datetime.now(UTC)
    claims = {"sub": sub, "iss": "jobcircle", "ver": 0, "iat": now, "exp": now + timedelta(hours=1)}
    token = jwt.encode(claims, load_keys(settings).jwt_secret, algorithm="HS256")
    response = anon.get("/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401, response.text


def test_staff_accounts_sign_in_and_deactivation_revokes_their_tokens(anon: httpx.Client) -> None:
    admin = {"Authorization": f"Bearer {login(anon).json()['access_token']}"}
    created = anon.post(
        "/v1/users",
        headers=admin,
        json={
            "role": "operator",
            "name": "瑶海区",
            "phone": "13805510002",
            "password": "operator passphrase",
            "districts": ["340102"],
        },
    )
    assert created.status_code == 201, created.text
    duplicate = anon.post(
        "/v1/users",
        headers=admin,
        json={"role": "admin", "name": "x", "phone": "13805510002", "password": "another passphrase"},
    )
    assert duplicate.status_code == 409
    token = login(anon, "13805510002", "operator passphrase").json()["access_token"]
    operator = {"Authorization": f"Bearer {token}"}
    assert anon.get("/v1/auth/me", headers=operator).json()["districts"] == ["340102"]
    assert anon.post(f"/v1/users/{created.json()['id']}/deactivate", headers=admin).status_code == 204
    assert anon.get("/v1/auth/me", headers=operator).status_code == 401
    myself = anon.get("/v1/auth/me", headers=admin).json()["id"]
    assert anon.post(f"/v1/users/{myself}/deactivate", headers=admin).status_code == 409  # no locking oneself out
    assert anon.get("/v1/auth/me", headers=admin).status_code == 200
    assert login(anon, "13805510002", "operator passphrase").status_code == 401


def test_password_change_revokes_old_tokens(anon: httpx.Client) -> None:
    old = {"Authorization": f"Bearer {login(anon).json()['access_token']}"}
    wrong = anon.post("/v1/auth/password", headers=old, json={"old_password": "nope", "new_password": "x" * 12})
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["field"] == "old_password"
    changed = anon.post("/v1/auth/password", headers=old, json={"old_password": PASSWORD, "new_password": "y" * 12})
    assert changed.status_code == 204
    assert anon.get("/v1/auth/me", headers=old).status_code == 401
    assert login(anon).status_code == 401 and login(anon, password="y" * 12).status_code == 200


def test_password_change_revokes_the_accounts_api_keys_too(anon: httpx.Client) -> None:
    admin = {"Authorization": f"Bearer {login(anon).json()['access_token']}"}
    key = {"X-API-Key": anon.post("/v1/auth/api-keys", headers=admin, json={"name": "kiosk"}).json()["key"]}
    assert anon.get("/v1/auth/me", headers=key).status_code == 200
    changed = anon.post("/v1/auth/password", headers=admin, json={"old_password": PASSWORD, "new_password": "y" * 12})
    assert changed.status_code == 204
    assert anon.get("/v1/auth/me", headers=key).status_code == 401
    fresh = {"Authorization": f"Bearer {login(anon, password='y' * 12).json()['access_token']}"}
    assert [k["revoked_at"] is not None for k in anon.get("/v1/auth/api-keys", headers=fresh).json()["items"]] == [True]


def test_api_keys_act_as_their_owner_until_revoked(anon: httpx.Client) -> None:
    admin = {"Authorization": f"Bearer {login(anon).json()['access_token']}"}
    created = anon.post("/v1/auth/api-keys", headers=admin, json={"name": "fair kiosk"}).json()
    key = created["key"]
    assert key.startswith("jc_") and created["prefix"] in key
    assert anon.get("/v1/users", headers={"X-API-Key": key}).status_code == 200
    assert anon.get("/v1/users", headers={"Authorization": f"Bearer {key}"}).status_code == 200
    listed = anon.get("/v1/auth/api-keys", headers=admin).json()["items"]
    assert [k["id"] for k in listed] == [created["id"]] and "key" not in listed[0]
    assert anon.get("/v1/users", headers={"X-API-Key": key[:-2] + "xx"}).status_code == 401
    assert anon.delete(f"/v1/auth/api-keys/{created['id']}", headers=admin).status_code == 204
    assert anon.get("/v1/users", headers={"X-API-Key": key}).status_code == 401


def test_an_api_keys_use_is_recorded_to_the_minute_not_written_on_every_request(
    anon: httpx.Client, settings: Settings
) -> None:
    admin = {"Authorization": f"Bearer {login(anon).json()['access_token']}"}
    created = anon.post("/v1/auth/api-keys", headers=admin, json={"name": "fair kiosk"}).json()
    key = {"X-API-Key": created["key"]}

    def last_used() -> str | None:
        [listed] = anon.get("/v1/auth/api-keys", headers=admin).json()["items"]
        return listed["last_used_at"]

    assert last_used() is None
    assert anon.get("/v1/users", headers=key).status_code == 200
    first = last_used()
    assert first is not None
    assert anon.get("/v1/users", headers=key).status_code == 200
    assert last_used() == first  # within the minute: no write
    engine = create_engine(settings.database_url)
    with engine.begin() as connection:  # the key was last used two minutes ago
        connection.execute(update(ApiKey).values(last_used_at=datetime.now(UTC) - timedelta(minutes=2)))
    engine.dispose()
    assert anon.get("/v1/users", headers=key).status_code == 200
    assert datetime.fromisoformat(last_used()) > datetime.fromisoformat(first)


def test_an_api_key_cannot_mint_keys_or_accounts(anon: httpx.Client) -> None:
    """A leaked key must not outlive its revocation by making another, nor open accounts."""
    admin = {"Authorization": f"Bearer {login(anon).json()['access_token']}"}
    key = {"X-API-Key": anon.post("/v1/auth/api-keys", headers=admin, json={"name": "kiosk"}).json()["key"]}
    assert anon.post("/v1/auth/api-keys", headers=key, json={"name": "another"}).status_code == 403
    body = {"role": "admin", "name": "x", "phone": "13805510008", "password": "a long passphrase"}
    assert anon.post("/v1/users", headers=key, json=body).status_code == 403
    assert anon.get("/v1/users", headers=key).status_code == 200  # reading as its owner still works
    assert [k["name"] for k in anon.get("/v1/auth/api-keys", headers=admin).json()["items"]] == ["kiosk"]


def test_operators_make_logins_only_for_employers_of_their_districts(api: httpx.Client, settings: Settings) -> None:
    """A member may change every posting of its employer, so an operator may not make one for an employer that
    posts outside their districts (340102 is 瑶海区; the factory's postings stand there)."""
    yaohai = headers_for(settings, "operator", districts=["340102"])
    elsewhere = headers_for(settings, "operator", districts=["340104"])
    posting = employer(api)
    post_job(api, posting)
    fresh = employer(api, name="新登记的厂")

    def member(headers: dict[str, str], employer_id: int, phone: str) -> int:
        body = {
            "role": "employer",
            "name": "招聘专员",
            "phone": phone,
            "password": "a long passphrase",
            "employer_id": employer_id,
        }
        return api.post("/v1/users", headers=headers, json=body).status_code

    assert member(elsewhere, posting, "13805510011") == 403
    assert member(yaohai, posting, "13805510012") == 201
    assert member(elsewhere, fresh, "13805510013") == 201  # no postings yet: registered at that desk


def test_wechat_unreachable_is_503_not_a_refused_sign_in(settings: Settings, fake_embedder: Embedder) -> None:
    down = settings.model_copy(
        update={"wechat_base_url": "http://127.0.0.1:9", "wechat_appid": "wx1", "wechat_secret": "s"}
    )
    with live_server(create_app(down, embedder=fake_embedder), admin=False) as client:
        response = client.post("/v1/auth/wechat", json={"code": "code-openid-1"})
    assert response.status_code == 503 and response.json()["code"] == "unavailable"


def test_jobseekers_cannot_get_api_keys_or_create_accounts(api: httpx.Client, settings: Settings) -> None:
    seeker = bearer(settings, add_user(settings, "jobseeker"))
    assert api.post("/v1/auth/api-keys", headers=seeker, json={"name": "k"}).status_code == 403
    body = {"role": "admin", "name": "x", "phone": "13805510009", "password": "a long passphrase"}
    assert api.post("/v1/users", headers=seeker, json=body).status_code == 403


def test_wechat_code_signs_a_jobseeker_in_and_the_same_openid_is_the_same_account(
    settings: Settings, fake_embedder: Embedder
) -> None:
    fake = FakeWeChat()
    with live_server(fake.app()) as wechat:
        configured = settings.model_copy(
            update={"wechat_base_url": str(wechat.base_url), "wechat_appid": fake.appid, "wechat_secret": fake.secret}
        )
        with live_server(create_app(configured, embedder=fake_embedder), admin=False) as client:
            first = client.post("/v1/auth/wechat", json={"code": "code-openid-123"})
            assert first.status_code == 200, first.text
            assert first.json()["user"]["role"] == "jobseeker" and first.json()["user"]["seeker_id"] is None
            again = client.post("/v1/auth/wechat", json={"code": "code-openid-123"})
            assert again.json()["user"]["id"] == first.json()["user"]["id"]
            refused = client.post("/v1/auth/wechat", json={"code": "stolen"})
            assert refused.status_code == 401


def test_production_refuses_to_start_without_explicit_secrets(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="jwt_secret"):
        Settings(environment="production", data_dir=tmp_path)
    assert not (tmp_path / "secrets.json").exists()


def test_sign_in_attempts_are_limited_per_address_and_phone(settings: Settings, fake_embedder: Embedder) -> None:
    limited = settings.model_copy(update={"login_limit_per_min": 3})
    with live_server(create_app(limited, embedder=fake_embedder), admin=False) as client:
        statuses = [login(client, password=f"guess {i}").status_code for i in range(4)]
        assert statuses == [401, 401, 401, 429]
        assert int(client.post("/v1/auth/login", json={"phone": PHONE, "password": "x"}).headers["retry-after"]) > 0


def test_wrong_passwords_from_elsewhere_slow_the_owner_but_never_lock_them_out(
    settings: Settings, fake_embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ten wrong passwords once locked the right one out for that phone, from anywhere: anyone could lock a
    clerk out. Now the attacker's own address hits the wall; the owner, elsewhere, waits a moment and signs in."""
    for name, value in (("DATABASE_URL", settings.database_url), ("DATA_DIR", str(settings.data_dir))):
        monkeypatch.setenv(f"JOBCIRCLE_{name}", value)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["migrate"]) == 0  # as `jobcircle serve` would: the data directory and its keys set up
    assert main(["admin", "create", "--phone", PHONE, "--password-stdin"]) == 0
    limited = settings.model_copy(update={"login_limit_per_min": 3, "trusted_proxies": ["127.0.0.1/32"]})
    attacker, owner = {"X-Forwarded-For": "192.0.2.7"}, {"X-Forwarded-For": "198.51.100.20"}
    with live_server(create_app(limited, embedder=fake_embedder), admin=False) as client:
        attempts = [
            client.post("/v1/auth/login", json={"phone": PHONE, "password": f"guess {i}"}, headers=attacker)
            for i in range(4)
        ]
        assert [a.status_code for a in attempts] == [401, 401, 401, 429]
        started = time.monotonic()
        signed_in = client.post("/v1/auth/login", json={"phone": PHONE, "password": PASSWORD}, headers=owner)
        waited_s = time.monotonic() - started
        assert signed_in.status_code == 200, signed_in.text
        assert waited_s >= 1.0  # the phone's attempts from elsewhere slowed it (capped at 3 s), not refused it


def test_each_user_is_limited_per_minute(settings: Settings, fake_embedder: Embedder) -> None:
    limited = settings.model_copy(update={"rate_limit_user_per_min": 3})
    with live_server(create_app(limited, embedder=fake_embedder)) as client:
        assert [client.get("/v1/auth/me").status_code for _ in range(4)] == [200, 200, 200, 429]


def test_wechat_pushes_go_to_the_openid_wechat_gave_and_never_to_one_a_client_names(
    settings: Settings, fake_embedder: Embedder
) -> None:
    """The mini-program cannot know its openid and a client must not choose one: code2Session's answer at
    sign-in is bound to the account, and a profile's WeChat pushes go there."""
    fake = FakeWeChat()
    with live_server(fake.app()) as wechat:
        configured = settings.model_copy(
            update={"wechat_base_url": str(wechat.base_url), "wechat_appid": fake.appid, "wechat_secret": fake.secret}
        )
        with live_server(create_app(configured, embedder=fake_embedder), admin=False) as client:
            token = client.post("/v1/auth/wechat", json={"code": "code-o-mine"}).json()["access_token"]
            me = {"Authorization": f"Bearer {token}"}
            wants = {"consent": "personalised", "channel": "wechat", "wechat_subscribed": True}
            named = client.post(
                "/v1/jobseekers", headers=me, json=seeker_body(push={**wants, "wechat_openid": "o-someone-else"})
            )
            assert named.status_code == 422, named.text  # a client may not name an openid at all
            created = client.post("/v1/jobseekers", headers=me, json=seeker_body(push=wants))
            assert created.status_code == 201, created.text
            assert created.json()["push"]["wechat_bound"] is True
            seeker = created.json()["id"]
    engine = create_engine(settings.database_url)
    try:
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT wechat_openid FROM jobseekers WHERE id = :id"), {"id": seeker})
            assert stored.scalar_one() == "o-mine"
    finally:
        engine.dispose()


def test_a_profile_without_a_wechat_account_cannot_choose_wechat_pushes(api: httpx.Client) -> None:
    seeker = api.post("/v1/jobseekers", json=seeker_body()).json()["id"]
    wants = {"consent": "personalised", "channel": "wechat", "wechat_subscribed": True}
    refused = api.patch(f"/v1/jobseekers/{seeker}", json={"push": wants})
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "push.channel"


def test_staff_read_their_colleagues_names_but_no_one_elses(api: httpx.Client, settings: Settings) -> None:
    """A case's log says who made each contact: staff names by number, never a phone, and never the accounts of
    employers or jobseekers (people, whose numbers are simply absent)."""
    clerk = add_user(settings, "operator", districts=["340102"])
    colleague = add_user(settings, "operator", districts=["340104"])
    member = add_user(settings, "employer", employer_id=employer(api))
    seeker = add_user(settings, "jobseeker")
    asked = {"id": [colleague, member, seeker, clerk, 999_999]}
    page = api.get("/v1/staff", params=asked, headers=bearer(settings, clerk))
    assert page.status_code == 200, page.text
    assert page.json()["items"] == [
        {"id": clerk, "name": "test operator", "role": "operator"},
        {"id": colleague, "name": "test operator", "role": "operator"},
    ]
    assert api.get("/v1/staff", params=asked, headers=bearer(settings, member)).status_code == 403
    assert api.get("/v1/staff", params=asked, headers=bearer(settings, seeker)).status_code == 403
    refused = api.get("/v1/staff", headers=bearer(settings, clerk))
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "id"


def test_a_token_revoked_by_another_process_is_refused_within_the_principal_cache_time(
    settings: Settings, fake_embedder: Embedder
) -> None:
    """This process reuses a verified token's account for `principal_cache_s` without reading it (a sign-out or a
    disabled account in this process forgets them all at once: the tests above); a revocation written by another
    process is honoured when that time is up."""
    quick = settings.model_copy(update={"principal_cache_s": 0.5})
    with live_server(create_app(quick, embedder=fake_embedder)) as api:
        operator = add_user(settings, "operator", districts=["340102"])
        signed_in = bearer(settings, operator)
        assert api.get("/v1/auth/me", headers=signed_in).status_code == 200
        engine = create_engine(settings.database_url)
        with engine.begin() as conn:
            conn.execute(text("UPDATE users SET token_version = token_version + 1 WHERE id = :id"), {"id": operator})
        engine.dispose()
        assert api.get("/v1/auth/me", headers=signed_in).status_code == 200  # within the stated bound
        time.sleep(0.6)
        assert api.get("/v1/auth/me", headers=signed_in).status_code == 401
