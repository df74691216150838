"""Load the lexicons in ``extract/lexicons/`` (data files, one entry a line).

Lines starting with ``#`` are comments (the first names the file's source).
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath("lexicons").joinpath(name).read_text(encoding="utf-8")
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
    folder = resources.files(__package__).joinpath("lexicons")
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".txt", ".tsv")))


_INDEXES: dict[int, tuple[tuple[str, ...], frozenset[str], tuple[int, ...]]] = {}


def index(options: tuple[str, ...]) -> tuple[frozenset[str], tuple[int, ...]]:
    """A word list as a set plus its word lengths, longest first: one lookup per length, not per word.

    Cached by identity (lexicon tuples are themselves cached), so no tuple is rehashed per call.
    """
    hit = _INDEXES.get(id(options))
    if hit is None or hit[0] is not options:
        hit = (options, frozenset(options), tuple(sorted({len(w) for w in options}, reverse=True)))
        _INDEXES[id(options)] = hit
    return hit[1], hit[2]


def word_ending_at(text: str, end: int, options: tuple[str, ...]) -> str:
    """The longest word of ``options`` that ends at ``text[end]`` (``""`` if none)."""
    words_, lengths = index(options)
    for n in lengths:
        if end >= n and text[end - n : end] in words_:
            return text[end - n : end]
    return ""


def word_starting_at(text: str, pos: int, options: tuple[str, ...]) -> str:
    """The longest word of ``options`` that starts at ``text[pos]`` (``""`` if none)."""
    words_, lengths = index(options)
    for n in lengths:
        w = text[pos : pos + n]
        if len(w) == n and w in words_:
            return w
    return ""
