from __future__ import annotations

import pytest
from newskg.graph.subgraph import subgraph


def test_year_subgraph_keeps_that_year_and_its_structure(sample_graph):
    sub = subgraph(sample_graph, "2023")
    dated = [d["date"] for _u, _v, d in sub.edges(data=True) if d.get("date")]
    assert dated and all(x.startswith("2023") for x in dated)
    labels = {d["label"] for _n, d in sub.nodes(data=True)}
    assert {"张波", "李小虎", "郑州经开区党工委书记", "郑州经开区党工委"} <= labels
    assert "樊福太" not in labels  # seen only in 2022


def test_ego_subgraph_of_a_person(sample_graph):
    sub = subgraph(sample_graph, "樊福太")
    labels = {d["label"] for _n, d in sub.nodes(data=True)}
    assert {"樊福太", "郑州经开区党工委书记", "郑州航空港实验区管委会副主任"} <= labels
    assert "张国际" not in labels  # never in a fact with him
    assert sub.number_of_nodes() < sample_graph.number_of_nodes() / 2
    with pytest.raises(KeyError):
        subgraph(sample_graph, "无此人")
