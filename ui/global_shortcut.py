"""A shortcut to talk from anywhere on the desktop, where the desktop allows it.

- X11 (``xcb``): a passive key grab on the root window through python-xlib, if it is
  installed; held down, it talks, released, it stops (hold to talk, like Space).
- Wayland and others: only the desktop may hand out global shortcuts, through the XDG
  desktop portal's GlobalShortcuts interface (``portal_shortcut``): Hearth asks for the
  keys chosen in the settings, and the desktop binds them, or others, or none; its
  ``Activated`` and ``Deactivated`` are press and release.
- Neither (no portal, or one without GlobalShortcuts): the setting says the shortcut is
  not available, and to hold Space in the window instead.

``check_availability()`` says which, in words the settings page shows. Asking the portal
never holds up the window: its answer comes later, from the event loop; until then the
settings page says it is checking.
"""

from __future__ import annotations

import logging
import os
import select
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence

from .i18n import translate
from .portal_shortcut import MIN_VERSION, PortalCheck, PortalShortcut
from .session_bus import BusError

_LOGGER = logging.getLogger(__name__)

_QT_TO_KEYSYM = {"Space": "space", "Return": "Return", "Tab": "Tab", "Esc": "Escape"}
_QT_TO_XDG_MODIFIER = {"Ctrl": "CTRL", "Alt": "ALT", "Shift": "SHIFT", "Meta": "LOGO"}


@dataclass(frozen=True)
class Availability:
    backend: str
    """``x11``, ``portal`` or '' (none here)."""
    reason: str
    """Why not, in words ('' when available)."""


def check_availability(
    parent: QObject, answer: Callable[[Availability], None]
) -> Availability | None:
    """Where the shortcut can come from. What is known without asking the desktop's
    portal (X11 with python-xlib, or no session bus at all) is returned at once; else
    None, and ``answer`` gets it once the portal has answered, from the event loop (not
    after ``parent`` is gone: the question is its child)."""
    platform = QGuiApplication.platformName() if QGuiApplication.instance() else ""
    on_x11 = platform == "xcb" and bool(os.environ.get("DISPLAY"))
    if on_x11:
        try:
            import Xlib.display  # noqa: F401
        except ImportError:
            pass  # the portal, where the desktop has one, can still do it
        else:
            return Availability("x11", "")
    try:
        check = PortalCheck(parent)
    except BusError as exc:
        _LOGGER.debug("no session bus: %s", exc)
        return _portal_availability(None, on_x11)
    check.answered.connect(lambda version: answer(_portal_availability(version, on_x11)))
    return None


def _portal_availability(version: int | None, on_x11: bool) -> Availability:
    """What the portal's GlobalShortcuts version (None: no such interface) allows."""
    if version is not None and version >= MIN_VERSION:
        return Availability("portal", "")
    if version is not None:
        return Availability(
            "",
            translate(
                "global_shortcut",
                "Not available: your desktop's portal is too old for global shortcuts "
                "(GlobalShortcuts version {version}, Hearth needs {needed}). Hold Space in "
                "the Hearth window instead.",
            ).format(version=version, needed=MIN_VERSION),
        )
    if on_x11:
        return Availability(
            "",
            translate(
                "global_shortcut",
                "Not available: talking from anywhere on X11 needs python-xlib "
                "(pip install python-xlib).",
            ),
        )
    return Availability(
        "",
        translate(
            "global_shortcut",
            "Not available on this desktop: it lets no program listen for keys outside its "
            "own window. Hold Space in the Hearth window instead.",
        ),
    )


def x11_key(keys: str) -> tuple[str, set[str]] | None:
    """(keysym name, modifiers) of a Qt key sequence like 'Ctrl+Alt+Space'."""
    sequence = QKeySequence(keys)
    if sequence.isEmpty():
        return None
    parts = sequence.toString(QKeySequence.SequenceFormat.PortableText).split(",")[0].split("+")
    *mods, key = [p.strip() for p in parts if p.strip()] or [""]
    if not key:
        return None
    return _QT_TO_KEYSYM.get(key, key.lower() if len(key) == 1 else key), set(mods)


def portal_trigger(keys: str) -> str:
    """A Qt key sequence in the XDG shortcuts notation the portal takes as the
    preferred trigger: 'Ctrl+Alt+Space' -> 'CTRL+ALT+space' ('' if none)."""
    key = x11_key(keys)
    if key is None:
        return ""
    order = [m for m in _QT_TO_XDG_MODIFIER if m in key[1]]
    return "+".join([*(_QT_TO_XDG_MODIFIER[m] for m in order), key[0]])


class GlobalShortcut(QObject):
    """Emits ``held`` (True on press, False on release) for the global shortcut, and
    ``problem`` when the desktop's portal refuses it or ends it later."""

    held = Signal(bool)
    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._portal = PortalShortcut(self)
        self._portal.held.connect(self.held)
        self._portal.problem.connect(self.problem)
        self._note = ""
        self._generation = 0
        """Counts the stops: an answer to an earlier start is let go of."""

    @property
    def note(self) -> str:
        """What became of the shortcut, in words, for the settings page ('' when there
        is nothing to say beyond how to use it)."""
        return self._portal.note or self._note

    def start(self, keys: str) -> str:
        """Listen for ``keys``; '' when it works or was asked for (where the desktop's
        portal must be asked, it answers later, through ``problem`` and ``note``), else
        why not (in words)."""
        self.stop()
        generation = self._generation
        where = check_availability(self, lambda found: self._found(found, keys, generation))
        if where is not None:
            self._note = self._use(where, keys)
        return self._note

    def _found(self, where: Availability, keys: str, generation: int) -> None:
        if generation != self._generation:
            return  # stopped since
        self._note = self._use(where, keys)
        if self._note:
            self.problem.emit(self._note)

    def _use(self, where: Availability, keys: str) -> str:
        if not where.backend:
            return where.reason
        key = x11_key(keys)
        if key is None:
            return translate("global_shortcut", "Choose a key combination first.")
        if where.backend == "portal":
            return self._portal.start(
                portal_trigger(keys), translate("global_shortcut", "Hold to talk to Hearth")
            )
        try:
            grab = _X11Grab(key[0], key[1])
        except Exception as exc:  # an X error, a key the keyboard lacks
            _LOGGER.info("could not grab %s", keys, exc_info=True)
            return translate(
                "global_shortcut",
                "{keys} could not be taken ({reason}); another program may use it.",
            ).format(keys=keys, reason=exc)
        self._stop.clear()
        self._thread = threading.Thread(
            target=grab.run, args=(self._stop, self.held.emit), name="hearth-hotkey", daemon=True
        )
        self._thread.start()
        return ""

    def stop(self) -> None:
        self._generation += 1
        self._portal.stop()
        self._portal.note = self._note = ""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None


class _X11Grab:
    """A passive grab of one key combination on the root window (python-xlib)."""

    def __init__(self, keysym_name: str, modifiers: set[str]) -> None:
        from Xlib import XK, X
        from Xlib.display import Display

        self.display: Any = Display()
        self.root = self.display.screen().root
        keysym = XK.string_to_keysym(keysym_name)
        self.keycode = self.display.keysym_to_keycode(keysym)
        if not self.keycode:
            raise ValueError(f"no key {keysym_name} on this keyboard")
        names = {"Ctrl": X.ControlMask, "Alt": X.Mod1Mask, "Shift": X.ShiftMask, "Meta": X.Mod4Mask}
        self.mask = 0
        for name in modifiers:
            self.mask |= names.get(name, 0)
        # The same grab with Num Lock and Caps Lock on or off.
        for extra in (0, X.LockMask, X.Mod2Mask, X.LockMask | X.Mod2Mask):
            self.root.grab_key(
                self.keycode, self.mask | extra, True, X.GrabModeAsync, X.GrabModeAsync
            )
        self.display.sync()

    def run(self, stop: threading.Event, held: Any) -> None:
        from Xlib import X

        down = False
        try:
            while not stop.is_set():
                ready, _, _ = select.select([self.display.fileno()], [], [], 0.2)
                if not ready and not self.display.pending_events():
                    continue
                while self.display.pending_events():
                    event = self.display.next_event()
                    if event.type == X.KeyPress and not down:
                        down = True
                        held(True)
                    elif event.type == X.KeyRelease and down:
                        if self._repeats(event):
                            continue
                        down = False
                        held(False)
        finally:
            if down:
                held(False)
            self.root.ungrab_key(self.keycode, X.AnyModifier)
            self.display.close()

    def _repeats(self, release: Any) -> bool:
        """A release followed at once by a press of the same key is auto-repeat."""
        from Xlib import X

        if not self.display.pending_events():
            return False
        return bool(self.display.next_event().type == X.KeyPress)
