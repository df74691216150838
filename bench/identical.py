"""Every output of newskg on a corpus, hashed, so a refactoring can show it changed no byte.

Builds the corpus with ``newskg build``, writes every format of the registry with ``newskg export``, runs the
table commands and ``newskg eval`` (when a gold folder is given), and prints one ``sha256  name`` line per
output. ``--from-json graph.json`` skips extraction and exports from a fixed graph, so the output code can be
checked while others change the extractors.

    python bench/identical.py record /tmp/before.sha256            # before the change
    python bench/identical.py check /tmp/before.sha256             # after: exit 1 and the differing names
    python bench/identical.py record base.sha256 --from-json out/graph.json

Run from the repository root with the project's venv on PATH (``.venv/bin/python bench/identical.py …``).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWSKG = [str(Path(sys.executable).parent / "newskg")]  # the venv's console script
#: Table commands whose output is part of the behaviour (arguments after the command name).
TABLES = (
    ("roles", "李小虎"),
    ("post", "经开区党工委书记"),
    ("changes", "--from", "2022", "--to", "2025"),
)


def _run(*args: str) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED="0")
    done = subprocess.run([*NEWSKG, *args], cwd=ROOT, env=env, capture_output=True, check=False)
    if done.returncode not in (0, 1):  # validate/eval may exit 1 and still print their report
        raise SystemExit(f"newskg {' '.join(args)}: exit {done.returncode}: {done.stderr.decode(errors='replace')}")
    return done.stdout


def outputs(corpus: Path, gold: Path | None, from_json: Path | None, workdir: Path) -> dict[str, bytes]:
    """Every output's bytes by name."""
    from newskg.output import registry

    out = workdir / "out"
    if from_json is not None:
        out.mkdir(parents=True)
        shutil.copy(from_json, out / "graph.json")
    else:
        _run("build", str(corpus), "-o", str(out), "--jobs", "1", "--no-cache")
    result: dict[str, bytes] = {}
    for fmt in sorted(registry.FORMATS):
        target = workdir / "export" / registry.filename(fmt)
        target.parent.mkdir(exist_ok=True)
        _run("export", "-g", str(out), "--format", fmt, "-o", str(target))
        result[f"export/{target.name}"] = target.read_bytes()
    for path in sorted(out.iterdir()):
        if path.is_file() and not path.name.startswith("."):
            result[f"build/{path.name}"] = path.read_bytes()
    for cmd, *args in TABLES:
        for fmt in ("table", "json"):
            result[f"{cmd}.{fmt}"] = _run(cmd, *args, "-g", str(out), "--format", fmt)
    if gold is not None and from_json is None:
        result["eval.txt"] = _run("eval", "--gold", str(gold), str(corpus))
    return result


def digest(items: dict[str, bytes]) -> str:
    return "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in sorted(items.items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=["record", "check", "print"])
    ap.add_argument("sums", nargs="?", help="file of sha256 lines to write (record) or compare with (check)")
    ap.add_argument("--corpus", default="data/sample", type=Path)
    ap.add_argument("--gold", default="tests/gold", type=Path)
    ap.add_argument("--from-json", type=Path, help="export from this graph.json instead of building")
    ap.add_argument("--keep", type=Path, help="copy the outputs into this folder (to diff them)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newskg-identical-") as tmp:
        items = outputs(ROOT / args.corpus, ROOT / args.gold if args.gold else None, args.from_json, Path(tmp))
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
    else:
        before = dict(line.split("  ", 1)[::-1] for line in Path(args.sums).read_text(encoding="utf-8").splitlines())
        now = dict(line.split("  ", 1)[::-1] for line in text.splitlines())
        differ = sorted(n for n in before.keys() | now.keys() if before.get(n) != now.get(n))
        for name in differ:
            print(f"differs: {name}")
        print(f"{len(now) - len(differ)} of {len(now)} outputs identical")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
