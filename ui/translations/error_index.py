"""The core's source read with ``ast`` and indexed for ``core_errors.py``: each module's
string constants, functions and imports, the error classes (``AssistantError`` and
everything under it, found by their bases, with the parameters of those whose
``__init__`` is their own), the class members a ``model.fix`` may name, and every place
an error is made or a shown event sent. Kept apart from following names
(``error_follow``) and writing the catalog (``core_errors``): each its own job."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SOURCES = {"assistant": "hearth.assistant", "skills": "hearth.skills", "ui": "hearth.ui"}
"""The folders read, each with its package's name (for relative imports)."""
TERMINAL_ONLY = ("assistant/cli", "assistant/bench", "assistant/testing")
"""Read for following names, but their errors are not collected: the commands, the
benchmarks and the test doubles print theirs in a terminal; the window never shows them."""
CATALOG_NAME = "core_errors_catalog.py"
"""The catalog written into ui/ (not read: it is made from the rest)."""
BASE_ERROR = "AssistantError"
SHOWN_EVENTS = frozenset({"ErrorEvent", "Notice", "StoreDamaged"})
"""Events whose ``message``/``fix`` the window shows as they come."""
SHOWN_RETURNS = {"hearth.assistant.config": ("load_config_or_defaults",)}
"""Functions whose returned texts the window shows as they come (the notice that a
damaged config file was kept aside)."""


@dataclass
class Module:
    name: str
    path: Path
    tree: ast.Module
    shown: bool
    """Whether its errors can reach the window (see ``TERMINAL_ONLY``)."""
    constants: dict[str, ast.expr] = field(default_factory=dict)
    functions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = field(default_factory=dict)
    imports: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    """Local name -> (module, name in it; None where the module itself is imported)."""
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)


class CoreIndex:
    """The core's source, indexed for following names across its modules."""

    def __init__(self, root: Path) -> None:
        self.modules: dict[str, Module] = {}
        files = {
            _module_name(package, path.relative_to(root / folder)): path
            for folder, package in SOURCES.items()
            for path in sorted((root / folder).rglob("*.py"))
            if path != root / "ui" / CATALOG_NAME
        }
        self._names = set(files)
        for name, path in files.items():
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            shown = not any(path.is_relative_to(root / folder) for folder in TERMINAL_ONLY)
            module = Module(name, path, tree, shown)
            self._index(module, is_package=path.name == "__init__.py")
            self.modules[name] = module
        self.errors = self._error_classes()
        self.signatures = self._signatures()
        self.members: dict[str, list[tuple[Module, ast.AST]]] = {}
        for module in self.modules.values():
            for node in ast.walk(module.tree):
                if isinstance(node, ast.ClassDef):
                    for item in node.body:
                        self._member(module, item)

    def _index(self, module: Module, is_package: bool) -> None:
        package = module.name if is_package else module.name.rpartition(".")[0]
        for statement in module.tree.body:
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target = statement.targets[0]
                if isinstance(target, ast.Name):
                    module.constants[target.id] = statement.value
            elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                if isinstance(statement.target, ast.Name):
                    module.constants[statement.target.id] = statement.value
            elif isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
                module.functions[statement.name] = statement
        for each in ast.walk(module.tree):
            for child in ast.iter_child_nodes(each):
                module.parents[child] = each
        for node in ast.walk(module.tree):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")
                    up = up[: len(up) - node.level + 1]
                    base = ".".join([*up, base] if base else up)
                for alias in node.names:
                    local = alias.asname or alias.name
                    if f"{base}.{alias.name}" in self._names:
                        module.imports[local] = (f"{base}.{alias.name}", None)
                    else:
                        module.imports[local] = (base, alias.name)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        module.imports[alias.asname] = (alias.name, None)

    def _member(self, module: Module, item: ast.stmt) -> None:
        if isinstance(item, ast.FunctionDef) and any(
            isinstance(d, ast.Name) and d.id == "property" for d in item.decorator_list
        ):
            self.members.setdefault(item.name, []).append((module, item))
        elif isinstance(item, ast.Assign) and len(item.targets) == 1:
            target = item.targets[0]
            if isinstance(target, ast.Name):
                self.members.setdefault(target.id, []).append((module, item.value))

    def _signatures(self) -> dict[str, list[str]]:
        """The parameters of each error class whose ``__init__`` is its own, or
        inherited from one that is (``SkillStopped(skill, message, what)``)."""
        classes = {
            node.name: node
            for module in self.modules.values()
            for node in ast.walk(module.tree)
            if isinstance(node, ast.ClassDef) and node.name in self.errors
        }

        def signature(name: str, seen: frozenset[str] = frozenset()) -> list[str] | None:
            node = classes.get(name)
            if node is None or name in seen:
                return None
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    return [a.arg for a, _ in parameters(item)][1:]
            for base in node.bases:
                found = signature(_last(base), seen | {name})
                if found is not None:
                    return found
            return None

        return {name: found for name in classes if (found := signature(name)) is not None}

    def _error_classes(self) -> set[str]:
        errors = {BASE_ERROR}
        classes = [
            node
            for module in self.modules.values()
            for node in ast.walk(module.tree)
            if isinstance(node, ast.ClassDef)
        ]
        grew = True
        while grew:
            grew = False
            for node in classes:
                if node.name not in errors and any(_last(b) in errors for b in node.bases):
                    errors.add(node.name)
                    grew = True
        return errors

    # --- the constructions -----------------------------------------------------------------

    def constructions(self) -> Iterator[tuple[Module, ast.Call | ast.Return, str, ast.expr | None]]:
        """(module, call, "message" or "fix", the argument) for every error made or
        shown event sent (and each error class's ``super().__init__``)."""
        for module in self.modules.values():
            if not module.shown:
                continue
            for node in ast.walk(module.tree):
                if not isinstance(node, ast.Call):
                    continue
                called = _last(node.func)
                made = called in self.errors or called in SHOWN_EVENTS
                if not made and not (
                    called == "__init__" and self._inside_error_class(module, node)
                ):
                    continue
                keywords = {k.arg: k.value for k in node.keywords}
                parameters = self.signatures.get(called, ["message", "fix"])
                for role in ("message", "fix"):
                    if role not in parameters:
                        continue  # the class gives it itself (its super().__init__)
                    index = parameters.index(role)
                    given = node.args[index] if len(node.args) > index else keywords.get(role)
                    yield module, node, role, given

    def shown_returns(self) -> Iterator[tuple[Module, ast.Return, ast.expr]]:
        """(module, return, value) for each value a ``SHOWN_RETURNS`` function gives back
        (each item of a returned tuple)."""
        for name, functions in SHOWN_RETURNS.items():
            module = self.modules[name]
            for function in functions:
                for node in ast.walk(module.functions[function]):
                    if isinstance(node, ast.Return) and node.value is not None:
                        value = node.value
                        yield from ((module, node, v) for v in getattr(value, "elts", [value]))

    def _inside_error_class(self, module: Module, node: ast.AST) -> bool:
        cls = enclosing(module, node, ast.ClassDef)
        return isinstance(cls, ast.ClassDef) and cls.name in self.errors


def _module_name(package: str, relative: Path) -> str:
    """``hearth.assistant.models.resolution`` for ``models/resolution.py``."""
    parts = [p for p in relative.with_suffix("").parts if p != "__init__"]
    return ".".join([package, *parts])


def _last(expr: ast.expr) -> str:
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    return ""


def enclosing(module: Module, node: ast.AST, kind: type) -> ast.AST | None:
    while node in module.parents:
        node = module.parents[node]
        if isinstance(node, kind):
            return node
    return None


def parameters(function: ast.FunctionDef) -> list[tuple[ast.arg, ast.expr | None]]:
    args = function.args
    positional = [*args.posonlyargs, *args.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults))
    pairs = list(zip(positional, [*defaults, *args.defaults], strict=True))
    return pairs + list(zip(args.kwonlyargs, args.kw_defaults, strict=True))
