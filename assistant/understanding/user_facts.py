"""What the user asked Hearth to remember, given to the language model only when it is
about the question, and only to a model on this computer.

The assistant hands the router a ``FactsSource`` (the memory skill's store, see
``hearth.skills.memory_store``); for each question that goes to the model it asks for
the few facts clearly about it and adds them, labelled as the user's own words, in a
system message just before the question. A question they are not about gets none. A
larger model on another computer never gets them, whatever the question.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from hearth.assistant.config import LargeLLMConfig
from hearth.assistant.engines.llm import Message
from hearth.assistant.network import is_loopback_url

_LOGGER = logging.getLogger(__name__)
MAX_CHARS = 600

LABEL = (
    "Things the user asked you to remember, in their own words. Use one only if it helps "
    "answer the next message, speak to the user as 'you', and never mention the others:"
)


class FactsSource(Protocol):
    def relevant(self, question: str) -> list[str]:
        """At most a few remembered facts clearly about ``question``; [] for none."""
        ...

    def answering(self, question: str) -> list[str]:
        """The remembered facts that answer ``question`` outright ("my GP surgery opens
        at 8" for "when does my GP surgery open?"); [] for none."""
        ...


def facts_for(source: FactsSource | None, question: str) -> list[str]:
    """The facts for ``question``; none when there is no source or it cannot be read (a
    question to the model must never fail because of the memory)."""
    if source is None:
        return []
    try:
        return list(source.relevant(question))
    except Exception:
        _LOGGER.warning("the remembered facts could not be read", exc_info=True)
        return []


def told(source: FactsSource | None, question: str) -> bool:
    """Whether the user told Hearth what answers ``question``: then a question that
    would otherwise need live data ("when does my GP surgery open?") goes to the model
    with that fact instead of "I can't know that offline". False when the memory cannot
    be read."""
    if source is None:
        return False
    try:
        return bool(source.answering(question))
    except Exception:
        _LOGGER.warning("the remembered facts could not be read", exc_info=True)
        return False


def with_facts(messages: Sequence[Message], facts: Sequence[str]) -> list[Message]:
    """``messages`` (the last one the question) with the facts just before the question
    (the best first, together at most MAX_CHARS: the conversation keeps its room)."""
    kept = [fact for i, fact in enumerate(facts) if sum(map(len, facts[: i + 1])) <= MAX_CHARS]
    kept = kept or list(facts[:1])
    if not kept:
        return list(messages)
    listed = "\n".join(f'- "{fact}"' for fact in kept)
    note = Message("system", f"{LABEL}\n{listed}")
    return [*messages[:-1], note, *messages[-1:]]


def stays_here(large: LargeLLMConfig) -> bool:
    """Whether the larger tier runs on this computer (a GGUF file, or a server at a
    loopback address): only then may it see what the user asked to be remembered."""
    return large.kind == "gguf" or is_loopback_url(large.url)
