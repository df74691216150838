"""GEXF: the streaming writer gives exactly the bytes of networkx's writer on the timed, flattened graph."""

from __future__ import annotations

import io

import networkx as nx
import pytest
from newskg.output import gexf

from tests.output.kgtiny import tiny_graph


def _hostile() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node('a"<&>\n\tx', type="Person", label='l<&>"', aliases=["x&y", "z"], mentions=[{"evidence": "e\x07<"}],
               first_seen="2023-03", last_seen="2024")
    g.add_node("post:x", type="Post", label="x")
    g.add_edge('a"<&>\n\tx', "post:x", key='k"&', type="holds", label="担任", evidence="e<\n>", start=3, end=5,
               date="2023")
    g.add_edge("post:x", "org:y", key="post_in", type="post_in", label="属于")
    return g


def _undated() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_edge("post:x", "org:y", key="post_in", type="post_in", label="属于")
    return g


def _only_nodes() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("person:张波", type="Person", label="张波", first_seen="2023", last_seen="2023")
    return g


@pytest.mark.parametrize("make", [tiny_graph, _hostile, _undated, _only_nodes, nx.MultiDiGraph])
def test_streamed_bytes_equal_networkx_writer(make):
    g = make()
    buf = io.BytesIO()
    nx.write_gexf(gexf.timed(g), buf, encoding="utf-8", version="1.3")
    assert gexf.dumps(g) == buf.getvalue()


def test_reads_back(tmp_path):
    g = tiny_graph()
    gexf.write(g, tmp_path / "graph.gexf")
    back = nx.read_gexf(tmp_path / "graph.gexf")
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
