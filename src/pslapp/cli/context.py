"""What every command gets: the parsed arguments and a way to open the vault once."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeAlias

from pslapp.cli import passphrase
from pslapp.services.vault import Vault, check_vault_files, default_vault_dir, open_vault

# What `add_subparsers` returns; each command module registers its commands on it.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


@dataclass
class Context:
    args: argparse.Namespace
    _vault: Vault | None = field(default=None, init=False)

    @property
    def folder(self) -> Path:
        return Path(self.args.vault) if self.args.vault else default_vault_dir()

    @property
    def passphrase_file(self) -> Path | None:
        return Path(self.args.passphrase_file) if self.args.passphrase_file else None

    def vault(self) -> Vault:
        if self._vault is None:
            check_vault_files(self.folder)  # before asking for a passphrase
            self._vault = open_vault(self.folder, passphrase.current(self.passphrase_file))
            if self._vault.permissions_fixed:
                fixed = ", ".join(self._vault.permissions_fixed)
                print(f"note: others could read {fixed}; made private again", file=sys.stderr)
        return self._vault

    def close(self) -> None:
        if self._vault is not None:
            self._vault.lock()
            self._vault = None
