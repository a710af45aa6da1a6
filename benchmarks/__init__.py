"""Build benchmarks: a deterministic corpus generator (``corpus``) and a timing harness (``run``).

See ``benchmarks/README.md`` for how to run them and what the numbers mean.
"""
