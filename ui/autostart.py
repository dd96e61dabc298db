"""Start on login, the freedesktop.org way: a ``hearth.desktop`` entry in
``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart``) starts Hearth when the user
logs in (GNOME, KDE, Xfce, Cinnamon, MATE, LXQt all read it). Turning it off removes
the file; nothing else is touched."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

FILE_NAME = "hearth.desktop"


def autostart_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".config") / "autostart"


def autostart_file() -> Path:
    return autostart_dir() / FILE_NAME


def start_command() -> list[str]:
    """How this Hearth is started: the packaged program, ``hearth`` on the PATH, or
    this Python with the app's module."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    found = shutil.which("hearth")
    if found:
        return [found]
    return [sys.executable, "-m", "hearth.assistant.cli", "app"]


def _exec_line(command: list[str]) -> str:
    """The Exec= value: arguments quoted as the Desktop Entry spec asks."""
    quoted = []
    for arg in command:
        if any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
            escaped = arg
            for special in ("\\", '"', "`", "$"):
                escaped = escaped.replace(special, "\\" + special)
            quoted.append('"' + escaped + '"')
        else:
            quoted.append(arg)
    return " ".join(quoted).replace("%", "%%")


def entry(command: list[str] | None = None) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Hearth",
            "Comment=A private voice assistant that runs on this computer",
            f"Exec={_exec_line(command or start_command())}",
            "Icon=hearth",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def is_enabled() -> bool:
    return autostart_file().is_file()


def set_enabled(enabled: bool, command: list[str] | None = None) -> Path:
    """Write (or remove) the autostart entry; returns its path. Raises OSError."""
    path = autostart_file()
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(entry(command), encoding="utf-8")
        tmp.replace(path)
    else:
        path.unlink(missing_ok=True)
    return path
