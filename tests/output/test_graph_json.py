"""graph.json: the node-link text, links in (source, target, key) order, written in batches."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from newskg.output import graph_json as store

from tests.output.kgtiny import tiny_graph


def _reference(g: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(g, edges="links")
    data["links"].sort(key=lambda link: (link["source"], link["target"], str(link["key"])))
    data["nodes"].sort(key=lambda node: node["id"])
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def _int_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for u, v, k in [(3, 1, "b"), (1, 2, 0), (1, 2, 10), (1, 2, 9), (2, 2, "x"), (1, 3, 1)]:
        g.add_edge(u, v, key=k, w=f"{u}-{v}-{k}")
    return g


@pytest.mark.parametrize("make", [tiny_graph, _int_graph], ids=["tiny", "int-ids"])
def test_dumps_is_sorted_node_link_json(make, monkeypatch, tmp_path):
    g = make()
    expected = _reference(g)
    assert store.dumps(g) == expected
    monkeypatch.setattr(store, "_BATCH", 2)
    assert store.dumps(g) == expected
    store.write(g, tmp_path / "graph.json")
    assert (tmp_path / "graph.json").read_text(encoding="utf-8") == expected
    back = store.read(tmp_path)
    assert set(back.edges(keys=True)) == set(g.edges(keys=True))


def test_sorted_edges_orders():
    g = _int_graph()
    by_value = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    assert list(store.sorted_edges(g)) == by_value
    s = nx.relabel_nodes(g, str)
    assert list(store.sorted_edges(s)) == sorted(s.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
