"""Which settings are secrets (the MQTT password, the larger model's API key, ...) and
the settings as the command line shows them: a secret that is set reads ``********``,
one that is not reads empty, and the real value is never printed."""

from __future__ import annotations

import re
from typing import Any

HIDDEN = "********"
_SECRET_WORDS = {"password", "passwd", "passphrase", "secret", "token", "key", "apikey"}


def is_secret(key: str) -> bool:
    """Whether the key (``skills.mqtt.password``, ``llm.large.api_key``) holds a secret,
    decided by the last word of its name: ``max_reply_tokens`` and ``first_token_s``
    are not ones."""
    words = re.split(r"[_\-.]", key.rsplit(".", 1)[-1].lower())
    return words[-1] in _SECRET_WORDS


def shown(key: str, value: Any) -> Any:
    """``value`` as it may be printed."""
    if not is_secret(key):
        return value
    return HIDDEN if value else value


def masked(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """The config's dict with every secret hidden (``Config.to_dict()``)."""
    return {
        key: masked(value, f"{prefix}{key}.")
        if isinstance(value, dict)
        else shown(f"{prefix}{key}", value)
        for key, value in data.items()
    }


def secrets_set(data: dict[str, Any], prefix: str = "") -> list[str]:
    """The keys of the secrets that are set."""
    found = []
    for key, value in data.items():
        if isinstance(value, dict):
            found += secrets_set(value, f"{prefix}{key}.")
        elif value and is_secret(f"{prefix}{key}"):
            found.append(f"{prefix}{key}")
    return found
