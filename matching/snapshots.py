"""Snapshots on disk: an .npz of arrays with a JSON header, replaced atomically."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np


def save_snapshot(path: Path, header: Mapping[str, Any], arrays: Mapping[str, Any]) -> None:
    """An .npz of `arrays` and a JSON `header`, written atomically: readers of `path` see the old or the new
    file, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            np.savez(tmp, header=np.array(json.dumps(header, ensure_ascii=False)), **arrays)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
