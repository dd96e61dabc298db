"""The window's language changed while it is open: the texts on screen that came from
``translate`` are found by what they say now (``i18n.again``) and set again in the new
language: buttons, labels, tooltips, screen-reader names, placeholders, menus, tabs and
lists of choices. Texts with something filled in ("Settings saved to …"), the
conversation and the banners already shown keep their language; all that is made
afterwards is in the new one."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QSystemTrayIcon,
    QTabWidget,
    QWidget,
)

from .i18n import again


def retranslate(root: QObject, keep: tuple[type, ...] = ()) -> int:
    """Set the texts of ``root`` and of all in it again; objects of the ``keep`` types,
    and all in them, are left as they are. Returns how many texts changed."""
    changed = [0]

    def fix(get: Callable[[], str], put: Callable[[str], object]) -> None:
        old = get()
        new = again(old) if old else old
        if new != old:
            put(new)
            changed[0] += 1

    def walk(obj: QObject) -> None:
        if isinstance(obj, keep):
            return
        if isinstance(obj, QWidget):
            fix(obj.toolTip, obj.setToolTip)
            fix(obj.accessibleName, obj.setAccessibleName)
            fix(obj.accessibleDescription, obj.setAccessibleDescription)
            if obj.isWindow():
                fix(obj.windowTitle, obj.setWindowTitle)
        if isinstance(obj, (QAbstractButton, QLabel, QAction)):
            fix(obj.text, obj.setText)
        if isinstance(obj, QLineEdit):
            fix(obj.placeholderText, obj.setPlaceholderText)
        if isinstance(obj, QSystemTrayIcon):
            fix(obj.toolTip, obj.setToolTip)
        if isinstance(obj, QComboBox):
            for i in range(obj.count()):
                fix(partial(obj.itemText, i), partial(obj.setItemText, i))
        if isinstance(obj, QTabWidget):
            for i in range(obj.count()):
                fix(partial(obj.tabText, i), partial(obj.setTabText, i))
        for child in obj.children():
            walk(child)

    walk(root)
    return changed[0]
