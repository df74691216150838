"""Wire the stages: read → extract → corpus inference → graph → outputs.

This is the library behind ``newskg build``; it returns data and raises
:class:`BuildError` with a one-line message for anything the user must fix.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from . import build_key, parallel, scratch
from .extract import dates as D
from .extract.model import DocumentFacts
from .extract.reader import DEFAULT_MAX_BYTES, InputError, InputWarning, iter_input_files, read_documents
from .graph import derived
from .output import atomic, registry, splice
from .overrides import OverrideError, load_identity_file

log = logging.getLogger(__name__)


class BuildError(Exception):
    """A problem with the user's input or options; ``str()`` is one line."""


@dataclass
class BuildResult:
    """What a build made; ``unchanged`` when the output folder already held the outputs of the same inputs
    and options (then nothing was extracted, merged or written: ``graph`` is ``None``). The documents'
    facts are not kept (freed once merged); ``stored_counts`` holds what the build counted."""

    graph: nx.MultiDiGraph | None
    outputs: dict[str, Path] = field(default_factory=dict)
    warnings: list[InputWarning] = field(default_factory=list)
    cache_hits: int = 0
    extracted: int = 0
    unchanged: bool = False
    stored_counts: dict[str, int] | None = None

    def counts(self) -> dict[str, int]:
        return dict(self.stored_counts or {})


def graph_counts(g: nx.MultiDiGraph, read: dict[str, int]) -> dict[str, int]:
    """What a build prints: documents and articles ``read``, nodes by type, edges."""
    from .graph.build import summary

    c = summary(g)
    return {
        **read,
        "people": c["Person"],
        "posts": c["Post"],
        "organizations": c["Organization"],
        "meetings": c["Meeting"],
        "projects": c["Project"],
        "places": c["Place"],
        "edges": g.number_of_edges(),
    }


def parse_options(manifest: str | Path | None, date: str | None, place: str | None = None) -> parallel.Options:
    """Validate ``--manifest``, ``--date`` and ``--place`` before anything is read or written."""
    from .extract.jurisdiction import option_place

    cli_date = None
    if date is not None:
        cli_date = D.parse_iso(date)
        if cli_date is None:
            raise BuildError(f"--date {date!r}: not a valid date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    if place is not None and option_place(place) is None:
        raise BuildError(f"--place {place!r}: not a known division or development zone (e.g. 金水区, 郑州经开区)")
    table = None
    if manifest is not None:
        try:
            table = D.load_manifest(manifest)
        except D.DateError as exc:
            raise BuildError(str(exc)) from None
        for name, value in table.places.items():
            if option_place(value) is None:
                raise BuildError(f"{manifest}: {name}: place {value!r} is not a known division or development zone")
    return parallel.Options(table, cli_date, place, table.places if table is not None else None)


def extract_corpus(
    inputs: Iterable[str | Path],
    manifest: str | Path | None = None,
    date: str | None = None,
    progress: Callable[[int], None] | None = None,
    jobs: int = 1,
    cache_dir: Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    cache: parallel.Cache | None = None,
    options: parallel.Options | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[list[DocumentFacts], list[InputWarning]]:
    """Read and extract every document (in ``jobs`` processes, cached); corpus-level dating afterwards.

    ``options`` (from :func:`parse_options`) replaces ``manifest`` and ``date`` when already parsed
    (``manifest`` then only names the file in warnings about its rows). Files over ``max_bytes`` are skipped.
    """
    from .extract.corpus import date_by_personnel  # with the extractors: not imported by a build with nothing to do

    opts = options or parse_options(manifest, date)
    inputs = list(inputs)
    warnings: list[InputWarning] = []
    try:
        iter_input_files(inputs)  # fail fast on a missing path or an empty folder
        results = parallel.run(
            read_documents(inputs, warnings, max_bytes), opts, jobs=check_jobs(jobs),
            cache=cache or parallel.Cache(cache_dir), engine=engine, scheduler=scheduler, progress=progress,
        )
    except InputError as exc:
        raise BuildError(str(exc)) from None
    if not results:
        raise BuildError("no readable documents in the input" + (f" ({warnings[0]})" if warnings else ""))
    warnings += manifest_warnings(opts, manifest, [r.document.id for r in results], warnings)
    date_by_personnel(results)
    return results, warnings


def manifest_warnings(
    opts: parallel.Options, manifest: str | Path | None, ids: list[str], warnings: list[InputWarning]
) -> list[InputWarning]:
    """A warning for each manifest row that names none of the documents ``ids`` or skipped inputs."""
    if not opts.manifest:
        return []
    from .extract.corpus import unknown_manifest_rows

    names = ids + [w.source for w in warnings if w.line is None]
    return [InputWarning(str(manifest or "manifest"), f"row {name!r} names no input file")
            for name in unknown_manifest_rows(opts.manifest, names)]


def _check_strict(strict: bool, warnings: list[InputWarning]) -> None:
    if strict and warnings:
        more = f" (and {len(warnings) - 1} more)" if len(warnings) > 1 else ""
        raise BuildError(f"--strict: {warnings[0]}{more}")


def check_jobs(jobs: int) -> int:
    """``jobs`` when it is 1 … twice the cores, else :class:`BuildError` (a negative or huge ``-j`` is a typo)."""
    try:
        return scratch.check_jobs(jobs)
    except ValueError as exc:
        raise BuildError(str(exc)) from None


#: Formats that draw the graph for people; ``--subgraph`` narrows only these.


def write_outputs(
    g: nx.MultiDiGraph, outdir: str | Path, formats: Iterable[str], view: nx.MultiDiGraph | None = None,
    key: str | None = None, counts: dict[str, int] | None = None, jobs: int = 1,
    documents: dict[str, str] | None = None,
) -> dict[str, Path]:
    """Write every format into a staging folder, then switch ``outdir``'s outputs to them as one set.

    ``view`` (a subgraph) replaces ``g`` for the HTML views; ``key`` (:mod:`newskg.build_key`) and ``counts``
    are stamped on the set, so that a rebuild with the same key can leave it as it is; with a key, the writers
    of :data:`registry.SPLICED` copy from the current set's file what did not change (``documents``: each
    document's signature, :func:`signatures`). With ``jobs`` > 1 the
    writers run in that many processes at once (forked: each writes the same bytes). A failure or a
    kill at any point leaves ``outdir`` with the previous set of outputs or the
    new one, never a mix (:func:`newskg.output.atomic.publish`).
    """
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise BuildError(f"{outdir}: exists and is not a folder")
    outdir.mkdir(parents=True, exist_ok=True)
    staging = atomic.staging_dir(outdir)
    formats = list(formats)
    written = {fmt: outdir / registry.filename(fmt) for fmt in formats}

    def task(fmt: str) -> Callable[[], None]:
        graph = view if view is not None and fmt in registry.VIEW_FORMATS else g
        if key is not None and fmt in registry.SPLICED:  # a cached build: reuse what the previous file has
            reuse = splice.Reuse(_published(outdir, fmt), build_key.code_fingerprint(), documents or {})
            return lambda: registry.writer(fmt)(graph, staging / registry.filename(fmt), reuse=reuse)
        return lambda: registry.writer(fmt)(graph, staging / registry.filename(fmt))

    try:
        with derived.once(g):  # tenures and places computed once, before the writers fork, not once per writer
            if len(formats) > 1:
                from .graph.tenure import tenures
                from .output.explorer import jurisdictions

                tenures(g), jurisdictions(g)
            parallel.run_split([[task(fmt) for fmt in part] for part in registry.split(formats, jobs)])
        if key is not None:
            build_key.stamp(staging, key, counts or {})
        atomic.publish(outdir, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


def signatures(results: list[DocumentFacts], cache: parallel.Cache) -> dict[str, str]:
    """Each document's signature: its cache key (its text, id, source, options and the extractor's code) and its
    date after the corpus-level dating (which re-dates a document's facts from others'): all its facts are
    made from."""
    return {r.document.id: f"{cache.keys[r.document.id]}\0{r.document.date!r}" for r in results
            if r.document.id in cache.keys}


def _published(outdir: Path, fmt: str) -> Path | None:
    """The file of ``fmt`` in ``outdir``'s current set of outputs, if there is one."""
    path = outdir / registry.filename(fmt)
    return Path(os.path.realpath(path)) if path.is_file() else None


@contextlib.contextmanager
def _no_debris(outdir: Path) -> Iterator[None]:
    """A build that fails on its input leaves no output folder behind when it made one and wrote nothing
    into it but the lock and an empty cache (a cache with documents in it stays, for the next run to resume)."""
    fresh = not outdir.exists()
    try:
        yield
    except BuildError:
        if fresh:
            try:
                entries = {p.name for p in outdir.iterdir()}
                cache = outdir / ".cache"
                if entries <= {".lock", ".cache"} and not (cache.is_dir() and any(cache.iterdir())):
                    shutil.rmtree(outdir)
            except OSError:
                pass
        raise


class BuildLock:
    """An exclusive lock on an output folder (``OUTDIR/.lock``): one build at a time.

    The lock is an ``flock`` on the file, so it is released when the process
    ends, however it ends; a stale file never blocks the next build.
    """

    def __init__(self, outdir: Path, wait: float = 0.0) -> None:
        self.path = outdir / ".lock"
        self.wait = wait
        self.fh = None

    def __enter__(self) -> BuildLock:
        import fcntl
        import time

        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = self.path.open("a+")
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    self.fh.seek(0)
                    holder = self.fh.read().strip() or "another process"
                    self.fh.close()
                    raise BuildError(
                        f"{self.path.parent}: another build is writing here (pid {holder}); "
                        "wait for it to finish or choose another -o"
                    ) from None
                time.sleep(0.2)
        self.fh.seek(0)
        self.fh.truncate()
        self.fh.write(str(os.getpid()))
        self.fh.flush()
        return self

    def __exit__(self, *exc) -> None:
        import fcntl

        if self.fh is not None:
            fcntl.flock(self.fh, fcntl.LOCK_UN)
            self.fh.close()


def build(
    inputs: Iterable[str | Path],
    outdir: str | Path,
    manifest: str | Path | None = None,
    date: str | None = None,
    formats: Iterable[str] = registry.BUILD_FORMATS,
    progress: Callable[[int], None] | None = None,
    strict: bool = False,
    jobs: int = 1,
    use_cache: bool = True,
    engine: str = "local",
    scheduler: str | None = None,
    subgraph: str | None = None,
    place: str | None = None,
    identity: str | Path | None = None,
    max_file_size: int = DEFAULT_MAX_BYTES,
) -> BuildResult:
    """Extract, merge and write; the output folder is locked while this runs.

    Outputs appear only when all are written (each replaced atomically); an
    interrupted build leaves the previous outputs as they were and its cache
    entries for the documents it finished, so the next run resumes. With the
    cache on, a build whose key (:mod:`newskg.build_key`) is the current set's,
    every output intact, reads the inputs and writes nothing (``unchanged``).
    """
    outdir = Path(outdir)
    inputs = list(inputs)
    try:
        iter_input_files(inputs)
    except InputError as exc:
        raise BuildError(str(exc)) from None
    if outdir.exists() and not outdir.is_dir():
        raise BuildError(f"{outdir}: exists and is not a folder")
    opts = parse_options(manifest, date, place)  # before the lock: a bad option writes nothing
    check_jobs(jobs)
    try:
        overrides = load_identity_file(identity) if identity is not None else None
    except OverrideError as exc:
        raise BuildError(str(exc)) from None
    formats = [f for f in formats if f in registry.available()]
    with _no_debris(outdir), BuildLock(outdir):
        atomic.clean_debris(outdir)  # what a killed build left: staging folders, sets no longer current
        key = None
        if use_cache:
            try:
                key, ids, read_warnings = build_key.build_key(inputs, opts, max_file_size, overrides, formats, subgraph)
            except InputError as exc:
                raise BuildError(str(exc)) from None
            record = build_key.unchanged(outdir, key)
            if record is not None:
                warnings = read_warnings + manifest_warnings(opts, manifest, ids, read_warnings)
                _check_strict(strict, warnings)
                outputs = {fmt: outdir / registry.filename(fmt) for fmt in formats}
                return BuildResult(None, outputs, warnings, unchanged=True, stored_counts=record["counts"])
        scratch.private_dir()  # and in the temporary folder (multiprocessing's pymp-*, push buckets)
        cache = parallel.Cache(outdir / ".cache" if use_cache else None)
        with atomic.paused_gc():  # millions of long-lived records and no cycles: a cached read of 100 MB 9.7 → 5.9 s
            results, warnings = extract_corpus(
                inputs, manifest=manifest, progress=progress, jobs=jobs, engine=engine, scheduler=scheduler,
                cache=cache, options=opts, max_bytes=max_file_size,
            )
        _check_strict(strict, warnings)
        from .graph.build import build_graph

        read = {"documents": len(results), "articles": sum(len(r.articles) for r in results)}
        documents = signatures(results, cache) if use_cache else None
        hits, extracted = cache.hits, len(results) - cache.hits
        # The graph holds the evidence it quotes; nothing reads the documents' facts again: each is freed
        # once merged (at 100 MB the facts are a gigabyte, and each forked writer would hold them too).
        with atomic.paused_gc():  # a graph of long-lived containers and no cycles: 20-30% of the merge's CPU
            g = build_graph(results, overrides, consume=True)
        counts = graph_counts(g, read)
        view = None
        if subgraph:
            from .graph.subgraph import subgraph as part

            try:
                view = part(g, subgraph)
            except KeyError:
                raise BuildError(f"--subgraph {subgraph!r}: no person, organisation or year of that name") from None
        result = BuildResult(g, warnings=warnings, cache_hits=hits, extracted=extracted, stored_counts=counts)
        with atomic.frozen_gc():
            result.outputs = write_outputs(g, outdir, formats, view, key, counts, jobs, documents)
    return result
