"""The evaluation sets' one file format: JSON Lines in ``assets/eval``, one case a line,
blank lines skipped. Each ``eval`` reads its set here, so a missing file or a bad line is
reported the same way everywhere: which file, which line, and what a line looks like."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from hearth.assistant.errors import AssistantError

EVAL_DIR = Path(__file__).resolve().parents[2] / "assets" / "eval"
"""Where the evaluation sets are kept."""

T = TypeVar("T")


def load_jsonl(
    path: Path | None,
    default: str,
    what: str,
    parse: Callable[[dict[str, Any]], T],
    shape: str,
) -> list[T]:
    """Each line of ``path`` (``EVAL_DIR / default`` when None) as ``parse`` makes it.
    ``what`` names the set in the message for a missing file ("intent"); ``shape`` shows
    a valid line in the message for a bad one. Raises AssistantError."""
    path = path or EVAL_DIR / default
    if not path.is_file():
        raise AssistantError(
            f"There is no {what} evaluation file at {path}.",
            f"Pass one with --questions FILE.jsonl (see assets/eval/{default}).",
        )
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            cases.append(parse(json.loads(line)))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise AssistantError(
                f"Line {number} of {path} is not a valid case ({exc}).", f"Each line: {shape}"
            ) from None
    return cases
