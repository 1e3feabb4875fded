"""`python -m pipeline` is the same command as `kenmerk`."""

import sys

from pipeline.cli import main

sys.exit(main())
