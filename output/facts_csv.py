"""Registry entry ``csv``: the facts table as ``facts.csv`` (see :mod:`output.facts`)."""

from __future__ import annotations

from .facts import write_csv as write

__all__ = ["write"]
