"""The system skill changes the real volume of a real (private) PulseAudio server."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from hearth.assistant.testing import SkillHarness
from hearth.skills.system import SystemSkill

pytestmark = pytest.mark.audio


def pactl(*args: str) -> str:
    return subprocess.run(["pactl", *args], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def speaker_restored(pulse: dict[str, str]) -> Iterator[None]:
    """The virtual speaker is shared by the whole run: put it back as it was (a later
    test measuring how long a quiet eSpeak reply sounded heard nothing at 30 percent)."""
    volume = pactl("get-sink-volume", "@DEFAULT_SINK@").split("/")[1].strip()
    yield
    pactl("set-sink-mute", "@DEFAULT_SINK@", "0")
    pactl("set-sink-volume", "@DEFAULT_SINK@", volume)


def test_volume_and_mute_change_the_default_speaker(speaker_restored: None) -> None:
    harness = SkillHarness(SystemSkill())
    assert harness.say("set the volume to 30 percent") == "Volume 30 percent."
    assert "30%" in pactl("get-sink-volume", "@DEFAULT_SINK@")
    assert harness.say("turn the volume up") == "Volume 40 percent."
    assert "40%" in pactl("get-sink-volume", "@DEFAULT_SINK@")
    assert harness.say("quieter") == "Volume 30 percent."
    assert harness.say("mute") == "Muted."
    assert "yes" in pactl("get-sink-mute", "@DEFAULT_SINK@")
    assert harness.say("what's the volume") == "The volume is at 30 percent and muted."
    assert harness.say("unmute") == "Sound on, at 30 percent."
    assert "no" in pactl("get-sink-mute", "@DEFAULT_SINK@")
    assert harness.say("set the volume to 250 percent") == (
        "I can set the volume from 0 to 100 percent."
    )


def test_volume_and_mute_in_german_spanish_and_french(speaker_restored: None) -> None:
    harness = SkillHarness(SystemSkill())
    assert harness.say("stell die Lautstärke auf 30 Prozent", "de") == "Lautstärke 30 Prozent."
    assert "30%" in pactl("get-sink-volume", "@DEFAULT_SINK@")
    assert harness.say("sube el volumen", "es") == "Volumen al 40 por ciento."
    assert harness.say("baisse le volume", "fr") == "Volume à 30 pour cent."
    assert "30%" in pactl("get-sink-volume", "@DEFAULT_SINK@")
    assert harness.say("schalte den Ton aus", "de") == "Stumm geschaltet."
    assert "yes" in pactl("get-sink-mute", "@DEFAULT_SINK@")
    assert harness.say("quel est le volume", "fr") == (
        "Le volume est à 30 pour cent, et le son est coupé."
    )
    assert harness.say("activa el sonido", "es") == "Sonido activado, al 30 por ciento."
    assert "no" in pactl("get-sink-mute", "@DEFAULT_SINK@")
