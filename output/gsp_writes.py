"""Graph Store Protocol writes for ``newskg serve --writable`` (``/data``), kept apart from the query workers.

The constraints: RocksDB allows one read-write opener; a read-only opener must not read while another
process writes (pyoxigraph calls that undefined behaviour); and pyoxigraph 0.5 has no secondary instance
that catches up with a writer. So:

- writes are made by the server process, which opens OUTDIR/store read-write at the first write and keeps
  it open through a run of writes (opening costs ~60 ms, a small write ~1 ms);
- a :class:`Gate`, a readers–writer lock that lets writers go first, admits either queries (many at a time)
  or one write, never both;
- the first query after a write closes the read-write store (which waits for its flushes and compactions),
  and each worker reopens its read-only store before its next query: the job says so when the gate's
  generation has moved on since that worker opened it. Workers are not restarted: a reopen costs ~20 ms,
  a new process ~1 s, and a push of many documents with no query in between costs one reopen per worker.

A write's body is spooled (to disk beyond :data:`SPOOL_BYTES`) and parsed once before the gate is taken,
so a slow client or a syntax error never holds queries up, and a PUT with a bad body leaves the graph as it was.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, TypeVar

log = logging.getLogger(__name__)

DATA_PATH = "/data"
#: Write bodies may be this large (queries keep their own, smaller limit).
MAX_WRITE = 256 << 20
#: Bodies up to this size are spooled in memory and loaded in one transaction; larger ones go through a
#: temporary file and pyoxigraph's bulk loader.
SPOOL_BYTES = 16 << 20
CHUNK = 1 << 16

WRITES_REFUSED = ("read-only endpoint: Graph Store Protocol writes (PUT, POST, DELETE on /data) need "
                  "`newskg serve --writable`")

T = TypeVar("T")


class GraphStoreError(Exception):
    """A request the graph store refuses; carries the HTTP status."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


class Gate:
    """Either queries (any number) or one write on OUTDIR/store; a waiting write goes before new queries.

    Holds the read-write store between writes (see the module docstring); ``generation`` counts writes.
    """

    def __init__(self, store_path: str | None = None):
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._waiting_writers = 0
        self._path = store_path
        self._primary = None  # the read-write Store, open only from a write until the next query
        self.generation = 0

    @contextmanager
    def reading(self, timeout: float | None = None) -> Iterator[int]:
        """Admit a query (or a worker opening the store); yields the generation the store is at."""
        with self._cond:
            if not self._cond.wait_for(lambda: not self._writing and not self._waiting_writers, timeout):
                raise GraphStoreError(503, f"the store was being written for {timeout:g} s; try again later")
            if self._primary is not None:
                self._close_primary()
            self._readers += 1
        try:
            yield self.generation
        finally:
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    def write(self, change: Callable[[object], T], timeout: float | None = None) -> T:
        """Run ``change(store)`` on the read-write store, alone.

        Only ``change``'s frame holds the store, and an error leaves here as a new :class:`GraphStoreError`
        with no traceback into it, so nothing keeps the store open once the next query closes it.
        """
        with self._cond:
            self._waiting_writers += 1
            try:
                admitted = self._cond.wait_for(lambda: not self._writing and not self._readers, timeout)
            finally:
                self._waiting_writers -= 1
            if not admitted:
                self._cond.notify_all()
                raise GraphStoreError(503, f"queries held the store for {timeout:g} s; try again later")
            self._writing = True
        failure = None
        try:
            if self._primary is None:
                import pyoxigraph as ox

                self._primary = ox.Store(self._path)
            if self._path is not None:
                from .oxigraph_store import written_by_hand

                written_by_hand(self._path)
            return change(self._primary)
        except (OSError, SyntaxError, ValueError) as exc:
            detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            failure = (500 if isinstance(exc, OSError) else 400, f"the store refused the write: {detail}")
        finally:
            with self._cond:
                self._writing = False
                self.generation += 1
                self._cond.notify_all()
        raise GraphStoreError(*failure)

    def _close_primary(self) -> None:
        try:
            self._primary.flush()
        except OSError as exc:
            log.warning("flushing the store before queries: %s", exc)
        self._primary = None  # the last reference: RocksDB closes here

    def close(self) -> None:
        with self._cond:
            if self._primary is not None:
                self._close_primary()


# -- requests -----------------------------------------------------------------------------------------


def graph_name(params: dict[str, list[str]]):
    """The graph a request names: ``?graph=IRI`` (a NamedNode) or ``?default`` (the DefaultGraph)."""
    import pyoxigraph as ox

    graphs = params.get("graph", [])
    default = "default" in params
    if default + len(graphs) != 1:
        raise GraphStoreError(400, "name exactly one graph: ?graph=IRI (percent-encoded) or ?default")
    if default:
        return ox.DefaultGraph()
    try:
        return ox.NamedNode(graphs[0])
    except ValueError as exc:
        raise GraphStoreError(400, f"bad graph IRI {graphs[0]!r}: {exc}") from None


def body_format(content_type: str):
    """The pyoxigraph RdfFormat of a write's body: any triple format pyoxigraph reads (N-Triples, Turtle …)."""
    import pyoxigraph as ox

    fmt = ox.RdfFormat.from_media_type(content_type) if content_type else None
    if fmt is None or fmt.supports_datasets:
        raise GraphStoreError(415, f"send a graph as application/n-triples, text/turtle, application/rdf+xml or "
                                   f"application/ld+json (not {content_type or 'no Content-Type'})")
    return fmt


def spool(rfile: IO[bytes], length: int) -> IO[bytes]:
    """The request body, copied in chunks to a file (in memory up to :data:`SPOOL_BYTES`)."""
    body = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES, prefix="newskg-data-")
    left = length
    while left:
        chunk = rfile.read(min(CHUNK, left))
        if not chunk:
            body.close()
            raise GraphStoreError(400, f"the body ended after {length - left} of {length} bytes")
        body.write(chunk)
        left -= len(chunk)
    body.seek(0)
    return body


def count_triples(body: IO[bytes], fmt, base_iri: str | None) -> int:
    """Parse the whole body once (streaming) before anything is written; 400 with the parser's message."""
    import pyoxigraph as ox

    n = 0
    try:
        for _ in ox.parse(input=body, format=fmt, base_iri=base_iri):
            n += 1
    except SyntaxError as exc:
        raise GraphStoreError(400, f"{fmt.name} syntax error: {str(exc).splitlines()[0]}") from None
    finally:
        body.seek(0)
    return n


def _load(store, body: IO[bytes], size: int, fmt, graph, base_iri: str | None) -> None:
    if size <= SPOOL_BYTES:
        store.load(input=body, format=fmt, base_iri=base_iri, to_graph=graph)  # one transaction
    else:
        store.bulk_load(input=body, format=fmt, base_iri=base_iri, to_graph=graph)


def apply(gate: Gate, method: str, graph, body: IO[bytes] | None = None, size: int = 0, fmt=None,
          timeout: float | None = None) -> tuple[int, str]:
    """PUT (replace), POST (add) or DELETE (drop) ``graph``; (HTTP status, message) of the outcome."""
    import pyoxigraph as ox

    default = isinstance(graph, ox.DefaultGraph)
    label = "the default graph" if default else f"<{graph.value}>"
    base_iri = None if default else graph.value
    triples = count_triples(body, fmt, base_iri) if body is not None else 0

    def change(store) -> bool:
        existed = default or store.contains_named_graph(graph)
        if method == "DELETE":
            if existed:
                store.clear_graph(graph) if default else store.remove_graph(graph)
            return existed
        if method == "PUT" and existed:
            store.clear_graph(graph) if default else store.remove_graph(graph)
        _load(store, body, size, fmt, graph, base_iri)
        return existed

    existed = gate.write(change, timeout)
    if method == "DELETE":
        return (200, f"dropped {label}") if existed else (404, f"no graph {label} here")
    verb = {"PUT": "replaced" if existed else "created", "POST": "added to"}[method]
    return (201 if method == "PUT" and not existed else 200), f"{verb} {label}: {triples} triples"
