"""What a packaged (frozen) Hearth carries inside itself.

The packaged app is one folder made by PyInstaller (see packaging/). Its default
models sit read-only in ``<bundle>/models/<id>/``; the user's config and data stay
in the platform's usual folders, exactly as with a source install.
``HEARTH_BUNDLED_MODELS`` points at such a folder without freezing (tests use it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def frozen() -> bool:
    """Whether this is the packaged app rather than a Python install."""
    return bool(getattr(sys, "frozen", False))


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
