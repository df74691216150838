"""Atomic writes and output sets: a kill at any moment leaves the old set or the new one; writing to a
FIFO, a symlink or /dev/stdout writes there instead of replacing the path."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest
from newskg.output import atomic

OLD = {"graph.json": "old json", "graph.ttl": "old ttl", "graph.html": "old html"}
NEW = {"graph.json": "new json", "graph.ttl": "new ttl", "graph.html": "new html", "timeline.html": "new timeline"}


def _stage(outdir: Path, files: dict[str, str]) -> Path:
    staging = atomic.staging_dir(outdir)
    for name, text in files.items():
        (staging / name).write_text(text, encoding="utf-8")
    return staging


def _visible(outdir: Path) -> dict[str, str]:
    return {n: (outdir / n).read_text(encoding="utf-8") for n in sorted(set(OLD) | set(NEW)) if (outdir / n).exists()}


class _Killed(BaseException):
    pass


_STEPS = ("replace", "rename", "symlink", "link", "unlink", "chmod", "mkdir")


def _kill_after(monkeypatch, steps: int) -> list[str]:
    """Make the ``steps``-th file-system change from now on raise, as if the process died there."""
    done: list[str] = []
    for name in _STEPS:
        real = getattr(os, name)

        def step(*args, _real=real, _name=name, **kwargs):
            if len(done) >= steps:
                raise _Killed(_name)
            done.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(os, name, step)
    real_rmtree = shutil.rmtree

    def rmtree(*args, **kwargs):
        if len(done) >= steps:
            raise _Killed("rmtree")
        done.append("rmtree")
        return real_rmtree(*args, **kwargs)

    monkeypatch.setattr(shutil, "rmtree", rmtree)
    return done


def _previous(outdir: Path, legacy: bool) -> None:
    outdir.mkdir()
    if legacy:  # a folder written before output sets: plain files
        for name, text in OLD.items():
            (outdir / name).write_text(text, encoding="utf-8")
    else:
        atomic.publish(outdir, _stage(outdir, OLD))


@pytest.mark.parametrize("legacy", [False, True], ids=["sets", "plain-files"])
def test_a_kill_at_any_step_of_publish_leaves_the_old_set_or_the_new_one(tmp_path, monkeypatch, legacy):
    outcomes = []
    for steps in range(60):
        outdir = tmp_path / f"out{steps}"
        _previous(outdir, legacy)
        staging = _stage(outdir, NEW)
        with monkeypatch.context() as m:
            done = _kill_after(m, steps)
            try:
                atomic.publish(outdir, staging)
                finished = True
            except _Killed:
                finished = False
        seen = _visible(outdir)
        assert seen in (OLD, NEW), (steps, done, seen)
        outcomes.append(seen == NEW)
        # The next build cleans the debris and publishes; one set remains.
        atomic.clean_debris(outdir)
        assert not [p.name for p in outdir.iterdir() if p.name.startswith(".newskg-")]
        atomic.publish(outdir, _stage(outdir, NEW))
        assert _visible(outdir) == NEW
        assert sorted(p.name for p in (outdir / ".outputs").iterdir() if p.name != "current") == [
            os.readlink(outdir / ".outputs" / "current")
        ]
        assert not [p.name for p in outdir.iterdir() if p.name.startswith(".newskg-")]
        if finished:
            break
    # Killed early the old set stays, late the new one; at no step a mix.
    assert outcomes[0] is False and outcomes[-1] is True and len(outcomes) > 5
    assert outcomes == sorted(outcomes)


def test_publish_keeps_links_and_drops_what_the_new_set_lacks(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    atomic.publish(out, _stage(out, NEW))
    assert {n: os.readlink(out / n) for n in NEW} == {n: f".outputs/current/{n}" for n in NEW}
    atomic.publish(out, _stage(out, OLD))  # a build without timeline.html
    assert _visible(out) == OLD and not (out / "timeline.html").is_symlink()
    assert len(list((out / ".outputs").iterdir())) == 2  # current and its set
    assert oct((out / ".outputs" / os.readlink(out / ".outputs" / "current")).stat().st_mode & 0o777) == oct(
        0o777 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_clean_debris_leaves_other_files_alone(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    atomic.publish(out, _stage(out, OLD))
    (out / ".newskg-abc123").mkdir()
    (out / ".newskg-abc123" / "graph.json").write_text("half", encoding="utf-8")
    (out / ".outputs" / "set-dead").mkdir()
    (out / ".cache").mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / ".newskg-sort-now").mkdir()  # an export sorting N-Quads at this moment
    (out / ".newskg-sort-old").mkdir()  # a killed one's, a day ago
    os.utime(out / ".newskg-sort-old", (time.time() - 86400, time.time() - 86400))
    atomic.clean_debris(out)
    assert sorted(p.name for p in out.iterdir()) == [".cache", ".newskg-sort-now", ".outputs", "graph.html",
                                                     "graph.json", "graph.ttl", "notes.txt"]
    assert _visible(out) == OLD


# --- atomic_open on what is not a plain file ---------------------------------------------------------


def test_atomic_open_writes_into_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert atomic.writes_in_place(fifo)
    atomic.write_text(fifo, "县委书记王建国\n")
    reader.join(10)
    assert got == ["县委书记王建国\n".encode()]
    assert fifo.is_fifo() and sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_atomic_open_through_a_symlink_replaces_its_target(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "graph.nt"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "graph.nt"
    link.symlink_to(target)
    assert not atomic.writes_in_place(link)
    atomic.write_text(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["graph.nt"]
    dangling = tmp_path / "later.nt"
    dangling.symlink_to(tmp_path / "real" / "later.nt")
    atomic.write_text(dangling, "made")
    assert dangling.is_symlink() and (tmp_path / "real" / "later.nt").read_text(encoding="utf-8") == "made"


def test_atomic_open_writes_to_dev_stdout_in_place(capfd):
    assert atomic.writes_in_place("/dev/stdout") and atomic.writes_in_place("/dev/null")
    atomic.write_text("/dev/stdout", "县委书记王建国\n")
    assert capfd.readouterr().out == "县委书记王建国\n"
