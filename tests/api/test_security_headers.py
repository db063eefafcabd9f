"""Every response carries the security headers; every HTML page a content security policy that forbids framing."""

from __future__ import annotations

import re

import httpx
import pytest

from app.api.security_headers import DOCS_POLICY, PAGE_POLICY, docs_policy


@pytest.mark.parametrize("path", ["/dashboard", "/kiosk", "/console"])
def test_html_pages_forbid_framing_and_foreign_scripts(api: httpx.Client, path: str) -> None:
    page = api.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.headers["content-security-policy"] == PAGE_POLICY
    assert "script-src 'self';" in PAGE_POLICY and "frame-ancestors 'none'" in PAGE_POLICY
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["referrer-policy"] == "no-referrer"


def test_the_console_runs_only_its_own_files_under_that_policy(api: httpx.Client) -> None:
    """No inline script or handler (the policy would refuse it) and nothing from elsewhere (no internet there)."""
    page = api.get("/console").text
    scripts = re.findall(r"<script([^>]*)>", page)
    assert scripts and all('src="/console/assets/' in attrs for attrs in scripts)
    assert not re.search(r"\son[a-z]+=", page) and "http" not in page.replace('href="data:,"', "")
    for name in ("main.js", "api.js", "upload.js", "console.css"):
        asset = api.get(f"/console/assets/{name}")
        assert asset.status_code == 200 and "http://" not in asset.text and "https://" not in asset.text, name
        assert asset.headers["content-type"].split(";")[0] in ("text/javascript", "text/css"), name


def test_the_api_docs_get_their_own_policy(api: httpx.Client) -> None:
    for path in ("/docs", "/redoc"):
        page = api.get(path)
        assert page.status_code == 200
        assert page.headers["content-security-policy"] == docs_policy(page.text)
        assert page.headers["x-frame-options"] == "DENY"
    assert api.get("/redoc").headers["content-security-policy"] == DOCS_POLICY  # no inline script to allow


def test_the_docs_policy_allows_only_this_service_and_the_pages_own_inline_script(api: httpx.Client) -> None:
    assert "http" not in DOCS_POLICY and "'unsafe-inline'" not in DOCS_POLICY.split("script-src")[1].split(";")[0]
    policy = api.get("/docs").headers["content-security-policy"]
    script_sources = policy.split("script-src ")[1].split(";")[0].split()
    assert script_sources[0] == "'self'" and len(script_sources) == 2 and script_sources[1].startswith("'sha256-")


def test_json_and_errors_are_never_sniffed_as_something_else(api: httpx.Client) -> None:
    for response in (api.get("/v1/jobs"), api.get("/v1/jobs/999999"), api.post("/v1/jobs", json={})):
        assert response.headers["x-content-type-options"] == "nosniff", response.status_code
        assert "content-security-policy" not in response.headers  # not a page: nothing to run
