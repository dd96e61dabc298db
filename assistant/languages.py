"""The languages Hearth speaks: which they are, their names in each other, the desktop's
language, and what to say to speech in a language the user has not turned on.

Codes are ISO 639-1 (``en``, ``es``...), as Whisper reports them. The user picks the
languages they speak (``[language] spoken``); each utterance is heard and answered in
one of those. Speech in another language (Whisper knows ~100) is answered, in the
nearest picked language, with which languages are on: never in invented English.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

SUPPORTED: tuple[str, ...] = ("en", "es", "fr", "de")
"""The languages Hearth can answer in (its skills, its voice, the model's prompt)."""

NAMES: dict[str, dict[str, str]] = {
    "en": {"en": "English", "es": "Spanish", "fr": "French", "de": "German"},
    "es": {"en": "inglés", "es": "español", "fr": "francés", "de": "alemán"},
    "fr": {"en": "anglais", "es": "espagnol", "fr": "français", "de": "allemand"},
    "de": {"en": "Englisch", "es": "Spanisch", "fr": "Französisch", "de": "Deutsch"},
}
"""``NAMES[in_language][language]``: a language's name as said in another."""

_KIN: dict[str, tuple[str, ...]] = {
    # Romance languages: Spanish first where it is the closer (Italian, Portuguese...).
    "it": ("es", "fr"),
    "pt": ("es", "fr"),
    "gl": ("es", "fr"),
    "ca": ("es", "fr"),
    "ro": ("es", "fr"),
    "la": ("es", "fr"),
    "eu": ("es", "fr"),
    "oc": ("fr", "es"),
    "br": ("fr",),
    "ht": ("fr",),
    # Germanic languages: German, then English.
    "nl": ("de", "en"),
    "lb": ("de", "fr"),
    "yi": ("de",),
    "af": ("de", "en"),
    "da": ("de", "en"),
    "sv": ("de", "en"),
    "no": ("de", "en"),
    "nn": ("de", "en"),
    "is": ("de", "en"),
    "fo": ("de", "en"),
}
"""For a language Hearth does not speak, the supported ones its speakers most likely
understand, closest first."""


def name(language: str, in_language: str = "en") -> str:
    """``language``'s name said in ``in_language`` (its code when it has none there)."""
    return NAMES.get(in_language, NAMES["en"]).get(language, language)


def desktop_language(environ: Mapping[str, str] | None = None) -> str:
    """The desktop's language from ``LC_ALL``, ``LC_MESSAGES`` or ``LANG`` (the first
    set wins, as for every program), or "" when it is none Hearth speaks."""
    env = os.environ if environ is None else environ
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "").strip()
        if value:
            code = value.split(".")[0].split("@")[0].split("_")[0].lower()
            return code if code in SUPPORTED else ""
    return ""


def default_spoken(environ: Mapping[str, str] | None = None) -> list[str]:
    """The languages on by default: the desktop's, and English."""
    return unique([desktop_language(environ), "en"])


def unique(languages: Sequence[str]) -> list[str]:
    """``languages`` in order, each once, without blanks."""
    seen: list[str] = []
    for language in languages:
        if language and language not in seen:
            seen.append(language)
    return seen


def unsupported(languages: Sequence[str]) -> list[str]:
    return [code for code in languages if code not in SUPPORTED]


def nearest(language: str, picked: Sequence[str]) -> str:
    """The picked language closest to ``language`` (itself when picked): a related one
    its speakers likely follow (Italian -> Spanish), else English if on, else the first."""
    if not picked:
        return "en"
    if language in picked:
        return language
    for kin in _KIN.get(language, ()):
        if kin in picked:
            return kin
    return "en" if "en" in picked else picked[0]


def listed(languages: Sequence[str], in_language: str) -> str:
    """The languages' names joined as a sentence in ``in_language`` says them ("Spanish
    and English", "español e inglés", "en espagnol et en anglais")."""
    names = [name(code, in_language) for code in languages]
    if in_language == "fr":
        names = [f"en {n}" for n in names]
    if len(names) == 1:
        return names[0]
    conjunction = {"es": "y", "fr": "et", "de": "und"}.get(in_language, "and")
    if in_language == "es" and names[-1].lower().startswith(("i", "hi")):
        conjunction = "e"  # "español e inglés"
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


_NOT_ON = {
    "en": "Sorry, I only answer in {languages}: those are the languages turned on.",
    "es": "Lo siento, solo respondo en {languages}: son los idiomas activados.",
    "fr": "Désolé, je ne réponds qu'{languages} : ce sont les langues activées.",
    "de": "Entschuldigung, ich antworte nur auf {languages}: diese Sprachen sind eingeschaltet.",
}


def not_on_reply(heard: str, picked: Sequence[str]) -> tuple[str, str]:
    """(language, text) of the answer to speech in ``heard``, a language not picked:
    in the picked language nearest to it, saying which languages are on."""
    reply_in = nearest(heard, picked)
    return reply_in, _NOT_ON[reply_in].format(languages=listed(picked, reply_in))


_NOT_CAUGHT = {
    "en": "Sorry, I didn't catch that.",
    "es": "Perdona, no te he entendido.",
    "fr": "Pardon, je n'ai pas compris.",
    "de": "Entschuldigung, das habe ich nicht verstanden.",
}


def didnt_catch(language: str) -> str:
    """What to say when a request was heard but no words were made out."""
    return _NOT_CAUGHT.get(language, _NOT_CAUGHT["en"])
