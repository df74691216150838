"""Limits of a run and its private temporary folder.

Temporary folders that other code makes in the system's temporary directory (multiprocessing's
``pymp-*`` with the forkserver's socket, push's ``newskg-push-*`` buckets) are left behind when the
process is killed. Ours live instead in ``<tmp>/newskg-<uid>/<pid>/``, and each run first removes the
folders of processes that no longer exist, so a killed build or push leaves nothing for long.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

_SIZE_RE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*", re.I)
_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}
_mine: Path | None = None
#: The longest folder that still leaves room for ``/pymp-XXXXXXXX/listener-XXXXXXXX`` in a Unix socket's
#: 107-byte path (the forkserver listens on one).
_MAX_SOCKET_DIR = 107 - 32


def parse_size(text: str) -> int:
    """``"256MB"``, ``"1.5G"``, ``"4096"`` → bytes (units are powers of 1024); :class:`ValueError` otherwise."""
    m = _SIZE_RE.fullmatch(text)
    if m is None or float(m.group(1)) <= 0:
        raise ValueError(f"--max-file-size {text!r}: use a positive size such as 256MB, 1G or 4096")
    return int(float(m.group(1)) * _UNITS[m.group(2).lower()])


def max_jobs() -> int:
    """The most extraction processes allowed: twice the cores (more only adds memory, not speed)."""
    return 2 * (os.cpu_count() or 1)


def check_jobs(jobs: int) -> int:
    """``jobs`` if it lies in 1 … :func:`max_jobs`, else :class:`ValueError` with a one-line reason."""
    if not 1 <= jobs <= max_jobs():
        raise ValueError(f"--jobs {jobs}: must be between 1 and {max_jobs()} (twice the {os.cpu_count() or 1} cores)")
    return jobs


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def private_dir() -> Path | None:
    """This process's temporary folder ``<tmp>/newskg-<uid>/<pid>`` (made once, removed at exit), after removing
    those of dead processes; ``None`` when the shared folder is not safely ours (then the defaults apply)."""
    global _mine
    if _mine is not None and _mine.is_dir():
        return _mine
    uid = os.getuid() if hasattr(os, "getuid") else 0
    root = Path(tempfile.gettempdir()) / f"newskg-{uid}"
    try:
        root.mkdir(mode=0o700, exist_ok=True)
        st = os.lstat(root)
        if not stat.S_ISDIR(st.st_mode) or (hasattr(os, "getuid") and st.st_uid != uid):
            log.warning("%s is not a folder of this user; temporary files go to %s", root, root.parent)
            return None
        for entry in root.iterdir():
            if entry.name.isdigit() and int(entry.name) != os.getpid() and not _alive(int(entry.name)):
                shutil.rmtree(entry, ignore_errors=True)
        mine = root / str(os.getpid())
        mine.mkdir(exist_ok=True)
    except OSError as exc:
        log.warning("%s: %s; temporary files go to %s", root, exc.strerror or exc, root.parent)
        return None
    # Removed at exit after multiprocessing has removed its pymp-* folder inside it: a finalizer of
    # multiprocessing's own exit handler, ranked after that folder's (-100). A plain atexit handler ran first
    # whenever multiprocessing was imported before this (a notebook, pytest), and multiprocessing then printed
    # a traceback for the folder gone.
    from multiprocessing import util

    util.Finalize(None, shutil.rmtree, args=(str(mine), True), exitpriority=-101)
    _mine = mine
    return mine


@contextlib.contextmanager
def tempdir_for_children() -> Iterator[Path | None]:
    """Within the block, ``tempfile`` (and so multiprocessing's ``pymp-*`` folder, made when its first pool
    starts) uses :func:`private_dir`; the previous setting comes back afterwards."""
    mine = private_dir()
    if mine is not None and len(os.fsencode(mine)) > _MAX_SOCKET_DIR:
        log.info("%s: too long a path for the forkserver's socket; using %s", mine, mine.parent.parent)
        mine = None
    saved = tempfile.tempdir
    if mine is not None:
        tempfile.tempdir = str(mine)
    try:
        yield mine
    finally:
        tempfile.tempdir = saved
