"""Layering holds: matching is framework-free, imports are light, dependencies flow one way, routers call services.

Everything here is derived from the tree, so a router, package or module added tomorrow is held to the same rules
without editing this file.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ROUTE_DECORATORS = {"get", "post", "put", "patch", "delete", "head", "api_route"}
DATABASE_CALLS = {"execute", "query", "scalar", "scalars", "get", "add", "delete", "flush", "commit"}
SERVICES = ROOT / "app" / "services"


def run_python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env = {k: v for k, v in env.items() if not k.startswith("JOBCIRCLE_")}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def modules(package: str) -> list[Path]:
    found = sorted((ROOT / package).rglob("*.py"))
    assert found, f"no modules under {package}"
    return found


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(path: Path) -> set[str]:
    """Every module or name the file imports, at any depth (an import inside a function counts too)."""
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


@cache
def import_graph() -> dict[str, frozenset[str]]:
    """Module -> the project modules it imports (a name imported from a module counts as that module)."""
    paths = [*modules("app"), *modules("matching")]
    known = {module_name(p) for p in paths}

    def resolve(name: str) -> str | None:
        while name and name not in known:
            name = name.rpartition(".")[0]
        return name or None

    graph = {}
    for path in paths:
        me = module_name(path)
        targets = {resolve(n) for n in imported_names(path)}
        # a package's __init__ is imported on the way to any of its modules: not an edge worth a cycle
        graph[me] = frozenset(t for t in targets if t and t != me and not me.startswith(f"{t}."))
    return graph


def cycles(graph: dict[str, Iterable[str]]) -> list[list[str]]:
    """The strongly connected components with more than one node (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def service_package(module: str) -> str | None:
    """`app.services.uploads.rows` -> `uploads`; a module at the top of services is its own unit."""
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["app", "services"] else None


def router_modules() -> list[Path]:
    return [p for p in sorted((ROOT / "app" / "api").glob("*.py")) if routes_of(p)]


def routes_of(path: Path) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return [
        f
        for f in ast.walk(tree)
        if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(is_route(d) for d in f.decorator_list)
    ]


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
        pytest.param("app/services", ("fastapi", "starlette", "app.api", "app.cli"), id="services-know-no-http"),
        pytest.param("app/models", ("app.services", "app.api", "app.schemas", "app.cli"), id="models-know-no-upper"),
        pytest.param("app/schemas", ("app.services", "app.api", "app.models", "app.cli"), id="schemas-know-no-upper"),
        pytest.param("app/api", ("app.cli", "sqlalchemy.orm.query"), id="api-knows-no-cli"),
        pytest.param("matching", ("app",), id="matching-knows-no-app"),
    ],
)
def test_imports_flow_one_way(package: str, prefixes: tuple[str, ...]) -> None:
    assert forbidden_imports(package, prefixes) == {}


def test_the_vocabulary_and_config_sit_at_the_bottom() -> None:
    """The shared words import nothing of the app; settings only the vocabulary."""
    graph = import_graph()
    assert {m for m in graph["app.vocabulary"] if m.startswith("app")} == set()
    assert {m for m in graph["app.config"] if m.startswith("app")} <= {"app.vocabulary"}


def test_no_module_imports_itself_through_others() -> None:
    assert cycles(import_graph()) == []


def test_service_packages_depend_on_each_other_without_cycles() -> None:
    """Bounded contexts stack: if uploads uses postings, postings never uses uploads, at any depth."""
    graph: dict[str, set[str]] = {}
    for module, targets in import_graph().items():
        mine = service_package(module)
        if mine is None:
            continue
        graph.setdefault(mine, set())
        graph[mine].update(t for t in map(service_package, targets) if t is not None and t != mine)
    assert len(graph) >= 10, sorted(graph)  # the tree is read: services are packages by bounded context
    assert cycles(graph) == []


def test_services_are_packages_by_bounded_context() -> None:
    """Only cross-cutting pieces stand at the top of app/services; every package says what it owns."""
    loose = sorted(p.stem for p in SERVICES.glob("*.py") if p.stem != "__init__")
    assert loose == ["errors", "health", "idempotency", "paging", "storage", "tables"]
    for package in (p for p in SERVICES.iterdir() if p.is_dir() and p.name != "__pycache__"):
        init = package / "__init__.py"
        assert init.is_file(), f"{package} is not a package"
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), f"{init} says nothing of what it owns"


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


def test_every_router_module_is_found() -> None:
    names = {p.stem for p in router_modules()}
    assert len(names) >= 17, sorted(names)
    assert {"jobs", "jobseekers", "matches", "uploads", "health", "auth"} <= names


@pytest.mark.parametrize("path", router_modules(), ids=lambda p: p.stem)
def test_routers_leave_queries_to_services(path: Path) -> None:
    offenders = {f.name: calls for f in routes_of(path) if (calls := database_calls(f))}
    assert offenders == {}
    assert "select(" not in path.read_text(encoding="utf-8")
    assert sorted(n for n in imported_names(path) if n.startswith(("app.models", "sqlalchemy"))) == []
