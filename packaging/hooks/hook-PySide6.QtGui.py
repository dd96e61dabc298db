# Replaces PyInstaller's hook for PySide6.QtGui: the same Qt plugins, less those a desktop
# window never uses, so that the libraries they pull in stay out of the bundle too.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

UNUSED_PLUGINS = (
    "platformthemes/libqgtk3",  # GTK's look: would bring GTK, Cairo, Pango, ATK
    "egldeviceintegrations/",  # full-screen Qt on a bare framebuffer (kiosks)
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
    "platforms/libqminimalegl",
)
binaries = [b for b in binaries if not any(p in b[0].replace("\\", "/") for p in UNUSED_PLUGINS)]
