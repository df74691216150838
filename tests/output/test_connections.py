"""Connection limits of ``newskg serve``: a cap on open connections and wall-clock deadlines, so that slow or
trickling clients (slowloris) cannot hold threads without end. A server of its own with small limits."""

from __future__ import annotations

import http.client
import shutil
import socket
import threading
import time
from urllib.parse import quote

import pytest
from newskg.output import server as srv
from newskg.output.connections import ConnectionGuard

CAP = 3
HEADER_S = 1.0
BODY_S = 1.0
QUERY_S = 2.5
#: Runs for hours; stopped by the query time limit.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def small(sample_out, tmp_path_factory):
    out = tmp_path_factory.mktemp("conn") / "out"
    out.mkdir()
    for name in ("graph.ttl", "graph.html"):
        shutil.copy(sample_out / name, out / name)
    server = srv.make_server(out, port=0, timeout=QUERY_S, workers=1, max_connections=CAP,
                             header_timeout=HEADER_S, body_timeout=BODY_S)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


def connect(server) -> socket.socket:
    return socket.create_connection(server.server_address[:2], timeout=10)


def closed_after(sock: socket.socket, trickle: bytes = b"") -> float:
    """Seconds until the server ends the connection, sending ``trickle`` a byte every 0.2 s meanwhile."""
    t0 = time.monotonic()
    sock.settimeout(0.2)
    for i in range(200):
        try:
            if not sock.recv(4096):
                break
        except TimeoutError:
            if trickle:
                try:
                    sock.send(trickle[i % len(trickle):][:1])
                except OSError:
                    break
        except OSError:  # reset
            break
    return time.monotonic() - t0


def wait_open(server, n: int) -> None:
    for _ in range(100):
        if server.guard.open == n:
            return
        time.sleep(0.05)
    raise AssertionError(f"{server.guard.open} connections open, expected {n}")


def get(server, path: str = "/sparql?query=" + quote("ASK {}")) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(*server.server_address[:2], timeout=20)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def test_headers_trickled_forever_are_cut_at_the_header_deadline(small):
    with connect(small) as sock:
        sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\n")
        elapsed = closed_after(sock, trickle=b"X-Slow: a\r\n")
    assert HEADER_S - 0.1 <= elapsed < HEADER_S + 1.5
    wait_open(small, 0)


def test_a_body_that_stops_is_cut_at_the_body_deadline(small):
    with connect(small) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\nContent-Length: 100\r\n\r\nASK")
        elapsed = closed_after(sock)
    assert BODY_S - 0.1 <= elapsed < BODY_S + 1.5
    wait_open(small, 0)


def test_an_idle_keep_alive_connection_is_closed(small):
    conn = http.client.HTTPConnection(*small.server_address[:2], timeout=10)
    conn.request("GET", "/sparql?query=" + quote("ASK {}"))
    assert conn.getresponse().read() == b'{"head":{},"boolean":true}'
    wait_open(small, 1)
    time.sleep(HEADER_S + 0.8)
    wait_open(small, 0)
    conn.close()


def test_connections_over_the_cap_get_503_and_no_thread(small):
    threads = threading.active_count()
    holders = [connect(small) for _ in range(CAP)]
    for sock in holders:
        sock.sendall(b"GET / HTTP/1.1\r\n")  # and never the rest
    wait_open(small, CAP)
    extra = [get(small) for _ in range(10)]
    assert extra == [(503, f"too many connections (the server's limit is {CAP}); try again shortly\n".encode())] * 10
    assert threading.active_count() <= threads + CAP
    for sock in holders:  # the guard ends them at their header deadline
        assert closed_after(sock) < HEADER_S + 1.5
        sock.close()
    wait_open(small, 0)
    assert get(small) == (200, b'{"head":{},"boolean":true}')


def test_a_query_longer_than_the_body_deadline_is_answered(small):
    """While a query runs the connection has no deadline: the query's own limit answers it."""
    t0 = time.monotonic()
    status, body = get(small, "/sparql?query=" + quote(ENDLESS))
    assert (status, body) == (503, f"query stopped: it ran longer than the server's limit of {QUERY_S:g} s\n".encode())
    assert QUERY_S <= time.monotonic() - t0 < QUERY_S + srv.GRACE + 2


def test_a_slow_but_steady_file_reader_is_served(small):
    """The body deadline is renewed for every block sent, so a reader that keeps reading gets the whole file
    even when that takes longer than the deadline."""
    big = small.root / "big.txt"
    big.write_bytes(b"0123456789abcde\n" * (1 << 20))  # 16 MiB: more than the socket buffers hold
    try:
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16384)
        sock.settimeout(10)
        sock.connect(small.server_address[:2])
        with sock:
            sock.sendall(b"GET /big.txt HTTP/1.1\r\nHost: x\r\n\r\n")
            got, t0 = 0, time.monotonic()
            while got < (16 << 20) + 100 and (chunk := sock.recv(65536)):
                got += len(chunk)
                time.sleep(0.004 * len(chunk) / 16384)  # about 4 MB/s: 4 s for the file
            elapsed = time.monotonic() - t0
    finally:
        big.unlink()
    assert elapsed > 2 * BODY_S
    assert got > 16 << 20  # headers and the whole file


def test_guard_units():
    guard = ConnectionGuard(limit=2, header_timeout=0.3, body_timeout=5.0, tick=0.05)
    a, a_peer = socket.socketpair()
    b, b_peer = socket.socketpair()
    c, c_peer = socket.socketpair()
    try:
        assert guard.admit(a) and guard.admit(b) and not guard.admit(c)
        with guard.busy(b):  # no deadline while busy
            time.sleep(0.5)
            assert a.recv(10) == b""  # a overran its header deadline: shut down
            b_peer.sendall(b"x")
            assert b.recv(10) == b"x"
        guard.release(a)
        assert guard.open == 1 and guard.admit(c)
    finally:
        guard.close()
        for s in (a, a_peer, b, b_peer, c, c_peer):
            s.close()


@pytest.mark.parametrize(("options", "message"), [
    ({"port": 70000}, "port 70000 is not a TCP port (0 to 65535; 0: any free port)"),
    ({"port": -1}, "port -1 is not a TCP port (0 to 65535; 0: any free port)"),
])
def test_bad_port_is_refused_with_a_message(sample_out, options, message):
    with pytest.raises(ValueError) as err:
        srv.make_server(sample_out, **options)
    assert str(err.value) == message


def test_refusals_are_logged_once_per_period(caplog):
    guard = ConnectionGuard(limit=1)
    try:
        with caplog.at_level("WARNING", logger="newskg.output.connections"):
            for _ in range(500):
                guard.note_refused("127.0.0.1")
        assert caplog.messages == ["1 connection(s) refused, the last from 127.0.0.1: 1 open (the limit)"]
    finally:
        guard.close()
