"""``python -m rihai.cli``: the ``rihai`` command, where the console script is not on PATH."""

from . import main

main()
