"""Sorted N-Triples (format ``nt``): one triple a line, sorted, so two builds diff line by line.

Lines are written straight from the networkx graph (no rdflib Graph in between), one subject at a time in
sorted order (:func:`write_nt`); :mod:`.turtle` streams the same lines through pyoxigraph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

import networkx as nx
from rdflib import Graph

from ..atomic import paused_gc
from .convert import Unit, _Converter
from .lines import line_writer
from .terms import BASE, Lit, nt_term

#: ``reuse(converter, subject, units)``: whether the sink already has the subject's text (:func:`subject_tails`).
Reused = Callable[[_Converter, str, "Unit | list[Unit]"], bool]


def sorted_lines(data: str) -> str:
    """Unique non-empty lines of an N-Triples/N-Quads text, sorted by code point."""
    lines = sorted({line for line in data.splitlines() if line.strip()})
    return "".join(line + "\n" for line in lines)


def _subject_order(s: str) -> str:
    """Sort key of a subject: the code point order of its lines' ``<s> `` (``s`` itself orders ``…/1`` before
    ``…/10``, its lines the other way round); as latin-1 text of the UTF-8 bytes, which sorts faster."""
    return (s + ">").encode("utf-8").decode("latin-1")


def write_nt(g: nx.MultiDiGraph, fh: IO[bytes], tmpdir: str | Path | None = None) -> None:
    """The graph's sorted, unique N-Triples lines (:func:`nt_chunks`). (``tmpdir`` is unused.)"""
    for chunk in nt_chunks(g):
        fh.write(chunk)


#: Letters handed to the file at a time: by letters, not subjects (4,096 subjects at a time were up to 4 million
#: letters, with the pieces and the encoded copy 30 MB of the Turtle writer's peak and 70 MB of this one's).
CHUNK = 1 << 18


def in_chunks(pieces: Iterable[str], size: int = CHUNK) -> Iterator[str]:
    """``pieces`` joined into texts of about ``size`` letters (the last one may be short or empty)."""
    parts: list[str] = []
    n = 0
    for text in pieces:
        parts.append(text)
        n += len(text)
        if n >= size:
            yield "".join(parts)
            parts.clear()
            n = 0
    yield "".join(parts)


def nt_chunks(g: nx.MultiDiGraph) -> Iterator[bytes]:
    """The graph's sorted, unique N-Triples lines (escaped like rdflib's N-Triples serializer), as UTF-8 pieces."""
    for text in in_chunks(_subject_lines(g)):
        yield text.encode("utf-8")


def _subject_lines(g: nx.MultiDiGraph) -> Iterator[str]:
    """Each subject's lines, sorted, as one text."""
    for s, tails in subject_tails(g):
        head = f"<{s}> "
        yield head + head.join(tails)


def subject_tails(g: nx.MultiDiGraph, reuse: Reused | None = None) -> Iterator[tuple[str, list[str]]]:
    """Each subject of the graph's triples with its sorted, unique line tails (``<p> object .\n``), in the
    order of the sorted N-Triples file.

    Every line of a subject starts with ``<subject> ``, which no other subject's line starts with, so the
    sorted file is the subjects in the order of :func:`_subject_order`, each with its own lines sorted.
    The converter's units are grouped by subject (a node's unit brings its edges' triples), the subjects
    sorted, and each subject's lines made, sorted and given out in turn: no sort of every line, and no line is
    kept past its subject (the list yielded is reused: read it before the next). The evidence, a subject per
    quoted span, and the statements are not in that table: the evidence comes a document's block at a time
    (:meth:`_Converter.evidence_blocks`), each block sorted when its turn comes, the statements made from their
    triples then (:meth:`_Converter.statement_units`), each where it falls among the rest (:func:`_ordered`).

    ``reuse(converter, subject, units)``, asked before each subject's units are run: ``True`` when the sink has
    the subject's text already (:mod:`output.splice`); the subject is then skipped."""
    tails: list[str] = []
    preds: dict[str, str] = {}  # "<iri> " of each predicate: a few dozen, on every line
    current = [""]

    def emit(s: str, p: str, o: str | Lit) -> None:
        if s is not current[0] and s != current[0]:
            raise AssertionError(f"a unit of {current[0]} emitted a triple of {s}")
        tp = preds.get(p)
        if tp is None:
            tp = preds[p] = f"<{p}> "
        tails.append(f"{tp}<{o}> .\n" if type(o) is str else f"{tp}{nt_term(o)} .\n")

    with paused_gc():
        conv = _Converter(g, emit)
        groups: dict[str, Unit | list[Unit]] = {}
        for s, unit in conv.units(grouped=True):
            have = groups.get(s)
            if have is None:
                groups[s] = unit
            elif type(have) is list:
                have.append(unit)
            else:
                groups[s] = [have, unit]
        runs = [(BASE + "evidence/", _evidence_subjects(conv)), (BASE + "statement/", conv.statement_units())]
        yield from _tails(conv, _ordered(groups, runs), tails, current, reuse)


def _ordered(groups: dict[str, Unit | list[Unit]], runs: list[tuple[str, Iterator[tuple]]]) -> Iterator[tuple]:
    """The subjects of ``groups`` in order, each with its units (let go once given out), and each run of
    ``runs`` — (the IRI its subjects all start with, its subjects in order with their units), a start no subject
    of ``groups`` has — where it falls among them. A run comes all together, before the first subject that
    orders after it (any subject of the run stands for all: one of ``groups`` parts from each of them within
    the run's start), and is not started before its turn: its subjects are made only then."""
    pending = sorted((_subject_order(start + "0"), n, run) for n, (start, run) in enumerate(runs))
    for s in sorted(groups, key=_subject_order):
        while pending and _subject_order(s) > pending[0][0]:
            yield from pending.pop(0)[2]
        yield s, groups.pop(s)
    for _key, _n, run in pending:
        yield from run


def _tails(
    conv: _Converter, subjects, tails: list[str], current: list[str], reuse: Reused | None = None,
) -> Iterator[tuple[str, list[str]]]:
    """Run each subject's units and give out its sorted, unique tails (``subjects``: (subject, unit or units));
    a subject ``reuse`` has is skipped."""
    for s, units in subjects:
        if reuse is not None and reuse(conv, s, units):
            continue
        current[0] = s
        for unit in units if type(units) is list else (units,):
            unit[0](conv, *unit[1:])
        if tails:
            if len(tails) > 1:
                tails[:] = sorted(set(tails))
            yield s, tails
            tails.clear()


def _evidence_subjects(conv: _Converter) -> Iterator[tuple[str, Unit]]:
    """The converter's evidence units in subject order, one document's block sorted at a time."""
    for block in sorted(conv.evidence_blocks(), key=_subject_order):
        yield from sorted(conv.evidence_units(block), key=lambda su: _subject_order(su[0]))


#: ``dumps(g) -> str`` and atomic ``write(g, path)``.
dumps, write = line_writer(write_nt)


def read(path: str | Path) -> Graph:
    return Graph().parse(str(path), format="nt")
