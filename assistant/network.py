"""Reaching other machines, privately: whether an address stays on this computer, and
opening URLs without ever going through a proxy from the environment.

Engines (the larger model's server) and skills (the smart-home hub) use these to keep
requests meant for this computer on it, and to tell the user when one would leave.
"""

from __future__ import annotations

import ipaddress
import urllib.parse
import urllib.request
from typing import Any


def is_loopback_url(url: str) -> bool:
    """True when ``url`` names this computer (localhost or a loopback address)."""
    host = urllib.parse.urlparse(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # any other name may resolve anywhere


# Never through a proxy from the environment: a request meant for a server on this
# computer must not be handed to another machine on the way.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def open_url(request: str | urllib.request.Request, timeout: float) -> Any:
    return _OPENER.open(request, timeout=timeout)
