"""Never lose an output: interrupted builds, concurrent builds, resumption from the cache."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from newskg.output import registry

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


# --- output sets, debris, limits (issue 16 pts 3-5) -------------------------------------------------


def _run(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(_cmd(*args), capture_output=True, text=True, cwd=ROOT, env=env, timeout=timeout)


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if not p.name.startswith(".")}


def test_debris_of_killed_builds_is_removed_and_outputs_are_one_set(tmp_path, sample_dir):
    out = tmp_path / "out"
    r = _run("build", str(sample_dir), "-o", str(out), "-j", "1")
    assert r.returncode == 0, r.stderr
    # What a build killed while writing leaves: its staging folder, half written.
    (out / ".newskg-k1ll3d0").mkdir()
    (out / ".newskg-k1ll3d0" / "graph.json").write_bytes(b"[" * 4096)
    sub = tmp_path / "sub"
    sub.mkdir()
    for page in sorted(sample_dir.glob("*.txt"))[:2]:
        shutil.copy(page, sub / page.name)
    r = _run("build", str(sub), "-o", str(out), "-j", "1")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [".cache", ".lock", ".outputs"]
    live = os.readlink(out / ".outputs" / "current")
    assert sorted(p.name for p in (out / ".outputs").iterdir()) == ["current", live]
    names = sorted(_outputs(out))
    # and its stamp, and the index of each file a cached build splices (graph.ttl, graph.json, graph.graphml, graph.gexf)
    indexes = [f".{registry.filename(f)}.index" for f in registry.SPLICED if registry.filename(f) in names]
    assert len(indexes) == 4
    assert sorted([".build.json", *indexes, *names]) == sorted(p.name for p in (out / ".outputs" / live).iterdir())
    assert "graph.json" in names
    assert all(os.readlink(out / n) == f".outputs/current/{n}" for n in names)
    fresh = tmp_path / "fresh"
    r = _run("build", str(sub), "-o", str(fresh), "-j", "1")
    assert r.returncode == 0, r.stderr
    assert _outputs(out) == _outputs(fresh)  # every file of the second build, none of the first
    assert f"open in a browser: {(out / 'graph.html').as_uri()}" in r.stdout.replace(str(fresh), str(out))


@pytest.fixture
def short_tmp():
    """A temporary folder with a short path: the forkserver's socket path in it must fit in 107 bytes."""
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="nk-", dir="/tmp"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_a_killed_build_leaves_no_multiprocessing_folder_after_the_next_run(tmp_path, sample_dir, short_tmp):
    tmp = short_tmp
    env = {**os.environ, "TMPDIR": str(tmp)}
    big = _corpus(tmp_path / "big", sample_dir, 40)
    proc = subprocess.Popen(_cmd("build", str(big), "-o", str(tmp_path / "out"), "-j", "2", "--no-cache"), cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not list(tmp.rglob("pymp-*")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
    time.sleep(1)
    proc.kill()  # kill -9: no clean-up of any kind runs
    _out, err = proc.communicate(timeout=30)
    assert list(tmp.rglob("pymp-*")), f"the killed build made no pymp folder: {err.decode()}"
    r = _run("build", str(sample_dir), "-o", str(tmp_path / "out2"), "-j", "1", env=env)
    assert r.returncode == 0, r.stderr
    assert not list(tmp.rglob("pymp-*")) and not list(tmp.rglob("newskg-push-*"))
    assert [p.name for p in tmp.glob("newskg-*/*")] == []


@pytest.mark.parametrize("jobs", ["-1", str(2 * (os.cpu_count() or 1) + 1)])
def test_jobs_out_of_range_is_one_line_and_writes_nothing(tmp_path, sample_dir, jobs):
    out = tmp_path / "out"
    r = _run("build", str(sample_dir), "-o", str(out), "-j", jobs)
    cores = os.cpu_count() or 1
    assert r.returncode == 1
    assert r.stderr.splitlines() == [f"Error: --jobs {jobs}: must be between 1 and {2 * cores} (twice the {cores} cores)"]
    assert not out.exists()


def test_huge_files_and_fifos_are_skipped_at_once(tmp_path, sample_dir):
    inp = tmp_path / "in"
    shutil.copytree(sample_dir, inp)
    with (inp / "huge.txt").open("wb") as fh:
        fh.truncate(2 << 30)  # 2 GB, sparse
    os.mkfifo(inp / "pipe.txt")
    t0 = time.monotonic()
    r = _run("build", str(inp), "-o", str(tmp_path / "out"), "-j", "1", timeout=120)
    assert r.returncode == 3, r.stderr
    assert [ln for ln in r.stderr.splitlines() if ln.startswith("warning:")] == [
        f"warning: {inp / 'huge.txt'}: skipped: 2 GB, over the --max-file-size limit of 256 MB",
        f"warning: {inp / 'pipe.txt'}: skipped: not a regular file (a FIFO)",
    ]
    assert "built: 5 documents" in r.stdout
    assert time.monotonic() - t0 < 90
    r = _run("build", str(inp), "-o", str(tmp_path / "out"), "--max-file-size", "20KB", "-j", "1")
    warned = sorted(ln.split(": skipped: ")[1] for ln in r.stderr.splitlines() if ": skipped: " in ln)
    sizes = sorted(p.stat().st_size for p in sample_dir.glob("*.txt") if p.stat().st_size > 20 << 10)
    assert len(warned) == len(sizes) + 2 and "2 GB, over the --max-file-size limit of 20 KB" in warned
    r = _run("build", str(inp), "-o", str(tmp_path / "out"), "--max-file-size", "lots")
    assert r.returncode == 1
    assert r.stderr.splitlines() == ["Error: --max-file-size 'lots': use a positive size such as 256MB, 1G or 4096"]


def _read_only(folder: Path) -> None:
    if os.geteuid() == 0:  # root writes anywhere a permission allows nothing: make the folder immutable
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("chattr +i is not supported here")
    else:
        folder.chmod(0o555)


def _writable(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
    folder.chmod(0o755)


def test_read_only_cache_warns_and_builds_without_it(tmp_path, sample_dir):
    inp = tmp_path / "in"
    shutil.copytree(sample_dir, inp)
    out = tmp_path / "out"
    r = _run("build", str(inp), "-o", str(out), "-j", "1")
    assert r.returncode == 0, r.stderr
    (inp / "new.txt").write_text((inp / sorted(os.listdir(inp))[0]).read_text(encoding="utf-8") + "\n第9版\n",
                                 encoding="utf-8")
    cached = sorted(os.listdir(out / ".cache"))
    _read_only(out / ".cache")
    try:
        r = _run("build", str(inp), "-o", str(out), "-j", "1")
    finally:
        _writable(out / ".cache")
    assert r.returncode == 0, r.stderr
    [line] = r.stderr.splitlines()
    assert line.startswith(f"WARNING newskg.parallel: {out / '.cache'}: cannot write the cache (")
    assert line.endswith("); building without it")
    assert "built: 6 documents" in r.stdout and sorted(os.listdir(out / ".cache")) == cached


def test_manifest_rows_naming_unknown_files_are_warnings(tmp_path, sample_dir):
    manifest = tmp_path / "dates.csv"
    manifest.write_text("file,date\n004_43c8cec8d1dedc71.txt,2022-01-27\n004_43c8cec8d1dedc7.txt,2022-01-28\n"
                        "000_9fb36274539cd6f1,2022-01-20\n", encoding="utf-8")
    r = _run("build", str(sample_dir), "-o", str(tmp_path / "out"), "--manifest", str(manifest), "-j", "1")
    assert r.returncode == 3, r.stderr
    assert [ln for ln in r.stderr.splitlines() if ln.startswith("warning:")] == [
        f"warning: {manifest}: row '004_43c8cec8d1dedc7.txt' names no input file"
    ]


def test_same_file_name_in_two_input_folders_is_two_documents(tmp_path, sample_dir):
    pages = sorted(sample_dir.glob("*.txt"))
    for folder, page in (("a", pages[0]), ("b", pages[1])):
        (tmp_path / folder).mkdir()
        shutil.copy(page, tmp_path / folder / "2023-03-15.txt")
    r = _run("build", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(tmp_path / "out"), "-j", "1")
    assert r.returncode == 0, r.stderr
    assert "built: 2 documents" in r.stdout
    nodes = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))["nodes"]
    assert sorted(n["id"] for n in nodes if n["type"] == "Document") == [
        "doc:2023-03-15.txt", "doc:b/2023-03-15.txt"]


def test_export_writes_into_a_fifo_a_symlink_and_stdout(tmp_path, sample_out):
    plain = tmp_path / "plain.nt"
    r = _run("export", "-g", str(sample_out), "--format", "nt", "-o", str(plain))
    assert r.returncode == 0 and r.stdout == f"{plain}\n", r.stderr
    expected = plain.read_text(encoding="utf-8")
    assert expected.count("\n") > 100
    r = _run("export", "-g", str(sample_out), "--format", "nt", "-o", "/dev/stdout")
    assert r.returncode == 0, r.stderr
    assert r.stdout == expected  # the data and nothing after it
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "graph.nt").write_text("old", encoding="utf-8")
    link = tmp_path / "link.nt"
    link.symlink_to(tmp_path / "real" / "graph.nt")
    r = _run("export", "-g", str(sample_out), "--format", "nt", "-o", str(link))
    assert r.returncode == 0, r.stderr
    assert link.is_symlink() and (tmp_path / "real" / "graph.nt").read_text(encoding="utf-8") == expected
    fifo = tmp_path / "pipe.nt"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    r = _run("export", "-g", str(sample_out), "--format", "nt", "-o", str(fifo), timeout=120)
    reader.join(30)
    assert r.returncode == 0 and r.stdout == "", r.stderr
    assert got == [expected] and fifo.is_fifo()
