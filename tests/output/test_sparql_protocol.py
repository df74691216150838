"""The SPARQL protocol without a socket: parameters, content negotiation, and a request's job or refusal."""

from __future__ import annotations

import pytest
from newskg.output import sparql_policy as policy
from newskg.output import sparql_protocol as proto


@pytest.mark.parametrize(("header", "best"), [
    (None, "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/*", "text/csv"),
    ("application/json", "application/json"),
    ("text/csv;q=0.2, text/tab-separated-values;q=0.9", "text/tab-separated-values"),
    ("application/sparql-results+xml;q=0, text/csv", "text/csv"),
    ("image/png", None),
])
def test_negotiate(header, best):
    assert proto.negotiate(proto.accepted(header), proto.RESULT_TYPES) == best


@pytest.mark.parametrize(("qs", "message"), [
    ("query=%ff", "the request's parameters are not valid UTF-8 once percent-decoded"),
    ("query=ASK%20%7B%7D&x=%c3%28", "the request's parameters are not valid UTF-8 once percent-decoded"),
    ("&".join(f"p{i}=1" for i in range(101)), "too many parameters (more than 100)"),
])
def test_bad_parameters_are_a_bad_request(qs, message):
    with pytest.raises(proto.BadRequest) as err:
        proto.params(qs)
    assert str(err.value) == message


def test_parameters_up_to_the_limit():
    found = proto.params("&".join(f"p{i}={i}" for i in range(99)) + "&query=" + "%E4%B9%A6%E8%AE%B0")
    assert len(found) == 100 and found["p7"] == ["7"] and found["query"] == ["书记"]
    assert proto.params("query=%E4%B9%A6%E8%AE%B0&format=csv") == {"query": ["书记"], "format": ["csv"]}


def job(found: dict, body: str | None = None, accept: str | None = None, method: str = "GET"):
    return proto.query_job(found, body, accept, method=method, timeout=5.0, max_rows=10)


def test_query_job_carries_the_query_and_the_wanted_formats():
    j = job({"query": ["ASK {}"], "format": ["csv"], "default-graph-uri": ["urn:g"]}, accept="text/turtle")
    assert j == proto.Job("ASK {}", ["text/csv", "text/turtle"], 5.0, 10, ["urn:g"], [])


@pytest.mark.parametrize(("found", "body", "method", "status", "text"), [
    ({}, None, "GET", 200, proto.QUERY_FORM),
    ({}, None, "POST", 400, "missing query\n"),
    ({"query": ["ASK {}", "ASK {}"]}, None, "GET", 400, "give exactly one query\n"),
    ({"query": ["ASK {}"]}, "ASK {}", "POST", 400, "give exactly one query\n"),
    ({"update": ["DROP ALL"]}, None, "POST", 403, policy.UPDATE_REFUSED + "\n"),
    ({"query": ["CLEAR DEFAULT"]}, None, "GET", 403, policy.UPDATE_REFUSED + "\n"),
    ({"query": ["ASK " + "{" * 65 + "}" * 65]}, None, "GET", 400, policy.TOO_DEEP + "\n"),
    ({"query": ["ASK { ?s ?p '" + "x" * 16_400 + "' }"]}, None, "GET", 400, policy.TOO_LONG + "\n"),
])
def test_query_job_refusals_without_a_parser(found, body, method, status, text):
    reply = job(found, body, method=method)
    assert (reply.status, reply.body.decode("utf-8")) == (status, text)
