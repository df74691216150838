"""Write a file of keyed pieces, copying from the previous build's file every piece it already holds.

A writer that can say, before making a piece of its file (a subject's Turtle block), what the piece is made
from hands the :class:`Splicer` a key: a digest of all of it. A piece whose key the previous file's index
lists is copied from that file instead of being made again; the others are made. The new file's index is
written beside it (``.NAME.index``, a hidden file of the output set), for the next build.

The index records the size, modification time and inode of the file it describes and an opaque ``version``
(the code of the merge and the writers, :func:`newskg.build_key.code_fingerprint`): an index of another
file, or of a file written by other code, is not used. Each piece copied must also begin with the text the
writer expects there (its subject), else it is made. A key is 64 bits of BLAKE2b.

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
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

MAGIC = b"newskg-splice-index-2\n"
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
    #: Each document's signature: what its facts are made from (its cache key and its date after the corpus-level
    #: dating, the only change made to a document's facts by others). An edge that quotes a document is made
    #: from that document's facts and its two ends' ids alone, so the signature and the ids are its key.
    documents: Mapping[str, str] = field(default_factory=dict)


def index_path(path: str | Path) -> Path:
    """Where the index of the file ``path`` lives: ``.NAME.index`` beside it."""
    path = Path(path)
    return path.with_name(f".{path.name}.index")


def digest(text: str) -> int:
    """A key: the 64-bit BLAKE2b of ``text`` (a piece is copied only if it also begins with its own
    subject: two texts of one subject with one key, one chance in 2**64, is the only way to a wrong copy)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def _stat(path: Path) -> list[int]:
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns, st.st_ino]


class _Old:
    """The previous file (mapped) and its index: keys, offsets and lengths in file order, found through an
    open-addressing table of their positions (arrays of numbers, not a dict of a million entries: at 100 MB
    the index has 1.3 million pieces, and this process holds the graph)."""

    def __init__(self, path: Path, version: str) -> None:
        self.mm = None
        self.keys, self.offs, self.lens = array("Q"), array("Q"), array("I")
        try:
            with index_path(path).open("rb") as fh:
                if fh.readline() != MAGIC:
                    return
                head = json.loads(fh.readline())
                if head.get("version") != version or head.get("file") != _stat(path):
                    return
                n = int(head["count"])
                arrays = (array("Q"), array("Q"), array("I"))
                for a in arrays:
                    a.frombytes(fh.read(a.itemsize * n))
                    if len(a) != n:
                        return
            with open(path, "rb") as src:
                self.mm = mmap.mmap(src.fileno(), 0, access=mmap.ACCESS_READ) if n else None
        except (OSError, ValueError, KeyError, TypeError):
            return
        self.keys, self.offs, self.lens = arrays
        size = 1 << max(4, (2 * n).bit_length())
        self.mask = size - 1
        table = self.table = array("I", bytes(4 * size))  # position + 1 of the key in that slot; 0: empty
        mask = self.mask
        for i, k in enumerate(self.keys):
            slot = k & mask
            while table[slot]:
                slot = (slot + 1) & mask
            table[slot] = i + 1

    def find(self, key: int, head: str) -> int | None:
        """(offset, length) of the piece of ``key`` in the old file, if it begins with ``head``."""
        if self.mm is None:
            return None
        table, keys, mask = self.table, self.keys, self.mask
        slot = key & mask
        while at := table[slot]:
            if keys[at - 1] == key:
                off, n = self.offs[at - 1], self.lens[at - 1]
                start = head.encode("utf-8")
                return (off, n) if self.mm[off:off + len(start)] == start else None
            slot = (slot + 1) & mask
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
        self.keys, self.offs, self.lens = array("Q"), array("Q"), array("I")
        self.copied = self.made_count = 0

    def _record(self, key: int, n: int) -> None:
        self.keys.append(key)
        self.offs.append(self.pos)
        self.lens.append(n)

    def reuse(self, key: int | None, head: str) -> bool:
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

    def made(self, text: str, key: int | None = None) -> None:
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
        tmp = index_path(path).with_suffix(".tmp")
        with open(tmp, "wb") as fh:
            fh.write(MAGIC)
            head = {"version": self.version, "file": _stat(path), "count": len(self.keys)}
            fh.write(json.dumps(head).encode() + b"\n")
            for a in (self.keys, self.offs, self.lens):
                fh.write(a.tobytes())
        os.replace(tmp, index_path(path))


@contextlib.contextmanager
def spliced(path: str | Path, reuse: Reuse) -> Iterator[Splicer]:
    """A :class:`Splicer` writing ``path`` atomically; once the file is in its place, its index beside it."""
    from .atomic import atomic_open

    with atomic_open(path, "wb", None) as fh:
        splicer = Splicer(fh, reuse)
        try:
            yield splicer
        finally:
            splicer.finish()
    splicer.write_index(path)


def texts(pieces: Iterable[Any], elements: Callable[[Any], Iterable[str]]) -> Iterator[str]:
    """The text of ``pieces`` without splicing: a ``str`` piece as it is, any other as its ``elements`` one at a
    time (a hub's thousands of edges are no one text: a file writer joins thousands of texts before each write)."""
    for piece in pieces:
        if type(piece) is str:
            yield piece
        else:
            yield from elements(piece)


def write_pieces(
    path: str | Path, pieces: Iterable[Any], reuse: Reuse, key: Callable[[Any], str | None],
    head: Callable[[Any], str], elements: Callable[[Any], Iterable[str]],
) -> None:
    """Write ``pieces`` to ``path`` (atomically) and its index: a ``str`` piece as it is; any other copied from
    the previous file when its key (``key(piece)``, digested) is there and begins with ``head(piece)``, else
    written as its ``elements``."""
    with spliced(path, reuse) as splicer:
        for piece in pieces:
            if type(piece) is str:
                splicer.made(piece)
                continue
            text = key(piece)
            k = None if text is None else digest(text)
            if not splicer.reuse(k, head(piece)):
                splicer.made("".join(elements(piece)), k)


def edges_key(
    documents: Mapping[str, str], source: str, edges: Iterable[tuple[str, Any, dict]],
    special: Callable[[str, Any, dict], str | None] | None = None,
) -> str | None:
    """The key text of ``source``'s edges ((target, key, attributes) each): their targets and keys, and what each
    is made from: ``special(target, key, attributes)`` when it says (an edge written from more than its own
    record), else the signature of the document it quotes (``documents``), else, quoting none, its attributes.
    ``None`` when a document has no signature."""
    parts = [source]
    for v, k, d in edges:
        made_from = special(v, k, d) if special is not None else None
        if made_from is None:
            doc = d.get("doc")
            made_from = documents.get(doc) if doc else repr(d)
            if made_from is None:
                return None
        parts += (v, k, made_from)
    return repr(parts)
