"""This computer: volume and mute, media players, battery, disk and memory.

Volume goes through ``pactl`` (PulseAudio, and PipeWire's PulseAudio server) or
``wpctl`` (PipeWire); media through ``playerctl`` (MPRIS). Where neither is there
the skill says so plainly. Battery, disk and memory are read from ``/sys``,
``shutil.disk_usage`` and ``/proc/meminfo``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Literal

from hearth.assistant.errors import AssistantError
from hearth.assistant.skill import Skill, SkillContext, intent

VOLUME_STEP = 10
_SINK = "@DEFAULT_SINK@"


def _run(command: list[str], timeout: float = 5) -> str:
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
                "I can't change the sound: the sound server is not running.",
                "Start PulseAudio or PipeWire (check with: pactl info).",
            )
        reason = said.splitlines()[0][:200] if said else "no reason given"
        raise AssistantError(
            f"{Path(command[0]).name} failed: {reason}.",
            "Check the sound server is running (pactl info).",
        )
    return done.stdout


class Mixer:
    """The default output's volume through pactl or wpctl."""

    def __init__(self) -> None:
        self.pactl = shutil.which("pactl")
        self.wpctl = shutil.which("wpctl")
        if not self.pactl and not self.wpctl:
            raise AssistantError(
                "I can't change the volume on this desktop: neither pactl nor wpctl is installed.",
                "Install pulseaudio-utils (pactl) or wireplumber (wpctl).",
            )

    def volume(self) -> int:
        if self.pactl:
            text = _run([self.pactl, "get-sink-volume", _SINK])
            levels = [int(v) for v in re.findall(r"(\d+)%", text)]
            if not levels:
                raise AssistantError("pactl reported no volume.", "Check: pactl info")
            return round(sum(levels) / len(levels))
        text = _run([str(self.wpctl), "get-volume", "@DEFAULT_AUDIO_SINK@"])
        found = re.search(r"Volume:\s*([\d.]+)", text)
        if not found:
            raise AssistantError("wpctl reported no volume.", "Check: wpctl status")
        return round(float(found[1]) * 100)

    def set_volume(self, percent: int) -> None:
        if self.pactl:
            _run([self.pactl, "set-sink-volume", _SINK, f"{percent}%"])
        else:
            _run([str(self.wpctl), "set-volume", "@DEFAULT_AUDIO_SINK@", f"{percent / 100:.2f}"])

    def muted(self) -> bool:
        if self.pactl:
            return "yes" in _run([self.pactl, "get-sink-mute", _SINK]).lower()
        return "MUTED" in _run([str(self.wpctl), "get-volume", "@DEFAULT_AUDIO_SINK@"])

    def set_mute(self, on: bool) -> None:
        if self.pactl:
            _run([self.pactl, "set-sink-mute", _SINK, "1" if on else "0"])
        else:
            _run([str(self.wpctl), "set-mute", "@DEFAULT_AUDIO_SINK@", "1" if on else "0"])


def media_command(action: str) -> str:
    """Run ``playerctl ACTION``; return what to say."""
    playerctl = shutil.which("playerctl")
    if not playerctl:
        return (
            "I can't control media players on this desktop: playerctl is not installed "
            "(apt-get install playerctl)."
        )
    try:
        done = subprocess.run([playerctl, action], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return "The media player did not answer."
    said = (done.stdout + done.stderr).lower()
    if done.returncode != 0 or "no players found" in said:
        if "no players" in said:
            return "No media player is running."
        if "d-bus" in said or "dbus" in said:
            return "I can't control media players here: there is no desktop session to reach them."
        return "The media player doesn't support that, or the desktop offers no media control."
    return {
        "play": "Playing.",
        "pause": "Paused.",
        "play-pause": "Okay.",
        "next": "Next track.",
        "previous": "Previous track.",
    }[action]


def battery_status(root: Path = Path("/sys/class/power_supply")) -> str:
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
        return "This computer has no battery, or it doesn't report one."
    level = round(sum(b[0] for b in batteries) / len(batteries))
    status = batteries[0][1].lower()
    state = {
        "charging": ", and charging",
        "full": ", fully charged",
        "discharging": "",
        "not charging": ", plugged in but not charging",
    }.get(status, "")
    return f"The battery is at {level} percent{state}."


def _gigabytes(n: float) -> str:
    gb = n / 1e9
    return f"{gb:.0f} gigabytes" if gb >= 10 else f"{gb:.1f} gigabytes"


def disk_status(path: Path | None = None) -> str:
    usage = shutil.disk_usage(path or Path.home())
    used = round(100 * usage.used / usage.total) if usage.total else 0
    return f"You have {_gigabytes(usage.free)} free on your disk; it is {used} percent full."


def memory_status(meminfo: Path = Path("/proc/meminfo")) -> str:
    values = {}
    for line in meminfo.read_text().splitlines():
        key, _, rest = line.partition(":")
        parts = rest.split()
        if parts:
            values[key] = int(parts[0]) * 1024
    total, available = values.get("MemTotal"), values.get("MemAvailable")
    if not total or available is None:
        return "I can't read the memory figures on this computer."
    used = round(100 * (total - available) / total)
    return (
        f"{used} percent of the memory is in use; {_gigabytes(available)} of "
        f"{_gigabytes(total)} are free."
    )


class SystemSkill(Skill):
    name = "system"
    description = "Volume and mute, media play and pause, battery, disk and memory."
    permissions = ("controls_media",)
    examples = ("turn the volume up", "how much battery is left")

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
            return "I can set the volume from 0 to 100 percent."
        mixer = Mixer()
        mixer.set_volume(level)
        if level > 0 and mixer.muted():
            mixer.set_mute(False)
        return f"Volume {mixer.volume()} percent."

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
        said = ctx.text.lower()
        if any(w in said for w in ("quieter", "softer")):
            direction = "down"
        mixer = Mixer()
        step = VOLUME_STEP if direction == "up" else -VOLUME_STEP
        level = max(0, min(100, mixer.volume() + step))
        mixer.set_volume(level)
        if direction == "up" and mixer.muted():
            mixer.set_mute(False)
        return f"Volume {mixer.volume()} percent."

    @intent(
        "(mute|silence) [the] [sound|volume|audio|speakers|computer]",
        "(turn|switch) off the (sound|audio)",
        "(unmute) [the] [sound|volume|audio|speakers|computer]",
        "(turn|switch) (on|back on) the (sound|audio)",
        "(turn|switch) the (sound|audio) (back on|on)",
    )
    def mute(self, ctx: SkillContext) -> str:
        """Mute or unmute the speakers."""
        said = ctx.text.lower()
        on = not ("unmute" in said or re.search(r"\bon\b", said))
        mixer = Mixer()
        mixer.set_mute(on)
        return "Muted." if mixer.muted() else f"Sound on, at {mixer.volume()} percent."

    @intent(
        "(what's|what is|whats) the volume [at|level]",
        "how loud is (it|the volume)",
        "(what|which) volume is it [at]",
    )
    def get_volume(self, ctx: SkillContext) -> str:
        """Say the current volume."""
        mixer = Mixer()
        muted = " and muted" if mixer.muted() else ""
        return f"The volume is at {mixer.volume()} percent{muted}."

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
        said = ctx.text.lower()
        if re.search(r"\b(previous|last|back)\b", said):
            action = "previous"
        elif re.search(r"\b(next|skip)\b", said):
            action = "next"
        elif re.search(r"\b(pause|stop)\b", said):
            action = "pause"
        else:
            action = "play"
        return media_command(action)

    @intent(
        "(what's|what is|whats|how much|how's|how is) [the|my] battery [level|left|status|at]",
        "how much battery [power] (is left|do i have [left]|have i got [left])",
        "[what's the] battery (level|status|percentage)",
        "is [the|my] battery (charging|low|full)",
        "battery",
    )
    def battery(self, ctx: SkillContext) -> str:
        """Say the battery level and whether it is charging."""
        return battery_status(self._power)

    @intent(
        "how much (disk|storage|drive) space [is] [left|free|available|do i have [left]]",
        "how much space (is left|do i have [left]) [on [my|the] (disk|drive|computer)]",
        "(disk|storage) (space|usage)",
        "(how full is|is) [my|the] (disk|drive|hard drive) [full]",
    )
    def disk(self, ctx: SkillContext) -> str:
        """Say how much disk space is free."""
        return disk_status()

    @intent(
        "how much (memory|ram) (is|am i) (free|used|using|left|available|in use)",
        "how much (memory|ram) [is there|do i have] [left|free]",
        "(memory|ram) (usage|status|use)",
        "(what's|what is) the (memory|ram) usage",
    )
    def memory(self, ctx: SkillContext) -> str:
        """Say how much memory is in use and free."""
        return memory_status(self._meminfo)
