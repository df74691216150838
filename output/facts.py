"""Every fact as a table: one row per edge of the graph, with its provenance.

For spreadsheets (``facts.csv``) and dataframes (``facts.parquet``): each row
names the relation (``kind`` = edge type), both ends by label and node id, the
date and how it was known, and where the fact was read (document, article, raw
character span ``[start, end)`` into the input file, and the sentence). Edges
without evidence (``post_in``, ``sub_organization_of``) have empty provenance.
pyarrow is imported only when Parquet is written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from .atomic import write_bytes, write_text

#: Column order of both files.
COLUMNS = (
    "kind", "subject", "subject_id", "object", "object_id", "date", "date_basis", "document", "article", "start",
    "end", "evidence",
)
#: Columns holding integers (empty / null when the edge has no span).
INT_COLUMNS = frozenset({"start", "end"})


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


def csv_text(g: nx.MultiDiGraph) -> str:
    """UTF-8 CSV with a header; RFC 4180 quoting, so evidence with commas or newlines survives."""
    buf = io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    w.writeheader()
    for row in rows(g):
        w.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buf.getvalue()


def write_csv(g: nx.MultiDiGraph, path: str | Path) -> None:
    write_text(path, csv_text(g))


def arrow_table(g: nx.MultiDiGraph):
    """The rows as a ``pyarrow.Table``: strings, and nullable int64 spans."""
    import pyarrow as pa

    data: dict[str, list] = {c: [] for c in COLUMNS}
    for row in rows(g):
        for c in COLUMNS:
            data[c].append(row[c])
    schema = pa.schema([(c, pa.int64() if c in INT_COLUMNS else pa.string()) for c in COLUMNS])
    return pa.Table.from_pydict(data, schema=schema)


def parquet_bytes(g: nx.MultiDiGraph) -> bytes:
    try:
        import pyarrow.parquet as pq
    except ModuleNotFoundError:
        raise RuntimeError("Parquet output needs pyarrow: pip install pyarrow") from None
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    pq.write_table(arrow_table(g), sink, compression="zstd")
    return sink.getvalue().to_pybytes()


def write_parquet(g: nx.MultiDiGraph, path: str | Path) -> None:
    write_bytes(path, parquet_bytes(g))
