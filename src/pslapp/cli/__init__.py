"""`pslapp-cli`: the command line over the services, for scripts, tests and the terminal."""
