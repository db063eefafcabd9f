"""Two processes starting at once both seed the community registry: the second skips what the first inserted
(it used to fail with a UNIQUE error, so one of two fresh `serve --workers 2` processes died)."""

from __future__ import annotations

import threading
import time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import make_engine
from app.models import Community
from app.services.places.communities import seed_communities
from matching.gazetteer import Gazetteer, Precision


def test_concurrent_first_starts_seed_the_registry_once(migrated_url: str) -> None:
    engine = make_engine(migrated_url)
    everyone = sum(1 for p in Gazetteer.load().places() if p.precision is Precision.COMMUNITY)
    first_added: list[int] = []
    inserted = threading.Event()

    def first_start() -> None:
        with Session(engine) as session:
            first_added.append(seed_communities(session))  # inserted, not yet committed
            inserted.set()
            time.sleep(1.0)  # the second start reads an empty table meanwhile
            session.commit()

    try:
        thread = threading.Thread(target=first_start)
        thread.start()
        assert inserted.wait(60)
        with Session(engine) as session:
            second_added = seed_communities(session)  # waits for the first's rows, then skips them
            session.commit()
        thread.join(60)
        with Session(engine) as session:
            stored = session.scalar(select(func.count()).select_from(Community))
            again = seed_communities(session)
    finally:
        engine.dispose()
    assert first_added == [everyone] and second_added == 0 and again == 0
    assert stored == everyone
