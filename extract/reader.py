"""Find input files, decode them and turn them into :class:`Document` records.

Encodings are detected with charset-normalizer, not guessed by hand. A file
that cannot be decoded as text is skipped with a :class:`InputWarning`.
"""

from __future__ import annotations

import json
import logging
import re
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


def iter_input_files(inputs: list[str | Path]) -> list[Path]:
    """Expand folders (recursively) into a sorted list of readable files."""
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES
            )
            if not found:
                raise InputError(f"{path}: folder holds no .txt or .jsonl files")
            files.extend(found)
        else:
            files.append(path)
    return files


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode bytes as text; raise :class:`ValueError` with a reason if it is not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    for magic in _BINARY_MAGIC:
        if data.startswith(magic):
            raise ValueError("binary file (PDF, Word, archive or image?), not text")
    if not data.strip():
        return "", "utf-8"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise ValueError("binary file, not text")
    best = from_bytes(data).best()
    if best is None:
        raise ValueError("cannot detect a text encoding")
    encoding = best.encoding
    if encoding in {"gb2312", "gbk"}:
        encoding = "gb18030"  # the superset; decodes everything the others do
    return data.decode(encoding, errors="strict"), encoding


def read_documents(
    inputs: list[str | Path], warnings: list[InputWarning] | None = None
) -> Iterator[Document]:
    """Yield documents from files and JSONL records, in a stable order.

    Document ids are file names relative to the input folder they came from
    (or the record's ``id``), so the same input gives the same ids.
    """
    warnings = warnings if warnings is not None else []
    for item in inputs:
        root = Path(item)
        files = iter_input_files([root])
        for path in files:
            rel = path.name if root.is_file() else path.relative_to(root).as_posix()
            if path.suffix.lower() in JSONL_SUFFIXES:
                yield from _read_jsonl(path, warnings)
                continue
            try:
                text, encoding = decode(path.read_bytes(), str(path))
            except (ValueError, UnicodeDecodeError) as exc:
                warnings.append(InputWarning(str(path), f"skipped: {exc}"))
                continue
            except OSError as exc:
                warnings.append(InputWarning(str(path), f"skipped: {exc.strerror or exc}"))
                continue
            if not text.strip():
                warnings.append(InputWarning(str(path), "skipped: empty file"))
                continue
            yield Document(id=rel, source=str(path), raw=text, encoding=encoding)


def _read_jsonl(path: Path, warnings: list[InputWarning]) -> Iterator[Document]:
    try:
        text, _enc = decode(path.read_bytes(), str(path))
    except (ValueError, UnicodeDecodeError, OSError) as exc:
        warnings.append(InputWarning(str(path), f"skipped: {exc}"))
        return
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), 1):
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
        yield Document(id=rid, source=source, raw=rec["text"], date=date)
