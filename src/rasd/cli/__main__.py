"""`python -m rasd.cli` runs the `rasd` command."""

from rasd.cli import main

main()
