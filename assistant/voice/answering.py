"""Answering: one turn at a time, from what was heard (or typed) to the reply's pieces.

The answering thread takes turns from a queue: it transcribes a spoken one (or takes
the transcription started during the pause), ignores speech not addressed to the
assistant and its own voice come back, routes the request, and streams the reply's
text, piece by piece, to the speaking stage while the language model writes it.

A held turn (speculative, or a short utterance the user may continue) may only
prepare the language model's plain answer: anything with side effects (a skill, a
tool call, a control word) waits until the turn is confirmed.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import queue
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

import numpy as np
from hearth.assistant.engines.stt import Transcript
from hearth.assistant.errors import AssistantError, NoSpeechError
from hearth.assistant.events import ErrorEvent, ReplyText, TranscriptEvent, WakeWord
from hearth.assistant.languages import didnt_catch, not_on_reply
from hearth.assistant.voice.speaking import Speaking, words
from hearth.assistant.voice.speech_stream import SpeechChunker, pieces
from hearth.assistant.voice.state import LoopState
from hearth.assistant.voice.turn import Turn, TurnStopped

if TYPE_CHECKING:
    from hearth.assistant.runtime import Assistant
    from hearth.assistant.understanding.router import TurnResult

_LOGGER = logging.getLogger(__name__)

NOT_CAUGHT = didnt_catch("en")
OWN_ECHO_WINDOW_S = 0.25
OWN_ECHO_MATCH = 0.8
"""An utterance that began while the assistant spoke (it got in as a barge-in) or as it
stopped (within ``OWN_ECHO_WINDOW_S`` of handing the device its last audio, which sounds
~0.1 s longer), and whose words are nearly all words it just said, is its own voice come
back, echo that got past the canceller: it is ignored. Answering it would make the
assistant talk to itself, each reply echoing into the next. A user answering a question
("... Say yes or no." "Yes.") starts later than that."""
_WORD = re.compile(r"[A-Za-z0-9']+")
_DIRECT = ("control", "intent", "live_data")
"""Routes that the words alone decide (no model involved)."""


class Transcriber(Protocol):
    def transcribe_utterance(self, audio: np.ndarray) -> Transcript: ...


class Answerer(Protocol):
    """What answering needs of the assistant."""

    @property
    def languages(self) -> Sequence[str]:
        """The languages the user speaks (``language.spoken``): each request is answered
        in the one it was heard in; speech in another is told which ones are on."""
        ...

    def language_of(self, text: str) -> str:
        """The language of typed ``text``: one of ``languages``, or another Hearth
        speaks that it is clearly in (then answered as speech in it is: which are on)."""
        ...

    def plan(self, text: str, language: str = "en") -> str:
        """The route ``text`` would take (``llm_chat``: the model's plain answer, the only
        one without side effects)."""
        ...

    def answer(
        self,
        text: str,
        on_token: Callable[[str], None],
        cancel: Callable[[], bool],
        prepare_only: bool,
        language: str = "en",
    ) -> TurnResult:
        """Answer ``text``, said in ``language``, in that language, streaming the reply's
        tokens; stop between tokens once ``cancel()``. ``prepare_only``: the model's
        plain answer and nothing else (a held turn), nothing kept until ``given``."""
        ...

    def given(self, result: TurnResult) -> None:
        """A prepared answer was really given (its turn was confirmed)."""
        ...


class AssistantAnswers:
    """The assistant, as the answering stage uses it."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant

    @property
    def languages(self) -> Sequence[str]:
        return self.assistant.config.language.spoken

    def language_of(self, text: str) -> str:
        return self.assistant.language_of(text)

    def plan(self, text: str, language: str = "en") -> str:
        return self.assistant.router.plan(text, language=language)

    def answer(
        self,
        text: str,
        on_token: Callable[[str], None],
        cancel: Callable[[], bool],
        prepare_only: bool,
        language: str = "en",
    ) -> TurnResult:
        assistant = self.assistant
        if prepare_only:
            return assistant.router.chat(
                text, assistant.history, on_token, cancel, language=language
            )
        return assistant.ask(
            text, on_token=on_token, remember=False, cancel=cancel, language=language
        )

    def given(self, result: TurnResult) -> None:
        self.assistant.router.last_reply = result.reply


class Answering:
    def __init__(
        self,
        shared: LoopState,
        speaking: Speaking,
        stt: Callable[[], Transcriber],
        answerer: Answerer,
    ) -> None:
        self.shared = shared
        self.speaking = speaking
        self.stt = stt
        self.answerer = answerer
        self.turns: queue.Queue[Turn | None] = queue.Queue()
        self.current: Turn | None = None

    def submit(self, turn: Turn) -> None:
        self.turns.put(turn)

    def close(self) -> None:
        self.turns.put(None)

    @property
    def idle(self) -> bool:
        return self.current is None and self.turns.empty()

    # --- the answering thread -------------------------------------------------------------

    def run(self) -> None:
        shared = self.shared
        while not shared.stop.is_set():
            turn = self.turns.get()
            if turn is None:
                return
            with shared.lock:
                self.current = turn
            try:
                self._run_turn(turn)
            except TurnStopped:
                pass
            except AssistantError as exc:
                if turn.wait_decided(shared.stop):
                    shared.emit(ErrorEvent(message=exc.message, fix=exc.fix))
                    with contextlib.suppress(TurnStopped):
                        self.say(turn, f"Sorry, {exc.message[0].lower()}{exc.message[1:]}")
            except Exception as exc:  # a bug must not kill the loop: report it, keep going
                _LOGGER.exception("the turn failed")
                if turn.wait_decided(shared.stop):
                    message = f"Something went wrong: {exc}."
                    shared.emit(ErrorEvent(message=message, fix="Try again."))
            finally:
                with shared.lock:
                    if self.current is turn:
                        self.current = None
                if not turn.reply_started and not turn.is_stopped:
                    turn.when_live(shared.set_idle)

    def _await_decision(self, turn: Turn) -> None:
        if not turn.wait_decided(self.shared.stop):
            raise TurnStopped

    def _run_turn(self, turn: Turn) -> None:
        if turn.announce:
            self.say(turn, turn.text, handled_by="alert")
            return
        text = turn.text
        language = self.answerer.language_of(text) if text else "en"  # typed
        if turn.audio is not None:
            heard_in = self._transcribe(turn)
            if heard_in is None:
                return
            (text, language), waited = heard_in
            turn.language = language
            if turn.wake_required:
                wake = self.shared.wake
                match = wake.match(text)
                if match is None:  # not for us: nothing is reported, nothing is kept
                    _LOGGER.debug("no wake phrase in %d words", len(text.split()))
                    return
                if not match.rest:  # the wake phrase alone: chime at once, then listen
                    turn.stand_alone()
                    self._await_decision(turn)
                    self.shared.emit(WakeWord(phrase=wake.phrase, heard=match.heard))
                    self.shared.open_request_window()
                    self.speaking.chime()
                    self.shared.set_state("listening", "Go ahead, I'm listening.")
                    return
                woke = WakeWord(phrase=wake.phrase, heard=match.heard)
                turn.when_live(lambda: self.shared.emit(replace(woke, t=time.monotonic())))
                text = match.rest
            text = self._without_stray_start(turn, text)
            turn.heard = text
            # Speech not addressed to us is neither shown nor kept; after the wake
            # phrase, what follows it is what was said to us.
            heard = TranscriptEvent(
                text=text, language=language, stt_ms=0.0 if turn.wake_required else waited
            )
            turn.when_live(lambda: self.shared.emit(replace(heard, t=time.monotonic())))
        if not text:
            return
        turn.language = language
        spoken = list(self.answerer.languages)
        if language not in spoken:  # said or typed: told, in the nearest one on, which are
            self._await_decision(turn)
            reply_in, reply = not_on_reply(language, spoken)
            self.say(turn, reply, handled_by="language", language=reply_in)
            return
        self._answer(turn, text)

    def _transcribe(self, turn: Turn) -> tuple[tuple[str, str], float] | None:
        """((text, language), ms waited for it), or None when there is nothing to answer."""
        assert turn.audio is not None
        started = time.monotonic()
        try:
            if turn.speculative is not None:
                transcript = turn.speculative.result()
            else:
                transcript = self.stt().transcribe_utterance(turn.audio)
        except concurrent.futures.CancelledError:  # the voice went on: a dropped turn
            return None
        except NoSpeechError:
            if turn.explicit and not turn.wake_required and turn.wait_decided(self.shared.stop):
                language = next(iter(self.answerer.languages), "en")  # the desktop's first
                self.say(turn, didnt_catch(language), language=language)
            return None
        if turn.is_stopped:  # the user went on talking: this part joins the next utterance
            return None
        if self._own_echo(turn, transcript.text):
            _LOGGER.info("ignored its own voice coming back: %r", transcript.text)
            return None
        waited = round((time.monotonic() - started) * 1000, 1)
        return (transcript.text, transcript.language), waited

    def _own_echo(self, turn: Turn, text: str) -> bool:
        """Whether ``text``, heard in ``turn``, is what the assistant itself just said."""
        heard = words(text)
        if not turn.heard_at or not heard or self.shared.activation == "push_to_talk":
            return False
        recent = self.speaking.recently_said(turn.heard_at - OWN_ECHO_WINDOW_S, besides=turn)
        said = set().union(*(words(r) for r in recent))
        return len(heard & said) >= OWN_ECHO_MATCH * len(heard)

    def _without_stray_start(self, turn: Turn, text: str) -> str:
        """Decide what a short or continued utterance means.

        Continued ("porcupine ... turn on the living room lamp"): the fragment before the
        pause and the request after it were heard as one. When the part after the
        fragment is a request on its own (a skill's phrase, a control word) and the whole
        is not, the fragment was a stray word: the request is answered alone.

        Short (under ``FRAGMENT_S`` of speech): words that would only go to the language
        model may be a stray word or the start of a request, so the turn stays held until
        the user has been quiet for a moment, however many words Whisper made of it (it
        heard "porcupine" as "or keep on", and was sure of it: mean log probability
        -0.73); a skill's phrase or a control word stands alone and need not wait."""

        def plan(words: str) -> str:
            return self.answerer.plan(words, language=turn.language)

        if turn.continues_at and plan(text) not in _DIRECT:
            rest = drop_leading_words(text, turn.continues) or self._heard_after(turn)
            if rest and plan(rest) in _DIRECT:
                _LOGGER.info("heard %r before the request; answering %r", turn.continues, rest)
                text = rest
        if plan(text) != "llm_chat":
            turn.stand_alone()
        return text

    def _heard_after(self, turn: Turn) -> str:
        """The transcript of what was said after the fragment alone (Whisper may hear the
        fragment's words differently with and without what follows)."""
        if turn.audio is None or not 0 < turn.continues_at < turn.audio.size:
            return ""
        try:
            return self.stt().transcribe_utterance(turn.audio[turn.continues_at :]).text
        except NoSpeechError:
            return ""

    def _answer(self, turn: Turn, text: str) -> None:
        shared = self.shared
        turn.when_live(lambda: shared.set_state("thinking"))
        turn.text = text
        # Before the turn is certain only the language model's plain answer may be
        # prepared: a skill, a tool call or a control word changes things, so it waits.
        prepare_only = turn.is_held and self.answerer.plan(text, turn.language) == "llm_chat"
        if turn.is_held and not prepare_only:
            self._await_decision(turn)
        notice = ""
        if turn.capped:
            limit = round(shared.config.max_utterance_s)
            notice = f"That was long, so I stopped listening after {limit} seconds."
            self.speaking.queue_piece(turn, notice)
        chunker = SpeechChunker(language=turn.language)
        streamed: list[str] = []

        def on_token(token: str) -> None:
            streamed.append(token)
            if shared.streaming and not turn.is_stopped:
                for piece in chunker.feed(token):
                    self.speaking.queue_piece(turn, piece)

        def cancel() -> bool:
            return turn.is_stopped or shared.stop.is_set()

        result = self.answerer.answer(text, on_token, cancel, prepare_only, turn.language)
        turn.check()
        if streamed and shared.streaming:
            for piece in chunker.flush():
                self.speaking.queue_piece(turn, piece)
        else:
            for piece in pieces(result.reply):
                self.speaking.queue_piece(turn, piece)
        self._await_decision(turn)
        if prepare_only:
            self.answerer.given(result)
        turn.expects_reply = result.expects_reply
        shared.emit(
            ReplyText(
                text=result.reply,
                handled_by=result.handled_by,
                tier=result.tier,
                notice=" ".join(n for n in (notice, result.notice) if n),
                timings_ms={k: round(v, 1) for k, v in result.timings_ms.items()},
                source=result.source,
                language=turn.language,
            )
        )
        self.speaking.finish(turn)

    def say(
        self, turn: Turn, text: str, handled_by: str = "assistant", language: str = "en"
    ) -> None:
        turn.check()
        turn.language = language
        self.speaking.queue_piece(turn, text)
        self.shared.emit(ReplyText(text=text, handled_by=handled_by, language=language))
        self.speaking.finish(turn)


def drop_leading_words(text: str, fragment: str) -> str:
    """``text`` without the words of ``fragment`` at its start (compared without case or
    punctuation); "" if it does not start with them."""
    lead = [w.lower() for w in _WORD.findall(fragment)]
    if not lead:
        return ""
    spans = [(m.group(0).lower(), m.end()) for m in _WORD.finditer(text)]
    if len(spans) <= len(lead) or [w for w, _ in spans[: len(lead)]] != lead:
        return ""
    rest = text[spans[len(lead) - 1][1] :].lstrip(" ,.;:!?-")
    return rest[:1].upper() + rest[1:] if rest else ""
