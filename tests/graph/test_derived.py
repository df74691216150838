"""Derived facts computed once while one graph is read by many writers (graph/derived.py)."""

from __future__ import annotations

import networkx as nx
from newskg.graph import derived, tenure


def _graph(person: str) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node(f"person:{person}", type="Person", label=person)
    g.add_node("post:中牟县委/书记", type="Post", label="中牟县委书记", org="中牟县委", title="书记")
    g.add_edge(f"person:{person}", "post:中牟县委/书记", key="holds|a#1|0", type="holds", date="2023-05-01",
               article="a#1", start=0)
    return g


def test_a_memoised_function_runs_once_per_block_and_afresh_outside() -> None:
    calls: list[int] = []

    @derived.memoised
    def count_nodes(g: nx.MultiDiGraph) -> list[str]:
        calls.append(1)
        return sorted(g.nodes)

    g = _graph("王建军")
    with derived.once(g):
        first = count_nodes(g)
        first.append("changed by a caller")  # a caller's copy: the next caller is not given it
        assert count_nodes(g) == ["person:王建军", "post:中牟县委/书记"]
        assert len(calls) == 1
        other = _graph("李红")
        assert count_nodes(other) == ["person:李红", "post:中牟县委/书记"]  # another graph: computed, not remembered
        assert len(calls) == 2
    g.add_node("person:张波", type="Person", label="张波")  # the graph changes after the block
    assert count_nodes(g) == ["person:张波", "person:王建军", "post:中牟县委/书记"]
    assert len(calls) == 3


def test_tenures_in_a_block_are_the_tenures_outside() -> None:
    g = _graph("王建军")
    plain = [(t.name, t.post, t.first_seen) for t in tenure.tenures(g)]
    with derived.once(g):
        assert [(t.name, t.post, t.first_seen) for t in tenure.tenures(g)] == plain == [
            ("王建军", "post:中牟县委/书记", "2023-05-01")]
        assert tenure.tenures(g)[0] is tenure.tenures(g)[0]  # computed once: the same records
