"""Bundles in the GUI: send changes, receive a bundle, and their shared wording."""
