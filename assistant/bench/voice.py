"""``assistant bench --voice``: how long from the end of the user's speech to the
first sound of the reply, measured through real (virtual) audio devices.

A private PulseAudio server stands in for the sound card. Each recording is
played into the virtual microphone in real time while the voice loop runs; the
virtual speaker is recorded. Latency is measured "in the air": from the moment
the recording's last voiced sample was written into the microphone to the
moment the first audible sample of the reply came out of the speaker. Both
device paths' buffering is included, so the figure is, if anything, high.

In the same run, turn by turn, the same models run the sequential baseline: a
fixed pause ends the turn, then the whole transcript, the whole reply and the
whole synthesis are waited for before anything plays.
"""

from __future__ import annotations

import contextlib
import json
import statistics
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from hearth.assistant.audio.signal import SAMPLE_RATE, load_audio
from hearth.assistant.bench.speech_data import load_manifest, shared_speech_dir
from hearth.assistant.engines.vad import FRAME, speech_probabilities
from hearth.assistant.errors import AssistantError
from hearth.assistant.events import (
    AudioEnd,
    AudioStart,
    Event,
    Interrupted,
    ReplyText,
    SpeechEnd,
    TranscriptEvent,
)

if TYPE_CHECKING:
    from hearth.assistant.audio.virtual import SpeakerRecorder, VirtualAudio
    from hearth.assistant.runtime import Assistant
    from hearth.assistant.voice import VoiceLoop

_AUDIO_EXT = {".wav", ".flac", ".mp3", ".ogg"}
_TURN_TIMEOUT_S = 30.0
_MAX_CLIP_S = 20.0


@dataclass
class TurnMeasure:
    clip: str
    pipeline: str
    latency_ms: float | None = None
    stages_ms: dict[str, float] = field(default_factory=dict)
    transcript: str = ""
    reply: str = ""
    handled_by: str = ""
    problem: str = ""
    language: str = "en"
    """The language of the recording (``--languages``)."""


@dataclass(frozen=True)
class Clip:
    name: str
    audio: np.ndarray
    speech_start_s: float
    """Where the first voiced frame begins."""
    speech_end_s: float
    """Where the last voiced frame ends."""
    language: str = "en"


def _clip(name: str, audio: np.ndarray, language: str = "en") -> Clip:
    voiced = np.flatnonzero(speech_probabilities(audio) >= 0.5)
    if voiced.size == 0:
        return Clip(name, audio, 0.0, audio.size / SAMPLE_RATE, language)
    start = float(voiced[0] * FRAME / SAMPLE_RATE)
    end = float((voiced[-1] + 1) * FRAME / SAMPLE_RATE)
    return Clip(name, audio, start, end, language)


def _recordings(folder: Path | None, limit: int | None) -> list[Clip]:
    sources: list[Path] = []
    shared = shared_speech_dir()
    if shared is not None:
        sources += [r.path for r in load_manifest(shared) if r.language == "en"]
    if folder is not None:
        if not folder.is_dir():
            raise AssistantError(f"There is no folder {folder}.", "Give a folder of recordings.")
        sources += sorted(p for p in folder.iterdir() if p.suffix.lower() in _AUDIO_EXT)
    if not sources:
        raise AssistantError(
            "There are no recordings to measure with (../shared/data/speech is not beside "
            "this checkout).",
            "Give a folder of recordings: assistant bench --voice --speech-dir FOLDER",
        )
    return [
        _clip(path.name, load_audio(path)[: int(_MAX_CLIP_S * SAMPLE_RATE)])
        for path in sources[: limit or None]
    ]


class _Collector:
    def __init__(self) -> None:
        self.events: list[Event] = []
        self.lock = threading.Lock()
        self.done = threading.Event()

    def __call__(self, event: Event) -> None:
        with self.lock:
            self.events.append(event)
        if isinstance(event, AudioEnd):
            self.done.set()

    def reset(self) -> None:
        with self.lock:
            self.events.clear()
        self.done.clear()

    def last(self, kind: type[Event]) -> Event | None:
        with self.lock:
            return next((e for e in reversed(self.events) if isinstance(e, kind)), None)


def _measure(
    loop, audio_dev, recorder, collector: _Collector, clip: Clip, pipeline: str
) -> TurnMeasure:
    measure = TurnMeasure(clip.name, pipeline, language=clip.language)
    loop.set_pipeline(pipeline == "streaming")
    quiet_since = time.monotonic()
    while time.monotonic() - quiet_since < 0.5:  # the previous turn is over and done
        if not loop.idle:
            quiet_since = time.monotonic()
        time.sleep(0.05)
    collector.reset()
    recorder.clear()
    start = audio_dev.speak(clip.audio)
    air_end = start + clip.speech_end_s
    deadline = time.monotonic() + _TURN_TIMEOUT_S
    while not collector.done.wait(0.2):
        if time.monotonic() > deadline:
            measure.problem = "no reply within 30 s"
            return measure
        if time.monotonic() > air_end + 3 and loop.idle and collector.last(AudioStart) is None:
            measure.problem = "ignored: no speech recognised in it"
            return measure
    first_sound = recorder.first_sound_after(air_end)
    speech_end = collector.last(SpeechEnd)
    transcript = collector.last(TranscriptEvent)
    reply = collector.last(ReplyText)
    audio_start = collector.last(AudioStart)
    if first_sound is None or audio_start is None:
        measure.problem = "the reply was not heard on the speaker"
        return measure
    measure.latency_ms = round((first_sound - air_end) * 1000, 1)
    stages: dict[str, float] = {}
    if speech_end is not None:
        stages["endpointing"] = (speech_end.t - air_end) * 1000
        if transcript is not None:
            stages["stt"] = (transcript.t - speech_end.t) * 1000
    if isinstance(reply, ReplyText):
        measure.reply, measure.handled_by = reply.text, reply.handled_by
        timings = reply.timings_ms
        stages["routing"] = timings.get("route", 0.0)
        if "llm_first_token" in timings:
            stages["llm_first_token"] = timings["llm_first_token"]
    if transcript is not None:
        measure.transcript = getattr(transcript, "text", "")
        stages["to_first_audio"] = (audio_start.t - transcript.t) * 1000
    stages["playback_start"] = (first_sound - audio_start.t) * 1000
    measure.stages_ms = {k: round(v, 1) for k, v in stages.items()}
    return measure


def _quiet_after(recorder, since: float, hold_s: float = 0.4) -> float | None:
    """When the speaker went quiet after ``since`` and stayed so for ``hold_s`` (longer than
    the pause between two sentences, which is not the reply stopping)."""
    audio = recorder.audio(since)
    hold = int(hold_s * SAMPLE_RATE)
    loud = np.abs(audio) > 0.01
    for start in range(0, max(0, audio.size - hold), SAMPLE_RATE // 100):
        if not loud[start : start + hold].any():
            return since + start / SAMPLE_RATE
    return None


def _barge_in(loop, audio_dev, recorder, collector, clip: Clip, trials: int) -> dict:
    """The assistant is speaking a long reply; the user talks over it. Measured from the
    user's first voiced sample written into the microphone to the speaker going quiet."""
    stops: list[float] = []
    reported: list[float] = []
    loop.set_pipeline(True)
    onset = clip.speech_start_s
    for _ in range(trials):
        while not loop.idle:
            time.sleep(0.05)
        collector.reset()
        recorder.clear()
        loop.submit_text("what can you do")  # the longest built-in reply
        deadline = time.monotonic() + 20
        while collector.last(AudioStart) is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(2.5)  # barge-in waits until the echo canceller has adapted (~2 s)
        started = audio_dev.speak(clip.audio, lead_silence_s=0.0)
        interrupted = collector.last(Interrupted)
        quiet = _quiet_after(recorder, started + onset)
        if interrupted is not None and quiet is not None:
            stops.append((quiet - (started + onset)) * 1000)
            reported.append(getattr(interrupted, "stop_ms", 0.0))
        loop.assistant.reset()
    if not stops:
        return {"trials": trials, "stopped": 0}
    return {
        "trials": trials,
        "stopped": len(stops),
        "voice_to_quiet_p50_ms": round(statistics.median(stops), 1),
        "voice_to_quiet_max_ms": round(max(stops), 1),
        "detected_to_stop_p50_ms": round(statistics.median(reported), 1),
    }


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summarise(measures: list[TurnMeasure]) -> dict:
    out: dict = {}
    for pipeline in ("streaming", "sequential"):
        ok = [m for m in measures if m.pipeline == pipeline and m.latency_ms is not None]
        lat = [m.latency_ms for m in ok if m.latency_ms is not None]
        entry: dict = {
            "turns": len(ok),
            "failed": sum(1 for m in measures if m.pipeline == pipeline and m.latency_ms is None),
        }
        if lat:
            entry["p50_ms"] = round(statistics.median(lat), 1)
            entry["p95_ms"] = round(_pct(lat, 0.95), 1)
            by: dict[str, list[float]] = {}  # "llm": the model's turns (issue 14's 900 ms)
            for m in ok:
                by.setdefault(m.handled_by, []).append(m.latency_ms or 0.0)
            entry["by_handler_p50_ms"] = {h: round(statistics.median(v), 1) for h, v in by.items()}
            stage_names = sorted({k for m in ok for k in m.stages_ms})
            entry["stages_p50_ms"] = {
                k: round(statistics.median([m.stages_ms[k] for m in ok if k in m.stages_ms]), 1)
                for k in stage_names
            }
        out[pipeline] = entry
    s, q = out["streaming"].get("p50_ms"), out["sequential"].get("p50_ms")
    out["ratio_p50"] = round(s / q, 2) if s and q else None
    return out


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run_voice_bench(
    as_json: bool = False,
    speech_dir: Path | None = None,
    limit: int | None = None,
    soak: int = 0,
    languages: list[str] | None = None,
) -> int:
    """``languages``: measure the streaming loop per language instead, on recordings of
    each (English among them, on the same multilingual model)."""
    if languages:
        from hearth.assistant.bench.voice_languages import run_language_bench

        return run_language_bench(languages, limit, as_json)
    from hearth.assistant.audio.virtual import VirtualAudio
    from hearth.assistant.runtime import Assistant

    clips = _recordings(speech_dir, limit)
    measures: list[TurnMeasure] = []
    with VirtualAudio() as audio_dev:
        assistant = Assistant()
        assistant.config.voice.follow_up_s = 0.0
        with measuring_loop(assistant, audio_dev) as (loop, recorder, collector):
            if soak:
                return _soak(loop, audio_dev, recorder, collector, clips, soak, as_json)
            for i, clip in enumerate(clips):
                # Alternate which pipeline goes first, so drift hits both alike.
                order = ("streaming", "sequential") if i % 2 == 0 else ("sequential", "streaming")
                for pipeline in order:
                    m = _measure(loop, audio_dev, recorder, collector, clip, pipeline)
                    measures.append(m)
                    assistant.reset()
                    time.sleep(0.3)
                    if not as_json:
                        shown = f"{m.latency_ms:7.0f} ms" if m.latency_ms is not None else m.problem
                        print(f"  {pipeline:10s} {clip.name:50s} {shown}", flush=True)
            barge = _barge_in(loop, audio_dev, recorder, collector, clips[0], trials=5)
    summary = summarise(measures)
    summary["barge_in"] = barge
    if as_json:
        print(json.dumps({"summary": summary, "turns": [m.__dict__ for m in measures]}))
    else:
        _print_summary(summary)
    return 0


@contextlib.contextmanager
def measuring_loop(
    assistant: Assistant, audio_dev: VirtualAudio
) -> Iterator[tuple[VoiceLoop, SpeakerRecorder, _Collector]]:
    """The real voice loop on the virtual devices, listening without a wake phrase, with
    a recorder on the speaker and a collector of its events; stopped afterwards."""
    from hearth.assistant.audio.virtual import SpeakerRecorder
    from hearth.assistant.voice import VoiceLoop

    collector = _Collector()
    loop = VoiceLoop(assistant, collector, activation="always", device_in="", device_out="")
    recorder = SpeakerRecorder(audio_dev)
    loop.start()
    try:
        if not loop.wait_ready(120) or not loop.devices_ok:
            raise AssistantError(
                "The voice loop could not open the virtual devices.", "Run assistant doctor."
            )
        yield loop, recorder, collector
    finally:
        loop.stop()
        recorder.close()


def _print_summary(summary: dict) -> None:
    print("\nEnd of speech to first audible reply, through virtual devices:")
    for pipeline in ("streaming", "sequential"):
        e = summary[pipeline]
        if "p50_ms" not in e:
            print(f"  {pipeline}: no successful turns ({e['failed']} failed)")
            continue
        print(
            f"  {pipeline:10s} p50 {e['p50_ms']:.0f} ms, p95 {e['p95_ms']:.0f} ms "
            f"({e['turns']} turns, {e['failed']} failed)"
        )
        stages = ", ".join(f"{k} {v:.0f}" for k, v in e["stages_p50_ms"].items())
        print(f"    stages p50 (ms): {stages}")
        handlers = ", ".join(f"{k or '?'} {v:.0f}" for k, v in e["by_handler_p50_ms"].items())
        print(f"    p50 by who answered (ms): {handlers}")
    if summary["ratio_p50"] is not None:
        print(f"  streaming / sequential (p50): {summary['ratio_p50']:.2f}")
    barge = summary.get("barge_in", {})
    if barge.get("stopped"):
        print(
            f"Barge-in: speaker quiet {barge['voice_to_quiet_p50_ms']:.0f} ms (p50, max "
            f"{barge['voice_to_quiet_max_ms']:.0f}) after the user's voice began, "
            f"{barge['stopped']} of {barge['trials']} trials"
        )
    elif barge:
        print(f"Barge-in: the reply was not interrupted in {barge['trials']} trials")


def _soak(loop, audio_dev, recorder, collector, clips, turns: int, as_json: bool) -> int:
    """Many turns in a row: memory must stay flat and no turn may get stuck."""
    rss: list[float] = []
    failed: list[str] = []
    started = time.monotonic()
    for i in range(turns):
        clip = clips[i % len(clips)]
        m = _measure(loop, audio_dev, recorder, collector, clip, "streaming")
        loop.assistant.reset()
        rss.append(round(_rss_mb(), 1))
        if m.latency_ms is None:
            failed.append(f"{i}: {clip.name}: {m.problem}")
        if not as_json and (i + 1) % 10 == 0:
            print(f"  {i + 1} turns, RSS {rss[-1]:.0f} MB, {len(failed)} failed", flush=True)
    tenth = max(1, turns // 10)
    summary = {
        "turns": turns,
        "failed": len(failed),
        "failures": failed[:20],
        "minutes": round((time.monotonic() - started) / 60, 1),
        "rss_mb_first_10pct": round(statistics.mean(rss[:tenth]), 1),
        "rss_mb_last_10pct": round(statistics.mean(rss[-tenth:]), 1),
        "rss_mb_max": max(rss),
    }
    if as_json:
        print(json.dumps({"soak": summary, "rss_mb": rss}))
    else:
        print(
            f"Soak: {turns} turns in {summary['minutes']} min, {len(failed)} without a heard "
            f"reply; RSS {summary['rss_mb_first_10pct']:.0f} MB (first tenth) -> "
            f"{summary['rss_mb_last_10pct']:.0f} MB (last tenth), max {summary['rss_mb_max']:.0f}"
        )
        for failure in failed[:20]:
            print(f"    no reply heard: {failure}")
    return 1 if failed else 0
