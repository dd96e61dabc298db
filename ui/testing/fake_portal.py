"""A stand-in for the desktop's XDG portal, GlobalShortcuts only, on a private session
bus: the desktop app's global shortcut is tested against it through real D-Bus messages.

    with PrivateBus() as bus, FakePortal(bus.address, trigger_description="Alt+F9") as portal:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = bus.address
        ...                              # the app binds its shortcut
        portal.calls()                   # what it was asked: [{"method": ..., ...}]
        portal.press("talk"); portal.release("talk")

The portal runs in a process of its own (``python -m hearth.ui.testing.fake_portal``), as
the real one does, on jeepney's blocking connection (a loop answering each call in
turn; the test's side calls it the same way), and behaves as its specification says:
each method that answers through a Request replies with the Request's path (from the
caller's unique name and its ``handle_token``) and then emits ``Response`` on it;
``Session.Close`` closes.
How it answers is chosen when it starts: the interface's version (or no answer at all
to that question, ``silent``), the user cancelling the binding (response 1), the
trigger description it gives back (none, if '').
The test drives it through methods of its own (``org.hearth.testing.FakePortal``):
``Press``/``Release`` emit ``Activated``/``Deactivated``, ``EndSession`` closes the
session from the desktop's side (``Session.Closed``), ``Calls`` lists what it was asked.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from hearth.ui.portal_shortcut import (
    PORTAL,
    PORTAL_PATH,
    PROPERTIES,
    REQUEST,
    SESSION,
    SHORTCUTS,
    plain,
    request_path,
    session_path,
)
from jeepney import (
    DBusAddress,
    DBusNameFlags,
    HeaderFields,
    Message,
    MessageType,
    message_bus,
    new_error,
    new_method_call,
    new_method_return,
    new_signal,
)
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import unwrap_msg

CONTROL = "org.hearth.testing.FakePortal"

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def unavailable() -> str:
    """Why these cannot run here ('' when they can)."""
    if shutil.which("dbus-daemon") is None:
        return "dbus-daemon is not installed (apt install dbus)"
    return ""


class PrivateBus:
    """A session bus of its own (dbus-daemon), with no services to start on demand, so
    nothing of the machine's desktop answers on it."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="hearth-bus-"))
        self.address = f"unix:path={self.folder / 'bus'}"
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> PrivateBus:
        config = self.folder / "bus.conf"
        config.write_text(_BUS_CONFIG.format(socket=self.folder / "bus"))
        self._process = subprocess.Popen(
            ["dbus-daemon", "--nofork", f"--config-file={config}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 10
        while not (self.folder / "bus").exists():
            if self._process.poll() is not None or time.monotonic() > deadline:
                error = self._process.stderr.read() if self._process.stderr else b""
                self.__exit__(None, None, None)
                raise RuntimeError(f"dbus-daemon did not start: {error.decode(errors='replace')}")
            time.sleep(0.02)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=5)
            if self._process.stderr:
                self._process.stderr.close()
            self._process = None
        shutil.rmtree(self.folder, ignore_errors=True)


class FakePortal:
    """The fake portal's process, and the test's side of it (its own connection)."""

    def __init__(
        self,
        address: str,
        version: int = 1,
        cancel: bool = False,
        trigger_description: str = "Ctrl+Alt+Space",
        silent: bool = False,
    ) -> None:
        self.address = address
        self.args = [
            f"--version={version}",
            f"--trigger-description={trigger_description}",
            *(["--cancel"] if cancel else []),
            *(["--silent"] if silent else []),
        ]
        self._process: subprocess.Popen[str] | None = None
        self._bus: DBusConnection | None = None

    def __enter__(self) -> FakePortal:
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address}
        self._process = subprocess.Popen(
            [sys.executable, "-m", "hearth.ui.testing.fake_portal", *self.args],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()  # "ready" once the name is its
        if line.strip() != "ready":
            self.__exit__(None, None, None)
            raise RuntimeError(f"the fake portal did not start ({line!r})")
        self._bus = open_dbus_connection(self.address)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._bus is not None:
            self._bus.close()
            self._bus = None
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=5)
            if self._process.stdout:
                self._process.stdout.close()
            self._process = None

    def _control(self, method: str, signature: str = "", args: tuple[Any, ...] = ()) -> Any:
        assert self._bus is not None, "use the FakePortal in a with block"
        address = DBusAddress(PORTAL_PATH, bus_name=PORTAL, interface=CONTROL)
        call = new_method_call(address, method, signature or None, args)
        return unwrap_msg(self._bus.send_and_get_reply(call, timeout=5))

    def calls(self) -> list[dict[str, Any]]:
        """What the portal was asked, in order (method, and its arguments by name)."""
        return list(json.loads(self._control("Calls")[0]))

    def press(self, shortcut: str) -> None:
        self._control("Press", "s", (shortcut,))

    def release(self, shortcut: str) -> None:
        self._control("Release", "s", (shortcut,))

    def end_session(self) -> None:
        self._control("EndSession")


# --- the portal's side (its own process) ---------------------------------------------------


class _Portal:
    def __init__(self, bus: DBusConnection, options: argparse.Namespace) -> None:
        self.bus = bus
        self.options = options
        self.calls: list[dict[str, Any]] = []
        self.sessions: dict[str, str] = {}  # session path -> its owner's unique name
        self.bound: dict[str, list[str]] = {}  # session path -> shortcut ids

    def serve(self) -> None:
        """Answer calls until the bus goes away."""
        while True:
            try:
                message = self.bus.receive()
            except OSError:
                return
            if message.header.message_type is MessageType.method_call:
                self.handle(message)

    def handle(self, call: Message) -> None:
        fields = call.header.fields
        interface, member = fields.get(HeaderFields.interface), fields[HeaderFields.member]
        try:
            if (interface, member) == (PROPERTIES, "Get"):
                self.get_property(call)
            elif (interface, member) == (PROPERTIES, "GetAll"):
                self.reply(call, "a{sv}", ({"version": ("u", self.options.version)},))
            elif (interface, member) == (SHORTCUTS, "CreateSession"):
                self.create_session(call)
            elif (interface, member) == (SHORTCUTS, "BindShortcuts"):
                self.bind_shortcuts(call)
            elif (interface, member) == (SESSION, "Close"):
                self.close_session(call)
            elif interface == CONTROL:
                self.control(call, member)
            else:
                self.error(
                    call, "org.freedesktop.DBus.Error.UnknownMethod", f"no {interface}.{member}"
                )
        except (KeyError, ValueError, IndexError, TypeError) as exc:
            self.error(call, "org.freedesktop.DBus.Error.InvalidArgs", str(exc))

    # --- what it sends ----------------------------------------------------------------------

    def reply(self, call: Message, signature: str = "", body: tuple[Any, ...] = ()) -> None:
        if not call.header.flags & 1:  # NO_REPLY_EXPECTED
            self.bus.send(new_method_return(call, signature or None, body))

    def error(self, call: Message, name: str, text: str) -> None:
        self.bus.send(new_error(call, name, "s", (text,)))

    def emit(
        self, to: str, path: str, interface: str, member: str, signature: str, body: tuple[Any, ...]
    ) -> None:
        """A signal for one connection (``to``), as the portal sends its own."""
        signal = new_signal(DBusAddress(path, interface=interface), member, signature, body)
        signal.header.fields[HeaderFields.destination] = to
        self.bus.send(signal)

    # --- the portal -------------------------------------------------------------------------

    def get_property(self, call: Message) -> None:
        interface, name = call.body
        if self.options.silent:
            return  # a portal that never answers: the app must not wait for it
        if interface != SHORTCUTS or name != "version":
            self.error(call, "org.freedesktop.DBus.Error.UnknownProperty", f"no {interface}.{name}")
            return
        self.reply(call, "v", (("u", self.options.version),))

    def _request(self, call: Message, options: dict[str, Any]) -> str:
        path = request_path(_sender(call), str(options["handle_token"]))
        self.reply(call, "o", (path,))
        return path

    def _respond(self, call: Message, path: str, code: int, results: dict[str, Any]) -> None:
        self.emit(_sender(call), path, REQUEST, "Response", "ua{sv}", (code, results))

    def create_session(self, call: Message) -> None:
        options = plain(call.body[0])
        self.calls.append({"method": "CreateSession", "options": options})
        path = self._request(call, options)
        session = session_path(_sender(call), str(options["session_handle_token"]))
        self.sessions[session] = _sender(call)
        self._respond(call, path, 0, {"session_handle": ("s", session)})

    def bind_shortcuts(self, call: Message) -> None:
        session, shortcuts, parent_window, options = call.body
        shortcuts = [(sid, plain(props)) for sid, props in shortcuts]
        options = plain(options)
        self.calls.append(
            {
                "method": "BindShortcuts",
                "session": session,
                "shortcuts": [[sid, props] for sid, props in shortcuts],
                "parent_window": parent_window,
                "options": options,
            }
        )
        if self.sessions.get(session) != _sender(call):
            self.error(call, "org.freedesktop.portal.Error.NotAllowed", "not your session")
            return
        path = self._request(call, options)
        if self.options.cancel:
            self._respond(call, path, 1, {})
            return
        bound = []
        for sid, props in shortcuts:
            given = {"description": ("s", props.get("description", ""))}
            if self.options.trigger_description:
                given["trigger_description"] = ("s", self.options.trigger_description)
            bound.append((sid, given))
        self.bound[session] = [sid for sid, _ in bound]
        self._respond(call, path, 0, {"shortcuts": ("a(sa{sv})", bound)})

    def close_session(self, call: Message) -> None:
        session = call.header.fields[HeaderFields.path]
        self.calls.append({"method": "Close", "session": session})
        self.sessions.pop(session, None)
        self.bound.pop(session, None)
        self.reply(call)

    def control(self, call: Message, member: str) -> None:
        if member == "Calls":
            self.reply(call, "s", (json.dumps(self.calls),))
            return
        if member in ("Press", "Release"):
            (shortcut,) = call.body
            signal = "Activated" if member == "Press" else "Deactivated"
            for session, owner in self.sessions.items():
                if shortcut in self.bound.get(session, []):
                    stamp = int(time.monotonic() * 1000)
                    body: tuple[Any, ...] = (session, shortcut, stamp, {})
                    self.emit(owner, PORTAL_PATH, SHORTCUTS, signal, "osta{sv}", body)
        elif member == "EndSession":
            for session, owner in list(self.sessions.items()):
                self.emit(owner, session, SESSION, "Closed", "a{sv}", ({},))
                self.sessions.pop(session)
                self.bound.pop(session, None)
        self.reply(call)


def _sender(call: Message) -> str:
    return str(call.header.fields[HeaderFields.sender])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else "")
    parser.add_argument("--version", type=int, default=1)
    parser.add_argument("--cancel", action="store_true")
    parser.add_argument("--silent", action="store_true", help="never say the version")
    parser.add_argument("--trigger-description", default="Ctrl+Alt+Space")
    options = parser.parse_args(argv)
    try:
        bus = open_dbus_connection(os.environ["DBUS_SESSION_BUS_ADDRESS"])
        request = message_bus.RequestName(PORTAL, DBusNameFlags.do_not_queue)
        (result,) = unwrap_msg(bus.send_and_get_reply(request, timeout=5))
    except (KeyError, OSError, ValueError) as exc:
        print(f"no bus: {exc}", flush=True)
        return 1
    if result != 1:
        print(f"{PORTAL} is taken", flush=True)
        return 1
    print("ready", flush=True)
    _Portal(bus, options).serve()
    return 0


if __name__ == "__main__":
    sys.exit(main())
