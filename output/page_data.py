"""The pages' data as script-safe JSON, streamed: ``graph.html`` and ``timeline.html`` carry their data inside
``<script type="application/json">`` with ``<``, ``>``, ``&`` and the line separators escaped; a page is written
piece by piece (:func:`page_pieces`), its long lists encoded a batch at a time, those made item by item
(:class:`EncodedList`) kept in a temporary file until their turn, so no page is ever one string in memory.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .atomic import atomic_open

_SCRIPT_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))
_ENC = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
#: Items of a long list (or dict) encoded per encoder call when the page data is streamed.
_BATCH = 2048
#: Bytes read back at a time from an :class:`EncodedList`'s temporary file.
_BLOCK = 1 << 20


def _script_safe(text: str) -> str:
    for ch, esc in _SCRIPT_ESCAPES:
        text = text.replace(ch, esc)
    return text


def json_for_script(data) -> str:
    """JSON safe inside ``<script>``: no ``<``, ``>``, ``&`` or line separators survive literally."""
    return "".join(json_chunks_for_script(data))


def json_chunks_for_script(data) -> Iterator[str | bytes]:
    """:func:`json_for_script` as pieces: the items of a top-level dict's long lists and dicts are encoded a
    batch at a time, so the page's data is never one huge string (the escapes are per character, so
    escaping piece by piece gives the same text). An :class:`EncodedList` comes as UTF-8 bytes."""
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        yield _script_safe(_ENC.encode(data))
        return
    sep = "{"
    for key in sorted(data):
        value = data[key]
        yield _script_safe(f"{sep}{_ENC.encode(key)}:")
        sep = ","
        if isinstance(value, EncodedList):
            yield from value.chunks()
        elif isinstance(value, list) and len(value) > _BATCH:
            yield from _batches("[", value, "]", lambda batch: _ENC.encode(batch)[1:-1])
        elif isinstance(value, dict) and len(value) > _BATCH and all(isinstance(k, str) for k in value):
            items = sorted(value.items(), key=lambda kv: kv[0])
            yield from _batches("{", items, "}", lambda batch: _ENC.encode(dict(batch))[1:-1])
        else:
            yield _script_safe(_ENC.encode(value))
    yield "}" if sep == "," else "{}"


def _batches(open_: str, items: list, close: str, encode) -> Iterator[str]:
    yield open_
    for i in range(0, len(items), _BATCH):
        yield ("," if i else "") + _script_safe(encode(items[i:i + _BATCH]))
    yield close


class EncodedList:
    """A JSON list that encodes its items a batch at a time as they are appended (script-safe, like
    :func:`json_for_script`) into a temporary file, so they never live in memory at once: at 100 MB the page's
    nodes, edges and evidence are ~350 MB of text, which held as strings was the build's peak. Written as the
    list by :func:`json_chunks_for_script`, as UTF-8 blocks. The file is made in ``folder`` (a page's writer
    gives the folder it writes in, which must have room for the page anyway; ``/tmp`` may be memory), else
    in the temporary folder; it has no name, so nothing is left behind however the process ends."""

    def __init__(self, folder: str | Path | None = None) -> None:
        self._file = tempfile.TemporaryFile(dir=folder)
        self._batch: list = []
        self._empty = True

    def append(self, item) -> None:
        self._batch.append(item)
        if len(self._batch) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            text = _script_safe(_ENC.encode(self._batch)[1:-1])
            self._file.write((text if self._empty else "," + text).encode("utf-8"))
            self._empty = False
            self._batch = []

    def chunks(self) -> Iterator[str | bytes]:
        """``[``, the items as UTF-8 blocks, ``]``; the temporary file is closed once read."""
        self._flush()
        yield "["
        with self._file as fh:
            fh.seek(0)
            while block := fh.read(_BLOCK):
                yield block
        yield "]"


_PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")


def fill(template: str, parts: dict[str, str]) -> str:
    """Replace ``{{NAME}}`` placeholders in one pass, so inserted text is never scanned again."""
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], template)


def page_pieces(template: str, parts: dict[str, str], data: dict) -> Iterator[str | bytes]:
    """A page in pieces: ``template`` with ``{{NAME}}`` filled from ``parts`` as :func:`fill` does, and
    ``{{DATA}}`` with ``data`` as script-safe JSON (:func:`json_chunks_for_script`: long lists a batch at a
    time, an :class:`EncodedList` as UTF-8 bytes), so the page is never one string."""
    for i, piece in enumerate(_PLACEHOLDER.split(template)):
        if i % 2 == 0:
            yield piece
        elif piece == "DATA":
            yield from json_chunks_for_script(data)
        else:
            yield parts[piece]


def write_pieces(path: str | Path, pieces: Iterator[str | bytes]) -> None:
    """Write :func:`page_pieces` to ``path`` atomically, as UTF-8."""
    with atomic_open(path, "wb", None) as fh:
        for piece in pieces:
            fh.write(piece.encode("utf-8") if type(piece) is str else piece)


def pieces_text(pieces: Iterator[str | bytes]) -> str:
    """:func:`page_pieces` as one string (each run of byte blocks decoded whole: a block may end inside a
    letter's UTF-8)."""
    out: list[str] = []
    run: list[bytes] = []
    for p in pieces:
        if type(p) is str:
            if run:
                out.append(b"".join(run).decode("utf-8"))
                run = []
            out.append(p)
        else:
            run.append(p)
    if run:
        out.append(b"".join(run).decode("utf-8"))
    return "".join(out)
