"""Articles too long to have been cut by the splitter (no boundary it could see in tens of thousands of letters),
cut into pieces at sentence ends, so that no per-article step (lead sentences, main place, names) reads megabytes.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Article

#: An article longer than this (about 200 KB of Chinese in UTF-8) had no boundary the splitter could see: it
#: is cut at sentence ends, so that no per-article step (lead sentences, main place, names) reads megabytes.
MAX_ARTICLE_CHARS = 70_000
_CUT_MARKS = ("。", "！", "？", "\n")


def cut_long(arts: list[Article], limit: int = MAX_ARTICLE_CHARS) -> tuple[list[Article], list[str]]:
    """Articles longer than ``limit`` cut into pieces at the last sentence end before the limit (a hard cut
    at the limit where a piece has none), renumbered; and one warning per article cut.

    Pieces keep document clean offsets, so evidence still points into the original file. The headline and
    bylines stay with the first piece.
    """
    if all(a.end - a.start <= limit for a in arts):
        return arts, []
    out: list[Article] = []
    notes: list[str] = []
    for art in arts:
        if art.end - art.start <= limit:
            out.append(replace(art, index=len(out) + 1))
            continue
        text, pos, pieces = art.text, 0, 0
        while pos < len(text):
            end = len(text)
            if end - pos > limit:
                end = max(text.rfind(ch, pos, pos + limit) for ch in _CUT_MARKS) + 1
                end = end if end > pos else pos + limit
            first = pieces == 0
            out.append(
                replace(
                    art, index=len(out) + 1, start=art.start + pos, end=art.start + end, text=text[pos:end],
                    headline=art.headline if first else "", headline_spans=art.headline_spans if first else (),
                    reporters=art.reporters if first else (),
                )
            )
            pieces += 1
            pos = end
        notes.append(
            f"{art.doc_id}: article {art.index} has no article boundary in {limit:,} characters "
            f"({len(text):,}): read as {pieces} pieces cut at sentence ends"
        )
    return out, notes
