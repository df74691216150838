"""Never lose an output: interrupted builds, concurrent builds, resumption from the cache."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "newskg.cli", *args]


def _corpus(folder: Path, sample_dir: Path, copies: int) -> Path:
    folder.mkdir()
    texts = sorted(sample_dir.glob("*.txt"))
    for i in range(copies):
        src = texts[i % len(texts)]
        # Each copy differs (a page number) so each has its own cache entry.
        (folder / f"page{i:04d}.txt").write_text(src.read_text(encoding="utf-8") + f"\n第{i}版\n", encoding="utf-8")
    return folder


def test_interrupted_build_keeps_previous_outputs_and_resumes(tmp_path, sample_dir):
    out = tmp_path / "out"
    r = subprocess.run(_cmd("build", str(sample_dir), "-o", str(out), "-j", "1"), capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    before = {p.name: p.read_bytes() for p in out.glob("graph.*")}
    big = _corpus(tmp_path / "big", sample_dir, 120)
    proc = subprocess.Popen(_cmd("build", str(big), "-o", str(out), "-j", "1"), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    cache = out / ".cache"
    deadline = time.monotonic() + 120
    while len(list(cache.glob("*.pkl"))) < 5 + 10 and time.monotonic() < deadline:
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)
    _stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr
    assert "interrupted" in stderr
    assert {p.name: p.read_bytes() for p in out.glob("graph.*")} == before
    assert not [p for p in out.iterdir() if p.name.startswith(".newskg-")]
    done = len(list(cache.glob("*.pkl"))) - 5
    assert 10 <= done < 120
    r = subprocess.run(_cmd("build", str(big), "-o", str(out), "-j", "2"), capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    m = re.search(r"extracted (\d+) documents, (\d+) reused from the cache", r.stdout)
    assert m and int(m.group(2)) >= done and int(m.group(1)) + int(m.group(2)) == 120


def test_second_concurrent_build_refuses(tmp_path, sample_dir):
    from newskg.build import BuildLock

    out = tmp_path / "out"
    with BuildLock(out):
        r = subprocess.run(_cmd("build", str(sample_dir), "-o", str(out)), capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1
    assert f"{out}: another build is writing here (pid {os.getpid()})" in r.stderr
    assert not list(out.glob("graph.*"))
    r = subprocess.run(_cmd("build", str(sample_dir), "-o", str(out)), capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr


def test_jobs_do_not_change_the_output(tmp_path, sample_dir):
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        r = subprocess.run(_cmd("build", str(sample_dir), "-o", str(out), "-j", jobs, "--no-cache"),
                           capture_output=True, text=True, cwd=ROOT)
        assert r.returncode == 0, r.stderr
        outs.append({p.name: p.read_bytes() for p in out.glob("graph.*") if p.suffix in (".json", ".graphml", ".ttl")})
    assert outs[0] == outs[1] and len(outs[0]) == 3
