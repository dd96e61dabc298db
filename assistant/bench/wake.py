"""``assistant bench --wake``: how often the wake phrase is missed, and how often the
assistant wakes up when nobody said it.

Each utterance goes through what the voice loop does with it: the short-window
speech recogniser, then the wake-phrase match.

- Misses: the phrase spoken by the installed voice, alone and followed by a
  request, at three speaking rates, clean and with noise at 20 and 10 dB SNR; and
  any real recording of a person saying it (the shared set has "hey mycroft").
- False wakes: every shared recording that does not contain the phrase, the 50
  evaluation questions spoken by the voice, and noise. Reported per hour of that
  audio: with minutes of audio, not days, the rate is a rough figure.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from hearth.assistant.audio.signal import SAMPLE_RATE, load_audio, resample
from hearth.assistant.bench.chat_eval import DEFAULT_QUESTIONS, load_questions
from hearth.assistant.bench.speech_data import load_manifest, shared_speech_dir
from hearth.assistant.errors import NoSpeechError
from hearth.assistant.voice.wake import WakePhrase

_REQUESTS = ("", "what time is it?", "set a timer for five minutes", "what's the weather like?")
_RATES = (0.8, 1.0, 1.25)
_SNRS_DB = (None, 20.0, 10.0)
_REAL = {"hey mycroft": "voice2json_hey_mycroft.wav"}


@dataclass
class Sample:
    label: str
    audio: np.ndarray
    phrase: str


def _with_noise(audio: np.ndarray, snr_db: float | None, rng: np.random.Generator) -> np.ndarray:
    if snr_db is None:
        return audio
    power = float(np.mean(audio**2)) or 1e-8
    noise = rng.standard_normal(audio.size).astype(np.float32)
    noise *= np.sqrt(power / 10 ** (snr_db / 10))
    return np.clip(audio + noise, -1.0, 1.0)


def _voice(assistant, text: str, rate: float) -> np.ndarray:
    tts = assistant.tts()
    previous = tts.config.speaking_rate
    tts.config.speaking_rate = rate
    try:
        audio = tts.synthesize_all(text)
    finally:
        tts.config.speaking_rate = previous
    return resample(audio, tts.sample_rate, SAMPLE_RATE)


def _positives(assistant, phrase: str, rng: np.random.Generator) -> list[Sample]:
    samples = []
    for request in _REQUESTS:
        text = f"{phrase}, {request}" if request else f"{phrase}."
        for rate in _RATES:
            clean = _voice(assistant, text, rate)
            for snr in _SNRS_DB:
                noisy = _with_noise(clean, snr, rng)
                tag = "clean" if snr is None else f"{snr:.0f} dB SNR"
                samples.append(Sample(f"voice x{rate} {tag}: {text}", noisy, phrase))
    shared = shared_speech_dir()
    for real_phrase, name in _REAL.items():
        if shared is not None and (shared / name).is_file():
            samples.append(Sample(f"recording: {name}", load_audio(shared / name), real_phrase))
    return samples


def _negatives(assistant, rng: np.random.Generator) -> list[Sample]:
    samples = []
    shared = shared_speech_dir()
    if shared is not None:
        for rec in load_manifest(shared):
            if rec.path.name not in _REAL.values():
                samples.append(Sample(f"recording: {rec.path.name}", load_audio(rec.path), ""))
    if DEFAULT_QUESTIONS.is_file():
        for question in load_questions():
            audio = _voice(assistant, question.question, 1.0)
            samples.append(Sample(f"voice: {question.question}", audio, ""))
    for i in range(12):  # a minute of noise, in 5 s pieces
        noise = (rng.standard_normal(5 * SAMPLE_RATE) * (0.01 * (i + 1))).astype(np.float32)
        samples.append(Sample(f"noise {i + 1}", noise, ""))
    return samples


def _wakes(stt, phrase: str, audio: np.ndarray) -> bool:
    try:
        text = stt.transcribe_utterance(audio).text
    except NoSpeechError:
        return False
    return WakePhrase(phrase).match(text) is not None


def run_wake_bench(as_json: bool = False) -> int:
    from hearth.assistant.runtime import Assistant

    assistant = Assistant()
    stt = assistant.stt()
    phrase = assistant.config.voice.wake_phrase
    rng = np.random.default_rng(1)
    started = time.perf_counter()
    positives = _positives(assistant, phrase, rng)
    negatives = _negatives(assistant, rng)
    missed = [s.label for s in positives if not _wakes(stt, s.phrase, s.audio)]
    false = [s.label for s in negatives if _wakes(stt, phrase, s.audio)]
    hours = sum(s.audio.size for s in negatives) / SAMPLE_RATE / 3600
    result: dict[str, Any] = {
        "phrase": phrase,
        "positives": len(positives),
        "missed": len(missed),
        "miss_rate": round(len(missed) / len(positives), 3) if positives else None,
        "missed_examples": missed[:20],
        "negative_minutes": round(hours * 60, 1),
        "false_wakes": len(false),
        "false_wakes_per_hour": round(len(false) / hours, 1) if hours else None,
        "false_wake_examples": false[:20],
        "seconds": round(time.perf_counter() - started, 1),
    }
    if as_json:
        print(json.dumps(result))
        return 0
    print(f"Wake phrase '{phrase}' (speech model {stt.model_name}):")
    print(
        f"  missed {len(missed)} of {len(positives)} spoken wake phrases "
        f"({100 * (result['miss_rate'] or 0):.1f} %)"
    )
    for label in missed[:10]:
        print(f"    missed: {label}")
    print(
        f"  false wakes: {len(false)} in {result['negative_minutes']} minutes of speech and "
        f"noise without the phrase (~{result['false_wakes_per_hour']} per hour)"
    )
    for label in false[:10]:
        print(f"    woke on: {label}")
    return 0
