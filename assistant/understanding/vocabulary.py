"""Words that say nothing about which skill is meant.

Two places need them. The keyword gate (``tool_calling``) offers the language model a
skill only for a word that names what the skill is about: "how many legs does a spider
have" shares "have" with "what reminders do I have", which is no reason to ask whether
the user meant their reminders. The phrase matcher (``intents``) asks back about a slot
it could not read only when the rest of the phrase is the skill's own words: "how many
days are in a leap year" fits "how many {target} are in {amount} {source}" but with
"a leap" as the amount, and every other word of it belongs to any question.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _words(
    "a an the to of for in on at by with from into about is are was be am i me my you "
    "your it its this that these those what what's whats how when where who which do "
    "does did can could would will shall should please and or but not no yes set get "
    "make tell say give show let up down out off all some any there here now just "
    "than then so much many one two called named us we our them they their he she his "
    "her today tomorrow tonight want need like know think thing things"
)
"""Function words, dropped before any keyword is compared."""

WEAK_WORDS = _words(
    "have has had having got gets getting go goes going gone does doing left right "
    "over long still most recent latest current moment local free full low level "
    "power bit little use using used work works end last next back pass passed day "
    "week morning morn check list read add put take bring keep start change create"
)
"""Words of the skills' example phrases that ordinary questions use just as often
(auxiliaries, adverbs, general verbs): never the only evidence for a skill."""

_WORD = re.compile(r"[a-z][a-z']*")


def is_generic(word: str) -> bool:
    """A word that names nothing: a function word, a weak word, or too short to count."""
    word = word.lower()
    return len(word) < 3 or word in STOPWORDS or word in WEAK_WORDS


def has_own_words(text: str) -> bool:
    """Whether ``text`` holds a word that is not generic ("volume", "timer", "convert")."""
    return any(not is_generic(w) for w in _WORD.findall(text.lower()))
