"""How a reminder's task is said back: the word that introduced it ("remind me *that*
the plumber comes", "recuérdame *que* llame a mi madre") and, after a Spanish or French
"que", the clause turned to the user ("que llames a tu madre", "que vous devez
appeler")."""

from __future__ import annotations

import re

_CLAUSE = {"en": "that", "es": "que", "fr": r"que|qu(?=['’])", "de": "dass"}
_THING = {"en": "about|of|for", "es": "de", "fr": r"de|d(?=['’])", "de": "an|daran"}

_ES_LEADING = {"no", "te", "se", "nos", "le", "les", "lo", "los"}
"""Words before a Spanish verb: "que no te olvides", "que se lo dé"."""
_ES_NOT_VERBS = {
    "a",
    "ante",
    "antes",
    "cada",
    "cuando",
    "de",
    "desde",
    "donde",
    "durante",
    "entre",
    "esa",
    "ese",
    "esta",
    "este",
    "hasta",
    "la",
    "mañana",
    "mi",
    "mientras",
    "nada",
    "noche",
    "nunca",
    "otra",
    "para",
    "que",
    "siempre",
    "sobre",
    "su",
    "tarde",
    "toda",
    "tu",
    "una",
    "ya",
}
"""Words ending like a first-person subjunctive ("llame", "coma") that are not verbs."""
_ES_FIRST_PERSON = {
    "debo": "debes",
    "estoy": "estás",
    "he": "has",
    "hago": "haces",
    "necesito": "necesitas",
    "puedo": "puedes",
    "quiero": "quieres",
    "sé": "sabes",
    "soy": "eres",
    "tengo": "tienes",
    "voy": "vas",
}
_DE_FIRST_PERSON = {
    "arbeite": "arbeitest",
    "bin": "bist",
    "brauche": "brauchst",
    "darf": "darfst",
    "esse": "isst",
    "fahre": "fährst",
    "hab": "hast",
    "habe": "hast",
    "hatte": "hattest",
    "heiße": "heißt",
    "kann": "kannst",
    "mag": "magst",
    "muss": "musst",
    "soll": "sollst",
    "war": "warst",
    "weiß": "weißt",
    "will": "willst",
}
"""German verbs of "ich" whose "du" form is not the "-e" to "-st" rule ("wohne" ->
"wohnst")."""
_FR_FIRST_PERSON = {
    "ai": "avez",
    "dois": "devez",
    "fais": "faites",
    "peux": "pouvez",
    "suis": "êtes",
    "vais": "allez",
    "veux": "voulez",
}


def introduced_by(language: str, text: str, task: str) -> str | None:
    """The word before the task in what was said: a clause's ("that", "que"), a thing's
    ("about", "of", "for"; "de"), else None. The clause's word may have a few words
    between it and the task: "that at 5 I have to ...", "que mañana saque ..."."""
    words = re.findall(r"[\w']+", task)
    if not words or language not in _CLAUSE:
        return None
    # "j' ai" in the task was "j'ai" in the text: nothing need part a word from the next
    # after an apostrophe.
    joined = "".join(
        re.escape(w) + ("" if at == len(words) - 1 else r"\W*" if w.endswith("'") else r"\W+")
        for at, w in enumerate(words)
    )
    found = re.search(
        rf"\b(?:({_THING[language]})|({_CLAUSE[language]})(?:\W+[\w']+){{0,4}}?)\W+"
        + joined
        + r"\b",
        text,
        re.IGNORECASE,
    )
    if found is None:
        return None
    return (found.group(1) or found.group(2)).lower()


def clause_back(language: str, said: str) -> str:
    """A clause the user said of themselves, with "my" already "your", turned to them:
    "llame a tu madre" -> "llames a tu madre"; "je dois appeler" -> "vous devez
    appeler". Only the first verb changes; what is not recognised is kept as said."""
    words = said.split()
    if language == "es":
        at = 0
        while at < len(words) - 1 and words[at].lower() in _ES_LEADING:
            at += 1
        if at < len(words):
            verb = words[at].lower()
            if verb in _ES_FIRST_PERSON:
                words[at] = _ES_FIRST_PERSON[verb]
            elif verb not in _ES_NOT_VERBS and re.fullmatch(r"\w{2,}[eaé]", verb):
                words[at] += "s"  # the subjunctive's first person + s: "llame" -> "llames"
    elif language == "de" and "du" in (w.lower() for w in words):
        # "ich" is already "du": its verb follows it ("du wohne in Berlin") or ends the
        # clause ("dass du allergisch gegen Nüsse bin").
        after = [w.lower() for w in words].index("du") + 1
        for at in (after, len(words) - 1):
            if at < len(words) and _to_du(words[at]) != words[at]:
                words[at] = _to_du(words[at])
                break
    elif language == "fr" and len(words) > 1:
        first = words[0].lower()
        if first == "je" and words[1].lower() in _FR_FIRST_PERSON:
            words[:2] = ["vous", _FR_FIRST_PERSON[words[1].lower()]]
        elif first in ("j'ai", "j’ai"):
            words[0] = "vous avez"
    return " ".join(words)


def _to_du(word: str) -> str:
    lower = word.lower()
    if lower in _DE_FIRST_PERSON:
        return _DE_FIRST_PERSON[lower]
    if (
        re.fullmatch(r"\w{3,}e", word)  # lower case: a German noun is capitalised
        and not lower.endswith(("ie", "ee"))
        and not lower.startswith(_DE_NOT_VERBS)
    ):
        return word[:-1] + "st"  # "wohne" -> "wohnst", "parke" -> "parkst"
    return word


_DE_NOT_VERBS = (
    "dein", "mein", "sein", "ihre", "eine", "keine", "diese", "jede", "welche", "alle",
    "viele", "einige", "gerne", "heute", "morgen", "immer", "ohne", "gegen", "lange",
    "schnelle", "gute", "große", "kleine", "neue", "alte",
)  # fmt: skip
