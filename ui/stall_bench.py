"""``assistant bench --ui``: does the window stay responsive while the real models work?

A 10 ms QTimer ticks on the GUI thread of the real window while it runs spoken turns:
a recorded question goes through speech recognition, the router and the language
model, and the reply is synthesised sentence by sentence and played. The gap between
two ticks is how long the event loop could not run; a gap far over 10 ms is a stall
the user would see (a frozen level meter, a late button). The target is no gap over
50 ms. Start-up (loading the three models on a worker thread) is measured too.

The questions are spoken by the installed voice and resampled to 16 kHz, so the
benchmark needs no recordings. Without a speaker the replies are "played" silently
in real time, which keeps the timing of a turn the same.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from hearth.assistant.audio.devices import find_device
from hearth.assistant.audio.signal import SAMPLE_RATE, resample
from hearth.assistant.config import load_config
from hearth.assistant.errors import AssistantError
from hearth.assistant.events import (
    AudioEnd,
    ErrorEvent,
    Event,
    Interrupted,
    ReplyPiece,
    ReplyText,
    TranscriptEvent,
)
from hearth.assistant.runtime import Assistant
from hearth.assistant.testing.voice import SilentSpeaker
from hearth.assistant.voice.devices import SpeakerFactory, real_speaker
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from .app import HearthApp, Options, make_application

QUESTIONS = (
    "What is the capital of France?",
    "What is twelve times twelve?",
    "Give me one tip for sleeping better.",
)
TICK_MS = 10
TARGET_MS = 50.0


@dataclass
class Gaps:
    values_ms: list[float] = field(default_factory=list)

    def summary(self) -> dict[str, float]:
        if not self.values_ms:
            return {"ticks": 0}
        ordered = sorted(self.values_ms)
        return {
            "ticks": len(ordered),
            "max_gap_ms": round(ordered[-1], 1),
            "p99_gap_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 1),
            "median_gap_ms": round(statistics.median(ordered), 1),
            "over_50ms": sum(1 for v in ordered if v > TARGET_MS),
        }


@dataclass
class Turn:
    question: str
    gaps: Gaps = field(default_factory=Gaps)
    heard: str = ""
    reply: str = ""
    handled_by: str = ""
    seconds: float = 0.0
    error: str = ""


class StallBench:
    def __init__(self, app: QApplication, hearth: HearthApp, clips: list[tuple[str, np.ndarray]]):
        self.app = app
        self.hearth = hearth
        self.clips = list(clips)
        self.startup = Gaps()
        self.turns: list[Turn] = []
        self._current: Gaps | None = self.startup
        self.streaming = Gaps()
        """Gaps while a reply is being written into its bubble (first piece to its end)."""
        self._streaming = False
        self._turn: Turn | None = None
        self._turn_started = 0.0
        self._clock = QElapsedTimer()
        self._last = 0.0
        self._ticker = QTimer()
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        hearth.bridge.received.connect(self._on_event)

    def run(self) -> None:
        self._clock.start()
        self._last = self._clock.nsecsElapsed() / 1e6
        self._ticker.start()
        self.hearth.start()
        QTimer.singleShot(50, self._wait_ready)
        self.app.exec()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed() / 1e6
        if self._current is not None:
            self._current.values_ms.append(now - self._last)
        if self._streaming:
            self.streaming.values_ms.append(now - self._last)
        self._last = now

    def _wait_ready(self) -> None:
        if not (self.hearth.session.ready.is_set() and self.hearth.window.voice_checked):
            QTimer.singleShot(50, self._wait_ready)
            return
        self._current = None
        QTimer.singleShot(300, self._next_turn)

    def _next_turn(self) -> None:
        if not self.clips:
            self._ticker.stop()
            self.hearth.quit()
            return
        question, audio = self.clips.pop(0)
        self._turn = Turn(question)
        self.turns.append(self._turn)
        self._current = self._turn.gaps
        self._turn_started = time.perf_counter()
        self.hearth.session.submit_audio(audio, speak=True)

    def _on_event(self, event: Event) -> None:
        turn = self._turn
        if turn is None:
            return
        if isinstance(event, ReplyPiece):
            self._streaming = True
        if isinstance(event, TranscriptEvent):
            turn.heard = event.text
        elif isinstance(event, ReplyText):
            turn.reply, turn.handled_by = event.text, event.handled_by
        elif isinstance(event, ErrorEvent):
            turn.error = event.message
        if isinstance(event, (AudioEnd, Interrupted)) or (
            isinstance(event, ErrorEvent) and not turn.reply
        ):
            # The reply was spoken to the end (or the turn failed).
            self._streaming = False
            turn.seconds = time.perf_counter() - self._turn_started
            self._current = None
            self._turn = None
            QTimer.singleShot(300, self._next_turn)

    def report(self) -> dict[str, Any]:
        overall = Gaps([v for t in self.turns for v in t.gaps.values_ms])
        summary = overall.summary()
        return {
            "platform": QApplication.platformName(),
            "tick_ms": TICK_MS,
            "target_max_gap_ms": TARGET_MS,
            "startup": self.startup.summary(),
            "turns": [
                {
                    "question": t.question,
                    "heard": t.heard,
                    "reply": t.reply,
                    "handled_by": t.handled_by,
                    "seconds": round(t.seconds, 2),
                    "error": t.error,
                    **t.gaps.summary(),
                }
                for t in self.turns
            ],
            "during_turns": summary,
            "while_streaming": self.streaming.summary(),
            "met_target": summary.get("max_gap_ms", 0.0) <= TARGET_MS,
        }


def _speaker(assistant: Assistant) -> tuple[SpeakerFactory, str]:
    try:
        find_device(assistant.config.audio.output_device, "output")
        return real_speaker, "the speaker"
    except AssistantError:
        return (
            SilentSpeaker.factory(),
            "no speaker found: replies took their playing time in silence",
        )


def run_ui_bench(as_json: bool = False, rounds: int = 1) -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    config = load_config()
    app = make_application(config.app.theme)
    assistant = Assistant(config)
    speaker, player_words = _speaker(assistant)
    options = Options(speaker=speaker, use_tray=False, monitor_microphone=False)
    hearth = HearthApp(config, options=options, assistant=assistant)
    hearth.window.speak_box.setChecked(True)
    if not as_json:
        print("Speaking the questions with the installed voice…", file=sys.stderr)
    tts = hearth.assistant.tts()
    clips = [
        (q, resample(tts.synthesize_all(q), tts.sample_rate, SAMPLE_RATE)) for q in QUESTIONS
    ] * rounds
    # A fresh assistant would load again; this one keeps the voice loaded, so start-up
    # below measures loading the language model and speech recognition.
    bench = StallBench(app, hearth, clips)
    bench.run()
    result = bench.report()
    result["playback"] = player_words
    result["turn_path"] = (
        "recorded question -> STT -> router/LLM -> TTS -> playback (worker thread)"
    )
    if as_json:
        print(json.dumps(result))
        return 0
    print(f"Event-loop gaps on the GUI thread ({result['platform']}, {TICK_MS} ms timer):")
    start = result["startup"]
    if start.get("ticks"):
        print(
            f"  start-up (models loading): max {start['max_gap_ms']} ms, "
            f"p99 {start['p99_gap_ms']} ms over {start['ticks']} ticks"
        )
    for t in result["turns"]:
        status = f"error: {t['error']}" if t["error"] else f"'{t['heard']}' -> '{t['reply']}'"
        print(
            f"  {t['seconds']:5.2f} s turn, max {t.get('max_gap_ms', 0)} ms, "
            f"p99 {t.get('p99_gap_ms', 0)} ms: {status}"
        )
    streaming = result["while_streaming"]
    if streaming.get("ticks"):
        print(
            f"  while replies were written word by word: max {streaming['max_gap_ms']} ms, "
            f"p99 {streaming['p99_gap_ms']} ms, {streaming['over_50ms']} gaps over 50 ms"
        )
    overall = result["during_turns"]
    verdict = "met" if result["met_target"] else "NOT met"
    print(
        f"  all turns: max {overall.get('max_gap_ms', 0)} ms, p99 {overall.get('p99_gap_ms', 0)} "
        f"ms, {overall.get('over_50ms', 0)} gaps over 50 ms (target {verdict}); "
        f"playback: {player_words}"
    )
    return 0
