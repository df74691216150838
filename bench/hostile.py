"""Hostile input shapes (issue 16 point 2): does extraction stay linear in document size and candidate count?

Each shape is built at two sizes, the second double the first, and run through ``newskg build FILE -o DIR
--no-cache -j 1`` in its own process (started from this small driver, so that its peak RSS is its own):

* ``chain``: one sentence holding a title chain (经开区党工委副书记、管委会主任张波，) 10k / 20k times;
* ``zone``: one line of 经开区 50k / 100k times;
* ``roster``: one article naming 2,500 / 5,000 officials, each with a title chain, in one sentence;
* ``table``: a personnel notice whose tab-separated table has 10k / 20k rows (the table reader, tabs to cells);
* ``news``: 15 / 30 MB of generated news (``bench/generate.py``) in one file, with its line breaks, and the
  same text on one line.

A one-sentence page is built first: its CPU time (start-up: imports, jieba's dictionary, the gazetteer)
is subtracted for a second ratio, since at these sizes it is a large share of the small run.

Printed per run: input size, wall time, peak RSS (``wait4``: the largest of the build's processes), output
size, and the article count. Then the ratios the issue sets as targets: doubling ≤ 2.5× in time,
one-line 30 MB ≤ 2× the time with line breaks, the 5,000 roster ≤ 30 s and ≤ 500 MB. Ratios are taken on
CPU time (user + system of the build's processes): on a machine shared with other jobs wall time swings
by more than the ratios being checked; both are printed. Each time includes the same ~3 s of start-up
(imports, jieba's dictionary, gazetteer) at both sizes, which lowers the ratios a little.

Usage: ``python bench/hostile.py`` (all shapes; ~10 minutes, most of it the news) or
``python bench/hostile.py --shapes chain,zone,roster``; ``--scale 0.1`` runs every size at a tenth.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    from bench import generate as G
except ImportError:  # run as a script: python bench/hostile.py
    import generate as G  # type: ignore[no-redef]

#: The issue's targets.
DOUBLING = 2.5
ONE_LINE = 2.0
ROSTER_S, ROSTER_MB = 30.0, 500.0


def names(n: int) -> list[str]:
    """``n`` distinct three-letter names (surname + two given letters), in a fixed order."""
    out = []
    for i in range(n):
        a, b = divmod(i, len(G.GIVEN))
        s, c = divmod(a, len(G.GIVEN))
        out.append(G.SURNAMES[s % len(G.SURNAMES)] + G.GIVEN[c] + G.GIVEN[b])
    return out


def chain(n: int) -> str:
    return "本报讯 " + "经开区党工委副书记、管委会主任张波，" * n + "出席会议。\n"


def zone(n: int) -> str:
    return "经开区" * n + "\n"


def roster(n: int) -> str:
    people = "，".join(f"经开区党工委委员、管委会副主任{x}" for x in names(n))
    return "本报讯 经开区召开全体干部大会。" + people + "参加会议。\n"


def table(n: int) -> str:
    """A personnel notice whose table has ``n`` rows written with tabs (a header, then one row a person)."""
    row = "{}\t{}\t男\t1980.01\t经开区党工委委员、管委会副主任\t县政府副县长\n"
    rows = "".join(row.format(i, x) for i, x in enumerate(names(n), 1))
    return "任前公示\n\n经研究，现予以公示。\n序号\t姓名\t性别\t出生年月\t现任职务\t拟任职务\n" + rows


def news(mb: float, one_line: bool) -> str:
    """``mb`` MB of generated news files joined into one text; on one line, every line break removed."""
    folder = G.generate(mb)
    text = "\n".join(p.read_text(encoding="utf-8") for p in G.corpus_files(folder))
    return text.replace("\n", "") if one_line else text


SHAPES = {
    "baseline": [("baseline", 1)],
    "chain": [("chain", 10_000), ("chain", 20_000)],
    "zone": [("zone", 50_000), ("zone", 100_000)],
    "roster": [("roster", 2_500), ("roster", 5_000)],
    "table": [("table", 10_000), ("table", 20_000)],
    "news": [("news-lines", 15), ("news-one-line", 15), ("news-lines", 30), ("news-one-line", 30)],
}


def baseline(n: int) -> str:
    """A one-sentence page: what every build costs before it reads anything (imports, dictionaries)."""
    return "本报讯 经开区召开会议。\n"


def make(shape: str, size: float) -> str:
    if shape == "news-lines":
        return news(size, one_line=False)
    if shape == "news-one-line":
        return news(size, one_line=True)
    return {"chain": chain, "zone": zone, "roster": roster, "table": table, "baseline": baseline}[shape](int(size))


def run_build(path: Path, out: Path) -> dict:
    """``newskg build`` on one file: wall time, peak RSS of the process tree, output size, articles."""
    cmd = [sys.executable, "-c", "from newskg.cli import main; main()", "build", str(path), "-o", str(out),
           "--no-cache", "-j", "1"]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    stdout = proc.stdout.read().decode("utf-8", "replace") if proc.stdout else ""
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 3):
        raise RuntimeError(f"newskg build {path.name} exited {code}: {err.strip()[-300:]}")
    size = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    articles = 0
    graph = out / "graph.json"
    if graph.exists():
        nodes = json.loads(graph.read_text(encoding="utf-8"))["nodes"]
        articles = sum(1 for n in nodes if n.get("type") == "Article")
    return {"s": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
            "out_mb": size / 1e6, "articles": articles,
            "warnings": sum(1 for line in err.splitlines() if "no article boundary" in line), "stdout": stdout}


def measure(shape: str, size: float, work: Path) -> dict:
    text = make(shape, size)
    path = work / f"{shape}-{size:g}.txt"
    path.write_text(text, encoding="utf-8")
    out = work / f"out-{shape}-{size:g}"
    res = run_build(path, out)
    shutil.rmtree(out, ignore_errors=True)
    path.unlink()
    return {"shape": shape, "size": size, "mb": len(text.encode("utf-8")) / 1e6, **res}


def report(rows: list[dict]) -> list[str]:
    lines = ["| shape | size | input | wall | CPU | peak RSS | output | articles | cut warnings |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['shape']} | {r['size']:,g} | {r['mb']:.2f} MB | {r['s']:.1f} s | {r['cpu']:.1f} s | "
                     f"{r['rss_mb']:,.0f} MB | {r['out_mb']:.1f} MB | {r['articles']:,} | {r['warnings']} |")
    lines.append("")
    by = {(r["shape"], r["size"]): r for r in rows}
    base = next((r["cpu"] for r in rows if r["shape"] == "baseline"), 0.0)
    checks: list[tuple[str, float, float]] = []
    for kind in dict.fromkeys(r["shape"] for r in rows):
        sizes = sorted(s for k, s in by if k == kind)
        if len(sizes) == 2:
            small, big = by[(kind, sizes[0])], by[(kind, sizes[1])]
            checks.append((f"{kind}: CPU time at ×{sizes[1] / sizes[0]:g} size", big["cpu"] / small["cpu"], DOUBLING))
            if base and small["cpu"] > base:
                checks.append((f"{kind}: CPU time above the baseline's at ×{sizes[1] / sizes[0]:g} size",
                               (big["cpu"] - base) / (small["cpu"] - base), DOUBLING))
    for size in sorted({s for k, s in by if k == "news-one-line"}):
        if ("news-lines", size) in by:
            checks.append((f"news {size:g} MB: one line / line breaks, CPU time", by[("news-one-line", size)]["cpu"]
                           / by[("news-lines", size)]["cpu"], ONE_LINE))
    big_roster = max((s for k, s in by if k == "roster"), default=None)
    if big_roster is not None:
        r = by[("roster", big_roster)]
        checks.append((f"roster {big_roster:,g}: wall seconds", r["s"], ROSTER_S))
        checks.append((f"roster {big_roster:,g}: peak RSS MB", r["rss_mb"], ROSTER_MB))
    lines += ["| check | measured | target | |", "|---|---|---|---|"]
    for label, value, target in checks:
        lines.append(f"| {label} | {value:.2f} | ≤ {target:g} | {'ok' if value <= target else 'MISSED'} |")
    return lines


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated: " + ", ".join(SHAPES))
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size (e.g. 0.1 for a quick look)")
    args = ap.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="newskg-hostile-") as tmp:
        for shape in ["baseline", *args.shapes.split(",")]:
            for kind, size in SHAPES[shape]:
                row = measure(kind, size * args.scale, Path(tmp))
                print(f"{kind} {row['size']:,g}: {row['mb']:.2f} MB in {row['s']:.1f} s (CPU {row['cpu']:.1f} s),"
                      f" peak RSS {row['rss_mb']:,.0f} MB,"
                      f" output {row['out_mb']:.1f} MB", file=sys.stderr, flush=True)
                rows.append(row)
    print("\n".join(report(rows)))


if __name__ == "__main__":
    main()
