"""The voice pipeline: from the microphone to the speaker, turn by turn."""

from hearth.assistant.voice.loop import NOT_CAUGHT, VoiceLoop

__all__ = ["NOT_CAUGHT", "VoiceLoop"]
