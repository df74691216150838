"""GraphML: the streaming writer reads back as networkx's writer on the flattened graph; unknowns are absent."""

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


def _read(data: bytes) -> tuple[list, list]:
    h = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    return list(h.nodes(data=True)), sorted(h.edges(keys=True, data=True), key=str)


@pytest.mark.parametrize("make", [tiny_graph, _hostile, _only_nodes, nx.MultiDiGraph])
def test_streamed_graph_equals_networkx_writer(make):
    g = make()
    buf = io.BytesIO()
    nx.write_graphml_xml(graphml.flatten(g), buf, encoding="utf-8", named_key_ids=True)
    assert _read(graphml.dumps(g)) == _read(buf.getvalue())


def test_unknown_values_are_absent_never_zero():
    g = _only_nodes()
    g.add_edge("post:x", "org:y", key="post_in", type="post_in", label="属于")
    data = graphml.dumps(g)
    nodes, edges = _read(data)
    assert dict(nodes)["person:张波"] == {"type": "Person", "label": "张波", "degree": 0, "mentions": 0}
    assert [d for *_x, d in edges] == [{"type": "post_in", "label": "属于"}]
    assert b'<key id="first_year" for="node" attr.name="first_year" attr.type="long" />' in data
    assert b">0</data>" not in data.replace(b'"degree">0', b"").replace(b'"mentions">0', b"")
    h = _hostile()
    (edge,) = [d for *_x, d in _read(graphml.dumps(h))[1]]
    assert (edge["year"], edge["start"], edge["end"], edge["date"]) == (2023, 3, 5, "2023")


def test_reads_back(tmp_path):
    g = tiny_graph()
    graphml.write(g, tmp_path / "graph.graphml")
    back = nx.read_graphml(tmp_path / "graph.graphml")
    assert back.number_of_nodes() == g.number_of_nodes() and back.number_of_edges() == g.number_of_edges()
