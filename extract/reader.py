"""Find input files, decode them and turn them into :class:`Document` records.

Encodings are detected with charset-normalizer, not guessed by hand. Nothing is
dropped without a word: a file that cannot be decoded as text, is not a regular
file (FIFO, device), is larger than ``max_bytes`` or sits in a folder that cannot
be listed is skipped with an :class:`InputWarning` naming it; a UTF-8 file with a
few broken sequences (a truncated last character) is kept with U+FFFD in their
place and a warning. Special files are never opened in blocking mode, and a
file's size is checked before a byte of it is read.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from .model import DatedValue, Document

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")
#: Lone surrogates come from JSON ``\ud800`` escapes; they cannot be encoded, so they become U+FFFD.
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")
#: Default ``max_bytes``: far above any news page or JSONL export, far below what fits in memory.
DEFAULT_MAX_BYTES = 256 << 20
#: More NUL bytes than this share of a file's start make it binary, even when it decodes as UTF-8.
_NUL_SHARE = 0.01
#: A UTF-8 file with at most one broken sequence per this many bytes is kept (with U+FFFD and a warning).
_BYTES_PER_BAD_SEQUENCE = 1000
_FILE_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
               (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


class InputError(Exception):
    """Input that stops the whole run (a missing path, an empty folder)."""


@dataclass(frozen=True)
class InputWarning:
    """Input that was skipped; ``str()`` is the one line shown to the user."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


def iter_input_files(inputs: list[str | Path], warnings: list[InputWarning] | None = None) -> list[Path]:
    """Expand folders (recursively; hidden entries and symlinked folders skipped) into a sorted list of files.

    A subfolder that cannot be listed becomes a warning in ``warnings``; each file is checked when it is read.
    """
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            found = _folder_files(path, warnings if warnings is not None else [])
            if not found:
                raise InputError(f"{path}: folder holds no .txt or .jsonl files")
            files.extend(found)
        else:
            files.append(path)
    return files


def _folder_files(root: Path, warnings: list[InputWarning]) -> list[Path]:
    """The ``.txt``/``.jsonl`` entries under ``root`` of any file type (the reader refuses special files with
    a warning), sorted as paths; a folder that cannot be listed is reported, not passed over in silence."""

    def unreadable(exc: OSError) -> None:
        warnings.append(InputWarning(str(exc.filename or root), f"skipped folder: {exc.strerror or exc}"))

    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        folder = Path(dirpath)
        found += [folder / n for n in filenames
                  if not n.startswith(".") and Path(n).suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES]
    return sorted(found)


def _human(n: int) -> str:
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}".replace(".0 ", " ")
    return f"{n} bytes"


def read_limited(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; :class:`ValueError` (one line) for anything else.

    The file is opened non-blocking (a FIFO with no writer cannot hang the build) and its type and size are
    checked on the open descriptor before anything is read, so a 2 GB sparse file is refused at once.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb", buffering=0) as fh:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = next((name for test, name in _FILE_KINDS if test(st.st_mode)), "a special file")
            raise ValueError(f"not a regular file ({kind})")
        if st.st_size > max_bytes:
            raise ValueError(f"{_human(st.st_size)}, over the --max-file-size limit of {_human(max_bytes)}")
        data = fh.read(st.st_size + 1)  # one read, one copy in memory, when the size is right
        if len(data) <= st.st_size:
            return data
        chunks, total = [data], len(data)  # the file grew, or says 0 bytes and has more (/proc)
        while total <= max_bytes and (chunk := fh.read(min(max_bytes + 1 - total, 1 << 24))):
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:
            raise ValueError(f"over the --max-file-size limit of {_human(max_bytes)}")
        return b"".join(chunks)


#: Letters of a text looked at to tell it from bytes that only decode (:func:`_reads_as_text`).
_TEXT_PROBE = 1 << 16
#: What a page of the genre is written in: ASCII, Latin-1, general punctuation, CJK punctuation, kana (in
#: names of companies), CJK ideographs, full-width forms. Any two bytes decode as UTF-16, and a third of them
#: as ideographs: random bytes after a byte order mark are about 35% these letters, a Chinese page over 90%.
_TEXT_LETTERS = re.compile("[\t\n\r\x20-\x7e\xa0-\xff\u2000-\u206f\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")


def _reads_as_text(text: str) -> bool:
    """Are most letters of ``text`` (a decoded head) letters of Chinese or Latin text?"""
    return len(_TEXT_LETTERS.findall(text)) >= 0.8 * len(text)


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode bytes as text; raise :class:`ValueError` with a reason if it is not text."""
    text, encoding, _note = decode_noting(data)
    return text, encoding


def decode_noting(data: bytes) -> tuple[str, str, str | None]:
    """:func:`decode`, plus a note (else ``None``) when a few broken UTF-8 sequences were replaced.

    One cut character must not cost a whole file, but text in another encoding is never read as broken
    UTF-8: it breaks nearly every character, far above the one sequence per ~1,000 bytes accepted here.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig", None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
        if not _reads_as_text(text[:_TEXT_PROBE]):
            raise ValueError("starts with a UTF-16 byte order mark, but what follows is no Chinese or Latin text")
        return text, "utf-16", None
    for magic in _BINARY_MAGIC:
        if data.startswith(magic):
            raise ValueError("binary file (PDF, Word, archive or image?), not text")
    if not data.strip():
        return "", "utf-8", None
    head = data[: 64 << 10]
    if head.count(0) > _NUL_SHARE * len(head):  # NUL is valid UTF-8, but no text is full of it
        raise ValueError("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as exc:
        first = exc
    if b"\x00" in data[:4096]:
        raise ValueError("binary file, not text")
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    cut_at_end = first.end == len(data) and bad == 1
    if cut_at_end or bad * _BYTES_PER_BAD_SEQUENCE <= len(data):
        what = "a truncated last character" if cut_at_end else f"{bad} invalid UTF-8 sequence(s)"
        return text, "utf-8", f"{what} replaced with U+FFFD (first at byte {first.start})"
    best = from_bytes(data).best()
    if best is None:
        raise ValueError("cannot detect a text encoding")
    encoding = best.encoding
    if encoding in {"gb2312", "gbk"}:
        encoding = "gb18030"  # the superset; decodes everything the others do
    return data.decode(encoding, errors="strict"), encoding, None


def read_documents(
    inputs: list[str | Path], warnings: list[InputWarning] | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document]:
    """Yield documents from files and JSONL records, in a stable order.

    Document ids are file names relative to the input folder they came from
    (or the record's ``id``), so the same input gives the same ids. An id that
    an earlier input already took (the same file name in two folders) gets its
    input's name in front (``b/2023.txt``): the two stay two documents.
    """
    warnings = warnings if warnings is not None else []
    taken: set[str] = set()
    read: set[str] = set()
    for item in inputs:
        root = Path(item)
        prefix = (root.resolve().parent if root.is_file() else root.resolve()).name
        for path in iter_input_files([root], warnings):
            rel = path.name if root.is_file() else path.relative_to(root).as_posix()
            if (real := os.path.realpath(path)) in read:  # one file named by two inputs is read once
                log.info("%s: already read from an earlier input", path)
                continue
            read.add(real)
            try:
                text, encoding, note = decode_noting(read_limited(path, max_bytes))
            except (ValueError, UnicodeDecodeError) as exc:
                warnings.append(InputWarning(str(path), f"skipped: {exc}"))
                continue
            except OSError as exc:
                warnings.append(InputWarning(str(path), f"skipped: {exc.strerror or exc}"))
                continue
            if note:
                warnings.append(InputWarning(str(path), note))
            if path.suffix.lower() in JSONL_SUFFIXES:
                yield from _read_jsonl(path, text, warnings, taken)
                continue
            if not text.strip():
                warnings.append(InputWarning(str(path), "skipped: empty file"))
                continue
            yield Document(id=_unique(rel, prefix, taken), source=str(path), raw=text, encoding=encoding)


def _unique(doc_id: str, prefix: str, taken: set[str]) -> str:
    """``doc_id``, or ``prefix/doc_id`` (then ``prefix~3/doc_id`` …) when an earlier document has it."""
    candidate, n = doc_id, 1
    while candidate in taken:
        n += 1
        candidate = f"{prefix}/{doc_id}" if n == 2 else f"{prefix}~{n}/{doc_id}"
    if candidate != doc_id:
        log.info("document id %r is taken by an earlier input; this one is %r", doc_id, candidate)
    taken.add(candidate)
    return candidate


def _read_jsonl(path: Path, text: str, warnings: list[InputWarning], taken: set[str]) -> Iterator[Document]:
    """The records of a JSONL file. Lines end at ``\\n`` (or ``\\r\\n``) only: U+2028, U+2029 and U+0085,
    which ``json.dumps(..., ensure_ascii=False)`` leaves unescaped inside strings, end no line."""
    seen: set[str] = set()
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            warnings.append(InputWarning(str(path), f"skipped line: not JSON ({exc.msg})", lineno))
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            warnings.append(InputWarning(str(path), 'skipped line: needs an object with a "text" string', lineno))
            continue
        rid = str(rec.get("id") or f"{path.stem}:{lineno}")
        if _SURROGATE_RE.search(rec["text"]) or _SURROGATE_RE.search(rid):
            warnings.append(InputWarning(str(path), "lone surrogate escapes replaced with U+FFFD", lineno))
            rec["text"] = _SURROGATE_RE.sub("\ufffd", rec["text"])
            rid = _SURROGATE_RE.sub("\ufffd", rid)
        if rid in seen:
            warnings.append(InputWarning(str(path), f"skipped line: duplicate id {rid!r}", lineno))
            continue
        seen.add(rid)
        if not rec["text"].strip():
            warnings.append(InputWarning(str(path), f"skipped line: record {rid!r} has empty text", lineno))
            continue
        date = DatedValue(None)
        if rec.get("date"):
            from .dates import parse_iso

            value = parse_iso(str(rec["date"]))
            if value is None:
                warnings.append(InputWarning(str(path), f"record {rid!r}: unparseable date {rec['date']!r}", lineno))
            else:
                date = DatedValue(value, "record", f"{path.name}:{lineno}")
        source = _SURROGATE_RE.sub("\ufffd", str(rec.get("source") or f"{path}:{lineno}"))
        yield Document(id=_unique(rid, path.name, taken), source=source, raw=rec["text"], date=date)
