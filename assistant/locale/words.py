"""Small words every skill needs in each language: yes and no, "say yes or no", and the
questions the slot parsers ask back when they could not read a slot."""

from __future__ import annotations

import re

from hearth.assistant.locale import plain

_QUESTIONS: dict[str, dict[str, str]] = {
    "duration": {
        "en": "How long? I didn't understand {said} as a length of time.",
        "es": "¿Cuánto tiempo? No entendí {said} como una duración.",
        "fr": "Combien de temps ? Je n'ai pas compris {said} comme une durée.",
        "de": "Wie lange? Ich habe {said} nicht als Zeitspanne verstanden.",
    },
    "too_long": {
        "en": "That is longer than a year. How long should it be?",
        "es": "Eso es más de un año. ¿Cuánto tiempo debería ser?",
        "fr": "C'est plus d'un an. Combien de temps ?",
        "de": "Das ist länger als ein Jahr. Wie lange soll es sein?",
    },
    "time": {
        "en": "What time? I didn't understand {said} as a time of day.",
        "es": "¿A qué hora? No entendí {said} como una hora del día.",
        "fr": "À quelle heure ? Je n'ai pas compris {said} comme une heure.",
        "de": "Um wie viel Uhr? Ich habe {said} nicht als Uhrzeit verstanden.",
    },
    "when": {
        "en": "When? I didn't understand {said}.",
        "es": "¿Cuándo? No entendí {said}.",
        "fr": "Quand ? Je n'ai pas compris {said}.",
        "de": "Wann? Ich habe {said} nicht verstanden.",
    },
    "number": {
        "en": "What number? I didn't understand {said} as a number.",
        "es": "¿Qué número? No entendí {said} como un número.",
        "fr": "Quel nombre ? Je n'ai pas compris {said} comme un nombre.",
        "de": "Welche Zahl? Ich habe {said} nicht als Zahl verstanden.",
    },
    "gave_up": {
        "en": "Sorry, I still didn't get that, so I did nothing.",
        "es": "Perdona, sigo sin entenderlo, así que no he hecho nada.",
        "fr": "Désolé, je n'ai toujours pas compris, donc je n'ai rien fait.",
        "de": "Entschuldige, ich habe es wieder nicht verstanden, also habe ich nichts getan.",
    },
    "should_i": {
        "en": "Should I do that?",
        "es": "¿Lo hago?",
        "fr": "Je le fais ?",
        "de": "Soll ich das tun?",
    },
    "which_slot": {
        "en": "What {said}?",
        "es": "¿Puedes decirme {said}?",
        "fr": "Peux-tu me dire {said} ?",
        "de": "Kannst du mir {said} sagen?",
    },
    "say_yes_or_no": {
        "en": "Say yes or no.",
        "es": "Di sí o no.",
        "fr": "Dites oui ou non.",
        "de": "Sag ja oder nein.",
    },
    "wont": {
        "en": "Okay, I won't.",
        "es": "De acuerdo, no lo haré.",
        "fr": "D'accord, je ne le fais pas.",
        "de": "Okay, dann nicht.",
    },
}


def question(key: str, language: str, said: str = "") -> str:
    """One of the questions above in ``language`` (English when it has none)."""
    table = _QUESTIONS[key]
    return table.get(language, table["en"]).format(said=said)


_YES = {
    "es": {"si", "claro", "vale", "de acuerdo", "por supuesto", "hazlo", "adelante", "sale"},
    "fr": {"oui", "ouais", "bien sur", "d'accord", "vas-y", "allez-y", "ok", "volontiers"},
    "de": {"ja", "jawohl", "klar", "genau", "gerne", "mach das", "mach es", "okay", "ok", "jo"},
}
_NO = {
    "es": {"no", "nop", "para nada", "cancela", "dejalo", "mejor no", "no gracias"},
    "fr": {"non", "pas du tout", "annule", "laisse tomber", "non merci", "surtout pas"},
    "de": {"nein", "ne", "nee", "lieber nicht", "abbrechen", "auf keinen fall", "nein danke"},
}
_YES_START = {"es": ("si ",), "fr": ("oui ",), "de": ("ja ",)}
_NO_START = {"es": ("no ",), "fr": ("non ",), "de": ("nein ",)}


def yes_or_no_in(text: str, language: str) -> bool | None:
    """True for yes, False for no, None when neither, in ``language`` (English words are
    understood too: people mix them in)."""
    words = " ".join(re.sub(r"[,.!?¡¿]", " ", plain(text)).split())
    words = re.sub(r"\b(?:por favor|s'il (?:te|vous) plait|bitte|gracias|merci|danke)$", "", words)
    words = words.strip()
    if words in _YES.get(language, set()) or words.startswith(_YES_START.get(language, ())):
        return True
    if words in _NO.get(language, set()) or words.startswith(_NO_START.get(language, ())):
        return False
    return None
