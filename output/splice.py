"""Write a file of keyed pieces, copying from the previous build's file every piece it already holds.

A writer that can say, before making a piece of its file (a subject's Turtle block), what the piece is made
from hands the :class:`Splicer` a key: a digest of all of it. A piece whose key the previous file's index
lists is copied from that file instead of being made again; the others are made. The new file's index is
written beside it (``.NAME.index``, a hidden file of the output set), for the next build.

The index records the size, modification time and inode of the file it describes and an opaque ``version``
(the code of the merge and the writers, :func:`newskg.build_key.code_fingerprint`): an index of another
file, or of a file written by other code, is not used. Each piece copied must also begin with the text the
writer expects there (its subject), else it is made. A key is 128 bits of BLAKE2b.

The result is the same bytes as making every piece (``tests/output/test_splice.py`` and the cached-build tests
compare the files); only the time differs. This module knows nothing about any format.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mmap
import os
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path
from typing import IO

MAGIC = b"newskg-splice-index-1\n"
#: Bytes of made text collected before they are written.
FLUSH = 1 << 18
#: Longest run of the old file copied at once.
PIECE = 1 << 24


@dataclass(frozen=True)
class Reuse:
    """How a writer may reuse its previous file: the published file (or ``None`` on a first build) and the
    version its index must carry."""

    previous: Path | None
    version: str


def index_path(path: str | Path) -> Path:
    """Where the index of the file ``path`` lives: ``.NAME.index`` beside it."""
    path = Path(path)
    return path.with_name(f".{path.name}.index")


def digest(text: str) -> tuple[int, int]:
    """A key: the 128-bit BLAKE2b of ``text`` as two 64-bit numbers."""
    d = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    return int.from_bytes(d[:8], "big"), int.from_bytes(d[8:], "big")


def _stat(path: Path) -> list[int]:
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns, st.st_ino]


class _Old:
    """The previous file (mapped) and its index, sorted by key."""

    def __init__(self, path: Path, version: str) -> None:
        self.mm = None
        self.his = self.los = self.offs = self.lens = array("Q")
        try:
            with index_path(path).open("rb") as fh:
                if fh.readline() != MAGIC:
                    return
                head = json.loads(fh.readline())
                if head.get("version") != version or head.get("file") != _stat(path):
                    return
                n = int(head["count"])
                arrays = []
                for _ in range(4):
                    a = array("Q")
                    a.frombytes(fh.read(8 * n))
                    if len(a) != n:
                        return
                    arrays.append(a)
            with open(path, "rb") as src:
                self.mm = mmap.mmap(src.fileno(), 0, access=mmap.ACCESS_READ) if n else None
        except (OSError, ValueError, KeyError, TypeError):
            return
        self.his, self.los, self.offs, self.lens = arrays

    def find(self, key: tuple[int, int], head: str) -> tuple[int, int] | None:
        """(offset, length) of the piece of ``key`` in the old file, if it begins with ``head``."""
        if self.mm is None:
            return None
        hi, lo = key
        his = self.his
        i = bisect_left(his, hi)
        while i < len(his) and his[i] == hi:
            if self.los[i] == lo:
                off, n = self.offs[i], self.lens[i]
                start = head.encode("utf-8")
                if self.mm[off:off + len(start)] == start:
                    return off, n
                return None
            i += 1
        return None

    def close(self) -> None:
        if self.mm is not None:
            self.mm.close()
            self.mm = None


class Splicer:
    """Writes ``fh`` from made text and pieces copied from the previous file, and makes the new index.

    :meth:`reuse` asks for a piece by key (``True``: it was copied); :meth:`made` writes text, with the key
    it is recorded under (``None``: not recorded, such as a header). Call :meth:`finish` at the end, then
    :meth:`write_index` once the file is in its place."""

    def __init__(self, fh: IO[bytes], reuse: Reuse) -> None:
        self.fh = fh
        self.version = reuse.version
        self.old = _Old(reuse.previous, reuse.version) if reuse.previous is not None else None
        self.pos = 0  # bytes given out so far
        self.parts: list[bytes] = []
        self.size = 0
        self.run: list[int] | None = None  # [start, end) of the old file to copy next
        self.his, self.los, self.offs, self.lens = array("Q"), array("Q"), array("Q"), array("Q")
        self.copied = self.made_count = 0

    def _record(self, key: tuple[int, int], n: int) -> None:
        self.his.append(key[0])
        self.los.append(key[1])
        self.offs.append(self.pos)
        self.lens.append(n)

    def reuse(self, key: tuple[int, int] | None, head: str) -> bool:
        """Copy the previous file's piece of ``key`` (beginning with ``head``); ``False`` if there is none."""
        if key is None or self.old is None:
            return False
        found = self.old.find(key, head)
        if found is None:
            return False
        off, n = found
        self._flush_text()
        if self.run is not None and self.run[1] == off and off - self.run[0] < PIECE:
            self.run[1] = off + n
        else:
            self._flush_run()
            self.run = [off, off + n]
        self._record(key, n)
        self.pos += n
        self.copied += 1
        return True

    def made(self, text: str, key: tuple[int, int] | None = None) -> None:
        data = text.encode("utf-8")
        self._flush_run()
        if key is not None:
            self._record(key, len(data))
            self.made_count += 1
        self.parts.append(data)
        self.size += len(data)
        self.pos += len(data)
        if self.size >= FLUSH:
            self._flush_text()

    def _flush_text(self) -> None:
        if self.parts:
            self.fh.write(b"".join(self.parts))
            self.parts.clear()
            self.size = 0

    def _flush_run(self) -> None:
        """Copy the run of the old file; then let its pages go (they would count in this process's memory:
        at 100 MB the old Turtle file is 700 MB)."""
        if self.run is not None:
            start, end = self.run
            self.run = None
            mm = self.old.mm  # type: ignore[union-attr]
            self.fh.write(mm[start:end])
            first = start - start % mmap.PAGESIZE
            with contextlib.suppress(OSError, ValueError):
                mm.madvise(mmap.MADV_DONTNEED, first, end - first)

    def finish(self) -> None:
        self._flush_text()
        self._flush_run()
        if self.old is not None:
            self.old.close()

    def write_index(self, path: str | Path) -> None:
        """Write the index of the file now at ``path`` (after it was closed and moved into place)."""
        path = Path(path)
        order = sorted(range(len(self.his)), key=lambda i: (self.his[i], self.los[i]))
        tmp = index_path(path).with_suffix(".tmp")
        with open(tmp, "wb") as fh:
            fh.write(MAGIC)
            head = {"version": self.version, "file": _stat(path), "count": len(order)}
            fh.write(json.dumps(head).encode() + b"\n")
            for a in (self.his, self.los, self.offs, self.lens):
                fh.write(array("Q", (a[i] for i in order)).tobytes())
        os.replace(tmp, index_path(path))


def remove_index(path: str | Path) -> None:
    """Remove the index of ``path`` if there is one (the file was written without one)."""
    with contextlib.suppress(OSError):
        index_path(path).unlink()
