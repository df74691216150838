"""A private Virtuoso for the push tests: its own database in a temporary folder, on free ports, never the system service.

Debian's ``virtuoso-opensource`` (``make system-deps``) provides ``virtuoso-t`` and ``isql-vt``. :func:`running`
writes a minimal virtuoso.ini into a fresh folder, starts ``virtuoso-t +foreground`` on two free ports (SQL and
HTTP), waits until ``/sparql`` answers, and at the end kills the server and removes the folder. A new database
has the account ``dba`` with password ``dba``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


def _program(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    path = Path("/usr/bin") / name
    return str(path) if os.access(path, os.X_OK) else None


VIRTUOSO_T = _program("virtuoso-t")
ISQL = _program("isql-vt")
#: Seconds allowed for a new database to come up (about 4 s on a laptop).
START_SECONDS = 60.0
ATTEMPTS = 3
DBA = ("dba", "dba")

INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
DirsAllowed = {dir}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


@dataclass(frozen=True)
class Virtuoso:
    url: str  #: http://127.0.0.1:PORT, no trailing slash
    sql_port: int
    folder: Path

    def sql(self, statement: str) -> str:
        """Runs one SQL statement as dba through isql-vt; fails on an SQL error."""
        if ISQL is None:
            raise RuntimeError("isql-vt is not installed")
        done = subprocess.run([ISQL, f"127.0.0.1:{self.sql_port}", *DBA, f"exec={statement}"],
                              capture_output=True, text=True, timeout=30, check=False)
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql-vt {statement!r}: {(done.stdout + done.stderr).strip()[-500:]}")
        return done.stdout


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/sparql?query=ASK%7B%7D", timeout=2) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _log_tail(folder: Path) -> str:
    text = ""
    for name in ("stdout.log", "virtuoso.log"):
        path = folder / name
        if path.exists():
            text += path.read_text(encoding="utf-8", errors="replace")
    return "\n".join(text.strip().splitlines()[-15:])


def _start(folder: Path) -> tuple[subprocess.Popen, Virtuoso]:
    sql_port, http_port = free_port(), free_port()
    while http_port == sql_port:
        http_port = free_port()
    (folder / "virtuoso.ini").write_text(INI.format(dir=folder, sql_port=sql_port, http_port=http_port),
                                         encoding="utf-8")
    with (folder / "stdout.log").open("wb") as log:
        proc = subprocess.Popen([VIRTUOSO_T, "+configfile", str(folder / "virtuoso.ini"), "+foreground"],
                                cwd=folder, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    server = Virtuoso(f"http://127.0.0.1:{http_port}", sql_port, folder)
    deadline = time.monotonic() + START_SECONDS
    while proc.poll() is None and time.monotonic() < deadline:
        if _answers(server.url):
            return proc, server
        time.sleep(0.1)
    return proc, server


def _kill(proc: subprocess.Popen) -> None:
    # The database is thrown away, so no clean shutdown is needed: SIGKILL is immediate (SIGTERM takes about 2 s).
    if proc.poll() is None:
        proc.kill()
    proc.wait(10)


@contextmanager
def running() -> Iterator[Virtuoso]:
    """A new Virtuoso in a new temporary folder; the server is killed and the folder removed afterwards."""
    if VIRTUOSO_T is None:
        raise RuntimeError("virtuoso-t is not installed")
    folder = Path(tempfile.mkdtemp(prefix="newskg-virtuoso-"))
    proc = None
    try:
        for attempt in range(1, ATTEMPTS + 1):
            proc, server = _start(folder)
            if proc.poll() is None:
                break
            # It exited: most likely another process took one of the free ports first; try new ones.
            if attempt == ATTEMPTS:
                raise RuntimeError(f"virtuoso-t exited with status {proc.returncode}:\n{_log_tail(folder)}")
            for leftover in folder.iterdir():
                leftover.unlink()
        if not _answers(server.url):
            raise RuntimeError(f"Virtuoso did not answer on {server.url} within {START_SECONDS:g} s:\n"
                               + _log_tail(folder))
        yield server
    finally:
        if proc is not None:
            _kill(proc)
        shutil.rmtree(folder, ignore_errors=True)
