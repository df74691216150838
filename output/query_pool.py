"""The query workers of ``newskg serve``: processes that each hold the store and run one query at a time.

Time limit: pyoxigraph cannot cancel a query, so queries run in a pool of worker processes, each with
the store opened read-only, and a worker that overruns the limit is killed and replaced. That stops
everything, including a sort, join or aggregate that has not yet produced its first row (and a parse that
takes too long). Workers also check the deadline between result rows, so a long enumeration ends without
the cost of a restart. Workers are started with ``spawn`` (no fork of a threaded server).

After a Graph Store Protocol write (:mod:`output.gsp_writes`) each worker reopens the store before its next
query: the gate's generation says which workers saw which version.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import signal
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from . import gsp_writes as gsp
from .sparql_policy import warm_up
from .sparql_protocol import Job, Reply, text_reply
from .sparql_results import execute, overrun_reply

log = logging.getLogger(__name__)

#: Seconds a worker gets beyond the limit to stop by itself before it is killed.
GRACE = 1.0
#: Seconds a new worker may take to open (or, in memory mode, load) the store.
STARTUP_TIMEOUT = 600.0


@dataclass(frozen=True)
class StoreSource:
    """Where workers get the graph: ``disk`` (OUTDIR/store, opened read-only) or ``memory`` (a graph file)."""

    kind: str
    path: str


def open_source(source: StoreSource):
    import pyoxigraph as ox

    if source.kind == "disk":
        return ox.Store.read_only(source.path)
    from .oxigraph_store import _load_into

    store = ox.Store()
    _load_into(store, Path(source.path))
    return store


def _worker_main(conn, source: StoreSource, prefixes: dict[str, str]) -> None:
    """A worker process: open the store, then answer jobs until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server, which stops the workers
    try:
        store = open_source(source)
        warm_up()
    except Exception as exc:  # reported to the parent, which fails loudly
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job.reopen:
            store = None  # close the old read-only view before opening the new one
            try:
                store = open_source(source)
            except Exception as exc:  # this worker is done: the pool replaces it
                conn.send(text_reply(503, f"could not reopen the store after a write: {type(exc).__name__}: {exc}"))
                return
        try:
            reply = execute(store, job, prefixes)
        except Exception as exc:  # a store or engine error must not take the worker down
            reply = text_reply(500, f"query failed: {type(exc).__name__}: {exc}")
        conn.send(reply)


class _Worker:
    def __init__(self, ctx, source: StoreSource, prefixes: dict[str, str]):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, source, prefixes), name="newskg-sparql",
                                daemon=True)
        self.proc.start()
        child.close()
        self.generation = 0  # the gate's generation when this worker opened the store

    def wait_ready(self) -> None:
        try:
            if not self.conn.poll(STARTUP_TIMEOUT):
                raise RuntimeError(f"query worker did not open the store within {STARTUP_TIMEOUT:g} s")
            status, detail = self.conn.recv()
        except EOFError:
            self.proc.join(5)
            raise RuntimeError(f"query worker exited while opening the store (exit code {self.proc.exitcode})") from None
        if status != "ready":
            raise RuntimeError(f"query worker could not open the store: {detail}")

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class QueryPool:
    """Worker processes, each holding the store; a query over the time limit is stopped by killing its worker."""

    def __init__(self, source: StoreSource, prefixes: dict[str, str], size: int, timeout: float,
                 gate: gsp.Gate | None = None):
        if size < 1:
            raise ValueError("a query pool needs at least one worker")
        self.size, self.timeout = size, timeout
        self.gate = gate or gsp.Gate()  # no writer, no waiting: a read-only server never blocks on it
        self._ctx = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self._source, self._prefixes = source, prefixes
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        started = [self._launch() for _ in range(size)]
        try:
            for w in started:
                w.wait_ready()
        except BaseException:
            self.close()
            raise
        for w in started:
            self._idle.put(w)

    def _launch(self) -> _Worker:
        w = _Worker(self._ctx, self._source, self._prefixes)
        with self._lock:
            self._all.add(w)
        return w

    def _replace(self, dead: _Worker) -> None:
        dead.kill()
        with self._lock:
            self._all.discard(dead)
            if self._closed:
                return
        threading.Thread(target=self._respawn, name="newskg-respawn", daemon=True).start()

    def _respawn(self) -> None:
        try:
            with self.gate.reading(STARTUP_TIMEOUT) as generation:  # no write while it opens the store
                w = self._launch()
                w.generation = generation
                w.wait_ready()
        except Exception:
            log.exception("could not replace a query worker; %d left", len(self._all))
            return
        with self._lock:
            if self._closed:
                w.kill()
                return
        self._idle.put(w)

    def run(self, job: Job) -> Reply:
        """The reply to ``job``; 503 when every worker stays busy, a write holds the store, or the query overruns,
        for the time limit."""
        try:
            with self.gate.reading(self.timeout) as generation:
                return self._run(job, generation)
        except gsp.GraphStoreError as exc:
            return text_reply(exc.status, str(exc))

    def _run(self, job: Job, generation: int) -> Reply:
        try:
            w = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return text_reply(503, f"all {self.size} query workers stayed busy for {self.timeout:g} s; try again later")
        if w.generation != generation:
            job, w.generation = replace(job, reopen=True), generation
        try:
            w.conn.send(job)
            if w.conn.poll(job.timeout + GRACE):
                reply = w.conn.recv()
                self._idle.put(w)
                return reply
        except (EOFError, OSError) as exc:
            log.warning("query worker %s died: %s", w.proc.pid, exc)
            self._replace(w)
            return text_reply(500, "the query worker died (out of memory?); the query was not answered")
        log.warning("killing query worker %s: query over %g s", w.proc.pid, job.timeout)
        self._replace(w)
        return overrun_reply(job.timeout)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.kill()


def store_source(outdir: Path) -> StoreSource:
    """Build or refresh OUTDIR/store once here, so that workers need only open it read-only.

    Falls back to loading the graph file in each worker when OUTDIR is not writable.
    """
    from . import oxigraph_store as sparql
    from .rdf.load import graph_file as find_graph_file

    graph_file = find_graph_file(outdir)  # FileNotFoundError with a hint when nothing is built
    try:
        sparql.open_store(outdir)
    except OSError as exc:
        log.warning("cannot write %s (%s); each query worker loads %s into memory", outdir / sparql.STORE_DIR,
                    exc, graph_file.name)
        return StoreSource("memory", str(graph_file))
    finally:
        sparql.close(outdir)  # RocksDB allows one read-write opener; the workers open it read-only
    return StoreSource("disk", str(outdir / sparql.STORE_DIR))

