"""``python -m crosstally.cli``: the same as the ``crosstally`` command."""

from . import main

main()
