"""``assistant eval --typed-languages``: typed text in a language that is not turned on.

Each line of ``assets/eval/typed_languages.jsonl`` is a short typed request with the
language it is in (``en``, ``es``, ``fr``, ``de``), or ``null`` for one too short or
ambiguous to tell ("ok", "Tokyo", "hola"), which must never be refused. Among them are
English requests that quote or name foreign words ("what does 'je ne sais quoi' mean").
For each set of picked languages it reports how often a request is refused wrongly (in a
picked language, or ambiguous, yet told "I only answer in ...") and how often one in a
language not picked is caught (told which languages are on, as speech in it is).
No model is loaded.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hearth.assistant.bench.cases import load_jsonl
from hearth.assistant.understanding.language_id import typed_language

PICKS: tuple[tuple[str, ...], ...] = (("en",), ("es", "en"), ("fr",), ("de", "en"))
"""The sets of picked languages measured by default."""


def load_cases(path: Path | None = None) -> list[tuple[str, str | None]]:
    return load_jsonl(
        path,
        "typed_languages.jsonl",
        "typed-language",
        lambda row: (str(row["text"]), row["language"]),
        '{"text": "...", "language": "en" (or es, fr, de) or null}',
    )


def evaluate(
    cases: list[tuple[str, str | None]], picks: tuple[tuple[str, ...], ...] = PICKS
) -> dict[str, Any]:
    """Per set of picked languages: wrong refusals and caught requests, with the texts."""
    report: dict[str, Any] = {"cases": len(cases), "picks": {}}
    for picked in picks:
        wrong: list[str] = []
        caught: list[str] = []
        missed: list[str] = []
        keep = catch = 0
        for text, language in cases:
            refused = typed_language(text, picked) not in picked
            if language is None or language in picked:
                keep += 1
                if refused:
                    wrong.append(text)
            else:
                catch += 1
                (caught if refused else missed).append(text)
        report["picks"][",".join(picked)] = {
            "to_answer": keep,
            "refused_wrongly": len(wrong),
            "refused_wrongly_pct": round(100 * len(wrong) / keep, 1) if keep else 0.0,
            "to_catch": catch,
            "caught": len(caught),
            "caught_pct": round(100 * len(caught) / catch, 1) if catch else 0.0,
            "wrong": wrong,
            "missed": missed,
        }
    return report


def run_typed_language_eval(
    path: Path | None = None, as_json: bool = False, languages: list[str] | None = None
) -> int:
    picks = (tuple(languages),) if languages else PICKS
    report = evaluate(load_cases(path), picks)
    if as_json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    print(f"{report['cases']} typed requests")
    for picked, row in report["picks"].items():
        print(
            f"picked {picked}: refused wrongly {row['refused_wrongly']}/{row['to_answer']} "
            f"({row['refused_wrongly_pct']} %), caught {row['caught']}/{row['to_catch']} "
            f"({row['caught_pct']} %)"
        )
        for text in row["wrong"]:
            print(f"  refused wrongly: {text!r}")
    return 0
