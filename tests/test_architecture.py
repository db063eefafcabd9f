"""Layering holds: matching is framework-free, imports are light, dependencies flow one way, routers call services."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ROUTER_MODULES = ["employers", "events", "fairs", "inbox", "jobs", "jobseekers", "matches", "uploads"]
ROUTE_DECORATORS = {"get", "post", "put", "patch", "delete"}
DATABASE_CALLS = {"execute", "query", "scalar", "scalars", "get", "add", "delete", "flush", "commit"}


def run_python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env = {k: v for k, v in env.items() if not k.startswith("JOBCIRCLE_")}
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def modules(package: str) -> list[Path]:
    found = sorted((ROOT / package).rglob("*.py"))
    assert found, f"no modules under {package}"
    return found


def imported_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            names.update(f"{base}.{alias.name}" for alias in node.names)
            names.add(base)
    return names


def forbidden_imports(package: str, prefixes: tuple[str, ...]) -> dict[str, list[str]]:
    found = {}
    for path in modules(package):
        bad = sorted(n for n in imported_names(path) if any(n == p or n.startswith(f"{p}.") for p in prefixes))
        if bad:
            found[str(path.relative_to(ROOT))] = bad
    return found


def test_matching_imports_no_web_framework_or_orm(tmp_path: Path) -> None:
    code = (
        "import importlib, pkgutil, sys, matching\n"
        "for m in pkgutil.iter_modules(matching.__path__): importlib.import_module('matching.' + m.name)\n"
        "assert 'matching.coding' in sys.modules\n"
        "loaded = {'fastapi', 'sqlalchemy', 'starlette'} & set(sys.modules)\n"
        "assert not loaded, sorted(loaded)"
    )
    result = run_python(code, tmp_path)
    assert result.returncode == 0, result.stderr


def test_importing_the_app_loads_no_model_and_writes_no_files(tmp_path: Path) -> None:
    code = (
        "import sys, app.main, app.cli.main\n"
        "heavy = {'torch', 'sentence_transformers'} & set(sys.modules)\n"
        "assert not heavy, sorted(heavy)"
    )
    result = run_python(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("package", "prefixes"),
    [
        pytest.param("app/services", ("fastapi", "starlette", "app.api"), id="services-know-no-http"),
        pytest.param("app/models", ("app.services", "app.api", "app.schemas"), id="models-know-no-upper-layer"),
        pytest.param("matching", ("app",), id="matching-knows-no-app"),
    ],
)
def test_imports_flow_one_way(package: str, prefixes: tuple[str, ...]) -> None:
    assert forbidden_imports(package, prefixes) == {}


def is_route(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return isinstance(target, ast.Attribute) and target.attr in ROUTE_DECORATORS


def database_calls(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    calls = []
    for node in ast.walk(function):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id == "select":
            calls.append("select(")
        elif (
            isinstance(node.func, ast.Attribute)
            and node.func.attr in DATABASE_CALLS
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "session"
        ):
            calls.append(f"session.{node.func.attr}(")
    return calls


@pytest.mark.parametrize("name", ROUTER_MODULES)
def test_routers_leave_queries_to_services(name: str) -> None:
    path = ROOT / "app" / "api" / f"{name}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    routes = [
        f
        for f in ast.walk(tree)
        if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(is_route(d) for d in f.decorator_list)
    ]
    assert routes, f"no routes found in {path}"
    offenders = {f.name: calls for f in routes if (calls := database_calls(f))}
    assert offenders == {}
    assert "select(" not in path.read_text(encoding="utf-8")
