"""The ``assistant`` command: the parser and dispatch (commands) and one module per
larger command."""

from hearth.assistant.cli.commands import main

__all__ = ["main"]
