"""Request dependencies: the per-request transaction and the matching objects."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from app.runtime import Runtime
from app.services.employments import EmploymentRules
from app.services.runtime import Matcher
from app.services.stats import StatsRules


def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def get_session(runtime: Annotated[Runtime, Depends(get_runtime)]) -> Iterator[Session]:
    """Commit or roll back once per request, before the response is sent (scope="function").

    After a commit that touched an indexed row, this process catches up with the change feed at
    once, so the caller's next request already sees its own write.
    """
    session = runtime.sessions()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
    if session.info.get("index_changed"):
        runtime.feed.catch_up()


def get_matcher(runtime: Annotated[Runtime, Depends(get_runtime)]) -> Matcher:
    return runtime.matcher


def get_stats_rules(runtime: Annotated[Runtime, Depends(get_runtime)]) -> StatsRules:
    return StatsRules.from_settings(runtime.settings)


def get_employment_rules(runtime: Annotated[Runtime, Depends(get_runtime)]) -> EmploymentRules:
    return EmploymentRules.from_settings(runtime.settings)


SessionDep = Annotated[Session, Depends(get_session, scope="function")]
MatcherDep = Annotated[Matcher, Depends(get_matcher)]
RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
StatsRulesDep = Annotated[StatsRules, Depends(get_stats_rules)]
EmploymentRulesDep = Annotated[EmploymentRules, Depends(get_employment_rules)]
