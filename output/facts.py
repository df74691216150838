"""Every fact as a table: one row per edge of the graph, with its provenance.

For spreadsheets (``facts.csv``) and dataframes (``facts.parquet``): each row
names the relation (``kind`` = edge type), both ends by label and node id, the
date and how it was known, and where the fact was read (document, article, raw
character span ``[start, end)`` into the input file, and the sentence). Edges
without evidence (``post_in``, ``sub_organization_of``) have empty provenance.

Beside the observations, a ``tenures`` table (``tenures.csv`` / ``tenures.parquet``) has one row per tenure
of the tenure model (:mod:`graph.tenure`): a person held a post in year Y when ``first_year <= Y <=
last_year`` — the same answer as ``newskg post --year``. pyarrow is imported only when Parquet is written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from ..graph.tenure import TENURE_COLUMNS, tenure_row, tenures
from .atomic import write_bytes, write_text

#: Column order of both files.
COLUMNS = (
    "kind", "subject", "subject_id", "object", "object_id", "date", "date_basis", "document", "article", "start",
    "end", "evidence",
)
#: Columns holding integers (empty / null when the edge has no span).
INT_COLUMNS = frozenset({"start", "end"})
#: Integer columns of the tenures table.
TENURE_INT_COLUMNS = frozenset({"first_year", "last_year", "observations"})


def tenures_path(path: str | Path) -> Path:
    """Where the tenures table goes beside ``path``: ``facts.csv`` → ``tenures.csv``, ``x.csv`` → ``x.tenures.csv``."""
    path = Path(path)
    return path.with_name(("tenures" if path.stem == "facts" else f"{path.stem}.tenures") + path.suffix)


def tenure_rows(g: nx.MultiDiGraph) -> Iterator[dict]:
    """One dict per tenure (:data:`graph.tenure.TENURE_COLUMNS`), by post, start and person."""
    for t in tenures(g):
        yield tenure_row(t)


def _int(value) -> int | None:
    return None if value is None or value == "" else int(value)


def rows(g: nx.MultiDiGraph) -> Iterator[dict]:
    """One dict per edge, in a stable order (subject id, object id, edge key)."""
    nodes = g.nodes
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    for u, v, _k, d in edges:
        yield {
            "kind": d.get("type", ""),
            "subject": nodes[u].get("label", u),
            "subject_id": u,
            "object": nodes[v].get("label", v),
            "object_id": v,
            "date": d.get("date") or "",
            "date_basis": d.get("date_basis") or "",
            "document": d.get("doc") or "",
            "article": d.get("article") or "",
            "start": _int(d.get("start")),
            "end": _int(d.get("end")),
            "evidence": d.get("evidence") or "",
        }


def csv_text(g: nx.MultiDiGraph, table: str = "facts") -> str:
    """UTF-8 CSV with a header; RFC 4180 quoting, so evidence with commas or newlines survives."""
    columns, source = (COLUMNS, rows(g)) if table == "facts" else (TENURE_COLUMNS, tenure_rows(g))
    buf = io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\r\n")
    w.writeheader()
    for row in source:
        w.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buf.getvalue()


def write_csv(g: nx.MultiDiGraph, path: str | Path) -> None:
    """``facts.csv`` at ``path`` and the tenures table beside it (:func:`tenures_path`)."""
    write_text(path, csv_text(g))
    write_text(tenures_path(path), csv_text(g, "tenures"))


def arrow_table(g: nx.MultiDiGraph, table: str = "facts"):
    """The rows as a ``pyarrow.Table``: strings, and nullable int64 numbers."""
    import pyarrow as pa

    columns, ints, source = ((COLUMNS, INT_COLUMNS, rows(g)) if table == "facts"
                             else (TENURE_COLUMNS, TENURE_INT_COLUMNS, tenure_rows(g)))
    data: dict[str, list] = {c: [] for c in columns}
    for row in source:
        for c in columns:
            data[c].append(row[c])
    schema = pa.schema([(c, pa.int64() if c in ints else pa.string()) for c in columns])
    return pa.Table.from_pydict(data, schema=schema)


def parquet_bytes(g: nx.MultiDiGraph, table: str = "facts") -> bytes:
    try:
        import pyarrow.parquet as pq
    except ModuleNotFoundError:
        raise RuntimeError("Parquet output needs pyarrow: pip install pyarrow") from None
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    pq.write_table(arrow_table(g, table), sink, compression="zstd")
    return sink.getvalue().to_pybytes()


def write_parquet(g: nx.MultiDiGraph, path: str | Path) -> None:
    """``facts.parquet`` at ``path`` and the tenures table beside it (:func:`tenures_path`)."""
    write_bytes(path, parquet_bytes(g))
    write_bytes(tenures_path(path), parquet_bytes(g, "tenures"))
