"""What a packaged (frozen) Hearth carries inside itself.

The packaged app is one folder made by PyInstaller (see packaging/). Its default
models sit read-only in ``<bundle>/models/<id>/``; the user's config and data stay
in the platform's usual folders, exactly as with a source install.
``HEARTH_BUNDLED_MODELS`` points at such a folder without freezing (tests use it).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

_SUGGESTED = re.compile(
    r"\bassistant(?= (?:app|ask|bench|chat|config|devices|doctor|eval|history|listen|memory|"
    r"models|say|self-test|skills)\b)"
)


def frozen() -> bool:
    """Whether this is the packaged app rather than a Python install."""
    return bool(getattr(sys, "frozen", False))


def command_name() -> str:
    """The command a user types to run this copy: ``assistant`` from a source install;
    in the packaged app the name it was started by (``hearth``, on PATH from the .deb;
    the tarball also has an ``assistant`` link)."""
    if not frozen():
        return "assistant"
    return Path(sys.argv[0]).name or "hearth"


def as_typed(text: str) -> str:
    """``text`` with the commands it suggests ("run assistant doctor") named the way
    this copy is typed, so that a fix read in the packaged app works when typed."""
    name = command_name()
    return text if name == "assistant" else _SUGGESTED.sub(name, text)


def bundle_root() -> Path | None:
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if frozen() and root else None


def bundled_models_dir() -> Path | None:
    """The read-only models folder shipped with the app, if there is one."""
    override = os.environ.get("HEARTH_BUNDLED_MODELS")
    if override:
        return Path(override)
    root = bundle_root()
    return root / "models" if root is not None else None


def fresh_user_env(home: Path) -> dict[str, str]:
    """A bare environment for running the packaged app as a new user would: nothing but
    a home folder, its XDG folders and the system's PATH (no Python, no virtual
    environment). The bundle's tests and packaging/measure.py use it."""
    return {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }
