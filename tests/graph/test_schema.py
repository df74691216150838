"""The graph contract (graph/schema.py): the builder's graph meets it, graph.json keeps it, departures are named."""

from __future__ import annotations

import networkx as nx
from newskg.graph import schema
from newskg.graph.build import build_graph
from newskg.output import graph_json
from newskg.output.rdf.terms import EDGE_PREDICATES, NODE_CLASSES


def test_sample_graph_meets_the_contract(sample_graph):
    assert list(schema.problems(sample_graph)) == []
    types = {d["type"] for _n, d in sample_graph.nodes(data=True)}
    assert types == set(schema.NODE_TYPES)  # the sample has every node type
    assert {d["type"] for _u, _v, d in sample_graph.edges(data=True)} <= set(schema.RELATIONS)


def test_graph_json_round_trip_meets_the_contract(sample_graph, tmp_path):
    graph_json.write(sample_graph, tmp_path / "graph.json")
    assert list(schema.problems(graph_json.read(tmp_path))) == []


def test_every_declared_type_and_relation_has_rdf_and_a_style():
    from newskg.output.html import TYPE_STYLES

    assert set(NODE_CLASSES) == set(schema.NODE_TYPES)
    assert set(EDGE_PREDICATES) == set(schema.RELATIONS)
    assert set(TYPE_STYLES) == set(schema.NODE_TYPES)
    assert schema.EDGE_LABELS["holds"] == "担任" and schema.EDGE_LABELS["appointed"] == "任命"


def _tiny() -> nx.MultiDiGraph:
    ev = {"doc": "a.txt", "source": "in/a.txt", "article": "article:a.txt#1", "start": 5, "end": 8,
          "evidence": "李小虎主持会议。", "date": "2023-03-15", "date_basis": "filename"}
    g = nx.MultiDiGraph()
    common = {"aliases": [], "first_seen": "2023-03-15", "last_seen": "2023-03-15"}
    g.add_node("person:李小虎", type="Person", label="李小虎", mentions=[ev], **common)
    g.add_node("meeting:a.txt#1#1", type="Meeting", label="常务会议", mentions=[ev], kind="meeting", **common)
    g.add_edge("person:李小虎", "meeting:a.txt#1#1", key="chaired|x|5", type="chaired", label="主持", **ev)
    return g


def test_departures_are_named_one_line_each():
    g = _tiny()
    assert list(schema.problems(g)) == []
    g.nodes["person:李小虎"]["firstSeen"] = g.nodes["person:李小虎"].pop("first_seen")  # a renamed attribute
    g.nodes["meeting:a.txt#1#1"]["type"] = "Event"
    edge = g.edges["person:李小虎", "meeting:a.txt#1#1", "chaired|x|5"]
    edge["label"] = "出席"
    del edge["date_basis"]
    g.add_edge("meeting:a.txt#1#1", "person:李小虎", **{**edge, "label": "主持", "date_basis": "text"})
    assert list(schema.problems(g)) == [
        "node person:李小虎: attribute 'firstSeen' is not declared",
        "node person:李小虎: no 'first_seen'",
        "node meeting:a.txt#1#1: type 'Event' is not declared",
        "edge person:李小虎 -> meeting:a.txt#1#1: label '出席' is not '主持'",
        "edge person:李小虎 -> meeting:a.txt#1#1 (chaired): evidence fields ['date_basis'] missing",
        "edge person:李小虎 -> meeting:a.txt#1#1 (chaired): meeting:a.txt#1#1 is a Event, not Meeting",
        "edge meeting:a.txt#1#1 -> person:李小虎 (chaired): meeting:a.txt#1#1 is a Event, not Person",
        "edge meeting:a.txt#1#1 -> person:李小虎 (chaired): person:李小虎 is a Person, not Meeting",
    ]


def test_evidence_of_an_edge_and_of_a_structural_edge():
    g = _tiny()
    edge = g.edges["person:李小虎", "meeting:a.txt#1#1", "chaired|x|5"]
    assert schema.evidence_of(edge) == {"doc": "a.txt", "source": "in/a.txt", "article": "article:a.txt#1",
                                        "start": 5, "end": 8, "evidence": "李小虎主持会议。", "date": "2023-03-15",
                                        "date_basis": "filename"}
    assert schema.evidence_of({"type": "post_in", "label": "属于"}) is None


def test_empty_build_is_valid():
    assert list(schema.problems(build_graph([]))) == []
