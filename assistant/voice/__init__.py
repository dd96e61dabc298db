"""The voice pipeline: from the microphone to the speaker, turn by turn."""

from hearth.assistant.voice.loop import ENGLISH_ONLY, NOT_CAUGHT, VoiceLoop

__all__ = ["ENGLISH_ONLY", "NOT_CAUGHT", "VoiceLoop"]
