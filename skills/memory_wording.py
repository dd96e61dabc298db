"""How remembered facts are kept and said: the user's own words, tidied ("that my parking
spot is B12." -> "My parking spot is B12"), and said back to them in the second person
("Your parking spot is B12.")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .translations import memory

MAX_FACT_CHARS = 300

_SECOND_PERSON = {
    "i'm": "you're",
    "im": "you're",
    "i am": "you are",
    "i was": "you were",
    "i've": "you've",
    "i'll": "you'll",
    "i'd": "you'd",
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "we're": "you're",
    "we are": "you are",
    "we were": "you were",
    "we've": "you've",
    "we'll": "you'll",
    "we'd": "you'd",
    "we": "you",
    "us": "you",
    "our": "your",
    "ours": "yours",
    "ourselves": "yourselves",
}
_PERSON = re.compile(
    r"(?<![\w'-])("
    + "|".join(re.escape(k) for k in sorted(_SECOND_PERSON, key=len, reverse=True))
    + r")(?![\w'-])",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"^(?:(?:that|this|the following|please|okay|ok|so|and|but|also|hey)\b[\s,:-]*)+", re.I
)
_TRAILER = re.compile(
    r"[\s,;:-]*(?:(?:ok(?:ay)?|please|thanks|thank you|for me|for later|for the future)\b"
    r"[\s,.!]*)+$",
    re.I,
)
_COMMON_START = re.compile(
    r"^(?:the|a|an|my|our|his|her|their|this|that|these|those|there|it|its|we|i'm|i've|"
    r"i'd|i'll)\b",
    re.I,
)
_ATTRIBUTES = (
    "name age birthday address email phone number password pin code spot locker size "
    "height weight job doctor dentist"
)
"""What one has only one of: a newer "my name is ..." replaces the old one."""
_SINGLE_STATE = re.compile(r"^(?:i|we) (parked|live|work|am staying|'m staying)\b", re.I)


@dataclass(frozen=True)
class _Wording:
    """How one language says what a thing is ("my parking spot is B12"), what it is
    called ("mein Bruder heißt Paul") and where it is ("mon vélo se trouve au garage")."""

    fact: re.Pattern[str]
    own: frozenset[str]
    not_a_thing: frozenset[str]
    attributes: frozenset[str]


def _wording(
    copula: str, named: str, placed: str, own: str, pronouns: str, attributes: str
) -> _Wording:
    verb = rf"(?P<named>{named})|(?P<placed>{placed})|(?P<copula>{copula})"
    return _Wording(
        re.compile(rf"^(?P<thing>.{{2,60}}?) (?:{verb})(?![\w'-]) .+$", re.I),
        frozenset(own.split()),
        frozenset(pronouns.split()),
        frozenset(attributes.split()),
    )


_WORDINGS = [
    _wording(
        "is|are|was|were",
        "is called|are called",
        "is parked|are parked",
        "my our the",
        "i it this that there he she they",
        _ATTRIBUTES,
    )
] + [
    _wording(
        memory.COPULAS[code],
        memory.NAMED[code],
        memory.PLACED[code],
        memory.OWN[code],
        memory.NOT_A_THING[code],
        memory.ATTRIBUTES[code],
    )
    for code in memory.COPULAS
]
_STATES = [
    (key, re.compile(rf"^{pattern}(?![\w'-])", re.I)) for key, pattern in memory.STATES.items()
]


def clean_fact(text: str) -> str:
    """What is kept: the fact without "that", "please" and end punctuation, within
    MAX_FACT_CHARS, with a capital letter ("" when nothing is left)."""
    text = " ".join(text.replace("\u2019", "'").split()).strip(" \"'")
    text = _TRAILER.sub("", _LEAD_IN.sub("", text)).strip(" ,;:-")
    text = text.rstrip(".!?").strip(" \"'")
    if len(text) > MAX_FACT_CHARS:
        text = text[:MAX_FACT_CHARS].rsplit(" ", 1)[0]
    return capitalised(text)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def second_person(text: str) -> str:
    """ "my" -> "your", "I'm" -> "you're", "we were" -> "you were"; the rest as it was,
    the first letter in lower case when it is a common word ("My" -> "your")."""

    def swap(match: re.Match[str]) -> str:
        return _SECOND_PERSON[match.group(1).lower()]

    if _COMMON_START.match(text):
        text = text[:1].lower() + text[1:]
    return _PERSON.sub(swap, text)


def said_back(fact: str) -> str:
    """A fact as a sentence to the user: "Your parking spot is B12."."""
    return capitalised(second_person(fact)).rstrip(".") + "."


def subject(fact: str) -> str | None:
    """What a fact is about when a newer one about the same thing replaces it: the words
    before "is"/"are" when they name one attribute ("my parking spot", "mi plaza de
    aparcamiento", "mein Parkplatz"), what a thing is called or where it is kept ("mein
    Bruder heißt ...", "my car is parked ..."), or "I parked"/"I live" in any of the
    languages ("aparqué en ..."); else None (several facts may be true together: "I like
    jazz" and "I like pizza", "my son is 5" and "my son is allergic to nuts")."""
    single = _SINGLE_STATE.match(fact)
    if single:
        return f"i {single.group(1).lower().replace(chr(39) + 'm', 'am')}"
    for key, state in _STATES:
        if state.match(fact):
            return key
    for wording in _WORDINGS:
        about = _about(wording, fact)
        if about is not None:
            return about
    return None


def _about(wording: _Wording, fact: str) -> str | None:
    found = wording.fact.match(fact)
    if found is None:
        return None
    thing = re.sub(r"(?<![\w'])(l|d|j|c|qu)'(?=\w)", r"\1' ", found.group("thing").lower())
    words = thing.split()
    if len(words) > 6 or words[0] in wording.not_a_thing:
        return None
    named = [w for w in words if w not in wording.own]
    if not named:
        return None
    if found.group("named"):
        return f"{' '.join(named)}: name"
    if found.group("placed"):
        return f"{' '.join(named)}: place"
    if len(named) < 2 and named[0] not in wording.attributes:
        return None  # "my son is 5" and "my son is allergic to nuts" are both true
    return " ".join(words)
