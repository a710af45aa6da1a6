"""``python -m sitegen`` works like the ``sitegen`` command."""

import sys

from sitegen.cli import main

sys.exit(main())
