"""The whole voice loop on the shipped doubles: a microphone that replays sound, a
speaker that plays into nothing, scripted speech recognition and voice, a tone for a
voice (energy VAD). Real threads and real timing, no sound server and no models."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hearth.assistant.audio.signal import SAMPLE_RATE
from hearth.assistant.config import Config, SkillsConfig
from hearth.assistant.engines.llm import Message
from hearth.assistant.engines.stt import Transcript
from hearth.assistant.engines.voices import Voices
from hearth.assistant.events import (
    AlertFired,
    AudioEnd,
    AudioStart,
    Event,
    Interrupted,
    ReplyText,
    TranscriptEvent,
)
from hearth.assistant.skill import Skill, SkillContext
from hearth.assistant.testing import ScriptedChat
from hearth.assistant.testing.voice import (
    EnergyVAD,
    ReplayMicrophone,
    ScriptedTTS,
    SilentSpeaker,
    transcript,
)
from hearth.assistant.understanding.language_id import typed_language
from hearth.assistant.understanding.router import Router
from hearth.assistant.voice import VoiceLoop


class Lamp(Skill):
    name = "lamp"

    def __init__(self) -> None:
        self.switched = 0

    def match(self, text: str) -> dict[str, Any] | None:
        return {} if text.lower().rstrip(".").startswith("turn on the") else None

    def handle(self, slots: dict[str, Any], context: SkillContext) -> str:
        self.switched += 1
        return "The lamp is on."


class LengthSTT:
    """Hears by how much voice there is: ``script`` maps a minimum number of voiced
    seconds to what was said (the longest that fits wins)."""

    def __init__(self, script: dict[float, str]) -> None:
        self.script = sorted(script.items())

    def transcribe_utterance(self, audio: np.ndarray) -> Transcript:
        voiced = float(np.sum(np.abs(audio) > 0.05)) / SAMPLE_RATE
        text = ""
        for seconds, said in self.script:
            if voiced >= seconds:
                text = said
        return transcript(text)


class Assistant:
    """What the voice loop asks of the assistant, with scripted engines and a router."""

    def __init__(self, stt: LengthSTT, skills: list[Skill], replies: list[str]) -> None:
        self.config = Config()
        self.config.voice.activation = "always"
        self.config.voice.echo_cancel = False
        self.config.voice.end_of_turn = "silence"
        self.config.voice.silence_ms = 500
        self.chat = ScriptedChat(replies)
        self.router = Router(skills, lambda: self.chat, skills_config=SkillsConfig(llm_tools=False))
        self.history: list[Message] = []
        self._stt, self._tts = stt, ScriptedTTS()
        self.voices = Voices(self.tts, fixed=True)
        self.subscribers: list[Callable[[Event], None]] = []

    def stt(self) -> LengthSTT:
        return self._stt

    def tts(self) -> ScriptedTTS:
        return self._tts

    def small_llm(self) -> ScriptedChat:
        return self.chat

    def language_of(self, text: str) -> str:
        return typed_language(text, self.config.language.spoken)

    def ask(self, text: str, **kwargs: Any) -> Any:
        kwargs.pop("remember", None)
        return self.router.route(text, self.history, kwargs.get("on_token"), kwargs.get("cancel"))

    def subscribe(self, callback: Callable[[Event], None]) -> None:
        self.subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[Event], None]) -> None:
        self.subscribers.remove(callback)


def tone(seconds: float) -> np.ndarray:
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return (0.2 * np.sin(2 * np.pi * 200 * t)).astype(np.float32)


class Rig:
    def __init__(self, assistant: Assistant, microphone: bool = True) -> None:
        self.assistant = assistant
        self.events: list[Event] = []
        self.mic_factory = ReplayMicrophone.factory()
        self.speaker_factory = SilentSpeaker.factory()
        self.loop = VoiceLoop(
            assistant,  # type: ignore[arg-type]
            self.events.append,
            microphone=self.mic_factory if microphone else None,
            speaker=self.speaker_factory,
            vad=EnergyVAD(),
        )
        self.loop.start()
        assert self.loop.wait_ready(10)

    @property
    def mic(self) -> ReplayMicrophone:
        return self.mic_factory.last  # type: ignore[attr-defined,no-any-return]

    @property
    def speaker(self) -> SilentSpeaker:
        return self.speaker_factory.last  # type: ignore[attr-defined,no-any-return]

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]

    def wait(self, condition: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            assert time.monotonic() < deadline, [e.kind for e in self.events]
            time.sleep(0.02)


@pytest.fixture
def rigs() -> Iterator[list[Rig]]:
    made: list[Rig] = []
    yield made
    for rig in made:
        rig.loop.stop()


def test_a_spoken_question_is_heard_answered_and_played(rigs: list[Rig]) -> None:
    assistant = Assistant(LengthSTT({0.5: "What is the capital of France?"}), [], ["Paris."])
    rig = Rig(assistant)
    rigs.append(rig)
    rig.mic.say(tone(1.2), lead_s=0.5)
    rig.wait(lambda: bool(rig.of(AudioEnd)))
    assert [e.text for e in rig.of(TranscriptEvent)] == ["What is the capital of France?"]
    assert [e.text for e in rig.of(ReplyText)] == ["Paris."]
    assert rig.of(AudioStart) and rig.speaker.clips
    assert assistant.history == [
        Message("user", "What is the capital of France?"),
        Message("assistant", "Paris."),
    ]


@pytest.mark.parametrize("misheard", ["Porcupine.", "Or keep on."])
def test_a_stray_word_before_the_request_is_not_answered(rigs: list[Rig], misheard: str) -> None:
    """'porcupine ... (0.8 s) ... turn on the living room lamp': no reply to the stray word
    starts, and the request is answered on its own. Whisper may hear the one word as
    several ("or keep on"), even surely: how long the voice lasted decides, not the
    words."""
    joined = f"{misheard.rstrip('.')}, turn on the living room lamp."
    stt = LengthSTT({0.3: misheard, 1.5: joined})
    lamp = Lamp()
    assistant = Assistant(stt, [lamp], ["Porcupines are rodents with sharp quills."])
    rig = Rig(assistant)
    rigs.append(rig)
    rig.mic.say(tone(0.5), lead_s=0.5)
    rig.mic.say(tone(1.5), lead_s=0.8)
    rig.wait(lambda: bool(rig.of(AudioEnd)))
    time.sleep(0.5)
    assert lamp.switched == 1
    assert [e.text for e in rig.of(TranscriptEvent)] == ["Turn on the living room lamp."]
    assert [e.text for e in rig.of(ReplyText)] == ["The lamp is on."]
    assert not rig.of(Interrupted)  # the stray word's turn vanished without a trace
    assert assistant.chat.calls == [] or all(  # prepared, maybe, but never given
        "Porcupines" not in e.text for e in rig.of(ReplyText)
    )
    assert len(rig.of(AudioEnd)) == 1 and len(rig.speaker.clips) == 1
    assert Message("user", "Turn on the living room lamp.") in assistant.history


def test_a_lone_word_is_answered_after_a_moment_of_quiet(rigs: list[Rig]) -> None:
    assistant = Assistant(LengthSTT({0.3: "Hello."}), [], ["Hello! How can I help?"])
    rig = Rig(assistant)
    rigs.append(rig)
    rig.mic.say(tone(0.5), lead_s=0.5)
    rig.wait(lambda: bool(rig.of(AudioEnd)))
    assert [e.text for e in rig.of(TranscriptEvent)] == ["Hello."]
    assert [e.text for e in rig.of(ReplyText)] == ["Hello! How can I help?"]


def test_the_user_talking_over_the_reply_stops_it(rigs: list[Rig]) -> None:
    long_reply = "Paris is the capital of France. " * 6
    assistant = Assistant(LengthSTT({0.5: "Tell me about Paris."}), [], [long_reply])
    rig = Rig(assistant)
    rigs.append(rig)
    rig.mic.say(tone(1.2), lead_s=0.5)
    rig.wait(lambda: bool(rig.of(AudioStart)))
    time.sleep(0.5)
    rig.mic.say(tone(0.6))  # the user talks over the assistant
    rig.wait(lambda: bool(rig.of(Interrupted)))
    assert rig.speaker.stops >= 1
    interrupted = rig.of(Interrupted)[0]
    assert interrupted.spoken and len(interrupted.spoken) < len(long_reply)
    # The history keeps what was heard, not the whole reply.
    assert assistant.history[-1].role == "assistant"
    assert assistant.history[-1].content == interrupted.spoken


def test_typed_and_recorded_turns_without_a_microphone(rigs: list[Rig], tmp_path: Path) -> None:
    """One way through a turn: the loop without a microphone answers typed text and
    recordings, plays the replies, and says an alert that fires."""
    assistant = Assistant(LengthSTT({0.5: "What is twelve times twelve?"}), [], ["It is 144."])
    rig = Rig(assistant, microphone=False)
    rigs.append(rig)
    assert rig.loop.devices_ok
    rig.loop.submit_text("what is the capital of France")
    rig.wait(lambda: len(rig.of(AudioEnd)) == 1)
    rig.loop.submit_audio(tone(1.0))
    rig.wait(lambda: len(rig.of(AudioEnd)) == 2)
    assert [e.text for e in rig.of(TranscriptEvent)] == ["What is twelve times twelve?"]
    for notify in assistant.subscribers:
        notify(AlertFired(message="Your tea is ready.", skill="timers", alert_id="1", name="tea"))
    rig.wait(lambda: len(rig.of(AudioEnd)) == 3)
    assert rig.of(ReplyText)[-1].text == "Your tea is ready."
    assert len(rig.speaker.clips) >= 3
