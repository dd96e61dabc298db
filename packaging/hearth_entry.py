"""What the packaged app runs: the same ``assistant`` command as a source install.

With no arguments it opens the desktop window; ``hearth doctor``, ``hearth self-test``
and every other command work as ``assistant ...`` does.
"""

import sys

from hearth.assistant.cli import main

if __name__ == "__main__":
    if sys.argv[1:2] == ["--skill-worker"]:  # a third-party skill's own process
        from hearth.assistant.hosting.worker import main as worker_main

        sys.exit(worker_main(sys.argv[2:]))
    sys.exit(main())
