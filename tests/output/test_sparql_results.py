"""Results written by a query worker, checked against pyoxigraph's own serialisers."""

from __future__ import annotations

import csv
import io

import pyoxigraph as ox
import pytest
from newskg.output import sparql_policy as policy
from newskg.output import sparql_results as results
from newskg.output.sparql_protocol import Job

from .test_server import rows


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_writers_agree_with_pyoxigraph_on_hostile_terms(fmt):
    """Our streaming writers and pyoxigraph's own serialiser parse back to the same solutions."""
    store = ox.Store()
    s, p = ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p")
    for o in [ox.Literal('tab\there "quote" <b>&amp;</b> ]]> \r\n new,line'), ox.Literal("书记", language="zh-cn"),
              ox.Literal("2023-06", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYearMonth")),
              ox.BlankNode("b0"), ox.NamedNode("https://newskg.example.org/id/person/李小虎")]:
        store.add(ox.Quad(s, p, o))
    q = "SELECT ?o ?missing WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?missing } } ORDER BY ?o"
    job_format = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                  "csv": "text/csv", "tsv": "text/tab-separated-values"}[fmt]
    ours = results.execute(store, Job(q, [job_format], 5.0, 100), {})
    theirs = store.query(q).serialize(format=ox.QueryResultsFormat.from_media_type(job_format))
    assert ours.status == 200
    if fmt == "csv":  # lossy, so pyoxigraph will not parse it back: compare the cells
        def table(body: bytes) -> list[list[str]]:
            return list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
        assert table(ours.body) == table(theirs)
        assert ours.body.endswith(b"\r\n") and len(table(ours.body)) == 6
    else:
        results_format = ox.QueryResultsFormat.from_media_type(job_format)
        assert rows(ox.parse_query_results(ours.body, results_format)) == rows(
            ox.parse_query_results(theirs, results_format))


@pytest.mark.parametrize(("query", "status", "message"), [
    ("SELECT * WHERE { ?s ?p ?o .SERVICE <http://127.0.0.1:9/x> { ?a ?b ?c } }", 403, policy.SERVICE_REFUSED),
    ("SELECT * WHERE { ?s <urn:x:p> " + ", ".join(f"?o{i}" for i in range(101)) + " }", 400, policy.TOO_COMPLEX),
    ("SELECT * WHERE " + "{" * 65 + "}" * 65, 400, policy.TOO_DEEP),
    ("SELEC ?x", 400, "SPARQL syntax error: error at 1:9: expected one of DESCRIBE, [_]"),  # rdflib cannot either
])
def test_execute_refuses_before_the_store_runs_anything(query, status, message):
    reply = results.execute(ox.Store(), Job(query, [], 5.0, 10), {})
    assert (reply.status, reply.body.decode("utf-8")) == (status, message + "\n")
