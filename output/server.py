"""A read-only SPARQL 1.1 Protocol endpoint and file server for a built output folder (``newskg serve``).

``/sparql`` answers GET and POST queries from the pyoxigraph store of OUTDIR (see :mod:`output.sparql`),
the format chosen by the Accept header; every other path is a file of OUTDIR (``/`` is graph.html), never
anything outside it.

Time limit: pyoxigraph cannot cancel a query, so queries run in a pool of worker processes, each with
the store opened read-only, and a worker that overruns the limit is killed and replaced. That stops
everything, including a sort, join or aggregate that has not yet produced its first row. Workers also
check the deadline between result rows, so a long enumeration ends without the cost of a restart.

Read-only: updates are refused with 403 before they reach a worker, and a worker only ever calls
``Store.query`` on a store opened read-only, so an update could not run even if it got through.
SPARQL Update stays refused even with ``--writable``, which adds only the Graph Store Protocol at ``/data``:
GET ``?graph=IRI`` (or ``?default``) gives a graph (always allowed), and with ``writable`` PUT replaces it,
POST adds to it and DELETE drops it. The server process makes the writes and the workers reopen the store
before their next query; :mod:`output.graph_store` says how the two are kept apart.
SERVICE (federated query) is refused too: pyoxigraph would otherwise make HTTP requests on a query's
behalf, turning a local endpoint into a proxy.

The workers see the graph file as loaded when the server started (plus any writes to ``/data``): restart the
server after a rebuild, which reloads the store from the new graph file and so drops what was pushed.
Workers are started with ``spawn``, so a script that calls :func:`make_server` needs the usual
``if __name__ == "__main__":`` guard.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import mimetypes
import multiprocessing
import queue
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit
from xml.sax.saxutils import escape, quoteattr

from . import gsp_writes as gsp
from .sparql_policy import SERVICE_REFUSED, UPDATE_REFUSED, malformed, refusal  # noqa: F401 (re-exported)

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"  # this machine only; pass --host 0.0.0.0 deliberately to share
DEFAULT_PORT = 8000
DEFAULT_TIMEOUT = 10.0
MAX_ROWS = 100_000
MAX_BODY = 1 << 20
SPARQL_PATH = "/sparql"
INDEX = "graph.html"
#: Seconds a worker gets beyond the limit to stop by itself before it is killed.
GRACE = 1.0
#: Seconds a new worker may take to open (or, in memory mode, load) the store.
STARTUP_TIMEOUT = 600.0

#: SELECT/ASK results: media type → format, the default first.
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
#: CONSTRUCT/DESCRIBE results: media type → pyoxigraph RdfFormat name, the default first.
GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML",
    "application/ld+json": "JSON_LD",
    "application/x-turtle": "TURTLE",
    "text/plain": "N_TRIPLES",
}
#: Values of the ``format``/``output`` parameters some clients send (SPARQLWrapper, Virtuoso-style).
SHORT_NAMES = {
    "json": ["application/sparql-results+json", "application/ld+json"],
    "xml": ["application/sparql-results+xml", "application/rdf+xml"],
    "csv": ["text/csv"],
    "tsv": ["text/tab-separated-values"],
    "turtle": ["text/turtle"],
    "ttl": ["text/turtle"],
    "n3": ["text/turtle"],
    "nt": ["application/n-triples"],
    "n-triples": ["application/n-triples"],
    "rdf+xml": ["application/rdf+xml"],
    "json-ld": ["application/ld+json"],
}
#: File types the pages and exports need that :mod:`mimetypes` may not know.
FILE_TYPES = {
    ".ttl": "text/turtle", ".nt": "application/n-triples", ".nq": "application/n-quads",
    ".jsonld": "application/ld+json", ".graphml": "application/xml", ".gexf": "application/xml",
    ".rq": "application/sparql-query", ".parquet": "application/vnd.apache.parquet",
    ".js": "text/javascript", ".json": "application/json", ".csv": "text/csv", ".html": "text/html",
    ".css": "text/css", ".svg": "image/svg+xml", ".txt": "text/plain",
}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@dataclass(frozen=True)
class Reply:
    status: int
    content_type: str
    body: bytes


@dataclass(frozen=True)
class Job:
    """One query for a worker: what the handler parsed from the request."""

    query: str
    accept: list[str]
    timeout: float
    max_rows: int
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    #: The store was written since this worker opened it: reopen it first.
    reopen: bool = False


def text_reply(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"))


# -- content negotiation ----------------------------------------------------------------------------


def accepted(header: str | None) -> list[str]:
    """The media ranges of an Accept header, best first (ties keep their order; q=0 is dropped)."""
    ranked = []
    for i, part in enumerate((header or "").split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in params:
            key, _, value = p.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, i, media.lower()))
    return [m for _q, _i, m in sorted(ranked)]


def negotiate(wanted: list[str], offered: Iterable[str]) -> str | None:
    """The offered media type that best matches ``wanted``; the first offered when nothing is asked for."""
    offered = list(offered)
    if not wanted:
        return offered[0]
    for media in wanted:
        if media in offered:
            return media
        if media == "*/*":
            return offered[0]
        if media.endswith("/*"):
            for m in offered:
                if m.startswith(media[:-1]):
                    return m
    return None


def _not_acceptable(offered: Iterable[str]) -> Reply:
    return text_reply(406, "no acceptable result format; this query can give: " + ", ".join(offered))


# -- query results, written as they are read (worker side) ------------------------------------------


class _Stop(Exception):
    """A query stopped by a limit; carries the reply to send."""

    def __init__(self, reply: Reply):
        super().__init__(reply.body.decode("utf-8"))
        self.reply = reply


def _bounded(items: Iterable, deadline: float, max_rows: int, limit_s: float) -> Iterator:
    for i, item in enumerate(items):
        if i >= max_rows:
            raise _Stop(text_reply(400, f"the result has more than {max_rows} rows (the server's limit); "
                                        "use LIMIT and OFFSET to page through it"))
        if i % 256 == 0 and time.monotonic() > deadline:
            raise _Stop(overrun_reply(limit_s))
        yield item


def overrun_reply(limit_s: float) -> Reply:
    return text_reply(503, f"query stopped: it ran longer than the server's limit of {limit_s:g} s")


def _json_term(t) -> dict:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype.value != XSD_STRING:
            d["datatype"] = t.datatype.value
        return d
    return {"type": "triple", "value": {"subject": _json_term(t.subject), "predicate": _json_term(t.predicate),
                                        "object": _json_term(t.object)}}


def _xml_term(t) -> str:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        value = escape(t.value, {"\r": "&#13;"})
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{value}</literal>"
        if t.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
            return f"<literal datatype={quoteattr(t.datatype.value)}>{value}</literal>"
        return f"<literal>{value}</literal>"
    return (f"<triple><subject>{_xml_term(t.subject)}</subject><predicate>{_xml_term(t.predicate)}</predicate>"
            f"<object>{_xml_term(t.object)}</object></triple>")


def _csv_value(t) -> str:
    import pyoxigraph as ox

    if t is None:
        return ""
    if isinstance(t, ox.NamedNode | ox.Literal):
        return t.value
    return str(t)  # blank node as _:id, quoted triple in N-Triples syntax


def _compact_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_solutions(fmt: str, names: list[str], rows: Iterable) -> bytes:
    """SELECT results in SPARQL 1.1 JSON, XML, CSV or TSV, from solutions read one by one."""
    out = io.StringIO()
    if fmt == "json":
        out.write('{"head":{"vars":' + _compact_json(names) + '},"results":{"bindings":[')
        for i, row in enumerate(rows):
            out.write(("," if i else "") + _compact_json({n: _json_term(row[n]) for n in names if row[n] is not None}))
        out.write("]}}")
    elif fmt == "xml":
        out.write('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>')
        out.write("".join(f"<variable name={quoteattr(n)}/>" for n in names) + "</head><results>")
        for row in rows:
            out.write("<result>" + "".join(f"<binding name={quoteattr(n)}>{_xml_term(row[n])}</binding>"
                                           for n in names if row[n] is not None) + "</result>")
        out.write("</results></sparql>")
    elif fmt == "csv":
        w = csv.writer(out, lineterminator="\r\n")
        w.writerow(names)
        for row in rows:
            w.writerow([_csv_value(row[n]) for n in names])
    elif fmt == "tsv":
        out.write("\t".join("?" + n for n in names) + "\n")
        for row in rows:  # N-Triples syntax already escapes tab and newline inside literals
            out.write("\t".join("" if row[n] is None else str(row[n]) for n in names) + "\n")
    else:
        raise ValueError(f"unknown result format {fmt!r}")
    return out.getvalue().encode("utf-8")


def execute(store, job: Job, prefixes: dict[str, str]) -> Reply:
    """Run ``job`` on ``store`` and serialise the result in the negotiated format."""
    import pyoxigraph as ox

    deadline = time.monotonic() + job.timeout
    options = {}
    try:
        if job.default_graphs:
            options["default_graph"] = [ox.NamedNode(u) for u in job.default_graphs]
        if job.named_graphs:
            options["named_graphs"] = [ox.NamedNode(u) for u in job.named_graphs]
    except ValueError as exc:
        return text_reply(400, f"bad graph IRI: {exc}")
    try:
        results = store.query(job.query, prefixes=prefixes, **options)
        if isinstance(results, ox.QueryBoolean):
            media = negotiate(job.accept, RESULT_TYPES)
            if media is None:
                return _not_acceptable(RESULT_TYPES)
            fmt = ox.QueryResultsFormat.from_media_type(media)
            return Reply(200, _with_charset(fmt.media_type), results.serialize(format=fmt))
        if isinstance(results, ox.QuerySolutions):
            media = negotiate(job.accept, RESULT_TYPES)
            if media is None:
                return _not_acceptable(RESULT_TYPES)
            fmt = RESULT_TYPES[media]
            names = [v.value for v in results.variables]
            body = write_solutions(fmt, names, _bounded(results, deadline, job.max_rows, job.timeout))
            return Reply(200, _with_charset(ox.QueryResultsFormat.from_media_type(media).media_type), body)
        media = negotiate(job.accept, GRAPH_TYPES)
        if media is None:
            return _not_acceptable(GRAPH_TYPES)
        rdf_format = getattr(ox.RdfFormat, GRAPH_TYPES[media])
        triples = list(_bounded(results, deadline, job.max_rows, job.timeout))
        extra = {"prefixes": prefixes} if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else {}
        return Reply(200, _with_charset(rdf_format.media_type), ox.serialize(triples, format=rdf_format, **extra))
    except SyntaxError as exc:
        return text_reply(400, f"SPARQL syntax error: {exc}")
    except _Stop as stop:
        return stop.reply


def _with_charset(media_type: str) -> str:
    return media_type if "charset=" in media_type else f"{media_type}; charset=utf-8"


# -- worker processes -------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoreSource:
    """Where workers get the graph: ``disk`` (OUTDIR/store, opened read-only) or ``memory`` (a graph file)."""

    kind: str
    path: str


def _open(source: StoreSource):
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
        store = _open(source)
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
                store = _open(source)
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


# -- files ------------------------------------------------------------------------------------------


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def static_file(root: Path, url_path: str) -> Path:
    """The regular file under ``root`` (resolved) that ``url_path`` names; :class:`Refused` for anything else.

    Refuses ``..`` (also percent-encoded), backslashes, NUL, hidden files and the store folder, and any path
    that resolves, through symlinks, outside ``root``.
    """
    try:
        path = unquote(url_path, errors="strict")
    except UnicodeDecodeError:
        raise Refused(404, "not found") from None
    if "\x00" in path or "\\" in path:
        raise Refused(403, "forbidden path")
    segments = [s for s in path.split("/") if s]
    if any(s in (".", "..") for s in segments):
        raise Refused(403, "forbidden path")
    if not segments:
        segments = [INDEX]
    if segments[0] == "store" or any(s.startswith(".") for s in segments):
        raise Refused(404, "not found")
    try:
        real = root.joinpath(*segments).resolve(strict=True)
    except (OSError, RuntimeError):
        raise Refused(404, "not found") from None
    if not real.is_relative_to(root):
        raise Refused(403, "forbidden path")
    if not real.is_file():
        raise Refused(404, "not found")
    return real


def file_type(path: Path) -> str:
    media = FILE_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    text = media.startswith("text/") or media in ("application/json", "application/xml", "application/ld+json",
                                                  "application/n-triples", "application/n-quads",
                                                  "application/sparql-query", "image/svg+xml")
    return _with_charset(media) if text else media


QUERY_FORM = """<!doctype html>
<html lang="zh"><meta charset="utf-8"><title>newskg SPARQL</title>
<style>body{font-family:sans-serif;margin:2em}textarea{width:100%;font-family:monospace}</style>
<h1>newskg SPARQL</h1>
<p>Read-only. Prefixes schema:, org:, time:, prov:, nkg:, id: … are predeclared.</p>
<form method="post" action="/sparql">
<textarea name="query" rows="14">SELECT ?person ?name WHERE {
  ?person a schema:Person ; rdfs:label ?name .
} LIMIT 20</textarea>
<p><select name="format"><option>json</option><option>xml</option><option>csv</option><option>tsv</option>
<option>turtle</option><option>nt</option></select> <button>Run</button></p>
</form>
</html>
"""


# -- HTTP -------------------------------------------------------------------------------------------


class Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"  # keep-alive: every reply has a Content-Length
    server_version = "newskg"
    timeout = 60  # an idle keep-alive connection gives its thread back

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base class's name)
        log.info("%s %s", self.address_string(), format % args)

    def _path(self) -> tuple[str, str]:
        target = self.path
        if target.startswith(("http://", "https://")):  # absolute-form request target
            parts = urlsplit(target)
            return parts.path or "/", parts.query
        path, _, query = target.partition("?")
        return path.partition("#")[0], query

    def send(self, reply: Reply, *, head: bool = False, close: bool = False, headers: dict | None = None) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if not head:
            self.wfile.write(reply.body)

    def do_GET(self) -> None:
        self._get(head=False)

    def do_HEAD(self) -> None:
        self._get(head=True)

    def _get(self, head: bool) -> None:
        path, query = self._path()
        if not path.startswith("/"):
            self.send(text_reply(400, "bad request target"), head=head, close=True)
        elif path == SPARQL_PATH:
            self._sparql(self._params(query), None, head=head)
        elif path == gsp.DATA_PATH:
            self._data(query, head=head)
        else:
            self._file(path, head)

    def _content_length(self, limit: int) -> int | None:
        """The request's Content-Length, or None after refusing it (chunked, missing, over ``limit``)."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.send(text_reply(411, "send a Content-Length (chunked bodies are not accepted)"), close=True)
            return None
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self.send(text_reply(411, f"{self.command} needs a Content-Length"), close=True)
            return None
        if length < 0 or length > limit:
            self.send(text_reply(413, f"request body over the server's limit of {limit} bytes"), close=True)
            return None
        return length

    def do_PUT(self) -> None:
        self._write()

    def do_DELETE(self) -> None:
        self._write()

    def do_POST(self) -> None:
        path, query = self._path()
        if path == gsp.DATA_PATH:
            self._write()
            return
        if path != SPARQL_PATH:
            self.send(text_reply(405, f"only {SPARQL_PATH} and {gsp.DATA_PATH} accept POST"), close=True,
                      headers={"Allow": "GET, HEAD"})
            return
        length = self._content_length(self.server.max_body)
        if length is None:
            return
        body = self.rfile.read(length)
        ctype = self.headers.get_content_type()
        try:
            params = self._params(query)
            if ctype == "application/sparql-update":
                self.send(text_reply(403, UPDATE_REFUSED))
            elif ctype == "application/x-www-form-urlencoded":
                for key, values in self._params(body.decode("utf-8")).items():
                    params.setdefault(key, []).extend(values)
                self._sparql(params, None)
            elif ctype == "application/sparql-query":
                self._sparql(params, body.decode("utf-8"))
            else:
                self.send(text_reply(415, "POST a query as application/x-www-form-urlencoded (query=…) "
                                          "or as application/sparql-query"))
        except UnicodeDecodeError:
            self.send(text_reply(400, "the request is not valid UTF-8"))

    @staticmethod
    def _params(qs: str) -> dict[str, list[str]]:
        return parse_qs(qs, keep_blank_values=True, errors="strict", max_num_fields=100)

    def _sparql(self, params: dict[str, list[str]], body_query: str | None, *, head: bool = False) -> None:
        if "update" in params:
            self.send(text_reply(403, UPDATE_REFUSED), head=head)
            return
        queries = params.get("query", []) + ([body_query] if body_query is not None else [])
        if not queries:
            if body_query is None and self.command != "POST":
                self.send(Reply(200, "text/html; charset=utf-8", QUERY_FORM.encode("utf-8")), head=head)
            else:
                self.send(text_reply(400, "missing query"), head=head)
            return
        if len(queries) > 1:
            self.send(text_reply(400, "give exactly one query"), head=head)
            return
        why = malformed(queries[0])
        if why:
            self.send(text_reply(400, why), head=head)
            return
        why = refusal(queries[0])
        if why:
            self.send(text_reply(403, why), head=head)
            return
        wanted = accepted(self.headers.get("Accept"))
        for name in params.get("format", []) + params.get("output", []):
            wanted = SHORT_NAMES.get(name.lower(), [name.lower()] if "/" in name else []) + wanted
        job = Job(queries[0], wanted, self.server.query_timeout, self.server.max_rows,
                  params.get("default-graph-uri", []), params.get("named-graph-uri", []))
        reply = self.server.pool.run(job)
        self.send(reply, head=head, headers={"Vary": "Accept", "Cache-Control": "no-store"})

    # -- Graph Store Protocol (/data) ------------------------------------------------------------------

    def _data(self, query: str, *, head: bool = False) -> None:
        """GET ?graph=IRI / ?default: the graph, read by a worker like a CONSTRUCT query (same limits)."""
        import pyoxigraph as ox

        try:
            graph = gsp.graph_name(self._params(query))
        except (gsp.GraphStoreError, UnicodeDecodeError, ValueError) as exc:
            self.send(text_reply(getattr(exc, "status", 400), str(exc)), head=head)
            return
        default = isinstance(graph, ox.DefaultGraph)
        pattern = "?s ?p ?o" if default else f"GRAPH <{graph.value}> {{ ?s ?p ?o }}"
        wanted = [m for m in accepted(self.headers.get("Accept")) if m != "*/*"] or ["application/n-triples"]
        reply = self.server.pool.run(Job(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {pattern} }}", wanted,
                                         self.server.query_timeout, self.server.max_rows))
        if reply.status == 200 and not default and not reply.body.strip():
            reply = text_reply(404, f"no graph <{graph.value}> here (or it is empty)")
        self.send(reply, head=head, headers={"Vary": "Accept", "Cache-Control": "no-store"})

    def _write(self) -> None:
        """PUT, POST or DELETE on /data: refused unless the server is writable; see :mod:`output.graph_store`."""
        path, query = self._path()
        if path != gsp.DATA_PATH:
            allow = "GET, HEAD, POST" if path == SPARQL_PATH else "GET, HEAD"
            self.send(text_reply(405, f"{self.command} is only for {gsp.DATA_PATH}"), close=True,
                      headers={"Allow": allow})
            return
        if not self.server.writable:
            self.send(text_reply(403, gsp.WRITES_REFUSED), close=self.command != "DELETE")
            return
        body = None
        try:
            graph = gsp.graph_name(self._params(query))
            if self.command == "DELETE":
                status, message = gsp.apply(self.server.gate, "DELETE", graph, timeout=self.server.write_wait)
            else:
                fmt = gsp.body_format(self.headers.get_content_type() if self.headers.get("Content-Type") else "")
                length = self._content_length(self.server.max_write)
                if length is None:
                    return
                body = gsp.spool(self.rfile, length)
                status, message = gsp.apply(self.server.gate, self.command, graph, body, length, fmt,
                                            timeout=self.server.write_wait)
        except gsp.GraphStoreError as exc:
            # a refused body may be unread: close rather than read it as the next request
            self.send(text_reply(exc.status, str(exc)), close=body is None and self.command != "DELETE")
            return
        except (UnicodeDecodeError, ValueError) as exc:
            self.send(text_reply(400, f"bad request: {exc}"), close=True)
            return
        finally:
            if body is not None:
                body.close()
        log.info("%s %s: %s", self.command, gsp.DATA_PATH, message)
        self.send(text_reply(status, message))

    def _file(self, url_path: str, head: bool) -> None:
        try:
            path = static_file(self.server.root, url_path)
            f = path.open("rb")
        except Refused as exc:
            self.send(text_reply(exc.status, str(exc)), head=head)
            return
        except OSError:
            self.send(text_reply(404, "not found"), head=head)
            return
        with f:
            size = f.seek(0, io.SEEK_END)
            f.seek(0)
            self.send_response(200)
            self.send_header("Content-Type", file_type(path))
            self.send_header("Content-Length", str(size))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            if not head:
                while chunk := f.read(1 << 16):
                    self.wfile.write(chunk)


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 resets connections under a burst of clients

    def __init__(self, address: tuple[str, int], root: Path, pool: QueryPool, *, query_timeout: float,
                 max_rows: int, max_body: int, writable: bool = False, max_write: int = gsp.MAX_WRITE):
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.root, self.pool, self.gate = root, pool, pool.gate
        self.query_timeout, self.max_rows, self.max_body = query_timeout, max_rows, max_body
        self.writable, self.max_write = writable, max_write
        #: How long a write waits for running queries (each ends or is killed within the limit plus GRACE).
        self.write_wait = query_timeout + GRACE + 30
        super().__init__(address, Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()
        self.gate.close()


def make_server(outdir: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
                timeout: float = DEFAULT_TIMEOUT, max_rows: int = MAX_ROWS, max_body: int = MAX_BODY,
                workers: int = 2, writable: bool = False, max_write: int = gsp.MAX_WRITE) -> SparqlServer:
    """A server for a built output folder, its query workers started and the port bound (0: any free port).

    ``writable`` accepts Graph Store Protocol writes at ``/data`` (bodies up to ``max_write`` bytes).
    """
    from .oxigraph_store import QUERY_PREFIXES

    if timeout <= 0:
        raise ValueError("the query time limit must be positive")
    root = Path(outdir).resolve()
    source = store_source(root)
    if writable and source.kind != "disk":
        raise ValueError(f"--writable needs a store it can write: {root / 'store'} could not be created")
    pool = QueryPool(source, QUERY_PREFIXES, workers, timeout, gsp.Gate(source.path if writable else None))
    try:
        return SparqlServer((host, port), root, pool, query_timeout=timeout, max_rows=max_rows, max_body=max_body,
                            writable=writable, max_write=max_write)
    except BaseException:
        pool.close()
        raise


def serve(outdir: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
          ready: Callable[[str], None] | None = None, **options) -> None:
    """Serve ``outdir`` until interrupted; ``ready`` gets the URL once the server listens."""
    server = make_server(outdir, host, port, **options)
    try:
        if ready is not None:
            ready(server.url)
        server.serve_forever()
    finally:
        server.server_close()
