"""The compact id -> band map against a plain dict, across overlay merges."""

from __future__ import annotations

import numpy as np
import pytest

from matching import idmap
from matching.idmap import IdMap


@pytest.mark.parametrize("overlay_min", [1, 8, 4096])
def test_random_writes_agree_with_a_dict(monkeypatch: pytest.MonkeyPatch, overlay_min: int) -> None:
    monkeypatch.setattr(idmap, "OVERLAY_MIN", overlay_min)
    rng = np.random.default_rng(overlay_min)
    truth = {int(i): int(b) for i, b in zip(rng.choice(10_000, 500, replace=False), rng.integers(-50, 50, 500))}
    mapped = IdMap.of(np.array(list(truth), np.int64), np.array(list(truth.values())))
    for _ in range(300):
        removed = {int(i) for i in rng.integers(0, 10_000, int(rng.integers(0, 6)))}
        added = {
            int(i): int(b) for i, b in zip(rng.integers(0, 10_000, int(rng.integers(0, 6))), rng.integers(-50, 50, 6))
        }
        before, size_before, ids_before = mapped, len(mapped), sorted(mapped.all_ids())
        mapped = mapped.changed(removed, added)
        for i in removed:
            truth.pop(i, None)
        truth.update(added)
        assert len(mapped) == len(truth)
        # The old map is never changed in place: readers holding it keep a consistent view.
        assert len(before) == size_before and sorted(before.all_ids()) == ids_before
    assert sorted(mapped.all_ids()) == sorted(truth)
    assert all(mapped.get(i) == b for i, b in truth.items())
    assert mapped.get(10_001) is None and 10_001 not in mapped and next(iter(truth)) in mapped
