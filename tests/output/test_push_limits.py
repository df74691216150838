"""``newskg push`` against hostile or busy servers: a whole-request deadline, retries on 503 and 429."""

from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path

import pytest
from newskg.output import push as P

DOC = P.DOCUMENT_NS
NQ = (
    f'<https://newskg.example.org/id/person/王建国> <http://schema.org/name> "王建国" <{DOC}a.txt> .\n'
    f'<https://newskg.example.org/id/person/李明> <http://schema.org/name> "李明" <{DOC}b.txt> .\n'
)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, handler) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.puts: list[str] = []
        self.answers: list[int] = []  # status per PUT, in order; 201 once they run out

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/data"


class _Busy(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self.server.puts.append(self.path)
        status = self.server.answers.pop(0) if self.server.answers else 201
        body = b"busy, come back later" if status != 201 else b""
        self.send_response(status)
        if status != 201:
            self.send_header("Retry-After", "0")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Dripping(http.server.BaseHTTPRequestHandler):
    """Answers 201 with a 100-byte body sent a byte every 0.2 s: every read is quick, the answer never ends."""

    def log_message(self, *args) -> None:
        pass

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self.server.puts.append(self.path)
        self.send_response(201)
        self.send_header("Content-Length", "100")
        self.end_headers()
        try:
            for _ in range(100):
                self.wfile.write(b".")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass


@pytest.fixture
def served(request):
    server = _Server(request.param)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def outdir(tmp_path) -> Path:
    (tmp_path / "graph.nq").write_text(NQ, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("served", [_Dripping], indirect=True)
def test_a_dripping_answer_is_cut_at_the_deadline(served, outdir):
    t0 = time.monotonic()
    with pytest.raises(P.PushError) as err:
        P.push(outdir, served.endpoint, timeout=1.0)
    elapsed = time.monotonic() - t0
    assert str(err.value) == f"{served.endpoint}: no complete answer within 1 s (PUT <{DOC}a.txt>)"
    assert 1.0 <= elapsed < 5, elapsed
    assert len(served.puts) == 1


@pytest.mark.parametrize("served", [_Busy], indirect=True)
def test_busy_answers_are_retried(served, outdir):
    served.answers = [503, 429, 503]  # the first graph is refused three times, then taken
    report = P.push(outdir, served.endpoint, timeout=5.0)
    assert (report.graphs, report.triples) == (2, 2)
    assert [p.rsplit("%2F", 1)[-1] for p in served.puts] == ["a.txt"] * 4 + ["b.txt"]


@pytest.mark.parametrize("served", [_Busy], indirect=True)
def test_a_server_busy_every_time_is_one_line_after_the_retries(served, outdir):
    served.answers = [503] * 10
    with pytest.raises(P.PushError) as err:
        P.push(outdir, served.endpoint, timeout=5.0, retries=2)
    assert str(err.value) == (f"PUT <{DOC}a.txt> to {served.endpoint}: HTTP 503 Service Unavailable (tried 3 times): "
                              "busy, come back later")
    assert len(served.puts) == 3
    served.answers = [500]
    with pytest.raises(P.PushError, match=r"HTTP 500 Internal Server Error: busy"):  # not retried
        P.push(outdir, served.endpoint, timeout=5.0)
    assert len(served.puts) == 4
