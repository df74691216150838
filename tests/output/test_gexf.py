"""GEXF: valid GEXF 1.3, holdings as tenure spells, the relation as an attribute, unknown values absent."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from newskg.output import gexf

from tests.output.kgtiny import tiny_graph

#: The official GEXF 1.3 schema, beside the project (data for tests; not part of the repository).
SCHEMA_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "schemas" / "gexf-1.3"


def validate(data: bytes) -> None:
    """Raise with every schema error when ``data`` is not valid GEXF 1.3; skip when the schema is absent."""
    if not (SCHEMA_DIR / "gexf.xsd").exists():
        pytest.skip(f"GEXF 1.3 schema not found at {SCHEMA_DIR} (data for tests, kept outside the repository)")
    etree = pytest.importorskip("lxml.etree")
    schema = etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "gexf.xsd")))
    doc = etree.fromstring(data)
    assert schema.validate(doc), [str(e) for e in schema.error_log][:10]


def _hostile() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node('a"<&>\n\tx', type="Person", label='l<&>"', aliases=["x&y", "z"], mentions=[{"evidence": "e\x07<"}],
               first_seen="2023-02", last_seen="2024")
    g.add_node("post:x/书记", type="Post", label="x书记", org="x", title="书记")
    g.add_edge('a"<&>\n\tx', "post:x/书记", key='k"&', type="holds", label="担任", evidence="e<\n>", start=3, end=5,
               date="2023-02", article="article:a#1", doc="a")
    g.add_edge("post:x/书记", "org:y", key="post_in", type="post_in", label="属于")
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
def test_valid_gexf_1_3(make):
    validate(gexf.dumps(make()))


def test_sample_gexf_valid_and_holdings_are_tenures(sample_graph):
    data = gexf.dumps(sample_graph)
    validate(data)
    assert b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' in data and b" name=" not in data.split(b"<nodes")[0]
    h = nx.read_gexf(__import__("io").BytesIO(data))
    li = [d for u, v, d in h.edges(data=True) if (u, v) == ("person:李小虎", "post:郑州经开区党工委/书记")]
    assert len(li) == 1  # one edge per holding, not one per observation
    assert {k: li[0][k] for k in ("relation", "spells", "first_seen", "last_seen", "attested", "observations",
                                  "started_after", "start_basis")} == {
        "relation": "holds", "spells": [("2023-03-15", "2025-05-01")], "first_seen": "2023-03-15",
        "last_seen": "2025-05-01", "attested": "2023-03-15|2025|2025-05-01", "observations": 5,
        "started_after": "2022-03-05", "start_basis": "attested"}
    assert "ended_before" not in li[0]  # unknown: absent, not ""
    fan = [d for u, v, d in h.edges(data=True) if (u, v) == ("person:樊福太", "post:郑州经开区党工委/书记")][0]
    assert (fan["spells"], fan["ended_before"]) == ([("2022-03-03", "2022-03-05")], "2023-03-15")
    # The post lives while it has a holder; the relation is an attribute, GEXF's edge type stays unset.
    assert h.nodes["post:郑州经开区党工委/书记"]["spells"] == [("2022-03-03", "2022-03-05"), ("2023-03-15", "2025-05-01")]
    assert b' type="holds"' not in data
    assert {d["relation"] for *_x, d in h.edges(data=True)} >= {"holds", "post_in", "mentioned_in", "chaired"}


def test_year_and_month_spells_cover_their_period_and_unknowns_are_absent():
    data = gexf.dumps(_hostile())
    h = nx.read_gexf(__import__("io").BytesIO(data))
    assert h.nodes['a"<&>\n\tx']["spells"] == [("2023-02-01", "2024-12-31")]
    (post_in,) = [d for u, v, d in h.edges(data=True) if d["relation"] == "post_in"]
    assert set(post_in) == {"relation", "id", "label"}  # no date, span or evidence invented
    assert h.nodes["org:y"]["spells"] == [("2023-02-01", "2023-02-28")]  # lives while its edges do


def test_reads_back(tmp_path):
    g = tiny_graph()
    gexf.write(g, tmp_path / "graph.gexf")
    back = nx.read_gexf(tmp_path / "graph.gexf")
    assert back.number_of_nodes() == g.number_of_nodes()
    holds = {(u, v) for u, v, d in g.edges(data=True) if d["type"] == "holds"}
    others = sum(1 for *_x, d in g.edges(data=True) if d["type"] != "holds")
    assert back.number_of_edges() == len(holds) + others
