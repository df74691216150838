"""Run the extractors over documents: text in, :class:`DocumentFacts` out.

Extractors share one signature, ``extract(article, found) -> None``: they read
the article and append records to ``found`` (an :class:`ArticleFacts`). The
pipeline is the list :data:`EXTRACTORS`; officials run first so that later
extractors can see the names introduced by title chains.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from . import articles as A
from . import dates as D
from . import appointments, honorifics, jurisdiction, meetings, officials, places, projects
from .model import Article, ArticleFacts, DatedValue, Document, DocumentFacts

Extractor = Callable[[Article, ArticleFacts], None]
log = logging.getLogger(__name__)

EXTRACTORS: list[Extractor] = [
    officials.extract, appointments.extract, honorifics.extract, meetings.extract, projects.extract,
    places.extract,
]

#: Bump when extraction output changes, so cached results are recomputed.
EXTRACTOR_VERSION = "3"


def warm_up() -> None:
    """Load what extraction needs once per process (jieba's dictionary and tags, OpenCC): ~1 s.

    Worker processes call it as they start, so the load overlaps the reading of the first documents.
    """
    from .convert import looks_traditional
    from .phrases import _tokenizer
    from .segment import jieba_ready

    jieba_ready()
    _tokenizer()
    looks_traditional("")


def clear_memos() -> None:
    """Forget the segmentations the extractors memoise (organ runs, predicate phrases, stop-word ends).

    Repeated phrases across documents make extraction faster; a benchmark that must not count on
    that repetition clears them before each document.
    """
    from . import officials, phrases

    officials._left_cut.cache_clear()
    phrases._predicate_length.cache_clear()
    phrases._stop_ends.cache_clear()


def document_date(doc: Document, manifest: dict[str, str] | None = None, cli_date: str | None = None) -> DatedValue:
    """The document's date by the authority order of the README."""
    if manifest:
        value = D.manifest_date(manifest, doc.id)
        if value:
            return DatedValue(value, "manifest", doc.id)
    if doc.date.value:
        return doc.date
    value = D.date_from_filename(doc.id)
    if value:
        return DatedValue(value, "filename", doc.id)
    if cli_date:
        return DatedValue(cli_date, "cli", "--date")
    return D.page_date(doc.chrome) or D.infer_year(doc.clean or doc.raw)


def _refine(doc_date: DatedValue, arts: list[Article]) -> DatedValue:
    """A year inferred from text gains the latest article date as its day."""
    if doc_date.basis != "text" or not doc_date.value or len(doc_date.value) != 4:
        return doc_date
    latest = D.latest_month_day([a.text for a in arts], doc_date.value)
    if latest:
        return DatedValue(latest, "text", f"{doc_date.evidence}; latest article date")
    return doc_date


def date_articles(arts: list[Article], doc_date: DatedValue) -> list[Article]:
    from dataclasses import replace

    out = []
    for art in arts:
        value, text = D.article_date(art.text, doc_date)
        out.append(replace(art, date=value, date_text=text))
    return out


def date_events(found: ArticleFacts, doc_date: DatedValue) -> None:
    """Give each meeting and inspection its event date and basis: the day its sentence states, else the
    article's date (:func:`extract.dates.event_date`)."""
    from dataclasses import replace

    art = found.article
    dated = []
    for m in found.meetings:
        value, text = D.event_date(m.evidence.text, art.date, doc_date)
        dated.append(replace(m, date=value, date_text=text or m.date_text))
    found.meetings = dated


def extract_document(
    doc: Document, manifest: dict[str, str] | None = None, cli_date: str | None = None, place: str | None = None
) -> DocumentFacts:
    """Segment, date and extract one document; then decide each article's jurisdiction and name its organs
    with their places (:func:`extract.jurisdiction.decide`, which needs every article's holdings)."""
    arts, cuts = A.cut_long(A.segment(doc))
    for note in cuts:
        log.warning(note)
    doc.date = _refine(document_date(doc, manifest, cli_date), arts)
    arts = date_articles(arts, doc.date)
    result = DocumentFacts(doc, warnings=cuts)
    known: set[str] = set()
    for art in arts:
        found = ArticleFacts(art, known_names=set(known))
        for extractor in EXTRACTORS:
            extractor(art, found)
        date_events(found, doc.date)
        known |= {h.person.text for h in found.holdings} | {p.person.text for p in found.persons}
        result.articles.append(found)
    jurisdiction.decide(result, place)
    return result


def redate(result: DocumentFacts, doc_date: DatedValue) -> None:
    """Give a document a new date (corpus-level inference) and re-date its articles and facts."""
    from dataclasses import replace

    result.document.date = doc_date
    for found in result.articles:
        value, text = D.article_date(found.article.text, doc_date)
        found.article = replace(found.article, date=value, date_text=text)
        date_events(found, doc_date)
