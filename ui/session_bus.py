"""A connection to the D-Bus session bus on Qt's event loop, through jeepney.

jeepney (a dependency on Linux) writes and reads the messages and knows the
authentication; this module only drives the socket with Qt: it connects, authenticates
and says ``Hello`` without waiting for any answer (each is read when Qt says the socket
is readable, and ``ready`` says when calls can be made), matches replies to calls by
serial, and hands signals to those subscribed. Nothing here blocks the GUI thread:
the socket is non-blocking, and what the bus cannot take at once is written when it can.

QtDBus is not used: from Python it cannot write the ``a(sa{sv})`` the portal's
``BindShortcuts`` takes (``beginArray`` needs ``qDBusRegisterMetaType``, which PySide6
lacks). Callers see no jeepney types: replies come as (body, error), signals as
(member, body), a variant as jeepney writes it, ``(signature, value)``.

Each connection reads the address when it opens, so a test can start a private bus and
point ``DBUS_SESSION_BUS_ADDRESS`` at it first.
"""

from __future__ import annotations

import itertools
import logging
import os
import socket
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

try:
    from jeepney import (
        DBusAddress,
        HeaderFields,
        MatchRule,
        MessageFlag,
        MessageType,
        Parser,
        message_bus,
        new_method_call,
    )
    from jeepney.auth import BEGIN, AuthenticationError, Authenticator
    from jeepney.bus import get_connectable_addresses

    MISSING = ""
except ImportError as exc:  # jeepney is a dependency on Linux only
    MISSING = str(exc)

_LOGGER = logging.getLogger(__name__)


class BusError(Exception):
    """No bus, or an error reply: ``name`` is the D-Bus error name ('' for no bus)."""

    def __init__(self, name: str, text: str) -> None:
        super().__init__(f"{name}: {text}" if name else text)
        self.name = name
        self.text = text


Body = tuple[Any, ...]
Reply = Callable[[Body, BusError | None], None]
"""Gets a call's answer: its body, or the error the callee (or the bus) answered."""
SignalCallback = Callable[[str, Body], None]
"""Gets a signal's member name and body."""


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


class SessionBus(QObject):
    """One connection to the session bus. Raises ``BusError`` at once where there is
    no bus to connect to; ``ready`` is emitted once calls can be made, ``lost`` (with
    why) if the bus refuses the connection or goes away (not after ``close``)."""

    ready = Signal()
    lost = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if MISSING:
            raise BusError("", f"jeepney is not installed ({MISSING})")
        address = session_address()
        if not address:
            raise BusError("", "no session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
        self._sock = _connect(address)
        self.unique_name = ""
        """This connection's name on the bus ('' until ``ready``)."""
        self._auth = Authenticator()  # its first line starts with the NUL byte D-Bus wants
        self._parser = Parser()
        self._serials = itertools.count(1)
        self._replies: dict[int, Reply] = {}
        self._subscriptions: dict[int, tuple[Any, Any, SignalCallback]] = {}
        self._tokens = itertools.count(1)
        self._outbox = bytearray()
        self._reader = QSocketNotifier(self._sock.fileno(), QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self._readable)
        self._writer = QSocketNotifier(self._sock.fileno(), QSocketNotifier.Type.Write, self)
        self._writer.setEnabled(False)
        self._writer.activated.connect(self._flush)
        self._write(self._auth.data_to_send() or b"")

    @property
    def connected(self) -> bool:
        return self._sock.fileno() >= 0

    def close(self) -> None:
        if self.connected:
            self._reader.setEnabled(False)
            self._writer.setEnabled(False)
            self._sock.close()
        self._replies.clear()
        self._subscriptions.clear()

    # --- calls and signals ------------------------------------------------------------------

    def call(
        self,
        destination: str,
        path: str,
        interface: str,
        member: str,
        signature: str = "",
        body: Body = (),
        reply: Reply | None = None,
    ) -> None:
        """Call a method (once ``ready``); ``reply`` gets the answer from the event
        loop. Without ``reply`` no answer is asked for. On a closed connection nothing
        is sent and no answer comes."""
        address = DBusAddress(path, bus_name=destination, interface=interface)
        message = new_method_call(address, member, signature or None, body)
        if reply is None:
            message.header.flags |= MessageFlag.no_reply_expected
        self._send(message, reply)

    def subscribe(self, callback: SignalCallback, **rule: str) -> int:
        """Signals matching ``rule`` (sender, path, interface, member) go to
        ``callback``; returns a token for ``unsubscribe``. The bus is given the whole
        rule; here a signal is matched without its sender, which the bus names by
        its unique name, not the well-known one asked for."""
        token = next(self._tokens)
        at_bus = MatchRule(type="signal", **rule)
        here = MatchRule(type="signal", **{k: v for k, v in rule.items() if k != "sender"})
        self._subscriptions[token] = (at_bus, here, callback)
        self._send(_no_reply(message_bus.AddMatch(at_bus)))
        return token

    def unsubscribe(self, token: int) -> None:
        found = self._subscriptions.pop(token, None)
        if found is not None and self.connected:
            self._send(_no_reply(message_bus.RemoveMatch(found[0])))

    def _send(self, message: Any, reply: Reply | None = None) -> None:
        if not self.connected:
            return  # closed, or lost (and ``lost`` said so): nothing will answer
        serial = next(self._serials)
        if reply is not None:
            self._replies[serial] = reply
        self._write(message.serialise(serial=serial))

    # --- the socket -------------------------------------------------------------------------

    def _write(self, data: bytes) -> None:
        self._outbox += data
        self._flush()

    def _flush(self) -> None:
        try:
            while self._outbox:
                del self._outbox[: self._sock.send(self._outbox)]
        except BlockingIOError:
            pass  # the rest when the socket can take it
        except OSError as exc:
            self._lose(f"the session bus went away ({exc.strerror or exc})")
            return
        self._writer.setEnabled(bool(self._outbox))

    def _readable(self) -> None:
        try:
            data = self._sock.recv(65536)
        except BlockingIOError:
            return
        except OSError as exc:
            self._lose(f"the session bus went away ({exc.strerror or exc})")
            return
        if not data:
            self._lose("the session bus hung up")
        elif not self._auth.authenticated:
            self._authenticate(data)
        else:
            self._parser.add_data(data)
            try:
                messages = list(iter(self._parser.get_next_message, None))
            except Exception:  # whatever jeepney raises for what it cannot read
                _LOGGER.warning("unreadable message from the session bus", exc_info=True)
                self._lose("the session bus sent an unreadable message")
                return
            for message in messages:
                if self.connected:
                    self._dispatch(message)

    def _authenticate(self, data: bytes) -> None:
        try:
            self._auth.feed(data)
        except AuthenticationError as exc:
            self._lose(f"the session bus refused this program ({exc})")
            return
        if self._auth.authenticated:
            self._write(BEGIN)
            self._send(message_bus.Hello(), self._hello)

    def _hello(self, body: Body, error: BusError | None) -> None:
        if error is not None:
            self._lose(f"the session bus refused this program ({error})")
            return
        self.unique_name = str(body[0])
        self.ready.emit()

    def _dispatch(self, message: Any) -> None:
        header = message.header
        if header.message_type in (MessageType.method_return, MessageType.error):
            reply = self._replies.pop(header.fields.get(HeaderFields.reply_serial, -1), None)
            if reply is None:
                return
            if header.message_type is MessageType.error:
                text = message.body[0] if message.body and isinstance(message.body[0], str) else ""
                reply((), BusError(str(header.fields.get(HeaderFields.error_name, "")), text))
            else:
                reply(tuple(message.body), None)
        elif header.message_type is MessageType.signal:
            member = str(header.fields.get(HeaderFields.member, ""))
            for _, here, callback in list(self._subscriptions.values()):
                if here.matches(message):
                    callback(member, tuple(message.body))

    def _lose(self, why: str) -> None:
        if not self.connected:
            return
        _LOGGER.info("session bus: %s", why)
        self.close()
        self.lost.emit(why)


def _no_reply(message: Any) -> Any:
    message.header.flags |= MessageFlag.no_reply_expected
    return message


def _connect(address: str) -> socket.socket:
    """A non-blocking socket connected to the bus (a local socket answers at once)."""
    try:
        targets = list(get_connectable_addresses(address))
    except (RuntimeError, ValueError) as exc:
        raise BusError("", f"{address}: {exc}") from exc
    problems = []
    for target in targets:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.setblocking(False)
        try:
            sock.connect(target)
        except OSError as exc:
            sock.close()
            problems.append(f"{target.lstrip(chr(0))}: {exc.strerror or exc}")
            continue
        return sock
    raise BusError("", "; ".join(problems) or "no session bus address")
