# Runs first inside the packaged app (a PyInstaller runtime hook).
import ctypes.util
import os
import sys

# Never reach for a model hub, even by accident: everything Hearth needs is in the bundle.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

# sounddevice looks PortAudio up with ctypes.util.find_library, which on Linux asks the
# system (ldconfig) and would miss the copy inside the bundle: point it there.
if sys.platform.startswith("linux"):
    _system_find_library = ctypes.util.find_library

    def _find_library(name: str) -> str | None:
        if name == "portaudio":
            bundled = os.path.join(sys._MEIPASS, "libportaudio.so.2")  # type: ignore[attr-defined]
            if os.path.isfile(bundled):
                return bundled
        return _system_find_library(name)

    ctypes.util.find_library = _find_library

# faster-whisper imports PyAV when it is imported, but uses it only to decode audio files,
# which Hearth reads with libsndfile instead (hearth.assistant.audio.signal.load_audio). The app
# leaves PyAV and its FFmpeg libraries (about 100 MB) out; this stands in for the import
# and says so if anything ever reaches for it.
import types


class _LeftOut(types.ModuleType):
    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):  # introspection (inspect, shiboken's import hook)
            raise AttributeError(name)
        raise ImportError(f"PyAV is not part of the packaged Hearth (wanted: av.{name})")


sys.modules.setdefault("av", _LeftOut("av"))
