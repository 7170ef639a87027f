"""The shape of a value as JSON: what a unit dumps to, what the engine compares, and what reports print."""

from __future__ import annotations

Json = dict[str, "Json"] | list["Json"] | str | int | float | bool | None
"""Any JSON value."""
JsonObject = dict[str, Json]
"""A JSON object: a unit as dumped (`model_dump(mode="json")`), its meaning, its provenance."""
