"""The built-in skills in other languages: one module per language (``es``, ``fr``,
``de``), each holding the skills' phrases, their replies written for speech, their
descriptions and examples for "what can you do", and the few words replies need
(weekdays, months, "my" said back as "your").

A skill takes its phrases with ``phrases = phrases_of("timers")`` (the public
``Skill.phrases`` mapping, as any skill may) and writes a reply with
``say(ctx.language, "timers.set", duration=...)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from types import ModuleType
from typing import Any

from hearth.assistant.errors import AssistantError

from . import de, es, fr, memory, opener, smarthome, system, units

LANGUAGES: dict[str, ModuleType] = {"es": es, "fr": fr, "de": de}

# The system, opener, smart-home and memory skills' words, and the calculator's
# conversions, live in modules of their own, one per skill with all three languages; they join each
# language's tables here, where every skill's are looked up.
for _skill in (system, opener, smarthome, units, memory):
    for _code, _module in LANGUAGES.items():
        _module.PHRASES.setdefault(_skill.SKILL, {}).update(_skill.PHRASES[_code])
        _module.REPLIES.update(_skill.REPLIES[_code])
        for _table in ("DESCRIPTIONS", "EXAMPLES"):
            if _code in getattr(_skill, _table, {}):
                getattr(_module, _table)[_skill.SKILL] = getattr(_skill, _table)[_code]


ARTICLES = {
    "es": ("el ", "la ", "los ", "las ", "mi ", "mis "),
    "fr": ("le ", "la ", "les ", "l' ", "l'", "mon ", "ma ", "mes "),
    "de": ("das ", "die ", "den ", "der ", "mein ", "meine ", "meinen "),
}


def without_article(language: str, name: str) -> str:
    """A name said in ``language`` without the article or "my" before it ("la kitchen
    light" -> "kitchen light", "mis descargas" -> "descargas")."""
    for article in ARTICLES.get(language, ()):
        if name.lower().startswith(article):
            return name[len(article) :]
    return name


def phrases_of(skill: str) -> dict[str, dict[str, list[str]]]:
    """``{language: {handler: [phrases]}}`` for the built-in skill ``skill``."""
    return {code: module.PHRASES.get(skill, {}) for code, module in LANGUAGES.items()}


def examples_of(skill: str) -> dict[str, list[str]]:
    """``{language: [example]}`` shown in "what can you do"."""
    return {
        code: [module.EXAMPLES[skill]]
        for code, module in LANGUAGES.items()
        if skill in module.EXAMPLES
    }


def asking(english: dict[str, str]) -> dict[str, str]:
    """A handler's ``ask``: the English questions, and each language's under
    ``"<language>:<slot>"``."""
    return english | {
        f"{code}:{slot}": module.ASKS[slot]
        for code, module in LANGUAGES.items()
        for slot in english
        if slot in module.ASKS
    }


def say(language: str, key: str, **values: Any) -> str:
    """The reply ``key`` in ``language``, filled in."""
    text = str(LANGUAGES[language].REPLIES[key]).format(**values)
    if language == "es":  # "Son la una": one o'clock is singular
        text = re.sub(
            r"\b(S|s)on la una\b", lambda m: f"{'E' if m[1] == 'S' else 'e'}s la una", text
        )
    if language == "fr":  # "de appeler" -> "d'appeler"
        text = re.sub(
            r"\b([dD]e|[qQ]ue) (?=[aeiouyéèêàâîôAEIOUÉ])", lambda m: m[1][:-1] + "'", text
        )
    return text[:1].upper() + text[1:]


@contextmanager
def errors_in(language: str, english: Mapping[str, str]) -> Iterator[None]:
    """A skill's errors said in ``language``: an ``AssistantError`` whose message is one
    of ``english`` (``{key: template}``, raised in English so that the window can show
    its own translation) is raised again in the words of reply ``key``, its values
    taken from the English message."""
    try:
        yield
    except AssistantError as exc:
        if language not in LANGUAGES:
            raise
        for key, template in english.items():
            pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.+)", re.escape(template))
            found = re.fullmatch(pattern, exc.message, re.DOTALL)
            if found:
                raise AssistantError(say(language, key, **found.groupdict()), exc.fix) from None
        raise


def reply(language: str, key: str, english: str, **values: Any) -> str:
    """``english`` for English (and any language without these replies), else the reply
    ``key`` in ``language`` filled with ``values``."""
    if language not in LANGUAGES:
        return english
    return say(language, key, **values)


def word(language: str, key: str, **values: Any) -> str:
    """A piece of a reply (not a sentence: not capitalised)."""
    return str(LANGUAGES[language].REPLIES[key]).format(**values)


def join_in(items: list[str], language: str) -> str:
    """ "a, b y c"."""
    from hearth.assistant.skill import join_words

    return join_words(items, language)


def description(language: str, skill: str) -> str | None:
    found: str | None = LANGUAGES[language].DESCRIPTIONS.get(skill)
    return found


def weekday(language: str, moment: datetime) -> str:
    return str(LANGUAGES[language].WEEKDAYS[moment.weekday()])


def spoken_date_in(language: str, moment: datetime) -> str:
    """ "martes, 1 de diciembre de 2026", "mardi 1 décembre 2026", "Dienstag, der 1.
    Dezember 2026"."""
    module = LANGUAGES[language]
    day = "1er" if language == "fr" and moment.day == 1 else str(moment.day)
    return str(module.DATE).format(
        weekday=weekday(language, moment),
        day=day,
        month=module.MONTHS[moment.month - 1],
        year=moment.year,
    )


def day_word(language: str, moment: datetime, now: datetime) -> str:
    """ "hoy", "demain", "am Dienstag"."""
    days = (moment.date() - now.date()).days
    if days == 0:
        return word(language, "day.today")
    if days == 1:
        return word(language, "day.tomorrow")
    return word(language, "day.other", weekday=weekday(language, moment))


def said_back(language: str, words: str) -> str:
    """The user's words said back to them: "mi madre" -> "tu madre", "ma mère" -> "votre
    mère", "meine Mutter" -> "deine Mutter"; French elisions joined again."""
    swap = LANGUAGES[language].PRONOUNS
    out = " ".join(swap.get(w.lower(), w) for w in words.split())
    return re.sub(r"(\w)' (?=\w)", r"\1'", out).rstrip(".")


def calculator_words(language: str) -> tuple[str, list[tuple[str, str]]]:
    """The calculator's leading words ("cuánto es") and operator words ("por" -> "*")."""
    module = LANGUAGES[language]
    return str(module.CALCULATOR_LEAD), list(module.CALCULATOR)


PLACES = {
    "tokio": "Asia/Tokyo",
    "nueva york": "America/New_York",
    "londres": "Europe/London",
    "pekin": "Asia/Shanghai",
    "peking": "Asia/Shanghai",
    "moscu": "Europe/Moscow",
    "moscou": "Europe/Moscow",
    "moskau": "Europe/Moscow",
    "munchen": "Europe/Berlin",
    "munich": "Europe/Berlin",
    "munich alemania": "Europe/Berlin",
    "viena": "Europe/Vienna",
    "vienne": "Europe/Vienna",
    "wien": "Europe/Vienna",
    "roma": "Europe/Rome",
    "rom": "Europe/Rome",
    "lisboa": "Europe/Lisbon",
    "lisbonne": "Europe/Lisbon",
    "lissabon": "Europe/Lisbon",
    "atenas": "Europe/Athens",
    "athenes": "Europe/Athens",
    "athen": "Europe/Athens",
    "varsovia": "Europe/Warsaw",
    "varsovie": "Europe/Warsaw",
    "warschau": "Europe/Warsaw",
    "praga": "Europe/Prague",
    "prag": "Europe/Prague",
    "bruselas": "Europe/Brussels",
    "bruxelles": "Europe/Brussels",
    "brussel": "Europe/Brussels",
    "ginebra": "Europe/Zurich",
    "geneve": "Europe/Zurich",
    "genf": "Europe/Zurich",
    "zurich": "Europe/Zurich",
    "copenhague": "Europe/Copenhagen",
    "kopenhagen": "Europe/Copenhagen",
    "estocolmo": "Europe/Stockholm",
    "el cairo": "Africa/Cairo",
    "le caire": "Africa/Cairo",
    "kairo": "Africa/Cairo",
    "ciudad de mexico": "America/Mexico_City",
    "mexico": "America/Mexico_City",
    "nueva delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "sidney": "Australia/Sydney",
    "pekin china": "Asia/Shanghai",
    "japon": "Asia/Tokyo",
    "le japon": "Asia/Tokyo",
    "espana": "Europe/Madrid",
    "espagne": "Europe/Madrid",
    "spanien": "Europe/Madrid",
    "francia": "Europe/Paris",
    "frankreich": "Europe/Paris",
    "alemania": "Europe/Berlin",
    "allemagne": "Europe/Berlin",
    "deutschland": "Europe/Berlin",
    "inglaterra": "Europe/London",
    "angleterre": "Europe/London",
    "england": "Europe/London",
    "italia": "Europe/Rome",
    "italie": "Europe/Rome",
    "italien": "Europe/Rome",
    "china": "Asia/Shanghai",
    "chine": "Asia/Shanghai",
    "brasil": "America/Sao_Paulo",
    "bresil": "America/Sao_Paulo",
    "brasilien": "America/Sao_Paulo",
    "nouvelle-york": "America/New_York",
    "la nouvelle-orleans": "America/Chicago",
}
"""City and country names in Spanish, French and German (without accents), for the
clock: "Tokio", "Londres", "Moskau"."""
