"""The layout's rules, checked on the source: which package may import which, and how
long a module may grow. Every import counts, also those inside functions and under
``TYPE_CHECKING``; the files are parsed, never imported."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = {"assistant": "hearth.assistant", "ui": "hearth.ui", "skills": "hearth.skills"}
"""Folder in the repository -> the package it is installed as."""

SKILL_API = (
    "hearth.assistant.skill",
    "hearth.assistant.slots",
    "hearth.assistant.errors",
    "hearth.assistant.speech_text",
    "hearth.assistant.spoken_numbers",
    "hearth.assistant.config",
)
"""What a skill may import from the core: what a plugin author is given."""

MAX_LINES = 400
TOO_LONG_FOR_NOW: set[str] = set()


def _source_files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def _module_name(path: Path) -> str:
    folder, *rest = path.relative_to(ROOT).with_suffix("").parts
    parts = [PACKAGES[folder], *rest]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(name: str) -> bool:
    """Whether ``name`` is a module or package of this repository."""
    for folder, package in PACKAGES.items():
        if name == package or name.startswith(package + "."):
            path = ROOT / folder / Path(*name.split(".")[2:])
            return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()
    return False


def imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, module) for every import in the file. ``from a import b`` gives ``a.b`` when
    that is one of this repository's modules, else ``a``; relative imports are resolved."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            for alias in node.names:
                full = f"{source}.{alias.name}"
                yield node.lineno, full if _is_module(full) else source


def _under(module: str, *packages: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def _where(path: Path, line: int) -> str:
    return f"{path.relative_to(ROOT)}:{line}"


def test_the_scanner_sees_imports_inside_functions() -> None:
    found = {m for _, m in imports(ROOT / "assistant" / "cli" / "commands.py")}
    assert "hearth.ui.app" in found  # imported inside cmd_app
    assert "hearth.assistant.cli.parser" in found
    relative = {m for _, m in imports(ROOT / "ui" / "settings_dialog.py")}
    assert "hearth.ui.settings_tabs" in relative


def test_the_core_never_imports_qt_or_the_app() -> None:
    broken = [
        f"{_where(path, line)} imports {module}: the core (assistant/ outside cli/ and "
        "bench/) must run without Qt and without the desktop app"
        for path in _source_files("assistant")
        if not _under(_module_name(path), "hearth.assistant.cli", "hearth.assistant.bench")
        for line, module in imports(path)
        if _under(module, "PySide6", "hearth.ui")
    ]
    assert not broken, "\n".join(broken)


def test_only_the_command_line_and_the_benchmarks_import_the_app() -> None:
    broken = [
        f"{_where(path, line)} imports {module}: only hearth.assistant.cli and "
        "hearth.assistant.bench may import hearth.ui"
        for folder in ("assistant", "skills")
        for path in _source_files(folder)
        if not _under(_module_name(path), "hearth.assistant.cli", "hearth.assistant.bench")
        for line, module in imports(path)
        if _under(module, "hearth.ui")
    ]
    assert not broken, "\n".join(broken)


def test_the_app_never_imports_the_command_line() -> None:
    broken = [
        f"{_where(path, line)} imports {module}: hearth.ui must not import "
        "hearth.assistant.cli (the command line imports the app, not the other way)"
        for path in _source_files("ui")
        for line, module in imports(path)
        if _under(module, "hearth.assistant.cli")
    ]
    assert not broken, "\n".join(broken)


def test_built_in_skills_use_only_the_skill_api() -> None:
    broken = [
        f"{_where(path, line)} imports {module}: a built-in skill may import from the "
        f"core only what a plugin author can ({', '.join(SKILL_API)})"
        for path in _source_files("skills")
        for line, module in imports(path)
        if _under(module, "hearth.assistant") and not _under(module, *SKILL_API)
    ]
    assert not broken, "\n".join(broken)


def test_no_module_is_over_400_lines() -> None:
    broken = []
    for folder in PACKAGES:
        for path in _source_files(folder):
            name = path.relative_to(ROOT).as_posix()
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > MAX_LINES and name not in TOO_LONG_FOR_NOW:
                broken.append(f"{name} has {lines} lines (at most {MAX_LINES}): split it by job")
    assert not broken, "\n".join(broken)
    for name in TOO_LONG_FOR_NOW:
        path = ROOT / name
        assert path.is_file(), f"{name} is exempt from the length rule but is gone"
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines > MAX_LINES, f"{name} has {lines} lines now: remove its exemption"


def test_every_package_is_installed() -> None:
    """pyproject.toml lists the packages one by one: a new folder left out of it works
    from the source tree (editable install) but is missing from a wheel and from the
    packaged app ("No module named hearth.assistant.knowledge")."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(project["tool"]["setuptools"]["packages"])
    names = {"assistant": "hearth.assistant", "ui": "hearth.ui", "skills": "hearth.skills"}
    found = set()
    for top, dotted in names.items():
        for init in (ROOT / top).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / top).parts
            found.add(".".join((dotted, *rel)))
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
