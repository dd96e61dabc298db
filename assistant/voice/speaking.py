"""Speaking: the reply's pieces are synthesised and played, in order, stoppable at once.

The answering stage queues pieces while the language model is still writing the next
one; the speaking thread synthesises each and queues it on the speaker. A turn's end
(``finish``) waits for the speaker to play it out, then records what was said. A
cancelled turn stops the speaker at once and keeps what the user actually heard.
"""

from __future__ import annotations

import logging
import queue
import re
import threading
import time
from collections import deque
from typing import Protocol

import numpy as np
from hearth.assistant import native_memory
from hearth.assistant.engines.llm import Message
from hearth.assistant.errors import AssistantError
from hearth.assistant.events import AudioEnd, AudioStart, ErrorEvent, Interrupted, ReplyPiece
from hearth.assistant.voice.devices import SpeakerLike
from hearth.assistant.voice.state import LoopState
from hearth.assistant.voice.turn import Piece, Turn

_LOGGER = logging.getLogger(__name__)
_END = object()


class Synthesizer(Protocol):
    """What speaking needs of the text-to-speech engine."""

    @property
    def sample_rate(self) -> int: ...

    def synthesize_all(self, text: str, language: str = "en") -> np.ndarray:
        """``text`` in the voice of ``language`` (the reply's)."""
        ...


class Conversation(Protocol):
    """Where what was said is kept (the assistant's history)."""

    def append(self, message: Message) -> None: ...


class Speaking:
    def __init__(self, shared: LoopState, tts: Synthesizer, history: Conversation) -> None:
        self.shared = shared
        self.tts = tts
        self.history = history
        self.speaker: SpeakerLike | None = None
        """Set by the loop while the speaker is open."""
        self.settled = threading.Event()
        """Set once the loop has tried to open the speaker: until then a reply waits for
        it instead of going unheard."""
        self.speaking_turn: Turn | None = None
        self.turns_done = 0
        self._say: queue.Queue[tuple[Turn | None, object]] = queue.Queue()
        self._tag = 0
        self._voice_failed = False
        """The voice failed on the last piece (reported once, not on every piece)."""
        self._audio_start_pending: Turn | None = None
        self._said: deque[tuple[float, str]] = deque(maxlen=8)
        """(when it stopped, text) of what the assistant recently said out loud."""
        self._unheard: deque[tuple[Turn, Piece, float]] = deque()
        """Pieces on the speaker whose sound has not started yet (turn, piece, seconds):
        each is reported (``ReplyPiece``) when it starts, so the text keeps step with it."""
        self._unheard_lock = threading.Lock()

    def use(self, speaker: SpeakerLike | None) -> None:
        """Play on ``speaker`` from now on (None: nothing can be heard now)."""
        self.speaker = speaker
        self.settled.set()

    # --- for the answering stage ------------------------------------------------------

    def queue_piece(self, turn: Turn, text: str) -> None:
        """Queue a piece of ``turn``'s reply (the first one is synthesised right away)."""
        if turn.is_stopped:
            return
        if not turn.reply_started:
            turn.reply_started = True
            state = "speaking" if turn.speak else "thinking"
            turn.when_live(lambda: self.shared.set_state(state))
            if (
                turn.speak
                and self.shared.streaming
                and self.speaking_turn is None
                and self._say.empty()
            ):
                # The first piece is synthesised right here, while the language model
                # waits: on two cores, running both at once made each slower.
                self.play_piece(turn, text)
                return
        self._say.put((turn, text))

    def finish(self, turn: Turn) -> None:
        """Nothing more to say for ``turn``: record it once it has been heard."""
        self._say.put((turn, _END))

    def close(self) -> None:
        self._say.put((None, _END))

    @property
    def idle(self) -> bool:
        return self.speaking_turn is None and self._say.empty()

    def chime(self) -> None:
        """A short rising two-tone: 'I heard my name, go on'."""
        speaker = self.speaker
        if speaker is None:
            return
        rate = speaker.rate
        t = np.arange(int(rate * 0.09)) / rate
        fade = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.01)
        tone = np.concatenate([np.sin(2 * np.pi * 660 * t), np.sin(2 * np.pi * 880 * t)])
        # Not given to the echo canceller: a loud burst with no echo to cancel (headphones)
        # made it hold back the start of the request that follows. A pure tone is not
        # speech to the VAD, so its own echo does no harm.
        chime = (0.15 * tone * np.tile(fade, 2)).astype(np.float32)
        speaker.play(chime, tag=self._new_tag(), reference=False)

    def recently_said(self, since: float, besides: Turn | None = None) -> list[str]:
        """What the assistant said out loud since ``since``, and what it is saying now
        (unless that is ``besides``)."""
        with self.shared.lock:
            recent = [said for ended, said in self._said if ended >= since]
            speaking = self.speaking_turn
            if speaking is not None and speaking is not besides:
                recent.append(self.spoken_so_far(speaking))
        return recent

    # --- the speaking thread --------------------------------------------------------------

    def run(self) -> None:
        while not self.shared.stop.is_set():
            turn, item = self._say.get()
            if turn is None:
                return
            if item is _END:
                self._complete(turn)
                continue
            if turn.is_stopped or not turn.speak:
                if not turn.speak:
                    self._unspoken(turn, str(item))
                continue
            self.play_piece(turn, str(item))

    def play_piece(self, turn: Turn, text: str) -> None:
        """Synthesise ``text`` and queue it on the speaker once ``turn`` may be heard. A
        voice that fails is reported and the piece goes unheard: the reply still shows."""
        if turn.is_stopped:  # e.g. a held turn dropped meanwhile: no wasted synthesis
            return
        if self.settled.is_set() and self.speaker is None:  # nothing to play on
            self._unspoken(turn, text)
            return
        try:
            audio = self.tts.synthesize_all(text, language=turn.language)
        except AssistantError as exc:
            if not self._voice_failed:
                self._voice_failed = True
                self.shared.emit(ErrorEvent(message=exc.message, fix=exc.fix))
            self._unspoken(turn, text)
            return
        self._voice_failed = False
        if turn.is_held and not turn.ready_at:
            turn.ready_at = time.monotonic()
        stop = self.shared.stop
        if not turn.wait_decided(stop):  # held: ready, but played only once confirmed
            return
        while not self.settled.wait(0.05):
            if stop.is_set():
                return
        speaker = self.speaker
        if speaker is None:
            self._unspoken(turn, text)
            return
        tag = self._new_tag()
        with self.shared.lock:
            if turn.is_stopped:
                return
            if self.speaking_turn is not turn:
                self.speaking_turn = turn
                speaker.reset()
                speaker.start_now()  # not after the ~150 ms of silence buffered
                self._audio_start_pending = turn
            piece = Piece(tag, text, audio.size)
            turn.pieces.append(piece)
            self._unheard.append((turn, piece, audio.size / max(1, self.tts.sample_rate)))
            speaker.play(audio, tag)

    def _unspoken(self, turn: Turn, text: str) -> None:
        """A piece shown, not spoken (a typed turn without speech, no speaker or voice)."""
        turn.pieces.append(Piece(-1, text, 0))
        turn.when_live(lambda: self.shared.emit(ReplyPiece(text=text)))

    def report_heard_pieces(self, finished: Turn | None = None) -> None:
        """Report the pieces whose sound has started (all of ``finished``'s: it has been
        played out), in order; a stopped turn's unheard pieces are never shown."""
        speaker = self.speaker
        with self._unheard_lock:
            while self._unheard:
                turn, piece, seconds = self._unheard[0]
                waiting = not turn.is_stopped and turn is not finished
                if waiting and (speaker is None or speaker.played(piece.tag) <= 0):
                    return
                self._unheard.popleft()
                if not turn.is_stopped:
                    self.shared.emit(ReplyPiece(text=piece.text, duration_s=round(seconds, 3)))

    def report_audio_start(self) -> None:
        """Report when the first sound of a reply reached the speaker, and each piece as
        its sound starts (called often)."""
        if self._unheard:
            self.report_heard_pieces()
        turn, speaker = self._audio_start_pending, self.speaker
        if turn is None or speaker is None or speaker.first_audio_at is None:
            return
        self._audio_start_pending = None
        if not turn.is_stopped:
            first = turn.pieces[0].text if turn.pieces else ""
            self.shared.emit(AudioStart(t=speaker.first_audio_at, text=first))

    def _complete(self, turn: Turn) -> None:
        """Wait for the speaker to finish this turn, then record what was said."""
        speaker = self.speaker
        while (
            not turn.is_stopped
            and speaker is not None
            and speaker.busy
            and self.speaking_turn is turn
            and not self.shared.stop.is_set()
        ):
            time.sleep(0.01)
        self.report_heard_pieces(finished=turn)
        with self.shared.lock:
            if not turn.finish():
                return
            spoken = " ".join(p.text for p in turn.pieces)
            if self.speaking_turn is turn:
                self.speaking_turn = None
            self._said.append((time.monotonic(), spoken))
            self._remember(turn, spoken)
            self.shared.emit(AudioEnd(spoken=spoken))
            self.turns_done += 1
            self.shared.after_reply(turn.expects_reply)
        native_memory.give_back_freed()  # the turn's buffers, before the next turn

    # --- stopping -----------------------------------------------------------------------

    def interrupt(self, answering: Turn | None) -> None:
        """Stop speaking now, drop queued speech and the reply being written (the turn
        being spoken, else ``answering``, the one being answered)."""
        with self.shared.lock:
            turn = self.speaking_turn or answering
            if turn is not None and not turn.is_stopped:
                self.cancel(turn, time.monotonic())

    def cancel(self, turn: Turn, heard_at: float) -> None:
        """Stop ``turn`` (caller holds the lock): silence, drop queued speech, keep in the
        history what was heard. A held turn is dropped without a trace."""
        if turn.drop() or not turn.cancel():
            return
        speaker = self.speaker
        if speaker is not None:
            speaker.stop()
        stopped = time.monotonic()
        spoken = self.spoken_so_far(turn)
        if self.speaking_turn is turn:
            self.speaking_turn = None
        self._said.append((stopped, spoken))
        if turn.reply_started or turn.text:
            self._remember(turn, spoken)
            self.shared.emit(
                Interrupted(spoken=spoken, stop_ms=round((stopped - heard_at) * 1000, 1))
            )
        self.shared.after_interruption()

    def spoken_so_far(self, turn: Turn) -> str:
        speaker = self.speaker
        said: list[str] = []
        for piece in turn.pieces:
            played = speaker.played(piece.tag) if speaker is not None and piece.tag >= 0 else 0
            if piece.samples and played >= piece.samples:
                said.append(piece.text)
            elif played > 0:
                words = piece.text.split()
                said.append(" ".join(words[: int(len(words) * played / piece.samples)]))
                break
            else:
                break
        return " ".join(s for s in said if s)

    def _remember(self, turn: Turn, spoken: str) -> None:
        """The conversation keeps what the user said and what was actually spoken back."""
        if not turn.text or turn.announce:
            return
        self.history.append(Message("user", turn.text))
        if spoken:
            self.history.append(Message("assistant", spoken))

    def _new_tag(self) -> int:
        with self.shared.lock:
            self._tag += 1
            return self._tag


def words(text: str) -> set[str]:
    """The words of ``text`` for comparing what was heard with what was said: lower case,
    without punctuation or the odd letters of contractions ("here's" -> "here"), in any
    alphabet ("número" is one word, not "n" and "mero")."""
    return {w for w in re.findall(r"[^\W_]+", text.lower()) if len(w) > 1 or w.isdigit()}
