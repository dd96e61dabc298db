"""How what the user said of themselves is said back to them, for reminders and
memory: the word that introduced it ("remind me *that* the plumber comes", "recuérdame
*que* llame a mi madre"), the clause turned to the user ("que llames a tu madre", "que
vous devez appeler", "du bist allergisch"), and a German clause said after "dass" put in
the order of a sentence of its own."""

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
    "vivo": "vives",
    "trabajo": "trabajas",
    "prefiero": "prefieres",
    "juego": "juegas",
    "hablo": "hablas",
    "llevo": "llevas",
    "uso": "usas",
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


def clause_back(language: str, said: str, indicative: bool = False) -> str:
    """A clause the user said of themselves, with "my" already "your", turned to them:
    "llame a tu madre" -> "llames a tu madre"; "je dois appeler" -> "vous devez
    appeler". ``indicative``: a statement ("aparqué en la planta 3" -> "aparcaste"), not
    a wish after "que" (a reminder's "que llame"). Only the first verb changes; what is
    not recognised is kept as said."""
    words = said.split()
    if language == "es" and indicative:
        at = 0
        while at < len(words) - 1 and words[at].lower() in _ES_LEADING:
            at += 1
        if at < len(words):
            words[at] = _es_statement(words[at])
    elif language == "es":
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


def _es_statement(word: str) -> str:
    """A Spanish verb of "yo" in a statement, as "tú": the short list, the preterite
    ("aparqué" -> "aparcaste", "comí" -> "comiste"); else as said."""
    lower = word.lower()
    if lower in _ES_FIRST_PERSON:
        return _ES_FIRST_PERSON[lower]
    if lower in _ES_NOT_VERBS or len(lower) < 4:
        return word
    if lower.endswith("é"):  # -ar: "aparqué" -> "aparcaste", "pagué", "empecé"
        stem = lower[:-1]
        for said, spelt in (("qu", "c"), ("gu", "g"), ("c", "z")):
            if stem.endswith(said):
                stem = stem[: -len(said)] + spelt
                break
        return stem + "aste"
    if lower.endswith("í"):  # -er, -ir: "comí" -> "comiste", "nací" -> "naciste"
        return lower[:-1] + "iste"
    return word


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


_DE_PRONOUNS = ("ich", "du", "er", "sie", "es", "wir", "ihr", "man")
_DE_LINKS = ("von", "vom", "für", "des", "der", "meiner", "meines", "unserer", "unseres")


def main_order(language: str, clause: str) -> str:
    """A German clause said after "dass" (only then: its verb is last, "mein Parkplatz
    B12 ist"), in the order of a sentence of its own ("mein Parkplatz ist B12"), so that it reads as
    one when listed or given to the model. Other languages, and a clause whose subject
    it cannot tell, are kept as said."""
    words = clause.split()
    if language != "de" or len(words) < 3:
        return clause
    verb = words[-1]
    if verb.lower() not in _DE_FINITE and not re.fullmatch(r"[a-zäöüß]{3,}(?:t|en)", verb):
        return clause
    if words[0].lower() in _DE_PRONOUNS:
        end = 1
    else:
        # A determiner and the words up to its noun ("mein Parkplatz", "der Code"), and
        # what names whose it is ("der Code für das Tor", "die Nummer meiner Frau").
        nouns = [i for i, w in enumerate(words[1:-1], 1) if w[:1].isupper()]
        if not nouns:
            return clause
        end = nouns[0] + 1
        if end < len(words) - 1 and words[end].lower() in _DE_LINKS:
            later = [i for i in nouns if i > end]
            if later:
                end = later[0] + 1
    if end >= len(words) - 1:
        return clause
    return " ".join([*words[:end], verb, *words[end:-1]])


_DE_FINITE = frozenset((
    "ist", "sind", "bin", "bist", "war", "waren", "habe", "hast", "hat", "haben", "hatte",
    "wohne", "wohnt", "arbeite", "arbeitet", "heiße", "heißt", "heisst", "steht", "liegt",
    "kommt", "mag", "magst", "kann", "muss",
))  # fmt: skip
