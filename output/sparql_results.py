"""Running a query in a worker and writing its results (SPARQL 1.1 JSON, XML, CSV, TSV; RDF for graphs).

Worker side of ``newskg serve``: :func:`execute` first parses the query for the refusals that need a parser
(SERVICE, too many patterns: :func:`output.sparql_policy.verdict`), then runs it and writes the solutions as
they are read, stopping at the row limit or the deadline with the reply to send.
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr

from .sparql_policy import verdict
from .sparql_protocol import GRAPH_TYPES, RESULT_TYPES, Job, Reply, negotiate, not_acceptable, text_reply, with_charset

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class _Stop(Exception):
    """A query stopped by a limit; carries the reply to send."""

    def __init__(self, reply: Reply):
        super().__init__(reply.body.decode("utf-8"))
        self.reply = reply


def _bounded(items: Iterable, deadline: float, max_rows: int, limit_s: float) -> Iterator:
    for i, item in enumerate(items):
        if i >= max_rows:
            raise _Stop(text_reply(400, f"the result has more than {max_rows} rows (the server's limit); "
                                        "use LIMIT and OFFSET to page through it"))
        if i % 256 == 0 and time.monotonic() > deadline:
            raise _Stop(overrun_reply(limit_s))
        yield item


def overrun_reply(limit_s: float) -> Reply:
    return text_reply(503, f"query stopped: it ran longer than the server's limit of {limit_s:g} s")


def _json_term(t) -> dict:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype.value != XSD_STRING:
            d["datatype"] = t.datatype.value
        return d
    return {"type": "triple", "value": {"subject": _json_term(t.subject), "predicate": _json_term(t.predicate),
                                        "object": _json_term(t.object)}}


def _xml_term(t) -> str:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        value = escape(t.value, {"\r": "&#13;"})
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{value}</literal>"
        if t.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
            return f"<literal datatype={quoteattr(t.datatype.value)}>{value}</literal>"
        return f"<literal>{value}</literal>"
    return (f"<triple><subject>{_xml_term(t.subject)}</subject><predicate>{_xml_term(t.predicate)}</predicate>"
            f"<object>{_xml_term(t.object)}</object></triple>")


def _csv_value(t) -> str:
    import pyoxigraph as ox

    if t is None:
        return ""
    if isinstance(t, ox.NamedNode | ox.Literal):
        return t.value
    return str(t)  # blank node as _:id, quoted triple in N-Triples syntax


def _compact_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_solutions(fmt: str, names: list[str], rows: Iterable) -> bytes:
    """SELECT results in SPARQL 1.1 JSON, XML, CSV or TSV, from solutions read one by one."""
    out = io.StringIO()
    if fmt == "json":
        out.write('{"head":{"vars":' + _compact_json(names) + '},"results":{"bindings":[')
        for i, row in enumerate(rows):
            out.write(("," if i else "") + _compact_json({n: _json_term(row[n]) for n in names if row[n] is not None}))
        out.write("]}}")
    elif fmt == "xml":
        out.write('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>')
        out.write("".join(f"<variable name={quoteattr(n)}/>" for n in names) + "</head><results>")
        for row in rows:
            out.write("<result>" + "".join(f"<binding name={quoteattr(n)}>{_xml_term(row[n])}</binding>"
                                           for n in names if row[n] is not None) + "</result>")
        out.write("</results></sparql>")
    elif fmt == "csv":
        w = csv.writer(out, lineterminator="\r\n")
        w.writerow(names)
        for row in rows:
            w.writerow([_csv_value(row[n]) for n in names])
    elif fmt == "tsv":
        out.write("\t".join("?" + n for n in names) + "\n")
        for row in rows:  # N-Triples syntax already escapes tab and newline inside literals
            out.write("\t".join("" if row[n] is None else str(row[n]) for n in names) + "\n")
    else:
        raise ValueError(f"unknown result format {fmt!r}")
    return out.getvalue().encode("utf-8")


def execute(store, job: Job, prefixes: dict[str, str]) -> Reply:
    """Run ``job`` on ``store`` and serialise the result in the negotiated format."""
    import pyoxigraph as ox

    deadline = time.monotonic() + job.timeout
    options = {}
    try:
        if job.default_graphs:
            options["default_graph"] = [ox.NamedNode(u) for u in job.default_graphs]
        if job.named_graphs:
            options["named_graphs"] = [ox.NamedNode(u) for u in job.named_graphs]
    except ValueError as exc:
        return text_reply(400, f"bad graph IRI: {exc}")
    refused = verdict(job.query)
    if refused:
        return text_reply(*refused)
    try:
        results = store.query(job.query, prefixes=prefixes, **options)
        if isinstance(results, ox.QueryBoolean):
            media = negotiate(job.accept, RESULT_TYPES)
            if media is None:
                return not_acceptable(RESULT_TYPES)
            fmt = ox.QueryResultsFormat.from_media_type(media)
            return Reply(200, with_charset(fmt.media_type), results.serialize(format=fmt))
        if isinstance(results, ox.QuerySolutions):
            media = negotiate(job.accept, RESULT_TYPES)
            if media is None:
                return not_acceptable(RESULT_TYPES)
            fmt = RESULT_TYPES[media]
            names = [v.value for v in results.variables]
            body = write_solutions(fmt, names, _bounded(results, deadline, job.max_rows, job.timeout))
            return Reply(200, with_charset(ox.QueryResultsFormat.from_media_type(media).media_type), body)
        media = negotiate(job.accept, GRAPH_TYPES)
        if media is None:
            return not_acceptable(GRAPH_TYPES)
        rdf_format = getattr(ox.RdfFormat, GRAPH_TYPES[media])
        triples = list(_bounded(results, deadline, job.max_rows, job.timeout))
        extra = {"prefixes": prefixes} if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else {}
        return Reply(200, with_charset(rdf_format.media_type), ox.serialize(triples, format=rdf_format, **extra))
    except SyntaxError as exc:
        return text_reply(400, f"SPARQL syntax error: {exc}")
    except _Stop as stop:
        return stop.reply
