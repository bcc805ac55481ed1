"""Domain types, validation, clocks and merge rules. Pure Python: no I/O, no Qt."""
