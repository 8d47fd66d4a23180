"""``python -m socialmap.cli``: the same as the ``socialmap`` command."""

import sys

from socialmap.cli import main

sys.exit(main())
