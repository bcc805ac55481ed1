"""pslapp: an encrypted, offline-first organising vault with sealed bundles."""

__version__ = "0.1.0"
