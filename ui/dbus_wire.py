"""D-Bus messages as bytes and back: the wire format of the D-Bus specification, the
part Hearth needs (no file descriptors).

Why not Qt's own D-Bus module: from Python, ``QtDBus`` cannot write an array of
structures. ``QDBusArgument.beginArray`` needs the element's type registered with
``qDBusRegisterMetaType``, which PySide6 does not offer, and the portal's
``BindShortcuts`` takes exactly such an array (``a(sa{sv})``). No D-Bus library is a
dependency of Hearth either, so this module writes the messages itself; it is plain
Python, with no Qt in it.

Values are Python's: ``str`` for ``s``, ``o`` and ``g``, ``int``, ``float``, ``bool``,
``list`` for arrays, ``dict`` for arrays of dict entries, ``tuple`` for structures. A
variant is written from a ``Variant`` (its signature said) or from a plain ``str``,
``bool``, ``int`` (written as ``u``) or ``dict`` (``a{sv}``); a variant read is its value.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

METHOD_CALL, METHOD_RETURN, ERROR, SIGNAL = 1, 2, 3, 4
NO_REPLY_EXPECTED = 0x1

_FIXED = {
    "y": ("B", 1),
    "b": ("I", 4),
    "n": ("h", 2),
    "q": ("H", 2),
    "i": ("i", 4),
    "u": ("I", 4),
    "x": ("q", 8),
    "t": ("Q", 8),
    "d": ("d", 8),
    "h": ("I", 4),
}
_ALIGN = {**{k: size for k, (_, size) in _FIXED.items()}, "s": 4, "o": 4, "g": 1, "a": 4}
_ALIGN.update({"(": 8, "{": 8, "v": 1})

# Header fields: code -> (name on Message, signature).
_FIELDS = {
    1: ("path", "o"),
    2: ("interface", "s"),
    3: ("member", "s"),
    4: ("error_name", "s"),
    5: ("reply_serial", "u"),
    6: ("destination", "s"),
    7: ("sender", "s"),
    8: ("signature", "g"),
}


class WireError(ValueError):
    """Bytes that are not a D-Bus message, or a value that does not fit its signature."""


@dataclass(frozen=True)
class Variant:
    signature: str
    value: Any


@dataclass
class Message:
    kind: int
    path: str = ""
    interface: str = ""
    member: str = ""
    error_name: str = ""
    reply_serial: int = 0
    destination: str = ""
    sender: str = ""
    signature: str = ""
    body: tuple[Any, ...] = ()
    flags: int = 0
    serial: int = 0
    extra: dict[int, Any] = field(default_factory=dict)


def split_signature(signature: str) -> list[str]:
    """The complete types of a signature: 'oa(sa{sv})s' -> ['o', 'a(sa{sv})', 's']."""
    types, i = [], 0
    while i < len(signature):
        end = _type_end(signature, i)
        types.append(signature[i:end])
        i = end
    return types


def _type_end(signature: str, i: int) -> int:
    code = signature[i : i + 1]
    if not code:
        raise WireError(f"signature {signature!r} ends too early")
    if code == "a":
        return _type_end(signature, i + 1)
    if code in "({":
        close = ")" if code == "(" else "}"
        i += 1
        while signature[i : i + 1] != close:
            i = _type_end(signature, i)
        return i + 1
    if code in _ALIGN:
        return i + 1
    raise WireError(f"unknown type {code!r} in signature {signature!r}")


def _infer(value: Any) -> Variant:
    if isinstance(value, Variant):
        return value
    if isinstance(value, str):
        return Variant("s", value)
    if isinstance(value, bool):
        return Variant("b", value)
    if isinstance(value, int):
        return Variant("u", value)
    if isinstance(value, dict):
        return Variant("a{sv}", value)
    raise WireError(f"say the D-Bus type of {value!r} with Variant(signature, value)")


class _Writer:
    def __init__(self, start: int = 0) -> None:
        self.buf = bytearray()
        self.start = start  # where buf sits in the message, for alignment

    def pad(self, alignment: int) -> None:
        self.buf += b"\0" * (-(self.start + len(self.buf)) % alignment)

    def write(self, signature: str, value: Any) -> None:
        code = signature[0]
        try:
            if code in _FIXED:
                fmt, size = _FIXED[code]
                self.pad(size)
                self.buf += struct.pack("<" + fmt, int(value) if code == "b" else value)
            elif code in "so":
                data = value.encode()
                self.pad(4)
                self.buf += struct.pack("<I", len(data)) + data + b"\0"
            elif code == "g":
                data = value.encode()
                self.buf += struct.pack("<B", len(data)) + data + b"\0"
            elif code == "v":
                inner = _infer(value)
                self.write("g", inner.signature)
                self.write(inner.signature, inner.value)
            elif code == "a":
                self._array(signature[1:], value)
            elif code == "(":
                self.pad(8)
                types = split_signature(signature[1:-1])
                if len(types) != len(value):
                    raise WireError(f"{value!r} does not fit {signature}")
                for kind, item in zip(types, value, strict=True):
                    self.write(kind, item)
            else:
                raise WireError(f"cannot write type {code!r}")
        except (struct.error, AttributeError, TypeError) as exc:
            raise WireError(f"{value!r} does not fit {signature}: {exc}") from exc

    def _array(self, element: str, value: Any) -> None:
        self.pad(4)
        at = len(self.buf)
        self.buf += b"\0\0\0\0"
        self.pad(_ALIGN[element[0]])
        first = len(self.buf)
        if element[0] == "{":
            key, val = split_signature(element[1:-1])
            for k, v in dict(value).items():
                self.pad(8)
                self.write(key, k)
                self.write(val, v)
        else:
            for item in value:
                self.write(element, item)
        self.buf[at : at + 4] = struct.pack("<I", len(self.buf) - first)


class _Reader:
    def __init__(self, data: bytes, offset: int, endian: str) -> None:
        self.data = data
        self.pos = offset
        self.endian = endian

    def align(self, alignment: int) -> None:
        self.pos += -self.pos % alignment

    def take(self, size: int) -> bytes:
        if self.pos + size > len(self.data):
            raise WireError("message ends too early")
        chunk = self.data[self.pos : self.pos + size]
        self.pos += size
        return chunk

    def read(self, signature: str) -> Any:
        code = signature[0]
        if code in _FIXED:
            fmt, size = _FIXED[code]
            self.align(size)
            (value,) = struct.unpack(self.endian + fmt, self.take(size))
            return bool(value) if code == "b" else value
        if code in "so":
            self.align(4)
            (size,) = struct.unpack(self.endian + "I", self.take(4))
            text = self.take(size + 1)[:-1]
            return text.decode("utf-8", "replace")
        if code == "g":
            size = self.take(1)[0]
            return self.take(size + 1)[:-1].decode("ascii", "replace")
        if code == "v":
            inner = self.read("g")
            if len(split_signature(inner)) != 1:
                raise WireError(f"a variant of {inner!r}")
            return self.read(inner)
        if code == "a":
            self.align(4)
            (size,) = struct.unpack(self.endian + "I", self.take(4))
            element = signature[1:]
            self.align(_ALIGN[element[0]])
            end = self.pos + size
            if element[0] == "{":
                key, val = split_signature(element[1:-1])
                entries: dict[Any, Any] = {}
                while self.pos < end:
                    self.align(8)
                    k = self.read(key)
                    entries[k] = self.read(val)
                return entries
            items = []
            while self.pos < end:
                items.append(self.read(element))
            return items
        if code == "(":
            self.align(8)
            return tuple(self.read(kind) for kind in split_signature(signature[1:-1]))
        raise WireError(f"cannot read type {code!r}")


def encode(message: Message, serial: int) -> bytes:
    """The message as bytes, little-endian, numbered ``serial``."""
    body = _Writer()
    types = split_signature(message.signature)
    if len(types) != len(message.body):
        raise WireError(f"{len(message.body)} values for signature {message.signature!r}")
    for kind, value in zip(types, message.body, strict=True):
        body.write(kind, value)
    fields = []
    for code, (name, kind) in _FIELDS.items():
        value = getattr(message, name)
        if value:
            fields.append((code, Variant(kind, value)))
    header = _Writer()
    header.buf += struct.pack(
        "<cBBBII", b"l", message.kind, message.flags, 1, len(body.buf), serial
    )
    header.write("a(yv)", fields)
    header.pad(8)
    return bytes(header.buf + body.buf)


def decode(data: bytes) -> tuple[Message, int] | None:
    """The first message in ``data`` and its length in bytes, or None while it is not
    all there yet."""
    if len(data) < 16:
        return None
    endian = {b"l"[0]: "<", b"B"[0]: ">"}.get(data[0])
    if endian is None:
        raise WireError(f"not a D-Bus message (starts with {data[:1]!r})")
    kind, flags, _version, body_size, serial, fields_size = struct.unpack(
        endian + "BBBIII", data[1:16]
    )
    header_end = 16 + fields_size
    total = header_end + (-header_end % 8) + body_size
    if len(data) < total:
        return None
    reader = _Reader(data[:total], 12, endian)
    message = Message(kind=kind, flags=flags, serial=serial)
    for code, value in reader.read("a(yv)"):
        if code in _FIELDS:
            setattr(message, _FIELDS[code][0], value)
        else:
            message.extra[code] = value
    reader.align(8)
    message.body = tuple(reader.read(kind) for kind in split_signature(message.signature))
    if reader.pos != total:
        raise WireError("the body does not match its signature")
    return message, total
