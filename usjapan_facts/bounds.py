"""The model's numeric bounds, in a module of their own: the cheap re-check of recorded content reads
them without importing the models (and pydantic)."""

# Bounds far beyond any figure the brief could state, so that nonsense is refused, not computed with.
MAX_COUNT = 10**9
MAX_DOLLARS = 10**15
MAX_RANK = 1000
MAX_MEASURE = 10**6

TOP_RANKS = 10
"""The widest reading of `among_top` ("a top source"), which states no position: somewhere in the top ten."""
