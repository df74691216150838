"""The key of a build, stored with its published set of outputs: a rebuild of the same inputs writes nothing.

The key hashes what the outputs are made from: every input document's cache key in input order (its text,
id, source, encoding, date options and the extractor's code, :func:`newskg.parallel.cache_key`), the build
options, the identity overrides, the requested formats and ``--subgraph``, and the code of the merge and the
writers (``graph/``, ``output/``, ``newskg/``) with the versions of the installed distributions. The stamp
(:data:`STAMP`, a hidden file of the set, never linked into the output folder) holds the key, the counts the
build printed, and each output's size, modification time and inode: an output removed, replaced or edited
since makes the set incomplete, and the next build writes a new one.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .extract.reader import InputWarning, read_documents
from .parallel import Options, cache_key

STAMP = ".build.json"
#: Changes when the stamp's layout or the meaning of the key changes.
VERSION = "newskg-build-key-1"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the merge's and the writers' code and templates, and of the installed distributions (the
    names of the ``.dist-info`` folders in the environment's site-packages, which carry the versions)."""
    import sysconfig

    from . import graph, output

    h = hashlib.sha256(VERSION.encode())
    here = Path(__file__).parent
    for root in (here, Path(graph.__file__).parent, Path(output.__file__).parent):
        files = root.glob("*.py") if root == here else root.rglob("*")
        for path in sorted(files):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
                h.update(root.name.encode() + b"/" + path.relative_to(root).as_posix().encode() + b"\0")
                h.update(path.read_bytes())
    paths = sysconfig.get_paths()
    versions = sorted({p.name for folder in {paths["purelib"], paths["platlib"]} for p in Path(folder).glob("*-info")})
    h.update("\n".join(versions).encode())
    return h.hexdigest()


def build_key(
    inputs: list[str | Path], opts: Options, max_bytes: int, overrides: dict | None, formats: Iterable[str],
    subgraph: str | None,
) -> tuple[str, list[str], list[InputWarning]]:
    """The key of building ``inputs`` with these options, the ids of the documents read and the read warnings.

    Reads every input (as extraction will) but extracts nothing. ``max_bytes`` is not part of the key: the
    documents it lets through are."""
    warnings: list[InputWarning] = []
    h = hashlib.sha256()
    for part in (code_fingerprint(), repr(_sorted(opts.manifest)), repr(opts.cli_date), repr(opts.place),
                 repr(_sorted(opts.places)), repr(sorted((overrides or {}).items())),
                 repr(list(formats)), repr(subgraph)):
        h.update(part.encode("utf-8") + b"\0")
    ids = []
    for doc in read_documents(inputs, warnings, max_bytes):
        ids.append(doc.id)
        h.update(cache_key(doc, opts).encode() + b"\0")
    return h.hexdigest(), ids, warnings


def _sorted(table: dict | None) -> list | None:
    return sorted(table.items()) if table is not None else None


def stamp(staging: Path, key: str, counts: dict[str, int]) -> None:
    """Write the stamp of the set being made in ``staging`` (call it after the last output is written)."""
    files = {name: _stat(staging / name) for name in sorted(p.name for p in staging.iterdir())
             if not name.startswith(".")}  # the outputs; a hidden file of the set (an index) is no output
    record = {"key": key, "counts": counts, "files": files}
    (staging / STAMP).write_text(json.dumps(record, ensure_ascii=False, sort_keys=True), encoding="utf-8")


def unchanged(outdir: Path, key: str) -> dict | None:
    """The stamp of ``outdir``'s current set when it was built with ``key`` and every output is still as it
    was written, else ``None``."""
    current = outdir / ".outputs" / "current"
    path = current / STAMP if current.is_symlink() else outdir / STAMP
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        if record["key"] != key:
            return None
        for name, recorded in record["files"].items():
            if _stat(outdir / name) != recorded:
                return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return record


def _stat(path: Path) -> list[int]:
    """Size, modification time and inode of ``path`` (through the output folder's link to the set)."""
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns, st.st_ino]
