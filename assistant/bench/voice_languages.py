"""``assistant bench --voice --languages es,fr,de``: the voice loop's latency per
language, on real recordings of each, English among them on the same multilingual
model (``voice``'s measure, streaming pipeline only)."""

from __future__ import annotations

import json
import time

from hearth.assistant.audio.signal import load_audio
from hearth.assistant.bench.speech_data import (
    language_speech_dir,
    load_manifest,
    shared_speech_dir,
)
from hearth.assistant.bench.voice import (
    _MAX_CLIP_S,
    Clip,
    TurnMeasure,
    _clip,
    _measure,
    measuring_loop,
    summarise,
)
from hearth.assistant.errors import AssistantError


def _language_recordings(languages: list[str], limit: int | None) -> list[Clip]:
    """Up to ``limit`` (default 3) real recordings of each language, English included,
    interleaved so that drift hits every language alike."""
    folders = [f for f in (shared_speech_dir(), language_speech_dir()) if f is not None]
    found = [r for f in folders for r in load_manifest(f) if r.exact]
    per = {
        code: [r for r in found if r.language == code and r.duration_s <= _MAX_CLIP_S][: limit or 3]
        for code in languages
    }
    clips = []
    for i in range(max((len(v) for v in per.values()), default=0)):
        for code in languages:
            if i < len(per[code]):
                r = per[code][i]
                clips.append(_clip(r.path.name, load_audio(r.path), code))
    if not clips:
        raise AssistantError(
            "There are no recordings in those languages.", "Leave --languages out."
        )
    return clips


def run_language_bench(languages: list[str], limit: int | None, as_json: bool) -> int:
    from hearth.assistant.audio.virtual import VirtualAudio
    from hearth.assistant.languages import unique
    from hearth.assistant.runtime import Assistant

    languages = unique([*languages, "en"])
    clips = _language_recordings(languages, limit)
    measures: list[TurnMeasure] = []
    with VirtualAudio() as audio_dev:
        assistant = Assistant()
        assistant.config.voice.follow_up_s = 0.0
        assistant.config.language.spoken = languages
        for code in languages:  # each language's prompt is read once, then kept on disk
            assistant.ask("?", language=code, remember=False)
        with measuring_loop(assistant, audio_dev) as (loop, recorder, collector):
            for clip in clips:
                m = _measure(loop, audio_dev, recorder, collector, clip, "streaming")
                measures.append(m)
                assistant.reset()
                time.sleep(0.3)
                if not as_json:
                    shown = f"{m.latency_ms:7.0f} ms" if m.latency_ms is not None else m.problem
                    print(f"  {clip.language} {clip.name:40s} {shown}  {m.reply[:50]}", flush=True)
    summary = {code: summarise([m for m in measures if m.language == code]) for code in languages}
    per_language = {code: s["streaming"] for code, s in summary.items()}
    if as_json:
        print(json.dumps({"languages": per_language, "turns": [m.__dict__ for m in measures]}))
        return 0
    print("\nEnd of speech to first audible reply, per language (streaming, whisper-base):")
    for code, e in per_language.items():
        if "p50_ms" not in e:
            print(f"  {code}: no successful turns ({e['failed']} failed)")
            continue
        stages = ", ".join(f"{k} {v:.0f}" for k, v in e["stages_p50_ms"].items())
        print(f"  {code}: p50 {e['p50_ms']:.0f} ms ({e['turns']} turns, {e['failed']} failed)")
        print(f"    stages p50 (ms): {stages}")
    return 0
