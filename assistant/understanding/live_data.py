"""Questions only live data can answer: the weather, the news, scores, prices, exchange
rates, traffic, opening hours, flights, election results.

Hearth runs offline. A language model asked "what's the weather tomorrow" does not
know, but it answers anyway ("The weather tomorrow is sunny."), and a bigger model only
invents more convincingly. So these questions are recognised before any model is asked
and answered honestly: what cannot be known offline, and where to look instead.

Each topic has strong words, live on their own ("forecast", "headlines", "exchange
rate", "flight status"), and weak words that are live only with a sign that the answer
is about now ("rain" + "tomorrow", "open" + "on Sunday", "win" + "last night"). Before
any of that, what is not a question about the present is set aside: statements ("I love
rainy days"), explanations ("why does it rain", "how do elections work"), other worlds
("the weather on Mars"), the past ("the 1966 World Cup", "the Roman empire"), climate
("usually", "in winter"). It is measured on ``assets/eval/live_data.jsonl`` by
``assistant eval --live``.

Spanish, French and German follow the same steps with their own words, kept as data in
``live_words/<language>.py`` (patterns written lower case without accents, as
``plain_words`` makes the text: "mañana" is read as "manana", "draußen" as "draussen"),
with the reply said in that language. Each is measured on
``assets/eval/live_data_<language>.jsonl`` by ``assistant eval --live --language es``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from types import ModuleType

from hearth.assistant.locale import plain
from hearth.assistant.understanding.live_words.en import NOT_LIVE as _NOT_LIVE
from hearth.assistant.understanding.live_words.en import NOW as _NOW
from hearth.assistant.understanding.live_words.en import RULES as _RULES
from hearth.assistant.understanding.live_words.en import STATEMENT as _STATEMENT
from hearth.assistant.understanding.live_words.rules import LiveTopic, Rule, any_of

__all__ = ["LANGUAGES", "TOPICS", "LiveTopic", "honest_reply", "live_topic", "plain_words"]

_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def normalise(text: str) -> str:
    """Lower case, plain words: "What's" -> "what is", punctuation gone."""
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"\b(what|who|how|where|when|it|that)'s\b", r"\1 is", text)
    text = re.sub(r"[^\w'&.\- ]+|(?<!\w)[.\-]|[.\-](?!\w)", " ", text)
    return " ".join(text.split())


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_ASKING = re.compile(
    r"^\W*(?:what|what's|whats|how|who|when|where|which|will|is|are|does|do|did|can|"
    r"could|should|tell me|give me|check)\b",
    re.IGNORECASE,
)
_MOST_WORDS = 40
"""A live question is short: a long sentence is a story that may mention the weather."""


@dataclass(frozen=True)
class _Words:
    """One language's words for every step of ``live_topic``: the same steps, in the
    same order, for each language."""

    normalise: Callable[[str], str]
    """The text as the patterns below read it."""
    now: re.Pattern[str]
    rules: tuple[Rule, ...]
    statement: re.Pattern[str]
    not_live: re.Pattern[str]
    asking: re.Pattern[str]
    """The first words of a sentence that asks something."""
    reply: str
    """The honest reply, with ``{what}`` and ``{where}`` from ``said``."""
    said: dict[str, tuple[str, str]]
    """Per topic name: (what cannot be known offline, where to look instead)."""


TOPICS: dict[str, LiveTopic] = {rule.topic.name: rule.topic for rule in _RULES}


def plain_words(text: str) -> str:
    """Lower case, no accents, words only: "¿Qué tiempo hará mañana?" -> "que tiempo hara
    manana", "qu'est-ce qu'il" -> "qu est ce qu il", "draußen" -> "draussen". So a
    question typed without its accents is read like one written with them."""
    text = plain(text.replace("\u2019", "'")).replace("\u00df", "ss")
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def _words_of(module: ModuleType) -> _Words:
    """A language's ``_Words`` from its module of patterns (see ``live_words``)."""
    topics: dict[str, tuple[Sequence[str], Sequence[str]]] = module.TOPICS
    unknown = set(topics) - set(TOPICS)
    assert not unknown, f"{module.__name__}: no such live topics {unknown}"
    return _Words(
        normalise=plain_words,
        now=re.compile(r"\b(?:" + "|".join(module.NOW) + r")\b"),
        rules=tuple(
            Rule(TOPICS[name], any_of(*strong), any_of(*weak))
            for name, (strong, weak) in topics.items()
        ),
        statement=any_of(*module.STATEMENT),
        not_live=any_of(*module.NOT_LIVE),
        asking=re.compile(module.ASKING, re.IGNORECASE),
        reply=module.REPLY,
        said=module.SAID,
    )


def _languages() -> dict[str, _Words]:
    from hearth.assistant.understanding.live_words import de, es, fr

    english = _Words(
        normalise,
        _NOW,
        _RULES,
        _STATEMENT,
        _NOT_LIVE,
        _ASKING,
        "I can't know {what}: I work offline, with no live information. {where}",
        {rule.topic.name: (rule.topic.what, rule.topic.where) for rule in _RULES},
    )
    return {"en": english, "es": _words_of(es), "fr": _words_of(fr), "de": _words_of(de)}


LANGUAGES: dict[str, _Words] = _languages()
"""The languages whose live questions are recognised: those Hearth speaks."""


def live_topic(text: str, today: date | None = None, language: str = "en") -> LiveTopic | None:
    """The live topic ``text`` (in ``language``) asks about, or None when a model (or a
    skill) can answer; None too in a language with no words here.
    In several sentences only those that ask something count: "the weather" in a story
    about a garden, before "What should I plant next?", asks nothing about the weather.
    A sentence of more than ``_MOST_WORDS`` words is a story, never a live question."""
    words = LANGUAGES.get(language)
    if words is None:
        return None
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    if len(sentences) > 1:
        asked = [s for s in sentences if _asks(s, words)]
        sentences = asked or sentences[-1:]
    for sentence in sentences:
        if len(sentence.split()) <= _MOST_WORDS:
            topic = _sentence_topic(sentence, today, words)
            if topic is not None:
                return topic
    return None


def _asks(sentence: str, words: _Words) -> bool:
    """Whether ``sentence`` asks something: a question mark ("¿" too), or a question's
    first words."""
    sentence = sentence.strip()
    return (
        sentence.endswith("?")
        or sentence.startswith("\u00bf")
        or bool(words.asking.match(words.normalise(sentence)))
    )


def _sentence_topic(text: str, today: date | None, words: _Words) -> LiveTopic | None:
    phrase = words.normalise(text)
    if not phrase or words.statement.search(phrase) or words.not_live.search(phrase):
        return None
    now = words.now.search(phrase) is not None
    year = (today or date.today()).year
    if any(int(y) < year for y in _YEAR.findall(phrase)) and not now:
        return None  # "who won the 2018 world cup": history, the model may know it
    for rule in words.rules:
        if rule.strong.search(phrase) or (now and rule.weak.search(phrase)):
            return rule.topic
    return None


def honest_reply(topic: LiveTopic, language: str = "en") -> str:
    """What Hearth says instead of inventing live data: short, for speech, in the
    question's language (English for a language with no words here)."""
    words = LANGUAGES.get(language, LANGUAGES["en"])
    what, where = words.said.get(topic.name, (topic.what, topic.where))
    return words.reply.format(what=what, where=where)
