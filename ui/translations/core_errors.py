"""Find every error text the core can show, as templates, and write them to
``ui/core_errors_catalog.py`` for lupdate (context ``errors``).

The core builds its errors in English, mostly as f-strings
(``f"The language model {model.path} could not be loaded ({exc})."``), and never
imports Qt. This reads the core's source with ``ast`` and turns each message and fix
given to an ``AssistantError`` (or a subclass, found by its bases), or carried by the
events the window shows as problems (``ErrorEvent``, ``Notice``, ``StoreDamaged``), into
a template: the literal words kept, each interpolated value a named placeholder
(``"The language model {path} could not be loaded ({exc})."``). The window matches an
English message against them and shows the translation with the values put back
(``ui/core_texts.core_error``); so the ~200 raise sites stay as they are.

Followed, so that a template is found where the text is written: string constants of a
module (``FIX = f"... {PACKAGE}=={VERSION} ..."``), a function's local variables and
its parameters' defaults, the return values of functions called (``reinstall_fix(m)``,
``data.fix()``, across the core's imports), properties and class attributes named by an
attribute (``model.fix``), ``a if c else b``, ``a or b`` and ``a + b``. Not followed
(counted as skipped): another error's words passed on (``exc.message``), texts that
come from data or another process (``answer["message"]``), and templates without words
of their own (``f"{exc}"``).

Run it from anywhere (``update.sh`` does, before lupdate); ``--check`` only says
whether the catalog is current. ``tests/unit/test_window_i18n.py`` runs it too.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = {"assistant": "hearth.assistant", "skills": "hearth.skills", "ui": "hearth.ui"}
"""The folders read, each with its package's name (for relative imports)."""
TERMINAL_ONLY = ("assistant/cli", "assistant/bench", "assistant/testing")
"""Read for following names, but their errors are not collected: the commands, the
benchmarks and the test doubles print theirs in a terminal; the window never shows them."""
CATALOG = ROOT / "ui" / "core_errors_catalog.py"
CONTEXT = "errors"
BASE_ERROR = "AssistantError"
SHOWN_EVENTS = frozenset({"ErrorEvent", "Notice", "StoreDamaged"})
"""Events whose ``message``/``fix`` the window shows as they come."""
SHOWN_RETURNS = {"hearth.assistant.config": ("load_config_or_defaults",)}
"""Functions whose returned texts the window shows as they come (the notice that a
damaged config file was kept aside)."""
PASSED_ON = frozenset({"message", "fix"})
"""A caught error's own words: extracted where that one was made."""
_NAME = re.compile(r"[a-z][a-z0-9_]*")
_DEPTH = 8
_CHOICES = 4
"""At most this many words a value can be, for each to make a template of its own."""


@dataclass(frozen=True)
class Hole:
    """A value put into the text: ``expr`` is its source, ``name`` its placeholder."""

    name: str
    expr: str


Part = str | Hole
Parts = tuple[Part, ...]


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


@dataclass
class Coverage:
    """What became of each message and fix given to an error or shown event."""

    constructions: int = 0
    extracted: int = 0
    """Arguments that gave at least one template."""
    skipped: Counter[str] = field(default_factory=Counter)
    """Arguments that gave none, by why."""
    where: list[str] = field(default_factory=list)
    """Each skipped one: file:line and its code."""
    no_fix: int = 0


class Core:
    """The core's source, indexed for following names across its modules."""

    def __init__(self, root: Path = ROOT) -> None:
        self.modules: dict[str, Module] = {}
        files = {
            _module_name(package, path.relative_to(root / folder)): path
            for folder, package in SOURCES.items()
            for path in sorted((root / folder).rglob("*.py"))
            if path != root / "ui" / CATALOG.name
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
                    return [a.arg for a, _ in _parameters(item)][1:]
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
        """(module, return, text) for each text a ``SHOWN_RETURNS`` function gives back
        (each string of a returned tuple)."""
        for name, functions in SHOWN_RETURNS.items():
            module = self.modules[name]
            for function in functions:
                for node in ast.walk(module.functions[function]):
                    if isinstance(node, ast.Return) and node.value is not None:
                        values = (
                            node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
                        )
                        for value in values:
                            if any(any(t) for t in self.texts(module, value) or []):
                                yield module, node, value

    def _inside_error_class(self, module: Module, node: ast.AST) -> bool:
        cls = _enclosing(module, node, ast.ClassDef)
        return isinstance(cls, ast.ClassDef) and cls.name in self.errors

    # --- following an expression to its texts ---------------------------------------------

    def texts(self, module: Module, expr: ast.expr, depth: int = 0) -> list[Parts] | None:
        """Every text ``expr`` can be, as parts; None where it cannot be known here."""
        if depth > _DEPTH:
            return None
        deeper = depth + 1
        if isinstance(expr, ast.Constant):
            return [(expr.value,)] if isinstance(expr.value, str) else None
        if isinstance(expr, ast.JoinedStr):
            variants: list[Parts] = [()]
            for value in expr.values:
                if isinstance(value, ast.Constant):
                    variants = [(*v, str(value.value)) for v in variants]
                elif isinstance(value, ast.FormattedValue):
                    choices = self._choices(module, value)
                    if choices is None:
                        hole = Hole(_hole_name(value.value), ast.unparse(value.value))
                        variants = [(*v, hole) for v in variants]
                    else:
                        variants = [(*v, c) for v in variants for c in choices]
            return variants
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            left = self.texts(module, expr.left, deeper)
            right = self.texts(module, expr.right, deeper)
            if left is None and right is None:
                return None
            left = left or [(Hole(_hole_name(expr.left), ast.unparse(expr.left)),)]
            right = right or [(Hole(_hole_name(expr.right), ast.unparse(expr.right)),)]
            return [a + b for a in left for b in right]
        if isinstance(expr, ast.IfExp):
            return self._either(module, [expr.body, expr.orelse], deeper)
        if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.Or):
            return self._either(module, expr.values, deeper)
        if isinstance(expr, ast.Name):
            return self._name(module, expr, deeper)
        if isinstance(expr, ast.Call):
            return self._call(module, expr, deeper)
        if isinstance(expr, ast.Attribute):
            return self._attribute(module, expr, deeper)
        return None

    def _choices(self, module: Module, value: ast.FormattedValue) -> list[str] | None:
        """The words a local variable is always one of (``what = "microphone" if ...
        else "speaker or headphones"``), so "No {what} found." becomes one template
        each, translated whole; None for anything else (it stays a placeholder)."""
        name = value.value
        if not isinstance(name, ast.Name) or value.format_spec or value.conversion != -1:
            return None
        function = _enclosing(module, name, ast.FunctionDef)
        if not isinstance(function, ast.FunctionDef):
            return None
        values = [
            node.value
            for node in ast.walk(function)
            if isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name.id for t in node.targets)
        ]
        words = [_words(v) for v in values]
        if not words or any(w is None for w in words):
            return None
        found = sorted({w for ws in words for w in ws or []})
        return found if len(found) <= _CHOICES else None

    def _either(self, module: Module, exprs: list[ast.expr], depth: int) -> list[Parts] | None:
        found = [self.texts(module, e, depth) for e in exprs]
        known = [t for f in found if f for t in f]
        return known or None

    def _name(self, module: Module, expr: ast.Name, depth: int) -> list[Parts] | None:
        function = _enclosing(module, expr, ast.FunctionDef)
        if isinstance(function, ast.FunctionDef):
            values = [
                node.value
                for node in ast.walk(function)
                if isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == expr.id for t in node.targets)
            ]
            if values:
                return self._either(module, values, depth)
            default = _default(function, expr.id)
            if default is not None:
                return self.texts(module, default, depth)
            if _is_parameter(function, expr.id):
                return None
        if expr.id in module.constants:
            return self.texts(module, module.constants[expr.id], depth)
        target = self._imported(module, expr.id)
        if target is not None:
            other, name = target
            if name in other.constants:
                return self.texts(other, other.constants[name], depth)
        return None

    def _imported(self, module: Module, local: str) -> tuple[Module, str] | None:
        source = module.imports.get(local)
        if source is None or source[1] is None or source[0] not in self.modules:
            return None
        return self.modules[source[0]], source[1]

    def _call(self, module: Module, expr: ast.Call, depth: int) -> list[Parts] | None:
        func = expr.func
        if isinstance(func, ast.Name) and func.id == "str" and expr.args:
            return self.texts(module, expr.args[0], depth)
        if isinstance(func, ast.Attribute) and func.attr == "get" and len(expr.args) == 2:
            return self.texts(module, expr.args[1], depth)  # what it falls back on
        target: tuple[Module, ast.FunctionDef | ast.AsyncFunctionDef] | None = None
        if isinstance(func, ast.Name):
            if func.id in module.functions:
                target = module, module.functions[func.id]
            else:
                imported = self._imported(module, func.id)
                if imported and imported[1] in imported[0].functions:
                    target = imported[0], imported[0].functions[imported[1]]
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            source = module.imports.get(func.value.id)
            if source and source[1] is None and source[0] in self.modules:
                other = self.modules[source[0]]
                if func.attr in other.functions:
                    target = other, other.functions[func.attr]
            elif func.value.id in ("self", "cls"):
                cls = _enclosing(module, expr, ast.ClassDef)
                for item in cls.body if isinstance(cls, ast.ClassDef) else []:
                    if isinstance(item, ast.FunctionDef) and item.name == func.attr:
                        target = module, item
        if target is None:
            return None
        return self._returns(*target, depth)

    def _caught(self, module: Module, expr: ast.expr) -> bool:
        """Whether ``expr`` is an exception caught (``except ... as exc``) or an error
        object passed in (``self.error``): its words are its own."""
        if isinstance(expr, ast.Attribute):
            return expr.attr in ("error", "problem", "exc")
        if not isinstance(expr, ast.Name):
            return False
        function = _enclosing(module, expr, ast.FunctionDef)
        scope = function if function is not None else module.tree
        return any(
            isinstance(node, ast.ExceptHandler) and node.name == expr.id for node in ast.walk(scope)
        ) or expr.id in ("exc", "error", "err", "problem")

    def _returns(
        self, module: Module, function: ast.FunctionDef | ast.AsyncFunctionDef, depth: int
    ) -> list[Parts] | None:
        values = [
            node.value
            for node in ast.walk(function)
            if isinstance(node, ast.Return) and node.value is not None
        ]
        return self._either(module, values, depth)

    def _attribute(self, module: Module, expr: ast.Attribute, depth: int) -> list[Parts] | None:
        if expr.attr in PASSED_ON and self._caught(module, expr.value):
            return None  # another error's words, extracted where that one was made
        if isinstance(expr.value, ast.Name):
            imported = module.imports.get(expr.value.id)
            if imported and imported[1] is None and imported[0] in self.modules:
                other = self.modules[imported[0]]
                if expr.attr in other.constants:
                    return self.texts(other, other.constants[expr.attr], depth)
        found: list[Parts] = []
        for owner, member in self.members.get(expr.attr, []):
            if isinstance(member, ast.FunctionDef):
                found += self._returns(owner, member, depth) or []
            elif isinstance(member, ast.expr):
                found += self.texts(owner, member, depth) or []
        return found or None


def _words(expr: ast.expr) -> list[str] | None:
    """The strings ``expr`` is, where it is nothing but string constants."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return [expr.value]
    if isinstance(expr, ast.IfExp):
        body, orelse = _words(expr.body), _words(expr.orelse)
        return body + orelse if body is not None and orelse is not None else None
    return None


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


def _enclosing(module: Module, node: ast.AST, kind: type) -> ast.AST | None:
    while node in module.parents:
        node = module.parents[node]
        if isinstance(node, kind):
            return node
    return None


def _parameters(function: ast.FunctionDef) -> list[tuple[ast.arg, ast.expr | None]]:
    args = function.args
    positional = [*args.posonlyargs, *args.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults))
    pairs = list(zip(positional, [*defaults, *args.defaults], strict=True))
    return pairs + list(zip(args.kwonlyargs, args.kw_defaults, strict=True))


def _default(function: ast.FunctionDef, name: str) -> ast.expr | None:
    return next((d for a, d in _parameters(function) if a.arg == name), None)


def _is_parameter(function: ast.FunctionDef, name: str) -> bool:
    return any(a.arg == name for a, _ in _parameters(function))


_STR_METHODS = frozenset({"upper", "lower", "title", "capitalize", "strip", "rstrip", "lstrip"})


def _hole_name(expr: ast.expr) -> str:
    """A placeholder's name from the code that fills it: ``{path}`` for
    ``{model.path}``, ``{kind}`` for ``{kind.upper()}``, ``{count}`` for ``{len(x)}``."""
    name = _raw_name(expr).strip("_").lower()
    return name if _NAME.fullmatch(name) else "value"


def _raw_name(expr: ast.expr) -> str:
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return _raw_name(expr.value) if expr.attr.startswith("_") else expr.attr
    if isinstance(expr, ast.Call):
        func = expr.func
        if isinstance(func, ast.Name):
            if func.id == "len":
                return "count"
            if func.id == "type" and expr.args:
                return f"{_raw_name(expr.args[0])}_type"
            if func.id in ("str", "repr", "int", "float", "round", "abs", "sorted", "list"):
                return _raw_name(expr.args[0]) if expr.args else func.id
            return func.id
        if isinstance(func, ast.Attribute):
            if func.attr in _STR_METHODS:
                return _raw_name(func.value)
            if func.attr == "join" and expr.args:
                return _raw_name(expr.args[0])
            return func.attr
    if isinstance(expr, ast.BoolOp):
        return _raw_name(expr.values[0])
    if isinstance(expr, ast.Subscript):
        return _raw_name(expr.value)
    return "value"


def template(parts: Parts) -> str:
    """The parts as one text: literal braces doubled, each value a ``{name}`` (the same
    code the same name; another code with the same name numbered)."""
    names: dict[str, str] = {}
    used: set[str] = set()
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part.replace("{", "{{").replace("}", "}}"))
            continue
        if part.expr not in names:
            name, number = part.name, 1
            while name in used:
                number += 1
                name = f"{part.name}{number}"
            names[part.expr] = name
            used.add(name)
        out.append("{" + names[part.expr] + "}")
    return "".join(out)


def has_words(text: str) -> bool:
    """Whether a template says anything besides its values (else nothing to translate)."""
    literal = re.sub(r"\{[a-z0-9_]+\}", "", text)
    return bool(re.search(r"[^\W\d_]{2,}", literal))


def extract(root: Path = ROOT) -> tuple[list[str], Coverage]:
    """Every template, sorted, and what became of each argument."""
    core = Core(root)
    found: set[str] = set()
    coverage = Coverage()
    seen_calls: set[int] = set()
    shown: list[tuple[Module, ast.Call | ast.Return, str, ast.expr | None]] = [
        *core.constructions(),
        *((module, node, "message", value) for module, node, value in core.shown_returns()),
    ]
    for module, call, role, given in shown:
        if id(call) not in seen_calls:
            seen_calls.add(id(call))
            coverage.constructions += 1
        if given is None:
            if role == "fix":
                coverage.no_fix += 1
            else:
                coverage.skipped["no message given (the class's default)"] += 1
            continue
        if isinstance(given, ast.Constant) and given.value == "" and role == "fix":
            coverage.no_fix += 1
            continue
        texts = core.texts(module, given)
        place = f"{module.path.relative_to(root)}:{call.lineno} {role}={ast.unparse(given)}"
        if texts is None:
            coverage.skipped[_why_not(given)] += 1
            coverage.where.append(place)
            continue
        worded = [template(t) for t in texts if has_words(template(t))]
        if worded:
            coverage.extracted += 1
            found.update(worded)
        else:
            coverage.skipped["no words of its own (f'{exc}')"] += 1
            coverage.where.append(place)
    return sorted(found), coverage


def _why_not(expr: ast.expr) -> str:
    if isinstance(expr, ast.Attribute) and expr.attr in PASSED_ON:
        return "another error's words passed on (exc.message)"
    if isinstance(expr, ast.Name):
        return "a parameter passed on (the caller's text, extracted there)"
    if isinstance(expr, ast.Starred):
        return "a (message, fix) pair unpacked (*pair)"
    return "built from data at run time (answer['message'], joined lists)"


def _literal(text: str) -> str:
    """``text`` as a double-quoted Python literal that lupdate reads back the same."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def render(templates: list[str]) -> str:
    lines = [
        '"""The core\'s error texts as templates, for the window\'s translations: made by',
        "``ui/translations/core_errors.py`` from the core's source (do not edit; run",
        "``ui/translations/update.sh``). ``core_texts.core_error`` matches the English an",
        'error arrives in against them and shows the translation with its values."""',
        "",
        "# ruff: noqa: E501",
        "",
        "from __future__ import annotations",
        "",
        "from .i18n import QT_TRANSLATE_NOOP",
        "",
        "# fmt: off",
        "TEMPLATES = (",
        *(f'    QT_TRANSLATE_NOOP("{CONTEXT}", {_literal(t)}),' for t in templates),
        ")",
        "# fmt: on",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    parser.add_argument("--report", action="store_true", help="print what was skipped, and why")
    options = parser.parse_args(argv)
    templates, coverage = extract()
    text = render(templates)
    if options.report:
        print(f"{coverage.constructions} constructions, {len(templates)} templates")
        print(f"message/fix arguments extracted: {coverage.extracted}")
        print(f"fix not given: {coverage.no_fix}")
        for why, count in coverage.skipped.most_common():
            print(f"skipped {count}: {why}")
        print("\n".join(f"  {place}" for place in coverage.where))
    current = CATALOG.read_text(encoding="utf-8") if CATALOG.exists() else ""
    if options.check:
        if current != text:
            print(f"{CATALOG} is stale: run ui/translations/update.sh", file=sys.stderr)
            return 1
        return 0
    if current != text:
        CATALOG.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
