"""Lengths of time, clock times and "when" in Spanish, French and German.

Each parser reads the language's own ways of saying it and gives the same values as
the English parsers in ``hearth.assistant.slots``:

- durations: "diez minutos", "una hora y media", "media hora", "un cuarto de hora";
  "une demi-heure", "une heure et demie", "un quart d'heure"; "anderthalb Stunden",
  "eine halbe Stunde", "eine Viertelstunde", "zweieinhalb Minuten";
- clock times: "a las siete y media", "las ocho menos cuarto de la tarde"; "à sept
  heures et quart", "19 h 30", "midi"; "um halb acht" (7:30: half *to* eight),
  "viertel vor neun", "19 Uhr 30";
- when: "en diez minutos", "mañana a las nueve"; "dans une heure", "demain à 9
  heures", "ce soir"; "in zehn Minuten", "morgen um 9", "heute Abend".
"""

from __future__ import annotations

import re

from hearth.assistant.locale import plain
from hearth.assistant.locale.numbers import german_word, replace_number_words
from hearth.assistant.locale.words import question
from hearth.assistant.slots import (
    ClockTime,
    Duration,
    SlotError,
    When,
    _checked,
    parse_duration,
    said,
)

# --- durations --------------------------------------------------------------------------------

UNITS: dict[str, dict[str, str]] = {
    "es": {
        "segundos?|seg": "seconds",
        "minutos?|min": "minutes",
        "horas?|h": "hours",
        "dias?": "days",
        "semanas?": "weeks",
    },
    "fr": {
        "secondes?|sec": "seconds",
        "minutes?|min": "minutes",
        "heures?|h": "hours",
        "jours?": "days",
        "semaines?": "weeks",
    },
    "de": {
        "sekunden?|sek": "seconds",
        "minuten?|min": "minutes",
        "stunden?|std": "hours",
        "tagen?|tage|tag": "days",
        "wochen?": "weeks",
    },
}
"""Unit words (accents removed) as regular expressions, and the English unit."""

UNIT_PATTERN = {
    "es": r"segundos?|minutos?|horas?|d[ií]as?|semanas?",
    "fr": r"secondes?|minutes?|heures?|jours?|semaines?",
    "de": r"sekunden?|minuten?|stunden?|tagen?|tage|tag|wochen?|viertelstunde|"
    r"dreiviertelstunde",
}
"""Unit words as a slot pattern may meet them (accents kept)."""

_HALF_AFTER = {"es": r"y medi[oa]", "fr": r"et demie?", "de": r"und eine halbe"}

_SPECIAL: dict[str, list[tuple[str, str]]] = {
    "es": [
        (r"\b(?:una |1 )?media hora\b", "30 minutes"),
        (r"\b(?:un |1 )?medio minuto\b", "30 seconds"),
        (r"\b(?:un |1 )?cuarto de hora\b", "15 minutes"),
        (r"\btres cuartos de hora\b", "45 minutes"),
    ],
    "fr": [
        (r"\b(?:une |1 )?demi[- ]heure\b", "30 minutes"),
        (r"\b(?:une |1 )?demi[- ]minute\b", "30 seconds"),
        (r"\b(?:un |1 )?quart d'? ?heure\b", "15 minutes"),
        (r"\btrois quarts d'? ?heure\b", "45 minutes"),
    ],
    "de": [
        (r"\b(?:eine |1 )?halbe stunde\b", "30 minutes"),
        (r"\b(?:eine |1 )?halbe minute\b", "30 seconds"),
        (r"\b(?:eine |1 )?dreiviertel ?stunde\b", "45 minutes"),
        (r"\b(?:eine |1 )?viertel ?stunde\b", "15 minutes"),
        (r"\b(?:anderthalb|eineinhalb)\b", "1.5"),
    ],
}


def _german_halves(phrase: str) -> str:
    """ "zweieinhalb" -> "2.5"."""

    def half(m: re.Match[str]) -> str:
        value = german_word(m[1])
        return f"{value}.5" if value is not None else m[0]

    return re.sub(r"\b([a-zß]+?)einhalb\b", half, phrase)


def parse_duration_in(text: str, language: str) -> Duration:
    """A length of time said in ``language`` ("diez minutos", "une demi-heure")."""
    phrase = " ".join(plain(text).replace("-", " - ").split()).replace(" - ", "-")
    phrase = phrase.replace("d'heure", "d heure")
    for pattern, repl in _SPECIAL[language]:
        phrase = re.sub(pattern, repl, phrase)
    if language == "de":
        phrase = _german_halves(phrase)
    phrase = replace_number_words(phrase, language)
    phrase = re.sub(r"\b(?:un|una|une|ein|eine|einen)\b", "1", phrase)
    units = UNITS[language]
    half = _HALF_AFTER[language]
    for words, unit in units.items():
        phrase = re.sub(rf"(\d+(?:\.\d+)?) ?(?:{words}) {half}\b", rf"\1.5 {unit}", phrase)
        phrase = re.sub(rf"(\d+(?:\.\d+)?) ?(?:{words})\b", rf"\1 {unit}", phrase)
    phrase = re.sub(rf"\b(?:{'|'.join(('y', 'et', 'und'))})\b", "and", phrase)
    try:
        return parse_duration(phrase)
    except SlotError as exc:
        if "year" in exc.question:
            raise SlotError(question("too_long", language)) from None
        raise SlotError(question("duration", language, said(text))) from None


# --- clock times ------------------------------------------------------------------------------

_NOON = {
    "es": {"mediodia": (12, 0), "medianoche": (0, 0)},
    "fr": {"midi": (12, 0), "minuit": (0, 0)},
    "de": {"mittag": (12, 0), "mitternacht": (0, 0), "mittags": (12, 0)},
}
_DAYPART: dict[str, list[tuple[str, str]]] = {
    "es": [
        (r"\b(?:de|por) la manana\b|\bde la madrugada\b", "am"),
        (r"\b(?:de|por) la (?:tarde|noche)\b", "pm"),
    ],
    "fr": [
        (r"\bdu matin\b", "am"),
        (r"\bde l'? ?apres[- ]midi\b|\bdu soir\b", "pm"),
    ],
    "de": [
        (r"\b(?:morgens|fruh|in der fruh|am morgen|vormittags|am vormittag)\b", "am"),
        (r"\b(?:nachmittags|abends|am abend|am nachmittag|nachts|in der nacht)\b", "pm"),
    ],
}
_LEAD = {
    "es": r"^(?:a |sobre |hacia )?(?:las |la )",
    "fr": r"^(?:a |vers )",
    "de": r"^(?:um |gegen |ab )",
}


def parse_clock_time_in(text: str, language: str) -> ClockTime:
    """A time of day said in ``language`` ("a las siete y media", "um halb acht")."""
    phrase = " ".join(plain(text).replace(".", "").split())
    phrase = re.sub(_LEAD[language], "", phrase).strip()
    if phrase in _NOON[language]:
        return ClockTime(*_NOON[language][phrase])
    suffix = None
    for pattern, which in _DAYPART[language]:
        if re.search(pattern, phrase):
            suffix, phrase = which, re.sub(pattern, "", phrase).strip()
    phrase = re.sub(r"\ben punto\b|\bpile\b|\bgenau\b", "", phrase).strip()
    phrase = replace_number_words(phrase, language)
    phrase = re.sub(r"(\d) ?[:h.] ?(\d{2})\b", r"\1:\2", phrase)
    found = _READERS[language](phrase)
    if found is None:
        raise SlotError(question("time", language, said(text)))
    hour, minute = found
    if hour == 24:
        hour = 0
    if suffix and hour > 12:
        suffix = None  # "19 Uhr abends": already on the 24-hour clock
    try:
        return _checked(hour, minute, suffix, text)
    except SlotError:
        raise SlotError(question("time", language, said(text))) from None


def _plain_time(phrase: str) -> tuple[int, int] | None:
    m = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?", phrase)
    return (int(m[1]), int(m[2] or 0)) if m else None


def _spanish(phrase: str) -> tuple[int, int] | None:
    phrase = re.sub(r"\bhoras?\b", "", phrase).strip()
    m = re.fullmatch(r"(\d{1,2}) (y|menos) (media|cuarto|\d{1,2})(?: minutos)?", phrase)
    if m:
        amount = {"media": 30, "cuarto": 15}.get(m[3]) or int(m[3])
        return (int(m[1]), amount) if m[2] == "y" else (int(m[1]) - 1, 60 - amount)
    m = re.fullmatch(r"(\d{1,2}) (\d{2})", phrase)
    return (int(m[1]), int(m[2])) if m else _plain_time(phrase)


def _french(phrase: str) -> tuple[int, int] | None:
    phrase = re.sub(r"(\d) ?(?:heures?|h)\b ?", r"\1 ", phrase).strip()
    m = re.fullmatch(r"(\d{1,2}) (et demie?|et quart|moins (?:le )?quart|moins \d{1,2})", phrase)
    if m:
        rest = m[2]
        if rest.startswith("et"):
            return int(m[1]), 30 if "demi" in rest else 15
        amount = 15 if "quart" in rest else int(rest.split()[-1])
        return int(m[1]) - 1, 60 - amount
    m = re.fullmatch(r"(\d{1,2}) (\d{1,2})(?: minutes?)?", phrase)
    return (int(m[1]), int(m[2])) if m else _plain_time(phrase)


def _german(phrase: str) -> tuple[int, int] | None:
    phrase = phrase.replace("uhr", " uhr ").strip()
    phrase = " ".join(phrase.split())
    m = re.fullmatch(r"(halb|viertel|dreiviertel|drei viertel) (\d{1,2})", phrase)
    if m:  # "halb acht" is 7:30, "viertel acht" 7:15, "dreiviertel acht" 7:45
        minute = {"halb": 30, "viertel": 15}.get(m[1], 45)
        return int(m[2]) - 1, minute
    m = re.fullmatch(r"(viertel|\d{1,2}|1 viertel) (nach|vor) (halb )?(\d{1,2})", phrase)
    if m:
        amount = 15 if "viertel" in m[1] else int(m[1])
        hour = int(m[4]) - (1 if m[3] else 0)
        base = 30 if m[3] else 0  # "fünf vor halb acht": 7:25
        minute = base + amount if m[2] == "nach" else base - amount
        if minute < 0:
            hour, minute = hour - 1, minute + 60
        return hour, minute
    m = re.fullmatch(r"(\d{1,2}) uhr(?: (\d{1,2}))?", phrase)
    if m:
        return int(m[1]), int(m[2] or 0)
    return _plain_time(phrase)


_READERS = {"es": _spanish, "fr": _french, "de": _german}


# --- when ---
_W = r"[^\W\d_]+|\d+(?:[.,:h]\d+)?"
_DAY_ES = (
    r"(?:mañana|manana|hoy|esta noche|esta tarde|pasado mañana|(?:el |este |el próximo "
    r"|el proximo )?(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)"
    r"(?: que viene)?)"
)
_DAY_FR = (
    r"(?:demain(?: matin| soir)?|ce soir|cet après-midi|aujourd'hui|après-demain|(?:ce |le )?"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: prochain)?(?: matin| soir)?)"
)
_DAY_DE = (
    r"(?:morgen(?: früh| abend)?|heute(?: abend| nachmittag| nacht)?|übermorgen|(?:am |nächsten "
    r"|kommenden |diesen )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
    r"(?: früh| morgen| abend)?)"
)
_CLOCK_ES = (
    rf"(?:a|sobre|hacia) las? (?:{_W})(?: (?:y|menos) (?:{_W})(?: y (?:{_W}))?)?(?: en punto)?"
    r"(?: (?:de|por) la (?:mañana|manana|tarde|noche|madrugada))?|a (?:mediodía|medianoche)"
)
_CLOCK_FR = (
    rf"(?:à|a|vers) (?:(?:{_W})(?:-(?:{_W}))* (?:heures?|h)(?: (?:et demie?|et quart|"
    rf"moins (?:le )?quart|moins (?:{_W})|(?:{_W})))?|\d{{1,2}}[:h]\d{{2}}|midi|minuit)"
    r"(?: (?:du matin|de l'après-midi|de l' après-midi|du soir))?"
)
_CLOCK_DE = (
    rf"(?:um|gegen) (?:(?:halb|viertel|dreiviertel|viertel nach|viertel vor|(?:{_W}) nach|"
    rf"(?:{_W}) vor) (?:{_W})|(?:{_W}) uhr(?: (?:{_W}))?|\d{{1,2}}[:.]\d{{2}}(?: uhr)?|"
    rf"(?:{_W})|mittag|mitternacht)(?: (?:morgens|abends|nachmittags|früh|nachts|vormittags))?"
)


def _delay(after: str, language: str, extra: str) -> str:
    units = UNIT_PATTERN[language]
    half = {"es": " y medi[oa]", "fr": " et demie?", "de": ""}[language]
    return rf"(?:{after}) (?:(?:[\w'-]+ ){{0,4}}?(?:{units})(?:{half})?|{extra})"


_ES_PART = r"(?: por la (?:mañana|manana|tarde|noche))?"
WHEN_PATTERN = {
    "es": rf"(?:{_DAY_ES} )?(?:(?:{_CLOCK_ES})(?: {_DAY_ES}{_ES_PART})?|"
    + _delay("en|dentro de", "es", r"(?:una )?media hora|(?:un )?cuarto de hora")
    + rf")|{_DAY_ES}{_ES_PART}",
    "fr": rf"(?:{_DAY_FR} )?(?:(?:{_CLOCK_FR})(?: {_DAY_FR})?|"
    + _delay("dans|d'ici", "fr", r"(?:une )?demi-heure|(?:un )?quart d' ?heure")
    + rf")|{_DAY_FR}",
    "de": rf"(?:{_DAY_DE} )?(?:(?:{_CLOCK_DE})(?: {_DAY_DE})?|"
    + _delay("in|nach", "de", r"(?:einer )?(?:halben stunde|viertelstunde|dreiviertelstunde)")
    + rf")|{_DAY_DE}",
}
"""What a "when" slot may look like in a phrase, like the English "in ...", "at ..."."""

_AFTER = {
    "es": r"^(?:en|dentro de|despues de) ",
    "fr": r"^(?:dans|d'ici|apres) ",
    "de": r"^(?:in|nach) ",
}
_TOMORROW = {
    "es": r"(?<!la )\bmanana\b",  # "de la mañana" is the morning
    "fr": r"\bdemain\b",
    "de": r"(?<!am )\bmorgen\b",  # "am Morgen" is the morning
}
WEEKDAYS = {
    "es": ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
}
"""Monday first, as written once accents are dropped (``plain``)."""
_WEEKDAY_SAID = {
    "es": r"(?:el |este |el proximo )?\b({names})\b(?: que viene| proximo)?",
    "fr": r"(?:ce |le )?\b({names})\b(?: prochain)?",
    "de": r"(?:am |nachsten |kommenden |diesen |diesem )?\b({names})\b",
}
_DAY_AFTER_TOMORROW = {
    "es": r"\bpasado manana\b",
    "fr": r"\bapres[- ]demain\b",
    "de": r"\bubermorgen\b",
}
_PART_OF_DAY: dict[str, list[tuple[str, str, int]]] = {
    "es": [
        (r"por la manana|temprano", "de la manana", 9),
        (r"por la tarde", "de la tarde", 16),
        (r"por la noche", "de la noche", 20),
    ],
    "fr": [
        (r"matin", "du matin", 9),
        (r"apres[- ]midi", "de l'apres-midi", 15),
        (r"soir", "du soir", 19),
    ],
    "de": [
        (r"fruh|morgen|vormittag", "morgens", 9),
        (r"nachmittag", "nachmittags", 15),
        (r"abend|nacht", "abends", 19),
    ],
}
"""A part of the day said beside "tomorrow" ("demain matin", "morgen früh", "mañana
por la tarde"): how a clock time says it, and the hour meant when no time is said."""
_TONIGHT = {
    "es": r"^(?:esta noche|esta tarde)\b",
    "fr": r"^(?:ce soir|cet apres[- ]midi|cette nuit)\b",
    "de": r"^(?:heute abend|heute nachmittag|heute nacht)\b",
}
_TODAY = {"es": r"^hoy\b", "fr": r"^aujourd'hui\b", "de": r"^heute\b"}


def _part_of_day(phrase: str, language: str) -> tuple[str, tuple[str, int] | None]:
    """``phrase`` without a part of the day that starts it ("matin à sept heures") or is
    all of it ("früh"), and that part: how a clock time says it, and its usual hour."""
    for words, said_as, hour in _PART_OF_DAY[language]:
        found = re.match(rf"(?:{words})\b", phrase)
        if found:
            return phrase[found.end() :].strip(), (said_as, hour)
    return phrase, None


def parse_when_in(text: str, language: str) -> When:
    """When, said in ``language``: after a delay or at a time of day."""
    phrase = " ".join(plain(text).replace(".", "").split())
    days, weekday = 0, None
    names = WEEKDAYS[language]
    found = (
        (re.search(_WEEKDAY_SAID[language].format(names="|".join(names)), phrase), 0),
        (re.search(_DAY_AFTER_TOMORROW[language], phrase), 2),
        (re.search(_TOMORROW[language], phrase), 1),
    )
    named, ahead = next(((m, a) for m, a in found if m is not None), (None, 0))
    if named is not None:
        before, after = phrase[: named.start()].strip(), phrase[named.end() :].strip()
        after, part = _part_of_day(after, language)
        if not before or not after:  # "mañana a las 9", "à 9 heures demain (matin)"
            if ahead:
                days = ahead
            else:  # a weekday: "el viernes", "vendredi prochain", "am Freitag"
                weekday = names.index(named[1])
            phrase = before or after
            if not phrase:
                return When(
                    at=ClockTime(part[1] if part else 9, 0), days_ahead=days, weekday=weekday
                )
            if part and not any(re.search(p, phrase) for p, _ in _DAYPART[language]):
                phrase = f"{phrase} {part[0]}"
    evening = re.match(_TONIGHT[language], phrase)
    if evening is None:
        phrase = re.sub(_TODAY[language], "", phrase).strip()
    if evening:
        phrase = phrase[evening.end() :].strip() or {"es": "8", "fr": "8", "de": "8"}[language]
    if re.match(_AFTER[language], phrase) and not evening:
        try:
            return When(
                delay=int(parse_duration_in(re.sub(_AFTER[language], "", phrase), language))
            )
        except SlotError:
            raise SlotError(question("when", language, said(text))) from None
    if not phrase:
        return When(at=ClockTime(9, 0), days_ahead=days, weekday=weekday)
    try:
        at = parse_clock_time_in(phrase, language)
    except SlotError:
        try:
            return When(delay=int(parse_duration_in(phrase, language)))
        except SlotError:
            raise SlotError(question("when", language, said(text))) from None
    if evening and at.hour < 12:
        at = ClockTime(at.hour + 12, at.minute)
    return When(at=at, days_ahead=days, weekday=weekday)
