"""A connection to the D-Bus session bus, driven by Qt's event loop.

The messages are written by ``dbus_wire`` (see there why not by ``QtDBus``); this module
does the rest of what a client does: the socket named by ``DBUS_SESSION_BUS_ADDRESS``,
the EXTERNAL authentication, ``Hello``, method calls answered through callbacks, match
rules for signals, and, for the stand-in portal in the tests, owning a name and
answering calls. Reading happens when Qt says the socket is readable, so nothing blocks
the window; only ``call_sync`` waits, up to its timeout (the portal's version is asked
that way while the settings page is built).

Each connection is its own: the address is read when it opens, so a test can start a
private bus and point ``DBUS_SESSION_BUS_ADDRESS`` at it first.
"""

from __future__ import annotations

import logging
import os
import select
import socket
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from .dbus_wire import (
    ERROR,
    METHOD_CALL,
    METHOD_RETURN,
    NO_REPLY_EXPECTED,
    SIGNAL,
    Message,
    WireError,
    decode,
    encode,
)

_LOGGER = logging.getLogger(__name__)

BUS = "org.freedesktop.DBus"
BUS_PATH = "/org/freedesktop/DBus"

Callback = Callable[[Message], None]


class BusError(Exception):
    """No bus, or an error reply: ``name`` is the D-Bus error name ('' for no bus)."""

    def __init__(self, name: str, text: str) -> None:
        super().__init__(f"{name}: {text}" if name else text)
        self.name = name
        self.text = text


def session_address() -> str:
    """The session bus's address: the environment's, else the usual socket of a
    systemd session ($XDG_RUNTIME_DIR/bus) if there is one, else ''."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address:
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.exists(os.path.join(runtime, "bus")):
        return f"unix:path={os.path.join(runtime, 'bus')}"
    return ""


def _connect(address: str, timeout: float) -> socket.socket:
    problems = []
    for entry in filter(None, address.split(";")):
        transport, _, params = entry.partition(":")
        keys = dict(p.split("=", 1) for p in params.split(",") if "=" in p)
        keys = {k: _unescape(v) for k, v in keys.items()}
        if transport != "unix" or not ({"path", "abstract"} & keys.keys()):
            problems.append(f"{entry}: not a local socket")
            continue
        target = keys["path"] if "path" in keys else "\0" + keys["abstract"]
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        try:
            sock.connect(target)
        except OSError as exc:
            sock.close()
            problems.append(f"{entry}: {exc.strerror or exc}")
            continue
        return sock
    raise BusError("", "; ".join(problems) or "no session bus address")


def _unescape(value: str) -> str:
    out, i = bytearray(), 0
    while i < len(value):
        if value[i] == "%" and i + 3 <= len(value):
            out.append(int(value[i + 1 : i + 3], 16))
            i += 3
        else:
            out += value[i].encode()
            i += 1
    return out.decode()


class SessionBus(QObject):
    """One connection to the session bus. ``disconnected`` is emitted when the bus
    goes away (not after ``close``)."""

    disconnected = Signal()

    def __init__(
        self, address: str | None = None, timeout: float = 2.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        address = session_address() if address is None else address
        if not address:
            raise BusError("", "no session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
        self._timeout = timeout
        self._sock = _connect(address, timeout)
        self._inbuf = b""
        self._serial = 0
        self._replies: dict[int, Callback] = {}
        self._matches: dict[int, tuple[dict[str, str], Callback]] = {}
        self._queued: list[Message] = []
        self._rules = 0
        self.on_method: Callback | None = None
        """Called with each method call to this connection (for a service)."""
        try:
            self._authenticate()
        except (OSError, BusError) as exc:
            self._sock.close()
            raise BusError("", f"the session bus refused this program ({exc})") from exc
        self._notifier = QSocketNotifier(self._sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        try:
            self.unique_name: str = self.call_sync(BUS, BUS_PATH, BUS, "Hello")[0]
        except BusError:
            self.close()
            raise

    # --- connection -------------------------------------------------------------------------

    def _authenticate(self) -> None:
        uid = str(os.getuid()).encode().hex()
        self._sock.sendall(b"\0AUTH EXTERNAL " + uid.encode() + b"\r\n")
        line = b""
        while not line.endswith(b"\r\n"):
            chunk = self._sock.recv(256)
            if not chunk:
                raise BusError("", "it hung up")
            line += chunk
        if not line.startswith(b"OK "):
            raise BusError("", line.decode(errors="replace").strip())
        self._sock.sendall(b"BEGIN\r\n")

    @property
    def connected(self) -> bool:
        return self._sock.fileno() >= 0

    def close(self) -> None:
        if self.connected:
            self._notifier.setEnabled(False)
            self._sock.close()
        self._replies.clear()
        self._matches.clear()

    # --- sending ----------------------------------------------------------------------------

    def send(self, message: Message) -> int:
        """Send; returns the message's serial."""
        if not self.connected:
            raise BusError("", "the session bus connection is closed")
        self._serial += 1
        try:
            self._sock.sendall(encode(message, self._serial))
        except OSError as exc:
            self._lost()
            raise BusError("", f"the session bus went away ({exc.strerror or exc})") from exc
        return self._serial

    def call(
        self,
        destination: str,
        path: str,
        interface: str,
        member: str,
        signature: str = "",
        args: tuple[Any, ...] = (),
        reply: Callback | None = None,
    ) -> int:
        """Call a method; ``reply`` gets the answer (a return or an ERROR message)
        from the event loop. Without ``reply`` no answer is asked for."""
        message = Message(
            METHOD_CALL,
            path=path,
            interface=interface,
            member=member,
            destination=destination,
            signature=signature,
            body=args,
            flags=0 if reply else NO_REPLY_EXPECTED,
        )
        serial = self.send(message)
        if reply is not None:
            self._replies[serial] = reply
        return serial

    def call_sync(
        self,
        destination: str,
        path: str,
        interface: str,
        member: str,
        signature: str = "",
        args: tuple[Any, ...] = (),
        timeout: float | None = None,
    ) -> tuple[Any, ...]:
        """Call and wait for the answer (other messages wait for the event loop);
        raises ``BusError`` for an error reply or no answer in time."""
        answers: list[Message] = []
        serial = self.call(destination, path, interface, member, signature, args, answers.append)
        deadline = time.monotonic() + (self._timeout if timeout is None else timeout)
        while not answers:
            left = deadline - time.monotonic()
            if left <= 0 or not self.connected:
                self._replies.pop(serial, None)
                raise BusError(
                    "org.freedesktop.DBus.Error.NoReply", f"no answer to {interface}.{member}"
                )
            ready, _, _ = select.select([self._sock], [], [], left)
            if ready:
                for message in self._receive():
                    if message.kind in (METHOD_RETURN, ERROR) and message.reply_serial == serial:
                        self._dispatch(message)
                    else:
                        self._queued.append(message)
        if self._queued:
            QTimer.singleShot(0, self._dispatch_queued)
        answer = answers[0]
        if answer.kind == ERROR:
            text = answer.body[0] if answer.body and isinstance(answer.body[0], str) else ""
            raise BusError(answer.error_name, text)
        return answer.body

    def subscribe(self, rule: dict[str, str], callback: Callback) -> int:
        """Signals matching ``rule`` (keys of a D-Bus match rule: sender, path,
        interface, member) go to ``callback``; returns a token for ``unsubscribe``.
        Locally matched on path, interface and member (a unicast signal needs no rule
        at the bus, and the sender of a signal is a unique name)."""
        self._rules += 1
        token = self._rules
        self._matches[token] = (rule, callback)
        self.call(BUS, BUS_PATH, BUS, "AddMatch", "s", (_rule_text(rule),))
        return token

    def unsubscribe(self, token: int) -> None:
        found = self._matches.pop(token, None)
        if found is not None and self.connected:
            self.call(BUS, BUS_PATH, BUS, "RemoveMatch", "s", (_rule_text(found[0]),))

    def emit_signal(
        self,
        path: str,
        interface: str,
        member: str,
        signature: str = "",
        args: tuple[Any, ...] = (),
        destination: str = "",
    ) -> None:
        self.send(
            Message(
                SIGNAL,
                path=path,
                interface=interface,
                member=member,
                signature=signature,
                body=args,
                destination=destination,
            )
        )

    def reply(self, call: Message, signature: str = "", args: tuple[Any, ...] = ()) -> None:
        self.send(
            Message(
                METHOD_RETURN,
                reply_serial=call.serial,
                destination=call.sender,
                signature=signature,
                body=args,
            )
        )

    def reply_error(self, call: Message, name: str, text: str) -> None:
        self.send(
            Message(
                ERROR,
                reply_serial=call.serial,
                destination=call.sender,
                error_name=name,
                signature="s",
                body=(text,),
            )
        )

    # --- receiving --------------------------------------------------------------------------

    def _receive(self) -> list[Message]:
        try:
            chunk = self._sock.recv(65536)
        except (BlockingIOError, TimeoutError):
            return []
        except OSError:
            chunk = b""
        if not chunk:
            self._lost()
            return []
        self._inbuf += chunk
        messages: list[Message] = []
        while True:
            try:
                found = decode(self._inbuf)
            except WireError:
                _LOGGER.warning("unreadable message from the session bus", exc_info=True)
                self._lost()
                return messages
            if found is None:
                return messages
            message, size = found
            self._inbuf = self._inbuf[size:]
            messages.append(message)

    def _readable(self) -> None:
        if not self.connected or not select.select([self._sock], [], [], 0)[0]:
            return  # read already, by call_sync
        for message in self._receive():
            self._dispatch(message)

    def _dispatch_queued(self) -> None:
        queued, self._queued = self._queued, []
        for message in queued:
            self._dispatch(message)

    def _dispatch(self, message: Message) -> None:
        if message.kind in (METHOD_RETURN, ERROR):
            callback = self._replies.pop(message.reply_serial, None)
            if callback is not None:
                callback(message)
        elif message.kind == SIGNAL:
            for rule, callback in list(self._matches.values()):
                if all(
                    getattr(message, key) == value
                    for key, value in rule.items()
                    if key in ("path", "interface", "member")
                ):
                    callback(message)
        elif message.kind == METHOD_CALL:
            if self.on_method is not None:
                self.on_method(message)
            elif not message.flags & NO_REPLY_EXPECTED:
                self.reply_error(
                    message, "org.freedesktop.DBus.Error.UnknownMethod", "nothing is served here"
                )

    def _lost(self) -> None:
        if not self.connected:
            return
        self.close()
        self.disconnected.emit()


def _rule_text(rule: dict[str, str]) -> str:
    return ",".join(f"{key}='{value}'" for key, value in {"type": "signal", **rule}.items())
