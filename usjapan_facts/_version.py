"""The package version and the snapshot schema version, importable without pydantic (`list` needs both)."""

__version__ = "0.1.0"
SCHEMA_VERSION = 2
"""The shape of a snapshot file this release writes; older ones are migrated on load."""
