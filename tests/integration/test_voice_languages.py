"""Spanish, French and German through the voice loop: real recordings of people (the
checkout's ``tests/data/speech``, not synthesized) spoken into the virtual microphone,
answered out loud in their language, with the real models.

What the speaker played is transcribed again by the multilingual model, limited to the
languages Hearth speaks, to check which language it was said in (the reply's voice is
eSpeak NG: no Piper voice for these languages comes as a package).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from hearth.assistant import models
from hearth.assistant.audio.signal import load_audio
from hearth.assistant.audio.virtual import RATE, VirtualAudio
from hearth.assistant.bench.speech_data import language_speech_dir
from hearth.assistant.engines.espeak import espeak_program
from hearth.assistant.events import AudioEnd, AudioStart, ReplyText, TranscriptEvent
from hearth.assistant.runtime import Assistant

from tests.integration.test_voice_loop import Harness

pytestmark = [
    pytest.mark.integration,
    pytest.mark.audio,
    pytest.mark.skipif(espeak_program() is None, reason="eSpeak NG is not installed"),
]

SPEECH = language_speech_dir()
REQUESTS = {
    "es": "cheetah_test_es_norm.wav",  # "Mi número favorito es 268."
    "fr": "cheetah_test_fr_norm.wav",  # "Mon chiffre préféré 3061."
    "de": "cheetah_test_de_norm.wav",  # "Meine Lieblingszahl ist 268"
}


def clip(name: str) -> np.ndarray:
    assert SPEECH is not None, "tests/data/speech is missing from this checkout"
    return load_audio(SPEECH / name)


@pytest.fixture(scope="module")
def multilingual(models_home: Path) -> Iterator[Assistant]:
    assistant = Assistant()
    assistant.config.language.spoken = ["es", "fr", "de", "en"]
    yield assistant
    assistant.close()


def voiced_s(audio: np.ndarray, rate: int) -> float:
    """Seconds of ``audio`` that are sound (20 ms frames above -34 dBFS)."""
    frame = rate // 50
    frames = audio[: audio.size // frame * frame].reshape(-1, frame)
    return float(np.sum(np.sqrt(np.mean(frames**2, axis=1)) > 0.02)) / 50


def played(assistant: Assistant, harness: Harness, reply: ReplyText) -> None:
    """The speaker played the reply in ``reply.language``'s voice: about as much sound
    as that voice makes saying it. (Whisper cannot check the language itself: short
    replies in eSpeak NG's robotic French or Spanish it often takes for another.)"""
    start = harness.wait_for(AudioStart, after=reply.t - 30, timeout=5)
    end = harness.wait_for(AudioEnd, after=start.t, timeout=90)
    assert assistant.voices.voice(reply.language).language == reply.language
    voices = assistant.voices
    expected = voiced_s(voices.synthesize_all(reply.text, reply.language), voices.sample_rate)
    heard = voiced_s(harness.recorder.audio(start.t - 0.5), RATE)
    assert end.t > start.t and expected > 0.5
    assert 0.7 * expected < heard < 1.3 * expected, (reply.text, expected, heard)


@pytest.mark.parametrize("language", ["es", "fr", "de"])
def test_a_request_is_answered_out_loud_in_its_language(
    multilingual: Assistant, virtual_audio: VirtualAudio, language: str
) -> None:
    multilingual.reset()
    h = Harness(multilingual, virtual_audio, activation="always")
    try:
        end = h.say(clip(REQUESTS[language]))
        heard = h.wait_for(TranscriptEvent, after=end - 10, timeout=60)
        assert heard.language == language, heard
        reply = h.wait_for(ReplyText, after=heard.t, timeout=150)
        assert reply.language == language and reply.text, reply
        played(multilingual, h, reply)
    finally:
        h.close()


def test_the_multilingual_model_hears_only_the_picked_languages(multilingual: Assistant) -> None:
    stt = multilingual.stt()
    assert stt.model_name == models.MULTILINGUAL_STT
    for language, name in REQUESTS.items():
        assert stt.transcribe_utterance(clip(name)).language == language


def test_a_language_not_picked_is_answered_in_the_nearest_one_on(
    models_home: Path, virtual_audio: VirtualAudio
) -> None:
    assistant = Assistant()
    assistant.config.language.spoken = ["es", "en"]
    h = Harness(assistant, virtual_audio, activation="always")
    try:
        end = h.say(clip("leopard_test_it.wav"))  # Italian, a real recording
        heard = h.wait_for(TranscriptEvent, after=end - 10, timeout=60)
        assert heard.language == "it"
        reply = h.wait_for(ReplyText, after=heard.t, timeout=60)
        assert reply.handled_by == "language" and reply.language == "es"
        assert "español e inglés" in reply.text
        played(assistant, h, reply)
    finally:
        h.close()
        assistant.close()


def test_english_only_keeps_the_english_model(models_home: Path, speech_dir: Path) -> None:
    assistant = Assistant()
    assert assistant.config.language.spoken == ["en"]
    stt = assistant.stt()
    assert stt.model_name == "whisper-tiny.en"
    heard = stt.transcribe_utterance(load_audio(speech_dir / "cheetah_test_en.wav"))
    assert heard.language == "en" and "platforms" in heard.text.lower()
    assistant.close()
