"""The endpoint's refusals: SERVICE decided on the parsed query (every spelling), updates, nesting depth.

End to end: a planted HTTP listener on loopback must never be contacted by the server, for GET and POST.
"""

from __future__ import annotations

import http.server
import threading
from urllib.parse import quote, urlencode

import pytest
from newskg.output import sparql_policy as policy

from .test_server import request, served  # noqa: F401 (fixture)

E = "<http://127.0.0.1:9/x>"
SERVICE_SPELLINGS = [
    f"SELECT * WHERE {{ SERVICE {E} {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ ?s ?p ?o .SERVICE {E} {{ ?a ?b ?c }} }}",  # the hole of issue 16
    f"SELECT * WHERE {{ ?s ?p ?o.SERVICE {E} {{ ?a ?b ?c }} }}",
    f"SELECT * WHERE {{{{?s ?p ?o}}SERVICE {E} {{ ?a ?b ?c }} }}",
    f"SELECT * WHERE {{SERVICE{E}{{?a ?b ?c}}}}",
    f"select * where {{ service silent {E} {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ SeRvIcE {E} {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ SERVICE#comment\n{E} {{ ?s ?p ?o }} }}",
    "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://127.0.0.1:9/x> } }",
    "PREFIX e: <http://127.0.0.1:9/> SELECT * WHERE { SERVICE e:x { ?s ?p ?o } }",
    f"SELECT * WHERE {{ OPTIONAL {{ SERVICE {E} {{ ?s ?p ?o }} }} }}",
    f"SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ SERVICE {E} {{ ?s ?p ?o }} }} }}",
    f"SELECT * WHERE {{ ?s ?p ?o MINUS {{ SERVICE {E} {{ ?s ?p ?o }} }} }}",
    f"SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE {E} {{ ?s ?p ?o }} }} }}",
    f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE {E} {{ ?s ?p ?o }} }} }} }}",
    f"ASK {{ SERVICE {E} {{ ?s ?p ?o }} }}",
    f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE {E} {{ ?s ?p ?o }} }}",
    f"DESCRIBE ?s WHERE {{ SERVICE {E} {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ GRAPH ?g {{ SERVICE {E} {{ ?s ?p ?o }} }} }}",
]
NOT_SERVICE = [
    "SELECT * WHERE { ?s ?p 'SERVICE <http://x/> {}' }",
    'SELECT * WHERE { ?s ?p """SERVICE <x> {}""" }',
    "# SERVICE <http://x/> { }\nSELECT * WHERE { ?s ?p ?o }",
    "SELECT ?service WHERE { ?service <urn:x:SERVICE> ?o }",
    "PREFIX service: <urn:s:> SELECT * WHERE { ?s service:p ?o }",
    "PREFIX ex: <urn:s:> SELECT * WHERE { ?s ex:SERVICE ?o }",
]


@pytest.mark.parametrize("query", SERVICE_SPELLINGS)
def test_every_service_spelling_is_refused(query):
    assert policy.refusal(query) == policy.SERVICE_REFUSED


@pytest.mark.parametrize("query", NOT_SERVICE)
def test_the_word_service_in_data_is_no_service_call(query):
    assert policy.refusal(query) is None


def test_unparseable_query_with_the_word_is_refused():
    assert policy.refusal(f"SELECT * WHERE {{ ?s ?p ?o . SERVICE {E} {{ ?a ?b }} }}") == policy.SERVICE_REFUSED
    assert policy.federated("SELECT * WHERE { ?s ?p }") is False


@pytest.mark.parametrize(("depth", "expected"), [(64, None), (65, policy.TOO_DEEP), (5000, policy.TOO_DEEP)])
def test_nesting_depth_limit(depth, expected):
    query = "SELECT * WHERE " + "{" * depth + " ?s ?p ?o " + "}" * depth
    assert policy.nesting_depth(query) == depth
    assert policy.malformed(query) == expected


def test_deep_service_is_refused_without_parsing():
    query = "SELECT * WHERE " + "{" * 3000 + f" SERVICE {E} {{ ?s ?p ?o }} " + "}" * 3000
    assert policy.refusal(query) == policy.SERVICE_REFUSED


def test_brackets_in_strings_do_not_count():
    assert policy.nesting_depth("SELECT * WHERE { ?s ?p '{{{{((((' }") == 1


@pytest.fixture()
def listener():
    """A loopback HTTP server that records every request made to it."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(b'{"head":{"vars":["a"]},"results":{"bindings":[{"a":{"type":"literal","value":"LEAK"}}]}}')

        do_POST = do_GET

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/x", hits
    server.shutdown()


@pytest.mark.parametrize("template", SERVICE_SPELLINGS[:8])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_server_never_fetches_a_service_url(served, listener, template, method):  # noqa: F811
    target, hits = listener
    query = template.replace("http://127.0.0.1:9/x", target)
    if method == "GET":
        status, _ctype, body = request(served[0], "GET", "/sparql?query=" + quote(query))
    else:
        status, _ctype, body = request(served[0], "POST", "/sparql", urlencode({"query": query}).encode(),
                                       {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403
    assert b"LEAK" not in body
    assert hits == []


def test_server_answers_400_to_a_deep_query(served):  # noqa: F811
    query = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000
    ctype = {"Content-Type": "application/sparql-query"}
    status, _ctype, body = request(served[0], "POST", "/sparql", query.encode(), ctype)
    assert status == 400
    assert policy.TOO_DEEP.encode() in body
    status, _ctype, body = request(served[0], "GET", "/sparql?query=" + quote("ASK { ?s ?p ?o }"))
    assert status == 200


def optionals(n: int) -> str:
    return "SELECT * WHERE { ?s ?p ?o " + " ".join(f"OPTIONAL {{ ?s ?p ?o{i} }}" for i in range(n)) + " }"


@pytest.mark.parametrize(("query", "patterns"), [
    ("SELECT * WHERE { ?s a <urn:x> ; <urn:p> ?o , ?o2 . ?o ?q ?z OPTIONAL { ?s ?p ?o3 } }", 7),  # 5 triples, 2 groups
    ("SELECT * WHERE { ?s <urn:a>/<urn:b>/<urn:c> ?o }", 4),  # 1 triple, 2 more steps, 1 group
    ("SELECT * WHERE { { ?s ?p ?o } UNION { ?s ?q ?o } }", 5),
    (optionals(49), 100),
    (optionals(50), 102),
    ("SELECT * WHERE { ?s ?p ?o . SERVICE <x> { ?a ?b } }", None),  # rdflib cannot parse it
])
def test_pattern_count(query, patterns):
    assert policy.pattern_count(query) == patterns


def test_the_example_queries_are_well_inside_the_limits():
    from pathlib import Path

    counts = {f.name: policy.pattern_count(f.read_text(encoding="utf-8"))
              for f in sorted(Path(__file__).parents[2].joinpath("queries").glob("*.rq"))}
    assert counts == {"article_assertions.rq": 17, "attended_together.rq": 7, "meetings_chaired_by.rq": 7,
                      "post_holder_in_year.rq": 12, "post_succession.rq": 17, "projects_inspected_by.rq": 16}


@pytest.mark.parametrize(("query", "expected"), [
    (optionals(49), None),
    (optionals(50), (400, policy.TOO_COMPLEX)),
    (optionals(1500), (400, policy.TOO_LONG)),  # 38 KB: refused before any parser
    ("SELECT * WHERE {" + "{?s ?p ?o}" * 201 + "}", (400, policy.TOO_COMPLEX)),  # braces alone: no parser
    ("SELECT * WHERE { " + " . ".join(f"?s <urn:p{i}> ?o{i}" for i in range(101)) + " }", (400, policy.TOO_COMPLEX)),
    ("SELECT * WHERE { " + " . ".join(f"?s <urn:p{i}> ?o{i}" for i in range(300)) + " }", (400, policy.TOO_COMPLEX)),
    ("SELECT * WHERE { ?s " + "/".join(["<urn:p>"] * 101) + " ?o }", (400, policy.TOO_COMPLEX)),
    ("SELECT * WHERE { ?s <urn:p> " + ",".join(f"?o{i}" for i in range(101)) + " }", (400, policy.TOO_COMPLEX)),
    ("SELECT * WHERE { ?s ?p ?o FILTER(?o IN (" + ",".join(map(str, range(1000))) + ")) }", None),
    (f"SELECT * WHERE {{ SERVICE {E} {{ ?s ?p ?o }} }}", (403, policy.SERVICE_REFUSED)),
    ("DELETE WHERE { ?s ?p ?o }", (403, policy.UPDATE_REFUSED)),
])
def test_verdict(query, expected):
    assert policy.verdict(query) == expected


@pytest.mark.parametrize("query", [
    "ASK {}",
    "SELECT ?s ?label WHERE { ?s a schema:Person ; rdfs:label ?label } LIMIT 50",
    "SELECT * WHERE { ?s ?p 'SERVICE is only a word here' }",
])
def test_small_queries_without_the_word_service_are_not_parsed(query, monkeypatch):
    def no_parser(_query):
        raise AssertionError("parsed")

    monkeypatch.setattr(policy, "_parsed", no_parser)
    assert policy.verdict(query) is None


@pytest.mark.parametrize(("query", "patterns"), [
    ("SELECT * WHERE { ?s <urn:x:p> (" + "()" * 60 + ") }", 122),  # 1 + 2 per element of the collection
    ("SELECT * WHERE { ?s <urn:x:p> (" + "[]" * 60 + ") }", 122),
])
def test_collections_of_empty_lists_count_and_are_refused(query, patterns):
    assert policy.pattern_count(query) == patterns
    assert policy.verdict(query) == (400, policy.TOO_COMPLEX)


def filters(n: int) -> str:
    tests = " ".join(f"FILTER(?o != '{i:05d}' && STR(?o) IN ('a', 'b'))" for i in range(n))
    return "SELECT * WHERE { ?s ?p ?o " + tests + " }"


def bound_cases() -> list[str]:
    from pathlib import Path

    examples = [f.read_text(encoding="utf-8") for f in sorted(Path(__file__).parents[2].joinpath("queries").glob("*.rq"))]
    return examples + [
        "SELECT * WHERE { ?s ?p (1 2 3) }", "SELECT * WHERE { ?s a ([] [ <urn:x:p> ?o ]) }",
        "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { ?s ?q ?z } }",
        "SELECT * WHERE { ?s ?p ?o FILTER(EXISTS { ?s ?q ?z . ?z ?r ?w }) }",
        "SELECT * WHERE { ?s ?p ?o FILTER(NOT EXISTS { ?s <urn:a>/<urn:b>/^<urn:c> ?z }) }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s HAVING (COUNT(*) > 2)",
        "SELECT * WHERE { VALUES (?a ?b) { (1 2) (3 4) } ?a ?p ?b }", "SELECT * WHERE { ?s <urn:x:p> (" + "()" * 60 + ") }",
        optionals(49), optionals(50), filters(3), escaped_parens(5),
    ]


def escaped_parens(n: int) -> str:
    """Triples inside FILTER(EXISTS {…}) whose subject ``ex:a\\)`` ends in an escaped bracket (a local name)."""
    triples = " . ".join(f"ex:a\\) <urn:x:p{i}> ?o{i}" for i in range(n))
    return "PREFIX ex: <urn:x:> SELECT * WHERE { ?s ?p ?o FILTER(EXISTS { " + triples + " }) }"


def test_an_escaped_bracket_in_a_name_does_not_hide_patterns():
    query = escaped_parens(110)
    assert policy.pattern_count(query) == policy.MAX_PATTERNS + 1  # rdflib's parser recursed too deep
    assert policy.pattern_bound(query) == 2 + 3 * (2 + 3 + 3 * 110)  # 2 groups; terms: prefix, ?s ?p ?o, 110 triples
    assert policy.verdict(query) == (400, policy.TOO_COMPLEX)
    assert policy.pattern_count(escaped_parens(30)) == 33  # 31 triples, 2 groups


@pytest.mark.parametrize("query", bound_cases())
def test_pattern_bound_is_never_below_the_parsed_count(query):
    assert policy.pattern_bound(query) >= policy.pattern_count(query)


def test_a_query_of_many_filters_is_not_parsed(monkeypatch):
    def no_parser(_query):
        raise AssertionError("parsed")

    monkeypatch.setattr(policy, "_parsed", no_parser)
    query = filters(150)  # 7.6 KB: rdflib would take seconds
    assert policy.pattern_bound(query) == 10  # one group, three terms
    assert policy.verdict(query) is None


@pytest.mark.parametrize(("levels", "expected"), [(60, None), (70, (400, policy.TOO_DEEP))])
def test_escaped_brackets_in_names_do_not_hide_nesting(levels, expected):
    """``ex:a\\)`` is a local name: its bracket must not cancel a real brace (3,000 such levels segfault pyoxigraph)."""
    query = "PREFIX ex: <urn:x:> SELECT * WHERE " + "{ ex:a\\) <urn:x:p> ?o . " * levels + "}" * levels
    assert policy.nesting_depth(query) == levels
    assert policy.screen(query) == expected
