from pathlib import Path

import numpy as np
import pytest
import soundfile
from hearth.assistant.audio import devices as audio_devices
from hearth.assistant.audio import signal
from hearth.assistant.errors import AudioDeviceError, AudioFileError


@pytest.mark.parametrize(
    ("suffix", "fmt"), [(".wav", "WAV"), (".flac", "FLAC"), (".ogg", "OGG"), (".mp3", "MP3")]
)
def test_decodes_every_supported_format_to_16k_mono(tmp_path: Path, suffix: str, fmt: str) -> None:
    rate = 44100
    t = np.arange(rate) / rate
    stereo = np.stack([np.sin(2 * np.pi * 440 * t)] * 2, axis=1).astype(np.float32) * 0.5
    path = tmp_path / f"tone{suffix}"
    soundfile.write(str(path), stereo, rate, format=fmt)
    decoded = signal.load_audio(path)
    assert decoded.ndim == 1 and decoded.dtype == np.float32
    assert abs(decoded.size - 16000) < 1600  # mp3 adds a little padding


def test_corrupt_and_missing_files_get_clear_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"RIFF....WAVEfmt this is not audio" * 20)
    with pytest.raises(AudioFileError) as info:
        signal.load_audio(bad)
    assert "bad.wav" in info.value.message and "WAV, FLAC, MP3 or OGG" in info.value.fix
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(AudioFileError):
        signal.load_audio(text)
    with pytest.raises(AudioFileError, match="no audio file"):
        signal.load_audio(tmp_path / "absent.wav")


def test_write_wav_round_trip(tmp_path: Path) -> None:
    path = signal.write_wav(tmp_path / "out.wav", np.full(2205, 2.0, dtype=np.float32), 22050)
    data, rate = soundfile.read(str(path))
    assert rate == 22050 and data.max() <= 1.0
    with pytest.raises(AudioFileError, match="does not exist"):
        signal.write_wav(tmp_path / "no" / "such" / "dir.wav", np.zeros(10), 22050)


def _devices(*specs: tuple[str, int, int, bool, bool]) -> list[audio_devices.Device]:
    return [
        audio_devices.Device(i, n, ins, outs, 48000.0, di, do)
        for i, (n, ins, outs, di, do) in enumerate(specs)
    ]


def test_device_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    devices = _devices(("HDMI", 0, 2, False, True), ("USB Mic", 1, 0, True, False))
    monkeypatch.setattr(audio_devices, "list_devices", lambda: devices)
    assert audio_devices.find_device("", "input") is None  # the system default
    assert audio_devices.find_device("usb", "input") == 1
    assert audio_devices.find_device("0", "output") == 0
    with pytest.raises(AudioDeviceError) as info:
        audio_devices.find_device("Bluetooth", "output")
    assert "0: HDMI" in info.value.fix


def test_no_microphone_at_all_says_typing_still_works(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        audio_devices, "list_devices", lambda: _devices(("HDMI", 0, 2, False, True))
    )
    with pytest.raises(AudioDeviceError) as info:
        audio_devices.find_device("", "input")
    assert info.value.message == "No microphone found."
    assert "assistant ask" in info.value.fix


def test_resample_keeps_duration_and_pitch() -> None:
    rate_in, rate_out = 22050, 16000
    t = np.arange(rate_in) / rate_in
    tone = np.sin(2 * np.pi * 300 * t).astype(np.float32)
    out = signal.resample(tone, rate_in, rate_out)
    assert out.size == rate_out and out.dtype == np.float32
    spectrum = np.abs(np.fft.rfft(out))
    assert abs(np.argmax(spectrum) * rate_out / out.size - 300) < 2


def test_files_are_low_passed_before_going_down_to_16k() -> None:
    """A 44.1 kHz recording's 12 kHz content would fold down to 4 kHz, into the speech band."""
    rate = 44100
    t = np.arange(rate) / rate
    mixed = (np.sin(2 * np.pi * 1000 * t) + np.sin(2 * np.pi * 12000 * t)).astype(np.float32)
    for anti_alias, most in ((False, 1.0), (True, 0.01)):
        spectrum = np.abs(np.fft.rfft(signal.resample(mixed, rate, 16000, anti_alias=anti_alias)))
        folded = spectrum[4000] / spectrum[1000]  # one-second clip: bin = Hz
        assert folded < most if anti_alias else folded > 0.5


def test_files_are_read_without_pyav(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The packaged app leaves PyAV out: the formats we promise are read by libsndfile."""
    import faster_whisper.audio

    def no_pyav(*_a: object, **_k: object) -> None:
        raise ImportError("PyAV is not part of the packaged Hearth")

    monkeypatch.setattr(faster_whisper.audio, "decode_audio", no_pyav)
    rate = 48000
    path = tmp_path / "tone.flac"
    soundfile.write(str(path), np.zeros((rate, 2), dtype=np.float32) + 0.1, rate)
    assert signal.load_audio(path).size == 16000
    other = tmp_path / "voice.m4a"
    other.write_bytes(b"\x00\x00\x00\x20ftypM4A " + b"\x00" * 200)
    with pytest.raises(AudioFileError) as info:
        signal.load_audio(other)
    assert "voice.m4a" in info.value.message and "WAV, FLAC, MP3 or OGG" in info.value.fix
