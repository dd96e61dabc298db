"""The shortcut to talk through the XDG desktop portal's GlobalShortcuts interface, where
the desktop (Wayland above all) lets no program listen for keys itself.

The exchange, as the portal's specification has it: ``CreateSession`` and then
``BindShortcuts``, each answered by a ``Response`` signal on a Request object whose path
the caller can tell beforehand (``request_path``): the answer is subscribed to before
each call, so it cannot come first and be missed. The desktop may show a dialog for
the binding, choose other keys than those asked for, or be told no by the user.
Once bound, ``Activated`` and ``Deactivated`` say when the keys are pressed and
released: hold to talk, as with Space in the window. Turning the setting off closes
the session; the desktop may close it too (``Session.Closed``).

What happened is kept in words (``note``), for the settings page; a problem is also
emitted (``problem``), for a banner. Whether the portal has the interface at all is
asked without waiting too (``PortalCheck``): nothing here holds up the window.

The messages go through ``session_bus`` (jeepney on Qt's event loop), where an ``a{sv}``
value is a ``(signature, value)`` pair (``variants``, ``plain``).
"""

from __future__ import annotations

import itertools
import logging
import os
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from .i18n import translate
from .session_bus import Body, BusError, SessionBus

_LOGGER = logging.getLogger(__name__)

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
REQUEST = "org.freedesktop.portal.Request"
SESSION = "org.freedesktop.portal.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"
SHORTCUT_ID = "talk"
MIN_VERSION = 1
"""Version 1 has all this uses (version 2 adds ConfigureShortcuts)."""
CHECK_TIMEOUT_MS = 10_000
"""How long the portal may take to say its version (it may be started for the question)."""

_tokens = itertools.count(1)


def _escaped(unique_name: str) -> str:
    return unique_name.lstrip(":").replace(".", "_")


def request_path(unique_name: str, token: str) -> str:
    """Where the portal puts the Request of a call made with ``handle_token``."""
    return f"{PORTAL_PATH}/request/{_escaped(unique_name)}/{token}"


def session_path(unique_name: str, token: str) -> str:
    return f"{PORTAL_PATH}/session/{_escaped(unique_name)}/{token}"


def variants(values: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Strings as the ``a{sv}`` options the portal takes (a variant is written as
    ``(signature, value)``)."""
    return {key: ("s", value) for key, value in values.items()}


def plain(values: dict[str, Any]) -> dict[str, Any]:
    """An ``a{sv}`` as read, ``{name: (signature, value)}``, without the signatures."""
    return {key: value[1] for key, value in values.items()}


class PortalCheck(QObject):
    """Asks the desktop's portal for the GlobalShortcuts interface's version without
    waiting: ``answered`` carries it (0 if the portal says none), or None without the
    interface (no portal, a portal without it, or no answer in time). Where there is
    no session bus at all this is known at once: the constructor raises ``BusError``.
    Answers once, then deletes itself."""

    answered = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done = False
        self._bus = SessionBus(self)
        self._bus.ready.connect(self._ask)
        self._bus.lost.connect(lambda why: self._answer(None))
        QTimer.singleShot(CHECK_TIMEOUT_MS, self, lambda: self._answer(None))

    def _ask(self) -> None:
        self._bus.call(
            PORTAL, PORTAL_PATH, PROPERTIES, "Get", "ss", (SHORTCUTS, "version"), self._replied
        )

    def _replied(self, body: Body, error: BusError | None) -> None:
        if error is not None:
            _LOGGER.debug("no GlobalShortcuts portal: %s", error)
            self._answer(None)
            return
        value = body[0][1] if body and isinstance(body[0], tuple) else None
        self._answer(value if isinstance(value, int) else 0)

    def _answer(self, version: int | None) -> None:
        if self._done:
            return
        self._done = True
        self._bus.close()
        self.answered.emit(version)
        self.deleteLater()


class PortalShortcut(QObject):
    """One GlobalShortcuts session with one shortcut, ``talk``. ``held`` is True while
    the desktop says it is pressed."""

    held = Signal(bool)
    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.note = ""
        """What became of the shortcut, in words ('' before anything was asked)."""
        self.bound = False
        self.session = ""
        self._bus: SessionBus | None = None
        self._down = False

    def start(self, trigger: str, description: str) -> str:
        """Ask the desktop for the shortcut (``trigger`` in the XDG shortcuts notation,
        'CTRL+ALT+space'); '' when asked (the answer comes later), else why not."""
        self.stop()
        try:
            bus = SessionBus(parent=self)
        except BusError as exc:
            return self._fail(self._unreachable(exc.text), emit=False)
        self._bus = bus
        bus.ready.connect(self._create_session)
        bus.lost.connect(self._bus_lost)
        self._trigger, self._description = trigger, description
        self.note = translate(
            "global_shortcut", "Asking your desktop for the shortcut; it may show a dialog."
        )
        return ""

    def stop(self) -> None:
        """Let go of the shortcut: a held one is released, the session closed."""
        self._release()
        bus, self._bus = self._bus, None
        if bus is not None:
            if self.session:  # (where the bus is gone, the session went with it)
                bus.call(PORTAL, self.session, SESSION, "Close")
            bus.close()
            bus.deleteLater()
        self.session = ""
        self.bound = False

    # --- the exchange -----------------------------------------------------------------------

    def _token(self) -> str:
        return f"hearth_{os.getpid()}_{next(_tokens)}"

    def _create_session(self) -> None:
        assert self._bus is not None
        self._bus.subscribe(
            self._shortcut_signal, sender=PORTAL, path=PORTAL_PATH, interface=SHORTCUTS
        )
        token, session_token = self._token(), self._token()
        options = variants({"handle_token": token, "session_handle_token": session_token})
        self._request("CreateSession", "a{sv}", (options,), token, self._session_created)

    def _request(self, method: str, signature: str, args: Body, token: str, answered: Any) -> None:
        """Call a portal method that answers with a Request's Response, listening for
        the Response first."""
        bus = self._bus
        assert bus is not None
        expected = request_path(bus.unique_name, token)
        rule = {"sender": PORTAL, "interface": REQUEST, "member": "Response"}
        listening: list[int] = []

        def respond(member: str, body: Body) -> None:
            if self._bus is not bus:
                return  # an answer for a session let go of since
            self._unlisten(listening)
            code = body[0] if body else 2
            answered(int(code), plain(body[1]) if len(body) > 1 else {})

        def replied(body: Body, error: BusError | None) -> None:
            if self._bus is not bus:
                return
            if error is not None:
                self._fail(self._words_for_bus_error(error))
                return
            path = body[0] if body else expected
            if path != expected and listening:  # portals before 0.9 chose the path
                self._unlisten(listening)
                listening.append(bus.subscribe(respond, path=path, **rule))

        listening.append(bus.subscribe(respond, path=expected, **rule))
        bus.call(PORTAL, PORTAL_PATH, SHORTCUTS, method, signature, args, replied)

    def _unlisten(self, tokens: list[int]) -> None:
        while tokens:
            token = tokens.pop()
            if self._bus is not None:
                self._bus.unsubscribe(token)

    def _session_created(self, code: int, results: dict[str, Any]) -> None:
        if code != 0:
            self._refused(code)
            return
        self.session = str(results.get("session_handle", ""))
        if not self.session:
            self._fail(translate("global_shortcut", "Your desktop made no shortcut session."))
            return
        assert self._bus is not None
        self._bus.subscribe(
            self._session_closed,
            sender=PORTAL,
            path=self.session,
            interface=SESSION,
            member="Closed",
        )
        token = self._token()
        wanted = {"description": self._description}
        if self._trigger:
            wanted["preferred_trigger"] = self._trigger
        self._request(
            "BindShortcuts",
            "oa(sa{sv})sa{sv}",
            (
                self.session,
                [(SHORTCUT_ID, variants(wanted))],
                "",
                variants({"handle_token": token}),
            ),
            token,
            self._shortcuts_bound,
        )

    def _shortcuts_bound(self, code: int, results: dict[str, Any]) -> None:
        if code != 0:
            self._refused(code)
            return
        ours = [plain(props) for sid, props in results.get("shortcuts", []) if sid == SHORTCUT_ID]
        if not ours:
            self._fail(
                translate(
                    "global_shortcut",
                    "Your desktop did not bind the shortcut. Turn the setting off and on "
                    "again to be asked again, or hold Space in the Hearth window.",
                )
            )
            return
        self.bound = True
        trigger = str(ours[0].get("trigger_description", "")).strip()
        if trigger:
            self.note = translate(
                "global_shortcut", "Bound by your desktop as {trigger}. Hold it while you speak."
            ).format(trigger=trigger)
        else:
            self.note = translate(
                "global_shortcut",
                "Your desktop took the shortcut but did not say which keys start it: choose "
                "them in your desktop's keyboard shortcut settings (look for Hearth).",
            )

    def _refused(self, code: int) -> None:
        if code == 1:
            self._fail(
                translate(
                    "global_shortcut",
                    "You declined the shortcut in your desktop's dialog. Turn the setting off "
                    "and on again to be asked again.",
                )
            )
        else:
            self._fail(
                translate(
                    "global_shortcut",
                    "Your desktop could not bind the shortcut. Hold Space in the Hearth window "
                    "instead.",
                )
            )

    def _session_closed(self, member: str, body: Body) -> None:
        self._release()
        self.session = ""  # closed already: nothing to close on stop
        self.bound = False
        self._fail(
            translate(
                "global_shortcut",
                "Your desktop ended the shortcut. Turn the setting off and on again to bind "
                "it again.",
            )
        )

    def _shortcut_signal(self, member: str, body: Body) -> None:
        if member not in ("Activated", "Deactivated") or len(body) < 2:
            return
        session, shortcut = body[0], body[1]
        if session != self.session or shortcut != SHORTCUT_ID or not self.bound:
            return
        if member == "Activated" and not self._down:
            self._down = True
            self.held.emit(True)
        elif member == "Deactivated":
            self._release()

    def _release(self) -> None:
        if self._down:
            self._down = False
            self.held.emit(False)

    def _bus_lost(self, why: str) -> None:
        bus = self._bus
        self._release()
        self.session = ""  # gone with the connection: nothing to close
        self.bound = False
        if bus is not None and not bus.unique_name:  # refused before any call
            self._fail(self._unreachable(why))
            return
        self._fail(
            translate(
                "global_shortcut",
                "The connection to your desktop's session bus was lost; the shortcut no "
                "longer works until Hearth starts again.",
            )
        )

    def _unreachable(self, why: str) -> str:
        return translate("global_shortcut", "The session bus cannot be reached ({reason}).").format(
            reason=why
        )

    # --- words ------------------------------------------------------------------------------

    def _words_for_bus_error(self, exc: BusError) -> str:
        _LOGGER.info("the GlobalShortcuts portal answered %s", exc)
        if exc.name.endswith(("ServiceUnknown", "UnknownMethod", "UnknownInterface")):
            return translate(
                "global_shortcut",
                "Your desktop's portal does not offer global shortcuts. Hold Space in the "
                "Hearth window instead.",
            )
        return translate(
            "global_shortcut", "Your desktop's portal refused the shortcut ({reason})."
        ).format(reason=exc.text or exc.name)

    def _fail(self, words: str, emit: bool = True) -> str:
        """Give up on the shortcut (the session closed, if there is one), saying why."""
        self.stop()
        self.note = words
        if emit:
            self.problem.emit(words)
        return words
