"""What a request asks, as far as the encyclopedia cares: is it a question about
something (rather than a command, chit-chat, or about the user, the assistant or
what is happening now), and which of its words could name the subject.

Cheap and pure: the router asks it of every request that reaches the language model,
before the encyclopedia is even loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hearth.assistant.knowledge.words import words

_PREAMBLE = re.compile(
    r"^(?:(?:hey|hi|ok|okay|so|well|um+|uh+|erm|er|hmm+|hearth|computer|please|quick question|"
    r"excuse me|sorry|actually|and|but|oh)\b[\s,]*)*"
    r"(?:(?:can|could|would|will) you (?:please )?(?:tell|remind|explain to) me\b\s*|"
    r"(?:do|did) you (?:happen to )?know\b\s*|i (?:want|would like|d like|wanna) to know\b\s*|"
    r"i (?:was )?wonder(?:ing)?\b\s*|tell me\b\s*(?:something |more |a bit |a little )?|"
    r"(?:can|could) i ask you\b\s*|any idea\b\s*|let me know\b\s*)?"
)
QUESTION_WORDS = set(words("who what when where which whose whom how why"))
_STARTS = QUESTION_WORDS | set(
    words("is are was were did does do has have had about explain describe define in on")
)
"""How a question starts once its preamble is dropped ("in what year ...")."""
FUNCTION_WORDS = QUESTION_WORDS | set(
    words(
        "a an the of in on at to for from by with about as and or is are was were be been "
        "being do does did done has have had can could will would should shall may might "
        "must it its this that these those there their they them he she him her his hers "
        "if than then so very much many some any all also into up out over exactly again "
        "please um uh erm er hmm oh well just really actually like thing anything something "
        "tell know s mean means called get got"
    )
)
"""Words that say nothing about the subject."""
ASKING = set(
    words(
        "happen happened happens die died dies sink sank sunk stand stands look looks feel "
        "smell taste cost costs weigh weighs tall high old big far long year guy person man woman "
        "someone somebody stuff kind sort type name"
    )
)
"""Words that ask about the subject without naming it, some of them rare in the
encyclopedia's summaries ("what happened to ...", "when did ... die")."""
STANDING_OUT = set(
    words(
        "largest biggest tallest highest longest deepest oldest youngest smallest fastest "
        "slowest hottest coldest richest heaviest most least best worst first last"
    )
)
"""Who or what is "the largest", "the first": the answer is one member of a category
("the largest country", "the first person on the Moon") that the category's own
article (Country, Moon) rarely names; the language model answers those on its own."""
_HOW_MUCH = set(
    words(
        "deep tall high long far big heavy fast hot cold many much old wide large small "
        "bright often"
    )
)
_MEASURES = set(
    words("height length depth population area size weight speed temperature distance age")
)
PERSONAL = set(words("i me my mine myself you your yours yourself we us our ours ourselves"))
"""The user or the assistant: "how old are you", "what is my name" are no encyclopedia
questions (and "i" is also the Roman one of "World War I": only outside a name)."""
LIVE = set(
    words(
        "today tonight tomorrow yesterday now currently current latest recent recently "
        "weather forecast news headlines score price stock traffic open nearest nearby until"
    )
)
LIVE_PHRASES = {
    ("last", "night"), ("last", "week"), ("this", "week"), ("this", "year"), ("this", "month"),
    ("next", "week"), ("right", "now"), ("next", "door"),
}  # fmt: skip
"""What is happening now, or near the user: not what an encyclopedia's snapshot knows
("what day is it", "who won last night")."""


@dataclass(frozen=True)
class Question:
    text: str
    words: tuple[str, ...]
    """The question's words in compared form, the preamble ("can you tell me") dropped."""

    @property
    def content(self) -> list[str]:
        return [w for w in self.words if w not in FUNCTION_WORDS]


def parse(text: str) -> Question | None:
    """The question in ``text``, or None when it is not one the encyclopedia could
    answer (no question, no words about a subject)."""
    bare = re.sub(r"[^\w' ]", " ", text.lower().replace("’", "'"))
    bare = _PREAMBLE.sub("", " ".join(bare.split()))
    found = tuple(words(bare))
    if not found or found[0] not in _STARTS:
        return None
    question = Question(text, found)
    return question if question.content else None


def asks_about_now_or_us(question: Question, rest: list[str]) -> bool:
    """Whether the words outside the subject's name make it a question about the user,
    the assistant, or what is happening now."""
    if any(w in PERSONAL or w in LIVE for w in rest):
        return True
    pairs = zip(question.words, question.words[1:], strict=False)
    return question.words[-2:] == ("is", "it") or any(p in LIVE_PHRASES for p in pairs)


def asks_for_a_number(question: Question) -> bool:
    """ "How tall ...", "how many ...", "the population of ...": only a passage with a
    number in it can answer."""
    found = question.words
    return (len(found) > 1 and found[0] == "how" and found[1] in _HOW_MUCH) or bool(
        _MEASURES & set(found)
    )
