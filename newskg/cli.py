"""The ``newskg`` command line. Commands are thin: parse, call one library function, render."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from output import registry

DEFAULT_OUT = "out"


def _fail(message: str) -> click.ClickException:
    return click.ClickException(message)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def main(verbose: bool) -> None:
    """Turn Chinese local-government news into a temporal knowledge graph.

    \b
    Example:
      newskg build data/sample -o out
      newskg post 经开区党工委书记 -g out
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    import jieba

    jieba.setLogLevel(logging.WARNING)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--out", "outdir", default=DEFAULT_OUT, show_default=True, help="Output folder.")
@click.option("--manifest", type=click.Path(), help="CSV with columns file,date giving each document's date.")
@click.option("--date", "date", help="Date for documents with no manifest row and no date in the file name.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) when any input was skipped.")
def build(inputs: tuple[str, ...], outdir: str, manifest: str | None, date: str | None, strict: bool) -> None:
    """Build the graph from INPUTS (folders, .txt files, .jsonl files) into OUTDIR.

    \b
    Example:
      newskg build data/sample -o out
      newskg build papers/ --manifest dates.csv -o out
    """
    from .build import BuildError
    from .build import build as run_build

    with _progress() as bump:
        try:
            result = run_build(inputs, outdir, manifest=manifest, date=date, progress=bump)
        except BuildError as exc:
            raise _fail(str(exc)) from None
    for w in result.warnings:
        click.echo(f"warning: {w}", err=True)
    counts = result.counts()
    click.echo(
        "built: {documents} documents, {articles} articles, {people} people, {posts} posts, "
        "{meetings} meetings, {projects} projects, {places} places".format(**counts)
    )
    for fmt, path in result.outputs.items():
        click.echo(f"  {fmt:8} {path}")
    if "html" in result.outputs:
        click.echo(f"open in a browser: {result.outputs['html'].resolve().as_uri()}")
    if result.warnings:
        click.echo(f"{len(result.warnings)} input(s) skipped", err=True)
        if strict:
            sys.exit(1)
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
    from output import store
    from output.atomic import atomic_open  # noqa: F401  (writers are atomic)

    try:
        g = store.read(outdir)
    except (FileNotFoundError, ValueError) as exc:
        raise _fail(str(exc)) from None
    path = Path(target) if target else Path(outdir) / registry.filename(fmt)
    registry.writer(fmt)(g, path)
    click.echo(str(path))


if __name__ == "__main__":  # pragma: no cover
    main()
