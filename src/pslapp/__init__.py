"""pslapp: an encrypted, offline-first organising vault with sealed bundles."""

from importlib.metadata import PackageNotFoundError, version

try:
    # The one version number is pyproject.toml's; the installed metadata carries it (in a
    # frozen app too: the spec copies it).
    __version__ = version("pslapp")
except PackageNotFoundError:  # a source tree on sys.path without `pip install -e .`
    __version__ = "0+unknown"
