"""The shapes every language's live-data words are read into (``live_data`` holds the
steps; ``live_words`` each language's words)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class LiveTopic:
    name: str
    what: str
    """What cannot be known offline, as said in the reply: "the weather or the forecast"."""
    where: str
    """Where the user can find it instead: one short sentence."""


def any_of(*patterns: str) -> re.Pattern[str]:
    """One pattern that matches where any of ``patterns`` does (each is a regex)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "$^")


@dataclass(frozen=True)
class Rule:
    topic: LiveTopic
    strong: re.Pattern[str]
    """Live on its own: "forecast", "exchange rate", "is my flight delayed"."""
    weak: re.Pattern[str]
    """Live only with a sign of "now": "rain" + "tomorrow", "open" + "on Sunday"."""
