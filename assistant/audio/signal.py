"""Audio files and audio devices: decode, write, play, list.

Everything the models hear is 16 kHz mono float32; everything they say is
mono float32 at the voice's own rate. Decoding uses PyAV (bundled FFmpeg), so
WAV, FLAC, MP3 and OGG all work without system codecs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from hearth.assistant.errors import AudioFileError

_LOGGER = logging.getLogger(__name__)

SAMPLE_RATE = 16000
SUPPORTED = "WAV, FLAC, MP3 or OGG"


def load_audio(path: str | Path, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Decode an audio file to mono float32 at ``sample_rate``. Raises AudioFileError.

    libsndfile (``soundfile``) reads WAV, FLAC, MP3 and OGG. Where PyAV is installed
    (a source install, through faster-whisper) it reads the other formats FFmpeg knows;
    the packaged app leaves PyAV and FFmpeg out (about 100 MB) and reads those four.
    """
    path = Path(path)
    if not path.is_file():
        raise AudioFileError(f"There is no audio file at {path}.", "Check the file name.")
    import soundfile

    try:
        data, rate = soundfile.read(str(path), dtype="float32", always_2d=True)
        audio = resample(data.mean(axis=1), rate, sample_rate, anti_alias=True)
    except Exception as exc:  # soundfile: LibsndfileError, RuntimeError, TypeError, ...
        audio = _decode_with_pyav(path, sample_rate, exc)
    audio = np.asarray(audio, dtype=np.float32)
    if audio.size == 0:
        raise AudioFileError(f"{path.name} contains no audio samples.", f"Use a {SUPPORTED} file.")
    return audio


def _decode_with_pyav(path: Path, sample_rate: int, first_error: Exception) -> np.ndarray:
    reason = getattr(first_error, "strerror", None) or str(first_error)
    try:
        from faster_whisper.audio import decode_audio

        return decode_audio(str(path), sampling_rate=sample_rate)
    except Exception as exc:  # PyAV raises many types (InvalidDataError, ValueError, ...)
        if not isinstance(exc, ImportError):
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise AudioFileError(
            f"Cannot read {path.name}: it is not a supported or intact audio file ({reason}).",
            f"Use a {SUPPORTED} file.",
        ) from None


def rms(audio: np.ndarray) -> float:
    """Root-mean-square level of float audio (0.0 for an empty block)."""
    return float(np.sqrt(np.mean(np.square(audio, dtype=np.float64)))) if audio.size else 0.0


def resample(
    audio: np.ndarray, from_rate: int, to_rate: int, anti_alias: bool = False
) -> np.ndarray:
    """Linear-interpolation resampling; enough for speech going into Whisper.

    ``anti_alias`` first removes what the lower rate cannot hold (a windowed-sinc
    low-pass), so that a 44.1 kHz recording's highs do not fold into the speech band.
    Worth it for whole files; the live microphone path skips it.
    """
    if from_rate == to_rate or audio.size == 0:
        return audio.astype(np.float32, copy=False)
    if anti_alias and to_rate < from_rate:
        audio = _low_pass(audio, 0.45 * to_rate / from_rate)
    count = round(audio.size * to_rate / from_rate)
    positions = np.arange(count) * (from_rate / to_rate)
    return np.interp(positions, np.arange(audio.size), audio).astype(np.float32)


def _low_pass(audio: np.ndarray, cutoff: float, taps: int = 129) -> np.ndarray:
    """Kaiser-windowed sinc low-pass; ``cutoff`` is a fraction of the sample rate."""
    n = np.arange(taps) - (taps - 1) / 2
    kernel = np.sinc(2 * cutoff * n) * np.kaiser(taps, 8.0)
    kernel /= kernel.sum()
    return np.convolve(audio.astype(np.float32, copy=False), kernel.astype(np.float32), "same")


def write_wav(path: str | Path, audio: np.ndarray, sample_rate: int) -> Path:
    import soundfile

    path = Path(path)
    if path.parent and not path.parent.exists():
        raise AudioFileError(f"The folder {path.parent} does not exist.", "Choose another path.")
    clipped = np.clip(audio, -1.0, 1.0)
    try:
        soundfile.write(str(path), clipped, sample_rate, format="WAV", subtype="PCM_16")
    except OSError as exc:  # soundfile raises LibsndfileError (an OSError) for unwritable paths
        raise AudioFileError(f"Cannot write {path}: {exc}.", "Choose another path.") from None
    return path


def write_wav_stream(path: str | Path, chunks: Iterable[np.ndarray], sample_rate: int) -> float:
    """Write mono float32 chunks to a 16-bit WAV file as they come; the seconds written.
    Memory stays that of one chunk, however long the whole."""
    import soundfile

    path = Path(path)
    if path.parent and not path.parent.exists():
        raise AudioFileError(f"The folder {path.parent} does not exist.", "Choose another path.")
    frames = 0
    try:
        with soundfile.SoundFile(
            str(path), "w", sample_rate, 1, subtype="PCM_16", format="WAV"
        ) as out:
            for chunk in chunks:
                out.write(np.clip(chunk, -1.0, 1.0))
                frames += chunk.size
    except OSError as exc:  # soundfile raises LibsndfileError (an OSError) for unwritable paths
        raise AudioFileError(f"Cannot write {path}: {exc}.", "Choose another path.") from None
    return frames / sample_rate
