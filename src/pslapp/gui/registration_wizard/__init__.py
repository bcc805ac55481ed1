"""Importing a registration list into an event, step by step: file and columns, bad rows,
possible duplicates, then the import itself off the UI thread."""
