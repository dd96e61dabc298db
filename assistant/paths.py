"""Where Hearth keeps its files: the config folder (and the config file in it), the
data folder, and the models in it.

The platform decides the folders (``~/.config/hearth`` and ``~/.local/share/hearth``
on Linux); ``HEARTH_CONFIG_DIR`` and ``HEARTH_DATA_DIR`` move them (tests and portable
installs use them), as ``HEARTH_CACHE_DIR`` does the cache.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from hearth.assistant import APP_NAME


def config_dir() -> Path:
    return Path(os.environ.get("HEARTH_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    return Path(os.environ.get("HEARTH_DATA_DIR") or platformdirs.user_data_dir(APP_NAME))


def cache_dir() -> Path:
    """What can be made again from the models and data (processed prompts, indexes):
    deleting it only costs time. ``HEARTH_CACHE_DIR`` moves it."""
    return Path(os.environ.get("HEARTH_CACHE_DIR") or platformdirs.user_cache_dir(APP_NAME))


def config_path() -> Path:
    return config_dir() / "config.toml"


def models_dir() -> Path:
    return data_dir() / "models"
