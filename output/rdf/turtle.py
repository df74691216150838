"""Turtle (format ``ttl``, what ``newskg build`` writes): the sorted N-Triples lines of each subject
(:func:`.ntriples.subject_tails`) written as one Turtle block with the project's prefixes, so subjects and
predicates come out in code point order and two writes of one graph are byte-identical.

The text is what pyoxigraph's Turtle serializer writes for those lines (predicates and vocabulary IRIs as
prefixed names, ``a`` for ``rdf:type``, numbers and booleans bare, ``xsd:string`` plain, language tags in lower
case, each subject's objects of one predicate joined by ``,``), made here directly: parsing the lines again to
serialize them was a third of the writer's time. An IRI under a prefix whose local part is not a plain name is
written whole (pyoxigraph would escape it; the graph has none). ``tests/output/test_turtle.py`` checks the bytes
against pyoxigraph's on every corpus shape and on hostile literals.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import IO

import networkx as nx
from rdflib import Graph

from ..atomic import atomic_open
from ..splice import Reuse, Splicer, digest, spliced
from .ntriples import in_chunks, subject_tails
from .terms import BASE, PREFIXES
from .unit_keys import subject_key

_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: Lexical forms written bare, by datatype (Turtle's INTEGER, DECIMAL, DOUBLE and boolean literals).
_BARE = {
    _XSD + "integer": re.compile(r"[+-]?[0-9]+"),
    _XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    _XSD + "double": re.compile(r"[+-]?(?:[0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.[0-9]+[eE][+-]?[0-9]+|[0-9]+[eE][+-]?[0-9]+)"),
    _XSD + "boolean": re.compile(r"true|false"),
}
#: Letters N-Triples lines carry raw that Turtle strings escape (an N-Triples line has \\ \" \n \r escaped already).
_RAW = re.compile("[\x00-\x08\x09\x0b\x0c\x0e-\x1f\x7f]")
_ESCAPES = {"\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _escape_raw(m: re.Match[str]) -> str:
    c = m.group()
    return _ESCAPES.get(c) or f"\\u{ord(c):04X}"


@lru_cache(maxsize=1)
def _header() -> str:
    """pyoxigraph's prefix lines, in its order."""
    import pyoxigraph as ox

    buf = io.BytesIO()
    probe = ox.Triple(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.NamedNode("urn:o"))
    ox.serialize([probe], buf, ox.RdfFormat.TURTLE, prefixes=PREFIXES)  # written before the first triple only
    return "".join(line for line in buf.getvalue().decode("utf-8").splitlines(True) if line.startswith("@prefix"))


_INSTANCE = "<" + BASE  # instance IRIs, as N-Triples writes them
_NAMESPACES = sorted(((ns, prefix) for prefix, ns in PREFIXES.items()), key=lambda t: -len(t[0]))


@cache  # only vocabulary IRIs come here (instance IRIs are under no prefix): a few dozen
def _name(iri: str) -> str:
    """An IRI as Turtle: ``prefix:local`` under a known namespace with a plain local name, else ``<iri>``."""
    for ns, prefix in _NAMESPACES:
        if iri.startswith(ns) and _LOCAL.fullmatch(iri, len(ns)):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


@cache
def _predicate(head: str) -> str:
    """The Turtle name of a line's ``<p> ``: ``a`` for ``rdf:type``."""
    iri = head[1:-2]
    return "a" if iri == _RDF_TYPE else _name(iri)


def _object(nt: str) -> str:
    """An N-Triples object term as pyoxigraph writes it in Turtle."""
    if nt[0] == "<":
        return nt if nt.startswith(_INSTANCE) else _name(nt[1:-1])
    end = nt.rindex('"')
    text, suffix = nt[: end + 1], nt[end + 1:]
    if _RAW.search(text):
        text = _RAW.sub(_escape_raw, text)
    if not suffix:
        return text
    if suffix[0] == "@":
        return text + suffix.lower()
    datatype = suffix[3:-1]  # ^^<…>
    bare = _BARE.get(datatype)
    if bare is not None and bare.fullmatch(text, 1, len(text) - 1):
        return text[1:-1]
    if datatype == _XSD + "string":
        return text
    return f"{text}^^{_name(datatype)}"


def turtle_chunks(g: nx.MultiDiGraph) -> Iterator[str]:
    """The Turtle text of ``g``, a quarter of a million letters at a time (:func:`.ntriples.in_chunks`)."""
    return in_chunks(itertools.chain([_header()], _blocks(g)))


def _blocks(g: nx.MultiDiGraph) -> Iterator[str]:
    """Each subject's Turtle block."""
    for s, tails in subject_tails(g):
        yield _block(s, tails)


def _subject(s: str) -> str:
    return f"<{s}>" if s.startswith(BASE) else _name(s)


def _block(s: str, tails: list[str]) -> str:
    """The Turtle block of subject ``s`` with its sorted N-Triples line tails."""
    block = [_subject(s)]
    last = None
    for tail in tails:
        cut = tail.index("> ") + 2
        head = tail[:cut]
        if head == last:
            block.append(" , ")
        else:
            block.append(f" ;\n\t{_predicate(head)} " if last is not None else f" {_predicate(head)} ")
            last = head
        block.append(_object(tail[cut:-3]))
    block.append(" .\n")
    return "".join(block)


def _turtle(g: nx.MultiDiGraph, out: IO[bytes]) -> None:
    for chunk in turtle_chunks(g):
        out.write(chunk.encode("utf-8"))


def _spliced(g: nx.MultiDiGraph, splicer: Splicer) -> None:
    """The Turtle text of ``g`` through ``splicer``: each subject's block keyed by what it is made from
    (:func:`.unit_keys.subject_key`), copied from the previous file when that has it, else made."""
    key: list[int | None] = [None]  # the key of the subject being made

    def reuse(conv, s: str, units) -> bool:
        text = subject_key(conv, units)
        k = key[0] = None if text is None else digest(text)
        return splicer.reuse(k, _subject(s) + " ")

    splicer.made(_header())
    for s, tails in subject_tails(g, reuse):
        splicer.made(_block(s, tails), key[0])


def dumps(g: nx.MultiDiGraph) -> str:
    """Turtle with the project's prefixes, subjects and predicates sorted, so the bytes are stable."""
    return "".join(turtle_chunks(g))


def write(g: nx.MultiDiGraph, path: str | Path, reuse: Reuse | None = None) -> None:
    """Write ``g`` as Turtle. With ``reuse`` (a cached build), every subject's block that the previous
    build's file has is copied from it, and the new file's index is written beside it (:mod:`output.splice`):
    the same bytes, made in a fraction of the time when few subjects changed."""
    path = Path(path)
    if reuse is None:
        with atomic_open(path, "wb", None) as fh:
            _turtle(g, fh)
        return
    with spliced(path, reuse) as splicer:
        _spliced(g, splicer)


def read(path: str | Path) -> Graph:
    return Graph().parse(str(path), format="turtle")
