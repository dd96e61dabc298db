"""What the router does differently for the larger tier: which questions go there
(``is_hard``), its reply is passed on a whole sentence at a time, and when it fails the
user is told so.

A server's reply can stop half-way (``llm.large.timeout_s`` passed, the connection
broke). Had its words been passed on as they came, the user would have heard half a
sentence and then, perhaps, a different answer from the small model. So:

- nothing is passed on (spoken, shown) until a whole sentence is there, or the reply ended;
- a reply that fails before its first whole sentence is dropped unheard: the small model
  answers at once instead, and the notice says so;
- a reply that fails later stands, up to its last whole sentence, and the notice says it
  was cut short: the small model does not answer as well.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from hearth.assistant.errors import AssistantError

_LOGGER = logging.getLogger(__name__)

_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s")
_HARD_START = re.compile(
    r"^(?:please |can you |could you )*(explain|why|compare|write|summari[sz]e|describe|"
    r"analy[sz]e|plan|draft|translate|what are the (?:pros|differences|advantages))\b"
)


def is_hard(text: str) -> bool:
    """A cheap guess whether a question deserves the larger model."""
    words = text.lower().split()
    return len(words) >= 16 or bool(_HARD_START.match(" ".join(words)))


class SentenceGate:
    """Holds streamed text back until a sentence ends, then passes it on."""

    def __init__(self, on_token: Callable[[str], None] | None) -> None:
        self._on_token = on_token
        self._held = ""
        self.given = ""
        """Everything passed on so far: whole sentences, unless the reply ended."""

    def feed(self, piece: str) -> None:
        self._held += piece
        ends = [m.end() for m in _SENTENCE_END.finditer(self._held)]
        if ends:
            self._release(ends[-1])

    def flush(self) -> None:
        """The reply ended: pass on the rest."""
        self._release(len(self._held))

    def _release(self, end: int) -> None:
        text, self._held = self._held[:end], self._held[end:]
        if text:
            self.given += text
            if self._on_token is not None:
                self._on_token(text)


def _what_failed(exc: Exception) -> str:
    message = (
        exc.message
        if isinstance(exc, AssistantError)
        else f"The larger model failed ({type(exc).__name__}: {exc})."
    )
    _LOGGER.warning("larger model failed: %s", message)
    _LOGGER.debug("larger model failure", exc_info=exc)
    return message


def fallback_notice(exc: Exception) -> str:
    """The larger model said nothing usable; the small model answers."""
    return f"{_what_failed(exc)} I answered with the small model instead."


def cut_short_notice(exc: Exception) -> str:
    """The larger model's reply stands up to its last whole sentence."""
    return f"{_what_failed(exc)} Its answer stops after its last whole sentence."


def unanswered_notice(exc: Exception) -> str:
    """The larger model said nothing usable, and no other model may answer instead."""
    return _what_failed(exc)
