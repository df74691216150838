"""Load the lexicons in ``extract/lexicons/`` (data files, one entry a line).

Lines starting with ``#`` are comments (the first names the file's source).
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("extract").joinpath("lexicons").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> tuple[str, ...]:
    """A one-column lexicon, longest entries first (for regex alternations)."""
    return tuple(sorted(set(_lines(name)), key=lambda w: (-len(w), w)))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated lexicon as rows of fields."""
    return tuple(tuple(line.split("\t")) for line in _lines(name))


def alternation(name: str) -> str:
    """A regex alternation of a lexicon's words, longest first."""
    import re

    return "|".join(re.escape(w) for w in words(name))


def lexicon_names() -> list[str]:
    return sorted(p.name for p in resources.files("extract").joinpath("lexicons").iterdir() if p.name.endswith((".txt", ".tsv")))
