"""What a subject's triples are made from, as text to digest (:mod:`output.splice`): the converter's units
(:mod:`.convert`) of one subject, with everything each unit reads from the graph, so that two subjects with
the same key have the same lines.

A node's unit reads the node's attributes (not its mentions), its own IRI, and the type of each edge at it
with the IRI of the node at the other end; an evidence reads its record's span, quote, date and article and
the IRIs of its document and article; a statement its triple and the IRIs of its evidence. Memberships read
much of the graph around a tenure: they have no key and are always made (a few per person).
"""

from __future__ import annotations

from .convert import Unit, _Converter, _span

_C = _Converter
_PLAIN = (_C._role, _C._interval, _C._instant)  # units whose arguments are all they read


def subject_key(conv: _Converter, units: Unit | list[Unit]) -> str | None:
    """The text of all ``units`` of one subject read from ``conv``'s graph, or ``None`` when one of them
    has no key."""
    parts = []
    for unit in units if type(units) is list else (units,):
        part = _unit_key(conv, unit)
        if part is None:
            return None
        parts.append(part)
    return repr(parts)


def _unit_key(conv: _Converter, unit: Unit) -> tuple | None:
    fn = unit[0]
    if fn is _C._node_and_edges:
        n, d = unit[1], unit[2]
        g, iris = conv.g, conv.iris
        return (
            "node", n, iris[n], [(k, v) for k, v in d.items() if k != "mentions"],
            [(iris[o], [ed.get("type", "") for ed in keyed.values()]) for o, keyed in g._succ[n].items()],
            [(iris[o], [ed.get("type", "") for ed in keyed.values()]) for o, keyed in g._pred[n].items()],
        )
    if fn is _C._evidence:
        ev, d = unit[1], unit[2]
        doc, art = d.get("doc"), d.get("article")
        return (
            "evidence", ev, doc, d.get("start"), d.get("end"), d.get("evidence"), d.get("date"), d.get("date_basis"),
            conv.iris[conv.doc_nodes[doc]] if doc in conv.doc_nodes else None, art, conv.iris.get(art) if art else None,
        )
    if fn is _C._statement:
        st, s, p, o, evs = unit[1:]
        # the evidence IRIs are made from the records' spans (:func:`.convert._evidence_iri`)
        spans = [_span(e) for e in evs] if type(evs) is list else _span(evs)
        return ("statement", st, s, p, o, spans)
    if fn is _C._seen:
        d = unit[2]
        return ("seen", conv.iris[unit[1]], d.get("first_seen"), d.get("last_seen"))
    if fn in _PLAIN:
        return (fn.__name__, *unit[1:])
    return None
