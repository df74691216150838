"""The identity override file of ``newskg build --identity FILE``: an analyst's corrections to person merges.

One decision per line, tab- or comma-separated, ``#`` starts a comment::

    # decision   name   document        document
    same         韩振国  2021/xinzheng.txt  2025/zhengzhou.txt
    different    杨洁    b03_xinxiang.txt   b11_nanyang.txt

Documents are named by their ids, as ``resolution.jsonl`` writes them (``doc`` and ``other_docs``). ``same``
puts the name's mentions in both documents on one person whatever the rules say; ``different`` keeps them
apart. Any malformed line stops the build before anything is written, with the file and line named.
"""

from __future__ import annotations

import csv
from pathlib import Path

DECISIONS = ("same", "different")


class OverrideError(ValueError):
    """A line of the override file that cannot be used; ``str()`` names the file and line."""


def load_identity_file(path: str | Path) -> dict[tuple[str, str, str], str]:
    """``{(name, doc_a, doc_b): "same" | "different"}`` from the file; contradictory lines are an error."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise OverrideError(f"{path}: cannot read identity file ({exc})") from None
    out: dict[tuple[str, str, str], str] = {}
    for lineno, line in enumerate(text.split("\n"), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        cells = [c.strip() for c in next(csv.reader([line], delimiter="\t" if "\t" in line else ","))]
        cells = [c for c in cells if c]
        if len(cells) != 4:
            raise OverrideError(f"{path}:{lineno}: expected 'same|different, name, document, document'")
        decision, name, doc_a, doc_b = cells
        if decision not in DECISIONS:
            raise OverrideError(f"{path}:{lineno}: decision must be 'same' or 'different', not {decision!r}")
        if doc_a == doc_b:
            raise OverrideError(f"{path}:{lineno}: the two documents are the same ({doc_a})")
        key = (name, *sorted((doc_a, doc_b)))
        if out.get(key, decision) != decision:
            raise OverrideError(f"{path}:{lineno}: {name} in {doc_a} and {doc_b} is already declared {out[key]}")
        out[key] = decision
    return out
