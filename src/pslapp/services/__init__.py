"""Use cases over the vault. No Qt here: the CLI and the GUI both call these."""
