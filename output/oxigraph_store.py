"""SPARQL over a built output folder, on a pyoxigraph store persisted in ``OUTDIR/store``.

The store is loaded on the first query from ``graph.nt`` (else ``graph.ttl``, else converted from
``graph.json``) and reused while it is newer than that file, so repeated queries on a large graph
skip the load. The ontology sits in its own named graph (:data:`output.rdf.terms.ONTOLOGY_IRI`); queries
see the data in the default graph. The usual prefixes (schema, org, time, prov, nkg …) and ``id:``
for instance IRIs are predeclared, so queries may use them without ``PREFIX`` lines.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
import shutil
import tempfile
import threading
import unicodedata
from pathlib import Path

from .rdf import load as rdf_load
from .rdf.terms import BASE, ONTOLOGY_IRI, PREFIXES
from .registry import TABLE_FORMATS

log = logging.getLogger(__name__)

STORE_DIR = "store"
#: Written into the store folder after a complete load; its mtime is the load time.
STAMP = "loaded-from.json"
QUERY_PREFIXES = {**PREFIXES, "id": BASE}

_open: dict[Path, object] = {}  # one open store per folder: RocksDB allows a single writer per process
_lock = threading.Lock()


class QueryError(Exception):
    """A query that cannot run (syntax error, unknown format); ``str()`` is one line."""


def _stamp(store_dir: Path) -> dict | None:
    try:
        return json.loads((store_dir / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _fresh(store_dir: Path, source: Path) -> bool:
    stamp = _stamp(store_dir)
    if not stamp or stamp.get("source") != source.name:
        return False
    return (store_dir / STAMP).stat().st_mtime_ns >= source.stat().st_mtime_ns


def _load_into(store, source: Path) -> None:
    import pyoxigraph as ox

    if source.suffix == ".json":
        from . import graph_json
        from .rdf import ntriples

        store.bulk_load(ntriples.dumps(graph_json.read(source)).encode("utf-8"), ox.RdfFormat.N_TRIPLES)
    else:
        fmt = ox.RdfFormat.N_TRIPLES if source.suffix == ".nt" else ox.RdfFormat.TURTLE
        try:
            store.bulk_load(path=str(source), format=fmt)
        except SyntaxError as exc:
            raise ValueError(f"{source}: damaged, not the RDF `newskg build` writes ({str(exc).splitlines()[0]}); "
                             "rebuild it") from None
    store.bulk_load(rdf_load.ontology().serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES,
                    to_graph=ox.NamedNode(ONTOLOGY_IRI))
    store.flush()


def open_store(outdir: str | Path):
    """The pyoxigraph Store of a built output folder, (re)loaded if missing or older than the graph file.

    A new store is loaded beside the old one and renamed into place, so a failed load leaves no half store.
    A store loaded from Turtle keeps (a hard link to) the file it holds; when a rebuild has written a new
    graph.ttl, the store is brought up to it by deleting and inserting only the triples of the subjects that
    changed (:func:`_update`), and loaded whole again only when that is not possible or not quicker.
    """
    import pyoxigraph as ox

    outdir = Path(outdir).resolve()
    source = rdf_load.graph_file(outdir)
    store_dir = outdir / STORE_DIR
    with _lock:
        cached = _open.get(store_dir)
        if cached is not None and _fresh(store_dir, source):
            return cached
        if cached is None and store_dir.exists() and _fresh(store_dir, source):
            store = _open_existing(store_dir)
            _open[store_dir] = store
            return store
        _open.pop(store_dir, None)
        del cached
        store = _update(store_dir, source)
        if store is not None:
            _open[store_dir] = store
            return store
        log.info("loading %s into %s", source, store_dir)
        tmp = Path(tempfile.mkdtemp(prefix=".store.", dir=outdir))
        try:
            store = ox.Store(str(tmp))
            _load_into(store, source)
            del store  # close RocksDB before moving its folder
            _keep_source(tmp, source)
            if store_dir.exists():
                shutil.rmtree(store_dir)
            os.replace(tmp, store_dir)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        store = ox.Store(str(store_dir))
        _open[store_dir] = store
        return store


#: In the store folder: the Turtle file the store holds (a hard link to the published file, which is never
#: written again), the old side of the next update.
LOADED = "loaded.ttl"


def written_by_hand(store_dir: str | Path) -> None:
    """A store about to take a write that no build made (a Graph Store Protocol PUT, POST or DELETE): it no
    longer holds just its Turtle file, so the next rebuild loads it whole instead of updating it."""
    try:
        Path(store_dir, LOADED).unlink(missing_ok=True)
    except OSError:  # no store folder there (a server whose workers load the graph file into memory)
        pass


def _keep_source(store_dir: Path, source: Path) -> None:
    """Stamp ``store_dir`` as holding ``source`` (its graph and the ontology of this code); keep a link to a
    Turtle source for the next update."""
    if source.suffix == ".ttl":
        try:
            os.link(source.resolve(), store_dir / LOADED)
        except OSError:  # another file system, or links not allowed: a copy
            shutil.copyfile(source, store_dir / LOADED)
    (store_dir / STAMP).write_text(json.dumps({"source": source.name, "size": source.stat().st_size,
                                               "ontology": rdf_load.ontology_digest()}), encoding="utf-8")


def _update(store_dir: Path, source: Path):
    """The store of ``store_dir`` brought up to ``source`` by the triples that changed, or None when a whole
    load is needed: not Turtle on both sides, another ontology, the store held by another process, or over a
    quarter of the subjects changed. The stamp is removed before the store is written and made again after,
    so an update cut short leaves a store that the next query loads whole."""
    import pyoxigraph as ox

    from .rdf.turtle_diff import diff

    stamp, loaded = _stamp(store_dir), store_dir / LOADED
    if (source.suffix != ".ttl" or not stamp or stamp.get("source") != source.name or not loaded.exists()
            or stamp.get("ontology") != rdf_load.ontology_digest()):
        return None
    change = diff(loaded, source)
    if change is None:
        return None
    try:
        store = ox.Store(str(store_dir))
    except OSError as exc:  # held by another process (a server): load beside it and switch
        log.info("%s: %s; loading whole", store_dir, exc)
        return None
    log.info("updating %s from %s: %d triples deleted, %d inserted (%d of %d subjects changed)", store_dir,
             source, len(change.deleted), len(change.inserted), change.changed, change.blocks)
    (store_dir / STAMP).unlink()
    if change.deleted or change.inserted:
        store.update("DELETE DATA { " + " .\n".join(change.deleted) + " } ;\n"
                     "INSERT DATA { " + " .\n".join(change.inserted) + " }")
        store.flush()
    loaded.unlink()
    _keep_source(store_dir, source)
    return store


def _open_existing(store_dir: Path):
    """Open a loaded store; read-only when another process holds it or the folder is not writable."""
    import pyoxigraph as ox

    try:
        return ox.Store(str(store_dir))
    except OSError as exc:
        log.info("%s: %s; opening read-only", store_dir, exc)
        return ox.Store.read_only(str(store_dir))


def close(outdir: str | Path) -> None:
    """Forget the open store of ``outdir`` (it is closed when garbage-collected)."""
    with _lock:
        _open.pop(Path(outdir).resolve() / STORE_DIR, None)


def _sparql_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def bind_params(query_text: str, params: dict[str, str] | None) -> str:
    """``{"year": "2022"}`` → every ``?param_year`` in the query becomes the string literal ``"2022"``.

    Queries cast parameters where they need numbers; unfilled ``?param_…`` stay unbound, so a query's
    ``COALESCE(?param_year, 2023)`` gives its default.
    """
    for name, value in (params or {}).items():
        pattern = re.compile(r"[?$]param_" + re.escape(name) + r"(?!\w)")
        if not re.fullmatch(r"\w+", name) or not pattern.search(query_text):
            used = sorted(set(re.findall(r"[?$]param_(\w+)", query_text)))
            raise QueryError(f"parameter {name!r} is not used by this query (it takes: {', '.join(used) or 'none'})")
        query_text = pattern.sub(lambda _m, v=str(value): _sparql_string(v), query_text)
    return query_text


def _query(outdir: str | Path, query_text: str, params: dict[str, str] | None = None):
    from .sparql_policy import malformed, too_complex

    query_text = bind_params(query_text, params)
    why = malformed(query_text) or too_complex(query_text)  # the server's limits: deep nesting crashes pyoxigraph
    if why:
        raise QueryError(why)
    store = open_store(outdir)
    try:
        return store.query(query_text, prefixes=QUERY_PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None


# -- terms as text ----------------------------------------------------------------------------------


def _short(iri: str) -> str:
    """``https://newskg.example.org/id/person/李小虎`` → ``id:person/李小虎`` (the longest namespace wins)."""
    matches = [(len(ns), prefix) for prefix, ns in QUERY_PREFIXES.items() if iri.startswith(ns)]
    if not matches:
        return f"<{iri}>"
    n, prefix = max(matches)
    return f"{prefix}:{iri[n:]}"


def term_value(term) -> str | None:
    """A plain string for a result term: an IRI, or a literal's lexical form (no language or datatype)."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.Literal | ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _display(term) -> str:
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        from urllib.parse import unquote

        return unquote(_short(term.value))
    return term_value(term) or ""


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def render_table(header: list[str], rows: list[list[str]]) -> str:
    """A plain-text table aligned for Chinese (wide characters count two columns)."""
    rows = [[c.replace("\n", " ") for c in r] for r in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(header)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(header, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


# -- public API -------------------------------------------------------------------------------------


def select(outdir: str | Path, query_text: str, params: dict[str, str] | None = None) -> list[dict[str, str | None]]:
    """Rows of a SELECT query as ``{variable: plain value}`` (None where unbound), for Python callers."""
    import pyoxigraph as ox

    results = _query(outdir, query_text, params)
    if not isinstance(results, ox.QuerySolutions):
        raise QueryError("select() needs a SELECT query; use run_query() for ASK, CONSTRUCT or DESCRIBE")
    names = [v.value for v in results.variables]
    return [{n: term_value(sol[n]) for n in names} for sol in results]


def run_query(outdir: str | Path, query_text: str, fmt: str = "table", params: dict[str, str] | None = None) -> str:
    """Run SPARQL on a built output folder; the result as ``table`` (aligned text), ``csv`` or ``json``.

    SELECT gives rows (json is SPARQL 1.1 Query Results JSON); ASK gives true/false; CONSTRUCT and
    DESCRIBE give triples (table and csv as subject/predicate/object rows, json as N-Triples lines in a list).
    ``params`` fill a query's ``?param_NAME`` variables (the example queries default them with COALESCE).
    """
    import pyoxigraph as ox

    if fmt not in TABLE_FORMATS:
        raise QueryError(f"unknown result format {fmt!r} (choose from {', '.join(TABLE_FORMATS)})")
    results = _query(outdir, query_text, params)
    if isinstance(results, ox.QueryBoolean):
        value = bool(results)
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": value}) + "\n"
        return ("true" if value else "false") + "\n"
    if isinstance(results, ox.QuerySolutions):
        names = [v.value for v in results.variables]
        if fmt == "json":
            return results.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8") + "\n"
        solutions = list(results)
        if fmt == "csv":
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\n")
            w.writerow(names)
            for sol in solutions:
                w.writerow([term_value(sol[n]) or "" for n in names])
            return buf.getvalue()
        return render_table(names, [[_display(sol[n]) for n in names] for sol in solutions])
    triples = sorted(results, key=str)  # CONSTRUCT / DESCRIBE
    if fmt == "json":
        return json.dumps([f"{t.subject} {t.predicate} {t.object} ." for t in triples], ensure_ascii=False,
                          indent=1) + "\n"
    header = ["subject", "predicate", "object"]
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header)
        for t in triples:
            w.writerow([term_value(t.subject), term_value(t.predicate), term_value(t.object)])
        return buf.getvalue()
    return render_table(header, [[_display(t.subject), _display(t.predicate), _display(t.object)] for t in triples])


def query_file(path: str | Path) -> str:
    """The text of a ``.rq`` file (for ``newskg query OUTDIR -f queries/post_holder_in_year.rq``)."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise QueryError(f"{path}: not a UTF-8 text file (byte {exc.start}: {exc.reason}); "
                         "give a SPARQL query file") from None
