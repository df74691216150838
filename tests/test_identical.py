"""bench/identical.py, the before/after check of every output: its revision layout and its comparison."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("identical", ROOT / "bench" / "identical.py")
identical = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(identical)


def test_digest_parses_back_and_differences_are_named() -> None:
    before = identical._parse(identical.digest({"build/graph.ttl": b"a", "post.table": b"b", "gone.txt": b""}))
    now = identical._parse(identical.digest({"build/graph.ttl": b"a", "post.table": b"c", "new.txt": b""}))
    assert before["build/graph.ttl"] == now["build/graph.ttl"] == identical.hashlib.sha256(b"a").hexdigest()
    assert identical.differences(before, now) == ["gone.txt", "new.txt", "post.table"]
    assert identical.differences(before, before) == []


def test_a_revision_is_laid_out_as_installed_and_runs_instead_of_the_working_tree(tmp_path) -> None:
    site = identical.package_at("HEAD", tmp_path)
    for part in ("newskg/cli.py", "newskg/extract/pipeline.py", "newskg/graph/schema.py", "newskg/output/rdf/turtle.py",
                 "newskg/extract/lexicons/periods.tsv", "sitecustomize.py"):
        assert (site / part).is_file(), part
    probe = "import newskg.graph.schema as s; print(s.__file__)"
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env={"PYTHONPATH": str(site)},
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == str(site / "newskg" / "graph" / "schema.py")
