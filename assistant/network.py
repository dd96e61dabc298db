"""Reaching other machines, privately: whether an address stays on this computer.

Engines (the larger model's server) and skills (the smart-home hub) use it to tell the
user when a request would leave this computer. The larger model's requests go through
``engines.http_stream``, which never uses a proxy from the environment (a request meant
for this computer must not be handed to another machine on the way).
"""

from __future__ import annotations

import ipaddress
import urllib.parse


def is_loopback_url(url: str) -> bool:
    """True when ``url`` names this computer (localhost or a loopback address)."""
    host = urllib.parse.urlparse(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # any other name may resolve anywhere
