"""Following an expression of the core's to every text it can be, for
``core_errors.py``: f-strings become parts (words, and values named after the code that
fills them), names are followed to a function's locals and parameters' defaults and to
module constants, calls to the returns of the functions called (across imports),
attributes to the properties and class attributes of that name; ``a if c else b``,
``a or b`` and ``a + b`` give each text they can. What cannot be known from the source
(another error's words passed on, data) gives None."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

try:
    from .error_index import CoreIndex, Module, enclosing, parameters
except ImportError:  # run as a script (update.sh): this folder is on sys.path
    from error_index import (  # type: ignore[no-redef]
        CoreIndex,
        Module,
        enclosing,
        parameters,
    )

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


class Core(CoreIndex):
    """The core's source, indexed, and what its expressions say."""

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
        function = enclosing(module, name, ast.FunctionDef)
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
        function = enclosing(module, expr, ast.FunctionDef)
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
                cls = enclosing(module, expr, ast.ClassDef)
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
        function = enclosing(module, expr, ast.FunctionDef)
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


def _default(function: ast.FunctionDef, name: str) -> ast.expr | None:
    return next((d for a, d in parameters(function) if a.arg == name), None)


def _is_parameter(function: ast.FunctionDef, name: str) -> bool:
    return any(a.arg == name for a, _ in parameters(function))


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
