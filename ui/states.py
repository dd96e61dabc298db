"""What the window says Hearth is doing, and what the user can do about it.

The voice loop reports its state (``StateChanged``); the window adds what only it
knows (the models still loading, the microphone not open yet, the user just pressed
Stop) and picks a hint that fits the moment: no "say 'hey computer'" while a reply is
being worked out or spoken. Pure functions and one small clock, so the rules can be
tested without a window.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field

from .i18n import QT_TRANSLATE_NOOP, translate

STATE_WORDS = {
    "loading": QT_TRANSLATE_NOOP("states", "Starting…"),
    "starting": QT_TRANSLATE_NOOP("states", "Starting the microphone…"),
    "idle": QT_TRANSLATE_NOOP("states", "Ready"),
    "listening": QT_TRANSLATE_NOOP("states", "Listening"),
    "hearing": QT_TRANSLATE_NOOP("states", "Hearing you"),
    "thinking": QT_TRANSLATE_NOOP("states", "Thinking"),
    "speaking": QT_TRANSLATE_NOOP("states", "Speaking"),
    "stopped": QT_TRANSLATE_NOOP("states", "Stopped"),
    "waiting": QT_TRANSLATE_NOOP("states", "No microphone"),
    "muted": QT_TRANSLATE_NOOP("states", "Microphone off"),
}
"""The state in words, in English; ``state_words`` gives them in the window's language."""

BUSY = ("thinking", "speaking")
"""States in which Stop (Esc) has something to stop."""

MUTED_HINT = QT_TRANSLATE_NOOP("states", "The microphone is off. Ctrl+M turns it on.")
FIRST_ANSWER_NOTE = QT_TRANSLATE_NOOP(
    "states", "a first answer can take up to half a minute while the model warms up"
)
SLOW_AFTER_S = 2.0
"""After this long thinking without a word of the reply, the hint says why."""


def state_words(state: str) -> str:
    """The state in the window's language."""
    words = STATE_WORDS.get(state)
    return translate("states", words) if words else state.capitalize()


@dataclass(frozen=True)
class Activation:
    """How talking starts, from the voice settings."""

    mode: str
    """``wake_word``, ``push_to_talk`` or ``always``."""
    wake_phrase: str
    barge_in: bool = True


def ready_hint(how: Activation, voice: bool) -> str:
    """When Hearth waits for the user."""
    if not voice:
        return translate("states", "Type a message below.")
    if how.mode == "wake_word":
        return translate("states", "Say '{phrase}', or hold Space to talk.").format(
            phrase=how.wake_phrase
        )
    if how.mode == "always":
        return translate("states", "Just speak, or type below.")
    return translate("states", "Hold Space (or the Talk button) to talk, or type below.")


def hint_for(state: str, how: Activation, voice: bool, loop_hint: str = "") -> str:
    """The hint under the state. The loop's own hint is kept where it says more than the
    window knows ("Go ahead, I'm listening." after the wake phrase)."""
    if state == "muted":
        return translate("states", MUTED_HINT)
    if state == "hearing":
        if how.mode == "push_to_talk":
            return translate("states", "Release Space (or the Talk button) when you are done.")
        return translate("states", "Go on; I answer when you pause.")
    if state == "thinking":
        return translate("states", "Working on your answer… Esc cancels.")
    if state == "speaking":
        if voice and how.barge_in and how.mode != "push_to_talk":
            return translate(
                "states", "Esc or Stop ends the reply; you can also just talk over me."
            )
        return translate("states", "Esc or Stop ends the reply.")
    if state == "stopped":
        return translate("states", "Stopped.") + " " + ready_hint(how, voice)
    if state == "starting":
        return translate(
            "states", "Warming up the voice and opening the microphone; you can type already."
        )
    if state == "loading":
        return loop_hint or translate("states", "Loading the models; you can type already.")
    if state == "listening" and loop_hint.startswith("Go ahead"):
        return loop_hint
    if loop_hint.startswith("Waiting for"):  # no microphone or speaker yet
        return loop_hint
    return ready_hint(how, voice)


@dataclass
class ThinkingClock:
    """How long questions wait for their first words here, to tell the user what to
    expect while one waits ("usually about 4 s")."""

    waits_s: list[float] = field(default_factory=list)
    since: float | None = None

    def start(self, now: float | None = None) -> None:
        if self.since is None:
            self.since = time.monotonic() if now is None else now

    def answered(self, now: float | None = None) -> None:
        """The first words of the reply arrived."""
        if self.since is not None:
            end = time.monotonic() if now is None else now
            self.waits_s = [*self.waits_s[-9:], end - self.since]
        self.since = None

    def cancel(self) -> None:
        self.since = None

    def waited(self, now: float | None = None) -> float:
        if self.since is None:
            return 0.0
        return (time.monotonic() if now is None else now) - self.since

    def slow_note(self, model_loading: str = "", now: float | None = None) -> str:
        """What the user should know about a wait that is taking a while ('' if none)."""
        if self.since is None:
            return ""
        if model_loading:
            return translate(
                "states",
                "Your question waits for the models ({step}); "
                "it is answered as soon as they are ready.",
            ).format(step=model_loading.rstrip(".…"))
        if self.waited(now) < SLOW_AFTER_S:
            return ""
        if not self.waits_s:
            return translate(
                "states", "Waiting for the language model: {note}. Esc cancels."
            ).format(note=translate("states", FIRST_ANSWER_NOTE))
        usual = statistics.median(self.waits_s)
        return translate(
            "states",
            "Waiting for the language model; answers here usually start after about "
            "{seconds} s. Esc cancels.",
        ).format(seconds=max(1, round(usual)))
