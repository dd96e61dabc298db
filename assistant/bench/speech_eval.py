"""``assistant eval --speech``: how well each language is heard, on real recordings.

For every language in the shared recordings and the checkout's own
(``tests/data/speech``): word and character error rates, how often the utterance's
language was chosen right among the picked ones (a language not picked must come out
as itself, so that the user is told it is not on), and the time per clip. The
multilingual model is run as the voice loop runs it (``transcribe_utterance``, the
language chosen among ``--languages``); English is also run on the English-only
default model, today's path for English-only users.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hearth.assistant import models
from hearth.assistant.audio.signal import load_audio
from hearth.assistant.bench.speech_data import (
    Recording,
    char_errors,
    language_speech_dir,
    load_manifest,
    shared_speech_dir,
    word_errors,
)
from hearth.assistant.config import STTConfig
from hearth.assistant.engines.stt import WhisperSTT
from hearth.assistant.errors import AssistantError, NoSpeechError
from hearth.assistant.languages import SUPPORTED


@dataclass
class Heard:
    recording: Recording
    model: str
    text: str
    language: str
    ms: float


def recordings(speech_dir: Path | None = None) -> list[Recording]:
    """The recordings with exact transcripts: ``speech_dir``, or the shared ones and the
    checkout's own in other languages."""
    folders = [speech_dir] if speech_dir else [shared_speech_dir(), language_speech_dir()]
    found = [r for f in folders if f is not None for r in load_manifest(f) if r.exact]
    if not found:
        raise AssistantError(
            "There are no recordings to measure.",
            "Give a folder with a manifest.tsv: assistant eval --speech --speech-dir <folder>",
        )
    return found


def hear(stt: WhisperSTT, clips: list[Recording]) -> list[Heard]:
    heard: list[Heard] = []
    for clip in clips:
        audio = load_audio(clip.path)
        started = time.perf_counter()
        try:
            transcript = stt.transcribe_utterance(audio)
            text, language = transcript.text, transcript.language
        except NoSpeechError:
            text, language = "", ""
        ms = (time.perf_counter() - started) * 1000
        heard.append(Heard(clip, stt.model_name, text, language, ms))
    return heard


def summarise(heard: list[Heard], picked: list[str]) -> list[dict[str, Any]]:
    """One row per (model, language): error rates, language chosen right, time."""
    groups: dict[tuple[str, str], list[Heard]] = defaultdict(list)
    for h in heard:
        groups[(h.model, h.recording.language)].append(h)
    rows = []
    for (model, language), items in sorted(groups.items()):
        words = [word_errors(h.recording.transcript, h.text, language) for h in items]
        chars = [char_errors(h.recording.transcript, h.text, language) for h in items]
        if language in picked:
            right = sum(h.language == language for h in items)
        else:  # not picked: right when it is recognised as not picked (then told so)
            right = sum(h.language not in picked for h in items)
        seconds = sum(h.recording.duration_s for h in items)
        rows.append(
            {
                "model": model,
                "language": language,
                "picked": language in picked,
                "clips": len(items),
                "seconds": round(seconds, 1),
                "wer": round(sum(e for e, _ in words) / max(1, sum(n for _, n in words)), 3),
                "cer": round(sum(e for e, _ in chars) / max(1, sum(n for _, n in chars)), 3),
                "language_right": right,
                "ms_per_clip": round(sum(h.ms for h in items) / len(items)),
                "rtf": round(sum(h.ms for h in items) / 1000 / max(seconds, 0.001), 3),
            }
        )
    return rows


def run_speech_eval(
    as_json: bool = False, speech_dir: Path | None = None, languages: list[str] | None = None
) -> int:
    picked = languages or list(SUPPORTED)
    clips = recordings(speech_dir)
    multilingual = WhisperSTT(
        models.resolve_spec("stt", models.MULTILINGUAL_STT), STTConfig(), picked
    )
    heard = hear(multilingual, clips)
    english_only = next(m.id for m in models.CATALOG if m.kind == "stt" and m.default)
    english = [c for c in clips if c.language == "en"]
    if english:
        heard += hear(WhisperSTT(models.resolve_spec("stt", english_only)), english)
    rows = summarise(heard, picked)
    if as_json:
        detail = [
            {
                "file": h.recording.path.name,
                "model": h.model,
                "language": h.recording.language,
                "heard_language": h.language,
                "reference": h.recording.transcript,
                "heard": h.text,
                "ms": round(h.ms),
            }
            for h in heard
        ]
        print(json.dumps({"picked": picked, "rows": rows, "clips": detail}, indent=2))
        return 0
    print(f"Languages picked: {', '.join(picked)} (others should be heard as not picked)\n")
    print(
        f"{'model':18} {'lang':5} {'clips':>5} {'sec':>6} {'WER':>6} {'CER':>6} "
        f"{'lang right':>10} {'ms/clip':>8} {'RTF':>6}"
    )
    for r in rows:
        mark = "" if r["picked"] else "*"
        print(
            f"{r['model']:18} {r['language'] + mark:5} {r['clips']:>5} {r['seconds']:>6} "
            f"{r['wer']:>6.1%} {r['cer']:>6.1%} {r['language_right']:>5}/{r['clips']:<4} "
            f"{r['ms_per_clip']:>8} {r['rtf']:>6}"
        )
    print(
        "\n* not picked: 'lang right' counts clips recognised as another language than the "
        "picked ones (the user is told which are on)."
    )
    return 0
