"""Numbers, lengths of time and clock times written for a voice in Spanish, French and
German.

A voice reads digits in its own language well ("17" is "diecisiete" to a Spanish
voice), so numbers stay digits, with the language's decimal comma ("2,5"). What a
voice cannot know is written out: the article of a single unit, whose gender the
digit hides ("una hora", "une minute", "eine Stunde", never "1 hora"); and clock
times as people say them ("las siete y media de la tarde", "dix-neuf heures
trente", "19 Uhr 30").
"""

from __future__ import annotations

from hearth.assistant.speech_text import speakable_number

_UNITS: dict[str, list[tuple[int, str, str]]] = {
    # size, one (with its article), several (after a number)
    "es": [
        (86400, "un día", "días"),
        (3600, "una hora", "horas"),
        (60, "un minuto", "minutos"),
        (1, "un segundo", "segundos"),
    ],
    "fr": [
        (86400, "un jour", "jours"),
        (3600, "une heure", "heures"),
        (60, "une minute", "minutes"),
        (1, "une seconde", "secondes"),
    ],
    "de": [
        (86400, "ein Tag", "Tage"),
        (3600, "eine Stunde", "Stunden"),
        (60, "eine Minute", "Minuten"),
        (1, "eine Sekunde", "Sekunden"),
    ],
}
AND = {"en": "and", "es": "y", "fr": "et", "de": "und"}


def join_words(items: list[str], language: str) -> str:
    """ "a, b y c" / "a, b et c" / "a, b und c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {AND.get(language, 'and')} " + items[-1]


def spoken_number_in(value: float, language: str) -> str:
    """ "2,5", "17", "-3" as a voice in ``language`` should read them."""
    text = speakable_number(value)
    if language in ("es", "fr", "de"):
        text = text.replace(".", ",")
    return text


def spoken_duration_in(seconds: int, language: str) -> str:
    """ "1 hora y 30 minutos" -> "una hora y 30 minutos"; "eine Stunde und 5 Minuten"."""
    parts = []
    for size, one, several in _UNITS[language]:
        count, seconds = divmod(seconds, size)
        if count == 1:
            parts.append(one)
        elif count:
            parts.append(f"{count} {several}")
    if not parts:
        return {"es": "0 segundos", "fr": "0 seconde", "de": "0 Sekunden"}[language]
    return join_words(parts, language)


_ES_HOURS = [
    "doce",
    "una",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
]


def spoken_clock(hour: int, minute: int, language: str) -> str:
    """A time of day as said in ``language`` (24-hour ``hour``)."""
    if language == "es":
        return _spanish_clock(hour, minute)
    if language == "fr":
        if (hour, minute) == (12, 0):
            return "midi"
        if (hour, minute) == (0, 0):
            return "minuit"
        hours = "une heure" if hour == 1 else f"{hour} heures"
        return hours if minute == 0 else f"{hours} {minute}"
    if language == "de":
        hours = "ein Uhr" if hour == 1 else f"{hour} Uhr"
        return hours if minute == 0 else f"{hours} {minute}"
    raise ValueError(f"no spoken clock times for {language!r}")


def _spanish_clock(hour: int, minute: int) -> str:
    """ "las siete y media de la tarde", "la una menos cuarto", "las doce del mediodía"."""
    if (hour, minute) == (12, 0):
        return "las doce del mediodía"
    if (hour, minute) == (0, 0):
        return "las doce de la noche"
    shown = hour
    if minute > 30 and minute % 15 == 0:  # "las ocho menos cuarto"
        shown, said = hour + 1, "menos cuarto"
    elif minute == 0:
        said = "en punto"
    elif minute == 30:
        said = "y media"
    elif minute == 15:
        said = "y cuarto"
    else:
        said = f"y {minute}"
    part = shown % 24
    when = (
        "de la mañana"
        if 5 <= part < 12
        else "de la tarde"
        if 12 <= part < 20
        else "de la noche"
        if part >= 20
        else "de la madrugada"
    )
    name = _ES_HOURS[part % 12]
    article = "la" if name == "una" else "las"
    said = "" if said == "en punto" else f" {said}"
    return f"{article} {name}{said} {when}"
