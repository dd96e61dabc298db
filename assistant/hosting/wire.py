"""What the assistant and a skill's worker process say to each other, and how.

Messages are JSON objects, each sent as a 4-byte big-endian length and that many bytes
of UTF-8. JSON and not pickle: the worker runs code nobody reviewed, and unpickling
what it sends would let that code run in the assistant. Slot values travel tagged
(``{"$": "Duration", "v": 300}``) so a handler receives the same types as in-process.
"""

from __future__ import annotations

import dataclasses
import json
import os
import select
import struct
import time
from typing import Any

from hearth.assistant.slots import ClockTime, Duration, When

MAX_MESSAGE = 8 * 1024 * 1024
"""A worker that sends more than this is treated as broken (memory stays bounded)."""
_HEADER = struct.Struct(">I")


class WireClosed(EOFError):
    """The other side closed its end (a worker that exited or was killed)."""


class WireError(ValueError):
    """The other side sent something that is not a message (a broken worker)."""


def send(fd: int, message: dict[str, Any]) -> None:
    data = json.dumps(message, ensure_ascii=False, default=_unsendable).encode("utf-8")
    if len(data) > MAX_MESSAGE:
        raise WireError(f"a message of {len(data)} bytes is over the limit")
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def receive(fd: int, deadline: float | None = None) -> dict[str, Any]:
    """The next message; ``TimeoutError`` if it is not all there by ``deadline``
    (``time.monotonic()``), so a worker that sends half a message cannot hang us."""
    (size,) = _HEADER.unpack(_read_exactly(fd, _HEADER.size, deadline))
    if size > MAX_MESSAGE:
        raise WireError(f"a message of {size} bytes is over the limit")
    try:
        message = json.loads(_read_exactly(fd, size, deadline).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WireError(f"not a message: {exc}") from None
    if not isinstance(message, dict):
        raise WireError("not a message: not a JSON object")
    return message


def _read_exactly(fd: int, size: int, deadline: float | None) -> bytes:
    chunks = []
    while size:
        if deadline is not None:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise TimeoutError("no answer in time")
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            raise WireClosed("the other side closed the connection")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _unsendable(value: Any) -> Any:
    return repr(value)


# --- slot values --------------------------------------------------------------------------


class RawSlot(str):
    """The text of a slot whose type only the skill's own process knows (a type the
    skill registered itself): the worker parses it."""


def encode_value(value: Any) -> Any:
    """A slot value as JSON, keeping the slot types a handler's hints ask for."""
    if isinstance(value, RawSlot):
        return {"$": "raw", "v": str(value)}
    if isinstance(value, Duration):
        return {"$": "Duration", "v": int(value)}
    if isinstance(value, ClockTime | When):
        return {"$": type(value).__name__, "v": _plain(dataclasses.asdict(value))}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [encode_value(v) for v in value]
    if isinstance(value, dict):
        return {"$": "dict", "v": {str(k): encode_value(v) for k, v in value.items()}}
    return {"$": "text", "v": str(value)}


def decode_value(data: Any) -> Any:
    if isinstance(data, list):
        return [decode_value(v) for v in data]
    if not isinstance(data, dict):
        return data
    tag: Any = data.get("$")
    raw: Any = data.get("v")
    try:
        if tag == "Duration":
            return Duration(int(raw))
        if tag == "ClockTime":
            return ClockTime(**raw)
        if tag == "When":
            at = raw.get("at")
            return When(raw.get("delay"), ClockTime(**at) if at else None, raw.get("days_ahead", 0))
        if tag == "dict":
            return {str(k): decode_value(v) for k, v in raw.items()}
    except (TypeError, ValueError, AttributeError) as exc:
        raise WireError(f"a bad {tag} value: {exc}") from None
    if tag == "text":
        return str(raw)
    if tag == "raw":
        return RawSlot(raw)
    raise WireError(f"unknown value tag {tag!r}")


def encode_values(values: dict[str, Any]) -> dict[str, Any]:
    return {name: encode_value(value) for name, value in values.items()}


def decode_values(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise WireError("values must be an object")
    return {str(name): decode_value(value) for name, value in data.items()}


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(data))
