"""A read-only SPARQL 1.1 Protocol endpoint and file server for a built output folder (``newskg serve``).

``/sparql`` answers GET and POST queries from the pyoxigraph store of OUTDIR (see :mod:`output.oxigraph_store`),
the format chosen by the Accept header; every other path is a file of OUTDIR (``/`` is graph.html), never
anything outside it. This module is the HTTP side only; the rooms it wires together:

- :mod:`output.sparql_protocol`: a request's parameters → the job to run or the reply that refuses it;
- :mod:`output.sparql_policy`: what is refused (updates, SERVICE, too long, too deep, too many patterns);
- :mod:`output.query_pool`: the worker processes and the time limit (an overrunning worker is killed);
- :mod:`output.sparql_results`: running a job in a worker and writing its results;
- :mod:`output.static_files`: the files of OUTDIR; :mod:`output.connections`: how many connections, how long.
Every malformed request is answered (400, 411, 413, 431 …); an unexpected error is a 500 and one log line.

Read-only: updates are refused with 403 before they reach a worker, and a worker only ever calls
``Store.query`` on a store opened read-only. SPARQL Update stays refused even with ``--writable``, which adds
only the Graph Store Protocol at ``/data``: GET ``?graph=IRI`` (or ``?default``) gives a graph, and with
``writable`` PUT replaces it, POST adds to it and DELETE drops it (:mod:`output.gsp_writes`).

The workers see the graph file as loaded when the server started (plus any writes to ``/data``): restart the
server after a rebuild (which drops what was pushed). Workers are started with ``spawn``, so a script that
calls :func:`make_server` needs the usual ``if __name__ == "__main__":`` guard.
"""

from __future__ import annotations

import io
import logging
import re
import socket
import sys
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from . import gsp_writes as gsp
from . import sparql_protocol as proto
from .connections import BODY_TIMEOUT, HEADER_TIMEOUT, MAX_CONNECTIONS, ConnectionGuard, refuse
from .query_pool import GRACE, QueryPool, store_source
from .sparql_policy import UPDATE_REFUSED
from .sparql_protocol import SPARQL_PATH, Job, Reply, accepted, text_reply
from .static_files import Refused, file_type, static_file

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"  # this machine only; pass --host 0.0.0.0 deliberately to share
DEFAULT_PORT = 8000
DEFAULT_TIMEOUT = 10.0
MAX_ROWS = 100_000
MAX_BODY = 1 << 20
#: Replies and files are written this many bytes at a time, each block renewing the body deadline.
BLOCK = 1 << 16


class Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"  # keep-alive: every reply has a Content-Length
    server_version = "newskg"
    timeout = 60  # bounds each socket read or write; the connection guard bounds the whole request
    default_request_version = "HTTP/1.0"  # an unreadable request line still gets a status line with its 400
    error_content_type = "text/plain; charset=utf-8"
    error_message_format = "%(code)d %(message)s: %(explain)s\n"
    _replying = False

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base class's name)
        log.info("%s %s", self.address_string(), format % args)

    def handle_one_request(self) -> None:
        """One request, its reading bounded by the guard's deadlines; nothing it raises reaches the log as a
        traceback: a client gone or too slow ends the connection, anything else is a 500 with one log line."""
        guard = self.server.guard
        guard.expect(self.connection, guard.header_timeout)
        self._replying = False
        try:
            super().handle_one_request()
        except OSError as exc:  # reset, broken pipe, shut by the guard, socket timeout
            log.info("%s: connection ended: %s", self.address_string(), exc)
            self.close_connection = True
        except Exception as exc:
            log.error("%s %s: %s: %s", getattr(self, "command", None), getattr(self, "path", None),
                      type(exc).__name__, exc)
            log.debug("details", exc_info=True)
            self.close_connection = True
            if not self._replying:
                try:
                    self.send(text_reply(500, f"internal server error: {type(exc).__name__}"), close=True)
                except OSError:
                    pass

    def parse_request(self) -> bool:
        ok = super().parse_request()
        if ok and self.path.startswith(("http://", "https://")):
            try:
                urlsplit(self.path)
            except ValueError as exc:  # "Invalid IPv6 URL" …
                self.send_error(400, "bad request target", str(exc))
                return False
        if ok:  # headers read: the body and the reply get their own deadline
            self.server.guard.expect(self.connection, self.server.guard.body_timeout)
        return ok

    def send_response(self, code: int, message: str | None = None) -> None:
        self._replying = True
        super().send_response(code, message)

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
            body = memoryview(reply.body)
            for i in range(0, len(body), BLOCK):
                self._write_block(body[i:i + BLOCK])

    def _write_block(self, block) -> None:
        """Write one block of a reply; a reader that keeps taking blocks gets a new deadline for each."""
        self.wfile.write(block)
        self.server.guard.expect(self.connection, self.server.guard.body_timeout)

    def do_GET(self) -> None:
        self._get(head=False)

    def do_HEAD(self) -> None:
        self._get(head=True)

    def _get(self, head: bool) -> None:
        path, query = self._path()
        if not path.startswith("/"):
            self.send(text_reply(400, "bad request target"), head=head, close=True)
        elif path == SPARQL_PATH:
            try:
                found = proto.params(query)
            except proto.BadRequest as exc:
                self.send(text_reply(400, str(exc)), head=head)
                return
            self._sparql(found, None, head=head)
        elif path == gsp.DATA_PATH:
            self._data(query, head=head)
        else:
            self._file(path, head)

    def _content_length(self, limit: int) -> int | None:
        """The request's Content-Length, or None after refusing it (chunked, missing, malformed, over ``limit``)."""
        value = self.headers.get("Content-Length")
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            refused = text_reply(411, "send a Content-Length (chunked bodies are not accepted)")
        elif value is None:
            refused = text_reply(411, f"{self.command} needs a Content-Length")
        elif not re.fullmatch(r"[0-9]{1,19}", value.strip()):  # int() would take "+6", "6_0", " 6 "
            refused = text_reply(400, f"bad Content-Length {value!r}")
        elif int(value) > limit:
            refused = text_reply(413, f"request body over the server's limit of {limit} bytes")
        else:
            return int(value)
        self.send(refused, close=True)
        return None

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
        if len(body) < length:  # the client went away, or the guard ended a trickle
            self.close_connection = True
            return
        ctype = self.headers.get_content_type()
        try:
            found = proto.params(query)
            if ctype == "application/sparql-update":
                self.send(text_reply(403, UPDATE_REFUSED))
            elif ctype == "application/x-www-form-urlencoded":
                for key, values in proto.params(body.decode("utf-8")).items():
                    found.setdefault(key, []).extend(values)
                self._sparql(found, None)
            elif ctype == "application/sparql-query":
                self._sparql(found, body.decode("utf-8"))
            else:
                self.send(text_reply(415, "POST a query as application/x-www-form-urlencoded (query=…) "
                                          "or as application/sparql-query"))
        except UnicodeDecodeError:
            self.send(text_reply(400, "the request is not valid UTF-8"))
        except proto.BadRequest as exc:
            self.send(text_reply(400, str(exc)))

    def _sparql(self, found: dict[str, list[str]], body_query: str | None, *, head: bool = False) -> None:
        server = self.server
        job = proto.query_job(found, body_query, self.headers.get("Accept"), method=self.command,
                              timeout=server.query_timeout, max_rows=server.max_rows)
        if isinstance(job, Reply):
            self.send(job, head=head)
            return
        with server.guard.busy(self.connection):
            reply = server.pool.run(job)
        self.send(reply, head=head, headers={"Vary": "Accept", "Cache-Control": "no-store"})

    # -- Graph Store Protocol (/data) ------------------------------------------------------------------

    def _data(self, query: str, *, head: bool = False) -> None:
        """GET ?graph=IRI / ?default: the graph, read by a worker like a CONSTRUCT query (same limits)."""
        import pyoxigraph as ox

        try:
            graph = gsp.graph_name(proto.params(query))
        except (gsp.GraphStoreError, proto.BadRequest) as exc:
            self.send(text_reply(getattr(exc, "status", 400), str(exc)), head=head)
            return
        default = isinstance(graph, ox.DefaultGraph)
        pattern = "?s ?p ?o" if default else f"GRAPH <{graph.value}> {{ ?s ?p ?o }}"
        wanted = [m for m in accepted(self.headers.get("Accept")) if m != "*/*"] or ["application/n-triples"]
        with self.server.guard.busy(self.connection):
            reply = self.server.pool.run(Job(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {pattern} }}", wanted,
                                             self.server.query_timeout, self.server.max_rows))
        if reply.status == 200 and not default and not reply.body.strip():
            reply = text_reply(404, f"no graph <{graph.value}> here (or it is empty)")
        self.send(reply, head=head, headers={"Vary": "Accept", "Cache-Control": "no-store"})

    def _write(self) -> None:
        """PUT, POST or DELETE on /data: refused unless the server is writable; see :mod:`output.gsp_writes`."""
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
            graph = gsp.graph_name(proto.params(query))
            if self.command == "DELETE":
                with self.server.guard.busy(self.connection):
                    status, message = gsp.apply(self.server.gate, "DELETE", graph, timeout=self.server.write_wait)
            else:
                fmt = gsp.body_format(self.headers.get_content_type() if self.headers.get("Content-Type") else "")
                length = self._content_length(self.server.max_write)
                if length is None:
                    return
                body = gsp.spool(self.rfile, length)
                with self.server.guard.busy(self.connection):
                    status, message = gsp.apply(self.server.gate, self.command, graph, body, length, fmt,
                                                timeout=self.server.write_wait)
        except gsp.GraphStoreError as exc:
            # a refused body may be unread: close rather than read it as the next request
            self.send(text_reply(exc.status, str(exc)), close=body is None and self.command != "DELETE")
            return
        except (proto.BadRequest, ValueError) as exc:
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
                while chunk := f.read(BLOCK):
                    self._write_block(chunk)


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 resets connections under a burst of clients

    def __init__(self, address: tuple[str, int], root: Path, pool: QueryPool, *, query_timeout: float,
                 max_rows: int, max_body: int, writable: bool = False, max_write: int = gsp.MAX_WRITE,
                 guard: ConnectionGuard | None = None):
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.root, self.pool, self.gate = root, pool, pool.gate
        self.guard = guard or ConnectionGuard()
        self.query_timeout, self.max_rows, self.max_body = query_timeout, max_rows, max_body
        self.writable, self.max_write = writable, max_write
        #: How long a write waits for running queries (each ends or is killed within the limit plus GRACE).
        self.write_wait = query_timeout + GRACE + 30
        super().__init__(address, Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"

    def process_request(self, request, client_address) -> None:
        if not self.guard.admit(request):
            self.guard.note_refused(client_address[0])
            refuse(request, self.guard.limit)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:  # no thread could start: the connection is not counted any more
            self.shutdown_request(request)
            raise

    def shutdown_request(self, request) -> None:
        self.guard.release(request)
        super().shutdown_request(request)

    def handle_error(self, request, client_address) -> None:
        """One line, not socketserver's traceback (the handler already answers what it can)."""
        exc = sys.exc_info()[1]
        log.warning("%s: %s: %s", client_address[0], type(exc).__name__, exc)

    def server_close(self) -> None:
        super().server_close()
        self.guard.close()
        self.pool.close()
        self.gate.close()


def make_server(outdir: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
                timeout: float = DEFAULT_TIMEOUT, max_rows: int = MAX_ROWS, max_body: int = MAX_BODY,
                workers: int = 2, writable: bool = False, max_write: int = gsp.MAX_WRITE,
                max_connections: int = MAX_CONNECTIONS, header_timeout: float = HEADER_TIMEOUT,
                body_timeout: float = BODY_TIMEOUT) -> SparqlServer:
    """A server for a built output folder, its query workers started and the port bound (0: any free port).

    ``writable`` accepts Graph Store Protocol writes at ``/data`` (bodies up to ``max_write`` bytes).
    ``max_connections``, ``header_timeout`` and ``body_timeout``: see :mod:`output.connections`.
    """
    from .oxigraph_store import QUERY_PREFIXES

    if timeout <= 0:
        raise ValueError("the query time limit must be positive")
    if not 0 <= port <= 65535:
        raise ValueError(f"port {port} is not a TCP port (0 to 65535; 0: any free port)")
    guard = ConnectionGuard(max_connections, header_timeout, body_timeout)
    root = Path(outdir).resolve()
    source = store_source(root)
    if writable and source.kind != "disk":
        raise ValueError(f"--writable needs a store it can write: {root / 'store'} could not be created")
    pool = QueryPool(source, QUERY_PREFIXES, workers, timeout, gsp.Gate(source.path if writable else None))
    try:
        return SparqlServer((host, port), root, pool, query_timeout=timeout, max_rows=max_rows, max_body=max_body,
                            writable=writable, max_write=max_write, guard=guard)
    except BaseException:
        pool.close()
        guard.close()
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
