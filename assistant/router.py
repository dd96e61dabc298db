"""One turn: control words, then skills, then a language model.

Order: stop/cancel words; deterministic skills; the language model (the larger
tier for harder questions when the user turned it on, else the small one).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .config import LLMConfig
from .errors import AssistantError
from .llm import SYSTEM_PROMPT, ChatModel, Message
from .skill import Skill, SkillContext
from .speech_text import short_reply

_LOGGER = logging.getLogger(__name__)

_CONTROL = re.compile(
    r"^(?:hey |ok |okay )?(?:please )?(stop|cancel|never ?mind|forget it|be quiet|quiet|"
    r"shut up|that's all|that is all)(?: please)?$"
)
_HARD_START = re.compile(
    r"^(?:please |can you |could you )*(explain|why|compare|write|summari[sz]e|describe|"
    r"analy[sz]e|plan|draft|translate|what are the (?:pros|differences|advantages))\b"
)
NO_ANSWER = "Sorry, I don't have an answer to that."


@dataclass
class TurnResult:
    text: str
    reply: str
    handled_by: str
    """The skill's name, ``control``, or ``llm``."""
    tier: str | None = None
    """``small`` or ``large`` when a language model answered."""
    where: str = "this computer"
    notice: str = ""
    """Something the user should know about this turn (e.g. a fallback)."""
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "reply": self.reply,
            "handled_by": self.handled_by,
            "tier": self.tier,
            "where": self.where,
            "notice": self.notice,
            "timings_ms": {k: round(v, 1) for k, v in self.timings_ms.items()},
        }


_TYPOGRAPHY = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2212": "-",
        "\u2013": "-",
        "\u00d7": "*",
        "\u00f7": "/",
        "\u00a0": " ",
    }
)


def normalise_typography(text: str) -> str:
    """Curly quotes, typographic minus and the like, as plain characters (typed input)."""
    return text.translate(_TYPOGRAPHY)


def is_hard(text: str) -> bool:
    """A cheap guess whether a question deserves the larger model."""
    words = text.lower().split()
    return len(words) >= 16 or bool(_HARD_START.match(" ".join(words)))


class Router:
    def __init__(
        self,
        skills: Sequence[Skill],
        small: Callable[[], ChatModel],
        large: Callable[[], ChatModel] | None = None,
        config: LLMConfig | None = None,
    ) -> None:
        self.skills = list(skills)
        self._small = small
        self._large = large
        self.config = config or LLMConfig()

    def route(
        self,
        text: str,
        history: Sequence[Message] = (),
        on_token: Callable[[str], None] | None = None,
    ) -> TurnResult:
        started = time.perf_counter()
        text = normalise_typography(text).strip()
        phrase = re.sub(r"[^\w' ]", "", text.lower()).strip()
        if _CONTROL.match(phrase):
            return self._done(TurnResult(text, "Okay.", "control"), started)
        for skill in self.skills:
            try:
                slots = skill.match(text)
            except Exception:
                _LOGGER.warning("skill %s failed while matching; skipped it", skill.name)
                _LOGGER.debug("skill failure", exc_info=True)
                continue
            if slots is None:
                continue
            matched = time.perf_counter()
            try:
                reply = skill.handle(slots, SkillContext(text, list(history)))
            except AssistantError as exc:
                reply = exc.message
            except Exception:
                _LOGGER.warning("skill %s failed while handling %r", skill.name, text)
                _LOGGER.debug("skill failure", exc_info=True)
                reply = f"Sorry, the {skill.name} skill failed, so I couldn't do that."
            result = TurnResult(text, reply, skill.name)
            result.timings_ms["route"] = (matched - started) * 1000
            return self._done(result, started)
        routed = time.perf_counter()
        result = self._ask_llm(text, history, on_token)
        result.timings_ms["route"] = (routed - started) * 1000
        return self._done(result, started)

    def warm_up(self) -> None:
        """Run the small model once over the system prompt, so its keys are cached and the
        first real question does not pay for them."""
        messages = [Message("system", SYSTEM_PROMPT), Message("user", "Hi")]
        for _ in self._small().stream(messages, 1):
            pass

    def _ask_llm(
        self, text: str, history: Sequence[Message], on_token: Callable[[str], None] | None
    ) -> TurnResult:
        notice = ""
        # A monologue longer than the model can read is cut, and the user is told.
        limit = self._budget_chars() // 2
        if len(text) > limit:
            text = text[:limit].rsplit(" ", 1)[0]
            notice = "Your message was very long, so I only read the first part of it."
        messages = [Message("system", SYSTEM_PROMPT), *self._trim(history), Message("user", text)]
        if self._large is not None and is_hard(text):
            try:
                return self._generate(text, self._large, "large", messages, on_token)
            except Exception as exc:  # whatever broke up there, the small model still answers
                message = (
                    exc.message
                    if isinstance(exc, AssistantError)
                    else (f"The larger model failed ({type(exc).__name__}: {exc}).")
                )
                _LOGGER.warning("larger model failed: %s", message)
                _LOGGER.debug("larger model failure", exc_info=True)
                notice = f"{message} I answered with the small model instead."
        result = self._generate(text, self._small, "small", messages, on_token)
        result.notice = notice
        return result

    def _budget_chars(self) -> int:
        """Room for the conversation in the context window, in characters (~3 per token)."""
        return (self.config.context_tokens - self.config.max_reply_tokens - 200) * 3

    def _generate(
        self,
        text: str,
        factory: Callable[[], ChatModel],
        tier: str,
        messages: list[Message],
        on_token: Callable[[str], None] | None,
    ) -> TurnResult:
        loading = time.perf_counter()
        model = factory()
        started = time.perf_counter()
        first: float | None = None
        pieces: list[str] = []
        for piece in model.stream(messages, self.config.max_reply_tokens):
            if first is None:
                first = time.perf_counter()
            pieces.append(piece)
            if on_token:
                on_token(piece)
        done = time.perf_counter()
        reply = short_reply("".join(pieces)) or NO_ANSWER
        timings = {
            "llm_load": (started - loading) * 1000,
            "llm_first_token": ((first or done) - started) * 1000,
            "llm_total": (done - started) * 1000,
            "llm_tokens": float(len(pieces)),
        }
        return TurnResult(text, reply, "llm", tier, model.where, timings_ms=timings)

    def _trim(self, history: Sequence[Message]) -> list[Message]:
        """Keep the most recent turns that fit comfortably in the context window."""
        budget = self._budget_chars() // 2
        kept: list[Message] = []
        for message in reversed(history):
            budget -= len(message.content) + 16
            if budget < 0:
                break
            kept.append(message)
        return kept[::-1]

    @staticmethod
    def _done(result: TurnResult, started: float) -> TurnResult:
        result.timings_ms["total"] = (time.perf_counter() - started) * 1000
        return result
