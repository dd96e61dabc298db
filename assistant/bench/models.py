"""``assistant bench``: how fast the models are on this machine, and how much memory
they take. Each figure comes with a baseline measured in the same run, because
absolute times drift on shared machines while ratios hold.

- STT: real-time factor (processing time / audio time) and WER with the
  configured greedy decoding, against faster-whisper's default beam search (5).
- TTS: time to first audio when speech starts with the first sentence, against
  synthesising the whole reply first; and the real-time factor.
- LLM: time to first token and tokens per second; baseline: time to the whole reply.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from hearth.assistant import models
from hearth.assistant.audio.signal import SAMPLE_RATE, load_audio, resample
from hearth.assistant.bench.speech_data import load_manifest, shared_speech_dir, wer
from hearth.assistant.config import Config, load_config
from hearth.assistant.engines.llm import LlamaCppChat, Message
from hearth.assistant.engines.stt import WhisperSTT
from hearth.assistant.engines.tts import PiperTTS, TextToSpeech
from hearth.assistant.errors import AssistantError, NoSpeechError
from hearth.assistant.understanding.prompting import CHAT_PROMPT

T = TypeVar("T")
Clip = tuple[np.ndarray, str]

TTS_TEXT = (
    "The capital of France is Paris. It has been the country's capital for more than "
    "a thousand years. Would you like to know more about it?"
)
LLM_PROMPTS = (
    "What is the largest ocean on Earth?",
    "Give me one tip for sleeping better.",
    "What does a barometer measure?",
)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _timed(fn: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def _clips(speech_dir: Path | None, tts: TextToSpeech) -> tuple[list[Clip], str]:
    folder = speech_dir or shared_speech_dir()
    if folder and (folder / "manifest.tsv").is_file():
        recs = [r for r in load_manifest(folder) if r.language == "en" and r.exact]
        return [(load_audio(r.path), r.transcript) for r in recs], str(folder)
    if folder:
        files = sorted(
            p for p in folder.iterdir() if p.suffix.lower() in (".wav", ".flac", ".mp3", ".ogg")
        )
        if not files:
            raise AssistantError(
                f"{folder} holds no WAV, FLAC, MP3 or OGG recordings.",
                "Give a folder of recordings, or leave --speech-dir out.",
            )
        return [(load_audio(p), "") for p in files], str(folder)
    # No recordings on this machine: use the voice itself (clearly labelled as such).
    clips = []
    for sentence in (
        "Set a timer for ten minutes.",
        "What is the weather like tomorrow?",
        "Remind me to call my mother at five in the evening.",
    ):
        audio = tts.synthesize_all(sentence)
        clips.append((resample(audio, tts.sample_rate, SAMPLE_RATE), sentence))
    return clips, "synthetic (the Piper voice; no recordings found)"


def bench_stt(config: Config, clips: list[Clip]) -> dict[str, Any]:
    resolved = models.resolve(config, "stt")
    engine, load_s = _timed(lambda: WhisperSTT(resolved, config.stt))
    baseline_engine = WhisperSTT(resolved, replace(config.stt, beam_size=5))
    results: dict[str, dict[str, Any]] = {}
    for label, eng in (("configured", engine), ("baseline_beam5", baseline_engine)):
        total_audio = total_proc = 0.0
        pairs = []
        for audio, reference in clips:
            started = time.perf_counter()
            try:
                text = eng.transcribe(audio).text
            except NoSpeechError:
                text = ""
            proc = time.perf_counter() - started
            total_audio += audio.size / SAMPLE_RATE
            total_proc += proc
            pairs.append((reference, text))
        results[label] = {
            "rtf": round(total_proc / total_audio, 3),
            "audio_s": round(total_audio, 1),
            "wer": round(wer(pairs), 3) if all(ref for ref, _ in pairs) else None,
            "beam_size": eng.config.beam_size,
        }
    return {
        "model": resolved.name,
        "load_ms": _ms(load_s),
        "clips": len(clips),
        **results,
        "speedup_vs_baseline": round(
            results["baseline_beam5"]["rtf"] / results["configured"]["rtf"], 2
        ),
    }


def bench_tts(config: Config, rounds: int) -> tuple[dict[str, Any], TextToSpeech]:
    resolved = models.resolve(config, "tts")
    tts, load_s = _timed(lambda: PiperTTS(resolved, config.tts))
    list(tts.synthesize("Warm up."))
    first, full, rtf = [], [], []
    for _ in range(rounds):
        started = time.perf_counter()
        chunks = iter(tts.synthesize(TTS_TEXT))
        first_chunk = next(chunks)
        first.append(time.perf_counter() - started)
        rest = list(chunks)
        elapsed = time.perf_counter() - started
        full.append(elapsed)
        samples = first_chunk.size + sum(c.size for c in rest)
        rtf.append(elapsed / (samples / tts.sample_rate))
    return {
        "voice": resolved.name,
        "load_ms": _ms(load_s),
        "first_audio_ms": _ms(statistics.median(first)),
        "baseline_full_synthesis_ms": _ms(statistics.median(full)),
        "first_audio_vs_baseline": round(statistics.median(first) / statistics.median(full), 2),
        "rtf": round(statistics.median(rtf), 3),
    }, tts


def bench_llm(config: Config, rounds: int) -> dict[str, Any]:
    resolved = models.resolve(config, "llm")
    chat, load_s = _timed(lambda: LlamaCppChat(resolved, config.llm))
    first, totals, rates = [], [], []
    for _ in range(rounds):
        for prompt in LLM_PROMPTS:
            messages = [Message("system", CHAT_PROMPT), Message("user", prompt)]
            started = time.perf_counter()
            first_at: float | None = None
            count = 0
            for _piece in chat.stream(messages, config.llm.max_reply_tokens):
                first_at = first_at or time.perf_counter()
                count += 1
            done = time.perf_counter()
            first.append((first_at or done) - started)
            totals.append(done - started)
            if count > 1 and first_at:
                rates.append((count - 1) / (done - first_at))
    return {
        "model": resolved.name,
        "load_ms": _ms(load_s),
        "first_token_ms": _ms(statistics.median(first)),
        "baseline_full_reply_ms": _ms(statistics.median(totals)),
        "tokens_per_s": round(statistics.median(rates), 1) if rates else None,
    }


def run_bench(as_json: bool = False, speech_dir: Path | None = None, rounds: int = 3) -> int:
    if speech_dir is not None and not speech_dir.is_dir():  # before minutes of measuring
        raise AssistantError(f"There is no folder {speech_dir}.", "Give a folder of recordings.")
    config = load_config()
    say = (lambda *_a, **_k: None) if as_json else print
    say(f"Benchmark on {os.cpu_count()} CPU cores (medians of {rounds} rounds)...")
    tts_result, tts = bench_tts(config, rounds)
    say(
        f"TTS  {tts_result['voice']}: loads in {tts_result['load_ms']:.0f} ms; first audio after "
        f"{tts_result['first_audio_ms']:.0f} ms vs {tts_result['baseline_full_synthesis_ms']:.0f} "
        f"ms for the whole reply ({tts_result['first_audio_vs_baseline']:.2f}x); "
        f"real-time factor {tts_result['rtf']}"
    )
    clips, source = _clips(speech_dir, tts)
    stt_result = bench_stt(config, clips)
    stt_result["source"] = source
    c, b = stt_result["configured"], stt_result["baseline_beam5"]
    say(
        f"STT  {stt_result['model']}: loads in {stt_result['load_ms']:.0f} ms; "
        f"{stt_result['clips']} clips, {c['audio_s']} s of audio from {source}"
    )
    say(
        f"     real-time factor {c['rtf']} (beam {c['beam_size']}, WER {c['wer']}) vs {b['rtf']} "
        f"(beam 5, WER {b['wer']}): {stt_result['speedup_vs_baseline']}x faster"
    )
    llm_result = bench_llm(config, rounds)
    say(
        f"LLM  {llm_result['model']}: loads in {llm_result['load_ms']:.0f} ms; first token "
        f"{llm_result['first_token_ms']:.0f} ms vs whole reply "
        f"{llm_result['baseline_full_reply_ms']:.0f} ms; {llm_result['tokens_per_s']} tokens/s"
    )
    report = {
        "cpu_cores": os.cpu_count(),
        "python": sys.version.split()[0],
        "rounds": rounds,
        "stt": stt_result,
        "tts": tts_result,
        "llm": llm_result,
        "peak_memory_mb": _peak_rss_mb(),
    }
    say(f"Peak memory with all three models loaded: {report['peak_memory_mb']:.0f} MB")
    if as_json:
        print(json.dumps(report))
    return 0
