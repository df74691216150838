"""The files of a built output folder as ``newskg serve`` gives them: never anything outside it.

``/`` is graph.html; hidden files, the store folder, ``..`` in any spelling and symlinks that lead out are
refused. Content types cover the formats ``newskg export`` writes.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote

from .sparql_protocol import with_charset

INDEX = "graph.html"
#: File types the pages and exports need that :mod:`mimetypes` may not know.
FILE_TYPES = {
    ".ttl": "text/turtle", ".nt": "application/n-triples", ".nq": "application/n-quads",
    ".jsonld": "application/ld+json", ".graphml": "application/xml", ".gexf": "application/xml",
    ".rq": "application/sparql-query", ".parquet": "application/vnd.apache.parquet",
    ".js": "text/javascript", ".json": "application/json", ".csv": "text/csv", ".html": "text/html",
    ".css": "text/css", ".svg": "image/svg+xml", ".txt": "text/plain",
}


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def static_file(root: Path, url_path: str) -> Path:
    """The regular file under ``root`` (resolved) that ``url_path`` names; :class:`Refused` for anything else.

    Refuses ``..`` (also percent-encoded), backslashes, NUL, hidden files and the store folder, and any path
    that resolves, through symlinks, outside ``root``.
    """
    try:
        path = unquote(url_path, errors="strict")
    except UnicodeDecodeError:
        raise Refused(404, "not found") from None
    if "\x00" in path or "\\" in path:
        raise Refused(403, "forbidden path")
    segments = [s for s in path.split("/") if s]
    if any(s in (".", "..") for s in segments):
        raise Refused(403, "forbidden path")
    if not segments:
        segments = [INDEX]
    if segments[0] == "store" or any(s.startswith(".") for s in segments):
        raise Refused(404, "not found")
    try:
        real = root.joinpath(*segments).resolve(strict=True)
    except (OSError, RuntimeError):
        raise Refused(404, "not found") from None
    if not real.is_relative_to(root):
        raise Refused(403, "forbidden path")
    if not real.is_file():
        raise Refused(404, "not found")
    return real


def file_type(path: Path) -> str:
    media = FILE_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    text = media.startswith("text/") or media in ("application/json", "application/xml", "application/ld+json",
                                                  "application/n-triples", "application/n-quads",
                                                  "application/sparql-query", "image/svg+xml")
    return with_charset(media) if text else media

