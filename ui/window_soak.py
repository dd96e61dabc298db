"""``assistant bench --window-soak MINUTES``: the real window, left running.

A desktop assistant runs for days, and the crash that green unit tests once hid (a Qt
binding that took a reference from ``None`` on every repaint) needed minutes of a
window repainting to show. This runs what a user runs, for as long as asked: the real
window (on whatever display there is; ``xvfb-run`` gives one), the real voice loop
with its microphone open on virtual devices (so the state lamp's level meter repaints
~50 times a second), and turn after turn: a question spoken into the microphone, now
and then a typed one. It samples memory and reports:

- how many turns were answered, and any that left the window stuck (no reply, or a
  state that never came back to listening);
- resident memory after the warm-up and at the end (flat is the goal);
- how often the level meter repainted, and whether ``None``'s reference count drifted
  (it falls by one per Qt call on the binding that crashed).

It exits 1 when a turn got stuck or memory grew past ``MAX_GROWTH_MB``.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from hearth.assistant.audio import virtual as virtual_audio
from hearth.assistant.audio.devices import rescan_devices
from hearth.assistant.audio.signal import SAMPLE_RATE, resample
from hearth.assistant.config import load_config
from hearth.assistant.errors import AssistantError
from hearth.assistant.events import Event, MicLevel
from hearth.assistant.runtime import Assistant
from hearth.assistant.voice.session import installed_voice_loop
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .app import HearthApp, Options, make_application
from .bubbles import Bubble
from .qt_check import binding_problem

SPOKEN = (
    "What time is it?",
    "What is twelve times twelve?",
    "How many minutes are in a day?",
    "What is the capital of France?",
)
TYPED = ("what is 7 plus 5", "what day is it today")
TURN_TIMEOUT_S = 90.0
"""A turn that shows no reply, or whose state does not settle, in this long is stuck."""
PAUSE_S = 2.0
"""Between one turn settling and the next question."""
WARM_UP_FRACTION = 1 / 3
"""Memory is compared from this far into the run: the models loaded and their caches
filled, and the conversation the language model is given grown to its budget. In a
15-minute CI run memory rose 258 -> 797 MB in the first minute, 816 MB at 3 min, 864 at
5 min and 887 at 15 min (120 turns): ~0.3 MB a turn after 5 minutes, which is about
what the window's conversation view keeps per exchange (two bubbles)."""
MAX_GROWTH_MB = 64.0
SOAK_BUBBLES = 40
"""The conversation view's cap during a soak (the window's own is 200): reached within
the first minutes, so that the run measures the steady state a window left for days
reaches, and exercises the oldest bubbles going while replies stream in."""
SETTLED = ("idle", "listening")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


@dataclass
class Turn:
    question: str
    spoken: bool
    started: float
    reply: str = ""
    seconds: float = 0.0
    problem: str = ""


@dataclass
class Soak:
    app: QApplication
    hearth: HearthApp
    audio: virtual_audio.VirtualAudio
    clips: list[tuple[str, np.ndarray]]
    seconds: float
    turns: list[Turn] = field(default_factory=list)
    samples: list[tuple[float, float, int]] = field(default_factory=list)
    """(seconds since start, RSS MB, sys.getrefcount(None)) every few seconds."""
    levels: int = 0
    _start: float = 0.0
    _current: Turn | None = None
    _reply_before: Bubble | None = None
    _speaking: threading.Thread | None = None

    def run(self) -> None:
        self._start = time.monotonic()
        self.hearth.bridge.received.connect(self._count_levels)
        sampler = QTimer()
        sampler.timeout.connect(self._sample)
        sampler.start(5000)
        self._sample()
        QTimer.singleShot(200, self._wait_ready)
        self.app.exec()
        sampler.stop()

    # --- the driver (GUI thread, timers only) -------------------------------------------

    def _elapsed(self) -> float:
        return time.monotonic() - self._start

    def _sample(self) -> None:
        self.samples.append((round(self._elapsed(), 1), round(rss_mb(), 1), sys.getrefcount(None)))

    def _count_levels(self, event: Event) -> None:
        if isinstance(event, MicLevel):
            self.levels += 1

    def _state(self) -> str:
        return str(self.hearth.window.indicator.state)

    def _newest_reply(self) -> Bubble | None:
        return self.hearth.window.conversation.newest_reply()

    def _wait_ready(self) -> None:
        if self._elapsed() > self.seconds:
            self._finish()
        elif self.hearth.session.ready.is_set() and self.levels and self._state() in SETTLED:
            # Levels arriving: the microphone is really open, not only said to be.
            self._next_turn()
        else:
            QTimer.singleShot(200, self._wait_ready)

    def _next_turn(self) -> None:
        if self._elapsed() > self.seconds:
            self._finish()
            return
        n = len(self.turns)
        self._reply_before = self._newest_reply()
        if n % 4 == 3:  # every fourth turn is typed
            question = TYPED[(n // 4) % len(TYPED)]
            self._current = Turn(question, False, time.monotonic())
            self.hearth.window.input.setText(question)
            self.hearth.window.send_typed()
        else:
            question, clip = self.clips[n % len(self.clips)]
            self._current = Turn(question, True, time.monotonic())
            self._speaking = threading.Thread(target=self.audio.speak, args=(clip,), daemon=True)
            self._speaking.start()
        self.turns.append(self._current)
        QTimer.singleShot(200, self._watch_turn)

    def _watch_turn(self) -> None:
        turn = self._current
        assert turn is not None
        newest = self._newest_reply()
        waited = time.monotonic() - turn.started
        speaking = self._speaking is not None and self._speaking.is_alive()
        if newest is not None and newest is not self._reply_before and not turn.reply:
            turn.reply = newest.text
        if turn.reply and not speaking and self._state() in SETTLED:
            turn.seconds = round(waited, 2)
            QTimer.singleShot(int(PAUSE_S * 1000), self._next_turn)
            return
        if waited > TURN_TIMEOUT_S:
            turn.seconds = round(waited, 2)
            turn.problem = (
                f"state '{self._state()}' after {waited:.0f} s"
                if turn.reply
                else f"no reply in {waited:.0f} s (state '{self._state()}')"
            )
            QTimer.singleShot(int(PAUSE_S * 1000), self._next_turn)
            return
        QTimer.singleShot(200, self._watch_turn)

    def _finish(self) -> None:
        self._sample()
        self.hearth.quit()
        self.app.quit()

    # --- the report ---------------------------------------------------------------------

    def report(self) -> dict[str, Any]:
        after_warm_up = [s for s in self.samples if s[0] >= WARM_UP_FRACTION * self.seconds]
        base = after_warm_up or self.samples
        tail = self.samples[-max(1, len(self.samples) // 10) :]
        rss_warm = base[0][1]
        rss_end = statistics.mean(s[1] for s in tail)
        stuck = [f"{t.question!r}: {t.problem}" for t in self.turns if t.problem]
        answered = [t for t in self.turns if t.reply]
        return {
            "platform": QApplication.platformName(),
            "minutes": round(self._elapsed() / 60, 1),
            "turns": len(self.turns),
            "answered": len(answered),
            "spoken": sum(t.spoken for t in self.turns),
            "stuck": stuck,
            "turn_seconds_p50": (
                round(statistics.median(t.seconds for t in answered), 2) if answered else None
            ),
            "rss_mb_after_warm_up": rss_warm,
            "rss_mb_end": round(rss_end, 1),
            "rss_mb_max": max(s[1] for s in self.samples),
            "rss_growth_mb": round(rss_end - rss_warm, 1),
            "max_growth_mb": MAX_GROWTH_MB,
            "bubbles_kept": SOAK_BUBBLES,
            "level_meter_updates": self.levels,
            "none_refcount_drift": self.samples[-1][2] - base[0][2],
            "samples": self.samples,
            "ok": not stuck and rss_end - rss_warm <= MAX_GROWTH_MB,
        }


def run_window_soak(minutes: float, as_json: bool = False) -> int:
    """Run the real window with the voice loop on virtual devices for ``minutes``."""
    reason = virtual_audio.available()
    if reason:
        raise AssistantError(
            f"The window soak needs virtual audio devices: {reason}.",
            "apt-get install pulseaudio pulseaudio-utils libasound2-plugins",
        )
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    factory = installed_voice_loop()
    if factory is None:
        raise AssistantError("This build has no voice loop to soak.", "Use a full install.")
    with virtual_audio.VirtualAudio() as audio:
        rescan_devices()
        config = load_config()
        config.voice.activation = "always"
        config.voice.follow_up_s = 0.0
        config.app.history = False  # a benchmark is not a conversation to keep
        app = make_application(config.app.theme)
        leak = binding_problem()
        if leak is not None:
            raise AssistantError(*leak)
        assistant = Assistant(config)
        tts = assistant.tts()
        clips = [(q, resample(tts.synthesize_all(q), tts.sample_rate, SAMPLE_RATE)) for q in SPOKEN]
        options = Options(voice_factory=factory, use_tray=False, monitor_microphone=False)
        hearth = HearthApp(config, options=options, assistant=assistant)
        hearth.window.speak_box.setChecked(True)
        hearth.window.conversation.max_bubbles = SOAK_BUBBLES
        hearth.start()
        if not as_json:
            print(f"Soaking the window for {minutes:g} min…", file=sys.stderr, flush=True)
        soak = Soak(app, hearth, audio, clips, minutes * 60)
        soak.run()
        result = soak.report()
    if as_json:
        print(json.dumps(result))
    else:
        print(
            f"Window soak ({result['platform']}): {result['minutes']} min, "
            f"{result['answered']} of {result['turns']} turns answered "
            f"({result['spoken']} spoken), turn p50 {result['turn_seconds_p50']} s; "
            f"RSS {result['rss_mb_after_warm_up']:.0f} MB after warm-up -> "
            f"{result['rss_mb_end']:.0f} MB at the end (max {result['rss_mb_max']:.0f}); "
            f"{result['level_meter_updates']} level-meter updates; None refcount drift "
            f"{result['none_refcount_drift']}"
        )
        for problem in result["stuck"]:
            print(f"  stuck: {problem}")
    return 0 if result["ok"] else 1
