"""``python -m hearth.assistant.cli``."""

import sys

from hearth.assistant.cli.main import main

sys.exit(main())
