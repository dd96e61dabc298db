"""The voice loop's parts, without devices or models: pieces for speech, the wake
phrase, echo cancellation, VAD framing, end-of-turn features, typed events."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest
from hearth.assistant.audio.echo import EchoCanceller
from hearth.assistant.engines.end_of_turn import log_mel
from hearth.assistant.engines.vad import FRAME, StreamingVAD
from hearth.assistant.events import Interrupted, SpeechEnd
from hearth.assistant.speech_text import for_speech
from hearth.assistant.voice.speech_stream import SpeechChunker, pieces
from hearth.assistant.voice.wake import WakePhrase


def feed_tokens(text: str, language: str | None = None) -> list[str]:
    chunker = SpeechChunker(language=language)
    out: list[str] = []
    for token in text.split(" "):
        out += chunker.feed(token + " ")
    return out + list(chunker.flush())


def test_first_piece_is_cut_early_then_whole_sentences() -> None:
    out = feed_tokens(
        "Paris is the capital of France, and it is known for the Eiffel Tower. "
        "It has many museums. It is also big. This is a fourth sentence."
    )
    assert out[0] == "Paris is the capital of France,"
    assert out[1] == "and it is known for the Eiffel Tower."
    assert out[2:] == ["It has many museums.", "It is also big."]  # three sentences at most


def test_short_first_clause_is_not_cut() -> None:
    assert feed_tokens("Yes, that is right.") == ["Yes, that is right."]
    # Two words before a comma are enough to start speaking on.
    assert feed_tokens("In Paris, it rains.") == ["In Paris,", "it rains."]


def test_a_long_first_sentence_is_cut_before_a_phrase_opener() -> None:
    chunker = SpeechChunker(language="en")
    tokens = ["The", " Mona", " Lisa", " was", " painted", " by"]
    assert [p for t in tokens for p in chunker.feed(t)] == []  # "by" may yet be "bye"
    # Said as a clause (a comma), not as a sentence of its own.
    assert list(chunker.feed(" Leonardo")) == ["The Mona Lisa was painted,"]
    assert [*chunker.feed(" da Vinci. It"), *chunker.flush()] == [
        "by Leonardo da Vinci.",
        "It.",
    ]


@pytest.mark.parametrize(
    ("reply", "first"),
    [
        ("Shakespeare wrote Romeo and Juliet in 1595.", "Shakespeare wrote Romeo and Juliet,"),
        ("Napoleon lost the Battle of Waterloo in 1815.", "Napoleon lost the Battle of Waterloo,"),
        ("It is in Paris.", "It is in Paris."),  # too few words before the opener
        ("I am really going to do it now.", "I am really going to do it now."),
        ("Count from 1 to 10 and then stop.", "Count from 1 to 10 and then stop."),
        ("Boil it for 8 minutes or until soft.", "Boil it for 8 minutes or until soft."),
        (
            'I loved the novel "Gone with the Wind" a lot.',
            'I loved the novel "Gone with the Wind" a lot.',
        ),
    ],
)
def test_bound_phrases_are_not_cut(reply: str, first: str) -> None:
    chunker = SpeechChunker(language="en")
    head, *rest = reply.split(" ")  # as the model writes: " Juliet", " in", " 1595."
    out = [p for token in [head, *(f" {w}" for w in rest)] for p in chunker.feed(token)]
    assert [*out, *chunker.flush()][0] == first


def test_only_a_reply_being_written_in_english_is_cut_before_an_opener() -> None:
    text = "Der Eiffelturm steht seit vielen Jahren in Paris und ist sehr hoch."
    assert feed_tokens(text, language="de")[0] == text
    # A complete reply (a skill's) is cut at sentences only: nothing to wait for.
    said = "Okay, I'll remind you to call your sister about the party at 5."
    assert pieces(said) == ["Okay, I'll remind you to call your sister about the party at 5."]


def test_pieces_are_written_for_speech() -> None:
    assert pieces("It is **7:00** in Tokyo 😀.") == ["It is 7 in Tokyo."]
    assert pieces("") == []


def test_a_run_on_without_punctuation_is_cut_at_a_word() -> None:
    words = " ".join(f"word{i}" for i in range(40))
    out = feed_tokens(words)
    assert len(out) >= 2
    assert all(len(p.split()) <= 20 for p in out)


@pytest.mark.parametrize(
    ("heard", "rest"),
    [
        ("Hey, computer! What time is it?", "What time is it?"),
        ("Hi computer.", ""),
        ("A computer, set a timer", "set a timer"),
        ("Okay, hey computer, hello", "hello"),
    ],
)
def test_wake_phrase_is_found_however_whisper_spells_it(heard: str, rest: str) -> None:
    match = WakePhrase("hey computer").match(heard)
    assert match is not None
    assert match.rest == rest


@pytest.mark.parametrize(
    "heard", ["The computer is broken", "What time is it?", "Hey Jupiter", "hey", "computer"]
)
def test_other_speech_is_not_the_wake_phrase(heard: str) -> None:
    assert WakePhrase("hey computer").match(heard) is None


def test_any_phrase_can_be_the_wake_phrase() -> None:
    match = WakePhrase("jarvis please").match("Jarvis, please open my notes")
    assert match is not None and match.rest == "open my notes"


def _tone_speech(seconds: float, seed: int) -> np.ndarray:
    """Speech-like audio: noise shaped by a slow syllable envelope."""
    rng = np.random.default_rng(seed)
    n = int(16000 * seconds)
    envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 4 * np.arange(n) / 16000)
    return (0.2 * rng.standard_normal(n) * envelope).astype(np.float32)


def test_echo_canceller_removes_the_played_audio() -> None:
    far = _tone_speech(4.0, 1)
    delay = int(0.08 * 16000)
    mic = np.zeros(far.size, dtype=np.float32)
    mic[delay:] = 0.5 * far[:-delay]  # what the microphone hears: the delayed echo
    echo = EchoCanceller()
    out = []
    for i in range(0, far.size, 320):  # 20 ms blocks, as the devices deliver them
        echo.played(far[i : i + 320])
        out.append(echo.process(mic[i : i + 320]))
    cleaned = np.concatenate(out)
    tail = slice(2 * 16000, cleaned.size)  # after the filter has converged

    def level(x: np.ndarray) -> float:
        return 10 * np.log10(float(np.mean(x**2)) + 1e-12)

    assert level(mic[tail]) - level(cleaned[tail]) > 20  # dB of echo removed


def test_echo_canceller_keeps_the_users_voice() -> None:
    near = _tone_speech(2.0, 2)
    echo = EchoCanceller()
    out = np.concatenate([echo.process(near[i : i + 320]) for i in range(0, near.size, 320)])
    # Nothing was played, so nothing should be taken away.
    assert np.std(out[16000:]) > 0.5 * np.std(near[16000:])


def test_vad_hears_nothing_in_silence_and_insists_on_its_frame_size() -> None:
    vad = StreamingVAD()
    assert vad(np.zeros(FRAME, dtype=np.float32)) < 0.1
    with pytest.raises(ValueError, match="512"):
        vad(np.zeros(100, dtype=np.float32))


def test_end_of_turn_features_have_whisper_shape() -> None:
    features = log_mel(np.zeros(8 * 16000, dtype=np.float32))
    assert features.shape == (80, 800)
    assert features.dtype == np.float32


def test_events_serialise_with_kind_and_monotonic_time() -> None:
    event = SpeechEnd(duration_s=1.5, endpoint_ms=210.0)
    data = json.loads(json.dumps(event.to_dict()))
    assert data["event"] == "speech_end"
    assert isinstance(data["t"], float)
    assert Interrupted(spoken="Hello", stop_ms=120.0).to_dict()["spoken"] == "Hello"


def test_echo_canceller_forgets_unplayed_reference_and_passes_the_voice_after_the_echo() -> None:
    echo = EchoCanceller(echo_tail_s=0.25)
    echo.played(np.full(1600, 0.1, dtype=np.float32), at=10.0)  # sounds 10.0-10.1 s
    echo.unplayed(10.05)  # the device threw away what was to sound from 10.05 s
    assert echo.sounding_until == pytest.approx(10.05)
    rng = np.random.default_rng(1)
    mic = (rng.standard_normal(480) * 0.05).astype(np.float32)
    # Captured 0.3 s after the last sound: no echo can be in it, it passes untouched.
    out = echo.process(mic, at=10.35)
    assert out.size == 480 and np.array_equal(out, mic)
    # Captured while the speaker sounded: cancelled, not passed through.
    during = EchoCanceller(echo_tail_s=0.25)
    during.played(np.full(16000, 0.1, dtype=np.float32), at=10.0)
    assert not np.array_equal(during.process(mic, at=10.2), mic)


def test_echo_canceller_lines_up_the_signals_by_their_times() -> None:
    """The speaker hands over its audio ahead of time in bursts, the times devices report
    wander, and the microphone can lose blocks (its queue overflowed on a busy machine).
    Matched by the times they sounded and were captured, the echo is still removed.
    Matched by counting samples, as before, the lost blocks put the echo ahead of its
    reference and it got through (10 dB removed instead of 50)."""
    far = _tone_speech(8.0, 3)
    delay = int(0.08 * 16000)
    mic = np.zeros(far.size, dtype=np.float32)
    mic[delay:] = 0.5 * far[:-delay]
    t0 = 100.0  # the monotonic time far[0] sounds, and mic[0] was captured
    echo = EchoCanceller()
    out: list[np.ndarray] = []
    rng = np.random.default_rng(4)
    given = 0
    for end in range(320, far.size + 320, 320):
        now = t0 + end / 16000
        while given < far.size and t0 + given / 16000 < now + 0.15:  # ~150 ms ahead
            for _ in range(int(rng.integers(1, 7))):  # in bursts of 1-6 blocks
                if given < far.size:
                    jitter = float(rng.uniform(-0.01, 0.01))
                    echo.played(far[given : given + 320], at=t0 + given / 16000 + jitter)
                    given += 320
        start = end - 320
        if 3.0 <= start / 16000 < 3.2:  # 200 ms of microphone blocks lost
            continue
        out.append(echo.process(mic[start:end], at=t0 + start / 16000))
    cleaned = np.concatenate(out)
    last = 3 * 16000

    def level(x: np.ndarray) -> float:
        return 10 * np.log10(float(np.mean(x**2)) + 1e-12)

    assert level(mic[-last:]) - level(cleaned[-last:]) > 30  # dB of echo removed


def test_a_restarted_speaker_stream_keeps_its_reference_on_time() -> None:
    """Right after a (re)start PortAudio reports ~0 play-out delay for the first block
    (the buffer is empty), then 20, 40, ... ms as it fills. Each block is placed where it
    sounds: none is guessed a buffer's length late, and no stale guess drags the blocks
    after it late (which put the echo ahead of its reference: CI's leak with start_now)."""
    from hearth.assistant.audio.echo import _Timeline
    from hearth.assistant.audio.speaker import Speaker

    placed: list[float] = []
    timeline = _Timeline()
    speaker = Speaker("", 16000, lambda block, at: placed.append(timeline.put(block, at)))
    speaker._stream = _FakeStream()
    speaker.play(np.full(16000, 0.5, dtype=np.float32), tag=1)
    out = np.zeros((320, 1), dtype=np.float32)
    called = time.monotonic()
    for i in range(8):  # the priming burst: all handed over at once, reported 0-140 ms
        speaker._callback(out, 320, _TimeInfo(10.0, 10.0 + 0.02 * i), None)
    assert placed[0] == pytest.approx(called, abs=0.01)  # sounds now, not ~150 ms later
    assert np.diff(placed) == pytest.approx([0.02] * 7, abs=1e-3)
    # A block guessed 140 ms late, then the device's real times: the later blocks go
    # where the device says, not after the stale guess.
    timeline = _Timeline()
    for i in range(5):  # before the restart
        timeline.put(np.zeros(320, np.float32), 0.9 + 0.02 * i)
    timeline.put(np.zeros(320, np.float32), 1.14)  # the restart's first block, at 1.0
    at = [timeline.put(np.ones(320, np.float32), 1.0 + 0.02 * i) for i in range(1, 12)]
    assert at == pytest.approx([1.0 + 0.02 * i for i in range(1, 12)], abs=1e-6)


class _FakeStream:
    def __init__(self) -> None:
        self.time = 0.0
        self.latency = 0.1
        self.active = True
        self.calls: list[str] = []

    def abort(self) -> None:
        self.calls.append("abort")
        self.active = False

    def start(self) -> None:
        self.calls.append("start")
        self.active = True


class _TimeInfo:
    def __init__(self, now: float, dac: float) -> None:
        self.currentTime, self.outputBufferDacTime = now, dac


def test_speaker_stop_discards_the_device_buffer_and_forgets_what_was_not_heard() -> None:
    from hearth.assistant.audio.speaker import Speaker

    played: list[tuple[np.ndarray, float]] = []
    discarded: list[float] = []
    speaker = Speaker("", 16000, lambda block, at: played.append((block, at)), discarded.append)
    stream = _FakeStream()
    speaker._stream = stream
    speaker.play(np.full(16000, 0.5, dtype=np.float32), tag=1)
    out = np.zeros((320, 1), dtype=np.float32)
    for i in range(10):  # 200 ms handed over; each block plays 100 ms after its callback
        speaker._callback(out, 320, _TimeInfo(0.02 * i, 0.02 * i + 0.1), None)
    assert speaker.played(1) == 3200
    stream.time = 0.2  # only the first 100 ms have been heard
    speaker.stop()
    assert stream.calls == ["abort", "start"]
    assert speaker.played(1) == 1600  # what was thrown away unplayed was never said
    assert len(discarded) == 1  # told when the silence began, to cut the reference there
    assert not speaker.busy
    speaker.check()  # restarted, not lost
    # The restarted stream's blocks are silence, timed after the stop.
    played.clear()
    speaker._callback(out, 320, _TimeInfo(0.21, 0.21), None)
    assert len(played) == 1 and not np.any(played[0][0]) and played[0][1] >= discarded[0]
    # Nothing audible buffered: stop() leaves the stream alone.
    stream.calls.clear()
    stream.time = 5.0
    speaker.stop()
    assert stream.calls == []


def test_a_stream_that_stopped_asking_for_audio_is_not_restarted() -> None:
    """With the sound server gone PortAudio's start never returns (its ALSA thread spins
    on a failed assertion): the voice loop hung stopping a reply. A stream that has asked
    for no audio for a while is left alone; ``check`` reports it."""
    from hearth.assistant.audio.speaker import Speaker

    speaker = Speaker("", 16000)
    stream = _FakeStream()
    speaker._stream = stream
    speaker.play(np.full(16000, 0.5, dtype=np.float32), tag=1)
    out = np.zeros((320, 1), dtype=np.float32)
    speaker._callback(out, 320, _TimeInfo(0.0, 0.1), None)
    stream.time = 0.05  # sound still unplayed...
    speaker._last_callback -= 1.0  # ...but no callback for a second
    speaker.stop()
    assert stream.calls == []
    assert not speaker.busy  # the queue is still dropped


def test_a_reply_does_not_wait_behind_the_silence_the_device_holds() -> None:
    """The stream runs all the time, ~150 ms ahead of the speaker: a reply queued while
    it was quiet waited for that silence. ``start_now`` throws the silence away (only
    silence: never sound that has yet to play) and pads the restarted stream's first
    block, which the sound server sometimes loses."""
    from hearth.assistant.audio.speaker import Speaker

    speaker = Speaker("", 16000)
    stream = _FakeStream()
    speaker._stream = stream
    out = np.zeros((320, 1), dtype=np.float32)
    for i in range(10):  # quiet: only silence handed over
        speaker._callback(out, 320, _TimeInfo(0.02 * i, 0.02 * i + 0.1), None)
    stream.time = 0.2
    speaker.start_now()
    assert stream.calls == ["abort", "start"]
    speaker.play(np.full(1600, 0.5, dtype=np.float32), tag=1)
    speaker._callback(out, 320, _TimeInfo(0.21, 0.21), None)
    assert not out[:320].any()  # the first block after the restart: a lead-in of silence
    speaker._callback(out, 320, _TimeInfo(0.23, 0.23), None)
    assert out[:, 0].all()
    # Sound still to play, or a clip queued: left alone.
    stream.calls.clear()
    speaker.start_now()
    assert stream.calls == []
    for i in range(3):
        speaker._callback(out, 320, _TimeInfo(0.25 + 0.02 * i, 0.35 + 0.02 * i), None)
    stream.time = 0.3  # the blocks just handed over play from 0.35 s on
    speaker._clips.clear()
    speaker.start_now()
    assert stream.calls == []


def test_the_first_sentence_is_a_piece_as_soon_as_its_mark_arrives() -> None:
    chunker = SpeechChunker()
    assert [p for t in ["That's", " a", " joke"] for p in chunker.feed(t)] == []
    assert list(chunker.feed(".")) == ["That's a joke."]  # not waiting for the next token
    chunker = SpeechChunker()  # nor for the space after a comma that ends a word
    assert [p for t in ["In", " modern", " technology"] for p in chunker.feed(t)] == []
    assert list(chunker.feed(",")) == ["In modern technology,"]
    assert [*chunker.feed(" it"), *chunker.feed(" is."), *chunker.flush()] == ["it is."]
    chunker = SpeechChunker()  # a comma in a number is no clause: "1," becomes "1,000"
    tokens = ["It", " costs", " 1", ",", "000", " dollars", "."]
    assert [p for t in tokens for p in chunker.feed(t)] == ["It costs 1,000 dollars."]


@pytest.mark.parametrize(
    ("tokens", "first"),
    [
        (["It", " is", " 25", ".", "5", " degrees", "."], "It is 25.5 degrees."),
        (["It", " starts", " at", " 5", " p", ".", "m", ".", " today", "."], "It starts at 5 p.m."),
        (["The", " U", ".", "S", ".", " is", " big", "."], "The U.S."),
    ],
)
def test_numbers_and_abbreviations_are_not_cut_early(tokens: list[str], first: str) -> None:
    chunker = SpeechChunker()
    out = [p for t in tokens for p in chunker.feed(t)] + list(chunker.flush())
    assert out[0] == first
    assert " ".join(out) == for_speech("".join(tokens))


def test_microphone_blocks_are_timed_by_when_they_arrive() -> None:
    """PortAudio's capture times through PulseAudio are ~0.6 s off for a second after
    the microphone opens; the blocks' arrival is not. Late callbacks (jitter, a burst
    after a stall) must not move the capture times: each block still follows the last."""
    from hearth.assistant.audio.microphone import CaptureClock

    clock = CaptureClock(16000)
    rng = np.random.default_rng(2)
    t0, block, latency = 100.0, 0.02, 0.007
    errors = []
    for k in range(300):
        captured = t0 + k * block
        late = float(rng.uniform(0.0, 0.015))  # the callback runs late, never early
        if 100 <= k < 105:  # a 100 ms stall, then five blocks at once
            late = (105 - k) * block
        stamped = clock.stamp(captured + block + latency + late, 320)
        errors.append(stamped - captured)
    steady = np.array(errors[10:])
    assert steady.min() >= latency - 1e-9  # never earlier than captured: errs late
    assert steady.max() < latency + 0.002  # by the device's latency, not the jitter
    assert max(errors[100:106]) < latency + 0.002  # the burst did not shift the times
    # Samples lost to an overflow: counted from the new blocks' arrivals.
    clock.restart()
    captured = t0 + 400 * block
    assert clock.stamp(captured + block + latency, 320) == pytest.approx(captured + latency)
