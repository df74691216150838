"""The ``newskg`` command line. Commands are thin: parse, call one library function, render.

(Over 400 lines: eleven commands, each with its options and a ``--help`` example, and the one-line error handling
they share; the work is in the library, and a command split from the others would only move the options.)
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from .output import registry

DEFAULT_OUT = "out"


def _fail(message: str) -> click.ClickException:
    return click.ClickException(message)


class _Group(click.Group):
    """Turns an unexpected exception into one line (the traceback only with ``-v``)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            raise click.ClickException("interrupted; outputs written so far are complete, the rest untouched") from None
        except OSError as exc:
            raise click.ClickException(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")) from None
        except Exception as exc:
            if logging.getLogger().isEnabledFor(logging.INFO):
                raise
            raise click.ClickException(f"internal error: {type(exc).__name__}: {exc} (run with -v for details)") from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def main(verbose: bool) -> None:
    """Turn Chinese local-government news into a temporal knowledge graph.

    \b
    Example:
      newskg build data/sample -o out
      newskg post 经开区党工委书记 -g out
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # jieba's own messages below WARNING (its dictionary loads) are dropped; as a filter, because importing
    # jieba here to call its setLogLevel costs half a second of every command
    logging.getLogger("jieba").addFilter(lambda record: record.levelno >= logging.WARNING)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--out", "outdir", default=DEFAULT_OUT, show_default=True, help="Output folder.")
@click.option("--manifest", type=click.Path(),
              help="CSV with columns file,date[,place] giving each document's date (and the place it is about).")
@click.option("--date", "date", help="Date for documents with no manifest row and no date in the file name.")
@click.option("-j", "--jobs", type=int, default=0, help="Extraction processes, 1 to twice the cores (default: all cores).")
@click.option("--no-cache", is_flag=True, help="Re-extract every document (ignore OUTDIR/.cache).")
@click.option("--max-file-size", default="256MB", show_default=True,
              help="Skip (with a warning) input files larger than this (e.g. 64MB, 1G).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where per-document extraction runs.")
@click.option("--scheduler", help="Dask scheduler address (with --engine dask), e.g. tcp://10.0.0.5:8786.")
@click.option("--subgraph", help='Draw only part of the graph in the HTML: a year ("2023") or a person/organisation.')
@click.option("--strict", is_flag=True, help="Fail (exit 1, no outputs written) when any input would be skipped.")
@click.option("--place", help="The place documents are about when their pages do not say (e.g. 金水区, 郑州经开区).")
@click.option("--identity", type=click.Path(),
              help="Identity overrides: lines 'same|different, name, document, document' (see README).")
def build(
    inputs: tuple[str, ...], outdir: str, manifest: str | None, date: str | None, jobs: int, no_cache: bool,
    engine: str, scheduler: str | None, subgraph: str | None, strict: bool, place: str | None,
    identity: str | None, max_file_size: str,
) -> None:
    """Build the graph from INPUTS (folders, .txt files, .jsonl files) into OUTDIR.

    \b
    Example:
      newskg build data/sample -o out
      newskg build papers/ --manifest dates.csv -o out
      newskg build papers/ -o out --subgraph 李小虎      (HTML of one person's neighbourhood)
      newskg build papers/ -o out --engine dask --scheduler tcp://10.0.0.5:8786
    """
    import signal

    from .build import BuildError
    from .build import build as run_build
    from .scratch import parse_size

    try:
        max_bytes = parse_size(max_file_size)
    except ValueError as exc:
        raise _fail(str(exc)) from None

    def _terminate(signum, frame):  # SIGTERM unwinds like Ctrl-C: staging files are removed
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _terminate)

    with _progress() as bump:
        try:
            result = run_build(
                inputs, outdir, manifest=manifest, date=date, progress=bump, strict=strict,
                jobs=jobs or os.cpu_count() or 1, use_cache=not no_cache, engine=engine, scheduler=scheduler,
                subgraph=subgraph, place=place, identity=identity, max_file_size=max_bytes,
            )
        except BuildError as exc:
            raise _fail(str(exc)) from None
    for w in result.warnings:
        click.echo(f"warning: {w}", err=True)
    counts = result.counts()
    click.echo(
        ("unchanged" if result.unchanged else "built") + ": {documents} documents, {articles} articles, {people} "
        "people, {posts} posts, {meetings} meetings, {projects} projects, {places} places".format(**counts)
    )
    if result.unchanged:
        click.echo(f"  same inputs, options and code as the outputs in {outdir}: nothing rewritten")
    else:
        click.echo(f"  extracted {result.extracted} documents, {result.cache_hits} reused from the cache")
    for fmt, path in result.outputs.items():
        click.echo(f"  {fmt:8} {path}")
    if "html" in result.outputs:
        click.echo(f"open in a browser: {Path(os.path.abspath(result.outputs['html'])).as_uri()}")
    if result.warnings:
        click.echo(f"{len(result.warnings)} input(s) skipped (exit code 3; --strict makes this a failure)", err=True)
        sys.exit(3)


class _progress:
    """A tqdm bar over bytes read, shown only when stderr is a terminal."""

    def __enter__(self):
        self.bar = None
        if sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(unit="B", unit_scale=True, desc="extract", leave=False)
        return self.bump

    def bump(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.close()


@main.command()
@click.option("-g", "--graph", "outdir", default=DEFAULT_OUT, show_default=True, help="A built output folder.")
@click.option("-o", "--out", "target", help="File to write (default: the format's file name in OUTDIR).")
@click.option("--format", "fmt", type=click.Choice(sorted(registry.FORMATS)), required=True)
def export(outdir: str, target: str | None, fmt: str) -> None:
    """Write a built graph in another format.

    \b
    Example:
      newskg export -g out --format nt
    """
    from .output import graph_json
    from .output.atomic import writes_in_place  # writers are atomic, except into a FIFO or /dev/stdout

    try:
        g = graph_json.read(outdir)
    except (FileNotFoundError, ValueError) as exc:
        raise _fail(str(exc)) from None
    path = Path(target) if target else Path(outdir) / registry.filename(fmt)
    streamed = writes_in_place(path)
    registry.writer(fmt)(g, path)
    if not streamed:  # nothing after the data in a pipe or on the terminal
        click.echo(str(path))


@main.command(name="eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(), help="Folder of gold annotations.")
@click.argument("inputs", nargs=-1)
@click.option("--misses/--no-misses", default=True, show_default=True, help="List misses and false positives.")
def evaluate(gold_dir: str, inputs: tuple[str, ...], misses: bool) -> None:
    """Precision, recall and F1 of extraction against hand annotations.

    INPUTS default to the bundled sample corpus (data/sample).

    \b
    Example:
      newskg eval --gold tests/gold data/sample
    """
    from .build import BuildError, extract_corpus
    from .evaluation.extraction import evaluate as run_eval
    from .evaluation.extraction import render

    try:
        results, _warnings = extract_corpus(inputs or ["data/sample"])
        report = run_eval(results, gold_dir)
    except (BuildError, FileNotFoundError) as exc:
        raise _fail(str(exc)) from None
    from .evaluation.identity import identity_scores
    from .evaluation.identity import render as render_identity

    text = render(report)
    if not misses:
        text = text.split("\n\n", 1)[0] + "\n"
    click.echo(text, nl=False)
    click.echo("\n" + render_identity(identity_scores(results, gold_dir)), nl=False)


@main.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(), help="Read the query from a .rq file.")
@click.option("-g", "--graph", "outdir", default=DEFAULT_OUT, show_default=True, help="A built output folder.")
@click.option("-p", "--param", "params", multiple=True, help="name=value: fills ?param_name (a string literal).")
@click.option("--format", "fmt", type=click.Choice(registry.TABLE_FORMATS), default="table", show_default=True)
def query(query: str | None, query_file: str | None, outdir: str, params: tuple[str, ...], fmt: str) -> None:
    """Run a SPARQL query on a built graph (a persistent Oxigraph store in OUTDIR/store).

    \b
    Example:
      newskg query -g out -f queries/post_holder_in_year.rq -p post=经开区党工委书记 -p year=2023
      newskg query -g out "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    """
    from .output import oxigraph_store

    if (query is None) == (query_file is None):
        raise _fail("give a QUERY or -f FILE.rq (one of them)")
    bindings = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise _fail(f"-p {item!r}: use name=value")
        bindings[name] = value
    try:
        text = oxigraph_store.query_file(query_file) if query_file else query
        click.echo(oxigraph_store.run_query(outdir, text, fmt=fmt, params=bindings or None), nl=False)
    except (oxigraph_store.QueryError, FileNotFoundError, ValueError) as exc:
        raise _fail(str(exc)) from None


@main.command()
@click.option("-g", "--graph", "outdir", default=DEFAULT_OUT, show_default=True, help="A built output folder.")
def validate(outdir: str) -> None:
    """Check the RDF against the project's SHACL shapes (exit 1 if it does not conform).

    \b
    Example:
      newskg validate -g out
    """
    from .output.shacl import validate as run_validate

    try:
        conforms, report = run_validate(outdir)
    except FileNotFoundError as exc:
        raise _fail(str(exc)) from None
    click.echo(report.rstrip())
    if not conforms:
        sys.exit(1)


def _load(outdir: str):
    from .output import graph_json

    try:
        return graph_json.read(outdir)
    except (FileNotFoundError, ValueError) as exc:
        raise _fail(str(exc)) from None


_graph_option = click.option(
    "-g", "--graph", "outdir", default=DEFAULT_OUT, show_default=True, help="A built output folder."
)
_format_option = click.option(
    "--format", "fmt", type=click.Choice(registry.TABLE_FORMATS), default="table", show_default=True
)
#: Years a news corpus can speak of (the People's Republic on); ``--year 0`` is a typo, not a filter.
_YEAR = click.IntRange(1949, 2100)


@main.command()
@click.argument("person")
@_graph_option
@_format_option
def roles(person: str, outdir: str, fmt: str) -> None:
    """A person's posts over time, with first/last seen and the evidence.

    \b
    Example:
      newskg roles 李小虎 -g out
    """
    from .graph.tenure import pick_person, tenure_row, undated_posts
    from .graph.tenure import roles as person_roles
    from .output.table import render

    if not person.strip():
        raise _fail("give a person's name (or an id such as 杨洁@卧龙区)")
    g = _load(outdir)
    people, note = pick_person(g, person.strip())
    if note:
        click.echo(note, err=True)
    ts = person_roles(g, people)
    rows = [tenure_row(t) for t in ts]
    if note:  # several people of one name: each row says which
        for row, t in zip(rows, ts, strict=True):
            row["person"] = t.person.removeprefix("person:")
    if not rows:
        if undated := undated_posts(g, people):
            raise _fail(f"{person!r} holds {'、'.join(undated)} in {outdir}, but only on pages of no known date "
                        "(give their date with --date or a manifest when building)")
        raise _fail(f"no posts found for {person!r} in {outdir}")
    cols = ["person", "post", "first_seen", "last_seen", "observations", "articles", "evidence"]
    click.echo(render(rows, cols if fmt == "table" else list(rows[0]), fmt), nl=False)


@main.command()
@click.argument("post")
@_graph_option
@_format_option
@click.option("--year", type=_YEAR, help="Only holders in this year (attested, or presumed between attestations).")
def post(post: str, outdir: str, fmt: str, year: int | None) -> None:
    """The holders of a post in order (succession).

    \b
    Example:
      newskg post 经开区党工委书记 -g out
      newskg post 经开区管委会主任 --year 2023 --format csv
    """
    from .graph.tenure import holders_in, pick_post, succession, tenure_row
    from .output.table import render

    if not post.strip():
        raise _fail("give a post (organisation and title, e.g. 经开区党工委书记)")
    g = _load(outdir)
    post, note = pick_post(g, post.strip())
    if note:
        click.echo(note, err=True)
    ts = holders_in(g, post, year) if year is not None else succession(g, post)
    rows = [tenure_row(t) | ({"in_year": t.year_basis(year)} if year else {}) for t in ts]
    if not rows:
        raise _fail(f"no holders found for post {post!r}" + (f" in {year}" if year else "") + f" in {outdir}")
    cols = ["post", "person", "first_seen", "last_seen", "started_after", "ended_before", "observations"]
    cols += ["in_year"] if year else ["articles"]
    click.echo(render(rows, cols if fmt == "table" else list(rows[0]), fmt), nl=False)


@main.command()
@click.option("--from", "year_from", type=_YEAR, required=True, help="First year.")
@click.option("--to", "year_to", type=_YEAR, required=True, help="Second year.")
@click.option("--place", default="", help="See the changes from this place (e.g. 郑州经开区): its posts first, "
              "others marked visitor. Default: the place of more than half of the articles, if one is.")
@_graph_option
@_format_option
def changes(year_from: int, year_to: int, place: str, outdir: str, fmt: str) -> None:
    """What changed between two years: successions, promotions and moves, new people, people not seen again.

    Each row gives the date the earlier state was last seen and the later one first seen; rows of the
    corpus's own place (--place, or the place of more than half of the articles) come first, visitors from
    other places are marked. A folder of several places' pages has no own place: rows are sorted by place.

    \b
    Example:
      newskg changes --from 2022 --to 2025 -g out
      newskg changes --from 2021 --to 2024 --place 惠阳区 -g out
    """
    from dataclasses import asdict, fields

    from .graph.changes import Change
    from .graph.changes import changes as diff
    from .output.table import render

    try:
        report = diff(_load(outdir), year_from, year_to, place)
    except ValueError as exc:
        raise _fail(str(exc)) from None
    rows = [asdict(c) | {"visitor": ("visitor" if c.visitor else "") if fmt == "table" else c.visitor}
            for c in report.rows]
    cols = ["kind", "subject", "before", "after", "last_seen_before", "first_seen_after"]
    cols += ["visitor"] if report.jurisdiction else ["jurisdiction"]  # no own place: the rows go by place
    click.echo(report.summary(), err=fmt != "table")
    if rows:
        click.echo(render(rows, cols if fmt == "table" else [f.name for f in fields(Change)], fmt), nl=False)


@main.command()
@_graph_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default is reachable from this machine only.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--timeout", type=float, default=10.0, show_default=True,
              help="Seconds a query may run before it is stopped (503).")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Query processes (queries beyond this many wait).")
@click.option("--writable", is_flag=True,
              help="Accept Graph Store Protocol writes (PUT/POST/DELETE ?graph=IRI) at /data; SPARQL Update stays off.")
def serve(outdir: str, host: str, port: int, timeout: float, workers: int, writable: bool) -> None:
    """Serve OUTDIR's pages and a read-only SPARQL endpoint at /sparql.

    \b
    Example:
      newskg serve -g out
      newskg serve -g out --port 8080 --timeout 30
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' \\
           http://127.0.0.1:8000/sparql
      newskg serve -g out --writable     (then: newskg push -g other --endpoint http://127.0.0.1:8000/data)
    """
    from .output.server import serve as run_server

    def ready(url: str) -> None:
        writes = f"; Graph Store Protocol writes at {url}data" if writable else ""
        click.echo(f"serving {outdir} at {url} (SPARQL endpoint: {url}sparql{writes}); Ctrl-C stops")

    try:
        run_server(outdir, host, port, timeout=timeout, workers=workers, writable=writable, ready=ready)
    except (FileNotFoundError, ValueError, RuntimeError) as exc:
        raise _fail(str(exc)) from None
    except KeyboardInterrupt:
        click.echo("stopped")


@main.command()
@_graph_option
@click.option("--endpoint", required=True,
              help="Graph Store Protocol URL: …/data (newskg serve --writable), …/sparql-graph-crud (Virtuoso).")
@click.option("--graph-prefix", help="Name the graphs PREFIX + document id instead of the document IRIs.")
@click.option("--user", help="User name for HTTP Basic or Digest authentication.")
@click.option("--password", envvar="NEWSKG_PUSH_PASSWORD", help="Password (or set NEWSKG_PUSH_PASSWORD; asked if missing).")
@click.option("--timeout", type=float, default=60.0, show_default=True,
              help="Seconds each request may take in all, however slowly the server answers.")
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
              help="Retries of a request the server answers with 503 or 429 (busy).")
def push(outdir: str, endpoint: str, graph_prefix: str | None, user: str | None, password: str | None,
         timeout: float, retries: int) -> None:
    """Send each document's named graph to a SPARQL Graph Store Protocol endpoint (HTTP PUT: re-pushing replaces).

    \b
    Example:
      newskg push -g out --endpoint http://127.0.0.1:8000/data
      newskg push -g out --endpoint http://localhost:8890/sparql-graph-crud
      newskg push -g out --endpoint http://localhost:8890/sparql-graph-crud-auth --user dba
    """
    from .output.push import PushError
    from .output.push import push as run_push
    from .scratch import tempdir_for_children

    if password is not None and user is None:
        raise _fail("--password needs --user")
    if user is not None and password is None:
        password = click.prompt(f"password for {user}", hide_input=True)
    try:
        with tempdir_for_children():  # bucket files where a killed push's are cleaned up
            report = run_push(outdir, endpoint, graph_prefix=graph_prefix, timeout=timeout,
                              auth=(user, password) if user is not None else None, retries=retries)
    except (PushError, FileNotFoundError, ValueError) as exc:
        raise _fail(str(exc)) from None
    click.echo(report.summary())


if __name__ == "__main__":  # pragma: no cover
    main()
