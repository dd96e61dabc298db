"""Words as the encyclopedia's search compares them, the same for an article's title
and for a question: lower case, without accents or punctuation, a plural's ending and
(in English) a possessive's ``'s`` dropped, number words and Roman numerals as digits
("World War Two", "world war 2" and "World War II" are the same words). And the names
an article is known by: its title, the title without a qualifier in brackets or a
leading article ("The", "El", "La"), "Mount"/"Lake"/"River" ("Monte", "Lac"...), a
person's surname, "the first world war" for "World War I".

Each language folds its own way (``FOLDINGS``, ``NAMINGS``): English exactly as the
measured English search always has; Spanish and French drop a final ``s``/``x`` and
then a final ``e``, so "ciudad"/"ciudades", "grand"/"grande"/"grandes" and
"capital"/"capitale" meet (the folded form is only ever compared, never shown).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass

_NUMBERS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
}
_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9"}
_ORDINALS = {
    "1": "first",
    "2": "second",
    "3": "third",
    "4": "fourth",
    "5": "fifth",
    "6": "sixth",
    "7": "seventh",
    "8": "eighth",
    "9": "ninth",
}
_LIFE_YEARS = re.compile(r"\(\s*(?:born\s+|c\.\s*)?\d{3,4}\s*(?:BC\s*)?(?:[–-]\s*\d{0,4}|\))")
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})
_NOT_SURNAMES = {"jr", "sr", "great", "elder", "younger", "saint"}


def _english_plural(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _romance_plural(word: str) -> str:
    """Spanish and French: "ciudades" -> "ciudad", "capitale(s)" -> "capital", "chevaux"
    -> "cheval", "jeux" -> "jeu", "terminée" -> "termin"; "país", "virus" and short
    words are left alone."""
    if len(word) > 4 and word.endswith("aux"):
        return word[:-3] + "al"
    plural_s = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    if len(word) > 3 and (word.endswith("x") or plural_s):
        word = word[:-1]
    for _ in range(2):  # "terminée" and "terminé" meet at "termin"
        if len(word) > 3 and word.endswith("e"):
            word = word[:-1]
    return word


def _numbers(two_to_ten: str) -> dict[str, str]:
    return {word: str(n) for n, word in enumerate(two_to_ten.split(), 2)}


@dataclass(frozen=True)
class Folding:
    """How one language's words are compared."""

    numbers: Mapping[str, str]
    """Number words as digits ("un"/"una" are also articles: never numbers)."""
    plural: Callable[[str], str]
    and_word: str
    """What "&" is read as."""
    possessive: bool = False
    """Drop a possessive "'s" (English)."""


FOLDINGS: dict[str, Folding] = {
    "en": Folding(_NUMBERS, _english_plural, "and", possessive=True),
    "es": Folding(
        _numbers("dos tres cuatro cinco seis siete ocho nueve diez"), _romance_plural, "y"
    ),
    "fr": Folding(_numbers("deux trois quatre cinq six sept huit neuf dix"), _romance_plural, "et"),
}


def _fold(word: str, folding: Folding = FOLDINGS["en"]) -> str:
    if word in folding.numbers:
        return folding.numbers[word]
    if word in _ROMAN:
        return _ROMAN[word]
    return folding.plural(word)


def words(text: str, language: str = "en") -> list[str]:
    """The compared form of ``text``'s words, in ``language``, in order."""
    folding = FOLDINGS.get(language, FOLDINGS["en"])
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().translate(_LETTERS)
    text = text.replace("&", f" {folding.and_word} ")
    if folding.possessive:
        text = re.sub(r"'s\b", "", text)
    return [_fold(w, folding) for w in re.findall(r"[a-z0-9]+", text)]


def key(text: str, language: str = "en") -> str:
    return " ".join(words(text, language))


def _set(text: str, language: str) -> frozenset[str]:
    return frozenset(words(text, language))


@dataclass(frozen=True)
class Naming:
    """The names an article is known by, besides its title, in one language."""

    leading: frozenset[str]
    """Articles dropped from a title's start: "The Starry Night": "starry night"."""
    places: frozenset[str]
    """"Mount Everest": "everest"."""
    particles: frozenset[str]
    """Inside a person's name, these make the last word no surname of its own
    ("Alexander of Macedon", "Carlos de Borbón")."""
    ordinals: bool = False
    """"World War II" is also "the second world war" (English)."""
    person_topics: frozenset[str] = frozenset()
    """The package's categories of people: where descriptions have no years of life."""
    first_of_name: frozenset[str] = frozenset()
    """A ruler's "the First", as French writes it: "Napoléon Ier" is "Napoléon"."""


NAMINGS: dict[str, Naming] = {
    "en": Naming(
        _set("the", "en"),
        _set("mount lake river", "en"),
        _set("of the von de", "en"),
        ordinals=True,
    ),
    "es": Naming(
        _set("el la los las", "es"),
        _set("monte lago río", "es"),
        _set("de del la las los y von", "es"),
        person_topics=frozenset({"Personas"}),
    ),
    "fr": Naming(
        _set("le la les l", "fr"),
        _set("mont lac fleuve", "fr"),
        _set("de du d la le les von", "fr"),
        person_topics=frozenset({"Personnalités"}),
        first_of_name=frozenset({"ier", "1er"}),
    ),
}


def is_person(description: str, topic: str = "", language: str = "en") -> bool:
    """A person's short description ends with the years of their life: "(1867–1934)"
    (or, in Spanish and French, the package files them among people)."""
    naming = NAMINGS.get(language, NAMINGS["en"])
    return bool(_LIFE_YEARS.search(description)) or topic in naming.person_topics


def names(title: str, description: str, language: str = "en", topic: str = "") -> dict[str, bool]:
    """The keys an article can be asked about by, each with whether it is the whole
    title (a weaker name, such as a surname, counts for less when two articles share
    it)."""
    naming = NAMINGS.get(language, NAMINGS["en"])
    found = {key(title, language): True}
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", title)
    if bare != title:
        found.setdefault(key(bare, language), False)  # "Mercury (planet)": "mercury"
    tokens = words(bare, language)
    if tokens and tokens[0] in naming.leading and len(tokens) > 1:
        found.setdefault(" ".join(tokens[1:]), False)  # "The Starry Night": "starry night"
    if len(tokens) > 1 and (tokens[0] in naming.places or tokens[-1] in naming.places):
        rest = tokens[1:] if tokens[0] in naming.places else tokens[:-1]
        found.setdefault(" ".join(rest), False)  # "Mount Everest": "everest"
    if len(tokens) > 1 and tokens[-1] in naming.first_of_name:
        found.setdefault(" ".join(tokens[:-1]), False)  # "Napoléon Ier": "napoleon"
    if len(tokens) > 1 and bare.endswith(" I"):  # "I" is a word too: only here a number
        tokens = [*tokens[:-1], "1"]
        found.setdefault(" ".join(tokens), False)
    if naming.ordinals and len(tokens) > 1 and tokens[-1] in _ORDINALS and not tokens[-2].isdigit():
        ordinal = _ORDINALS[tokens[-1]]  # "World War II": "second world war"
        found.setdefault(" ".join([ordinal, *tokens[:-1]]), False)
    if (
        is_person(description, topic, language)
        and len(tokens) > 1
        and not naming.particles & set(tokens[1:-1])
        and tokens[-1] not in _NOT_SURNAMES
        and not tokens[-1].isdigit()
        and len(tokens[-1]) > 2
    ):
        found.setdefault(tokens[-1], False)  # "Ludwig van Beethoven": "beethoven"
    found.pop("", None)
    return found
