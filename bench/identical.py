"""Every output of newskg on a corpus, hashed, so a refactoring can show it changed no byte.

Builds the corpus with ``newskg build``, writes every format of the registry with ``newskg export``, runs the
table commands and ``newskg eval`` (when a gold folder is given), and hashes each output. ``compare`` does it
twice, once with the package as it is at a git revision (default ``HEAD``, i.e. without the uncommitted change)
and once with the working tree, and names every output that differs:

    python bench/identical.py compare                      # the uncommitted change against HEAD
    python bench/identical.py compare --before HEAD~3      # the last three commits
    python bench/identical.py compare --before X^ --after X   # one commit on its own
    python bench/identical.py record /tmp/before.sha256    # or by hand: before the change …
    python bench/identical.py check /tmp/before.sha256     # … and after (exit 1 and the differing names)
    python bench/identical.py record base.sha256 --from-json out/graph.json   # outputs of a fixed graph only

Run it with the project's venv (``.venv/bin/python bench/identical.py …``). The revision's package is laid out
as pyproject's ``package-dir`` installs it, in a temporary folder put first on ``PYTHONPATH``, with the
editable install's finder turned off there.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWSKG = [str(Path(sys.executable).parent / "newskg")]  # the venv's console script
#: Table commands whose output is part of the behaviour (arguments after the command name).
TABLES = (
    ("roles", "李小虎"),
    ("post", "经开区党工委书记"),
    ("changes", "--from", "2022", "--to", "2025"),
)
#: Dropped into the revision's folder: the editable install's finder would otherwise load the working tree.
_NO_EDITABLE = """import sys
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in getattr(f, "__name__", type(f).__name__)]
"""


def _run(*args: str, pythonpath: Path | None = None) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED="0")
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    done = subprocess.run([*NEWSKG, *args], cwd=ROOT, env=env, capture_output=True, check=False)
    if done.returncode:  # part of the behaviour too (validate and eval may exit 1 after their report)
        return done.stdout + f"exit {done.returncode}: {done.stderr.decode(errors='replace')}".encode()
    return done.stdout


def formats() -> list[str]:
    from newskg.output import registry

    return sorted(registry.FORMATS)


def outputs(corpus: Path, gold: Path | None, from_json: Path | None, workdir: Path,
            pythonpath: Path | None = None) -> dict[str, bytes]:
    """Every output's bytes by name (``pythonpath``: a folder holding another ``newskg`` to run instead)."""
    out = workdir / "out"
    if from_json is not None:
        out.mkdir(parents=True)
        shutil.copy(from_json, out / "graph.json")
    else:
        _run("build", str(corpus), "-o", str(out), "--jobs", "1", "--no-cache", pythonpath=pythonpath)
        if not (out / "graph.json").exists():  # a failed build would make every later output an equal error
            raise SystemExit(f"newskg build failed{f' with {pythonpath}' if pythonpath else ''}: "
                             + _run("build", str(corpus), "-o", str(out), pythonpath=pythonpath).decode(errors="replace"))
    result: dict[str, bytes] = {}
    for fmt in formats():
        from newskg.output import registry

        target = workdir / "export" / registry.filename(fmt)
        target.parent.mkdir(exist_ok=True)
        log = _run("export", "-g", str(out), "--format", fmt, "-o", str(target), pythonpath=pythonpath)
        result[f"export/{target.name}"] = target.read_bytes() if target.exists() else log
    for path in sorted(out.iterdir()) if out.exists() else ():
        if path.is_file() and not path.name.startswith("."):
            result[f"build/{path.name}"] = path.read_bytes()
    for cmd, *args in TABLES:
        for fmt in ("table", "json"):
            # a message naming the graph's folder ("no posts found … in /tmp/…") names a temporary one: not behaviour
            said = _run(cmd, *args, "-g", str(out), "--format", fmt, pythonpath=pythonpath)
            result[f"{cmd}.{fmt}"] = said.replace(str(out).encode(), b"OUT")
    if gold is not None and from_json is None:
        result["eval.txt"] = _run("eval", "--gold", str(gold), str(corpus), pythonpath=pythonpath)
    return result


def package_at(rev: str, dest: Path) -> Path:
    """The ``newskg`` package as revision ``rev`` has it, laid out under ``dest`` as pyproject installs it."""
    src = dest / "src"
    src.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", "--format=tar", rev], cwd=ROOT, capture_output=True, check=True)
    tar_path = dest / "rev.tar"
    tar_path.write_bytes(archive.stdout)
    with tarfile.open(tar_path) as tar:
        tar.extractall(src, filter="data")
    mapping = tomllib.loads((src / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-dir"]
    site = dest / "site"
    for package, folder in sorted(mapping.items()):  # "newskg" first, then its subpackages
        target = site.joinpath(*package.split("."))
        if not target.exists():
            shutil.copytree(src / folder, target)
    (site / "sitecustomize.py").write_text(_NO_EDITABLE, encoding="utf-8")
    return site


def digest(items: dict[str, bytes]) -> str:
    return "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in sorted(items.items()))


def _parse(text: str) -> dict[str, str]:
    return dict(line.split("  ", 1)[::-1] for line in text.splitlines())


def differences(before: dict[str, str], now: dict[str, str]) -> list[str]:
    """Names of the outputs whose hashes differ (or that only one side has)."""
    return sorted(n for n in before.keys() | now.keys() if before.get(n) != now.get(n))


def _report(before: dict[str, str], now: dict[str, str]) -> int:
    differ = differences(before, now)
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(now) - len(set(differ) & set(now))} of {len(now)} outputs identical")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=["compare", "record", "check", "print"])
    ap.add_argument("sums", nargs="?", help="file of sha256 lines to write (record) or compare with (check)")
    ap.add_argument("--before", default="HEAD", help="compare: the revision to compare with")
    ap.add_argument("--after", help="compare: a revision instead of the working tree")
    ap.add_argument("--corpus", default="data/sample", type=Path)
    ap.add_argument("--gold", default="tests/gold", type=Path)
    ap.add_argument("--from-json", type=Path, help="export from this graph.json instead of building")
    ap.add_argument("--keep", type=Path, help="copy the outputs into this folder (to diff them)")
    args = ap.parse_args(argv)
    corpus, gold = ROOT / args.corpus, ROOT / args.gold if args.gold else None
    if args.action in ("record", "check") and not args.sums:
        ap.error(f"{args.action} needs a file of sums")
    with tempfile.TemporaryDirectory(prefix="newskg-identical-") as tmp:
        if args.action == "compare":
            site = package_at(args.before, Path(tmp) / "before")
            before = outputs(corpus, gold, args.from_json, Path(tmp) / "run-before", pythonpath=site)
        after = package_at(args.after, Path(tmp) / "after") if args.action == "compare" and args.after else None
        items = outputs(corpus, gold, args.from_json, Path(tmp) / "run", pythonpath=after)
        if args.keep:
            for name, data in items.items():
                (args.keep / name).parent.mkdir(parents=True, exist_ok=True)
                (args.keep / name).write_bytes(data)
    text = digest(items)
    if args.action == "print":
        sys.stdout.write(text)
    elif args.action == "record":
        Path(args.sums).write_text(text, encoding="utf-8")
        print(f"{len(items)} outputs recorded in {args.sums}")
    elif args.action == "check":
        return _report(_parse(Path(args.sums).read_text(encoding="utf-8")), _parse(text))
    else:
        print(f"before: {args.before}; after: {args.after or 'the working tree'}")
        return _report(_parse(digest(before)), _parse(text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
