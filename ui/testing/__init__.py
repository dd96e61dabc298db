"""Test doubles for the desktop app that ship in the package (they use Qt, so they live
here and not in ``hearth.assistant.testing``): ``fake_portal``, a stand-in XDG portal."""
