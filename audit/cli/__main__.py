"""`python -m audit.cli`: the same as the `audit` command."""

from audit.cli import main

main()
