"""Entry point of the frozen desktop app (the `pslapp` gui-script of pyproject.toml)."""

from pslapp.app import main

raise SystemExit(main())
