"""The query workers: where they get the store, and what happens when a query overruns or crashes."""

from __future__ import annotations

import json

from newskg.output import query_pool as pool
from newskg.output.oxigraph_store import QUERY_PREFIXES
from newskg.output.sparql_protocol import Job
from newskg.output.sparql_results import execute

from .test_server import served  # noqa: F401 (fixture)


def test_memory_source_loads_the_graph_file_with_the_ontology(served):  # noqa: F811
    """The fallback for an OUTDIR the server cannot write: each worker loads graph.ttl itself."""
    store = pool.open_source(pool.StoreSource("memory", str(served[1] / "graph.ttl")))
    reply = execute(store, Job("ASK { ?s a schema:Person }", [], 5.0, 10), QUERY_PREFIXES)
    assert (reply.status, json.loads(reply.body)["boolean"]) == (200, True)
    assert len(list(store.named_graphs())) == 1  # the ontology, beside the data in the default graph
