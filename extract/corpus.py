"""Corpus-level inference: steps that need more than one document.

A document whose text gives no year is dated by the dated document with which
it shares the most post holdings (the same people in the same posts): leaders
change every few years, so the set of office-holders is a clock. The basis
says so, and names the document it was taken from.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import PurePosixPath

from .model import DatedValue, DocumentFacts
from .pipeline import redate


def _holdings(res: DocumentFacts) -> set[tuple[str, str, str]]:
    return {(h.person.text, h.org, h.title) for f in res.articles for h in f.holdings}


def date_by_personnel(results: list[DocumentFacts], min_shared: int = 2) -> None:
    """Give undated documents the year of their closest dated neighbour in personnel.

    The closest is the dated document sharing the most post holdings (then the latest, then the
    first in input order). An index from holding to dated documents means each undated document is
    compared only with the documents it shares a holding with, not with the whole corpus.
    """
    dated = [r for r in results if r.document.date.value]
    index: dict[tuple[str, str, str], list[int]] = {}
    for j, r in enumerate(dated):
        for h in _holdings(r):
            index.setdefault(h, []).append(j)
    for res in results:
        if res.document.date.value:
            continue
        mine = _holdings(res)
        if not mine:
            continue
        counts = Counter(j for h in mine for j in index.get(h, ()))
        if not counts:
            continue
        j = max(sorted(counts), key=lambda j: (counts[j], dated[j].document.date.value or ""))
        best, shared = dated[j], counts[j]
        if shared < min_shared:
            continue
        year = (best.document.date.value or "")[:4]
        redate(res, DatedValue(year, "personnel", f"shares {shared} post holdings with {best.document.id} ({year})"))
        # A stated month and day in the articles now resolve against that year.
        stated = [f.article.date.value for f in res.articles if f.article.date.basis.startswith("text")]
        if stated:
            redate(res, DatedValue(max(v for v in stated if v), "personnel", res.document.date.evidence))


def unknown_manifest_rows(manifest: Mapping[str, str], names: Iterable[str]) -> list[str]:
    """Manifest rows that match none of ``names`` (document ids and input paths) by id, file name or stem,
    as :func:`newskg.extract.dates.manifest_date` looks them up: a typo there would silently date nothing."""
    known: set[str] = set()
    for name in names:
        path = PurePosixPath(name.replace("\\", "/"))
        known |= {name, path.name, path.stem}
    return [row for row in manifest if row not in known]
