"""What routing one turn decides (``Decision``) and gives back (``TurnResult``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from hearth.assistant.understanding.intents import Handler, Match
from hearth.assistant.understanding.live_data import LiveTopic


@dataclass
class TurnResult:
    text: str
    reply: str
    handled_by: str
    """The skill's name, ``control``, ``llm``, or ``assistant`` (its own honest reply)."""
    path: str = "llm_chat"
    """How the turn was routed: ``control``, ``pending_question``, ``intent``,
    ``live_data``, ``llm_tool``, ``knowledge`` or ``llm_chat``; ``language`` for text in
    a language the user has not turned on (told which ones are)."""
    tier: str | None = None
    """``small`` or ``large`` when a language model answered."""
    where: str = "this computer"
    notice: str = ""
    """Something the user should know about this turn (e.g. a fallback)."""
    timings_ms: dict[str, float] = field(default_factory=dict)
    expects_reply: bool = False
    """The reply asks the user something: listen again without the wake word."""
    source: dict[str, str] | None = None  # knowledge: title, url, license, attribution
    language: str = "en"
    """The language the reply is in ("en", "es", "fr", "de")."""
    premise: str | None = None
    """The false assumption the reply corrects, as the yes/no question the model said
    "no" to ("Is the sun cold?"; ``premises``); None: none was found false."""

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "reply": self.reply,
            "handled_by": self.handled_by,
            "path": self.path,
            "expects_reply": self.expects_reply,
            "tier": self.tier,
            "where": self.where,
            "notice": self.notice,
            "timings_ms": {k: round(v, 1) for k, v in self.timings_ms.items()},
            "source": self.source,
            "language": self.language,
            "premise": self.premise,
        }


@dataclass(frozen=True)
class Decision:
    """Where one turn goes, and what deciding it found on the way."""

    path: str
    """``control``, ``pending_question``, ``intent``, ``llm_tool`` or ``llm_chat``."""
    stop: bool = False
    """``control``: a stop word (else "repeat")."""
    match: Match | None = None
    """``intent``: the skill phrase that matched."""
    live: LiveTopic | None = None
    """``live_data``: what the question needs live data about."""
    candidates: tuple[Handler, ...] = ()
    """``llm_tool``: the skills offered to the model as tools."""
    drops_question: bool = False
    """A skill's question is waiting, but these words are a whole new request."""
    otherwise: Decision | None = None
    """``pending_question``: where the words go when they turn out not to answer it."""
