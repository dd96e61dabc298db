"""This computer: volume and mute, media players, battery, disk and memory.

Volume goes through ``pactl`` (PulseAudio, and PipeWire's PulseAudio server) or
``wpctl`` (PipeWire); media through ``playerctl`` (MPRIS). Where neither is there
the skill says so plainly. Battery, disk and memory are read from ``/sys``,
``shutil.disk_usage`` and ``/proc/meminfo``. Its phrases and replies in Spanish, French
and German are in ``translations.system``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Literal

from hearth.assistant.errors import AssistantError
from hearth.assistant.skill import Skill, SkillContext, intent
from hearth.skills.translations import (
    LANGUAGES,
    errors_in,
    examples_of,
    phrases_of,
    reply,
    word,
)
from hearth.skills.translations import system as words

VOLUME_STEP = 10
_SINK = "@DEFAULT_SINK@"

_ENGLISH = {
    "system.volume_range": "I can set the volume from 0 to 100 percent.",
    "system.volume": "Volume {level} percent.",
    "system.muted": "Muted.",
    "system.sound_on": "Sound on, at {level} percent.",
    "system.volume_is": "The volume is at {level} percent.",
    "system.volume_is_muted": "The volume is at {level} percent and muted.",
    "system.play": "Playing.",
    "system.pause": "Paused.",
    "system.play-pause": "Okay.",
    "system.next": "Next track.",
    "system.previous": "Previous track.",
    "system.no_playerctl": "I can't control media players on this desktop: playerctl is not "
    "installed (apt-get install playerctl).",
    "system.no_player": "No media player is running.",
    "system.no_session": "I can't control media players here: there is no desktop session "
    "to reach them.",
    "system.unsupported": "The media player doesn't support that, or the desktop offers no "
    "media control.",
    "system.no_answer": "The media player did not answer.",
    "system.no_battery": "This computer has no battery, or it doesn't report one.",
    "system.battery": "The battery is at {level} percent{state}.",
    "system.charging": ", and charging",
    "system.full": ", fully charged",
    "system.not_charging": ", plugged in but not charging",
    "system.disk": "You have {free} free on your disk; it is {used} percent full.",
    "system.memory": "{used} percent of the memory is in use; {free} of {total} are free.",
    "system.memory_unknown": "I can't read the memory figures on this computer.",
    "system.gigabytes": "{n} gigabytes",
}
"""The replies in English; ``translations.system`` has them in the other languages."""


def _say(language: str, key: str, **values: object) -> str:
    return reply(language, key, _ENGLISH[key].format(**values), **values)


def _piece(language: str, key: str, **values: object) -> str:
    if language in LANGUAGES:
        return word(language, key, **values)
    return _ENGLISH[key].format(**values)


def _said(language: str, which: str, english: str, text: str) -> bool:
    """Whether ``text`` holds one of the words that decide a handler's way ("quieter",
    "leiser"), in English and in ``language``."""
    pattern = words.WORDS[language][which] if language in LANGUAGES else english
    return re.search(pattern, text.lower()) is not None


def _run(*command: str, timeout: float = 5) -> str:
    name = Path(command[0]).name
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise AssistantError(
            f"{command[0]} did not answer ({exc}).", "Check the sound server is running."
        ) from None
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip()
        if "connection" in said.lower() or "refused" in said.lower():
            raise AssistantError(
                _NO_SERVER, "Start PulseAudio or PipeWire (check with: pactl info)."
            )
        reason = said.splitlines()[0][:200] if said else "no reason given"
        raise AssistantError(
            f"{name} failed: {reason}.", "Check the sound server is running (pactl info)."
        )
    return done.stdout


_NO_MIXER = "I can't change the volume on this desktop: neither pactl nor wpctl is installed."
_NO_SERVER = "I can't change the sound: the sound server is not running."
_SOUND_ERRORS = {
    "system.no_mixer": _NO_MIXER,
    "system.no_server": _NO_SERVER,
    "system.no_reply": "{command} did not answer ({exc}).",
    "system.failed": "{name} failed: {reason}.",
    "system.no_volume": "{program} reported no volume.",
}
"""The mixer's errors by their key in ``translations.system``, in English as raised (the
window shows its own translation of those; ``errors_in`` says them in the request's)."""


class Mixer:
    """The default output's volume through pactl or wpctl."""

    def __init__(self) -> None:
        self.pactl = shutil.which("pactl")
        self.wpctl = shutil.which("wpctl")
        if not self.pactl and not self.wpctl:
            raise AssistantError(
                _NO_MIXER, "Install pulseaudio-utils (pactl) or wireplumber (wpctl)."
            )

    def volume(self) -> int:
        if self.pactl:
            text = _run(self.pactl, "get-sink-volume", _SINK)
            levels = [int(v) for v in re.findall(r"(\d+)%", text)]
            if not levels:
                raise AssistantError("pactl reported no volume.", "Check: pactl info")
            return round(sum(levels) / len(levels))
        text = _run(str(self.wpctl), "get-volume", "@DEFAULT_AUDIO_SINK@")
        found = re.search(r"Volume:\s*([\d.]+)", text)
        if not found:
            raise AssistantError("wpctl reported no volume.", "Check: wpctl status")
        return round(float(found[1]) * 100)

    def set_volume(self, percent: int) -> None:
        if self.pactl:
            _run(self.pactl, "set-sink-volume", _SINK, f"{percent}%")
        else:
            _run(str(self.wpctl), "set-volume", "@DEFAULT_AUDIO_SINK@", f"{percent / 100:.2f}")

    def muted(self) -> bool:
        if self.pactl:
            return "yes" in _run(self.pactl, "get-sink-mute", _SINK).lower()
        return "MUTED" in _run(str(self.wpctl), "get-volume", "@DEFAULT_AUDIO_SINK@")

    def set_mute(self, on: bool) -> None:
        if self.pactl:
            _run(self.pactl, "set-sink-mute", _SINK, "1" if on else "0")
        else:
            _run(str(self.wpctl), "set-mute", "@DEFAULT_AUDIO_SINK@", "1" if on else "0")


def media_command(action: str, language: str = "en") -> str:
    """Run ``playerctl ACTION`` (play, pause, play-pause, next, previous); return what to
    say, in ``language``."""
    playerctl = shutil.which("playerctl")
    if not playerctl:
        return _say(language, "system.no_playerctl")
    try:
        done = subprocess.run([playerctl, action], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return _say(language, "system.no_answer")
    said = (done.stdout + done.stderr).lower()
    if done.returncode != 0 or "no players found" in said:
        if "no players" in said:
            return _say(language, "system.no_player")
        if "d-bus" in said or "dbus" in said:
            return _say(language, "system.no_session")
        return _say(language, "system.unsupported")
    return _say(language, f"system.{action}")


def battery_status(root: Path = Path("/sys/class/power_supply"), language: str = "en") -> str:
    batteries = []
    if root.is_dir():
        for supply in sorted(root.iterdir()):
            kind = (supply / "type").read_text().strip() if (supply / "type").is_file() else ""
            if kind == "Battery" and (supply / "capacity").is_file():
                status = (
                    (supply / "status").read_text().strip() if (supply / "status").is_file() else ""
                )
                batteries.append((int((supply / "capacity").read_text().strip()), status))
    if not batteries:
        return _say(language, "system.no_battery")
    level = round(sum(b[0] for b in batteries) / len(batteries))
    status = batteries[0][1].lower().replace(" ", "_")
    state = _piece(language, f"system.{status}") if status in _STATES else ""
    return _say(language, "system.battery", level=level, state=state)


_STATES = ("charging", "full", "not_charging")
"""Battery states said after the level ("discharging" is said as nothing)."""


def _gigabytes(n: float, language: str) -> str:
    gb = n / 1e9
    figure = f"{gb:.0f}" if gb >= 10 else f"{gb:.1f}"
    if language != "en":
        figure = figure.replace(".", ",")
    return _piece(language, "system.gigabytes", n=figure)


def disk_status(path: Path | None = None, language: str = "en") -> str:
    usage = shutil.disk_usage(path or Path.home())
    used = round(100 * usage.used / usage.total) if usage.total else 0
    return _say(language, "system.disk", free=_gigabytes(usage.free, language), used=used)


def memory_status(meminfo: Path = Path("/proc/meminfo"), language: str = "en") -> str:
    values = {}
    for line in meminfo.read_text().splitlines():
        key, _, rest = line.partition(":")
        parts = rest.split()
        if parts:
            values[key] = int(parts[0]) * 1024
    total, available = values.get("MemTotal"), values.get("MemAvailable")
    if not total or available is None:
        return _say(language, "system.memory_unknown")
    used = round(100 * (total - available) / total)
    free, whole = _gigabytes(available, language), _gigabytes(total, language)
    return _say(language, "system.memory", used=used, free=free, total=whole)


class SystemSkill(Skill):
    name = "system"
    description = "Volume and mute, media play and pause, battery, disk and memory."
    permissions = ("controls_media",)
    examples = ("turn the volume up", "how much battery is left")
    phrases = phrases_of("system")
    localized_examples = examples_of("system")

    def __init__(self, power_supply: Path | None = None, meminfo: Path | None = None) -> None:
        self._power = power_supply or Path("/sys/class/power_supply")
        self._meminfo = meminfo or Path("/proc/meminfo")

    @intent(
        "(set|change|put|turn) [the] volume to {level} [percent|%]",
        "volume [to] {level} [percent|%]",
        "(set|change|put|turn) [the] (volume|sound) (at|to) {level} [percent|%]",
    )
    def set_volume(self, ctx: SkillContext, level: int) -> str:
        """Set the speaker volume to a percentage from 0 to 100."""
        if not 0 <= level <= 100:
            return _say(ctx.language, "system.volume_range")
        with errors_in(ctx.language, _SOUND_ERRORS):
            mixer = Mixer()
            mixer.set_volume(level)
            if level > 0 and mixer.muted():
                mixer.set_mute(False)
            return _say(ctx.language, "system.volume", level=mixer.volume())

    @intent(
        "(turn|put|crank|bring) [the] (volume|sound|music) {direction}",
        "(turn|crank) {direction} the (volume|sound|music)",
        "turn it {direction} [a bit|a little]",
        "(turn|put) {direction} the (volume|sound|music)",
        "volume {direction}",
        "make it [a bit|a little] (louder|quieter|softer)",
        "(louder|quieter|softer)",
    )
    def change_volume(self, ctx: SkillContext, direction: Literal["up", "down"] = "up") -> str:
        """Turn the volume up or down a step."""
        if _said(ctx.language, "down", r"\b(quieter|softer)\b", ctx.text):
            direction = "down"
        with errors_in(ctx.language, _SOUND_ERRORS):
            mixer = Mixer()
            step = VOLUME_STEP if direction == "up" else -VOLUME_STEP
            level = max(0, min(100, mixer.volume() + step))
            mixer.set_volume(level)
            if direction == "up" and mixer.muted():
                mixer.set_mute(False)
            return _say(ctx.language, "system.volume", level=mixer.volume())

    @intent(
        "(mute|silence) [the] [sound|volume|audio|speakers|computer]",
        "(turn|switch) off the (sound|audio)",
        "(unmute) [the] [sound|volume|audio|speakers|computer]",
        "(turn|switch) (on|back on) the (sound|audio)",
        "(turn|switch) the (sound|audio) (back on|on)",
    )
    def mute(self, ctx: SkillContext) -> str:
        """Mute or unmute the speakers."""
        on = not _said(ctx.language, "unmute", r"\bunmute\b|\bon\b", ctx.text)
        with errors_in(ctx.language, _SOUND_ERRORS):
            mixer = Mixer()
            mixer.set_mute(on)
            if mixer.muted():
                return _say(ctx.language, "system.muted")
            return _say(ctx.language, "system.sound_on", level=mixer.volume())

    @intent(
        "(what's|what is|whats) the volume [at|level]",
        "how loud is (it|the volume)",
        "(what|which) volume is it [at]",
    )
    def get_volume(self, ctx: SkillContext) -> str:
        """Say the current volume."""
        with errors_in(ctx.language, _SOUND_ERRORS):
            mixer = Mixer()
            key = "system.volume_is_muted" if mixer.muted() else "system.volume_is"
            return _say(ctx.language, key, level=mixer.volume())

    @intent(
        "(pause|stop) [the] (music|media|song|track|video|playback|player)",
        "(play|resume|continue) [the] (music|media|song|track|video|playback)",
        "(next|skip) [the] [song|track]",
        "skip (this|the) (song|track)",
        "(play the) next (song|track)",
        "(previous|last) (song|track)",
        "(go back|back) [a|one] (song|track)",
        "(pause|resume)",
    )
    def media(self, ctx: SkillContext) -> str:
        """Play, pause, or skip to the next or previous track in the media player."""
        language, said = ctx.language, ctx.text
        if _said(language, "previous", r"\b(previous|last|back)\b", said):
            action = "previous"
        elif _said(language, "next", r"\b(next|skip)\b", said):
            action = "next"
        elif _said(language, "pause", r"\b(pause|stop)\b", said):
            action = "pause"
        else:
            action = "play"
        return media_command(action, language)

    @intent(
        "(what's|what is|whats|how much|how's|how is) [the|my] battery [level|left|status|at]",
        "how much battery [power] (is left|do i have [left]|have i got [left])",
        "[what's the] battery (level|status|percentage)",
        "is [the|my] battery (charging|low|full)",
        "battery",
    )
    def battery(self, ctx: SkillContext) -> str:
        """Say the battery level and whether it is charging."""
        return battery_status(self._power, ctx.language)

    @intent(
        "how much (disk|storage|drive) space [is] [left|free|available|do i have [left]]",
        "how much space (is left|do i have [left]) [on [my|the] (disk|drive|computer)]",
        "(disk|storage) (space|usage)",
        "(how full is|is) [my|the] (disk|drive|hard drive) [full]",
    )
    def disk(self, ctx: SkillContext) -> str:
        """Say how much disk space is free."""
        return disk_status(language=ctx.language)

    @intent(
        "how much (memory|ram) (is|am i) (free|used|using|left|available|in use)",
        "how much (memory|ram) [is there|do i have] [left|free]",
        "(memory|ram) (usage|status|use)",
        "(what's|what is) the (memory|ram) usage",
    )
    def memory(self, ctx: SkillContext) -> str:
        """Say how much memory is in use and free."""
        return memory_status(self._meminfo, ctx.language)
