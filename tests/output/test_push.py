"""``newskg push`` against the project's own ``serve --writable`` and Virtuoso.

Virtuoso: a private server started by these tests when Debian's virtuoso-opensource is installed (``make
system-deps``), and an external one when NEWSKG_VIRTUOSO_URL is set; skipped only when there is neither.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import socket
import threading
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from newskg.output import gsp_writes as gsp
from newskg.output import push as P
from newskg.output import server as srv
from newskg.output.rdf.documents import DERIVED_GRAPH
from SPARQLWrapper import JSON, SPARQLWrapper

from newskg.cli import main
from tests.output import virtuoso as VT

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"
#: The documents of the second build, the one that is pushed (the served copy holds all five).
PUSHED_DOCS = sorted(p.name for p in SAMPLE.glob("*.txt"))[:3]
MAX_WRITE = 4 << 20
#: The pushed graphs: one per document and the graph of derived facts (tenures), which keeps its name.
GRAPHS = len(PUSHED_DOCS) + 1
DOC_GRAPHS = f"FILTER(STRSTARTS(STR(?g), {P.DOCUMENT_NS!r}) || STR(?g) = {DERIVED_GRAPH!r})".replace("'", '"')
COUNT_GRAPHS = f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {DOC_GRAPHS} }}"
COUNT_TRIPLES = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {DOC_GRAPHS} }}"


def _start(outdir: Path, **options):
    server = srv.make_server(outdir, port=0, timeout=5.0, workers=2, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


def _stop(server, thread) -> None:
    server.shutdown()
    server.server_close()
    thread.join(5)


def _copy(sample_out: Path, dest: Path) -> Path:
    dest.mkdir()
    shutil.copy(sample_out / "graph.ttl", dest / "graph.ttl")
    return dest


@pytest.fixture(scope="module")
def writable(sample_out, tmp_path_factory):
    server, thread = _start(_copy(sample_out, tmp_path_factory.mktemp("rw") / "out"), writable=True,
                            max_write=MAX_WRITE)
    yield server
    _stop(server, thread)


@pytest.fixture(scope="module")
def read_only(sample_out, tmp_path_factory):
    server, thread = _start(_copy(sample_out, tmp_path_factory.mktemp("ro") / "out"))
    yield server
    _stop(server, thread)


@pytest.fixture(scope="module")
def other_build(tmp_path_factory) -> Path:
    """A second ``newskg build``, of three sample documents; it has graph.json but no graph.nq yet."""
    from newskg.build import build

    base = tmp_path_factory.mktemp("other")
    (base / "in").mkdir()
    for name in PUSHED_DOCS:
        shutil.copy(SAMPLE / name, base / "in" / name)
    build([base / "in"], base / "out")
    return base / "out"


def sparql_count(server, query: str) -> int:
    sw = SPARQLWrapper(server.url + "sparql")
    sw.setQuery(query)
    sw.setReturnFormat(JSON)
    sw.setTimeout(20)
    return int(sw.query().convert()["results"]["bindings"][0]["n"]["value"])


def request(server, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=20)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def data_path(graph: str) -> str:
    return "/data?graph=" + quote(graph, safe="")


def graphs_of(nq: Path) -> dict[str, set]:
    """What pyoxigraph reads from an N-Quads file: graph IRI → its triples."""
    out: dict[str, set] = {}
    for quad in ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS):
        out.setdefault(quad.graph_name.value, set()).add(quad.triple)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- push to serve --writable ---------------------------------------------------------------------


def test_push_makes_one_named_graph_per_document_and_repush_is_idempotent(writable, other_build):
    assert sparql_count(writable, COUNT_GRAPHS) == 0  # the workers have the store open before the push
    assert not (other_build / "graph.nq").exists()
    report = P.push(other_build, writable.url + "data")
    expected = graphs_of(other_build / "graph.nq")  # push exported it from graph.json
    assert sorted(expected) == sorted([P.DOCUMENT_NS + name for name in PUSHED_DOCS] + [DERIVED_GRAPH])
    assert report.graphs == GRAPHS and report.skipped == 0
    assert report.triples == sum(len(t) for t in expected.values())
    assert report.bytes > 0 and report.seconds >= 0

    assert sparql_count(writable, COUNT_GRAPHS) == GRAPHS
    assert sparql_count(writable, COUNT_TRIPLES) == report.triples
    again = P.push(other_build, writable.url + "data")
    assert (again.graphs, again.triples, again.bytes) == (report.graphs, report.triples, report.bytes)
    assert sparql_count(writable, COUNT_GRAPHS) == GRAPHS
    assert sparql_count(writable, COUNT_TRIPLES) == report.triples


def test_get_returns_the_pushed_graph_and_push_replaces_a_changed_one(writable, other_build):
    P.push(other_build, writable.url + "data")
    expected = graphs_of(other_build / "graph.nq")
    graph = P.DOCUMENT_NS + PUSHED_DOCS[0]
    status, body = request(writable, "GET", data_path(graph))
    assert status == 200
    assert set(ox.parse(body, ox.RdfFormat.N_TRIPLES)) == {ox.Quad(*t) for t in expected[graph]}

    stray = b'<urn:x:stray> <urn:x:p> "old fact" .\n'
    assert request(writable, "POST", data_path(graph), stray, {"Content-Type": "application/n-triples"})[0] == 200
    assert sparql_count(writable, COUNT_TRIPLES) == sum(len(t) for t in expected.values()) + 1
    P.push(other_build, writable.url + "data")  # PUT replaces: the stray triple is gone
    assert sparql_count(writable, COUNT_TRIPLES) == sum(len(t) for t in expected.values())


def test_graph_prefix_renames_the_graphs(writable, other_build):
    prefix = "urn:x:pushed/"
    P.push(other_build, writable.url + "data", graph_prefix=prefix)
    q = f'SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{prefix}")) }}'
    assert sparql_count(writable, q) == len(PUSHED_DOCS)
    status, _body = request(writable, "GET", data_path(prefix + PUSHED_DOCS[1]))
    assert status == 200


def test_put_post_get_delete_cycle(writable):
    g = "urn:x:cycle"
    nt = {"Content-Type": "application/n-triples"}
    assert request(writable, "GET", data_path(g))[0] == 404
    status, body = request(writable, "PUT", data_path(g), '<urn:x:a> <urn:x:p> "一" .\n'.encode(), nt)
    assert (status, body) == (201, b"created <urn:x:cycle>: 1 triples\n")
    status, body = request(writable, "PUT", data_path(g), '@prefix x: <urn:x:> . x:a x:p "二", "三" .'.encode(),
                           {"Content-Type": "text/turtle"})
    assert (status, body) == (200, b"replaced <urn:x:cycle>: 2 triples\n")
    assert request(writable, "POST", data_path(g), b'<urn:x:a> <urn:x:p> "\\u56db" .\n', nt)[0] == 200
    status, body = request(writable, "GET", data_path(g))
    assert status == 200 and sorted(q.object.value for q in ox.parse(body, ox.RdfFormat.N_TRIPLES)) == ["三", "二", "四"]
    assert request(writable, "DELETE", data_path(g)) == (200, b"dropped <urn:x:cycle>\n")
    assert request(writable, "DELETE", data_path(g))[0] == 404
    assert request(writable, "GET", data_path(g))[0] == 404


def test_default_graph_is_addressed_with_default(writable):
    before = sparql_count(writable, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    status, _ = request(writable, "POST", "/data?default", b"<urn:x:d> <urn:x:p> <urn:x:o> .",
                        {"Content-Type": "application/n-triples"})
    assert status == 200
    assert sparql_count(writable, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == before + 1
    status, body = request(writable, "GET", "/data?default", headers={"Accept": "application/n-triples"})
    assert status == 200 and b"<urn:x:d> <urn:x:p> <urn:x:o> ." in body


@pytest.mark.parametrize(("path", "body", "ctype", "status", "message"), [
    (data_path("urn:x:bad"), b"<urn:x:a> <urn:x:p> .", "application/n-triples", 400, b"syntax error"),
    (data_path("urn:x:bad"), b"<urn:x:a> <urn:x:p> <urn:x:o> <urn:x:g> .", "application/n-quads", 415, b"n-triples"),
    (data_path("not an iri"), b"", "application/n-triples", 400, b"bad graph IRI"),
    ("/data", b"", "application/n-triples", 400, b"?graph=IRI"),
    ("/data?default&graph=urn:x:g", b"", "application/n-triples", 400, b"exactly one graph"),
])
def test_bad_writes_are_refused_and_change_nothing(writable, path, body, ctype, status, message):
    before = sparql_count(writable, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    got, reply = request(writable, "PUT", path, body, {"Content-Type": ctype})
    assert got == status and message in reply
    assert sparql_count(writable, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == before


def test_writes_have_their_own_size_cap(writable):
    host, port = writable.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    conn.putrequest("PUT", data_path("urn:x:big"))
    conn.putheader("Content-Type", "application/n-triples")
    conn.putheader("Content-Length", str(MAX_WRITE + 1))
    conn.endheaders()
    resp = conn.getresponse()
    assert resp.status == 413 and f"limit of {MAX_WRITE} bytes".encode() in resp.read()
    conn.close()
    assert MAX_WRITE > srv.MAX_BODY  # a write larger than any query is accepted
    body = b"".join(f'<urn:x:s{i}> <urn:x:p> "{"字" * 40}" .\n'.encode() for i in range(12_000))
    assert srv.MAX_BODY < len(body) < MAX_WRITE
    status, reply = request(writable, "PUT", data_path("urn:x:big"), body, {"Content-Type": "application/n-triples"})
    assert (status, reply) == (201, b"created <urn:x:big>: 12000 triples\n")
    assert sparql_count(writable, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x:big> { ?s ?p ?o } }") == 12_000


def test_update_stays_refused_when_writable(writable):
    status, body = request(writable, "POST", "/sparql", b"DROP ALL", {"Content-Type": "application/sparql-update"})
    assert status == 403 and b"read-only" in body


# -- refusals and errors ----------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE"])
def test_read_only_serve_refuses_writes(read_only, method):
    status, body = request(read_only, method, data_path("urn:x:g"), b"<urn:x:a> <urn:x:p> <urn:x:o> .",
                           {"Content-Type": "application/n-triples"})
    assert status == 403 and body.decode() == gsp.WRITES_REFUSED + "\n"
    assert request(read_only, "GET", data_path("urn:x:g"))[0] == 404  # reading stays allowed
    status, body = request(read_only, "PUT", "/graph.ttl", b"x", {"Content-Type": "text/turtle"})
    assert status == 405 and b"/data" in body


def test_push_to_read_only_serve_is_one_line_with_the_servers_message(read_only, other_build):
    with pytest.raises(P.PushError) as err:
        P.push(other_build, read_only.url + "data")
    message = str(err.value)
    assert "\n" not in message
    assert "HTTP 403" in message and "read-only endpoint" in message and P.DOCUMENT_NS in message


def test_push_to_a_closed_port_is_one_line(other_build):
    endpoint = f"http://127.0.0.1:{free_port()}/data"
    with pytest.raises(P.PushError) as err:
        P.push(other_build, endpoint, timeout=5)
    assert str(err.value) == f"cannot connect to {endpoint}: connection refused (is the server running?)"
    result = CliRunner().invoke(main, ["push", "-g", str(other_build), "--endpoint", endpoint])
    assert result.exit_code == 1
    assert result.output == f"Error: cannot connect to {endpoint}: connection refused (is the server running?)\n"


@pytest.mark.parametrize(("endpoint", "message"), [
    ("ftp://example.org/data", "not an http(s) URL"), ("localhost:8890/data", "not an http(s) URL"),
])
def test_bad_endpoint(other_build, endpoint, message):
    with pytest.raises(P.PushError, match=re.escape(message)):
        P.push(other_build, endpoint)


def test_cli_push(writable, other_build):
    result = CliRunner().invoke(main, ["push", "-g", str(other_build), "--endpoint", writable.url + "data"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"pushed {GRAPHS} graphs, ")
    result = CliRunner().invoke(main, ["push", "-g", str(other_build), "--endpoint", "http://x/", "--password", "p"])
    assert result.exit_code != 0 and "--password needs --user" in result.output


# -- reading graph.nq -------------------------------------------------------------------------------


def test_graph_nq_lines_are_not_grouped_by_graph(other_build):
    """Why push partitions: the writer sorts lines (by subject), so a document's lines are scattered."""
    P.nquads_file(other_build)
    contiguous, _size = P._scan(other_build / "graph.nq")
    assert not contiguous


@pytest.mark.parametrize("bucket_bytes", [P.BUCKET_BYTES, 50_000])
def test_graphs_agree_with_pyoxigraph(other_build, monkeypatch, bucket_bytes):
    monkeypatch.setattr(P, "BUCKET_BYTES", bucket_bytes)
    nq = P.nquads_file(other_build)
    got = {g[1:-1]: set(ox.parse("".join(lines).encode(), ox.RdfFormat.N_TRIPLES)) for g, lines in P.graphs(nq)}
    expected = {g: {ox.Quad(*t) for t in triples} for g, triples in graphs_of(nq).items()}
    assert got == expected


def test_graphs_of_hostile_and_contiguous_lines(tmp_path):
    nq = tmp_path / "x.nq"
    nq.write_text(
        "# a comment\n"
        '<urn:s> <urn:p> "a \\"quoted\\" <urn:g2> . literal"@zh-Hans <urn:g1> .\n'
        '<urn:s> <urn:p> "7"^^<http://www.w3.org/2001/XMLSchema#integer> <urn:g1> .\n'
        "\n"
        "<urn:s> <urn:p> _:b0 <urn:g2> .\n"
        "<urn:s> <urn:p> <urn:o> .\n",
        encoding="utf-8")
    assert P._scan(nq)[0] is True
    assert list(P.graphs(nq)) == [
        ("<urn:g1>", ['<urn:s> <urn:p> "a \\"quoted\\" <urn:g2> . literal"@zh-Hans .\n',
                      '<urn:s> <urn:p> "7"^^<http://www.w3.org/2001/XMLSchema#integer> .\n']),
        ("<urn:g2>", ["<urn:s> <urn:p> _:b0 .\n"]),
        (None, ["<urn:s> <urn:p> <urn:o> .\n"]),
    ]
    nq.write_text("<< <urn:a> <urn:b> <urn:c> >> <urn:p> <urn:o> <urn:g> .\n", encoding="utf-8")
    with pytest.raises(P.PushError, match=r"x\.nq:1: not an N-Quads line"):
        list(P.graphs(nq))


def test_names_and_urls():
    doc = P.DOCUMENT_NS + "000_a.txt"
    assert P.target_iri(doc, None) == doc
    assert P.target_iri(doc, "urn:kg:") == "urn:kg:000_a.txt"
    assert P.target_iri("urn:other", "urn:kg:") == "urn:other"
    assert P.graph_url("http://h/data", "https://x/文 a") == "http://h/data?graph=https%3A%2F%2Fx%2F%E6%96%87%20a"
    assert P.graph_url("http://h/crud?x=1", "urn:g") == "http://h/crud?x=1&graph=urn%3Ag"


# -- Virtuoso --------------------------------------------------------------------------------------
# A private server (tests/output/virtuoso.py) when Debian's virtuoso-opensource is installed; NEWSKG_VIRTUOSO_URL
# (with NEWSKG_VIRTUOSO_USER / _PASSWORD / _SPARQL) adds an external one to the round trip.

GRANT = 'grant SPARQL_UPDATE to "SPARQL";'
NO_VIRTUOSO = ("virtuoso-t is not installed (`make system-deps` installs Debian virtuoso-opensource); "
               "NEWSKG_VIRTUOSO_URL=http://HOST:8890/sparql-graph-crud tests an external Virtuoso")


@dataclass(frozen=True)
class GraphStore:
    endpoint: str
    sparql: str
    auth: tuple[str, str] | None = None


@pytest.fixture(scope="module")
def private_virtuoso():
    """A Virtuoso of its own on free ports, with SPARQL_UPDATE granted to the anonymous SPARQL user."""
    if VT.VIRTUOSO_T is None:
        pytest.skip(NO_VIRTUOSO)
    with VT.running() as server:
        server.sql(GRANT)
        yield server


@pytest.fixture(scope="module")
def virtuoso_stores(request) -> list[GraphStore]:
    """Both write endpoints of the private server (digest-authenticated and granted), and an external one if set."""
    stores = []
    if VT.VIRTUOSO_T is not None:
        server = request.getfixturevalue("private_virtuoso")
        stores += [GraphStore(server.url + "/sparql-graph-crud-auth", server.url + "/sparql", VT.DBA),
                   GraphStore(server.url + "/sparql-graph-crud", server.url + "/sparql")]
    if url := os.environ.get("NEWSKG_VIRTUOSO_URL"):
        user = os.environ.get("NEWSKG_VIRTUOSO_USER")
        parts = urlsplit(url)
        stores.append(GraphStore(url, os.environ.get("NEWSKG_VIRTUOSO_SPARQL", f"{parts.scheme}://{parts.netloc}/sparql"),
                                 (user, os.environ.get("NEWSKG_VIRTUOSO_PASSWORD", "")) if user else None))
    if not stores:
        pytest.skip(NO_VIRTUOSO)
    return stores


def virtuoso_counts(store: GraphStore, prefix: str) -> dict[str, int]:
    """Triples per graph whose name starts with ``prefix``, counted by Virtuoso's own SPARQL endpoint."""
    sw = SPARQLWrapper(store.sparql)
    sw.setReturnFormat(JSON)
    sw.setTimeout(30)
    sw.setQuery(f'SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{prefix}")) }} '
                "GROUP BY ?g")
    return {row["g"]["value"]: int(row["n"]["value"]) for row in sw.query().convert()["results"]["bindings"]}


def virtuoso_graph(store: GraphStore, graph: str) -> set:
    """A graph read back with a Graph Store Protocol GET, as pyoxigraph triples."""
    request = urllib.request.Request(P.graph_url(store.endpoint, graph), headers={"Accept": "application/n-triples"})
    with P._opener(store.endpoint, store.auth).open(request, timeout=30) as resp:
        return {q.triple for q in ox.parse(resp.read(), ox.RdfFormat.N_TRIPLES)}


def drop(store: GraphStore, graphs) -> None:
    opener = P._opener(store.endpoint, store.auth)
    for graph in graphs:
        try:
            opener.open(urllib.request.Request(P.graph_url(store.endpoint, graph), method="DELETE"), timeout=30)
        except OSError:  # urllib.error.HTTPError 404 included: already gone
            pass


def test_push_to_virtuoso_round_trip(virtuoso_stores, other_build):
    """Pushes under a fresh graph prefix; per graph, Virtuoso holds exactly the N-Quads export's triples; then drops."""
    exported = graphs_of(P.nquads_file(other_build))
    expected = {name: exported[P.DOCUMENT_NS + name] for name in PUSHED_DOCS}
    for store in virtuoso_stores:
        prefix = f"urn:newskg-test:{uuid.uuid4().hex}/"
        try:
            report = P.push(other_build, store.endpoint, graph_prefix=prefix, auth=store.auth)
            assert (report.graphs, report.triples) == (GRAPHS, sum(map(len, exported.values())))
            again = P.push(other_build, store.endpoint, graph_prefix=prefix, auth=store.auth)  # PUT replaces
            assert (again.graphs, again.triples, again.bytes) == (report.graphs, report.triples, report.bytes)
            assert virtuoso_counts(store, prefix) == {prefix + name: len(t) for name, t in expected.items()}, store
            for name, triples in expected.items():
                assert virtuoso_graph(store, prefix + name) == triples, (store, name)
        finally:
            drop(store, [prefix + name for name in PUSHED_DOCS])
        assert virtuoso_counts(store, prefix) == {}, store


def test_hostile_text_round_trips_through_virtuoso(virtuoso_stores, tmp_path):
    """Escapes, quotes, characters outside the BMP, a language subtag and non-ASCII graph names survive."""
    outdir = tmp_path / "hostile"
    outdir.mkdir()
    doc = P.DOCUMENT_NS
    (outdir / "graph.nq").write_text(
        f'<urn:s> <urn:p> "a \\"quoted\\" <urn:g> . literal\\n\\t \\\\ 引号"@zh-Hans <{doc}h%20x.txt> .\n'
        f'<urn:s> <urn:p> "𠀀 😀 一 \\u4E8C" <{doc}h%20x.txt> .\n'
        f'<urn:人> <urn:p> "7"^^<http://www.w3.org/2001/XMLSchema#integer> <{doc}文.txt> .\n'
        f'<urn:人> <urn:p> "2023-06"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> <{doc}文.txt> .\n',
        encoding="utf-8")
    expected = {g[len(doc):]: t for g, t in graphs_of(outdir / "graph.nq").items()}
    store = virtuoso_stores[0]
    prefix = f"urn:newskg-test:{uuid.uuid4().hex}/"
    try:
        assert P.push(outdir, store.endpoint, graph_prefix=prefix, auth=store.auth).triples == 4
        assert virtuoso_counts(store, prefix) == {prefix + "h%20x.txt": 2, prefix + "文.txt": 2}
        for name, triples in expected.items():
            assert virtuoso_graph(store, prefix + name) == triples, name
    finally:
        drop(store, [prefix + name for name in expected])


def test_cli_push_to_virtuoso_with_a_password(private_virtuoso, other_build):
    endpoint = private_virtuoso.url + "/sparql-graph-crud-auth"
    prefix = f"urn:newskg-test:{uuid.uuid4().hex}/"
    store = GraphStore(endpoint, private_virtuoso.url + "/sparql", VT.DBA)
    try:
        result = CliRunner().invoke(main, ["push", "-g", str(other_build), "--endpoint", endpoint, "--user", "dba",
                                           "--graph-prefix", prefix], env={"NEWSKG_PUSH_PASSWORD": "dba"})
        assert result.exit_code == 0, result.output
        assert result.output.startswith(f"pushed {GRAPHS} graphs, ")
        assert sorted(virtuoso_counts(store, prefix)) == [prefix + name for name in PUSHED_DOCS]
    finally:
        drop(store, [prefix + name for name in PUSHED_DOCS])


def test_virtuoso_refusals_are_one_line_with_the_reason(private_virtuoso, other_build):
    """Without the grant the anonymous endpoint says 403 and why; a wrong password is a 401."""
    private_virtuoso.sql('revoke SPARQL_UPDATE from "SPARQL";')
    try:
        with pytest.raises(P.PushError) as err:
            P.push(other_build, private_virtuoso.url + "/sparql-graph-crud", timeout=10)
        message = str(err.value)
        assert "\n" not in message and "HTTP 403" in message and "Permission denied" in message
    finally:
        private_virtuoso.sql(GRANT)
    for auth in (None, ("dba", "wrong")):
        with pytest.raises(P.PushError, match="HTTP 401"):
            P.push(other_build, private_virtuoso.url + "/sparql-graph-crud-auth", timeout=10, auth=auth)


def test_queries_during_pushes_see_whole_graphs(writable, other_build):
    """The gate admits a query either before or after a PUT's remove-then-load, never in between."""
    first = P.push(other_build, writable.url + "data")
    seen, errors, done = [], [], threading.Event()

    def ask() -> None:
        while not done.is_set():
            try:
                seen.append(sparql_count(writable, COUNT_TRIPLES))
            except Exception as exc:  # collected and asserted on below
                errors.append(exc)

    threads = [threading.Thread(target=ask) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        for _ in range(4):
            assert P.push(other_build, writable.url + "data").triples == first.triples
    finally:
        done.set()
        for t in threads:
            t.join(30)
    assert errors == [] and seen and set(seen) == {first.triples}
