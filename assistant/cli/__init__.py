"""The ``assistant`` command: the parser and dispatch (main) and one module per
larger command."""

from hearth.assistant.cli.main import main

__all__ = ["main"]
