"""The identity decisions of a build as JSON Lines (``resolution.jsonl``), one merge or refusal a line.

Why: an analyst must be able to review every decision that made two mentions one person or kept them
apart, and override it (``build_graph(..., overrides=...)``; no command-line flag yet). The decisions are made in
:mod:`graph.identity` and kept in ``g.graph["resolution"]``.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx


def dumps(g: nx.MultiDiGraph) -> str:
    rows = sorted(g.graph.get("resolution", []), key=lambda r: (r["name"], r["doc"], r["action"]))
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)


def write(g: nx.MultiDiGraph, path: str | Path) -> None:
    Path(path).write_text(dumps(g), encoding="utf-8")
