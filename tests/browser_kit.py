"""Debian's headless Chromium for the page tests (dashboard, console, kiosk, docs): where it is, how it starts,
when the tests skip, and where their screenshots go."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = Path(os.environ.get("JOBCIRCLE_SCREENSHOTS", "")) if os.environ.get("JOBCIRCLE_SCREENSHOTS") else None

# `bash .ci/run` installs chromium and sets JOBCIRCLE_REQUIRE_CHROMIUM=1, so there a missing one fails, not skips
needs_chromium = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and os.environ.get("JOBCIRCLE_REQUIRE_CHROMIUM") != "1",
    reason="needs Debian's chromium (bash .ci/run installs it)",
)


@contextmanager
def launched() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()
