"""Limits of a run (sizes, job counts) and the private temporary folder that killed runs cannot litter."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from newskg import scratch


@pytest.mark.parametrize(
    ("text", "size"),
    [("256MB", 256 << 20), ("1G", 1 << 30), ("1.5g", 3 << 29), ("4096", 4096), ("64 KiB", 64 << 10), ("2t", 2 << 40)],
)
def test_parse_size(text, size):
    assert scratch.parse_size(text) == size


@pytest.mark.parametrize("text", ["lots", "-1MB", "0", "", "1 PB", "MB"])
def test_parse_size_refuses(text):
    with pytest.raises(ValueError) as err:
        scratch.parse_size(text)
    assert str(err.value) == f"--max-file-size {text!r}: use a positive size such as 256MB, 1G or 4096"


def test_check_jobs():
    cores = os.cpu_count() or 1
    assert [scratch.check_jobs(j) for j in (1, 2 * cores)] == [1, 2 * cores]
    for jobs in (0, -1, 2 * cores + 1, 32 * cores):
        with pytest.raises(ValueError) as err:
            scratch.check_jobs(jobs)
        assert str(err.value) == f"--jobs {jobs}: must be between 1 and {2 * cores} (twice the {cores} cores)"


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.fixture
def short_tmp():
    """A temporary folder with a short path, as /tmp is (the forkserver's socket path must fit in 107 bytes)."""
    import shutil

    path = Path(tempfile.mkdtemp(prefix="nk-", dir="/tmp"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_private_dir_removes_the_folders_of_dead_processes(short_tmp, monkeypatch):
    tmp_path = short_tmp
    root = tmp_path / f"newskg-{os.getuid()}"
    dead, alive = root / str(_dead_pid()), root / str(os.getppid())
    for folder in (dead / "pymp-abc12345", dead / "newskg-push-xyz", alive / "pymp-def67890"):
        folder.mkdir(parents=True)
        (folder / "0001.nq").write_text("<a> <b> <c> <g> .\n", encoding="utf-8")
    (root / "notes").mkdir()  # not a process's folder: left alone
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(scratch, "_mine", None)
    mine = scratch.private_dir()
    assert mine == root / str(os.getpid()) and mine.is_dir()
    assert sorted(p.name for p in root.iterdir()) == sorted([str(os.getpid()), alive.name, "notes"])
    assert (alive / "pymp-def67890" / "0001.nq").is_file()
    with scratch.tempdir_for_children() as inside:
        assert inside == mine and tempfile.gettempdir() == str(mine)
        made = Path(tempfile.mkdtemp(prefix="newskg-push-"))
    assert made.parent == mine and tempfile.gettempdir() == str(tmp_path)


def test_private_dir_is_not_used_for_sockets_when_its_path_is_too_long(tmp_path, monkeypatch):
    deep = tmp_path / ("d" * 80)
    deep.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(deep))
    monkeypatch.setattr(scratch, "_mine", None)
    with scratch.tempdir_for_children() as inside:
        assert inside is None and tempfile.gettempdir() == str(deep)


_POOL_SCRIPT = """
import multiprocessing, multiprocessing.util  # imported first, as a notebook or pytest has it
from newskg import scratch

if __name__ == "__main__":
    with scratch.tempdir_for_children() as mine:
        with multiprocessing.get_context("forkserver").Pool(1) as pool:
            assert pool.map(abs, [-1, -2]) == [1, 2]
    print(mine)
"""


def test_private_dir_is_removed_at_exit_after_the_pool_folder_inside_it(short_tmp):
    """multiprocessing removes its pymp-* folder at exit, then the private folder goes: no traceback about a
    folder already gone, nothing left."""
    script = short_tmp / "pool.py"
    script.write_text(_POOL_SCRIPT, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "TMPDIR": str(short_tmp)})
    mine = Path(proc.stdout.strip())
    assert (proc.returncode, proc.stderr) == (0, "")
    assert mine.parent == short_tmp / f"newskg-{os.getuid()}"
    assert not mine.exists()
