"""The endpointer, a pure function of frames: made-up frame sequences (a tone is voice,
silence is not) and real recordings through the real voice activity detector. No
threads, devices or sound server."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from hearth.assistant.audio.signal import SAMPLE_RATE, load_audio
from hearth.assistant.bench.speech_data import load_manifest, shared_speech_dir
from hearth.assistant.engines.vad import FRAME, StreamingVAD
from hearth.assistant.testing.voice import EnergyVAD
from hearth.assistant.voice.endpointer import (
    FRAME_S,
    MIN_SPEECH_S,
    Context,
    Decision,
    Ended,
    Endpointer,
    PartialDue,
    PauseBegan,
    Resumed,
    Started,
    Utterance,
)

VOICE = (0.1 * np.sin(2 * np.pi * 220 * np.arange(FRAME) / SAMPLE_RATE)).astype(np.float32)
QUIET = np.zeros(FRAME, np.float32)


def frames(*parts: tuple[str, float]) -> list[np.ndarray]:
    """("voice", 0.5), ("quiet", 0.8) ... as 32 ms frames."""
    out: list[np.ndarray] = []
    for kind, seconds in parts:
        out += [VOICE if kind == "voice" else QUIET] * round(seconds / FRAME_S)
    return out


def run(
    endpointer: Endpointer,
    sequence: list[np.ndarray],
    vad: Callable[[np.ndarray], float] | None = None,
    ctx: Callable[[int], Context] = lambda i: Context(),
) -> list[tuple[float, Decision]]:
    """Feed the frames at 32 ms apart from t=0; (time, decision) for each decision."""
    vad = vad or EnergyVAD()
    out: list[tuple[float, Decision]] = []
    for i, frame in enumerate(sequence):
        t = (i + 1) * FRAME_S
        out += [(t, d) for d in endpointer.feed(frame, vad(frame) >= 0.5, t, ctx(i))]
    return out


def of(kind: type, decisions: list[tuple[float, Decision]]) -> list[tuple[float, Decision]]:
    return [(t, d) for t, d in decisions if isinstance(d, kind)]


def make(**kwargs: object) -> Endpointer:
    kwargs.setdefault("silence_ms", 700)
    kwargs.setdefault("max_utterance_s", 30.0)
    return Endpointer(**kwargs)  # type: ignore[arg-type]


def test_an_utterance_starts_after_100_ms_of_voice_and_ends_after_the_pause() -> None:
    decisions = run(make(), frames(("quiet", 1.0), ("voice", 1.2), ("quiet", 1.0)))
    ((_, started),) = of(Started, decisions)
    assert isinstance(started, Started) and started.continues is None
    assert started.t == pytest.approx(1.0, abs=0.04)  # when the voice began, not 100 ms on
    ((t1, ended),) = of(Ended, decisions)
    assert isinstance(ended, Ended)
    assert t1 - ended.last_voiced_at == pytest.approx(0.7, abs=0.04)  # silence_ms
    assert ended.duration_s == pytest.approx(1.2, abs=0.07)
    # ~480 ms up to the start (the 100 ms that started it included) and ~100 ms after
    # the last voice are kept
    assert ended.audio.size / SAMPLE_RATE == pytest.approx(0.48 - 0.1 + 1.2 + 0.1, abs=0.07)
    assert not ended.too_short and ended.utterance is not None


def test_a_short_pause_hands_out_the_audio_for_an_early_transcription() -> None:
    decisions = run(make(), frames(("voice", 1.0), ("quiet", 1.0)))
    ((t, pause),) = of(PauseBegan, decisions)
    assert isinstance(pause, PauseBegan) and pause.long_enough
    assert t - pause.last_voiced_at == pytest.approx(2 * FRAME_S, abs=0.001)  # ~64 ms
    ended = of(Ended, decisions)[0][1]
    assert isinstance(ended, Ended) and ended.speculation_covers
    # What was transcribed early is the utterance, one tail frame short of the end.
    assert np.array_equal(ended.audio[: pause.audio.size], pause.audio)
    assert ended.audio.size - pause.audio.size == FRAME


def test_voice_resuming_after_the_early_transcription_makes_it_stale() -> None:
    decisions = run(make(), frames(("voice", 0.8), ("quiet", 0.2), ("voice", 0.8), ("quiet", 1)))
    assert len(of(PauseBegan, decisions)) == 2 and len(of(Resumed, decisions)) == 1
    ((_, ended),) = of(Ended, decisions)
    assert isinstance(ended, Ended) and ended.speculation_covers  # the second one covers it
    assert ended.duration_s == pytest.approx(1.8, abs=0.07)


def test_the_end_of_turn_model_ends_a_finished_sentence_sooner() -> None:
    asked: list[float] = []

    def done(audio: np.ndarray) -> float:
        asked.append(audio.size / SAMPLE_RATE)
        return 0.9

    decisions = run(make(end_of_turn=done), frames(("voice", 1.0), ("quiet", 1.0)))
    ((t, ended),) = of(Ended, decisions)
    assert isinstance(ended, Ended)
    assert t - ended.last_voiced_at == pytest.approx(5 * FRAME_S, abs=0.001)  # ~160 ms
    assert len(asked) == 1
    # An unfinished sentence waits for the whole pause.
    decisions = run(make(end_of_turn=lambda audio: 0.1), frames(("voice", 1.0), ("quiet", 1)))
    ((t, ended),) = of(Ended, decisions)
    assert isinstance(ended, Ended) and t - ended.last_voiced_at == pytest.approx(0.7, abs=0.04)


def test_a_click_is_too_short_to_be_a_request() -> None:
    ((_, ended),) = of(Ended, run(make(), frames(("voice", 0.15), ("quiet", 1.0))))
    assert isinstance(ended, Ended) and ended.too_short and ended.duration_s < MIN_SPEECH_S


def test_a_stray_word_then_the_request_after_a_pause_is_heard_as_one() -> None:
    """'porcupine ... turn on the living room lamp': the word ends an utterance (its turn
    may already be prepared); speech resuming 0.8 s later continues it, so the loop can
    drop that turn and hear the whole."""
    endpointer = make()
    decisions = run(
        endpointer, frames(("voice", 0.6), ("quiet", 0.8), ("voice", 1.6), ("quiet", 1))
    )
    starts, ends = of(Started, decisions), of(Ended, decisions)
    assert len(starts) == 2 and len(ends) == 2
    first = ends[0][1]
    assert isinstance(first, Ended) and first.utterance is not None
    second_start = starts[1][1]
    assert isinstance(second_start, Started) and second_start.continues is first.utterance
    assert second_start.t == first.started  # one utterance from the first word
    second = ends[1][1]
    assert isinstance(second, Ended)
    assert second.audio.size / SAMPLE_RATE > 0.6 + 0.7 + 1.6  # the word, the pause, the rest


def test_speech_long_after_the_last_one_is_a_new_utterance() -> None:
    decisions = run(make(), frames(("voice", 0.6), ("quiet", 2.0), ("voice", 1.0), ("quiet", 1)))
    second = of(Started, decisions)[1][1]
    assert isinstance(second, Started) and second.continues is None


def test_an_utterance_whose_reply_was_heard_is_not_continued() -> None:
    def finished(utterance: Utterance) -> bool:
        return False

    endpointer = make(can_continue=finished)
    decisions = run(
        endpointer, frames(("voice", 0.6), ("quiet", 0.8), ("voice", 1.0), ("quiet", 1))
    )
    second = of(Started, decisions)[1][1]
    assert isinstance(second, Started) and second.continues is None


def test_no_utterance_starts_over_the_assistants_voice() -> None:
    decisions = run(
        make(), frames(("voice", 1.0), ("quiet", 1.0)), ctx=lambda i: Context(speaking=True)
    )
    assert decisions == []


def test_a_monologue_is_cut_at_the_limit_and_its_rest_skipped() -> None:
    endpointer = make(max_utterance_s=2.0)
    decisions = run(
        endpointer, frames(("voice", 3.0), ("quiet", 1.0), ("voice", 1.0), ("quiet", 1))
    )
    ends = of(Ended, decisions)
    assert len(ends) == 2
    capped = ends[0][1]
    assert isinstance(capped, Ended) and capped.capped and capped.utterance is None
    assert ends[0][0] == pytest.approx(2.0, abs=0.1)
    # The second utterance begins after the pause, not with the rest of the monologue.
    second = of(Started, decisions)[1][1]
    assert isinstance(second, Started) and second.t == pytest.approx(4.0, abs=0.1)


def test_partial_transcripts_come_about_once_a_second_while_speaking() -> None:
    decisions = run(make(), frames(("voice", 3.5), ("quiet", 1.0)))
    assert len(of(PartialDue, decisions)) == 3
    assert not of(PartialDue, run(make(partials=False), frames(("voice", 3.5), ("quiet", 1))))


def test_push_to_talk_follows_the_key_alone() -> None:
    sequence = frames(("quiet", 0.5), ("voice", 1.0), ("quiet", 1.5))
    pressed_from, released_at = 10, 70  # frames

    def ctx(i: int) -> Context:
        return Context(pressed=pressed_from <= i < released_at, released=i == released_at)

    decisions = run(make(push_to_talk=True), sequence, ctx=ctx)
    assert [type(d) for _, d in decisions if not isinstance(d, PartialDue)] == [Started, Ended]
    ((t, ended),) = of(Ended, decisions)
    assert isinstance(ended, Ended) and ended.wake_required is None and not ended.too_short
    assert t == pytest.approx((released_at + 1) * FRAME_S)
    assert ended.audio.size >= (released_at - pressed_from) * FRAME  # all of it, pauses too


def test_the_talk_key_works_in_every_mode_and_wins_over_a_pause() -> None:
    """Wake-word mode, key held over a pause: one utterance from press to release,
    addressed to the assistant (no wake phrase), with partial transcripts on the way."""
    sequence = frames(("quiet", 0.5), ("voice", 1.2), ("quiet", 1.0), ("voice", 1.0), ("quiet", 1))
    pressed_from, released_at = 10, 130

    def ctx(i: int) -> Context:
        return Context(
            needs_wake=True,
            pressed=pressed_from <= i < released_at,
            released=i == released_at,
        )

    decisions = run(make(), sequence, ctx=ctx)
    kinds = [type(d) for _, d in decisions]
    assert kinds.count(Started) == 1 and kinds.count(Ended) == 1 and PartialDue in kinds
    ((_, ended),) = of(Ended, decisions)
    assert isinstance(ended, Ended) and ended.wake_required is None
    # From the press (0.35 s) to the last voice (3.7 s): the pause did not end it.
    assert ended.duration_s == pytest.approx(3.7 - 0.35, abs=0.05)


def test_the_wake_phrase_is_required_unless_it_is_a_barge_in() -> None:
    sequence = frames(("voice", 1.0), ("quiet", 1.0))
    ((_, ended),) = of(Ended, run(make(), sequence, ctx=lambda i: Context(needs_wake=True)))
    assert isinstance(ended, Ended) and ended.wake_required is True
    barge = run(make(), sequence, ctx=lambda i: Context(needs_wake=True, barging_in=True))
    ended = of(Ended, barge)[0][1]
    assert isinstance(ended, Ended) and ended.wake_required is False


def test_recorded_speech_is_one_utterance_ending_soon_after_it() -> None:
    """Real recordings through the real VAD: each clip (with silence around it) gives one
    utterance that holds all of its speech."""
    folder = shared_speech_dir()
    if folder is None:
        pytest.skip(
            "the shared speech recordings (../shared/data/speech) are not beside this checkout"
        )
    clips = [r for r in load_manifest(folder) if r.language == "en" and 1.0 < r.duration_s < 6][:6]
    assert clips
    vad = StreamingVAD()
    for clip in clips:
        audio = load_audio(clip.path)
        padded = np.concatenate(
            [np.zeros(SAMPLE_RATE, np.float32), audio, np.zeros(SAMPLE_RATE * 2, np.float32)]
        )
        sequence = [padded[i : i + FRAME] for i in range(0, padded.size - FRAME + 1, FRAME)]
        vad.reset()
        endpointer = make(max_utterance_s=60.0)
        decisions = run(endpointer, sequence, vad=vad)
        ends = [d for _, d in of(Ended, decisions) if isinstance(d, Ended) and not d.too_short]
        assert ends, clip.path.name
        last = ends[-1]
        # It ends within the clip's trailing silence, and no speech is left out.
        assert 1.0 + 0.2 < last.last_voiced_at <= 1.0 + audio.size / SAMPLE_RATE + 0.1, (
            clip.path.name
        )
        total = sum(d.audio.size for d in ends) / SAMPLE_RATE
        assert total >= 0.6 * audio.size / SAMPLE_RATE, clip.path.name
