"""Atomic file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import gc
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any


@contextlib.contextmanager
def atomic_open(path: str | Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temporary file beside ``path``; rename it over ``path`` only on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding, newline=None if "b" in mode else "") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector (if it runs): for a writer that builds millions of long-lived
    containers and no reference cycles, which each collection would otherwise walk again, along with the
    graph being written. Reference counting still frees everything as usual."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(path: str | Path, text: str) -> None:
    with atomic_open(path, "w") as fh:
        fh.write(text)


def write_bytes(path: str | Path, data: bytes) -> None:
    with atomic_open(path, "wb", None) as fh:
        fh.write(data)


def write_chunks(fh: IO[bytes], chunks: Iterable[str], batch: int = 4096) -> None:
    """Write text pieces as UTF-8 in batches: a large file is never held whole in memory."""
    pending: list[str] = []
    for chunk in chunks:
        pending.append(chunk)
        if len(pending) >= batch:
            fh.write("".join(pending).encode("utf-8"))
            pending = []
    fh.write("".join(pending).encode("utf-8"))


def chunk_writer(chunks: Callable[[Any], Iterable[str]]) -> tuple[Callable[[Any], bytes], Callable[[Any, Path | str], None]]:
    """``dumps(g)`` and an atomic ``write(g, path)`` for a writer that yields its file as text pieces."""

    def dumps(g: Any) -> bytes:
        buf = io.BytesIO()
        write_chunks(buf, chunks(g))
        return buf.getvalue()

    def write(g: Any, path: str | Path) -> None:
        with atomic_open(path, "wb", None) as fh:
            write_chunks(fh, chunks(g))

    return dumps, write
