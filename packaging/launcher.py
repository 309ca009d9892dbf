"""The bundles' entry point: the same as ``python -m desktop`` (the window, or a task given by name)."""

from __future__ import annotations

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
