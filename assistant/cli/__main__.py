"""``python -m hearth.assistant.cli``."""

import sys

from hearth.assistant.cli.commands import main

sys.exit(main())
