"""Make text fit to be spoken: no markdown, no symbols a voice stumbles on, short."""

from __future__ import annotations

import math
import re

_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f900-\U0001f9ff\u200d\ufe0f]+"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+")
_REPLACEMENTS = [
    (re.compile(r"\[([^\]]+)\]\([^)]+\)"), r"\1"),  # [text](url) -> text
    (re.compile(r"https?://\S+"), "a link"),
    (re.compile(r"```.*?```", re.S), " "),
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),  # headings
    (re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+", re.M), ""),  # list markers
    (re.compile(r"(\*\*|__|\*|~~)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold/italic
    (re.compile(r"[*#_|<>{}\[\]\\^~]+"), " "),
]
_ENGLISH_WORDS = [
    (re.compile(r"(\d)\s*°\s*C\b"), r"\1 degrees Celsius"),
    (re.compile(r"(\d)\s*°\s*F\b"), r"\1 degrees Fahrenheit"),
    (re.compile(r"(\d)\s*°"), r"\1 degrees"),
    (re.compile(r"(\d)\s*%"), r"\1 percent"),
    # Clock times: "7:00" is "seven", "3:05" is "three oh five", "11:45" is "eleven forty-five".
    (re.compile(r"\b(\d{1,2}):00\b"), r"\1"),
    (re.compile(r"\b(\d{1,2}):0(\d)\b"), r"\1 oh \2"),
    (re.compile(r"\b(\d{1,2}):([1-5]\d)\b"), r"\1 \2"),
    (re.compile(r"\s&\s"), " and "),
]
"""Symbols said as English words."""
_SYMBOL_WORDS = {
    "es": ("grados Celsius", "grados Fahrenheit", "grados", "por ciento", "y"),
    "fr": ("degrés Celsius", "degrés Fahrenheit", "degrés", "pour cent", "et"),
    "de": ("Grad Celsius", "Grad Fahrenheit", "Grad", "Prozent", "und"),
}
"""The same symbols in other languages (their voices read clock times themselves)."""


def _symbols_in(language: str) -> list[tuple[re.Pattern[str], str]]:
    if language not in _SYMBOL_WORDS:
        return _ENGLISH_WORDS if language == "en" else []
    celsius, fahrenheit, degrees, percent, and_ = _SYMBOL_WORDS[language]
    return [
        (re.compile(r"(\d)\s*°\s*C\b"), rf"\1 {celsius}"),
        (re.compile(r"(\d)\s*°\s*F\b"), rf"\1 {fahrenheit}"),
        (re.compile(r"(\d)\s*°"), rf"\1 {degrees}"),
        (re.compile(r"(\d)\s*%"), rf"\1 {percent}"),
        (re.compile(r"\s&\s"), f" {and_} "),
    ]


def for_speech(text: str, language: str = "en") -> str:
    """Rewrite text (possibly markdown from an LLM) as plain sentences for a voice."""
    out = _EMOJI.sub("", text)
    words = _symbols_in(language)
    for pattern, repl in [*_REPLACEMENTS[:-1], *words, _REPLACEMENTS[-1]]:
        out = pattern.sub(repl, out)
    lines = [line.strip() for line in out.splitlines() if line.strip()]
    # A line without closing punctuation (a list item, a heading) becomes a sentence.
    out = " ".join(line if line[-1] in ".!?:;," else line + "." for line in lines)
    out = re.sub(r"\s+([.,!?;:])", r"\1", out)  # left behind by a removed emoji or symbol
    return re.sub(r"\s+", " ", out).strip()


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]


def short_reply(text: str, max_sentences: int = 3, complete_only: bool = True) -> str:
    """Keep the first few sentences; drop a fragment cut off mid-sentence."""
    parts = sentences(for_speech(text))
    if complete_only and len(parts) > 1 and parts[-1][-1] not in ".!?":
        parts = parts[:-1]
    return " ".join(parts[:max_sentences])


def speakable_number(value: float) -> str:
    """A number as a voice should read it: no exponent, no long tails of digits."""
    if isinstance(value, bool) or not math.isfinite(value):
        return "not a number" if isinstance(value, float) and math.isnan(value) else "infinity"
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    magnitude = abs(value)
    if magnitude >= 1000:
        text = f"{value:.1f}"
    elif magnitude >= 1:
        text = f"{value:.3f}"
    else:
        digits = max(3, -math.floor(math.log10(magnitude)) + 2) if magnitude else 3
        text = f"{value:.{min(digits, 12)}f}"
    text = text.rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"
