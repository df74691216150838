"""The newskg vocabulary: the few terms that schema.org, W3C ORG, OWL-Time and PROV-O lack.

A closed namespace (``_fail = True``): ``NKG.chiar`` raises instead of minting a typo'd IRI. Every term
here is described (labels in Chinese and English, a comment) in ``ontology.ttl`` beside it; a test keeps
the two in step. Standard namespaces come from :mod:`rdflib.namespace`, never from here.
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class NKG(DefinedNamespace):
    """newskg terms, ``https://newskg.example.org/ns#``."""

    _fail = True
    _NS = Namespace("https://newskg.example.org/ns#")

    # classes
    Evidence: URIRef  # a quoted sentence of a source file that backs a fact (a prov:Entity)
    Project: URIRef  # a construction or investment project named in the news (a prov:Entity)
    Meeting: URIRef  # a working meeting (会议, 座谈会, 推进会): a schema:Event
    Inspection: URIRef  # an inspection or visit led by an official (调研, 检查, 走访, 督导): a schema:Event
    Ceremony: URIRef  # a ceremony (开工, 签约, 揭牌, 奠基, 开园 仪式): a schema:Event
    Session: URIRef  # a session of a people's congress or CPPCC, a government's or party committee's plenary

    # meetings and projects
    chair: URIRef  # meeting → person who chaired it (sub-property of schema:attendee)
    leader: URIRef  # inspection or visit → person who led it (sub-property of schema:attendee)
    inspectedBy: URIRef  # project → person who inspected it

    # memberships
    post: URIRef  # org:Membership → the org:Post it fills
    appointedTo: URIRef  # person → post the text says they were appointed to (任命, 任, 履新), dated on its evidence
    ceasedToHold: URIRef  # person → post the text says they left (免去, 不再担任), dated on its evidence

    # evidence and provenance
    document: URIRef  # evidence → the source document it quotes
    startOffset: URIRef  # evidence/article → first character in the raw source file (0-based)
    endOffset: URIRef  # evidence/article → end character in the raw source file (exclusive)
    dateBasis: URIRef  # how a date was known: manifest, record, filename, cli, text, document, unknown
    dateEvidence: URIRef  # the words a date was read from
    sourcePath: URIRef  # document → the path of the input file

    # time
    firstSeen: URIRef  # the earliest date of any evidence about the resource
    lastSeen: URIRef  # the latest date of any evidence about the resource
    startBasis: URIRef  # membership → how its start is known: attested (first seen) or appointed (the text says so)
    endBasis: URIRef  # membership → how its end is known: attested (last seen) or ceased (the text says so)
    startedAfter: URIRef  # membership → the predecessor's last attestation: the tenure began after it
    endedBefore: URIRef  # membership → the successor's first attestation: the tenure ended before it
