"""The voice loop through real (virtual) audio devices and the real models.

A test speaks into the virtual microphone, the running loop answers on the
virtual speaker, and the test records the speaker and transcribes what it heard.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from hearth.assistant.audio.signal import SAMPLE_RATE, load_audio, resample
from hearth.assistant.audio.virtual import SpeakerRecorder, VirtualAudio
from hearth.assistant.events import (
    AudioEnd,
    AudioStart,
    ErrorEvent,
    Event,
    Interrupted,
    Notice,
    ReplyText,
    SpeechEnd,
    TranscriptEvent,
    WakeWord,
)
from hearth.assistant.runtime import Assistant
from hearth.assistant.voice import VoiceLoop

from tests.conftest import ASSISTANT

pytestmark = [pytest.mark.integration, pytest.mark.audio]


class Harness:
    """A running voice loop, the events it reported, and a recorder on its speaker."""

    def __init__(self, assistant: Assistant, audio: VirtualAudio, **kwargs: object) -> None:
        self.assistant = assistant
        self.audio = audio
        self.closed = False
        self.events: list[Event] = []
        self._cond = threading.Condition()
        self.loop = VoiceLoop(assistant, self._on_event, device_in="", device_out="", **kwargs)  # type: ignore[arg-type]
        self.recorder = SpeakerRecorder(audio)
        self.loop.start()
        assert self.loop.wait_ready(120), "the voice loop did not get ready"

    def _on_event(self, event: Event) -> None:
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()

    def wait_for(
        self,
        kind: type[Event] | tuple[type[Event], ...],
        timeout: float = 40.0,
        after: float = 0.0,
        where: Callable[[Event], bool] = lambda _e: True,
    ) -> Event:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for event in self.events:
                    if isinstance(event, kind) and event.t >= after and where(event):
                        return event
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [
                        f"{e.kind}: {getattr(e, 'text', '')}".rstrip(": ")
                        for e in self.events
                        if e.kind not in ("level", "state")
                    ]
                    raise AssertionError(f"no {kind.__name__} within {timeout} s; saw {seen}")
                self._cond.wait(left)

    def of(self, kind: type[Event], after: float = 0.0) -> list[Event]:
        with self._cond:
            return [e for e in self.events if isinstance(e, kind) and e.t >= after]

    def say(self, audio: np.ndarray) -> float:
        """Speak into the microphone; returns when the last sample was written."""
        start = self.audio.speak(audio)
        return start + audio.size / SAMPLE_RATE

    def wait_idle(self, quiet: float = 0.6, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        since = time.monotonic()
        while time.monotonic() - since < quiet:
            assert time.monotonic() < deadline, "the voice loop never went idle"
            if not self.loop.idle:
                since = time.monotonic()
            time.sleep(0.05)

    def heard(self, since: float) -> str:
        """Transcribe what the speaker played since ``since``."""
        audio = self.recorder.audio(since)
        return self.assistant.stt().transcribe(audio).text.lower()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.loop.stop()
        self.recorder.close()


@pytest.fixture(scope="module")
def assistant(models_home: Path) -> Assistant:
    return Assistant()


@pytest.fixture
def harness_factory(
    assistant: Assistant, virtual_audio: VirtualAudio
) -> Iterator[Callable[..., Harness]]:
    made: list[Harness] = []
    saved = (
        assistant.config.voice.echo_cancel,
        assistant.config.voice.max_utterance_s,
        assistant.config.voice.follow_up_s,
        assistant.config.tts.speaking_rate,
    )

    def make(**kwargs: object) -> Harness:
        harness = Harness(assistant, virtual_audio, **kwargs)
        made.append(harness)
        return harness

    assistant.reset()
    yield make
    for harness in made:
        harness.close()
    (
        assistant.config.voice.echo_cancel,
        assistant.config.voice.max_utterance_s,
        assistant.config.voice.follow_up_s,
        assistant.config.tts.speaking_rate,
    ) = saved
    assistant.reset()


def spoken(assistant: Assistant, text: str) -> np.ndarray:
    audio, rate = assistant.speak(text)
    return resample(audio, rate, SAMPLE_RATE)


def test_a_spoken_question_is_answered_out_loud(harness_factory, assistant) -> None:
    h = harness_factory(activation="always")
    end = h.say(spoken(assistant, "What is twelve times twelve?"))
    transcript = h.wait_for(TranscriptEvent, after=end - 5)
    assert "12" in transcript.text or "twelve" in transcript.text.lower()
    reply = h.wait_for(ReplyText, after=end - 5)
    assert reply.handled_by == "calculator"
    assert "144" in reply.text
    h.wait_for(AudioEnd, after=end - 5)
    heard = h.heard(end)
    assert "144" in heard or "hundred" in heard, heard
    # Every event the issue names, in order, with monotonic timestamps.
    kinds = [e.kind for e in h.events if e.kind not in ("level", "state", "partial")]
    for required in ("listening", "speech_start", "speech_end", "transcript", "reply_text"):
        assert required in kinds
    assert kinds.index("speech_start") < kinds.index("speech_end") < kinds.index("transcript")
    start = h.wait_for(AudioStart, after=end - 5)
    assert start.t >= h.wait_for(SpeechEnd, after=end - 5).t
    # The conversation remembers the exchange.
    assert any("144" in m.content for m in assistant.history if m.role == "assistant")


def test_clipped_audio_is_still_understood(harness_factory, assistant) -> None:
    h = harness_factory(activation="always")
    loud = np.clip(spoken(assistant, "What time is it in Tokyo?") * 4.0, -1.0, 1.0)
    assert np.mean(np.abs(loud) >= 1.0) > 0.01  # really clipped
    end = h.say(loud)
    reply = h.wait_for(ReplyText, after=end - 5)
    assert reply.handled_by == "clock"
    assert "Tokyo" in reply.text


def test_silence_and_noise_get_no_answer(harness_factory) -> None:
    h = harness_factory(activation="always")
    started = time.monotonic()
    rng = np.random.default_rng(7)
    h.say(np.zeros(SAMPLE_RATE * 2, dtype=np.float32))
    h.say((rng.standard_normal(SAMPLE_RATE * 3) * 0.05).astype(np.float32))
    t = np.arange(SAMPLE_RATE * 2) / SAMPLE_RATE
    h.say((0.1 * np.sin(2 * np.pi * 50 * t)).astype(np.float32))  # mains hum
    time.sleep(2.0)
    assert h.of(ReplyText, after=started) == []
    assert h.of(TranscriptEvent, after=started) == []


def test_a_stray_word_then_the_request_answers_the_request_alone(
    harness_factory, assistant, speech_dir: Path
) -> None:
    """Seen from outside: "porcupine" ... ~0.8 s ... "turn on the living room lamp" (a
    real recording). No reply to the stray word may start, and the request must be
    answered by the smart-home skill, not get a nonsense answer from the model."""
    h = harness_factory(activation="always")
    word = spoken(assistant, "Porcupine.")
    request = load_audio(speech_dir / "wyomingfw_turn_on_the_living_room_lamp.wav")
    loud = np.flatnonzero(np.abs(request) > 0.02)
    request = request[max(0, loud[0] - SAMPLE_RATE // 20) :]  # its own leading silence off
    loud = np.flatnonzero(np.abs(word) > 0.02)
    word = word[: loud[-1] + SAMPLE_RATE // 20]
    pause = np.zeros(int(0.8 * SAMPLE_RATE), dtype=np.float32)
    started = time.monotonic()
    end = h.say(np.concatenate([word, pause, request]))
    reply = h.wait_for(ReplyText, after=started)
    heard = [e.text for e in h.of(TranscriptEvent, after=started)]
    assert reply.handled_by == "smarthome", (reply, heard)
    h.wait_for(AudioEnd, after=started)
    # Nothing was said before the request had been spoken to the end.
    assert all(e.t >= end - 0.3 for e in h.of(AudioStart, after=started))
    assert [e.handled_by for e in h.of(ReplyText, after=started)] == ["smarthome"]
    transcripts = [e.text.lower() for e in h.of(TranscriptEvent, after=started)]
    assert len(transcripts) == 1 and "living room" in transcripts[0], transcripts
    assert transcripts[0].startswith("turn on"), transcripts  # the stray word is not in it
    assert not h.of(Interrupted, after=started)


def test_barge_in_stops_playback_and_history_keeps_what_was_said(
    harness_factory, assistant, speech_dir: Path
) -> None:
    h = harness_factory(activation="always")
    started = time.monotonic()
    h.loop.submit_text("what can you do")  # a long reply (every skill, an example each)...
    h.wait_for(AudioStart, after=started)
    # ...and the user talks over it (once the echo canceller has heard ~2 s of the voice:
    # before that barge-in is held back, or the assistant's own echo would interrupt it).
    h.audio.speak(load_audio(speech_dir / "pocketsphinx_sns01-0870.wav"), lead_silence_s=2.5)
    interrupted = h.wait_for(Interrupted, after=started)
    assert interrupted.stop_ms < 300, f"playback took {interrupted.stop_ms} ms to stop"
    # The speaker really went quiet at once: what the device had buffered (~150 ms) was
    # thrown away, not played out (the recorder's own buffering is ~20 ms).
    after = h.recorder.audio(interrupted.t + 0.1)[: SAMPLE_RATE // 2]
    loud = np.flatnonzero(np.abs(after) >= 0.01)
    assert after.size and not loud.size, (
        f"still sounding {100 + 1000 * loud[-1] / SAMPLE_RATE:.0f} ms after the stop"
    )
    # The conversation keeps only what was spoken before the interruption.
    full = h.wait_for(ReplyText, after=started).text
    assert interrupted.spoken != full
    said = [m.content for m in assistant.history if m.role == "assistant"]
    assert said[:1] == ([interrupted.spoken] if interrupted.spoken else [])
    # The interrupting speech is itself heard as the next request.
    h.wait_for(TranscriptEvent, after=interrupted.t)


def test_own_voice_through_the_speaker_does_not_interrupt(
    harness_factory, assistant, virtual_audio: VirtualAudio
) -> None:
    """The speaker is looped into the microphone, as laptop speakers are.

    Of three replies at least two must be clean: no barge-in and nothing transcribed (no
    leak was seen in 45 replies since the canceller lines the two signals up by the times
    the devices report, nor in 36 since the speaker restarts before each reply; matched by
    counting samples, it leaked in two runs of four). A
    leak that does get through must not be answered: the assistant would then talk to
    itself, each answer echoing into the next, and never go idle (``wait_idle`` fails).
    """
    loop_module = subprocess.run(
        [
            "pactl",
            "load-module",
            "module-loopback",
            "source=speaker.monitor",
            "sink=micfeed",
            "latency_msec=60",
        ],
        env={**virtual_audio.env},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    try:
        h = harness_factory(activation="always")
        clean = 0
        for question in (
            "What time is it in Tokyo and what time is it in Paris?",
            "what can you do",
            "What time is it in London?",
        ):
            started = time.monotonic()
            h.loop.submit_text(question)
            h.wait_for(AudioStart, after=started)
            # A leak shows as an interruption (then no audio_end comes): a failed trial,
            # counted below, not a hang.
            h.wait_for((AudioEnd, Interrupted), after=started, timeout=60)
            h.wait_idle()
            leaked = h.of(Interrupted, after=started) or h.of(TranscriptEvent, after=started)
            clean += not leaked
        assert clean >= 2, f"the assistant's own voice got through in {3 - clean} of 3 replies"
    finally:
        subprocess.run(["pactl", "unload-module", loop_module], env={**virtual_audio.env})


def test_without_echo_cancellation_the_echo_would_interrupt(
    harness_factory, assistant, virtual_audio: VirtualAudio
) -> None:
    """The control for the test above: it can fail."""
    assistant.config.voice.echo_cancel = False
    loop_module = subprocess.run(
        ["pactl", "load-module", "module-loopback", "source=speaker.monitor", "sink=micfeed"],
        env={**virtual_audio.env},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    try:
        h = harness_factory(activation="always")
        started = time.monotonic()
        h.loop.submit_text("What time is it in Tokyo?")
        h.wait_for(AudioStart, after=started)
        h.wait_for(Interrupted, after=started, timeout=30)
    finally:
        subprocess.run(["pactl", "unload-module", loop_module], env={**virtual_audio.env})


def test_a_question_right_after_a_reply_is_heard_whole(harness_factory, assistant) -> None:
    """The echo canceller goes on suppressing for a while after the assistant stops talking;
    once the speaker has been quiet longer than an echo lasts it is bypassed, so a first
    word spoken 0.3 s after a reply is not lost."""
    h = harness_factory(activation="always")
    question = spoken(assistant, "What is two plus two?")
    for _ in range(2):
        started = time.monotonic()
        h.loop.submit_text("What time is it in Tokyo?")
        done = h.wait_for(AudioEnd, after=started)  # the last sample handed to the device
        time.sleep(0.3)
        h.audio.speak(question, lead_silence_s=0.0)
        heard = h.wait_for(TranscriptEvent, after=done.t)
        assert heard.text.lower().startswith("what"), heard.text
        h.wait_for(AudioEnd, after=heard.t)
        h.wait_idle()


def test_a_very_long_utterance_is_capped_with_a_spoken_notice(harness_factory, assistant) -> None:
    assistant.config.voice.max_utterance_s = 4.0
    h = harness_factory(activation="always")
    monologue = spoken(
        assistant,
        "I was thinking that we could go to the market, and then to the park, and after "
        "that to the museum, and then maybe to the cinema, and finally back home for dinner "
        "with the whole family if the weather is nice",
    )
    started = time.monotonic()
    h.say(monologue)
    capped = h.wait_for(SpeechEnd, after=started, where=lambda e: e.capped)
    assert capped.capped
    reply = h.wait_for(ReplyText, after=capped.t)
    assert "stopped listening after 4 seconds" in reply.notice
    h.wait_for(AudioEnd, after=capped.t, timeout=60)
    assert "stopped listening" in h.heard(capped.t)


def test_wake_phrase_then_follow_up_without_it(harness_factory, assistant) -> None:
    assistant.config.voice.follow_up_s = 8.0
    h = harness_factory(activation="wake_word")
    started = time.monotonic()
    # Not addressed to the assistant: ignored, and not even reported.
    h.say(spoken(assistant, "What time is it in Tokyo?"))
    time.sleep(1.5)
    assert h.of(ReplyText, after=started) == []
    assert h.of(TranscriptEvent, after=started) == []
    # The wake phrase alone: a chime, then the request without it.
    h.say(spoken(assistant, "Hey computer."))
    wake = h.wait_for(WakeWord, after=started)
    assert wake.phrase == "hey computer"
    end = h.say(spoken(assistant, "What is seven times six?"))
    done = h.wait_for(AudioEnd, after=end - 3, where=lambda e: "42" in e.spoken)
    # Within the follow-up window no wake phrase is needed, right after the reply.
    h.wait_idle()
    time.sleep(0.3)
    h.say(spoken(assistant, "What is two plus two?"))
    answered = h.wait_for(
        AudioEnd, after=done.t + 0.1, where=lambda e: re.search(r"\b4\b", e.spoken) is not None
    )
    # After the window closes, the phrase is needed again; said in one breath with the
    # request, that is one turn.
    h.wait_idle()
    time.sleep(assistant.config.voice.follow_up_s + 1.0)
    h.say(spoken(assistant, "Hey computer, what time is it in Tokyo?"))
    h.wait_for(WakeWord, after=answered.t + 8)
    h.wait_for(ReplyText, after=answered.t + 8)


def test_push_to_talk(harness_factory, assistant) -> None:
    h = harness_factory(activation="push_to_talk")
    started = time.monotonic()
    h.say(spoken(assistant, "What is two plus two?"))  # not pressed: ignored
    time.sleep(1.0)
    assert h.of(ReplyText, after=started) == []
    h.loop.push_to_talk(True)
    h.say(spoken(assistant, "What is two plus two?"))
    h.loop.push_to_talk(False)
    h.wait_for(ReplyText, after=started, where=lambda e: "4" in e.text)


def test_a_device_that_disappears_is_reported_and_comes_back(
    harness_factory, assistant, virtual_audio: VirtualAudio
) -> None:
    h = harness_factory(activation="always")
    started = time.monotonic()
    h.loop.submit_text("What time is it in Tokyo?")
    h.wait_for(AudioStart, after=started)
    with stderr_discarded():
        try:
            _devices_vanish_and_return(h, virtual_audio, started)
        finally:
            # A stream the lost server left behind can keep PortAudio's ALSA thread
            # spinning (a CI run's log grew 874 MB after this test failed, and filled the
            # disk): the loop and every stream are closed before standard error is back.
            h.close()


@contextlib.contextmanager
def stderr_discarded() -> Iterator[None]:
    """Standard error (file descriptor 2) goes nowhere meanwhile. While the sound server
    is down, PortAudio's ALSA thread can print the same failed assertion millions of
    times ("Expression 'self->capture.ready || self->playback.ready' failed", 29
    million lines in one CI run); pytest keeps what a test printed, and that run was
    killed for memory (24 GB)."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(os.devnull, "wb") as sink:
        os.dup2(sink.fileno(), 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _devices_vanish_and_return(h: Harness, virtual_audio: VirtualAudio, started: float) -> None:
    virtual_audio.stop()  # every device vanishes mid-turn
    # Generous bounds: on a loaded CI machine (2 cores shared with other test runs) the
    # loss and the return were each seen late once; what counts is that both are told.
    error = h.wait_for(ErrorEvent, after=started, timeout=60)
    assert "not working" in error.message and error.fix
    # The text path keeps working while there is no sound.
    h.loop.submit_text("What is three times three?", speak=False)
    typed = h.wait_for(ReplyText, after=error.t, where=lambda e: "9" in e.text)
    assert typed.handled_by == "calculator"
    virtual_audio.start()
    h.wait_for(Notice, after=error.t, timeout=60, where=lambda e: "working again" in e.message)
    h.wait_idle()
    end = h.say(spoken(h.assistant, "What is five times five?"))
    reply = h.wait_for(ReplyText, after=end - 5, where=lambda e: "25" in e.text)
    assert reply.handled_by == "calculator"


def test_a_language_not_turned_on_is_told_which_are(
    models_home: Path, virtual_audio: VirtualAudio, speech_dir: Path
) -> None:
    french = Assistant()  # English only (the tests' desktop is English)
    french.config.stt.model = "whisper-base"
    h = Harness(french, virtual_audio, activation="always")
    try:
        end = h.say(load_audio(speech_dir / "cheetah_test_fr.wav"))
        transcript = h.wait_for(TranscriptEvent, after=end - 20)
        assert transcript.language == "fr"
        reply = h.wait_for(ReplyText, after=transcript.t)
        assert reply.handled_by == "language" and reply.language == "en"
        assert reply.text == "Sorry, I only answer in English: those are the languages turned on."
    finally:
        h.close()


def test_listen_once_json_prints_every_event(
    models_home: Path, virtual_audio: VirtualAudio, assistant
) -> None:
    question = spoken(assistant, "What is six times seven?")
    proc = subprocess.Popen(
        [*ASSISTANT, "listen", "--once", "--json", "--activation", "always"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, **virtual_audio.env},
    )
    try:
        lines: list[dict] = []
        assert proc.stdout is not None
        for line in proc.stdout:
            event = json.loads(line)
            lines.append(event)
            if event["event"] == "listening":
                threading.Thread(target=virtual_audio.speak, args=(question,)).start()
            if event["event"] == "audio_end":
                break
        # Exit waits for the chat model loading behind the listening (up to 60 s: llama.cpp
        # must not be left working while Python exits); on a loaded CI machine that took
        # more than the 30 s this test allowed.
        assert proc.wait(timeout=90) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    kinds = [e["event"] for e in lines]
    for required in ("listening", "speech_start", "speech_end", "transcript", "reply_text"):
        assert required in kinds, kinds
    assert "audio_start" in kinds and "audio_end" in kinds
    times = [e["t"] for e in lines]
    assert all(isinstance(t, float) for t in times)
    reply = next(e for e in lines if e["event"] == "reply_text")
    assert "42" in reply["text"]
