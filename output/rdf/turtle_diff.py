"""What changed between two Turtle files that :mod:`.turtle` wrote: the triples to delete and to insert.

Both files are a prefix header, then one block per subject in subject order (:func:`.ntriples.subject_tails`),
so the two are walked side by side, a block at a time: equal blocks are passed over as bytes, and only the
blocks that differ, or that one file lacks, are parsed (by pyoxigraph) to triples. The work is one read of each
file plus a parse of what changed — what lets a store follow a rebuild without loading the whole graph again
(:mod:`..oxigraph_store`).
"""

from __future__ import annotations

import mmap
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: A line that opens a block: not a continuation (``\t``) of the subject before it.
_BLOCK = re.compile(rb"\n(?=[^\t])")
_PREFIX = re.compile(rb"@prefix ([A-Za-z][\w-]*)?: <([^>]*)> \.\n")


@dataclass
class Diff:
    """N-Triples terms (``<s> <p> "o"@zh``) of the triples only the old file has, and of those only the new has."""

    deleted: list[str]
    inserted: list[str]
    blocks: int  # blocks of the new file
    changed: int  # blocks that differ or that one file lacks


def _header(buf) -> tuple[int, dict[bytes, bytes]]:
    """Where the prefix lines end, and the namespace of each prefix."""
    pos, prefixes = 0, {}
    while (m := _PREFIX.match(buf, pos)) is not None:
        prefixes[m.group(1) or b""] = m.group(2)
        pos = m.end()
    return pos, prefixes


def _blocks(buf, start: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each subject's block from ``start`` on, its final line break included."""
    for m in _BLOCK.finditer(buf, start):
        end = m.start() + 1
        if end > start:
            yield start, end
        start = end
    if start < len(buf):
        yield start, len(buf)


def _key(block: bytes, prefixes: dict[bytes, bytes]) -> bytes:
    """The block's place in subject order: its subject IRI's UTF-8 bytes and ``>``, as the writer sorted them."""
    token = block[: block.index(b" ")]
    if token.startswith(b"<"):
        return token[1:]
    prefix, _, local = token.partition(b":")
    return prefixes[prefix] + local + b">"


def diff(old: str | Path, new: str | Path, most: float = 0.25) -> Diff | None:
    """The triples to delete from and insert into a graph loaded from ``old`` to make it ``new``'s; None when
    the two do not share their prefixes (not written alike) or when more than ``most`` of the blocks changed
    (loading the new file whole is then as quick)."""
    with open(old, "rb") as fo, open(new, "rb") as fn:
        if not _size(fo) or not _size(fn):
            return None
        with mmap.mmap(fo.fileno(), 0, access=mmap.ACCESS_READ) as a, \
                mmap.mmap(fn.fileno(), 0, access=mmap.ACCESS_READ) as b:
            (ha, prefixes), (hb, _) = _header(a), _header(b)
            header = a[:ha]
            if header != b[:hb]:
                return None
            gone, came, blocks, changed = _walk(a, b, ha, hb, prefixes)
    if changed > most * max(blocks, 1):
        return None
    old_triples, new_triples = _triples(header, gone), _triples(header, came)
    return Diff(sorted(old_triples - new_triples), sorted(new_triples - old_triples), blocks, changed)


def _size(fh) -> int:
    return fh.seek(0, 2)


def _walk(a, b, ha: int, hb: int, prefixes: dict[bytes, bytes]) -> tuple[list[bytes], list[bytes], int, int]:
    """The blocks only ``a`` has or that differ (``gone``), those only ``b`` has or that differ (``came``), the
    number of ``b``'s blocks, and of the blocks that changed."""
    gone: list[bytes] = []
    came: list[bytes] = []
    ia, ib = _blocks(a, ha), _blocks(b, hb)
    x, y = next(ia, None), next(ib, None)
    blocks = changed = 0
    while x is not None or y is not None:
        bx = a[x[0]:x[1]] if x is not None else None
        by = b[y[0]:y[1]] if y is not None else None
        if bx is not None and bx == by:  # the common case: the same subject, unchanged
            blocks += 1
            x, y = next(ia, None), next(ib, None)
            continue
        kx = _key(bx, prefixes) if bx is not None else None
        ky = _key(by, prefixes) if by is not None else None
        changed += 1
        if ky is None or (kx is not None and kx < ky):
            gone.append(bx)
            x = next(ia, None)
        elif kx is None or ky < kx:
            came.append(by)
            blocks += 1
            y = next(ib, None)
        else:  # the same subject, other triples
            gone.append(bx)
            came.append(by)
            blocks += 1
            x, y = next(ia, None), next(ib, None)
    return gone, came, blocks, changed


def _triples(header: bytes, blocks: list[bytes]) -> set[str]:
    import pyoxigraph as ox

    if not blocks:
        return set()
    return {str(t) for t in ox.parse(header + b"".join(blocks), ox.RdfFormat.TURTLE)}
