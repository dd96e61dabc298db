"""Recordings with reference transcripts (``../shared/data/speech``) and word error rate."""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def shared_speech_dir() -> Path | None:
    """The shared recordings, if this checkout has them beside it."""
    env = os.environ.get("HEARTH_SPEECH_DATA")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[3] / "shared" / "data" / "speech")
    return next((p for p in candidates if (p / "manifest.tsv").is_file()), None)


def language_speech_dir() -> Path | None:
    """The checkout's own recordings in other languages (``tests/data/speech``)."""
    folder = Path(__file__).resolve().parents[2] / "tests" / "data" / "speech"
    return folder if (folder / "manifest.tsv").is_file() else None


@dataclass(frozen=True)
class Recording:
    path: Path
    transcript: str
    language: str
    duration_s: float
    is_command: str
    exact: bool
    """False where the reference comes from a file name only (not strict enough for WER)."""


def load_manifest(folder: Path) -> list[Recording]:
    with (folder / "manifest.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return [
        Recording(
            folder / r["file"],
            r["reference_transcript"],
            r["language"],
            float(r["duration_s"]),
            r["is_command"],
            "file name" not in r["transcript_basis"].lower(),
        )
        for r in rows
    ]


def number_words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + (" " + number_words(rest) if rest else "")
    if n < 1_000_000:
        rest = n % 1000
        return number_words(n // 1000) + " thousand" + (" " + number_words(rest) if rest else "")
    return str(n)


def normalise(text: str, language: str = "en") -> list[str]:
    """Lower-case words without punctuation; English numbers as words (other languages
    keep digits: a number said in words there counts as wrong)."""
    text = text.lower().replace("-", " ")
    if language == "en":
        text = re.sub(r"\d+", lambda m: " " + number_words(int(m.group())) + " ", text)
    text = re.sub(r"[^\w\s']", " ", text)
    return [w.strip("'") for w in text.split() if w.strip("'")]


def word_errors(reference: str, hypothesis: str, language: str = "en") -> tuple[int, int]:
    """(edit distance in words, reference length) after normalising both sides."""
    return _edits(normalise(reference, language), normalise(hypothesis, language))


def char_errors(reference: str, hypothesis: str, language: str = "en") -> tuple[int, int]:
    """(edit distance in characters, reference length) of the normalised words, joined
    by single spaces (fairer than words where one wrong letter fails a long word)."""
    ref = " ".join(normalise(reference, language))
    return _edits(list(ref), list(" ".join(normalise(hypothesis, language))))


def _edits(ref: list[str], hyp: list[str]) -> tuple[int, int]:
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[len(hyp)], len(ref)


def wer(pairs: list[tuple[str, str]]) -> float:
    """Corpus word error rate over (reference, hypothesis) pairs."""
    errors = total = 0
    for ref, hyp in pairs:
        e, n = word_errors(ref, hyp)
        errors, total = errors + e, total + n
    return errors / total if total else 0.0
