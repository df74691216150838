"""``newskg serve``: the real server on a free loopback port, spoken to by SPARQLWrapper and raw http.client."""

from __future__ import annotations

import csv
import http.client
import io
import json
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import quote, urlencode
from xml.dom.minidom import Document

import pyoxigraph as ox
import pytest
from newskg.output import server as srv
from newskg.output import sparql_policy as policy
from newskg.output.oxigraph_store import QUERY_PREFIXES
from newskg.output.query_pool import GRACE
from SPARQLWrapper import ASK, CSV, JSON, POST, POSTDIRECTLY, TSV, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

TIMEOUT = 1.0
MAX_ROWS = 500
SECRET = "TOP-SECRET-OUTSIDE-OUTDIR"
LABELS = "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label LIMIT 40"
#: Three-way cross product of every triple: runs for hours, produces its only row at the end.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def served(sample_out, tmp_path_factory):
    """OUTDIR (a copy of the sample build) beside a secret file, with symlinks in and out, and its running server."""
    base = tmp_path_factory.mktemp("serve")
    out = base / "out"
    out.mkdir()
    for name in ("graph.ttl", "graph.html"):
        shutil.copy(sample_out / name, out / name)
    (base / "secret.txt").write_text(SECRET, encoding="utf-8")
    (base / "outside").mkdir()
    (base / "outside" / "secret.txt").write_text(SECRET, encoding="utf-8")
    (out / "secret_link.txt").symlink_to(base / "secret.txt")
    (out / "outside_link").symlink_to(base / "outside", target_is_directory=True)
    (out / "alias.html").symlink_to(out / "graph.html")
    (out / ".hidden").write_text(SECRET, encoding="utf-8")
    server = srv.make_server(out, port=0, timeout=TIMEOUT, max_rows=MAX_ROWS, workers=2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, out, base
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture(scope="module")
def url(served) -> str:
    return served[0].url + "sparql"


@pytest.fixture(scope="module")
def reference(served):
    """The same graph in an in-memory store, queried directly: what the endpoint must answer."""
    store = ox.Store()
    store.bulk_load(path=str(served[1] / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    return store


def request(server, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=20)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.getheader("Content-Type") or "", resp.read()
    finally:
        conn.close()


def rows(solutions) -> list[tuple]:
    names = [v.value for v in solutions.variables]
    return [tuple(s[n] for n in names) for s in solutions]


def wrapper(url: str, query: str, fmt: str, method: str | None = None) -> SPARQLWrapper:
    sw = SPARQLWrapper(url)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    sw.setTimeout(20)
    if method == POSTDIRECTLY:
        sw.setMethod(POST)
        sw.setRequestMethod(POSTDIRECTLY)
    elif method:
        sw.setMethod(method)
    return sw


# -- SPARQL protocol with a real client --------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "results_format"), [
    (JSON, ox.QueryResultsFormat.JSON), (XML, ox.QueryResultsFormat.XML),
    (CSV, ox.QueryResultsFormat.CSV), (TSV, ox.QueryResultsFormat.TSV),
])
def test_select_in_each_format_matches_the_store(url, reference, fmt, results_format):
    result = wrapper(url, LABELS, fmt).query()
    body = result.response.read()
    expected = rows(reference.query(LABELS, prefixes=QUERY_PREFIXES))
    assert len(expected) == 40
    if results_format in (ox.QueryResultsFormat.JSON, ox.QueryResultsFormat.XML, ox.QueryResultsFormat.TSV):
        assert rows(ox.parse_query_results(body, results_format)) == expected
    else:  # CSV drops datatypes and languages: compare the plain values
        assert body.endswith(b"\r\n")
        table = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
        assert table == [["s", "label"]] + [[s.value, label.value] for s, label in expected]
    assert result.response.headers["Content-Type"].startswith(results_format.media_type)


def test_select_json_convert_has_chinese_labels(url):
    data = wrapper(url, LABELS, JSON).query().convert()
    assert data["head"]["vars"] == ["s", "label"]
    labels = [b["label"] for b in data["results"]["bindings"]]
    assert len(labels) == 40 and all(lab["type"] == "literal" for lab in labels)
    assert any(lab.get("xml:lang") == "zh" and any("\u4e00" <= c <= "\u9fff" for c in lab["value"]) for lab in labels)


def test_select_xml_convert(url):
    doc = wrapper(url, LABELS, XML).query().convert()
    assert isinstance(doc, Document)
    assert len(doc.getElementsByTagName("result")) == 40


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_ask(url, fmt):
    sw = wrapper(url, "ASK { ?s a schema:Person }", fmt)
    assert sw.queryType == ASK
    result = sw.query().convert()
    if fmt == JSON:
        assert result == {"head": {}, "boolean": True}
    else:
        assert result.getElementsByTagName("boolean")[0].firstChild.data == "true"
    assert wrapper(url, "ASK { ?s a <urn:x:Nothing> }", JSON).query().convert()["boolean"] is False


@pytest.mark.parametrize("method", [POST, POSTDIRECTLY])
def test_post_query(url, reference, method):
    body = wrapper(url, LABELS, XML, method).query().response.read()
    assert rows(ox.parse_query_results(body, ox.QueryResultsFormat.XML)) == rows(
        reference.query(LABELS, prefixes=QUERY_PREFIXES))


@pytest.mark.parametrize(("accept", "rdf_format"), [
    ("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES), ("", ox.RdfFormat.TURTLE),
])
def test_construct_by_accept(served, reference, accept, rdf_format):
    q = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a schema:Person ; rdfs:label ?l }"
    status, ctype, body = request(served[0], "GET", "/sparql?query=" + quote(q), headers={"Accept": accept})
    assert status == 200 and ctype.startswith(rdf_format.media_type)
    expected = set(reference.query(q, prefixes=QUERY_PREFIXES))
    got = {quad.triple for quad in ox.parse(body, rdf_format)}
    assert got == expected and got


def test_accept_quality_values_choose_the_format(served):
    path = "/sparql?query=" + quote("ASK {}")
    status, ctype, _ = request(served[0], "GET", path, headers={"Accept": "text/csv;q=0.5, application/sparql-results+xml"})
    assert status == 200 and ctype.startswith("application/sparql-results+xml")
    status, _ctype, body = request(served[0], "GET", path, headers={"Accept": "image/png"})
    assert status == 406 and b"application/sparql-results+json" in body


# -- refusals -----------------------------------------------------------------------------------------


def test_update_through_sparqlwrapper_is_refused(url):
    with pytest.raises(HTTPError) as err:
        wrapper(url, "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", JSON, POST).query()
    assert err.value.code == 403
    assert b"read-only" in err.value.read()


@pytest.mark.parametrize(("method", "path", "body", "ctype"), [
    ("GET", "/sparql?update=" + quote("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"), None, None),
    ("POST", "/sparql", urlencode({"update": "DROP ALL"}).encode(), "application/x-www-form-urlencoded"),
    ("POST", "/sparql", b"CLEAR DEFAULT", "application/sparql-update"),
    ("GET", "/sparql?query=" + quote("PREFIX x: <urn:x:>\n# comment\nINSERT DATA { x:a x:b x:c }"), None, None),
    ("POST", "/sparql", b"LOAD <http://example.org/data.ttl>", "application/sparql-query"),
    ("GET", "/sparql?query=" + quote("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"), None, None),
])
def test_updates_and_service_are_refused(served, reference, method, path, body, ctype):
    status, _ctype, reply = request(served[0], method, path, body, {"Content-Type": ctype} if ctype else {})
    assert status == 403
    assert b"read-only" in reply or b"SERVICE" in reply
    status, _ctype, reply = request(served[0], "GET", "/sparql?query=" + quote("ASK { <urn:x:a> ?p ?o }"))
    assert json.loads(reply)["boolean"] is False


def test_bad_query_is_400_with_the_parser_message(url, served):
    with pytest.raises(QueryBadFormed) as err:
        wrapper(url, "SELECT ?x WHERE { ?x ?y }", JSON).query()
    assert "SPARQL syntax error" in str(err.value) and "expected" in str(err.value)
    status, ctype, body = request(served[0], "GET", "/sparql?query=" + quote("SELEC ?x"))
    assert status == 400 and ctype.startswith("text/plain")
    assert body.startswith(b"SPARQL syntax error: error at 1:")


def test_result_over_the_row_cap_is_refused(served):
    status, _ctype, body = request(served[0], "GET", "/sparql?query=" + quote("SELECT * WHERE { ?s ?p ?o }"))
    assert status == 400 and f"more than {MAX_ROWS} rows".encode() in body


def test_oversized_body_is_413_before_it_is_read(served):
    host, port = served[0].server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    conn.putrequest("POST", "/sparql")
    conn.putheader("Content-Type", "application/sparql-query")
    conn.putheader("Content-Length", str(srv.MAX_BODY + 1))
    conn.endheaders()
    resp = conn.getresponse()
    assert resp.status == 413 and b"limit" in resp.read()
    conn.close()


def test_unknown_post_type_and_missing_query(served):
    assert request(served[0], "POST", "/sparql", b"ASK {}", {"Content-Type": "text/plain"})[0] == 415
    assert request(served[0], "POST", "/sparql", b"", {"Content-Type": "application/x-www-form-urlencoded"})[0] == 400
    status, ctype, body = request(served[0], "GET", "/sparql")
    assert status == 200 and ctype.startswith("text/html") and b'<form method="post"' in body


def test_query_over_the_time_limit_is_stopped_and_the_server_recovers(served):
    t0 = time.monotonic()
    status, _ctype, body = request(served[0], "GET", "/sparql?query=" + quote(ENDLESS))
    elapsed = time.monotonic() - t0
    assert status == 503 and b"limit of 1 s" in body
    assert elapsed < TIMEOUT + GRACE + 2
    for _ in range(3):  # both workers answer again once the killed one is replaced
        status, _ctype, body = request(served[0], "GET", "/sparql?query=" + quote("ASK {}"))
        assert status == 200 and json.loads(body)["boolean"] is True


# -- malformed requests: each answered 400, none closes the connection unanswered or logs a traceback ---

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
SPARQL_QUERY = {"Content-Type": "application/sparql-query"}
MANY = "&".join(f"p{i}=1" for i in range(101))
OPTIONALS_1500 = "SELECT * WHERE { ?s ?p ?o " + " ".join(f"OPTIONAL {{ ?s ?p ?o{i} }}" for i in range(1500)) + " }"
#: 101 triple patterns in one short sentence: cheap to parse, over the pattern limit.
OBJECTS_101 = "SELECT * WHERE { ?s <urn:x:p> " + ", ".join(f"?o{i}" for i in range(101)) + " }"


@pytest.mark.parametrize(("method", "path", "body", "headers", "message"), [
    ("GET", "/sparql?query=%ff", None, {}, "the request's parameters are not valid UTF-8 once percent-decoded"),
    ("GET", "/sparql?query=ASK%20%7B%7D&format=%c3%28", None, {},
     "the request's parameters are not valid UTF-8 once percent-decoded"),
    ("GET", "/sparql?query=ASK%20%7B%7D&" + MANY, None, {}, "too many parameters (more than 100)"),
    ("POST", "/sparql", ("query=ASK%20%7B%7D&" + MANY).encode(), FORM, "too many parameters (more than 100)"),
    ("POST", "/sparql", b"query=%ff", FORM, "the request's parameters are not valid UTF-8 once percent-decoded"),
    ("POST", "/sparql?x=%ff", b"ASK {}", SPARQL_QUERY,
     "the request's parameters are not valid UTF-8 once percent-decoded"),
    ("POST", "/sparql", b"ASK { ?s ?p '\xff' }", SPARQL_QUERY, "the request is not valid UTF-8"),
    ("GET", "/data?graph=%ff", None, {}, "the request's parameters are not valid UTF-8 once percent-decoded"),
    ("GET", "/data?" + MANY, None, {}, "too many parameters (more than 100)"),
    ("GET", "/sparql?query=" + quote("SELECT * WHERE " + "{" * 5000 + "}" * 5000), None, {}, policy.TOO_DEEP),
    ("POST", "/sparql", OPTIONALS_1500.encode(), SPARQL_QUERY, policy.TOO_LONG),
    ("POST", "/sparql", OBJECTS_101.encode(), SPARQL_QUERY, policy.TOO_COMPLEX),
])
def test_malformed_requests_are_answered_400(served, capfd, method, path, body, headers, message):
    t0 = time.monotonic()
    status, ctype, reply = request(served[0], method, path, body, headers)
    assert (status, ctype, reply.decode("utf-8")) == (400, "text/plain; charset=utf-8", message + "\n")
    assert time.monotonic() - t0 < TIMEOUT  # refused, not run into the time limit
    status, _ctype, reply = request(served[0], "GET", "/sparql?query=" + quote("ASK { ?s ?p ?o }"))
    assert (status, json.loads(reply)["boolean"]) == (200, True)
    assert "Traceback" not in capfd.readouterr().err


def test_queries_that_would_crash_or_stall_a_worker_never_reach_one(served):
    """5,000 braces overflowed pyoxigraph's parser and killed the worker; now no worker is replaced."""
    for _ in range(300):  # a worker killed by an earlier test may still be starting
        if len(served[0].pool._all) == 2 and served[0].pool._idle.qsize() == 2:
            break
        time.sleep(0.1)
    pids = sorted(w.proc.pid for w in served[0].pool._all)
    for query in ["SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000, OPTIONALS_1500, OBJECTS_101]:
        assert request(served[0], "POST", "/sparql", query.encode(), SPARQL_QUERY)[0] == 400
    assert request(served[0], "GET", "/sparql?query=" + quote("ASK {}"))[0] == 200
    assert sorted(w.proc.pid for w in served[0].pool._all) == pids and len(pids) == 2


def test_head_of_a_malformed_query_is_400_without_a_body(served):
    assert request(served[0], "HEAD", "/sparql?query=%ff") == (400, "text/plain; charset=utf-8", b"")


@pytest.mark.parametrize("length", ["-5", "abc", "6, 6", "+6", "6_0", "99999999999999999999999"])
def test_malformed_content_length_is_400(served, length):
    host, port = served[0].server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    conn.putrequest("POST", "/sparql")
    conn.putheader("Content-Type", "application/sparql-query")
    conn.putheader("Content-Length", length)
    conn.endheaders()
    conn.send(b"ASK {}")
    resp = conn.getresponse()
    assert (resp.status, resp.read()) == (400, f"bad Content-Length {length!r}\n".encode())
    conn.close()


def test_missing_content_length_is_411(served):
    host, port = served[0].server_address[:2]
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\n\r\n")
        assert sock.recv(4096).split(b"\r\n")[0] == b"HTTP/1.1 411 Length Required"


def test_unreadable_absolute_target_is_400(served):
    host, port = served[0].server_address[:2]
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(b"GET http://[::1/sparql?query=ASK%7B%7D HTTP/1.1\r\n\r\n")
        answer = b""
        while chunk := sock.recv(4096):
            answer += chunk
    assert answer.split(b"\r\n")[0] == b"HTTP/1.1 400 bad request target"
    assert answer.endswith(b"\r\n\r\n400 bad request target: Invalid IPv6 URL\n")


@pytest.mark.parametrize(("line", "reason"), [
    (b"GARBAGE", b"Bad request syntax ('GARBAGE')"),
    (b"GET / HTTP/9x", b"Bad request version ('HTTP/9x')"),
    (b"\xff\xfe GARBAGE", b"Bad HTTP/0.9 request type ('\xff\xfe')"),
])
def test_garbage_request_line_is_400(served, line, reason):
    host, port = served[0].server_address[:2]
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(line + b"\r\n\r\n")
        answer = b""
        while chunk := sock.recv(4096):  # the server closes the connection after its answer
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.split(b"\r\n")[0] == b"HTTP/1.1 400 " + reason  # the status line is latin-1
    assert b"Content-Type: text/plain; charset=utf-8" in head.split(b"\r\n")
    assert body.decode("utf-8") == f"400 {reason.decode('latin-1')}: Bad request syntax or unsupported method\n"


# -- files --------------------------------------------------------------------------------------------


def test_root_serves_graph_html(served):
    status, ctype, body = request(served[0], "GET", "/")
    assert status == 200 and ctype == "text/html; charset=utf-8"
    assert body == (served[1] / "graph.html").read_bytes()
    status, ctype, body = request(served[0], "GET", "/graph.ttl")
    assert status == 200 and ctype.startswith("text/turtle") and body == (served[1] / "graph.ttl").read_bytes()
    status, _ctype, body = request(served[0], "HEAD", "/")
    assert status == 200 and body == b""
    assert request(served[0], "GET", "/alias.html")[0] == 200  # a symlink that stays inside OUTDIR


@pytest.mark.parametrize("path", [
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E%2Fsecret.txt",
    "/..%2fsecret.txt",
    "/.%2e/secret.txt",
    "/graph.html/../../secret.txt",
    "/..\\secret.txt",
    "/%5c..%5csecret.txt",
    "/secret_link.txt",
    "/outside_link/secret.txt",
    "/.hidden",
    "/store/CURRENT",
    "/nothing-here.txt",
    "/graph.ttl%00.html",
])
def test_paths_out_of_outdir_are_refused(served, path):
    status, _ctype, body = request(served[0], "GET", path)
    assert status in (403, 404), path
    assert SECRET.encode() not in body


def test_absolute_paths_are_refused(served):
    secret = served[2] / "secret.txt"
    for path in ["/" + str(secret), "//" + str(secret).lstrip("/"), "/" + quote(str(secret), safe=""),
                 f"http://{served[0].server_address[0]}/{secret}"]:
        status, _ctype, body = request(served[0], "GET", path)
        assert status in (403, 404), path
        assert SECRET.encode() not in body


def test_binds_loopback_by_default(served):
    assert srv.DEFAULT_HOST == "127.0.0.1"
    assert served[0].server_address[0] == "127.0.0.1"  # the fixture passes no host


# -- units --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "refused"), [
    ("INSERT DATA { <a> <b> <c> }", policy.UPDATE_REFUSED),
    ("  prefix ex: <urn:x:>  BASE <urn:y> delete where { ?s ?p ?o }", policy.UPDATE_REFUSED),
    ("# INSERT is in this comment\nWITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", policy.UPDATE_REFUSED),
    ("SELECT * WHERE { ?s ?p 'INSERT DATA' }", None),
    ("# DROP ALL\nSELECT ?service WHERE { ?service <urn:x:SERVICE> ?o }", None),
    ('SELECT * WHERE { ?s ?p """SERVICE <x> {}""" }', None),
    ("PREFIX service: <urn:s:> SELECT * WHERE { ?s service:p ?o }", None),
    ("SELECT * WHERE { service <http://x/sparql> { ?s ?p ?o } }", policy.SERVICE_REFUSED),
])
def test_refusal(query, refused):
    assert policy.refusal(query) == refused


# -- load ---------------------------------------------------------------------------------------------


def test_bounded_load(served, capsys, monkeypatch):
    monkeypatch.syspath_prepend(str(Path(__file__).parents[2]))  # bench/ is no installed package
    from bench.load import run

    stats = run(served[0].url, clients=20, seconds=2.0)
    with capsys.disabled():
        print("\n20 clients × 2 s:", stats.summary().replace("\n", " | "))
    assert stats.errors == []
    assert len(stats.latencies) > 20
    assert stats.percentile(99) < 2.0
