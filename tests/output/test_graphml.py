"""GraphML: the streaming writer gives exactly the bytes of networkx's writer on the flattened graph."""

from __future__ import annotations

import io

import networkx as nx
import pytest
from newskg.output import graphml

from tests.output.kgtiny import tiny_graph


def _hostile() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node('a"<&>\n\tx', type="Person", label='l<&>"', aliases=["x&y", "z"], mentions=[{"evidence": "e\x07<"}])
    g.add_edge('a"<&>\n\tx', "b", key='k"&', type="holds", evidence="e<\n>", start=3, end=5, date="2023")
    return g


def _only_nodes() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("person:张波", type="Person", label="张波")
    return g


@pytest.mark.parametrize("make", [tiny_graph, _hostile, _only_nodes, nx.MultiDiGraph])
def test_streamed_bytes_equal_networkx_writer(make):
    g = make()
    buf = io.BytesIO()
    nx.write_graphml_xml(graphml.flatten(g), buf, encoding="utf-8", named_key_ids=True)
    assert graphml.dumps(g) == buf.getvalue()


def test_reads_back(tmp_path):
    g = tiny_graph()
    graphml.write(g, tmp_path / "graph.graphml")
    back = nx.read_graphml(tmp_path / "graph.graphml")
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
