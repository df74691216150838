"""How many connections ``newskg serve`` holds, and for how long a client may take to speak.

A threaded server gives every connection a thread; a client that opens many and trickles a byte now and
then (slowloris) would hold them all, since a socket timeout bounds each read but not the request. So:

- at most ``limit`` connections are open; one more is answered 503 and closed at once;
- each phase of a connection has a deadline on the wall clock, not per read: the request line and headers
  (``header_timeout``, which also bounds an idle keep-alive connection), then the body and the reply
  (``body_timeout``, renewed for every block of a reply or file sent, so a slow but steady reader is served).
  While a query runs (:meth:`ConnectionGuard.busy`) there is no deadline: the query pool has its own.

A watcher thread shuts down the socket of a connection past its deadline; the blocked read in the
handler's thread then returns, and the thread ends.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 100
HEADER_TIMEOUT = 20.0
BODY_TIMEOUT = 30.0
#: Seconds between two log lines about refused connections.
NOTE_EVERY = 10.0
BUSY = b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nRetry-After: 1\r\n"


class ConnectionGuard:
    """Open connections and their deadlines, with the thread that ends those past it."""

    def __init__(self, limit: int = MAX_CONNECTIONS, header_timeout: float = HEADER_TIMEOUT,
                 body_timeout: float = BODY_TIMEOUT, tick: float = 0.25):
        if limit < 1 or header_timeout <= 0 or body_timeout <= 0:
            raise ValueError("connection limit and timeouts must be positive")
        self.limit, self.header_timeout, self.body_timeout = limit, header_timeout, body_timeout
        self._deadlines: dict[socket.socket, float | None] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._tick = tick
        self._refused, self._noted = 0, -NOTE_EVERY
        self._watcher = threading.Thread(target=self._watch, name="newskg-connections", daemon=True)
        self._watcher.start()

    def admit(self, sock: socket.socket) -> bool:
        """Take ``sock`` on (its header deadline starts now), or False when ``limit`` are open."""
        with self._lock:
            if len(self._deadlines) >= self.limit:
                return False
            self._deadlines[sock] = time.monotonic() + self.header_timeout
            return True

    def note_refused(self, host: str) -> None:
        """Log refused connections, at most one line every :data:`NOTE_EVERY` seconds (a flood must not flood
        the log)."""
        now = time.monotonic()
        with self._lock:
            self._refused += 1
            if now - self._noted < NOTE_EVERY:
                return
            n, self._refused, self._noted = self._refused, 0, now
        log.warning("%d connection(s) refused, the last from %s: %d open (the limit)", n, host, self.limit)

    def release(self, sock: socket.socket) -> None:
        with self._lock:
            self._deadlines.pop(sock, None)

    @property
    def open(self) -> int:
        with self._lock:
            return len(self._deadlines)

    def expect(self, sock: socket.socket, seconds: float | None) -> None:
        """``sock`` must finish its current phase within ``seconds`` (None: no deadline)."""
        with self._lock:
            if sock in self._deadlines:
                self._deadlines[sock] = None if seconds is None else time.monotonic() + seconds

    @contextmanager
    def busy(self, sock: socket.socket) -> Iterator[None]:
        """No deadline while the server itself works (a query runs); the reply then has ``body_timeout``."""
        self.expect(sock, None)
        try:
            yield
        finally:
            self.expect(sock, self.body_timeout)

    def _watch(self) -> None:
        while not self._stop.wait(self._tick):
            now = time.monotonic()
            with self._lock:
                late = [s for s, d in self._deadlines.items() if d is not None and now > d]
                for s in late:
                    self._deadlines[s] = None  # shut once
            for s in late:
                log.info("closing a connection that overran its deadline (slow or idle client)")
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass  # already closed by its thread

    def close(self) -> None:
        self._stop.set()
        self._watcher.join(5)


def refuse(sock: socket.socket, limit: int) -> None:
    """Answer 503 on a connection over the limit and close it, without a thread and without blocking."""
    body = f"too many connections (the server's limit is {limit}); try again shortly\n".encode()
    try:
        sock.setblocking(False)
        try:
            sock.recv(1 << 16)  # what the client already sent: closing with it unread would reset the connection
        except OSError:
            pass
        sock.send(BUSY + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
        sock.shutdown(socket.SHUT_WR)
    except OSError:
        pass
    finally:
        sock.close()
