"""The SPARQL 1.1 Protocol side of ``newskg serve``: what a request asks for, decided without any I/O.

Reading parameters (a malformed query string is a :class:`BadRequest`, answered 400, never an exception
that closes the connection), choosing the result format from Accept and ``format``/``output``, and turning
a request's parameters into the :class:`Job` a query worker runs — or the :class:`Reply` that refuses it.
The handler (:mod:`output.server`) reads sockets; the workers (:mod:`output.query_pool`) run queries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from .sparql_policy import UPDATE_REFUSED, screen

SPARQL_PATH = "/sparql"
#: Most parameters accepted in a query string or a form body.
MAX_PARAMS = 100

#: SELECT/ASK results: media type → format, the default first.
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
#: CONSTRUCT/DESCRIBE results: media type → pyoxigraph RdfFormat name, the default first.
GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML",
    "application/ld+json": "JSON_LD",
    "application/x-turtle": "TURTLE",
    "text/plain": "N_TRIPLES",
}
#: Values of the ``format``/``output`` parameters some clients send (SPARQLWrapper, Virtuoso-style).
SHORT_NAMES = {
    "json": ["application/sparql-results+json", "application/ld+json"],
    "xml": ["application/sparql-results+xml", "application/rdf+xml"],
    "csv": ["text/csv"],
    "tsv": ["text/tab-separated-values"],
    "turtle": ["text/turtle"],
    "ttl": ["text/turtle"],
    "n3": ["text/turtle"],
    "nt": ["application/n-triples"],
    "n-triples": ["application/n-triples"],
    "rdf+xml": ["application/rdf+xml"],
    "json-ld": ["application/ld+json"],
}

QUERY_FORM = """<!doctype html>
<html lang="zh"><meta charset="utf-8"><title>newskg SPARQL</title>
<style>body{font-family:sans-serif;margin:2em}textarea{width:100%;font-family:monospace}</style>
<h1>newskg SPARQL</h1>
<p>Read-only. Prefixes schema:, org:, time:, prov:, nkg:, id: … are predeclared.</p>
<form method="post" action="/sparql">
<textarea name="query" rows="14">SELECT ?person ?name WHERE {
  ?person a schema:Person ; rdfs:label ?name .
} LIMIT 20</textarea>
<p><select name="format"><option>json</option><option>xml</option><option>csv</option><option>tsv</option>
<option>turtle</option><option>nt</option></select> <button>Run</button></p>
</form>
</html>
"""


@dataclass(frozen=True)
class Reply:
    status: int
    content_type: str
    body: bytes


@dataclass(frozen=True)
class Job:
    """One query for a worker: what the handler parsed from the request."""

    query: str
    accept: list[str]
    timeout: float
    max_rows: int
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    #: The store was written since this worker opened it: reopen it first.
    reopen: bool = False


class BadRequest(Exception):
    """A request that cannot be read as asked (answered 400); ``str()`` is the one-line reason."""


def text_reply(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"))


def with_charset(media_type: str) -> str:
    return media_type if "charset=" in media_type else f"{media_type}; charset=utf-8"


def params(qs: str) -> dict[str, list[str]]:
    """The parameters of a query string or form body; :class:`BadRequest` for bad UTF-8 or too many fields."""
    try:
        return parse_qs(qs, keep_blank_values=True, errors="strict", max_num_fields=MAX_PARAMS)
    except UnicodeDecodeError:
        raise BadRequest("the request's parameters are not valid UTF-8 once percent-decoded") from None
    except ValueError:  # parse_qs says "Max number of fields exceeded"
        raise BadRequest(f"too many parameters (more than {MAX_PARAMS})") from None


# -- content negotiation ----------------------------------------------------------------------------


def accepted(header: str | None) -> list[str]:
    """The media ranges of an Accept header, best first (ties keep their order; q=0 is dropped)."""
    ranked = []
    for i, part in enumerate((header or "").split(",")):
        media, *options = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in options:
            key, _, value = p.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, i, media.lower()))
    return [m for _q, _i, m in sorted(ranked)]


def negotiate(wanted: list[str], offered: Iterable[str]) -> str | None:
    """The offered media type that best matches ``wanted``; the first offered when nothing is asked for."""
    offered = list(offered)
    if not wanted:
        return offered[0]
    for media in wanted:
        if media in offered:
            return media
        if media == "*/*":
            return offered[0]
        if media.endswith("/*"):
            for m in offered:
                if m.startswith(media[:-1]):
                    return m
    return None


def not_acceptable(offered: Iterable[str]) -> Reply:
    return text_reply(406, "no acceptable result format; this query can give: " + ", ".join(offered))


# -- a request's query --------------------------------------------------------------------------------


def query_job(found: dict[str, list[str]], body_query: str | None, accept: str | None, *, method: str,
              timeout: float, max_rows: int) -> Job | Reply:
    """The job that answers a /sparql request, or the reply that refuses it (or shows the query form).

    ``found``: the request's parameters (query string and form body together); ``body_query``: the body of
    an ``application/sparql-query`` POST. Refusals that need no parser happen here, in the request's
    thread (:func:`output.sparql_policy.screen`); the worker parses the query before it runs.
    """
    if "update" in found:
        return text_reply(403, UPDATE_REFUSED)
    queries = found.get("query", []) + ([body_query] if body_query is not None else [])
    if not queries:
        if body_query is None and method != "POST":
            return Reply(200, "text/html; charset=utf-8", QUERY_FORM.encode("utf-8"))
        return text_reply(400, "missing query")
    if len(queries) > 1:
        return text_reply(400, "give exactly one query")
    refused = screen(queries[0])
    if refused:
        return text_reply(*refused)
    wanted = accepted(accept)
    for name in found.get("format", []) + found.get("output", []):
        wanted = SHORT_NAMES.get(name.lower(), [name.lower()] if "/" in name else []) + wanted
    return Job(queries[0], wanted, timeout, max_rows, found.get("default-graph-uri", []),
               found.get("named-graph-uri", []))
