"""The graph as RDF: standard vocabularies first (formats ``ttl``, ``nt``, ``nq``, ``jsonld``).

People, events, places and articles are schema.org; organisations, posts, roles and memberships
W3C ORG; time OWL-Time; provenance PROV-O; the rest is the closed ``NKG`` namespace
(:mod:`.vocab`, described in ``ontology.ttl`` beside it; SHACL shapes in ``shapes.ttl``).

One module per job:

- :mod:`.terms` — base IRI, prefixes, node classes and edge predicates, IRIs and literals
- :mod:`.convert` — the networkx graph as triples (evidence, statements, memberships, intervals)
- :mod:`.documents` — each source document's share of the graph (N-Quads' named graphs)
- :mod:`.lines` — sorted unique lines in bounded memory (external sort), ``dumps``/``write`` of line formats
- :mod:`.turtle`, :mod:`.ntriples`, :mod:`.nquads`, :mod:`.jsonld` — one serialisation each
- :mod:`.load` — the ontology, the shapes, and the RDF graph of a built output folder
"""
