"""One signed-in tab on the staff console for the page tests: it signs in through the form, opens sections, takes
screenshots, and fails the test on any script error or resource the page's policy refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.browser_kit import SHOTS

WIDTH = 1024  # the smallest screen a clerk's desk has
UNLABELLED = """() => [...document.querySelectorAll('input, select, textarea')]
    .filter((c) => c.type !== 'hidden' && !c.labels.length && !c.getAttribute('aria-label'))
    .map((c) => c.id || c.name || c.outerHTML)"""


class Console:
    """One browser tab on /console, with the page errors and policy refusals it saw."""

    def __init__(self, browser: Any, base_url: str, clerk: dict[str, str]) -> None:
        self.context = browser.new_context(
            viewport={"width": WIDTH, "height": 768}, locale="zh-CN", accept_downloads=True
        )
        # Playwright's 30 s default was once overrun under CI's two workers on two busy cores (the same step passes
        # alone in a few seconds); a slow step still fails, a minute later
        self.context.set_default_timeout(60_000)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", self._console)
        self.page.on("response", self._response)
        self.base_url = base_url
        self.clerk = clerk
        self.page.goto(f"{base_url}/console")
        self.page.wait_for_selector("body[data-ready]")

    def _console(self, message: Any) -> None:
        # A refused API call (the 422 a test provokes) is logged as a failed load: the page shows it instead.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.errors.append(message.text)  # script errors, and what the content security policy refused

    def _response(self, response: Any) -> None:
        if response.status >= 400 and "/v1/" not in response.url:  # the page, its scripts and styles
            self.errors.append(f"{response.status} {response.url}")

    def sign_in(self) -> None:
        self.page.wait_for_selector("body[data-ready=signin]")
        self.page.fill("#signin-phone", self.clerk["phone"])
        self.page.fill("#signin-password", self.clerk["password"])
        self.page.click("#signin button[type=submit]")
        self.page.wait_for_selector("body[data-ready=upload]")

    def open(self, section: str) -> None:
        self.page.click(f"#nav a[data-section={section}]")
        self.page.wait_for_selector(f"body[data-ready={section}]")

    def shot(self, name: str, tmp_path: Path) -> None:
        path = (SHOTS or tmp_path) / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(path), full_page=True)

    def close(self) -> None:
        assert self.errors == [], self.errors  # no script error, no refused resource (CSP) on the console
        self.context.close()

    def unlabelled(self) -> list[str]:
        """The controls on the page no label names (basic accessibility: every one must have one)."""
        found: list[str] = self.page.evaluate(UNLABELLED)
        return found
