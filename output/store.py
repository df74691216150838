"""The built graph as node-link JSON (``graph.json``): what the query commands read back."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from .atomic import write_text

FILENAME = "graph.json"


def dumps(g: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(g, edges="links")
    data["nodes"].sort(key=lambda n: n["id"])
    data["links"].sort(key=lambda e: (e["source"], e["target"], str(e.get("key"))))
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=None, separators=(",", ":")) + "\n"


def write(g: nx.MultiDiGraph, path: str | Path) -> None:
    write_text(path, dumps(g))


def read(path: str | Path) -> nx.MultiDiGraph:
    path = Path(path)
    if path.is_dir():
        path = path / FILENAME
    if not path.exists():
        raise FileNotFoundError(f"{path}: no built graph here (run `newskg build … -o {path.parent}` first)")
    data = json.loads(path.read_text(encoding="utf-8"))
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
