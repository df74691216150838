"""Run per-document extraction locally in processes or on a Dask cluster, with a cache.

One code path for every engine: documents in, :class:`DocumentFacts` out, in
input order. Results are cached in ``OUTDIR/.cache`` by a hash of the text,
the document id, the date options and the extractor version, so a rebuild after
adding one file re-extracts one file.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .extract.model import Document, DocumentFacts

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    manifest: dict[str, str] | None = None
    cli_date: str | None = None
    place: str | None = None  # ``--place``: the place documents are about when their pages do not say
    places: dict[str, str] | None = None  # the manifest's ``place`` column, by file

    def place_of(self, doc_id: str) -> str | None:
        from .extract.dates import manifest_date

        return (manifest_date(self.places, doc_id) if self.places else None) or self.place


def work(doc: Document, opts: Options) -> DocumentFacts:
    """Extract one document and drop its raw text (spans keep pointing into the file)."""
    from .extract.pipeline import extract_document  # imported when needed: a build with nothing to do skips it

    res = extract_document(doc, opts.manifest, opts.cli_date, opts.place_of(doc.id))
    doc.raw_length = len(doc.raw)
    if not doc.traditional:  # traditional text is kept: evidence quotes it as printed
        doc.raw = ""
    return res


def _work_pair(item: tuple[Document, Options]) -> DocumentFacts:
    return work(*item)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the extractor's code and lexicons: any change invalidates cached results (a new
    ``EXTRACTOR_VERSION`` too, being in ``pipeline.py``'s text)."""
    from . import extract

    h = hashlib.sha256()
    root = Path(extract.__file__).parent
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".txt", ".tsv"} and "__pycache__" not in path.parts:
            h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def cache_key(doc: Document, opts: Options) -> str:
    from .extract.dates import manifest_date

    h = hashlib.sha256()
    for part in (code_fingerprint(), doc.id, doc.source, doc.encoding, repr(doc.date),
                 manifest_date(opts.manifest or {}, doc.id) or "", opts.cli_date or "", opts.place_of(doc.id) or ""):
        h.update(part.encode("utf-8") + b"\0")
    h.update(doc.raw.encode("utf-8"))
    return h.hexdigest()


class Cache:
    """Extraction results by :func:`cache_key`. A cache folder that cannot be made or written to costs a warning
    and the cache (what it holds is still read), never the build."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0
        self.keys: dict[str, str] = {}  # document id -> its key, for every document asked for (hit or not)
        self.writable = folder is not None
        if folder is not None:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                self._unwritable(exc)

    def get(self, key: str) -> DocumentFacts | None:
        if self.folder is None:
            return None
        path = self.folder / f"{key}.pkl"
        try:
            with path.open("rb") as fh:
                res = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
            return None
        self.hits += 1
        return res

    def put(self, key: str, res: DocumentFacts | bytes) -> None:
        """Store a result (or its pickle, as a worker made it: not pickled a second time here)."""
        if self.folder is None:
            return
        self.misses += 1
        if not self.writable:
            return
        data = res if type(res) is bytes else pickle.dumps(res, protocol=pickle.HIGHEST_PROTOCOL)
        tmp = self.folder / f".{key}.{os.getpid()}.tmp"
        try:
            with tmp.open("wb") as fh:
                fh.write(data)
            os.replace(tmp, self.folder / f"{key}.pkl")
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            self._unwritable(exc)

    def _unwritable(self, exc: OSError) -> None:
        self.writable = False
        log.warning("%s: cannot write the cache (%s); building without it", self.folder, exc.strerror or exc)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


#: Documents per task sent to a local worker: small, so no worker waits on another's long task.
CHUNKSIZE = 2


def _work_item(item: tuple[int, Document | None, Options]) -> tuple[int, DocumentFacts | None]:
    """A task run here: ``None`` stands for a document whose result came from the cache."""
    i, doc, opts = item
    return i, (work(doc, opts) if doc is not None else None)


def _pool_item(item: tuple[int, Document | None, Options]) -> tuple[int, bytes | None]:
    """A task of the local pool: the result pickled here, in the worker, once: the main process unpickles it
    and writes the same bytes to the cache (it pickled every result again for the cache: a fifth of its
    work during extraction)."""
    i, res = _work_item(item)
    return i, (pickle.dumps(res, protocol=pickle.HIGHEST_PROTOCOL) if res is not None else None)


def run(
    docs: Iterable[Document],
    opts: Options,
    jobs: int = 1,
    cache: Cache | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Callable[[int], None] | None = None,
    batch: int = 256,
) -> list[DocumentFacts]:
    """Extract documents, in input order, streaming: the corpus is never held whole.

    Locally every document flows through one ``imap`` of the process pool: its task pipe
    gives back-pressure (reading stays a few documents ahead of the workers) and no worker
    waits at a batch boundary. Cache hits pass through as markers, so results and progress
    keep the input order. On Dask, documents go in batches of ``batch``, one bag each.
    """
    cache = cache or Cache(None)
    if engine == "dask":
        return _run_dask(docs, opts, jobs, cache, scheduler, progress, batch)
    hits: dict[int, DocumentFacts] = {}
    keys: dict[int, str] = {}
    sizes: dict[int, int] = {}

    def tasks() -> Iterator[tuple[int, Document | None, Options]]:
        for i, doc in enumerate(docs):
            key = cache.keys[doc.id] = cache_key(doc, opts)
            sizes[i] = len(doc.raw.encode("utf-8"))
            hit = cache.get(key)
            if hit is not None:
                hits[i] = hit
                yield i, None, opts
            else:
                keys[i] = key
                yield i, doc, opts

    def collect(done: Iterable[tuple[int, DocumentFacts | bytes | None]]) -> list[DocumentFacts]:
        results: list[DocumentFacts] = []
        for i, res in done:
            if res is None:
                res = hits.pop(i)
            else:
                cache.put(keys.pop(i), res)
                if type(res) is bytes:
                    res = pickle.loads(res)
            results.append(res)
            if progress:
                progress(sizes.pop(i))
        return results

    if jobs <= 1:
        return collect(map(_work_item, tasks()))
    # Cache hits need no worker: the pool (a forkserver, and jieba's dictionaries loaded in every worker,
    # about a second) starts at the first document to extract, and not at all when every one is cached.
    items = tasks()
    hits_first: list[tuple[int, None]] = []
    for item in items:
        if item[1] is not None:
            first_miss = item
            break
        hits_first.append((item[0], None))
    else:
        return collect(hits_first)
    import multiprocessing as mp
    from itertools import chain

    from .extract.pipeline import warm_up
    from .scratch import tempdir_for_children

    with tempdir_for_children():  # the forkserver's pymp-* folder goes where a killed run's is cleaned up
        pool = mp.get_context("spawn" if os.name == "nt" else "forkserver").Pool(jobs, initializer=warm_up)
    try:
        done = pool.imap(_pool_item, chain([first_miss], items), chunksize=CHUNKSIZE)
        results = collect(chain(hits_first, done))
    except BaseException:
        pool.terminate()
        pool.join()
        raise
    pool.close()
    pool.join()
    return results


def _run_dask(
    docs: Iterable[Document],
    opts: Options,
    jobs: int,
    cache: Cache,
    scheduler: str | None,
    progress: Callable[[int], None] | None,
    batch: int,
) -> list[DocumentFacts]:
    """The Dask engine: per batch, cache hits from the cache and the rest as one Dask bag."""
    import dask.bag as db
    from distributed import Client

    results: list[DocumentFacts] = []
    client = Client(scheduler) if scheduler else Client(processes=True, n_workers=max(jobs, 1))
    try:
        for chunk in _chunks(docs, batch):
            keys = [cache_key(d, opts) for d in chunk]
            cache.keys.update((d.id, key) for d, key in zip(chunk, keys, strict=True))
            done: dict[int, DocumentFacts] = {}
            todo = []
            for i, key in enumerate(keys):
                hit = cache.get(key)
                if hit is not None:
                    done[i] = hit
                else:
                    todo.append(i)
            sizes = {i: len(chunk[i].raw.encode("utf-8")) for i in range(len(chunk))}
            for i in done:
                if progress:
                    progress(sizes[i])
            if todo:
                items = [(chunk[i], opts) for i in todo]
                bag = db.from_sequence(items, npartitions=min(len(items), 8 * max(jobs, 1)))
                for i, res in zip(todo, bag.map(_work_pair).compute(), strict=True):
                    cache.put(keys[i], res)
                    done[i] = res
                    if progress:
                        progress(sizes[i])
            results.extend(done[i] for i in range(len(chunk)))
    finally:
        client.close()
    return results


def run_split(bins: list[list[Callable[[], None]]]) -> None:
    """Run groups of independent tasks at once: the first group here, each other one in a forked child (which
    shares the parent's data, copy-on-write, so the tasks need not be pickled). The first exception of any
    group is raised here, once every child has ended; a failure here stops the children. Where processes
    cannot be forked, every group runs here in turn."""
    import multiprocessing as mp

    bins = [b for b in bins if b]
    if len(bins) < 2 or "fork" not in mp.get_all_start_methods():
        for tasks in bins:
            for task in tasks:
                task()
        return
    ctx = mp.get_context("fork")
    children = []
    for tasks in bins[1:]:
        recv, send = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_split_child, args=(tasks, send), daemon=True)
        proc.start()
        send.close()
        children.append((proc, recv))
    try:
        for task in bins[0]:
            task()
    except BaseException:
        for proc, _recv in children:
            proc.terminate()
        for proc, _recv in children:
            proc.join()
        raise
    errors = []
    for proc, recv in children:
        try:
            outcome = recv.recv()
        except EOFError:  # killed before it could say
            outcome = None
        proc.join()
        if outcome is None and proc.exitcode:
            outcome = RuntimeError(f"a writer process ended with exit code {proc.exitcode}")
        if outcome is not None:
            errors.append(outcome)
    if errors:
        raise errors[0]


def _split_child(tasks: list[Callable[[], None]], send) -> None:
    try:
        for task in tasks:
            task()
    except BaseException as exc:  # reported to the parent, which raises it
        try:
            send.send(exc)
        except Exception:  # an exception that cannot be pickled: its text
            send.send(RuntimeError(f"{type(exc).__name__}: {exc}"))
        return
    send.send(None)
