"""Benchmarks of pslapp at 10 000 and 100 000 people, each figure against its floor: the
fastest the same machine does the same work with the same libraries. `python -m
benchmarks.run` (or `make bench`); see docs/benchmarks.md."""
