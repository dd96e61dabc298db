"""Text as the phrase matchers see it: plain punctuation, no politeness, single spaces.

Politeness is each language's own: "could you please", "¿puedes...? por favor",
"est-ce que tu peux", "kannst du bitte".
"""

from __future__ import annotations

import re

_TYPOGRAPHY = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2212": "-",
        "\u2013": "-",
        "\u00d7": "*",
        "\u00f7": "/",
        "\u00a0": " ",
    }
)
_POLITE_START = re.compile(
    r"^(?:(?:hey|hi|ok|okay|so|um|uh|oh)\b[ ,]*(?:hearth|computer)?[ ,]*)?"
    r"(?:(?:please|kindly|can you|could you|would you|will you|would you mind|"
    r"i want you to|i'd like you to|i would like you to|go ahead and|just)\s+)*",
    re.I,
)
_POLITE_END = re.compile(r"(?:\s+(?:please|thanks|thank you|for me))+$", re.I)


def normalise_typography(text: str) -> str:
    """Curly quotes, typographic minus and the like, as plain characters (typed input).
    A lone surrogate (bytes that were not UTF-8, read from a pipe) becomes "?": the
    language model cannot encode one and failed the whole question."""
    return text.encode("utf-8", "replace").decode("utf-8").translate(_TYPOGRAPHY)


def normalise(text: str, language: str = "en") -> str:
    """Text as the matchers see it: plain punctuation, no politeness, single spaces."""
    text = normalise_typography(text)
    text = re.sub(r"[?!;\"¿¡«»]", " ", text)
    text = re.sub(r"(?<![\w/])\.|\.(?![\w/])", " ", text)  # keep "2.5", "example.com"
    text = re.sub(r"(?<!\d),|,(?!\d)", " ", text)  # keep "1,000"
    text = re.sub(r":(?![\d/])", " ", text)  # keep "5:30", "https://"
    text = " ".join(text.split())
    if language == "fr":  # "d'appeler" -> "d' appeler": the elided word is a word
        text = re.sub(r"\b(d|l|qu|j|m|t|s|n|c)'(?=\w)", r"\1' ", text, flags=re.I)
    start, end = _POLITE.get(language, (_POLITE_START, _POLITE_END))
    text = end.sub("", start.sub("", text))
    return text.strip()


def _polite(start: str, end: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(start, re.I), re.compile(end, re.I)


_POLITE = {
    "es": _polite(
        r"^(?:(?:oye|hola|vale|bueno|eh|mira|perdona|perdón|perdon|disculpa|disculpe)"
        r"(?=[ ,]|$)[ ,]*(?:hearth)?[ ,]*)?"
        r"(?:(?:por favor|puedes|podrías|podrias|me puedes|me podrías|me podrias|quiero que|"
        r"necesito que|quisiera que)\s+)*",
        r"(?:\s+(?:por favor|gracias|porfa))+$",
    ),
    "fr": _polite(
        r"^(?:(?:hé|he|salut|bon|alors|euh|dis|excusez-moi|excuse-moi|pardon)"
        r"(?=[ ,]|$)[ ,]*(?:hearth)?[ ,]*)?"
        r"(?:(?:s' ?il te plaît|s' ?il te plait|s' ?il vous plaît|s' ?il vous plait|"
        r"est-ce que tu peux|est-ce que vous pouvez|tu peux|peux-tu|pouvez-vous|"
        r"vous pouvez|tu pourrais|pourrais-tu|pourriez-vous|je voudrais que tu|"
        r"j' ?aimerais que tu)\s+)*",
        r"(?:\s+(?:s' ?il te plaît|s' ?il te plait|s' ?il vous plaît|s' ?il vous plait|merci))+$",
    ),
    "de": _polite(
        r"^(?:(?:hey|hallo|okay|ok|also|äh|sag mal|entschuldigung|entschuldige)"
        r"(?=[ ,]|$)[ ,]*(?:hearth)?[ ,]*)?"
        r"(?:(?:bitte|kannst du|könntest du|koenntest du|würdest du|wuerdest du)\s+)*",
        r"(?:\s+(?:bitte|danke|bitte schön))+$",
    ),
}
