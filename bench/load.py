"""Bounded load test of ``newskg serve``: N concurrent clients for S seconds on loopback.

Each client keeps one HTTP/1.1 connection and cycles through a mix of SPARQL queries (GET and POST)
and a file fetch; the script prints latency percentiles, errors and requests per second.

    python bench/load.py -g out                       # starts `newskg serve` on a free port, 50 clients × 30 s
    python bench/load.py --url http://127.0.0.1:8000/ --clients 20 --seconds 10

Without ``--url`` the server runs in its own process, so client threads do not share its GIL.
Load only servers you run: the script refuses non-loopback hosts.
"""

from __future__ import annotations

import argparse
import http.client
import ipaddress
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode, urlsplit

#: (method, path, body, content type, accept) — small reads a page of the graph viewer would make.
MIX = [
    ("GET", "/sparql?query=" + quote("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n)"),
     None, None, "application/sparql-results+json"),
    ("GET", "/sparql?query=" + quote("SELECT ?s ?label WHERE { ?s a schema:Person ; rdfs:label ?label } LIMIT 50"),
     None, None, "text/csv"),
    ("POST", "/sparql", urlencode({"query": "ASK { ?s a schema:Person }"}).encode(),
     "application/x-www-form-urlencoded", "application/sparql-results+xml"),
    ("POST", "/sparql", b"SELECT ?s ?o WHERE { ?s rdfs:label ?o } LIMIT 100", "application/sparql-query",
     "text/tab-separated-values"),
    ("GET", "/graph.ttl", None, None, "*/*"),
]


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)  # seconds, successful requests only
    errors: list[str] = field(default_factory=list)
    elapsed: float = 0.0

    def percentile(self, p: float) -> float:
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))] if xs else float("nan")

    def summary(self) -> str:
        n = len(self.latencies)
        rate = (n + len(self.errors)) / self.elapsed if self.elapsed else 0.0
        ms = {p: self.percentile(p) * 1000 for p in (50, 90, 99)}
        mean = statistics.fmean(self.latencies) * 1000 if n else float("nan")
        lines = [f"requests {n + len(self.errors)}  ok {n}  errors {len(self.errors)}  {rate:.0f} req/s",
                 f"latency ms  p50 {ms[50]:.1f}  p90 {ms[90]:.1f}  p99 {ms[99]:.1f}  mean {mean:.1f}  "
                 f"max {max(self.latencies, default=0) * 1000:.1f}"]
        lines += [f"  error: {e}" for e in sorted(set(self.errors))[:5]]
        return "\n".join(lines)


def _client(host: str, port: int, stop: float, offset: int, stats: Stats, lock: threading.Lock) -> None:
    conn = http.client.HTTPConnection(host, port, timeout=30)
    i = offset
    while time.monotonic() < stop:
        method, path, body, ctype, accept = MIX[i % len(MIX)]
        i += 1
        headers = {"Accept": accept} | ({"Content-Type": ctype} if ctype else {})
        t0 = time.perf_counter()
        try:
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            resp.read()
            ok, err = resp.status == 200, f"HTTP {resp.status} for {method} {path[:60]}"
        except (OSError, http.client.HTTPException) as exc:
            ok, err = False, f"{type(exc).__name__}: {exc}"
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=30)
        dt = time.perf_counter() - t0
        with lock:
            if ok:
                stats.latencies.append(dt)
            else:
                stats.errors.append(err)
    conn.close()


def run(url: str, clients: int = 50, seconds: float = 30.0) -> Stats:
    """Load ``url`` (a loopback server) with ``clients`` threads for ``seconds``."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    if not _loopback(host):
        raise SystemExit(f"refusing to load {host}: only loopback servers")
    stats, lock = Stats(), threading.Lock()
    start = time.monotonic()
    threads = [threading.Thread(target=_client, args=(host, port, start + seconds, k, stats, lock), daemon=True)
               for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 60)
    stats.elapsed = time.monotonic() - start
    return stats


def _loopback(host: str) -> bool:
    try:
        return all(ipaddress.ip_address(a[4][0]).is_loopback for a in socket.getaddrinfo(host, None))
    except (OSError, ValueError):
        return False


def _start_server(outdir: str, timeout: float, workers: int) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "newskg.cli", "serve", "-g", outdir, "--port", "0", "--timeout", str(timeout),
         "--workers", str(workers)], stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()  # "serving OUTDIR at URL (…)"
    if " at http://" not in line:
        proc.kill()
        raise SystemExit(f"server did not start: {line.strip() or f'exit code {proc.wait()}'}")
    return proc, line.split(" at ", 1)[1].split()[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", help="A running server (default: start `newskg serve -g OUTDIR` on a free port).")
    ap.add_argument("-g", "--graph", default="out", help="Output folder to serve when no --url is given.")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--workers", type=int, default=2, help="Query processes of the started server.")
    args = ap.parse_args()
    proc = None
    url = args.url
    if url is None:
        proc, url = _start_server(args.graph, 10.0, args.workers)
    try:
        print(f"{args.clients} clients × {args.seconds:g} s against {url}", flush=True)
        print(run(url, args.clients, args.seconds).summary())
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(10)


if __name__ == "__main__":
    main()
