"""False premises: a question that takes something false for granted is corrected first.

"Why is the sun cold?", "When did humans land on Mars?", "How many legs does a snake
have?": a small model asked such a question explains the false thing ("Humans first
landed on Mars in 2012."), even when its prompt says to correct false premises. Asked
about the assumption alone, yes or no, it is right far more often. So, in two steps:

1. ``presupposition`` finds what the question takes for granted, by its form alone
   (no model): "why/how come + is/does/did ...", "when/where/how/what year + did/was
   ...", "how many N does X have", "which N is X in", "how old is X", and the same
   embedded after "tell me" or "explain". It gives the assumption as a yes/no question
   ("Is the sun cold?", "Did humans land on Mars?", "Does a snake have legs?"). Most
   questions have no such form and go on at once: they pay nothing.
2. ``PremiseCheck.check`` asks the model that yes/no question: a few tokens after the
   cached system prompt (~0.25 s). For a question grounded in the encyclopedia, a "no"
   is asked again after the same passage the answer reads (only the last line differs,
   so llama.cpp reuses the processed passage for the answer). Only a clear "no" (both
   times, when there is a passage) counts as false: then the question goes to the model
   with a note that its assumption is false, and the reply starts with the correction
   ("Actually, ..."). "Yes", or anything unclear, leaves the question as it was.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from hearth.assistant.engines.llm import Cancel, ChatModel, Message
from hearth.assistant.errors import LLMError

_LOGGER = logging.getLogger(__name__)

_FIRST = re.compile(r"\b(?:first|last)\s+", re.I)
"""In "when did humans first land on the moon", the time of the first time is asked:
what is taken for granted is that they landed ("Did humans first land ...?" reads as
"was the moon the first place")."""
_AUX = r"is|are|was|were|do|does|did|can|could|has|have|had|will|would|should"
_PAST = r"did|was|were"
_LEAD = re.compile(
    r"^(?:(?:hey|hi|so|ok(?:ay)?|well|um+|uh+|erm|and|but|hearth|please)\b[,\s]*)+", re.I
)
_EMBEDDED_LEAD = (
    r"(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:tell me|explain(?: to me)?|"
    r"do you know|i wonder|i'm wondering|i am wondering)\s+"
)
_FORMS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    # "why is the sky blue" -> "Is the sky blue?"
    (
        re.compile(rf"^why\s+(?P<aux>{_AUX})\s+(?P<rest>.+)$", re.I),
        lambda m: f"{m['aux'].capitalize()} {m['rest']}?",
    ),
    # "when did humans land on Mars" -> "Did humans land on Mars?"
    (
        re.compile(
            rf"^(?:(?:when|where|(?:in )?(?:what|which) year)\s+(?P<aux>{_PAST})|"
            r"how\s+(?P<aux2>did))\s+"
            r"(?!the (?:first|last|next) time\b)(?P<rest>.+)$",
            re.I,
        ),
        lambda m: f"{(m['aux'] or m['aux2']).capitalize()} {_FIRST.sub('', m['rest'], 1)}?",
    ),
    # "how many legs does a snake have" -> "Does a snake have legs?"
    (
        re.compile(
            r"^how many (?P<what>[\w' -]+?)\s+(?P<aux>does|do|did)\s+(?P<who>.+?)\s+have$", re.I
        ),
        lambda m: f"{m['aux'].capitalize()} {m['who']} have {m['what']}?",
    ),
    # "which ocean is the Eiffel Tower in" -> "Is the Eiffel Tower in an ocean?"
    (
        re.compile(
            r"^(?:which|what)\s+(?P<what>[a-z]+)\s+(?P<aux>is|are|was|were)\s+(?P<who>.+?)\s+"
            r"(?P<prep>in)$",
            re.I,
        ),
        lambda m: f"{m['aux'].capitalize()} {m['who']} {m['prep']} {_a(m['what'])}?",
    ),
    # "how old is the Eiffel Tower" -> "Does the Eiffel Tower exist?"
    (
        re.compile(r"^how old is (?P<who>(?:(?!\b(?:when|if|in)\b).)+)$", re.I),
        lambda m: f"Does {m['who']} exist?",
    ),
    # "tell me why the sky is blue", "how come fish breathe air"
    # -> "Is it true that the sky is blue?"
    (
        re.compile(rf"^(?:{_EMBEDDED_LEAD}(?:why|when|where)|how come)\s+(?P<rest>.+)$", re.I),
        lambda m: f"Is it true that {m['rest']}?",
    ),
]
"""Question forms that take something for granted, and the yes/no question that asks
whether it holds."""
_NOT_ABOUT_THE_WORLD = re.compile(
    r"^(?:i|i'm|i've|me|my|mine|you|you're|your|yours|one|it|this|that|there)\b|"
    r"\b(?:me|my|mine|myself)\b",
    re.I,
)
"""A question about the user ("why did I ...", "why do alarms make me anxious") or the
assistant ("how do you ..."), or one with nothing to check ("why is it ..."). A lone "I"
further on is not the user: "when did World War I start"."""
_NEGATED = re.compile(r"(?:\bnot|\bnever|n't)\b", re.I)
"""A negated assumption ("why do birds not ...") makes a yes/no question whose "no" is
ambiguous: it is left alone."""
_MAX_WORDS = 25

CHECK_PROMPT = "Answer with only yes or no. {question}"
CORRECTION = (
    "(Note: the true answer to {question!r} is no, so this question takes for granted "
    'something false. Begin your reply with "Actually,", say plainly that it is not so, '
    "then give the true fact.)"
)


def _a(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def presupposition(text: str) -> str | None:
    """What ``text`` takes for granted, as a yes/no question whose true answer is "yes"
    when the assumption holds; None when its form assumes nothing worth checking."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    if not sentences:
        return None
    question = _LEAD.sub("", sentences[-1]).strip().rstrip("?!. ").strip()
    if not question or len(question.split()) > _MAX_WORDS:
        return None
    for form, build in _FORMS:
        match = form.match(question)
        if match is None:
            continue
        subject = next((match[g] for g in ("rest", "who") if g in form.groupindex and match[g]), "")
        if _NOT_ABOUT_THE_WORLD.search(subject) or _NEGATED.search(subject):
            return None
        return build(match)
    return None


def verdict(reply: str) -> bool | None:
    """The model's yes/no: True (it holds), False (it does not) or None (unclear)."""
    words = re.findall(r"[a-z]+", reply.lower())
    if not words:
        return None
    return {"yes": True, "true": True, "no": False, "false": False}.get(words[0])


@dataclass
class Premise:
    """What one question took for granted, and what the model said of it."""

    question: str
    """The assumption as a yes/no question ("Is the sun cold?")."""
    holds: bool | None
    """The model's verdict: None when it gave no clear yes or no."""
    ms: float
    """How long the check took."""


class PremiseCheck:
    """The router's check of a question's assumption, with the model that answers."""

    max_tokens = 3

    def check(
        self,
        text: str,
        messages: list[Message],
        model: ChatModel,
        cancel: Cancel | None = None,
        grounded: list[Message] | None = None,
    ) -> Premise | None:
        """Ask ``model`` whether what ``text`` takes for granted holds. ``messages``: the
        conversation without a passage (system prompt, history, the question last);
        ``grounded``: the same with the encyclopedia's passage, when the answer will be
        written from one. None when ``text`` assumes nothing checkable, or the model
        failed.

        The question is asked without the passage first (a few tokens after the cached
        system prompt). Only a "no" there is asked again with the passage, and the
        assumption counts as false only when both say no: asked with a passage alone,
        Qwen said no to true ones the passage does not spell out ("Is snow white?", "Did
        the Berlin Wall fall?"; 7 false alarms in 31 against 3 for both, measured)."""
        question = presupposition(text)
        if question is None:
            return None
        started = time.perf_counter()
        try:
            holds = self._verdict(model, messages, text, question, cancel)
            if holds is False and grounded is not None:
                holds = self._verdict(model, grounded, text, question, cancel)
        except LLMError:
            _LOGGER.debug("the premise check failed; the question goes on as asked", exc_info=True)
            return None
        return Premise(question, holds, (time.perf_counter() - started) * 1000)

    def _verdict(
        self,
        model: ChatModel,
        messages: list[Message],
        text: str,
        question: str,
        cancel: Cancel | None,
    ) -> bool | None:
        asked = [*messages[:-1], Message("user", self._ask(messages[-1].content, text, question))]
        pieces: list[str] = []
        for piece in model.stream(asked, self.max_tokens, cancel):
            pieces.append(piece)
            if cancel is not None and cancel():
                break
        return verdict("".join(pieces))

    @staticmethod
    def _ask(last: str, text: str, question: str) -> str:
        """The check's message: for a grounded turn the passage stays and only its last
        line (the question) becomes the yes/no question; otherwise the question alone."""
        check = CHECK_PROMPT.format(question=question)
        if last.strip() == text.strip() or "\n" not in last:
            return check
        return f"{last.rsplit(chr(10), 1)[0]}\n{check}"

    @staticmethod
    def corrected(messages: list[Message], premise: Premise) -> list[Message]:
        """``messages`` with the note that the question's assumption is false, when the
        model said so; else unchanged."""
        if premise.holds is not False:
            return messages
        last = messages[-1]
        note = CORRECTION.format(question=premise.question)
        return [*messages[:-1], Message(last.role, f"{last.content}\n{note}")]
