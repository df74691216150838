"""Send a built graph to a SPARQL 1.1 Graph Store Protocol endpoint (``newskg push``), one named graph per document.

Each document's graph goes as ``PUT {endpoint}?graph=IRI`` with an N-Triples body. PUT replaces the graph, so
pushing again is idempotent and a re-extracted document loses its old facts; graphs of documents that are no
longer in the build stay on the server untouched. Works with any Graph Store Protocol server: ``newskg serve
--writable`` (``/data``), Virtuoso (``/sparql-graph-crud``, ``/sparql-graph-crud-auth`` with a password),
Fuseki (``/DATASET/data``), Oxigraph server (``/store``), GraphDB (``/repositories/R/rdf-graphs/service``).

graph.nq is sorted line by line (so by subject, not by graph), and a document's lines are scattered through it.
A first pass checks: if each graph's lines are contiguous they are streamed as they come; otherwise they are
spread over bucket files by a hash of the graph name, so that memory holds one bucket (at most about
:data:`BUCKET_BYTES`) and one document's body at a time, never the whole file.

Only the standard library speaks HTTP (urllib); a password is answered for HTTP Basic or Digest challenges.
``timeout`` bounds each request as a whole, connection to last byte: a server that drips its answer a byte
at a time has its connection shut at the deadline. A busy server's 503 (or 429) is retried a few times,
after its ``Retry-After`` or a growing pause.
"""

from __future__ import annotations

import functools
import http.client
import logging
import math
import re
import socket
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from . import registry
from .rdf.terms import BASE

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 60.0
#: Graph names in graph.nq are document IRIs under this namespace (what ``graph_prefix`` replaces).
DOCUMENT_NS = BASE + "document/"
CONTENT_TYPE = "application/n-triples"
#: When a graph's lines are scattered, the most of graph.nq held in memory at once.
BUCKET_BYTES = 32 << 20
MAX_BUCKETS = 1024
#: Characters of the server's error message kept in a one-line error.
MESSAGE_CHARS = 300
#: Answers that mean "busy, try again", how often a request is retried on them, the first pause (doubled
#: each time) when the server gives no ``Retry-After``, and the longest pause taken.
RETRY_CODES = frozenset({429, 503})
RETRIES = 3
RETRY_PAUSE = 1.0
MAX_RETRY_PAUSE = 30.0

# N-Quads terms, enough to find where the graph name starts; the server does the full validation.
_IRI = r"<[^<>\s]*>"
_BNODE = r'_:[^\s<>"]*[^\s<>".]'
_LITERAL = r'"(?:[^"\\\r\n]|\\.)*"(?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\^\^<[^<>\s]*>)?'
_QUAD = re.compile(rf"\s*(?:{_IRI}|{_BNODE})\s*{_IRI}\s*(?:{_IRI}|{_BNODE}|{_LITERAL})"
                   rf"(?P<g>\s*(?:{_IRI}|{_BNODE}))?\s*\.\s*(?:#.*)?")


class PushError(Exception):
    """A push that failed; ``str()`` is one line saying what and where."""


@dataclass(frozen=True)
class PushReport:
    graphs: int
    triples: int
    bytes: int
    seconds: float
    #: Triples of the default graph, which push leaves alone (the writer puts none there).
    skipped: int = 0

    def summary(self) -> str:
        mb = self.bytes / 1e6
        line = f"pushed {self.graphs} graphs, {self.triples} triples ({mb:.1f} MB) in {self.seconds:.1f} s"
        return line + (f"; skipped {self.skipped} default-graph triples" if self.skipped else "")


@dataclass(frozen=True)
class _Quad:
    graph: str | None  # the graph term as written (<iri> or _:b), None for the default graph
    triple: str  # the line as an N-Triples line, ending in "\n"


def _parse(line: str, where: str) -> _Quad | None:
    text = line.rstrip("\r\n")
    if not text.strip() or text.lstrip().startswith("#"):
        return None
    m = _QUAD.fullmatch(text)
    if m is None:
        raise PushError(f"{where}: not an N-Quads line (RDF-star and other extensions are not supported): "
                        f"{text[:80]}")
    if m.group("g") is None:
        return _Quad(None, text.rstrip().removesuffix(".").rstrip() + " .\n")
    return _Quad(m.group("g").strip(), text[:m.start("g")].rstrip() + " .\n")


def _scan(path: Path) -> tuple[bool, int]:
    """Whether each graph's lines are contiguous in ``path``, and its size; fails on a line it cannot read."""
    seen: set[str | None] = set()
    current: object = object()
    contiguous = True
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            quad = _parse(line, f"{path.name}:{n}")
            if quad is None or quad.graph == current:
                continue
            if quad.graph in seen:
                contiguous = False
            seen.add(quad.graph)
            current = quad.graph
    return contiguous, path.stat().st_size


def _runs(path: Path) -> Iterator[tuple[str | None, list[str]]]:
    """(graph, triple lines) for a file whose graphs are contiguous, one graph in memory at a time."""
    graph, lines = None, []
    with path.open(encoding="utf-8") as f:
        for line in f:
            quad = _parse(line, path.name)
            if quad is None:
                continue
            if lines and quad.graph != graph:
                yield graph, lines
                lines = []
            graph = quad.graph
            lines.append(quad.triple)
    if lines:
        yield graph, lines


def _grouped(path: Path) -> Iterator[tuple[str | None, list[str]]]:
    """(graph, triple lines) for a file sorted some other way: hash-partitioned into bucket files first."""
    buckets = min(MAX_BUCKETS, max(1, math.ceil(path.stat().st_size / BUCKET_BYTES)))
    with tempfile.TemporaryDirectory(prefix="newskg-push-") as tmp:
        if buckets == 1:
            files = [path]
        else:
            files = [Path(tmp) / f"{i:04d}.nq" for i in range(buckets)]
            outs = [p.open("w", encoding="utf-8") for p in files]
            try:
                with path.open(encoding="utf-8") as f:
                    for line in f:
                        quad = _parse(line, path.name)
                        if quad is not None:
                            key = zlib.crc32((quad.graph or "").encode("utf-8")) % buckets
                            outs[key].write(line if line.endswith("\n") else line + "\n")
            finally:
                for out in outs:
                    out.close()
        for bucket in files:
            groups: dict[str | None, list[str]] = {}
            with bucket.open(encoding="utf-8") as f:
                for line in f:
                    quad = _parse(line, path.name)
                    if quad is not None:
                        groups.setdefault(quad.graph, []).append(quad.triple)
            for graph in sorted(groups, key=lambda g: g or ""):
                yield graph, groups.pop(graph)


def graphs(path: str | Path) -> Iterator[tuple[str | None, list[str]]]:
    """The graphs of an N-Quads file as (graph term or None for the default graph, N-Triples lines)."""
    path = Path(path)
    contiguous, _size = _scan(path)
    yield from (_runs if contiguous else _grouped)(path)


def nquads_file(outdir: str | Path) -> Path:
    """OUTDIR/graph.nq, written from graph.json first when it is missing or older than graph.json."""
    outdir = Path(outdir)
    path = outdir / registry.filename("nq")
    source = outdir / registry.filename("json")
    if path.exists() and not (source.exists() and source.stat().st_mtime_ns > path.stat().st_mtime_ns):
        return path
    if not source.exists():
        raise FileNotFoundError(f"{outdir}: no graph.nq or graph.json here (run `newskg build … -o {outdir}`)")
    from . import graph_json

    log.info("writing %s from %s", path, source)
    registry.writer("nq")(graph_json.read(source), path)
    return path


def graph_url(endpoint: str, graph_iri: str) -> str:
    """``{endpoint}?graph={IRI, percent-encoded}`` (``&graph=`` when the endpoint has a query already)."""
    return endpoint + ("&" if urlsplit(endpoint).query else "?") + "graph=" + quote(graph_iri, safe="")


def target_iri(graph_iri: str, graph_prefix: str | None) -> str:
    """The name a graph gets on the server: ``graph_prefix`` replaces the document namespace when given."""
    if graph_prefix and graph_iri.startswith(DOCUMENT_NS):
        return graph_prefix + graph_iri[len(DOCUMENT_NS):]
    return graph_iri


class _Watch:
    """The deadline of one request: at it, the request's socket is shut, which ends any read in progress."""

    def __init__(self) -> None:
        self.sock: socket.socket | None = None
        self.expired = False
        self._timer: threading.Timer | None = None

    def start(self, seconds: float) -> None:
        self.sock, self.expired = None, False
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()

    def track(self, sock: socket.socket) -> None:
        self.sock = sock
        if self.expired:
            self._shut()

    def _expire(self) -> None:
        self.expired = True
        self._shut()

    def _shut(self) -> None:
        sock = self.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Tracked:
    """A connection that hands its socket to a :class:`_Watch` once connected."""

    def __init__(self, *args, watch: _Watch, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._watch = watch

    def connect(self) -> None:
        super().connect()
        self._watch.track(self.sock)


class _HTTPConnection(_Tracked, http.client.HTTPConnection):
    pass


class _HTTPSConnection(_Tracked, http.client.HTTPSConnection):
    pass


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, watch: _Watch) -> None:
        super().__init__()
        self.watch = watch

    def http_open(self, req):
        return self.do_open(functools.partial(_HTTPConnection, watch=self.watch), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, watch: _Watch) -> None:
        super().__init__()
        self.watch = watch

    def https_open(self, req):
        return self.do_open(functools.partial(_HTTPSConnection, watch=self.watch), req,
                            context=getattr(self, "_context", None))


def _opener(endpoint: str, auth: tuple[str, str] | None, watch: _Watch | None = None) -> urllib.request.OpenerDirector:
    """An opener answering auth challenges whose connections report to ``watch`` (a watch never started: none)."""
    watch = watch or _Watch()
    handlers: list = [_HTTPHandler(watch), _HTTPSHandler(watch)]
    if auth is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, endpoint, auth[0], auth[1])
        handlers += [urllib.request.HTTPBasicAuthHandler(passwords), urllib.request.HTTPDigestAuthHandler(passwords)]
    return urllib.request.build_opener(*handlers)


def _pause(err: urllib.error.HTTPError, attempt: int) -> float:
    """Seconds to wait before retrying: the server's ``Retry-After`` (in seconds), else a doubling pause."""
    value = (err.headers.get("Retry-After") or "").strip() if err.headers else ""
    seconds = float(value) if value.isdigit() else RETRY_PAUSE * 2**attempt
    return min(seconds, MAX_RETRY_PAUSE)


def _server_message(err: urllib.error.HTTPError) -> str:
    try:
        body = err.read(64 << 10).decode("utf-8", "replace")
    except OSError:
        body = ""
    text = " ".join(re.sub(r"<[^>]*>", " ", body).split())  # one line, HTML error pages as text
    return text[:MESSAGE_CHARS] + ("…" if len(text) > MESSAGE_CHARS else "")


def _put(opener, watch: _Watch, url: str, body: bytes, timeout: float, endpoint: str, graph: str,
         retries: int = RETRIES) -> None:
    for attempt in range(retries + 1):
        try:
            _put_once(opener, watch, url, body, timeout, endpoint, graph)
            return
        except urllib.error.HTTPError as err:
            if err.code not in RETRY_CODES or attempt == retries:
                message = _server_message(err)
                tried = f" (tried {attempt + 1} times)" if attempt else ""
                raise PushError(f"PUT <{graph}> to {endpoint}: HTTP {err.code} {err.reason}{tried}"
                                + (f": {message}" if message else "")) from None
            pause = _pause(err, attempt)
            log.info("PUT <%s>: HTTP %d, retrying in %g s", graph, err.code, pause)
            time.sleep(pause)


def _put_once(opener, watch: _Watch, url: str, body: bytes, timeout: float, endpoint: str, graph: str) -> None:
    """One PUT, all of it within ``timeout`` seconds; an HTTP error status is raised as ``HTTPError``."""
    request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": CONTENT_TYPE})
    watch.start(timeout)
    try:
        with opener.open(request, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError:
        if watch.expired:
            raise PushError(f"{endpoint}: no complete answer within {timeout:g} s (PUT <{graph}>)") from None
        raise
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        if watch.expired:
            raise PushError(f"{endpoint}: no complete answer within {timeout:g} s (PUT <{graph}>)") from None
        _fail(exc, endpoint, graph, timeout)
    finally:
        watch.stop()


def _fail(exc: Exception, endpoint: str, graph: str, timeout: float) -> None:
    if isinstance(exc, urllib.error.URLError):
        reason = exc.reason
        if isinstance(reason, ConnectionRefusedError):
            raise PushError(f"cannot connect to {endpoint}: connection refused (is the server running?)") from None
        if isinstance(reason, TimeoutError):
            raise PushError(f"{endpoint}: no answer within {timeout:g} s") from None
        raise PushError(f"cannot reach {endpoint}: {getattr(reason, 'strerror', None) or reason}") from None
    if isinstance(exc, TimeoutError):
        raise PushError(f"{endpoint}: no answer within {timeout:g} s (PUT <{graph}>)") from None
    raise PushError(f"{endpoint}: connection failed during PUT <{graph}>: {exc}") from None


def push(outdir: str | Path, endpoint: str, graph_prefix: str | None = None, timeout: float = DEFAULT_TIMEOUT,
         auth: tuple[str, str] | None = None, retries: int = RETRIES) -> PushReport:
    """PUT each document's named graph of OUTDIR/graph.nq to a Graph Store Protocol ``endpoint``.

    ``graph_prefix`` renames the graphs on the server (``{graph_prefix}{document id}``); ``auth`` is
    ``(user, password)``; ``timeout`` bounds each request from connection to last byte; a 503 or 429 answer
    is retried up to ``retries`` times. Raises :class:`PushError` (one line) when the server cannot be reached or refuses
    a graph; graphs sent before that stay sent.
    """
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"endpoint {endpoint!r} is not an http(s) URL")
    if timeout <= 0:
        raise PushError("the timeout must be positive")
    path = nquads_file(outdir)
    if retries < 0:
        raise PushError("the number of retries cannot be negative")
    watch = _Watch()
    opener = _opener(endpoint, auth, watch)
    t0 = time.monotonic()
    n_graphs = n_triples = n_bytes = skipped = 0
    for graph, lines in graphs(path):
        if graph is None:
            skipped += len(lines)
            continue
        if not graph.startswith("<"):
            raise PushError(f"{path.name}: graph {graph} is a blank node, which a Graph Store Protocol URL cannot name")
        iri = target_iri(graph[1:-1], graph_prefix)
        body = "".join(lines).encode("utf-8")
        _put(opener, watch, graph_url(endpoint, iri), body, timeout, endpoint, iri, retries)
        n_graphs, n_triples, n_bytes = n_graphs + 1, n_triples + len(lines), n_bytes + len(body)
        log.info("pushed <%s>: %d triples", iri, len(lines))
    if skipped:
        log.warning("%s: %d triples in the default graph were not pushed", path, skipped)
    return PushReport(n_graphs, n_triples, n_bytes, time.monotonic() - t0, skipped)
