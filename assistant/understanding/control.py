"""Control words, answered before anything else: stop/cancel (which also drop a question
a skill is waiting on) and "repeat" / "say that again" (the last reply once more)."""

from __future__ import annotations

import re

_STOP = re.compile(
    r"^(?:hey |ok |okay )?(?:please )?(stop|cancel|never ?mind|forget it|be quiet|quiet|"
    r"shut up|that's all|that is all)(?: please)?$"
)
_REPEAT = re.compile(
    r"^(?:hey |ok |okay )?(?:please |can you |could you )*(?:repeat(?: that| it| yourself)?|"
    r"say (?:that|it) again|what did you (?:just )?say|come again|pardon(?: me)?|"
    r"sorry what|i didn't (?:catch|hear) that|one more time)(?: please)?$"
)
NOTHING_TO_REPEAT = "I haven't said anything yet."


_OTHER: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "es": (
        re.compile(
            r"^(?:oye )?(?:por favor )?(para|párale|basta|cancela|cancelar|déjalo|olvídalo|"
            r"cállate|silencio|eso es todo|nada)(?: por favor)?$"
        ),
        re.compile(
            r"^(?:oye )?(?:puedes )?(repite|repítelo|repite eso|qué has dicho|qué dijiste|"
            r"otra vez|cómo dices|perdona qué)(?: por favor)?$"
        ),
    ),
    "fr": (
        re.compile(
            r"^(?:s'il te plaît )?(arrête|stop|annule|laisse tomber|tais-toi|silence|"
            r"c'est tout|rien|oublie)(?: s'il te plaît)?$"
        ),
        re.compile(
            r"^(?:tu peux )?(répète|répète ça|répéter|qu'est-ce que tu as dit|pardon|"
            r"comment|encore une fois)(?: s'il te plaît)?$"
        ),
    ),
    "de": (
        re.compile(
            r"^(?:bitte )?(stopp|stop|halt|abbrechen|vergiss es|sei still|ruhe|schon gut|"
            r"das wars|das war's|das ist alles)(?: bitte)?$"
        ),
        re.compile(
            r"^(?:kannst du das )?(wiederhole das|wiederholen|wiederhol das|sag das nochmal|"
            r"noch einmal|nochmal|was hast du gesagt|wie bitte)(?: bitte)?$"
        ),
    ),
}
_SAID = {
    "stop": {"en": "Okay.", "es": "De acuerdo.", "fr": "D'accord.", "de": "Okay."},
    "nothing": {
        "en": "I haven't said anything yet.",
        "es": "Todavía no he dicho nada.",
        "fr": "Je n'ai encore rien dit.",
        "de": "Ich habe noch nichts gesagt.",
    },
}


def said(key: str, language: str) -> str:
    """What a control word answers ("stop" or "nothing" to repeat), in ``language``."""
    return _SAID[key].get(language, _SAID[key]["en"])


def control_word(text: str, language: str = "en") -> str | None:
    """``stop``, ``repeat`` or None: lower case, without punctuation, the whole utterance."""
    if language in _OTHER:
        phrase = " ".join(re.sub(r"[^\w' -]", " ", text.lower()).split())
        stop, repeat = _OTHER[language]
        return "stop" if stop.match(phrase) else "repeat" if repeat.match(phrase) else None
    phrase = re.sub(r"[^\w' ]", "", text.lower()).strip()
    if _STOP.match(phrase):
        return "stop"
    if _REPEAT.match(phrase):
        return "repeat"
    return None
