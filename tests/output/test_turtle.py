"""graph.ttl is written here, not by pyoxigraph's serializer: the same bytes as pyoxigraph writes for the sorted
N-Triples lines, on the sample's graph, a graph of hostile text, and every kind of object term."""

from __future__ import annotations

import io

import networkx as nx
import pyoxigraph as ox
from newskg.output.rdf import turtle
from newskg.output.rdf.ntriples import nt_chunks
from newskg.output.rdf.terms import PREFIXES


def _pyoxigraph(nt: bytes) -> str:
    out = io.BytesIO()
    ox.serialize(ox.parse(io.BytesIO(nt), format=ox.RdfFormat.N_TRIPLES), out, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return out.getvalue().decode("utf-8")


def test_the_sample_graph_as_pyoxigraph_writes_it(sample_graph) -> None:
    text = turtle.dumps(sample_graph)
    nt = b"".join(nt_chunks(sample_graph))
    assert text == _pyoxigraph(nt)
    store = ox.Store()
    store.load(text.encode(), format=ox.RdfFormat.TURTLE)
    assert len(store) == nt.count(b"\n")  # every line a triple, none lost


def test_hostile_text_in_labels_and_evidence(sample_graph) -> None:
    g = nx.MultiDiGraph()
    nasty = '制表\t符 "引号" 反斜杠\\ 换行\n回车\r 控制\x01\x08\x0c\x1f\x7f 分隔\u2028 完'
    g.add_node("person:甲", type="Person", label=nasty, aliases=["乙\t丙"], mentions=[], first_seen="2023-05",
               last_seen="2024")
    g.add_node("article:a.txt#1", type="Article", label="题", headline=nasty, mentions=[], first_seen="", last_seen="",
               doc="a.txt", index=1, start=0, end=12)
    g.add_edge("person:甲", "article:a.txt#1", key="mentioned_in|article:a.txt#1|3", type="mentioned_in",
               label="被提及", doc="a.txt", article="article:a.txt#1", start=3, end=5, evidence=nasty,
               date="2023-05-06", date_basis="text", source="a.txt")
    text = turtle.dumps(g)
    assert text == _pyoxigraph(b"".join(nt_chunks(g)))
    # the converter drops the C0 controls XML cannot hold; tab, DEL and the rest are escaped
    assert '"制表\\t符 \\"引号\\" 反斜杠\\\\ 换行\\n回车\\r 控制\\u007F 分隔\u2028 完"@zh' in text


def test_each_kind_of_object_term() -> None:
    xsd = "http://www.w3.org/2001/XMLSchema#"
    cases = {
        '"12"^^<' + xsd + 'integer>': "12",
        '"-3"^^<' + xsd + 'integer>': "-3",
        '"1.5"^^<' + xsd + 'decimal>': "1.5",
        '"true"^^<' + xsd + 'boolean>': "true",
        '"x"^^<' + xsd + 'string>': '"x"',
        '"2023"^^<' + xsd + 'gYear>': '"2023"^^xsd:gYear',
        '"a"@zh-Hant': '"a"@zh-hant',
        '"a\tb\x01c\x08d\x0ce\\"f"': '"a\\tb\\u0001c\\bd\\fe\\"f"',
        "<https://schema.org/Person>": "schema:Person",
        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>": "rdf:type",  # ``a`` only as a predicate
        "<https://newskg.example.org/id/person/甲>": "<https://newskg.example.org/id/person/甲>",
    }
    for nt, expected in cases.items():
        assert turtle._object(nt) == expected, nt
        line = f"<http://e/s> <http://e/p> {nt} .\n".encode()
        assert _pyoxigraph(line).splitlines()[-1] == f"<http://e/s> <http://e/p> {expected} .", nt
