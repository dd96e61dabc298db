"""The Qt desktop app (``assistant`` with no arguments opens it).

The core (``hearth.assistant``) never imports this package or Qt; the window reaches the
core through ``session.Session`` and receives the core's events through ``bridge``.
"""
