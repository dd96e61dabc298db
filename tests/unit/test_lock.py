"""The lock of exact versions: complete, consistent, hash-checked, and what is installed.

setup.sh (and so CI) installs requirements/lock.txt; the packaged app is built from
requirements/lock-bundle.txt. Both come from one resolution (requirements/lock.sh).
"""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import distributions
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
REQ = ROOT / "requirements"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def read_lock(name: str) -> dict[str, list[tuple[str, str, int]]]:
    """name -> [(version, marker, number of hashes)] for every pin in the file."""
    pins: dict[str, list[tuple[str, str, int]]] = {}
    current: list[tuple[str, str, int]] | None = None
    for line in (REQ / name).read_text().splitlines():
        m = PIN.match(line)
        if m:
            current = pins.setdefault(canonicalize_name(m.group(1)), [])
            current.append((m.group(2), (m.group(3) or "").strip(), 0))
        elif line.strip().startswith("--hash=sha256:") and current:
            version, marker, hashes = current[-1]
            current[-1] = (version, marker, hashes + 1)
        elif line.strip() and not line.lstrip().startswith(("#", "--hash")):
            pytest.fail(f"{name}: a line that is no pin: {line!r}")
    return pins


def applies(marker: str) -> bool:
    return not marker or Marker(marker).evaluate()


def version_here(pins: dict[str, list[tuple[str, str, int]]], name: str) -> str | None:
    for version, marker, _ in pins.get(canonicalize_name(name), []):
        if applies(marker):
            return version
    return None


def inputs(name: str) -> list[Requirement]:
    lines = (REQ / name).read_text().splitlines()
    return [Requirement(line.split("#")[0].strip()) for line in lines if line.split("#")[0].strip()]


def app_dependencies() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return [Requirement(d) for d in project["dependencies"]]


LOCK = read_lock("lock.txt")
BUNDLE = read_lock("lock-bundle.txt")


@pytest.mark.parametrize("lock_name", ["lock.txt", "lock-bundle.txt"])
def test_every_dependency_of_the_app_is_pinned_within_its_range(lock_name: str) -> None:
    pins = read_lock(lock_name)
    wanted = app_dependencies() + inputs("app.in") + inputs("build.in") + inputs("files-only.in")
    if lock_name == "lock.txt":
        wanted += inputs("dev.in")
    for req in wanted:
        version = version_here(pins, req.name)
        assert version is not None, f"{req.name} is not pinned in {lock_name}"
        assert req.specifier.contains(version, prereleases=True), (req, version)


def test_every_pin_is_exact_and_hash_checked() -> None:
    for pins in (LOCK, BUNDLE):
        for name, entries in pins.items():
            assert all(hashes >= 1 for _, _, hashes in entries), f"{name} has no hash"


def test_the_bundle_gets_the_same_versions_as_ci() -> None:
    for name, entries in BUNDLE.items():
        assert name in LOCK, f"{name} is in lock-bundle.txt but not in lock.txt"
        for version, _, _ in entries:  # markers may differ: a smaller set, other reasons
            assert version in [v for v, _, _ in LOCK[name]], (name, version)
    # The bundle carries no test or development tool.
    for tool in ("pytest", "pytest-qt", "ruff", "mypy"):
        assert canonicalize_name(tool) not in BUNDLE


def test_the_known_crashing_qt_release_is_excluded() -> None:
    pyside = next(r for r in app_dependencies() if r.name == "PySide6-Essentials")
    assert not pyside.specifier.contains("6.12.0")
    assert version_here(LOCK, "PySide6-Essentials") == version_here(LOCK, "shiboken6")


def test_this_environment_holds_exactly_the_locked_versions() -> None:
    """What the tests run against is what the lock says (setup.sh installed it)."""
    installed = {canonicalize_name(d.metadata["Name"]): d.version for d in distributions()}
    wrong = {
        name: (installed.get(name), version)
        for name in LOCK
        if (version := version_here(LOCK, name)) is not None
        and name in installed
        and installed[name] != version
    }
    assert not wrong, f"installed vs locked: {wrong}; run ./setup.sh"
    missing = [
        name for name in LOCK if version_here(LOCK, name) is not None and name not in installed
    ]
    assert not missing, f"locked but not installed: {missing}; run ./setup.sh"
