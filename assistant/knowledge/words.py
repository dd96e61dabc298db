"""Words as the encyclopedia's search compares them, the same for an article's title
and for a question: lower case, without accents or punctuation, a plural's ``s`` and a
possessive's ``'s`` dropped, number words and Roman numerals as digits ("World War
Two", "world war 2" and "World War II" are the same words). And the names an article
is known by: its title, the title without a qualifier in brackets or a leading "The",
"Mount"/"Lake"/"River", a person's surname, "the first world war" for "World War I".
"""

from __future__ import annotations

import re
import unicodedata

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
_PLACE_WORDS = {"mount", "lake", "river"}


def _fold(word: str) -> str:
    if word in _NUMBERS:
        return _NUMBERS[word]
    if word in _ROMAN:
        return _ROMAN[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """The compared form of ``text``'s words, in order."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().translate(_LETTERS)
    text = re.sub(r"'s\b", "", text.replace("&", " and "))
    return [_fold(w) for w in re.findall(r"[a-z0-9]+", text)]


def key(text: str) -> str:
    return " ".join(words(text))


def is_person(description: str) -> bool:
    """A person's short description ends with the years of their life: "(1867–1934)"."""
    return bool(_LIFE_YEARS.search(description))


def names(title: str, description: str) -> dict[str, bool]:
    """The keys an article can be asked about by, each with whether it is the whole
    title (a weaker name, such as a surname, counts for less when two articles share
    it)."""
    found = {key(title): True}
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", title)
    if bare != title:
        found.setdefault(key(bare), False)  # "Mercury (planet)": "mercury"
    tokens = words(bare)
    if tokens and tokens[0] == "the" and len(tokens) > 1:
        found.setdefault(" ".join(tokens[1:]), False)  # "The Starry Night": "starry night"
    if len(tokens) > 1 and (tokens[0] in _PLACE_WORDS or tokens[-1] in _PLACE_WORDS):
        rest = tokens[1:] if tokens[0] in _PLACE_WORDS else tokens[:-1]
        found.setdefault(" ".join(rest), False)  # "Mount Everest": "everest"
    if len(tokens) > 1 and bare.endswith(" I"):  # "I" is a word too: only here a number
        tokens = [*tokens[:-1], "1"]
        found.setdefault(" ".join(tokens), False)
    if len(tokens) > 1 and tokens[-1] in _ORDINALS and not tokens[-2].isdigit():
        ordinal = _ORDINALS[tokens[-1]]  # "World War II": "second world war"
        found.setdefault(" ".join([ordinal, *tokens[:-1]]), False)
    if (
        is_person(description)
        and len(tokens) > 1
        and not {"of", "the", "von", "de"} & set(tokens[1:-1])
        and tokens[-1] not in _NOT_SURNAMES
        and not tokens[-1].isdigit()
        and len(tokens[-1]) > 2
    ):
        found.setdefault(tokens[-1], False)  # "Ludwig van Beethoven": "beethoven"
    found.pop("", None)
    return found
