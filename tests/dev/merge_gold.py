"""Merge the annotators' gold parts (gold_parts/a, b, c) into gold/, the format of tests/gold/.

Editors' and authors' lines (责任编辑, 作者) are page chrome, not bylines: they are dropped from reporters.jsonl
and persons.json here, so the development gold scores what newskg claims to extract.
Run: python tests/dev/merge_gold.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
CHROME_ROLES = {"editor", "author"}


def main() -> None:
    parts = sorted(p for p in (HERE / "gold_parts").iterdir() if p.is_dir())
    for part in [p for p in parts if not (p / "documents.json").exists()]:
        print(f"{part.name}: no documents.json yet (being annotated): left out", file=sys.stderr)
    parts = [p for p in parts if (p / "documents.json").exists()]
    out = HERE / "gold"
    out.mkdir(exist_ok=True)
    documents, persons, dropped = [], [], set()
    for part in parts:
        documents += json.loads((part / "documents.json").read_text(encoding="utf-8"))["documents"]
        rows = [json.loads(line) for line in (part / "reporters.jsonl").read_text(encoding="utf-8").splitlines() if line]
        chrome = {(r["file"], r["person"]) for r in rows if r.get("role") in CHROME_ROLES}
        bylined = {(r["file"], r["person"]) for r in rows if r.get("role") not in CHROME_ROLES}
        dropped |= chrome - bylined  # a 作者 of the header who also signs the body (（记者 某某）) stays a reporter
    for part in parts:
        for person in json.loads((part / "persons.json").read_text(encoding="utf-8"))["persons"]:
            files = {k: v for k, v in person["files"].items() if (v["file"], person["name"]) not in dropped}
            if files:
                persons.append({**person, "files": files})
    (out / "documents.json").write_text(
        json.dumps({"conventions": "see ../CONVENTIONS.md", "documents": documents}, ensure_ascii=False, indent=1)
        + "\n", encoding="utf-8")
    (out / "persons.json").write_text(json.dumps({"persons": persons}, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    for name in ("post_holdings.jsonl", "reporters.jsonl", "meetings.jsonl", "projects.jsonl", "places.jsonl"):
        lines = []
        for part in parts:
            for line in (part / name).read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                row = json.loads(line)
                if name == "reporters.jsonl" and row.get("role") in CHROME_ROLES:
                    continue
                lines.append(json.dumps(row, ensure_ascii=False))
        (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
