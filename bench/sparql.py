"""The example queries on Oxigraph (the store `newskg query` uses) vs rdflib's memory store.

Usage:
    python bench/sparql.py OUTDIR            # OUTDIR built by `newskg build` (graph.nt exported if missing)
    python bench/sparql.py --size 10         # build bench/corpus/10MB (generated) into bench/out/10MB first

Prints load time, each query's time on both stores (best of --repeat runs) and the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _prefixes() -> dict[str, str]:
    from newskg.output.oxigraph_store import QUERY_PREFIXES

    return {k: str(v) for k, v in QUERY_PREFIXES.items()}


def _with_prolog(query: str, prefixes: dict[str, str]) -> str:
    prolog = "".join(f"PREFIX {k}: <{v}>\n" for k, v in prefixes.items() if f"PREFIX {k}:" not in query)
    return prolog + query


def _best(fn, repeat: int) -> tuple[float, int]:
    times, n = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        n = fn()
        times.append(time.perf_counter() - t)
    return min(times), n


def _timed_in_child(fn, timeout: float) -> tuple[float | None, int]:
    """Run ``fn`` in a forked child (the loaded graph is shared); ``(None, 0)`` if it passes ``timeout``."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    q = ctx.Queue()

    def target():
        t = time.perf_counter()
        n = fn()
        q.put((time.perf_counter() - t, n))

    p = ctx.Process(target=target)
    p.start()
    p.join(timeout)
    if p.is_alive():
        p.kill()
        p.join()
        return None, 0
    return q.get()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", nargs="?")
    ap.add_argument("--size", type=int, help="build the generated N MB corpus first")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-rdflib", action="store_true")
    ap.add_argument("--rdflib-timeout", type=float, default=120, help="give up on an rdflib query after this (s)")
    args = ap.parse_args()

    if args.size:
        corpus = ROOT / "bench" / "corpus" / f"{args.size}MB"
        if not corpus.exists():
            subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(args.size), "--out", str(corpus)],
                           check=True)
        outdir = ROOT / "bench" / "out" / f"{args.size}MB"
        if not (outdir / "graph.json").exists():
            subprocess.run([sys.executable, "-m", "newskg.cli", "build", str(corpus), "-o", str(outdir)], check=True)
    elif args.outdir:
        outdir = Path(args.outdir)
    else:
        ap.error("give OUTDIR or --size N")
    nt = outdir / "graph.nt"
    if not nt.exists():
        subprocess.run([sys.executable, "-m", "newskg.cli", "export", "-g", str(outdir), "--format", "nt"], check=True)

    import pyoxigraph
    import rdflib

    prefixes = _prefixes()
    queries = {
        p.stem: _with_prolog(p.read_text(encoding="utf-8"), prefixes) for p in sorted((ROOT / "queries").glob("*.rq"))
    }

    t = time.perf_counter()
    ox = pyoxigraph.Store()
    ox.bulk_load(path=str(nt), format=pyoxigraph.RdfFormat.N_TRIPLES)
    ox_load = time.perf_counter() - t
    triples = len(ox)
    print(f"graph: {nt} — {triples:,} triples ({nt.stat().st_size / 1e6:.0f} MB)")
    print(f"load: oxigraph {ox_load:.1f} s", end="", flush=True)
    rg = None
    if not args.skip_rdflib:
        t = time.perf_counter()
        rg = rdflib.Graph()
        rg.parse(nt, format="nt")
        rd_load = time.perf_counter() - t
        print(f", rdflib {rd_load:.1f} s (ratio {rd_load / ox_load:.1f}×)")
    else:
        print()

    print("\n| query | rows | oxigraph s | rdflib s | ratio |\n|---|---|---|---|---|")
    ratios = []
    for name, q in queries.items():
        ox_t, n = _best(lambda q=q: sum(1 for _ in ox.query(q)), args.repeat)
        if rg is not None:
            rd_t, n2 = _timed_in_child(lambda q=q: sum(1 for _ in rg.query(q)), args.rdflib_timeout)
            if rd_t is None:  # a lower bound: rdflib did not finish
                ratio = args.rdflib_timeout / ox_t if ox_t else float("inf")
                ratios.append(ratio)
                print(f"| {name} | {n} | {ox_t:.3f} | > {args.rdflib_timeout:.0f} (stopped) | > {ratio:.0f}× |")
                continue
            ratio = rd_t / ox_t if ox_t else float("inf")
            ratios.append(ratio)
            differ = "" if n == n2 else f" (rows differ: {n2})"
            print(f"| {name} | {n} | {ox_t:.3f} | {rd_t:.3f} | {ratio:.0f}× |{differ}")
        else:
            print(f"| {name} | {n} | {ox_t:.3f} | – | – |")
    if ratios:
        print(f"\ngeometric mean speed-up of Oxigraph over rdflib: {statistics.geometric_mean(ratios):.0f}× "
              f"(min {min(ratios):.0f}×; a stopped rdflib query counts at the time limit, a lower bound)")


if __name__ == "__main__":
    main()
