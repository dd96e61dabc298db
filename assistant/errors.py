"""One error hierarchy for everything a user can see.

Every error carries two plain sentences: what happened, and what to do about
it. The command line prints both; the desktop app shows both in its banner.

    AssistantError
    ├── ConfigError            the config file cannot be read or holds a bad value
    ├── ModelError
    │   ├── ModelMissingError  a model file or folder is not where it should be
    │   └── ModelCorruptError  a model file is there but broken (size, checksum, load)
    ├── AudioError
    │   ├── AudioFileError     an audio file that cannot be decoded
    │   └── AudioDeviceError   no microphone/speaker, or the device failed
    ├── NoSpeechError          the audio holds silence or noise, not speech
    ├── LLMError               the language model (local or the user's server) failed
    ├── StoreError             a file Hearth keeps (notes, alerts, ...) cannot be used
    │   └── HistoryError       the conversation history file cannot be used
    └── KnowledgeError         the offline encyclopedia is missing or damaged
"""

from __future__ import annotations

from hearth.assistant.bundle import as_typed


class AssistantError(Exception):
    """Base of all errors shown to the user: ``message`` plus ``fix``."""

    def __init__(self, message: str, fix: str = "") -> None:
        message, fix = as_typed(message), as_typed(fix)
        super().__init__(message)
        self.message = message
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.message}\nFix: {self.fix}" if self.fix else self.message

    def to_dict(self) -> dict[str, str]:
        return {"error": type(self).__name__, "message": self.message, "fix": self.fix}


class ConfigError(AssistantError):
    """The configuration file is unreadable or holds an invalid value."""


class ModelError(AssistantError):
    """A model cannot be used."""


class ModelMissingError(ModelError):
    """A model file or folder does not exist."""


class ModelCorruptError(ModelError):
    """A model exists but is damaged (wrong size or checksum, or fails to load)."""


class AudioError(AssistantError):
    """Audio input or output failed."""


class AudioFileError(AudioError):
    """An audio file is missing, unsupported or corrupt."""


class AudioDeviceError(AudioError):
    """No usable audio device, or the device failed while in use."""


class NoSpeechError(AssistantError):
    """The audio contains no speech (silence or noise)."""

    def __init__(self, message: str = "No speech heard.", fix: str = "") -> None:
        super().__init__(
            message,
            fix or "Speak closer to the microphone, or check that the right input is selected.",
        )


class LLMError(AssistantError):
    """The language model failed to answer."""


class StoreError(AssistantError):
    """A file Hearth keeps for the user cannot be opened, read or written (a damaged
    one is kept aside and started afresh instead: see ``hearth.assistant.storage``)."""


class HistoryError(StoreError):
    """The conversation history database cannot be opened, read or written."""


class KnowledgeError(AssistantError):
    """The offline encyclopedia's data is missing, damaged or cannot be indexed (the
    assistant answers without it meanwhile)."""
