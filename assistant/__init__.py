"""Hearth core: a private, offline voice assistant.

The core never imports Qt. The desktop app (``hearth.ui``) and the command line
(``hearth.assistant.cli``) both drive it through the same objects.
"""

__version__ = "0.1.0"
APP_NAME = "hearth"
