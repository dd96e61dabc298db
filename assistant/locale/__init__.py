"""The languages Hearth understands and speaks, and what every one of them needs alike.

Per-language words live in the modules beside this one: ``numbers`` (number words in,
digits out), ``times`` (durations and clock times as people say them), ``spoken``
(numbers, lengths of time and clock times written for speech) and ``words`` (yes, no
and the questions the slot parsers ask back). English keeps its own long-standing
parsers in ``hearth.assistant.slots`` and ``hearth.assistant.spoken_numbers``; these
modules add Spanish, French and German.
"""

from __future__ import annotations

import unicodedata

LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
}
"""The languages skills can be written in, by ISO 639-1 code, with their English name."""

NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "es": "español",
    "fr": "français",
    "de": "Deutsch",
}


def language_name(code: str) -> str:
    """ "es" -> "Spanish"; an unknown code is given back as it is."""
    return LANGUAGES.get(code, code)


def base_language(code: str | None) -> str:
    """ "es-MX", "es_ES.UTF-8", "ES" -> "es"; None or empty -> "en"."""
    if not code:
        return "en"
    return code.replace("_", "-").split("-")[0].split(".")[0].lower() or "en"


def plain(text: str) -> str:
    """Lower case without accents ("Dreißig" keeps its ß): "Diecisiéis" -> "diecisieis"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
