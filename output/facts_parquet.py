"""Registry entry ``parquet``: the facts table as ``facts.parquet`` (see :mod:`output.facts`; needs pyarrow)."""

from __future__ import annotations

from .facts import write_parquet as write

__all__ = ["write"]
