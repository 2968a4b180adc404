"""Dependencies point one way (import-linter contracts in pyproject.toml), settings are never read
at import time, modules stay small enough to read, and every domain says what it is."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "rihai"


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert result.returncode == 0, result.stdout + result.stderr


def test_importing_the_package_reads_no_environment():
    code = ("import os, importlib, pkgutil, rihai\n"
            "seen = []\n"
            "orig = os.environ.__class__.__getitem__\n"
            "def spy(self, k):\n"
            "    if k.startswith('RIHAI_'): seen.append(k)\n"
            "    return orig(self, k)\n"
            "os.environ.__class__.__getitem__ = spy\n"
            "for m in ['rihai.app', 'rihai.settings', 'rihai.cases.service', 'rihai.access.service']:\n"
            "    importlib.import_module(m)\n"
            "assert not seen, seen\n")
    env = {**os.environ, "RIHAI_DATABASE_URL": "sqlite:////nonexistent/x.db"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr


def test_modules_stay_readable():
    too_long = {str(p.relative_to(SRC)): n for p in SRC.rglob("*.py")
                if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not too_long, f"split these modules by sub-noun: {too_long}"


def test_every_domain_package_says_what_it_is():
    # A domain (a package with a service.py front door, at any depth) is read from its
    # __init__.py first: what it owns, its tables, its public verbs.
    silent = [str(d.relative_to(SRC)) for d in sorted({p.parent for p in SRC.rglob("service.py")})
              if not (d / "__init__.py").is_file()
              or not ast.get_docstring(ast.parse((d / "__init__.py").read_text(encoding="utf-8")))]
    assert not silent, f"give these domain packages an __init__.py docstring: {silent}"


# Front doors beyond service.py and the package __init__: access publishes its building blocks.
EXTRA_FRONT_DOORS = {"access": {"actors", "permissions", "deps", "policy", "audit"}}


def test_every_module_of_a_domain_is_a_front_door_or_protected():
    """A module added to a domain is protected (pyproject.toml's ``protected`` contracts, one per
    domain or sub-package, named "<domain>: ...") unless it is a front door, so a back door cannot
    open by forgetting to list it."""
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    guarded = {c["name"].split(":")[0]: set(c["protected_modules"]) for c in contracts if c["type"] == "protected"}
    left_out = []
    for domain, protected in sorted(guarded.items()):
        doors = {"__init__", "service"} | EXTRA_FRONT_DOORS.get(domain, set())
        for path in sorted(SRC.joinpath(*domain.split(".")).iterdir()):
            is_package = path.is_dir() and (path / "__init__.py").exists()
            if not (is_package or path.suffix == ".py") or path.stem in doors:
                continue
            if f"rihai.{domain}.{path.stem}" not in protected:
                left_out.append(f"rihai.{domain}.{path.stem}")
    assert not left_out, f"list these in their domain's protected contract, or publish them: {left_out}"
    # Every domain (a package with a service.py front door, at any depth) has such a contract.
    domains = {".".join(p.parent.relative_to(SRC).parts) for p in SRC.rglob("service.py")}
    assert domains <= set(guarded), f"give these domains a protected contract: {sorted(domains - set(guarded))}"
