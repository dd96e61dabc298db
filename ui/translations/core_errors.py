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
whether the catalog is current. ``tests/unit/test_error_i18n.py`` runs it too. The
reading is in ``error_index`` and ``error_follow`` beside it.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

try:
    from .error_follow import PASSED_ON, Core, Parts
    from .error_index import CATALOG_NAME, Module
except ImportError:  # run as a script (update.sh): this folder is on sys.path
    from error_follow import PASSED_ON, Core, Parts  # type: ignore[no-redef]
    from error_index import CATALOG_NAME, Module  # type: ignore[no-redef]


ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "ui" / CATALOG_NAME
CONTEXT = "errors"


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
        *(
            (module, node, "message", value)
            for module, node, value in core.shown_returns()
            if any(any(t) for t in core.texts(module, value) or [])
        ),
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
        return "a pair unpacked (*(message, fix))"
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
