"""Every route × every role × an owned and a foreign object: who gets in, who gets 401, 403 or 404.

The world has two districts. District A (瑶海区 340102) holds community A, employer E1's job, seeker S1,
a fair, a station and an employment; district B (长丰县 340122) holds the same for E2 and S2. The
principals are: anonymous, seeker S1, a member of E1, an operator of district A, and an admin. For
each principal "own" means the A-side object (S1, E1's job, district A) and "foreign" the B side.
A route added without a row here fails `test_every_route_has_a_row`.

A refusal that depends on a private object (a person, an upload, an employment record, an API key) is a 404
that reads exactly like a missing id's (`test_a_hidden_object_reads_like_a_missing_one`); a refusal for the
caller's role, given before anything is looked up, and one about a public object, are 403.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.config import Settings
from app.main import create_app
from app.migrate import upgrade
from matching.embedding import HashingEmbedder
from matching.geo import GeoPoint
from tests.auth_kit import add_user, bearer
from tests.conftest import BACKENDS, postgres_schema
from tests.factories import fair_body as factory_fair_body
from tests.factories import job_body, loc, seeker_body
from tests.live import live_server

A_COMMUNITY, A_DISTRICT, A_POINT = "340102001001", "340102", GeoPoint(31.867892, 117.303457)
B_COMMUNITY, B_DISTRICT, B_POINT = "340122100004", "340122", GeoPoint(32.244871, 117.394778)
MISSING_ID = 987654321
ROLES = ("anonymous", "jobseeker", "employer", "operator", "admin")
SIDES = ("own", "foreign")


@dataclass
class World:
    admin: httpx.Client
    settings: Settings
    headers: dict[str, dict[str, str]]
    ids: dict[str, int] = field(default_factory=dict)
    routes: list[tuple[str, str]] = field(default_factory=list)
    role: str = "admin"  # who a request is being made for (the events row needs it)
    missing: bool = False  # every object id a request names is one that no row has

    def side(self, name: str, own: bool) -> int:
        return MISSING_ID if self.missing else self.ids[f"{name}_{'a' if own else 'b'}"]

    def post(self, path: str, body: dict[str, Any]) -> int:
        response = self.admin.post(path, json=body)
        assert response.status_code == 201, response.text
        return int(response.json()["id"])

    def fresh_job(self, own: bool) -> int:
        if self.missing:
            return MISSING_ID
        return self.post("/v1/jobs", job_body(self.side("employer", own), location=loc(A_POINT if own else B_POINT)))

    def fresh_seeker(self, own: bool) -> int:
        if self.missing:
            return MISSING_ID
        return self.post(
            "/v1/jobseekers",
            seeker_body(
                A_POINT if own else B_POINT,
                phone=phone(),
                community_code=A_COMMUNITY if own else B_COMMUNITY,
                priority_groups=["hard_to_employ", "migrant_worker"],  # 一人一策 and 1+3+1 reach them
            ),
        )

    def fresh_case(self, own: bool) -> int:
        if self.missing:
            return MISSING_ID
        return self.post("/v1/cases", {"jobseeker_id": self.fresh_seeker(own)})

    def fresh_station(self, own: bool) -> int:
        return self.post("/v1/stations", station_body(own))


def phone() -> str:
    return f"139{uuid.uuid4().int % 10**8:08d}"


def station_body(own: bool) -> dict[str, Any]:
    return {
        "name": "就业驿站",
        "kind": "employment",
        "location": loc(A_POINT if own else B_POINT),
        "community_code": A_COMMUNITY if own else B_COMMUNITY,
    }


def fair_body(own: bool) -> dict[str, Any]:
    return factory_fair_body(A_POINT if own else B_POINT)


def employment_body(w: World, own: bool) -> dict[str, Any]:
    return {
        "jobseeker_id": w.side("seeker", own),
        "kind": "flexible",
        "started_on": "2026-11-02",
        "contract_months": 4,
        "monthly_wage_yuan": 3000,
    }


def placement_body(w: World, own: bool) -> dict[str, Any]:
    return {
        "jobseeker_id": w.side("intern", own),
        "employer_id": w.side("employer", own),
        "started_on": "2026-08-01",
        "ended_on": "2026-10-31",
        "monthly_pay_yuan": 2200,
    }


def statement_params(w: World, own: bool) -> dict[str, Any]:
    return {"unit": w.side("employer", own), "month": "2026-08", "district": A_DISTRICT if own else B_DISTRICT}


def csv_upload() -> dict[str, Any]:
    content = "单位名称,岗位名称,工作地点\n合肥示例厂,电焊工,合肥市瑶海区明光路\n".encode()
    return {"files": {"file": ("jobs.csv", content, "text/csv")}}


# A request for a route: (world, own side?) -> keyword arguments of httpx's request (method and url included).
Make = Callable[[World, bool], dict[str, Any]]
Rule = Callable[[str, bool], bool]  # (role, own side?) -> allowed


def get(url: Callable[[World, bool], str]) -> Make:
    return lambda w, own: {"method": "GET", "url": url(w, own)}


def send(method: str, url: Callable[[World, bool], str], body: Callable[[World, bool], Any] | None = None) -> Make:
    return lambda w, own: {"method": method, "url": url(w, own), **({"json": body(w, own)} if body else {})}


def anyone(role: str, own: bool) -> bool:
    return True


def signed_in(role: str, own: bool) -> bool:
    return role != "anonymous"


def staff(role: str, own: bool) -> bool:
    return role in ("operator", "admin")


def admin_only(role: str, own: bool) -> bool:
    return role == "admin"


def staff_of_area(role: str, own: bool) -> bool:
    return role == "admin" or (role == "operator" and own)


def employer_or_area_staff(role: str, own: bool) -> bool:
    return role == "admin" or (role in ("employer", "operator") and own)


def person_or_area_staff(role: str, own: bool) -> bool:
    return role == "admin" or (role in ("jobseeker", "operator") and own)


def reporter(role: str, own: bool) -> bool:
    return role == "admin" or (role in ("jobseeker", "employer", "operator") and own)


def member_or_admin(role: str, own: bool) -> bool:
    return role == "admin" or (role == "employer" and own)


def staff_or_employer_member(role: str, own: bool) -> bool:
    return role == "admin" or (role == "operator" and own) or (role == "employer" and own)


def new_seeker_profile(role: str, own: bool) -> bool:
    return role in ("jobseeker", "admin") or (role == "operator" and own)


def user_creator(role: str, own: bool) -> bool:
    return role == "admin" or (role == "operator" and own)  # own: an employer member; foreign: an operator


STATS = {"own": {"district": A_DISTRICT}, "foreign": {"district": B_DISTRICT}}


def stats(path: str) -> Make:
    return lambda w, own: {"method": "GET", "url": path, "params": STATS["own" if own else "foreign"]}


def nobody(role: str, own: bool) -> bool:
    return False


def signed_in_hidden(role: str, own: bool) -> bool:
    return role != "anonymous"


def operator_hidden(role: str, own: bool) -> bool:
    return role == "operator"


@dataclass(frozen=True)
class Row:
    make: Make
    rule: Rule
    also_ok: frozenset[int]  # statuses that still mean "let in", e.g. a 409 from the business rule
    hidden: Rule  # among those refused, who gets 404 (the object is private to them) rather than 403


ROWS: dict[tuple[str, str], Row] = {}


def row(method: str, path: str, make: Make, rule: Rule, *also_ok: int, hidden: Rule = nobody) -> None:
    ROWS[(method, path)] = Row(make, rule, frozenset(also_ok), hidden)


row("GET", "/healthz", get(lambda w, o: "/healthz"), anyone, 503)
row("GET", "/readyz", get(lambda w, o: "/readyz"), anyone, 503)
row("GET", "/livez", get(lambda w, o: "/livez"), anyone)
row("GET", "/dashboard", get(lambda w, o: "/dashboard"), anyone)
row("GET", "/kiosk", get(lambda w, o: "/kiosk"), anyone)
row("GET", "/v1/jobs", get(lambda w, o: "/v1/jobs"), anyone)
row("GET", "/v1/jobs/{job_id}", get(lambda w, o: f"/v1/jobs/{w.side('job', o)}"), anyone)
row("GET", "/v1/fairs", get(lambda w, o: "/v1/fairs"), anyone)
row("GET", "/v1/fairs/{fair_id}", get(lambda w, o: f"/v1/fairs/{w.side('fair', o)}"), anyone)
row("GET", "/v1/communities", get(lambda w, o: "/v1/communities"), anyone)
row("GET", "/v1/communities/{code}", get(lambda w, o: f"/v1/communities/{A_COMMUNITY if o else B_COMMUNITY}"), anyone)
row("GET", "/v1/stations", get(lambda w, o: "/v1/stations"), anyone)
row("GET", "/v1/stations/{station_id}/jobs", get(lambda w, o: f"/v1/stations/{w.fresh_station(o)}/jobs"), anyone)
row(
    "GET",
    "/v1/stations/{station_id}/jobseekers",
    get(lambda w, o: f"/v1/stations/{w.fresh_station(o)}/jobseekers"),
    staff_of_area,
)
row(
    "GET",
    "/v1/occupations/suggest",
    lambda w, o: {"method": "GET", "url": "/v1/occupations/suggest", "params": {"text": "电焊"}},
    anyone,
)
row(
    "GET",
    "/v1/places/suggest",
    lambda w, o: {"method": "GET", "url": "/v1/places/suggest", "params": {"q": "明光"}},
    anyone,
)
row(
    "POST",
    "/v1/matches/search",
    send(
        "POST",
        lambda w, o: "/v1/matches/search",
        lambda w, o: {"text": "电焊工", "location": loc(A_POINT if o else B_POINT)},
    ),
    anyone,
)
row("GET", "/v1/uploads/template.xlsx", get(lambda w, o: "/v1/uploads/template.xlsx"), anyone)
row(
    "POST",
    "/v1/auth/login",
    send("POST", lambda w, o: "/v1/auth/login", lambda w, o: {"phone": "13900000000", "password": "not the password"}),
    lambda r, o: False,
)  # 401 for everyone: wrong password
row(
    "POST", "/v1/auth/wechat", send("POST", lambda w, o: "/v1/auth/wechat", lambda w, o: {"code": "x"}), anyone, 422
)  # not configured here: 422 for everyone

row("GET", "/v1/auth/me", get(lambda w, o: "/v1/auth/me"), signed_in)
row(
    "POST",
    "/v1/auth/password",
    send(
        "POST",
        lambda w, o: "/v1/auth/password",
        lambda w, o: {"old_password": "wrong old one", "new_password": "a brand new passphrase"},
    ),
    signed_in,
    422,
)
row(
    "POST",
    "/v1/users",
    send(
        "POST",
        lambda w, o: "/v1/users",
        lambda w, o: (
            {
                "role": "employer",
                "name": "招聘专员",
                "phone": phone(),
                "password": "a long passphrase",
                "employer_id": w.ids["employer_a"],
            }
            if o
            else {
                "role": "operator",
                "name": "区人社",
                "phone": phone(),
                "password": "a long passphrase",
                "districts": [A_DISTRICT],
            }
        ),
    ),
    user_creator,
)
row("GET", "/v1/users", get(lambda w, o: "/v1/users"), admin_only)
row("GET", "/v1/staff", get(lambda w, o: "/v1/staff?id=1"), staff)
row(
    "POST",
    "/v1/users/{user_id}/deactivate",
    send("POST", lambda w, o: f"/v1/users/{add_user(w.settings, 'employer')}/deactivate"),
    admin_only,
)
row("POST", "/v1/auth/api-keys", send("POST", lambda w, o: "/v1/auth/api-keys", lambda w, o: {"name": "kiosk"}), staff)
row("GET", "/v1/auth/api-keys", get(lambda w, o: "/v1/auth/api-keys"), signed_in)
row(
    "DELETE",
    "/v1/auth/api-keys/{key_id}",
    send("DELETE", lambda w, o: f"/v1/auth/api-keys/{MISSING_ID if w.missing else w.ids['admin_key']}"),
    admin_only,
    hidden=signed_in_hidden,
)  # the admin's key: only its owner (or an admin) may revoke it

row("POST", "/v1/employers", send("POST", lambda w, o: "/v1/employers", lambda w, o: {"name": "新单位"}), staff)
row("GET", "/v1/employers", get(lambda w, o: "/v1/employers"), staff)
row("GET", "/v1/employers/{employer_id}", get(lambda w, o: f"/v1/employers/{w.side('employer', o)}"), signed_in)
row(
    "POST",
    "/v1/jobs",
    send(
        "POST",
        lambda w, o: "/v1/jobs",
        lambda w, o: job_body(w.side("employer", o), location=loc(A_POINT if o else B_POINT)),
    ),
    employer_or_area_staff,
)
row(
    "PATCH",
    "/v1/jobs/{job_id}",
    send("PATCH", lambda w, o: f"/v1/jobs/{w.side('job', o)}", lambda w, o: {"headcount": 3}),
    employer_or_area_staff,
)
row(
    "POST",
    "/v1/jobs/{job_id}/close",
    send("POST", lambda w, o: f"/v1/jobs/{w.fresh_job(o)}/close"),
    employer_or_area_staff,
)
row(
    "GET", "/v1/jobs/{job_id}/matches", get(lambda w, o: f"/v1/jobs/{w.side('job', o)}/matches"), employer_or_area_staff
)

row(
    "POST",
    "/v1/jobseekers",
    send(
        "POST",
        lambda w, o: "/v1/jobseekers",
        lambda w, o: seeker_body(
            A_POINT if o else B_POINT, phone=phone(), community_code=A_COMMUNITY if o else B_COMMUNITY
        ),
    ),
    new_seeker_profile,
    409,
)  # a jobseeker who already has a profile gets 409: let in, refused by the rule
row("GET", "/v1/jobseekers", get(lambda w, o: "/v1/jobseekers"), staff)  # another district's rows: never listed
for suffix in ("", "/programmes", "/matches", "/export"):
    row(
        "GET",
        f"/v1/jobseekers/{{seeker_id}}{suffix}",
        get(lambda w, o, s=suffix: f"/v1/jobseekers/{w.side('seeker', o)}{s}"),
        person_or_area_staff,
        hidden=signed_in_hidden,
    )
row(
    "PATCH",
    "/v1/jobseekers/{seeker_id}",
    send("PATCH", lambda w, o: f"/v1/jobseekers/{w.side('seeker', o)}", lambda w, o: {"experience": "十年焊工"}),
    person_or_area_staff,
    hidden=signed_in_hidden,
)
row(
    "DELETE",
    "/v1/jobseekers/{seeker_id}",
    send("DELETE", lambda w, o: f"/v1/jobseekers/{w.fresh_seeker(o)}"),
    lambda r, o: r == "admin" or (r == "operator" and o),
    hidden=signed_in_hidden,
)  # a seeker deletes only their own: tested apart
row(
    "GET",
    "/v1/jobseekers/{seeker_id}/inbox",
    get(lambda w, o: f"/v1/jobseekers/{w.side('seeker', o)}/inbox"),
    person_or_area_staff,
    hidden=signed_in_hidden,
)
row(
    "GET",
    "/v1/employers/{employer_id}/inbox",
    get(lambda w, o: f"/v1/employers/{w.side('employer', o)}/inbox"),
    member_or_admin,
)

row(
    "POST",
    "/v1/events",
    lambda w, o: {
        "method": "POST",
        "url": "/v1/events",
        "json": {
            "type": "invite" if w.role == "employer" else "apply",
            "job_id": w.side("job", o),
            "jobseeker_id": w.side("seeker", o),
        },
    },
    reporter,
    hidden=signed_in_hidden,
)
row("GET", "/v1/stats/funnel", stats("/v1/stats/funnel"), staff_of_area)
for name in ("overview", "communities", "groups", "fairs", "trend", "job-points"):
    row("GET", f"/v1/stats/{name}", stats(f"/v1/stats/{name}"), staff_of_area)
row("GET", "/v1/stats/definitions", get(lambda w, o: "/v1/stats/definitions"), anyone)  # words, no numbers

row(
    "POST",
    "/v1/employments",
    send("POST", lambda w, o: "/v1/employments", employment_body),
    staff_of_area,
    hidden=operator_hidden,
)
row("GET", "/v1/employments", get(lambda w, o: "/v1/employments"), staff)
row(
    "GET",
    "/v1/employments/{employment_id}",
    get(lambda w, o: f"/v1/employments/{w.side('employment', o)}"),
    staff_of_area,
    hidden=operator_hidden,
)

row(
    "POST",
    "/v1/placements",
    send("POST", lambda w, o: "/v1/placements", placement_body),
    staff_of_area,
    hidden=operator_hidden,
)
row("GET", "/v1/placements", get(lambda w, o: "/v1/placements"), staff)
row(
    "GET",
    "/v1/placements/{placement_id}",
    get(lambda w, o: f"/v1/placements/{w.side('placement', o)}"),
    staff_of_area,
    hidden=operator_hidden,
)
row(
    "PATCH",
    "/v1/placements/{placement_id}",
    send(
        "PATCH",
        lambda w, o: f"/v1/placements/{w.side('placement', o)}",
        lambda w, o: {"contract_months": 12, "contract_signed_on": "2026-11-02"},
    ),
    staff_of_area,
    hidden=operator_hidden,
)
for suffix in ("", ".xlsx"):  # a unit's members read their own unit's statement
    row(
        "GET",
        f"/v1/subsidies/statements{suffix}",
        lambda w, o, s=suffix: {
            "method": "GET",
            "url": f"/v1/subsidies/statements{s}",
            "params": statement_params(w, o),
        },
        staff_or_employer_member,
    )

row("POST", "/v1/stations", send("POST", lambda w, o: "/v1/stations", lambda w, o: station_body(o)), staff_of_area)
row(
    "DELETE",
    "/v1/stations/{station_id}",
    send("DELETE", lambda w, o: f"/v1/stations/{w.fresh_station(o)}"),
    staff_of_area,
)

row("POST", "/v1/fairs", send("POST", lambda w, o: "/v1/fairs", lambda w, o: fair_body(o)), staff_of_area)
row(
    "PATCH",
    "/v1/fairs/{fair_id}",
    send("PATCH", lambda w, o: f"/v1/fairs/{w.side('fair', o)}", lambda w, o: {"description": "现场招聘"}),
    staff_of_area,
)
row(
    "POST",
    "/v1/fairs/{fair_id}/employers",
    send(
        "POST",
        lambda w, o: f"/v1/fairs/{w.side('fair', o)}/employers",
        lambda w, o: {"employer_id": w.side("employer", o)},
    ),
    staff_or_employer_member,
)

row("POST", "/v1/uploads", lambda w, o: {"method": "POST", "url": "/v1/uploads", **csv_upload()}, staff)
row("GET", "/v1/uploads", get(lambda w, o: "/v1/uploads"), staff)
for suffix in ("", "/errors", "/errors.xlsx"):
    row(
        "GET",
        f"/v1/uploads/{{upload_id}}{suffix}",
        get(lambda w, o, s=suffix: f"/v1/uploads/{w.side('upload', o)}{s}"),
        staff_of_area,
        hidden=operator_hidden,
    )
row(
    "POST",
    "/v1/uploads/{upload_id}/retry",
    send("POST", lambda w, o: f"/v1/uploads/{w.side('upload', o)}/retry"),
    staff_of_area,
    409,
    hidden=operator_hidden,
)  # only a failed upload is retried: 409 means let in

row("GET", "/v1/audit", get(lambda w, o: "/v1/audit"), admin_only)
row("GET", "/v1/reviews/jobs", get(lambda w, o: "/v1/reviews/jobs"), staff)
row(
    "POST",
    "/v1/jobs/{job_id}/review",
    send("POST", lambda w, o: f"/v1/jobs/{w.fresh_job(o)}/review", lambda w, o: {"decision": "approve"}),
    staff_of_area,
    409,
)


def person_or_area_staff_hidden(role: str, own: bool) -> bool:
    return role in ("jobseeker", "operator")


TODAY = date.today().isoformat()  # a due date or contact day inside every rule's window
row(
    "POST",
    "/v1/cases",
    send("POST", lambda w, o: "/v1/cases", lambda w, o: {"jobseeker_id": w.side("seeker", o)}),
    staff_of_area,
    409,
    hidden=operator_hidden,
)  # the world's people already have a case open: 409 means let in
row(
    "GET", "/v1/cases", get(lambda w, o: "/v1/cases"), lambda r, o: r in ("jobseeker", "operator", "admin")
)  # a seeker: own
row("GET", "/v1/cases/overdue", get(lambda w, o: "/v1/cases/overdue"), staff)
row("GET", "/v1/cases/clearance", stats("/v1/cases/clearance"), staff_of_area)
row(
    "GET",
    "/v1/cases/{case_id}",
    get(lambda w, o: f"/v1/cases/{w.side('case', o)}"),
    person_or_area_staff,
    hidden=person_or_area_staff_hidden,
)
row(
    "PATCH",
    "/v1/cases/{case_id}",
    send("PATCH", lambda w, o: f"/v1/cases/{w.side('case', o)}", lambda w, o: {"needs": [{"kind": "skills"}]}),
    staff_of_area,
    hidden=operator_hidden,
)
row(
    "POST",
    "/v1/cases/{case_id}/steps",
    send("POST", lambda w, o: f"/v1/cases/{w.side('case', o)}/steps", lambda w, o: {"kind": "other", "due_on": TODAY}),
    staff_of_area,
    hidden=operator_hidden,
)
row(
    "PATCH",
    "/v1/cases/{case_id}/steps/{step_id}",
    send(
        "PATCH",
        lambda w, o: f"/v1/cases/{w.side('case', o)}/steps/{w.side('step', o)}",
        lambda w, o: {"status": "done"},
    ),
    staff_of_area,
    hidden=operator_hidden,
)
row(
    "POST",
    "/v1/cases/{case_id}/contacts",
    send(
        "POST",
        lambda w, o: f"/v1/cases/{w.side('case', o)}/contacts",
        lambda w, o: {"contacted_on": TODAY, "channel": "phone", "note": "电话回访"},
    ),
    staff_of_area,
    hidden=operator_hidden,
)
row(
    "POST",
    "/v1/cases/{case_id}/close",
    send(
        "POST", lambda w, o: f"/v1/cases/{w.fresh_case(o)}/close", lambda w, o: {"outcome": "other", "reason": "迁出"}
    ),
    staff_of_area,
    hidden=operator_hidden,
)
row("GET", "/v1/one-three-one", get(lambda w, o: "/v1/one-three-one"), staff)
row("GET", "/v1/one-three-one/coverage", stats("/v1/one-three-one/coverage"), staff_of_area)
row(
    "GET",
    "/v1/one-three-one/{seeker_id}",
    get(lambda w, o: f"/v1/one-three-one/{w.side('seeker', o)}"),
    person_or_area_staff,
    hidden=person_or_area_staff_hidden,
)
for part, part_body in (
    ("guidance", {"given_on": TODAY, "note": "面谈"}),
    ("jobs", {"count": 1}),
    ("training", {"provider": "培训中心", "course": "电工", "referred_on": TODAY}),
):
    row(
        "POST",
        f"/v1/one-three-one/{{seeker_id}}/{part}",
        send("POST", lambda w, o, p=part: f"/v1/one-three-one/{w.side('seeker', o)}/{p}", lambda w, o, b=part_body: b),
        staff_of_area,
        409,
        hidden=operator_hidden,
    )  # a part recorded (or no unsent match left) is a 409: let in


@pytest.fixture(scope="module", params=BACKENDS)
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    data = tmp_path_factory.mktemp("matrix")
    with _database(request.param, data) as url:
        upgrade(url)
        settings = Settings(
            database_url=url,
            data_dir=data,
            sync_interval_s=0.2,
            snapshot_interval_s=3600,
            push_scheduler=False,
            login_limit_per_min=1000,
        )  # access, not limits, is tested here
        app = create_app(settings, embedder=HashingEmbedder(64))
        with live_server(app) as admin:
            yield _build(admin, settings, app)


def _build(admin: httpx.Client, settings: Settings, app: Any) -> World:
    w = World(admin, settings, {"anonymous": {}})
    for side, own in (("a", True), ("b", False)):
        w.ids[f"employer_{side}"] = w.post("/v1/employers", {"name": f"单位{side}"})
        w.ids[f"job_{side}"] = w.fresh_job(own)
        w.ids[f"seeker_{side}"] = w.fresh_seeker(own)
        # the seeker applied: their employer may then report inviting or hiring them (events need that link)
        w.post("/v1/events", {"type": "apply", "job_id": w.ids[f"job_{side}"], "jobseeker_id": w.ids[f"seeker_{side}"]})
        w.ids[f"fair_{side}"] = w.post("/v1/fairs", fair_body(own))
        w.ids[f"employment_{side}"] = w.post("/v1/employments", employment_body(w, own))
        w.ids[f"case_{side}"] = w.post("/v1/cases", {"jobseeker_id": w.ids[f"seeker_{side}"]})
        steps = w.admin.post(f"/v1/cases/{w.ids[f'case_{side}']}/steps", json={"kind": "other", "due_on": TODAY})
        assert steps.status_code == 201, steps.text
        w.ids[f"step_{side}"] = int(steps.json()["steps"][0]["id"])
        guidance = {"given_on": TODAY, "note": "面谈"}
        assert admin.post(f"/v1/one-three-one/{w.ids[f'seeker_{side}']}/guidance", json=guidance).status_code == 200
        w.ids[f"intern_{side}"] = w.post(
            "/v1/jobseekers",
            seeker_body(
                A_POINT if own else B_POINT,
                phone=phone(),
                community_code=A_COMMUNITY if own else B_COMMUNITY,
                graduation_date="2026-06-30",
            ),
        )
        w.ids[f"placement_{side}"] = w.post("/v1/placements", placement_body(w, own))
        uploader = add_user(settings, "operator", districts=[A_DISTRICT if own else B_DISTRICT])
        response = admin.post("/v1/uploads", headers=bearer(settings, uploader), **csv_upload())
        assert response.status_code == 202, response.text
        w.ids[f"upload_{side}"] = int(response.json()["id"])
        if own:
            w.ids["operator_a"] = uploader
    w.ids["admin_key"] = int(admin.post("/v1/auth/api-keys", json={"name": "admin's"}).json()["id"])
    w.headers["jobseeker"] = bearer(settings, add_user(settings, "jobseeker", seeker_id=w.ids["seeker_a"]))
    w.headers["employer"] = bearer(settings, add_user(settings, "employer", employer_id=w.ids["employer_a"]))
    w.headers["operator"] = bearer(settings, w.ids["operator_a"])
    w.headers["admin"] = {"Authorization": admin.headers["authorization"]}
    paths = app.openapi()["paths"]  # every documented route; the dashboard and kiosk pages are not, so added
    pages = {("GET", "/dashboard"), ("GET", "/kiosk")}
    routes = {(method.upper(), path) for path, item in paths.items() for method in item} | pages
    w.routes = sorted(routes)
    return w


def _database(backend: str, data: Path) -> Any:
    from contextlib import nullcontext

    return nullcontext(f"sqlite:///{data / 'matrix.db'}") if backend == "sqlite" else postgres_schema()


def test_every_route_has_a_row(world: World) -> None:
    assert len(world.routes) > 50  # the app's routes were found, so the matrix below is not vacuous
    missing = [route for route in world.routes if route not in ROWS]
    assert missing == [], f"routes without an access rule in this matrix: {missing}"


def ask(world: World, row: Row, role: str, own: bool) -> httpx.Response:
    world.role = role
    return world.admin.request(**row.make(world, own), headers={"Authorization": ""} | world.headers[role])


def test_role_route_object_matrix(world: World) -> None:
    failures, lines = [], []
    for method, path in world.routes:
        r = ROWS[(method, path)]
        verdicts = []
        for role, side in itertools.product(ROLES, SIDES):
            own = side == "own"
            response = ask(world, r, role, own)
            allowed, status = r.rule(role, own), response.status_code
            expected_denial = 401 if role == "anonymous" else 404 if r.hidden(role, own) else 403
            ok = (status < 400 or status in r.also_ok) if allowed else status == expected_denial
            if path == "/v1/auth/login":  # a wrong password is a 401 for everyone, signed in or not
                ok = status == 401
            verdicts.append(f"{role[:4]}/{side[0]}:{status}")
            if not ok:
                failures.append(f"{method} {path} as {role} on {side}: {status} {response.text[:160]}")
        lines.append(f"{method:6} {path:45} " + " ".join(verdicts))
    print("\n".join(lines))
    assert failures == [], "\n".join(failures)


def test_a_hidden_object_reads_like_a_missing_one(world: World) -> None:
    """Finding: existing ids answered 403 and missing ones 404, so anyone could list which people, uploads and
    records exist. Wherever the matrix expects a refusal on a route about a private object, the same request
    naming an id no row has must get the same status and the same words (the id aside). (Postings, fairs and
    employers are public: anyone may read them, so a 403 about one tells nothing new.)"""
    failures, compared = [], 0
    for method, path in world.routes:
        r = ROWS[(method, path)]
        if r.hidden is nobody:
            continue
        for role, side in itertools.product(ROLES[1:], SIDES):
            own = side == "own"
            if r.rule(role, own):
                continue
            world.missing = False
            there = ask(world, r, role, own)
            world.missing = True
            try:
                absent = ask(world, r, role, own)
            finally:
                world.missing = False
            compared += 1
            if (there.status_code, _words(there)) != (absent.status_code, _words(absent)):
                failures.append(
                    f"{method} {path} as {role} on {side}: {there.status_code} {there.text[:120]} "
                    f"but a missing id {absent.status_code} {absent.text[:120]}"
                )
    assert compared > 25
    assert failures == [], "\n".join(failures)


def _words(response: httpx.Response) -> str:
    """The message with every number blanked: the two ids differ, nothing else may."""
    import re

    try:
        body = response.json()
    except ValueError:
        return response.text
    message = body.get("message", "") if isinstance(body, dict) else ""
    return re.sub(r"\d+", "#", str(message))
