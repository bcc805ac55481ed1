"""Entry point of the frozen command line (the `pslapp-cli` script of pyproject.toml)."""

from pslapp.cli.main import main

raise SystemExit(main())
