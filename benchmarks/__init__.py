"""Benchmarks and evaluations: `python -m benchmarks.<name>` prints figures; nothing here is a unit test."""
